//! Text copied out of a PDF, or saved by a converter, keeps the page's line breaks: every line
//! is cut at the same width, inside sentences, inside headings and inside unit names
//! (`协办单位：区委编办、园区党工` `委、各街道党工委`). Read as they stand, each piece is a
//! paragraph of its own, and a label's value ends at the break. Such lines are joined back
//! into the paragraphs they were cut from.
//!
//! A document is taken as hard-wrapped only when many of its lines share one width and most of
//! those end inside a sentence; a line is then joined to the next when it is full (at that
//! width), does not end a sentence, and the next line does not open a numbered item.

use crate::document::numbering::Numbering;
use crate::document::reflow::ends_sentence;
use crate::document::text::{is_space, Text};

/// Narrowest wrap width, in half-width columns (a Chinese character is two): shorter lines are
/// table cells and headings, whatever their widths have in common.
const MIN_WRAP_COLUMNS: usize = 30;
/// Widest wrap width: a page or a plain-text editor wraps at 40 characters or so, while
/// unwrapped web text runs for hundreds.
const MAX_WRAP_COLUMNS: usize = 120;
/// How far short of the wrap width a full line may fall: half-width punctuation and digits
/// (`,` `2019`) make a cut line narrower than its neighbours.
const WRAP_TOLERANCE_COLUMNS: usize = 6;
/// Fewest full lines ending inside a sentence that show a document is hard-wrapped.
const MIN_WRAPPED_LINES: usize = 6;
/// Share of the lines at the wrap width that must end inside a sentence (numerator,
/// denominator): a list of short sentences of similar length ends each with its full stop.
const WRAPPED_SHARE: (usize, usize) = (3, 5);
/// Share of all prose lines of wrap-like width that stand at the wrap width (numerator,
/// denominator).
const AT_WIDTH_SHARE: (usize, usize) = (1, 2);

/// How many columns narrower a paragraph's first line may be: a printed page indents it by
/// two characters, so it is full four columns short of the width.
const INDENT_COLUMNS: usize = 4;

/// Display width in half-width columns: letters, digits and spaces one, everything else two.
/// (Punctuation counts two: a site turning a PDF into text prints `，` as `,`, but the page
/// was cut with the full-width mark.)
fn columns(s: &str) -> usize {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == ' ' {
                1
            } else {
                2
            }
        })
        .sum()
}

/// The last character a line shows.
fn last_char(t: &Text) -> Option<char> {
    t.as_str().trim_end_matches(is_space).chars().next_back()
}

/// Whether a line can be a wrapped piece of a paragraph: not blank, not a table row (cells
/// between bars or tabs, or set apart by spaces: `1 居民消费价格涨幅3%左右 发展改革委`).
fn is_prose_line(t: &Text) -> bool {
    let s = t.as_str().trim_matches(is_space);
    if s.is_empty() || s.contains(['|', '\t']) {
        return false;
    }
    // a space between two Chinese characters parts cells, as two spaces do anywhere; one
    // beside a digit or a Latin letter (`2019 年`) is the writer's
    let mut before: Option<char> = None;
    let mut spaces = 0;
    for c in s.chars() {
        if is_space(c) {
            spaces += 1;
            if spaces > 1 {
                return false;
            }
            continue;
        }
        if spaces == 1 && !c.is_ascii() && before.is_some_and(|b| !b.is_ascii()) {
            return false;
        }
        spaces = 0;
        before = Some(c);
    }
    true
}

/// Whether a line ends where a sentence or a clause does, as a paragraph's last line would.
fn ends_clause(t: &Text) -> bool {
    last_char(t).is_some_and(|c| ends_sentence(c) || matches!(c, '；' | ';' | '：' | ':'))
}

/// The width the document's lines were cut at, if they were: the width with the most lines
/// within the tolerance below it, when enough of those end inside a sentence.
fn wrap_width(lines: &[Text], prose: &[bool]) -> Option<usize> {
    // per width: the prose lines, and those cut — ending inside a sentence with another line of
    // prose after them (a table cell's line is followed by its bar, or by the next row)
    let mut at = [0usize; MAX_WRAP_COLUMNS + 1];
    let mut cut_at = [0usize; MAX_WRAP_COLUMNS + 1];
    for (k, t) in lines.iter().enumerate() {
        let w = columns(t.as_str().trim_matches(is_space));
        if !prose[k] || !(MIN_WRAP_COLUMNS..=MAX_WRAP_COLUMNS).contains(&w) {
            continue;
        }
        at[w] += 1;
        if prose.get(k + 1) == Some(&true) && !ends_clause(t) {
            cut_at[w] += 1;
        }
    }
    let all: usize = at.iter().sum();
    if all < MIN_WRAPPED_LINES {
        return None;
    }
    // the widths within the tolerance below each candidate width; among widths as good, the
    // widest: the strictest reading of a full line
    let window = |counts: &[usize], top: usize| -> usize {
        counts[top.saturating_sub(WRAP_TOLERANCE_COLUMNS)..=top]
            .iter()
            .sum()
    };
    let (top, near, cut) = (MIN_WRAP_COLUMNS..=MAX_WRAP_COLUMNS)
        .map(|top| (top, window(&at, top), window(&cut_at, top)))
        .max_by_key(|&(top, _, cut)| (cut, top))?;
    // a page's lines stand at its width, save each paragraph's last; a table's cells, one per
    // line, spread over every width
    (cut >= MIN_WRAPPED_LINES
        && cut * WRAPPED_SHARE.1 >= near * WRAPPED_SHARE.0
        && near * AT_WIDTH_SHARE.1 >= all * AT_WIDTH_SHARE.0)
        .then_some(top)
}

/// The lines with hard-wrapped paragraphs joined back into one line each.
pub fn join_hard_wraps(lines: Vec<Text>, numbering: &Numbering) -> Vec<Text> {
    let prose: Vec<bool> = lines.iter().map(is_prose_line).collect();
    let Some(width) = wrap_width(&lines, &prose) else {
        return lines;
    };
    // a full line, cut inside a sentence: the next line of prose continues it (a paragraph's
    // first line is full when it is as wide less its indent)
    let cut = |t: &Text, first: bool| {
        let indent = if first { INDENT_COLUMNS } else { 0 };
        columns(t.as_str().trim_matches(is_space)) + WRAP_TOLERANCE_COLUMNS + indent >= width
            && !ends_clause(t)
    };
    let mut out: Vec<Text> = Vec::with_capacity(lines.len());
    let mut open = false;
    for (line, prose) in lines.into_iter().zip(prose) {
        let continues = open
            && prose
            && numbering
                .at_start(line.as_str().trim_start_matches(is_space))
                .is_none();
        open = prose && cut(&line, !continues);
        match out.last_mut() {
            Some(last) if continues => {
                let keep = last.as_str().trim_end_matches(is_space).len();
                *last = last.slice(0, keep);
                last.append("", &line.trimmed());
            }
            _ => out.push(line),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::lines::physical_lines;

    fn joined(text: &str) -> Vec<String> {
        let numbering = Numbering::new();
        join_hard_wraps(physical_lines(text), &numbering)
            .iter()
            .map(|t| t.as_str().to_owned())
            .filter(|s| !s.trim().is_empty())
            .collect()
    }

    const WRAPPED: &str = "\
一、提高城市基层党建工作水平,加强党对基层治理的全面
领导
1.完善街道党工委对地区治理重大工作的领导体制机制,优
化决策程序,涉及基层治理的重大事项、重点工作、重要问题由
街道党工委讨论决定,全面提升街道抓党建、抓治理、抓服务的
领导能力。加强街道社区党组织对地区各类组织和各项工作的领
导,街道党工委可吸纳优秀社区党组织书记担任兼职党工委委员,
推进社区党组织书记、居委会主任“一肩挑”,推动将党的领导写
入各类组织章程。
牵头单位:区委组织部
协办单位:区委编办、区民政局(区委社会工委)、园区党工
委、各街道党工委
2.以区域化党建为重点,构建市、区、街道、社区党组织四
级上下贯通的基层党建工作体系。
";

    #[test]
    fn lines_cut_at_one_width_are_joined_into_their_paragraphs() {
        let lines = joined(WRAPPED);
        assert_eq!(
            lines[0],
            "一、提高城市基层党建工作水平,加强党对基层治理的全面领导"
        );
        assert!(lines[1].starts_with("1.完善街道党工委") && lines[1].ends_with("组织章程。"));
        assert_eq!(lines[2], "牵头单位:区委组织部");
        assert_eq!(
            lines[3],
            "协办单位:区委编办、区民政局(区委社会工委)、园区党工委、各街道党工委"
        );
        assert!(lines[4].starts_with("2.以区域化党建") && lines[4].ends_with("工作体系。"));
        assert_eq!(lines.len(), 5);
    }

    #[test]
    fn a_joined_line_keeps_its_place_in_the_source() {
        let lines = join_hard_wraps(physical_lines(WRAPPED), &Numbering::new());
        let unit = &lines[3];
        let at = unit.as_str().find("党工委、").unwrap_or(0);
        let (start, _) = unit.source_range(at, at + "党工委、".len());
        assert_eq!(&WRAPPED[start..start + "党工".len()], "党工");
    }

    #[test]
    fn unwrapped_text_is_left_as_it_is() {
        // sentences of similar length, each ending its line
        let text = "\
1.完善街道党工委对地区治理重大工作的领导体制机制和决策程序。
2.加强街道社区党组织对地区各类组织和各项工作的全面领导。
3.推进社区党组织书记、居委会主任一肩挑工作全面落实到位。
4.推动将党的领导写入各类组织章程并明确各类组织的负责人。
5.把党的主张转化为各类组织和群众的自觉行动并抓好落实。
6.确保党的路线方针政策在基层有效贯彻落实并取得明显成效。
7.以区域化党建为重点构建上下贯通的基层党建工作体系格局。
";
        assert_eq!(joined(text).len(), 7);
        // a web page's paragraphs, one long line each
        let long = "一、总体要求\n以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，坚持以人民为中心的发展思想，推进政务公开标准化规范化建设。\n";
        assert_eq!(joined(long).len(), 2);
    }

    #[test]
    fn an_indented_first_line_with_half_width_commas_is_full() {
        // a PDF's paragraphs open two characters in, and the site printed `，` as `,`: the
        // first line of each item is full though it is narrower than the rest
        let text = "\
为保护群众生命财产安全和林业资源,按照县防灭办的统
一部署,结合我镇实际,特制定 XX 镇2023 年度森林防灭
工作实施方案。
坚持以习近平新时代中国特色社会主义思想为指导,贯彻
落实中央省、市、县相关文件和会议精神,充分做好我镇秋冬
季森林防灭火工作。
(一)群防群控。加强森林防灭火应急队伍的建设,实行
联片领导包片、驻村干部包村、村两委干部包组、党员组长包
户包山头,动员社会各界的力量专群结合,形成齐抓共管的森
林防灭火工作格局。
(二)突出重点。XX 村、XX 村、XXX 村、XXX 公路沿
线、XXX 公路沿线是全镇森林防灭火工作的重点部位,需要巡
查监控到位;加强防火宣传教育、严格野外用火管理。
";
        let lines = joined(text);
        assert_eq!(lines.len(), 4, "{lines:?}");
        assert!(lines[2].starts_with("(一)群防群控") && lines[2].ends_with("工作格局。"));
        assert!(lines[3].starts_with("(二)突出重点") && lines[3].contains("XXX 公路沿线、"));
    }
}
