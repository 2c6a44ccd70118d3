//! Paths on the command line → the guide files to check.
//!
//! Directories are walked with the `ignore` crate, so `.gitignore`, `.ignore`
//! and hidden files are honoured as in ripgrep; files named explicitly are
//! always checked.

use crate::files::paths::{absolute, describe_io};
use crate::setup::config::Files;
use std::path::{Path, PathBuf};

/// A file to check, and the name reports use for it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Input {
    pub display: String,
    pub path: PathBuf,
}

/// Something found while walking that cannot be checked (a symlink loop,
/// an unreadable directory). It is reported on that path; the walk goes on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalkProblem {
    pub display: String,
    pub message: String,
}

#[derive(Debug, Default)]
pub struct Discovered {
    pub inputs: Vec<Input>,
    pub problems: Vec<WalkProblem>,
}

impl Discovered {
    /// Sorted, and each file once however it was reached: named twice,
    /// by two spellings, inside two named folders, or through a symlink.
    /// The spelling kept is the first one named (command-line order, then
    /// walk order), preferring the file itself over a symlink to it.
    fn settle(&mut self) {
        use std::collections::hash_map::Entry;
        let mut chosen: std::collections::HashMap<PathBuf, usize> = Default::default();
        let mut keep = vec![false; self.inputs.len()];
        for (i, input) in self.inputs.iter().enumerate() {
            match chosen.entry(identity(&input.path)) {
                Entry::Vacant(slot) => {
                    slot.insert(i);
                    keep[i] = true;
                }
                Entry::Occupied(mut slot) => {
                    let first = *slot.get();
                    let first_is_link = self.inputs.get(first).is_some_and(|f| is_symlink(&f.path));
                    if first_is_link && !is_symlink(&input.path) {
                        keep[first] = false;
                        keep[i] = true;
                        slot.insert(i);
                    }
                }
            }
        }
        let mut keep = keep.into_iter();
        self.inputs.retain(|_| keep.next().unwrap_or(false));
        self.inputs.sort();
        self.problems.sort_by(|a, b| a.display.cmp(&b.display));
    }

    /// The guide read from stdin stands for the file it is named after:
    /// that file's copy on disk is not checked as well.
    pub fn replace_with_stdin(&mut self, name: &str) {
        let stdin = identity(Path::new(name));
        self.inputs.retain(|input| identity(&input.path) != stdin);
    }
}

fn is_symlink(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// What makes two paths the same file: the path with every symlink and
/// `..` resolved, or the path itself when it cannot be resolved.
fn identity(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

fn is_guide(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
}

fn display(path: &Path) -> String {
    let text = path.to_string_lossy();
    text.strip_prefix("./").unwrap_or(&text).to_string()
}

/// Fails (exit 2) when a named path does not exist or is a folder with no
/// guide file in it. In every folder walked, the config's `include` and
/// `exclude` choose the files; a file named explicitly is checked, unless
/// `force_exclude` (for hooks that pass every changed file) and `exclude`
/// matches it.
pub fn discover(
    paths: &[PathBuf],
    files: &Files,
    force_exclude: bool,
) -> Result<Discovered, String> {
    let filter = Filter::new(files);
    let mut found = Discovered::default();
    for root in paths {
        let meta = std::fs::metadata(root)
            .map_err(|e| format!("{}: {}", root.display(), describe_io(&e)))?;
        if !meta.is_dir() {
            if force_exclude && filter.excludes(root) {
                continue;
            }
            // A file named on the command line is reported as it was named.
            found.inputs.push(Input {
                display: root.to_string_lossy().into_owned(),
                path: root.clone(),
            });
            continue;
        }
        let before = found.inputs.len() + found.problems.len();
        walk(root, &mut found, |path| {
            is_guide(path) && filter.includes(path) && !filter.excludes(path)
        });
        if found.inputs.len() + found.problems.len() == before {
            return Err(nothing_to_check(&root.display().to_string(), files));
        }
    }
    found.settle();
    Ok(found)
}

/// The files the config's `include` names (and `exclude` does not), found
/// by walking the config's folder. Fails (exit 2) when that is no file at
/// all: a mistyped glob would otherwise pass a CI run that checked nothing.
pub fn discover_included(files: &Files) -> Result<Discovered, String> {
    let filter = Filter::new(files);
    let mut found = Discovered::default();
    walk(&files.root, &mut found, |path| {
        filter.includes(path) && !filter.excludes(path)
    });
    if found.inputs.is_empty() && found.problems.is_empty() {
        return Err(nothing_to_check(&files.root.display().to_string(), files));
    }
    found.settle();
    Ok(found)
}

/// The one rule for a run with nothing to check (exit 2): where spotter
/// looked, and which globs of which config chose nothing there.
pub fn nothing_to_check(place: &str, files: &Files) -> String {
    let mut message = format!(
        "{place}: no guide files here (no .yaml or .yml file that is not ignored or excluded)"
    );
    if !files.include_globs.is_empty() {
        let globs: Vec<String> = files
            .include_globs
            .iter()
            .map(|g| format!("`{g}`"))
            .collect();
        let config = files
            .config
            .as_ref()
            .map_or("the config".to_string(), |p| p.display().to_string());
        message.push_str(&format!(
            "; the `include` globs in {config} ({}) match none of them",
            globs.join(", ")
        ));
    }
    message
}

/// Every guide file under `root` that `selects` keeps (a language server's
/// workspace, where each file is kept or not by its nearest config);
/// sorted, each file once.
pub fn discover_selected(root: &Path, selects: impl Fn(&Path) -> bool) -> Discovered {
    let mut found = Discovered::default();
    walk(root, &mut found, |path| is_guide(path) && selects(path));
    found.settle();
    found
}

/// Whether a config's `[files]` keeps `path`: `include` matches it (any
/// guide file when there is none) and `exclude` does not.
pub fn selects(files: &Files, path: &Path) -> bool {
    let filter = Filter::new(files);
    filter.includes(path) && !filter.excludes(path)
}

/// Paths as the config's globs see them: relative to the config's folder.
struct Filter<'a> {
    files: &'a Files,
    root: Option<PathBuf>,
}

impl<'a> Filter<'a> {
    fn new(files: &'a Files) -> Self {
        Filter {
            files,
            root: absolute(&files.root),
        }
    }

    fn relative(&self, path: &Path) -> Option<PathBuf> {
        let path = absolute(path)?;
        Some(path.strip_prefix(self.root.as_ref()?).ok()?.to_path_buf())
    }

    // The path is made relative only when there are globs to match it
    // against: making it absolute costs more than the rest of the walk's
    // work on a file.
    fn includes(&self, path: &Path) -> bool {
        match &self.files.include {
            Some(include) => self.relative(path).is_some_and(|rel| include.is_match(rel)),
            None => is_guide(path),
        }
    }

    /// A folder named in `exclude` (`guides/drafts`) excludes what is in it.
    fn excludes(&self, path: &Path) -> bool {
        let Some(exclude) = &self.files.exclude else {
            return false;
        };
        self.relative(path).is_some_and(|rel| {
            rel.ancestors()
                .filter(|a| !a.as_os_str().is_empty())
                .any(|a| exclude.is_match(a))
        })
    }
}

fn walk(root: &Path, found: &mut Discovered, keep: impl Fn(&Path) -> bool) {
    {
        let walker = ignore::WalkBuilder::new(root)
            .follow_links(true)
            .require_git(false)
            // Siblings differ only in their names, so this is the order of
            // their paths, without comparing the parent's components again.
            .sort_by_file_name(Ord::cmp)
            .build();
        for entry in walker {
            match entry {
                Ok(entry) => {
                    // A FIFO or socket named `x.yaml` is kept: checking it
                    // reports that it is not a regular file.
                    let is_file = entry.file_type().is_some_and(|t| !t.is_dir());
                    if is_file && keep(entry.path()) {
                        found.inputs.push(Input {
                            display: display(entry.path()),
                            path: entry.into_path(),
                        });
                    }
                }
                Err(err) => found.problems.push(walk_problem(root, &err)),
            }
        }
    }
}

fn walk_problem(root: &Path, err: &ignore::Error) -> WalkProblem {
    let mut err = err;
    let mut path = None;
    loop {
        match err {
            ignore::Error::WithPath {
                path: p,
                err: inner,
            } => {
                path = Some(p.clone());
                err = inner;
            }
            ignore::Error::WithDepth { err: inner, .. }
            | ignore::Error::WithLineNumber { err: inner, .. } => {
                err = inner;
            }
            ignore::Error::Loop { ancestor, child } => {
                return WalkProblem {
                    display: display(child),
                    message: format!(
                        "directory symlink loop: {} leads back to {}",
                        display(child),
                        display(ancestor)
                    ),
                };
            }
            ignore::Error::Io(io) => {
                return WalkProblem {
                    display: display(path.as_deref().unwrap_or(root)),
                    message: format!("cannot read: {}", describe_io(io)),
                };
            }
            other => {
                return WalkProblem {
                    display: display(path.as_deref().unwrap_or(root)),
                    message: other.to_string(),
                };
            }
        }
    }
}
