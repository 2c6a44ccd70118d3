//! Judges the step reader on the labelled corpus of real instructions
//! (`tests/prose-corpus/`): precision and recall per label on each half,
//! and every false alarm and miss on the development half only. The test
//! half is reported as figures alone: it is for measuring, not tuning.
//!
//! ```text
//! cargo run --release --example prose_eval [DIR]
//! ```

use spotter::eval::{Split, judge, load_dir, table};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from("tests/prose-corpus"), PathBuf::from);
    let sources = match load_dir(&dir) {
        Ok(sources) => sources,
        Err(e) => {
            eprintln!("prose_eval: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut reader = spotter::read::prose::Reader::default();
    let mut read = |step: &str| reader.read(step);
    let (dev, errors) = judge(&sources, Split::Dev, &mut read);
    for error in &errors {
        let what = if error.false_alarm {
            "false alarm"
        } else {
            "miss"
        };
        let file = error
            .source
            .file_name()
            .unwrap_or_default()
            .to_string_lossy();
        print!("{what}: {file} {}: {}", error.record, error.value);
        match &error.words {
            Some(words) => println!(" read from {words}"),
            None => println!(),
        }
    }
    let (test, _) = judge(&sources, Split::Test, &mut read);
    let count = |split| sources.iter().filter(|s| s.split == split).count();
    println!(
        "\ndevelopment half: {} sources, {} records\n{}",
        count(Split::Dev),
        dev.records,
        table(&dev)
    );
    println!(
        "test half: {} sources, {} records\n{}",
        count(Split::Test),
        test.records,
        table(&test)
    );
    ExitCode::SUCCESS
}
