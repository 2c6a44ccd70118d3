//! The baseline: today's findings recorded in a file kept in git, so a run
//! fails only on findings that are new. An entry matches on file, rule,
//! guide, exercise and message, with a count, never on a line number, so it
//! survives edits elsewhere in the file.

use crate::finding::Diagnostic;
use crate::load::source::SourceText;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

const VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Key {
    file: String,
    rule: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    guide: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    exercise: Option<String>,
    message: String,
}

impl Key {
    fn of(d: &Diagnostic, base: &Path) -> Self {
        Self::in_file(d, relative_file(&d.file, base))
    }

    fn in_file(d: &Diagnostic, file: String) -> Self {
        Key {
            file,
            rule: d.rule.to_string(),
            guide: d.guide.clone(),
            exercise: d.exercise.clone(),
            message: d.message.clone(),
        }
    }
}

/// A fingerprint for each finding that survives edits elsewhere in the
/// file, for code scanning and Code Quality reports: the baseline's key
/// (the file relative to `base`, rule, guide, exercise, message; never a
/// line) and how many findings with the same key came before it, hashed.
/// `diagnostics` come in report order, so the count is the same every run.
pub fn fingerprints<'a>(
    diagnostics: impl IntoIterator<Item = &'a Diagnostic>,
    base: &Path,
) -> Vec<String> {
    let mut files: HashMap<&str, String> = HashMap::new();
    let mut seen: BTreeMap<Key, usize> = BTreeMap::new();
    let mut out = Vec::new();
    for d in diagnostics {
        let file = files
            .entry(d.file.as_str())
            .or_insert_with(|| relative_file(&d.file, base))
            .clone();
        let key = Key::in_file(d, file);
        let mut hash = Fnv128::default();
        for field in [
            key.file.as_str(),
            key.rule.as_str(),
            key.guide.as_deref().unwrap_or(""),
            key.exercise.as_deref().unwrap_or(""),
            key.message.as_str(),
        ] {
            hash.field(field.as_bytes());
        }
        let nth = seen.entry(key).or_insert(0);
        hash.field(&nth.to_le_bytes());
        *nth += 1;
        out.push(format!("{:032x}", hash.0));
    }
    out
}

/// FNV-1a over 128 bits: stable across Rust versions and platforms, as a
/// fingerprint kept by a CI server must be (std's hashers promise neither).
struct Fnv128(u128);

impl Default for Fnv128 {
    fn default() -> Self {
        Fnv128(0x6c62_272e_07bb_0142_62b8_2175_6295_c58d)
    }
}

impl Fnv128 {
    const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013b;

    /// One field, with its length first, so fields cannot run together.
    fn field(&mut self, bytes: &[u8]) {
        for b in (bytes.len() as u64).to_le_bytes().iter().chain(bytes) {
            self.0 ^= u128::from(*b);
            self.0 = self.0.wrapping_mul(Self::PRIME);
        }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    #[serde(flatten)]
    key: Key,
    count: usize,
}

/// The format version, checked as it is read, so that a version this
/// spotter does not know is reported at its place in the file.
struct Version;

const UNSUPPORTED: &str = "baseline version";

impl Serialize for Version {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u32(VERSION)
    }
}

impl<'de> Deserialize<'de> for Version {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let found = u64::deserialize(deserializer)?;
        if found != u64::from(VERSION) {
            return Err(serde::de::Error::custom(format!(
                "{UNSUPPORTED} {found} is not supported (this spotter reads and writes version {VERSION})"
            )));
        }
        Ok(Version)
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BaselineFile {
    spotter_baseline: Version,
    findings: Vec<Entry>,
}

/// The file a finding is in, relative to the baseline's folder, so the same
/// corpus matches whichever folder spotter runs from; in one spelling on
/// every system, so the baseline diffs cleanly.
fn relative_file(file: &str, base: &Path) -> String {
    let path = Path::new(file);
    let relative = crate::files::paths::absolute(path)
        .and_then(|abs| abs.strip_prefix(base).ok().map(Path::to_path_buf));
    match relative {
        Some(rel) if path.exists() => rel.to_string_lossy().replace('\\', "/"),
        // `<stdin>`, or a file that is gone: as named.
        _ => file.replace('\\', "/"),
    }
}

/// Findings recorded earlier, each with how many times it may still match.
#[derive(Debug, Default, Clone)]
pub struct Baseline {
    /// The folder holding the baseline file, absolute.
    base: PathBuf,
    remaining: BTreeMap<Key, usize>,
}

/// The absolute folder of a baseline file.
fn folder_of(path: &Path) -> PathBuf {
    let dir = crate::files::paths::folder_of(path);
    crate::files::paths::absolute(dir).unwrap_or_else(|| dir.to_path_buf())
}

/// What applying a baseline did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Applied {
    /// Findings hidden because the baseline holds them.
    pub baselined: usize,
    /// Recorded findings that no finding matched (fixed since).
    pub stale: usize,
}

impl Baseline {
    pub fn read(path: &Path) -> Result<Self, String> {
        let shown = path.display();
        let bytes = crate::files::read::read_file(path, crate::files::read::MAX_BASELINE_BYTES)
            .map_err(|e| {
                let limit = match e {
                    crate::files::read::ReadError::TooLarge { .. } => " (the baseline size limit)",
                    _ => "",
                };
                format!("cannot read the baseline {shown}: {e}{limit}")
            })?;
        let text = String::from_utf8(bytes).map_err(|e| {
            let lossy = SourceText::new(String::from_utf8_lossy(e.as_bytes()).into_owned());
            let at = lossy.line_col(e.utf8_error().valid_up_to());
            format!(
                "{shown}:{}:{}: not a spotter baseline: it is not UTF-8 text; write a new one with `--write-baseline {shown}`",
                at.line, at.column
            )
        })?;
        let file: BaselineFile = serde_json::from_str(&text).map_err(|e| {
            // serde_json ends its message with the place, which leads here.
            let full = e.to_string();
            let why = full.rsplit_once(" at line ").map_or(full.as_str(), |(why, _)| why);
            if e.is_data() && why.starts_with(UNSUPPORTED) {
                format!("{shown}:{}:{}: {why}", e.line(), e.column().max(1))
            } else {
                format!(
                    "{shown}:{}:{}: not a spotter baseline: {why}; write a new one with `--write-baseline {shown}`",
                    e.line(),
                    // serde_json says 0 at the start of a line (an empty file, a
                    // text cut short after a line break); columns are 1-based.
                    e.column().max(1)
                )
            }
        })?;
        let mut remaining = BTreeMap::new();
        for entry in file.findings {
            *remaining.entry(entry.key).or_insert(0) += entry.count;
        }
        Ok(Baseline {
            base: folder_of(path),
            remaining,
        })
    }

    /// An empty baseline to be written at `path`.
    pub fn recorder(path: &Path) -> Self {
        Baseline {
            base: folder_of(path),
            remaining: BTreeMap::new(),
        }
    }

    /// Records `diagnostics` in the baseline.
    pub fn record(&mut self, diagnostics: &[Diagnostic]) {
        for d in diagnostics {
            *self.remaining.entry(Key::of(d, &self.base)).or_insert(0) += 1;
        }
    }

    /// Writes the baseline through [`crate::files::write::write_file`]: atomically,
    /// and never over anything but a regular file.
    pub fn write(&self, path: &Path) -> Result<(), String> {
        let shown = path.display();
        let file = BaselineFile {
            spotter_baseline: Version,
            findings: self
                .remaining
                .iter()
                .map(|(key, &count)| Entry {
                    key: key.clone(),
                    count,
                })
                .collect(),
        };
        let mut text = serde_json::to_string_pretty(&file)
            .map_err(|e| format!("cannot write the baseline {shown}: {e}"))?;
        text.push('\n');
        crate::files::write::write_file(path, text.as_bytes())
            .map_err(|e| format!("cannot write the baseline {shown}: {}", e.reason))
    }

    /// Keeps the findings the baseline does not hold. Diagnostics come in
    /// report order, so which of several equal findings count as new is the
    /// same on every run.
    pub fn apply(mut self, diagnostics: Vec<Diagnostic>) -> (Vec<Diagnostic>, Applied) {
        let mut applied = Applied::default();
        let mut kept = Vec::with_capacity(diagnostics.len());
        for d in diagnostics {
            match self.remaining.get_mut(&Key::of(&d, &self.base)) {
                Some(count) if *count > 0 => {
                    *count -= 1;
                    applied.baselined += 1;
                }
                _ => kept.push(d),
            }
        }
        applied.stale = self.remaining.values().sum();
        (kept, applied)
    }
}
