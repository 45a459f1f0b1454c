//! `sequence`: numbering per level — task numbers and heading numbers must not repeat, skip or
//! go backwards. A table row continuing the item above (an inherited number) is not a repeat;
//! a heading printed again after a page break is one heading. Task numbers that restart at 1
//! in each section are checked per section.

use std::collections::HashMap;

use serde::Deserialize;

use super::{no_fix, params, Check, CompileCx, Hit, KindDef, KindError};
use crate::document::NumberStyle;
use crate::ingest::Span;
use crate::rules::fields::{Item, PlanCx};
use crate::rules::spec::Scope;

pub const KIND: KindDef = KindDef {
    name: "sequence",
    scopes: &[Scope::Document],
    vars: &["found", "expected", "detail"],
    compile,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Target {
    Tasks,
    Headings,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Params {
    #[serde(default = "both")]
    targets: Vec<Target>,
}

fn both() -> Vec<Target> {
    vec![Target::Tasks, Target::Headings]
}

#[derive(Debug)]
struct Sequence {
    targets: Vec<Target>,
}

fn compile(cx: &CompileCx) -> Result<Box<dyn Check>, KindError> {
    no_fix(cx, "sequence")?;
    let p: Params = params(cx)?;
    Ok(Box::new(Sequence { targets: p.targets }))
}

/// A number as printed in its style (二、 （二） 2. （2））, plainly for task numbers.
fn label(style: Option<NumberStyle>, n: u32) -> String {
    match style {
        Some(style) => style.print(n),
        None => n.to_string(),
    }
}

/// A number as found: its value, where it is, and how it is printed.
type Numbered = (u32, Span, String);

/// Items are numbered per parent section and numbering style.
type SiblingKey = (Option<usize>, NumberStyle);

/// A sequence finding: the number as printed, the number expected there, and what is wrong.
fn hit(span: Span, printed: &str, expected: String, detail: String) -> Hit {
    Hit::at(
        Some(span),
        vec![
            ("found", printed.to_owned()),
            ("expected", expected),
            ("detail", detail),
        ],
    )
}

/// Numbers a list must have reached before coming back to its first one reads as the list
/// printed again, not as a slip (一、二、一、 is a slip; 一、二、三、一、 a second copy).
const RESTART_MIN_ITEMS: u32 = 3;

/// A jump this large between two numbers of one run is no drafting slip but a list picked out
/// of a longer one, keeping its numbers (a bureau's share of the government's task list:
/// `3`, `68`, `69`, `73`): the numbers it leaves out are someone else's, not missing.
const EXTRACT_JUMP: u32 = 10;

/// Check one run of numbers: repeats, gaps, and numbers going backwards.
fn check_run(run: &[Numbered], style: Option<NumberStyle>, what: &str, hits: &mut Vec<Hit>) {
    let extract = run.windows(2).any(|w| w[1].0 > w[0].0 + EXTRACT_JUMP);
    // the first place each number was used (a map: a flat list of thousands of items would
    // make a linear search per number quadratic)
    let mut seen: HashMap<u32, Span> = HashMap::new();
    let mut prev: Option<u32> = None;
    let first = run.first().map(|(n, _, _)| *n);
    for (n, span, printed) in run {
        // the whole list printed again from its start (an attachment repeating the outline, a
        // table after the paragraphs that state its tasks): a new list, not repeats
        if prev.is_some_and(|p| p >= *n + RESTART_MIN_ITEMS - 1) && Some(*n) == first {
            seen.clear();
            prev = None;
        }
        let next = prev.map(|p| label(style, p + 1)).unwrap_or_default();
        if let Some(first) = seen.get(n) {
            let mut h = hit(
                *span,
                printed,
                next,
                format!("{what}“{printed}”重复，第 {} 行已用过", first.line),
            );
            h.labels.push((*first, "第一次使用".into()));
            hits.push(h);
        } else if let Some(p) = prev {
            let before = label(style, p);
            if *n > p + 1 && !extract {
                let missing = if *n == p + 2 {
                    label(style, p + 1)
                } else {
                    format!("{}至{}", label(style, p + 1), label(style, n - 1))
                };
                hits.push(hit(
                    *span,
                    printed,
                    next,
                    format!("{what}不连续：“{before}”之后是“{printed}”，缺少“{missing}”"),
                ));
            } else if *n < p {
                hits.push(hit(
                    *span,
                    printed,
                    next,
                    format!("{what}顺序错乱：“{before}”之后是“{printed}”"),
                ));
            }
        }
        seen.entry(*n).or_insert(*span);
        prev = Some(prev.map_or(*n, |p| p.max(*n)));
    }
}

/// How far the first task number of a section may stray from the last one of the section
/// before (repeated, or a few skipped) and still read as numbering that runs on through the
/// sections, not one that restarts in each.
const MAX_SECTION_SLIP: u32 = 3;

type Group = (SiblingKey, Vec<(Numbered, bool)>);

/// Task numbers that run on through the sections (一、 1–12, 二、 13–20 …) are one list: a
/// number repeated or skipped where a section begins is a slip in that list. Groups of task
/// numbers of one style join when every section after the first goes on from the one before
/// (within [`MAX_SECTION_SLIP`]) instead of starting again at 1.
fn join_continued(mut groups: Vec<Group>) -> Vec<Group> {
    let first_start = |g: &Group| g.1.first().map_or(0, |((_, span, _), _)| span.start);
    groups.sort_by_key(first_start);
    let tasks_only = |g: &Group| g.1.iter().all(|(_, is_task)| *is_task);
    // asked of every later group for each group: answered once per group
    let only_tasks: Vec<bool> = groups.iter().map(tasks_only).collect();
    let ends = |g: &Group| {
        let n = |x: Option<&(Numbered, bool)>| x.map_or(0, |((n, _, _), _)| *n);
        (n(g.1.first()), n(g.1.last()))
    };
    let mut slots: Vec<Option<Group>> = groups.into_iter().map(Some).collect();
    let mut out: Vec<Group> = Vec::new();
    for i in 0..slots.len() {
        let Some(first) = slots[i].take() else {
            continue;
        };
        let style = first.0 .1;
        let chain: Vec<usize> = if only_tasks[i] {
            (i + 1..slots.len())
                .filter(|&j| only_tasks[j] && slots[j].as_ref().is_some_and(|g| g.0 .1 == style))
                .collect()
        } else {
            Vec::new()
        };
        let mut last = ends(&first).1;
        let runs_on = !chain.is_empty()
            && chain.iter().all(|&j| {
                let Some(g) = slots[j].as_ref() else {
                    return false;
                };
                let (next, end) = ends(g);
                let on = next > 1
                    && next + MAX_SECTION_SLIP >= last
                    && next <= last + 1 + MAX_SECTION_SLIP;
                last = end;
                on
            });
        let mut joined = first;
        if runs_on {
            for &j in &chain {
                if let Some(mut g) = slots[j].take() {
                    joined.1.append(&mut g.1);
                }
            }
        }
        out.push(joined);
    }
    out
}

impl Check for Sequence {
    fn check(&self, cx: &PlanCx, _item: &Item) -> Vec<Hit> {
        let plan = cx.plan;
        let mut hits = Vec::new();
        let tasks = self.targets.contains(&Target::Tasks);
        let headings = self.targets.contains(&Target::Headings);
        // numbered items per parent section and style — headings and tasks together, as an
        // outline numbers them: （一）（二） under 第三条 and （一）（二） under 第四条 are two lists
        let mut groups: Vec<(SiblingKey, Vec<(Numbered, bool)>)> = Vec::new();
        // each key's group, found by lookup: a plan of thousands of sections would otherwise
        // search them all for every task
        let mut group_of: HashMap<SiblingKey, usize> = HashMap::new();
        let mut add = |key: SiblingKey, item: Numbered, is_task: bool| match group_of.get(&key) {
            Some(&i) => groups[i].1.push((item, is_task)),
            None => {
                group_of.insert(key, groups.len());
                groups.push((key, vec![(item, is_task)]));
            }
        };
        if headings {
            // (an attachment's heading, `附件2…承诺书`, opens a text of its own: the top-level
            // headings after it number their own list, `一、本人全职担任…`)
            let mut attachment: Option<usize> = None;
            for s in &plan.sections {
                if s.number.is_none()
                    && s.title
                        .starts_with(crate::document::reflow::ATTACHMENT_WORD)
                {
                    attachment = Some(s.index);
                }
                let (Some(n), Some(style)) = (s.number, s.style) else {
                    continue;
                };
                let parent = s.parent.or(attachment);
                let printed = format!(
                    "{}{}",
                    s.label,
                    s.title.chars().take(12).collect::<String>()
                );
                add((parent, style), (n, s.span, printed), false);
            }
        }
        // task numbers printed bare (a 序号 column) run through the table; 1 in a new section
        // restarts them
        let mut bare: Vec<Vec<Numbered>> = Vec::new();
        let mut last_section = None;
        if tasks {
            for t in &plan.tasks {
                let Some(n) = t.number.as_ref().filter(|n| !n.inherited) else {
                    continue;
                };
                match n.style {
                    Some(style) => add(
                        (t.section, style),
                        (n.value, n.span, n.raw.trim().to_owned()),
                        true,
                    ),
                    None => {
                        let restart =
                            n.value == 1 && last_section.is_some() && t.section != last_section;
                        if bare.is_empty() || restart {
                            bare.push(Vec::new());
                        }
                        if let Some(run) = bare.last_mut() {
                            run.push((n.value, n.span, n.raw.trim().to_owned()));
                        }
                        last_section = t.section;
                    }
                }
            }
        }
        for run in &bare {
            check_run(run, None, "任务序号", &mut hits);
        }
        for g in &mut groups {
            g.1.sort_by_key(|((_, span, _), _)| span.start);
        }
        let groups = join_continued(groups);
        for ((_, style), mut run) in groups {
            run.sort_by_key(|((_, span, _), _)| span.start);
            let what = if run.iter().all(|(_, is_task)| *is_task) {
                "任务序号"
            } else if run.iter().any(|(_, is_task)| *is_task) {
                "序号"
            } else {
                "标题"
            };
            let numbers: Vec<Numbered> = run.into_iter().map(|(n, _)| n).collect();
            check_run(&numbers, Some(style), what, &mut hits);
        }
        hits.sort_by_key(|h| h.span.map(|s| s.start));
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_per_style() {
        assert_eq!(label(Some(NumberStyle::Chinese), 2), "二、");
        assert_eq!(label(Some(NumberStyle::ChineseParen), 12), "（十二）");
        assert_eq!(label(Some(NumberStyle::ChineseParen), 20), "（二十）");
        assert_eq!(label(Some(NumberStyle::Arabic), 4), "4.");
        assert_eq!(label(None, 4), "4");
    }

    fn at_line(line: usize) -> Span {
        Span {
            start: line * 10,
            end: line * 10 + 2,
            line,
            column: 1,
            end_line: line,
            end_column: 3,
        }
    }

    #[test]
    fn a_number_used_again_points_at_its_first_use_each_time() {
        let run: Vec<Numbered> = [(1, 1), (2, 2), (2, 3), (2, 4), (3, 5)]
            .iter()
            .map(|&(n, line)| (n, at_line(line), format!("{n}.")))
            .collect();
        let mut hits = Vec::new();
        check_run(&run, Some(NumberStyle::Arabic), "任务序号", &mut hits);
        assert_eq!(hits.len(), 2);
        for h in &hits {
            assert_eq!(h.labels.len(), 1);
            assert_eq!(h.labels[0].0.line, 2, "the first 2. is on line 2");
        }
        assert_eq!(
            hits.iter()
                .map(|h| h.span.map(|s| s.line))
                .collect::<Vec<_>>(),
            vec![Some(3), Some(4)]
        );
    }
}
