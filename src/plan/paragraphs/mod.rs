//! Tasks from paragraphs. Paragraphs are gathered into an [`Outline`] of numbered items with
//! their body and assignment paragraphs; an assignment clause ([`assign`]) closes a task at the
//! level where it stands (`（一）` paragraphs with a `责任单位：` line after them are tasks, as
//! are `1.` items ending in `（X牵头落实）`). Within a task, sub-items `一是…二是…` that each
//! name their own units are tasks of their own, and so is each sentence group of a paragraph
//! that closes several with its own assignment.
//!
//! The reading runs in three steps, each in its own file: [`lines`] says what each paragraph
//! is as it comes (a label alone, a topic, a schedule's line, duties and whose they are) and
//! places it in the outline; at a table or the end, [`selection`] decides which items are
//! tasks (by their stated units, their heading, their time, or in a plan in prose by the share
//! of their list that names units); [`build`] makes each task from its item's paragraphs.

use std::collections::{HashMap, HashSet};

mod build;
mod chains;
mod lines;
mod selection;
mod stages;
#[cfg(test)]
mod tests;

pub(crate) use selection::PROSE_ASSIGNED_SHARE_INVERSE;
pub(crate) use stages::stage_paragraphs;

use crate::document::{is_space, NumberMark, NumberStyle, Paragraph, Text};
use crate::plan::assign::{self, Clause, ClauseKind};
use crate::plan::deadlines::Mode;
use crate::plan::front::FrontMatter;
use crate::plan::model::{Deadline, Task, Unit};
use crate::plan::outline::{Outline, UNNUMBERED_HEADING_DEPTH, UNNUMBERED_TASK_DEPTH};
use crate::plan::units::{is_unit_list, labels};
use crate::plan::{Ctx, Sections};

use build::{push_heading_time, Inherited};
use lines::{Closing, LabelLine, ScheduledLine};

/// Longest heading that only names units (`（一）市民政局`).
const MAX_UNIT_HEADING_CHARS: usize = 20;

/// Whether a heading's words only name units (`市民政局`, `区财政局、区税务局`), short enough
/// to head their duties (`（一）市民政局`, `业务部:`, `县示范区管委会牵头工作`).
fn names_only_units(names: &str, vocab: &crate::plan::vocab::Vocabulary) -> bool {
    let names = before_time_note(names);
    names.chars().count() <= MAX_UNIT_HEADING_CHARS && is_unit_list(names, vocab)
}

/// Characters a day's or a month's note may hold besides its figures (`（7月7日）`, `（3月上旬）`,
/// `（5月10日—20日）`; the figures are a time limit's, `TIME_FIGURES`).
const TIME_NOTE_CHARS: &str = "年月日号至到—–-~～、上中下旬底初末前";

/// A heading's words without the bracket closing them that only says when (`县教育局（7月7日）`
/// → `县教育局`: the unit and the day its activities fall on).
pub(super) fn before_time_note(title: &str) -> &str {
    let t = title.trim_end_matches(is_space);
    let Some(inner) = t.strip_suffix(['）', ')']) else {
        return title;
    };
    let Some(open) = inner.rfind(['（', '(']) else {
        return title;
    };
    let note = &inner[open..];
    let note = &note[note.chars().next().map_or(0, char::len_utf8)..];
    let dated = note.contains(['月', '日'])
        && note
            .chars()
            .all(|c| TIME_NOTE_CHARS.contains(c) || crate::plan::units::TIME_FIGURES.contains(c));
    if dated && open > 0 {
        inner[..open].trim_end_matches(is_space)
    } else {
        title
    }
}

/// Longest unnumbered line read as a heading (`工作安排`).
const MAX_UNNUMBERED_HEADING_CHARS: usize = 20;
/// Longest unit's name alone on its line read as a heading over its duties (`市劳动和社会保障局`,
/// `县委宣传部（县文明办）`): a longer line naming units is a sentence's start.
const MAX_BARE_UNIT_TITLE_CHARS: usize = 20;

/// Longest line of names read as a flattened row's unit cell (`区办公室、区经济发展局、区市场
/// 监督管理局`): longer is a sentence naming units.
const MAX_UNIT_CELL_CHARS: usize = 40;

/// Punctuation that makes a line of names a sentence rather than a table's cell (the 、 between
/// names is a cell's own).
const SENTENCE_PUNCTUATION: [char; 8] = ['。', '：', ':', '；', ';', '，', ',', '！'];

/// Whether folded line `t` only names units, as a table's unit cell printed on its own line.
fn unit_cell_line(t: &str, vocab: &crate::plan::vocab::Vocabulary) -> bool {
    let t = t.trim_matches(is_space);
    !t.is_empty()
        && t.chars().count() <= MAX_UNIT_CELL_CHARS
        && !t.contains(SENTENCE_PUNCTUATION)
        && is_unit_list(t, vocab)
}

/// The paragraphs (by block) that are a flattened table row's unit cells: lines naming units
/// alone right after a numbered item's line, where the list goes on after them with the
/// item's next number or a higher heading (`1.全面公开…清单` `区行政审批局` `综合处牵头，…`
/// `2.…`). They are the item's units, not a heading over the items after them, as a unit's
/// name over its numbered duties is (`市建设局` over `（一）…`, where the numbering goes down
/// or starts again); nor, after the last item, the issuer signing below it — unless a line
/// that only assigns follows them, as the row's next cell.
pub(crate) fn unit_cells(
    ctx: &Ctx,
    doc: &crate::document::Document,
    front: &FrontMatter,
    marks: &[Option<NumberMark>],
) -> HashSet<usize> {
    let mut cells = HashSet::new();
    // the last numbered line, and the name lines read right after it
    let mut item: Option<&NumberMark> = None;
    let mut names: Vec<usize> = Vec::new();
    let mut run_open = false;
    let goes_on = |before: &NumberMark, next: &NumberMark| {
        (next.style == before.style && next.value == before.value + 1)
            || next.style.depth() < before.style.depth()
    };
    for (i, block) in doc.blocks.iter().enumerate() {
        if front.consumed[i] {
            continue;
        }
        let crate::document::Block::Paragraph(p) = block else {
            item = None;
            names.clear();
            run_open = false;
            continue;
        };
        if p.text.is_blank() {
            continue;
        }
        if let Some(m) = &marks[i] {
            if item.is_some_and(|before| goes_on(before, m)) {
                cells.extend(names.drain(..));
            }
            names.clear();
            item = Some(m);
            // (names after a line that leaves a bracket open are inside it, a citation's
            // issuers split at their spaces: `…《福建省商务厅` `福建省发改委` `福建省经信委`)
            run_open = !crate::plan::text::leaves_bracket_open(p.text.as_str());
            continue;
        }
        // (most paragraphs follow no item's line directly: they are not folded)
        if !run_open {
            continue;
        }
        let folded = ctx.vocab.fold(p.text.as_str());
        if unit_cell_line(&folded, ctx.vocab) {
            names.push(i);
            continue;
        }
        // (…or a line that only assigns, the row's next cell, confirms them: `…局` then
        // `农村社会事业股牵头，各乡镇配合落实` on the last row, where no number follows)
        if !names.is_empty() && assign::covers(&folded, &ctx.clauses(&folded)) {
            cells.extend(names.drain(..));
        }
        run_open = false;
    }
    // (names after the last item are as likely the signature: `马兰屯镇人民政府` under the
    // attachments' list)
    cells
}

/// Longest attachment heading: `附件2` and a form's or a list's title.
const MAX_ATTACHMENT_HEADING_CHARS: usize = 40;

/// The title of an attachment a paragraph heads (`附件2执业药师在岗履职承诺书`, `附件：2023年重点
/// 任务清单`; empty for `附件2` alone, its title on the next line): 附件, perhaps its number and
/// a colon, then a title with no sentence in it.
fn attachment_title(folded: &str) -> Option<&str> {
    use crate::document::reflow::{attachment_label_len, ATTACHMENT_WORD};
    let t = folded.trim_matches(is_space);
    // (`附件2` alone: its number and nothing after it)
    let bare = t
        .strip_prefix(ATTACHMENT_WORD)
        .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()));
    let title = if bare {
        ""
    } else {
        &t[attachment_label_len(t)?..]
    };
    (t.chars().count() <= MAX_ATTACHMENT_HEADING_CHARS
        && !title.contains(['。', '；', ';', '，', ',']))
    .then_some(title)
}

/// An attachment's heading: where it stands, and whether what it heads may carry the plan's
/// work (see [`Reader::in_attached_form`]).
struct Attachment {
    paragraph: usize,
    carries_work: bool,
}

impl Reader<'_, '_> {
    /// Whether paragraph `p` stands in an attachment that carries no work of the plan (after
    /// `附件1…自查表` or `附件：1. 企业名单`, up to the next attachment's heading, `附件2` alone
    /// included): its numbered lines are what a form asks or a list names, no task.
    pub(super) fn in_attached_form(&self, p: usize) -> bool {
        self.attachments
            .iter()
            .take_while(|a| a.paragraph <= p)
            .last()
            .is_some_and(|a| !a.carries_work)
    }

    /// Whether an attachment's title names a form or a list of names, and none of the plan's
    /// work (`…自查表`, `…企业名单`; not `…任务分解表`): an untitled one may carry work.
    fn names_no_work(&self, title: &str) -> bool {
        let g = &self.ctx.vocab.genres;
        g.attached_form_endings
            .iter()
            .any(|w| title.ends_with(w.as_str()))
            && !g
                .attached_work_words
                .iter()
                .any(|w| title.contains(w.as_str()))
    }
}

/// One paragraph as the reader keeps it.
struct Para {
    text: Text,
    folded: String,
    clauses: Vec<Clause>,
    /// Units as sentence subjects, read in a plan that writes its assignments only in prose.
    prose: Vec<Clause>,
    /// Only an assignment (`责任单位：…` on its own line).
    assignment_only: bool,
    /// Where the time ends when the paragraph is unnumbered and heads a schedule's period
    /// (`二月份：`, `二月主题：新起点`; see `Reader::period_label_end`): read once, asked often.
    period_end: Option<usize>,
    /// Unnumbered, it opens with units as the subject of 负责 (`农业部门负责农产品…`): one
    /// unit's duties, when another such paragraph stands beside it.
    duty_sentence: bool,
}

/// Where the reader stands in a report of progress: after an unnumbered label of progress
/// (`进展落实情况：`), the months or quarters (`第一季度：` `按计划推进中。`) head reports, not a
/// schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Report {
    /// No label of progress is open.
    Off,
    /// One is, and no period's line has come since.
    Open,
    /// …and a period's line has (`第三季度：`): the items numbered under it (`1.…已印发`
    /// `2.…正在装修`) are that period's report, in the style the first of them has (once one
    /// came).
    Period(Option<NumberStyle>),
}

/// Reads paragraphs in document order and turns them into sections and tasks.
pub(crate) struct Reader<'c, 'a> {
    ctx: &'c Ctx<'a>,
    plan_start: Option<usize>,
    paras: Vec<Para>,
    outline: Outline,
    /// Units stated once for the tasks that follow (`以下均需各片区配合落实，不再列出`).
    doc_wide: Vec<Unit>,
    /// How the body is read (by its stated assignments or in prose).
    mode: ReadMode,
    /// Paragraphs (by block) opening with a list's number printed without its stop.
    loose: HashMap<usize, NumberMark>,
    /// Paragraphs numbered only as a project's parts (`二、序时进度`; [`crate::plan::facets`]).
    parts: HashSet<usize>,
    /// A paragraph read since the last item that belongs to none: the text of an unnumbered
    /// task if an assignment follows it.
    free: Option<usize>,
    /// Assignment lines that close a whole list of top-level items (`1.…` `2.…` then
    /// `责任单位：市市场监督管理局`, a task card with no heading above its list), with the items
    /// each line is shared by.
    top_shared: Vec<(usize, Vec<usize>)>,
    /// A label read on a line of its own, waiting for its value.
    pending_label: Option<Text>,
    /// A unit label whose value is a numbered list of lines (`责任单位：` `（1）城管局负责城区
    /// 街道；` `（2）交通局负责国道。`): the label, and the style and number of the last line.
    label_list: Option<(Text, crate::document::NumberStyle, u32)>,
    /// An unnumbered sentence introduced the duties that follow (`…任务作如下明确：`), and no
    /// numbered item has come since.
    duty_intro: bool,
    /// A numbered item has been read: the plan numbers its work, so a short sentence opening
    /// a paragraph is no topic (it may be a wrapped item's rest: `服务设施。继续推进…`).
    numbered_seen: bool,
    /// The item whose measures a label on a line of its own opened (`整改措施：` under
    /// `1. 生态流量不达标…`): the numbered lines after it (`①…` `②…`) are its text.
    measures_of: Option<usize>,
    /// Where the reader stands in a report of progress (see `Reader::note_report_label`).
    report: Report,
    /// The block holding the document's last words: a bracket still open there was cut with
    /// the page.
    last_block: Option<usize>,
    /// Lines naming units that are a flattened row's unit cells (see [`unit_cells`]).
    cells: HashSet<usize>,
    /// Paragraphs that are a schedule's stages, each describing its work (see
    /// [`stages::stage_paragraphs`]).
    stages: HashSet<usize>,
    /// The paragraph being read is one sentence of a chain of duties (see
    /// [`chains::duty_chain`]).
    chain_piece: bool,
    /// The attachments' headings read so far (`附件2执业药师在岗履职承诺书`, `附件2`).
    attachments: Vec<Attachment>,
}

/// How a body is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ReadMode {
    /// By the assignments it states (`牵头单位：…`, `（X牵头）`): an item is a task when it or
    /// a numbered sibling states one.
    Assignments,
    /// In prose, for a plan by its title that states no assignment but in prose: sentence
    /// subjects assign, and work items are tasks.
    Prose,
    /// In prose, tentatively, for a text with no title: whether its items are work at all is
    /// judged afterwards, so only what names a unit or opens with work counts as a task.
    TentativeProse,
    /// By the assignments it states, for a text that states none but in prose, read plainly
    /// first: the units a numbered item opens with as its doers (`1.县水利局要做好…`) are
    /// prose, read in prose if at all (a work notice's `二、各街道要…` assign only when its
    /// items, so read, pass as work).
    Plain,
}

impl ReadMode {
    /// Whether sentence subjects assign the work items.
    pub fn prose(self) -> bool {
        matches!(self, ReadMode::Prose | ReadMode::TentativeProse)
    }
}

impl<'c, 'a> Reader<'c, 'a> {
    pub fn new(ctx: &'c Ctx<'a>, front: &FrontMatter, mode: ReadMode) -> Self {
        Reader {
            ctx,
            plan_start: front.plan_start,
            paras: Vec::new(),
            outline: Outline::default(),
            doc_wide: Vec::new(),
            mode,
            loose: HashMap::new(),
            parts: HashSet::new(),
            free: None,
            top_shared: Vec::new(),
            pending_label: None,
            label_list: None,
            duty_intro: false,
            numbered_seen: false,
            measures_of: None,
            report: Report::Off,
            last_block: None,
            cells: HashSet::new(),
            stages: HashSet::new(),
            chain_piece: false,
            attachments: Vec::new(),
        }
    }

    /// Set the paragraphs whose numbers only number a project's parts (see
    /// [`crate::plan::facets`]): read as that project's labelled lines.
    pub fn set_template_parts(&mut self, parts: HashSet<usize>) {
        self.parts = parts;
    }

    /// Set the block holding the document's last words (see [`assign::Clause::cut_list`]).
    pub fn set_last_block(&mut self, block: Option<usize>) {
        self.last_block = block;
    }

    /// Set the lines naming units that are a flattened row's unit cells (see [`unit_cells`]).
    pub fn set_unit_cells(&mut self, cells: HashSet<usize>) {
        self.cells = cells;
    }

    /// Open an unnumbered item at paragraph `para` that is a task (assigned), and give its id.
    fn open_task(&mut self, para: usize) -> usize {
        let id = self.outline.open(None, UNNUMBERED_TASK_DEPTH, para, false);
        self.outline.items[id].assigned = true;
        id
    }

    /// Read a chain of duties, one unit's a sentence, as a paragraph per sentence (see
    /// [`chains::duty_chain`]), in a plan read in prose, under a chapter or nothing: below an
    /// item of a chapter (`（二）市有关部门工作责任。`) the item is one task, its duties shared
    /// out. Whether the paragraph was such a chain, and so read.
    fn push_duty_chain(
        &mut self,
        block: usize,
        p: &Paragraph,
        text: &Text,
        sections: &mut Sections,
    ) -> bool {
        // (a chapter titled as a piece of work, `二、扎实做好旅游环境保障`, is one task too,
        // its duties shared out)
        let under_chapter = self.outline.current().is_none_or(|c| {
            let item = &self.outline.items[c];
            item.style().is_none_or(|st| st <= NumberStyle::Chinese)
                && !(item.mark.is_some() && self.heading_opens_with_work(item))
        });
        if !self.mode.prose()
            || !under_chapter
            || self.chain_piece
            || self.loose.contains_key(&block)
        {
            return false;
        }
        let ctx = self.ctx;
        let folded = ctx.vocab.fold(text.as_str());
        if ctx.numbering.at_start(&folded).is_some() {
            return false;
        }
        let cuts = chains::duty_chain(&folded, ctx.vocab);
        if cuts.is_empty() {
            return false;
        }
        self.chain_piece = true;
        let mut at = 0;
        for end in cuts.into_iter().chain([text.len()]) {
            let piece = Paragraph {
                text: text.slice(at, end),
                gap_before: p.gap_before && at == 0,
                region: p.region,
            };
            self.push(block, &piece, sections);
            at = end;
        }
        self.chain_piece = false;
        true
    }

    /// Set the paragraphs that are a schedule's stages (see [`stages::stage_paragraphs`]).
    pub fn set_stages(&mut self, stages: HashSet<usize>) {
        self.stages = stages;
    }

    /// Set the paragraphs that open with a list's number printed without its stop (`2围绕…`).
    pub fn set_loose_numbers(&mut self, loose: HashMap<usize, NumberMark>) {
        self.loose = loose;
    }

    /// Note a paragraph the front matter took (a preamble): when it introduces duties
    /// (`现将各单位的任务作如下明确：`), the paragraphs after it that open with a unit are
    /// those units' tasks.
    pub fn note_front(&mut self, p: &Paragraph) {
        let folded = self.ctx.vocab.fold(p.text.as_str());
        self.duty_intro = self.introduces_duties(&folded);
    }

    /// Take the next paragraph (block index `block`).
    pub fn push(&mut self, block: usize, p: &Paragraph, sections: &mut Sections) {
        if self.plan_start == Some(block) {
            self.outline.close_all();
            self.free = None;
            self.measures_of = None;
        }
        let mut text = p.text.trimmed();
        if text.is_blank() {
            return;
        }
        let ctx = self.ctx;
        if self.push_duty_chain(block, p, &text, sections) {
            return;
        }
        // a project's part (`二、序时进度`) is a labelled line of the project, its number the
        // template's; a bare part title other than a field's label names nothing to keep
        if self.parts.contains(&block) {
            if let Some(m) = ctx.numbering.at_start(&ctx.vocab.fold(text.as_str())) {
                text = text.slice(m.len, text.len()).trimmed();
                let bare = !text
                    .as_str()
                    .trim_end_matches(['：', ':'])
                    .contains(['：', ':']);
                if bare && self.label_only(&text).is_none() {
                    return;
                }
            }
        }
        // a label over a numbered item's measures (`整改措施：`) makes the numbered lines after
        // it that item's text
        if self.opens_measures(&ctx.vocab.fold(text.as_str())) {
            self.measures_of = self
                .outline
                .current()
                .filter(|&c| self.outline.items[c].mark.is_some());
        }
        // a label on a line of its own (`责任单位`, `完成时限：`) names the next paragraph
        match self.label_only(&text) {
            Some(LabelLine::Field) => {
                self.pending_label = Some(text);
                return;
            }
            Some(LabelLine::TaskText) => return,
            None => {}
        }
        // (read only where a label waits for its value: most paragraphs follow none)
        let opening = (self.pending_label.is_some() || self.label_list.is_some())
            .then(|| ctx.numbering.at_start(&ctx.vocab.fold(text.as_str())))
            .flatten();
        // (the next line of a label's numbered list of units: the label's value too)
        let listed = self.label_list.take().filter(|(_, style, last)| {
            opening
                .as_ref()
                .is_some_and(|m| m.style == *style && m.value == last + 1)
        });
        let label = self.pending_label.take().or_else(|| listed.map(|l| l.0));
        if let Some(mut label) = label {
            let colon = if label.as_str().ends_with(['：', ':']) {
                ""
            } else {
                "："
            };
            let plain = label.clone();
            // a value listing its units one numbered line each: the numbers are the list's
            let value = match &opening {
                Some(m) if !m.style.heads_sections() && self.opens_with_unit(&text, m.len) => {
                    self.label_list = Some((plain, m.style, m.value));
                    text.slice(m.len, text.len()).trimmed()
                }
                _ => text.clone(),
            };
            label.append(colon, &value);
            text = label;
        }
        let mut folded = ctx.vocab.fold(text.as_str()).into_owned();
        let mut mark = ctx
            .numbering
            .at_start(&folded)
            .or_else(|| self.loose.get(&block).cloned());
        // a numbered field of the item above (`1.活动时间：…` `3.组织单位：…`) is that item's
        // text, its number only the field's
        // (a child's number: `三、活动时间：` after `（二）…` is a part of its own)
        let child_of_current = |m: &crate::document::NumberMark| {
            self.outline
                .current()
                .is_some_and(|c| self.outline.items[c].depth < m.style.depth())
        };
        // the measures listed under an item's measures label are its text, their numbers
        // only the list's; a number of the item's own depth or above ends the list
        if let (Some(m), Some(item)) = (&mark, self.measures_of) {
            if self.outline.items[item].depth < m.style.depth() {
                mark = None;
            } else {
                self.measures_of = None;
            }
        }
        if let Some(m) = &mark {
            if child_of_current(m) && self.opens_with_field_label(&folded[m.len..]) {
                // folding keeps every character's byte length (rules/plan/fold.yaml pairs
                // characters of equal width), so the mark's length holds in the text too
                text = text.slice(m.len, text.len());
                folded = ctx.vocab.fold(text.as_str()).into_owned();
                mark = None;
            }
        }
        let mut clauses = ctx.clauses(&folded);
        // (a bare list in a bracket left open is cut with the page only at the text's end)
        if self.last_block != Some(block) {
            clauses.retain(|c| !c.cut_list);
        }
        // (a numbered item's doers assign as clauses only beside the plan's stated assignments)
        if self.mode != ReadMode::Assignments {
            clauses.retain(|c| !matches!(c.kind, ClauseKind::Prose { strong: false, .. }));
        }
        let assignment_only = mark.is_none() && assign::covers(&folded, &clauses);
        // a unit's own paragraph of duties (`县生态环境局：负责…`): a task of its own, never the
        // continuation of the item before it (`二、职责分工…各成员单位职责如下：`)
        let unit_duties = mark.is_none()
            && !assignment_only
            && clauses.first().is_some_and(|c| {
                c.kind == ClauseKind::Labelled
                    && folded[..c.start].trim_matches(is_space).is_empty()
                    && labels(&folded[..c.end], ctx.vocab).is_empty()
            });
        let idx = self.paras.len();
        let has_clause = !clauses.is_empty();
        let names_units = clauses.iter().any(|c| c.names_units);
        let n = folded.chars().count();
        // a heading whose numeral a page lost (`、活动安排`: the 三 was an image) is still a heading
        let unlabelled = folded
            .trim_start_matches(is_space)
            .strip_prefix('、')
            .filter(|_| mark.is_none())
            .unwrap_or(&folded);
        let punctuated = unlabelled.contains(['。', '：', ':', '；', '，', ',', '！', '？', '、']);
        // (…and whether what it heads may carry the plan's work: not `…自查表`, `…企业名单`)
        let attachment = mark
            .is_none()
            .then(|| attachment_title(&folded))
            .flatten()
            .map(|title| !self.names_no_work(title));
        let period_end = mark
            .is_none()
            .then(|| self.period_label_end(&folded))
            .flatten();
        self.note_report_label(
            &folded,
            mark.as_ref().map(|m| m.style),
            period_end.is_some(),
        );
        let period_heading = !has_clause && period_end.is_some() && self.report == Report::Off;
        // a line naming units alone before a colon (`业务部:`) heads the duties numbered under
        // it, as a numbered unit heading does (`（一）县信访局：`) — inside the body: before any
        // number it addresses a notice (`国务院各部委、各直属机构：`)
        // (…or a unit's name alone on its line, `市建设局` over `（一）…` `（二）…`, where no
        // punctuation makes it a sentence)
        let bare_name = || {
            let name = folded.trim_matches(is_space);
            (!punctuated && name.chars().count() <= MAX_BARE_UNIT_TITLE_CHARS).then_some(name)
        };
        let unit_title = mark.is_none()
            && self.numbered_seen
            && !has_clause
            && folded
                .trim_end_matches(is_space)
                .strip_suffix(['：', ':'])
                .map(|names| names.trim_matches(is_space))
                .or_else(bare_name)
                .is_some_and(|names| {
                    // (an addressee line names classes, some of them with 有关: `各乡镇人民政府、
                    // 县直有关单位：`)
                    !ctx.vocab
                        .vague_contains
                        .iter()
                        .any(|w| names.contains(w.as_str()))
                        && names_only_units(names, ctx.vocab)
                });
        let mut prose = if self.mode.prose() {
            assign::prose(&folded, ctx.vocab, mark.as_ref().map(|m| m.len))
        } else {
            Vec::new()
        };
        // under a heading of duties (三、职责分工), a paragraph whose sentence opens with a unit
        // (`企管站做好…`, `派出所负责…`) is that unit's task
        let mut subject_duty = false;
        if mark.is_none() && clauses.is_empty() && self.under_duty_heading() {
            let opening = lines::opening_subjects(&folded, ctx.vocab);
            // one that ends in a colon introduces the duties after it (`各部门要各司其职…其职责
            // 分工为：`)
            let introduces = folded.trim_end_matches(is_space).ends_with(['：', ':']);
            subject_duty = !opening.is_empty() && !introduces;
            if prose.is_empty() {
                prose = opening;
            }
        }
        // a paragraph opening with its units as the subject of 负责 (`农业部门负责农产品生产环节
        // 的监管。`), whatever heads it: a unit's duties when another such paragraph stands
        // beside it (`（二）强化各职能部门的监管责任。` over one paragraph per department)
        // (…or, in a chain of duties, as the subject of any word giving them the work:
        // `公安部门要…；`)
        let duty_opening = (mark.is_none() && clauses.is_empty() && !subject_duty)
            .then(|| {
                if self.chain_piece {
                    chains::duty_subject(&folded, ctx.vocab)
                } else if folded.contains(assign::DUTY_OPENER) {
                    self.duty_subject(&folded)
                } else {
                    None
                }
            })
            .flatten();
        let duty_sentence = duty_opening.is_some();
        if prose.is_empty() {
            prose.extend(duty_opening);
        }
        // a flattened row's unit cell names the units of the item whose line it follows
        let cell = mark.is_none()
            && self.cells.contains(&block)
            && self
                .outline
                .current()
                .is_some_and(|c| self.outline.items[c].mark.is_some());
        if cell {
            let start = folded.len() - folded.trim_start_matches(is_space).len();
            let end = folded.trim_end_matches(is_space).len();
            prose = vec![Clause::subject_names(start, end)];
        }
        let introduces_duties = mark.is_none() && self.introduces_duties(&folded);
        if mark.is_some() {
            self.duty_intro = false;
        }
        self.paras.push(Para {
            text,
            folded,
            clauses,
            prose,
            // (a unit cell, like an assignment line, is no part of the task's text)
            assignment_only: assignment_only || cell,
            period_end,
            duty_sentence,
        });
        if introduces_duties {
            self.duty_intro = true;
        }
        let current = self.outline.current();
        let numbered = |o: &Outline, i: usize| o.items[i].mark.is_some();
        let scheduled = match (&mark, current) {
            (None, Some(cur)) => self.scheduled_line(cur, idx),
            _ => None,
        };
        self.numbered_seen |= mark.is_some();
        match mark {
            Some(m) => {
                // (the item before closes: a part's bare heading over sentences of work)
                self.split_part_sentences();
                let depth = m.style.depth();
                let m_style = m.style;
                let m_len = m.len;
                let title = self.paras[idx].folded[m.len..]
                    .trim_matches(is_space)
                    .to_owned();
                // a heading's colon introduces the items under it (`（一）县信访局：`)
                let heading_names = title
                    .trim_end_matches(['：', ':'])
                    .trim_end_matches(is_space);
                let id = self.outline.open(Some(m), depth, idx, false);
                // a 责任清单's unit headings are （一） or 一、 or 1. items, never chapters; a
                // heading may also say the units lead the work below it (县示范区管委会牵头工作
                // （8项）), which is then theirs, not a task of its own
                let heading_style = matches!(
                    m_style,
                    NumberStyle::Chinese | NumberStyle::ChineseParen | NumberStyle::Arabic
                );
                let led = heading_style && self.led_names_end(&title).is_some();
                let unit_heading =
                    heading_style && !has_clause && names_only_units(heading_names, ctx.vocab);
                // a part of the preamble that states a field (`三、活动时间：3月至12月`)
                // assigns nothing
                // (or only names the units or the person of the whole plan: `三、组织单位：…`)
                let preamble = has_clause && self.is_context(&self.outline.items[id]);
                self.outline.items[id].assigned = has_clause && !led && !preamble;
                self.outline.items[id].unit_heading = unit_heading || led;
                // a duty list's item naming its unit as its first sentence, its duties after it
                // (`3.人民检察院。依法开展对…的检察`)
                if !has_clause && !unit_heading && !led {
                    self.assign_by_unit_sentence(id, idx, m_len);
                    self.assign_duty_by_opening_name(id, idx, m_len);
                }
                self.free = None;
            }
            None if cell => {
                if let Some(cur) = current {
                    self.outline.items[cur].paragraphs.push(idx);
                    self.outline.items[cur].assigned = true;
                }
                self.free = None;
            }
            None if assignment_only => match (self.free.take(), current) {
                // the text before it and this assignment make one unnumbered task — when it
                // assigns units or a time limit, not only a person to call (联系人：…)
                (Some(f), _) if self.assigns_work(idx) => {
                    let id = self.open_task(f);
                    self.outline.items[id].paragraphs.push(idx);
                }
                // a contact line after text assigns it nothing, but the units may follow it
                // (`市區新增…學位2.36萬個。` `主管領導:劉東` `責任單位:市教育局`)
                (Some(f), _) => self.free = Some(f),
                (None, Some(cur)) if !self.outline.items[cur].heading_only => {
                    match self.closing_target(cur) {
                        Closing::Item(target) => {
                            self.outline.items[target].paragraphs.push(idx);
                            self.outline.items[target].assigned = true;
                        }
                        Closing::Each(parent) => {
                            self.outline.items[parent].shared.push(idx);
                            for c in self.outline.items[parent].children.clone() {
                                self.outline.items[c].assigned = true;
                            }
                        }
                        Closing::EachTop(items) => {
                            for &c in &items {
                                self.outline.items[c].assigned = true;
                            }
                            self.top_shared.push((idx, items));
                        }
                    }
                }
                // (an assignment before any item, with no text of its own before it, belongs
                // to an item the page cut off above it: `牵头单位：市生态环境局` under a site's
                // `第11/58页`, then `6.依法开展…`)
                (None, Some(_)) if self.assigns_work(idx) => {
                    self.open_task(idx);
                }
                _ => {}
            },
            // a dashed or 一是 paragraph under a numbered heading that states its own units
            // (`二、主要目标` `——建立重点招商项目库。…（市商务委牵头，…配合）`) is a piece of
            // work of its own, not more of the heading's words — unless the heading assigns
            // its own units (`（一）…（市人社局牵头）` over `一是…`), or a 一是 paragraph naming
            // none came first (then the units close the heading's whole list)
            // (…and so is a dashed one that sets its own time, `---确定权力清单（4月底前）。`,
            // under any numbered item, after dashed items like it)
            // (…and a stage of the schedule written as its own paragraph, `第二阶段实施推进阶段。
            // …`: its own piece of work, not more of the heading's body)
            None if self.numbered_seen
                && !assignment_only
                && self.opens_in_sequence(idx)
                && (names_units && current.is_some_and(|c| self.heads_own_sequence(c))
                    || self.dashed_with_own_time(idx)
                        && self.numbered_over_dashed(current).is_some())
                || self.stages.contains(&block) =>
            {
                // (one that sets its own time is a task by it, as work under a month is)
                let id = self.open_task(idx);
                self.outline.items[id].topic = !names_units;
                self.outline.items[id].own_time = !names_units;
                self.free = None;
            }
            // (…and so is the sub-item after one read so, though it names none: `一是…（市妇联
            // 负责）` then `二是加大就业创业帮扶力度。…` is the list's next piece of work)
            None if self.numbered_seen
                && !assignment_only
                && current.is_some_and(|c| self.sub_item_task(c))
                && self.opens_in_sequence(idx)
                && self.opens_sub_item(idx) =>
            {
                let id = self.open_task(idx);
                self.outline.items[id].topic = true;
                self.free = None;
            }
            None if unit_duties || subject_duty || self.chain_piece && duty_sentence => {
                self.open_task(idx);
                self.free = None;
            }
            None if duty_sentence && self.splits_duty_sentences(current) => {
                // (the first of the run was read as more of its heading's body: it is a task too)
                if let Some(cur) = current.filter(|&c| numbered(&self.outline, c)) {
                    if let Some(first) = self.outline.items[cur].paragraphs.pop() {
                        self.open_task(first);
                    }
                }
                self.open_task(idx);
                self.free = None;
            }
            None if has_clause => match current {
                // a second paragraph closed by its own assignment under a heading whose first
                // one was (`（一）推进决策公开` `严格落实…（牵头部门：综合规划处）` `做好规范性文件
                // 公开工作…（牵头部门：法规处）`): each paragraph is a task, the number a heading
                Some(cur)
                    if numbered(&self.outline, cur)
                        && self.closed_by_clause(idx)
                        && self.body_closed_by_clause(cur) =>
                {
                    let body = self.outline.items[cur].paragraphs.split_off(1);
                    self.outline.items[cur].assigned = false;
                    let first = self.open_task(body[0]);
                    self.outline.items[first].paragraphs.extend(&body[1..]);
                    self.open_task(idx);
                    self.free = None;
                }
                Some(cur) if numbered(&self.outline, cur) => {
                    self.outline.items[cur].paragraphs.push(idx);
                    self.outline.items[cur].assigned = true;
                }
                _ => {
                    self.open_task(idx);
                    self.free = None;
                }
            },
            // a paragraph of a plan in prose that opens with its topic (`党建工作：完善…`)
            None if self.mode.prose() && !has_clause && self.opens_with_topic(idx) => {
                let id = self.outline.open(None, UNNUMBERED_TASK_DEPTH, idx, false);
                self.outline.items[id].topic = true;
                self.free = None;
            }
            // a paragraph of a plan in unnumbered prose opening with the next in its sequence
            // (`其次，注重病媒生物防制工作。…`) or the area it covers (`在文化建设方面，…`)
            None if self.mode.prose()
                && !has_clause
                && !self.numbered_seen
                && self.opens_in_sequence(idx) =>
            {
                let id = self.outline.open(None, UNNUMBERED_TASK_DEPTH, idx, false);
                self.outline.items[id].topic = true;
                self.outline.items[id].sequence = true;
                self.free = None;
            }
            None if unit_title => {
                let id = self.outline.open(None, UNNUMBERED_HEADING_DEPTH, idx, true);
                self.outline.items[id].unit_heading = true;
                self.free = None;
            }
            // a time limit alone on its line after an unnumbered task that states none (a
            // table's time cell under its row's text, `2008年5月1日前`): that task's time, not a
            // period heading over the next
            None if !has_clause && current.is_some_and(|c| self.closes_with_time(c, idx)) => {
                if let Some(cur) = current {
                    self.outline.items[cur].paragraphs.push(idx);
                }
                self.free = None;
            }
            // a month or phase over the items done in it (`二月份：`, `第一季度`): a heading
            // whose time the items under it inherit
            None if period_heading => {
                self.outline.open(None, UNNUMBERED_HEADING_DEPTH, idx, true);
                self.free = None;
            }
            // an attachment's heading (`附件2执业药师在岗履职承诺书`) closes the item before it:
            // what follows is the attachment's, no more of that item's words
            None if self.numbered_seen && attachment.is_some() => {
                self.attachments.push(Attachment {
                    paragraph: idx,
                    carries_work: attachment != Some(false),
                });
                self.outline.open(None, UNNUMBERED_HEADING_DEPTH, idx, true);
                self.free = None;
            }
            None if n <= MAX_UNNUMBERED_HEADING_CHARS && !punctuated && p.gap_before => {
                self.outline.open(None, UNNUMBERED_HEADING_DEPTH, idx, true);
                self.free = None;
            }
            // a line of work under a month or a phase (`三月份：` then `组织幼儿开展春游踏青活动，
            // 3月20日前完成。`) is an item of its own, unless it wraps the one before it
            None if scheduled.is_some() => {
                match scheduled {
                    Some(ScheduledLine::Opens) => {
                        let id = self.outline.open(None, UNNUMBERED_TASK_DEPTH, idx, false);
                        self.outline.items[id].topic = true;
                    }
                    Some(ScheduledLine::Wraps(cur)) => self.outline.items[cur].paragraphs.push(idx),
                    None => {}
                }
                self.free = None;
            }
            None => match current {
                // `1、综合协调组。` then `工作职责：负责…`: the item names the unit whose
                // duties its body lists
                Some(cur) if numbered(&self.outline, cur) && self.opens_duties(idx) => {
                    if let Some(clause) = self.unit_named_by(cur) {
                        let head = self.outline.items[cur].paragraphs[0];
                        self.paras[head].prose.push(clause);
                        self.outline.items[cur].assigned = true;
                    }
                    self.outline.items[cur].paragraphs.push(idx);
                }
                Some(cur) if numbered(&self.outline, cur) => {
                    self.outline.items[cur].paragraphs.push(idx);
                }
                Some(cur) if self.outline.items[cur].heading_only => {
                    self.outline.items[cur].paragraphs.push(idx);
                    self.free = Some(idx);
                }
                // after a task its time line closed, the next row's text (`2008年5月1日前` then
                // `区商务局、区城管局负责督促…`): an item of its own
                // (in a plan stating its assignments, its plain subject assigns it)
                Some(cur) if self.closed_by_time(cur) => {
                    let id = self.outline.open(None, UNNUMBERED_TASK_DEPTH, idx, false);
                    if self.mode == ReadMode::Assignments {
                        let subjects = self.plain_subjects(&self.paras[idx].folded, 0);
                        assign_to_subjects(
                            &mut self.paras[idx],
                            &mut self.outline.items[id],
                            subjects,
                        );
                    }
                    self.free = None;
                }
                // after an unnumbered task, or before any number: it may open the next one
                _ => self.free = Some(idx),
            },
        }
    }

    /// Decide the tasks of the paragraphs read so far (before a table, or at the end).
    pub fn flush(&mut self, sections: &mut Sections, out: &mut Vec<Task>) {
        self.split_part_sentences();
        // a sentence introducing duties introduces what follows it, not what follows a table
        self.duty_intro = false;
        let mut outline = std::mem::take(&mut self.outline);
        self.drop_stray_unit_sentences(&mut outline);
        self.share_closing_assignments(&mut outline);
        self.lead_from_headings(&mut outline);
        self.assign_duties_in_duty_lists(&mut outline);
        self.drop_check_criteria(&mut outline);
        self.assign_by_plain_subjects(&mut outline);
        self.mark_tasks(&mut outline);
        // (after the reading mode has decided what its sentences assign)
        self.assign_duties_to_heading_subject(&mut outline);
        // (a number with nothing after it, where a page was cut, is no task)
        let is_task: Vec<bool> = outline
            .tasks(!self.mode.prose())
            .into_iter()
            .zip(&outline.items)
            .map(|(task, item)| task && !self.only_its_number(item))
            .collect();
        let mut inside_task: Vec<bool> = vec![false; outline.items.len()];
        let mut heading_deadlines: Vec<(usize, Vec<Deadline>)> = Vec::new();
        for (i, item) in outline.items.iter().enumerate() {
            if inside_task[i] {
                continue;
            }
            if is_task[i] {
                let members: Vec<usize> = outline
                    .subtree(i)
                    .into_iter()
                    .filter(|&k| k == i || !is_task[k])
                    .collect();
                for &k in &members {
                    inside_task[k] = true;
                }
                let mut paras: Vec<usize> = members
                    .iter()
                    .flat_map(|&k| outline.items[k].paragraphs.clone())
                    .collect();
                paras.sort_unstable();
                let inherited_deadlines = item_ancestors(&outline, i)
                    .iter()
                    .find_map(|a| {
                        heading_deadlines
                            .iter()
                            .find(|(h, _)| h == a)
                            .map(|(_, d)| d.clone())
                    })
                    .unwrap_or_default();
                let mark = item.mark.clone();
                let section = sections.enclosing(item.depth);
                let (fallback_units, shared_deadlines) = self.shared_assignment(&outline, i);
                let deadlines = if shared_deadlines.is_empty() {
                    inherited_deadlines
                } else {
                    shared_deadlines
                };
                let under_duties = item.parent.is_some_and(|p| {
                    let parent = &outline.items[p];
                    match (&parent.mark, parent.paragraphs.first()) {
                        (Some(m), Some(&h)) => self.titles_duties(self.title_after(h, m.len)),
                        _ => false,
                    }
                });
                let inherited = Inherited {
                    units: self.heading_units(&outline, i),
                    fallback_units,
                    deadlines,
                    under_duties,
                };
                self.build(mark, &paras, section, &inherited, out);
                continue;
            }
            let Some(&head) = item.paragraphs.first() else {
                continue;
            };
            let para = &self.paras[head];
            if item.heading_only {
                let span = self.ctx.whole(&para.text);
                let title = para.text.as_str().trim_end_matches(['：', ':']);
                sections.enter(item.depth, None, "", None, title, span);
                if let Some(end) = para.period_end {
                    let time = para.text.slice(0, end);
                    push_heading_time(self.ctx, i, &time, Mode::Cell, &mut heading_deadlines);
                }
                continue;
            }
            let Some(mark) = &item.mark else { continue };
            let rest = para.text.slice(mark.len, para.text.len());
            let end = rest
                .as_str()
                .find('。')
                .filter(|&e| rest.as_str()[e..].chars().count() > 1)
                .unwrap_or(rest.len());
            let title = rest.as_str()[..end].trim_matches(is_space);
            let span = self.ctx.span(&para.text, 0, mark.len + end);
            sections.enter(
                item.depth,
                Some(mark.style),
                &mark.label,
                Some(mark.value),
                title,
                span,
            );
            // a heading that states a time (a phase: （一）准备阶段（3月1日—3月28日）)
            push_heading_time(self.ctx, i, &para.text, Mode::Text, &mut heading_deadlines);
        }
        self.paras.clear();
        // indexes into the paragraphs just cleared mean nothing any more
        self.free = None;
    }
}

/// Assign item `item` to the plain subjects its paragraph `para` names (none: nothing
/// changes), as its own task only (`Item::by_subject`).
fn assign_to_subjects(
    para: &mut Para,
    item: &mut crate::plan::outline::Item,
    subjects: Vec<Clause>,
) {
    if subjects.is_empty() {
        return;
    }
    para.prose = subjects;
    item.assigned = true;
    item.by_subject = true;
}

/// The ancestors of an item, innermost first.
fn item_ancestors(outline: &Outline, i: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut p = outline.items[i].parent;
    while let Some(j) = p {
        out.push(j);
        p = outline.items[j].parent;
    }
    out
}
