use spotter::finding::Diagnostic;
use spotter::fix::*;
use spotter::load::source::SourceText;
use spotter::pipeline::{self, Options};

fn findings(text: &str) -> Vec<Diagnostic> {
    let opts = Options::default();
    let report = pipeline::check_text("g.yaml", text.to_string(), &opts);
    spotter::finish::finish(vec![report], &opts.rules, Default::default()).diagnostics
}

#[test]
fn a_finding_in_a_block_scalar_is_allowed_from_above_a_key_it_lies_in() {
    let text = "spotter: 1\nid: g\ntitle: T\nexercises:\n  - id: knee-hug\n    name: Knee hug\n    risk: low\n    steps:\n      - |\n        Draw both knees to your chest\n        and hold for 45 seconds.\n    hold: 10 s\n    repetitions: 3\n    warnings:\n      - kind: stop-if-pain\n        text: Stop if you feel any pain.\n";
    let found = findings(text);
    let [d] = found.as_slice() else {
        panic!("one finding: {found:?}");
    };
    assert_eq!(d.rule, "hold-time-mismatch");
    let source = SourceText::new(text.to_string());
    let fixes = verified(&source, d, candidates(&source, d), |t| findings(&t));
    let titles: Vec<&str> = fixes.iter().map(|f| f.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Set `hold` to `45 s`, as the step says",
            "Allow `hold-time-mismatch` here (suppression comment)"
        ]
    );
    let fixed = fixes
        .get(1)
        .and_then(|f| apply(text, &f.edits))
        .unwrap_or_default();
    assert!(
        fixed.contains("    # spotter: allow hold-time-mismatch -- TODO: say why this is safe\n    steps:\n      - |\n"),
        "{fixed}"
    );
    assert_eq!(findings(&fixed), Vec::new());
}

#[test]
fn a_fixed_value_keeps_its_quotes() {
    assert_eq!(in_quotes_of("\"Low\"", "low"), "\"low\"");
    assert_eq!(in_quotes_of("'10'", "10 s"), "'10 s'");
    assert_eq!(in_quotes_of("Low", "low"), "low");
    assert_eq!(in_quotes_of("\"x\"", "\"y\""), "\"y\"");
    assert_eq!(in_quotes_of("'x'", "it's"), "it's");
}

#[test]
fn edits_apply_in_text_order_and_overlaps_are_refused() {
    let edits = [
        Edit {
            span: 4..5,
            text: "X".into(),
        },
        Edit {
            span: 0..0,
            text: ">".into(),
        },
    ];
    assert_eq!(apply("abcdef", &edits).as_deref(), Some(">abcdXf"));
    let overlapping = [
        Edit {
            span: 0..3,
            text: String::new(),
        },
        Edit {
            span: 2..4,
            text: String::new(),
        },
    ];
    assert_eq!(apply("abcdef", &overlapping), None);
    assert_eq!(shifted(5, &edits), 6);
}
