//! `cell-per-line`: a Word table exported one cell per line (seed 002). Each cell line starts
//! with a tab and holds one cell; rows are separated by blank lines, but a cell may itself hold
//! blank lines and lines without the tab; merged cells come out empty or not at all.
//!
//! The row width is the most common number of cells between blank lines. A row with fewer
//! cells lost its merged leading cells: its last cells keep the last columns and its leading
//! cells go to the leading columns whose usual contents (heading style, bare number) they match.

use std::collections::BTreeMap;

use crate::document::text::Text;
use crate::document::{Cell, ColumnRole, Row, Table};

use super::{
    column_text, header_name, header_roles, settle_content, DialectCx, TableDialect,
    MAX_HEADER_CELL_CHARS,
};

/// The `cell-per-line` dialect.
pub struct CellPerLine;

/// Fewest header cells that make a cell-per-line header: two short tab-led lines are too
/// common in prose exports to mean a table.
const MIN_HEADER_CELLS: usize = 3;

/// A tab-led line holding one cell (no further tab).
fn single_cell(line: &Text) -> Option<Text> {
    let rest = line.as_str().strip_prefix('\t')?;
    (!rest.contains('\t')).then(|| line.slice(1, line.len()))
}

enum Piece {
    Cell(Text),
    Continuation(Text),
    Blank,
    End,
}

impl TableDialect for CellPerLine {
    fn name(&self) -> &'static str {
        "cell-per-line"
    }

    fn read(&self, lines: &[Text], at: usize, cx: &DialectCx) -> Option<(Table, usize)> {
        let mut names = Vec::new();
        let mut header_cells = Vec::new();
        let mut i = at;
        while let Some(cell) = lines.get(i).and_then(single_cell) {
            let name = header_name(cell.as_str());
            if name.chars().count() > MAX_HEADER_CELL_CHARS {
                break;
            }
            names.push(name);
            header_cells.push(cell);
            i += 1;
        }
        if names.len() < MIN_HEADER_CELLS {
            return None;
        }
        let mut roles = header_roles(&names, cx.hints)?;
        let body = i;

        let mut pieces = Vec::new();
        while i < lines.len() {
            let line = &lines[i];
            if let Some(cell) = single_cell(line) {
                pieces.push(Piece::Cell(cell));
            } else if line.is_blank() {
                pieces.push(Piece::Blank);
            } else if line.as_str().starts_with('\t') {
                pieces.push(Piece::End);
                break;
            } else {
                pieces.push(Piece::Continuation(line.clone()));
            }
            i += 1;
        }
        let width = row_width(&pieces).max(names.len());

        let mut rows: Vec<Vec<Text>> = Vec::new();
        let mut row: Vec<Text> = Vec::new();
        let mut blank_pending = false;
        let mut end = body;
        for (line_no, p) in (body..).zip(pieces) {
            match p {
                Piece::Cell(cell) => {
                    if row.len() >= width {
                        rows.push(std::mem::take(&mut row));
                    }
                    row.push(cell);
                    blank_pending = false;
                    end = line_no + 1;
                }
                Piece::Continuation(line) => {
                    if row.len() >= width && blank_pending || row.is_empty() {
                        break; // text after a complete row: the table has ended
                    }
                    if let Some(cell) = row.last_mut() {
                        cell.append(if blank_pending { "\n\n" } else { "\n" }, &line);
                    }
                    blank_pending = false;
                    end = line_no + 1;
                }
                Piece::Blank => {
                    if row.len() >= width {
                        rows.push(std::mem::take(&mut row));
                    } else {
                        blank_pending = !row.is_empty();
                    }
                }
                Piece::End => break,
            }
        }
        if !row.is_empty() {
            rows.push(row);
        }
        // which column holds the task text, judged on the full rows (aligned to the header's
        // right end when the rows are wider)
        let extra = width - names.len();
        let full: Vec<&Vec<Text>> = rows.iter().filter(|r| r.len() == width).collect();
        settle_content(&mut roles, &names, &|c| {
            column_text(full.iter().map(|r| r[c + extra].as_str()), cx)
        });
        // the leading columns hold sections and numbers: the header's own, and the columns a
        // merged first header cell spans when the rows are wider than the header
        let leading = width - names.len()
            + roles
                .iter()
                .take_while(|r| matches!(r, ColumnRole::Topic | ColumnRole::Number))
                .count();
        align_short_rows(&mut rows, width, leading.min(width), cx);
        let mut header = header_cells;
        // a header narrower than the rows: its first name spans the extra leading columns
        while header.len() < width {
            let first = header[0].clone();
            header.insert(0, first);
        }
        let mut table_rows = vec![Row {
            cells: header.into_iter().map(Cell::new).collect(),
        }];
        table_rows.extend(rows.into_iter().map(|cells| Row {
            cells: cells.into_iter().map(Cell::new).collect(),
        }));
        Some((Table::from_text(self.name(), table_rows), end))
    }
}

/// The most common number of cells between blank lines.
fn row_width(pieces: &[Piece]) -> usize {
    let mut counts = BTreeMap::new();
    let mut n = 0;
    for p in pieces {
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
    counts
        .iter()
        .max_by_key(|(w, c)| (**c, **w))
        .map(|(w, _)| *w)
        .unwrap_or(0)
}

/// What a leading cell holds: a heading of some depth, a bare number (0), or other text (99).
fn cell_kind(cell: &Text, cx: &DialectCx) -> Option<u8> {
    let t = cell.as_str().trim();
    if t.is_empty() {
        return None;
    }
    if t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit()) {
        return Some(0);
    }
    Some(
        cx.numbering
            .at_start(t)
            .map(|h| h.style.depth())
            .unwrap_or(99),
    )
}

/// Put the cells of rows shorter than `width` in the columns they belong to: the last cells in
/// the last columns, the leading ones where the full rows hold the same kind of cell.
fn align_short_rows(rows: &mut [Vec<Text>], width: usize, leading: usize, cx: &DialectCx) {
    let full: Vec<&Vec<Text>> = rows.iter().filter(|r| r.len() == width).collect();
    let mut profile: Vec<Option<u8>> = vec![None; width];
    for (ci, slot) in profile.iter_mut().enumerate() {
        let mut counts = BTreeMap::new();
        for row in &full {
            if let Some(k) = cell_kind(&row[ci], cx) {
                *counts.entry(k).or_insert(0) += 1;
            }
        }
        *slot = counts.into_iter().max_by_key(|(_, n)| *n).map(|(k, _)| k);
    }
    if leading == 0 {
        for row in rows.iter_mut() {
            pad(row, width);
        }
        return;
    }
    let tail = width - leading;
    for row in rows.iter_mut() {
        let real = row.len();
        if real >= width {
            continue;
        }
        if real <= tail {
            // only the task's own cells: the leading cells were merged away
            let origin = row.first().map(|c| c.origin()).unwrap_or(0);
            let mut out: Vec<Text> = (0..width - real).map(|_| Text::empty_at(origin)).collect();
            out.append(row);
            *row = out;
            continue;
        }
        let cells: Vec<Text> = std::mem::take(row);
        let (lead, rest) = cells.split_at(real - tail);
        let mut out: Vec<Text> = (0..leading)
            .map(|_| Text::empty_at(lead[0].origin()))
            .collect();
        let mut next = 0;
        for cell in lead {
            let kind = cell_kind(cell, cx);
            let slot = (next..leading)
                .find(|&k| profile[k] == kind)
                .unwrap_or(next);
            if slot < leading {
                out[slot] = cell.clone();
                next = slot + 1;
            }
        }
        out.extend(rest.iter().cloned());
        *row = out;
    }
}

fn pad(row: &mut Vec<Text>, width: usize) {
    let at = row.last().map(|l| l.source_end()).unwrap_or(0);
    while row.len() < width {
        row.push(Text::empty_at(at));
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{cells, read, table};

    #[test]
    fn rows_with_blank_lines_inside_cells() {
        let src = "标题\n\t工作任务\n\t重点内容\n\t责任单位\n\t时限\n\n\t一、总则\n\t1.第一条\n\n第二段\n\t区财政局\n\t全年\n\n\t\n\t续行\n\t区政府各部门\n\t\n";
        let t = table(&read(src)).clone();
        assert_eq!(t.dialect, "cell-per-line");
        let c = cells(&t);
        assert_eq!(c.len(), 3);
        assert_eq!(c[1], ["一、总则", "1.第一条\n\n第二段", "区财政局", "全年"]);
        assert_eq!(c[2], ["", "续行", "区政府各部门", ""]);
    }
}
