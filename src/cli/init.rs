//! `spotter init`: a content repository's starting point — a commented
//! `spotter.toml` and the guide schema for editors — and the lines that
//! tell an editor to use the schema.

use crate::files::write::write_file;
use std::path::{Path, PathBuf};

/// The starter configuration: every table the configuration knows, its
/// keys commented out at their defaults, so it changes nothing until edited.
pub const STARTER_CONFIG: &str = r#"# spotter's configuration. Paths and globs are relative to this folder.
# `spotter rules` shows each rule as configured; `spotter explain RULE`
# lists a rule's options.

[files]
# Which files are guides (default: every .yaml/.yml under the paths checked).
include = ["guides/**/*.yaml", "guides/**/*.yml"]
# exclude = ["guides/drafts/**"]

[rules]
# A rule's severity, "error" | "warning" | "off", or a table with its options:
# implausible-hold-time = { severity = "warning", max_seconds = 120 }
# unsupervised-partner-method = { min_risk = "moderate" }
# conflicting-guidance = "off"

[checks]
# Whether a guide-wide stop-if-pain warning counts for every exercise.
# guide_warnings_apply = false

[limits]
# max_file_size = 10485760   # bytes
# max_depth = 64
# max_alias_nodes = 10000
"#;

const SCHEMA_PATH: &str = "schema/guide.schema.json";

/// What an editor needs to use the schema, printed after the files are
/// written.
const EDITOR_LINES: &str = r#"
Point your editor's YAML language server at the schema:

  VS Code (.vscode/settings.json):
    "yaml.schemas": { "./schema/guide.schema.json": ["guides/**/*.yaml", "guides/**/*.yml"] }

  Or at the top of a guide one folder below the root:
    # yaml-language-server: $schema=../schema/guide.schema.json

Then run `spotter check`.
"#;

/// Writes the starter files into `dir`; refuses, naming them, when one is
/// there already and `force` is not given. Returns what to print.
pub fn init(dir: &Path, force: bool) -> Result<String, String> {
    // `spotter.toml`, not `./spotter.toml`, when the folder is this one.
    let at = |name: &str| match dir == Path::new(".") {
        true => PathBuf::from(name),
        false => dir.join(name),
    };
    let files: [(PathBuf, &str); 2] = [
        (at("spotter.toml"), STARTER_CONFIG),
        (at(SCHEMA_PATH), crate::validate::SCHEMA_TEXT),
    ];
    let present: Vec<String> = files
        .iter()
        .filter(|(path, _)| std::fs::symlink_metadata(path).is_ok())
        .map(|(path, _)| path.display().to_string())
        .collect();
    if !present.is_empty() && !force {
        return Err(format!(
            "{} already there; `spotter init --force` replaces {}",
            present.join(" and "),
            if present.len() == 1 { "it" } else { "them" }
        ));
    }
    let mut said = String::new();
    for (path, text) in &files {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        write_file(path, text.as_bytes()).map_err(|e| e.to_string())?;
        said.push_str(&format!("wrote {}\n", path.display()));
    }
    said.push_str(EDITOR_LINES);
    Ok(said)
}
