//! Phrases as data: the context a reader looks for around what it reads
//! ("every 30 seconds", "as often as you like", "that's one rep") is a
//! row of words, matched over the step's words where a reader asks. A
//! phrase's rows are split into slots once, on its first use in a thread,
//! and nothing is built before a run.
//!
//! A [`Phrase`] is a list of groups, said one after another; each group is
//! a list of rows, one of which is said; a row is slots separated by one
//! space:
//!
//! - `hold|holds|stretch`: one of these words, whole (a word boundary
//!   after it); an apostrophe in a word (`don't`) is `'` or `’` in the text;
//! - `#`: a number, digits or words (`grammar::number_at`);
//! - `~`: any one word;
//! - `:` or `.`: that mark, with any whitespace before it;
//! - a slot ending in `?` may be left out: a word is tried before leaving
//!   it out, `~?` is tried left out first;
//! - an empty row (`""`) in a group makes the group optional.
//!
//! Two words (or numbers) in a row are separated by whitespace in the text,
//! as regular expressions' `\s+`; a mark may have whitespace around it.
//! The text is read as the step readers read it, lowered; the words of a
//! row are written in lower case.
//!
//! Matching backtracks (a row's first way that lets the rest match wins,
//! as a regular expression's leftmost-first match), and is tried only at
//! the words a reader asks about; a slot, or a group whose rows all start
//! with a word, is rejected on the first letter of the text (one bit of a
//! mask), so it costs a few instructions a word.

use crate::read::grammar::{self, Class, Word};
use std::ops::Range;

/// Groups of rows, said one after another: see the module's doc.
pub type Phrase = &'static [&'static [&'static str]];

/// Where `phrase` ends if the text at `at` says it.
pub fn at(text: &str, at: usize, phrase: Phrase) -> Option<usize> {
    let mut found = None;
    walk(text, at, phrase, &mut |end| {
        found = Some(end);
        true
    });
    found
}

/// Where the first of `phrases` that the text at `at` says ends.
pub fn first_at(text: &str, at: usize, phrases: &[Phrase]) -> Option<usize> {
    phrases.iter().find_map(|phrase| self::at(text, at, phrase))
}

/// Whether the text right after `pos` (after any whitespace) says `phrase`.
pub fn starts_after(text: &str, pos: usize, phrase: Phrase) -> bool {
    at(text, pos, phrase).is_some()
}

/// Whether a phrase starting at a word in `range` ends at the end of
/// `range`, with only whitespace after it: the words just before a place.
pub fn ends_at(text: &str, words: &[Word], range: Range<usize>, phrase: Phrase) -> bool {
    start_before(text, words, range, phrase).is_some()
}

/// Where a phrase that [`ends_at`] the end of `range` starts (the latest
/// such start).
pub fn start_before(
    text: &str,
    words: &[Word],
    range: Range<usize>,
    phrase: Phrase,
) -> Option<usize> {
    let to = words.partition_point(|w| w.start < range.end);
    let before = words.get(..to).unwrap_or_default();
    let end = range.end;
    let compiled = compiled(phrase);
    before
        .iter()
        .rev()
        .take(compiled.reach)
        .take_while(|w| w.start >= range.start)
        .filter(|w| compiled.may_start_at_word(text, w.start))
        .find(|w| {
            compiled.walk(text, w.start, &mut |e| {
                e <= end && text.as_bytes().get(e..end).is_some_and(all_spaces)
            })
        })
        .map(|w| w.start)
}

/// Whether the last word before the end of `range` (and within it), with
/// only whitespace after it, is of class `class`: a one-word row.
pub fn word_before(text: &str, words: &[Word], range: Range<usize>, class: Class) -> bool {
    let to = words.partition_point(|w| w.start < range.end);
    to.checked_sub(1)
        .and_then(|i| words.get(i))
        .is_some_and(|w| {
            w.class & class != 0
                && w.start >= range.start
                && w.end <= range.end
                && text
                    .as_bytes()
                    .get(w.end..range.end)
                    .is_some_and(all_spaces)
        })
}

/// The last word that starts before `pos`.
pub fn last_word_before(words: &[Word], pos: usize) -> Option<&Word> {
    let to = words.partition_point(|w| w.start < pos);
    to.checked_sub(1).and_then(|i| words.get(i))
}

/// Whether the first word after `pos`, with only whitespace before it, is
/// of class `class`: a one-word row.
pub fn word_after(text: &str, words: &[Word], pos: usize, class: Class) -> bool {
    let from = words.partition_point(|w| w.start < pos);
    words.get(from).is_some_and(|w| {
        w.class & class != 0 && text.as_bytes().get(pos..w.start).is_some_and(all_spaces)
    })
}

/// The most words `phrase` can say: each slot one word, a word with an
/// apostrophe two, a number two ("twenty one"), a mark none.
pub fn reach(phrase: Phrase) -> usize {
    phrase
        .iter()
        .map(|rows| {
            rows.iter()
                .map(|row| {
                    // Words start after a space or at the row's start, and
                    // each apostrophe or number adds one.
                    let bytes = row.as_bytes();
                    let mut words = 0;
                    let mut at_start = true;
                    for &b in bytes {
                        if at_start && (b.is_ascii_alphanumeric() || b == b'~') {
                            words += 1;
                        }
                        if b == b'\'' || b == b'#' {
                            words += if at_start { 2 } else { 1 };
                        }
                        at_start = b == b' ';
                    }
                    words
                })
                .max()
                .unwrap_or(0)
        })
        .sum()
}

/// Whether `phrase` lies within `range`, starting at one of its words of
/// class `gate` (any word when `gate` is 0).
pub fn within(
    text: &str,
    words: &[Word],
    range: Range<usize>,
    phrase: Phrase,
    gate: Class,
) -> bool {
    let end = range.end;
    let compiled = compiled(phrase);
    words_in(words, range)
        .iter()
        .filter(|w| (gate == 0 || w.class & gate != 0) && compiled.may_start_at_word(text, w.start))
        .any(|w| compiled.walk(text, w.start, &mut |e| e <= end))
}

/// The words that lie wholly within `range`.
pub fn words_in(words: &[Word], range: Range<usize>) -> &[Word] {
    let from = words.partition_point(|w| w.start < range.start);
    let to = words.partition_point(|w| w.end <= range.end);
    words.get(from..to.max(from)).unwrap_or_default()
}

fn all_spaces(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .all(|&b| matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r'))
}

/// A phrase read once into its slots, so that a walk does not split its
/// rows' text again at every word it is tried at.
struct Compiled {
    groups: Vec<Group>,
    /// [`reach`], counted once.
    reach: usize,
    /// The first group's letters: where the text starts with none of them
    /// the phrase is rejected before it is walked.
    letters: Option<u32>,
}

impl Compiled {
    /// Whether the phrase may start at `pos`, a word's first byte.
    fn may_start_at_word(&self, text: &str, pos: usize) -> bool {
        self.letters.is_none_or(|letters| {
            has_letter(
                text.as_bytes().get(pos).map(u8::to_ascii_lowercase),
                letters,
            )
        })
    }

    /// Matches from `pos`; see [`walk_rows`].
    fn walk(&self, text: &str, pos: usize, accept: &mut dyn FnMut(usize) -> bool) -> bool {
        walk_rows(text, pos, &[], &self.groups, false, accept)
    }
}

/// The rows of one group, and the first letters they can start with when
/// every row must start with a word that starts with a letter.
struct Group {
    rows: Vec<Vec<Slot>>,
    letters: Option<u32>,
}

/// One slot of a row: its alternatives in order, and the first letters of
/// its words when every alternative is a word that starts with a letter.
struct Slot {
    alts: Vec<Alt>,
    optional: bool,
    /// `~?`: tried left out first.
    lazy: bool,
    /// Bit `b - b'a'` for each alternative's first letter `b`; `None` when
    /// some alternative does not start with a letter.
    letters: Option<u32>,
}

enum Alt {
    /// A word spelled out; `letter` when its first byte is a letter;
    /// `plain` when it holds no apostrophe, so that its bytes meet the
    /// text's one for one.
    Word {
        text: &'static str,
        letter: Option<u8>,
        plain: bool,
    },
    Number,
    AnyWord,
    Mark(&'static str),
    /// An empty alternative, which nothing says.
    Never,
}

fn compile(phrase: Phrase) -> Compiled {
    let groups: Vec<Group> = phrase
        .iter()
        .map(|rows| {
            let rows: Vec<Vec<Slot>> = rows.iter().map(|row| compile_row(row)).collect();
            let letters = rows.iter().try_fold(0u32, |mask, row| {
                let first = row.first().filter(|slot| !slot.optional)?;
                Some(mask | first.letters?)
            });
            Group { rows, letters }
        })
        .collect();
    Compiled {
        letters: groups.first().and_then(|g| g.letters),
        groups,
        reach: reach(phrase),
    }
}

fn compile_row(row: &'static str) -> Vec<Slot> {
    let mut slots = Vec::new();
    let mut rest = row;
    while !rest.is_empty() {
        let (slot, more) = rest.split_once(' ').unwrap_or((rest, ""));
        rest = more;
        let (slot, optional) = match slot.strip_suffix('?') {
            Some(slot) if !slot.is_empty() => (slot, true),
            _ => (slot, false),
        };
        let alts: Vec<Alt> = slot.split('|').map(compile_alt).collect();
        let mut letters = Some(0u32);
        for alt in &alts {
            letters = match (letters, alt) {
                (
                    Some(mask),
                    Alt::Word {
                        letter: Some(b), ..
                    },
                ) => Some(if b.is_ascii_lowercase() {
                    mask | 1 << (b - b'a')
                } else {
                    // An upper-case letter never meets the lowered text.
                    mask
                }),
                _ => None,
            };
        }
        slots.push(Slot {
            alts,
            optional,
            lazy: slot == "~",
            letters,
        });
    }
    slots
}

fn compile_alt(alt: &'static str) -> Alt {
    let Some(&first) = alt.as_bytes().first() else {
        return Alt::Never;
    };
    if !first.is_ascii_alphanumeric() && first != b'#' && first != b'~' {
        return Alt::Mark(alt);
    }
    match alt {
        "#" => Alt::Number,
        "~" => Alt::AnyWord,
        _ => Alt::Word {
            text: alt,
            letter: first.is_ascii_alphabetic().then_some(first),
            plain: !alt.contains('\''),
        },
    }
}

/// Every phrase compiled so far, by where it lies: phrases are static, so
/// one address is one phrase for the whole run, and each is compiled and
/// leaked once however many threads (the server's workers come and go).
static ALL_COMPILED: std::sync::Mutex<Vec<((usize, usize), &'static Compiled)>> =
    std::sync::Mutex::new(Vec::new());

/// Slots in a thread's table of compiled phrases: a power of two, above
/// the few dozen phrases there are.
const CACHE_SLOTS: usize = 128;

type CacheSlot = Option<((usize, usize), &'static Compiled)>;

thread_local! {
    /// This thread's copy of the references it has used, so the hot path
    /// takes no lock: one slot by the phrase's address, so that a phrase
    /// is found in a few instructions, not by a search of the list (a
    /// phrase that meets another's slot goes on to the list below).
    static RECENT: [std::cell::Cell<CacheSlot>; CACHE_SLOTS] =
        const { [const { std::cell::Cell::new(None) }; CACHE_SLOTS] };
    static COMPILED: std::cell::RefCell<Vec<((usize, usize), &'static Compiled)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Where a phrase's key goes in [`RECENT`].
fn cache_slot(key: (usize, usize)) -> usize {
    let mixed = (key.0 ^ key.1).wrapping_mul(0x9E37_79B9_7F4A_7C15_u64 as usize);
    (mixed >> (usize::BITS - CACHE_SLOTS.trailing_zeros())) & (CACHE_SLOTS - 1)
}

#[inline]
fn compiled(phrase: Phrase) -> &'static Compiled {
    let key = (phrase.as_ptr() as usize, phrase.len());
    let at = cache_slot(key);
    let recent = RECENT.with(|recent| recent.get(at).and_then(std::cell::Cell::get));
    if let Some((k, found)) = recent
        && k == key
    {
        return found;
    }
    let found = compiled_slowly(key, phrase);
    RECENT.with(|recent| {
        if let Some(entry) = recent.get(at) {
            entry.set(Some((key, found)));
        }
    });
    found
}

#[cold]
fn compiled_slowly(key: (usize, usize), phrase: Phrase) -> &'static Compiled {
    COMPILED.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(&(_, found)) = cache.iter().find(|(k, _)| *k == key) {
            return found;
        }
        let made = {
            // A poisoned lock only means another thread panicked while
            // pushing; the list it holds is still whole.
            let mut all = ALL_COMPILED
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            match all.iter().find(|(k, _)| *k == key) {
                Some(&(_, found)) => found,
                None => {
                    // Leaked once per phrase: a few dozen, for the whole run.
                    let made: &'static Compiled = Box::leak(Box::new(compile(phrase)));
                    all.push((key, made));
                    made
                }
            }
        };
        cache.push((key, made));
        made
    })
}

/// Matches `phrase` from `pos`; see [`walk_rows`].
fn walk(text: &str, pos: usize, phrase: Phrase, accept: &mut dyn FnMut(usize) -> bool) -> bool {
    let compiled = compiled(phrase);
    if let Some(letters) = compiled.letters
        && !starts_with(text, pos, letters)
    {
        return false;
    }
    compiled.walk(text, pos, accept)
}

/// Matches the rest of `row`, then the groups of `groups` in turn, from
/// `pos`; `after_word` when the slot before was a word or a number (so a
/// word after it needs whitespace first). `accept` is asked about each end
/// reached, in order of preference; the first it takes ends the walk.
fn walk_rows(
    text: &str,
    pos: usize,
    row: &[Slot],
    groups: &[Group],
    after_word: bool,
    accept: &mut dyn FnMut(usize) -> bool,
) -> bool {
    let Some((slot, more)) = row.split_first() else {
        return match groups.split_first() {
            None => accept(pos),
            Some((group, rest)) => {
                if let Some(letters) = group.letters
                    && !starts_with(text, pos, letters)
                {
                    // No row of the group can start here.
                    return false;
                }
                group
                    .rows
                    .iter()
                    .any(|row| walk_rows(text, pos, row, rest, after_word, accept))
            }
        };
    };
    let from = grammar::spaces(text, pos);
    let here = text.as_bytes().get(from).map(u8::to_ascii_lowercase);
    let take = |accept: &mut dyn FnMut(usize) -> bool| {
        if let Some(letters) = slot.letters {
            // Every alternative is a word: most fail on their first letter.
            let hit =
                here.is_some_and(|b| b.is_ascii_lowercase() && letters >> (b - b'a') & 1 != 0);
            if !hit {
                return false;
            }
        }
        slot.alts.iter().any(|alt| {
            if let Alt::Word {
                letter: Some(first),
                ..
            } = alt
                && Some(*first) != here
            {
                return false;
            }
            slot_at(text, pos, from, alt, after_word)
                .is_some_and(|(end, word)| walk_rows(text, end, more, groups, word, accept))
        })
    };
    if !slot.optional {
        return take(accept);
    }
    let skip = |accept: &mut dyn FnMut(usize) -> bool| {
        walk_rows(text, pos, more, groups, after_word, accept)
    };
    // Any word is tried left out first, as a lazy `(?:\w+\s+)??`.
    (slot.lazy && skip(accept)) || take(accept) || (!slot.lazy && skip(accept))
}

/// Whether `here` (a lowered byte) is one of the letters of `letters`.
fn has_letter(here: Option<u8>, letters: u32) -> bool {
    here.is_some_and(|b| b.is_ascii_lowercase() && letters >> (b - b'a') & 1 != 0)
}

/// Whether the text after `pos` and its whitespace starts with one of
/// `letters`.
fn starts_with(text: &str, pos: usize, letters: u32) -> bool {
    let from = grammar::spaces(text, pos);
    has_letter(
        text.as_bytes().get(from).map(u8::to_ascii_lowercase),
        letters,
    )
}

/// Where one alternative of a slot ends if the text at `pos` (`from` past
/// its whitespace) says it, and whether it was a word (or a number).
fn slot_at(
    text: &str,
    pos: usize,
    from: usize,
    alt: &Alt,
    after_word: bool,
) -> Option<(usize, bool)> {
    if let Alt::Mark(mark) = alt {
        let end = from.checked_add(mark.len())?;
        return (text.as_bytes().get(from..end)? == mark.as_bytes()).then_some((end, false));
    }
    if matches!(alt, Alt::Never) || (after_word && from == pos) {
        return None;
    }
    let end = match alt {
        Alt::Number => grammar::number_at(text, from)?.1,
        Alt::AnyWord => {
            let bytes = text.as_bytes().get(from..)?;
            let len = bytes
                .iter()
                .take_while(|&&b| grammar::is_word_byte(b))
                .count();
            (len > 0).then_some(from + len)?
        }
        Alt::Word {
            text: word, plain, ..
        } => {
            let end = if *plain {
                plain_word_at(text, from, word)?
            } else {
                word_at(text, from, word)?
            };
            let whole = text
                .as_bytes()
                .get(end)
                .is_none_or(|&b| !grammar::is_word_byte(b));
            whole.then_some(end)?
        }
        Alt::Mark(_) | Alt::Never => return None,
    };
    Some((end, true))
}

/// [`word_at`] for a word with no apostrophe: its bytes compared with
/// the text's one for one, the text's lowered.
fn plain_word_at(text: &str, at: usize, word: &str) -> Option<usize> {
    let end = at.checked_add(word.len())?;
    let found = text.as_bytes().get(at..end)?;
    found
        .iter()
        .zip(word.as_bytes())
        .all(|(&t, &w)| t.to_ascii_lowercase() == w)
        .then_some(end)
}

/// Where `word` ends if the text at `at` spells it, in any case, an
/// apostrophe in it being `'` or `’`.
fn word_at(text: &str, at: usize, word: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = at;
    for &b in word.as_bytes() {
        if b == b'\'' {
            if bytes.get(i) == Some(&b'\'') {
                i += 1;
            } else if bytes.get(i..i + 3) == Some("’".as_bytes()) {
                i += 3;
            } else {
                return None;
            }
        } else if bytes.get(i).map(u8::to_ascii_lowercase) == Some(b) {
            i += 1;
        } else {
            return None;
        }
    }
    Some(i)
}
