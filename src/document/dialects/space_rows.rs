//! `space-rows`: one row per line, cells separated by runs of white space, as PDF and Word
//! exports print a table (`序号 工 作 任 务 牵头负责部门` / `3 安排财政赤字2.18万亿元 财政部`).
//! The header's names may be spaced out glyph by glyph. A row starts with its number; the
//! cells are the white-space-separated pieces, the last ones in the last columns and what is
//! left between the number and them in the task column.

use crate::document::text::{is_space, Text};
use crate::document::{Cell, ColumnRole, Row, Table};

use super::{header_roles, DialectCx, TableDialect};

/// The `space-rows` dialect.
pub struct SpaceRows;

/// Fewest columns that make a header of names separated by white space.
const MIN_COLUMNS: usize = 3;

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// The pieces of a line between runs of white space, as byte ranges.
fn pieces(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (is_space(c), start) {
            (true, Some(st)) => {
                out.push((st, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push((st, s.len()));
    }
    out
}

/// The header's cells: pieces, with glyphs spaced out one by one (工 作 任 务) joined again.
fn header_cells(s: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut glyphs = false;
    for (a, b) in pieces(s) {
        let single = s[a..b].chars().count() == 1 && s[a..b].chars().all(is_han);
        match out.last_mut() {
            Some(last) if single && glyphs => last.1 = b,
            _ => out.push((a, b)),
        }
        glyphs = single;
    }
    out
}

/// Pieces a row whose number does not follow must have to be read as a row: its number, its
/// text and at least a unit or time cell.
const MIN_ROW_PIECES: usize = 3;

/// The number a row starts with (`3 安排…`), if it does.
fn row_number(s: &str) -> Option<u32> {
    let (a, b) = *pieces(s).first()?;
    let t = &s[a..b];
    (t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit()))
        .then(|| t.parse().ok())
        .flatten()
}

impl TableDialect for SpaceRows {
    fn name(&self) -> &'static str {
        "space-rows"
    }

    fn read(&self, lines: &[Text], at: usize, cx: &DialectCx) -> Option<(Table, usize)> {
        let line = &lines[at];
        let s = line.as_str();
        if s.contains(['\t', '|']) {
            return None;
        }
        let all = header_cells(s);
        let name_of = |&(a, b): &(usize, usize)| -> String {
            s[a..b].chars().filter(|c| !is_space(*c)).collect()
        };
        let header_from = |from: usize| {
            let cells = &all[from..];
            let names: Vec<String> = cells.iter().map(name_of).collect();
            let roles = header_roles(&names, cx.hints)?;
            Some((cells.to_vec(), names, roles))
        };
        // the header is the whole line, or the line's last pieces from its 序号 on: a header
        // run on after the words before it (a notice's last line, the table's title)
        let (cells, names, roles) = header_from(0).or_else(|| {
            let from = all
                .iter()
                .rposition(|p| cx.hints.column_role(&name_of(p)) == Some(ColumnRole::Number))?;
            (from > 0 && all.len() - from >= MIN_COLUMNS)
                .then(|| header_from(from))
                .flatten()
        })?;
        if cells.len() < MIN_COLUMNS {
            return None;
        }
        if !roles.iter().any(|r| r.assigns()) {
            return None;
        }
        let caption = cells
            .first()
            .map(|&(a, _)| line.slice(0, a).trimmed())
            .filter(|t| !t.is_blank());
        let width = names.len();
        let text_col = roles
            .iter()
            .position(|r| matches!(r, ColumnRole::Content | ColumnRole::Requirement))
            .or_else(|| roles.iter().rposition(|r| *r == ColumnRole::Topic))
            .unwrap_or(1.min(width - 1));
        let number_col = roles.iter().position(|r| *r == ColumnRole::Number);
        let mut rows = vec![Row {
            cells: cells
                .iter()
                .map(|&(a, b)| Cell::new(line.slice(a, b)))
                .collect(),
        }];
        let mut end = at + 1;
        let mut last: Option<u32> = None;
        // lines a wrapped row took: read already
        let mut skip_to = 0;
        for (i, l) in lines.iter().enumerate().skip(at + 1) {
            if l.is_blank() || i < skip_to {
                continue;
            }
            let t = l.as_str();
            // rows follow their numbers; a number repeated or a few skipped is a drafting
            // slip the rules report, not the table's end, when the line is laid out as a row
            let follows = |n: u32| {
                last.is_none_or(|p| {
                    n == p + 1
                        || crate::document::numbering::within_slip(p, n)
                            && pieces(t).len() >= width.min(MIN_ROW_PIECES)
                })
            };
            // a group's heading between rows (`一、经济社会发展主要预期目标分解(11项)`), when
            // a row follows it: a row of its own, the heading in the first cell
            if row_number(t).is_none() && number_col == Some(0) {
                if let Some(next) = heading_over_rows(lines, i, cx) {
                    let mut row: Vec<Text> =
                        (0..width).map(|_| Text::empty_at(l.source_end())).collect();
                    row[0] = l.trimmed();
                    rows.push(Row {
                        cells: row.into_iter().map(Cell::new).collect(),
                    });
                    // a group's rows may number from 1 again
                    last = (next == 1).then_some(0).or(last);
                    end = i + 1;
                    continue;
                }
            }
            let Some(n) = row_number(t).filter(|&n| follows(n)) else {
                break;
            };
            last = Some(n);
            end = i + 1;
            let ps = pieces(t);
            let mut cells: Vec<Text> = ps.iter().map(|&(a, b)| l.slice(a, b)).collect();
            let mut wrapped_row = false;
            // a row whose cells wrap onto the lines before the next row (`34 发挥… 区科技局`
            // `区商务局(区药发中心)` `谯城经开区管委会` `区发改委… 2023年12月底` `35 …`)
            if cells.len() < width {
                if let Some(wrapped) = wrapped_lines(lines, i, n) {
                    for w in &lines[i + 1..wrapped] {
                        let ps = pieces(w.as_str());
                        match (ps.as_slice(), cells.last_mut()) {
                            // a line of one piece goes on with the cell before it
                            ([(a, b)], Some(prev)) => prev.append("\n", &w.slice(*a, *b)),
                            _ => cells.extend(ps.iter().map(|&(a, b)| w.slice(a, b))),
                        }
                    }
                    end = wrapped;
                    skip_to = wrapped;
                    wrapped_row = true;
                }
            }
            let mut row: Vec<Text> = (0..width).map(|_| Text::empty_at(l.source_end())).collect();
            // the number, then the last pieces in the last columns, the rest in the text column
            let mut rest = &cells[..];
            if let (Some(nc), Some((first, tail))) = (number_col, rest.split_first()) {
                row[nc] = first.clone();
                rest = tail;
            }
            let mut col = width;
            while col > text_col + 1 && rest.len() > 1 {
                col -= 1;
                if Some(col) == number_col {
                    continue;
                }
                if let Some((cell, head)) = rest.split_last() {
                    row[col] = cell.clone();
                    rest = head;
                }
            }
            // the text column takes what is left (after the number, if one was taken): as
            // printed on the row's own line, the spaces between kept, or its pieces joined
            // where the row wrapped
            let taken = usize::from(number_col.is_some() && !cells.is_empty());
            if let Some(first) = rest.first() {
                row[text_col] = if wrapped_row {
                    let mut text = first.clone();
                    for more in &rest[1..] {
                        text.append(" ", more);
                    }
                    text
                } else {
                    l.slice(ps[taken].0, ps[taken + rest.len() - 1].1)
                };
            }
            rows.push(Row {
                cells: row.into_iter().map(Cell::new).collect(),
            });
        }
        if rows.len() < 2 {
            return None;
        }
        let table = Table {
            caption,
            ..Table::from_text(self.name(), rows)
        };
        Some((table, end))
    }
}

/// Most lines a row's cells may wrap onto before the next row.
const MAX_WRAPPED_ROW_LINES: usize = 8;

/// Where the lines that row `n` at `lines[at]` wraps onto end: the next row's line (`n + 1`)
/// after a few lines with no number of their own, blank lines aside; none when no next row
/// confirms them.
fn wrapped_lines(lines: &[Text], at: usize, n: u32) -> Option<usize> {
    let mut taken = 0;
    for (i, l) in lines.iter().enumerate().skip(at + 1) {
        if l.is_blank() {
            continue;
        }
        if row_number(l.as_str()) == Some(n + 1) {
            return (taken > 0).then_some(i);
        }
        taken += 1;
        if taken > MAX_WRAPPED_ROW_LINES || row_number(l.as_str()).is_some() {
            return None;
        }
    }
    None
}

/// Longest group heading read between a table's rows: a heading's title, no paragraph.
const MAX_GROUP_HEADING_CHARS: usize = 40;

/// When `lines[at]` is a group's numbered heading (`一、…`, `（二）…`) with a row after it (blank
/// lines between), that row's number.
fn heading_over_rows(lines: &[Text], at: usize, cx: &DialectCx) -> Option<u32> {
    let t = lines[at].as_str().trim_matches(is_space);
    if t.chars().count() > MAX_GROUP_HEADING_CHARS || t.contains('。') {
        return None;
    }
    cx.numbering
        .at_start(t)
        .filter(|m| m.style.heads_sections())?;
    let next = lines[at + 1..].iter().find(|l| !l.is_blank())?;
    row_number(next.as_str()).filter(|_| pieces(next.as_str()).len() >= MIN_ROW_PIECES)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{cells, read, table};

    #[test]
    fn rows_of_pieces_under_a_spaced_out_header() {
        let src = "任务分工\n序号 工 作 任 务 责任单位\n1 居民消费价格涨幅3%左右 发展改革局\n2 城镇新增就业1000万人以上 人社局\n\n后文说明。\n";
        let t = table(&read(src)).clone();
        assert_eq!(t.dialect, "space-rows");
        let c = cells(&t);
        assert_eq!(c[0], ["序号", "工 作 任 务", "责任单位"]);
        assert_eq!(c[2], ["2", "城镇新增就业1000万人以上", "人社局"]);
        assert_eq!(c.len(), 3);
    }

    #[test]
    fn a_header_run_on_after_a_notice_and_group_headings_between_rows() {
        let src = "附件：市2018年政府工作任务分解表 序号 工作任务 责任单位\n\n\
                   一、经济社会发展主要预期目标分解(11项)\n\n\
                   1 地区生产总值增长7%以上. 发改委\n\n\
                   2 一般公共预算收入增长8%以上. 财政局\n\n\
                   二、重点工作任务分解\n\n\
                   1 推进产业转型升级. 经信委、科技局\n\n\
                   市政府办公室将适时进行督查。\n";
        let blocks = read(src);
        let t = table(&blocks).clone();
        assert_eq!(t.dialect, "space-rows");
        let c = cells(&t);
        assert_eq!(c[0], ["序号", "工作任务", "责任单位"]);
        assert_eq!(c[1], ["一、经济社会发展主要预期目标分解(11项)", "", ""]);
        assert_eq!(c[2], ["1", "地区生产总值增长7%以上.", "发改委"]);
        assert_eq!(c[4][0], "二、重点工作任务分解");
        assert_eq!(c[5], ["1", "推进产业转型升级.", "经信委、科技局"]);
        assert_eq!(c.len(), 6, "{c:?}");
        // the words before the header stay a paragraph
        assert!(matches!(&blocks[0], crate::document::Block::Paragraph(p)
            if p.text.as_str() == "附件：市2018年政府工作任务分解表"));
    }

    #[test]
    fn a_rows_cells_wrapped_onto_the_lines_before_the_next_row_stay_in_it() {
        // row 34's lead cell runs over four lines, its last line holding the other cells
        let src = "任务分解表\n序号 工作任务 牵头单位 责任单位 完成时限\n\
                   33 新培育科技型中小企业50家以上。 区科技局 区经信局、区税务局。 2023年12月底\n\
                   34 推动亳州国家农业科技园区提档升级。 区科技局\n区商务局\n谯城经开区管委会\n\
                   区发改委、区农业农村局。 2023年12月底\n\
                   35 强化企业创新主体地位。 区科技局 区经信局。 2023年12月底\n";
        let t = table(&read(src)).clone();
        let c = cells(&t);
        assert_eq!(c.len(), 4, "{c:?}");
        assert_eq!(
            c[2],
            [
                "34",
                "推动亳州国家农业科技园区提档升级。",
                "区科技局\n区商务局\n谯城经开区管委会",
                "区发改委、区农业农村局。",
                "2023年12月底"
            ]
        );
        assert_eq!(c[3][0], "35");
    }

    #[test]
    fn a_repeated_or_skipped_number_does_not_end_the_table() {
        let src = "任务分工\n序号 工作任务 责任单位 完成时限\n1 做好政策解读 区政府办公室 6月底前\n2 做好数据开放 区财政局 9月底前\n2 做好基层公开 区司法局 9月底前\n5 做好网站建设 区政务服务中心 12月底前\n\n9 后文说明。\n";
        let t = table(&read(src)).clone();
        let c = cells(&t);
        assert_eq!(c.len(), 5, "{c:?}");
        assert_eq!(c[3], ["2", "做好基层公开", "区司法局", "9月底前"]);
        assert_eq!(c[4][0], "5");
    }
}
