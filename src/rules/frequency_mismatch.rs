use super::steps::{Mismatch, exercises, report_mismatch};
use crate::model::Period;
use crate::read::prose::Amount;

/// Once per `period` is how many times a week.
fn times_a_week(period: Period) -> f64 {
    match period {
        Period::Day => 7.0,
        Period::Week => 1.0,
    }
}
use super::{GuideContext, Rule};
use crate::read::prose::Kind;

declare_rule! {
    /// ## What it checks
    ///
    /// That a count per day or per week stated in the steps ("three to five
    /// times a day", "twice a day", "2 sessions daily") lies within the
    /// exercise's `frequency`, when the two count per the same period. A
    /// per-day count is never compared with `repetitions`.
    ///
    /// ## Why
    ///
    /// How often to do an exercise is part of its dose; a step that says
    /// more often than `frequency` overrides the guide's limit.
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
    ///     steps:
    ///       - Draw both knees to your chest three to five times a day.
    ///     hold: 10 s
    ///     repetitions: 3
    ///     frequency: 2 per day
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
    ///     steps:
    ///       - Draw both knees to your chest twice a day.
    ///     hold: 10 s
    ///     repetitions: 3
    ///     frequency: 2 per day
    ///     warnings:
    ///       - kind: stop-if-pain
    ///         text: Stop if you feel any pain.
    /// ```
    pub struct FrequencyMismatch {
        id: "frequency-mismatch",
        severity: Warning,
        summary: "a count per day or week stated in the steps lies outside `frequency`",
    }
}

impl Rule for FrequencyMismatch {
    fn check_guide(&self, cx: &mut GuideContext<'_>) {
        for (ex, said) in exercises(cx) {
            let Some(frequency) = ex.frequency.valid() else {
                continue;
            };
            for said in said {
                let Kind::Frequency(amount, per) = said.reading.kind else {
                    continue;
                };
                // "3 times a week" against `2 per day`: compared per week.
                let (step_scale, field_scale) = if per == frequency.per {
                    (1.0, 1.0)
                } else {
                    (times_a_week(per), times_a_week(frequency.per))
                };
                let in_step = Amount {
                    lo: amount.lo.map(|n| n * step_scale),
                    hi: amount.hi.map(|n| n * step_scale),
                };
                if in_step.within(
                    f64::from(frequency.min) * field_scale,
                    f64::from(frequency.max) * field_scale,
                ) {
                    continue;
                }
                let field = frequency.describe();
                let say = match field.strip_prefix("1 per ") {
                    Some(period) => format!("once a {period}"),
                    None => field.replace(" per ", " times a "),
                };
                let mismatch = Mismatch {
                    key: "frequency",
                    field,
                    say,
                    stated: None,
                };
                report_mismatch(cx, ex, said, &amount, mismatch);
            }
        }
    }
}
