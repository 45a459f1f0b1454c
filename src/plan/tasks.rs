//! Tasks from table rows: sections from topic cells, numbers, fill-down of merged cells, unit
//! and deadline cells, and several numbered tasks sharing one row.

use std::collections::HashMap;

use regex::Regex;

use crate::ingest::Span;
use crate::plan::deadlines::Mode;
use crate::plan::lines::{is_space, Line};
use crate::plan::model::{
    ColumnRole, DeadlineSource, Field, Located, Task, TaskNumber, Unit, UnitRole,
};
use crate::plan::table::Table;
use crate::plan::units::{looks_like_units, parse_units};
use crate::plan::{Ctx, Sections};

/// Patterns for table rows, compiled once per parser.
#[derive(Debug, Clone)]
pub(crate) struct RowPatterns {
    /// A cell holding only a task number (`3`).
    pub bare_number: Regex,
    /// A task number inside a cell (`4. `), where several tasks share one cell.
    pub inline_number: Regex,
}

impl RowPatterns {
    pub fn new() -> RowPatterns {
        RowPatterns {
            bare_number: Regex::new(r"^\d{1,3}$").expect("static regex"),
            inline_number: Regex::new(r"(\d{1,3})[\s\u{3000}]*[.．、]").expect("static regex"),
        }
    }
}

/// Tasks in document order; indexes are assigned at the end.
#[derive(Debug, Default)]
pub(crate) struct TaskList {
    tasks: Vec<Task>,
}

impl TaskList {
    pub fn len(&self) -> usize {
        self.tasks.len()
    }

    pub fn push(&mut self, task: Task) {
        self.tasks.push(task);
    }

    pub fn finish(mut self) -> Vec<Task> {
        for (i, t) in self.tasks.iter_mut().enumerate() {
            t.index = i + 1;
        }
        self.tasks
    }
}

/// The first sentence of a task text: its key content.
pub(crate) fn title_of(ctx: &Ctx, line: &Line) -> Option<Located<String>> {
    let skip = ctx
        .headings
        .at_start(&line.text)
        .filter(|h| h.level >= 3)
        .map(|h| h.len)
        .unwrap_or(0);
    let t = &line.text[skip..];
    let end = t.find(['。', '；', ';', '\n']).unwrap_or(t.len());
    let title = t[..end].trim_matches(is_space);
    if title.is_empty() {
        return None;
    }
    let start = skip + t.find(title).unwrap_or(0);
    Some(Located {
        value: crate::plan::text::normalize(title),
        span: ctx.span(line, start, start + title.len()),
    })
}

/// Units of a cell with spans.
pub(crate) fn units_of(ctx: &Ctx, line: &Line, role: UnitRole, inherited: bool) -> Vec<Unit> {
    parse_units(&line.text, role, ctx.vocab)
        .into_iter()
        .map(|u| Unit {
            raw: line.text[u.start..u.end].to_owned(),
            span: ctx.span(line, u.start, u.end),
            name: u.name,
            role: u.role,
            kind: u.kind,
            inherited,
        })
        .collect()
}

fn line_span(ctx: &Ctx, line: &Line) -> Span {
    let t = line.trimmed();
    ctx.span(&t, 0, t.text.len())
}

/// A cell's value after fill-down: the cell itself or the last filled cell above it.
struct Filled<'a> {
    line: &'a Line,
    inherited: bool,
}

/// Build tasks from a table's rows.
pub(crate) fn from_table(ctx: &Ctx, table: &Table, sections: &mut Sections, out: &mut TaskList) {
    let cols = &table.columns;
    let role_at = |role: ColumnRole| cols.iter().position(|c| c.role == role);
    let topic_cols: Vec<usize> = (0..cols.len())
        .filter(|&i| cols[i].role == ColumnRole::Topic)
        .collect();
    let number_re = &ctx.patterns.bare_number;
    let numbered_table = table.rows.iter().any(|r| {
        r.cells.iter().enumerate().any(|(i, c)| {
            matches!(cols[i].role, ColumnRole::Topic | ColumnRole::Number)
                && number_re.is_match(c.text.trim())
        })
    });

    let mut memory: HashMap<usize, Line> = HashMap::new();
    let mut last_number: Option<TaskNumber> = None;
    let mut last_content: Option<Line> = None;

    for row in &table.rows {
        let mut cells: Vec<Line> = row.cells.iter().map(Line::trimmed).collect();
        repair_shifted_row(ctx, table, &mut cells);

        let mut own_number = None;
        for &ci in &topic_cols {
            let cell = &cells[ci];
            if cell.is_blank() {
                continue;
            }
            let t = cell.text.as_str();
            if number_re.is_match(t) {
                own_number = Some(TaskNumber {
                    value: t.parse().unwrap_or(0),
                    raw: t.to_owned(),
                    span: line_span(ctx, cell),
                    inherited: false,
                });
            } else if let Some(h) = ctx.headings.at_start(t) {
                let rest = cell.slice(h.len, cell.text.len());
                let title = rest.text.trim_matches(is_space);
                let span = line_span(ctx, cell);
                let before = sections.current();
                if sections.enter(h.level, &h.label, Some(h.value), title, span)
                    != before.unwrap_or(usize::MAX)
                    && before.is_some()
                {
                    // a merged cell does not reach across a new heading
                    memory.clear();
                }
            } else if t.chars().count() <= 40 && !t.ends_with(['。', '！', '!', '；']) {
                let span = line_span(ctx, cell);
                let level = sections
                    .current()
                    .map(|i| sections.list[i].level)
                    .unwrap_or(1);
                sections.enter(level.max(1), "", None, t, span);
            }
        }
        if let Some(ci) = role_at(ColumnRole::Number) {
            let cell = &cells[ci];
            if number_re.is_match(cell.text.trim()) {
                own_number = Some(TaskNumber {
                    value: cell.text.trim().parse().unwrap_or(0),
                    raw: cell.text.trim().to_owned(),
                    span: line_span(ctx, cell),
                    inherited: false,
                });
            }
        }

        let content_col = role_at(ColumnRole::Content);
        let requirement_col = role_at(ColumnRole::Requirement);
        let own = |c: Option<usize>| c.map(|i| &cells[i]).filter(|l| !l.is_blank());
        let own_content = own(content_col).cloned();
        let own_requirement = own(requirement_col).cloned();
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

        // fill merged cells down: units and deadline always, content within one numbered item
        let mut filled: Vec<Option<Filled>> = Vec::with_capacity(cells.len());
        for (ci, cell) in cells.iter().enumerate() {
            let role = cols[ci].role;
            let fills = match role {
                ColumnRole::Units
                | ColumnRole::Lead
                | ColumnRole::Cooperating
                | ColumnRole::Deadline => true,
                ColumnRole::Content => continuation,
                _ => false,
            };
            if !cell.is_blank() {
                filled.push(Some(Filled {
                    line: cell,
                    inherited: false,
                }));
            } else if fills {
                let above = if role == ColumnRole::Content {
                    last_content.as_ref()
                } else {
                    memory.get(&ci)
                };
                filled.push(above.map(|line| Filled {
                    line,
                    inherited: true,
                }));
            } else {
                filled.push(None);
            }
        }

        let mut fields = Vec::new();
        let mut units = Vec::new();
        let mut cell_deadlines = Vec::new();
        for (ci, f) in filled.iter().enumerate() {
            let Some(f) = f else { continue };
            let col = &cols[ci];
            if col.role == ColumnRole::Topic {
                continue;
            }
            fields.push(Field {
                column: col.name.clone(),
                role: col.role,
                value: f.line.text.clone(),
                span: line_span(ctx, f.line),
                inherited: f.inherited,
            });
            match col.role {
                ColumnRole::Units => {
                    units.extend(units_of(ctx, f.line, UnitRole::Responsible, f.inherited))
                }
                ColumnRole::Lead => {
                    units.extend(units_of(ctx, f.line, UnitRole::Lead, f.inherited))
                }
                ColumnRole::Cooperating => {
                    units.extend(units_of(ctx, f.line, UnitRole::Cooperating, f.inherited))
                }
                ColumnRole::Deadline => cell_deadlines.extend(ctx.deadlines_in(
                    f.line,
                    Mode::Cell,
                    &DeadlineSource::Field {
                        column: col.name.clone(),
                    },
                    f.inherited,
                )),
                _ => {}
            }
        }
        // remember filled cells for the rows below
        for (ci, cell) in cells.iter().enumerate() {
            if !cell.is_blank()
                && matches!(
                    cols[ci].role,
                    ColumnRole::Units
                        | ColumnRole::Lead
                        | ColumnRole::Cooperating
                        | ColumnRole::Deadline
                )
            {
                memory.insert(ci, cell.clone());
            }
        }
        if let Some(c) = &own_content {
            last_content = Some(c.clone());
        }

        let text_deadlines = |line: &Line, column: Option<usize>| {
            let source = DeadlineSource::Text {
                column: column.map(|c| cols[c].name.clone()),
            };
            ctx.deadlines_in(line, Mode::Text, &source, false)
        };
        let split = if numbered_table {
            None
        } else {
            own_content.as_ref().and_then(|c| split_numbered(ctx, c))
        };
        match split {
            Some(parts) => {
                for (number, text) in parts {
                    let mut deadlines = cell_deadlines.clone();
                    deadlines.extend(text_deadlines(&text, content_col));
                    let span = number.span.cover(line_span(ctx, &text));
                    out.push(Task {
                        index: 0,
                        title: title_of(ctx, &text),
                        text: Located {
                            value: text.text.trim().to_owned(),
                            span: line_span(ctx, &text),
                        },
                        number: Some(number),
                        section: sections.current(),
                        fields: fields.clone(),
                        units: units.clone(),
                        deadlines,
                        span,
                    });
                }
            }
            None => {
                let text_line = match (&own_content, &own_requirement) {
                    (Some(c), _) => c.clone(),
                    (None, Some(r)) => r.clone(),
                    (None, None) => continue,
                };
                let mut deadlines = cell_deadlines;
                for (line, col) in [
                    (&own_content, content_col),
                    (&own_requirement, requirement_col),
                ] {
                    if let Some(line) = line {
                        deadlines.extend(text_deadlines(line, col));
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
                    .find(|c| !c.is_blank())
                    .map(|c| line_span(ctx, c))
                    .unwrap_or_else(|| line_span(ctx, &text_line));
                let last_own = cells
                    .iter()
                    .rev()
                    .find(|c| !c.is_blank())
                    .map(|c| line_span(ctx, c))
                    .unwrap_or(first_own);
                let title = title_of(ctx, &text_line);
                out.push(Task {
                    index: 0,
                    number,
                    section: sections.current(),
                    title,
                    text: Located {
                        value: text_line.text.trim().to_owned(),
                        span: line_span(ctx, &text_line),
                    },
                    fields,
                    units,
                    deadlines,
                    span: first_own.cover(last_own),
                });
            }
        }
    }
}

/// A row whose cells slid one column left (the task text in the topic column, the units in
/// the task column, the unit column empty) is put back in place.
fn repair_shifted_row(ctx: &Ctx, table: &Table, cells: &mut [Line]) {
    let cols = &table.columns;
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
    let topic = &cells[t];
    let starts_with_task_number = ctx
        .headings
        .at_start(&topic.text)
        .is_some_and(|h| h.level == 3);
    if cells[u].is_blank()
        && !cells[c].is_blank()
        && starts_with_task_number
        && looks_like_units(&cells[c].text, ctx.vocab)
    {
        let empty = topic.slice(0, 0);
        cells[u] = cells[c].clone();
        cells[c] = cells[t].clone();
        cells[t] = empty;
    }
}

/// Split a cell holding several numbered tasks (`3. … 4. … 5. …`) at consecutive numbers.
/// Returns `None` unless the cell starts with a number.
fn split_numbered(ctx: &Ctx, cell: &Line) -> Option<Vec<(TaskNumber, Line)>> {
    let first = ctx.headings.at_start(&cell.text).filter(|h| h.level == 3)?;
    let re = &ctx.patterns.inline_number;
    let mut starts = vec![(0usize, first.clone())];
    let mut expected = first.value + 1;
    for m in re.find_iter(&cell.text) {
        if m.start() == 0 {
            continue;
        }
        let before = cell.text[..m.start()].chars().next_back();
        let boundary = before
            .is_some_and(|c| is_space(c) || matches!(c, '。' | '；' | ';' | '！' | '!' | '\n'));
        if !boundary {
            continue;
        }
        if let Some(h) = ctx
            .headings
            .at_start(&cell.text[m.start()..])
            .filter(|h| h.level == 3 && h.value == expected)
        {
            starts.push((m.start(), h));
            expected += 1;
        }
    }
    let mut out = Vec::new();
    for (k, (at, h)) in starts.iter().enumerate() {
        let end = starts
            .get(k + 1)
            .map(|(s, _)| *s)
            .unwrap_or(cell.text.len());
        let label_end = at + h.label.len();
        let number = TaskNumber {
            value: h.value,
            raw: h.label.clone(),
            span: ctx.span(cell, *at, label_end),
            inherited: false,
        };
        let text = cell.slice(at + h.len, end).trimmed();
        out.push((number, text));
    }
    Some(out)
}
