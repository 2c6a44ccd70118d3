//! The finishing pass, once every file is checked, in named steps:
//! cross-guide rules → suppressions (and the unused ones) → baseline →
//! sort → count.

pub mod baseline;
pub mod fold;
pub mod suppress;

use crate::finding::place::Placer;
use crate::finding::{Diagnostic, Finding, Severity, Target};
use crate::finish::baseline::{Applied, Baseline};
use crate::finish::suppress::Suppression;
use crate::load::source::SourceText;
use crate::rules::digest::FileDigest;
use crate::rules::{self, CorpusContext, RuleDef, RuleSet, Stage, UnusedSuppression};
use std::collections::HashMap;
use std::sync::Arc;

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    pub guides: usize,
    pub exercises: usize,
    pub errors: usize,
    pub warnings: usize,
    /// Findings a suppression comment allowed.
    pub suppressed: usize,
    /// Set when a baseline was applied.
    pub baseline: Option<Applied>,
}

/// What checking one file produced: what the finishing pass takes from it.
#[derive(Debug, Default, Clone)]
pub struct FileReport {
    pub display: String,
    pub diagnostics: Vec<Diagnostic>,
    pub source: Option<Arc<SourceText>>,
    pub exercises: usize,
    /// What cross-guide rules read of this guide; `Some` exactly when the
    /// file loaded into a tree, which is what counts it as a guide.
    pub digest: Option<FileDigest>,
    /// The file's suppression comments, applied in the finishing pass.
    pub suppressions: Vec<Suppression>,
    /// Findings folded into another of the same root cause; kept only when
    /// the file has suppressions, which may have been written for them.
    pub folded: Vec<Diagnostic>,
}

/// A finding a suppression comment allowed, with the comment's reason.
#[derive(Debug, Clone, PartialEq)]
pub struct Suppressed {
    pub diagnostic: Diagnostic,
    pub reason: String,
}

/// The whole run: every diagnostic in report order, the suppressed ones,
/// and the sources of the files that have any (when asked for).
#[derive(Debug, Default)]
pub struct Outcome {
    pub diagnostics: Vec<Diagnostic>,
    pub suppressed: Vec<Suppressed>,
    pub sources: HashMap<String, Arc<SourceText>>,
    /// Every file checked, as displayed, in name order (passing files too).
    pub checked: Vec<String>,
    pub summary: Summary,
    /// The findings recorded when asked to write a baseline.
    pub recorded: Option<Baseline>,
}

/// What the baseline step does.
#[derive(Debug, Default)]
pub enum BaselineStep {
    #[default]
    None,
    /// Hide the findings this baseline holds.
    Apply(Baseline),
    /// Record today's findings in this (empty) baseline, then apply them,
    /// so the run passes.
    Record(Baseline),
}

/// What every file's check left for the finishing pass.
struct Collected {
    outcome: Outcome,
    digests: Vec<FileDigest>,
    /// Suppressions by file, in file order.
    suppressions: Vec<(String, Vec<Suppression>)>,
    /// Findings folded into another (see [`crate::finish::fold`]), by file.
    folded: Vec<Diagnostic>,
}

pub fn finish(reports: Vec<FileReport>, rules: &RuleSet, baseline: BaselineStep) -> Outcome {
    let mut run = collect(reports);
    cross_guide(&mut run, rules);
    apply_suppressions(&mut run, rules);
    let mut outcome = run.outcome;
    apply_baseline(&mut outcome, baseline);
    sort(&mut outcome);
    count(&mut outcome);
    outcome
}

fn collect(reports: Vec<FileReport>) -> Collected {
    let mut run = Collected {
        outcome: Outcome {
            checked: Vec::with_capacity(reports.len()),
            ..Outcome::default()
        },
        digests: Vec::with_capacity(reports.len()),
        suppressions: Vec::new(),
        folded: Vec::new(),
    };
    for report in reports {
        let summary = &mut run.outcome.summary;
        summary.files += 1;
        summary.guides += usize::from(report.digest.is_some());
        summary.exercises += report.exercises;
        if let Some(source) = report.source {
            run.outcome.sources.insert(report.display.clone(), source);
        }
        if !report.suppressions.is_empty() {
            run.suppressions
                .push((report.display.clone(), report.suppressions));
        }
        run.outcome.checked.push(report.display);
        run.digests.extend(report.digest);
        run.folded.extend(report.folded);
        run.outcome.diagnostics.extend(report.diagnostics);
    }
    // Files in name order, so "first" in a cross-guide finding is the same
    // whatever order the workers finished in.
    run.digests.sort_by(|a, b| a.file.cmp(&b.file));
    run
}

/// Every enabled rule's cross-guide check, over the digests.
fn cross_guide(run: &mut Collected, rules: &RuleSet) {
    let found = corpus_findings(&run.digests, rules, None, false);
    run.outcome.diagnostics.extend(found);
}

/// The cross-guide findings over `digests` (sorted by file), only those in
/// the file `only` when it is given; on both guides involved when
/// `both_sides`.
fn corpus_findings(
    digests: &[FileDigest],
    rules: &RuleSet,
    only: Option<&str>,
    both_sides: bool,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for configured in rules.at(Stage::Check) {
        let mut findings = Vec::new();
        let mut in_file = Vec::new();
        let Some(door) = configured.door(&mut findings) else {
            continue;
        };
        configured.rule.check_corpus(&mut CorpusContext::new(
            digests,
            both_sides,
            door,
            &mut in_file,
        ));
        for (finding, file) in findings.into_iter().zip(in_file) {
            let Some(digest) = digests.get(file) else {
                continue;
            };
            if only.is_some_and(|only| only != digest.file) {
                continue;
            }
            let placer = Placer {
                file: &digest.file,
                guide: digest.guide.as_ref().map(|(id, _)| id.as_str()),
                source: None,
                root: None,
            };
            out.push(placer.place(finding));
        }
    }
    out
}

/// One file's findings in a corpus (a language server's open document):
/// its own, the cross-guide ones that involve it, whichever guide sorts
/// first — `corpus` is every guide's digest sorted by file, this file's own
/// among them — with its suppressions applied; in report order.
pub fn finish_file(report: FileReport, corpus: &[FileDigest], rules: &RuleSet) -> Vec<Diagnostic> {
    let file = report.display.clone();
    let mut run = collect(vec![report]);
    let found = corpus_findings(corpus, rules, Some(&file), true);
    run.outcome.diagnostics.extend(found);
    // The guide ids that unused-suppression findings carry.
    run.digests = corpus.iter().filter(|d| d.file == file).cloned().collect();
    apply_suppressions(&mut run, rules);
    let mut outcome = run.outcome;
    sort(&mut outcome);
    outcome.diagnostics
}

/// Drops the findings a suppression comment allows, keeping them aside with
/// its reason, then reports each allowed rule that allowed nothing.
fn apply_suppressions(run: &mut Collected, rules: &RuleSet) {
    if run.suppressions.is_empty() {
        return;
    }
    let mut by_file: HashMap<&str, &mut Vec<Suppression>> = run
        .suppressions
        .iter_mut()
        .map(|(file, list)| (file.as_str(), list))
        .collect();
    let diagnostics = std::mem::take(&mut run.outcome.diagnostics);
    for d in diagnostics {
        let allowed_by = by_file
            .get_mut(d.file.as_str())
            .filter(|_| rules::suppressible(d.rule))
            .and_then(|list| innermost_allowing(list, d.rule, d.span.start));
        match allowed_by {
            Some(reason) => run.outcome.suppressed.push(Suppressed {
                diagnostic: d,
                reason,
            }),
            None => run.outcome.diagnostics.push(d),
        }
    }
    // A comment written for a finding that was folded into another did its
    // job: removing it would bring the finding back once the other is fixed.
    for d in std::mem::take(&mut run.folded) {
        if let Some(list) = by_file.get_mut(d.file.as_str()) {
            innermost_allowing(list, d.rule, d.span.start);
        }
    }
    let mut findings = Vec::new();
    let mut places = Vec::new();
    if let Some(mut door) = rules.door(UnusedSuppression::META.id, &mut findings) {
        for (file, list) in &run.suppressions {
            for allowed in list.iter().flat_map(|s| &s.rules).filter(|r| !r.used) {
                let help = if rules.is_enabled(allowed.id) {
                    "remove it from the comment (or the whole comment if nothing else is left)"
                } else {
                    "this rule is off in the configuration; remove it from the comment"
                };
                door.report(
                    Finding::at(
                        Target::Placed(allowed.place.clone()),
                        format!(
                            "`{}` is allowed here but nothing here raises it",
                            allowed.id
                        ),
                    )
                    .help(help),
                );
                places.push(file.as_str());
            }
        }
    }
    let guides: HashMap<&str, &str> = run
        .digests
        .iter()
        .filter_map(|d| Some((d.file.as_str(), d.guide.as_ref()?.0.as_str())))
        .collect();
    for (finding, file) in findings.into_iter().zip(places) {
        let placer = Placer {
            file,
            guide: guides.get(file).copied(),
            source: None,
            root: None,
        };
        run.outcome.diagnostics.push(placer.place(finding));
    }
}

/// The reason of the narrowest suppression that allows `rule` at `offset`,
/// which is marked used: an inner comment is the more specific one.
fn innermost_allowing(list: &mut [Suppression], rule: &str, offset: usize) -> Option<String> {
    let best = list
        .iter()
        .enumerate()
        .filter(|(_, s)| s.covers(rule, offset))
        .min_by_key(|(_, s)| s.scope.len())
        .map(|(i, _)| i)?;
    let chosen = list.get_mut(best)?;
    chosen.mark_used(rule);
    Some(chosen.reason.clone())
}

fn apply_baseline(outcome: &mut Outcome, step: BaselineStep) {
    let baseline = match step {
        BaselineStep::None => return,
        BaselineStep::Apply(baseline) => baseline,
        BaselineStep::Record(mut baseline) => {
            baseline.record(&outcome.diagnostics);
            outcome.recorded = Some(baseline.clone());
            baseline
        }
    };
    let diagnostics = std::mem::take(&mut outcome.diagnostics);
    let (kept, applied) = baseline.apply(diagnostics);
    outcome.diagnostics = kept;
    outcome.summary.baseline = Some(applied);
}

fn sort(outcome: &mut Outcome) {
    outcome.checked.sort();
    outcome
        .diagnostics
        .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    outcome
        .suppressed
        .sort_by(|a, b| a.diagnostic.sort_key().cmp(&b.diagnostic.sort_key()));
}

fn count(outcome: &mut Outcome) {
    let summary = &mut outcome.summary;
    summary.errors = outcome
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    summary.warnings = outcome.diagnostics.len() - summary.errors;
    summary.suppressed = outcome.suppressed.len();
}
