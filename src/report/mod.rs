//! Reporters: each turns the outcome into one output format, one file per
//! format behind [`Reporter`], as oxlint's `output_formatter/` and biome's
//! `reporter/` do. Only a reporter knows its format; the command line only
//! picks one.

pub mod concise;
pub mod github;
pub mod gitlab;
pub mod json;
pub mod junit;
pub mod pretty;
pub mod sarif;

use crate::finding::Diagnostic;
use crate::finish::{Outcome, Summary};
use crate::load::source::LineCol;
use crate::rules::RuleSet;
use std::borrow::Cow;
use std::path::PathBuf;
use std::time::Duration;

/// What a reporter may show about the run besides its findings.
pub struct RunFacts<'a> {
    /// From the start of the run to the end of the checks.
    pub elapsed: Duration,
    /// The rule set the run used: every rule's metadata and level.
    pub rules: &'a RuleSet,
    /// The folder fingerprints make paths relative to (the current one).
    pub root: PathBuf,
}

/// One output format.
pub trait Reporter {
    /// Whether it shows the files' text (the pipeline then keeps it).
    fn needs_sources(&self) -> bool {
        false
    }

    /// The whole output; an error when the format cannot hold the outcome.
    fn render(&self, outcome: &Outcome, facts: &RunFacts<'_>) -> Result<String, String>;
}

/// A finding as the machine formats list it: shown, or suppressed with
/// the comment's reason.
pub struct Listed<'a> {
    pub diagnostic: &'a Diagnostic,
    pub suppressed: Option<&'a str>,
}

/// The shown and the suppressed findings, merged in report order (file,
/// line, column, rule), so fingerprints do not depend on which are
/// suppressed.
pub fn listed(outcome: &Outcome) -> Vec<Listed<'_>> {
    let mut all: Vec<Listed<'_>> = outcome
        .diagnostics
        .iter()
        .map(|diagnostic| Listed {
            diagnostic,
            suppressed: None,
        })
        .chain(outcome.suppressed.iter().map(|s| Listed {
            diagnostic: &s.diagnostic,
            suppressed: Some(s.reason.as_str()),
        }))
        .collect();
    // Stable: equal keys keep the order the finishing pass gave them.
    all.sort_by(|a, b| a.diagnostic.sort_key().cmp(&b.diagnostic.sort_key()));
    all
}

/// Where a finding starts and ends, 1-based, the end never before the
/// start: a finding on a file that could not be read has no place (0:0),
/// and formats that need a line get line 1.
pub fn range(position: &crate::load::source::Position) -> (LineCol, LineCol) {
    let start = LineCol {
        line: position.start.line.max(1),
        column: position.start.column.max(1),
    };
    let end = LineCol {
        line: position.end.line.max(1),
        column: position.end.column.max(1),
    }
    .max(start);
    (start, end)
}

/// A file as CI servers want it: relative to the root (the repository's
/// checkout) when it lies inside it, `/`-separated, without a leading `./`.
/// Elsewhere, or on stdin, as named.
pub fn ci_path<'a>(file: &'a str, root: &std::path::Path) -> Cow<'a, str> {
    let path = std::path::Path::new(file);
    let mut shown = match path.strip_prefix(root) {
        Ok(inside) if path.is_absolute() => Cow::Owned(inside.to_string_lossy().into_owned()),
        _ => Cow::Borrowed(file),
    };
    // On Unix a backslash is part of a name; only Windows separates with it.
    if std::path::MAIN_SEPARATOR == '\\' && shown.contains('\\') {
        shown = Cow::Owned(shown.replace('\\', "/"));
    }
    match shown.strip_prefix("./") {
        Some(rest) => Cow::Owned(rest.trim_start_matches('/').to_string()),
        None => shown,
    }
}

/// `text` on one line: line breaks and other control characters written
/// as escapes (`\n`, `\u{7}`), so one finding is one line of output.
pub fn one_line(text: &str) -> Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// `2 errors, 1 warning in 3 files (14 exercises)`, then what suppressions
/// and the baseline hid: `, 2 suppressed; 5 baselined, 1 stale baseline entry`.
pub fn summary_line(summary: &Summary) -> String {
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("{n} {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    let mut line = format!(
        "{}, {} in {} ({})",
        plural(summary.errors, "error"),
        plural(summary.warnings, "warning"),
        plural(summary.files, "file"),
        plural(summary.exercises, "exercise"),
    );
    if summary.suppressed > 0 {
        line.push_str(&format!(", {} suppressed", summary.suppressed));
    }
    if let Some(baseline) = summary.baseline {
        line.push_str(&format!(
            "; {} baselined, {}",
            baseline.baselined,
            plural(baseline.stale, "stale baseline entry").replace("entrys", "entries")
        ));
    }
    line
}
