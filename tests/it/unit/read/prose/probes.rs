//! Phrasings written for the purpose (issue 23, the negative-phrasing
//! round), not taken from the corpus. `edges.txt` tries where the reader
//! stops: rests, tempos, progressions, tests, care, other training, rounds
//! and levels, people only present, told or copied; most of it must not
//! be read. `read.txt` holds common ways of saying a hold, a count, a
//! frequency, a partner and no limit. The snapshots list what the reader
//! reads from each line, reviewed line by line: for `edges.txt`, the
//! readings a careful editor would give too and the few left as they are
//! (docs/prose-corpus-rounds.md says which and why), so a new false alarm
//! there is a new line to review.

use super::said;

fn readings(lines: &str) -> String {
    lines
        .lines()
        .filter(|line| !line.trim().is_empty())
        .filter_map(|line| {
            let found = said(line);
            (!found.is_empty()).then(|| format!("{line}\n  {}\n", found.join("\n  ")))
        })
        .collect()
}

#[test]
fn the_edge_phrasings_read_only_what_was_reviewed() {
    insta::assert_snapshot!(readings(include_str!("probes/edges.txt")));
}

#[test]
fn the_common_phrasings_are_read() {
    insta::assert_snapshot!(readings(include_str!("probes/read.txt")));
}
