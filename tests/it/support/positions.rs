//! The invariant every place in a report must keep, whatever the input:
//! spans lie inside the text on char boundaries, and each line/column is
//! the one an independent count of the text gives for its span.
//!
//! Shared by `tests/no_panic.rs` and the cargo-fuzz target
//! (`fuzz/fuzz_targets/check_bytes.rs`), so both check the same thing.

use spotter::finish::FileReport;
use spotter::load::source::{LineCol, Position, SourceText, Span};

/// 1-based line and character column of byte `offset`, counted from
/// scratch. A line ends at `\n`, `\r\n` or a lone `\r`.
pub fn line_col(text: &str, offset: usize) -> LineCol {
    let bytes = text.as_bytes();
    let mut line = 1;
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate().take(offset) {
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            line += 1;
            start = i + 1;
        }
    }
    LineCol {
        line,
        column: text[start..offset].chars().count() + 1,
    }
}

/// Lines in `text`, counted from scratch (an empty text has one).
pub fn line_count(text: &str) -> usize {
    line_col(text, text.len()).line
}

fn check_place(source: &SourceText, span: &Span, position: &Position, what: &str) {
    let text = source.text();
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: span {span:?} outside the text ({} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {span:?} splits a character"
    );
    for lc in [position.start, position.end] {
        assert!(
            lc.line >= 1 && lc.column >= 1 && lc.line <= source.line_count(),
            "{what}: position {lc:?} outside {} lines",
            source.line_count()
        );
    }
    assert_eq!(
        position.start,
        line_col(text, span.start),
        "{what}: start of {span:?}"
    );
    assert_eq!(
        position.end,
        line_col(text, span.end),
        "{what}: end of {span:?}"
    );
}

/// Panics with a precise message when any place in `report` is off.
pub fn check_report(report: &FileReport) {
    // With `keep_sources`, exactly the files with findings keep their text.
    let Some(source) = report.source.as_ref() else {
        assert!(
            report.diagnostics.is_empty(),
            "a file with findings lost its text (checked with keep_sources: true)"
        );
        return;
    };
    assert_eq!(
        source.line_count(),
        line_count(source.text()),
        "line index disagrees with the text"
    );
    for d in &report.diagnostics {
        let what = format!("{} `{}`", d.rule, d.message);
        assert_eq!(d.file, report.display, "{what}: wrong file");
        check_place(source, &d.span, &d.position, &what);
        for r in d.related.iter().filter(|r| r.file == report.display) {
            check_place(source, &r.span, &r.position, &format!("{what} related"));
        }
    }
}
