//! Help for YAML syntax errors. The parser says what it expected at the
//! place it gave up; for the mistakes people make by hand — a colon inside
//! a value, a tab in the indentation, a key out of line with its siblings,
//! a forgotten `- ` — this says where the mistake is and how to fix it.
//!
//! Only a file that failed to parse comes here, so clarity matters more
//! than speed: one pass over the lines before the error (and, for an item
//! whose `- ` was forgotten, over that item's lines after it).

use super::LoadError;
use crate::load::scalar::quote;
use crate::load::source::Span;

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
        // The plain words first; the parser's own, for a search, after.
        return LoadError::new(
            format!("invalid YAML: a tab in the indentation, where YAML allows only spaces (the parser says: {info})"),
            tab..tab + 1,
        )
        .help(TAB_HELP);
    }
    if info.contains("mapping values are not allowed")
        && let Some(err) = colon_in_value(line_start, line, at, info)
    {
        return err;
    }
    if info.contains("invalid trailing content after")
        && let Some(err) = apostrophe_in_single_quotes(line_start, line, at)
    {
        return err;
    }
    let indentation = INDENTATION_ERRORS.iter().any(|e| info.contains(e));
    if (indentation || info.contains("simple key expect"))
        && let Some(err) = bad_indentation(text, at, indentation)
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

/// `name: 'Child's pose'`: the apostrophe closes the single-quoted value,
/// and the parser finds text after it. Inside single quotes an apostrophe
/// is written twice; double quotes need nothing.
fn apostrophe_in_single_quotes(line_start: usize, line: &str, at: usize) -> Option<LoadError> {
    let shape = Shape::of(line)?;
    let open = shape.value;
    let before = line
        .get(..at.checked_sub(line_start)?)?
        .trim_end_matches(' ');
    // The quote that closed the value early, after the one that opened it.
    let early = before.len().checked_sub(1)?;
    if line.get(open..open + 1) != Some("'") || early <= open || !before.ends_with('\'') {
        return None;
    }
    // The value ends at the last `'` that only a comment may follow; with
    // none, at the end of the line.
    let rest = |i: usize| line.get(i + 1..).unwrap_or_default().trim_start();
    let close = line
        .match_indices('\'')
        .map(|(i, _)| i)
        .filter(|&i| i > early)
        .rfind(|&i| rest(i).is_empty() || rest(i).starts_with('#'));
    let inner = match close {
        Some(close) => line.get(open + 1..close)?,
        None => line.get(open + 1..)?.trim_end(),
    };
    let value = inner.replace("''", "'");
    let prefix = line.get(shape.indent..open)?;
    let doubled = format!("`{prefix}'{}'`", value.replace('\'', "''"));
    let help = if value.contains(['"', '\\']) {
        format!("inside single quotes write an apostrophe as two: {doubled}")
    } else {
        format!(
            "inside single quotes write an apostrophe as two: {doubled}, or use double quotes: `{prefix}\"{value}\"`"
        )
    };
    let what = match shape.key {
        Some(key) if key.start < open => format!("the single-quoted value of `{}`", key.text),
        _ if !shape.dashes.is_empty() => "a single-quoted list item".to_string(),
        _ => "a single-quoted value".to_string(),
    };
    let at = line_start + early;
    Some(
        LoadError::new(
            format!("invalid YAML: an apostrophe ends {what} early"),
            at..at + 1,
        )
        .help(help),
    )
}

/// A key or list item out of line with its siblings, or a list item that
/// lacks its `- `. Replays the block structure of the lines before the
/// error (which the parser accepted) and names the column the line's
/// siblings start at. `indentation` says the parser complained of the
/// indentation; otherwise only a forgotten `- ` is looked for.
fn bad_indentation(text: &str, at: usize, indentation: bool) -> Option<LoadError> {
    let mut open: Vec<Level<'_>> = Vec::new();
    // The column of the node the previous line left without a value: the
    // next line may start anywhere to its right.
    let mut opened_by: Option<usize> = None;
    // Inside a block scalar (`|`, `>`) owned by a node at this column.
    let mut scalar_owner: Option<usize> = None;
    // A line of text in a list of text, at its `-`s' column: an item whose
    // `- ` was forgotten. The parser only gives up on a later line.
    let mut dashless: Option<LoadError> = None;
    // The number of the last line with content.
    let mut last_content = 0;
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
                return dashless;
            }
            continue;
        };
        let here = Line {
            number: index + 1,
            start,
            text: line,
        };
        let bare = shape.key.is_none() && shape.dashes.is_empty();
        if bare && dashless.is_none() && opened_by.is_none() {
            dashless = dashless_item(&open, &shape, here);
        }
        if at_error {
            if dashless.is_some() || !indentation {
                return dashless;
            }
            return misplaced(text, &open, opened_by, &shape, here, last_content);
        }
        last_content = here.number;
        // Text that continues a value, or a flow collection's inside.
        let Some(last) = shape.key.map(|k| k.start).or(shape.dashes.last().copied()) else {
            opened_by = None;
            continue;
        };
        dashless = None;
        let starts_with_key = shape.dashes.is_empty();
        while open.last().is_some_and(|top| {
            top.column > shape.indent
                || (starts_with_key && top.column == shape.indent && top.kind == Kind::Seq)
        }) {
            open.pop();
        }
        let text_item = shape.key.is_none() && (!shape.opens || shape.block_scalar);
        for (i, &dash) in shape.dashes.iter().enumerate() {
            let last_dash = i + 1 == shape.dashes.len();
            enter(&mut open, dash, Kind::Seq, here, "", last_dash && text_item);
        }
        if let Some(key) = shape.key {
            enter(&mut open, key.start, Kind::Map, here, key.text, false);
        }
        opened_by = shape.opens.then_some(last);
        if shape.block_scalar {
            scalar_owner = Some(last);
        }
    }
    None
}

/// A line of text without a key, at the column of the `-`s of an open list
/// of text: an item whose `- ` was forgotten.
fn dashless_item(open: &[Level<'_>], shape: &Shape<'_>, line: Line<'_>) -> Option<LoadError> {
    let list = open.len().checked_sub(1)?;
    let seq = open.get(list)?;
    if seq.kind != Kind::Seq || seq.column != shape.indent || !seq.text_items {
        return None;
    }
    let (item, _) = item_text(line.text.get(shape.indent..)?)?;
    let start = line.start + shape.indent;
    Some(
        LoadError::new(
            format!(
                "invalid YAML: an item of {} is missing its `- `",
                list_name(open, list)
            ),
            start..start + item_len(line.text.get(shape.indent..)?),
        )
        .help(format!(
            "write `- {item}` with the `-` at column {}, as on line {}",
            seq.column + 1,
            seq.line
        )),
    )
}

/// How a message names the list at `open[index]`: by the key it is the
/// value of.
fn list_name(open: &[Level<'_>], index: usize) -> String {
    index
        .checked_sub(1)
        .and_then(|parent| open.get(parent))
        .filter(|parent| parent.kind == Kind::Map)
        .map_or_else(
            || "this list".to_string(),
            |parent| format!("`{}`", parent.key),
        )
}

/// A list item of text as it should be written after `- `, and whether it
/// had to be quoted; `None` when there is no text.
fn item_text(rest: &str) -> Option<(String, bool)> {
    if rest.starts_with(['"', '\'']) {
        let rest = rest.trim_end();
        return (!rest.is_empty()).then(|| (rest.to_string(), false));
    }
    let text = plain_value(rest)?;
    let special = text.starts_with(|c: char| "[]{}&*!|>%@`#,".contains(c))
        || ["- ", "? ", ": "].iter().any(|p| text.starts_with(p));
    if plain_key(text).is_some() || special {
        Some((quote(text), true))
    } else {
        Some((text.to_string(), false))
    }
}

/// The length of an item's text, without a trailing comment.
fn item_len(rest: &str) -> usize {
    if rest.starts_with(['"', '\'']) {
        return rest.trim_end().len();
    }
    plain_value(rest).map_or(0, str::len)
}

/// `key: value` as written from `key` on, without a trailing comment (kept
/// when the value is quoted, where `#` may be text).
fn entry_text<'a>(line: &'a str, key: Key<'_>) -> &'a str {
    let rest = line.get(key.start..).unwrap_or_default();
    let value = line.get(key.colon + 1..).unwrap_or_default().trim_start();
    if value.starts_with(['"', '\'', '[', '{']) {
        return rest.trim_end();
    }
    rest.match_indices(" #")
        .next()
        .and_then(|(end, _)| rest.get(..end))
        .unwrap_or(rest)
        .trim_end()
}

/// The error for a line whose first key or `-` sits at no column its open
/// mappings or lists use, or `None` when its place is fine.
fn misplaced(
    text: &str,
    open: &[Level<'_>],
    opened_by: Option<usize>,
    shape: &Shape<'_>,
    line: Line<'_>,
    last_content: usize,
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
    let forgotten = match shape.key {
        Some(key) if kind == Kind::Map => item_at_dash_column(text, open, shape, key, line)
            .or_else(|| first_item_at_dash_column(open, key, line)),
        _ => first_item_above_a_dash(open, column, line, last_content),
    };
    if forgotten.is_some() {
        return forgotten;
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
    let span = line.start + column..line.start + column + len;
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

/// `  id: cat-arch` where the items of a list put their `-`: a later item
/// whose `- ` was forgotten, when the item before it has that key too (else
/// the key belongs to that item, one level out), or any line of a list of
/// text.
fn item_at_dash_column(
    text: &str,
    open: &[Level<'_>],
    shape: &Shape<'_>,
    key: Key<'_>,
    line: Line<'_>,
) -> Option<LoadError> {
    let column = shape.indent;
    let list = open
        .iter()
        .rposition(|level| level.kind == Kind::Seq && level.column == column)?;
    let seq = open.get(list)?;
    let message = format!(
        "invalid YAML: an item of {} is missing its `- ` (`{}` starts at column {}, where each item's `-` goes)",
        list_name(open, list),
        key.text,
        column + 1
    );
    let span = line.start + key.start..line.start + key.start + key.text.len();
    let dash_at = format!(
        "with the `-` at column {}, as on line {}",
        column + 1,
        seq.line
    );
    if seq.text_items {
        let (item, quoted) = item_text(line.text.get(column..)?)?;
        let why = if quoted {
            " (quoted, or its `: ` would make it a key)"
        } else {
            ""
        };
        return Some(
            LoadError::new(message, span).help(format!("write `- {item}` {dash_at}{why}")),
        );
    }
    // A key the item before has not got belongs to that item.
    open.get(list + 1)
        .filter(|item| item.kind == Kind::Map && item.keys.contains(&key.text))?;
    // The item's other lines: at the `-`'s column too, they move with it.
    let mut rest = Lines::new(text)
        .skip(line.number)
        .zip(line.number + 1..)
        .filter_map(|((_, l), number)| Shape::of(l).map(|shape| (number, shape)))
        .take_while(|(_, s)| s.indent > column || (s.indent == column && s.dashes.is_empty()));
    let shift = match rest.next() {
        Some((first, s)) if s.indent == column => {
            let last = rest.last().map_or(first, |(number, _)| number);
            shifted(first, last, 2, key.text, column + 3)
        }
        _ => String::new(),
    };
    Some(LoadError::new(message, span).help(format!(
        "write `- {}` {dash_at}{shift}",
        entry_text(line.text, key)
    )))
}

/// `  id: ex-one` right under `exercises:`, then `    name: …`: the first
/// item, whose `- ` was forgotten (only for the lists of mappings a guide
/// has, where that is what such a line means).
fn first_item_at_dash_column(
    open: &[Level<'_>],
    key: Key<'_>,
    line: Line<'_>,
) -> Option<LoadError> {
    let index = open.len().checked_sub(1)?;
    let item = open.get(index)?;
    let parent = open.get(index.checked_sub(1)?)?;
    let first = item.keys.first()?;
    let lists = ["exercises", "warnings"];
    if item.kind != Kind::Map
        || item.keys.len() != 1
        || key.start != item.column + 2
        || parent.kind != Kind::Map
        || parent.column >= item.column
        || !lists.contains(&parent.key)
    {
        return None;
    }
    let first_key = Shape::of(item.first.text)?.key?;
    Some(
        LoadError::new(
            format!(
                "invalid YAML: the first item of `{}` is missing its `- ` (`{}` on line {} starts at column {}, deeper than `{first}`)",
                parent.key,
                key.text,
                line.number,
                key.start + 1
            ),
            item.first.start + first_key.start..item.first.start + first_key.start + first.len(),
        )
        .help(format!(
            "write `- {}` with the `-` at column {}, so that `{first}` lines up with `{}` at column {}",
            entry_text(item.first.text, first_key),
            item.column + 1,
            key.text,
            key.start + 1
        )),
    )
}

/// `    id: ex-one` right under `exercises:`, and later `  - id: …`: the
/// value of `exercises` is a list, whose first item lacks its `- `.
fn first_item_above_a_dash(
    open: &[Level<'_>],
    column: usize,
    line: Line<'_>,
    last_content: usize,
) -> Option<LoadError> {
    let index = open.iter().position(|level| level.column > column)?;
    let item = open.get(index)?;
    let parent = open.get(index.checked_sub(1)?)?;
    if item.kind != Kind::Map || parent.kind != Kind::Map || parent.column >= column {
        return None;
    }
    let first = item.keys.first()?;
    let first_key = Shape::of(item.first.text)?.key?;
    // Where the first key goes once the `- ` is written.
    let target = column + 2;
    let shift = shifted(
        item.first.number + 1,
        last_content,
        target as isize - item.column as isize,
        first,
        target + 1,
    );
    Some(
        LoadError::new(
            format!(
                "invalid YAML: the first item of `{}` is missing its `- ` (the item on line {} has one)",
                parent.key, line.number
            ),
            item.first.start + first_key.start..item.first.start + first_key.start + first.len(),
        )
        .help(format!(
            "write `- {}` with the `-` at column {}, as on line {}{shift}",
            entry_text(item.first.text, first_key),
            column + 1,
            line.number
        )),
    )
}

/// `, and move lines 6 to 15 two columns to the right, in line with `id`
/// at column 5` (empty when there are no such lines or no move).
fn shifted(first: usize, last: usize, by: isize, key: &str, column: usize) -> String {
    let lines = match first.cmp(&last) {
        std::cmp::Ordering::Greater => return String::new(),
        std::cmp::Ordering::Equal => format!("line {first}"),
        std::cmp::Ordering::Less => format!("lines {first} to {last}"),
    };
    let side = match by.cmp(&0) {
        std::cmp::Ordering::Equal => return String::new(),
        std::cmp::Ordering::Greater => "right",
        std::cmp::Ordering::Less => "left",
    };
    let by = match by.unsigned_abs() {
        1 => "one column".to_string(),
        2 => "two columns".to_string(),
        3 => "three columns".to_string(),
        4 => "four columns".to_string(),
        n => format!("{n} columns"),
    };
    format!(", and move {lines} {by} to the {side}, in line with `{key}` at column {column}")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Map,
    Seq,
}

/// A line of the text: its 1-based number, where it starts, what it says.
#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    number: usize,
    start: usize,
    text: &'a str,
}

/// An open block mapping or list: the column its keys or `-`s start at,
/// and the last line (and key) seen there.
struct Level<'a> {
    column: usize,
    kind: Kind,
    line: usize,
    key: &'a str,
    /// A mapping's keys so far.
    keys: Vec<&'a str>,
    /// The line it starts on.
    first: Line<'a>,
    /// A list whose last item is text.
    text_items: bool,
}

fn enter<'a>(
    open: &mut Vec<Level<'a>>,
    column: usize,
    kind: Kind,
    line: Line<'a>,
    key: &'a str,
    text_item: bool,
) {
    match open.last_mut() {
        Some(top) if top.column == column && top.kind == kind => {
            top.line = line.number;
            top.key = key;
            top.text_items = text_item;
            if kind == Kind::Map {
                top.keys.push(key);
            }
        }
        _ => open.push(Level {
            column,
            kind,
            line: line.number,
            key,
            keys: if kind == Kind::Map {
                vec![key]
            } else {
                Vec::new()
            },
            first: line,
            text_items: text_item,
        }),
    }
}

/// A plain `key:` on a line: where it starts, its text, where its colon is.
#[derive(Debug, Clone, Copy)]
pub struct Key<'a> {
    pub start: usize,
    pub text: &'a str,
    pub colon: usize,
}

/// How a line of block YAML begins. Offsets are bytes into the line.
#[derive(Debug)]
pub struct Shape<'a> {
    /// Leading spaces.
    pub indent: usize,
    /// The `- ` indicators that open the line.
    pub dashes: Vec<usize>,
    pub key: Option<Key<'a>>,
    /// Where the rest of the line (the key's value, or the item) starts.
    pub value: usize,
    /// The line ends (or a comment starts) right after its last key or
    /// `-`: its value is on the lines below.
    pub opens: bool,
    /// The value is a block scalar (`|`, `>`): the lines below are text.
    pub block_scalar: bool,
}

impl<'a> Shape<'a> {
    /// `None` for a blank line, a comment, or one indented with a tab.
    pub fn of(line: &'a str) -> Option<Self> {
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
pub fn line_number(text: &str, at: usize) -> usize {
    Lines::new(text.get(..at).unwrap_or(text)).count()
}

/// 1-based column, in characters, of byte `at`.
pub fn column(text: &str, at: usize) -> usize {
    let (start, _) = line_around(text, at);
    text.get(start..at)
        .map_or(0, |before| before.chars().count())
        + 1
}

/// The lines of a text with their byte offsets; a line ends at `\n`,
/// `\r\n` or a lone `\r`, as in YAML.
pub struct Lines<'a> {
    text: &'a str,
    pos: usize,
    done: bool,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Self {
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
