//! A small summary of each guide that outlives its tree: what cross-guide
//! rules compare (ids, risk, hold and repetition ranges, and where each is).

use crate::finding::Place;
use crate::finding::place::Placer;
use crate::load::source::{LineCol, Position};
use crate::load::tree::{Node, Value};
use crate::model::{Count, Duration, Field, Guide, Risk};

#[derive(Debug, Clone, PartialEq)]
pub struct FileDigest {
    pub file: String,
    /// The guide's `id` and where its value is.
    pub guide: Option<(String, Place)>,
    pub exercises: Box<[ExerciseDigest]>,
}

/// One exercise, in about 150 bytes: a digest is kept for every exercise of
/// the corpus until the run ends.
#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseDigest {
    pub id: Box<str>,
    /// Where the exercise's `id` value is.
    pub place: Spot,
    pub risk: Option<(Risk, Spot)>,
    pub hold: Option<(Duration, Spot)>,
    pub repetitions: Option<(Count, Spot)>,
}

/// A [`Place`] in a quarter of its size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Spot {
    start: u32,
    end: u32,
    line: u32,
    column: u32,
    end_line: u32,
    end_column: u32,
}

impl From<&Place> for Spot {
    fn from(place: &Place) -> Self {
        let small = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Spot {
            start: small(place.span.start),
            end: small(place.span.end),
            line: small(place.position.start.line),
            column: small(place.position.start.column),
            end_line: small(place.position.end.line),
            end_column: small(place.position.end.column),
        }
    }
}

impl From<Spot> for Place {
    fn from(spot: Spot) -> Self {
        let big = |n: u32| usize::try_from(n).unwrap_or(usize::MAX);
        Place {
            span: big(spot.start)..big(spot.end),
            position: Position {
                start: LineCol {
                    line: big(spot.line),
                    column: big(spot.column),
                },
                end: LineCol {
                    line: big(spot.end_line),
                    column: big(spot.end_column),
                },
            },
        }
    }
}

/// The digest of a guide that loaded, with places resolved while the tree
/// is still at hand. It reads the exercise nodes directly rather than
/// through paths: this runs for every exercise of every guide.
pub fn digest(
    guide: &Guide,
    root: &Node,
    guide_id: Option<(String, Place)>,
    placer: &Placer<'_>,
) -> FileDigest {
    let items = match root.get("exercises").map(|e| &e.value.value) {
        Some(Value::Seq(items)) => items.as_slice(),
        _ => &[],
    };
    // The exercises come in the order of the file, and so, mostly, do
    // their fields.
    let mut walker = placer.walker();
    // Sized once: a list grown by doubling leaves a trail of freed blocks,
    // and its final copy is what the run keeps.
    let mut exercises = Vec::with_capacity(guide.exercises.len());
    exercises.extend(guide.exercises.iter().filter_map(|ex| {
        let node = items.get(ex.index)?;
        let mut at = |key: &str| {
            node.get(key)
                .map(|e| Spot::from(&placer.node_after(&e.value, &mut walker)))
        };
        let id = ex.id()?.into();
        let place = at("id").unwrap_or_else(|| Spot::from(&placer.node(node)));
        Some(ExerciseDigest {
            id,
            place,
            risk: valid(&ex.risk).and_then(|risk| Some((risk, at("risk")?))),
            hold: valid(&ex.hold).and_then(|hold| Some((hold, at("hold")?))),
            repetitions: valid(&ex.repetitions).and_then(|count| Some((count, at("repetitions")?))),
        })
    }));
    FileDigest {
        file: placer.file.to_string(),
        guide: guide_id,
        exercises: exercises.into_boxed_slice(),
    }
}

fn valid<T: Copy>(field: &Field<T>) -> Option<T> {
    field.valid().copied()
}
