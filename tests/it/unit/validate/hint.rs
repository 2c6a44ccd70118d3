use serde_json::Value as Json;
use spotter::validate::hint::*;

#[test]
fn frequencies_are_read_from_phrases() {
    assert_eq!(as_frequency("3 times a day").as_deref(), Some("3 per day"));
    assert_eq!(
        as_frequency("three to five times a day").as_deref(),
        Some("3-5 per day")
    );
    assert_eq!(as_frequency("Twice daily").as_deref(), Some("2 per day"));
    assert_eq!(as_frequency("3x per week").as_deref(), Some("3 per week"));
    assert_eq!(as_frequency("weekly").as_deref(), Some("1 per week"));
    assert_eq!(as_frequency("often"), None);
    // Number words as the grammar reads them, beyond ten too.
    assert_eq!(
        as_frequency("twelve times a day").as_deref(),
        Some("12 per day")
    );
    assert_eq!(
        as_frequency("two-three times a week").as_deref(),
        Some("2-3 per week")
    );
    assert_eq!(
        as_frequency("a couple of times a day").as_deref(),
        Some("2 per day")
    );
    assert_eq!(
        as_frequency("twenty-one times a week").as_deref(),
        Some("21 per week")
    );
}

#[test]
fn frequencies_in_the_short_forms_writers_use() {
    for (written, meant) in [
        ("2 daily", Some("2 per day")),
        ("3 a day", Some("3 per day")),
        ("3/day", Some("3 per day")),
        ("3 times / week", Some("3 per week")),
        ("3-4x daily", Some("3-4 per day")),
        ("Once a week", Some("1 per week")),
        // A bound is not a frequency the field can hold as it is.
        ("at least 3 times a day", None),
        ("3 times a day or more", None),
    ] {
        assert_eq!(as_frequency(written).as_deref(), meant, "{written}");
    }
}

#[test]
fn counts_are_read_with_the_grammars_numbers_and_sides() {
    for (written, meant) in [
        ("10x", Some(("10", false))),
        ("ten reps", Some(("10", false))),
        ("twice", Some(("2", false))),
        ("two-three times", Some(("2-3", false))),
        ("3 times each side", Some(("3 per side", true))),
        ("2 times per leg", Some(("2 per side", true))),
        (
            "8 to 12 repetitions on each side",
            Some(("8-12 per side", true)),
        ),
        ("5 times slowly", None),
        ("up to 5 times", None),
    ] {
        let got = count_rewrite(written);
        let got = got.as_ref().map(|(fixed, side)| (fixed.as_str(), *side));
        assert_eq!(got, meant, "{written}");
    }
}

#[test]
fn no_rewrite_is_offered_that_does_not_fit() {
    assert_eq!(
        grammar(Grammar::Duration, &Json::from("a while"), false),
        None
    );
    assert_eq!(grammar(Grammar::Count, &Json::from("0 times"), false), None);
    assert_eq!(grammar(Grammar::Count, &Json::from("lots"), true), None);
}
