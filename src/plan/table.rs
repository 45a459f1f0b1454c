//! Tables: find a header row, then read rows in either export style.
//!
//! * tab-separated: one row per line, cells separated by tabs (HTML tables read the same way);
//! * cell-per-line: a Word table exported one cell per line, each cell line starting with a
//!   tab, rows separated by blank lines, while a cell may itself hold blank lines and lines
//!   without the tab.

use crate::plan::headings::Headings;
use crate::plan::lines::Line;
use crate::plan::model::{ColumnRole, Layout};
use crate::plan::text::normalize;
use crate::plan::vocab::Vocabulary;

/// A table column: its header as printed and the role it plays.
#[derive(Debug, Clone)]
pub struct Column {
    pub name: String,
    pub role: ColumnRole,
}

/// One table row, one cell per column (empty cells included).
#[derive(Debug, Clone)]
pub struct Row {
    pub cells: Vec<Line>,
}

/// A table: its columns, rows, and the logical lines it occupies.
#[derive(Debug, Clone)]
pub struct Table {
    pub style: Layout,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    /// First line (the header) and last line of the table.
    pub first_line: usize,
    pub last_line: usize,
}

/// Every table in the document, in order.
pub fn find_tables(lines: &[Line], vocab: &Vocabulary, headings: &Headings) -> Vec<Table> {
    let mut tables = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if let Some(columns) = tab_header(&lines[i], vocab) {
            let table = read_tab_table(lines, i, columns);
            i = table.last_line + 1;
            tables.push(table);
        } else if let Some((columns, next)) = cell_header(lines, i, vocab) {
            let mut table = read_cell_table(lines, i, next, columns);
            align_short_rows(&mut table, headings);
            i = table.last_line + 1;
            tables.push(table);
        } else {
            i += 1;
        }
    }
    tables
}

fn roles_make_a_header(names: &[String], vocab: &Vocabulary) -> Option<Vec<Column>> {
    let non_empty = names.iter().filter(|n| !n.is_empty()).count();
    if non_empty < 2 {
        return None;
    }
    let mut columns: Vec<Column> = names
        .iter()
        .map(|n| Column {
            name: n.clone(),
            role: vocab.column_role(n).unwrap_or(ColumnRole::Topic),
        })
        .collect();
    // without a task column (序号 / 工作任务 / 牵头部门 …) the last topic column is the task text
    if !columns.iter().any(|c| c.role == ColumnRole::Content) {
        if let Some(c) = columns
            .iter_mut()
            .rev()
            .find(|c| c.role == ColumnRole::Topic && !c.name.is_empty())
        {
            c.role = ColumnRole::Content;
        }
    }
    let recognised = names
        .iter()
        .filter(|n| !n.is_empty() && vocab.column_role(n).is_some())
        .count();
    let substantive = columns.iter().any(|c| {
        matches!(
            c.role,
            ColumnRole::Content | ColumnRole::Units | ColumnRole::Lead | ColumnRole::Deadline
        )
    });
    (recognised >= 2 && recognised + 1 >= non_empty && substantive).then_some(columns)
}

fn tab_header(line: &Line, vocab: &Vocabulary) -> Option<Vec<Column>> {
    if !line.text.contains('\t')
        || line.text.starts_with('\t') && line.text.matches('\t').count() == 1
    {
        return None;
    }
    let names: Vec<String> = line
        .split_tabs()
        .iter()
        .map(|c| normalize(&c.text))
        .collect();
    roles_make_a_header(&names, vocab)
}

fn is_header_repeat(line: &Line, columns: &[Column]) -> bool {
    let names: Vec<String> = line
        .split_tabs()
        .iter()
        .map(|c| normalize(&c.text))
        .filter(|n| !n.is_empty())
        .collect();
    let header: Vec<&str> = columns
        .iter()
        .map(|c| c.name.as_str())
        .filter(|n| !n.is_empty())
        .collect();
    names == header
}

fn read_tab_table(lines: &[Line], header: usize, columns: Vec<Column>) -> Table {
    let width = columns.len();
    let mut rows: Vec<Row> = Vec::new();
    let mut last_line = header;
    let mut i = header + 1;
    while i < lines.len() {
        let line = &lines[i];
        if line.is_blank() {
            i += 1;
            continue;
        }
        if line.text.contains('\t') {
            if !is_header_repeat(line, &columns) {
                let mut cells = line.split_tabs();
                if cells.len() > width {
                    let mut extra = cells.split_off(width);
                    if let Some(last) = cells.last_mut() {
                        for c in extra.drain(..) {
                            if !c.is_blank() {
                                last.append(" ", &c);
                            }
                        }
                    }
                }
                while cells.len() < width {
                    cells.push(line.slice(line.text.len(), line.text.len()));
                }
                rows.push(Row { cells });
            }
            last_line = i;
            i += 1;
            continue;
        }
        // a line without tabs continues the last row's last filled cell if the table goes on
        let next = lines[i + 1..].iter().find(|l| !l.is_blank());
        let table_goes_on =
            next.is_some_and(|n| n.text.contains('\t') && n.split_tabs().len() >= width.min(2));
        match rows.last_mut() {
            Some(row) if table_goes_on => {
                if let Some(cell) = row.cells.iter_mut().rev().find(|c| !c.is_blank()) {
                    cell.append("\n", line);
                }
                last_line = i;
                i += 1;
            }
            _ => break,
        }
    }
    Table {
        style: Layout::TabTable,
        columns,
        rows,
        first_line: header,
        last_line,
    }
}

/// A tab-led line holding one cell (no further tab).
fn single_cell(line: &Line) -> Option<Line> {
    let rest = line.text.strip_prefix('\t')?;
    (!rest.contains('\t')).then(|| line.slice(1, line.text.len()))
}

fn cell_header(lines: &[Line], start: usize, vocab: &Vocabulary) -> Option<(Vec<Column>, usize)> {
    let mut names = Vec::new();
    let mut i = start;
    while let Some(cell) = lines.get(i).and_then(single_cell) {
        let name = normalize(&cell.text);
        if name.chars().count() > 12 {
            break;
        }
        names.push(name);
        i += 1;
    }
    if names.len() < 3 {
        return None;
    }
    roles_make_a_header(&names, vocab).map(|c| (c, i))
}

fn read_cell_table(
    lines: &[Line],
    header: usize,
    body: usize,
    header_columns: Vec<Column>,
) -> Table {
    // gather raw cells: (cell, blank line seen before it)
    #[derive(Debug)]
    enum Piece {
        Cell(Line),
        Continuation(Line),
        Blank,
        End,
    }
    let mut pieces = Vec::new();
    let mut i = body;
    while i < lines.len() {
        let line = &lines[i];
        if let Some(cell) = single_cell(line) {
            pieces.push(Piece::Cell(cell));
        } else if line.is_blank() {
            pieces.push(Piece::Blank);
        } else if line.text.starts_with('\t') {
            pieces.push(Piece::End);
            break;
        } else {
            pieces.push(Piece::Continuation(line.clone()));
        }
        i += 1;
    }
    // the row width is the most common number of cells between blank lines
    let mut counts = std::collections::BTreeMap::new();
    let mut n = 0;
    for p in &pieces {
        match p {
            Piece::Cell(_) => n += 1,
            Piece::Blank | Piece::End => {
                if n > 0 {
                    *counts.entry(n).or_insert(0) += 1;
                }
                n = 0;
            }
            Piece::Continuation(_) => {}
        }
    }
    if n > 0 {
        *counts.entry(n).or_insert(0) += 1;
    }
    let width = counts
        .iter()
        .max_by_key(|(w, c)| (**c, **w))
        .map(|(w, _)| *w)
        .unwrap_or(header_columns.len())
        .max(header_columns.len());

    let mut rows: Vec<Row> = Vec::new();
    let mut row: Vec<Line> = Vec::new();
    let mut blank_pending = false;
    let mut last_line = header;
    for (line_no, p) in (body..).zip(pieces) {
        match p {
            Piece::Cell(cell) => {
                if row.len() >= width {
                    rows.push(Row {
                        cells: std::mem::take(&mut row),
                    });
                }
                row.push(cell);
                blank_pending = false;
                last_line = line_no;
            }
            Piece::Continuation(line) => {
                if row.len() >= width && blank_pending || row.is_empty() {
                    // the table has ended: text after a complete row
                    break;
                }
                if let Some(cell) = row.last_mut() {
                    cell.append(if blank_pending { "\n\n" } else { "\n" }, &line);
                }
                blank_pending = false;
                last_line = line_no;
            }
            Piece::Blank => {
                if row.len() >= width {
                    rows.push(Row {
                        cells: std::mem::take(&mut row),
                    });
                } else {
                    blank_pending = !row.is_empty();
                }
            }
            Piece::End => break,
        }
    }
    if !row.is_empty() {
        rows.push(Row { cells: row });
    }
    Table {
        style: Layout::CellPerLineTable,
        columns: align_columns(header_columns, width),
        rows,
        first_line: header,
        last_line,
    }
}

/// What a topic cell holds: a heading of some level, a bare number, or other text.
fn cell_kind(cell: &Line, headings: &Headings) -> Option<u8> {
    let t = cell.text.trim();
    if t.is_empty() {
        return None;
    }
    if t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit()) {
        return Some(0);
    }
    Some(headings.at_start(t).map(|h| h.level).unwrap_or(9))
}

/// A row with fewer cells than the table (a merged cell the export left out) keeps its last
/// cells in the last columns; its leading topic cells go to the topic columns whose usual
/// contents (heading level, bare number) they match.
fn align_short_rows(table: &mut Table, headings: &Headings) {
    let width = table.columns.len();
    let topic: Vec<usize> = (0..width)
        .filter(|&i| table.columns[i].role == ColumnRole::Topic)
        .collect();
    if topic.is_empty() {
        return;
    }
    // the usual kind of each topic column, from the full rows
    let mut profile = vec![None; width];
    for &ci in &topic {
        let mut counts = std::collections::BTreeMap::new();
        for row in table.rows.iter().filter(|r| r.cells.len() == width) {
            if let Some(k) = cell_kind(&row.cells[ci], headings) {
                *counts.entry(k).or_insert(0) += 1;
            }
        }
        profile[ci] = counts.into_iter().max_by_key(|(_, n)| *n).map(|(k, _)| k);
    }
    let tail = width - topic.len();
    for row in &mut table.rows {
        let real = row.cells.len();
        if real >= width {
            continue;
        }
        if real <= tail {
            pad(row, width);
            continue;
        }
        let cells: Vec<Line> = row.cells.drain(..real).collect();
        let (lead, rest) = cells.split_at(real - tail);
        let filler = |l: &Line| l.slice(0, 0);
        let mut out: Vec<Line> = topic.iter().map(|_| filler(&lead[0])).collect();
        let mut next = 0;
        for cell in lead {
            let kind = cell_kind(cell, headings);
            let slot = (next..topic.len())
                .find(|&k| profile[topic[k]] == kind)
                .unwrap_or(next);
            if slot < topic.len() {
                out[slot] = cell.clone();
                next = slot + 1;
            }
        }
        out.extend(rest.iter().cloned());
        row.cells = out;
    }
}

/// Fill a row up to `width` with empty cells.
fn pad(row: &mut Row, width: usize) {
    while row.cells.len() < width {
        let empty = row
            .cells
            .last()
            .map(|l| l.slice(l.text.len(), l.text.len()));
        match empty {
            Some(l) => row.cells.push(l),
            None => break,
        }
    }
}

/// When a header has fewer cells than the rows (a merged 工作任务 header over 部分 / 小节 /
/// 序号), the leading header spans the extra columns, whose roles come from their contents.
fn align_columns(header: Vec<Column>, width: usize) -> Vec<Column> {
    if header.len() >= width {
        return header;
    }
    let extra = width - header.len();
    let mut columns = Vec::with_capacity(width);
    let first = header[0].clone();
    for _ in 0..=extra {
        columns.push(Column {
            name: first.name.clone(),
            role: ColumnRole::Topic,
        });
    }
    columns.extend(header.into_iter().skip(1));
    columns
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::SourceKind;
    use crate::plan::lines::logical_lines;

    fn texts(row: &Row) -> Vec<String> {
        row.cells.iter().map(|c| c.text.clone()).collect()
    }

    #[test]
    fn cell_per_line_rows_with_blank_lines_inside_cells() {
        let src = "标题\n\t工作任务\n\t重点内容\n\t责任单位\n\t时限\n\n\t一、总则\n\t1.第一条\n\n第二段\n\t区财政局\n\t全年\n\n\t\n\t续行\n\t区政府各部门\n\t\n";
        let lines = logical_lines(src, SourceKind::Text);
        let vocab = Vocabulary::bundled().unwrap();
        let tables = find_tables(&lines, &vocab, &Headings::new());
        assert_eq!(tables.len(), 1);
        let t = &tables[0];
        assert_eq!(t.style, Layout::CellPerLineTable);
        assert_eq!(t.columns.len(), 4);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(
            texts(&t.rows[0]),
            ["一、总则", "1.第一条\n\n第二段", "区财政局", "全年"]
        );
        assert_eq!(texts(&t.rows[1]), ["", "续行", "区政府各部门", ""]);
    }

    #[test]
    fn tab_table_skips_repeated_headers_and_stops_at_prose() {
        let src = "工作任务\t具体任务\t牵头及责任单位\n一、总则\t\t\n（一）公开\t1. 做好。\t区财政局牵头\n\n工作任务\t具体任务\t牵头及责任单位\n\t2. 再做。\t各单位\n\n公开方式：主动公开\n";
        let lines = logical_lines(src, SourceKind::Text);
        let vocab = Vocabulary::bundled().unwrap();
        let tables = find_tables(&lines, &vocab, &Headings::new());
        assert_eq!(tables.len(), 1);
        assert_eq!(tables[0].rows.len(), 3);
        assert_eq!(tables[0].last_line, 5);
        assert_eq!(texts(&tables[0].rows[2]), ["", "2. 再做。", "各单位"]);
    }
}
