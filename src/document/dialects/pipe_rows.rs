//! `pipe-rows`: one row per line, cells separated by `|` (`工作任务 | 具体要求 | 责任部门 |`),
//! as web pages come out of text extractors and Markdown converters. A row whose merged first
//! cell was printed only on the first row of its group comes out shifted left; its cells are
//! put back in the columns their content belongs in.

use crate::document::text::{is_space, Text};
use crate::document::{Cell, ColumnRole, Row, Table};

use super::fit::{accepts, classify, fit_row, number_value, CellClass};
use super::{
    column_text, header_name, header_roles, mostly_task_text, settle_content, settle_units,
    DialectCx, TableDialect, MAX_HEADER_CELL_CHARS,
};

/// The `pipe-rows` dialect.
pub struct PipeRows;

/// The cells of a pipe row: split at `|`, the empty cells outside the outer pipes dropped;
/// `None` when the line holds no `|` (or, for a header, fewer than two cells).
fn row_cells(line: &Text, header: bool) -> Option<Vec<Text>> {
    let t = line.as_str();
    if !t.contains('|') {
        return None;
    }
    let mut cells = line.split('|');
    if t.trim_end_matches(is_space).ends_with('|') {
        cells.pop();
    }
    if t.trim_start_matches(is_space).starts_with('|') && !cells.is_empty() {
        cells.remove(0);
    }
    let cells: Vec<Text> = cells.iter().map(Text::trimmed).collect();
    let filled = cells.iter().filter(|c| !c.is_blank()).count();
    // a body row may be a single cell: its neighbours were merged away
    (if header { filled >= 2 } else { filled >= 1 }).then_some(cells)
}

/// The cells of a header the page wrapped onto a second line (`工作任务 | 具体要求` then
/// `| 责任单位 |`): the first line ends without a bar and the next opens with one, every cell
/// of it short enough to name a column.
fn header_continuation(lines: &[Text], at: usize) -> Option<Vec<Text>> {
    let (line, next) = (lines.get(at)?.as_str(), lines.get(at + 1)?);
    if line.trim_end_matches(is_space).ends_with('|')
        || !next.as_str().trim_start_matches(is_space).starts_with('|')
    {
        return None;
    }
    let cells: Vec<Text> = row_cells(next, false)?
        .into_iter()
        .filter(|c| !c.is_blank())
        .collect();
    cells
        .iter()
        .all(|c| c.as_str().chars().count() <= MAX_HEADER_CELL_CHARS)
        .then_some(cells)
}

/// Whether a line holds bars and nothing else (`|`, `| |`).
/// Whether a row's first cell is a section heading (一、…, （一）…), not a task's number.
fn opens_with_heading(cells: &[Text], cx: &DialectCx) -> bool {
    cells
        .first()
        .is_some_and(|c| matches!(classify(c.as_str(), cx), CellClass::Heading(_)))
}

fn is_bars_only(t: &str) -> bool {
    t.contains('|') && t.chars().all(|c| c == '|' || is_space(c))
}

/// Whether a line without bars starts with the number that follows the rows' last one.
fn continues_numbering(line: &Text, rows: &[Vec<Text>], cx: &DialectCx) -> bool {
    let number = |t: &str| {
        cx.numbering
            .at_start(t)
            .filter(|m| m.style == crate::document::NumberStyle::Arabic)
            .map(|m| m.value)
    };
    let last = rows
        .iter()
        .rev()
        .flat_map(|r| r.iter())
        .find_map(|c| number(c.as_str()));
    last.is_some_and(|l| number(line.as_str()) == Some(l + 1))
}

/// How many non-empty cells stand in a column that takes them.
fn placed(cells: &[Text], roles: &[ColumnRole], cx: &DialectCx) -> usize {
    cells
        .iter()
        .zip(roles)
        .filter(|(c, r)| !c.is_blank() && accepts(**r, classify(c.as_str(), cx)))
        .count()
}

fn placed_row(row: &Row, roles: &[ColumnRole], cx: &DialectCx) -> usize {
    let cells: Vec<Text> = row.cells.iter().map(|c| c.text.clone()).collect();
    placed(&cells, roles, cx)
}

/// Whether every non-empty cell stands in a column that takes it.
fn fits(cells: &[Text], roles: &[ColumnRole], cx: &DialectCx) -> bool {
    cells
        .iter()
        .zip(roles)
        .all(|(c, r)| accepts(*r, classify(c.as_str(), cx)))
}

/// Fewest rows holding every cell before a table's last one-cell rows are read as notes
/// spanning it: a table of one or two full rows may well have lost its cells.
const MIN_FULL_ROWS_BEFORE_NOTES: usize = 2;
/// Fewest columns of a table whose one-cell rows at its end may be notes: in a two-column table
/// one cell is half a row.
const MIN_NOTE_TABLE_WIDTH: usize = 3;

/// How many rows at the end of a table are notes spanning it: one cell of running text, not a
/// number, heading or unit, after enough full rows.
fn closing_notes(raw: &[Vec<Text>], width: usize, cx: &DialectCx) -> usize {
    let full = raw.iter().filter(|r| r.len() == width).count();
    if width < MIN_NOTE_TABLE_WIDTH || full < MIN_FULL_ROWS_BEFORE_NOTES {
        return 0;
    }
    raw.iter()
        .rev()
        .take_while(|r| {
            let [cell] = &r[..] else { return false };
            matches!(classify(cell.as_str(), cx), CellClass::Long)
                && cx.numbering.at_start(cell.as_str()).is_none()
        })
        .count()
}

/// Fewest numbered rows a table without a header must show before its columns are judged
/// from their cells: two rows may be any two lines with bars.
const MIN_HEADLESS_ROWS: usize = 3;
/// Fewest columns of such a table: a number, the task and its units.
const MIN_HEADLESS_WIDTH: usize = 3;

/// A table printed without its header, as a page that starts in the middle of one shows it
/// (`1 | 完成27所学校…改造。 | 县教育局 | 已经安装…。 | 按时序推进 |`): rows numbered one after
/// another, as wide as each other, the task's text right after the number and a column of units
/// after it. The columns are judged from their cells: the number, the first column of text (the
/// task), the units, a column of time limits; the rest kept aside. A group's heading may stand
/// before the number on the group's first row only (`(一) 持续推进示范村建设 | 1 | …`, the
/// merged cell printed once): it is a column of topics, empty on the group's other rows.
fn headless(lines: &[Text], at: usize, cx: &DialectCx) -> Option<(Table, usize)> {
    let number = |r: &[Text]| number_value(r.first()?.as_str(), cx);
    // a row's group heading before its number, taken off the row
    let split_topic = |mut cells: Vec<Text>| -> (Option<Text>, Vec<Text>) {
        if cells.len() > 1 && opens_with_heading(&cells, cx) && number(&cells[1..]).is_some() {
            let topic = cells.remove(0);
            (Some(topic), cells)
        } else {
            (None, cells)
        }
    };
    // the rows numbered on from the first, as wide as it (the last may be cut short with the
    // page); the columns are judged on the first few, so that a line that opens no such table
    // costs a few rows, not the rest of the page
    let mut raw: Vec<Vec<Text>> = Vec::new();
    let mut topics: Vec<Option<Text>> = Vec::new();
    let mut end = at;
    let mut judged: Option<Vec<ColumnRole>> = None;
    for (i, line) in lines.iter().enumerate().skip(at) {
        if line.is_blank() || is_bars_only(line.as_str()) {
            if !raw.is_empty() {
                end = i + 1;
            }
            continue;
        }
        let Some(cells) = row_cells(line, false) else {
            break;
        };
        let (topic, cells) = split_topic(cells);
        let follows = match (raw.last(), number(&cells)) {
            (None, Some(_)) => true,
            (Some(prev), Some(n)) => number(prev).is_some_and(|p| n == p + 1),
            _ => false,
        };
        let width = raw.first().map_or(cells.len(), Vec::len);
        let cut = raw.last().is_some_and(|r| r.len() < width);
        if !follows || cut || cells.len() > width {
            break;
        }
        raw.push(cells);
        topics.push(topic);
        end = i + 1;
        if raw.len() == MIN_HEADLESS_ROWS {
            judged = Some(headless_columns(&raw, cx)?);
        }
    }
    let mut roles = judged?;
    let width = roles.len();
    let grouped = topics.iter().any(Option::is_some);
    if grouped {
        roles.insert(0, ColumnRole::Topic);
    }
    let rows = raw
        .into_iter()
        .zip(topics)
        .map(|(mut cells, topic)| {
            let at = cells.last().map(|c| c.source_end()).unwrap_or(0);
            cells.resize_with(width, || Text::empty_at(at));
            if grouped {
                let origin = cells.first().map(|c| c.origin()).unwrap_or(at);
                cells.insert(0, topic.unwrap_or_else(|| Text::empty_at(origin)));
            }
            Row {
                cells: cells.into_iter().map(Cell::new).collect(),
            }
        })
        .collect();
    let table = Table {
        inferred: Some(roles),
        ..Table::from_text(PipeRows.name(), rows)
    };
    Some((table, end))
}

/// Cells of a headless table's column that may read otherwise than the rest (a unit the
/// vocabulary does not know): one, among the few rows the columns are judged on.
const MAX_ODD_CELLS_IN_COLUMN: usize = 1;

/// The roles of a headless table's columns, judged on its first rows (see [`headless`]).
pub(super) fn headless_columns(full: &[Vec<Text>], cx: &DialectCx) -> Option<Vec<ColumnRole>> {
    let width = full.first()?.len();
    if width < MIN_HEADLESS_WIDTH || full.iter().any(|r| r.len() != width) {
        return None;
    }
    let of_class = |c: usize, class: CellClass| {
        full.iter()
            .filter(|r| !r[c].is_blank() && classify(r[c].as_str(), cx) == class)
            .count()
    };
    let column_is = |c: usize, class: CellClass| of_class(c, class) == full.len();
    // (a column of units or times may hold one cell read otherwise: a unit the vocabulary
    // does not know, a time it does not read)
    let column_mostly = |c: usize, class: CellClass| {
        let n = of_class(c, class);
        n + MAX_ODD_CELLS_IN_COLUMN >= full.len() && n * 2 > full.len()
    };
    let mut roles = vec![ColumnRole::Other; width];
    roles[0] = ColumnRole::Number;
    for c in 1..width {
        let role = if column_mostly(c, CellClass::Units) {
            ColumnRole::Units
        } else if column_mostly(c, CellClass::Deadline) {
            ColumnRole::Deadline
        } else if mostly_task_text(full.iter().map(|r| r[c].as_str()), cx) {
            ColumnRole::Content
        } else {
            ColumnRole::Other
        };
        // (one column of each: the first text column is the task, the others kept aside —
        // but every column of units names the row's: `区农业农村委、区发改委 | 浦江镇`)
        if role == ColumnRole::Units || !roles.contains(&role) {
            roles[c] = role;
        }
    }
    // (a schedule's work may be named in a few words, `全市小升初工作会议`: the column of words
    // right before the units, after nothing but the number and the time, is the task)
    if !roles.contains(&ColumnRole::Content) {
        let units = roles.iter().position(|r| *r == ColumnRole::Units);
        if let Some(c) = units.filter(|&u| u >= 2).map(|u| u - 1) {
            let words = roles[c] == ColumnRole::Other
                && roles[1..c].iter().all(|r| *r == ColumnRole::Deadline)
                && full.iter().all(|r| {
                    matches!(
                        classify(r[c].as_str(), cx),
                        CellClass::Short | CellClass::Long
                    )
                });
            if words {
                roles[c] = ColumnRole::Content;
            }
        }
    }
    // (a short title of each row may stand between its number and its text: `1 | 完成2021年度
    // 乡村振兴示范村建设 | 完成…建设，开展考核验收… | 区农业农村委、…`; it names the row's task)
    if roles.get(2) == Some(&ColumnRole::Content)
        && roles[1] == ColumnRole::Other
        && column_is(1, CellClass::Short)
    {
        roles[1] = ColumnRole::Topic;
    }
    // (…or its time: a schedule prints when before what, `1 | 3月中旬 | 拟制招生方案 | 区教育局`)
    let text_at = roles[1..]
        .iter()
        .position(|r| !matches!(r, ColumnRole::Topic | ColumnRole::Deadline))
        .map_or(width, |p| p + 1);
    // the task right after its number (and its title or time) and its units after it, as a
    // task table prints them: a list whose first text is a name or a code (`某食品公司`,
    // `X3SX0031`: a penalty or a petition list) or whose units come first (`县教育局 | 信息公开
    // 专栏更新及时 | 96.5`: a score sheet, a fund allocation) is no task list
    if roles.get(text_at) != Some(&ColumnRole::Content)
        || !roles[text_at + 1..].contains(&ColumnRole::Units)
    {
        return None;
    }
    Some(roles)
}

impl TableDialect for PipeRows {
    fn name(&self) -> &'static str {
        "pipe-rows"
    }

    fn read(&self, lines: &[Text], at: usize, cx: &DialectCx) -> Option<(Table, usize)> {
        let mut header = row_cells(&lines[at], true)?;
        let mut names: Vec<String> = header.iter().map(|c| header_name(c.as_str())).collect();
        if names.iter().filter(|n| !n.is_empty()).count() < 2 {
            return None;
        }
        let mut header_lines = 1;
        if let Some(more) = header_continuation(lines, at) {
            let mut joined = names.clone();
            joined.extend(more.iter().map(|c| header_name(c.as_str())));
            if header_roles(&joined, cx.hints).is_some() {
                header.extend(more);
                names = joined;
                header_lines = 2;
            }
        }
        let Some(mut roles) = header_roles(&names, cx.hints) else {
            return headless(lines, at, cx);
        };
        let width = roles.len();
        let mut raw: Vec<Vec<Text>> = Vec::new();
        // the line each row of `raw` stands on
        let mut raw_lines: Vec<usize> = Vec::new();
        let mut end = at + header_lines;
        for (i, line) in lines.iter().enumerate().skip(at + header_lines) {
            if line.is_blank() {
                continue;
            }
            // a line of bars alone separates rows (a page's empty row between them)
            if is_bars_only(line.as_str()) {
                end = i + 1;
                continue;
            }
            let Some(mut cells) = row_cells(line, false).or_else(|| {
                // a last row that lost its bars (cut off) still continues the numbering
                continues_numbering(line, &raw, cx).then(|| vec![line.trimmed()])
            }) else {
                break;
            };
            let row_names: Vec<String> = cells.iter().map(|c| header_name(c.as_str())).collect();
            end = i + 1;
            if row_names == names {
                continue; // the header again after a page break
            }
            // group cells before the row's own (`一、… | （一）… | 1.… | 全年 | 区发改局 |`):
            // each heading beyond the header's width is a section row of its own
            while cells.len() > width && opens_with_heading(&cells, cx) {
                let heading = cells.remove(0);
                let at = heading.source_end();
                let mut row = vec![heading];
                row.resize_with(width, || Text::empty_at(at));
                raw.push(row);
                raw_lines.push(i);
            }
            if cells.len() > width {
                let extra = cells.split_off(width);
                if let Some(last) = cells.last_mut() {
                    for c in extra.iter().filter(|c| !c.is_blank()) {
                        last.append(" ", c);
                    }
                }
            }
            raw.push(cells);
            raw_lines.push(i);
        }
        // a note spanning the table below its rows (`县级赛事参赛要求：每学期至少参加… |`) is
        // the text after it
        let notes = closing_notes(&raw, width, cx);
        if notes > 0 {
            let first = raw.len() - notes;
            end = raw_lines[first];
            raw.truncate(first);
        }
        // which column holds the task text, judged on the rows that kept every cell — and
        // kept them in their columns: a converter pads a row that lost its merged first cells
        // with empty ones at its end (`| 2.… | 县农业农村局 | 2025年11月底前 | ||`)
        let full_width = |r: &&Vec<Text>| r.len() == width;
        settle_units(
            &mut roles,
            &names,
            &|c| {
                raw.iter()
                    .filter(full_width)
                    .map(|r| r[c].as_str())
                    .collect()
            },
            cx.hints,
        );
        let mut full: Vec<&Vec<Text>> = raw
            .iter()
            .filter(full_width)
            .filter(|r| fits(r, &roles, cx))
            .collect();
        if full.is_empty() {
            full = raw.iter().filter(full_width).collect();
        }
        settle_content(&mut roles, &names, &|c| {
            column_text(full.iter().map(|r| r[c].as_str()), cx)
        });
        // heading styles the full rows print inside the table (`1 | 一、推行… | …`): a row
        // holding only a heading of such a style is a task whose other cells were merged
        let inner_styles: Vec<crate::document::NumberStyle> = full
            .iter()
            .flat_map(|r| r.iter().skip(1))
            .filter_map(|c| match classify(c.as_str(), cx) {
                CellClass::Heading(style) => Some(style),
                _ => None,
            })
            .collect();
        let mut rows = vec![Row {
            cells: header.into_iter().map(Cell::new).collect(),
        }];
        for cells in raw {
            let row = if cells.len() == width && fits(&cells, &roles, cx) {
                Row {
                    cells: cells.into_iter().map(Cell::new).collect(),
                }
            } else {
                // cells lost at the row's start (a merged first cell) or at its end (a row cut
                // short): whichever reading puts more cells where they belong
                let filled: Vec<Text> = cells.iter().filter(|c| !c.is_blank()).cloned().collect();
                let kept = filled.len();
                // (cut short: the row still opens with its number, `4 | 遴选300所…高水平专`)
                let numbered = roles.first() == Some(&ColumnRole::Number)
                    && cells
                        .first()
                        .is_some_and(|c| classify(c.as_str(), cx) == CellClass::Number);
                let refit = fit_row(filled, &roles, cx);
                // a row printed with every cell, or numbered and cut short with every cell it
                // kept in a column that takes it, keeps its cells where it printed them unless
                // refitting places more (a task that reads like a name, `遴选高职学校`, is no
                // unit that lost its column)
                let whole = cells.len() == width;
                let mut left: Vec<Text> = cells;
                let at = left.last().map(|c| c.source_end()).unwrap_or(0);
                // a heading alone on its row (`一、体系建设 |`) is a section row: it spans the
                // table from its first column
                let section = left.iter().filter(|c| !c.is_blank()).count() == 1
                    && left.first().is_some_and(|c| {
                        matches!(classify(c.as_str(), cx),
                            CellClass::Heading(style) if !inner_styles.contains(&style))
                    });
                left.resize_with(width, || Text::empty_at(at));
                let (as_printed, refitted) =
                    (placed(&left, &roles, cx), placed_row(&refit, &roles, cx));
                let keeps_place = whole || (numbered && as_printed == kept);
                if section || as_printed > refitted || (keeps_place && as_printed == refitted) {
                    Row {
                        cells: left.into_iter().map(Cell::new).collect(),
                    }
                } else {
                    refit
                }
            };
            rows.push(row);
        }
        Some((Table::from_text(self.name(), rows), end))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{cells, paragraph_texts, read, table};

    #[test]
    fn a_note_spanning_the_table_below_its_rows_is_text_after_it() {
        let src = "序号 | 工作任务 | 责任单位 | 时限 |\n1 | 开展体质健康抽测工作。 | 县教育局 | 4月 |\n2 | 举办全县中小学生田径运动会。 | 县教育局 | 10月 |\n参赛要求：每学期至少参加两项比赛，春季学期必选大课间评比。 |\n";
        let blocks = read(src);
        assert_eq!(cells(table(&blocks)).len(), 3);
        assert_eq!(
            paragraph_texts(&blocks),
            ["参赛要求：每学期至少参加两项比赛，春季学期必选大课间评比。 |"]
        );
    }

    #[test]
    fn a_heading_alone_on_its_row_is_a_section_row() {
        let src = "工作任务 | 具体要求 | 责任单位 |\n一、体系建设 |\n(一)组织指挥 | 1.落实防汛行政首长负责制; | 党政办 应消站 |\n";
        let t = table(&read(src)).clone();
        let c = cells(&t);
        assert_eq!(c[1], ["一、体系建设", "", ""]);
        assert_eq!(
            c[2],
            ["(一)组织指挥", "1.落实防汛行政首长负责制;", "党政办 应消站"]
        );
    }

    #[test]
    fn rows_shifted_left_by_a_merged_cell_are_put_back() {
        let src = "工作任务 | 具体要求 | 责任单位 |\n一、做好财政信息公开。 | 1.积极推进预算公开。 | 财务科 |\n二、做好专栏公开。 | 2.及时更新网站。 | 办公室 |\n3.及时反馈网民的意见。 | 各科室 | |\n4.及时更新微信公众号信息。 | 办公室牵头,各科室配合 | |\n";
        let t = table(&read(src)).clone();
        assert_eq!(t.dialect, "pipe-rows");
        let c = cells(&t);
        assert_eq!(c.len(), 5);
        assert_eq!(
            c[1],
            ["一、做好财政信息公开。", "1.积极推进预算公开。", "财务科"]
        );
        assert_eq!(c[3], ["", "3.及时反馈网民的意见。", "各科室"]);
        assert_eq!(
            c[4],
            ["", "4.及时更新微信公众号信息。", "办公室牵头,各科室配合"]
        );
    }

    #[test]
    fn a_header_wrapped_onto_a_second_line_is_one_header() {
        // the page wrapped the header's last cell: `工作任务 | 具体要求` then `| 责任单位 |`
        let src = "工作任务 | 具体要求\n| 责任单位 |\n\
                   一、做好规划公开。 | 1.主动公开规划纲要。 | 市直有关部门;各镇(街) |\n\
                   2.做好规划的归集整理工作。 | 市政府办公室牵头,市直有关部门配合 |\n";
        let c = cells(table(&read(src)));
        assert_eq!(c[0], ["工作任务", "具体要求", "责任单位"]);
        assert_eq!(c.len(), 3);
        assert_eq!(
            c[2],
            [
                "",
                "2.做好规划的归集整理工作。",
                "市政府办公室牵头,市直有关部门配合"
            ]
        );
    }

    #[test]
    fn group_cells_beyond_the_header_are_section_rows() {
        let src = "工作任务 | 具体要求 | 时限 | 责任单位 |
一、提升重点领域信息公开质量 | （一）加大公开力度 | 1.做好行动计划执行情况信息公开。 | 全年 | 区发改局 |
2.做好重大建设项目信息公开。 | 全年 | 区发改局 |
";
        let c = cells(table(&read(src)));
        assert_eq!(c[1], ["一、提升重点领域信息公开质量", "", "", ""]);
        assert_eq!(
            c[2],
            [
                "（一）加大公开力度",
                "1.做好行动计划执行情况信息公开。",
                "全年",
                "区发改局"
            ]
        );
    }
}
