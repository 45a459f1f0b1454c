//! Shared helpers for integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use planlint::ingest;
use planlint::plan::model::{Plan, Task, UnitKind, UnitRole};
use planlint::plan::Parser;

/// A folder of `../shared` beside the repository. On a clone without it the tests that need it
/// are skipped with a note on stderr (`samples/` covers every layout); in CI (`CI` set) its
/// absence is a failure, so a broken checkout never passes by skipping.
pub fn shared_dir(sub: &str) -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .join(sub);
    if dir.join("README.md").exists() {
        return Some(dir);
    }
    if std::env::var_os("CI").is_some_and(|v| !v.is_empty()) {
        panic!(
            "{} not found: CI runs with ../shared beside the clone",
            dir.display()
        );
    }
    eprintln!(
        "skipping: {} not found (these tests need ../shared beside the repo)",
        dir.display()
    );
    None
}

/// The seed plans beside the repository (`../shared/seeds`).
pub fn seeds_dir() -> Option<PathBuf> {
    shared_dir("seeds")
}

/// The file in `seeds_dir` whose name starts with `prefix` (000 … 004).
pub fn seed(prefix: &str) -> Option<PathBuf> {
    let dir = seeds_dir()?;
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(prefix) && n.ends_with(".txt"))
        })
        .collect();
    names.sort();
    names.into_iter().next()
}

pub fn samples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("samples")
}

/// Parse a file with the bundled vocabulary.
pub fn parse(path: &Path) -> Plan {
    let parser = Parser::bundled().expect("bundled vocabulary");
    let source = ingest::read(path).unwrap_or_else(|e| panic!("{e}"));
    parser.parse(&source)
}

/// Names of a task's units in a role.
pub fn names(task: &Task, role: UnitRole) -> Vec<String> {
    task.units_in(role).map(|u| u.name.clone()).collect()
}

/// The kind of the unit called `name` in a task.
pub fn kind(task: &Task, name: &str) -> UnitKind {
    task.units
        .iter()
        .find(|u| u.name == name)
        .unwrap_or_else(|| panic!("no unit {name} in task {}", task.index))
        .kind
}

/// The task whose own printed number is `n` (not a continuation row).
pub fn numbered(plan: &Plan, n: u32) -> Vec<&Task> {
    plan.tasks
        .iter()
        .filter(|t| {
            t.number
                .as_ref()
                .is_some_and(|x| x.value == n && !x.inherited)
        })
        .collect()
}

/// The text of the source a span covers.
pub fn spanned<'a>(text: &'a str, span: &planlint::ingest::Span) -> &'a str {
    &text[span.start..span.end]
}

/// A fresh, empty folder under the system temp dir for one test.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("planlint-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The report date the tests fix (`SOURCE_DATE_EPOCH`: 2026-01-01 00:00 UTC), so that reports
/// made a minute apart are byte-identical.
pub const REPORT_EPOCH: &str = "1767225600";

/// Run the planlint binary in `dir`.
pub fn planlint_in(dir: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_planlint"))
        .env("SOURCE_DATE_EPOCH", REPORT_EPOCH)
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run planlint")
}
pub mod browser;
pub mod docx;
pub mod http;

/// The `path` of each finding in JSON Lines output, in order.
pub fn jsonl_paths(jsonl: &str) -> Vec<String> {
    jsonl
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["path"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

/// The lead units of each task of the first plan in `planlint parse --format json` output,
/// joined with 、.
pub fn lead_names(parse_json: &[u8]) -> Vec<String> {
    role_names(parse_json, "lead")
}

/// The units in `role` (`lead`, `cooperating`, …) of each task of the first plan in
/// `planlint parse --format json` output, joined with 、.
pub fn role_names(parse_json: &[u8], role: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_slice(parse_json).unwrap();
    v[0]["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            t["units"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|u| u["role"] == role)
                .map(|u| u["name"].as_str().unwrap().to_owned())
                .collect::<Vec<_>>()
                .join("、")
        })
        .collect()
}
