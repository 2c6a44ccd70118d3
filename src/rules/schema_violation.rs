use super::{Rule};

declare_rule! {
    /// ## What it checks
    ///
    /// That the guide follows `schema/guide.schema.json`: no unknown keys
    /// (with a did-you-mean when a known key is close), every required key
    /// present, every value of the right type and in its allowed set, and
    /// durations and counts written in their grammar (`10 s`, `15-30 s`,
    /// `2-3 per side`) with the smaller number first. Every violation in the
    /// file is reported, not just the first, and each mistake once: a
    /// misspelt key that stands for a missing one (`titel` for `title`,
    /// `hold_time` for `hold`) is the only finding for both, and a bad value
    /// gets one finding however many checks it fails. Did-you-mean never
    /// names a key that is already there. Common slips get help that names
    /// the value to write: `risk: medium` (`moderate`), `hold: 30 Seconds`
    /// (`30 seconds`), `frequency: 3 times a day` (`3 per day`),
    /// `equipment: chair` (`[chair]`), `professional_only: yes` (`true`).
    ///
    /// ## Why
    ///
    /// The schema is the contract editors complete against and the rules
    /// read from. A misspelt key such as `hold_time` is silently ignored by
    /// every other tool, and the hold time it meant to give is lost.
    ///
    /// ## Failing example
    ///
    /// ```yaml
    /// spotter: 1
    /// id: cat-cow
    /// title: Cat-cow warm-up
    /// exercises:
    ///   - id: cat-cow
    ///     name: Cat-cow
    ///     risk: extreme
    ///     steps: [Arch and round the back slowly, five times.]
    ///     hold_time: 2 s
    ///     hold: 2
    ///     repetitions: 5-2
    ///     warnings:
    ///       - kind: stop-if-pain
    ///         text: Stop if you feel any pain.
    /// ```
    ///
    /// ## Passing example
    ///
    /// ```yaml
    /// spotter: 1
    /// id: cat-cow
    /// title: Cat-cow warm-up
    /// exercises:
    ///   - id: cat-cow
    ///     name: Cat-cow
    ///     risk: low
    ///     steps: [Arch and round the back slowly, five times.]
    ///     hold: 2 s
    ///     repetitions: 2-5
    ///     warnings:
    ///       - kind: stop-if-pain
    ///         text: Stop if you feel any pain.
    /// ```
    pub struct SchemaViolation {
        id: "schema-violation",
        severity: Error,
        summary: "the guide breaks the guide schema (unknown key, missing key, wrong type or value)",
        stage: Validate,
    }
}

impl Rule for SchemaViolation {
}
