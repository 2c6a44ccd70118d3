//! `spotter.toml` (SPEC §3): found in the current folder or the nearest
//! parent, or named with `--config`. Every table, key, rule name and value
//! is checked; the first problem stops the run (exit 2) with the file's
//! path, line and column, and a did-you-mean where one is close.

use crate::load::Limits;
use crate::load::source::{SourceText, Span};
use crate::rules::{self, Checks, Level, RuleConfig, RuleSet};
use crate::validate::suggest;
use globset::{Glob, GlobBuilder, GlobSet, GlobSetBuilder};
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};
use toml::Spanned;
use toml::de::{DeString, DeTable, DeValue, ValueDeserializer};

pub const FILE_NAME: &str = "spotter.toml";

/// The deepest nesting `max_depth` may allow (the tree is walked recursively).
pub const MAX_DEPTH_CEILING: usize = 1_000;

/// The most `max_alias_nodes` may allow: each node an alias expands to is
/// a copy held in memory and checked, so this bounds a file's worst case
/// (docs/limits.md has the measurement it was chosen from).
pub const MAX_ALIAS_NODES_CEILING: usize = 100_000;

/// A run's configuration: from `spotter.toml`, or the defaults when there
/// is none.
#[derive(Default)]
pub struct Config {
    /// The file it came from, as found or given.
    pub path: Option<PathBuf>,
    pub rules: RuleSet,
    pub checks: Checks,
    pub files: Files,
    pub limits: LimitOverrides,
}

/// `[files]`: globs relative to the config's folder.
#[derive(Debug, Default)]
pub struct Files {
    /// The folder the globs are relative to, as a path usable from here.
    pub root: PathBuf,
    pub include: Option<GlobSet>,
    pub exclude: Option<GlobSet>,
    /// The `include` globs as written, and the config that sets them, for
    /// saying why a run found nothing to check.
    pub include_globs: Vec<String>,
    pub config: Option<PathBuf>,
}

/// `[limits]`: each set only when the config says so; flags override them.
#[derive(Debug, Default, Clone, Copy)]
pub struct LimitOverrides {
    pub max_file_size: Option<u64>,
    pub max_depth: Option<usize>,
    pub max_alias_nodes: Option<usize>,
}

impl LimitOverrides {
    /// The config's limits over the defaults.
    pub fn over(self, defaults: Limits) -> Limits {
        Limits {
            max_file_bytes: self.max_file_size.unwrap_or(defaults.max_file_bytes),
            max_depth: self.max_depth.unwrap_or(defaults.max_depth),
            max_alias_nodes: self.max_alias_nodes.unwrap_or(defaults.max_alias_nodes),
        }
    }
}

/// Loads `--config FILE`, else the nearest `spotter.toml` from the current
/// folder up, else the defaults.
pub fn load(explicit: Option<&Path>) -> Result<Config, String> {
    match explicit {
        Some(path) => read(path),
        None => match find_nearest() {
            Some(path) => read(&path),
            None => Ok(Config::default()),
        },
    }
}

/// `spotter.toml` in the current folder or the nearest parent, spelt
/// relative to the current folder (`spotter.toml`, `../spotter.toml`).
fn find_nearest() -> Option<PathBuf> {
    let cwd = std::env::current_dir().ok()?;
    let mut up = PathBuf::new();
    for dir in cwd.ancestors() {
        if dir.join(FILE_NAME).is_file() {
            return Some(up.join(FILE_NAME));
        }
        up.push("..");
    }
    None
}

fn read(path: &Path) -> Result<Config, String> {
    let shown = path.display();
    let bytes = read_bytes(path).map_err(|e| format!("{shown}: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = SourceText::new(String::from_utf8_lossy(e.as_bytes()).into_owned());
        let pos = at.line_col(e.utf8_error().valid_up_to());
        format!(
            "{shown}:{}:{}: the config is not UTF-8 text",
            pos.line, pos.column
        )
    })?;
    let root = crate::files::paths::folder_of(path).to_path_buf();
    parse(&text, root)
        .map(|mut config| {
            config.path = Some(path.to_path_buf());
            config.files.config = Some(path.to_path_buf());
            config
        })
        .map_err(|e| e.render(path, &text))
}

/// The config's bytes, bounded (a config is never a stream to wait on).
fn read_bytes(path: &Path) -> Result<Vec<u8>, String> {
    use crate::files::read::{MAX_CONFIG_BYTES, ReadError};
    crate::files::read::read_file(path, MAX_CONFIG_BYTES).map_err(|e| match e {
        ReadError::TooLarge { limit } => format!(
            "cannot read the config: it is larger than {limit} bytes (the config size limit)"
        ),
        ReadError::NotRegular {
            what: "a directory",
        } => "the config is a directory, not a file".to_string(),
        e => format!("cannot read the config: {e}"),
    })
}

/// A config that cannot be used, with where in its text (for a language
/// server, which shows it on the file instead of stopping).
#[derive(Debug)]
pub struct Unusable {
    pub message: String,
    pub span: Span,
    /// The config's text (empty when it could not be read).
    pub text: String,
}

/// Reads the config at `path` (its globs relative to its folder), keeping
/// the span of the first problem.
pub fn read_spanned(path: &Path) -> Result<Config, Unusable> {
    let unreadable = |message: String| Unusable {
        message,
        span: 0..0,
        text: String::new(),
    };
    let bytes = read_bytes(path).map_err(unreadable)?;
    let text = String::from_utf8(bytes)
        .map_err(|_| unreadable("the config is not UTF-8 text".to_string()))?;
    let root = crate::files::paths::folder_of(path).to_path_buf();
    match parse(&text, root) {
        Ok(mut config) => {
            config.path = Some(path.to_path_buf());
            config.files.config = Some(path.to_path_buf());
            Ok(config)
        }
        Err(e) => Err(Unusable {
            message: match &e.help {
                Some(help) => format!("{} (help: {help})", e.message),
                None => e.message.clone(),
            },
            span: e.span,
            text,
        }),
    }
}

/// A problem in the config, at a byte span of its text.
#[derive(Debug)]
pub struct ConfigError {
    pub span: Span,
    pub message: String,
    pub help: Option<String>,
}

impl ConfigError {
    fn new(span: Span, message: impl Into<String>) -> Self {
        Self {
            span,
            message: message.into(),
            help: None,
        }
    }

    fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    fn did_you_mean<'a>(self, unknown: &str, known: impl IntoIterator<Item = &'a str>) -> Self {
        let known: Vec<&str> = known.into_iter().collect();
        match suggest(unknown, known.iter().copied()) {
            Some(best) => self.help(format!("did you mean `{best}`?")),
            None => self.help(format!("allowed here: {}", known.join(", "))),
        }
    }

    fn from_toml(err: &toml::de::Error) -> Self {
        Self::new(err.span().unwrap_or(0..0), err.message().trim_end())
    }

    /// `3:2: message`, for a note whose file is named by the caller.
    fn message_at(&self, text: &str) -> String {
        let at = SourceText::new(text.to_string()).line_col(self.span.start);
        format!("{}:{}: {}", at.line, at.column, self.message)
    }

    /// `spotter.toml:3:2: message` and the help on a line of its own.
    pub fn render(&self, path: &Path, text: &str) -> String {
        let mut out = format!("{}:{}", path.display(), self.message_at(text));
        if let Some(help) = &self.help {
            out.push_str(&format!("\n  help: {help}"));
        }
        out
    }
}

type Result<T, E = ConfigError> = std::result::Result<T, E>;
type Table<'i> = DeTable<'i>;
type Item<'i> = (&'i Spanned<DeString<'i>>, &'i Spanned<DeValue<'i>>);

const TABLES: [&str; 4] = ["files", "rules", "checks", "limits"];

/// Parses the text of a `spotter.toml` whose folder is `root`.
pub fn parse(text: &str, root: PathBuf) -> Result<Config> {
    let document = DeTable::parse(text).map_err(|e| ConfigError::from_toml(&e))?;
    let mut config = Config {
        files: Files {
            root,
            ..Files::default()
        },
        ..Config::default()
    };
    let mut levels: Vec<(
        &'static rules::RuleEntry,
        Level,
        Option<Spanned<DeValue<'_>>>,
    )> = Vec::new();
    for (key, value) in in_source_order(document.get_ref()) {
        let name: &str = key.get_ref();
        match name {
            "files" => files(table(value, "files")?, &mut config.files)?,
            "rules" => levels = rule_levels(table(value, "rules")?)?,
            "checks" => config.checks = checks(table(value, "checks")?)?,
            "limits" => config.limits = limits(table(value, "limits")?)?,
            _ => {
                let what = if value.get_ref().is_table() {
                    "table"
                } else {
                    "key"
                };
                return Err(
                    ConfigError::new(key.span(), format!("unknown {what} `{name}`"))
                        .did_you_mean(name, TABLES),
                );
            }
        }
    }
    let mut configs = Vec::new();
    for entry in rules::REGISTRY {
        let configured = levels.iter().position(|(e, _, _)| std::ptr::eq(*e, entry));
        let (level, options) = match configured {
            Some(i) => {
                let (_, level, options) = levels.swap_remove(i);
                (level, options)
            }
            None => (entry.meta.severity.into(), None),
        };
        let span = options.as_ref().map(Spanned::span).unwrap_or(0..0);
        let built = (entry.build)(options).map_err(|e| {
            let mut err = ConfigError::from_toml(&e);
            if err.span.is_empty() {
                err.span = span;
            }
            err
        })?;
        configs.push(RuleConfig {
            entry,
            level,
            rule: built.rule,
            options: built.options,
        });
    }
    config.rules = RuleSet::new(configs);
    Ok(config)
}

fn in_source_order<'i>(table: &'i Table<'i>) -> Vec<Item<'i>> {
    let mut items: Vec<Item<'i>> = table.iter().collect();
    items.sort_by_key(|(key, _)| key.span().start);
    items
}

fn table<'i>(value: &'i Spanned<DeValue<'i>>, name: &str) -> Result<&'i Table<'i>> {
    value.get_ref().as_table().ok_or_else(|| {
        ConfigError::new(
            value.span(),
            format!("`{name}` must be a table (`[{name}]`)"),
        )
    })
}

fn de<T: DeserializeOwned>(value: &Spanned<DeValue<'_>>) -> Result<T> {
    T::deserialize(ValueDeserializer::from(value.clone())).map_err(|e| {
        let mut err = ConfigError::from_toml(&e);
        if err.span.is_empty() {
            err.span = value.span();
        }
        err
    })
}

fn files(table: &Table<'_>, files: &mut Files) -> Result<()> {
    for (key, value) in in_source_order(table) {
        let name: &str = key.get_ref();
        let set = match name {
            "include" => &mut files.include,
            "exclude" => &mut files.exclude,
            _ => {
                return Err(ConfigError::new(
                    key.span(),
                    format!("unknown key `{name}` in [files]"),
                )
                .did_you_mean(name, ["include", "exclude"]));
            }
        };
        *set = Some(globs(value, name)?);
        if name == "include" {
            files.include_globs = value
                .get_ref()
                .as_array()
                .map(|items| {
                    items
                        .iter()
                        .filter_map(|i| i.get_ref().as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default();
        }
    }
    Ok(())
}

fn globs(value: &Spanned<DeValue<'_>>, name: &str) -> Result<GlobSet> {
    let Some(items) = value.get_ref().as_array() else {
        return Err(ConfigError::new(
            value.span(),
            format!("`{name}` must be a list of globs, e.g. [\"guides/**/*.yaml\"]"),
        ));
    };
    let mut set = GlobSetBuilder::new();
    for item in items.iter() {
        let Some(pattern) = item.get_ref().as_str() else {
            return Err(ConfigError::new(
                item.span(),
                format!("each `{name}` glob must be a string"),
            ));
        };
        if pattern.trim_start_matches("./").is_empty() {
            return Err(ConfigError::new(
                item.span(),
                format!("an empty `{name}` glob matches no file"),
            )
            .help("globs are relative to the config's folder, e.g. \"guides/**/*.yaml\""));
        }
        set.add(glob(pattern).map_err(|e| {
            ConfigError::new(
                item.span(),
                format!("invalid glob `{pattern}`: {}", e.kind()),
            )
        })?);
    }
    set.build()
        .map_err(|e| ConfigError::new(value.span(), format!("invalid globs: {e}")))
}

/// `*` stays within a folder; `**` crosses folders.
fn glob(pattern: &str) -> std::result::Result<Glob, globset::Error> {
    GlobBuilder::new(pattern.trim_start_matches("./"))
        .literal_separator(true)
        .build()
}

type Levels<'i> = Vec<(
    &'static rules::RuleEntry,
    Level,
    Option<Spanned<DeValue<'i>>>,
)>;

/// The configured rules.
fn rule_levels<'i>(table: &'i Table<'i>) -> Result<Levels<'i>> {
    let mut levels = Vec::new();
    for (key, value) in in_source_order(table) {
        let name: &str = key.get_ref();
        let Some(entry) = rules::find(name) else {
            let err = ConfigError::new(key.span(), format!("unknown rule `{name}`"));
            return Err(match suggest(name, rules::ids()) {
                Some(best) => err.help(format!("did you mean `{best}`?")),
                None => err.help("`spotter rules` lists every rule"),
            });
        };
        let (level, options) = match value.get_ref() {
            DeValue::String(_) => (level(value)?, None),
            DeValue::Table(options) => {
                let mut level_here = entry.meta.severity.into();
                let mut rest = Table::new();
                for (k, v) in options.iter() {
                    if &**k.get_ref() == "severity" {
                        level_here = level(v)?;
                    } else {
                        rest.insert(k.clone(), v.clone());
                    }
                }
                check_option_keys(entry, &rest)?;
                let span = value.span();
                (level_here, Some(Spanned::new(span, DeValue::Table(rest))))
            }
            _ => {
                return Err(ConfigError::new(
                    value.span(),
                    format!(
                        "rule `{name}` takes a severity (\"error\", \"warning\" or \"off\") or a table such as {{ severity = \"warning\" }}"
                    ),
                ));
            }
        };
        if level == Level::Off && !entry.meta.may_be_off {
            return Err(ConfigError::new(
                value.span(),
                format!(
                    "`{}` cannot be turned off: a file that cannot be read is never checked",
                    entry.meta.id
                ),
            )
            .help("set it to \"warning\" to keep such files from failing the run"));
        }
        levels.push((entry, level, options));
    }
    Ok(levels)
}

fn level(value: &Spanned<DeValue<'_>>) -> Result<Level> {
    let found = value.get_ref().as_str().unwrap_or_default();
    match found {
        "error" => Ok(Level::Error),
        "warning" => Ok(Level::Warning),
        "off" => Ok(Level::Off),
        _ => Err(ConfigError::new(
            value.span(),
            format!(
                "severity must be one of \"error\", \"warning\", \"off\" (found {})",
                toml_text(value.get_ref())
            ),
        )
        .did_you_mean(found, Level::NAMES)),
    }
}

fn toml_text(value: &DeValue<'_>) -> String {
    match value {
        DeValue::String(s) => format!("\"{s}\""),
        DeValue::Integer(i) => i.to_string(),
        DeValue::Float(f) => f.to_string(),
        DeValue::Boolean(b) => b.to_string(),
        other => other.type_str().to_string(),
    }
}

fn check_option_keys(entry: &rules::RuleEntry, options: &Table<'_>) -> Result<()> {
    let known = (entry.default_options)();
    for (key, _) in in_source_order(options) {
        let name: &str = key.get_ref();
        if known.iter().all(|(k, _)| k != name) {
            let err = ConfigError::new(
                key.span(),
                format!("unknown option `{name}` for rule `{}`", entry.meta.id),
            );
            return Err(if known.is_empty() {
                err.help("this rule has no options; only `severity` can be set")
            } else {
                err.did_you_mean(
                    name,
                    known.iter().map(|(k, _)| k.as_str()).chain(["severity"]),
                )
            });
        }
    }
    Ok(())
}

fn checks(table: &Table<'_>) -> Result<Checks> {
    let mut checks = Checks::default();
    for (key, value) in in_source_order(table) {
        let name: &str = key.get_ref();
        match name {
            "guide_warnings_apply" => checks.guide_warnings_apply = de(value)?,
            _ => {
                return Err(ConfigError::new(
                    key.span(),
                    format!("unknown key `{name}` in [checks]"),
                )
                .did_you_mean(name, ["guide_warnings_apply"]));
            }
        }
    }
    Ok(checks)
}

fn limits(table: &Table<'_>) -> Result<LimitOverrides> {
    let mut limits = LimitOverrides::default();
    for (key, value) in in_source_order(table) {
        let name: &str = key.get_ref();
        match name {
            "max_file_size" => {
                let bytes: u64 = de(value)?;
                if bytes == 0 {
                    return Err(ConfigError::new(
                        value.span(),
                        "max_file_size must be above 0",
                    ));
                }
                limits.max_file_size = Some(bytes);
            }
            "max_depth" => {
                let depth: usize = de(value)?;
                if depth == 0 || depth > MAX_DEPTH_CEILING {
                    return Err(ConfigError::new(
                        value.span(),
                        format!(
                            "max_depth must be between 1 and {MAX_DEPTH_CEILING} (found {depth})"
                        ),
                    ));
                }
                limits.max_depth = Some(depth);
            }
            "max_alias_nodes" => {
                let nodes: usize = de(value)?;
                if nodes > MAX_ALIAS_NODES_CEILING {
                    return Err(ConfigError::new(
                        value.span(),
                        format!(
                            "max_alias_nodes must be at most {MAX_ALIAS_NODES_CEILING} (found {nodes})"
                        ),
                    ));
                }
                limits.max_alias_nodes = Some(nodes);
            }
            _ => {
                return Err(ConfigError::new(
                    key.span(),
                    format!("unknown key `{name}` in [limits]"),
                )
                .did_you_mean(name, ["max_file_size", "max_depth", "max_alias_nodes"]));
            }
        }
    }
    Ok(limits)
}
