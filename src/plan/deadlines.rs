//! Deadlines: find time limits in text and normalise them against the plan's year.

use chrono::NaiveDate;
use regex::{Captures, Regex};

use crate::document::is_space;
use crate::document::numbering::number_value;
use crate::plan::model::{DeadlineValue, Period, Precision, RelativeUnit};
use crate::plan::text::normalize;
use crate::plan::wordset::WordSet;

/// A deadline found in a piece of text (byte range into that text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadlineMatch {
    pub start: usize,
    pub end: usize,
    pub value: DeadlineValue,
}

/// Where the text comes from: a 时限 cell states a deadline by itself being there, so a bare
/// date or 全年 counts; running text needs a marker such as 前 or 内.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    Cell,
    Text,
    /// Running text that opens a work item (its own words, not a notice's): as `Text`, and a
    /// day of the plan year at its very start is when the item is done (`3月8日开展…`).
    Item,
}

impl Mode {
    /// Whether the text is running text, which needs a marker to state a limit.
    fn running(self) -> bool {
        matches!(self, Mode::Text | Mode::Item)
    }
}

/// The compiled deadline grammar.
#[derive(Debug, Clone)]
pub struct DeadlineGrammar {
    re: Regex,
    standing: Vec<String>,
    /// `standing` as one automaton: most cells hold none of them.
    standing_set: WordSet,
    /// The standing phrases read in running text, as one pattern: one scan per text.
    standing_in_text: Option<Regex>,
    /// Words around a date in running text that make it a point of reference (与…相比,
    /// 截至…), not a limit.
    reference_before: Vec<String>,
    reference_after: Vec<String>,
    /// Verbs that make a date right before them a limit in running text (2023年5月竣工).
    completions: Vec<String>,
    /// Words of aim that make a date right after them a limit in running text
    /// (`力争2021年7月1日正式开馆`).
    targets: Vec<String>,
    /// Verbs of starting: a date aimed at before one is when work starts (`预计2022年12月开工`).
    starts: Vec<String>,
}

const S: &str = r"[\s\u{3000}]*";
/// Besides a digit, characters one of which every form of the grammar holds: a numeral
/// (三个工作日内, 第二季度), 每, 按, 明年, 年底, 半年, 年内.
const GRAMMAR_CHARS: [char; 19] = [
    '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '每', '按', '明', '底', '末',
    '半', '终', '内',
];
/// Shortest standing phrase read in running text: 长期推进, 常态化实施; two characters (全年,
/// 定期, 及时) are adverbs there.
const MIN_STANDING_CLAUSE_CHARS: usize = 4;
const BEFORE: &str = r"(?:前|之前|以前|止)";
const NUM: &str = r"(?:\d+|[一二两三四五六七八九十]+)";
/// A time of day between a date and its 前 (`12月13日下午下班前`, `3月5日17时前`), after the
/// day of the week a notice may name in brackets (`3月30日(星期一)前`).
const TIME_OF_DAY: &str = r"(?:[（(](?:星期|周|礼拜)[一二三四五六日天][）)])?(?:(?:上午|下午|中午|晚上)?[\s\u{3000}]*(?:下班|\d{1,2}[\s\u{3000}]*[时点:：](?:\d{1,2}分?)?)?)?";
/// A month's number in words: 一 to 十二.
const MONTH_WORD: &str = r"(?:十[一二]?|[一二三四五六七八九])";
/// The dash of a range of dates, also written `起至`, `起到` where the range opens at its
/// first date (`2023年9月15日起至9月25日`).
const DASH: &str = r"(?:[—–\-~～－]+|起?至|起?到)";
/// Words that open a range of dates as the period the work runs in (`从…起至…止`), not as a
/// point of reference: before a range they make no reference.
const RANGE_OPENERS: [&str; 2] = ["从", "自"];
/// The grammar's groups that only a range of dates fills (its second date's).
const RANGE_GROUPS: [&str; 5] = ["ry", "sm2", "xd", "mry", "smm"];
/// A dash between two days, also as a scan or a typist prints it, `一` (`5月30日一6月4日`): no
/// numeral stands between a day and the next date's digits.
const DAY_DASH: &str = r"(?:[—–\-~～－]+|起?至|起?到|一)";
/// A day a model text leaves for the user to fill in (`3月x日`, `3月X日`, `3月×日`, `3月**日`,
/// `3月__日`).
const BLANK_DAY: &str = r"(?:[xX×*＊]{1,2}|[_＿]{1,4})";
/// A year left blank in a model text (`20__年`, `____年`, `20XX年`): the dates after it are
/// read as dates of the plan's year.
const BLANK_YEAR: &str = r"(?:(?:19|20)?[_＿]{2,4}|20[xX×]{2})";

/// Longest line read as a period label (`2024年第一季度：`, `十一月至十二月份`): a longer line
/// says what is done then.
const MAX_PERIOD_LABEL_CHARS: usize = 12;
/// Longest 时限 cell still read as a time limit by itself (`2021年底前`, `持续推进`, `每季度`);
/// a longer cell is prose that may mention one.
pub const MAX_DEADLINE_CELL_CHARS: usize = 16;

impl DeadlineGrammar {
    /// Compile the grammar; `standing` are the 时限-cell words for standing duties (rule data).
    pub fn new(standing: &[String]) -> DeadlineGrammar {
        let alternatives = [
            // a date range: the task runs until its end (2022年3月1日—3月28日)
            format!(
                r"(?P<ry>\d{{4}}){S}年{S}\d{{1,2}}{S}月{S}\d{{1,2}}{S}[日号]?{S}{DAY_DASH}{S}(?:(?P<ry2>\d{{4}}){S}年{S})?(?P<rm2>\d{{1,2}}){S}月{S}(?P<rd2>\d{{1,2}}){S}[日号]"
            ),
            // (…and one whose years a model text leaves blank: 20__年9月1日-20__年10月30日)
            format!(
                r"(?:{BLANK_YEAR}{S}年{S})?\d{{1,2}}{S}月{S}\d{{1,2}}{S}[日号]?{S}{DAY_DASH}{S}(?:{BLANK_YEAR}{S}年{S})?(?P<sm2>\d{{1,2}}){S}月{S}(?P<sd2>\d{{1,2}}){S}[日号]"
            ),
            // a range of days of one month (6月10日至22日, 2022年5月1日-3日)
            format!(
                r"(?:(?P<xy>\d{{4}}){S}年{S})?(?P<xm>\d{{1,2}}){S}月{S}\d{{1,2}}{S}[日号]?{S}{DAY_DASH}{S}(?P<xd>\d{{1,2}}){S}[日号]"
            ),
            // a range of years (2021-2022年, 2023—2025年): a stage's time, due at the last year's
            // end — only where a date needs no marker (a stage's bracket, a 时限 cell): in running
            // text it is a period's name (`“十四五”（2021-2025年）期间`)
            format!(r"(?P<yr1>\d{{4}}){S}年?{S}{DASH}{S}(?P<yr2>\d{{4}}){S}年(?:{S}度)?"),
            // a range of months: the task runs until the end of the last (2026年4月—10月, 6-7月,
            // 2018年7-8月)
            format!(
                r"(?P<mry>\d{{4}}){S}年{S}\d{{1,2}}{S}(?:月(?:份|初|上旬|中旬|下旬)?)?{S}{DASH}{S}(?:(?P<mry2>\d{{4}}){S}年{S})?(?P<mrm>\d{{1,2}}){S}月(?:{S}(?:底|末|份))?"
            ),
            format!(
                r"\d{{1,2}}{S}(?:月(?:初|上旬|中旬|下旬)?)?{S}{DASH}{S}(?P<smm>\d{{1,2}}){S}月(?:{S}(?:底|末|份))?"
            ),
            format!(
                r"(?P<ay>\d{{4}}){S}年{S}(?P<am>\d{{1,2}}){S}月{S}(?P<ad>\d{{1,2}}){S}[日号]{S}{TIME_OF_DAY}{S}(?P<ab>{BEFORE})?"
            ),
            // (a day whose 日 a copy dropped, before its 前: 2008年4月10前)
            format!(
                r"(?P<dy>\d{{4}}){S}年{S}(?P<dm>\d{{1,2}}){S}月{S}(?P<dd>\d{{1,2}}){S}{BEFORE}"
            ),
            format!(
                r"(?P<by>\d{{4}}){S}年{S}(?P<bm>\d{{1,2}}){S}月份?{S}(?P<bb>底|末|初|中下旬|上中旬|中旬|上旬|下旬|{BEFORE})?{S}{BEFORE}?"
            ),
            // by a year, or a month or day of it (到2020年, 到2025年6月底): 到 says "by"
            format!(
                r"(?:到|至){S}(?P<ty>\d{{4}}){S}年(?:{S}(?P<tm>\d{{1,2}}){S}月(?:{S}(?P<td>\d{{1,2}}){S}[日号])?)?(?:{S}(?P<tb>年底|年末|底|末|份|中旬|上旬|下旬))?{S}(?P<tbe>{BEFORE})?"
            ),
            format!(r"(?P<cy>\d{{4}}){S}年{S}(?:年底|年末|底|末){S}{BEFORE}?"),
            // before a year (2006年前，完成…): a limit only where it opens an item, is followed by
            // what is to be done, or stands in a 时限 cell (2000年以前建成的小区 is a reference)
            format!(r"(?P<yb>\d{{4}}){S}年{S}{BEFORE}"),
            format!(r"明年{S}(?P<ny>年底|年末|底){S}{BEFORE}?"),
            // a day a model text leaves blank (3月x日前, 2月X日—3月X日): by the end of that month
            format!(
                r"(?:(?:(?P<py>\d{{4}})|{BLANK_YEAR}){S}年{S})?(?:\d{{1,2}}{S}月{S}{BLANK_DAY}{S}[日号]?{S}{DAY_DASH}{S}(?:(?:\d{{4}}|{BLANK_YEAR}){S}年{S})?)?(?P<pm>\d{{1,2}}){S}月{S}{BLANK_DAY}{S}[日号]{S}(?P<pb>{BEFORE})?"
            ),
            format!(
                r"(?P<em>\d{{1,2}}){S}月{S}(?P<ed>\d{{1,2}}){S}[日号]{S}{TIME_OF_DAY}{S}(?P<eb>{BEFORE})?"
            ),
            // a month of the plan year, in figures or in words (3月底前, 二月份, 十一月底)
            format!(
                r"(?P<fm>\d{{1,2}}|{MONTH_WORD}){S}月{S}(?P<fb>底|末|份|初|中下旬|上中旬|上旬|中旬|下旬|{BEFORE})?{S}{BEFORE}?"
            ),
            format!(
                r"每{S}(?P<per>年度|半年|年|季度|季|月|周|星期|个?工作日|日|天){S}(?:末|底|初)?(?:{S}\d{{1,2}}{S}月{S}(?:底|末|初|份|上旬|中旬|下旬)?)?(?:{S}\d{{1,2}}{S}[日号])?(?:{S}{BEFORE})?(?:[^，。；,;\n]{{0,10}}?(?P<times>\d+|[一两二三四五六七八九十]){S}次)?"
            ),
            r"按(?P<per2>月|季度|季|年|周|日)".to_owned(),
            format!(r"(?:年底|年末|年终){S}(?P<gb>{BEFORE})?"),
            // within the plan year, said with what is to be done (年内完成, 年内持续推进): the
            // State Council's 分工 writes every time limit so; 年内至少听取一次 is a frequency
            format!(r"年内{S}(?P<ye>持续推进|完成|出台|落实|实施|推进|建成|印发|落地)"),
            format!(r"(?P<half>上|下)半年{S}(?:{BEFORE}|内)?"),
            format!(r"第?(?P<q>[一二三四1-4]){S}季度{S}(?:末|底)?{S}(?:{BEFORE}|内)?"),
            format!(r"(?P<wn>{NUM}){S}个?{S}工作日{S}(?:内|以内|之内|完成)"),
            format!(r"(?P<hn>{NUM}){S}个?{S}小时{S}(?:内|以内|之内)"),
            format!(r"(?P<mn>{NUM}){S}个{S}月{S}(?:内|以内|之内|完成)"),
            format!(r"(?P<yn>{NUM}){S}年{S}(?:内|以内|之内)"),
            format!(r"(?P<dn>{NUM}){S}个?{S}(?:日|天|自然日){S}(?:内|以内|之内|完成)"),
        ];
        let re = Regex::new(&alternatives.join("|")).expect("static deadline grammar");
        let mut standing = standing.to_vec();
        standing.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
        let long: Vec<String> = standing
            .iter()
            .filter(|m| m.chars().count() >= MIN_STANDING_CLAUSE_CHARS)
            .map(|m| regex::escape(m))
            .collect();
        let standing_in_text = (!long.is_empty())
            .then(|| Regex::new(&long.join("|")).expect("escaped standing phrases"));
        DeadlineGrammar {
            re,
            standing_set: WordSet::new(&standing),
            standing,
            standing_in_text,
            reference_before: Vec::new(),
            reference_after: Vec::new(),
            completions: Vec::new(),
            targets: Vec::new(),
            starts: Vec::new(),
        }
    }

    /// The grammar, with the words that make a date in running text a point of reference.
    pub fn with_references(mut self, before: &[String], after: &[String]) -> DeadlineGrammar {
        self.reference_before = before.to_vec();
        self.reference_after = after.to_vec();
        self
    }

    /// The grammar, with the verbs that make a date right before them a limit in running text.
    pub fn with_completions(mut self, verbs: &[String]) -> DeadlineGrammar {
        self.completions = verbs.to_vec();
        self
    }

    /// Whether running text says the work is done at the date ending at `end` (`9月投入使用`,
    /// `2023年5月竣工`): the date is then a limit without 前 or 底.
    /// The grammar, with the words of aim that make a date right after them a limit.
    pub fn with_targets(mut self, words: &[String], starts: &[String]) -> DeadlineGrammar {
        self.starts = starts.to_vec();
        self.targets = words.to_vec();
        self.targets
            .sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
        self
    }

    /// Whether a word of aim stands right before `start` (`力争|2021年7月1日`, `确保于|6月`):
    /// the date is what the work is aimed to be done by.
    fn aimed_at(&self, text: &str, start: usize, end: usize) -> bool {
        let before = text[..start].trim_end_matches(is_space);
        let after = text[end..].trim_start_matches(is_space);
        // (a work's start aimed at is no limit: `预计2022年12月开工建设`)
        self.targets.iter().any(|w| before.ends_with(w.as_str()))
            && !self.starts.iter().any(|w| after.starts_with(w.as_str()))
    }

    /// A bare year right after a word of aim (`力争2025年实现全覆盖`): due by its end. The
    /// grammar reads a year only with a marker (`2025年底`, `到2025年`), so this is found apart.
    fn aimed_year(&self, text: &str) -> Option<(usize, usize)> {
        self.targets.iter().find_map(|w| {
            text.match_indices(w.as_str()).find_map(|(at, _)| {
                let from = at + w.len();
                let rest = &text[from..];
                let start = from + (rest.len() - rest.trim_start_matches(is_space).len());
                let digits = text[start..].bytes().take_while(u8::is_ascii_digit).count();
                let after = text[start + digits..].trim_start_matches(is_space);
                // (a year of its own: not `2025年6月`, `2025年底`, `2025年前`)
                let year = digits == 4
                    && after.starts_with('年')
                    && !after['年'.len_utf8()..]
                        .trim_start_matches(is_space)
                        .starts_with(|c: char| {
                            c.is_ascii_digit() || "底末前内度初中上下".contains(c)
                        });
                if !year {
                    return None;
                }
                let end = text.len() - after.len() + '年'.len_utf8();
                let rest = text[end..].trim_start_matches(is_space);
                let starts_then = self.starts.iter().any(|v| rest.starts_with(v.as_str()));
                (!starts_then).then_some((start, end))
            })
        })
    }

    fn completes_at(&self, text: &str, end: usize) -> bool {
        let after = text[end..].trim_start_matches(is_space);
        self.completions.iter().any(|v| {
            // a noun made of the verb (9月完成率, 6月完成情况) or a done thing named by it
            // (2021年5月建成的…) says nothing is due
            after.strip_prefix(v.as_str()).is_some_and(|rest| {
                !rest.starts_with(['率', '的', '量', '数', '值', '度']) && !rest.starts_with("情况")
            })
        })
    }

    /// A cell's short form read as its full one (`2月` as `2月份`, `3天` as `3天内`).
    fn read_as(&self, short: &str, completion: &str, year: Option<i32>) -> Option<DeadlineValue> {
        let probe = format!("{short}{completion}");
        let caps = self.re.captures(&probe)?;
        interpret(&caps, Marked::ByColumn, year)
    }

    /// Whether the date at `start..end` of running text is a point of reference (与2021年底相比,
    /// 截至2022年6月底, 从2015年1月1日起), not a time limit. A `range` opened by 从 or 自
    /// ([`RANGE_OPENERS`]) is a period the work runs in (`从2023年9月15日起至11月16日止`): its
    /// end is a limit.
    fn is_reference(&self, text: &str, start: usize, end: usize, range: bool) -> bool {
        let before = text[..start].trim_end_matches(is_space);
        let after = text[end..].trim_start_matches(is_space);
        self.reference_before.iter().any(|w| {
            before.ends_with(w.as_str()) && !(range && RANGE_OPENERS.contains(&w.as_str()))
        }) || self
            .reference_after
            .iter()
            .any(|w| after.starts_with(w.as_str()))
    }

    /// In running text, a standing phrase that is a clause of its own (`…向村延伸，长期推进。`):
    /// `持续推进政务公开` is a verb with its object, not a time limit.
    fn standing_clause<'a>(&'a self, text: &str) -> Option<(usize, &'a String)> {
        let ends_clause = |c: char| matches!(c, '，' | ',' | '；' | ';' | '。');
        let re = self.standing_in_text.as_ref()?;
        re.find_iter(text).find_map(|m| {
            let before = text[..m.start()]
                .trim_end_matches(is_space)
                .chars()
                .next_back();
            let after = text[m.end()..].trim_start_matches(is_space).chars().next();
            let clause = before.is_some_and(ends_clause)
                && after.is_none_or(|c| ends_clause(c) || matches!(c, '（' | '('));
            clause
                .then(|| self.standing.iter().find(|s| s.as_str() == m.as_str()))
                .flatten()
                .map(|s| (m.start(), s))
        })
    }

    /// Whether a line names only a time, a colon aside (`二月份：`, `第一季度`, `2024年上半年`):
    /// a schedule's heading over the work done then, not a sentence, a unit or an addressee.
    pub fn is_period_label(&self, line: &str, year: Option<i32>) -> bool {
        let t = label_time(line.trim_start_matches(is_space));
        if t.is_empty() || t.chars().count() > MAX_PERIOD_LABEL_CHARS {
            return false;
        }
        match self.find(t, Mode::Cell, year).as_slice() {
            [only] => {
                only.start == 0
                    && only.end == t.len()
                    && !matches!(only.value, DeadlineValue::Standing { .. })
            }
            _ => false,
        }
    }

    /// Every deadline in `text`, left to right.
    pub fn find(&self, text: &str, mode: Mode, year: Option<i32>) -> Vec<DeadlineMatch> {
        let mut out = Vec::new();
        // every form of the grammar holds one of these: most text is ruled out before the
        // pattern runs
        let dated = text.contains(|c: char| {
            c.is_ascii_digit() || ('０'..='９').contains(&c) || GRAMMAR_CHARS.contains(&c)
        });
        for caps in self.re.captures_iter(if dated { text } else { "" }) {
            let Some(whole) = caps.get(0) else { continue };
            // (where the date itself starts: `截至|2009年…` opens with 至 of the word before)
            let date_start = caps.name("ty").map_or(whole.start(), |y| y.start());
            let title_time = closes_title(text, date_start, whole.end());
            let marked = match mode {
                // a bare month in a 时限 cell is a limit when a verb says the work is done then
                // (`9月投入使用`), as in running text
                Mode::Cell if caps.name("fm").is_some() && self.completes_at(text, whole.end()) => {
                    Marked::ByVerb
                }
                Mode::Cell => Marked::ByColumn,
                _ if self.completes_at(text, whole.end()) => Marked::ByVerb,
                _ if self.aimed_at(text, date_start, whole.end()) => Marked::ByVerb,
                Mode::Item if opens_text(text, whole.start(), &caps) => Marked::ByPlace,
                // the bracket closing an item's short title (`（一）安排部署（9月）。`) holds
                // the time of the stage it heads, as a 时限 cell would
                Mode::Text | Mode::Item if title_time => Marked::ByColumn,
                Mode::Text | Mode::Item => Marked::No,
            };
            let marked = if caps.name("yb").is_some()
                && !year_before_is_limit(text, whole.start(), whole.end(), marked)
            {
                Marked::No
            } else {
                marked
            };
            if let Some(value) = interpret(&caps, marked, year) {
                let trimmed = whole.as_str().trim_end_matches(crate::document::is_space);
                // in running text 到 is the sentence's word, not the limit's (…到2025年6月底前完成)
                let start = match (mode, caps.name("ty")) {
                    (Mode::Text | Mode::Item, Some(y)) => y.start(),
                    _ => whole.start(),
                };
                let range = RANGE_GROUPS.iter().any(|g| caps.name(g).is_some());
                if mode.running()
                    && !title_time
                    && self.is_reference(text, start, whole.end(), range)
                {
                    continue;
                }
                if lunar_day(text, whole.end()) {
                    continue;
                }
                if caps.name("per").is_some() && is_rate(text, whole.start()) {
                    continue;
                }
                out.push(DeadlineMatch {
                    start,
                    end: whole.start() + trimmed.len(),
                    value,
                });
            }
        }
        // a time-limit cell that only names a month (a monthly schedule's 月份 column: `2月`)
        // means that month, as `2月份` does
        if out.is_empty() && mode == Mode::Cell {
            if let Some((start, end)) = bare_month(text) {
                out.extend(
                    self.read_as(&text[start..end], "份", year)
                        .map(|value| DeadlineMatch { start, end, value }),
                );
            }
        }
        // a stage's title closed by a bracket naming only a month (`安排部署（9月）。`): that
        // month, as `9月份` is (in running text, or as the time of a stage's own line,
        // `第三阶段:督查考核(11月)。`)
        if out.is_empty() && (mode.running() || mode == Mode::Cell) {
            if let Some((start, end)) = title_bracket(text)
                .and_then(|(a, b)| bare_month(&text[a..b]).map(|(s, e)| (a + s, a + e)))
            {
                out.extend(
                    self.read_as(&text[start..end], "份", year)
                        .map(|value| DeadlineMatch { start, end, value }),
                );
            }
        }
        // an activity's title sentence followed by the month it is held in (`民营企业招聘月。4月，
        // 以民营企业为重点对象…`): that month, as `4月份` is
        if out.is_empty() && mode.running() {
            if let Some((start, end)) = month_after_title(text) {
                out.extend(
                    self.read_as(&text[start..end], "份", year)
                        .map(|value| DeadlineMatch { start, end, value }),
                );
            }
        }
        // a year alone after a word of aim (`力争2025年实现全覆盖`): by its end
        if out.is_empty() && mode.running() {
            if let Some((start, end)) = self.aimed_year(text) {
                out.extend(
                    self.read_as(&text[start..end], "底", year)
                        .map(|value| DeadlineMatch { start, end, value }),
                );
            }
        }
        // a time-limit cell or field that only names a year (`完成时限：2010年`) means by its
        // end, as `2010年底` does
        if out.is_empty() && mode == Mode::Cell {
            if let Some((start, end)) = bare_year(text) {
                out.extend(
                    self.read_as(&text[start..end], "底", year)
                        .map(|value| DeadlineMatch { start, end, value }),
                );
            }
        }
        // a schedule's 时间 cell written with dots (`9.1-9.7`, `10.8—10.12`): month.day to
        // month.day, due at the end
        if out.is_empty() && mode == Mode::Cell {
            if let Some((start, end, month, day)) = dotted_range(text) {
                let date = year.and_then(|y| NaiveDate::from_ymd_opt(y, month, day));
                out.push(DeadlineMatch {
                    start,
                    end,
                    value: by(date, Precision::Day),
                });
            }
        }
        // a time-limit cell or field that only gives a span (`3天`, `5个工作日`: a 整改时限)
        // means within it, as `3天内` does
        if out.is_empty() && mode == Mode::Cell {
            if let Some((start, end)) = bare_duration(text) {
                out.extend(
                    self.read_as(&text[start..end], "内", year)
                        .map(|value| DeadlineMatch { start, end, value }),
                );
            }
        }
        if out.is_empty() {
            let found = match mode {
                Mode::Cell if !self.standing_set.occurs_in(text) => None,
                Mode::Cell => self
                    .standing
                    .iter()
                    .find_map(|m| text.find(m.as_str()).map(|at| (at, m))),
                Mode::Text | Mode::Item => self.standing_clause(text),
            };
            if let Some((start, marker)) = found {
                out.push(DeadlineMatch {
                    start,
                    end: start + marker.len(),
                    value: DeadlineValue::Standing {
                        marker: normalize(marker),
                    },
                });
            }
        }
        out
    }
}

/// A label line's time: the line without the colon (and white space) after it (`三月：` → `三月`).
pub fn label_time(line: &str) -> &str {
    line.trim_end_matches(is_space)
        .trim_end_matches(['：', ':'])
        .trim_end_matches(is_space)
}

/// Where a cell that holds only a month (`2月`, `11 月`) has it, white space aside.
fn bare_month(text: &str) -> Option<(usize, usize)> {
    let t = text.trim_end_matches(is_space);
    let start = text.len() - text.trim_start_matches(is_space).len();
    let digits = t[start..].strip_suffix('月')?;
    let n = digits.trim_end_matches(is_space);
    let figures = n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit());
    // or in words (`一月`, `十二月`: a monthly schedule's heading)
    let words = n.chars().all(|c| "一二三四五六七八九十".contains(c));
    let month = (figures || words)
        .then(|| number_value(n))
        .flatten()
        .is_some_and(|m| (1..=12).contains(&m));
    (!n.is_empty() && month).then_some((start, t.len()))
}

/// Whether a year with 前 ending at `end` is a limit, as marked: never when 前 means "the first"
/// (`2023年前三季度`, `2022年前10个月`); opening an item, only as a clause of its own
/// (`2006年前，完成…`, not `2019年以前出台的文件，…`); before a completion verb, only when its
/// clause names no thing done by then (`2025年以前建成`, not `2000年前建成、失养失修的小区`).
fn year_before_is_limit(text: &str, start: usize, end: usize, marked: Marked) -> bool {
    // (the clause opening with it: `…，2018年前建成省级统一的平台`)
    let opens_clause = text[..start]
        .trim_end_matches(is_space)
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '，' | ',' | '。' | '；' | ';' | '：' | ':'));
    let after = text[end..].trim_start_matches(is_space);
    let first_of = after
        .starts_with(|c: char| c.is_ascii_digit() || "一二两三四五六七八九十几个半季".contains(c));
    let clause = &after[..after
        .find(['，', ',', '。', '；', ';'])
        .unwrap_or(after.len())];
    match marked {
        _ if first_of => false,
        Marked::ByPlace => after.starts_with(['，', ',', '、']),
        Marked::ByVerb => opens_clause || !clause.contains(['的', '、']),
        Marked::ByColumn => true,
        Marked::No => false,
    }
}

/// Where a cell that holds only a year (`2010年`, `2010 年度`) has it, white space and a
/// closing stop aside.
fn bare_year(text: &str) -> Option<(usize, usize)> {
    let t = text.trim_end_matches(|c: char| is_space(c) || matches!(c, '。' | '；' | ';'));
    let start = text.len() - text.trim_start_matches(is_space).len();
    let t = t.get(start..)?;
    let end = start + t.trim_end_matches('度').len();
    let digits = text[start..end]
        .strip_suffix('年')?
        .trim_end_matches(is_space);
    (digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit())).then_some((start, end))
}

fn num(caps: &Captures, name: &str) -> Option<u32> {
    caps.name(name).and_then(|m| number_value(m.as_str()))
}

fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let (y, m) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)?.pred_opt()
}

fn by(date: Option<NaiveDate>, precision: Precision) -> DeadlineValue {
    DeadlineValue::By { date, precision }
}

/// What makes a date a time limit besides its own marker (前, 底).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marked {
    /// Nothing: in running text a bare date is an event or a reference.
    No,
    /// It stands in a 时限 cell or field.
    ByColumn,
    /// A completion verb follows it (`9月投入使用`).
    ByVerb,
    /// It opens the text of an item in a schedule (`3月8日开展…`): the day the work is done.
    ByPlace,
}

/// Longest unit a rate counts per before its period (`每人每月`, `每户每年`, `每亩每季`).
const MAX_RATE_UNIT_CHARS: usize = 2;

/// Whether the `每…` at `start` is the period of a rate (`每人每月提高20元`), not how often
/// work is done: a `每` with a unit stands right before it.
fn is_rate(text: &str, start: usize) -> bool {
    text[..start]
        .chars()
        .rev()
        .take(MAX_RATE_UNIT_CHARS)
        .any(|c| c == '每')
}

/// Whether the match ending at `end` is the month of a lunar date (`农历八月初九`): its 初
/// opens the day's number, it says no early part of the month.
fn lunar_day(text: &str, end: usize) -> bool {
    text[..end].ends_with('初')
        && text[end..]
            .chars()
            .next()
            .is_some_and(|c| "一二三四五六七八九十".contains(c))
}

/// Longest title of a stage before the bracket holding its time (`安排部署（9月）`,
/// `集中整治阶段（2019年11月）`).
const MAX_STAGE_TITLE_CHARS: usize = 12;
/// Longest title that names itself a stage (`制定整改措施和总结表彰阶段（11月）`): the word
/// 阶段 says the bracket holds the stage's time, however much the title says of its work.
const MAX_NAMED_STAGE_TITLE_CHARS: usize = 20;
/// Words saying a stage's bracket holds the date it runs until (`（截止2009年6月5日）`); in
/// running text they mark a point of reference instead (`截至2024年底，已建成…`).
const UNTIL_WORDS: [&str; 4] = ["截止到", "截至到", "截止", "截至"];

/// The word closing a stage's own name (`动员部署阶段`).
const STAGE_WORD: &str = "阶段";

/// The byte range inside the bracket that closes a short title opening the text
/// (`安排部署（9月）。…` → `9月`).
pub(crate) fn title_bracket(text: &str) -> Option<(usize, usize)> {
    // (the first bracket closing the title, past the item's own number: `（三）制定整改措施
    // 阶段（11月）`)
    text.match_indices(['（', '(']).find_map(|(open, b)| {
        let inner = open + b.len();
        let close = inner + text[inner..].find(['）', ')'])?;
        closes_title(text, inner, close).then_some((inner, close))
    })
}

/// Whether the time at `start..end` fills a bracket that closes a short title opening the text
/// (`安排部署（9月）。…`): the time of the stage the item heads.
fn closes_title(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end_matches(is_space);
    // (the stage runs until the date: `（截止2009年6月5日）`)
    let before = UNTIL_WORDS
        .iter()
        .find_map(|w| before.strip_suffix(w))
        .map_or(before, |b| b.trim_end_matches(is_space));
    let Some(title) = before
        .strip_suffix('（')
        .or_else(|| before.strip_suffix('('))
    else {
        return false;
    };
    // (past the bracket of the item's own number: `（三）总结阶段（11月）`)
    let title = title.trim_matches(is_space);
    let title = title[crate::plan::text::bracketed_number_len(title)..].trim_matches(is_space);
    let after = text[end..].trim_start_matches(is_space);
    let closed = after
        .strip_prefix('）')
        .or_else(|| after.strip_prefix(')'))
        .is_some_and(|rest| {
            // (the title's own line ends there, its body on the next: `（三）总结阶段（11月）`
            // over `各单位要…`)
            rest.trim_start_matches(|c: char| is_space(c) && !matches!(c, '\n' | '\r'))
                .chars()
                .next()
                .is_none_or(|c| matches!(c, '。' | '：' | ':' | '，' | ',' | '\n' | '\r'))
        });
    closed
        && !title.is_empty()
        && title.chars().count()
            <= if title.ends_with(STAGE_WORD) {
                MAX_NAMED_STAGE_TITLE_CHARS
            } else {
                MAX_STAGE_TITLE_CHARS
            }
        && !title.contains(['。', '，', ',', '；', ';', '（', '('])
}

/// Longest title sentence of an activity before the month it is held in (`职引未来——大中城市联合
/// 招聘高校毕业生专场活动。3-5月…` is 23 characters): a name, not a sentence of work.
const MAX_ACTIVITY_TITLE_CHARS: usize = 24;

/// Where the sentence after a short title sentence opening the text starts (`（三）民营企业招聘月。
/// 4月，以…`, or a heading line run on into its paragraph by a copy, `组织残疾人文化活动 5月15日，
/// 由…`): what it opens with is said of the titled activity.
fn after_title(text: &str) -> Option<usize> {
    // (past the item's own number and the spaces around it: every slice below is of `text`,
    // so where the rest starts is told by its length)
    let body = text.trim_start_matches(is_space);
    let body = body[crate::plan::text::bracketed_number_len(body)..].trim_start_matches(is_space);
    // (the title ends at its stop, or at the white space a run-on line keeps of the break)
    let stop = body.find(|c: char| c == '。' || is_space(c))?;
    let title = &body[..stop];
    if title.is_empty()
        || title.chars().count() > MAX_ACTIVITY_TITLE_CHARS
        || title.contains(['，', ',', '；', ';', '：', ':'])
    {
        return None;
    }
    let rest = body[stop..].trim_start_matches(|c: char| c == '。' || is_space(c));
    (!rest.is_empty()).then(|| text.len() - rest.len())
}

/// The byte range of the month that opens the sentence after a short title sentence opening
/// the text (`（三）民营企业招聘月。4月，以…` → `4月`): when the titled activity is held.
fn month_after_title(text: &str) -> Option<(usize, usize)> {
    let start = after_title(text)?;
    let clause_end = start + text[start..].find(['，', ','])?;
    bare_month(&text[start..clause_end]).map(|(s, e)| (start + s, start + e))
}

/// Whether the date of `caps` at `start` opens the text (spaces aside), or the sentence after
/// its short title, and is a day or month of the plan year or the year a thing is due before: a
/// schedule's item says first when it is done (`3月8日开展…`, `6月1日上午，…`, `12月评选…`,
/// `2006年前，完成…`, `文化活动。5月15日，由…`).
fn opens_text(text: &str, start: usize, caps: &Captures) -> bool {
    // not a full date without 前, which may be a past event (2021年6月，省政府印发…)
    ["em", "xm", "yb", "fm"]
        .iter()
        .any(|g| caps.name(g).is_some())
        && (text[..start].trim_matches(is_space).is_empty() || after_title(text) == Some(start))
}

/// A cell that is only a range of days written month.day (`9.1-9.7`, `9.29～10.5`): its
/// byte range and the month and day it ends on. Only a whole cell: in text such figures are
/// numbers.
fn dotted_range(text: &str) -> Option<(usize, usize, u32, u32)> {
    let t = text.trim_matches(is_space);
    let start = text.len() - text.trim_start_matches(is_space).len();
    let (from, to) = t.split_once(['-', '—', '–', '~', '～', '－', '至'])?;
    let day = |s: &str| -> Option<(u32, u32)> {
        let (m, d) = s.trim_matches(is_space).trim_matches('—').split_once('.')?;
        let figures =
            |x: &str| !x.is_empty() && x.len() <= 2 && x.bytes().all(|b| b.is_ascii_digit());
        if !figures(m) || !figures(d) {
            return None;
        }
        let (m, d) = (m.parse().ok()?, d.parse().ok()?);
        ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((m, d))
    };
    day(from)?;
    let (month, end_day) = day(to)?;
    Some((start, start + t.len(), month, end_day))
}

/// A span alone (`3天`, `5个工作日`, `1个月`): digits or numerals and a unit of time. A bare
/// `15日` is a day of the month, not a span.
fn bare_duration(text: &str) -> Option<(usize, usize)> {
    const UNITS: [&str; 7] = [
        "个工作日",
        "工作日",
        "个自然日",
        "自然日",
        "天",
        "个月",
        "小时",
    ];
    let t = text.trim_end_matches(|c| is_space(c) || matches!(c, '。' | '；' | ';' | '，' | ','));
    let start = text.len() - text.trim_start_matches(is_space).len();
    let body = t.get(start..)?;
    let unit = UNITS.iter().find(|u| body.ends_with(*u))?;
    let n = body[..body.len() - unit.len()].trim_end_matches(is_space);
    let numeral = !n.is_empty()
        && n.chars()
            .all(|c| c.is_ascii_digit() || "一二两三四五六七八九十".contains(c));
    numeral.then_some((start, t.len()))
}

fn interpret(caps: &Captures, marked: Marked, year: Option<i32>) -> Option<DeadlineValue> {
    let mode = if marked == Marked::No {
        Mode::Text
    } else {
        Mode::Cell
    };
    let text_needs_marker = |group: &str| mode == Mode::Cell || caps.name(group).is_some();
    if let Some(m) = num(caps, "xm").filter(|m| (1..=12).contains(m)) {
        // in running text a range of days is a limit only where it opens a work item (巡察组6月
        // 10日至22日进驻… is an event)
        if marked == Marked::No {
            return None;
        }
        let d = num(caps, "xd").filter(|d| (1..=31).contains(d))?;
        let y = num(caps, "xy").map(|y| y as i32).or(year);
        let date = y.and_then(|y| NaiveDate::from_ymd_opt(y, m, d));
        return Some(by(date, Precision::Day));
    }
    if let Some(m) = num(caps, "rm2") {
        let y = num(caps, "ry2").or(num(caps, "ry"))?;
        let date = NaiveDate::from_ymd_opt(y as i32, m, num(caps, "rd2")?)?;
        return Some(by(Some(date), Precision::Day));
    }
    if let Some(last) = num(caps, "yr2") {
        let first = num(caps, "yr1")?;
        if marked == Marked::No || last < first {
            return None;
        }
        return Some(by(
            NaiveDate::from_ymd_opt(last as i32, 12, 31),
            Precision::Year,
        ));
    }
    if let Some(m) = num(caps, "mrm").filter(|m| (1..=12).contains(m)) {
        let y = num(caps, "mry2").or(num(caps, "mry"))?;
        return Some(by(last_day_of_month(y as i32, m), Precision::Month));
    }
    if let Some(m) = num(caps, "smm").filter(|m| (1..=12).contains(m)) {
        return Some(by(
            year.and_then(|y| last_day_of_month(y, m)),
            Precision::Month,
        ));
    }
    if let Some(m) = num(caps, "sm2") {
        let d = num(caps, "sd2")?;
        let date = year.and_then(|y| NaiveDate::from_ymd_opt(y, m, d));
        return Some(by(date, Precision::Day));
    }
    if caps.name("ny").is_some() {
        return Some(by(
            year.and_then(|y| NaiveDate::from_ymd_opt(y + 1, 12, 31)),
            Precision::Year,
        ));
    }
    if let Some(y) = num(caps, "ay") {
        if !text_needs_marker("ab") {
            return None;
        }
        let date = NaiveDate::from_ymd_opt(y as i32, num(caps, "am")?, num(caps, "ad")?)?;
        return Some(by(Some(date), Precision::Day));
    }
    if let Some(y) = num(caps, "dy") {
        let date = NaiveDate::from_ymd_opt(y as i32, num(caps, "dm")?, num(caps, "dd")?)?;
        return Some(by(Some(date), Precision::Day));
    }
    if let Some(y) = num(caps, "by") {
        if !text_needs_marker("bb") {
            return None;
        }
        let date = last_day_of_month(y as i32, num(caps, "bm")?)?;
        return Some(by(Some(date), Precision::Month));
    }
    if let Some(y) = num(caps, "ty") {
        // in running text a bare 到2020年 states a goal's horizon (到2020年，全面建成…), which a
        // plan's own 时限 column then contradicts for nothing: there it takes what a date
        // without 到 takes — 前 after a day, 底/末/旬/前 after a month, 底/末/前 after a year
        if mode == Mode::Text {
            let mark = caps.name("tb").map(|m| m.as_str());
            let before = caps.name("tbe").is_some();
            let marked = match (caps.name("tm"), caps.name("td")) {
                (Some(_), Some(_)) => before,
                (Some(_), None) => before || mark.is_some_and(|m| m != "份"),
                _ => before || mark.is_some_and(|m| matches!(m, "年底" | "年末" | "底" | "末")),
            };
            if !marked {
                return None;
            }
        }
        let y = y as i32;
        return match (num(caps, "tm"), num(caps, "td")) {
            (Some(m), Some(d)) => Some(by(NaiveDate::from_ymd_opt(y, m, d), Precision::Day)),
            (Some(m), None) => Some(by(last_day_of_month(y, m), Precision::Month)),
            _ => Some(by(NaiveDate::from_ymd_opt(y, 12, 31), Precision::Year)),
        };
    }
    if let Some(y) = num(caps, "yb") {
        if marked == Marked::No {
            return None;
        }
        return Some(by(
            NaiveDate::from_ymd_opt(y as i32, 12, 31),
            Precision::Year,
        ));
    }
    if let Some(y) = num(caps, "cy") {
        return Some(by(
            NaiveDate::from_ymd_opt(y as i32, 12, 31),
            Precision::Year,
        ));
    }
    if let Some(m) = num(caps, "pm").filter(|m| (1..=12).contains(m)) {
        if !text_needs_marker("pb") {
            return None;
        }
        let y = num(caps, "py").map(|y| y as i32).or(year);
        return Some(by(
            y.and_then(|y| last_day_of_month(y, m)),
            Precision::Month,
        ));
    }
    if let Some(m) = num(caps, "em") {
        if !text_needs_marker("eb") {
            return None;
        }
        let d = num(caps, "ed")?;
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        let date = year.and_then(|y| NaiveDate::from_ymd_opt(y, m, d));
        return Some(by(date, Precision::Day));
    }
    if let Some(m) = num(caps, "fm") {
        // a bare month (`9月`) is a limit only when a verb says the work is done then, or it
        // opens an item (`12月评选…`)
        let bare = caps.name("fb").is_none() && !matches!(marked, Marked::ByVerb | Marked::ByPlace);
        if !(1..=12).contains(&m) || bare {
            return None;
        }
        return Some(by(
            year.and_then(|y| last_day_of_month(y, m)),
            Precision::Month,
        ));
    }
    if caps.name("ye").is_some() {
        return Some(by(
            year.and_then(|y| NaiveDate::from_ymd_opt(y, 12, 31)),
            Precision::Year,
        ));
    }
    if let Some(per) = caps.name("per").or_else(|| caps.name("per2")) {
        let period = match per.as_str() {
            "年" | "年度" => Period::Year,
            "半年" => Period::HalfYear,
            "季度" | "季" => Period::Quarter,
            "月" => Period::Month,
            "周" | "星期" => Period::Week,
            _ => Period::Day,
        };
        return Some(DeadlineValue::Every {
            period,
            times: num(caps, "times"),
        });
    }
    if caps.name("half").is_some() {
        let month = if caps.name("half")?.as_str() == "上" {
            6
        } else {
            12
        };
        return Some(by(
            year.and_then(|y| last_day_of_month(y, month)),
            Precision::HalfYear,
        ));
    }
    if let Some(q) =
        num(caps, "q").or_else(|| caps.name("q").and_then(|m| m.as_str().parse::<u32>().ok()))
    {
        return Some(by(
            year.and_then(|y| last_day_of_month(y, q * 3)),
            Precision::Quarter,
        ));
    }
    if let Some(n) = num(caps, "wn") {
        return Some(DeadlineValue::Within {
            amount: n,
            unit: RelativeUnit::WorkingDays,
        });
    }
    if let Some(n) = num(caps, "hn") {
        return Some(DeadlineValue::Within {
            amount: n,
            unit: RelativeUnit::Hours,
        });
    }
    if let Some(n) = num(caps, "mn") {
        return Some(DeadlineValue::Within {
            amount: n,
            unit: RelativeUnit::Months,
        });
    }
    if let Some(n) = num(caps, "yn") {
        return Some(DeadlineValue::Within {
            amount: n,
            unit: RelativeUnit::Years,
        });
    }
    if let Some(n) = num(caps, "dn") {
        return Some(DeadlineValue::Within {
            amount: n,
            unit: RelativeUnit::NaturalDays,
        });
    }
    // 年底 / 年末 / 年终 of the plan year
    if !text_needs_marker("gb") {
        return None;
    }
    Some(by(
        year.and_then(|y| NaiveDate::from_ymd_opt(y, 12, 31)),
        Precision::Year,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grammar() -> DeadlineGrammar {
        DeadlineGrammar::new(&[
            "全年".into(),
            "长期".into(),
            "持续推进".into(),
            "长期推进".into(),
        ])
    }

    fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    /// Due by a day, read to `precision`.
    fn due_by(y: i32, m: u32, d: u32, precision: Precision) -> DeadlineValue {
        DeadlineValue::By {
            date: date(y, m, d),
            precision,
        }
    }

    /// Due by the end of year `y`.
    fn year_end(y: i32) -> DeadlineValue {
        due_by(y, 12, 31, Precision::Year)
    }

    #[test]
    fn a_stage_titles_bracket_or_the_month_after_an_activitys_title_is_its_time() {
        // the bracket closing an item's short title gives the stage's month, bare or dated;
        // so does the month opening the sentence after an activity's title sentence
        for (text, year, time, month) in [
            (
                "安排部署（9月）。各有关单位要研究制定方案。",
                Some(2019),
                "9月",
                9,
            ),
            (
                "综合整治（2019年11月）。制定整改措施。",
                None,
                "2019年11月",
                11,
            ),
            (
                "民营企业招聘月。4月，以民营企业为重点对象开展专场招聘。",
                Some(2019),
                "4月",
                4,
            ),
        ] {
            let (t, v) = one(text, Mode::Item, year);
            assert_eq!(t, time);
            let last_day = date(2019, month + 1, 1).and_then(|d| d.pred_opt());
            assert_eq!(v, by(last_day, Precision::Month));
        }
        // not a month named in a sentence, nor a bracket inside one, nor a month after a
        // sentence of work
        for text in [
            "各单位要在9月完成自查。",
            "对查找出来的突出问题（9月）举一反三，深入剖析。",
            "安排部署（9月）各有关单位要研究制定方案。",
            "各地要结合实际，认真组织开展招聘活动。4月，召开总结会。",
            "民营企业招聘月。各地要在4月组织专场招聘。",
        ] {
            assert!(
                grammar().find(text, Mode::Item, Some(2019)).is_empty(),
                "{text}"
            );
        }
    }

    fn one(text: &str, mode: Mode, year: Option<i32>) -> (String, DeadlineValue) {
        let found = grammar().find(text, mode, year);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        (
            text[found[0].start..found[0].end].to_owned(),
            found[0].value.clone(),
        )
    }

    #[test]
    fn a_standing_phrase_is_a_time_limit_in_text_only_as_a_clause_of_its_own() {
        let (raw, value) = one(
            "推动基层政务公开向村（社区）延伸，长期推进。",
            Mode::Text,
            None,
        );
        assert_eq!(raw, "长期推进");
        assert_eq!(
            value,
            DeadlineValue::Standing {
                marker: "长期推进".into()
            }
        );
        assert!(grammar()
            .find("持续推进政务公开标准化规范化建设", Mode::Text, None)
            .is_empty());
        assert!(grammar()
            .find("全年，做好公开工作。", Mode::Text, None)
            .is_empty());
    }

    #[test]
    fn a_date_before_a_completion_verb_or_opening_an_item_is_its_limit() {
        let g = grammar().with_completions(&[
            "竣工".into(),
            "投入使用".into(),
            "完成".into(),
            "建成".into(),
        ]);
        let by_day = |y, m, d| DeadlineValue::By {
            date: date(y, m, d),
            precision: Precision::Day,
        };
        let found = |text: &str, mode: Mode| matches_in(&g, text, mode, 2023);
        // a month and a verb of completion in a 时限 cell
        assert_eq!(
            found("9月投入使用", Mode::Cell),
            vec![(
                "9月".to_owned(),
                DeadlineValue::By {
                    date: date(2023, 9, 30),
                    precision: Precision::Month
                }
            )]
        );
        // the work is done then
        assert_eq!(
            found("中药材种植产业园项目，计划2023年5月竣工", Mode::Text),
            vec![(
                "2023年5月".to_owned(),
                DeadlineValue::By {
                    date: date(2023, 5, 31),
                    precision: Precision::Month
                }
            )]
        );
        assert_eq!(found("新建2座人行天桥，9月投入使用", Mode::Text).len(), 1);
        // a bare date or month elsewhere in running text is an event, not a limit
        assert!(found("9月召开现场会", Mode::Text).is_empty());
        assert!(found("4月18日，省环保厅通报了问题", Mode::Text).is_empty());
        // opening an item's own words, a day of the plan year is when it is done
        assert_eq!(
            found("3月8日开展“三八”妇女节系列活动", Mode::Item),
            vec![("3月8日".to_owned(), by_day(2023, 3, 8))]
        );
        // not further in, and not a full date, which may be a past event
        assert!(found("组织开展活动，3月8日召开会议", Mode::Item).is_empty());
        assert!(found("2021年6月1日，省政府印发方案", Mode::Item).is_empty());
        // a range of days of one month is due at its last day where it opens an item
        assert_eq!(
            found("6月10日至22日，各中小学开展主题班会", Mode::Item),
            vec![("6月10日至22日".to_owned(), by_day(2023, 6, 22))]
        );
        assert!(found("巡察组6月10日至22日进驻开展巡察", Mode::Item).is_empty());
        // before a year: opening an item or before what is to be done, never a reference
        assert_eq!(
            found("2006年前，完成消防部队公安三级网建设", Mode::Item),
            vec![("2006年前".to_owned(), year_end(2006))]
        );
        assert_eq!(
            found("全市社区消防站2025年以前建成", Mode::Text),
            vec![("2025年以前".to_owned(), year_end(2025))]
        );
        assert!(found("改造2000年以前建成的老旧小区", Mode::Item).is_empty());
        assert!(found("改造2000年前建成的老旧小区", Mode::Text).is_empty());
        assert!(found("对2000年前建成、失养失修的老旧小区", Mode::Text).is_empty());
        assert!(found("对2020年以前完成立项但未开工的项目", Mode::Text).is_empty());
        assert!(found("2019年以前出台的规范性文件，由司法局清理", Mode::Item).is_empty());
        // (前 there means the first: `前三季度`, `前10个月`)
        for text in [
            "2023年前三季度，全县生产总值增长6.5%",
            "2022年前10个月，全县增长5.8%",
        ] {
            assert!(
                !found(text, Mode::Item)
                    .iter()
                    .any(|(t, _)| t.ends_with('前')),
                "{text}"
            );
        }
        // a noun made of the verb, or a thing done by then, is no limit
        assert!(found("全年9月完成率达到95%", Mode::Text).is_empty());
        assert!(found("依托2021年5月建成的服务中心", Mode::Text).is_empty());
    }

    #[test]
    fn a_schedule_cell_of_dotted_days_is_due_at_its_last_day() {
        let (raw, value) = one(" 9.1-9.7 ", Mode::Cell, Some(2025));
        assert_eq!(raw, "9.1-9.7");
        assert_eq!(
            value,
            DeadlineValue::By {
                date: date(2025, 9, 7),
                precision: Precision::Day
            }
        );
        assert_eq!(one("9.29～10.5", Mode::Cell, Some(2025)).0, "9.29～10.5");
        // figures, not days, and never in running text
        assert!(grammar().find("1.5-2.0", Mode::Cell, Some(2025)).is_empty());
        assert!(grammar()
            .find("13.1-13.7", Mode::Cell, Some(2025))
            .is_empty());
        assert!(grammar()
            .find("增长9.1-9.7个百分点", Mode::Text, Some(2025))
            .is_empty());
    }

    #[test]
    fn a_date_done_by_or_started_after_is_no_limit() {
        let g = grammar()
            .with_references(&["已于".into(), "去年".into()], &["后".into()])
            .with_completions(&["竣工".into()]);
        for text in [
            "项目已于2024年11月竣工",
            "12月4日前后召开推进会",
            "6月1日后全面启动",
        ] {
            assert!(g.find(text, Mode::Text, Some(2025)).is_empty(), "{text}");
        }
        assert_eq!(
            g.find("项目2025年11月竣工", Mode::Text, Some(2025)).len(),
            1
        );
    }

    #[test]
    fn a_time_limit_field_giving_only_a_span_is_a_limit_within_it() {
        let (raw, value) = one("3天", Mode::Cell, None);
        assert_eq!(raw, "3天");
        assert_eq!(
            value,
            DeadlineValue::Within {
                amount: 3,
                unit: RelativeUnit::NaturalDays
            }
        );
        assert_eq!(one("5个工作日。", Mode::Cell, None).0, "5个工作日");
        // a day of the month is no span, and running text needs 内
        assert!(grammar().find("15日", Mode::Cell, Some(2023)).is_empty());
        assert!(grammar().find("用3天时间", Mode::Text, None).is_empty());
    }

    #[test]
    fn a_cell_that_only_names_a_month_means_that_month() {
        // a monthly schedule's 月份 column
        let (raw, cell) = one(" 2月 ", Mode::Cell, Some(2026));
        assert_eq!(raw, "2月");
        assert_eq!(cell, one("2月份", Mode::Cell, Some(2026)).1);
        // in running text, or past December, a bare month is no time limit
        assert!(grammar().find("2月", Mode::Text, Some(2026)).is_empty());
        assert!(grammar().find("13月", Mode::Cell, Some(2026)).is_empty());
        assert!(grammar().find("第2月", Mode::Cell, Some(2026)).is_empty());
    }

    #[test]
    fn a_range_of_days_printed_with_yi_as_its_dash_ends_on_its_last_day() {
        let g = grammar();
        let found = |text: &str| -> Vec<(String, DeadlineValue)> {
            g.find(text, Mode::Text, Some(2026))
                .into_iter()
                .map(|m| (text[m.start..m.end].to_owned(), m.value))
                .collect()
        };
        let by_day = |m, d| DeadlineValue::By {
            date: NaiveDate::from_ymd_opt(2026, m, d),
            precision: Precision::Day,
        };
        assert_eq!(
            found("夏季麦收前(5月30日一6月4日)，组织召开会议"),
            vec![("5月30日一6月4日".to_owned(), by_day(6, 4))]
        );
        assert_eq!(
            found("3 月3日一 3月11 日完成检查"),
            vec![("3 月3日一 3月11 日".to_owned(), by_day(3, 11))]
        );
        // (一 before anything but a date's digits is a numeral: 一周 reads as no range)
        assert_eq!(found("3月1日一周内完成"), vec![]);
        // a model text leaves the years blank: the range is of the plan's year
        for (text, range, month, day) in [
            (
                "第一阶段(20__年9月1日-20__年10月30日)",
                "20__年9月1日-20__年10月30日",
                10,
                30,
            ),
            (
                "（____年11月1日至____年12月30日）",
                "____年11月1日至____年12月30日",
                12,
                30,
            ),
        ] {
            assert_eq!(found(text), [(range.to_owned(), by_day(month, day))]);
        }
    }

    #[test]
    fn months_in_words_and_ranges_of_months_end_with_their_last_month() {
        let end = |raw: &str, y: i32, m: u32, d: u32| {
            let (found, value) = one(raw, Mode::Text, Some(2026));
            assert_eq!(found, raw);
            assert_eq!(
                value,
                DeadlineValue::By {
                    date: NaiveDate::from_ymd_opt(y, m, d),
                    precision: Precision::Month
                },
                "{raw}"
            );
        };
        end("三月底前", 2026, 3, 31);
        end("十一月份", 2026, 11, 30);
        end("2025年4月—10月", 2025, 10, 31);
        end("6-7月", 2026, 7, 31);
        end("2018年7-8月", 2018, 8, 31);
        // past December there is no month
        assert!(grammar().find("11-13月", Mode::Text, Some(2026)).is_empty());
        // a line that names only a time heads a schedule; one that says more does not
        let g = grammar();
        assert!(g.is_period_label("二月份：", Some(2026)));
        assert!(g.is_period_label("第二季度", Some(2026)));
        assert!(g.is_period_label("二月：", Some(2026)));
        assert!(g.is_period_label("三月:", Some(2026)));
        assert!(g.is_period_label("2月：", Some(2026)));
        assert!(!g.is_period_label("二月份召开动员大会", Some(2026)));
        assert!(!g.is_period_label("全年：", Some(2026)));
    }

    #[test]
    fn every_form_in_the_seeds() {
        use DeadlineValue::*;
        let y = Some(2019);
        assert_eq!(
            one("于 12 月 20 日前报区政务公开领导小组办公室", Mode::Text, y),
            (
                "12 月 20 日前".into(),
                By {
                    date: date(2019, 12, 20),
                    precision: Precision::Day
                }
            )
        );
        assert_eq!(
            one("9月底前", Mode::Cell, Some(2018)).1,
            By {
                date: date(2018, 9, 30),
                precision: Precision::Month
            }
        );
        assert_eq!(
            one("要于年底前分别制定", Mode::Text, Some(2018)),
            (
                "年底前".into(),
                By {
                    date: date(2018, 12, 31),
                    precision: Precision::Year
                }
            )
        );
        assert_eq!(
            one("2021 年底前将本区现行有效规章", Mode::Text, None),
            (
                "2021 年底前".into(),
                By {
                    date: date(2021, 12, 31),
                    precision: Precision::Year
                }
            )
        );
        assert_eq!(
            one("2018年12月31日前，制定完善", Mode::Text, None).1,
            By {
                date: date(2018, 12, 31),
                precision: Precision::Day
            }
        );
        assert_eq!(
            one("牵头部门于3个工作日内发布", Mode::Text, y),
            (
                "3个工作日内".into(),
                Within {
                    amount: 3,
                    unit: RelativeUnit::WorkingDays
                }
            )
        );
        assert_eq!(
            one("办理结果出台后，20个工作日内，及时公开", Mode::Text, y).1,
            Within {
                amount: 20,
                unit: RelativeUnit::WorkingDays
            }
        );
        assert_eq!(
            one("在权力事项发生变化后1个工作日内及时调整", Mode::Text, y).1,
            Within {
                amount: 1,
                unit: RelativeUnit::WorkingDays
            }
        );
        // (…or said as when it is done after the event: `省出台文件后 2 个月完成`)
        assert_eq!(
            one("省出台文件后 2 个月完成", Mode::Cell, y),
            (
                "2 个月完成".into(),
                Within {
                    amount: 2,
                    unit: RelativeUnit::Months
                }
            )
        );
        assert_eq!(
            one("在24小时内作出回应", Mode::Text, y).1,
            Within {
                amount: 24,
                unit: RelativeUnit::Hours
            }
        );
        assert_eq!(
            one("收到申请之日起10日内答复", Mode::Text, y).1,
            Within {
                amount: 10,
                unit: RelativeUnit::NaturalDays
            }
        );
        assert_eq!(
            one("每年至少听取1次政务公开工作汇报", Mode::Text, y),
            (
                "每年至少听取1次".into(),
                Every {
                    period: Period::Year,
                    times: Some(1)
                }
            )
        );
        assert_eq!(
            one("每季度", Mode::Cell, y).1,
            Every {
                period: Period::Quarter,
                times: None
            }
        );
        // the day in each period it falls on is the limit's words too
        for (text, raw) in [
            ("每年1月初，组织上年度档案移交", "每年1月初"),
            ("每月10日前报送进展情况", "每月10日前"),
            ("每季度末报送一次", "每季度末报送一次"),
        ] {
            assert_eq!(one(text, Mode::Text, y).0, raw, "{text}");
        }
        assert_eq!(
            one("上半年", Mode::Cell, y).1,
            By {
                date: date(2019, 6, 30),
                precision: Precision::HalfYear
            }
        );
        assert_eq!(
            one("三季度", Mode::Cell, y).1,
            By {
                date: date(2019, 9, 30),
                precision: Precision::Quarter
            }
        );
        assert_eq!(
            one("全年", Mode::Cell, y).1,
            Standing {
                marker: "全年".into()
            }
        );
        assert_eq!(
            one("2019年12月20日", Mode::Cell, y).1,
            By {
                date: date(2019, 12, 20),
                precision: Precision::Day
            }
        );
    }

    #[test]
    fn prose_that_is_not_a_deadline() {
        let g = grammar();
        for text in [
            "按照《中华人民共和国政府信息公开条例》（2019年4月修订）要求",
            "持续推进全市数据开放工作",
            "全年工作部署",
            "围绕 2019 年政府工作任务",
            "有效依托 12345 政务服务便民热线",
            "政府门户网站全部支持互联网协议第 6 版",
            "主要领导年内至少听取一次政务公开工作汇报",
            "2019年9月23日",
        ] {
            assert!(g.find(text, Mode::Text, Some(2019)).is_empty(), "{text}");
        }
    }

    #[test]
    fn by_a_year_with_dao_and_a_time_of_day_before_qian() {
        // a 时限 cell: 到 a year, a month or a day
        assert_eq!(
            one("到2020年", Mode::Cell, Some(2018)),
            ("到2020年".into(), due_by(2020, 12, 31, Precision::Year))
        );
        assert_eq!(
            one("到2025年6月底", Mode::Cell, Some(2025)).1,
            due_by(2025, 6, 30, Precision::Month)
        );
        // running text: a bare 到2020年 is a goal's horizon; with 前 or 底 it is a limit, read
        // from the year on, as without 到
        assert!(grammar()
            .find("到2020年，全面建成小康社会", Mode::Text, Some(2016))
            .is_empty());
        assert_eq!(
            one("确保到2025年6月底前完成", Mode::Text, Some(2025)),
            (
                "2025年6月底前".into(),
                due_by(2025, 6, 30, Precision::Month)
            )
        );
        // a time of day between the date and 前
        assert_eq!(
            one("请于12月13日下午下班前报送", Mode::Text, Some(2019)),
            (
                "12月13日下午下班前".into(),
                due_by(2019, 12, 13, Precision::Day)
            )
        );
        assert_eq!(
            one("2025年3月5日17时前报送", Mode::Text, None).1,
            due_by(2025, 3, 5, Precision::Day)
        );
        // …and the day of the week a notice names in brackets
        assert_eq!(
            one("请于3月30日(星期一)前报送", Mode::Text, Some(2020)),
            (
                "3月30日(星期一)前".into(),
                due_by(2020, 3, 30, Precision::Day)
            )
        );
    }

    #[test]
    fn within_the_year_with_what_is_to_be_done() {
        assert_eq!(
            one(
                "(国务院各部门分别负责,年内持续推进)",
                Mode::Text,
                Some(2020)
            ),
            ("年内持续推进".into(), year_end(2020))
        );
        assert_eq!(one("年内完成", Mode::Text, Some(2020)).1, year_end(2020));
        assert!(grammar()
            .find(
                "主要领导年内至少听取一次政务公开工作汇报",
                Mode::Text,
                Some(2020)
            )
            .is_empty());
    }

    #[test]
    fn a_date_the_work_is_to_be_done_at_after_a_modal_and_yu_is_a_limit() {
        let v = crate::plan::vocab::Vocabulary::bundled().expect("bundled vocabulary");
        let g = grammar().with_targets(&v.target_words, &v.start_verbs);
        let found = |text: &str| {
            matches_in(&g, text, Mode::Text, 2024)
                .into_iter()
                .map(|(raw, _)| raw)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            found("市知识产权局将于4月20日-25日开辟专栏"),
            ["4月20日-25日"]
        );
        assert_eq!(
            found("与日报联合，于4月20日-25日开辟专栏"),
            ["4月20日-25日"]
        );
        assert_eq!(found("各村须于6月完成摸底"), ["6月"]);
        // (a date the work was done at, or a plain 于 after a verb, is none)
        assert!(found("该馆已于2021年7月1日正式开馆").is_empty());
        assert!(found("该馆成立于2015年3月").is_empty());
    }

    #[test]
    fn a_date_aimed_at_or_opening_the_sentence_after_a_short_title_is_a_limit() {
        let g = grammar().with_targets(
            &["力争".into(), "预计".into(), "拟于".into()],
            &["开工".into()],
        );
        let found = |text: &str, mode: Mode| matches_in(&g, text, mode, 2024);
        // a date after a word of aim is what the work is aimed to be done by
        assert_eq!(
            found("项目选址已定，力争2021年7月1日正式开馆", Mode::Text),
            vec![(
                "2021年7月1日".to_owned(),
                due_by(2021, 7, 1, Precision::Day)
            )]
        );
        assert_eq!(
            found("拟于5月下旬举办运动会", Mode::Text),
            vec![("5月下旬".to_owned(), due_by(2024, 5, 31, Precision::Month))]
        );
        // …a year alone there by its end
        assert_eq!(
            found("力争2025年实现全覆盖", Mode::Text),
            vec![("2025年".to_owned(), due_by(2025, 12, 31, Precision::Year))]
        );
        // …but not when it is when the work starts, nor without the word
        assert!(found("预计2022年12月开工建设", Mode::Text).is_empty());
        assert!(found("预计2025年开工建设", Mode::Text).is_empty());
        assert!(found("项目于2021年7月1日正式开馆", Mode::Text).is_empty());
        assert!(found("2025年实现全覆盖", Mode::Text).is_empty());
        // a day or month opening an item, or the sentence after its short title (a heading run
        // on into its paragraph, by a stop or by white space), is when it is done
        for text in [
            "组织残疾人文化活动。5月15日，由县残联主办",
            "组织残疾人文化活动 5月15日，由县残联主办",
        ] {
            assert_eq!(
                found(text, Mode::Item),
                vec![("5月15日".to_owned(), due_by(2024, 5, 15, Precision::Day))],
                "{text}"
            );
        }
        assert_eq!(
            found("12月评选社区先进文体活动单位", Mode::Item),
            vec![("12月".to_owned(), due_by(2024, 12, 31, Precision::Month))]
        );
        // …not in the middle of its words, nor after a long sentence
        assert!(found("组织开展活动，12月评选先进单位", Mode::Item).is_empty());
        assert!(found(
            "组织残疾人文化活动，联合各社区。5月15日，举办艺术节",
            Mode::Item
        )
        .is_empty());
        assert!(found("12月评选社区先进文体活动单位", Mode::Text).is_empty());
    }

    /// Every deadline `g` finds in `text`, as the words it covers and its value.
    fn matches_in(
        g: &DeadlineGrammar,
        text: &str,
        mode: Mode,
        year: i32,
    ) -> Vec<(String, DeadlineValue)> {
        g.find(text, mode, Some(year))
            .into_iter()
            .map(|m| (text[m.start..m.end].to_owned(), m.value))
            .collect()
    }

    #[test]
    fn a_range_of_years_is_a_stages_time_not_a_periods_name_in_text() {
        let g = grammar();
        let found = |text: &str, mode: Mode| matches_in(&g, text, mode, 2022);
        assert_eq!(
            found(
                "第一阶段:示范创建阶段(2021-2022年)。2022年增加2个社区",
                Mode::Item
            ),
            vec![("2021-2022年".to_owned(), year_end(2022))]
        );
        assert_eq!(
            found("2023—2025年", Mode::Cell),
            vec![("2023—2025年".to_owned(), year_end(2025))]
        );
        assert!(found("“十四五”(2021-2025年)期间，全市建成示范社区", Mode::Text).is_empty());
        assert!(found("2025-2023年", Mode::Cell).is_empty());
    }

    #[test]
    fn a_day_a_model_text_leaves_blank_is_due_by_its_months_end() {
        let g = grammar();
        let found = |text: &str, mode: Mode| matches_in(&g, text, mode, 2024);
        let month_end = |m| DeadlineValue::By {
            date: last_day_of_month(2024, m),
            precision: Precision::Month,
        };
        // a stage's bracket, a 时限 cell, or with its 前 in running text
        assert_eq!(
            found("规划设计阶段（2月x日—3月x日）。完成规划设计", Mode::Item),
            vec![("2月x日—3月x日".to_owned(), month_end(3))]
        );
        assert_eq!(
            found("3月X日", Mode::Cell),
            vec![("3月X日".to_owned(), month_end(3))]
        );
        assert_eq!(
            found("各村于4月__日前上报", Mode::Text),
            vec![("4月__日前".to_owned(), month_end(4))]
        );
        assert_eq!(
            found("20XX年5月**日前完成", Mode::Text),
            vec![("20XX年5月**日前".to_owned(), month_end(5))]
        );
        // …but a bare one in running text is an event's day
        assert!(found("3月x日召开动员会", Mode::Text).is_empty());
    }

    #[test]
    fn a_date_of_reference_is_no_time_limit() {
        let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let g = grammar().with_references(&words(&["与", "截至", "从"]), &words(&["相比", "起"]));
        let found = |t: &str| {
            g.find(t, Mode::Text, Some(2025))
                .iter()
                .map(|m| t[m.start..m.end].to_owned())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            found("与2024年底相比增长10%，2025年6月底前完成"),
            ["2025年6月底前"]
        );
        assert_eq!(found("截至2024年底，已建成…"), Vec::<String>::new());
        assert_eq!(found("从2025年1月1日起实行"), Vec::<String>::new());
        // …but a period from a day to another is one the work runs in, its end a limit
        assert_eq!(
            found("（二）调查摸底阶段（2023年9月15日起至9月25日）"),
            ["2023年9月15日起至9月25日"]
        );
        assert_eq!(
            found("工作从2023年9月15日起至11月16日止，分五个阶段进行"),
            ["2023年9月15日起至11月16日"]
        );
        // (…not one a word of reference opens: work done then, or compared with)
        assert_eq!(found("与2023年3月—5月同期持平"), Vec::<String>::new());
        // …but a stage's bracket saying until when is the stage's time
        assert_eq!(
            found("（一）动员部署阶段（截至2009年6月5日）"),
            ["2009年6月5日"]
        );
        // (a range may open at a month's start: `2009年7月初至9月底`)
        assert_eq!(found("（二）自查阶段（截止2009年6月底）"), ["2009年6月底"]);
        // a month's start or its later part, and a day whose 日 a copy dropped
        assert_eq!(found("2008年4月初之前完成摸底"), ["2008年4月初之前"]);
        assert_eq!(found("8月中下旬完成录取"), ["8月中下旬"]);
        assert_eq!(found("2008年4月10前完成录入"), ["2008年4月10前"]);
        // (not a lunar date's month: 八月初九 is a day)
        assert_eq!(found("定于农历八月初九举行"), Vec::<String>::new());
        assert_eq!(
            found("（三）重点检查阶段（2009年7月初至9月底）"),
            ["2009年7月初至9月底"]
        );
        // a 时限 cell is a limit whatever it says
        assert_eq!(g.find("2024年底", Mode::Cell, Some(2025)).len(), 1);
    }

    #[test]
    fn month_day_without_a_year_stays_unresolved() {
        assert_eq!(
            one("12月20日前", Mode::Text, None).1,
            DeadlineValue::By {
                date: None,
                precision: Precision::Day
            }
        );
    }
}
