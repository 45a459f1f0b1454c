//! Physical lines of a text file, with the markup fragments that text exports carry (`<p>`,
//! `</p>`, `<span …>`, `&nbsp;`) looked through, never deleted: spans still point at the
//! original characters.

use crate::document::markup::{entity_at, tag_at};
use crate::document::text::{is_space, leaves_bracket_open, Text};

/// The paragraph mark a document-sharing site's text export prints for `¶` (the Cyrillic `Р`,
/// `…营造社会氛围。Р第二阶段…`): a line's end where no Cyrillic word stands around it.
const SHARED_PARAGRAPH_MARK: char = '\u{420}';

/// Whether a character is Cyrillic: beside one, `Р` is a letter, no paragraph mark.
fn is_cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{4ff}').contains(&c)
}

/// Whether the `Р` at byte `i` marks a paragraph's end (see [`SHARED_PARAGRAPH_MARK`]).
fn paragraph_mark_at(text: &str, i: usize) -> bool {
    let mark = SHARED_PARAGRAPH_MARK.len_utf8();
    text[i..].starts_with(SHARED_PARAGRAPH_MARK)
        && !text[..i].chars().next_back().is_some_and(is_cyrillic)
        && !text[i + mark..].chars().next().is_some_and(is_cyrillic)
}

/// Split a text into lines (LF, CRLF and lone CR end a line, and a sharing site's paragraph
/// mark, [`SHARED_PARAGRAPH_MARK`]); no line terminator is kept.
pub fn physical_lines(text: &str) -> Vec<Text> {
    let mut lines = Vec::new();
    let mut line = Text::empty_at(0);
    let bytes = text.as_bytes();
    let mut run_start = 0;
    let mut i = 0;
    let flush = |line: &mut Text, from: usize, to: usize| {
        if to > from {
            line.push_verbatim(&text[from..to], from);
        }
    };
    while i < bytes.len() {
        // where the next line starts, when a line ends at `i`
        let line_end = match bytes[i] {
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => Some(i + 2),
            b'\n' | b'\r' => Some(i + 1),
            0xD0 if paragraph_mark_at(text, i) => Some(i + SHARED_PARAGRAPH_MARK.len_utf8()),
            _ => None,
        };
        if let Some(next) = line_end {
            flush(&mut line, run_start, i);
            lines.push(std::mem::replace(&mut line, Text::empty_at(next)));
            i = next;
            run_start = i;
            continue;
        }
        match bytes[i] {
            b'<' => match tag_at(text, i) {
                Some(tag) => {
                    flush(&mut line, run_start, i);
                    i = tag.end.min(text.len());
                    run_start = i;
                }
                None => i += 1,
            },
            b'&' => match entity_at(text, i) {
                Some((c, end)) => {
                    flush(&mut line, run_start, i);
                    line.push_replaced(c.encode_utf8(&mut [0; 4]), i, end);
                    i = end;
                    run_start = i;
                }
                None => i += 1,
            },
            _ => i += 1,
        }
    }
    flush(&mut line, run_start, bytes.len());
    if !line.is_empty() || !text.ends_with(['\n', '\r']) {
        lines.push(line);
    }
    lines
}

/// Most question marks a page prints for one paragraph's indent lost in a re-encoding (two
/// ideographic spaces and two no-break spaces come out `????`).
const MAX_LOST_INDENT: usize = 4;

/// The lines with the question marks that stand for a lost indent taken off (`??为深入贯彻…`,
/// `???(一)第一检查督导组;`): a copy re-encoded without the ideographic space prints `?` for
/// it, which hides the paragraph's number. Only before Chinese text or a number's bracket: a
/// line may open with a question of its own.
pub fn drop_lost_indents(lines: Vec<Text>) -> Vec<Text> {
    lines
        .into_iter()
        .map(|line| {
            let s = line.as_str();
            let opened = s.trim_start_matches(is_space);
            if !opened.starts_with('?') {
                return line;
            }
            let rest = opened.trim_start_matches('?');
            let marks = opened.len() - rest.len();
            let text_follows = rest
                .chars()
                .next()
                .is_some_and(|c| super::text::is_han(c) || matches!(c, '(' | '（' | '【' | '〔'));
            if marks > MAX_LOST_INDENT || !text_follows {
                return line;
            }
            line.slice(s.len() - rest.len(), s.len())
        })
        .collect()
}

/// Marks a half-width comma may stand before only by a slip: a page's script that prints a
/// comma after each fragment of its text doubles the marks (`…造林工作,,经区政府研究`,
/// `一,、加强组织领导`, `顺利通过,。`).
const MARKS_AFTER_A_STRAY_COMMA: [char; 9] = [',', '、', '。', '，', '；', '：', ';', ':', '！'];

/// The lines with a half-width comma dropped where another mark follows it at once (see
/// [`MARKS_AFTER_A_STRAY_COMMA`]): the doubled mark hides an item's number (`一,、`) and
/// splits a sentence in two. A comma before text (`1,000`, `甲,乙`) stays.
pub fn drop_doubled_commas(lines: Vec<Text>) -> Vec<Text> {
    lines
        .into_iter()
        .map(|line| {
            let s = line.as_str();
            if !s.contains(',') {
                return line;
            }
            let stray: Vec<usize> = s
                .match_indices(',')
                .map(|(i, _)| i)
                .filter(|&i| {
                    s[i + 1..]
                        .chars()
                        .next()
                        .is_some_and(|c| MARKS_AFTER_A_STRAY_COMMA.contains(&c))
                })
                .collect();
            if stray.is_empty() {
                return line;
            }
            line.without(stray.into_iter().map(|i| (i, i + ','.len_utf8())))
        })
        .collect()
}

/// Fewest cells in the first row of a table whose rows each open with a bare bar line: fewer is
/// no table of tasks (a task, its units and its time).
const MIN_BAR_ROW_CELLS: usize = 3;
/// Fewest rows such a table shows: its header and one row.
const MIN_BAR_ROWS: usize = 2;

/// Whether a line is a bar alone (`|`), the mark some exports open each table row with.
fn is_bare_bar(t: &str) -> bool {
    t.trim_matches(is_space) == "|"
}

/// Whether a line is one cell closed by a bar (`       序号  | `).
fn is_bar_closed_cell(t: &str) -> bool {
    let t = t.trim_matches(is_space);
    t.len() > 1 && t.ends_with('|') && t.matches('|').count() == 1
}

/// The lines with each table row an export printed as a bare bar and then one `cell |` line per
/// cell, blank lines between (`|` `  序号  |` `  政策类型  |` … `|` `  1  |` …), joined into one
/// `| 序号 | 政策类型 | … |` line per row: the bar marks where each row starts, so the rows are
/// read as a table printed with bars between its cells is. Other lines pass through.
pub fn join_bar_opened_rows(lines: Vec<Text>) -> Vec<Text> {
    let mut out: Vec<Text> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        // (the bar must open the table: after a cell, bars close rows, as a stream of cells
        // printed with a bar line after each row has them, `…完成时限 |` `|` `|`)
        let in_cells = || {
            out.iter().rev().find(|l| !l.is_blank()).is_some_and(|l| {
                let t = l.as_str();
                is_bare_bar(t) || is_bar_closed_cell(t)
            })
        };
        if !is_bare_bar(lines[i].as_str()) || in_cells() {
            out.push(lines[i].clone());
            i += 1;
            continue;
        }
        // the rows from here: each a bare bar and the cells after it
        let mut rows: Vec<Text> = Vec::new();
        let mut cells_in_first = 0;
        // (the first row is the header: its cells name columns, none a sentence of work)
        let mut header_like = true;
        let mut j = i;
        while j < lines.len() && is_bare_bar(lines[j].as_str()) {
            let bar = lines[j].as_str();
            let at = bar.len() - bar.trim_start_matches(is_space).len();
            let mut row = lines[j].slice(at, at + '|'.len_utf8());
            let mut cells = 0;
            j += 1;
            while j < lines.len() {
                let t = lines[j].as_str();
                if t.trim_matches(is_space).is_empty() {
                    j += 1;
                } else if is_bar_closed_cell(t) {
                    if rows.is_empty() {
                        let name = t.trim_matches(is_space).trim_end_matches('|');
                        header_like &= name.trim_matches(is_space).chars().count()
                            <= crate::document::dialects::MAX_HEADER_CELL_CHARS;
                    }
                    row.append(" ", &lines[j].trimmed());
                    cells += 1;
                    j += 1;
                } else {
                    break;
                }
            }
            if rows.is_empty() && cells > 0 {
                cells_in_first = cells;
            }
            // (a bar with no cell after it closes the row before: `    |` then `| `, or the
            // table's last bar)
            if cells > 0 {
                rows.push(row);
            }
        }
        if header_like && rows.len() >= MIN_BAR_ROWS && cells_in_first >= MIN_BAR_ROW_CELLS {
            out.extend(rows);
            i = j;
        } else {
            out.push(lines[i].clone());
            i += 1;
        }
    }
    out
}

/// The lines with a closing bracket that opens a line given back to the line before, whose
/// bracket it closes (`(实施主体:各行政村、第三方自然美公司。` `)2.主要街道…`): a PDF's text
/// breaks after the sentence inside the bracket, which hides the next item's number.
pub fn rejoin_closing_brackets(lines: Vec<Text>) -> Vec<Text> {
    let mut out: Vec<Text> = Vec::with_capacity(lines.len());
    for line in lines {
        let s = line.as_str();
        let opened = s.trim_start_matches(is_space);
        let Some(close) = opened.chars().next().filter(|&c| matches!(c, ')' | '）')) else {
            out.push(line);
            continue;
        };
        let Some(prev) = out.last_mut().filter(|p| leaves_bracket_open(p.as_str())) else {
            out.push(line);
            continue;
        };
        let at = s.len() - opened.len();
        let end = at + close.len_utf8();
        prev.append("", &line.slice(at, end));
        let rest = line.slice(end, s.len()).trimmed();
        if !rest.is_empty() {
            out.push(rest);
        }
    }
    out
}

/// The lines with the commas a page's script printed around each fragment of its text taken
/// off (`,一月,` `,1、学期尾声,…。,2、寒假安全…。,`): a line of text never opens with a comma,
/// so one that does wraps its fragment in them. Other lines pass through.
pub fn drop_wrapping_commas(lines: Vec<Text>) -> Vec<Text> {
    lines
        .into_iter()
        .map(|line| {
            let s = line.as_str();
            let opened = s.trim_start_matches(is_space);
            if !opened.starts_with(',') {
                return line;
            }
            let start = s.len() - opened.trim_start_matches([',', ' ']).len();
            let end = s
                .trim_end_matches(is_space)
                .trim_end_matches([',', ' '])
                .len();
            if end <= start {
                return line.slice(start, start);
            }
            line.slice(start, end)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines' texts, to compare with what is expected.
    fn strs(lines: &[Text]) -> Vec<&str> {
        lines.iter().map(|l| l.as_str()).collect()
    }

    #[test]
    fn a_comma_doubling_another_mark_is_dropped() {
        let text = "一,、加强组织领导。各乡镇要认真组织,,严格按方案造林,。\n共1,000亩,甲,乙";
        let lines = drop_doubled_commas(physical_lines(text));
        assert_eq!(
            strs(&lines),
            [
                "一、加强组织领导。各乡镇要认真组织,严格按方案造林。",
                "共1,000亩,甲,乙"
            ]
        );
        // (what is left still spans the characters as printed)
        let at = lines[0].as_str().find("严格").unwrap();
        let (s, _) = lines[0].source_range(at, at + "严格".len());
        assert_eq!(s, text.find("严格").unwrap());
    }

    #[test]
    fn rows_each_opened_by_a_bare_bar_are_joined_into_bar_rows() {
        // a pretty-printed page's table: a bar opens each row (and a bar may close it), each
        // cell on its own indented line, blank lines between
        let text = "附件\n| \n   序号  | \n  \n   工作任务  | \n  \n   牵头单位  | \n    |\n\
                    | \n   1  | \n  \n   降低失业保险费率。  | \n  \n   市人社局  | \n    |\n\
                    | \n   2  | \n   稳岗返还。  | \n   市人社局  | \n";
        let lines = join_bar_opened_rows(physical_lines(text));
        assert_eq!(
            strs(&lines),
            [
                "附件",
                "| 序号  | 工作任务  | 牵头单位  |",
                "| 1  | 降低失业保险费率。  | 市人社局  |",
                "| 2  | 稳岗返还。  | 市人社局  |"
            ]
        );
        // each joined cell keeps its place in the source
        assert_eq!(
            lines[2].source_range(2, 3).0,
            text.find("1  |").unwrap_or(0)
        );
        // bars doubled between rows, one closing a row and one opening the next, are one
        // boundary; a bar inside a stream of cells opens no table
        let stream = "| \n序号 |\n工作任务 |\n牵头单位 |\n|\n|\n1 |\n降低费率。 |\n市人社局 |\n|\n";
        assert_eq!(
            strs(&join_bar_opened_rows(physical_lines(stream))),
            [
                "| 序号 | 工作任务 | 牵头单位 |",
                "| 1 | 降低费率。 | 市人社局 |"
            ]
        );
        let inside = "序号 |\n工作任务 |\n|\n1 |\n降低费率。 |\n|\n2 |\n稳岗返还。 |\n";
        assert_eq!(
            join_bar_opened_rows(physical_lines(inside)).len(),
            physical_lines(inside).len()
        );
        // …nor does one after a cell whose bar stands on the next line, the row after it no
        // header
        let wrapped = "评价政策文件解读的数量和效果。\n|\n各县（市）公安局、各分局 |\n\
                       2.政策性文件与解读材料同步组织。 |\n|\n3.建立健全政策解读机制。 |\n\
                       评价政策内容保障情况。 |\n";
        assert_eq!(
            join_bar_opened_rows(physical_lines(wrapped)).len(),
            physical_lines(wrapped).len()
        );
    }

    #[test]
    fn a_closing_bracket_opening_a_line_goes_back_to_its_bracket() {
        let lines = physical_lines(
            "（实施主体：各行政村。\n）2.主要街道广泛宣传。\n）不是括号的行\n(注：见附件\n)\n3.乡镇文化站",
        );
        assert_eq!(
            strs(&rejoin_closing_brackets(lines)),
            [
                "（实施主体：各行政村。）",
                "2.主要街道广泛宣传。",
                "）不是括号的行",
                "(注：见附件)",
                "3.乡镇文化站"
            ]
        );
    }

    #[test]
    fn commas_wrapping_a_fragment_are_dropped_and_other_lines_kept() {
        let text = ",一月,\n,1、学期尾声,半年教学效果检验。,2、寒假安全。,\n各村要高度重视,\n,,\n";
        let lines = drop_wrapping_commas(physical_lines(text));
        assert_eq!(
            strs(&lines),
            [
                "一月",
                "1、学期尾声,半年教学效果检验。,2、寒假安全。",
                "各村要高度重视,",
                ""
            ]
        );
        let (s, e) = lines[0].source_range(0, lines[0].len());
        assert_eq!(&text[s..e], "一月");
    }

    #[test]
    fn a_sharing_sites_paragraph_mark_ends_a_line_but_a_cyrillic_letter_does_not() {
        let text = "四、实施步骤Р第一阶段启动宣传阶段。Р(一)加强领导。ПРОЕКТ\n";
        let lines = physical_lines(text);
        assert_eq!(
            strs(&lines),
            [
                "四、实施步骤",
                "第一阶段启动宣传阶段。",
                "(一)加强领导。ПРОЕКТ"
            ]
        );
        let (s, _) = lines[1].source_range(0, 3);
        assert_eq!(s, text.find("第一").unwrap());
    }

    #[test]
    fn question_marks_for_a_lost_indent_are_dropped_before_text_only() {
        let text =
            "??为深入贯彻国家部署。\n???(一)第一检查督导组;\n??\n?是否符合规定\n胡小波 ?杨\n";
        let lines = drop_lost_indents(physical_lines(text));
        assert_eq!(
            strs(&lines),
            [
                "为深入贯彻国家部署。",
                "(一)第一检查督导组;",
                "??",
                "是否符合规定",
                "胡小波 ?杨"
            ]
        );
        let (s, _) = lines[1].source_range(0, 1);
        assert_eq!(s, text.find("(一)").unwrap());
    }

    #[test]
    fn markup_is_skipped_and_spans_point_at_the_original() {
        let text = "<p>(三) 加快办事大厅。</p>\t<p>区政府办公室&nbsp;牵头</p>\n";
        let lines = physical_lines(text);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].as_str(), "(三) 加快办事大厅。\t区政府办公室 牵头");
        let at = lines[0].as_str().find("区政府").unwrap();
        let (s, e) = lines[0].source_range(at, at + "区政府办公室".len());
        assert_eq!(&text[s..e], "区政府办公室");
        let at = lines[0].as_str().find(" 牵头").unwrap();
        let (s, e) = lines[0].source_range(at, at + 1);
        assert_eq!(&text[s..e], "&nbsp;");
    }

    #[test]
    fn crlf_and_cr_end_lines() {
        let lines = physical_lines("a\r\nb\rc\n");
        let texts: Vec<_> = lines.iter().map(|l| l.as_str()).collect();
        assert_eq!(texts, ["a", "b", "c"]);
        assert_eq!(lines[1].origin(), 3);
    }

    #[test]
    fn angle_brackets_that_are_not_tags_stay_text() {
        let lines = physical_lines("分值权重<4%且 a < b &amp 公开");
        assert_eq!(lines[0].as_str(), "分值权重<4%且 a < b &amp 公开");
    }
}
