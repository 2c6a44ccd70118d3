//! Byte offsets ↔ LSP positions in the encoding the client and server
//! agreed on, and `file:` URIs ↔ paths. The only place positions are
//! counted in UTF-16 (or UTF-8, UTF-32) code units.

use crate::load::source::{SourceText, Span};
use lsp_types::{Position, PositionEncodingKind, Range, Uri};
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// What a position's `character` counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
    Utf32,
}

impl Encoding {
    /// UTF-8 when the client offers it (no counting at all), then UTF-32,
    /// else UTF-16, which every client must accept.
    pub fn negotiate(offered: &[&str]) -> Self {
        let offers = |kind: PositionEncodingKind| offered.contains(&kind.as_str());
        if offers(PositionEncodingKind::UTF8) {
            Encoding::Utf8
        } else if offers(PositionEncodingKind::UTF32) {
            Encoding::Utf32
        } else {
            Encoding::Utf16
        }
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
            Encoding::Utf32 => PositionEncodingKind::UTF32,
        }
    }

    fn width(self, c: char) -> usize {
        match self {
            Encoding::Utf8 => c.len_utf8(),
            Encoding::Utf16 => c.len_utf16(),
            Encoding::Utf32 => 1,
        }
    }
}

fn small(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The position of byte `offset` (clamped into the text, onto a char
/// boundary).
pub fn position(source: &SourceText, offset: usize, encoding: Encoding) -> Position {
    let offset = source.floor_char_boundary(offset);
    let line = source.line_of(offset);
    let start = source.line_start(line).min(offset);
    let prefix = source.text().get(start..offset).unwrap_or_default();
    let character = match encoding {
        Encoding::Utf8 => prefix.len(),
        Encoding::Utf16 => prefix.encode_utf16().count(),
        Encoding::Utf32 => prefix.chars().count(),
    };
    Position::new(small(line), small(character))
}

pub fn range(source: &SourceText, span: &Span, encoding: Encoding) -> Range {
    Range::new(
        position(source, span.start, encoding),
        position(source, span.end.max(span.start), encoding),
    )
}

/// The byte offset of a client's position: a line past the end is the end
/// of the text, a character past the end of its line is the line's end, a
/// character inside a char is that char's start.
pub fn offset(source: &SourceText, position: Position, encoding: Encoding) -> usize {
    let line = usize::try_from(position.line).unwrap_or(usize::MAX);
    if line >= source.line_count() {
        return source.len();
    }
    let start = source.line_start(line);
    let end = source.line_end(line);
    let Some(content) = source.text().get(start..end) else {
        return start;
    };
    let wanted = usize::try_from(position.character).unwrap_or(usize::MAX);
    let mut units = 0;
    for (at, c) in content.char_indices() {
        let next = units + encoding.width(c);
        if next > wanted {
            return start + at;
        }
        units = next;
    }
    end
}

pub fn byte_span(source: &SourceText, range: Range, encoding: Encoding) -> Span {
    let start = offset(source, range.start, encoding);
    let end = offset(source, range.end, encoding).max(start);
    start..end
}

/// The path a `file:` URI names; none for other schemes.
pub fn path_of(uri: &Uri) -> Option<PathBuf> {
    let text = uri.as_str();
    let rest = text.strip_prefix("file://")?;
    // `file:///path` or `file://localhost/path`.
    let rest = rest.strip_prefix("localhost").unwrap_or(rest);
    let rest = rest.split(['?', '#']).next().unwrap_or_default();
    let bytes = percent_decode(rest)?;
    let decoded = String::from_utf8(bytes).ok()?;
    // `file:///C:/x` on Windows.
    #[cfg(windows)]
    let decoded = decoded
        .strip_prefix('/')
        .filter(|d| d.get(1..2) == Some(":"))
        .map(str::to_string)
        .unwrap_or(decoded);
    if decoded.is_empty() {
        return None;
    }
    Some(PathBuf::from(decoded))
}

fn percent_decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b);
            i += 1;
        }
    }
    Some(out)
}

/// The `file:` URI of an absolute path.
pub fn uri_of(path: &Path) -> Option<Uri> {
    let text = path.to_str()?;
    let mut out = String::from("file://");
    if !text.starts_with('/') {
        out.push('/');
    }
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(char::from(b));
        } else if cfg!(windows) && (b == b'\\' || b == b':') {
            out.push(if b == b'\\' { '/' } else { ':' });
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    Uri::from_str(&out).ok()
}
