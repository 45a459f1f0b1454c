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
pub mod word_comments;

use crate::engine::FileResult;
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
            c if (c as u32) < 0x20 => {}
            c => out.push(c),
        }
    }
    out
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
