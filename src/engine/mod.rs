//! The engine: parse each file once, run every compiled rule over it in parallel, and give the
//! findings in a fixed order (file, offset, rule id) whatever the thread count.

use std::path::{Path, PathBuf};

pub mod baseline;
pub mod fingerprint;
mod reorder;
pub mod session;
pub mod suppress;
pub mod uppers;

pub use session::Session;

use rayon::prelude::*;
use serde::Serialize;

use crate::calendar::Calendar;
use crate::ingest::{self, IngestError, Source, Span};
use crate::plan::model::Plan;
use crate::plan::Parser;
use crate::rules::fields::PlanCx;
use crate::rules::spec::Severity;
use crate::rules::Rule;

/// A further place a finding points at.
#[derive(Debug, Clone, Serialize)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

/// A replacement that repairs a finding.
#[derive(Debug, Clone, Serialize)]
pub struct Fix {
    pub span: Span,
    pub replacement: String,
}

/// One problem in one file.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// `pack::rule`.
    pub rule: String,
    pub severity: Severity,
    pub message: String,
    pub help: Option<String>,
    /// The file, as given.
    pub path: String,
    /// Where; null for a finding about the whole file with nothing to point at.
    pub span: Option<Span>,
    pub labels: Vec<Label>,
    pub fix: Option<Fix>,
    /// The task's index in the plan, when the finding is about a task.
    pub task: Option<usize>,
    pub references: Vec<String>,
    /// Content fingerprint (rule, task, the characters pointed at): stable when lines move.
    pub fingerprint: String,
}

/// The result for one file.
#[derive(Debug)]
pub struct FileResult {
    pub path: PathBuf,
    /// The decoded source (absent when the file could not be read).
    pub source: Option<Source>,
    pub plan: Option<Plan>,
    pub findings: Vec<Finding>,
    pub error: Option<IngestError>,
}

/// Run `rules` over one parsed plan (traced against its upper plan, when the run has one),
/// in parallel on the current rayon pool.
pub fn check_plan(
    rules: &[Rule],
    calendar: &Calendar,
    plan: &Plan,
    source: &Source,
    trace: Option<&crate::trace::Traced>,
) -> Vec<Finding> {
    check_plan_on(RulesOn::Pool, rules, calendar, plan, source, trace)
}

/// Where one plan's rules run. A run of many files already keeps every core busy with
/// files, and handing each file's rules to the pool and waiting for them only adds thread
/// wake-ups (about 5% of a `-j1` run's samples); a single file gains from its rules running
/// side by side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RulesOn {
    /// In parallel, on the current rayon pool.
    Pool,
    /// One after another, on the calling thread.
    Caller,
}

/// Run `rules` over one parsed plan, where `on` says. The findings are the same either way.
pub fn check_plan_on(
    on: RulesOn,
    rules: &[Rule],
    calendar: &Calendar,
    plan: &Plan,
    source: &Source,
    trace: Option<&crate::trace::Traced>,
) -> Vec<Finding> {
    let cx = PlanCx {
        plan,
        text: &source.text,
        map: &source.map,
        calendar,
        trace,
    };
    let locator = TaskLocator::new(plan);
    let of_rule = |rule: &Rule| {
        rule.run(&cx)
            .into_iter()
            .map(|h| {
                let task = locator.task_of(&h);
                Finding {
                    rule: rule.id.clone(),
                    severity: rule.severity,
                    message: h.hit.message.clone().unwrap_or(h.message),
                    help: rule.help.clone(),
                    path: plan.path.clone(),
                    span: h.hit.span.or(h.anchor),
                    labels: h
                        .hit
                        .labels
                        .iter()
                        .map(|(span, message)| Label {
                            span: *span,
                            message: message.clone(),
                        })
                        .collect(),
                    fix: match (&h.hit.fix, h.hit.span) {
                        (Some(replacement), Some(span)) => Some(Fix {
                            span,
                            replacement: replacement.clone(),
                        }),
                        _ => None,
                    },
                    fingerprint: fingerprint::fingerprint(
                        &rule.id,
                        plan,
                        task,
                        &source.text,
                        h.hit.span.or(h.anchor),
                    ),
                    task,
                    references: rule.references.clone(),
                }
            })
            .collect::<Vec<_>>()
    };
    let mut findings: Vec<Finding> = match on {
        RulesOn::Pool => rules.par_iter().flat_map_iter(of_rule).collect(),
        RulesOn::Caller => rules.iter().flat_map(of_rule).collect(),
    };
    sort(&mut findings);
    findings
}

/// Finds the task whose span holds a finding, for document-wide rules (a typo in task 4 is
/// about task 4). Looking up each finding by scanning the task list was quadratic on long plans
/// (a 1M-line file took minutes), so tasks are searched by offset.
struct TaskLocator<'p> {
    plan: &'p Plan,
    /// Tasks follow one another without overlapping (the usual case): a binary search on the
    /// starts finds the only candidate. Otherwise the first task in plan order holding the
    /// span is searched for, as the plan lists them.
    ordered: bool,
}

impl<'p> TaskLocator<'p> {
    fn new(plan: &'p Plan) -> TaskLocator<'p> {
        let ordered = plan
            .tasks
            .windows(2)
            .all(|w| w[0].span.end <= w[1].span.start);
        TaskLocator { plan, ordered }
    }

    /// The task a finding is about: the item's own, or the task whose text holds the span.
    fn task_of(&self, h: &crate::rules::RuleHit) -> Option<usize> {
        h.task.or_else(|| {
            let s = h.hit.span?;
            let holds =
                |t: &&crate::plan::model::Task| t.span.start <= s.start && s.end <= t.span.end;
            let tasks = &self.plan.tasks;
            if self.ordered {
                // tasks before this point start at or before the finding
                let after = tasks.partition_point(|t| t.span.start <= s.start);
                // with touching spans (one ends where the next starts) an empty finding at the
                // seam lies in several: the plan's first is the one; ends only fall going back
                let mut found = None;
                for t in tasks[..after].iter().rev() {
                    if t.span.end < s.end {
                        break;
                    }
                    if holds(&t) {
                        found = Some(t.index);
                    }
                }
                found
            } else {
                tasks.iter().find(holds).map(|t| t.index)
            }
        })
    }
}

/// Findings in report order: offset, then rule id, then message.
pub fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        let key = |f: &Finding| {
            (
                f.span.map(|s| s.start).unwrap_or(0),
                f.span.map(|s| s.end).unwrap_or(0),
            )
        };
        key(a)
            .cmp(&key(b))
            .then_with(|| a.rule.cmp(&b.rule))
            .then_with(|| a.message.cmp(&b.message))
    });
}

/// Read and parse one file. A failure of planlint itself (a panic) on this file becomes an
/// error for this file, so one bad document never stops a run over hundreds.
pub fn read_plan(
    parser: &Parser,
    path: &Path,
    limits: ingest::ReadLimits,
) -> Result<(Source, Plan), IngestError> {
    read_plan_as(parser, path, path, limits)
}

/// Read the input at `path` and parse it as the file `shown` (standard input reported under
/// `--stdin-filename`).
fn read_plan_as(
    parser: &Parser,
    path: &Path,
    shown: &Path,
    limits: ingest::ReadLimits,
) -> Result<(Source, Plan), IngestError> {
    let mut source = ingest::read_with(path, limits)?;
    source.path = shown.to_path_buf();
    let plan = guarded(shown, || parser.parse(&source))?;
    Ok((source, plan))
}

/// Run `f`, turning a panic into an error for the file at `path`.
fn guarded<T>(path: &Path, f: impl FnOnce() -> T) -> Result<T, IngestError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "internal error".to_owned());
        IngestError::Internal {
            path: path.to_path_buf(),
            message,
        }
    })
}

/// Finished files that may wait, per thread, for an earlier file to be reported before the
/// workers pause. Each waiting file holds its source, plan and findings, so this bounds memory;
/// 8 per thread keeps every thread busy past a file several times slower than its neighbours.
const REORDER_WINDOW_PER_THREAD: usize = 8;

/// What checking a file takes, loaded once per run and shared by every file: the thread pool
/// the rules run on, the compiled rules, the workday calendar, the parser and the read limits.
#[derive(Clone, Copy)]
pub struct Checker<'a> {
    pub pool: &'a rayon::ThreadPool,
    pub rules: &'a [Rule],
    pub calendar: &'a Calendar,
    pub parser: &'a Parser,
    pub limits: ingest::ReadLimits,
    /// The name standard input (`-`) is reported under (`--stdin-filename`).
    pub stdin_name: Option<&'a Path>,
    /// Upper plans that some files are traced against (`trace:`, `planlint trace`).
    pub uppers: Option<&'a uppers::Uppers>,
}

impl Checker<'_> {
    /// Check files in parallel and hand each result to `each` in the order of `files`, as soon
    /// as its turn comes: results are never collected, so memory does not grow with the number
    /// of files. `done` is called as each file is finished (for a progress bar). `each` returns
    /// false to stop the run early (say, when the output is closed).
    pub fn stream_files(
        &self,
        files: &[PathBuf],
        done: &(dyn Fn() + Sync),
        mut each: impl FnMut(FileResult) -> bool,
    ) {
        let threads = self.pool.current_num_threads().max(1);
        let queue = reorder::Queue::new(files.len(), threads * REORDER_WINDOW_PER_THREAD);
        // with a file for every thread, files keep the cores busy: each worker runs its own
        // file's rules
        let rules_on = if files.len() >= threads {
            RulesOn::Caller
        } else {
            RulesOn::Pool
        };
        std::thread::scope(|scope| {
            // the workers are plain threads, not pool jobs: a pool thread waiting for its rules
            // to finish may run any queued pool job, and a worker job run there would block in
            // `take` under the very file the report is waiting for
            for _ in 0..threads {
                scope.spawn(|| {
                    while let Some(i) = queue.take() {
                        let r = self.check_file_on(&files[i], rules_on);
                        done();
                        queue.finish(i, r);
                    }
                });
            }
            // stop the workers however this thread leaves (a closed output, or a panic)
            let _stop = queue.stop_on_drop();
            while let Some(r) = queue.next() {
                if !each(r) {
                    break;
                }
            }
        });
    }

    /// Decode, parse and check an input given as bytes (an upload), reported under `name`.
    /// `name` is only a label and a format hint; nothing is read from or written to it.
    pub fn check_bytes(&self, name: &Path, bytes: Vec<u8>) -> FileResult {
        let checked = guarded(name, || {
            let source = ingest::from_bytes(name, bytes)?;
            let plan = self.parser.parse(&source);
            let findings = self
                .pool
                .install(|| check_plan(self.rules, self.calendar, &plan, &source, None));
            Ok((source, plan, findings))
        })
        .and_then(|r| r);
        file_result(name, checked)
    }

    /// Read, parse and check one file: read and parsed on the calling thread, its rules run
    /// in parallel on the pool. A panic in planlint becomes this file's error.
    pub fn check_file(&self, path: &Path) -> FileResult {
        self.check_file_on(path, RulesOn::Pool)
    }

    /// [`Checker::check_file`], its rules run where `on` says.
    fn check_file_on(&self, path: &Path, on: RulesOn) -> FileResult {
        let shown = self
            .stdin_name
            .filter(|_| ingest::is_stdin(path))
            .unwrap_or(path);
        let checked = guarded(shown, || {
            read_plan_as(self.parser, path, shown, self.limits)
        })
        .and_then(|r| r)
        .and_then(|(source, plan)| {
            guarded(shown, || {
                let upper = self.uppers.and_then(|u| u.for_file(path));
                let traced = upper.map(|u| u.trace(&plan, &source));
                let run = || {
                    check_plan_on(
                        on,
                        self.rules,
                        self.calendar,
                        &plan,
                        &source,
                        traced.as_ref(),
                    )
                };
                match on {
                    RulesOn::Pool => self.pool.install(run),
                    RulesOn::Caller => run(),
                }
            })
            .map(|findings| (source, plan, findings))
        });
        file_result(shown, checked)
    }
}

fn file_result(
    path: &Path,
    checked: Result<(Source, Plan, Vec<Finding>), IngestError>,
) -> FileResult {
    match checked {
        Ok((source, plan, findings)) => FileResult {
            path: path.to_path_buf(),
            source: Some(source),
            plan: Some(plan),
            findings,
            error: None,
        },
        Err(error) => FileResult {
            path: path.to_path_buf(),
            source: None,
            plan: None,
            findings: Vec::new(),
            error: Some(error),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failure_on_one_file_is_an_error_for_that_file() {
        let r = guarded(Path::new("plan.txt"), || -> u32 {
            panic!("index out of range")
        });
        match r {
            Err(IngestError::Internal { path, message }) => {
                assert_eq!(path, Path::new("plan.txt"));
                assert_eq!(message, "index out of range");
            }
            other => panic!("expected an internal error, got {other:?}"),
        }
        assert_eq!(guarded(Path::new("plan.txt"), || 7).ok(), Some(7));
    }
}
