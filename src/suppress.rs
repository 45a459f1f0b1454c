//! Suppressions from `planlint.yaml`: a rule switched off for some files (optionally one task),
//! each with a required reason. The configuration compiles them; the engine applies them to
//! findings and reports the ones that matched nothing.

use globset::{Glob, GlobMatcher};
use serde::Deserialize;

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

    /// Whether it silences a finding of `rule` in the file at `path` (as given), about the task
    /// printed with `task_number`; `relative` is the file relative to the configuration's
    /// folder, when it lies inside it.
    pub fn matches(
        &self,
        rule: &str,
        path: &str,
        task_number: Option<u32>,
        relative: Option<&str>,
    ) -> bool {
        let rule_ok =
            rule == self.spec.rule || rule.rsplit("::").next() == Some(self.spec.rule.as_str());
        let bare = path.strip_prefix("./").unwrap_or(path);
        let file_ok = self.matcher.is_match(bare)
            || self.matcher.is_match(path)
            || relative.is_some_and(|r| self.matcher.is_match(r));
        let task_ok = match self.spec.task {
            None => true,
            Some(n) => task_number == Some(n),
        };
        rule_ok && file_ok && task_ok
    }

    /// The configuration's folder (canonical), which globs are also matched from.
    pub fn base(&self) -> Option<&std::path::Path> {
        self.base.as_deref()
    }
}
