//! Which files a run checks, end to end: a file reached twice or through a
//! link is checked once under the name given, folders and paths that hold
//! no guides, upper-case extensions, and `[files]` include/exclude against
//! files named directly.

use crate::support::cmd;

use cmd::{CLEAN_BODY, findings, guide, run_in, write};
use std::path::Path;

#[test]
fn a_file_reached_twice_is_checked_once() {
    let dir = corpus();
    let sub = dir.path().join("guides");
    let cases: &[(&Path, &[&str], usize)] = &[
        (dir.path(), &["./guides/a.yaml", "guides"], 2),
        (dir.path(), &["guides/a.yaml", "guides/a.yaml"], 1),
        (dir.path(), &["guides/a.yaml", "guides/../guides/a.yaml"], 1),
        (&sub, &["a.yaml", "."], 2),
        (&sub, &["../guides", "."], 2),
    ];
    for (cwd, args, files) in cases {
        let (summary, found) = summary_and_findings(cwd, args);
        assert_eq!(found, Vec::<String>::new(), "{args:?}");
        assert_eq!(summary["files"], *files, "{args:?}: {summary}");
    }
}

#[cfg(unix)]
#[test]
fn a_symlink_to_a_guide_is_the_guide() {
    let dir = corpus();
    std::os::unix::fs::symlink("a.yaml", dir.path().join("guides/link.yaml")).expect("symlink");
    let (summary, found) = summary_and_findings(dir.path(), &["guides"]);
    assert_eq!(found, Vec::<String>::new());
    assert_eq!(summary["files"], 2, "{summary}");
}

#[test]
fn the_file_named_as_given_keeps_its_spelling() {
    let dir = corpus();
    write(dir.path(), "guides/bad.yaml", "spotter: 1\nid: [x\n");
    let report = run_in(
        dir.path(),
        &["check", "--format", "json", "./guides/bad.yaml"],
    )
    .json();
    assert_eq!(report["diagnostics"][0]["file"], "./guides/bad.yaml");
}

#[test]
fn a_named_folder_without_guides_is_exit_2() {
    let dir = corpus();
    write(dir.path(), "notes/readme.txt", "no guides here");
    let r = run_in(dir.path(), &["check", "notes"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("notes: no guide files here"),
        "{}",
        r.stderr
    );
}

#[test]
fn upper_case_extensions_are_guides() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "g/A.YAML", &guide("a", CLEAN_BODY));
    write(dir.path(), "g/B.Yml", &guide("b", CLEAN_BODY));
    let (summary, _) = summary_and_findings(dir.path(), &["g"]);
    assert_eq!(summary["files"], 2, "{summary}");
}

#[cfg(unix)]
#[test]
fn the_spelling_kept_is_the_first_named_and_the_file_not_its_link() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "guides/a.yaml",
        &guide("a", &CLEAN_BODY.replace("    hold: 10 s\n", "")),
    );
    let (_, found) =
        summary_and_findings(dir.path(), &["guides/../guides/a.yaml", "guides/a.yaml"]);
    assert_eq!(found.len(), 1, "{found:?}");
    let report = run_in(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "guides/../guides/a.yaml",
            "guides/a.yaml",
        ],
    )
    .json();
    assert_eq!(report["diagnostics"][0]["file"], "guides/../guides/a.yaml");

    std::os::unix::fs::symlink("a.yaml", dir.path().join("guides/0-link.yaml")).expect("symlink");
    let report = run_in(dir.path(), &["check", "--format", "json", "guides"]).json();
    assert_eq!(report["summary"]["files"], 1);
    assert_eq!(report["diagnostics"][0]["file"], "guides/a.yaml");
}

fn project(config: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "spotter.toml", config);
    dir
}

const MKDOCS: &str = "site_name: Guides\nnav:\n  - Home: index.md\n";

#[test]
fn include_applies_in_every_folder_walked_not_only_the_configs() {
    let dir = project("[files]\ninclude = [\"guides/**/*.yaml\"]\n");
    write(dir.path(), "guides/g.yaml", &guide("g", CLEAN_BODY));
    write(dir.path(), "mkdocs.yml", MKDOCS);
    let run = run_in(dir.path(), &["check", "--format", "json", "."]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.json()["summary"]["files"], 1);
}

#[test]
fn a_file_named_directly_is_checked_unless_force_exclude_and_exclude_match() {
    let dir = project("[files]\nexclude = [\"drafts/**\"]\n");
    write(
        dir.path(),
        "drafts/d.yaml",
        &guide("d", "    name: Draft\n"),
    );
    let named = run_in(dir.path(), &["check", "--format", "json", "drafts/d.yaml"]);
    assert_eq!(named.code, 1, "a named file is checked");
    let forced = run_in(
        dir.path(),
        &[
            "check",
            "--force-exclude",
            "--format",
            "json",
            "drafts/d.yaml",
        ],
    );
    assert_eq!(forced.code, 0, "{}", forced.stderr);
    assert_eq!(forced.json()["summary"]["files"], 0);
    let hook = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(".pre-commit-hooks.yaml"),
    )
    .expect("hook file");
    assert!(
        hook.contains("entry: spotter check --force-exclude"),
        "{hook}"
    );
}

#[test]
fn a_yaml_file_that_is_no_guide_says_how_to_exclude_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "mkdocs.yml", MKDOCS);
    let run = run_in(dir.path(), &["check", "--format", "json", "mkdocs.yml"]);
    let report = run.json();
    let helps: Vec<&str> = report["diagnostics"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|d| d["help"].as_str())
        .collect();
    assert!(
        helps
            .iter()
            .any(|h| h.contains("if this file is not a guide")
                && h.contains("`exclude` under `[files]`")),
        "{helps:?}"
    );
}

#[test]
fn nothing_to_check_is_one_rule_exit_2_naming_the_place_and_the_globs() {
    // No paths, no config: `.` without guides.
    let empty = tempfile::tempdir().expect("temp dir");
    let run = run_in(empty.path(), &["check"]);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(
        run.stderr.contains(".: no guide files here"),
        "{}",
        run.stderr
    );
    // An include that matches nothing names its globs and its config.
    let dir = project("[files]\ninclude = [\"guide/**/*.yaml\"]\n");
    write(dir.path(), "guides/g.yaml", &guide("g", CLEAN_BODY));
    for args in [&["check"][..], &["check", "guides"][..]] {
        let run = run_in(dir.path(), args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stdout);
        assert!(
            run.stderr
                .contains("the `include` globs in spotter.toml (`guide/**/*.yaml`) match none"),
            "{args:?}: {}",
            run.stderr
        );
    }
}

fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "guides/a.yaml", &guide("a", CLEAN_BODY));
    write(dir.path(), "guides/b.yaml", &guide("b", CLEAN_BODY));
    dir
}

fn summary_and_findings(dir: &Path, args: &[&str]) -> (serde_json::Value, Vec<String>) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let report = run_in(dir, &all).json();
    (report["summary"].clone(), findings(&report))
}
