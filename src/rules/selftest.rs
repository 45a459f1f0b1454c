//! `planlint test`: every rule's own examples. A valid example must give no finding; an
//! invalid one must give at least one (or exactly `findings:`). A rule with no invalid example
//! fails too: nothing shows that it can fire.

use std::path::{Path, PathBuf};

use crate::calendar::Calendar;
use crate::ingest;
use crate::plan::Parser;
use crate::rules::fields::PlanCx;
use crate::rules::{Rule, RuleSet};

/// One example that did not behave.
#[derive(Debug, Clone)]
pub struct ExampleFailure {
    pub rule: String,
    pub path: PathBuf,
    /// `valid`, `invalid`, or `examples` for a missing invalid example.
    pub which: &'static str,
    pub index: usize,
    pub text: String,
    pub expected: String,
    /// The messages the rule gave.
    pub got: Vec<String>,
}

/// The outcome of a self-test run.
#[derive(Debug, Default)]
pub struct SelfTest {
    pub passed: usize,
    pub failures: Vec<ExampleFailure>,
}

/// Run one example through one rule: the messages it gives. With `upper`, the example is
/// traced against that upper plan first (for `trace` rules).
pub fn run_example(
    parser: &Parser,
    calendar: &Calendar,
    rule: &Rule,
    text: &str,
    upper: Option<&str>,
) -> Result<Vec<String>, String> {
    let read = |name: &str, text: &str| {
        ingest::decode(Path::new(name), text.as_bytes())
            .map(|source| {
                let plan = parser.parse(&source);
                (source, plan)
            })
            .map_err(|e| e.to_string())
    };
    let (source, plan) = read("example.txt", text)?;
    let upper = upper.map(|u| read("upper.txt", u)).transpose()?;
    let traced = upper.as_ref().map(|(up_source, up)| {
        crate::trace::Traced::new(
            up,
            &up_source.text,
            &plan,
            &source.text,
            crate::trace::Settings::default(),
            &parser.vocabulary().context_headings,
        )
    });
    let cx = PlanCx {
        plan: &plan,
        text: &source.text,
        map: &source.map,
        calendar,
        trace: traced.as_ref(),
    };
    Ok(rule
        .run(&cx)
        .into_iter()
        .map(|h| h.hit.message.unwrap_or(h.message))
        .collect())
}

/// Run every example of every rule in `set`.
pub fn run(set: &RuleSet, parser: &Parser, calendar: &Calendar) -> SelfTest {
    let mut report = SelfTest::default();
    for rule in &set.rules {
        if rule.examples.invalid.is_empty() {
            report.failures.push(ExampleFailure {
                rule: rule.id.clone(),
                path: rule.path.clone(),
                which: "examples",
                index: 0,
                text: String::new(),
                expected: "at least one invalid example, to show the rule can fire".into(),
                got: Vec::new(),
            });
        }
        let cases = rule
            .examples
            .valid
            .iter()
            .enumerate()
            .map(|(i, e)| ("valid", i, e))
            .chain(
                rule.examples
                    .invalid
                    .iter()
                    .enumerate()
                    .map(|(i, e)| ("invalid", i, e)),
            );
        for (which, index, example) in cases {
            let got = run_example(parser, calendar, rule, example.text(), example.upper())
                .unwrap_or_else(|e| vec![format!("example cannot be read: {e}")]);
            let (ok, expected) = match (which, example.expected()) {
                ("valid", _) => (got.is_empty(), "no finding".to_owned()),
                (_, Some(n)) => (got.len() == n, format!("{n} finding(s)")),
                _ => (!got.is_empty(), "at least one finding".to_owned()),
            };
            if ok {
                report.passed += 1;
            } else {
                report.failures.push(ExampleFailure {
                    rule: rule.id.clone(),
                    path: rule.path.clone(),
                    which,
                    index,
                    text: example.text().to_owned(),
                    expected,
                    got,
                });
            }
        }
    }
    report
}
