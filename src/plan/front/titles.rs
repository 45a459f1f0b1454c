//! Pass 6: what the titles say — a draft marker (征求意见稿), the plan's year and the period it
//! covers (one year, 2021—2025年, 11—12月). The year comes from the title, never from a footer
//! or a signing date that falls in the next year; only a title without one falls back to the
//! dates. A page without a title takes its years from the name its cover notice issues.

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
    if titles.is_empty() {
        issued_period(ctx, st);
    }
    let m = &mut st.meta;
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

/// Lines at the top of a page without a notice's extent (its signature not followed by a
/// title) searched for the sentence issuing the plan: addressees, that sentence, the issuer,
/// the date and a note such as (此件公开发布).
const ISSUING_LINES: usize = 6;

/// The years of the plan an untitled page's cover notice issues by name (`现将《…三年行动
/// （2025—2027年）重点任务分工方案》转发给你们`): the page is that plan, and a three-year plan's
/// deadlines run to its last year. Only its period is taken: its year stays the one it was
/// signed in, so a deadline without one (`6月底前`) falls in the year it was forwarded.
fn issued_period(ctx: &Ctx, st: &mut State) {
    let lines: Vec<usize> = match st.notice {
        Some((start, end)) => (start..=end).collect(),
        None => st.content().take(ISSUING_LINES).collect(),
    };
    let p = ctx.meta_patterns;
    for k in lines {
        let text = st.view.lines[k].text;
        let line = ctx.vocab.fold(st.view.str(k));
        let Some(name) = crate::plan::classify::issued_name_at(&line, ctx.vocab) else {
            continue;
        };
        if let Some((a, b, s, e)) = p.year_range_in(&line[name.clone()]) {
            let span = ctx.span(text, name.start + s, name.start + e);
            st.meta.period = Some(Located {
                value: PlanPeriod::Years { from: a, to: b },
                span,
            });
        }
        return;
    }
}

#[cfg(test)]
mod tests {
    use crate::plan::model::PlanPeriod;
    use crate::plan::parse_text;

    #[test]
    fn an_untitled_page_takes_its_years_from_the_plan_its_notice_issues() {
        let text = "各镇街，区政府各部门：\n\
                    现将《重庆市促进残疾人就业三年行动（2025—2027年）重点任务分工方案》转发给你们，请认真贯彻执行。\n\
                    重庆市荣昌区人民政府办公室\n2026年1月23日\n\
                    一、任务目标\n\
                    1.开展残疾人就业政策培训宣传，2027年底前完成。（区残联牵头）\n";
        let meta = parse_text(text).meta;
        let period = meta.period.map(|p| p.value);
        assert_eq!(
            period,
            Some(PlanPeriod::Years {
                from: 2025,
                to: 2027
            })
        );
        // (its year stays the one it was signed in: `6月底前` falls in 2026)
        assert_eq!(meta.year.map(|y| y.value), Some(2026));
        // a page whose notice issues nothing has no period
        let plain = text.replace(
            "现将《重庆市促进残疾人就业三年行动（2025—2027年）重点任务分工方案》转发给你们，",
            "",
        );
        let meta = parse_text(&plain).meta;
        assert_eq!(meta.period.map(|p| p.value), None);
        assert_eq!(meta.year.map(|y| y.value), Some(2026));
    }
}
