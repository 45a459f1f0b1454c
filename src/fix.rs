//! `--fix` and `--diff`: apply the fixes rules declare safe, writing each changed file
//! atomically in its own encoding, BOM and line endings; or show them as a unified diff.
//! A file whose bytes do not round-trip through its encoding is never rewritten.

use thiserror::Error;

use crate::engine::{FileResult, Finding, Fix};
use crate::ingest::{self, Source};
use crate::rules::spec::Severity;

/// Why a file was not fixed.
#[derive(Debug, Error)]
pub enum FixError {
    #[error("{path}: not rewritten: its bytes do not read back the same as {encoding}, so a rewrite could change more than the fixes")]
    NoRoundTrip {
        path: String,
        encoding: &'static str,
    },
    #[error("{path}: not rewritten: the file changed after it was checked; run planlint again")]
    Changed { path: String },
    #[error("{path}: not rewritten: {source}")]
    Encode {
        path: String,
        #[source]
        source: ingest::EncodeError,
    },
    #[error("{path}: cannot write: {source}")]
    Write {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

/// What `--fix` or `--diff` came to on one checked file.
#[derive(Debug)]
pub enum FileFix {
    /// No fix among the findings shown (or the file was not read as a plan).
    Nothing,
    /// A Word document is never rewritten: its text lives in formatted runs. The fixes are
    /// shown by `--diff` and carried by `--annotate-docx`'s comments.
    WordNotRewritten { fixes: usize },
    /// Standard input has no file to write back to.
    StdinNotWritten { fixes: usize },
    /// `--diff`: the fixes as a unified diff.
    Diff { diff: String, fixes: usize },
    /// The file was rewritten with the fixes.
    Written { fixes: usize },
    /// The file could not be rewritten; it is unchanged.
    Failed(String),
}

/// The outcome for one file, and the fixes left out because they overlap another.
#[derive(Debug)]
pub struct FileOutcome<'a> {
    pub fix: FileFix,
    pub overlapping: Vec<&'a Finding>,
}

/// Apply (`write`) or show as a diff the fixes of the findings of `r` at or above `min`. The
/// file is rewritten in its own encoding, BOM and line endings, through
/// [`crate::safe_write::replace`] (atomic, permissions kept, a file changed meanwhile left alone).
pub fn fix_file(r: &FileResult, min: Severity, write: bool) -> FileOutcome<'_> {
    let nothing = |overlapping| FileOutcome {
        fix: FileFix::Nothing,
        overlapping,
    };
    let (Some(source), None, Some(_)) = (&r.source, &r.error, &r.plan) else {
        return nothing(Vec::new());
    };
    let chosen = plan(r.findings.iter().filter(|f| f.severity >= min));
    let overlapping = chosen.overlapping;
    let fixes = chosen.fixes.len();
    if fixes == 0 {
        return nothing(overlapping);
    }
    let fix = if write && source.word.is_some() {
        FileFix::WordNotRewritten { fixes }
    } else {
        let fixed = apply(&source.text, &chosen.fixes);
        if !write {
            FileFix::Diff {
                diff: unified_diff(&r.path.display().to_string(), &source.text, &fixed),
                fixes,
            }
        } else if ingest::is_stdin(&r.path) {
            FileFix::StdinNotWritten { fixes }
        } else {
            let written = crate::safe_write::read_for_replace(&r.path)
                .map_err(|e| e.to_string())
                .and_then(|read| {
                    encode_like(source, read.bytes(), &fixed)
                        .map_err(|e| e.to_string())
                        .map(|bytes| (read, bytes))
                })
                .and_then(|(read, bytes)| {
                    crate::safe_write::replace(&r.path, &bytes, &read).map_err(|e| e.to_string())
                });
            match written {
                Ok(()) => FileFix::Written { fixes },
                Err(e) => FileFix::Failed(e),
            }
        }
    };
    FileOutcome { fix, overlapping }
}

/// The fixes to apply to one file, and the ones left out because they overlap an earlier one.
#[derive(Debug, Default)]
pub struct FixPlan<'a> {
    pub fixes: Vec<(&'a Finding, &'a Fix)>,
    pub overlapping: Vec<&'a Finding>,
}

/// Choose the fixes of `findings`, in order, skipping any that overlaps one already chosen.
pub fn plan<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> FixPlan<'a> {
    let mut candidates: Vec<(&Finding, &Fix)> = findings
        .into_iter()
        .filter_map(|f| f.fix.as_ref().map(|x| (f, x)))
        .collect();
    candidates.sort_by_key(|(_, x)| (x.span.start, x.span.end));
    let mut out = FixPlan::default();
    let mut end = 0;
    for (f, x) in candidates {
        if !out.fixes.is_empty() && x.span.start < end {
            out.overlapping.push(f);
            continue;
        }
        end = x.span.end;
        out.fixes.push((f, x));
    }
    out
}

/// `text` with the fixes applied (they must be sorted and not overlap).
pub fn apply(text: &str, fixes: &[(&Finding, &Fix)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (_, fix) in fixes {
        if fix.span.start < at || fix.span.end > text.len() {
            continue;
        }
        out.push_str(&text[at..fix.span.start]);
        out.push_str(&fix.replacement);
        at = fix.span.end;
    }
    out.push_str(&text[at..]);
    out
}

/// The bytes of `fixed` in the encoding `source` was read with — only if the unfixed text
/// encodes back to exactly the bytes on disk, so nothing but the fixes can change.
pub fn encode_like(source: &Source, original: &[u8], fixed: &str) -> Result<Vec<u8>, FixError> {
    let path = source.path.display().to_string();
    let err = |source| FixError::Encode {
        path: path.clone(),
        source,
    };
    let back = ingest::encode(&source.text, source.encoding, source.bom).map_err(err)?;
    if back != original {
        let now = ingest::decode(&source.path, original).map(|s| s.text);
        if now.ok().as_deref() != Some(source.text.as_str()) {
            return Err(FixError::Changed { path });
        }
        return Err(FixError::NoRoundTrip {
            path,
            encoding: source.encoding.label(),
        });
    }
    ingest::encode(fixed, source.encoding, source.bom).map_err(err)
}

/// A unified diff of two texts that have the same lines but for replacements within lines
/// (fixes never add or remove line ends), with three lines of context.
pub fn unified_diff(path: &str, old: &str, new: &str) -> String {
    let a: Vec<&str> = old.split_inclusive('\n').collect();
    let b: Vec<&str> = new.split_inclusive('\n').collect();
    if a == b {
        return String::new();
    }
    let changed: Vec<usize> = (0..a.len().max(b.len()))
        .filter(|&i| a.get(i) != b.get(i))
        .collect();
    let mut out = format!("--- a/{path}\n+++ b/{path}\n");
    let mut i = 0;
    while i < changed.len() {
        let start = changed[i].saturating_sub(3);
        let mut last = changed[i];
        while i + 1 < changed.len() && changed[i + 1] <= last + 7 {
            i += 1;
            last = changed[i];
        }
        let end = (last + 4).min(a.len().max(b.len()));
        let count = |lines: &[&str]| end.min(lines.len()).saturating_sub(start);
        out.push_str(&format!(
            "@@ -{},{} +{},{} @@\n",
            start + 1,
            count(&a),
            start + 1,
            count(&b)
        ));
        for k in start..end {
            let (x, y) = (a.get(k), b.get(k));
            if x == y {
                if let Some(x) = x {
                    out.push(' ');
                    out.push_str(&line(x));
                }
            } else {
                if let Some(x) = x {
                    out.push('-');
                    out.push_str(&line(x));
                }
                if let Some(y) = y {
                    out.push('+');
                    out.push_str(&line(y));
                }
            }
        }
        i += 1;
    }
    out
}

/// A line for a diff, ending in exactly one `\n` (its own line end shown as it is).
fn line(l: &str) -> String {
    let body = l.strip_suffix('\n').unwrap_or(l);
    format!("{body}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_shows_changed_lines_with_context() {
        let old = "一\n二\n三\n四\n白政办（2025）第012号\n六\n";
        let new = "一\n二\n三\n四\n白政办〔2025〕12号\n六\n";
        let d = unified_diff("p.txt", old, new);
        assert_eq!(d, "--- a/p.txt\n+++ b/p.txt\n@@ -2,5 +2,5 @@\n 二\n 三\n 四\n-白政办（2025）第012号\n+白政办〔2025〕12号\n 六\n");
        assert_eq!(unified_diff("p.txt", old, old), "");
    }
}
