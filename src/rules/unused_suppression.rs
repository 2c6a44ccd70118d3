use super::{Rule};

declare_rule! {
    /// ## What it checks
    ///
    /// That every rule named in a `# spotter: allow RULE -- REASON` comment
    /// suppressed a finding of that rule in the node the comment is on.
    /// The finding points at the rule's name in the comment.
    ///
    /// ## Why
    ///
    /// A suppression outlives the problem it was written for. Left behind,
    /// it would silently hide the next real finding of that rule there, and
    /// its reason misleads whoever reads the guide.
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
    ///     # spotter: allow implausible-hold-time -- reviewed by the physio team
    ///     hold: 30 s
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
    ///     # spotter: allow implausible-hold-time -- a long, passive rest pose
    ///     hold: 3 min
    ///     repetitions: 1
    ///     warnings:
    ///       - kind: stop-if-pain
    ///         text: Stop if you feel any pain.
    /// ```
    pub struct UnusedSuppression {
        id: "unused-suppression",
        severity: Warning,
        summary: "a suppression comment that suppressed nothing",
        stage: Suppressions,
        suppressible: false,
    }
}

impl Rule for UnusedSuppression {}
