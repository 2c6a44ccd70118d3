//! The one way out for everything spotter writes: files (the baseline
//! today; `--output-file` and `--fix` are to use [`write_file`] too) and the
//! report on standard output ([`write_stdout`]).
//!
//! A file is replaced only when it is a regular file (or a symlink to one:
//! then its target), atomically: a temporary file beside it, renamed over
//! it, so a failed write never truncates the old one. A character device
//! (`/dev/null`, `/dev/stdout` on a terminal) is written in place, since
//! renaming over it would put a regular file where the device was — as root,
//! that replaces the system's `/dev/null`. Anything else (a folder, a FIFO,
//! a block device, a socket) is refused: nothing that is not a regular file
//! is ever replaced.

use std::fmt;
use std::fs::{self, File, Metadata, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Why a write failed, naming what was written to.
#[derive(Debug)]
pub struct WriteError {
    /// The path as the caller named it (`stdout` for the report).
    pub path: PathBuf,
    /// Why, in words: `permission denied`, `it is a FIFO, …`.
    pub reason: String,
}

impl WriteError {
    fn io(path: &Path, err: &io::Error) -> Self {
        WriteError {
            path: path.to_path_buf(),
            reason: describe(err),
        }
    }

    fn refused(path: &Path, what: &str) -> Self {
        WriteError {
            path: path.to_path_buf(),
            reason: format!(
                "it is {what}; spotter writes only to a regular file (replaced whole) or a character device such as /dev/null"
            ),
        }
    }
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot write {}: {}", self.path.display(), self.reason)
    }
}

impl std::error::Error for WriteError {}

/// Writes `bytes` to the file at `path`: see the module's docs for what
/// each kind of file gets.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    match fs::metadata(path) {
        // Its owner made it read-only: the rename into place would succeed
        // whatever its mode, so it would be replaced behind their back.
        Ok(meta) if meta.is_file() && meta.permissions().readonly() => Err(WriteError {
            path: path.to_path_buf(),
            reason: "it is read-only, and spotter never replaces a read-only file".to_string(),
        }),
        Ok(meta) if meta.is_file() => {
            // Through a symlink, the file it leads to is replaced, not the link.
            let target = fs::canonicalize(path).map_err(|e| WriteError::io(path, &e))?;
            replace_regular(&target, &meta, bytes).map_err(|e| WriteError::io(path, &e))
        }
        Ok(meta) if is_char_device(&meta) => {
            write_device(path, bytes).map_err(|e| WriteError::io(path, &e))
        }
        Ok(meta) => Err(WriteError::refused(
            path,
            crate::files::read::kind_of(&meta),
        )),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            let target = final_target(path).map_err(|e| WriteError::io(path, &e))?;
            create_new(&target, bytes).map_err(|e| WriteError::io(path, &e))
        }
        Err(e) => Err(WriteError::io(path, &e)),
    }
}

/// A temporary file beside `target` takes the bytes and `target`'s
/// permissions, then is renamed over it.
fn replace_regular(target: &Path, old: &Metadata, bytes: &[u8]) -> io::Result<()> {
    let mut temp = tempfile::NamedTempFile::new_in(crate::files::paths::folder_of(target))?;
    temp.write_all(bytes)?;
    temp.as_file().set_permissions(old.permissions())?;
    temp.as_file().sync_all()?;
    temp.persist(target).map_err(|e| e.error)?;
    Ok(())
}

/// As [`replace_regular`], for a path where nothing is: the new file gets
/// the permissions any new file gets (0666 less the umask, not the
/// temporary file's 0600), and is not renamed over anything that appeared
/// there meanwhile.
fn create_new(target: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder.tempfile_in(crate::files::paths::folder_of(target))?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist_noclobber(target).map_err(|e| e.error)?;
    Ok(())
}

/// Writes into a character device as it is, never creating or truncating.
fn write_device(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut options = OpenOptions::new();
    options.write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // A terminal named here does not become the process's.
        options.custom_flags(libc::O_NOCTTY);
    }
    let mut device = options.open(path)?;
    device.write_all(bytes)?;
    device.flush()
}

/// Where a dangling symlink leads (a new file is created there, as a
/// shell's `>` does), or `path` itself when it is no symlink.
fn final_target(path: &Path) -> io::Result<PathBuf> {
    // As many links as Linux follows before it says ELOOP.
    const MAX_LINKS: usize = 40;
    let mut at = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&at) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let next = fs::read_link(&at)?;
                at = crate::files::paths::folder_of(&at).join(next);
            }
            _ => return Ok(at),
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
}

#[cfg(unix)]
fn is_char_device(meta: &Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt;
    meta.file_type().is_char_device()
}

#[cfg(not(unix))]
fn is_char_device(_: &Metadata) -> bool {
    false
}

/// An I/O error in the words the rest of spotter's messages use.
fn describe(err: &io::Error) -> String {
    #[cfg(unix)]
    if err.raw_os_error() == Some(libc::EBADF) {
        return "it is not open for writing".to_string();
    }
    crate::files::paths::describe_io(err)
}

/// Standard output: a copy of its descriptor, or `None` when spotter was
/// started with it closed.
static STDOUT: OnceLock<Option<File>> = OnceLock::new();

/// Takes standard output (see [`STDOUT`]); call it first thing in `main`.
pub fn capture_stdout() {
    STDOUT.get_or_init(duplicate_stdout);
}

/// std's own `Stdout` reports success when descriptor 1 is read-only (it
/// takes `EBADF` for a closed stream to ignore); a copy of the descriptor
/// reports the error, so the lost report is exit 2.
#[cfg(unix)]
fn duplicate_stdout() -> Option<File> {
    use std::os::fd::AsFd;
    if was_closed_at_start() {
        return None;
    }
    let copy = io::stdout().as_fd().try_clone_to_owned().ok()?;
    Some(File::from(copy))
}

#[cfg(not(unix))]
fn duplicate_stdout() -> Option<File> {
    None
}

/// Whether descriptor 1 was closed when spotter started. Rust's runtime
/// opens `/dev/null` read-write on a closed standard descriptor before
/// `main`, so writes to it vanish without an error; a shell's `>/dev/null`
/// opens it write-only. That pair — `/dev/null`, read-write — is what is
/// left of a closed stdout. Linux shows both in `/proc`; elsewhere this
/// cannot be told and the report is written to `/dev/null`.
#[cfg(target_os = "linux")]
fn was_closed_at_start() -> bool {
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    const DEV_NULL: (u64, u64) = (1, 3);
    const O_ACCMODE: u32 = 0o3;
    const O_RDWR: u32 = 0o2;
    let is_dev_null = std::fs::metadata("/proc/self/fd/1").is_ok_and(|meta| {
        let rdev = meta.rdev();
        meta.file_type().is_char_device()
            && (u64::from(libc::major(rdev)), u64::from(libc::minor(rdev))) == DEV_NULL
    });
    if !is_dev_null {
        return false;
    }
    let flags = std::fs::read_to_string("/proc/self/fdinfo/1")
        .ok()
        .and_then(|info| {
            let line = info.lines().find_map(|l| l.strip_prefix("flags:"))?;
            u32::from_str_radix(line.trim(), 8).ok()
        });
    flags.is_some_and(|flags| flags & O_ACCMODE == O_RDWR)
}

#[cfg(all(unix, not(target_os = "linux")))]
fn was_closed_at_start() -> bool {
    false
}

/// Writes the report to standard output. A closed pipe (`spotter rules |
/// head`) is not a failure of ours and stays quiet, as in ripgrep; every
/// other failure is an error, since the report is lost.
pub fn write_stdout(bytes: &[u8]) -> Result<(), WriteError> {
    let path = Path::new("stdout");
    let written = match STDOUT.get_or_init(duplicate_stdout) {
        Some(file) => {
            let mut out: &File = file;
            out.write_all(bytes).and_then(|()| out.flush())
        }
        #[cfg(unix)]
        None => {
            return Err(WriteError {
                path: path.to_path_buf(),
                reason: "it is closed".to_string(),
            });
        }
        #[cfg(not(unix))]
        None => {
            let mut out = io::stdout().lock();
            out.write_all(bytes).and_then(|()| out.flush())
        }
    };
    match written {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(WriteError::io(path, &e)),
        Ok(()) => Ok(()),
    }
}
