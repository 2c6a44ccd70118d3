use super::{GuideContext, Rule};
use crate::finding::{Finding, Target};
use serde::{Deserialize, Serialize};

/// `[rules.implausible-repetitions]` in `spotter.toml`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// The most repetitions that are plausible.
    #[serde(deserialize_with = "super::positive_count")]
    pub max: u32,
}

impl Default for Options {
    fn default() -> Self {
        Self { max: 30 }
    }
}

declare_rule! {
    /// ## What it checks
    ///
    /// That the upper bound of `repetitions` is not above a ceiling (30 by
    /// default).
    ///
    /// ## Why
    ///
    /// Dozens of repetitions of a back release is a typo or an instruction
    /// that invites strain; either way a person should look at it.
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
    ///     hold: 10 s
    ///     repetitions: 10-50
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
    ///     hold: 10 s
    ///     repetitions: 10-15
    ///     warnings:
    ///       - kind: stop-if-pain
    ///         text: Stop if you feel any pain.
    /// ```
    pub struct ImplausibleRepetitions {
        id: "implausible-repetitions",
        severity: Warning,
        summary: "the `repetitions` maximum is above the ceiling (`max`)",
        options: Options,
    }
}

impl Rule for ImplausibleRepetitions {
    fn check_guide(&self, cx: &mut GuideContext<'_>) {
        let ceiling = self.options.max;
        let guide = cx.guide;
        for ex in &guide.exercises {
            let Some(max) = ex.repetitions.valid().and_then(|c| c.max) else {
                continue;
            };
            if max > ceiling {
                cx.report(Finding::at(Target::Value(ex.path("repetitions")), format!(
                        "{} asks for up to {max} repetitions, above the ceiling of {ceiling}",
                        ex.label()
                    ))
                .help("most exercises need 1-15 repetitions; check for a typo"));
            }
        }
    }
}
