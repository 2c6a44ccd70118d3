//! What the test modules share.

pub mod cmd;
pub mod inproc;
pub mod lsp;
pub mod mutate;
pub mod positions;
pub mod skip;

/// How many cases a property test runs: `PROPTEST_CASES` when it is set,
/// else `full` when `SPOTTER_FULL_TESTS` is set (`.ci/run` sets it), else a
/// quarter of `full`. The property tests were most of a local `cargo
/// test`'s run time; a quarter still tries hundreds of inputs, and the fuzz
/// target far more.
pub fn cases(full: u32) -> u32 {
    if let Some(n) = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
    {
        n
    } else if std::env::var_os("SPOTTER_FULL_TESTS").is_some() {
        full
    } else {
        (full / 4).max(1)
    }
}

/// Whether the whole of each exhaustive table runs: when
/// `SPOTTER_FULL_TESTS` is set (`.ci/run` sets it).
pub fn full() -> bool {
    std::env::var_os("SPOTTER_FULL_TESTS").is_some()
}

/// Every how-many-th row of a generated table (or cut of a text) a test
/// checks: all of them when [`full`], else every third. The grammar's
/// tables have innermost lists of lengths prime to 3, so every combination
/// of the outer pieces is still checked, each with a third of the
/// innermost pieces, and each innermost piece with a third of the outer
/// combinations.
pub fn stride() -> usize {
    if full() { 1 } else { 3 }
}
