//! Editors driving spotter: its language server in Neovim, its schema in
//! the YAML language server.

mod neovim;
mod yaml_language_server;
