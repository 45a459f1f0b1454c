//! `--statistics`: how many findings each rule gave, most first, instead of the findings — the
//! overview an auditor reads before opening a batch, and what CI logs keep short.

use std::collections::BTreeMap;
use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use crate::engine::FileResult;
use crate::report::{Counts, Printer, Shown};
use crate::rules::spec::Severity;
use crate::rules::Rule;

/// Counts per rule, written at the end.
pub struct StatisticsPrinter<'r> {
    rules: &'r [Rule],
    shown: Shown,
    /// rule id → (count, worst severity, files with one)
    by_rule: BTreeMap<String, (usize, Severity, usize)>,
}

impl<'r> StatisticsPrinter<'r> {
    /// Counts of the findings `shown` lets through, titled from `rules`.
    pub fn new(rules: &'r [Rule], shown: Shown) -> StatisticsPrinter<'r> {
        StatisticsPrinter {
            rules,
            shown,
            by_rule: BTreeMap::new(),
        }
    }
}

impl Printer for StatisticsPrinter<'_> {
    fn file(&mut self, r: &FileResult, _out: &mut dyn Write) -> io::Result<()> {
        let mut seen_here: Vec<&str> = Vec::new();
        for f in r.findings.iter().filter(|f| self.shown.shows(f)) {
            let e = self
                .by_rule
                .entry(f.rule.clone())
                .or_insert((0, f.severity, 0));
            e.0 += 1;
            e.1 = e.1.max(f.severity);
            if !seen_here.contains(&f.rule.as_str()) {
                seen_here.push(&f.rule);
                e.2 += 1;
            }
        }
        Ok(())
    }

    fn finish(&mut self, counts: &Counts, out: &mut dyn Write) -> io::Result<()> {
        let mut rows: Vec<(&String, &(usize, Severity, usize))> = self.by_rule.iter().collect();
        rows.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then_with(|| a.0.cmp(b.0)));
        let width = rows.iter().map(|(id, _)| id.width()).max().unwrap_or(4);
        for (id, (n, severity, files)) in rows {
            let title = self
                .rules
                .iter()
                .find(|r| &r.id == id)
                .map(|r| r.title.as_str())
                .unwrap_or("");
            writeln!(
                out,
                "{n:>6}  {id}{}  {:<7}  {files:>4} file{}  {title}",
                " ".repeat(width - id.width()),
                severity.as_str(),
                if *files == 1 { " " } else { "s" },
            )?;
        }
        writeln!(
            out,
            "{:>6}  findings in {} file{}",
            counts.shown(),
            counts.files,
            if counts.files == 1 { "" } else { "s" }
        )
    }
}
