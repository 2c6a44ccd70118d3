//! One file through the pipeline — read, load, validate, model, check —
//! and the corpus through it in parallel. Each file's tree is dropped as
//! soon as its findings are placed, so memory follows the largest file.

use crate::diagnostic::{Diagnostic, Finding, Related, Target};
use crate::discover::{Discovered, Input, describe_io};
use crate::load::{self, Limits, LoadError};
use crate::model;
use crate::rules::{self, GuideContext, GuideEntry, RuleSettings};
use crate::source::{SourceText, Span};
use crate::tree::{Node, Seg, Value};
use crate::validate;
use rayon::prelude::*;
use std::collections::HashMap;
use std::io::Read;
use std::sync::Arc;

#[derive(Debug, Clone, Default)]
pub struct Options {
    pub limits: Limits,
    pub settings: RuleSettings,
    /// Keep the text of files with findings, for reporters that show snippets.
    pub keep_sources: bool,
}

/// What checking one file produced.
#[derive(Debug, Default)]
pub struct FileReport {
    pub display: String,
    pub diagnostics: Vec<Diagnostic>,
    pub source: Option<Arc<SourceText>>,
    /// Whether the file loaded into a tree (it is counted as a guide).
    pub is_guide: bool,
    pub exercises: usize,
    pub guide: Option<GuideEntry>,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    pub guides: usize,
    pub exercises: usize,
    pub errors: usize,
    pub warnings: usize,
}

/// The whole run: every diagnostic in report order, and the sources of the
/// files that have any (when asked for).
#[derive(Debug, Default)]
pub struct Outcome {
    pub diagnostics: Vec<Diagnostic>,
    pub sources: HashMap<String, Arc<SourceText>>,
    pub summary: Summary,
}

/// Check every discovered file (and stdin's text, if given) on the current
/// rayon pool, then the corpus-wide rules, then sort.
pub fn run(found: Discovered, stdin: Option<(String, Vec<u8>)>, opts: &Options) -> Outcome {
    let mut reports: Vec<FileReport> = found
        .inputs
        .par_iter()
        .map(|input| check_path(input, opts))
        .collect();
    if let Some((name, bytes)) = stdin {
        reports.push(check_bytes(&name, bytes, opts));
    }
    for problem in found.problems {
        reports.push(file_error(
            &problem.display,
            None,
            LoadError::new(problem.message, 0..0),
            opts,
        ));
    }
    let mut outcome = collect(reports);
    if opts.keep_sources {
        attach_missing_sources(&mut outcome, &found.inputs);
    }
    outcome
}

/// Corpus-wide findings land in files whose text was dropped when they had
/// no finding of their own; read those few again so they can be shown.
fn attach_missing_sources(outcome: &mut Outcome, inputs: &[Input]) {
    let wanted: std::collections::BTreeSet<&str> = outcome
        .diagnostics
        .iter()
        .flat_map(|d| {
            std::iter::once(d.file.as_str()).chain(d.related.iter().map(|r| r.file.as_str()))
        })
        .filter(|file| !outcome.sources.contains_key(*file))
        .collect();
    let mut found = Vec::new();
    for input in inputs
        .iter()
        .filter(|i| wanted.contains(i.display.as_str()))
    {
        if let Some(text) = std::fs::read(&input.path)
            .ok()
            .and_then(|b| load::decode(b).ok())
        {
            found.push((input.display.clone(), Arc::new(SourceText::new(text))));
        }
    }
    outcome.sources.extend(found);
}

fn collect(reports: Vec<FileReport>) -> Outcome {
    let mut outcome = Outcome::default();
    let mut index = Vec::new();
    for report in reports {
        outcome.summary.files += 1;
        outcome.summary.guides += usize::from(report.is_guide);
        outcome.summary.exercises += report.exercises;
        if let Some(source) = report.source.filter(|_| !report.diagnostics.is_empty()) {
            outcome.sources.insert(report.display.clone(), source);
        }
        index.extend(report.guide);
        outcome.diagnostics.extend(report.diagnostics);
    }
    index.sort_by(|a: &GuideEntry, b| a.file.cmp(&b.file));
    for rule in rules::ALL {
        rule.check_corpus(&index, &mut outcome.diagnostics);
    }
    outcome
        .diagnostics
        .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    outcome.summary.errors = outcome
        .diagnostics
        .iter()
        .filter(|d| d.severity == crate::diagnostic::Severity::Error)
        .count();
    outcome.summary.warnings = outcome.diagnostics.len() - outcome.summary.errors;
    outcome
}

/// Read a file (never more than the size limit) and check it.
pub fn check_path(input: &Input, opts: &Options) -> FileReport {
    let limit = opts.limits.max_file_bytes;
    // A path named on the command line may be a FIFO or a device; opening
    // one could block forever, so only regular files are read.
    let size_hint = match std::fs::metadata(&input.path) {
        Ok(meta) if !meta.is_file() => {
            return file_error(
                &input.display,
                None,
                LoadError::new(
                    "not a regular file (a pipe, socket or device cannot be a guide)",
                    0..0,
                ),
                opts,
            );
        }
        Ok(meta) => meta.len().min(limit),
        Err(_) => 0,
    };
    let read = std::fs::File::open(&input.path).and_then(|file| {
        // Sized from the metadata so the buffer is not regrown and copied.
        let capacity = usize::try_from(size_hint).unwrap_or(0).saturating_add(1);
        let mut bytes = Vec::with_capacity(capacity);
        file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
        Ok(bytes)
    });
    let problem = match read {
        Ok(bytes) if bytes.len() as u64 <= limit => {
            return check_bytes(&input.display, bytes, opts);
        }
        Ok(_) => LoadError::new(
            format!("the file is larger than {limit} bytes (file size limit)"),
            0..0,
        )
        .help("raise it with `--max-file-size BYTES` if this file is genuine"),
        Err(e) => LoadError::new(format!("cannot read the file: {}", describe_io(&e)), 0..0),
    };
    file_error(&input.display, None, problem, opts)
}

/// The whole pipeline for one file's bytes.
pub fn check_bytes(display: &str, bytes: Vec<u8>, opts: &Options) -> FileReport {
    let text = match load::decode(bytes) {
        Ok(text) => text,
        Err(bad) => {
            let bad = *bad;
            return file_error(display, Some(SourceText::new(bad.lossy)), bad.error, opts);
        }
    };
    let source = SourceText::new(text);
    let root = match load::parse(source.text(), &opts.limits) {
        Ok(root) => root,
        Err(err) => return file_error(display, Some(source), err, opts),
    };

    let doc = root.to_json();
    let mut findings = validate::validate(&root, &doc);
    let (guide, model_errors) = model::build(&doc);
    findings.extend(model_errors.into_iter().map(|e| {
        let f = Finding::new(
            &rules::SchemaViolation::META,
            e.message,
            Target::Value(e.path),
        );
        match e.help {
            Some(help) => f.help(help),
            None => f,
        }
    }));
    let cx = GuideContext {
        guide: &guide,
        settings: &opts.settings,
    };
    for rule in rules::ALL {
        rule.check_guide(&cx, &mut findings);
    }

    let guide_id = match root.get("id").map(|e| (&e.value.value, &e.value.span)) {
        Some((Value::Str(id), span)) => Some((id.clone(), span.clone())),
        _ => None,
    };
    let mut diagnostics: Vec<Diagnostic> = findings
        .into_iter()
        .map(|f| {
            place(
                f,
                display,
                &root,
                &source,
                guide_id.as_ref().map(|g| g.0.clone()),
            )
        })
        .collect();
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    // Only files with findings keep their text, so a clean corpus is not
    // held in memory until the run ends.
    let keep_source = opts.keep_sources && !diagnostics.is_empty();
    FileReport {
        display: display.to_string(),
        diagnostics,
        is_guide: true,
        exercises: match root.get("exercises").map(|e| &e.value.value) {
            Some(Value::Seq(items)) => items.len(),
            _ => 0,
        },
        guide: guide_id.map(|(id, span)| GuideEntry {
            file: display.to_string(),
            position: source.position(&span),
            id,
            span,
        }),
        source: keep_source.then(|| Arc::new(source)),
    }
}

fn file_error(
    display: &str,
    source: Option<SourceText>,
    err: LoadError,
    opts: &Options,
) -> FileReport {
    let source = source.unwrap_or_else(|| SourceText::new(String::new()));
    let span = source.clamp(&err.span);
    let related = err
        .related
        .map(|(span, message)| {
            let span = source.clamp(&span);
            Related {
                file: display.to_string(),
                position: source.position(&span),
                span,
                message,
            }
        })
        .into_iter()
        .collect();
    let diagnostic = Diagnostic {
        rule: rules::ParseError::META.id,
        severity: rules::ParseError::META.severity,
        message: err.message,
        help: err.help,
        file: display.to_string(),
        position: source.position(&span),
        span,
        guide: None,
        exercise: None,
        related,
    };
    FileReport {
        display: display.to_string(),
        diagnostics: vec![diagnostic],
        source: opts.keep_sources.then(|| Arc::new(source)),
        ..FileReport::default()
    }
}

/// The span a target stands for: the exact node when the path leads to it,
/// the deepest node on the way when it does not.
fn span_of(root: &Node, target: &Target, source: &SourceText) -> Span {
    match target {
        Target::Span(span) => span.clone(),
        Target::Value(path) => {
            let node = root.resolve(path).node;
            // A flow collection (`{min: 2}`) is short: point at all of it.
            let text = source.text().get(node.span.clone()).unwrap_or_default();
            if (text.starts_with('{') && text.ends_with('}'))
                || (text.starts_with('[') && text.ends_with(']'))
            {
                node.span.clone()
            } else {
                node.head_span()
            }
        }
        Target::Key(path) => {
            let found = root.resolve(path);
            match (found.complete, found.entry) {
                (true, Some(entry)) => entry.key_span.clone(),
                _ => found.node.head_span(),
            }
        }
    }
}

fn place(
    finding: Finding,
    display: &str,
    root: &Node,
    source: &SourceText,
    guide: Option<String>,
) -> Diagnostic {
    let span = source.clamp(&span_of(root, &finding.target, source));
    let related = finding
        .related
        .iter()
        .map(|(target, message)| {
            let span = source.clamp(&span_of(root, target, source));
            Related {
                file: display.to_string(),
                position: source.position(&span),
                span,
                message: message.clone(),
            }
        })
        .collect();
    Diagnostic {
        rule: finding.rule.id,
        severity: finding.rule.severity,
        message: finding.message,
        help: finding.help,
        file: display.to_string(),
        position: source.position(&span),
        span,
        guide,
        exercise: finding
            .exercise
            .or_else(|| exercise_of(root, &finding.target)),
        related,
    }
}

/// The id of the exercise a target lies in, for findings that did not say.
fn exercise_of(root: &Node, target: &Target) -> Option<String> {
    let (Target::Value(path) | Target::Key(path)) = target else {
        return None;
    };
    let [Seg::Key(list), Seg::Index(_), ..] = path.as_slice() else {
        return None;
    };
    if list != "exercises" {
        return None;
    }
    match &root.resolve(&path[..2]).node.get("id")?.value.value {
        Value::Str(id) => Some(id.clone()),
        _ => None,
    }
}
