use super::steps::{exercises, quote};
use super::{GuideContext, Rule};
use crate::finding::{Finding, Target};
use crate::read::prose::Kind;

declare_rule! {
    /// ## What it checks
    ///
    /// That an exercise whose steps have another person take part ("have a
    /// partner…", "ask someone to…", "a stronger, taller person hugs you",
    /// "with the help of another person") declares a `partner`. A person
    /// who does not take part ("tell your doctor", "someone who sits all
    /// day") and a negated partner ("without a partner") do not count.
    /// Reported once per exercise, at the first such words.
    ///
    /// ## Why
    ///
    /// Partner methods carry more risk and need a supervision note; the
    /// rules that ask for it can only see a partner that is declared.
    ///
    /// ## Failing example
    ///
    /// ```yaml
    /// spotter: 1
    /// id: bear-hug
    /// title: Bear hug
    /// exercises:
    ///   - id: bear-hug
    ///     name: Bear hug
    ///     risk: high
    ///     steps:
    ///       - Cross your arms over your chest.
    ///       - Have a partner hug you from behind and lift you gently.
    ///     hold: 5 s
    ///     repetitions: 1
    ///     warnings:
    ///       - kind: stop-if-pain
    ///         text: Stop at once if you feel pain.
    /// ```
    ///
    /// ## Passing example
    ///
    /// ```yaml
    /// spotter: 1
    /// id: bear-hug
    /// title: Bear hug
    /// exercises:
    ///   - id: bear-hug
    ///     name: Bear hug
    ///     risk: high
    ///     steps:
    ///       - Cross your arms over your chest.
    ///       - Have a partner hug you from behind and lift you gently.
    ///     hold: 5 s
    ///     repetitions: 1
    ///     warnings:
    ///       - kind: stop-if-pain
    ///         text: Stop at once if you feel pain.
    ///     partner:
    ///       role: Hugs you from behind and lifts you a few centimetres.
    ///     supervision: Only with a trained spotter standing by.
    /// ```
    pub struct UndeclaredPartner {
        id: "undeclared-partner",
        severity: Error,
        summary: "the steps have another person take part but the exercise has no `partner`",
    }
}

impl Rule for UndeclaredPartner {
    fn check_guide(&self, cx: &mut GuideContext<'_>) {
        for (ex, mut said) in exercises(cx) {
            if ex.partner.is_present() {
                continue;
            }
            let Some(said) = said.find(|s| s.reading.kind == Kind::Partner) else {
                continue;
            };
            cx.report(Finding::at(Target::InValue(said.step(), said.reading.range), format!(
                    "step says {}, but {} has no `partner`",
                    quote(said.words),
                    ex.label()
                ))
            .help("add `partner:` with the `role` the other person plays, or reword the step if no one else takes part"));
        }
    }
}
