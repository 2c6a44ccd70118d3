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
    // One pass over the bytes: each word is lowered as it is stepped over.
    while let Some(&b) = bytes.get(at) {
        if !grammar::is_word_byte(b) {
            at += 1;
            continue;
        }
        let from = at;
        let mut word = [0; WORD_MAX];
        let len;
        (len, at) = lower_word(bytes, from, &mut word);
        let word = word.get(..len).unwrap_or_default();
        stop = stop || says_stop(text, from, word);
        symptom = symptom || names_symptom(text, from, word);
        if stop && symptom {
            break;
        }
    }
    (stop, symptom)
}

/// How many bytes of a word are kept, lowered, to be compared: longer than
/// any whole word below, so a longer word cut to it equals none of them,
/// and it still starts as it did.
const WORD_MAX: usize = 16;

/// The word of `bytes` that starts at `from`, lowered into `word` (its
/// first [`WORD_MAX`] bytes): how many bytes it kept, and where the word
/// ends.
#[inline]
fn lower_word(bytes: &[u8], from: usize, word: &mut [u8; WORD_MAX]) -> (usize, usize) {
    let (mut len, mut at) = (0, from);
    while let Some(lowered) = bytes
        .get(at)
        .map(|&b| grammar::lower_word_byte(b))
        .filter(|&lowered| lowered != 0)
    {
        if let Some(slot) = word.get_mut(len) {
            *slot = lowered;
            len += 1;
        }
        at += 1;
    }
    (len, at)
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
