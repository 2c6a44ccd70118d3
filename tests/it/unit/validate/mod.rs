mod fast;
mod hint;
mod patterns;
mod published;

use jsonschema::error::ValidationErrorKind;
use serde_json::Value as Json;
use spotter::load::tree::Node;
use spotter::validate::*;

/// The tree of a guide written as JSON, which YAML reads the same.
/// (The text is leaked: the tree borrows from it, and a test is short.)
/// `doc` written out, loaded as a guide, and read as JSON, as a guide is
/// validated.
fn to_json(doc: &Json) -> Json {
    tree(doc).to_json()
}

fn tree(doc: &Json) -> Node<'static> {
    let text: &'static str = Box::leak(doc.to_string().into_boxed_str());
    spotter::load::parse(text, &spotter::load::Limits::default())
        .unwrap_or_else(|e| panic!("{doc} loads: {}", e.message))
}

#[test]
fn the_non_blank_check_is_read_by_hand() {
    let schema = with_non_blank_keyword(&SCHEMA);
    let text = schema.pointer(TEXT_DEFINITION).expect("definitions/text");
    assert_eq!(text.get(NON_BLANK), Some(&Json::Bool(true)), "{text}");
    assert_eq!(text.get("pattern"), None, "{text}");
    let blank = tree(&serde_json::json!({ "spotter": 1, "id": "g", "title": " " }));
    assert!(VALIDATOR.iter_errors(&blank.to_json()).any(|e| matches!(
        e.kind(),
        ValidationErrorKind::Custom { keyword, .. } if keyword == NON_BLANK
    )));
}

/// Every character, alone, as the published pattern reads it: the
/// regex `jsonschema` builds for `\S` (ECMA-262's classes turned into
/// the `regex` crate's).
#[test]
fn the_non_blank_check_reads_every_character_as_the_pattern_does() {
    let translated = jsonschema_regex::to_rust_regex(r"\S").expect("translates");
    let pattern = regex::Regex::new(&translated).expect("compiles");
    // One search over every character in a row finds the same as a
    // search in each alone (`\S` matches one character), far faster.
    // Every character of the Basic Multilingual Plane, where all of
    // ECMA-262's whitespace is, and, above it, every third (every one when
    // `SPOTTER_FULL_TESTS` is set): this test was a tenth of the run.
    let stride = crate::support::stride();
    let all: String = (0..=u32::from(char::MAX))
        .filter(|&code| code <= 0xFFFF || (code as usize).is_multiple_of(stride))
        .filter_map(char::from_u32)
        .collect();
    let mut matches = pattern.find_iter(&all).peekable();
    let mut blank = 0;
    for (at, c) in all.char_indices() {
        let expected = matches
            .next_if(|m| m.start() == at)
            .inspect(|m| assert_eq!(m.len(), c.len_utf8(), "{c:?}"))
            .is_some();
        let text = &all[at..at + c.len_utf8()];
        assert_eq!(NonBlank::text_holds(text), expected, "{c:?}");
        blank += usize::from(!expected);
    }
    assert_eq!(matches.next(), None);
    // As the keyword reads a value: text by its characters, and anything
    // else passes.
    for (value, holds) in [
        (Json::from(" \u{3000}\t"), false),
        (Json::from(" x "), true),
        (Json::from(7), true),
        (Json::Null, true),
    ] {
        assert_eq!(NonBlank::holds(&value), holds, "{value}");
    }
    // ECMA-262's whitespace: \t to \r, space, U+00A0, U+1680, U+2000
    // to U+200A, U+2028, U+2029, U+202F, U+205F, U+3000 and U+FEFF.
    assert_eq!(blank, 25);
}

#[test]
fn the_bundled_schema_compiles() {
    assert!(VALIDATOR.is_valid(&to_json(&serde_json::json!({
        "spotter": 1, "id": "a", "title": "A",
        "exercises": [{"id": "b", "name": "B", "risk": "low", "steps": ["x"], "hold": "15–30 seconds"}]
    }))));
}

/// The exercise that stands in for a valid one when a guide with errors
/// is copied for the validator is valid, and so is a guide of it alone.
#[test]
fn the_stand_in_exercise_is_valid() {
    let guide = serde_json::json!({
        "spotter": 1, "id": "a", "title": "A", "exercises": [valid_exercise()]
    });
    assert!(VALIDATOR.is_valid(&guide));
    assert!(VALIDATOR.is_valid(&to_json(&guide)));
}

/// A guide with errors is said the same when its valid exercises stand in
/// as one small valid exercise: the same errors, at the same places.
#[test]
fn valid_exercises_stand_in_without_changing_the_errors() {
    let guide = serde_json::json!({
        "spotter": 1, "id": "a", "title": "A", "extra": 2,
        "exercises": [
            {"id": "b", "name": "B", "risk": "low", "steps": ["x"], "hold": "15–30 seconds"},
            {"id": "C c", "name": "", "risk": "none", "steps": [], "hold": "long"},
            {"id": "d", "name": "D", "risk": "high", "steps": ["y", "z"]},
            {"id": "e", "risk": "low", "steps": ["w"], "repetitions": 0}
        ]
    });
    let root = tree(&guide);
    let said = |json: &Json| -> Vec<String> {
        VALIDATOR
            .iter_errors(json)
            .map(|e| format!("{} {} {e}", e.instance_path(), e.schema_path()))
            .collect()
    };
    let full = said(&root.to_json());
    assert!(full.len() >= 6, "{full:?}");
    for path in ["/exercises/1/id", "/exercises/1/risk", "/exercises/3"] {
        assert!(
            full.iter().any(|e| e.starts_with(path)),
            "{path} in {full:?}"
        );
    }
    assert_eq!(said(&to_checked_json(&root)), full);
    assert_ne!(to_checked_json(&root), root.to_json());
}

/// What an editor shows for a malformed duration, count or frequency
/// is spotter's own help, word for word.
#[test]
fn the_schema_messages_use_spotters_help() {
    for (definition, help) in [
        ("duration", DURATION_HELP),
        ("count", COUNT_HELP),
        ("frequency", FREQUENCY_HELP),
    ] {
        let otherwise = &SCHEMA["definitions"][definition]["anyOf"][0]["else"];
        for key in ["errorMessage", "patternErrorMessage"] {
            let message = otherwise[key].as_str().unwrap_or_default();
            assert!(message.ends_with(help), "{definition} {key}: {message}");
        }
    }
    let kebab = SCHEMA["definitions"]["kebab_id"]["patternErrorMessage"].as_str();
    assert!(kebab.is_some_and(|m| {
        m.contains("lowercase ASCII letters, digits and single hyphens, such as `knee-hug`")
    }));
    let date = SCHEMA["definitions"]["date"]["patternErrorMessage"].as_str();
    assert!(date.is_some_and(|m| m.contains("must be a date written YYYY-MM-DD")));
}

/// The editor-only keywords change nothing spotter reports: each
/// malformed grammar value is one anyOf error, as before.
#[test]
fn a_malformed_grammar_value_is_one_error() {
    let guide = |field: &str, value: Json| {
        let mut exercise =
            serde_json::json!({"id": "b", "name": "B", "risk": "low", "steps": ["x"]});
        exercise[field] = value;
        serde_json::json!({"spotter": 1, "id": "a", "title": "A", "exercises": [exercise]})
    };
    for (field, value) in [
        ("hold", Json::from(10)),
        ("hold", Json::from("5 hours")),
        ("hold", serde_json::json!({"min": 15, "max": 30})),
        ("repetitions", Json::from("lots")),
        ("repetitions", Json::from(0)),
        ("repetitions", serde_json::json!({"max": 3})),
        ("frequency", Json::from("often")),
        ("frequency", serde_json::json!({"min": 3, "max": 5})),
    ] {
        let doc = to_json(&guide(field, value.clone()));
        let errors: Vec<_> = VALIDATOR.iter_errors(&doc).collect();
        assert_eq!(errors.len(), 1, "{field}: {value}");
        assert!(
            matches!(errors[0].kind(), ValidationErrorKind::AnyOf { .. }),
            "{field}: {value}: {:?}",
            errors[0].kind()
        );
    }
}

#[test]
fn did_you_mean_finds_close_keys() {
    let keys = ["hold", "repetitions", "warnings", "risk"];
    assert_eq!(suggest("hold_time", keys), Some("hold"));
    assert_eq!(suggest("repetition", keys), Some("repetitions"));
    assert_eq!(suggest("colour", keys), None);
}

#[test]
fn ids_are_suggested_in_kebab_case() {
    assert_eq!(
        kebab_case("Seated Rotation!").as_deref(),
        Some("seated-rotation")
    );
    assert_eq!(kebab_case("Übung – eins").as_deref(), Some("ubung-eins"));
    assert_eq!(kebab_case("ÆØÅ").as_deref(), Some("aeoa"));
    assert_eq!(
        kebab_case("E\u{301}tude Cafe\u{301}").as_deref(),
        Some("etude-cafe")
    );
    assert_eq!(kebab_case("Дом"), None);
    assert_eq!(kebab_case("x²"), None);
    assert_eq!(kebab_case("!!"), None);
    // Every letter in the table is one char, and lowers to itself.
    for (letters, ascii) in ASCII_FOR {
        for c in letters.chars() {
            assert_eq!(c.to_lowercase().collect::<String>(), c.to_string());
            assert_eq!(kebab_case(&c.to_string()).as_deref(), Some(*ascii));
        }
    }
}
