//! Whether a guide is valid, said in one walk over its tree. Most guides
//! are, and asking `jsonschema` cost about 50 instructions a node (its
//! `$ref`s, `anyOf`s and `additionalProperties` each a call, each key
//! looked up in a list); this walk is the schema's keywords written out as
//! code. It may say `false` of a valid guide (a value in a form it does
//! not read, such as the mapping form of a duration): the validator then
//! decides. It never says `true` of an invalid one: the tests hold it to
//! the validator, and a change to the schema's keywords fails them until
//! this file is read again.

use super::NonBlank;
use super::patterns::Own;
use crate::load::tree::{Entry, Node, Value};

/// `true` only if `root` is valid against the published schema.
pub fn valid(root: &Node) -> bool {
    let Value::Map(entries) = &root.value else {
        return false;
    };
    let mut required = 0u8;
    for Entry { key, value, .. } in entries {
        let ok = match key.as_ref() {
            "spotter" => {
                required |= 1;
                matches!(value.value, Value::Int(1))
            }
            "id" => {
                required |= 2;
                pattern(value, Own::KebabId)
            }
            "title" => {
                required |= 4;
                text(value)
            }
            "exercises" => {
                required |= 8;
                matches!(&value.value, Value::Seq(items) if !items.is_empty() && items.iter().all(exercise))
            }
            "summary" => text(value),
            "source" => source(value),
            "warnings" => warnings(value),
            _ => false,
        };
        if !ok {
            return false;
        }
    }
    required == 15
}

/// `true` only if `node` is a valid item of a guide's `exercises`.
pub fn exercise(node: &Node) -> bool {
    let Value::Map(entries) = &node.value else {
        return false;
    };
    let mut required = 0u8;
    for Entry { key, value, .. } in entries {
        let ok = match key.as_ref() {
            "id" => {
                required |= 1;
                pattern(value, Own::KebabId)
            }
            "name" => {
                required |= 2;
                text(value)
            }
            "risk" => {
                required |= 4;
                one_of(value, &["low", "moderate", "high"])
            }
            "steps" => {
                required |= 8;
                matches!(&value.value, Value::Seq(items) if !items.is_empty() && items.iter().all(text))
            }
            "position" => one_of(
                value,
                &[
                    "seated",
                    "standing",
                    "supine",
                    "prone",
                    "kneeling",
                    "hands-and-knees",
                    "side-lying",
                ],
            ),
            "equipment" | "contraindications" => texts(value),
            "hold" => duration(value),
            "repetitions" => count(value),
            "frequency" => frequency(value),
            "warnings" => warnings(value),
            "partner" => {
                mapping(value, |key, value| match key {
                    "role" => Some(text(value)),
                    _ => None,
                }) == Some(1)
            }
            "supervision" => text(value),
            "professional_only" => matches!(value.value, Value::Bool(_)),
            _ => false,
        };
        if !ok {
            return false;
        }
    }
    required == 15
}

/// `definitions/duration`: the text form, `{seconds}` or `{min, max, unit}`.
fn duration(node: &Node) -> bool {
    if !matches!(node.value, Value::Map(_)) {
        return pattern(node, Own::Duration);
    }
    if node.get("seconds").is_some() {
        return mapping(node, |key, value| {
            (key == "seconds").then(|| positive(value))
        }) == Some(1);
    }
    let units = [
        "s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes",
    ];
    mapping(node, |key, value| match key {
        "min" | "max" => Some(positive(value)),
        "unit" => Some(one_of(value, &units)),
        _ => None,
    }) == Some(3)
}

/// `definitions/count`: a whole number from 1, the text form, or
/// `{min, max, per: side}` with `min` required.
fn count(node: &Node) -> bool {
    match node.value {
        Value::Int(n) => n >= 1,
        Value::Map(_) => {
            node.get("min").is_some()
                && mapping(node, |key, value| match key {
                    "min" | "max" => Some(whole(value)),
                    "per" => Some(one_of(value, &["side"])),
                    _ => None,
                })
                .is_some()
        }
        _ => pattern(node, Own::Count),
    }
}

/// `definitions/frequency`: the text form or `{min, max, per}`.
fn frequency(node: &Node) -> bool {
    if !matches!(node.value, Value::Map(_)) {
        return pattern(node, Own::Frequency);
    }
    mapping(node, |key, value| match key {
        "min" | "max" => Some(whole(value)),
        "per" => Some(one_of(value, &["day", "week"])),
        _ => None,
    }) == Some(3)
}

/// A number above 0 (`exclusiveMinimum: 0`); an infinity is text to the
/// schema.
fn positive(node: &Node) -> bool {
    match node.value {
        Value::Int(n) => n > 0,
        Value::Float(f) => f.is_finite() && f > 0.0,
        _ => false,
    }
}

/// An integer from 1 (`minimum: 1`). A float with no fraction is left to
/// the validator.
fn whole(node: &Node) -> bool {
    matches!(node.value, Value::Int(n) if n >= 1)
}

fn source(node: &Node) -> bool {
    mapping(node, |key, value| match key {
        "publisher" | "reviewed_by" => Some(text(value)),
        "url" => Some(pattern(value, Own::Url)),
        "reviewed_on" => Some(pattern(value, Own::Date)),
        _ => None,
    })
    .is_some()
}

fn warnings(node: &Node) -> bool {
    matches!(&node.value, Value::Seq(items) if items.iter().all(warning))
}

fn warning(node: &Node) -> bool {
    let required = mapping(node, |key, value| match key {
        "kind" => Some(one_of(
            value,
            &[
                "stop-if-pain",
                "see-a-doctor",
                "contraindication",
                "caution",
            ],
        )),
        "text" => Some(text(value)),
        _ => None,
    });
    required == Some(2)
}

/// A mapping whose every key `member` knows (`None` for an unknown one)
/// and whose every value it accepts: how many of its keys there are then
/// (the loader has rejected duplicate keys), else `None`.
fn mapping(node: &Node, member: impl Fn(&str, &Node) -> Option<bool>) -> Option<usize> {
    let Value::Map(entries) = &node.value else {
        return None;
    };
    for e in entries {
        if member(&e.key, &e.value) != Some(true) {
            return None;
        }
    }
    Some(entries.len())
}

/// `definitions/text`: a string with a character that is not blank. Only
/// YAML text is read here; an infinity (text to the schema) is left to
/// the validator.
fn text(node: &Node) -> bool {
    matches!(&node.value, Value::Str(text) if NonBlank::text_holds(text))
}

/// `definitions/string_list`.
fn texts(node: &Node) -> bool {
    matches!(&node.value, Value::Seq(items) if items.iter().all(text))
}

/// A string that matches a published pattern.
fn pattern(node: &Node, own: Own) -> bool {
    matches!(&node.value, Value::Str(s) if own.matches(s))
}

/// A string in an `enum`.
fn one_of(node: &Node, allowed: &[&str]) -> bool {
    matches!(&node.value, Value::Str(s) if allowed.contains(&s.as_ref()))
}
