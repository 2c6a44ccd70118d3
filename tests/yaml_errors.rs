//! YAML syntax mistakes people make when writing a guide by hand, end to
//! end: each is reported at the character to fix, with help that leads to
//! the fix rather than only the parser's words.

use assert_cmd::Command;
use serde_json::{Value, json};

/// The start of a guide, up to its first exercise's `name` (line 6).
const HEAD: &str = "\
spotter: 1
id: floor-stretches
title: Floor stretches
exercises:
  - id: childs-pose
";

/// Check `text` as `guide.yaml`; return its one diagnostic after checking
/// that the run failed with exactly that `parse-error`.
fn only_error(text: &str) -> Value {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("guide.yaml"), text).expect("write guide");
    let out = Command::cargo_bin("spotter")
        .expect("binary builds")
        .current_dir(dir.path())
        .args([
            "check",
            "guide.yaml",
            "--format",
            "json",
            "--color",
            "never",
        ])
        .output()
        .expect("spotter runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let report: Value = serde_json::from_str(&stdout).expect("JSON report");
    let diags = report["diagnostics"].as_array().expect("diagnostics");
    assert_eq!(diags.len(), 1, "{diags:#?}");
    let d = diags[0].clone();
    assert_eq!(d["rule"], "parse-error", "{d:#}");
    d
}

/// `line:column` of a diagnostic, and the character there in `text`.
fn place(text: &str, d: &Value) -> (String, Option<char>) {
    let line = d["line"].as_u64().expect("line") as usize;
    let column = d["column"].as_u64().expect("column") as usize;
    let found = text
        .lines()
        .nth(line - 1)
        .and_then(|l| l.chars().nth(column - 1));
    (format!("{line}:{column}"), found)
}

/// Asserts where a diagnostic is, which character it points at, and what
/// it says.
fn assert_error(text: &str, d: &Value, at: &str, char_there: char, message: &str, help: &str) {
    assert_eq!(place(text, d), (at.to_string(), Some(char_there)), "{d:#}");
    assert_eq!(d["message"], message, "{d:#}");
    assert_eq!(d["help"], help, "{d:#}");
}

#[test]
fn a_colon_inside_a_value_asks_for_quotes() {
    let text = format!(
        "{HEAD}    name: Child's pose: kneeling\n    risk: low\n    steps:\n      - Kneel and sit back on your heels.\n    hold: 20 s\n"
    );
    let d = only_error(&text);
    assert_error(
        &text,
        &d,
        "6:23",
        ':',
        "invalid YAML: `: ` inside the value of `name` (mapping values are not allowed in this context)",
        "YAML reads a colon followed by a space or a line break as the end of a key; quote the whole value: `name: \"Child's pose: kneeling\"`",
    );
}

#[test]
fn a_colon_inside_a_value_with_double_quotes_gets_single_quotes() {
    let text =
        format!("{HEAD}    name: The \"child\" pose: kneeling # from the seed\n    risk: low\n");
    let d = only_error(&text);
    assert_error(
        &text,
        &d,
        "6:27",
        ':',
        "invalid YAML: `: ` inside the value of `name` (mapping values are not allowed in this context)",
        "YAML reads a colon followed by a space or a line break as the end of a key; quote the whole value: `name: 'The \"child\" pose: kneeling'`",
    );
}

#[test]
fn a_colon_inside_a_step_asks_to_quote_the_step() {
    let text = format!(
        "{HEAD}    name: Child pose\n    risk: low\n    steps:\n      - Tip: keep your back long: do not round it.\n"
    );
    let d = only_error(&text);
    // The first colon is the one that turned the step into a mapping.
    assert_error(
        &text,
        &d,
        "9:12",
        ':',
        "invalid YAML: `: ` inside a list item (mapping values are not allowed in this context)",
        "YAML reads a colon followed by a space or a line break as the end of a key; quote the whole item: `- \"Tip: keep your back long: do not round it.\"`",
    );
}

#[test]
fn a_colon_ending_a_value_asks_for_quotes() {
    let text = format!("{HEAD}    name: Child pose:\n    risk: low\n");
    let d = only_error(&text);
    assert_error(
        &text,
        &d,
        "6:21",
        ':',
        "invalid YAML: `:` at the end of the value of `name` (mapping values are not allowed in this context)",
        "YAML reads a colon followed by a space or a line break as the end of a key; quote the whole value: `name: \"Child pose:\"`",
    );
}

#[test]
fn a_tab_before_a_list_item_points_at_the_tab() {
    let text = format!(
        "{HEAD}    name: Child pose\n    risk: low\n    steps:\n\t- Kneel and sit back on your heels.\n    hold: 20 s\n"
    );
    let d = only_error(&text);
    assert_error(
        &text,
        &d,
        "9:1",
        '\t',
        "invalid YAML: tabs disallowed within this context (block indentation)",
        "YAML indentation must use spaces, not tabs: replace the tab with spaces",
    );
}

#[test]
fn a_tab_after_spaces_before_a_key_points_at_the_tab() {
    let text = format!(
        "{HEAD}    name: Child pose\n    risk: low\n    warnings:\n      - kind: stop-if-pain\n    \ttext: Stop if you feel any pain.\n"
    );
    let d = only_error(&text);
    assert_error(
        &text,
        &d,
        "10:5",
        '\t',
        "invalid YAML: while scanning a plain scalar, found a tab",
        "YAML indentation must use spaces, not tabs: replace the tab with spaces",
    );
}

#[test]
fn a_key_indented_deeper_than_its_siblings_names_their_column() {
    let text = format!(
        "{HEAD}    name: Child's pose\n     risk: low\n    steps:\n      - Kneel and sit back on your heels.\n"
    );
    let d = only_error(&text);
    assert_error(
        &text,
        &d,
        "7:6",
        'r',
        "invalid YAML: bad indentation: `risk` starts at column 6, but the keys beside it start at column 5",
        "move `risk` to column 5, in line with `name` on line 6",
    );
}

#[test]
fn a_key_indented_less_than_its_siblings_names_their_column() {
    let text = format!(
        "{HEAD}    name: Child's pose\n   risk: low\n    steps:\n      - Kneel and sit back on your heels.\n"
    );
    let d = only_error(&text);
    assert_error(
        &text,
        &d,
        "7:4",
        'r',
        "invalid YAML: bad indentation: `risk` starts at column 4, but the keys beside it start at column 5",
        "move `risk` to column 5, in line with `name` on line 6",
    );
}

#[test]
fn a_misindented_key_in_a_nested_warning_names_its_siblings_column() {
    let text = format!(
        "{HEAD}    name: Child pose\n    risk: low\n    hold: 20 s\n    warnings:\n      - kind: stop-if-pain\n       text: Stop if you feel any pain.\n"
    );
    let d = only_error(&text);
    assert_error(
        &text,
        &d,
        "11:8",
        't',
        "invalid YAML: bad indentation: `text` starts at column 8, but the keys beside it start at column 9",
        "move `text` to column 9, in line with `kind` on line 10",
    );
}

#[test]
fn a_top_level_key_indented_by_one_space_names_column_one() {
    let text = "spotter: 1\nid: floor-stretches\n title: Floor stretches\nexercises: []\n";
    let d = only_error(text);
    assert_error(
        text,
        &d,
        "3:2",
        't',
        "invalid YAML: bad indentation: `title` starts at column 2, but the keys beside it start at column 1",
        "move `title` to column 1, in line with `id` on line 2",
    );
}

#[test]
fn a_misaligned_list_item_names_the_items_column() {
    let text = format!(
        "{HEAD}    name: Child pose\n    risk: low\n    steps:\n      - Kneel on the floor.\n     - Sit back on your heels.\n    hold: 20 s\n"
    );
    let d = only_error(&text);
    assert_error(
        &text,
        &d,
        "10:6",
        '-',
        "invalid YAML: bad indentation: this list item starts at column 6, but the items before it start at column 7",
        "move the `-` to column 7, in line with the item on line 9",
    );
}

#[test]
fn a_forgotten_dash_before_an_exercise_says_so() {
    let text = format!(
        "{HEAD}    name: Child's pose
    risk: low
    steps:
      - Kneel and sit back on your heels.
    hold: 20 s
    repetitions: 3
    warnings:
      - kind: stop-if-pain
        text: Stop if you feel any pain.
    id: cat-arch
    name: Cat arch
    risk: low
"
    );
    let d = only_error(&text);
    assert_error(
        &text,
        &d,
        "15:5",
        'i',
        "duplicate key `id`: a list item may be missing its `- `",
        "if `id: cat-arch` starts a new item, write it as `- id: cat-arch` with the `-` at column 3, as on line 5; otherwise remove one of the two `id` keys",
    );
    assert_eq!(
        d["related"],
        json!([{"message": "first `id` of this item", "file": "guide.yaml", "line": 5, "column": 5}]),
        "{d:#}"
    );
}

#[test]
fn a_forgotten_dash_in_a_list_at_its_keys_column_names_the_dash_column() {
    // The list's `-` sits in the same column as `exercises`, which YAML allows.
    let text = "spotter: 1\nid: floor\ntitle: Floor\nexercises:\n- id: childs-pose\n  name: Child pose\n  risk: low\n  id: cat-arch\n";
    let d = only_error(text);
    assert_error(
        text,
        &d,
        "8:3",
        'i',
        "duplicate key `id`: a list item may be missing its `- `",
        "if `id: cat-arch` starts a new item, write it as `- id: cat-arch` with the `-` at column 1, as on line 5; otherwise remove one of the two `id` keys",
    );
    assert_eq!(d["related"][0]["line"], 5, "{d:#}");
}

#[test]
fn a_duplicate_key_in_a_flow_list_keeps_the_plain_help() {
    let text = "spotter: 1\nid: floor\ntitle: Floor\nexercises: [{id: a, id: b}]\n";
    let d = only_error(text);
    assert_error(
        text,
        &d,
        "4:21",
        'i',
        "duplicate key `id`",
        "a key may appear once in a mapping; remove one of them",
    );
}

#[test]
fn a_duplicate_key_outside_a_list_keeps_the_plain_help() {
    let text = "spotter: 1\nid: first\ntitle: Twice\nid: second\nexercises: []\n";
    let d = only_error(text);
    assert_error(
        text,
        &d,
        "4:1",
        'i',
        "duplicate key `id`",
        "a key may appear once in a mapping; remove one of them",
    );
}
