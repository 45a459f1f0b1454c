//! Output of `planlint parse`: the plan model as JSON, a terminal table, or a CSV task ledger
//! (任务台账).

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use crate::document::{Block, Document, Region};
use crate::ingest::Source;
use crate::plan::model::{Plan, Task, UnitRole};

/// Serialise plans as a JSON array (one object per file, in argument order).
pub fn json(plans: &[Plan], out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, plans)?;
    writeln!(out)
}

/// The document as the reader sees it: one line per paragraph (`P line:col`), each table with
/// its dialect and one line per row, cells between `|`. Chrome outside a page's main text is
/// marked `~`.
pub fn blocks(source: &Source, doc: &Document, out: &mut dyn Write) -> io::Result<()> {
    let map = &source.map;
    let at = |offset: usize| {
        let (l, c) = map.locate(&source.text, offset);
        format!("{l}:{c}")
    };
    let one_line = |s: &str| s.replace('\n', "⏎");
    writeln!(out, "── {} ──", source.path.display())?;
    if let Some(hint) = &doc.title_hint {
        writeln!(out, "title hint: {hint}")?;
    }
    for block in &doc.blocks {
        match block {
            Block::Paragraph(p) => {
                let mark = if p.region == Region::Chrome { "~" } else { "P" };
                writeln!(
                    out,
                    "{mark} {:>8}  {}",
                    at(p.text.origin()),
                    one_line(p.text.as_str())
                )?;
            }
            Block::Table(t) => {
                writeln!(
                    out,
                    "T {:>8}  {} · {} rows × {} columns{}",
                    at(t.origin()),
                    t.dialect,
                    t.rows.len(),
                    t.width(),
                    if t.region == Region::Chrome {
                        " · outside the main text"
                    } else {
                        ""
                    }
                )?;
                for row in &t.rows {
                    let cells: Vec<String> = row
                        .cells
                        .iter()
                        .map(|c| match c.covered_by {
                            Some((r, k)) => format!("↑{r},{k}"),
                            None => one_line(c.text.as_str()),
                        })
                        .collect();
                    writeln!(out, "  | {} |", cells.join(" | "))?;
                }
            }
        }
    }
    Ok(())
}

pub(crate) fn unit_names(task: &Task, role: UnitRole) -> String {
    task.units_in(role)
        .map(|u| u.name.as_str())
        .collect::<Vec<_>>()
        .join("、")
}

pub(crate) fn number_label(task: &Task) -> String {
    match &task.number {
        Some(n) if n.inherited => format!("{}（续）", n.value),
        Some(n) => n.value.to_string(),
        None => String::new(),
    }
}

pub(crate) fn section_path(plan: &Plan, task: &Task, with_titles: bool) -> String {
    plan.section_path(task)
        .iter()
        .map(|s| {
            if with_titles || s.label.is_empty() {
                format!("{}{}", s.label, s.title)
            } else {
                s.label.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(" / ")
}

/// The ledger's columns whose value this task's row did not print but took from a merged cell
/// above (`牵头单位、时限`): an auditor must not read them as written on the row.
pub(crate) fn filled_down(task: &Task) -> String {
    let mut out: Vec<&str> = Vec::new();
    if task.number.as_ref().is_some_and(|n| n.inherited) {
        out.push("序号");
    }
    for (role, column) in [
        (UnitRole::Lead, "牵头单位"),
        (UnitRole::Responsible, "责任单位"),
        (UnitRole::Cooperating, "配合单位"),
    ] {
        if task.units_in(role).next().is_some_and(|u| u.inherited) {
            out.push(column);
        }
    }
    if task.primary_deadline().is_some_and(|d| d.inherited) {
        out.push("时限");
    }
    out.join("、")
}

pub(crate) fn deadline_text(task: &Task) -> (String, String) {
    match task.primary_deadline() {
        Some(d) => (d.raw.clone(), d.value.to_string()),
        None => (String::new(), String::new()),
    }
}

/// Cut `s` to at most `width` terminal columns, marking the cut with `…`.
fn fit(s: &str, width: usize) -> String {
    if s.width() <= width {
        let pad = width - s.width();
        return format!("{s}{}", " ".repeat(pad));
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if w + cw + 1 > width {
            break;
        }
        out.push(c);
        w += cw;
    }
    out.push('…');
    w += 1;
    out.push_str(&" ".repeat(width.saturating_sub(w)));
    out
}

/// A readable terminal view: one line per task with number, section, lead, responsible and
/// deadline.
pub fn table(plans: &[Plan], out: &mut dyn Write) -> io::Result<()> {
    for (k, plan) in plans.iter().enumerate() {
        if k > 0 {
            writeln!(out)?;
        }
        let m = &plan.meta;
        let mut facts = vec![format!("{} tasks", plan.tasks.len())];
        if let Some(y) = &m.year {
            facts.push(format!("year {}", y.value));
        }
        if let Some(n) = &m.doc_number {
            facts.push(n.value.clone());
        }
        if let Some(d) = &m.signing_date {
            facts.push(format!("signed {}", d.value));
        }
        if let Some(p) = &m.published {
            facts.push(format!("published {}", p.date.value));
        }
        if let Some(d) = &m.draft {
            facts.push(d.value.clone());
        }
        writeln!(out, "{}  ({})", plan.path, facts.join(" · "))?;
        if let Some(t) = m.plan_title.as_ref().or(m.title.as_ref()) {
            writeln!(out, "{}", t.value)?;
        }
        writeln!(
            out,
            "{} {} {} {} {} Deadline",
            fit("#", 4),
            fit("No.", 8),
            fit("Section", 14),
            fit("Lead", 28),
            fit("Responsible / cooperating", 34),
        )?;
        for task in &plan.tasks {
            let (raw, value) = deadline_text(task);
            let deadline = if raw.is_empty() {
                "—".to_owned()
            } else if raw == value {
                raw
            } else {
                format!("{value} ({raw})")
            };
            let lead = unit_names(task, UnitRole::Lead);
            let mut responsible = unit_names(task, UnitRole::Responsible);
            let cooperating = unit_names(task, UnitRole::Cooperating);
            if !cooperating.is_empty() {
                if !responsible.is_empty() {
                    responsible.push('；');
                }
                responsible.push_str("配合：");
                responsible.push_str(&cooperating);
            }
            writeln!(
                out,
                "{} {} {} {} {} {}",
                fit(&task.index.to_string(), 4),
                fit(&number_label(task), 8),
                fit(&section_path(plan, task, false), 14),
                fit(if lead.is_empty() { "—" } else { &lead }, 28),
                fit(
                    if responsible.is_empty() {
                        "—"
                    } else {
                        &responsible
                    },
                    34
                ),
                deadline
            )?;
        }
    }
    Ok(())
}

/// A task ledger: one row per task, UTF-8 with BOM so spreadsheet programs read it as UTF-8.
pub fn csv<'a>(plans: impl IntoIterator<Item = &'a Plan>, out: &mut dyn Write) -> io::Result<()> {
    out.write_all("\u{feff}".as_bytes())?;
    let mut w = csv::Writer::from_writer(out);
    let header = [
        "文件",
        "任务",
        "序号",
        "章节",
        "任务内容",
        "牵头单位",
        "责任单位",
        "配合单位",
        "时限",
        "时限（规范化）",
        "沿用上行",
        "行号",
    ];
    w.write_record(header).map_err(io::Error::other)?;
    for plan in plans {
        for task in &plan.tasks {
            let (raw, value) = deadline_text(task);
            w.write_record([
                plan.path.as_str(),
                &task.index.to_string(),
                &number_label(task),
                &section_path(plan, task, true),
                &task.text.value,
                &unit_names(task, UnitRole::Lead),
                &unit_names(task, UnitRole::Responsible),
                &unit_names(task, UnitRole::Cooperating),
                &raw,
                &value,
                &filled_down(task),
                &task.span.line.to_string(),
            ])
            .map_err(io::Error::other)?;
        }
    }
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::fit;

    #[test]
    fn fit_counts_terminal_columns() {
        assert_eq!(fit("区财政局", 10), "区财政局  ");
        assert_eq!(fit("区财政局牵头", 7), "区财政…");
    }
}
