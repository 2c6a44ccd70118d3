//! The workspace as the server knows it: each file's settings from its
//! nearest `spotter.toml`, and the index of every guide's digest that
//! cross-guide rules read, built in the background.

use crate::finish::FileReport;
use crate::load::Limits;
use crate::pipeline::{self, Options};
use crate::rules::digest::FileDigest;
use crate::setup::config::{self, Config, Files, Unusable};
use crate::setup::discover::{self, Input};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

/// What checking a file takes, from one config (or the defaults).
pub struct Settings {
    pub options: Options,
    pub files: Files,
}

impl Settings {
    fn from_config(config: Config) -> Self {
        Settings {
            options: Options {
                limits: config.limits.over(Limits::default()),
                rules: config.rules,
                checks: config.checks,
                keep_sources: false,
            },
            files: config.files,
        }
    }

    /// Whether `path` lies under this config's folder and its `[files]`
    /// leave it out.
    pub fn leaves_out(&self, path: &Path) -> bool {
        !self.files.root.as_os_str().is_empty()
            && path.starts_with(&self.files.root)
            && !self.selects(path)
    }

    /// Whether this config's `[files]` keeps `path` in the corpus.
    pub fn selects(&self, path: &Path) -> bool {
        discover::selects(&self.files, path)
    }
}

/// Every config read so far, by path (`None`: the defaults), and the ones
/// that could not be used. Shared with the indexing thread.
#[derive(Default)]
pub struct Configs {
    cache: Mutex<HashMap<Option<PathBuf>, Arc<Settings>>>,
    problems: Mutex<BTreeMap<PathBuf, Unusable>>,
}

impl Configs {
    /// The settings of the config nearest to `path` (a file), else of the
    /// one nearest to `fallback` (a folder), else the defaults. A config
    /// that cannot be used is recorded and the defaults apply.
    pub fn for_file(&self, path: Option<&Path>, fallback: Option<&Path>) -> Arc<Settings> {
        let found = path
            .and_then(|p| nearest(crate::files::paths::folder_of(p)))
            .or_else(|| fallback.and_then(nearest));
        let mut cache = self.cache.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(settings) = cache.get(&found) {
            return Arc::clone(settings);
        }
        let settings = match &found {
            None => Settings::from_config(Config::default()),
            Some(path) => match config::read_spanned(path) {
                Ok(config) => Settings::from_config(config),
                Err(unusable) => {
                    self.problems
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .insert(path.clone(), unusable);
                    Settings::from_config(Config {
                        files: Files {
                            root: crate::files::paths::folder_of(path).to_path_buf(),
                            ..Files::default()
                        },
                        ..Config::default()
                    })
                }
            },
        };
        let settings = Arc::new(settings);
        cache.insert(found, Arc::clone(&settings));
        settings
    }

    /// The configs that could not be used, by path: message, span, text.
    pub fn problems(&self) -> Vec<(PathBuf, String, crate::load::source::Span, String)> {
        self.problems
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .map(|(path, u)| {
                (
                    path.clone(),
                    u.message.clone(),
                    u.span.clone(),
                    u.text.clone(),
                )
            })
            .collect()
    }
}

/// `spotter.toml` in `dir` or its nearest parent, as an absolute path.
fn nearest(dir: &Path) -> Option<PathBuf> {
    let dir = crate::files::paths::absolute(dir)?;
    dir.ancestors()
        .map(|d| d.join(config::FILE_NAME))
        .find(|candidate| candidate.is_file())
}

/// The name a file goes by in findings: relative to the workspace root
/// when it is inside it, as the CLI run from there would say it.
pub fn display_of(root: Option<&Path>, path: &Path) -> String {
    root.and_then(|root| path.strip_prefix(root).ok())
        .filter(|rel| !rel.as_os_str().is_empty())
        .unwrap_or(path)
        .to_string_lossy()
        .into_owned()
}

/// The path a display name stands for.
pub fn path_of_display(root: Option<&Path>, display: &str) -> PathBuf {
    let path = Path::new(display);
    match root {
        Some(root) if path.is_relative() => root.join(path),
        _ => path.to_path_buf(),
    }
}

/// Every guide's digest, sorted by file, as cross-guide rules read them,
/// and what checking each file on disk found (for workspace pulls).
#[derive(Default)]
pub struct Index {
    digests: Arc<Vec<FileDigest>>,
    on_disk: Arc<BTreeMap<String, Arc<FileReport>>>,
    /// Counts every change, so a client's pull can wait for the next.
    pub generation: u64,
}

impl Index {
    pub fn digests(&self) -> &[FileDigest] {
        &self.digests
    }

    /// The guide and exercise ids of `file`'s digest.
    pub fn ids_of(&self, file: &str) -> HashSet<String> {
        self.digests
            .binary_search_by(|d| d.file.as_str().cmp(file))
            .ok()
            .and_then(|i| self.digests.get(i))
            .map(|d| ids(d).collect())
            .unwrap_or_default()
    }

    /// The digests as they are now, to read on another thread.
    pub fn snapshot(&self) -> Arc<Vec<FileDigest>> {
        Arc::clone(&self.digests)
    }

    /// What checking each file on disk found, by display name.
    pub fn on_disk(&self) -> Arc<BTreeMap<String, Arc<FileReport>>> {
        Arc::clone(&self.on_disk)
    }

    pub fn len(&self) -> usize {
        self.digests.len()
    }

    pub fn is_empty(&self) -> bool {
        self.digests.is_empty()
    }

    pub fn replace_all(&mut self, reports: Vec<FileReport>) {
        let mut digests: Vec<FileDigest> =
            reports.iter().filter_map(|r| r.digest.clone()).collect();
        digests.sort_by(|a, b| a.file.cmp(&b.file));
        self.digests = Arc::new(digests);
        self.on_disk = Arc::new(
            reports
                .into_iter()
                .map(|r| (r.display.clone(), Arc::new(r)))
                .collect(),
        );
        self.generation += 1;
    }

    /// A file on disk checked again (`None`: gone, or out of the corpus).
    pub fn set_on_disk(&mut self, file: &str, report: Option<FileReport>) {
        let digest = report.as_ref().and_then(|r| r.digest.clone());
        let reports = Arc::make_mut(&mut self.on_disk);
        match report {
            Some(report) => reports.insert(file.to_string(), Arc::new(report)),
            None => reports.remove(file),
        };
        self.set(file, digest);
        self.generation += 1;
    }

    /// This file's digest (none: it is no guide, or not in the corpus);
    /// whether that changed anything.
    pub fn set(&mut self, file: &str, digest: Option<FileDigest>) -> bool {
        let at = self.digests.binary_search_by(|d| d.file.as_str().cmp(file));
        let same = match (&at, &digest) {
            (Ok(i), Some(digest)) => self.digests.get(*i) == Some(digest),
            (Err(_), None) => true,
            _ => false,
        };
        if same {
            return false;
        }
        let digests = Arc::make_mut(&mut self.digests);
        match (at, digest) {
            (Ok(i), Some(digest)) => {
                if let Some(slot) = digests.get_mut(i) {
                    *slot = digest;
                }
            }
            (Ok(i), None) => {
                digests.remove(i);
            }
            (Err(i), Some(digest)) => digests.insert(i, digest),
            (Err(_), None) => {}
        }
        self.generation += 1;
        true
    }
}

/// A guide's id and its exercises' ids, the keys cross-guide rules match
/// guides on (prefixed, so a guide id never matches an exercise id).
pub fn ids(digest: &FileDigest) -> impl Iterator<Item = String> + '_ {
    let guide = digest.guide.iter().map(|(id, _)| format!("g:{id}"));
    guide.chain(digest.exercises.iter().map(|e| format!("e:{}", e.id)))
}

/// Worker threads walk trees as deep as the depth ceiling.
pub const WORKER_STACK_BYTES: usize = 64 * 1024 * 1024;

/// Every guide under `root` that its nearest config selects, checked in
/// parallel: what each check found. `checked` is told after each file,
/// with the count done and the count found.
pub fn build_index(
    root: &Path,
    configs: &Configs,
    checked: &(dyn Fn(usize, usize) + Sync),
) -> Vec<FileReport> {
    let found = discover::discover_selected(root, |path| {
        configs.for_file(Some(path), None).selects(path)
    });
    let inputs: Vec<Input> = found
        .inputs
        .into_iter()
        .map(|input| Input {
            display: display_of(Some(root), &input.path),
            path: input.path,
        })
        .collect();
    let total = inputs.len();
    let done = AtomicUsize::new(0);
    let check = || {
        inputs
            .par_iter()
            .map(|input| {
                let settings = configs.for_file(Some(&input.path), None);
                let report = pipeline::check_path(input, &settings.options);
                checked(done.fetch_add(1, Ordering::Relaxed) + 1, total);
                report
            })
            .collect()
    };
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    match rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .stack_size(WORKER_STACK_BYTES)
        .build()
    {
        Ok(pool) => pool.install(check),
        Err(_) => check(),
    }
}
