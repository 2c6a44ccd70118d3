//! What a check finds, from the moment it is seen to the moment it is shown.
//!
//! One [`Finding`] per fact: a rule, or a stage that is not one (the loader,
//! the schema, the model), says what it found and where, and hands it to the
//! one door, [`crate::rules::Door`], which stamps the rule id and its
//! configured severity. [`place`] turns a finding into a [`Diagnostic`]
//! with a byte span and a line/column; reporters render those.

pub mod place;

use crate::load::source::{Position, Span};
use crate::load::tree::Seg;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A span and the line/column it stands for, resolved while the file's text
/// was at hand (cross-guide findings are made after it is dropped).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Place {
    pub span: Span,
    pub position: Position,
}

impl Place {
    /// `span` in `source`, clamped to the text and its char boundaries.
    pub fn in_source(source: &crate::load::source::SourceText, span: &Span) -> Self {
        let span = source.clamp(span);
        Place {
            position: source.position(&span),
            span,
        }
    }
}

/// Where a finding is, as the check knows it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Target {
    /// The value at a path into the guide (or the deepest node found on it).
    Value(Vec<Seg>),
    /// The key of the mapping entry at a path (an unknown key, say).
    Key(Vec<Seg>),
    /// A byte range inside the text of the scalar at a path (the words of
    /// a step): mapped into the source where the scalar's source spells
    /// that text as it is, the whole scalar where it does not.
    InValue(Vec<Seg>, Span),
    /// A byte span in the file (what the loader knows).
    Span(Span),
    /// A place already resolved.
    Placed(Place),
}

/// Whether a change keeps what the author meant (a unit added, a case
/// lowered, a misspelt key renamed): `--fix` makes it; or chooses data the
/// author has to confirm (a value taken from a step, a standard warning
/// text): only `--unsafe-fixes` makes it. ruff's model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Safety {
    Safe,
    Unsafe,
}

/// A change that makes a finding go away, as the check knows it: `text`
/// written in place of what `at` points at (a [`Target`] in a finding, a
/// byte span once placed). [`crate::fix`] turns it into edits.
#[derive(Debug, Clone, PartialEq)]
pub struct Replace<At = Target> {
    /// What the change does, said to the user (`rename to \`hold\``).
    pub title: String,
    pub at: At,
    pub text: String,
    pub safety: Safety,
    /// When set, nothing is replaced: an entry with this key and `text` as
    /// its value is added to the mapping `at` points at.
    pub adds: Option<&'static str>,
}

/// A second place that explains the finding (the first of two duplicates).
#[derive(Debug, Clone, PartialEq)]
pub struct Related {
    pub file: String,
    pub span: Span,
    pub position: Position,
    pub message: String,
}

/// A finding whose place is resolved to a byte span and a line/column.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub rule: &'static str,
    pub severity: Severity,
    pub message: String,
    pub help: Option<String>,
    pub file: String,
    pub span: Span,
    pub position: Position,
    pub guide: Option<String>,
    pub exercise: Option<String>,
    pub related: Vec<Related>,
    /// A change known to make this finding go away.
    pub replace: Option<Replace<Span>>,
}

impl Diagnostic {
    /// The order every reporter prints in: file, line, column, rule.
    pub fn sort_key(&self) -> (&str, usize, usize, &str, &str) {
        (
            &self.file,
            self.position.start.line,
            self.position.start.column,
            self.rule,
            &self.message,
        )
    }
}

/// The fact behind a finding, in a form a program can compare, so that
/// findings with one root cause are folded into one before they are shown
/// ([`crate::finish::fold`]). Set where the fact is known; never read back out of
/// a message.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Cause {
    /// An unknown key in the mapping at `mapping` that stands for keys the
    /// mapping lacks: a misspelt key for the key it was suggested as, a
    /// merge key (`<<`) for the keys it was meant to bring in.
    StandsFor { mapping: Vec<Seg>, keys: Keys },
    /// `key` is missing from the mapping at `mapping`.
    Missing { mapping: Vec<Seg>, key: String },
    /// The value at `path` is not allowed, and is most likely `meant`
    /// misspelt (`stop_if_pain`). Also a [`Cause::BadValue`] of its node.
    Misspelt { path: Vec<Seg>, meant: String },
    /// No item of the lists at `lists` has the value `value` (an exercise
    /// whose `warnings`, and the guide's when they count, hold no `kind:
    /// stop-if-pain`).
    Lacks { lists: Vec<Vec<Seg>>, value: String },
    /// The value at `path` cannot be used. A `precise` finding says exactly
    /// what is wrong with it and is kept over a general one on the node.
    BadValue { path: Vec<Seg>, precise: bool },
}

/// The keys an unknown key stands for.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Keys {
    These(Vec<String>),
    /// Every key (a merge key whose value cannot be read).
    All,
}

impl Keys {
    pub fn contains(&self, key: &str) -> bool {
        match self {
            Keys::These(keys) => keys.iter().any(|k| k == key),
            Keys::All => true,
        }
    }
}

/// A place that explains a finding; `file` is set when it is another file.
#[derive(Debug, Clone, PartialEq)]
pub struct RelatedTarget {
    pub file: Option<String>,
    pub target: Target,
    pub message: String,
}

/// A finding before its place is resolved: what was found and where, with
/// its help, the places that explain it, the fact behind it and the change
/// that fixes it. A rule or a stage makes one with [`Finding::at`] and the
/// builders below, and hands it to the one door
/// ([`crate::rules::Door`]), which stamps `rule` and the configured
/// `severity` (empty and `Error` until then); [`place`] then turns it into
/// a [`Diagnostic`].
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    pub message: String,
    pub target: Target,
    pub help: Option<String>,
    pub exercise: Option<String>,
    pub related: Vec<RelatedTarget>,
    /// What the finding is a case of, for folding one root cause's
    /// findings into one.
    pub cause: Option<Cause>,
    /// A change known to make it go away.
    pub replace: Option<Replace>,
}

impl Finding {
    /// A finding at `target` saying `message`, not yet stamped.
    pub fn at(target: Target, message: impl Into<String>) -> Self {
        Self {
            rule: "",
            severity: Severity::Error,
            message: message.into(),
            target,
            help: None,
            exercise: None,
            related: Vec::new(),
            cause: None,
            replace: None,
        }
    }

    /// The door's stamp: the rule that reports it, at its configured severity.
    pub fn stamped(mut self, rule: &'static str, severity: Severity) -> Self {
        self.rule = rule;
        self.severity = severity;
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn exercise(mut self, id: impl Into<String>) -> Self {
        self.exercise = Some(id.into());
        self
    }

    /// The fact this finding reports, e.g. [`Cause::Missing`] for a key a
    /// rule requires.
    pub fn cause(mut self, cause: Cause) -> Self {
        self.cause = Some(cause);
        self
    }

    /// The change that fixes it: `text` in place of `at`.
    pub fn replace(self, title: impl Into<String>, at: Target, text: impl Into<String>) -> Self {
        self.fix(title, at, text, Safety::Safe, None)
    }

    /// A change that fixes it by choosing data the author has to confirm:
    /// `text` in place of `at`.
    pub fn replace_unsafe(
        self,
        title: impl Into<String>,
        at: Target,
        text: impl Into<String>,
    ) -> Self {
        self.fix(title, at, text, Safety::Unsafe, None)
    }

    /// A change that fixes it by choosing data the author has to confirm:
    /// an entry `key: text` added to the mapping at `mapping`.
    pub fn add_unsafe(
        self,
        title: impl Into<String>,
        mapping: Target,
        key: &'static str,
        text: impl Into<String>,
    ) -> Self {
        self.fix(title, mapping, text, Safety::Unsafe, Some(key))
    }

    fn fix(
        mut self,
        title: impl Into<String>,
        at: Target,
        text: impl Into<String>,
        safety: Safety,
        adds: Option<&'static str>,
    ) -> Self {
        self.replace = Some(Replace {
            title: title.into(),
            at,
            text: text.into(),
            safety,
            adds,
        });
        self
    }

    /// A second place in the same file.
    pub fn related(mut self, target: Target, message: impl Into<String>) -> Self {
        self.related.push(RelatedTarget {
            file: None,
            target,
            message: message.into(),
        });
        self
    }

    /// A second place in another file, already resolved.
    pub fn related_in(
        mut self,
        file: impl Into<String>,
        place: Place,
        message: impl Into<String>,
    ) -> Self {
        self.related.push(RelatedTarget {
            file: Some(file.into()),
            target: Target::Placed(place),
            message: message.into(),
        });
        self
    }
}
