//! The spanned YAML tree: every key and every value keeps its byte span, so
//! any finding can point at the exact node.

use crate::load::source::Span;
use serde_json::Value as Json;
use std::borrow::Cow;

#[derive(Debug, Clone, PartialEq)]
pub struct Node<'t> {
    pub span: Span,
    pub value: Value<'t>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value<'t> {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// A string: borrowed from the file's text when the parser handed it
    /// over as a slice of it (a plain scalar on one line, most of them), so
    /// the tree costs no allocation for it; else the parser's own text.
    Str(Cow<'t, str>),
    Seq(Vec<Node<'t>>),
    Map(Vec<Entry<'t>>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entry<'t> {
    /// The key's text: one of the guide format's keys is borrowed (see
    /// [`key`]), so the tens of keys of every exercise cost no allocation.
    pub key: Cow<'static, str>,
    pub key_span: Span,
    pub value: Node<'t>,
}

/// `key` as an [`Entry`] holds it: borrowed when it is one of the guide
/// format's keys (the schema's properties), else copied.
pub fn key(key: Cow<'_, str>) -> Cow<'static, str> {
    match known_key(&key) {
        Some(known) => Cow::Borrowed(known),
        None => Cow::Owned(key.into_owned()),
    }
}

/// Every key of the guide format: the schema's properties.
const KEYS: [&str; 31] = [
    "contraindications",
    "equipment",
    "exercises",
    "frequency",
    "hold",
    "id",
    "kind",
    "max",
    "min",
    "name",
    "partner",
    "per",
    "position",
    "professional_only",
    "publisher",
    "repetitions",
    "reviewed_by",
    "reviewed_on",
    "risk",
    "role",
    "seconds",
    "source",
    "spotter",
    "steps",
    "summary",
    "supervision",
    "text",
    "title",
    "unit",
    "url",
    "warnings",
];

/// A key's slot in [`KEY_TABLE`], from its length and its first and last
/// bytes: no two of [`KEYS`] share one (the table's build checks it).
const fn key_slot(len: usize, first: u8, last: u8) -> usize {
    (len * 2 + first as usize + last as usize * 19) % 128
}

/// [`KEYS`] by [`key_slot`], `""` in the free slots.
static KEY_TABLE: [&str; 128] = {
    let mut table = [""; 128];
    let mut i = 0;
    while i < KEYS.len() {
        let key = KEYS[i].as_bytes();
        let slot = key_slot(key.len(), key[0], key[key.len() - 1]);
        assert!(table[slot].is_empty(), "two keys share a slot");
        table[slot] = KEYS[i];
        i += 1;
    }
    table
};

/// The guide format's key that `key` is, if it is one: one look in a table,
/// then one comparison (a `match` on the text compares it with each key in
/// turn).
fn known_key(key: &str) -> Option<&'static str> {
    let bytes = key.as_bytes();
    let (&first, &last) = (bytes.first()?, bytes.last()?);
    let known: &'static str = KEY_TABLE[key_slot(bytes.len(), first, last)];
    // Keys are a few bytes: a loop costs less than a call to `memcmp`.
    (known.len() == bytes.len() && known.bytes().zip(bytes.iter()).all(|(a, &b)| a == b))
        .then_some(known)
}

/// One step of a path into a guide: a mapping key or a sequence index.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Seg {
    Key(String),
    Index(usize),
}

impl From<&str> for Seg {
    fn from(key: &str) -> Self {
        Seg::Key(key.to_string())
    }
}

impl From<usize> for Seg {
    fn from(index: usize) -> Self {
        Seg::Index(index)
    }
}

/// Builds a path: `path!["exercises", 2, "hold"]`.
#[macro_export]
macro_rules! path {
    ($($seg:expr),* $(,)?) => { vec![$($crate::load::tree::Seg::from($seg)),*] };
}

impl<'t> Node<'t> {
    pub fn kind_name(&self) -> &'static str {
        match self.value {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Int(_) | Value::Float(_) => "a number",
            Value::Str(_) => "a string",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }

    pub fn get(&self, key: &str) -> Option<&Entry<'t>> {
        match &self.value {
            Value::Map(entries) => entries.iter().find(|e| e.key == key),
            _ => None,
        }
    }

    fn child(&self, seg: &Seg) -> Option<ChildRef<'_, 't>> {
        match (seg, &self.value) {
            (Seg::Key(key), Value::Map(_)) => self.get(key).map(ChildRef::Entry),
            (Seg::Index(i), Value::Seq(items)) => items.get(*i).map(ChildRef::Item),
            _ => None,
        }
    }

    /// The node at `path`, or the deepest node on the way when the path runs
    /// out; with the entry whose key leads to it, when there is one.
    pub fn resolve(&self, path: &[Seg]) -> Resolved<'_, 't> {
        let mut found = Resolved {
            node: self,
            entry: None,
            complete: true,
        };
        for seg in path {
            match found.node.child(seg) {
                Some(ChildRef::Entry(entry)) => {
                    found.node = &entry.value;
                    found.entry = Some(entry);
                }
                Some(ChildRef::Item(item)) => {
                    found.node = item;
                    found.entry = None;
                }
                None => {
                    found.complete = false;
                    break;
                }
            }
        }
        found
    }

    /// A short span that stands for the whole node: a collection's first key
    /// or its opening character, not every line it covers.
    pub fn head_span(&self) -> Span {
        match &self.value {
            Value::Map(entries) => entries
                .first()
                .map_or(self.span.start..self.span.start + 1, |e| e.key_span.clone()),
            Value::Seq(_) => self.span.start..self.span.start + 1,
            _ => self.span.clone(),
        }
    }

    /// The node as text, as JSON holds it: a string, or a YAML infinity or
    /// NaN, which JSON can only hold as text (as [`Node::to_json`] writes
    /// it, and the schema reads it).
    // Inlined: the schema, its walk and the model ask it of every scalar,
    // and a call cost more than the match.
    #[inline]
    pub fn json_text(&self) -> Option<std::borrow::Cow<'_, str>> {
        match &self.value {
            Value::Str(text) => Some(std::borrow::Cow::Borrowed(text.as_ref())),
            Value::Float(f) if !f.is_finite() => Some(std::borrow::Cow::Owned(f.to_string())),
            _ => None,
        }
    }

    pub fn to_json(&self) -> Json {
        match &self.value {
            Value::Null => Json::Null,
            Value::Bool(b) => Json::Bool(*b),
            Value::Int(i) => Json::from(*i),
            // JSON has no infinity or NaN: keep them as text, which the schema rejects.
            Value::Float(f) => serde_json::Number::from_f64(*f)
                .map_or_else(|| Json::String(f.to_string()), Json::Number),
            Value::Str(s) => Json::String(s.to_string()),
            Value::Seq(items) => Json::Array(items.iter().map(Node::to_json).collect()),
            Value::Map(entries) => {
                // Inserting one by one skips the sort-and-bulk-build that
                // `collect` does, which costs more for mappings this small.
                // The loader has already rejected duplicate keys.
                let mut map = serde_json::Map::new();
                for e in entries {
                    map.insert(e.key.to_string(), e.value.to_json());
                }
                Json::Object(map)
            }
        }
    }
}

enum ChildRef<'a, 't> {
    Entry(&'a Entry<'t>),
    Item(&'a Node<'t>),
}

pub struct Resolved<'a, 't> {
    pub node: &'a Node<'t>,
    /// The mapping entry whose value is `node`, if `node` is a mapping value.
    pub entry: Option<&'a Entry<'t>>,
    /// Whether every step of the path was found.
    pub complete: bool,
}
