//! Writes the rule reference, `docs/rules/`, from each rule's declaration:
//! one page per rule and the index. Pages of rules that no longer exist are
//! removed. `tests/it/docs.rs` fails when a committed page is stale.
//!
//! ```text
//! cargo run --example gen_rule_docs
//! ```

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules");
    match write_pages(&dir) {
        Ok(count) => {
            println!("wrote {count} pages to {}", dir.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: cannot write {}: {e}", dir.display());
            ExitCode::FAILURE
        }
    }
}

fn write_pages(dir: &Path) -> std::io::Result<usize> {
    std::fs::create_dir_all(dir)?;
    let pages = spotter::cli::rule_docs::pages();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let generated = pages
            .iter()
            .any(|(name, _)| path.file_name().is_some_and(|f| f == name.as_str()));
        if path.extension().is_some_and(|e| e == "md") && !generated {
            std::fs::remove_file(&path)?;
        }
    }
    for (name, text) in &pages {
        std::fs::write(dir.join(name), text)?;
    }
    Ok(pages.len())
}
