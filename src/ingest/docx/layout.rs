//! Laying a Word document out as text: one line per paragraph, a table row as its cells
//! joined by tabs (a cell's own paragraphs on lines of their own). This is the text every
//! other output shows and points into; the blocks keep the structure (cells, merges) so the
//! plan reader never has to guess it back from the text.

use std::ops::Range;

use super::body::{CellItem, Item, Piece, RowItem};

/// A paragraph or a table, as ranges of the laid-out text.
#[derive(Debug, Clone)]
pub enum WordBlock {
    Paragraph(Range<usize>),
    Table(Vec<Vec<WordCell>>),
}

/// A table slot on the grid: its text, or the merged cell covering it.
#[derive(Debug, Clone)]
pub struct WordCell {
    pub text: Range<usize>,
    /// The cell (row, column) whose text covers this slot (`w:gridSpan`, `w:vMerge`).
    pub covered_by: Option<(usize, usize)>,
}

/// Text of the laid-out view that came from a run's child: what lets a finding be anchored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    pub view: Range<usize>,
    pub run: usize,
    pub child: usize,
}

/// The laid-out text and its structure.
#[derive(Debug, Default)]
pub struct Layout {
    pub text: String,
    pub blocks: Vec<WordBlock>,
    pub anchors: Vec<Anchor>,
    /// Where each paragraph's line starts and ends (for anchoring what has no run).
    pub lines: Vec<Range<usize>>,
}

/// Tables with more slots than this are cut: no plan's table is near it, and a hostile
/// `gridSpan` must not blow the grid up.
const MAX_GRID_SLOTS: usize = 1_000_000;

impl Layout {
    /// Lay out items after what is already there.
    pub fn push_items(&mut self, items: &[Item]) {
        for item in items {
            match item {
                Item::Para(p) => {
                    for range in self.push_para(&p.pieces) {
                        self.blocks.push(WordBlock::Paragraph(range));
                    }
                }
                Item::Table(rows) => {
                    let grid = self.push_table(rows);
                    if !grid.is_empty() {
                        self.blocks.push(WordBlock::Table(grid));
                    }
                }
            }
        }
    }

    /// A piece of text: printed (an automatic number), or from a run, which is remembered.
    fn push_piece(&mut self, piece: &Piece) {
        match piece {
            Piece::Printed(s) => self.text.push_str(s),
            Piece::Run { run, child, text } => {
                let at = self.text.len();
                let clean = clean(text);
                self.text.push_str(&clean);
                if clean.len() == text.len() {
                    self.anchors.push(Anchor {
                        view: at..self.text.len(),
                        run: *run,
                        child: *child,
                    });
                }
            }
            Piece::Break => {}
        }
    }

    /// A paragraph's lines (a line break starts a new one); each ends with a newline.
    fn push_para(&mut self, pieces: &[Piece]) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut start = self.text.len();
        for piece in pieces {
            match piece {
                Piece::Printed(_) | Piece::Run { .. } => self.push_piece(piece),
                Piece::Break => {
                    out.push(start..self.text.len());
                    self.lines.push(start..self.text.len());
                    self.text.push('\n');
                    start = self.text.len();
                }
            }
        }
        out.push(start..self.text.len());
        self.lines.push(start..self.text.len());
        self.text.push('\n');
        out
    }

    /// A cell's text: its paragraphs joined by newlines (nested tables row by row).
    fn push_cell(&mut self, items: &[Item]) -> Range<usize> {
        let start = self.text.len();
        let mut first = true;
        for item in items {
            match item {
                Item::Para(p) => {
                    if !first {
                        self.text.push('\n');
                    }
                    first = false;
                    for piece in &p.pieces {
                        match piece {
                            Piece::Break => self.text.push('\n'),
                            _ => self.push_piece(piece),
                        }
                    }
                }
                Item::Table(rows) => {
                    for row in rows.iter().filter(|r| !r.deleted) {
                        for (i, cell) in row.cells.iter().enumerate() {
                            if !first {
                                self.text.push(if i == 0 { '\n' } else { ' ' });
                            }
                            first = false;
                            self.push_cell(&cell.items);
                        }
                    }
                }
            }
        }
        // trailing empty paragraphs leave no text
        while self.text.len() > start && self.text.ends_with('\n') {
            self.text.pop();
            self.anchors.retain(|a| a.view.end <= self.text.len());
        }
        start..self.text.len()
    }

    /// A table's rows on the grid, each laid out as a line of tab-separated cells.
    fn push_table(&mut self, rows: &[RowItem]) -> Vec<Vec<WordCell>> {
        let mut grid: Vec<Vec<WordCell>> = Vec::new();
        let mut slots = 0usize;
        for row in rows.iter().filter(|r| !r.deleted) {
            let r = grid.len();
            let mut cells: Vec<WordCell> = Vec::new();
            let line_start = self.text.len();
            let mut col = 0usize;
            let mut first = true;
            let mut sep = |layout: &mut Layout| {
                if !first {
                    layout.text.push('\t');
                }
                first = false;
            };
            for _ in 0..row.before {
                sep(self);
                cells.push(WordCell {
                    text: self.text.len()..self.text.len(),
                    covered_by: None,
                });
                col += 1;
            }
            for cell in &row.cells {
                if slots >= MAX_GRID_SLOTS {
                    break;
                }
                sep(self);
                let origin = (r, col);
                let covered = continued_from(&grid, cell, col);
                let text = if covered.is_some() {
                    self.text.len()..self.text.len()
                } else {
                    self.push_cell(&cell.items)
                };
                cells.push(WordCell {
                    text: text.clone(),
                    covered_by: covered,
                });
                for _ in 1..cell.span {
                    sep(self);
                    cells.push(WordCell {
                        text: self.text.len()..self.text.len(),
                        covered_by: Some(covered.unwrap_or(origin)),
                    });
                }
                col += cell.span;
                slots += cell.span;
            }
            self.lines.push(line_start..self.text.len());
            self.text.push('\n');
            grid.push(cells);
        }
        grid
    }
}

/// The cell a `w:vMerge` continuation continues: the slot above, or what covers it.
fn continued_from(grid: &[Vec<WordCell>], cell: &CellItem, col: usize) -> Option<(usize, usize)> {
    if !cell.continues {
        return None;
    }
    let above_row = grid.len().checked_sub(1)?;
    let above = grid[above_row].get(col)?;
    Some(above.covered_by.unwrap_or((above_row, col)))
}

/// Text as laid out: a newline or control character inside a run (which Word never prints as
/// such) becomes a space, so one paragraph stays one line.
fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() && c != '\t' { ' ' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::body::{read_part, Part};
    use super::super::numbering::{Counters, Definitions};
    use super::*;

    fn lay_out(body: &str) -> Layout {
        let xml = format!(
            r#"<w:document xmlns:w="w" xmlns:mc="mc"><w:body>{body}</w:body></w:document>"#
        );
        let mut runs = Vec::new();
        let part = read_part(
            &xml,
            Part::Body,
            &Definitions::default(),
            &mut Counters::default(),
            &mut runs,
        )
        .unwrap();
        let mut layout = Layout::default();
        layout.push_items(&part.items);
        layout
    }

    #[test]
    fn text_boxes_once_fields_hidden_breaks_split() {
        let l = lay_out(concat!(
            r#"<w:p><w:r><w:t>一、总体要求</w:t></w:r>"#,
            r#"<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>框内文字</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"#,
            r#"<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>框内文字</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"#,
            r#"<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>"#,
            r#"<w:p><w:r><w:t>甲</w:t><w:br/><w:t>乙</w:t></w:r></w:p>"#,
        ));
        assert_eq!(l.text, "一、总体要求\n框内文字\n3\n甲\n乙\n");
        assert_eq!(l.blocks.len(), 5);
        // the text box's run is inside the run holding the drawing: anchored all the same
        assert!(l
            .anchors
            .iter()
            .any(|a| &l.text[a.view.clone()] == "框内文字"));
    }

    #[test]
    fn nested_tables_and_deleted_rows() {
        let l = lay_out(concat!(
            r#"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>序号</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>任务</w:t></w:r></w:p></w:tc></w:tr>"#,
            r#"<w:tr><w:trPr><w:del w:id="1" w:author="x"/></w:trPr><w:tc><w:p><w:del><w:r><w:delText>旧</w:delText></w:r></w:del></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>"#,
            r#"<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>"#,
        ));
        assert_eq!(l.text, "序号\t任务\n1\t甲 乙\n");
        let WordBlock::Table(grid) = &l.blocks[0] else {
            panic!("a table")
        };
        assert_eq!(grid.len(), 2, "the deleted row is not read");
    }
}
