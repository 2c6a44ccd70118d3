//! spotter: a linter and consistency checker for structured exercise guides.
//!
//! The pipeline, one module per stage:
//! [`discover`] files → [`load`] bytes into a spanned tree → [`validate`]
//! against the schema → [`model`] a typed guide → [`rules`] check it →
//! [`report`] the findings. [`pipeline`] runs one file, and the corpus,
//! through those stages.

pub mod cli;
pub mod diagnostic;
pub mod discover;
pub mod load;
pub mod model;
pub mod pipeline;
pub mod report;
pub mod rules;
pub mod source;
pub mod tree;
pub mod validate;
