//! Tasks from paragraphs. Paragraphs are gathered into an [`Outline`] of numbered items with
//! their body and assignment paragraphs; an assignment clause ([`assign`]) closes a task at the
//! level where it stands (`（一）` paragraphs with a `责任单位：` line after them are tasks, as
//! are `1.` items ending in `（X牵头落实）`). Within a task, sub-items `一是…二是…` that each
//! name their own units are tasks of their own, and so is each sentence group of a paragraph
//! that closes several with its own assignment.

use std::collections::HashMap;

use crate::document::{is_space, NumberMark, NumberStyle, Paragraph, Text};
use crate::ingest::Span;
use crate::plan::assign::{self, Clause, ClauseKind};
use crate::plan::deadlines::Mode;
use crate::plan::front::FrontMatter;
use crate::plan::model::{Deadline, DeadlineSource, Located, Task, TaskNumber, Unit, UnitRole};
use crate::plan::outline::{Outline, UNNUMBERED_HEADING_DEPTH, UNNUMBERED_TASK_DEPTH};
use crate::plan::tables::{title_of, units_of};
use crate::plan::text::normalize;
use crate::plan::units::{is_unit_list, labels, subject_units, LabelKind, Reading};
use crate::plan::{Ctx, Sections};

/// Fewest characters a work item says after its number (`（一）扎实做好村两委换届选举工作。`);
/// fewer is a bare heading or a list entry.
const MIN_WORK_ITEM_CHARS: usize = 8;
/// Fewest characters of a short work item, one that ends its sentence (`组织半期考试；`) or
/// stands in a list of one-line items (`小型运动会`): shorter ones (`略；`) say nothing to do.
const MIN_SENTENCE_ITEM_CHARS: usize = 4;
/// Length of the topic a paragraph of a plan in prose may open with (`党建工作：`).
const MIN_TOPIC_CHARS: usize = 2;
const MAX_TOPIC_CHARS: usize = 10;
/// Shortest text after a topic's colon that says what is done: shorter is a field's value
/// (`来源：街道办事处`).
const MIN_TOPIC_BODY_CHARS: usize = 20;
/// Longest heading that only names units (`（一）市民政局`).
const MAX_UNIT_HEADING_CHARS: usize = 20;
/// Longest unnumbered line read as a heading (`工作安排`).
const MAX_UNNUMBERED_HEADING_CHARS: usize = 20;
/// Longest heading before the colon of an item that lists its sub-items after it
/// (`组织实施阶段（2026年4月6日至2026年4月30日）：`).
const MAX_STAGE_HEADING_CHARS: usize = 30;
/// Longest theme a period heading gives its period after the colon (`二月主题：新起点、新打算`):
/// a motto, not a sentence of work done then.
const MAX_PERIOD_THEME_CHARS: usize = 20;

/// What an unnumbered line under a schedule's period heading is (see `Reader::scheduled_line`).
enum ScheduledLine {
    /// The first line of an item done in that period.
    Opens,
    /// The rest of item `.0`, whose line did not end its sentence.
    Wraps(usize),
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
}

/// Sentences at the start of an item whose subject, even without 负责 or 牵头, is taken as the
/// item's assignment in a plan written in prose (`1.制定工作方案。由…起草`).
const OPENING_SENTENCES: usize = 2;

/// Longest verb before a context heading's word (健全|工作机制, 强化|组织保障): a longer
/// prefix names work of its own (健全内审|工作机制).
const CONTEXT_VERB_CHARS: usize = 2;

/// A plan in prose assigns its work when at least one in this many of its work items names
/// who does it; below that, the few subjects are incidental and every work item is a task.
pub(crate) const PROSE_ASSIGNED_SHARE_INVERSE: usize = 3;
/// …and a list of its work items assigns systematically when more than one in this many
/// names its units: an item of it that names none is context, not work (a phase's
/// `召开动员部署会` between steps that each name who does them). At or below that share, an
/// unassigned item beside an assigned one is work of the same list whose unit goes unnamed.
const SYSTEMATIC_PROSE_SHARE_INVERSE: usize = 2;

/// Sub-items an item must have before one assignment line after the last of them is taken
/// for all of them: after a single sub-item it is that sub-item's.
const MIN_SUB_ITEMS_UNDER_ONE_ASSIGNMENT: usize = 2;

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
    /// A paragraph read since the last item that belongs to none: the text of an unnumbered
    /// task if an assignment follows it.
    free: Option<usize>,
    /// A label read on a line of its own, waiting for its value.
    pending_label: Option<Text>,
    /// An unnumbered sentence introduced the duties that follow (`…任务作如下明确：`), and no
    /// numbered item has come since.
    duty_intro: bool,
    /// A numbered item has been read: the plan numbers its work, so a short sentence opening
    /// a paragraph is no topic (it may be a wrapped item's rest: `服务设施。继续推进…`).
    numbered_seen: bool,
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
}

impl ReadMode {
    /// Whether sentence subjects assign the work items.
    pub fn prose(self) -> bool {
        self != ReadMode::Assignments
    }
}

/// A paragraph that is only a label.
enum LabelLine {
    /// A field's label: the next paragraph is its value.
    Field,
    /// The task text column's name (a table printed as label and value lines).
    TaskText,
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
            free: None,
            pending_label: None,
            duty_intro: false,
            numbered_seen: false,
        }
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
    pub fn push(&mut self, block: usize, p: &Paragraph, _sections: &mut Sections) {
        if self.plan_start == Some(block) {
            self.outline.close_all();
            self.free = None;
        }
        let mut text = p.text.trimmed();
        if text.is_blank() {
            return;
        }
        let ctx = self.ctx;
        // a label on a line of its own (`责任单位`, `完成时限：`) names the next paragraph
        match self.label_only(&text) {
            Some(LabelLine::Field) => {
                self.pending_label = Some(text);
                return;
            }
            Some(LabelLine::TaskText) => return,
            None => {}
        }
        if let Some(mut label) = self.pending_label.take() {
            let colon = if label.as_str().ends_with(['：', ':']) {
                ""
            } else {
                "："
            };
            label.append(colon, &text);
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
        if let Some(m) = &mark {
            if child_of_current(m) && self.opens_with_field_label(&folded[m.len..]) {
                // folding keeps every character's byte length (rules/plan/fold.yaml pairs
                // characters of equal width), so the mark's length holds in the text too
                text = text.slice(m.len, text.len());
                folded = ctx.vocab.fold(text.as_str()).into_owned();
                mark = None;
            }
        }
        let clauses = ctx.clauses(&folded);
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
        let n = folded.chars().count();
        // a heading whose numeral a page lost (`、活动安排`: the 三 was an image) is still a heading
        let unlabelled = folded
            .trim_start_matches(is_space)
            .strip_prefix('、')
            .filter(|_| mark.is_none())
            .unwrap_or(&folded);
        let punctuated = unlabelled.contains(['。', '：', ':', '；', '，', ',', '！', '？', '、']);
        let period_end = mark
            .is_none()
            .then(|| self.period_label_end(&folded))
            .flatten();
        let period_heading = !has_clause && period_end.is_some();
        let mut prose = if self.mode.prose() {
            assign::prose(&folded, ctx.vocab, mark.as_ref().map(|m| m.len))
        } else {
            Vec::new()
        };
        // under a heading of duties (三、职责分工), a paragraph whose sentence opens with a unit
        // (`企管站做好…`, `派出所负责…`) is that unit's task
        let mut subject_duty = false;
        if mark.is_none() && clauses.is_empty() && self.under_duty_heading() {
            let opening: Vec<Clause> = assign::prose(&folded, ctx.vocab, None)
                .into_iter()
                .filter(|c| folded[..c.start].trim_matches(is_space).is_empty())
                .collect();
            // one that ends in a colon introduces the duties after it (`各部门要各司其职…其职责
            // 分工为：`)
            let introduces = folded.trim_end_matches(is_space).ends_with(['：', ':']);
            subject_duty = !opening.is_empty() && !introduces;
            if prose.is_empty() {
                prose = opening;
            }
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
            assignment_only,
            period_end,
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
                let depth = m.style.depth();
                let m_style = m.style;
                let title = self.paras[idx].folded[m.len..]
                    .trim_matches(is_space)
                    .to_owned();
                let id = self.outline.open(Some(m), depth, idx, false);
                // a 责任清单's unit headings are （一） or 一、 or 1. items, never chapters; a
                // heading may also say the units lead the work below it (县示范区管委会牵头工作
                // （8项）), which is then theirs, not a task of its own
                let heading_style = matches!(
                    m_style,
                    NumberStyle::Chinese | NumberStyle::ChineseParen | NumberStyle::Arabic
                );
                let led = heading_style && self.led_names_end(&title).is_some();
                let unit_heading = heading_style
                    && !has_clause
                    && title.chars().count() <= MAX_UNIT_HEADING_CHARS
                    && is_unit_list(&title, ctx.vocab);
                // a part of the preamble that states a field (`三、活动时间：3月至12月`)
                // assigns nothing
                // (or only names the units or the person of the whole plan: `三、组织单位：…`)
                let preamble = has_clause && self.is_context(&self.outline.items[id]);
                self.outline.items[id].assigned = has_clause && !led && !preamble;
                self.outline.items[id].unit_heading = unit_heading || led;
                self.free = None;
            }
            None if assignment_only => match (self.free.take(), current) {
                // the text before it and this assignment make one unnumbered task — when it
                // assigns units or a time limit, not only a person to call (联系人：…)
                (Some(f), _) if self.assigns_work(idx) => {
                    let id = self.outline.open(None, UNNUMBERED_TASK_DEPTH, f, false);
                    self.outline.items[id].paragraphs.push(idx);
                    self.outline.items[id].assigned = true;
                }
                // a contact line after text that is no task
                (Some(_), _) => {}
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
                    }
                }
                _ if self.assigns_work(idx) => {
                    let id = self.outline.open(None, UNNUMBERED_TASK_DEPTH, idx, false);
                    self.outline.items[id].assigned = true;
                }
                _ => {}
            },
            None if unit_duties || subject_duty => {
                let id = self.outline.open(None, UNNUMBERED_TASK_DEPTH, idx, false);
                self.outline.items[id].assigned = true;
                self.free = None;
            }
            None if has_clause => match current {
                Some(cur) if numbered(&self.outline, cur) => {
                    self.outline.items[cur].paragraphs.push(idx);
                    self.outline.items[cur].assigned = true;
                }
                _ => {
                    let id = self.outline.open(None, UNNUMBERED_TASK_DEPTH, idx, false);
                    self.outline.items[id].assigned = true;
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
            // a month or phase over the items done in it (`二月份：`, `第一季度`): a heading
            // whose time the items under it inherit
            None if period_heading => {
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
                // after an unnumbered task, or before any number: it may open the next one
                _ => self.free = Some(idx),
            },
        }
    }

    /// What an assignment on a line of its own closes, when it follows item `cur`: `cur`; or,
    /// when `cur` is the last of several sub-items none of which has its own, each of them
    /// (`1.完善应急预案体系` `(1)…(4)…` `(责任单位：…)`; `1. 市科技馆` `(1)…(3)`
    /// `问题整改责任单位：…`): the sub-items are the tasks, and the line is all of theirs.
    fn closing_target(&self, cur: usize) -> Closing {
        let items = &self.outline.items;
        let Some(parent) = items[cur].parent else {
            return Closing::Item(cur);
        };
        let p = &items[parent];
        let siblings = &p.children;
        let closes_all = !p.assigned
            && siblings.len() >= MIN_SUB_ITEMS_UNDER_ONE_ASSIGNMENT
            && siblings.last() == Some(&cur)
            && siblings
                .iter()
                .all(|&c| !items[c].assigned && items[c].children.is_empty());
        if !closes_all {
            return Closing::Item(cur);
        }
        // the items of a part stating aims, criteria or support (主要目标, 保障措施) are no
        // tasks: the line closes their parent as one, when that is a task's own item
        let aims = std::iter::once(parent)
            .chain(item_ancestors(&self.outline, parent))
            .any(|a| self.is_context(&items[a]) || self.is_safeguard(&items[a]));
        if !aims {
            return Closing::Each(parent);
        }
        let task_level = p.style().is_some_and(|st| st >= NumberStyle::Arabic);
        if task_level && !p.heading_only && !p.unit_heading {
            Closing::Item(parent)
        } else {
            Closing::Item(cur)
        }
    }

    /// The units and time limits an item's shared assignment lines give each of its sub-items.
    fn shared_assignment(&mut self, outline: &Outline, i: usize) -> (Vec<Unit>, Vec<Deadline>) {
        let mut units = Vec::new();
        let mut deadlines = Vec::new();
        let Some(parent) = outline.items[i].parent else {
            return (units, deadlines);
        };
        for &pi in &outline.items[parent].shared {
            let p_text = self.paras[pi].text.clone();
            let p_folded = self.paras[pi].folded.clone();
            let mut clauses = self.paras[pi].clauses.clone();
            clauses.extend(self.paras[pi].prose.iter().cloned());
            clauses.sort_by_key(|c| c.start);
            for c in &clauses {
                self.read_clause(&p_text, &p_folded, c, &mut units, &mut deadlines);
            }
        }
        (units, deadlines)
    }

    /// Whether paragraph `idx` states duties without naming who has them (`工作职责：负责…`,
    /// `负责…`).
    fn opens_duties(&self, idx: usize) -> bool {
        let t = self.paras[idx].folded.trim_matches(is_space);
        let duties = assign::duties_after(t, self.ctx.vocab);
        duties.len() < t.len() || t.starts_with(assign::DUTY_OPENER)
    }

    /// The units an item's own text only names (`1、综合协调组。`), as a clause over them, when
    /// the item has nothing else yet: no body, no assignment.
    fn unit_named_by(&self, cur: usize) -> Option<Clause> {
        let item = &self.outline.items[cur];
        let (Some(mark), [head]) = (&item.mark, item.paragraphs.as_slice()) else {
            return None;
        };
        if item.assigned || item.unit_heading {
            return None;
        }
        let folded = &self.paras[*head].folded;
        let rest = &folded[mark.len..];
        let start = mark.len + (rest.len() - rest.trim_start_matches(is_space).len());
        let names = rest
            .trim_matches(is_space)
            .trim_end_matches(['。', '：', ':']);
        let end = start + names.len();
        (names.chars().count() <= MAX_UNIT_HEADING_CHARS && is_unit_list(names, self.ctx.vocab))
            .then_some(Clause {
                start,
                end,
                inner: (start, end),
                kind: ClauseKind::Prose {
                    role: UnitRole::Responsible,
                    strong: true,
                },
                doc_wide: false,
                names_units: true,
            })
    }

    /// Whether a paragraph introduces the duties after it: it ends in a colon and says 如下 and
    /// a word of duties (`现将各单位的任务作如下明确：`).
    fn introduces_duties(&self, folded: &str) -> bool {
        let t = folded.trim_end_matches(is_space);
        t.ends_with(['：', ':'])
            && t.contains("如下")
            && self
                .ctx
                .vocab
                .duty_intro_words
                .iter()
                .any(|w| t.contains(w.as_str()))
    }

    /// Whether the item being read is a heading of duties (`三、职责分工`, `（二）任务分工`), or
    /// a sentence introduced the duties being read.
    fn under_duty_heading(&self) -> bool {
        if self.duty_intro {
            return true;
        }
        // the nearest numbered item: the duties read so far are unnumbered tasks under it
        let mut at = self.outline.current();
        while let Some(k) = at.filter(|&k| self.outline.items[k].mark.is_none()) {
            at = self.outline.items[k].parent;
        }
        let Some(cur) = at else {
            return false;
        };
        let item = &self.outline.items[cur];
        let (Some(mark), Some(&head)) = (&item.mark, item.paragraphs.first()) else {
            return false;
        };
        let title = self.paras[head].folded[mark.len..].trim_matches(is_space);
        self.ctx
            .vocab
            .duty_labels
            .iter()
            .any(|w| title.starts_with(w.as_str()))
    }

    /// When a heading's title only says whose the work listed under it is — units, a lead
    /// marker, and at most a word for the work and its count (`县示范区管委会牵头工作（8项）`,
    /// `市发改委牵头的任务`), or units and a duty word (`镇（街道）职责`) — where the units (and
    /// their marker) end (`县示范区管委会牵头|工作`).
    fn led_names_end(&self, title: &str) -> Option<usize> {
        let v = self.ctx.vocab;
        let start = title.len() - title.trim_start_matches(is_space).len();
        let mut t = title
            .trim_matches(is_space)
            .trim_end_matches(['：', ':', '。']);
        // the count: （8项）, (12项)
        if let Some(open) = t.rfind(['（', '(']) {
            let inner = t[open..]
                .trim_start_matches(['（', '('])
                .trim_end_matches(['）', ')']);
            if t.ends_with(['）', ')'])
                && inner.ends_with(['项', '条', '个'])
                && inner
                    .trim_end_matches(['项', '条', '个'])
                    .chars()
                    .all(|c| c.is_ascii_digit())
            {
                t = &t[..open];
            }
        }
        // units and their duties (镇（街道）职责): the units end before the duty word
        if let Some(names) = v
            .heading_duty_words
            .iter()
            .find_map(|w| t.strip_suffix(w.as_str()))
        {
            return (names.chars().count() <= MAX_UNIT_HEADING_CHARS && is_unit_list(names, v))
                .then_some(start + names.len());
        }
        if let Some(w) = v
            .heading_work_words
            .iter()
            .find(|w| t.ends_with(w.as_str()))
        {
            t = &t[..t.len() - w.len()];
        }
        let t = t.strip_suffix('的').unwrap_or(t);
        let names = v
            .lead_markers
            .iter()
            .find_map(|m| t.strip_suffix(m.as_str()))?;
        (names.chars().count() <= MAX_UNIT_HEADING_CHARS && is_unit_list(names, v))
            .then_some(start + t.len())
    }

    /// Whether a paragraph's assignment names units or a time limit: a person alone
    /// (`联系人：李晓燕，联系电话：…`) assigns no work.
    fn assigns_work(&self, idx: usize) -> bool {
        let p = &self.paras[idx];
        let t = p.folded.trim_start_matches(is_space);
        p.clauses.iter().any(|c| c.names_units)
            || self
                .ctx
                .vocab
                .deadline_labels
                .iter()
                .any(|l| t.starts_with(l.as_str()))
    }

    /// Whether a paragraph is only a label: a field's (its value is the next paragraph) or the
    /// task text column's (`具体任务`, dropped).
    fn label_only(&self, text: &Text) -> Option<LabelLine> {
        let v = self.ctx.vocab;
        let folded = v.fold(text.as_str());
        let t = crate::plan::text::normalize(folded.trim_end_matches(['：', ':']));
        let l = &v.unit_labels;
        let field = l
            .lead
            .iter()
            .chain(&l.responsible)
            .chain(&l.cooperating)
            .chain(&v.deadline_labels)
            .chain(&v.person_labels)
            .chain(&v.duty_labels)
            .any(|w| *w == t);
        if field {
            return Some(LabelLine::Field);
        }
        v.columns
            .iter()
            .filter(|(r, _)| *r == crate::document::ColumnRole::Content)
            .any(|(_, names)| names.contains(&t))
            .then_some(LabelLine::TaskText)
    }

    /// Decide the tasks of the paragraphs read so far (before a table, or at the end).
    pub fn flush(&mut self, sections: &mut Sections, out: &mut Vec<Task>) {
        // a sentence introducing duties introduces what follows it, not what follows a table
        self.duty_intro = false;
        let mut outline = std::mem::take(&mut self.outline);
        // paragraphs opening with a word of sequence are work items only where nothing is
        // numbered: before a numbered list they are its preamble (`近年来…一是建成…`)
        if outline.items.iter().any(|i| i.mark.is_some()) {
            for item in outline.items.iter_mut().filter(|i| i.sequence) {
                item.topic = false;
            }
        }
        if self.mode.prose() {
            for k in 0..outline.items.len() {
                let ancestors = item_ancestors(&outline, k);
                let plain_only = ancestors
                    .iter()
                    .any(|&a| self.is_safeguard(&outline.items[a]));
                let reported = ancestors.iter().any(|&a| self.is_report(&outline.items[a]));
                outline.items[k].assigned =
                    !reported && self.prose_assigned(&outline.items[k], plain_only);
            }
        }
        // a field of the whole plan (`三、组织单位：镇文化站`) names units but is no work
        for k in 0..outline.items.len() {
            if self.is_plan_field(&outline.items[k]) {
                outline.items[k].assigned = false;
            }
        }
        // a heading over unit headings (一、区级部门职责 over （一）区民政局) only groups them
        for k in 0..outline.items.len() {
            let over_units = outline.items[k]
                .children
                .iter()
                .any(|&c| outline.items[c].unit_heading);
            if over_units {
                outline.items[k].unit_heading = false;
            }
        }
        // a heading naming a class of units among headings naming fields of work (`一、生产企事业
        // 单位` beside `二、建筑行业`, `三、化工行业`) groups work by sector: it assigns nothing
        // (headings of one list: the same parent and style)
        let headings = (0..outline.items.len())
            .filter(|&k| !outline.items[k].children.is_empty() && outline.items[k].mark.is_some());
        let lists = outline.list_shares(headings, |k| outline.items[k].unit_heading);
        for k in 0..outline.items.len() {
            let sector = outline.items[k].unit_heading
                && lists
                    .get(&outline.list_of(k))
                    .is_some_and(|&(naming, all)| naming * 2 < all);
            if sector {
                outline.items[k].unit_heading = false;
            }
        }
        // the duties listed under a heading that names their units
        for k in 0..outline.items.len() {
            if outline.items[k]
                .parent
                .is_some_and(|p| outline.items[p].unit_heading)
            {
                outline.items[k].assigned = true;
            }
        }
        // the work listed under a month or a phase (`二月份：` `1、…`) is work to do then,
        // whether or not its siblings elsewhere name units
        // …and so is a step of a plan that assigns its work elsewhere, when the step's heading
        // says when it is done (`1、动员发动阶段（2007年12月10日前）。`)
        let assigns = outline.items.iter().any(|i| i.assigned);
        // what names a unit, before items are made tasks by their time alone
        let by_units: Vec<bool> = outline.items.iter().map(|i| i.assigned).collect();
        let period: Vec<bool> = outline
            .items
            .iter()
            .map(|item| {
                item.heading_only
                    && item
                        .paragraphs
                        .first()
                        .is_some_and(|&h| self.paras[h].period_end.is_some())
            })
            .collect();
        for k in 0..outline.items.len() {
            let step = assigns
                && self.is_dated_step(&outline, k)
                && item_ancestors(&outline, k)
                    .iter()
                    .all(|&a| !outline.items[a].assigned)
                && outline.items[k].parent.is_none_or(|p| {
                    outline.items[p]
                        .style()
                        .is_none_or(|st| st <= NumberStyle::ChineseParen)
                });
            let scheduled = item_ancestors(&outline, k).iter().any(|&a| period[a]);
            if (scheduled || step) && self.is_work_item(&outline, k) {
                outline.items[k].assigned = true;
            }
        }
        // a plan in prose that numbers nothing: a short title line over its body paragraph
        // (`持续提升团属阵地建设水平` then what is done) is one piece of work
        if self.mode.prose() && outline.items.iter().all(|i| i.mark.is_none()) {
            for item in outline.items.iter_mut() {
                if item.heading_only && item.children.is_empty() && item.paragraphs.len() > 1 {
                    item.heading_only = false;
                    item.topic = true;
                }
            }
        }
        // a plan that assigns nothing, or next to nothing (a subject here and there in its
        // prose): its work items are its tasks, the unassigned ones missing their units
        if self.mode.prose() {
            let work: Vec<usize> = (0..outline.items.len())
                .filter(|&k| self.is_work_item(&outline, k))
                .collect();
            // (a step or an item under a month is a task by its time: it says nothing of
            // how much of the plan's work names its units)
            let assigned_work = work.iter().filter(|&&k| by_units[k]).count();
            let assigned_any = by_units.iter().any(|&a| a);
            if !assigned_any || assigned_work * PROSE_ASSIGNED_SHARE_INVERSE < work.len() {
                for k in work {
                    outline.items[k].assigned = true;
                }
            } else if self.mode == ReadMode::Prose {
                // …and where its prose names units now and then, a work item numbered beside
                // ones that name them (`1.新建养殖户。…` `3.…由各乡镇负责…`) is work of the
                // same list, its units unnamed — unless its list names them systematically
                let numbered: Vec<usize> = work
                    .iter()
                    .copied()
                    .filter(|&k| outline.items[k].mark.is_some())
                    .collect();
                let lists = outline.list_shares(numbered.iter().copied(), |k| by_units[k]);
                for k in numbered {
                    let beside_named =
                        lists.get(&outline.list_of(k)).is_some_and(|&(named, all)| {
                            named > 0 && named * SYSTEMATIC_PROSE_SHARE_INVERSE <= all
                        });
                    if beside_named {
                        outline.items[k].assigned = true;
                    }
                }
            }
        }
        let is_task = outline.tasks(!self.mode.prose());
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
                let inherited = Inherited {
                    units: self.heading_units(&outline, i),
                    fallback_units,
                    deadlines,
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

    /// Whether paragraph `idx` opens with a short topic and a colon, then says what is done
    /// (`党建工作：完善党建引领机制，…`): not a field (`来源：`), not a person's line. Before
    /// any numbered item, a short sentence may be the topic (`全力推进大拆大整。一是…`).
    fn opens_with_topic(&self, idx: usize) -> bool {
        let t = self.paras[idx].folded.trim_start_matches(is_space);
        // …or with a short topic sentence (`全力推进大拆大整。一是…二是…`)
        let Some(colon) = t.find(['：', ':', '。']) else {
            return false;
        };
        if t[colon..].starts_with('。') && self.numbered_seen {
            return false;
        }
        let topic = &t[..colon];
        let body = t[colon..].trim_start_matches(['：', ':', '。']);
        let topic_chars = topic.chars().count();
        // a sub-item opening a paragraph (`一是党政领导主题发动。…`) is no topic over the rest
        (MIN_TOPIC_CHARS..=MAX_TOPIC_CHARS).contains(&topic_chars)
            && crate::plan::text::after_sub_item_word(topic).is_none()
            && topic
                .chars()
                .all(|c| crate::document::text::is_han(c) || c.is_ascii_alphanumeric())
            && body.chars().count() >= MIN_TOPIC_BODY_CHARS
            && body.contains(['，', '。', '；'])
            && !self.opens_with_field_label(t)
            && !self.ctx.vocab.names_text_column(topic)
            && !self.ctx.vocab.context_headings.iter().any(|w| w == topic)
    }

    /// Whether paragraph `idx` opens with a word of sequence and a comma (`首先，…`, `最后，…`),
    /// a sub-item's word (`一是…`), a dash (`——…`) or the area it covers (`在基础设施建设方面，…`), and goes on to
    /// say what is done.
    fn opens_in_sequence(&self, idx: usize) -> bool {
        let t = self.paras[idx].folded.trim_start_matches(is_space);
        // a sub-item's word opening the paragraph (`一是进一步落实管党治党责任。…`), or a dash
        // (`——让乡村旅游“火起来”。…`)
        // (a dashed line with no sentence is a subtitle: `——在全县…会议上的讲话`)
        let dashed = t.strip_prefix("——").filter(|r| r.contains('。'));
        // what was done (`在产业发展方面，…同比增长9.3%`) is no work to do
        let v = self.ctx.vocab;
        if v.genres.done_markers.iter().any(|w| t.contains(w.as_str())) {
            return false;
        }
        if let Some(rest) = crate::plan::text::after_sub_item_word(t).or(dashed) {
            return rest.chars().count() >= MIN_TOPIC_BODY_CHARS;
        }
        let Some(comma) = t.find(['，', ',']) else {
            return false;
        };
        let (head, body) = (&t[..comma], &t[comma..]);
        let sequence = self.ctx.vocab.sequence_openers.iter().any(|w| w == head);
        let area = head.strip_prefix('在').is_some_and(|h| {
            h.ends_with("方面") && h.chars().count() <= MAX_TOPIC_CHARS + "方面".chars().count()
        });
        (sequence || area) && body.chars().count() >= MIN_TOPIC_BODY_CHARS
    }

    /// Whether a line opens with a field's label and its colon (`活动内容：`, `组织单位：`,
    /// `完成时限：`).
    fn opens_with_field_label(&self, rest: &str) -> bool {
        let rest = rest.trim_start_matches(is_space);
        let field = self.ctx.vocab.field_labels.iter().any(|l| {
            rest.strip_prefix(l.as_str())
                .is_some_and(|after| after.trim_start_matches(is_space).starts_with(['：', ':']))
        });
        field || self.leading_label(rest).is_some()
    }

    /// The unit, time, person or duty label a line opens with, colon included (`组织单位：`).
    fn leading_label(&self, line: &str) -> Option<crate::plan::units::Label> {
        labels(line, self.ctx.vocab)
            .into_iter()
            .next()
            .filter(|l| l.at == 0)
    }

    /// Whether a line is a field naming units or a person and nothing else to do: its label
    /// opens it (`组织单位：镇文化站`, `联系人：张三`), not a sentence giving duties
    /// (`责任分工：县教育局负责…`).
    fn is_field_line(&self, line: &str) -> bool {
        let line = line.trim_matches(is_space);
        self.leading_label(line).is_some_and(|l| {
            // the names alone: no clause after them (`…，负责制定活动细则，4月15日前完成。`)
            let value = line[l.value.min(line.len())..].trim_end_matches(['。', '；', ';']);
            matches!(l.kind, LabelKind::Units(_) | LabelKind::Person)
                && !value.contains(['，', ',', '。', '；', ';'])
        })
    }

    /// A numbered item's first sentence, its number left out.
    fn first_sentence<'s>(&'s self, outline: &Outline, k: usize) -> Option<&'s str> {
        let item = &outline.items[k];
        let (Some(mark), Some(&head)) = (&item.mark, item.paragraphs.first()) else {
            return None;
        };
        let folded = &self.paras[head].folded;
        let rest = &folded[mark.len.min(folded.len())..];
        Some(&rest[..rest.find('。').unwrap_or(rest.len())])
    }

    /// Whether a numbered item is a step of the plan's schedule: a phase, or work with its time
    /// in brackets (`1、动员发动阶段（2007年12月10日前）。`), not a target reached by a date
    /// (`1.到2026年底，覆盖率达到90%以上`).
    fn is_dated_step(&self, outline: &Outline, k: usize) -> bool {
        self.first_sentence(outline, k)
            .is_some_and(|first| first.contains("阶段") || first.contains(['（', '(']))
            && self.states_own_time(outline, k)
    }

    /// Whether a numbered item's first sentence states when it is done (`1、动员发动阶段
    /// （2007年12月10日前）。…`, `3.2023年底前完成…`).
    fn states_own_time(&self, outline: &Outline, k: usize) -> bool {
        self.first_sentence(outline, k).is_some_and(|first| {
            !self
                .ctx
                .deadlines
                .find(first, Mode::Text, self.ctx.year)
                .iter()
                .all(|d| matches!(d.value, crate::plan::model::DeadlineValue::Standing { .. }))
        })
    }

    /// What unnumbered line `idx` after item `cur` is in a schedule: the opening of an item
    /// when `cur` is a period heading with nothing under it yet, or an item of one whose last
    /// line ends its sentence; the rest of that item when its last line does not. A line ending
    /// in a colon (`常规事项：`) introduces a list and opens nothing.
    fn scheduled_line(&self, cur: usize, idx: usize) -> Option<ScheduledLine> {
        let items = &self.outline.items;
        let item = &items[cur];
        let period = |i: &crate::plan::outline::Item| {
            i.heading_only
                && i.mark.is_none()
                && i.paragraphs.len() == 1
                && i.children.iter().all(|&c| items[c].topic)
                && self.paras[i.paragraphs[0]].period_end.is_some()
        };
        let ends = |p: usize, marks: &[char]| {
            self.paras[p]
                .folded
                .trim_end_matches(is_space)
                .ends_with(marks)
        };
        if ends(idx, &['：', ':']) {
            return None;
        }
        if period(item) {
            return item.children.is_empty().then_some(ScheduledLine::Opens);
        }
        if !(item.topic && item.mark.is_none() && item.parent.is_some_and(|p| period(&items[p]))) {
            return None;
        }
        let ended = item
            .paragraphs
            .last()
            .is_some_and(|&p| ends(p, &['。', '；', ';', '！']));
        Some(if ended {
            ScheduledLine::Opens
        } else {
            ScheduledLine::Wraps(cur)
        })
    }

    /// Where the time of a line heading a schedule's period ends, if it heads one: the whole
    /// line when it only names a time (`二月份：`, `第一季度`), or the time before a theme word,
    /// a colon and the period's short theme (`二月主题：新起点、新打算`).
    fn period_label_end(&self, folded: &str) -> Option<usize> {
        let year = self.ctx.year;
        if self.ctx.deadlines.is_period_label(folded, year) {
            return Some(folded.len());
        }
        let colon = folded.find(['：', ':'])?;
        let after = colon + folded[colon..].chars().next().map_or(0, char::len_utf8);
        let theme = folded[after..]
            .trim_matches(is_space)
            .trim_end_matches(['。', '；', ';']);
        if theme.is_empty()
            || theme.chars().count() > MAX_PERIOD_THEME_CHARS
            || theme.contains(['。', '；', ';'])
        {
            return None;
        }
        let head = folded[..colon].trim_end_matches(is_space);
        self.ctx.vocab.period_themes.iter().find_map(|w| {
            let label = head.strip_suffix(w.as_str())?;
            self.ctx
                .deadlines
                .is_period_label(label, year)
                .then_some(label.len())
        })
    }

    /// Whether an item of a plan written in prose names who does it: a plain subject (由…,
    /// X负责, X牵头) anywhere in its own paragraphs, or any subject in its opening sentences.
    fn prose_assigned(&self, item: &crate::plan::outline::Item, plain_only: bool) -> bool {
        let mut sentences = 0;
        for (n, &pi) in item.paragraphs.iter().enumerate() {
            let p = &self.paras[pi];
            let skip = if n == 0 {
                item.mark.as_ref().map(|m| m.len).unwrap_or(0)
            } else {
                0
            };
            for c in &p.prose {
                if c.start < skip {
                    continue;
                }
                let before = p.folded[skip..c.start].matches('。').count();
                let strong = matches!(c.kind, ClauseKind::Prose { strong: true, .. });
                if strong || !plain_only && sentences + before < OPENING_SENTENCES {
                    return true;
                }
            }
            sentences += p.folded[skip..].matches('。').count();
        }
        false
    }

    /// The units a heading that only names units (`（一）市民政局`) gives the item under it.
    fn heading_units(&self, outline: &Outline, i: usize) -> Vec<Unit> {
        let Some(p) = outline.items[i]
            .parent
            .filter(|&p| outline.items[p].unit_heading)
        else {
            return Vec::new();
        };
        let heading = &outline.items[p];
        let (Some(&head), Some(mark)) = (heading.paragraphs.first(), &heading.mark) else {
            return Vec::new();
        };
        let text = &self.paras[head].text;
        // a heading that says its units lead (…牵头工作（8项）): the units and the marker only
        let end = self
            .led_names_end(&self.paras[head].folded[mark.len..])
            .map_or(text.len(), |e| mark.len + e);
        let names = text.slice(mark.len, end);
        let mut units = units_of(self.ctx, &names, UnitRole::Responsible, true, Reading::Cell);
        // one unit named over a list of duties is the one that leads them
        if let [only] = units.as_mut_slice() {
            only.role = UnitRole::Lead;
        }
        units
    }

    /// Whether an item is a piece of work in a plan that assigns none: a numbered leaf that says
    /// something (not a bare heading) outside the parts that state aims or ask for support.
    fn is_work_item(&self, outline: &Outline, k: usize) -> bool {
        let item = &outline.items[k];
        if item.mark.is_none() && !item.topic {
            return false;
        }
        if !item.children.is_empty() || item.heading_only {
            return false;
        }
        let mark_len = item.mark.as_ref().map_or(0, |m| m.len);
        let Some(&head) = item.paragraphs.first() else {
            return false;
        };
        // the item's words: its heading's, and its body's when the body stands on lines of
        // its own under a short heading (（一）村居环境整治 / 农村的环境卫生整治工作要…)
        let words = self.paras[head].folded[mark_len..].chars().count()
            + item.paragraphs[1..]
                .iter()
                .map(|&p| self.paras[p].folded.chars().count())
                .sum::<usize>();
        // under a heading of the plan's time (一、活动时间), an item that states its own date
        // (`1、3月12日开展植树节活动。`) is work done then, not the time's description
        let context = self.is_context(item)
            || self.is_plan_field(item)
            || item_ancestors(outline, k).iter().any(|&a| {
                self.is_context(&outline.items[a])
                    && !(self.heads_the_time(&outline.items[a]) && self.states_own_time(outline, k))
            });
        // a short item that ends its sentence (`3、组织半期考试；`), or stands in a list of
        // one-line items (`1、少儿歌唱赛` `2、小型运动会`), is one of a list's items, not a
        // heading over nothing
        let one_line = |i: &crate::plan::outline::Item| {
            i.paragraphs.len() == 1 && i.children.is_empty() && !i.heading_only
        };
        let sentence = self.paras[head]
            .folded
            .trim_end_matches(is_space)
            .ends_with(['；', ';', '。']);
        let listed = item.parent.is_some_and(|p| {
            outline.items[p]
                .children
                .iter()
                .filter(|&&c| c != k && outline.items[c].style() == item.style())
                .any(|&c| one_line(&outline.items[c]))
        });
        let short_item = one_line(item) && (sentence || listed);
        (words >= MIN_WORK_ITEM_CHARS || short_item && words >= MIN_SENTENCE_ITEM_CHARS) && !context
    }

    /// An item's heading words: its first paragraph after its number, up to the first stop,
    /// comma or colon (folded).
    fn heading_words(&self, item: &crate::plan::outline::Item) -> Option<&str> {
        let &head = item.paragraphs.first()?;
        let skip = item.mark.as_ref().map(|m| m.len).unwrap_or(0);
        let rest = self.paras[head].folded[skip..].trim_start_matches(is_space);
        rest.split(['。', '，', '；', '：', ',', ';', ':']).next()
    }

    /// Whether an item heads a part that states aims or principles, or asks for support
    /// (总体要求, 指导思想, 保障措施): it holds no tasks of its own.
    fn is_context(&self, item: &crate::plan::outline::Item) -> bool {
        let Some(title) = self.heading_words(item) else {
            return false;
        };
        let v = self.ctx.vocab;
        // the heading opens with the word (指导思想以…, run on in flattened text), or is the
        // word after a short verb (健全工作机制, not 健全内审工作机制)
        let context = v
            .safeguard_headings
            .iter()
            .chain(&v.context_headings)
            .any(|w| {
                // (a stage of the schedule opening with the word is work: `组织实施阶段（4月6日
                // 至4月30日）`)
                title
                    .strip_prefix(w.as_str())
                    .is_some_and(|after| !after.starts_with("阶段"))
                    || title.ends_with(w.as_str())
                        && title.chars().count() <= w.chars().count() + CONTEXT_VERB_CHARS
            });
        // a heading over a list of members or participants (`二、成立活动领导小组` `1、李四…`)
        let members = !item.children.is_empty()
            && v.member_headings.iter().any(|w| title.contains(w.as_str()));
        // a heading over what was done (`一、2023年工作开展情况` in a 总结及工作安排): its items
        // report, they plan nothing
        context || members || self.is_report(item)
    }

    /// Whether an item heads what was done (`一、2023年工作开展情况`, `一、2022年工作总结` in a
    /// 总结及工作思路): its items report, they plan nothing, whatever their sentences' subjects.
    fn is_report(&self, item: &crate::plan::outline::Item) -> bool {
        let Some(title) = self.heading_words(item) else {
            return false;
        };
        !item.children.is_empty() && self.ctx.vocab.genres.heads_work_done(title)
    }

    /// Whether an item only names the units or the person of the whole plan
    /// (`三、组织单位：镇文化站`, `四、联系人：张三`): a field, no task — unless items follow it
    /// (`一、牵头单位：县发展改革局` over `1.编制…`), or it says what they do.
    fn is_plan_field(&self, item: &crate::plan::outline::Item) -> bool {
        let (Some(mark), Some(&head)) = (&item.mark, item.paragraphs.first()) else {
            return false;
        };
        item.children.is_empty()
            && item.paragraphs.len() == 1
            && self.is_field_line(&self.paras[head].folded[mark.len..])
    }

    /// Whether an item heads the part that says when the plan runs (`三、活动时间`).
    fn heads_the_time(&self, item: &crate::plan::outline::Item) -> bool {
        let Some(&head) = item.paragraphs.first() else {
            return false;
        };
        let skip = item.mark.as_ref().map_or(0, |m| m.len);
        // the heading's words, before its body run on after a space or a colon (`二、活动时间
        // 按照…部署，活动时间4月1日至5月10日，共分三个阶段：`)
        let rest = self.paras[head].folded[skip..].trim_matches(is_space);
        let title = rest
            .split(|c: char| is_space(c) || matches!(c, '。' | '：' | ':' | '，' | ','))
            .next()
            .unwrap_or(rest);
        self.ctx
            .vocab
            .time_headings
            .iter()
            .any(|w| title == w.as_str())
    }

    /// Whether an item heads a part that asks for support rather than assigns work (保障措施).
    fn is_safeguard(&self, item: &crate::plan::outline::Item) -> bool {
        let Some(&head) = item.paragraphs.first() else {
            return false;
        };
        let skip = item.mark.as_ref().map(|m| m.len).unwrap_or(0);
        let title: String = self.paras[head].folded[skip..].chars().take(12).collect();
        self.ctx
            .vocab
            .safeguard_headings
            .iter()
            .any(|w| title.contains(w.as_str()))
    }

    /// Build the task(s) of one outline item from its paragraphs.
    fn build(
        &mut self,
        mark: Option<crate::document::NumberMark>,
        paras: &[usize],
        section: Option<usize>,
        inherited: &Inherited,
        out: &mut Vec<Task>,
    ) {
        let ctx = self.ctx;
        // the pieces of text that make the task, each with its clauses
        let mut pieces: Vec<Piece> = Vec::new();
        for (n, &pi) in paras.iter().enumerate() {
            let p = &self.paras[pi];
            let skip = if n == 0 {
                mark.as_ref().map(|m| m.len).unwrap_or(0)
            } else {
                0
            };
            let mut clauses = p.clauses.clone();
            clauses.extend(p.prose.iter().cloned());
            clauses.sort_by_key(|c| c.start);
            pieces.push(Piece {
                para: pi,
                from: skip,
                to: p.text.len(),
                clauses,
                assignment_only: p.assignment_only,
            });
        }
        let groups = self.split(&pieces);
        // the sub-items split off an item (`（二）组织实施阶段（4月6日至4月30日）：一是…。二是…`)
        // are done in the time its heading states, before that of the headings above it
        let head_time = match (groups.len() > 1, pieces.first()) {
            (true, Some(first)) => self.heading_time(first),
            _ => Vec::new(),
        };
        let split_off = Inherited {
            units: inherited.units.clone(),
            fallback_units: inherited.fallback_units.clone(),
            deadlines: head_time,
        };
        for (g, group) in groups.iter().enumerate() {
            let inherited = if g > 0 && !split_off.deadlines.is_empty() {
                &split_off
            } else {
                inherited
            };
            let number = mark.as_ref().map(|m| {
                let head = &self.paras[paras[0]].text;
                TaskNumber {
                    value: m.value,
                    raw: m.label.clone(),
                    span: ctx.span(head, 0, m.label.len()),
                    style: Some(m.style),
                    inherited: g > 0,
                }
            });
            let task = self.task(number, group, section, inherited);
            out.push(task);
        }
    }

    /// The time an item's heading states before its colon (`组织实施阶段（4月6日至4月30日）：`),
    /// for the sub-items split off it: none when the colon is not within a heading's length.
    fn heading_time(&self, first: &Piece) -> Vec<Deadline> {
        let folded = &self.paras[first.para].folded;
        let from = first.from.min(folded.len());
        let Some(colon) = folded[from..].find(['：', ':']) else {
            return Vec::new();
        };
        if folded[from..from + colon].chars().count() > MAX_STAGE_HEADING_CHARS {
            return Vec::new();
        }
        let head = self.paras[first.para].text.slice(from, from + colon);
        heading_time_in(self.ctx, &head, Mode::Text)
    }

    /// Split the pieces into one group per task: sub-items 一是/二是 or sentence groups that
    /// each name their own units.
    fn split(&self, pieces: &[Piece]) -> Vec<Vec<Piece>> {
        // several clauses in one paragraph, each closing its own sentences
        let mut groups: Vec<Vec<Piece>> = Vec::new();
        let mut current: Vec<Piece> = Vec::new();
        for piece in pieces {
            let p = &self.paras[piece.para];
            let unit_clauses: Vec<&Clause> = piece
                .clauses
                .iter()
                .filter(|c| {
                    c.assigns_own(&p.folded, self.ctx.vocab)
                        && c.start >= piece.from
                        && c.end <= piece.to
                        && !matches!(c.kind, ClauseKind::Prose { .. })
                })
                .collect();
            let closing: Vec<usize> = unit_clauses
                .iter()
                .filter(|c| {
                    !p.folded[c.end..piece.to]
                        .trim_matches(|ch: char| is_space(ch) || matches!(ch, '。' | '；' | ';'))
                        .is_empty()
                })
                .map(|c| c.end)
                .collect();
            if unit_clauses.len() >= 2 && !closing.is_empty() {
                let mut from = piece.from;
                for end in closing {
                    current.push(piece.part(from, end));
                    groups.push(std::mem::take(&mut current));
                    from = end;
                }
                current.push(piece.part(from, piece.to));
                continue;
            }
            current.push(piece.clone());
        }
        if !current.is_empty() {
            groups.push(current);
        }
        if groups.len() > 1 {
            return groups;
        }
        self.split_sub_items(groups.pop().unwrap_or_default())
    }

    /// Split at 一是/二是 sub-items when at least two of them name their own units. The text
    /// before 一是 (the item's topic) leads the first sub-item.
    fn split_sub_items(&self, pieces: Vec<Piece>) -> Vec<Vec<Piece>> {
        let mut starts: Vec<(usize, usize)> = Vec::new(); // (piece, byte offset)
        let mut expected = 1;
        for (k, piece) in pieces.iter().enumerate() {
            let s = &self.paras[piece.para].folded;
            let mut at = piece.from;
            while let Some(found) = sub_item_at(&s[..piece.to], at, expected) {
                starts.push((k, found));
                expected += 1;
                // past the word found (一是 is six bytes): the next search starts on a
                // character boundary
                at = found + "一是".len();
            }
        }
        if starts.len() < 2 {
            return vec![pieces];
        }
        let mut groups: Vec<Vec<Piece>> = Vec::new();
        for n in 0..starts.len() {
            let (k0, a0) = if n == 0 {
                (0, pieces[0].from)
            } else {
                starts[n]
            };
            let stop = starts.get(n + 1).copied();
            let mut group = Vec::new();
            for (k, piece) in pieces.iter().enumerate().skip(k0) {
                let from = if k == k0 { a0 } else { piece.from };
                let to = match stop {
                    Some((k1, a1)) if k1 == k => a1,
                    _ => piece.to,
                };
                if to > from {
                    group.push(piece.part(from, to));
                }
                if stop.is_some_and(|(k1, _)| k1 == k) {
                    break;
                }
            }
            groups.push(group);
        }
        let named = groups
            .iter()
            .filter(|g| {
                g.iter().any(|p| {
                    p.clauses
                        .iter()
                        .any(|c| c.names_units && !matches!(c.kind, ClauseKind::Prose { .. }))
                })
            })
            .count();
        // sub-items that each name their units are tasks of their own, and so are those of an
        // item that names none at all (its 一是, 二是 are its pieces of work); one assignment
        // for a few of them leaves the item whole
        if named < 2 && named > 0 {
            return vec![pieces];
        }
        groups
    }

    /// One task from a group of pieces.
    fn task(
        &mut self,
        number: Option<TaskNumber>,
        group: &[Piece],
        section: Option<usize>,
        inherited: &Inherited,
    ) -> Task {
        let ctx = self.ctx;
        let mut text: Option<Text> = None;
        let mut units: Vec<Unit> = Vec::new();
        let mut deadlines: Vec<Deadline> = Vec::new();
        let mut span: Option<Span> = None;
        for piece in group {
            let p_text = self.paras[piece.para].text.clone();
            let p_folded = self.paras[piece.para].folded.clone();
            let end = piece.to;
            let whole = p_text.slice(piece.from, end).trimmed();
            if !whole.is_blank() {
                let s = ctx.whole(&whole);
                span = Some(span.map_or(s, |a| a.cover(s)));
            }
            // the task's own words: the piece without its clauses
            let mut at = piece.from;
            let clauses: Vec<&Clause> = piece
                .clauses
                .iter()
                .filter(|c| c.start >= piece.from && c.end <= end)
                .collect();
            for c in &clauses {
                if matches!(c.kind, ClauseKind::Prose { .. }) {
                    // a sentence's subject stays in the task's own words
                    self.read_clause(&p_text, &p_folded, c, &mut units, &mut deadlines);
                    continue;
                }
                own_text(&p_text, at, c.start, &mut text);
                at = c.end;
                self.read_clause(&p_text, &p_folded, c, &mut units, &mut deadlines);
            }
            if !piece.assignment_only {
                own_text(&p_text, at, end, &mut text);
            }
        }
        let text = text.unwrap_or_else(|| {
            group
                .first()
                .map(|p| self.paras[p.para].text.slice(p.from, p.from))
                .unwrap_or_default()
        });
        let own = ctx.deadlines_in(
            &text,
            Mode::Item,
            &DeadlineSource::Text { column: None },
            false,
        );
        let mut all = own;
        all.append(&mut deadlines);
        if all.is_empty() {
            all.extend(inherited.deadlines.iter().cloned());
        }
        // a unit named twice in one role (`各镇（街道）负责配合落实，以下均需各镇（街道）配合`)
        // is one unit
        let mut seen: Vec<(String, UnitRole)> = Vec::new();
        units.retain(|u| {
            let key = (u.name.clone(), u.role);
            let fresh = !seen.contains(&key);
            seen.push(key);
            fresh
        });
        if units.is_empty() {
            units.extend(inherited.fallback_units.iter().cloned());
        }
        for u in self.doc_wide.iter().chain(&inherited.units) {
            if !units.iter().any(|v| v.name == u.name) {
                units.push(u.clone());
            }
        }
        let span = span.unwrap_or_else(|| ctx.whole(&text));
        let span = number.as_ref().map_or(span, |n| n.span.cover(span));
        Task {
            index: 0,
            number,
            section,
            title: title_of(ctx, &text),
            text: Located {
                value: text.as_str().trim().to_owned(),
                span: ctx.whole(&text),
            },
            fields: Vec::new(),
            units,
            deadlines: all,
            span,
        }
    }
}

/// Append `text[from..to]` (trimmed) to the task's own text.
fn own_text(text: &Text, from: usize, to: usize, acc: &mut Option<Text>) {
    if to <= from {
        return;
    }
    let piece = text.slice(from, to).trimmed();
    let piece = trim_separators(&piece);
    if piece.is_blank() {
        return;
    }
    match acc {
        None => *acc = Some(piece),
        Some(t) => t.append("\n", &piece),
    }
}

impl Reader<'_, '_> {
    /// Units and time limits of one clause.
    fn read_clause(
        &mut self,
        text: &Text,
        folded: &str,
        c: &Clause,
        units: &mut Vec<Unit>,
        deadlines: &mut Vec<Deadline>,
    ) {
        let ctx = self.ctx;
        let inner = text.slice(c.inner.0, c.inner.1);
        let inner_folded = &folded[c.inner.0..c.inner.1];
        let role = match c.kind {
            ClauseKind::Prose { role, .. } => role,
            _ => UnitRole::Responsible,
        };
        if let ClauseKind::Prose { .. } = c.kind {
            // a sentence's subject: its names, in the role the sentence gives them
            for u in subject_units(inner_folded, role, ctx.vocab) {
                let name = normalize(&inner.as_str()[u.start..u.end]);
                if !units.iter().any(|v| v.name == name) {
                    units.push(Unit {
                        raw: inner.as_str()[u.start..u.end].to_owned(),
                        span: ctx.span(&inner, u.start, u.end),
                        name,
                        role: u.role,
                        kind: u.kind,
                        inherited: false,
                    });
                }
            }
            return;
        }
        // a labelled field holds units by itself; a parenthetical or a statement is prose
        let reading = match c.kind {
            ClauseKind::Labelled => Reading::Cell,
            _ => Reading::Clause,
        };
        let found = units_of(ctx, &inner, role, false, reading);
        if c.doc_wide {
            // the units of the sentence that says so apply to the tasks that follow
            for u in &found {
                let at = u.span.start;
                let marker_after = ctx.vocab.doc_wide_markers.iter().any(|m| {
                    let rel = at.saturating_sub(inner.origin());
                    inner_folded
                        .get(..rel)
                        .is_some_and(|before| before.contains(m.as_str()))
                });
                if marker_after {
                    let mut w = u.clone();
                    w.inherited = true;
                    if !self.doc_wide.iter().any(|d| d.name == w.name) {
                        self.doc_wide.push(w);
                    }
                }
            }
        }
        units.extend(found);
        // time limits: a labelled field states one by itself; elsewhere the grammar needs a marker
        let fields: Vec<_> = labels(inner_folded, ctx.vocab)
            .into_iter()
            .filter(|l| l.kind == LabelKind::Deadline)
            .collect();
        if fields.is_empty() {
            let source = match c.kind {
                ClauseKind::Parenthetical | ClauseKind::Statement => DeadlineSource::Units,
                ClauseKind::Labelled | ClauseKind::Prose { .. } => {
                    DeadlineSource::Text { column: None }
                }
            };
            deadlines.extend(ctx.deadlines_in(&inner, Mode::Text, &source, false));
        } else {
            for l in fields {
                let end = labels(inner_folded, ctx.vocab)
                    .into_iter()
                    .find(|n| n.at > l.at)
                    .map(|n| n.at)
                    .unwrap_or(inner_folded.len());
                let value = inner.slice(l.value, end);
                let label = normalize(&inner_folded[l.at..l.value]);
                let label = label.trim_end_matches(['：', ':']).to_owned();
                deadlines.extend(ctx.deadlines_in(
                    &value,
                    Mode::Cell,
                    &DeadlineSource::Field { column: label },
                    false,
                ));
            }
        }
    }
}

/// What a task takes from the headings above it.
/// What an assignment line after an item closes (see [`Reader::closing_target`]).
enum Closing {
    /// That item alone.
    Item(usize),
    /// Each sub-item of this parent.
    Each(usize),
}

struct Inherited {
    /// The units of a heading that only names units (a 责任清单).
    units: Vec<Unit>,
    /// The units of an assignment line shared by sub-items: a sub-item's own units (由县住建局
    /// 负责…) stand instead.
    fallback_units: Vec<Unit>,
    /// The time of a phase heading (（一）准备阶段（3月1日—3月28日）).
    deadlines: Vec<Deadline>,
}

/// A part of a paragraph that belongs to one task.
#[derive(Debug, Clone)]
struct Piece {
    para: usize,
    /// Byte range of the part (after the item's number in the head paragraph).
    from: usize,
    to: usize,
    clauses: Vec<Clause>,
    assignment_only: bool,
}

impl Piece {
    /// The part `from..to` of this piece, with the clauses inside it.
    fn part(&self, from: usize, to: usize) -> Piece {
        Piece {
            para: self.para,
            from,
            to,
            clauses: self
                .clauses
                .iter()
                .filter(|c| c.start >= from && c.end <= to)
                .cloned()
                .collect(),
            assignment_only: self.assignment_only && from == self.from && to == self.to,
        }
    }
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

/// Where sub-item `n` (一是, 二是 …) starts at or after `from`, at a sentence boundary.
fn sub_item_at(s: &str, from: usize, n: u32) -> Option<usize> {
    let word = format!("{}是", crate::document::numbering::chinese_numeral(n));
    let mut at = from;
    while let Some(i) = s.get(at..)?.find(&word) {
        let pos = at + i;
        let before = s[..pos].chars().next_back();
        if before.is_none_or(|c| {
            is_space(c) || matches!(c, '。' | '；' | ';' | '：' | ':' | '，' | ',' | '）' | ')')
        }) || pos == from
        {
            return Some(pos);
        }
        at = pos + word.len();
    }
    None
}

/// The text without separators left at its ends by removed clauses.
fn trim_separators(t: &Text) -> Text {
    let s = t.as_str();
    let start = s.len()
        - s.trim_start_matches(|c: char| is_space(c) || matches!(c, '，' | ',' | '；' | ';'))
            .len();
    let end = s
        .trim_end_matches(|c: char| is_space(c) || matches!(c, '，' | ',' | '；' | ';'))
        .len();
    t.slice(start, end.max(start))
}

/// The time heading `i` states, if any, kept for the items under it (marked inherited).
fn push_heading_time(
    ctx: &crate::plan::Ctx,
    i: usize,
    text: &Text,
    mode: Mode,
    out: &mut Vec<(usize, Vec<Deadline>)>,
) {
    let found = heading_time_in(ctx, text, mode);
    if !found.is_empty() {
        out.push((i, found));
    }
}

/// The time a heading states, for the items under it (marked inherited).
fn heading_time_in(ctx: &crate::plan::Ctx, text: &Text, mode: Mode) -> Vec<Deadline> {
    ctx.deadlines_in(text, mode, &DeadlineSource::Text { column: None }, true)
}

#[cfg(test)]
mod tests {
    use crate::plan::model::UnitRole;
    use crate::plan::parse_text;

    /// Each task's first four characters and its deadlines as written.
    fn openings_and_deadlines(text: &str) -> Vec<(String, Vec<String>)> {
        parse_text(text)
            .tasks
            .iter()
            .map(|t| {
                let text = t.text.value.chars().take(4).collect();
                (text, t.deadlines.iter().map(|d| d.raw.clone()).collect())
            })
            .collect()
    }

    /// Each task's first four characters.
    fn openings(text: &str) -> Vec<String> {
        openings_and_deadlines(text)
            .into_iter()
            .map(|(t, _)| t)
            .collect()
    }

    /// A task as [`openings_and_deadlines`] gives it.
    fn due(opening: &str, deadlines: &[&str]) -> (String, Vec<String>) {
        (
            opening.to_owned(),
            deadlines.iter().map(|d| d.to_string()).collect(),
        )
    }

    /// (units, first characters of the text) of each task a text is read into.
    fn tasks(text: &str) -> Vec<(Vec<String>, String)> {
        parse_text(text)
            .tasks
            .iter()
            .map(|t| {
                let units = t
                    .units_in(UnitRole::Responsible)
                    .chain(t.units_in(UnitRole::Lead))
                    .map(|u| u.name.clone())
                    .collect();
                (units, t.text.value.chars().take(6).collect())
            })
            .collect()
    }

    #[test]
    fn a_part_naming_the_plans_units_is_a_field_and_the_activities_are_the_tasks() {
        let text = "某镇2024年全民健身活动方案\n\n一、活动主题：全民健身 健康同行\n\
                    二、活动时间：2024年8月8日\n三、组织单位：镇文化站\n四、活动内容\n\
                    1、举办广场舞比赛。\n2、开展健步走活动。\n3、组织篮球友谊赛。\n\
                    五、工作要求\n各村要高度重视，认真组织。\n";
        let got: Vec<String> = tasks(text).into_iter().map(|(_, t)| t).collect();
        assert_eq!(got, ["举办广场舞比", "开展健步走活", "组织篮球友谊"]);
    }

    #[test]
    fn a_unit_field_over_items_or_with_a_duty_is_no_plan_field() {
        // the field heads the items it assigns
        let over = "某县2025年优化营商环境工作方案\n一、牵头单位：县发展改革局\n\
                    1. 编制优化营商环境年度工作要点，3月底前完成。\n\
                    二、牵头单位：县市场监管局\n1. 推行企业开办“一网通办”，6月底前完成。\n";
        let got = tasks(over);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].0, ["县发展改革局"]);
        // a unit label that goes on to say what the units do is a task
        let duty = "某县2025年读书月活动方案\n一、活动主题：书香清溪\n\
                    二、主办单位：县委宣传部、县文化和旅游局，负责制定活动细则并组织评选，4月15日前完成。\n\
                    三、活动内容\n1、举办读书分享会。\n2、开展经典诵读比赛。\n";
        let plan = parse_text(duty);
        let organisers = plan
            .tasks
            .iter()
            .find(|t| t.deadlines.iter().any(|d| d.raw == "4月15日前"))
            .expect("the organisers' task");
        let names: Vec<&str> = organisers.units.iter().map(|u| u.name.as_str()).collect();
        assert_eq!(names, ["县委宣传部", "县文化和旅游局"]);
    }

    #[test]
    fn a_preamble_heading_ending_in_a_stage_word_is_still_preamble() {
        let text = "某县2025年教育工作要点\n一、指导思想 立足新发展阶段，全面贯彻党的教育方针。\n\
                    二、工作目标全面进入高质量发展阶段。\n三、重点任务\n\
                    1、推进义务教育优质均衡发展。\n2、加强教师队伍建设。\n";
        let got: Vec<String> = tasks(text).into_iter().map(|(_, t)| t).collect();
        assert_eq!(got, ["推进义务教育", "加强教师队伍"]);
    }

    #[test]
    fn a_list_run_into_its_label_is_read_item_by_item() {
        let text = "2007年上海市政府重点工作\n\
                    一、积极促进产业结构优化升级\n\
                    总的要求：把发展现代服务业放在产业发展更加突出的位置，不断提高层次、提升能级。\n\
                    主要内容：（一）推进落实服务业政策，营造良好的发展环境。（二）加快现代服务业集聚区建设。\
                    （三）加快推进物流基地建设。\n";
        let got: Vec<String> = tasks(text).into_iter().map(|(_, t)| t).collect();
        assert_eq!(got, ["推进落实服务", "加快现代服务", "加快推进物流"]);
    }

    #[test]
    fn numbered_fields_belong_to_the_activity_above_them() {
        let text = "清溪县安全生产月活动方案\n\n一、活动安排\n\n（一）开展警示教育周活动\n\n\
                    1.活动时间：6月1日至6月7日。\n\n2.活动内容：组织企业集中开展警示教育。\n\n\
                    3.组织单位：县应急管理局、各乡镇人民政府。\n\n（二）开展宣传咨询日活动\n\n\
                    1.活动时间：6月16日。\n\n2.活动内容：开展安全生产政策法规咨询。\n\n\
                    3.组织单位：县安委办。\n";
        let plan = parse_text(text);
        let read: Vec<(u32, Vec<&str>, Vec<&str>)> = plan
            .tasks
            .iter()
            .map(|t| {
                (
                    t.number.as_ref().map_or(0, |n| n.value),
                    t.units.iter().map(|u| u.name.as_str()).collect(),
                    t.deadlines.iter().map(|d| d.raw.as_str()).collect(),
                )
            })
            .collect();
        assert_eq!(
            read,
            [
                (
                    1,
                    vec!["县应急管理局", "各乡镇人民政府"],
                    vec!["6月1日至6月7日"]
                ),
                (2, vec!["县安委办"], vec!["6月16日"]),
            ]
        );
    }

    #[test]
    fn a_dated_step_of_a_plan_that_assigns_elsewhere_is_a_task() {
        let text = "清溪县城乡环境整治方案\n\n一、主要任务\n\n1、加大宣传力度，营造整治氛围。\n\n\
                    牵头单位：县委宣传部。\n\n二、实施步骤\n\n\
                    1、动员阶段（2026年3月10日前）。制定实施方案，召开动员大会。\n\n\
                    2、整治阶段（2026年3月11日—6月30日）。集中清理卫生死角。\n\n\
                    三、工作要求\n\n1、加强组织领导。各单位要高度重视。\n";
        let read = tasks(text);
        let texts: Vec<&str> = read.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts, ["加大宣传力度", "动员阶段（2", "整治阶段（2"]);
    }

    #[test]
    fn a_plan_that_numbers_nothing_has_its_topic_paragraphs_as_tasks() {
        let labelled = "珠山街道2026年工作计划\n\n来源：珠山街道办事处\n\n\
                        党建工作：完善党建引领机制，推动社区治理微改革，对辖区3个社区进行精准定位、分类打造。\n\n\
                        经济工作：坚持把经济发展作为第一要务，大力开展招商引资、招才引智等工作，力争项目落地。\n";
        let read = tasks(labelled);
        let texts: Vec<&str> = read.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts, ["党建工作：完", "经济工作：坚"]);
        let titled = "共青团清溪区委2026年工作计划\n\n持续提升团属阵地建设水平\n\n\
                      推动青年之家、青年驿站等阵地规范化建设，全年新建阵地5个。\n\n\
                      持续提升服务青年能力水平\n\n围绕青年就业创业需求，开展政策宣讲和技能培训活动。\n";
        let read = tasks(titled);
        let texts: Vec<&str> = read.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts, ["持续提升团属", "持续提升服务"]);
    }

    #[test]
    fn an_activity_plans_theme_and_time_are_no_tasks_but_dated_items_under_the_time_are() {
        let text = "清溪镇2026年安全生产月活动方案\n\n一、指导思想\n\n\
                    坚持以人为本，强化红线意识，为实现经济社会持续健康发展提供安全保障。\n\n\
                    二、活动主题\n\n本次活动的主题是“人人讲安全”，推动形成全社会关注安全的氛围。\n\n\
                    三、活动时间\n\n1、6月1日前召开全镇安全生产月动员大会。\n\n\
                    2、6月2日—6月30日开展隐患排查整治。\n\n\
                    四、主要任务\n\n1.开展形式多样的宣传活动。利用广播、横幅、标语广泛宣传安全生产知识。\n";
        let read = tasks(text);
        let texts: Vec<&str> = read.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts, ["6月1日前召", "6月2日—6", "开展形式多样"]);
        // 经济社会, 全社会 are no units
        assert!(read.iter().all(|(units, _)| units.is_empty()), "{read:?}");
    }

    #[test]
    fn members_and_a_preamble_field_are_no_tasks() {
        let text = "清溪镇2026年“我为群众办实事”工作方案\n\n一、主要任务\n\n1.开展民生实事攻坚行动。\n\n\
                    责任单位：镇建设办\n\n2.开展便民服务提升行动。\n\n责任单位：镇便民服务中心\n\n\
                    二、成立活动领导小组\n\n1、李四（镇长）\n\n2、王五（副镇长）\n\n\
                    三、活动时间：2026年3月至12月\n\n四、工作要求\n\n各村要加强领导，确保取得实效。\n";
        let read = tasks(text);
        let texts: Vec<&str> = read.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts, ["开展民生实事", "开展便民服务"]);
    }

    #[test]
    fn items_under_a_month_heading_are_due_that_month() {
        let text =
            "清溪县实验小学2026年春季学期工作安排\n\n二月份：\n\n1、教师报到、学生注册；\n\n\
                    2、组织期初工作检查；\n\n三月份：\n\n1、迎接区教育教学常规工作检查评估；\n\n\
                    2、组织半期考试；\n";
        let plan = parse_text(text);
        let read: Vec<(String, String, Vec<String>)> = plan
            .tasks
            .iter()
            .map(|t| {
                let section = t
                    .section
                    .and_then(|i| plan.sections.get(i))
                    .map(|s| s.title.clone())
                    .unwrap_or_default();
                let text: String = t.text.value.chars().take(4).collect();
                let due = t.deadlines.iter().map(|d| d.raw.clone()).collect();
                (section, text, due)
            })
            .collect();
        let due = |m: &str| vec![m.to_owned()];
        assert_eq!(
            read,
            [
                ("二月份".into(), "教师报到".into(), due("二月份")),
                ("二月份".into(), "组织期初".into(), due("二月份")),
                ("三月份".into(), "迎接区教".into(), due("三月份")),
                // short, but it ends its sentence: an item of the list, not a heading
                ("三月份".into(), "组织半期".into(), due("三月份")),
            ]
        );
    }

    #[test]
    fn a_schedule_printed_in_comma_wrapped_fragments_is_read_month_by_month() {
        let text = "幼儿园2020年工作计划\n,一月,\n,学期尾声,总结考核,常规事项:,\n\
                    ,1、学期尾声,半年教学效果检验。,2、寒假安全、春节礼仪教育。,3、统计寒假留园人数。,\n\
                    ,二月,\n,1、插班生入园的准备。,2、新学期物品的采购和发放。,\n";
        let read = openings_and_deadlines(text);
        assert_eq!(
            read,
            [
                due("学期尾声", &["一月"]),
                due("寒假安全", &["一月"]),
                due("统计寒假", &["一月"]),
                due("插班生入", &["二月"]),
                due("新学期物", &["二月"]),
            ]
        );
    }

    #[test]
    fn dated_stages_and_the_activities_after_them_are_all_tasks() {
        let text = "社区爱国卫生月活动实施方案\n\
            一、活动主题 以“创建卫生社区”为主题，开展小区环境卫生整治。\n\
            二、活动时间 按照街道办事处部署，活动时间4月1日至5月10日，共分三个阶段：\n\
            (一)动员准备阶段(4月1日至4月5日):开展卫生月集中宣传，制定社区卫生月活动方案。\n\
            (二)组织实施阶段(4月6日至4月30日):一是开展辖区环境整治行动，做好环境清理工作。\
            二是开展环境卫生大清扫活动，保证室内外环境整洁。\n\
            三、活动内容 (一)宣传发动 以“社区是我家”为主题开展健康教育，以宣传板、板报等形式开展宣传活动。\n\
            (二)环境整治 1、就社区实际环境情况，开展越冬垃圾、白色垃圾的集中清理。\n";
        let read = openings_and_deadlines(text);
        assert_eq!(
            read,
            [
                due("动员准备", &["4月1日至4月5日"]),
                due("组织实施", &["4月6日至4月30日"]),
                // split off the stage: done in its time, not the whole plan's
                due("二是开展", &["4月6日至4月30日"]),
                // the activities, listed under a heading run on after a space
                due("宣传发动", &[]),
                due("就社区实", &[]),
            ]
        );
    }

    #[test]
    fn a_months_theme_after_its_name_still_heads_the_months_items() {
        let text = "德育处工作计划和安排（学校德育工作月度计划）\n二月主题:新起点、新打算\n\
                    1、开学校会。\n2、制作“开学第一课”\n三月主题:养成文明习惯\n\
                    1、“三八妇女节”感恩教育活动。\n2、卫生健康教育班队课\n";
        let read = openings_and_deadlines(text);
        assert_eq!(
            read,
            [
                due("开学校会", &["二月"]),
                due("制作“开", &["二月"]),
                due("“三八妇", &["三月"]),
                due("卫生健康", &["三月"]),
            ]
        );
        // a month and a sentence of work after its colon is that month's task, not a heading
        let one_line =
            "学校德育工作计划\n二月份:召开全体班主任会议，部署本学期德育工作，制定各班德育计划。\n\
                        三月份:开展学雷锋系列活动，评选文明班级，组织学生参加社区志愿服务。\n";
        assert_eq!(openings_and_deadlines(one_line).len(), 2);
    }

    #[test]
    fn a_heading_that_lost_its_numeral_ends_the_time_heading_above_it() {
        // `三` was an image on the page: `、活动安排` still heads the activities, which are
        // no longer read as items of 二、活动时间
        let text = "关于开展“学雷锋”主题教育月的活动方案\n\n一、活动主题:学雷锋精神\n\n\
                    二、活动时间:2018年3月1日至3月30日\n\n、活动安排\n\n\
                    (一)“学习雷锋精神,宣传雷锋事迹”\n\n1、高一高二每班召开一次主题班会;\n\n\
                    2、利用校园广播台、黑板报进行宣传。\n\n(二)“践行雷锋精神”\n\n\
                    1、组织青年志愿者开展志愿服务活动。\n";
        assert_eq!(openings(text), ["高一高二", "利用校园", "组织青年"]);
    }

    #[test]
    fn a_topic_sentence_over_its_sub_items_heads_them() {
        // a page that lost its title: three unnumbered topics, each a short sentence, two with
        // 一是…二是… run on after it
        let text = "今年以来，街道将发展目标确定为全力保稳定，促和谐，重点将做好以下三项工作。\n\
                    全力推进大拆大整。一是持续深化大拆大整专项行动，启动危旧房鉴定工作。\
                    二是加快违章拆除，结合今年拆违工作，加大力度。三是以拆后利用为契机，打造工作亮点。\n\
                    攻坚剿灭劣V类水。一是全面排查入河排污口，至6月底完成整治。\
                    二是推进截污纳管，12月底做好接户工作。三是遏制沿河违章反弹，开展河道保洁。\n\
                    创建全国文明城市。对照测评标准，开展环境整治，提升市民文明素质。\n";
        let plan = parse_text(text);
        assert!(plan.kind.is_plan(), "{}", plan.kind.reason);
        let read = openings_and_deadlines(text);
        assert_eq!(
            openings(text),
            [
                "全力推进",
                "二是加快",
                "三是以拆",
                "攻坚剿灭",
                "二是推进",
                "三是遏制",
                "创建全国"
            ]
        );
        assert_eq!(read[4].1, ["12月底"]);
        // a paragraph opening with a sub-item is no topic over the paragraphs after it
        let sub_items = "安全生产月工作方案\n一、活动主要内容\n（一）安全发展主题宣讲周。\n\
                         一是党政领导主题发动。各级党政领导发表电视讲话，进行主题宣传发动。\n\
                         二是行业监管部门主题宣讲。深入重点企事业单位宣讲决策部署。\n";
        assert_eq!(openings_and_deadlines(sub_items).len(), 2);
        // in a plan that numbers its items, a short sentence opening a line is the rest of a
        // wrapped item, no topic of its own
        let wrapped = "清溪县城市品质提升行动方案\n\
                       1.加快老旧小区整治改造。5月底前开工老旧小区改造项目50个，健全便民市场等生活\n\n\
                       服务设施。继续推进既有住宅增设电梯，12月底前开工建设200部。\n\
                       2.开展背街小巷整治。6月底前对全市背街小巷存在的突出问题进行梳理。\n";
        assert_eq!(openings(wrapped), ["加快老旧", "开展背街"]);
    }

    #[test]
    fn a_title_run_into_the_first_heading_is_the_title() {
        let text = "区教育局2026年工作计划(一)强化政治建设,加强党对教育工作的全面领导。\n\
                    一是持续推动学习宣传贯彻走深走实。\n二是明确巩固深化主题教育成果。\n\
                    (二)加快建设高质量教育体系。\n一是做好学前教育相关工作。\n二是认真做好课后服务工作。\n";
        let plan = parse_text(text);
        assert_eq!(
            plan.meta.title.map(|t| t.value).as_deref(),
            Some("区教育局2026年工作计划")
        );
        assert_eq!(plan.tasks.len(), 4, "{:?}", plan.kind);
        // a collection's number after a title heads nothing: the title stays whole
        let numbered = "镇目标工作计划(2篇)\n\n镇目标工作计划(一)\n\n\
                        为了推动我镇经济社会持续健康发展,特制定本目标工作计划。\n\n\
                        一、经济发展目标与计划\n\n1.农业现代化推进\n\n加大农业科技投入,建立农业科技示范基地。\n\n\
                        2.工业转型升级\n\n加大招商引资力度,吸引优质企业入驻。\n";
        assert_eq!(parse_text(numbered).tasks.len(), 2);
        // a page run together on one line (long enough to be read as one): the title runs
        // into the first sentence
        let run_on = format!(
            "市水利局2020年工作计划2020年是“十三五”的收官之年,市水利局将坚持节水优先。\
             一、坚持智慧水利理念,严防水旱灾害1.进一步优化防汛指挥系统。{0}{0}\
             2.进一步优化标化管理平台。{0}{0}3.进一步优化水情报汛平台。{0}{0}",
            "梳理重构水利防汛防台体系,做到人员职责对应、信息传输畅通、反应处置到位,\
             严格落实安全隐患动态排查和挂销号制度,以最全措施、最佳状态迎战梅雨台风暴雨、\
             高温和局地强对流天气,确保不死人、少伤人、少损失的总目标。"
        );
        let plan = parse_text(&run_on);
        assert_eq!(
            plan.meta.title.map(|t| t.value).as_deref(),
            Some("市水利局2020年工作计划")
        );
        assert_eq!(plan.tasks.len(), 3, "{:?}", plan.kind);
        // a plan's word inside a first sentence is no title's end
        let sentence =
            "根据县委工作计划2020年,全县要做好以下工作。\n1.做好防汛工作。\n2.做好抗旱工作。\n";
        assert_ne!(
            parse_text(sentence).meta.title.map(|t| t.value).as_deref(),
            Some("根据县委工作计划")
        );
    }

    #[test]
    fn targets_and_a_report_of_work_done_are_no_tasks() {
        let text = "2021年安全生产年度工作计划\n一、安全目标\n1、杜绝死亡、重伤事故;\n\
                    2、轻伤事故率不超过3‰;\n3、三级安全教育率为100%。\n二、安全生产责任制\n\
                    1、成立项目管理领导小组,落实安全生产法律法规。\n\
                    2、与开复工项目部签订安全生产责任书,层层落实安全生产责任制。\n";
        assert_eq!(openings(text), ["成立项目", "与开复工"]);
        // a summary and plan whose page holds only the summary lists no task
        let summary = "县卫健委2023年工作总结及2024年工作安排\n一、工作开展情况\n\
                       (一)扎实开展党的建设工作\n一是加强党性学习教育。2023年召开2次研判会。\n\
                       二是落实全面从严治党主体责任。班子成员严格落实一岗双责。\n";
        assert!(openings_and_deadlines(summary).is_empty());
        // …and so does one whose heading calls it the year's 工作总结
        let summary = summary.replace("一、工作开展情况", "一、2023年工作总结");
        assert!(openings_and_deadlines(&summary).is_empty());
    }

    #[test]
    fn a_sector_named_like_units_among_sectors_assigns_nothing() {
        let text = "2023年各部门安全生产工作实施计划\n一、生产企事业单位\n\
                    1. 提高安全生产意识:加强安全生产宣传教育。\n2. 加强安全培训:组织各类安全培训。\n\
                    二、建筑行业\n1. 严格施工管理:加强对建筑工程施工环节的监督。\n\
                    2. 加强施工现场安全:完善现场安全管理制度。\n\
                    三、化工行业\n1. 加强危险化学品安全管理:加强对危险化学品的监管。\n";
        let plan = parse_text(text);
        assert_eq!(plan.tasks.len(), 5, "{:?}", plan.kind);
        assert!(plan.tasks.iter().all(|t| t.units.is_empty()));
        // in a list of duties by unit, each heading still gives its items their unit
        let duties =
            "清溪县安全生产责任清单\n一、县应急管理局\n1. 负责综合监管。\n2. 负责组织应急演练。\n\
                      二、县住房城乡建设局\n1. 负责建筑施工安全监管。\n";
        let units: Vec<String> = parse_text(duties)
            .tasks
            .iter()
            .flat_map(|t| t.units.iter().map(|u| u.name.clone()))
            .collect();
        assert_eq!(units, ["县应急管理局", "县应急管理局", "县住房城乡建设局"]);
    }

    #[test]
    fn unnumbered_lines_under_a_month_are_its_items() {
        let text = "清溪幼儿园2025年保教工作计划\n二、月份安排\n三月主题：春天来了\n\
                    组织幼儿开展春游踏青活动，各班教师负责，3月20日前完成。\n\
                    开展植树节亲子活动。\n四月份：\n开展爱国主义主题教育周活动，\n各班同步开展，4月底前完成。\n";
        let read = openings_and_deadlines(text);
        assert_eq!(
            read,
            [
                due("组织幼儿", &["3月20日前"]),
                due("开展植树", &["三月"]),
                // a line that does not end its sentence wraps onto the next
                due("开展爱国", &["4月底前"]),
            ]
        );
    }

    #[test]
    fn headings_that_only_look_like_reports_keep_their_tasks() {
        let text =
            "清溪小学2025年教学工作计划\n一、努力提高教学成绩\n1、抓好集体备课，每周一次。\n\
                    2、加强培优辅差。\n二、学习推广先进经验\n1、组织教师外出学习培训。\n\
                    三、全面摸清学生底数情况\n1、逐户核查适龄儿童入学情况。\n";
        assert_eq!(openings_and_deadlines(text).len(), 4);
    }

    #[test]
    fn an_untitled_schedule_is_a_plan_by_its_months() {
        // a page that starts inside the plan: no title, no units, the months say when
        let text = "三、各月工作安排\n二月份:\n1、做好开学前的各项准备工作\n2、稳定幼儿情绪\n\
                    3、园务会议,布置新学期的各项工作\n三月份:\n1、庆“三八”活动\n\
                    2、各班加强常规训练\n3、加强春季卫生保健工作\n";
        let plan = parse_text(text);
        assert!(plan.kind.is_plan(), "{}", plan.kind.reason);
        let dues: Vec<String> = plan
            .tasks
            .iter()
            .map(|t| t.deadlines.iter().map(|d| d.raw.clone()).collect())
            .collect();
        assert_eq!(
            dues,
            ["二月份", "二月份", "二月份", "三月份", "三月份", "三月份"]
        );
    }

    #[test]
    fn a_bracket_naming_its_units_before_a_convention_closes_its_sentences() {
        // each bracket first assigns the sentences before it, then states a rule for the
        // whole plan (明确牵头部门的…下同; 列第一者为牵头单位，下同)
        let text = "湖南省2014年政府工作报告分工方案\n一、全面落实改革开放目标任务\n\
                    （一）促进多种所有制经济共同发展。毫不动摇巩固和发展公有制经济。深化企业管理体制改革\
                    （分管副省长负责，省国资委牵头。明确牵头部门的，有关部门配合，不逐一列出，下同）。\
                    毫不动摇鼓励非公有制经济发展（分管副省长负责，省经信委、省发改委负责。\
                    责任单位两个以上的，列第一者为牵头单位，下同）。推进工商注册制度便利化，\
                    削减资质认定项目（分管副省长负责，省工商局牵头）。\n";
        let plan = parse_text(text);
        let units: Vec<Vec<(&str, UnitRole)>> = plan
            .tasks
            .iter()
            .map(|t| t.units.iter().map(|u| (u.name.as_str(), u.role)).collect())
            .collect();
        assert_eq!(
            units,
            [
                vec![("省国资委", UnitRole::Lead)],
                vec![
                    ("省经信委", UnitRole::Lead),
                    ("省发改委", UnitRole::Responsible)
                ],
                vec![("省工商局", UnitRole::Lead)],
            ]
        );
    }

    #[test]
    fn a_department_division_line_assigns_and_the_leader_line_names_a_person() {
        let text = "2021年省政府工作报告重点任务分工方案\n一、主要预期目标\n\
                    1.地区生产总值增长6%以上。\n分管省领导:林克庆\n\
                    部门分工:省发展改革委牵头,各地、各部门配合。\n\
                    2.地方一般公共预算收入增长5%左右。\n分管省领导:林克庆\n\
                    部门分工:省财政厅牵头,各地配合。\n";
        let plan = parse_text(text);
        let leads: Vec<Vec<&str>> = plan
            .tasks
            .iter()
            .map(|t| {
                t.units
                    .iter()
                    .filter(|u| u.role == UnitRole::Lead)
                    .map(|u| u.name.as_str())
                    .collect()
            })
            .collect();
        assert_eq!(leads, [vec!["省发展改革委"], vec!["省财政厅"]]);
        assert!(plan
            .tasks
            .iter()
            .all(|t| t.units.iter().all(|u| u.name != "林克庆")));
    }

    #[test]
    fn a_rectification_list_assigns_each_problem_in_its_requirement_line() {
        // no title: each numbered problem, then `整改要求：由…负责…` naming who fixes it (a
        // town, a list of units after a role word)
        let text = "1、西大桥沿线有垃圾死角。\n整改要求:由县环卫站负责清除上述地段垃圾死角。\n\
                    2、迎宾大道围墙上有野广告。\n整改要求:由包片单位县气象局负责清除。\n\
                    3、原安运司院落内杂物乱堆。\n整改要求:由包片单位县供销社负责督促业主清理。\n\
                    4、迎宾大道沿线旱厕外露。\n整改要求:由城关镇负责组织拆除旱厕。\n\
                    5、沿线商户出店占道经营。\n整改要求:按照先劝阻、再强制的要求,由沿线包片单位县职教中心、县消防大队、县交通局负责开展劝阻教育。\n";
        let plan = parse_text(text);
        let units: Vec<Vec<&str>> = plan
            .tasks
            .iter()
            .map(|t| t.units.iter().map(|u| u.name.as_str()).collect())
            .collect();
        assert_eq!(
            units,
            [
                vec!["县环卫站"],
                vec!["县气象局"],
                vec!["县供销社"],
                vec!["城关镇"],
                vec!["县职教中心", "县消防大队", "县交通局"],
            ],
            "{:?}",
            plan.kind
        );
    }

    #[test]
    fn a_plan_in_unnumbered_prose_has_a_task_per_paragraph_of_its_sequence() {
        let text = "乡镇2019年爱国卫生工作计划\n                    为进一步提升乡镇环境卫生质量，本乡镇特制定2019年爱国卫生工作计划。\n                    首先，我们将加强环境卫生整治力度。重点对乡镇主干道进行定期清扫和维护，确保垃圾日产日清。\n                    在文化建设和居民活动方面，计划全年开展丰富多彩的文化娱乐活动，增强邻里之间的交流。\n                    其次，注重病媒生物防制工作。结合季节特点，开展春季灭鼠、夏季灭蚊蝇等专项活动。\n                    总之，通过实施以上措施，我们有信心全面提升乡镇的整体卫生水平。\n";
        let texts: Vec<String> = tasks(text).into_iter().map(|(_, t)| t).collect();
        assert_eq!(texts, ["首先，我们将", "在文化建设和", "其次，注重病"]);
        // a work plan's 一是/二是 paragraphs under its intro
        let text = "椿树街道2021年度工作思路\n街道重点抓好以下几个方面工作:\n                    一是进一步落实管党治党责任。树牢“抓好党建是最大政绩”的意识，压实管党治党政治责任。\n                    二是进一步强化政务功能保障。营造一流政务环境，保障驻区中央单位高效开展工作。\n";
        let texts: Vec<String> = tasks(text).into_iter().map(|(_, t)| t).collect();
        assert_eq!(texts, ["一是进一步落", "二是进一步强"]);
        // a township's plan bulleting its items with dashes
        let text =
            "谭家寨乡人民政府2023年工作计划\n2023年工作的总体要求是：以推动高质量发展为主题。\n\
                    ——让乡村旅游“火起来”。我乡将以楠木桥景区创建为重点，加快风光带建设步伐。\n\
                    ——让特色产业“兴起来”。大力发展茶叶、柑橘等特色产业，做强产业链条。\n";
        let plan = parse_text(text);
        let titles: Vec<&str> = plan
            .tasks
            .iter()
            .filter_map(|t| t.title.as_ref().map(|l| l.value.as_str()))
            .collect();
        assert_eq!(titles, ["让乡村旅游“火起来”", "让特色产业“兴起来”"]);
    }

    #[test]
    fn sequence_paragraphs_before_a_numbered_list_are_its_preamble() {
        let text = "清溪县2025年文化工作要点\n近年来，我县公共文化服务体系建设取得积极成效：\n\
                    一是设施网络不断完善，建成城市书房8个、乡镇综合文化站12个。\n\
                    一、完善公共文化设施。推进乡镇综合文化站提档升级。（责任单位：县文旅局）\n\
                    二、丰富群众文化活动。全年开展送戏下乡100场。（责任单位：县文化馆）\n";
        let texts: Vec<String> = tasks(text).into_iter().map(|(_, t)| t).collect();
        assert_eq!(texts, ["完善公共文化", "丰富群众文化"]);
    }

    #[test]
    fn a_report_of_work_done_assigns_nothing_by_its_subjects() {
        // a 总结和工作思路 whose page ends inside the summary: its subjects did the work
        let text = "建设街道2022年工作总结和2023年工作思路\n一、2022年工作总结\n                    (一)时刻坚持“如履薄冰”，基层治理更加优化\n                    一是风险源头治理。街道在今年1月中旬成为全区首个信访积案清零的主体。\n";
        assert!(tasks(text).is_empty());
    }

    #[test]
    fn one_line_after_the_last_of_several_problems_assigns_each_of_them() {
        // a unit heading over its problems, then `问题整改责任单位：… 整改时限：3天`: the
        // qualifier belongs to the label, and the line to every problem above it
        let text = "创文问题整改工作方案\n一、具体问题\n1. 市科技馆\n(1)院内电动车未按指定区域停放;\n\
                    (2)灭火器过期未更换;\n(3)意见簿记录不规范。\n问题整改责任单位:市科技馆 整改时限:3天\n\
                    2. 市第二人民医院\n(1)院内禁烟标识数量不达标;\n(2)宣传牌内容不规范。\n\
                    问题整改责任单位:市卫生健康委员会 整改时限:5天\n";
        let plan = parse_text(text);
        let read: Vec<(Vec<&str>, Vec<&str>)> = plan
            .tasks
            .iter()
            .map(|t| {
                (
                    t.units.iter().map(|u| u.name.as_str()).collect(),
                    t.deadlines.iter().map(|d| d.raw.as_str()).collect(),
                )
            })
            .collect();
        assert_eq!(
            read,
            [
                (vec!["市科技馆"], vec!["3天"]),
                (vec!["市科技馆"], vec!["3天"]),
                (vec!["市科技馆"], vec!["3天"]),
                (vec!["市卫生健康委员会", "市第二人民医院"], vec!["5天"]),
                (vec!["市卫生健康委员会", "市第二人民医院"], vec!["5天"]),
            ]
        );
    }

    #[test]
    fn a_phrase_describing_a_group_does_not_assign_a_prose_plan() {
        // `…青年集聚的团组织作为试点` is no unit organising work: all three items are tasks
        let text = "2024年团青工作计划篇1\n一、学习贯彻会议精神\n\
                    1、开展学习系列活动。选取企业、机关、社区等不同类型青年集聚的团组织作为试点单位,开展探索和创新。\n\
                    2、积极参与社区管理和服务。依托青年志愿者宣讲队开展形势任务宣讲。\n\
                    二、激发青年活力\n3、成立青少年事务中心。坚持需求导向,挂牌成立青少年事务中心。\n";
        let plan = parse_text(text);
        assert_eq!(plan.tasks.len(), 3, "{:?}", plan.kind);
        assert!(plan.tasks.iter().all(|t| t.units.is_empty()));
    }

    #[test]
    fn a_schedule_and_the_work_items_before_it_are_all_tasks() {
        // one item names its doers (`各课题组、学科组落实`): the plan still assigns in prose
        let text = "幼儿园2024年秋季学期工作计划\n（一）保育保健工作\n\
                    1.体现保育工作的全员性。\n2.强调保育工作的科学性。\n\
                    二、每月工作重点\n九月份：\n1、热情接待幼儿，稳定幼儿情绪。\n\
                    2、各课题组、学科组落实本学期的学期目标和活动计划。\n\
                    十月份：\n1、结合国庆节开展爱祖国、爱家乡的教育。\n2、组织教师英语培训活动。\n\
                    3、改选家长委员会，召开第一次家委会。\n";
        let read = openings_and_deadlines(text);
        assert_eq!(
            read,
            [
                due("体现保育", &[]),
                due("强调保育", &[]),
                due("热情接待", &["九月份"]),
                due("各课题组", &["九月份"]),
                due("结合国庆", &["十月份"]),
                due("组织教师", &["十月份"]),
                due("改选家长", &["十月份"]),
            ]
        );
    }

    #[test]
    fn sub_items_of_an_item_that_names_no_units_are_its_tasks() {
        let text =
            "乡镇重点工作安排\n\n（一）扎实做好村两委换届选举工作。要精心组织实施换届选举。\n\n\
                    （二）打造党建示范单位。一是扎实抓好党建示范村的建设，带动全镇党建活动；\
                    二是积极申报党建示范区，重点打造示范片区；三是要大力推行“党建+”模式。\n\n\
                    （三）完成纪念馆建设。力争2021年7月1日正式开馆。\n";
        let read = tasks(text);
        let texts: Vec<&str> = read.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "扎实做好村两",
                "打造党建示范",
                "二是积极申报",
                "三是要大力推",
                "完成纪念馆建"
            ],
            "{read:?}"
        );
    }

    #[test]
    fn units_before_the_comma_lead_when_the_plan_says_so() {
        let text = "自贡市2022年政务公开重点工作任务分工方案\n\n一、强化重点领域信息公开\n\n\
                    （一）加强稳增长信息公开。及时发布相关规划。（责任单位：市发展改革委、市商务局，\
                    各区县政府。逗号前为牵头单位，下同）\n\n\
                    （二）加强调结构信息公开。及时发布配套政策。（责任单位：市经济和信息化局，市文化广电旅游局）\n";
        let plan = parse_text(text);
        let roles: Vec<(Vec<&str>, Vec<&str>)> = plan
            .tasks
            .iter()
            .map(|t| {
                (
                    t.units_in(UnitRole::Lead)
                        .map(|u| u.name.as_str())
                        .collect(),
                    t.units_in(UnitRole::Responsible)
                        .map(|u| u.name.as_str())
                        .collect(),
                )
            })
            .collect();
        assert_eq!(
            roles,
            [
                (vec!["市发展改革委", "市商务局"], vec!["各区县政府"]),
                (vec!["市经济和信息化局"], vec!["市文化广电旅游局"]),
            ]
        );
    }

    #[test]
    fn a_titled_plan_assigning_only_in_its_requirements_has_its_work_items_as_tasks() {
        let text = "张店区投资促进局2024年政务公开工作方案\n\n一、指导思想\n\n以习近平新时代中国特色社会主义思想为指导。\n\n\
                    三、2024年政务公开主要内容\n（一）机构职能。及时调整更新完善工作职责和机构设置。\n\
                    （二）工作进展。及时发布本部门工作动态、通知公告等内容。\n\
                    四、工作要求\n（一）强化组织领导。领导小组统筹推进，明确具体科室及专人负责。\n";
        let read = tasks(text);
        let texts: Vec<&str> = read.iter().map(|(_, t)| t.as_str()).collect();
        // the requirement that names its unit is a task too
        assert_eq!(
            texts,
            ["机构职能。及", "工作进展。及", "强化组织领导"],
            "{read:?}"
        );
    }

    #[test]
    fn work_items_beside_one_whose_prose_names_its_units_are_tasks_too() {
        let text = "合水县2025年优势特色产业发展实施方案\n\n一、奶羊产业\n\n\
                    （一）发展目标。持续完善奶羊全产业链条体系建设。\n\n\
                    （二）重点工作。年内新增奶羊2.5万只。\n\n\
                    1.新（扩）建养殖户。新建50只以上规模养殖户47个。\n\n\
                    2.盘活闲置养殖场。全力盘活闲置养殖设施，打造养殖小区。\n\n\
                    3.养殖场补栏。由各乡镇负责指派专组专人，研究对策，督促落实。\n";
        let read = tasks(text);
        let texts: Vec<&str> = read.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            ["新（扩）建养", "盘活闲置养殖", "养殖场补栏。"],
            "{read:?}"
        );
        assert_eq!(read[2].0, ["各乡镇"], "{read:?}");
        assert!(read[0].0.is_empty(), "{read:?}");
        // a sentence opening with a preposition names no subject (与高新区积极对接…)
        let with = "某镇2021年工作计划\n\n（一）加快城乡融合发展\n\n\
                    与高新区积极对接，共建数字经济产业基地。\n";
        let read = tasks(with);
        assert!(read.iter().all(|(units, _)| units.is_empty()), "{read:?}");
    }

    #[test]
    fn an_actions_theme_and_time_are_no_tasks() {
        let text =
            "某区森林防火春季专项行动实施方案\n\n一、行动主题\n\n创建平安春季，建设生态家园。\n\n\
                    二、时间安排\n\n2013年1月10日至4月30日。\n\n三、行动内容\n\n\
                    1、开展野外火源集中整治活动。各镇集中时间开展专项整治。\n\n\
                    2、开展森林防火宣传月活动。营造浓厚的森林防火工作氛围。\n";
        assert_eq!(openings(text), ["开展野外", "开展森林"]);
    }

    #[test]
    fn items_numbered_without_their_stop_go_on_from_the_list() {
        let text = "第二学期幼儿园工作计划\n\n二、主要工作任务和要求：\n\n\
                    1、加强本园教研组的建设和管理制度。\n\n\
                    2围绕农村幼儿园本土化教育资源的利用开展教学活动。\n\n\
                    3:定期组织教师学习优秀的教育活动和教育思想的文章。\n\n\
                    4、加强幼儿园的安全管理，组织全园教职员工学习。\n\n\
                    3天内完成园所环境创设的检查。\n";
        assert_eq!(
            openings(text),
            ["加强本园", "围绕农村", "定期组织", "加强幼儿"]
        );
    }

    #[test]
    fn a_sentence_introducing_duties_makes_each_unit_paragraph_a_task() {
        let text = "为确保按时完成任务，现将各单位在村庄环境整治工作中的任务作如下明确：\n\
                    区住建局负责全区村庄环境整治总协调工作，指导督查康居乡村的创建。\n\
                    区委农办要结合全区建设任务，负责指导督查新社区建设。\n\
                    区财政局负责村庄环境整治专项经费的落实，确保资金的安全运行。\n";
        let read = tasks(text);
        let units: Vec<Vec<String>> = read.iter().map(|(u, _)| u.clone()).collect();
        assert_eq!(
            units,
            [vec!["区住建局"], vec!["区委农办"], vec!["区财政局"]],
            "{read:?}"
        );
    }

    #[test]
    fn a_short_heading_over_its_body_lines_is_a_work_item() {
        let text = "乡镇环境卫生整治方案\n\n三、主要任务\n（一）村居环境整治\n\
                    农村的环境卫生整治工作要按照要求，集中解决农村的脏乱差问题。\n\
                    （二）道路环境整治\n清理道路两侧垃圾。\n";
        let read = tasks(text);
        assert_eq!(read.len(), 2, "{read:?}");
    }

    #[test]
    fn an_item_naming_a_group_over_its_duties_is_the_groups_task() {
        let text = "街道疫情联防联控工作方案\n\n三、任务分工\n\n\
                    1、综合协调组。\n工作职责：负责起草疫情防控工作重要文件。\n\n\
                    2、宣传组。\n工作职责：负责面向群众的宣传教育。\n\n\
                    3、加强督导检查。\n负责同志要定期检查。\n";
        let read = tasks(text);
        let units: Vec<Vec<String>> = read.iter().map(|(u, _)| u.clone()).collect();
        // (the third names no unit, where its list names them systematically: context)
        assert_eq!(
            units,
            [vec!["综合协调组".to_owned()], vec!["宣传组".to_owned()]],
            "{read:?}"
        );
    }

    #[test]
    fn under_a_duties_heading_each_unit_sentence_is_its_task() {
        let text = "清溪乡秋冬季禁止秸秆焚烧工作实施方案\n\n\
                    一、工作目标\n\n全乡实现秸秆禁烧。\n\n\
                    二、职责分工\n\n\
                    按照属地管理的原则，各村是禁烧工作责任主体。\n\n\
                    农业办积极开展农作物秸秆综合利用推广工作。\n\n\
                    企管站做好禁止秸秆焚烧的现场检查工作。\n\n\
                    派出所负责对焚烧秸秆违法行为依法查处。\n";
        let read = tasks(text);
        let units: Vec<&[String]> = read.iter().map(|(u, _)| u.as_slice()).collect();
        assert_eq!(
            units,
            [
                &["农业办".to_owned()][..],
                &["企管站".to_owned()],
                &["派出所".to_owned()]
            ],
            "{read:?}"
        );
    }
}
