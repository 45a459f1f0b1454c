//! `date-window`: where a deadline may fall — not before the signing date, within the plan year
//! (plus a horizon), at least N working days after signing, not after a day of the year (the
//! annual report's 1月31日 / 3月31日). Messages state the computation so it can be checked by hand.

use chrono::NaiveDate;
use serde::Deserialize;

use super::dates::{after_day, in_context, month_day, month_day_text, not_covered};
use super::{no_fix, params, Check, CompileCx, Hit, KindDef, KindError};
use crate::plan::model::DeadlineValue;
use crate::rules::fields::{Item, PlanCx};
use crate::rules::spec::Scope;

pub const KIND: KindDef = KindDef {
    name: "date-window",
    scopes: &[Scope::Deadline],
    vars: &["found", "expected", "detail"],
    compile,
};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Params {
    /// The deadline must not be before the signing date.
    #[serde(default)]
    not_before_signing: bool,
    /// The deadline must fall within the plan year plus this many years.
    #[serde(default)]
    within_plan_year: Option<Horizon>,
    /// The deadline must leave at least this many working days after signing.
    #[serde(default)]
    min_working_days_after_signing: Option<u32>,
    /// The deadline must not be after this day of its year (`MM-DD`).
    #[serde(default)]
    latest_day: Option<String>,
    /// A stricter `latest_day` where the sentence also mentions one of `context`.
    #[serde(default)]
    stricter: Vec<Stricter>,
    /// Only deadlines whose sentence mentions one of these.
    #[serde(default)]
    context: Vec<String>,
    /// …and none of these (材料“纳入年度报告” is not the report's own deadline).
    #[serde(default)]
    not_context: Vec<String>,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
struct Horizon {
    #[serde(default)]
    horizon_years: i32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Stricter {
    context: Vec<String>,
    latest_day: String,
}

#[derive(Debug)]
struct DateWindow {
    not_before_signing: bool,
    within_plan_year: Option<i32>,
    min_working_days: Option<u32>,
    latest_day: Option<(u32, u32)>,
    stricter: Vec<(Vec<String>, (u32, u32))>,
    context: Vec<String>,
    not_context: Vec<String>,
}

fn compile(cx: &CompileCx) -> Result<Box<dyn Check>, KindError> {
    no_fix(cx, "date-window")?;
    let p: Params = params(cx)?;
    let latest_day = p.latest_day.as_deref().map(month_day).transpose()?;
    let stricter = p
        .stricter
        .iter()
        .map(|s| Ok((s.context.clone(), month_day(&s.latest_day)?)))
        .collect::<Result<Vec<_>, KindError>>()?;
    if !p.not_before_signing
        && p.within_plan_year.is_none()
        && p.min_working_days_after_signing.is_none()
        && latest_day.is_none()
    {
        return Err(KindError::at("date-window", "a `date-window` check needs not_before_signing, within_plan_year, min_working_days_after_signing or latest_day"));
    }
    Ok(Box::new(DateWindow {
        not_before_signing: p.not_before_signing,
        within_plan_year: p.within_plan_year.map(|h| h.horizon_years),
        min_working_days: p.min_working_days_after_signing,
        latest_day,
        stricter,
        context: p.context,
        not_context: p.not_context,
    }))
}

impl Check for DateWindow {
    fn check(&self, cx: &PlanCx, item: &Item) -> Vec<Hit> {
        let Item::Deadline(_, deadline) = item else {
            return Vec::new();
        };
        let DeadlineValue::By {
            date: Some(date), ..
        } = deadline.value
        else {
            return Vec::new();
        };
        let sentence = cx.sentence_around(deadline.span);
        if !in_context(sentence, &self.context, &self.not_context) {
            return Vec::new();
        }
        let raw = &deadline.raw;
        let span = Some(deadline.span);
        let hit = |expected: String, detail: String| {
            Hit::at(
                span,
                vec![
                    ("found", date.to_string()),
                    ("expected", expected),
                    ("detail", detail),
                ],
            )
        };
        let mut hits = Vec::new();
        let signed: Option<NaiveDate> = cx.plan.meta.signing_date.as_ref().map(|d| d.value);
        if let (true, Some(signed)) = (self.not_before_signing, signed) {
            if date < signed {
                hits.push(hit(
                    format!("不早于 {signed}"),
                    format!("时限“{raw}”（{date}）早于成文日期 {signed}"),
                ));
            }
        }
        if let (Some(horizon), Some((first, last_year))) =
            (self.within_plan_year, cx.plan.meta.years_covered())
        {
            let last = last_year + horizon;
            if let Some(end) = NaiveDate::from_ymd_opt(last, 12, 31) {
                if date > end {
                    let years = if first == last_year {
                        format!("方案年度 {first} 年")
                    } else {
                        format!("方案期限 {first}—{last_year} 年")
                    };
                    let scope = if horizon == 0 {
                        years
                    } else {
                        format!("{years}及其后 {horizon} 年")
                    };
                    hits.push(hit(
                        format!("不晚于 {end}"),
                        format!("时限“{raw}”（{date}）超出{scope}（{end}）"),
                    ));
                }
            }
        }
        if let (Some(min), Some(signed)) = (self.min_working_days, signed) {
            if date >= signed {
                // a deadline on or after the min-th working day needs no count, so one beyond
                // the calendar (`2027年底前` in a plan signed in 2026) is no finding
                match cx.calendar.add_working_days(signed, min) {
                    Ok(earliest) if date >= earliest => {}
                    Ok(_) => match cx.calendar.working_days_between(signed, date) {
                        Ok(n) => hits.push(hit(
                            format!("至少 {min} 个工作日"),
                            format!("时限“{raw}”（{date}）在成文日期（{signed}）后仅 {n} 个工作日，应至少 {min} 个工作日"),
                        )),
                        Err(e) => hits.push(not_covered(span, e)),
                    },
                    Err(e) => hits.push(not_covered(span, e)),
                }
            }
        }
        if let Some(default) = self.latest_day {
            let latest = self
                .stricter
                .iter()
                .find(|(words, _)| words.iter().any(|w| sentence.contains(w.as_str())))
                .map(|(_, md)| *md)
                .unwrap_or(default);
            if after_day(date, latest) {
                hits.push(hit(
                    format!("不晚于 {}", month_day_text(latest)),
                    format!("时限“{raw}”（{date}）晚于 {}", month_day_text(latest)),
                ));
            }
        }
        hits
    }
}
