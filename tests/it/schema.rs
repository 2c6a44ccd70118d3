//! The published schema teaches an editor: it is valid draft-07, every
//! property says what it is, every enum value is explained, and what it
//! offers to insert (examples, snippets) passes spotter itself.

use crate::support::cmd;

use cmd::{findings, run_in};
use serde_json::{Value, json};

fn schema() -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/schema/guide.schema.json"
    ))
    .expect("schema file");
    serde_json::from_str(&text).expect("the schema is JSON")
}

/// Every subschema with the JSON pointer to it, the schema itself first.
fn subschemas(schema: &Value) -> Vec<(String, &Value)> {
    let mut out = vec![(String::new(), schema)];
    let mut i = 0;
    while i < out.len() {
        let (at, node) = out[i].clone();
        i += 1;
        let Some(map) = node.as_object() else {
            continue;
        };
        for (key, value) in map {
            // Snippet bodies and examples are data, not schemas.
            if ["defaultSnippets", "examples", "enum", "const"].contains(&key.as_str()) {
                continue;
            }
            let at = format!("{at}/{key}");
            match (key.as_str(), value) {
                ("properties" | "definitions", Value::Object(children)) => {
                    for (name, child) in children {
                        out.push((format!("{at}/{name}"), child));
                    }
                }
                ("anyOf" | "allOf" | "oneOf", Value::Array(children)) => {
                    for (n, child) in children.iter().enumerate() {
                        out.push((format!("{at}/{n}"), child));
                    }
                }
                ("items" | "if" | "then" | "else" | "not", Value::Object(_)) => {
                    out.push((at, value));
                }
                _ => {}
            }
        }
    }
    out
}

/// Every property of every mapping in the schema: `(pointer, schema)`.
fn properties(schema: &Value) -> Vec<(String, &Value)> {
    subschemas(schema)
        .into_iter()
        .filter_map(|(at, node)| node.get("properties")?.as_object().map(|p| (at, p)))
        .flat_map(|(at, props)| {
            props
                .iter()
                .map(move |(name, child)| (format!("{at}/properties/{name}"), child))
        })
        .collect()
}

#[test]
fn the_schema_is_valid_draft_07() {
    let schema = schema();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    if let Err(error) = jsonschema::draft7::meta::validate(&schema) {
        panic!(
            "the schema breaks the draft-07 metaschema at {}: {error}",
            error.instance_path()
        );
    }
    jsonschema::draft7::new(&schema).expect("the schema compiles");
}

#[test]
fn every_property_has_a_title_and_a_description() {
    let schema = schema();
    let props = properties(&schema);
    // Every field of the guide format, and the mapping forms' keys.
    assert!(props.len() >= 28, "only {} properties found", props.len());
    let mut missing = Vec::new();
    for (at, prop) in &props {
        let text = |key: &str| {
            prop.get(key)
                .and_then(Value::as_str)
                .is_some_and(|t| !t.trim().is_empty())
        };
        if !text("title") {
            missing.push(format!("{at}: no title"));
        }
        if !text("markdownDescription") && !text("description") {
            missing.push(format!("{at}: no description"));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn the_safety_fields_name_the_rule_that_requires_them() {
    let schema = schema();
    let exercise = &schema["definitions"]["exercise"]["properties"];
    for (field, rule) in [
        ("hold", "missing-hold-time"),
        ("repetitions", "missing-repetition-limit"),
        ("warnings", "missing-stop-if-pain"),
        ("supervision", "unsupervised-partner-method"),
        ("partner", "undeclared-partner"),
    ] {
        let text = exercise[field]["markdownDescription"]
            .as_str()
            .unwrap_or_default();
        assert!(
            text.contains(&format!("`{rule}`")),
            "`{field}` does not name `{rule}`: {text}"
        );
    }
}

#[test]
fn every_enum_value_is_described() {
    let schema = schema();
    for (at, node) in subschemas(&schema) {
        let Some(values) = node.get("enum").and_then(Value::as_array) else {
            continue;
        };
        // One value says itself; the unit and `per` lists are explained by
        // the property's description.
        if values.len() < 3 || at.ends_with("/unit") {
            continue;
        }
        let described = node["markdownEnumDescriptions"].as_array();
        assert_eq!(
            described.map(Vec::len),
            Some(values.len()),
            "{at}: one markdownEnumDescriptions entry per enum value"
        );
    }
}

/// A snippet body as the editor inserts it with every placeholder left at
/// its default: `${1:10 s}` → `10 s`, `${3|low,moderate,high|}` → `low`.
fn expand(body: &Value) -> Value {
    let placeholder = regex::Regex::new(r"\$\{\d+(?::([^}]*)|\|([^,|]*)[^}]*\|)\}").expect("regex");
    match body {
        Value::String(s) => Value::String(
            placeholder
                .replace_all(s, |c: &regex::Captures<'_>| {
                    c.get(1).or(c.get(2)).map_or("", |m| m.as_str()).to_string()
                })
                .into_owned(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(expand).collect()),
        Value::Object(map) => {
            Value::Object(map.iter().map(|(k, v)| (k.clone(), expand(v))).collect())
        }
        other => other.clone(),
    }
}

/// spotter's findings for a guide written as JSON (which is YAML).
fn check(guide: &Value) -> Vec<String> {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("guide.yaml"), guide.to_string()).expect("write guide");
    let run = run_in(dir.path(), &["check", "guide.yaml", "--format", "json"]);
    findings(&run.json())
}

fn guide_with(exercise: Value) -> Value {
    json!({"spotter": 1, "id": "snippets", "title": "Snippets", "exercises": [exercise]})
}

#[test]
fn the_snippets_insert_guides_that_pass() {
    let schema = schema();
    let snippets = |at: &str| -> Vec<Value> {
        schema
            .pointer(at)
            .and_then(|s| s["defaultSnippets"].as_array())
            .unwrap_or_else(|| panic!("{at} has defaultSnippets"))
            .iter()
            .map(|s| expand(&s["body"]))
            .collect()
    };
    for guide in snippets("") {
        assert_eq!(check(&guide), Vec::<String>::new(), "{guide}");
    }
    let exercises = snippets("/definitions/exercise");
    assert!(exercises.len() >= 2);
    for exercise in exercises {
        for key in ["hold", "repetitions", "warnings", "risk"] {
            assert!(
                exercise.get(key).is_some(),
                "the snippet has `{key}`: {exercise}"
            );
        }
        assert_eq!(
            check(&guide_with(exercise.clone())),
            Vec::<String>::new(),
            "{exercise}"
        );
    }
    for warning in snippets("/definitions/warning") {
        assert_eq!(warning["kind"], "stop-if-pain");
        let exercise = json!({
            "id": "knee-hug", "name": "Knee hug", "risk": "low", "steps": ["Hug your knees."],
            "hold": "10 s", "repetitions": 3, "warnings": [warning]
        });
        assert_eq!(
            check(&guide_with(exercise)),
            Vec::<String>::new(),
            "{warning}"
        );
    }
}

#[test]
fn the_examples_are_valid_values() {
    let schema = schema();
    for (field, definition) in [
        ("hold", "duration"),
        ("repetitions", "count"),
        ("frequency", "frequency"),
    ] {
        let examples = schema["definitions"][definition]["examples"]
            .as_array()
            .unwrap_or_else(|| panic!("{definition} has examples"));
        assert!(examples.len() >= 3);
        for example in examples {
            let mut exercise = json!({
                "id": "knee-hug", "name": "Knee hug", "risk": "low", "steps": ["Hug your knees."],
                "hold": "10 s", "repetitions": 3,
                "warnings": [{"kind": "stop-if-pain", "text": "Stop at once if you feel pain or discomfort."}]
            });
            exercise[field] = example.clone();
            assert_eq!(
                check(&guide_with(exercise)),
                Vec::<String>::new(),
                "{field}: {example}"
            );
        }
    }
}
