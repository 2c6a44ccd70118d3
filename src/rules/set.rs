//! The rule set a run uses: every registered rule at its configured level,
//! built with its configured options. A rule that is `off` is not in it.

use super::{Door, REGISTRY, Rule, RuleEntry, RuleMeta, Stage};
use crate::finding::{Finding, Severity};
use serde::Deserialize;

/// A rule's level in `spotter.toml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
    Off,
}

impl Level {
    pub const NAMES: [&'static str; 3] = ["error", "warning", "off"];

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Off => "off",
        }
    }

    fn severity(self) -> Option<Severity> {
        match self {
            Level::Error => Some(Severity::Error),
            Level::Warning => Some(Severity::Warning),
            Level::Off => None,
        }
    }
}

impl From<Severity> for Level {
    fn from(severity: Severity) -> Self {
        match severity {
            Severity::Error => Level::Error,
            Severity::Warning => Level::Warning,
        }
    }
}

/// One rule as configured: its level and the rule built with its options.
pub struct RuleConfig {
    pub entry: &'static RuleEntry,
    pub level: Level,
    pub rule: Box<dyn Rule>,
    /// Its options as configured, as TOML.
    pub options: Vec<(String, String)>,
}

impl RuleConfig {
    pub fn meta(&self) -> &'static RuleMeta {
        self.entry.meta
    }

    /// The door for this rule's findings, at its configured severity, or
    /// `None` when the rule is off.
    pub fn door<'a>(&self, out: &'a mut Vec<Finding>) -> Option<Door<'a>> {
        let severity = self.level.severity()?;
        Some(Door::new(self.entry.meta.id, severity, out))
    }
}

/// Every registered rule at its configured level, in registry order.
pub struct RuleSet {
    rules: Vec<RuleConfig>,
}

impl Default for RuleSet {
    /// Every rule at its default severity with its default options.
    fn default() -> Self {
        Self::new(REGISTRY.iter().filter_map(|entry| {
            let built = (entry.build)(None).ok()?;
            Some(RuleConfig {
                entry,
                level: entry.meta.severity.into(),
                rule: built.rule,
                options: built.options,
            })
        }))
    }
}

impl RuleSet {
    pub fn new(configs: impl IntoIterator<Item = RuleConfig>) -> Self {
        RuleSet {
            rules: configs.into_iter().collect(),
        }
    }

    /// The rules that are not off, in registry order.
    pub fn enabled(&self) -> impl Iterator<Item = &RuleConfig> {
        self.rules.iter().filter(|c| c.level != Level::Off)
    }

    /// The enabled rules that run at `stage`, in registry order.
    pub fn at(&self, stage: Stage) -> impl Iterator<Item = &RuleConfig> {
        self.enabled().filter(move |c| c.entry.meta.stage == stage)
    }

    /// Every registered rule with its effective level, for `spotter rules`.
    pub fn levels(&self) -> impl Iterator<Item = (&'static RuleEntry, Level)> + '_ {
        self.rules.iter().map(|c| (c.entry, c.level))
    }

    /// Every registered rule with its options as configured, as TOML.
    pub fn options(&self) -> impl Iterator<Item = (&'static RuleEntry, &[(String, String)])> + '_ {
        self.rules.iter().map(|c| (c.entry, c.options.as_slice()))
    }

    pub fn is_enabled(&self, id: &str) -> bool {
        self.enabled().any(|c| c.entry.meta.id == id)
    }

    /// The door for `rule`'s findings, or `None` when the rule is off.
    pub fn door<'a>(&self, rule: &str, out: &'a mut Vec<Finding>) -> Option<Door<'a>> {
        self.rules
            .iter()
            .find(|c| c.entry.meta.id == rule)?
            .door(out)
    }
}
