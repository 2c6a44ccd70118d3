use super::{GuideContext, Rule, RuleMeta, declare_rule};
use crate::diagnostic::{Finding, Target};

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
    }
}

impl Rule for UnsupervisedPartnerMethod {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check_guide(&self, cx: &GuideContext<'_>, out: &mut Vec<Finding>) {
        let min_risk = cx.settings.partner_min_risk;
        for ex in &cx.guide.exercises {
            let Some(risk) = ex.risk else { continue };
            if ex.partner.is_none() || risk < min_risk || ex.supervision.is_some() {
                continue;
            }
            out.push(
                Finding::new(
                    &Self::META,
                    format!(
                        "exercise `{}` involves a partner at {} risk but has no supervision note",
                        ex.id,
                        risk.as_str()
                    ),
                    Target::Key(ex.path("partner")),
                )
                .help("add `supervision:` saying who must be present, e.g. `Only with a trained spotter standing by.`")
                .exercise(&ex.id),
            );
        }
    }
}
