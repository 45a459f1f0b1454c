//! Paragraph tasks: `N.标题。正文。（牵头单位：…）` and `N、…（X牵头落实）`; 一、/（一） headings
//! make sections, and paragraphs without a unit statement under them are not tasks.

use std::ops::Range;

use crate::plan::deadlines::Mode;
use crate::plan::lines::{is_space, Line};
use crate::plan::model::{DeadlineSource, Located, Task, TaskNumber, UnitRole};
use crate::plan::tasks::{title_of, units_of, TaskList};
use crate::plan::text::{is_close, is_open};
use crate::plan::units::is_unit_statement;
use crate::plan::{Ctx, Sections};

/// Read sections and paragraph tasks from `lines[range]`, skipping front matter.
pub(crate) fn read(
    ctx: &Ctx,
    lines: &[Line],
    range: Range<usize>,
    consumed: &[bool],
    sections: &mut Sections,
    out: &mut TaskList,
) {
    let skip = |i: usize| consumed.get(i).copied().unwrap_or(false) || lines[i].is_blank();
    let mut i = range.start;
    while i < range.end {
        if skip(i) {
            i += 1;
            continue;
        }
        let mut para = lines[i].trimmed();
        let heading = ctx.headings.at_start(&para.text);
        // a task paragraph runs on over following lines until a blank line or a heading
        let mut j = i + 1;
        if heading.as_ref().is_none_or(|h| h.level >= 3) {
            while j < range.end
                && !skip(j)
                && ctx
                    .headings
                    .at_start(lines[j].text.trim_start_matches(is_space))
                    .is_none_or(|h| h.level == 4)
            {
                let next = lines[j].trimmed();
                para.append("\n", &next);
                j += 1;
            }
        }
        let statement = unit_parenthetical(&para, ctx);
        match heading {
            Some(h) if h.level == 3 || statement.is_some() => {
                let number = TaskNumber {
                    value: h.value,
                    raw: h.label.clone(),
                    span: ctx.span(&para, 0, h.label.len()),
                    inherited: false,
                };
                push_task(ctx, &para, Some(number), h.len, statement, sections, out);
            }
            Some(h) => {
                let rest = para.slice(h.len, para.text.len());
                let end = rest
                    .text
                    .find('。')
                    .filter(|&e| rest.text[e..].chars().count() > 1)
                    .unwrap_or(rest.text.len());
                let title = rest.text[..end].trim_matches(is_space);
                let span = ctx.span(&para, 0, h.len + end);
                sections.enter(h.level, &h.label, Some(h.value), title, span);
            }
            None if statement.is_some() => push_task(ctx, &para, None, 0, statement, sections, out),
            None => {
                let t = para.text.as_str();
                let alone = j >= range.end || lines[j].is_blank() || j == i + 1 && skip(j);
                let punctuated = t.contains(['。', '：', ':', '；', '，', ',', '！', '？']);
                if t.chars().count() <= 20 && alone && !punctuated {
                    let span = ctx.span(&para, 0, t.len());
                    sections.enter(1, "", None, t, span);
                }
            }
        }
        i = j;
    }
}

/// The byte ranges of a trailing unit statement: (open bracket, inside start, inside end).
fn unit_parenthetical(para: &Line, ctx: &Ctx) -> Option<(usize, usize, usize)> {
    let t = para
        .text
        .trim_end_matches(|c: char| is_space(c) || c == '。' || c == '.');
    let close = t
        .char_indices()
        .next_back()
        .filter(|(_, c)| is_close(*c))?
        .0;
    let mut depth = 0;
    let mut open = None;
    for (i, c) in t[..close].char_indices().rev() {
        if is_close(c) {
            depth += 1;
        } else if is_open(c) {
            if depth == 0 {
                open = Some(i);
                break;
            }
            depth -= 1;
        }
    }
    let open = open?;
    let inner_start = open + t[open..].chars().next()?.len_utf8();
    let inner = &t[inner_start..close];
    is_unit_statement(inner, ctx.vocab).then_some((open, inner_start, close))
}

fn push_task(
    ctx: &Ctx,
    para: &Line,
    number: Option<TaskNumber>,
    text_start: usize,
    statement: Option<(usize, usize, usize)>,
    sections: &mut Sections,
    out: &mut TaskList,
) {
    let text_end = statement
        .map(|(open, _, _)| open)
        .unwrap_or(para.text.len());
    let text = para.slice(text_start, text_end.max(text_start)).trimmed();
    let mut units = Vec::new();
    let mut deadlines = ctx.deadlines_in(
        &text,
        Mode::Text,
        &DeadlineSource::Text { column: None },
        false,
    );
    if let Some((_, s, e)) = statement {
        let inner = para.slice(s, e);
        units = units_of(ctx, &inner, UnitRole::Responsible, false);
        deadlines.extend(ctx.deadlines_in(&inner, Mode::Text, &DeadlineSource::Units, false));
    }
    let whole = para.trimmed();
    out.push(Task {
        index: 0,
        number,
        section: sections.current(),
        title: title_of(ctx, &text),
        text: Located {
            value: text.text.trim().to_owned(),
            span: ctx.span(&text, 0, text.text.len()),
        },
        fields: Vec::new(),
        units,
        deadlines,
        span: ctx.span(&whole, 0, whole.text.len()),
    });
}
