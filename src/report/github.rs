//! `--format github`: one GitHub Actions workflow command per finding,
//! `::error file=F,line=L,col=C,endLine=L,endColumn=C,title=RULE::MESSAGE`
//! (`::warning` for warnings), which the runner shows as an annotation on
//! the line of the pull request's diff.

use super::{Reporter, RunFacts, range};
use crate::finding::Severity;
use crate::finish::Outcome;
use std::fmt::Write;

pub struct GithubReporter;

/// A command's message: the runner reads `%`, CR and LF as escapes.
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property's value: also `:` and `,`, which end a property.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

impl Reporter for GithubReporter {
    fn render(&self, outcome: &Outcome, _facts: &RunFacts<'_>) -> Result<String, String> {
        let mut out = String::with_capacity(outcome.diagnostics.len() * 160);
        for d in &outcome.diagnostics {
            let (start, end) = range(&d.position);
            let command = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            // The help is the annotation's second line.
            let message = match &d.help {
                Some(help) => format!("{}\nhelp: {help}", d.message),
                None => d.message.clone(),
            };
            // Writing to a String cannot fail.
            let _ = writeln!(
                out,
                "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                escape_property(&d.file),
                start.line,
                start.column,
                end.line,
                end.column,
                escape_property(d.rule),
                escape_data(&message)
            );
        }
        Ok(out)
    }
}
