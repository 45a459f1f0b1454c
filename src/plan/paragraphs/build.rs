//! A task (or the tasks split off it) from an outline item's paragraphs: its text without
//! the assignment clauses, its units and time limits, and what it inherits from the
//! headings and shared assignment lines above it.

use crate::document::NumberStyle;
use crate::document::{is_space, Text};
use crate::ingest::Span;
use crate::plan::assign::{self, Clause, ClauseKind};
use crate::plan::deadlines::Mode;
use crate::plan::model::{Deadline, DeadlineSource, Located, Task, TaskNumber, Unit, UnitRole};
use crate::plan::outline::Outline;
use crate::plan::tables::{title_of, units_of};
use crate::plan::text::{after_sub_item_word, normalize, split_top_level};
use crate::plan::units::{labels, subject_units, LabelKind, Reading};
use crate::plan::Vocabulary;

use super::Reader;

/// Longest heading before the colon of an item that lists its sub-items after it
/// (`组织实施阶段（2026年4月6日至2026年4月30日）：`).
const MAX_STAGE_HEADING_CHARS: usize = 30;
/// Most characters of an item's heading before its own assignment (`推进产业升级。（牵头单位：
/// 县发改局）`): such a paragraph heads the item's work, it is no piece of work to split off.
const MAX_SPLIT_HEADING_CHARS: usize = 12;

/// Fewest clauses of one paragraph that each open with their own unit and duty word for the
/// paragraph to be a list of duties, a task per clause: two may be one piece of work shared
/// out (`县财政局负责资金保障；县审计局负责监督`).
const MIN_DUTY_CLAUSES: usize = 3;

/// Fewest sentences opening with their own time that make a schedule's paragraph a list of
/// steps: two may be one step and its follow-up (`6月底前完成…。9月底前验收。`).
const MIN_DATED_STEPS: usize = 3;

/// Fewest sub-items 一是/二是 opening paragraphs of their own for each to be a task: one alone
/// is no list.
const MIN_SUB_ITEM_PARAGRAPHS: usize = 2;

/// Fewest sub-items run on in one paragraph, each its own sentence and none naming units, for
/// each to be a task: two may be the halves of one piece of work.
const MIN_SENTENCE_SUB_ITEMS: usize = 3;

/// Longest sub-item, with its 一是 and the separator after it, that names a kind rather than
/// a piece of work (`一是增值税一般纳税人；`): work takes a verb and an object, and more words.
const MAX_KIND_SUB_ITEM_CHARS: usize = 16;

/// Where an item's paragraphs may list its duties a task per clause: from which paragraph
/// (after a numbered item's own heading), and whether general words may come first (under a
/// heading of duties, `三、职责分工`).
#[derive(Debug, Clone, Copy)]
struct DutyList {
    from: usize,
    after_words: bool,
    /// Whether a clause's units may be a plain subject (`安监部门要…`), not only a stated
    /// doer (`县委政法委负责…`): under a heading that says the item shares its work out.
    plain_subjects: bool,
}

/// Split pieces at sub-item starts (piece index, byte offset): the first group runs from the
/// first piece's start (the item's topic) to the second start, each later one from its start
/// to the next.
fn split_at(pieces: &[Piece], starts: &[(usize, usize)]) -> Vec<Vec<Piece>> {
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
    groups
}

/// The role of the sentence subject a piece's prose clause names at `at`, and whether the
/// sentence says plainly that they do the work.
fn prose_subject_at(piece: &Piece, at: usize) -> Option<(UnitRole, bool)> {
    piece.clauses.iter().find_map(|c| match c.kind {
        ClauseKind::Prose { role, strong } if c.start == at => Some((role, strong)),
        _ => None,
    })
}

/// Each clause of `body` between `seps`, white space before it skipped: where its words start
/// and the clause from there.
fn clause_openings<'b>(body: &'b str, seps: &[char]) -> impl Iterator<Item = (usize, &'b str)> {
    split_top_level(body, seps).into_iter().map(move |(a, b)| {
        let clause = &body[a..b];
        let words = clause.trim_start_matches(is_space);
        (a + clause.len() - words.len(), words)
    })
}

/// A stop or space between an assignment clause and the next sentence group's words.
fn is_sentence_stop(ch: char) -> bool {
    is_space(ch) || matches!(ch, '。' | '；' | ';' | '，' | ',')
}

/// What a task takes from the headings above it.
pub(super) struct Inherited {
    /// The units of a heading that only names units (a 责任清单).
    pub(super) units: Vec<Unit>,
    /// The units of an assignment line shared by sub-items: a sub-item's own units (由县住建局
    /// 负责…) stand instead.
    pub(super) fallback_units: Vec<Unit>,
    /// The time of a phase heading (（一）准备阶段（3月1日—3月28日）).
    pub(super) deadlines: Vec<Deadline>,
    /// The item stands right under a heading of duties (`五、责任分工`): its paragraph may
    /// share its work out clause by clause (`（一）区市场监管局牵头…。区市场监管局负责…。区经发局，
    /// 负责…`).
    pub(super) under_duties: bool,
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

impl Reader<'_, '_> {
    /// The units and time limits an item's shared assignment lines give each of its sub-items.
    pub(super) fn shared_assignment(
        &mut self,
        outline: &Outline,
        i: usize,
    ) -> (Vec<Unit>, Vec<Deadline>) {
        let mut units = Vec::new();
        let mut deadlines = Vec::new();
        let shared = match outline.items[i].parent {
            Some(parent) => outline.items[parent].shared.clone(),
            None => self
                .top_shared
                .iter()
                .filter(|(_, items)| items.contains(&i))
                .map(|&(p, _)| p)
                .collect(),
        };
        for &pi in &shared {
            let p_text = self.paras[pi].text.clone();
            let p_folded = self.paras[pi].folded.clone();
            let mut clauses = self.paras[pi].clauses.clone();
            clauses.extend(self.paras[pi].prose.iter().cloned());
            clauses.sort_by_key(|c| c.start);
            for c in &clauses {
                self.read_clause(&p_text, &p_folded, c, &mut units, &mut deadlines);
            }
        }
        if let Some(parent) = outline.items[i].parent.filter(|_| units.is_empty()) {
            if self.opens_with_duty(outline, i) {
                units = self.subject_of_heading(outline, parent);
            }
        }
        (units, deadlines)
    }

    /// Whether item `i` states a duty with no one to do it (`1.负责起草…`): its doer is the
    /// subject of the item it sits under.
    pub(super) fn opens_with_duty(&self, outline: &Outline, i: usize) -> bool {
        let item = &outline.items[i];
        let (Some(mark), Some(&head)) = (&item.mark, item.paragraphs.first()) else {
            return false;
        };
        self.paras[head].folded[mark.len..]
            .trim_start_matches(is_space)
            .starts_with(assign::DUTY_OPENER)
    }

    /// The clause a numbered heading's sentence opens with naming the units doing the work
    /// (`（一）区民政局作为主管部门总体负责…`, `（二）区劳动保障局、区卫生局等部门根据…做好…`).
    pub(super) fn heading_subject(&self, outline: &Outline, p: usize) -> Option<Clause> {
        let heading = &outline.items[p];
        let (Some(mark), Some(&head)) = (&heading.mark, heading.paragraphs.first()) else {
            return None;
        };
        let folded = &self.paras[head].folded;
        let body = &folded[mark.len..];
        let from = mark.len + (body.len() - body.trim_start_matches(is_space).len());
        assign::prose(folded, self.ctx.vocab, Some(mark.len))
            .into_iter()
            .next()
            .filter(|c| c.start == from)
    }

    /// The units of a heading's subject ([`Self::heading_subject`]): the doers of the duties
    /// listed under it.
    fn subject_of_heading(&mut self, outline: &Outline, p: usize) -> Vec<Unit> {
        let Some(subject) = self.heading_subject(outline, p) else {
            return Vec::new();
        };
        let Some(&head) = outline.items[p].paragraphs.first() else {
            return Vec::new();
        };
        let folded = self.paras[head].folded.clone();
        let text = self.paras[head].text.clone();
        let mut units = Vec::new();
        let mut deadlines = Vec::new();
        self.read_clause(&text, &folded, &subject, &mut units, &mut deadlines);
        units
    }

    /// The units a heading that only names units (`（一）市民政局`) gives the item under it.
    pub(super) fn heading_units(&mut self, outline: &Outline, i: usize) -> Vec<Unit> {
        // (a heading whose bracket leads the items under it gives its lead units — and, to an
        // item naming none of its own, all the units it names)
        if let Some(p) = outline.items[i]
            .parent
            .filter(|&p| outline.items[p].leads_children)
        {
            let all_roles = !outline.items[i]
                .paragraphs
                .iter()
                .any(|&k| self.paras[k].clauses.iter().any(|c| c.names_units));
            return self.heading_leads(outline, p, all_roles);
        }
        // (a unit heading that is a task itself, its duties in its paragraphs, gives its own)
        let own = Some(i).filter(|&i| outline.items[i].own_duties);
        let Some(p) = own.or(outline.items[i]
            .parent
            .filter(|&p| outline.items[p].unit_heading))
        else {
            return Vec::new();
        };
        let heading = &outline.items[p];
        let Some(&head) = heading.paragraphs.first() else {
            return Vec::new();
        };
        // (an unnumbered one, `业务部:`, starts at the line's start)
        let skip = heading.mark.as_ref().map_or(0, |m| m.len);
        let text = &self.paras[head].text;
        let folded = &self.paras[head].folded;
        // a heading that says its units lead (…牵头工作（8项）): the units and the marker only;
        // a colon closing it is none of its names
        // (…nor is a note of the day its work falls on: `县教育局（7月7日）`)
        let end = self.led_names_end(&folded[skip..]).map_or_else(
            || {
                let names =
                    folded.trim_end_matches(|c: char| is_space(c) || matches!(c, '：' | ':'));
                super::before_time_note(&names[skip.min(names.len())..]).len() + skip
            },
            |e| skip + e,
        );
        let names = text.slice(skip, end.max(skip));
        units_of(self.ctx, &names, UnitRole::Responsible, true, Reading::Cell)
    }

    /// The lead units of a heading's bracket (`（县委农办、县农业农村局牵头）`), or with `all_roles`
    /// every unit it names (`(牵头单位:区市场监管局,责任单位:区税务局)`).
    fn heading_leads(&mut self, outline: &Outline, p: usize, all_roles: bool) -> Vec<Unit> {
        let Some(&head) = outline.items[p].paragraphs.first() else {
            return Vec::new();
        };
        let text = self.paras[head].text.clone();
        let folded = self.paras[head].folded.clone();
        let clauses = self.paras[head].clauses.clone();
        let mut units = Vec::new();
        let mut deadlines = Vec::new();
        for c in &clauses {
            self.read_clause(&text, &folded, c, &mut units, &mut deadlines);
        }
        if !all_roles {
            units.retain(|u| u.role == UnitRole::Lead);
        }
        units
    }

    /// Build the task(s) of one outline item from its paragraphs.
    pub(super) fn build(
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
        // a chapter's own paragraph of duties is a list of tasks; an item below a chapter
        // (`（二）市有关部门工作责任`) is one task however its duties are shared out
        let lists_duties = mark
            .as_ref()
            .is_none_or(|m| m.style.depth() <= NumberStyle::Chinese.depth());
        // (a numbered chapter's own heading paragraph is its work, its duty clauses that work's
        // roles: `一、…做好解读。办公室负责统筹；各科室负责本部门解读；…`)
        let duties_from = usize::from(mark.is_some());
        // the item's title, after its number: what its heading says the item holds
        let title = match (&mark, paras.first()) {
            (Some(m), Some(&head)) => self.title_after(head, m.len),
            _ => "",
        };
        let v = ctx.vocab;
        // (under a heading of duties, `三、职责分工`, general words may open the paragraph)
        let duty_heading = v
            .duty_labels
            .iter()
            .chain(&v.duty_list_headings)
            .any(|w| title.starts_with(w.as_str()));
        // (an item whose heading shares work out, `（二）职责分工。` `（三）明确责任，深入督查。`,
        // lists its units' duties in its own paragraph, whatever its depth)
        let heading = title.split(['。', '：', ':']).next().unwrap_or(title);
        let shares_out = !lists_duties
            && (inherited.under_duties
                || v.duty_labels
                    .iter()
                    .chain(&v.duty_list_headings)
                    .chain(&v.responsibility_headings)
                    .any(|w| heading.contains(w.as_str())));
        // (a heading over the plan's schedule, `三、时间安排`, may run its dated steps together
        // in one paragraph: `7月底前，完成…。8月底前，完成…。10月底前，…`)
        let schedule = self.schedule_heading_len(title).is_some();
        let duty_list = (lists_duties || shares_out).then_some(DutyList {
            from: if shares_out { 0 } else { duties_from },
            after_words: duty_heading || shares_out,
            plain_subjects: shares_out,
        });
        // (under a heading of duties in a plan that states its assignments, the item's
        // sentences were not read for their subjects: read so, they may share its work out)
        let subjects_read = inherited.under_duties && !self.mode.prose();
        // (an item numbered as a section's heading, `一、` or `（一）`, lists its work in its
        // sub-items: they are what a reader counts)
        let section_heading = mark.as_ref().is_some_and(|m| m.style.heads_sections());
        let groups = subjects_read
            .then(|| {
                self.split(
                    &self.with_subjects(&pieces, mark.as_ref()),
                    schedule,
                    duty_list,
                    section_heading,
                )
            })
            .filter(|groups| groups.len() > 1)
            .unwrap_or_else(|| self.split(&pieces, schedule, duty_list, section_heading));
        // (…or, where one paragraph names no two assignments, its paragraphs that each close
        // their own work with their own)
        let across = groups.len() == 1 && !subjects_read;
        let (groups, across) = match across.then(|| self.split_paragraphs(&pieces)).flatten() {
            Some(split) => (split, true),
            None => (groups, false),
        };
        // (…or, where it is still one, its sub-items 一是/二是 that each open a paragraph)
        let (groups, shared) = match (groups.len() == 1)
            .then(|| self.split_sub_item_paragraphs(&pieces))
            .flatten()
        {
            Some((split, shared)) => (split, Some(shared)),
            None => (groups, None),
        };
        // (sub-items run on in a section heading's paragraph share what its words before them
        // name, as those on lines of their own do)
        let shared = shared.or_else(|| {
            (section_heading && groups.len() > 1 && self.opens_with_sub_item(&groups[1]))
                .then(|| self.topic_before_sub_items(&pieces))
        });
        let (shared_units, shared_deadlines) = match &shared {
            Some(shared) => self.units_and_times(shared),
            None => (Vec::new(), Vec::new()),
        };
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
            under_duties: inherited.under_duties,
        };
        let mut item_leads: Vec<Unit> = Vec::new();
        let first_task = out.len();
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
            let mut task = self.task(number, group, section, inherited);
            // (a sub-item paragraph naming no units, or no time, is done by those its item's
            // topic or closing line names, by then)
            if shared.is_some() {
                // (its own: units its words name that the shared lines do not — not those a
                // heading above hands every item down)
                let (named, _) = self.units_and_times(group);
                let names_own = named
                    .iter()
                    .any(|u| !shared_units.iter().any(|s| s.name == u.name));
                share_with_sub_item(&mut task, names_own, &shared_units, &shared_deadlines);
            }
            // (the unit leading the whole item, named before its first duty, leads each duty
            // split off it)
            // (…and so does a lead the item's first paragraph names when its paragraphs are
            // split: `（三）推进产业升级。（牵头单位：县发改局）` over paragraphs naming their units)
            if g == 0 && groups.len() > 1 && (shares_out || across) {
                item_leads = task
                    .units
                    .iter()
                    .filter(|u| u.role == UnitRole::Lead)
                    .cloned()
                    .collect();
            } else if !task.units.iter().any(|u| u.role == UnitRole::Lead) {
                for u in &item_leads {
                    task.units.insert(0, u.handed_down());
                }
            }
            // an unnumbered line that only assigns (`综合处牵头，各处配合落实` under a row of a
            // table read as paragraphs) says who does the work above it: it is no task
            if task.number.is_none() && task.text.value.is_empty() {
                if let Some(above) = out.last_mut() {
                    for u in task.units {
                        if !above.units.iter().any(|a| a.name == u.name) {
                            above.units.push(u);
                        }
                    }
                    above.deadlines.extend(task.deadlines);
                    continue;
                }
            }
            out.push(task);
        }
        if shared.is_some() && groups.last().is_some_and(|g| self.closes_with_units(g)) {
            share_last_units(&mut out[first_task..]);
        }
    }

    /// Whether a paragraph of an item states work and closes it with its own assignment
    /// (`认真落实…机制。（责任单位：A、B）`): not a line that only assigns (`牵头单位：A`), whose
    /// assignment opens it.
    fn closes_own_work(&self, piece: &Piece) -> bool {
        if piece.assignment_only {
            return false;
        }
        let folded = &self.paras[piece.para].folded;
        // (sub-items 一是/二是 are split, or not, by their own rule)
        let opening = folded.get(piece.from..).unwrap_or("");
        if after_sub_item_word(opening.trim_start_matches(is_space)).is_some() {
            return false;
        }
        let Some(last) = piece
            .clauses
            .iter()
            .filter(|c| {
                c.start >= piece.from
                    && c.end <= piece.to
                    && !matches!(c.kind, ClauseKind::Prose { .. })
                    && c.assigns_own(folded, self.ctx.vocab)
            })
            .max_by_key(|c| c.end)
        else {
            return false;
        };
        let before = folded.get(piece.from..last.start).unwrap_or("");
        let after = folded.get(last.end..piece.to).unwrap_or("");
        let words = before
            .chars()
            .filter(|&ch| !is_space(ch) && !is_sentence_stop(ch))
            .count();
        words > MAX_SPLIT_HEADING_CHARS
            && after.chars().all(|ch| is_space(ch) || is_sentence_stop(ch))
    }

    /// Whether a piece names units as its own assignment (not only a rule for the whole plan):
    /// words without one finish the sentence group before them.
    fn assigns_own_units(&self, piece: &Piece) -> bool {
        let folded = &self.paras[piece.para].folded;
        piece
            .clauses
            .iter()
            .any(|c| c.names_units && c.assigns_own(folded, self.ctx.vocab))
    }

    /// An item's paragraphs as one group per task when two or more each state work and close
    /// it with their own assignment (`（二）完成…监测任务。（责任单位：A）` then `认真落实…机制。
    /// （责任单位：B、C）`), as the sentence groups of one paragraph are: paragraphs after the
    /// last such one that name no unit finish it. None when a line that only assigns follows
    /// the last one (`牵头单位：丙` may assign the whole item).
    fn split_paragraphs(&self, pieces: &[Piece]) -> Option<Vec<Vec<Piece>>> {
        let closing: Vec<usize> = pieces
            .iter()
            .enumerate()
            .filter(|(_, piece)| self.closes_own_work(piece))
            .map(|(k, _)| k)
            .collect();
        let (&last, _) = closing.split_last()?;
        if closing.len() < 2 || pieces[last + 1..].iter().any(|p| p.assignment_only) {
            return None;
        }
        let mut groups: Vec<Vec<Piece>> = Vec::new();
        let mut from = 0;
        for &k in &closing {
            groups.push(pieces[from..=k].to_vec());
            from = k + 1;
        }
        let tail = &pieces[from..];
        match groups.last_mut() {
            Some(last) if !tail.iter().any(|p| self.assigns_own_units(p)) => {
                last.extend_from_slice(tail)
            }
            _ if !tail.is_empty() => groups.push(tail.to_vec()),
            _ => {}
        }
        Some(groups)
    }

    /// An item's sub-items 一是/二是 that each open a paragraph of their own (`（一）加强家庭
    /// 保护。` then `一是强化家庭教育指导。…` `二是落实监护责任。…`): a group per sub-item, the
    /// item's words before the first leading it (as inline sub-items' topic does), and the
    /// pieces whose units and times every sub-item shares: the topic's, and lines after the
    /// last sub-item that only assign (`（牵头单位：…）`). Readers of a plan count each such
    /// paragraph as a task whether or not it names units; sub-items run together in one
    /// paragraph are split by [`Self::split_sub_items`] alone.
    fn split_sub_item_paragraphs(&self, pieces: &[Piece]) -> Option<(Vec<Vec<Piece>>, Vec<Piece>)> {
        let starts = self.sub_item_starts(pieces);
        if starts.len() < MIN_SUB_ITEM_PARAGRAPHS || !self.each_opens_its_paragraph(pieces, &starts)
        {
            return None;
        }
        let first = starts.first().map_or(0, |&(k, _)| k);
        let last = starts.last().map_or(0, |&(k, _)| k);
        let after = &pieces[last + 1..];
        // (more words after the last sub-item than lines that only assign — more work, or
        // requirements for the whole item: what they belong to is unclear, the item stays one)
        if after.iter().any(|p| !p.assignment_only) {
            return None;
        }
        // (a line after the last that only assigns is the whole list's unless the sub-items
        // before it have lines of their own: then it is the last one's)
        let own_lines = pieces[first..last].iter().any(|p| p.assignment_only);
        let closing = if own_lines { &[] } else { after };
        let shared = pieces[..first].iter().chain(closing).cloned().collect();
        Some((split_at(pieces, &starts), shared))
    }

    /// The item's words before its first sub-item when its sub-items run on in one paragraph
    /// and were split (`（一）…，2024年底前实现…。一是…；二是…；三是…`): what each shares.
    fn topic_before_sub_items(&self, pieces: &[Piece]) -> Vec<Piece> {
        let Some(&(k, at)) = self.sub_item_starts(pieces).first() else {
            return Vec::new();
        };
        let mut topic = pieces[..k].to_vec();
        if at > pieces[k].from {
            topic.push(pieces[k].part(pieces[k].from, at));
        }
        topic
    }

    /// Whether a group split off an item opens with a sub-item's word (`二是…`).
    fn opens_with_sub_item(&self, group: &[Piece]) -> bool {
        group.first().is_some_and(|p| {
            let folded = &self.paras[p.para].folded;
            folded
                .get(p.from..p.to)
                .and_then(|t| after_sub_item_word(t.trim_start_matches(is_space)))
                .is_some()
        })
    }

    /// Where the sub-items 一是, 二是 … of `pieces` start, in order: (piece, byte offset).
    fn sub_item_starts(&self, pieces: &[Piece]) -> Vec<(usize, usize)> {
        let mut starts: Vec<(usize, usize)> = Vec::new();
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
        starts
    }

    /// Whether every sub-item start opens its paragraph (not one run on after words, or an
    /// item's number, in it).
    fn each_opens_its_paragraph(&self, pieces: &[Piece], starts: &[(usize, usize)]) -> bool {
        starts.iter().all(|&(k, at)| {
            let folded = &self.paras[pieces[k].para].folded;
            folded
                .get(..at)
                .is_some_and(|before| before.chars().all(is_space))
        })
    }

    /// Whether a group's last piece ends with a clause naming units (`…。（市妇联负责）`), not
    /// a sentence's subject: what may close a whole list.
    fn closes_with_units(&self, group: &[Piece]) -> bool {
        let Some(last) = group.last() else {
            return false;
        };
        let folded = &self.paras[last.para].folded;
        last.clauses.iter().any(|c| {
            c.names_units
                && !matches!(c.kind, ClauseKind::Prose { .. })
                && c.start >= last.from
                && folded
                    .get(c.end..last.to)
                    .is_some_and(|after| after.chars().all(is_sentence_stop))
        })
    }

    /// The units and time limits the clauses of `pieces` name.
    fn units_and_times(&mut self, pieces: &[Piece]) -> (Vec<Unit>, Vec<Deadline>) {
        let mut units = Vec::new();
        let mut deadlines = Vec::new();
        for piece in pieces {
            let text = self.paras[piece.para].text.clone();
            let folded = self.paras[piece.para].folded.clone();
            for c in piece
                .clauses
                .iter()
                .filter(|c| c.start >= piece.from && c.end <= piece.to)
            {
                self.read_clause(&text, &folded, c, &mut units, &mut deadlines);
            }
            // (…and the time its own words state: `（一）加强学校安全管理（2024年6月底前完成）。`)
            if !piece.assignment_only {
                let words = text.slice(piece.from, piece.to);
                let source = DeadlineSource::Text { column: None };
                for d in self.ctx.deadlines_in(&words, Mode::Item, &source, false) {
                    if !deadlines.iter().any(|e: &Deadline| e.span == d.span) {
                        deadlines.push(d);
                    }
                }
            }
        }
        (units, deadlines)
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

    /// Split the pieces into one group per task: sub-items 一是/二是, sentence groups that
    /// each name their own units, or (where `lists_duties` allows) clauses that each open with
    /// a unit and its duty. `section_heading`: the item is numbered as a section's heading.
    fn split(
        &self,
        pieces: &[Piece],
        schedule: bool,
        lists_duties: Option<DutyList>,
        section_heading: bool,
    ) -> Vec<Vec<Piece>> {
        // several clauses in one paragraph, each closing its own sentences
        let mut groups: Vec<Vec<Piece>> = Vec::new();
        let mut current: Vec<Piece> = Vec::new();
        for (k, piece) in pieces.iter().enumerate() {
            let p = &self.paras[piece.para];
            // (the last sentence's assignment may stand on the next line alone: `…应公开尽公开。`
            // then `（牵头单位：县财政局）`)
            let assigned_below = pieces.get(k + 1).is_some_and(|next| next.assignment_only);
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
                    let after = &p.folded[c.end..piece.to];
                    // (a clause before 、 closes an item of a list, not a sentence group:
                    // `…分设农产品整治组（市农业局牵头）、食品和消费品整治组（…牵头）`)
                    !after
                        .trim_matches(|ch: char| is_space(ch) || matches!(ch, '。' | '；' | ';'))
                        .is_empty()
                        && !after.trim_start_matches(is_space).starts_with('、')
                })
                .map(|c| c.end)
                .collect();
            if unit_clauses.len() + usize::from(assigned_below) >= 2 && !closing.is_empty() {
                let mut from = piece.from;
                for end in closing {
                    current.push(piece.part(from, end));
                    groups.push(std::mem::take(&mut current));
                    // the next group starts at its own words, past the stop closing this one
                    let rest = &p.folded[end..piece.to];
                    from = end + rest.len() - rest.trim_start_matches(is_sentence_stop).len();
                }
                current.push(piece.part(from, piece.to));
                continue;
            }
            current.push(piece.clone());
        }
        // the words after an item's last assignment that name no unit of their own (`…（Y负责）。
        // 2024年6月底前完成。`) finish the last sentence group; they are no task of their own
        let unassigned_tail =
            !groups.is_empty() && !current.iter().any(|p| self.assigns_own_units(p));
        match groups.last_mut() {
            Some(last) if unassigned_tail => last.append(&mut current),
            _ if !current.is_empty() => groups.push(current),
            _ => {}
        }
        if groups.len() > 1 {
            return groups;
        }
        let pieces = groups.pop().unwrap_or_default();
        let starts = match lists_duties {
            Some(list) => self.duty_clause_starts(&pieces, list),
            None => Vec::new(),
        };
        if starts.len() >= 2 {
            return split_at(&pieces, &starts);
        }
        if schedule {
            let starts = self.dated_step_starts(&pieces);
            if starts.len() >= MIN_DATED_STEPS {
                return split_at(&pieces, &starts);
            }
        }
        self.split_sub_items(pieces, section_heading)
    }

    /// The length of the schedule's heading words `text` opens with (`时间安排`, `实施步骤`:
    /// `time_headings`, `step_headings`), the longest.
    fn schedule_heading_len(&self, text: &str) -> Option<usize> {
        let v = self.ctx.vocab;
        v.time_headings
            .iter()
            .chain(&v.step_headings)
            .filter(|w| text.starts_with(w.as_str()))
            .map(String::len)
            .max()
    }

    /// Where the sentences of a schedule's paragraph that open with their own time start
    /// (`7月底前，完成前期准备工作。…8月底前，完成…`): each is a step of the work, a task.
    fn dated_step_starts(&self, pieces: &[Piece]) -> Vec<(usize, usize)> {
        let mut starts = Vec::new();
        for (k, piece) in pieces.iter().enumerate() {
            let folded = &self.paras[piece.para].folded;
            let Some(body) = folded.get(piece.from..piece.to) else {
                continue;
            };
            for (at, sentence) in clause_openings(body, &['。', '；', ';']) {
                // (the first step may run on from the heading's words: `时间安排7月底前，…`)
                let heading = self.schedule_heading_len(sentence).unwrap_or(0);
                let dated = self
                    .ctx
                    .deadlines
                    .find(&sentence[heading..], Mode::Item, self.ctx.year)
                    .first()
                    .is_some_and(|d| {
                        d.start == 0
                            && !matches!(
                                d.value,
                                crate::plan::model::DeadlineValue::Standing { .. }
                            )
                    });
                if dated {
                    starts.push((k, piece.from + at + heading));
                }
            }
        }
        starts
    }

    /// Where the duty clauses of a paragraph that lists one unit's duty per clause start
    /// (`县委政法委负责抓好护路联防工作；县交运局负责抓好…；沿线各镇抓好…`): each is a task,
    /// and the text before the first (the item's topic, a general sentence) leads the first.
    /// None unless at least [`MIN_DUTY_CLAUSES`] clauses of one paragraph open with a unit a
    /// strong duty word follows.
    /// The pieces with the subjects of their sentences read as prose clauses besides their own
    /// (past the item's number in the first).
    fn with_subjects(
        &self,
        pieces: &[Piece],
        mark: Option<&crate::document::NumberMark>,
    ) -> Vec<Piece> {
        pieces
            .iter()
            .enumerate()
            .map(|(n, piece)| {
                let folded = &self.paras[piece.para].folded;
                let skip = if n == 0 { mark.map(|m| m.len) } else { None };
                let mut piece = piece.clone();
                for c in assign::prose(folded, self.ctx.vocab, skip) {
                    if !piece
                        .clauses
                        .iter()
                        .any(|o| o.start < c.end && c.start < o.end)
                    {
                        piece.clauses.push(c);
                    }
                }
                piece.clauses.sort_by_key(|c| c.start);
                piece
            })
            .collect()
    }

    fn duty_clause_starts(&self, pieces: &[Piece], list: DutyList) -> Vec<(usize, usize)> {
        for (k, piece) in pieces.iter().enumerate().skip(list.from) {
            let folded = &self.paras[piece.para].folded;
            let Some(body) = folded.get(piece.from..piece.to) else {
                continue;
            };
            let mut starts: Vec<(usize, usize)> =
                clause_openings(body, &['。', '；', ';', '，', ',', '：', ':'])
                    .map(|(at, _)| piece.from + at)
                    .filter(|&at| {
                        prose_subject_at(piece, at)
                            .is_some_and(|(_, strong)| strong || list.plain_subjects)
                    })
                    .map(|at| (k, at))
                    .collect();
            // (a paragraph of work whose last sentences share it out, `坚持…同步部署。县政府
            // 办公室负责统筹；…负责解读；…负责推送。`, is one task)
            let only_duties = starts
                .first()
                .is_some_and(|&(_, at)| body[..at - piece.from].trim_matches(is_space).is_empty());
            if starts.len() >= MIN_DUTY_CLAUSES && (only_duties || list.after_words) {
                // a first sentence naming who leads the item's work (`（一）区市场监管局牵头涉嫌
                // 垄断调查整治工作。区市场监管局负责…`) heads the duties after it: no task of its own
                let leads = starts.first().is_some_and(|&(_, at)| {
                    prose_subject_at(piece, at).is_some_and(|(role, _)| role == UnitRole::Lead)
                        && body[at - piece.from..].find('。').is_some_and(|stop| {
                            starts.get(1).is_some_and(|&(_, next)| next >= at + stop)
                        })
                });
                if leads && starts.len() > MIN_DUTY_CLAUSES {
                    starts.remove(0);
                }
                return starts;
            }
        }
        Vec::new()
    }

    /// Split at 一是/二是 sub-items when at least two of them name their own units. The text
    /// before 一是 (the item's topic) leads the first sub-item.
    fn split_sub_items(&self, pieces: Vec<Piece>, section_heading: bool) -> Vec<Vec<Piece>> {
        let starts = self.sub_item_starts(&pieces);
        // (sub-items that each open a paragraph are split by their own rule:
        // `Self::split_sub_item_paragraphs`)
        if starts.len() < 2 || self.each_opens_its_paragraph(&pieces, &starts) {
            return vec![pieces];
        }
        let groups = split_at(&pieces, &starts);
        let named = groups
            .iter()
            .filter(|g| {
                g.iter().any(|p| {
                    // (a subject stated plainly, `由镇安监站负责`, names them as a clause does)
                    p.clauses.iter().any(|c| {
                        c.names_units && !matches!(c.kind, ClauseKind::Prose { strong: false, .. })
                    })
                })
            })
            .count();
        let dated = groups
            .iter()
            .filter(|g| {
                g.iter().any(|p| {
                    let part = self.paras[p.para].text.slice(p.from, p.to);
                    let source = DeadlineSource::Text { column: None };
                    !self
                        .ctx
                        .deadlines_in(&part, Mode::Item, &source, false)
                        .is_empty()
                })
            })
            .count();
        // sub-items that each name their units, or each say by when they are done (and the
        // item names no units for all of them), are tasks of their own; otherwise they are the
        // pieces of one item's work (`二、打造党建示范单位。一是…二是…`), and one assignment
        // for a few of them leaves the item whole too
        // (…and so, under an item numbered as a section's heading, are three or more naming
        // none that each open a sentence: its list of work)
        // (…worded as work: `一是增值税一般纳税人；二是出口退（免）税企业；三是…` lists the
        // kinds a sentence sorts things into)
        let listed = section_heading
            && starts.len() >= MIN_SENTENCE_SUB_ITEMS
            && self.each_opens_a_sentence(&pieces, &starts)
            && !self.names_kinds(&pieces, &starts);
        if named < 2 && !(named == 0 && (dated >= 2 || listed)) {
            return vec![pieces];
        }
        groups
    }

    /// Whether every sub-item but the last (which may run on past the list) is a short phrase
    /// with no verb of work (`work_verbs`): kinds or names a sentence sorts things into
    /// (`一是增值税一般纳税人；二是出口退（免）税企业；三是…`), not a list of work.
    fn names_kinds(&self, pieces: &[Piece], starts: &[(usize, usize)]) -> bool {
        starts.windows(2).all(|w| {
            let ((k, at), (k1, a1)) = (w[0], w[1]);
            let folded = &self.paras[pieces[k].para].folded;
            let end = if k == k1 { a1 } else { pieces[k].to };
            let text = folded.get(at..end).unwrap_or("");
            text.chars().count() <= MAX_KIND_SUB_ITEM_CHARS
                && !self.ctx.vocab.genres.holds_work_verb(text)
        })
    }

    /// Whether every sub-item after the first opens a sentence of its own (after `。` or `；`),
    /// not a clause of one sentence (`…，一是…，二是…`).
    fn each_opens_a_sentence(&self, pieces: &[Piece], starts: &[(usize, usize)]) -> bool {
        starts.iter().skip(1).all(|&(k, at)| {
            let folded = &self.paras[pieces[k].para].folded;
            folded[..at]
                .trim_end_matches(is_space)
                .ends_with(['。', '；', ';'])
        })
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
                if matches!(c.kind, ClauseKind::Prose { .. } | ClauseKind::Leading) {
                    // a sentence's subject, or who leads it, stays in the task's own words
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
        // …and a name read inside a longer one at the same place by another clause (`各县` of
        // `各县、区`) is part of it
        let spans: Vec<Span> = units.iter().map(|u| u.span).collect();
        units.retain(|u| {
            !spans.iter().any(|s| {
                s.start <= u.span.start
                    && u.span.end <= s.end
                    && (s.end - s.start) > (u.span.end - u.span.start)
            })
        });
        if units.is_empty() {
            units.extend(inherited.fallback_units.iter().cloned());
        }
        for u in self.doc_wide.iter().chain(&inherited.units) {
            match units.iter_mut().find(|v| v.name == u.name) {
                // (a unit the heading says leads, named again as responsible, leads)
                Some(v) if u.role == UnitRole::Lead => v.role = UnitRole::Lead,
                Some(_) => {}
                // (leads listed first, as a plan prints them)
                None if u.role == UnitRole::Lead => {
                    let at = units
                        .iter()
                        .position(|v| v.role != UnitRole::Lead)
                        .unwrap_or(units.len());
                    units.insert(at, u.clone());
                }
                None => units.push(u.clone()),
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
            cut_off: false,
        }
    }

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
            // a unit's name heading its duties leads when they open with 牵头
            // (`区环境与国土资源局：牵头负责…`)
            ClauseKind::Labelled if labels(inner_folded, ctx.vocab).is_empty() => {
                duties_role(folded.get(c.end..).unwrap_or(""), ctx.vocab)
            }
            _ => UnitRole::Responsible,
        };
        if let ClauseKind::Prose { .. } = c.kind {
            // a sentence's subject: its names, in the role the sentence gives them
            for u in subject_units(inner_folded, role, ctx.vocab) {
                let name = normalize(&inner.as_str()[u.start..u.end]);
                match units.iter_mut().find(|v| v.name == name) {
                    // (a unit a later sentence says leads, `整改措施：区财政局牵头…` after
                    // `区财政局对资金审核不严`, leads)
                    Some(v) if u.role == UnitRole::Lead => v.role = UnitRole::Lead,
                    Some(_) => {}
                    None => units.push(Unit {
                        raw: inner.as_str()[u.start..u.end].to_owned(),
                        span: ctx.span(&inner, u.start, u.end),
                        name,
                        role: u.role,
                        kind: u.kind,
                        inherited: false,
                    }),
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
                if marker_after && !self.doc_wide.iter().any(|d| d.name == u.name) {
                    self.doc_wide.push(u.handed_down());
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
                ClauseKind::Parenthetical | ClauseKind::Leading | ClauseKind::Statement => {
                    DeadlineSource::Units
                }
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

/// The role of the units whose duties open `duties`: they lead when the duties open with a lead
/// marker (牵头负责…), and are responsible otherwise — also when the duties open with 配合: in a
/// list of each unit's duties, helping others is that unit's own duty.
fn duties_role(duties: &str, vocab: &Vocabulary) -> UnitRole {
    let duties = duties.trim_start_matches(is_space);
    if vocab
        .lead_markers
        .iter()
        .any(|w| duties.starts_with(w.as_str()))
    {
        UnitRole::Lead
    } else {
        UnitRole::Responsible
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
        // (the full stop after a clause cut from mid-sentence closes the words before it:
        // `道路交通安全专项整治，[由公安部门负责。]要…` → `道路交通安全专项整治。要…`)
        Some(t) if piece.as_str().starts_with(['。', '；', ';']) => t.append("", &piece),
        Some(t) => t.append("\n", &piece),
    }
}

/// Give a sub-item split off an item what the item's topic and closing lines name for all of
/// its sub-items: their units when it names none of its own (`names_own`; else their leads when
/// it has no lead), each once, and their time when it states none but what a heading above
/// hands down. Marked inherited: the sub-item does not name them.
fn share_with_sub_item(task: &mut Task, names_own: bool, units: &[Unit], deadlines: &[Deadline]) {
    let has_lead = task.units.iter().any(|u| u.role == UnitRole::Lead);
    let mut added: Vec<Unit> = Vec::new();
    for u in units {
        let wanted = !names_own || !has_lead && u.role == UnitRole::Lead;
        let present = task.units.iter().chain(&added).any(|v| v.name == u.name);
        if wanted && !present {
            added.push(u.handed_down());
        }
    }
    if !added.is_empty() {
        added.extend(std::mem::take(&mut task.units));
        task.units = added;
    }
    // (a time only handed down from a heading above gives way to the item's own)
    if task.deadlines.iter().all(|d| d.inherited) && !deadlines.is_empty() {
        task.deadlines = deadlines.iter().map(Deadline::handed_down).collect();
    }
}

/// Units only the last of an item's sub-item paragraphs names (`一是…。` `二是…。（市妇联、市教育
/// 体育局按职责分工负责）`) close the whole list, as a closing line would: each sub-item before it
/// names none and gets them, marked inherited.
fn share_last_units(tasks: &mut [Task]) {
    let Some((last, before)) = tasks.split_last_mut() else {
        return;
    };
    if last.units.is_empty() || before.iter().any(|t| !t.units.is_empty()) {
        return;
    }
    for task in before {
        task.units = last.units.iter().map(Unit::handed_down).collect();
    }
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
pub(super) fn push_heading_time(
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
