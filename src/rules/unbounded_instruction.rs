use super::steps::{exercises, quote, times};
use crate::model::Exercise;
use super::{GuideContext, Rule};
use crate::finding::{Finding, Target};
use crate::read::prose::Kind;

declare_rule! {
    /// ## What it checks
    ///
    /// That no step tells the reader to repeat or hold without a limit: "as
    /// often as necessary", "as many times as you like", "as long as is
    /// comfortable", "until you hear a crack", "repeat as needed". A phrase
    /// that a limit follows ("as needed, up to 3 times") is bounded and
    /// passes.
    ///
    /// ## Why
    ///
    /// Doing a back release again and again, or until something cracks, is
    /// how strains and sprains happen. The steps should give the same limit
    /// as `hold` and `repetitions`.
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
    ///       - Draw both knees to your chest as often as necessary.
    ///     hold: 10 s
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
    ///       - Draw both knees to your chest as needed, up to 3 times.
    ///     hold: 10 s
    ///     repetitions: 3
    ///     warnings:
    ///       - kind: stop-if-pain
    ///         text: Stop if you feel any pain.
    /// ```
    pub struct UnboundedInstruction {
        id: "unbounded-instruction",
        severity: Warning,
        summary: "a step says to repeat or hold without a limit",
    }
}

impl Rule for UnboundedInstruction {
    fn check_guide(&self, cx: &mut GuideContext<'_>) {
        for (ex, said) in exercises(cx) {
            for said in said {
                if said.reading.kind != Kind::Unbounded {
                    continue;
                }
                cx.report(Finding::at(Target::InValue(said.step(), said.reading.range), format!("step says {} and gives no limit", quote(said.words)))
                .help(help(ex, said.words)));
            }
        }
    }
}

/// The limit to write instead, taken from the exercise's own fields.
fn help(ex: &Exercise, words: &str) -> String {
    let words = words.to_ascii_lowercase();
    let hold = || {
        ex.hold.valid().map_or_else(
            || "say how long to hold, e.g. `hold for 10 seconds`".to_string(),
            |hold| format!("say how long to hold, as `hold` does: `hold for {}`", hold.describe()),
        )
    };
    let repeat = || match ex.repetitions.valid().filter(|count| count.max.is_some()) {
        Some(count) => format!(
            "say how many times, as `repetitions` does: `repeat {}`",
            times(&count.describe())
        ),
        None => "say how many times, e.g. `repeat up to 3 times`".to_string(),
    };
    if words.contains("until") {
        format!(
            "a crack or pop is not a goal to work towards; {}",
            repeat()
        )
    } else if words.contains("long") || words.starts_with("hold") {
        hold()
    } else {
        repeat()
    }
}
