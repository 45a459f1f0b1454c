//! Applying the configuration's suppressions to a run's findings, and reporting the ones that
//! matched nothing.

use crate::config::Config;
use crate::engine::{FileResult, Finding};
use crate::ingest;
use crate::rules::spec::Severity;
pub use crate::suppress::{Suppression, SuppressionSpec};

/// Remove suppressed findings, counting what each suppression matched; the number removed.
pub fn apply(suppressions: &mut [Suppression], results: &mut [FileResult]) -> usize {
    let mut removed = 0;
    for r in results.iter_mut() {
        let plan = r.plan.as_ref();
        // one configuration, one folder: the file's path relative to it, once per file
        let relative = suppressions
            .first()
            .and_then(|s| s.base())
            .and_then(|b| crate::discover::relative_to(&r.path, b));
        let relative = relative.as_deref();
        r.findings.retain(|f| {
            let task_number = f
                .task
                .and_then(|i| plan?.tasks.get(i.wrapping_sub(1)))
                .and_then(|t| t.number.as_ref())
                .map(|n| n.value);
            match suppressions
                .iter_mut()
                .find(|s| s.matches(&f.rule, &f.path, task_number, relative))
            {
                Some(s) => {
                    s.matched += 1;
                    removed += 1;
                    false
                }
                None => true,
            }
        });
    }
    removed
}

/// Suppressions that matched nothing, as warnings pointing at their entry in `planlint.yaml`
/// (so a stale one is deleted rather than kept for ever). The file is named as a user in
/// `shown_from` would type it.
pub fn unused(
    config: &Config,
    suppressions: &[Suppression],
    shown_from: &std::path::Path,
) -> Option<FileResult> {
    let path = config.path.as_ref()?;
    if suppressions.iter().all(|s| s.matched > 0) {
        return None;
    }
    let source = ingest::decode(path, config.text.as_bytes()).ok()?;
    let map = &source.map;
    let shown = path
        .strip_prefix(shown_from)
        .unwrap_or(path)
        .display()
        .to_string();
    let findings: Vec<Finding> = suppressions
        .iter()
        .filter(|s| s.matched == 0)
        .map(|s| {
            let end = s.offset + s.spec.rule.len();
            Finding {
                rule: "planlint::unused-suppression".into(),
                severity: Severity::Warning,
                message: format!(
                    "压制项未匹配任何问题（{} · {}）：可以删除",
                    s.spec.rule, s.spec.file
                ),
                help: Some(format!("理由：{}", s.spec.reason)),
                path: shown.clone(),
                span: Some(map.span(&source.text, s.offset, end.min(source.text.len()))),
                labels: Vec::new(),
                fix: None,
                task: None,
                references: Vec::new(),
                fingerprint: format!("unused-suppression:{}:{}", s.spec.rule, s.spec.file),
            }
        })
        .collect();
    (!findings.is_empty()).then(|| FileResult {
        path: std::path::PathBuf::from(shown),
        source: Some(source),
        plan: None,
        findings,
        error: None,
    })
}
