//! The plan's own text with each finding marked where it occurs: `⟦n⟧` after the span, and
//! under that line a note `⟦n⟧ ✖ rule: message`. Readable in any editor.

use std::io::{self, Write};

use crate::engine::{FileResult, Finding};
use crate::report::terminal;
use crate::report::{Counts, Printer, Shown};
use crate::rules::spec::Severity;

fn icon(s: Severity) -> &'static str {
    match s {
        Severity::Error => "✖ error",
        Severity::Warning => "⚠ warning",
        Severity::Info => "ℹ info",
        Severity::Hint => "☞ hint",
    }
}

fn note(n: usize, f: &Finding) -> String {
    let mut s = format!("    ⟦{n}⟧ {} {}：{}", icon(f.severity), f.rule, f.message);
    match &f.fix {
        Some(fix) if fix.replacement.is_empty() => s.push_str("（修正：删除）"),
        Some(fix) => s.push_str(&format!("（修正：改为“{}”）", fix.replacement)),
        None => {}
    }
    s
}

/// Every file with shown findings, annotated, written as each file comes.
pub struct AnnotatedPrinter {
    shown: Shown,
}

impl AnnotatedPrinter {
    /// A report of the findings `shown` lets through.
    pub fn new(shown: Shown) -> AnnotatedPrinter {
        AnnotatedPrinter { shown }
    }
}

impl Printer for AnnotatedPrinter {
    fn finish(&mut self, _counts: &Counts, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    fn file(&mut self, r: &FileResult, out: &mut dyn Write) -> io::Result<()> {
        let Some(source) = &r.source else {
            return Ok(());
        };
        let findings: Vec<&Finding> = r.findings.iter().filter(|f| self.shown.shows(f)).collect();
        if findings.is_empty() {
            return Ok(());
        }
        writeln!(
            out,
            "═══ {} · {} finding{} ═══",
            terminal::safe(&r.path.display().to_string()),
            findings.len(),
            if findings.len() == 1 { "" } else { "s" }
        )?;
        for (i, f) in findings
            .iter()
            .enumerate()
            .filter(|(_, f)| f.span.is_none())
        {
            writeln!(out, "{}", terminal::safe(&note(i + 1, f)))?;
        }
        // markers go after each span's last character
        let mut markers: Vec<(usize, usize)> = findings
            .iter()
            .enumerate()
            .filter_map(|(i, f)| f.span.map(|s| (s.end, i)))
            .collect();
        markers.sort();
        let text = &source.text;
        let mut next = 0;
        let mut line_start = 0;
        for line in text.split_inclusive('\n') {
            let body_len = line.trim_end_matches(['\n', '\r']).len();
            let line_end = line_start + body_len;
            let mut shown_line = String::new();
            let mut notes = Vec::new();
            let mut at = line_start;
            while next < markers.len() && markers[next].0 <= line_end {
                let (offset, i) = markers[next];
                let offset = offset.max(at);
                shown_line.push_str(&text[at..offset]);
                shown_line.push_str(&format!("⟦{}⟧", i + 1));
                notes.push(note(i + 1, findings[i]));
                at = offset;
                next += 1;
            }
            shown_line.push_str(&text[at..line_end]);
            // the document may hold terminal escapes: shown, not obeyed
            writeln!(out, "{}", terminal::safe(&shown_line))?;
            for n in notes {
                writeln!(out, "{}", terminal::safe(&n))?;
            }
            line_start += line.len();
        }
        writeln!(out)
    }
}
