//! `spotter lsp`: the language server, over stdio (SPEC §4). One
//! synchronous loop ([`server`]) over the client's messages and the
//! background index; documents are checked by the same pipeline the CLI
//! runs, against the index of the workspace's guides ([`workspace`]);
//! findings become LSP diagnostics ([`diagnostics`]) with positions in the
//! negotiated encoding ([`convert`]); hover shows the rule's docs
//! ([`hover`]); quick fixes come from [`crate::fix`] ([`actions`]).

mod actions;
pub mod convert;
mod diagnostics;
mod hover;
mod server;
pub mod workspace;

use std::process::ExitCode;

/// Serves on stdin/stdout until the client says `exit` or goes away.
pub fn run() -> ExitCode {
    let (connection, io_threads) = lsp_server::Connection::stdio();
    // Trees are walked recursively: the loop gets the stack the CLI's
    // workers get.
    let served = std::thread::Builder::new()
        .name("spotter-lsp".to_string())
        .stack_size(workspace::WORKER_STACK_BYTES)
        .spawn(move || server::serve(connection));
    let result = match served {
        Ok(handle) => handle
            .join()
            .unwrap_or_else(|_| Err("the server stopped".into())),
        Err(e) => Err(format!("cannot start the server thread: {e}")),
    };
    // The reader ends at `exit` or when stdin closes; a client that went
    // away without `exit` is not an error of ours.
    drop(io_threads);
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("spotter lsp: {message}");
            ExitCode::from(1)
        }
    }
}
