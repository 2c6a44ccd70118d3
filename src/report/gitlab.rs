//! `--format gitlab`: GitLab's Code Quality report, a JSON array of
//! `{description, check_name, fingerprint, severity, location: {path,
//! lines: {begin}}}`, shown on the merge request's diff when a CI job
//! saves it as its `codequality` report.

use super::{Reporter, RunFacts, listed, range};
use crate::finding::Severity;
use crate::finish::Outcome;
use serde::Serialize;

pub struct GitlabReporter;

#[derive(Serialize)]
struct Issue<'a> {
    description: &'a str,
    check_name: &'a str,
    /// The same finding keeps its fingerprint when lines move, so GitLab
    /// does not show it as fixed and new again.
    fingerprint: String,
    severity: &'a str,
    location: Location<'a>,
}

#[derive(Serialize)]
struct Location<'a> {
    path: std::borrow::Cow<'a, str>,
    lines: Lines,
}

#[derive(Serialize)]
struct Lines {
    begin: usize,
}

impl Reporter for GitlabReporter {
    fn render(&self, outcome: &Outcome, facts: &RunFacts<'_>) -> Result<String, String> {
        // Fingerprints count over suppressed findings too, so suppressing
        // one does not change the others'.
        let all = listed(outcome);
        let prints =
            crate::finish::baseline::fingerprints(all.iter().map(|l| l.diagnostic), &facts.root);
        let issues: Vec<Issue<'_>> = all
            .iter()
            .zip(prints)
            .filter(|(l, _)| l.suppressed.is_none())
            .map(|(l, fingerprint)| {
                let d = l.diagnostic;
                Issue {
                    description: &d.message,
                    check_name: d.rule,
                    fingerprint,
                    // GitLab's scale is info, minor, major, critical, blocker.
                    severity: match d.severity {
                        Severity::Error => "major",
                        Severity::Warning => "minor",
                    },
                    location: Location {
                        path: super::ci_path(&d.file, &facts.root),
                        lines: Lines {
                            begin: range(&d.position).0.line,
                        },
                    },
                }
            })
            .collect();
        let mut out = serde_json::to_string_pretty(&issues)
            .map_err(|e| format!("cannot write the Code Quality report: {e}"))?;
        out.push('\n');
        Ok(out)
    }
}
