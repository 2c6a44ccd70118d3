//! Prints what the step reader (`spotter::read::prose`) reads from each line of
//! standard input: a quick way to see how a phrasing is read, and to check
//! that a change to the reader keeps its findings, by comparing two builds'
//! output on many phrasings.
//!
//! ```text
//! echo "Hold for 10 seconds, then repeat 3 times." | cargo run --example read_steps
//! ```

use std::io::BufRead;

fn main() {
    let stdin = std::io::stdin();
    // One reader for every line, as `spotter check` reads a guide's steps.
    let mut reader = spotter::read::prose::Reader::default();
    for line in stdin.lock().lines().map_while(Result::ok) {
        let found = reader.read(&line);
        if !found.is_empty() {
            println!("{line}");
            for reading in found {
                let words = line.get(reading.range.clone()).unwrap_or_default();
                println!("  {:?} at {:?}: {words}", reading.kind, reading.range);
            }
        }
    }
}
