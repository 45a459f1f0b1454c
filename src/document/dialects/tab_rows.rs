//! `tab-rows`: one row per line, cells separated by tabs (spreadsheet and Word exports, seed
//! 000). A header row of column names starts the table; header rows repeated after a page
//! break are skipped; a line without tabs continues the last filled cell while the table goes
//! on after it.

use crate::document::text::Text;
use crate::document::{Cell, Row, Table};

use super::{header_name, header_roles, DialectCx};

/// The `tab-rows` dialect.
pub struct TabRows;

fn header(line: &Text, cx: &DialectCx) -> Option<Vec<String>> {
    let t = line.as_str();
    if !t.contains('\t') || t.starts_with('\t') && t.matches('\t').count() == 1 {
        return None;
    }
    let names: Vec<String> = line
        .split('\t')
        .iter()
        .map(|c| header_name(c.as_str()))
        .collect();
    header_roles(&names, cx.hints).map(|_| names)
}

fn is_repeat(line: &Text, names: &[String]) -> bool {
    let found: Vec<String> = line
        .split('\t')
        .iter()
        .map(|c| header_name(c.as_str()))
        .filter(|n| !n.is_empty())
        .collect();
    let header: Vec<&String> = names.iter().filter(|n| !n.is_empty()).collect();
    found.len() == header.len() && found.iter().zip(header).all(|(a, b)| a == b)
}

impl super::TableDialect for TabRows {
    fn name(&self) -> &'static str {
        "tab-rows"
    }

    fn read(&self, lines: &[Text], at: usize, cx: &DialectCx) -> Option<(Table, usize)> {
        let names = header(&lines[at], cx)?;
        let width = names.len();
        let mut rows: Vec<Row> = vec![Row {
            cells: lines[at].split('\t').into_iter().map(Cell::new).collect(),
        }];
        let mut end = at + 1;
        let mut i = at + 1;
        while i < lines.len() {
            let line = &lines[i];
            if line.is_blank() {
                i += 1;
                continue;
            }
            if line.as_str().contains('\t') {
                if !is_repeat(line, &names) {
                    let mut cells = line.split('\t');
                    if cells.len() > width {
                        let extra = cells.split_off(width);
                        if let Some(last) = cells.last_mut() {
                            for c in extra.iter().filter(|c| !c.is_blank()) {
                                last.append(" ", c);
                            }
                        }
                    }
                    let mut row = Row {
                        cells: cells.into_iter().map(Cell::new).collect(),
                    };
                    while row.cells.len() < width {
                        row.cells.push(Cell::new(Text::empty_at(line.source_end())));
                    }
                    rows.push(row);
                }
                end = i + 1;
                i += 1;
                continue;
            }
            // a line without tabs continues the last row's last filled cell if the table goes on
            let next = lines[i + 1..].iter().find(|l| !l.is_blank());
            let goes_on = next
                .is_some_and(|n| n.as_str().contains('\t') && n.split('\t').len() >= width.min(2));
            let last = rows.len() - 1;
            if !goes_on || last == 0 {
                break;
            }
            if let Some(cell) = rows[last]
                .cells
                .iter_mut()
                .rev()
                .find(|c| !c.text.is_blank())
            {
                cell.text.append("\n", line);
            }
            end = i + 1;
            i += 1;
        }
        Some((Table::from_text(self.name(), rows), end))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{cells, read, table};

    #[test]
    fn repeated_headers_are_skipped_and_prose_ends_the_table() {
        let src = "工作任务\t具体任务\t牵头及责任单位\n一、总则\t\t\n（一）公开\t1. 做好。\t区财政局牵头\n\n工作任务\t具体任务\t牵头及责任单位\n\t2. 再做。\t各单位\n\n公开方式：主动公开\n";
        let blocks = read(src);
        let t = table(&blocks);
        assert_eq!(t.dialect, "tab-rows");
        let c = cells(t);
        assert_eq!(c.len(), 4);
        assert_eq!(c[3], ["", "2. 再做。", "各单位"]);
        let last = blocks.last().unwrap().as_paragraph().unwrap();
        assert_eq!(last.text.as_str(), "公开方式：主动公开");
    }

    #[test]
    fn a_line_without_tabs_continues_the_cell_above() {
        let src = "工作任务\t具体任务\t责任单位\n（一）公开\t1. 做好\t区财政局\n续写的内容\n\t2. 再做\t区民政局\n";
        let c = cells(table(&read(src)));
        assert_eq!(c[1][2], "区财政局\n续写的内容");
        assert_eq!(c.len(), 3);
    }
}
