//! `working-day-limit`: a relative time limit a task sets for publishing (N个工作日内公开) must
//! not exceed the legal maximum. Natural-day and month limits are converted with the calendar,
//! counted from the plan's own date (signing, else publication, else 1 January of its year).

use chrono::{Duration, Months, NaiveDate};
use serde::Deserialize;

use super::dates::{in_context, not_covered};
use super::{no_fix, params, Check, CompileCx, Hit, KindDef, KindError};
use crate::plan::model::{DeadlineValue, RelativeUnit};
use crate::rules::fields::{Item, PlanCx};
use crate::rules::spec::Scope;

pub const KIND: KindDef = KindDef {
    name: "working-day-limit",
    scopes: &[Scope::Deadline],
    vars: &["found", "expected", "detail"],
    compile,
};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Params {
    max_working_days: u32,
    /// Only limits whose sentence mentions one of these (公开, 发布 …).
    #[serde(default)]
    context: Vec<String>,
}

#[derive(Debug)]
struct WorkingDayLimit {
    max: u32,
    context: Vec<String>,
}

fn compile(cx: &CompileCx) -> Result<Box<dyn Check>, KindError> {
    no_fix(cx, "working-day-limit")?;
    let p: Params = params(cx)?;
    Ok(Box::new(WorkingDayLimit {
        max: p.max_working_days,
        context: p.context,
    }))
}

/// The date relative limits are counted from, and what it is.
fn reference(cx: &PlanCx) -> Option<(NaiveDate, String)> {
    let m = &cx.plan.meta;
    if let Some(d) = &m.signing_date {
        return Some((d.value, format!("成文日期 {}", d.value)));
    }
    if let Some(p) = &m.published {
        return Some((p.date.value, format!("发布日期 {}", p.date.value)));
    }
    let year = m.year.as_ref()?.value;
    let d = NaiveDate::from_ymd_opt(year, 1, 1)?;
    Some((d, format!("{year}年1月1日")))
}

impl Check for WorkingDayLimit {
    fn check(&self, cx: &PlanCx, item: &Item) -> Vec<Hit> {
        let Item::Deadline(_, deadline) = item else {
            return Vec::new();
        };
        let DeadlineValue::Within { amount, unit } = deadline.value else {
            return Vec::new();
        };
        let sentence = cx.sentence_around(deadline.span);
        if !in_context(sentence, &self.context, &[]) {
            return Vec::new();
        }
        let span = Some(deadline.span);
        let raw = &deadline.raw;
        let (working, how) = match unit {
            RelativeUnit::Hours | RelativeUnit::Years => return Vec::new(),
            RelativeUnit::WorkingDays => (i64::from(amount), format!("{amount} 个工作日")),
            RelativeUnit::NaturalDays | RelativeUnit::Months => {
                let Some((from, from_text)) = reference(cx) else {
                    return Vec::new();
                };
                let (to, length) = match unit {
                    RelativeUnit::Months => (
                        from.checked_add_months(Months::new(amount)),
                        format!("{amount} 个月"),
                    ),
                    _ => (
                        from.checked_add_signed(Duration::days(i64::from(amount))),
                        format!("{amount} 个自然日"),
                    ),
                };
                let Some(to) = to else { return Vec::new() };
                match cx.calendar.working_days_between(from, to) {
                    Ok(n) => (n, format!("以{from_text}起算，{length}含 {n} 个工作日")),
                    Err(e) => return vec![not_covered(span, e)],
                }
            }
        };
        if working <= i64::from(self.max) {
            return Vec::new();
        }
        vec![Hit::at(
            span,
            vec![
                ("found", raw.clone()),
                ("expected", format!("{} 个工作日以内", self.max)),
                (
                    "detail",
                    format!("“{raw}”：{how}，超过 {} 个工作日", self.max),
                ),
            ],
        )]
    }
}
