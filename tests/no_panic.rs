//! Property tests: whatever bytes come in, spotter never panics, every span
//! lies inside the file on char boundaries, every line/column agrees with
//! its span, and every reporter renders the result (the machine formats as
//! output their readers parse).

#[path = "support/positions.rs"]
mod positions;

use proptest::prelude::*;
use proptest::sample::Index;
use spotter::discover::Discovered;
use spotter::pipeline::{self, Options, check_bytes};
use spotter::report::{Reporter, RunFacts, json, pretty};

const NAME: &str = "fuzzed.yaml";

const GUIDES: [&str; 4] = [
    include_str!("../guides/gentle-techniques.yaml"),
    include_str!("../guides/lower-back-basics.yaml"),
    include_str!("../guides/riskier-methods.yaml"),
    include_str!("../guides/self-release-methods.yaml"),
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
    let log: serde_sarif::sarif::Sarif = serde_json::from_str(&sarif).expect("SARIF parses");
    let results = log.runs.first().and_then(|r| r.results.as_ref());
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

#[derive(Debug, Clone)]
enum Edit {
    Insert(Index, Vec<u8>),
    Delete(Index, usize),
    Replace(Index, u8),
    DuplicateLine(Index),
    DeleteLine(Index),
    Truncate(Index),
}

/// Mostly printable ASCII, so most mutants still decode and reach the
/// parser; sometimes any byte at all.
fn byte() -> impl Strategy<Value = u8> {
    prop_oneof![9 => 0x20u8..0x7f, 1 => any::<u8>()]
}

fn edit() -> impl Strategy<Value = Edit> {
    let token = prop::sample::select(TOKENS).prop_map(|t| t.as_bytes().to_vec());
    let bytes = prop::collection::vec(byte(), 1..4);
    prop_oneof![
        4 => (any::<Index>(), prop_oneof![token, bytes]).prop_map(|(at, b)| Edit::Insert(at, b)),
        3 => (any::<Index>(), 1..16usize).prop_map(|(at, n)| Edit::Delete(at, n)),
        3 => (any::<Index>(), byte()).prop_map(|(at, b)| Edit::Replace(at, b)),
        2 => any::<Index>().prop_map(Edit::DuplicateLine),
        2 => any::<Index>().prop_map(Edit::DeleteLine),
        1 => any::<Index>().prop_map(Edit::Truncate),
    ]
}

/// Byte range of the line holding `at` (its break included).
fn line_around(bytes: &[u8], at: usize) -> std::ops::Range<usize> {
    let start = bytes[..at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let end = bytes[at..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |i| at + i + 1);
    start..end
}

fn apply(bytes: &mut Vec<u8>, edit: &Edit) {
    let len = bytes.len();
    // A position in 0..=len (inserting at the end is allowed).
    let pos = |at: &Index| at.index(len + 1);
    match edit {
        Edit::Insert(at, new) => {
            let at = pos(at);
            bytes.splice(at..at, new.iter().copied());
        }
        Edit::Delete(at, n) => {
            let at = pos(at);
            bytes.drain(at..(at + n).min(len));
        }
        Edit::Replace(at, b) if len > 0 => bytes[at.index(len)] = *b,
        Edit::DuplicateLine(at) if len > 0 => {
            let line = line_around(bytes, at.index(len));
            let copy = bytes[line.clone()].to_vec();
            bytes.splice(line.end..line.end, copy);
        }
        Edit::DeleteLine(at) if len > 0 => {
            let line = line_around(bytes, at.index(len));
            bytes.drain(line);
        }
        Edit::Truncate(at) => bytes.truncate(pos(at)),
        _ => {}
    }
}

fn mutated_guide() -> impl Strategy<Value = Vec<u8>> {
    (
        prop::sample::select(GUIDES.as_slice()),
        prop::collection::vec(edit(), 1..12),
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

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
