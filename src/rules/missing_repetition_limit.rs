use super::{GuideContext, Rule};
use crate::finding::{Finding, Cause, Target};
use crate::model::Field;

declare_rule! {
    /// ## What it checks
    ///
    /// That every exercise caps how many times to do it: `repetitions` is
    /// present and has an upper bound (`{min: 2}` alone has none). When a
    /// misspelt key stands for it (`reps: 3`), only the misspelling is
    /// reported, by `schema-violation`.
    ///
    /// ## Why
    ///
    /// Repeating a back release again and again is how people hurt
    /// themselves; a guide has to say when to stop.
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
    ///     steps: [Lie on your back and draw both knees to your chest.]
    ///     hold: 10 s
    ///     repetitions: {min: 2}
    ///     warnings:
    ///       - kind: stop-if-pain
    ///         text: Stop if you feel any pain.
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
    ///     steps: [Lie on your back and draw both knees to your chest.]
    ///     hold: 10 s
    ///     repetitions: {min: 2, max: 3}
    ///     warnings:
    ///       - kind: stop-if-pain
    ///         text: Stop if you feel any pain.
    /// ```
    pub struct MissingRepetitionLimit {
        id: "missing-repetition-limit",
        severity: Error,
        summary: "an exercise has no `repetitions`, or no upper bound on them",
    }
}

impl Rule for MissingRepetitionLimit {
    fn check_guide(&self, cx: &mut GuideContext<'_>) {
        let guide = cx.guide;
        for ex in &guide.exercises {
            match &ex.repetitions {
                Field::Absent => cx.report(Finding::at(Target::Value(ex.anchor()), format!("{} has no repetition limit", ex.label()))
                    .help("add `repetitions:` with a bounded count such as `3` or `2-3 per side`")
                    .cause(Cause::Missing {
                        mapping: ex.mapping(),
                        key: "repetitions".into(),
                    })),
                Field::Valid(count) if count.max.is_none() => cx.report(Finding::at(Target::Value(ex.path("repetitions")), format!("the repetitions of {} have no upper bound", ex.label()))
                    .help(format!(
                        "add `max:`, e.g. `{{min: {0}, max: {0}{1}}}`",
                        count.min,
                        if count.per_side { ", per: side" } else { "" }
                    ))),
                _ => continue,
            };
        }
    }
}
