//! One file through the pipeline — read, load, validate, model, check,
//! scan its suppression comments, fold one root cause's findings into one,
//! place them — and the corpus through it in parallel; then
//! [`crate::finish`]. Each file's tree is dropped as soon as its findings
//! are placed, so memory follows the largest file.

use crate::files::paths::describe_io;
use crate::files::read::{self, ReadError};
use crate::finding::place::Placer;
use crate::finding::{Cause, Diagnostic, Finding, Place, Target};
use crate::finish::fold;
use crate::finish::suppress::{self, Suppression};
use crate::finish::{self, BaselineStep, FileReport, Outcome};
use crate::load::source::SourceText;
use crate::load::tree::{Node, Value};
use crate::load::{self, Limits, LoadError};
use crate::model::{self, Guide};
use crate::rules::digest;
use crate::rules::{self, Checks, GuideContext, RuleDef, RuleSet, Stage};
use crate::setup::discover::{Discovered, Input};
use crate::validate;
use rayon::prelude::*;
use std::sync::Arc;

#[derive(Default)]
pub struct Options {
    pub limits: Limits,
    pub rules: RuleSet,
    pub checks: Checks,
    /// Keep the text of files with findings, for reporters that show snippets.
    pub keep_sources: bool,
}

/// Build the schema's validator and the prose reader's word tables on
/// `pool`, one task each, while the caller is still finding the files:
/// finding them takes one thread, and without this the first files
/// each thread checks wait for them to be built, the threads one after
/// another.
pub fn prepare(pool: &rayon::ThreadPool) {
    pool.spawn(validate::prepare);
    pool.spawn(crate::read::prose::lexicon::prepare);
}

/// Check every discovered file (and stdin's text, if given) on the current
/// rayon pool, then finish the run: cross-guide rules, suppressions,
/// baseline, sort, count.
pub fn run(found: Discovered, stdin: Option<(String, Vec<u8>)>, opts: &Options) -> Outcome {
    let stdin = stdin.map(|(name, bytes)| (name, Ok(bytes)));
    run_with_baseline(found, stdin, opts, BaselineStep::None)
}

/// [`run`], with a baseline to apply or record, and stdin as it was read
/// (a stream over the size limit is that file's `parse-error`).
pub fn run_with_baseline(
    found: Discovered,
    stdin: Option<(String, Result<Vec<u8>, ReadError>)>,
    opts: &Options,
    baseline: BaselineStep,
) -> Outcome {
    let mut reports: Vec<FileReport> = found
        .inputs
        .par_iter()
        .map(|input| check_path(input, opts))
        .collect();
    if let Some((name, read)) = stdin {
        reports.push(check_read(&name, read, opts));
    }
    for problem in found.problems {
        reports.push(file_error(
            &problem.display,
            None,
            LoadError::new(problem.message, 0..0),
            opts,
        ));
    }
    let mut outcome = finish::finish(reports, &opts.rules, baseline);
    if opts.keep_sources {
        attach_missing_sources(&mut outcome, &found.inputs, opts.limits.max_file_bytes);
    }
    outcome
}

/// Corpus-wide findings land in files whose text was dropped when they had
/// no finding of their own; read those few again so they can be shown.
fn attach_missing_sources(outcome: &mut Outcome, inputs: &[Input], limit: u64) {
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
        if let Some(text) = read::read_file(&input.path, limit)
            .ok()
            .and_then(|b| load::decode(b).ok())
        {
            found.push((input.display.clone(), Arc::new(SourceText::new(text))));
        }
    }
    outcome.sources.extend(found);
}

/// Read a file (never more than the size limit) and check it.
pub fn check_path(input: &Input, opts: &Options) -> FileReport {
    let read = read::read_file(&input.path, opts.limits.max_file_bytes);
    check_read(&input.display, read, opts)
}

/// Check what reading a file or stdin gave: its bytes, or why there are
/// none as the file's one `parse-error`.
pub fn check_read(display: &str, read: Result<Vec<u8>, ReadError>, opts: &Options) -> FileReport {
    let problem = match read {
        Ok(bytes) => return check_bytes(display, bytes, opts),
        Err(ReadError::TooLarge { limit }) => {
            too_large(limit).help("raise it with `--max-file-size BYTES` if this file is genuine")
        }
        Err(ReadError::NotRegular { what }) => LoadError::new(
            format!("not a regular file: it is {what}; a pipe, socket or device cannot be a guide"),
            0..0,
        ),
        Err(ReadError::Io(e)) => {
            LoadError::new(format!("cannot read the file: {}", describe_io(&e)), 0..0)
        }
    };
    file_error(display, None, problem, opts)
}

fn too_large(limit: u64) -> LoadError {
    LoadError::new(
        format!("the file is larger than {limit} bytes (file size limit)"),
        0..0,
    )
}

/// Text that is not on disk (an editor's buffer): the size limit applies
/// as it does to a file.
pub fn check_text(display: &str, text: String, opts: &Options) -> FileReport {
    if let Err(ReadError::TooLarge { limit }) = read::check_size(&text, opts.limits.max_file_bytes)
    {
        let problem =
            too_large(limit).help("raise `max_file_size` in spotter.toml if this file is genuine");
        return file_error(display, None, problem, opts);
    }
    check_bytes(display, text.into_bytes(), opts)
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

    let (guide, schema_problems) = validate_and_model(&root);
    let mut findings = Vec::new();
    report_as(
        &opts.rules,
        rules::SchemaViolation::META.id,
        schema_problems,
        &mut findings,
    );
    run_guide_rules(&guide, opts, &mut findings);
    let scan = suppress::scan(&source, &root);
    report_as(
        &opts.rules,
        rules::InvalidSuppression::META.id,
        scan.invalid,
        &mut findings,
    );

    let guide_id = guide_id(&root, &source);
    let placer = Placer {
        file: display,
        guide: guide_id.as_ref().map(|(id, _)| id.as_str()),
        source: Some(&source),
        root: Some(&root),
    };
    let folded = fold_root_causes(&mut findings, &placer, &scan.suppressions);
    let mut diagnostics: Vec<Diagnostic> = findings.into_iter().map(|f| placer.place(f)).collect();
    // Only their places matter: a suppression written for one is used.
    let folded: Vec<Diagnostic> = if scan.suppressions.is_empty() {
        Vec::new()
    } else {
        folded.into_iter().map(|f| placer.place(f)).collect()
    };
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    let digest = digest::digest(&guide, &root, guide_id.clone(), &placer);
    // Only files with findings (or suppressions, whose unused ones are
    // found later) keep their text, so a clean corpus is not held in
    // memory until the run ends.
    let keep_source =
        opts.keep_sources && !(diagnostics.is_empty() && scan.suppressions.is_empty());
    FileReport {
        display: display.to_string(),
        diagnostics,
        exercises: match root.get("exercises").map(|e| &e.value.value) {
            Some(Value::Seq(items)) => items.len(),
            _ => 0,
        },
        digest: Some(digest),
        suppressions: scan.suppressions,
        folded,
        source: keep_source.then(|| Arc::new(source)),
    }
}

/// The schema's violations, then the typed guide and what the model could
/// not read (a reversed range, a zero).
fn validate_and_model<'t>(root: &Node<'t>) -> (Guide<'t>, Vec<Finding>) {
    let mut findings = validate::validate(root);
    let (guide, model_errors) = model::build(root);
    findings.extend(model_errors.into_iter().map(|e| {
        // The model says exactly what is wrong (a zero, a reversed range)
        // where the schema may only say the value fits none of the forms.
        let cause = Cause::BadValue {
            path: e.path.clone(),
            precise: true,
        };
        let mut finding = Finding::at(Target::Value(e.path.clone()), e.message).cause(cause);
        if let Some(help) = e.help {
            finding = finding.help(help);
        }
        match e.fixed {
            Some(text) => finding.replace(format!("Write `{text}`"), Target::Value(e.path), text),
            None => finding,
        }
    }));
    (guide, findings)
}

/// What a stage that is not a rule found, through `rule`'s door (nothing
/// when the rule is off).
fn report_as(set: &RuleSet, rule: &str, found: Vec<Finding>, out: &mut Vec<Finding>) {
    if let Some(mut door) = set.door(rule, out) {
        found.into_iter().for_each(|finding| door.report(finding));
    }
}

/// One root cause, one finding ([`fold::fold_root_causes`]). A finding is
/// never folded into one that a suppression comment hides while it would
/// itself be shown: the fact it reports would be lost.
fn fold_root_causes(
    findings: &mut Vec<Finding>,
    placer: &Placer<'_>,
    suppressions: &[Suppression],
) -> Vec<Finding> {
    if suppressions.is_empty() {
        return fold::fold_root_causes(findings, |_| false);
    }
    fold::fold_root_causes(findings, |finding| {
        let at = placer.resolve(&finding.target).span.start;
        suppressions.iter().any(|s| s.covers(finding.rule, at))
    })
}

/// Every enabled rule's per-guide check.
fn run_guide_rules(guide: &Guide, opts: &Options, out: &mut Vec<Finding>) {
    let readings = std::cell::OnceCell::new();
    for configured in opts.rules.at(Stage::Check) {
        let Some(door) = configured.door(out) else {
            continue;
        };
        let mut cx = GuideContext::new(guide, &opts.checks, &readings, door);
        configured.rule.check_guide(&mut cx);
    }
}

/// The guide's `id` and where its value is.
fn guide_id(root: &Node, source: &SourceText) -> Option<(String, Place)> {
    let entry = root.get("id")?;
    let Value::Str(id) = &entry.value.value else {
        return None;
    };
    Some((id.to_string(), Place::in_source(source, &entry.value.span)))
}

/// A file that could not be read or parsed: its one `parse-error`.
fn file_error(
    display: &str,
    source: Option<SourceText>,
    err: LoadError,
    opts: &Options,
) -> FileReport {
    let source = source.unwrap_or_else(|| SourceText::new(String::new()));
    let mut finding = Finding::at(Target::Span(err.span), err.message);
    finding.help = err.help;
    if let Some((span, message)) = err.related {
        finding = finding.related(Target::Span(span), message);
    }
    let mut findings = Vec::new();
    report_as(
        &opts.rules,
        rules::ParseError::META.id,
        vec![finding],
        &mut findings,
    );
    let placer = Placer {
        file: display,
        guide: None,
        source: Some(&source),
        root: None,
    };
    FileReport {
        display: display.to_string(),
        diagnostics: findings.into_iter().map(|f| placer.place(f)).collect(),
        source: opts.keep_sources.then(|| Arc::new(source)),
        ..FileReport::default()
    }
}
