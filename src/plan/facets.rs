//! Parts of a project template. A list of projects (民生实事) often prints each project as a
//! heading over the same numbered parts: `（一）老旧小区改造项目` `一、目标任务` `二、序时进度`
//! `三、资金安排` `四、责任分工`. The project is the piece of work and its parts are its fields;
//! read by their numbers, the parts would be tasks (or, numbered in a higher style than the
//! project, would close it). A part's number here is the template's, not the plan's outline.

use std::collections::HashSet;

use crate::document::{self, Document, NumberMark, NumberStyle};
use crate::plan::text::normalize;
use crate::plan::Ctx;

/// Fewest projects printed with the same parts for the parts to be a template: one project
/// laid out so may as well be an ordinary heading over sub-items.
const MIN_TEMPLATE_PROJECTS: usize = 2;

/// Fewest parts under each project: a single heading under each is a sub-item, not a layout.
const MIN_PARTS_PER_PROJECT: usize = 2;

/// Longest part title, before any colon (`目标任务`, `资金来源及安排`).
const MAX_PART_TITLE_CHARS: usize = 8;

/// One numbered paragraph as the template search sees it.
struct Numbered {
    block: usize,
    style: NumberStyle,
    value: u32,
    /// The title when it names a part of a template (a facet word or a field's label).
    part: Option<String>,
}

/// One project's run of parts: the parts' blocks and their titles.
struct Run {
    blocks: Vec<usize>,
    titles: Vec<String>,
}

/// The paragraphs (by block) whose numbers only number a project's parts. A run of parts opens
/// right under its project's heading (nothing numbered between) with the number 1 of a style
/// other than the heading's, and every one of its titles is a part's (a facet word such as
/// 序时进度, or a field's label such as 责任单位). It counts as a template when at least
/// [`MIN_TEMPLATE_PROJECTS`] runs of [`MIN_PARTS_PER_PROJECT`] parts or more open with the
/// same title.
pub(crate) fn template_parts(
    ctx: &Ctx,
    doc: &Document,
    marks: &[Option<NumberMark>],
) -> HashSet<usize> {
    let numbered = numbered_paragraphs(ctx, doc, marks);
    let mut runs: Vec<Run> = Vec::new();
    let mut i = 1;
    while i < numbered.len() {
        let head = &numbered[i - 1];
        let first = &numbered[i];
        let opens = first.value == 1 && first.style != head.style && first.part.is_some();
        if !opens {
            i += 1;
            continue;
        }
        let mut run = Run {
            blocks: Vec::new(),
            titles: Vec::new(),
        };
        let mut j = i;
        while let Some(n) = numbered.get(j) {
            let next_value = run.blocks.len() as u32 + 1;
            match &n.part {
                Some(title) if n.style == first.style && n.value == next_value => {
                    run.blocks.push(n.block);
                    run.titles.push(title.clone());
                }
                // items inside a part (`一、目标任务` `1.改造老旧小区15个`) are its own
                _ if n.style != head.style && n.style.depth() > first.style.depth() => {}
                _ => break,
            }
            j += 1;
        }
        // (a run ended by anything but the next project's heading, or the text's end, is
        // an outline of its own, not a project's parts)
        let closed = numbered.get(j).is_none_or(|n| n.style == head.style);
        if closed && run.blocks.len() >= MIN_PARTS_PER_PROJECT {
            runs.push(run);
        }
        i = j.max(i + 1);
    }
    let mut parts = HashSet::new();
    for run in &runs {
        let same_opening = runs
            .iter()
            .filter(|r| r.titles.first() == run.titles.first())
            .count();
        if same_opening >= MIN_TEMPLATE_PROJECTS {
            parts.extend(run.blocks.iter().copied());
        }
    }
    parts
}

/// The numbered paragraphs after the front matter, in order (`marks`: each block's number).
fn numbered_paragraphs(ctx: &Ctx, doc: &Document, marks: &[Option<NumberMark>]) -> Vec<Numbered> {
    let mut out = Vec::new();
    for (block, (b, mark)) in doc.blocks.iter().zip(marks).enumerate() {
        let (document::Block::Paragraph(p), Some(mark)) = (b, mark) else {
            continue;
        };
        let text = p.text.trimmed();
        let raw = text.as_str();
        // (folding keeps every character's length: a title too long before folding is too long
        // after it, and most numbered paragraphs are ruled out so, unfolded)
        let part = raw
            .get(mark.len..)
            .filter(|rest| short_enough(rest))
            .and_then(|_| part_title(ctx, ctx.vocab.fold(raw).get(mark.len..)?));
        out.push(Numbered {
            block,
            style: mark.style,
            value: mark.value,
            part,
        });
    }
    out
}

/// Whether the words after a number, up to a colon, are short enough to title a part.
fn short_enough(rest: &str) -> bool {
    rest.trim_start_matches(crate::document::is_space)
        .chars()
        .take_while(|&c| c != ':' && c != '：')
        .filter(|&c| !crate::document::is_space(c))
        .nth(MAX_PART_TITLE_CHARS + 1)
        .is_none()
}

/// The title of a template's part (`目标任务`, `责任单位：县住建局` → `责任单位`), if the words
/// after a number are one.
fn part_title(ctx: &Ctx, rest: &str) -> Option<String> {
    let rest = rest.trim_matches(crate::document::is_space);
    let label = rest.split([':', '：']).next().unwrap_or(rest);
    let label = normalize(label.trim_end_matches(['。', '；', ';']));
    if label.is_empty() || label.chars().count() > MAX_PART_TITLE_CHARS {
        return None;
    }
    let v = ctx.vocab;
    let known = v
        .facet_headings
        .iter()
        .chain(&v.field_labels)
        .any(|w| *w == label)
        || v.is_field_label(&label);
    known.then_some(label)
}
