//! `--format pretty`: miette's graphical report per diagnostic, then a
//! summary line.

use crate::diagnostic::{Diagnostic, Severity};
use crate::finish::Outcome;
use crate::source::SourceText;
use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents,
    SourceCode, SourceSpan, SpanContents,
};
use std::fmt;
use std::sync::Arc;

/// A file's text for miette, read through the line index: miette's own
/// `SourceCode` for strings scans from the file start for every label,
/// which is quadratic over thousands of findings in one file.
struct IndexedSource {
    name: String,
    text: Arc<SourceText>,
}

impl SourceCode for IndexedSource {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let src = &self.text;
        let start = span.offset();
        let end = start.saturating_add(span.len());
        if end > src.len() {
            return Err(MietteError::OutOfBounds);
        }
        let start_line = src.line_of(start);
        let end_line = src.line_of(end.saturating_sub(1).max(start));
        let first = start_line.saturating_sub(context_lines_before);
        let last = (end_line + context_lines_after).min(src.line_count().saturating_sub(1));
        let (data_start, column) = if context_lines_before == 0 {
            (start, src.line_col(start).column - 1)
        } else {
            (src.line_start(first), 0)
        };
        let data_end = src.line_start(last + 1).max(data_start);
        let data = src
            .text()
            .as_bytes()
            .get(data_start..data_end)
            .ok_or(MietteError::OutOfBounds)?;
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            data,
            (data_start, data_end - data_start).into(),
            if context_lines_before == 0 {
                start_line
            } else {
                first
            },
            column,
            last + 1,
        )))
    }
}

/// One diagnostic as miette sees it.
struct Report<'a> {
    diagnostic: &'a Diagnostic,
    source: Option<IndexedSource>,
    help: Option<String>,
}

impl fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.diagnostic.message)
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.diagnostic.message)
    }
}

impl std::error::Error for Report<'_> {}

impl miette::Diagnostic for Report<'_> {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.diagnostic.rule))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.diagnostic.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        self.source.as_ref()?;
        let d = self.diagnostic;
        let primary = LabeledSpan::new_primary_with_span(None, d.span.clone());
        let related = d
            .related
            .iter()
            .filter(|r| r.file == d.file)
            .map(|r| LabeledSpan::new_with_span(Some(r.message.clone()), r.span.clone()));
        Some(Box::new(std::iter::once(primary).chain(related)))
    }
}

pub struct PrettyOptions {
    pub color: bool,
    pub width: usize,
    /// End with the `N errors, N warnings in N files` line (off with `--quiet`).
    pub summary: bool,
}

pub fn render(outcome: &Outcome, opts: &PrettyOptions, elapsed_ms: u128) -> String {
    let theme = if opts.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(opts.width)
        .with_links(false);
    let mut out = String::new();
    for d in &outcome.diagnostics {
        let source = outcome.sources.get(&d.file).map(|text| IndexedSource {
            name: d.file.clone(),
            text: Arc::clone(text),
        });
        let elsewhere: Vec<String> = d
            .related
            .iter()
            .filter(|r| r.file != d.file || source.is_none())
            .map(|r| {
                format!(
                    "{}: {}:{}:{}",
                    r.message, r.file, r.position.start.line, r.position.start.column
                )
            })
            .collect();
        let help = match (&d.help, elsewhere.is_empty()) {
            (Some(h), true) => Some(h.clone()),
            (None, false) => Some(elsewhere.join("\n")),
            (Some(h), false) => Some(format!("{h}\n{}", elsewhere.join("\n"))),
            (None, true) => None,
        };
        let report = Report {
            diagnostic: d,
            source,
            help,
        };
        if report.source.is_none() {
            out.push_str(&format!(
                "{}:{}:{}\n",
                d.file, d.position.start.line, d.position.start.column
            ));
        }
        if handler.render_report(&mut out, &report).is_err() {
            out.push_str(&format!(
                "{}:{}:{}: {} [{}]\n",
                d.file, d.position.start.line, d.position.start.column, d.message, d.rule
            ));
        }
        out.push('\n');
    }
    if opts.summary {
        out.push_str(&format!(
            "{} in {elapsed_ms} ms\n",
            super::summary_line(&outcome.summary)
        ));
    }
    out
}
