//! The upper plans of a run, read once, and which files are traced against which: from
//! `trace:` in planlint.yaml, or `planlint trace UPPER LOWER…` (every file against one upper).

use std::path::{Path, PathBuf};

use crate::config::TracePair;
use crate::discover::PathGlobs;
use crate::ingest::{IngestError, ReadLimits, Source};
use crate::plan::model::Plan;
use crate::plan::Parser;
use crate::trace::{Settings, Traced};

/// One upper plan, parsed, and the files it is traced against.
#[derive(Debug)]
pub struct UpperPlan {
    pub path: PathBuf,
    pub source: Source,
    pub plan: Plan,
    /// The lower files; `None`: every file checked.
    lower: Option<PathGlobs>,
    pub settings: Settings,
    /// The upper file itself, canonical, so that it is never traced against itself.
    canonical: Option<PathBuf>,
    /// Headings that state aims, not tasks (the parser's `context_headings`): not items.
    pub aims: Vec<String>,
}

/// The upper plans of a run.
#[derive(Debug, Default)]
pub struct Uppers {
    plans: Vec<UpperPlan>,
}

impl Uppers {
    /// Read the upper plans of `pairs`.
    pub fn from_pairs(
        pairs: &[TracePair],
        parser: &Parser,
        limits: ReadLimits,
    ) -> Result<Uppers, IngestError> {
        let mut plans = Vec::new();
        for p in pairs {
            let settings = Settings {
                threshold: p.threshold.unwrap_or(crate::trace::DEFAULT_THRESHOLD),
                ..Settings::default()
            };
            plans.push(UpperPlan::read(
                &p.upper,
                parser,
                limits,
                Some(p.lower.clone()),
                settings,
            )?);
        }
        Ok(Uppers { plans })
    }

    /// One upper plan that every file is traced against.
    pub fn single(upper: UpperPlan) -> Uppers {
        Uppers { plans: vec![upper] }
    }

    /// The upper plan `path` is traced against, if any (the first pair naming it).
    pub fn for_file(&self, path: &Path) -> Option<&UpperPlan> {
        let canonical = std::fs::canonicalize(path).ok();
        self.plans.iter().find(|u| {
            let itself = canonical.is_some() && canonical == u.canonical;
            !itself && u.lower.as_ref().is_none_or(|g| g.matches(path))
        })
    }

    /// The upper plans, in the order given.
    pub fn plans(&self) -> &[UpperPlan] {
        &self.plans
    }

    pub fn is_empty(&self) -> bool {
        self.plans.is_empty()
    }
}

impl UpperPlan {
    /// Read and parse the upper plan at `path`.
    pub fn read(
        path: &Path,
        parser: &Parser,
        limits: ReadLimits,
        lower: Option<PathGlobs>,
        settings: Settings,
    ) -> Result<UpperPlan, IngestError> {
        let (source, plan) = super::read_plan(parser, path, limits)?;
        Ok(UpperPlan {
            aims: parser.vocabulary().context_headings.clone(),
            path: path.to_path_buf(),
            source,
            plan,
            lower,
            settings,
            canonical: std::fs::canonicalize(path).ok(),
        })
    }

    /// The trace of the plan `lower` (read from `lower_source`) against this one.
    pub fn trace<'a>(&'a self, lower: &'a Plan, lower_source: &Source) -> Traced<'a> {
        Traced::new(
            &self.plan,
            &self.source.text,
            lower,
            &lower_source.text,
            self.settings,
            &self.aims,
        )
    }
}
