//! spotter's validator (the published schema with the non-blank check and
//! the grammar patterns read by keywords of spotter's) against the
//! published schema as jsonschema alone reads it: the same errors.

use jsonschema::Validator;
use proptest::prelude::*;
use spotter::load::tree::Value;
use spotter::load::{Limits, parse};
use std::sync::LazyLock;

/// The published schema, as jsonschema alone reads it.
static BY_VALUE: LazyLock<Validator> = LazyLock::new(|| {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft7)
        .with_pattern_options(jsonschema::PatternOptions::regex())
        .build(&spotter::validate::SCHEMA)
        .expect("the bundled schema compiles")
});

/// Every error as text, with where it is and which keyword said it.
/// Unknown keys are named in the order the guide has them, where the
/// copy's map had sorted them: each becomes its own finding.
fn errors<'i>(found: impl Iterator<Item = jsonschema::ValidationError<'i>>) -> Vec<String> {
    let mut all: Vec<String> = found
        .map(|e| {
            let what = match e.kind() {
                jsonschema::error::ValidationErrorKind::AdditionalProperties { unexpected } => {
                    let mut keys = unexpected.clone();
                    keys.sort();
                    format!("unexpected {keys:?}")
                }
                // The validator reads `"pattern": "\\S"` with a keyword of
                // its own: the two say the same, in other words.
                jsonschema::error::ValidationErrorKind::Pattern { pattern } if pattern == r"\S" => {
                    "blank".to_string()
                }
                jsonschema::error::ValidationErrorKind::Custom { keyword, .. }
                    if keyword == spotter::validate::NON_BLANK =>
                {
                    "blank".to_string()
                }
                // And the grammar patterns with a keyword that reads them by hand.
                jsonschema::error::ValidationErrorKind::Pattern { pattern }
                    if spotter::validate::patterns::Own::of(pattern).is_some() =>
                {
                    "no match".to_string()
                }
                jsonschema::error::ValidationErrorKind::Custom { keyword, .. }
                    if keyword == spotter::validate::OWN_PATTERN =>
                {
                    "no match".to_string()
                }
                _ => e.to_string(),
            };
            let schema_path = e
                .schema_path()
                .as_str()
                .replace(spotter::validate::NON_BLANK, "pattern")
                .replace(spotter::validate::OWN_PATTERN, "pattern");
            format!("{} | {schema_path} | {what}", e.instance_path())
        })
        .collect();
    all.sort();
    all
}

/// The guide is found in error where, and as, the published schema finds it.
fn same_as_by_value(yaml: &str) {
    let Ok(root) = parse(yaml, &Limits::default()) else {
        return;
    };
    let doc = root.to_json();
    let validator = &spotter::validate::VALIDATOR;
    assert_eq!(validator.is_valid(&doc), BY_VALUE.is_valid(&doc), "{yaml}");
    assert_eq!(
        errors(validator.iter_errors(&doc)),
        errors(BY_VALUE.iter_errors(&doc)),
        "{yaml}"
    );
}

#[test]
fn blank_text_is_read_as_the_published_pattern_reads_it() {
    // ECMA-262 whitespace, characters Unicode (but not ECMA) calls
    // white space or that look blank, and text.
    let pieces = [
        "", " ", r"\t", r"\n", r"\v", r"\f", r"\r", r"\u00a0", r"\u1680", r"\u2000", r"\u200a",
        r"\u2028", r"\u2029", r"\u202f", r"\u205f", r"\u3000", r"\ufeff", r"\u0085", r"\u180e",
        r"\u200b", "x", "é",
    ];
    let (mut valid, mut invalid) = (0, 0);
    for a in pieces {
        for b in pieces {
            let yaml = format!("spotter: 1\nid: g\ntitle: \"{a}{b}\"\nexercises: []\n");
            same_as_by_value(&yaml);
            let root = parse(&yaml, &Limits::default()).expect("loads");
            let title_fails = spotter::validate::VALIDATOR
                .iter_errors(&root.to_json())
                .any(|e| e.instance_path().as_str() == "/title");
            if title_fails {
                invalid += 1;
            } else {
                valid += 1;
            }
        }
    }
    // Both answers were given: the blank pairs fail, the rest pass.
    // Seventeen of the pieces are ECMA-262 whitespace or nothing.
    assert_eq!((valid, invalid), (22 * 22 - 17 * 17, 17 * 17));
}

#[test]
fn the_shipped_guides_are_validated_as_their_json_was() {
    for guide in [
        include_str!("../../../../guides/gentle-techniques.yaml"),
        include_str!("../../../../guides/lower-back-basics.yaml"),
        include_str!("../../../../guides/riskier-methods.yaml"),
        include_str!("../../../../guides/self-release-methods.yaml"),
        include_str!("../../../../tests/fixtures/defects/partner.yaml"),
        include_str!("../../../../tests/fixtures/formats/alpha.yaml"),
    ] {
        same_as_by_value(guide);
    }
}

#[test]
fn yaml_values_json_has_no_word_for_are_read_as_text() {
    for value in [".inf", "-.inf", ".nan"] {
        let text = format!("a: {value}");
        let root = parse(&text, &Limits::default()).expect("loads");
        let Value::Map(entries) = &root.value else {
            panic!("a mapping");
        };
        let node = &entries[0].value;
        assert!(node.to_json().is_string(), "{value}");
        assert_eq!(
            node.json_text().map(|t| serde_json::Value::from(&*t)),
            Some(node.to_json())
        );
    }
}

const FIELDS: &[&str] = &[
    "id",
    "name",
    "risk",
    "steps",
    "hold",
    "repetitions",
    "frequency",
    "warnings",
    "partner",
    "supervision",
    "professional_only",
    "holdd",
];

#[rustfmt::skip]
const VALUES: &[&str] = &[
    "10", "-3", "0", "1.5", "3.0", ".inf", ".nan", "~", "yes", "no", "true", "\"\"",
    "knee-hug", "Knee Hug", "low", "extreme", "[x, 2]", "[]", "{}", "15-30 s", "30-15 s",
    "ten seconds", "2-3 per side", "3 per day", "twice a day", "{seconds: 0}",
    "{seconds: 12}", "{min: 3, max: 2, unit: s}", "{min: 1, max: 2, per: side}",
    "{min: 2}", "{max: 3}", "{min: 1, max: 2, per: week}", "{role: holds your arms}",
    "{role: 5}", "[{kind: stop-if-pain, text: If it hurts, stop.}]",
    "[{kind: caution, text: 5}]", "[{kind: stop_if_pain}]", "[{text: Stop.}]", "[7]",
    "99999999999999999999", "1e400", "2026-01-01",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(crate::support::cases(512)))]

    /// Any exercise field set to any of these values is reported as
    /// its JSON copy was, error for error.
    #[test]
    fn any_field_is_validated_as_its_json_was(
        changes in proptest::collection::btree_map(
            proptest::sample::select(FIELDS),
            proptest::sample::select(VALUES),
            1..4,
        )
    ) {
        let mut yaml = String::from("spotter: 1\nid: g\ntitle: T\nexercises:\n  - ");
        let base = [("id", "a"), ("name", "A"), ("risk", "low"), ("steps", "[x]")];
        for (key, value) in base.iter().filter(|(k, _)| !changes.contains_key(k)) {
            yaml.push_str(&format!("{key}: {value}\n    "));
        }
        for (key, value) in &changes {
            yaml.push_str(&format!("{key}: {value}\n    "));
        }
        same_as_by_value(&yaml);
    }
}
