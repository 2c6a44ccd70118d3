use super::{Rule};

declare_rule! {
    /// ## What it checks
    ///
    /// That a file can be read and parsed: it is UTF-8 (a byte order mark is
    /// fine), holds exactly one YAML document, has no duplicate keys and no
    /// custom tags, and stays within the size, nesting-depth and alias limits.
    ///
    /// ## Why
    ///
    /// Nothing else can be checked in a file that cannot be read. The
    /// limits keep one hostile or broken file from stalling the whole run;
    /// each can be raised from the command line.
    ///
    /// ## Failing example
    ///
    /// ```yaml
    /// spotter: 1
    /// id: broken
    /// title: [an unclosed list
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
    ///     repetitions: 5
    ///     warnings:
    ///       - kind: stop-if-pain
    ///         text: Stop if you feel any pain.
    /// ```
    pub struct ParseError {
        id: "parse-error",
        severity: Error,
        summary: "the file is not valid YAML, not UTF-8, unreadable, or over a limit",
        stage: Load,
        suppressible: false,
        may_be_off: false,
    }
}

impl Rule for ParseError {
}
