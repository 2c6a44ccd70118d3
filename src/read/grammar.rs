//! One grammar for durations, counts and frequencies, in two forms: readers
//! for the fields of a guide (`hold: 5-10 s`), which take exactly what the
//! schema's patterns accept, and finders for the prose of a step ("hold it
//! for about ten seconds").
//!
//! The fields accept digits only (the schema's patterns say so); prose also
//! reads numbers as words, ` or ` ranges, more unit spellings and qualifiers.
//! Both forms are built from the same pieces (separators, units, numbers),
//! so they cannot drift.
//!
//! Both are written by hand. A step is split into words once ([`words`]),
//! each word classed (a number, a unit, "set", "day"), and a phrase is
//! looked for only in the few words before a word that anchors it. The
//! regular expressions they were written from are kept in the tests, which
//! check on some 40,000 phrasings (and 100,000 field values, against the
//! schema's own patterns) that both read the same.

use std::ops::Range;
use std::sync::LazyLock;

/// What a frequency counts per: a day or a week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Day,
    Week,
}

/// The units of a duration field.
pub const DURATION_UNIT: &str = r"(?:s|sec|secs|second|seconds|min|mins|minute|minutes)";

/// A field value read by its grammar: the first number, the second of a
/// range, and what follows them (a duration's unit, `side`, `day` or `week`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldParts<'a> {
    pub min: &'a str,
    pub max: Option<&'a str>,
    pub rest: &'a str,
}

/// `10 s`, `5-10 s`, `15–30 seconds`, `1.5 min`, read exactly as the
/// schema's pattern reads it; `rest` is the unit.
pub fn field_duration(text: &str) -> Option<FieldParts<'_>> {
    let (parts, after) = field_numbers(text, true)?;
    let unit = text.get(field_spaces(text, after)..)?;
    SECOND_AND_MINUTE_UNITS
        .contains(&unit)
        .then_some(FieldParts {
            rest: unit,
            ..parts
        })
}

/// `3`, `2-3`, `2 to 3 per side`, read as the schema's pattern reads it;
/// `rest` is `side` or empty.
pub fn field_count(text: &str) -> Option<FieldParts<'_>> {
    let (parts, after) = field_numbers(text, false)?;
    if after == text.len() {
        return Some(FieldParts { rest: "", ..parts });
    }
    let side = field_per(text, after)?;
    (side == "side").then_some(FieldParts {
        rest: side,
        ..parts
    })
}

/// `2 per day`, `3-5 per week`, read as the schema's pattern reads it;
/// `rest` is `day` or `week`.
pub fn field_frequency(text: &str) -> Option<FieldParts<'_>> {
    let (parts, after) = field_numbers(text, false)?;
    let per = field_per(text, after)?;
    matches!(per, "day" | "week").then_some(FieldParts { rest: per, ..parts })
}

/// A field's range as written, in four parts: the first number, the
/// separator, the second number and what follows them (`30`, `-`, `15`,
/// ` s`), whatever follows; to turn a reversed range round.
pub fn field_range(text: &str) -> Option<[&str; 4]> {
    let first = field_number(text, 0, true)?;
    let second = field_separator(text, first)?;
    let end = field_number(text, second, true)?;
    Some([
        text.get(..first)?,
        text.get(first..second)?,
        text.get(second..end)?,
        text.get(end..)?,
    ])
}

/// The number or range a field starts with, and where it ends.
fn field_numbers(text: &str, decimals: bool) -> Option<(FieldParts<'_>, usize)> {
    let first_end = field_number(text, 0, decimals)?;
    let second = field_separator(text, first_end)
        .and_then(|from| Some((from, field_number(text, from, decimals)?)));
    let (max, end) = match second {
        Some((from, end)) => (text.get(from..end), end),
        None => (None, first_end),
    };
    let parts = FieldParts {
        min: text.get(..first_end)?,
        max,
        rest: "",
    };
    Some((parts, end))
}

/// Where the digits at `at` end (`[0-9]+`, with `(\.[0-9]+)?` when
/// `decimals`).
fn field_number(text: &str, at: usize, decimals: bool) -> Option<usize> {
    let bytes = text.as_bytes();
    let digits = |from: usize| {
        bytes.get(from..).map_or(from, |rest| {
            from + rest.iter().take_while(|b| b.is_ascii_digit()).count()
        })
    };
    let end = digits(at);
    if end == at {
        return None;
    }
    match bytes.get(end) {
        Some(b'.') if decimals && digits(end + 1) > end + 1 => Some(digits(end + 1)),
        _ => Some(end),
    }
}

/// Where a field's range separator at `at` ends: ` *[-–] *` or ` +to +`.
fn field_separator(text: &str, at: usize) -> Option<usize> {
    let from = field_spaces(text, at);
    let rest = text.get(from..)?;
    if let Some(dash) = ["-", "–"].iter().find(|d| rest.starts_with(**d)) {
        return Some(field_spaces(text, from + dash.len()));
    }
    let after = rest.strip_prefix("to")?;
    let end = field_spaces(text, text.len() - after.len());
    (from > at && end > text.len() - after.len()).then_some(end)
}

/// The word after ` +per +` at `at`, to the end of the text.
fn field_per(text: &str, at: usize) -> Option<&str> {
    let from = field_spaces(text, at);
    let after = text.get(from..)?.strip_prefix("per")?;
    let word = field_spaces(text, text.len() - after.len());
    (from > at && word > text.len() - after.len())
        .then(|| text.get(word..))
        .flatten()
}

/// Where the spaces (` *`, spaces only) at `at` end.
fn field_spaces(text: &str, at: usize) -> usize {
    text.as_bytes().get(at..).map_or(at, |rest| {
        at + rest.iter().take_while(|&&b| b == b' ').count()
    })
}

/// Seconds in one of a duration's units.
pub fn unit_seconds(unit: &str) -> f64 {
    if unit.starts_with('m') { 60.0 } else { 1.0 }
}

// ---- prose ----

/// Numbers written as words, longest first where one is a prefix of another.
#[doc(hidden)]
pub const WORDS: &[(&str, u32)] = &[
    ("a couple of", 2),
    ("half a dozen", 6),
    ("a dozen", 12),
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

/// The units after them: "one" to "nine".
#[doc(hidden)]
pub fn units() -> impl Iterator<Item = (&'static str, u32)> {
    WORDS
        .iter()
        .copied()
        .filter(|(w, n)| *n < 10 && !w.contains(' '))
}

// ---- the words of a step ----

/// One word of a text (a run of ASCII letters, digits and `_`, the words
/// `\b` sees), and what it may be: a set of [`class`] bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    pub class: Class,
}

/// What a word may be: a set of bits, those of [`class`] and the readers'
/// own (the lexicon's, `crate::read::lexicon`).
pub type Class = u64;

/// What a word may be, as bits of [`Word::class`]; the bits from
/// [`class::FIRST_FREE`] up are the prose reader's.
pub mod class {
    use super::Class;
    /// It may start a phrase the finders read: a number, a qualifier's
    /// first word, "half", "a", "set", "once".
    pub const START: Class = 1;
    /// A unit of a duration, on its own or after digits ("10s").
    pub const DURATION_UNIT: Class = 2;
    /// "times", "reps", "rounds".
    pub const COUNT_UNIT: Class = 4;
    /// "set", "sets".
    pub const SET: Class = 8;
    /// "day", "week", "daily", "weekly".
    pub const PERIOD: Class = 16;
    /// A word without which no instruction is unbounded: "often", "long",
    /// "needed", "until", "forever".
    pub const UNBOUNDED: Class = 32;
    /// A word for another person: "partner", "someone", "friend".
    pub const PERSON: Class = 64;
    /// The first bit the prose reader may use for its own words.
    pub const FIRST_FREE: Class = 128;
}

/// The words of `text`, each classed, in one pass.
pub fn words(text: &str) -> Vec<Word> {
    let mut words = Vec::new();
    words_into(text, &mut words);
    words
}

/// [`words`], into a list that is emptied first, so that its room is
/// used again. Only the grammar's own classes are given; the step readers
/// class words by the lexicon's larger vocabulary (`lexicon::words_into`).
pub fn words_into(text: &str, words: &mut Vec<Word>) {
    words_in(&VOCABULARY, text, words);
}

/// [`words_into`], classing by `vocabulary`.
pub fn words_in(vocabulary: &Vocabulary, text: &str, words: &mut Vec<Word>) {
    let bytes = text.as_bytes();
    words.clear();
    words.reserve(bytes.len() / 4 + 1);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let first = lower_word_byte(b);
        i += 1;
        if first == 0 {
            continue;
        }
        // The word's lowered bytes are packed as they are read (the first
        // eight into one half of the key, the next eight into the other),
        // so looking it up costs one hash and one comparison; most words
        // fit the first half, whose shifts are one instruction each.
        let start = i - 1;
        let mut head = u64::from(first);
        let mut tail = 0u64;
        let head_end = start + 8;
        while let Some(&b) = bytes.get(i) {
            let c = lower_word_byte(b);
            if c == 0 || i == head_end {
                break;
            }
            head = head << 8 | u64::from(c);
            i += 1;
        }
        // Bytes past the sixteenth fall off the top of `tail`; such a word
        // is never looked up (it has the vocabulary's `unkeyed` classes).
        while let Some(&b) = bytes.get(i) {
            let c = lower_word_byte(b);
            if c == 0 {
                break;
            }
            tail = tail << 8 | u64::from(c);
            i += 1;
        }
        let len = i - start;
        let class = if first.is_ascii_digit() {
            number_class(vocabulary, bytes.get(start..i).unwrap_or_default())
        } else if len <= KEY_BYTES {
            vocabulary.class(Key::from(head) << 64 | Key::from(tail))
        } else {
            vocabulary.unkeyed
        };
        words.push(Word {
            start,
            end: i,
            class,
        });
        // The byte that ended the word (if the text goes on) is no word's:
        // it is not read again.
        i += 1;
    }
}

/// The class of a word that starts with a digit: a number, and a unit of a
/// duration too if one is written on ("10s", "30sec").
fn number_class(vocabulary: &Vocabulary, word: &[u8]) -> Class {
    let digits = word.iter().take_while(|b| b.is_ascii_digit()).count();
    let unit = key_of(word.get(digits..).unwrap_or_default());
    if unit.is_some_and(|unit| vocabulary.class(unit) & class::DURATION_UNIT != 0) {
        class::START | class::DURATION_UNIT
    } else if word
        .get(digits..)
        .is_some_and(|rest| rest.eq_ignore_ascii_case(b"x"))
    {
        // "20x": the "x" is classed as the word "x" is ("repeat x 10").
        class::START | unit.map_or(0, |unit| vocabulary.class(unit))
    } else if word
        .get(digits..)
        .and_then(|rest| rest.strip_prefix(b"x").or_else(|| rest.strip_prefix(b"X")))
        .is_some_and(|reps| !reps.is_empty() && reps.iter().all(u8::is_ascii_digit))
    {
        // "3x10", sets by repetitions: classed as "x" is too.
        class::START | key_of(b"x").map_or(0, |x| vocabulary.class(x))
    } else {
        class::START
    }
}

/// A word of at most [`KEY_BYTES`] bytes, lowered and packed into one
/// number: its first eight bytes in the high half, the rest in the low
/// half, each half first byte highest; no word's key is 0, and no two
/// words share one (a half has no zero byte but its leading ones).
pub type Key = u128;
pub const KEY_BYTES: usize = 16;

/// The key of `word`, if it is one word of at most [`KEY_BYTES`] bytes.
pub fn key_of(word: &[u8]) -> Option<Key> {
    if word.is_empty() || word.len() > KEY_BYTES {
        return None;
    }
    let pack = |part: &[u8]| {
        part.iter().try_fold(0, |key: u64, &b| {
            let c = lower_word_byte(b);
            (c != 0).then_some(key << 8 | u64::from(c))
        })
    };
    let (head, tail) = word.split_at(word.len().min(8));
    Some(Key::from(pack(head)?) << 64 | Key::from(pack(tail)?))
}

/// The classed words, in an open-addressed table of their keys: mostly one
/// probe and one comparison per word.
pub struct Vocabulary {
    /// A key of 0 marks an empty slot.
    slots: Vec<(Key, Class)>,
    /// The classes of a word too long to be a key: those a word that long
    /// may have, which its reader tells by its text (none by default).
    unkeyed: Class,
}

/// Slots in [`Vocabulary`]: a power of two, a few times the words in it.
/// The lexicon's holds some 19,500 (the partner reader's person nouns in
/// the singular and the plural among them): at 2^16 slots a third are
/// taken, and a word no entry is (most of a step's) is found absent
/// after one or two probes.
const SLOTS_LOG2: u32 = 16;
const SLOT_MASK: usize = (1 << SLOTS_LOG2) - 1;

impl Vocabulary {
    /// Panics if a word is not one word of at most [`KEY_BYTES`] bytes:
    /// the words are the program's own, and a test builds them.
    pub fn new(words: impl Iterator<Item = (&'static str, Class)>) -> Self {
        Self::with_keys(keyed(words))
    }

    /// [`Vocabulary::new`], from words already keyed by [`key_of`]: forms a
    /// table derives (a plural) are keyed without building their text.
    pub fn with_keys(keys: impl Iterator<Item = (Key, Class)>) -> Self {
        let mut slots: Vec<(Key, Class)> = vec![(0, 0); 1 << SLOTS_LOG2];
        for (key, class) in keys {
            let mut at = slot(key);
            while let Some(entry) = slots.get_mut(at) {
                if entry.0 == 0 || entry.0 == key {
                    *entry = (key, entry.1 | class);
                    break;
                }
                at = (at + 1) & SLOT_MASK;
            }
        }
        Vocabulary { slots, unkeyed: 0 }
    }

    /// This vocabulary, giving a word over [`KEY_BYTES`] bytes `class`.
    pub fn with_unkeyed(self, class: Class) -> Self {
        Vocabulary {
            unkeyed: class,
            ..self
        }
    }

    #[inline]
    fn class(&self, key: Key) -> Class {
        let mut at = slot(key);
        while let Some(&(known, class)) = self.slots.get(at) {
            if known == key {
                return class;
            }
            if known == 0 {
                return 0;
            }
            at = (at + 1) & SLOT_MASK;
        }
        0
    }
}

/// The program's own classed words, each with its key. Panics if a word
/// is not one word of at most [`KEY_BYTES`] bytes: a test builds them.
pub fn keyed(
    words: impl Iterator<Item = (&'static str, Class)>,
) -> impl Iterator<Item = (Key, Class)> {
    words.map(|(word, class)| {
        let Some(key) = key_of(word.as_bytes()) else {
            panic!("{word:?} cannot be a classed word: one word of at most {KEY_BYTES} bytes");
        };
        (key, class)
    })
}

/// Where a key goes in [`Vocabulary`].
#[inline]
fn slot(key: Key) -> usize {
    let mixed = (key as u64 ^ (key >> 64) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (mixed >> (64 - SLOTS_LOG2)) as usize
}

/// The first letter of a word, from 0 for `a` to 25 for `z`, in any case.
#[inline]
fn letter(word: &[u8]) -> Option<usize> {
    let letter = word.first()?.to_ascii_lowercase().checked_sub(b'a')?;
    (letter < 26).then_some(usize::from(letter))
}

/// Builds the word tables, so that a run can build them while it is still
/// finding files.
pub fn prepare() {
    LazyLock::force(&QUALIFIER_WORDS);
    LazyLock::force(&WORDS_BY_LETTER);
}

/// The grammar's own classed words: what may start a phrase, units,
/// "set", periods. The lexicon adds the readers' words to these.
pub fn core_words() -> impl Iterator<Item = (&'static str, Class)> {
    use class::*;
    let starts = QUALIFIERS
        .iter()
        .chain(WORDS.iter().map(|(w, _)| w))
        .filter_map(|phrase| phrase.split(' ').next())
        .chain(["half", "a", "set", "sets", "once", "twice", "thrice"])
        .map(|w| (w, START));
    const CLASSED: &[(&[&str], Class)] = &[
        (SECOND_AND_MINUTE_UNITS, DURATION_UNIT),
        (COUNT_UNITS, COUNT_UNIT),
        (&["set", "sets"], SET),
        (&["day", "week", "daily", "weekly"], PERIOD),
    ];
    starts.chain(
        CLASSED
            .iter()
            .flat_map(|(words, class)| words.iter().map(move |w| (*w, *class))),
    )
}

/// The grammar's own classed words, for [`words`].
static VOCABULARY: LazyLock<Vocabulary> = LazyLock::new(|| Vocabulary::new(core_words()));

// ---- finding phrases ----

/// Where each duration in a sentence is: "10 seconds", "3-5 s", "about ten
/// seconds", "half a minute", "1 - 2 sec".
pub fn durations(text: &str, words: &[Word]) -> Vec<Range<usize>> {
    durations_read(text, words)
        .map(|(range, _)| range)
        .collect()
}

/// [`durations`], found as they are asked for, each with the quantity it
/// was found by, as [`quantity_at`] reads it at the phrase's start in the
/// phrase alone (its places counted from there): `None` for "half a
/// minute", "a minute", "a second or two". The readers take it instead of
/// reading the phrase's quantity a second time.
pub fn durations_read<'t>(
    text: &'t str,
    words: &[Word],
) -> impl Iterator<Item = (Range<usize>, Option<Quantity<'t>>)> {
    find_before(text, words, class::DURATION_UNIT, duration_reading_at)
}

/// Where each repetition count in a sentence is: "2 to 3 times", "8-12
/// reps", "up to 5 times on each side", "a couple of times".
pub fn counts(text: &str, words: &[Word]) -> Vec<Range<usize>> {
    counts_read(text, words).map(|(range, _)| range).collect()
}

/// [`counts`], found as they are asked for, each with the quantity it
/// was found by, as [`quantity_at`] reads it at the phrase's start in the
/// phrase alone (its places counted from there).
pub fn counts_read<'t>(
    text: &'t str,
    words: &[Word],
) -> impl Iterator<Item = (Range<usize>, Quantity<'t>)> {
    find_before(text, words, class::COUNT_UNIT, count_reading_at)
}

/// Where each set stated as a count is: "a set of at least 3", "sets of 5".
pub fn sets(text: &str, words: &[Word]) -> Vec<Range<usize>> {
    each_set(text, words).collect()
}

/// [`sets`], found as they are asked for.
pub fn each_set(text: &str, words: &[Word]) -> impl Iterator<Item = Range<usize>> {
    find_before(text, words, class::SET, |text, at| {
        set_at(text, at).map(|end| (end, ()))
    })
    .map(|(range, ())| range)
}

/// Where each count per day or week in a sentence is: "three to five times
/// a day", "2 sessions daily", "twice a day", "3 times a week".
pub fn frequencies(text: &str, words: &[Word]) -> Vec<Range<usize>> {
    each_frequency(text, words).collect()
}

/// [`frequencies`], found as they are asked for.
pub fn each_frequency(text: &str, words: &[Word]) -> impl Iterator<Item = Range<usize>> {
    find_before(text, words, class::PERIOD, |text, at| {
        frequency_at(text, at).map(|end| (end, ()))
    })
    .map(|(range, ())| range)
}

/// How many words before its anchor a phrase can start. The longest has
/// twelve: "no more than a couple of to a couple of times a day".
const REACH: usize = 16;

/// Each phrase `at` reads, left to right and not overlapping: what a
/// regex's `find_iter` would find, with what `at` read it by. Every
/// phrase holds a word of the `anchor` class (a unit, "set", "day") and
/// starts at most [`REACH`] words before it, so `at` is tried only at the
/// `START` words before each anchor, each word once, in the order of the
/// text. Found as they are asked for: a reader that walks them needs no
/// list of them.
fn find_before<'t, R>(
    text: &'t str,
    words: &[Word],
    anchor: Class,
    at: impl Fn(&'t str, usize) -> Option<(usize, R)>,
) -> impl Iterator<Item = (Range<usize>, R)> {
    let mut untried = 0;
    let mut end = 0;
    let mut next = 0;
    std::iter::from_fn(move || {
        while let Some(word) = words.get(next) {
            let k = next;
            next += 1;
            if word.class & anchor == 0 || word.start < end {
                continue;
            }
            let from = untried.max(k.saturating_sub(REACH));
            for (j, start) in words.iter().enumerate().take(k + 1).skip(from) {
                untried = j + 1;
                if start.class & class::START == 0 || start.start < end {
                    continue;
                }
                if let Some((phrase_end, read)) = at(text, start.start) {
                    end = phrase_end;
                    return Some((start.start..phrase_end, read));
                }
            }
        }
        None
    })
}

/// The first of the ways the quantity at `at` can be read that `f` takes,
/// and what it makes of it. The ways are tried in the order a regex tries
/// them: with its qualifier before without, as a range before without;
/// each is read only when the ones before it were not taken (as a lazy
/// iterator would, without its chain of states).
fn find_reading<'t, R>(
    text: &'t str,
    at: usize,
    mut f: impl FnMut(Quantity<'t>) -> Option<R>,
) -> Option<R> {
    if let Some(end) = qualifier_at(text, at) {
        let number = spaces(text, end);
        let number = bracketed(text, number).unwrap_or(number);
        if number > end {
            let qualifier = text.get(at..end);
            let found = find_range(text, number, |q| f(Quantity { qualifier, ..q }));
            if found.is_some() {
                return found;
            }
        }
    }
    find_range(text, at, f)
}

/// [`find_reading`] without a qualifier: the range at `at`, then its first
/// number with "or more", then alone.
fn find_range<'t, R>(
    text: &'t str,
    at: usize,
    mut f: impl FnMut(Quantity<'t>) -> Option<R>,
) -> Option<R> {
    let (a, a_end) = number_at(text, at)?;
    let range = separator_at(text, a_end).and_then(|from| number_at(text, from));
    if let Some((b, end)) = range {
        let found = f(Quantity {
            qualifier: None,
            first: at..a_end,
            a,
            b,
            end,
        });
        if found.is_some() {
            return found;
        }
    }
    // As a regex's greedy optional group: "or more" before the number
    // alone; looked for only when the range is not taken.
    if let Some(q) = or_more(text, at, a, a_end) {
        let found = f(q);
        if found.is_some() {
            return found;
        }
    }
    f(Quantity {
        qualifier: None,
        first: at..a_end,
        a,
        b: a,
        end: a_end,
    })
}

/// "10 or more", "one or longer": a number with an open upper end said
/// after it. Its qualifier is the words after the number, which
/// [`bound`] reads as "at least".
fn or_more(text: &str, at: usize, a: f64, a_end: usize) -> Option<Quantity<'_>> {
    let or = spaces(text, a_end);
    let word = spaces(text, word_at(text, or, "or").filter(|_| or > a_end)?);
    let end = ["more", "longer"]
        .iter()
        .find_map(|w| words_at(text, word, &[w]))?;
    Some(Quantity {
        qualifier: text.get(a_end..end),
        first: at..a_end,
        a,
        b: a,
        end,
    })
}

/// The qualifier at `at` and the whitespace after it, or nothing; then
/// nothing: the places a phrase with an optional qualifier goes on from.
fn after_qualifier(text: &str, at: usize) -> impl Iterator<Item = usize> + '_ {
    let qualified = qualifier_at(text, at)
        .map(|end| (end, spaces(text, end)))
        .filter(|(end, next)| next > end)
        .map(|(_, next)| next);
    qualified.into_iter().chain([at])
}

const SECOND_AND_MINUTE_UNITS: &[&str] = &[
    "seconds", "second", "secs", "sec", "s", "minutes", "minute", "mins", "min",
];
/// The units of a duration (`SECOND_AND_MINUTE_UNITS`), each scale on its own.
pub const SECOND_UNITS: &[&str] = &["seconds", "second", "secs", "sec", "s"];
pub const MINUTE_UNITS: &[&str] = &["minutes", "minute", "mins", "min"];

// The units of both scales are the two lists, in order: they cannot drift.
const _: () = {
    const fn same(a: &str, b: &str) -> bool {
        let (a, b) = (a.as_bytes(), b.as_bytes());
        if a.len() != b.len() {
            return false;
        }
        let mut i = 0;
        while i < a.len() {
            if a[i] != b[i] {
                return false;
            }
            i += 1;
        }
        true
    }
    let both = SECOND_AND_MINUTE_UNITS;
    assert!(both.len() == SECOND_UNITS.len() + MINUTE_UNITS.len());
    let mut i = 0;
    while i < both.len() {
        let one = if i < SECOND_UNITS.len() {
            SECOND_UNITS[i]
        } else {
            MINUTE_UNITS[i - SECOND_UNITS.len()]
        };
        assert!(same(both[i], one));
        i += 1;
    }
};

/// Where a duration's unit ends after a quantity that ends at `end`, with
/// or without a hyphen before it: "10 s", "ten-second".
pub fn unit_after(text: &str, end: usize) -> Option<usize> {
    let mut i = spaces(text, end);
    let rest = text.get(i..).unwrap_or_default();
    if let Some(hyphen) = ["-", "‑"].iter().find(|h| rest.starts_with(**h)) {
        i = spaces(text, i + hyphen.len());
    }
    one_word_of(text, i, SECOND_AND_MINUTE_UNITS)
}

/// What the words after a duration of one value (`seconds`, said in
/// minutes when `minutes`) add to it, read from the start of `after`: its
/// least and most seconds, and where the words end. "a minute and a half"
/// (90 s), "1 min 30 sec" and "1 minute and 30 seconds" (90 s), "1 to 2
/// minutes" and "a minute to two" (60-120 s), "30 seconds to a minute"
/// and "30 seconds to 2 minutes" (a range up to the minutes).
pub fn duration_continued(seconds: f64, minutes: bool, after: &str) -> Option<(f64, f64, usize)> {
    let at = spaces(after, 0);
    if at == 0 {
        return None;
    }
    if minutes {
        if let Some(end) = words_at(after, at, &["and", "a", "half"]) {
            return Some((seconds + 30.0, seconds + 30.0, end));
        }
        // "a minute to two", "1 to 2 minutes" read whole.
        let upper = separator_at(after, 0)
            .and_then(|from| number_at(after, from))
            .and_then(|(n, end)| {
                let unit = one_word_of(after, spaces(after, end), MINUTE_UNITS);
                // A bare number: not one with a unit of its own after it.
                let next = after
                    .get(end..)
                    .unwrap_or_default()
                    .trim_start()
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .next()
                    .unwrap_or_default();
                let alone = !matches!(
                    next,
                    "times" | "reps" | "repetitions" | "sets" | "rounds" | "x" | "hours" | "days"
                ) && !SECOND_UNITS.contains(&next);
                let end = unit.or(alone.then_some(end))?;
                (n * 60.0 > seconds).then_some((n * 60.0, end))
            });
        if let Some((upper, end)) = upper {
            return Some((seconds, upper, end));
        }
        let from = words_at(after, at, &["and"]).map_or(at, |end| spaces(after, end));
        let (n, end) = number_at(after, from)?;
        let end = one_word_of(after, spaces(after, end), SECOND_UNITS)?;
        return Some((seconds + n, seconds + n, end));
    }
    // "30 seconds to a minute", "30 seconds to 2 minutes": a range.
    let from = separator_at(after, 0)?;
    let (upper, end) = match words_at(after, from, &["a", "minute"]) {
        Some(end) => (60.0, end),
        None => {
            let (n, end) = number_at(after, from)?;
            let end = one_word_of(after, spaces(after, end), MINUTE_UNITS)?;
            (n * 60.0, end)
        }
    };
    (upper > seconds).then_some((seconds, upper, end))
}

/// A duration at `at`: a quantity and its unit ("5-10 s", "ten-second"),
/// or "half a minute", "about a minute", "a full minute", "a second or
/// two".
pub fn duration_at(text: &str, at: usize) -> Option<usize> {
    duration_reading_at(text, at).map(|(end, _)| end)
}

/// [`duration_at`], with the quantity the duration was read by (none for
/// "half a minute" and the like), its places counted from `at`.
fn duration_reading_at(text: &str, at: usize) -> Option<(usize, Option<Quantity<'_>>)> {
    find_reading(text, at, |q| {
        unit_after(text, q.end).map(|end| (end, Some(q.from(at))))
    })
    .or_else(|| {
        after_qualifier(text, at).find_map(|from| {
            words_at(text, from, &["half", "a", "minute"])
                .or_else(|| words_at(text, from, &["a", "second", "or", "two"]))
                .or_else(|| words_at(text, from, &["a", "minute"]))
                .or_else(|| words_at(text, from, &["a", "full", "minute"]))
                .map(|end| (end, None))
        })
    })
}

const COUNT_UNITS: &[&str] = &[
    "times",
    "reps",
    "rep",
    "repetitions",
    "repetition",
    "rounds",
    "round",
];

/// How the repetitions are done, between a count's number and its unit:
/// "10 slow repetitions", "5 controlled reps".
const COUNT_MANNER: &[&str] = &[
    "slow",
    "gentle",
    "controlled",
    "full",
    "small",
    "easy",
    "smooth",
    "careful",
    "good",
    "steady",
    "quality",
];

/// Where the number in brackets at `at` starts: "at least (3) times", as
/// a form writes a number to fill in.
fn bracketed(text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    (bytes.get(at) == Some(&b'(') && bytes.get(at + 1).is_some_and(u8::is_ascii_digit))
        .then_some(at + 1)
}

/// A count at `at`: "2 to 3 times", "3 more times", "10 reps each side",
/// "at least (3) times".
/// Its places counted from `at`, the quantity it was read by comes with
/// its end.
fn count_reading_at(text: &str, at: usize) -> Option<(usize, Quantity<'_>)> {
    find_reading(text, at, |q| {
        let opened = q
            .first
            .start
            .checked_sub(1)
            .is_some_and(|i| text.as_bytes().get(i) == Some(&b'('));
        // Only after a qualifier, where the phrase starts before the
        // bracket: "(3) times" alone would start inside it.
        let closed = q.qualifier.is_some() && text.as_bytes().get(q.end) == Some(&b')');
        let q_end = if opened && closed { q.end + 1 } else { q.end };
        let from = spaces(text, q_end);
        if from == q_end {
            return None;
        }
        // "3 more times", "10 slow repetitions": one word between the
        // number and its unit, looked for only where the unit is not next.
        let between = || {
            word_at(text, from, "more")
                .or_else(|| one_word_of(text, from, COUNT_MANNER))
                .map(|end| (end, spaces(text, end)))
                .filter(|(end, next)| next > end)
                .and_then(|(_, next)| one_word_of(text, next, COUNT_UNITS))
        };
        let end = one_word_of(text, from, COUNT_UNITS).or_else(between)?;
        Some((side_at(text, end).unwrap_or(end), q.from(at)))
    })
}

/// A set as a count at `at`: "a set of at least 3", "sets of 5 reps".
fn set_at(text: &str, at: usize) -> Option<usize> {
    let after_a = words_at(text, at, &["a"])
        .map(|end| (end, spaces(text, end)))
        .filter(|(end, next)| next > end)
        .map(|(_, next)| next);
    after_a.into_iter().chain([at]).find_map(|from| {
        let set = word_at(text, from, "set")?;
        let set = match text.as_bytes().get(set) {
            Some(b's' | b'S') => set + 1,
            _ => set,
        };
        let of = spaces(text, set);
        let of = word_at(text, of, "of").filter(|_| of > set)?;
        let number = spaces(text, of);
        if number == of {
            return None;
        }
        find_reading(text, number, |q| {
            if text.as_bytes().get(q.end).is_some_and(|b| is_word_byte(*b)) {
                return None;
            }
            let unit = spaces(text, q.end);
            let end = one_word_of(text, unit, &["times", "reps", "repetitions", "rounds"])
                .filter(|_| unit > q.end)
                .unwrap_or(q.end);
            Some(side_at(text, end).unwrap_or(end))
        })
    })
}

/// A count per day or week at `at`: "3 times a day", "twice weekly".
fn frequency_at(text: &str, at: usize) -> Option<usize> {
    let counted = find_reading(text, at, |q| {
        // "3-4x daily", "3 x a day".
        let x = spaces(text, q.end);
        if let Some(x) = one_word_of(text, x, &["x"]) {
            // "2 x week" too.
            let bare = spaces(text, x);
            let per_period = per_period_at(text, x)
                .or_else(|| one_word_of(text, bare, &["day", "week"]).filter(|_| bare > x));
            if per_period.is_some() {
                return per_period;
            }
        }
        let from = spaces(text, q.end);
        if from == q.end {
            return None;
        }
        let per_period = ["times", "sessions", "sets", "time"]
            .iter()
            .find_map(|word| word_at(text, from, word))
            .and_then(|end| per_period_at(text, end));
        // "5 days a week"; "3 days week" too, as "2 x week"; "4 to 7
        // days/week".
        per_period.or_else(|| {
            let days = word_at(text, from, "days")?;
            if text.as_bytes().get(days) == Some(&b'/') {
                return one_word_of(text, days + 1, &["week"]);
            }
            let each = spaces(text, days);
            (each > days)
                .then(|| {
                    ["a", "per", "each", "every"]
                        .iter()
                        .find_map(|each_word| words_at(text, each, &[each_word, "week"]))
                        .or_else(|| one_word_of(text, each, &["week"]))
                        // "3 to 5 days out of the week".
                        .or_else(|| words_at(text, each, &["out", "of", "the", "week"]))
                })
                .flatten()
        })
    });
    counted.or_else(|| {
        after_qualifier(text, at).find_map(|from| {
            ["once", "twice", "thrice"]
                .iter()
                .find_map(|word| word_at(text, from, word))
                .and_then(|end| per_period_at(text, end))
        })
    })
}

/// "a day", "per week", "daily" after whitespace at `at`; "/day",
/// "/week", "/daily" right at `at` ("3x/day", "2 times/week",
/// "3-4x/daily").
pub fn per_period_at(text: &str, at: usize) -> Option<usize> {
    let from = spaces(text, at);
    if text.as_bytes().get(from) == Some(&b'/') {
        return one_word_of(
            text,
            spaces(text, from + 1),
            &["day", "week", "daily", "weekly"],
        );
    }
    if from == at {
        return None;
    }
    ["a", "per", "each", "every"]
        .iter()
        .find_map(|each| {
            ["day", "week"]
                .iter()
                .find_map(|period| words_at(text, from, &[each, period]))
        })
        .or_else(|| one_word_of(text, from, &["daily", "weekly"]))
}

/// A side after a count at `at`: "each side", ", on each side", "per
/// leg", "on both sides".
pub fn side_at(text: &str, at: usize) -> Option<usize> {
    let mut from = spaces(text, at);
    if text.as_bytes().get(from) == Some(&b',') {
        from = spaces(text, from + 1);
    }
    let each_side = |from: usize| {
        let each = one_word_of(text, from, &["each", "per", "every", "either"])?;
        let side = spaces(text, each);
        if side == each {
            return None;
        }
        one_word_of(text, side, &["side", "leg", "arm", "way", "direction"])
    };
    let on = ["on", "in"]
        .iter()
        .find_map(|on| word_at(text, from, on))
        .map(|end| (end, spaces(text, end)))
        .filter(|(end, next)| next > end)
        .map(|(_, next)| next);
    on.into_iter()
        .chain([from])
        .find_map(each_side)
        .or_else(|| {
            let from = spaces(text, at);
            (from > at)
                .then(|| words_at(text, from, &["on", "both", "sides"]))
                .flatten()
        })
}

/// Where the word at `at` ends if it is one of `words` (in any case).
pub fn one_word_of(text: &str, at: usize, words: &[&str]) -> Option<usize> {
    let rest = text.as_bytes().get(at..)?;
    let word = rest.get(..rest.iter().take_while(|&&b| is_word_byte(b)).count())?;
    words
        .iter()
        .any(|known| known.len() == word.len() && known.as_bytes().eq_ignore_ascii_case(word))
        .then_some(at + word.len())
}

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

/// A number or range at a place in a phrase, with its qualifier: what the
/// finders and the readers of a found phrase read it as.
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

impl Quantity<'_> {
    /// The quantity with its places counted from `start`, where the
    /// phrase it was read in starts: as [`quantity_at`] reads it at the
    /// start of the phrase alone. A finder reads the quantity at the
    /// phrase's start in the whole text and takes the first reading that
    /// its unit follows; that reading lies within the phrase, and a reading
    /// tried before it cannot be read there (a unit is not a range's
    /// second number, "or" nor "more"; no qualifier is a number), so it is
    /// the one `quantity_at` takes there.
    fn from(self, start: usize) -> Self {
        Quantity {
            first: self.first.start.saturating_sub(start)..self.first.end.saturating_sub(start),
            end: self.end.saturating_sub(start),
            ..self
        }
    }
}

/// The quantity at `at`, with its qualifier if it has one: "about 10",
/// "two or three", "at least 3", "1 - 2".
pub fn quantity_at(text: &str, at: usize) -> Option<Quantity<'_>> {
    if let Some(end) = qualifier_at(text, at) {
        let number = spaces(text, end);
        let number = bracketed(text, number).unwrap_or(number);
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

/// Where a qualifier at `at` ends, if one is there.
pub fn qualifier_at(text: &str, at: usize) -> Option<usize> {
    let first = text.as_bytes().get(at)?.to_ascii_lowercase();
    // Most quantities start with a digit, and every qualifier with one of
    // a few letters.
    if !first.is_ascii_lowercase() || QUALIFIER_LETTERS >> (first - b'a') & 1 == 0 {
        return None;
    }
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

/// Bit `b - b'a'` for the first letter `b` of each of [`QUALIFIERS`].
const QUALIFIER_LETTERS: u32 = {
    let mut letters = 0u32;
    let mut i = 0;
    while i < QUALIFIERS.len() {
        let first = QUALIFIERS[i].as_bytes()[0];
        letters |= 1 << (first - b'a');
        i += 1;
    }
    letters
};

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
    "as many as",
    "as much as",
    "as long as",
    "no more than",
    "not more than",
    "a maximum of",
    "a minimum of",
    "no fewer than",
    "not fewer than",
    "no less than",
    "not less than",
    "no longer than",
    "not longer than",
];

fn range_at(text: &str, at: usize) -> Option<Quantity<'_>> {
    let (a, a_end) = number_at(text, at)?;
    let range = separator_at(text, a_end).and_then(|from| number_at(text, from));
    if range.is_none()
        && let Some(q) = or_more(text, at, a, a_end)
    {
        return Some(q);
    }
    let (b, end) = range.unwrap_or((a, a_end));
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
    // The digits are summed as they are read: most numbers are a few
    // digits, which `decimal_number` would read again to the same value.
    let mut end = at;
    let mut sum = 0u64;
    while let Some(&b) = bytes.get(end).filter(|b| b.is_ascii_digit()) {
        sum = sum.wrapping_mul(10).wrapping_add(u64::from(b - b'0'));
        end += 1;
    }
    if end > at {
        let (end, decimal) = match bytes.get(end) {
            Some(b'.') if digits(end + 1) > end + 1 => (digits(end + 1), true),
            _ => (end, false),
        };
        if !decimal && end - at <= 15 {
            return Some((sum as f64, end));
        }
        let number = text.get(at..end)?;
        let value = match decimal {
            false => decimal_number(number),
            true => number.parse::<f64>().ok(),
        }?;
        return Some((value, end));
    }
    // Only the number words with the first letter at `at`, longest first.
    let same_letter = letter(bytes.get(at..)?).and_then(|l| WORDS_BY_LETTER.get(l))?;
    let alone = |end: usize| bytes.get(end).is_none_or(|c| !is_word_byte(*c));
    // "forty-five", "twenty one": tens, then a unit after a hyphen or a space.
    let tens_words = same_letter.iter().filter(|(_, n)| *n >= 20);
    let compound = tens_words.copied().find_map(|(tens, t)| {
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
    same_letter.iter().find_map(|&(word, n)| {
        let end = word_at(text, at, word)?;
        let alone = bytes.get(end).is_none_or(|c| !is_word_byte(*c));
        alone.then_some((f64::from(n), end))
    })
}

/// A decimal number as `str::parse::<f64>` reads it. Most are a few
/// digits (`30`, `10`): those are summed exactly (below 2^53, so the same
/// value), without the float parser.
pub fn decimal_number(text: &str) -> Option<f64> {
    if (1..=15).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit()) {
        let n = text.bytes().fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
        return Some(n as f64);
    }
    text.parse::<f64>().ok()
}

/// [`WORDS`] by their first letter, longest first: a reader tries only
/// those that can be at a place.
static WORDS_BY_LETTER: LazyLock<[Vec<(&str, u32)>; 26]> = LazyLock::new(|| {
    let mut words = WORDS.to_vec();
    words.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    let mut by_letter: [Vec<(&str, u32)>; 26] = Default::default();
    for (word, n) in words {
        if let Some(list) = letter(word.as_bytes()).and_then(|l| by_letter.get_mut(l)) {
            list.push((word, n));
        }
    }
    by_letter
});

/// Where a range separator at `at` ends: `-`, `–`, `‑`, `−` with any
/// spaces around it, or ` to ` or ` or `.
pub fn separator_at(text: &str, at: usize) -> Option<usize> {
    let from = spaces(text, at);
    let rest = text.get(from..)?;
    // Every dash starts with `-` or with 0xE2, the first byte of the
    // others: most numbers are followed by neither.
    let dash = || ["-", "–", "‑", "−"].iter().find(|d| rest.starts_with(**d));
    if let Some(dash) = matches!(rest.as_bytes().first(), Some(b'-' | 0xE2))
        .then(dash)
        .flatten()
    {
        let after = from + dash.len();
        // "eight-to-ten": a hyphenated "to" joins the range too.
        if let Some(to) = word_at(text, after, "to-") {
            return Some(to);
        }
        return Some(spaces(text, after));
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

/// Past the whitespace (`\s` as an ASCII regex reads it) at `at`.
pub fn spaces(text: &str, at: usize) -> usize {
    text.as_bytes().get(at..).map_or(at, |rest| {
        at + rest.iter().take_while(|&&b| is_space(b)).count()
    })
}

/// `\s` as an ASCII regex reads it.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r')
}

/// A byte of a word, as `\b` reads one.
#[inline]
pub fn is_word_byte(b: u8) -> bool {
    lower_word_byte(b) != 0
}

/// A byte of a word lowered, or 0 for a byte that is not one.
#[inline]
pub fn lower_word_byte(b: u8) -> u8 {
    WORD_BYTES_LOWERED.get(usize::from(b)).copied().unwrap_or(0)
}

/// The bytes of a word as `\b` sees them (ASCII letters, digits and `_`),
/// lowered; 0 for every other byte.
static WORD_BYTES_LOWERED: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() || c == b'_' {
            table[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

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
    // Compared in any case in place: a lowered copy of every qualifier
    // cost an allocation each.
    let q = q.as_bytes();
    let starts = |word: &str| {
        q.get(..word.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(word.as_bytes()))
    };
    let holds = |word: &str| {
        q.windows(word.len())
            .any(|part| part.eq_ignore_ascii_case(word.as_bytes()))
    };
    // "10 or more": the words after the number.
    let after_number = q.trim_ascii_start();
    if after_number
        .get(..3)
        .is_some_and(|head| head.eq_ignore_ascii_case(b"or "))
    {
        return Bound::AtLeast;
    }
    if starts("at least") || holds("minimum") || holds("fewer") || holds("less") {
        Bound::AtLeast
    } else if starts("up")
        || starts("as ")
        || holds("more")
        || holds("longer")
        || starts("at most")
        || holds("maximum")
    {
        Bound::AtMost
    } else {
        Bound::Exact
    }
}
