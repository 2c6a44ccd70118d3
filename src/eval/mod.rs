//! Judges the step reader ([`crate::read::prose`]) on the labelled corpus of real
//! instructions in `tests/prose-corpus/` (its README defines the format and
//! the labels). Shared by `examples/prose_eval.rs`, which prints the figures
//! and the development half's errors, and `tests/it/prose_corpus.rs`, which
//! holds the test half to its targets: one comparison, so the figures the
//! docs quote are the ones the test checks.
//!
//! A record's readings are compared with its labels as sets of values: a
//! hold, count or frequency is right when its amount equals a labelled one
//! (open bounds included), a partner or an unbounded instruction when the
//! record is labelled so. Readings that overlap an `ambiguous` phrase are
//! left out, for and against.

use crate::load::tree::{Node, Value};
use crate::load::{Limits, parse};
use crate::model::Period;
use crate::read::grammar::Bound;
use crate::read::prose::{Amount, Kind, Reading};
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// Which half of the corpus a source belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Split {
    Dev,
    Test,
}

/// One source file of the corpus.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: PathBuf,
    pub split: Split,
    pub records: Vec<Record>,
}

/// One exercise's steps and what a careful editor reads in them.
#[derive(Debug, Clone)]
pub struct Record {
    pub id: String,
    pub steps: Vec<String>,
    pub labels: Labels,
}

#[derive(Debug, Clone, Default)]
pub struct Labels {
    pub hold: Vec<Amount>,
    pub count: Vec<Amount>,
    pub frequency: Vec<(Amount, Period)>,
    pub partner: bool,
    pub unbounded: bool,
    pub ambiguous: Vec<String>,
}

/// The labels, in the order the figures are printed.
pub const LABELS: [Label; 5] = [
    Label::Hold,
    Label::Count,
    Label::Frequency,
    Label::Partner,
    Label::Unbounded,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Hold,
    Count,
    Frequency,
    Partner,
    Unbounded,
}

impl Label {
    pub fn name(self) -> &'static str {
        match self {
            Label::Hold => "hold",
            Label::Count => "count",
            Label::Frequency => "frequency",
            Label::Partner => "partner",
            Label::Unbounded => "unbounded",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// One value read or labelled, comparable across the two.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value1 {
    Hold(Amount),
    Count(Amount),
    Frequency(Amount, Period),
    Partner,
    Unbounded,
}

impl Value1 {
    fn label(&self) -> Label {
        match self {
            Value1::Hold(_) => Label::Hold,
            Value1::Count(_) => Label::Count,
            Value1::Frequency(..) => Label::Frequency,
            Value1::Partner => Label::Partner,
            Value1::Unbounded => Label::Unbounded,
        }
    }

    fn same(&self, other: &Value1) -> bool {
        match (self, other) {
            (Value1::Hold(a), Value1::Hold(b)) | (Value1::Count(a), Value1::Count(b)) => {
                same_amount(a, b)
            }
            (Value1::Frequency(a, p), Value1::Frequency(b, q)) => p == q && same_amount(a, b),
            (Value1::Partner, Value1::Partner) | (Value1::Unbounded, Value1::Unbounded) => true,
            _ => false,
        }
    }

    fn from_kind(kind: &Kind) -> Value1 {
        match *kind {
            Kind::Hold(a) => Value1::Hold(a),
            Kind::Repetitions(a) => Value1::Count(a),
            Kind::Frequency(a, p) => Value1::Frequency(a, p),
            Kind::Partner => Value1::Partner,
            Kind::Unbounded => Value1::Unbounded,
        }
    }
}

impl fmt::Display for Value1 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value1::Hold(a) => write!(f, "hold {} s", AmountText(a)),
            Value1::Count(a) => write!(f, "count {}", AmountText(a)),
            Value1::Frequency(a, p) => {
                let per = match p {
                    Period::Day => "day",
                    Period::Week => "week",
                };
                write!(f, "frequency {} per {per}", AmountText(a))
            }
            Value1::Partner => f.write_str("partner"),
            Value1::Unbounded => f.write_str("unbounded"),
        }
    }
}

struct AmountText<'a>(&'a Amount);

impl fmt::Display for AmountText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.0.lo, self.0.hi) {
            (Some(lo), Some(hi)) if lo == hi => write!(f, "{lo}"),
            (Some(lo), Some(hi)) => write!(f, "{lo}-{hi}"),
            (Some(lo), None) => write!(f, ">={lo}"),
            (None, Some(hi)) => write!(f, "<={hi}"),
            (None, None) => f.write_str("?"),
        }
    }
}

fn same_amount(a: &Amount, b: &Amount) -> bool {
    let close = |x: Option<f64>, y: Option<f64>| match (x, y) {
        (Some(x), Some(y)) => (x - y).abs() < 1e-6,
        (None, None) => true,
        _ => false,
    };
    close(a.lo, b.lo) && close(a.hi, b.hi)
}

// ---- loading ----

/// Every `*.yaml` source in `dir`, in file-name order.
pub fn load_dir(dir: &Path) -> Result<Vec<Source>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    paths.sort();
    paths.iter().map(|p| load_file(p)).collect()
}

fn load_file(path: &Path) -> Result<Source, String> {
    let at = |e: String| format!("{}: {e}", path.display());
    let text = std::fs::read_to_string(path).map_err(|e| at(e.to_string()))?;
    let root = parse(&text, &Limits::default()).map_err(|e| at(e.message))?;
    let split = match text_of(&root, "split").as_deref() {
        Some("dev") => Split::Dev,
        Some("test") => Split::Test,
        other => return Err(at(format!("split is {other:?}, not dev or test"))),
    };
    let records = match root.get("records").map(|e| &e.value.value) {
        Some(Value::Seq(items)) => items.iter().map(record).collect::<Result<_, _>>(),
        _ => Err("no records".to_string()),
    }
    .map_err(at)?;
    Ok(Source {
        path: path.to_path_buf(),
        split,
        records,
    })
}

fn record(node: &Node) -> Result<Record, String> {
    let id = text_of(node, "id").ok_or("a record has no id")?;
    let at = |e: String| format!("record {id}: {e}");
    let steps = strings(node.get("steps").map(|e| &e.value)).map_err(at)?;
    let labels = node
        .get("labels")
        .map(|e| &e.value)
        .ok_or(at("no labels".into()))?;
    let values = |key: &str| strings(labels.get(key).map(|e| &e.value)).map_err(at);
    let amounts = |key: &str, unit: bool| -> Result<Vec<Amount>, String> {
        values(key)?
            .iter()
            .map(|v| label_amount(v, unit).ok_or_else(|| at(format!("{key}: cannot read {v:?}"))))
            .collect()
    };
    let frequency = values("frequency")?
        .iter()
        .map(|v| label_frequency(v).ok_or_else(|| at(format!("frequency: cannot read {v:?}"))))
        .collect::<Result<_, _>>()?;
    Ok(Record {
        labels: Labels {
            hold: amounts("hold", true)?,
            count: amounts("count", false)?,
            frequency,
            partner: flag(labels, "partner"),
            unbounded: flag(labels, "unbounded"),
            ambiguous: values("ambiguous")?,
        },
        id,
        steps,
    })
}

fn text_of(node: &Node, key: &str) -> Option<String> {
    scalar_text(&node.get(key)?.value)
}

fn scalar_text(node: &Node) -> Option<String> {
    match &node.value {
        Value::Str(s) => Some(s.to_string()),
        Value::Int(i) => Some(i.to_string()),
        Value::Float(f) => Some(f.to_string()),
        _ => None,
    }
}

fn strings(node: Option<&Node>) -> Result<Vec<String>, String> {
    match node.map(|n| &n.value) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Seq(items)) => items
            .iter()
            .map(|n| scalar_text(n).ok_or_else(|| "a list item is not text".to_string()))
            .collect(),
        Some(_) => Err("expected a list".to_string()),
    }
}

fn flag(node: &Node, key: &str) -> bool {
    matches!(
        node.get(key).map(|e| &e.value.value),
        Some(Value::Bool(true))
    )
}

/// `10 s`, `20-30 s`, `1.5 min`, `>=10 s`, `<=30 s`; without `unit`, a
/// count: `10`, `8-12`, `3 per side`, `>=5`.
fn label_amount(text: &str, unit: bool) -> Option<Amount> {
    let (open, rest) = open_bound(text.trim());
    let (lo, hi) = if unit {
        let d = crate::model::parse_duration(rest).ok()??;
        (d.min_secs, d.max_secs)
    } else {
        let c = crate::model::parse_count(rest).ok()??;
        let lo = f64::from(c.min);
        (lo, c.max.map_or(lo, f64::from))
    };
    Some(Amount::bounded(lo, hi, open))
}

/// `2 per day`, `3-5 per week`, `>=3 per week`, `every-other-day` (half a
/// time a day).
fn label_frequency(text: &str) -> Option<(Amount, Period)> {
    if text.trim() == "every-other-day" {
        let half = Some(0.5);
        return Some((Amount { lo: half, hi: half }, Period::Day));
    }
    let (open, rest) = open_bound(text.trim());
    let f = crate::model::parse_frequency(rest).ok()??;
    let amount = Amount::bounded(f64::from(f.min), f64::from(f.max), open);
    Some((amount, f.per))
}

fn open_bound(text: &str) -> (Bound, &str) {
    if let Some(rest) = text.strip_prefix(">=") {
        (Bound::AtLeast, rest.trim_start())
    } else if let Some(rest) = text.strip_prefix("<=") {
        (Bound::AtMost, rest.trim_start())
    } else {
        (Bound::Exact, text)
    }
}

// ---- judging ----

/// How one label fared on a half.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Values labelled (records, for partner and unbounded).
    pub instances: usize,
    /// Distinct values read.
    pub read: usize,
    /// Values read that are labelled.
    pub correct: usize,
    /// Labelled values read.
    pub found: usize,
}

impl Tally {
    pub fn false_alarms(&self) -> usize {
        self.read - self.correct
    }

    pub fn misses(&self) -> usize {
        self.instances - self.found
    }

    /// Correct readings per reading; 1 when nothing was read.
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.read)
    }

    /// Labelled values read per labelled value; 1 when none is labelled.
    pub fn recall(&self) -> f64 {
        ratio(self.found, self.instances)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// The tallies of one half, per label, in [`LABELS`] order.
#[derive(Debug, Clone, Default)]
pub struct Figures {
    pub records: usize,
    pub tallies: [Tally; 5],
}

impl Figures {
    pub fn tally(&self, label: Label) -> Tally {
        self.tallies[label.index()]
    }
}

/// A reading no label backs, or a label nothing read.
#[derive(Debug, Clone)]
pub struct Error {
    pub source: PathBuf,
    pub record: String,
    pub false_alarm: bool,
    pub value: Value1,
    /// The step and the words read, for a false alarm.
    pub words: Option<String>,
}

/// Runs `read` over every record of the `split` half and tallies each label;
/// the errors are returned too (the caller decides whether to show them).
pub fn judge(
    sources: &[Source],
    split: Split,
    read: &mut dyn FnMut(&str) -> Vec<Reading>,
) -> (Figures, Vec<Error>) {
    let mut figures = Figures::default();
    let mut errors = Vec::new();
    for source in sources.iter().filter(|s| s.split == split) {
        for record in &source.records {
            figures.records += 1;
            judge_record(source, record, read, &mut figures, &mut errors);
        }
    }
    (figures, errors)
}

fn judge_record(
    source: &Source,
    record: &Record,
    read: &mut dyn FnMut(&str) -> Vec<Reading>,
    figures: &mut Figures,
    errors: &mut Vec<Error>,
) {
    let labelled = labelled_values(&record.labels);
    let mut readings: Vec<(Value1, String)> = Vec::new();
    for step in &record.steps {
        let ambiguous = ambiguous_ranges(step, &record.labels.ambiguous);
        for reading in read(step) {
            if ambiguous.iter().any(|a| overlaps(a, &reading.range)) {
                continue;
            }
            let value = Value1::from_kind(&reading.kind);
            if readings.iter().any(|(v, _)| v.same(&value)) {
                continue;
            }
            let words = step.get(reading.range.clone()).unwrap_or_default();
            readings.push((value, format!("{words:?} in {step:?}")));
        }
    }
    for (value, words) in &readings {
        let tally = &mut figures.tallies[value.label().index()];
        tally.read += 1;
        if labelled.iter().any(|l| l.same(value)) {
            tally.correct += 1;
        } else {
            errors.push(Error {
                source: source.path.clone(),
                record: record.id.clone(),
                false_alarm: true,
                value: *value,
                words: Some(words.clone()),
            });
        }
    }
    for value in &labelled {
        let tally = &mut figures.tallies[value.label().index()];
        tally.instances += 1;
        if readings.iter().any(|(r, _)| r.same(value)) {
            tally.found += 1;
        } else {
            errors.push(Error {
                source: source.path.clone(),
                record: record.id.clone(),
                false_alarm: false,
                value: *value,
                words: None,
            });
        }
    }
}

/// The labels as values, each distinct value once.
fn labelled_values(labels: &Labels) -> Vec<Value1> {
    let mut values: Vec<Value1> = Vec::new();
    let all = labels
        .hold
        .iter()
        .map(|a| Value1::Hold(*a))
        .chain(labels.count.iter().map(|a| Value1::Count(*a)))
        .chain(
            labels
                .frequency
                .iter()
                .map(|(a, p)| Value1::Frequency(*a, *p)),
        )
        .chain(labels.partner.then_some(Value1::Partner))
        .chain(labels.unbounded.then_some(Value1::Unbounded));
    for value in all {
        if !values.iter().any(|v| v.same(&value)) {
            values.push(value);
        }
    }
    values
}

/// Where each ambiguous phrase occurs in `step` (case aside).
fn ambiguous_ranges(step: &str, phrases: &[String]) -> Vec<Range<usize>> {
    let lower = step.to_lowercase();
    let same_length = lower.len() == step.len();
    let mut out = Vec::new();
    for phrase in phrases {
        let (haystack, needle) = if same_length {
            (lower.as_str(), phrase.to_lowercase())
        } else {
            (step, phrase.clone())
        };
        if needle.is_empty() {
            continue;
        }
        out.extend(
            haystack
                .match_indices(needle.as_str())
                .map(|(at, m)| at..at + m.len()),
        );
    }
    out
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// A half's figures as a table: one line per label.
pub fn table(figures: &Figures) -> String {
    let mut out = format!(
        "{:<10} {:>9} {:>5} {:>7} {:>6} {:>6} {:>9} {:>7}\n",
        "label", "instances", "read", "correct", "false", "missed", "precision", "recall"
    );
    for label in LABELS {
        let t = figures.tally(label);
        out.push_str(&format!(
            "{:<10} {:>9} {:>5} {:>7} {:>6} {:>6} {:>8.1}% {:>6.1}%\n",
            label.name(),
            t.instances,
            t.read,
            t.correct,
            t.false_alarms(),
            t.misses(),
            100.0 * t.precision(),
            100.0 * t.recall(),
        ));
    }
    out
}
