//! Pass 2: metadata fields that web pages and archives print around a document — `索引号`,
//! `发布机构`, `发文日期`, `文号`, `标题：`, `名 称:` — label and value on one line (several
//! fields may share it), the value on the next line, with or without a colon.

use super::{located, State};
use crate::document::is_space;
use crate::document::text::LIST_BULLETS;
use crate::plan::charset::CharSet;
use crate::plan::model::{Publication, PublicationSource};
use crate::plan::Ctx;

/// Lines from the top searched for fields: metadata blocks stand before the document.
const MAX_FIELD_LINES: usize = 80;
/// Longest value taken as an issuer's name.
const MAX_ISSUER_CHARS: usize = 40;

/// What a metadata label states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Title,
    DocNumber,
    Issuer,
    SigningDate,
    Published,
    Other,
}

/// A label found in a line: where it starts, where its value starts, and what it states.
#[derive(Debug)]
struct Found {
    at: usize,
    value: usize,
    field: Field,
}

/// Every metadata label with what it states, longest first, and their first characters.
pub(crate) struct Labels<'v> {
    list: Vec<(&'v str, Field)>,
    /// Labels are looked for in every line and table cell: most start with no label's first
    /// character and are passed over with one lookup.
    starts: CharSet,
}

/// The metadata labels of the vocabulary.
pub(crate) fn labels<'v>(ctx: &Ctx<'v>) -> Labels<'v> {
    let m = &ctx.vocab.metadata;
    let mut all: Vec<(&str, Field)> = Vec::new();
    for (list, field) in [
        (&m.title, Field::Title),
        (&m.doc_number, Field::DocNumber),
        (&m.issuer, Field::Issuer),
        (&m.signing_date, Field::SigningDate),
        (&m.published, Field::Published),
        (&m.other, Field::Other),
    ] {
        all.extend(list.iter().map(|l| (l.as_str(), field)));
    }
    all.sort_by_cached_key(|(l, _)| std::cmp::Reverse(l.chars().count()));
    Labels::new(all)
}

impl<'v> Labels<'v> {
    /// Labels tried in the order given.
    fn new(list: Vec<(&'v str, Field)>) -> Labels<'v> {
        Labels {
            starts: CharSet::first_chars(list.iter().map(|(l, _)| l)),
            list,
        }
    }
}

/// The label starting at byte `at` of `s`, spaces between its characters allowed (`索 引 号`):
/// its field and the byte offset after it.
fn label_at(s: &str, at: usize, labels: &Labels) -> Option<(Field, usize)> {
    let first = s[at..].chars().next()?;
    if !labels.starts.contains(first) {
        return None;
    }
    'labels: for (label, field) in &labels.list {
        if !label.starts_with(first) {
            continue;
        }
        let mut i = at;
        for (n, c) in label.chars().enumerate() {
            if n > 0 {
                let rest = &s[i..];
                i += rest.len() - rest.trim_start_matches(is_space).len();
            }
            if !s[i..].starts_with(c) {
                continue 'labels;
            }
            i += c.len_utf8();
        }
        return Some((*field, i));
    }
    None
}

/// What stands at a boundary of a line read for fields.
enum LabelHere {
    /// A field's label, and the byte offset where its value starts.
    Field(Field, usize),
    /// A label's word with no colon where one is needed: in a cell, `| 名称 | 牵头单位 |` is
    /// a table's header, not a field.
    NoValue,
    Nothing,
}

/// The label at byte `i` of `s`: in brackets (`[ 索引号 ] | 1150…/2025-00009 | [ 发文字号 ] |
/// …`, the bracket closing it as a colon would), or followed by a colon, white space or the
/// line's end.
fn label_here(s: &str, i: usize, labels: &Labels, in_cell: bool) -> LabelHere {
    if let Some((field, value)) = bracketed_label_at(s, i, labels) {
        return LabelHere::Field(field, value);
    }
    let Some((field, end)) = label_at(s, i, labels) else {
        return LabelHere::Nothing;
    };
    let rest = &s[end..];
    let after_ws = rest.trim_start_matches(is_space);
    let ws = rest.len() - after_ws.len();
    let colon = after_ws.chars().next().filter(|c| matches!(c, '：' | ':'));
    if colon.is_some() || !in_cell && (ws > 0 || rest.is_empty()) {
        LabelHere::Field(field, end + ws + colon.map_or(0, char::len_utf8))
    } else {
        LabelHere::NoValue
    }
}

/// A label in brackets at byte `at` (`[ 索引号 ]`, `【发布机构】`): its field and the byte offset
/// after the closing bracket.
fn bracketed_label_at(s: &str, at: usize, labels: &Labels) -> Option<(Field, usize)> {
    let open = s[at..]
        .chars()
        .next()
        .filter(|c| matches!(c, '[' | '［' | '【'))?;
    let inner = at + open.len_utf8();
    let start = inner + (s[inner..].len() - s[inner..].trim_start_matches(is_space).len());
    let (field, end) = label_at(s, start, labels)?;
    let rest = s[end..].trim_start_matches(is_space);
    let close = rest
        .chars()
        .next()
        .filter(|c| matches!(c, ']' | '］' | '】'))?;
    Some((field, s.len() - rest.len() + close.len_utf8()))
}

/// Whether a table cell is only a field's label (`索引号：`, `发 布 机 构`).
pub(crate) fn is_label(labels: &Labels, cell: &str) -> bool {
    let t = cell.trim_matches(is_space);
    let t = t.trim_end_matches([':', '：']).trim_end_matches(is_space);
    !t.is_empty() && label_at(t, 0, labels).is_some_and(|(_, end)| end == t.len())
}

/// Every field label in a line that starts with one. A label must stand at the line's start or
/// after white space, and be followed by a colon, white space or the end of the line.
fn find(s: &str, labels: &Labels) -> Vec<Found> {
    let mut out = Vec::new();
    // a metadata table flattened to rows of cells opens its lines with a bar
    // (`| 标题:南漳镇人民政府2023年工作计划 | |`)
    let lead = field_start(s);
    let mut i = lead;
    while i < s.len() {
        let in_cell = s[..i].trim_end_matches(is_space).ends_with('|');
        let boundary = i == lead || s[..i].ends_with(is_space) || in_cell;
        if boundary {
            let found = match label_here(s, i, labels, in_cell) {
                LabelHere::Field(field, value) => Some((field, value)),
                LabelHere::NoValue if out.is_empty() => return out,
                LabelHere::Nothing if i == lead => return out,
                LabelHere::NoValue | LabelHere::Nothing => None,
            };
            if let Some((field, value)) = found {
                out.push(Found {
                    at: i,
                    value,
                    field,
                });
                i = value.max(i + 1);
                continue;
            }
        }
        i += s[i..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

/// Read the fields and mark their lines used.
pub(crate) fn read(ctx: &Ctx, st: &mut State, _title_hint: Option<&str>) {
    let labels = labels(ctx);
    let limit = st
        .view
        .lines
        .len()
        .min(MAX_FIELD_LINES)
        .min(st.view.first_table);
    let mut k = 0;
    // a page lists its metadata with bullets above the document; below a line of its text a
    // bulleted field is the document's own (`- 名称：全民健身月系列活动` under the plan's title)
    let mut below_text = false;
    while k < limit {
        if st.used[k] {
            k += 1;
            continue;
        }
        let text = st.view.lines[k].text;
        let folded = ctx.vocab.fold(text.as_str());
        let s = folded.as_ref();
        let found = find(s, &labels);
        let Some(first) = found.first() else {
            below_text |= !text.is_blank();
            k += 1;
            continue;
        };
        let start = field_start(s);
        let bulleted = start != bars_end(s);
        if first.at != start || bulleted && below_text {
            below_text = true;
            k += 1;
            continue;
        }
        st.used[k] = true;
        for (n, f) in found.iter().enumerate() {
            let end = found.get(n + 1).map(|g| g.at).unwrap_or(s.len());
            let raw = &s[f.value.min(end)..end];
            // a metadata table flattened to `名 称: | X |` keeps its cell bars around the value
            let value = raw.trim_matches(is_cell_edge);
            if value.is_empty() {
                // a label alone: its value is the next line, when that is no label itself
                if found.len() == 1 && k + 1 < limit {
                    let next = st.view.lines[k + 1].text;
                    let nf = ctx.vocab.fold(next.as_str());
                    if find(&nf, &labels).is_empty()
                        && !next.is_blank()
                        && (f.field == Field::Title || !names_a_document(ctx, &nf))
                    {
                        let t = next.trimmed();
                        let lead =
                            next.as_str().len() - next.as_str().trim_start_matches(is_space).len();
                        take(ctx, st, f.field, next, lead, lead + t.len());
                        st.used[k + 1] = true;
                        k += 1;
                    }
                }
                continue;
            }
            let start = f.value.min(end) + (raw.len() - raw.trim_start_matches(is_cell_edge).len());
            take(ctx, st, f.field, text, start, start + value.len());
        }
        k += 1;
    }
}

/// Shortest line that names a document: a category's value (`计划规划`, `工作计划`) is shorter.
const MIN_DOCUMENT_NAME_CHARS: usize = 8;

/// Whether a line names a document (`2023年度全市农业农村重点工作任务`): below a label left
/// without its value at the end of a page's index card (`有效性`), it is the title, not the
/// label's value. It ends in a title word (an office, `…规划局`, `…领导小组办公室`, does not).
fn names_a_document(ctx: &Ctx, line: &str) -> bool {
    let t = crate::plan::text::normalize(&ctx.vocab.fold(line));
    t.chars().count() >= MIN_DOCUMENT_NAME_CHARS
        && ctx
            .vocab
            .title_words
            .iter()
            .any(|w| t.ends_with(w.as_str()))
}

/// Where a line's first field may start: after a flattened table's cell bars, and after the
/// bullet of a page that lists its fields (`- 文 号: 闽文旅办〔2019〕7号`).
fn field_start(s: &str) -> usize {
    let lead = bars_end(s);
    match s[lead..].strip_prefix(LIST_BULLETS) {
        Some(rest) if rest.starts_with(is_space) => {
            s.len() - rest.trim_start_matches(is_space).len()
        }
        _ => lead,
    }
}

/// Where a line's text starts after a flattened table's cell bars and white space.
fn bars_end(s: &str) -> usize {
    s.len() - s.trim_start_matches(is_cell_edge).len()
}

/// White space or a table cell's bar around a field's value.
fn is_cell_edge(c: char) -> bool {
    is_space(c) || c == '|'
}

/// Keep a field's value in the meta (the first of each kind wins).
fn take(
    ctx: &Ctx,
    st: &mut State,
    field: Field,
    text: &crate::document::Text,
    start: usize,
    end: usize,
) {
    let value = &text.as_str()[start..end];
    let p = ctx.meta_patterns;
    let m = &mut st.meta;
    match field {
        Field::Title => {
            if st.field_title.is_none() {
                st.field_title = Some(located(
                    ctx,
                    text,
                    start,
                    end,
                    crate::plan::text::normalize(value),
                ));
            }
        }
        Field::DocNumber => {
            if m.doc_number.is_none() {
                if let Some((s, e)) = p.doc_number_in(value) {
                    m.doc_number = Some(located(
                        ctx,
                        text,
                        start + s,
                        start + e,
                        value[s..e].to_owned(),
                    ));
                }
            }
        }
        Field::Issuer => {
            if m.issuer.is_none() && value.chars().count() <= MAX_ISSUER_CHARS {
                m.issuer = Some(located(
                    ctx,
                    text,
                    start,
                    end,
                    crate::plan::text::normalize(value),
                ));
            }
        }
        Field::SigningDate => {
            if m.signing_date.is_none() {
                if let Some((d, s, e)) = p.any_date(value) {
                    m.signing_date = Some(located(ctx, text, start + s, start + e, d));
                }
            }
        }
        Field::Published => {
            if m.published.is_none() {
                if let Some((d, s, e)) = p.any_date(value) {
                    m.published = Some(Publication {
                        date: located(ctx, text, start + s, start + e, d),
                        source: PublicationSource::SourceLine,
                    });
                }
            }
        }
        Field::Other => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(s: &str) -> Vec<(Field, String)> {
        let labels = vec![
            ("索引号", Field::Other),
            ("发布机构", Field::Issuer),
            ("发文日期", Field::SigningDate),
            ("文号", Field::DocNumber),
            ("标题", Field::Title),
            ("名称", Field::Title),
        ];
        let labels = Labels::new(labels);
        let found = find(s, &labels);
        found
            .iter()
            .enumerate()
            .map(|(n, f)| {
                let end = found.get(n + 1).map(|g| g.at).unwrap_or(s.len());
                (f.field, s[f.value..end].trim().to_owned())
            })
            .collect()
    }

    #[test]
    fn several_fields_on_one_line_spaced_labels_and_no_colon() {
        assert_eq!(
            fields("索 引 号：0001-2023-00012 发布机构：蔡甸区人民政府办公室 发文日期：2023-03-01"),
            [
                (Field::Other, "0001-2023-00012".to_owned()),
                (Field::Issuer, "蔡甸区人民政府办公室".to_owned()),
                (Field::SigningDate, "2023-03-01".to_owned())
            ]
        );
        assert_eq!(
            fields("文 号 蔡政办〔2023〕1号"),
            [(Field::DocNumber, "蔡政办〔2023〕1号".to_owned())]
        );
        assert_eq!(
            fields("名 称: 某区2023年政务公开工作要点"),
            [(Field::Title, "某区2023年政务公开工作要点".to_owned())]
        );
        assert!(fields("标题党的做法要不得").is_empty());
        assert!(fields("根据文号要求").is_empty());
    }

    #[test]
    fn fields_a_page_lists_with_bullets() {
        let text = "- 索 引 号: FJ00425-3013-2019-00059\n- 文 号: 闽文旅办〔2019〕7号\n\
                    - 发布机构: 福建省文化和旅游厅\n\
                    - 内容概述: 福建省文化和旅游厅办公室关于印发2019年工作要点的通知\n\n\
                    2019年福建文化和旅游工作要点\n\n1.强化理论武装。（责任单位：厅办公室）\n";
        let plan = crate::plan::parse_text(text);
        let value =
            |f: &Option<crate::plan::model::Located<String>>| f.as_ref().map(|l| l.value.clone());
        assert_eq!(
            value(&plan.meta.doc_number).as_deref(),
            Some("闽文旅办〔2019〕7号")
        );
        assert_eq!(
            value(&plan.meta.issuer).as_deref(),
            Some("福建省文化和旅游厅")
        );
        // (内容概述 is no title label: a summary may stand there)
        assert!(plan.kind.is_plan(), "{}", plan.kind.reason);
        // a dash opening a sentence is no bullet
        assert!(fields("-索引号是什么").is_empty());
        // below the document's text a bulleted field is the document's own
        let activity =
            "某社区2024年全民健身活动方案\n- 名称：全民健身月系列活动\n- 时间：2024年8月\n\n\
                        一、活动内容\n\n1.举办广场舞展演，由社区文体队负责，8月8日前完成。\n";
        let plan = crate::plan::parse_text(activity);
        assert_eq!(
            value(&plan.meta.title).as_deref(),
            Some("某社区2024年全民健身活动方案")
        );
    }

    #[test]
    fn fields_in_the_cells_of_a_flattened_metadata_table() {
        let cells = |s: &str| -> Vec<(Field, String)> {
            fields(s)
                .into_iter()
                .map(|(f, v)| (f, v.trim_matches(is_cell_edge).to_owned()))
                .collect()
        };
        assert_eq!(
            cells("| 标题:南漳镇人民政府2023年工作计划 | |"),
            [(Field::Title, "南漳镇人民政府2023年工作计划".to_owned())]
        );
        assert_eq!(
            cells("| 发布机构:南漳镇人民政府 | 发文日期:2023-01-05 |"),
            [
                (Field::Issuer, "南漳镇人民政府".to_owned()),
                (Field::SigningDate, "2023-01-05".to_owned())
            ]
        );
        // a table's header row names columns, with no colon after them
        assert!(cells("| 名称 | 牵头单位 |").is_empty());
        // labels in brackets close without a colon
        assert_eq!(
            cells("[ 索引号 ] | 1150/2025-00009 | [ 文号 ] | 城发改委发〔2025〕4号 |"),
            [
                (Field::Other, "1150/2025-00009".to_owned()),
                (Field::DocNumber, "城发改委发〔2025〕4号".to_owned())
            ]
        );
        assert!(cells("[ 说明 ] | 见附件 |").is_empty());
    }
}
