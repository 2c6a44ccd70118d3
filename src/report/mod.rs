//! Reporters: each turns the outcome into one output format. Only a
//! reporter knows its format.

pub mod json;
pub mod pretty;

use crate::finish::Summary;

/// `2 errors, 1 warning in 3 files (14 exercises)`, then what suppressions
/// and the baseline hid: `, 2 suppressed; 5 baselined, 1 stale baseline entry`.
pub fn summary_line(summary: &Summary) -> String {
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("{n} {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    let mut line = format!(
        "{}, {} in {} ({})",
        plural(summary.errors, "error"),
        plural(summary.warnings, "warning"),
        plural(summary.files, "file"),
        plural(summary.exercises, "exercise"),
    );
    if summary.suppressed > 0 {
        line.push_str(&format!(", {} suppressed", summary.suppressed));
    }
    if let Some(baseline) = summary.baseline {
        line.push_str(&format!(
            "; {} baselined, {}",
            baseline.baselined,
            plural(baseline.stale, "stale baseline entry").replace("entrys", "entries")
        ));
    }
    line
}
