//! The human report: a miette diagnostic per finding (code such as
//! `gov-openness::lead-unit-named`, the excerpt with the exact characters underlined, help),
//! then one summary line.

use std::fmt;
use std::io::{self, Write};
use std::time::{Duration, Instant};

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, Severity as MietteSeverity,
    SourceCode,
};

use crate::engine::{FileResult, Finding};
use crate::report::excerpt::Excerpt;
use crate::report::terminal;
use crate::report::{Counts, Printer, Shown};
use crate::rules::spec::Severity;

/// How the human report is drawn.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    pub unicode: bool,
    pub width: usize,
    /// End with the summary line (not under `--quiet`).
    pub summary: bool,
}

struct FindingDiagnostic {
    message: String,
    code: String,
    severity: Severity,
    help: Option<String>,
    excerpt: Option<Excerpt>,
    labels: Vec<LabeledSpan>,
}

impl fmt::Debug for FindingDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for FindingDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for FindingDiagnostic {}

impl Diagnostic for FindingDiagnostic {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.code))
    }

    fn severity(&self) -> Option<MietteSeverity> {
        Some(match self.severity {
            Severity::Error => MietteSeverity::Error,
            Severity::Warning => MietteSeverity::Warning,
            Severity::Info | Severity::Hint => MietteSeverity::Advice,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.excerpt.as_ref().map(|e| e as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels.is_empty() {
            None
        } else {
            Some(Box::new(self.labels.clone().into_iter()))
        }
    }
}

/// The text a fix replaces.
fn fix_text<'a>(finding: &Finding, source: &'a str) -> &'a str {
    finding
        .fix
        .as_ref()
        .and_then(|f| source.get(f.span.start..f.span.end))
        .unwrap_or_default()
}

fn diagnostic(finding: &Finding, source: &str) -> FindingDiagnostic {
    let mut excerpt = None;
    let mut labels = Vec::new();
    if let Some(span) = finding.span {
        let (ex, at) = Excerpt::around(&finding.path, source, span);
        labels.push(LabeledSpan::new_primary_with_span(
            Some(finding.severity.as_str().to_owned()),
            (at.offset, at.len),
        ));
        for label in &finding.labels {
            if let Some(p) = ex.place(source, label.span) {
                labels.push(LabeledSpan::new_with_span(
                    Some(terminal::safe(&label.message).into_owned()),
                    (p.offset, p.len),
                ));
            }
        }
        excerpt = Some(ex);
    }
    let help = match (&finding.help, &finding.fix) {
        (Some(h), Some(fix)) if fix.replacement.is_empty() => {
            Some(format!("{h}\n修正：删除“{}”", fix_text(finding, source)))
        }
        (Some(h), Some(fix)) => Some(format!("{h}\n修正：改为“{}”", fix.replacement)),
        (h, _) => h.clone(),
    };
    let message = match finding.span {
        Some(_) => finding.message.clone(),
        None => format!("{}: {}", finding.path, finding.message),
    };
    // messages and fixes quote the document, which may hold terminal escapes
    let safe = |s: &str| terminal::safe(s).into_owned();
    FindingDiagnostic {
        message: safe(&message),
        code: finding.rule.clone(),
        severity: finding.severity,
        help: help.as_deref().map(safe),
        excerpt,
        labels,
    }
}

/// Every shown finding with its excerpt, written as each file comes, then the summary line.
pub struct HumanPrinter {
    shown: Shown,
    handler: GraphicalReportHandler,
    style: Style,
    started: Instant,
}

impl HumanPrinter {
    /// A report of the findings `shown` lets through, in `style`, timed from `started`.
    pub fn new(shown: Shown, style: Style, started: Instant) -> HumanPrinter {
        let theme = match (style.unicode, style.color) {
            (true, true) => GraphicalTheme::unicode(),
            (true, false) => GraphicalTheme::unicode_nocolor(),
            (false, _) => GraphicalTheme::none(),
        };
        let handler = GraphicalReportHandler::new_themed(theme)
            .with_width(style.width)
            .with_context_lines(0);
        HumanPrinter {
            shown,
            handler,
            style,
            started,
        }
    }
}

impl Printer for HumanPrinter {
    fn file(&mut self, result: &FileResult, out: &mut dyn Write) -> io::Result<()> {
        let Some(source) = &result.source else {
            return Ok(());
        };
        let shown_here: Vec<&Finding> = result
            .findings
            .iter()
            .filter(|f| self.shown.shows(f))
            .collect();
        if shown_here.is_empty() {
            return Ok(());
        }
        let bar = if self.style.unicode { "──" } else { "--" };
        let n = shown_here.len();
        writeln!(
            out,
            "{bar} {} · {n} finding{} {bar}\n",
            terminal::safe(&result.path.display().to_string()),
            if n == 1 { "" } else { "s" }
        )?;
        for finding in shown_here {
            let mut text = String::new();
            self.handler
                .render_report(&mut text, &diagnostic(finding, &source.text))
                .map_err(|e| io::Error::other(e.to_string()))?;
            writeln!(out, "{}", text.trim_end())?;
            writeln!(out)?;
        }
        Ok(())
    }

    fn finish(&mut self, counts: &Counts, out: &mut dyn Write) -> io::Result<()> {
        if !self.style.summary {
            return Ok(());
        }
        writeln!(out, "{}", summary(counts, self.started.elapsed()))
    }
}

/// `12 findings (3 errors, 8 warnings, 1 info) in 5 files · 1 file unreadable · 0.08s`.
pub fn summary(c: &Counts, elapsed: Duration) -> String {
    let files = if c.files == 1 {
        "1 file".to_owned()
    } else {
        format!("{} files", c.files)
    };
    let mut parts = Vec::new();
    for (n, word) in [
        (c.errors, "error"),
        (c.warnings, "warning"),
        (c.infos, "info"),
        (c.hints, "hint"),
    ] {
        if n > 0 {
            let plural = if n > 1 && word != "info" { "s" } else { "" };
            parts.push(format!("{n} {word}{plural}"));
        }
    }
    let shown = c.errors + c.warnings + c.infos + c.hints;
    let mut line = if shown == 0 {
        format!("no findings in {files}")
    } else {
        format!(
            "{shown} finding{} ({}) in {files}",
            if shown == 1 { "" } else { "s" },
            parts.join(", ")
        )
    };
    if c.hidden > 0 {
        line.push_str(&format!(" · {} below --min-severity not shown", c.hidden));
    }
    if c.baselined > 0 {
        line.push_str(&format!(" · {} in the baseline", c.baselined));
    }
    if c.suppressed > 0 {
        line.push_str(&format!(" · {} suppressed", c.suppressed));
    }
    if c.unreadable > 0 {
        line.push_str(&format!(" · {} unreadable", c.unreadable));
    }
    line.push_str(&format!(" · {:.2}s", elapsed.as_secs_f64()));
    line
}
