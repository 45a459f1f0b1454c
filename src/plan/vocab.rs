//! The parser's vocabulary: every word list the reader uses (column synonyms, unit labels,
//! person markers, metadata labels, chrome, traditional→simplified pairs, genre words), read
//! from YAML and compiled once.
//!
//! Every vocabulary file has the same shape: any of the keys below, each optional. The
//! bundled files under `rules/plan/` are merged in order, and a project can add its own with
//! `vocabulary:` in `planlint.yaml`: lists are extended, never replaced.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use regex::{Regex, RegexSet};
use serde::Deserialize;
use thiserror::Error;

use crate::document::text::is_han;
use crate::document::ColumnRole;
use crate::plan::charset::CharSet;
use crate::plan::wordset::WordSet;
use crate::yaml::{self, YamlError};

/// A vocabulary file that could not be read or compiled.
#[derive(Debug, Error)]
pub enum VocabError {
    #[error("{file}: cannot read: {source}")]
    Io {
        file: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{file}: {source}")]
    Yaml {
        file: String,
        #[source]
        source: YamlError,
    },
    #[error("{file}: version {found} is not supported (expected {VERSION})")]
    Version { file: String, found: u32 },
    #[error("{file}: invalid pattern `{pattern}`: {source}")]
    Pattern {
        file: String,
        pattern: String,
        #[source]
        source: regex::Error,
    },
    #[error("{file}: fold pair `{pair}` must be two characters of the same encoded length")]
    Fold { file: String, pair: String },
}

impl VocabError {
    /// The file the error is about.
    pub fn file(&self) -> &str {
        match self {
            VocabError::Io { file, .. }
            | VocabError::Yaml { file, .. }
            | VocabError::Version { file, .. }
            | VocabError::Pattern { file, .. }
            | VocabError::Fold { file, .. } => file,
        }
    }
}

/// Sort names by their first character, the longest first among names sharing it, so the
/// names a text may start with are one run, the longest match first.
pub fn sort_by_first_char(names: &mut Vec<String>) {
    names.sort_by_cached_key(|n| (n.chars().next(), std::cmp::Reverse(n.len())));
    names.dedup();
}

/// The format version vocabulary files are written in.
const VERSION: u32 = 1;

/// Role-labelled word lists (`牵头单位` → lead).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct UnitLabels {
    pub lead: Vec<String>,
    pub responsible: Vec<String>,
    pub cooperating: Vec<String>,
}

/// Unit labels written as a role word joined to a noun (`牵头` + `部门`, `配合` + `科室`): plans
/// join them freely (`牵头责任部门`, `协办科室`), so they are built, not listed one by one.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct UnitLabelParts {
    pub nouns: Vec<String>,
    pub lead: Vec<String>,
    pub responsible: Vec<String>,
    pub cooperating: Vec<String>,
}

/// The list a field label comes from; a tie between two labels at one place goes to the
/// earlier list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum LabelList {
    Person,
    Deadline,
    Duties,
    Lead,
    Responsible,
    Cooperating,
}

/// Time-limit labels written as a word joined to a noun (`推进` + `时限`, `完成` + `节点`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DeadlineLabelParts {
    pub words: Vec<String>,
    pub nouns: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct VagueFile {
    exact: Vec<String>,
    contains: Vec<String>,
}

/// Metadata field labels of web pages and archives, by what the field states.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MetadataLabels {
    pub title: Vec<String>,
    pub doc_number: Vec<String>,
    pub issuer: Vec<String>,
    pub signing_date: Vec<String>,
    pub published: Vec<String>,
    /// Fields that state nothing the plan model keeps (索引号, 主题分类).
    pub other: Vec<String>,
}

/// Words that name a kind of document in its title.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct GenreWords {
    /// A title ending in one of these names a plan (方案, 要点, 分解表).
    pub plan: Vec<String>,
    /// A title ending in one of these names a plan only when its tasks say who does them or
    /// by when (工作安排 is a plan, 春节假期服务安排 a notice).
    pub plan_weak: Vec<String>,
    /// Verbs of a news headline before a `plan_weak` word (部署, 明确): a title reporting on a
    /// plan, not a plan's.
    pub headline_verbs: Vec<String>,
    /// Verbs a news headline or a report puts before a year's plan word (`我局扎实推进2024年为民
    /// 办实事`): the title tells of the plan, it is none.
    pub dated_title_verbs: Vec<String>,
    /// What a news headline reporting a meeting ends in (`…召开群团改革工作推进会`), after one
    /// of `meeting_verbs`: the page reports the meeting, its points are no plan's tasks.
    pub meeting_titles: Vec<String>,
    /// Verbs holding a meeting in such a headline (召开, 举行).
    pub meeting_verbs: Vec<String>,
    /// A title ending in one of these names another kind of text: word → what it is.
    pub not_plan: Vec<(String, String)>,
    /// Verbs that open a piece of work (建立, 做好, 开展): what tells a list of work from
    /// other numbered text when no title says what a document is.
    pub work_verbs: Vec<String>,
    /// Words of manner or frequency a verb of work may follow (定期开展, 认真落实): the
    /// sentence opens with work all the same.
    pub work_adverbs: Vec<String>,
    /// Heading words of a text that reports work done (情况, 成效): its numbered items are
    /// not work to do.
    pub report_headings: Vec<String>,
    /// Words of a sentence reporting work done (累计, 同比增长, 已完成): an item or a prose
    /// paragraph saying one reports, whatever verb or word of sequence it opens with.
    pub done_markers: Vec<String>,
    /// Words of purpose that make a done marker after them in their clause a goal, not a
    /// report (`确保节日期间各项工作顺利开展`, `力争同比增长8%`).
    pub done_purpose_words: Vec<String>,
    /// Words of a sentence introducing a body's standing duties (主要职责是：).
    pub mandate_words: Vec<String>,
    /// A numbered heading over a body's standing duties (`（一）主要职责` in a budget
    /// disclosure), when it is the whole title: its items are a mandate.
    pub mandate_headings: Vec<String>,
    /// Words of an opening that asks for work (`如下`, `以下`, `请`): a text opening as news
    /// does with them is an urgent notice, no news.
    pub instruction_words: Vec<String>,
    /// Words of a sentence introducing a pledge's points (`特向你局郑重承诺以下内容：`): a
    /// 承诺书 attached to a plan lists what its signer promises, no work of the plan.
    pub pledge_intros: Vec<String>,
    /// Words holding 了 that do not mark an action done (`为了`, `了解`): a plan says them, a
    /// report's `制定下发了` `形成了` tell what was done.
    pub not_perfective: Vec<String>,
    /// Words looking ahead to work still to do (`今年要`, `下一步`, `力争`): an item saying one
    /// plans, whatever it says was done before.
    pub ahead_words: Vec<String>,
    /// Endings of an attachment's title naming a form or a list of names (`…自查表`,
    /// `…承诺书`, `…企业名单`): its numbered lines are no task.
    pub attached_form_endings: Vec<String>,
    /// …unless the title also names the plan's work (`…任务分解表`, `…重点工作推进表`).
    pub attached_work_words: Vec<String>,
    /// Posts of leaders (副主任, 副县长): items opening with one and a name before a colon divide
    /// the leaders' portfolios, no plan's work.
    pub leader_posts: Vec<String>,
    /// Endings of a heading that surely reports work done (`…工作开展情况`): no tasks under it.
    pub done_headings: Vec<String>,
    /// Whole headings that report work done (`一、工作总结` in a 工作总结和工作思路): a plan's
    /// item may end so (`（五）做好年度工作总结`), so only the whole heading counts.
    pub done_titles: Vec<String>,
    /// Headings of a policy's interpretation (`一、起草背景`, `决策背景及依据`): the text
    /// explains a plan made elsewhere.
    pub interpretation_headings: Vec<String>,
    /// Words of a cover notice issuing the document it names (`《…方案》…现印发给你们`): where
    /// the page lost its title, the name in 《》 says what the document is.
    pub issuing_words: Vec<String>,
    /// Of those, the words saying the issued text follows (`全文如下`): it is carried.
    pub follows_words: Vec<String>,
    /// Words of the issuing sentence saying the notice's own requirements follow it
    /// (`并就有关要求通知如下`).
    pub requirement_intros: Vec<String>,
    /// What a site of model texts appends to a title (范文, （精选20篇）, .docx): stripped
    /// before the title's last word is read.
    pub title_tails: Vec<String>,
    /// Words after 制定 telling of another document made before (`制定下发《…》`).
    pub made_before_words: Vec<String>,
    /// Words before a self-naming verb that make the text named one still to be made
    /// (`研究提出明年工作安排`, `抓紧制定实施方案`).
    pub making_ahead_words: Vec<String>,
    /// Words in the clause before a self-naming verb asking others for the text named
    /// (`请社会各界提出修改意见`): it is theirs to make, not this text.
    pub asking_words: Vec<String>,
    /// Verbs after which an opening sentence names the text it makes (制定, 提出).
    pub self_naming_verbs: Vec<String>,
    /// Words a site of model texts puts straight after a plan's word (`工作计划报告范文`):
    /// there they do not make the text another kind.
    pub after_plan_words: Vec<String>,
    /// Words a title joins to a plan's word with 和/及/与 (`工作计划和安排`, `工作计划和目标`):
    /// the plan's word still says what the text is.
    pub joined_to_plan_words: Vec<String>,
    /// Words that end a year's plan when the title names the year (`昆山市2017年教育工作意见`)
    /// and a policy otherwise (`关于加强…的意见`).
    pub dated_plan_words: Vec<String>,
    /// Periods a title may name instead of a year before one of `dated_plan_words`
    /// (`月度工作安排意见`).
    pub dated_plan_periods: Vec<String>,
    /// Headings a plan's first section has (`一、指导思想`): a text with no title that opens
    /// so is a plan.
    pub plan_openings: Vec<String>,
    /// What a part joined to a plan's opening part ends in (`指导思想和|总体目标`).
    pub joined_opening_endings: Vec<String>,
    /// Headings of a plan's part setting out its tasks (`四、主要任务`): a text with no title
    /// whose first section is one is that part of a plan, cut from its page.
    pub task_part_openings: Vec<String>,
    /// What the sentence before a text's first numbered item says to introduce the year's
    /// tasks (`…工作的主要任务是：`): a text with no title that does is a plan.
    pub main_task_statements: Vec<String>,
    /// Words of a speech's or a notice's address (`同志们`, `通知如下`): such a text opens
    /// with 总体要求 too, and is no plan.
    pub address_words: Vec<String>,
    /// What a title reporting the progress of tasks ends in (`…进展情况表`): a report, though
    /// it tabulates tasks and their units.
    pub progress_titles: Vec<String>,
    /// Words that end a progress report's title only with the period reported in a bracket
    /// after them (`…推进情况(1-11月)`, not `…推进情况(续表)`).
    pub progress_period_titles: Vec<String>,
    /// Periods a progress title names before its word (`12月份…落实情况`): a plan names its year.
    pub progress_periods: Vec<String>,
    /// What an opening sentence announcing progress made names (`现将实事项目1—6月份进展情况予以
    /// 公示`): the progress, then how it is made known. An untitled page so opened reports.
    pub progress_words: Vec<String>,
    /// Header cells of a table reporting what was done so far (`累计完成`, `累计进度`): an
    /// untitled table with one reports progress, whatever tasks and units its rows list.
    pub progress_columns: Vec<String>,
    /// Words of a column's name for the progress made (`进展情况`, `目前完成情况、存在问题…`):
    /// a plan's sheet leaves such a column empty, a report fills it in.
    pub filled_progress_columns: Vec<String>,
    /// Words of a report's title that say it finds problems to put right (`自查`, `整改`): such
    /// a report whose items label their units shares the remedies out, a task list.
    pub remedy_report_words: Vec<String>,
    /// Labels a question line of an interview or a Q&A opens with before its colon (`Q:`,
    /// `问：`): two such questions make the text an interpretation.
    pub question_labels: Vec<String>,
    /// What a notice's title says when it passes on another body's text rather than issuing
    /// its own plan (`关于转发《…》的通知`): its own items are the local work.
    pub forwarding_words: Vec<String>,
    pub progress_verbs: Vec<String>,
    /// Words of a title that speaks about a plan rather than being one (`…解读…方案`).
    pub about_words: Vec<String>,
    /// Of `about_words`, the events a plan may be made for (`新闻发布会…活动计划安排`).
    pub about_events: Vec<String>,
    /// Words of a notice's title that issue the document it names (`关于印发《…》的通知`).
    pub issuing_titles: Vec<String>,
    /// Words a notice's subject opens with when it asks for a plan rather than carrying one
    /// (`关于报送2025年工作计划的通知`).
    pub request_words: Vec<String>,
    /// Words a notice's subject cites another text after when it gives out the work of
    /// carrying it out (`认真贯彻执行《…规定》`): the cited text's kind is not the notice's.
    pub implementing_words: Vec<String>,
    /// How a notice's title opens or ends (`关于做好…工作`, `…防汛工作通知`): a title naming no
    /// kind of text is a work notice's only so — a news item's or a speech's is not.
    pub notice_title_openings: Vec<String>,
    pub notice_title_endings: Vec<String>,
    /// What a notice's subject ends in when the notice hands down tasks (`关于进一步落实林长制
    /// 工作任务的通知`, `关于下达…建设任务的通知`): its numbered items are those tasks.
    pub task_notice_objects: Vec<String>,
    /// What a notice says before the matters it gives out (`通知如下`): its items are the work.
    pub work_notice_intros: Vec<String>,
    /// What a notice says before its requirements (`要求通知如下`): its items are no work.
    pub requirement_notice_intros: Vec<String>,
    /// Words of a work notice's item heading that make it a requirement (`思想认识`, `纪律`).
    pub requirement_heading_words: Vec<String>,
    /// What a notice's subject ends in when it arranges an event or asks for a return
    /// (`会`, `培训`, `报送`): its items are arrangements, not work given out.
    pub event_notice_subjects: Vec<String>,
    /// What such a subject may end in after the event's word (`…报送工作`, `…放假安排`).
    pub event_subject_tails: Vec<String>,
    /// Verbs a notice's subject opens with when it arranges an event or asks for a return
    /// (`报送…总结`, `召开…`).
    pub event_notice_verbs: Vec<String>,
    /// Endings of a heading that labels an arrangement's field (`报送时间`, `培训地点`).
    pub field_label_nouns: Vec<String>,
    /// How a speech addresses its audience at a paragraph's start (`同志们：`): its `各…要…`
    /// are no work notice's assignments.
    pub speech_openings: Vec<String>,
    /// What a paragraph says another text does right after citing it (`《意见》明确，…`,
    /// `《意见》要求…`): paragraphs opening so explain that text (an interpretation).
    pub citing_verbs: Vec<String>,
    /// Words of news reporting a meeting's speech (`出席会议并讲话`): before the first numbered
    /// item they make the points a speaker's.
    pub speech_reports: Vec<String>,
    /// What a report of a body's practice opens with (`近年来`): tells of plans, names none.
    pub report_ledes: Vec<String>,
    /// What an experience report's opening sentence says its practice brought about, after
    /// 通过 (`…通过完善四项机制，形成…体系`): its points report a way of working.
    pub practice_results: Vec<String>,
    /// Words that make such a sentence a goal instead (`力争通过三年努力，实现…`).
    pub practice_goal_words: Vec<String>,
    /// Words a news item opens with (`近日，…印发的《…计划》…公布`) when it does not open with
    /// the day: with a plan reported made, the text is news about that plan.
    pub news_ledes: Vec<String>,
    /// What a text calling itself by one of these words (`特制定本制度`, `本守则`) is: standing
    /// rules, whose numbered items each name who does what — the genre only as the text's own
    /// name, since a notice may carry out a system (`关于全面落实…三项制度的通知`).
    pub self_named_rules: Vec<String>,
    /// Words of `not_plan` that may name a list of policy measures each assigned to units
    /// (`…稳定经济增长的具体实施细则`, `1.积极争取…（责任单位：市工信局）`): such a text is a plan
    /// when most of its items state their units.
    pub measure_genres: Vec<String>,
}

/// Digits of a year written out (`2022年`).
pub(crate) const YEAR_DIGITS: usize = 4;

/// The years a text writes out before 年 (`2024年签约项目…` → 2024), in order: what dates a
/// title (`2017年教育工作意见`) or tells a sentence reports a past year.
pub(crate) fn years_named(text: &str) -> impl Iterator<Item = i32> + '_ {
    text.match_indices('年').filter_map(|(at, _)| {
        let head = &text[..at];
        let digits = &head[head.trim_end_matches(|c: char| c.is_ascii_digit()).len()..];
        (digits.len() == YEAR_DIGITS)
            .then(|| digits.parse().ok())
            .flatten()
    })
}
/// Most characters after a year in a heading naming its results (`2022年主要工作及成效`): a
/// longer title is a sentence about the year, which a plan may state as its work.
const MAX_YEAR_REPORT_WORDS: usize = 8;

impl GenreWords {
    /// Whether a heading surely reports what was done (`一、2023年工作开展情况`, `二、完成情况`):
    /// it ends in a `done_headings` word.
    pub fn heads_work_done(&self, title: &str) -> bool {
        self.done_headings
            .iter()
            .any(|w| title.ends_with(w.as_str()))
            || self.done_titles.iter().any(|w| w == title)
    }

    /// Whether a heading names a year's results (`2022年工作成效`, `2018年工作回顾`): a year,
    /// a few words, and a `report_headings` word — in a 总结及工作思路 or a 政府工作报告 the part
    /// reporting that year, whose paragraphs and items plan nothing.
    pub fn reports_a_year(&self, title: &str) -> bool {
        let t = title.trim();
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        let Some(rest) = t[digits..].strip_prefix('年') else {
            return false;
        };
        let rest = rest.strip_prefix('度').unwrap_or(rest);
        digits == YEAR_DIGITS
            && rest.chars().count() <= MAX_YEAR_REPORT_WORDS
            && self
                .report_headings
                .iter()
                .any(|w| rest.ends_with(w.as_str()))
    }

    /// Whether a whole line is the name of a report field (`落实情况`, `进展情况`).
    pub fn is_work_done_label(&self, line: &str) -> bool {
        self.done_headings.iter().any(|w| w == line)
    }

    /// Whether text tells of work done (`已完成`, `同比`, `截至目前`: a `done_markers` word):
    /// a report's sentence, no work to do.
    pub fn reports_done(&self, text: &str) -> bool {
        self.done_markers.iter().any(|w| text.contains(w.as_str()))
    }

    /// Whether text tells of work done as [`Self::reports_done`] does, a marker after a word of
    /// purpose in its clause left out (`确保节日期间各项工作顺利开展`: `done_purpose_words`) — a
    /// goal, where a title already says the text gives out work. (Where nothing says so, a
    /// news report's `确保…顺利推进` is as telling as its other words.)
    pub fn reports_done_besides_goals(&self, text: &str) -> bool {
        self.done_markers.iter().any(|w| {
            text.match_indices(w.as_str()).any(|(at, _)| {
                let clause = text[..at]
                    .rsplit(['，', ',', '。', '；', ';', '：', ':'])
                    .next()
                    .unwrap_or("");
                !self
                    .done_purpose_words
                    .iter()
                    .any(|p| clause.contains(p.as_str()))
            })
        })
    }

    /// Whether text holds a verb of work anywhere (`work_verbs`): a phrase naming work, not a
    /// kind, a place or a time.
    pub fn holds_work_verb(&self, text: &str) -> bool {
        self.work_verbs.iter().any(|w| text.contains(w.as_str()))
    }

    /// How many times text marks an action done with 了 after a verb (`制定下发了`, `增强了`),
    /// not counting the words that hold 了 otherwise (`not_perfective`: `为了`, `了解`).
    pub fn perfective_marks(&self, text: &str) -> usize {
        text.char_indices()
            .filter(|&(i, c)| {
                c == '了'
                    && text[..i].chars().next_back().is_some_and(is_han)
                    && !word_across(&self.not_perfective, &text[..i], &text[i..], 0)
            })
            .count()
    }
}

/// Whether one of `words` runs across the place between `before` and `rest`, at least
/// `min_head` characters of it before the place (`党组织` across `各有关党|组织`, `为了` across
/// `为|了`): a word there is read whole, not as what starts at the place.
fn word_across(words: &[String], before: &str, rest: &str, min_head: usize) -> bool {
    words.iter().any(|w| {
        w.char_indices().skip(min_head).any(|(at, _)| {
            let (head, tail) = w.split_at(at);
            before.ends_with(head) && rest.starts_with(tail)
        })
    })
}

/// Fewest `_`-joined words that make a line a hijacked page's keyword banner: a page title
/// joins two or three parts (the document, its channel, the site).
const MIN_BANNER_KEYWORDS: usize = 4;
/// Longest word of such a banner: search keywords are short.
const MAX_BANNER_KEYWORD_CHARS: usize = 16;

/// One vocabulary file: every key optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct VocabFile {
    version: u32,
    columns: Option<yaml::Mapping>,
    exact_columns: Option<yaml::Mapping>,
    unit_labels: UnitLabels,
    unit_label_parts: UnitLabelParts,
    person_labels: Vec<String>,
    deadline_labels: Vec<String>,
    deadline_label_parts: DeadlineLabelParts,
    label_qualifiers: Vec<String>,
    field_labels: Vec<String>,
    #[serde(default)]
    measure_labels: Vec<String>,
    label_copulas: Vec<String>,
    participant_verbs: Vec<String>,
    participant_nouns: Vec<String>,
    #[serde(default)]
    facet_headings: Vec<String>,
    time_headings: Vec<String>,
    #[serde(default)]
    step_headings: Vec<String>,
    #[serde(default)]
    work_headings: Vec<String>,
    period_themes: Vec<String>,
    sequence_openers: Vec<String>,
    member_headings: Vec<String>,
    #[serde(default)]
    member_labels: Vec<String>,
    duty_labels: Vec<String>,
    #[serde(default)]
    duty_list_headings: Vec<String>,
    #[serde(default)]
    responsibility_headings: Vec<String>,
    #[serde(default)]
    duty_heading_endings: Vec<String>,
    duty_intro_words: Vec<String>,
    lead_markers: Vec<String>,
    cooperating_markers: Vec<String>,
    joint_markers: Vec<String>,
    #[serde(default)]
    doer_words: Vec<String>,
    tail_markers: Vec<String>,
    marker_names: Vec<String>,
    #[serde(default)]
    marker_name_ends: Vec<String>,
    marker_nouns: Vec<String>,
    #[serde(default)]
    marker_noun_overlaps: Vec<String>,
    #[serde(default)]
    duty_roles: Vec<String>,
    subject_verbs: Vec<String>,
    #[serde(default)]
    alias_openers: Vec<String>,
    #[serde(default)]
    subject_prepositions: Vec<String>,
    #[serde(default)]
    phrase_verbs: Vec<String>,
    #[serde(default)]
    phrase_verb_offices: Vec<String>,
    duty_openers: Vec<String>,
    lead_in: Vec<String>,
    #[serde(default)]
    submit_verbs: Vec<String>,
    #[serde(default)]
    list_joiners: Vec<String>,
    #[serde(default)]
    assignment_topics: Vec<String>,
    #[serde(default)]
    person_tails: Vec<String>,
    #[serde(default)]
    label_officers: Vec<String>,
    #[serde(default)]
    post_endings: Vec<String>,
    vague: VagueFile,
    collective: Vec<String>,
    #[serde(default)]
    collective_endings: Vec<String>,
    unit_suffixes: Vec<char>,
    unit_endings: Vec<String>,
    not_unit_endings: Vec<String>,
    #[serde(default)]
    town_name_words: Vec<String>,
    #[serde(default)]
    town_name_not_first: Vec<char>,
    #[serde(default)]
    bare_class_names: Vec<String>,
    #[serde(default)]
    never_in_names: Vec<String>,
    #[serde(default)]
    words_across_name_end: Vec<String>,
    name_connectors: Vec<String>,
    class_owners: Vec<String>,
    anaphora: Vec<String>,
    heading_work_words: Vec<String>,
    heading_duty_words: Vec<String>,
    #[serde(default)]
    heading_role_words: Vec<String>,
    admin_prefixes: Vec<char>,
    #[serde(default)]
    own_organ_prefixes: Vec<char>,
    #[serde(default)]
    person_surnames: Vec<char>,
    #[serde(default)]
    bureau_endings: Vec<char>,
    #[serde(default)]
    officer_endings: Vec<String>,
    #[serde(default)]
    verb_like_sectors: Vec<String>,
    #[serde(default)]
    level_bodies: Vec<String>,
    #[serde(default)]
    zone_bodies: Vec<String>,
    #[serde(default)]
    zone_endings: Vec<String>,
    statement_endings: Vec<String>,
    doc_wide_markers: Vec<String>,
    lead_first_markers: Vec<String>,
    lead_before_comma_markers: Vec<String>,
    #[serde(default)]
    lead_mark_notes: Vec<String>,
    #[serde(default)]
    mark_notes: Vec<String>,
    #[serde(default)]
    scoring_criteria: Vec<String>,
    #[serde(default)]
    check_questions: Vec<String>,
    #[serde(default)]
    footer_anchors: Vec<String>,
    #[serde(default)]
    portal_columns: Vec<String>,
    chrome: Vec<String>,
    site_notes: Vec<String>,
    publication_line: Vec<String>,
    #[serde(default)]
    page_dateline: Vec<String>,
    printed_suffix: Vec<String>,
    #[serde(default)]
    imprint_openings: Vec<String>,
    citation_lead_ins: Vec<String>,
    title_words: Vec<String>,
    draft_markers: Vec<String>,
    title_file_extensions: Vec<String>,
    title_site_endings: Vec<String>,
    preamble_openers: Vec<String>,
    issuer_header_suffix: Vec<String>,
    metadata: MetadataLabels,
    safeguard_headings: Vec<String>,
    #[serde(default)]
    task_part_words: Vec<String>,
    context_headings: Vec<String>,
    #[serde(default)]
    targets_and_tasks_headings: Vec<String>,
    #[serde(default)]
    analysis_headings: Vec<String>,
    #[serde(default)]
    invitee_headings: Vec<String>,
    #[serde(default)]
    focus_headings: Vec<String>,
    #[serde(default)]
    treatment_verbs: Vec<String>,
    table_end: Vec<String>,
    standing: Vec<String>,
    reference_before: Vec<String>,
    reference_after: Vec<String>,
    completion_verbs: Vec<String>,
    #[serde(default)]
    target_words: Vec<String>,
    #[serde(default)]
    start_verbs: Vec<String>,
    remark_columns: Vec<String>,
    row_name_columns: Vec<String>,
    #[serde(default)]
    duty_table_unit_columns: Vec<String>,
    fold: Vec<String>,
    genres: Option<GenreFile>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct GenreFile {
    plan: Vec<String>,
    #[serde(default)]
    plan_weak: Vec<String>,
    #[serde(default)]
    headline_verbs: Vec<String>,
    #[serde(default)]
    dated_title_verbs: Vec<String>,
    #[serde(default)]
    meeting_titles: Vec<String>,
    #[serde(default)]
    meeting_verbs: Vec<String>,
    not_plan: yaml::Mapping,
    #[serde(default)]
    work_verbs: Vec<String>,
    #[serde(default)]
    work_adverbs: Vec<String>,
    #[serde(default)]
    report_headings: Vec<String>,
    #[serde(default)]
    done_markers: Vec<String>,
    #[serde(default)]
    done_purpose_words: Vec<String>,
    #[serde(default)]
    mandate_words: Vec<String>,
    #[serde(default)]
    mandate_headings: Vec<String>,
    #[serde(default)]
    pledge_intros: Vec<String>,
    #[serde(default)]
    not_perfective: Vec<String>,
    #[serde(default)]
    ahead_words: Vec<String>,
    #[serde(default)]
    instruction_words: Vec<String>,
    #[serde(default)]
    attached_form_endings: Vec<String>,
    #[serde(default)]
    attached_work_words: Vec<String>,
    #[serde(default)]
    leader_posts: Vec<String>,
    #[serde(default)]
    done_headings: Vec<String>,
    #[serde(default)]
    done_titles: Vec<String>,
    #[serde(default)]
    interpretation_headings: Vec<String>,
    #[serde(default)]
    issuing_words: Vec<String>,
    #[serde(default)]
    follows_words: Vec<String>,
    #[serde(default)]
    requirement_intros: Vec<String>,
    #[serde(default)]
    title_tails: Vec<String>,
    #[serde(default)]
    made_before_words: Vec<String>,
    #[serde(default)]
    making_ahead_words: Vec<String>,
    #[serde(default)]
    asking_words: Vec<String>,
    #[serde(default)]
    self_naming_verbs: Vec<String>,
    #[serde(default)]
    after_plan_words: Vec<String>,
    #[serde(default)]
    joined_to_plan_words: Vec<String>,
    #[serde(default)]
    dated_plan_words: Vec<String>,
    #[serde(default)]
    dated_plan_periods: Vec<String>,
    #[serde(default)]
    plan_openings: Vec<String>,
    #[serde(default)]
    joined_opening_endings: Vec<String>,
    #[serde(default)]
    task_part_openings: Vec<String>,
    #[serde(default)]
    main_task_statements: Vec<String>,
    #[serde(default)]
    address_words: Vec<String>,
    #[serde(default)]
    progress_titles: Vec<String>,
    #[serde(default)]
    progress_period_titles: Vec<String>,
    #[serde(default)]
    progress_periods: Vec<String>,
    #[serde(default)]
    progress_words: Vec<String>,
    #[serde(default)]
    progress_columns: Vec<String>,
    #[serde(default)]
    filled_progress_columns: Vec<String>,
    #[serde(default)]
    remedy_report_words: Vec<String>,
    #[serde(default)]
    question_labels: Vec<String>,
    #[serde(default)]
    forwarding_words: Vec<String>,
    #[serde(default)]
    progress_verbs: Vec<String>,
    #[serde(default)]
    about_words: Vec<String>,
    #[serde(default)]
    about_events: Vec<String>,
    #[serde(default)]
    issuing_titles: Vec<String>,
    #[serde(default)]
    request_words: Vec<String>,
    #[serde(default)]
    implementing_words: Vec<String>,
    #[serde(default)]
    notice_title_openings: Vec<String>,
    #[serde(default)]
    notice_title_endings: Vec<String>,
    #[serde(default)]
    task_notice_objects: Vec<String>,
    #[serde(default)]
    work_notice_intros: Vec<String>,
    #[serde(default)]
    requirement_notice_intros: Vec<String>,
    #[serde(default)]
    requirement_heading_words: Vec<String>,
    #[serde(default)]
    event_notice_subjects: Vec<String>,
    #[serde(default)]
    event_subject_tails: Vec<String>,
    #[serde(default)]
    event_notice_verbs: Vec<String>,
    #[serde(default)]
    field_label_nouns: Vec<String>,
    #[serde(default)]
    speech_openings: Vec<String>,
    #[serde(default)]
    citing_verbs: Vec<String>,
    #[serde(default)]
    speech_reports: Vec<String>,
    #[serde(default)]
    report_ledes: Vec<String>,
    #[serde(default)]
    practice_results: Vec<String>,
    #[serde(default)]
    practice_goal_words: Vec<String>,
    #[serde(default)]
    news_ledes: Vec<String>,
    #[serde(default)]
    self_named_rules: Vec<String>,
    #[serde(default)]
    measure_genres: Vec<String>,
}

/// Longest imprint line holding the printing date (`2016年4月19日印发`).
const MAX_IMPRINT_DATE_CHARS: usize = 16;

/// Everything the parser needs to know about the words plans use.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    /// Header names per column role, in priority order.
    pub columns: Vec<(ColumnRole, Vec<String>)>,
    /// Header names per column role that count only as the whole header (`内容`: a
    /// schedule's 周次 | 日期 | 内容, never the 内容 inside 公开内容（要素）).
    pub exact_columns: Vec<(ColumnRole, Vec<String>)>,
    pub unit_labels: UnitLabels,
    /// The role words and nouns unit labels are also built from (`牵头责任` + `部门`).
    pub unit_label_parts: UnitLabelParts,
    /// Labels that name a person, not a unit (`责任领导：张三`).
    pub person_labels: Vec<String>,
    /// Labels of a time limit field (`完成时限：`).
    pub deadline_labels: Vec<String>,
    /// The words and nouns time-limit labels are also built from (`推进` + `时限`).
    pub deadline_label_parts: DeadlineLabelParts,
    /// Words written before a unit or time label that belong to it (`问题整改责任单位：`,
    /// `具体牵头单位：`), longest first.
    pub label_qualifiers: Vec<String>,
    /// Labels of an item's other fields (`2.活动内容：…`): a numbered line opening with one,
    /// or with a unit or time label, is a field of the item above it, not an item.
    pub field_labels: Vec<String>,
    /// Labels over the measures that remedy an item's problem (`整改措施：`): the numbered
    /// measures after one (`①…` `②…`) are the item's text, not tasks.
    pub measure_labels: Vec<String>,
    /// Words standing for a unit label's colon (`牵头单位为县政府办公室`, `参与单位包括…`),
    /// longest first.
    pub label_copulas: Vec<String>,
    /// First characters of `label_copulas`: where a label may end without a colon.
    pub label_copula_starts: CharSet,
    /// Verbs opening a label that names the units by what they take part in
    /// (`参加集中宣传的单位有…`).
    pub participant_verbs: Vec<String>,
    /// The nouns such a label ends in after its `的` (`单位`, `部门`).
    pub participant_nouns: Vec<String>,
    /// Titles of a project's parts where a list of projects prints each over the same parts
    /// (`一、目标任务` `二、序时进度` `三、资金安排`): see [`crate::plan::facets`].
    pub facet_headings: Vec<String>,
    /// Headings of the part that says when a plan runs (活动时间): dated items under them are
    /// work done then.
    pub time_headings: Vec<String>,
    /// Headings over a plan's steps (`实施步骤`): an item under one opening with its own time
    /// is a step of the work.
    pub step_headings: Vec<String>,
    /// Headings over a plan's own work (`工作措施`): a list under one is work though its items
    /// name no units, when another part of the plan assigns them.
    pub work_headings: Vec<String>,
    /// What a period heading names between its time and a colon (`二月主题：…`): it still
    /// heads the items done then.
    pub period_themes: Vec<String>,
    /// Words opening the paragraphs of a plan written as unnumbered prose, one piece of work
    /// each (`首先，…` `其次，…` `最后，…`).
    pub sequence_openers: Vec<String>,
    /// Words of a heading over a list of members or participants (领导小组, 参加对象): the
    /// list's items are no work.
    pub member_headings: Vec<String>,
    /// Labels of lines naming a body's members by post (组长, 成员): under a heading naming the
    /// body they say who it is, not what it does.
    pub member_labels: Vec<String>,
    /// Labels of a sentence that assigns duties to several units (`责任分工：`).
    pub duty_labels: Vec<String>,
    /// Headings over a paragraph sharing the work out a unit per clause after general words
    /// (`三、责任划定`): besides `duty_labels`.
    pub duty_list_headings: Vec<String>,
    /// Words of an item's heading that say it shares the work out (`（三）明确责任，深入督查`):
    /// its paragraph's clauses that each open with a unit and its duty are tasks, as under
    /// `职责分工`, at any depth.
    pub responsibility_headings: Vec<String>,
    /// How a heading over the units' duties ends (`七、救助抚养工作职责`, `三、成员单位职责`):
    /// the paragraphs under it that open with a unit are its tasks, as under `职责分工`.
    pub duty_heading_endings: Vec<String>,
    /// Words of a sentence that introduces a list of duties (`…任务作如下明确：`).
    pub duty_intro_words: Vec<String>,
    pub lead_markers: Vec<String>,
    /// Words after which the units cooperate (`X牵头，Y配合` → 配合).
    pub cooperating_markers: Vec<String>,
    /// Words joining a lead to the units it works with (`X会同Y` → 会同): X leads, Y cooperates.
    pub joint_markers: Vec<String>,
    /// Words after units opening an item that make them who is to do its work (`县水利局要…`,
    /// `县气象局将…`, `各乡镇应…`).
    pub doer_words: Vec<String>,
    pub tail_markers: Vec<String>,
    /// Words of unit names that hold a duty word (组织部 holds 组织): where one starts, the
    /// duty word is part of the name (区委组织部), not the word after it.
    pub marker_names: Vec<String>,
    /// Names of bodies that end in a duty word (`党组织`, `社会组织`): the word is the name's.
    pub marker_name_ends: Vec<String>,
    /// Words opening with a duty word that name a role (`牵头作用`), not an assignment.
    pub marker_nouns: Vec<String>,
    /// Words where a role of `marker_nouns` runs into the noun a duty is about (`负责人口普查`):
    /// the duty word is read there.
    pub marker_noun_overlaps: Vec<String>,
    /// Roles a sentence's subject is said to be (`是…的责任主体`) that give it the work.
    pub duty_roles: Vec<String>,
    /// Words after a sentence's subject that make it the units doing the work (prose plans).
    pub subject_verbs: Vec<String>,
    /// Words opening a bracket that gives the short form of the name before it (`（以下简称
    /// 县发改委）`): the bracket is no part of the name.
    pub alias_openers: Vec<String>,
    /// Prepositions a sentence may open with (`与高新区积极对接`): the name after one is no
    /// subject doing the work.
    pub subject_prepositions: Vec<String>,
    /// Verbs that open a phrase of work, never a unit's name (`创建生态文明社区`): a name
    /// opening with one is no unit.
    pub phrase_verbs: Vec<String>,
    /// Office words that make a phrase verb an office's short name (`创建办`, `培育中心`).
    pub phrase_verb_offices: Vec<String>,
    /// Words that open a unit's duties where a table's cells ran together: a name ends before
    /// them (the subject verbs count too).
    pub duty_openers: Vec<String>,
    pub lead_in: Vec<String>,
    /// Verbs of sending up to a body (`报县农业农村局统一采购`, `上报市住建局`): stripped from the
    /// front of a name only where a level's name follows (`报社` is a name).
    pub submit_verbs: Vec<String>,
    /// Words that join the last name of a list to the others (`…，以及各有关单位`): stripped
    /// from the front of a name, never from inside one.
    pub list_joiners: Vec<String>,
    /// Words a sentence that assigns the work before it may open with (`此项工作由X负责`):
    /// the sentence is an assignment as if it opened with 由.
    pub assignment_topics: Vec<String>,
    /// Words after a unit's name that name its officer (`盘龙区政府主要领导`): the unit is the
    /// name before them.
    pub person_tails: Vec<String>,
    /// Officers a unit label may name besides its units (`责任单位及责任人：`).
    pub label_officers: Vec<String>,
    /// How a person's post ends (`局长`, `书记`): a numbered line naming a person and posts
    /// lists a member, no duty.
    pub post_endings: Vec<String>,
    pub vague_exact: Vec<String>,
    pub vague_contains: Vec<String>,
    pub collective: Vec<String>,
    /// Words that end a unit's name only in a class opening with `collective` (`各物业服务企业`
    /// are the estate firms a notice gives work; `大型企业` alone is whom the work concerns).
    pub collective_endings: Vec<String>,
    pub unit_suffixes: Vec<char>,
    /// Words a unit's name may end in besides one suffix character (部门, 政府, 海关).
    pub unit_endings: Vec<String>,
    /// Words that end like a unit's name but name none (发布会, 平台, 执行).
    pub not_unit_endings: Vec<String>,
    /// Words of `not_unit_endings` that, after one character, name a town (岚城乡, 潭城镇):
    /// `统筹城乡` and `小城镇` are phrases, a three-character name is a township's.
    pub town_name_words: Vec<String>,
    /// Characters that before a town word make a phrase, not a town (`小城镇`, `和城乡`).
    pub town_name_not_first: Vec<char>,
    /// A kind of body named alone (部门, 单位): it ends as names do but names no one
    /// (`（十三）部门协调，加强沟通` is no statement by 部门).
    pub bare_class_names: Vec<String>,
    /// Verbs no body's name holds (成立, 设立): a "name" holding one is a sentence that ends
    /// in a body (`交通运输局系统春运工作成立4个工作小组`).
    pub never_in_names: Vec<String>,
    /// Words a name never ends inside (关于: `转发总会关|于…` is no subject 转发总会关).
    pub words_across_name_end: Vec<String>,
    /// Words that carry a unit's name on past a full name (县政府|有关部门, 市直|各单位), so a
    /// name whose end is not marked does not end before them.
    pub name_connectors: Vec<String>,
    /// Endings of a unit that owns the class of units written after it (区政府|各部门,
    /// 县委|有关部门): run together, the two are one name, not two cells.
    pub class_owners: Vec<String>,
    /// Words that point back at units named before (上述乡镇, 前述单位): no new unit.
    pub anaphora: Vec<String>,
    /// Words for the work a heading says its units lead (`县示范区管委会牵头工作（8项）`).
    pub heading_work_words: Vec<String>,
    /// Words after units in a heading over their duties (`镇（街道）职责`).
    pub heading_duty_words: Vec<String>,
    /// The kind of responsibility a heading's units bear, after their colon (`党委：主体责任`).
    pub heading_role_words: Vec<String>,
    /// The first character of every field label (unit, person, deadline, duty labels): text
    /// is searched for labels only where one of these stands.
    pub label_starts: CharSet,
    /// Every field label by its first character, with the list it comes from (each list's own
    /// order kept): the labels that may start at a character are one run, found by a binary
    /// search.
    pub labels_by_first: Vec<(char, LabelList, String)>,
    /// The last character of every unit suffix, unit ending and vague name: a name ends in one.
    pub name_ends: CharSet,
    /// The last character of every duty word a unit list may end in (牵头, 配合, 负责落实, 等).
    pub unit_text_ends: CharSet,
    /// The first character of every lead, cooperating and tail marker: a clause is searched
    /// for markers only where one of these stands.
    pub marker_starts: CharSet,
    /// Characters that fold to another (traditional to simplified).
    fold_keys: CharSet,
    /// `lead_in` as one automaton: most names hold none of them.
    pub lead_in_set: WordSet,
    /// What a clause with no subject opens with (`subject_verbs`, `tail_markers`,
    /// `subject_prepositions`), as one automaton: asked of every candidate subject.
    pub subject_openers: WordSet,
    /// Every column name of every role, to find a header whose cells were run together.
    pub column_names: Vec<String>,
    /// The names of [`Self::exact_columns`], for a header run together.
    pub whole_column_names: Vec<String>,
    pub admin_prefixes: Vec<char>,
    /// What the issuing organ's own offices open with (局: `局办公室`, `局社会福利和彩票管理科`):
    /// a subject opening so names a unit as one opening with a level does.
    pub own_organ_prefixes: Vec<char>,
    /// Common surnames: a table's people printed around an office with no separator
    /// (`江裕森许可处林本勇`) are told apart from it by them.
    pub person_surnames: Vec<char>,
    /// What a bureau's name ends in (局, 厅, 署): such a name may run long after a place the
    /// vocabulary does not know (`莆田出入境检验检疫局负责`).
    pub bureau_endings: Vec<char>,
    /// How an officer a unit sends ends (`1名县级领导`, `负责人`): the unit does the work.
    pub officer_endings: Vec<String>,
    /// Sectors whose first character is a verb's (`应急管理`: 应): a subject, not a clause.
    pub verb_like_sectors: Vec<String>,
    /// What a level's body is called (人民政府, 党委): `各县、区人民政府` is one collective.
    pub level_bodies: Vec<String>,
    /// Bodies only a development zone or park has (管委会): places share one only when each is a
    /// zone, named with one of `zone_endings` (开发区, 园区).
    pub zone_bodies: Vec<String>,
    pub zone_endings: Vec<String>,
    pub statement_endings: Vec<String>,
    /// An assignment stated once for every task (`以下均需各片区配合落实，不再列出`).
    pub doc_wide_markers: Vec<String>,
    /// A plan's convention that the unit listed first leads (列第一位为牵头单位, 排在前位为牵头
    /// 部门): patterns, since plans word it in many ways.
    pub lead_first_markers: Vec<Regex>,
    /// A plan's convention that the units before the comma lead (逗号前为牵头单位): patterns.
    pub lead_before_comma_markers: Vec<Regex>,
    /// A table's note that a name printed with a mark (`区建管委*`) leads (加*号为牵头部门).
    pub lead_mark_notes: Vec<Regex>,
    /// A note giving the mark any meaning (`加*号的为新增单位`): unless it is a lead note, a
    /// mark alone among a task's units then says nothing of who leads.
    pub mark_notes: Vec<Regex>,
    /// What an appraisal's criterion says and a task never does (`每缺一类扣6分`): an item
    /// saying it is a line of a scoring sheet appended to the plan.
    pub scoring_criteria: Vec<Regex>,
    /// Words that make an item's heading a checklist's question (`生产设备和工艺是否符合国家
    /// 规定`): what an inspection looks at, no work — unless the heading opens with the work
    /// of checking (`检查各单位是否落实…`).
    pub check_questions: Vec<String>,
    /// Words only a site's footer prints (`网站标识码`, `ICP备`): the label lines after one
    /// (`协办单位: 监利市电视台`) are the site's, not a plan's fields.
    pub footer_anchors: Vec<String>,
    /// A portal's column names (`通知公告`, `工作动态`): alone on a line before everything
    /// else, the column the page sits in, never its title (inside a text such a line may be a
    /// table's cell).
    pub portal_columns: Vec<String>,
    /// Patterns of a whole line that is web-page chrome; matched as one set in `is_chrome`.
    chrome: Vec<Regex>,
    /// A site's sentence about the text (`导语：…一文来源于网友上传…。`): chrome though it is a
    /// sentence.
    site_notes: Vec<Regex>,
    /// `chrome` compiled into one automaton, since every line of every document is tested
    /// against all of them. (`site_notes` are tested one by one: each holds a long bounded
    /// gap, `.{0,60}`, and together they made the automaton build new states on nearly every
    /// numbered line; alone, each is ruled out by its own literals first.)
    chrome_set: RegexSet,
    pub publication_line: Vec<Regex>,
    /// A page's date (and time) alone under its title: passed over, never read as a date.
    pub page_dateline: Vec<Regex>,
    pub printed_suffix: Vec<String>,
    /// Openings of a notice's imprint lines after its signature (抄送, 联系人).
    pub imprint_openings: Vec<String>,
    /// Words before a cited 发文字号 that are not the issuer's code (按照国办发… → 国办发…).
    pub citation_lead_ins: Vec<String>,
    pub title_words: Vec<String>,
    pub draft_markers: Vec<String>,
    /// File extensions a page title may end with (`…责任分解表.docx`).
    pub title_file_extensions: Vec<String>,
    /// How the site's name a page title ends with ends (`…的意见-湖南省人民政府门户网站`).
    pub title_site_endings: Vec<String>,
    /// Words a plan's first sentence opens with (为深入, 根据): after a title run into it.
    pub preamble_openers: Vec<String>,
    pub issuer_header_suffix: Vec<String>,
    pub metadata: MetadataLabels,
    /// Headings of the parts that ask for support rather than assign work (保障措施).
    pub safeguard_headings: Vec<String>,
    /// Words of a part heading over the plan's tasks (`二、创建任务及责任`): a safeguard's words
    /// under it (`（一）组织领导坚强有力`) name a piece of the work.
    pub task_part_words: Vec<String>,
    /// Headings of the parts that state aims or principles (总体要求, 指导思想).
    pub context_headings: Vec<String>,
    /// Headings of a part of targets and tasks (目标任务): context over prose alone, but the
    /// part's own items are tasks.
    pub targets_and_tasks_headings: Vec<String>,
    /// Headings of an analysis of how things stand (`状况分析`): after any words naming no verb
    /// of work (`语文组及语文教学状况分析`), context.
    pub analysis_headings: Vec<String>,
    /// Headings saying who an event invites (`四、邀请对象`): context over a paragraph, work
    /// over items of their own.
    pub invitee_headings: Vec<String>,
    /// Headings of what a campaign looks at (`二、整治重点`, `四、工作重点`): a list under one
    /// whose items neither open with work nor name units lists targets, not tasks.
    pub focus_headings: Vec<String>,
    /// Verbs after `对…` that make a clause say what is done to it (`对停放点进行整治`).
    pub treatment_verbs: Vec<String>,
    pub table_end: Vec<String>,
    pub standing: Vec<String>,
    /// Words before a date that make it a point of reference, not a limit (与2021年底相比,
    /// 截至2022年6月底), and words after one that do (…相比, …起).
    pub reference_before: Vec<String>,
    pub reference_after: Vec<String>,
    /// Verbs that make a date right before them a time limit in running text (2023年5月竣工,
    /// 9月投入使用): the work is done by then.
    pub completion_verbs: Vec<String>,
    /// Words of aim that make a date right after them a time limit in running text
    /// (`力争2021年7月1日正式开馆`, `拟于5月下旬举办`).
    pub target_words: Vec<String>,
    /// Verbs of starting: a date aimed at right before one is when the work starts, no limit
    /// (`预计2022年12月开工建设`).
    pub start_verbs: Vec<String>,
    /// Columns whose text may state a time limit in a table that has no time-limit column
    /// (备注: `12月13日下午下班前反馈`).
    pub remark_columns: Vec<String>,
    /// Words of a topic column's header naming each row's own item (项目名称): its cells
    /// open the rows' tasks, though the table has a task column too.
    pub row_name_columns: Vec<String>,
    /// Whole-cell names of a unit column that name one only beside a column of duties
    /// (`部门` next to `主要职责分工`): a register's `部门` beside `文件名称` names no task's unit.
    pub duty_table_unit_columns: Vec<String>,
    pub genres: GenreWords,
    fold: HashMap<char, char>,
}

const BUNDLED: &[(&str, &str)] = &[
    (
        "rules/plan/columns.yaml",
        include_str!("../../rules/plan/columns.yaml"),
    ),
    (
        "rules/plan/units.yaml",
        include_str!("../../rules/plan/units.yaml"),
    ),
    (
        "rules/plan/document.yaml",
        include_str!("../../rules/plan/document.yaml"),
    ),
    (
        "rules/plan/deadlines.yaml",
        include_str!("../../rules/plan/deadlines.yaml"),
    ),
    (
        "rules/plan/genres.yaml",
        include_str!("../../rules/plan/genres.yaml"),
    ),
    (
        "rules/plan/fold.yaml",
        include_str!("../../rules/plan/fold.yaml"),
    ),
];

fn compile(file: &str, pattern: &str) -> Result<Regex, VocabError> {
    Regex::new(pattern).map_err(|source| VocabError::Pattern {
        file: file.to_owned(),
        pattern: pattern.to_owned(),
        source,
    })
}

/// One automaton for patterns each file already compiled alone; the set can still fail on
/// the size limit when extension files add many.
fn pattern_set(list: &str, patterns: &[Regex]) -> Result<RegexSet, VocabError> {
    RegexSet::new(patterns.iter().map(Regex::as_str)).map_err(|source| VocabError::Pattern {
        file: format!("{list} (all vocabulary files)"),
        pattern: format!("{} patterns together", patterns.len()),
        source,
    })
}

fn yaml_error(file: &str, source: YamlError) -> VocabError {
    VocabError::Yaml {
        file: file.to_owned(),
        source,
    }
}

impl Vocabulary {
    /// The vocabulary bundled from `rules/plan/`.
    pub fn bundled() -> Result<Vocabulary, VocabError> {
        let mut v = Vocabulary::default();
        for (file, text) in BUNDLED {
            v.merge(file, text)?;
        }
        v.finish()?;
        Ok(v)
    }

    /// The bundled vocabulary extended by the given files (`vocabulary:` in `planlint.yaml`).
    pub fn extended(files: &[PathBuf]) -> Result<Vocabulary, VocabError> {
        let mut v = Vocabulary::default();
        for (file, text) in BUNDLED {
            v.merge(file, text)?;
        }
        for path in files {
            let name = path.display().to_string();
            let text = std::fs::read_to_string(path).map_err(|source| VocabError::Io {
                file: name.clone(),
                source,
            })?;
            v.merge(&name, &text)?;
        }
        v.finish()?;
        Ok(v)
    }

    /// Add one file's lists to this vocabulary.
    fn merge(&mut self, file: &str, text: &str) -> Result<(), VocabError> {
        let f: VocabFile = yaml::from_str(text).map_err(|e| yaml_error(file, e))?;
        if f.version != VERSION {
            return Err(VocabError::Version {
                file: file.to_owned(),
                found: f.version,
            });
        }
        for (columns, into) in [
            (f.columns, &mut self.columns),
            (f.exact_columns, &mut self.exact_columns),
        ] {
            for (k, v) in columns.unwrap_or_default() {
                let role: ColumnRole = yaml::from_value(k).map_err(|e| yaml_error(file, e))?;
                let names: Vec<String> = yaml::from_value(v).map_err(|e| yaml_error(file, e))?;
                match into.iter_mut().find(|(r, _)| *r == role) {
                    Some((_, list)) => list.extend(names),
                    None => into.push((role, names)),
                }
            }
        }
        self.unit_labels.lead.extend(f.unit_labels.lead);
        self.unit_labels
            .responsible
            .extend(f.unit_labels.responsible);
        self.unit_labels
            .cooperating
            .extend(f.unit_labels.cooperating);
        let parts = f.unit_label_parts;
        self.unit_label_parts.nouns.extend(parts.nouns);
        self.unit_label_parts.lead.extend(parts.lead);
        self.unit_label_parts.responsible.extend(parts.responsible);
        self.unit_label_parts.cooperating.extend(parts.cooperating);
        self.person_labels.extend(f.person_labels);
        self.label_qualifiers.extend(f.label_qualifiers);
        self.deadline_labels.extend(f.deadline_labels);
        let parts = f.deadline_label_parts;
        self.deadline_label_parts.words.extend(parts.words);
        self.deadline_label_parts.nouns.extend(parts.nouns);
        self.field_labels.extend(f.field_labels);
        self.measure_labels.extend(f.measure_labels);
        self.label_copulas.extend(f.label_copulas);
        self.participant_verbs.extend(f.participant_verbs);
        self.participant_nouns.extend(f.participant_nouns);
        self.facet_headings.extend(f.facet_headings);
        self.time_headings.extend(f.time_headings);
        self.step_headings.extend(f.step_headings);
        self.work_headings.extend(f.work_headings);
        self.period_themes.extend(f.period_themes);
        self.sequence_openers.extend(f.sequence_openers);
        self.member_headings.extend(f.member_headings);
        self.member_labels.extend(f.member_labels);
        self.duty_labels.extend(f.duty_labels);
        self.duty_list_headings.extend(f.duty_list_headings);
        self.responsibility_headings
            .extend(f.responsibility_headings);
        self.duty_heading_endings.extend(f.duty_heading_endings);
        self.duty_intro_words.extend(f.duty_intro_words);
        self.lead_markers.extend(f.lead_markers);
        self.cooperating_markers.extend(f.cooperating_markers);
        self.joint_markers.extend(f.joint_markers);
        self.doer_words.extend(f.doer_words);
        self.tail_markers.extend(f.tail_markers);
        self.marker_names.extend(f.marker_names);
        self.marker_name_ends.extend(f.marker_name_ends);
        self.marker_nouns.extend(f.marker_nouns);
        self.marker_noun_overlaps.extend(f.marker_noun_overlaps);
        self.duty_roles.extend(f.duty_roles);
        self.subject_verbs.extend(f.subject_verbs);
        self.alias_openers.extend(f.alias_openers);
        self.subject_prepositions.extend(f.subject_prepositions);
        self.phrase_verbs.extend(f.phrase_verbs);
        self.phrase_verb_offices.extend(f.phrase_verb_offices);
        self.duty_openers.extend(f.duty_openers);
        self.lead_in.extend(f.lead_in);
        self.submit_verbs.extend(f.submit_verbs);
        self.list_joiners.extend(f.list_joiners);
        self.assignment_topics.extend(f.assignment_topics);
        self.person_tails.extend(f.person_tails);
        self.label_officers.extend(f.label_officers);
        self.post_endings.extend(f.post_endings);
        self.vague_exact.extend(f.vague.exact);
        self.vague_contains.extend(f.vague.contains);
        self.collective.extend(f.collective);
        self.collective_endings.extend(f.collective_endings);
        self.unit_suffixes.extend(f.unit_suffixes);
        self.unit_endings.extend(f.unit_endings);
        self.not_unit_endings.extend(f.not_unit_endings);
        self.town_name_words.extend(f.town_name_words);
        self.town_name_not_first.extend(f.town_name_not_first);
        self.bare_class_names.extend(f.bare_class_names);
        self.never_in_names.extend(f.never_in_names);
        self.words_across_name_end.extend(f.words_across_name_end);
        self.name_connectors.extend(f.name_connectors);
        self.class_owners.extend(f.class_owners);
        self.anaphora.extend(f.anaphora);
        self.heading_work_words.extend(f.heading_work_words);
        self.heading_duty_words.extend(f.heading_duty_words);
        self.heading_role_words.extend(f.heading_role_words);
        self.admin_prefixes.extend(f.admin_prefixes);
        self.own_organ_prefixes.extend(f.own_organ_prefixes);
        self.person_surnames.extend(f.person_surnames);
        self.bureau_endings.extend(f.bureau_endings);
        self.officer_endings.extend(f.officer_endings);
        self.verb_like_sectors.extend(f.verb_like_sectors);
        self.level_bodies.extend(f.level_bodies);
        self.zone_bodies.extend(f.zone_bodies);
        self.zone_endings.extend(f.zone_endings);
        self.statement_endings.extend(f.statement_endings);
        self.doc_wide_markers.extend(f.doc_wide_markers);
        for p in &f.lead_first_markers {
            self.lead_first_markers.push(compile(file, p)?);
        }
        for p in &f.lead_before_comma_markers {
            self.lead_before_comma_markers.push(compile(file, p)?);
        }
        for p in &f.lead_mark_notes {
            self.lead_mark_notes.push(compile(file, p)?);
        }
        for p in &f.mark_notes {
            self.mark_notes.push(compile(file, p)?);
        }
        for p in &f.site_notes {
            self.site_notes.push(compile(file, p)?);
        }
        for p in &f.scoring_criteria {
            self.scoring_criteria.push(compile(file, p)?);
        }
        self.check_questions.extend(f.check_questions);
        self.footer_anchors.extend(f.footer_anchors);
        self.portal_columns.extend(f.portal_columns);
        for p in &f.chrome {
            self.chrome.push(compile(file, p)?);
        }
        for p in &f.publication_line {
            self.publication_line.push(compile(file, p)?);
        }
        for p in &f.page_dateline {
            self.page_dateline.push(compile(file, p)?);
        }
        self.printed_suffix.extend(f.printed_suffix);
        self.imprint_openings.extend(f.imprint_openings);
        self.citation_lead_ins.extend(f.citation_lead_ins);
        self.title_words.extend(f.title_words);
        self.draft_markers.extend(f.draft_markers);
        self.title_file_extensions.extend(f.title_file_extensions);
        self.title_site_endings.extend(f.title_site_endings);
        self.preamble_openers.extend(f.preamble_openers);
        self.issuer_header_suffix.extend(f.issuer_header_suffix);
        let m = f.metadata;
        self.metadata.title.extend(m.title);
        self.metadata.doc_number.extend(m.doc_number);
        self.metadata.issuer.extend(m.issuer);
        self.metadata.signing_date.extend(m.signing_date);
        self.metadata.published.extend(m.published);
        self.metadata.other.extend(m.other);
        self.safeguard_headings.extend(f.safeguard_headings);
        self.task_part_words.extend(f.task_part_words);
        self.context_headings.extend(f.context_headings);
        self.targets_and_tasks_headings
            .extend(f.targets_and_tasks_headings);
        self.analysis_headings.extend(f.analysis_headings);
        self.invitee_headings.extend(f.invitee_headings);
        self.focus_headings.extend(f.focus_headings);
        self.treatment_verbs.extend(f.treatment_verbs);
        self.table_end.extend(f.table_end);
        self.standing.extend(f.standing);
        self.reference_before.extend(f.reference_before);
        self.reference_after.extend(f.reference_after);
        self.completion_verbs.extend(f.completion_verbs);
        self.target_words.extend(f.target_words);
        self.start_verbs.extend(f.start_verbs);
        self.remark_columns.extend(f.remark_columns);
        self.row_name_columns.extend(f.row_name_columns);
        self.duty_table_unit_columns
            .extend(f.duty_table_unit_columns);
        for line in &f.fold {
            for pair in line.split_whitespace() {
                let mut cs = pair.chars();
                match (cs.next(), cs.next(), cs.next()) {
                    (Some(t), Some(s), None) if t.len_utf8() == s.len_utf8() => {
                        self.fold.insert(t, s);
                    }
                    _ => {
                        return Err(VocabError::Fold {
                            file: file.to_owned(),
                            pair: pair.to_owned(),
                        })
                    }
                }
            }
        }
        if let Some(g) = f.genres {
            self.genres.plan.extend(g.plan);
            self.genres.plan_weak.extend(g.plan_weak);
            self.genres.headline_verbs.extend(g.headline_verbs);
            self.genres.dated_title_verbs.extend(g.dated_title_verbs);
            self.genres.meeting_titles.extend(g.meeting_titles);
            self.genres.meeting_verbs.extend(g.meeting_verbs);
            self.genres.work_verbs.extend(g.work_verbs);
            self.genres.work_adverbs.extend(g.work_adverbs);
            self.genres.report_headings.extend(g.report_headings);
            self.genres.done_markers.extend(g.done_markers);
            self.genres.done_purpose_words.extend(g.done_purpose_words);
            self.genres.mandate_words.extend(g.mandate_words);
            self.genres.mandate_headings.extend(g.mandate_headings);
            self.genres.pledge_intros.extend(g.pledge_intros);
            self.genres.not_perfective.extend(g.not_perfective);
            self.genres.ahead_words.extend(g.ahead_words);
            self.genres.instruction_words.extend(g.instruction_words);
            self.genres
                .attached_form_endings
                .extend(g.attached_form_endings);
            self.genres
                .attached_work_words
                .extend(g.attached_work_words);
            self.genres.leader_posts.extend(g.leader_posts);
            self.genres.done_headings.extend(g.done_headings);
            self.genres.done_titles.extend(g.done_titles);
            self.genres
                .interpretation_headings
                .extend(g.interpretation_headings);
            self.genres.issuing_words.extend(g.issuing_words);
            self.genres.follows_words.extend(g.follows_words);
            self.genres.requirement_intros.extend(g.requirement_intros);
            self.genres.title_tails.extend(g.title_tails);
            self.genres.made_before_words.extend(g.made_before_words);
            self.genres.making_ahead_words.extend(g.making_ahead_words);
            self.genres.asking_words.extend(g.asking_words);
            self.genres.self_naming_verbs.extend(g.self_naming_verbs);
            self.genres.after_plan_words.extend(g.after_plan_words);
            self.genres
                .joined_to_plan_words
                .extend(g.joined_to_plan_words);
            self.genres.dated_plan_words.extend(g.dated_plan_words);
            self.genres.dated_plan_periods.extend(g.dated_plan_periods);
            self.genres.plan_openings.extend(g.plan_openings);
            self.genres
                .joined_opening_endings
                .extend(g.joined_opening_endings);
            self.genres.task_part_openings.extend(g.task_part_openings);
            self.genres
                .main_task_statements
                .extend(g.main_task_statements);
            self.genres.address_words.extend(g.address_words);
            self.genres.progress_titles.extend(g.progress_titles);
            self.genres
                .progress_period_titles
                .extend(g.progress_period_titles);
            self.genres.progress_periods.extend(g.progress_periods);
            self.genres.progress_words.extend(g.progress_words);
            self.genres.progress_columns.extend(g.progress_columns);
            self.genres
                .filled_progress_columns
                .extend(g.filled_progress_columns);
            self.genres
                .remedy_report_words
                .extend(g.remedy_report_words);
            self.genres.question_labels.extend(g.question_labels);
            self.genres.forwarding_words.extend(g.forwarding_words);
            self.genres.progress_verbs.extend(g.progress_verbs);
            self.genres.about_words.extend(g.about_words);
            self.genres.about_events.extend(g.about_events);
            self.genres.issuing_titles.extend(g.issuing_titles);
            self.genres.request_words.extend(g.request_words);
            self.genres.implementing_words.extend(g.implementing_words);
            self.genres
                .notice_title_openings
                .extend(g.notice_title_openings);
            self.genres
                .notice_title_endings
                .extend(g.notice_title_endings);
            self.genres
                .task_notice_objects
                .extend(g.task_notice_objects);
            self.genres.work_notice_intros.extend(g.work_notice_intros);
            self.genres
                .requirement_notice_intros
                .extend(g.requirement_notice_intros);
            self.genres
                .requirement_heading_words
                .extend(g.requirement_heading_words);
            self.genres
                .event_notice_subjects
                .extend(g.event_notice_subjects);
            self.genres
                .event_subject_tails
                .extend(g.event_subject_tails);
            self.genres.event_notice_verbs.extend(g.event_notice_verbs);
            self.genres.field_label_nouns.extend(g.field_label_nouns);
            self.genres.speech_openings.extend(g.speech_openings);
            self.genres.citing_verbs.extend(g.citing_verbs);
            self.genres.speech_reports.extend(g.speech_reports);
            self.genres.report_ledes.extend(g.report_ledes);
            self.genres.practice_results.extend(g.practice_results);
            self.genres
                .practice_goal_words
                .extend(g.practice_goal_words);
            self.genres.news_ledes.extend(g.news_ledes);
            self.genres.self_named_rules.extend(g.self_named_rules);
            self.genres.measure_genres.extend(g.measure_genres);
            for (k, v) in g.not_plan {
                let word: String = yaml::from_value(k).map_err(|e| yaml_error(file, e))?;
                let what: String = yaml::from_value(v).map_err(|e| yaml_error(file, e))?;
                self.genres.not_plan.push((word, what));
            }
        }
        Ok(())
    }

    /// Join each role word to each noun (`牵头责任` + `部门`) and add the label to its role's list,
    /// unless a list names it already: a listed label keeps its listed role. Time-limit labels
    /// are built the same way (`推进` + `时限`), those listed left out.
    fn build_unit_labels(&mut self) {
        let parts = &self.unit_label_parts;
        let listed: HashSet<String> = self
            .unit_labels
            .lead
            .iter()
            .chain(&self.unit_labels.responsible)
            .chain(&self.unit_labels.cooperating)
            .cloned()
            .collect();
        let mut built: [Vec<String>; 3] = Default::default();
        for (words, into) in [&parts.lead, &parts.responsible, &parts.cooperating]
            .into_iter()
            .zip(built.iter_mut())
        {
            for word in words {
                for noun in &parts.nouns {
                    let label = format!("{word}{noun}");
                    if !listed.contains(&label) {
                        into.push(label);
                    }
                }
            }
        }
        let [lead, responsible, cooperating] = built;
        self.unit_labels.lead.extend(lead);
        self.unit_labels.responsible.extend(responsible);
        self.unit_labels.cooperating.extend(cooperating);
        let parts = &self.deadline_label_parts;
        let built: Vec<String> = parts
            .words
            .iter()
            .flat_map(|w| parts.nouns.iter().map(move |n| format!("{w}{n}")))
            .filter(|label| !self.deadline_labels.contains(label))
            .collect();
        self.deadline_labels.extend(built);
    }

    /// Order the lists whose longest entry must match first.
    fn finish(&mut self) -> Result<(), VocabError> {
        self.build_unit_labels();
        self.name_ends = self
            .unit_suffixes
            .iter()
            .copied()
            .chain(
                self.unit_endings
                    .iter()
                    .filter_map(|w| w.chars().next_back()),
            )
            .chain(
                self.vague_exact
                    .iter()
                    .filter_map(|w| w.chars().next_back()),
            )
            .chain(
                self.collective_endings
                    .iter()
                    .filter_map(|w| w.chars().next_back()),
            )
            .collect();
        self.fold_keys = self.fold.keys().copied().collect();
        self.lead_in_set = WordSet::new(&self.lead_in);
        self.subject_openers = WordSet::new(
            self.subject_verbs
                .iter()
                .chain(&self.tail_markers)
                .chain(&self.subject_prepositions),
        );
        self.chrome_set = pattern_set("chrome", &self.chrome)?;
        let markers = || {
            self.lead_markers
                .iter()
                .chain(&self.cooperating_markers)
                .chain(&self.joint_markers)
                .chain(&self.tail_markers)
        };
        self.marker_starts = CharSet::first_chars(markers());
        self.unit_text_ends = CharSet::last_chars(self.statement_endings.iter().chain(markers()));
        self.column_names = self
            .columns
            .iter()
            .flat_map(|(_, names)| names.iter().cloned())
            .collect();
        self.whole_column_names = self
            .exact_columns
            .iter()
            .flat_map(|(_, names)| names.iter().cloned())
            .collect();
        sort_by_first_char(&mut self.column_names);
        self.label_starts = CharSet::first_chars(
            self.unit_labels
                .lead
                .iter()
                .chain(&self.unit_labels.responsible)
                .chain(&self.unit_labels.cooperating)
                .chain(&self.person_labels)
                .chain(&self.deadline_labels)
                .chain(&self.duty_labels)
                .chain(&self.participant_verbs),
        );
        let by_length = |v: &mut Vec<String>| {
            v.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
            v.dedup();
        };
        by_length(&mut self.unit_labels.lead);
        by_length(&mut self.unit_labels.responsible);
        by_length(&mut self.unit_labels.cooperating);
        by_length(&mut self.person_labels);
        by_length(&mut self.label_qualifiers);
        by_length(&mut self.label_copulas);
        self.label_copula_starts = CharSet::first_chars(self.label_copulas.iter());
        by_length(&mut self.deadline_labels);
        by_length(&mut self.duty_labels);
        let mut by_first: Vec<(char, LabelList, String)> = Vec::new();
        for (from, list) in [
            (LabelList::Person, &self.person_labels),
            (LabelList::Deadline, &self.deadline_labels),
            (LabelList::Duties, &self.duty_labels),
            (LabelList::Lead, &self.unit_labels.lead),
            (LabelList::Responsible, &self.unit_labels.responsible),
            (LabelList::Cooperating, &self.unit_labels.cooperating),
        ] {
            for name in list {
                if let Some(first) = name.chars().next() {
                    by_first.push((first, from, name.clone()));
                }
            }
        }
        // (stable: within a character, the lists in order and each list's own order)
        by_first.sort_by_key(|(first, id, _)| (*first, *id));
        self.labels_by_first = by_first;
        by_length(&mut self.printed_suffix);
        by_length(&mut self.standing);
        for list in [
            &mut self.metadata.title,
            &mut self.metadata.doc_number,
            &mut self.metadata.issuer,
            &mut self.metadata.signing_date,
            &mut self.metadata.published,
            &mut self.metadata.other,
        ] {
            by_length(list);
        }
        self.genres
            .not_plan
            .sort_by_key(|(w, _)| std::cmp::Reverse(w.chars().count()));
        Ok(())
    }

    /// Whether a label names the column of a task's text or requirement (`整改要求`, `具体措施`):
    /// a line opening with it under an item is that item's text, not a topic of its own.
    pub fn names_text_column(&self, label: &str) -> bool {
        self.columns.iter().any(|(role, names)| {
            matches!(role, ColumnRole::Content | ColumnRole::Requirement)
                && names.iter().any(|n| n == label)
        })
    }

    /// Whether `rest` starts a unit-name word that holds a duty word (`组织部…`), which a
    /// duty word found at the same place must not cut, or a noun naming a role (`牵头作用`),
    /// which assigns nothing.
    pub fn marker_in_name(&self, rest: &str) -> bool {
        self.marker_names
            .iter()
            .chain(&self.marker_nouns)
            .any(|w| rest.starts_with(w.as_str()))
            && !self.marker_noun_overlap(rest)
    }

    /// Whether `rest` opens with a duty word running into a noun (`负责人口普查`), not a role.
    pub fn marker_noun_overlap(&self, rest: &str) -> bool {
        self.marker_noun_overlaps
            .iter()
            .any(|w| rest.starts_with(w.as_str()))
    }

    /// Whether a duty word at `rest`, after `before`, ends a body's name (`党组织` of
    /// `各有关党组织：`, `社会组织`): the word belongs to the name and does not cut it.
    pub fn marker_ends_name(&self, before: &str, rest: &str) -> bool {
        word_across(&self.marker_name_ends, before, rest, 1)
    }

    /// Whether `s` names an officer (`县政府主要领导`, `分管负责人`: `person_tails`): a person, not
    /// a unit, leads or answers for what it says.
    pub fn names_officer(&self, s: &str) -> bool {
        self.person_tails.iter().any(|w| s.contains(w.as_str()))
    }

    /// Whether a normalized label names a unit, a time limit, a person or a sharing of duties
    /// (`牵头单位`, `完成时限`, `联系人`, `责任分工`): the label of a field whose value is the
    /// next line when it stands alone.
    pub fn is_field_label(&self, label: &str) -> bool {
        let l = &self.unit_labels;
        l.lead
            .iter()
            .chain(&l.responsible)
            .chain(&l.cooperating)
            .chain(&self.deadline_labels)
            .chain(&self.person_labels)
            .chain(&self.duty_labels)
            .any(|w| w == label)
    }

    /// Whether a line is a file's name (`…工作总结.doc`, an attachment's link `…的通知.ofd`):
    /// the uploader's word for a text, not what the text calls itself.
    pub fn names_file(&self, line: &str) -> bool {
        line.trim_matches(crate::document::is_space)
            .rsplit_once('.')
            .is_some_and(|(_, ext)| {
                self.title_file_extensions
                    .iter()
                    .any(|e| e.eq_ignore_ascii_case(ext.trim_matches(crate::document::is_space)))
            })
    }

    /// The text with traditional characters folded to simplified ones, character for
    /// character and byte for byte, so offsets found in it hold in the original.
    pub fn fold<'a>(&self, s: &'a str) -> Cow<'a, str> {
        if !s.chars().any(|c| self.fold_keys.contains(c)) {
            return Cow::Borrowed(s);
        }
        Cow::Owned(
            s.chars()
                .map(|c| {
                    if self.fold_keys.contains(c) {
                        self.fold.get(&c).copied().unwrap_or(c)
                    } else {
                        c
                    }
                })
                .collect(),
        )
    }

    /// Whether a unit's name may open with `c`: an administrative level (区, 市, 县 …) or a
    /// class's first character (各).
    pub fn opens_unit_name(&self, c: char) -> bool {
        self.admin_prefixes.contains(&c) || self.opens_collective(c)
    }

    /// Whether a class's name may open with `c` (各): `collective`'s first characters.
    pub fn opens_collective(&self, c: char) -> bool {
        self.collective.iter().any(|w| w.starts_with(c))
    }

    /// The role of a table header cell, if it names one.
    pub fn column_role(&self, header: &str) -> Option<ColumnRole> {
        let name = crate::plan::text::normalize(&self.fold(header));
        // a column name is a few words, never a sentence
        if name.is_empty()
            || name.chars().count() > crate::document::dialects::MAX_HEADER_CELL_CHARS
        {
            return None;
        }
        for (role, names) in self.columns.iter().chain(&self.exact_columns) {
            if names.contains(&name) {
                return Some(*role);
            }
        }
        // a name with a gloss is the name's (`类型（机制、任务等）`: the gloss's 任务 says what
        // the cells hold)
        // (…when the name alone has a role: else the whole, gloss included, is looked in)
        if let Some(role) =
            crate::document::dialects::without_column_gloss(&name).and_then(|h| self.column_role(h))
        {
            return Some(role);
        }
        // a year over a schedule's column (`2018年`, `2025年度`): its cells mark the progress
        // due that year, kept aside as the task's own deadline column says when it is done
        if crate::document::dialects::is_year_heading(&name) {
            return Some(ColumnRole::Other);
        }
        self.columns
            .iter()
            .flat_map(|(role, names)| names.iter().map(move |n| (role, n)))
            .filter(|(_, n)| name.contains(n.as_str()))
            .max_by_key(|(_, n)| n.chars().count())
            .map(|(role, _)| *role)
            .filter(|_| name.chars().count() <= crate::document::dialects::MAX_HEADER_CELL_CHARS)
    }

    /// Whether a whole line is web-page chrome.
    pub fn is_chrome(&self, line: &str) -> bool {
        let line = line.trim();
        // a page's list bullet (`- 52.50 KB`, `- 1、本文档由用户上传…`) is not the line's
        let line = line
            .strip_prefix(crate::document::text::LIST_BULLETS)
            .map_or(line, |rest| rest.trim_start());
        // a sentence that mentions a site's feature (“我为政府网站找错”监督举报平台…。) is text
        (!line.contains('。') && self.chrome_set.is_match(line))
            || self.site_notes.iter().any(|re| re.is_match(line))
            || self.is_keyword_banner(line)
    }

    /// Whether a line is a hijacked page's banner of search keywords (`久久久久天天天天_肉体视频
    /// 在线_青青青草视频在线_…`): at least [`MIN_BANNER_KEYWORDS`] short words joined by `_`,
    /// none naming a document (a title word, a name in 《》) — a page title joins a few parts so
    /// (`…的通知_区政府办公室_…门户网站`), one of them the document's.
    fn is_keyword_banner(&self, line: &str) -> bool {
        // (most lines hold no `_`: nothing is split for them)
        if line.bytes().filter(|&b| b == b'_').count() + 1 < MIN_BANNER_KEYWORDS {
            return false;
        }
        let words: Vec<&str> = line.split('_').collect();
        words.len() >= MIN_BANNER_KEYWORDS
            && words.iter().all(|w| {
                let w = w.trim();
                !w.is_empty()
                    && w.chars().count() <= MAX_BANNER_KEYWORD_CHARS
                    && !w.contains(['《', '。', '，', ','])
                    && !self.title_words.iter().any(|t| w.contains(t.as_str()))
            })
    }

    /// Whether a line says where and when the text was published (稿源: …).
    pub fn is_publication_line(&self, line: &str) -> bool {
        let line = line.trim();
        self.publication_line.iter().any(|re| re.is_match(line))
    }

    /// Whether a line belongs to a notice's imprint (版记) after its signature: copied-to and
    /// contact lines (`抄送：…`, `（联系人：…）`), the printing office's date (`…2016年4月19日印发`)
    /// or `印发` alone. The plan's title comes after them.
    pub fn is_imprint_line(&self, line: &str) -> bool {
        let line = line.trim();
        self.imprint_openings
            .iter()
            .any(|w| line.starts_with(w.as_str()))
            || self.printed_suffix.iter().any(|w| line == w.as_str())
            || line.chars().count() <= MAX_IMPRINT_DATE_CHARS
                && self.printed_suffix.iter().any(|w| {
                    line.strip_suffix(w.as_str())
                        .is_some_and(|d| self.is_page_dateline(d))
                })
    }

    /// Whether a line is a page's date alone (`2022-10-19 14:39`), printed about the page.
    pub fn is_page_dateline(&self, line: &str) -> bool {
        let line = line.trim();
        self.page_dateline.iter().any(|re| re.is_match(line))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notices_imprint_lines_are_known_and_a_title_is_not_one() {
        let v = Vocabulary::bundled().unwrap();
        for line in [
            "抄送：省海洋与渔业厅、省海洋与渔业执法总队。",
            "（联系人：吴茂生，联系电话：23155917）",
            "印发",
            "2016年4月19日印发",
        ] {
            assert!(v.is_imprint_line(line), "{line}");
        }
        for line in [
            "平潭综合实验区“碧海2016”专项行动实施方案",
            "2016年4月19日",
            "印发工作方案",
        ] {
            assert!(!v.is_imprint_line(line), "{line}");
        }
    }

    #[test]
    fn bundled_vocabulary_loads_and_maps_common_headers() {
        let v = Vocabulary::bundled().unwrap();
        assert_eq!(v.column_role("牵头及责任单位"), Some(ColumnRole::Units));
        assert_eq!(v.column_role("完成时限"), Some(ColumnRole::Deadline));
        assert_eq!(v.column_role("时 限"), Some(ColumnRole::Deadline));
        // a drill plan's table: 演练科目 | 情景构建 | 牵头责任单位 | 责任单位 | 时限要求
        assert_eq!(v.column_role("演练科目"), Some(ColumnRole::Topic));
        assert_eq!(v.column_role("情景构建"), Some(ColumnRole::Requirement));
        assert_eq!(v.column_role("牵头部门"), Some(ColumnRole::Lead));
        // the main responsible units beside a column of those that assist
        assert_eq!(v.column_role("主要责任单位"), Some(ColumnRole::Lead));
        assert_eq!(v.column_role("责任单位"), Some(ColumnRole::Units));
        assert_eq!(v.column_role("序号"), Some(ColumnRole::Number));
        // a person column, however the leader is named: never the lead unit
        assert_eq!(v.column_role("分 管 县领导"), Some(ColumnRole::Person));
        assert_eq!(v.column_role("月份"), Some(ColumnRole::Deadline));
        // a joint inspection plan: the initiating department leads, by the period it runs in
        assert_eq!(v.column_role("发起部门"), Some(ColumnRole::Lead));
        assert_eq!(
            v.column_role("计划任务实施时段"),
            Some(ColumnRole::Deadline)
        );
        assert_eq!(v.column_role("检查对象"), Some(ColumnRole::Other));
        // the towns that carry a district's task out
        assert_eq!(v.column_role("责任街镇"), Some(ColumnRole::Units));
        // a schedule's bare 内容, but not the 内容 inside a catalogue's 公开内容（要素）
        assert_eq!(v.column_role("日 期"), None);
        assert_eq!(v.column_role("内 容"), Some(ColumnRole::Content));
        assert_eq!(v.column_role("公开内容（要素）"), None);
        // a progress table's columns: kept by no role, never counted as unknown names
        assert_eq!(v.column_role("是否达序"), Some(ColumnRole::Other));
        assert_eq!(v.column_role("说明"), Some(ColumnRole::Other));
        // …a 民生实事 progress table's: what was achieved by a month (not that month, a time
        // limit) and the number to call; its matters name the tasks, whose text is the content
        // column when there is one (`民生事项 | 主要内容 | …`)
        assert_eq!(
            v.column_role("1-9月份工作取得成效"),
            Some(ColumnRole::Other)
        );
        assert_eq!(v.column_role("监督电话"), Some(ColumnRole::Other));
        assert_eq!(v.column_role("民生事项名称"), Some(ColumnRole::Topic));
        assert_eq!(v.column_role("责任科室"), Some(ColumnRole::Units));
        assert_eq!(v.column_role("配合单位"), Some(ColumnRole::Cooperating));
        // a press-conference plan's and an inspection plan's columns
        assert_eq!(v.column_role("发布主题"), Some(ColumnRole::Content));
        assert_eq!(v.column_role("发布单位"), Some(ColumnRole::Units));
        // (a register of what was published, 文件名称 | 发布部门 | 发布月份, is no plan)
        assert_ne!(v.column_role("发布部门"), Some(ColumnRole::Units));
        assert_eq!(v.column_role("拟发布月"), Some(ColumnRole::Deadline));
        assert_eq!(v.column_role("检查内容"), Some(ColumnRole::Content));
        assert_eq!(v.column_role("计划开展时间"), Some(ColumnRole::Deadline));
        assert_eq!(v.column_role("股室"), Some(ColumnRole::Units));
        assert_eq!(v.column_role("检查主体"), Some(ColumnRole::Other));
        assert_eq!(v.column_role("工作任务和内容"), Some(ColumnRole::Content));
        assert_eq!(
            v.column_role("区财政局牵头，各镇（街道）按职责分工负责"),
            None
        );
        assert!(v.is_chrome("2021/8/16 上午9:31:36 星期一"));
        assert!(v.is_chrome("【资料图】"));
        assert!(v.is_chrome("请点击👉 mbgs777 👈联系老师"));
        assert!(v.is_chrome("全文预览已结束"));
        assert!(!v.is_chrome("【资料图】中的数据来源于统计局。"));
        assert!(!v.is_chrome("（三）畅通投诉渠道，群众可拨打热线联系客服"));
        // a site's banner with the day, a read-aloud button, zoom buttons, a greeting
        assert!(v.is_chrome("天津政务网 2019年12月3日星期二"));
        assert!(v.is_chrome("天津市静海区人民政府2019年12月3日星期二"));
        // (a date with its weekday alone may be a table's time-limit cell)
        assert!(!v.is_chrome("2023年6月30日星期五"));
        assert!(!v.is_chrome("一、会议时间 2023年3月6日星期一"));
        assert!(!v.is_chrome("2021年1月6日"));
        assert!(!v.is_chrome("会议定于2021年1月6日星期三召开。"));
        assert!(v.is_chrome("朗读"));
        // a site's disclaimer and its note to rights holders, though they are sentences
        assert!(v.is_chrome(
            "免责声明:本站发布的教育资讯(图片、视频和文字)以本站原创、转载和分享为主,文章观点不代表本网站立场。"
        ));
        assert!(v.is_chrome(
            "如果本文侵犯了您的权益,请联系底部站长邮箱进行举报反馈,一经查实,我们将在第一时间处理。"
        ));
        assert!(!v.is_chrome("严厉打击侵犯知识产权违法行为,畅通举报渠道。"));
        assert!(!v.is_chrome(
            "（一）畅通维权渠道。张贴“如果商家侵犯了您的权益，请拨打12315投诉举报”标识。"
        ));
        assert!(v.is_chrome("3. 3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理。"));
        assert!(!v.is_chrome("1. 督促培训机构建立退费机制，对学员申请退款的及时处理。"));
        // a document-sharing site's first tips
        assert!(v.is_chrome(
            "1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。"
        ));
        assert!(v.is_chrome(
            "2. 2、\"仅部分预览\"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款(可完整预览的文档不适用该条件!)。"
        ));
        assert!(!v.is_chrome("1、推广政务服务APP下载使用,提高网上办理比例。"));
        // …and the captions of its page images
        assert!(v.is_chrome("开福区深化文明社区建设责任分解表_第1页"));
        assert!(!v.is_chrome("开福区深化文明社区建设责任分解表"));
        assert!(v.is_chrome("文章播报"));
        // a hijacked page's banner of search keywords; a page title joining its parts is not
        assert!(v.is_chrome("久久久久天天天天_肉体视频在线_青青青草视频在线_国产精品视频自拍"));
        assert!(
            !v.is_chrome("关于印发2024年政务公开工作要点的通知_区政府办公室_某区人民政府门户网站")
        );
        assert!(!v.is_chrome("政策文件_政务公开_某县人民政府_2024年工作要点"));
        assert!(v.is_chrome("您的当前位置:"));
        // a page's label over its text; a sentence pointing to the details is text
        assert!(v.is_chrome("详细内容"));
        assert!(!v.is_chrome("详细内容见附件。"));
        // a page's date and time under its title; a deadline is no such line
        assert!(v.is_page_dateline("2022-10-19 14:39"));
        assert!(v.is_page_dateline("2022年10月19日"));
        assert!(!v.is_page_dateline("2022年10月19日前完成"));
        // (a portal's section name may be a table's cell: 工作动态, 通知公告)
        assert!(!v.is_chrome("工作动态"));
        assert!(v.genres.reports_a_year("2022年工作成效"));
        assert!(v.genres.reports_a_year("2018年度工作回顾"));
        assert!(!v.genres.reports_a_year("2023年工作目标"));
        assert!(!v.genres.reports_a_year("定期通报各单位工作落实情况"));
        assert!(v.is_chrome("衡东教育信息网_衡东政务网_衡阳红网百姓呼声(4)"));
        assert!(!v.is_chrome("关于印发某县教育网_建设方案的通知"));
        assert!(v.is_chrome("移动端应用"));
        // a count of views after the day the page was posted; a target counted is text
        assert!(v.is_chrome("2021年11月24日 点击人次: 1592"));
        assert!(v.is_chrome("发布时间：2023-09-27 浏览量：356"));
        assert!(!v.is_chrome("全年累计访问量达到10万人次。"));
        assert!(v.is_chrome("登录个人中心"));
        assert!(!v.is_chrome("政务微信公众号要及时发布信息。"));
        assert!(v.is_chrome("放大缩小默认上一篇"));
        assert!(v.is_chrome("您好,欢迎访问三七文档"));
        // a repost's byline is a publication line, not a title
        assert!(v.is_publication_line("编辑: 麒麟兔爷 2019-03-14"));
        assert!(!v.is_publication_line("编辑出版工作手册"));
        assert!(v.is_chrome("政府网站标识码:2101120003 公安备案号:21011202000218"));
        assert!(v.is_chrome("导语:工作计划一文来源于网友上传,不代表本站观点,欢迎参考。"));
        assert!(!v.is_chrome("1.做好全面振兴新突破三年行动工作信息公开。"));
        // a document-sharing site's viewer and its numbered download tips
        assert!(v.is_chrome("温馨提示:"));
        assert!(v.is_chrome("3. 下载前请仔细阅读文档内容,确认文档内容符合您的需求后进行下载。"));
        assert!(v.is_chrome("已阅读5页,还剩23页未读 继续免费阅读"));
        assert!(v.is_chrome("版权说明:本文档由用户提供并上传,收益归属内容提供方"));
        assert!(!v.is_chrome("3. 做好政策文件的上传和下载服务。"));
        // …its preview's head, page counter and end
        assert!(v.is_chrome("资源预览内容"));
        assert!(v.is_chrome("第2页 / 共3页"));
        assert!(v.is_chrome("亲,该文档总共3页全部预览完了,如果喜欢就下载吧!"));
        assert!(!v.is_chrome("资源预览内容要及时更新。"));
        // a portal's breadcrumb opening with its top menu
        assert!(v.is_chrome("政务公开 > 平昌县农业农村局 > 规划计划"));
        // a breadcrumb whose colon was an icon
        assert!(v.is_chrome("您的位置首页  日常用品  食品"));
        assert!(!v.is_chrome("您的位置很重要"));
        assert!(!v.is_chrome("政务公开 > 申请 > 审核，按流程办理。"));
        // a model-text site's opening line, a site's login links
        assert!(v.is_chrome(
            "开篇:写作不仅是一种记录,更是一种创造。下面是小编精心整理的12篇森林防火工作方案,希望对您有益。"
        ));
        assert!(v.is_chrome("一网搜 登录| 注册"));
        // a skip link, a site map, a newspaper's continuation line
        assert!(v.is_chrome("跳到主要内容区块"));
        assert!(v.is_chrome("• 本站地图"));
        assert!(v.is_chrome("(上接第一版)"));
        assert!(v.is_chrome("（下转第3版）"));
        assert!(!v.is_chrome("上接第一版的内容，继续推进。"));
        assert!(v.is_chrome("文案大全实用文档工作计划内容页"));
        assert!(!v.is_chrome("2.统一网站信息内容页"));
        assert!(!v.is_chrome("统一网站信息内容页"));
        assert!(v.is_chrome("网站首页 实用文 书信 面试 实习 实习报告 职场"));
        assert!(!v.is_chrome("1.做好用户登录注册功能的安全评估。"));
        assert!(!v.is_chrome("1.推进统一身份认证登录注册"));
        // a document site's facts in a bulleted list
        for line in [
            "- 52.50 KB",
            "- 2021-04-16 发布",
            "- 2、本文档内容版权归属内容提供方,所产生的收益全部归内容提供方所有。",
            "- 网站客服QQ:403074932",
        ] {
            assert!(v.is_chrome(line), "{line}");
        }
        assert!(!v.is_chrome("- 做好网站客服热线的接听工作。"));
    }

    #[test]
    fn a_done_marker_in_a_goals_clause_reports_nothing_where_work_is_given_out() {
        let v = Vocabulary::bundled().unwrap();
        let g = &v.genres;
        assert!(g.reports_done("确保节日期间各项工作顺利开展。"));
        assert!(!g.reports_done_besides_goals("确保节日期间各项工作顺利开展。"));
        assert!(!g.reports_done_besides_goals("力争全年同比增长8%。"));
        // (the word of purpose counts in the marker's own clause only)
        assert!(g.reports_done_besides_goals("活动顺利结束，确保了安全。"));
        assert!(g.reports_done_besides_goals("确保安全，已完成排查。"));
    }

    #[test]
    fn traditional_characters_fold_byte_for_byte() {
        let v = Vocabulary::bundled().unwrap();
        let s = "（牽頭單位：縣財政局；責任單位：各鄉鎮）";
        let f = v.fold(s);
        assert_eq!(f, "（牵头单位：县财政局；责任单位：各乡镇）");
        assert_eq!(f.len(), s.len());
        assert!(matches!(v.fold("区财政局"), Cow::Borrowed(_)));
    }

    #[test]
    fn unit_labels_are_built_from_parts_and_a_listed_label_keeps_its_role() {
        let v = Vocabulary::bundled().unwrap();
        assert!(v.unit_labels.lead.iter().any(|l| l == "牵头责任部门"));
        assert!(v.unit_labels.cooperating.iter().any(|l| l == "协办科室"));
        assert!(v.deadline_labels.iter().any(|l| l == "推进时限"));
        // (a window's opening hours are no time limit)
        assert!(!v.deadline_labels.iter().any(|l| l == "工作时间"));
        let mut v = Vocabulary::default();
        for (file, text) in BUNDLED {
            v.merge(file, text).unwrap();
        }
        let listed = "version: 1\nunit_labels:\n  responsible: [协办科室]\n";
        v.merge("extra.yaml", listed).unwrap();
        v.finish().unwrap();
        assert!(v.unit_labels.responsible.iter().any(|l| l == "协办科室"));
        assert!(!v.unit_labels.cooperating.iter().any(|l| l == "协办科室"));
    }

    #[test]
    fn extension_files_add_to_the_lists() {
        let dir = std::env::temp_dir().join(format!("planlint-vocab-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let extra = dir.join("extra.yaml");
        std::fs::write(
            &extra,
            "version: 1\ncolumns:\n  units: [包保单位]\nperson_labels: [包保领导]\n",
        )
        .unwrap();
        let v = Vocabulary::extended(std::slice::from_ref(&extra)).unwrap();
        assert_eq!(v.column_role("包保单位"), Some(ColumnRole::Units));
        assert!(v.person_labels.iter().any(|p| p == "包保领导"));
        std::fs::write(&extra, "version: 1\ncolums: {}\n").unwrap();
        let e = Vocabulary::extended(&[extra]).unwrap_err();
        assert!(e.to_string().contains("unknown field `colums`"), "{e}");
        std::fs::remove_dir_all(&dir).ok();
    }
}
