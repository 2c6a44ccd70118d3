//! The command line: argument parsing, exit codes, and wiring the pipeline
//! to a reporter.

/// The allocator the binary runs with (`main.rs`; `examples/parse_only.rs` too).
pub mod alloc;
mod fixing;
mod init;
pub mod rule_docs;

use crate::finding::Safety;
use crate::finish::baseline::Baseline;
use crate::finish::{BaselineStep, Outcome};
use crate::load::Limits;
use crate::pipeline::{self, Options};
use crate::report::{self, Reporter, RunFacts, pretty::PrettyOptions};
use crate::rules::{self, Level};
use crate::setup::config::{self, Config, MAX_ALIAS_NODES_CEILING, MAX_DEPTH_CEILING};
use crate::setup::discover::{self, Discovered};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(Parser, Debug)]
#[command(name = "spotter", version, about = "Lint structured exercise guides")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check guides (files or directories; `-` reads one guide from stdin).
    Check(Box<CheckArgs>),
    /// List every rule with its severity (as configured) and summary.
    Rules {
        #[command(flatten)]
        config: ConfigArg,
    },
    /// Explain a rule: what it checks, why, its options, and a failing and a passing example.
    Explain {
        /// The rule id, e.g. `missing-hold-time`.
        rule: String,
    },
    /// Print the guide JSON Schema (the same as `schema/guide.schema.json`).
    Schema,
    /// Start a content repository here: a commented `spotter.toml` and
    /// `schema/guide.schema.json`, and the lines that point an editor at it.
    Init {
        /// Replace those files when they are there already.
        #[arg(long)]
        force: bool,
    },
    /// Run the language server over stdio (diagnostics, quick fixes, rule docs on hover).
    Lsp,
}

#[derive(clap::Args, Debug)]
struct ConfigArg {
    /// The configuration file [default: spotter.toml here or in the nearest parent].
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
}

#[derive(clap::Args, Debug)]
struct CheckArgs {
    /// Files or directories to check [default: the config's `include`, else .]
    paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Pretty)]
    format: Format,
    #[command(flatten)]
    config: ConfigArg,
    /// Report only findings that this baseline does not hold.
    #[arg(long, value_name = "FILE", conflicts_with = "write_baseline")]
    baseline: Option<PathBuf>,
    /// Record today's findings in FILE (written atomically), then pass.
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,
    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    deny_warnings: bool,
    /// Fail (exit 1) when there are more than N warnings.
    #[arg(long, value_name = "N")]
    max_warnings: Option<usize>,
    /// Make the safe fixes (a unit added, a case lowered, a misspelt key
    /// renamed), write the files that changed, then report what remains.
    #[arg(long)]
    fix: bool,
    /// With --fix or --diff, also make the fixes that choose data for you
    /// (a value taken from a step, a standard warning text): review them.
    #[arg(long)]
    unsafe_fixes: bool,
    /// Print a unified diff of what --fix would change and write nothing;
    /// exit 1 when there is a change.
    #[arg(long)]
    diff: bool,
    /// Write the report (in --format) to FILE, atomically, and show the
    /// pretty report on stdout.
    #[arg(long, value_name = "FILE")]
    output_file: Option<PathBuf>,
    /// Leave out a file named on the command line when the config's
    /// `exclude` matches it (as it always does for files found in folders);
    /// for hooks that pass every changed file, such as pre-commit.
    #[arg(long)]
    force_exclude: bool,
    /// The file name to report for a guide read from stdin (`-`).
    #[arg(long, value_name = "NAME")]
    stdin_filename: Option<String>,
    /// Number of threads [default, or 0: one per core; at most four per core].
    #[arg(long, value_name = "N")]
    jobs: Option<usize>,
    /// Print findings only, no summary line.
    #[arg(long, short)]
    quiet: bool,
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
    /// Largest file to read, in bytes [default: 10 MB].
    #[arg(long, value_name = "BYTES")]
    max_file_size: Option<u64>,
    /// Deepest nesting of lists and mappings [default: 64, at most 1000].
    #[arg(long, value_name = "N")]
    max_depth: Option<usize>,
    /// Most nodes that YAML aliases may expand to, per file [default: 10000, at most 100000].
    #[arg(long, value_name = "N")]
    max_alias_nodes: Option<usize>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    /// miette's graphical report, with snippets.
    Pretty,
    /// `FILE:LINE:COLUMN: SEVERITY[RULE] MESSAGE`, one line per finding.
    Concise,
    /// One JSON object: a summary and every finding with its place (`version` 1).
    Json,
    /// SARIF 2.1.0, for GitHub code scanning.
    Sarif,
    /// GitHub Actions annotations (`::error file=…`).
    Github,
    /// GitLab Code Quality JSON.
    Gitlab,
    /// JUnit XML, one test case per checked file.
    Junit,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Color {
    Auto,
    Always,
    Never,
}

/// The tree is at most `MAX_DEPTH_CEILING` deep and walked recursively (to
/// JSON, by the schema, when dropped): worker threads get a stack that fits.
const WORKER_STACK_BYTES: usize = 64 * 1024 * 1024;

const EXIT_FAIL: u8 = 1;
const EXIT_TROUBLE: u8 = 2;

pub fn main() -> ExitCode {
    crate::files::write::capture_stdout();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return ExitCode::from(if err.use_stderr() { EXIT_TROUBLE } else { 0 });
        }
    };
    match cli.command {
        Command::Check(args) => check(*args),
        Command::Rules { config } => match config::load(config.config.as_deref()) {
            Ok(config) => print(&rules_table(&config)),
            Err(message) => trouble(&message),
        },
        Command::Explain { rule } => match rules::find(&rule) {
            Some(entry) => print(&rules::explain(entry)),
            None => {
                let hint = crate::validate::suggest(&rule, rules::ids())
                    .map(|best| format!(" (did you mean `{best}`?)"))
                    .unwrap_or_default();
                trouble(&format!(
                    "unknown rule `{rule}`{hint}; `spotter rules` lists them all"
                ))
            }
        },
        Command::Schema => print(crate::validate::SCHEMA_TEXT),
        Command::Init { force } => match init::init(std::path::Path::new("."), force) {
            Ok(said) => print(&said),
            Err(message) => trouble(&message),
        },
        Command::Lsp => crate::lsp::run(),
    }
}

/// `spotter rules`: each rule's effective level, marked when the config
/// changed it, and under it its options as in force, marked when changed.
fn rules_table(config: &Config) -> String {
    let mut out = String::new();
    let options: Vec<_> = config.rules.options().collect();
    for (i, (entry, level)) in config.rules.levels().enumerate() {
        let default = Level::from(entry.meta.severity);
        let shown = if level == default {
            level.as_str().to_string()
        } else {
            format!("{} (default {})", level.as_str(), default.as_str())
        };
        out.push_str(&format!(
            "{:<30} {:<24} {}\n",
            entry.meta.id, shown, entry.meta.summary
        ));
        let defaults = (entry.default_options)();
        let configured = options.get(i).map_or(&[][..], |(_, o)| *o);
        // Every option, so a summary that names one (`max_seconds`) is
        // read with the value in force.
        for (key, value) in configured {
            let changed = defaults
                .iter()
                .find(|(k, v)| k == key && v != value)
                .map(|(_, default)| format!(" (default {default})"))
                .unwrap_or_default();
            out.push_str(&format!("{:<30} {:<24} {key} = {value}{changed}\n", "", ""));
        }
    }
    if let Some(path) = &config.path {
        out.push_str(&format!(
            "\nseverities as configured in {}\n",
            path.display()
        ));
    }
    out
}

fn trouble(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(EXIT_TROUBLE)
}

fn print(text: &str) -> ExitCode {
    match write_out(text) {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}

/// Writes the report through [`crate::files::write::write_stdout`]: a closed pipe
/// stays quiet; any other failure is exit 2, since the report is lost.
fn write_out(text: &str) -> Result<(), ExitCode> {
    crate::files::write::write_stdout(text.as_bytes())
        .map_err(|e| trouble(&format!("cannot write the output: stdout: {}", e.reason)))
}

fn check(args: CheckArgs) -> ExitCode {
    run_check(&args).unwrap_or_else(|message| trouble(&message))
}

/// `spotter check`: every step that can stop the run says why in its error.
fn run_check(args: &CheckArgs) -> Result<ExitCode, String> {
    let started = Instant::now();
    let config = config::load(args.config.config.as_deref())?;
    check_limit_flags(args)?;
    let baseline = baseline_step(args)?;
    check_flag_pairs(args)?;
    let reporter = reporter(args);
    let shown = args
        .output_file
        .as_ref()
        .map(|_| pretty_reporter(args, true));
    let opts = Options {
        limits: limits(args, config.limits.over(Limits::default())),
        rules: config.rules,
        checks: config.checks,
        keep_sources: reporter.needs_sources() || shown.as_ref().is_some_and(|r| r.needs_sources()),
    };
    let pool = worker_pool(args.jobs)?;
    pipeline::prepare(&pool);

    let mut paths = args.paths.clone();
    let stdin = read_stdin(args, &mut paths, opts.limits.max_file_bytes)?;
    let mut found = find_files(args, &paths, stdin.is_some(), &config.files)?;
    if let Some((name, _)) = &stdin {
        found.replace_with_stdin(name);
    }

    let mut fixed = 0;
    if args.fix || args.diff {
        if stdin.is_some() {
            return Err(
                "--fix and --diff change files; a guide read from stdin cannot be fixed".into(),
            );
        }
        let changed = pool.install(|| fixing::fix_files(&found.inputs, &opts, allowed_fixes(args)));
        fixed = changed.iter().map(|f| f.fixes).sum();
        if args.diff {
            return Ok(show_diff(&changed, fixed));
        }
        let failed = fixing::write_fixed(&changed);
        if !failed.is_empty() {
            return Err(failed.join("\nerror: "));
        }
    }

    let outcome = pool.install(|| pipeline::run_with_baseline(found, stdin, &opts, baseline));
    if let (Some(path), Some(recorded)) = (&args.write_baseline, &outcome.recorded) {
        recorded.write(path)?;
    }
    let facts = RunFacts {
        elapsed: started.elapsed(),
        rules: &opts.rules,
        root: std::env::current_dir().unwrap_or_default(),
    };
    let text = reporter.render(&outcome, &facts)?;
    let text = match (&args.output_file, &shown) {
        (Some(path), Some(shown)) => {
            crate::files::write::write_file(path, text.as_bytes()).map_err(|e| e.to_string())?;
            shown.render(&outcome, &facts)?
        }
        _ => text,
    };
    if let Err(code) = write_out(&text) {
        return Ok(code);
    }
    if args.fix {
        fix_summary(args, &outcome, fixed);
    }
    Ok(exit_code(&outcome, args))
}

/// `--max-depth` and `--max-alias-nodes` within their ceilings.
fn check_limit_flags(args: &CheckArgs) -> Result<(), String> {
    if let Some(depth) = args.max_depth.filter(|&d| d > MAX_DEPTH_CEILING) {
        return Err(format!(
            "--max-depth {depth} is above the ceiling of {MAX_DEPTH_CEILING}"
        ));
    }
    if let Some(nodes) = args
        .max_alias_nodes
        .filter(|&n| n > MAX_ALIAS_NODES_CEILING)
    {
        return Err(format!(
            "--max-alias-nodes {nodes} is above the ceiling of {MAX_ALIAS_NODES_CEILING}"
        ));
    }
    Ok(())
}

/// Flags that only mean something with another one.
fn check_flag_pairs(args: &CheckArgs) -> Result<(), String> {
    if args.unsafe_fixes && !(args.fix || args.diff) {
        return Err(
            "--unsafe-fixes only says which fixes --fix or --diff make; add one of them".into(),
        );
    }
    let reads_stdin = args.paths.iter().any(|p| p.as_os_str() == "-");
    if args.stdin_filename.is_some() && !reads_stdin {
        return Err(
            "--stdin-filename names the guide read from stdin, but no `-` is among the paths; add `-` to read it".into(),
        );
    }
    Ok(())
}

/// `--baseline` (read it now) or `--write-baseline` (record one).
fn baseline_step(args: &CheckArgs) -> Result<BaselineStep, String> {
    Ok(match (&args.baseline, &args.write_baseline) {
        (Some(path), _) => BaselineStep::Apply(Baseline::read(path)?),
        (None, Some(path)) => BaselineStep::Record(Baseline::recorder(path)),
        (None, None) => BaselineStep::None,
    })
}

/// The limits: a flag over the config over the defaults.
fn limits(args: &CheckArgs, configured: Limits) -> Limits {
    Limits {
        max_file_bytes: args.max_file_size.unwrap_or(configured.max_file_bytes),
        max_depth: args.max_depth.unwrap_or(configured.max_depth),
        max_alias_nodes: args.max_alias_nodes.unwrap_or(configured.max_alias_nodes),
    }
}

fn allowed_fixes(args: &CheckArgs) -> Safety {
    if args.unsafe_fixes {
        Safety::Unsafe
    } else {
        Safety::Safe
    }
}

/// The threads files are checked on. Trees are at most
/// `MAX_DEPTH_CEILING` deep, and every stage that walks them recursively
/// fits in this stack at that depth.
fn worker_pool(asked: Option<usize>) -> Result<rayon::ThreadPool, String> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(jobs(asked)?)
        .stack_size(WORKER_STACK_BYTES)
        .build()
        .map_err(|e| format!("cannot start the worker threads: {e}"))
}

/// The guide read from stdin when `-` is among `paths` (which loses it),
/// with the name reports give it.
/// What reading stdin gave: the bytes, or why there are none.
type StdinRead = Result<Vec<u8>, crate::files::read::ReadError>;

fn read_stdin(
    args: &CheckArgs,
    paths: &mut Vec<PathBuf>,
    max_bytes: u64,
) -> Result<Option<(String, StdinRead)>, String> {
    if !paths.iter().any(|p| p.as_os_str() == "-") {
        return Ok(None);
    }
    let read = crate::files::read::read_stream(std::io::stdin().lock(), max_bytes);
    if let Err(crate::files::read::ReadError::Io(e)) = &read {
        return Err(format!("cannot read stdin: {e}"));
    }
    let name = args
        .stdin_filename
        .clone()
        .unwrap_or_else(|| "<stdin>".to_string());
    paths.retain(|p| p.as_os_str() != "-");
    Ok(Some((name, read)))
}

/// The files to check: the paths named, else none when only stdin is read,
/// else the config's `include`, else this folder.
fn find_files(
    args: &CheckArgs,
    paths: &[PathBuf],
    reads_stdin: bool,
    files: &config::Files,
) -> Result<Discovered, String> {
    if !paths.is_empty() {
        discover::discover(paths, files, args.force_exclude)
    } else if reads_stdin {
        Ok(Discovered::default())
    } else if files.include.is_some() {
        discover::discover_included(files)
    } else {
        discover::discover(&[PathBuf::from(".")], files, args.force_exclude)
    }
}

/// `--diff`: the diff on stdout, what it would fix on stderr; exit 1 when
/// there is a change, as `ruff --diff` does.
fn show_diff(changed: &[fixing::FileFix], fixed: usize) -> ExitCode {
    if let Err(code) = write_out(&fixing::unified_diff(changed)) {
        return code;
    }
    let files = match changed.len() {
        1 => "1 file".to_string(),
        n => format!("{n} files"),
    };
    if changed.is_empty() {
        eprintln!("spotter: nothing to fix");
        ExitCode::SUCCESS
    } else {
        eprintln!(
            "spotter: --fix would make {} in {files}",
            fixing::fixes(fixed)
        );
        ExitCode::from(EXIT_FAIL)
    }
}

/// `N fixed, M remaining`: on stdout under a human report's summary, on
/// stderr beside a machine one (and under `--quiet`), whose stdout is
/// for programs.
fn fix_summary(args: &CheckArgs, outcome: &Outcome, fixed: usize) {
    let remaining = outcome.diagnostics.len();
    let mut line = format!("{fixed} fixed, {remaining} remaining");
    let hidden = fixing::unsafe_only(&outcome.diagnostics);
    if !args.unsafe_fixes && hidden > 0 {
        line.push_str(&format!(
            " ({} more with --unsafe-fixes; review them)",
            fixing::fixes(hidden)
        ));
    }
    // With --output-file, stdout shows the pretty report whatever --format is.
    let human =
        matches!(args.format, Format::Pretty | Format::Concise) || args.output_file.is_some();
    if human && !args.quiet {
        let _ = write_out(&format!("{line}\n"));
    } else {
        eprintln!("spotter: {line}");
    }
}

/// The reporter `--format` names, with its options; with `--output-file`
/// it writes to a file, so a pretty report there has no colour.
fn reporter(args: &CheckArgs) -> Box<dyn Reporter> {
    match args.format {
        Format::Pretty if args.output_file.is_some() => pretty_reporter(args, false),
        Format::Pretty => pretty_reporter(args, true),
        Format::Concise => Box::new(report::concise::ConciseReporter {
            summary: !args.quiet,
        }),
        Format::Json => Box::new(report::json::JsonReporter),
        Format::Sarif => Box::new(report::sarif::SarifReporter),
        Format::Github => Box::new(report::github::GithubReporter),
        Format::Gitlab => Box::new(report::gitlab::GitlabReporter),
        Format::Junit => Box::new(report::junit::JunitReporter),
    }
}

/// The pretty report, for stdout or (`to_stdout` false) for a file.
fn pretty_reporter(args: &CheckArgs, to_stdout: bool) -> Box<dyn Reporter> {
    let terminal = to_stdout && std::io::stdout().is_terminal();
    let color = match args.color {
        _ if !to_stdout => false,
        Color::Always => true,
        Color::Never => false,
        Color::Auto => terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    Box::new(report::pretty::PrettyReporter {
        options: PrettyOptions {
            color,
            width: 100,
            wrap: terminal,
            summary: !args.quiet,
        },
    })
}

fn exit_code(outcome: &Outcome, args: &CheckArgs) -> ExitCode {
    let s = &outcome.summary;
    let warnings = match s.warnings {
        1 => "1 warning".to_string(),
        n => format!("{n} warnings"),
    };
    let too_many = if args.deny_warnings && s.warnings > 0 {
        Some(format!("{warnings}, and --deny-warnings fails on any"))
    } else {
        args.max_warnings
            .filter(|&max| s.warnings > max)
            .map(|max| format!("{warnings}, more than --max-warnings {max} allows"))
    };
    if let Some(reason) = &too_many
        && s.errors == 0
    {
        eprintln!("spotter: failing: {reason}");
    }
    if s.errors > 0 || too_many.is_some() {
        ExitCode::from(EXIT_FAIL)
    } else {
        ExitCode::SUCCESS
    }
}

/// Threads for `--jobs N`: 0 or none means one per core; more than four
/// per core only adds memory and switching, so it is capped there.
fn jobs(asked: Option<usize>) -> Result<usize, String> {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let cap = cores.saturating_mul(4);
    match asked {
        None | Some(0) => Ok(cores),
        Some(n) if n > cap => {
            eprintln!(
                "spotter: note: --jobs {n} is capped at {cap} (four threads for each of the {cores} cores)"
            );
            Ok(cap)
        }
        Some(n) => Ok(n),
    }
}
