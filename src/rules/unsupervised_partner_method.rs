use super::{GuideContext, Rule};
use crate::finding::{Finding, Cause, Target};
use crate::model::{Field, Risk};
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
    /// (the threshold is configurable) has a `supervision` note. A risk
    /// that is missing or cannot be read (`risk: Medium`) counts as high,
    /// and a `partner` that is not a mapping with a `role` (`partner:
    /// true`) still counts as a partner: a slip elsewhere does not switch
    /// this check off. `partner: no` (or `none`, `false`) says nobody else
    /// takes part: the schema reports the value, and this rule is quiet.
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
        summary: "a partner method at `min_risk` or above has no `supervision` note",
        options: Options,
    }
}

impl Rule for UnsupervisedPartnerMethod {
    fn check_guide(&self, cx: &mut GuideContext<'_>) {
        let min_risk = self.options.min_risk;
        let guide = cx.guide;
        for ex in &guide.exercises {
            // A risk that cannot be read counts as the highest: a typo in
            // `risk` must not switch the supervision check off.
            let risk = ex.risk.valid().copied().unwrap_or(Risk::High);
            if ex.partner.is_absent() || risk < min_risk || ex.supervision.is_some() {
                continue;
            }
            let at_risk = match ex.risk {
                Field::Valid(risk) => format!(" at {} risk but", risk.as_str()),
                Field::Invalid => ", its risk cannot be read (so it counts as high), and it".to_string(),
                Field::Absent => ", its risk is not given (so it counts as high), and it".to_string(),
            };
            cx.report(Finding::at(Target::Key(ex.path("partner")), format!(
                    "{} involves a partner{at_risk} has no supervision note",
                    ex.label()
                ))
            .help("add `supervision:` saying who must be present, e.g. `Only with a trained spotter standing by.`")
            // A misspelt `supervison:` explains it.
            .cause(Cause::Missing {
                mapping: ex.mapping(),
                key: "supervision".into(),
            }));
        }
    }
}
