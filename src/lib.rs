//! spotter: a linter and consistency checker for structured exercise guides.
//!
//! The pipeline, one module per stage:
//! [`discover`] files → [`load`] bytes into a spanned tree → [`validate`]
//! against the schema → [`model`] a typed guide → [`rules`] check it →
//! [`fold`] one root cause's findings into one → [`place`] them → [`finish`] (cross-guide rules, [`suppress`]ions,
//! [`baseline`], sort, count) → [`report`]. [`pipeline`] runs one file, and
//! the corpus, through those stages; [`config`] reads `spotter.toml`.

pub mod baseline;
pub mod cli;
pub mod config;
pub mod diagnostic;
pub mod digest;
pub mod discover;
pub mod finish;
pub mod fix;
pub mod fold;
pub mod grammar;
pub mod hint;
pub mod load;
pub mod lsp;
pub mod model;
pub mod partner;
pub mod pipeline;
pub mod place;
pub mod prose;
#[doc(hidden)]
pub mod prose_eval;
pub mod read;
pub mod report;
pub mod rules;
pub mod source;
pub mod suppress;
pub mod tree;
pub mod validate;
pub mod write;
