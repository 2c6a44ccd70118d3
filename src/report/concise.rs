//! `--format concise`: `FILE:LINE:COLUMN: SEVERITY[RULE] MESSAGE`, one line
//! per finding, for grep and editors' quickfix lists (Vim's `errorformat`
//! `%f:%l:%c: %m`), then the summary line unless `--quiet`.

use super::{Reporter, RunFacts, one_line, range};
use crate::finish::Outcome;
use std::fmt::Write;

pub struct ConciseReporter {
    /// End with the `N errors, N warnings in N files` line.
    pub summary: bool,
}

impl Reporter for ConciseReporter {
    fn render(&self, outcome: &Outcome, facts: &RunFacts<'_>) -> Result<String, String> {
        let mut out = String::with_capacity(outcome.diagnostics.len() * 96 + 64);
        for d in &outcome.diagnostics {
            let (start, _) = range(&d.position);
            // Writing to a String cannot fail.
            let _ = writeln!(
                out,
                "{}:{}:{}: {}[{}] {}",
                one_line(&d.file),
                start.line,
                start.column,
                d.severity.as_str(),
                d.rule,
                one_line(&d.message)
            );
        }
        if self.summary {
            let _ = writeln!(
                out,
                "{} in {} ms",
                super::summary_line(&outcome.summary),
                facts.elapsed.as_millis()
            );
        }
        Ok(out)
    }
}
