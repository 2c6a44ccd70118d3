//! The one way in for everything spotter reads: guides from disk or stdin,
//! the config, the baseline, and the language server's documents. Nothing
//! is read past its limit, and nothing waits: a path is opened without
//! blocking (a FIFO with no writer opens at once) and refused unless it is
//! a regular file.

use std::fmt;
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// The largest `spotter.toml` read (a config is a few hundred bytes).
pub const MAX_CONFIG_BYTES: u64 = 1024 * 1024;

/// The largest baseline read: about 250,000 recorded findings.
pub const MAX_BASELINE_BYTES: u64 = 64 * 1024 * 1024;

/// Why an input could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// It holds more than `limit` bytes.
    TooLarge {
        limit: u64,
    },
    /// It is a directory, FIFO, socket or device, named as what it is.
    NotRegular {
        what: &'static str,
    },
    Io(io::Error),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::TooLarge { limit } => write!(f, "it is larger than {limit} bytes"),
            ReadError::NotRegular { what } => write!(f, "it is {what}, not a regular file"),
            ReadError::Io(e) => f.write_str(&crate::files::paths::describe_io(e)),
        }
    }
}

impl std::error::Error for ReadError {}

/// The whole of the regular file at `path`, if it holds at most `limit`
/// bytes.
pub fn read_file(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let (file, size) = open_regular(path)?;
    // Sized from the metadata so the buffer is not regrown and copied.
    let capacity = usize::try_from(size.min(limit))
        .unwrap_or(0)
        .saturating_add(1);
    read_bounded(file, limit, Vec::with_capacity(capacity))
}

/// All that `stream` (stdin) yields, if it is at most `limit` bytes; a
/// stream that goes on (`/dev/zero`) is cut at the limit.
pub fn read_stream(stream: impl Read, limit: u64) -> Result<Vec<u8>, ReadError> {
    read_bounded(stream, limit, Vec::new())
}

/// Text already in memory (an editor's document): within `limit` or not.
pub fn check_size(text: &str, limit: u64) -> Result<(), ReadError> {
    if text.len() as u64 > limit {
        return Err(ReadError::TooLarge { limit });
    }
    Ok(())
}

fn read_bounded(stream: impl Read, limit: u64, mut bytes: Vec<u8>) -> Result<Vec<u8>, ReadError> {
    // One byte past the limit tells a file at the limit from a larger one.
    stream
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge { limit });
    }
    Ok(bytes)
}

/// Opens `path` if it is a regular file, with its size. A path may be a
/// FIFO or a device, and opening a FIFO waits for a writer, so it is
/// opened without waiting and then asked what it is: one lookup of the
/// path, and nothing can be swapped in between the asking and the reading.
fn open_regular(path: &Path) -> Result<(File, u64), ReadError> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Ignored for regular files; a FIFO opens at once, a terminal does
        // not become the process's.
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let file = match options.open(path) {
        Ok(file) => file,
        // A socket cannot be opened at all; say what it is.
        Err(e) => {
            return Err(match std::fs::metadata(path) {
                Ok(meta) if !meta.is_file() => ReadError::NotRegular {
                    what: kind_of(&meta),
                },
                _ => ReadError::Io(e),
            });
        }
    };
    let meta = file.metadata().map_err(ReadError::Io)?;
    if !meta.is_file() {
        return Err(ReadError::NotRegular {
            what: kind_of(&meta),
        });
    }
    Ok((file, meta.len()))
}

/// What a path that is not a regular file is.
pub(crate) fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    if meta.is_dir() {
        return "a directory";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_fifo() {
            return "a pipe or FIFO";
        }
        if kind.is_socket() {
            return "a socket";
        }
        if kind.is_char_device() {
            return "a character device";
        }
        if kind.is_block_device() {
            return "a block device";
        }
    }
    "something other than a file"
}
