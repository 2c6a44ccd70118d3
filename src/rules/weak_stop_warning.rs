use super::{GuideContext, Rule};
use crate::diagnostic::Target;
use crate::model::{Warning, WarningKind};
use crate::tree::Seg;
use regex_automata::meta::Regex;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// `[rules.weak-stop-warning]` in `spotter.toml`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// More words that name a symptom, besides pain, hurt, discomfort,
    /// ache, soreness, numbness, tingling, dizziness and the like.
    pub extra_symptoms: Vec<String>,
}

declare_rule! {
    /// ## What it checks
    ///
    /// That each `stop-if-pain` warning, on an exercise or guide-wide,
    /// tells the reader to stop (stop, cease, quit, back off…) and names a
    /// symptom (pain, hurt, discomfort, ache, soreness, numbness,
    /// tingling, dizziness…). "Be careful." does neither; "If it hurts,
    /// stop." does both.
    ///
    /// ## Why
    ///
    /// A stop-if-pain warning is read in the middle of an exercise. It must
    /// say plainly what to watch for and what to do.
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
    ///     steps: [Draw both knees to your chest.]
    ///     hold: 10 s
    ///     repetitions: 3
    ///     warnings:
    ///       - kind: stop-if-pain
    ///         text: Be careful.
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
    ///     steps: [Draw both knees to your chest.]
    ///     hold: 10 s
    ///     repetitions: 3
    ///     warnings:
    ///       - kind: stop-if-pain
    ///         text: If it hurts, stop.
    /// ```
    pub struct WeakStopWarning {
        id: "weak-stop-warning",
        severity: Warning,
        summary: "a stop-if-pain warning does not tell the reader to stop, or names no symptom",
        options: Options,
    }
}

static STOP: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:stop|stops|stopping|cease|quit|halt|discontinue|end\s+the|back\s+off|ease\s+off|ease\s+up|release|relax\s+the\s+stretch|come\s+out\s+of|get\s+out\s+of|relax\s+out\s+of|return\s+to\s+(?:the\s+)?start\w*|skip\s+(?:this|the|it)|avoid\s+(?:this|the|it)|(?:do\s+not|don(?:'|’)t|never)\s+(?:continue|go\s+on|carry\s+on|push\s+(?:through|into)|keep\s+going|do\s+(?:it|this)))\b")
});
static SYMPTOM: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:pain|pains|painful|hurt|hurts|hurting|discomfort|uncomfortable|ache|aches|aching|sore|soreness|numb|numbness|tingl\w*|dizz\w*|sharp|burning|pinch\w*|shooting|faint\w*|nause\w*|light-headed|lightheaded|light\s+headed|strain\w*|cramp\w*|twinge\w*|pins\s+and\s+needles|weak|weakness|worse|worsen\w*|symptoms?|unwell|short\s+of\s+breath|breathless\w*|swell\w*|spasm\w*|tension|clunk\w*)\b")
});

fn re(pattern: &str) -> Regex {
    // Constants of this file; the rule's examples compile them. ASCII word
    // rules, as the prose reader's, keep them quick to build.
    crate::grammar::compile_prose(pattern)
}

impl WeakStopWarning {
    fn names_symptom(&self, text: &str) -> bool {
        SYMPTOM.is_match(text)
            || self.options.extra_symptoms.iter().any(|word| {
                let word = word.to_lowercase();
                !word.is_empty()
                    && text
                        .to_lowercase()
                        .split(|c: char| !c.is_alphanumeric() && c != '-')
                        .any(|w| w == word)
            })
    }

    fn check(&self, cx: &mut GuideContext<'_>, warning: &Warning, path: Vec<Seg>, exercise: Option<&str>) {
        if warning.kind != WarningKind::StopIfPain || warning.text.trim().is_empty() {
            return;
        }
        let stop = STOP.is_match(&warning.text);
        let symptom = self.names_symptom(&warning.text);
        let message = match (stop, symptom) {
            (true, true) => return,
            (false, true) => "stop-if-pain warning does not tell the reader to stop",
            (true, false) => "stop-if-pain warning names no symptom to stop for",
            (false, false) => "stop-if-pain warning neither tells the reader to stop nor names a symptom",
        };
        let finding = cx
            .report(Target::Value(path), message)
            .help("say what to watch for and what to do, e.g. `Stop at once if you feel pain or discomfort.`");
        if let Some(id) = exercise {
            finding.exercise(id);
        }
    }
}

impl Rule for WeakStopWarning {
    fn check_guide(&self, cx: &mut GuideContext<'_>) {
        let guide = cx.guide;
        for warning in &guide.warnings {
            self.check(cx, warning, crate::path!["warnings", warning.index, "text"], None);
        }
        for ex in &guide.exercises {
            for warning in &ex.warnings {
                let path = crate::path!["exercises", ex.index, "warnings", warning.index, "text"];
                self.check(cx, warning, path, ex.id());
            }
        }
    }
}
