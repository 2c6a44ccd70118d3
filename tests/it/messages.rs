//! What a finding says. The help line of common mistakes names the fix
//! itself, not just the grammar: each case is one planted line in an
//! otherwise clean exercise, and must give exactly one finding with exactly
//! this help. Units are said as the guide wrote them.

use crate::support::{cmd, inproc};

use cmd::{CLEAN_BODY, guide, run_in, write};

/// `(message, help)` of every finding of a guide whose exercise is
/// [`CLEAN_BODY`] with the line starting like `line` replaced by it (or
/// `line` added when no line starts so).
fn planted(line: &str) -> Vec<(String, String)> {
    let key = line.trim_start().split(':').next().unwrap_or_default();
    let mut body = String::new();
    let mut replaced = false;
    let mut lines = CLEAN_BODY.lines().peekable();
    while let Some(l) = lines.next() {
        if !replaced && l.trim_start().starts_with(&format!("{key}:")) && l.starts_with("    ") {
            body.push_str(line);
            body.push('\n');
            replaced = true;
            // A block value (the warnings list) goes with its key.
            while lines.peek().is_some_and(|next| next.starts_with("      ")) {
                lines.next();
            }
        } else {
            body.push_str(l);
            body.push('\n');
        }
    }
    if !replaced {
        body.push_str(line);
        body.push('\n');
    }
    check(&guide("helps", &body))
}

fn check(text: &str) -> Vec<(String, String)> {
    inproc::report("g.yaml", text)["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|d| {
            (
                d["message"].as_str().unwrap_or_default().to_string(),
                d["help"].as_str().unwrap_or("<no help>").to_string(),
            )
        })
        .collect()
}

/// Each planted line and the one help it must get.
const CASES: &[(&str, &str)] = &[
    // Enum values: synonyms and case.
    ("    risk: Medium", "did you mean `moderate`?"),
    ("    risk: HIGH", "did you mean `high`?"),
    (
        "    position: lying",
        "for lying down write `supine` (on your back), `prone` (on your front) or `side-lying` (on your side)",
    ),
    ("    position: lying on your back", "did you mean `supine`?"),
    ("    position: sitting", "did you mean `seated`?"),
    (
        "    position: on all fours",
        "did you mean `hands-and-knees`?",
    ),
    // Types.
    (
        "    professional_only: yes",
        "write `professional_only: true`",
    ),
    (
        "    professional_only: \"no\"",
        "write `professional_only: false`",
    ),
    ("    equipment: chair", "make it a list: `[chair]`"),
    (
        "    equipment: chair, towel",
        "make it a list: `[chair, towel]`",
    ),
    (
        "    contraindications: osteoporosis",
        "make it a list: `[osteoporosis]`",
    ),
    // Durations.
    ("    hold: \"30\"", "add a unit: `30 s`"),
    ("    hold: 30-45", "add a unit: `30-45 s`"),
    ("    hold: 30 Seconds", "units are lower case: `30 seconds`"),
    (
        "    hold: 15—30 s",
        "join a range with `-` or `–`, not `—`: `15-30 s`",
    ),
    (
        "    hold: {min: 15, max: 30}",
        "add `unit:`: `{min: 15, max: 30, unit: s}`",
    ),
    // Counts.
    (
        "    repetitions: 3-5 times a day",
        "this says how often a day, not how many in a row: write `frequency: 3-5 per day` and give `repetitions` for one session, such as `repetitions: 1`",
    ),
    ("    repetitions: 5 times", "write just the count: `5`"),
    ("    repetitions: 2-3 each side", "write `2-3 per side`"),
    // Reversed ranges: the same value the right way round.
    (
        "    hold: 30-15 s",
        "write the smaller number first: `15-30 s`",
    ),
    (
        "    hold: 30 to 15 seconds",
        "write the smaller number first: `15 to 30 seconds`",
    ),
    (
        "    hold: 2–1 min",
        "write the smaller number first: `1–2 min`",
    ),
    (
        "    hold: {min: 30, max: 15, unit: s}",
        "swap `min` and `max`: `{min: 15, max: 30, unit: s}`",
    ),
    (
        "    repetitions: 3-2 per side",
        "write the smaller number first: `2-3 per side`",
    ),
    (
        "    repetitions: {min: 3, max: 2, per: side}",
        "swap `min` and `max`: `{min: 2, max: 3, per: side}`",
    ),
    (
        "    frequency: 5-3 per day",
        "write the smaller number first: `3-5 per day`",
    ),
    (
        "    frequency: {min: 5, max: 3, per: day}",
        "swap `min` and `max`: `{min: 3, max: 5, per: day}`",
    ),
    (
        "    hold: {min: 30, max: 15}",
        "add `unit:` and put the smaller number under `min`: `{min: 15, max: 30, unit: s}`",
    ),
    // An unbounded count keeps its `per`.
    (
        "    repetitions: {min: 2, per: side}",
        "add `max:`, e.g. `{min: 2, max: 2, per: side}`",
    ),
    // Frequencies.
    ("    frequency: 3 times a day", "write `3 per day`"),
    ("    frequency: twice a day", "write `2 per day`"),
    ("    frequency: 3x per week", "write `3 per week`"),
    ("    frequency: daily", "write `1 per day`"),
    (
        "    frequency: {min: 3, max: 5}",
        "add `per: day` or `per: week`: `{min: 3, max: 5, per: day}`",
    ),
];

#[test]
fn common_mistakes_get_help_that_names_the_fix() {
    let mut failed = Vec::new();
    for (line, help) in CASES {
        let found = planted(line);
        match found.as_slice() {
            [(_, got)] if got == help => {}
            _ => failed.push(format!("{line:?}: want help {help:?}, got {found:#?}")),
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn did_you_mean_never_names_a_key_that_is_already_there() {
    assert_eq!(
        planted("    hold_time: 10 s"),
        [(
            "unknown key `hold_time` in exercise `helps-move`".to_string(),
            "this exercise already has `hold`; remove `hold_time` or merge it into `hold`"
                .to_string()
        )]
    );
}

#[test]
fn a_misspelt_key_says_what_is_missing_without_it() {
    let text = guide("helps", &CLEAN_BODY.replace("    hold:", "    hold_time:"));
    assert_eq!(
        check(&text),
        [(
            "unknown key `hold_time` in exercise `helps-move`".to_string(),
            "did you mean `hold`? (this exercise has no `hold` otherwise)".to_string()
        )]
    );
}

#[test]
fn every_missing_required_key_says_what_to_add() {
    let text = "spotter: 1\nid: helps\nexercises:\n  - id: a\n    risk: low\n    steps: [x]\n    hold: 1 s\n    repetitions: 1\n    warnings:\n      - kind: stop-if-pain\n      - text: Stop if it hurts.\n    partner: {}\n    supervision: A physio.\n";
    let found = check(text);
    let helps: Vec<&str> = found.iter().map(|(_, h)| h.as_str()).collect();
    for want in [
        "add `title:` with the guide's title",
        "add `name:` with the exercise's name",
        "add `text:` with what the warning says",
        "add `kind:` with one of stop-if-pain, see-a-doctor, contraindication, caution",
        "add `role:` saying what the partner does",
    ] {
        assert!(helps.contains(&want), "no {want:?} in {found:#?}");
    }
}

#[test]
fn a_block_of_text_is_quoted_by_its_first_line_in_a_message() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "spotter: 1\nid: g\ntitle: T\nexercises:\n  - id: a\n    name: A\n    risk: low\n    steps: [x]\n    hold: 5 s\n    repetitions: 2\n    warnings:\n      - kind: stop-if-pain\n        text: Stop if it hurts.\n      - |\n        Old style warning.\n        Second line.\n      - >-\n        Another one.\n";
    write(dir.path(), "g.yaml", text);
    let report = run_in(dir.path(), &["check", "--format", "json", "g.yaml"]).json();
    let messages: Vec<&str> = report["diagnostics"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|d| d["message"].as_str())
        .collect();
    assert_eq!(
        messages,
        [
            "item 2 of `warnings` must be a mapping (found \"Old style warning.…\")",
            "item 3 of `warnings` must be a mapping (found \"Another one.\")",
        ]
    );
}

/// An exercise at moderate risk with a partner line `partner`, and
/// everything else the rules ask for.
fn partnered(partner: &str) -> String {
    guide(
        "helps",
        &format!(
            "{}{partner}\n",
            CLEAN_BODY.replace("risk: low", "risk: moderate")
        ),
    )
}

#[test]
fn a_partner_written_as_no_says_to_remove_it_and_is_no_partner() {
    for written in ["no", "none", "\"false\"", "n", "No", "None"] {
        let found = check(&partnered(&format!("    partner: {written}")));
        let shown = written.trim_matches('"');
        assert_eq!(
            found,
            [(
                format!("`partner` must be a mapping (found \"{shown}\")"),
                "to say nobody else takes part, remove `partner`".to_string()
            )],
            "{written}"
        );
    }
    // The help, followed, gives a clean guide.
    assert_eq!(check(&partnered("")), []);
}

#[test]
fn a_partner_written_as_false_says_to_remove_it() {
    assert_eq!(
        check(&partnered("    partner: false")),
        [(
            "`partner` must be a mapping (found false)".to_string(),
            "to say nobody else takes part, remove `partner`".to_string()
        )]
    );
}

#[test]
fn a_partner_written_as_a_word_is_still_a_partner() {
    let found = check(&partnered("    partner: physio"));
    let rules: Vec<&str> = found.iter().map(|(m, _)| m.as_str()).collect();
    assert_eq!(found.len(), 2, "{rules:#?}");
    assert_eq!(
        found[1].1,
        "say what the partner does under `role:`: `partner: {role: physio}`"
    );
}

/// The value a help line offers between its last pair of backticks.
fn offered(help: &str) -> &str {
    help.rsplit('`').nth(1).unwrap_or_default()
}

#[test]
fn a_rewritten_value_is_clean() {
    for (line, help) in CASES {
        let (key, _) = line.trim_start().split_once(':').unwrap_or_default();
        if !["hold", "repetitions", "frequency"].contains(&key) || help.contains("how often") {
            continue;
        }
        let fixed = format!("    {key}: {}", offered(help));
        assert_eq!(planted(&fixed), [], "{line:?} rewritten as {fixed:?}");
    }
}

#[test]
fn repetitions_that_are_a_frequency_beside_a_frequency_do_not_ask_for_a_second_one() {
    let body = CLEAN_BODY.replace(
        "    repetitions: 3\n",
        "    repetitions: 3 times a day\n    frequency: 2 per day\n",
    );
    assert_eq!(
        check(&guide("helps", &body)),
        [(
            "`repetitions` must be a count (found \"3 times a day\")".to_string(),
            "this says how often a day (`3 per day`), not how many in a row, and this exercise already has `frequency`: fold it into that `frequency` or remove it, and give `repetitions` for one session, such as `repetitions: 1`".to_string()
        )]
    );
    let body = CLEAN_BODY.replace(
        "    repetitions: 3\n",
        "    repetitions: {min: 3, max: 5, per: day}\n    frequency: 2 per day\n",
    );
    assert_eq!(
        check(&guide("helps", &body)),
        [(
            "`repetitions` is a mapping that fits none of the forms of a count".to_string(),
            "this says how often a day (`{min: 3, max: 5, per: day}`), not how many in a row, and this exercise already has `frequency`: fold it into that `frequency` or remove it, and give `repetitions` for one session, such as `repetitions: 1`".to_string()
        )]
    );
}

#[test]
fn an_id_with_accented_letters_is_suggested_in_ascii_or_not_at_all() {
    for (id, help) in [
        ("übung-eins", "write `ubung-eins`"),
        ("café-stretch", "write `cafe-stretch`"),
        ("Straße-Dehnung", "write `strasse-dehnung`"),
        ("Øre-Æble", "write `ore-aeble`"),
        ("Ćwiczenie Łokcia", "write `cwiczenie-lokcia`"),
        (
            "άσκηση-ένα",
            "use only lowercase ASCII letters, digits and single hyphens, such as `knee-hug`",
        ),
        (
            "ストレッチ",
            "use only lowercase ASCII letters, digits and single hyphens, such as `knee-hug`",
        ),
    ] {
        let text = guide("helps", CLEAN_BODY).replace("id: helps-move", &format!("id: {id}"));
        assert_eq!(
            check(&text),
            [(
                format!(
                    "`id` must be kebab-case: lowercase ASCII letters, digits and single hyphens (found \"{id}\")"
                ),
                help.to_string()
            )],
            "{id}"
        );
        if let Some(fixed) = help.strip_prefix("write `") {
            let fixed = fixed.trim_end_matches('`');
            let text =
                guide("helps", CLEAN_BODY).replace("id: helps-move", &format!("id: {fixed}"));
            assert_eq!(check(&text), [], "{fixed}");
        }
    }
}

#[test]
fn a_step_with_a_colon_asks_to_quote_the_step() {
    for (steps, help) in [
        (
            "    steps:\n      - Tip: keep your back straight.\n",
            "YAML reads `Tip: …` as a key and a value; quote the step: `- \"Tip: keep your back straight.\"`",
        ),
        (
            "    steps:\n      - Kneel down.\n      - Note: say \"stop\" if it hurts\n",
            "YAML reads `Note: …` as a key and a value; quote the step: `- 'Note: say \"stop\" if it hurts'`",
        ),
    ] {
        let body = CLEAN_BODY.replace("    steps: [Draw both knees to your chest.]\n", steps);
        let found = check(&guide("helps", &body));
        let item = if steps.contains("Note") { 2 } else { 1 };
        assert_eq!(
            found,
            [(
                format!("item {item} of `steps` must be text (found a mapping)"),
                help.to_string()
            )]
        );
        let (_, quoted) = help.split_once("quote the step: `- ").unwrap_or_default();
        let quoted = quoted.trim_end_matches('`');
        let line = steps.lines().last().unwrap_or_default();
        let fixed = body.replace(line, &format!("      - {quoted}"));
        assert_eq!(check(&guide("helps", &fixed)), [], "{fixed}");
    }
}

#[test]
fn a_first_step_without_its_dash_asks_for_one_line_per_step() {
    // YAML reads the lines as one text: the `-` of the second step is in it.
    let steps =
        "    steps:\n      Draw both knees to your chest.\n      - Hug them for a moment.\n";
    let body = CLEAN_BODY.replace("    steps: [Draw both knees to your chest.]\n", steps);
    assert_eq!(
        check(&guide("helps", &body)),
        [(
            "`steps` must be a list (found \"Draw both knees to your chest. - Hug them for a moment.\")".to_string(),
            "make it a list: under `steps:`, put each item on its own line after `- `".to_string()
        )]
    );
    let fixed = body.replace("      Draw", "      - Draw");
    assert_eq!(check(&guide("helps", &fixed)), []);
}

#[test]
fn units_are_said_as_written_and_a_hold_per_side_points_at_repetitions() {
    let dir = tempfile::tempdir().expect("temp dir");
    let minutes = CLEAN_BODY
        .replace("hold: 10 s", "hold: 3 min")
        .replace("[Draw both knees to your chest.]", "[Hold for 30 seconds.]");
    write(dir.path(), "a.yaml", &guide("a", &minutes));
    let sides = CLEAN_BODY.replace("hold: 10 s", "hold: 30 s each side");
    write(dir.path(), "b.yaml", &guide("b", &sides));
    let report = run_in(
        dir.path(),
        &["check", "--format", "json", "a.yaml", "b.yaml"],
    )
    .json();
    let said: Vec<String> = report["diagnostics"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|d| format!("{} | {}", d["message"], d["help"]))
        .collect();
    assert_eq!(
        said,
        [
            "\"step says hold for 30 seconds, but `hold` is 3 min\" | \"if `hold` is right, make the step say 3 min; if the step is right, change `hold` to match it\"",
            "\"exercise `a-move` holds for up to 3 min, above the 120 s ceiling\" | \"check the unit (`s` or `min`); most holds are 10-60 s\"",
            "\"`hold` must be a duration (found \\\"30 s each side\\\")\" | \"a hold has no sides: write `hold: 30 s`, and say `per side` in `repetitions` (`3 per side`)\"",
        ]
    );
}

#[test]
fn an_item_of_warnings_is_not_called_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    let body = CLEAN_BODY.replace("        text: Stop if you feel any pain.\n", "");
    write(dir.path(), "g.yaml", &guide("g", &body));
    let report = run_in(dir.path(), &["check", "--format", "json", "g.yaml"]).json();
    let messages: Vec<&str> = report["diagnostics"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|d| d["message"].as_str())
        .collect();
    assert!(
        messages.contains(&"item 1 of `warnings` is missing the required key `text`"),
        "{messages:?}"
    );
}
