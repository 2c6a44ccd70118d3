//! What the test modules share.

pub mod cmd;
pub mod lsp;
pub mod mutate;
pub mod positions;
pub mod skip;
