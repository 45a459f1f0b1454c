//! Plan: read a [`Document`] of blocks into the plan model — meta, sections, tasks, units and
//! deadlines, each value with its exact source span — in named passes:
//!
//! 1. [`front`]: web-page chrome, metadata fields, the header (issuer, 发文字号, title),
//!    addressees, signature and dates, the cover notice;
//! 2. [`tables`]: task tables, whatever dialect they were read in;
//! 3. [`outline`] and [`paragraphs`]: numbered paragraphs and the assignments that make some
//!    of them tasks ([`assign`]);
//! 4. [`classify`]: whether the document is a plan at all.

pub mod assign;
pub mod charset;
pub mod classify;
pub(crate) mod cut_off;
pub mod deadlines;
pub(crate) mod facets;
pub mod front;
pub mod model;
pub mod outline;
pub mod paragraphs;
pub mod tables;
pub mod text;
pub mod units;
pub mod vocab;
pub mod wordset;

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;

use crate::document::{self, ColumnRole, Document, Hints, Numbering, Text};
use crate::ingest::{Source, SourceMap, Span};
use assign::ClauseKind;
use deadlines::{DeadlineGrammar, DeadlineMatch, Mode};
use front::MetaPatterns;
use model::{Deadline, DeadlineSource, Layout, Plan, Section, UnitRole};
use paragraphs::ReadMode;
use units::{Reading, UnitMatch};
use vocab::Vocabulary;

/// A parser with its vocabulary and patterns compiled once, reusable across files and threads.
#[derive(Debug, Clone)]
pub struct Parser {
    vocab: Vocabulary,
    numbering: Numbering,
    deadlines: DeadlineGrammar,
    meta_patterns: MetaPatterns,
}

/// A text's deadlines depend on the (folded) text, how it is read and the plan's year.
type DeadlineKey = (String, Mode, Option<i32>);

/// A text's units depend on the text, the role it gives them and how it is read.
pub(crate) type UnitsKey = (String, UnitRole, Reading);

/// What every parsing pass needs: the source text, its map and the compiled vocabulary.
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub map: &'a SourceMap,
    pub vocab: &'a Vocabulary,
    pub numbering: &'a Numbering,
    pub deadlines: &'a DeadlineGrammar,
    pub meta_patterns: &'a MetaPatterns,
    /// The plan's year, once the front matter is read: month-day deadlines resolve against it.
    pub year: Option<i32>,
    /// Units already read from a text in this document: a table repeats its unit cells
    /// (`区政府各部门` on row after row), and reading one costs more than looking it up.
    pub units_read: RefCell<HashMap<UnitsKey, Vec<UnitMatch>>>,
    /// Assignment clauses already found in a (folded) text of this document: the passes that
    /// decide the plan's mode, its notice and its tasks each look at the same paragraphs.
    clauses_found: RefCell<HashMap<String, Vec<assign::Clause>>>,
    /// Deadlines already found in a (folded) text of this document, by how it was read and
    /// the year it was read in: a table's 时限 cells repeat (`2026年底前` row after row), and
    /// the passes that find a plan's tasks read the same paragraphs again.
    deadlines_found: RefCell<HashMap<DeadlineKey, Vec<DeadlineMatch>>>,
}

impl Ctx<'_> {
    /// The assignment clauses in a folded text ([`assign::find`]), found once per text.
    pub fn clauses(&self, folded: &str) -> Vec<assign::Clause> {
        remembered(&self.clauses_found, Cow::Borrowed(folded), || {
            assign::find(folded, self.vocab)
        })
    }

    /// Span of the clean byte range `start..end` of a text.
    pub fn span(&self, text: &Text, start: usize, end: usize) -> Span {
        let (s, e) = text.source_range(start, end);
        self.map.span(self.text, s, e)
    }

    /// Span of a whole text, surrounding white space left out.
    pub fn whole(&self, text: &Text) -> Span {
        let t = text.trimmed();
        self.span(&t, 0, t.len())
    }

    /// Deadlines in a text, with spans.
    pub fn deadlines_in(
        &self,
        text: &Text,
        mode: Mode,
        source: &DeadlineSource,
        inherited: bool,
    ) -> Vec<Deadline> {
        let folded = self.vocab.fold(text.as_str());
        let found = remembered(
            &self.deadlines_found,
            Cow::<DeadlineKey>::Owned((folded.to_string(), mode, self.year)),
            || self.deadlines.find(&folded, mode, self.year),
        );
        found
            .into_iter()
            .map(|m| Deadline {
                raw: text.as_str()[m.start..m.end].to_owned(),
                span: self.span(text, m.start, m.end),
                value: m.value,
                source: source.clone(),
                inherited,
            })
            .collect()
    }
}

impl Parser {
    /// A parser over the given vocabulary.
    pub fn new(vocab: Vocabulary) -> Parser {
        Parser {
            numbering: Numbering::new(),
            deadlines: DeadlineGrammar::new(&vocab.standing)
                .with_references(&vocab.reference_before, &vocab.reference_after)
                .with_completions(&vocab.completion_verbs)
                .with_targets(&vocab.target_words, &vocab.start_verbs),
            meta_patterns: MetaPatterns::new(&vocab.printed_suffix, &vocab.citation_lead_ins),
            vocab,
        }
    }

    /// A parser over the bundled vocabulary in `rules/plan/`.
    pub fn bundled() -> Result<Parser, vocab::VocabError> {
        Vocabulary::bundled().map(Parser::new)
    }

    /// The vocabulary this parser reads with.
    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocab
    }

    /// Read a decoded source into blocks, as the parser sees it.
    pub fn document(&self, source: &Source) -> Document {
        let hints = VocabHints {
            vocab: &self.vocab,
            deadlines: &self.deadlines,
            meta_patterns: &self.meta_patterns,
            memo: HintMemo::default(),
        };
        document::read(source, &hints, &self.numbering)
    }

    /// Parse a decoded source. Parsing never fails: text that holds no plan gives a plan with
    /// no tasks, classified as not a plan, which the checks then report.
    pub fn parse(&self, source: &Source) -> Plan {
        let doc = self.document(source);
        self.parse_document(source, &doc)
    }

    /// Parse a document already read into blocks.
    pub fn parse_document(&self, source: &Source, doc: &Document) -> Plan {
        let mut ctx = Ctx {
            text: &source.text,
            map: &source.map,
            vocab: &self.vocab,
            numbering: &self.numbering,
            deadlines: &self.deadlines,
            meta_patterns: &self.meta_patterns,
            year: None,
            units_read: RefCell::default(),
            clauses_found: RefCell::default(),
            deadlines_found: RefCell::default(),
        };
        let front = front::read(&ctx, doc);
        ctx.year = front.meta.year.as_ref().map(|y| y.value);
        let notice = front.notice(&ctx, doc);

        // sentence subjects assign tasks only in a plan, by its title, that states no
        // assignment any other way
        let by_title = classify::by_title(&ctx, &front.meta, doc);
        let grammar = (by_title != Some(false)).then(|| assignment_grammar(&ctx, doc, &front));
        let prose_only = grammar == Some(AssignmentGrammar::Prose);
        let first_mode = match (by_title == Some(true), prose_only) {
            (true, true) => ReadMode::Prose,
            (false, true) => ReadMode::Plain,
            (_, false) => ReadMode::Assignments,
        };
        let mut body = read_body(&ctx, doc, &front, first_mode);
        // a document with no title at all (a task list copied out of its table, a page that
        // lost its head) whose body assigns nothing: read as a plan in prose, it is one when
        // its numbered items are work to do. A title that names no kind of text (an 意见, a
        // 制度) says the text is not a plan made of tasks.
        let untitled = front.meta.title.is_none() && front.meta.plan_title.is_none();
        // a plan by its title that assigns a unit here and there (领导小组统筹推进 in its 工作要求)
        // but none of its work items: those items, read in prose, are its tasks
        if by_title == Some(true) && !prose_only {
            // (how many more tasks the prose reading must give to replace the one read)
            let gain = if body.tasks.is_empty() {
                Some(0)
            } else if side_table_only(&body) {
                // …or whose only assignments are a side table's row or two (an appended
                // form's `案件承办单位` column): its work items are its tasks when they are
                // more than such a table's rows
                Some(MIN_TABLE_TASKS_OVER_PROSE)
            } else if names_few_units(&body.tasks) {
                // …or a unit only here and there, its tasks a schedule's items (`九月份：`
                // `1、…`, due by their month) beside work items read only in prose: read so,
                // it lists more
                Some(1)
            } else if grammar == Some(AssignmentGrammar::PlainSubjects) {
                // …or whose only assignments are sentences' plain subjects (`（一）各村负责…`
                // under `三、责任分工` after `二、工作要点` that names none): read so, it lists
                // work items that name no unit, when they are more than a heading or two
                Some(MIN_PROSE_GAIN_OVER_SUBJECTS)
            } else {
                None
            };
            if let Some(gain) = gain {
                let tentative = read_body(&ctx, doc, &front, ReadMode::Prose);
                if tentative.tasks.len() >= body.tasks.len() + gain {
                    body = tentative;
                }
            } else {
                body = with_unassigned_parts(&ctx, doc, &front, body);
            }
        } else if untitled && !prose_only && !body.tasks.is_empty() {
            // (…and so may a page that lost its title)
            body = with_unassigned_parts(&ctx, doc, &front, body);
        }
        // a title ending in a word plans share with other texts (`体育局重点工作目标`) over items
        // that assign no unit: read in prose, it is a plan when most of its work items say by
        // when they are done (`4月底前签订办赛协议`)
        if by_title.is_none()
            && body.tasks.is_empty()
            && classify::weak_plan_title(&ctx, &front.meta, doc)
        {
            let tentative = read_body(&ctx, doc, &front, ReadMode::TentativeProse);
            if dates_most(&tentative.tasks) {
                body = tentative;
            }
        }
        let mut work_list = classify::WorkList::No;
        // a title naming no kind of text but a notice's (`XX县关于做好2021年防范…工作`,
        // `区政办全年防汛工作通知`) over items whose sentences give the work to units
        // (`全县中小学校要…`): a work notice, a plan in prose (other titles are not read again)
        let notice_titled = !untitled
            && by_title.is_none()
            && front
                .meta
                .title
                .as_ref()
                .is_some_and(|t| classify::titled_as_notice(&ctx, &t.value));
        // (its items, read plainly, name no unit either: prose only means no clause does)
        if (untitled || notice_titled)
            && prose_only
            && body.tasks.iter().all(|t| t.units.is_empty())
        {
            let tentative = read_body(&ctx, doc, &front, ReadMode::TentativeProse);
            if notice_titled {
                if let Some(list) = classify::assigned_in_prose(
                    &ctx,
                    doc,
                    &tentative.sections.list,
                    &tentative.tasks,
                ) {
                    body = tentative;
                    work_list = list;
                } else if front
                    .meta
                    .title
                    .as_ref()
                    .is_some_and(|t| classify::titled_as_task_notice(&ctx, &t.value))
                    && classify::reads_as_work_list(&ctx, &body.sections.list, &tentative.tasks)
                {
                    // …or one handing down tasks (`关于进一步落实…工作任务的通知`), its numbered
                    // items work to do whether or not they name units (its addressees do it)
                    body = tentative;
                    work_list = classify::WorkList::TaskNotice;
                } else if front.meta.title.as_ref().is_some_and(|t| {
                    classify::reads_as_work_notice(
                        &ctx,
                        doc,
                        &t.value,
                        &front.meta.addressees,
                        &body.sections.list,
                        &tentative.tasks,
                    )
                }) {
                    // …or one giving out the work its items list (`现将有关事项通知如下：`
                    // over `一、抓紧做好…` `各相关单位要…`), its addressees doing it
                    body = tentative;
                    work_list = classify::WorkList::WorkNotice;
                }
            } else if !tentative.tasks.is_empty() && !classify::introduces_mandate(&ctx, doc) {
                // …and so is one that opens as plans open (`一、指导思想`), whatever its items say
                // (…or that says its year's tasks follow, `…工作的主要任务是：`)
                let opening = classify::plan_opening(&ctx, doc, &body.sections.list)
                    .or_else(|| classify::states_main_tasks(&ctx, doc));
                if classify::interprets_another_text(&ctx, doc) {
                    // (an interpretation's headings are the explained text's parts)
                } else if let Some(heading) = opening {
                    body = tentative;
                    work_list = classify::WorkList::OpensAsPlan(heading);
                } else if !classify::is_speech(&ctx, doc)
                    && !classify::reports_a_speech(&ctx, doc)
                    && !classify::reports_a_practice(&ctx, doc)
                    && !classify::reports_a_plan_made(&ctx, doc, &front.meta)
                    && !classify::reports_news(&ctx, doc, &front.meta)
                    && classify::reads_as_work_list(&ctx, &body.sections.list, &tentative.tasks)
                {
                    body = tentative;
                    work_list = classify::WorkList::Items;
                }
            }
        }
        // a page with no title whose items give their work to units by their sentences'
        // subjects, with an assignment clause here and there (`（由区爱卫办…执行）` under one
        // of them): read in prose, it lists far more work that names its units
        if untitled && !prose_only && work_list == classify::WorkList::No {
            let tentative = read_body(&ctx, doc, &front, ReadMode::TentativeProse);
            if let Some(classify::WorkList::AssignedInProse { assigned }) =
                classify::assigned_in_prose(&ctx, doc, &tentative.sections.list, &tentative.tasks)
            {
                let by_clauses = body.tasks.iter().filter(|t| !t.units.is_empty()).count();
                if assigned >= by_clauses * PROSE_OVER_ASIDES {
                    body = tentative;
                    work_list = classify::WorkList::AssignedInProse { assigned };
                }
            }
        }
        let Body {
            sections,
            mut tasks,
            table_tasks,
        } = body;
        // an item the text ends inside (a copy cut at a length) is what the cut left of one
        let mut meta = front.meta;
        meta.cut_off = cut_off::mark_cut_item(doc, &mut tasks);
        let paragraph_tasks = tasks.len() - table_tasks;
        apply_lead_convention(&ctx, doc, &mut tasks);
        for (k, t) in tasks.iter_mut().enumerate() {
            t.index = k + 1;
        }
        let mut dialects: Vec<String> = Vec::new();
        for b in &doc.blocks {
            if let document::Block::Table(t) = b {
                if !dialects.iter().any(|d| d == t.dialect) {
                    dialects.push(t.dialect.to_owned());
                }
            }
        }
        let layout = match (table_tasks > 0, paragraph_tasks > 0) {
            (true, true) => Layout::Mixed,
            (true, false) => Layout::Table,
            (false, true) => Layout::Paragraphs,
            (false, false) => Layout::Unknown,
        };
        let kind = classify::classify(
            &ctx,
            doc,
            &meta,
            &sections.list,
            &tasks,
            table_tasks,
            work_list,
        );
        if !kind.is_plan() {
            tasks.clear();
        }
        let layout = if tasks.is_empty() {
            Layout::Unknown
        } else {
            layout
        };
        Plan {
            path: source.path.display().to_string(),
            encoding: source.encoding,
            kind,
            layout,
            dialects,
            meta,
            notice,
            sections: sections.list,
            tasks,
        }
    }
}

/// A plan read from text as a `.txt` file holding it would be, with the bundled vocabulary:
/// what the parser's unit tests read.
#[cfg(test)]
pub(crate) fn parse_text(text: &str) -> Plan {
    parse_as("plan.txt", text)
}

/// A plan read from a web page as a `.html` file holding it would be: what the parser's unit
/// tests of pages read.
#[cfg(test)]
pub(crate) fn parse_html(page: &str) -> Plan {
    parse_as("plan.html", page)
}

/// A plan read from `text` as a file named `name` holding it (its extension picks the format).
#[cfg(test)]
fn parse_as(name: &str, text: &str) -> Plan {
    let parser = Parser::bundled().expect("bundled vocabulary");
    let source =
        crate::ingest::decode(std::path::Path::new(name), text.as_bytes()).expect("text decodes");
    parser.parse(&source)
}

/// What the body of a document gives, before it is classified.
struct Body {
    sections: Sections,
    tasks: Vec<model::Task>,
    /// How many of the tasks come from task tables.
    table_tasks: usize,
}

/// How much of a line opening a plan's first sentence is read for its opener (`2020年是`,
/// `为深入贯彻`): longer than any opener.
const PREAMBLE_HEAD_CHARS: usize = 12;

/// Whether fewer than one task in [`paragraphs::PROSE_ASSIGNED_SHARE_INVERSE`] names a unit:
/// the plan's explicit assignments are asides, and it assigns its work in prose if at all.
fn names_few_units(tasks: &[model::Task]) -> bool {
    let with_units = tasks.iter().filter(|t| !t.units.is_empty()).count();
    with_units * paragraphs::PROSE_ASSIGNED_SHARE_INVERSE < tasks.len()
}

/// How many times the tasks its assignments give a plan's prose reading must list to be read
/// instead: the work of parts that assign nothing, not a stray sentence or two.
const PROSE_OVER_ASSIGNED_PARTS: usize = 2;

/// The body of a plan whose assignments cover only some of its parts (a `责任处室：` line
/// closing one part's items, none under the others'): read in prose, when it lists at least
/// [`PROSE_OVER_ASSIGNED_PARTS`] times the tasks and keeps every assigned one as read; as read
/// otherwise. A body whose every task is a task table's row gains, read so, the numbered items
/// before the table when at least [`MIN_ITEMS_BEFORE_TABLE`] of them, and most, name their
/// units (a duty table attached to items assigning in their sentences, `由区交通建设局牵头…`);
/// the rows stay as read either way.
fn with_unassigned_parts(
    ctx: &Ctx,
    doc: &Document,
    front: &front::FrontMatter,
    body: Body,
) -> Body {
    // (the prose reading lists the numbered items: with fewer than twice the tasks there are
    // none it could add enough of, and the text is not read again)
    let numbered = block_marks(ctx, doc, front).iter().flatten().count();
    let only_tables = body.table_tasks > 0 && body.table_tasks == body.tasks.len();
    if only_tables {
        if numbered < MIN_ITEMS_BEFORE_TABLE {
            return body;
        }
    } else if body.table_tasks > 0 || numbered < body.tasks.len() * PROSE_OVER_ASSIGNED_PARTS {
        return body;
    }
    let tentative = read_body(ctx, doc, front, ReadMode::Prose);
    // (an unnumbered line naming a unit above the whole list, a form's head `管理部门：…
    // 目标任务分解表（林业局）`, is no task of the list the prose reading finds)
    let first_read = tentative.tasks.iter().map(|t| t.span.start).min();
    let listed = body
        .tasks
        .iter()
        .filter(|t| t.number.is_some() || first_read.is_none_or(|first| t.span.start > first));
    if !keeps_every_task(listed, &tentative.tasks) {
        return body;
    }
    let gains = if only_tables {
        let first_row = body.tasks.iter().map(|t| t.span.start).min().unwrap_or(0);
        let rows: std::collections::HashSet<usize> =
            body.tasks.iter().map(|t| t.span.start).collect();
        let added: Vec<&model::Task> = tentative
            .tasks
            .iter()
            .filter(|t| !rows.contains(&t.span.start))
            .collect();
        let assigned = added.iter().filter(|t| !t.units.is_empty()).count();
        added.len() >= MIN_ITEMS_BEFORE_TABLE
            && added.iter().all(|t| t.span.start < first_row)
            && (assigned * 2 > added.len()
                || plan_items_before_attached_table(doc, front, added.iter().copied(), &body.tasks))
    } else {
        tentative.tasks.len() >= body.tasks.len() * PROSE_OVER_ASSIGNED_PARTS
    };
    if gains {
        tentative
    } else {
        body
    }
}

/// Numbered items a plan whose tasks are all a table's rows must gain before the table, read
/// in prose, for that reading to be kept: one or two are a notice's requirements.
const MIN_ITEMS_BEFORE_TABLE: usize = 3;

/// Whether items read in prose are the plan's own work items with a task table attached after
/// them (`25.培育安全文化。…` then `附件:…工作计划表`): they all follow the plan's title (a
/// cover notice's requirements come before it), an attachment's heading stands between the
/// last of them and the table's first row, and the rows do not state most of them again
/// ([`breaks_down`]). The attachment is a list of its own (a schedule, a breakdown by unit),
/// so both are the plan's tasks though the items name no units.
fn plan_items_before_attached_table<'a>(
    doc: &Document,
    front: &front::FrontMatter,
    items: impl IntoIterator<Item = &'a model::Task> + Clone,
    rows: &[model::Task],
) -> bool {
    let Some(title_end) = front.meta.shown_title().map(|t| t.span.end) else {
        return false;
    };
    let starts = || items.clone().into_iter().map(|t| t.span.start);
    let (Some(last_item), Some(first_row)) =
        (starts().max(), rows.iter().map(|t| t.span.start).min())
    else {
        return false;
    };
    starts().all(|at| at >= title_end)
        && !breaks_down(items.clone(), rows)
        && doc.blocks.iter().any(|b| match b {
            document::Block::Paragraph(p) if p.region == document::Region::Body => {
                (last_item..first_row).contains(&p.text.origin())
                    && document::reflow::attachment_label_len(p.text.as_str().trim_start())
                        .is_some()
            }
            _ => false,
        })
}

/// Whether every task of `read` is among `other`'s, starting where it starts, with the same
/// units.
fn keeps_every_task<'t>(
    read: impl IntoIterator<Item = &'t model::Task>,
    other: &[model::Task],
) -> bool {
    let mut by_start: HashMap<usize, Vec<&model::Task>> = HashMap::new();
    for o in other {
        by_start.entry(o.span.start).or_default().push(o);
    }
    read.into_iter().all(|t| {
        by_start.get(&t.span.start).is_some_and(|found| {
            found.iter().any(|o| {
                o.units.len() == t.units.len()
                    && o.units
                        .iter()
                        .zip(&t.units)
                        .all(|(a, b)| a.name == b.name && a.role == b.role)
            })
        })
    })
}

/// Whether every task read comes from tables and they give fewer rows than a task table
/// over prose must ([`MIN_TABLE_TASKS_OVER_PROSE`]): a side table, the plan's work is elsewhere.
fn side_table_only(body: &Body) -> bool {
    !body.tasks.is_empty()
        && body.table_tasks == body.tasks.len()
        && body.table_tasks < MIN_TABLE_TASKS_OVER_PROSE
}

/// How many times more items, read in prose, must name their units than name them by a
/// page's assignment clauses for the prose to be how the page assigns: fewer, and the clauses
/// are its way and the prose subjects incidental.
const PROSE_OVER_ASIDES: usize = 3;

/// Fewest work items with a time limit that make a text under a title shared by plans and
/// other texts a plan: one or two dates are as likely a notice's or a report's.
const MIN_DATED_WORK_ITEMS: usize = 3;

/// Whether at least [`MIN_DATED_WORK_ITEMS`] tasks, and more than half of them, state a time.
fn dates_most(tasks: &[model::Task]) -> bool {
    let dated = tasks.iter().filter(|t| !t.deadlines.is_empty()).count();
    dated >= MIN_DATED_WORK_ITEMS && dated * 2 > tasks.len()
}

/// The paragraphs (by block) that open with a list's number printed without its stop
/// (`2围绕…`, `3:定期…`), in sequence with the list around them.
fn loose_numbers(
    ctx: &Ctx,
    doc: &Document,
    front: &front::FrontMatter,
    numbers: &[Option<document::NumberMark>],
) -> HashMap<usize, document::NumberMark> {
    use document::numbering::{accept_loose, loose_at_start, Opening};
    let mut blocks = Vec::new();
    let mut openings = Vec::new();
    let mut marks = Vec::new();
    // whether the paragraph before ended its sentence: a figure run into a number's stop
    // (`2.50个小区…`) opens an item only then, not where a wrapped line goes on (`…培训城乡劳动者`
    // `2.3万人次`)
    let mut after_sentence = true;
    for (i, block) in doc.blocks.iter().enumerate() {
        let document::Block::Paragraph(p) = block else {
            after_sentence = true;
            continue;
        };
        if front.consumed[i] {
            continue;
        }
        let text = p.text.trimmed();
        let raw = text.as_str();
        let (opening, loose) = match &numbers[i] {
            Some(m) => (Opening::Mark(m.style, m.value), None),
            // (a digit first: most paragraphs are ruled out before folding)
            None if raw.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c)) => {
                match loose_at_start(&ctx.vocab.fold(raw)) {
                    Some(m) if after_sentence || !m.label.ends_with(['.', '．']) => {
                        (Opening::Loose(m.value), Some(m))
                    }
                    _ => (Opening::Text, None),
                }
            }
            None => (Opening::Text, None),
        };
        after_sentence = raw.ends_with(['。', '；', ';', '！', '？', '）', ')', '：', ':']);
        blocks.push(i);
        openings.push(opening);
        marks.push(loose);
    }
    let accepted = accept_loose(&openings);
    blocks
        .into_iter()
        .zip(marks)
        .zip(accepted)
        .filter_map(|((i, m), ok)| Some((i, m.filter(|_| ok)?)))
        .collect()
}

/// The number each paragraph after the front matter opens with (by block; `None` for a table,
/// the front matter and unnumbered text): read once for the passes that look ahead of the
/// reader.
fn block_marks(
    ctx: &Ctx,
    doc: &Document,
    front: &front::FrontMatter,
) -> Vec<Option<document::NumberMark>> {
    doc.blocks
        .iter()
        .enumerate()
        .map(|(i, block)| match block {
            document::Block::Paragraph(p) if !front.consumed[i] => {
                ctx.numbering.at_start(p.text.trimmed().as_str())
            }
            _ => None,
        })
        .collect()
}

/// Read the blocks after the front matter into sections and tasks, in `mode`.
fn read_body(ctx: &Ctx, doc: &Document, front: &front::FrontMatter, mode: ReadMode) -> Body {
    let mut sections = Sections::default();
    let mut tasks = Vec::new();
    let mut table_tasks = 0;
    // where the first task table's tasks begin among the tasks
    let mut first_table_at: Option<usize> = None;
    let mut reader = paragraphs::Reader::new(ctx, front, mode);
    let marks = block_marks(ctx, doc, front);
    reader.set_loose_numbers(loose_numbers(ctx, doc, front, &marks));
    reader.set_template_parts(facets::template_parts(ctx, doc, &marks));
    reader.set_unit_cells(paragraphs::unit_cells(ctx, doc, front, &marks));
    reader.set_stages(paragraphs::stage_paragraphs(doc, front, &marks));
    let last_block = doc.blocks.iter().rposition(|b| match b {
        document::Block::Paragraph(p) => !p.text.is_blank(),
        document::Block::Table(_) => true,
    });
    reader.set_last_block(last_block);
    let mut tables_seen = tables::TableContext::default();
    for (i, block) in doc.blocks.iter().enumerate() {
        if front.consumed[i] {
            if let document::Block::Paragraph(p) = block {
                reader.note_front(p);
            }
            continue;
        }
        match block {
            document::Block::Paragraph(p) => reader.push(i, p, &mut sections),
            document::Block::Table(t) => {
                reader.flush(&mut sections, &mut tasks);
                tables_seen.set_ends_text(last_block == Some(i));
                match tables::read(ctx, t, &mut tables_seen, &mut sections) {
                    tables::Read::Tasks(found) => {
                        if first_table_at.is_none() && !found.is_empty() {
                            first_table_at = Some(tasks.len());
                        }
                        table_tasks += found.len();
                        tasks.extend(found);
                    }
                    tables::Read::NotATaskTable(paragraphs) => {
                        for p in &paragraphs {
                            reader.push(i, p, &mut sections);
                        }
                    }
                }
            }
        }
    }
    reader.flush(&mut sections, &mut tasks);
    // a plan that tabulates its tasks states them in the table: numbered paragraphs before
    // it (the body the table breaks down, the notice's instructions) are not tasks again
    if let Some(at) = first_table_at.filter(|&at| {
        at > 0
            && table_tasks >= MIN_TABLE_TASKS_OVER_PROSE
            && table_tasks * TABLE_OVER_PROSE_RATIO >= at
    }) {
        // (…unless most of them state their own units and none is a row of the table again:
        // `（一）印发贯彻实施方案。…（完成时间：…；责任单位：市住建局）` before a table of other work;
        // or they are the plan's own items and the table is attached after them)
        // (…not when the rows state most of them again: the table breaks them down)
        let (items, rows) = tasks.split_at(at);
        if !assigns_other_work(items, rows)
            && !plan_items_before_attached_table(doc, front, items, rows)
        {
            tasks.drain(..at);
        }
    }
    Body {
        sections,
        tasks,
        table_tasks,
    }
}

/// Tasks the prose reading of a plan assigning only by its sentences' plain subjects must add
/// before it is taken: one more may be a heading over duty items (`三、区财政局牵头工作（2项）`).
const MIN_PROSE_GAIN_OVER_SUBJECTS: usize = 2;

/// Characters of a task's text that, found in a table row's, say the row states that task
/// again: enough to tell two items of work apart.
const RESTATED_HEAD_CHARS: usize = 6;

/// Whether numbered paragraphs before a task table are work of their own: most of them state
/// their own units, and none opens as one of the table's rows does.
fn assigns_other_work(paragraphs: &[model::Task], rows: &[model::Task]) -> bool {
    let assigned = paragraphs
        .iter()
        .filter(|t| t.units.iter().any(|u| !u.inherited))
        .count();
    assigned * 2 > paragraphs.len() && restated(paragraphs, rows) == 0
}

/// How many of the numbered paragraphs before a table a row states again: it holds the
/// paragraph's opening ([`RESTATED_HEAD_CHARS`]).
fn restated<'a>(
    paragraphs: impl IntoIterator<Item = &'a model::Task>,
    rows: &[model::Task],
) -> usize {
    paragraphs
        .into_iter()
        .filter(|p| {
            let head: String = p.text.value.chars().take(RESTATED_HEAD_CHARS).collect();
            !head.is_empty() && rows.iter().any(|r| r.text.value.contains(&head))
        })
        .count()
}

/// Whether a table breaks the items before it down: its rows state most of them again (one
/// row sharing an item's words, `安全生产治本攻坚三年行动`, is a schedule's entry for it).
fn breaks_down<'a>(
    items: impl IntoIterator<Item = &'a model::Task> + Clone,
    rows: &[model::Task],
) -> bool {
    restated(items.clone(), rows) * 2 > items.into_iter().count()
}

/// Task rows a table must give before the numbered paragraphs above it are taken for the body
/// the table breaks down: one or two rows may be a side table.
const MIN_TABLE_TASKS_OVER_PROSE: usize = 3;
/// How many paragraph tasks above a task table may be set aside per table task: a body that
/// lists twice as many items as the table has rows is a plan of its own with a table beside it.
const TABLE_OVER_PROSE_RATIO: usize = 2;

/// The reading hints the document layer asks for, answered from the vocabulary.
pub(crate) struct VocabHints<'a> {
    vocab: &'a Vocabulary,
    deadlines: &'a DeadlineGrammar,
    meta_patterns: &'a MetaPatterns,
    /// Answers already given for this document: the dialects ask about the same cells again
    /// as each one tries the lines after a candidate header.
    memo: HintMemo,
}

/// One document's remembered answers, by the text asked about.
#[derive(Default)]
struct HintMemo {
    roles: RefCell<HashMap<String, Option<ColumnRole>>>,
    units: RefCell<HashMap<String, bool>>,
    deadline: RefCell<HashMap<String, bool>>,
}

/// The remembered answer for `key`, or `f`'s, remembered: the one memo of a document's
/// reading (clauses, units and deadlines of a text; the hints tables ask about cells). A key
/// borrowed from the text is copied only when it is new; an owned one is moved in.
pub(crate) fn remembered<Q, V>(
    memo: &RefCell<HashMap<Q::Owned, V>>,
    key: Cow<'_, Q>,
    f: impl FnOnce() -> V,
) -> V
where
    Q: ToOwned + std::hash::Hash + Eq + ?Sized,
    Q::Owned: std::hash::Hash + Eq,
    V: Clone,
{
    if let Some(v) = memo.borrow().get(key.as_ref()) {
        return v.clone();
    }
    let v = f();
    memo.borrow_mut().insert(key.into_owned(), v.clone());
    v
}

impl Ctx<'_> {
    /// Hints for reading tables, from this parser's vocabulary.
    pub fn hints(&self) -> VocabHints<'_> {
        VocabHints {
            vocab: self.vocab,
            deadlines: self.deadlines,
            meta_patterns: self.meta_patterns,
            memo: HintMemo::default(),
        }
    }
}

/// How a plan says which of a task's units leads when it names none (`列第一位为牵头单位`,
/// `逗号前为牵头单位`, stated once, 下同).
#[derive(Clone, Copy)]
enum LeadConvention {
    /// The unit listed first leads.
    First,
    /// The units before the first comma lead; all of them when there is no comma.
    BeforeComma,
}

/// Fewest units of a task among which one marked alone (`区农业农村委*、区发改委`) leads without
/// a note saying what the mark means: alone, a starred unit may be rated.
const MIN_UNITS_FOR_UNNOTED_MARK: usize = 2;
/// Longest bracketed other name after a unit's name, brackets included (`(管委会)`,
/// `（市文明办）` are 11 and 17 bytes; `（县政府办公室、市场监管局）` is a list, not a gloss).
const MAX_NAME_GLOSS_BYTES: usize = 30;

/// Apply the plan's lead convention, if it states one, to each task whose units name no lead.
fn apply_lead_convention(ctx: &Ctx, doc: &Document, tasks: &mut [model::Task]) {
    let v = ctx.vocab;
    // a mark after a name says it leads where a note says so (`加*号为牵头部门`: a star may
    // be a rating), or where it marks one unit alone among several of a task (`区农业农村委*、
    // 区发改委、区交通委`: a page may cut the note off) and no note gives it another meaning
    // (`加*号的为新增单位`); a mark before one (`▲发改局`) leads with
    // or without the note; a unit a 配合 label or word gives to cooperate stays as it is
    let marks_after = v.lead_mark_notes.iter().any(|m| m.is_match(ctx.text));
    let noted_otherwise = !marks_after && v.mark_notes.iter().any(|m| m.is_match(ctx.text));
    for t in tasks.iter_mut() {
        let open = |u: &model::Unit| !u.inherited && u.role == model::UnitRole::Responsible;
        let marks = |u: &model::Unit| {
            let mut rest = ctx.text.get(u.span.end..).unwrap_or("").chars();
            let first = rest.next().is_some_and(|c| units::LEAD_MARKS.contains(&c));
            (
                first,
                rest.next().is_some_and(|c| units::LEAD_MARKS.contains(&c)),
            )
        };
        let marked_after = |u: &model::Unit| marks(u).0;
        // (with no note only a single mark: `★★★` rates)
        let marked_once = |u: &model::Unit| marks(u) == (true, false);
        let marked_before = |u: &model::Unit| {
            ctx.text
                .get(..u.span.start)
                .and_then(|b| b.trim_end_matches(document::is_space).chars().next_back())
                .is_some_and(|c| units::LEAD_PREFIX_MARKS.contains(&c))
        };
        let starred = t.units.iter().filter(|u| marked_after(u)).count();
        let one_of_several =
            !noted_otherwise && starred == 1 && t.units.len() >= MIN_UNITS_FOR_UNNOTED_MARK;
        for u in t.units.iter_mut() {
            let leads = marks_after && marked_after(u)
                || one_of_several && marked_once(u)
                || marked_before(u);
            if open(u) && leads {
                u.role = model::UnitRole::Lead;
            }
        }
    }
    let stated = doc.blocks.iter().find_map(|b| match b {
        document::Block::Paragraph(p) => {
            let t = v.fold(p.text.as_str());
            let says = |markers: &[regex::Regex]| markers.iter().any(|m| m.is_match(&t));
            if says(&v.lead_first_markers) {
                Some(LeadConvention::First)
            } else if says(&v.lead_before_comma_markers) {
                Some(LeadConvention::BeforeComma)
            } else {
                None
            }
        }
        document::Block::Table(_) => None,
    });
    let Some(convention) = stated else {
        return;
    };
    for t in tasks {
        if t.units.iter().any(|u| u.role == model::UnitRole::Lead) {
            continue;
        }
        let mut own: Vec<usize> = (0..t.units.len())
            .filter(|&k| t.units[k].role == model::UnitRole::Responsible && !t.units[k].inherited)
            .collect();
        own.sort_by_key(|&k| t.units[k].span.start);
        let leads = match convention {
            LeadConvention::First => own.len().min(1),
            LeadConvention::BeforeComma => own
                .windows(2)
                .position(|w| {
                    let between = ctx
                        .text
                        .get(t.units[w[0]].span.end..t.units[w[1]].span.start)
                        .unwrap_or("");
                    between.contains(['，', ','])
                })
                .map_or(own.len(), |k| k + 1),
        };
        for &k in &own[..leads] {
            t.units[k].role = model::UnitRole::Lead;
        }
    }
}

impl VocabHints<'_> {
    /// Whether a cell reads as a time limit: most of it is one.
    fn reads_as_deadline(&self, text: &str) -> bool {
        let folded = self.vocab.fold(text);
        let t = folded.trim_matches(document::is_space);
        if t.is_empty() || t.chars().count() > deadlines::MAX_DEADLINE_CELL_CHARS {
            return false;
        }
        let found = self.deadlines.find(t, Mode::Cell, None);
        let covered: usize = found
            .iter()
            .map(|m| t[m.start..m.end].chars().count())
            .sum();
        // most of the cell is the time limit (`2021年底前`, `持续推进`, `每季度`)
        covered * 2 >= t.chars().count()
    }
}

/// How a document's body states its assignments, from the grammar of prose up: what the
/// first reading of a plan goes by, and whether its prose is worth a second reading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AssignmentGrammar {
    /// Only in prose: a later sentence's 由X牵头, or a numbered item's units that are to do
    /// it (`1.县水利局要做好…`).
    Prose,
    /// At most by sentences' plain subjects besides (`各村负责…`, `由县水利局牵头`).
    PlainSubjects,
    /// By a table, or by an assignment clause (parenthetical, labelled field, unit statement)
    /// in some paragraph of its body.
    Stated,
}

/// How a document states its assignments: the strongest grammar any of its body's paragraphs
/// uses (one pass, stopping at the first table or stated clause).
fn assignment_grammar(ctx: &Ctx, doc: &Document, front: &front::FrontMatter) -> AssignmentGrammar {
    let mut grammar = AssignmentGrammar::Prose;
    for (i, b) in doc.blocks.iter().enumerate() {
        let p = match b {
            document::Block::Table(_) => return AssignmentGrammar::Stated,
            document::Block::Paragraph(_) if front.consumed[i] => continue,
            document::Block::Paragraph(p) => p,
        };
        let folded = ctx
            .vocab
            .fold(p.text.as_str().trim_matches(document::is_space));
        for c in ctx.clauses(&folded).iter().filter(|c| c.names_units) {
            match c.kind {
                ClauseKind::Leading | ClauseKind::Prose { strong: false, .. } => {}
                ClauseKind::Prose { strong: true, .. } => {
                    grammar = AssignmentGrammar::PlainSubjects;
                }
                _ => return AssignmentGrammar::Stated,
            }
        }
    }
    grammar
}

/// How far into the text after a `关于…的X` title a word about it may stand (`政策解读`).
const ABOUT_WORD_REACH_CHARS: usize = 2;

impl Hints for VocabHints<'_> {
    fn column_role(&self, header: &str) -> Option<ColumnRole> {
        remembered(&self.memo.roles, Cow::Borrowed(header), || {
            self.vocab.column_role(header)
        })
    }

    fn looks_like_units(&self, text: &str) -> bool {
        remembered(&self.memo.units, Cow::Borrowed(text), || {
            units::looks_like_units(&self.vocab.fold(text), self.vocab)
        })
    }

    fn looks_like_deadline(&self, text: &str) -> bool {
        remembered(&self.memo.deadline, Cow::Borrowed(text), || {
            self.reads_as_deadline(text)
        })
    }

    fn is_organ_suffix(&self, c: char) -> bool {
        self.vocab.unit_suffixes.contains(&c)
    }

    fn is_surname(&self, c: char) -> bool {
        self.vocab.person_surnames.contains(&c)
    }

    fn ends_assignment(&self, text: &str) -> bool {
        // (a list of names closed by 等 ends as its last name does: `区水务局、相关镇街等`)
        let text = text.strip_suffix('等').unwrap_or(text);
        // (…and a name with its bracketed other name, `各区(市)县政府(管委会)`, as the name)
        if let Some(name) = text
            .strip_suffix([')', '）'])
            .and_then(|t| t.rfind(['(', '（']).map(|open| &t[..open]))
            .filter(|name| text.len() - name.len() <= MAX_NAME_GLOSS_BYTES && !name.is_empty())
        {
            if self.ends_assignment(name) {
                return true;
            }
        }
        text.chars()
            .next_back()
            .is_some_and(|c| self.is_organ_suffix(c))
            || self
                .vocab
                .unit_endings
                .iter()
                .any(|w| text.ends_with(w.as_str()))
            || self
                .vocab
                .lead_markers
                .iter()
                .chain(&self.vocab.cooperating_markers)
                .chain(&self.vocab.tail_markers)
                .any(|w| w.chars().count() > 1 && text.ends_with(w.as_str()))
    }

    fn opens_unit_name(&self, c: char) -> bool {
        self.vocab.opens_unit_name(c)
    }

    fn is_label(&self, text: &str) -> bool {
        let folded = self.vocab.fold(text);
        let t = folded.trim_matches(document::is_space);
        // (the whole text is the label: `牵头单位为县政府办公室` holds its value)
        units::labels(&format!("{t}："), self.vocab)
            .first()
            .is_some_and(|l| l.at == 0 && l.value == t.len() + '：'.len_utf8())
    }

    fn opens_duties(&self, text: &str) -> bool {
        text.starts_with(assign::DUTY_OPENER)
    }

    fn ends_with_plan_word(&self, text: &str) -> bool {
        let folded = self.vocab.fold(text);
        let g = &self.vocab.genres;
        // what a site appends to a title (a year, 范文, a count) does not hide its word
        let core = classify::title_core(&folded, &g.title_tails);
        g.plan
            .iter()
            .chain(g.plan_weak.iter())
            .any(|w| core.ends_with(w.as_str()))
    }

    fn opens_about_word(&self, text: &str) -> bool {
        let folded = self.vocab.fold(text);
        let about = &self.vocab.genres.about_words;
        // (政策解读 opens with 政策 before the word)
        about.iter().any(|w| {
            folded
                .find(w.as_str())
                .is_some_and(|at| folded[..at].chars().count() <= ABOUT_WORD_REACH_CHARS)
        })
    }

    fn opens_preamble(&self, text: &str) -> bool {
        // only its first words matter: the rest may be a whole page run together
        let head = text
            .char_indices()
            .nth(PREAMBLE_HEAD_CHARS)
            .map_or(text, |(at, _)| &text[..at]);
        let folded = self.vocab.fold(head);
        // a year and what it is (2020年是…, 2024年，…), or a model text's masked year (`xxxx
        // 年,全县…`, `20xx年是…`)
        let digits = folded
            .chars()
            .take_while(|c| c.is_ascii_digit() || matches!(c, 'x' | 'X'))
            .count();
        let after_year = (digits == 4)
            .then(|| {
                folded[digits..]
                    .trim_start_matches(document::is_space)
                    .strip_prefix('年')
            })
            .flatten()
            .is_some_and(|rest| rest.starts_with(['是', '，', ',']));
        after_year
            || self
                .vocab
                .preamble_openers
                .iter()
                .any(|w| folded.starts_with(w.as_str()))
    }

    fn column_names(&self) -> &[String] {
        &self.vocab.column_names
    }

    fn whole_column_names(&self) -> &[String] {
        &self.vocab.whole_column_names
    }

    fn unit_runs(&self, text: &str, lexicon: &document::Lexicon) -> Vec<document::UnitRun> {
        let folded = self.vocab.fold(text);
        units::unit_runs(&folded, self.vocab, lexicon)
    }

    fn ends_table(&self, line: &str) -> bool {
        let t = line.trim_matches(document::is_space);
        self.vocab
            .table_end
            .iter()
            .any(|w| t.starts_with(w.as_str()))
            || self.meta_patterns.date_line(t).is_some()
            || self.vocab.is_chrome(t)
    }
}

/// Section headings seen so far and the current path through them.
#[derive(Debug, Default)]
pub(crate) struct Sections {
    pub list: Vec<Section>,
    path: Vec<usize>,
}

impl Sections {
    /// Enter a heading. A heading equal to the current one at its level (a page-break repeat,
    /// half- or full-width) is the same section.
    pub fn enter(
        &mut self,
        level: u8,
        style: Option<document::NumberStyle>,
        label: &str,
        number: Option<u32>,
        title: &str,
        span: Span,
    ) -> usize {
        let title_key = text::normalize(title)
            .trim_end_matches(['。', '.'])
            .to_owned();
        if let Some(&cur) = self
            .path
            .iter()
            .rev()
            .find(|&&i| self.list[i].level == level)
        {
            let s = &self.list[cur];
            if s.number == number && s.title == title_key {
                return cur;
            }
        }
        while self
            .path
            .last()
            .is_some_and(|&i| self.list[i].level >= level)
        {
            self.path.pop();
        }
        let index = self.list.len();
        self.list.push(Section {
            index,
            level,
            style,
            label: label.to_owned(),
            number,
            title: title_key,
            span,
            parent: self.path.last().copied(),
        });
        self.path.push(index);
        index
    }

    /// The innermost current section.
    pub fn current(&self) -> Option<usize> {
        self.path.last().copied()
    }

    /// Close the sections at `level` or deeper (an item at that level ends them) and return
    /// the innermost one left: the section a task at `level` stands in.
    pub fn enclosing(&mut self, level: u8) -> Option<usize> {
        while self
            .path
            .last()
            .is_some_and(|&i| self.list[i].level >= level)
        {
            self.path.pop();
        }
        self.current()
    }

    /// The level of the innermost current section.
    pub fn current_level(&self) -> Option<u8> {
        self.current().map(|i| self.list[i].level)
    }
}
