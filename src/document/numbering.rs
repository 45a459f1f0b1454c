//! Numbering marks at the start of a text: 第一章, 第一条, 一、, （一）, 1. / 1、, （1）, ①,
//! full- or half-width. They give a document its outline, whatever the input format.

use regex::Regex;
use serde::Serialize;

use crate::document::text::is_space;

/// How a number is printed; the order of the variants is the usual nesting order
/// (GB/T 9704: 一、 → （一） → 1. → （1）), outermost first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NumberStyle {
    /// 第一部分, 第一篇, 第一章, 第一编.
    Part,
    /// 第一节.
    Chapter,
    /// 第一条: an article of a statute or a rule.
    Article,
    /// 一、
    Chinese,
    /// （一）
    ChineseParen,
    /// 1. 1、 1．
    Arabic,
    /// （1） 1）
    ArabicParen,
    /// ①
    Circled,
}

impl NumberStyle {
    /// Whether the style numbers a section's heading and never a task of its own (第一部分,
    /// 一、, （一）): a line or cell opening so heads the items after it.
    pub fn heads_sections(self) -> bool {
        matches!(
            self,
            NumberStyle::Part | NumberStyle::Chinese | NumberStyle::ChineseParen
        )
    }

    /// Nesting depth, 1 for the outermost style.
    pub fn depth(self) -> u8 {
        self as u8 + 1
    }

    /// The number `n` printed in this style, as a plan would print it.
    pub fn print(self, n: u32) -> String {
        let cn = chinese_numeral(n);
        match self {
            NumberStyle::Part => format!("第{cn}部分"),
            NumberStyle::Chapter => format!("第{cn}节"),
            NumberStyle::Article => format!("第{cn}条"),
            NumberStyle::Chinese => format!("{cn}、"),
            NumberStyle::ChineseParen => format!("（{cn}）"),
            NumberStyle::Arabic => format!("{n}."),
            NumberStyle::ArabicParen => format!("（{n}）"),
            NumberStyle::Circled => char::from_u32(0x2460 + n.saturating_sub(1))
                .filter(|_| (1..=20).contains(&n))
                .map(String::from)
                .unwrap_or_else(|| n.to_string()),
        }
    }
}

/// Numbers a list may repeat or skip ahead by and still be the same list (`5, 5` or `5, 8`):
/// a drafting slip the rules report, not the list's end. Further than that, a number is
/// something else (a sub-item, a date, a quantity).
pub const MAX_NUMBER_SLIP: u32 = 3;

/// Whether `next` may follow `previous` in one list: a repeat, the next number, or a jump of at
/// most [`MAX_NUMBER_SLIP`].
pub fn within_slip(previous: u32, next: u32) -> bool {
    (previous..=previous + MAX_NUMBER_SLIP).contains(&next)
}

/// A number at the start of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberMark {
    pub style: NumberStyle,
    pub value: u32,
    /// The number with its punctuation, as printed (`（二）`, `3.`).
    pub label: String,
    /// Byte length of the label plus the white space after it.
    pub len: usize,
}

/// Compiled numbering patterns.
#[derive(Debug, Clone)]
pub struct Numbering {
    patterns: Vec<(NumberStyle, Regex)>,
}

impl Default for Numbering {
    fn default() -> Self {
        Self::new()
    }
}

const CN: &str = "[一二三四五六七八九十百零〇两]";
const S: &str = r"[\s\u{3000}]*";

impl Numbering {
    /// Compile the patterns once per parser.
    pub fn new() -> Numbering {
        let build = |style, re: String| (style, Regex::new(&re).expect("static numbering regex"));
        Numbering {
            patterns: vec![
                build(
                    NumberStyle::Part,
                    format!(r"^第{S}({CN}{{1,4}}|\d{{1,3}}){S}(?:部分|章|编|篇)"),
                ),
                build(NumberStyle::Chapter, format!(r"^第{S}({CN}{{1,4}}){S}节")),
                build(
                    NumberStyle::Article,
                    format!(r"^第{S}({CN}{{1,5}}|\d{{1,3}}){S}条"),
                ),
                build(
                    NumberStyle::Chinese,
                    // a year may follow 、 (三、2024年政务公开主要内容); after a stop a digit makes a decimal
                    format!(r"^({CN}{{1,3}}){S}(?:、|[．.](?:[^\d]|$))"),
                ),
                build(
                    NumberStyle::ChineseParen,
                    // …or with its closing bracket only (`一)落实…`, `二）推进…`), as `1)` is;
                    // a tortoise-shell bracket (`〔一〕`) numbers so too, where a 发文字号's
                    // year (〔2024〕) is figures
                    format!(r"^(?:[（(〔]{S}({CN}{{1,3}}){S}[）)〕]|({CN}{{1,3}})[）)])"),
                ),
                build(
                    NumberStyle::ArabicParen,
                    format!(r"^(?:[（(]{S}([0-9０-９]{{1,3}}){S}[）)]|([0-9０-９]{{1,2}})[）)])"),
                ),
                build(
                    NumberStyle::Arabic,
                    // `2.2011年底前…`: a year after the stop is the item's text, not a decimal,
                    // also without its 年 before a name (`1.2024中国…旅游节`) or as a template's
                    // placeholder (`1.20XX年…`) — not before a magnitude (`1.2024亿元`);
                    // a full stop ends a number too (`1。在…`: no sentence opens with a digit and 。);
                    // a star may mark a measure new this year (`1* .开展…`, `2*.…`)
                    format!(
                        r"^([0-9０-９]{{1,3}}){S}(?:[*＊]{S})?(?:[、．。]|\.(?:[^\d]|$|(?:19|20)(?:\d\d|XX|xx)[^\d.．{DECIMAL_UNITS}]))"
                    ),
                ),
                build(NumberStyle::Circled, r"^([①-⑳])".to_owned()),
            ],
        }
    }

    /// The number `text` starts with, if any.
    pub fn at_start(&self, text: &str) -> Option<NumberMark> {
        // every mark opens with 第, a numeral, a bracket or a circled number: most text is
        // ruled out by its first character, before any pattern runs
        let first = text.chars().next()?;
        if let Some(mark) =
            single_char_mark(text, first).or_else(|| scanned_first_mark(text, first))
        {
            return Some(mark);
        }
        let digit = first.is_ascii_digit() || ('０'..='９').contains(&first);
        let opens = |style: NumberStyle| match style {
            NumberStyle::Part | NumberStyle::Chapter | NumberStyle::Article => first == '第',
            NumberStyle::Chinese => "一二三四五六七八九十百零〇两".contains(first),
            // (a numeral with its closing bracket only, `一)`: the bracket within four
            // characters, or the pattern need not run)
            NumberStyle::ChineseParen => {
                matches!(first, '（' | '(' | '〔')
                    || "一二三四五六七八九十百零〇两".contains(first)
                        && text.chars().take(4).any(|c| matches!(c, ')' | '）'))
            }
            NumberStyle::ArabicParen => matches!(first, '（' | '(') || digit,
            NumberStyle::Arabic => digit,
            NumberStyle::Circled => matches!(first, '①'..='⑳'),
        };
        for (style, re) in self.patterns.iter().filter(|(style, _)| opens(*style)) {
            // (a quick test first: most texts that open like a mark are none, and a match
            // with its groups costs an allocation)
            if !re.is_match(text) {
                continue;
            }
            let Some(m) = re.captures(text) else {
                continue;
            };
            let whole = m.get(0)?;
            let digits = m.get(1).or_else(|| m.get(2))?.as_str();
            let value = match style {
                NumberStyle::Circled => digits.chars().next().map(|c| c as u32 - 0x2460 + 1)?,
                _ => number_value(digits)?,
            };
            // patterns that look one character past the mark to rule out decimals
            let mut label_end = whole.end();
            if matches!(style, NumberStyle::Arabic | NumberStyle::Chinese) {
                let s = whole.as_str();
                let punct = s
                    .char_indices()
                    .find(|(_, c)| matches!(c, '、' | '．' | '.' | '。'))
                    .map(|(i, c)| i + c.len_utf8())?;
                label_end = punct;
            }
            if value == 0 {
                return None;
            }
            let label = text[..label_end].trim_end_matches(is_space).to_owned();
            let rest = &text[label_end..];
            let spaces = rest.len() - rest.trim_start_matches(is_space).len();
            return Some(NumberMark {
                style: *style,
                value,
                label,
                len: label_end + spaces,
            });
        }
        None
    }
}

/// Characters that, straight after a number, make it a quantity or a date (`3天`, `2个乡镇`,
/// `10余家`, `5月`), never a list's number printed without its stop.
const MEASURE_CHARS: &str =
    "年月日号时点分秒个项条名人次天周元万亿千百倍岁家所座批期届级类件台辆吨亩米斤克升户村镇县区市省位句篇章节课版余多层栋间套册本部处张份场轮组支只头匹株棵";

/// A number printed without its stop (`2围绕…`, `5 撰写…`, `2“牛皮癣”…`), with a colon for one
/// (`3:定期…`), or with its stop run into a figure the item opens with (`2.50个小区新增…`: no
/// decimal opens a list's line), as careless copies print list numbers. Alone it says nothing — `2围绕` may be any text —
/// so it is a list's item only in sequence with the list ([`accept_loose`]).
pub fn loose_at_start(text: &str) -> Option<NumberMark> {
    let digits_end = text
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || ('０'..='９').contains(&c)))
        .map_or(text.len(), |(i, _)| i);
    let digits = &text[..digits_end];
    if digits.is_empty() || digits.chars().count() > MAX_LOOSE_DIGITS {
        return None;
    }
    let value = number_value(digits).filter(|&v| v > 0)?;
    let rest = &text[digits_end..];
    let next = rest.chars().next()?;
    let label_end = if matches!(next, ':' | '：') {
        // not a time of day (`3:00`)
        let after = rest[next.len_utf8()..].chars().next()?;
        if after.is_ascii_digit() || ('０'..='９').contains(&after) {
            return None;
        }
        digits_end + next.len_utf8()
    } else if crate::document::text::is_han(next) && !MEASURE_CHARS.contains(next) {
        digits_end
    } else if matches!(next, '“' | '《' | '「') {
        // a title or a coined name the item opens with (`2“牛皮癣”小广告治理`)
        let after = rest[next.len_utf8()..].chars().next()?;
        if !crate::document::text::is_han(after) {
            return None;
        }
        digits_end
    } else if matches!(next, '.' | '．') {
        let after = rest[next.len_utf8()..].chars().next()?;
        if !after.is_ascii_digit() {
            return None;
        }
        // a decimal's magnitude or unit after the figure (`2.3万人次`, `3.2%`, `1.5亿元`)
        let figure_end = rest[next.len_utf8()..]
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .chars()
            .next();
        if figure_end.is_some_and(|c| DECIMAL_UNITS.contains(c)) {
            return None;
        }
        digits_end + next.len_utf8()
    } else if is_space(next) {
        // …or a space (`5 撰写一篇周记`): the word after it is the item's
        let word = rest.trim_start_matches(is_space).chars().next()?;
        if !crate::document::text::is_han(word) || MEASURE_CHARS.contains(word) {
            return None;
        }
        digits_end
    } else {
        return None;
    };
    let rest = &text[label_end..];
    let spaces = rest.len() - rest.trim_start_matches(is_space).len();
    Some(NumberMark {
        style: NumberStyle::Arabic,
        value,
        label: text[..label_end].to_owned(),
        len: label_end + spaces,
    })
}

/// What follows a decimal's figure and never a list item's opening count (`2.3万`, `3.2%`,
/// `1.5亿元`, `2.5倍`).
const DECIMAL_UNITS: &str = "%％‰万亿千百元倍米";

/// Most digits of a loose number: a list's, not a year's or a count's.
const MAX_LOOSE_DIGITS: usize = 2;

/// What a paragraph opens with, as [`accept_loose`] sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opening {
    /// A number printed as numbers are (`1、`, `（二）`).
    Mark(NumberStyle, u32),
    /// A number printed without its stop ([`loose_at_start`]).
    Loose(u32),
    /// Anything else.
    Text,
}

/// Which loose numbers are items of a list: one numbered straight after the Arabic item before
/// it (`1、加强…` then `2围绕…` then `3:定期…`), or a 1 whose list goes on with a 2, with no
/// heading of an outer style (`二、`, `（三）`) between. Linear: each opening is looked at a
/// bounded number of times.
pub fn accept_loose(openings: &[Opening]) -> Vec<bool> {
    let mut accepted = vec![false; openings.len()];
    // the Arabic item before, in the current list
    let mut last: Option<u32> = None;
    for (i, o) in openings.iter().enumerate() {
        match *o {
            Opening::Mark(NumberStyle::Arabic, value) => last = Some(value),
            // an outer heading starts a new list; an inner number (（1）, ①) leaves it open
            Opening::Mark(style, _) if style < NumberStyle::Arabic => last = None,
            Opening::Mark(..) | Opening::Text => {}
            Opening::Loose(value) => {
                let follows = match last {
                    Some(before) => value == before + 1,
                    None => value == 1 && next_in_list(&openings[i + 1..]) == Some(2),
                };
                if follows {
                    accepted[i] = true;
                    last = Some(value);
                }
            }
        }
    }
    accepted
}

/// The next number of the list that `rest` continues: its next Arabic or loose number, unless
/// an outer heading comes first. Only a few paragraphs ahead: an item's body is short.
fn next_in_list(rest: &[Opening]) -> Option<u32> {
    for o in rest.iter().take(MAX_ITEM_PARAGRAPHS) {
        match *o {
            Opening::Mark(NumberStyle::Arabic, v) | Opening::Loose(v) => return Some(v),
            Opening::Mark(style, _) if style < NumberStyle::Arabic => return None,
            _ => {}
        }
    }
    None
}

/// Paragraphs looked ahead for a loose 1's next item.
const MAX_ITEM_PARAGRAPHS: usize = 8;

/// The number printed as one character: ⑴ (a bracketed Arabic number), ⒈ (a number with its
/// full stop), ㈠ (a bracketed Chinese numeral), ❶ and ➀ (circled forms). Word processors and
/// PDF copies print list numbers with them; each reads as the style it stands for.
/// Whether `c` is a number printed as one character (⑴ ⒈ ㈠ ❶ ➀), see [`single_char_mark`].
pub fn is_single_char_mark(c: char) -> bool {
    single_char_mark("", c).is_some()
}

fn single_char_mark(text: &str, first: char) -> Option<NumberMark> {
    let code = first as u32;
    let (style, value) = match first {
        '⑴'..='⒇' => (NumberStyle::ArabicParen, code - 0x2474 + 1),
        '⒈'..='⒛' => (NumberStyle::Arabic, code - 0x2488 + 1),
        '㈠'..='㈩' => (NumberStyle::ChineseParen, code - 0x3220 + 1),
        '❶'..='❿' => (NumberStyle::Circled, code - 0x2776 + 1),
        '➀'..='➉' => (NumberStyle::Circled, code - 0x2780 + 1),
        '➊'..='➓' => (NumberStyle::Circled, code - 0x278A + 1),
        _ => return None,
    };
    let label_end = first.len_utf8();
    let rest = text.get(label_end..).unwrap_or("");
    let spaces = rest.len() - rest.trim_start_matches(is_space).len();
    Some(NumberMark {
        style,
        value,
        label: first.to_string(),
        len: label_end + spaces,
    })
}

/// The first bracketed item as a scanned copy prints it, its 一 read as a dash (`(-)加强组织
/// 领导。`, `（—）`): `（一）`. Only a dash alone in the brackets, text right after it.
fn scanned_first_mark(text: &str, first: char) -> Option<NumberMark> {
    if !matches!(first, '（' | '(') {
        return None;
    }
    let inner = text[first.len_utf8()..].trim_start_matches(is_space);
    let dash = inner
        .chars()
        .next()
        .filter(|c| crate::document::text::DASHES.contains(c))?;
    let after = inner[dash.len_utf8()..].trim_start_matches(is_space);
    let close = after.chars().next().filter(|c| matches!(c, ')' | '）'))?;
    let label_end = text.len() - after.len() + close.len_utf8();
    let rest = &text[label_end..];
    if !rest
        .chars()
        .next()
        .is_some_and(crate::document::text::is_han)
    {
        return None;
    }
    Some(NumberMark {
        style: NumberStyle::ChineseParen,
        value: 1,
        label: text[..label_end].to_owned(),
        len: label_end,
    })
}

/// A section's numeral alone in a cell (`一`, `(二)`, `（三）`), as a table prints the first cell
/// of a section row: its style and value. Never a column's name.
pub fn bare_section_numeral(cell: &str) -> Option<(NumberStyle, u32)> {
    let cell = cell.trim();
    let (style, inner) = match cell
        .strip_prefix(['（', '('])
        .and_then(|r| r.strip_suffix(['）', ')']))
    {
        Some(inner) => (NumberStyle::ChineseParen, inner),
        None => (NumberStyle::Chinese, cell),
    };
    if inner.is_empty() || !inner.chars().all(|c| "一二三四五六七八九十".contains(c)) {
        return None;
    }
    Some((style, number_value(inner)?))
}

/// Value of a Chinese numeral (一 … 九百九十九, 〇/零, 两) or an Arabic one (half- or full-width).
pub fn number_value(s: &str) -> Option<u32> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if s.chars()
        .all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
    {
        return s
            .chars()
            .map(|c| {
                c.to_digit(10)
                    .or_else(|| (c as u32).checked_sub('０' as u32))
            })
            .try_fold(0u32, |acc, d| acc.checked_mul(10)?.checked_add(d?));
    }
    let digit = |c: char| -> Option<u32> {
        Some(match c {
            '〇' | '零' => 0,
            '一' => 1,
            '二' | '两' => 2,
            '三' => 3,
            '四' => 4,
            '五' => 5,
            '六' => 6,
            '七' => 7,
            '八' => 8,
            '九' => 9,
            _ => return None,
        })
    };
    let mut total = 0u32;
    let mut current = 0u32;
    for c in s.chars() {
        match c {
            '十' => {
                total += if current == 0 { 10 } else { current * 10 };
                current = 0;
            }
            '百' => {
                total += if current == 0 { 100 } else { current * 100 };
                current = 0;
            }
            _ => current = current.checked_mul(10)?.checked_add(digit(c)?)?,
        }
    }
    total.checked_add(current)
}

/// The Chinese numeral for `n` (up to 999), as headings print it.
pub fn chinese_numeral(n: u32) -> String {
    const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => D[n as usize].to_owned(),
        10..=19 => format!("十{}", if n > 10 { D[(n - 10) as usize] } else { "" }),
        20..=99 => format!(
            "{}十{}",
            D[(n / 10) as usize],
            if !n.is_multiple_of(10) {
                D[(n % 10) as usize]
            } else {
                ""
            }
        ),
        100..=999 => {
            let rest = n % 100;
            let tail = match rest {
                0 => String::new(),
                1..=9 => format!("零{}", D[rest as usize]),
                10..=19 => format!("一{}", chinese_numeral(rest)),
                _ => chinese_numeral(rest),
            };
            format!("{}百{tail}", D[(n / 100) as usize])
        }
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use NumberStyle::*;

    #[test]
    fn a_scanned_first_bracketed_numeral_read_as_a_dash_is_one() {
        let n = Numbering::new();
        let m = n.at_start("(-)加强组织领导。").expect("a mark");
        assert_eq!((m.style, m.value, m.len), (NumberStyle::ChineseParen, 1, 3));
        assert!(n.at_start("（—）实行包保责任制").is_some());
        // (a dash in brackets before anything but Chinese text is no number)
        assert!(n.at_start("(-)").is_none());
        assert!(n.at_start("(-)3.5").is_none());
    }

    #[test]
    fn a_number_without_its_stop_is_an_item_only_in_sequence() {
        let loose = |t: &str| loose_at_start(t).map(|m| (m.value, m.label, m.len));
        assert_eq!(loose("2围绕农村幼儿园"), Some((2, "2".into(), 1)));
        assert_eq!(loose("3:定期组织教师学习"), Some((3, "3:".into(), 2)));
        assert_eq!(loose("5 撰写一篇周记"), Some((5, "5".into(), 2)));
        // a stop run into the figure the item opens with
        assert_eq!(loose("2.50个小区新增充电设施"), Some((2, "2.".into(), 2)));
        assert_eq!(loose("2.3万人次参加培训"), None);
        assert_eq!(loose("3.2%以上"), None);
        // quantities, dates, times and years are no numbers of a list
        for t in [
            "2.文明",
            "2.",
            "3天内完成",
            "2个乡镇",
            "10余家企业",
            "5月底前",
            "3:00开会",
            "2022年",
            "5G网络",
        ] {
            assert_eq!(loose(t), None, "{t}");
        }
        let o = |v: u32| Opening::Loose(v);
        let arabic = |v: u32| Opening::Mark(NumberStyle::Arabic, v);
        let heading = |v: u32| Opening::Mark(NumberStyle::Chinese, v);
        // after 1、 the loose 2 and 3 go on; a loose 5 after 3 does not
        assert_eq!(
            accept_loose(&[arabic(1), o(2), Opening::Text, o(3), o(5)]),
            [false, true, false, true, false]
        );
        // a loose 1 is an item when its list goes on with 2, not across an outer heading
        assert_eq!(
            accept_loose(&[o(1), Opening::Text, o(2)]),
            [true, false, true]
        );
        assert_eq!(
            accept_loose(&[o(1), heading(2), o(2)]),
            [false, false, false]
        );
        // a new list under the next heading starts again at 1
        assert_eq!(
            accept_loose(&[arabic(1), arabic(2), heading(2), o(1), arabic(2)]),
            [false, false, false, true, false]
        );
    }

    #[test]
    fn styles_values_and_labels() {
        let h = Numbering::new();
        let l = |s: &str| h.at_start(s).map(|n| (n.style, n.value, n.label));
        assert_eq!(l("一、总体要求"), Some((Chinese, 1, "一、".into())));
        assert_eq!(
            l("（十二）加强"),
            Some((ChineseParen, 12, "（十二）".into()))
        );
        assert_eq!(l("(二) 推进"), Some((ChineseParen, 2, "(二)".into())));
        // the closing bracket alone, as `1)` is printed
        assert_eq!(l("一)落实立德树人"), Some((ChineseParen, 1, "一)".into())));
        assert_eq!(
            l("〔二〕针对问题"),
            Some((ChineseParen, 2, "〔二〕".into()))
        );
        assert_eq!(l("十二）推进"), Some((ChineseParen, 12, "十二）".into())));
        assert_eq!(l("一些)"), None);
        assert_eq!(l("17.加强组织领导"), Some((Arabic, 17, "17.".into())));
        assert_eq!(l("10、深化"), Some((Arabic, 10, "10、".into())));
        assert_eq!(l("3. 主动公开"), Some((Arabic, 3, "3.".into())));
        assert_eq!(l("１２．做好"), Some((Arabic, 12, "１２．".into())));
        assert_eq!(l("1。在党中央坚强领导下"), Some((Arabic, 1, "1。".into())));
        assert_eq!(l("（1）做好"), Some((ArabicParen, 1, "（1）".into())));
        assert_eq!(l("2）做好"), Some((ArabicParen, 2, "2）".into())));
        assert_eq!(l("③做好"), Some((Circled, 3, "③".into())));
        assert_eq!(
            l("第三十八条 本条例"),
            Some((Article, 38, "第三十八条".into()))
        );
        assert_eq!(l("第二章 主动公开"), Some((Part, 2, "第二章".into())));
        // a long plan's parts above its chapters: a heading, never the document's title
        assert_eq!(l("第一篇:传统村落保护"), Some((Part, 1, "第一篇".into())));
        assert_eq!(l("三.加强"), Some((Chinese, 3, "三.".into())));
        assert_eq!(
            l("三、2024年政务公开主要内容"),
            Some((Chinese, 3, "三、".into()))
        );
        // a star marking a measure new this year
        assert_eq!(l("1* .开展一证多址改革"), Some((Arabic, 1, "1* .".into())));
        assert_eq!(l("2*.开展登记"), Some((Arabic, 2, "2*.".into())));
        assert_eq!(l("2*3=6"), None);
        assert_eq!(l("2.5亿元"), None);
        // a section's numeral alone in its cell
        assert_eq!(bare_section_numeral("十二"), Some((Chinese, 12)));
        assert_eq!(bare_section_numeral("(三)"), Some((ChineseParen, 3)));
        assert_eq!(bare_section_numeral("一、"), None);
        assert_eq!(bare_section_numeral("1"), None);
        assert_eq!(l("2.2011年底前建立"), Some((Arabic, 2, "2.".into())));
        assert_eq!(l("2.2011万元"), None);
        assert_eq!(l("1.2024中国旅游节"), Some((Arabic, 1, "1.".into())));
        assert_eq!(l("1.20XX年春节"), Some((Arabic, 1, "1.".into())));
        assert_eq!(l("1.2024亿元"), None);
        assert_eq!(l("1.2024%"), None);
        assert_eq!(l("2019年"), None);
        assert_eq!(l("十九届二中全会"), None);
        assert_eq!(l("第二季度"), None);
        assert_eq!(l("⑴做好"), Some((ArabicParen, 1, "⑴".into())));
        assert_eq!(l("⑽ 推进"), Some((ArabicParen, 10, "⑽".into())));
        assert_eq!(l("⒊做好"), Some((Arabic, 3, "⒊".into())));
        assert_eq!(l("㈡加强"), Some((ChineseParen, 2, "㈡".into())));
        assert_eq!(l("❸做好"), Some((Circled, 3, "❸".into())));
    }

    #[test]
    fn numerals_both_ways() {
        for n in [1, 9, 10, 12, 20, 23, 99, 100, 105, 112, 230] {
            assert_eq!(number_value(&chinese_numeral(n)), Some(n), "{n}");
        }
        assert_eq!(number_value("１５"), Some(15));
        assert_eq!(number_value("区"), None);
        assert_eq!(Chinese.print(12), "十二、");
        assert_eq!(ChineseParen.print(3), "（三）");
        assert_eq!(Circled.print(2), "②");
    }
}
