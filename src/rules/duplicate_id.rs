use super::{GuideContext, GuideEntry, Rule, RuleMeta, declare_rule};
use crate::diagnostic::{Diagnostic, Finding, Related, Target};
use std::collections::HashMap;

declare_rule! {
    /// ## What it checks
    ///
    /// That no two exercises in one guide share an `id`, and no two guides
    /// in the corpus do. Each repeat is reported, pointing back at the first.
    ///
    /// ## Why
    ///
    /// Ids are how guides link to exercises and how the corpus is compared.
    /// Two things with one id make every such link ambiguous.
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
    ///         text: Stop if you feel any pain.
    ///   - id: knee-hug
    ///     name: Single knee hug
    ///     risk: low
    ///     steps: [Draw one knee to your chest.]
    ///     hold: 10 s
    ///     repetitions: 3 per side
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
    ///     steps: [Draw both knees to your chest.]
    ///     hold: 10 s
    ///     repetitions: 3
    ///     warnings:
    ///       - kind: stop-if-pain
    ///         text: Stop if you feel any pain.
    ///   - id: single-knee-hug
    ///     name: Single knee hug
    ///     risk: low
    ///     steps: [Draw one knee to your chest.]
    ///     hold: 10 s
    ///     repetitions: 3 per side
    ///     warnings:
    ///       - kind: stop-if-pain
    ///         text: Stop if you feel any pain.
    /// ```
    pub struct DuplicateId {
        id: "duplicate-id",
        severity: Error,
        summary: "two exercises in a guide, or two guides in the corpus, share an `id`",
    }
}

impl Rule for DuplicateId {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check_guide(&self, cx: &GuideContext<'_>, out: &mut Vec<Finding>) {
        let mut first = HashMap::new();
        for ex in &cx.guide.exercises {
            match first.get(ex.id.as_str()) {
                None => {
                    first.insert(ex.id.as_str(), ex.index);
                }
                Some(&earlier) => out.push(
                    Finding::new(
                        &Self::META,
                        format!("exercise id `{}` is used twice in this guide", ex.id),
                        Target::Value(ex.path("id")),
                    )
                    .help("give each exercise in a guide its own id")
                    .exercise(&ex.id)
                    .related(
                        Target::Value(crate::path!["exercises", earlier, "id"]),
                        "first used here",
                    ),
                ),
            }
        }
    }

    fn check_corpus(&self, guides: &[GuideEntry], out: &mut Vec<Diagnostic>) {
        let mut first: HashMap<&str, &GuideEntry> = HashMap::new();
        // `guides` is in file order, so "first" is the same on every run.
        for entry in guides {
            let Some(earlier) = first.get(entry.id.as_str()) else {
                first.insert(&entry.id, entry);
                continue;
            };
            out.push(Diagnostic {
                rule: Self::META.id,
                severity: Self::META.severity,
                message: format!("guide id `{}` is also used by {}", entry.id, earlier.file),
                help: Some("guide ids must be unique across the corpus; rename one".into()),
                file: entry.file.clone(),
                span: entry.span.clone(),
                position: entry.position,
                guide: Some(entry.id.clone()),
                exercise: None,
                related: vec![Related {
                    file: earlier.file.clone(),
                    span: earlier.span.clone(),
                    position: earlier.position,
                    message: "first used here".into(),
                }],
            });
        }
    }
}
