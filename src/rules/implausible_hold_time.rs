use super::{GuideContext, Rule, RuleMeta, declare_rule};
use crate::diagnostic::{Finding, Target};

declare_rule! {
    /// ## What it checks
    ///
    /// That no `hold` goes above a ceiling (120 seconds by default).
    ///
    /// ## Why
    ///
    /// Holds of several minutes are almost always a typo (`30 min` for
    /// `30 s`) or an instruction no reader should follow unsupervised.
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
    ///     hold: 30 min
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
    ///     steps: [Lie on your back and draw both knees to your chest.]
    ///     hold: 30 s
    ///     repetitions: 3
    ///     warnings:
    ///       - kind: stop-if-pain
    ///         text: Stop if you feel any pain.
    /// ```
    pub struct ImplausibleHoldTime {
        id: "implausible-hold-time",
        severity: Warning,
        summary: "`hold` is above the ceiling (default 120 s)",
    }
}

impl Rule for ImplausibleHoldTime {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check_guide(&self, cx: &GuideContext<'_>, out: &mut Vec<Finding>) {
        let ceiling = cx.settings.max_hold_seconds;
        for ex in &cx.guide.exercises {
            let Some(hold) = ex.hold.valid() else {
                continue;
            };
            if hold.max_secs > ceiling {
                out.push(
                    Finding::new(
                        &Self::META,
                        format!(
                            "exercise `{}` holds for up to {} s, above the {} s ceiling",
                            ex.id, hold.max_secs, ceiling
                        ),
                        Target::Value(ex.path("hold")),
                    )
                    .help("check the unit (`s` or `min`); most holds are 10-60 s")
                    .exercise(&ex.id),
                );
            }
        }
    }
}
