//! Before any file is read: the configuration (`spotter.toml`, [`config`])
//! and the files to check ([`discover`]).

pub mod config;
pub mod discover;
