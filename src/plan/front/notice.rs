//! Pass 5: the cover notice (印发通知) — addressees (主送机关) after the title, the notice's
//! extent, and the plan's own title after it. A notice is a cover only when a plan follows it
//! (after its signature, an `附件` line or before a table); a notice that states the tasks
//! itself is the plan.

use super::header::{has_title_word, is_title_ish};
use super::{located, State};
use crate::document::is_space;
use crate::plan::assign::ClauseKind;
use crate::plan::text::{normalize, split_top_level};
use crate::plan::Ctx;

/// Longest addressee line.
const MAX_ADDRESSEE_CHARS: usize = 150;
/// Page lines (its date, its source) passed over between a title and its addressees: a page
/// prints two or three, a longer run is the body itself.
const MAX_BYLINE_LINES: usize = 3;
/// Shortest plan title found after a notice that lost its signature: a shorter title-like
/// line (`检查工作安排`) is a heading of the notice.
const MIN_INNER_TITLE_CHARS: usize = 10;
/// Lines after a signature searched for the plan's title (past `附件` lines and notes).
const PLAN_TITLE_WINDOW: usize = 4;

pub(crate) fn addressees(ctx: &Ctx, st: &mut State) {
    let after = st.title_end.map(|t| t + 1).unwrap_or(0);
    // the first line of the body, past the page's own date and source lines under the title
    // (`2022-10-19 14:39`, `来源: 市政府办公厅`)
    // (the page's 发文字号 and its title printed again over the addressees are passed over
    // too, uncounted: `岚综管办〔2016〕91号` `…关于印发…的通知` `区直各单位：`)
    let title = st.meta.title.as_ref().map(|t| normalize(&t.value));
    let number = st.meta.doc_number.as_ref().map(|d| normalize(&d.value));
    // (…and so is a notice's title the page prints over them in full when its header shortened
    // it: `关于印发《…实施方案》的通知` over `中共…委员会关于印发《…工作实施方案》的通知`)
    let repeats = |k: usize| {
        let t = normalize(st.view.str(k));
        Some(&t) == title.as_ref() || Some(&t) == number.as_ref() || issues_a_text(st, k)
    };
    let Some(k) = st
        .content()
        .filter(|&k| k >= after && k < st.view.first_table && !st.view.lines[k].outside)
        .filter(|&k| !repeats(k))
        .enumerate()
        .find(|&(skipped, k)| {
            let t = st.view.str(k);
            skipped >= MAX_BYLINE_LINES
                || !(ctx.vocab.is_page_dateline(t) || ctx.vocab.is_publication_line(t))
        })
        .map(|(_, k)| k)
    else {
        return;
    };
    let line = st.view.lines[k].text;
    let t = line.as_str().trim_end_matches(is_space);
    if !(t.ends_with('：') || t.ends_with(':'))
        || t.chars().count() > MAX_ADDRESSEE_CHARS
        || ctx.numbering.at_start(t.trim_start()).is_some()
        || ctx.vocab.is_publication_line(t)
        || ctx.deadlines.is_period_label(t, ctx.year)
    {
        return;
    }
    let colon = t.chars().next_back().map_or(1, char::len_utf8);
    let body_end = t.len() - colon;
    for (s, e) in split_top_level(&line.as_str()[..body_end], &['、', '，', ',', '；', ';']) {
        let piece = &line.as_str()[s..e];
        let lead = piece.len() - piece.trim_start_matches(is_space).len();
        let trimmed = piece.trim_matches(is_space);
        if trimmed.is_empty() {
            continue;
        }
        let (s, e) = (s + lead, s + lead + trimmed.len());
        st.meta
            .addressees
            .push(located(ctx, line, s, e, normalize(trimmed)));
    }
    st.used[k] = true;
    st.addressees_line = Some(k);
}

/// Whether line `k` is an attachment line (`附件`, `附件1：…`).
fn is_attachment_line(st: &State, k: usize) -> bool {
    let t = st.view.str(k);
    t.starts_with(crate::document::reflow::ATTACHMENT_WORD) && t.chars().count() <= 60
}

/// Whether line `k` is a notice's title issuing a text (`…关于印发X方案的通知`, a page's
/// download link to the notice itself): a notice, never the title of the plan after one.
fn issues_a_text(st: &State, k: usize) -> bool {
    let t = st.view.str(k);
    t.trim_end_matches(is_space).ends_with("通知")
        && crate::plan::classify::issued_name(t).is_some()
}

pub(crate) fn extent(ctx: &Ctx, st: &mut State) {
    let has_notice = st.meta.doc_number.is_some() || !st.meta.addressees.is_empty();
    if !has_notice {
        return;
    }
    let start = st
        .addressees_line
        .or(st.title_end.map(|t| t + 1))
        .unwrap_or(0);
    let n = st.view.lines.len();
    let first_table = st.view.first_table;
    // where the plan starts: after the signature when a title follows it, at an 附件 line that
    // a title follows, or at the first table
    let mut plan_at: Option<(usize, Option<usize>)> = None; // (notice end, plan title line)
    let candidates: Vec<usize> = st
        .signing_line
        .into_iter()
        .chain((start..n.min(first_table)).filter(|&k| is_attachment_line(st, k)))
        .filter(|&k| k >= start)
        .collect();
    for end in candidates {
        // (past the notice's imprint: `抄送：…`, `（联系人：…）`, `印发`)
        let after: Vec<usize> = (end + 1..n)
            .filter(|&k| !st.view.lines[k].text.is_blank() && !st.view.lines[k].outside)
            .filter(|&k| !ctx.vocab.is_imprint_line(st.view.str(k)))
            .take(PLAN_TITLE_WINDOW)
            .collect();
        // (a download link naming a file, `…任务分解.doc` under `附件：附件1.docx`, is no title
        // of a plan carried below: the page ends there)
        let title = after.iter().copied().find(|&k| {
            !is_attachment_line(st, k)
                && !issues_a_text(st, k)
                && !ctx.vocab.names_file(st.view.str(k))
                && is_title_ish(ctx, st, k)
                && has_title_word(ctx, st, k)
        });
        let between = (end + 1..first_table.max(end + 1))
            .filter(|&k| !st.view.lines[k].text.is_blank() && !st.view.lines[k].outside)
            .count();
        let table_next = st.view.has_table && first_table > end && between <= 2;
        if title.is_some() || table_next {
            plan_at = Some((end, title));
            break;
        }
    }
    // a page that lost the notice's signature: the plan's title right after the notice's
    // paragraphs, before any numbered line (`现将…进行责任分解。` / `《政府工作报告》重点工作责任分解`)
    if plan_at.is_none() && st.signing_line.is_none() && st.addressees_line.is_some() {
        let body: Vec<usize> = (start + 1..n.min(first_table))
            .filter(|&k| !st.view.lines[k].text.is_blank() && !st.view.lines[k].outside)
            .take_while(|&k| {
                ctx.numbering
                    .at_start(st.view.str(k).trim_start())
                    .is_none()
            })
            .take(PLAN_TITLE_WINDOW + 1)
            .collect();
        let title = body.iter().copied().skip(1).find(|&k| {
            !is_attachment_line(st, k)
                && st.view.str(k).chars().count() >= MIN_INNER_TITLE_CHARS
                && is_title_ish(ctx, st, k)
                && has_title_word(ctx, st, k)
        });
        if let Some(k) = title {
            plan_at = Some((k - 1, Some(k)));
        }
    }
    if plan_at.is_none() && st.view.has_table && first_table > start {
        let title = (start..first_table)
            .rev()
            .find(|&k| !st.view.lines[k].text.is_blank())
            .filter(|&k| is_title_ish(ctx, st, k) && has_title_word(ctx, st, k));
        plan_at = Some((first_table - 1, title));
    }
    let Some((end, title)) = plan_at else {
        return;
    };
    let end = match title {
        Some(t) if t <= end => t - 1,
        _ => end,
    };
    if end < start {
        return;
    }
    st.notice = Some((start, end));
    // what stands between the signature and the plan's title is the notice's imprint
    // (`抄送：…`, the printing office and its date, `印发`): no part of the plan
    if let Some(t) = title.filter(|&t| t > end + 1) {
        for k in end + 1..t {
            st.used[k] = true;
        }
    }
    // a notice whose own numbered items assign work in fields or brackets (`一、…推进单位：…`)
    // carries tasks; else its lists are requirements and problems (`三、市编办要会同…`)
    let assigns = (start..=end).any(|k| {
        let t = ctx.vocab.fold(st.view.str(k));
        ctx.numbering.at_start(&t).is_some()
            && ctx.clauses(&t).iter().any(|c| {
                c.names_units
                    && matches!(
                        c.kind,
                        ClauseKind::Labelled | ClauseKind::Parenthetical | ClauseKind::Leading
                    )
            })
    });
    for k in start..=end {
        if !assigns || st.view.lines[k].text.is_blank() {
            st.used[k] = true;
        }
    }
    if let Some(k) = title {
        // a title broken over lines (`城口县2024年国民经济和社会发展计划` / `执行情况与2025年计划
        // 草案报告`) runs on while its lines spell out the name the notice issues
        let issued = st
            .meta
            .title
            .as_ref()
            .and_then(|t| crate::plan::classify::issued_name(&t.value));
        let mut last = k;
        let mut name = normalize(st.view.str(k));
        if let Some(issued) = issued.filter(|i| i.starts_with(name.as_str())) {
            while name.len() < issued.len() {
                let Some(next) =
                    (last + 1..st.view.lines.len()).find(|&j| !st.view.lines[j].text.is_blank())
                else {
                    break;
                };
                let joined = format!("{name}{}", normalize(st.view.str(next)));
                if !issued.starts_with(joined.as_str()) {
                    break;
                }
                name = joined;
                last = next;
            }
        }
        if st.meta.plan_title.is_none() {
            let span = ctx
                .whole(st.view.lines[k].text)
                .cover(ctx.whole(st.view.lines[last].text));
            st.meta.plan_title = Some(crate::plan::model::Located { value: name, span });
        }
        for j in k..=last {
            st.used[j] = true;
        }
        st.plan_title_line = Some(last);
        // attachment lines between the notice and the plan title
        for j in end + 1..k {
            if is_attachment_line(st, j) {
                st.used[j] = true;
            }
        }
    }
}
