//! Blocks of a Word document. Its tables come with the file, merges and all, so nothing about
//! them is guessed. Its paragraphs are read like the lines of a text file — one paragraph, one
//! line — because Word users type tables too: cells separated by tabs, or one cell per
//! paragraph, and the text dialects already know those.

use super::dialects::{self, DialectCx};
use super::{reflow, Block, Cell, Document, Hints, Numbering, Region, Row, Table, Text};
use crate::ingest::docx::{WordBlock, WordDocument};

/// The blocks of a Word document whose laid-out text is `text`.
pub fn read(text: &str, word: &WordDocument, hints: &dyn Hints, numbering: &Numbering) -> Document {
    let cx = DialectCx { hints, numbering };
    let mut blocks = Vec::new();
    let mut lines: Vec<Text> = Vec::new();
    let flush = |lines: &mut Vec<Text>, blocks: &mut Vec<Block>| {
        if !lines.is_empty() {
            let reflowed = reflow::reflow(std::mem::take(lines), numbering, hints);
            blocks.extend(dialects::read_blocks(&reflowed, &cx));
        }
    };
    for block in &word.blocks {
        match block {
            WordBlock::Paragraph(range) => {
                lines.push(Text::verbatim(text, range.start, range.end));
            }
            WordBlock::Table(grid) => {
                flush(&mut lines, &mut blocks);
                let width = grid.iter().map(Vec::len).max().unwrap_or(0);
                let rows = grid
                    .iter()
                    .map(|cells| {
                        let mut row: Vec<Cell> = cells
                            .iter()
                            .map(|c| Cell {
                                text: Text::verbatim(text, c.text.start, c.text.end),
                                covered_by: c.covered_by,
                            })
                            .collect();
                        let end = cells.last().map(|c| c.text.end).unwrap_or(0);
                        while row.len() < width {
                            row.push(Cell::new(Text::empty_at(end)));
                        }
                        Row { cells: row }
                    })
                    .collect();
                blocks.push(Block::Table(Table {
                    dialect: "docx",
                    caption: None,
                    rows,
                    merges_known: true,
                    region: Region::Body,
                    inferred: None,
                }));
            }
        }
    }
    flush(&mut lines, &mut blocks);
    Document {
        blocks,
        title_hint: None,
    }
}
