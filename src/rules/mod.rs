//! Every rule, one file each, and the one list that registers them.
//!
//! A rule declares its id, default severity, one-line summary, options and
//! docs in a single `declare_rule!` block; `spotter explain` prints those
//! docs and the tests run their failing and passing examples. Rules report
//! through a context ([`GuideContext`], [`CorpusContext`]) that stamps the
//! rule and its configured severity: no rule chooses its own.

mod context;
pub mod digest;
mod set;
#[doc(hidden)]
pub mod steps;

pub use context::{Checks, CorpusContext, Door, GuideContext};
pub use set::{Level, RuleConfig, RuleSet};

use crate::finding::Severity;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// What a rule is, as users see it.
#[derive(Debug, PartialEq, Eq)]
pub struct RuleMeta {
    pub id: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
    /// Markdown: what it checks, why, a failing and a passing example.
    pub docs: &'static str,
    /// When it runs.
    pub stage: Stage,
    /// Whether a suppression comment can allow its findings (not those
    /// about the comments themselves, or found before any can be read).
    pub suppressible: bool,
    /// Whether `spotter.toml` may turn it off.
    pub may_be_off: bool,
}

/// Where in the pipeline a rule's findings are made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// By the loader, while the file is read and parsed.
    Load,
    /// By the schema and the model, while the tree is validated and typed.
    Validate,
    /// By the rule's own checks: on each guide, across guides, or both.
    Check,
    /// By the suppression step: as the comments are read, and once they
    /// are applied.
    Suppressions,
}

impl Stage {
    /// How the rule reference says it.
    pub fn describe(self) -> &'static str {
        match self {
            Stage::Load => "by the loader, while the file is read and parsed",
            Stage::Validate => "by the schema and the model, while the guide is validated",
            Stage::Check => "as a check of its own, once the guide is valid",
            Stage::Suppressions => "by the suppression step",
        }
    }
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

    /// Every YAML block under a `## Failing example` or `## Passing
    /// example` heading: one guide, or (for a corpus rule) several, checked
    /// together in this order.
    pub fn examples(&self, heading: &str) -> Vec<String> {
        let docs = self.docs();
        let Some((_, after)) = docs.split_once(&format!("## {heading}")) else {
            return Vec::new();
        };
        let section = after.split("\n## ").next().unwrap_or_default();
        section
            .split("```yaml\n")
            .skip(1)
            .filter_map(|block| block.split_once("```").map(|(body, _)| body.to_string()))
            .collect()
    }
}

/// A configured rule at work. Both checks are optional: a rule looks at one
/// guide, or at the digests of every guide, or (for the stages that are not
/// rules, such as `parse-error`) at nothing.
pub trait Rule: Send + Sync {
    /// Findings within one guide.
    fn check_guide(&self, _cx: &mut GuideContext<'_>) {}

    /// Findings across the corpus, from each file's digest.
    fn check_corpus(&self, _cx: &mut CorpusContext<'_>) {}
}

/// A rule's declaration: what `declare_rule!` generates.
pub trait RuleDef: Rule + Sized + 'static {
    const META: RuleMeta;
    /// The rule's table in `spotter.toml` (besides `severity`).
    type Options: Serialize + DeserializeOwned + Default;
    fn with_options(options: Self::Options) -> Self;
}

/// An option that is a number of seconds: finite and above 0.
pub fn positive_seconds<'de, D: serde::Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    let value = f64::deserialize(d)?;
    if value.is_finite() && value > 0.0 {
        Ok(value)
    } else {
        Err(serde::de::Error::custom(format!(
            "must be a number of seconds above 0 (found {value})"
        )))
    }
}

/// An option that is a count: a whole number above 0.
pub fn positive_count<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let value = u32::deserialize(d)?;
    if value > 0 {
        Ok(value)
    } else {
        Err(serde::de::Error::custom(
            "must be a whole number above 0 (found 0)",
        ))
    }
}

/// The options of a rule that has none: any key in its table is an error.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoOptions {}

/// Builds a rule from its options table in `spotter.toml` (the defaults
/// when there is none); the error carries the offending key's span.
pub type BuildRule = fn(Option<OptionsTable<'_>>) -> Result<Built, toml::de::Error>;

/// A rule built from its options, and those options as TOML
/// (`max_seconds = 90.0`), for `spotter rules`.
pub struct Built {
    pub rule: Box<dyn Rule>,
    pub options: Vec<(String, String)>,
}

/// A rule's table in `spotter.toml`, `severity` taken out, with its spans.
pub type OptionsTable<'i> = toml::Spanned<toml::de::DeValue<'i>>;

/// One rule in the registry: its metadata and how to build it from its
/// options table.
pub struct RuleEntry {
    pub meta: &'static RuleMeta,
    pub build: BuildRule,
    /// Each option with its default, as TOML (`max_seconds = 120.0`).
    pub default_options: fn() -> Vec<(String, String)>,
}

fn build<R: RuleDef>(options: Option<OptionsTable<'_>>) -> Result<Built, toml::de::Error> {
    let options = match options {
        None => R::Options::default(),
        Some(value) => R::Options::deserialize(toml::de::ValueDeserializer::from(value))?,
    };
    let shown = options_text(&options);
    Ok(Built {
        rule: Box::new(R::with_options(options)),
        options: shown,
    })
}

fn default_options<R: RuleDef>() -> Vec<(String, String)> {
    options_text(&R::Options::default())
}

/// Each option with its value, as TOML.
fn options_text<O: Serialize>(options: &O) -> Vec<(String, String)> {
    match toml::Value::try_from(options) {
        Ok(toml::Value::Table(table)) => table
            .into_iter()
            .map(|(key, value)| (key, value.to_string()))
            .collect(),
        _ => Vec::new(),
    }
}

/// Declares a rule's struct, its [`RuleMeta`] from a doc comment, and its
/// options type (none when `options:` is left out).
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        pub struct $name:ident {
            id: $id:literal,
            severity: $severity:ident,
            summary: $summary:literal
            $(, stage: $stage:ident)?
            $(, suppressible: $suppressible:literal)?
            $(, may_be_off: $may_be_off:literal)?
            $(, options: $options:ty)? $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(Debug, Default, Clone)]
        pub struct $name {
            #[allow(dead_code)]
            pub options: $crate::rules::declare_rule!(@options $($options)?),
        }

        impl $crate::rules::RuleDef for $name {
            const META: $crate::rules::RuleMeta = $crate::rules::RuleMeta {
                id: $id,
                severity: $crate::finding::Severity::$severity,
                summary: $summary,
                docs: concat!($($doc, "\n"),*),
                stage: $crate::rules::declare_rule!(@stage $($stage)?),
                suppressible: $crate::rules::declare_rule!(@flag $($suppressible)?),
                may_be_off: $crate::rules::declare_rule!(@flag $($may_be_off)?),
            };
            type Options = $crate::rules::declare_rule!(@options $($options)?);
            fn with_options(options: Self::Options) -> Self {
                Self { options }
            }
        }
    };
    (@options $options:ty) => { $options };
    (@options) => { $crate::rules::NoOptions };
    (@stage $stage:ident) => { $crate::rules::Stage::$stage };
    (@stage) => { $crate::rules::Stage::Check };
    (@flag $value:literal) => { $value };
    (@flag) => { true };
}
pub(crate) use declare_rule;

/// The one list of rules: their modules, their exports and the registry
/// come from it, in the order `spotter rules` lists them.
macro_rules! registry {
    ($($module:ident :: $rule:ident),* $(,)?) => {
        $(#[doc(hidden)] pub mod $module; pub use $module::$rule;)*

        /// Every rule, in the order `spotter rules` lists them.
        pub static REGISTRY: &[RuleEntry] = &[$(RuleEntry {
            meta: &<$rule as RuleDef>::META,
            build: build::<$rule>,
            default_options: default_options::<$rule>,
        }),*];
    };
}

registry! {
    parse_error::ParseError,
    schema_violation::SchemaViolation,
    missing_hold_time::MissingHoldTime,
    missing_repetition_limit::MissingRepetitionLimit,
    missing_stop_if_pain::MissingStopIfPain,
    unsupervised_partner_method::UnsupervisedPartnerMethod,
    duplicate_id::DuplicateId,
    implausible_hold_time::ImplausibleHoldTime,
    implausible_repetitions::ImplausibleRepetitions,
    undeclared_partner::UndeclaredPartner,
    hold_time_mismatch::HoldTimeMismatch,
    repetition_mismatch::RepetitionMismatch,
    frequency_mismatch::FrequencyMismatch,
    unbounded_instruction::UnboundedInstruction,
    weak_stop_warning::WeakStopWarning,
    conflicting_guidance::ConflictingGuidance,
    unused_suppression::UnusedSuppression,
    invalid_suppression::InvalidSuppression,
}

/// Whether a suppression comment can allow `id`'s findings (an unknown id's
/// can be: the comment naming it is reported on its own).
pub fn suppressible(id: &str) -> bool {
    find(id).is_none_or(|entry| entry.meta.suppressible)
}

/// `spotter explain RULE`: the docs, with the options and their defaults
/// between the summary and the examples (also each rule's help in SARIF).
pub fn explain(entry: &RuleEntry) -> String {
    let meta = entry.meta;
    let options = (entry.default_options)();
    let mut table = format!(
        "Options, in spotter.toml:\n\n```toml\n[rules.{}]\nseverity = \"{}\"   # \"error\", \"warning\" or \"off\"\n",
        meta.id,
        meta.severity.as_str()
    );
    for (key, default) in &options {
        table.push_str(&format!("{key} = {default}\n"));
    }
    table.push_str("```\n");
    format!(
        "# {}\n\nDefault severity: {}\n\n{}\n\n## Options\n\n{}",
        meta.id,
        meta.severity.as_str(),
        meta.docs().trim_end(),
        table
    )
}

pub fn find(id: &str) -> Option<&'static RuleEntry> {
    REGISTRY.iter().find(|r| r.meta.id == id)
}

/// The known rule ids, for did-you-mean suggestions.
pub fn ids() -> impl Iterator<Item = &'static str> {
    REGISTRY.iter().map(|r| r.meta.id)
}
