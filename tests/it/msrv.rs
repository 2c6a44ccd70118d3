//! The minimum supported Rust version we state is true: no locked
//! dependency asks for a newer compiler than our `rust-version`, and the
//! README states the same version.

use serde_json::Value;
use std::path::Path;
use std::process::Command;

const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");

/// `cargo metadata` for the locked graph: offline first (the registry
/// cache is enough), online only if that fails.
fn metadata() -> Value {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let run = |offline: bool| {
        let mut cmd = Command::new(&cargo);
        cmd.current_dir(MANIFEST_DIR)
            .args(["metadata", "--format-version", "1", "--locked"]);
        if offline {
            cmd.arg("--offline");
        }
        cmd.output().expect("cargo metadata runs")
    };
    let mut out = run(true);
    if !out.status.success() {
        out = run(false);
    }
    assert!(
        out.status.success(),
        "cargo metadata failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("cargo metadata prints JSON")
}

/// `1.88`, `1.88.0` → `[1, 88, 0]`, so versions compare as numbers.
fn version(text: &str) -> Vec<u64> {
    let mut parts: Vec<u64> = text
        .split('.')
        .map(|part| {
            part.parse()
                .unwrap_or_else(|_| panic!("rust-version `{text}` is not a version"))
        })
        .collect();
    parts.resize(3, 0);
    parts
}

/// Our package and our `rust-version`.
fn ours(meta: &Value) -> (String, String) {
    let manifest = Path::new(MANIFEST_DIR).join("Cargo.toml");
    let package = meta["packages"]
        .as_array()
        .expect("packages is a list")
        .iter()
        .find(|p| p["manifest_path"].as_str().map(Path::new) == Some(manifest.as_path()))
        .expect("our package is in the metadata");
    let rust_version = package["rust_version"]
        .as_str()
        .expect("Cargo.toml sets `rust-version`")
        .to_string();
    let id = package["id"].as_str().expect("package id").to_string();
    (id, rust_version)
}

#[test]
fn no_locked_dependency_needs_a_newer_rust_than_ours() {
    let meta = metadata();
    let (our_id, our_version) = ours(&meta);
    // Every package in the resolved graph, whatever the platform or kind
    // of dependency: any of them may be built somewhere.
    let resolved: Vec<&str> = meta["resolve"]["nodes"]
        .as_array()
        .expect("resolve.nodes is a list")
        .iter()
        .filter_map(|node| node["id"].as_str())
        .collect();
    assert!(resolved.len() > 1, "the resolved graph has no dependencies");
    let mut above: Vec<String> = meta["packages"]
        .as_array()
        .expect("packages is a list")
        .iter()
        .filter(|p| p["id"].as_str() != Some(our_id.as_str()))
        .filter(|p| p["id"].as_str().is_some_and(|id| resolved.contains(&id)))
        .filter_map(|p| {
            let needs = p["rust_version"].as_str()?;
            (version(needs) > version(&our_version)).then(|| {
                format!(
                    "{} {} needs Rust {needs}",
                    p["name"].as_str().unwrap_or("?"),
                    p["version"].as_str().unwrap_or("?")
                )
            })
        })
        .collect();
    above.sort();
    assert!(
        above.is_empty(),
        "Cargo.toml says `rust-version = \"{our_version}\"`, but locked dependencies need more:\n  {}\n\
         raise `rust-version` (and the README's Quick start) to the highest of these",
        above.join("\n  ")
    );
}

#[test]
fn the_readme_states_our_rust_version() {
    let meta = metadata();
    let (_, our_version) = ours(&meta);
    let readme =
        std::fs::read_to_string(Path::new(MANIFEST_DIR).join("README.md")).expect("README.md");
    let stated = format!("Rust ({our_version} or newer)");
    assert!(
        readme.contains(&stated),
        "README.md should say `{stated}`, as Cargo.toml's `rust-version` does"
    );
}
