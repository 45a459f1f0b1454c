//! Text that lost its line breaks (a page saved as one line, an archiver's flattened body):
//! put the paragraph breaks back where the structure shows them, so the rest of the reader sees
//! paragraphs as in any other text.
//!
//! A break goes
//! * before a number that starts or continues the document's outline (一、 （二） 3. …), judged
//!   by the sequence it continues, not by the characters around it alone: `清单3.政府` splits
//!   when 2. came before, `统一、规范` never does, and a list restarting at 1 inside an item
//!   (`12.… 1.… 2.… 13.`) is that item's sub-list;
//! * at white space between two runs of Han text, which is how flattening joins paragraphs
//!   (`…组织实施。 各地区…`), except between single spaced-out glyphs (`工 作 任 务`);
//! * around a signature and its date (`…组织实施。福建省人民政府办公厅2016年5月27日…`).

use regex::Regex;
use std::sync::OnceLock;

use crate::document::numbering::{NumberMark, NumberStyle, Numbering};
use crate::document::text::{after_dash_bullet, is_han, is_space, Text};
use crate::document::Hints;

/// A line shorter than this is a paragraph as it is: only whole pages lose their breaks.
const FLAT_MIN_CHARS: usize = 400;
/// A flattened line shows at least this many breaks; fewer, and it is one long paragraph.
const FLAT_MIN_BREAKS: usize = 3;
/// A heading's title runs at most this many characters before its first sub-item starts
/// without punctuation (`（六）市政提升五千工程1.排水…`).
const HEADING_TITLE_MAX: usize = 30;
/// A numbering gap this small after a sentence end is a missing number in the source, not prose.
const MAX_GAP: u32 = 3;
/// A signature before a date is at most this long (`平潭综合实验区管委会办公室`).
const SIGNATURE_MAX_CHARS: usize = 40;
/// Longest unit name that opens a paragraph of its duties (`区交通与建设局：负责…`).
const MAX_UNIT_HEADING_CHARS: usize = 20;
/// How far after a list's item 1 its item 2 is looked for: a task paragraph is rarely longer.
const LIST_ITEM_LOOKAHEAD: usize = 800;
/// A page whose printed lines were run together with a space where each wrapped (a PDF's text,
/// `…各项工作，在 确保春耕…`) shows spaces at about one line's width: at least this many…
const MIN_WRAP_SPACES: usize = 6;
/// …with line widths in this range (characters)…
const WRAP_WIDTHS: std::ops::RangeInclusive<usize> = 12..=80;
/// …within this many characters of a whole number of lines from the space before…
const WRAP_SLACK: usize = 3;
/// …counting gaps of at most this many lines…
const MAX_WRAP_GAP_LINES: usize = 3;
/// …for at least this share (in tenths) of the spaces.
const MIN_WRAP_SHARE_TENTHS: usize = 7;
/// Longest note after a signing date, brackets included (`（此件公开发布）`,
/// `（此件主动公开，联系人：…）` is longer and stays with the text).
const MAX_NOTE_CHARS: usize = 16;

/// Characters that end a sentence: a number after one starts a paragraph.
pub(crate) fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?')
}

/// Closing marks after which a number starts a paragraph (`…（必做）2.完善`).
pub(crate) fn closes(c: char) -> bool {
    matches!(c, '）' | ')' | '”' | '》' | '】' | '」')
}

/// Where the numbering stands at each style while scanning a flattened line.
#[derive(Default, Clone, Copy)]
struct Level {
    last: Option<u32>,
    /// A shallower number came since `last`: a list here may restart at 1.
    fresh: bool,
}

/// Reflow flattened lines into paragraphs separated by blank lines; other lines pass through.
pub fn reflow(lines: Vec<Text>, numbering: &Numbering, hints: &dyn Hints) -> Vec<Text> {
    // (a cheap look first: a line of FLAT_MIN_CHARS characters holds at least as many bytes)
    if !lines
        .iter()
        .any(|l| l.len() >= FLAT_MIN_CHARS && l.as_str().chars().count() >= FLAT_MIN_CHARS)
    {
        return lines;
    }
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        if line.as_str().chars().count() < FLAT_MIN_CHARS
            || line.as_str().contains('\t')
            || line.as_str().contains(" | ")
        {
            out.push(line);
            continue;
        }
        let cuts = breaks(line.as_str(), numbering, hints);
        if cuts.len() < FLAT_MIN_BREAKS {
            out.push(line);
            continue;
        }
        for (start, piece) in pieces(&line, cuts) {
            if start > 0 {
                out.push(Text::empty_at(piece.origin()));
            }
            out.push(piece);
        }
    }
    out
}

/// The pieces of a line cut at `cuts` (ascending byte offsets), trimmed, blank ones left
/// out, each with the offset it starts at.
fn pieces(line: &Text, cuts: Vec<usize>) -> Vec<(usize, Text)> {
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for cut in cuts.into_iter().chain(std::iter::once(line.len())) {
        let piece = line.slice(start, cut).trimmed();
        if !piece.is_blank() {
            out.push((start, piece));
        }
        start = cut;
    }
    out
}

/// Split a line that runs a list's items together (`1、及时做好…。2、建立健全…。3、加强…`): a
/// line that opens with a number, at each next number of the same style after a sentence's
/// end. Only the run the line opens counts, so a number inside a sentence (`第2、3项`) or a
/// sub-list never splits.
pub fn split_run_on_items(lines: Vec<Text>, numbering: &Numbering) -> Vec<Text> {
    let mut out = Vec::with_capacity(lines.len());
    // the last number each style opened a line with, for an item run on after the body of the
    // one before (`(一)强化学校安全教育。` `全县中小学校要…活动。(二)广泛开展社会宣传。`)
    let mut last_opened = [None; NUMBER_STYLES];
    for line in lines {
        let line = match next_item_in_body(line.as_str(), numbering, &last_opened) {
            Some(cut) => {
                out.push(line.slice(0, cut).trimmed());
                line.slice(cut, line.len())
            }
            None => line,
        };
        // a heading with its first sub-item run on after a space (`三、活动内容 （一）宣传发动
        // 以…`, `（一）宣传报道 1、6月1日上午…。2、…`): each part is read on its own
        let mut parts = vec![line];
        while let Some(cut) = parts
            .last()
            .and_then(|l| sub_item_after_heading(l.as_str(), numbering))
        {
            let Some(last) = parts.pop() else { break };
            parts.push(last.slice(0, cut).trimmed());
            parts.push(last.slice(cut, last.len()));
        }
        for part in parts {
            let cuts = run_on_cuts(part.as_str(), numbering);
            if cuts.is_empty() {
                remember_opening(&part, numbering, &mut last_opened);
                out.push(part);
                continue;
            }
            for (_, piece) in pieces(&part, cuts) {
                remember_opening(&piece, numbering, &mut last_opened);
                out.push(piece);
            }
        }
    }
    out
}

/// Whether `s` prints number `n` of `style`, its brackets full- or half-width.
fn prints_number(s: &str, style: NumberStyle, n: u32) -> bool {
    let printed = style.print(n);
    s.contains(printed.as_str())
        || s.contains(printed.replace('（', "(").replace('）', ")").as_str())
}

/// Whether the words after a number go on listing numbers (`二、三季度`, `二、三级医院`,
/// `（二）至（五）项任务`): the number is one of several named, no item's.
fn lists_numbers(after: &str, style: NumberStyle) -> bool {
    let next = after.chars().next();
    next.is_some_and(|c| matches!(c, '至' | '到' | '、' | '（' | '(' | '-' | '—'))
        || style == NumberStyle::Chinese && next.is_some_and(could_start_mark)
}

/// How many number styles there are ([`NumberStyle`]'s variants).
const NUMBER_STYLES: usize = NumberStyle::Circled as usize + 1;

/// Note the number a line opens with as the last its style opened a line with.
fn remember_opening(line: &Text, numbering: &Numbering, last: &mut [Option<u32>; NUMBER_STYLES]) {
    if let Some(mark) = numbering.at_start(line.as_str().trim_start_matches(is_space)) {
        last[mark.style as usize] = Some(mark.value);
    }
}

/// Where the next item of a list runs on after a sentence of a body line that opens with no
/// number (`…提高防溺水教育的知晓度和参与度。(二)广泛开展社会宣传。`): the number after a full
/// stop must follow the last its style opened a line with, from 一、 on down, and the line must
/// not print that last number itself (a list of its own inside the body, `包括：（一）…。（二）…`).
fn next_item_in_body(
    s: &str,
    numbering: &Numbering,
    last: &[Option<u32>; NUMBER_STYLES],
) -> Option<usize> {
    if !s.contains('。') || numbering.at_start(s.trim_start_matches(is_space)).is_some() {
        return None;
    }
    s.match_indices('。').find_map(|(end, punct)| {
        let i = end + punct.len();
        let rest = &s[i..];
        rest.chars().next().filter(|&c| could_start_mark(c))?;
        let mark = numbering.at_start(rest)?;
        let before = last[mark.style as usize]?;
        (mark.style >= NumberStyle::Chinese
            && mark.value == before + 1
            && !prints_number(&s[..i], mark.style, before)
            && !lists_numbers(&rest[mark.len..], mark.style)
            && !rest[mark.len..].trim_matches(is_space).is_empty())
        .then_some(i)
    })
}

/// Last line a title may stand on: below the chrome of a page, never deep in its body (a
/// table printed one cell per line has no numbered line to stop the search).
const MAX_TITLE_LINE: usize = 60;
/// Lines of text (blank ones aside) among which a title run into the plan's first sentence is
/// looked for: the first, or one under a site's share notice (`《…》由会员分享…`) and a
/// title bar.
const GLUED_PREAMBLE_LINES: usize = 3;
/// Longest line taken for a title above such a line (no comma or stop in it either): a line
/// of a site's notice is a sentence or longer.
const MAX_TITLE_CHARS: usize = 60;

/// Split a plan's title from the first heading run into it on its line (`区教育局202x年工作
/// 计划(一)强化政治建设，…`) when no list runs on after it: the lines before the first that opens
/// with a number are searched, and the text before the number must end in a plan's word.
pub fn split_glued_title(lines: Vec<Text>, numbering: &Numbering, hints: &dyn Hints) -> Vec<Text> {
    let mut out = Vec::with_capacity(lines.len() + 1);
    let mut searching = true;
    let mut text_lines = 0;
    let mut title_above = false;
    for (n, line) in lines.into_iter().enumerate() {
        let s = line.as_str();
        if n >= MAX_TITLE_LINE
            || searching && numbering.at_start(s.trim_start_matches(is_space)).is_some()
        {
            searching = false;
        }
        // (a title numbered in a collection, `镇目标工作计划(一)`, has nothing after its number)
        let cut = searching
            .then(|| glued_first_item(s, numbering))
            .flatten()
            .filter(|(at, mark)| !s[at + mark.len..].trim_matches(is_space).is_empty())
            .map(|(at, _)| at)
            .filter(|&at| hints.ends_with_plan_word(s[..at].trim_matches(is_space)))
            // …or one of the page's first lines: a title run into the plan's first sentence
            // (below the first, only under lines of a site's notice: no title above it)
            .or_else(|| {
                (searching && text_lines < GLUED_PREAMBLE_LINES && !title_above)
                    .then(|| glued_preamble(s, text_lines > 0, hints))
                    .flatten()
            });
        let t = s.trim_matches(is_space);
        if searching && !t.is_empty() {
            text_lines += 1;
            title_above |= t.chars().count() <= MAX_TITLE_CHARS && !t.contains(['，', '。', ',']);
        }
        match cut {
            Some(at) => {
                searching = false;
                out.push(line.slice(0, at).trimmed());
                out.push(line.slice(at, line.len()));
            }
            None => out.push(line),
        }
    }
    out
}

/// Where a title ends that the page's first line runs into its first sentence
/// (`市水利局2020年工作计划2020年是“十三五”的收官之年，…`): after the first plan's word that a
/// sentence's opening follows, within a title's length ([`MAX_GLUED_TITLE_CHARS`], as for a
/// title run into its first item), with a sentence after it.
fn glued_preamble(s: &str, below_first: bool, hints: &dyn Hints) -> Option<usize> {
    let lead = s.len() - s.trim_start_matches(is_space).len();
    // a line that opens as a sentence does (根据县委工作计划…) holds no title
    if hints.opens_preamble(&s[lead..]) {
        return None;
    }
    s.char_indices()
        .skip(lead)
        .take(MAX_GLUED_TITLE_CHARS)
        .map(|(i, c)| i + c.len_utf8())
        .find(|&at| {
            let rest = &s[at..];
            let title = s[lead..at].trim_matches(is_space);
            let after = rest.trim_start_matches(is_space);
            // (below the first line, a title holds no sentence: `二月份：召开…会议，部署|本学期…`
            // is one)
            !(below_first && title.contains(['，', ',', '。', '：', ':', '；', ';']))
                && hints.ends_with_plan_word(title)
                && (hints.opens_preamble(after) || closes_about_title(title, after, hints))
                && rest.contains(['。', '，', ','])
        })
}

/// Longest kind word after the 的 that closes a `关于…的X` title (实施意见, 工作方案, 实施方案).
const MAX_ABOUT_TITLE_KIND_CHARS: usize = 6;

/// Whether a title is a whole `关于…的X` name (`关于做好二〇二三年…重点工作的实施意见`): what
/// follows its kind word is the text, whatever its first words — unless the name goes on
/// (`…实施方案的通知`, `…行动方案（2024—2026年）`) or names a text about X (`…实施意见政策解读`,
/// the vocabulary's words about a plan).
fn closes_about_title(title: &str, after: &str, hints: &dyn Hints) -> bool {
    !after.starts_with(['的', '（', '(', '》', '”', '之'])
        && !hints.opens_about_word(after)
        && title.starts_with("关于")
        && title
            .rfind('的')
            .is_some_and(|at| title[at..].chars().count() <= MAX_ABOUT_TITLE_KIND_CHARS + 1)
}

/// Whether a number is the first of several numbers listed (`1、2季度`, `1、2月份`): the next
/// number follows its mark, so it opens no item (`1、6月1日上午，…` does); the same for Chinese
/// numerals (`划分为：一、二、三级`).
fn enumerates_numbers(s: &str, mark: &NumberMark) -> bool {
    let rest = &s[mark.len.min(s.len())..];
    let digits: String = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
        .collect();
    let next = crate::document::numbering::chinese_numeral(mark.value + 1);
    crate::document::numbering::number_value(&digits) == Some(mark.value + 1)
        || mark.style == NumberStyle::Chinese && rest.starts_with(&format!("{next}、"))
}

/// Longest number mark before a heading's words (`（十二）`).
const MAX_MARK_CHARS: usize = 6;

/// Longest heading a sub-item may run on after (`三、活动内容`, `（一）宣传报道`).
const MAX_RUN_ON_HEADING_CHARS: usize = 12;

/// Where the first sub-item of a heading starts when the line runs it on after a space or a
/// colon, or with nothing between (a PDF's text that lost the break): the line opens with a
/// number and a short heading with no punctuation, then white space, a colon or nothing, then
/// the first number of a deeper style (`三、活动内容 （一）…`, `三、组织阶段:(1)组织协调…`,
/// `三、攻坚措施1. 梳理分类…`).
fn sub_item_after_heading(s: &str, numbering: &Numbering) -> Option<usize> {
    let parts = |c: char| is_space(c) || matches!(c, '：' | ':');
    // a tab parts a table's cells (`一、强化监督\t1. 主动公开…`), not a heading from its item;
    // and most lines have no space, colon or glued number near their start at all (checked
    // before any pattern runs)
    let near_start = s
        .char_indices()
        .take(MAX_GLUED_BRACKET_HEADING_CHARS + MAX_MARK_CHARS)
        .enumerate();
    if s.contains('\t')
        || !near_start.skip(1).any(|(k, (_, c))| {
            matches!(c, '（' | '(')
                || k < MAX_RUN_ON_HEADING_CHARS + MAX_MARK_CHARS
                    && (parts(c) || opens_glued_mark(c))
        })
    {
        return None;
    }
    let head = numbering.at_start(s)?;
    let rest = &s[head.len..];
    let gap = rest.find(parts);
    // (glued: a digit or a bracket right after the heading's Han words, before any gap)
    // (a bracketed number may follow a longer heading, `二、建设覆盖全区、…生态环境监测网络（一）
    // 优化…`: a flattened page's chapter title runs on into its first item)
    let glued = rest
        .char_indices()
        .enumerate()
        .take(MAX_GLUED_BRACKET_HEADING_CHARS + 1)
        .skip(MIN_GLUED_HEADING_CHARS)
        .find(|&(k, (i, c))| {
            opens_glued_mark(c)
                && (k <= MAX_RUN_ON_HEADING_CHARS || matches!(c, '（' | '('))
                && rest[..i].chars().next_back().is_some_and(is_han)
                && gap.is_none_or(|g| i < g)
        })
        .map(|(_, (i, _))| i);
    let bracket_glued = glued.is_some_and(|i| rest[i..].starts_with(['（', '(']));
    let words_end = glued.or(gap)?;
    let words = &rest[..words_end];
    let n = words.chars().count();
    let longest = if bracket_glued {
        MAX_GLUED_BRACKET_HEADING_CHARS
    } else {
        MAX_RUN_ON_HEADING_CHARS
    };
    if n == 0
        || n > longest
        || !words
            .chars()
            .all(|c| is_han(c) || matches!(c, '“' | '”' | '、'))
    {
        return None;
    }
    let after = rest[words_end..].trim_start_matches(parts);
    let at = s.len() - after.len();
    let sub = numbering.at_start(after)?;
    // after a colon, items that all run on in the line are the heading's inline list
    // (`3.丽景花园二期:(1)…;(2)…`), not its first item
    let colon = glued.is_none()
        && rest[words_end..]
            .trim_start_matches(is_space)
            .starts_with(['：', ':']);
    let inline_list = colon && prints_number(&after[sub.len..], sub.style, 2);
    (sub.style > head.style && sub.value == 1 && !enumerates_numbers(after, &sub) && !inline_list)
        .then_some(at)
}

/// Longest heading a bracketed first sub-item's number is glued to (`二、建设覆盖全区、布局合理、
/// 分工明确、重点突出的生态环境监测网络（一）`): a chapter's title, not a sentence, which has
/// punctuation besides 、 and quotation marks.
const MAX_GLUED_BRACKET_HEADING_CHARS: usize = 40;

/// Fewest Han characters of a heading a sub-item's number is glued to (`措施1.`): fewer, and
/// the number is more likely the heading's own count (`一、第1.`).
const MIN_GLUED_HEADING_CHARS: usize = 2;

/// Characters that may open a sub-item's number glued to a heading's words: digits and
/// brackets only — a Chinese numeral after Han text is just text (`统一`, `十一`).
fn opens_glued_mark(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c) || matches!(c, '（' | '(')
}

/// Where a line that opens with a number runs its next items on (see [`split_run_on_items`]).
fn run_on_cuts(s: &str, numbering: &Numbering) -> Vec<usize> {
    let mut cuts = Vec::new();
    // a title run into the list it heads (`县教育局2024年工作要点1.全面坚持…。2 .全面落实…`):
    // the list starts at its first number
    let (opening, first) = match numbering.at_start(s) {
        Some(first) => (0, first),
        None => match glued_first_item(s, numbering)
            .or_else(|| first_item_after_sentence(s, numbering))
        {
            Some(found) => found,
            None => return cuts,
        },
    };
    // (a half-width semicolon ends an item as the full-width one does: `…切入点;2.分析…`)
    if first.style < NumberStyle::Chinese || !s.contains(['。', '；', ';', '！', '？']) {
        return cuts;
    }
    let mut expected = first.value + 1;
    // (read once, and only when a space follows a sentence's end)
    let mut spaced_pdf_text: Option<bool> = None;
    for (end, punct) in s[opening..].match_indices(['。', '；', ';', '！', '？']) {
        let mut i = opening + end + punct.len();
        // a page's script may print a comma after each fragment (`…检验。,2、寒假安全…`), and
        // a PDF's text a space (`…工作制度。 2.在党组织…`, its lines spaced where they wrapped:
        // `…职业学校 团委…`) — not a table's cell, whose items a space parts
        // (`1.制定计划。 2.参加会议。 |`)
        i += s[i..].len() - s[i..].trim_start_matches(',').len();
        let spaces = s[i..].len() - s[i..].trim_start_matches(is_space).len();
        if spaces > 0
            && *spaced_pdf_text
                .get_or_insert_with(|| !s.contains(['|', '\t']) && spaced_between_han(s))
        {
            i += spaces;
        }
        let starts = s[i..].chars().next().is_some_and(could_start_mark);
        if !starts {
            continue;
        }
        if let Some(mark) = numbering.at_start(&s[i..]) {
            if mark.style == first.style && mark.value == expected {
                cuts.push(i);
                expected += 1;
            }
        }
    }
    // the title is cut off only when the list runs on after it
    if opening > 0 {
        if cuts.is_empty() {
            return cuts;
        }
        cuts.insert(0, opening);
    }
    cuts
}

/// Whether a space stands between two Han characters in `s`: a PDF's text, spaced where its
/// printed lines wrapped (`…鹏程中等职业学校 团委学生干部…`).
fn spaced_between_han(s: &str) -> bool {
    let mut chars = s.chars();
    let mut prev = chars.next();
    let mut spaced = false;
    for c in chars {
        if is_space(c) {
            spaced = spaced || prev.is_some_and(is_han);
            continue;
        }
        if spaced && is_han(c) {
            return true;
        }
        spaced = false;
        prev = Some(c);
    }
    false
}

/// Longest title run into the first item of its list (`县教育局2024年工作要点1.…`).
const MAX_GLUED_TITLE_CHARS: usize = 40;

/// Where a list's first item (`1.`, `一、`) starts after a title run into it: a short run of
/// text with no sentence's punctuation, ending in a Han character — or in a colon, a label or
/// a clause over the list it runs into (`主要内容：（一）推进…。（二）加快…`, `2004年将重点引入
/// 推广：1、…2、…`).
fn glued_first_item(s: &str, numbering: &Numbering) -> Option<(usize, NumberMark)> {
    let mut prev: Option<char> = None;
    for (n, (i, c)) in s.char_indices().enumerate() {
        if n > MAX_GLUED_TITLE_CHARS || matches!(c, '。' | '；' | '，' | '！' | '？' | ',' | ';')
        {
            return None;
        }
        if prev.is_some_and(|p| is_han(p) || matches!(p, '：' | ':')) && could_start_mark(c) {
            // (a note's own list stays in its bracket: `(注:①…;②…)`)
            if let Some(mark) = numbering.at_start(&s[i..]).filter(|m| {
                m.value == 1
                    && !enumerates_numbers(&s[i..], m)
                    && !in_open_bracket(s[..i].chars().rev())
            }) {
                return Some((i, mark));
            }
        }
        prev = Some(c);
    }
    None
}

/// Where a list's first item (`（一）`, `一、`) starts right after a sentence of the text before
/// it, or the colon introducing it, on a page that lost its line breaks (`…奠定坚实基础。(一)
/// 压紧压实粮食安全政治责任。…`, `具体安排如下：一、准备阶段。…`). The caller cuts there only
/// when the list's next item follows after a sentence too.
fn first_item_after_sentence(s: &str, numbering: &Numbering) -> Option<(usize, NumberMark)> {
    s.match_indices(['。', '：', ':']).find_map(|(end, punct)| {
        let i = end + punct.len();
        let rest = &s[i..];
        rest.chars().next().filter(|&c| could_start_mark(c))?;
        numbering
            .at_start(rest)
            .filter(|m| {
                m.value == 1
                    && m.style >= NumberStyle::Chinese
                    && m.style <= NumberStyle::ChineseParen
                    && !enumerates_numbers(rest, m)
            })
            .map(|m| (i, m))
    })
}

/// A 发文字号's year and number (`〔2025〕4号`, `[2017]26號`).
fn doc_number_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"[〔\[［(（]\d{4}[〕\]］)）]第?\d{1,4}[号號]").expect("static doc number regex")
    })
}

fn date_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?:\d{4}|[〇零一二三四五六七八九]{4})年\d{1,2}月\d{1,2}日")
            .expect("static date regex")
    })
}

/// Split a text at the numbers of its outline only (一、 （一） 1. …), as a flattened table's
/// first row runs its section headings and first task together.
pub fn split_outline(text: &Text, numbering: &Numbering) -> Vec<Text> {
    let s = text.as_str();
    let mut levels = [Level::default(); 8];
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut cuts = vec![0];
    let mut last_break = 0;
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !could_start_mark(c) {
            continue;
        }
        let Some(mark) = numbering.at_start(&s[i..]) else {
            continue;
        };
        let heading = heading_only(&s[last_break..i], numbering);
        let under_heading = heading.is_some_and(|h| mark.style > h) || i == 0;
        let paragraph_list = list_of_sentences(s, &chars, k, &mark, numbering);
        let list = ListOpening {
            of_sentences: paragraph_list,
            introduced: false,
            outline: false,
        };
        if accept(&chars, k, &mark, &mut levels, under_heading, list) && i > 0 {
            cuts.push(i);
            last_break = i;
        }
    }
    cuts.push(s.len());
    cuts.windows(2)
        .map(|w| text.slice(w[0], w[1]).trimmed())
        .filter(|t| !t.is_blank())
        .collect()
}

/// Byte offsets where a flattened line breaks, ascending.
fn breaks(s: &str, numbering: &Numbering, hints: &dyn Hints) -> Vec<usize> {
    let mut cuts = Vec::new();
    let mut levels = [Level::default(); 8];
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut last_break = 0usize;
    let wrap_width = wrap_width(&chars);
    // where the printed line being read began (after a space or a break), in characters
    let mut line_from = 0usize;
    for (k, &(i, c)) in chars.iter().enumerate() {
        // white space joining two runs of Han text (in a page whose lines wrapped at spaces,
        // only after a sentence's end or a short line, a heading's: after a full line inside
        // a sentence it is where the line wrapped)
        if is_space(c) {
            let prev_space = k > 0 && is_space(chars[k - 1].1);
            let wrap = wrap_width.is_some_and(|width| {
                k > 0 && is_han(chars[k - 1].1) && k - line_from + WRAP_SLACK >= width
            });
            line_from = k + 1;
            // (nor after a number alone since the last break: `（一） 前期准备阶段` is one
            // heading, its number spaced from its title)
            let joins = !prev_space
                && !wrap
                && space_joins_paragraphs(&chars, k)
                && !only_a_number(&s[last_break.min(i)..i], numbering);
            if joins && !beside_label(s, &chars, k, hints) && !between_column_names(s, i, hints) {
                let next = chars[k..]
                    .iter()
                    .find(|(_, d)| !is_space(*d))
                    .map(|(j, _)| *j)
                    .unwrap_or(s.len());
                push_cut(&mut cuts, next, &mut last_break);
            }
            continue;
        }
        if !could_start_mark(c) {
            continue;
        }
        let Some(mark) = numbering.at_start(&s[i..]) else {
            continue;
        };
        let heading = heading_only(&s[last_break..i], numbering);
        // a plan's first heading right after its title (`…普法责任清单一、重点宣传…`,
        // `…工作计划(一)强化政治建设`)
        let after_title = mark.value == 1
            && mark.style.heads_sections()
            && hints.ends_with_plan_word(s[last_break..i].trim_end_matches(is_space));
        let under_heading = heading.is_some_and(|h| mark.style > h) || after_title;
        let paragraph_list = list_of_sentences(s, &chars, k, &mark, numbering);
        let list = ListOpening {
            of_sentences: paragraph_list,
            introduced: paragraph_list && introduced_list(&s[last_break..i]),
            outline: outline_follows(s, &chars, k, &mark, numbering),
        };
        if accept(&chars, k, &mark, &mut levels, under_heading, list) {
            push_cut(&mut cuts, i, &mut last_break);
            line_from = k;
        }
    }
    // a unit's own paragraph of duties (`…审批作。区财政金融局：负责落实…`, or with a full
    // stop before the duty: `…如下：县环保局。负责对全县…`)
    for (i, c) in s.char_indices() {
        let duty_after = c == '。' && hints.opens_duties(&s[i + c.len_utf8()..]);
        if !matches!(c, '：' | ':') && !duty_after {
            continue;
        }
        let head = &s[..i];
        let Some(start) = head
            .char_indices()
            .rev()
            .take(MAX_UNIT_HEADING_CHARS + 1)
            .find(|(_, d)| matches!(d, '。' | '；' | ';' | '：' | ':'))
            .map(|(j, d)| j + d.len_utf8())
        else {
            continue;
        };
        let name = s[start..i].trim_matches(is_space);
        // (a line of fields, `牵头部门：镇水利站 协作部门：…`: a value and the next label, with
        // or without a space between them: `牵头领导：阮斌副局长责任部门：…`)
        let ends_in_label = name
            .char_indices()
            .rev()
            .take(MAX_LABEL_CHARS)
            .any(|(at, _)| hints.is_label(&name[at..]));
        if !name.is_empty()
            && hints.looks_like_units(name)
            && !hints.is_label(name)
            && !ends_in_label
        {
            cuts.push(start + (s[start..i].len() - s[start..i].trim_start_matches(is_space).len()));
        }
    }
    // a dashed item after a sentence (`…形成进度。---优化运行流程（5月底前）。…`)
    cuts.extend(dash_bullets(s));
    cuts.extend(attachment_starts(s));
    cuts.extend(phase_starts(s));
    cuts.extend(loose_item_starts(s, numbering));
    // a 发文字号 run together with the addressees after it (`…〔2025〕4号各镇人民政府…`)
    for m in doc_number_re().find_iter(s) {
        // (not one cited in brackets: `…的通知》（岚综管〔2016〕97号文）要求`)
        if s[m.end()..].chars().next().is_some_and(is_han)
            && !in_open_bracket(s[..m.start()].chars().rev())
        {
            cuts.push(m.end());
        }
    }
    for m in date_re().find_iter(s) {
        if let Some(sig) = signature_before(s, m.start(), hints) {
            let after = s[m.end()..].chars().next();
            if after.is_none_or(|c| {
                !matches!(
                    c,
                    '前' | '起' | '至' | '止' | '以' | '之' | '，' | '、' | '到'
                )
            }) {
                cuts.push(sig);
                cuts.push(m.start());
                cuts.push(m.end());
                // a bracketed note right after the signing date (`（此件主动公开）`) stands alone
                if let Some(close) = note_after(s, m.end()) {
                    cuts.push(close);
                }
            }
        }
    }
    cuts.retain(|&c| c > 0 && c < s.len());
    cuts.sort_unstable();
    cuts.dedup();
    // a notice's addressees run on into its first sentence (`区直各单位，各片区开发管理局：建设…`)
    // (the top as a byte offset: counting each cut's characters from the line's start would
    // read a long line once per cut)
    let top = s
        .char_indices()
        .nth(MAX_ADDRESSEES_OFFSET_CHARS)
        .map_or(s.len(), |(i, _)| i);
    let after_addressees: Vec<usize> = std::iter::once(0)
        .chain(cuts.iter().copied())
        .filter_map(|at| addressees_end(&s[at..], at <= top, hints).map(|end| at + end))
        .collect();
    if !after_addressees.is_empty() {
        cuts.extend(after_addressees);
        cuts.sort_unstable();
        cuts.dedup();
    }
    cuts
}

/// The word that opens a document's attachment (`附件1：`, `附件部门主要职责分工表`).
pub const ATTACHMENT_WORD: &str = "附件";
/// Characters after 附件 (and its number) that make it a sentence about the attachment
/// (`附件中…`, `附件2所列任务…`), no attachment's label.
const ATTACHMENT_REFERENCE_CHARS: &str = "中所为的是里内和及与已在列要请";

/// Where an attachment starts right after a sentence (`…加强鉴定机构监督管理。附件部门主要职责
/// 分工表序号…`): its label opens a part of its own, often a table whose header must open its
/// paragraph to be read. Not a sentence about the attachments (`附件中`, `附件所列…`).
fn attachment_starts(s: &str) -> impl Iterator<Item = usize> + '_ {
    s.match_indices(ATTACHMENT_WORD)
        .filter(move |&(i, _)| follows_sentence(s, i) && attachment_label_len(&s[i..]).is_some())
        .map(|(i, _)| i)
}

/// Whether byte offset `i` of `s` comes right after a sentence's end, white space aside.
fn follows_sentence(s: &str, i: usize) -> bool {
    s[..i]
        .trim_end_matches(is_space)
        .chars()
        .next_back()
        .is_some_and(ends_sentence)
}

/// The word that numbers a plan's stage (`第一阶段`): what follows the ordinal.
const PHASE_WORD: &str = "阶段";
/// Longest ordinal between 第 and 阶段 (`二十三`, three characters): a plan has no more stages.
const MAX_PHASE_ORDINAL_CHARS: usize = 3;

/// Where a numbered stage starts right after a sentence (`…施工许可证等工作。第二阶段(2022年4月)。
/// 新校区项目开工建设。`): a plan's steps, written without outline numbers, each a paragraph of
/// its own — not a stage named inside a sentence (`进入第二阶段后…` follows no sentence's end).
fn phase_starts(s: &str) -> impl Iterator<Item = usize> + '_ {
    s.match_indices('第')
        .filter(move |&(i, _)| {
            let rest = &s[i + '第'.len_utf8()..];
            let after = rest.trim_start_matches(|c: char| "一二三四五六七八九十".contains(c));
            let ordinal = rest[..rest.len() - after.len()].chars().count();
            (1..=MAX_PHASE_ORDINAL_CHARS).contains(&ordinal)
                && after.starts_with(PHASE_WORD)
                && follows_sentence(s, i)
        })
        .map(|(i, _)| i)
}

/// Most characters between one loose item's number and the next's: a list's items follow one
/// another within a paragraph's reach ([`LIST_ITEM_LOOKAHEAD`]).
const MAX_LOOSE_ITEM_GAP: usize = LIST_ITEM_LOOKAHEAD;

/// Where each item of a list numbered without stops starts in a flattened line (`…多渠道筹集。
/// 1政府补助。… 2集体扶持。… 3社会参与。…`, `一、市容管理 1流动摊贩管理 在…`): a number
/// ([`crate::document::numbering::loose_at_start`]) after a space or a sentence's end, counted
/// 1, 2, 3 in order with at most [`MAX_LOOSE_ITEM_GAP`] characters between them. A lone number
/// is any text's (`共 3 类`); a run from 1 is a list's.
///
/// Linear: each number is read once, and only where a space or a sentence's end comes before it.
fn loose_item_starts(s: &str, numbering: &Numbering) -> Vec<usize> {
    use crate::document::numbering::loose_at_start;
    let mut starts = Vec::new();
    // the run being read: where its items start, the last number and where (in characters)
    let mut run: Vec<usize> = Vec::new();
    let mut last = (0u32, 0usize);
    let mut before: Option<char> = None;
    let mut spaced_after: Option<char> = None;
    for (k, (i, c)) in s.char_indices().enumerate() {
        let prev = before;
        before = Some(c);
        if is_space(c) {
            spaced_after = spaced_after.or(prev);
            continue;
        }
        let solid = spaced_after.take().or(prev);
        if !c.is_ascii_digit() && !('０'..='９').contains(&c) {
            continue;
        }
        // after a space that follows Han text or a sentence, or straight after a sentence's end
        let opens = match (prev, solid) {
            (None, _) => true,
            (Some(p), Some(q)) if is_space(p) => is_han(q) || ends_sentence(q) || closes(q),
            (Some(p), _) => ends_sentence(p) || matches!(p, '；' | ';'),
        };
        if !opens {
            continue;
        }
        let Some(mark) = loose_at_start(&s[i..]) else {
            continue;
        };
        // (its number run into the word, as a list's is: `共 3 项` spaces a count; and no
        // outline's number after it: `…保障。2二、活动时间` is a page's number run in)
        let after =
            s[i..].trim_start_matches(|d: char| d.is_ascii_digit() || ('０'..='９').contains(&d));
        let glued = after
            .chars()
            .next()
            .is_some_and(|d| !is_space(d) && !matches!(d, '.' | '．'));
        if !glued || numbering.at_start(after).is_some() {
            continue;
        }
        if mark.value == 1 {
            if run.len() >= 2 {
                starts.append(&mut run);
            }
            run = vec![i];
            last = (1, k);
        } else if !run.is_empty() && mark.value == last.0 + 1 && k - last.1 <= MAX_LOOSE_ITEM_GAP {
            run.push(i);
            last = (mark.value, k);
        }
    }
    if run.len() >= 2 {
        starts.append(&mut run);
    }
    starts
}

/// The byte length of an attachment's label opening `s` (`附件2：`, `附件（年份）`, up to the title
/// after it), when `s` opens with one and goes on: not a sentence about the attachments
/// (`附件中`, `附件2所列任务…`).
pub fn attachment_label_len(s: &str) -> Option<usize> {
    // (its number, `附件2：`, then what follows the label)
    let rest = s
        .strip_prefix(ATTACHMENT_WORD)?
        .trim_start_matches(|c: char| c.is_ascii_digit());
    let after = rest.chars().next()?;
    let opens = matches!(after, '：' | ':' | '《' | '（')
        || is_space(after)
        || is_han(after) && !ATTACHMENT_REFERENCE_CHARS.contains(after);
    opens.then(|| {
        let title = rest
            .trim_start_matches(|c: char| is_space(c) || matches!(c, '：' | ':'))
            .trim_start_matches(is_space);
        s.len() - title.len()
    })
}

/// Longest addressee list before its colon (`各片区项目建设指挥部、区直各单位、区属各企业：`).
const MAX_ADDRESSEES_CHARS: usize = 60;
/// Fewest addressees a notice's list names: one unit and a colon is a unit's duties…
const MIN_ADDRESSEES: usize = 2;
/// …unless it is a class of units near the top of the page, where a notice's addressees stand
/// (`区直各单位: 现将《…》印发给你们`): after the page's title and date, never deep in its body.
const MAX_ADDRESSEES_OFFSET_CHARS: usize = 300;

/// Where the text after a notice's addressees starts when a piece opens with them and runs on
/// (`区直各单位，各片区开发管理局，驻岚各有关单位：建设…`): units (two or more, or one near the
/// page's top) separated by 、 or ，, one of them a class (`各…`, `区直各单位`, `…有关单位`), then the colon —
/// and no duty after it.
fn addressees_end(piece: &str, near_top: bool, hints: &dyn Hints) -> Option<usize> {
    let colon = piece
        .char_indices()
        .take(MAX_ADDRESSEES_CHARS + 1)
        .find(|(_, c)| matches!(c, '：' | ':' | '。' | '；'))
        .filter(|(_, c)| matches!(c, '：' | ':'))?
        .0;
    let names: Vec<&str> = piece[..colon]
        .split(['、', '，', ','])
        .map(|n| n.trim_matches(is_space))
        .collect();
    let after = colon + piece[colon..].chars().next().map_or(1, char::len_utf8);
    let rest = piece[after..].trim_start_matches(is_space);
    let class = names.iter().any(|n| n.contains('各') || n.contains("有关"));
    let listed = names.len() >= MIN_ADDRESSEES;
    // (near the top, units named one by one are addressees too: `澳前镇、潭城镇、岚城乡党委：根据…`;
    // one named unit there is a duty's, `办公室：牵头协调…`)
    let enough = if class {
        listed || near_top && names.len() == 1
    } else {
        listed && near_top
    };
    (enough
        && names
            .iter()
            .all(|n| !n.is_empty() && hints.looks_like_units(n))
        && !rest.is_empty()
        && !hints.opens_duties(rest))
    .then_some(after)
}

/// Where a dashed item starts after a sentence's end or a closing mark (`…进度。---确定…`,
/// `…（4月底前）——完成…`): the byte offset of its first dash.
fn dash_bullets(s: &str) -> impl Iterator<Item = usize> + '_ {
    let mut prev: Option<char> = None;
    let mut skip_to = 0;
    s.char_indices().filter_map(move |(i, c)| {
        let before = prev;
        if !is_space(c) {
            prev = Some(c);
        }
        if i < skip_to {
            return None;
        }
        let rest = after_dash_bullet(&s[i..])?;
        skip_to = s.len() - rest.len();
        let after_sentence = before
            .is_some_and(|b| ends_sentence(b) || closes(b) || matches!(b, '；' | ';' | '：' | ':'));
        let text = rest.chars().next().is_some_and(is_han);
        (after_sentence && text).then_some(i)
    })
}

/// Farthest back a bracket is looked for that a number stands in: a bracketed note or
/// reference (`（示例见附件2、附件3）`, `（岚综管〔2016〕97号文）`) is short.
const MAX_NOTE_BEFORE_NUMBER_CHARS: usize = 30;

/// Whether text whose characters run back from a number as `before` leaves the number inside a
/// bracket opened shortly before it and not closed (`（示例见附件2、…`): a reference, never an
/// item's number or a break.
fn in_open_bracket(before: impl Iterator<Item = char>) -> bool {
    for c in before.take(MAX_NOTE_BEFORE_NUMBER_CHARS) {
        match c {
            '（' | '(' => return true,
            c if closes(c) || matches!(c, '〉' | '。' | '；' | ';') => return false,
            _ => {}
        }
    }
    false
}

/// The end of a short bracketed note starting at `at` (`（此件公开发布）`), if there is one.
fn note_after(s: &str, at: usize) -> Option<usize> {
    let rest = s[at..].trim_start_matches(is_space);
    let start = s.len() - rest.len();
    if !rest.starts_with(['（', '(']) {
        return None;
    }
    rest.char_indices()
        .take(MAX_NOTE_CHARS)
        .find(|(_, c)| matches!(c, '）' | ')'))
        .map(|(i, c)| start + i + c.len_utf8())
}

fn push_cut(cuts: &mut Vec<usize>, at: usize, last_break: &mut usize) {
    cuts.push(at);
    *last_break = at;
}

fn could_start_mark(c: char) -> bool {
    c.is_ascii_digit()
        || ('０'..='９').contains(&c)
        || matches!(
            c,
            '一' | '二'
                | '三'
                | '四'
                | '五'
                | '六'
                | '七'
                | '八'
                | '九'
                | '十'
                | '（'
                | '('
                | '〔'
                | '第'
        )
        || ('①'..='⑳').contains(&c)
        || crate::document::numbering::is_single_char_mark(c)
}

/// Longest field label beside a space (`主体责任单位：`): the label and its value, or a value
/// and the next label of the same line, stay on one line.
const MAX_LABEL_CHARS: usize = 8;

/// Whether the white space at `k` follows a field's label and its colon (`牵头部门： 镇水利站`)
/// or comes before the next label (`镇水利站 协作部门：…`): a line of labelled fields, no
/// paragraph break.
fn beside_label(s: &str, chars: &[(usize, char)], k: usize, hints: &dyn Hints) -> bool {
    let colon = |j: usize| matches!(chars[j].1, '：' | ':');
    let text = |from: usize, to: usize| &s[chars[from].0..chars[to].0];
    // the label may be the end of a longer run of Han text (…管理。牵头部门：)
    let label_before = k > 0 && colon(k - 1) && {
        let run = (0..k - 1)
            .rev()
            .take(MAX_LABEL_CHARS)
            .take_while(|&j| is_han(chars[j].1))
            .last();
        run.is_some_and(|first| (first..k - 1).any(|j| hints.is_label(text(j, k - 1))))
    };
    let label_after = || {
        let Some(start) = (k..chars.len()).find(|&j| !is_space(chars[j].1)) else {
            return false;
        };
        (start..chars.len())
            .take(MAX_LABEL_CHARS + 1)
            .find(|&j| colon(j))
            .is_some_and(|end| hints.is_label(text(start, end)))
    };
    label_before || label_after()
}

/// Whether the white space at byte `at` stands between two column names (`…责任部门 完成时限
/// 一、…`): a flattened table's header, whose names stay on one line.
fn between_column_names(s: &str, at: usize, hints: &dyn Hints) -> bool {
    let before = s[..at].rsplit(is_space).next().unwrap_or("");
    let after = s[at..]
        .trim_start_matches(is_space)
        .split(is_space)
        .next()
        .unwrap_or("");
    let names = hints.column_names();
    let named = |w: &str| !w.is_empty() && names.iter().any(|n| n == w);
    named(before) && named(after)
}

/// The printed line's width, when the spaces between Han text fall at about one line's width
/// from each other (or a whole number of lines: not every wrap left a space), as where a PDF's
/// prose lines were run together with a space at each wrap: then a space inside a sentence
/// after a full line is a wrap, no break. A table's rows run together (cells without commas)
/// space their cells as evenly, so only prose counts: at least as many commas and stops as
/// spaces.
fn wrap_width(chars: &[(usize, char)]) -> Option<usize> {
    let spaces: Vec<usize> = (1..chars.len().saturating_sub(1))
        .filter(|&k| is_space(chars[k].1) && is_han(chars[k - 1].1) && is_han(chars[k + 1].1))
        .collect();
    let stops = chars
        .iter()
        .filter(|(_, c)| matches!(c, '，' | '。' | ','))
        .count();
    if spaces.len() < MIN_WRAP_SPACES || stops < spaces.len() {
        return None;
    }
    let gaps: Vec<usize> = spaces.windows(2).map(|w| w[1] - w[0]).collect();
    let mut sorted = gaps.clone();
    sorted.sort_unstable();
    // the line width: the smallest gap most gaps are near (the lower quartile, since gaps of
    // two or more lines are longer)
    let width = sorted[sorted.len() / 4];
    if !WRAP_WIDTHS.contains(&width) {
        return None;
    }
    // (a gap of many lines fits some whole number of them within its slack whatever it is:
    // only gaps of a few lines show the width)
    let on_a_line = gaps
        .iter()
        .filter(|&&g| {
            let lines = (g + width / 2) / width;
            (1..=MAX_WRAP_GAP_LINES).contains(&lines)
                && g.abs_diff(lines * width) <= WRAP_SLACK * lines
        })
        .count();
    (on_a_line * 10 >= gaps.len() * MIN_WRAP_SHARE_TENTHS).then_some(width)
}

/// Whether text is a number mark and nothing else (`（一）`, `三、`).
fn only_a_number(since: &str, numbering: &Numbering) -> bool {
    let t = since.trim_matches(is_space);
    numbering.at_start(t).is_some_and(|m| m.len >= t.len())
}

/// Whether the white space at `k` joins two paragraphs: Han text (or closing punctuation) on
/// both sides, and neither side a single spaced-out glyph.
fn space_joins_paragraphs(chars: &[(usize, char)], k: usize) -> bool {
    let before: Vec<char> = chars[..k].iter().rev().take(3).map(|c| c.1).collect();
    let mut after = chars[k..].iter().map(|c| c.1).skip_while(|c| is_space(*c));
    let Some(&b) = before.first() else {
        return false;
    };
    let ahead: Vec<char> = after.clone().take(5).collect();
    let Some(a) = after.next() else { return false };
    let a2 = after.next();
    let han_or_punct =
        |c: char| is_han(c) || ends_sentence(c) || closes(c) || matches!(c, '：' | '；');
    // a paragraph may open with a year (`…工作计划 2020年是…`)
    let opens_with_year =
        ahead.len() == 5 && ahead[..4].iter().all(char::is_ascii_digit) && ahead[4] == '年';
    if !(han_or_punct(b)
        && (is_han(a) || opens_with_year || matches!(a, '（' | '〔' | '“' | '《' | '【')))
    {
        return false;
    }
    // a spaced-out glyph: one Han character between spaces (工 作 任 务)
    let single_before = is_han(b) && before.get(1).is_none_or(|c| is_space(*c));
    let single_after = is_han(a) && a2.is_none_or(is_space);
    !(single_before || single_after)
}

/// Whether a number mark at `k` starts a paragraph, updating the outline state if it does.
fn accept(
    chars: &[(usize, char)],
    k: usize,
    mark: &NumberMark,
    levels: &mut [Level; 8],
    after_heading: bool,
    list: ListOpening,
) -> bool {
    let paragraph_list = list.of_sentences;
    let style = mark.style;
    let depth = style.depth() as usize - 1;
    let prev = chars[..k].iter().rev().map(|c| c.1).next();
    let prev_solid = solid_before(chars, k);
    let spaced = prev.is_none_or(is_space);
    let strong = spaced || prev_solid.is_some_and(|c| ends_sentence(c) || closes(c));
    let level = levels[depth];
    let continues = level.last.is_some_and(|l| mark.value == l + 1);
    // `包括：1.…；2.…` is a list inside a sentence; but when its first item opened a paragraph
    // of its own, the items after `；` are paragraphs too (`五、工作内容1.X负责…；2.Y负责…`)
    let semicolon = prev_solid.is_some_and(|c| matches!(c, '；' | ';'));
    let inline_list = matches!(
        style,
        NumberStyle::Arabic | NumberStyle::ArabicParen | NumberStyle::Circled
    ) && !spaced
        && (!semicolon || !continues)
        && !paragraph_list
        && prev_solid.is_some_and(|c| matches!(c, '：' | ':' | '；' | ';' | '，' | ',' | '、'));
    if inline_list || in_open_bracket(chars[..k].iter().rev().map(|c| c.1)) {
        return false;
    }
    // after letters or digits a number is part of a code (G318.1), unless a heading numeral
    // continues the outline (`…名单如下：Xxxx五、职责分工`, masked text before it, or
    // `邮政编码：350400（二）公开范围`)
    let heading_runs_on = continues
        && matches!(style, NumberStyle::Chinese | NumberStyle::ChineseParen)
        && prev_solid.is_some_and(|c| c.is_ascii_alphanumeric());
    // (nor after the year a site appends to the title a plan's first heading runs into:
    // `…活动方案2025一、前言`)
    let first_heading = after_heading
        && mark.value == 1
        && matches!(style, NumberStyle::Part | NumberStyle::Chinese);
    if prev_solid.is_some_and(|c| c == '第' || c.is_ascii_alphanumeric())
        && !spaced
        && !heading_runs_on
        && !first_heading
    {
        return false;
    }
    // a number repeated or a few skipped after a sentence end is a slip in the source (（三）
    // followed by （三） or （六）), not prose
    let gap = level
        .last
        .is_some_and(|l| mark.value == l || mark.value > l + 1 && mark.value <= l + 1 + MAX_GAP);
    // (…or a list of sentences a colon introduces as such, a new list under the last item of
    // one at the same style: `主要任务如下：1.梳理…。2.编制…` after `1.…4.…`)
    // (…or a bracketed outline starting over under a heading whose numeral the page lost:
    // `…（三）道路绿化…配合做好专项整治工作（一）配合区执法局…（二）…`)
    let starts =
        mark.value == 1 && (level.last.is_none() || level.fresh || list.introduced || list.outline);
    // an excerpt may open in the middle of a list: a first number after a sentence end, or
    // under a heading when the numbers run on through the sections (`二、…回应2.扎实推进…`)
    let opens = level.last.is_none() && (strong || after_heading);
    // (a heading's number after a half-width colon too: `…工作方案如下:一、工作目标`, and so
    // does a list a half-width colon announces: `…现将有关事项通知如下:1、持续强化…。`)
    let heading_style = matches!(style, NumberStyle::Chinese | NumberStyle::ChineseParen);
    let after_colon = prev_solid.is_some_and(|c| {
        matches!(c, '：' | '；') || (heading_style || list.introduced) && matches!(c, ':' | ';')
    });
    let ok = if continues {
        strong
            || after_colon
            || after_heading
            || !matches!(style, NumberStyle::Chinese)
            || prev_solid.is_some_and(is_han)
            || heading_runs_on
    } else if starts {
        strong || after_heading || after_colon || list.outline
    } else {
        gap && (strong || after_heading) || opens
    };
    if ok {
        levels[depth] = Level {
            last: Some(mark.value),
            fresh: false,
        };
        for deeper in levels.iter_mut().skip(depth + 1) {
            deeper.fresh = true;
        }
    }
    ok
}

/// How a number opening a list stands after the text before it.
#[derive(Clone, Copy)]
struct ListOpening {
    /// Its item 1 after a colon ends a sentence before item 2 begins (see
    /// [`list_of_sentences`]).
    of_sentences: bool,
    /// …and the clause before the colon announces a list (`主要任务如下：`).
    introduced: bool,
    /// It is a bracketed （一） whose （二） follows within a paragraph's reach (see
    /// [`outline_follows`]).
    outline: bool,
}

/// Words announcing the list after a colon (`…的主要任务如下：`, `具体安排以下：`).
const LIST_INTRO_WORDS: [&str; 2] = ["如下", "以下"];

/// Whether the text before a list's item 1 ends in a clause announcing it (`…如下：`).
fn introduced_list(before: &str) -> bool {
    let t = before.trim_end_matches(is_space);
    let Some(t) = t.strip_suffix(['：', ':']) else {
        return false;
    };
    let clause = t.rsplit(['。', '；', ';', '，', ',']).next().unwrap_or(t);
    LIST_INTRO_WORDS.iter().any(|w| clause.contains(w))
}

/// Whether a list opening after a colon at `k` (`工作任务：1.开展…。2.加强…`) is a list of
/// paragraphs: its item 1 ends a sentence before item 2 begins. A list inside a sentence
/// (`包括：1.重点区域；2.重点车辆`) is not.
fn list_of_sentences(
    s: &str,
    chars: &[(usize, char)],
    k: usize,
    mark: &NumberMark,
    numbering: &Numbering,
) -> bool {
    let prev_solid = solid_before(chars, k);
    if mark.value != 1 || !prev_solid.is_some_and(|c| matches!(c, '：' | ':')) {
        return false;
    }
    second_item(s, chars, k, mark, numbering).is_some_and(|j| {
        let before = solid_before(chars, j);
        before.is_some_and(|c| ends_sentence(c) || closes(c))
    })
}

/// The last character before index `k` of `chars` that is not white space.
fn solid_before(chars: &[(usize, char)], k: usize) -> Option<char> {
    chars[..k].iter().rev().map(|c| c.1).find(|c| !is_space(*c))
}

/// Whether the （一） at `k` opens an outline's items though a word runs into it (`…实施专项
/// 整治工作(一)建筑施工场地专项整治…(二)小街巷专项整治…`, a page that lost the numerals of its
/// headings and its breaks): its （二） follows within a paragraph's reach, not after a list's
/// separator. A bracketed 一 in a sentence (`第(一)项`, after 第, is ruled out before) has no
/// （二） after it, or one after `、`.
fn outline_follows(
    s: &str,
    chars: &[(usize, char)],
    k: usize,
    mark: &NumberMark,
    numbering: &Numbering,
) -> bool {
    if mark.value != 1 || mark.style != NumberStyle::ChineseParen {
        return false;
    }
    // (a list inside a sentence separates its items so: `包括(一)文字解读、(二)图表图解`)
    second_item(s, chars, k, mark, numbering).is_some_and(|j| {
        let before = solid_before(chars, j);
        !before.is_some_and(|c| LIST_ITEM_SEPARATORS.contains(c))
    })
}

/// What separates the items of a list written inside a sentence (`(一)…、(二)…`).
const LIST_ITEM_SEPARATORS: &str = "、，,；;：:";

/// Where (as an index into `chars`) the item 2 of the list whose item 1 is `mark` at `k` starts,
/// if it does within a paragraph's reach ([`LIST_ITEM_LOOKAHEAD`]).
fn second_item(
    s: &str,
    chars: &[(usize, char)],
    k: usize,
    mark: &NumberMark,
    numbering: &Numbering,
) -> Option<usize> {
    (k + 1..chars.len().min(k + LIST_ITEM_LOOKAHEAD)).find(|&j| {
        let (i, c) = chars[j];
        could_start_mark(c)
            && numbering
                .at_start(&s[i..])
                .is_some_and(|next| next.style == mark.style && next.value == 2)
    })
}

/// The style of the heading the text since the last break is, when it is only a heading's
/// number and a short title.
fn heading_only(since: &str, numbering: &Numbering) -> Option<NumberStyle> {
    let t = since.trim_matches(is_space);
    let n = t.chars().count();
    // a title may pair two phrases with a comma (突出政治建设，全面夯实思想根基), never two
    // sentences
    if n == 0 || n > HEADING_TITLE_MAX || t.contains(['。', '；', '：', ';', ':']) {
        return None;
    }
    numbering.at_start(t).map(|m| m.style)
}

/// Start of a signature (an organ's name) right before a date at `date`, if there is one.
fn signature_before(s: &str, date: usize, hints: &dyn Hints) -> Option<usize> {
    let head = s[..date].trim_end_matches(is_space);
    let mut start = head.len();
    let mut n = 0;
    for (i, c) in head.char_indices().rev() {
        if ends_sentence(c) || closes(c) || matches!(c, '；' | '：' | ';' | ':') || is_space(c) {
            break;
        }
        start = i;
        n += 1;
        if n > SIGNATURE_MAX_CHARS {
            return None;
        }
    }
    let name = &head[start..];
    let last = name.chars().next_back()?;
    (n >= 3
        && name
            .chars()
            .all(|c| is_han(c) || matches!(c, '（' | '）' | '(' | ')'))
        && hints.is_organ_suffix(last))
    .then_some(start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::dialects::tests::TestHints;

    #[test]
    fn a_line_running_its_items_together_splits_at_each_next_number() {
        let run = |s: &str| -> Vec<String> {
            split_run_on_items(vec![Text::standalone(s)], &Numbering::new())
                .iter()
                .map(|t| t.as_str().to_owned())
                .collect()
        };
        assert_eq!(
            run("1、及时做好目录修订。2、建立健全工作机制，完善制度。3、加强网站建设。"),
            [
                "1、及时做好目录修订。",
                "2、建立健全工作机制，完善制度。",
                "3、加强网站建设。"
            ]
        );
        // a half-width semicolon ends an item too
        assert_eq!(
            run("1.研究审定主题党日方案;2.分析一季度目标完成进度;3.部署志愿服务活动。"),
            [
                "1.研究审定主题党日方案;",
                "2.分析一季度目标完成进度;",
                "3.部署志愿服务活动。"
            ]
        );
        // a PDF's text may space the next item off (and print it in the other arabic style)
        assert_eq!(
            run("1.起草考核 办法。修订工作制度。 2.组建团校。"),
            ["1.起草考核 办法。修订工作制度。", "2.组建团校。"]
        );
        assert_eq!(run("3、开展专题 活动。 4. 建设校园电视台。").len(), 2);
        // …but a table's cell keeps its items, spaced, in one cell
        assert_eq!(run("1.制定工作计划。 2.参加工作会议。 |").len(), 1);
        assert_eq!(run("1.制定工作计划。 2.参加工作会议。").len(), 1);
        // a number inside a sentence, or one out of sequence, stays
        assert_eq!(run("1、完成第2、3项工作。5、另行安排。").len(), 1);
        // a line that does not open with a number stays
        assert_eq!(run("做好工作。2、建立机制。").len(), 1);
        // a title run into the list it heads is cut off before its first number
        assert_eq!(
            run("县教育局2024年工作要点1.全面坚持党的领导。2 .全面落实立德树人根本任务。"),
            [
                "县教育局2024年工作要点",
                "1.全面坚持党的领导。",
                "2 .全面落实立德树人根本任务。"
            ]
        );
        // …but not when no list runs on after it
        assert_eq!(run("根据工作安排1.加强组织领导。").len(), 1);
        // a preamble that runs on into the list: cut at the first item after a sentence, when
        // the second follows after one too
        assert_eq!(
            run("做好全省工作，奠定坚实基础。(一)压紧压实粮食安全责任。全面落实党政同责。(二)健全收益保障机制。"),
            [
                "做好全省工作，奠定坚实基础。",
                "(一)压紧压实粮食安全责任。全面落实党政同责。",
                "(二)健全收益保障机制。"
            ]
        );
        assert_eq!(run("奠定坚实基础。(一)压紧压实粮食安全责任。").len(), 1);
        // …or after the colon that introduces the list
        // (numerals listed after a colon open no list: `划分为：一、二、三级。`)
        assert_eq!(
            run("风险等级划分为：一、二、三级。二、实施阶段。开展免疫。").len(),
            1
        );
        assert_eq!(
            run("春防工作即日开始。具体安排如下：一、准备阶段。制定方案。二、实施阶段。开展免疫。"),
            [
                "春防工作即日开始。具体安排如下：",
                "一、准备阶段。制定方案。",
                "二、实施阶段。开展免疫。"
            ]
        );
    }

    #[test]
    fn a_whole_about_title_ends_where_the_text_starts() {
        let t = "关于做好二〇二三年全面推进乡村振兴重点工作的实施意见";
        assert!(closes_about_title(t, "江苏是鱼米之乡", &TestHints));
        // the name goes on
        assert!(!closes_about_title(t, "的起草说明", &TestHints));
        assert!(!closes_about_title(t, "（2024—2026年）", &TestHints));
        assert!(!closes_about_title(t, "政策解读一、起草背景", &TestHints));
        assert!(!closes_about_title(
            "关于做好乡村振兴工作的意见和建议汇编材料",
            "一",
            &TestHints
        ));
        assert!(!closes_about_title(
            "县水利局2020年工作计划",
            "2020年是",
            &TestHints
        ));
    }

    #[test]
    fn a_flattened_page_breaks_before_dashed_items_and_a_list_announced_after_another() {
        let body =
            "根据上级主管部门的要求，梳理我区对应的权力事项，通过门户网站向社会公开。".repeat(3);
        let s = format!(
            "（一）承接试点1.区经济发展局：行政征收网上公开。2.区社会事业局：科技奖励网上公开。\
             相关单位的主要任务如下：1.梳理公开事项目录（5月底前完成）。{body}\
             2.编制权力运行流程图（示例见附件2、附件3）。{body}\
             （二）推行区级公开1.准备阶段（2015年4月-6月）该阶段是关键环节。\
             ---确定权力清单（4月底前）。{body}---优化运行流程（5月底前）。{body}\
             邮政编码：350400（三）公开范围{body}\
             （四）加快居民搬迁。按照《关于印发搬迁方案的通知》（岚综管〔2016〕97号文）要求，尽快制订方案。"
        );
        let p = pieces(&s);
        assert_eq!(
            openings(&p, 6),
            [
                "（一）承接试",
                "1.区经济发",
                "2.区社会事",
                "1.梳理公开",
                // (no break at the 2、 inside a bracketed note)
                "2.编制权力",
                "（二）推行区",
                "1.准备阶段",
                "---确定权",
                "---优化运",
                // (a heading numeral continues after the digits of a code)
                "（三）公开范",
                // (no break after a 发文字号 cited in brackets)
                "（四）加快居",
            ],
            "{p:?}"
        );
    }

    #[test]
    fn a_bracketed_outline_run_into_the_words_before_it_breaks_when_its_next_item_follows() {
        // a page that lost the numerals of its headings and its breaks: each （一） runs into the
        // heading's words, and the second list starts over under another lost heading
        let body = "要求施工企业创建文明施工场地，做到施工场地围档、净车出场、安全施工。".repeat(4);
        let s = format!(
            "局机关各科室：为做好创建工作，现制定实施方案：实施专项整治工作(一)建筑施工场地整治{body}\
             (二)小街巷专项整治{body}(三)道路绿化{body}配合做好专项整治工作(一)配合区执法局做好保洁{body}\
             (二)配合区交通局做好户外广告整治{body}"
        );
        assert_eq!(
            openings(&pieces(&s), 5),
            [
                "局机关各科",
                "为做好创建",
                "(一)建筑",
                "(二)小街",
                "(三)道路",
                "(一)配合",
                "(二)配合"
            ],
        );
        // a bracketed 一 with no 二 after it is a sentence's, and so is a list its 、 separates
        let one = format!("按照规定第(一)项要求{body}符合下列情形(一)款的，依法处理。{body}{body}");
        assert_eq!(pieces(&one).len(), 1, "{:?}", pieces(&one));
        let inline = format!(
            "{body}{body}解读形式主要包括(一)文字解读、(二)图表图解、(三)视频动漫等。{body}{body}"
        );
        assert_eq!(pieces(&inline).len(), 1, "{:?}", pieces(&inline));
    }

    #[test]
    fn a_number_spaced_from_its_title_stays_with_it() {
        // `（一） 前期准备阶段（1-4月份）`: the space after the number is no paragraph's end
        let body =
            "根据上级主管部门的要求，梳理我区对应的权力事项，通过门户网站向社会公开。".repeat(3);
        let s = format!(
            "一、 目标任务{body}二、 工作内容（一） 前期准备阶段（1-4月份）1. 组建招商小分队。{body}\
             2. 片区资源调查。{body}（二） 宣传推介阶段（5-9月份）举办两期招商推介会。{body}"
        );
        let p = pieces(&s);
        assert_eq!(
            openings(&p, 8),
            [
                "一、 目标任务根",
                "二、 工作内容",
                "（一） 前期准备",
                "1. 组建招商小",
                "2. 片区资源调",
                "（二） 宣传推介"
            ],
            "{p:?}"
        );
    }

    #[test]
    fn a_list_after_a_label_without_an_announcing_word_stays_in_its_item() {
        let body = "强化统计数据质量内控机制和外部监督，严肃问责统计造假责任单位。".repeat(8);
        let s = format!(
            "一、聚焦问题6.开展专项治理。{body}7.整治作风问题。{body}整改措施：1.强化干部职工思想教育。\
             2.强化机关效能建设。责任领导：张三二、聚焦统计造假8.规范统计行为。{body}"
        );
        let p = pieces(&s);
        assert_eq!(p.len(), 5, "{p:?}");
        assert!(p[2].ends_with("责任领导：张三"), "{p:?}");
        assert!(p[4].starts_with("8.规范统计行为"), "{p:?}");
    }

    #[test]
    fn a_list_a_half_width_colon_announces_opens_at_its_first_item() {
        let body = "各单位各部门要立即成立检查组,对所管辖的生产经营单位实行分片包干。".repeat(6);
        let s = format!(
            "区安委会成员单位:为加强全国两会期间的安全生产工作,现将有关事项通知如下:\
             1、持续强化隐患排查治理。{body}2、持续做好值班值守。{body}3、加强安全宣传教育。{body}"
        );
        let p = openings(&pieces(&s), 6);
        assert_eq!(
            p,
            ["区安委会成员", "1、持续强化", "2、持续做好", "3、加强安全"]
        );
        // (a list inside a sentence after a half-width colon stays: `包括:1.…;2.…`)
        let inline = format!("一、工作任务。{body}重点检查内容包括:1.重点区域;2.重点车辆。{body}");
        assert!(pieces(&inline)
            .iter()
            .any(|p| p.contains("包括:1.重点区域;2.重点车辆")));
    }

    #[test]
    fn a_flattened_page_breaks_before_a_paragraph_opening_with_a_year() {
        let body = "健全社区常态化防控工作队伍，变运动式防控为常态化治理。".repeat(8);
        let s = format!(
            "2020年街道下半年工作计划 2020年是全面建成小康之年。一、慎终如始，把好防控关口。{body}二、融合发展，完善社会治理体系。{body}三、最优营商，扩大机制联动成效。{body}"
        );
        let p = pieces(&s);
        assert_eq!(p[0], "2020年街道下半年工作计划");
        assert!(p[1].starts_with("2020年是"), "{p:?}");
        assert_eq!(p.len(), 5, "{p:?}");
    }

    #[test]
    fn a_flattened_page_breaks_before_items_numbered_in_tortoise_shell_brackets() {
        let body = "高标准推动基层文化基础设施建设，打造典型样板。".repeat(6);
        let s = format!(
            "一、打造乡村文化振兴样板 〔一〕针对问题，突出重点打造。{body} 〔二〕突出效能提升。{body} 二、抓好文化市场管理 〔一〕加强日常监管。{body}"
        );
        let p = pieces(&s);
        assert_eq!(p.len(), 5, "{p:?}");
        // …also where no space parts them, by the numbers' sequence
        let joined = pieces(&s.replace(" 〔", "〔"));
        assert_eq!(joined.len(), 5, "{joined:?}");
        assert!(joined[2].starts_with("〔二〕突出效能提升"), "{joined:?}");
        assert_eq!(p[0], "一、打造乡村文化振兴样板");
        assert!(p[1].starts_with("〔一〕针对问题"), "{p:?}");
        assert!(p[2].starts_with("〔二〕突出效能提升"), "{p:?}");
        assert!(p[4].starts_with("〔一〕加强日常监管"), "{p:?}");
    }

    /// The first `n` characters of each piece.
    fn openings(pieces: &[String], n: usize) -> Vec<String> {
        pieces.iter().map(|p| p.chars().take(n).collect()).collect()
    }

    fn pieces(s: &str) -> Vec<String> {
        let lines = reflow(
            vec![Text::standalone(s)],
            &Numbering::new(),
            &crate::document::dialects::tests::TestHints,
        );
        lines
            .iter()
            .filter(|l| !l.is_blank())
            .map(|l| l.as_str().to_owned())
            .collect()
    }

    fn long(s: &str) -> String {
        // pad to a flattened page's length with a sentence that holds no structure
        format!("{s}{}", "本段为填充文字，用于达到整页长度。".repeat(80))
    }

    #[test]
    fn a_page_of_just_over_a_pages_length_in_characters_breaks_whatever_its_bytes() {
        // a page excerpt with half-width punctuation: 400 characters, under 1,200 bytes
        let item = "各村(居)要利用标语,通告,会议等多种形式开展防火宣传,一律不得燃放鞭炮。";
        let s = format!(
            "为切实做好清明节期间的森林防火工作,特制定本方案。一、防火宣传1.{item}{item}2.{item}{item}3.{item}{item}4.{item}{item}{item}{item}"
        );
        assert!(s.chars().count() >= FLAT_MIN_CHARS && s.len() < FLAT_MIN_CHARS * 3);
        let p = pieces(&s);
        assert_eq!(p.len(), 6, "{p:?}");
        assert_eq!(p[1], "一、防火宣传");
        assert!(p[2].starts_with("1.各村"));
        assert!(p[5].starts_with("4.各村"));
    }

    #[test]
    fn numbers_that_continue_the_outline_break_the_line() {
        let p = pieces(&long(
            "一、总体要求（一）推进公开1.全面公开权力清单省编办省直各部门通过网站展示。2.推动市县公开清单3.政府部门取消事项的公开（二）推进监管4.依法公开",
        ));
        assert_eq!(p[0], "一、总体要求");
        assert_eq!(p[1], "（一）推进公开");
        assert_eq!(p[2], "1.全面公开权力清单省编办省直各部门通过网站展示。");
        assert_eq!(p[3], "2.推动市县公开清单");
        assert_eq!(p[4], "3.政府部门取消事项的公开");
        assert_eq!(p[5], "（二）推进监管");
        assert!(p[6].starts_with("4.依法公开"));
    }

    #[test]
    fn a_first_heading_after_a_half_width_colon_breaks_the_line() {
        let p = pieces(&long(
            "结合县农发局工作职能，现制订某县农村环境治理工作方案如下:一、工作目标（一）落实秸秆禁烧要求。（二）加强农村沼气建设。二、工作内容",
        ));
        assert!(p.iter().any(|x| x == "一、工作目标"), "{p:?}");
        // (an inline list after a half-width colon stays in its sentence)
        let p = pieces(&long(
            "包括以下内容:1.公开清单；2.公开程序。一、工作目标（一）落实",
        ));
        assert!(!p.iter().any(|x| x.starts_with("1.公开")), "{p:?}");
    }

    #[test]
    fn a_heading_numeral_after_masked_letters_breaks_but_a_code_does_not() {
        let p = pieces(&long(
            "一、指导思想坚持疏堵结合。二、整治范围xx三、组织机构成员名单如下：Xxxx四、职责分工（一）农业部门：要采取有效措施，执行标准GB二、按国标执行。",
        ));
        assert!(p.iter().any(|x| x.starts_with("三、组织机构")), "{p:?}");
        assert!(p.iter().any(|x| x.starts_with("四、职责分工")), "{p:?}");
        // letters before a numeral that does not continue the outline are a code's
        assert!(!p.iter().any(|x| x.starts_with("二、按国标")), "{p:?}");
    }

    #[test]
    fn repeated_numbers_and_numbers_running_on_under_a_heading_break() {
        // a number repeated after a sentence end is a slip in the source; under a heading, the
        // first number of a list that runs on through the sections opens a paragraph
        let p = pieces(&long(
            "附件工作任务牵头单位说明。二、推进政策解读回应2.扎实推进采购公开区财政局负责，年底前完成。3.推进许可公开区政府办公室负责。3.推进处罚公开区司法局负责。",
        ));
        assert!(
            p.iter().any(|x| x.starts_with("2.扎实推进采购公开")),
            "{p:?}"
        );
        assert!(p.iter().any(|x| x.starts_with("3.推进许可公开")), "{p:?}");
        assert!(p.iter().any(|x| x.starts_with("3.推进处罚公开")), "{p:?}");
        // a repeated number right after a heading opens its paragraph too
        let p = pieces(&long(
            "附件工作任务牵头单位说明。二、深化解读5.做好减税公开区民政局负责，年底前完成。三、完善制度5.推进采购解读区数据局负责，年底前完成。",
        ));
        assert_eq!(p.iter().filter(|x| x.starts_with("5.")).count(), 2, "{p:?}");
    }

    #[test]
    fn inline_lists_and_words_do_not_break() {
        let p = pieces(&long(
            "（一）建设乡村实施项目：1、示范乡；2、示范村；3、村庄整治。责任分工：区规划局负责。（二）统一、规范管理。12.加强利用 1.建设平台。2.提供服务。13.开展导航",
        ));
        assert!(p[0].starts_with("（一）建设乡村实施项目：1、示范乡；2、示范村；3、村庄整治。"));
        assert!(p[1].starts_with("（二）统一、规范管理。"), "{p:?}");
        assert!(p[2].starts_with("12.加强利用"), "{p:?}");
        assert!(p[2].contains("1.建设平台。2.提供服务。"), "{p:?}");
        assert!(p[3].starts_with("13.开展导航"));
    }

    #[test]
    fn white_space_between_paragraphs_and_signatures_break() {
        let p = pieces(&long(
            "请认真组织实施。 各地区要加强领导。 福建省人民政府办公厅 2016年5月27日 2016年任务分解表工 作 任 务牵头单位",
        ));
        assert_eq!(p[0], "请认真组织实施。");
        assert_eq!(p[1], "各地区要加强领导。");
        assert_eq!(p[2], "福建省人民政府办公厅");
        assert_eq!(p[3], "2016年5月27日");
        assert!(p[4].starts_with("2016年任务分解表工 作 任 务牵头单位"));
    }

    #[test]
    fn a_numbered_stage_after_a_sentence_opens_its_own_paragraph() {
        let p = pieces(&long(
            "一、指导思想以办好人民教育为目标。二、工作目标新建小学新校区。\
             第一阶段(2022年1月至3月)。教育部门完成新建项目招投标。\
             第二阶段(2022年4月)。新校区项目开工建设。第十阶段：总结验收。",
        ));
        assert_eq!(
            openings(&p, 4)[..5],
            ["一、指导", "二、工作", "第一阶段", "第二阶段", "第十阶段"],
            "{p:?}"
        );
        // a stage named inside a sentence goes on
        let p = pieces(&long(
            "一、工作任务1.排查隐患。2.分类整治。3.长效管理，进入第二阶段后开展验收。",
        ));
        assert!(p[3].contains("进入第二阶段后"), "{p:?}");
    }

    #[test]
    fn a_list_numbered_without_stops_opens_a_paragraph_at_each_number_in_turn() {
        let p = pieces(&long(
            "二、资金筹集 农村改厕所需资金,多渠道筹集。 1政府补助。省财政安排补助资金。 \
             2集体扶持。村集体经济组织给予扶持。3社会参与。有关部门给予帮助。 \
             三、市容管理 1流动摊贩管理 规划适当的场所。 2“牛皮癣”小广告治理 双管齐下。",
        ));
        assert_eq!(
            openings(&p, 4),
            [
                "二、资金",
                "农村改厕",
                "1政府补",
                "2集体扶",
                "3社会参",
                "三、市容",
                "1流动摊",
                "规划适当",
                "2“牛皮",
                "双管齐下"
            ],
            "{p:?}"
        );
        // a lone number is a count's (`共 3 类`), a page's number runs into the outline's
        // (`…保障。2二、…`), and numbers out of turn are no list
        let p = pieces(&long(
            "一、总体要求为持续好转提供有力保障。2二、活动时间 全年共 3 类活动。 \
             2开展宣传。 4开展培训。",
        ));
        assert!(p.iter().all(|x| !x.starts_with(['2', '3', '4'])), "{p:?}");
    }

    #[test]
    fn an_attachment_after_a_sentence_opens_its_own_paragraph() {
        let p = pieces(&long(
            "一、工作任务1.排查隐患。2.分类整治。3.长效管理。各单位要加强领导。\
             附件部门主要职责分工表序号部门主要职责分工1区公安局负责指导旅馆业。",
        ));
        assert_eq!(p[3], "3.长效管理。各单位要加强领导。", "{p:?}");
        assert!(p[4].starts_with("附件部门主要职责分工表"), "{p:?}");
        // a sentence about the attachments goes on
        let p = pieces(&long(
            "一、工作任务1.排查隐患。2.分类整治。3.长效管理。附件所列单位要按时报送。",
        ));
        assert!(p[3].contains("附件所列单位"), "{p:?}");
        let p = pieces(&long(
            "一、工作任务1.排查隐患。2.分类整治。3.长效管理。附件2所列任务由区发改局牵头。",
        ));
        assert!(p[3].contains("附件2所列任务"), "{p:?}");
    }

    #[test]
    fn spaces_where_a_pdfs_lines_wrapped_join_the_sentence() {
        // a page whose printed lines were run together with a space at each wrap, about one
        // line (twelve characters here) apart: only a space after a sentence's end breaks
        let line = "全镇各村要认真做好春耕生产 准备工作确保不误农时各村 要加强宣传引导提高群众认识 积极组织农户开展备耕生产 切实落实各项惠农政策措施 确保粮食种植面积稳定增长 力争全年粮食生产再获丰收 各村要落实好责任分工安排。";
        let p = pieces(&long(&format!(
            "一、工作任务{line}二、工作措施{line}三、工作要求{line}四、保障措施{line}"
        )));
        assert!(p[0].starts_with("一、工作任务全镇各村"), "{p:?}");
        assert!(p[0].ends_with("各村要落实好责任分工安排。"), "{p:?}");
        assert!(p[1].starts_with("二、工作措施"), "{p:?}");
        // spaces at no line's width are where paragraphs were joined
        let p = pieces(&long(
            "一、工作任务做好准备 二、工作措施加强宣传引导 三、工作要求落实责任 各村要提高认识",
        ));
        assert!(p.iter().any(|x| x.starts_with("各村要提高认识")), "{p:?}");
    }

    #[test]
    fn a_few_spaces_far_apart_show_no_wrapped_lines() {
        // a site's chrome spaces its title, date and sharing links a line's width apart or so,
        // then the body runs on unspaced: a gap of a hundred lines fits some whole number of
        // lines within its slack, and shows no width
        let page = long(
            "当前位置： 首页政务公开最新文件区管委会办公室文件 关于印发《某区交通安全综合整治行动方案》的通知 \
             时间：2015-07-23 09:26 微信 微博 QQ空间 岚综管办〔2015〕143号各有关单位：现将方案印发给你们。",
        );
        let p = pieces(&format!(
            "{page}（联系人：吴朗 联系电话：2310000）来源：中国平潭 附件下载"
        ));
        assert!(p.iter().any(|x| x.starts_with("时间：2015-07-23")), "{p:?}");
    }

    #[test]
    fn a_tables_rows_run_together_are_no_wrapped_prose() {
        // cells spaced as evenly as wrapped lines, but without commas: not a PDF's prose
        let rows: String = (1..=12)
            .map(|n| format!("{n} 新建城区公办幼儿园两所 县教育局 2024年9月底 "))
            .collect();
        let chars: Vec<(usize, char)> = rows.char_indices().collect();
        assert_eq!(wrap_width(&chars), None);
        // …and in wrapped prose, a short line (a heading's) still ends its paragraph
        let line = "全镇各村要认真做好春耕生产，准备工作确保不误农时 各村要加强宣传引导提高群众认识，积极组织农户 开展备耕生产切实落实各项惠农政策措施，确保粮 食种植面积稳定增长力争全年粮食生产再获丰收。";
        let p = pieces(&long(&format!(
            "一、工作目标 {line}二、工作措施 {line}三、工作要求 {line}四、保障措施 {line}"
        )));
        assert!(p.contains(&"一、工作目标".to_owned()), "{p:?}");
    }

    #[test]
    fn a_line_of_labelled_fields_stays_whole() {
        let p = pieces(&long(
            "一、强化水资源保护1.持续实施双控行动。牵头单位：区水利局 责任单位：区城建局、区环保局 完成时限：年底前。2.落实节水行动。牵头单位：区水利局 责任单位：区农业局。二、严格岸线管控3.推动专项行动。牵头单位：区水利局。三、加强污染防治4.加大查处力度。",
        ));
        assert!(
            p.iter().any(|x| x
                == "1.持续实施双控行动。牵头单位：区水利局 责任单位：区城建局、区环保局 完成时限：年底前。"),
            "{p:?}"
        );
        // a value run into the next label is no unit's paragraph of duties (`…：阮斌副局长
        // 牵头单位：建工科`)
        let glued = pieces(&long(
            "一、建筑施工场地专项整治。要求施工企业文明施工。责任单位：阮斌副局长牵头单位：建工科、安全站。二、小街巷专项整治。对路面坑洼开展整治。责任单位：王元灿副局长牵头单位：城建科。三、道路绿化。做好行道树修剪。",
        ));
        assert!(
            !glued
                .iter()
                .any(|x| x.starts_with("阮斌") || x.starts_with("王元灿")),
            "{glued:?}"
        );
    }

    #[test]
    fn a_title_under_a_share_notice_is_cut_from_the_first_sentence() {
        let lines = split_glued_title(
            vec![
                Text::standalone("《2023年春耕生产方案.docx》由会员分享，可在线阅读。"),
                Text::standalone("2023年春耕生产方案为深入推进全镇春耕生产工作，特制定本方案。"),
            ],
            &Numbering::new(),
            &crate::document::dialects::tests::TestHints,
        );
        let got: Vec<&str> = lines.iter().map(|l| l.as_str()).collect();
        assert_eq!(got[1], "2023年春耕生产方案");
        assert!(got[2].starts_with("为深入推进"), "{got:?}");
    }

    #[test]
    fn a_heading_splits_from_its_first_sub_item_only() {
        let numbering = Numbering::new();
        let cut = |s: &'static str| sub_item_after_heading(s, &numbering).map(|i| &s[i..]);
        assert_eq!(
            cut("三、活动内容 （一）宣传发动 以…"),
            Some("（一）宣传发动 以…")
        );
        assert_eq!(
            cut("（一）宣传报道 1、6月1日上午，召开新闻发布会。"),
            Some("1、6月1日上午，召开新闻发布会。")
        );
        assert_eq!(
            cut("三、组织阶段:(1)组织协调辖区环卫站，加大力度。"),
            Some("(1)组织协调辖区环卫站，加大力度。")
        );
        assert_eq!(cut("二、工作目标：1.到2025年建成"), Some("1.到2025年建成"));
        assert_eq!(
            cut("3.丽景花园二期:(1)车辆乱停乱放;(2)杂物乱堆乱放。"),
            None
        );
        // a label's value is no sub-item (`1个`), nor a list of numbers (`1、2季度`)
        assert_eq!(cut("二、完成时限：1、2季度"), None);
        // two words of one heading, a body after a heading, a second item: no cut
        assert_eq!(cut("一、高度重视 迅速行动。接到反馈后"), None);
        assert_eq!(cut("一、目标任务 围绕成功创建文明城市"), None);
        assert_eq!(cut("一、活动内容 （二）环境整治"), None);
        assert_eq!(cut("一、强化监督\t1. 主动公开规划。\t各单位"), None);
        // numbers listed (the first and second quarters), not an item
        assert_eq!(cut("（二）资金安排 1、2季度拨付中央资金。"), None);
        // glued with nothing between, as a PDF's text loses the break: a digit or a bracket
        // after the heading's words
        assert_eq!(
            cut("三、攻坚措施1. 梳理分类，查漏补缺。"),
            Some("1. 梳理分类，查漏补缺。")
        );
        assert_eq!(
            cut("二、工作任务(一)乡镇1.建成区"),
            Some("(一)乡镇1.建成区")
        );
        // a bracketed first item glued to a chapter's longer title; a glued digit only after
        // a short heading
        assert_eq!(
            cut("二、建设覆盖全区、布局合理、分工明确、重点突出的生态环境监测网络（一）优化点位设置。"),
            Some("（一）优化点位设置。")
        );
        assert_eq!(
            cut("二、建设覆盖全区布局合理分工明确重点突出的生态环境监测网络1.优化点位设置。"),
            None
        );
        assert_eq!(
            cut("二、加强重点生态保护红线管控区监测通过对地观测，加强生态监测（一）优化"),
            None
        );
        assert_eq!(
            cut("(一)乡镇1.建成区到乡镇的公路"),
            Some("1.建成区到乡镇的公路")
        );
        // …not a decimal, a count, a list of numbers, a second item or a Chinese numeral
        assert_eq!(cut("一、粮食产量达到1.2亿斤。"), None);
        assert_eq!(cut("一、新建1个综合服务站。"), None);
        assert_eq!(cut("一、开展1、2月份的排查。"), None);
        assert_eq!(cut("一、重点工作2.完善机制"), None);
        assert_eq!(cut("一、加强统一领导二、"), None);
        assert_eq!(
            cut("四、保障措施（一）加强领导。"),
            Some("（一）加强领导。")
        );
    }

    #[test]
    fn a_notes_own_list_stays_in_its_bracket() {
        let numbering = Numbering::new();
        let line = "(注:①公益广告有统一的规格设计，内容相融合;②有自创公益广告作品。";
        assert_eq!(glued_first_item(line, &numbering), None);
        // (a title's list outside any bracket still starts at its first number)
        let (at, _) = glued_first_item("主要内容：①推进工作。②加快建设。", &numbering)
            .expect("a list after a colon");
        assert_eq!(at, "主要内容：".len());
    }

    #[test]
    fn glued_signature_and_date() {
        let p = pieces(&long(
            "请认真遵照执行。附件：《项目一览表》平潭综合实验区管委会办公室2015年4月17日(联系人:陈香)实施方案按照部署",
        ));
        assert!(
            p.contains(&"平潭综合实验区管委会办公室".to_owned()),
            "{p:?}"
        );
        assert!(p.contains(&"2015年4月17日".to_owned()), "{p:?}");
    }

    #[test]
    fn an_item_run_on_after_the_body_of_the_one_before_is_a_line_of_its_own() {
        let lines = |s: &str| -> Vec<String> {
            let texts = s.lines().map(Text::standalone).collect();
            split_run_on_items(texts, &Numbering::new())
                .iter()
                .map(|t| t.as_str().to_owned())
                .collect()
        };
        assert_eq!(
            lines("(一)强化学校安全教育。\n全县中小学校要开展防溺水教育。(二)广泛开展社会宣传。\n各部门要播放公益广告。"),
            [
                "(一)强化学校安全教育。",
                "全县中小学校要开展防溺水教育。",
                "(二)广泛开展社会宣传。",
                "各部门要播放公益广告。"
            ]
        );
        // a list of the body's own (`内容有（一）…。（二）…`), a number out of turn, or one with
        // nothing after it stay in the line
        for s in [
            "（一）强化学校安全教育。\n全县学校要开展教育，内容有（一）讲座。（二）演练。",
            "（一）强化学校安全教育。\n全县中小学校要开展防溺水教育。（三）广泛开展社会宣传。",
            "（一）强化学校安全教育。\n全县中小学校要开展防溺水教育。（二）",
            "一、强化学校安全教育\n一季度完成全面部署。二、三季度开展专项督查。",
            "（一）强化学校安全教育。\n全县中小学校要开展教育。（二）至（五）项任务由县教育局牵头。",
        ] {
            assert_eq!(lines(s).len(), 2, "{s}");
        }
    }

    #[test]
    fn short_lines_pass_through() {
        let s = "一、总体要求（一）推进公开1.全面公开";
        assert_eq!(pieces(s), [s]);
    }
}
