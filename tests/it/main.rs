//! Every integration test, in one binary: one link of the library instead
//! of one per file, which was most of `cargo test`'s time. Modules are by
//! concern; `support` holds what they share. Tests that start the binary
//! (`support::cmd`) are the end-to-end ones the house keeps: exit codes,
//! formats, stdin, the language server, editors. The rest run in-process.

mod support;

mod baseline;
mod cli;
mod config;
mod discovery;
mod docs;
mod editors;
mod fix;
mod formats;
mod hostile_input;
mod io_bounds;
mod lsp;
mod messages;
mod msrv;
mod no_panic;
mod parser_differential;
mod prose_corpus;
mod prose_rules;
mod root_causes;
mod rules;
mod schema;
mod suppressions;
mod unit;
mod yaml_errors;
