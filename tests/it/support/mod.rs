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
