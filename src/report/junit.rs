//! JUnit XML for CI test tabs: a test suite per file, a test case per rule; a rule with findings
//! fails and its failure lists them. An unreadable file is an error case.

use std::io::{self, Write};

use crate::engine::{FileResult, Finding};
use crate::report::escape_markup as escape;
use crate::rules::Rule;

/// The run as JUnit XML.
pub fn render(
    results: &[FileResult],
    rules: &[Rule],
    shown: impl Fn(&Finding) -> bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut suites = String::new();
    let (mut tests, mut failures, mut errors) = (0, 0, 0);
    for r in results {
        let path = escape(&r.path.display().to_string());
        if let Some(e) = &r.error {
            tests += 1;
            errors += 1;
            suites.push_str(&format!(
                "  <testsuite name=\"{path}\" tests=\"1\" failures=\"0\" errors=\"1\">\n    <testcase classname=\"{path}\" name=\"read\">\n      <error message=\"{}\" type=\"input\"/>\n    </testcase>\n  </testsuite>\n",
                escape(&e.to_string())
            ));
            continue;
        }
        let mut cases = String::new();
        let mut failed = 0;
        for rule in rules {
            let found: Vec<&Finding> = r
                .findings
                .iter()
                .filter(|f| f.rule == rule.id && shown(f))
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
        tests += rules.len();
        failures += failed;
        suites.push_str(&format!("  <testsuite name=\"{path}\" tests=\"{}\" failures=\"{failed}\" errors=\"0\">\n{cases}  </testsuite>\n", rules.len()));
    }
    writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
    writeln!(out, "<testsuites name=\"planlint\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\">")?;
    write!(out, "{suites}")?;
    writeln!(out, "</testsuites>")
}
