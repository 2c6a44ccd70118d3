use super::{GuideContext, Rule};
use crate::finding::{Finding, Cause, Target};
use crate::model::WarningKind;

declare_rule! {
    /// ## What it checks
    ///
    /// That every exercise carries a warning of kind `stop-if-pain`. A
    /// guide-wide one counts only when the configuration sets
    /// `guide_warnings_apply = true`. When a misspelt key stands for the
    /// missing `warnings` list (`warning:`), only the misspelling is
    /// reported, by `schema-violation`; so is a `warnings` list that cannot
    /// be read (not a list, or an item that is not a warning), since what it
    /// meant to hold is unknown.
    ///
    /// ## Why
    ///
    /// Pain is the signal to stop. Readers skim, and a warning at the top of
    /// a long guide is not read at the exercise that needs it.
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
    ///     hold: 10 s
    ///     repetitions: 3
    ///     warnings:
    ///       - kind: caution
    ///         text: Move slowly.
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
    ///         text: Stop at once if you feel pain or discomfort.
    /// ```
    pub struct MissingStopIfPain {
        id: "missing-stop-if-pain",
        severity: Error,
        summary: "an exercise has no warning of kind `stop-if-pain`",
    }
}

impl Rule for MissingStopIfPain {
    fn check_guide(&self, cx: &mut GuideContext<'_>) {
        let is_stop = |w: &crate::model::Warning| w.kind == WarningKind::StopIfPain;
        let guide = cx.guide;
        let guide_wide = cx.checks.guide_warnings_apply;
        // A guide-wide list that counts but cannot be read may hold the
        // warning: the schema's finding on it is the one root cause.
        if cx.checks.guide_warnings_apply
            && (guide.warnings.iter().any(is_stop) || guide.warnings_unreadable)
        {
            return;
        }
        for ex in guide
            .exercises
            .iter()
            .filter(|ex| !ex.warnings.iter().any(is_stop) && !ex.warnings_unreadable)
        {
            cx.report(Finding::at(Target::Value(ex.anchor()), format!("{} has no stop-if-pain warning", ex.label()))
            .help("add a warning: `- kind: stop-if-pain` with `text: Stop at once if you feel pain or discomfort.`")
            // A misspelt `warnings` key, or a misspelt `stop-if-pain`, explains
            // it: the exercise's, or the guide's when that list counts.
            .cause(Cause::Lacks {
                lists: std::iter::once(ex.path("warnings"))
                    .chain(guide_wide.then(|| crate::path!["warnings"]))
                    .collect(),
                value: "stop-if-pain".into(),
            }));
        }
    }
}
