//! What the prose rules share: each step of an exercise, read once per
//! rule, with its path and the words of each finding.

use super::GuideContext;
use crate::finding::{Finding, Target};
use crate::load::tree::Seg;
use crate::model::Exercise;
use crate::read::prose::{self, Amount};

/// One phrase read from a step: where the step is, the finding, its words.
pub struct Said<'a> {
    exercise: usize,
    step: usize,
    pub reading: prose::Reading,
    pub words: &'a str,
}

impl Said<'_> {
    /// The step's path, built only for a finding that is reported: most
    /// phrases agree with their fields.
    pub fn step(&self) -> Vec<Seg> {
        crate::path!["exercises", self.exercise, "steps", self.step]
    }

    /// The step's number as a reader counts, from 1.
    pub fn number(&self) -> usize {
        self.step + 1
    }
}

/// Each exercise of the guide with everything its steps say, step by step.
pub fn exercises<'a>(
    cx: &GuideContext<'a>,
) -> impl Iterator<Item = (&'a Exercise<'a>, impl Iterator<Item = Said<'a>> + use<'a>)> + use<'a> {
    let readings = cx.readings();
    cx.guide
        .exercises
        .iter()
        .zip(readings)
        .map(|(ex, steps)| (ex, said(ex, steps)))
}

fn said<'a>(ex: &'a Exercise, steps: &'a [Vec<prose::Reading>]) -> SaidIn<'a> {
    SaidIn {
        ex,
        steps,
        step: 0,
        at: 0,
    }
}

/// Each reading of each step of one exercise, in order: a loop over two
/// indices, which a chain of `zip`, `enumerate` and `flat_map` cost about
/// a hundred instructions a reading more than (11 M on `gen_corpus DIR
/// 1000 10`, four rules).
struct SaidIn<'a> {
    ex: &'a Exercise<'a>,
    steps: &'a [Vec<prose::Reading>],
    step: usize,
    at: usize,
}

impl<'a> Iterator for SaidIn<'a> {
    type Item = Said<'a>;

    fn next(&mut self) -> Option<Said<'a>> {
        loop {
            let text = self.ex.steps.get(self.step)?;
            let found = self.steps.get(self.step)?;
            if let Some(reading) = found.get(self.at) {
                self.at += 1;
                return Some(Said {
                    exercise: self.ex.index,
                    step: self.step,
                    words: text.get(reading.range.clone()).unwrap_or_default(),
                    reading: reading.clone(),
                });
            }
            self.step += 1;
            self.at = 0;
        }
    }
}

/// Words as a message quotes them: a capital that only starts the
/// sentence is lowered ("Hold for 10 seconds" → "hold for 10 seconds", "A
/// taller person" → "a taller person"); "I" and names in capitals stay.
/// The words a step says, for a message: quoted as [`quote`] does, and
/// saying so when they set no upper limit ("at least 30 seconds" against
/// `hold: 30 s` would otherwise read as agreeing).
/// A step's reading that lies outside its exercise's field, as the three
/// mismatch rules (`hold-time-mismatch`, `repetition-mismatch`,
/// `frequency-mismatch`) report it.
pub struct Mismatch {
    /// The field's key: `hold`, `repetitions`, `frequency`.
    pub key: &'static str,
    /// The field's value as the message says it (`5-10 s`).
    pub field: String,
    /// What the step would say to agree with the field (`2-3 times`).
    pub say: String,
    /// The field's value written as the step states it, when it can be
    /// (offered as an unsafe fix).
    pub stated: Option<String>,
}

/// Reports `said`, which states `amount`, as disagreeing with the field
/// `mismatch.key` of `ex`: on the step's words, with the field as the
/// related place and, when the step's value can be written as the field,
/// a fix that writes it.
pub fn report_mismatch(
    cx: &mut GuideContext<'_>,
    ex: &Exercise,
    said: Said<'_>,
    amount: &Amount,
    mismatch: Mismatch,
) {
    let Mismatch {
        key,
        field,
        say,
        stated,
    } = mismatch;
    let mut finding = Finding::at(
        Target::InValue(said.step(), said.reading.range.clone()),
        format!("step says {}, but `{key}` is {field}", says(said.words, amount)),
    )
    .help(format!(
        "if `{key}` is right, make the step say {say}; if the step is right, change `{key}` to match it"
    ))
    .related(Target::Value(ex.path(key)), format!("`{key}` is set here"));
    if let Some(stated) = stated {
        finding = finding.replace_unsafe(
            format!("Set `{key}` to `{stated}`, as the step says"),
            Target::Value(ex.path(key)),
            stated,
        );
    }
    cx.report(finding);
}

pub fn says(words: &str, amount: &Amount) -> String {
    let words = quote(words);
    if amount.hi.is_none() {
        format!("{words} (no upper limit)")
    } else {
        words
    }
}

/// A count field as a step would say it: `2-3 per side` → `2-3 times per
/// side`, `3` → `3 times`.
pub fn times(field: &str) -> String {
    match field.strip_suffix(" per side") {
        Some(numbers) => format!("{numbers} times per side"),
        None => format!("{field} times"),
    }
}

pub fn quote(words: &str) -> String {
    let first_word = words.split_whitespace().next().unwrap_or_default();
    let mut chars = first_word.chars();
    let lower = match chars.next() {
        Some('A') => chars.clone().all(char::is_lowercase),
        Some(first) => {
            first.is_uppercase() && chars.clone().count() > 0 && chars.all(char::is_lowercase)
        }
        None => false,
    };
    if lower {
        let mut all = words.chars();
        all.next()
            .map(|c| c.to_lowercase().chain(all).collect())
            .unwrap_or_default()
    } else {
        words.to_string()
    }
}
