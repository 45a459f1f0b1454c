//! Opening an input: only a regular file (or standard input, when named `-`) is read, and never
//! more than a cap, so a FIFO, a device or a file that never ends cannot hang or exhaust a run.

use std::io::Read;
use std::path::Path;

use super::IngestError;

/// Largest input read unless told otherwise: far above any real plan (the largest published
/// plans are a few MB), low enough that a runaway file is refused before it fills memory.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// How inputs are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadLimits {
    /// Largest file (or standard input) read, in bytes; a larger one is an error for that file.
    pub max_bytes: u64,
}

impl Default for ReadLimits {
    fn default() -> Self {
        ReadLimits {
            max_bytes: DEFAULT_MAX_FILE_BYTES,
        }
    }
}

/// The name that stands for standard input on the command line.
pub const STDIN_NAME: &str = "-";

/// Whether `path` names standard input (`-`).
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == STDIN_NAME
}

/// The bytes of the input at `path`, or why it is not read.
pub fn read_bytes(path: &Path, limits: ReadLimits) -> Result<Vec<u8>, IngestError> {
    let io = |source: std::io::Error| match source.kind() {
        std::io::ErrorKind::NotFound => IngestError::NotFound {
            path: path.to_path_buf(),
        },
        _ => IngestError::Io {
            path: path.to_path_buf(),
            source,
        },
    };
    if is_stdin(path) {
        return read_capped(std::io::stdin().lock(), path, limits);
    }
    // look before opening: opening a FIFO blocks until someone writes to it
    let meta = std::fs::metadata(path).map_err(io)?;
    refuse_special(path, &meta.file_type())?;
    let file = std::fs::File::open(path).map_err(io)?;
    // and again on what was opened, in case the name was swapped in between
    let meta = file.metadata().map_err(io)?;
    refuse_special(path, &meta.file_type())?;
    if meta.len() > limits.max_bytes {
        return Err(too_large(path, meta.len(), limits));
    }
    read_capped(file, path, limits)
}

/// Read at most the cap (a file may grow while it is read).
fn read_capped(reader: impl Read, path: &Path, limits: ReadLimits) -> Result<Vec<u8>, IngestError> {
    let mut bytes = Vec::new();
    reader
        .take(limits.max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|source| IngestError::Io {
            path: path.to_path_buf(),
            source,
        })?;
    if bytes.len() as u64 > limits.max_bytes {
        return Err(too_large(path, bytes.len() as u64, limits));
    }
    Ok(bytes)
}

fn too_large(path: &Path, size: u64, limits: ReadLimits) -> IngestError {
    IngestError::TooLarge {
        path: path.to_path_buf(),
        size,
        max: limits.max_bytes,
    }
}

/// A folder, FIFO, socket or device is not a plan.
fn refuse_special(path: &Path, t: &std::fs::FileType) -> Result<(), IngestError> {
    if t.is_file() {
        return Ok(());
    }
    let what = if t.is_dir() {
        "a folder"
    } else {
        special_kind(t)
    };
    Err(IngestError::NotRegular {
        path: path.to_path_buf(),
        what,
    })
}

#[cfg(unix)]
fn special_kind(t: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if t.is_fifo() {
        "a named pipe (FIFO)"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_char_device() || t.is_block_device() {
        "a device"
    } else {
        "not a regular file"
    }
}

#[cfg(not(unix))]
fn special_kind(_: &std::fs::FileType) -> &'static str {
    "not a regular file"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devices_and_oversize_files_are_refused() {
        #[cfg(unix)]
        {
            let e = read_bytes(Path::new("/dev/zero"), ReadLimits::default()).unwrap_err();
            assert!(
                matches!(
                    e,
                    IngestError::NotRegular {
                        what: "a device",
                        ..
                    }
                ),
                "{e}"
            );
        }
        let dir = std::env::temp_dir().join(format!("planlint-open-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let f = dir.join("big.txt");
        std::fs::write(&f, vec![b'a'; 100]).unwrap();
        let e = read_bytes(&f, ReadLimits { max_bytes: 99 }).unwrap_err();
        assert!(
            matches!(
                e,
                IngestError::TooLarge {
                    size: 100,
                    max: 99,
                    ..
                }
            ),
            "{e}"
        );
        assert_eq!(
            read_bytes(&f, ReadLimits { max_bytes: 100 }).unwrap().len(),
            100
        );
        let e = read_bytes(&dir, ReadLimits::default()).unwrap_err();
        assert!(
            matches!(
                e,
                IngestError::NotRegular {
                    what: "a folder",
                    ..
                }
            ),
            "{e}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
