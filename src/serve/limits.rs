//! What one upload may hold. Each bound keeps a hostile or mistaken upload (a 1 GB file, a zip
//! bomb, a zip of 10^5 entries) from taking the server's memory or time from the other users.

use std::time::Duration;

/// Largest request body, in bytes, unless `--max-upload-mib` says otherwise: a batch of a few
/// hundred real plans (tens of KB to a few MB each) fits many times over.
pub const DEFAULT_MAX_UPLOAD_BYTES: u64 = 64 * 1024 * 1024;

/// Most plan files in one batch: a county's or a province's batch is tens to hundreds.
pub const DEFAULT_MAX_FILES: usize = 1_000;

/// Most entries read from one zip (folders included): a zip of a folder of plans is far below
/// it, a zip made to exhaust the server is not.
pub const MAX_ZIP_ENTRIES: usize = 5_000;

/// Most bytes all the entries of an upload may unpack to: four times the upload cap, so a
/// folder of text plans (which compress about 3:1) fits, and a zip bomb does not.
pub const UNPACKED_PER_UPLOADED_BYTE: u64 = 4;

/// Largest single plan (uploaded or unpacked): the largest published plans are a few MB.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// Batches kept for viewing and downloading, newest first, unless `--keep-batches` says
/// otherwise; an older one is dropped with its memory.
pub const DEFAULT_KEEP_BATCHES: usize = 20;

/// How long a batch is kept after it was checked.
pub const BATCH_LIFETIME: Duration = Duration::from_secs(2 * 60 * 60);

/// Longest a request may take (an upload arriving slowly, a large report): past it the server
/// answers 408 and frees the connection.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(300);

/// The bounds in force.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_upload_bytes: u64,
    pub max_files: usize,
    pub max_file_bytes: u64,
    pub keep_batches: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_upload_bytes: DEFAULT_MAX_UPLOAD_BYTES,
            max_files: DEFAULT_MAX_FILES,
            max_file_bytes: DEFAULT_MAX_FILE_BYTES,
            keep_batches: DEFAULT_KEEP_BATCHES,
        }
    }
}

impl Limits {
    /// Most bytes the zips of one upload may unpack to.
    pub fn max_unpacked_bytes(&self) -> u64 {
        self.max_upload_bytes
            .saturating_mul(UNPACKED_PER_UPLOADED_BYTE)
    }
}

/// `n` bytes for a message: `64 MiB`, `512 KiB`.
pub fn size(n: u64) -> String {
    if n >= 1 << 20 {
        format!("{} MiB", n >> 20)
    } else {
        format!("{} KiB", n.div_ceil(1 << 10))
    }
}
