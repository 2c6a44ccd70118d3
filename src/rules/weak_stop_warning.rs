use super::{GuideContext, Rule};
use crate::finding::{Finding, Target};
use crate::model::{Warning, WarningKind};
use crate::load::tree::Seg;
use crate::read::grammar;
use serde::{Deserialize, Serialize};

/// `[rules.weak-stop-warning]` in `spotter.toml`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// More words that name a symptom, besides pain, hurt, discomfort,
    /// ache, soreness, numbness, tingling, dizziness and the like.
    pub extra_symptoms: Vec<String>,
}

declare_rule! {
    /// ## What it checks
    ///
    /// That each `stop-if-pain` warning, on an exercise or guide-wide,
    /// tells the reader to stop (stop, cease, quit, back off…) and names a
    /// symptom (pain, hurt, discomfort, ache, soreness, numbness,
    /// tingling, dizziness…). "Be careful." does neither; "If it hurts,
    /// stop." does both.
    ///
    /// ## Why
    ///
    /// A stop-if-pain warning is read in the middle of an exercise. It must
    /// say plainly what to watch for and what to do.
    ///
    /// ## Failing example
    ///
    /// ```yaml
    /// spotter: 1
    /// id: knee-hug
    /// title: Knee hug
    /// exercises:
    ///   - id: knee-hug
    ///     name: Knee hug
    ///     risk: low
    ///     steps: [Draw both knees to your chest.]
    ///     hold: 10 s
    ///     repetitions: 3
    ///     warnings:
    ///       - kind: stop-if-pain
    ///         text: Be careful.
    /// ```
    ///
    /// ## Passing example
    ///
    /// ```yaml
    /// spotter: 1
    /// id: knee-hug
    /// title: Knee hug
    /// exercises:
    ///   - id: knee-hug
    ///     name: Knee hug
    ///     risk: low
    ///     steps: [Draw both knees to your chest.]
    ///     hold: 10 s
    ///     repetitions: 3
    ///     warnings:
    ///       - kind: stop-if-pain
    ///         text: If it hurts, stop.
    /// ```
    pub struct WeakStopWarning {
        id: "weak-stop-warning",
        severity: Warning,
        summary: "a stop-if-pain warning does not tell the reader to stop, or names no symptom",
        options: Options,
    }
}

/// What a warning says, read word by word in one pass: whether it tells
/// the reader to stop ("stop", "cease", "back off", "return to the start",
/// "don't push through"…) and whether it names a symptom ("pain",
/// "hurts", "tingling", "light-headed", "pins and needles"…). Words are
/// read in any case, with whitespace between the words of a phrase.
pub fn stop_and_symptom(text: &str) -> (bool, bool) {
    let (mut stop, mut symptom) = (false, false);
    let bytes = text.as_bytes();
    let mut at = 0;
    // One pass over the bytes; a word is lowered only when it may start a
    // phrase still looked for.
    while let Some(&b) = bytes.get(at) {
        let first = grammar::lower_word_byte(b);
        if first == 0 {
            at += 1;
            continue;
        }
        let from = at;
        at += 1;
        while bytes.get(at).is_some_and(|&b| grammar::is_word_byte(b)) {
            at += 1;
        }
        // Most words can start no phrase still looked for, as their first
        // letter and length tell: those are not lowered or compared.
        let want_stop = !stop && may_start(&STOP_STARTS, first, at - from);
        let want_symptom = !symptom && may_start(&SYMPTOM_STARTS, first, at - from);
        if !(want_stop || want_symptom) {
            continue;
        }
        let mut word = [0; WORD_MAX];
        let len = lower_word(bytes, from, at, &mut word);
        let word = word.get(..len).unwrap_or_default();
        stop = stop || want_stop && says_stop(text, from, word);
        symptom = symptom || want_symptom && names_symptom(text, from, word);
        if stop && symptom {
            break;
        }
    }
    (stop, symptom)
}

/// For each letter, a bit for each length of a word starting with it that
/// may start a phrase [`says_stop`] reads (bit 31 for 31 bytes or more).
/// A word its `match` reads and this list leaves out would never be read:
/// the tests, which hold the readers to the patterns they replaced, fail.
const STOP_STARTS: [u32; 26] = starts(
    &[
        b"stop", b"stops", b"stopping", b"cease", b"quit", b"halt", b"discontinue", b"release",
        b"end", b"back", b"ease", b"relax", b"come", b"get", b"return", b"skip", b"avoid", b"do",
        b"don", b"never",
    ],
    &[],
);

/// As [`STOP_STARTS`], for [`names_symptom`]: its words, and the starts
/// of the words it names by how they start, at any length from theirs.
const SYMPTOM_STARTS: [u32; 26] = starts(
    &[
        b"pain", b"pains", b"painful", b"hurt", b"hurts", b"hurting", b"discomfort",
        b"uncomfortable", b"ache", b"aches", b"aching", b"sore", b"soreness", b"numb",
        b"numbness", b"sharp", b"burning", b"shooting", b"lightheaded", b"weak", b"weakness",
        b"worse", b"symptom", b"symptoms", b"unwell", b"tension", b"light", b"pins", b"short",
    ],
    &[
        b"tingl", b"twinge", b"dizz", b"pinch", b"faint", b"nause", b"strain", b"swell",
        b"spasm", b"cramp", b"clunk", b"worsen", b"breathless",
    ],
);

/// The table of [`STOP_STARTS`] for `words` and `stems` (lowered letters).
const fn starts(words: &[&[u8]], stems: &[&[u8]]) -> [u32; 26] {
    let mut table = [0; 26];
    let mut i = 0;
    while i < words.len() {
        let word = words[i];
        table[(word[0] - b'a') as usize] |= 1 << word.len();
        i += 1;
    }
    let mut i = 0;
    while i < stems.len() {
        let stem = stems[i];
        table[(stem[0] - b'a') as usize] |= u32::MAX << stem.len();
        i += 1;
    }
    table
}

/// Whether a word whose first byte lowered is `first` and which is `len`
/// bytes long may start a phrase of `table`'s.
#[inline]
fn may_start(table: &[u32; 26], first: u8, len: usize) -> bool {
    table
        .get(usize::from(first.wrapping_sub(b'a')))
        .is_some_and(|lengths| lengths >> len.min(31) & 1 == 1)
}

/// How many bytes of a word are kept, lowered, to be compared: longer than
/// any whole word below, so a longer word cut to it equals none of them,
/// and it still starts as it did.
const WORD_MAX: usize = 16;

/// The word `bytes[from..to]` lowered into `word` (its first
/// [`WORD_MAX`] bytes): how many bytes it kept.
#[inline]
fn lower_word(bytes: &[u8], from: usize, to: usize, word: &mut [u8; WORD_MAX]) -> usize {
    let found = bytes.get(from..to).unwrap_or_default();
    for (slot, &b) in word.iter_mut().zip(found) {
        *slot = grammar::lower_word_byte(b);
    }
    found.len().min(WORD_MAX)
}

/// Whether the words of `text` at `from`, the first of which is `word` in
/// lower case, tell the reader to stop.
fn says_stop(text: &str, from: usize, word: &[u8]) -> bool {
    let at = |words: &[&str]| grammar::words_at(text, from, words).is_some();
    let then = |first: &str, words: &[&[&str]]| {
        grammar::words_at(text, from, &[first]).is_some_and(|end| {
            let next = grammar::spaces(text, end);
            next > end && words.iter().any(|w| grammar::words_at(text, next, w).is_some())
        })
    };
    match word {
        b"stop" | b"stops" | b"stopping" | b"cease" | b"quit" | b"halt" | b"discontinue"
        | b"release" => true,
        b"end" => at(&["end", "the"]),
        b"back" => at(&["back", "off"]),
        b"ease" => then("ease", &[&["off"], &["up"]]),
        b"relax" => then("relax", &[&["the", "stretch"], &["out", "of"]]),
        b"come" => at(&["come", "out", "of"]),
        b"get" => at(&["get", "out", "of"]),
        b"return" => returns_to_start(text, from),
        b"skip" => then("skip", &[&["this"], &["the"], &["it"]]),
        b"avoid" => then("avoid", &[&["this"], &["the"], &["it"]]),
        b"do" => keeps_on(text, grammar::words_at(text, from, &["do", "not"])),
        b"don" => ["don't", "don\u{2019}t"]
            .iter()
            .any(|dont| keeps_on(text, grammar::words_at(text, from, &[dont]))),
        b"never" => keeps_on(text, grammar::words_at(text, from, &["never"])),
        _ => false,
    }
}

/// "return to start", "return to the starting position".
fn returns_to_start(text: &str, from: usize) -> bool {
    let Some(to) = grammar::words_at(text, from, &["return", "to"]) else {
        return false;
    };
    let start = |after: usize| {
        let at = grammar::spaces(text, after);
        at > after && grammar::word_at(text, at, "start").is_some()
    };
    let the = || {
        let at = grammar::spaces(text, to);
        (at > to)
            .then(|| grammar::words_at(text, at, &["the"]))
            .flatten()
    };
    start(to) || the().is_some_and(start)
}

/// Whether a "do not", "don't" or "never" that ends at `after` goes on to
/// say to carry on: "don't push through", "never keep going".
fn keeps_on(text: &str, after: Option<usize>) -> bool {
    let Some(after) = after else {
        return false;
    };
    let from = grammar::spaces(text, after);
    from > after
        && [
            &["continue"][..],
            &["go", "on"],
            &["carry", "on"],
            &["push", "through"],
            &["push", "into"],
            &["keep", "going"],
            &["do", "it"],
            &["do", "this"],
        ]
        .iter()
        .any(|words| grammar::words_at(text, from, words).is_some())
}

/// Whether the words of `text` at `from`, the first of which is `word` in
/// lower case, name a symptom.
fn names_symptom(text: &str, from: usize, word: &[u8]) -> bool {
    let at = |words: &[&str]| grammar::words_at(text, from, words).is_some();
    match word {
        b"pain" | b"pains" | b"painful" | b"hurt" | b"hurts" | b"hurting" | b"discomfort"
        | b"uncomfortable" | b"ache" | b"aches" | b"aching" | b"sore" | b"soreness" | b"numb"
        | b"numbness" | b"sharp" | b"burning" | b"shooting" | b"lightheaded" | b"weak"
        | b"weakness" | b"worse" | b"symptom" | b"symptoms" | b"unwell" | b"tension" => true,
        b"light" => at(&["light-headed"]) || at(&["light", "headed"]),
        b"pins" => at(&["pins", "and", "needles"]),
        b"short" => at(&["short", "of", "breath"]),
        // Words named by how they start: "tingling", "dizzy", "spasms".
        _ => {
            let stems: &[&[u8]] = match word.first() {
                Some(b't') => &[b"tingl", b"twinge"],
                Some(b'd') => &[b"dizz"],
                Some(b'p') => &[b"pinch"],
                Some(b'f') => &[b"faint"],
                Some(b'n') => &[b"nause"],
                Some(b's') => &[b"strain", b"swell", b"spasm"],
                Some(b'c') => &[b"cramp", b"clunk"],
                Some(b'w') => &[b"worsen"],
                Some(b'b') => &[b"breathless"],
                _ => &[],
            };
            stems.iter().any(|stem| word.starts_with(stem))
        }
    }
}

impl WeakStopWarning {
    /// Whether `text` names one of the configured `extra_symptoms`.
    fn names_extra_symptom(&self, text: &str) -> bool {
        self.options.extra_symptoms.iter().any(|word| {
            let word = word.to_lowercase();
            !word.is_empty()
                && text
                    .to_lowercase()
                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                    .any(|w| w == word)
        })
    }

    /// What a stop-if-pain warning lacks, if anything.
    fn weakness(&self, warning: &Warning) -> Option<&'static str> {
        if warning.kind != WarningKind::StopIfPain || warning.text.trim().is_empty() {
            return None;
        }
        let (stop, symptom) = stop_and_symptom(&warning.text);
        let symptom = symptom || self.names_extra_symptom(&warning.text);
        match (stop, symptom) {
            (true, true) => None,
            (false, true) => Some("stop-if-pain warning does not tell the reader to stop"),
            (true, false) => Some("stop-if-pain warning names no symptom to stop for"),
            (false, false) => {
                Some("stop-if-pain warning neither tells the reader to stop nor names a symptom")
            }
        }
    }
}

fn report(cx: &mut GuideContext<'_>, message: &'static str, path: Vec<Seg>, exercise: Option<&str>) {
    let mut finding = Finding::at(Target::Value(path), message)
        .help("say what to watch for and what to do, e.g. `Stop at once if you feel pain or discomfort.`");
    if let Some(id) = exercise {
        finding = finding.exercise(id);
    }
    cx.report(finding);
}

impl Rule for WeakStopWarning {
    fn check_guide(&self, cx: &mut GuideContext<'_>) {
        let guide = cx.guide;
        for warning in &guide.warnings {
            if let Some(message) = self.weakness(warning) {
                let path = crate::path!["warnings", warning.index, "text"];
                report(cx, message, path, None);
            }
        }
        for ex in &guide.exercises {
            for warning in &ex.warnings {
                if let Some(message) = self.weakness(warning) {
                    let path = crate::path!["exercises", ex.index, "warnings", warning.index, "text"];
                    report(cx, message, path, ex.id());
                }
            }
        }
    }
}
