//! Reports: one module per output format.

pub mod annotated;
pub mod excerpt;
pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod junit;
pub mod location;
pub mod parse;
pub mod sarif;
pub mod spool;
pub mod statistics;
pub mod terminal;
pub mod trace;
pub mod word_comments;

use std::io::{self, Write};

use crate::engine::{FileResult, Finding};
use crate::rules::spec::Severity;

/// Text safe inside HTML or XML content and attribute values; control characters XML cannot
/// hold are dropped.
pub fn escape_markup(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || matches!(c, '\u{fffe}' | '\u{ffff}') => {}
            c => out.push(c),
        }
    }
    out
}

/// Tasks without a lead unit and without a deadline, as a file's findings of the bundled
/// `lead-unit-named` and `deadline-present` rules count them (all of them, shown or not): the
/// two gap columns of an overview.
pub fn task_gaps(findings: &[Finding]) -> (usize, usize) {
    let count = |rule: &str| findings.iter().filter(|f| f.rule == rule).count();
    (
        count("gov-openness::lead-unit-named"),
        count("gov-openness::deadline-present"),
    )
}

/// Counts for summaries: files, and shown findings by severity.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub files: usize,
    pub unreadable: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub hints: usize,
    /// Findings below `--min-severity`.
    pub hidden: usize,
    /// Findings matched by the baseline (not reported).
    pub baselined: usize,
    /// Findings removed by suppressions.
    pub suppressed: usize,
}

impl Counts {
    /// Count one file's result, showing findings at or above `min`.
    pub fn add(&mut self, r: &FileResult, min: Severity) {
        self.files += 1;
        if r.error.is_some() {
            self.unreadable += 1;
        }
        for f in &r.findings {
            if f.severity < min {
                self.hidden += 1;
                continue;
            }
            match f.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Info => self.infos += 1,
                Severity::Hint => self.hints += 1,
            }
        }
    }

    /// Findings shown.
    pub fn shown(&self) -> usize {
        self.errors + self.warnings + self.infos + self.hints
    }
}

/// A report written while the run goes: each file's result in path order as soon as its turn
/// comes, then the totals. The result is dropped after [`Printer::file`], so a printer keeps only
/// what its format needs at the end (counts, or a [`spool::Spool`] that moves to disk when
/// large), never the files: memory stays flat however many plans a run checks.
pub trait Printer {
    /// Report one file.
    fn file(&mut self, result: &FileResult, out: &mut dyn Write) -> io::Result<()>;
    /// End the report with the run's totals.
    fn finish(&mut self, counts: &Counts, out: &mut dyn Write) -> io::Result<()>;
}

/// Which findings a report shows: those at or above `--min-severity`.
#[derive(Debug, Clone, Copy)]
pub struct Shown(pub Severity);

impl Shown {
    /// Whether `f` is shown.
    pub fn shows(self, f: &Finding) -> bool {
        f.severity >= self.0
    }
}
