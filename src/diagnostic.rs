//! The one diagnostic type. Rules fill in *what* and *where*; positions and
//! rendering belong to the reporters.

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

/// Where a finding is, as the rule knows it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Target {
    /// The value at a path into the guide (or the deepest node found on it).
    Value(Vec<Seg>),
    /// The key of the mapping entry at a path (an unknown key, say).
    Key(Vec<Seg>),
    /// A byte span in the file (what the loader knows).
    Span(Span),
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

/// A finding as a rule reports it, before its place is resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub rule: &'static crate::rules::RuleMeta,
    pub message: String,
    pub target: Target,
    pub help: Option<String>,
    pub exercise: Option<String>,
    pub related: Vec<(Target, String)>,
}

impl Finding {
    pub fn new(
        rule: &'static crate::rules::RuleMeta,
        message: impl Into<String>,
        target: Target,
    ) -> Self {
        Self {
            rule,
            message: message.into(),
            target,
            help: None,
            exercise: None,
            related: Vec::new(),
        }
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn exercise(mut self, id: impl Into<String>) -> Self {
        self.exercise = Some(id.into());
        self
    }

    pub fn related(mut self, target: Target, message: impl Into<String>) -> Self {
        self.related.push((target, message.into()));
        self
    }
}
