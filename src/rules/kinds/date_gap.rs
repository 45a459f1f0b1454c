//! `date-gap`: between two of the plan's own dates — published at most N working days after
//! signing (政府信息公开条例 第二十六条), or a plan for year Y published by a day of year Y.

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

use super::dates::{after_day, month_day, month_day_text, not_covered};
use super::{no_fix, params, Check, CompileCx, Hit, KindDef, KindError};
use crate::ingest::Span;
use crate::rules::fields::{Item, PlanCx};
use crate::rules::spec::Scope;

pub const KIND: KindDef = KindDef {
    name: "date-gap",
    scopes: &[Scope::Document],
    vars: &["found", "expected", "detail"],
    compile,
};

/// One of the plan's dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum DateRef {
    Signing,
    Published,
    /// The publication date, else the signing date.
    PublishedOrSigning,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Params {
    /// The date judged.
    date: DateRef,
    /// The date counted from, for `max_working_days`.
    #[serde(default)]
    since: Option<DateRef>,
    #[serde(default)]
    max_working_days: Option<u32>,
    /// The judged date must not be after this day (`MM-DD`) of the plan year.
    #[serde(default)]
    latest_day_of_plan_year: Option<String>,
}

#[derive(Debug)]
struct DateGap {
    date: DateRef,
    since: Option<DateRef>,
    max_working_days: Option<u32>,
    latest_day: Option<(u32, u32)>,
}

fn compile(cx: &CompileCx) -> Result<Box<dyn Check>, KindError> {
    no_fix(cx, "date-gap")?;
    let p: Params = params(cx)?;
    if p.max_working_days.is_some() != p.since.is_some() {
        return Err(KindError::at(
            "max_working_days",
            "`max_working_days` and `since` go together",
        ));
    }
    let latest_day = p
        .latest_day_of_plan_year
        .as_deref()
        .map(month_day)
        .transpose()?;
    if p.max_working_days.is_none() && latest_day.is_none() {
        return Err(KindError::at("date-gap", "a `date-gap` check needs `since` with `max_working_days`, or `latest_day_of_plan_year`"));
    }
    Ok(Box::new(DateGap {
        date: p.date,
        since: p.since,
        max_working_days: p.max_working_days,
        latest_day,
    }))
}

/// A date of the plan: its value, where it is printed, and its name.
fn resolve(cx: &PlanCx, r: DateRef) -> Option<(NaiveDate, Span, &'static str)> {
    let m = &cx.plan.meta;
    let signing = m
        .signing_date
        .as_ref()
        .map(|d| (d.value, d.span, "成文日期"));
    let published = m
        .published
        .as_ref()
        .map(|p| (p.date.value, p.date.span, "发布日期"));
    match r {
        DateRef::Signing => signing,
        DateRef::Published => published,
        DateRef::PublishedOrSigning => published.or(signing),
    }
}

impl Check for DateGap {
    fn check(&self, cx: &PlanCx, _item: &Item) -> Vec<Hit> {
        let Some((date, span, name)) = resolve(cx, self.date) else {
            return Vec::new();
        };
        let mut hits = Vec::new();
        if let (Some(max), Some((since, since_span, since_name))) = (
            self.max_working_days,
            self.since.and_then(|s| resolve(cx, s)),
        ) {
            match cx.calendar.working_days_between(since, date) {
                Ok(n) if n > i64::from(max) => {
                    let mut hit = Hit::at(
                        Some(span),
                        vec![
                            ("found", n.to_string()),
                            ("expected", max.to_string()),
                            ("detail", format!("{name} {date} 在{since_name} {since} 后第 {n} 个工作日，超过 {max} 个工作日")),
                        ],
                    );
                    hit.labels.push((since_span, since_name.to_owned()));
                    hits.push(hit);
                }
                Ok(_) => {}
                Err(e) => hits.push(not_covered(Some(span), e)),
            }
        }
        if let (Some(md), Some(year)) =
            (self.latest_day, cx.plan.meta.year.as_ref().map(|y| y.value))
        {
            let late = date.year() > year || (date.year() == year && after_day(date, md));
            if late {
                let when = if date.year() > year {
                    "已在方案年度之后".to_owned()
                } else {
                    format!("晚于 {year}年{}", month_day_text(md))
                };
                hits.push(Hit::at(
                    Some(span),
                    vec![
                        ("found", date.to_string()),
                        ("expected", format!("{year}年{}前", month_day_text(md))),
                        (
                            "detail",
                            format!("{year} 年的方案，{name}为 {date}，{when}"),
                        ),
                    ],
                ));
            }
        }
        hits
    }
}
