use super::steps::{Mismatch, exercises, report_mismatch};
use super::{GuideContext, Rule};
use crate::read::prose::Kind;

declare_rule! {
    /// ## What it checks
    ///
    /// That a hold stated in the steps ("hold for 30 seconds", "keep the
    /// stretch for about ten seconds") lies within the exercise's `hold`.
    /// A rest, a warm-up, a breath or a wait is not a hold and is not
    /// compared.
    ///
    /// ## Why
    ///
    /// Readers follow the steps, tools and summaries follow `hold`. When
    /// they disagree, one of them tells the reader to hold longer than the
    /// guide means.
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
    ///       - Draw both knees to your chest and hold for 45 seconds.
    ///     hold: 5-10 s
    ///     repetitions: 3
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
    ///       - Draw both knees to your chest and hold for 10 seconds.
    ///       - Rest 45 seconds between rounds.
    ///     hold: 5-10 s
    ///     repetitions: 3
    ///     warnings:
    ///       - kind: stop-if-pain
    ///         text: Stop if you feel any pain.
    /// ```
    pub struct HoldTimeMismatch {
        id: "hold-time-mismatch",
        severity: Warning,
        summary: "a hold stated in the steps lies outside the exercise's `hold`",
    }
}

impl Rule for HoldTimeMismatch {
    fn check_guide(&self, cx: &mut GuideContext<'_>) {
        for (ex, said) in exercises(cx) {
            let Some(hold) = ex.hold.valid() else {
                continue;
            };
            for said in said {
                let Kind::Hold(amount) = said.reading.kind else {
                    continue;
                };
                if amount.within(hold.min_secs, hold.max_secs) {
                    continue;
                }
                let field = hold.describe();
                let mismatch = Mismatch {
                    key: "hold",
                    say: field.clone(),
                    field,
                    stated: stated_hold(&amount),
                };
                report_mismatch(cx, ex, said, &amount, mismatch);
            }
        }
    }
}

/// The hold a step states, as `hold` would say it (`45 s`, `10-20 s`);
/// none when it has no upper limit.
pub(super) fn stated_hold(amount: &crate::read::prose::Amount) -> Option<String> {
    let hi = amount.hi?;
    let number = |n: f64| format!("{n}");
    Some(match amount.lo {
        Some(lo) if lo < hi => format!("{}-{} s", number(lo), number(hi)),
        _ => format!("{} s", number(hi)),
    })
}
