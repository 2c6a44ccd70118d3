//! Path helpers every stage that touches files shares: the folder of a
//! file, a path made absolute by name, and an I/O error in words.

use std::path::{Component, Path, PathBuf};

/// The folder holding `path` (`.` for a bare file name).
pub fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// The absolute path with `.` and `..` resolved by name (not through
/// symlinks), so `../guides/x.yaml` and `guides/x.yaml` compare.
pub fn absolute(path: &Path) -> Option<PathBuf> {
    let path = std::path::absolute(path).ok()?;
    let mut clean = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                clean.pop();
            }
            other => clean.push(other),
        }
    }
    Some(clean)
}

/// An I/O error as a reader of a report wants it: the common kinds in
/// plain words, the rest as the system says them.
pub fn describe_io(err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => err.to_string(),
    }
}
