//! `spotter.toml` end to end: every key, every error (with its place),
//! discovery from a subfolder, and `[files]` include/exclude.

use crate::support::cmd;

use cmd::{CLEAN_BODY, findings, guide, run_in, write};
use std::path::Path;

fn project(config: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "spotter.toml", config);
    dir
}

fn check_json(dir: &Path, args: &[&str]) -> (i32, Vec<String>, serde_json::Value) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let r = run_in(dir, &all);
    let report = r.json();
    (r.code, findings(&report), report)
}

/// Each bad config: exit 2, nothing checked, the config's path with the
/// line and column of the problem, and help that leads to the fix.
#[test]
fn every_config_error_names_its_place_and_the_fix() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "[rulez]\n",
            "spotter.toml:1:2: unknown table `rulez`",
            "did you mean `rules`?",
        ),
        (
            "top = 1\n",
            "spotter.toml:1:1: unknown key `top`",
            "allowed here: files, rules, checks, limits",
        ),
        (
            "[rules]\nmissing-hold-tim = \"error\"\n",
            "spotter.toml:2:1: unknown rule `missing-hold-tim`",
            "did you mean `missing-hold-time`?",
        ),
        (
            "[rules]\nno-such-thing = \"error\"\n",
            "spotter.toml:2:1: unknown rule `no-such-thing`",
            "`spotter rules` lists every rule",
        ),
        (
            "[rules]\nmissing-hold-time = \"eror\"\n",
            "spotter.toml:2:21: severity must be one of \"error\", \"warning\", \"off\" (found \"eror\")",
            "did you mean `error`?",
        ),
        (
            "[rules]\nimplausible-hold-time = { severity = \"eror\" }\n",
            "spotter.toml:2:38: severity must be one of",
            "did you mean `error`?",
        ),
        (
            "[rules]\nmissing-hold-time = 3\n",
            "spotter.toml:2:21: rule `missing-hold-time` takes a severity",
            "",
        ),
        (
            "[rules]\nimplausible-hold-time = { max_secs = 90 }\n",
            "spotter.toml:2:27: unknown option `max_secs` for rule `implausible-hold-time`",
            "did you mean `max_seconds`?",
        ),
        (
            "[rules]\nmissing-hold-time = { limit = 1 }\n",
            "spotter.toml:2:23: unknown option `limit` for rule `missing-hold-time`",
            "this rule has no options",
        ),
        (
            "[rules]\nimplausible-hold-time = { max_seconds = \"ninety\" }\n",
            "spotter.toml:2:41: invalid type: string \"ninety\"",
            "",
        ),
        (
            "[rules]\nimplausible-repetitions = { max = -3 }\n",
            "spotter.toml:2:35:",
            "",
        ),
        (
            "[rules]\nunsupervised-partner-method = { min_risk = \"extreme\" }\n",
            "spotter.toml:2:44: unknown variant `extreme`, expected one of `low`, `moderate`, `high`",
            "",
        ),
        (
            "[rules]\nparse-error = \"off\"\n",
            "spotter.toml:2:15: `parse-error` cannot be turned off",
            "set it to \"warning\"",
        ),
        (
            "[files]\nincludes = [\"x\"]\n",
            "spotter.toml:2:1: unknown key `includes` in [files]",
            "did you mean `include`?",
        ),
        (
            "[files]\ninclude = \"guides\"\n",
            "spotter.toml:2:11: `include` must be a list of globs",
            "",
        ),
        (
            "[files]\ninclude = [3]\n",
            "spotter.toml:2:12: each `include` glob must be a string",
            "",
        ),
        (
            "[files]\nexclude = [\"guides/[a\"]\n",
            "spotter.toml:2:12: invalid glob `guides/[a`",
            "",
        ),
        (
            "[checks]\nguide_warnings_aply = true\n",
            "spotter.toml:2:1: unknown key `guide_warnings_aply` in [checks]",
            "did you mean `guide_warnings_apply`?",
        ),
        (
            "[checks]\nguide_warnings_apply = \"yes\"\n",
            "spotter.toml:2:24: invalid type: string \"yes\", expected a boolean",
            "",
        ),
        (
            "[limits]\nmax_dept = 5\n",
            "spotter.toml:2:1: unknown key `max_dept` in [limits]",
            "did you mean `max_depth`?",
        ),
        (
            "[limits]\nmax_depth = 5000\n",
            "spotter.toml:2:13: max_depth must be between 1 and 1000 (found 5000)",
            "",
        ),
        (
            "[limits]\nmax_file_size = 0\n",
            "spotter.toml:2:17: max_file_size must be above 0",
            "",
        ),
        (
            "[limits]\nmax_alias_nodes = \"many\"\n",
            "spotter.toml:2:19: invalid type: string \"many\"",
            "",
        ),
        ("rules = [\n", "spotter.toml:", ""),
        (
            "[checks]\nguide_warnings_apply = true\n[checks]\n",
            "spotter.toml:3:",
            "",
        ),
    ];
    for (config, want, help) in cases {
        let dir = project(config);
        write(dir.path(), "g.yaml", &guide("g", CLEAN_BODY));
        let r = run_in(dir.path(), &["check", "g.yaml"]);
        assert_eq!(r.code, 2, "{config:?} → {}", r.stderr);
        assert!(
            r.stderr.starts_with(&format!("error: {want}")),
            "{config:?}: wanted {want:?}, got {}",
            r.stderr
        );
        assert!(
            r.stderr.contains(help),
            "{config:?}: no {help:?} in {}",
            r.stderr
        );
        assert!(r.stdout.is_empty(), "nothing is checked: {}", r.stdout);
    }
}

#[test]
fn a_config_that_cannot_be_read_is_exit_2_naming_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("latin1.toml"), b"[rules]\n# caf\xe9\n").expect("write");
    std::fs::create_dir(dir.path().join("folder.toml")).expect("mkdir");
    write(dir.path(), "g.yaml", &guide("g", CLEAN_BODY));
    for (config, want) in [
        (
            "latin1.toml",
            "latin1.toml:2:6: the config is not UTF-8 text",
        ),
        (
            "folder.toml",
            "folder.toml: the config is a directory, not a file",
        ),
        (
            "missing.toml",
            "missing.toml: cannot read the config: no such file or directory",
        ),
    ] {
        let r = run_in(dir.path(), &["check", "--config", config, "g.yaml"]);
        assert_eq!(r.code, 2, "{config}: {}", r.stderr);
        assert!(r.stderr.contains(want), "{config}: {}", r.stderr);
        assert!(r.stdout.is_empty());
    }
}

#[test]
fn severities_turn_rules_to_warnings_or_off() {
    let body =
        "    name: Knee hug\n    risk: low\n    steps: [Hug your knees.]\n    repetitions: 3\n";
    let dir = project("[rules]\nmissing-hold-time = \"warning\"\nmissing-stop-if-pain = \"off\"\n");
    write(dir.path(), "g.yaml", &guide("g", body));
    let (code, found, report) = check_json(dir.path(), &["g.yaml"]);
    assert_eq!(
        found,
        ["missing-hold-time 5:9 exercise `g-move` has no hold time"]
    );
    assert_eq!(report["diagnostics"][0]["severity"], "warning");
    assert_eq!(code, 0, "a warning does not fail the run");

    // The same guide without the config: both rules at their defaults.
    std::fs::remove_file(dir.path().join("spotter.toml")).expect("rm");
    let (code, found, _) = check_json(dir.path(), &["g.yaml"]);
    assert_eq!(code, 1);
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn rule_options_change_what_is_found() {
    let long_hold = CLEAN_BODY
        .replace("hold: 10 s", "hold: 100 s")
        .replace("repetitions: 3", "repetitions: 20");
    let partner = "    name: Lift\n    risk: moderate\n    steps: [Your partner lifts you.]\n    hold: 2 s\n    repetitions: 1\n    partner:\n      role: Lifts you.\n    warnings:\n      - kind: stop-if-pain\n        text: Stop if you feel any pain.\n";
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "long.yaml", &guide("long", &long_hold));
    write(dir.path(), "partner.yaml", &guide("partner", partner));

    let (_, by_default, _) = check_json(dir.path(), &["long.yaml", "partner.yaml"]);
    assert_eq!(
        by_default,
        [
            "unsupervised-partner-method 11:5 exercise `partner-move` involves a partner at moderate risk but has no supervision note"
        ]
    );

    write(
        dir.path(),
        "spotter.toml",
        "[rules]\nimplausible-hold-time = { max_seconds = 90 }\nimplausible-repetitions = { severity = \"error\", max = 15 }\nunsupervised-partner-method = { min_risk = \"high\" }\n",
    );
    let (code, configured, report) = check_json(dir.path(), &["long.yaml", "partner.yaml"]);
    assert_eq!(
        configured,
        [
            "implausible-hold-time 9:11 exercise `long-move` holds for up to 100 s, above the 90 s ceiling",
            "implausible-repetitions 10:18 exercise `long-move` asks for up to 20 repetitions, above the ceiling of 15",
        ]
    );
    assert_eq!(report["diagnostics"][0]["severity"], "warning");
    assert_eq!(report["diagnostics"][1]["severity"], "error");
    assert_eq!(code, 1);
}

#[test]
fn guide_warnings_apply_lets_a_guide_wide_warning_count() {
    let body = "    name: Knee hug\n    risk: low\n    steps: [Hug your knees.]\n    hold: 10 s\n    repetitions: 3\n";
    let text = format!(
        "spotter: 1\nid: g\ntitle: T\nwarnings:\n  - kind: stop-if-pain\n    text: Stop if you feel any pain.\nexercises:\n  - id: g-move\n{body}"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "g.yaml", &text);
    let (_, found, _) = check_json(dir.path(), &["g.yaml"]);
    assert_eq!(
        found,
        ["missing-stop-if-pain 8:9 exercise `g-move` has no stop-if-pain warning"]
    );
    write(
        dir.path(),
        "spotter.toml",
        "[checks]\nguide_warnings_apply = true\n",
    );
    let (code, found, _) = check_json(dir.path(), &["g.yaml"]);
    assert_eq!((code, found.len()), (0, 0), "{found:?}");

    // A misspelt guide-wide `warnings` is the one root cause: no
    // missing-stop-if-pain on each exercise beside it.
    write(
        dir.path(),
        "g.yaml",
        &text.replace("\nwarnings:", "\nwarning:"),
    );
    let (_, found, _) = check_json(dir.path(), &["g.yaml"]);
    assert_eq!(
        found,
        ["schema-violation 4:1 unknown key `warning` in the guide"]
    );
}

#[test]
fn limits_come_from_the_config_and_flags_override_them() {
    let dir = project("[limits]\nmax_file_size = 100\nmax_depth = 3\n");
    write(dir.path(), "g.yaml", &guide("g", CLEAN_BODY));
    let (_, found, _) = check_json(dir.path(), &["g.yaml"]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("larger than 100 bytes"), "{found:?}");

    let (_, found, _) = check_json(dir.path(), &["--max-file-size", "100000", "g.yaml"]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("nesting"),
        "the config's depth still applies: {found:?}"
    );

    let (code, found, _) = check_json(
        dir.path(),
        &["--max-file-size", "100000", "--max-depth", "64", "g.yaml"],
    );
    assert_eq!((code, found.len()), (0, 0), "{found:?}");
}

/// Run from a subfolder, the nearest parent's config applies, and its
/// globs stay relative to its own folder.
#[test]
fn the_nearest_config_is_found_from_a_subfolder() {
    let dir = project(
        "[files]\ninclude = [\"guides/**/*.yaml\"]\nexclude = [\"guides/drafts/**\"]\n\n[rules]\nmissing-hold-time = \"off\"\n",
    );
    let no_hold = CLEAN_BODY.replace("    hold: 10 s\n", "");
    write(dir.path(), "guides/a.yaml", &guide("a", &no_hold));
    write(dir.path(), "guides/more/b.yaml", &guide("b", CLEAN_BODY));
    write(dir.path(), "guides/drafts/c.yaml", "not: [a guide");
    write(dir.path(), "notes/n.yaml", "not: [a guide");
    let sub = dir.path().join("notes");

    let (code, found, report) = check_json(&sub, &[]);
    assert_eq!((code, found.len()), (0, 0), "{found:?}");
    assert_eq!(
        report["summary"]["files"], 2,
        "only the included files: {report}"
    );

    // A path given on the command line is walked, and `exclude` still applies.
    let (code, _, report) = check_json(&sub, &["../guides"]);
    assert_eq!(code, 0);
    assert_eq!(report["summary"]["files"], 2, "{report}");

    // A file named explicitly is always checked.
    let (code, found, _) = check_json(&sub, &["../guides/drafts/c.yaml"]);
    assert_eq!(code, 1);
    assert!(found[0].starts_with("parse-error"), "{found:?}");
}

#[test]
fn include_decides_what_is_checked_when_no_path_is_given() {
    let dir = project("[files]\ninclude = [\"guides/*.yml\"]\n");
    write(dir.path(), "guides/a.yml", &guide("a", CLEAN_BODY));
    write(dir.path(), "guides/b.yaml", "not: [a guide");
    write(dir.path(), "guides/deep/c.yml", "not: [a guide");
    let (code, _, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 0, "{report}");
    assert_eq!(
        report["summary"]["files"], 1,
        "`*` stays in its folder: {report}"
    );

    // Without a config, every .yaml/.yml under `.` is checked.
    std::fs::remove_file(dir.path().join("spotter.toml")).expect("rm");
    let (_, _, report) = check_json(dir.path(), &[]);
    assert_eq!(report["summary"]["files"], 3, "{report}");
}

#[test]
fn an_explicit_config_is_used_instead_of_the_nearest() {
    let dir = project("[rules]\nmissing-hold-time = \"off\"\n");
    write(
        dir.path(),
        "strict/spotter.toml",
        "[rules]\nmissing-hold-time = \"error\"\n",
    );
    let no_hold = CLEAN_BODY.replace("    hold: 10 s\n", "");
    write(dir.path(), "g.yaml", &guide("g", &no_hold));
    let (code, _, _) = check_json(dir.path(), &["g.yaml"]);
    assert_eq!(code, 0);
    let (code, found, _) = check_json(dir.path(), &["--config", "strict/spotter.toml", "g.yaml"]);
    assert_eq!(code, 1);
    assert_eq!(
        found,
        ["missing-hold-time 5:9 exercise `g-move` has no hold time"]
    );
}

#[test]
fn rules_shows_effective_severities_and_explain_lists_options() {
    let dir = project("[rules]\nimplausible-hold-time = \"error\"\nduplicate-id = \"off\"\n");
    let r = run_in(dir.path(), &["rules"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let line = |id: &str| {
        r.stdout
            .lines()
            .find(|l| l.starts_with(&format!("{id} ")))
            .unwrap_or_else(|| panic!("{id} not listed: {}", r.stdout))
            .to_string()
    };
    assert!(line("implausible-hold-time").contains("error (default warning)"));
    assert!(line("duplicate-id").contains("off (default error)"));
    assert!(line("missing-hold-time").contains(" error "));

    let r = run_in(dir.path(), &["explain", "implausible-hold-time"]);
    assert!(
        r.stdout
            .contains("[rules.implausible-hold-time]\nseverity = \"warning\""),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("\nmax_seconds = 120.0\n"), "{}", r.stdout);
    let r = run_in(dir.path(), &["explain", "unsupervised-partner-method"]);
    assert!(
        r.stdout.contains("\nmin_risk = \"moderate\"\n"),
        "{}",
        r.stdout
    );
    let r = run_in(dir.path(), &["explain", "implausible-repetitions"]);
    assert!(r.stdout.contains("\nmax = 30\n"), "{}", r.stdout);
}

#[test]
fn the_contracts_example_config_is_accepted() {
    // SPEC §3, verbatim: every rule it names is built, so it is accepted
    // without a note.
    let dir = project(
        "[files]\ninclude = [\"guides/**/*.yaml\", \"guides/**/*.yml\"]\nexclude = [\"guides/drafts/**\"]\n\n[rules]\nimplausible-hold-time = { severity = \"warning\", max_seconds = 90 }\nconflicting-guidance = \"off\"\nunsupervised-partner-method = { min_risk = \"moderate\" }\n\n[checks]\nguide_warnings_apply = false\n\n[limits]\nmax_file_size = 10485760\nmax_depth = 64\nmax_alias_nodes = 10000\n",
    );
    write(dir.path(), "guides/g.yaml", &guide("g", CLEAN_BODY));
    let r = run_in(dir.path(), &["check"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(!r.stderr.contains("is not built"), "{}", r.stderr);
}

#[test]
fn an_include_that_matches_nothing_is_exit_2() {
    let dir = project("[files]\ninclude = [\"guide/**/*.yaml\"]\n");
    write(dir.path(), "guides/g.yaml", &guide("g", CLEAN_BODY));
    let r = run_in(dir.path(), &["check"]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(
        r.stderr
            .contains("the `include` globs in spotter.toml (`guide/**/*.yaml`) match none"),
        "{}",
        r.stderr
    );
}

#[test]
fn an_excluded_folder_excludes_what_is_in_it() {
    let dir = project("[files]\nexclude = [\"guides/drafts\"]\n");
    write(dir.path(), "guides/g.yaml", &guide("g", CLEAN_BODY));
    write(dir.path(), "guides/drafts/d.yaml", "not: [a guide");
    let (code, _, report) = check_json(dir.path(), &["guides"]);
    assert_eq!(code, 0, "{report}");
    assert_eq!(report["summary"]["files"], 1, "{report}");
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
