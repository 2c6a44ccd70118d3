//! What the test modules share.

pub mod cmd;
pub mod inproc;
pub mod lsp;
pub mod mutate;
pub mod positions;
pub mod skip;

/// How many cases a property test runs: `full` when `SPOTTER_FULL_TESTS`
/// is set (`.ci/run` sets it), else a quarter of it. The property tests
/// were most of a local `cargo test`'s run time; a quarter still tries
/// hundreds of inputs each, and the fuzz targets try far more.
pub fn cases(full: u32) -> u32 {
    if std::env::var_os("SPOTTER_FULL_TESTS").is_some() {
        full
    } else {
        (full / 4).max(1)
    }
}
