//! Plan or not: government sites and folders hold statutes, disclosure guides, annual reports
//! and plain notices beside plans. A document is a plan when its title names one (方案, 要点,
//! 分解表 — also inside `关于印发《…方案》的通知`), or when its tasks name who does them; it is
//! not when it is laid out in articles (第X条), or its title names another kind of text and it
//! carries no task table.

use crate::document::NumberStyle;
use crate::plan::model::{Classification, DocumentKind, Meta, Section, Task};
use crate::plan::text::normalize;
use crate::plan::Ctx;

/// Articles (第X条) that make a text a statute or a rule.
const STATUTE_MIN_ARTICLES: usize = 3;

/// The subject a title names: `关于印发《X》的通知` → X, `关于X的通知` → X, else the title. The
/// issuing words may stand after the issuer (`市政府办公厅关于印发X的通知`), and a notice may
/// issue or forward another (`关于转发《国务院办公厅关于印发X的通知》的通知`): the subject is
/// what the last of them issues.
fn subject(title: &str) -> String {
    let t = normalize(title);
    let t = t.as_str();
    let issued = ["印发", "转发", "下发"]
        .iter()
        .filter_map(|p| t.rfind(p).map(|i| i + p.len()))
        .max();
    let mut s = match issued {
        Some(i) => &t[i..],
        None => t.find("关于").map_or(t, |i| &t[i + "关于".len()..]),
    };
    // peel the notices around the subject: 的通知, closing and opening title marks
    loop {
        let before = s.len();
        s = s.trim_start_matches(['《', '〈', '“']);
        s = s.trim_end_matches(['》', '〉', '”']);
        for suffix in ["的通知", "的函", "的意见", "的批复", "通知"] {
            if let Some(rest) = s.strip_suffix(suffix) {
                if !rest.is_empty() {
                    s = rest;
                    break;
                }
            }
        }
        if s.len() == before {
            break;
        }
    }
    s.to_owned()
}

/// What the title's subject ends with, with any bracketed tail (（试行）, （征求意见稿）) left out.
fn ends_with_word<'w>(
    subject: &str,
    words: impl Iterator<Item = &'w String>,
) -> Option<&'w String> {
    let core = match subject.rfind(['（', '(']) {
        Some(i) if subject.ends_with(['）', ')']) && i > 0 => &subject[..i],
        _ => subject,
    };
    let core = core.trim_end_matches(['》', '”']);
    words
        .filter(|w| core.ends_with(w.as_str()))
        .max_by_key(|w| w.chars().count())
}

/// What the titles alone say: a plan (`Some(true)`), another kind of text (`Some(false)`), or
/// nothing either way.
pub(crate) fn by_title(ctx: &Ctx, meta: &Meta) -> Option<bool> {
    let v = ctx.vocab;
    let subjects: Vec<String> = [&meta.plan_title, &meta.title]
        .into_iter()
        .flatten()
        .map(|t| subject(&v.fold(&t.value)))
        .collect();
    if subjects
        .iter()
        .any(|s| ends_with_word(s, v.genres.plan.iter()).is_some())
    {
        return Some(true);
    }
    subjects
        .iter()
        .any(|s| ends_with_word(s, v.genres.not_plan.iter().map(|(w, _)| w)).is_some())
        .then_some(false)
}

/// Classify a read document.
pub(crate) fn classify(
    ctx: &Ctx,
    _doc: &crate::document::Document,
    meta: &Meta,
    sections: &[Section],
    tasks: &[Task],
    table_tasks: usize,
) -> Classification {
    let v = ctx.vocab;
    let assigned = tasks.iter().filter(|t| !t.units.is_empty()).count();
    let articles = sections
        .iter()
        .filter(|s| s.style == Some(NumberStyle::Article))
        .count();
    let titles: Vec<String> = [&meta.plan_title, &meta.title]
        .into_iter()
        .flatten()
        .map(|t| v.fold(&t.value).into_owned())
        .collect();
    let subjects: Vec<String> = titles.iter().map(|t| subject(t)).collect();
    let plan_word = subjects
        .iter()
        .find_map(|s| ends_with_word(s, v.genres.plan.iter()).map(|w| (s, w)));
    let weak_word = subjects
        .iter()
        .find_map(|s| ends_with_word(s, v.genres.plan_weak.iter()).map(|w| (s, w)));
    let dated = tasks.iter().filter(|t| !t.deadlines.is_empty()).count();
    let other_word = subjects.iter().find_map(|s| {
        let words = v.genres.not_plan.iter().map(|(w, _)| w);
        ends_with_word(s, words).map(|w| {
            let what = v
                .genres
                .not_plan
                .iter()
                .find(|(x, _)| x == w)
                .map(|(_, what)| what.as_str())
                .unwrap_or("");
            (s, w, what)
        })
    });
    let plan = |reason: String| Classification {
        kind: DocumentKind::Plan,
        reason,
    };
    let not_plan = |reason: String| Classification {
        kind: DocumentKind::NotPlan,
        reason,
    };
    match (plan_word, other_word, weak_word) {
        (Some((s, w)), _, _) => plan(format!("标题“{s}”以“{w}”结尾，是工作方案")),
        _ if articles >= STATUTE_MIN_ARTICLES => not_plan(format!(
            "按条文编排（{articles}条“第X条”），是法规、规章或制度文本，不是工作方案"
        )),
        // a text that names another genre is a plan only when it carries a task table
        (None, Some((s, w, what)), _) if table_tasks == 0 => {
            not_plan(format!("标题“{s}”以“{w}”结尾，是{what}，不是工作方案"))
        }
        _ if assigned > 0 => plan(format!("{assigned}项任务写明了牵头或责任单位")),
        _ if table_tasks > 0 => plan(format!("{table_tasks}项任务列在任务表中")),
        (_, _, Some((s, w))) if dated > 0 => {
            plan(format!("标题“{s}”以“{w}”结尾，{dated}项任务写明了完成时限"))
        }
        _ => not_plan(match titles.first() {
            Some(t) => format!("标题“{t}”不是工作方案，正文也没有写明牵头或责任单位的任务"),
            None => "没有标题，正文也没有写明牵头或责任单位的任务".to_owned(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_of_titles() {
        assert_eq!(
            subject("关于印发《平潭综合实验区新污染物治理工作方案》的通知"),
            "平潭综合实验区新污染物治理工作方案"
        );
        assert_eq!(
            subject("关于印发2016年政务公开工作主要任务分解表的通知"),
            "2016年政务公开工作主要任务分解表"
        );
        assert_eq!(
            subject("关于调整区直机关、事业单位工作时间的通知"),
            "调整区直机关、事业单位工作时间"
        );
        assert_eq!(
            subject("中华人民共和国政府信息公开条例"),
            "中华人民共和国政府信息公开条例"
        );
        // the issuer before 关于印发, a notice named in title marks
        assert_eq!(
            subject("京政办发〔2016〕26号《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》"),
            "北京市2016年政务公开工作要点"
        );
        assert_eq!(
            subject(
                "市人民政府办公室关于印发六盘水市新型基础设施建设三年行动方案（2022—2024年）的通知"
            ),
            "六盘水市新型基础设施建设三年行动方案（2022—2024年）"
        );
        assert_eq!(
            subject("关于转发《国务院办公厅关于印发2016年政务公开工作要点的通知》的通知"),
            "2016年政务公开工作要点"
        );
    }
}
