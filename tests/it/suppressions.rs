//! `# spotter: allow RULE -- REASON` end to end: each placement, the
//! comments that are not comments, and the unused and invalid ones.

use crate::support::cmd;

use cmd::{CLEAN_BODY, findings, guide, run_in, write};

/// An exercise that raises `missing-hold-time` at its id (line 5, column 9)
/// and `implausible-repetitions` at its repetitions (line 9).
const HEAD: &str = "spotter: 1\nid: sup\ntitle: Suppressions\nexercises:\n";
const NO_HOLD: &str = "  - id: no-hold\n    name: Knee hug\n    risk: low\n    steps: [Hug your knees.]\n    repetitions: {min: 1, max: 50}\n    warnings:\n      - kind: stop-if-pain\n        text: Stop if you feel any pain.\n";

/// `(exit code, findings, summary)` of checking one guide with this text.
fn check(text: &str) -> (i32, Vec<String>, serde_json::Value) {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "g.yaml", text);
    let r = run_in(dir.path(), &["check", "--format", "json", "g.yaml"]);
    let report = r.json();
    (r.code, findings(&report), report["summary"].clone())
}

fn unsuppressed() -> Vec<String> {
    check(&format!("{HEAD}{NO_HOLD}")).1
}

#[test]
fn the_unsuppressed_guide_has_two_findings() {
    assert_eq!(
        unsuppressed(),
        [
            "missing-hold-time 5:9 exercise `no-hold` has no hold time",
            "implausible-repetitions 9:18 exercise `no-hold` asks for up to 50 repetitions, above the ceiling of 30",
        ]
    );
}

/// One guide with suppression comments, checked alone: its exit code,
/// every finding left (`rule line:column message`), and how many findings
/// were suppressed. Each case is a test of its own.
macro_rules! suppressed {
    ($(
        $(#[$doc:meta])*
        $name:ident: $text:expr => exit $code:literal, $found:expr, suppressed $n:expr;
    )*) => {$(
        $(#[$doc])*
        #[test]
        fn $name() {
            let (code, found, summary) = check(&$text);
            let want: &[&str] = &$found;
            assert_eq!(found, want);
            assert_eq!(code, $code, "{found:?}");
            assert_eq!(summary["suppressed"].as_u64(), $n, "{found:?}");
        }
    )*};
}

/// `missing-hold-time 5:9` left, `implausible-repetitions` allowed at the
/// end of its line, and an invalid suppression on line 13: the same in LF,
/// CRLF and BOM files.
fn mixed_suppressions() -> String {
    format!(
        "{HEAD}{NO_HOLD}    # spotter: allow missing-hold-tim -- typo\n    contraindications: [osteoporosis]\n"
    )
    .replace("max: 50}\n", "max: 50} # spotter: allow implausible-repetitions -- drill\n")
}

const MIXED_LEFT: [&str; 2] = [
    "missing-hold-time 5:9 exercise `no-hold` has no hold time",
    "invalid-suppression 13:22 suppression names an unknown rule `missing-hold-tim`",
];

const NO_HOLD_LEFT: [&str; 1] = ["missing-hold-time 5:9 exercise `no-hold` has no hold time"];

suppressed! {
    a_comment_above_a_node_covers_it_and_everything_inside:
        format!("{HEAD}  # spotter: allow missing-hold-time, implausible-repetitions -- reviewed by the physio team\n{NO_HOLD}")
        => exit 0, [], suppressed Some(2);
    a_comment_at_the_end_of_a_line_covers_the_node_starting_there:
        format!("{HEAD}{NO_HOLD}").replace("max: 50}\n", "max: 50}  # spotter: allow implausible-repetitions -- a high-volume drill\n")
        => exit 1, NO_HOLD_LEFT, suppressed Some(1);
    /// An ordinary comment between two suppressions does not end them.
    stacked_comments_above_a_node_all_apply:
        format!("{HEAD}  # spotter: allow missing-hold-time -- reviewed\n  # an ordinary comment\n  # spotter: allow implausible-repetitions -- reviewed\n{NO_HOLD}")
        => exit 0, [], suppressed Some(2);
    a_flow_mapping_spread_over_lines_is_one_node:
        format!("{HEAD}{NO_HOLD}").replace("    repetitions: {min: 1, max: 50}\n", "    repetitions: {  # spotter: allow implausible-repetitions -- a drill\n      min: 1,\n      max: 50,\n    }\n")
        => exit 1, NO_HOLD_LEFT, suppressed Some(1);
    lf_files_place_suppressions_as_crlf_and_bom_ones_do:
        mixed_suppressions() => exit 1, MIXED_LEFT, suppressed Some(1);
    crlf_files_place_suppressions_the_same:
        mixed_suppressions().replace('\n', "\r\n") => exit 1, MIXED_LEFT, suppressed Some(1);
    bom_and_crlf_files_place_suppressions_the_same:
        format!("\u{feff}{}", mixed_suppressions().replace('\n', "\r\n")) => exit 1, MIXED_LEFT, suppressed Some(1);
    a_suppression_that_allows_nothing_is_unused:
        format!("{HEAD}{NO_HOLD}").replace("    name: Knee hug\n", "    name: Knee hug # spotter: allow missing-hold-time -- on the wrong node\n")
        => exit 1, [
            "missing-hold-time 5:9 exercise `no-hold` has no hold time",
            "unused-suppression 6:37 `missing-hold-time` is allowed here but nothing here raises it",
            "implausible-repetitions 9:18 exercise `no-hold` asks for up to 50 repetitions, above the ceiling of 30",
        ], suppressed None;
    the_innermost_of_nested_suppressions_is_the_one_used:
        format!("spotter: 1\nid: sup\ntitle: T\n# spotter: allow missing-hold-time -- outer\nexercises:\n  # spotter: allow missing-hold-time -- inner\n{NO_HOLD}")
        => exit 0, [
            "unused-suppression 4:18 `missing-hold-time` is allowed here but nothing here raises it",
            "implausible-repetitions 11:18 exercise `no-hold` asks for up to 50 repetitions, above the ceiling of 30",
        ], suppressed Some(1);
}

#[test]
fn a_comment_on_a_parent_covers_every_exercise_in_it() {
    let second = NO_HOLD.replace("id: no-hold", "id: also-no-hold");
    let text = format!(
        "spotter: 1\nid: sup\ntitle: Suppressions\n# spotter: allow missing-hold-time -- holds are set per session by the therapist\nexercises:\n{NO_HOLD}{second}"
    );
    let (_, found, summary) = check(&text);
    assert_eq!(found.len(), 2, "only the repetitions are left: {found:?}");
    assert!(
        found
            .iter()
            .all(|f| f.starts_with("implausible-repetitions"))
    );
    assert_eq!(summary["suppressed"], 2);
}

#[test]
fn a_comment_above_one_list_item_covers_only_that_item() {
    let second = NO_HOLD.replace("id: no-hold", "id: also-no-hold");
    let text = format!(
        "{HEAD}  # spotter: allow missing-hold-time -- the first one only\n{NO_HOLD}{second}"
    );
    let (_, found, _) = check(&text);
    assert!(
        found.contains(
            &"missing-hold-time 14:9 exercise `also-no-hold` has no hold time".to_string()
        ),
        "{found:?}"
    );
    assert!(
        !found.iter().any(|f| f.contains("`no-hold` has no hold")),
        "{found:?}"
    );
}

#[test]
fn a_hash_inside_a_quoted_or_block_scalar_is_text() {
    let text = format!("{HEAD}{NO_HOLD}").replace(
        "    steps: [Hug your knees.]\n",
        "    steps:\n      - \"Hug # spotter: allow missing-hold-time -- quoted\"\n      - 'Rest # spotter: allow missing-hold-time -- single'\n      - |\n        Breathe.\n        # spotter: allow missing-hold-time -- block body\n",
    );
    let (_, found, summary) = check(&text);
    assert!(
        found.iter().any(|f| f.starts_with("missing-hold-time 5:9")),
        "{found:?}"
    );
    assert!(
        !found.iter().any(|f| f.contains("suppression")),
        "{found:?}"
    );
    assert!(summary.get("suppressed").is_none(), "{summary}");
}

#[test]
fn a_cross_guide_finding_is_suppressed_at_its_primary_node() {
    let dir = tempfile::tempdir().expect("temp dir");
    let body = NO_HOLD.replace(
        "    repetitions: {min: 1, max: 50}\n",
        "    hold: 5 s\n    repetitions: 3\n",
    );
    write(dir.path(), "a.yaml", &format!("{HEAD}{body}"));
    write(
        dir.path(),
        "b.yaml",
        &format!(
            "spotter: 1\nid: sup # spotter: allow duplicate-id -- b.yaml replaces a.yaml next release\ntitle: T\nexercises:\n{body}"
        ),
    );
    let r = run_in(dir.path(), &["check", "--format", "json", "."]);
    let report = r.json();
    assert_eq!(findings(&report), Vec::<String>::new());
    assert_eq!(report["summary"]["suppressed"], 1);
    assert_eq!(r.code, 0);
}

#[test]
fn a_suppression_of_a_rule_that_is_off_is_unused_and_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "spotter.toml",
        "[rules]\nmissing-hold-time = \"off\"\n",
    );
    write(
        dir.path(),
        "g.yaml",
        &format!("{HEAD}  # spotter: allow missing-hold-time -- reviewed\n{NO_HOLD}"),
    );
    let r = run_in(dir.path(), &["check", "--format", "json", "g.yaml"]);
    let report = r.json();
    let unused = &report["diagnostics"][0];
    assert_eq!(unused["rule"], "unused-suppression");
    assert!(
        unused["help"]
            .as_str()
            .unwrap_or("")
            .contains("off in the configuration"),
        "{unused}"
    );
}

#[test]
fn invalid_suppressions_say_why() {
    let cases = [
        (
            "  # spotter: allow missing-hold-time\n",
            "invalid-suppression 5:13 suppression has no reason: it suppresses nothing until it says why",
        ),
        (
            "  # spotter: allow missing-hold-time --   \n",
            "invalid-suppression 5:13 suppression has no reason",
        ),
        (
            "  # spotter: allow -- no rule here\n",
            "invalid-suppression 5:13 suppression names no rule",
        ),
        (
            "  # spotter: disable missing-hold-time -- eslint habit\n",
            "invalid-suppression 5:13 unknown suppression directive `disable`",
        ),
        (
            "  # spotter: allow missing-hold-tme -- typo\n",
            "invalid-suppression 5:20 suppression names an unknown rule `missing-hold-tme`",
        ),
        (
            "  # spotter: allow missing-hold-time -- a blank line follows\n\n",
            "invalid-suppression 5:3 the line after this suppression is empty, so it applies to nothing",
        ),
    ];
    for (comment, want) in cases {
        let (code, found, _) = check(&format!("{HEAD}{comment}{NO_HOLD}"));
        assert_eq!(code, 1);
        assert!(
            found.iter().any(|f| f.starts_with(want)),
            "{comment:?}: wanted {want:?} in {found:?}"
        );
        // The comment applied to nothing: the finding it meant to allow stays.
        assert!(
            found.iter().any(|f| f.starts_with("missing-hold-time")),
            "{comment:?}: {found:?}"
        );
    }

    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "g.yaml",
        &format!("{HEAD}{NO_HOLD}# spotter: allow missing-hold-time -- at the very end\n"),
    );
    let r = run_in(dir.path(), &["check", "--format", "json", "g.yaml"]);
    let found = findings(&r.json());
    assert!(
        found.contains(
            &"invalid-suppression 13:1 no node follows this suppression, so it applies to nothing"
                .to_string()
        ),
        "{found:?}"
    );
}

#[test]
fn an_unknown_rule_gets_a_did_you_mean_and_the_known_ones_still_apply() {
    let text = format!(
        "{HEAD}  # spotter: allow missing-hold-tme, implausible-repetitions -- reviewed\n{NO_HOLD}"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "g.yaml", &text);
    let r = run_in(dir.path(), &["check", "--format", "json", "g.yaml"]);
    let report = r.json();
    assert_eq!(
        findings(&report),
        [
            "invalid-suppression 5:20 suppression names an unknown rule `missing-hold-tme`",
            "missing-hold-time 6:9 exercise `no-hold` has no hold time",
        ]
    );
    assert_eq!(
        report["diagnostics"][0]["help"],
        "did you mean `missing-hold-time`?"
    );
    assert_eq!(report["summary"]["suppressed"], 1);
}

#[test]
fn the_summary_line_counts_suppressed_findings() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "g.yaml",
        &format!(
            "{HEAD}  # spotter: allow missing-hold-time, implausible-repetitions -- reviewed\n{NO_HOLD}"
        ),
    );
    let r = run_in(dir.path(), &["check", "--color", "never", "g.yaml"]);
    assert!(
        r.stdout
            .starts_with("0 errors, 0 warnings in 1 file (1 exercise), 2 suppressed in "),
        "{}",
        r.stdout
    );
}

#[test]
fn a_block_scalar_list_item_starts_on_its_dash_line() {
    let text = format!("{HEAD}{NO_HOLD}").replace(
        "      - kind: stop-if-pain\n        text: Stop if you feel any pain.\n",
        "      - kind: stop-if-pain\n        text: Stop if you feel any pain.\n      # spotter: allow schema-violation -- old-style warnings, converted next release\n      - |\n        Old style warning.\n      - >-  # spotter: allow schema-violation -- the same\n        Another one.\n",
    );
    let (_, found, summary) = check(&text);
    assert!(
        !found
            .iter()
            .any(|f| f.contains("suppression") || f.starts_with("schema-violation")),
        "{found:?}"
    );
    assert_eq!(summary["suppressed"], 2, "{found:?}");
}

#[test]
fn a_comment_on_or_above_the_document_start_covers_the_guide() {
    for head in [
        "# spotter: allow missing-hold-time -- holds set per session\n---\n",
        "--- # spotter: allow missing-hold-time -- holds set per session\n",
    ] {
        let (_, found, summary) = check(&format!("{head}{HEAD}{NO_HOLD}"));
        assert!(
            !found
                .iter()
                .any(|f| f.contains("hold-time") || f.contains("suppression")),
            "{head:?}: {found:?}"
        );
        assert_eq!(summary["suppressed"], 1, "{head:?}");
    }
}

#[test]
fn rules_that_cannot_be_suppressed_say_so() {
    // Every rule the contract names is built now: an allowed rule that
    // raises nothing is an ordinary unused suppression.
    let text = format!(
        "{HEAD}  # spotter: allow parse-error, conflicting-guidance, missing-hold-time -- reviewed\n{NO_HOLD}"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "g.yaml", &text);
    let report = run_in(dir.path(), &["check", "--format", "json", "g.yaml"]).json();
    assert_eq!(
        findings(&report),
        [
            "invalid-suppression 5:20 `parse-error` findings cannot be suppressed",
            "unused-suppression 5:33 `conflicting-guidance` is allowed here but nothing here raises it",
            "implausible-repetitions 10:18 exercise `no-hold` asks for up to 50 repetitions, above the ceiling of 30",
        ]
    );
    assert_eq!(
        report["diagnostics"][1]["help"],
        "remove it from the comment (or the whole comment if nothing else is left)"
    );
}

#[test]
fn a_suppression_of_a_finding_folded_into_another_is_used() {
    // `hold_time` stands for the missing `hold`: missing-hold-time is folded
    // into the unknown-key finding. The comment written for it did its job.
    let text = format!(
        "{HEAD}  # spotter: allow missing-hold-time -- the hold is set per session\n{NO_HOLD}"
    )
    .replace(
        "    steps: [Hug your knees.]\n",
        "    steps: [Hug your knees.]\n    hold_time: 10 s\n",
    );
    let (_, found, _) = check(&text);
    assert!(
        !found.iter().any(|f| f.starts_with("unused-suppression")),
        "{found:?}"
    );
    assert!(
        found.iter().any(|f| f.contains("unknown key `hold_time`")),
        "{found:?}"
    );
}

#[test]
fn a_suppression_without_a_reason_is_shown_with_its_own_rule() {
    let dir = tempfile::tempdir().expect("temp dir");
    let body = CLEAN_BODY.replace(
        "    hold: 10 s\n",
        "    # spotter: allow hold-time-mismatch\n    hold: 10 s\n",
    );
    write(dir.path(), "g.yaml", &guide("g", &body));
    let report = run_in(dir.path(), &["check", "--format", "json", "g.yaml"]).json();
    let help = report["diagnostics"][0]["help"]
        .as_str()
        .unwrap_or_default();
    assert!(help.contains("allow hold-time-mismatch -- "), "{help}");
    assert!(!help.contains("implausible-hold-time"), "{help}");
}
