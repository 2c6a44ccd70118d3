//! A file's text with its line starts indexed once, so every position lookup
//! is a binary search instead of a scan from the start of the file.

use std::cell::{Cell, OnceCell};
use std::ops::Range;

/// A byte range into a [`SourceText`].
pub type Span = Range<usize>;

/// A 1-based line and a 1-based column counted in Unicode characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Hash)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

/// Where a diagnostic starts and ends, in the units users and editors see.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Hash)]
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
    /// Byte offset of the first byte of every line.
    pub fn line_starts(&self) -> &[usize] {
        &self.line_starts
    }

    pub fn new(text: String) -> Self {
        let bytes = text.as_bytes();
        let mut line_starts = Vec::with_capacity(bytes.len() / 32 + 1);
        line_starts.push(0);
        if memchr::memchr(b'\r', bytes).is_none() {
            newline_starts(bytes, &mut line_starts);
        } else {
            for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
                match bytes.get(i) {
                    Some(b'\n') => line_starts.push(i + 1),
                    Some(b'\r') if bytes.get(i + 1) != Some(&b'\n') => line_starts.push(i + 1),
                    _ => {}
                }
            }
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
        let column = self.text.get(start..offset).map_or(0, count_chars);
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

    /// A [`Walker`] over this text, for places asked for in rising order.
    pub fn walker(&self) -> Walker<'_> {
        Walker {
            source: self,
            line: 0,
            line_start: 0,
            next_start: self.line_starts.get(1).copied().unwrap_or(usize::MAX),
            ascii: None,
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

/// Pushes the start of every line after a `\n` in `bytes`, for text with
/// no `\r`: one search for one byte costs less per line than a search for
/// either of two, and the search for a `\r` that is not there is quick.
///
/// On x86-64 the text is compared 64 bytes at a time and each line start
/// taken from the mask of the block's newlines: a guide's lines are short
/// (about 37 bytes on `gen_corpus`), and `memchr_iter` starts a search
/// again at every one, which cost about twice as many instructions. A
/// block of 64 bytes, two masks of 32 joined, costs less than two blocks
/// of 32 (the loop's own work and a block's start are paid once).
fn newline_starts(bytes: &[u8], starts: &mut Vec<usize>) {
    #[cfg(target_arch = "x86_64")]
    {
        let mut blocks = bytes.chunks_exact(64);
        let mut base = 0;
        for block in &mut blocks {
            let (low, high) = block.split_at(32);
            let mut mask = u64::from(newline_mask(low)) | u64::from(newline_mask(high)) << 32;
            while mask != 0 {
                starts.push(base + mask.trailing_zeros() as usize + 1);
                mask &= mask - 1;
            }
            base += 64;
        }
        let rest = blocks.remainder();
        starts.extend(memchr::memchr_iter(b'\n', rest).map(|i| base + i + 1));
    }
    #[cfg(not(target_arch = "x86_64"))]
    starts.extend(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1));
}

/// A bit for each `\n` among the first 32 bytes of `block` (bit `i` for
/// byte `i`); 0 if the block is shorter.
#[cfg(target_arch = "x86_64")]
#[inline]
fn newline_mask(block: &[u8]) -> u32 {
    use std::arch::x86_64::{
        __m128i, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_set1_epi8,
    };
    if block.len() < 32 {
        return 0;
    }
    // SAFETY: SSE2 is part of every x86-64 CPU, and the two unaligned
    // 16-byte loads read the first 32 bytes of `block`, which it holds.
    #[allow(clippy::cast_possible_wrap, clippy::cast_sign_loss)]
    unsafe {
        let newline = _mm_set1_epi8(b'\n' as i8);
        let at = block.as_ptr().cast::<__m128i>();
        let low = _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128(at), newline)) as u32;
        let high = _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128(at.add(1)), newline)) as u32;
        low | high << 16
    }
}

/// The characters in `text`: its length, if it is ASCII, which most lines
/// of a guide are, and a check for that reads a word at a time.
fn count_chars(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.chars().count()
    }
}

/// Finds positions as [`SourceText::position`] does, for spans asked for in
/// (mostly) rising order, as the digest asks for an exercise's fields: each
/// lookup walks on from the line of the last one, and a span's end from its
/// start, instead of searching all the lines twice.
pub struct Walker<'a> {
    source: &'a SourceText,
    /// The 0-based line the last lookup found.
    line: usize,
    /// Where that line starts, and where the next one does (`usize::MAX`
    /// after the last line): kept, so that a lookup on the same line or
    /// the next few compares offsets instead of indexing the line starts.
    line_start: usize,
    next_start: usize,
    /// Whether that line is ASCII, once a lookup has asked: a column on it
    /// is then a byte count. One look at the line costs less than counting
    /// the characters before each place on it and in each span.
    ascii: Option<bool>,
}

impl Walker<'_> {
    /// `span` clamped as [`SourceText::clamp`] does, and its
    /// [`SourceText::position`], found on from the last lookup: the digest
    /// wants both, and the position's offsets are the clamped span's, so
    /// the text is looked at once. An end on the start's line (most spans)
    /// is counted on from the start.
    pub fn place(&mut self, span: &Span) -> (Span, Position) {
        let span = self.source.clamp(span);
        let start = self.line_col(span.start);
        let end = if span.end < self.next_start {
            let chars = if self.line_is_ascii() {
                span.end - span.start
            } else {
                self.source.text.get(span.clone()).map_or(0, count_chars)
            };
            LineCol {
                line: start.line,
                column: start.column + chars,
            }
        } else {
            self.line_col(span.end)
        };
        (span, Position { start, end })
    }

    /// Whether the walker's line is ASCII, looked at once per line.
    fn line_is_ascii(&mut self) -> bool {
        *self.ascii.get_or_insert_with(|| {
            let end = self.next_start.min(self.source.text.len());
            self.source
                .text
                .as_bytes()
                .get(self.line_start..end)
                .is_some_and(<[u8]>::is_ascii)
        })
    }

    /// [`SourceText::line_col`], found on from the last lookup, for an
    /// `offset` on a character boundary.
    fn line_col(&mut self, offset: usize) -> LineCol {
        let starts = &self.source.line_starts;
        if offset < self.line_start {
            self.line = self.source.line_of(offset);
            self.line_start = self.source.line_start(self.line);
            self.next_start = starts.get(self.line + 1).copied().unwrap_or(usize::MAX);
            self.ascii = None;
        } else if self.next_start <= offset {
            while self.next_start <= offset {
                self.line += 1;
                self.line_start = self.next_start;
                self.next_start = starts.get(self.line + 1).copied().unwrap_or(usize::MAX);
            }
            self.ascii = None;
        }
        let column = if self.line_is_ascii() {
            offset.saturating_sub(self.line_start)
        } else {
            self.source
                .text
                .get(self.line_start..offset)
                .map_or(0, count_chars)
        };
        LineCol {
            line: self.line + 1,
            column: column + 1,
        }
    }
}

/// Turns the character indexes the YAML parser reports into byte offsets.
///
/// ASCII text needs no work. Otherwise the parser asks in (almost) rising
/// order, so a cursor remembers the last answer and each lookup walks only
/// from there: the whole parse costs one pass over the text. A far jump
/// backwards starts from a checkpoint (one every 256 characters, built on
/// the first such jump), so no order of lookups can make it quadratic.
pub struct CharToByte<'a> {
    text: &'a str,
    ascii: bool,
    /// The last lookup: a character index and its byte offset.
    cursor: Cell<(usize, usize)>,
    checkpoints: OnceCell<Vec<usize>>,
}

const CHECKPOINT_EVERY: usize = 256;

impl<'a> CharToByte<'a> {
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            ascii: text.is_ascii(),
            cursor: Cell::new((0, 0)),
            checkpoints: OnceCell::new(),
        }
    }

    /// Learn that `char_index` is at `byte` (found another way), so the next
    /// lookups walk from there.
    pub fn remember(&self, char_index: usize, byte: usize) {
        if !self.ascii && byte < self.text.len() {
            self.cursor.set((char_index, byte));
        }
    }

    pub fn byte(&self, char_index: usize) -> usize {
        if self.ascii {
            return char_index.min(self.text.len());
        }
        let (at_char, at_byte) = self.cursor.get();
        let found = if char_index >= at_char {
            self.forward(at_byte, char_index - at_char)
        } else if at_char - char_index <= CHECKPOINT_EVERY {
            self.backward(at_byte, at_char - char_index)
        } else {
            let checkpoints = self.checkpoints.get_or_init(|| {
                self.text
                    .char_indices()
                    .step_by(CHECKPOINT_EVERY)
                    .map(|(byte, _)| byte)
                    .collect()
            });
            let slot = char_index / CHECKPOINT_EVERY;
            checkpoints.get(slot).map_or(self.text.len(), |&base| {
                self.forward(base, char_index - slot * CHECKPOINT_EVERY)
            })
        };
        // Past the end, every index maps to the end; keep the cursor valid.
        if found < self.text.len() {
            self.cursor.set((char_index, found));
        }
        found
    }

    /// The byte offset `chars` characters after the boundary `byte`.
    fn forward(&self, mut byte: usize, mut chars: usize) -> usize {
        let bytes = self.text.as_bytes();
        while chars > 0 {
            let Some(rest) = bytes.get(byte..) else {
                return bytes.len();
            };
            if rest.is_empty() {
                return bytes.len();
            }
            // Runs of ASCII (most of any guide) are skipped a block at a time.
            let run = chars.min(rest.len()).min(64);
            if rest[..run].is_ascii() {
                byte += run;
                chars -= run;
                continue;
            }
            for _ in 0..run {
                byte += utf8_width(bytes.get(byte).copied().unwrap_or(0));
                chars -= 1;
                if byte >= bytes.len() {
                    return bytes.len();
                }
            }
        }
        byte.min(bytes.len())
    }

    /// The byte offset `chars` characters before the boundary `byte`.
    fn backward(&self, mut byte: usize, chars: usize) -> usize {
        let bytes = self.text.as_bytes();
        for _ in 0..chars {
            if byte == 0 {
                break;
            }
            byte -= 1;
            while byte > 0 && bytes.get(byte).is_some_and(|b| b & 0xC0 == 0x80) {
                byte -= 1;
            }
        }
        byte
    }
}

/// Length of the UTF-8 sequence that starts with `lead`.
fn utf8_width(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}
