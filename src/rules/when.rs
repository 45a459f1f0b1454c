//! Selection (`when`): which items a rule's check applies to. Kept apart from the assertion,
//! as in Spectral's given/then.

use regex::Regex;

use crate::plan::model::PlanPeriod;
use crate::rules::fields::{resolve, Field, Item, PlanCx};
use crate::rules::spec::{PeriodKind, Scope, WhenSpec, YearRange};

/// A compiled `when`.
#[derive(Debug, Clone, Default)]
pub struct When {
    present: Vec<Field>,
    absent: Vec<Field>,
    matches: Vec<(Field, Regex)>,
    not_matches: Vec<(Field, Regex)>,
    section: Option<Regex>,
    year: Option<YearRange>,
    period: Option<PeriodKind>,
}

/// Which part of a `when` is wrong: the offending text, for locating it, and why.
#[derive(Debug, Clone)]
pub struct WhenError {
    pub needle: String,
    pub message: String,
}

fn field(name: &str, scope: Scope) -> Result<Field, WhenError> {
    Field::parse(name, scope).map_err(|message| WhenError {
        needle: name.to_owned(),
        message,
    })
}

fn regex(pattern: &str) -> Result<Regex, WhenError> {
    Regex::new(pattern).map_err(|e| WhenError {
        needle: pattern.to_owned(),
        message: format!("invalid regex: {e}"),
    })
}

impl When {
    /// Compile a `when` for a rule of `scope`.
    pub fn compile(spec: &WhenSpec, scope: Scope) -> Result<When, WhenError> {
        let pairs =
            |list: &[crate::rules::spec::MatchSpec]| -> Result<Vec<(Field, Regex)>, WhenError> {
                list.iter()
                    .map(|m| Ok((field(&m.field, scope)?, regex(&m.regex)?)))
                    .collect()
            };
        Ok(When {
            present: spec
                .present
                .iter()
                .map(|f| field(f, scope))
                .collect::<Result<_, _>>()?,
            absent: spec
                .absent
                .iter()
                .map(|f| field(f, scope))
                .collect::<Result<_, _>>()?,
            matches: pairs(&spec.matches)?,
            not_matches: pairs(&spec.not_matches)?,
            section: spec.section.as_deref().map(regex).transpose()?,
            year: spec.year,
            period: spec.period,
        })
    }

    /// Whether the item is selected.
    pub fn holds(&self, cx: &PlanCx, item: &Item) -> bool {
        let has = |f: &Field| !resolve(cx, *f, item).is_empty();
        if !self.present.iter().all(has) || self.absent.iter().any(has) {
            return false;
        }
        let any_match =
            |(f, re): &(Field, Regex)| resolve(cx, *f, item).iter().any(|v| re.is_match(&v.text));
        if !self.matches.iter().all(any_match) || self.not_matches.iter().any(any_match) {
            return false;
        }
        if let Some(re) = &self.section {
            let in_section = match item {
                Item::Section(s) => re.is_match(&s.title),
                _ => item.task().is_some_and(|t| {
                    cx.plan
                        .section_path(t)
                        .iter()
                        .any(|s| re.is_match(&s.title))
                }),
            };
            if !in_section {
                return false;
            }
        }
        if let Some(range) = self.year {
            let Some(year) = cx.plan.meta.year.as_ref().map(|y| y.value) else {
                return false;
            };
            if range.min.is_some_and(|m| year < m) || range.max.is_some_and(|m| year > m) {
                return false;
            }
        }
        if let Some(want) = self.period {
            let have = cx.plan.meta.period.as_ref().map(|p| match p.value {
                PlanPeriod::Year { .. } => PeriodKind::Year,
                PlanPeriod::Years { .. } => PeriodKind::Years,
                PlanPeriod::Months { .. } => PeriodKind::Months,
            });
            if have != Some(want) {
                return false;
            }
        }
        true
    }
}
