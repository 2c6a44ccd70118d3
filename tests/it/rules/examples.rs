//! Every rule's documented examples are run: the failing one must raise the
//! rule, with the report its snapshot holds; the passing one must raise
//! nothing at all. Docs cannot drift from behaviour.

use super::fixtures::{matches_snapshot, pretty};
use spotter::finish::Outcome;
use spotter::pipeline::{Options, run};
use spotter::rules::{REGISTRY, RuleMeta};
use spotter::setup::discover::{Discovered, Input};

/// The whole pipeline (the finishing pass included, where suppressions are
/// applied) on the example, with the files' text kept for the report. A
/// corpus rule's example is several guides, each a file of its own, in a
/// folder that lives as long as the outcome is read.
fn check_example(meta: &RuleMeta, heading: &str) -> (Outcome, tempfile::TempDir) {
    let examples = meta.examples(heading);
    let dir = tempfile::tempdir().expect("temporary folder");
    let (found, input) = match examples.as_slice() {
        [] => panic!("rule `{}` has no `## {heading}` yaml block", meta.id),
        [example] => (
            Discovered::default(),
            Some(("example.yaml".to_string(), example.clone().into_bytes())),
        ),
        several => {
            let inputs = several
                .iter()
                .enumerate()
                .map(|(i, example)| {
                    let name = format!("example-{}.yaml", i + 1);
                    let path = dir.path().join(&name);
                    std::fs::write(&path, example).expect("example written");
                    Input {
                        display: name,
                        path,
                    }
                })
                .collect();
            (
                Discovered {
                    inputs,
                    problems: Vec::new(),
                },
                None,
            )
        }
    };
    let opts = Options {
        keep_sources: true,
        ..Options::default()
    };
    (run(found, input, &opts), dir)
}

/// Each finding of the example, as `rule line:column message`.
fn rules_raised(meta: &RuleMeta, heading: &str) -> Vec<String> {
    check_example(meta, heading)
        .0
        .diagnostics
        .into_iter()
        .map(|d| {
            format!(
                "{} {}:{} {}",
                d.rule, d.position.start.line, d.position.start.column, d.message
            )
        })
        .collect()
}

#[test]
fn every_failing_example_raises_its_rule() {
    for rule in REGISTRY {
        let meta = rule.meta;
        let raised = rules_raised(meta, "Failing example");
        assert!(
            raised
                .iter()
                .any(|d| d.starts_with(&format!("{} ", meta.id))),
            "failing example of `{}` raised {raised:#?}",
            meta.id
        );
    }
}

#[test]
fn every_passing_example_is_clean() {
    for rule in REGISTRY {
        let meta = rule.meta;
        let raised = rules_raised(meta, "Passing example");
        assert!(
            raised.is_empty(),
            "passing example of `{}` raised {raised:#?}",
            meta.id
        );
    }
}

#[test]
fn every_rule_documents_what_and_why() {
    for rule in REGISTRY {
        let docs = rule.meta.docs();
        for heading in [
            "## What it checks",
            "## Why",
            "## Failing example",
            "## Passing example",
        ] {
            assert!(docs.contains(heading), "`{}` lacks {heading}", rule.meta.id);
        }
    }
}

#[test]
fn rule_ids_are_unique_kebab_case() {
    let mut ids: Vec<&str> = REGISTRY.iter().map(|r| r.meta.id).collect();
    for id in &ids {
        assert!(
            id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "{id}"
        );
    }
    ids.sort_unstable();
    let before = ids.len();
    ids.dedup();
    assert_eq!(before, ids.len(), "duplicate rule id");
}

/// The report of each failing example, as `spotter check` prints it, is
/// `tests/rules/<rule-id>/failing-example.snap`: the exact place, message
/// and help users see, so a change to any of them must be deliberate (and
/// reviewed in the snapshot's diff).
#[test]
fn every_failing_examples_report_is_its_snapshot() {
    let wrong: Vec<String> = REGISTRY
        .iter()
        .filter_map(|rule| {
            let (outcome, _dir) = check_example(rule.meta, "Failing example");
            let description = format!("spotter explain {}: its failing example", rule.meta.id);
            matches_snapshot(
                rule.meta.id,
                "failing-example",
                &description,
                &pretty(&outcome),
            )
            .err()
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
