//! JUnit XML for CI test tabs: a test suite per file, a test case per rule; a rule with findings
//! fails and its failure lists them. An unreadable file is an error case.

use std::io::{self, Write};

use crate::engine::{FileResult, Finding};
use crate::report::escape_markup as escape;
use crate::report::spool::Spool;
use crate::report::{Counts, Printer, Shown};
use crate::rules::Rule;

/// The run as JUnit XML: each file's suite is spooled as it comes, and the totals the root
/// element carries are written with them at the end.
pub struct JunitPrinter<'r> {
    rules: &'r [Rule],
    shown: Shown,
    suites: Spool,
    tests: usize,
    failures: usize,
    errors: usize,
}

impl<'r> JunitPrinter<'r> {
    /// A report over `rules` of the findings `shown` lets through.
    pub fn new(rules: &'r [Rule], shown: Shown) -> JunitPrinter<'r> {
        JunitPrinter {
            rules,
            shown,
            suites: Spool::default(),
            tests: 0,
            failures: 0,
            errors: 0,
        }
    }
}

impl Printer for JunitPrinter<'_> {
    fn file(&mut self, r: &FileResult, _out: &mut dyn Write) -> io::Result<()> {
        let rules = self.rules;
        let path = escape(&r.path.display().to_string());
        if let Some(e) = &r.error {
            self.tests += 1;
            self.errors += 1;
            return write!(
                self.suites,
                "  <testsuite name=\"{path}\" tests=\"1\" failures=\"0\" errors=\"1\">\n    <testcase classname=\"{path}\" name=\"read\">\n      <error message=\"{}\" type=\"input\"/>\n    </testcase>\n  </testsuite>\n",
                escape(&e.to_string())
            );
        }
        let mut cases = String::new();
        let mut failed = 0;
        for rule in rules {
            let found: Vec<&Finding> = r
                .findings
                .iter()
                .filter(|f| f.rule == rule.id && self.shown.shows(f))
                .collect();
            cases.push_str(&format!(
                "    <testcase classname=\"{path}\" name=\"{}\"",
                escape(&rule.id)
            ));
            if found.is_empty() {
                cases.push_str("/>\n");
                continue;
            }
            failed += 1;
            let body: Vec<String> = found
                .iter()
                .map(|f| {
                    let at = f
                        .span
                        .map(|s| format!("{}:{}:{}", f.path, s.line, s.column))
                        .unwrap_or_else(|| f.path.clone());
                    format!("{at}: {} {}", f.severity.as_str(), f.message)
                })
                .collect();
            cases.push_str(&format!(
                ">\n      <failure message=\"{} finding{}\" type=\"{}\">{}</failure>\n    </testcase>\n",
                found.len(),
                if found.len() == 1 { "" } else { "s" },
                found.iter().map(|f| f.severity).max().map(|s| s.as_str()).unwrap_or("error"),
                escape(&body.join("\n"))
            ));
        }
        self.tests += rules.len();
        self.failures += failed;
        write!(self.suites, "  <testsuite name=\"{path}\" tests=\"{}\" failures=\"{failed}\" errors=\"0\">\n{cases}  </testsuite>\n", rules.len())
    }

    fn finish(&mut self, _counts: &Counts, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
        writeln!(
            out,
            "<testsuites name=\"planlint\" tests=\"{}\" failures=\"{}\" errors=\"{}\">",
            self.tests, self.failures, self.errors
        )?;
        self.suites.drain_to(out)?;
        writeln!(out, "</testsuites>")
    }
}
