use super::{GuideContext, Rule};
use crate::diagnostic::Target;
use crate::model::Risk;
use serde::{Deserialize, Serialize};

/// `[rules.unsupervised-partner-method]` in `spotter.toml`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// The lowest risk at which a partner method needs a `supervision` note.
    pub min_risk: Risk,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            min_risk: Risk::Moderate,
        }
    }
}

declare_rule! {
    /// ## What it checks
    ///
    /// That an exercise with a `partner` and a risk of `moderate` or higher
    /// (the threshold is configurable) has a `supervision` note.
    ///
    /// ## Why
    ///
    /// When someone else lifts, squeezes or pushes, the reader no longer
    /// controls the force. Methods like a partner "bear hug" should say who
    /// must be there and what they must know before anyone tries them.
    ///
    /// ## Failing example
    ///
    /// ```yaml
    /// spotter: 1
    /// id: bear-hug
    /// title: Partner bear hug
    /// exercises:
    ///   - id: bear-hug
    ///     name: Bear hug
    ///     risk: high
    ///     steps: [Your partner hugs you from behind and squeezes gently once.]
    ///     hold: 2 s
    ///     repetitions: 1
    ///     partner:
    ///       role: Hugs you from behind and lifts you slightly.
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
    /// title: Partner bear hug
    /// exercises:
    ///   - id: bear-hug
    ///     name: Bear hug
    ///     risk: high
    ///     steps: [Your partner hugs you from behind and squeezes gently once.]
    ///     hold: 2 s
    ///     repetitions: 1
    ///     partner:
    ///       role: Hugs you from behind and lifts you slightly.
    ///     supervision: Only with a physiotherapist present who has shown you both how.
    ///     warnings:
    ///       - kind: stop-if-pain
    ///         text: Stop at once if you feel pain.
    /// ```
    pub struct UnsupervisedPartnerMethod {
        id: "unsupervised-partner-method",
        severity: Error,
        summary: "a partner method of moderate or high risk has no `supervision` note",
        options: Options,
    }
}

impl Rule for UnsupervisedPartnerMethod {
    fn check_guide(&self, cx: &mut GuideContext<'_>) {
        let min_risk = self.options.min_risk;
        let guide = cx.guide;
        for ex in &guide.exercises {
            let Some(risk) = ex.risk else { continue };
            if ex.partner.is_none() || risk < min_risk || ex.supervision.is_some() {
                continue;
            }
            cx.report(
                Target::Key(ex.path("partner")),
                format!(
                    "exercise `{}` involves a partner at {} risk but has no supervision note",
                    ex.id,
                    risk.as_str()
                ),
            )
            .help("add `supervision:` saying who must be present, e.g. `Only with a trained spotter standing by.`")
            .exercise(&ex.id);
        }
    }
}
