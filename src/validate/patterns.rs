//! The schema's grammar patterns read by hand: the `regex` engine's set-up
//! for each search cost more than the search on values this short (`10 s`,
//! `knee-hug`), and the patterns of `hold`, `repetitions`, `frequency` and
//! every `id` are searched for every exercise. Each matcher answers exactly
//! as the regex `jsonschema` builds from the published pattern; the tests
//! hold them to it.

use crate::read::grammar;

/// A pattern of the published schema that is read by hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Own {
    KebabId,
    Duration,
    Count,
    Frequency,
    Url,
    Date,
}

/// The published patterns, exactly as `schema/guide.schema.json` writes
/// them, and their matchers.
pub const PATTERNS: [(&str, Own); 6] = [
    ("^[a-z0-9]+(-[a-z0-9]+)*$", Own::KebabId),
    (
        "^[0-9]+(\\.[0-9]+)?(( *[-\u{2013}] *| +to +)[0-9]+(\\.[0-9]+)?)? *(s|sec|secs|second|seconds|min|mins|minute|minutes)$",
        Own::Duration,
    ),
    (
        "^[0-9]+(( *[-\u{2013}] *| +to +)[0-9]+)?( +per +side)?$",
        Own::Count,
    ),
    (
        "^[0-9]+(( *[-\u{2013}] *| +to +)[0-9]+)? +per +(day|week)$",
        Own::Frequency,
    ),
    ("^https?://\\S+$", Own::Url),
    (
        "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
        Own::Date,
    ),
];

impl Own {
    /// The matcher for `pattern`, if it is one of [`PATTERNS`].
    pub fn of(pattern: &str) -> Option<Own> {
        PATTERNS
            .iter()
            .find(|(text, _)| *text == pattern)
            .map(|(_, own)| *own)
    }

    /// Whether `text` matches the pattern. The three field grammars are
    /// the grammar's own field readers, which read exactly what these
    /// patterns accept (`read::grammar`'s tests hold them to the schema).
    pub fn matches(self, text: &str) -> bool {
        match self {
            Own::KebabId => kebab_id(text.as_bytes()),
            Own::Duration => grammar::field_duration(text).is_some(),
            Own::Count => grammar::field_count(text).is_some(),
            Own::Frequency => grammar::field_frequency(text).is_some(),
            Own::Url => text
                .strip_prefix("http://")
                .or_else(|| text.strip_prefix("https://"))
                .is_some_and(|rest| {
                    !rest.is_empty() && !rest.chars().any(jsonschema_regex::is_ecma_whitespace)
                }),
            Own::Date => date(text.as_bytes()),
        }
    }
}

/// `^[a-z0-9]+(-[a-z0-9]+)*$`: words of lowercase ASCII letters and digits
/// joined by single hyphens.
fn kebab_id(bytes: &[u8]) -> bool {
    // One pass, a hyphen allowed only after a letter or digit: splitting
    // at the hyphens cost twice as much on ids of a few words.
    let mut after_hyphen = true;
    for &b in bytes {
        match b {
            b'a'..=b'z' | b'0'..=b'9' => after_hyphen = false,
            b'-' if !after_hyphen => after_hyphen = true,
            _ => return false,
        }
    }
    !after_hyphen
}

/// `^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$`: the month and
/// the day in range, not checked against each other.
fn date(bytes: &[u8]) -> bool {
    let &[y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] = bytes else {
        return false;
    };
    let digits = [y1, y2, y3, y4, m1, m2, d1, d2];
    if !digits.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let month = (m1 - b'0') * 10 + (m2 - b'0');
    let day = (d1 - b'0') * 10 + (d2 - b'0');
    (1..=12).contains(&month) && (1..=31).contains(&day)
}
