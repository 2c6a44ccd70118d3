//! The command line: argument parsing, exit codes, and wiring the pipeline
//! to a reporter.

use crate::discover::{self, Discovered};
use crate::load::Limits;
use crate::pipeline::{self, Options, Outcome};
use crate::report::{self, pretty::PrettyOptions};
use crate::rules;
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Read, Write};
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
    Check(CheckArgs),
    /// List every rule with its default severity and summary.
    Rules,
    /// Explain a rule: what it checks, why, and a failing and a passing example.
    Explain {
        /// The rule id, e.g. `missing-hold-time`.
        rule: String,
    },
    /// Print the guide JSON Schema (the same as `schema/guide.schema.json`).
    Schema,
}

#[derive(clap::Args, Debug)]
struct CheckArgs {
    /// Files or directories to check [default: .]
    paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Pretty)]
    format: Format,
    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    deny_warnings: bool,
    /// Fail (exit 1) when there are more than N warnings.
    #[arg(long, value_name = "N")]
    max_warnings: Option<usize>,
    /// The file name to report for a guide read from stdin (`-`).
    #[arg(long, value_name = "NAME")]
    stdin_filename: Option<String>,
    /// Number of threads [default: one per core].
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
    /// Most nodes that YAML aliases may expand to, per file [default: 10000].
    #[arg(long, value_name = "N")]
    max_alias_nodes: Option<usize>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Pretty,
    Json,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Color {
    Auto,
    Always,
    Never,
}

/// The deepest nesting `--max-depth` may allow; the tree is walked
/// recursively (to JSON, by the schema, when dropped).
const MAX_DEPTH_CEILING: usize = 1_000;
const WORKER_STACK_BYTES: usize = 64 * 1024 * 1024;

const EXIT_FAIL: u8 = 1;
const EXIT_TROUBLE: u8 = 2;

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return ExitCode::from(if err.use_stderr() { EXIT_TROUBLE } else { 0 });
        }
    };
    match cli.command {
        Command::Check(args) => check(args),
        Command::Rules => {
            let mut out = String::new();
            for rule in rules::ALL {
                let meta = rule.meta();
                out.push_str(&format!(
                    "{:<30} {:<8} {}\n",
                    meta.id,
                    meta.severity.as_str(),
                    meta.summary
                ));
            }
            print(&out)
        }
        Command::Explain { rule } => match rules::find(&rule) {
            Some(meta) => print(&format!(
                "# {}\n\nDefault severity: {}\n\n{}\n",
                meta.id,
                meta.severity.as_str(),
                meta.docs().trim_end()
            )),
            None => {
                let hint = crate::validate::suggest(&rule, rules::ids())
                    .map(|best| format!(" (did you mean `{best}`?)"))
                    .unwrap_or_default();
                eprintln!("error: unknown rule `{rule}`{hint}; `spotter rules` lists them all");
                ExitCode::from(EXIT_TROUBLE)
            }
        },
        Command::Schema => print(crate::validate::SCHEMA_TEXT),
    }
}

fn print(text: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`spotter rules | head`) is not a failure of ours.
    let _ = stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush());
    ExitCode::SUCCESS
}

fn check(args: CheckArgs) -> ExitCode {
    let started = Instant::now();
    if let Some(depth) = args.max_depth.filter(|&d| d > MAX_DEPTH_CEILING) {
        eprintln!("error: --max-depth {depth} is above the ceiling of {MAX_DEPTH_CEILING}");
        return ExitCode::from(EXIT_TROUBLE);
    }
    let defaults = Limits::default();
    let opts = Options {
        limits: Limits {
            max_file_bytes: args.max_file_size.unwrap_or(defaults.max_file_bytes),
            max_depth: args.max_depth.unwrap_or(defaults.max_depth),
            max_alias_nodes: args.max_alias_nodes.unwrap_or(defaults.max_alias_nodes),
        },
        settings: rules::RuleSettings::default(),
        keep_sources: args.format == Format::Pretty,
    };

    let mut paths = args.paths.clone();
    if paths.is_empty() {
        paths.push(PathBuf::from("."));
    }
    let reads_stdin = paths.iter().any(|p| p.as_os_str() == "-");
    let stdin = if reads_stdin {
        let mut bytes = Vec::new();
        if let Err(e) = std::io::stdin().lock().read_to_end(&mut bytes) {
            eprintln!("error: cannot read stdin: {e}");
            return ExitCode::from(EXIT_TROUBLE);
        }
        let name = args
            .stdin_filename
            .clone()
            .unwrap_or_else(|| "<stdin>".to_string());
        paths.retain(|p| p.as_os_str() != "-");
        Some((name, bytes))
    } else {
        None
    };
    let found = if paths.is_empty() {
        Discovered::default()
    } else {
        match discover::discover(&paths) {
            Ok(found) => found,
            Err(message) => {
                eprintln!("error: {message}");
                return ExitCode::from(EXIT_TROUBLE);
            }
        }
    };

    // Trees are at most `MAX_DEPTH_CEILING` deep, and every stage that walks
    // them recursively fits in this stack at that depth.
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.unwrap_or(0))
        .stack_size(WORKER_STACK_BYTES)
        .build();
    let outcome = match pool {
        Ok(pool) => pool.install(|| pipeline::run(found, stdin, &opts)),
        Err(e) => {
            eprintln!("error: cannot start the worker threads: {e}");
            return ExitCode::from(EXIT_TROUBLE);
        }
    };

    let text = match args.format {
        Format::Json => report::json::render(&outcome),
        Format::Pretty => {
            let color = match args.color {
                Color::Always => true,
                Color::Never => false,
                Color::Auto => {
                    std::io::stdout().is_terminal()
                        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                }
            };
            let options = PrettyOptions {
                color,
                width: 100,
                summary: !args.quiet,
            };
            report::pretty::render(&outcome, &options, started.elapsed().as_millis())
        }
    };
    print(&text);
    exit_code(&outcome, &args)
}

fn exit_code(outcome: &Outcome, args: &CheckArgs) -> ExitCode {
    let s = &outcome.summary;
    let too_many_warnings = (args.deny_warnings && s.warnings > 0)
        || args.max_warnings.is_some_and(|max| s.warnings > max);
    if s.errors > 0 || too_many_warnings {
        ExitCode::from(EXIT_FAIL)
    } else {
        ExitCode::SUCCESS
    }
}
