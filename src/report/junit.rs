//! `--format junit`: JUnit XML, which CI servers (GitLab, Jenkins, Azure,
//! CircleCI) show as a test report: one test suite, one test case per
//! checked file (passing files too), failed when the file has findings.

use super::{Reporter, RunFacts, one_line, range};
use crate::finding::{Diagnostic, Severity};
use crate::finish::Outcome;
use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};
use std::collections::BTreeMap;
use std::fmt::Write;

pub struct JunitReporter;

/// A file's findings as one failure. JUnit allows one `<failure>` in a
/// test case, so each finding is one line of its text,
/// `LINE:COLUMN: SEVERITY[RULE] MESSAGE` (its help indented below), and
/// the message counts them.
fn failure(findings: &[&Diagnostic]) -> TestCaseStatus {
    let errors = findings
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = findings.len() - errors;
    let plural = |n: usize, word: &str| match n {
        1 => format!("1 {word}"),
        n => format!("{n} {word}s"),
    };
    let mut text = String::new();
    for d in findings {
        let (start, _) = range(&d.position);
        // Writing to a String cannot fail.
        let _ = writeln!(
            text,
            "{}:{}: {}[{}] {}",
            start.line,
            start.column,
            d.severity.as_str(),
            d.rule,
            one_line(&d.message)
        );
        if let Some(help) = &d.help {
            let _ = writeln!(text, "    help: {}", one_line(help));
        }
    }
    let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
    status
        .set_message(format!(
            "{}, {}",
            plural(errors, "error"),
            plural(warnings, "warning")
        ))
        .set_type(if errors > 0 { "error" } else { "warning" })
        .set_description(text);
    status
}

impl Reporter for JunitReporter {
    fn render(&self, outcome: &Outcome, facts: &RunFacts<'_>) -> Result<String, String> {
        let mut by_file: BTreeMap<&str, Vec<&Diagnostic>> = outcome
            .checked
            .iter()
            .map(|file| (file.as_str(), Vec::new()))
            .collect();
        for d in &outcome.diagnostics {
            by_file.entry(d.file.as_str()).or_default().push(d);
        }
        let mut suite = TestSuite::new("spotter");
        suite.set_time(facts.elapsed);
        for (file, findings) in &by_file {
            let status = if findings.is_empty() {
                TestCaseStatus::success()
            } else {
                failure(findings)
            };
            let mut case = TestCase::new(*file, status);
            case.set_classname("spotter");
            case.extra.insert("file".into(), (*file).into());
            suite.add_test_case(case);
        }
        let mut report = Report::new("spotter");
        report.set_time(facts.elapsed).add_test_suite(suite);
        let mut out = report
            .to_string()
            .map_err(|e| format!("cannot write the JUnit report: {e}"))?;
        if !out.ends_with('\n') {
            out.push('\n');
        }
        Ok(out)
    }
}
