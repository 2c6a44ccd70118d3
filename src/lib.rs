//! spotter: a linter and consistency checker for structured exercise guides.
//!
//! The pipeline, one folder per stage:
//!
//! ```text
//! setup (config, discover) → load (bytes → spanned tree) → validate (schema)
//!   → model (typed guide) → rules (per guide, then across guides; read: the steps' prose)
//!   → finish (fold, suppressions, baseline, sort, count) → report (one file per format)
//! ```
//!
//! [`pipeline`] runs one file, and the corpus, through those stages; [`cli`]
//! and [`lsp`] are the two ways in. A finding ([`finding`]) carries "what"
//! and "where" from the rule that saw it to the reporter; [`fix`] turns the
//! fixes it carries into edits; [`files`] reads and writes files with bounds.

pub mod alloc;
pub mod cli;
pub mod files;
pub mod finding;
pub mod finish;
pub mod fix;
pub mod load;
pub mod lsp;
pub mod model;
pub mod pipeline;
pub mod read;
pub mod report;
pub mod rules;
pub mod setup;
pub mod validate;
