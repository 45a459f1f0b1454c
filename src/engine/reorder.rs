//! The reorder buffer between the workers and the report: workers take file indexes in order and
//! finish them in any order; results leave in index order. Workers pause when they run a bounded
//! window ahead of the report, so a slow file never lets finished ones pile up.

use std::collections::BTreeMap;
use std::sync::{Condvar, Mutex, MutexGuard};

struct State<T> {
    /// The next index a worker will take.
    next: usize,
    /// The next index to hand to the report.
    emitted: usize,
    ready: BTreeMap<usize, T>,
    /// The report stopped early: workers take nothing more.
    stopped: bool,
}

/// Indexes `0..len` handed out in order, their results taken back in order.
pub(crate) struct Queue<T> {
    len: usize,
    window: usize,
    state: Mutex<State<T>>,
    changed: Condvar,
}

impl<T> Queue<T> {
    /// A queue of `len` items letting workers run at most `window` items ahead of the report.
    pub(crate) fn new(len: usize, window: usize) -> Queue<T> {
        Queue {
            len,
            window: window.max(1),
            state: Mutex::new(State {
                next: 0,
                emitted: 0,
                ready: BTreeMap::new(),
                stopped: false,
            }),
            changed: Condvar::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State<T>> {
        // a panic while holding the lock leaves consistent state: every update is one statement
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn wait<'a>(&self, guard: MutexGuard<'a, State<T>>) -> MutexGuard<'a, State<T>> {
        self.changed.wait(guard).unwrap_or_else(|e| e.into_inner())
    }

    /// The next index to work on, waiting while the workers are a window ahead; None when all
    /// are taken or the report stopped.
    pub(crate) fn take(&self) -> Option<usize> {
        let mut s = self.lock();
        loop {
            if s.stopped || s.next >= self.len {
                return None;
            }
            if s.next < s.emitted + self.window {
                s.next += 1;
                return Some(s.next - 1);
            }
            s = self.wait(s);
        }
    }

    /// The result of index `i`.
    pub(crate) fn finish(&self, i: usize, result: T) {
        let mut s = self.lock();
        s.ready.insert(i, result);
        drop(s);
        self.changed.notify_all();
    }

    /// The next result in index order, waiting for it; None after the last.
    pub(crate) fn next(&self) -> Option<T> {
        let mut s = self.lock();
        loop {
            if s.emitted >= self.len || s.stopped {
                return None;
            }
            let i = s.emitted;
            if let Some(r) = s.ready.remove(&i) {
                s.emitted += 1;
                drop(s);
                self.changed.notify_all();
                return Some(r);
            }
            s = self.wait(s);
        }
    }

    /// Results waiting for their turn (for tests of the memory bound).
    #[cfg(test)]
    fn waiting(&self) -> usize {
        self.lock().ready.len()
    }

    /// A guard that stops the workers when dropped, so a report that ends early (or panics)
    /// never leaves them waiting.
    pub(crate) fn stop_on_drop(&self) -> StopOnDrop<'_, T> {
        StopOnDrop(self)
    }

    fn stop(&self) {
        self.lock().stopped = true;
        self.changed.notify_all();
    }
}

/// Stops a [`Queue`] when dropped.
pub(crate) struct StopOnDrop<'a, T>(&'a Queue<T>);

impl<T> Drop for StopOnDrop<'_, T> {
    fn drop(&mut self) {
        self.0.stop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn results_leave_in_order_and_workers_stay_within_the_window() {
        let q: Queue<usize> = Queue::new(200, 4);
        let most_waiting = AtomicUsize::new(0);
        let mut seen = Vec::new();
        std::thread::scope(|s| {
            for w in 0..3 {
                let q = &q;
                let most_waiting = &most_waiting;
                s.spawn(move || {
                    while let Some(i) = q.take() {
                        // uneven work, so results finish out of order
                        if (i + w) % 7 == 0 {
                            std::thread::sleep(std::time::Duration::from_millis(1));
                        }
                        q.finish(i, i * 10);
                        most_waiting.fetch_max(q.waiting(), Ordering::SeqCst);
                    }
                });
            }
            let _stop = q.stop_on_drop();
            while let Some(r) = q.next() {
                seen.push(r);
            }
        });
        assert_eq!(seen, (0..200).map(|i| i * 10).collect::<Vec<_>>());
        assert!(most_waiting.load(Ordering::SeqCst) <= 4);
    }

    #[test]
    fn a_report_that_stops_early_releases_the_workers() {
        let q: Queue<usize> = Queue::new(1_000_000, 2);
        std::thread::scope(|s| {
            s.spawn(|| {
                while let Some(i) = q.take() {
                    q.finish(i, i);
                }
            });
            let _stop = q.stop_on_drop();
            assert_eq!(q.next(), Some(0));
            assert_eq!(q.next(), Some(1));
        });
        // reaching here means the worker returned
    }
}
