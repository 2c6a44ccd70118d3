use super::{CorpusContext, Rule};
use crate::rules::digest::{ExerciseDigest, Spot};
use crate::finding::{Finding, Target};
use crate::model::Count;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::collections::hash_map::Entry;

/// `[rules.conflicting-guidance]` in `spotter.toml`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// Report a different `risk` for the same exercise.
    pub compare_risk: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self { compare_risk: true }
    }
}

declare_rule! {
    /// ## What it checks
    ///
    /// That an exercise `id` used in two guides means the same dose in
    /// both: hold ranges that overlap, repetition ranges that overlap, and
    /// the same `risk`. Each later guide is reported once, at the first
    /// field that conflicts (`hold`, then `repetitions`, then `risk`),
    /// with the first guide's field as the related place.
    ///
    /// ## Why
    ///
    /// Readers who meet one exercise in two guides should not be told two
    /// incompatible things. One of the guides is out of date, or the two
    /// exercises need different ids.
    ///
    /// ## Failing example
    ///
    /// A corpus rule: two guides, checked together. The second guide holds
    /// `knee-hug` for 30-60 s, the first for 5-10 s.
    ///
    /// ```yaml
    /// spotter: 1
    /// id: morning-stretches
    /// title: Knee hug
    /// exercises:
    ///   - id: knee-hug
    ///     name: Knee hug
    ///     risk: low
    ///     steps: [Draw both knees to your chest.]
    ///     hold: 5-10 s
    ///     repetitions: 3
    ///     warnings:
    ///       - kind: stop-if-pain
    ///         text: Stop if you feel any pain.
    /// ```
    ///
    /// ```yaml
    /// spotter: 1
    /// id: evening-stretches
    /// title: Knee hug
    /// exercises:
    ///   - id: knee-hug
    ///     name: Knee hug
    ///     risk: low
    ///     steps: [Draw both knees to your chest.]
    ///     hold: 30-60 s
    ///     repetitions: 3
    ///     warnings:
    ///       - kind: stop-if-pain
    ///         text: Stop if you feel any pain.
    /// ```
    ///
    /// ## Passing example
    ///
    /// The same two guides with holds that overlap.
    ///
    /// ```yaml
    /// spotter: 1
    /// id: morning-stretches
    /// title: Knee hug
    /// exercises:
    ///   - id: knee-hug
    ///     name: Knee hug
    ///     risk: low
    ///     steps: [Draw both knees to your chest.]
    ///     hold: 5-10 s
    ///     repetitions: 3
    ///     warnings:
    ///       - kind: stop-if-pain
    ///         text: Stop if you feel any pain.
    /// ```
    ///
    /// ```yaml
    /// spotter: 1
    /// id: evening-stretches
    /// title: Knee hug
    /// exercises:
    ///   - id: knee-hug
    ///     name: Knee hug
    ///     risk: low
    ///     steps: [Draw both knees to your chest.]
    ///     hold: 10-20 s
    ///     repetitions: 3
    ///     warnings:
    ///       - kind: stop-if-pain
    ///         text: Stop if you feel any pain.
    /// ```
    pub struct ConflictingGuidance {
        id: "conflicting-guidance",
        severity: Warning,
        summary: "the same exercise id in two guides with hold or repetition ranges that do not overlap, or a different risk",
        options: Options,
    }
}

fn overlap(a: (f64, f64), b: (f64, f64)) -> bool {
    a.0 <= b.1 && b.0 <= a.1
}

fn reps(ex: &ExerciseDigest) -> Option<((f64, f64), Spot, Count)> {
    ex.repetitions.map(|(count, spot)| {
        let max = count.max.map_or(f64::INFINITY, f64::from);
        ((f64::from(count.min), max), spot, count)
    })
}

impl ConflictingGuidance {
    /// Each conflict as (field, text here, text there, spot here, spot there).
    fn conflicts(&self, later: &ExerciseDigest, first: &ExerciseDigest) -> Vec<(&'static str, String, String, Spot, Spot)> {
        let mut out = Vec::new();
        if let (Some((a, here)), Some((b, there))) = (later.hold, first.hold)
            && !overlap((a.min_secs, a.max_secs), (b.min_secs, b.max_secs))
        {
            out.push(("hold", a.describe(), b.describe(), here, there));
        }
        if let (Some((a, here, a_text)), Some((b, there, b_text))) = (reps(later), reps(first))
            && !overlap(a, b)
        {
            out.push(("repetitions", a_text.describe(), b_text.describe(), here, there));
        }
        if self.options.compare_risk
            && let (Some((a, here)), Some((b, there))) = (later.risk, first.risk)
            && a != b
        {
            out.push(("risk", a.as_str().to_string(), b.as_str().to_string(), here, there));
        }
        out
    }
}

const HELP: &str = "make the two guides agree, or give the exercises different ids if they are different exercises";

impl Rule for ConflictingGuidance {
    fn check_corpus(&self, cx: &mut CorpusContext<'_>) {
        let files = cx.files;
        let exercises = files.iter().map(|f| f.exercises.len()).sum();
        let mut first: HashMap<&str, (usize, &ExerciseDigest)> = HashMap::with_capacity(exercises);
        for (index, file) in files.iter().enumerate() {
            for ex in &file.exercises {
                // One hash and one probe for the id, seen or not.
                let (earlier, seen) = match first.entry(&ex.id) {
                    Entry::Occupied(first) => *first.get(),
                    Entry::Vacant(slot) => {
                        slot.insert((index, ex));
                        continue;
                    }
                };
                if earlier == index {
                    continue;
                }
                let conflicts = self.conflicts(ex, seen);
                let Some((field, here, there, spot, there_spot)) = conflicts.first() else {
                    continue;
                };
                let Some(earlier_file) = files.get(earlier).map(|f| f.file.as_str()) else {
                    continue;
                };
                let mut message = format!(
                    "exercise `{}` has `{field}` {here} here, but {there} in {earlier_file}",
                    ex.id
                );
                let others: Vec<String> = conflicts.iter().skip(1).map(|c| format!("`{}`", c.0)).collect();
                if !others.is_empty() {
                    message.push_str(&format!("; its {} differ too", others.join(" and ")));
                }
                cx.report(index, Finding::at(Target::Placed((*spot).into()), message)
                    .help(HELP)
                    .exercise(&*ex.id)
                    .related_in(earlier_file, (*there_spot).into(), format!("`{field}` in the first guide")));
                if cx.both_sides {
                    let mut message = format!("exercise `{}` has `{field}` {there} here, but {here} in {}", ex.id, file.file);
                    if !others.is_empty() {
                        message.push_str(&format!("; its {} differ too", others.join(" and ")));
                    }
                    cx.report(earlier, Finding::at(Target::Placed((*there_spot).into()), message)
                        .help(HELP)
                        .exercise(&*ex.id)
                        .related_in(&file.file, (*spot).into(), format!("`{field}` in the other guide")));
                }
            }
        }
    }
}
