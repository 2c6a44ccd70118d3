use super::{Rule};

declare_rule! {
    /// ## What it checks
    ///
    /// That every `# spotter:` comment is a suppression spotter can apply:
    /// `# spotter: allow RULE[, RULE...] -- REASON`, naming rules that
    /// exist, with a reason after `--`, on the line above a node or at the
    /// end of the node's first line. A suppression without a reason
    /// suppresses nothing; an unknown rule name is reported (with the
    /// closest known one) and the other names in the comment still apply.
    ///
    /// ## Why
    ///
    /// A reviewer reads the reason to judge whether the finding may stay.
    /// A misspelt rule name or a comment that is on no node silences
    /// nothing, while everyone reading the guide believes it does.
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
    ///     hold: 3 min # spotter: allow implausible-hold-time
    ///     repetitions: 1
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
    ///     hold: 3 min # spotter: allow implausible-hold-time -- a passive rest pose
    ///     repetitions: 1
    ///     warnings:
    ///       - kind: stop-if-pain
    ///         text: Stop if you feel any pain.
    /// ```
    pub struct InvalidSuppression {
        id: "invalid-suppression",
        severity: Error,
        summary: "a suppression comment with no reason, an unknown rule, or on no node",
        stage: Suppressions,
        suppressible: false,
    }
}

impl Rule for InvalidSuppression {}
