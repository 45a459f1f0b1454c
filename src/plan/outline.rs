//! The outline of a run of paragraphs: numbered items (一、 （一） 1. （1） ① 第X条) nested by
//! their numbering style, each with its body paragraphs and the assignment paragraphs that
//! follow it. Which items are tasks is decided on the whole outline: the task level is wherever
//! assignments attach.

use std::collections::{HashMap, HashSet};

use crate::document::{NumberMark, NumberStyle};

/// One item of the outline.
#[derive(Debug, Clone)]
pub struct Item {
    /// Its number; `None` for an unnumbered heading or the prose before the first number.
    pub mark: Option<NumberMark>,
    /// Nesting depth ([`NumberStyle::depth`]).
    pub depth: u8,
    /// Paragraph indexes (into the reader's paragraph list): the head, then body paragraphs.
    pub paragraphs: Vec<usize>,
    /// Whether the item states its own assignment (in its paragraphs, not its children's).
    pub assigned: bool,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    /// An unnumbered short line standing alone: a heading, never a task.
    pub heading_only: bool,
    /// A numbered heading that only names units (`（一）市民政局`): the items under it are their
    /// duties (a 责任清单).
    pub unit_heading: bool,
    /// A unit heading over a paragraph of that unit's duties, not over items (`（四）工商部门`
    /// `查处非法拼装…`): a task of its own, the heading's units its units.
    pub own_duties: bool,
    /// A heading whose only assignment is a bracket naming who leads it (`一、整治提升村容村貌
    /// （县委农办、县农业农村局牵头）`) over items stating their own units: no task itself, its
    /// lead units lead each item under it.
    pub leads_children: bool,
    /// An unnumbered item of a plan that numbers nothing: a paragraph opening with its topic
    /// (`党建工作：…`), or a short title line over its body. It counts as numbered work does.
    pub topic: bool,
    /// Assignment paragraphs after the last of this item's sub-items that assign each of them
    /// (`1. 市科技馆` `(1)…(3)` `问题整改责任单位：… 整改时限：3天`): the sub-items are the tasks
    /// and each takes the line's units and time limit as its own where it states none.
    pub shared: Vec<usize>,
    /// An unnumbered paragraph opening with a word of sequence (`首先，…`, `一是…`, `——…`): a
    /// work item only in a plan that numbers nothing at all.
    pub sequence: bool,
    /// It stands in a part asking for support or stating aims (`三、保障措施`, `一、总体要求`):
    /// numbering run on from tasks before it does not make it one (`（三）加强组织领导`).
    pub support: bool,
    /// A dashed item that sets its own time (`---确定权力清单（4月底前）。`): a task by its
    /// time, whatever names units around it.
    pub own_time: bool,
    /// Assigned only by the plain subject of its opening (`县委宣传部负责…`) in a plan that
    /// states its assignments: its own task, saying nothing of its siblings.
    pub by_subject: bool,
    /// A line of a scoring sheet (`4.烹饪展示。…每缺一类扣6分。`) or of a form attached
    /// (`附件1…自查表`): never a task.
    pub criterion: bool,
    /// Its heading states aims or asks for support (`一、总体要求`, `五、保障措施`): never a
    /// task for want of an assignment beside assigned siblings.
    pub context_heading: bool,
}

/// Depth of an unnumbered heading: it stands beside the 一、 headings.
pub const UNNUMBERED_HEADING_DEPTH: u8 = 4;
/// Depth of an unnumbered task (a paragraph and its assignment): below every numbered level.
pub const UNNUMBERED_TASK_DEPTH: u8 = 9;

impl Item {
    /// The numbering style, if numbered.
    pub fn style(&self) -> Option<NumberStyle> {
        self.mark.as_ref().map(|m| m.style)
    }

    /// The item's first paragraph and the length of its number there: where its own words
    /// start (`3.` of `3.人民检察院。…`).
    pub fn head(&self) -> Option<(usize, usize)> {
        let &head = self.paragraphs.first()?;
        Some((head, self.mark.as_ref().map_or(0, |m| m.len)))
    }
}

/// Items built in document order.
#[derive(Debug, Default)]
pub struct Outline {
    pub items: Vec<Item>,
    open: Vec<usize>,
}

/// One list of items: the items of one parent printed in one style.
pub type ListKey = (Option<usize>, Option<NumberStyle>);

impl Outline {
    /// The list item `i` belongs to.
    pub fn list_of(&self, i: usize) -> ListKey {
        (self.items[i].parent, self.items[i].style())
    }

    /// The list of each item, lists numbered on across their headings made one: a State
    /// Council style opinion numbers `（四）（五）` under one chapter and `（六）（七）` under the
    /// next, one list of measures. A list continues another when its first number follows the
    /// last number printed before it in the same style.
    pub fn continued_lists(&self) -> Vec<ListKey> {
        let mut alias: HashMap<ListKey, ListKey> = HashMap::new();
        let mut seen: HashSet<ListKey> = HashSet::new();
        let mut last: HashMap<NumberStyle, (u32, ListKey)> = HashMap::new();
        let mut keys = Vec::with_capacity(self.items.len());
        for i in 0..self.items.len() {
            let own = self.list_of(i);
            let Some(mark) = &self.items[i].mark else {
                keys.push(own);
                continue;
            };
            if seen.insert(own) && mark.value > 1 {
                if let Some(&(value, key)) = last.get(&mark.style) {
                    if value + 1 == mark.value && key != own {
                        alias.insert(own, key);
                    }
                }
            }
            let key = alias.get(&own).copied().unwrap_or(own);
            last.insert(mark.style, (mark.value, key));
            keys.push(key);
        }
        keys
    }

    /// For each list among `members`, how many of them `counts` and how many there are —
    /// counted once, so a check of every item against its list stays linear.
    pub fn list_shares(
        &self,
        members: impl IntoIterator<Item = usize>,
        counts: impl Fn(usize) -> bool,
    ) -> HashMap<ListKey, (usize, usize)> {
        let mut shares: HashMap<ListKey, (usize, usize)> = HashMap::new();
        for i in members {
            let (counted, all) = shares.entry(self.list_of(i)).or_default();
            *counted += usize::from(counts(i));
            *all += 1;
        }
        shares
    }

    /// Open a new item at `depth`, closing those at the same depth or deeper.
    pub fn open(
        &mut self,
        mark: Option<NumberMark>,
        depth: u8,
        paragraph: usize,
        heading_only: bool,
    ) -> usize {
        while self
            .open
            .last()
            .is_some_and(|&i| self.items[i].depth >= depth)
        {
            self.open.pop();
        }
        let parent = self.open.last().copied();
        let id = self.items.len();
        self.items.push(Item {
            mark,
            depth,
            paragraphs: vec![paragraph],
            assigned: false,
            parent,
            children: Vec::new(),
            heading_only,
            unit_heading: false,
            topic: false,
            shared: Vec::new(),
            sequence: false,
            support: false,
            own_duties: false,
            leads_children: false,
            own_time: false,
            by_subject: false,
            criterion: false,
            context_heading: false,
        });
        if let Some(p) = parent {
            self.items[p].children.push(id);
        }
        self.open.push(id);
        id
    }

    /// The innermost open item.
    pub fn current(&self) -> Option<usize> {
        self.open.last().copied()
    }

    /// Close every item: a new scope starts (a plan after its cover notice).
    pub fn close_all(&mut self) {
        self.open.clear();
    }

    /// Whether an item or any item below it states an assignment.
    fn subtree_assigned(&self, i: usize) -> bool {
        self.items[i].assigned
            || self.items[i]
                .children
                .iter()
                .any(|&c| self.subtree_assigned(c))
    }

    /// Which items are tasks: those that state their own assignment, and their numbered
    /// siblings of the same style that state none (a task whose assignment is missing) — unless
    /// such a sibling leads items that do (it is a heading). Items below a task are part of it.
    /// `siblings`: whether an unassigned item among assigned siblings is a task missing its
    /// assignment (explicit assignments), or only context (a plan written in prose).
    pub fn tasks(&self, siblings: bool) -> Vec<bool> {
        let n = self.items.len();
        // (in document order: a list numbered on from the tasks before it looks at them)
        let mut task: Vec<bool> = Vec::with_capacity(n);
        for i in 0..n {
            let is = self.is_task(i, siblings, &task);
            task.push(is);
        }
        // an item inside a task is part of it, unless it states its own assignment
        for i in (0..n).filter(|&i| task[i]).collect::<Vec<_>>() {
            let mut p = self.items[i].parent;
            while let Some(j) = p {
                if task[j] && !self.items[i].assigned {
                    task[i] = false;
                    break;
                }
                p = self.items[j].parent;
            }
        }
        task
    }

    /// Whether item `i` is a task on its own account (before items inside tasks are folded in),
    /// given what the items before it are (`before`).
    fn is_task(&self, i: usize, siblings: bool, before: &[bool]) -> bool {
        let item = &self.items[i];
        if item.heading_only || item.criterion {
            return false;
        }
        if item.assigned {
            return true;
        }
        if !siblings
            || item.mark.is_none()
            || item.context_heading
            || item.children.iter().any(|&c| self.subtree_assigned(c))
        {
            return false;
        }
        // (a list whose first item runs on from the tasks under the heading before is a list
        // of tasks numbered on across headings, every item of it missing its assignment)
        let siblings = self.siblings(i);
        // (…or, for a sub-item, a sibling heading its own tasks: `1.排查内容` over `（1）…牵头
        // 单位：…` beside `2.排查范围` `3.排查方式`, steps of the same work whose units go unnamed)
        let beside_heading = || {
            item.children.is_empty()
                && !item.support
                && item
                    .style()
                    .is_some_and(|st| st > NumberStyle::ChineseParen)
                && siblings.iter().any(|&s| {
                    s != i && !self.items[s].children.is_empty() && self.subtree_assigned(s)
                })
        };
        siblings
            .iter()
            .any(|&s| s != i && self.items[s].assigned && !self.items[s].by_subject)
            || beside_heading()
            || !item.support
                && siblings
                    .first()
                    .is_some_and(|&first| self.continues_cousin_tasks(first, before))
    }

    /// Whether leaf item `i` continues, across a heading, the numbering of the tasks (or of the
    /// items heading tasks) under the heading before its own (`（二）… 4.…牵头单位：…` `（三）… 5.…` with no assignment): it is
    /// the next task, missing its assignment, and so are the items numbered after it. The
    /// tasks before may be such a list themselves (`三、…` `（七）…` after `二、…` `（四）…（六）`
    /// numbered on from assigned `（一）…（三）`): `tasks` holds what the items before `i` are.
    fn continues_cousin_tasks(&self, i: usize, tasks: &[bool]) -> bool {
        let item = &self.items[i];
        let (Some(mark), Some(parent)) = (&item.mark, item.parent) else {
            return false;
        };
        // the first item under its heading, with nothing assigned under that heading
        if !item.children.is_empty()
            || self.subtree_assigned(parent)
            || self.siblings(i).first() != Some(&i)
        {
            return false;
        }
        // the items of this style under the heading before: tasks among them, and the last
        // one numbered just before this one
        let Some(before) = self
            .siblings(parent)
            .into_iter()
            .take_while(|&h| h != parent)
            .last()
        else {
            return false;
        };
        let cousins: Vec<usize> = self
            .subtree(before)
            .into_iter()
            .filter(|&k| self.items[k].style() == Some(mark.style))
            .collect();
        let runs_on = cousins.last().is_some_and(|&k| {
            self.items[k]
                .mark
                .as_ref()
                .is_some_and(|m| m.value + 1 == mark.value)
        });
        // (a cousin may head its tasks: `1.完善应急预案体系` over `(1)…(3)` and their line)
        runs_on
            && cousins
                .iter()
                .any(|&k| self.subtree_assigned(k) || tasks.get(k).copied().unwrap_or(false))
    }

    /// Items with the same parent and numbering style, in order.
    pub fn siblings(&self, i: usize) -> Vec<usize> {
        let style = self.items[i].style();
        let parent = self.items[i].parent;
        let pool: Vec<usize> = match parent {
            Some(p) => self.items[p].children.clone(),
            None => (0..self.items.len())
                .filter(|&k| self.items[k].parent.is_none())
                .collect(),
        };
        pool.into_iter()
            .filter(|&k| self.items[k].style() == style)
            .collect()
    }

    /// The item and every item below it, in order.
    pub fn subtree(&self, i: usize) -> Vec<usize> {
        let mut out = vec![i];
        for &c in &self.items[i].children {
            out.extend(self.subtree(c));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(style: NumberStyle, value: u32) -> Option<NumberMark> {
        Some(NumberMark {
            style,
            value,
            label: String::new(),
            len: 0,
        })
    }

    #[test]
    fn the_task_level_is_where_assignments_attach() {
        use NumberStyle::*;
        let mut o = Outline::default();
        let a = o.open(mark(Chinese, 1), Chinese.depth(), 0, false); // 一、重点任务
        let b = o.open(mark(ChineseParen, 1), ChineseParen.depth(), 1, false); // （一）
        let t1 = o.open(mark(Arabic, 1), Arabic.depth(), 2, false);
        o.items[t1].assigned = true;
        let t2 = o.open(mark(Arabic, 2), Arabic.depth(), 3, false); // missing its units
        let sub = o.open(mark(ArabicParen, 1), ArabicParen.depth(), 4, false);
        let c = o.open(mark(Chinese, 2), Chinese.depth(), 5, false); // 二、保障措施
        let c1 = o.open(mark(ChineseParen, 1), ChineseParen.depth(), 6, false);
        let task = o.tasks(true);
        assert!(!task[a] && !task[b]);
        assert!(task[t1] && task[t2]);
        assert!(!task[sub], "part of its task");
        assert!(!task[c] && !task[c1], "no assignment anywhere near");
    }

    #[test]
    fn numbering_that_runs_on_under_the_next_heading_is_a_task() {
        use NumberStyle::*;
        let mut o = Outline::default();
        o.open(mark(ChineseParen, 1), ChineseParen.depth(), 0, false); // （一）
        let t1 = o.open(mark(Arabic, 1), Arabic.depth(), 1, false);
        o.items[t1].assigned = true;
        let t2 = o.open(mark(Arabic, 2), Arabic.depth(), 2, false);
        o.items[t2].assigned = true;
        let h = o.open(mark(ChineseParen, 2), ChineseParen.depth(), 3, false); // （二）
                                                                               // missing its units
        let t3 = o.open(mark(Arabic, 3), Arabic.depth(), 4, false);
        // a list restarting at 1 under the next heading is that heading's own
        let h2 = o.open(mark(ChineseParen, 3), ChineseParen.depth(), 5, false); // （三）
        let r1 = o.open(mark(Arabic, 1), Arabic.depth(), 6, false);
        let task = o.tasks(true);
        assert!(task[t1] && task[t2] && task[t3]);
        assert!(!task[h] && !task[h2] && !task[r1]);
    }
}
