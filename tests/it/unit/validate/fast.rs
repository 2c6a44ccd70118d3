use spotter::load::{Limits, parse};
use spotter::validate::fast::*;

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
    assert_eq!(keywords(&spotter::validate::SCHEMA, false), written_from);
}

fn agrees(yaml: &str) -> Option<bool> {
    let root = parse(yaml, &Limits::default()).ok()?;
    let fast = valid(&root);
    let full = spotter::validate::VALIDATOR.is_valid(&root.to_json());
    assert!(!fast || full, "said valid, but is not:\n{yaml}");
    Some(fast == full)
}

#[test]
fn valid_guides_are_found_valid_by_the_walk() {
    for guide in [
        include_str!("../../../../guides/gentle-techniques.yaml"),
        include_str!("../../../../guides/lower-back-basics.yaml"),
        include_str!("../../../../guides/riskier-methods.yaml"),
        include_str!("../../../../guides/self-release-methods.yaml"),
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
    let named = spotter::validate::SCHEMA
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
