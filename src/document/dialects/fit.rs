//! Fitting cells to columns by what they hold. Text tables lose merged cells: a row whose
//! merged section cell was printed only on the first row of its group comes out one cell short,
//! and a table printed one cell per line does not say where a row ends. Each cell is classed by
//! its content (a heading, a bare number, units, a time limit, text) and placed in the next
//! column that takes that class; when none is left, a new row starts.

use crate::document::numbering::NumberStyle;
use crate::document::text::{is_space, Text};
use crate::document::{Cell, ColumnRole, Row};

use super::DialectCx;

/// What a cell holds, as far as placing it in a column goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellClass {
    Empty,
    /// A section heading (一、…, （一）…).
    Heading(NumberStyle),
    /// A bare number (a 序号 cell).
    Number,
    Units,
    Deadline,
    /// A few words: a topic, a short task, an unrecognised unit.
    Short,
    /// A sentence or more: task text.
    Long,
}

/// Longest text that can still be a topic or a column label rather than task text.
const SHORT_MAX_CHARS: usize = 30;
/// Longest heading cell (`（一）进一步推进权力清单和责任清单公开`).
const HEADING_MAX_CHARS: usize = 40;

/// The class of a cell's text.
pub fn classify(text: &str, cx: &DialectCx) -> CellClass {
    let t = text.trim_matches(is_space);
    if t.is_empty() {
        return CellClass::Empty;
    }
    let n = t.chars().count();
    if n <= 3 && t.chars().all(|c| c.is_ascii_digit()) {
        return CellClass::Number;
    }
    if let Some(mark) = cx.numbering.at_start(t) {
        if n <= HEADING_MAX_CHARS && mark.style.heads_sections() {
            return CellClass::Heading(mark.style);
        }
        if mark.style >= NumberStyle::Arabic {
            return CellClass::Long;
        }
    }
    if cx.hints.looks_like_deadline(t) {
        return CellClass::Deadline;
    }
    if cx.hints.looks_like_units(t) {
        return CellClass::Units;
    }
    if n <= SHORT_MAX_CHARS && !t.contains('。') {
        CellClass::Short
    } else {
        CellClass::Long
    }
}

/// The value of a cell holding a bare row number (`3`), as a table without a header numbers its
/// rows.
pub fn number_value(text: &str, cx: &DialectCx) -> Option<u32> {
    (classify(text, cx) == CellClass::Number)
        .then(|| text.trim().parse().ok())
        .flatten()
}

/// Whether a column of `role` takes a cell of `class`.
pub fn accepts(role: ColumnRole, class: CellClass) -> bool {
    use CellClass::*;
    match role {
        _ if class == Empty => true,
        ColumnRole::Topic => matches!(class, Heading(_) | Short),
        ColumnRole::Number => class == Number,
        ColumnRole::Content | ColumnRole::Requirement => matches!(class, Long | Short | Heading(_)),
        ColumnRole::Units | ColumnRole::Lead | ColumnRole::Cooperating => {
            matches!(class, Units | Short)
        }
        ColumnRole::Deadline => matches!(class, Deadline | Short),
        ColumnRole::Other => matches!(class, Long | Short | Deadline | Units),
        ColumnRole::Person => class == Short,
    }
}

/// Fit one row's cells (fewer than the columns) to the columns their content belongs in.
pub fn fit_row(cells: Vec<Text>, columns: &[ColumnRole], cx: &DialectCx) -> Row {
    let width = columns.len();
    let classes: Vec<CellClass> = cells.iter().map(|c| classify(c.as_str(), cx)).collect();
    // a row opening with its number whose cells exactly fill the columns from the number's on
    // (`2 | 深化… | 区数据资源局…等相关区直部门… | 持续推进` under `工作任务 | 序号 | …`): the
    // columns before the number are the merged ones it lost, its cells stand in order
    let number_col = columns.iter().position(|c| *c == ColumnRole::Number);
    if let Some(nc) = number_col {
        if classes.first() == Some(&CellClass::Number) && cells.len() == width - nc {
            let mut slots: Vec<Option<Text>> = vec![None; nc];
            slots.extend(cells.into_iter().map(Some));
            return fill(slots);
        }
    }
    // place from the right: the last cells are the most regular (units, time limits)
    let mut slots: Vec<Option<Text>> = vec![None; width];
    let mut j = width;
    for (cell, class) in cells.into_iter().zip(classes).rev() {
        // a time limit or units go to their own column before one the model does not keep
        // (备注 left empty and dropped from the row's end)
        let own = matches!(class, CellClass::Deadline | CellClass::Units)
            .then(|| {
                (0..j)
                    .rev()
                    .find(|&k| !columns[k].kept_aside() && accepts(columns[k], class))
            })
            .flatten();
        let Some(k) = own.or_else(|| (0..j).rev().find(|&k| accepts(columns[k], class))) else {
            // keep the cell's text: it goes to the first free column
            if let Some(k) = (0..width).find(|&k| slots[k].is_none()) {
                slots[k] = Some(cell);
            }
            continue;
        };
        slots[k] = Some(cell);
        j = k;
    }
    fill(slots)
}

/// A row from its slots, empty cells standing where their neighbours are.
fn fill(slots: Vec<Option<Text>>) -> Row {
    let first = slots
        .iter()
        .flatten()
        .next()
        .map(|t| t.origin())
        .unwrap_or(0);
    row_of_slots(slots, first)
}

/// A row from a row's slots, an empty cell standing where the cell before it ended (`start`
/// before the first).
pub fn row_of_slots(slots: Vec<Option<Text>>, start: usize) -> Row {
    let mut last = start;
    let cells = slots
        .into_iter()
        .map(|s| match s {
            Some(t) => {
                last = t.source_end();
                Cell::new(t)
            }
            None => Cell::new(Text::empty_at(last)),
        })
        .collect();
    Row { cells }
}

#[cfg(test)]
mod tests {
    use super::super::tests::TestHints;
    use super::*;
    use crate::document::numbering::Numbering;

    fn texts(row: &Row) -> Vec<&str> {
        row.cells.iter().map(|c| c.text.as_str()).collect()
    }

    /// The cells of a row fitted to `columns`.
    fn fitted(cells: &[&str], columns: &[ColumnRole]) -> Vec<String> {
        let numbering = Numbering::new();
        let cx = DialectCx {
            hints: &TestHints,
            numbering: &numbering,
        };
        let cells = cells.iter().map(|c| Text::standalone(c)).collect();
        let row = fit_row(cells, columns, &cx);
        texts(&row).into_iter().map(str::to_owned).collect()
    }

    #[test]
    fn a_short_row_keeps_its_cells_in_their_columns() {
        use ColumnRole::*;
        assert_eq!(
            fitted(
                &["3.及时反馈网民对调查征集信息的意见。", "各科室"],
                &[Topic, Content, Units]
            ),
            ["", "3.及时反馈网民对调查征集信息的意见。", "各科室"]
        );
    }

    #[test]
    fn a_time_limit_goes_to_its_column_before_a_remark() {
        use ColumnRole::*;
        // 序号 | 工作任务 | 责任处室 | 完成时限 | 备注, the empty 备注 dropped
        assert_eq!(
            fitted(
                &[
                    "2",
                    "扎实做好疫苗接种信息公开工作",
                    "区卫健局",
                    "2021年8月前"
                ],
                &[Number, Content, Units, Deadline, Other]
            ),
            [
                "2",
                "扎实做好疫苗接种信息公开工作",
                "区卫健局",
                "2021年8月前",
                ""
            ]
        );
    }
}
