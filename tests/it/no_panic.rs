//! Property tests: whatever bytes come in, spotter never panics, every span
//! lies inside the file on char boundaries, every line/column agrees with
//! its span, and every reporter renders the result (the machine formats as
//! output their readers parse).

use crate::support::mutate;
use crate::support::positions;

use mutate::apply;
use proptest::prelude::*;
use proptest::sample::Index;
use spotter::finding::Diagnostic;
use spotter::finish::baseline::Baseline;
use spotter::pipeline::{self, Options, check_bytes};
use spotter::report::{Reporter, RunFacts, json, pretty};
use spotter::setup::discover::{Discovered, Input};

const NAME: &str = "fuzzed.yaml";

const GUIDES: [&str; 4] = [
    include_str!("../../guides/gentle-techniques.yaml"),
    include_str!("../../guides/lower-back-basics.yaml"),
    include_str!("../../guides/riskier-methods.yaml"),
    include_str!("../../guides/self-release-methods.yaml"),
];

/// Fragments that steer mutations into the parser's corners.
#[rustfmt::skip]
const TOKENS: &[&str] = &[
    "\n", "\r\n", "\r", "\t", " ", "  ", "- ", ": ", ":", "#", "# spotter: allow ", "[", "]",
    "{", "}", ",", "\"", "'", "&a ", "*a", "<<: ", "!!binary ", "!foo ", "!!str ", "---\n",
    "...\n", "|\n", ">-\n", "?", "%YAML 1.2\n", "\u{FEFF}", "é", "☕", "😀", "\u{2028}", "\0",
    "1e400", "99999999999999999999999999", "-1", "0", ".inf", "~", "null", "hold: ",
    "repetitions: ", "exercises:\n  - ", "id: ", "risk: high", "partner:\n", "\\u00e9",
];

/// Check one input: no panic, sound positions, both reporters render.
fn check(bytes: Vec<u8>) {
    let opts = Options {
        keep_sources: true,
        ..Options::default()
    };
    let report = check_bytes(NAME, bytes.clone(), &opts);
    positions::check_report(&report);

    let outcome = pipeline::run(Discovered::default(), Some((NAME.into(), bytes)), &opts);
    // The finishing pass moves suppressed findings aside and adds one for
    // each unused suppression; nothing else is gained or lost.
    let unused = outcome
        .diagnostics
        .iter()
        .filter(|d| d.rule == "unused-suppression")
        .count();
    assert_eq!(
        outcome.diagnostics.len() + outcome.suppressed.len(),
        report.diagnostics.len() + unused
    );
    if !outcome.diagnostics.is_empty() {
        assert!(outcome.sources.contains_key(NAME), "source not kept");
    }

    let text = json::render(&outcome);
    let value: serde_json::Value = serde_json::from_str(&text).expect("JSON output parses");
    let listed = value["diagnostics"].as_array().expect("diagnostics array");
    assert_eq!(listed.len(), outcome.diagnostics.len());
    for (json, d) in listed.iter().zip(&outcome.diagnostics) {
        assert_eq!(json["line"], d.position.start.line);
        assert_eq!(json["column"], d.position.start.column);
    }

    let options = pretty::PrettyOptions {
        color: false,
        width: 80,
        wrap: true,
        summary: true,
    };
    let text = pretty::render(&outcome, &options, 0);
    assert!(text.ends_with(" in 0 ms\n"), "no summary line:\n{text}");
    let facts = RunFacts {
        elapsed: std::time::Duration::ZERO,
        rules: &opts.rules,
        root: std::path::PathBuf::from("/"),
    };
    let render = |reporter: &dyn Reporter| {
        reporter
            .render(&outcome, &facts)
            .expect("every format holds any outcome")
    };
    let sarif = render(&spotter::report::sarif::SarifReporter);
    let log: serde_json::Value = serde_json::from_str(&sarif).expect("SARIF parses");
    let results = log.pointer("/runs/0/results").and_then(|r| r.as_array());
    assert_eq!(
        results.map(Vec::len),
        Some(outcome.diagnostics.len() + outcome.suppressed.len())
    );
    let gitlab = render(&spotter::report::gitlab::GitlabReporter);
    let issues: serde_json::Value = serde_json::from_str(&gitlab).expect("Code Quality parses");
    assert_eq!(
        issues.as_array().map(Vec::len),
        Some(outcome.diagnostics.len())
    );
    let junit = render(&spotter::report::junit::JunitReporter);
    roxmltree::Document::parse(&junit).expect("JUnit parses");
    let github = render(&spotter::report::github::GithubReporter);
    assert_eq!(github.lines().count(), outcome.diagnostics.len());
    let concise = render(&spotter::report::concise::ConciseReporter { summary: false });
    assert_eq!(concise.lines().count(), outcome.diagnostics.len());
}

/// The fuzzing dictionary's tokens, to insert.
fn tokens() -> impl Strategy<Value = Vec<u8>> {
    prop::sample::select(TOKENS).prop_map(|t| t.as_bytes().to_vec())
}

fn mutated_guide() -> impl Strategy<Value = Vec<u8>> {
    (
        prop::sample::select(GUIDES.as_slice()),
        prop::collection::vec(mutate::edit(tokens()), 1..12),
    )
        .prop_map(|(guide, edits)| {
            let mut bytes = guide.as_bytes().to_vec();
            for e in &edits {
                apply(&mut bytes, e);
            }
            bytes
        })
}

/// Lines shaped like YAML (indent, list dash, key, value), so the parser
/// gets past the first token and into nested collections.
fn yamlish() -> impl Strategy<Value = String> {
    let line = (
        " {0,8}",
        "(- )?",
        "([a-z_]{1,10}: ?)?",
        prop_oneof![
            prop::sample::select(TOKENS).prop_map(str::to_string),
            "[a-z0-9 :\\-\\[\\]{},#&*!|>'\"?\t\u{e9}\u{2615}\u{1F600}]{0,20}",
        ],
    )
        .prop_map(|(indent, dash, key, value)| format!("{indent}{dash}{key}{value}"));
    (
        prop::collection::vec(line, 0..60),
        prop::sample::select(&["\n", "\r\n", "\r"][..]),
    )
        .prop_map(|(lines, newline)| lines.join(newline))
}

/// The example config of SPEC §3, with every rule named once, for the
/// config mutations to start from.
const CONFIG: &str = "[files]
include = [\"guides/**/*.yaml\", \"guides/**/*.yml\"]
exclude = [\"guides/drafts/**\"]

[rules]
implausible-hold-time = { severity = \"warning\", max_seconds = 90 }
implausible-repetitions = { max = 20 }
conflicting-guidance = \"off\"
unsupervised-partner-method = { min_risk = \"moderate\" }
missing-hold-time = \"warning\"

[checks]
guide_warnings_apply = false

[limits]
max_file_size = 10485760
max_depth = 64
max_alias_nodes = 10000
";

fn mutated(base: &str) -> impl Strategy<Value = Vec<u8>> {
    let base = base.as_bytes().to_vec();
    prop::collection::vec(mutate::edit(tokens()), 1..8).prop_map(move |edits| {
        let mut bytes = base.clone();
        for e in &edits {
            apply(&mut bytes, e);
        }
        bytes
    })
}

/// A mutated config never panics; when it is accepted, the rules it
/// builds check a guide without panicking either.
fn check_config(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let Ok(config) = spotter::setup::config::parse(&text, std::path::PathBuf::from(".")) else {
        return;
    };
    // The limits stay the defaults: the tests' threads have small stacks,
    // and the depth ceiling is for spotter's own workers.
    let opts = Options {
        rules: config.rules,
        checks: config.checks,
        keep_sources: true,
        ..Options::default()
    };
    for guide in GUIDES {
        let report = check_bytes(NAME, guide.as_bytes().to_vec(), &opts);
        positions::check_report(&report);
    }
}

/// The findings of one guide with its hold times misspelt, to record in a
/// baseline and match against.
fn findings_of(guide: &str) -> Vec<Diagnostic> {
    let opts = Options::default();
    let bytes = guide.replace("    hold:", "    hold_for:").into_bytes();
    pipeline::run(Discovered::default(), Some((NAME.into(), bytes)), &opts).diagnostics
}

/// A mutated baseline file never panics when read; when it is accepted,
/// applying it hides or keeps every finding, never loses one.
fn check_baseline(bytes: &[u8], findings: &[Diagnostic]) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("baseline.json");
    std::fs::write(&path, bytes).expect("write");
    if let Ok(baseline) = Baseline::read(&path) {
        let (kept, applied) = baseline.apply(findings.to_vec());
        assert_eq!(kept.len() + applied.baselined, findings.len());
    }
}

/// What must not depend on how a file reached spotter or how its lines
/// end: rule, place and message, findings that relate to another file
/// (which only a batch has) left out.
fn own_findings(diagnostics: &[Diagnostic], file: &str) -> Vec<String> {
    diagnostics
        .iter()
        .filter(|d| d.file == file && d.related.iter().all(|r| r.file == file))
        .map(|d| {
            format!(
                "{} {}:{}-{}:{} {}",
                d.rule,
                d.position.start.line,
                d.position.start.column,
                d.position.end.line,
                d.position.end.column,
                d.message
            )
        })
        .collect()
}

/// Guides whose ids no mutation of the shipped guides reaches, to check a
/// file in a batch beside.
fn companions(dir: &std::path::Path) -> Vec<Input> {
    (0..2)
        .map(|n| {
            let name = format!("zz-companion-{n}.yaml");
            let text = GUIDES[n]
                .replace("\nid: ", "\nid: zz-companion-")
                .replace("  - id: ", &format!("  - id: zz-companion-{n}-"));
            std::fs::write(dir.join(&name), text).expect("write companion");
            Input {
                display: name.clone(),
                path: dir.join(name),
            }
        })
        .collect()
}

/// A file checked alone from disk, in a batch, and through stdin gets the
/// same findings.
fn check_alone_batch_stdin(bytes: &[u8]) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(NAME);
    std::fs::write(&path, bytes).expect("write");
    let input = Input {
        display: NAME.into(),
        path,
    };
    let opts = Options::default();
    let alone = Discovered {
        inputs: vec![input.clone()],
        ..Discovered::default()
    };
    let alone = own_findings(&pipeline::run(alone, None, &opts).diagnostics, NAME);
    let mut inputs = companions(dir.path());
    inputs.push(input);
    inputs.sort();
    let batch = Discovered {
        inputs,
        ..Discovered::default()
    };
    let batch = own_findings(&pipeline::run(batch, None, &opts).diagnostics, NAME);
    let stdin = pipeline::run(
        Discovered::default(),
        Some((NAME.into(), bytes.to_vec())),
        &opts,
    );
    let stdin = own_findings(&stdin.diagnostics, NAME);
    assert_eq!(alone, batch, "alone against in a batch");
    assert_eq!(alone, stdin, "from disk against through stdin");
}

/// LF, CRLF and a BOM give the same findings at the same places.
fn check_line_ends(text: &str) {
    let opts = Options::default();
    let findings = |text: String| {
        let report = check_bytes(NAME, text.into_bytes(), &opts);
        own_findings(&report.diagnostics, NAME)
    };
    let lf = findings(text.to_string());
    assert_eq!(lf, findings(text.replace('\n', "\r\n")), "CRLF");
    assert_eq!(lf, findings(format!("\u{FEFF}{text}")), "BOM");
}

/// Suppression comments, well and badly formed, for the guides' lines.
fn suppression() -> impl Strategy<Value = String> {
    let rule = prop_oneof![
        prop::sample::select(
            &[
                "missing-hold-time",
                "missing-stop-if-pain",
                "schema-violation",
                "hold-time-mismatch",
                "unbounded-instruction",
                "duplicate-id",
                "parse-error",
                "unused-suppression",
            ][..]
        )
        .prop_map(str::to_string),
        "[a-z-]{0,20}",
    ];
    (
        prop::collection::vec(rule, 0..3),
        prop::sample::select(&[" -- ", "--", " — ", " - ", ""][..]),
        "[a-zA-Z #:é,-]{0,20}",
        prop::sample::select(
            &[
                "# spotter: allow ",
                "#spotter:allow ",
                "# spotter: ",
                "# spotter allow ",
            ][..],
        ),
    )
        .prop_map(|(rules, sep, reason, lead)| format!("{lead}{}{sep}{reason}", rules.join(", ")))
}

/// A guide with suppression comments put above or after its lines.
fn suppressed_guide() -> impl Strategy<Value = Vec<u8>> {
    (
        prop::sample::select(GUIDES.as_slice()),
        prop::collection::vec((any::<Index>(), suppression(), any::<bool>()), 1..6),
    )
        .prop_map(|(guide, comments)| {
            let mut lines: Vec<String> = guide.lines().map(str::to_string).collect();
            for (at, comment, trailing) in comments {
                let i = at.index(lines.len());
                if trailing {
                    lines[i] = format!("{}  {comment}", lines[i]);
                } else {
                    let indent: String = lines[i].chars().take_while(|c| *c == ' ').collect();
                    lines.insert(i, format!("{indent}{comment}"));
                }
            }
            (lines.join("\n") + "\n").into_bytes()
        })
}

proptest! {
    // Each case runs the whole pipeline a few times; these few cases (a
    // quarter of them outside CI, `support::cases`) keep `cargo test` short
    // (the fuzzer ran 160,000).
    #![proptest_config(ProptestConfig::with_cases(crate::support::cases(48)))]

    #[test]
    fn mutated_configs(bytes in mutated(CONFIG)) {
        check_config(&bytes);
    }

    #[test]
    fn mutated_baselines(guide in prop::sample::select(GUIDES.as_slice()), edits in prop::collection::vec(mutate::edit(tokens()), 1..8)) {
        let findings = findings_of(guide);
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("b.json");
        let mut recorder = Baseline::recorder(&path);
        recorder.record(&findings);
        recorder.write(&path).expect("baseline written");
        let mut bytes = std::fs::read(&path).expect("read back");
        for e in &edits {
            apply(&mut bytes, e);
        }
        check_baseline(&bytes, &findings);
    }

    #[test]
    fn suppression_comments(bytes in suppressed_guide()) {
        check(bytes.clone());
        check_alone_batch_stdin(&bytes);
    }

    #[test]
    fn alone_in_a_batch_or_through_stdin(bytes in mutated_guide()) {
        check_alone_batch_stdin(&bytes);
    }

    #[test]
    fn lf_crlf_and_bom_place_alike(bytes in mutated_guide()) {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        prop_assume!(!text.contains('\r') && !text.starts_with('\u{FEFF}'));
        check_line_ends(&text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(crate::support::cases(256)))]

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        check(bytes);
    }

    /// Valid UTF-8 in YAML's shapes, so the parser gets past the decoder.
    #[test]
    fn arbitrary_yamlish_text(text in yamlish()) {
        check(text.into_bytes());
    }

    #[test]
    fn mutated_guides(bytes in mutated_guide()) {
        check(bytes);
    }
}

#[test]
fn the_example_guides_are_sound() {
    for guide in GUIDES {
        check(guide.as_bytes().to_vec());
    }
}

#[test]
fn the_position_oracle_counts_like_the_spec() {
    let text = "a: é\r\nbé: x\rc: 1\n";
    let x = text.find('x').unwrap();
    assert_eq!(positions::line_col(text, x).line, 2);
    assert_eq!(positions::line_col(text, x).column, 5);
    assert_eq!(positions::line_count(text), 4);
    assert_eq!(positions::line_count(""), 1);
}
