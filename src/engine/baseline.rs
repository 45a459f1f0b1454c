//! Baselines: the findings a team has accepted, stored by content fingerprint, so a run reports
//! only new ones. Works without git; stable when lines move.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::engine::{FileResult, Finding};

/// Why a baseline could not be read or written.
#[derive(Debug, Error)]
pub enum BaselineError {
    #[error("{path}: cannot read the baseline: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: not a planlint baseline: {message}")]
    Format { path: String, message: String },
    #[error("cannot write the baseline: {message}")]
    Write { path: String, message: String },
}

/// One accepted finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Entry {
    pub path: String,
    pub rule: String,
    pub fingerprint: String,
    /// For people reading the file; not used for matching.
    #[serde(default)]
    pub message: String,
}

/// A file's path as a baseline keeps and compares it, whatever its spelling on the command
/// line: `./s2/a.txt`, `s2/./a.txt` and (from the same folder) `/home/u/s2/a.txt` are all
/// `s2/a.txt`, with `/` between the parts.
pub fn comparable_path(path: &str) -> String {
    let p = Path::new(path);
    let p = match std::env::current_dir() {
        Ok(cwd) if p.is_absolute() => p.strip_prefix(&cwd).unwrap_or(p).to_path_buf(),
        _ => p.to_path_buf(),
    };
    crate::discover::slash_joined(&crate::rules::normalize_path(&p))
}

/// A baseline file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Baseline {
    pub version: u32,
    pub findings: Vec<Entry>,
}

impl Baseline {
    /// The entries one file's findings make.
    pub fn entries_of(r: &FileResult) -> impl Iterator<Item = Entry> + '_ {
        r.findings.iter().map(|f| Entry {
            path: comparable_path(&f.path),
            rule: f.rule.clone(),
            fingerprint: f.fingerprint.clone(),
            message: f.message.clone(),
        })
    }

    /// A baseline of these entries, in a stable order.
    pub fn from_entries(mut findings: Vec<Entry>) -> Baseline {
        findings.sort();
        Baseline {
            version: 1,
            findings,
        }
    }

    /// Read a baseline file.
    pub fn read(path: &Path) -> Result<Baseline, BaselineError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| BaselineError::Read {
            path: shown.clone(),
            source,
        })?;
        serde_json::from_str(&text).map_err(|e| BaselineError::Format {
            path: shown,
            message: e.to_string(),
        })
    }

    /// Write it (atomically: a temporary file renamed into place).
    pub fn write(&self, path: &Path) -> Result<(), BaselineError> {
        let shown = path.display().to_string();
        let mut text = serde_json::to_string_pretty(self).map_err(|e| BaselineError::Format {
            path: shown.clone(),
            message: e.to_string(),
        })?;
        text.push('\n');
        crate::safe_write::create_or_replace(path, |f| f.write_all(text.as_bytes())).map_err(|e| {
            BaselineError::Write {
                path: shown,
                message: e.to_string(),
            }
        })
    }

    /// A filter to apply file by file as results come.
    pub fn matcher(&self) -> BaselineMatcher {
        let mut left: BTreeMap<(String, String, String), usize> = BTreeMap::new();
        for e in &self.findings {
            *left
                .entry((
                    comparable_path(&e.path),
                    e.rule.clone(),
                    e.fingerprint.clone(),
                ))
                .or_default() += 1;
        }
        BaselineMatcher { left }
    }
}

/// The entries of a baseline not yet matched by a finding.
pub struct BaselineMatcher {
    left: BTreeMap<(String, String, String), usize>,
}

impl BaselineMatcher {
    /// Remove one file's findings that the baseline holds; the number removed.
    pub fn filter(&mut self, r: &mut FileResult) -> usize {
        let mut matched = 0;
        // one file's findings share its path: spelled once, not once per finding
        let Some(path) = r.findings.first().map(|f| comparable_path(&f.path)) else {
            return 0;
        };
        r.findings.retain(|f: &Finding| {
            match self
                .left
                .get_mut(&(path.clone(), f.rule.clone(), f.fingerprint.clone()))
            {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    matched += 1;
                    false
                }
                _ => true,
            }
        });
        matched
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_file_is_one_key_however_it_is_spelled() {
        assert_eq!(comparable_path("./s2/a.txt"), "s2/a.txt");
        assert_eq!(comparable_path("s2/./b/../a.txt"), "s2/a.txt");
        let cwd = std::env::current_dir().unwrap();
        let abs = cwd.join("s2/a.txt");
        assert_eq!(comparable_path(&abs.display().to_string()), "s2/a.txt");
        assert_eq!(comparable_path("/elsewhere/a.txt"), "/elsewhere/a.txt");
    }
}
