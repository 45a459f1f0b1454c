//! A rule explained as `planlint explain` prints it and the web page shows it: id, title,
//! severity, docs, references, and each example with the messages the rule gives on it.

use std::fmt::Write as _;

use crate::calendar::Calendar;
use crate::plan::Parser;

use super::{selftest, Rule};

/// The explanation of `rule`; with a parser, each example is run and its messages shown.
pub fn render(rule: &Rule, parser: Option<&Parser>, calendar: &Calendar) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} — {}\n", rule.id, rule.title);
    let _ = writeln!(
        out,
        "severity: {}   scope: {}   kind: {}{}",
        rule.severity.as_str(),
        rule.scope.as_str(),
        rule.kind,
        if rule.fixable { "   fixable" } else { "" }
    );
    if !rule.tags.is_empty() {
        let _ = writeln!(out, "tags: {}", rule.tags.join(", "));
    }
    let _ = writeln!(out, "file: {}", rule.path.display());
    if let Some(d) = &rule.description {
        let _ = writeln!(out, "\n{}", d.trim_end());
    }
    if let Some(h) = &rule.help {
        let _ = writeln!(out, "\nhelp: {h}");
    }
    if !rule.references.is_empty() {
        let _ = writeln!(out, "\nreferences:");
        for r in &rule.references {
            let _ = writeln!(out, "  - {r}");
        }
    }
    for (title, list) in [
        ("valid (no finding)", &rule.examples.valid),
        ("invalid (findings)", &rule.examples.invalid),
    ] {
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{title}:");
        for e in list {
            if let Some(upper) = e.upper() {
                let _ = writeln!(
                    out,
                    "  ▸ upper plan: {}",
                    upper.trim_end().replace('\n', "\n    ")
                );
                let _ = writeln!(
                    out,
                    "    plan: {}",
                    e.text()
                        .trim_end()
                        .replace('\n', "\n    ")
                        .replace('\t', " ⇥ ")
                );
            } else {
                let _ = writeln!(
                    out,
                    "  ▸ {}",
                    e.text().replace('\n', "\n    ").replace('\t', " ⇥ ")
                );
            }
            if let Some(parser) = parser {
                if let Ok(messages) =
                    selftest::run_example(parser, calendar, rule, e.text(), e.upper())
                {
                    for m in messages {
                        let _ = writeln!(out, "    → {m}");
                    }
                }
            }
        }
    }
    out
}
