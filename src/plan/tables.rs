//! Tasks from table blocks, whatever dialect they were read in: the header row names the
//! columns, topic cells make sections, and each row with task text is a task — with its
//! number, units, time limit, cells filled down from merged ones, and several numbered tasks
//! in one cell split.

use std::collections::HashMap;

use crate::document::dialects::{
    column_text, header_name, header_roles, settle_content, settle_units, DialectCx,
};
use crate::document::{ColumnRole, Paragraph, Region, Table, Text};
use crate::ingest::Span;
use crate::plan::deadlines::Mode;
use crate::plan::model::{DeadlineSource, Field, Located, Task, TaskNumber, Unit, UnitRole};
use crate::plan::text::normalize;
use crate::plan::units::{looks_like_units, parse_cell_units, parse_units, Reading};
use crate::plan::{Ctx, Sections, UnitsKey};

/// A table column: its header as printed and the role it plays.
#[derive(Debug, Clone)]
pub struct Column {
    pub name: String,
    pub role: ColumnRole,
}

/// What the tables before this one established: a table split at a page break continues
/// without its header.
#[derive(Debug, Default)]
pub(crate) struct TableContext {
    columns: Option<Vec<Column>>,
    /// The last task number seen, so numbers in a cell can continue the sequence.
    last_number: Option<u32>,
    /// Whether the table being read holds the text's last words: its last row may have been
    /// cut with the page.
    ends_text: bool,
}

impl TableContext {
    /// Say whether the next table holds the text's last words.
    pub(crate) fn set_ends_text(&mut self, ends_text: bool) {
        self.ends_text = ends_text;
    }
}

/// What a table block gives.
pub(crate) enum Read {
    Tasks(Vec<Task>),
    /// No header names its columns: its cells are read as paragraphs.
    NotATaskTable(Vec<Paragraph>),
}

/// Rows searched for the header: a table may open with a title row or two.
const HEADER_SEARCH_ROWS: usize = 4;
/// Fewest column names a body row must print to be a header printed again (a page's repeated
/// header, the next table's cut one): one name may be a task's word.
const MIN_HEADER_AGAIN_NAMES: usize = 2;
/// Longest topic cell read as an unnumbered section title rather than a task.
const MAX_TOPIC_TITLE_CHARS: usize = 40;
/// Fewest rows, each with a topic of its own, that make the topic column the rows' names: one
/// row's topic may be a group's.
const MIN_NAMED_ROWS: usize = 2;
/// Rows of a table naming each row that may lack their name, one in this many of the named
/// ones: the last row cut off by a page, or one slid aside by a lost cell. A topic merged over
/// its rows leaves far more of them blank.
const UNNAMED_ROWS_SHARE_INVERSE: usize = 4;

/// A cell after merges are resolved: its text, and whether it was filled from a merged cell.
#[derive(Debug, Clone)]
struct CellView {
    text: Text,
    inherited: bool,
    /// Covered by a merged cell to its left in the same row.
    beside: bool,
}

/// The grid with merges resolved: a cell covered from above takes the merged cell's text
/// (inherited); a cell covered from its left is empty (a heading spanning the row).
fn resolve(table: &Table) -> Vec<Vec<CellView>> {
    let width = table.width();
    table
        .rows
        .iter()
        .enumerate()
        .map(|(r, row)| {
            let mut cells: Vec<CellView> = row
                .cells
                .iter()
                .map(|c| match c.covered_by {
                    Some((or, oc)) if or < r => CellView {
                        text: table.rows[or]
                            .cells
                            .get(oc)
                            .map(|o| o.text.clone())
                            .unwrap_or_else(|| c.text.clone()),
                        inherited: true,
                        beside: false,
                    },
                    _ => CellView {
                        text: c.text.clone(),
                        inherited: false,
                        beside: c.covered_by.is_some(),
                    },
                })
                .collect();
            while cells.len() < width {
                let at = cells.last().map(|c| c.text.source_end()).unwrap_or(0);
                cells.push(CellView {
                    text: Text::empty_at(at),
                    inherited: false,
                    beside: false,
                });
            }
            cells
        })
        .collect()
}

/// Names of a header row: a cell spanning several columns names each of them.
fn row_names(table: &Table, r: usize) -> Vec<String> {
    table.rows[r]
        .cells
        .iter()
        .map(|c| match c.covered_by {
            Some((or, oc)) => table
                .rows
                .get(or)
                .and_then(|row| row.cells.get(oc))
                .map(|o| header_name(o.text.as_str()))
                .unwrap_or_default(),
            None => header_name(c.text.as_str()),
        })
        .collect()
}

/// The header: its row and the columns, two-row headers merged (`牵头单位及责任单位` over
/// `牵头单位 | 配合单位`).
/// The word a column of duties is named with (`主要职责分工`, `工作职责`).
const DUTY_WORD: &str = "职责";

fn header(ctx: &Ctx, table: &Table) -> Option<(usize, Vec<Column>)> {
    let hints = ctx.hints();
    for r in 0..table.rows.len().min(HEADER_SEARCH_ROWS) {
        let names: Vec<String> = row_names(table, r)
            .iter()
            .map(|n| ctx.vocab.fold(n).into_owned())
            .collect();
        let Some(mut roles) = header_roles(&names, &hints) else {
            continue;
        };
        let mut names = names;
        let mut last = r;
        // a second header row names the parts of a merged first one
        if let Some(next) = table.rows.get(r + 1) {
            let sub = row_names(table, r + 1);
            let own: Vec<(usize, &String)> = sub
                .iter()
                .enumerate()
                .filter(|(c, n)| !n.is_empty() && next.cells[*c].covered_by.is_none())
                .collect();
            // (a section's heading is no column's name: `一、落实立德树人根本任务` ends in 任务)
            let heading = |c: usize| {
                ctx.numbering
                    .at_start(next.cells[c].text.as_str())
                    .is_some()
            };
            if !own.is_empty()
                && own
                    .iter()
                    .all(|&(c, n)| ctx.vocab.column_role(n).is_some() && !heading(c))
            {
                for (c, n) in own {
                    names[c] = n.clone();
                    if let Some(role) = ctx.vocab.column_role(n) {
                        roles[c] = role;
                    }
                }
                last = r + 1;
            }
        }
        let cx = DialectCx {
            hints: &hints,
            numbering: ctx.numbering,
        };
        let body = &table.rows[(last + 1).min(table.rows.len())..];
        // the filled cells of a column under the header, merged ones once
        let column_cells = |c: usize| -> Vec<&str> {
            body.iter()
                .filter_map(|r| r.cells.get(c))
                .filter(|cell| cell.covered_by.is_none())
                .map(|cell| cell.text.as_str())
                .collect()
        };
        // (a unit column named `部门` names units only beside a column of duties; elsewhere,
        // as a column of no known name, when every filled cell under it reads as units and no
        // other column names them: a register's `部门` | `发布时间`)
        if !names.iter().any(|n| n.contains(DUTY_WORD)) {
            for c in 0..names.len() {
                if !ctx.vocab.duty_table_unit_columns.contains(&names[c]) {
                    continue;
                }
                let units_below = column_cells(c)
                    .into_iter()
                    .filter(|t| !t.trim_matches(crate::document::is_space).is_empty())
                    .all(|t| crate::document::Hints::looks_like_units(&hints, t));
                let other_units = (0..roles.len()).any(|k| k != c && roles[k].names_units());
                if !units_below || other_units {
                    roles[c] = ColumnRole::Other;
                }
            }
        }
        settle_content(&mut roles, &names, &|c| {
            column_text(
                body.iter()
                    .filter_map(|r| r.cells.get(c))
                    .filter(|cell| cell.covered_by.is_none())
                    .map(|cell| cell.text.as_str()),
                &cx,
            )
        });
        settle_units(&mut roles, &names, &column_cells, &hints);
        let columns = names
            .into_iter()
            .zip(roles)
            .map(|(name, role)| Column { name, role })
            .collect();
        return Some((last, columns));
    }
    None
}

/// Read a table block.
pub(crate) fn read(
    ctx: &Ctx,
    table: &Table,
    seen: &mut TableContext,
    sections: &mut Sections,
) -> Read {
    let (body_start, columns) = match header(ctx, table) {
        Some((h, cols)) => (h + 1, cols),
        None => match (&seen.columns, &table.inferred) {
            (Some(cols), _) if cols.len() == table.width() => (0, cols.clone()),
            // (a table printed without its header: the columns its dialect judged)
            (_, Some(roles)) => (
                0,
                roles
                    .iter()
                    .map(|&role| Column {
                        name: String::new(),
                        role,
                    })
                    .collect(),
            ),
            _ => return Read::NotATaskTable(as_paragraphs(table)),
        },
    };
    seen.columns = Some(columns.clone());
    let grid = resolve(table);
    let tasks = rows_to_tasks(
        ctx,
        table,
        &grid[body_start.min(grid.len())..],
        &columns,
        seen,
        sections,
    );
    Read::Tasks(tasks)
}

/// A table that holds no tasks, read as paragraphs (each cell's text, row by row).
fn as_paragraphs(table: &Table) -> Vec<Paragraph> {
    table
        .rows
        .iter()
        .flat_map(|r| &r.cells)
        .filter(|c| c.covered_by.is_none() && !c.text.is_blank())
        .flat_map(|c| c.text.split('\n'))
        .filter(|t| !t.is_blank())
        .map(|text| Paragraph {
            text: text.trimmed(),
            gap_before: true,
            region: Region::Body,
        })
        .collect()
}

fn line_span(ctx: &Ctx, text: &Text) -> Span {
    ctx.whole(text)
}

/// Units of a cell (`Reading::Cell`) or a clause in running text, with spans.
pub(crate) fn units_of(
    ctx: &Ctx,
    text: &Text,
    role: UnitRole,
    inherited: bool,
    reading: Reading,
) -> Vec<Unit> {
    let key = (text.as_str().to_owned(), role, reading);
    crate::plan::remembered(
        &ctx.units_read,
        std::borrow::Cow::<UnitsKey>::Owned(key),
        || {
            let folded = ctx.vocab.fold(text.as_str());
            match reading {
                Reading::Cell => parse_cell_units(&folded, role, ctx.vocab),
                Reading::Clause => parse_units(&folded, role, ctx.vocab),
            }
        },
    )
    .into_iter()
    .map(|u| Unit {
        raw: text.as_str()[u.start..u.end].to_owned(),
        span: ctx.span(text, u.start, u.end),
        // the name as printed (traditional characters kept); only matching folds them
        name: normalize(&text.as_str()[u.start..u.end]),
        role: u.role,
        kind: u.kind,
        inherited,
    })
    .collect()
}

/// The first sentence of a task text: its key content.
pub(crate) fn title_of(ctx: &Ctx, text: &Text) -> Option<Located<String>> {
    let s = text.as_str();
    let skip = ctx
        .numbering
        .at_start(s)
        .filter(|h| h.style >= crate::document::NumberStyle::Arabic)
        .map(|h| h.len)
        .unwrap_or(0);
    // a dash that bullets the item (`——让乡村旅游“火起来”。`) is no part of its title
    let rest = crate::document::text::after_dash_bullet(&s[skip..])
        .unwrap_or_else(|| s[skip..].trim_start_matches(['—', '－']));
    let bullet = s[skip..].len() - rest.len();
    let skip = skip + bullet;
    let t = &s[skip..];
    let end = t.find(['。', '；', ';', '\n']).unwrap_or(t.len());
    let title = t[..end].trim_matches(crate::document::is_space);
    if title.is_empty() {
        return None;
    }
    let start = skip + (t.len() - t.trim_start_matches(crate::document::is_space).len());
    Some(Located {
        value: normalize(title),
        span: ctx.span(text, start, start + title.len()),
    })
}

fn bare_number(t: &str) -> Option<u32> {
    let t = t.trim_matches(crate::document::is_space);
    (!t.is_empty() && t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit()))
        .then(|| t.parse().ok())
        .flatten()
}

/// Whether a row's unit cells are all empty (and it has some), as when the rows of a block are
/// merged down.
fn units_merged_too(cells: &[CellView], cols: &[Column]) -> bool {
    let mut unit_cells = cells
        .iter()
        .zip(cols)
        .filter(|(_, col)| col.role.names_units())
        .peekable();
    unit_cells.peek().is_some() && unit_cells.all(|(c, _)| c.text.is_blank())
}

fn fills_down(role: ColumnRole) -> bool {
    role.assigns()
}

/// Build tasks from a table's body rows.
/// Enter the section a numbered heading cell (`一、…`) opens: the section before and the
/// one entered, or `None` when the cell is not a numbered heading.
fn enter_heading(
    ctx: &Ctx,
    cell: &Text,
    sections: &mut Sections,
) -> Option<(Option<usize>, usize)> {
    let h = ctx.numbering.at_start(cell.as_str())?;
    let rest = cell.slice(h.len, cell.len());
    let title = rest.as_str().trim_matches(crate::document::is_space);
    let span = line_span(ctx, cell);
    let before = sections.current();
    let entered = sections.enter(
        h.style.depth(),
        Some(h.style),
        &h.label,
        Some(h.value),
        title,
        span,
    );
    Some((before, entered))
}

/// A row whose only cells are a section's numeral alone in a topic column (`一`, `(一)`) and a
/// short title in the text column: the numeral's style, value and label, and the title.
fn section_numeral_row(
    cells: &[CellView],
    cols: &[Column],
) -> Option<(crate::document::NumberStyle, u32, String, Text)> {
    let filled: Vec<usize> = (0..cells.len().min(cols.len()))
        .filter(|&i| !cells[i].text.is_blank() && !cells[i].inherited)
        .collect();
    let [numeral, title] = filled[..] else {
        return None;
    };
    if cols[numeral].role != ColumnRole::Topic
        || !matches!(
            cols[title].role,
            ColumnRole::Content | ColumnRole::Requirement | ColumnRole::Topic
        )
    {
        return None;
    }
    let raw = cells[numeral].text.as_str().trim();
    let (style, value) = crate::document::numbering::bare_section_numeral(raw)?;
    let t = &cells[title].text;
    (t.as_str().chars().count() <= MAX_TOPIC_TITLE_CHARS && !t.as_str().ends_with('。'))
        .then(|| (style, value, raw.to_owned(), t.clone()))
}

fn rows_to_tasks(
    ctx: &Ctx,
    table: &Table,
    rows: &[Vec<CellView>],
    cols: &[Column],
    seen: &mut TableContext,
    sections: &mut Sections,
) -> Vec<Task> {
    let mut out = Vec::new();
    let role_at = |role: ColumnRole| cols.iter().position(|c| c.role == role);
    let topic_cols: Vec<usize> = (0..cols.len())
        .filter(|&i| cols[i].role == ColumnRole::Topic)
        .collect();
    let numbered_table = rows.iter().any(|r| {
        r.iter().enumerate().any(|(i, c)| {
            !c.inherited
                && matches!(cols[i].role, ColumnRole::Topic | ColumnRole::Number)
                && bare_number(c.text.as_str()).is_some()
        })
    });
    // rows whose text cell opens a list at 1 (`1.… 2.…`): when several do, each row's list is
    // its own sub-items (a monthly schedule: 2月 | 1.… 2.… 3.…), and no row is split — the first
    // one no more than the others
    let lists_restart = rows
        .iter()
        .filter(|r| {
            r.iter().enumerate().any(|(i, c)| {
                !c.inherited
                    && matches!(cols[i].role, ColumnRole::Content | ColumnRole::Requirement)
                    && ctx.numbering.at_start(c.text.as_str()).is_some_and(|h| {
                        h.style == crate::document::NumberStyle::Arabic && h.value == 1
                    })
            })
        })
        .count()
        >= MIN_RESTARTING_LISTS;
    // a table with no time-limit column may state its limits in a remarks column (备注)
    let remark_cols: Vec<usize> = if cols.iter().any(|c| c.role == ColumnRole::Deadline) {
        Vec::new()
    } else {
        (0..cols.len())
            .filter(|&i| {
                cols[i].role == ColumnRole::Other
                    && ctx.vocab.remark_columns.contains(&cols[i].name)
            })
            .collect()
    };
    let header_names: Vec<&str> = cols
        .iter()
        .map(|c| c.name.as_str())
        .filter(|n| !n.is_empty())
        .collect();

    // a table with no task column whose topic cell names each row's own target
    // (`任务名称 | 指标要求`: 地区生产总值 | 增长5.5%), or whose 项目名称 names each row's
    // project beside its task column: the name opens the task, no section
    let name_col = names_each_row(ctx, rows, cols, &topic_cols);

    // memory of filled cells for text tables, whose merges are unknown
    let mut memory: HashMap<usize, Text> = HashMap::new();
    let mut last_number: Option<TaskNumber> = None;
    let mut last_content: Option<Text> = None;

    for (ri, row) in rows.iter().enumerate() {
        let mut cells: Vec<CellView> = row
            .iter()
            .map(|c| CellView {
                text: c.text.trimmed(),
                inherited: c.inherited,
                beside: c.beside,
            })
            .collect();
        // a header repeated after a page break
        let own_names: Vec<String> = cells
            .iter()
            .map(|c| header_name(c.text.as_str()))
            .filter(|n| !n.is_empty())
            .collect();
        // (…or a header of the next table, cut with the page: column names, all but perhaps
        // its cut last one, `工作任务 | 分管领导 | 牵头组织实施单位 | 完`)
        // (asked only of rows of short cells: a task's row holds its text)
        let header_again = own_names.len() >= MIN_HEADER_AGAIN_NAMES
            && own_names
                .iter()
                .all(|n| n.chars().count() <= crate::document::dialects::MAX_HEADER_CELL_CHARS)
            && {
                let known = own_names
                    .iter()
                    .filter(|n| ctx.vocab.column_role(n).is_some())
                    .count();
                known >= MIN_HEADER_AGAIN_NAMES && known + 1 >= own_names.len()
            };
        if !own_names.is_empty()
            && (header_again
                || own_names
                    .iter()
                    .map(String::as_str)
                    .eq(header_names.iter().copied()))
        {
            continue;
        }
        repair_shifted_row(ctx, cols, &mut cells);

        // one cell merged across the whole row holding a numbered heading (一、…): a section
        // row, whichever column it starts in
        let spans_row =
            cells.len() > 1 && !cells[0].inherited && cells[1..].iter().all(|c| c.beside);
        // …or, in a text table, a section's heading in the number column and nothing after it
        // (`| 一、落实立德树人根本任务 | | |`): a number column holds no other heading
        let heading_in_number = cols.first().is_some_and(|c| c.role == ColumnRole::Number)
            && cells.len() > 1
            && !cells[0].inherited
            && cells[1..].iter().all(|c| c.text.is_blank())
            && ctx
                .numbering
                .at_start(cells[0].text.as_str())
                .is_some_and(|m| m.style.heads_sections());
        if (spans_row || heading_in_number)
            && enter_heading(ctx, &cells[0].text, sections).is_some()
        {
            memory.clear();
            continue;
        }
        // a section's numeral alone in a topic cell, its title in the text column and nothing
        // else in the row (`一 | | 主要任务`, `(一) | | 构建更加严密的责任体系`): a section row
        if let Some((style, value, label, title)) = section_numeral_row(&cells, cols) {
            let span = line_span(ctx, &title);
            sections.enter(
                style.depth(),
                Some(style),
                &label,
                Some(value),
                title.as_str().trim_matches(crate::document::is_space),
                span,
            );
            memory.clear();
            last_content = None;
            continue;
        }

        let mut own_number = None;
        let mut row_name: Option<Text> = None;
        // a topic cell holding a sentence, no title (the row's text where its text cell is
        // empty: `抓好工业节水。加快实施…` under 主要任务 beside an empty 细化措施)
        let mut topic_text: Option<Text> = None;
        for &ci in &topic_cols {
            let cell = &cells[ci];
            if cell.text.is_blank() || cell.inherited {
                continue;
            }
            let t = cell.text.as_str();
            if topic_text.is_none()
                && (t.chars().count() > MAX_TOPIC_TITLE_CHARS || t.trim_end().ends_with('。'))
            {
                topic_text = Some(cell.text.clone());
            }
            if name_col == Some(ci)
                && bare_number(t).is_none()
                && ctx.numbering.at_start(t).is_none()
            {
                row_name = Some(cell.text.clone());
            } else if let Some(n) = bare_number(t) {
                own_number = Some(TaskNumber {
                    value: n,
                    raw: t.to_owned(),
                    style: None,
                    span: line_span(ctx, &cell.text),
                    inherited: false,
                });
            } else if let Some((before, entered)) = enter_heading(ctx, &cell.text, sections) {
                if entered != before.unwrap_or(usize::MAX) && before.is_some() {
                    // a merged cell does not reach across a new heading
                    memory.clear();
                }
            } else if t.chars().count() <= MAX_TOPIC_TITLE_CHARS
                && !t.ends_with(['。', '！', '!', '；'])
            {
                let span = line_span(ctx, &cell.text);
                let level = sections.current_level().unwrap_or(1);
                sections.enter(level.max(1), None, "", None, t, span);
            }
        }
        if let Some(ci) = role_at(ColumnRole::Number) {
            let cell = &cells[ci];
            if !cell.inherited {
                if let Some(n) = bare_number(cell.text.as_str()) {
                    own_number = Some(TaskNumber {
                        value: n,
                        raw: cell.text.as_str().trim().to_owned(),
                        style: None,
                        span: line_span(ctx, &cell.text),
                        inherited: false,
                    });
                }
            }
        }

        let content_col = role_at(ColumnRole::Content);
        let requirement_col = role_at(ColumnRole::Requirement);
        let own = |c: Option<usize>| {
            c.map(|i| &cells[i])
                .filter(|v| !v.text.is_blank() && !v.inherited)
                .map(|v| v.text.clone())
        };
        // (…when the row names its units: a topic's sentence over a row of its own is a
        // preamble, `各单位要坚持以人民为中心…`)
        let names_units = cols.iter().zip(cells.iter()).any(|(c, v)| {
            matches!(
                c.role,
                ColumnRole::Units | ColumnRole::Lead | ColumnRole::Cooperating
            ) && !v.text.is_blank()
                && !v.inherited
        });
        let own_content =
            own(content_col).or(topic_text.filter(|_| content_col.is_some() && names_units));
        let own_requirement = own(requirement_col);
        if own_content.is_none() && own_requirement.is_none() {
            memory.clear();
            last_content = None;
            if own_number.is_some() {
                last_number = own_number;
            }
            continue;
        }
        let number = match own_number {
            Some(n) => {
                last_number = Some(n.clone());
                last_content = None;
                Some(n)
            }
            None if numbered_table => last_number.clone().map(|mut n| {
                n.inherited = true;
                n
            }),
            None => None,
        };
        let continuation = number.as_ref().is_some_and(|n| n.inherited);
        // a text's last row with nothing after its text was cut with the page
        // (`73 | 大力推进“安心托幼”，全区托位数提高至560`): its cells are lost, not merged
        let cut_with_page = seen.ends_text
            && ri + 1 == rows.len()
            && !table.merges_known
            && content_col.or(requirement_col).is_some_and(|c| {
                cells[c + 1..]
                    .iter()
                    .all(|v| v.text.is_blank() || v.inherited)
            });

        // cells filled down: from the merged cell above (known), or for text tables the last
        // filled unit and deadline cells, and content within one numbered item
        let mut filled: Vec<Option<(Text, bool)>> = Vec::with_capacity(cells.len());
        for (ci, cell) in cells.iter().enumerate() {
            let role = cols[ci].role;
            if !cell.text.is_blank() {
                filled.push(Some((cell.text.clone(), cell.inherited)));
                continue;
            }
            // a text table shows no merges: a 时限 cell left empty on a task's own row is a
            // missing time limit, not a merge, unless the row shows one: it continues a
            // numbered item, its unit cells are empty too (a block merged down), or the cell
            // below is empty as well (a run under one filled cell)
            let fills = !table.merges_known
                && !cut_with_page
                && match role {
                    ColumnRole::Deadline => {
                        continuation
                            || units_merged_too(&cells, cols)
                            || rows
                                .get(ri + 1)
                                .and_then(|next| next.get(ci))
                                .is_some_and(|c| c.text.is_blank())
                    }
                    ColumnRole::Content => continuation,
                    r => fills_down(r),
                };
            let above = if !fills {
                None
            } else if role == ColumnRole::Content {
                last_content.as_ref()
            } else {
                memory.get(&ci)
            };
            filled.push(above.map(|t| (t.clone(), true)));
        }

        let mut fields = Vec::new();
        let mut units = Vec::new();
        let mut cell_deadlines = Vec::new();
        for (ci, f) in filled.iter().enumerate() {
            let Some((text, inherited)) = f else { continue };
            let col = &cols[ci];
            if col.role == ColumnRole::Topic || col.role == ColumnRole::Number {
                continue;
            }
            fields.push(Field {
                column: col.name.clone(),
                role: col.role,
                value: text.as_str().to_owned(),
                span: line_span(ctx, text),
                inherited: *inherited,
            });
            match col.role {
                ColumnRole::Units => units.extend(units_of(
                    ctx,
                    text,
                    UnitRole::Responsible,
                    *inherited,
                    Reading::Cell,
                )),
                ColumnRole::Lead => units.extend(units_of(
                    ctx,
                    text,
                    UnitRole::Lead,
                    *inherited,
                    Reading::Cell,
                )),
                ColumnRole::Cooperating => units.extend(units_of(
                    ctx,
                    text,
                    UnitRole::Cooperating,
                    *inherited,
                    Reading::Cell,
                )),
                ColumnRole::Deadline => cell_deadlines.extend(ctx.deadlines_in(
                    text,
                    Mode::Cell,
                    &DeadlineSource::Field {
                        column: col.name.clone(),
                    },
                    *inherited,
                )),
                // a remark is loose text: only a limit said as one (…前) counts, not a date
                // that names a thing (制定2018年年底执法计划)
                ColumnRole::Other if remark_cols.contains(&ci) => cell_deadlines.extend(
                    ctx.deadlines_in(
                        text,
                        Mode::Text,
                        &DeadlineSource::Text {
                            column: Some(col.name.clone()),
                        },
                        *inherited,
                    )
                    .into_iter()
                    .filter(|d| {
                        d.raw
                            .trim_end_matches(crate::document::is_space)
                            .ends_with('前')
                    }),
                ),
                _ => {}
            }
        }
        for (ci, cell) in cells.iter().enumerate() {
            if !cell.text.is_blank() && !cell.inherited && fills_down(cols[ci].role) {
                memory.insert(ci, cell.text.clone());
            }
        }
        if let Some(c) = &own_content {
            last_content = Some(c.clone());
        }

        let text_deadlines = |text: &Text, column: Option<usize>| {
            let source = DeadlineSource::Text {
                column: column.map(|c| cols[c].name.clone()),
            };
            ctx.deadlines_in(text, Mode::Text, &source, false)
        };
        let split = if numbered_table || lists_restart {
            None
        } else {
            own_content
                .as_ref()
                .or(own_requirement.as_ref())
                .and_then(|c| split_numbered(ctx, c, seen.last_number))
        };
        match split {
            Some(parts) => {
                // the requirement cell beside the items holds the whole row's time limits
                let row_deadlines: Vec<_> = match (&own_content, &own_requirement) {
                    (Some(_), Some(r)) => text_deadlines(r, requirement_col),
                    _ => Vec::new(),
                };
                for (number, text) in parts {
                    seen.last_number = Some(number.value);
                    let mut deadlines = cell_deadlines.clone();
                    deadlines.extend(text_deadlines(&text, content_col));
                    deadlines.extend(row_deadlines.iter().cloned());
                    let span = number.span.cover(line_span(ctx, &text));
                    out.push(Task {
                        index: 0,
                        title: title_of(ctx, &text),
                        text: Located {
                            value: text.as_str().trim().to_owned(),
                            span: line_span(ctx, &text),
                        },
                        number: Some(number),
                        section: sections.current(),
                        fields: fields.clone(),
                        units: units.clone(),
                        deadlines,
                        span,
                        cut_off: false,
                    });
                }
            }
            None => {
                let text = match (&own_content, &own_requirement) {
                    (Some(c), _) => c.clone(),
                    (None, Some(r)) => r.clone(),
                    (None, None) => continue,
                };
                // (a project's name beside what is built is the task's title: `城北小学门前道路
                // 建设项目`; a target's name is read with its requirement, `地区生产总值 增长5.5%`)
                let title = match (&row_name, &own_content) {
                    (Some(name), Some(_)) => title_of(ctx, name),
                    _ => None,
                };
                // the row's name, then what is required of it
                let text = match &row_name {
                    Some(name) => {
                        let mut named = name.clone();
                        named.append(" ", &text);
                        named
                    }
                    None => text,
                };
                let title = title.or_else(|| title_of(ctx, &text));
                if let Some(n) = &number {
                    seen.last_number = Some(n.value);
                } else if let Some(h) = ctx
                    .numbering
                    .at_start(text.as_str())
                    .filter(|h| h.style == crate::document::NumberStyle::Arabic)
                {
                    seen.last_number = Some(h.value);
                }
                let mut deadlines = cell_deadlines;
                for (t, col) in [
                    (&own_content, content_col),
                    (&own_requirement, requirement_col),
                ] {
                    if let Some(t) = t {
                        deadlines.extend(text_deadlines(t, col));
                    }
                }
                deadlines.sort_by_key(|d| {
                    (
                        !matches!(d.source, DeadlineSource::Field { .. }),
                        d.span.start,
                    )
                });
                let first_own = cells
                    .iter()
                    .find(|c| !c.text.is_blank() && !c.inherited)
                    .map(|c| line_span(ctx, &c.text))
                    .unwrap_or_else(|| line_span(ctx, &text));
                let last_own = cells
                    .iter()
                    .rev()
                    .find(|c| !c.text.is_blank() && !c.inherited)
                    .map(|c| line_span(ctx, &c.text))
                    .unwrap_or(first_own);
                out.push(Task {
                    index: 0,
                    number,
                    section: sections.current(),
                    title,
                    text: Located {
                        value: text.as_str().trim().to_owned(),
                        span: line_span(ctx, &text),
                    },
                    fields,
                    units,
                    deadlines,
                    span: first_own.cover(last_own),
                    cut_off: false,
                });
            }
        }
    }
    out
}

/// Which topic column, if any, names each row's own target: the table's one, with no task
/// column (or the one whose header names the rows' items, `项目名称`), where every row with a
/// requirement has its own short topic cell that is no heading and no bare number, none the
/// same as the row's above (a group's name stands once, or repeats) — a row or so cut or slid
/// aside excepted.
fn names_each_row(
    ctx: &Ctx,
    rows: &[Vec<CellView>],
    cols: &[Column],
    topic_cols: &[usize],
) -> Option<usize> {
    let names_rows = |&i: &usize| {
        ctx.vocab
            .row_name_columns
            .iter()
            .any(|w| cols[i].name.contains(w.as_str()))
    };
    let role_at = |role: ColumnRole| cols.iter().position(|c| c.role == role);
    let (topic, req) = match (
        topic_cols,
        role_at(ColumnRole::Content),
        role_at(ColumnRole::Requirement),
    ) {
        ([topic], None, Some(req)) => (topic, req),
        // (beside other topics, `建设地点`, the one naming the rows)
        (_, Some(content), _) => (topic_cols.iter().find(|i| names_rows(i))?, content),
        _ => return None,
    };
    let mut names: Vec<&str> = Vec::new();
    let mut unnamed = 0;
    for row in rows {
        let (Some(name), Some(r)) = (row.get(*topic), row.get(req)) else {
            continue;
        };
        if r.text.is_blank() || r.inherited {
            continue;
        }
        let t = name.text.as_str().trim();
        if name.text.is_blank() || name.inherited {
            unnamed += 1;
            continue;
        }
        if t.chars().count() > MAX_TOPIC_TITLE_CHARS
            || bare_number(t).is_some()
            || ctx.numbering.at_start(t).is_some()
            || names.last() == Some(&t)
        {
            return None;
        }
        names.push(t);
    }
    (names.len() >= MIN_NAMED_ROWS && unnamed * UNNAMED_ROWS_SHARE_INVERSE <= names.len())
        .then_some(*topic)
}

/// A row whose cells slid one column left (the task text in the topic column, the units in
/// the task column, the unit column empty) is put back in place.
fn repair_shifted_row(ctx: &Ctx, cols: &[Column], cells: &mut [CellView]) {
    let find = |role: ColumnRole| cols.iter().position(|c| c.role == role);
    let (Some(t), Some(c), Some(u)) = (
        find(ColumnRole::Topic),
        find(ColumnRole::Content),
        find(ColumnRole::Units),
    ) else {
        return;
    };
    if !(t + 1 == c && c + 1 == u) {
        return;
    }
    let starts_with_task_number = ctx
        .numbering
        .at_start(cells[t].text.as_str())
        .is_some_and(|h| h.style == crate::document::NumberStyle::Arabic);
    if cells[u].text.is_blank()
        && !cells[c].text.is_blank()
        && starts_with_task_number
        && looks_like_units(&ctx.vocab.fold(cells[c].text.as_str()), ctx.vocab)
    {
        let empty = CellView {
            text: cells[t].text.slice(0, 0),
            inherited: false,
            beside: false,
        };
        cells[u] = cells[c].clone();
        cells[c] = cells[t].clone();
        cells[t] = empty;
    }
}

/// Rows whose text cells each open a list at 1 before the lists are taken for each row's own
/// sub-items: one such row may start the tasks of a table without a number column.
const MIN_RESTARTING_LISTS: usize = 2;

/// Split a cell holding several numbered tasks (`3. … 4. … 5. …`) at consecutive numbers.
/// Only when the cell's first number continues the tasks before it (or starts them): a list
/// restarting at 1 inside a cell is one task's sub-items.
fn split_numbered(ctx: &Ctx, cell: &Text, last: Option<u32>) -> Option<Vec<(TaskNumber, Text)>> {
    let s = cell.as_str();
    let first = ctx
        .numbering
        .at_start(s)
        .filter(|h| h.style == crate::document::NumberStyle::Arabic)?;
    // a first number that repeats or skips a few is the next task with a slip the rules
    // report; further off, or back at 1, the number belongs to something else
    if last.is_some_and(|l| !crate::document::numbering::within_slip(l, first.value))
        && first.value != 1
    {
        return None;
    }
    if last.is_some_and(|l| l >= 1) && first.value == 1 {
        return None;
    }
    let mut starts = vec![(0usize, first.clone())];
    let mut expected = first.value + 1;
    for (at, _) in s.char_indices().skip(1) {
        let before = s[..at].chars().next_back();
        let boundary = before.is_some_and(|c| {
            crate::document::is_space(c) || matches!(c, '。' | '；' | ';' | '！' | '!' | '\n')
        });
        if !boundary {
            continue;
        }
        if let Some(h) = ctx
            .numbering
            .at_start(&s[at..])
            .filter(|h| h.style == crate::document::NumberStyle::Arabic && h.value == expected)
        {
            starts.push((at, h));
            expected += 1;
        }
    }
    let mut out = Vec::new();
    for (k, (at, h)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map(|(s, _)| *s).unwrap_or(s.len());
        let number = TaskNumber {
            value: h.value,
            raw: h.label.clone(),
            style: Some(h.style),
            span: ctx.span(cell, *at, at + h.label.len()),
            inherited: false,
        };
        let text = cell.slice(at + h.len, end).trimmed();
        out.push((number, text));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use crate::plan::model::UnitRole;
    use crate::plan::parse_text;

    /// A task's text opening, its unit names by role, and its time limits as written.
    type Read = (String, Vec<(String, UnitRole)>, Vec<String>);

    /// Each task's text and its units' names.
    fn texts_and_units(plan: &crate::plan::model::Plan) -> Vec<(&str, Vec<&str>)> {
        plan.tasks
            .iter()
            .map(|t| {
                (
                    t.text.value.as_str(),
                    t.units.iter().map(|u| u.name.as_str()).collect(),
                )
            })
            .collect()
    }

    /// Each row's opening as [`rows`] reads it.
    fn openings(read: &[Read]) -> Vec<&str> {
        read.iter().map(|r| r.0.as_str()).collect()
    }

    fn rows(text: &str) -> Vec<Read> {
        parse_text(text)
            .tasks
            .iter()
            .map(|t| {
                (
                    t.text.value.chars().take(6).collect(),
                    t.units.iter().map(|u| (u.name.clone(), u.role)).collect(),
                    t.deadlines.iter().map(|d| d.raw.clone()).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn the_next_tables_header_cut_with_the_page_is_no_task() {
        let text = "某市2006年重点工作分解表\n\n\
                    工作任务 | 分管领导 | 牵头组织实施单位 | 完成时限 |\n\
                    抓好财税金融工作，增强发展保障能力 | 梁志强 | 市财政局、市税务局 | 年内 |\n\
                    坚持优先发展教育，提高全民素质 | 梁志强 | 市教育局 | 年内 |\n\
                    工作任务 | 分管领导 | 牵头组织实施单位 | 完 |\n";
        let read = rows(text);
        assert_eq!(read.len(), 2, "{read:?}");
        // a 牵头组织实施单位 column names the leads
        assert_eq!(
            read[0].1,
            [
                ("市财政局".to_owned(), UnitRole::Lead),
                ("市税务局".to_owned(), UnitRole::Lead)
            ]
        );
    }

    #[test]
    fn a_progress_tables_cell_listing_what_was_done_and_a_second_unit_line_stay_in_their_row() {
        // a cell per line: row 54 names two units on two lines before its time, row 55's
        // 完成情况 lists what was done as 1、2、3、 on one line
        let text = "农业农村局承担政府重点工作任务分解表\n\n序号\n目标任务\n牵头责任单位\n计划完成时间\n\
                    目前完成情况\n是否达到序时进度\n\
                    54\n加强农产品品牌建设，创建优质专用粮食生产基地62万亩。\n农业股\n乡村产业发展股\n\
                    2023年底\n完成“三品一标”认证10个。\n\
                    55\n持续开展农资打假专项治理行动。\n农业执法大队\n2023年底\n\
                    1、查处违法行为31起，立案31起。2、对全县18个乡镇农资市场进行检查。3、联合乡镇政府开展农资打假宣传。\n\
                    56\n加快绿色食品产业发展。\n农业股\n2023年底\n正在推进。\n";
        let read = rows(text);
        assert_eq!(read.len(), 3, "{read:?}");
        let names = |r: &Read| r.1.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
        assert_eq!(names(&read[0]), ["农业股", "乡村产业发展股"]);
        assert_eq!(read[0].2, ["2023年底"]);
        assert_eq!(names(&read[1]), ["农业执法大队"]);
        assert_eq!(read[2].0, "加快绿色食品");
    }

    #[test]
    fn a_last_row_cut_with_the_page_takes_no_units_from_the_row_above() {
        // a cell per line: row 3 ends the text inside its task, its unit cells lost — it takes
        // none of the row above's, and is what the cut left of a task (marked cut off)
        let text = "某区2025年重点工作任务分解表\n\n序号\n\n重点工作任务\n\n主要责任单位\n\n协同配合单位\n\n\
                    1\n\n新建城区幼儿园两所。\n\n区教育局\n\n区住建局\n\n\
                    2\n\n深化与海亮集团合作。\n\n区教育局\n\n区投资促进中心\n\n\
                    3\n\n大力推进“安心托幼”，全区托位数提高至560";
        let read = rows(text);
        assert_eq!(read.len(), 3);
        assert_eq!(read[1].1.len(), 2);
        assert!(read[2].1.is_empty());
        let plan = parse_text(text);
        assert!(plan.tasks[2].cut_off && !plan.tasks[1].cut_off);
        let cut = plan.meta.cut_off.expect("row 3 is cut");
        assert_eq!(cut.value, "大力推进“安心托幼”，全区托位数提高至560");
        // …while a row followed by more text still shares a merged cell's units
        let merged = format!("{text}个。\n\n4\n\n建设托育中心。\n\n区卫健委\n\n区财政局");
        let read = rows(&merged);
        assert_eq!(read.len(), 4);
        assert_eq!(read[2].1, read[1].1);
    }

    #[test]
    fn a_ministrys_indicator_table_leads_by_its_departments_and_ends_at_its_note() {
        // cells one a line ending ` |`: 牵头负责司局 names each row's lead, 指标名称 opens the
        // row's task, and the note after the last row (`注:…`) is no row
        let text = "2018年关键业绩指标\n序号 |\n指标名称 |\n预期效果 |\n完成时限 |\n\
                    牵头负责司局 |\n备注 |\n\
                    1 |\n创建“中国制造2025”国家级示范区 |\n确定首批示范区创建名单 |\n6月 |\n规划司 |\n\
                    2 |\n钢铁去产能规模 |\n3000万吨左右 |\n12月 |\n原材料工业司 |\n\
                    3 |\n通光纤行政村比例 |\n98% |\n12月 |\n信息通信发展司 |\n\
                    注:约束性指标是指按照年度工作计划确定的重点任务,确保如期完成的目标。";
        let plan = parse_text(text);
        let read: Vec<(&str, &str, UnitRole)> = plan
            .tasks
            .iter()
            .map(|t| {
                (
                    t.text.value.as_str(),
                    t.units[0].name.as_str(),
                    t.units[0].role,
                )
            })
            .collect();
        assert_eq!(
            read,
            [
                (
                    "创建“中国制造2025”国家级示范区 确定首批示范区创建名单",
                    "规划司",
                    UnitRole::Lead
                ),
                (
                    "钢铁去产能规模 3000万吨左右",
                    "原材料工业司",
                    UnitRole::Lead
                ),
                ("通光纤行政村比例 98%", "信息通信发展司", UnitRole::Lead),
            ]
        );
    }

    #[test]
    fn a_target_table_names_each_row_in_its_topic_column() {
        // 任务名称 | 指标要求: each row's own name opens its task; it heads no section
        let text = "2019年《政府工作报告》目标任务分解表\n\
                    | 序号 | 任务名称 | 指标要求 | 牵头部门 | 配合部门 |\n\
                    | 1 | 地区生产总值 | 增长5.5% | 区发改经信局 | 区财政局、区统计局 |\n\
                    | 2 | 服务业增加值 | 增长6% | 区发改经信局 | 区商务局 |\n\
                    | 3 | 城镇居民人均可支配收入 | 增长8% | 区人力社保局 | 区统计局 |\n";
        let plan = parse_text(text);
        let read: Vec<(&str, &str)> = plan
            .tasks
            .iter()
            .map(|t| (t.text.value.as_str(), t.units[0].name.as_str()))
            .collect();
        assert_eq!(
            read,
            [
                ("地区生产总值 增长5.5%", "区发改经信局"),
                ("服务业增加值 增长6%", "区发改经信局"),
                ("城镇居民人均可支配收入 增长8%", "区人力社保局"),
            ]
        );
        assert!(plan.sections.is_empty());
        // a group's name standing over its rows stays a section
        let grouped = "2019年重点工作任务分解表\n\
                       | 序号 | 任务名称 | 指标要求 | 牵头部门 |\n\
                       | 1 | 稳增长 | 地区生产总值增长5.5% | 区发改经信局 |\n\
                       | 2 |  | 服务业增加值增长6% | 区发改经信局 |\n";
        let plan = parse_text(grouped);
        assert_eq!(plan.tasks[0].text.value, "地区生产总值增长5.5%");
        assert_eq!(plan.sections.len(), 1);
    }

    #[test]
    fn a_project_name_column_opens_each_rows_task_beside_its_content() {
        // 项目名称 beside 建设地点 (another topic) and 建设内容: the name opens the task; the
        // last row, cut by the page, lost its name and slid its cells aside, and names no unit:
        // what the cut left of a task (marked cut off)
        let text = "清溪县2024年十大民生实事项目清单\n\
                    | 序号 | 项目名称 | 建设地点 | 建设内容 | 责任单位 |\n\
                    | 1 | 城北小学门前道路建设项目 | 纸坊街道 | 建成唐塔北路延伸段道路。 | 县住建局 |\n\
                    | 2 | 老旧小区改造项目 | 洋州街道 | 实施三所老旧小区房屋功能改善。 | 县住建局 |\n\
                    | 3 | 高标准农田建设项目 | 谢村镇 | 实施田块整治500亩。 | 县农业农村局 |\n\
                    | 4 | 农村公路生命安全防护工程 | 龙亭镇 | 实施农村公路生命防护工程31公里。 | 县交通局 |\n\
                    | 5 |  |  | 职教中心分校区建设项目 | 2024 |\n";
        let plan = parse_text(text);
        let read = texts_and_units(&plan);
        assert_eq!(
            read,
            [
                (
                    "城北小学门前道路建设项目 建成唐塔北路延伸段道路。",
                    vec!["县住建局"]
                ),
                (
                    "老旧小区改造项目 实施三所老旧小区房屋功能改善。",
                    vec!["县住建局"]
                ),
                (
                    "高标准农田建设项目 实施田块整治500亩。",
                    vec!["县农业农村局"]
                ),
                (
                    "农村公路生命安全防护工程 实施农村公路生命防护工程31公里。",
                    vec!["县交通局"]
                ),
                ("职教中心分校区建设项目", vec![]),
            ]
        );
        assert!(plan.tasks[4].cut_off);
    }

    #[test]
    fn a_content_column_of_group_headings_groups_the_measures_beside_it() {
        // 工作内容 and 工作措施 both name content; the first holds （一） headings over several
        // rows, and rows that lost their merged cells are padded at their end (`| ||`)
        let text = "2025年县食品安全重点工作任务清单\n\
                    | 工作目标 | 工作内容 | 工作措施 | 责任单位 | 完成时限 |\n\
                    | 一、加大突出问题治理力度 | （一）强化源头治理 | 1.加强农用地土壤污染源头防控。 | 县生态环境分局 | 2025年11月底前 |\n\
                    | 2.持续开展农药科学施用增效行动。 | 县农业农村局 | 2025年11月底前 | ||\n\
                    | （二）严控农兽药残留超标 | 3.深入开展药物残留突出问题攻坚治理。 | 县农业农村局 | 2025年10月底前 | |\n";
        let plan = parse_text(text);
        let read: Vec<(&str, Option<usize>, &str)> = plan
            .tasks
            .iter()
            .map(|t| {
                (
                    t.text.value.as_str(),
                    t.section,
                    t.units.first().map_or("", |u| u.name.as_str()),
                )
            })
            .collect();
        assert_eq!(
            read,
            [
                ("加强农用地土壤污染源头防控。", Some(0), "县生态环境分局"),
                ("持续开展农药科学施用增效行动。", Some(0), "县农业农村局"),
                (
                    "深入开展药物残留突出问题攻坚治理。",
                    Some(1),
                    "县农业农村局"
                ),
            ]
        );
        assert_eq!(plan.sections[1].title, "严控农兽药残留超标");
    }

    #[test]
    fn a_numbered_row_cut_with_the_page_keeps_its_columns() {
        // the page ends inside row 4's text: its number and text stay in their columns, and
        // the row, naming no unit, is what the cut left of a task
        let text = "序号 | 工作任务 | 责任部门 |\n\
                    1 | 加强职业教育研究 | 教育部 |\n\
                    2 | 核定专职思政课教师岗位 | 教育部 |\n\
                    3 | 推进高职学校建设 | 教育部 |\n\
                    4 | 遴选300所左右省域高水平高职学校和600个左右高水平专";
        let plan = parse_text(text);
        assert_eq!(plan.tasks.len(), 4);
        assert!(plan.tasks[3].cut_off);
        assert_eq!(plan.tasks[3].number.as_ref().map(|n| n.value), Some(4));
        assert_eq!(
            plan.meta.cut_off.map(|c| c.value).as_deref(),
            Some("遴选300所左右省域高水平高职学校和600个左右高水平专")
        );
        // with its unit cell it is a whole task
        let plan = parse_text(&format!("{text}业群 | 教育部 |\n"));
        assert_eq!(plan.tasks.len(), 4);
        assert!(!plan.tasks[3].cut_off);
        assert_eq!(
            plan.tasks[3].text.value,
            "遴选300所左右省域高水平高职学校和600个左右高水平专业群"
        );
    }

    #[test]
    fn a_section_row_right_after_the_header_is_a_section() {
        // `一、落实…根本任务` ends in 任务, a column's word: it is no second header row
        let text = "2025年工作任务分解表\n\
                    | 序号 | 工作任务 | 责任部门 |\n\
                    | 一、落实立德树人根本任务 | | |\n\
                    | 1 | 加强职业教育研究 | 教育部 |\n\
                    | 2 | 核定思政课教师岗位 | 教育部 |\n\
                    | 二、推进职业教育协调发展 | | |\n\
                    | 3 | 探索高职专业认证 | 教育部 |\n";
        let plan = parse_text(text);
        let titles: Vec<&str> = plan.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["落实立德树人根本任务", "推进职业教育协调发展"]);
        let read: Vec<(Option<usize>, &str)> = plan
            .tasks
            .iter()
            .map(|t| (t.section, t.text.value.as_str()))
            .collect();
        assert_eq!(
            read,
            [
                (Some(0), "加强职业教育研究"),
                (Some(0), "核定思政课教师岗位"),
                (Some(1), "探索高职专业认证"),
            ]
        );
    }

    #[test]
    fn a_full_row_whose_task_reads_like_a_name_keeps_its_cells() {
        // `遴选高职学校` ends as a school's name does; its row printed every cell in place,
        // under a section row numbered with its closing bracket only (`二)`)
        let text = "序號 | 工作任務 | 責任部門 |\n\
                    一)落實立德樹人根本任務 | ||\n\
                    1 | 加強職業教育研究 | 教育部,各地有關部門 |\n\
                    二)推進職業教育協調發展 | ||\n\
                    2 | 遴選優質技工學校 | 人力資源社會保障部,各地有關部門 |\n\
                    3 | 探索高職專業認證 | 教育部 |\n";
        let plan = parse_text(text);
        let read = texts_and_units(&plan);
        assert_eq!(
            read,
            [
                ("加強職業教育研究", vec!["教育部", "各地有關部門"]),
                (
                    "遴選優質技工學校",
                    vec!["人力資源社會保障部", "各地有關部門"]
                ),
                ("探索高職專業認證", vec!["教育部"]),
            ]
        );
        let section = plan.tasks[1]
            .section
            .map(|i| plan.sections[i].title.as_str());
        assert_eq!(section, Some("推進職業教育協調發展"));
        assert_eq!(plan.tasks[2].section, plan.tasks[1].section);
    }

    #[test]
    fn a_flattened_table_with_bare_row_numbers_reads_row_one_after_a_section_row() {
        // the page as one line: a spaced header (its names stay together), a section row run
        // into row 1, then rows numbered `2 ` … with their units and time limits after them
        let text = "2010年依法行政工作任务分解表 序号 工 作 内 容 责任部门 完成时限 \
                    一、全面推动依法行政工作规划的落实 1 推进《扬州市2009年-2014年依法行政工作规划》的落实,\
                    加强工作规划分解任务(扬府办法[2009]162号)的督促指导和检查 各级依法行政领导小组办公室 全年 \
                    2 出台2010年度推进依法行政工作的意见 各县市区政府,政府各部门 四月份 \
                    3 清理公布市县两级政府行政执法主体资格名单 各县市区政府,各地政府法制办 二季度 \
                    4 明晰各部门职权,汇编各执法部门的法定权力 政府各部门 二季度 \
                    5 围绕政府规范性文件制定、行政监督检查制度、防范化解社会矛盾和规范行政执法行为四项重点,\
                    开展项目推进和落实情况的督查 各地政府法制办、信访局、监察局 全年 \
                    二、全力打造依法行政工作的两大体系 6 建立健全推进依法行政工作的组织体系,\
                    及时调整依法行政领导小组成员,明确各级依法行政领导小组办公室职能,\
                    建立领导小组成员单位的会商协调机制 各县市区政府,政府各部门 全年 \
                    7 探索建立依法行政考核指标体系,开展依法行政工作日常考查、年终考核和群众评议工作 \
                    各级依法行政领导小组办公室 全年\n";
        let read = rows(text);
        let got: Vec<(&str, usize, Vec<String>)> = read
            .iter()
            .map(|r| (r.0.as_str(), r.1.len(), r.2.clone()))
            .collect();
        assert_eq!(
            got,
            [
                ("推进《扬州市", 1, vec!["全年".to_string()]),
                ("出台2010", 2, vec!["四月份".to_string()]),
                ("清理公布市县", 2, vec!["二季度".to_string()]),
                ("明晰各部门职", 1, vec!["二季度".to_string()]),
                ("围绕政府规范", 3, vec!["全年".to_string()]),
                ("建立健全推进", 2, vec!["全年".to_string()]),
                ("探索建立依法", 1, vec!["全年".to_string()]),
            ]
        );
        // rows numbered `1.` keep their counts (`改造农贸市场 1 个`), and a count with no row 2
        // after it starts no row
        let counted = "2024年民生实事任务分解表 序号 项目内容 责任单位 完成时限 \
                       1.新建社区养老服务站 3 个 区民政局 10月底前 \
                       2.改造农贸市场 1 个 区商务局 9月底前\n";
        let read = rows(counted);
        assert_eq!(read.len(), 2);
        assert_eq!(read[1].2, ["9月底前"]);
        let sections_only = "2024年卫生健康重点工作任务分解表 序号 工作内容 责任单位 完成时限 \
                             一、提升医疗服务能力 新建社区卫生服务中心 1 个 区卫健局 12月底前\n";
        assert!(rows(sections_only).iter().all(|r| !r.0.starts_with('个')));
    }

    #[test]
    fn a_flattened_table_with_row_numbers_glued_to_the_text_on_both_sides() {
        // a newspaper page: `…落实22根据…` — the number runs on from the last unit cell and
        // into the next task; a count after a name (`省卫健委22个试点县`) is no row
        let text = "重点任务分工清单\n\n序号工作任务责任单位21树立婚育新风。构建新型婚育文化,省卫健委22个试点县先行。\
                    省委宣传部、省妇联牵头;省总工会配合;各州(市)党委和政府落实22根据经济社会发展水平,\
                    实行特别扶助制度扶助标准动态调整机制,新建托育机构5家。省财政厅、省卫生健康委牵头;\
                    省优化生育政策工作部门联席会议成员单位配合;各州(市)党委和政府落实23将符合条件的\
                    计划生育特殊家庭老年人作为重点群体,优先安排入住公办养老机构。省民政厅牵头\n";
        let read = rows(text);
        let opening: Vec<&str> = read.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(opening, ["树立婚育新风", "根据经济社会", "将符合条件的"]);
        // the cell names each role's units, a semicolon closing each role
        // (`…省妇联牵头;省总工会配合;各州(市)党委和政府落实`)
        let named: Vec<(&str, UnitRole)> =
            read[0].1.iter().map(|(n, r)| (n.as_str(), *r)).collect();
        assert_eq!(
            named,
            [
                ("省委宣传部", UnitRole::Lead),
                ("省妇联", UnitRole::Lead),
                ("省总工会", UnitRole::Cooperating),
                ("各州（市）党委和政府", UnitRole::Responsible),
            ]
        );
        // after white space a number glued to what follows is no row's (`县人社局 2号文件`)
        let spaced = "2024年就业工作任务分解表 序号 工作任务 责任单位 备注 \
                      1 开展职业技能培训2000人次 县人社局 2号文件 \
                      2 新增城镇就业3000人 县人社局 3号文件 \
                      3 发放创业担保贷款5000万元 县人社局 4号文件\n";
        let opening: Vec<String> = rows(spaced).into_iter().map(|r| r.0).collect();
        assert_eq!(opening, ["开展职业技能", "新增城镇就业", "发放创业担保"]);
        // a row ending in a name's bracketed other name (`县政府(管委会)`) ends a unit cell
        let glossed = "垃圾分类重点任务责任分工表序号工作内容目标任务责任单位备注\
                       1加强生活垃圾分类宣传发动。2021年2月底前,知晓率达90%以上。\
                       市委宣传部(市文明办)、市城管委,各区(市)县政府(管委会)\
                       2完善生活垃圾回收利用体系。2021年2月底前,基本建成回收利用体系。\
                       市商务局,各区(市)县政府(管委会)\
                       3加强家庭源危险废物处置的规范化管理。2021年2月底前,完善处置体系。市生态环境局\n";
        let read = rows(glossed);
        let opening: Vec<&str> = read.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(opening, ["加强生活垃圾", "完善生活垃圾", "加强家庭源危"]);
        let names: Vec<&str> = read[1].1.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["市商务局", "各区（市）县政府（管委会）"]);
    }

    #[test]
    fn a_flattened_schedule_reads_row_numbers_run_into_months_and_the_unit_cell_rows_share() {
        // 序号 | 时间 | 重点内容 | 落实单位 run together: a row's number runs into its month
        // (`71月` is row 7 in 1月, `124月` row 12 in 4月, `92-3月` row 9), the month is the
        // time column's, and the unit cell the rows repeat (`局各处室按职责落实`) starts where
        // the rows stop sharing it, not at a name inside the task (`宣传教育局`)
        let text = "某局2024年安全生产工作计划表\n\n序号时间重点内容落实单位\
                    6全年安全生产法律法规宣传教育局各处室按职责落实\
                    71月元旦、春节期间安全生产及消防安全工作局各处室按职责落实\
                    82月第一季度防范重特大生产安全事故会议局安监处牵头，各业务处室配合\
                    92-3月全国“两会”期间安全生产及消防安全工作局各处室按职责落实\
                    104月第二季度防范重特大生产安全事故会议局安监处牵头，各业务处室配合\
                    114月清明节期间安全生产及消防安全工作局各处室按职责落实\
                    124月安全生产应急演练局安监处牵头，各业务处室配合\
                    1312月年终安全生产目标责任制考核工作局各处室按职责落实\n";
        let read = rows(text);
        let opening = openings(&read);
        assert_eq!(
            opening,
            [
                "安全生产法律",
                "元旦、春节期",
                "第一季度防范",
                "全国“两会”",
                "第二季度防范",
                "清明节期间安",
                "安全生产应急",
                "年终安全生产"
            ]
        );
        let deadlines: Vec<&str> = read.iter().map(|r| r.2[0].as_str()).collect();
        assert_eq!(
            deadlines,
            ["全年", "1月", "2月", "2-3月", "4月", "4月", "4月", "12月"]
        );
        let names = |k: usize| {
            read[k]
                .1
                .iter()
                .map(|(n, _)| n.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(names(0), ["局各处室"]);
        assert_eq!(names(2), ["局安监处", "各业务处室"]);
        assert_eq!(read[2].1[0].1, UnitRole::Lead);
        let plan = parse_text(text);
        assert_eq!(plan.tasks[0].text.value, "安全生产法律法规宣传教育");
        assert_eq!(plan.tasks[6].number.as_ref().map(|n| n.value), Some(12));
    }

    #[test]
    fn a_flattened_header_naming_the_plan_it_carries_out_and_rows_opening_sections() {
        // `落实《…》任务内容` names the content column; rows open with the section they start
        // (`3（二）鼓励…`), and the page breaks the line after a row's number (`…配合5`) or
        // after a section's heading (`6二、…` then `（四）…质监处`); the section's heading runs
        // on into the row's text with nothing between, so it stays there
        let text = "关于印发2016年行动计划任务分解表的通知\n\n\
                    2016年行动计划任务分解表序号落实《福建省质量发展纲要2016年行动计划》任务内容负责单位\
                    1一、增强质量提升的动力（一）深入开展质量提升行动在重点领域开展服务业质量提升专项行动。质监处\
                    2加大车用汽柴油污染物指标监测，做好成品油质量升级。质监处\
                    3（二）鼓励采用先进标准推行企业产品和服务标准自我声明公开和监督制度。质监处\
                    4推动团体标准试点工作，激发企业参与先进标准制定的积极性。知识产权处牵头，各分局配合5\n\
                    （三）加强质量整治依法严厉打击质量违法行为。消保处牵头，有关处室、各分局配合6二、培育竞争优势\n\
                    （四）促进电子商务产业提质升级指导企业改进生产工艺。质监处\n";
        let read = rows(text);
        let opening = openings(&read);
        assert_eq!(
            opening,
            [
                "一、增强质量",
                "加大车用汽柴",
                "（二）鼓励采",
                "推动团体标准",
                "（三）加强质",
                "二、培育竞争"
            ]
        );
        assert_eq!(read[5].1, [("质监处".to_owned(), UnitRole::Responsible)]);
        assert_eq!(
            read[3].1,
            [
                ("知识产权处".to_owned(), UnitRole::Lead),
                ("各分局".to_owned(), UnitRole::Cooperating)
            ]
        );
    }

    #[test]
    fn a_flattened_list_with_a_glossed_column_reads_the_units_that_close_each_row() {
        // an attached 重点任务清单 run into one line: `类型（机制、任务等）` is a column with a
        // gloss, 名称 a bare column; the units' column is the last, so the names closing the row
        // are its cell, not a name inside the task's words (`…片区、部门协同…`, `配合区直相关部门`)
        let text = "关于印发2023年安全生产工作要点的通知\n\n\
                    附件2023年片区创新机制做法及重点任务清单序号名称类型（机制、任务等）具体内容责任部门\
                    1落实评估机制机制完善落实制度，定期开展评估，找出短板弱项。各处室按职责分工负责\
                    2协同联动机制机制协助区直相关部门优化细化片区、部门协同联动机制。各处室按职责分工负责\
                    3水上交通议事协调机制机制配合区直相关部门健全水上交通安全议事协调机制。交通与建设处、农业农村处负责\
                    4质量诚信体系任务建立市场主体质量诚信发布工作机制。信用信息处牵头，有关处室、各分局配合\n";
        let read = rows(text);
        let opening = openings(&read);
        assert_eq!(
            opening,
            [
                "落实评估机制",
                "协同联动机制",
                "水上交通议事",
                "质量诚信体系"
            ]
        );
        assert_eq!(read[1].1, [("各处室".to_owned(), UnitRole::Responsible)]);
        assert_eq!(
            read[2].1,
            [
                ("交通与建设处".to_owned(), UnitRole::Responsible),
                ("农业农村处".to_owned(), UnitRole::Responsible)
            ]
        );
        assert_eq!(
            read[3].1,
            [
                ("信用信息处".to_owned(), UnitRole::Lead),
                ("有关处室".to_owned(), UnitRole::Cooperating),
                ("各分局".to_owned(), UnitRole::Cooperating)
            ]
        );
    }

    #[test]
    fn a_flattened_header_may_gloss_a_column_in_ascii_brackets() {
        // `执行部门(单位)` is one column, glossed: the run goes on to `完成时间`
        let text = "清溪县2017年专利工作推进计划\n\n\
                    工作任务任务目标落实举措执行部门(单位)完成时间一、专利制度创新(一)完善专利政策体系。\
                    1.制定配套的专利政策。协同制定与强县建设配套的专利政策。县市场监管局2017年6月底前 \
                    2.完善专利权保护制度。加快推进地方专利法规的立法进程。县司法局2017年12月底前\n";
        let read = rows(text);
        assert_eq!(openings(&read), ["制定配套的专", "完善专利权保"]);
        assert_eq!(
            read[0].1,
            [("县市场监管局".to_owned(), UnitRole::Responsible)]
        );
        assert_eq!(read[1].1, [("县司法局".to_owned(), UnitRole::Responsible)]);
    }

    #[test]
    fn a_flattened_table_whose_rows_end_with_their_time_limit_splits_at_each_next_number() {
        // a page archiver's text: each row runs 序号|内容|领导|处室|责任人|完成时间 together, the
        // next row's number glued to the last row's date; the header is printed again on the
        // next page, and a date inside a row (`2016年3月`) is no row number
        let text =
            "附件市场监督管理局2016年主要任务责任分解表 序号项目内容责任领导责任处室责任人完成时间\
                    1区知识产权试点企业培育王 浩知识产权处叶龙海2016年12月2引导服务机构入驻平潭\
                    2016年12月3组织开展首次区知名商标评选工作2016年3月序号项目内容责任领导责任处室\
                    责任人完成时间4推行“六合一”案管系统江裕森法规处陈 榕2016年6月5“1+N”商事登记制度\
                    行政许可处林本勇长期\n";
        let read = rows(text);
        let opening = openings(&read);
        assert_eq!(
            opening,
            [
                "区知识产权试",
                "引导服务机构",
                "组织开展首次",
                "推行“六合一",
                "“1+N”商"
            ]
        );
        let due: Vec<&[String]> = read.iter().map(|r| r.2.as_slice()).collect();
        assert_eq!(
            due,
            [
                ["2016年12月"],
                ["2016年12月"],
                ["2016年3月"],
                ["2016年6月"],
                ["长期"]
            ]
        );
    }

    #[test]
    fn a_check_plans_objects_are_kept_aside_and_its_items_are_the_tasks() {
        // beside 抽查事项 the objects are kept aside; 检查对象及内容 is the task column
        let joint = "XX区2024年部门联合抽查工作计划\n\
                     | 序号 | 抽查事项 | 检查对象 | 发起部门 | 配合部门 | 计划任务实施时段 |\n\
                     | 1 | 餐饮服务食品安全检查 | 辖区餐饮单位 | 区市场监管局 | 区卫健局 | 2024年4月—6月 |\n\
                     | 2 | 加油站安全检查 | 辖区加油站 | 区应急局 | 区商务局 | 2024年7月—9月 |\n";
        let read = rows(joint);
        assert_eq!(read.len(), 2);
        assert_eq!(read[0].0, "餐饮服务食品");
        assert_eq!(read[0].1[0], ("区市场监管局".to_string(), UnitRole::Lead));
        assert_eq!(read[0].2, ["2024年4月—6月"]);
        let both = "XX县安全生产检查计划\n| 序号 | 检查对象及内容 | 责任单位 | 时间 |\n\
                    | 1 | 危险化学品经营企业安全管理制度落实情况 | 县应急局 | 3月 |\n\
                    | 2 | 非煤矿山企业隐患排查治理情况 | 县应急局 | 5月 |\n";
        assert_eq!(rows(both).len(), 2);
    }

    #[test]
    fn a_project_list_with_a_progress_column_reads_its_units_from_the_unit_column() {
        // 项目内容 is the task (not a 项目 topic), 当前进度 a column the model does not keep
        let text = "2022年度民生实事项目进度表\n\n序号\n\n项目内容\n\n当前进度\n\n牵头单位\n\n备注\n\n\
                    1\n\n新建公办园5所,新增公办幼儿学位1000个。\n\n80%(新区实验幼儿园进度滞后)\n\n县教育局\n\n市民生实事\n\n\
                    2\n\n建设四好农村路55公里。\n\n95%\n\n县交通局\n\n县民生实事\n\n\
                    3\n\n完成农村公路大中修70公里。\n\n90%\n\n县交通局\n\n县民生实事\n";
        let read = rows(text);
        let got: Vec<(&str, Vec<(String, UnitRole)>)> =
            read.iter().map(|r| (r.0.as_str(), r.1.clone())).collect();
        let lead = |n: &str| vec![(n.to_owned(), UnitRole::Lead)];
        assert_eq!(
            got,
            [
                ("新建公办园5", lead("县教育局")),
                ("建设四好农村", lead("县交通局")),
                ("完成农村公路", lead("县交通局"))
            ]
        );
    }

    #[test]
    fn a_department_column_names_units_only_beside_duties_or_alone() {
        let names = |text: &str| -> Vec<Vec<String>> {
            parse_text(text)
                .tasks
                .iter()
                .map(|t| t.units.iter().map(|u| u.name.clone()).collect())
                .collect()
        };
        // beside a lead column and no column of duties, `部门` adds no units
        let beside_lead = "某区2024年工作任务分解表\n\
                           序号 | 工作任务 | 牵头单位 | 部门 | 完成时限 |\n\
                           1 | 做好财政信息公开 | 区政府办公室 | 区财政局 | 6月底前 |\n\
                           2 | 做好政策解读 | 区政府办公室 | 区发改局 | 9月底前 |\n";
        assert_eq!(
            names(beside_lead),
            [vec!["区政府办公室"], vec!["区政府办公室"]]
        );
        // beside a column of duties it is the units' column
        let duties = "某区自建房整治部门职责分工表\n\
                      序号 | 部门 | 主要职责分工 |\n\
                      1 | 区公安局 | 负责指导旅馆业自建房安全管理。 |\n\
                      2 | 区财政局 | 负责落实专项整治工作经费。 |\n";
        assert_eq!(names(duties), [vec!["区公安局"], vec!["区财政局"]]);
    }

    #[test]
    fn a_task_division_column_names_the_units_and_a_higher_school_stays_whole() {
        // 工作要点 | 具体要求 | 任务分工: the 分工 column holds the units (it is no topic for
        // holding 任务), and 高等 in 各高等学校 does not end the name at 等
        let text = "2023年政务公开工作要点任务分工\n工作要点 | 具体要求 | 任务分工 |\n\
                    教育民生 | 做好高校毕业生职业技能培训等信息公开。 | 学生处,各高等学校 |\n\
                    教育公平 | 做好招生考试信息公开。 | 中等职业学校,学生处 |\n";
        let read = rows(text);
        assert_eq!(read.len(), 2, "{read:?}");
        let names =
            |k: usize| -> Vec<String> { read[k].1.iter().map(|(n, _)| n.clone()).collect() };
        assert_eq!(names(0), ["学生处", "各高等学校"]);
        assert_eq!(names(1), ["中等职业学校", "学生处"]);
        assert_eq!(read[1].1[0].1, UnitRole::Responsible);
    }

    #[test]
    fn a_cell_stream_whose_cells_close_on_a_bar_alone_or_bars_spaced_after_them() {
        // `一、… | |||`: a section row and its empty cells; `评价…` then `|`: a cell whose
        // bar stands on the next line
        let text = "清溪县公安局2026年政务公开工作要点分工方案\n工作任务 |\n评价标准 |\n责任单位 |\n|\n\
                    一、加强政策解读 | |||\n(一)深入解读重要政策 |\n\
                    1.全面公开、精准解读重要政策措施。 |\n评价政策文件解读的数量和效果。\n|\n\
                    各县（市）公安局、各分局 |\n2.政策性文件与解读材料同步组织。 |\n\
                    评价是否做到“三同步”。 |\n各县（市）公安局、各分局 |\n|\n\
                    3.建立健全政策解读机制。 |\n评价政策内容保障情况。 |\n各县（市）公安局、各分局 |\n";
        let read = rows(text);
        let units = vec![
            ("各县（市）公安局".to_owned(), UnitRole::Responsible),
            ("各分局".to_owned(), UnitRole::Responsible),
        ];
        let opening = openings(&read);
        assert_eq!(opening, ["全面公开、精", "政策性文件与", "建立健全政策"]);
        assert!(read.iter().all(|r| r.1 == units), "{read:?}");
    }

    #[test]
    fn a_table_without_a_text_column_has_its_tasks_in_the_first_column_of_text() {
        // 序号 | 责任单位 | 考核指标 | 完成时限: the 考核指标 cells are the tasks
        let text = "2026年度区民政局重点工作任务分解\n序号 |\n责任单位 |\n考核指标 |\n完成时限 |\n|\n\
                    1 |\n区民政局 |\n按月完成临时救助的审核确认工作，及时足额发放临时救助金。 |\n2026年12月底 |\n|\n\
                    2 |\n区残联 |\n强化残疾人救助保障，提升残疾人福利水平。 |\n2026年6月底 |\n";
        let read = rows(text);
        let opening: Vec<(&str, &str)> = read
            .iter()
            .map(|r| (r.0.as_str(), r.2.first().map_or("", String::as_str)))
            .collect();
        assert_eq!(
            opening,
            [
                ("按月完成临时", "2026年12月底"),
                ("强化残疾人救", "2026年6月底")
            ]
        );
    }

    #[test]
    fn a_ledger_stream_names_its_office_and_person_columns() {
        // one cell per line: 负责科室 and 负责人 are header names
        let text = "某区2026年民生实事项目任务清单\n序号\n重点工作任务(民生实事项目)\n牵头单位\n负责科室\n负责人\n计划完成时间\n\
                    进展情况(一季度)\n1\n新增老年食堂(助餐点)15个\n区民政局\n养老服务科\n何滢\n\
                    11月底前\n其中3个点位已完成建设。\n2\n新增认知障碍照护专区床位100张\n10月底前\n\
                    目前已完成选址,已完成20张专区床位建设。\n";
        let read = rows(text);
        assert_eq!(read.len(), 2, "{read:?}");
        assert_eq!(
            read[0].1,
            [
                ("区民政局".to_owned(), UnitRole::Lead),
                ("养老服务科".to_owned(), UnitRole::Responsible)
            ]
        );
        // 事项分类 | 事项名称 head a 民生实事 table's group and title columns
        let named = "序号\n事项分类\n事项名称\n项目内容\n牵头单位\n协同单位\n1\n打造区域教育高地\n\
                     中小学校食堂改造\n对28所中小学校食堂安装数字化验收平台。\n区教体局\n区财政局\n\
                     2\n献血屋建设\n建设献血屋1个。\n区卫健局\n区红十字会\n";
        let opening: Vec<String> = rows(named).into_iter().map(|r| r.0).collect();
        assert_eq!(opening, ["对28所中小", "建设献血屋1"]);
    }

    #[test]
    fn a_records_fields_one_cell_per_line_are_no_table() {
        // a rectification's disclosure card: each label over its value, no header and rows
        let card = "整改任务概述 |\n部分区县生活垃圾处理能力不足。 |\n整改责任单位 |\n潼南区 |\n\
                    整改目标 |\n在2020年底前完成生活垃圾填埋场扩容。 |\n整改措施及成效 |\n\
                    整改措施:一是对填埋区膜覆盖。整改成效:渗滤液得到及时有效处置。 |\n\
                    整改时间 |\n2020年6月至2021年12月 |\n";
        assert!(rows(card).is_empty(), "{:?}", rows(card));
    }

    #[test]
    fn a_column_its_header_does_not_name_holds_units_when_its_cells_do() {
        // a "three lists" table's 责任清单 names the units here (it may hold duties elsewhere);
        // one row's cells shifted left by merged cells above still find their columns
        let text = "| 工作事项 | 任务清单 | 责任清单 | 时限清单 |\n\
                    | 1.组织机构 | 落实防汛防台行政首长负责制。 | 党政办 应消站 | 4月 |\n\
                    | 明确应消站防汛工作职责。 | 村(社区) | 4月 |\n\
                    | 2.工作机制 | 明确乡村网格员防汛相关职责。 | 综治办 应消站 | 5月 |\n";
        let units: Vec<Vec<String>> = rows(text)
            .into_iter()
            .map(|r| r.1.into_iter().map(|u| u.0).collect())
            .collect();
        assert_eq!(
            units,
            [
                vec!["党政办", "应消站"],
                vec!["村（社区）"],
                vec!["综治办", "应消站"]
            ]
        );
        // (a column of duties under the same name names no one)
        let duties = text
            .replace("党政办 应消站", "负责统筹协调全镇防汛工作。")
            .replace("| 村(社区) |", "| 负责组织村级巡查。 |")
            .replace("综治办 应消站", "负责网格员培训。");
        assert!(
            rows(&duties).iter().all(|r| r.1.is_empty()),
            "{:?}",
            rows(&duties)
        );
    }

    #[test]
    fn a_headless_table_with_group_headings_and_row_titles_is_read_row_by_row() {
        // the group's heading printed on its first row only, a short title before each row's
        // text, two columns of units; a single star marks the lead among a row's units though
        // the note saying so was cut off with the page
        let text = "| (一) 持续推进示范村建设 | 1 | 完成示范村建设 | 完成2021年度1个乡村振兴示范村建设，开展考核验收。 | 区农业农村委*、区发改委 | 浦江镇 |\n\
                    | 2 | 开展示范村建设 | 遴选1个乡村振兴示范村，完成村庄设计，形成建设清单。 | 区农业农村委*、区规资局 | 浦江镇 |\n\
                    | 3 | 开展示范村创建 | 启动2022年度市级美丽乡村示范村创建工作。 | 区农业农村委*、区交通委 | 马桥镇、华漕镇 |\n";
        let read = rows(text);
        let openings: Vec<&str> = read.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(openings, ["完成2021", "遴选1个乡村", "启动2022"]);
        assert_eq!(
            read[2].1,
            [
                ("区农业农村委".to_owned(), UnitRole::Lead),
                ("区交通委".to_owned(), UnitRole::Responsible),
                ("马桥镇".to_owned(), UnitRole::Responsible),
                ("华漕镇".to_owned(), UnitRole::Responsible),
            ]
        );
    }

    #[test]
    fn items_before_a_task_table_are_tasks_when_they_assign_other_work() {
        let table = "二、重点任务分工\n工作任务 | 具体要求 | 责任单位 |\n\
                     一、完善燃气设施。 | 1.修订完善燃气专项规划。 | 市住建局 |\n\
                     2.推进老旧燃气管网更新改造。 | 市住建局牵头,市发展改革委配合 |\n\
                     3.开展燃气安全隐患排查整治。 | 市应急管理局牵头,市住建局配合 |\n";
        // items stating their own units, none of them a row again: work of their own
        let own = format!(
            "燃气管理条例贯彻实施工作方案\n一、开展学习宣传培训\n\
             （一）印发贯彻实施方案。全面部署学习宣传工作。（完成时间：2026年3月底前；责任单位：市住建局）\n\
             （二）加强政策宣传解读。在主流媒体刊发条例文本。（完成时间：2026年3月底前；责任单位：市委宣传部）\n{table}"
        );
        let read = rows(&own);
        assert_eq!(read.len(), 5, "{read:?}");
        assert_eq!(read[0].0, "印发贯彻实施");
        // …but the body a table breaks down, its items the rows again, is no tasks twice
        let again = format!(
            "燃气管理条例贯彻实施工作方案\n一、重点任务\n\
             （一）修订完善燃气专项规划。（责任单位：市住建局）\n\
             （二）推进老旧燃气管网更新改造。（责任单位：市住建局）\n{table}"
        );
        let read = rows(&again);
        assert_eq!(read.len(), 3, "{read:?}");
    }

    #[test]
    fn a_schedule_printed_a_cell_a_line_without_its_header_is_its_tasks() {
        // number, time, work, units: the time before the work, a unit the vocabulary does not
        // know (`管委会`) among the units
        let text = "1 |\n3月中旬 |\n拟制高新区小学升初中招生方案 |\n区教育局 |\n\
                    2 |\n3月下旬 |\n审批高新区小学升初中划片招生工作方案 |\n市教育局、管委会 |\n\
                    3 |\n3月26日 |\n全市小升初工作会议 |\n市教育局 |\n";
        let read = rows(text);
        assert_eq!(read.len(), 3, "{read:?}");
        assert_eq!(read[2].0, "全市小升初工");
        assert_eq!(read[2].1, [("市教育局".to_owned(), UnitRole::Responsible)]);
        assert_eq!(read[0].2, ["3月中旬"]);
    }

    #[test]
    fn a_page_starting_inside_a_table_has_its_columns_judged_from_the_rows() {
        // no header: numbered rows as wide as each other, a column of units, the last row
        // cut with the page
        let text = "1 | 完成27所学校教育基础设施改造提升,新安装空调970台。 | 县教育局 | 已经安装空调970台。 | 按时序推进 |\n|\n\
                    2 | 完成10家示范型居家养老服务照料中心建设。 | 县民政局 | 已完成设计方案,5家施工中。 | 按时序推进 |\n|\n\
                    3 | 为全县200名以上残疾儿童实施基本康复服务和救助。 | 县残联 | 已完成半年度报销工作。 | 按时序推进 |\n|\n\
                    4 | 对全县100个农村路口进行改造提升。 | 县公安局 | 已完成现场排查并制定改造\n";
        let read: Vec<(String, String)> = rows(text)
            .into_iter()
            .map(|r| (r.0, r.1[0].0.clone()))
            .collect();
        assert_eq!(
            read,
            [
                ("完成27所学".to_owned(), "县教育局".to_owned()),
                ("完成10家示".to_owned(), "县民政局".to_owned()),
                ("为全县200".to_owned(), "县残联".to_owned()),
                ("对全县100".to_owned(), "县公安局".to_owned()),
            ]
        );
        // a contact list under its own header names units, persons and numbers: no tasks
        let contacts = "某县防汛演练方案\n一、演练任务\n1.组织开展山洪灾害避险转移演练。（县水利局负责）\n\
                        2.组织开展城区内涝抢险演练。（县住建局负责）\n\
                        二、联系方式\n| 序号 | 单位 | 联系人 | 电话 |\n\
                        | 1 | 县水利局 | 张某 | 13800000001 |\n| 2 | 县住建局 | 李某 | 13800000002 |\n\
                        | 3 | 县应急管理局 | 王某 | 13800000003 |\n";
        let opening: Vec<String> = rows(contacts).into_iter().map(|r| r.0).collect();
        assert_eq!(opening, ["组织开展山洪", "组织开展城区"]);
        // units before the text (a score sheet) or a name before it (a penalty list): no tasks
        let scores = "| 1 | 县教育局 | 信息公开专栏更新及时,政策解读形式多样。 | 96.5 |\n\
                      | 2 | 县卫健局 | 重点领域信息公开全面,解读材料规范。 | 95.0 |\n\
                      | 3 | 县人社局 | 部分栏目更新不够及时,政策解读数量偏少。 | 88.5 |\n";
        assert_eq!(rows(scores), []);
        let penalties = "| 1 | 某食品公司 | 该公司生产的饼干菌落总数不符合食品安全标准。 | 县市场监督管理局 | 罚款5万元 |\n\
                         | 2 | 某药店 | 该药店销售超过有效期的药品,违反药品管理法。 | 县市场监督管理局 | 罚款2万元 |\n\
                         | 3 | 某超市 | 该超市销售标签不符合规定的预包装食品。 | 县市场监督管理局 | 罚款5000元 |\n";
        assert_eq!(rows(penalties), []);
    }

    #[test]
    fn a_target_letter_without_unit_columns_has_a_task_per_row() {
        // a 目标责任书: 工作任务 | 目标及质量要求, the unit only in the title and scores in the
        // task names; each row is a target the office owes
        let text = "党工委统战部门2020年度目标责任书\n\
                    工作任务 | 目标及质量要求 |\n\
                    争取中省资金(5分) | 竞争性专项任务分别为80、60、60万元。 |\n\
                    招商引资到位资金 (2分) | 第一、二季度任务分别为500、600万元。 |\n\
                    统战重点工作任务 (55分) | 开展宗教活动场所安全检查1次(9分)。 |\n";
        let opening: Vec<String> = rows(text)
            .iter()
            .map(|r| r.0.chars().take(6).collect())
            .collect();
        assert_eq!(opening, ["争取中省资金", "招商引资到位", "统战重点工作"]);
        // …and a schedule of targets by stage, one cell per line: 工作任务 | 阶段目标
        let staged = "2017年“互联网+政务服务”工作任务进度表\n序号 |\n工作任务 |\n阶段目标 |\n\
                      1 |\n加强组织领导 |\n第一季度:建立联动协调机制。 第二季度:建立联席会议制度。 |\n\
                      2 |\n搭建统一的政务服务平台 |\n第一季度:项目立项审批。 第二季度:项目完成招标。 |\n";
        let opening: Vec<String> = rows(staged).into_iter().map(|r| r.0).collect();
        assert_eq!(opening, ["加强组织领导", "搭建统一的政"]);
    }
    #[test]
    fn a_drawn_table_gives_a_task_per_row_with_its_merged_cells() {
        // box-drawing lines: cells wrap between rules, the region merged down, the money
        // columns under one header cell kept aside
        let text = "供水项目建设计划表\n\
                    ┌─┬──┬──────┬──────────┬────┬───┬──────┐\n\
                    │序│地区│ 项目名称 │建设规模及主要建 │责任单位│完成年│项目投入(万元)│\n\
                    │号│ │ │ 设内容 │ │ 限 ├──┬───┤\n\
                    │ │ │ │ │ │ │总投│省级│\n\
                    ├─┼──┼──────┼──────────┼────┼───┼──┼───┤\n\
                    │21│恩平│恩平市区供水│委托咨询公司编制 │恩平市政│2007年│ 55 │ │\n\
                    │ │ 市 │专项规划 │供水专项规划。 │ 府 │ │ │ │\n\
                    ├─┤ ├──────┼──────────┼────┼───┼──┼───┤\n\
                    │22│ │城市供水主干│铺设供水主干管道 │恩平市水│2008年│3000│ │\n\
                    │ │ │管道改造 │50公里。 │ 务局 │ │ │ │\n\
                    └─┴──┴──────┴──────────┴────┴───┴──┴───┘\n";
        let read = rows(text);
        assert_eq!(read.len(), 2);
        // (the project's name opens its task)
        assert_eq!(read[0].0, "恩平市区供水");
        assert_eq!(
            read[0].1,
            [("恩平市政府".to_string(), UnitRole::Responsible)]
        );
        assert_eq!(read[0].2, ["2007年"]);
        assert_eq!(
            read[1].1,
            [("恩平市水务局".to_string(), UnitRole::Responsible)]
        );
        assert_eq!(read[1].2, ["2008年"]);
    }

    #[test]
    fn a_cell_stream_with_a_time_progress_column_and_standing_work() {
        // one cell per line with a bare `|` line between cells; 时间进度 names the time limits
        let text = "|\n序号\n|\n工作任务\n|\n负责部门\n|\n时间进度\n|\n|\n\
                    1\n|\n完善城市管理体制\n|\n市委编办、市住建局\n|\n2016年底前\n|\n|\n\
                    2\n|\n开展环境卫生设施规划编制工作\n|\n市住建局、市发改委\n|\n常态工作\n|\n|\n\
                    3\n|\n防止过度包装,减少包装废弃物产生\n|\n市质监局、市商务局\n|\n常态工作\n|\n|\n";
        let read = rows(text);
        assert_eq!(read.len(), 3, "{read:?}");
        assert_eq!(read[0].2, ["2016年底前"]);
        assert_eq!(read[1].2, ["常态工作"]);
        assert_eq!(read[2].0, "防止过度包装");
    }

    #[test]
    fn a_bare_stream_grouping_its_rows_before_their_numbers() {
        // 分类 | 序号 | 事项 | 责任单位 | 牵头单位, one cell a paragraph; a group's cell opens its
        // first row (`发展目标` names 目标 but is no header), and 事项 stays its own column; the
        // section heading before it (`三、任务分解`, naming 任务) is no header cell
        let text = "2023年重点工作责任分解\n\n三、任务分解\n\n分类\n\n序号\n\n事项\n\n责任单位\n\n牵头单位\n\n\
                    发展目标\n\n1\n\n地区生产总值增长6.5%以上。\n\n区农业农村局、区发改局\n\n区发改局\n\n\
                    2\n\n区本级固定资产投资增长25%。\n\n区财政局\n\n区财政局\n\n\
                    激发市场活力\n\n3\n\n深化政务服务“一网通办”改革。\n\n区行政服务中心\n\n区行政服务中心\n";
        let plan = parse_text(text);
        let read: Vec<(String, &str, &str)> = plan
            .tasks
            .iter()
            .map(|t| {
                let lead = t.units.iter().find(|u| u.role == UnitRole::Lead);
                (
                    t.text.value.chars().take(6).collect(),
                    lead.map_or("", |u| u.name.as_str()),
                    plan.section_path(t).last().map_or("", |s| s.title.as_str()),
                )
            })
            .collect();
        assert_eq!(
            read,
            [
                ("地区生产总值".to_string(), "区发改局", "发展目标"),
                ("区本级固定资".to_string(), "区财政局", "发展目标"),
                ("深化政务服务".to_string(), "区行政服务中心", "激发市场活力"),
            ]
        );
        // (the heading stays a heading)
        assert!(plan.sections.iter().any(|s| s.title == "任务分解"));
    }

    #[test]
    fn a_sections_numeral_alone_in_its_cell_heads_the_rows_under_it() {
        // `一 |` `主要任务 |`: the numeral is no header name, and its row is a section's
        let text =
            "附件\n任务分工\n序号 |\n工作内容 |\n牵头部门 |\n完成时间 |\n一 |\n主要任务 |\n|\n|\n\
                    (一) |\n构建更加严密的责任体系 |\n|\n|\n\
                    1 |\n完善企业安全生产责任和目标评估考核体系。 |\n省安全监管局 |\n2018年 |\n\
                    2 |\n厘清综合监管与行业监管的关系。 |\n省安全监管局、省编办 |\n2018年 |\n\
                    (二) |\n增强依法治理能力 |\n|\n|\n\
                    1 |\n建立健全安全生产法规制度。 |\n省安全监管局 |\n持续推进 |\n";
        let plan = parse_text(text);
        let read: Vec<(u32, String)> = plan
            .tasks
            .iter()
            .map(|t| {
                let section = plan
                    .section_path(t)
                    .last()
                    .map_or(String::new(), |s| s.title.clone());
                (t.number.as_ref().map_or(0, |n| n.value), section)
            })
            .collect();
        assert_eq!(
            read,
            [
                (1, "构建更加严密的责任体系".to_string()),
                (2, "构建更加严密的责任体系".to_string()),
                (1, "增强依法治理能力".to_string()),
            ]
        );
    }

    #[test]
    fn a_contents_page_of_numbered_entries_is_no_table() {
        // `3.4  分类处置` names 分类 and `3.2  预警措施` 措施: entries of a contents page
        let text = "目录\n\n3.2  预警措施\n\n3.3  信息报告\n\n3.4  分类处置\n\n4  事件级别\n\n\
                    4.1  I级(特大)债务风险事件\n\n5  应急响应\n\n5.3  舆论引导\n";
        assert!(parse_text(text).tasks.is_empty());
    }

    #[test]
    fn sibling_section_rows_and_unit_lists_closed_by_a_full_stop() {
        // section rows one after another with no row under them; cooperating cells ending in 。
        let text = "清溪区2025年重点工作任务分解表\n\n序号\n\n重点工作任务\n\n主要责任单位\n\n协同配合单位\n\n\
                    一、2025年经济社会发展的主要预期目标\n\n3\n\n固定资产投资增长7.5%左右。\n\n区发改委\n\n\
                    区工信局、区住建局,各乡镇人民政府、街道办事处。\n\n\
                    二、全力以赴扩投资、优服务,筑牢经济增长根基\n\n\
                    三、全力以赴延链条、壮集群,构建现代产业体系\n\n\
                    四、全力以赴增动能、聚人气,激发改革创新活力\n\n\
                    五、全力以赴惠民生、增福祉,加快社会事业发展\n\n\
                    68\n\n持续推进学前教育普及普惠、义务教育优质均衡发展,加快建设第一小学扩建教学楼项目。\n\n\
                    区教育局\n\n区政府有关部门,各乡镇人民政府、街道办事处。\n\n\
                    69\n\n深化与教育集团合作,积极引进优质教育资源。\n\n区教育局\n\n区投资促进中心、区科技局,各街道办事处。\n";
        let read = rows(text);
        let openings: Vec<&str> = read.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(openings, ["固定资产投资", "持续推进学前", "深化与教育集"]);
        assert_eq!(
            read[2].1,
            [
                // (the main responsible unit, beside those that assist, leads)
                ("区教育局".to_owned(), UnitRole::Lead),
                ("区投资促进中心".to_owned(), UnitRole::Cooperating),
                ("区科技局".to_owned(), UnitRole::Cooperating),
                ("各街道办事处".to_owned(), UnitRole::Cooperating)
            ]
        );
        assert!(read[0]
            .1
            .contains(&("区住建局".to_owned(), UnitRole::Cooperating)));
    }

    #[test]
    fn a_column_of_short_topics_before_the_task_text_names_the_rows() {
        // 重点任务 and 工作内容 are both content words: the short topics name the rows, the
        // sentences beside them are the tasks
        let text = "某局政务公开工作要点\n\
                    重点任务 | 工作内容 | 负责科室 |\n\
                    政策解读 | 对以我局名义制定的政策文件进行全面解读，创新解读形式。 | 各业务科室 |\n\
                    回应关切 | 对群众普遍关注的社会热点问题及时主动回应。 | 综合科 |\n";
        let read = rows(text);
        let openings: Vec<&str> = read.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(openings, ["对以我局名义", "对群众普遍关"]);
        // …and a row whose text cell is empty keeps the sentence of its topic cell, when it
        // names its units (a preamble row naming none is no task)
        let text = "某市河长制主要任务分解表\n\
                    序号 | 主要任务 | 细化措施 | 牵头单位 |\n\
                    1 | 严守水资源红线 | 实施水资源消耗总量和强度双控行动，防止不合理新增取水。 | 市水利局 |\n\
                    2 | 严守用水效率红线 | 落实用水效率评估体系，把节水目标纳入政绩考核。 | 市水利局 |\n\
                    3 | 抓好工业节水。加快实施工业节水技术改造，坚决遏制用水浪费。 |  | 市工业和信息化委 |\n";
        let read = rows(text);
        let openings: Vec<&str> = read.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(openings, ["实施水资源消", "落实用水效率", "抓好工业节水"]);
    }

    #[test]
    fn a_year_in_a_streams_first_row_is_its_time_limit_not_a_fields_label() {
        // the first row's topic names a campaign (`…专项行动`, a column word) and its time
        // limit is a year (`2020年`, as a schedule's column is named): two cells apart, still
        // a table's row and no form's labels
        let text = "某市生活垃圾分类工作任务分解表\n\
                    序 号 |\n工作 任务 |\n主要工作内容 |\n完成时间 |\n牵头单位 |\n责任单位 |\n\
                    1 |\n源 头 减 量 专 项 行 动 |\n到2020年底,全市生活垃圾总量实现零增长。 |\n\
                    2020年 |\n市城市管理局 |\n各县(区)政府 |\n\
                    2 |\n净菜进城试点 |\n开展果蔬集贸市场果蔬菜皮就地处理。 |\n\
                    2018年 |\n市市场监管局 |\n各县(区)政府 |\n";
        let read = rows(text);
        assert_eq!(read.len(), 2, "{read:?}");
        assert_eq!(read[0].0, "到2020年");
        assert_eq!(read[1].1[0], ("市市场监管局".to_owned(), UnitRole::Lead));
        assert!(read[1].2.contains(&"2018年".to_owned()), "{read:?}");
    }
}
