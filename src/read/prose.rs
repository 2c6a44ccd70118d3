//! What the steps of an exercise say, read from their prose: holds,
//! repetitions, how often a day or week, instructions without a limit, and
//! another person taking part. Pure functions over one step's text.
//!
//! Precision matters more than recall: a rule warns on what is read here,
//! so a phrase is read only when its context says what it is. A rest, a
//! warm-up, a breath, a wait, a distance or a step number is never a hold or
//! a count; a doctor to tell or a negated partner is never a partner.
//!
//! Cost: one pass splits a step into words and classes each one (a unit,
//! "set", "day", a word for a person); the classes pick the readers a step
//! needs, and the phrases are looked for only just before the words that
//! anchor them, so a step with none costs that pass alone. A phrase's
//! context is looked for within a window, so a long step costs time in
//! proportion to its length.

pub mod lexicon;
pub mod partner;
pub mod phrase;
pub mod rows;

use crate::read::grammar::Period;
use crate::read::grammar::{self, Bound, Class, Quantity, Word, class, quantity_at, unit_seconds};
pub use lexicon::JOIN;
use lexicon::{
    CONDITION_START, CONTEXT_PHRASES, HOLD_OR_STAY, HOLD_VERB, LIMIT_START, NOT_COUNT, NOT_HOLD,
    OTHER_ACTIVITY, PHRASE_START, REPEAT_VERB, RESTING, THEN, UNBOUNDED_START,
};
use phrase::{ends_at, first_at, starts_after, within, words_in};
use std::ops::Range;

/// A number or range as a step states it; a bound is `None` when the step
/// leaves that side open ("at least 3", "up to 5").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Amount {
    pub lo: Option<f64>,
    pub hi: Option<f64>,
}

impl Amount {
    /// `a` to `b`, or only the end `bound` keeps ("at least 3": from 3).
    pub fn bounded(a: f64, b: f64, bound: Bound) -> Amount {
        match bound {
            Bound::Exact => Amount {
                lo: Some(a),
                hi: Some(b),
            },
            Bound::AtLeast => Amount {
                lo: Some(a),
                hi: None,
            },
            Bound::AtMost => Amount {
                lo: None,
                hi: Some(b),
            },
        }
    }

    /// Whether the step agrees with a field of `min..=max` (SPEC §2): every
    /// end the step states lies within it, so the two overlap ("at least
    /// 10 seconds" agrees with 10-30 s; "up to 5 times" does not with 2-3).
    pub fn within(&self, min: f64, max: f64) -> bool {
        let inside = |n: f64| min <= n && n <= max;
        (self.lo.is_some() || self.hi.is_some())
            && self.lo.is_none_or(inside)
            && self.hi.is_none_or(inside)
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    /// A hold, in seconds.
    Hold(Amount),
    /// A number of repetitions (per side or not: the field's unit is used).
    Repetitions(Amount),
    /// A number of times per day or week.
    Frequency(Amount, Period),
    /// Repeat or hold without a limit.
    Unbounded,
    /// Another person takes part.
    Partner,
}

/// What one phrase of a step says (a reading, not a rule's finding), and the
/// byte range of its words.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub kind: Kind,
    pub range: Range<usize>,
}

/// Everything a step says, in the order of the text.
pub fn read(step: &str) -> Vec<Reading> {
    Reader::default().read(step)
}

/// Reads steps one after another, keeping the room it needs for a step's
/// lowered text, its words and its readings from one step to the next.
#[derive(Debug, Default)]
pub struct Reader {
    lower: String,
    words: Vec<Word>,
    /// The readings of the step being read, gathered here and copied out
    /// at their exact number: a list grown from nothing for every step
    /// cost an allocation and a regrowth or two each time.
    out: Vec<Reading>,
}

impl Reader {
    /// Everything a step says, in the order of the text.
    pub fn read(&mut self, step: &str) -> Vec<Reading> {
        // The words are classed in any case, so a step whose classes call
        // for no reader (most steps) is never copied to be lowered.
        lexicon::words_into(step, &mut self.words);
        let words = self.words.as_slice();
        let said = words.iter().fold(0, |said, word| said | word.class);
        let partner = partner::may_name_a_person(said);
        if said & ANY_READER == 0 && !partner {
            return Vec::new();
        }
        // The readers below read lower case only; lowering keeps every
        // byte where it was, so the words' places hold.
        self.lower.clear();
        self.lower.push_str(step);
        self.lower.make_ascii_lowercase();
        let step = self.lower.as_str();
        let out = &mut self.out;
        out.clear();
        if said & class::DURATION_UNIT != 0 {
            holds(step, words, out);
        }
        if said & (class::COUNT_UNIT | class::SET) != 0 {
            repetitions(step, words, out);
        }
        if said & lexicon::SIDE_OR_X != 0 {
            noun_counts(step, words, out);
        }
        if said & lexicon::MOVEMENT != 0 {
            movement_counts(step, words, out);
        }
        if said & class::PERIOD != 0 {
            frequencies(step, words, out);
        }
        if said & lexicon::TWICE != 0 {
            word_counts(step, words, out);
        }
        if said & lexicon::BARE_COUNT_END != 0 && said & REPEAT_VERB != 0 {
            bare_counts(step, words, out);
        }
        if said & lexicon::SIDE_OR_X != 0 {
            x_counts(step, words, out);
        }
        if said & class::UNBOUNDED != 0 {
            unbounded(step, words, out);
        }
        if partner {
            partner::partners(step, words, said, out);
        }
        out.sort_by_key(|f| (f.range.start, f.range.end));
        out.clone()
    }
}

/// The classes that call for one of the hold, count, frequency and
/// unbounded readers.
const ANY_READER: Class = class::DURATION_UNIT
    | class::COUNT_UNIT
    | class::SET
    | lexicon::SIDE_OR_X
    | lexicon::MOVEMENT
    | lexicon::TWICE
    | lexicon::BARE_COUNT_END
    | class::PERIOD
    | class::UNBOUNDED;

/// Whether a reading made already overlaps `range`.
fn overlaps(out: &[Reading], range: Range<usize>) -> bool {
    out.iter()
        .any(|f| f.range.start < range.end && range.start < f.range.end)
}

// ---- context words ----

/// Where each word or phrase of context class `bit` within `range` starts.
pub fn starts_of<'w>(
    text: &'w str,
    words: &'w [Word],
    range: Range<usize>,
    bit: Class,
) -> impl Iterator<Item = usize> + 'w {
    let end = range.end;
    words_in(words, range).iter().filter_map(move |w| {
        let phrase = || {
            w.class & PHRASE_START != 0
                && CONTEXT_PHRASES.iter().any(|(phrase, class)| {
                    // Each phrase's first word starts with its first byte.
                    let first = phrase
                        .first()
                        .and_then(|rows| rows.first())
                        .and_then(|row| row.as_bytes().first());
                    class & bit != 0
                        && first.copied()
                            == text.as_bytes().get(w.start).map(u8::to_ascii_lowercase)
                        && phrase::at(text, w.start, phrase).is_some_and(|e| e <= end)
                })
        };
        (w.class & bit != 0 || phrase()).then_some(w.start)
    })
}

/// The word that starts at byte `at`.
fn word_starting_at(words: &[Word], at: usize) -> Option<&Word> {
    let i = words.binary_search_by_key(&at, |w| w.start).ok()?;
    words.get(i)
}

/// Whether a word or phrase of context class `bit` lies within `range`.
pub fn says(text: &str, words: &[Word], range: Range<usize>, bit: Class) -> bool {
    starts_of(text, words, range, bit).next().is_some()
}

// ---- clauses ----

/// Where the clause holding `pos` starts: after the last punctuation mark
/// (a full stop only when a space follows it), or after a joining word
/// when `joins` is set.
fn clause_start(text: &str, words: &[Word], pos: usize, joins: bool) -> usize {
    let from = window_start(text, pos);
    let before = text.get(from..pos).unwrap_or_default();
    let start = from + last_boundary(before, &CLAUSE_MARKS);
    let joining = if joins { JOIN } else { THEN };
    // After the last joining word that a whitespace follows, that
    // whitespace included. Only the words from `start` on are looked at:
    // a mark is no word's byte, so a word before it ends before it, and
    // the clause would start at `start` after it all the same.
    let within = words_in(words, start..pos);
    let joined = within
        .iter()
        .enumerate()
        .rev()
        .filter(|&(k, w)| {
            w.class & joining != 0 && w.end < pos && !joins_a_position(text, within, k)
        })
        .find_map(|(_, w)| {
            let space = text
                .get(w.end..)?
                .chars()
                .next()
                .filter(|c| c.is_whitespace())?;
            Some(w.end + space.len_utf8())
        });
    joined.map_or(start, |end| start.max(end))
}

/// Whether the joining word `words[k]` joins a noun to a position noun
/// ("hold each stretch or position for 30 seconds", "keep the pose and
/// the posture"): one noun phrase, not a clause of its own.
fn joins_a_position(text: &str, words: &[Word], k: usize) -> bool {
    let word = |i: usize| {
        words
            .get(i)
            .and_then(|w| text.get(w.start..w.end))
            .unwrap_or_default()
    };
    if !matches!(word(k), "and" | "or") {
        return false;
    }
    let next = match word(k + 1) {
        "the" | "this" | "that" | "each" | "every" => k + 2,
        _ => k + 1,
    };
    matches!(
        word(next),
        "position" | "positions" | "pose" | "poses" | "posture" | "postures"
    )
}

/// Where the text after the last of `marks`, or a full stop with a space
/// after it, starts in `text`; 0 when there is none. The marks are ASCII,
/// so the text is scanned as bytes.
fn last_boundary(text: &str, marks: &ByteSet) -> usize {
    let bytes = text.as_bytes();
    bytes
        .iter()
        .enumerate()
        .rev()
        // Every mark, and the full stop, is below `A`: most bytes (letters)
        // are passed on one comparison.
        .filter(|&(_, &b)| b < b'A')
        .find(|&(i, &b)| match b {
            b'.' => text
                .get(i + 1..)
                .and_then(|rest| rest.chars().next())
                .is_none_or(char::is_whitespace),
            _ => marks.get(usize::from(b)).is_some_and(|&mark| mark),
        })
        .map_or(0, |(i, _)| i + 1)
}

/// A set of bytes, looked up by index: the marks that end a clause are
/// looked for in every byte before a phrase.
type ByteSet = [bool; 256];

const fn byte_set(bytes: &[u8]) -> ByteSet {
    let mut set = [false; 256];
    let mut i = 0;
    while i < bytes.len() {
        set[bytes[i] as usize] = true;
        i += 1;
    }
    set
}

const CLAUSE_MARKS: ByteSet = byte_set(b";:!?,()");
const SENTENCE_MARKS: ByteSet = byte_set(b";!?");

// `last_boundary` passes over every byte from `A` up.
const _: () = {
    let mut b = b'A' as usize;
    while b < 256 {
        assert!(!CLAUSE_MARKS[b] && !SENTENCE_MARKS[b]);
        b += 1;
    }
};

/// How far back (and forward) a phrase's context is looked for: a long
/// step full of phrases costs time in proportion to its length.
const WINDOW: usize = 240;

fn window_start(text: &str, pos: usize) -> usize {
    let mut from = pos.saturating_sub(WINDOW);
    while from > 0 && !text.is_char_boundary(from) {
        from -= 1;
    }
    from
}

fn window_end(text: &str, pos: usize) -> usize {
    let mut to = pos.saturating_add(WINDOW).min(text.len());
    while to < text.len() && !text.is_char_boundary(to) {
        to += 1;
    }
    to
}

/// Where the sentence holding `pos` starts.
fn sentence_start(text: &str, pos: usize) -> usize {
    let from = window_start(text, pos);
    from + last_boundary(text.get(from..pos).unwrap_or_default(), &SENTENCE_MARKS)
}

/// Whether the number at `start` is the tail of a larger one ("3,967,534",
/// "1.5") or the second half of a range the grammar did not take ("5‑10").
fn tail_of_number(text: &str, start: usize) -> bool {
    let mut before = text.get(..start).unwrap_or_default().chars().rev();
    match (before.next(), before.next()) {
        (Some(',' | '.' | '-' | '–' | '‑' | '−' | '/'), Some(d)) => d.is_ascii_digit(),
        (Some(d), _) => d.is_ascii_digit(),
        _ => false,
    }
}

/// Whether the number at `number` is the tail of a larger one, or a step's
/// number ("repeat steps 4 to 5 times").
fn after_step_word(text: &str, words: &[Word], number: usize) -> bool {
    tail_of_number(text, number)
        || phrase::word_before(
            text,
            words,
            window_start(text, number)..number,
            lexicon::STEP_WORD,
        )
}

fn slice(text: &str, range: Range<usize>) -> &str {
    text.get(range).unwrap_or_default()
}

fn amount(q: &Quantity<'_>, scale: f64) -> Option<Amount> {
    let (a, b) = (q.a * scale, q.b * scale);
    if a <= 0.0 || b < a {
        return None;
    }
    // "at least 15 to 30 seconds" means 15 to 30: a range is its own bound.
    let qualifier = if a < b { None } else { q.qualifier };
    Some(bounded(a, b, qualifier))
}

/// Whether a number, as digits or a word, lies within `range`.
fn has_number(text: &str, words: &[Word], range: Range<usize>) -> bool {
    let end = range.end;
    let text = text.get(..end).unwrap_or_default();
    words_in(words, range)
        .iter()
        .any(|w| w.class & class::START != 0 && grammar::quantity_at(text, w.start).is_some())
}

fn bounded(a: f64, b: f64, qualifier: Option<&str>) -> Amount {
    Amount::bounded(a, b, grammar::bound(qualifier))
}

// ---- holds ----

/// The seconds a phrase [`grammar::durations`] found states, and the
/// upper number of its quantity if it has one (the caller scales by it,
/// and reading the quantity again cost as much as reading it).
fn duration(phrase: &str) -> Option<(Amount, Option<f64>)> {
    duration_read(phrase, quantity_at(phrase, 0))
}

/// [`duration`], given the phrase's quantity as its finder read it
/// ([`grammar::durations_read`]).
fn duration_read(phrase: &str, quantity: Option<Quantity<'_>>) -> Option<(Amount, Option<f64>)> {
    if let Some(q) = quantity {
        // The pattern ends with the unit: its last word.
        // The phrase is a slice of the lowered step.
        // Its letters are ASCII, so it is found by bytes: a byte of a
        // character outside ASCII is never a letter.
        let unit_start = phrase
            .bytes()
            .rposition(|b| !b.is_ascii_alphabetic())
            .map_or(0, |at| at + 1);
        let unit = phrase.get(unit_start..)?;
        return amount(&q, unit_seconds(unit)).map(|amount| (amount, Some(q.b)));
    }
    // "half a minute", "about a minute", "a second or two".
    let qualifier_end = grammar::qualifier_at(phrase, 0);
    let from = qualifier_end.map_or(0, |end| grammar::spaces(phrase, end));
    let (secs, upper) = if grammar::word_at(phrase, from, "half").is_some() {
        (30.0, 30.0)
    } else if grammar::words_at(phrase, from, &["a", "second"]).is_some() {
        (1.0, 2.0)
    } else {
        (60.0, 60.0)
    };
    let qualifier = qualifier_end.and_then(|end| phrase.get(..end));
    Some((bounded(secs, upper, qualifier), None))
}

fn holds(step: &str, words: &[Word], out: &mut Vec<Reading>) {
    let mut previous_end = 0;
    for (whole, quantity) in grammar::durations_read(step, words) {
        if whole.start < previous_end {
            continue; // the second part of a duration read with the first
        }
        let before = std::mem::replace(&mut previous_end, whole.end);
        let phrase = slice(step, whole.clone());
        let Some((amount, upper)) = duration_read(phrase, quantity) else {
            continue;
        };
        // "a couple of seconds" is a moment, not a stated hold.
        if phrase.starts_with("a couple") {
            continue;
        }
        let (amount, end) = duration_extent(step, phrase, whole.end, amount);
        previous_end = end;
        if tail_of_number(step, whole.start) {
            continue;
        }
        // "At least 20 and up to 30 seconds": the lower number is in the
        // upper one's unit, and the clause is the lower one's.
        let scale = upper.map_or(1.0, |b| amount.hi.unwrap_or(0.0) / b);
        let below = closed_below(step, words, amount, whole.start, scale);
        let ranged = below
            .is_none()
            .then(|| between(step, words, amount, whole.start, scale))
            .flatten();
        // "between 10 and" is the range's own words, not a rest "between",
        // and so is "between" before a range ("for between 5-10 seconds").
        let said_end = ranged.map_or_else(
            || between_range(step, words, amount, whole.start),
            |(_, at)| at,
        );
        let (amount, anchor) = below.or(ranged).unwrap_or((amount, whole.start));
        let start = clause_start(step, words, anchor, true);
        let after = slice(step, end..window_end(step, end));
        // "After 20 seconds, switch sides": how long before the switch is
        // the hold (SPEC §2).
        if let Some(from) = after
            .starts_with(',')
            .then(|| after_then(step, words, whole.start))
            .flatten()
        {
            out.push(Reading {
                kind: Kind::Hold(amount),
                range: from..end,
            });
            continue;
        }
        // "Count to 4 seconds" is a hold's count, not "to" a limit.
        let counted_to = || {
            word_before_at(step, words, whole.start) == "to"
                && ends_at(step, words, start..whole.start, rows::COUNT_TO)
        };
        // "Each stretch should last 30 seconds": a hold named as what lasts.
        let lasts = || phrase::start_before(step, words, start..whole.start, rows::HOLD_LASTS);
        if (phrase::word_before(step, words, start..whole.start, lexicon::NOT_HOLD_BEFORE)
            && !counted_to()
            && lasts().is_none())
            || phrase::word_after(step, words, end, lexicon::NOT_HOLD_AFTER_WORD)
            || (starts_after(step, end, rows::NOT_HOLD_AFTER)
                && !(starts_after(step, end, rows::GETTING_UP_AFTER)
                    && hold_verb(step, words, start..whole.start)
                        .is_some_and(|verb| slice(step, verb..whole.start).starts_with("hold"))))
        {
            continue;
        }
        // A hold said with no verb of holding (SPEC §2) is read only up
        // to two minutes: longer is a session.
        let short = amount.hi.or(amount.lo).is_some_and(|n| n <= 120.0);
        // "Work up to 20 seconds" aims at 20 s; "up to" is no limit here.
        let built = short
            && phrase.starts_with("up to")
            && ends_at(step, words, start..whole.start, rows::BUILD_BEFORE);
        let amount = match amount.hi {
            Some(hi) if built => Amount {
                lo: Some(hi),
                hi: Some(hi),
            },
            _ => amount,
        };
        let bare = || {
            short
                && !phrase::word_after(step, words, end, NOT_HOLD)
                && !starts_after(step, end, rows::SESSION_AFTER)
        };
        // "Wait for 20 - 30 seconds or for any dizziness to settle": a
        // stay in the position, though "wait" is no verb of holding.
        let waited = || {
            starts_after(step, end, rows::OR_UNTIL_DIZZINESS_AFTER)
                .then(|| phrase::start_before(step, words, start..whole.start, rows::WAIT_BEFORE))
                .flatten()
        };
        let from = match hold_verb(step, words, start..whole.start) {
            // A verb before an earlier duration was that one's.
            Some(verb) if verb < before => continue,
            Some(verb) if keeps_doing(step, words, verb, whole.start) => continue,
            // "Stretch for 10 minutes", "balance for 5 minutes" is a
            // session, not a hold.
            Some(verb)
                if word_starting_at(words, verb).is_some_and(|w| w.class & lexicon::SESSION_VERB != 0)
                    // "at least 20 seconds" is a hold; "at least 10 minutes" not.
                    && amount.hi.or(amount.lo).is_none_or(|n| n > 120.0) =>
            {
                continue;
            }
            Some(verb) => verb,
            None if let Some(wait) = waited() => {
                if !negated(step, words, start..wait) {
                    out.push(Reading {
                        kind: Kind::Hold(amount),
                        range: wait..end,
                    });
                }
                continue;
            }
            // A sheet's label: "Hold: 20-30 seconds", "Hold: for 1 second".
            None if let Some(label) = hold_label(step, words, start, whole.start) => label,
            // "Hold this position, about 30 seconds": the duration alone
            // after the clause that holds.
            None if let Some(verb) = short
                .then(|| held_before_mark(step, words, start, whole.start))
                .flatten() =>
            {
                if verb < before {
                    continue;
                }
                verb
            }
            None if starts_after(step, end, rows::HOLD_AFTER) => whole.start,
            None if let Some(named) = short.then(lasts).flatten() => named,
            // "2 sets of 15 seconds": a hold of 15 s, done twice (SPEC §2).
            None if ends_at(step, words, start..whole.start, rows::SETS_OF) => whole.start,
            // "Start with 10 seconds", "build up to 20 seconds", "aim for
            // at least 30 seconds".
            None if bare() => match bare_hold(step, words, start..whole.start, end, built) {
                Some(from) => from,
                None => continue,
            },
            None => continue,
        };
        // "Hold for a count of 10 seconds" counts the hold; the "last" of
        // a hold named as what lasts (all that is said before the
        // duration) is no activity's.
        let not_hold = starts_of(step, words, from..said_end, NOT_HOLD)
            .any(|at| phrase::at(step, at, rows::COUNT_OF).is_none())
            && lasts() != Some(from);
        if not_hold
            || negated(step, words, start..from)
            || within(
                step,
                words,
                sentence_start(step, from)..from,
                rows::BREATH_IN,
                lexicon::BREATH_START,
            )
        {
            continue;
        }
        out.push(Reading {
            kind: Kind::Hold(amount),
            range: from..end,
        });
        if let Some((times, x, x_end)) = held_times(step, words, end) {
            out.push(Reading {
                kind: Kind::Repetitions(times),
                range: x..x_end,
            });
        }
    }
}

/// How many times a hold is done, written with "x" or "×" just after its
/// duration: "Hold 30 seconds x 3", "Hold: 20-30 seconds × 3 each side".
/// Not "x 2 a day" (how often), "× 2 sets" ("2 sets of 15 seconds" is a
/// hold, SPEC §2), "x 10 reps" (read as a count already), a duration or a
/// product ("x 3 minutes", "x 3x10"). The count, where the "x" starts and
/// where the count ends.
fn held_times(step: &str, words: &[Word], end: usize) -> Option<(Amount, usize, usize)> {
    let x = grammar::spaces(step, end);
    let rest = slice(step, x..step.len());
    let after_x = if let Some(after) = rest.strip_prefix('×') {
        step.len() - after.len()
    } else {
        let after = rest.strip_prefix('x')?;
        if !after.starts_with(|c: char| c.is_ascii_whitespace() || c.is_ascii_digit()) {
            return None;
        }
        x + 1
    };
    let n = grammar::spaces(step, after_x);
    let q = quantity_at(step, n)?;
    let amount = amount(&q, 1.0)?;
    let next = slice(step, q.end..step.len()).trim_start();
    if amount
        .lo
        .or(amount.hi)
        .is_none_or(|n| n.fract() != 0.0 || n < 1.0)
        || next.starts_with(|c: char| c.is_ascii_digit() || matches!(c, 'x' | '/' | '*'))
        || grammar::duration_at(step, n).is_some()
        || grammar::per_period_at(step, q.end).is_some()
        || starts_after(step, q.end, rows::PER_PERIOD_AFTER)
        || phrase::word_after(step, words, q.end, class::COUNT_UNIT | class::SET)
    {
        return None;
    }
    let x_end = grammar::side_at(step, q.end).unwrap_or(q.end);
    Some((amount, x, x_end))
}

/// Where a hold said with no verb of holding starts (SPEC §2), the
/// duration being at the end of `clause` and ending at `end`: "start with
/// 10 seconds", "build up to 20 seconds", "aim for at least 30 seconds";
/// "Single-leg stand, 20-30 seconds each side"; "keep the squeeze while
/// you count to four seconds"; "open your jaw against the pressure of your
/// fist for 15 seconds" (an effort against resistance is held).
fn bare_hold(
    step: &str,
    words: &[Word],
    clause: Range<usize>,
    end: usize,
    built: bool,
) -> Option<usize> {
    let before = |row| phrase::start_before(step, words, clause.clone(), row);
    if built {
        return before(rows::BUILD_BEFORE);
    }
    // Each row is tried only where its last word, or its first after the
    // duration, is there: most durations with no verb are none of these.
    let last = word_before_at(step, words, clause.end);
    if matches!(last, "with" | "for")
        && let Some(from) = before(rows::PROGRESSION_BEFORE)
    {
        return Some(from);
    }
    // A posture kept: "Lie like this for 2 minutes".
    let said = slice(step, clause.clone());
    if last == "for"
        && (said.contains("like ") || said.contains(" position"))
        && let Some(from) = before(rows::POSTURE_BEFORE)
    {
        return Some(from);
    }
    // A stance kept: "Stand on the operated leg for up to 30 seconds";
    // not a test or a condition ("once you can stand on one leg for 30
    // seconds", "you should be able to stand…").
    if last == "for"
        && (said.contains(" leg") || said.contains(" foot") || said.contains(" toes"))
        && let Some(from) = before(rows::STANCE_BEFORE)
        && !slice(step, clause.start..from)
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| {
                matches!(
                    w,
                    "can" | "could" | "able" | "once" | "if" | "when" | "until"
                )
            })
    {
        return Some(from);
    }
    // The duration starts its clause (a list item, a sheet's line), or a
    // verb of holding comes before it in its sentence ("Hold exercises 3
    // and 4 for 20 seconds on each side").
    let sentence = sentence_start(step, clause.end)..clause.start;
    let held = || says(step, words, sentence.clone(), HOLD_VERB);
    let alone = || slice(step, clause.clone()).trim().is_empty();
    let next = slice(step, end..window_end(step, end)).trim_start();
    let next = next
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    if matches!(next, "on" | "for" | "with" | "each" | "per" | "either")
        && starts_after(step, end, rows::PER_SIDE_AFTER)
        && !says(step, words, clause.clone(), NOT_HOLD)
        && (alone() || held())
    {
        return Some(clause.end);
    }
    if last == "to" {
        return before(rows::COUNT_TO).filter(|_| held());
    }
    // A hold glossed in brackets after its verb: "the stretch is held for
    // a brief spell (typically around 10-15 seconds)".
    if slice(step, 0..clause.start).trim_end().ends_with('(')
        && slice(step, clause.clone()).split_whitespace().all(|w| {
            matches!(
                w,
                "typically" | "usually" | "normally" | "generally" | "about" | "around"
            )
        })
        && held()
        && !says(step, words, sentence.clone(), NOT_HOLD)
    {
        return Some(clause.start);
    }
    // "Do it for a minute to start with": where a hold starts.
    if next == "to"
        && starts_after(step, end, rows::PROGRESSION_AFTER)
        && !says(step, words, clause.clone(), NOT_HOLD)
    {
        return Some(clause.end);
    }
    // An effort a partner resists: "try to bring the legs together for
    // 10 or more seconds while your partner stops you".
    if let Some(at) = ["try to", "trying to", "attempt to"]
        .iter()
        .find_map(|t| said.find(t))
        .filter(|_| starts_after(step, end, rows::PARTNER_RESISTS_AFTER))
    {
        return Some(clause.start + at);
    }
    if !said.contains("against") {
        return None;
    }
    words_in(words, clause)
        .iter()
        .find(|w| {
            slice(step, w.start..w.end) == "against"
                && phrase::at(step, w.start, rows::AGAINST).is_some()
        })
        .map(|w| w.start)
}

/// Where a sheet's label "Hold:" before the duration at `at` starts, the
/// duration starting its clause (after "for" at most): "Hold: 20-30
/// seconds", "Hold time: 5 s", "Hold: for 1 second". The label starts its
/// step or follows the end of a sentence ("Then hold: 5 seconds" is none).
fn hold_label(step: &str, words: &[Word], clause: usize, at: usize) -> Option<usize> {
    if !text_before_bare_duration(step, clause, at)?.ends_with(':') {
        return None;
    }
    let from = phrase::start_before(step, words, window_start(step, at)..at, rows::HOLD_LABEL)?;
    let lead = slice(step, 0..from).trim_end();
    (lead.is_empty() || lead.ends_with(['.', ';', '!', '?', '-', '*', '•'])).then_some(from)
}

/// Where "hold", "stay" or "remain" starts in the clause just before a
/// comma or colon, when the duration at `at` is all its own clause says
/// (`clause` is where that clause starts): "Hold this position, about 30
/// seconds", "Hold the stretch: 20-30 seconds", "hold it again, 15 to 20
/// seconds".
fn held_before_mark(step: &str, words: &[Word], clause: usize, at: usize) -> Option<usize> {
    let lead = text_before_bare_duration(step, clause, at)?;
    let mark = lead.len().checked_sub(1)?;
    if !lead.ends_with([',', ':']) {
        return None;
    }
    let held = clause_start(step, words, mark, true);
    let verb = starts_of(step, words, held..mark, HOLD_OR_STAY).next()?;
    // "Do not hold the stretch, 10 seconds is plenty."
    (!negated(step, words, held..verb)).then_some(verb)
}

/// The step's text before the clause at `clause`, end trimmed, when that
/// clause says nothing before the duration at `at` but "for": a duration
/// given after a label or a mark ("Hold: 20 seconds", "Hold it, 20
/// seconds").
fn text_before_bare_duration(step: &str, clause: usize, at: usize) -> Option<&str> {
    let said = slice(step, clause..at).trim();
    (said.is_empty() || said == "for").then(|| slice(step, 0..clause).trim_end())
}

/// The word just before `pos`, with only whitespace between ("" if none).
fn word_before_at<'t>(step: &'t str, words: &[Word], pos: usize) -> &'t str {
    let to = words.partition_point(|w| w.start < pos);
    to.checked_sub(1)
        .and_then(|i| words.get(i))
        .filter(|w| {
            step.as_bytes()
                .get(w.end..pos)
                .is_some_and(|gap| gap.iter().all(u8::is_ascii_whitespace))
        })
        .map_or("", |w| slice(step, w.start..w.end))
}

/// Where a duration's phrase ends, and the amount it says once what follows
/// it is read: "10 to 15 seconds or so" continued, "One minute or longer"
/// (at least a minute), "at least 30 seconds, and up to 10 minutes" (30 s
/// to 10 min; SPEC §2).
fn duration_extent(step: &str, phrase: &str, end: usize, amount: Amount) -> (Amount, usize) {
    let rest = slice(step, end..window_end(step, end));
    let (amount, end) = match continued(amount, phrase, rest) {
        Some((amount, taken)) => (amount, end + taken),
        None => (amount, end),
    };
    open_after(step, amount, end)
        .or_else(|| closed_above(step, amount, end))
        .unwrap_or((amount, end))
}

/// An open upper end said after a duration's or a count's unit, ending at
/// `end`: "10 seconds or more", "repeat 10 times or more", "repeat it 5
/// times at least." ("at least" only where its clause ends: "hold for 30
/// seconds at least 3 times" bounds the count). The amount from its lower
/// end on, and where the words end.
fn open_after(step: &str, amount: Amount, end: usize) -> Option<(Amount, usize)> {
    amount.lo?;
    // Most phrases end with none of these: tested on the next byte before
    // any row is tried.
    let next = step.as_bytes().get(grammar::spaces(step, end));
    if !matches!(next, Some(b'o' | b'a' | b'm')) {
        return None;
    }
    let more = phrase::at(step, end, rows::OR_MORE_AFTER).or_else(|| {
        let at = phrase::at(step, end, rows::AT_LEAST_AFTER)?;
        let rest = slice(step, at..step.len()).trim_start();
        (rest.is_empty() || rest.starts_with(['.', ',', ';', ':', ')', '!', '?'])).then_some(at)
    })?;
    Some((
        Amount {
            lo: amount.lo,
            hi: None,
        },
        more,
    ))
}

/// The verb of holding in `range` that a duration after it belongs to. In
/// "Hold the stretch for 30 s", "stretch" (or "squeeze") is a verb only
/// when no other hold verb comes before it.
fn hold_verb(step: &str, words: &[Word], range: Range<usize>) -> Option<usize> {
    starts_of(step, words, range, HOLD_VERB).fold(None, |chosen, at| match chosen {
        Some(c)
            if step
                .get(at..)
                .is_some_and(|v| v.starts_with("stretch") || v.starts_with("squeez")) =>
        {
            Some(c)
        }
        _ => Some(at),
    })
}

/// Where "after" starts when a clause is only "after" up to `at` ("After
/// 20 seconds, switch sides"); "after" joins clauses, so the clause's
/// marks are looked for before it.
fn after_then(step: &str, words: &[Word], at: usize) -> Option<usize> {
    let after = phrase::start_before(step, words, window_start(step, at)..at, rows::AFTER_THEN)?;
    let before = slice(step, 0..after).trim_end();
    (last_boundary(before, &CLAUSE_MARKS) == before.len()).then_some(after)
}

/// Whether the hold verb at `verb` is "keep" with an activity after it:
/// "keep alternating for 30 seconds", "keep the arms circling for 10
/// seconds" say how long an activity lasts. An activity is a word's form
/// (a word of more than four letters in "-ing"), so it is tested on the
/// words, not listed; holding and staying ([`HOLD_OR_STAY`]) are none.
fn keeps_doing(step: &str, words: &[Word], verb: usize, duration: usize) -> bool {
    if phrase::at(step, verb, rows::KEEP).is_none() {
        return false;
    }
    // "Keep this up for 3 minutes": an activity goes on.
    phrase::at(step, verb, rows::KEEP_UP).is_some()
        || phrase::words_in(words, verb..duration)
            .iter()
            .skip(1)
            .any(|w| {
                let word = slice(step, w.start..w.end);
                w.class & HOLD_OR_STAY == 0 && word.len() > 4 && word.ends_with("ing")
            })
}

/// Whether the clause before a phrase says not to do it ("don't hold it
/// for 45 seconds", "if you cannot hold for 30 seconds", "never let anyone
/// push…"): what not to do is no instruction to compare with the fields.
fn negated(step: &str, words: &[Word], before: Range<usize>) -> bool {
    !before.is_empty() && within(step, words, before, rows::NEGATION, lexicon::NEGATION)
}

/// What the words after a duration add to it, and how many bytes of
/// `after` they take: "a minute and a half", "1 min 30 sec", "30 seconds
/// to a minute" ([`grammar::duration_continued`]).
fn continued(amount: Amount, phrase: &str, after: &str) -> Option<(Amount, usize)> {
    let single = amount.lo.filter(|lo| amount.hi == Some(*lo))?;
    let minutes = phrase
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .is_some_and(|unit| unit.starts_with(['m', 'M']));
    let (lo, hi, end) = grammar::duration_continued(single, minutes, after)?;
    Some((
        Amount {
            lo: Some(lo),
            hi: Some(hi),
        },
        end,
    ))
}

// ---- repetitions ----

/// Counts in a step: "a set of 3", "3 times".
fn repetitions(step: &str, words: &[Word], out: &mut Vec<Reading>) {
    // Only this reader's own findings overlap its later phrases.
    let first = out.len();
    let sets = grammar::each_set(step, words).map(|m| {
        let size = set_size(slice(step, m.clone()));
        (m, size, true)
    });
    let counts = grammar::counts_read(step, words).map(|(m, q)| (m, Some(q), false));
    let found = sets.chain(counts);
    for (whole, quantity, set) in found {
        if overlaps(out.get(first..).unwrap_or_default(), whole.clone()) {
            continue;
        }
        let Some(q) = quantity else { continue };
        let Some(amount) = amount(&q, 1.0) else {
            continue;
        };
        if amount.lo.or(amount.hi).is_some_and(|n| n.fract() != 0.0)
            || after_step_word(step, words, whole.start + q.first.start)
        {
            continue;
        }
        if !set && spread_over_a_period(step, words, &whole, amount, out) {
            continue;
        }
        if says_no_count_around(step, words, &whole, &q, set) {
            continue;
        }
        // "10 repetitions, 3 times" and "Repeat this 10 times and do it 3
        // times": the 3 is how many sets.
        let sentence = sentence_start(step, whole.start)..whole.start;
        if !set && {
            (slice(step, 0..whole.start).trim_end().ends_with(',')
                && ends_at(step, words, sentence.clone(), rows::REPS_THEN_SETS))
                || (done_again(slice(step, sentence.clone()))
                    && ends_at(step, words, sentence.clone(), rows::REPS_AND_AGAIN))
        } {
            continue;
        }
        let start = clause_start(step, words, whole.start, false);
        // "Do another set of 8 repetitions" states the set's size; "do
        // another 5" leaves the total unsaid.
        let not_count = starts_of(step, words, start..whole.start, NOT_COUNT).any(|at| {
            !(slice(step, at..whole.start).starts_with("another ")
                && phrase::at(step, at, rows::ANOTHER_SET_OF).is_some())
        });
        if not_count
            || (phrase::words_in(words, sentence.clone())
                .iter()
                .any(|w| w.class & class::UNBOUNDED != 0 || slice(step, w.start..w.end) == "need")
                && within(
                    step,
                    words,
                    sentence.clone(),
                    rows::AS_NEEDED,
                    CONDITION_START,
                )
                && !needed_for_another(step, words, sentence, start, amount))
        {
            continue;
        }
        // The words from the verb, unless another number stands between
        // ("do 3 sets of 10" is about the 10).
        let from = starts_of(step, words, start..whole.start, REPEAT_VERB)
            .last()
            .filter(|&from| !has_number(step, words, from..whole.start))
            .unwrap_or(whole.start);
        if negated(step, words, start..from) {
            continue;
        }
        // "Going there and back is one repetition" defines a repetition:
        // it states no count (SPEC §2).
        let one = amount.lo == Some(1.0) && amount.hi == Some(1.0);
        if one
            && (ends_at(step, words, start..whole.start, rows::DEFINES_ONE)
                || starts_after(step, whole.end, rows::DEFINED_AFTER))
        {
            continue;
        }
        // "A minimum of 3, up to 10 times" is 3 to 10 (SPEC §2), and so is
        // "between 3 and 10 times".
        let ranged = closed_below(step, words, amount, whole.start, 1.0)
            .or_else(|| between(step, words, amount, whole.start, 1.0));
        let (amount, from) = match ranged {
            Some((amount, lower)) => (amount, from.min(lower)),
            None => (amount, from),
        };
        // "Repeat 10 times or more", "repeat it 5 times at least."
        let (amount, end) = open_after(step, amount, whole.end).unwrap_or((amount, whole.end));
        out.push(Reading {
            kind: Kind::Repetitions(amount),
            range: from..end,
        });
    }
    sheet_counts(step, words, out);
}

/// Whether `before` ends with a verb of doing and what it is done to ("do
/// it", "repeat this"), as [`rows::REPS_AND_AGAIN`] does: a test on the
/// text before the row is tried.
fn done_again(before: &str) -> bool {
    let mut last = before.split_ascii_whitespace().rev();
    matches!(last.next(), Some("it" | "this" | "that" | "them"))
        && matches!(last.next(), Some("do" | "repeat" | "perform"))
}

/// Whether "as needed" in the sentence before a count is said of
/// something else: an earlier clause with no verb of repeating ("Vary the
/// stretch by moving your hands as needed, 10 repetitions"), and an exact
/// count in a clause of its own. "Use it as needed, up to 3 times" (a
/// limit), "Use it as needed, 3 times" and "Repeat as needed, 3 times"
/// (the doing is what is needed) stay unread.
fn needed_for_another(
    step: &str,
    words: &[Word],
    sentence: Range<usize>,
    clause: usize,
    amount: Amount,
) -> bool {
    amount.lo.is_some()
        && amount.lo == amount.hi
        && clause > sentence.start
        && !within(
            step,
            words,
            clause..sentence.end,
            rows::AS_NEEDED,
            CONDITION_START,
        )
        && starts_of(step, words, sentence.start..clause, REPEAT_VERB)
            .next()
            .is_none()
        && !says(step, words, sentence.clone(), OTHER_ACTIVITY)
        && !within(step, words, sentence.start..clause, rows::DONE_AS_NEEDED, 0)
}

/// "Six to eight times over the day", "3 times during the week": a count
/// spread over a period is a frequency (read with the frequency reader's
/// rejections). Whether the count was one.
fn spread_over_a_period(
    step: &str,
    words: &[Word],
    whole: &Range<usize>,
    amount: Amount,
    out: &mut Vec<Reading>,
) -> bool {
    let Some(end) = phrase::at(step, whole.end, rows::OVER_A_PERIOD) else {
        return false;
    };
    let period = if slice(step, whole.end..end).ends_with("week") {
        Period::Week
    } else {
        Period::Day
    };
    let start = clause_start(step, words, whole.start, false);
    let sentence = sentence_start(step, whole.start)..whole.start;
    if !(negated(step, words, start..whole.start)
        || says(step, words, start..whole.start, NOT_COUNT)
        || says(step, words, sentence, OTHER_ACTIVITY))
    {
        out.push(Reading {
            kind: Kind::Frequency(amount, period),
            range: whole.start..end,
        });
    }
    true
}

/// Whether the words around a number make it no count: "2 rounds of 10
/// reps" (the count is the 10), "2 sets of 15 seconds" (a hold, SPEC §2),
/// "repeat 2 more times" (the total unsaid), "3 times a day" (a
/// frequency), a comparison, a total, a step's number.
fn says_no_count_around(
    step: &str,
    words: &[Word],
    whole: &Range<usize>,
    q: &Quantity<'_>,
    set: bool,
) -> bool {
    // Each test is made only when the ones before it failed (they read
    // the text and nothing else, so the order changes no answer).
    let after = slice(step, whole.end..window_end(step, whole.end));
    // "2 rounds of 10 reps": the count is the 10.
    let of = || {
        !set && grammar::word_at(after, grammar::spaces(after, 0), "of ")
            .is_some_and(|end| quantity_at(after, grammar::spaces(after, end)).is_some())
    };
    // "2 sets of 15 seconds" is a hold, not a count (SPEC §2).
    let timed = || grammar::unit_after(after, 0).is_some();
    // "repeat 2 more times" leaves the total unsaid.
    let more = || {
        let phrase = slice(step, whole.clone());
        let rest = slice(phrase, q.end..phrase.len());
        grammar::word_at(rest, grammar::spaces(rest, 0), "more").is_some()
    };
    // What follows a count is looked at only where a word, a slash or a
    // hyphen follows it: most counts end their clause ("Do 3 rounds.").
    let next = step.as_bytes().get(grammar::spaces(step, whole.end));
    let goes_on =
        next.is_some_and(|&b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | 0xE2));
    // "ten times on each leg each day" counts each leg's, every day.
    let sided = || {
        phrase::last_word_before(words, whole.end).is_some_and(|w| {
            w.class & lexicon::SIDE_OR_X != 0 && slice(step, w.start..w.end) != "x"
        })
    };
    (goes_on
        && ((starts_after(step, whole.end, rows::PER_PERIOD_AFTER) && !sided())
            || (next == Some(&b'/') && grammar::per_period_at(step, whole.end).is_some())
            || timed()
            || phrase::word_after(step, words, whole.end, lexicon::COMPARISON)
            || starts_after(step, whole.end, rows::TOTAL_AFTER)
            || of()))
        || more()
        || (phrase::last_word_before(words, whole.start)
            .is_some_and(|w| w.class & lexicon::NOT_A_COUNT_END != 0)
            && ends_at(
                step,
                words,
                window_start(step, whole.start)..whole.start,
                rows::NOT_A_COUNT_BEFORE,
            ))
}

/// An upper bound with a lower one just before it ("a minimum of 3, up to
/// 10 times"): the range the two state, and where the lower one starts.
fn closed_below(
    step: &str,
    words: &[Word],
    amount: Amount,
    at: usize,
    scale: f64,
) -> Option<(Amount, usize)> {
    let hi = amount.hi.filter(|_| amount.lo.is_none())?;
    let before = window_start(step, at)..at;
    let from = phrase::start_before(step, words, before, rows::LOWER_BOUND_BEFORE)?;
    let q = quantity_at(step, from)?;
    let lo = q.a * scale;
    let closed = grammar::bound(q.qualifier) == Bound::AtLeast && q.a == q.b && lo <= hi;
    closed.then_some((
        Amount {
            lo: Some(lo),
            hi: Some(hi),
        },
        from,
    ))
}

/// A single number with "between N and" just before it ("hold between 10
/// and 20 seconds"): the range, and where "between" starts.
fn between(
    step: &str,
    words: &[Word],
    amount: Amount,
    at: usize,
    scale: f64,
) -> Option<(Amount, usize)> {
    let hi = amount.hi.filter(|&hi| amount.lo == Some(hi))?;
    // The phrase ends with "and": most amounts have another word before.
    if !word_before_at(step, words, at).eq_ignore_ascii_case("and") {
        return None;
    }
    let before = window_start(step, at)..at;
    let from = phrase::start_before(step, words, before, rows::BETWEEN_BEFORE)?;
    let number = grammar::spaces(step, grammar::word_at(step, from, "between")?);
    let (n, _) = grammar::number_at(step, number)?;
    let lo = n * scale;
    (lo > 0.0 && lo < hi).then_some((
        Amount {
            lo: Some(lo),
            hi: Some(hi),
        },
        from,
    ))
}

/// Where "between" starts just before a range at `at` ("for between 5-10
/// seconds"); `at` itself when it is not there.
fn between_range(step: &str, words: &[Word], amount: Amount, at: usize) -> usize {
    let range = amount.lo.zip(amount.hi).is_some_and(|(lo, hi)| lo < hi);
    if !range || word_before_at(step, words, at) != "between" {
        return at;
    }
    let before = words.partition_point(|w| w.start < at);
    before
        .checked_sub(1)
        .and_then(|i| words.get(i))
        .map_or(at, |w| w.start)
}

/// An open lower bound with an upper one just after it ("at least 30
/// seconds, and up to 10 minutes"): the range, and where it ends.
fn closed_above(step: &str, amount: Amount, end: usize) -> Option<(Amount, usize)> {
    let lo = amount.lo.filter(|_| amount.hi.is_none())?;
    let from = grammar::spaces(step, phrase::at(step, end, rows::AND_AFTER)?);
    let to = grammar::duration_at(step, from)?;
    let (upper, _) = duration(slice(step, from..to))?;
    let hi = upper.hi.filter(|&hi| upper.lo.is_none() && hi >= lo)?;
    Some((
        Amount {
            lo: Some(lo),
            hi: Some(hi),
        },
        to,
    ))
}

/// Counts without a count word: "do 10 rotations in each direction",
/// "ten deep lunges on each leg", "Repeat x 10".
fn noun_counts(step: &str, words: &[Word], out: &mut Vec<Reading>) {
    let mut taken = 0;
    // The first side or "x" at or after the word read, kept as the words
    // are walked, so that each word is looked at once.
    let side_from = |i: usize| {
        words
            .iter()
            .skip(i)
            .position(|n| n.class & lexicon::SIDE_OR_X != 0)
            .map_or(usize::MAX, |at| i + at)
    };
    // The phrase read from word `i`, a number or a verb of repeating: its
    // quantity and where it ends.
    let read_at = |i: usize, w: &Word| -> Option<(Quantity<'_>, usize)> {
        if w.class & class::START != 0 {
            let q = quantity_at(step, w.start)?;
            let end = phrase::at(step, q.end, rows::COUNTED_PER_SIDE)?;
            // The words between the number and the side are a thing done,
            // not a measure ("5 cm on each side") nor a count word read
            // already.
            let between = phrase::words_in(words, q.end..end);
            let measure = between
                .iter()
                .take(2)
                .any(|n| rows::MEASURES.contains(&slice(step, n.start..n.end)));
            // "one" before a body part picks which of two, no count: "turn
            // one wrist each way".
            let which = slice(step, q.first.clone()) == "one"
                && between
                    .first()
                    .is_some_and(|n| partner::is_body_part(slice(step, n.start..n.end)));
            (!measure && !which).then_some((q, end))
        } else if w.class & REPEAT_VERB != 0 {
            match phrase::at(step, w.start, rows::REPEAT_X) {
                Some(end) => words
                    .get(i + 1..)
                    .unwrap_or_default()
                    .iter()
                    .find(|n| slice(step, n.start..n.end) == "x")
                    .and_then(|x| quantity_at(step, grammar::spaces(step, x.end)))
                    .map(|q| (q, end)),
                None => times_x(step, words, i),
            }
        } else {
            None
        }
    };
    // Whether word `i` is read at all: a number or a verb of repeating
    // within a few words of a side or "x" (both phrases end, or start,
    // there).
    let tried = |i: usize, w: &Word, side: usize| {
        side < i + 8 && w.class & (class::START | REPEAT_VERB) != 0
    };
    // The first of the words since which every word tried lay within a
    // reading made already: what such a word reads is never kept (it
    // overlaps that reading), so its phrase is read only for where it
    // ends, which later words are skipped up to, and only once a later
    // word lies outside every reading.
    let mut within_from = None;
    let mut side = side_from(0);
    for (i, w) in words.iter().enumerate() {
        if w.start < taken {
            continue;
        }
        if side < i {
            side = side_from(i);
        }
        if !tried(i, w, side) {
            continue;
        }
        if out
            .iter()
            .any(|f| f.range.start <= w.start && w.start < f.range.end)
        {
            within_from.get_or_insert(i);
            continue;
        }
        // The words passed over, read as they would have been in turn.
        if let Some(from) = within_from.take() {
            for (j, p) in words.iter().enumerate().take(i).skip(from) {
                if p.start < taken || !tried(j, p, side_from(j)) {
                    continue;
                }
                if let Some((_, end)) = read_at(j, p) {
                    taken = end;
                }
            }
            if w.start < taken {
                continue;
            }
        }
        let Some((q, end)) = read_at(i, w) else {
            continue;
        };
        taken = end;
        let Some(amount) = amount(&q, 1.0) else {
            continue;
        };
        if amount.lo.or(amount.hi).is_some_and(|n| n.fract() != 0.0)
            || tail_of_number(step, q.first.start)
            || overlaps(out, w.start..end)
        {
            continue;
        }
        let start = clause_start(step, words, w.start, false);
        if says(step, words, start..w.start, NOT_COUNT | NOT_HOLD)
            || negated(step, words, start..w.start)
        {
            continue;
        }
        let from = starts_of(step, words, start..w.start, REPEAT_VERB)
            .last()
            .filter(|&from| !has_number(step, words, from..w.start))
            .unwrap_or(w.start);
        out.push(Reading {
            kind: Kind::Repetitions(amount),
            range: from..end,
        });
    }
}

/// A count written with "x" on its number, at most four words after the
/// verb of repeating at `verb` in the same clause: "Repeating this
/// exercise 20x", "repeat 10x", "Repeat 10 x." Not "2x a day" (a
/// frequency), "3x10" or "10 x 3" (sets and repetitions), "2x the weight"
/// (a comparison), nor "10x on each side" (read with its side).
fn times_x<'t>(step: &'t str, words: &[Word], verb: usize) -> Option<(Quantity<'t>, usize)> {
    let verb_end = words.get(verb)?.end;
    let after = words.get(verb + 1..).unwrap_or_default();
    after.iter().enumerate().take(4).find_map(|(k, n)| {
        let word = slice(step, n.start..n.end);
        // "10x", or "10" with "x" as the next word ("10 x").
        let (digits, end) = match word.strip_suffix('x') {
            Some(digits) => (digits, n.end),
            None => {
                let x = after
                    .get(k + 1)
                    .filter(|x| slice(step, x.start..x.end) == "x")?;
                (word, x.end)
            }
        };
        if digits.is_empty()
            || !digits.bytes().all(|b| b.is_ascii_digit())
            || slice(step, verb_end..n.start).contains([',', ';', '.', ':', '(', ')', '-'])
        {
            return None;
        }
        let q = quantity_at(step, n.start)?;
        let next = step.as_bytes().get(grammar::spaces(step, end)).copied();
        let goes_on = grammar::per_period_at(step, end).is_some()
            || next.is_some_and(|b| b.is_ascii_digit() || b == b'/' || b == b'*')
            || phrase::word_after(step, words, end, lexicon::COMPARISON)
            || phrase::at(step, q.end, rows::COUNTED_PER_SIDE).is_some();
        // "10x" ends one past its number; "10 x" at its own "x".
        let x_after = q.end + 1 == end || q.end == n.end && end > n.end;
        (x_after && !goes_on).then_some((q, end))
    })
}

/// Counts of a movement, with no count word: "do 5 sit-to-stands", "Do
/// 8-10 such cycles", "six to 12 bicep curls". The number is at most one
/// word before the noun (a hyphenated word's first parts aside).
fn movement_counts(step: &str, words: &[Word], out: &mut Vec<Reading>) {
    for (i, w) in words.iter().enumerate() {
        if w.class & lexicon::MOVEMENT == 0 {
            continue;
        }
        let first = i.saturating_sub(6);
        let found = words
            .get(first..i)
            .unwrap_or_default()
            .iter()
            .find_map(|n| {
                if n.class & class::START == 0 {
                    return None;
                }
                let q = quantity_at(step, n.start)?;
                let between = slice(step, q.end..w.start);
                let tokens: Vec<&str> = between.split_whitespace().collect();
                let near = match tokens.as_slice() {
                    [] => between.starts_with(char::is_whitespace),
                    [one] => {
                        between.starts_with(char::is_whitespace)
                            && one.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
                    }
                    [one, two] => {
                        two.ends_with('-') && one.chars().all(|c| c.is_ascii_alphabetic())
                    }
                    _ => false,
                };
                near.then_some(q)
            });
        let Some(q) = found else { continue };
        let Some(amount) = amount(&q, 1.0) else {
            continue;
        };
        let start_of = q.first.start;
        // A plural noun after "one" is a verb: "One partner curls into a
        // ball".
        let one = amount.lo == Some(1.0) && amount.hi == Some(1.0);
        if one
            || amount.lo.or(amount.hi).is_some_and(|n| n.fract() != 0.0)
            || after_step_word(step, words, start_of)
            || starts_after(step, w.end, rows::MOVEMENT_NOT_COUNT_AFTER)
            || step.as_bytes().get(grammar::spaces(step, w.end)) == Some(&b'/')
            || overlaps(out, start_of..w.end)
        {
            continue;
        }
        let start = clause_start(step, words, start_of, false);
        // "5 to 10 breath cycles" are breaths; "two friends swing" names
        // people. A verb of repeating ("Repeat 3 cycles") is none of
        // these, though "repeat" is no verb of holding.
        let repeats = |at: usize| {
            words
                .iter()
                .any(|n| n.start == at && n.class & REPEAT_VERB != 0)
        };
        if says(step, words, start..w.start, NOT_COUNT | class::PERSON)
            || starts_of(step, words, start..w.start, NOT_HOLD).any(|at| !repeats(at))
            || negated(step, words, start..start_of)
        {
            continue;
        }
        let from = starts_of(step, words, start..start_of, REPEAT_VERB)
            .last()
            .filter(|&from| !has_number(step, words, from..start_of))
            .unwrap_or(start_of);
        out.push(Reading {
            kind: Kind::Repetitions(amount),
            range: from..w.end,
        });
    }
}

/// Counts with no count word, right after a verb of doing and ending
/// their clause: "do about three in a row", "try to do 80-100 in a row",
/// "Do 10 of these" (not "do 2 of these exercises": how many exercises).
fn bare_counts(step: &str, words: &[Word], out: &mut Vec<Reading>) {
    for (i, verb) in words.iter().enumerate() {
        if verb.class & REPEAT_VERB == 0 {
            continue;
        }
        let Some(q) = words.get(i + 1).and_then(|n| quantity_at(step, n.start)) else {
            continue;
        };
        let Some(end) = phrase::at(step, q.end, rows::BARE_COUNT_AFTER) else {
            continue;
        };
        let next = step.as_bytes().get(grammar::spaces(step, end)).copied();
        let ends_clause = next.is_none_or(|b| matches!(b, b'.' | b',' | b';' | b'!' | b':'));
        if !ends_clause || overlaps(out, verb.start..end) {
            continue;
        }
        let Some(amount) = amount(&q, 1.0) else {
            continue;
        };
        out.push(Reading {
            kind: Kind::Repetitions(amount),
            range: verb.start..end,
        });
    }
}

/// Counts written with "x" and neither a verb nor a count word: sets by
/// repetitions, read as the repetitions ("Heavy step up - 3 x 8 each
/// leg", "Sets/reps: 2x8 each arm"), and "x 10" after the movement it
/// counts ("lift it back up toward the ceiling x 10", "x 10 each way").
/// Only where the count ends its clause, or a side ends it: "3 x 10 min
/// bursts" (a duration), "2 x 4 wood" and "3 sets x 3 x 25 secs" are
/// not read.
fn x_counts(step: &str, words: &[Word], out: &mut Vec<Reading>) {
    for (i, w) in words.iter().enumerate() {
        if w.class & lexicon::SIDE_OR_X == 0 {
            continue;
        }
        let word = slice(step, w.start..w.end);
        // Where the reading starts, where its count does, and the sets
        // before it (none after a movement).
        let (from, count, sets) = if word == "x" {
            // "3 x 8", or "the ceiling x 10": what stands before the "x".
            let Some(before) = i.checked_sub(1).and_then(|b| words.get(b)) else {
                continue;
            };
            let gap = slice(step, before.end..w.start);
            if gap.is_empty() || !gap.bytes().all(|b| b == b' ') {
                continue;
            }
            let count = grammar::spaces(step, w.end);
            if count == w.end {
                continue;
            }
            match sets_before(step, words, i) {
                Some((from, sets)) => (from, count, sets),
                None if before.class & class::START == 0 => (w.start, count, 0),
                None => continue,
            }
        } else if let Some((x, sets)) = sets_by_reps_word(word).filter(|_| !chained(step, words, i))
        {
            (w.start, w.start + x + 1, sets)
        } else {
            continue;
        };
        let Some((q, end)) = x_count_at(step, count) else {
            continue;
        };
        if tail_of_number(step, from) || overlaps(out, from..end) {
            continue;
        }
        // Fewer repetitions than sets ("5 x 3") leave which is which
        // unclear.
        let whole = |n: f64| n.fract() == 0.0 && n >= f64::from(sets);
        let Some(amount) = amount(&q, 1.0).filter(|a| a.lo.is_some_and(whole)) else {
            continue;
        };
        let start = clause_start(step, words, from, false);
        if says(step, words, start..from, NOT_COUNT) || negated(step, words, start..from) {
            continue;
        }
        out.push(Reading {
            kind: Kind::Repetitions(amount),
            range: from..end,
        });
    }
}

/// The count after an "x" that [`x_counts`] reads, from `at` (where its
/// number starts), and where it ends: a whole number with no qualifier,
/// then a side or nothing more in its clause.
fn x_count_at(step: &str, at: usize) -> Option<(Quantity<'_>, usize)> {
    let q = quantity_at(step, at).filter(|q| q.qualifier.is_none())?;
    let end = grammar::side_at(step, q.end).unwrap_or(q.end);
    let next = step.as_bytes().get(grammar::spaces(step, end)).copied();
    let ends_clause = next.is_none_or(|b| matches!(b, b'.' | b',' | b';' | b'!' | b'(' | b')'));
    ends_clause.then_some((q, end))
}

/// Whether a number ending at `end` is a number of sets, its repetitions
/// after an "x" ("2x8", "3 x 12") as [`x_counts`] reads them.
fn reps_after(step: &str, end: usize) -> bool {
    let x = grammar::spaces(step, end);
    step.as_bytes().get(x) == Some(&b'x')
        && x_count_at(step, grammar::spaces(step, x + 1)).is_some()
}

/// The number of sets before the "x" at word `x` ("3 x 8"), and where it
/// starts: a whole number of at most [`MOST_SETS`], itself after no other
/// "x" nor "sets" ("3 sets x 3 x 25 secs").
fn sets_before(step: &str, words: &[Word], x: usize) -> Option<(usize, u32)> {
    let word = words.get(x.checked_sub(1)?)?;
    let sets = few_sets(slice(step, word.start..word.end))?;
    (!chained(step, words, x - 1) && !tail_of_number(step, word.start))
        .then_some((word.start, sets))
}

/// Whether the sets at word `sets` follow another "x" or the word
/// "sets": a chain of them ("3 sets x 3 x 25 secs", "30 s x 3x10") is
/// read no further.
fn chained(step: &str, words: &[Word], sets: usize) -> bool {
    sets.checked_sub(1)
        .and_then(|b| words.get(b))
        .is_some_and(|b| slice(step, b.start..b.end) == "x" || b.class & class::SET != 0)
}

/// A word of sets by repetitions ("3x10", "2x8"): where its "x" is, and
/// its sets.
fn sets_by_reps_word(word: &str) -> Option<(usize, u32)> {
    let x = word.find('x')?;
    let reps = word.get(x + 1..)?;
    let sets = few_sets(word.get(..x)?)?;
    (!reps.is_empty() && reps.bytes().all(|b| b.is_ascii_digit())).then_some((x, sets))
}

/// A number of sets written in digits, at most [`MOST_SETS`].
fn few_sets(digits: &str) -> Option<u32> {
    let sets = digits.parse::<u32>().ok()?;
    (digits.bytes().all(|b| b.is_ascii_digit()) && (1..=MOST_SETS).contains(&sets)).then_some(sets)
}

/// The most sets "N x M" is read with: "3 x 10" is three sets of ten,
/// but which of "10 x 3" is the sets a reader cannot tell, and it is
/// left unread.
const MOST_SETS: u32 = 6;

/// A count with its unit in the word, after a verb of doing in its clause:
/// "Do the exercise twice and change legs", "repeat twice on each leg",
/// "do it at least twice", "repeat once or twice". Not a frequency ("twice
/// a day", read by [`frequencies`] before this), a comparison ("twice as
/// long"), "twice more" (SPEC §2 leaves "3 more times" unread), a word
/// with no verb of doing ("cough twice"), after another number ("do 10
/// reps twice": how many sets), nor with a period or a time of day later
/// in its sentence ("do this twice, morning and evening").
fn word_counts(step: &str, words: &[Word], out: &mut Vec<Reading>) {
    for w in words.iter().filter(|w| w.class & lexicon::TWICE != 0) {
        let n = match slice(step, w.start..w.end) {
            "twice" => 2.0,
            "thrice" => 3.0,
            _ => continue,
        };
        if overlaps(out, w.start..w.end)
            || grammar::per_period_at(step, w.end).is_some()
            || starts_after(step, w.end, rows::PER_PERIOD_AFTER)
            || phrase::word_after(step, words, w.end, lexicon::COMPARISON)
        {
            continue;
        }
        // "Do this twice, morning and evening" is how often.
        let rest = slice(step, w.end..step.len());
        let sentence_end = rest
            .find(['.', ';', '!', '?'])
            .map_or(step.len(), |i| w.end + i);
        if says(step, words, w.end..sentence_end, class::PERIOD) {
            continue;
        }
        let start = clause_start(step, words, w.start, false);
        let Some(verb) = starts_of(step, words, start..w.start, REPEAT_VERB).last() else {
            continue;
        };
        if has_number(step, words, verb..w.start)
            || says(step, words, start..w.start, NOT_COUNT)
            || negated(step, words, start..w.start)
        {
            continue;
        }
        // "at least twice", "up to twice", "once or twice".
        let amount = if phrase::ends_at(step, words, verb + 1..w.start, rows::ONCE_OR) {
            Amount {
                lo: Some(1.0),
                hi: Some(n),
            }
        } else {
            let before = slice(step, verb..w.start);
            let bound = grammar::QUALIFIERS
                .iter()
                .find(|q| {
                    before
                        .strip_suffix(' ')
                        .and_then(|b| b.strip_suffix(**q))
                        .is_some_and(|b| b.ends_with(' '))
                })
                .map_or(Bound::Exact, |q| grammar::bound(Some(q)));
            Amount::bounded(n, n, bound)
        };
        let end = grammar::side_at(step, w.end).unwrap_or(w.end);
        out.push(Reading {
            kind: Kind::Repetitions(amount),
            range: verb..end,
        });
    }
}

/// A programme sheet's count: "Repetitions = 5", "Reps: 10"; and "in
/// repetitions of 10", the count word before its number.
fn sheet_counts(step: &str, words: &[Word], out: &mut Vec<Reading>) {
    for (i, w) in words.iter().enumerate() {
        if w.class & class::COUNT_UNIT == 0 {
            continue;
        }
        let of = i
            .checked_sub(1)
            .and_then(|before| words.get(before))
            .and_then(|before| {
                Some((
                    before.start,
                    phrase::at(step, before.start, rows::IN_REPS_OF)?,
                ))
            });
        // A label ends with its mark: most count words have none after
        // them, tested on the next byte before the row is tried.
        let marked = || {
            matches!(
                step.as_bytes().get(grammar::spaces(step, w.end)),
                Some(b':' | b'=')
            )
        };
        let (from, at) = match of {
            Some(of) => of,
            None => match marked()
                .then(|| phrase::at(step, w.start, rows::SHEET_COUNT_LABEL))
                .flatten()
            {
                Some(label) => (w.start, label),
                None => continue,
            },
        };
        let at = grammar::spaces(step, at);
        let Some(q) = quantity_at(step, at) else {
            continue;
        };
        let Some(amount) = amount(&q, 1.0) else {
            continue;
        };
        let end = q.end;
        // "Sets/reps: 2x8" gives its repetitions last (`x_counts`).
        if overlaps(out, from..end)
            || reps_after(step, end)
            || (of.is_some()
                && (starts_after(step, end, rows::PER_PERIOD_AFTER)
                    || negated(step, words, clause_start(step, words, from, false)..from)))
        {
            continue;
        }
        out.push(Reading {
            kind: Kind::Repetitions(amount),
            range: from..end,
        });
    }
}

/// The size a phrase [`grammar::sets`] found states: the quantity after "of".
fn set_size(phrase: &str) -> Option<Quantity<'_>> {
    let of = phrase
        .match_indices(|c: char| c.is_ascii_whitespace())
        .find_map(|(i, _)| grammar::word_at(phrase, grammar::spaces(phrase, i), "of"))?;
    quantity_at(phrase, grammar::spaces(phrase, of))
}

// ---- frequencies ----

/// How many times a phrase [`grammar::frequencies`] found states, where its
/// first number starts (none for "twice"), and whether it is per week.
fn frequency(phrase: &str) -> Option<(Amount, Option<usize>, Period)> {
    let last = phrase.rsplit(|c: char| !c.is_ascii_alphabetic()).next()?;
    let period = if last.to_ascii_lowercase().starts_with("week") {
        Period::Week
    } else {
        Period::Day
    };
    if let Some(q) = quantity_at(phrase, 0) {
        return Some((amount(&q, 1.0)?, Some(q.first.start), period));
    }
    // "twice a day", "about once a week".
    let qualifier_end = grammar::qualifier_at(phrase, 0);
    let from = qualifier_end.map_or(0, |end| grammar::spaces(phrase, end));
    let word = phrase
        .get(from..)?
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()?;
    let n = grammar::number(word)?;
    let qualifier = qualifier_end.and_then(|end| phrase.get(..end));
    Some((bounded(n, n, qualifier), None, period))
}

fn frequencies(step: &str, words: &[Word], out: &mut Vec<Reading>) {
    for whole in grammar::each_frequency(step, words) {
        let phrase = slice(step, whole.clone());
        let Some((amount, first, period)) = frequency(phrase) else {
            continue;
        };
        let (amount, whole) = once_or(step, words, amount, whole);
        let start = clause_start(step, words, whole.start, false);
        let step_number = first.is_some_and(|at| after_step_word(step, words, whole.start + at));
        let sentence = sentence_start(step, whole.start)..whole.start;
        if step_number
            || negated(step, words, start..whole.start)
            || not_a_frequency_before(step, words, start..whole.start)
            || says(step, words, sentence, OTHER_ACTIVITY)
        {
            continue;
        }
        out.push(Reading {
            kind: Kind::Frequency(amount, period),
            range: whole.clone(),
        });
    }
    once_a_day(step, words, out);
}

/// Whether a word of `NOT_COUNT` in `range` makes a count per day or week
/// something other than the exercise's ("it may crack 3 times a day"):
/// breathing exercises are the exercise ("practise breathing exercises
/// three to four times a day").
fn not_a_frequency_before(step: &str, words: &[Word], range: Range<usize>) -> bool {
    starts_of(step, words, range, NOT_COUNT)
        .any(|at| phrase::at(step, at, rows::BREATHING_EXERCISE).is_none())
}

/// "Once or twice a day" is 1-2 a day: the grammar reads "twice a day",
/// and [`rows::ONCE_OR`] just before it opens the range at one.
fn once_or(
    step: &str,
    words: &[Word],
    amount: Amount,
    whole: Range<usize>,
) -> (Amount, Range<usize>) {
    let before = window_start(step, whole.start)..whole.start;
    match phrase::start_before(step, words, before, rows::ONCE_OR) {
        Some(lead) if amount.lo.is_some_and(|lo| lo > 1.0) => (
            Amount {
                lo: Some(1.0),
                hi: amount.hi,
            },
            lead..whole.end,
        ),
        _ => (amount, whole),
    }
}

/// "Do these daily", "every day", "every other day": once a day, or every
/// second day, with no count before it (the counted forms are read above).
fn once_a_day(step: &str, words: &[Word], out: &mut Vec<Reading>) {
    for (i, w) in words.iter().enumerate() {
        if w.class & class::PERIOD == 0 {
            continue;
        }
        let (from, times) = if slice(step, w.start..w.end) == "daily" {
            // "daily" before a noun is an adjective: "your daily walk".
            if starts_after(step, w.end, rows::ANY_WORD)
                && !starts_after(step, w.end, rows::DAILY_GOES_ON)
            {
                continue;
            }
            (w.start, 1.0)
        } else {
            let back = words.get(i.saturating_sub(3)).map_or(w.start, |f| f.start)..w.end;
            let every = |phrase| phrase::start_before(step, words, back.clone(), phrase);
            let day = slice(step, w.start..w.end) == "day";
            if let Some(from) = day.then(|| every(rows::EVERY_OTHER_DAY)).flatten() {
                (from, 0.5)
            } else if let Some(from) = day.then(|| every(rows::EVERY_DAY)).flatten() {
                (from, 1.0)
            } else if let Some(from) = (!day)
                .then(|| every(rows::EVERY_TIME_OF_DAY))
                .flatten()
                .filter(|_| !starts_after(step, w.end, rows::MORE_TIMES_OF_DAY_AFTER))
            {
                (from, 1.0)
            } else {
                continue;
            }
        };
        // "at least daily", "at least every other day": no upper bound.
        let at_least = phrase::start_before(step, words, 0..from, rows::AT_LEAST);
        let from = at_least.unwrap_or(from);
        let range = from..w.end;
        let counted = overlaps(out, range.clone())
            || phrase::last_word_before(words, from)
                .is_some_and(|p| phrase::at(step, p.start, rows::COUNTED_BEFORE_PERIOD).is_some());
        let start = clause_start(step, words, range.start, false);
        let sentence = sentence_start(step, range.start)..range.start;
        if counted
            || negated(step, words, start..range.start)
            || not_a_frequency_before(step, words, start..range.start)
            || says(step, words, sentence, OTHER_ACTIVITY)
        {
            continue;
        }
        let amount = Amount {
            lo: Some(times),
            hi: at_least.is_none().then_some(times),
        };
        out.push(Reading {
            kind: Kind::Frequency(amount, Period::Day),
            range,
        });
    }
}

// ---- without a limit ----

fn unbounded(step: &str, words: &[Word], out: &mut Vec<Reading>) {
    let mut limited = None;
    let mut last_end = 0;
    let found = words.iter().enumerate().filter_map(|(i, w)| {
        if w.class & UNBOUNDED_START == 0 || w.start < last_end {
            return None;
        }
        // Every row says a word of `class::UNBOUNDED` within its first
        // seven words ("often", "long", "until", "needed"…): where none
        // is, no row is tried.
        let near = words
            .get(i..i + 7)
            .unwrap_or(words.get(i..).unwrap_or_default());
        if near.iter().all(|n| n.class & class::UNBOUNDED == 0) {
            return None;
        }
        let end = first_at(step, w.start, rows::UNBOUNDED)?;
        last_end = end;
        Some(w.start..end)
    });
    for m in found {
        let limit = || {
            words.iter().any(|w| {
                w.class & (LIMIT_START | class::START) != 0
                    && first_at(step, w.start, rows::LIMIT).is_some()
            })
        };
        if *limited.get_or_insert_with(limit) {
            break;
        }
        let prefix = clause_start(step, words, m.start, false)..m.start;
        if negated(step, words, prefix.clone()) || says(step, words, prefix.clone(), RESTING) {
            continue;
        }
        // "as long as" is a condition ("safe as long as it feels
        // comfortable") unless it says how long to hold; "keep your back
        // straight as long as possible" is a posture.
        // One space between words, however the step spaced them.
        let phrase = slice(step, m.clone())
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        // "For as long as you can" says how long whatever the verb.
        if phrase.contains("as long as")
            && !phrase.starts_with("for ")
            && !says(step, words, prefix.clone(), HOLD_OR_STAY)
        {
            continue;
        }
        // "Hold onto the chair as long as you need" is a grip on a
        // support, not a hold: the last verb of holding before it grips,
        // and nothing says to hold on as long as one can ("hold onto the
        // bar for as long as you can" is a hang).
        let effort = phrase.ends_with(" can") || phrase.ends_with("possible");
        let gripped = || {
            starts_of(step, words, prefix.clone(), HOLD_VERB)
                .last()
                .is_some_and(|at| phrase::at(step, at, rows::GRIP).is_some())
        };
        if phrase.contains("as long as") && !effort && gripped() {
            continue;
        }
        // "Bend as much as possible" is how far, not how long or how many
        // times: unbounded only after a verb of repeating or holding.
        if phrase.contains("as much as") && !says(step, words, prefix, HOLD_OR_STAY | REPEAT_VERB) {
            continue;
        }
        // "until it clicks into place" is a buckle; "hold the wall as
        // needed for balance" is support; "hold on as needed" too.
        if phrase.ends_with("into place")
            || starts_after(step, m.end, rows::FOR_SUPPORT_AFTER)
            || phrase.starts_with("hold on ")
        {
            continue;
        }
        out.push(Reading {
            kind: Kind::Unbounded,
            range: m,
        });
    }
}
