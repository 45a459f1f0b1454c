//! JSON and JSON Lines output of `planlint check`. The schema is documented in
//! `docs/output.md`; `version` changes when it changes incompatibly.

use std::io::{self, Write};

use serde::Serialize;

use crate::engine::{FileResult, Finding};
use crate::report::Counts;

/// Schema version of the JSON report.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct FileEntry {
    path: String,
    /// Why the file could not be checked.
    error: Option<String>,
    layout: Option<crate::plan::model::Layout>,
    tasks: usize,
    findings: usize,
}

#[derive(Serialize)]
struct Summary {
    files: usize,
    unreadable: usize,
    findings: usize,
    errors: usize,
    warnings: usize,
    info: usize,
    hints: usize,
    /// Findings matched by `--baseline` (not listed).
    baselined: usize,
    /// Findings removed by suppressions in planlint.yaml.
    suppressed: usize,
}

#[derive(Serialize)]
struct Report<'a> {
    version: u32,
    tool: Tool,
    files: Vec<FileEntry>,
    findings: Vec<&'a Finding>,
    summary: Summary,
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

/// The whole run as one JSON document.
pub fn render(
    results: &[FileResult],
    shown: impl Fn(&Finding) -> bool,
    counts: &Counts,
    out: &mut dyn Write,
) -> io::Result<()> {
    let files = results
        .iter()
        .map(|r| FileEntry {
            path: r.path.display().to_string(),
            error: r.error.as_ref().map(|e| e.to_string()),
            layout: r.plan.as_ref().map(|p| p.layout),
            tasks: r.plan.as_ref().map(|p| p.tasks.len()).unwrap_or(0),
            findings: r.findings.iter().filter(|f| shown(f)).count(),
        })
        .collect();
    let findings: Vec<&Finding> = results
        .iter()
        .flat_map(|r| r.findings.iter().filter(|f| shown(f)))
        .collect();
    let report = Report {
        version: VERSION,
        tool: Tool {
            name: "planlint",
            version: env!("CARGO_PKG_VERSION"),
        },
        files,
        summary: Summary {
            files: counts.files,
            unreadable: counts.unreadable,
            findings: findings.len(),
            errors: counts.errors,
            warnings: counts.warnings,
            info: counts.infos,
            hints: counts.hints,
            baselined: counts.baselined,
            suppressed: counts.suppressed,
        },
        findings,
    };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    writeln!(out)
}

/// One finding per line.
pub fn render_lines(
    results: &[FileResult],
    shown: impl Fn(&Finding) -> bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    for f in results
        .iter()
        .flat_map(|r| r.findings.iter())
        .filter(|f| shown(f))
    {
        serde_json::to_writer(&mut *out, f)?;
        writeln!(out)?;
    }
    Ok(())
}
