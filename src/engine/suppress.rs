//! Suppressions from `planlint.yaml`: a rule switched off for some files (optionally one task),
//! each with a required reason. A suppression that matched nothing is itself reported.

use globset::{Glob, GlobMatcher};
use serde::Deserialize;

use crate::config::Config;
use crate::engine::{FileResult, Finding};
use crate::ingest;
use crate::plan::model::Plan;
use crate::rules::spec::Severity;

/// A suppression as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SuppressionSpec {
    /// `pack::rule` or `rule`.
    pub rule: String,
    /// A glob over file paths, relative to the configuration's folder (or as given on the
    /// command line).
    pub file: String,
    /// Only findings about the task with this printed number.
    #[serde(default)]
    pub task: Option<u32>,
    /// Why: required, so the next auditor knows.
    pub reason: String,
}

/// A compiled suppression and how many findings it matched.
#[derive(Debug, Clone)]
pub struct Suppression {
    pub spec: SuppressionSpec,
    matcher: GlobMatcher,
    /// The configuration's folder (canonical): paths are matched relative to it too.
    base: Option<std::path::PathBuf>,
    /// Byte offset of the entry in the configuration file, for reporting it.
    pub offset: usize,
    pub matched: usize,
}

impl Suppression {
    /// Compile a suppression; `offset` is where it stands in the configuration text, `base`
    /// the folder of that configuration.
    pub fn new(
        spec: SuppressionSpec,
        offset: usize,
        base: Option<&std::path::Path>,
    ) -> Result<Suppression, globset::Error> {
        let matcher = Glob::new(&spec.file)?.compile_matcher();
        Ok(Suppression {
            spec,
            matcher,
            base: base.and_then(|b| std::fs::canonicalize(b).ok()),
            offset,
            matched: 0,
        })
    }

    /// Whether it silences `f`; `relative` is `f`'s file relative to the configuration's
    /// folder, when it lies inside it.
    fn matches(&self, f: &Finding, plan: Option<&Plan>, relative: Option<&str>) -> bool {
        let rule_ok =
            f.rule == self.spec.rule || f.rule.rsplit("::").next() == Some(self.spec.rule.as_str());
        let path = f.path.strip_prefix("./").unwrap_or(&f.path);
        let file_ok = self.matcher.is_match(path)
            || self.matcher.is_match(&f.path)
            || relative.is_some_and(|r| self.matcher.is_match(r));
        let task_ok = match self.spec.task {
            None => true,
            Some(n) => f
                .task
                .and_then(|i| plan?.tasks.get(i.wrapping_sub(1)))
                .and_then(|t| t.number.as_ref())
                .is_some_and(|num| num.value == n),
        };
        rule_ok && file_ok && task_ok
    }
}

/// Remove suppressed findings, counting what each suppression matched; the number removed.
pub fn apply(suppressions: &mut [Suppression], results: &mut [FileResult]) -> usize {
    let mut removed = 0;
    for r in results.iter_mut() {
        let plan = r.plan.as_ref();
        // one configuration, one folder: the file's path relative to it, once per file
        let relative = suppressions
            .first()
            .and_then(|s| s.base.as_deref())
            .and_then(|b| crate::discover::relative_to(&r.path, b));
        let relative = relative.as_deref();
        r.findings.retain(|f| {
            match suppressions
                .iter_mut()
                .find(|s| s.matches(f, plan, relative))
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
