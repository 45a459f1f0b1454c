//! Pass 6: what the titles say — a draft marker (征求意见稿), the plan's year and the period it
//! covers (one year, 2021—2025年, 11—12月). The year comes from the title, never from a footer
//! or a signing date that falls in the next year; only a title without one falls back to the
//! dates.

use chrono::Datelike;

use super::State;
use crate::plan::model::{Located, PlanPeriod};
use crate::plan::Ctx;

pub(crate) fn read(ctx: &Ctx, st: &mut State) {
    let p = ctx.meta_patterns;
    let m = &mut st.meta;
    let titles: Vec<Located<String>> = [&m.title, &m.plan_title, &st.field_title]
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    for title in &titles {
        let raw = &ctx.text[title.span.start..title.span.end];
        let raw = ctx.vocab.fold(raw);
        let at = |start: usize, end: usize| {
            let s = title.span.start + start;
            ctx.map.span(ctx.text, s, title.span.start + end)
        };
        if m.draft.is_none() {
            if let Some((i, w)) = ctx
                .vocab
                .draft_markers
                .iter()
                .find_map(|w| raw.find(w.as_str()).map(|i| (i, w)))
            {
                m.draft = Some(Located {
                    value: w.clone(),
                    span: at(i, i + w.len()),
                });
            }
        }
        if m.period.is_none() {
            if let Some((a, b, s, e)) = p.year_range_in(&raw) {
                m.period = Some(Located {
                    value: PlanPeriod::Years { from: a, to: b },
                    span: at(s, e),
                });
            } else if let Some((y, a, b, s, e)) = p.month_range_in(&raw) {
                m.period = Some(Located {
                    value: PlanPeriod::Months {
                        year: y.or_else(|| p.year_in(&raw).map(|y| y.0)),
                        from: a,
                        to: b,
                    },
                    span: at(s, e),
                });
            }
        }
        if m.year.is_none() {
            if let Some(Located {
                value: PlanPeriod::Years { from, .. },
                span,
            }) = &m.period
            {
                m.year = Some(Located {
                    value: *from,
                    span: *span,
                });
            } else if let Some((y, s, e)) = p.year_in(&raw) {
                m.year = Some(Located {
                    value: y,
                    span: at(s, e),
                });
            }
        }
    }
    if m.period.is_none() {
        if let Some(y) = &m.year {
            m.period = Some(Located {
                value: PlanPeriod::Year { year: y.value },
                span: y.span,
            });
        }
    }
    if m.year.is_none() {
        let from_date = m
            .signing_date
            .as_ref()
            .or(m.published.as_ref().map(|p| &p.date));
        if let Some(d) = from_date {
            m.year = Some(Located {
                value: d.value.year(),
                span: d.span,
            });
        }
    }
}
