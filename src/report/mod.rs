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

use crate::engine::FileResult;
use crate::rules::spec::Severity;

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
    /// Count the results, showing findings at or above `min`.
    pub fn of(results: &[FileResult], min: Severity) -> Counts {
        let mut c = Counts {
            files: results.len(),
            ..Counts::default()
        };
        for r in results {
            if r.error.is_some() {
                c.unreadable += 1;
            }
            for f in &r.findings {
                if f.severity < min {
                    c.hidden += 1;
                    continue;
                }
                match f.severity {
                    Severity::Error => c.errors += 1,
                    Severity::Warning => c.warnings += 1,
                    Severity::Info => c.infos += 1,
                    Severity::Hint => c.hints += 1,
                }
            }
        }
        c
    }
}
