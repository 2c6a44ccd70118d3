//! `--format json`: one object, shaped as SPEC §5.

use crate::finding::Diagnostic;
use crate::finish::Outcome;
use serde::Serialize;

#[derive(Serialize)]
struct Report<'a> {
    version: u32,
    summary: JsonSummary,
    diagnostics: Vec<JsonDiagnostic<'a>>,
}

#[derive(Serialize)]
struct JsonSummary {
    files: usize,
    guides: usize,
    exercises: usize,
    errors: usize,
    warnings: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    suppressed: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    baselined: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stale_baseline_entries: Option<usize>,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    rule: &'a str,
    severity: &'a str,
    message: &'a str,
    file: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    guide: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    exercise: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related: Vec<JsonRelated<'a>>,
}

#[derive(Serialize)]
struct JsonRelated<'a> {
    message: &'a str,
    file: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
}

fn diagnostic(d: &Diagnostic) -> JsonDiagnostic<'_> {
    JsonDiagnostic {
        rule: d.rule,
        severity: d.severity.as_str(),
        message: &d.message,
        file: &d.file,
        line: d.position.start.line,
        column: d.position.start.column,
        end_line: d.position.end.line,
        end_column: d.position.end.column,
        guide: d.guide.as_deref(),
        exercise: d.exercise.as_deref(),
        help: d.help.as_deref(),
        related: d
            .related
            .iter()
            .map(|r| JsonRelated {
                message: &r.message,
                file: &r.file,
                line: r.position.start.line,
                column: r.position.start.column,
                end_line: r.position.end.line,
                end_column: r.position.end.column,
            })
            .collect(),
    }
}

pub fn render(outcome: &Outcome) -> String {
    let s = &outcome.summary;
    let report = Report {
        version: 1,
        summary: JsonSummary {
            files: s.files,
            guides: s.guides,
            exercises: s.exercises,
            errors: s.errors,
            warnings: s.warnings,
            suppressed: (s.suppressed > 0).then_some(s.suppressed),
            baselined: s.baseline.map(|b| b.baselined),
            stale_baseline_entries: s.baseline.map(|b| b.stale),
        },
        diagnostics: outcome.diagnostics.iter().map(diagnostic).collect(),
    };
    let mut out =
        serde_json::to_string_pretty(&report).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    out.push('\n');
    out
}

/// `--format json`.
pub struct JsonReporter;

impl super::Reporter for JsonReporter {
    fn render(&self, outcome: &Outcome, _facts: &super::RunFacts<'_>) -> Result<String, String> {
        Ok(render(outcome))
    }
}
