//! The schema as an editor shows it: drives yaml-language-server (the engine
//! of VS Code's YAML extension) over stdio with `tests/editor/yls.mjs`, the
//! schema associated by the `yaml.schemas` setting, and checks its hover
//! texts, its messages and its completions.
//!
//! It needs `node` and the server: `SPOTTER_YLS` names the server's script
//! (`.ci/run` installs it into `target/yls` and sets it), else
//! `target/yls/node_modules/yaml-language-server/bin/yaml-language-server` is
//! used when it is there. Without either the test says so and passes; with
//! `SPOTTER_YLS` set, a server that cannot run fails it.

use crate::support::skip;

use serde_json::{Value, json};
use std::path::PathBuf;
use std::process::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn server() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("SPOTTER_YLS") {
        return Some(PathBuf::from(path));
    }
    let default = PathBuf::from(ROOT)
        .join("target/yls/node_modules/yaml-language-server/bin/yaml-language-server");
    let node = Command::new("node").arg("--version").output();
    (default.is_file() && node.is_ok_and(|o| o.status.success())).then_some(default)
}

fn schema() -> Value {
    let text = std::fs::read_to_string(format!("{ROOT}/schema/guide.schema.json")).expect("schema");
    serde_json::from_str(&text).expect("schema is JSON")
}

/// A guide with every field once, and the mistakes the issue names.
const GUIDE: &str = "\
spotter: 1
id: Bad_Id
title: Probe guide
summary: Probing the schema.
source:
  publisher: Example Health
  url: https://example.org/x
  reviewed_by: A. Reviewer
  reviewed_on: 28/05/2019
warnings:
  - kind: caution
    text: Go slowly.
exercises:
  - id: first
    name: First
    risk: low
    position: seated
    equipment: [chair]
    steps:
      - Sit.
    hold: 10
    repetitions: lots
    frequency: 2 per day
    warnings:
      - kind: stop-if-pain
        text: Stop if it hurts.
    contraindications: [osteoporosis]
    partner:
      role: Hugs you.
    supervision: With a spotter.
    professional_only: false
  - id: second
    name: Second
    risk: low
    steps: [Stand.]
    hold: 5 hours
    repetitions: 2-3 per side
  - id: third
    name: Third
    risk: low
    steps: [Stand.]
    hold: 
    repetitions: 3
    
  - 
";

/// `[line, character]` (0-based) of the `nth` line that holds `needle`,
/// `delta` characters after where it starts.
fn at(needle: &str, nth: usize, delta: usize) -> [usize; 2] {
    GUIDE
        .lines()
        .enumerate()
        .filter_map(|(i, line)| line.find(needle).map(|c| [i, c + delta]))
        .nth(nth)
        .unwrap_or_else(|| panic!("`{needle}` #{nth} in the guide"))
}

/// Each key to hover, which occurrence, and the schema pointer of its
/// property (whose title the hover must show).
const KEYS: &[(&str, usize, &str)] = &[
    ("spotter", 0, "/properties/spotter"),
    ("id", 0, "/properties/id"),
    ("title", 0, "/properties/title"),
    ("summary", 0, "/properties/summary"),
    ("source", 0, "/properties/source"),
    ("publisher", 0, "/definitions/source/properties/publisher"),
    ("url", 0, "/definitions/source/properties/url"),
    (
        "reviewed_by",
        0,
        "/definitions/source/properties/reviewed_by",
    ),
    (
        "reviewed_on",
        0,
        "/definitions/source/properties/reviewed_on",
    ),
    ("warnings", 0, "/properties/warnings"),
    ("kind", 0, "/definitions/warning/properties/kind"),
    ("text", 0, "/definitions/warning/properties/text"),
    ("exercises", 0, "/properties/exercises"),
    ("id", 1, "/definitions/exercise/properties/id"),
    ("name", 0, "/definitions/exercise/properties/name"),
    ("risk", 0, "/definitions/exercise/properties/risk"),
    ("position", 0, "/definitions/exercise/properties/position"),
    ("equipment", 0, "/definitions/exercise/properties/equipment"),
    ("steps", 0, "/definitions/exercise/properties/steps"),
    ("hold", 0, "/definitions/exercise/properties/hold"),
    (
        "repetitions",
        0,
        "/definitions/exercise/properties/repetitions",
    ),
    ("frequency", 0, "/definitions/exercise/properties/frequency"),
    ("warnings", 1, "/definitions/exercise/properties/warnings"),
    (
        "contraindications",
        0,
        "/definitions/exercise/properties/contraindications",
    ),
    ("partner", 0, "/definitions/exercise/properties/partner"),
    (
        "role",
        0,
        "/definitions/exercise/properties/partner/properties/role",
    ),
    (
        "supervision",
        0,
        "/definitions/exercise/properties/supervision",
    ),
    (
        "professional_only",
        0,
        "/definitions/exercise/properties/professional_only",
    ),
];

fn ask(server: &PathBuf, request: &Value) -> Value {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("request.json");
    std::fs::write(&file, request.to_string()).expect("write request");
    let out = Command::new("node")
        .arg(format!("{ROOT}/tests/editor/yls.mjs"))
        .arg(server)
        .arg(format!("{ROOT}/schema/guide.schema.json"))
        .arg(&file)
        .output()
        .expect("node runs");
    assert!(
        out.status.success(),
        "the client failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("the client prints JSON")
}

/// Whether a message is the server's own merged type error (`Incorrect
/// type. Expected "string | object"`) or shows a regex.
fn raw_or_merged(message: &str) -> bool {
    let merged = message.contains("Incorrect type") && message.contains(" | ");
    merged || message.contains("does not match the pattern")
}

#[test]
fn the_language_server_shows_what_the_schema_teaches() {
    let Some(server) = server() else {
        skip::skipped(
            "the_language_server_shows_what_the_schema_teaches",
            "no yaml-language-server (set SPOTTER_YLS, or run `npm install --prefix target/yls yaml-language-server`)",
        );
        return;
    };
    let schema = schema();
    let hovers: Vec<[usize; 2]> = KEYS
        .iter()
        .map(|(key, nth, _)| at(&format!("{key}:"), *nth, 1))
        .collect();
    let hold_value = at("hold: ", 2, 6);
    let new_exercise = [GUIDE.lines().count() - 1, 4];
    let new_key = [GUIDE.lines().count() - 2, 4];
    let answer = ask(
        &server,
        &json!({"text": GUIDE, "hovers": hovers, "completions": [hold_value, new_exercise, new_key]}),
    );

    // Hover: every key shows its own title and description.
    for ((key, nth, pointer), hover) in KEYS
        .iter()
        .zip(answer["hovers"].as_array().expect("hovers"))
    {
        let hover = hover
            .as_str()
            .unwrap_or_else(|| panic!("no hover on `{key}` #{nth}"));
        let title = schema
            .pointer(pointer)
            .and_then(|p| p["title"].as_str())
            .expect("title");
        assert!(
            hover.starts_with(&format!("#### {title}\n")),
            "hover on `{key}` #{nth}: {hover}"
        );
        assert!(
            !hover.contains("spotter guide"),
            "hover on `{key}` #{nth}: {hover}"
        );
    }

    // Diagnostics: the schema's messages, never a merged type error
    // (`Expected "string | object"`) or a regex. (The empty item at the end
    // is `Incorrect type. Expected "Exercise"`, which is fine.)
    let diagnostics: Vec<(usize, String)> = answer["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            (
                d["line"].as_u64().unwrap_or(0) as usize,
                d["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let message = |pointer: &str| {
        schema
            .pointer(pointer)
            .and_then(Value::as_str)
            .expect(pointer)
            .to_string()
    };
    let duration = "/definitions/duration/anyOf/0/else";
    for (needle, nth, expected) in [
        (
            "id: Bad_Id",
            0,
            message("/definitions/kebab_id/patternErrorMessage"),
        ),
        (
            "reviewed_on:",
            0,
            message("/definitions/date/patternErrorMessage"),
        ),
        ("hold: 10", 0, message(&format!("{duration}/errorMessage"))),
        (
            "repetitions: lots",
            0,
            message("/definitions/count/anyOf/0/else/patternErrorMessage"),
        ),
        (
            "hold: 5 hours",
            0,
            message(&format!("{duration}/patternErrorMessage")),
        ),
        ("hold: ", 2, message(&format!("{duration}/errorMessage"))),
    ] {
        let line = at(needle, nth, 0)[0];
        let here: Vec<&String> = diagnostics
            .iter()
            .filter(|(l, _)| *l == line)
            .map(|(_, m)| m)
            .collect();
        assert_eq!(here, [&expected], "line {}: `{needle}`", line + 1);
    }
    for (line, message) in &diagnostics {
        assert!(!raw_or_merged(message), "line {}: {message}", line + 1);
    }

    // Completion: `hold: ` offers the examples; a new exercise the snippet
    // with every safety field; a new key in an exercise a warning with its kind.
    let completions = answer["completions"].as_array().expect("completions");
    let labels = |n: usize| -> Vec<String> {
        completions[n]
            .as_array()
            .expect("items")
            .iter()
            .map(|i| i["label"].as_str().unwrap_or("").to_string())
            .collect()
    };
    let insert = |n: usize, label: &str| -> String {
        completions[n]
            .as_array()
            .expect("items")
            .iter()
            .find(|i| i["label"] == label)
            .and_then(|i| i["insertText"].as_str())
            .unwrap_or_else(|| panic!("no `{label}` in completion {n}: {:?}", labels(n)))
            .to_string()
    };
    for example in ["10 s", "15-30 s", "1 min"] {
        assert!(labels(0).iter().any(|l| l == example), "{:?}", labels(0));
    }
    let exercise = insert(1, "exercise");
    for part in [
        "id: ",
        "name: ",
        "risk: ",
        "steps:",
        "hold: ",
        "repetitions: ",
        "- kind: stop-if-pain",
        "text: ",
    ] {
        assert!(
            exercise.contains(part),
            "`{part}` in the exercise snippet: {exercise}"
        );
    }
    let partner = insert(1, "partner exercise");
    for part in ["partner:", "role: ", "supervision: "] {
        assert!(
            partner.contains(part),
            "`{part}` in the partner snippet: {partner}"
        );
    }
    let warnings = insert(2, "warnings");
    assert!(
        warnings.contains("- kind: ") && warnings.contains("text: "),
        "{warnings}"
    );
}
