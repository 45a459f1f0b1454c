//! `planlint rules`, `planlint explain RULE`, `planlint test [DIRS…]`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use unicode_width::UnicodeWidthStr;

use planlint::rules::{selftest, Rule, RuleSet};
use planlint::yaml::store;

use super::{load_calendar, load_config, load_parser, load_session, report_rule_error, EXIT_ERROR};

fn pad(s: &str, width: usize) -> String {
    format!("{s}{}", " ".repeat(width.saturating_sub(s.width())))
}

/// How `planlint rules` prints the rules.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum RulesFormat {
    /// A table for people.
    Text,
    /// A JSON array for programs: id, pack, name, severity, scope, title, fixable, kind, help,
    /// description, references, tags, and whether the rule is on.
    Json,
}

pub fn list(config: Option<&Path>, format: RulesFormat) -> ExitCode {
    let Ok(config) = load_config(config) else {
        return ExitCode::from(EXIT_ERROR);
    };
    let session = match load_session(config) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let set = &session.rules;
    if let RulesFormat::Json = format {
        let mut rules: Vec<serde_json::Value> = set
            .rules
            .iter()
            .map(|r| {
                serde_json::json!({
                    "id": r.id,
                    "pack": r.pack,
                    "name": r.name,
                    "severity": r.severity.as_str(),
                    "scope": r.scope.as_str(),
                    "title": r.title,
                    "fixable": r.fixable,
                    "kind": r.kind,
                    "help": r.help,
                    "description": r.description,
                    "references": r.references,
                    "tags": r.tags,
                    "enabled": true,
                })
            })
            .collect();
        rules.extend(
            set.disabled
                .iter()
                .map(|id| serde_json::json!({ "id": id, "enabled": false })),
        );
        let mut text = serde_json::to_string_pretty(&rules).unwrap_or_default();
        text.push('\n');
        return super::emit(&text);
    }
    let mut out = String::new();
    let width = set.rules.iter().map(|r| r.id.len()).max().unwrap_or(10);
    let _ = writeln!(
        out,
        "{} {} {} title",
        pad("rule", width),
        pad("severity", 8),
        pad("scope", 8)
    );
    for r in &set.rules {
        let fix = if r.fixable { " [fix]" } else { "" };
        let _ = writeln!(
            out,
            "{} {} {} {}{fix}",
            pad(&r.id, width),
            pad(r.severity.as_str(), 8),
            pad(r.scope.as_str(), 8),
            r.title
        );
    }
    for id in &set.disabled {
        let _ = writeln!(out, "{} {} (off)", pad(id, width), pad("off", 8));
    }
    let _ = writeln!(
        out,
        "\n{} rules from {} packs: {}",
        set.rules.len(),
        set.packs.len(),
        set.packs
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );
    super::emit(&out)
}

fn find<'a>(set: &'a RuleSet, key: &str) -> Vec<&'a Rule> {
    set.rules
        .iter()
        .filter(|r| r.id == key || r.name == key)
        .collect()
}

pub fn explain(key: &str, config: Option<&Path>) -> ExitCode {
    let Ok(mut config) = load_config(config) else {
        return ExitCode::from(EXIT_ERROR);
    };
    // the trace rules run only when a run traces, but are explained like any other
    config.include_trace_pack();
    let session = match load_session(config) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let set = &session.rules;
    let found = find(set, key);
    let rule = match found.as_slice() {
        [r] => *r,
        [] => {
            let known = set
                .rules
                .iter()
                .flat_map(|r| [r.id.as_str(), r.name.as_str()]);
            eprintln!(
                "planlint: no rule `{key}`{} (see `planlint rules`)",
                planlint::suggest::did_you_mean(key, known)
            );
            return ExitCode::from(EXIT_ERROR);
        }
        many => {
            eprintln!(
                "planlint: `{key}` is ambiguous: {}",
                many.iter()
                    .map(|r| r.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            return ExitCode::from(EXIT_ERROR);
        }
    };
    super::emit(&planlint::rules::explain::render(
        rule,
        Some(&session.parser),
        &session.calendar,
    ))
}

pub fn test(dirs: &[PathBuf], config: Option<&Path>) -> ExitCode {
    let Ok(config) = load_config(config) else {
        return ExitCode::from(EXIT_ERROR);
    };
    let session;
    let (given, given_parser, given_calendar);
    let (set, parser, calendar) = if dirs.is_empty() {
        session = match load_session(config) {
            Ok(s) => s,
            Err(code) => return code,
        };
        (&session.rules, &session.parser, &session.calendar)
    } else {
        // the packs given are tested alone: the configuration's own packs need not load
        let mut packs = Vec::new();
        for d in dirs {
            let found = store::packs_under(d);
            if found.is_empty() {
                eprintln!(
                    "planlint: {} holds no rule pack (a folder with a pack.yaml)",
                    d.display()
                );
                return ExitCode::from(EXIT_ERROR);
            }
            packs.extend(found);
        }
        given = RuleSet::load(&packs, &BTreeMap::new());
        if !given.errors.is_empty() {
            for e in &given.errors {
                report_rule_error(e);
            }
            return ExitCode::from(EXIT_ERROR);
        }
        given_parser = match load_parser(&config) {
            Ok(p) => p,
            Err(code) => return code,
        };
        given_calendar = match load_calendar(&config) {
            Ok(c) => c,
            Err(code) => return code,
        };
        (&given, &given_parser, &given_calendar)
    };
    let report = selftest::run(set, parser, calendar);
    let mut out = std::io::stdout().lock();
    for f in &report.failures {
        let _ = writeln!(
            out,
            "FAIL {} ({}): {} example {}",
            f.rule,
            f.path.display(),
            f.which,
            f.index + 1
        );
        if !f.text.is_empty() {
            let _ = writeln!(
                out,
                "  example: {}",
                f.text.replace('\n', "\\n").replace('\t', "\\t")
            );
        }
        let _ = writeln!(out, "  expected: {}", f.expected);
        if f.got.is_empty() {
            let _ = writeln!(out, "  got: no finding");
        }
        for m in &f.got {
            let _ = writeln!(out, "  got: {m}");
        }
    }
    let _ = writeln!(
        out,
        "{} passed, {} failed",
        report.passed,
        report.failures.len()
    );
    if report.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
