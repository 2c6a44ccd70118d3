//! What the prose rules share: each step of an exercise, read once per
//! rule, with its path and the words of each finding.

use crate::model::Exercise;
use crate::prose::{self, Finding};
use crate::tree::Seg;

/// One phrase read from a step: the step's path, the finding, its words.
pub struct Said<'a> {
    pub step: Vec<Seg>,
    pub finding: Finding,
    pub words: &'a str,
}

/// Everything the steps of `ex` say, step by step.
pub fn said(ex: &Exercise) -> impl Iterator<Item = Said<'_>> {
    ex.steps.iter().enumerate().flat_map(move |(i, step)| {
        prose::read(step).into_iter().map(move |finding| Said {
            step: crate::path!["exercises", ex.index, "steps", i],
            words: step.get(finding.range.clone()).unwrap_or_default(),
            finding,
        })
    })
}

/// Words as a message quotes them: a capital that only starts the
/// sentence is lowered ("Hold for 10 seconds" → "hold for 10 seconds").
pub fn quote(words: &str) -> String {
    let mut chars = words.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => {
            first.to_lowercase().chain(words.chars().skip(1)).collect()
        }
        _ => words.to_string(),
    }
}
