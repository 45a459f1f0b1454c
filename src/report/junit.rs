//! JUnit XML for CI test tabs: a test suite per file, a test case per rule; a rule with findings
//! at or above `--fail-on` fails and its failure lists them; findings below it are listed in
//! the case's `<system-out>` (the run does not fail on them, so neither does the case). An
//! unreadable file is an error case.

use std::io::{self, Write};

use crate::engine::{FileResult, Finding};
use crate::report::escape_markup as escape;
use crate::report::spool::Spool;
use crate::report::{Counts, Printer, Shown};
use crate::rules::spec::Severity;
use crate::rules::Rule;

/// The run as JUnit XML: each file's suite is spooled as it comes, and the totals the root
/// element carries are written with them at the end.
pub struct JunitPrinter<'r> {
    rules: &'r [Rule],
    shown: Shown,
    /// The severity from which a finding fails its case (`--fail-on`); none: nothing fails.
    fail_on: Option<Severity>,
    suites: Spool,
    tests: usize,
    failures: usize,
    errors: usize,
}

impl<'r> JunitPrinter<'r> {
    /// A report over `rules` of the findings `shown` lets through, failing cases from
    /// `fail_on`.
    pub fn new(rules: &'r [Rule], shown: Shown, fail_on: Option<Severity>) -> JunitPrinter<'r> {
        JunitPrinter {
            rules,
            shown,
            fail_on,
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
            let line = |f: &&Finding| {
                let at = f
                    .span
                    .map(|s| format!("{}:{}:{}", f.path, s.line, s.column))
                    .unwrap_or_else(|| f.path.clone());
                format!("{at}: {} {}", f.severity.as_str(), f.message)
            };
            let fails = |f: &&&Finding| self.fail_on.is_some_and(|t| f.severity >= t);
            let failing: Vec<String> = found.iter().filter(fails).map(line).collect();
            let other: Vec<String> = found.iter().filter(|f| !fails(f)).map(line).collect();
            cases.push_str(">\n");
            if !failing.is_empty() {
                failed += 1;
                cases.push_str(&format!(
                    "      <failure message=\"{} finding{}\" type=\"{}\">{}</failure>\n",
                    failing.len(),
                    if failing.len() == 1 { "" } else { "s" },
                    found
                        .iter()
                        .map(|f| f.severity)
                        .max()
                        .map(|s| s.as_str())
                        .unwrap_or("error"),
                    escape(&failing.join("\n"))
                ));
            }
            if !other.is_empty() {
                cases.push_str(&format!(
                    "      <system-out>{}</system-out>\n",
                    escape(&other.join("\n"))
                ));
            }
            cases.push_str("    </testcase>\n");
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
