//! Writing a user's file without losing anything but what the write changes: a temporary file
//! with an unpredictable name created exclusively beside the target, the target's mode, owner
//! and extended attributes copied onto it, then renamed over the target — through a symlink to
//! its target, never over a file that changed since it was read, never over a read-only file
//! or one with other hard links (a rename would break them).

use std::io::Write;
use std::path::{Path, PathBuf};

use thiserror::Error;

/// How long a fix waits for a lock another program holds on the file (another planlint run
/// fixing it takes well under a second).
const MAX_LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(10);
/// How often the lock is tried again while waiting.
const LOCK_POLL: std::time::Duration = std::time::Duration::from_millis(20);

/// Why a file was not written. The file is as it was in every case.
#[derive(Debug, Error)]
pub enum WriteError {
    #[error(
        "{path}: not written: the file is read-only (make it writable first if it should be fixed)"
    )]
    ReadOnly { path: PathBuf },
    #[error(
        "{path}: not written: the file has {links} hard links, and replacing it would break them"
    )]
    HardLinked { path: PathBuf, links: u64 },
    #[error("{path}: not written: it is owned by another user, and the fixed file would not keep its owner")]
    Owner { path: PathBuf },
    #[error("{path}: not written: the file changed while planlint was fixing it (another program wrote to it); it is left as that program left it — run planlint again")]
    Changed { path: PathBuf },
    #[error("{path}: not written: another program has kept the file locked for {} s", MAX_LOCK_WAIT.as_secs())]
    Locked { path: PathBuf },
    #[error("{path}: not written: {what} is not a regular file")]
    NotRegular { path: PathBuf, what: &'static str },
    #[error("{path}: cannot write: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// A file's contents as they were read, so that a change by another writer before the rename
/// is noticed.
#[derive(Debug, Clone)]
pub struct ReadState {
    bytes: Vec<u8>,
}

impl ReadState {
    /// The bytes read.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

/// Read `path` (through symlinks) for a later [`replace`].
pub fn read_for_replace(path: &Path) -> Result<ReadState, WriteError> {
    let bytes = std::fs::read(path).map_err(|source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(ReadState { bytes })
}

/// Replace the file at `path` (a symlink's target, when it is one) with `bytes`, if it still
/// holds what `read` saw. Mode, owner and extended attributes are kept.
pub fn replace(path: &Path, bytes: &[u8], read: &ReadState) -> Result<(), WriteError> {
    let io = |source: std::io::Error| WriteError::Io {
        path: path.to_path_buf(),
        source,
    };
    // a symlinked plan is fixed where it lives; the link stays a link
    let target = std::fs::canonicalize(path).map_err(io)?;
    let meta = std::fs::metadata(&target).map_err(io)?;
    if !meta.is_file() {
        return Err(WriteError::NotRegular {
            path: path.to_path_buf(),
            what: "the target",
        });
    }
    // the permission to write is the user's, not a bit planlint may change
    let handle = match std::fs::OpenOptions::new().write(true).open(&target) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
            return Err(WriteError::ReadOnly {
                path: path.to_path_buf(),
            })
        }
        Err(e) => return Err(io(e)),
    };
    if meta.permissions().readonly() {
        return Err(WriteError::ReadOnly {
            path: path.to_path_buf(),
        });
    }
    let links = link_count(&meta);
    if links > 1 {
        return Err(WriteError::HardLinked {
            path: path.to_path_buf(),
            links,
        });
    }
    // two planlint runs fixing the same file take turns; the second sees the first's change.
    // A lock another program keeps is waited for a while, never forever.
    let waited_since = std::time::Instant::now();
    loop {
        match handle.try_lock() {
            Ok(()) => break,
            Err(std::fs::TryLockError::WouldBlock) if waited_since.elapsed() < MAX_LOCK_WAIT => {
                std::thread::sleep(LOCK_POLL);
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(WriteError::Locked {
                    path: path.to_path_buf(),
                })
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(io(e)),
        }
    }
    let result = write_replacement(path, &target, &meta, |f| f.write_all(bytes), Some(read));
    let _ = handle.unlock();
    result
}

/// Where writing `path` lands: a symlink's target, or the path itself when nothing is there.
fn target_of(path: &Path) -> Result<PathBuf, WriteError> {
    match std::fs::canonicalize(path) {
        Ok(t) => Ok(t),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(path.to_path_buf()),
        Err(source) => Err(WriteError::Io {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// Write a new file at `path` (a report, a baseline) atomically, with what `write` produces:
/// a file already there is replaced, keeping its mode.
pub fn create_or_replace(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), WriteError> {
    let io = |source: std::io::Error| WriteError::Io {
        path: path.to_path_buf(),
        source,
    };
    let target = target_of(path)?;
    match std::fs::metadata(&target) {
        Ok(meta) if !meta.is_file() => Err(WriteError::NotRegular {
            path: path.to_path_buf(),
            what: "the path",
        }),
        Ok(meta) => write_replacement(path, &target, &meta, write, None),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let tmp = temp_beside(&target).map_err(io)?;
            fill(tmp, write)
                .and_then(|tmp| tmp.persist(&target).map_err(|e| e.error))
                .map(|_| ())
                .map_err(io)
        }
        Err(e) => Err(io(e)),
    }
}

/// A file written as it goes (a report streamed to `--output-file`) and put in place whole at
/// the end: until [`NewFile::commit`], the path keeps what it held.
pub struct NewFile {
    path: PathBuf,
    target: PathBuf,
    tmp: tempfile::NamedTempFile,
}

impl NewFile {
    /// Start writing `path` (a symlink's target, when it is one).
    pub fn create(path: &Path) -> Result<NewFile, WriteError> {
        let io = |source: std::io::Error| WriteError::Io {
            path: path.to_path_buf(),
            source,
        };
        let target = target_of(path)?;
        if target.exists() && !target.is_file() {
            return Err(WriteError::NotRegular {
                path: path.to_path_buf(),
                what: "the path",
            });
        }
        let tmp = temp_beside(&target).map_err(io)?;
        Ok(NewFile {
            path: path.to_path_buf(),
            target,
            tmp,
        })
    }

    /// A handle to write through (the same open file).
    pub fn writer(&self) -> std::io::Result<std::fs::File> {
        self.tmp.as_file().try_clone()
    }

    /// Put the written file in place, keeping the mode of a file it replaces.
    pub fn commit(self) -> Result<(), WriteError> {
        let io = |source: std::io::Error| WriteError::Io {
            path: self.path.clone(),
            source,
        };
        self.tmp.as_file().sync_all().map_err(io)?;
        if let Ok(meta) = std::fs::metadata(&self.target) {
            self.tmp
                .as_file()
                .set_permissions(meta.permissions())
                .map_err(io)?;
        }
        self.tmp
            .persist(&self.target)
            .map(|_| ())
            .map_err(|e| WriteError::Io {
                path: self.path.clone(),
                source: e.error,
            })
    }
}

/// The temporary file, filled and given the target's metadata, renamed over the target if the
/// target still holds what was read.
fn write_replacement(
    path: &Path,
    target: &Path,
    meta: &std::fs::Metadata,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    read: Option<&ReadState>,
) -> Result<(), WriteError> {
    let io = |source: std::io::Error| WriteError::Io {
        path: path.to_path_buf(),
        source,
    };
    let tmp = temp_beside(target).map_err(io)?;
    let tmp = fill(tmp, write).map_err(io)?;
    copy_metadata(path, target, meta, tmp.as_file(), tmp.path())?;
    if let Some(read) = read {
        let now = std::fs::read(target).map_err(io)?;
        if now != read.bytes {
            return Err(WriteError::Changed {
                path: path.to_path_buf(),
            });
        }
    }
    tmp.persist(target).map_err(|e| io(e.error))?;
    Ok(())
}

/// A temporary file in the target's folder: a random name, created with O_EXCL, so nothing
/// planted there beforehand (a symlink) is followed; removed if the write does not finish.
fn temp_beside(target: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    let dir = target
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".into());
    tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".planlint.tmp")
        .tempfile_in(dir)
}

fn fill(
    tmp: tempfile::NamedTempFile,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<tempfile::NamedTempFile> {
    let mut buffered = std::io::BufWriter::new(tmp);
    write(&mut buffered)?;
    let tmp = buffered.into_inner().map_err(|e| e.into_error())?;
    tmp.as_file().sync_all()?;
    Ok(tmp)
}

#[cfg(unix)]
fn link_count(meta: &std::fs::Metadata) -> u64 {
    std::os::unix::fs::MetadataExt::nlink(meta)
}

#[cfg(not(unix))]
fn link_count(_: &std::fs::Metadata) -> u64 {
    1
}

/// Give the temporary file the target's mode, owner and group, and extended attributes.
#[cfg(unix)]
fn copy_metadata(
    path: &Path,
    target: &Path,
    meta: &std::fs::Metadata,
    tmp: &std::fs::File,
    tmp_path: &Path,
) -> Result<(), WriteError> {
    use std::os::unix::fs::MetadataExt;
    let io = |source: std::io::Error| WriteError::Io {
        path: path.to_path_buf(),
        source,
    };
    tmp.set_permissions(meta.permissions()).map_err(io)?;
    let mine = tmp.metadata().map_err(io)?;
    if (mine.uid(), mine.gid()) != (meta.uid(), meta.gid())
        && std::os::unix::fs::fchown(tmp, Some(meta.uid()), Some(meta.gid())).is_err()
    {
        // a group that differs is kept when the user is in it; another owner cannot be
        let owner_kept = std::os::unix::fs::fchown(tmp, None, Some(meta.gid())).is_ok()
            && mine.uid() == meta.uid();
        if !owner_kept {
            return Err(WriteError::Owner {
                path: path.to_path_buf(),
            });
        }
    }
    // the mode again: a change of owner may clear set-id bits
    tmp.set_permissions(meta.permissions()).map_err(io)?;
    if let Ok(names) = xattr::list(target) {
        for name in names {
            if let Ok(Some(value)) = xattr::get(target, &name) {
                xattr::set(tmp_path, &name, &value).map_err(io)?;
            }
        }
    }
    Ok(())
}

#[cfg(not(unix))]
fn copy_metadata(
    path: &Path,
    _target: &Path,
    meta: &std::fs::Metadata,
    tmp: &std::fs::File,
    _tmp_path: &Path,
) -> Result<(), WriteError> {
    tmp.set_permissions(meta.permissions())
        .map_err(|source| WriteError::Io {
            path: path.to_path_buf(),
            source,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("planlint-sw-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn replaces_keeping_mode_and_refuses_a_changed_file() {
        let d = dir("mode");
        let f = d.join("plan.txt");
        std::fs::write(&f, "old").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o640)).unwrap();
        }
        let read = read_for_replace(&f).unwrap();
        replace(&f, b"new", &read).unwrap();
        assert_eq!(std::fs::read(&f).unwrap(), b"new");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&f).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o640);
        }
        // read, then someone else writes: the fix is not applied over their change
        let read = read_for_replace(&f).unwrap();
        std::fs::write(&f, "theirs").unwrap();
        assert!(matches!(
            replace(&f, b"mine", &read),
            Err(WriteError::Changed { .. })
        ));
        assert_eq!(std::fs::read(&f).unwrap(), b"theirs");
        // no temporary file is left behind
        let left: Vec<_> = std::fs::read_dir(&d).unwrap().collect();
        assert_eq!(left.len(), 1);
        let _ = std::fs::remove_dir_all(&d);
    }

    #[test]
    fn a_fix_waits_for_a_lock_another_holder_releases() {
        let d = dir("lock");
        let f = d.join("plan.txt");
        std::fs::write(&f, "old").unwrap();
        let holder = std::fs::OpenOptions::new().write(true).open(&f).unwrap();
        holder.lock().unwrap();
        let read = read_for_replace(&f).unwrap();
        let release = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(200));
            holder.unlock().unwrap();
        });
        replace(&f, b"new", &read).unwrap();
        release.join().unwrap();
        assert_eq!(std::fs::read(&f).unwrap(), b"new");
        let _ = std::fs::remove_dir_all(&d);
    }
}
