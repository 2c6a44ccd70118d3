mod read;

use spotter::model::*;
use spotter::read::grammar::{self};

#[test]
fn numbers_read_as_the_float_parser_reads_them() {
    for text in [
        "0",
        "7",
        "30",
        "007",
        "123456789012345",
        "1234567890123456",
        "99999999999999999999",
        "1.5",
        "+3",
        "-3",
        "",
        "1e3",
        "inf",
        "NaN",
        "3 ",
        "½",
    ] {
        let bits = |n: Option<f64>| n.map(f64::to_bits);
        assert_eq!(
            bits(grammar::decimal_number(text)),
            bits(text.parse().ok()),
            "{text:?}"
        );
    }
}

fn secs(text: &str) -> Option<(f64, f64)> {
    parse_duration(text)
        .ok()
        .flatten()
        .map(|d| (d.min_secs, d.max_secs))
}

#[test]
fn durations_normalize_to_seconds() {
    assert_eq!(secs("10 s"), Some((10.0, 10.0)));
    assert_eq!(secs("15–30 seconds"), Some((15.0, 30.0)));
    assert_eq!(secs("20 to 30 s"), Some((20.0, 30.0)));
    assert_eq!(secs("1.5 min"), Some((90.0, 90.0)));
    assert_eq!(secs("10"), None);
    assert!(matches!(
        parse_duration("30-10 s"),
        Err(RangeError::Reversed)
    ));
    assert!(matches!(parse_duration("0 s"), Err(RangeError::Zero)));
}

#[test]
fn counts_keep_sides_and_bounds() {
    let c = parse_count("2 to 3 per side").ok().flatten().unwrap();
    assert_eq!((c.min, c.max, c.per_side), (2, Some(3), true));
    assert!(matches!(parse_count("5-2"), Err(RangeError::Reversed)));
    assert!(matches!(
        parse_count("99999999999"),
        Err(RangeError::TooLarge)
    ));
    let f = parse_frequency("3-5 per day").ok().flatten().unwrap();
    assert_eq!((f.min, f.max, f.per), (3, 5, Period::Day));
}

#[test]
fn every_field_form_is_split_the_same_way_the_patterns_group_it() {
    assert_eq!(secs(" 5 - 10  seconds "), Some((5.0, 10.0)));
    assert_eq!(secs("1.5-2.5 min"), Some((90.0, 150.0)));
    assert_eq!(secs("10s"), Some((10.0, 10.0)));
    assert_eq!(secs("2  minutes"), Some((120.0, 120.0)));
    assert_eq!(secs("ten seconds"), None);
    assert_eq!(secs("5 or 10 s"), None);
    let count = |t: &str| {
        parse_count(t)
            .ok()
            .flatten()
            .map(|c| (c.min, c.max, c.per_side))
    };
    assert_eq!(count("3"), Some((3, Some(3), false)));
    assert_eq!(count("2–3"), Some((2, Some(3), false)));
    assert_eq!(count("4 per side"), Some((4, Some(4), true)));
    assert_eq!(count("2 or 3"), None);
    assert!(matches!(
        parse_count("2-99999999999"),
        Err(RangeError::TooLarge)
    ));
    let freq = |t: &str| {
        parse_frequency(t)
            .ok()
            .flatten()
            .map(|f| (f.min, f.max, f.per))
    };
    assert_eq!(freq("2 per week"), Some((2, 2, Period::Week)));
    assert_eq!(freq("1 to 2  per  day"), Some((1, 2, Period::Day)));
    assert_eq!(freq("twice a day"), None);
}
