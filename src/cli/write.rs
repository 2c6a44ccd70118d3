//! The one way the command line writes a file it made (`--fix`,
//! `--output-file`). Issue 27's writer is meant to take this place for
//! every file spotter writes; until then it mirrors the baseline's.

use crate::discover::{describe_io, folder_of};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path`: a regular file (or a symlink's target, so the
/// link stays a link) is replaced atomically, through a temporary file
/// beside it that keeps its permissions, so a failed write never truncates
/// it; a character device (`/dev/stdout`) is written directly; anything
/// else (a folder, a FIFO, a socket) is refused.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let fail = |e: std::io::Error| format!("cannot write {}: {}", path.display(), describe_io(&e));
    let target = resolved(path);
    match std::fs::metadata(&target) {
        Ok(meta) if meta.is_file() => {
            replace(&target, bytes, Some(meta.permissions())).map_err(fail)
        }
        Ok(meta) if is_char_device(&meta) => std::fs::OpenOptions::new()
            .write(true)
            .open(&target)
            .and_then(|mut f| f.write_all(bytes).and_then(|()| f.flush()))
            .map_err(fail),
        Ok(_) => Err(format!(
            "cannot write {}: not a regular file, and it is never replaced",
            path.display()
        )),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            replace(&target, bytes, None).map_err(fail)
        }
        Err(e) => Err(fail(e)),
    }
}

/// The file a path names: a symlink's final target, the path itself when
/// it is no symlink or the link dangles.
fn resolved(path: &Path) -> PathBuf {
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if is_link {
        std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
    } else {
        path.to_path_buf()
    }
}

fn replace(
    path: &Path,
    bytes: &[u8],
    permissions: Option<std::fs::Permissions>,
) -> std::io::Result<()> {
    let mut temp = tempfile::NamedTempFile::new_in(folder_of(path))?;
    temp.write_all(bytes)?;
    if let Some(permissions) = permissions {
        temp.as_file().set_permissions(permissions)?;
    }
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(unix)]
fn is_char_device(meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt;
    meta.file_type().is_char_device()
}

#[cfg(not(unix))]
fn is_char_device(_: &std::fs::Metadata) -> bool {
    false
}
