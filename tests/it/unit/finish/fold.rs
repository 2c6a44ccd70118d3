use spotter::finding::{Cause, Finding};
use spotter::finding::{Keys, Severity, Target};
use spotter::finish::fold::*;
use spotter::path;

fn finding(rule: &'static str, severity: Severity, cause: Cause) -> Finding {
    Finding::at(Target::Span(0..0), rule)
        .help("fix it")
        .cause(cause)
        .stamped(rule, severity)
}

fn misspelt(key: &str) -> Cause {
    Cause::StandsFor {
        mapping: path!["exercises", 0],
        keys: Keys::These(vec![key.to_string()]),
    }
}

fn missing(index: usize, key: &str) -> Cause {
    Cause::Missing {
        mapping: path!["exercises", index],
        key: key.to_string(),
    }
}

fn rules(findings: &[Finding]) -> Vec<&str> {
    findings.iter().map(|f| f.rule).collect()
}

#[test]
fn a_missing_key_folds_into_the_misspelling_that_stands_for_it() {
    let mut findings = vec![
        finding("missing-hold-time", Severity::Error, missing(0, "hold")),
        finding("missing-hold-time", Severity::Error, missing(1, "hold")),
        finding("schema-violation", Severity::Error, misspelt("hold")),
    ];
    fold_root_causes(&mut findings, |_| false);
    assert_eq!(rules(&findings), ["missing-hold-time", "schema-violation"]);
    assert_eq!(
        findings[1].help.as_deref(),
        Some("fix it (this exercise has no `hold` otherwise)")
    );
}

#[test]
fn an_error_is_never_folded_into_a_warning_nor_a_shown_finding_into_a_hidden_one() {
    let mut findings = vec![
        finding("missing-hold-time", Severity::Error, missing(0, "hold")),
        finding("schema-violation", Severity::Warning, misspelt("hold")),
    ];
    fold_root_causes(&mut findings, |_| false);
    assert_eq!(findings.len(), 2);
    let mut findings = vec![
        finding("missing-hold-time", Severity::Error, missing(0, "hold")),
        finding("schema-violation", Severity::Error, misspelt("hold")),
    ];
    fold_root_causes(&mut findings, |f| f.rule == "schema-violation");
    assert_eq!(findings.len(), 2);
}

#[test]
fn one_bad_value_keeps_its_most_precise_finding() {
    let path = path!["exercises", 0, "repetitions"];
    let mut findings = vec![
        finding(
            "schema-violation",
            Severity::Error,
            Cause::BadValue {
                path: path.clone(),
                precise: false,
            },
        ),
        finding(
            "model",
            Severity::Error,
            Cause::BadValue {
                path,
                precise: true,
            },
        ),
    ];
    fold_root_causes(&mut findings, |_| false);
    assert_eq!(rules(&findings), ["model"]);
}

#[test]
fn lists_read_as_prose() {
    let keys = |k: &[&str]| k.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(or_list(&keys(&["a"])), "a");
    assert_eq!(or_list(&keys(&["a", "b", "c"])), "a, b or c");
}
