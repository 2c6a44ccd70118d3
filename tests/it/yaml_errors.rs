//! YAML syntax mistakes people make when writing a guide by hand, through
//! the pipeline in-process: each is reported at the character to fix, with
//! help that leads to the fix rather than only the parser's words.

use crate::support::inproc;
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
    let report = inproc::report("guide.yaml", text);
    // One error is what makes `spotter check` exit 1.
    assert_eq!(report["summary"]["errors"], 1, "{report:#}");
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
        json!([{"message": "first `id` of this item", "file": "guide.yaml", "line": 5, "column": 5, "end_line": 5, "end_column": 7}]),
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

/// Check `text` as `guide.yaml` and assert that it is clean: following a
/// help must not lead to a new error.
fn assert_clean(text: &str) {
    let report = inproc::report("guide.yaml", text);
    assert_eq!(report["diagnostics"], json!([]), "{text}");
    // No error and no warning: `spotter check` exits 0.
    assert_eq!(report["summary"]["errors"], 0, "{report:#}");
    assert_eq!(report["summary"]["warnings"], 0, "{report:#}");
}

/// The body of a clean exercise (its keys at column 5) after its `id`.
const BODY: &str = "    name: Child's pose
    risk: low
    steps:
      - Kneel on the floor.
      - Sit back on your heels.
    hold: 20 s
    repetitions: 3
    warnings:
      - kind: stop-if-pain
        text: Stop if you feel any pain.
";

/// A guide of two exercises, `childs-pose` and `cat-arch`, each written
/// as `first` and `second` say (`- id: …` lines).
fn two_exercises(first: &str, second: &str) -> String {
    format!(
        "spotter: 1\nid: floor-stretches\ntitle: Floor stretches\nexercises:\n{first}\n{BODY}{second}\n{}",
        BODY.replace("Child's pose", "Cat arch")
    )
}

/// An exercise whose steps are `steps` (lines 9 on).
fn with_steps(steps: &str) -> String {
    format!(
        "{HEAD}    name: Child pose\n    risk: low\n    steps:\n{steps}    hold: 20 s\n    repetitions: 3\n    warnings:\n      - kind: stop-if-pain\n        text: Stop if you feel any pain.\n"
    )
}

/// One mistake: the guide as written, where its one `parse-error` is (and
/// the character there), what it says, and the guide with the help
/// followed, each of which must be clean.
struct Case {
    /// Names the case when it fails.
    name: &'static str,
    text: String,
    /// `line:column`.
    at: &'static str,
    char_there: char,
    message: &'static str,
    help: &'static str,
    fixed: Vec<String>,
}

/// Every mistake whose report is checked alike; the two whose related
/// place is checked too have tests of their own.
fn cases() -> Vec<Case> {
    vec![
        {
            let text = format!(
                "{HEAD}    name: Child's pose: kneeling\n    risk: low\n    steps:\n      - Kneel and sit back on your heels.\n    hold: 20 s\n"
            );
            Case {
                name: "a_colon_inside_a_value_asks_for_quotes",
                at: "6:23",
                char_there: ':',
                message: "invalid YAML: `: ` inside the value of `name` (mapping values are not allowed in this context)",
                help: "YAML reads a colon followed by a space or a line break as the end of a key; quote the whole value: `name: \"Child's pose: kneeling\"`",
                fixed: vec![],
                text,
            }
        },
        {
            let text = format!(
                "{HEAD}    name: The \"child\" pose: kneeling # from the seed\n    risk: low\n"
            );
            Case {
                name: "a_colon_inside_a_value_with_double_quotes_gets_single_quotes",
                at: "6:27",
                char_there: ':',
                message: "invalid YAML: `: ` inside the value of `name` (mapping values are not allowed in this context)",
                help: "YAML reads a colon followed by a space or a line break as the end of a key; quote the whole value: `name: 'The \"child\" pose: kneeling'`",
                fixed: vec![],
                text,
            }
        },
        {
            let text = format!(
                "{HEAD}    name: Child pose\n    risk: low\n    steps:\n      - Tip: keep your back long: do not round it.\n"
            );
            // The first colon is the one that turned the step into a mapping.
            Case {
                name: "a_colon_inside_a_step_asks_to_quote_the_step",
                at: "9:12",
                char_there: ':',
                message: "invalid YAML: `: ` inside a list item (mapping values are not allowed in this context)",
                help: "YAML reads a colon followed by a space or a line break as the end of a key; quote the whole item: `- \"Tip: keep your back long: do not round it.\"`",
                fixed: vec![],
                text,
            }
        },
        {
            let text = format!("{HEAD}    name: Child pose:\n    risk: low\n");
            Case {
                name: "a_colon_ending_a_value_asks_for_quotes",
                at: "6:21",
                char_there: ':',
                message: "invalid YAML: `:` at the end of the value of `name` (mapping values are not allowed in this context)",
                help: "YAML reads a colon followed by a space or a line break as the end of a key; quote the whole value: `name: \"Child pose:\"`",
                fixed: vec![],
                text,
            }
        },
        {
            let text = format!(
                "{HEAD}    name: Child pose\n    risk: low\n    steps:\n\t- Kneel and sit back on your heels.\n    hold: 20 s\n"
            );
            Case {
                name: "a_tab_before_a_list_item_points_at_the_tab",
                at: "9:1",
                char_there: '\t',
                message: "invalid YAML: a tab in the indentation, where YAML allows only spaces (the parser says: tabs disallowed within this context (block indentation))",
                help: "YAML indentation must use spaces, not tabs: replace the tab with spaces",
                fixed: vec![],
                text,
            }
        },
        {
            let text = format!(
                "{HEAD}    name: Child pose\n    risk: low\n    warnings:\n      - kind: stop-if-pain\n    \ttext: Stop if you feel any pain.\n"
            );
            Case {
                name: "a_tab_after_spaces_before_a_key_points_at_the_tab",
                at: "10:5",
                char_there: '\t',
                message: "invalid YAML: a tab in the indentation, where YAML allows only spaces (the parser says: while scanning a plain scalar, found a tab)",
                help: "YAML indentation must use spaces, not tabs: replace the tab with spaces",
                fixed: vec![],
                text,
            }
        },
        {
            let text = format!(
                "{HEAD}    name: Child's pose\n     risk: low\n    steps:\n      - Kneel and sit back on your heels.\n"
            );
            Case {
                name: "a_key_indented_deeper_than_its_siblings_names_their_column",
                at: "7:6",
                char_there: 'r',
                message: "invalid YAML: bad indentation: `risk` starts at column 6, but the keys beside it start at column 5",
                help: "move `risk` to column 5, in line with `name` on line 6",
                fixed: vec![],
                text,
            }
        },
        {
            let text = format!(
                "{HEAD}    name: Child's pose\n   risk: low\n    steps:\n      - Kneel and sit back on your heels.\n"
            );
            Case {
                name: "a_key_indented_less_than_its_siblings_names_their_column",
                at: "7:4",
                char_there: 'r',
                message: "invalid YAML: bad indentation: `risk` starts at column 4, but the keys beside it start at column 5",
                help: "move `risk` to column 5, in line with `name` on line 6",
                fixed: vec![],
                text,
            }
        },
        {
            let text = format!(
                "{HEAD}    name: Child pose\n    risk: low\n    hold: 20 s\n    warnings:\n      - kind: stop-if-pain\n       text: Stop if you feel any pain.\n"
            );
            Case {
                name: "a_misindented_key_in_a_nested_warning_names_its_siblings_column",
                at: "11:8",
                char_there: 't',
                message: "invalid YAML: bad indentation: `text` starts at column 8, but the keys beside it start at column 9",
                help: "move `text` to column 9, in line with `kind` on line 10",
                fixed: vec![],
                text,
            }
        },
        {
            let text = "spotter: 1\nid: floor-stretches\n title: Floor stretches\nexercises: []\n";
            Case {
                name: "a_top_level_key_indented_by_one_space_names_column_one",
                at: "3:2",
                char_there: 't',
                message: "invalid YAML: bad indentation: `title` starts at column 2, but the keys beside it start at column 1",
                help: "move `title` to column 1, in line with `id` on line 2",
                fixed: vec![],
                text: text.to_string(),
            }
        },
        {
            let text = format!(
                "{HEAD}    name: Child pose\n    risk: low\n    steps:\n      - Kneel on the floor.\n     - Sit back on your heels.\n    hold: 20 s\n"
            );
            Case {
                name: "a_misaligned_list_item_names_the_items_column",
                at: "10:6",
                char_there: '-',
                message: "invalid YAML: bad indentation: this list item starts at column 6, but the items before it start at column 7",
                help: "move the `-` to column 7, in line with the item on line 9",
                fixed: vec![],
                text,
            }
        },
        {
            let text = "spotter: 1\nid: floor\ntitle: Floor\nexercises: [{id: a, id: b}]\n";
            Case {
                name: "a_duplicate_key_in_a_flow_list_keeps_the_plain_help",
                at: "4:21",
                char_there: 'i',
                message: "duplicate key `id`",
                help: "a key may appear once in a mapping; remove one of them",
                fixed: vec![],
                text: text.to_string(),
            }
        },
        {
            let text = "spotter: 1\nid: first\ntitle: Twice\nid: second\nexercises: []\n";
            Case {
                name: "a_duplicate_key_outside_a_list_keeps_the_plain_help",
                at: "4:1",
                char_there: 'i',
                message: "duplicate key `id`",
                help: "a key may appear once in a mapping; remove one of them",
                fixed: vec![],
                text: text.to_string(),
            }
        },
        {
            let text = two_exercises("  - id: childs-pose", "  id: cat-arch");
            Case {
                name: "a_later_item_without_its_dash_at_the_dash_column_says_so",
                at: "16:3",
                char_there: 'i',
                message: "invalid YAML: an item of `exercises` is missing its `- ` (`id` starts at column 3, where each item's `-` goes)",
                help: "write `- id: cat-arch` with the `-` at column 3, as on line 5",
                fixed: vec![two_exercises("  - id: childs-pose", "  - id: cat-arch")],
                text,
            }
        },
        {
            let flat = |first: &str| {
                let body: String = BODY.lines().map(|l| format!("{}\n", &l[2..])).collect();
                format!(
                    "spotter: 1\nid: floor-stretches\ntitle: Floor stretches\nexercises:\n  - id: childs-pose\n{BODY}{first}\n{body}"
                )
            };
            let text = flat("  id: cat-arch");
            let fixed = format!(
                "spotter: 1\nid: floor-stretches\ntitle: Floor stretches\nexercises:\n  - id: childs-pose\n{BODY}  - id: cat-arch\n{}",
                BODY.replace("Child's pose", "Cat arch")
            );
            Case {
                name: "a_later_item_written_all_at_the_dash_column_is_moved_as_a_whole",
                at: "16:3",
                char_there: 'i',
                message: "invalid YAML: an item of `exercises` is missing its `- ` (`id` starts at column 3, where each item's `-` goes)",
                help: "write `- id: cat-arch` with the `-` at column 3, as on line 5, and move lines 17 to 26 two columns to the right, in line with `id` at column 5",
                fixed: vec![fixed],
                text,
            }
        },
        {
            // `name` is not in the item yet: it belongs to it, one level out.
            let text = "spotter: 1\nid: floor\ntitle: Floor\nexercises:\n  - id: childs-pose\n  name: Child pose\n";
            Case {
                name: "a_key_under_indented_to_the_dash_column_is_still_a_matter_of_columns",
                at: "6:3",
                char_there: 'n',
                message: "invalid YAML: bad indentation: `name` starts at column 3, but the keys beside it start at column 5",
                help: "move `name` to column 5, in line with `id` on line 5",
                fixed: vec![],
                text: text.to_string(),
            }
        },
        {
            let text = two_exercises("    id: childs-pose", "  - id: cat-arch");
            Case {
                name: "a_first_item_without_its_dash_under_its_list_key_says_so",
                at: "5:5",
                char_there: 'i',
                message: "invalid YAML: the first item of `exercises` is missing its `- ` (the item on line 16 has one)",
                help: "write `- id: childs-pose` with the `-` at column 3, as on line 16",
                fixed: vec![two_exercises("  - id: childs-pose", "  - id: cat-arch")],
                text,
            }
        },
        {
            let deep: String = BODY.lines().map(|l| format!("  {l}\n")).collect();
            let text = format!(
                "spotter: 1\nid: floor-stretches\ntitle: Floor stretches\nexercises:\n      id: childs-pose\n{deep}  - id: cat-arch\n{}",
                BODY.replace("Child's pose", "Cat arch")
            );
            Case {
                name: "a_first_item_without_its_dash_and_deeper_keys_is_moved_as_a_whole",
                at: "5:7",
                char_there: 'i',
                message: "invalid YAML: the first item of `exercises` is missing its `- ` (the item on line 16 has one)",
                help: "write `- id: childs-pose` with the `-` at column 3, as on line 16, and move lines 6 to 15 two columns to the left, in line with `id` at column 5",
                fixed: vec![two_exercises("  - id: childs-pose", "  - id: cat-arch")],
                text,
            }
        },
        {
            let text = two_exercises("  id: childs-pose", "  - id: cat-arch");
            Case {
                name: "a_first_item_without_its_dash_at_the_dash_column_says_so",
                at: "5:3",
                char_there: 'i',
                message: "invalid YAML: the first item of `exercises` is missing its `- ` (`name` on line 6 starts at column 5, deeper than `id`)",
                help: "write `- id: childs-pose` with the `-` at column 3, so that `id` lines up with `name` at column 5",
                fixed: vec![two_exercises("  - id: childs-pose", "  - id: cat-arch")],
                text,
            }
        },
        {
            let text = format!(
                "{HEAD}    name: Child pose\n    risk: low\n    steps: [Kneel.]\n    hold: 20 s\n    repetitions: 3\n    warnings:\n      kind: stop-if-pain\n        text: Stop if you feel any pain.\n"
            );
            Case {
                name: "a_first_warning_without_its_dash_says_so",
                at: "12:7",
                char_there: 'k',
                message: "invalid YAML: the first item of `warnings` is missing its `- ` (`text` on line 13 starts at column 9, deeper than `kind`)",
                help: "write `- kind: stop-if-pain` with the `-` at column 7, so that `kind` lines up with `text` at column 9",
                fixed: vec![text.replace("      kind:", "      - kind:")],
                text,
            }
        },
        {
            let text = with_steps(
                "      - Kneel on the floor.\n      Tip: sit back on your heels.\n      - Rest.\n",
            );
            Case {
                name: "a_step_with_a_colon_and_without_its_dash_is_quoted",
                at: "10:7",
                char_there: 'T',
                message: "invalid YAML: an item of `steps` is missing its `- ` (`Tip` starts at column 7, where each item's `-` goes)",
                help: "write `- \"Tip: sit back on your heels.\"` with the `-` at column 7, as on line 9 (quoted, or its `: ` would make it a key)",
                fixed: vec![text.replace(
                    "      Tip: sit back on your heels.",
                    "      - \"Tip: sit back on your heels.\"",
                )],
                text,
            }
        },
        {
            let text = format!(
                "{HEAD}    name: 'Child's pose: kneeling'\n    risk: low\n    steps:\n      - Kneel and sit back on your heels.\n    hold: 20 s\n    repetitions: 3\n    warnings:\n      - kind: stop-if-pain\n        text: Stop if you feel any pain.\n"
            );
            Case {
                name: "an_apostrophe_inside_single_quotes_asks_to_double_it",
                at: "6:17",
                char_there: '\'',
                message: "invalid YAML: an apostrophe ends the single-quoted value of `name` early",
                help: "inside single quotes write an apostrophe as two: `name: 'Child''s pose: kneeling'`, or use double quotes: `name: \"Child's pose: kneeling\"`",
                fixed: vec![
                    text.replace("'Child's pose: kneeling'", "'Child''s pose: kneeling'"),
                    text.replace("'Child's pose: kneeling'", "\"Child's pose: kneeling\""),
                ],
                text,
            }
        },
        {
            let text = with_steps(
                "      - Kneel on the floor.\n      - 'Don't round your back: keep it long.' # the seed says so\n",
            );
            Case {
                name: "an_apostrophe_inside_a_single_quoted_step_asks_to_double_it",
                at: "10:13",
                char_there: '\'',
                message: "invalid YAML: an apostrophe ends a single-quoted list item early",
                help: "inside single quotes write an apostrophe as two: `- 'Don''t round your back: keep it long.'`, or use double quotes: `- \"Don't round your back: keep it long.\"`",
                fixed: vec![text.replace("'Don't", "'Don''t")],
                text,
            }
        },
        // A step without its `- `, at the end of the list, before another
        // step, and with a comment after it.
        {
            let text = with_steps("      - Kneel on the floor.\n      Sit back on your heels.\n");
            Case {
                name: "a_step_without_its_dash_says_so_on_its_own_line (last)",
                at: "10:7",
                char_there: 'S',
                message: "invalid YAML: an item of `steps` is missing its `- `",
                help: "write `- Sit back on your heels.` with the `-` at column 7, as on line 9",
                fixed: vec![text.replace("      Sit", "      - Sit")],
                text,
            }
        },
        {
            let text = with_steps(
                "      - Kneel on the floor.\n      Sit back on your heels.\n      - Rest.\n",
            );
            Case {
                name: "a_step_without_its_dash_says_so_on_its_own_line (before another)",
                at: "10:7",
                char_there: 'S',
                message: "invalid YAML: an item of `steps` is missing its `- `",
                help: "write `- Sit back on your heels.` with the `-` at column 7, as on line 9",
                fixed: vec![text.replace("      Sit", "      - Sit")],
                text,
            }
        },
        {
            let text = with_steps(
                "      - Kneel on the floor.\n      Sit back on your heels. # slowly\n      - Rest.\n",
            );
            Case {
                name: "a_step_without_its_dash_says_so_on_its_own_line (with a comment)",
                at: "10:7",
                char_there: 'S',
                message: "invalid YAML: an item of `steps` is missing its `- `",
                help: "write `- Sit back on your heels.` with the `-` at column 7, as on line 9",
                fixed: vec![text.replace("      Sit", "      - Sit")],
                text,
            }
        },
    ]
}

fn judge(case: &Case) {
    let d = only_error(&case.text);
    assert_error(
        &case.text,
        &d,
        case.at,
        case.char_there,
        case.message,
        case.help,
    );
    for fixed in &case.fixed {
        assert_clean(fixed);
    }
}

/// The table: each case is judged whatever the others do, and a failure
/// names its cases (each one's assertion is printed above).
#[test]
fn each_mistake_is_one_parse_error_at_the_character_to_fix_with_help_that_fixes_it() {
    let failed: Vec<&str> = cases()
        .iter()
        .filter(|case| std::panic::catch_unwind(|| judge(case)).is_err())
        .map(|case| case.name)
        .collect();
    assert!(failed.is_empty(), "failed: {failed:#?}");
}
