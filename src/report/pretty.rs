//! `--format pretty`: miette's graphical report per diagnostic, then a
//! summary line.

use crate::finding::{Diagnostic, Severity};
use crate::finish::Outcome;
use crate::load::source::SourceText;
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

/// The lines around a label on a very long line, cut to a window of
/// characters around it, so the label is on screen (as rustc and ruff do).
/// Line numbers and the header's line:column stay the file's own.
struct WindowSource {
    name: String,
    /// The windowed lines, joined with `\n`.
    text: String,
    /// 0-based line number of the first windowed line.
    first_line: usize,
    /// The label's real 0-based line and column, for the header.
    line: usize,
    column: usize,
}

impl SourceCode for WindowSource {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        if context_lines_before == 0 && context_lines_after == 0 {
            let data = self
                .text
                .as_bytes()
                .get(span.offset()..span.offset().saturating_add(span.len()))
                .ok_or(MietteError::OutOfBounds)?;
            return Ok(Box::new(MietteSpanContents::new_named(
                self.name.clone(),
                data,
                *span,
                self.line,
                self.column,
                1,
            )));
        }
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            self.text.as_bytes(),
            (0, self.text.len()).into(),
            self.first_line,
            0,
            self.text.lines().count(),
        )))
    }
}

/// Lines longer than this many characters are shown as a window.
const LONG_LINE: usize = 160;
/// Characters kept before the label in a window.
const WINDOW_LEAD: usize = 60;

/// A window around `span` when it lies on one line and that line or a
/// neighbour is long; the window's text and the label's span in it.
fn window(
    name: &str,
    src: &SourceText,
    span: &crate::load::source::Span,
) -> Option<(WindowSource, SourceSpan)> {
    let line = src.line_of(span.start);
    if src.line_of(span.end.saturating_sub(1).max(span.start)) != line {
        return None;
    }
    let first = line.saturating_sub(1);
    let last = (line + 1).min(src.line_count().saturating_sub(1));
    let text_of = |l: usize| {
        src.text()
            .get(src.line_start(l)..src.line_end(l))
            .unwrap_or_default()
    };
    if (first..=last).all(|l| text_of(l).chars().count() <= LONG_LINE) {
        return None;
    }
    let label_line = text_of(line);
    let line_start = src.line_start(line);
    let col = label_line.get(..span.start - line_start)?.chars().count();
    let label_chars = label_line
        .get(span.start - line_start..span.end.max(span.start) - line_start)?
        .chars()
        .count();
    let from = col.saturating_sub(WINDOW_LEAD);
    let to = from + LONG_LINE.max(WINDOW_LEAD + label_chars.min(LONG_LINE));
    let mut text = String::new();
    let mut label = (0, 0);
    for l in first..=last {
        let chars: Vec<char> = text_of(l).chars().collect();
        if l > first {
            text.push('\n');
        }
        if l != line && chars.len() <= LONG_LINE {
            // A short neighbour is shown whole.
            text.push_str(text_of(l));
            continue;
        }
        let lead = from > 0 && chars.len() > from;
        if lead {
            text.push('…');
        }
        let kept: String = chars.iter().skip(from).take(to - from).collect();
        if l == line {
            let before: String = chars.iter().skip(from).take(col - from).collect();
            let inside: String = chars
                .iter()
                .skip(col)
                .take(label_chars.min(to.saturating_sub(col)))
                .collect();
            label = (text.len() + before.len(), inside.len());
        }
        text.push_str(&kept);
        if chars.len() > to {
            text.push('…');
        }
    }
    Some((
        WindowSource {
            name: name.to_string(),
            text,
            first_line: first,
            line,
            column: col,
        },
        label.into(),
    ))
}

/// One diagnostic as miette sees it.
struct Report<'a> {
    diagnostic: &'a Diagnostic,
    source: Option<Box<dyn SourceCode + 'a>>,
    /// The primary label, in the source's own offsets.
    span: SourceSpan,
    help: Option<String>,
    related: Vec<RelatedReport>,
}

/// A second place shown with its own snippet (the first use of an id).
struct RelatedReport {
    message: String,
    source: Box<dyn SourceCode>,
    span: SourceSpan,
}

impl fmt::Debug for RelatedReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for RelatedReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for RelatedReport {}

impl miette::Diagnostic for RelatedReport {
    fn severity(&self) -> Option<miette::Severity> {
        Some(miette::Severity::Advice)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&*self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(
            LabeledSpan::new_primary_with_span(None, self.span),
        )))
    }
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
        self.source.as_deref()
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        self.source.as_ref()?;
        Some(Box::new(std::iter::once(
            LabeledSpan::new_primary_with_span(None, self.span),
        )))
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn miette::Diagnostic> + 'a>> {
        if self.related.is_empty() {
            return None;
        }
        Some(Box::new(
            self.related.iter().map(|r| r as &dyn miette::Diagnostic),
        ))
    }
}

pub struct PrettyOptions {
    pub color: bool,
    pub width: usize,
    /// Wrap long help lines at `width` (on a terminal); off, a suggestion
    /// stays on one line that can be copied.
    pub wrap: bool,
    /// End with the `N errors, N warnings in N files` line (off with `--quiet`).
    pub summary: bool,
}

/// The text of `file` as miette reads it, windowed around `span` when the
/// line is long.
fn snippet(
    outcome: &Outcome,
    file: &str,
    span: &crate::load::source::Span,
) -> Option<(Box<dyn SourceCode>, SourceSpan)> {
    let text = outcome.sources.get(file)?;
    if let Some((windowed, label)) = window(file, text, span) {
        return Some((Box::new(windowed), label));
    }
    Some((
        Box::new(IndexedSource {
            name: file.to_string(),
            text: Arc::clone(text),
        }),
        span.clone().into(),
    ))
}

pub fn render(outcome: &Outcome, opts: &PrettyOptions, elapsed_ms: u128) -> String {
    let theme = if opts.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(opts.width)
        .with_wrap_lines(opts.wrap)
        .with_show_related_as_nested(true)
        .with_links(false);
    let mut out = String::new();
    for d in &outcome.diagnostics {
        let primary = snippet(outcome, &d.file, &d.span);
        let mut related = Vec::new();
        let mut elsewhere = Vec::new();
        for r in &d.related {
            match snippet(outcome, &r.file, &r.span) {
                Some((source, span)) if primary.is_some() => related.push(RelatedReport {
                    message: r.message.clone(),
                    source,
                    span,
                }),
                _ => elsewhere.push(format!(
                    "{}: {}:{}:{}",
                    r.message, r.file, r.position.start.line, r.position.start.column
                )),
            }
        }
        let help = match (&d.help, elsewhere.is_empty()) {
            (Some(h), true) => Some(h.clone()),
            (None, false) => Some(elsewhere.join("\n")),
            (Some(h), false) => Some(format!("{h}\n{}", elsewhere.join("\n"))),
            (None, true) => None,
        };
        let (source, span) = match primary {
            Some((source, span)) => (Some(source), span),
            None => (None, d.span.clone().into()),
        };
        let report = Report {
            diagnostic: d,
            source,
            span,
            help,
            related,
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

/// `--format pretty`: the one reporter that shows the files' text.
pub struct PrettyReporter {
    pub options: PrettyOptions,
}

impl super::Reporter for PrettyReporter {
    fn needs_sources(&self) -> bool {
        true
    }

    fn render(&self, outcome: &Outcome, facts: &super::RunFacts<'_>) -> Result<String, String> {
        Ok(render(outcome, &self.options, facts.elapsed.as_millis()))
    }
}
