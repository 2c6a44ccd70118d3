//! A small summary of each guide that outlives its tree: what cross-guide
//! rules compare (ids, risk, hold and repetition ranges, and where each is).

use crate::diagnostic::{Place, Target};
use crate::model::{Count, Duration, Field, Guide, Risk};
use crate::place::Placer;

#[derive(Debug, Clone, PartialEq)]
pub struct FileDigest {
    pub file: String,
    /// The guide's `id` and where its value is.
    pub guide: Option<(String, Place)>,
    pub exercises: Vec<ExerciseDigest>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseDigest {
    pub id: String,
    /// Where the exercise's `id` value is.
    pub place: Place,
    pub risk: Option<(Risk, Place)>,
    pub hold: Option<(Duration, Place)>,
    pub repetitions: Option<(Count, Place)>,
}

/// The digest of a guide that loaded, with places resolved while the tree
/// is still at hand.
pub fn digest(guide: &Guide, guide_id: Option<(String, Place)>, placer: &Placer<'_>) -> FileDigest {
    let at = |path| placer.resolve(&Target::Value(path));
    let exercises = guide
        .exercises
        .iter()
        .map(|ex| ExerciseDigest {
            id: ex.id.clone(),
            place: at(ex.path("id")),
            risk: ex.risk.map(|risk| (risk, at(ex.path("risk")))),
            hold: valid(&ex.hold).map(|hold| (hold, at(ex.path("hold")))),
            repetitions: valid(&ex.repetitions).map(|count| (count, at(ex.path("repetitions")))),
        })
        .collect();
    FileDigest {
        file: placer.file.to_string(),
        guide: guide_id,
        exercises,
    }
}

fn valid<T: Copy>(field: &Field<T>) -> Option<T> {
    field.valid().copied()
}
