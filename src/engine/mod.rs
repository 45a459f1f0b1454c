//! The engine: parse each file once, run every compiled rule over it in parallel, and give the
//! findings in a fixed order (file, offset, rule id) whatever the thread count.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;

use crate::calendar::Calendar;
use crate::ingest::{self, IngestError, Source, SourceMap, Span};
use crate::plan::model::Plan;
use crate::plan::Parser;
use crate::rules::fields::PlanCx;
use crate::rules::spec::Severity;
use crate::rules::Rule;

/// A further place a finding points at.
#[derive(Debug, Clone, Serialize)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

/// A replacement that repairs a finding.
#[derive(Debug, Clone, Serialize)]
pub struct Fix {
    pub span: Span,
    pub replacement: String,
}

/// One problem in one file.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// `pack::rule`.
    pub rule: String,
    pub severity: Severity,
    pub message: String,
    pub help: Option<String>,
    /// The file, as given.
    pub path: String,
    /// Where; null for a finding about the whole file with nothing to point at.
    pub span: Option<Span>,
    pub labels: Vec<Label>,
    pub fix: Option<Fix>,
    /// The task's index in the plan, when the finding is about a task.
    pub task: Option<usize>,
    pub references: Vec<String>,
}

/// The result for one file.
#[derive(Debug)]
pub struct FileResult {
    pub path: PathBuf,
    /// The decoded source (absent when the file could not be read).
    pub source: Option<Source>,
    pub plan: Option<Plan>,
    pub findings: Vec<Finding>,
    pub error: Option<IngestError>,
}

/// Run `rules` over one parsed plan.
pub fn check_plan(
    rules: &[Rule],
    calendar: &Calendar,
    plan: &Plan,
    source: &Source,
) -> Vec<Finding> {
    let map = SourceMap::new(&source.text);
    let cx = PlanCx {
        plan,
        text: &source.text,
        map: &map,
        calendar,
    };
    let mut findings: Vec<Finding> = rules
        .par_iter()
        .flat_map_iter(|rule| {
            rule.run(&cx).into_iter().map(|h| Finding {
                rule: rule.id.clone(),
                severity: rule.severity,
                message: h.hit.message.clone().unwrap_or(h.message),
                help: rule.help.clone(),
                path: plan.path.clone(),
                span: h.hit.span.or(h.anchor),
                labels: h
                    .hit
                    .labels
                    .iter()
                    .map(|(span, message)| Label {
                        span: *span,
                        message: message.clone(),
                    })
                    .collect(),
                fix: match (&h.hit.fix, h.hit.span) {
                    (Some(replacement), Some(span)) => Some(Fix {
                        span,
                        replacement: replacement.clone(),
                    }),
                    _ => None,
                },
                task: h.task,
                references: rule.references.clone(),
            })
        })
        .collect();
    sort(&mut findings);
    findings
}

/// Findings in report order: offset, then rule id, then message.
pub fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        let key = |f: &Finding| {
            (
                f.span.map(|s| s.start).unwrap_or(0),
                f.span.map(|s| s.end).unwrap_or(0),
            )
        };
        key(a)
            .cmp(&key(b))
            .then_with(|| a.rule.cmp(&b.rule))
            .then_with(|| a.message.cmp(&b.message))
    });
}

/// Check files: each read and parsed once, files and rules in parallel, results in path order.
pub fn check_files(
    rules: &[Rule],
    calendar: &Calendar,
    parser: &Parser,
    files: &[PathBuf],
) -> Vec<FileResult> {
    let mut results: Vec<FileResult> = files
        .par_iter()
        .map(|path| check_file(rules, calendar, parser, path))
        .collect();
    results.sort_by(|a, b| a.path.cmp(&b.path));
    results
}

fn check_file(rules: &[Rule], calendar: &Calendar, parser: &Parser, path: &Path) -> FileResult {
    match ingest::read(path) {
        Ok(source) => {
            let plan = parser.parse(&source);
            let findings = check_plan(rules, calendar, &plan, &source);
            FileResult {
                path: path.to_path_buf(),
                source: Some(source),
                plan: Some(plan),
                findings,
                error: None,
            }
        }
        Err(error) => FileResult {
            path: path.to_path_buf(),
            source: None,
            plan: None,
            findings: Vec::new(),
            error: Some(error),
        },
    }
}
