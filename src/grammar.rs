//! One grammar for durations, counts and frequencies, in two forms: anchored
//! for the fields of a guide (`hold: 5-10 s`), unanchored for finding them
//! inside the prose of a step ("hold it for about ten seconds").
//!
//! The fields accept digits only (the schema's patterns say so); prose also
//! reads numbers as words, ` or ` ranges, more unit spellings and qualifiers.
//! Both forms are built from the same pieces, so they cannot drift.

use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// A range separator in a field: `-`, `–` or ` to `.
pub const RANGE_SEP: &str = r"(?: *[-–] *| +to +)";
/// The units of a duration field.
pub const DURATION_UNIT: &str = r"(?:s|sec|secs|second|seconds|min|mins|minute|minutes)";
const DECIMAL: &str = r"[0-9]+(?:\.[0-9]+)?";

/// `10 s`, `5-10 s`, `15–30 seconds`, `1.5 min`: groups 1 (min), 2 (max), 3 (unit).
pub static FIELD_DURATION: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"^({DECIMAL})(?:{RANGE_SEP}({DECIMAL}))? *({DURATION_UNIT})$"
    ))
});
/// `3`, `2-3`, `2 to 3 per side`: groups 1 (min), 2 (max), 3 (per side).
pub static FIELD_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"^([0-9]+)(?:{RANGE_SEP}([0-9]+))?( +per +side)?$"
    ))
});
/// `2 per day`, `3-5 per week`: groups 1 (min), 2 (max), 3 (day|week).
pub static FIELD_FREQUENCY: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"^([0-9]+)(?:{RANGE_SEP}([0-9]+))? +per +(day|week)$"
    ))
});

/// Seconds in one of a duration's units.
pub fn unit_seconds(unit: &str) -> f64 {
    if unit.starts_with('m') { 60.0 } else { 1.0 }
}

// ---- prose ----

/// Numbers written as words, longest first where one is a prefix of another.
const WORDS: &[(&str, u32)] = &[
    ("a couple of", 2),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seventeen", 17),
    ("seven", 7),
    ("eighteen", 18),
    ("eight", 8),
    ("nineteen", 19),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
];

/// A number in prose: digits or a word (the regex is case-insensitive).
pub static NUMBER: LazyLock<String> = LazyLock::new(|| {
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

/// The units after them: "one" to "nine".
fn units() -> impl Iterator<Item = (&'static str, u32)> {
    WORDS
        .iter()
        .copied()
        .filter(|(w, n)| *n < 10 && !w.contains(' '))
}

/// A range separator in prose: the field's, or ` or `.
/// Hyphens as prose types them: `-`, `–`, `‑` (non-breaking), `−`.
pub const PROSE_SEP: &str = r"(?:\s*(?:-|–|‑|−)\s*|\s+(?:to|or)\s+)";

/// Qualifiers that come before a number, as a pattern ([`QUALIFIERS`]
/// with any whitespace between their words).
pub static QUALIFIER: LazyLock<String> = LazyLock::new(|| {
    let words: Vec<String> = QUALIFIERS.iter().map(|q| q.replace(' ', r"\s+")).collect();
    format!("(?:{})", words.join("|"))
});

/// Sides: "each side", "per side", "on each side", "on both sides", "each way".
pub const SIDE: &str = r"(?:\s*,?\s*(?:(?:on|in)\s+)?(?:each|per|every|either)\s+(?:side|leg|way|direction)|\s+on\s+both\s+sides)";

const PROSE_UNIT: &str = r"(?:seconds|second|secs|sec|s|minutes|minute|mins|min)\b";

fn quantity() -> String {
    let (n, qualifier) = (&*NUMBER, &*QUALIFIER);
    format!(r"(?:{qualifier}\s+)?{n}(?:{PROSE_SEP}{n})?")
}

/// A duration anywhere in a sentence: "10 seconds", "3-5 s", "about ten
/// seconds", "half a minute", "1 - 2 sec".
pub static PROSE_DURATION: LazyLock<Regex> = LazyLock::new(|| {
    compile_prose(&format!(
        r"(?i)\b(?:{q}\s*(?:-|‑)?\s*{PROSE_UNIT}|(?:{qualifier}\s+)?(?:half\s+a\s+minute|a\s+minute)\b)",
        q = quantity(),
        qualifier = &*QUALIFIER,
    ))
});

/// A repetition count anywhere in a sentence: "2 to 3 times", "8-12 reps",
/// "up to 5 times on each side", "a couple of times".
pub static PROSE_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    compile_prose(&format!(
        r"(?i)\b{q}\s+(?:more\s+)?(?:times|reps|rep|repetitions|repetition|rounds|round)\b(?:{SIDE}\b)?",
        q = quantity()
    ))
});

/// A set as a count: "a set of at least 3", "sets of 5".
pub static PROSE_SET: LazyLock<Regex> = LazyLock::new(|| {
    compile_prose(&format!(
        r"(?i)\b(?:a\s+)?sets?\s+of\s+{q}\b(?:\s+(?:times|reps|repetitions|rounds)\b)?(?:{SIDE}\b)?",
        q = quantity()
    ))
});

/// A count per day or week anywhere in a sentence: "three to five times a
/// day", "2 sessions daily", "twice a day", "3 times a week".
pub static PROSE_FREQUENCY: LazyLock<Regex> = LazyLock::new(|| {
    compile_prose(&format!(
        r"(?i)\b(?:{q}\s+(?:times|sessions)|(?:{qualifier}\s+)?(?:once|twice|thrice))(?:\s+(?:a|per|each|every)\s+(?:day|week)\b|\s+(?:daily|weekly)\b)",
        q = quantity(),
        qualifier = &*QUALIFIER,
    ))
});

/// The value of a number as prose writes it.
pub fn number(text: &str) -> Option<f64> {
    let text = text.trim();
    if text.starts_with(|c: char| c.is_ascii_digit()) {
        return text.parse::<f64>().ok().filter(|n| n.is_finite());
    }
    let same = |word: &str| {
        let mut a = text.split_whitespace();
        let mut b = word.split(' ');
        loop {
            match (a.next(), b.next()) {
                (None, None) => return true,
                (Some(x), Some(y)) if x.eq_ignore_ascii_case(y) => {}
                _ => return false,
            }
        }
    };
    const ONCE: &[(&str, u32)] = &[("once", 1), ("twice", 2), ("thrice", 3)];
    ONCE.iter()
        .chain(WORDS)
        .find(|(w, _)| same(w))
        .map(|(_, n)| f64::from(*n))
}

/// A number or range at a place in a phrase one of the prose patterns
/// matched. The patterns only find phrases; their parts are read here by
/// hand, because the regex engines' capture groups cost more than all the
/// rest of the reading.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity<'t> {
    pub qualifier: Option<&'t str>,
    /// The first number's bytes in the text read.
    pub first: Range<usize>,
    pub a: f64,
    /// The second number of a range; `a` when there is none.
    pub b: f64,
    /// Where the quantity ends in the text read.
    pub end: usize,
}

/// The quantity at `at`, with its qualifier if it has one: "about 10",
/// "two or three", "at least 3", "1 - 2".
pub fn quantity_at(text: &str, at: usize) -> Option<Quantity<'_>> {
    if let Some(end) = qualifier_at(text, at) {
        let number = spaces(text, end);
        if number > end
            && let Some(q) = range_at(text, number)
        {
            return Some(Quantity {
                qualifier: text.get(at..end),
                ..q
            });
        }
    }
    range_at(text, at)
}

/// A field value that one of the anchored `FIELD_` patterns matched, split
/// by hand into its first number, the second of a range, and the rest (the
/// unit, `per side`, `per day`): quicker than the patterns' capture groups.
pub fn field_parts(text: &str) -> Option<(&str, Option<&str>, &str)> {
    let (_, first_end) = number_at(text, 0)?;
    let first = text.get(..first_end)?;
    let second = separator_at(text, first_end)
        .and_then(|from| number_at(text, from).map(|(_, end)| (from, end)));
    match second {
        Some((from, end)) => Some((first, text.get(from..end), text.get(end..)?.trim_start())),
        None => Some((first, None, text.get(first_end..)?.trim_start())),
    }
}

/// Where a qualifier at `at` ends, if one is there.
pub fn qualifier_at(text: &str, at: usize) -> Option<usize> {
    let first = text.as_bytes().get(at)?.to_ascii_lowercase();
    QUALIFIER_WORDS.iter().find_map(|words| {
        if words.first()?.as_bytes().first() != Some(&first) {
            return None;
        }
        words_at(text, at, words)
    })
}

/// Where `words` end if the text at `at` says them (in any case, with
/// whitespace between them and a word boundary after the last).
pub fn words_at(text: &str, at: usize, words: &[&str]) -> Option<usize> {
    let mut end = at;
    for (i, word) in words.iter().enumerate() {
        let from = if i == 0 { end } else { spaces(text, end) };
        if i > 0 && from == end {
            return None;
        }
        end = word_at(text, from, word)?;
    }
    text.as_bytes()
        .get(end)
        .is_none_or(|b| !is_word_byte(*b))
        .then_some(end)
}

/// [`QUALIFIERS`], word by word.
static QUALIFIER_WORDS: LazyLock<Vec<Vec<&str>>> =
    LazyLock::new(|| QUALIFIERS.iter().map(|q| q.split(' ').collect()).collect());

/// Qualifiers that come before a number, each word as one space.
pub const QUALIFIERS: &[&str] = &[
    "about",
    "around",
    "roughly",
    "approximately",
    "at least",
    "at most",
    "up to",
    "no more than",
    "not more than",
    "a maximum of",
    "a minimum of",
];

fn range_at(text: &str, at: usize) -> Option<Quantity<'_>> {
    let (a, a_end) = number_at(text, at)?;
    let (b, end) = separator_at(text, a_end)
        .and_then(|from| number_at(text, from))
        .unwrap_or((a, a_end));
    Some(Quantity {
        qualifier: None,
        first: at..a_end,
        a,
        b,
        end,
    })
}

/// A number at `at` as [`NUMBER`] reads it, and where it ends.
pub fn number_at(text: &str, at: usize) -> Option<(f64, usize)> {
    let bytes = text.as_bytes();
    let digits = |from: usize| {
        bytes.get(from..).map_or(from, |b| {
            from + b.iter().take_while(|c| c.is_ascii_digit()).count()
        })
    };
    let end = digits(at);
    if end > at {
        let end = match bytes.get(end) {
            Some(b'.') if digits(end + 1) > end + 1 => digits(end + 1),
            _ => end,
        };
        let value = text.get(at..end)?.parse::<f64>().ok()?;
        return Some((value, end));
    }
    let first = bytes.get(at)?.to_ascii_lowercase();
    if !first.is_ascii_lowercase() {
        return None;
    }
    let alone = |end: usize| bytes.get(end).is_none_or(|c| !is_word_byte(*c));
    // "forty-five", "twenty one": tens, then a unit after a hyphen or a space.
    let compound = tens().find_map(|(tens, t)| {
        let end = word_at(text, at, tens)?;
        let joined = bytes.get(end).is_some_and(|&b| b == b'-' || is_space(b));
        units().find_map(|(unit, u)| {
            let end = word_at(text, end + 1, unit).filter(|_| joined)?;
            alone(end).then_some((f64::from(t + u), end))
        })
    });
    if compound.is_some() {
        return compound;
    }
    WORDS_LONGEST_FIRST.iter().find_map(|&(word, n)| {
        if word.as_bytes().first() != Some(&first) {
            return None;
        }
        let end = word_at(text, at, word)?;
        let alone = bytes.get(end).is_none_or(|c| !is_word_byte(*c));
        alone.then_some((f64::from(n), end))
    })
}

static WORDS_LONGEST_FIRST: LazyLock<Vec<(&str, u32)>> = LazyLock::new(|| {
    let mut words = WORDS.to_vec();
    words.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    words
});

/// Where a range separator at `at` ([`PROSE_SEP`]) ends.
pub fn separator_at(text: &str, at: usize) -> Option<usize> {
    let from = spaces(text, at);
    let rest = text.get(from..)?;
    if let Some(dash) = ["-", "–", "‑", "−"].iter().find(|d| rest.starts_with(**d)) {
        return Some(spaces(text, from + dash.len()));
    }
    if from == at {
        return None;
    }
    ["to", "or"].iter().find_map(|word| {
        let end = word_at(text, from, word)?;
        let next = spaces(text, end);
        (next > end).then_some(next)
    })
}

/// Where `word` ends if the text at `at` spells it (in any case).
pub fn word_at(text: &str, at: usize, word: &str) -> Option<usize> {
    let end = at.checked_add(word.len())?;
    let found = text.as_bytes().get(at..end)?;
    found.eq_ignore_ascii_case(word.as_bytes()).then_some(end)
}

/// Past the whitespace (`\s` as the prose patterns read it) at `at`.
pub fn spaces(text: &str, at: usize) -> usize {
    text.as_bytes().get(at..).map_or(at, |rest| {
        at + rest.iter().take_while(|&&b| is_space(b)).count()
    })
}

/// `\s` as the prose patterns (ASCII) read it.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r')
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// How a qualifier bounds the number after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// "10", "about 10", "2 to 3": the number or range as stated.
    Exact,
    /// "at least 3": no upper bound.
    AtLeast,
    /// "up to 5", "no more than 5": no lower bound.
    AtMost,
}

pub fn bound(qualifier: Option<&str>) -> Bound {
    let Some(q) = qualifier else {
        return Bound::Exact;
    };
    let q = q.to_ascii_lowercase();
    if q.starts_with("at least") || q.contains("minimum") {
        Bound::AtLeast
    } else if q.starts_with("up")
        || q.contains("more")
        || q.starts_with("at most")
        || q.contains("maximum")
    {
        Bound::AtMost
    } else {
        Bound::Exact
    }
}

fn compile(pattern: &str) -> Regex {
    // The patterns are constants of this file; the tests compile each one.
    Regex::new(pattern).unwrap_or_else(|e| panic!("grammar pattern does not compile: {e}"))
}

/// A prose pattern: case, word boundaries and spaces are ASCII ones, which
/// keeps the patterns small to build and lets the fast engines run on any
/// text ("15–30 seconds"); non-ASCII dashes are spelt out as literals.
pub fn compile_prose(pattern: &str) -> Regex {
    // The patterns are constants of this crate; the tests compile each one.
    regex::RegexBuilder::new(pattern)
        .unicode(false)
        .build()
        .unwrap_or_else(|e| panic!("prose pattern does not compile: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_forms_are_anchored() {
        assert!(FIELD_DURATION.is_match("5-10 s"));
        assert!(FIELD_DURATION.is_match("15–30 seconds"));
        assert!(!FIELD_DURATION.is_match("hold 5-10 s"));
        assert!(!FIELD_DURATION.is_match("ten seconds"));
        assert!(FIELD_COUNT.is_match("2 to 3 per side"));
        assert!(!FIELD_COUNT.is_match("2 or 3"));
        assert!(FIELD_FREQUENCY.is_match("3-5 per day"));
        assert!(!FIELD_FREQUENCY.is_match("twice a day"));
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
            "15–30 seconds",
        ] {
            assert!(PROSE_DURATION.is_match(text), "{text}");
        }
        for text in [
            "2 inches",
            "5 to 10 cm",
            "90 degrees",
            "2 steps",
            "a few breaths",
        ] {
            assert!(!PROSE_DURATION.is_match(text), "{text}");
        }
        for text in [
            "two or three times",
            "five to 10 times",
            "do 8-12 reps",
            "up to 5 times on each side",
            "a couple of times",
        ] {
            assert!(PROSE_COUNT.is_match(text), "{text}");
        }
        assert!(PROSE_SET.is_match("a set of at least 3"));
        for text in [
            "twice a day",
            "2 sessions daily",
            "3 times a week",
            "three to five times a day",
        ] {
            assert!(PROSE_FREQUENCY.is_match(text), "{text}");
        }
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
}
