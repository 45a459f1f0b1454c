//! A schedule's stages written as paragraphs of their own (`第一阶段启动宣传阶段。各机关…`
//! `第二阶段实施推进阶段。…`, or its steps: `第一步：农户申请。…`): each stage is a piece of the
//! plan's work, done by its own time when it states one — not more of the body of the heading
//! above them (`四、实施步骤`).

use std::collections::HashSet;

use crate::document::{is_space, Block, Document, NumberMark};
use crate::plan::front::FrontMatter;

/// Longest stage line that only names a stage and its time (`第一阶段:宣传动员阶段(2007年3月1日
/// --3月20日)`): it heads the items under it. A longer paragraph describes the stage's work.
pub(super) const MAX_STAGE_LINE_CHARS: usize = 40;

/// Fewest stages in a run: `第一阶段` opening a lone paragraph may be a sentence about one
/// (`第一阶段目标是…`), while a schedule has at least two.
const MIN_STAGES: usize = 2;

/// The stage's number, if a paragraph opens with one (`第二阶段…`, or a step: `第二步：…`).
pub(super) fn stage_number(s: &str) -> Option<u32> {
    crate::plan::text::ordinal_before(s, "阶段")
        .or_else(|| crate::plan::text::ordinal_before(s, "步"))
        .map(|(n, _)| n)
}

/// Whether a stage's paragraph goes on to describe the stage's work, beyond its name and time.
fn describes_work(s: &str) -> bool {
    let t = s
        .trim_end_matches(is_space)
        .trim_end_matches('。')
        .trim_end_matches(is_space);
    t.contains('。') || t.chars().count() > MAX_STAGE_LINE_CHARS
}

/// The paragraphs (by block) that are stages of a schedule, each describing its work: a run of
/// at least [`MIN_STAGES`] unnumbered paragraphs opening `第一阶段`, `第二阶段`… in order, with
/// no numbered line or table between them.
pub(crate) fn stage_paragraphs(
    doc: &Document,
    front: &FrontMatter,
    marks: &[Option<NumberMark>],
) -> HashSet<usize> {
    let mut stages = HashSet::new();
    let mut run: Vec<usize> = Vec::new();
    let mut last = 0;
    let close = |run: &mut Vec<usize>, stages: &mut HashSet<usize>| {
        if run.len() >= MIN_STAGES {
            stages.extend(run.iter().copied());
        }
        run.clear();
    };
    for (i, block) in doc.blocks.iter().enumerate() {
        if front.consumed[i] {
            continue;
        }
        let Block::Paragraph(p) = block else {
            close(&mut run, &mut stages);
            continue;
        };
        if marks[i].is_some() {
            close(&mut run, &mut stages);
            continue;
        }
        let s = p.text.as_str();
        let Some(n) = stage_number(s) else {
            continue;
        };
        if !describes_work(s) {
            close(&mut run, &mut stages);
            continue;
        }
        if n != last + 1 || n == 1 {
            close(&mut run, &mut stages);
        }
        if n == 1 || !run.is_empty() {
            run.push(i);
            last = n;
        }
    }
    close(&mut run, &mut stages);
    stages
}
