//! Reporters: each turns the outcome into one output format. Only a
//! reporter knows its format.

pub mod json;
pub mod pretty;

use crate::pipeline::Summary;

/// `2 errors, 1 warning in 3 files (14 exercises)`.
pub fn summary_line(summary: &Summary) -> String {
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("{n} {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    format!(
        "{}, {} in {} ({})",
        plural(summary.errors, "error"),
        plural(summary.warnings, "warning"),
        plural(summary.files, "file"),
        plural(summary.exercises, "exercise"),
    )
}
