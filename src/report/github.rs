//! GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` line per finding,
//! shown on the pull request's changed lines.

use std::io::{self, Write};

use crate::engine::{FileResult, Finding};
use crate::report::{Counts, Printer, Shown};
use crate::rules::spec::Severity;

/// Escape a message (`%`, CR, LF), as the Actions toolkit does, so no document text can end the
/// command and forge another.
fn data(s: &str) -> String {
    // the log shows what the runner prints: no terminal escapes from the document either
    crate::report::terminal::safe(s)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escape a property value (also `:` and `,`).
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

/// One workflow command line for a finding.
pub fn line(f: &Finding) -> String {
    let command = match f.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info | Severity::Hint => "notice",
    };
    let mut props = vec![format!(
        "file={}",
        property(f.path.strip_prefix("./").unwrap_or(&f.path))
    )];
    if let Some(s) = f.span {
        props.push(format!("line={}", s.line));
        props.push(format!("endLine={}", s.end_line));
        // the runner drops an annotation whose columns span lines: lines only, then
        if s.end_line == s.line {
            props.push(format!("col={}", s.column));
            props.push(format!("endColumn={}", s.end_column));
        }
    }
    props.push(format!("title={}", property(&f.rule)));
    format!("::{command} {}::{}", props.join(","), data(&f.message))
}

/// Workflow commands, written as each file comes.
pub struct GithubPrinter {
    shown: Shown,
}

impl GithubPrinter {
    /// A report of the findings `shown` lets through.
    pub fn new(shown: Shown) -> GithubPrinter {
        GithubPrinter { shown }
    }
}

impl Printer for GithubPrinter {
    fn file(&mut self, r: &FileResult, out: &mut dyn Write) -> io::Result<()> {
        if let Some(e) = &r.error {
            writeln!(
                out,
                "::error file={}::{}",
                property(&r.path.display().to_string()),
                data(&e.to_string())
            )?;
        }
        for f in r.findings.iter().filter(|f| self.shown.shows(f)) {
            writeln!(out, "{}", line(f))?;
        }
        Ok(())
    }

    fn finish(&mut self, _counts: &Counts, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}
