//! `spotter lsp`: the language server, over stdio (SPEC §4). The frames
//! are read and written by [`transport`]; one loop ([`server`]) keeps the
//! state and hands checks and requests to worker threads ([`requests`]).
//! Documents are checked by the same pipeline the CLI runs, against the
//! index of the workspace's guides ([`workspace`]); findings become LSP
//! diagnostics ([`diagnostics`]) with positions in the negotiated encoding
//! ([`convert`]); hover shows the rule's docs ([`hover`]); quick fixes come
//! from [`crate::fix`] ([`actions`]).

mod actions;
pub mod convert;
mod diagnostics;
mod hover;
mod requests;
mod server;
pub mod transport;
pub mod workspace;

use lsp_server::Message;
use std::process::ExitCode;

/// Serves on stdin/stdout until the client says `exit` or goes away.
pub fn run() -> ExitCode {
    let (in_tx, in_rx) = crossbeam_channel::unbounded();
    let (out_tx, out_rx) = crossbeam_channel::unbounded::<Message>();
    // The reader blocks on stdin; it is left to end with the process.
    let reader = std::thread::Builder::new()
        .name("spotter-lsp-read".to_string())
        .spawn(move || {
            transport::read_all(std::io::stdin().lock(), |incoming| {
                in_tx.send(incoming).is_ok()
            });
        });
    let writer = std::thread::Builder::new()
        .name("spotter-lsp-write".to_string())
        .spawn(move || {
            let mut stdout = std::io::stdout().lock();
            for message in out_rx {
                if transport::write(&mut stdout, &message).is_err() {
                    return;
                }
            }
        });
    let (Ok(_), Ok(writer)) = (reader, writer) else {
        eprintln!("spotter lsp: cannot start the threads that read and write messages");
        return ExitCode::from(1);
    };
    // Trees are walked recursively: the loop gets the stack the CLI's
    // workers get.
    let served = std::thread::Builder::new()
        .name("spotter-lsp".to_string())
        .stack_size(workspace::WORKER_STACK_BYTES)
        .spawn(move || server::serve(in_rx, out_tx));
    let result = match served {
        Ok(handle) => handle
            .join()
            .unwrap_or_else(|_| Err("the server stopped on an internal error".into())),
        Err(e) => Err(format!("cannot start the server thread: {e}")),
    };
    // Everything the server said is written before the process ends; a
    // worker still busy with a check holds no sender once it is done.
    let _ = writer.join();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("spotter lsp: {message}");
            ExitCode::from(1)
        }
    }
}
