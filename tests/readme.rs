//! The README's output samples are the binary's real output: each fenced
//! block after `<!-- output: ARGS -->` is compared with `spotter ARGS` run
//! from the repository root (the run time normalized to `…`).
//! `UPDATE_README=1 cargo test --test readme` rewrites them.

use assert_cmd::Command;

const MARKER: &str = "<!-- output: ";

/// `in 23 ms` → `in … ms`, the one part of the output that varies.
fn normalize(out: &str) -> String {
    out.lines()
        .map(|line| match line.rsplit_once(" in ") {
            Some((head, tail))
                if tail.ends_with(" ms")
                    && tail[..tail.len() - 3].chars().all(|c| c.is_ascii_digit()) =>
            {
                format!("{head} in … ms")
            }
            _ => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn output_of(args: &str) -> String {
    let out = Command::cargo_bin("spotter")
        .expect("binary builds")
        .env_remove("NO_COLOR")
        .args(args.split_whitespace())
        .output()
        .expect("spotter runs");
    normalize(String::from_utf8_lossy(&out.stdout).trim_end())
}

/// The README with every sample block replaced by the real output, and
/// how many samples there were.
fn refreshed(readme: &str) -> (String, usize) {
    let mut out = String::new();
    let mut rest = readme;
    let mut samples = 0;
    while let Some(at) = rest.find(MARKER) {
        let (before, from_marker) = rest.split_at(at);
        out.push_str(before);
        let Some((marker_line, after)) = from_marker.split_once('\n') else {
            break;
        };
        let args = marker_line
            .trim_start_matches(MARKER)
            .trim_end_matches("-->")
            .trim();
        let Some((fence, body)) = after.split_once('\n') else {
            break;
        };
        // The closing fence: the first line of the body that starts with ```.
        let end = if body.starts_with("```") {
            0
        } else {
            match body.find("\n```") {
                Some(at) => at + 1,
                None => break,
            }
        };
        out.push_str(marker_line);
        out.push('\n');
        out.push_str(fence);
        out.push('\n');
        out.push_str(&output_of(args));
        out.push('\n');
        rest = body.get(end..).unwrap_or_default();
        samples += 1;
    }
    out.push_str(rest);
    (out, samples)
}

#[test]
fn readme_samples_are_real_output() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).expect("README.md");
    let (fresh, samples) = refreshed(&readme);
    assert!(samples >= 2, "the README has {samples} samples");
    if std::env::var_os("UPDATE_README").is_some() {
        std::fs::write(path, &fresh).expect("write README.md");
        return;
    }
    if fresh != readme {
        let first = fresh
            .lines()
            .zip(readme.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        panic!(
            "README.md samples differ from the binary's output at line {}:\n  README: {:?}\n  binary: {:?}\nrun `UPDATE_README=1 cargo test --test readme` and review the diff",
            first + 1,
            readme.lines().nth(first).unwrap_or(""),
            fresh.lines().nth(first).unwrap_or("")
        );
    }
}
