//! What a new user met on a second try (issue 25), each end to end: the
//! binary in a folder of its own.

#[path = "support/cmd.rs"]
mod cmd;

use cmd::{CLEAN_BODY, guide, run_in, write};

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

#[test]
fn rules_shows_the_options_the_config_sets() {
    let dir = project(
        "[rules]\nimplausible-hold-time = { max_seconds = 90 }\nunsupervised-partner-method = { min_risk = \"high\" }\n",
    );
    let run = run_in(dir.path(), &["rules"]);
    assert!(
        run.stdout.contains("max_seconds = 90.0 (default 120.0)"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("min_risk = \"high\" (default \"moderate\")"),
        "{}",
        run.stdout
    );
    // No summary states a default the config overrides.
    for stale in ["moderate or high", "default 120 s"] {
        assert!(!run.stdout.contains(stale), "{stale}: {}", run.stdout);
    }
}

#[test]
fn a_suppression_without_a_reason_is_shown_with_its_own_rule() {
    let dir = tempfile::tempdir().expect("temp dir");
    let body = CLEAN_BODY.replace(
        "    hold: 10 s\n",
        "    # spotter: allow hold-time-mismatch\n    hold: 10 s\n",
    );
    write(dir.path(), "g.yaml", &guide("g", &body));
    let report = run_in(dir.path(), &["check", "--format", "json", "g.yaml"]).json();
    let help = report["diagnostics"][0]["help"]
        .as_str()
        .unwrap_or_default();
    assert!(help.contains("allow hold-time-mismatch -- "), "{help}");
    assert!(!help.contains("implausible-hold-time"), "{help}");
}

#[test]
fn a_malformed_baseline_is_reported_at_a_1_based_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "g.yaml", &guide("g", CLEAN_BODY));
    write(dir.path(), "base.json", "{\"spotter_baseline\": 1,\n");
    let run = run_in(dir.path(), &["check", "--baseline", "base.json", "g.yaml"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.starts_with("error: base.json:2:1: "),
        "{}",
        run.stderr
    );
}

#[test]
fn units_are_said_as_written_and_a_hold_per_side_points_at_repetitions() {
    let dir = tempfile::tempdir().expect("temp dir");
    let minutes = CLEAN_BODY
        .replace("hold: 10 s", "hold: 3 min")
        .replace("[Draw both knees to your chest.]", "[Hold for 30 seconds.]");
    write(dir.path(), "a.yaml", &guide("a", &minutes));
    let sides = CLEAN_BODY.replace("hold: 10 s", "hold: 30 s each side");
    write(dir.path(), "b.yaml", &guide("b", &sides));
    let report = run_in(
        dir.path(),
        &["check", "--format", "json", "a.yaml", "b.yaml"],
    )
    .json();
    let said: Vec<String> = report["diagnostics"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|d| format!("{} | {}", d["message"], d["help"]))
        .collect();
    assert_eq!(
        said,
        [
            "\"step says hold for 30 seconds, but `hold` is 3 min\" | \"if `hold` is right, make the step say 3 min; if the step is right, change `hold` to match it\"",
            "\"exercise `a-move` holds for up to 3 min, above the 120 s ceiling\" | \"check the unit (`s` or `min`); most holds are 10-60 s\"",
            "\"`hold` must be a duration (found \\\"30 s each side\\\")\" | \"a hold has no sides: write `hold: 30 s`, and say `per side` in `repetitions` (`3 per side`)\"",
        ]
    );
}

#[test]
fn an_item_of_warnings_is_not_called_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    let body = CLEAN_BODY.replace("        text: Stop if you feel any pain.\n", "");
    write(dir.path(), "g.yaml", &guide("g", &body));
    let report = run_in(dir.path(), &["check", "--format", "json", "g.yaml"]).json();
    let messages: Vec<&str> = report["diagnostics"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|d| d["message"].as_str())
        .collect();
    assert!(
        messages.contains(&"item 1 of `warnings` is missing the required key `text`"),
        "{messages:?}"
    );
}

#[test]
fn check_help_names_no_document_users_do_not_have() {
    let dir = tempfile::tempdir().expect("temp dir");
    let run = run_in(dir.path(), &["check", "--help"]);
    assert_eq!(run.code, 0);
    assert!(!run.stdout.contains("SPEC"), "{}", run.stdout);
    for flag in [
        "--fix",
        "--unsafe-fixes",
        "--diff",
        "--output-file",
        "--force-exclude",
    ] {
        assert!(run.stdout.contains(flag), "{flag}: {}", run.stdout);
    }
}

#[test]
fn init_writes_a_starter_config_and_the_schema_and_never_overwrites_unasked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let run = run_in(dir.path(), &["init"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("wrote spotter.toml\nwrote schema/guide.schema.json\n"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("\"yaml.schemas\""), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("# yaml-language-server: $schema=../schema/guide.schema.json"),
        "{}",
        run.stdout
    );
    let schema = run_in(dir.path(), &["schema"]).stdout;
    let written = std::fs::read_to_string(dir.path().join("schema/guide.schema.json"))
        .expect("schema written");
    assert_eq!(written, schema);
    // The starter config is one spotter reads, and it selects `guides/`.
    assert_eq!(run_in(dir.path(), &["rules"]).code, 0);
    write(dir.path(), "guides/g.yaml", &guide("g", CLEAN_BODY));
    write(dir.path(), "notes/other.yaml", "not: a guide\n");
    let check = run_in(dir.path(), &["check", "--format", "json"]);
    assert_eq!(check.code, 0, "{}", check.stdout);
    assert_eq!(check.json()["summary"]["files"], 1);

    write(dir.path(), "spotter.toml", "# mine\n");
    let again = run_in(dir.path(), &["init"]);
    assert_eq!(again.code, 2);
    assert!(
        again
            .stderr
            .contains("spotter.toml and schema/guide.schema.json already there; `spotter init --force` replaces them"),
        "{}",
        again.stderr
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("spotter.toml")).expect("config"),
        "# mine\n"
    );
    assert_eq!(run_in(dir.path(), &["init", "--force"]).code, 0);
    assert_ne!(
        std::fs::read_to_string(dir.path().join("spotter.toml")).expect("config"),
        "# mine\n"
    );
}

/// A file spotter creates gets the mode any new file gets (0666 less the
/// umask), not a temporary file's 0600: `spotter.toml` is committed and
/// shared, a SARIF report is uploaded by another step.
#[cfg(unix)]
#[test]
fn files_spotter_creates_get_the_usual_mode() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |path: &std::path::Path| {
        std::fs::metadata(path)
            .expect("written")
            .permissions()
            .mode()
            & 0o777
    };
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "plain.txt", "");
    let usual = mode(&dir.path().join("plain.txt"));
    assert_eq!(run_in(dir.path(), &["init"]).code, 0);
    assert_eq!(mode(&dir.path().join("spotter.toml")), usual);
    assert_eq!(mode(&dir.path().join("schema/guide.schema.json")), usual);
    write(dir.path(), "guides/g.yaml", &guide("g", CLEAN_BODY));
    let run = run_in(
        dir.path(),
        &["check", "--format", "sarif", "--output-file", "out.sarif"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(mode(&dir.path().join("out.sarif")), usual);
}
