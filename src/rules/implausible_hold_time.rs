use super::{GuideContext, Rule};
use crate::finding::{Finding, Target};
use serde::{Deserialize, Serialize};

/// `[rules.implausible-hold-time]` in `spotter.toml`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// The longest plausible hold, in seconds.
    #[serde(deserialize_with = "super::positive_seconds")]
    pub max_seconds: f64,
}

impl Default for Options {
    fn default() -> Self {
        Self { max_seconds: 120.0 }
    }
}

declare_rule! {
    /// ## What it checks
    ///
    /// That no `hold` goes above a ceiling (120 seconds by default).
    ///
    /// ## Why
    ///
    /// Holds of several minutes are almost always a typo (`30 min` for
    /// `30 s`) or an instruction no reader should follow unsupervised.
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
    ///     hold: 30 min
    ///     repetitions: 3
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
    ///     hold: 30 s
    ///     repetitions: 3
    ///     warnings:
    ///       - kind: stop-if-pain
    ///         text: Stop if you feel any pain.
    /// ```
    pub struct ImplausibleHoldTime {
        id: "implausible-hold-time",
        severity: Warning,
        summary: "`hold` is above the ceiling (`max_seconds`)",
        options: Options,
    }
}

impl Rule for ImplausibleHoldTime {
    fn check_guide(&self, cx: &mut GuideContext<'_>) {
        let ceiling = self.options.max_seconds;
        let guide = cx.guide;
        for ex in &guide.exercises {
            let Some(hold) = ex.hold.valid() else {
                continue;
            };
            if hold.max_secs > ceiling {
                cx.report(Finding::at(Target::Value(ex.path("hold")), format!(
                        "{} holds for up to {}, above the {} s ceiling",
                        ex.label(),
                        hold.say(hold.max_secs),
                        ceiling
                    ))
                .help("check the unit (`s` or `min`); most holds are 10-60 s"));
            }
        }
    }
}
