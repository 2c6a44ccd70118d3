//! Every rule's documented examples are run: the failing one must raise the
//! rule, the passing one must raise nothing at all. Docs cannot drift from
//! behaviour.

use spotter::discover::{Discovered, Input};
use spotter::pipeline::{Options, run};
use spotter::rules::{REGISTRY, RuleMeta};

/// Each finding of the whole pipeline (the finishing pass included, where
/// suppressions are applied) on the example, as `rule line:column message`.
/// A corpus rule's example is several guides, each a file of its own.
fn rules_raised(meta: &RuleMeta, heading: &str) -> Vec<String> {
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
    run(found, input, &Options::default())
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

/// The exact place and message of each failing example's finding: these are
/// the lines users see, so a change to any of them must be deliberate.
#[test]
fn failing_examples_point_at_the_exact_node() {
    let expect = [
        (
            "parse-error",
            "parse-error 4:1 invalid YAML: while parsing a flow sequence",
        ),
        (
            "missing-hold-time",
            "missing-hold-time 5:9 exercise `knee-hug` has no hold time",
        ),
        (
            "missing-repetition-limit",
            "missing-repetition-limit 10:18 the repetitions of exercise `knee-hug` have no upper bound",
        ),
        (
            "missing-stop-if-pain",
            "missing-stop-if-pain 5:9 exercise `knee-hug` has no stop-if-pain warning",
        ),
        (
            "unsupervised-partner-method",
            "unsupervised-partner-method 11:5 exercise `bear-hug` involves a partner at high risk",
        ),
        (
            "duplicate-id",
            "duplicate-id 14:9 exercise id `knee-hug` is used twice in this guide",
        ),
        (
            "implausible-hold-time",
            "implausible-hold-time 9:11 exercise `knee-hug` holds for up to 30 min",
        ),
        (
            "implausible-repetitions",
            "implausible-repetitions 10:18 exercise `knee-hug` asks for up to 50 repetitions",
        ),
        (
            "hold-time-mismatch",
            "hold-time-mismatch 9:43 step says hold for 45 seconds, but `hold` is 5-10 s",
        ),
        (
            "repetition-mismatch",
            "repetition-mismatch 10:9 step says repeat 5 to 8 times, but `repetitions` is 2-3",
        ),
        (
            "frequency-mismatch",
            "frequency-mismatch 9:39 step says three to five times a day, but `frequency` is 2 per day",
        ),
        (
            "unbounded-instruction",
            "unbounded-instruction 9:39 step says as often as necessary and gives no limit",
        ),
        (
            "undeclared-partner",
            "undeclared-partner 10:9 step says have a partner hug, but exercise `bear-hug` has no `partner`",
        ),
        (
            "weak-stop-warning",
            "weak-stop-warning 13:15 stop-if-pain warning neither tells the reader to stop nor names a symptom",
        ),
        (
            "conflicting-guidance",
            "conflicting-guidance 9:11 exercise `knee-hug` has `hold` 30-60 s here, but 5-10 s in example-1.yaml",
        ),
        (
            "unused-suppression",
            "unused-suppression 9:22 `implausible-hold-time` is allowed here but nothing here raises it",
        ),
        (
            "invalid-suppression",
            "invalid-suppression 9:27 suppression has no reason",
        ),
    ];
    let wrong: Vec<String> = expect
        .iter()
        .filter_map(|(id, want)| {
            let meta = spotter::rules::find(id).expect("rule exists").meta;
            let raised = rules_raised(meta, "Failing example");
            (!raised.iter().any(|d| d.starts_with(want)))
                .then(|| format!("`{id}`: wanted a line starting with {want:?}, got {raised:#?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn schema_violation_example_reports_every_violation() {
    let meta = spotter::rules::find("schema-violation")
        .expect("rule exists")
        .meta;
    let raised = rules_raised(meta, "Failing example");
    assert_eq!(
        raised,
        [
            "schema-violation 7:11 `risk` must be one of low, moderate, high (found \"extreme\")",
            "schema-violation 9:5 unknown key `hold_time` in exercise `cat-cow`",
            "schema-violation 10:11 `hold` must be a duration (found 2)",
            "schema-violation 11:18 `repetitions` is a reversed range: its first number is larger than its second",
        ]
    );
}
