//! `flattened`: a table whose cells lost their separators, as archivers and text extractors
//! flatten a page (`…任务分解表工 作 任 务牵头单位责　任　单　位工　作　要　求一、…1.全面公开…
//! 省编办（省审改办）省直各部门，各设区市…`). The header is a run of column names written
//! together; the rows are the paragraphs the reflow put back at each task number; a section
//! number (一、 （一）) makes a section row. Within a row, the units are found as a run of
//! names (see [`super::Hints::unit_runs`]): the text before it is the task, the text after it
//! the next column, and names written together with no separator split the unit columns
//! (牵头单位 | 责任单位).

use crate::document::numbering::{bare_section_numeral, NumberStyle, Numbering};
use crate::document::reflow::ends_sentence;
use crate::document::text::{is_han, is_space, Text};
use crate::document::Lexicon;
use crate::document::{Cell, ColumnRole, Row, Table, MIN_TITLE_BEFORE_INNER_NAME};
use std::collections::HashMap;

use super::{header_name, header_roles, DialectCx, TableDialect};

/// The `flattened` dialect.
pub struct Flattened;

/// Fewest column names written together that make a header: two names side by side occur in
/// prose.
const MIN_GLUED_NAMES: usize = 3;
/// Longest piece of a row kept in a learned list of the document's unit names.
const MAX_LEXICON_NAME_CHARS: usize = 12;
/// Times a piece must stand on its own to be taken as a unit's name: once may be a phrase.
const MIN_LEXICON_USES: usize = 2;
/// Farthest into a line a flattened header starts: after a table's title (…任务分解表) and an
/// 附件 label, never deep inside running text.
const MAX_HEADER_OFFSET: usize = 80;
/// Longest run of column names a header is: eight names of six characters.
const MAX_HEADER_RUN_CHARS: usize = 48;
/// Shortest name learnt from a first reading of the rows: two characters (各处) are too often
/// a word.
const MIN_LEARNT_NAME_CHARS: usize = 3;
/// The task's own words before its units: a run of names closer to the number is part of the
/// task's title (`各地区各部门主要负责人…`).
const MIN_TITLE_CHARS: usize = 4;

/// A run of column names in a line: byte range and the names.
fn glued_header(
    line: &str,
    names: &[String],
    cx: &DialectCx,
) -> Option<(usize, usize, Vec<String>)> {
    // the line's opening (a header starts within MAX_HEADER_OFFSET and runs a few names)
    // without white space, with each char's byte offset in the line
    let chars: Vec<(usize, char)> = line
        .char_indices()
        .filter(|(_, c)| !is_space(*c))
        .take(MAX_HEADER_OFFSET + MAX_HEADER_RUN_CHARS)
        .collect();
    let compact: String = chars.iter().map(|(_, c)| c).collect();
    let offsets: Vec<usize> = compact.char_indices().map(|(i, _)| i).collect();
    let mut best: Option<(usize, usize, Vec<String>)> = None;
    // `names` come sorted by first character, longest first within one (see
    // [`super::Hints::column_names`]): the names a text may start with are one run of them
    let firsts: Vec<char> = names
        .iter()
        .map(|n| n.chars().next().unwrap_or('\0'))
        .collect();
    let starting = |rest: &str| -> Option<&String> {
        let c = rest.chars().next()?;
        let lo = firsts.partition_point(|&f| f < c);
        let hi = lo + firsts[lo..].partition_point(|&f| f == c);
        names[lo..hi].iter().find(|n| rest.starts_with(n.as_str()))
    };
    for (k, &at) in offsets.iter().enumerate().take(MAX_HEADER_OFFSET) {
        let mut pos = at;
        let mut found: Vec<String> = Vec::new();
        loop {
            if let Some(n) = starting(&compact[pos..]) {
                let named = with_gloss(n, &compact[pos + n.len()..]);
                pos += named.len();
                found.push(named);
                continue;
            }
            // (a 序号 column opens the run: names the vocabulary knows only as a whole cell, or
            // not in full, may follow)
            let numbered = found
                .first()
                .is_some_and(|f| cx.hints.column_role(f) == Some(ColumnRole::Number));
            // (a whole cell's name before another name or the rows: `序号|部门|主要职责分工`,
            // not `部门负责人`)
            let whole = numbered
                .then(|| {
                    cx.hints
                        .whole_column_names()
                        .iter()
                        .filter(|n| compact[pos..].starts_with(n.as_str()))
                        .max_by_key(|n| n.len())
                })
                .flatten()
                .filter(|n| {
                    let after = &compact[pos + n.len()..];
                    after.is_empty()
                        || after.starts_with(|c: char| c.is_ascii_digit())
                        || starting(after).is_some()
                });
            if let Some(n) = whole {
                let named = with_gloss(n, &compact[pos + n.len()..]);
                pos += named.len();
                found.push(named);
                continue;
            }
            // (a schedule's year columns after the names: `配合单位|2018年|2019年`)
            if let Some(len) = (!found.is_empty())
                .then(|| super::year_heading_len(&compact[pos..]))
                .flatten()
            {
                found.push(compact[pos..pos + len].to_owned());
                pos += len;
                continue;
            }
            // (a name the vocabulary does not know in full, its qualifier written before a
            // known one, `区政府|分管领导`, is a column too)
            match numbered
                .then(|| qualified_name(&compact[pos..], &starting))
                .flatten()
            {
                Some((len, name)) => {
                    found.push(name);
                    pos += len;
                }
                None => break,
            }
        }
        if found.len() >= MIN_GLUED_NAMES && best.as_ref().is_none_or(|b| found.len() > b.2.len()) {
            let end_char = compact[..pos].chars().count();
            let start = chars[k].0;
            let end = chars
                .get(end_char)
                .map(|(i, _)| *i)
                .unwrap_or_else(|| chars.last().map_or(line.len(), |(i, c)| i + c.len_utf8()));
            if header_stands_alone(line, start, end, found.len(), cx) {
                best = Some((start, end, found));
            } else if let Some((from, name)) = unnamed_first_column(line, start) {
                // a first column whose name the vocabulary does not know (问题和隐患|牵头单位…)
                if header_stands_alone(line, from, end, found.len() + 1, cx) {
                    found.insert(0, name);
                    best = Some((from, end, found));
                }
            }
        }
    }
    best
}

/// A column name with the gloss in brackets that follows it in `rest`, if any
/// (`类型` + `（机制、任务等）`; see [`super::without_column_gloss`]).
fn with_gloss(name: &str, rest: &str) -> String {
    // (the gloss and its two brackets)
    rest.char_indices()
        .take(super::MAX_COLUMN_GLOSS_CHARS + 2)
        .find(|(_, c)| matches!(c, '）' | ')'))
        .map(|(i, c)| format!("{name}{}", &rest[..i + c.len_utf8()]))
        .filter(|glossed| super::without_column_gloss(glossed) == Some(name))
        .unwrap_or_else(|| name.to_owned())
}

/// Most characters of a qualifier written before a known column name (`区政府` in
/// `区政府分管领导`): a longer run of unknown words is a row's text.
const MAX_QUALIFIER_CHARS: usize = 4;
/// Longest title a qualifier cites in 《》 (`落实《福建省贯彻实施质量发展纲要2016年行动计划》任务内容`):
/// a plan's name, not a paragraph.
const MAX_CITED_TITLE_CHARS: usize = 40;
/// Fewest characters of the known name after a qualifier: the short names (`任务`, `目标`) end
/// many a row's first words (`推进重点|任务`).
const MIN_QUALIFIED_NAME_CHARS: usize = 3;

/// A column name written with a qualifier before a known name, opening `rest`: its byte
/// length and the whole name (`区政府分管领导`).
fn qualified_name<'n>(
    rest: &str,
    starting: &impl Fn(&str) -> Option<&'n String>,
) -> Option<(usize, String)> {
    // (the qualifier: one to MAX_QUALIFIER_CHARS Han characters, besides a title it cites,
    // `落实《…行动计划》|任务内容`)
    let mut cited = 0;
    let mut quoting = false;
    for (k, (i, c)) in rest.char_indices().enumerate().skip(1) {
        let prev = rest[..i].chars().next_back().unwrap_or(c);
        let closed = prev == '》' && quoting;
        match prev {
            '《' if !quoting && k > 1 => quoting = true,
            '》' if quoting => quoting = false,
            _ => {}
        }
        if quoting || closed {
            cited += 1;
            if cited > MAX_CITED_TITLE_CHARS {
                return None;
            }
            if quoting {
                continue;
            }
        } else if k - cited > MAX_QUALIFIER_CHARS || !is_han(prev) {
            return None;
        }
        if let Some(n) = starting(&rest[i..]) {
            if n.chars().count() >= MIN_QUALIFIED_NAME_CHARS {
                let len = i + n.len();
                return Some((len, rest[..len].to_owned()));
            }
        }
    }
    None
}

/// The name of a first column before a run of known names, when the line (or the text after
/// its last white space) opens with a short unpunctuated word: its start and the name.
fn unnamed_first_column(line: &str, start: usize) -> Option<(usize, String)> {
    let head = &line[..start];
    let from = head
        .char_indices()
        .filter(|(_, c)| is_space(*c))
        .map(|(i, c)| i + c.len_utf8())
        .next_back()
        .unwrap_or(0);
    let name = &line[from..start];
    let n = name.chars().count();
    let plain = name
        .chars()
        .all(|c| !c.is_ascii_punctuation() && !is_cjk_punctuation(c));
    ((2..=super::MAX_HEADER_CELL_CHARS).contains(&n) && plain).then(|| (from, name.to_owned()))
}

/// Full-width punctuation: a header cell's name holds none.
fn is_cjk_punctuation(c: char) -> bool {
    matches!(
        c,
        '。' | '，' | '、' | '；' | '：' | '？' | '！' | '“' | '”' | '（' | '）' | '《' | '》'
    )
}

/// Whether a run of column names stands where a header does: after the line's start, white
/// space or a table's title (…分解表, …清单), and before the line's end, white space or the
/// first row's number — not inside a sentence (`…将本季度工作目标任务进展情况报…`).
fn header_stands_alone(line: &str, start: usize, end: usize, names: usize, cx: &DialectCx) -> bool {
    let before = line[..start].chars().next_back();
    let after = line[end..].chars().next();
    let opens = before.is_none_or(|c| is_space(c) || matches!(c, '表' | '单' | '件' | '：' | ':'))
        || cx.hints.ends_with_plan_word(&line[..start]);
    // (so many names written together are a header whatever follows: the first row's words,
    // glued on where nothing numbers the rows, `…责任人完成时限改 革 创 新试行…` — not names
    // spaced apart, whose cells are spaced too)
    let closes = names >= MIN_NAMES_RUN_INTO_ROW && !line[start..end].contains(is_space)
        || after.is_none_or(|c| {
            is_space(c) || c.is_ascii_digit() || matches!(c, '一' | '（' | '(' | '第')
        });
    opens && closes
}

/// Fewest column names written together that are a header though the first row's words run on
/// after them: three or four may be a sentence's nouns (`…工作目标任务进展情况报…`), five not.
const MIN_NAMES_RUN_INTO_ROW: usize = 5;

/// Names the document writes on their own elsewhere (between separators, more than once), so
/// that the same name written together with others is still found.
fn lexicon(lines: &[Text], cx: &DialectCx) -> Lexicon {
    // counts by name, and the names in the order first seen, for a deterministic lexicon
    let mut counts: HashMap<&str, usize> = HashMap::new();
    let mut order: Vec<&str> = Vec::new();
    for line in lines {
        for piece in line.as_str().split(|c: char| {
            is_space(c) || matches!(c, '。' | '，' | ',' | '、' | '；' | ';' | '：' | ':')
        }) {
            let n = piece.chars().count();
            if !(2..=MAX_LEXICON_NAME_CHARS).contains(&n) {
                continue;
            }
            let count = counts.entry(piece).or_insert(0);
            if *count == 0 {
                order.push(piece);
            }
            *count += 1;
        }
    }
    Lexicon::from_names(
        order
            .into_iter()
            .filter(|s| counts[s] >= MIN_LEXICON_USES && cx.hints.looks_like_units(s))
            .map(str::to_owned),
    )
}

impl TableDialect for Flattened {
    fn name(&self) -> &'static str {
        "flattened"
    }

    fn read(&self, lines: &[Text], at: usize, cx: &DialectCx) -> Option<(Table, usize)> {
        let line = &lines[at];
        let s = line.as_str();
        if s.chars().count() < MIN_GLUED_NAMES * 2 || s.contains('\t') || s.contains('|') {
            return None;
        }
        // a cheap look first: a header's words stand in the line's opening
        if !super::could_be_header_text(super::opening(s)) {
            return None;
        }
        let names = cx.hints.column_names();
        let (h_start, h_end, header) = glued_header(s, names, cx)?;
        let named: Vec<String> = header.iter().map(|n| header_name(n)).collect();
        let roles = header_roles(&named, cx.hints)?;
        // a task table says who does the work or by when
        if !roles.iter().any(|r| r.assigns()) {
            return None;
        }
        // the rows: the pieces after the header, up to the table's end
        let mut pieces: Vec<Text> = Vec::new();
        let rest = line.slice(h_end, line.len()).trimmed();
        if !rest.is_blank() {
            // the header's line runs on into the first section headings and task
            pieces.extend(crate::document::reflow::split_outline(&rest, cx.numbering));
        }
        let mut end = at + 1;
        for (i, l) in lines.iter().enumerate().skip(at + 1) {
            if l.is_blank() {
                continue;
            }
            if cx.hints.ends_table(l.as_str()) {
                break;
            }
            pieces.push(l.trimmed());
            end = i + 1;
        }
        // a 序号 column: rows open with a bare number and a space (`…资源局99 流水食品…`)
        let bare_rows = roles.contains(&ColumnRole::Number);
        // rows numbered by nothing, each ending in its time limit (`…许可处林本勇12月试点…`)
        let numbered = |p: &Text| {
            cx.numbering
                .at_start(p.as_str())
                .is_some_and(|m| m.style == NumberStyle::Arabic)
        };
        let dated_rows = roles.last() == Some(&ColumnRole::Deadline)
            && !pieces.iter().any(numbered)
            && !bare_rows;
        let pieces: Vec<(Text, bool)> = if bare_rows {
            let ends = RowEnds {
                header: line.slice(h_start, h_end).as_str().to_owned(),
                deadline_column: roles.contains(&ColumnRole::Deadline),
                units_first: units_first(&roles),
                dated_first: time_after_number(&roles).is_some(),
            };
            split_at_row_numbers(pieces, &ends, cx)
        } else if dated_rows {
            let header = line.slice(h_start, h_end).as_str().to_owned();
            let person = roles.contains(&ColumnRole::Person);
            split_after_deadlines(pieces, &header, person, cx)
        } else {
            pieces.into_iter().map(|p| (p, false)).collect()
        };
        let lexicon = lexicon(
            &pieces.iter().map(|(t, _)| t.clone()).collect::<Vec<_>>(),
            cx,
        );
        // an unnamed section column in front, for the section rows
        let mut cols = vec![ColumnRole::Topic];
        cols.extend(roles.iter().copied());
        let content = cols
            .iter()
            .position(|r| *r == ColumnRole::Content)
            .or_else(|| {
                cols.iter()
                    .skip(1)
                    .position(|r| *r == ColumnRole::Topic)
                    .map(|p| p + 1)
            })
            .unwrap_or(1);
        cols[content] = ColumnRole::Content;
        let unit_cols: Vec<usize> = (0..cols.len())
            .filter(|&c| {
                matches!(
                    cols[c],
                    ColumnRole::Lead | ColumnRole::Units | ColumnRole::Cooperating
                )
            })
            .collect();

        let width = cols.len();
        let number_col = cols.iter().position(|r| *r == ColumnRole::Number);
        let origin = line.origin();
        let mut header_row: Vec<Cell> = vec![Cell::new(Text::empty_at(origin))];
        // the header names as printed: the glued span split by name lengths
        let compact_names = header.iter();
        let header_text = line.slice(h_start, h_end);
        let mut at_char = 0;
        for n in compact_names {
            let (a, b) = span_of_name(header_text.as_str(), at_char, n);
            header_row.push(Cell::new(header_text.slice(a, b)));
            at_char = b;
        }
        // the rows as texts first
        let mut grouped: Vec<Piece> = Vec::new();
        for (piece, row_start) in pieces {
            let mark = cx.numbering.at_start(piece.as_str());
            // (a row the page broke onto the next line: its number alone, `…单位13` then
            // `（八）发挥…`; or its number and the heading of the section above it, the next
            // line a sub-section's heading closed by a unit, `14三、培育…` then `（九）促进…
            // 执行力。质监处`)
            let heads_section = mark.as_ref().is_some_and(|m| m.style.heads_sections());
            let broken_row = match grouped.last() {
                Some(Piece::Task(t)) => {
                    !t.is_blank() && t.as_str().trim().chars().all(|c| c.is_ascii_digit())
                        || !row_start
                            && heads_section
                            && cx.hints.ends_assignment(piece.as_str())
                            && only_heading(t, cx)
                }
                _ => false,
            };
            match mark.map(|m| m.style) {
                _ if broken_row => {
                    if let Some(Piece::Task(t)) = grouped.last_mut() {
                        t.append("", &piece);
                    }
                }
                _ if row_start => grouped.push(Piece::Task(piece)),
                Some(style) if style.heads_sections() => grouped.push(Piece::Section(piece)),
                Some(NumberStyle::Arabic) => grouped.push(Piece::Task(piece)),
                _ => match grouped.last_mut() {
                    Some(Piece::Task(t)) => t.append(" ", &piece),
                    _ => grouped.push(Piece::Task(piece)),
                },
            }
        }
        // names the rows' unit cells hold, learnt from a first reading, find the same names
        // where they run on from the task text (`…比例低局质监处 …`)
        let task_rows: Vec<&Text> = grouped
            .iter()
            .filter_map(|g| match g {
                Piece::Task(t) => Some(t),
                Piece::Section(_) => None,
            })
            .collect();
        let lexicon = learn_names(&task_rows, lexicon, cx);
        let lexicon = learn_inner_names(&task_rows, lexicon, cx);
        let shared_tails = shared_unit_tails(&task_rows, cx);
        let mut shared_tails = shared_tails.into_iter();
        let mut rows = vec![Row { cells: header_row }];
        // (the number the next row continues with: a number run into a month is read by it)
        let mut next_number = 1;
        for g in grouped {
            match g {
                Piece::Section(piece) => {
                    let mut cells: Vec<Cell> = (0..width)
                        .map(|_| Cell::new(Text::empty_at(piece.source_end())))
                        .collect();
                    cells[0] = Cell::new(piece);
                    rows.push(Row { cells });
                }
                Piece::Task(t) => {
                    let row = split_row(
                        &t,
                        &cols,
                        content,
                        number_col,
                        next_number,
                        shared_tails.next().flatten(),
                        &unit_cols,
                        &lexicon,
                        cx,
                    );
                    let number = number_col
                        .and_then(|c| row.cells[c].text.as_str().trim().parse::<u32>().ok());
                    if let Some(n) = number {
                        next_number = n + 1;
                    }
                    rows.push(row);
                }
            }
        }
        if rows.len() < 2 {
            return None;
        }
        let caption = Some(line.slice(0, h_start).trimmed()).filter(|t| !t.is_blank());
        let table = Table {
            caption,
            ..Table::from_text(self.name(), rows)
        };
        Some((table, end))
    }
}

/// How the rest of an assignment opens after the unit cell's first name (`牵头，…配合`,
/// `、区财政局配合`): a role word or a list's separator, not more of the task's words.
const ASSIGNMENT_RUN_ON_OPENINGS: [&str; 7] = ["牵头", "配合", "负责", "，", "、", ",", "及"];

/// Whether a row holds only its number and a section's heading (`14三、培育质量和品牌竞争优势`):
/// its task was broken off onto the next line.
fn only_heading(row: &Text, cx: &DialectCx) -> bool {
    let s = row.as_str();
    let rest = s.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.len() < s.len()
        && cx
            .numbering
            .at_start(rest)
            .is_some_and(|m| m.style.heads_sections())
        && !rest.contains(['。', '；', ';', '，'])
        && !cx.hints.ends_assignment(rest)
}

/// A row's text: a task row, or a section row (一、 （一）).
enum Piece {
    Task(Text),
    Section(Text),
}

/// Unit names read in the rows with the names known so far, added to them (longest first).
fn learn_names(rows: &[&Text], mut lexicon: Lexicon, cx: &DialectCx) -> Lexicon {
    for row in rows {
        let s = row.as_str();
        for run in cx.hints.unit_runs(s, &lexicon) {
            for &(a, b) in &run.groups {
                for name in s[a..b].split(['、', '，', ',', '；', ';']) {
                    let name = name.trim_matches(is_space);
                    let n = name.chars().count();
                    if (MIN_LEARNT_NAME_CHARS..=MAX_LEXICON_NAME_CHARS).contains(&n) {
                        lexicon.insert(name.to_owned());
                    }
                }
            }
        }
    }
    lexicon
}

/// Names that start inside the first name of a run, where the task's title ran into its lead
/// unit (`做好城市更新信息发布|区政府办公室`, first read from the 市 of 城市): a name opening
/// with an administrative level or a class (各) that the document also writes after other words
/// ([`MIN_LEXICON_USES`] times), added to the lexicon so that the run starts there. A name
/// always written after the same character (城|乡建设局) is part of a longer one.
fn learn_inner_names(rows: &[&Text], mut lexicon: Lexicon, cx: &DialectCx) -> Lexicon {
    let mut learnt: Vec<String> = Vec::new();
    // the rows are scanned once per name and preceding character, not once per row naming it
    let mut scanned: std::collections::HashMap<(String, Option<char>), bool> =
        std::collections::HashMap::new();
    for row in rows {
        let s = row.as_str();
        for run in cx.hints.unit_runs(s, &lexicon) {
            let Some(&(a, b)) = run.groups.first() else {
                continue;
            };
            let inner = s[a..b]
                .char_indices()
                .skip(MIN_TITLE_BEFORE_INNER_NAME)
                .map(|(j, c)| (a + j, c))
                .filter(|&(_, c)| cx.hints.opens_unit_name(c))
                .map(|(j, _)| j)
                .find(|&j| {
                    let name = &s[j..b];
                    let n = name.chars().count();
                    (MIN_LEARNT_NAME_CHARS..=MAX_LEXICON_NAME_CHARS).contains(&n)
                        && !name.contains(['、', '，', ',', '；', ';'])
                        && cx.hints.looks_like_units(name)
                        && !cx.hints.looks_like_units(&s[a..j])
                        && *scanned
                            .entry((name.to_owned(), s[..j].chars().next_back()))
                            .or_insert_with_key(|(name, before)| {
                                written_after_other_words(rows, name, *before)
                            })
                });
            if let Some(j) = inner {
                let name = s[j..b].to_owned();
                if !lexicon.contains(&name) && !learnt.contains(&name) {
                    learnt.push(name);
                }
            }
        }
    }
    for name in learnt {
        lexicon.insert(name);
    }
    lexicon
}

/// Whether `name` stands in the rows after a character other than `before` at least
/// [`MIN_LEXICON_USES`] times.
fn written_after_other_words(rows: &[&Text], name: &str, before: Option<char>) -> bool {
    let mut uses = 0;
    for row in rows {
        let s = row.as_str();
        for (i, _) in s.match_indices(name) {
            if s[..i].chars().next_back() != before {
                uses += 1;
                if uses >= MIN_LEXICON_USES {
                    return true;
                }
            }
        }
    }
    false
}

/// Longest word after a unit cell's names saying what they do (`按职责分工负责`, `牵头负责`).
const MAX_ROLE_TAIL_CHARS: usize = 8;

/// How the words after a unit cell's names open when they say what the units do.
const ROLE_TAIL_OPENINGS: [&str; 7] = ["负责", "牵头", "配合", "按职责", "分别", "共同", "等"];

/// Whether the text after a run of names, up to the row's end, is nothing or only says what
/// the units do (`负责`, `按职责分工负责`): the run closes the row.
fn is_role_tail(tail: &str) -> bool {
    tail.is_empty()
        || tail.chars().count() <= MAX_ROLE_TAIL_CHARS
            && ROLE_TAIL_OPENINGS.iter().any(|w| tail.starts_with(w))
            && !tail.contains(|c: char| ends_sentence(c) || is_cjk_punctuation(c))
}

/// Whether the text between two runs of names joins them in one unit cell: a short
/// [`continues_assignment`] (`牵头，`, `、`, `及`).
fn joins_runs(gap: &str) -> bool {
    gap.chars().count() <= MAX_ROLE_TAIL_CHARS && continues_assignment(gap)
}

/// Role words a semicolon may close between one role's names and the next's, a 分工 cell's
/// way of writing lead and partners (`省委宣传部、省妇联牵头;省总工会配合;各州(市)党委和政府落实`).
const ROLES_CLOSED_BY_SEMICOLON: [&str; 4] = ["牵头", "配合", "负责", "参与"];

/// Whether text after a unit cell's first names goes on with the assignment (`牵头，…配合`,
/// `、区财政局配合`): it opens with a role word or a list's separator and holds no sentence's
/// end — a semicolon only where it closes a role's names (`牵头;…配合;…落实`).
fn continues_assignment(text: &str) -> bool {
    let closes_a_role = |at: usize| {
        ROLES_CLOSED_BY_SEMICOLON
            .iter()
            .any(|w| text[..at].ends_with(w))
    };
    ASSIGNMENT_RUN_ON_OPENINGS
        .iter()
        .any(|w| text.starts_with(w))
        && !text.contains('。')
        && text
            .match_indices(['；', ';'])
            .all(|(at, _)| closes_a_role(at))
}

/// Longest bare row number (`98`, `121`): a table's 序号 never runs to four digits.
const MAX_ROW_NUMBER_DIGITS: usize = 3;

/// The byte length of a bare row number opening `s` and the white space after it (`98 `).
fn bare_number_len(s: &str) -> Option<usize> {
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || digits > MAX_ROW_NUMBER_DIGITS {
        return None;
    }
    let after = &s[digits..];
    let spaces = after.len() - after.trim_start_matches(is_space).len();
    (spaces > 0).then_some(digits + spaces)
}

/// Characters after a number that make it a count, a measure or a date (`5家`, `6月`, `3个`),
/// not a row number glued to its task's text.
const COUNT_CHARS: &str =
    "年月日时天周季旬个家所项次名人万亿千百元条户座台套张场批期届份件篇类级分处亩米吨辆间栋层床册本点";

/// The byte length of a row number glued to the text after it (`21树立婚育新风…`): up to three
/// digits before a character that is no count's, date's or punctuation, or before the end.
fn glued_number_len(s: &str) -> Option<usize> {
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || digits > MAX_ROW_NUMBER_DIGITS {
        return None;
    }
    // (a number ending the piece: its row's text was broken onto the next line, `…单位13` then
    // `（八）发挥…`)
    let Some(next) = s[digits..].chars().next() else {
        return Some(digits);
    };
    // (a row's text may open with a quotation or a title: `6“1+N”商事登记…`, or with the
    // heading of the section it opens: `3（二）鼓励采用…`)
    let text = !next.is_ascii()
        && !is_space(next)
        && (!is_cjk_punctuation(next)
            || matches!(next, '“' | '《')
            || opens_section_mark(&s[digits..]))
        && !COUNT_CHARS.contains(next);
    text.then_some(digits)
}

/// Whether `s` opens with a section's bracketed numeral (`（二）`, `（十二）`).
fn opens_section_mark(s: &str) -> bool {
    s.starts_with('（')
        && s.find('）').is_some_and(|end| {
            bare_section_numeral(&s[..end + '）'.len_utf8()])
                .is_some_and(|(style, _)| style == NumberStyle::ChineseParen)
        })
}

/// Longest deadline cell looked for at the end of a row, before the next row's number glued to
/// it (`…叶龙海2016年12月2引导…`): a 时限 cell is short.
const MAX_DEADLINE_TAIL_CHARS: usize = 12;

/// What a row of a flattened table may end with, so that a row number glued after it opens the
/// next row: a unit cell, the header printed again (tables repeat it on each page), a date when
/// the last column is the time limit, or — in a table of each unit's share — a sentence's end
/// before the next row's unit (`…监督管理。2区市场监管局…`).
struct RowEnds {
    header: String,
    deadline_column: bool,
    units_first: bool,
    /// The time column stands right after the 序号 (`序号 | 时间 | 重点内容 | 落实单位`): a row
    /// number runs into a date (`…人防办71月元旦…` is row 7, `1月`).
    dated_first: bool,
}

/// The time limit's column when it stands right after the 序号: a schedule's rows open with
/// their month (`序号 | 时间 | 重点内容 | 落实单位`).
fn time_after_number(cols: &[ColumnRole]) -> Option<usize> {
    let at = cols.iter().position(|r| *r == ColumnRole::Number)? + 1;
    (cols.get(at) == Some(&ColumnRole::Deadline)).then_some(at)
}

/// Characters a time limit's unit of time ends with (`全年`, `1月`, `第一季度`, `3日`).
const TIME_UNIT_ENDS: &str = "年月日旬季度";
/// Words that may follow a time limit's unit and still belong to it (`12月底前`, `6月中旬`,
/// `3月份`, `年内`) — not `中` alone, which opens the row's work as often (`9-10月中秋…`).
const TIME_UNIT_TAILS: [&str; 13] = [
    "份",
    "底",
    "前",
    "末",
    "初",
    "上中旬",
    "中下旬",
    "上旬",
    "中旬",
    "下旬",
    "内",
    "止",
    "以前",
];
/// What joins one date to the next within a time cell (`2025年1月`, `3月至5月`, `5月、11月`):
/// before a digit, the cell goes on.
const TIME_JOINERS: [&str; 6] = ["至", "到", "-", "—", "、", "~"];
/// Longest time cell looked for at the opening of a row (`2025年1月至3月底前`).
const MAX_DEADLINE_HEAD_CHARS: usize = 16;

/// Where a time limit opening `s` ends (`全年`, `1月`, `4-12月`, `12月底前`, `2025年1月`,
/// `3月至5月`, before the row's work, `全年每年一次…`): the shortest opening of two to
/// [`MAX_DEADLINE_HEAD_CHARS`] characters ending in a unit of time that reads as one, with the
/// words that close such a unit after it, taken on over the next date while a digit or a
/// joiner and a digit follows ([`TIME_JOINERS`]). A month's number never opens with 0.
fn deadline_head(s: &str, cx: &DialectCx) -> Option<usize> {
    if s.starts_with('0') {
        return None;
    }
    // (the first unit of time ending at or after `from` that reads as a time limit)
    let unit_end = |from: usize| {
        s.char_indices()
            .take(MAX_DEADLINE_HEAD_CHARS)
            .skip(1)
            .map(|(i, c)| (i + c.len_utf8(), c))
            .filter(|&(end, _)| end > from)
            .find(|&(end, c)| TIME_UNIT_ENDS.contains(c) && cx.hints.looks_like_deadline(&s[..end]))
            .map(|(end, _)| end)
    };
    let with_tails = |mut end: usize| {
        while let Some(w) = TIME_UNIT_TAILS.iter().find(|w| s[end..].starts_with(*w)) {
            end += w.len();
        }
        end
    };
    let mut end = with_tails(unit_end(0)?);
    loop {
        let rest = &s[end..];
        let joiner = TIME_JOINERS
            .iter()
            .find(|j| rest.starts_with(*j))
            .map_or(0, |j| j.len());
        if !rest[joiner..].starts_with(|c: char| c.is_ascii_digit()) {
            break;
        }
        match unit_end(end + joiner) {
            Some(next) => end = with_tails(next),
            None => break,
        }
    }
    Some(end).filter(|&end| end < s.len())
}

/// The byte length of row number `n` opening `s` when a time limit follows it with no space
/// (`71月元旦…` for row 7, `2412月…` for row 24): the digits of a number and a month run
/// together, so only the number the rows continue with is looked for.
fn dated_row_number_len(s: &str, n: u32, cx: &DialectCx) -> Option<usize> {
    let digits = n.to_string();
    let rest = s.strip_prefix(digits.as_str())?;
    deadline_head(rest, cx).map(|_| digits.len())
}

/// Whether a table lists each unit's share: its first columns after the 序号 are the units'
/// (`序号 | 部门 | 主要职责分工`), so a row opens with its unit.
fn units_first(roles: &[ColumnRole]) -> bool {
    roles
        .iter()
        .find(|r| !before_units_first(**r))
        .is_some_and(|r| matches!(r, ColumnRole::Units | ColumnRole::Lead))
}

/// Columns that may stand before the units in a table of each unit's share: its 序号, and a
/// column its header names nothing the rows fill (`附件2 | 序号 | 部门 | …`) — not a topic or
/// a task's text (`序号 | 项目名称 | 责任单位 | 建设内容` opens its rows with the project).
fn before_units_first(role: ColumnRole) -> bool {
    matches!(role, ColumnRole::Number | ColumnRole::Other)
}

impl RowEnds {
    /// Whether the text before a row number at `at` ends as a row does (see [`RowEnds`]).
    fn closes_row(&self, s: &str, at: usize, cx: &DialectCx) -> bool {
        let before = &s[..at];
        if before.is_empty()
            || cx.hints.ends_assignment(before)
            || before.ends_with(self.header.as_str())
        {
            return true;
        }
        // (a row whose last cell is written out ends its sentence, and the next row opens
        // with its unit: `…加强鉴定机构监督管理。2区市场监管局牵头…`)
        let sentence_ends = before.ends_with(|c: char| ends_sentence(c) || matches!(c, '；' | ';'));
        let unit_after = s[at..]
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .chars()
            .next()
            .is_some_and(|c| cx.hints.opens_unit_name(c));
        if self.units_first && sentence_ends && unit_after {
            return true;
        }
        self.deadline_column && deadline_tail(before, cx).is_some()
    }
}

/// Longest standing word a row may end with in place of a date (`长期`, `常态化`, `年底前`).
const MAX_STANDING_TAIL_CHARS: usize = 4;

/// Where a deadline cell run on at the end of a row's text starts: the longest tail that reads
/// as a time limit, opening with a number (`2016年12月`, `6月底前`) or a short standing word
/// (`长期`) — the row's own text before it may end in anything.
fn deadline_tail(s: &str, cx: &DialectCx) -> Option<usize> {
    // (the longest dated tail; else the shortest worded one, the word alone: `林本勇|长期`)
    let mut dated = None;
    let mut worded = None;
    for (k, (i, c)) in s
        .char_indices()
        .rev()
        .take(MAX_DEADLINE_TAIL_CHARS)
        .enumerate()
    {
        let chars = k + 1;
        if chars < 2 {
            continue;
        }
        let opens_number = c.is_ascii_digit() && !s[..i].ends_with(|p: char| p.is_ascii_digit());
        if opens_number && cx.hints.looks_like_deadline(&s[i..]) {
            dated = Some(i);
        } else if !c.is_ascii_digit()
            && chars <= MAX_STANDING_TAIL_CHARS
            && worded.is_none()
            && cx.hints.looks_like_deadline(&s[i..])
        {
            worded = Some(i);
        }
    }
    dated.or(worded)
}

/// Split pieces where a bare row number continues the sequence (`…资源局99 流水食品…` after
/// row 98): the number stands after a non-digit and before white space — or, glued to the
/// text after it, after a unit cell's, a deadline cell's or a repeated header's end
/// (`…各州(市)党委和政府落实22根据…`, `…2016年12月3组织…`). A header printed again between
/// rows is left out. Each piece comes with whether it opens a row.
fn split_at_row_numbers(pieces: Vec<Text>, ends: &RowEnds, cx: &DialectCx) -> Vec<(Text, bool)> {
    let numbering = cx.numbering;
    let mut out = Vec::new();
    let mut last: Option<u32> = None;
    // a row 1 inside a section row only where a row 2 follows somewhere (`1 个` is a count):
    // after white space, or glued after a row's end (`…相关镇街等2农用地…`)
    let row_two = |s: &str| {
        bare_numbers(s, 2)
            .chain(glued_numbers(s, 2).filter(|&i| ends.closes_row(s, i, cx)))
            .min()
    };
    let rows_go_on = pieces.iter().any(|p| row_two(p.as_str()).is_some());
    for piece in pieces {
        let s = piece.as_str();
        let row_one = if last.is_none() && rows_go_on {
            row_one_after_section(s, numbering, row_two(s))
        } else {
            None
        };
        let mut cuts = Vec::new();
        let mut prev: Option<char> = None;
        for (i, c) in s.char_indices() {
            let starts_number =
                c.is_ascii_digit() && !prev.is_some_and(|p| p.is_ascii_digit() || p == '.');
            prev = Some(c);
            if !starts_number {
                continue;
            }
            // (glued on both sides: after white space only a bare number, followed by white
            // space, opens a row — `县人社局 2分` is a score)
            let glued = || {
                let dated = || {
                    let next = last.map_or(1, |l| l + 1);
                    ends.dated_first
                        .then(|| dated_row_number_len(&s[i..], next, cx))
                        .flatten()
                };
                let len = glued_number_len(&s[i..]).or_else(dated)?;
                let n: u32 = s[i..i + len].parse().ok()?;
                // (only the number that continues the rows is worth the look at what ends before)
                let next = last.is_none_or(|l| n == l + 1);
                (next && (Some(i) == row_one || ends.closes_row(s, i, cx))).then_some(n)
            };
            let Some(n) = bare_number_at(s, i).or_else(glued) else {
                continue;
            };
            // the first row may start anywhere (a list continued from another table), or
            // as row 1 after a section row run into it (`一、全面推动…的落实 1 推进…`); the
            // ones after follow it
            let fits = match last {
                None => i == 0 || Some(i) == row_one,
                Some(l) => n == l + 1,
            };
            if fits {
                cuts.push(i);
                last = Some(n);
            }
        }
        let opens_at_start = cuts.first() == Some(&0);
        if !opens_at_start {
            cuts.insert(0, 0);
        }
        // (every cut but one inserted at the piece's start is a row's number)
        let opens: Vec<bool> = (0..cuts.len())
            .map(|k| k > 0 || opens_at_start || bare_number_len(s).is_some())
            .collect();
        cuts.push(s.len());
        for (k, w) in cuts.windows(2).enumerate() {
            let mut end = w[1];
            // (the header printed again before this row)
            if w[1] < s.len()
                && !ends.header.is_empty()
                && s[w[0]..end].ends_with(ends.header.as_str())
            {
                end -= ends.header.len();
            }
            let t = piece.slice(w[0], end).trimmed();
            if !t.is_blank() {
                out.push((t, opens[k]));
            }
        }
    }
    out
}

/// Characters of the people a row names before its time limit: one name of two to four, or
/// two of three (`…质监处吴文清卢 俊12月`).
const PEOPLE_NAMES_CHARS: std::ops::RangeInclusive<usize> = 2..=6;

/// Split pieces of a table whose rows are numbered by nothing after each row's time limit, the
/// last column (`…江裕森许可处林本勇12月试点个体工商户简易注销…`): a short time limit right after a
/// unit's name (or, with a people's column, after a name of two to four characters after a
/// unit's), with the next row's words or the text's end after it. A header printed again
/// between rows is left out. Every piece opens a row.
fn split_after_deadlines(
    pieces: Vec<Text>,
    header: &str,
    person_column: bool,
    cx: &DialectCx,
) -> Vec<(Text, bool)> {
    let after_units = |before: &str| {
        cx.hints.ends_assignment(before)
            || person_column
                && PEOPLE_NAMES_CHARS.clone().any(|n| {
                    // (a two-character name may be spaced out to a three's width: `陈 超`)
                    let mut cut = before.len();
                    let mut han = 0;
                    for c in before.chars().rev() {
                        if han == n {
                            break;
                        }
                        if is_han(c) {
                            han += 1;
                        } else if !is_space(c) || han == 0 {
                            return false;
                        }
                        cut -= c.len_utf8();
                    }
                    han == n && cx.hints.ends_assignment(&before[..cut])
                })
    };
    // the pieces as one text: the reflow broke them at white space, also inside a row (at the
    // space in `王 浩`), which a row's time limit ends, not a line
    let mut joined: Option<Text> = None;
    for p in pieces {
        match &mut joined {
            None => joined = Some(p),
            Some(t) => t.append(" ", &p),
        }
    }
    let mut out = Vec::new();
    if let Some(piece) = joined {
        let s = piece.as_str();
        let mut cuts = vec![0];
        for (j, c) in s.char_indices() {
            let end = j + c.len_utf8();
            // (a time limit ends in one of these: `12月`, `6月底`, `2016年12月31日`, `年底前`)
            if !matches!(c, '月' | '日' | '底' | '前') {
                continue;
            }
            // (…and the next row's words follow: not more of the time, `12月底前`, `3月至6月`)
            let next = s[end..].chars().next();
            if next.is_some_and(|n| {
                n.is_ascii_alphanumeric()
                    || matches!(n, '底' | '前' | '日' | '份' | '至' | '—' | '-' | '～' | '~')
            }) {
                continue;
            }
            let last = *cuts.last().unwrap_or(&0);
            let Some(at) = deadline_tail(&s[last..end], cx).map(|a| last + a) else {
                continue;
            };
            if at > last
                && s[at..end].starts_with(|d: char| d.is_ascii_digit())
                && after_units(&s[last..at])
            {
                cuts.push(end);
            }
        }
        cuts.push(s.len());
        cuts.dedup();
        for w in cuts.windows(2) {
            // (the header printed again before this row)
            let row = piece.slice(w[0], w[1]).trimmed();
            let t = match row
                .as_str()
                .strip_prefix(header)
                .filter(|_| !header.is_empty())
            {
                Some(rest) => row.slice(row.len() - rest.len(), row.len()).trimmed(),
                None => row,
            };
            if !t.is_blank() {
                out.push((t, true));
            }
        }
    }
    out
}

/// Where row 1 starts in a section row that runs into it (`一、开展 1 次排查 1 推进… 2 …`):
/// the last bare 1 after white space before row 2 (`two`), or the last in the piece; failing
/// that, a 1 glued to the words before and after it (`一、…能力建设1农用地污染状况详查…`). A
/// piece that opens otherwise (a row numbered `1.`, whose text may say `改造农贸市场 1 个`)
/// has none.
fn row_one_after_section(s: &str, numbering: &Numbering, two: Option<usize>) -> Option<usize> {
    let section = numbering
        .at_start(s.trim_start_matches(is_space))
        .is_some_and(|m| matches!(m.style, NumberStyle::Chinese | NumberStyle::ChineseParen));
    if !section {
        return None;
    }
    let two = two.unwrap_or(s.len());
    bare_numbers(s, 1)
        .take_while(|&i| i < two)
        .last()
        .or_else(|| glued_numbers(s, 1).take_while(|&i| i < two).last())
}

/// Where `s` holds the number `n` glued to Han text on both sides (`建设1农用地`), or after a
/// unit's closing bracket (`…县政府(管委会)2完善…`), as a row's number runs into a flattened row.
fn glued_numbers(s: &str, n: u32) -> impl Iterator<Item = usize> + '_ {
    s.char_indices()
        .filter(move |&(i, c)| {
            c.is_ascii_digit()
                && s[..i]
                    .chars()
                    .next_back()
                    .is_some_and(|c| is_han(c) || matches!(c, ')' | '）'))
                && glued_number_len(&s[i..]).and_then(|len| s[i..i + len].parse::<u32>().ok())
                    == Some(n)
        })
        .map(|(i, _)| i)
}

/// Where `s` holds the bare number `n` after white space (` 2 `).
fn bare_numbers(s: &str, n: u32) -> impl Iterator<Item = usize> + '_ {
    s.char_indices()
        .filter(move |&(i, c)| {
            c.is_ascii_digit() && s[..i].ends_with(is_space) && bare_number_at(s, i) == Some(n)
        })
        .map(|(i, _)| i)
}

/// The bare row number opening `s[at..]` (`98 `), if one does.
fn bare_number_at(s: &str, at: usize) -> Option<u32> {
    let len = bare_number_len(&s[at..])?;
    s[at..at + len].trim_end_matches(is_space).parse().ok()
}

/// Length range of a person's name in Han characters (`张明`, `欧阳晓波`).
const PERSON_NAME_CHARS: std::ops::RangeInclusive<usize> = 2..=4;

/// Where a person's name glued before a unit's name ends (`张明|县教育局`): at a character that
/// opens a unit's name (a level, 各) two to four Han characters in, the name after it a unit's.
fn person_name_end(group: &str, cx: &DialectCx) -> Option<usize> {
    let chars: Vec<(usize, char)> = group.char_indices().collect();
    PERSON_NAME_CHARS.clone().find_map(|n| {
        let &(at, c) = chars.get(n)?;
        let person = chars[..n]
            .iter()
            .all(|&(_, p)| is_han(p) && !cx.hints.opens_unit_name(p));
        (person && cx.hints.opens_unit_name(c) && cx.hints.looks_like_units(&group[at..]))
            .then_some(at)
    })
}

/// Where a row's office stands between its people (byte offsets): the content ends where the
/// people before the office start.
struct OfficeCut {
    content_end: usize,
    office: (usize, usize),
}

/// Most people printed together on either side of an office (`江裕森曹承代`, `吴文清卢 俊`).
const MAX_PEOPLE_TOGETHER: usize = 3;
/// Characters a person's name takes in such a table: a two-character name is spaced out to
/// the width of a three's (`王 浩`).
const NAME_WIDTH: usize = 3;
/// Longest office, or offices written together, between people (`信用信息处药械处食品处`).
const MAX_OFFICE_CHARS: usize = 16;

/// The office in a row's text written between people, with no separator (`…系统江裕森许可处
/// 林本勇`, `…王 浩知识产权处叶龙海`): it ends in an organ's character, the people after it (when
/// `after`) are one to three names, and a person's name before it (when `before`) ends the
/// words before it — the shortest office that fits. A name is a surname (`person_surnames`) and one
/// or two characters, a two-character name perhaps spaced out to three (`王 浩`).
fn office_between_people(s: &str, before: bool, after: bool, cx: &DialectCx) -> Option<OfficeCut> {
    let t = s.trim_end_matches(is_space);
    // the office's end: the last organ character whose tail is the people after it
    let end = if after {
        t.char_indices()
            .rev()
            .take(MAX_PEOPLE_TOGETHER * NAME_WIDTH + 1)
            .filter(|&(_, c)| cx.hints.is_organ_suffix(c))
            .map(|(i, c)| i + c.len_utf8())
            .find(|&e| people_len(&t[e..], cx) == Some(t.len() - e))?
    } else {
        t.chars()
            .next_back()
            .filter(|&c| cx.hints.is_organ_suffix(c))
            .map(|_| t.len())?
    };
    if !before {
        // (the office then starts after the task's words: only where a space sets it off)
        let start = t[..end].rfind(is_space).map(|i| i + 1)?;
        return (end > start).then_some(OfficeCut {
            content_end: start,
            office: (start, end),
        });
    }
    // the office's start: the shortest office (two characters or more) the people before end at
    let office_start = t[..end]
        .char_indices()
        .rev()
        .skip(1)
        .take(MAX_OFFICE_CHARS)
        .map(|(u, _)| u)
        .find(|&u| name_before(&t[..u], cx).is_some())?;
    // the person before it (one: a second name before that cannot be told from the task's
    // last words, `…先行赔付机制江裕森`, where 付 is a surname)
    let content_end = office_start - name_before(&t[..office_start], cx).unwrap_or(0);
    (content_end < office_start && content_end > 0).then_some(OfficeCut {
        content_end,
        office: (office_start, end),
    })
}

/// The byte length of the person's name `text` ends with (see [`is_name`]).
fn name_before(text: &str, cx: &DialectCx) -> Option<usize> {
    let chars: Vec<(usize, char)> = text.char_indices().rev().take(NAME_WIDTH).collect();
    let [(_, c2), (_, c1), (at, c0)] = chars[..] else {
        return None;
    };
    is_name([c0, c1, c2], cx).then(|| text.len() - at)
}

/// The byte length of the people `text` opens with, when it is nothing but one to three names
/// (`林本勇`, `陈 榕`, `杨志强念其文`, `吴文清卢 俊`), the last perhaps of two characters unspaced.
fn people_len(text: &str, cx: &DialectCx) -> Option<usize> {
    let chars: Vec<char> = text.chars().collect();
    let mut names = chars.chunks(NAME_WIDTH);
    let count = names.len();
    let all = names.all(|name| match *name {
        [c0, c1, c2] => is_name([c0, c1, c2], cx),
        [c0, c1] => cx.hints.is_surname(c0) && is_han(c1),
        _ => false,
    });
    (all && (1..=MAX_PEOPLE_TOGETHER).contains(&count)).then_some(text.len())
}

/// Whether three characters are a person's name as such a table prints it: a surname
/// (`person_surnames`) and two characters, or a surname, a space and one (`王 浩`).
fn is_name([c0, c1, c2]: [char; NAME_WIDTH], cx: &DialectCx) -> bool {
    cx.hints.is_surname(c0) && is_han(c2) && (is_han(c1) || is_space(c1))
}

/// The byte range of `name` in `text` from `from`, white space inside it included.
fn span_of_name(text: &str, from: usize, name: &str) -> (usize, usize) {
    let mut start = from;
    while text[start..].starts_with(is_space) {
        start += text[start..].chars().next().map_or(1, char::len_utf8);
    }
    let mut end = start;
    let mut left = name.chars().count();
    for (i, c) in text[start..].char_indices() {
        if left == 0 {
            break;
        }
        end = start + i + c.len_utf8();
        if !is_space(c) {
            left -= 1;
        }
    }
    (start, end)
}

/// Fewest rows ending in the same words that make those words the unit column's cell, where
/// no separator shows where it starts (`…宣传教育局各处室按职责落实`, `…会议局安监处牵头，各业务
/// 处室配合`): a name the rows repeat is the column's, not the task's words.
const MIN_SHARED_TAIL_ROWS: usize = 3;
/// Longest unit cell looked for among the rows' shared endings.
const MAX_SHARED_TAIL_CHARS: usize = 30;
/// What a shared unit cell ends with: a word saying what the units do (`…按职责落实`,
/// `…牵头，各业务处室配合`). Rows ending in a bare name (`…各分局`) share its last characters
/// with other names (`分局`), which says nothing of where the cell starts.
const SHARED_TAIL_ROLE_ENDINGS: [&str; 6] = ["落实", "负责", "牵头", "配合", "参与", "协助"];

/// For each row (its text), the byte length of the unit cell closing it when the rows share it
/// ([`MIN_SHARED_TAIL_ROWS`]): the shortest ending that reads as units and that many rows
/// share, taken longer while every row sharing it shares the longer one (`各处室按职责落实` to
/// `局各处室按职责落实`, not `…工作局各处室按职责落实`, which fewer rows hold).
fn shared_unit_tails(rows: &[&Text], cx: &DialectCx) -> Vec<Option<usize>> {
    let texts: Vec<&str> = rows.iter().map(|r| r.as_str().trim_end()).collect();
    let endings = |s: &'_ str| -> Vec<usize> {
        s.char_indices()
            .rev()
            .take(MAX_SHARED_TAIL_CHARS)
            .map(|(i, _)| i)
            .collect()
    };
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for s in &texts {
        for i in endings(s) {
            *counts.entry(&s[i..]).or_default() += 1;
        }
    }
    let count = |s: &str| counts.get(s).copied().unwrap_or(0);
    texts
        .iter()
        .map(|s| {
            if !SHARED_TAIL_ROLE_ENDINGS.iter().any(|w| s.ends_with(w)) {
                return None;
            }
            let starts = endings(s);
            let first = starts.iter().position(|&i| {
                count(&s[i..]) >= MIN_SHARED_TAIL_ROWS && cx.hints.looks_like_units(&s[i..])
            })?;
            let shared = count(&s[starts[first]..]);
            let last = starts[first..]
                .iter()
                .take_while(|&&i| count(&s[i..]) == shared)
                .count();
            // (punctuation before the names closes the row's text; the whole row is no cell)
            let cell = s[starts[first + last - 1]..]
                .trim_start_matches(|c: char| is_space(c) || is_cjk_punctuation(c));
            Some(cell.len()).filter(|&len| len > 0 && len < s.len())
        })
        .collect()
}

/// One task row: its text before the units, the unit groups in the unit columns, the text after
/// them in the column after the units (a row number to the 序号 column, a time limit opening or
/// closing the row to the time column, a unit cell the rows share to the units' column).
#[allow(clippy::too_many_arguments)]
fn split_row(
    text: &Text,
    cols: &[ColumnRole],
    content: usize,
    number_col: Option<usize>,
    next_number: u32,
    shared_tail: Option<usize>,
    unit_cols: &[usize],
    lexicon: &Lexicon,
    cx: &DialectCx,
) -> Row {
    let width = cols.len();
    let mut cells: Vec<Cell> = (0..width)
        .map(|_| Cell::new(Text::empty_at(text.source_end())))
        .collect();
    // a time limit last in the row goes to the 时限 column when that column is the last
    // (`…法规处陈 榕2016年3月`)
    // (looked for only then: the tail is read as a time limit a dozen ways)
    let tail = (cols.last() == Some(&ColumnRole::Deadline))
        .then(|| deadline_tail(text.as_str(), cx))
        .flatten()
        .filter(|&at| at > 0);
    let text = &match tail {
        Some(at) => {
            cells[width - 1] = Cell::new(text.slice(at, text.len()));
            text.slice(0, at).trimmed()
        }
        None => text.clone(),
    };
    // a bare row number goes to the 序号 column (run into the time limit after it, the one
    // the rows continue with: `71月…`)
    let dated_col = time_after_number(cols);
    let s = text.as_str();
    let number_len = bare_number_len(s).or_else(|| {
        dated_col
            .and_then(|_| dated_row_number_len(s, next_number, cx))
            .or_else(|| glued_number_len(s))
    });
    let text = match (number_col, number_len) {
        (Some(c), Some(n)) => {
            cells[c] = Cell::new(text.slice(0, n));
            text.slice(n, text.len()).trimmed()
        }
        _ => text.clone(),
    };
    // …and the time limit opening the row to its column (`全年`, `4-12月`)
    let text = match dated_col.zip(deadline_head(text.as_str(), cx)) {
        Some((c, at)) if number_len.is_some() => {
            cells[c] = Cell::new(text.slice(0, at));
            text.slice(at, text.len()).trimmed()
        }
        _ => text,
    };
    let text = &text;
    let s = text.as_str();
    // people printed around the office with no separator (责任领导 | 责任处室 | 责任人:
    // `…江裕森许可处林本勇`): told apart by their surnames
    if let Some(&u) = unit_cols.first() {
        let before = u.checked_sub(1).filter(|&c| cols[c] == ColumnRole::Person);
        let after = Some(u + 1).filter(|&c| cols.get(c) == Some(&ColumnRole::Person));
        if before.is_some() || after.is_some() {
            if let Some(cut) = office_between_people(s, before.is_some(), after.is_some(), cx) {
                cells[content] = Cell::new(text.slice(0, cut.content_end).trimmed());
                if let Some(c) = before {
                    cells[c] = Cell::new(text.slice(cut.content_end, cut.office.0).trimmed());
                }
                cells[u] = Cell::new(text.slice(cut.office.0, cut.office.1));
                if let Some(c) = after {
                    cells[c] = Cell::new(text.slice(cut.office.1, s.len()).trimmed());
                }
                return Row { cells };
            }
        }
    }
    // a table of each unit's share (序号 | 部门 | 主要职责分工: nothing but the number before
    // the units, past the section column in front): the row opens with its unit and its text
    // follows (`区公安局负责指导旅馆业…`)
    if let Some(&u) = unit_cols
        .first()
        .filter(|_| cols.get(1..).is_some_and(units_first))
    {
        let opening = cx
            .hints
            .unit_runs(s, lexicon)
            .into_iter()
            .find(|r| r.start == 0);
        if let Some(run) = opening {
            // (the run may read on into the duty's objects: `区社会事业局负责指导各类学校`)
            let end = s[..run.end]
                .char_indices()
                .skip(1)
                .map(|(i, _)| i)
                .find(|&i| cx.hints.opens_duties(&s[i..]))
                .unwrap_or(run.end);
            cells[u] = Cell::new(text.slice(0, end));
            cells[content] = Cell::new(text.slice(end, text.len()).trimmed());
        } else {
            cells[content] = Cell::new(text.clone());
        }
        return Row { cells };
    }
    let skip = cx.numbering.at_start(s).map(|m| m.len).unwrap_or(0);
    // the units are looked for past the task's own first words: a name read from inside them
    // (市|场监管…开放县卫健局, 乡|村振兴…县档案馆) would swallow the real first unit
    let from = s[skip..]
        .char_indices()
        .nth(MIN_TITLE_CHARS)
        .map_or(s.len(), |(i, _)| skip + i);
    let runs: Vec<_> = cx
        .hints
        .unit_runs(&s[from..], lexicon)
        .into_iter()
        .map(|r| super::super::UnitRun {
            start: r.start + from,
            end: r.end + from,
            groups: r
                .groups
                .iter()
                .map(|&(a, b)| (a + from, b + from))
                .collect(),
        })
        .collect();
    // units right after the task: the first run; units after other text columns: the last
    // (but a run standing alone after white space at the row's end is its own cell, whatever
    // names the task's words hold: `协调做好区行政服务中心等…母婴设施建设 区妇联、区总工会`)
    let right_after = unit_cols.first().is_some_and(|&u| u == content + 1);
    let end = s.trim_end_matches(is_space).len();
    let spaced_last = runs
        .iter()
        .position(|r| r.end == end && s[..r.start].ends_with(is_space));
    // (and with the units' column the table's last, the last run closing the row is that cell,
    // not a name inside the task's words, `优化细化片区、部门协同联动机制…各处室按职责分工负责`:
    // what the units do may follow it, `…交通与建设处、农业农村处负责`, and the runs joined to it
    // by a role word or a list's separator are the same cell, `…信用信息处|牵头，|有关处室、各
    // 分局|配合`)
    let closing_last = (unit_cols.last() == Some(&(width - 1)))
        .then(|| {
            let mut k = runs.iter().rposition(|r| is_role_tail(&s[r.end..end]))?;
            while k > 0 && joins_runs(&s[runs[k - 1].end..runs[k].start]) {
                k -= 1;
            }
            Some(k)
        })
        .flatten();
    let run = match spaced_last.or(closing_last) {
        Some(k) => runs.into_iter().nth(k),
        None if right_after => runs.into_iter().next(),
        None => runs.into_iter().last(),
    };
    // a unit cell the rows share, closing the row in the table's last column, where it starts
    // before the names found (`…宣传教育|局各处室按职责落实`, not `…宣传教育局|各处室…`; a
    // shared ending inside the names found, `…各|分局配合`, says nothing)
    if let (&[u], Some(len)) = (unit_cols, shared_tail) {
        let at = end.saturating_sub(len);
        if u + 1 == width && at > 0 && run.as_ref().is_none_or(|r| at < r.start) {
            cells[u] = Cell::new(text.slice(at, end));
            cells[content] = Cell::new(text.slice(0, at).trimmed());
            return Row { cells };
        }
    }
    let Some(run) = run.filter(|_| !unit_cols.is_empty()) else {
        cells[content] = Cell::new(text.clone());
        return Row { cells };
    };
    // a person's name glued before the first unit when the people's column stands before the
    // units' (`…新增学位900个。张明|县教育局县住建局`): up to the name's level or class
    let mut run = run;
    let mut content_end = run.start;
    let person_col = unit_cols
        .first()
        .and_then(|&u| u.checked_sub(1))
        .filter(|&c| cols[c] == ColumnRole::Person);
    if let (Some(c), Some(&(a, b))) = (person_col, run.groups.first()) {
        if let Some(at) = person_name_end(&s[a..b], cx).map(|n| a + n) {
            cells[c] = Cell::new(text.slice(a, at));
            content_end = a;
            run.start = at;
            run.groups[0].0 = at;
        }
    }
    cells[content] = Cell::new(text.slice(0, content_end).trimmed());
    // the groups into the unit columns: the last group to the last column, the ones before it
    // to the first; a single group after white space (the first cell left empty) goes last
    let spaced = s[..run.start].ends_with(is_space);
    let groups = &run.groups;
    let last_col = *unit_cols.last().unwrap_or(&content);
    let first_col = unit_cols[0];
    if groups.len() == 1 {
        let col = if spaced || unit_cols.len() == 1 {
            last_col
        } else {
            first_col
        };
        cells[col] = Cell::new(text.slice(run.start, run.end));
    } else if let (Some(&(first, _)), Some(&(last_start, _))) = (groups.first(), groups.last()) {
        if unit_cols.len() == 1 {
            cells[last_col] = Cell::new(text.slice(first, run.end));
        } else {
            cells[first_col] = Cell::new(text.slice(first, last_start).trimmed());
            cells[last_col] = Cell::new(text.slice(last_start, run.end));
        }
    }
    let after = text.slice(run.end, text.len()).trimmed();
    // (the units' column last, the row ends with the rest of its assignment: `知识产权处|牵头，
    // 有关处室和各分局配合` is one cell)
    let assignment_runs_on = unit_cols.len() == 1
        && last_col + 1 == width
        && continues_assignment(after.as_str())
        && cx.hints.ends_assignment(after.as_str());
    if assignment_runs_on {
        cells[last_col] = Cell::new(text.slice(run.start, text.len()).trimmed());
    } else if !after.is_blank() {
        match (last_col + 1..width).next() {
            Some(c) => cells[c] = Cell::new(after),
            None => {
                let mut t = cells[content].text.clone();
                t.append(" ", &after);
                cells[content] = Cell::new(t);
            }
        }
    }
    Row { cells }
}
