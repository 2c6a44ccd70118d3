//! Every rule, one file each, and the one registry that lists them.
//!
//! A rule declares its id, default severity, one-line summary and docs in a
//! single `declare_rule!` block; `spotter explain` prints those docs and the
//! tests run their failing and passing examples.

use crate::diagnostic::{Diagnostic, Finding, Severity};
use crate::model::{Guide, Risk};

mod duplicate_id;
mod implausible_hold_time;
mod implausible_repetitions;
mod missing_hold_time;
mod missing_repetition_limit;
mod missing_stop_if_pain;
mod parse_error;
mod schema_violation;
mod unsupervised_partner_method;

pub use duplicate_id::DuplicateId;
pub use implausible_hold_time::ImplausibleHoldTime;
pub use implausible_repetitions::ImplausibleRepetitions;
pub use missing_hold_time::MissingHoldTime;
pub use missing_repetition_limit::MissingRepetitionLimit;
pub use missing_stop_if_pain::MissingStopIfPain;
pub use parse_error::ParseError;
pub use schema_violation::SchemaViolation;
pub use unsupervised_partner_method::UnsupervisedPartnerMethod;

/// What a rule is, as users see it.
#[derive(Debug, PartialEq, Eq)]
pub struct RuleMeta {
    pub id: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
    /// Markdown: what it checks, why, a failing and a passing example.
    pub docs: &'static str,
}

impl RuleMeta {
    /// The docs with the one space rustdoc puts after `///` removed.
    pub fn docs(&self) -> String {
        self.docs
            .lines()
            .map(|line| line.strip_prefix(' ').unwrap_or(line))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The YAML example under a `## Failing example` or `## Passing example` heading.
    pub fn example(&self, heading: &str) -> Option<String> {
        let docs = self.docs();
        let after = docs.split_once(&format!("## {heading}"))?.1;
        let body = after.split_once("```yaml\n")?.1;
        Some(body.split_once("```")?.0.to_string())
    }
}

/// Tunables the rules read. Defaults are the contract's.
#[derive(Debug, Clone)]
pub struct RuleSettings {
    pub max_hold_seconds: f64,
    pub max_repetitions: u32,
    pub partner_min_risk: Risk,
    pub guide_warnings_apply: bool,
}

impl Default for RuleSettings {
    fn default() -> Self {
        Self {
            max_hold_seconds: 120.0,
            max_repetitions: 30,
            partner_min_risk: Risk::Moderate,
            guide_warnings_apply: false,
        }
    }
}

/// What a per-guide rule sees.
pub struct GuideContext<'a> {
    pub guide: &'a Guide,
    pub settings: &'a RuleSettings,
}

/// One guide's entry in the corpus index that cross-guide rules read.
#[derive(Debug, Clone)]
pub struct GuideEntry {
    pub file: String,
    /// The `id` of the guide, where it points in the file.
    pub id: String,
    pub span: crate::source::Span,
    pub position: crate::source::Position,
}

pub trait Rule: Sync {
    fn meta(&self) -> &'static RuleMeta;

    /// Findings within one guide.
    fn check_guide(&self, _cx: &GuideContext<'_>, _out: &mut Vec<Finding>) {}

    /// Findings across the corpus, from the compact index built while checking.
    fn check_corpus(&self, _guides: &[GuideEntry], _out: &mut Vec<Diagnostic>) {}
}

/// Declares a rule's unit struct and its [`RuleMeta`] from a doc comment.
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        pub struct $name:ident {
            id: $id:literal,
            severity: $severity:ident,
            summary: $summary:literal $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(Debug, Default, Clone, Copy)]
        pub struct $name;

        impl $name {
            pub const META: $crate::rules::RuleMeta = $crate::rules::RuleMeta {
                id: $id,
                severity: $crate::diagnostic::Severity::$severity,
                summary: $summary,
                docs: concat!($($doc, "\n"),*),
            };
        }
    };
}
pub(crate) use declare_rule;

/// Every rule, in the order `spotter rules` lists them.
pub static ALL: &[&dyn Rule] = &[
    &ParseError,
    &SchemaViolation,
    &MissingHoldTime,
    &MissingRepetitionLimit,
    &MissingStopIfPain,
    &UnsupervisedPartnerMethod,
    &DuplicateId,
    &ImplausibleHoldTime,
    &ImplausibleRepetitions,
];

pub fn find(id: &str) -> Option<&'static RuleMeta> {
    ALL.iter().map(|r| r.meta()).find(|m| m.id == id)
}

/// The known rule ids, for did-you-mean suggestions.
pub fn ids() -> impl Iterator<Item = &'static str> {
    ALL.iter().map(|r| r.meta().id)
}
