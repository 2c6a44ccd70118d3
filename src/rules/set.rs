//! The rule set a run uses: every registered rule at its configured level,
//! built with its configured options. A rule that is `off` is not in it.

use super::{REGISTRY, Reporter, Rule, RuleEntry, RuleMeta};
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

/// An enabled rule.
pub struct Configured {
    pub meta: &'static RuleMeta,
    pub severity: Severity,
    pub rule: Box<dyn Rule>,
}

pub struct RuleSet {
    enabled: Vec<Configured>,
    /// Every registered rule's effective level, in registry order.
    levels: Vec<(&'static RuleEntry, Level)>,
    /// Each rule's options as configured, in registry order.
    options: Vec<Vec<(String, String)>>,
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
        let mut set = RuleSet {
            enabled: Vec::new(),
            levels: Vec::new(),
            options: Vec::new(),
        };
        for config in configs {
            set.levels.push((config.entry, config.level));
            set.options.push(config.options);
            if let Some(severity) = config.level.severity() {
                set.enabled.push(Configured {
                    meta: config.entry.meta,
                    severity,
                    rule: config.rule,
                });
            }
        }
        set
    }

    /// The enabled rules, in registry order.
    pub fn enabled(&self) -> impl Iterator<Item = &Configured> {
        self.enabled.iter()
    }

    /// Every registered rule with its effective level, for `spotter rules`.
    pub fn levels(&self) -> impl Iterator<Item = (&'static RuleEntry, Level)> + '_ {
        self.levels.iter().copied()
    }

    /// Every registered rule with its options as configured, as TOML.
    pub fn options(&self) -> impl Iterator<Item = (&'static RuleEntry, &[(String, String)])> + '_ {
        self.levels
            .iter()
            .zip(&self.options)
            .map(|((entry, _), options)| (*entry, options.as_slice()))
    }

    pub fn is_enabled(&self, id: &str) -> bool {
        self.enabled.iter().any(|c| c.meta.id == id)
    }

    /// The door for `rule`'s findings, or `None` when the rule is off.
    pub fn reporter<'a>(&self, rule: &str, out: &'a mut Vec<Finding>) -> Option<Reporter<'a>> {
        let configured = self.enabled.iter().find(|c| c.meta.id == rule)?;
        Some(Reporter::new(configured.meta.id, configured.severity, out))
    }
}
