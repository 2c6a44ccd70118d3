//! A file's text with its line starts indexed once, so every position lookup
//! is a binary search instead of a scan from the start of the file.

use std::ops::Range;

/// A byte range into a [`SourceText`].
pub type Span = Range<usize>;

/// A 1-based line and a 1-based column counted in Unicode characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

/// Where a diagnostic starts and ends, in the units users and editors see.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Position {
    pub start: LineCol,
    pub end: LineCol,
}

#[derive(Debug)]
pub struct SourceText {
    text: String,
    /// Byte offset of the first byte of every line. A line ends at `\n`, at
    /// `\r\n`, or at a lone `\r` — the same breaks YAML and miette count.
    line_starts: Vec<usize>,
}

impl SourceText {
    pub fn new(text: String) -> Self {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes.get(i) {
                Some(b'\n') => line_starts.push(i + 1),
                Some(b'\r') if bytes.get(i + 1) != Some(&b'\n') => line_starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        Self { text, line_starts }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn len(&self) -> usize {
        self.text.len()
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// Byte offset where 0-based line `line` starts (clamped to the end).
    pub fn line_start(&self, line: usize) -> usize {
        self.line_starts
            .get(line)
            .copied()
            .unwrap_or(self.text.len())
    }

    /// 0-based index of the line holding byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        self.line_starts
            .partition_point(|&start| start <= offset)
            .saturating_sub(1)
    }

    /// Byte offset where the 0-based line `line` ends, line break excluded.
    pub fn line_end(&self, line: usize) -> usize {
        let next = self.line_start(line + 1);
        let bytes = self.text.as_bytes();
        let mut end = next;
        if end > self.line_start(line) && bytes.get(end - 1) == Some(&b'\n') {
            end -= 1;
        }
        if end > self.line_start(line) && bytes.get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        end
    }

    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = self.floor_char_boundary(offset.min(self.text.len()));
        let line = self.line_of(offset);
        let start = self.line_start(line);
        let column = self
            .text
            .get(start..offset)
            .map_or(0, |prefix| prefix.chars().count());
        LineCol {
            line: line + 1,
            column: column + 1,
        }
    }

    pub fn position(&self, span: &Span) -> Position {
        Position {
            start: self.line_col(span.start),
            end: self.line_col(span.end.max(span.start)),
        }
    }

    /// Largest char boundary not after `offset`.
    pub fn floor_char_boundary(&self, mut offset: usize) -> usize {
        offset = offset.min(self.text.len());
        while offset > 0 && !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }

    /// Clamp a span so it lies inside the text and on char boundaries.
    pub fn clamp(&self, span: &Span) -> Span {
        let start = self.floor_char_boundary(span.start);
        let end = self.floor_char_boundary(span.end).max(start);
        start..end
    }
}

/// Turns the character indexes the YAML parser reports into byte offsets.
///
/// ASCII text needs no table. Otherwise a checkpoint every 256 characters
/// bounds each lookup to a short forward walk.
pub struct CharToByte<'a> {
    text: &'a str,
    checkpoints: Option<Vec<usize>>,
}

const CHECKPOINT_EVERY: usize = 256;

impl<'a> CharToByte<'a> {
    pub fn new(text: &'a str) -> Self {
        let checkpoints = (!text.is_ascii()).then(|| {
            text.char_indices()
                .step_by(CHECKPOINT_EVERY)
                .map(|(byte, _)| byte)
                .collect()
        });
        Self { text, checkpoints }
    }

    pub fn byte(&self, char_index: usize) -> usize {
        let Some(checkpoints) = &self.checkpoints else {
            return char_index.min(self.text.len());
        };
        let slot = char_index / CHECKPOINT_EVERY;
        let Some(&base) = checkpoints.get(slot) else {
            return self.text.len();
        };
        let rest = char_index - slot * CHECKPOINT_EVERY;
        self.text
            .get(base..)
            .and_then(|tail| tail.char_indices().nth(rest))
            .map_or(self.text.len(), |(byte, _)| base + byte)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_and_lines_accept_every_break() {
        let src = SourceText::new("a: é\r\nbé: x\rc: 1\n".to_string());
        assert_eq!(src.line_count(), 4);
        let x = src.text().find('x').unwrap();
        assert_eq!(src.line_col(x), LineCol { line: 2, column: 5 });
        let c = src.text().find('c').unwrap();
        assert_eq!(src.line_col(c), LineCol { line: 3, column: 1 });
        assert_eq!(src.line_end(0), 5);
    }

    #[test]
    fn char_indexes_map_to_bytes() {
        let text = "é".repeat(600) + "x";
        let map = CharToByte::new(&text);
        assert_eq!(map.byte(600), 1200);
        assert_eq!(map.byte(1), 2);
        assert_eq!(map.byte(10_000), text.len());
        assert_eq!(CharToByte::new("abc").byte(2), 2);
    }
}
