//! Bytes → spanned YAML tree.
//!
//! We drive saphyr's event parser ourselves instead of using its
//! `MarkedYaml` loader: the loader recurses once per nesting level (a
//! 3,000-deep file overflows the stack) and reports duplicate keys without
//! the first key's place. Driving the events lets us enforce the depth and
//! alias limits while building, and point at both keys.

use crate::load::source::{CharToByte, Span};
use crate::load::tree::{Entry, Node, Value};
use saphyr::Scalar;
use saphyr_parser::{Event, Parser, ScalarStyle, Span as YamlSpan, Tag};
use std::borrow::Cow;
use std::collections::hash_map::RandomState;
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasher;

#[doc(hidden)]
pub mod hints;
pub mod scalar;
pub mod source;
pub mod tree;

/// Bounds on what one file may cost. Each has a command-line flag to raise it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub max_file_bytes: u64,
    pub max_depth: usize,
    pub max_alias_nodes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_file_bytes: 10 * 1024 * 1024,
            max_depth: 64,
            max_alias_nodes: 10_000,
        }
    }
}

/// Why a file could not become a tree.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError {
    pub message: String,
    pub span: Span,
    pub help: Option<String>,
    /// A second place that explains the first (the earlier duplicate key).
    pub related: Option<(Span, String)>,
}

impl LoadError {
    pub fn new(message: impl Into<String>, span: Span) -> Self {
        Self {
            message: message.into(),
            span,
            help: None,
            related: None,
        }
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// Bytes that are not UTF-8: their lossy text, to show where, and why.
#[derive(Debug)]
pub struct Undecodable {
    pub lossy: String,
    pub error: LoadError,
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Bytes → text: strips a UTF-8 byte order mark, rejects other encodings.
/// On failure the lossy text is returned so the error can still be shown.
pub fn decode(mut bytes: Vec<u8>) -> Result<String, Box<Undecodable>> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let lossy = String::from_utf8_lossy(&bytes).into_owned();
        let err =
            LoadError::new("the file is UTF-16, not UTF-8", 0..0).help("save the guide as UTF-8");
        return Err(Box::new(Undecodable { lossy, error: err }));
    }
    // The mark goes before decoding, so that positions in a file that is
    // not UTF-8 count from after it, as they do in one that is.
    let bom = if bytes.starts_with(UTF8_BOM) {
        bytes.drain(..UTF8_BOM.len());
        UTF8_BOM.len()
    } else {
        0
    };
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let byte = e.as_bytes().get(at).copied().unwrap_or(0);
            let offset = at + bom;
            let err = LoadError::new(
                format!("the file is not valid UTF-8 (byte 0x{byte:02X} at offset {offset})"),
                at..at + char::REPLACEMENT_CHARACTER.len_utf8(),
            )
            .help("save the guide as UTF-8");
            let err = if e.as_bytes().contains(&0) {
                err.help("the file holds binary data (NUL bytes); is it really a guide?")
            } else {
                err
            };
            Err(Box::new(Undecodable { lossy, error: err }))
        }
    }
}

/// Parse one YAML document into a spanned tree.
pub fn parse<'t>(text: &'t str, limits: &Limits) -> Result<Node<'t>, LoadError> {
    // `memchr` reads the text a vector at a time; `str::find` a word at a time.
    if let Some(at) = memchr::memchr(0, text.as_bytes()) {
        return Err(LoadError::new("the file holds a NUL byte", at..at + 1)
            .help("the file looks like binary data; a guide is UTF-8 text"));
    }
    let mut builder = Builder {
        text,
        map: CharToByte::new(text),
        limits: *limits,
        stack: Vec::new(),
        items: Vec::new(),
        entries: Vec::new(),
        anchors: HashMap::new(),
        anchored_nodes: 0,
        alias_nodes: 0,
        root: None,
        documents: 0,
        hasher: RandomState::new(),
        compact: text.len() >= COMPACT_FROM_BYTES,
    };
    let mut parser = Parser::new_from_str(text);
    loop {
        match parser.next_event() {
            None => break,
            Some(Err(e)) => {
                let at = builder.map.byte(e.marker().index());
                // saphyr's flow-nesting counter stops at 255 levels.
                if e.info().contains("recursion limit") {
                    return Err(LoadError::new(
                        "nesting is deeper than the YAML parser allows (255 flow levels)",
                        at..at,
                    )
                    .help(
                        "this parser limit cannot be raised; a guide needs fewer than 10 levels",
                    ));
                }
                // The parser's words, at the place to fix, with help for
                // the usual hand-made mistakes.
                return Err(hints::syntax_error(text, at, e.info()));
            }
            Some(Ok((event, span))) => {
                if builder.on_event(event, span)? {
                    break;
                }
            }
        }
    }
    builder.root.ok_or_else(|| {
        LoadError::new("the file holds no YAML document", 0..0)
            .help("a guide is a mapping that starts with `spotter: 1`")
    })
}

/// An open collection. Its finished children wait on the builder's shared
/// `items` / `entries` stacks from index `first` on, and move into a `Vec`
/// of exactly the right size when it closes: one allocation per collection,
/// no regrowth, no spare capacity kept in the tree.
enum Frame {
    Seq {
        start: usize,
        anchor: usize,
        first: usize,
    },
    Map {
        start: usize,
        anchor: usize,
        first: usize,
        key: Option<(Cow<'static, str>, Span)>,
        /// Hashes of the keys, once the mapping is too big to scan for a
        /// duplicate on every key (a flat 10 MB mapping would be quadratic).
        seen: Option<HashSet<u64>>,
    },
}

/// Mappings up to this size look for a duplicate key by scanning.
const SCAN_KEYS_UP_TO: usize = 16;

struct Builder<'a> {
    text: &'a str,
    map: CharToByte<'a>,
    limits: Limits,
    stack: Vec<Frame>,
    /// The finished children of every open sequence / mapping (see `Frame`).
    items: Vec<Node<'a>>,
    entries: Vec<Entry<'a>>,
    /// Anchored nodes with their node counts, for alias expansion; `None`
    /// when the node was too big to keep.
    anchors: HashMap<usize, Option<(Node<'a>, usize)>>,
    /// Nodes kept in `anchors`, bounded by a multiple of the alias limit.
    anchored_nodes: usize,
    alias_nodes: usize,
    root: Option<Node<'a>>,
    documents: usize,
    hasher: RandomState,
    /// Trim the spare capacity the scanner leaves in every scalar string it
    /// could not hand over as a slice of the text (over 100 bytes each).
    /// The tree keeps every scalar, so in a large file that slack would add
    /// to its memory; in a small one the copy costs more time than the
    /// memory is worth.
    compact: bool,
}

/// Files at least this large get exact-size scalar strings (see `compact`).
pub const COMPACT_FROM_BYTES: usize = 256 * 1024;

impl<'a> Builder<'a> {
    fn span(&self, span: &YamlSpan) -> Span {
        let start = self.map.byte(span.start.index());
        // A block collection's start and end are empty: one lookup.
        if span.end.index() == span.start.index() {
            return start..start;
        }
        let end = self.map.byte(span.end.index()).max(start);
        start..end
    }

    /// The byte span of an event: where its slice of the text lies when the
    /// parser returned a plain scalar borrowed (most of them), so the
    /// parser's character offsets need no counting; else mapped from those.
    fn event_span(&self, event: &Event<'_>, span: &YamlSpan) -> Span {
        // An anchor or a tag before the scalar starts the event's span.
        if let Event::Scalar(Cow::Borrowed(value), ScalarStyle::Plain, 0, None) = event
            && let Some(bytes) = slice_range(self.text, value)
        {
            self.map.remember(span.end.index(), bytes.end);
            return bytes;
        }
        self.span(span)
    }

    /// Returns `Ok(true)` when the stream has ended.
    fn on_event(&mut self, event: Event<'a>, yspan: YamlSpan) -> Result<bool, LoadError> {
        let span = self.event_span(&event, &yspan);
        match event {
            Event::StreamEnd => return Ok(true),
            Event::DocumentStart(_) => self.on_document_start(&span)?,
            Event::Scalar(value, style, anchor, tag) => {
                self.on_scalar(value, style, anchor, tag.as_deref(), span)?;
            }
            Event::Alias(id) => self.on_alias(id, span)?,
            Event::SequenceStart(anchor, tag) => {
                check_collection_tag(tag.as_deref(), "seq", &span)?;
                let first = self.items.len();
                self.open(
                    Frame::Seq {
                        start: span.start,
                        anchor,
                        first,
                    },
                    &span,
                )?;
            }
            Event::MappingStart(anchor, tag) => {
                check_collection_tag(tag.as_deref(), "map", &span)?;
                let frame = Frame::Map {
                    start: span.start,
                    anchor,
                    first: self.entries.len(),
                    key: None,
                    seen: None,
                };
                self.open(frame, &span)?;
            }
            Event::SequenceEnd | Event::MappingEnd => self.close(span)?,
            Event::Nothing | Event::StreamStart | Event::DocumentEnd => {}
        }
        Ok(false)
    }

    fn on_document_start(&mut self, span: &Span) -> Result<(), LoadError> {
        self.documents += 1;
        if self.documents > 1 {
            return Err(LoadError::new(
                "the file holds more than one YAML document",
                span.start..span.start + 3,
            )
            .help("put each guide in a file of its own"));
        }
        Ok(())
    }

    /// A scalar: a mapping's key is held in its frame until its value
    /// comes; any other scalar is a node.
    fn on_scalar(
        &mut self,
        value: Cow<'a, str>,
        style: ScalarStyle,
        anchor: usize,
        tag: Option<&Tag>,
        span: Span,
    ) -> Result<(), LoadError> {
        let span = quoted_span(self.text, span, style);
        let value = match scalar(value, style, tag, &span)? {
            // A mapping's key, as the parser handed it: a key of the
            // guide format is not copied (`tree::key`).
            Scalar::String(text) if anchor == 0 => {
                if let Some(Frame::Map {
                    key: key @ None, ..
                }) = self.stack.last_mut()
                {
                    *key = Some((tree::key(text), span));
                    return Ok(());
                }
                Value::Str(text)
            }
            scalar => value_of(scalar),
        };
        let node = Node {
            value: match value {
                Value::Str(Cow::Owned(text)) if self.compact => {
                    Value::Str(Cow::Owned(exact_size(text)))
                }
                value => value,
            },
            span,
        };
        self.complete(node, anchor)
    }

    /// An alias: a copy of its anchor's node, within the alias limit.
    fn on_alias(&mut self, id: usize, span: Span) -> Result<(), LoadError> {
        let Some(anchored) = self.anchors.get(&id) else {
            return Err(LoadError::new("alias to an unknown anchor", span));
        };
        // An anchor too big to keep is too big to expand.
        let count = anchored.as_ref().map_or(usize::MAX, |(_, count)| *count);
        self.alias_nodes = self.alias_nodes.saturating_add(count);
        if let (Some((node, _)), true) = (anchored, self.alias_nodes <= self.limits.max_alias_nodes)
        {
            let mut node = node.clone();
            node.span = span;
            return self.complete(node, 0);
        }
        Err(LoadError::new(
            format!(
                "aliases expand to more than {} nodes (alias limit)",
                self.limits.max_alias_nodes
            ),
            span,
        )
        .help("raise it with `--max-alias-nodes N` if this file is genuine"))
    }

    /// The end of a sequence or mapping: its items become its node.
    fn close(&mut self, span: Span) -> Result<(), LoadError> {
        let (start, anchor, value) = match self.stack.pop() {
            Some(Frame::Seq {
                start,
                anchor,
                first,
            }) => (
                start,
                anchor,
                Value::Seq(self.items.drain(first..).collect()),
            ),
            Some(Frame::Map {
                start,
                anchor,
                first,
                ..
            }) => (
                start,
                anchor,
                Value::Map(self.entries.drain(first..).collect()),
            ),
            None => return Err(LoadError::new("unbalanced YAML collection", span)),
        };
        let node = Node {
            span: start..span.end.max(start),
            value,
        };
        self.complete(node, anchor)
    }

    fn open(&mut self, frame: Frame, span: &Span) -> Result<(), LoadError> {
        if self.stack.len() >= self.limits.max_depth {
            return Err(LoadError::new(
                format!(
                    "nesting is deeper than {} levels (depth limit)",
                    self.limits.max_depth
                ),
                span.start..span.start + 1,
            )
            .help("raise it with `--max-depth N` if this file is genuine"));
        }
        self.stack.push(frame);
        Ok(())
    }

    /// A node is finished: hand it to its parent (or make it the root).
    fn complete(&mut self, node: Node<'a>, anchor: usize) -> Result<(), LoadError> {
        if anchor > 0 {
            // Keep a copy for aliases only while it could ever be expanded,
            // and only up to a total budget: nested anchors around a large
            // node would otherwise copy it once per level.
            let budget = self.limits.max_alias_nodes;
            let kept = count_nodes_up_to(&node, budget)
                .filter(|count| {
                    self.anchored_nodes.saturating_add(*count) <= budget.saturating_mul(4)
                })
                .map(|count| {
                    self.anchored_nodes += count;
                    (node.clone(), count)
                });
            self.anchors.insert(anchor, kept);
        }
        let duplicate = match self.stack.last_mut() {
            None => {
                self.root = Some(node);
                None
            }
            Some(Frame::Seq { .. }) => {
                self.items.push(node);
                None
            }
            Some(Frame::Map {
                first, key, seen, ..
            }) => match key.take() {
                None => {
                    *key = Some(mapping_key(node)?);
                    None
                }
                Some((key, key_span)) => {
                    let entries = self.entries.get(*first..).unwrap_or_default();
                    let maybe_seen = match seen {
                        Some(seen) => !seen.insert(self.hasher.hash_one(&key)),
                        None if entries.len() < SCAN_KEYS_UP_TO => true,
                        None => {
                            let mut hashes: HashSet<u64> = entries
                                .iter()
                                .map(|e| self.hasher.hash_one(&e.key))
                                .collect();
                            let fresh = hashes.insert(self.hasher.hash_one(&key));
                            *seen = Some(hashes);
                            !fresh
                        }
                    };
                    let first = if maybe_seen {
                        entries.iter().find(|e| same_key(&e.key, &key))
                    } else {
                        None
                    };
                    if let Some(first) = first {
                        Some((key, key_span, node.span.end, first.key_span.clone()))
                    } else {
                        self.entries.push(Entry {
                            key,
                            key_span,
                            value: node,
                        });
                        None
                    }
                }
            },
        };
        match duplicate {
            Some((key, key_span, value_end, first)) => {
                Err(self.duplicate_key(&key, key_span, value_end, first))
            }
            None => Ok(()),
        }
    }

    /// A key seen twice in the innermost open mapping. In an item of a
    /// block list, the second one most likely starts an item whose `- `
    /// was forgotten.
    fn duplicate_key(&self, key: &str, key_span: Span, value_end: usize, first: Span) -> LoadError {
        let text = self.text;
        let open = |back: usize| {
            self.stack
                .len()
                .checked_sub(back)
                .and_then(|i| self.stack.get(i))
        };
        let starts_with = |at: usize, c: char| text.get(at..).is_some_and(|s| s.starts_with(c));
        // A block mapping (not `{…}`) that is an item of a list.
        let item = match (open(1), open(2)) {
            (Some(Frame::Map { start, .. }), Some(Frame::Seq { start: list, .. }))
                if !starts_with(*start, '{') =>
            {
                Some((*start, *list))
            }
            _ => None,
        };
        // The `-` of this item (`- id: a`), else the list's first one
        // (none in a `[…]` list).
        let dash = item.and_then(|(start, list)| {
            text.get(..start)
                .and_then(|before| before.trim_end_matches(' ').len().checked_sub(1))
                .filter(|&at| starts_with(at, '-'))
                .or(Some(list).filter(|&at| starts_with(at, '-')))
        });
        let item = item.map(|(start, _)| start);
        if let (Some(item), Some(dash)) = (item, dash) {
            return hints::missing_dash(self.text, key, key_span, value_end, first, dash, item);
        }
        let mut err = LoadError::new(format!("duplicate key `{key}`"), key_span)
            .help("a key may appear once in a mapping; remove one of them");
        err.related = Some((first, "first defined here".into()));
        err
    }
}

/// Whether two keys the builder made are the same. Both borrowed means both
/// are the guide format's keys from `tree::key`, each held once: the same
/// key is the same place, so no text is compared.
#[allow(clippy::ptr_arg, reason = "whether a key is borrowed is what is asked")]
fn same_key(a: &Cow<'static, str>, b: &Cow<'static, str>) -> bool {
    match (a, b) {
        (Cow::Borrowed(a), Cow::Borrowed(b)) => std::ptr::eq(*a, *b),
        _ => a == b,
    }
}

/// Where `part`, a non-empty slice of `text`, lies in it.
fn slice_range(text: &str, part: &str) -> Option<Span> {
    let start = (part.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    let end = start.checked_add(part.len())?;
    (!part.is_empty() && end <= text.len()).then_some(start..end)
}

/// The number of nodes in `node`, its text charged as nodes too (see
/// [`BYTES_PER_NODE`]), or `None` once it passes `limit` (so counting a
/// huge node costs no more than the limit).
fn count_nodes_up_to(node: &Node<'_>, limit: usize) -> Option<usize> {
    // Iterative, so a wide or deep anchored node cannot exhaust the stack.
    let mut count = 0usize;
    let mut todo = vec![node];
    while let Some(n) = todo.pop() {
        count = count.saturating_add(1);
        match &n.value {
            Value::Seq(items) => todo.extend(items.iter()),
            Value::Map(entries) => {
                for entry in entries {
                    count = count.saturating_add(entry.key.len() / BYTES_PER_NODE);
                    todo.push(&entry.value);
                }
            }
            Value::Str(text) => count = count.saturating_add(text.len() / BYTES_PER_NODE),
            _ => {}
        }
        if count > limit {
            return None;
        }
    }
    Some(count)
}

/// Text an alias copies is charged one node for every this many bytes,
/// about what a node itself takes, so the alias limit bounds the memory a
/// copy takes and not only its nodes: one alias of a 5 MB string is 5 MB.
const BYTES_PER_NODE: usize = 64;

fn mapping_key(node: Node<'_>) -> Result<(Cow<'static, str>, Span), LoadError> {
    let key = match node.value {
        Value::Str(s) => return Ok((tree::key(s), node.span)),
        Value::Null => String::new(),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => f.to_string(),
        Value::Seq(_) | Value::Map(_) => {
            return Err(LoadError::new(
                "a mapping key must be a plain string, not a collection",
                node.head_span(),
            ));
        }
    };
    Ok((Cow::Owned(key), node.span))
}

/// The text without the spare capacity the scanner leaves in every scalar
/// (over 100 bytes each).
fn exact_size(text: String) -> String {
    if text.capacity() > text.len() + 8 {
        text.as_str().to_owned()
    } else {
        text
    }
}

fn tag_name(tag: &Tag) -> String {
    if tag.is_yaml_core_schema() {
        format!("!!{}", tag.suffix)
    } else {
        format!("{}{}", tag.handle, tag.suffix)
    }
}

fn unsupported_tag(tag: &Tag, span: &Span) -> LoadError {
    LoadError::new(
        format!(
            "the YAML tag `{}` is not supported in guides",
            tag_name(tag)
        ),
        span.clone(),
    )
    .help("remove the tag; guides hold plain strings, numbers, lists and mappings")
}

fn check_collection_tag(tag: Option<&Tag>, expected: &str, span: &Span) -> Result<(), LoadError> {
    match tag {
        Some(tag) if !(tag.is_yaml_core_schema() && tag.suffix == expected) => {
            Err(unsupported_tag(tag, &(span.start..span.start + 1)))
        }
        _ => Ok(()),
    }
}

/// A scalar event's value: its text stays as the parser gave it (borrowed,
/// most of the time) when it is a string.
fn scalar<'t>(
    text: Cow<'t, str>,
    style: ScalarStyle,
    tag: Option<&Tag>,
    span: &Span,
) -> Result<Scalar<'t>, LoadError> {
    if tag.is_none() {
        // Fast path for the common case, with the same result as saphyr's
        // core-schema resolution below: a quoted scalar is a string, and so
        // is a plain one that starts with a letter, unless it is one of the
        // spellings of `null`, `true` or `false` (no number starts with a
        // letter), and one with a byte that no null, boolean or number holds
        // (a blank, a dash other than `-`, a letter outside ASCII: `10 s`,
        // `1–3`). Most keys of a guide (`hold`, `risk`, `steps`) have the
        // length of `true` or `false`: they are told apart by their text,
        // not sent through the resolution.
        let bytes = text.as_bytes();
        let plain_word = bytes.first().is_some_and(u8::is_ascii_alphabetic) && !is_core_word(&text);
        if style != ScalarStyle::Plain || plain_word || bytes.iter().any(|&b| !core_byte(b)) {
            return Ok(Scalar::String(text));
        }
    }
    if let Some(tag) = tag {
        let core = ["str", "int", "float", "bool", "null"];
        if !(tag.is_yaml_core_schema() && core.contains(&tag.suffix.as_str())) {
            return Err(unsupported_tag(tag, span));
        }
    }
    resolve_core_schema(text, style, tag)
        .ok_or_else(|| LoadError::new("the value does not match its YAML tag", span.clone()))
}

/// The plain words the core schema reads as a null or a boolean (saphyr's
/// `Scalar::parse_from_cow`).
fn is_core_word(text: &str) -> bool {
    matches!(
        text,
        "null" | "Null" | "NULL" | "true" | "True" | "TRUE" | "false" | "False" | "FALSE"
    )
}

/// Whether `b` may be part of a plain null, boolean or number of the core
/// schema (`~`, `null`, `true`, `-1`, `0x1F`, `+.inf`, `1e5`...).
fn core_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.' | b'~')
}

fn value_of(scalar: Scalar<'_>) -> Value<'_> {
    match scalar {
        Scalar::Null => Value::Null,
        Scalar::Boolean(b) => Value::Bool(b),
        Scalar::Integer(i) => Value::Int(i),
        Scalar::FloatingPoint(f) => Value::Float(f.into_inner()),
        Scalar::String(s) => Value::Str(s),
    }
}

/// A scalar's value as the loader resolves it, for the tests that hold
/// its fast path to saphyr's.
#[doc(hidden)]
pub fn scalar_value<'t>(
    text: Cow<'t, str>,
    style: ScalarStyle,
    tag: Option<&Tag>,
    span: &Span,
) -> Result<Value<'t>, LoadError> {
    scalar(text, style, tag, span).map(value_of)
}

/// saphyr's core-schema resolution of a scalar. saphyr takes the types of
/// the released parser, which are not those of the vendored one that spotter
/// parses with (see Cargo.toml), although they are the same: hence the copy.
fn resolve_core_schema<'a>(
    text: Cow<'a, str>,
    style: ScalarStyle,
    tag: Option<&Tag>,
) -> Option<Scalar<'a>> {
    let style = match style {
        ScalarStyle::Plain => saphyr::ScalarStyle::Plain,
        ScalarStyle::SingleQuoted => saphyr::ScalarStyle::SingleQuoted,
        ScalarStyle::DoubleQuoted => saphyr::ScalarStyle::DoubleQuoted,
        ScalarStyle::Literal => saphyr::ScalarStyle::Literal,
        ScalarStyle::Folded => saphyr::ScalarStyle::Folded,
    };
    let tag = tag.map(|t| {
        Cow::Owned(saphyr::Tag {
            handle: t.handle.clone(),
            suffix: t.suffix.clone(),
        })
    });
    Scalar::parse_from_cow_and_metadata(text, style, tag.as_ref())
}

/// A quoted scalar's span ends at its closing quote: the parser's runs on
/// over the spaces and a comment after it, which a fix would replace.
fn quoted_span(text: &str, span: Span, style: ScalarStyle) -> Span {
    let quote = match style {
        ScalarStyle::SingleQuoted => b'\'',
        ScalarStyle::DoubleQuoted => b'"',
        _ => return span,
    };
    let Some(bytes) = text.as_bytes().get(span.clone()) else {
        return span;
    };
    if bytes.first() != Some(&quote) {
        return span;
    }
    let mut at = 1;
    while let Some(&b) = bytes.get(at) {
        match b {
            b'\\' if quote == b'"' => at += 2,
            b'\'' if quote == b'\'' && bytes.get(at + 1) == Some(&b'\'') => at += 2,
            b if b == quote => return span.start..span.start + at + 1,
            _ => at += 1,
        }
    }
    span
}
