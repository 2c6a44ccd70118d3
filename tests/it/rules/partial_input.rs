//! A small slip elsewhere in an exercise must not turn its safety rules
//! off: each rule runs on what it can read. An unreadable risk counts as
//! high for the partner rule, a `partner` that is not a proper mapping is
//! still a partner, and an exercise without a readable `id` is still
//! checked, its findings placed on the exercise itself. Checked in-process.

use crate::support::{cmd, inproc};

use cmd::findings;

fn check(text: &str) -> Vec<String> {
    findings(&inproc::report("g.yaml", text))
}

const HEAD: &str = "spotter: 1\nid: slips\ntitle: Slips\nexercises:\n";
const SAFE: &str = "    steps: [Your partner hugs you from behind.]\n    hold: 2 s\n    repetitions: 1\n    warnings:\n      - kind: stop-if-pain\n        text: Stop at once if you feel pain.\n";

/// An exercise `hug` with `risk` and `partner` lines as given and no
/// supervision note; `partner` starts on line 14.
fn partnered(risk: &str, partner: &str) -> String {
    format!("{HEAD}  - id: hug\n    name: Hug\n    risk: {risk}\n{SAFE}    partner{partner}\n")
}

#[test]
fn an_unreadable_risk_counts_as_high_for_the_partner_rule() {
    assert_eq!(
        check(&partnered("Medium", ":\n      role: Hugs you.")),
        [
            "schema-violation 7:11 `risk` must be one of low, moderate, high (found \"Medium\")",
            "unsupervised-partner-method 14:5 exercise `hug` involves a partner, its risk cannot be read (so it counts as high), and it has no supervision note",
        ]
    );
}

#[test]
fn a_partner_that_is_not_a_proper_mapping_is_still_a_partner() {
    let partner_rule = "unsupervised-partner-method 14:5 exercise `hug` involves a partner at high risk but has no supervision note";
    assert_eq!(
        check(&partnered("high", ": true")),
        [
            partner_rule,
            "schema-violation 14:14 `partner` must be a mapping (found true)",
        ]
    );
    let no_role = check(&partnered("high", ":\n      who: a friend"));
    assert!(no_role.iter().any(|f| f == partner_rule), "{no_role:#?}");
    let empty = check(&partnered("high", ": {}"));
    assert!(empty.iter().any(|f| f == partner_rule), "{empty:#?}");
}

#[test]
fn partner_false_means_no_partner() {
    // No partner, so no supervision is asked for; the steps still have one
    // take part, which `undeclared-partner` says.
    assert_eq!(
        check(&partnered("high", ": false")),
        [
            "undeclared-partner 8:13 step says your partner, but exercise `hug` has no `partner`",
            "schema-violation 14:14 `partner` must be a mapping (found false)",
        ]
    );
}

#[test]
fn an_exercise_without_an_id_is_checked_at_its_mapping() {
    // No id and no hold: the hold is still missing, said at the exercise.
    let text = format!(
        "{HEAD}  - name: Knee hug\n    risk: low\n    steps: [Draw both knees to your chest.]\n    repetitions: 3\n    warnings:\n      - kind: stop-if-pain\n        text: Stop if you feel any pain.\n"
    );
    assert_eq!(
        check(&text),
        [
            "missing-hold-time 5:5 exercise 1 has no hold time",
            "schema-violation 5:5 exercise 1 is missing the required key `id`",
        ]
    );
}

#[test]
fn an_exercise_whose_id_is_not_text_is_checked_at_its_id() {
    let text = format!(
        "{HEAD}  - id: 123\n    name: Knee hug\n    risk: low\n    steps: [Draw both knees to your chest.]\n    hold: 10 s\n    repetitions: 3\n"
    );
    assert_eq!(
        check(&text),
        [
            "missing-stop-if-pain 5:9 exercise 1 has no stop-if-pain warning",
            "schema-violation 5:9 `id` must be text (found 123)",
        ]
    );
}
