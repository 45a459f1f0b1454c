//! `box-rows`: a table drawn with box-drawing characters (`┌─┬─┐` `│…│` `├─┼─┤` `└─┴─┘`), as
//! Word tables come out of some converters. A row's cells wrap over several lines between
//! rules; a rule missing under a cell (`├─┤ ├──┼`) merges it with the cell below, and a header
//! cell over sub-columns (`项目投入(万元)` over `总投入 | 省级补助 …`) spans them. Merges are
//! drawn, so the table knows them, as an HTML table does; the plan layer finds its header.

use crate::document::text::{is_space, Text};
use crate::document::{Cell, Row, Table};

use super::{DialectCx, TableDialect};

/// The `box-rows` dialect.
pub struct BoxRows;

/// Fewest lines a drawn table takes: a rule, a row and another rule.
const MIN_BOX_LINES: usize = 3;
/// Most columns read: a line of more bars is a drawing, not a table.
const MAX_BOX_COLUMNS: usize = 64;
/// Most rows a merged cell is read over: real merges group a few rows (a region over its
/// projects); a column never ruled across thousands of rows would have each row repeat its
/// ever longer text.
const MAX_MERGED_ROWS: usize = 100;

/// A box-drawing character (the Unicode block), edges and rules alike.
fn is_box(c: char) -> bool {
    ('\u{2500}'..='\u{257f}').contains(&c)
}

/// The box characters that draw a rule's line rather than a column's edge or a corner.
fn is_rule_stroke(c: char) -> bool {
    matches!(c, '─' | '━' | '═' | '┄' | '┅' | '┈' | '┉' | '╌' | '╍')
}

/// Whether a line belongs to a drawn table: it opens with an edge or a corner.
pub(super) fn opens_box(line: &str) -> bool {
    line.trim_start_matches(is_space)
        .starts_with(|c: char| is_box(c) && !is_rule_stroke(c))
}

/// What one column holds on one line.
#[derive(Clone)]
enum Slot {
    /// A rule: the cell above ends here.
    Rule,
    /// Text (perhaps blank): the cell goes on.
    Text(Text),
    /// The column is part of the cell to its left (a header cell over sub-columns).
    Left,
}

/// A line's pieces between column edges. Text after the last edge is kept when the line was
/// cut there (`│ 5 │ 市城管局 │ 市统计`), and so is a rule.
fn slots(line: &Text) -> Vec<Slot> {
    let s = line.as_str();
    let edges: Vec<(usize, usize)> = s
        .char_indices()
        .filter(|&(_, c)| is_box(c) && !is_rule_stroke(c))
        .map(|(i, c)| (i, i + c.len_utf8()))
        .collect();
    let mut out: Vec<Slot> = edges
        .windows(2)
        .map(|w| piece(line, w[0].1, w[1].0))
        .collect();
    if let Some(&(_, last)) = edges.last() {
        let tail = line.slice(last, s.len()).trimmed();
        if !tail.is_blank() {
            // (a rule cut short, `├──────┼─────┼──`, is a rule still)
            out.push(match piece(line, last, s.len()) {
                Slot::Rule => Slot::Rule,
                _ => Slot::Text(tail),
            });
        }
    }
    out
}

fn piece(line: &Text, a: usize, b: usize) -> Slot {
    let t = &line.as_str()[a..b];
    if t.contains(is_rule_stroke) && t.chars().all(|c| is_rule_stroke(c) || is_space(c)) {
        Slot::Rule
    } else {
        Slot::Text(line.slice(a, b).trimmed())
    }
}

/// A line of fewer columns than the table's, spread over them: the column a rule on a wider
/// line splits into sub-columns (`项目投入(万元)` over a rule `├──┬──┬──┤`) spans them; with no
/// such line, the last column does.
fn spread(narrow: &[Slot], wider: Option<&[Slot]>, width: usize, origin: usize) -> Vec<Slot> {
    let extra = width - narrow.len();
    let ruled = |w: &[Slot], i: usize| w[i..=i + extra].iter().all(|s| matches!(s, Slot::Rule));
    let start = wider
        .and_then(|w| (0..narrow.len()).find(|&i| i + extra < w.len() && ruled(w, i)))
        .unwrap_or(narrow.len().saturating_sub(1));
    let mut out = Vec::with_capacity(width);
    for (i, slot) in narrow.iter().enumerate() {
        out.push(slot.clone());
        if i == start {
            let fill = if matches!(slot, Slot::Rule) {
                Slot::Rule
            } else {
                Slot::Left
            };
            out.extend(std::iter::repeat_n(fill, extra));
        }
    }
    // (a line of one edge and nothing else holds nothing in any column)
    out.resize_with(width, || Slot::Text(Text::empty_at(origin)));
    out
}

/// A cell being read down its column: the row it starts on, its text, and whether it is part
/// of the cell to its left.
struct Open {
    row: usize,
    text: Option<Text>,
    left: bool,
}

/// The cells of one column: (first row, last row, text, part of the cell to its left).
type ColumnCells = Vec<(usize, usize, Option<Text>, bool)>;

impl TableDialect for BoxRows {
    fn name(&self) -> &'static str {
        "box-rows"
    }

    fn read(&self, lines: &[Text], at: usize, _cx: &DialectCx) -> Option<(Table, usize)> {
        if !opens_box(lines[at].as_str()) {
            return None;
        }
        let end = (at..lines.len())
            .find(|&i| !opens_box(lines[i].as_str()))
            .unwrap_or(lines.len());
        if end - at < MIN_BOX_LINES {
            return None;
        }
        let raw: Vec<Vec<Slot>> = lines[at..end].iter().map(slots).collect();
        let width = raw.iter().map(Vec::len).max()?;
        if !(2..=MAX_BOX_COLUMNS).contains(&width) {
            return None;
        }
        // (the next line of full width after each line, found in one pass from the end)
        let mut next_full: Vec<Option<usize>> = vec![None; raw.len()];
        for i in (0..raw.len().saturating_sub(1)).rev() {
            next_full[i] = if raw[i + 1].len() == width {
                Some(i + 1)
            } else {
                next_full[i + 1]
            };
        }
        let grid: Vec<Vec<Slot>> = raw
            .iter()
            .enumerate()
            .map(|(i, line)| {
                if line.len() == width {
                    return line.clone();
                }
                let wider = next_full[i].map(|k| raw[k].as_slice());
                // a line cut with the page before its last edge (`│  │  │净化等工程。`, the
                // text's end) lost its cells: they are empty, not part of the cell to the left
                let cut = wider.is_none()
                    && !lines[at + i]
                        .as_str()
                        .trim_end_matches(is_space)
                        .ends_with(is_box);
                if cut {
                    let mut out = line.clone();
                    out.resize_with(width, || {
                        Slot::Text(Text::empty_at(lines[at + i].source_end()))
                    });
                    return out;
                }
                spread(line, wider, width, lines[at + i].origin())
            })
            .collect();
        let ruled = |line: &[Slot]| line.iter().filter(|s| matches!(s, Slot::Rule)).count();
        let has_text = |line: &[Slot]| {
            line.iter()
                .any(|s| matches!(s, Slot::Text(t) if !t.is_blank()))
        };
        // the header ends at the first rule across most columns after some text (a column of
        // one-character group labels, `技/术/考/核`, runs on through it)
        let first_text = grid.iter().position(|l| has_text(l))?;
        let header_end = (first_text + 1..grid.len()).find(|&i| ruled(&grid[i]) * 2 > width);
        // rows: the runs of lines between lines holding a rule in any column; a line holding a
        // rule in some columns and text in others (`│号│ │ 设内容 ├──┬──┤`) goes on the row
        // above for those others
        let mut row_of: Vec<Option<usize>> = Vec::with_capacity(grid.len());
        let mut rows = 0usize;
        let mut in_row = false;
        for line in &grid {
            if ruled(line) > 0 {
                row_of.push(in_row.then(|| rows - 1));
                in_row = false;
            } else {
                if !in_row {
                    rows += 1;
                    in_row = true;
                }
                row_of.push(Some(rows - 1));
            }
        }
        if rows == 0 {
            return None;
        }
        let mut columns: Vec<ColumnCells> = vec![Vec::new(); width];
        for (c, cells) in columns.iter_mut().enumerate() {
            let mut open: Option<Open> = None;
            let mut last_row = 0;
            for (i, line) in grid.iter().enumerate() {
                let closes = matches!(line[c], Slot::Rule) || Some(i) == header_end;
                if let Some(r) = row_of[i] {
                    last_row = r;
                }
                match &line[c] {
                    Slot::Text(t) if !closes => {
                        let row = row_of[i].unwrap_or(rows);
                        let cell = open.get_or_insert(Open {
                            row,
                            text: None,
                            left: false,
                        });
                        if !t.is_blank() {
                            match &mut cell.text {
                                Some(text) => text.append("", t),
                                None => cell.text = Some(t.clone()),
                            }
                        }
                    }
                    Slot::Left if !closes => {
                        let row = row_of[i].unwrap_or(rows);
                        open.get_or_insert(Open {
                            row,
                            text: None,
                            left: true,
                        })
                        .left = true;
                    }
                    _ => {}
                }
                if closes {
                    if let Some(cell) = open.take() {
                        cells.push((cell.row, last_row, cell.text, cell.left));
                    }
                }
            }
            if let Some(cell) = open.take() {
                cells.push((cell.row, last_row, cell.text, cell.left));
            }
        }
        // the header's rows are read as one: a name over two rows is one name
        let header_rows = header_end
            .and_then(|h| row_of[..h].iter().flatten().max().map(|&r| r + 1))
            .unwrap_or(1);
        let origin = lines[at].origin();
        let mut table_rows: Vec<Row> = Vec::with_capacity(rows);
        let mut header = Row::default();
        for (c, cells) in columns.iter().enumerate() {
            let mut text: Option<Text> = None;
            let mut left = false;
            for (first, _, t, l) in cells.iter().filter(|x| x.0 < header_rows) {
                left |= *l && *first == 0;
                if let Some(t) = t {
                    match &mut text {
                        Some(text) => text.append("", t),
                        None => text = Some(t.clone()),
                    }
                }
            }
            let cell = match (left, c) {
                (true, c) if c > 0 => Cell {
                    text: Text::empty_at(origin),
                    covered_by: Some((0, left_origin(&header, c))),
                },
                _ => Cell::new(text.unwrap_or_else(|| Text::empty_at(origin))),
            };
            header.cells.push(cell);
        }
        table_rows.push(header);
        // (each column's cells are in row order: one cursor per column keeps this linear)
        let mut cursor = vec![0usize; width];
        for r in header_rows..rows {
            let mut row = Row::default();
            for (c, cells) in columns.iter().enumerate() {
                while cells.get(cursor[c]).is_some_and(|x| x.1.max(x.0) < r) {
                    cursor[c] += 1;
                }
                let own = cells.get(cursor[c]).filter(|x| x.0 <= r);
                let at = row
                    .cells
                    .last()
                    .map(|x: &Cell| x.text.source_end())
                    .unwrap_or(origin);
                let cell = match own {
                    Some((first, _, _, true)) if *first == r && c > 0 => Cell {
                        text: Text::empty_at(at),
                        covered_by: Some((table_row(r, header_rows), left_origin(&row, c))),
                    },
                    Some((first, _, _, _))
                        if *first < r && *first >= header_rows && r - first <= MAX_MERGED_ROWS =>
                    {
                        Cell {
                            text: Text::empty_at(at),
                            covered_by: Some((table_row(*first, header_rows), c)),
                        }
                    }
                    Some((first, _, Some(t), _)) if *first == r => Cell::new(t.clone()),
                    _ => Cell::new(Text::empty_at(at)),
                };
                row.cells.push(cell);
            }
            table_rows.push(row);
        }
        let mut table = Table::from_text(self.name(), table_rows);
        table.merges_known = true;
        Some((table, end))
    }
}

/// The row of the table a drawn row becomes: the header's rows are one.
fn table_row(r: usize, header_rows: usize) -> usize {
    r + 1 - header_rows
}

/// The column a cell spanning from the left starts in: the nearest one to the left of `c`
/// that is its own.
fn left_origin(row: &Row, c: usize) -> usize {
    (0..c)
        .rev()
        .find(|&k| row.cells.get(k).is_some_and(|x| x.covered_by.is_none()))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{cells, read, table};

    #[test]
    fn cells_wrapped_between_rules_are_one_and_a_missing_rule_merges_down() {
        let src = "┌─┬──┬──────┬────┬───┐\n\
                   │序│地区│ 项目名称 │责任单位│完成年│\n\
                   │号│ │ │ │ 限 │\n\
                   ├─┼──┼──────┼────┼───┤\n\
                   │21│恩平│恩平市区供水│恩平市政│2007年│\n\
                   │ │ 市 │专项规划 │ 府 │ │\n\
                   ├─┤ ├──────┼────┼───┤\n\
                   │22│ │城市供水主干│恩平市政│2007年│\n\
                   │ │ │管道改造 │ 府 │-2010│\n\
                   │ │ │ │ │ 年 │\n\
                   └─┴──┴──────┴────┴───┘\n";
        let t = table(&read(src)).clone();
        assert_eq!(t.dialect, "box-rows");
        assert!(t.merges_known);
        let c = cells(&t);
        assert_eq!(c[0], ["序号", "地区", "项目名称", "责任单位", "完成年限"]);
        assert_eq!(
            c[1],
            [
                "21",
                "恩平市",
                "恩平市区供水专项规划",
                "恩平市政府",
                "2007年"
            ]
        );
        assert_eq!(
            c[2],
            [
                "22",
                "",
                "城市供水主干管道改造",
                "恩平市政府",
                "2007年-2010年"
            ]
        );
        // the region's cell runs on over the second row: merged, not empty
        assert_eq!(t.rows[2].cells[1].covered_by, Some((1, 1)));
    }

    #[test]
    fn a_row_cut_with_the_page_keeps_the_cells_its_first_lines_hold() {
        // the text ends inside row 2's task, before its last edges: its time is still its own
        let src = "┌──┬─────┬──────────┬────────┬──┐\n\
                   │序号│ 责任单位 │  责任任务  │完成时间    │备注│\n\
                   ├──┼─────┼──────────┼────────┼──┤\n\
                   │1  │市建委  │启动南运河改造工程。│2005年5月底以前 │  │\n\
                   ├──┼─────┼──────────┼────────┼──┤\n\
                   │2  │市水利局 │1.完成于桥水库周边 │2005年底以前  │  │\n\
                   │  │     │净化等工程。   ";
        let c = cells(table(&read(src)));
        assert_eq!(c.len(), 3, "{c:?}");
        assert_eq!(c[2][3], "2005年底以前");
        assert_eq!(c[2][2], "1.完成于桥水库周边净化等工程。");
    }

    #[test]
    fn a_header_cell_over_sub_columns_spans_them() {
        let src = "┌──┬────┬──────┐\n\
                   │序号│责任单位│项目投入 │\n\
                   │ │ ├──┬──┤\n\
                   │ │ │总投│省级│\n\
                   ├──┼────┼──┼──┤\n\
                   │1 │县水利局│55 │10 │\n\
                   └──┴────┴──┴──┘\n";
        let t = table(&read(src)).clone();
        let c = cells(&t);
        assert_eq!(c.len(), 2);
        assert_eq!(c[0][..3], ["序号", "责任单位", "项目投入总投"]);
        assert_eq!(t.rows[0].cells[3].covered_by, Some((0, 2)));
        assert_eq!(c[1], ["1", "县水利局", "55", "10"]);
    }

    #[test]
    fn a_column_of_group_labels_runs_through_the_headers_rule() {
        let src = "┌─┬──┬─────┬─────┐\n\
                   │技│序号│ 项目 │ 责任单位 │\n\
                   │ ├──┼─────┼─────┤\n\
                   │术│ 9 │工业用水重│ 市经委 │\n\
                   │ │ │复利用率 │ 市城管局 │\n\
                   │考├──┼─────┼─────┤\n\
                   │核│ 10 │节水型企业│市经委 │\n\
                   └─┴──┴─────┴─────┘\n";
        let t = table(&read(src)).clone();
        let c = cells(&t);
        assert_eq!(c.len(), 3);
        assert_eq!(c[0], ["技", "序号", "项目", "责任单位"]);
        assert_eq!(c[1][1..], ["9", "工业用水重复利用率", "市经委市城管局"]);
        assert_eq!(c[2][1..], ["10", "节水型企业", "市经委"]);
        // the labels' cell runs down beside the rows
        assert_eq!(t.rows[2].cells[0].covered_by, Some((1, 0)));
    }

    #[test]
    fn a_line_of_one_edge_holds_nothing() {
        let src = "┌──┬──┐\n│序号│责任单位│\n│\n├──┼──┤\n│1 │县水利局│\n";
        let t = table(&read(src)).clone();
        assert_eq!(cells(&t), [["序号", "责任单位"], ["1", "县水利局"]]);
    }

    #[test]
    fn a_rule_cut_short_closes_the_row_above_it() {
        // (a page cut inside the rule after the last row: `├──┼──┼─`)
        let src = "┌──┬──┬────┐\n│序号│责任人│工程地点│\n├──┼──┼────┤\n│1 │张三│大冶乡│\n├──┼──┼────┤\n│2 │李四│苟堂乡│\n├──┼──┼─";
        let t = table(&read(src)).clone();
        assert_eq!(
            cells(&t),
            [
                ["序号", "责任人", "工程地点"],
                ["1", "张三", "大冶乡"],
                ["2", "李四", "苟堂乡"]
            ]
        );
        assert!(t.rows[2].cells.iter().all(|c| c.covered_by.is_none()));
    }

    #[test]
    fn a_short_drawing_is_no_table() {
        let blocks = read("┌──┐\n│注│\n");
        assert!(blocks
            .iter()
            .all(|b| matches!(b, crate::document::Block::Paragraph(_))));
    }
}
