use regex::Regex;
use spotter::read::grammar::*;
use std::ops::Range;
use std::sync::LazyLock;

/// A range separator in a field: `-`, `–` or ` to `.
const RANGE_SEP: &str = r"(?: *[-–] *| +to +)";
const DECIMAL: &str = r"[0-9]+(?:\.[0-9]+)?";

/// A number in prose: digits or a word, as the reference patterns of the
/// tests read it.
static NUMBER: LazyLock<String> = LazyLock::new(|| {
    let mut words: Vec<&str> = WORDS.iter().map(|(w, _)| *w).collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let tens: Vec<&str> = tens().map(|(w, _)| w).collect();
    let units: Vec<&str> = units().map(|(w, _)| w).collect();
    format!(
        r"(?:{DECIMAL}|(?:{})(?:[-\s](?:{}))?\b|(?:{})\b)",
        tens.join("|"),
        units.join("|"),
        words.join("|")
    )
});

/// Tens that take a unit after them: "forty-five", "twenty one".
fn tens() -> impl Iterator<Item = (&'static str, u32)> {
    WORDS.iter().copied().filter(|(_, n)| *n >= 20)
}

/// The reference patterns as `regex` builds them, with captures.
fn reference_prose(pattern: &str) -> Regex {
    regex::RegexBuilder::new(pattern)
        .unicode(false)
        .build()
        .unwrap_or_else(|e| panic!("prose pattern does not compile: {e}"))
}

fn compile(pattern: &str) -> Regex {
    // The patterns are constants of this file; the tests compile each one.
    Regex::new(pattern).unwrap_or_else(|e| panic!("grammar pattern does not compile: {e}"))
}

#[test]
fn field_forms_are_anchored() {
    assert!(field_duration("5-10 s").is_some());
    assert!(field_duration("15–30 seconds").is_some());
    assert!(field_duration("hold 5-10 s").is_none());
    assert!(field_duration("ten seconds").is_none());
    assert!(field_count("2 to 3 per side").is_some());
    assert!(field_count("2 or 3").is_none());
    assert!(field_frequency("3-5 per day").is_some());
    assert!(field_frequency("twice a day").is_none());
}

/// The field grammars as regexes, with the parts in groups 1 to 3: the
/// specification the field readers were written from.
fn reference_fields() -> [Regex; 3] {
    let decimal = r"[0-9]+(?:\.[0-9]+)?";
    [
        format!(r"^({decimal})(?:{RANGE_SEP}({decimal}))? *({DURATION_UNIT})$"),
        format!(r"^([0-9]+)(?:{RANGE_SEP}([0-9]+))?(?: +per +(side))?$"),
        format!(r"^([0-9]+)(?:{RANGE_SEP}([0-9]+))? +per +(day|week)$"),
    ]
    .map(|pattern| compile(&pattern))
}

/// The schema's own pattern for a definition's text form.
fn schema_pattern(definition: &str) -> Regex {
    fn find(value: &serde_json::Value) -> Option<&str> {
        match value {
            serde_json::Value::Object(map) => map
                .get("pattern")
                .and_then(serde_json::Value::as_str)
                .or_else(|| map.values().find_map(find)),
            serde_json::Value::Array(items) => items.iter().find_map(find),
            _ => None,
        }
    }
    let schema: serde_json::Value =
        serde_json::from_str(spotter::validate::SCHEMA_TEXT).expect("the schema is JSON");
    let pattern = find(&schema["definitions"][definition]).expect("a pattern");
    compile(pattern)
}

/// Every value the field readers take is one the schema's patterns
/// accept, and the other way round, split as the reference regexes
/// split it, on some 100,000 values built from the grammar's pieces
/// and near misses.
#[test]
fn the_field_readers_read_what_the_schema_accepts() {
    let numbers = [
        "0",
        "5",
        "10",
        "007",
        "1.5",
        "1.",
        "1.5.2",
        ".5",
        "99999999999",
        "٣",
    ];
    let separators = [
        "", "-", " - ", "  -", "- ", "–", " – ", "‑", " to ", "to", "  to  ", " or ", " to", "to ",
        " -to ",
    ];
    let spaces = ["", " ", "  ", "\t"];
    let units = [
        "s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "S", "hours",
        "", "sec ", "ss", "per side", "per day",
    ];
    let tails = [
        "",
        " per side",
        "per side",
        " per  side",
        "  per side",
        " per side ",
        " per day",
        " per week",
        "per day",
        " per  week",
        " per month",
        " a day",
        " per",
        " per dayy",
    ];
    let mut values = Vec::new();
    for a in numbers {
        let mut quantities = vec![a.to_string()];
        for sep in separators {
            for b in numbers {
                quantities.push(format!("{a}{sep}{b}"));
            }
        }
        for q in &quantities {
            for space in spaces {
                for unit in units {
                    values.push(format!("{q}{space}{unit}"));
                }
            }
            for tail in tails {
                values.push(format!("{q}{tail}"));
            }
        }
    }
    assert!(values.len() > 100_000, "{}", values.len());
    let [duration, count, frequency] = reference_fields();
    let schema = [
        schema_pattern("duration"),
        schema_pattern("count"),
        schema_pattern("frequency"),
    ];
    let readers: [fn(&str) -> Option<FieldParts<'_>>; 3] =
        [field_duration, field_count, field_frequency];
    let mut read = [0; 3];
    // A third of the quantities, each with every unit and tail, unless
    // SPOTTER_FULL_TESTS (`support::stride`).
    let stride = crate::support::stride();
    let per_quantity = spaces.len() * units.len() + tails.len();
    for value in values.chunks(per_quantity).step_by(stride).flatten() {
        for (i, (reader, reference)) in readers
            .iter()
            .zip([&duration, &count, &frequency])
            .enumerate()
        {
            let parts = reader(value);
            let expected = reference.captures(value).map(|caps| {
                let group = |i: usize| caps.get(i).map(|m| m.as_str());
                FieldParts {
                    min: group(1).unwrap_or_default(),
                    max: group(2),
                    rest: group(3).unwrap_or_default(),
                }
            });
            assert_eq!(parts, expected, "{value:?}");
            assert_eq!(parts.is_some(), schema[i].is_match(value), "{value:?}");
            read[i] += usize::from(parts.is_some());
        }
    }
    // Each grammar was met many times, not only missed.
    assert!(read.iter().all(|&n| n > 1_000 / stride), "{read:?}");
}

fn durations_in(text: &str) -> Vec<Range<usize>> {
    durations(text, &words(text))
}

#[test]
fn prose_forms_find_inside_sentences() {
    for text in [
        "hold for 10 seconds",
        "stay there for 3-5 s",
        "for about ten seconds",
        "1 - 2 seconds",
        "2 sec",
        "30 secs",
        "1 minute",
        "half a minute",
        "a full minute",
        "15–30 seconds",
        "ten s",
        "10s",
    ] {
        assert_eq!(durations_in(text).len(), 1, "{text}");
    }
    for text in [
        "2 inches",
        "5 to 10 cm",
        "90 degrees",
        "2 steps",
        "a few breaths",
        "the partner's arm",
    ] {
        assert!(durations_in(text).is_empty(), "{text}");
    }
    for text in [
        "two or three times",
        "five to 10 times",
        "do 8-12 reps",
        "up to 5 times on each side",
        "a couple of times",
    ] {
        assert_eq!(counts(text, &words(text)).len(), 1, "{text}");
    }
    let text = "a set of at least 3";
    assert_eq!(sets(text, &words(text)), vec![0..text.len()]);
    for text in [
        "twice a day",
        "2 sessions daily",
        "3 times a week",
        "three to five times a day",
    ] {
        assert_eq!(
            frequencies(text, &words(text)),
            vec![0..text.len()],
            "{text}"
        );
    }
}

// The grammar as regular expressions: what the finders were written
// from, and must agree with.

/// A range separator in prose: `-`, `–`, `‑`, `−`, ` to `, ` or `.
const PROSE_SEP: &str = r"(?:\s*(?:-|–|‑|−)\s*|\s+(?:to|or)\s+)";

const SIDE: &str = r"(?:\s*,?\s*(?:(?:on|in)\s+)?(?:each|per|every|either)\s+(?:side|leg|way|direction)|\s+on\s+both\s+sides)";

const PROSE_UNIT: &str = r"(?:seconds|second|secs|sec|s|minutes|minute|mins|min)\b";

fn qualifier() -> String {
    let words: Vec<String> = QUALIFIERS.iter().map(|q| q.replace(' ', r"\s+")).collect();
    format!("(?:{})", words.join("|"))
}

fn quantity() -> String {
    let (n, qualifier) = (&*NUMBER, qualifier());
    format!(r"(?:{qualifier}\s+)?{n}(?:{PROSE_SEP}{n}|\s+or\s+(?:more|longer)\b)?")
}

fn reference_duration() -> Regex {
    reference_prose(&format!(
        r"(?i)\b(?:{q}\s*(?:-|‑)?\s*{PROSE_UNIT}|(?:{qualifier}\s+)?(?:half\s+a\s+minute|a\s+(?:full\s+)?minute)\b)",
        q = quantity(),
        qualifier = qualifier(),
    ))
}

fn reference_count() -> Regex {
    reference_prose(&format!(
        r"(?i)\b{q}\s+(?:(?:more|slow|gentle|controlled|full|small|easy|smooth|careful|good|steady|quality)\s+)?(?:times|reps|rep|repetitions|repetition|rounds|round)\b(?:{SIDE}\b)?",
        q = quantity()
    ))
}

fn reference_set() -> Regex {
    reference_prose(&format!(
        r"(?i)\b(?:a\s+)?sets?\s+of\s+{q}\b(?:\s+(?:times|reps|repetitions|rounds)\b)?(?:{SIDE}\b)?",
        q = quantity()
    ))
}

fn reference_frequency() -> Regex {
    reference_prose(&format!(
        r"(?i)\b(?:(?:{q}\s*x|{q}\s+(?:times|sessions|sets|time)|(?:{qualifier}\s+)?(?:once|twice|thrice))(?:\s+(?:a|per|each|every)\s+(?:day|week)\b|\s+(?:daily|weekly)\b|\s*/\s*(?:day|week)\b)|{q}\s+days\s+(?:(?:a|per|each|every)\s+)?week\b|{q}\s*x\s+(?:day|week)\b)",
        q = quantity(),
        qualifier = qualifier(),
    ))
}

/// Phrases built from every piece of the grammar, in sentences: every
/// `stride`-th of their product (`support::stride`), and a few more.
fn phrasings(stride: usize) -> Vec<String> {
    let qualifiers = [
        "",
        "about ",
        "At least ",
        "up to ",
        "no  more than ",
        "a maximum of ",
    ];
    let numbers = [
        "10",
        "1.5",
        "ten",
        "Twenty-five",
        "twenty one",
        "a couple of",
        "seventeen",
        "one",
    ];
    let ranges = ["", "-12", " – 15", " to 30", " or 2", "‑forty", " or more"];
    let tails = [
        " s",
        "s",
        " sec.",
        "-second",
        " ‑ minutes",
        " mins",
        " times",
        " more times",
        " slow reps",
        " Controlled repetitions each side",
        " slow breaths",
        " reps",
        " repetitions each side",
        " rounds, on each side",
        " times per leg",
        " times on both sides",
        " times a day",
        " sessions daily",
        " time a day",
        "x daily",
        " x a day",
        "x weekly",
        " x week",
        " times every week",
        " Times weekly",
        " steps",
        " cm",
        " s a day",
        " secondsx",
    ];
    let befores = [
        "",
        "Hold for ",
        "Do a set of ",
        "sets of ",
        "repeat ",
        "x",
        "once a day and ",
    ];
    let mut out = Vec::new();
    for before in befores {
        for qualifier in qualifiers {
            for number in numbers {
                for range in ranges {
                    for tail in tails {
                        out.push(format!(
                            "{before}{qualifier}{number}{range}{tail}, then rest."
                        ));
                    }
                }
            }
        }
    }
    let mut out: Vec<String> = out.into_iter().step_by(stride).collect();
    for extra in [
        "half a minute",
        "about a minute",
        "a full minute",
        "Twice a day",
        "about once every week",
        "thrice weekly",
        "a set of 3 reps each way",
        "a sets of 2",
        "set of 4x",
    ] {
        out.push(format!("Try {extra} today."));
    }
    out
}

type Finder = fn(&str, &[Word]) -> Vec<Range<usize>>;

#[test]
fn the_finders_find_what_the_grammar_as_regexes_finds() {
    let finders: [(Regex, Finder); 4] = [
        (reference_duration(), durations),
        (reference_count(), counts),
        (reference_set(), sets),
        (reference_frequency(), frequencies),
    ];
    // A regex backtracks into a decimal glued to a word ("1.5x" read
    // as "1"); the finders read a number whole or not at all.
    let glued_decimal = reference_prose(r"[0-9]\.[0-9]+[A-Za-z]");
    let mut checked = 0;
    let stride = crate::support::stride();
    for text in phrasings(stride) {
        if glued_decimal.is_match(&text) {
            continue;
        }
        let words = words(&text);
        for (regex, find) in &finders {
            let expected: Vec<Range<usize>> = regex.find_iter(&text).map(|m| m.range()).collect();
            assert_eq!(find(&text, &words), expected, "{text}");
            checked += 1;
        }
    }
    assert!(checked > 40_000 / stride, "{checked}");
}

#[test]
fn words_are_split_where_a_word_boundary_is_and_classed_in_any_case() {
    let text = "Stay 10s, SECONDS secondsx 30Sec; REPEAT 3 Times daily-weekly é5 reps_";
    let read: Vec<(&str, Class)> = words(text)
        .iter()
        .map(|w| (text.get(w.start..w.end).unwrap_or("?"), w.class))
        .collect();
    let has = |word: &str, bits: Class| {
        read.iter()
            .any(|&(w, class)| w == word && class & bits == bits)
    };
    let plain = |word: &str| read.iter().any(|&(w, class)| w == word && class == 0);
    let split: Vec<&str> = read.iter().map(|&(w, _)| w).collect();
    assert_eq!(
        split,
        [
            "Stay", "10s", "SECONDS", "secondsx", "30Sec", "REPEAT", "3", "Times", "daily",
            "weekly", "5", "reps_"
        ]
    );
    assert!(has("10s", class::START | class::DURATION_UNIT));
    assert!(has("30Sec", class::START | class::DURATION_UNIT));
    assert!(has("SECONDS", class::DURATION_UNIT));
    assert!(has("Times", class::COUNT_UNIT));
    assert!(has("daily", class::PERIOD) && has("weekly", class::PERIOD));
    assert!(has("3", class::START) && !has("3", class::DURATION_UNIT));
    assert!(plain("secondsx") && plain("reps_"));
}

#[test]
fn a_word_longer_than_a_key_is_never_a_classed_word() {
    // A key keeps a longer word's last 16 bytes: a classed word of
    // exactly 16 bytes must not be found at the end of a longer one.
    let vocabulary = Vocabulary::new([("sixteenbyteword1", class::PERIOD)].into_iter());
    let classes = |text: &str| {
        let mut found = Vec::new();
        words_in(&vocabulary, text, &mut found);
        found.iter().map(|w| w.class).collect::<Vec<_>>()
    };
    assert_eq!(classes("a sixteenbyteword1"), [0, class::PERIOD]);
    assert_eq!(classes("a Xsixteenbyteword1"), [0, 0]);
    let long = "xxxxxxxxxxxxxxxxxxxxindefinitely";
    assert!(words(long).iter().all(|w| w.class == 0));
    assert_eq!(key_of(long.as_bytes()), None);
    assert_eq!(key_of(b"Hold"), key_of(b"hold"));
    assert_eq!(key_of(b"don't"), None);
}

#[test]
fn a_decimal_glued_to_a_word_is_not_read_as_its_whole_part() {
    let text = "a set of about 1.5second";
    assert!(sets(text, &words(text)).is_empty());
    let regex = reference_set();
    assert_eq!(
        regex.find(text).map(|m| m.as_str()),
        Some("a set of about 1")
    );
}

#[test]
fn numbers_and_bounds() {
    assert_eq!(number("Twenty"), Some(20.0));
    assert_eq!(number("a couple of"), Some(2.0));
    assert_eq!(number("1.5"), Some(1.5));
    assert_eq!(number("twice"), Some(2.0));
    assert_eq!(number("many"), None);
    assert_eq!(bound(Some("at least")), Bound::AtLeast);
    assert_eq!(bound(Some("no more than")), Bound::AtMost);
    assert_eq!(bound(Some("up to")), Bound::AtMost);
    assert_eq!(bound(Some("about")), Bound::Exact);
    assert_eq!(bound(None), Bound::Exact);
}
