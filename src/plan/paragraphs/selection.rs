//! Which items of the outline are tasks, once a run of paragraphs is read: items whose units
//! are stated or named by a heading, work done in a month or a phase, and in a plan written
//! in prose, work items by the share of their list that names units.

use crate::document::text::is_han;
use crate::document::{is_space, NumberStyle};
use crate::plan::assign::{self, Clause, ClauseKind};
use crate::plan::deadlines::Mode;
use crate::plan::model::{UnitKind, UnitRole};
use crate::plan::outline::{ListKey, Outline};
use crate::plan::text::{is_close, is_open};
use crate::plan::units::{duty_word_at, is_unit_list};
use std::collections::HashMap;

use super::{item_ancestors, ReadMode, Reader};

/// Fewest sub-items opening with a duty that make a heading's subject their doer: one alone
/// may be the heading's own sentence continued.
const MIN_SUBJECTLESS_DUTIES: usize = 2;

/// Fewest characters a work item says after its number (`（一）扎实做好村两委换届选举工作。`);
/// fewer is a bare heading or a list entry.
const MIN_WORK_ITEM_CHARS: usize = 8;

/// Fewest characters of a short work item, one that ends its sentence (`组织半期考试；`) or
/// stands in a list of one-line items (`小型运动会`): shorter ones (`略；`) say nothing to do.
const MIN_SENTENCE_ITEM_CHARS: usize = 4;

/// Sentences at the start of an item whose subject, even without 负责 or 牵头, is taken as the
/// item's assignment in a plan written in prose (`1.制定工作方案。由…起草`).
const OPENING_SENTENCES: usize = 2;

/// Longest verb before a context heading's word (健全|工作机制, 强化|组织保障): a longer
/// prefix names work of its own (健全内审|工作机制).
const CONTEXT_VERB_CHARS: usize = 2;
/// Longest words before an analysis heading's word (`语文组及语文教学|状况分析`).
const MAX_CONTEXT_OWNER_CHARS: usize = 12;
/// Characters a time before a context heading's word is written in (`2024年`, `本学期`,
/// `2023—2024学年度`, `上半年`), besides digits.
const TIME_WORD_CHARS: &str = "年度本今明全新学期第一二三四季上下半月份—-至";

/// Characters of a person's name as lists print it (`张三`, `欧阳某某`; with a placeholder
/// `张某某`): a longer text before a bracket of posts is a unit's or a duty's.
const MIN_PERSON_NAME_CHARS: usize = 2;
const MAX_PERSON_NAME_CHARS: usize = 4;

/// A plan in prose assigns its work when at least one in this many of its work items names
/// who does it; below that, the few subjects are incidental and every work item is a task.
pub(crate) const PROSE_ASSIGNED_SHARE_INVERSE: usize = 3;

/// …and a list of its work items assigns systematically when more than one in this many
/// names its units: an item of it that names none is context, not work (a phase's
/// `召开动员部署会` between steps that each name who does them). At or below that share, an
/// unassigned item beside an assigned one is work of the same list whose unit goes unnamed.
const SYSTEMATIC_PROSE_SHARE_INVERSE: usize = 2;

/// How the name of a group ends when an item is only that name over its members' lines
/// (`2、活动宣传组` / `组长:xx`): a work item over the same lines names its work instead
/// (`2、全面排查校园周边环境，6月22日前完成。`).
const ROSTER_BODY_ENDINGS: [&str; 5] = ["组", "队", "专班", "委员会", "指挥部"];

/// Longest name before the colon of a paragraph naming what it describes
/// (`海峡两岸电子商务互联网金融运作中心：`).
const MAX_COLON_NAME_CHARS: usize = 24;

/// Words joining two nouns in a heading (`培训对象和内容`, `工作范围及内容`).
const HEADING_JOINERS: [&str; 4] = ["和", "及", "与", "、"];
/// Nouns of work a heading may join to a word of context or of members (`工作范围及内容`,
/// `培训对象和内容`, `存在问题及整改措施`): the part then holds that work. (`指导思想和目标` joins
/// aims to aims.)
const JOINED_WORK_NOUNS: [&str; 7] = ["内容", "任务", "重点", "措施", "安排", "步骤", "整改"];

/// Whether the rest of a heading after its key word joins it to a noun of work.
fn joins_work(after: &str) -> bool {
    HEADING_JOINERS.iter().any(|j| {
        after
            .strip_prefix(j)
            .is_some_and(|rest| JOINED_WORK_NOUNS.iter().any(|n| rest.starts_with(n)))
    })
}

/// Words of a heading saying its items name who answers for them (`重点普法内容及责任部门`): a
/// law cited there with a bracket of units is that unit's duty, no basis of the plan.
const ANSWERING_HEADING_WORDS: [&str; 3] = ["责任", "职责", "分工"];

/// Longest item read as a document's name without 《》 (`市公安局“三定”规定`): a longer line
/// ending in 规定 states a rule of its own.
const MAX_NAMED_DOCUMENT_CHARS: usize = 24;

/// Whether an item's text only cites documents (`《烟花爆竹安全管理条例》（国务院令第455号）`):
/// a list of a plan's bases (相关依据) names what it follows, no work.
fn cites_only(text: &str) -> bool {
    let (mut names, mut depth, mut outside) = (0, 0usize, 0);
    for ch in text.chars() {
        match ch {
            c if is_open(c) => {
                if c == '《' && depth == 0 {
                    names += 1;
                }
                depth += 1;
            }
            c if is_close(c) => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            c if is_space(c) || "、，,；;。.和及与".contains(c) => {}
            _ => outside += 1,
        }
    }
    names > 0 && outside == 0
}

impl Reader<'_, '_> {
    /// Decide which items of the outline are tasks: mark `assigned` on each item whose units
    /// are stated, in prose or under a heading, or that is work by its time or by the plan's
    /// way of assigning (see the module doc).
    pub(super) fn mark_tasks(&self, outline: &mut Outline) {
        // the lines of a scoring sheet appended to the plan (`…每缺一类扣6分`) are no work, nor
        // are a checklist's questions (`1.生产设备和工艺是否符合国家规定；`)
        for k in 0..outline.items.len() {
            let item = &outline.items[k];
            let scores = item.paragraphs.iter().any(|&p| {
                let t = &self.paras[p].folded;
                self.ctx
                    .vocab
                    .scoring_criteria
                    .iter()
                    .any(|re| re.is_match(t))
            });
            // (…nor the lines of a form attached, `附件1…自查表`, `承诺人：年 月 日`)
            let in_form = item
                .paragraphs
                .first()
                .is_some_and(|&p| self.in_attached_form(p));
            if scores || in_form || self.asks_a_check(item) {
                outline.items[k].criterion = true;
                outline.items[k].assigned = false;
            }
        }
        // the parts asking for support or stating aims, for the numbering run on into them
        // (a parent comes before its items: each heading is looked at once)
        let mut heads_support: Vec<bool> = Vec::with_capacity(outline.items.len());
        for k in 0..outline.items.len() {
            let support = outline.items[k].parent.is_some_and(|p| heads_support[p]);
            let item = &outline.items[k];
            let heads = !item.children.is_empty()
                && (self.is_safeguard(outline, k) || self.is_context(item));
            // (a numbered such heading is never a task for want of an assignment: `一、总体要求`
            // over `（一）指导思想`)
            // (…nor is a numbered leaf stating the plan's theme or time, `一、活动主题` beside
            // `四、组织机构` over lines naming who leads: only its siblings' assignments made it one)
            // (the heading's words first: most items are no context, and the date is a search)
            let context_leaf = item.children.is_empty()
                && !item.assigned
                && self.is_context(item)
                && item.paragraphs.iter().all(|&p| {
                    let para = &self.paras[p];
                    para.clauses.is_empty()
                        && (!self.states_a_date(&para.folded) || self.heads_the_time(item))
                });
            let context_heading = (heads || context_leaf) && item.mark.is_some();
            outline.items[k].support = support;
            outline.items[k].context_heading = context_heading;
            heads_support.push(support || heads);
        }
        // paragraphs opening with a word of sequence are work items only where nothing is
        // numbered: before a numbered list they are its preamble (`近年来…一是建成…`)
        if outline.items.iter().any(|i| i.mark.is_some()) {
            for item in outline.items.iter_mut().filter(|i| i.sequence) {
                item.topic = false;
            }
        }
        // units an item opens with as its doers (`三、县水利局要做好…`) own it only as a leaf
        // outside a part asking for support: over sub-items they head them (`（一）县政府要加强…`
        // over `1.…（责任单位：…）`), and under 工作要求 they are asked, not assigned
        for k in 0..outline.items.len() {
            let item = &outline.items[k];
            let asked = !item.children.is_empty()
                || self.titled_as_safeguard(item)
                || item_ancestors(outline, k)
                    .iter()
                    .any(|&a| self.is_safeguard(outline, a));
            if item.assigned && asked && self.assigned_by_doers_only(item) {
                outline.items[k].assigned = false;
            }
        }
        if self.mode.prose() {
            for k in 0..outline.items.len() {
                let ancestors = item_ancestors(outline, k);
                // (a safeguard heading on its own line over paragraphs that set no time,
                // `五、工作要求` `各村要高度重视，认真组织。`, asks as the items under one do)
                let item = &outline.items[k];
                let own_requirements = item.paragraphs.len() > 1
                    && self.titled_as_safeguard(item)
                    && !self.body_states_time(item);
                let plain_only =
                    own_requirements || ancestors.iter().any(|&a| self.is_safeguard(outline, a));
                let reported = ancestors.iter().any(|&a| self.is_report(&outline.items[a]));
                // a part stating aims (`一、指导思想` `2023年，团委将在学校党委…领导下`) assigns
                // nothing by its sentences' subjects (the plan's time may list who does what
                // when, and support asks units for it)
                let item = &outline.items[k];
                let aims = self.states_aims(item) && !self.opens_with_the_time(item);
                // a heading over items of its own names their field with a unit's words
                // (`（一）政府统计机构依法履职情况的监督检查`), or introduces them (`二、工作安排`
                // `各地、各有关部门聚焦3个时间段…`): only a plain assignment makes it a task, or
                // a unit it opens with as who is to do the work (`（一）县水利局要全面做好…`)
                let over_items = !item.children.is_empty() && !self.opens_with_doer(item);
                outline.items[k].assigned = item.own_time
                    || !reported && !aims && self.prose_assigned(item, plain_only || over_items);
            }
        }
        // a field of the whole plan (`三、组织单位：镇文化站`) names units but is no work, nor is
        // the sentence under a body's name saying who runs the event (`一、组织机构` /
        // `运动会由县人民政府主办，县文体局负责组织。`)
        for k in 0..outline.items.len() {
            let item = &outline.items[k];
            if self.is_plan_field(item)
                || item.children.is_empty() && self.names_a_body_set_up(item)
            {
                outline.items[k].assigned = false;
            }
        }
        // an unnumbered paragraph under a part stating aims that opens with a name and a colon
        // describes what the aim is (`（二）发展目标` `海峡两岸电子商务交易中心：完善…`)
        for k in 0..outline.items.len() {
            let item = &outline.items[k];
            if item.mark.is_none()
                && item.assigned
                && self.opens_with_name_and_colon(item)
                && item_ancestors(outline, k).iter().any(|&a| {
                    let a = &outline.items[a];
                    self.states_aims(a) && !self.is_report(a)
                })
            {
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
        // the duties listed under a heading that names their units (not its members:
        // `县发改局：` `1.张某某（党组书记、局长）`)
        for k in 0..outline.items.len() {
            if outline.items[k]
                .parent
                .is_some_and(|p| outline.items[p].unit_heading)
                && !self.lists_a_member(&outline.items[k])
            {
                outline.items[k].assigned = true;
            }
        }
        // …or written under it in a paragraph of their own (`（四）工商部门` `查处非法拼装…`,
        // beside `（二）公安部门` over `1.` `2.`): the heading and its paragraph are one task
        // (among other unit headings of its list: a 责任清单, not a work heading named like a unit)
        let unit_lists =
            outline.list_shares(0..outline.items.len(), |k| outline.items[k].unit_heading);
        for k in 0..outline.items.len() {
            let in_list = unit_lists
                .get(&outline.list_of(k))
                .is_some_and(|&(units, _)| units >= 2);
            if in_list && self.duties_under_unit_heading(outline, k) {
                outline.items[k].own_duties = true;
                outline.items[k].assigned = true;
                // (an unnumbered one, `县融媒体中心：`, was opened as a heading)
                outline.items[k].heading_only = false;
            }
        }
        // the work listed under a month or a phase (`二月份：` `1、…`) is work to do then,
        // whether or not its siblings elsewhere name units
        // …and so is a step of a plan that assigns its work elsewhere, when the step's heading
        // says when it is done (`1、动员发动阶段（2007年12月10日前）。`)
        let assigns = outline.items.iter().any(|i| i.assigned);
        // what names a unit, before items are made tasks by their time alone
        let by_units: Vec<bool> = outline
            .items
            .iter()
            .map(|i| i.assigned && !i.own_time)
            .collect();
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
                && self.is_dated_step(outline, k)
                && item_ancestors(outline, k)
                    .iter()
                    .all(|&a| !outline.items[a].assigned)
                && outline.items[k].parent.is_none_or(|p| {
                    outline.items[p]
                        .style()
                        .is_none_or(|st| st <= NumberStyle::ChineseParen)
                });
            // (…or under a step titled with its time, `（四）处置整治（2020年2月29日前完成）` over
            // `1.` `2.` `3.`, when none of the step's items names units: where some do, one
            // naming none is context)
            let scheduled = item_ancestors(outline, k).iter().any(|&a| period[a])
                || assigns
                    && outline.items[k].parent.is_some_and(|p| {
                        self.is_titled_step(outline, p)
                            && !outline.items[p].children.iter().any(|&c| by_units[c])
                    });
            if (scheduled || step) && self.is_work_item(outline, k) {
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
            let bases = self.lists_of_bases(outline);
            let targets = self.lists_of_targets(outline, &by_units);
            let work: Vec<usize> = (0..outline.items.len())
                .filter(|&k| !bases[k] && !targets[k] && self.is_work_item(outline, k))
                .collect();
            // (a plan by its title whose only list is under its aims: that list is its work;
            // an untitled page's aims say nothing of what it is)
            let work = if work.is_empty() && self.mode == ReadMode::Prose {
                self.aims_worded_as_work(outline)
            } else {
                work
            };
            // (a step or an item under a month is a task by its time: it says nothing of
            // how much of the plan's work names its units)
            let assigned_work = work.iter().filter(|&&k| by_units[k]).count();
            let assigned_any = by_units.iter().any(|&a| a);
            if !assigned_any || assigned_work * PROSE_ASSIGNED_SHARE_INVERSE < work.len() {
                for k in work {
                    outline.items[k].assigned = true;
                }
            } else {
                // …and where its prose names units now and then, a work item numbered beside
                // ones that name them (`1.新建养殖户。…` `3.…由各乡镇负责…`) is work of the
                // same list, its units unnamed — unless its list names them systematically
                // (on a page with no title too: whether such a list is work at all is judged
                // on all of its items afterwards)
                let numbered: Vec<usize> = work
                    .iter()
                    .copied()
                    .filter(|&k| outline.items[k].mark.is_some())
                    .collect();
                // (a list numbered on across its chapters is one list: `（四）（五）` `三、…`
                // `（六）…`)
                let keys = outline.continued_lists();
                let mut lists: HashMap<ListKey, (usize, usize)> = HashMap::new();
                for &k in &numbered {
                    let (named, all) = lists.entry(keys[k]).or_default();
                    *named += usize::from(by_units[k]);
                    *all += 1;
                }
                for k in numbered {
                    // (an item that says by when it is done is work whatever its list does:
                    // `（一）…年底前实现全覆盖` beside items naming their units)
                    let dated = || {
                        outline.items[k]
                            .paragraphs
                            .iter()
                            .any(|&pi| self.states_a_date(&self.paras[pi].folded))
                    };
                    // (…or that opens with a verb of work, `二、强化重点路段管控。…` between
                    // items naming `区公安局`: work whose doer goes unsaid, not a list's
                    // context; a heading over items of its own is theirs to name. Not inside a
                    // stage of the schedule, where such an item is the stage's context, its
                    // steps naming their units: `（一）动员部署阶段（3月1日—3月28日）` over
                    // `2.召开动员部署会。`), nor under a heading of units' duties (`三、任务分工`
                    // over `1、综合协调组。` `2、宣传组。` and `3、加强督导检查。`: a requirement
                    // of them all)
                    let worded = || {
                        let item = &outline.items[k];
                        item.children.is_empty()
                            && self.heading_opens_with_work(item)
                            && !item_ancestors(outline, k)
                                .iter()
                                .any(|&a| period[a] || self.is_dated_step(outline, a))
                            && !item.parent.is_some_and(|p| {
                                self.item_title(outline, p)
                                    .is_some_and(|t| self.titles_duties(t))
                            })
                    };
                    let beside_named = lists.get(&keys[k]).is_some_and(|&(named, all)| {
                        named > 0
                            && (named * SYSTEMATIC_PROSE_SHARE_INVERSE <= all
                                || dated()
                                || worded())
                    });
                    // (a list under a heading of the plan's work, `四、工作措施`, is work
                    // though it names no units: a later part assigns them, `五、职责分工`)
                    let under_work = || {
                        lists.get(&keys[k]).is_some_and(|&(named, _)| named == 0)
                            && self.under_work_heading(outline, k)
                    };
                    if beside_named || under_work() {
                        outline.items[k].assigned = true;
                    }
                }
            }
        }
    }

    /// The units a numbered paragraph (its number `skip` bytes long) names in its opening
    /// sentences as plain subjects (`县委宣传部负责…`, `由县财政局牵头…`), as clauses.
    pub(super) fn plain_subjects(&self, folded: &str, skip: usize) -> Vec<Clause> {
        self.subjects_where(folded, skip, |_| false)
    }

    /// The subjects of an item's opening sentences that say they do the work: stated plainly
    /// (`县委宣传部负责…`), or a named unit followed by a word giving it the work (`县财政局要…`,
    /// `各物业服务企业要…`) — not a class that names no one (`各单位要…`).
    fn doer_subjects(&self, folded: &str, skip: usize) -> Vec<Clause> {
        let vocab = self.ctx.vocab;
        self.subjects_where(folded, skip, |c: &Clause| {
            let names = &folded[c.inner.0..c.inner.1];
            let after = &folded[c.end..];
            vocab
                .doer_words
                .iter()
                .any(|w| after.starts_with(w.as_str()))
                && !crate::plan::units::parse_units(names, UnitRole::Responsible, vocab)
                    .iter()
                    .all(|u| u.kind == UnitKind::Vague)
        })
    }

    fn subjects_where(
        &self,
        folded: &str,
        skip: usize,
        weak_ok: impl Fn(&Clause) -> bool,
    ) -> Vec<Clause> {
        assign::prose(folded, self.ctx.vocab, Some(skip))
            .into_iter()
            .filter(|c| {
                c.start >= skip
                    && (matches!(c.kind, ClauseKind::Prose { strong: true, .. }) || weak_ok(c))
                    && folded[skip..c.start].matches('。').count() < OPENING_SENTENCES
            })
            .collect()
    }

    /// Sub-items that each open with a duty and name no one (`1.负责起草…` `2.负责协调…`)
    /// under a heading whose sentence opens with the units doing them (`（一）区民政局作为主管
    /// 部门总体负责…`): each sub-item is that unit's task, and the heading introduces them.
    pub(super) fn assign_duties_to_heading_subject(&mut self, outline: &mut Outline) {
        for p in 0..outline.items.len() {
            let children = outline.items[p].children.clone();
            if children.len() < MIN_SUBJECTLESS_DUTIES
                || outline.items[p].unit_heading
                || !children.iter().all(|&c| {
                    outline.items[c].children.is_empty() && self.opens_with_duty(outline, c)
                })
                || self.heading_subject(outline, p).is_none()
            {
                continue;
            }
            outline.items[p].assigned = false;
            for c in children {
                outline.items[c].assigned = true;
            }
        }
    }

    /// In a plan that states its assignments, a numbered leaf item that states none but names
    /// its units as the plain subject of its opening (`（二）加强宣传。县委宣传部负责宣传报道。`)
    /// is assigned to them — when its heading's other items state theirs (`（一）` over
    /// `县农业局：负责…`), so the item is work among work; never at the top level, nor in the
    /// parts stating aims or asking for support, where such sentences set up, not assign. It
    /// says nothing of its siblings (see `Item::by_subject`).
    pub(super) fn assign_by_plain_subjects(&mut self, outline: &mut Outline) {
        if self.mode != ReadMode::Assignments {
            return;
        }
        for k in 0..outline.items.len() {
            let item = &outline.items[k];
            let Some(mark) = &item.mark else {
                continue;
            };
            if item.assigned
                || item.unit_heading
                || !item.children.is_empty()
                || item
                    .paragraphs
                    .iter()
                    .any(|&p| !self.paras[p].clauses.is_empty())
            {
                continue;
            }
            // (its siblings, or at the top level the items numbered as it is)
            let near: Vec<usize> = match item.parent {
                Some(parent) => outline.subtree(parent),
                None => outline.siblings(k),
            };
            let among_work = near
                .into_iter()
                .any(|j| j != k && outline.items[j].assigned && !outline.items[j].by_subject);
            if !among_work {
                continue;
            }
            let asked = self.titled_as_safeguard(item)
                || self.is_context(item)
                || self.states_aims(item)
                || self.names_a_body_set_up(item)
                || item_ancestors(outline, k).iter().any(|&a| {
                    self.is_safeguard(outline, a) || {
                        let a = &outline.items[a];
                        self.is_context(a) || self.is_report(a)
                    }
                });
            if asked {
                continue;
            }
            // (a named doer alone does not assign the last item when the text stops inside it:
            // its stated assignment, `（责任单位：…）` as its siblings', was cut off with the rest)
            let cut = k + 1 == outline.items.len()
                && item
                    .paragraphs
                    .last()
                    .is_some_and(|&p| crate::plan::cut_off::stops_open(&self.paras[p].folded));
            // (its number's paragraph, or the first under its heading line)
            let skips = [mark.len, 0];
            let Some((head, subjects)) = item
                .paragraphs
                .iter()
                .zip(skips)
                .map(|(&p, skip)| {
                    let subjects = if cut {
                        self.plain_subjects(&self.paras[p].folded, skip)
                    } else {
                        self.doer_subjects(&self.paras[p].folded, skip)
                    };
                    (p, subjects)
                })
                .find(|(_, subjects)| !subjects.is_empty())
            else {
                continue;
            };
            super::assign_to_subjects(&mut self.paras[head], &mut outline.items[k], subjects);
        }
    }

    /// Whether an item's heading opens with units followed by a word saying they are to do
    /// the work (`县水利局要…`, `县气象局将…`).
    fn opens_with_doer(&self, item: &crate::plan::outline::Item) -> bool {
        let Some(&head) = item.paragraphs.first() else {
            return false;
        };
        let skip = item.mark.as_ref().map_or(0, |m| m.len);
        let p = &self.paras[head];
        p.prose.iter().any(|c| {
            c.start >= skip
                && p.folded[skip..c.start].trim_matches(is_space).is_empty()
                && self
                    .ctx
                    .vocab
                    .doer_words
                    .iter()
                    .any(|w| p.folded[c.end..].starts_with(w.as_str()))
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

    /// Whether an item is a piece of work in a plan that assigns none: a numbered leaf that says
    /// something (not a bare heading) outside the parts that state aims or ask for support.
    fn is_work_item(&self, outline: &Outline, k: usize) -> bool {
        let item = &outline.items[k];
        // under a heading of the plan's time (一、活动时间), an item that states its own date
        // (`1、3月12日开展植树节活动。`) is work done then, not the time's description
        let context = self.is_context(item)
            || self.is_plan_field(item)
            || item_ancestors(outline, k).iter().any(|&a| {
                self.is_context(&outline.items[a])
                    && !(self.opens_with_the_time(&outline.items[a])
                        && self.states_own_time(outline, k))
            });
        !context && self.says_work(outline, k)
    }

    /// Whether an item's heading words open with a verb of work (`召开动员部署会`, `3.制定…管理
    /// 办法`): work named as such, whatever list it stands in.
    pub(super) fn heading_opens_with_work(&self, item: &crate::plan::outline::Item) -> bool {
        self.heading_words(item).is_some_and(|t| {
            assign::opens_with_work_verb(t.trim_start_matches(is_space), self.ctx.vocab)
        })
    }

    /// The work a plan lists under its aims when it lists none elsewhere (`二、主要工作目标`
    /// over `（三）加强干部队伍建设，完成…`): the items there that open with a verb of work,
    /// none of them an aim's own heading or under a part asking for support.
    fn aims_worded_as_work(&self, outline: &Outline) -> Vec<usize> {
        (0..outline.items.len())
            .filter(|&k| {
                let item = &outline.items[k];
                let ancestors = item_ancestors(outline, k);
                let under_aims = ancestors.iter().any(|&a| {
                    let a = &outline.items[a];
                    self.is_context(a) && !self.is_report(a)
                });
                let support = ancestors.iter().any(|&a| self.is_safeguard(outline, a));
                let worded = self.heading_opens_with_work(item);
                under_aims
                    && !support
                    && worded
                    && !self.is_context(item)
                    && self.says_work(outline, k)
            })
            .collect()
    }

    /// The items of lists of a campaign's targets: numbered leaves under a heading of what it
    /// looks at (`二、整治重点` `（一）重点整治行为` `1.企业“挂靠”…行为`, `四、工作重点`
    /// `1.重点区域：…`), none of them in their list with a clause of work or naming units
    /// (`by_units`). A list of work under such a heading (`（一）路面违法大整治。镇道安办要…`,
    /// `1、车辆有序停放专项整治。对…进行整治。`) names who does it somewhere, or what is done.
    fn lists_of_targets(&self, outline: &Outline, by_units: &[bool]) -> Vec<bool> {
        let v = self.ctx.vocab;
        let n = outline.items.len();
        // (each heading looked at once, not once per item under it)
        let focus: Vec<bool> = outline
            .items
            .iter()
            .map(|item| {
                !item.children.is_empty()
                    && self.heading_words(item).is_some_and(|t| {
                        let t = t.trim_end_matches(is_space);
                        v.focus_headings.iter().any(|w| t.ends_with(w.as_str()))
                    })
            })
            .collect();
        let candidate: Vec<bool> = (0..n)
            .map(|k| {
                let item = &outline.items[k];
                item.mark.is_some()
                    && item.children.is_empty()
                    && item_ancestors(outline, k).iter().any(|&a| focus[a])
            })
            .collect();
        // per list: whether every item of it is a target
        let mut lists: HashMap<ListKey, bool> = HashMap::new();
        for k in 0..n {
            if outline.items[k].mark.is_none() {
                continue;
            }
            // (a clause saying what is done makes the item work: `（一）井巷工程：完成…建设。`,
            // `1、车辆有序停放专项整治。对主干道两侧停放点进行整治。`; a violation described,
            // `…等国家有明确管理规定的药品`, says none)
            let names_work = || {
                let skip = outline.items[k].mark.as_ref().map_or(0, |m| m.len);
                outline.items[k]
                    .paragraphs
                    .iter()
                    .enumerate()
                    .any(|(n, &p)| {
                        let t = &self.paras[p].folded;
                        let t = if n == 0 {
                            &t[skip.min(t.len())..]
                        } else {
                            &t[..]
                        };
                        t.split(['。', '，', '；', '：', ',', ';', ':'])
                            .any(|clause| {
                                let clause = clause.trim_start_matches(is_space);
                                assign::opens_with_work_verb(clause, v)
                                    || clause.starts_with('对')
                                        && v.treatment_verbs
                                            .iter()
                                            .any(|w| clause.contains(w.as_str()))
                            })
                    })
            };
            let target = candidate[k] && !by_units[k] && !names_work();
            let all = lists.entry(outline.list_of(k)).or_insert(true);
            *all &= target;
        }
        (0..n)
            .map(|k| candidate[k] && lists.get(&outline.list_of(k)).copied().unwrap_or(false))
            .collect()
    }

    /// The items of lists of the plan's bases (相关依据): runs of one list, numbered from 1,
    /// most of whose items cite documents — one naming a document without 《》 among them
    /// (`3.市公安局“三定”规定`) is a basis too, unless it opens with a verb of work. (A list
    /// numbered again from 1 is a new run: `1.开展…` `2.组织…` then `相关依据：` `1.《…条例》`.)
    fn lists_of_bases(&self, outline: &Outline) -> Vec<bool> {
        let n = outline.items.len();
        let mut run_of: Vec<Option<usize>> = vec![None; n];
        // per list: its current run and the last number in it
        let mut current: HashMap<ListKey, (usize, u32)> = HashMap::new();
        // per run: how many of its items cite documents, how many there are, and whether an
        // attachment label introduces it (`附件：` `1.权力运行流程图示例`)
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut attached: Vec<bool> = Vec::new();
        for (k, item) in outline.items.iter().enumerate() {
            let Some(mark) = &item.mark else { continue };
            let key = outline.list_of(k);
            let run = match current.get(&key) {
                Some(&(run, last)) if mark.value > last => run,
                _ => {
                    runs.push((0, 0));
                    attached.push(self.after_no_work_label(item));
                    runs.len() - 1
                }
            };
            current.insert(key, (run, mark.value));
            run_of[k] = Some(run);
            runs[run].0 += usize::from(self.cites_item(outline, k));
            runs[run].1 += 1;
        }
        // (an item opening with a verb of work is work whatever its run: `3.制定…管理办法`)
        run_of
            .iter()
            .zip(&outline.items)
            .map(|(r, item)| {
                r.is_some_and(|r| attached[r])
                    || r.is_some_and(|r| runs[r].0 * 2 > runs[r].1)
                        && !self.heading_opens_with_work(item)
            })
            .collect()
    }

    /// Whether the paragraph before an item ends with an attachment label (`…基础保障。附件：`):
    /// the list it opens names the documents attached, no work — or introduces a pledge's
    /// points (`…郑重承诺以下内容：`), what an attached 承诺书's signer promises.
    fn after_no_work_label(&self, item: &crate::plan::outline::Item) -> bool {
        let Some(&head) = item.paragraphs.first() else {
            return false;
        };
        let Some(before) = head.checked_sub(1).and_then(|p| self.paras.get(p)) else {
            return false;
        };
        let t = before.folded.trim_end_matches(is_space);
        let introduces = t.ends_with(['：', ':']);
        let t = t.strip_suffix(['：', ':']).unwrap_or(t);
        // (a pledge's intro is the sentence right before the colon: `…郑重承诺以下内容：`, not
        // work that asks for pledges, `组织企业向社会郑重承诺，主要做好以下工作：`)
        let last_sentence = t.rsplit(['。', '；', '，', ',']).next().unwrap_or(t);
        t.ends_with(crate::document::reflow::ATTACHMENT_WORD)
            || introduces
                && self
                    .ctx
                    .vocab
                    .genres
                    .pledge_intros
                    .iter()
                    .any(|w| last_sentence.contains(w.as_str()))
    }

    /// Whether an item's first paragraph opens with a short name and a colon (`海峡两岸电子商务
    /// 交易中心：完善…`), no punctuation before it.
    fn opens_with_name_and_colon(&self, item: &crate::plan::outline::Item) -> bool {
        let Some(&head) = item.paragraphs.first() else {
            return false;
        };
        let t = self.paras[head].folded.trim_start_matches(is_space);
        t.char_indices()
            .take(MAX_COLON_NAME_CHARS + 1)
            .find(|(_, c)| !is_han(*c) && !matches!(c, '（' | '）' | '(' | ')'))
            .is_some_and(|(i, c)| i > 0 && matches!(c, '：' | ':'))
    }

    /// Whether an item of one paragraph only cites documents (`1.《…条例》（国务院令第455号）`),
    /// or names one without 《》: a short line ending in a kind of standing text, with no verb
    /// of work before it (`3.市公安局“三定”规定`; not `制定安全管理办法`).
    fn cites_item(&self, outline: &Outline, k: usize) -> bool {
        let item = &outline.items[k];
        let mark_len = item.mark.as_ref().map_or(0, |m| m.len);
        let [head] = item.paragraphs[..] else {
            return false;
        };
        let Some(text) = self.paras[head].folded.get(mark_len..) else {
            return false;
        };
        let text = text.trim_matches(is_space);
        let v = self.ctx.vocab;
        // (a law cited with the unit that answers for it, `《监狱法》（监狱管理局）`, under a
        // heading of who answers, `一、重点普法内容及责任部门`, is a responsibility list's item:
        // 谁执法谁普法 — not a list of bases naming each text's issuer)
        let answered = || {
            let under_duties = item.parent.is_some_and(|p| {
                self.heading_words(&outline.items[p])
                    .is_some_and(|t| ANSWERING_HEADING_WORDS.iter().any(|w| t.contains(w)))
            });
            under_duties
                && text
                    .trim_end_matches(['。', '；', ';'])
                    .strip_suffix('）')
                    .and_then(|t| t.rfind('（').map(|i| &t[i + '（'.len_utf8()..]))
                    .is_some_and(|inner| crate::plan::units::looks_like_units(inner, v))
        };
        cites_only(text) && !answered()
            || text.chars().count() <= MAX_NAMED_DOCUMENT_CHARS
                && !text.contains(['，', ',', '。', '；', ';'])
                && v.genres
                    .not_plan
                    .iter()
                    .any(|(w, _)| text.ends_with(w.as_str()))
                && !assign::opens_with_work_verb(text, v)
    }

    /// Whether a numbered leaf says something: a heading over nothing is no work, a one-line
    /// item of a list is.
    fn says_work(&self, outline: &Outline, k: usize) -> bool {
        let item = &outline.items[k];
        if item.mark.is_none() && !item.topic || item.criterion {
            return false;
        }
        if !item.children.is_empty() || item.heading_only {
            return false;
        }
        let mark_len = item.mark.as_ref().map_or(0, |m| m.len);
        let Some(&head) = item.paragraphs.first() else {
            return false;
        };
        if self.cites_item(outline, k) {
            return false;
        }
        // the item's words: its heading's, and its body's when the body stands on lines of
        // its own under a short heading (（一）村居环境整治 / 农村的环境卫生整治工作要…)
        let words = self.paras[head].folded[mark_len..].chars().count()
            + item.paragraphs[1..]
                .iter()
                .map(|&p| self.paras[p].folded.chars().count())
                .sum::<usize>();
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
        words >= MIN_WORK_ITEM_CHARS || short_item && words >= MIN_SENTENCE_ITEM_CHARS
    }

    /// An item's heading words: its first paragraph after its number, up to the first stop,
    /// comma or colon (folded).
    fn heading_words(&self, item: &crate::plan::outline::Item) -> Option<&str> {
        let &head = item.paragraphs.first()?;
        let skip = item.mark.as_ref().map(|m| m.len).unwrap_or(0);
        let rest = self.paras[head].folded[skip..].trim_start_matches(is_space);
        rest.split(['。', '，', '；', '：', ',', ';', ':']).next()
    }

    /// Whether a numbered leaf item's heading asks a checklist's question (`是否符合国家规定`)
    /// without opening with the work of checking (`检查…是否…`): a criterion.
    fn asks_a_check(&self, item: &crate::plan::outline::Item) -> bool {
        let v = self.ctx.vocab;
        if item.mark.is_none() || !item.children.is_empty() {
            return false;
        }
        let Some(title) = self.heading_words(item) else {
            return false;
        };
        v.check_questions.iter().any(|w| title.contains(w.as_str()))
            && !crate::plan::assign::opens_with_work_verb(title, v)
    }

    /// Whether an item heads a part that states aims or principles, or asks for support
    /// (总体要求, 指导思想, 保障措施): it holds no tasks of its own.
    pub(super) fn is_context(&self, item: &crate::plan::outline::Item) -> bool {
        let Some(title) = self.heading_words(item) else {
            return false;
        };
        if self.heads_targets_with_items(item, title) {
            return false;
        }
        // a heading run into its sentence names the part with a copula (`主要预期目标是：…`)
        let title = title.strip_suffix(['是', '为']).unwrap_or(title);
        let v = self.ctx.vocab;
        // the heading opens with the word (指导思想以…, run on in flattened text), or is the
        // word after a short verb (健全工作机制, not 健全内审工作机制)
        // (who an event invites has a rule of its own, below: `邀请对象` ends in 对象)
        let invitee_heading = v
            .invitee_headings
            .iter()
            .any(|w| title.starts_with(w.as_str()));
        let context = !invitee_heading
            && v.safeguard_headings
                .iter()
                .chain(&v.context_headings)
                .any(|w| {
                    // (a stage of the schedule opening with the word is work: `组织实施阶段（4月6日
                    // 至4月30日）`)
                    // (a scope joined to work, `工作范围及内容`, is not: its items are that work)
                    title
                        .strip_prefix(w.as_str())
                        .is_some_and(|after| !after.starts_with("阶段") && !joins_work(after))
                        || title.ends_with(w.as_str())
                            && title.chars().count() <= w.chars().count() + CONTEXT_VERB_CHARS
                });
        // …or is the word after whose or when it is (`语文教研组工作目标`, `2024年工作目标`):
        // a prefix without a verb of work (`确保完成全年工作目标` is work); not a plan's own
        // name printed as a heading (`市卫生健康委2024年工作思路`)
        // (a part with items of its own, `二、医务科工作目标` over `1.…负责`, keeps them)
        let named_aims = item.children.is_empty()
            && v.context_headings
                .iter()
                .any(|w| !v.genres.plan.contains(w) && self.owner_before(title, w));
        // an analysis of how things stand (`一、语文组及语文教学状况分析`), after words naming no
        // verb of work (`开展现状分析` is work)
        let analysis = v.analysis_headings.iter().any(|w| {
            title.strip_suffix(w.as_str()).is_some_and(|prefix| {
                prefix.chars().count() <= MAX_CONTEXT_OWNER_CHARS
                    && !v.genres.holds_work_verb(prefix)
            })
        });
        // who an event invites (`四、邀请对象` over a paragraph naming them; items of its own,
        // `1.邀请…参观`, are work)
        let invitees = item.children.is_empty() && invitee_heading;
        // a heading over a list of members or participants (`二、成立活动领导小组` `1、李四…`),
        // or naming only the body set up, over the sentence setting it up (`一、组织机构` /
        // `运动会由县人民政府主办，县文体局负责组织。`); a piece of work setting one up is work
        // (`1.成立工作领导小组。（县卫健局负责）`)
        // (or over lines naming the members by post: `组 长:田某（副会长）` / `成 员:办公室…`)
        // (not a heading joining the word to another, `二、培训对象和内容`: its items are work)
        let names_a_body = v.member_headings.iter().any(|w| {
            title
                .split_once(w.as_str())
                .is_some_and(|(_, after)| !joins_work(after))
        });
        // (…or a group's name alone over its members' lines, `2、活动宣传组` / `组长:xx` /
        // `成员:xx` under `一、成立宣传教育活动组织机构`; not a piece of work setting it up,
        // `1.成立工作专班` over the same lines)
        let roster = item.children.is_empty()
            && ROSTER_BODY_ENDINGS.iter().any(|w| title.ends_with(w))
            && !v
                .genres
                .work_verbs
                .iter()
                .any(|w| title.starts_with(w.as_str()))
            && self.lists_members(item);
        let members = names_a_body && (!item.children.is_empty() || self.lists_members(item))
            || self.names_a_body_set_up(item)
            || roster;
        // a heading over what was done (`一、2023年工作开展情况` in a 总结及工作安排): its items
        // report, they plan nothing
        context || named_aims || invitees || analysis || members || self.is_report(item)
    }

    /// Whether an item's body is only lines naming a body's members by post (`组 长:田某…`,
    /// `成 员:办公室、业务部…负责人。`): who the body is, not work.
    fn lists_members(&self, item: &crate::plan::outline::Item) -> bool {
        let body = item.paragraphs.get(1..).unwrap_or_default();
        !body.is_empty()
            && body.iter().all(|&pi| {
                let text = &self.paras[pi].folded;
                let Some(colon) = text.find(['：', ':']) else {
                    return false;
                };
                let label: String = text[..colon].chars().filter(|c| !is_space(*c)).collect();
                self.ctx.vocab.member_labels.contains(&label)
            })
    }

    /// Whether an item is only a person's name and posts (`1.张某某（党组书记、局长）`): it lists
    /// a member of the unit or group it stands under.
    fn lists_a_member(&self, item: &crate::plan::outline::Item) -> bool {
        let ([head], Some(mark)) = (item.paragraphs.as_slice(), &item.mark) else {
            return false;
        };
        let text = self.paras[*head].folded[mark.len..]
            .trim_matches(|c: char| is_space(c) || matches!(c, '。' | '；' | ';'));
        let Some(open) = text.find(['（', '(']) else {
            return false;
        };
        let name = &text[..open];
        let Some(posts) = text[open..]
            .strip_suffix(['）', ')'])
            .map(|p| &p[p.chars().next().map_or(0, char::len_utf8)..])
        else {
            return false;
        };
        let name_chars = name.chars().count();
        (MIN_PERSON_NAME_CHARS..=MAX_PERSON_NAME_CHARS).contains(&name_chars)
            && name.chars().all(crate::document::text::is_han)
            && posts.split(['、', '，', ',']).all(|post| {
                self.ctx
                    .vocab
                    .post_endings
                    .iter()
                    .any(|w| post.trim_matches(is_space).ends_with(w.as_str()))
            })
    }

    /// Whether an item's heading is only the name of a body the plan sets up (`一、组织机构`,
    /// `二、领导小组`): its sentences say who runs the event (`运动会由县人民政府主办，县文体局
    /// 负责组织。`), they give no work — unless they set a time. A piece of work setting one up
    /// is work (`1.成立工作领导小组。（县卫健局负责）`).
    fn names_a_body_set_up(&self, item: &crate::plan::outline::Item) -> bool {
        let named = self.heading_words(item).is_some_and(|title| {
            self.ctx
                .vocab
                .member_headings
                .iter()
                .any(|w| title.trim_matches(is_space) == w.as_str())
        });
        // (a topic so named over dated work is work: `（二）工作专班` / `县发改局牵头组建…专班，
        // 4月底前完成`)
        named && !self.body_states_time(item)
    }

    /// Whether an item heads a part stating aims: its heading opens with a context word
    /// (`一、指导思想`, `总体要求：…`) or names whose or when the aims are (`2024年工作目标`) —
    /// not a piece of work named after its aim (`实现年度目标`, `工程质量目标`).
    fn states_aims(&self, item: &crate::plan::outline::Item) -> bool {
        let Some(title) = self.heading_words(item) else {
            return false;
        };
        !self.heads_targets_with_items(item, title)
            && self
                .ctx
                .vocab
                .context_headings
                .iter()
                .any(|w| title.starts_with(w.as_str()) || self.owner_before(title, w))
    }

    /// Whether an item heads a part of targets and tasks (`一、目标任务`) over items of its own:
    /// those items are the tasks, not aims.
    fn heads_targets_with_items(&self, item: &crate::plan::outline::Item, title: &str) -> bool {
        !item.children.is_empty()
            && self
                .ctx
                .vocab
                .targets_and_tasks_headings
                .iter()
                .any(|w| title.starts_with(w.as_str()))
    }

    /// Whether a title ends in a context heading's word and the words before it say only whose
    /// or when the part is (`语文教研组`, `2024年`, `本学期`): a unit or a time. `分解下达年度`
    /// or `确保完成全年` make the heading work.
    fn owner_before(&self, title: &str, word: &str) -> bool {
        let Some(prefix) = title.strip_suffix(word) else {
            return false;
        };
        let time = prefix.strip_suffix('的').unwrap_or(prefix);
        let is_time = !time.is_empty()
            && time
                .chars()
                .all(|c| c.is_ascii_digit() || TIME_WORD_CHARS.contains(c));
        // (a unit's word after a verb is work on it: 清查单位基本情况)
        let verb_first = self
            .ctx
            .vocab
            .genres
            .work_verbs
            .iter()
            .any(|v| prefix.starts_with(v.as_str()));
        is_time || !verb_first && is_unit_list(prefix, self.ctx.vocab)
    }

    /// Whether an item heads what was done (`一、2023年工作开展情况`, `一、2022年工作总结` in a
    /// 总结及工作思路): its items report, they plan nothing, whatever their sentences' subjects.
    /// A heading naming a year's results (`一、2018年工作回顾`) reports over its paragraphs too.
    fn is_report(&self, item: &crate::plan::outline::Item) -> bool {
        let Some(title) = self.heading_words(item) else {
            return false;
        };
        let genres = &self.ctx.vocab.genres;
        !item.children.is_empty() && genres.heads_work_done(title)
            || item.mark.is_some() && genres.reports_a_year(title)
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

    /// Whether an item's heading opens with a word of the plan's time, its body perhaps run
    /// on without a stop (`二、时间安排春防工作自3月1日起…`): the part may say who does what when.
    fn opens_with_the_time(&self, item: &crate::plan::outline::Item) -> bool {
        self.heads_the_time(item)
            || self.heading_words(item).is_some_and(|title| {
                self.ctx
                    .vocab
                    .time_headings
                    .iter()
                    .any(|w| title.starts_with(w.as_str()))
            })
    }

    /// Whether item `k` heads a part that asks for support rather than assigns work (保障措施).
    /// Under a part of the tasks (`二、创建任务及责任` over `（一）组织领导坚强有力`) such words
    /// name a piece of the work.
    pub(super) fn is_safeguard(&self, outline: &Outline, k: usize) -> bool {
        let v = self.ctx.vocab;
        let holds_safeguard = |title: &str| {
            v.safeguard_headings
                .iter()
                .any(|w| title.contains(w.as_str()))
        };
        let item = &outline.items[k];
        let Some(&head) = item.paragraphs.first() else {
            return false;
        };
        let skip = item.mark.as_ref().map(|m| m.len).unwrap_or(0);
        let title: String = self.paras[head].folded[skip..].chars().take(12).collect();
        if !holds_safeguard(&title) {
            return false;
        }
        // (walked up by parent: this is asked of every item and its ancestors)
        let mut up = item.parent;
        while let Some(a) = up {
            let in_task_part = self.heading_words(&outline.items[a]).is_some_and(|t| {
                v.task_part_words.iter().any(|w| t.contains(w.as_str())) && !holds_safeguard(t)
            });
            if in_task_part {
                return false;
            }
            up = outline.items[a].parent;
        }
        true
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
        self.first_sentence(outline, k).is_some_and(|first| {
            first.contains("阶段")
                || first.contains(['（', '('])
                || self.under_step_heading(outline, k) && self.opens_with_a_date(first)
        }) && self.states_own_time(outline, k)
    }

    /// Whether numbered item `k` heads a step of the schedule by a short title and the time in
    /// the bracket closing it, and nothing more (`（四）处置整治（2020年2月29日前完成）`): the
    /// items under it are that step's pieces of work.
    fn is_titled_step(&self, outline: &Outline, k: usize) -> bool {
        let Some(title) = self.item_title(outline, k) else {
            return false;
        };
        crate::plan::deadlines::title_bracket(title).is_some_and(|(_, close)| {
            title[close..]
                .trim_start_matches(['）', ')'])
                .trim_matches(is_space)
                .is_empty()
        }) && self.is_dated_step(outline, k)
    }

    /// A numbered item's title: its head paragraph past the number, without the stop or colon
    /// closing it.
    fn item_title<'s>(&'s self, outline: &Outline, k: usize) -> Option<&'s str> {
        let item = &outline.items[k];
        let (Some(mark), Some(&head)) = (&item.mark, item.paragraphs.first()) else {
            return None;
        };
        Some(
            self.title_after(head, mark.len)
                .trim_end_matches(['。', '：', ':']),
        )
    }

    /// Whether item `k` stands under a heading of the plan's steps (`五、实施步骤`).
    fn under_step_heading(&self, outline: &Outline, k: usize) -> bool {
        self.parent_title_ends_with(outline, k, &self.ctx.vocab.step_headings)
    }

    /// Whether item `k` stands under a heading of the plan's own work (`四、工作措施`), or
    /// under a part of such a heading (`二、主要内容` `（一）紧盯“关键少数”…` `1.…`).
    fn under_work_heading(&self, outline: &Outline, k: usize) -> bool {
        let words = &self.ctx.vocab.work_headings;
        item_ancestors(outline, k).iter().any(|&a| {
            self.item_title(outline, a)
                .is_some_and(|title| words.iter().any(|w| title.ends_with(w.as_str())))
        })
    }

    /// Whether the title of item `k`'s parent ends in one of `words`.
    fn parent_title_ends_with(&self, outline: &Outline, k: usize, words: &[String]) -> bool {
        let Some(title) = outline.items[k]
            .parent
            .and_then(|p| self.item_title(outline, p))
        else {
            return false;
        };
        words.iter().any(|w| title.ends_with(w.as_str()))
    }

    /// Whether a sentence opens with the time its work is done by (`6月底前，完成…`).
    fn opens_with_a_date(&self, sentence: &str) -> bool {
        let t = sentence.trim_start_matches(is_space);
        self.ctx
            .deadlines
            .find(t, Mode::Text, self.ctx.year)
            .first()
            .is_some_and(|d| d.start == 0)
    }

    /// Whether every clause naming units in an item is a numbered item's doers (`县水利局要`):
    /// no bracket, field or 负责 says whose the item is.
    fn assigned_by_doers_only(&self, item: &crate::plan::outline::Item) -> bool {
        let mut clauses = item
            .paragraphs
            .iter()
            .flat_map(|&pi| &self.paras[pi].clauses)
            .filter(|c| c.names_units)
            .peekable();
        clauses.peek().is_some()
            && clauses.all(|c| matches!(c.kind, ClauseKind::Prose { strong: false, .. }))
    }

    /// Whether an item's heading is a safeguard part's title and nothing more (`五、工作要求`,
    /// `六、强化工作保障`), not a work item that mentions one (`一、要高度重视，加强组织领导`).
    fn titled_as_safeguard(&self, item: &crate::plan::outline::Item) -> bool {
        let (Some(mark), Some(&head)) = (&item.mark, item.paragraphs.first()) else {
            return false;
        };
        let title = self.paras[head].folded[mark.len..]
            .trim_matches(|c: char| is_space(c) || "。：:；;".contains(c));
        self.ctx.vocab.safeguard_headings.iter().any(|w| {
            title
                .strip_suffix(w.as_str())
                .is_some_and(|verb| verb.chars().count() <= CONTEXT_VERB_CHARS)
        })
    }

    /// Whether a paragraph under an item's heading line states a time the work is done by
    /// (`在9月底前完成…`): work, not a requirement, though the heading asks for support.
    fn body_states_time(&self, item: &crate::plan::outline::Item) -> bool {
        item.paragraphs
            .iter()
            .skip(1)
            .any(|&pi| self.states_a_date(&self.paras[pi].folded))
    }

    /// Whether a text states a time by which work is done (`2023年底前`, `3月份`), not only a
    /// standing one (`长期坚持`).
    pub(super) fn states_a_date(&self, text: &str) -> bool {
        self.ctx
            .deadlines
            .find(text, Mode::Text, self.ctx.year)
            .iter()
            .any(|d| !matches!(d.value, crate::plan::model::DeadlineValue::Standing { .. }))
    }

    /// Whether a numbered item's first sentence states when it is done (`1、动员发动阶段
    /// （2007年12月10日前）。…`, `3.2023年底前完成…`).
    fn states_own_time(&self, outline: &Outline, k: usize) -> bool {
        self.first_sentence(outline, k)
            .is_some_and(|first| self.states_a_date(first))
    }

    /// Whether item `k` is a unit heading over a paragraph of that unit's duties: a name
    /// alone on its line (not `1.加强车辆登记管理，严把注册登记关；`) over a body opening as
    /// duties do (`查处…`, `负责…`, `对…实施`; not `组长：…`, `始建于1952年`).
    fn duties_under_unit_heading(&self, outline: &Outline, k: usize) -> bool {
        let item = &outline.items[k];
        let [head, body, ..] = item.paragraphs.as_slice() else {
            return false;
        };
        if !item.unit_heading || !item.children.is_empty() {
            return false;
        }
        let v = self.ctx.vocab;
        // (an unnumbered heading, `县融媒体中心：`, from the line's start)
        let skip = item.mark.as_ref().map_or(0, |m| m.len);
        let name = self.paras[*head].folded[skip..]
            .trim_end_matches(is_space)
            .trim_end_matches(['：', ':']);
        let body = self.paras[*body].folded.trim_start_matches(is_space);
        // (按照…, 等… open a manner or a list, not duties: `按照“五有”标准新建…`)
        let duties = duty_word_at(body, v) && !body.starts_with(['按', '等'])
            || assign::opens_with_work_verb(body, v);
        !name.contains(['，', ',', '；', ';', '。']) && duties
    }
}
