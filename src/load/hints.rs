//! Help for YAML syntax errors. The parser says what it expected at the
//! place it gave up; for the mistakes people make by hand — a colon inside
//! a value, a tab in the indentation, a key out of line with its siblings,
//! a forgotten `- ` — this says where the mistake is and how to fix it.
//!
//! Only a file that failed to parse comes here, so clarity matters more
//! than speed: at most one pass over the lines before the error.

use super::LoadError;
use crate::source::Span;

const TAB_HELP: &str = "YAML indentation must use spaces, not tabs: replace the tab with spaces";

/// Parser complaints that, at the start of a line, mean the line is
/// indented wrongly.
const INDENTATION_ERRORS: [&str; 5] = [
    "did not find expected key",
    "did not find expected '-' indicator",
    "mapping values are not allowed",
    "block sequence entries are not allowed",
    "invalid indentation",
];

/// The error for the parser's complaint `info` at byte `at` of `text`.
pub(super) fn syntax_error(text: &str, at: usize, info: &str) -> LoadError {
    let (line_start, line) = line_around(text, at);
    if let Some(tab) = tab_at_fault(text, line_start, line, at, info) {
        return LoadError::new(format!("invalid YAML: {info}"), tab..tab + 1).help(TAB_HELP);
    }
    if info.contains("mapping values are not allowed")
        && let Some(err) = colon_in_value(line_start, line, at, info)
    {
        return err;
    }
    if INDENTATION_ERRORS.iter().any(|e| info.contains(e))
        && let Some(err) = bad_indentation(text, at)
    {
        return err;
    }
    LoadError::new(format!("invalid YAML: {info}"), at..at)
}

/// A duplicate key in a mapping that is an item of a block list: most
/// often the second key starts a new item whose `- ` was forgotten.
/// `dash` is where the list's first `-` is, `item` where this item's
/// first key is; `value_end` is where the second key's value ends.
pub(super) fn missing_dash(
    text: &str,
    key: &str,
    key_span: Span,
    value_end: usize,
    first: Span,
    dash: usize,
    item: usize,
) -> LoadError {
    let (line_start, line) = line_around(text, key_span.start);
    // `id: cat-arch` when the value is on the key's line, else `id:`.
    let written = Some(value_end)
        .filter(|&end| end <= line_start + line.len())
        .and_then(|end| text.get(key_span.start..end))
        .map_or_else(
            || format!("{key}:"),
            |written| written.trim_end().to_string(),
        );
    let mut err = LoadError::new(
        format!("duplicate key `{key}`: a list item may be missing its `- `"),
        key_span,
    )
    .help(format!(
        "if `{written}` starts a new item, write it as `- {written}` with the `-` at column {}, as on line {}; otherwise remove one of the two `{key}` keys",
        column(text, dash),
        line_number(text, item),
    ));
    err.related = Some((first, format!("first `{key}` of this item")));
    err
}

/// Where the tab to fix is: the first tab in the indentation (spaces and
/// `- ` indicators) of the error's line or, when the parser complains of a
/// tab, the next tab after the error.
fn tab_at_fault(text: &str, line_start: usize, line: &str, at: usize, info: &str) -> Option<usize> {
    let lead = line.len() - line.trim_start_matches([' ', '\t', '-']).len();
    if let Some(i) = line.get(..lead).and_then(|lead| lead.find('\t')) {
        return Some(line_start + i);
    }
    if info.contains("tab") {
        return text.get(at..)?.find('\t').map(|i| at + i);
    }
    None
}

/// `name: Child's pose: kneeling`: the second `: ` makes the parser read
/// a key where a value goes. Quoting the value fixes it.
fn colon_in_value(line_start: usize, line: &str, at: usize, info: &str) -> Option<LoadError> {
    let shape = Shape::of(line)?;
    let key = shape.key?;
    let colon = at.checked_sub(line_start)?;
    if colon <= key.colon {
        // The line's own key is the trouble: a matter of indentation.
        return None;
    }
    let what = if line
        .get(colon + 1..)
        .is_some_and(|rest| rest.trim().is_empty())
    {
        "`:` at the end of"
    } else {
        "`: ` inside"
    };
    let explain = "YAML reads a colon followed by a space or a line break as the end of a key";
    if is_guide_key(key.text) {
        let value = plain_value(line.get(shape.value..)?)?;
        return Some(
            LoadError::new(
                format!("invalid YAML: {what} the value of `{}` ({info})", key.text),
                at..at + 1,
            )
            .help(format!(
                "{explain}; quote the whole value: `{}: {}`",
                key.text,
                quote(value)
            )),
        );
    }
    // `- Kneel down: then sit: slowly` is text, not a key and a value: the
    // first colon is the one that turned the item into a mapping.
    shape.dashes.last()?;
    let item = plain_value(line.get(key.start..)?)?;
    Some(
        LoadError::new(
            format!("invalid YAML: {what} a list item ({info})"),
            line_start + key.colon..line_start + key.colon + 1,
        )
        .help(format!(
            "{explain}; quote the whole item: `- {}`",
            quote(item)
        )),
    )
}

/// A key or list item out of line with its siblings. Replays the block
/// structure of the lines before the error (which the parser accepted) and
/// names the column the line's siblings start at.
fn bad_indentation(text: &str, at: usize) -> Option<LoadError> {
    let mut open: Vec<Level<'_>> = Vec::new();
    // The column of the node the previous line left without a value: the
    // next line may start anywhere to its right.
    let mut opened_by: Option<usize> = None;
    // Inside a block scalar (`|`, `>`) owned by a node at this column.
    let mut scalar_owner: Option<usize> = None;
    for (index, (start, line)) in Lines::new(text).enumerate() {
        let at_error = (start..=start + line.len()).contains(&at);
        let indent = line.len() - line.trim_start_matches(' ').len();
        if let Some(owner) = scalar_owner {
            if line.trim().is_empty() || indent > owner {
                if at_error {
                    return None;
                }
                continue;
            }
            scalar_owner = None;
        }
        let Some(shape) = Shape::of(line) else {
            if at_error {
                return None;
            }
            continue;
        };
        if at_error {
            return misplaced(&open, opened_by, &shape, start);
        }
        // Text that continues a value, or a flow collection's inside.
        let Some(last) = shape.key.map(|k| k.start).or(shape.dashes.last().copied()) else {
            opened_by = None;
            continue;
        };
        let starts_with_key = shape.dashes.is_empty();
        while open.last().is_some_and(|top| {
            top.column > shape.indent
                || (starts_with_key && top.column == shape.indent && top.kind == Kind::Seq)
        }) {
            open.pop();
        }
        let number = index + 1;
        for &dash in &shape.dashes {
            enter(&mut open, dash, Kind::Seq, number, "");
        }
        if let Some(key) = shape.key {
            enter(&mut open, key.start, Kind::Map, number, key.text);
        }
        opened_by = shape.opens.then_some(last);
        if shape.block_scalar {
            scalar_owner = Some(last);
        }
    }
    None
}

/// The error for a line whose first key or `-` sits at no column its open
/// mappings or lists use, or `None` when its place is fine.
fn misplaced(
    open: &[Level<'_>],
    opened_by: Option<usize>,
    shape: &Shape<'_>,
    line_start: usize,
) -> Option<LoadError> {
    let column = shape.indent;
    if opened_by.is_some_and(|parent| column > parent) {
        return None;
    }
    let (kind, len) = match (shape.dashes.first(), shape.key) {
        (Some(_), _) => (Kind::Seq, 1),
        (None, Some(key)) => (Kind::Map, key.text.len()),
        (None, None) => return None,
    };
    let siblings = || open.iter().filter(|level| level.kind == kind);
    if siblings().any(|level| level.column == column) {
        return None;
    }
    // The nearest column; between two, the deeper one.
    let nearest = siblings().min_by_key(|level| {
        (
            level.column.abs_diff(column),
            std::cmp::Reverse(level.column),
        )
    })?;
    // Indentation is spaces and `- `, so byte offsets are columns here.
    let (here, there) = (column + 1, nearest.column + 1);
    let span = line_start + column..line_start + column + len;
    Some(match (kind, shape.key) {
        (Kind::Map, Some(key)) => LoadError::new(
            format!(
                "invalid YAML: bad indentation: `{}` starts at column {here}, but the keys beside it start at column {there}",
                key.text
            ),
            span,
        )
        .help(format!(
            "move `{}` to column {there}, in line with `{}` on line {}",
            key.text, nearest.key, nearest.line
        )),
        _ => LoadError::new(
            format!(
                "invalid YAML: bad indentation: this list item starts at column {here}, but the items before it start at column {there}"
            ),
            span,
        )
        .help(format!(
            "move the `-` to column {there}, in line with the item on line {}",
            nearest.line
        )),
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Map,
    Seq,
}

/// An open block mapping or list: the column its keys or `-`s start at,
/// and the last line (and key) seen there.
struct Level<'a> {
    column: usize,
    kind: Kind,
    line: usize,
    key: &'a str,
}

fn enter<'a>(open: &mut Vec<Level<'a>>, column: usize, kind: Kind, line: usize, key: &'a str) {
    match open.last_mut() {
        Some(top) if top.column == column && top.kind == kind => {
            top.line = line;
            top.key = key;
        }
        _ => open.push(Level {
            column,
            kind,
            line,
            key,
        }),
    }
}

/// A plain `key:` on a line: where it starts, its text, where its colon is.
#[derive(Debug, Clone, Copy)]
struct Key<'a> {
    start: usize,
    text: &'a str,
    colon: usize,
}

/// How a line of block YAML begins. Offsets are bytes into the line.
#[derive(Debug)]
struct Shape<'a> {
    /// Leading spaces.
    indent: usize,
    /// The `- ` indicators that open the line.
    dashes: Vec<usize>,
    key: Option<Key<'a>>,
    /// Where the rest of the line (the key's value, or the item) starts.
    value: usize,
    /// The line ends (or a comment starts) right after its last key or
    /// `-`: its value is on the lines below.
    opens: bool,
    /// The value is a block scalar (`|`, `>`): the lines below are text.
    block_scalar: bool,
}

impl<'a> Shape<'a> {
    /// `None` for a blank line, a comment, or one indented with a tab.
    fn of(line: &'a str) -> Option<Self> {
        let bytes = line.as_bytes();
        let indent = line.len() - line.trim_start_matches(' ').len();
        if matches!(bytes.get(indent), None | Some(b'#' | b'\t' | b'\r')) {
            return None;
        }
        let mut pos = indent;
        let mut dashes = Vec::new();
        while bytes.get(pos) == Some(&b'-') && matches!(bytes.get(pos + 1), None | Some(b' ')) {
            dashes.push(pos);
            pos += 1;
            while bytes.get(pos) == Some(&b' ') {
                pos += 1;
            }
        }
        let key = line
            .get(pos..)
            .and_then(plain_key)
            .map(|(text, colon)| Key {
                start: pos,
                text,
                colon: pos + colon,
            });
        let mut value = key.map_or(pos, |k| k.colon + 1);
        while bytes.get(value) == Some(&b' ') {
            value += 1;
        }
        let rest = line.get(value..).unwrap_or_default().trim_end();
        let opens =
            (key.is_some() || !dashes.is_empty()) && (rest.is_empty() || rest.starts_with('#'));
        let block_scalar = rest.starts_with('|') || rest.starts_with('>');
        Some(Self {
            indent,
            dashes,
            key,
            value,
            opens,
            block_scalar,
        })
    }
}

/// `key: …` → (`key`, offset of its colon). Only plain keys: not quoted,
/// not a flow collection, not an alias or tag.
fn plain_key(rest: &str) -> Option<(&str, usize)> {
    let first = rest.chars().next()?;
    if "[]{}\"'&*!|>%@`#,?:-".contains(first) {
        return None;
    }
    let bytes = rest.as_bytes();
    let colon = bytes.iter().enumerate().position(|(i, &b)| {
        b == b':' && matches!(bytes.get(i + 1), None | Some(b' ' | b'\t' | b'\r'))
    })?;
    let key = rest.get(..colon)?;
    if key.contains(" #") {
        return None;
    }
    Some((key.trim_end(), colon))
}

/// A guide key: snake_case (the keys the schema knows, and misspellings).
fn is_guide_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// A plain value without its trailing comment, or `None` when it is
/// already quoted or a flow collection.
fn plain_value(rest: &str) -> Option<&str> {
    if rest.starts_with(['"', '\'', '[', '{']) {
        return None;
    }
    let end = rest
        .match_indices(" #")
        .next()
        .map_or(rest.len(), |(i, _)| i);
    let value = rest.get(..end)?.trim();
    (!value.is_empty()).then_some(value)
}

/// `value` as a YAML quoted scalar: double quotes unless it holds one (or a
/// backslash, an escape there), else single quotes with `'` doubled.
fn quote(value: &str) -> String {
    if value.contains(['"', '\\']) {
        format!("'{}'", value.replace('\'', "''"))
    } else {
        format!("\"{value}\"")
    }
}

/// The line holding byte `at`: its start and its text without the break.
fn line_around(text: &str, at: usize) -> (usize, &str) {
    let at = at.min(text.len());
    let start = text
        .get(..at)
        .and_then(|before| before.rfind(['\n', '\r']))
        .map_or(0, |i| i + 1);
    let end = text
        .get(at..)
        .and_then(|after| after.find(['\n', '\r']))
        .map_or(text.len(), |i| at + i);
    (start, text.get(start..end).unwrap_or_default())
}

/// 1-based line of byte `at` (`\n`, `\r\n` and a lone `\r` end a line).
fn line_number(text: &str, at: usize) -> usize {
    Lines::new(text.get(..at).unwrap_or(text)).count()
}

/// 1-based column, in characters, of byte `at`.
fn column(text: &str, at: usize) -> usize {
    let (start, _) = line_around(text, at);
    text.get(start..at)
        .map_or(0, |before| before.chars().count())
        + 1
}

/// The lines of a text with their byte offsets; a line ends at `\n`,
/// `\r\n` or a lone `\r`, as in YAML.
struct Lines<'a> {
    text: &'a str,
    pos: usize,
    done: bool,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            pos: 0,
            done: false,
        }
    }
}

impl<'a> Iterator for Lines<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let start = self.pos;
        let rest = self.text.get(start..).unwrap_or_default();
        let Some(end) = rest.find(['\n', '\r']) else {
            self.done = true;
            return Some((start, rest));
        };
        let crlf = rest.get(end..end + 2) == Some("\r\n");
        self.pos = start + end + if crlf { 2 } else { 1 };
        Some((start, rest.get(..end).unwrap_or_default()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_quoted_the_way_yaml_reads_them_back() {
        assert_eq!(
            quote("Child's pose: kneeling"),
            "\"Child's pose: kneeling\""
        );
        assert_eq!(quote("The \"cat\": it's"), "'The \"cat\": it''s'");
        assert_eq!(quote(r"a\b: c"), r"'a\b: c'");
        for value in ["Child's pose: kneeling", "The \"cat\": it's", r"a\b: c"] {
            let text = format!("name: {}\n", quote(value));
            let root = crate::load::parse(&text, &crate::load::Limits::default()).unwrap();
            assert_eq!(
                root.get("name").unwrap().value.value,
                crate::tree::Value::Str(value.into())
            );
        }
    }

    #[test]
    fn lines_end_at_every_break() {
        let lines: Vec<_> = Lines::new("a\r\nb\rc\nd").collect();
        assert_eq!(lines, [(0, "a"), (3, "b"), (5, "c"), (7, "d")]);
        assert_eq!(line_number("a\r\nb\rc\nd", 7), 4);
        assert_eq!(column("ab\ncé x", 7), 4);
    }

    #[test]
    fn line_shapes() {
        let shape = Shape::of("  - - id: a # c").unwrap();
        assert_eq!(
            (shape.indent, shape.dashes.as_slice()),
            (2, [2, 4].as_slice())
        );
        let key = shape.key.unwrap();
        assert_eq!((key.start, key.text, key.colon), (6, "id", 8));
        assert!(!shape.opens);
        assert!(Shape::of("    steps:   # list").unwrap().opens);
        assert!(Shape::of("  -").unwrap().opens);
        assert!(Shape::of("  notes: |-").unwrap().block_scalar);
        assert!(Shape::of("   # comment").is_none());
        assert!(Shape::of("\t- x").is_none());
        assert!(Shape::of("  \"quoted\": x").unwrap().key.is_none());
        assert!(Shape::of("  text without a key").unwrap().key.is_none());
    }
}
