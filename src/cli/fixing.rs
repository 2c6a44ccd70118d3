//! `spotter check --fix` and `--diff`: each file's fixes made by
//! [`crate::fix::fix_text`], checked as the run checks it, then written
//! back or shown as a unified diff.

use crate::files::write::write_file;
use crate::finding::{Diagnostic, Safety};
use crate::finish;
use crate::fix;
use crate::pipeline::{self, Options};
use crate::setup::discover::Input;
use rayon::prelude::*;

const BOM: &str = "\u{FEFF}";

/// One file whose text the fixes changed.
pub struct FileFix {
    pub input: Input,
    /// The text as read, and as fixed, without a byte order mark.
    pub before: String,
    pub after: String,
    /// Whether the file starts with a byte order mark, which is kept.
    pub bom: bool,
    pub fixes: usize,
}

/// Every file of `inputs` that the fixes `allowed` permits change, in the
/// order of `inputs` (on the current rayon pool). A file that cannot be
/// read, is not regular, is too large or is not UTF-8 is left to the check
/// that follows, which reports it.
pub fn fix_files(inputs: &[Input], opts: &Options, allowed: Safety) -> Vec<FileFix> {
    let fixed: Vec<Option<FileFix>> = inputs
        .par_iter()
        .map(|input| fix_one(input, opts, allowed))
        .collect();
    fixed.into_iter().flatten().collect()
}

fn fix_one(input: &Input, opts: &Options, allowed: Safety) -> Option<FileFix> {
    let meta = std::fs::metadata(&input.path).ok()?;
    if !meta.is_file() || meta.len() > opts.limits.max_file_bytes {
        return None;
    }
    let text = String::from_utf8(std::fs::read(&input.path).ok()?).ok()?;
    let (bom, before) = match text.strip_prefix(BOM) {
        Some(rest) => (true, rest.to_string()),
        None => (false, text),
    };
    let fixed = fix::fix_text(&before, allowed, |text| {
        check_one(&input.display, text, opts)
    });
    (fixed.fixes > 0 && fixed.text != before).then(|| FileFix {
        input: input.clone(),
        before,
        after: fixed.text,
        bom,
        fixes: fixed.fixes,
    })
}

/// One file's findings, its suppressions applied, as the run shows them
/// (the corpus-wide rules, which no fix touches, aside).
fn check_one(display: &str, text: String, opts: &Options) -> Vec<Diagnostic> {
    let report = pipeline::check_text(display, text, opts);
    let own: Vec<_> = report.digest.iter().cloned().collect();
    finish::finish_file(report, &own, &opts.rules)
}

/// Writes every fixed file; the messages of those that could not be.
pub fn write_fixed(fixed: &[FileFix]) -> Vec<String> {
    fixed
        .iter()
        .filter_map(|f| {
            let bom = if f.bom { BOM } else { "" };
            write_file(&f.input.path, format!("{bom}{}", f.after).as_bytes())
                .err()
                .map(|e| e.to_string())
        })
        .collect()
}

/// A unified diff of each fixed file, as `git diff` shows one.
pub fn unified_diff(fixed: &[FileFix]) -> String {
    fixed
        .iter()
        .map(|f| {
            let name = f.input.display.replace('\\', "/");
            similar::TextDiff::from_lines(&f.before, &f.after)
                .unified_diff()
                .context_radius(3)
                .header(&format!("a/{name}"), &format!("b/{name}"))
                .to_string()
        })
        .collect()
}

/// "1 fix" / "3 fixes".
pub fn fixes(n: usize) -> String {
    match n {
        1 => "1 fix".to_string(),
        n => format!("{n} fixes"),
    }
}

/// How many of `remaining` have a fix only `--unsafe-fixes` makes.
pub fn unsafe_only(remaining: &[Diagnostic]) -> usize {
    remaining
        .iter()
        .filter(|d| fix::may_fix(d, Safety::Unsafe) && !fix::may_fix(d, Safety::Safe))
        .count()
}
