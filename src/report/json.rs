//! JSON and JSON Lines output of `planlint check`. The schema is documented in
//! `docs/output.md`; `version` changes when it changes incompatibly.

use std::io::{self, Write};

use serde::Serialize;

use crate::engine::{FileResult, Finding};
use crate::report::spool::{marker, splice, JsonArray};
use crate::report::{Counts, Printer, Shown};

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
struct Report {
    version: u32,
    tool: Tool,
    files: String,
    findings: String,
    summary: Summary,
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

/// The whole run as one JSON document: the file list and the findings are spooled as the files
/// come and the document is written at the end, with the summary.
pub struct JsonPrinter {
    shown: Shown,
    files: JsonArray,
    findings: JsonArray,
}

impl JsonPrinter {
    /// A report of the findings `shown` lets through.
    pub fn new(shown: Shown) -> JsonPrinter {
        // both arrays stand in the top-level object: elements 4 spaces deep
        JsonPrinter {
            shown,
            files: JsonArray::new(4),
            findings: JsonArray::new(4),
        }
    }
}

impl Printer for JsonPrinter {
    fn file(&mut self, r: &FileResult, _out: &mut dyn Write) -> io::Result<()> {
        let shown: Vec<&Finding> = r.findings.iter().filter(|f| self.shown.shows(f)).collect();
        self.files.push(&FileEntry {
            path: r.path.display().to_string(),
            error: r.error.as_ref().map(|e| e.to_string()),
            layout: r.plan.as_ref().map(|p| p.layout),
            tasks: r.plan.as_ref().map(|p| p.tasks.len()).unwrap_or(0),
            findings: shown.len(),
        })?;
        for f in shown {
            self.findings.push(f)?;
        }
        Ok(())
    }

    fn finish(&mut self, counts: &Counts, out: &mut dyn Write) -> io::Result<()> {
        let skeleton = Report {
            version: VERSION,
            tool: Tool {
                name: "planlint",
                version: env!("CARGO_PKG_VERSION"),
            },
            files: marker("files"),
            findings: marker("findings"),
            summary: Summary {
                files: counts.files,
                unreadable: counts.unreadable,
                findings: self.findings.len(),
                errors: counts.errors,
                warnings: counts.warnings,
                info: counts.infos,
                hints: counts.hints,
                baselined: counts.baselined,
                suppressed: counts.suppressed,
            },
        };
        let skeleton = serde_json::to_string_pretty(&skeleton)?;
        splice(&skeleton, out, |part, out| match part {
            "files" => self.files.drain_to(out),
            _ => self.findings.drain_to(out),
        })?;
        writeln!(out)
    }
}

/// One finding per line, written as each file comes.
pub struct JsonLinesPrinter {
    shown: Shown,
}

impl JsonLinesPrinter {
    /// A report of the findings `shown` lets through.
    pub fn new(shown: Shown) -> JsonLinesPrinter {
        JsonLinesPrinter { shown }
    }
}

impl Printer for JsonLinesPrinter {
    fn file(&mut self, r: &FileResult, out: &mut dyn Write) -> io::Result<()> {
        for f in r.findings.iter().filter(|f| self.shown.shows(f)) {
            serde_json::to_writer(&mut *out, f)?;
            writeln!(out)?;
        }
        Ok(())
    }

    fn finish(&mut self, _counts: &Counts, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}
