//! A checking session: everything loaded once from a configuration (rules, parser vocabulary,
//! calendar) and shared by every file the session checks. `planlint check` and `planlint
//! serve` both make one, so the two check files the same way.

use std::path::Path;

use crate::calendar::Calendar;
use crate::config::Config;
use crate::ingest;
use crate::plan::Parser;
use crate::rules::{RuleFileError, RuleSet};

use super::{Checker, FileResult};

/// The configuration in force and what it loads.
pub struct Session {
    pub config: Config,
    pub rules: RuleSet,
    pub calendar: Calendar,
    pub parser: Parser,
}

impl Session {
    /// Load the rules, calendar and parser `config` selects. Every error is returned (a rule
    /// pack, a calendar or vocabulary file, a `rules:` key naming no rule), so a user fixes
    /// them in one round.
    pub fn load(config: Config) -> Result<Session, Vec<RuleFileError>> {
        let rules = RuleSet::load(&config.packs, &config.overrides);
        let mut errors = rules.errors.clone();
        for key in config.overrides.keys() {
            if !rules.knows(key) {
                let known = rules
                    .rules
                    .iter()
                    .flat_map(|r| [r.id.as_str(), r.name.as_str()])
                    .chain(rules.disabled.iter().map(String::as_str));
                errors.push(config.unknown_rule(key, known));
            }
        }
        let calendar = config.calendar().map_err(|e| errors.push(e)).ok();
        let parser = config.parser().map_err(|e| errors.push(e)).ok();
        match (calendar, parser) {
            (Some(calendar), Some(parser)) if errors.is_empty() => Ok(Session {
                config,
                rules,
                calendar,
                parser,
            }),
            _ => Err(errors),
        }
    }

    /// The names of the loaded rule packs, in load order.
    pub fn pack_names(&self) -> Vec<String> {
        self.rules.packs.iter().map(|p| p.name.clone()).collect()
    }

    /// A checker over this session's rules on `pool`.
    pub fn checker<'a>(
        &'a self,
        pool: &'a rayon::ThreadPool,
        limits: ingest::ReadLimits,
    ) -> Checker<'a> {
        Checker {
            pool,
            rules: &self.rules.rules,
            calendar: &self.calendar,
            parser: &self.parser,
            limits,
            stdin_name: None,
            uppers: None,
        }
    }

    /// Suppressions of the configuration that matched nothing in a run, as findings on
    /// `planlint.yaml` (see [`super::suppress::unused`]).
    pub fn unused_suppressions(
        &self,
        suppressions: &[super::suppress::Suppression],
        shown_from: &Path,
    ) -> Option<FileResult> {
        super::suppress::unused(&self.config, suppressions, shown_from)
    }
}
