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

fn exercise(node: &Node) -> bool {
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
    matches!(node.value, Value::Str(_)) && NonBlank::holds(node)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{Limits, parse};

    /// The schema's keywords, without what editors alone read (titles,
    /// descriptions, snippets, messages).
    fn keywords(node: &serde_json::Value, in_properties: bool) -> serde_json::Value {
        const EDITORS: [&str; 9] = [
            "title",
            "description",
            "markdownDescription",
            "defaultSnippets",
            "examples",
            "errorMessage",
            "patternErrorMessage",
            "markdownEnumDescriptions",
            "enumDescriptions",
        ];
        match node {
            // The names under `properties` are keys of the guide, not
            // keywords: `title` is one.
            serde_json::Value::Object(map) => serde_json::Value::Object(
                map.iter()
                    .filter(|(k, _)| in_properties || !EDITORS.contains(&k.as_str()))
                    .map(|(k, v)| (k.clone(), keywords(v, !in_properties && k == "properties")))
                    .collect(),
            ),
            serde_json::Value::Array(items) => {
                serde_json::Value::Array(items.iter().map(|v| keywords(v, false)).collect())
            }
            other => other.clone(),
        }
    }

    /// The schema's keywords are those this file was written from: a
    /// change to them (a key, a type, an enum, a pattern) fails here until
    /// [`valid`] is read against it and the copy beside it is updated.
    #[test]
    fn the_walk_was_written_from_the_published_schemas_keywords() {
        let written_from: serde_json::Value =
            serde_json::from_str(include_str!("fast_schema_keywords.json")).expect("JSON");
        assert_eq!(keywords(&super::super::SCHEMA, false), written_from);
    }

    fn agrees(yaml: &str) -> Option<bool> {
        let root = parse(yaml, &Limits::default()).ok()?;
        let fast = valid(&root);
        let full = super::super::VALIDATOR.is_valid(&root);
        assert!(!fast || full, "said valid, but is not:\n{yaml}");
        Some(fast == full)
    }

    #[test]
    fn valid_guides_are_found_valid_by_the_walk() {
        for guide in [
            include_str!("../../guides/gentle-techniques.yaml"),
            include_str!("../../guides/lower-back-basics.yaml"),
            include_str!("../../guides/riskier-methods.yaml"),
            include_str!("../../guides/self-release-methods.yaml"),
        ] {
            assert_eq!(agrees(guide), Some(true), "{guide}");
        }
    }

    /// Every fixture and guide under `tests/`, valid or not: the walk never
    /// calls an invalid one valid.
    #[test]
    fn the_walk_never_calls_an_invalid_fixture_valid() {
        let mut todo = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests"
        ))];
        let mut seen = 0;
        while let Some(dir) = todo.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    todo.push(path);
                } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml")
                    && let Ok(text) = std::fs::read_to_string(&path)
                {
                    agrees(&text);
                    seen += 1;
                }
            }
        }
        assert!(seen > 100, "{seen}");
    }

    /// Every exercise field the published schema names, in its order, and
    /// two keys it does not know.
    fn fields() -> Vec<String> {
        let named = super::super::SCHEMA
            .pointer("/definitions/exercise/properties")
            .and_then(serde_json::Value::as_object)
            .expect("the schema names the exercise's fields");
        named
            .keys()
            .cloned()
            .chain(["holdd".to_string(), "<<".to_string()])
            .collect()
    }

    #[rustfmt::skip]
    const VALUES: &[&str] = &[
        "10", "-3", "0", "1", "1.5", "3.0", ".inf", ".nan", "~", "yes", "no", "true", "false",
        "\"\"", "\" \"", "knee-hug", "knee--hug", "Knee Hug", "low", "high", "extreme", "prone",
        "side-lying", "[x, 2]", "[x, y]", "[]", "[\"\"]", "{}", "15-30 s", "30-15 s", "10 to 20 secs",
        "1.5 min", "ten seconds", "2-3 per side", "3 per day", "2 to 4 per week", "twice a day",
        "{seconds: 0}", "{seconds: 12}", "{min: 3, max: 2, unit: s}", "{min: 1, max: 2, per: side}",
        "{min: 2}", "{max: 3}", "{min: 1, max: 2, per: week}", "{role: holds your arms}",
        "{role: 5}", "{role: x, extra: y}", "{}", "[{kind: stop-if-pain, text: If it hurts, stop.}]",
        "[{kind: caution, text: 5}]", "[{kind: stop_if_pain}]", "[{text: Stop.}]", "[{kind: caution}]",
        "[7]", "99999999999999999999", "1e400", "2026-01-01", "&a x", "*a", "!!str 10",
    ];

    #[test]
    fn any_exercise_field_is_judged_as_the_validator_judges_it() {
        let mut agreed = 0;
        let fields = fields();
        assert_eq!(fields.len(), 16, "{fields:?}");
        for (i, field) in fields.iter().enumerate() {
            for value in VALUES {
                for other in [0, 3, 7] {
                    let second = fields[(i + other + 1) % fields.len()].as_str();
                    let second_value = VALUES[(i * 7 + other) % VALUES.len()];
                    let mut yaml = String::from("spotter: 1\nid: g\ntitle: T\nexercises:\n  - ");
                    let base = [
                        ("id", "a"),
                        ("name", "A"),
                        ("risk", "low"),
                        ("steps", "[x]"),
                    ];
                    for (key, v) in base.iter().filter(|(k, _)| k != field && *k != second) {
                        yaml.push_str(&format!("{key}: {v}\n    "));
                    }
                    yaml.push_str(&format!("{field}: {value}\n    "));
                    if second != *field {
                        yaml.push_str(&format!("{second}: {second_value}\n    "));
                    }
                    agreed += usize::from(agrees(&yaml) == Some(true));
                }
            }
        }
        assert!(agreed > 1000, "{agreed}");
    }

    #[test]
    fn any_guide_field_is_judged_as_the_validator_judges_it() {
        let exercise = "\n  - {id: a, name: A, risk: low, steps: [x]}";
        let fields = [
            "spotter",
            "id",
            "title",
            "summary",
            "source",
            "warnings",
            "exercises",
            "extra",
        ];
        let values = [
            "1",
            "2",
            "1.0",
            "\"1\"",
            "g",
            "G",
            "\" \"",
            "~",
            "[]",
            "{}",
            exercise,
            "{publisher: P, url: https://x.org, reviewed_by: R, reviewed_on: 2020-01-31}",
            "{url: http://}",
            "{url: https://a b}",
            "{reviewed_on: 2020-13-01}",
            "{editor: E}",
            "[{kind: see-a-doctor, text: See one.}]",
        ];
        for field in fields {
            for value in values {
                let mut yaml = String::new();
                for (key, v) in [
                    ("spotter", "1"),
                    ("id", "g"),
                    ("title", "T"),
                    ("exercises", exercise),
                ] {
                    if key != field {
                        yaml.push_str(&format!("{key}: {v}\n"));
                    }
                }
                yaml.push_str(&format!("{field}: {value}\n"));
                agrees(&yaml);
            }
        }
    }
}
