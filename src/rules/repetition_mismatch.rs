use super::steps::{Mismatch, exercises, report_mismatch, times};
use super::{GuideContext, Rule};
use crate::read::prose::Kind;

declare_rule! {
    /// ## What it checks
    ///
    /// That a repetition count stated in the steps ("repeat 5 times", "do
    /// 8-12 reps", "a set of at least 3") lies within the exercise's
    /// `repetitions`. A count per day or week ("three times a day") is
    /// compared with `frequency` by `frequency-mismatch`, never here;
    /// breaths, step numbers and cracks are not counted.
    ///
    /// ## Why
    ///
    /// `repetitions` is the limit the guide promises; a step that asks for
    /// more quietly breaks it.
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
    ///       - Draw both knees to your chest, then let go.
    ///       - Repeat 5 to 8 times.
    ///     hold: 10 s
    ///     repetitions: 2-3
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
    ///       - Draw both knees to your chest, then let go.
    ///       - Repeat 2 or 3 times, three times a day.
    ///       - Take 5 deep breaths between rounds.
    ///     hold: 10 s
    ///     repetitions: 2-3
    ///     frequency: 3 per day
    ///     warnings:
    ///       - kind: stop-if-pain
    ///         text: Stop if you feel any pain.
    /// ```
    pub struct RepetitionMismatch {
        id: "repetition-mismatch",
        severity: Warning,
        summary: "a repetition count stated in the steps lies outside `repetitions`",
    }
}

impl Rule for RepetitionMismatch {
    fn check_guide(&self, cx: &mut GuideContext<'_>) {
        for (ex, said) in exercises(cx) {
            let Some(count) = ex.repetitions.valid() else {
                continue;
            };
            let Some(max) = count.max else {
                continue;
            };
            for said in said {
                let Kind::Repetitions(amount) = said.reading.kind else {
                    continue;
                };
                if amount.within(f64::from(count.min), f64::from(max)) {
                    continue;
                }
                let field = count.describe();
                let mismatch = Mismatch {
                    key: "repetitions",
                    say: times(&field),
                    field,
                    stated: stated_count(&amount, count.per_side),
                };
                report_mismatch(cx, ex, said, &amount, mismatch);
            }
        }
    }
}

/// The count a step states, as `repetitions` would say it (`5`, `2-3 per
/// side`); none when it has no upper limit or is not a whole number.
fn stated_count(amount: &crate::read::prose::Amount, per_side: bool) -> Option<String> {
    let whole = |n: f64| (n.fract() == 0.0 && n >= 1.0 && n <= f64::from(u32::MAX)).then_some(n);
    let hi = whole(amount.hi?)?;
    let numbers = match amount.lo.map(whole) {
        Some(Some(lo)) if lo < hi => format!("{lo}-{hi}"),
        Some(None) => return None,
        _ => format!("{hi}"),
    };
    Some(if per_side {
        format!("{numbers} per side")
    } else {
        numbers
    })
}
