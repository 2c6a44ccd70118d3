//! The spanned tree as `jsonschema` reads an instance, so a guide is
//! validated where it lies: building a `serde_json::Value` copy of every
//! guide (and dropping it) cost almost as much as validating it.
//!
//! It reads each node as [`Node::to_json`] writes it, which error messages
//! still use (`to_value` is only called on their cold path).

use crate::load::tree::{Entry, Node, Value};
use jsonschema::JsonType;
use jsonschema::json::{Array, Json, NodeIdentity, Object};
use std::borrow::Cow;

/// The tree as a JSON representation for `jsonschema`.
pub struct Tree;

/// Scratch node for the property names `propertyNames` reads.
pub struct NameBuffer(Node<'static>);

impl Default for NameBuffer {
    fn default() -> Self {
        NameBuffer(Node {
            span: 0..0,
            value: Value::Null,
        })
    }
}

impl Json for Tree {
    type Node<'a> = &'a Node<'a>;
    type PreparedKey = String;
    type StringBuffer = NameBuffer;

    // A lookup is a scan of a short list, as a members pass is.
    const KEYS_PER_LOOKUP: usize = 1;

    fn prepare_key(key: &str) -> String {
        key.to_owned()
    }

    fn with_string_node<T>(
        buffer: &mut NameBuffer,
        string: &str,
        f: impl FnOnce(Self::Node<'_>) -> T,
    ) -> T {
        if let Value::Str(Cow::Owned(existing)) = &mut buffer.0.value {
            existing.clear();
            existing.push_str(string);
        } else {
            buffer.0.value = Value::Str(Cow::Owned(string.to_owned()));
        }
        f(&buffer.0)
    }
}

/// JSON has no infinity or NaN: such a float is text, as `to_json` writes it.
fn finite(value: f64) -> Option<f64> {
    value.is_finite().then_some(value)
}

impl<'a> jsonschema::json::Node<'a, Tree> for &'a Node<'a> {
    type Object = &'a [Entry<'a>];
    type Array = &'a [Node<'a>];
    type Number = serde_json::Number;

    fn as_object(&self) -> Option<&'a [Entry<'a>]> {
        match &self.value {
            Value::Map(entries) => Some(entries),
            _ => None,
        }
    }

    fn as_array(&self) -> Option<&'a [Node<'a>]> {
        match &self.value {
            Value::Seq(items) => Some(items),
            _ => None,
        }
    }

    fn as_string(&self) -> Option<Cow<'a, str>> {
        self.json_text()
    }

    fn as_number(&self) -> Option<serde_json::Number> {
        match self.value {
            Value::Int(i) => Some(serde_json::Number::from(i)),
            Value::Float(f) => finite(f).and_then(serde_json::Number::from_f64),
            _ => None,
        }
    }

    fn as_boolean(&self) -> Option<bool> {
        match self.value {
            Value::Bool(b) => Some(b),
            _ => None,
        }
    }

    fn is_null(&self) -> bool {
        matches!(self.value, Value::Null)
    }

    fn json_type(&self) -> JsonType {
        match &self.value {
            Value::Null => JsonType::Null,
            Value::Bool(_) => JsonType::Boolean,
            Value::Int(_) => JsonType::Number,
            Value::Float(f) if finite(*f).is_some() => JsonType::Number,
            Value::Float(_) | Value::Str(_) => JsonType::String,
            Value::Seq(_) => JsonType::Array,
            Value::Map(_) => JsonType::Object,
        }
    }

    // `enum` and `const` compare every `risk` and `kind`: text is compared
    // where it lies, not copied into a value first.
    fn equals_value(&self, expected: &serde_json::Value) -> bool {
        match &self.value {
            Value::Str(text) => expected.as_str() == Some(text.as_ref()),
            _ => jsonschema::json::cmp::equal(&self.to_json(), expected),
        }
    }

    fn to_value(&self) -> Cow<'a, serde_json::Value> {
        Cow::Owned(self.to_json())
    }

    fn identity(&self) -> Option<NodeIdentity> {
        Some(NodeIdentity::new(std::ptr::from_ref::<Node>(*self) as usize))
    }
}

pub struct Members<'a>(std::slice::Iter<'a, Entry<'a>>);

impl<'a> Iterator for Members<'a> {
    type Item = (&'a str, &'a Node<'a>);

    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|e| (e.key.as_ref(), &e.value))
    }
}

impl<'a> Object<'a, Tree> for &'a [Entry<'a>] {
    type Node = &'a Node<'a>;
    type MemberName = &'a str;
    type MembersIter = Members<'a>;

    fn len(&self) -> usize {
        <[Entry]>::len(self)
    }

    // The loader has rejected duplicate keys, so the first is the only one.
    fn get(&self, key: &String) -> Option<&'a Node<'a>> {
        self.iter().find(|e| e.key == *key).map(|e| &e.value)
    }

    fn members(&self) -> Members<'a> {
        Members(self.iter())
    }
}

impl<'a> Array<'a, Tree> for &'a [Node<'a>] {
    type Node = &'a Node<'a>;
    type ElementsIter = std::slice::Iter<'a, Node<'a>>;

    fn len(&self) -> usize {
        <[Node]>::len(self)
    }

    fn elements(&self) -> std::slice::Iter<'a, Node<'a>> {
        self.iter()
    }
}
