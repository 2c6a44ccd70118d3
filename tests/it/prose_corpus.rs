//! The step reader on the test half of the labelled corpus of real
//! instructions (`tests/prose-corpus/`). Only figures are printed: the test
//! half is for measuring, never for tuning (`cargo run --release --example
//! prose_eval` shows the development half's errors).

use spotter::eval::{Figures, LABELS, Split, judge, load_dir, table};
use std::path::Path;

/// The targets: no false alarm, and recall of at least 95% for every label
/// with at least 20 instances.
const TARGET_RECALL: f64 = 0.95;
const TARGET_MIN_INSTANCES: usize = 20;

/// What the reader reached on the test half, held so it cannot get worse
/// where it falls short of the targets: the most false alarms and the least
/// recall per label, in `LABELS` order. Re-measured when sources join the
/// test half (it then holds other sentences): on 2026-12-07 six new test
/// sources took count from 1 to 2 false alarms and 0.968 to 0.962, frequency
/// from 0.914 to 0.906 and partner from 0.875 to 0.836 with the reader
/// unchanged; the reader's changes of that round took partner to 0.851.
/// The fourth round, two sets of batches written side by side and merged:
/// 25 new test sources. Each set, measured with the reader unchanged in
/// its batch's commit, took count from 2 to 3 false alarms (one false
/// alarm each, so 4 merged) and moved hold, count, frequency and partner
/// recall (each commit says by how much); the round's classes from the
/// development half raised only partner (79.3% -> 81.7%). The floors are
/// the merged main's figures (docs/reading-steps.md). Round five's new
/// test sources, each batch measured with the reader unchanged before its
/// classes, took hold from 0.868 to 0.867, count from 0.955 to 0.949,
/// frequency from 0.907 to 0.900 and partner from 0.817 to 0.795; that
/// round's classes from the development half raised partner to 0.800.
/// Merged, the two batches' test sources together take count to 0.946
/// (157 of 166) and frequency to 0.903 (93 of 103), as the reader of
/// 8cd9f36 reads them too; no reader change lowered a figure.
/// Round six's hold, count and frequency batch (9 new test sources, 23
/// records), measured with the reader of 21d7716 unchanged, took count
/// from 4 to 5 false alarms and frequency from 4 to 5, and hold from
/// 0.867 to 0.865 (167 of 193); frequency's recall went to 0.903 (103 of
/// 114). The new sources hold phrasings the reader had not met, so the
/// floors went down with them: that is the test half measuring, not the
/// reader getting worse. That round's classes from the development half
/// (a stance kept on one leg among them) raised hold to 0.870 (168 of
/// 193) and changed no other test figure.
/// Round six's partner batch (11 new test sources, 17 records, with the
/// reader of 21d7716 unchanged) took hold from 0.867 to 0.864 (159 of
/// 184) and partner from 0.800 to 0.776 (80 of 103), and brought 4
/// partner false alarms (none before) and 1 unbounded false alarm; that
/// round's partner classes from the development half took the partner
/// false alarms back to 3 and moved no recall (c9ef7f3).
/// The two batches of round six merged, with both rounds' classes (196
/// test sources, 514 records): hold 0.867 (170 of 196), count 0.946 (176
/// of 186), frequency 0.903 (103 of 114), partner 0.776 (80 of 103),
/// unbounded 0.727 (16 of 22); false alarms 1, 5, 5, 3, 1.
/// The round of written phrasings (no new sources; classes from phrasings
/// written for the purpose, checked on the development half) raised hold
/// to 0.872 (171 of 196) and unbounded to 0.772 (17 of 22), with no new
/// false alarm.
/// Round eight's batch (45 new sources, 15 of them test: 48 records),
/// measured with the reader of 8013df0 unchanged, took hold from 1 to 3
/// false alarms and to 0.876 (190 of 217), count from 5 to 6 and to 0.941
/// (193 of 205), frequency from 5 to 6 and to 0.897 (113 of 126), partner
/// from 3 to 4 and to 0.776 (90 of 116); unbounded kept 1 and 0.773 (the
/// batch holds no unbounded test record). New sentences, not a worse
/// reader: the reader of 8013df0 reads the old test half as before.
/// That round's classes from the development half moved no test figure.
/// Its second batch (29 new sources, 9 of them test: 27 records, carers,
/// babies, partners, holds and unbounded), measured with the reader of
/// ba011a1 unchanged, brought no false alarm and took hold to 0.862 (194
/// of 225), count to 0.943 (200 of 212), frequency to 0.898 (115 of 128)
/// and partner to 0.766 (95 of 124).
/// Round nine's batch (58 new sources, 19 of them test: rehabilitation
/// sheets, carers, massage, sport, spotting, yoga, eye and desk
/// exercises), measured with the reader of d2a7ecf unchanged, took count
/// from 6 to 7 false alarms and to 0.927 (216 of 233), partner from 4 to
/// 5 and to 0.729 (97 of 133), unbounded from 1 to 2 and to 0.680 (17 of
/// 25), hold to 0.865 (200 of 231) and frequency to 0.897 (123 of 137).
/// That round's classes, from its development files (5a4279d), took hold
/// to 0.874 (202 of 231), count to 0.939 (219 of 233), and frequency to
/// 5 false alarms and 0.905 (124 of 137). Its unbounded classes took
/// unbounded to 0.720 (18 of 25).
const REACHED_FALSE_ALARMS: [usize; 5] = [3, 7, 5, 5, 2];
const REACHED_RECALL: [f64; 5] = [0.874, 0.939, 0.905, 0.729, 0.720];

fn test_half() -> Figures {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/prose-corpus");
    let sources = load_dir(&dir).unwrap_or_else(|e| panic!("the corpus does not load: {e}"));
    let mut reader = spotter::read::prose::Reader::default();
    let (figures, _errors) = judge(&sources, Split::Test, &mut |step| reader.read(step));
    eprintln!(
        "test half: {} records\n{}",
        figures.records,
        table(&figures)
    );
    figures
}

#[test]
fn the_test_half_keeps_the_figures_reached() {
    let figures = test_half();
    let mut worse = Vec::new();
    for (i, label) in LABELS.iter().enumerate() {
        let t = figures.tally(*label);
        if t.false_alarms() > REACHED_FALSE_ALARMS[i] {
            worse.push(format!(
                "{}: {} false alarms (held at {})",
                label.name(),
                t.false_alarms(),
                REACHED_FALSE_ALARMS[i]
            ));
        }
        if t.recall() + 1e-9 < REACHED_RECALL[i] {
            worse.push(format!(
                "{}: recall {:.3} (held at {:.3})",
                label.name(),
                t.recall(),
                REACHED_RECALL[i]
            ));
        }
    }
    assert!(worse.is_empty(), "worse than reached: {worse:#?}");
}

#[test]
#[ignore = "the targets are not met yet: see docs/reading-steps.md"]
fn the_test_half_meets_the_targets() {
    let figures = test_half();
    let mut short = Vec::new();
    for label in LABELS {
        let t = figures.tally(label);
        if t.false_alarms() > 0 {
            short.push(format!(
                "{}: {} false alarms",
                label.name(),
                t.false_alarms()
            ));
        }
        if t.instances >= TARGET_MIN_INSTANCES && t.recall() < TARGET_RECALL {
            short.push(format!("{}: recall {:.3}", label.name(), t.recall()));
        }
    }
    assert!(short.is_empty(), "short of the targets: {short:#?}");
}

#[test]
fn the_corpus_holds_a_test_half() {
    let figures = test_half();
    assert!(figures.records > 0, "no record in the test half");
    let labelled: usize = LABELS.iter().map(|l| figures.tally(*l).instances).sum();
    assert!(labelled > 0, "nothing labelled in the test half");
}
