use super::hold_time_mismatch::stated_hold;
use super::steps::exercises;
use super::{GuideContext, Rule};
use crate::finding::{Finding, Cause, Target};
use crate::read::prose::Kind;

declare_rule! {
    /// ## What it checks
    ///
    /// That every exercise says how long to hold it, with a `hold` duration.
    /// When a misspelt key stands for it (`hold_time: 10 s`), only the
    /// misspelling is reported, by `schema-violation`, whose help names the
    /// key to write. When the steps state exactly one hold ("hold for 30
    /// seconds"), `--unsafe-fixes` adds `hold` with that duration.
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
        // The hold the steps state is written out only for an exercise
        // that lacks one: formatting it for every exercise cost more than
        // the rule's own test.
        let stated: Vec<Option<(String, usize)>> = exercises(cx)
            .map(|(ex, said)| ex.hold.is_absent().then(|| the_one_hold(said)).flatten())
            .collect();
        let guide = cx.guide;
        for (ex, stated) in guide.exercises.iter().zip(stated) {
            if !ex.hold.is_absent() {
                continue;
            }
            let finding = Finding::at(
                Target::Value(ex.anchor()),
                format!("{} has no hold time", ex.label()),
            )
            .cause(Cause::Missing {
                mapping: ex.mapping(),
                key: "hold".into(),
            });
            cx.report(match stated {
                Some((hold, step)) => finding
                    .help(format!("add `hold: {hold}`, as step {step} says"))
                    .add_unsafe(
                        format!("Add `hold: {hold}`, as step {step} says"),
                        Target::Value(ex.mapping()),
                        "hold",
                        hold,
                    ),
                None => finding.help("add `hold:` with a duration such as `10 s` or `15-30 s`"),
            });
        }
    }
}

/// The hold the steps state, as `hold` would say it, and the number of the
/// step that states it, when they state exactly one with an upper limit:
/// two holds, or one without a limit, leave the choice to the author.
fn the_one_hold<'a>(
    said: impl Iterator<Item = super::steps::Said<'a>>,
) -> Option<(String, usize)> {
    let mut holds = said.filter_map(|s| match s.reading.kind {
        Kind::Hold(amount) => Some((amount, s.number())),
        _ => None,
    });
    let (amount, step) = holds.next()?;
    if holds.next().is_some() {
        return None;
    }
    Some((stated_hold(&amount)?, step))
}
