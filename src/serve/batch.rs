//! A batch: the plans of one upload, checked in parallel on the session's thread pool, kept in
//! memory for viewing and downloading until newer batches or its age push it out.

use std::collections::VecDeque;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Instant;

use rayon::prelude::*;

use crate::engine::{FileResult, Finding, Session};
use crate::ingest::ReadLimits;
use crate::rules::spec::Severity;

use super::limits::{Limits, BATCH_LIFETIME};
use super::upload::{Refused, Upload};

/// What the upload form chose.
#[derive(Debug, Clone)]
pub struct BatchOptions {
    /// The rule packs whose findings are shown.
    pub packs: Vec<String>,
    pub min: Severity,
}

/// One checked plan of a batch.
pub struct Entry {
    /// The file's result, with the findings the options let through.
    pub result: FileResult,
    /// Tasks without a lead unit and without a deadline, by the bundled rules whatever packs
    /// were chosen (the overview's chart).
    pub without_lead: usize,
    pub without_deadline: usize,
}

impl Entry {
    /// Findings at each severity: errors, warnings, and infos with hints.
    pub fn counts(&self) -> (usize, usize, usize) {
        let n = |s: Severity| {
            self.result
                .findings
                .iter()
                .filter(|f| f.severity == s)
                .count()
        };
        (
            n(Severity::Error),
            n(Severity::Warning),
            n(Severity::Info) + n(Severity::Hint),
        )
    }

    /// A quick ordering of plans from worst to best, not a grade: 100 less the weighted
    /// findings per task (10 for an error, 3 for a warning, 1 for a note) times 10, never
    /// below 0. Per task, so a 200-task plan is not worse than a 10-task plan for having more
    /// tasks; an unreadable file scores 0.
    pub fn score(&self) -> u32 {
        if self.result.error.is_some() {
            return 0;
        }
        let (e, w, i) = self.counts();
        let weighted = (ERROR_COST * e + WARNING_COST * w + INFO_COST * i) as f64;
        let tasks = self
            .result
            .plan
            .as_ref()
            .map_or(0, |p| p.tasks.len())
            .max(MIN_TASKS_SCALE) as f64;
        let lost = (weighted / tasks * POINTS_PER_WEIGHT).round();
        (100.0 - lost).max(0.0) as u32
    }
}

/// Score lost per error, warning and note (see [`Entry::score`]): an error is a real gap (a
/// task no one leads, no deadline), a warning most often a drafting slip.
const ERROR_COST: usize = 10;
const WARNING_COST: usize = 3;
const INFO_COST: usize = 1;
/// Points lost per unit of weighted findings per task: one error in every task costs all 100.
const POINTS_PER_WEIGHT: f64 = 10.0;
/// A plan of fewer tasks is scored as if it had this many, so that a 2-task notice with one
/// slip is not scored like a plan that fails throughout.
const MIN_TASKS_SCALE: usize = 10;

/// An upload being checked or checked.
pub struct Batch {
    /// Random and unguessable: it is the only key to the batch's documents.
    pub id: String,
    pub created: Instant,
    pub options: BatchOptions,
    pub refused: Vec<Refused>,
    pub total: usize,
    done: AtomicUsize,
    entries: OnceLock<Vec<Entry>>,
}

impl Batch {
    /// Files checked so far, of all.
    pub fn progress(&self) -> (usize, usize) {
        (self.done.load(Ordering::Relaxed), self.total)
    }

    /// The checked plans in upload order, once all are checked.
    pub fn entries(&self) -> Option<&[Entry]> {
        self.entries.get().map(Vec::as_slice)
    }
}

/// The last batches, newest first.
pub struct BatchStore {
    batches: Mutex<VecDeque<Arc<Batch>>>,
    keep: usize,
}

impl BatchStore {
    pub fn new(keep: usize) -> BatchStore {
        BatchStore {
            batches: Mutex::new(VecDeque::new()),
            keep: keep.max(1),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, VecDeque<Arc<Batch>>> {
        // a panic elsewhere while holding the lock leaves the list itself intact
        self.batches
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Keep `batch`, dropping the checked batches beyond the number kept (oldest first) and
    /// those past their lifetime. A batch still being checked is never dropped: its user is
    /// waiting for it.
    pub fn insert(&self, batch: Arc<Batch>) {
        let mut list = self.lock();
        list.push_front(batch);
        let mut kept = 0;
        list.retain(|b| {
            if b.entries().is_none() {
                return true;
            }
            kept += 1;
            kept <= self.keep && b.created.elapsed() < BATCH_LIFETIME
        });
    }

    /// Drop the batch `id` with its documents now (the page's delete button); false when it
    /// is not kept.
    pub fn remove(&self, id: &str) -> bool {
        let mut list = self.lock();
        let before = list.len();
        list.retain(|b| b.id != id);
        list.len() < before
    }

    pub fn get(&self, id: &str) -> Option<Arc<Batch>> {
        self.lock()
            .iter()
            .find(|b| b.id == id && b.created.elapsed() < BATCH_LIFETIME)
            .cloned()
    }

    /// How many batches are kept now.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    /// Whether no batch is kept.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A new batch for `upload`, not yet checked.
pub fn new_batch(upload: &Upload, all_packs: &[String]) -> Arc<Batch> {
    let packs = if upload.packs.is_empty() {
        all_packs.to_vec()
    } else {
        upload
            .packs
            .iter()
            .filter(|p| all_packs.contains(p))
            .cloned()
            .collect()
    };
    Arc::new(Batch {
        id: random_id(),
        created: Instant::now(),
        options: BatchOptions {
            packs,
            min: upload.min,
        },
        refused: upload.refused.clone(),
        total: upload.files.len(),
        done: AtomicUsize::new(0),
        entries: OnceLock::new(),
    })
}

/// Check the files of `upload` into `batch` (blocking: run it off the async threads).
pub fn check(
    batch: &Batch,
    upload: Upload,
    session: &Session,
    pool: &rayon::ThreadPool,
    limits: &Limits,
) {
    let checker = session.checker(
        pool,
        ReadLimits {
            max_bytes: limits.max_file_bytes,
        },
    );
    let options = &batch.options;
    let entries: Vec<Entry> = pool.install(|| {
        upload
            .files
            .into_par_iter()
            .map(|f| {
                let mut result = checker.check_bytes(Path::new(&f.name), f.bytes);
                let (without_lead, without_deadline) = crate::report::task_gaps(&result.findings);
                result.findings.retain(|x| shown(options, x));
                batch.done.fetch_add(1, Ordering::Relaxed);
                Entry {
                    result,
                    without_lead,
                    without_deadline,
                }
            })
            .collect()
    });
    let _ = batch.entries.set(entries);
}

/// Whether the batch's options show `f`.
fn shown(options: &BatchOptions, f: &Finding) -> bool {
    let pack = f.rule.split("::").next().unwrap_or_default();
    f.severity >= options.min && options.packs.iter().any(|p| p == pack)
}

/// 128 random bits as hex, from the system's generator: a batch id is its only password, and a
/// page's script nonce must not be guessed.
pub fn random_id() -> String {
    let mut bytes = [0u8; 16];
    let from_system = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes))
        .is_ok();
    if !from_system {
        // no /dev/urandom: std's random hash keys (new ones for each `RandomState`) and the time
        use std::hash::{BuildHasher, Hasher};
        for half in bytes.chunks_mut(8) {
            let mut h = std::collections::hash_map::RandomState::new().build_hasher();
            h.write_u128(
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos())
                    .unwrap_or(0),
            );
            half.copy_from_slice(&h.finish().to_le_bytes());
        }
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn batch(finished: bool) -> Arc<Batch> {
        let b = Arc::new(Batch {
            id: random_id(),
            created: Instant::now(),
            options: BatchOptions {
                packs: Vec::new(),
                min: Severity::Info,
            },
            refused: Vec::new(),
            total: 0,
            done: AtomicUsize::new(0),
            entries: OnceLock::new(),
        });
        if finished {
            let _ = b.entries.set(Vec::new());
        }
        b
    }

    #[test]
    fn checked_batches_beyond_the_number_kept_go_and_batches_being_checked_stay() {
        let store = BatchStore::new(2);
        let running = batch(false);
        store.insert(running.clone());
        let old: Vec<Arc<Batch>> = (0..3).map(|_| batch(true)).collect();
        for b in &old {
            store.insert(b.clone());
        }
        assert_eq!(store.len(), 3, "two checked and the one being checked");
        assert!(store.get(&running.id).is_some());
        assert!(
            store.get(&old[0].id).is_none(),
            "the oldest checked one went"
        );
        assert!(store.remove(&old[2].id));
        assert!(!store.remove(&old[2].id));
        assert!(store.get(&old[2].id).is_none());
    }

    #[test]
    fn ids_are_random_128_bit_hex() {
        let (a, b) = (random_id(), random_id());
        assert_eq!(a.len(), 32);
        assert!(a.chars().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
    }
}
