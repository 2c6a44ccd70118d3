use super::{GuideContext, Rule};
use crate::diagnostic::{Cause, Target};

declare_rule! {
    /// ## What it checks
    ///
    /// That every exercise says how long to hold it, with a `hold` duration.
    /// When a misspelt key stands for it (`hold_time: 10 s`), only the
    /// misspelling is reported, by `schema-violation`, whose help names the
    /// key to write.
    ///
    /// ## Why
    ///
    /// A stretch without a hold time leaves the reader to guess, and the
    /// guess is often "longer is better". A stated hold keeps the move
    /// within what its authors judged safe.
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
    ///     hold: 10 s
    ///     repetitions: 3
    ///     warnings:
    ///       - kind: stop-if-pain
    ///         text: Stop if you feel any pain.
    /// ```
    pub struct MissingHoldTime {
        id: "missing-hold-time",
        severity: Error,
        summary: "an exercise has no `hold`",
    }
}

impl Rule for MissingHoldTime {
    fn check_guide(&self, cx: &mut GuideContext<'_>) {
        let guide = cx.guide;
        for ex in guide.exercises.iter().filter(|ex| ex.hold.is_absent()) {
            cx.report(
                Target::Value(ex.anchor()),
                format!("{} has no hold time", ex.label()),
            )
            .help("add `hold:` with a duration such as `10 s` or `15-30 s`")
            .cause(Cause::Missing {
                mapping: ex.mapping(),
                key: "hold".into(),
            });
        }
    }
}
