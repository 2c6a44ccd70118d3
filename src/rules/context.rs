//! The one door out: every finding, from a rule or from a stage that is not
//! one, is made here, stamped with its rule and configured severity.

use crate::finding::{Finding, Severity};
use crate::model::Guide;
use crate::read::prose;
use crate::rules::digest::FileDigest;
use std::cell::OnceCell;

/// What each step of each exercise says (by position in
/// `Guide::exercises`, then by step): read once per guide, on the first
/// rule that asks, and shared by every prose rule.
pub type Readings = Vec<Vec<Vec<prose::Reading>>>;

/// Settings that change what several rules read (SPEC §3 `[checks]`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Checks {
    /// A guide-wide `stop-if-pain` warning counts for every exercise.
    pub guide_warnings_apply: bool,
}

/// The one door out for one rule's findings: each is stamped with the rule
/// and its configured severity on the way through.
pub struct Door<'a> {
    rule: &'static str,
    severity: Severity,
    out: &'a mut Vec<Finding>,
}

impl<'a> Door<'a> {
    pub(crate) fn new(rule: &'static str, severity: Severity, out: &'a mut Vec<Finding>) -> Self {
        Self {
            rule,
            severity,
            out,
        }
    }

    pub fn report(&mut self, finding: Finding) {
        self.out.push(finding.stamped(self.rule, self.severity));
    }
}

/// What a per-guide rule sees, and where it reports.
pub struct GuideContext<'a> {
    pub guide: &'a Guide<'a>,
    pub checks: &'a Checks,
    readings: &'a OnceCell<Readings>,
    door: Door<'a>,
}

impl<'a> GuideContext<'a> {
    pub(crate) fn new(
        guide: &'a Guide,
        checks: &'a Checks,
        readings: &'a OnceCell<Readings>,
        door: Door<'a>,
    ) -> Self {
        Self {
            guide,
            checks,
            readings,
            door,
        }
    }

    /// What the steps of each exercise say (see [`Readings`]).
    pub fn readings(&self) -> &'a Readings {
        let guide = self.guide;
        self.readings.get_or_init(|| {
            let mut reader = prose::Reader::default();
            guide
                .exercises
                .iter()
                .map(|ex| ex.steps.iter().map(|step| reader.read(step)).collect())
                .collect()
        })
    }

    pub fn report(&mut self, finding: Finding) {
        self.door.report(finding);
    }
}

/// What a cross-guide rule sees: one digest per file, in file order, so
/// "first" means the same on every run.
pub struct CorpusContext<'a> {
    pub files: &'a [FileDigest],
    /// Report a finding between two guides on both, each at its own node
    /// (a language server, whose user may be editing either); the CLI
    /// reports it once, on the guide that sorts later.
    pub both_sides: bool,
    door: Door<'a>,
    /// For each finding reported, the index of the file it is in.
    in_file: &'a mut Vec<usize>,
}

impl<'a> CorpusContext<'a> {
    pub(crate) fn new(
        files: &'a [FileDigest],
        both_sides: bool,
        door: Door<'a>,
        in_file: &'a mut Vec<usize>,
    ) -> Self {
        Self {
            files,
            both_sides,
            door,
            in_file,
        }
    }

    /// Report a finding in `self.files[file]`, at a place of that file
    /// ([`crate::finding::Target::Placed`]).
    pub fn report(&mut self, file: usize, finding: Finding) {
        self.in_file.push(file);
        self.door.report(finding);
    }
}
