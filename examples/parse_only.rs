//! The baseline for `spotter check`: find the guides, read them and parse
//! each into the spanned tree, in parallel, and nothing else.
//!
//! ```text
//! cargo run --release --example parse_only -- [--jobs N] [--events-only] DIR...
//! ```
//!
//! It walks the paths the way `spotter check` does ([`spotter::setup::discover`]),
//! reads each file, decodes it ([`spotter::load::decode`]) and parses it
//! ([`spotter::load::parse`]) on a rayon pool of the same size as spotter's
//! (one thread per core, or `--jobs N`), then prints how many files parsed.
//! With `--events-only` it runs the YAML parser's event loop and builds
//! nothing: the parser's own cost, which `benches/perf.sh` counts per byte.

use rayon::prelude::*;
use spotter::load::{self, Limits};
use std::path::PathBuf;
use std::process::ExitCode;

fn usage() -> ExitCode {
    eprintln!("usage: parse_only [--jobs N] [--events-only] DIR...");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut jobs: Option<usize> = None;
    let mut events_only = false;
    let mut paths: Vec<PathBuf> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--jobs" || arg == "-j" {
            match args.next().and_then(|n| n.parse().ok()) {
                Some(n) => jobs = Some(n),
                None => return usage(),
            }
        } else if arg == "--events-only" {
            events_only = true;
        } else if let Some(n) = arg.strip_prefix("--jobs=") {
            match n.parse() {
                Ok(n) => jobs = Some(n),
                Err(_) => return usage(),
            }
        } else {
            paths.push(PathBuf::from(arg));
        }
    }
    if paths.is_empty() {
        return usage();
    }

    let found = match spotter::setup::discover::discover(&paths, &Default::default(), false) {
        Ok(found) => found,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    let limits = Limits::default();
    let parse_all = || {
        found
            .inputs
            .par_iter()
            .map(|input| {
                let Ok(bytes) = std::fs::read(&input.path) else {
                    return (0, 1);
                };
                let parsed = load::decode(bytes).ok().is_some_and(|text| {
                    if events_only {
                        run_events(&text)
                    } else {
                        load::parse(&text, &limits).is_ok()
                    }
                });
                if parsed { (1, 0) } else { (0, 1) }
            })
            .reduce(|| (0usize, 0usize), |a, b| (a.0 + b.0, a.1 + b.1))
    };
    let (parsed, failed) = match jobs {
        Some(n) => match rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build()
        {
            Ok(pool) => pool.install(parse_all),
            Err(e) => {
                eprintln!("error: cannot start {n} threads: {e}");
                return ExitCode::from(2);
            }
        },
        None => parse_all(),
    };
    println!("{parsed} files parsed, {failed} failed");
    ExitCode::SUCCESS
}
/// Whether the YAML parser gets through `text` without an error; its
/// events are dropped as they come.
fn run_events(text: &str) -> bool {
    saphyr_parser::Parser::new_from_str(text).all(|event| event.is_ok())
}

#[global_allocator]
static GLOBAL: spotter::alloc::MiMalloc = spotter::alloc::MiMalloc;
