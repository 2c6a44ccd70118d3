//! Each rule's fixtures, in `tests/rules/<rule-id>/`: `fail` must raise the
//! rule exactly where its files say (`# expect: RULE LINE:COLUMN`, one line
//! each), `pass` must not raise it at all. A fixture is one guide
//! (`fail.yaml`) or, for a cross-guide rule or one read through
//! `spotter.toml`, a folder (`fail/`) of guides with the config beside them.
//! The report `spotter check` would print for each is an insta snapshot
//! beside it (`fail.snap`, `pass.snap`). The fixtures run in-process through
//! the same config loading, discovery and pipeline as `spotter check`.

use spotter::finish::Outcome;
use spotter::load::Limits;
use spotter::pipeline::{self, Options};
use spotter::report::pretty::{PrettyOptions, render};
use spotter::rules::REGISTRY;
use spotter::setup::config::{self, Config};
use spotter::setup::discover;
use std::path::{Path, PathBuf};

/// Where the rule folders are, relative to the crate root (the current
/// folder of a test), so the reports name the fixtures as a user would.
const RULES: &str = "tests/rules";

/// The two fixtures of every rule.
const KINDS: [&str; 2] = ["fail", "pass"];

/// `fail.yaml` or `fail/`, whichever the rule's folder holds (one, not both).
fn fixture(rule: &str, kind: &str) -> Result<PathBuf, String> {
    let dir = Path::new(RULES).join(rule);
    let file = dir.join(format!("{kind}.yaml"));
    let folder = dir.join(kind);
    match (file.is_file(), folder.is_dir()) {
        (true, false) => Ok(file),
        (false, true) => Ok(folder),
        (true, true) => Err(format!("{rule}: both {kind}.yaml and {kind}/; keep one")),
        (false, false) => Err(format!(
            "{rule}: no {kind} fixture (add {}/{rule}/{kind}.yaml, or {kind}/ for several guides or a config)",
            RULES
        )),
    }
}

/// The config of a folder fixture (`spotter.toml` in it), else the defaults:
/// never the search from the current folder, which would find none or a
/// developer's own.
fn config_of(fixture: &Path) -> Config {
    let toml = fixture.join("spotter.toml");
    if toml.is_file() {
        config::load(Some(&toml)).unwrap_or_else(|e| panic!("{}: {e}", toml.display()))
    } else {
        Config::default()
    }
}

/// The fixture checked as `spotter check FIXTURE` checks it.
fn check(fixture: &Path) -> Outcome {
    let config = config_of(fixture);
    let found = discover::discover(&[fixture.to_path_buf()], &config.files, false)
        .unwrap_or_else(|e| panic!("{}: {e}", fixture.display()));
    let opts = Options {
        limits: config.limits.over(Limits::default()),
        rules: config.rules,
        checks: config.checks,
        keep_sources: true,
    };
    pipeline::run(found, None, &opts)
}

/// The pretty report, as `spotter check` prints it to a file or a pipe
/// (the run time fixed at 0 ms).
pub(super) fn pretty(outcome: &Outcome) -> String {
    let options = PrettyOptions {
        color: false,
        width: 100,
        wrap: false,
        summary: true,
    };
    render(outcome, &options, 0)
}

/// Each `# expect: RULE LINE:COLUMN` in the fixture's guides, as
/// `file:LINE:COLUMN RULE`.
fn expected(fixture: &Path) -> Vec<String> {
    let files: Vec<PathBuf> = if fixture.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(fixture)
            .expect("fixture folder readable")
            .map(|entry| entry.expect("fixture folder entry").path())
            .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
            .collect();
        files.sort();
        files
    } else {
        vec![fixture.to_path_buf()]
    };
    let mut expected = Vec::new();
    for file in files {
        let bytes = std::fs::read(&file).expect("fixture readable");
        for line in String::from_utf8_lossy(&bytes).lines() {
            if let Some((_, wanted)) = line.split_once("# expect: ") {
                let (rule, place) = wanted.trim().split_once(' ').expect("RULE LINE:COLUMN");
                expected.push(format!("{}:{place} {rule}", file.display()));
            }
        }
    }
    expected.sort();
    expected
}

/// The findings of `rule` in `outcome`, as `file:LINE:COLUMN RULE`.
fn raised(outcome: &Outcome, rule: &str) -> Vec<String> {
    let mut raised: Vec<String> = outcome
        .diagnostics
        .iter()
        .filter(|d| d.rule == rule)
        .map(|d| {
            format!(
                "{}:{}:{} {}",
                d.file, d.position.start.line, d.position.start.column, d.rule
            )
        })
        .collect();
    raised.sort();
    raised
}

/// What is wrong with one fixture, if anything: its findings against its
/// `# expect:` lines, then its report against its snapshot.
fn judge(rule: &str, kind: &str) -> Result<(), String> {
    let fixture = fixture(rule, kind)?;
    let outcome = check(&fixture);
    let raised = raised(&outcome, rule);
    let expected = expected(&fixture);
    match kind {
        "fail" if raised.is_empty() => return Err(format!("{rule}/{kind}: raised no `{rule}`")),
        "fail" if raised != expected => {
            return Err(format!(
                "{rule}/{kind}: `{rule}` raised at\n  {}\nbut the fixture expects\n  {}",
                raised.join("\n  "),
                expected.join("\n  ")
            ));
        }
        "pass" if !raised.is_empty() => {
            return Err(format!(
                "{rule}/{kind}: raised `{rule}` at {}",
                raised.join(", ")
            ));
        }
        _ => {}
    }
    let description = format!("spotter check {}", fixture.display());
    matches_snapshot(rule, kind, &description, &pretty(&outcome))
}

/// Whether `report` is the snapshot `name` in the rule's folder
/// (`tests/rules/<rule>/<name>.snap`); insta shows the difference.
pub(super) fn matches_snapshot(
    rule: &str,
    name: &str,
    description: &str,
    report: &str,
) -> Result<(), String> {
    let snapshot = std::panic::catch_unwind(|| {
        insta::with_settings!({
            snapshot_path => Path::new(env!("CARGO_MANIFEST_DIR")).join(RULES).join(rule),
            prepend_module_to_snapshot => false,
            omit_expression => true,
            description => description,
        }, {
            insta::assert_snapshot!(name, report);
        });
    });
    snapshot.map_err(|_| format!("{rule}: the report differs from {name}.snap"))
}

/// One table: every rule in the registry, each with both fixtures. A rule
/// added without fixtures fails here; each failing case is named.
#[test]
fn every_rule_fails_and_passes_its_fixtures_as_its_snapshots_say() {
    let wrong: Vec<String> = REGISTRY
        .iter()
        .flat_map(|entry| KINDS.map(|kind| judge(entry.meta.id, kind)))
        .filter_map(Result::err)
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n\n"));
}

/// A folder under `tests/rules/` that names no rule is a fixture nothing
/// runs: a rule renamed, or a typo.
#[test]
fn every_rule_folder_names_a_rule() {
    let strays: Vec<String> = std::fs::read_dir(RULES)
        .expect("tests/rules readable")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| spotter::rules::find(name).is_none())
        .collect();
    assert!(strays.is_empty(), "folders that name no rule: {strays:?}");
}

/// What the table checks, checked on fixtures made to be wrong: a fail
/// fixture that raises nothing, or raises at a place it does not expect.
#[test]
fn a_wrong_fixture_is_caught() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clean = dir.path().join("clean.yaml");
    std::fs::write(
        &clean,
        "spotter: 1\nid: g\ntitle: G\nexercises:\n  - id: m\n    name: M\n    risk: low\n    steps: [Draw both knees to your chest.]\n    hold: 10 s\n    repetitions: 3\n    warnings:\n      - kind: stop-if-pain\n        text: Stop if you feel any pain.\n",
    )
    .expect("write");
    assert_eq!(
        raised(&check(&clean), "missing-hold-time"),
        Vec::<String>::new()
    );
    let misplaced = dir.path().join("misplaced.yaml");
    std::fs::write(
        &misplaced,
        "# expect: missing-hold-time 4:9\nspotter: 1\nid: g\ntitle: G\nexercises:\n  - id: m\n    name: M\n    risk: low\n    steps: [Draw both knees to your chest.]\n    repetitions: 3\n    warnings:\n      - kind: stop-if-pain\n        text: Stop if you feel any pain.\n",
    )
    .expect("write");
    let shown = misplaced.display();
    assert_eq!(
        raised(&check(&misplaced), "missing-hold-time"),
        [format!("{shown}:6:9 missing-hold-time")]
    );
    assert_eq!(
        expected(&misplaced),
        [format!("{shown}:4:9 missing-hold-time")]
    );
}
