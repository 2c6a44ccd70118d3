//! What a check finds, from the moment it is seen to the moment it is shown.
//!
//! A stage that is not a rule (the loader, the schema, the model) describes
//! a [`Problem`]. Rules and stages alike hand what they found to the one door,
//! [`crate::rules::Reporter`], which stamps the rule id and its configured
//! severity into a [`Finding`]. [`crate::place`] turns a finding into a
//! [`Diagnostic`] with a byte span and a line/column; reporters render those.

use crate::source::{Position, Span};
use crate::tree::Seg;

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

/// Where a finding is, as the check knows it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Target {
    /// The value at a path into the guide (or the deepest node found on it).
    Value(Vec<Seg>),
    /// The key of the mapping entry at a path (an unknown key, say).
    Key(Vec<Seg>),
    /// A byte span in the file (what the loader knows).
    Span(Span),
    /// A place already resolved.
    Placed(Place),
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

/// What a stage that is not a rule found: the loader, the schema, the model.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub message: String,
    pub target: Target,
    pub help: Option<String>,
    pub related: Option<(Target, String)>,
}

impl Problem {
    pub fn new(message: impl Into<String>, target: Target) -> Self {
        Self {
            message: message.into(),
            target,
            help: None,
            related: None,
        }
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// A place that explains a finding; `file` is set when it is another file.
#[derive(Debug, Clone, PartialEq)]
pub struct RelatedTarget {
    pub file: Option<String>,
    pub target: Target,
    pub message: String,
}

/// A finding stamped with its rule and configured severity, before its place
/// is resolved. Only [`crate::rules::Reporter`] makes one.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    pub message: String,
    pub target: Target,
    pub help: Option<String>,
    pub exercise: Option<String>,
    pub related: Vec<RelatedTarget>,
}

impl Finding {
    pub(crate) fn stamped(
        rule: &'static str,
        severity: Severity,
        message: String,
        target: Target,
    ) -> Self {
        Self {
            rule,
            severity,
            message,
            target,
            help: None,
            exercise: None,
            related: Vec::new(),
        }
    }

    pub fn help(&mut self, help: impl Into<String>) -> &mut Self {
        self.help = Some(help.into());
        self
    }

    pub fn exercise(&mut self, id: impl Into<String>) -> &mut Self {
        self.exercise = Some(id.into());
        self
    }

    /// A second place in the same file.
    pub fn related(&mut self, target: Target, message: impl Into<String>) -> &mut Self {
        self.related.push(RelatedTarget {
            file: None,
            target,
            message: message.into(),
        });
        self
    }

    /// A second place in another file, already resolved.
    pub fn related_in(
        &mut self,
        file: impl Into<String>,
        place: Place,
        message: impl Into<String>,
    ) -> &mut Self {
        self.related.push(RelatedTarget {
            file: Some(file.into()),
            target: Target::Placed(place),
            message: message.into(),
        });
        self
    }
}
