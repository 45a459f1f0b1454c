//! `cell-stream`: a table printed one cell per line, as text extractors give web tables:
//! cells separated by lines holding only `|`, or each ending in ` |`, or not separated at all
//! (blank lines between every line, or none). Nothing marks where a row ends, so the header
//! names the columns and each cell is placed in the next column that takes what it holds (see
//! [`super::fit`]); columns the header does not name (a 序号 under a merged 工作任务, a second
//! section column) are added where the cells show them. A stream of `cell |` lines printed
//! without its header (a page starting inside the table) is read when its rows each open with
//! the next number after as many cells ([`headless_stream`]).

use crate::document::numbering::{bare_section_numeral, NumberStyle};
use crate::document::text::{after_dash_bullet, is_han, is_space, Text};
use crate::document::{Cell, ColumnRole, Row, Table};

use super::fit::{accepts, classify, fit_row, number_value, row_of_slots, CellClass};
use super::{
    header_name, header_roles, settle_content, ColumnText, DialectCx, TableDialect,
    MAX_HEADER_CELL_CHARS,
};

/// The `cell-stream` dialect.
pub struct CellStream;

/// Fewest named columns for a stream without separators: short lines are common in prose.
const MIN_BARE_HEADER: usize = 3;
/// Header names the vocabulary may not know (`民生实事`, `落实情况`): as many as a header may
/// hold and still be recognised by the others.
const MAX_UNKNOWN_NAMES: usize = 1;

/// Numbered rows a bare stream must show before unnumbered rows at its end are taken for the
/// text after it: one number may be a heading's.
const MIN_NUMBERED_ROWS: usize = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Separator {
    /// `|` alone on the lines between cells.
    BarLines,
    /// Each cell line ends with `|`.
    TrailingBar,
    /// No separator: each line is a cell.
    None,
}

fn is_bar_line(t: &str) -> bool {
    let t = t.trim_matches(is_space);
    !t.is_empty() && t.chars().all(|c| c == '|')
}

/// A `cell |` line: its cell, and how many empty cells further bars add.
fn trailing_bar_cell(line: &Text) -> Option<(Text, usize)> {
    let t = line.as_str().trim_end_matches(is_space);
    if !t.ends_with('|') {
        return None;
    }
    // (the bars of empty cells after it may have spaces between: `一、… | |||`)
    let body = t.trim_end_matches(|c: char| c == '|' || is_space(c));
    let bars = t[body.len()..].matches('|').count();
    if body.contains('|') {
        return None;
    }
    Some((line.slice(0, body.len()).trimmed(), bars.saturating_sub(1)))
}

/// A `| cell |` line (a row's first cell printed with the bar that opens the row): its cell
/// and empty cells as [`trailing_bar_cell`] reads them past the opening bar.
fn opening_bar_cell(line: &Text) -> Option<(Text, usize)> {
    let t = line.as_str();
    let lead = t.len() - t.trim_start_matches(is_space).len();
    let rest = t[lead..].strip_prefix('|')?;
    let from = t.len() - rest.trim_start_matches(is_space).len();
    trailing_bar_cell(&line.slice(from, t.len())).filter(|(cell, _)| !cell.is_blank())
}

/// Push `n` empty cells after `cell` (the bars a `cell |` line ends with beyond its own).
fn push_empty_cells(cells: &mut Vec<Text>, cell: &Text, n: usize) {
    cells.extend((0..n).map(|_| Text::empty_at(cell.source_end())));
}

/// Whether a line is only a short note in brackets (`(单位)`, `（万元）`).
fn is_bracketed_note(t: &str) -> bool {
    let t = t.trim_matches(is_space);
    let inner = t
        .strip_prefix(['（', '('])
        .and_then(|r| r.strip_suffix(['）', ')']));
    inner.is_some_and(|n| {
        !n.is_empty() && n.chars().count() <= MAX_NOTE_CHARS && !n.contains(['（', '(', '）', ')'])
    })
}

/// Whether a line opens with a decimal outline number (`3.2  预警措施`, `4  事件级别`): a
/// contents page's entry, never a column's name.
fn opens_with_outline_number(t: &str) -> bool {
    let t = t.trim_start_matches(is_space);
    let rest = t.trim_start_matches(|c: char| c == '.' || c.is_ascii_digit());
    let number = &t[..t.len() - rest.len()];
    number.starts_with(|c: char| c.is_ascii_digit())
        && (rest.starts_with(is_space) || number.trim_end_matches('.').contains('.'))
}

/// Whether a line opens with a year (`2023年…`): a title's date, never a table's first column.
fn opens_with_year(t: &str) -> bool {
    let t = t.trim_start_matches(is_space);
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    digits == 4 && t[digits..].starts_with('年')
}

/// Longest first half of a header name broken over two lines (`主要` `任务`): a four-character
/// name breaks in its middle, while a longer cell before a column's name is a column of its
/// own (`资金来源` `责任单位`).
const MAX_BROKEN_HEADER_HEAD_CHARS: usize = 2;

/// Longest body's name printed over the officer its column names (`市政府` `分管领导`): a
/// level's government or committee; a longer unit or a list of units is a field's value
/// (`卫健局、文旅局` under `责任单位`).
const MAX_OWNER_HEAD_CHARS: usize = 4;

/// Longest bracketed note that continues a header name (`(单位)`, `(牵头单位在前)`).
const MAX_NOTE_CHARS: usize = 8;

/// Most lines a header name between bar lines runs on over (`责任部门` `(加*号为牵头部门,`
/// `其余为参与部门)`): a note on the column, not the next cells.
const MAX_WRAPPED_HEADER_LINES: usize = 3;

/// The header cells starting at `at`, the separator style, and the first line after them.
fn header(lines: &[Text], at: usize, cx: &DialectCx) -> Option<(Vec<Text>, Separator, usize)> {
    let first = &lines[at];
    // (a header row may open with its bar: `| 序号 |` then `责任单位 |`)
    let style = if trailing_bar_cell(first).is_some() || opening_bar_cell(first).is_some() {
        Separator::TrailingBar
    } else if lines.get(at + 1).is_some_and(|l| is_bar_line(l.as_str())) {
        Separator::BarLines
    } else {
        Separator::None
    };
    let known = |t: &Text| cx.hints.column_role(t.as_str()).is_some();
    let name_like = |t: &Text| {
        let n = header_name(t.as_str());
        // `牵头单位：区经发局` is an assignment line, not a header cell
        // (…and `协办单位:` over its value on the next line is a field's label)
        let labelled_value = n
            .split_once(['：', ':'])
            .is_some_and(|(_, value)| !value.is_empty() || style == Separator::None);
        !n.is_empty()
            && !labelled_value
            && !opens_with_outline_number(t.as_str())
            && bare_section_numeral(&n).is_none()
            && n.chars().count() <= MAX_HEADER_CELL_CHARS
            && !n.contains('|')
            && !t.as_str().starts_with('\t')
            && {
                let class = classify(t.as_str(), cx);
                // (a section heading is the text's, whatever it names: `三、任务分解`)
                !matches!(class, CellClass::Heading(_))
                    && (cx.hints.column_role(t.as_str()).is_some()
                        || !matches!(
                            class,
                            CellClass::Number
                                | CellClass::Long
                                | CellClass::Units
                                | CellClass::Deadline
                        ))
            }
    };
    // (cell, the line after it)
    let mut cells: Vec<(Text, usize)> = Vec::new();
    let mut unknown: usize = 0;
    let mut i = at;
    while let Some(line) = lines.get(i) {
        let cell = match style {
            Separator::TrailingBar => {
                let opened = (i == at).then(|| opening_bar_cell(line)).flatten();
                match opened.or_else(|| trailing_bar_cell(line)) {
                    Some((cell, _)) => cell,
                    None => break,
                }
            }
            Separator::None if line.is_blank() => {
                i += 1;
                continue;
            }
            _ => line.trimmed(),
        };
        // a header row that opens with an empty cell (`|` alone, then `月份 |`): the column
        // it heads is added where the body's cells show it
        if style == Separator::TrailingBar && cells.is_empty() && cell.is_blank() && i == at {
            i += 1;
            continue;
        }
        // a header name printed over two lines (`责任股室` `(单位)`): the bracketed note is
        // the name's own
        if style == Separator::None && is_bracketed_note(cell.as_str()) {
            if let Some((last, next)) = cells.last_mut() {
                last.append("", &cell);
                i += 1;
                *next = i;
                continue;
            }
        }
        // …or broken in two, neither half a column's name (`主要` `任务`: 主要任务)
        if style == Separator::None {
            if let Some((last, next)) = cells.last_mut() {
                let joined = format!("{}{}", last.as_str(), cell.as_str());
                // (…but a column's own name after a short one is a column of its own:
                // `事项` `责任单位`)
                let whole_name = matches!(
                    cx.hints.column_role(cell.as_str()),
                    Some(
                        ColumnRole::Units
                            | ColumnRole::Lead
                            | ColumnRole::Cooperating
                            | ColumnRole::Deadline
                            | ColumnRole::Number
                    )
                );
                // (a year is a column's name alone, or the head of one: `2023年` `目标进度`)
                let head = super::is_year_heading(last.as_str().trim())
                    || !known(last)
                        && last.as_str().chars().count() <= MAX_BROKEN_HEADER_HEAD_CHARS;
                if head
                    && !whole_name
                    && cx.hints.column_role(&joined).is_some()
                    && name_like(&cell)
                {
                    last.append("", &cell);
                    unknown = unknown.saturating_sub(1);
                    i += 1;
                    *next = i;
                    continue;
                }
            }
        }
        // …or a body's name over the officer its column names (`市政府` `分管领导`: 市政府分管
        // 领导), read as a unit where it stands alone
        if style == Separator::None && !cells.is_empty() && !name_like(&cell) {
            let next = (i + 1..lines.len()).find(|&j| !lines[j].is_blank());
            let head = cell.as_str().trim();
            let owner = head.chars().count() <= MAX_OWNER_HEAD_CHARS
                && !head.contains(['、', '，', ','])
                && cx.hints.looks_like_units(head);
            if let Some(j) = next.filter(|&j| {
                owner
                    && known(&lines[j].trimmed())
                    && cx
                        .hints
                        .column_role(&format!("{head}{}", lines[j].as_str().trim()))
                        .is_some()
            }) {
                let mut whole = cell;
                whole.append("", &lines[j].trimmed());
                i = j + 1;
                cells.push((whole, i));
                continue;
            }
        }
        // a header that groups its rows before numbering them (`分类` `序号` `事项` …): the
        // first row opens with its group's cell, so a cell followed by a bare number is that
        // row's group (`发展目标` `1`), whatever name it contains (目标)
        if style == Separator::None && cells.len() >= MIN_BARE_HEADER {
            let role = |k: usize| {
                cells
                    .get(k)
                    .and_then(|(c, _)| cx.hints.column_role(c.as_str()))
            };
            let next = (i + 1..lines.len()).find(|&j| !lines[j].is_blank());
            let number = (0..cells.len()).find(|&k| role(k) == Some(ColumnRole::Number));
            let grouped = number.is_some_and(|k| k > 0 && role(k - 1) == Some(ColumnRole::Topic));
            // (a column's own name, `完成时限` over a first row whose group cell is empty, is
            // still the header's)
            let group_like = matches!(
                cx.hints.column_role(cell.as_str()),
                None | Some(ColumnRole::Topic | ColumnRole::Content)
            );
            if grouped
                && group_like
                && next.is_some_and(|j| classify(lines[j].as_str(), cx) == CellClass::Number)
            {
                break;
            }
        }
        if !name_like(&cell) {
            break;
        }
        // …and not at the table's dated title (`2023年重点工作责任分解`, which names 重点工作)
        if style == Separator::None && cells.is_empty() && opens_with_year(cell.as_str()) {
            break;
        }
        if !known(&cell) {
            // a bare stream starts at a name the vocabulary knows
            if style == Separator::None && cells.is_empty() || unknown >= MAX_UNKNOWN_NAMES {
                break;
            }
            unknown += 1;
        }
        i += 1;
        if style == Separator::BarLines {
            // a name with a note in brackets over the lines up to its bar (`责任部门`
            // `(加*号为牵头部门,` `其余为参与部门)` `|`): the note is no cell of its own
            let bar = (i..lines.len().min(i + MAX_WRAPPED_HEADER_LINES + 1))
                .find(|&j| is_bar_line(lines[j].as_str()));
            if let Some(j) = bar.filter(|&j| j > i) {
                let note: String = lines[i..j].iter().map(|l| l.as_str().trim()).collect();
                if note.starts_with(['（', '(']) && note.ends_with(['）', ')']) {
                    i = j;
                }
            }
            if lines.get(i).is_some_and(|l| is_bar_line(l.as_str())) {
                i += 1;
            } else {
                cells.push((cell, i));
                break;
            }
        }
        cells.push((cell, i));
    }
    // a header does not end in a name the vocabulary does not know: that is the first cell
    while cells.len() > 2 && cells.last().is_some_and(|(c, _)| !known(c)) {
        cells.pop();
    }
    let i = cells.last().map(|(_, next)| *next).unwrap_or(at);
    let cells: Vec<Text> = cells.into_iter().map(|(c, _)| c).collect();
    let enough = match style {
        Separator::None => MIN_BARE_HEADER,
        _ => 2,
    };
    // (a bare stream's header names the work or who does it: a form's `类型` `立案` `时间`
    // names neither)
    let names_work = || {
        cells.iter().any(|c| {
            matches!(
                cx.hints.column_role(c.as_str()),
                Some(
                    ColumnRole::Content
                        | ColumnRole::Topic
                        | ColumnRole::Requirement
                        | ColumnRole::Units
                        | ColumnRole::Lead
                        | ColumnRole::Cooperating
                )
            )
        })
    };
    (cells.len() >= enough && (style != Separator::None || names_work()))
        .then_some((cells, style, i))
}

/// The body's cells, where rows may start, and the first line after the table.
///
/// Page extractors print a web table's row as `|` and then its cells, each followed by `|`
/// (or each on a line ending in ` |`): a `|` line where no cell is awaited then starts a row.
/// The cell pushed for it (empty) is returned as a row mark, so a reader that trusts the marks
/// can split the rows there and drop it.
fn body(
    lines: &[Text],
    from: usize,
    style: Separator,
    cx: &DialectCx,
) -> (Vec<Text>, Vec<usize>, usize) {
    let mut cells: Vec<Text> = Vec::new();
    let mut marks: Vec<usize> = Vec::new();
    let mut i = from;
    let mut end = from;
    let mut after_bar = true;
    let mut after_bare_bar = false;
    // a `cell |` stream's cell begun on a line without its bar, awaiting it
    let mut open_cell = false;
    while i < lines.len() {
        let line = &lines[i];
        if cx.hints.ends_table(line.as_str()) {
            break;
        }
        match style {
            Separator::TrailingBar => {
                if line.is_blank() {
                    i += 1;
                    continue;
                }
                // a row opening with its bar on its first cell's line (`| 1 |`): the bar
                // starts the row, as a `|` alone does
                if let Some((cell, empties)) = opening_bar_cell(line) {
                    marks.push(cells.len());
                    cells.push(Text::empty_at(line.origin()));
                    cells.push(cell.clone());
                    push_empty_cells(&mut cells, &cell, empties);
                    after_bare_bar = false;
                    i += 1;
                    end = i;
                    continue;
                }
                // a `|` alone after a cell starts a row; after another `|` it is an empty cell
                let bare = is_bar_line(line.as_str());
                // …and after a cell begun on lines without a bar, it closes that cell
                if bare && open_cell {
                    open_cell = false;
                    i += 1;
                    end = i;
                    continue;
                }
                if bare && !after_bare_bar {
                    marks.push(cells.len());
                }
                after_bare_bar = bare;
                let Some((cell, empties)) = trailing_bar_cell(line) else {
                    // a cell running over several lines ends in the bar on its last line
                    // (its items may each have a line: `①…；` `②…；` `③…。 |`)
                    let next_is_cell = lines[i + 1..]
                        .iter()
                        .take(MAX_CELL_LINES - 1)
                        .take_while(|l| !l.is_blank())
                        .any(|l| trailing_bar_cell(l).is_some());
                    // (…or is the text's last, task text cut with the page before its bar: a
                    // cut name or time says too little to keep)
                    let ends_text = || {
                        !open_cell
                            && lines[i + 1..].iter().all(Text::is_blank)
                            && classify(line.as_str(), cx) == CellClass::Long
                    };
                    if (next_is_cell || ends_text()) && !cells.is_empty() {
                        let t = line.trimmed();
                        match cells.last_mut() {
                            Some(last) if open_cell => last.append("\n", &t),
                            _ => cells.push(t),
                        }
                        open_cell = true;
                        i += 1;
                        end = i;
                        continue;
                    }
                    break;
                };
                match cells.last_mut() {
                    // the bar closing a cell begun on the lines before
                    Some(last) if open_cell => last.append("\n", &cell),
                    _ => cells.push(cell.clone()),
                }
                open_cell = false;
                push_empty_cells(&mut cells, &cell, empties);
                i += 1;
                end = i;
            }
            Separator::BarLines => {
                if line.is_blank() {
                    break;
                }
                if is_bar_line(line.as_str()) {
                    if after_bar {
                        // a second `|`: the row's end and the next one's start
                        marks.push(cells.len());
                        cells.push(Text::empty_at(line.origin()));
                    }
                    after_bar = true;
                } else if after_bar {
                    cells.push(line.trimmed());
                    after_bar = false;
                } else if let Some(last) = cells.last_mut() {
                    let t = line.trimmed();
                    last.append("\n", &t);
                }
                i += 1;
                end = i;
            }
            Separator::None => {
                if !line.is_blank() {
                    let t = line.trimmed();
                    // one source line is one cell: a cell whose items the reader split into
                    // lines of their own (`1、查处…。2、对全县…`, a 完成情况 listing what was
                    // done) is put back together — the pieces touch in the source, where two
                    // cells have a line break between them
                    match cells.last_mut() {
                        Some(last) if !last.is_blank() && last.source_end() == t.origin() => {
                            last.append("", &t)
                        }
                        _ => cells.push(t),
                    }
                    end = i + 1;
                }
                i += 1;
            }
        }
    }
    (cells, marks, end)
}

/// Most lines one cell of a `cell |` stream runs over (a cell listing its steps one a line):
/// beyond them, lines without a closing bar are the text after the table.
const MAX_CELL_LINES: usize = 12;

/// Fewest rows the marks must split a stream into before they are trusted.
const MIN_MARKED_ROWS: usize = 2;

/// The rows as the extractor marked them (see [`body`]): the cells between two marks are one
/// row; a row with fewer cells than the columns lost its merged cells, and its cells are fitted
/// from the right. `None` when the marks do not make rows: too few, or a row wider than the
/// table.
fn marked_rows(
    cells: &[Text],
    marks: &[usize],
    cols: &[ColumnRole],
    cx: &DialectCx,
) -> Option<Vec<Vec<Option<Text>>>> {
    if marks.len() < MIN_MARKED_ROWS {
        return None;
    }
    let width = cols.len();
    let mut bounds: Vec<usize> = marks.to_vec();
    bounds.push(cells.len());
    let mut segments: Vec<&[Text]> = Vec::new();
    if marks[0] > 0 {
        segments.push(&cells[..marks[0]]);
    }
    for w in bounds.windows(2) {
        // the mark's own cell is the row start, not a cell of the row
        segments.push(&cells[(w[0] + 1).min(w[1])..w[1]]);
    }
    // empty cells before a row's first are the merged columns it spans, beyond the header's
    let segments: Vec<&[Text]> = segments
        .into_iter()
        .filter(|s| s.iter().any(|c| !c.is_blank()))
        .map(|mut s| {
            while s.len() > width && s.first().is_some_and(Text::is_blank) {
                s = &s[1..];
            }
            // a row's number opens it where the table numbers its rows first: empty cells
            // before the number are the last, empty cells of the row before, whose bar
            // (`||`: an empty 说明 and the row's end) the extractor printed on one line
            let numbered_first = cols.first() == Some(&ColumnRole::Number);
            if numbered_first {
                if let Some(k) = s.iter().position(|c| !c.is_blank()) {
                    if k > 0 && classify(s[k].as_str(), cx) == CellClass::Number {
                        s = &s[k..];
                    }
                }
            }
            s
        })
        .collect();
    if segments.len() < MIN_MARKED_ROWS || segments.iter().any(|s| s.len() > width) {
        return None;
    }
    Some(
        segments
            .into_iter()
            .map(|seg| {
                if seg.len() == width {
                    return seg
                        .iter()
                        .map(|c| (!c.is_blank()).then(|| c.clone()))
                        .collect();
                }
                fit_row(seg.to_vec(), cols, cx)
                    .cells
                    .into_iter()
                    .map(|c| (!c.text.is_blank()).then_some(c.text))
                    .collect()
            })
            .collect(),
    )
}

/// The columns the cells show beyond the header: a 序号 column when the cells hold a run of
/// bare numbers, and as many section columns as heading styles stand before the task text.
fn columns(roles: &[ColumnRole], cells: &[Text], cx: &DialectCx) -> (Vec<ColumnRole>, usize) {
    let classes: Vec<CellClass> = cells.iter().map(|c| classify(c.as_str(), cx)).collect();
    let mut out = roles.to_vec();
    let lead_topics = out.iter().take_while(|r| **r == ColumnRole::Topic).count();
    let has_numbers = classes.iter().filter(|c| **c == CellClass::Number).count() >= 2;
    let mut added = 0;
    if has_numbers && !out.contains(&ColumnRole::Number) {
        out.insert(lead_topics, ColumnRole::Number);
        added += 1;
    }
    let mut styles: Vec<NumberStyle> = classes
        .iter()
        .filter_map(|c| match c {
            CellClass::Heading(s) => Some(*s),
            _ => None,
        })
        .collect();
    styles.sort();
    styles.dedup();
    let topics = out.iter().filter(|r| **r == ColumnRole::Topic).count();
    let wanted = styles.len() + usize::from(titled_under_headings(&classes, roles));
    for _ in topics..wanted {
        out.insert(0, ColumnRole::Topic);
        added += 1;
    }
    (out, added)
}

/// Whether a heading cell stands before a short title and then the task's text (`一、强化…`
/// `严格定点协议管理` `切实加强…`) where the header opens with a topic and has one column for
/// text: the heading is a group's merged cell and the title has a column of its own before
/// the text, both printed under one merged name (`重点工作`).
fn titled_under_headings(classes: &[CellClass], roles: &[ColumnRole]) -> bool {
    let text_columns = roles
        .iter()
        .filter(|r| accepts(**r, CellClass::Long))
        .count();
    // (the header names the topic: without one, `工作任务 | 责任单位`, the heading is a section
    // row and the short cell the task, whatever long cell follows it)
    let topic_first = roles.first() == Some(&ColumnRole::Topic);
    text_columns == 1
        && topic_first
        && classes.windows(3).any(|w| {
            matches!(w[0], CellClass::Heading(_))
                && w[1] == CellClass::Short
                && w[2] == CellClass::Long
        })
}

/// Place the cells in rows: each in the next column that takes it; a cell of the class the
/// column before it just took (units after units, text after text) continues that cell.
fn rows_of(cells: Vec<Text>, cols: &[ColumnRole], cx: &DialectCx) -> Vec<Vec<Option<Text>>> {
    let width = cols.len();
    let mut rows: Vec<Vec<Option<Text>>> = Vec::new();
    let mut pos = width;
    let mut prev: Option<CellClass> = None;
    // the last row's number: a bare figure out of its sequence inside a row is a value (a
    // 年度目标 of `0`, `42`), not the next row's number
    let mut last_number: Option<u32> = None;
    let number_col = cols.iter().position(|c| *c == ColumnRole::Number);
    let classes = stream_classes(&cells, cx);
    for (cell, mut class) in cells.into_iter().zip(classes) {
        if class == CellClass::Number {
            let value = cell.as_str().trim_matches(is_space).parse::<u32>().ok();
            let in_sequence = match (last_number, value) {
                (Some(last), Some(v)) => v == last + 1,
                _ => true,
            };
            if !in_sequence && awaits_a_value(rows.last(), pos, cols, number_col) {
                class = CellClass::Short;
            } else if value.is_some() {
                last_number = value;
            }
        }
        if let (Some(p), Some(row)) = (prev, rows.last_mut()) {
            let same = p == class && matches!(class, CellClass::Units);
            // (a second line of units goes on with the first unless the next column takes it:
            // a 备注 or 完成情况 column past the row's empty 时限 column does not, the row's
            // time limit being still to come)
            let next_takes = (pos..width)
                .find(|&j| accepts(cols[j], class))
                .is_some_and(|j| !(pos..j).any(|k| cols[k] == ColumnRole::Deadline));
            if same && !next_takes && pos > 0 {
                if let Some(Some(t)) = row.get_mut(pos - 1) {
                    t.append("\n", &cell);
                    continue;
                }
            }
        }
        // a dash-bulleted line after the row's text, before any of its other cells (`1.提高…`
        // `——降低…` `——控制…` then the units): the next paragraph of one text cell, as a Word
        // cell listing its targets comes out a line each
        if let Some(row) = rows.last_mut() {
            if continues_text_cell(row, pos, cols, prev, class, cell.as_str()) {
                if let Some(Some(t)) = row.get_mut(pos - 1) {
                    t.append("\n", &cell);
                    continue;
                }
            }
        }
        // a heading of the style the cell before was (二、… then 三、…) is a section row of
        // its own, not the text of the row that one opened
        let sibling_heading = matches!(class, CellClass::Heading(_)) && prev == Some(class);
        // …and so is task text numbered on from the row's own (`2.纳入…` `市经信局…` then
        // `3.在疫情…`): the next row's, not the row's 备注
        let next_item = class == CellClass::Long
            && rows
                .last()
                .is_some_and(|row| numbers_on_from(row, cols, cell.as_str(), cx));
        let next = (pos..width)
            .find(|&j| accepts(cols[j], class))
            .filter(|_| !sibling_heading && !next_item);
        let j = match next {
            Some(j) => j,
            None => {
                rows.push(vec![None; width]);
                (0..width).find(|&j| accepts(cols[j], class)).unwrap_or(0)
            }
        };
        if rows.is_empty() {
            rows.push(vec![None; width]);
        }
        if let Some(row) = rows.last_mut() {
            row[j] = Some(cell);
        }
        pos = j + 1;
        prev = Some(class);
    }
    rows
}

/// The class of each cell of a stream; a few words opening with a level (`省`, `区`) between
/// two cells of units are a unit whose name the vocabulary does not know (`省人口计生`, cut
/// short of its `委`); a person's name or a project's there is not (`赵丽`, `流水小城镇…`).
fn stream_classes(cells: &[Text], cx: &DialectCx) -> Vec<CellClass> {
    let mut classes: Vec<CellClass> = cells.iter().map(|c| classify(c.as_str(), cx)).collect();
    let names_a_level = |t: &str| {
        let t = t.trim_matches(is_space);
        t.chars()
            .next()
            .is_some_and(|c| cx.hints.opens_unit_name(c))
            && t.chars().all(is_han)
    };
    for i in 1..classes.len().saturating_sub(1) {
        if classes[i] == CellClass::Short
            && names_a_level(cells[i].as_str())
            && classes[i - 1] == CellClass::Units
            && classes[i + 1] == CellClass::Units
        {
            classes[i] = CellClass::Units;
        }
    }
    classes
}

/// Whether a cell of `class` holding `text` continues the text cell the row ends with so far:
/// it opens with a dash bullet (`——`), is text, and follows text in a content column with no
/// cell of the row after it.
fn continues_text_cell(
    row: &[Option<Text>],
    pos: usize,
    cols: &[ColumnRole],
    prev: Option<CellClass>,
    class: CellClass,
    text: &str,
) -> bool {
    let is_text = |c: CellClass| matches!(c, CellClass::Long | CellClass::Short);
    pos > 0
        && is_text(class)
        && prev.is_some_and(is_text)
        && matches!(cols[pos - 1], ColumnRole::Content | ColumnRole::Requirement)
        && row[pos - 1].is_some()
        && row[pos..].iter().all(Option::is_none)
        && after_dash_bullet(text).is_some()
}

/// Whether `text` opens with the number after the one the task text of `row` opens with, in
/// the same style (`3.` after a row whose text opened `2.`; not a 落实情况 cell's own list),
/// and the row has its units.
fn numbers_on_from(row: &[Option<Text>], cols: &[ColumnRole], text: &str, cx: &DialectCx) -> bool {
    let Some(mark) = cx.numbering.at_start(text) else {
        return false;
    };
    let has_units = row
        .iter()
        .zip(cols)
        .any(|(c, role)| c.is_some() && role.names_units());
    has_units
        && row.iter().zip(cols).any(|(c, role)| {
            matches!(role, ColumnRole::Content | ColumnRole::Requirement)
                && c.as_ref()
                    .and_then(|c| cx.numbering.at_start(c.as_str()))
                    .is_some_and(|m| m.style == mark.style && m.value + 1 == mark.value)
        })
}

/// Whether the row being filled still waits for a value before its units: it has its number,
/// a column from `pos` on takes a short value, and none of its unit columns is filled yet (a
/// row complete before a figure is the last of a list that skips numbers, `3` then `68`).
fn awaits_a_value(
    row: Option<&Vec<Option<Text>>>,
    pos: usize,
    cols: &[ColumnRole],
    number_col: Option<usize>,
) -> bool {
    let width = cols.len();
    let unit_col = |j: usize| cols[j].names_units();
    row.is_some_and(|row| {
        pos < width
            && number_col.is_some_and(|n| row[n].is_some())
            && (pos..width).any(|j| accepts(cols[j], CellClass::Short))
            && (pos..width).any(unit_col)
            && (0..width)
                .filter(|&j| unit_col(j))
                .all(|j| row[j].is_none())
    })
}

/// How many rows at the end of a bare stream are the text after the table: in a table whose
/// rows are numbered, trailing rows without a number that give no time limit (`各单位要加强…。`,
/// `区政府办公室将加强…。 | 某区人民政府办公室`) or no task text (a signature alone in a unit
/// column). A row under a merged number cell still gives its time limit and its text.
fn closing_rows(rows: &[Vec<Option<Text>>], cols: &[ColumnRole]) -> usize {
    let col = |role: ColumnRole| cols.iter().position(|r| *r == role);
    let Some(number) = col(ColumnRole::Number) else {
        return 0;
    };
    let deadline = col(ColumnRole::Deadline);
    let text = col(ColumnRole::Content).or_else(|| col(ColumnRole::Requirement));
    if deadline.is_none() && text.is_none() {
        return 0;
    }
    let filled = |row: &[Option<Text>], c: usize| row[c].as_ref().is_some_and(|t| !t.is_blank());
    let numbered = rows.iter().filter(|r| filled(r, number)).count();
    if numbered < MIN_NUMBERED_ROWS {
        return 0;
    }
    let lacks = |row: &[Option<Text>], c: Option<usize>| c.is_some_and(|c| !filled(row, c));
    rows.iter()
        .rev()
        .take_while(|r| !filled(r, number) && (lacks(r, deadline) || lacks(r, text)))
        .count()
}

impl TableDialect for CellStream {
    fn name(&self) -> &'static str {
        "cell-stream"
    }

    fn read(&self, lines: &[Text], at: usize, cx: &DialectCx) -> Option<(Table, usize)> {
        if let Some(found) = headless_stream(self.name(), lines, at, cx) {
            return Some(found);
        }
        // a stream whose cells after a row's first open with the bar (`责任目标` `| 责任主体`
        // `| 完成时间` `|`) is read as the bar-line stream it prints
        if let Some((split, line_of)) = leading_bar_lines(lines, at, cx) {
            let (table, end) = read_stream(self.name(), &split, 0, cx)?;
            let end = line_of
                .get(end)
                .copied()
                .unwrap_or_else(|| line_of.last().map_or(at, |&l| l + 1));
            return Some((table, end));
        }
        read_stream(self.name(), lines, at, cx)
    }
}

/// Fewest rows a stream without its header must show, each opening with the number after the
/// last, before its columns are judged: fewer may be any short lines with bars.
const MIN_HEADLESS_STREAM_ROWS: usize = 3;
/// Fewest and most cells of a row in such a stream: a number, the task and its units at
/// least; more than this is no row a page prints one cell per line.
const MIN_HEADLESS_STREAM_WIDTH: usize = 3;
const MAX_HEADLESS_STREAM_WIDTH: usize = 8;

/// A stream of `cell |` lines printed without its header, as a page that starts inside the
/// table shows it (`1 |` `3月中旬 |` `拟制招生方案 |` `区教育局 |` `2 |` …): every row opens with
/// the number after the last, and as many cells follow each. The columns are judged from their
/// cells as a headless pipe table's are (the number, a time, the task, its units); the last
/// row may be cut short with the page.
fn headless_stream(
    name: &'static str,
    lines: &[Text],
    at: usize,
    cx: &DialectCx,
) -> Option<(Table, usize)> {
    let number = |t: &Text| number_value(t.as_str(), cx);
    let mut cells: Vec<Text> = Vec::new();
    let mut end = at;
    for (i, line) in lines.iter().enumerate().skip(at) {
        if line.is_blank() {
            continue;
        }
        let Some((cell, 0)) = trailing_bar_cell(line) else {
            break;
        };
        cells.push(cell);
        end = i + 1;
    }
    if number(cells.first()?) != Some(1) {
        return None;
    }
    let width = cells.iter().position(|c| number(c) == Some(2))?;
    if !(MIN_HEADLESS_STREAM_WIDTH..=MAX_HEADLESS_STREAM_WIDTH).contains(&width) {
        return None;
    }
    let mut rows: Vec<Vec<Text>> = Vec::new();
    for (k, chunk) in cells.chunks(width).enumerate() {
        if number(&chunk[0]) != u32::try_from(k + 1).ok() {
            break;
        }
        rows.push(chunk.to_vec());
    }
    // (only the last row may be short: the columns are judged on the first, all whole)
    let judged = rows.get(..MIN_HEADLESS_STREAM_ROWS)?;
    if judged.iter().any(|r| r.len() != width) {
        return None;
    }
    let roles = super::pipe_rows::headless_columns(judged, cx)?;
    // (the stream ends with its last row: a line after it is the text that follows)
    let kept: usize = rows.iter().map(Vec::len).sum();
    if kept < cells.len() {
        let next = &cells[kept];
        end = (at..end)
            .find(|&i| lines[i].source_end() > next.origin())
            .unwrap_or(end);
    }
    let rows = rows
        .into_iter()
        .map(|mut r| {
            let at = r.last().map(|c| c.source_end()).unwrap_or(0);
            r.resize_with(width, || Text::empty_at(at));
            Row {
                cells: r.into_iter().map(Cell::new).collect(),
            }
        })
        .collect();
    Some((
        Table {
            inferred: Some(roles),
            ..Table::from_text(name, rows)
        },
        end,
    ))
}

/// Most lines a stream whose cells open with their bar is split over: a table's, not a
/// document's (the split is made only where a header's first two names stand).
const MAX_LEADING_BAR_LINES: usize = 4000;

/// A stream printed with each cell after a row's first opening with its bar (`| 责任主体`),
/// the row closed by a bar alone: its lines from `at` split into the bar-line stream they
/// print (`责任目标` `|` `责任主体` `|` … a bar alone closing the row as two bars do), with
/// the line each came from (and one past the last for the end). `None` unless `at` holds a
/// column's name and the next line the bar and another's.
fn leading_bar_lines(lines: &[Text], at: usize, cx: &DialectCx) -> Option<(Vec<Text>, Vec<usize>)> {
    let opened = |l: &Text| {
        let t = l.as_str().trim_start_matches(is_space);
        t.strip_prefix('|')
            .map(|rest| rest.trim_matches(is_space))
            .filter(|rest| !rest.is_empty() && !rest.contains('|'))
            .is_some()
    };
    let first = lines.get(at)?;
    let second = lines.get(at + 1)?;
    if first.as_str().contains('|') || !opened(second) {
        return None;
    }
    let second_name = second.as_str().trim_start_matches(is_space)[1..].trim_matches(is_space);
    if cx.hints.column_role(first.as_str()).is_none() || cx.hints.column_role(second_name).is_none()
    {
        return None;
    }
    let mut split = Vec::new();
    let mut line_of = Vec::new();
    for (i, line) in lines
        .iter()
        .enumerate()
        .skip(at)
        .take(MAX_LEADING_BAR_LINES)
    {
        let t = line.as_str();
        let lead = t.len() - t.trim_start_matches(is_space).len();
        if is_bar_line(t) {
            split.push(line.slice(lead, lead + 1));
            split.push(line.slice(lead, lead + 1));
            line_of.extend([i, i]);
        } else if opened(line) {
            split.push(line.slice(lead, lead + 1));
            split.push(line.slice(lead + 1, t.len()).trimmed());
            line_of.extend([i, i]);
        } else {
            split.push(line.clone());
            line_of.push(i);
        }
    }
    Some((split, line_of))
}

/// Body cells looked at for column names that say the stream is a form: a record's labels
/// each over its value (`整改目标 |` `坚持问题导向…|` `整改措施及成效 |` `…|`).
const FORM_LOOKAHEAD_CELLS: usize = 8;
/// Column names among them that make the stream a form: one may be a cell's text.
const MIN_FORM_LABELS: usize = 2;

/// Whether the cells after a stream's "header" go on naming columns, every other cell and
/// nowhere else: the stream is one record's fields, a label over each value, and no table.
/// A year is no field's label.
fn names_fields(cells: &[Text], cx: &DialectCx) -> bool {
    // (label, value, label: a table's rows repeat a label-like cell only a row's width apart)
    let labels = cells
        .iter()
        .take(FORM_LOOKAHEAD_CELLS)
        .enumerate()
        .filter(|(_, c)| {
            let name = header_name(c.as_str());
            // (a year is a row's time limit there, `2020年`, though a header may name a
            // column after one)
            !super::is_year_heading(&name) && cx.hints.column_role(&name).is_some()
        })
        .map(|(i, _)| i)
        .collect::<Vec<_>>();
    labels.len() >= MIN_FORM_LABELS && labels.windows(2).all(|w| w[1] == w[0] + 2)
}

/// Read the stream whose header starts at `at` (see [`CellStream`]).
fn read_stream(
    name: &'static str,
    lines: &[Text],
    at: usize,
    cx: &DialectCx,
) -> Option<(Table, usize)> {
    let (header_cells, style, next) = header(lines, at, cx)?;
    let names: Vec<String> = header_cells
        .iter()
        .map(|c| header_name(c.as_str()))
        .collect();
    let mut roles = header_roles(&names, cx.hints)?;
    // a stream has no columns yet: a topic column holds the text only if nothing else can
    settle_content(&mut roles, &names, &|_| ColumnText::Other);
    let (cells, marks, end) = body(lines, next, style, cx);
    if cells.is_empty() || names_fields(&cells, cx) {
        return None;
    }
    let (cols, added) = columns(&roles, &cells, cx);
    let mut rows = match marked_rows(&cells, &marks, &cols, cx) {
        Some(rows) => rows,
        None => rows_of(cells, &cols, cx),
    };
    let mut end = end;
    if style == Separator::None {
        // nothing marks a bare stream's end: the closing paragraphs and the signature after
        // the last task are read as rows; they go back to the text
        let keep = rows.len() - closing_rows(&rows, &cols);
        if let Some(first) = rows.get(keep).and_then(|r| r.iter().flatten().next()) {
            let at = first.origin();
            end = (next..end)
                .find(|&i| lines[i].source_end() > at)
                .unwrap_or(end);
            rows.truncate(keep);
        }
        if rows.is_empty() {
            return None;
        }
    }
    // the header row: names over their columns, the added columns unnamed
    let mut header_row = Vec::with_capacity(cols.len());
    let mut names_iter = header_cells.into_iter();
    let origin = lines[at].origin();
    let lead_added = cols.iter().take_while(|r| **r == ColumnRole::Topic).count()
        - roles
            .iter()
            .take_while(|r| **r == ColumnRole::Topic)
            .count();
    for (k, role) in cols.iter().enumerate() {
        let implied = k < lead_added
            || *role == ColumnRole::Number
                && !roles.contains(&ColumnRole::Number)
                && added > lead_added;
        if implied {
            header_row.push(Cell::new(Text::empty_at(origin)));
        } else {
            header_row.push(Cell::new(
                names_iter.next().unwrap_or_else(|| Text::empty_at(origin)),
            ));
        }
    }
    let mut table_rows = vec![Row { cells: header_row }];
    table_rows.extend(rows.into_iter().map(|slots| row_of_slots(slots, origin)));
    Some((Table::from_text(name, table_rows), end))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{cells, lines, paragraph_texts, read, table, TestHints};
    use super::{body, Separator};
    use crate::document::dialects::DialectCx;
    use crate::document::numbering::Numbering;

    /// The rows of the cell stream `src` is read into that hold a cell.
    fn stream_rows(src: &str) -> Vec<Vec<String>> {
        let t = table(&read(src)).clone();
        assert_eq!(t.dialect, "cell-stream");
        cells(&t)
            .into_iter()
            .filter(|r| r.iter().any(|x| !x.is_empty()))
            .collect()
    }

    #[test]
    fn rows_marked_by_a_second_bar_keep_their_merged_group_cell_out_of_the_text() {
        // each row opens with `|`: the row after a group's first lost the group's cell
        let src = "|\n工作任务\n|\n主要内容\n|\n责任单位\n|\n|\n推进政策公开\n|\n常态化公开就业、住房、教育等领域信息。\n|\n财政所、土管所\n|\n|\n积极探索特定群体的线下公开渠道。\n|\n便民服务中心\n|\n|\n强化权力配置信息公开\n|\n动态更新本镇各部门权责事项清单。\n|\n党政办公室\n|\n|\n健全行政执法信息全流程公示机制。\n|\n党政办公室\n|\n";
        let t = table(&read(src)).clone();
        assert_eq!(t.dialect, "cell-stream");
        let c = cells(&t);
        assert_eq!(c.len(), 5, "{c:?}");
        assert_eq!(
            c[1],
            [
                "推进政策公开",
                "常态化公开就业、住房、教育等领域信息。",
                "财政所、土管所"
            ]
        );
        assert_eq!(
            c[2],
            ["", "积极探索特定群体的线下公开渠道。", "便民服务中心"]
        );
        assert_eq!(c[4], ["", "健全行政执法信息全流程公示机制。", "党政办公室"]);
    }

    #[test]
    fn a_group_heading_before_a_title_and_its_text_gets_a_column_of_its_own() {
        // 重点工作 is printed once over two columns: the group (merged down its rows) and
        // each row's title; the group's cell stands only in its first row
        let src = "重点工作\n|\n具体任务\n|\n责任单位\n|\n完成时限\n|\n一、强化平台建设\n|\n规范政府网站管理\n|\n严格落实信息发布审核制度，及时更新栏目内容。\n|\n县政府办公室\n|\n2026年6月底前\n|\n优化政务新媒体\n|\n整合功能相近的政务新媒体账号，建立账号管理台账。\n|\n县委网信办\n|\n2026年9月底前\n|\n二、深化重点领域公开\n|\n推进财政预决算公开\n|\n按规定时限公开部门预决算和“三公”经费。\n|\n县财政局\n|\n2026年12月底前\n|\n";
        let rows = stream_rows(src);
        assert_eq!(rows.len(), 4, "{rows:?}");
        assert_eq!(
            rows[0],
            ["", "重点工作", "具体任务", "责任单位", "完成时限"]
        );
        assert_eq!(
            rows[1],
            [
                "一、强化平台建设",
                "规范政府网站管理",
                "严格落实信息发布审核制度，及时更新栏目内容。",
                "县政府办公室",
                "2026年6月底前"
            ]
        );
        assert_eq!(
            rows[2][2],
            "整合功能相近的政务新媒体账号，建立账号管理台账。"
        );
        assert_eq!(rows[2][3], "县委网信办");
        assert_eq!(rows[3][0], "二、深化重点领域公开");
        assert_eq!(rows[3][3], "县财政局");
    }

    #[test]
    fn without_a_topic_column_a_heading_is_a_section_row_whatever_long_cell_follows() {
        // 工作任务 | 责任单位 | 完成时限: the short cell is the task, its long unit cell units
        let src = "工作任务\n|\n责任单位\n|\n完成时限\n|\n一、加强政策公开\n|\n开展政务公开业务培训\n|\n县政府办公室牵头，各乡镇、县直各部门按照职责分工负责，确保培训覆盖全部信息员。\n|\n2025年6月底前\n|\n集中公开现行有效的行政规范性文件，实行动态更新。\n|\n县司法局\n|\n长期坚持\n|\n";
        let t = table(&read(src)).clone();
        let c = cells(&t);
        // (one section column for the headings' style, none for a title)
        assert_eq!(c[0], ["", "工作任务", "责任单位", "完成时限"]);
        assert_eq!(c[1][0], "一、加强政策公开");
        assert_eq!(c[1][1], "开展政务公开业务培训");
    }

    #[test]
    fn bar_lines_with_a_number_column_the_header_does_not_name() {
        let src = "工作任务\n|\n具体要求\n|\n责任科室\n|\n时限要求\n|\n强化规范性文件公开\n|\n1\n|\n对行政规范性文件进行全面清理，并向社会公布目录。\n|\n办公室\n|\n年底前\n|\n深化政策解读形式\n|\n2\n|\n积极做好政策解读工作，丰富解读形式。\n|\n各科室\n|\n持续推进\n|\n3\n|\n规范做好年度报告编制发布工作。\n|\n办公室\n|\n持续推进\n|\n";
        let t = table(&read(src)).clone();
        assert_eq!(t.dialect, "cell-stream");
        let c = cells(&t);
        assert_eq!(c[0], ["工作任务", "", "具体要求", "责任科室", "时限要求"]);
        assert_eq!(c.len(), 4);
        assert_eq!(
            c[3],
            [
                "",
                "3",
                "规范做好年度报告编制发布工作。",
                "办公室",
                "持续推进"
            ]
        );
    }

    #[test]
    fn trailing_bars_with_section_rows_and_empty_cells() {
        let src = "工作任务 |\n具体要求 |\n责任科室 |\n时限要求 |\n||\n一、围绕服务经济抓好主动公开 |\n(一)聚焦中心工作 |\n1 |\n及时公开政策举措和进展成效。 |\n办公室 |\n持续推进 |\n|\n|\n2 |\n深化民生领域信息公开。 |\n市民生办 |\n持续推进 |\n";
        let c = cells(table(&read(src)));
        assert_eq!(c[0].len(), 6);
        let data: Vec<_> = c.iter().filter(|r| r.iter().any(|x| x == "2")).collect();
        assert_eq!(
            data[0][2..],
            ["2", "深化民生领域信息公开。", "市民生办", "持续推进"]
        );
    }

    #[test]
    fn trailing_bars_with_an_empty_first_column() {
        // each row, the header's too, opens with an empty cell: `|` alone on its line
        let src = "|\n时限 |\n具体要求 |\n|\n2月底前 |\n1.制定工作计划。 2.参加工作会议。 |\n|\n3月底前 |\n1.召开月例会。 2.开展专项督导。 |\n";
        // the empty cells fill rows of their own, which hold no task
        let c = stream_rows(src);
        assert_eq!(
            c,
            [
                ["时限", "具体要求"],
                ["2月底前", "1.制定工作计划。 2.参加工作会议。"],
                ["3月底前", "1.召开月例会。 2.开展专项督导。"],
            ]
        );
    }

    #[test]
    fn a_header_name_continued_by_a_bracketed_note() {
        let src = "序号\n工作任务\n责任单位\n(科室)\n时限\n1\n开展专项整治行动4次以上。\n执法大队\n12月底前\n2\n完成应急广播系统建设。\n广电股\n5月底前\n";
        let c = cells(table(&read(src)));
        // one header cell, not a column of its own before the body's cells
        assert_eq!(c[0], ["序号", "工作任务", "责任单位(科室)", "时限"]);
    }

    #[test]
    fn a_bracketed_note_over_lines_before_a_header_names_bar_is_no_cell() {
        let src =
            "序号\n|\n工作任务\n|\n责任单位\n(加*号为牵头单位,\n其余为配合单位)\n|\n时限\n|\n\
                   1\n|\n开展专项整治行动4次以上。\n|\n区执法大队\n|\n12月底前\n|\n\
                   2\n|\n完成应急广播系统建设。\n|\n区广电局\n|\n5月底前\n|\n";
        let rows = stream_rows(src);
        assert_eq!(rows[0], ["序号", "工作任务", "责任单位", "时限"]);
        assert_eq!(
            rows[1],
            ["1", "开展专项整治行动4次以上。", "区执法大队", "12月底前"]
        );
        assert_eq!(
            rows[2],
            ["2", "完成应急广播系统建设。", "区广电局", "5月底前"]
        );
    }

    #[test]
    fn task_text_numbered_on_from_a_rows_own_starts_the_next_row_not_its_remark() {
        // rows that lost their merged cells: each gives its text and units, the 备注 is empty
        let src = "具体任务\n责任单位\n备注\n\
                   2.纳入技术改造设备购置补贴的重点企业，给予剩余配套补贴。\n市经信局、市财政局\n\
                   3.对统一征用调配的重点企业已生产的库存产品兜底采购收储。\n市财政局\n\
                   4.免征各地经营蔬菜的个体工商户应缴纳的个人所得税。\n市税务局\n";
        let rows = stream_rows(src);
        assert_eq!(rows.len(), 4, "{rows:?}");
        assert!(rows[2][0].starts_with("3.对统一征用"), "{rows:?}");
        assert_eq!(rows[2][1], "市财政局");
        assert_eq!(rows[2][2], "");
        assert!(rows[3][0].starts_with("4.免征"), "{rows:?}");
    }

    #[test]
    fn a_header_name_broken_in_two_is_one_cell() {
        let src = "序号\n具体\n任务\n责任单位\n时限\n1\n开展专项整治行动4次以上。\n执法大队\n12月底前\n2\n完成应急广播系统建设。\n广电股\n5月底前\n";
        let c = cells(table(&read(src)));
        assert_eq!(c[0], ["序号", "具体任务", "责任单位", "时限"]);
        assert_eq!(
            c[1],
            ["1", "开展专项整治行动4次以上。", "执法大队", "12月底前"]
        );
    }

    #[test]
    fn a_year_over_a_column_name_on_the_next_line_is_one_cell() {
        // `2023年` is a schedule's column of its own, but over `目标进度` it heads that one
        let src = "序号\n项目\n责任单位\n2023年\n目标进度\n1\n完善交通基础设施\n区住建局\n6月开工，年内完工。\n2\n提升防洪能力\n区水利局\n7月底完成。\n";
        let c = cells(table(&read(src)));
        assert_eq!(c[0], ["序号", "项目", "责任单位", "2023年目标进度"]);
        assert_eq!(c[2], ["2", "提升防洪能力", "区水利局", "7月底完成。"]);
    }

    #[test]
    fn a_person_column_takes_only_a_name_and_a_second_unit_joins_the_units() {
        // 负责人 after the units: a unit under another (县体育局 县教育局) is the units', and
        // the next row's task, whose number is merged, starts a row of its own
        let src =
            "具体任务\n时限\n责任单位\n负责人\n召开运动会筹备会。\n3月12日前\n县体育局\n县教育局\n\
                   杨红霞\n确定运动会比赛项目,发布举办运动会通知。\n3月20日前\n县文旅局\n李俊\n";
        let c = cells(table(&read(src)));
        assert_eq!(
            c[1..],
            [
                [
                    "召开运动会筹备会。",
                    "3月12日前",
                    "县体育局\n县教育局",
                    "杨红霞"
                ],
                [
                    "确定运动会比赛项目,发布举办运动会通知。",
                    "3月20日前",
                    "县文旅局",
                    "李俊"
                ]
            ]
        );
    }

    #[test]
    fn dash_bulleted_targets_before_their_units_are_one_cell() {
        // a goals table whose text cell lists its targets a line each, the units after them;
        // a short name the vocabulary does not know between two units is one of them
        let src = "工作任务\n\n牵头单位\n\n责任单位\n\n1.提高孕产妇保健水平。\n\n——孕产妇死亡率控制在15/10万以内。\n\n——住院分娩率达到98%以上。\n\n区卫健局\n\n区财政局\n\n区人口计生\n\n区民政局\n\n——贫血患病率降低。\n\n区卫健局\n\n区市场监管局\n\n2.提高儿童健康水平。\n\n区教育局\n\n区体育局\n";
        assert_eq!(
            stream_rows(src)[1..],
            [
                [
                    "1.提高孕产妇保健水平。\n——孕产妇死亡率控制在15/10万以内。\n——住院分娩率达到98%以上。",
                    "区卫健局",
                    "区财政局\n区人口计生\n区民政局"
                ],
                ["——贫血患病率降低。", "区卫健局", "区市场监管局"],
                ["2.提高儿童健康水平。", "区教育局", "区体育局"],
            ]
        );
    }

    #[test]
    fn bare_cells_with_units_over_several_lines() {
        let src = "附件\n\n任务分解表\n\n序号\n\n民生实事\n\n责任单位\n\n完成时限\n\n1\n\n启动建设城区段综合治理工程。\n\n县水务局\n\n县住建局\n\n12月底前\n\n2\n\n新建2座人行天桥。\n\n县住建局\n\n9月底前\n";
        let c = cells(table(&read(src)));
        assert_eq!(c.len(), 3);
        assert_eq!(
            c[1],
            [
                "1",
                "启动建设城区段综合治理工程。",
                "县水务局\n县住建局",
                "12月底前"
            ]
        );
        assert_eq!(c[2][2], "县住建局");
    }

    #[test]
    fn a_stream_without_its_header_is_read_by_its_numbered_rows() {
        // a page starting inside a schedule: number, time, work, units, one `cell |` a line
        // (these test hints read only times ending in 前; the vocabulary reads 3月中旬 too)
        let src = "1 |\n3月15日前 |\n拟制高新区小学升初中招生方案 |\n区教育局 |\n\
                   2 |\n3月底前 |\n审批高新区小学升初中划片招生工作方案 |\n市教育局、管委会 |\n\
                   3 |\n3月26日前 |\n全市小升初工作会议 |\n市教育局 |\n\
                   4 |\n4月中旬前 |\n划片招生中小学对接宣传 |\n";
        let blocks = read(src);
        let c = cells(table(&blocks));
        assert_eq!(c.len(), 4);
        assert_eq!(c[2], ["3", "3月26日前", "全市小升初工作会议", "市教育局"]);
        // (the last row, cut with the page, keeps the cells it has)
        assert_eq!(c[3], ["4", "4月中旬前", "划片招生中小学对接宣传", ""]);
        // …but lines whose numbers do not open rows one after another are no table
        let loose =
            "1 |\n3月中旬 |\n拟制招生方案 |\n区教育局 |\n5 |\n3月下旬 |\n审批方案 |\n市教育局 |\n";
        assert!(read(loose)
            .iter()
            .all(|b| matches!(b, crate::document::Block::Paragraph(_))));
    }

    #[test]
    fn closing_paragraphs_after_a_bare_stream_are_text() {
        let src = "序号\n\n民生实事\n\n责任单位\n\n完成时限\n\n1\n\n启动建设城区段综合治理工程。\n\n县水务局\n\n12月底前\n\n2\n\n新建2座人行天桥。\n\n县住建局\n\n9月底前\n\n各单位要加强工作力量，明确专人负责。\n\n县政府办公室将加强督促检查。\n\n某县人民政府办公室\n";
        let blocks = read(src);
        assert_eq!(cells(table(&blocks)).len(), 3);
        assert_eq!(
            paragraph_texts(&blocks),
            [
                "各单位要加强工作力量，明确专人负责。",
                "县政府办公室将加强督促检查。",
                "某县人民政府办公室"
            ]
        );
        // without a time limit column, a signature after the last row gives no task text
        let src = "序号\n\n民生实事\n\n责任单位\n\n负责人\n\n1\n\n启动建设城区段综合治理工程。\n\n\
                   县水务局\n\n王明\n\n2\n\n新建2座人行天桥。\n\n县住建局\n\n李华\n\n某县人民政府办公室\n";
        let blocks = read(src);
        assert_eq!(cells(table(&blocks)).len(), 3);
        assert_eq!(paragraph_texts(&blocks), ["某县人民政府办公室"]);
    }

    #[test]
    fn rows_opening_with_their_bar_and_cells_listing_steps_a_line_each() {
        // `| 1 |` opens a row; the 进度 cell lists its steps one a line, the bar on its last
        let src = "| 序号 |\n责任单位 |\n具体要求 |\n工作要求 |\n时限 |\n| 1 |\n区民政局 |\n按月完成临时救助的审核确认工作。 |\n①1-3月份，完成审核确认；\n②4-6月份，完成审核确认；\n③7-12月份，完成年度复核。 |\n2026年12月底 |\n| 2 |\n区残联 |\n强化残疾人救助保障，提升福利水平。 |\n①上半年，完成调查；\n②下半年，完成发放。 |\n2026年12月底 |\n";
        let c = stream_rows(src);
        assert_eq!(
            c,
            [
                vec!["序号", "责任单位", "具体要求", "工作要求", "时限"],
                vec![
                    "1",
                    "区民政局",
                    "按月完成临时救助的审核确认工作。",
                    "①1-3月份，完成审核确认；\n②4-6月份，完成审核确认；\n③7-12月份，完成年度复核。",
                    "2026年12月底"
                ],
                vec![
                    "2",
                    "区残联",
                    "强化残疾人救助保障，提升福利水平。",
                    "①上半年，完成调查；\n②下半年，完成发放。",
                    "2026年12月底"
                ],
            ]
        );
    }

    #[test]
    fn cells_opening_with_their_bar_after_a_rows_first() {
        // `具体任务` `| 责任单位` `| 完成时限` `|`: each row's first cell bare, the others
        // opening with the bar, a bar alone closing the row; a cell may run over lines
        let src = "具体任务\n| 责任单位\n| 完成时限\n|\n设置公益广告。\n| 区宣传部\n| 8月28日\n|\n展示文明校园创建，分栏展示\n创建活动安排\n| 区团委\n| 9月1日\n|\n";
        assert_eq!(
            stream_rows(src),
            [
                vec!["具体任务", "责任单位", "完成时限"],
                vec!["设置公益广告。", "区宣传部", "8月28日"],
                vec![
                    "展示文明校园创建，分栏展示\n创建活动安排",
                    "区团委",
                    "9月1日"
                ],
            ]
        );
        // the text after the table stays text
        let src = format!("{src}\n以上任务请抓好落实。\n");
        assert_eq!(paragraph_texts(&read(&src)), ["以上任务请抓好落实。"]);
    }

    #[test]
    fn a_bar_alone_after_a_cell_begun_without_one_closes_it_and_starts_no_row() {
        // `| 1 |` starts a row; `评价…` runs to the `|` on the next line, which ends that cell
        let src = "| 1 |\n全面公开重要政策措施。 |\n评价政策文件解读的数量\n和效果。\n|\n各分局 |\n| 2 |\n同步组织解读材料。 |\n";
        let numbering = Numbering::new();
        let cx = DialectCx {
            hints: &TestHints,
            numbering: &numbering,
        };
        let (cells, marks, end) = body(&lines(src), 0, Separator::TrailingBar, &cx);
        let texts: Vec<&str> = cells.iter().map(|c| c.as_str()).collect();
        assert_eq!(
            texts,
            [
                "",
                "1",
                "全面公开重要政策措施。",
                "评价政策文件解读的数量\n和效果。",
                "各分局",
                "",
                "2",
                "同步组织解读材料。"
            ]
        );
        assert_eq!(marks, [0, 5]);
        assert_eq!(end, 8);
    }

    #[test]
    fn an_empty_last_cell_printed_with_the_rows_end_bar_stays_in_its_row() {
        // `||` closes row 1's empty 备注 and ends the row: row 2 still opens with its number
        let src = "序号 |\n主要内容 |\n负责人 |\n牵头单位 |\n责任单位 |\n具体要求 |\n\
                   1 |\n新建城区幼儿园两所。 |\n张三 |\n县教育局 |\n县住建局 |\n||\n\
                   2 |\n改造农村公路120公里。 |\n张三 |\n县交通运输局 |\n相关乡镇 |\n|\n\
                   3 |\n改造老旧小区15个。 |\n李四 |\n县住建局 |\n城关镇 |\n";
        let rows = stream_rows(src);
        let firsts: Vec<(&str, &str)> = rows[1..]
            .iter()
            .map(|r| (r[0].as_str(), r[1].as_str()))
            .collect();
        assert_eq!(
            firsts,
            [
                ("1", "新建城区幼儿园两所。"),
                ("2", "改造农村公路120公里。"),
                ("3", "改造老旧小区15个。")
            ]
        );
    }

    #[test]
    fn a_row_that_lost_its_merged_first_cell_and_a_last_row_cut_with_the_page() {
        // rows open with `|` and an empty 工作任务 cell (`|` `|`), but row 2 lost that cell;
        // row 3 is cut with the page inside its text, before its bar
        let src = "|\n工作任务 |\n具体要求 |\n责任单位 |\n完成时限 |\n|\n|\n\
                   一、深入推进政策公开 |\n1 |\n及时规范发布政策信息及执行效果，服务高质量发展。 |\n\
                   各区直部门、各镇(办) |\n持续推进 |\n|\n\
                   2 |\n深化信息公开，集中发布政务服务事项目录、办理指南、办理进展等。 |\n\
                   区数据资源局、区投资促进局、区发改委等相关区直部门、各镇(办)、经开区 |\n持续推进 |\n|\n|\n\
                   3 |\n严格落实行政执法公示工作制度，加大轻微违法行为依法不予行政处罚清单";
        let rows = stream_rows(src);
        let texts: Vec<&str> = rows[1..].iter().map(|r| r[2].as_str()).collect();
        assert_eq!(
            texts,
            [
                "及时规范发布政策信息及执行效果，服务高质量发展。",
                "深化信息公开，集中发布政务服务事项目录、办理指南、办理进展等。",
                "严格落实行政执法公示工作制度，加大轻微违法行为依法不予行政处罚清单"
            ]
        );
        assert_eq!(
            rows[2][3],
            "区数据资源局、区投资促进局、区发改委等相关区直部门、各镇(办)、经开区"
        );
    }

    #[test]
    fn a_figure_out_of_the_rows_sequence_before_its_units_is_a_value() {
        // a target of `0` or `42` is no row number while its row still lacks its units
        let src = "序号 |\n主要内容 |\n具体要求 |\n责任单位 |\n\
                   1 |\n粮食播种面积 |\n0 |\n县农业农村局 |\n\
                   2 |\n水产品产量 |\n42 |\n县海洋渔业局 |\n\
                   3 |\n家禽出栏 |\n1 |\n县农业农村局 |\n";
        let rows = stream_rows(src);
        let read: Vec<Vec<&str>> = rows[1..]
            .iter()
            .map(|r| r.iter().map(String::as_str).collect())
            .collect();
        assert_eq!(
            read,
            [
                ["1", "粮食播种面积", "0", "县农业农村局"],
                ["2", "水产品产量", "42", "县海洋渔业局"],
                ["3", "家禽出栏", "1", "县农业农村局"],
            ]
        );
    }
}
