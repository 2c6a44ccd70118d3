//! What were unit tests beside the code in `src/`, one module per module
//! they test and in the same layout (`unit::load::source` tests
//! `spotter::load::source`). Kept here, the library is compiled once for
//! `cargo test` instead of twice (once more with its own tests); what they
//! reach is `pub` (the library is spotter's internal crate, not an API).

mod finish;
mod fix;
mod load;
mod lsp;
mod model;
mod read;
mod report;
mod rules;
mod validate;
