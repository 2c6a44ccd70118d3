use super::{CorpusContext, GuideContext, Rule};
use crate::finding::{Finding, Place, Target};
use std::collections::HashMap;
use std::collections::hash_map::Entry;

/// Guides with up to this many exercises look for a repeated id by
/// scanning the ones before.
const SCAN_UP_TO: usize = 32;

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
    fn check_guide(&self, cx: &mut GuideContext<'_>) {
        let guide = cx.guide;
        // A guide of a few tens of exercises is scanned: building and
        // hashing into a map cost more than the comparisons, most of which
        // stop at the first byte. Past that, a map keeps it linear.
        let mut first = (guide.exercises.len() > SCAN_UP_TO)
            .then(|| HashMap::with_capacity(guide.exercises.len()));
        for (n, ex) in guide.exercises.iter().enumerate() {
            let Some(id) = ex.id() else { continue };
            let earlier = match &mut first {
                Some(first) => match first.get(id) {
                    None => {
                        first.insert(id, ex.index);
                        None
                    }
                    Some(&earlier) => Some(earlier),
                },
                None => guide
                    .exercises
                    .get(..n)
                    .unwrap_or_default()
                    .iter()
                    .find(|before| before.id() == Some(id))
                    .map(|before| before.index),
            };
            if let Some(earlier) = earlier {
                cx.report(
                    Finding::at(
                        Target::Value(ex.path("id")),
                        format!("exercise id `{id}` is used twice in this guide"),
                    )
                    .help("give each exercise in a guide its own id")
                    .exercise(id)
                    .related(
                        Target::Value(crate::path!["exercises", earlier, "id"]),
                        "first used here",
                    ),
                );
            }
        }
    }

    fn check_corpus(&self, cx: &mut CorpusContext<'_>) {
        let files = cx.files;
        let mut first: HashMap<&str, (usize, &str, &Place)> = HashMap::with_capacity(files.len());
        for (index, file) in files.iter().enumerate() {
            let Some((id, place)) = &file.guide else {
                continue;
            };
            // One hash and one probe for the id, seen or not.
            let (earlier, earlier_file, earlier_place) = match first.entry(id) {
                Entry::Occupied(first) => *first.get(),
                Entry::Vacant(slot) => {
                    slot.insert((index, &file.file, place));
                    continue;
                }
            };
            cx.report(index, Finding::at(Target::Placed(place.clone()), format!("guide id `{id}` is also used by {earlier_file}"))
            .help("guide ids must be unique across the corpus; rename one")
            .related_in(earlier_file, earlier_place.clone(), "first used here"));
            if cx.both_sides {
                cx.report(earlier, Finding::at(Target::Placed(earlier_place.clone()), format!("guide id `{id}` is also used by {}", file.file))
                .help("guide ids must be unique across the corpus; rename one")
                .related_in(&file.file, place.clone(), "also used here"));
            }
        }
    }
}
