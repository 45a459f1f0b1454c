//! What one paragraph is, read as it comes: a label alone, a topic or a step of a sequence,
//! a line of a schedule's period, duties and whose they are, and what an assignment line
//! after an item closes.

use crate::document::{is_space, NumberStyle, Text};
use crate::plan::assign::{self, Clause};
use crate::plan::deadlines::Mode;
use crate::plan::model::UnitKind;
use crate::plan::units::{kind_of, labels, LabelKind};

use super::stages::{stage_number, MAX_STAGE_LINE_CHARS};
use super::{item_ancestors, names_only_units, ReadMode, Reader, Report};
use crate::plan::outline::{ListKey, Outline, UNNUMBERED_TASK_DEPTH};
use std::collections::HashMap;

/// Fewest numbered items under a heading whose bracket names who leads it, none of them naming
/// units, that make each item a task the heading's units do (`（一）深化商事制度改革(牵头单位:…)`
/// over `1.优化开办企业服务。…` `2.增强…`): one item under it is the heading's own work.
const MIN_LED_LIST_ITEMS: usize = 2;
/// Length of the topic a paragraph of a plan in prose may open with (`党建工作：`).
const MIN_TOPIC_CHARS: usize = 2;
/// Longest names a duty item may open with (`区党工委党群工作部、区社会事业局`), in characters.
const MAX_OPENING_NAME_CHARS: usize = 30;
/// Longest sector's department heading its duties (`卫生部门`, `市场监管部门`): a longer name
/// ending in 部门 qualifies a class (`承担监管职责的部门`).
const MAX_SECTOR_NAME_CHARS: usize = 6;

const MAX_TOPIC_CHARS: usize = 10;
/// Fewest items in a list for the share of them opening with a unit's name to tell a duty list
/// from a list of works: in two items one name is half.
const MIN_UNIT_SENTENCE_LIST: usize = 3;
/// Fewest lists whose last item alone closes with an assignment for that to be the plan's way of
/// assigning each list as a whole: in one list it may be the last item's own.
const MIN_LISTS_SHARING_CLOSING: usize = 2;
/// The word of a check criterion (`…手续是否完整`).
const CHECK_WORD: &str = "是否";
/// Fewest items of a list of check criteria: two questions may be a plan's own wording.
const MIN_CHECK_LIST: usize = 3;
/// Longest first sentence of a check criterion; a longer one is work that checks something.
const MAX_CRITERION_CHARS: usize = 40;

/// Shortest text after a topic's colon that says what is done: shorter is a field's value
/// (`来源：街道办事处`).
const MIN_TOPIC_BODY_CHARS: usize = 20;

/// Shortest text after a period's label and its colon that says what is done then
/// (`第四季度：总结全年工作，表彰先进。`): after a time, a field's value is a date, never a
/// sentence, so a short sentence is already work.
const MIN_PERIOD_WORK_CHARS: usize = 8;

/// Shortest unnumbered paragraph read as a piece of work of its own under a part's bare heading
/// (`二、主要任务` over `开展环境卫生整治，清除卫生死角。`): a shorter line is a note.
const MIN_PART_WORK_CHARS: usize = 10;

/// Fewest sentences under a part's bare heading for each to be a task: one alone is the part's
/// text.
const MIN_PART_SENTENCES: usize = 2;

/// Longest theme a period heading gives its period after the colon (`二月主题：新起点、新打算`):
/// a motto, not a sentence of work done then.
const MAX_PERIOD_THEME_CHARS: usize = 20;

/// Longest area of work a month heading names after its month with no colon (`三月园务行政`):
/// longer words after a month are a sentence.
const MAX_PERIOD_AREA_CHARS: usize = 6;

/// Sub-items an item must have before one assignment line after the last of them is taken
/// for all of them: after a single sub-item it is that sub-item's.
const MIN_SUB_ITEMS_UNDER_ONE_ASSIGNMENT: usize = 2;

/// What a time alone on its line ends in when it is a limit (`2008年5月1日前`, `…前完成`,
/// `…之前`), not a period heading the items after it (`三月份`).
const LIMIT_ENDINGS: [&str; 2] = ["前", "完成"];

/// What an unnumbered line under a schedule's period heading is (see `Reader::scheduled_line`).
pub(super) enum ScheduledLine {
    /// The first line of an item done in that period.
    Opens,
    /// The rest of item `.0`, whose line did not end its sentence.
    Wraps(usize),
}

/// A paragraph that is only a label.
pub(super) enum LabelLine {
    /// A field's label: the next paragraph is its value.
    Field,
    /// The task text column's name (a table printed as label and value lines).
    TaskText,
}

/// What an assignment line after an item closes (see [`Reader::closing_target`]).
pub(super) enum Closing {
    /// That item alone.
    Item(usize),
    /// Each sub-item of this parent.
    Each(usize),
    /// Each of these top-level items: the whole list, no heading standing above it.
    EachTop(Vec<usize>),
}

/// Longest label opening a line before its colon (`进展落实情况：`, `下半年工作安排：`): longer
/// text before a colon is a sentence introducing what follows.
const MAX_LINE_LABEL_CHARS: usize = 12;

/// Fewest items of a list of duties: two or three items opening with units are any list's.
const MIN_DUTY_LIST_ITEMS: usize = 4;
/// Share of a list's items that must open with their units for it to be a list of duties: two
/// thirds.
const DUTY_LIST_SHARE_NUMERATOR: usize = 2;
const DUTY_LIST_SHARE_DENOMINATOR: usize = 3;

/// Opening characters two items' first sentences share for them to be a campaign's slogans
/// (`健康社区` `健康学校`): one shared character (`县…`) is common among units.
const MIN_SLOGAN_PREFIX_CHARS: usize = 2;

/// Longest group ordinal labelling a paragraph of duties (`第十二组:`), in characters.
const MAX_GROUP_LABEL_CHARS: usize = 6;

/// Length of a group's ordinal and colon opening a paragraph (`第一组:`, `第2组：`), or 0: the
/// working group a department's duties are listed under, no unit's name.
fn group_label_len(s: &str) -> usize {
    let Some((_, end)) = crate::plan::text::ordinal_before(s, "组") else {
        return 0;
    };
    match s[end..].chars().next() {
        Some(colon @ ('：' | ':')) if s[..end].chars().count() < MAX_GROUP_LABEL_CHARS => {
            end + colon.len_utf8()
        }
        _ => 0,
    }
}

/// The units a paragraph opens with as its sentences' subjects (`企管站做好…`), as clauses over
/// them — past a group's ordinal labelling it (`第一组:局社会福利和彩票管理科负责…`).
pub(super) fn opening_subjects(
    folded: &str,
    vocab: &crate::plan::vocab::Vocabulary,
) -> Vec<Clause> {
    let label = group_label_len(folded);
    assign::prose(folded, vocab, (label > 0).then_some(label))
        .into_iter()
        .filter(|c| folded[label..c.start].trim_matches(is_space).is_empty())
        .collect()
}

impl Reader<'_, '_> {
    /// Whether a line opens, past its number, with a unit's name (`（1）城管局负责城区街道`).
    pub(super) fn opens_with_unit(&self, text: &Text, skip: usize) -> bool {
        let v = self.ctx.vocab;
        let folded = v.fold(text.as_str());
        let rest = folded
            .get(skip..)
            .unwrap_or("")
            .trim_start_matches(is_space);
        crate::plan::units::name_prefix(rest, v).is_some()
    }

    /// Whether a paragraph is only a label: a field's (its value is the next paragraph) or the
    /// task text column's (`具体任务`, dropped).
    pub(super) fn label_only(&self, text: &Text) -> Option<LabelLine> {
        let v = self.ctx.vocab;
        let folded = v.fold(text.as_str());
        let t = crate::plan::text::normalize(folded.trim_end_matches(['：', ':']));
        if v.is_field_label(&t) {
            return Some(LabelLine::Field);
        }
        v.columns
            .iter()
            .filter(|(r, _)| *r == crate::document::ColumnRole::Content)
            .any(|(_, names)| names.contains(&t))
            .then_some(LabelLine::TaskText)
    }

    /// Whether paragraph `idx` opens with a short topic and a colon, then says what is done
    /// (`党建工作：完善党建引领机制，…`): not a field (`来源：`), not a person's line. Before
    /// any numbered item, a short sentence may be the topic (`全力推进大拆大整。一是…`).
    pub(super) fn opens_with_topic(&self, idx: usize) -> bool {
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
        // (a period's label over what is done then, `第三季度：开展病媒生物防治，降低…。`, needs
        // no long sentence after it)
        // (…where it opens an item: under a numbered task with text of its own, a short line
        // is one of the task's stages)
        let min_body = if t[colon..].starts_with(['：', ':'])
            && self.ctx.deadlines.is_period_label(topic, self.ctx.year)
            && !self.under_task_text()
        {
            MIN_PERIOD_WORK_CHARS
        } else {
            MIN_TOPIC_BODY_CHARS
        };
        // a sub-item opening a paragraph (`一是党政领导主题发动。…`) is no topic over the rest
        (MIN_TOPIC_CHARS..=MAX_TOPIC_CHARS).contains(&topic_chars)
            && crate::plan::text::after_sub_item_word(topic).is_none()
            && topic
                .chars()
                .all(|c| crate::document::text::is_han(c) || c.is_ascii_alphanumeric())
            && body.chars().count() >= min_body
            && body.contains(['，', '。', '；'])
            && !self.opens_with_field_label(t)
            && !self.ctx.vocab.names_text_column(topic)
            && !self.ctx.vocab.context_headings.iter().any(|w| w == topic)
    }

    /// Whether the item read last is a numbered one with text of its own besides its heading
    /// (`1.新建城市公园3个。区园林局牵头…`): lines after it are more of that task.
    fn under_task_text(&self) -> bool {
        let Some(cur) = self.outline.current() else {
            return false;
        };
        let item = &self.outline.items[cur];
        let Some(mark) = &item.mark else {
            return false;
        };
        item.paragraphs.len() > 1
            || item.paragraphs.first().is_some_and(|&head| {
                self.paras[head].folded[mark.len..].contains(['。', '；', ';', '，', ','])
            })
    }

    /// Split the item read last into one task a paragraph when it is a numbered heading that
    /// only names its part of the plan (`二、主要任务`, `三、工作措施`: `work_headings`) over at
    /// least [`MIN_PART_SENTENCES`] paragraphs, each a sentence of work (see
    /// [`Self::is_part_sentence`]): the part names no task, each sentence is one. Any other
    /// paragraph under it (a requirement, `各单位要高度重视…`; a result, a closing remark)
    /// keeps the part one task, its paragraphs its text. Called when the item closes: before
    /// the next number, a table or the end, so the new items stay in document order.
    pub(super) fn split_part_sentences(&mut self) {
        // (a text with no title is judged by its items afterwards: a report's part reads so too)
        if self.mode != ReadMode::Prose {
            return;
        }
        let Some(part) = self.outline.current() else {
            return;
        };
        let item = &self.outline.items[part];
        let Some(mark) = &item.mark else {
            return;
        };
        if !item.children.is_empty() || item.paragraphs.len() < MIN_PART_SENTENCES + 1 {
            return;
        }
        let v = self.ctx.vocab;
        let head = &self.paras[item.paragraphs[0]];
        let title = head.folded[mark.len..]
            .trim_matches(is_space)
            .trim_end_matches(['：', ':', '。'])
            .trim_end_matches(is_space);
        if !v.work_headings.iter().any(|w| w == title) {
            return;
        }
        let body: Vec<usize> = item.paragraphs[1..].to_vec();
        if !body.iter().all(|&p| self.is_part_sentence(p)) {
            return;
        }
        self.outline.items[part].paragraphs.truncate(1);
        self.outline.items[part].assigned = false;
        for p in body {
            let id = self.outline.open(None, UNNUMBERED_TASK_DEPTH, p, false);
            self.outline.items[id].topic = true;
            self.outline.items[id].assigned = !self.paras[p].clauses.is_empty();
        }
    }

    /// Whether paragraph `idx` is a sentence of work of its own: it opens with a verb of work
    /// (`开展环境卫生整治，清除卫生死角。`) and reports nothing done — neither by its words
    /// (`累计`, `同比`) nor by naming a year before the plan's (`2024年签约项目开工率达到75%`).
    fn is_part_sentence(&self, idx: usize) -> bool {
        let v = self.ctx.vocab;
        let t = self.paras[idx].folded.trim_matches(is_space);
        let past_year = self
            .ctx
            .year
            .is_some_and(|year| crate::plan::vocab::years_named(t).any(|y| y < year));
        t.chars().count() >= MIN_PART_WORK_CHARS
            && t.ends_with(['。', '；', ';'])
            && crate::plan::assign::opens_with_work_verb(t, v)
            && !v.genres.reports_done(t)
            && !past_year
    }

    /// Whether paragraph `idx` opens with a word of sequence and a comma (`首先，…`, `最后，…`),
    /// a sub-item's word (`一是…`), a dash (`——…`) or the area it covers (`在基础设施建设方面，…`), and goes on to
    /// say what is done.
    pub(super) fn opens_in_sequence(&self, idx: usize) -> bool {
        let t = self.paras[idx].folded.trim_start_matches(is_space);
        // a sub-item's word opening the paragraph (`一是进一步落实管党治党责任。…`), or a dash
        // (`——让乡村旅游“火起来”。…`)
        // (a dashed line with no sentence is a subtitle: `——在全县…会议上的讲话`)
        let dashed = crate::document::text::after_dash_bullet(t).filter(|r| r.contains('。'));
        // what was done (`在产业发展方面，…同比增长9.3%`) is no work to do
        let v = self.ctx.vocab;
        if v.genres.reports_done(t) {
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

    /// Whether paragraph `idx` opens with a sub-item's word (`二是…`), not a dash or a word of
    /// sequence.
    pub(super) fn opens_sub_item(&self, idx: usize) -> bool {
        let t = self.paras[idx].folded.trim_start_matches(is_space);
        crate::plan::text::after_sub_item_word(t).is_some()
    }

    /// Whether outline item `item` is a task of its own opened by a sub-item's paragraph
    /// (`一是强化家庭教育指导。…（市妇联负责）`), no numbered item's heading or body.
    pub(super) fn sub_item_task(&self, item: usize) -> bool {
        let it = &self.outline.items[item];
        it.mark.is_none()
            && it
                .paragraphs
                .first()
                .is_some_and(|&p| self.opens_sub_item(p))
    }

    /// Whether a line opens with a field's label and its colon (`活动内容：`, `组织单位：`,
    /// `完成时限：`).
    pub(super) fn opens_with_field_label(&self, rest: &str) -> bool {
        let rest = rest.trim_start_matches(is_space);
        let field = self.ctx.vocab.field_labels.iter().any(|l| {
            rest.strip_prefix(l.as_str())
                .is_some_and(|after| after.trim_start_matches(is_space).starts_with(['：', ':']))
        });
        field || self.leading_label(rest).is_some()
    }

    /// Whether a line is only a label over an item's measures and its colon (`整改措施：`),
    /// or that label with the first measure run on after it (`整改措施：①建立…`).
    pub(super) fn opens_measures(&self, line: &str) -> bool {
        let t = line.trim_start_matches(is_space);
        self.ctx.vocab.measure_labels.iter().any(|l| {
            t.strip_prefix(l.as_str())
                .is_some_and(|after| after.trim_start_matches(is_space).starts_with(['：', ':']))
        })
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
    pub(super) fn is_field_line(&self, line: &str) -> bool {
        let line = line.trim_matches(is_space);
        self.leading_label(line).is_some_and(|l| {
            // the names alone: no clause after them (`…，负责制定活动细则，4月15日前完成。`)
            let value = line[l.value.min(line.len())..].trim_end_matches(['。', '；', ';']);
            matches!(l.kind, LabelKind::Units(_) | LabelKind::Person)
                && !value.contains(['，', ',', '。', '；', ';'])
        })
    }

    /// What unnumbered line `idx` after item `cur` is in a schedule: the opening of an item
    /// when `cur` is a period heading with nothing under it yet, or an item of one whose last
    /// line ends its sentence; the rest of that item when its last line does not. A line ending
    /// in a colon (`常规事项：`) introduces a list and opens nothing.
    pub(super) fn scheduled_line(&self, cur: usize, idx: usize) -> Option<ScheduledLine> {
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
        // under a stage of the schedule (`第一阶段:编制目录(6月至7月)。`) the paragraphs are
        // the stage's one piece of work, described at length; a month's lines are its items
        let stage = item.parent.is_some_and(|p| {
            let head = items[p].paragraphs[0];
            stage_number(&self.paras[head].folded).is_some()
        });
        Some(if ended && !stage {
            ScheduledLine::Opens
        } else {
            ScheduledLine::Wraps(cur)
        })
    }

    /// Where the time of a line heading a schedule's period ends, if it heads one: past the
    /// time when the line only names one (`二月份：`, `三月：`, `第一季度`), or the time before a theme word,
    /// a colon and the period's short theme (`二月主题：新起点、新打算`).
    pub(super) fn period_label_end(&self, folded: &str) -> Option<usize> {
        let year = self.ctx.year;
        // a stage of the schedule with its dates, unnumbered (`第一阶段:宣传动员阶段(2007年3月1日
        // --3月20日)`): the items under it are done by its end
        // (a full stop may close it: `第一阶段:编制目录(6月至7月)。`)
        let t = folded
            .trim_end_matches(is_space)
            .trim_end_matches('。')
            .trim_end_matches(is_space);
        if stage_number(t).is_some()
            && t.chars().count() <= MAX_STAGE_LINE_CHARS
            && !t.contains('。')
            && !self.ctx.deadlines.find(t, Mode::Text, year).is_empty()
        {
            return Some(t.len());
        }
        if self.ctx.deadlines.is_period_label(folded, year) {
            // the time alone: a colon after it (`三月：`) is no part of it
            return Some(crate::plan::deadlines::label_time(folded).len());
        }
        // a month with the area of work done then, no colon (`三月园务行政`, `九月份保教工作`)
        if !folded.contains(['：', ':']) {
            let t = folded.trim_matches(is_space);
            let month_end = t
                .find("月份")
                .map(|i| i + "月份".len())
                .or_else(|| t.find('月').map(|i| i + '月'.len_utf8()));
            if let Some(end) = month_end {
                let (head, area) = t.split_at(end);
                let v = self.ctx.vocab;
                let plain_area = (1..=MAX_PERIOD_AREA_CHARS).contains(&area.chars().count())
                    && area.chars().all(crate::document::text::is_han)
                    && !v.genres.holds_work_verb(area);
                if plain_area && self.ctx.deadlines.is_period_label(head, year) {
                    let lead = folded.len() - folded.trim_start_matches(is_space).len();
                    return Some(lead + head.len());
                }
            }
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

    /// Whether paragraph `idx` states duties without naming who has them (`工作职责：负责…`,
    /// `负责…`).
    pub(super) fn opens_duties(&self, idx: usize) -> bool {
        let t = self.paras[idx].folded.trim_matches(is_space);
        let duties = assign::duties_after(t, self.ctx.vocab);
        duties.len() < t.len() || t.starts_with(assign::DUTY_OPENER)
    }

    /// The units a paragraph opens with as the subject of 负责 (`农业部门负责农产品生产环节的
    /// 监管。`), as a clause over them.
    pub(super) fn duty_subject(&self, folded: &str) -> Option<Clause> {
        opening_subjects(folded, self.ctx.vocab)
            .into_iter()
            .next()
            .filter(|c| folded[c.end..].starts_with(assign::DUTY_OPENER))
    }

    /// Whether a paragraph opening with its units as the subject of 负责 is one of a run of
    /// such paragraphs, each a unit's duties: the item being read is the one before it, or
    /// a numbered item whose last body paragraph is one (read as its body until now).
    pub(super) fn splits_duty_sentences(&self, current: Option<usize>) -> bool {
        let Some(cur) = current else {
            return false;
        };
        let item = &self.outline.items[cur];
        match (&item.mark, item.paragraphs.as_slice()) {
            // (one read as a topic's paragraph, `第一组:…负责…` in a plan read in prose, too)
            (None, [head, ..]) => self.paras[*head].duty_sentence && (item.assigned || item.topic),
            (Some(_), [_, .., last]) => self.paras[*last].duty_sentence && item.children.is_empty(),
            _ => false,
        }
    }

    /// The units an item's own text only names (`1、综合协调组。`), as a clause over them, when
    /// the item has nothing else yet: no body, no assignment.
    pub(super) fn unit_named_by(&self, cur: usize) -> Option<Clause> {
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
        names_only_units(names, self.ctx.vocab).then(|| Clause::subject_names(start, end))
    }

    /// The units a numbered paragraph's first sentence names and nothing else, when its duties
    /// follow in the same paragraph (`3.人民检察院。依法开展对…的检察。`): a clause assigning
    /// them. `skip` is the number's length.
    pub(super) fn unit_sentence_opening(&self, idx: usize, skip: usize) -> Option<Clause> {
        let folded = &self.paras[idx].folded;
        let rest = &folded[skip..];
        let start = skip + (rest.len() - rest.trim_start_matches(is_space).len());
        // (…or names it before a colon: `（一）发改委：每季度终了后20日内向…提供…`)
        let stop = folded[start..].find(['。', '：', ':'])?;
        let end = start + stop;
        let stop_char = folded[end..].chars().next();
        let mark_len = stop_char.map_or(0, char::len_utf8);
        // (a field's label before its colon is none: `3、负责单位：各村居`, `3、参演单位：…`)
        let v = self.ctx.vocab;
        // (departments named by their sectors are no label: `3、公安、司法部门:提供…`)
        let sectors = crate::plan::units::is_sector_departments(&folded[start..end], v);
        let label_like = !sectors
            && (self.leading_label(&folded[start..]).is_some()
                || v.bare_class_names
                    .iter()
                    .any(|w| folded[start..end].ends_with(w.as_str())));
        if stop_char != Some('。') && label_like {
            return None;
        }
        let duties = folded[end + mark_len..].trim_matches(is_space);
        (!duties.is_empty() && (sectors || names_only_units(&folded[start..end], v))).then(|| {
            Clause {
                unit_sentence: true,
                ..Clause::subject_names(start, end)
            }
        })
    }

    /// Follow the labels of progress (`进展落实情况：`, or `落实情况` alone on its line): one heads
    /// what was done in each period after it, up to the next label opening a line, a period's
    /// excepted (`下半年工作安排：`, `重点工作：…`), or the next number — unless the number is
    /// under a period's line of the report (`第三季度：` `1.…已印发`) and of the style the first
    /// such number has (`二、…` after `1.…` opens the next part).
    pub(super) fn note_report_label(
        &mut self,
        folded: &str,
        number: Option<NumberStyle>,
        period: bool,
    ) {
        if let Some(style) = number {
            self.report = match self.report {
                Report::Period(None) => Report::Period(Some(style)),
                Report::Period(Some(first)) if first == style => self.report,
                _ => Report::Off,
            };
            return;
        }
        if period {
            if self.report != Report::Off {
                self.report = Report::Period(None);
            }
            return;
        }
        let t = folded.trim_start_matches(is_space);
        let label = t
            .find(['：', ':'])
            .map(|at| t[..at].trim_matches(is_space))
            .filter(|l| (1..=MAX_LINE_LABEL_CHARS).contains(&l.chars().count()))
            .filter(|l| !l.contains(['，', '。', ',', '；']));
        match label {
            // (a period's report run into its line, `第一季度：已指定专人…`, is more of it)
            Some(l) if self.ctx.deadlines.is_period_label(l, self.ctx.year) => {}
            Some(l) => {
                let opens =
                    self.ctx.vocab.genres.heads_work_done(l) && t.trim_end().ends_with(['：', ':']);
                self.report = if opens { Report::Open } else { Report::Off };
            }
            None if self
                .ctx
                .vocab
                .genres
                .is_work_done_label(t.trim_end_matches(is_space)) =>
            {
                self.report = Report::Open;
            }
            None => {}
        }
    }

    /// Assign numbered item `id` (head paragraph `idx`, number `skip` bytes long) to the units
    /// its first sentence names (`3.人民检察院。依法开展…`) — unless the sentences are a
    /// campaign's slogans (`1.法律进机关。` `2.法律进社区。`): then the items before give theirs
    /// back.
    pub(super) fn assign_by_unit_sentence(&mut self, id: usize, idx: usize, skip: usize) {
        let Some(clause) = self.unit_sentence_opening(idx, skip) else {
            return;
        };
        match self.slogan_before(id, idx, &clause) {
            Some(taken) => {
                for prev in taken {
                    let head = self.outline.items[prev].paragraphs[0];
                    self.paras[head].prose.retain(|c| !c.unit_sentence);
                    self.outline.items[prev].assigned = false;
                }
            }
            None => {
                self.paras[idx].prose.push(clause);
                self.outline.items[id].assigned = true;
            }
        }
    }

    /// Under a heading of duties (`五、职责分工`), a numbered item that opens with a unit's name
    /// and goes straight on with its work (`（二）区宣传与影视发展部充分发挥电视、网络…`) is that
    /// unit's duty, whatever verb follows the name.
    pub(super) fn assign_duty_by_opening_name(&mut self, id: usize, idx: usize, skip: usize) {
        let Some(parent) = self.outline.items[id].parent else {
            return;
        };
        let (Some(mark), Some(&head)) = (
            &self.outline.items[parent].mark,
            self.outline.items[parent].paragraphs.first(),
        ) else {
            return;
        };
        if !self.titles_duties(self.title_after(head, mark.len)) {
            return;
        }
        let start = text_start(&self.paras[idx].folded, skip);
        // (a subject already read there names them)
        if self.paras[idx]
            .prose
            .iter()
            .any(|c| c.start <= start && start < c.end.max(start + 1))
        {
            return;
        }
        if let Some(names) = self.opening_unit_names(idx, skip) {
            self.paras[idx]
                .prose
                .push(Clause::subject_names(names.0, names.1));
            self.outline.items[id].assigned = true;
        }
    }

    /// The unit names a numbered item's text opens with, past its number (`skip`), as byte
    /// offsets in the paragraph's folded text: the longest names its work follows, whatever
    /// verb that is (`区财政金融局|确保…`).
    fn opening_unit_names(&self, idx: usize, skip: usize) -> Option<(usize, usize)> {
        let v = self.ctx.vocab;
        let folded = &self.paras[idx].folded;
        let start = text_start(folded, skip);
        let text = &folded[start..];
        let n = duty_opening_names(text, v)?;
        text.chars()
            .next()
            .is_some_and(|c| v.opens_unit_name(c))
            .then_some((start, start + n))
    }

    /// In a list of duties, most of whose items open with the unit that does them
    /// (`（八）市财政局负责…` `（九）市物价局负责…`), an item opening with a unit's name and going
    /// straight on with its work (`（十一）市纠风办和…督察队依法开展…`) is that unit's duty too,
    /// whatever verb follows the name — as under a heading of duties.
    pub(super) fn assign_duties_in_duty_lists(&mut self, outline: &mut Outline) {
        let opens_with_units = |me: &Self, k: usize| -> bool {
            let Some((head, skip)) = outline.items[k].head() else {
                return false;
            };
            let p = &me.paras[head];
            let start = text_start(&p.folded, skip);
            p.clauses
                .iter()
                .chain(&p.prose)
                .any(|c| c.names_units && c.start <= start && start < c.end)
        };
        // the lists: the numbered items under one parent in one style
        let mut lists: HashMap<(Option<usize>, crate::document::NumberStyle), Vec<usize>> =
            HashMap::new();
        for (k, item) in outline.items.iter().enumerate() {
            if let Some(m) = &item.mark {
                lists.entry((item.parent, m.style)).or_default().push(k);
            }
        }
        let mut found: Vec<(usize, usize, usize, usize)> = Vec::new();
        let mut keys: Vec<_> = lists.keys().copied().collect();
        keys.sort_unstable_by_key(|(p, s)| (p.map_or(0, |p| p + 1), *s as u8));
        for key in keys {
            let items = &lists[&key];
            let opening = items.iter().filter(|&&k| opens_with_units(self, k)).count();
            if items.len() < MIN_DUTY_LIST_ITEMS
                || opening * DUTY_LIST_SHARE_DENOMINATOR < items.len() * DUTY_LIST_SHARE_NUMERATOR
            {
                continue;
            }
            for &k in items {
                if outline.items[k].assigned || !outline.items[k].children.is_empty() {
                    continue;
                }
                let Some((head, skip)) = outline.items[k].head() else {
                    continue;
                };
                if let Some((a, b)) = self.opening_unit_names(head, skip) {
                    found.push((k, head, a, b));
                }
            }
        }
        for (k, head, a, b) in found {
            self.paras[head].prose.push(Clause::subject_names(a, b));
            outline.items[k].assigned = true;
        }
    }

    /// Take a list of check criteria out of the tasks: items asking whether something is so
    /// (`1.临时用地审批手续是否完整；` `2.项目立项是否备案；`) are what an inspection looks at, not
    /// work given out — when at least two thirds of a list of three or more say `是否` and name
    /// no unit. A heading over such a list only is no task either.
    pub(super) fn drop_check_criteria(&self, outline: &mut Outline) {
        let asks = |k: usize| -> bool {
            let item = &outline.items[k];
            let Some((head, skip)) = item.head() else {
                return false;
            };
            let text = self.paras[head].folded.get(skip..).unwrap_or("");
            let first = text.split(['。', '；', ';']).next().unwrap_or("");
            !item.assigned
                && item.children.is_empty()
                && first.chars().count() <= MAX_CRITERION_CHARS
                && first.contains(CHECK_WORD)
        };
        let mut criteria: Vec<usize> = Vec::new();
        let mut headings: Vec<usize> = Vec::new();
        for (p, item) in outline.items.iter().enumerate() {
            let kids = &item.children;
            if kids.len() < MIN_CHECK_LIST {
                continue;
            }
            let asking: Vec<usize> = kids.iter().copied().filter(|&k| asks(k)).collect();
            if asking.len() * 3 < kids.len() * 2 {
                continue;
            }
            if asking.len() == kids.len() && !item.assigned {
                headings.push(p);
            }
            criteria.extend(asking);
        }
        for k in criteria.into_iter().chain(headings) {
            outline.items[k].heading_only = true;
        }
    }

    /// Share a bracket closing the last of a list's items among all of them, where none of the
    /// items before it has an assignment of its own and the plan writes so in at least
    /// [`MIN_LISTS_SHARING_CLOSING`] lists (`1.打造…产品。… 4.集成打造风情小镇。…产品体系。（责任单位：
    /// 区旅游发展委员会、…）` then `（二）…` `1.… 7.…（责任单位：…）`): the group's assignment,
    /// printed after its last item. Each item takes it where it names no unit itself.
    pub(super) fn share_closing_assignments(&mut self, outline: &mut Outline) {
        let mut found: Vec<(usize, usize, Vec<usize>)> = Vec::new();
        for (p, item) in outline.items.iter().enumerate() {
            let kids = &item.children;
            if kids.len() < MIN_SUB_ITEMS_UNDER_ONE_ASSIGNMENT || !item.shared.is_empty() {
                continue;
            }
            let Some((&last, before)) = kids.split_last() else {
                continue;
            };
            let leaf = |k: usize| outline.items[k].children.is_empty();
            if !leaf(last)
                || !outline.items[last].assigned
                || before
                    .iter()
                    .any(|&k| !leaf(k) || outline.items[k].assigned)
            {
                continue;
            }
            let Some(&para) = outline.items[last].paragraphs.last() else {
                continue;
            };
            let pa = &self.paras[para];
            // (after the item's own text: an item that is only a field, `3、负责单位：山岔村`
            // under `1、活动时间：…` `2、参演单位：…`, assigns its own group of fields)
            let skip = match outline.items[last].head() {
                Some((head, skip)) if head == para => skip,
                _ => 0,
            };
            let closes = match pa.clauses.as_slice() {
                [only] => {
                    only.names_units
                        && pa.prose.is_empty()
                        && pa
                            .folded
                            .get(only.end..)
                            .is_some_and(|after| after.trim_matches(is_space).is_empty())
                        && pa
                            .folded
                            .get(skip..only.start)
                            .is_some_and(|own| !own.trim_matches(is_space).is_empty())
                }
                _ => false,
            };
            if closes {
                found.push((p, para, kids.clone()));
            }
        }
        if found.len() < MIN_LISTS_SHARING_CLOSING {
            return;
        }
        for (p, para, kids) in found {
            outline.items[p].shared.push(para);
            for k in kids {
                outline.items[k].assigned = true;
            }
        }
    }

    /// A numbered heading that is only a title and a bracket naming who leads (`一、整治提升
    /// 村容村貌（县委农办、县农业农村局牵头）`), over items of which at least one states its own
    /// units (`1.…（责任单位：…）`): the bracket leads the group, so the heading is no task and
    /// its lead units lead each item.
    pub(super) fn lead_from_headings(&mut self, outline: &mut Outline) {
        let mut found = Vec::new();
        for (p, item) in outline.items.iter().enumerate() {
            let (Some(mark), [head]) = (&item.mark, item.paragraphs.as_slice()) else {
                continue;
            };
            // (over items stating their own units, or over a list of items stating none: each
            // numbered item is a piece of work the heading's units do)
            if !item.assigned
                || item.children.is_empty()
                || !item.children.iter().any(|&c| outline.items[c].assigned)
                    && item.children.len() < MIN_LED_LIST_ITEMS
            {
                continue;
            }
            let pa = &self.paras[*head];
            let [clause] = pa.clauses.as_slice() else {
                continue;
            };
            let f = &pa.folded;
            let title = f.get(mark.len..clause.start).unwrap_or("");
            let bracketed = f[clause.start..].starts_with(['（', '(']);
            // (the heading's stop may follow it: `…(牵头单位:区市场监管局,责任单位:…)。`)
            let closes = f[clause.end..]
                .trim_matches(|c: char| is_space(c) || c == '。')
                .is_empty();
            let inner = f.get(clause.inner.0..clause.inner.1).unwrap_or("");
            let leads = self
                .ctx
                .vocab
                .lead_markers
                .iter()
                .any(|w| inner.contains(w.as_str()));
            if clause.names_units
                && pa.prose.is_empty()
                && bracketed
                && closes
                && leads
                && !title.trim_matches(is_space).is_empty()
                && !title.contains('。')
            {
                found.push(p);
            }
        }
        for p in found {
            outline.items[p].heading_only = true;
            outline.items[p].leads_children = true;
        }
    }

    /// Take back the units read from items' first sentences (`2.游客服务中心。新建或改建…`) in a
    /// list where fewer than half the items open so: a duty list names a unit in (nearly) every
    /// item; a list of works (`1.乡村旅游公路。` `3.旅游厕所。` `6.导览标识系统。`) only now and then
    /// opens with a name that reads as a unit's.
    pub(super) fn drop_stray_unit_sentences(&mut self, outline: &mut Outline) {
        let mut lists: HashMap<ListKey, Vec<usize>> = HashMap::new();
        for k in 0..outline.items.len() {
            lists.entry(outline.list_of(k)).or_default().push(k);
        }
        // (an item opens with a unit's name by its first sentence or by a name and a colon:
        // `（一）殡改办：负责…` beside `（六）所在乡镇：相关乡镇…`)
        let opens_with_name = |k: usize| -> bool {
            let Some((head, skip)) = outline.items[k].head() else {
                return false;
            };
            let p = &self.paras[head];
            p.clauses.iter().chain(&p.prose).any(|c| {
                c.names_units
                    && p.folded
                        .get(skip..c.start)
                        .is_some_and(|before| before.trim_matches(is_space).is_empty())
            })
        };
        let mut stray: Vec<(usize, usize)> = Vec::new();
        for members in lists.into_values() {
            let naming = members.iter().filter(|&&k| opens_with_name(k)).count();
            if members.len() < MIN_UNIT_SENTENCE_LIST || naming * 2 >= members.len() {
                continue;
            }
            stray.extend(members.iter().filter_map(|&k| {
                let (head, _) = outline.items[k].head()?;
                self.paras[head]
                    .prose
                    .iter()
                    .any(|c| c.unit_sentence)
                    .then_some((k, head))
            }));
        }
        for (k, head) in stray {
            self.paras[head].prose.retain(|c| !c.unit_sentence);
            outline.items[k].assigned = false;
        }
    }

    /// Whether item `id`'s first sentence (`clause`, read as its units) shares its opening words
    /// with the first sentence of the item numbered before it in the same list (`法律进机关` after
    /// `法律进社区`, `健康学校` after `健康社区`): slogans of one campaign, not units. `Some` when
    /// they do, holding the items before that had taken their first sentence, opening so too,
    /// as their units.
    pub(super) fn slogan_before(
        &self,
        id: usize,
        idx: usize,
        clause: &Clause,
    ) -> Option<Vec<usize>> {
        let items = &self.outline.items;
        let siblings: Vec<usize> = match items[id].parent {
            Some(p) => items[p].children.clone(),
            None => (0..id).filter(|&k| items[k].parent.is_none()).collect(),
        };
        let earlier: Vec<usize> = siblings
            .into_iter()
            .filter(|&k| k < id && items[k].style() == items[id].style())
            .collect();
        let opening = |k: usize| -> Option<(usize, &str)> {
            let (head, skip) = items[k].head()?;
            Some((
                head,
                self.paras[head].folded[skip..].trim_start_matches(is_space),
            ))
        };
        let ours = &self.paras[idx].folded[clause.start..clause.end];
        let (_, before) = opening(*earlier.last()?)?;
        let shared: String = before
            .chars()
            .zip(ours.chars())
            .take_while(|(a, b)| a == b)
            .map(|(a, _)| a)
            .collect();
        let v = self.ctx.vocab;
        // (a level or 各 opening both is a unit's: `市委宣传部` `市委政法委`)
        let by_level = shared
            .chars()
            .next()
            .is_some_and(|c| c == '各' || v.admin_prefixes.contains(&c));
        if shared.chars().count() < MIN_SLOGAN_PREFIX_CHARS || by_level {
            return None;
        }
        Some(
            earlier
                .into_iter()
                .filter(|&k| {
                    opening(k).is_some_and(|(head, text)| {
                        text.starts_with(shared.as_str())
                            && self.paras[head].prose.iter().any(|c| c.unit_sentence)
                    })
                })
                .collect(),
        )
    }

    /// Whether numbered item `cur` may head 一是 or dashed paragraphs that each state their
    /// own units as tasks of their own: it assigns none itself, and no such paragraph without
    /// units stands in its body already.
    pub(super) fn heads_own_sequence(&self, cur: usize) -> bool {
        let item = &self.outline.items[cur];
        item.mark.is_some()
            && !item.assigned
            && !item
                .paragraphs
                .iter()
                .skip(1)
                .any(|&pi| self.opens_in_sequence(pi))
    }

    /// Whether paragraph `idx` is a dashed item whose first sentence sets its own time
    /// (`---确定权力清单（4月底前）。…`): a piece of work with its own deadline, as a dashed
    /// item naming its units is.
    pub(super) fn dashed_with_own_time(&self, idx: usize) -> bool {
        let t = self.paras[idx].folded.trim_start_matches(is_space);
        crate::document::text::after_dash_bullet(t).is_some_and(|rest| {
            let first = rest.split(['。', '；', ';']).next().unwrap_or(rest);
            self.states_a_date(first)
        })
    }

    /// The numbered item the dashed items opened last hang under: `cur` itself when numbered,
    /// else its parent when `cur` is such a dashed item.
    pub(super) fn numbered_over_dashed(&self, cur: Option<usize>) -> Option<usize> {
        let cur = cur?;
        let item = &self.outline.items[cur];
        if item.mark.is_some() {
            return Some(cur);
        }
        let head = *item.paragraphs.first()?;
        let dashed = crate::document::text::after_dash_bullet(
            self.paras[head].folded.trim_start_matches(is_space),
        )
        .is_some();
        item.parent
            .filter(|&p| dashed && self.outline.items[p].mark.is_some())
    }

    /// Whether a paragraph introduces the duties after it: it ends in a colon and says 如下 and
    /// a word of duties (`现将各单位的任务作如下明确：`).
    pub(super) fn introduces_duties(&self, folded: &str) -> bool {
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

    /// A numbered paragraph's words after its number (`mark_len` bytes), folded, without
    /// the white space around them.
    pub(super) fn title_after(&self, para: usize, mark_len: usize) -> &str {
        let folded = &self.paras[para].folded;
        folded[mark_len.min(folded.len())..].trim_matches(is_space)
    }

    /// Whether the item being read is a heading of duties (`三、职责分工`, `（二）任务分工`), or
    /// a sentence introduced the duties being read.
    pub(super) fn under_duty_heading(&self) -> bool {
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
        self.titles_duties(self.title_after(head, mark.len))
    }

    /// Whether a heading's title heads units' duties: it opens with a duty label (`职责分工`)
    /// or ends as a duties heading does (`救助抚养工作职责`).
    pub(super) fn titles_duties(&self, title: &str) -> bool {
        let v = self.ctx.vocab;
        v.duty_labels.iter().any(|w| title.starts_with(w.as_str())) || self.heads_duties(title)
    }

    /// Whether a heading's title ends as a heading over units' duties does (`救助抚养工作职责`,
    /// `成员单位职责`: `duty_heading_endings`), not as a work item that sees to duties
    /// (`明确工作职责`, `压实部门职责`: a verb of work opens it).
    pub(super) fn heads_duties(&self, title: &str) -> bool {
        let v = self.ctx.vocab;
        let t = title
            .trim_start_matches(is_space)
            .trim_end_matches(|c: char| is_space(c) || matches!(c, '：' | ':' | '。'));
        v.duty_heading_endings
            .iter()
            .any(|w| t.ends_with(w.as_str()))
            && !assign::opens_with_work_verb(t, v)
            && !v.phrase_verbs.iter().any(|w| t.starts_with(w.as_str()))
    }

    /// When a heading's title only says whose the work listed under it is — units, a lead
    /// marker, and at most a word for the work and its count (`县示范区管委会牵头工作（8项）`,
    /// `市发改委牵头的任务`), or units and a duty word (`镇（街道）职责`) — where the units (and
    /// their marker) end (`县示范区管委会牵头|工作`).
    pub(super) fn led_names_end(&self, title: &str) -> Option<usize> {
        let v = self.ctx.vocab;
        let start = title.len() - title.trim_start_matches(is_space).len();
        let mut t = title
            .trim_matches(is_space)
            .trim_end_matches(['：', ':', '。']);
        // units, a colon and the responsibility they bear (`党委：主体责任`)
        if let Some((names, role)) = t.split_once(['：', ':']) {
            let role = role.trim_matches(is_space);
            if v.heading_role_words.iter().any(|w| w == role) {
                let names = names.trim_end_matches(is_space);
                return names_only_units(names, v).then_some(start + names.len());
            }
        }
        // (a heading over several units' duties, `三、成员单位职责`, leaves each paragraph under
        // it to name its own unit — but one naming a level's body, `（二）乡（镇）人民政府的
        // 工作职责`, heads that body's duties)
        if self.heads_duties(title) {
            let names = v
                .heading_duty_words
                .iter()
                .find_map(|w| t.strip_suffix(w.as_str()))
                .map(|n| n.trim_end_matches("工作").trim_end_matches('的'));
            // (…and so does a sector's department, `（七）卫生部门职责、任务` over `1.…`: one
            // function's body, not a class of members)
            let sector = |n: &str| {
                n.ends_with("部门")
                    && n.chars().count() <= MAX_SECTOR_NAME_CHARS
                    && kind_of(n, v) == UnitKind::Concrete
            };
            return names
                .filter(|n| {
                    (n.chars()
                        .next()
                        .is_some_and(|c| v.admin_prefixes.contains(&c))
                        || sector(n))
                        && names_only_units(n, v)
                })
                .map(|n| start + n.len());
        }
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
        // units and their duties (镇（街道）职责, 乡（镇）人民政府的工作职责): the units end
        // before the duty word and its 的
        if let Some(names) = v
            .heading_duty_words
            .iter()
            .find_map(|w| t.strip_suffix(w.as_str()))
        {
            let names = names.strip_suffix('的').unwrap_or(names);
            return names_only_units(names, v).then_some(start + names.len());
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
        names_only_units(names, v).then_some(start + t.len())
    }

    /// Whether paragraph `idx` is text closed by an assignment naming units (`严格落实…。
    /// （牵头部门：综合规划处）`): the assignment is the last thing in it and text stands before.
    pub(super) fn closed_by_clause(&self, idx: usize) -> bool {
        let p = &self.paras[idx];
        let (Some(first), Some(last)) = (p.clauses.first(), p.clauses.last()) else {
            return false;
        };
        let closes = p.folded[last.end..]
            .trim_matches(|c: char| is_space(c) || matches!(c, '。' | '；' | ';'))
            .is_empty();
        closes && last.names_units && !p.folded[..first.start].trim_matches(is_space).is_empty()
    }

    /// Whether numbered item `cur` is a heading line (stating no assignment of its own) over
    /// body paragraphs the last of which is closed by an assignment.
    pub(super) fn body_closed_by_clause(&self, cur: usize) -> bool {
        let item = &self.outline.items[cur];
        let [head, .., last] = item.paragraphs[..] else {
            return false;
        };
        item.children.is_empty()
            && item.shared.is_empty()
            && self.paras[head].clauses.is_empty()
            && self.closed_by_clause(last)
    }

    /// Whether a numbered item is its number alone (`（三）` ending a page cut short): no
    /// words, no body, no items under it.
    pub(super) fn only_its_number(&self, item: &crate::plan::outline::Item) -> bool {
        let (Some(mark), [head]) = (&item.mark, &item.paragraphs[..]) else {
            return false;
        };
        item.children.is_empty()
            && item.shared.is_empty()
            && self.paras[*head]
                .folded
                .get(mark.len..)
                .is_some_and(|rest| rest.trim_matches(is_space).is_empty())
    }

    /// Whether paragraph `idx` is a time limit alone on its line (`2008年5月1日前`,
    /// `2008年5月30日前完成`): a table's time cell. Most of the line is the time, and it is a
    /// limit by 前 or 完成 (a period alone, `三月份`, heads the items after it).
    fn time_limit_alone(&self, idx: usize) -> bool {
        let p = &self.paras[idx];
        let t = p.folded.trim_matches(is_space);
        let n = t.chars().count();
        if !p.clauses.is_empty() || n == 0 || n > crate::plan::deadlines::MAX_DEADLINE_CELL_CHARS {
            return false;
        }
        let limit = LIMIT_ENDINGS
            .iter()
            .any(|w| t.trim_end_matches(['。', '；', ';']).ends_with(w));
        let found = self.ctx.deadlines.find(t, Mode::Cell, self.ctx.year);
        let covered: usize = found
            .iter()
            .map(|m| t[m.start..m.end].chars().count())
            .sum();
        limit && covered * 2 >= n
    }

    /// Whether time limit `idx` alone on its line closes unnumbered task `cur`: assigned, and
    /// stating no time of its own yet.
    pub(super) fn closes_with_time(&self, cur: usize, idx: usize) -> bool {
        let item = &self.outline.items[cur];
        item.mark.is_none()
            && item.assigned
            && self.time_limit_alone(idx)
            && !item
                .paragraphs
                .iter()
                .any(|&p| self.states_a_date(&self.paras[p].folded))
    }

    /// Whether unnumbered task `cur` ends with a time limit alone on its line: its row is
    /// closed (see [`Reader::closes_with_time`]).
    pub(super) fn closed_by_time(&self, cur: usize) -> bool {
        let item = &self.outline.items[cur];
        item.mark.is_none()
            && item.paragraphs.len() > 1
            && item
                .paragraphs
                .last()
                .is_some_and(|&p| self.time_limit_alone(p))
    }

    /// Whether a paragraph's assignment names units or a time limit: a person alone
    /// (`联系人：李晓燕，联系电话：…`) assigns no work.
    pub(super) fn assigns_work(&self, idx: usize) -> bool {
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

    /// What an assignment on a line of its own closes, when it follows item `cur`: `cur`; or,
    /// when `cur` is the last of several sub-items none of which has its own, each of them
    /// (`1.完善应急预案体系` `(1)…(4)…` `(责任单位：…)`; `1. 市科技馆` `(1)…(3)`
    /// `问题整改责任单位：…`): the sub-items are the tasks, and the line is all of theirs.
    pub(super) fn closing_target(&self, cur: usize) -> Closing {
        let items = &self.outline.items;
        let Some(parent) = items[cur].parent else {
            // (a list with no heading above it, `1.…` `2.…` then `责任单位：…` closing a task
            // card: the line is each item's since the last one assigned, when none of them has
            // units or items of its own — the next card's list is closed by its own line)
            let mut run: Vec<usize> = (0..=cur)
                .rev()
                .filter(|&i| items[i].parent.is_none() && items[i].style() == items[cur].style())
                .take_while(|&i| !items[i].assigned && items[i].children.is_empty())
                .collect();
            run.reverse();
            return if run.len() >= MIN_SUB_ITEMS_UNDER_ONE_ASSIGNMENT && run.last() == Some(&cur) {
                Closing::EachTop(run)
            } else {
                Closing::Item(cur)
            };
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
            .any(|a| self.is_context(&items[a]) || self.is_safeguard(&self.outline, a));
        let task_level = p.style().is_some_and(|st| st >= NumberStyle::Arabic);
        // (a task's own item named as work, `1.完善应急预案体系` over `（1）…（4）`, is the task
        // the line assigns, its sub-points its text; one named for a place or a body, `1. 市科技
        // 馆` over the problems found there, shares the line out to each of them)
        // — unless a sub-point states its own time, a piece of work of its own
        let named_as_work = p.paragraphs.first().is_some_and(|&head| {
            let skip = p.mark.as_ref().map_or(0, |m| m.len);
            let title = self.paras[head].folded[skip..].trim_start_matches(is_space);
            crate::plan::assign::opens_with_work_verb(title, self.ctx.vocab)
        }) && !siblings.iter().any(|&c| {
            items[c]
                .paragraphs
                .iter()
                .any(|&pi| self.states_a_date(&self.paras[pi].folded))
        });
        if !(aims || task_level && named_as_work) {
            return Closing::Each(parent);
        }
        if task_level && !p.heading_only && !p.unit_heading {
            Closing::Item(parent)
        } else {
            Closing::Item(cur)
        }
    }
}

/// Where a paragraph's text starts past its number (`skip`) and the white space after it.
fn text_start(folded: &str, skip: usize) -> usize {
    let rest = &folded[skip.min(folded.len())..];
    folded.len() - rest.trim_start_matches(is_space).len()
}

/// The byte length of the unit names a duty item opens with (`区财政金融局确保…` → 区财政金融局).
fn duty_opening_names(text: &str, v: &crate::plan::vocab::Vocabulary) -> Option<usize> {
    // (the longest names a verb of two characters or more follows, `区财政金融局|确保…`, not
    // `…确保整治工作所|需…`; else the names as a subject's are read)
    let openers = || {
        v.genres
            .work_verbs
            .iter()
            .chain(&v.subject_verbs)
            .chain(&v.doer_words)
    };
    // (a name does not run on from a unit's suffix into a verb of work, `区财政金融局|确保
    // 整治工作所`, unless the verb is a name's word before its own suffix, `县委宣传部`)
    let runs_into_work = |name: &str| {
        name.char_indices().any(|(p, _)| {
            p > 0
                && name[..p].ends_with(|s: char| v.unit_suffixes.contains(&s))
                && opens_with_verb(&name[p..], &v.genres.work_verbs, v)
        })
    };
    let is_list =
        |e: usize| crate::plan::units::is_unit_list(&text[..e], v) && !runs_into_work(&text[..e]);
    let ends: Vec<usize> = text
        .char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .take(MAX_OPENING_NAME_CHARS)
        .collect();
    let before_verb = ends
        .iter()
        .copied()
        .rev()
        .find(|&e| opens_with_verb(&text[e..], openers(), v) && is_list(e));
    // (…or, with no verb right after them, the names a subject's would be, else the first
    // whole name: `区财政金融局|全区…专项经费由主管部门列入…`)
    before_verb
        .or_else(|| crate::plan::units::name_prefix(text, v).filter(|&e| is_list(e)))
        .or_else(|| ends.iter().copied().find(|&e| is_list(e)))
}

/// Whether a text opens with one of `verbs` of two characters or more (a one-character word
/// may start a name's own words: `…工作所|需经费`) that is no word of a name before its suffix
/// (`宣传|部` in 县委宣传部).
fn opens_with_verb<'w>(
    text: &str,
    verbs: impl IntoIterator<Item = &'w String>,
    v: &crate::plan::vocab::Vocabulary,
) -> bool {
    verbs.into_iter().any(|w| {
        w.chars().nth(1).is_some()
            && text
                .strip_prefix(w.as_str())
                .is_some_and(|after| !after.starts_with(|s: char| v.unit_suffixes.contains(&s)))
    })
}
