//! Units: split a unit cell or parenthetical into named units with roles.
//!
//! Handles labelled lists (`牵头单位:X;责任单位:Y`), prose (`X牵头，Y、Z按职责分工负责`,
//! `X牵头Y`), names written together (`区发改委区商务局`) and brackets inside a name
//! (`各镇（街道）`, `区党政办（文秘科、宣传科）`), which never split it.

use crate::document::text::is_han;
use crate::document::{is_space, Lexicon, UnitRun};
use crate::plan::model::{UnitKind, UnitRole};
use crate::plan::text::{is_close, is_open, normalize, split_top_level};
use crate::plan::vocab::{LabelList, Vocabulary};

/// A unit found in a piece of text (byte range into that text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitMatch {
    pub start: usize,
    pub end: usize,
    pub name: String,
    pub role: UnitRole,
    pub kind: UnitKind,
}

/// Longest name a unit can have; anything longer is a sentence, not a name.
const MAX_NAME_CHARS: usize = 40;
/// Longest text that still reads as one unit's name (`市行政审批制度改革工作领导小组办公室`).
const MAX_UNIT_NAME_CHARS: usize = 24;
/// Shortest name split off a run of names written together (区发改委|区商务局).
const MIN_JOINED_NAME_CHARS: usize = 3;
/// Longest cell read as a list of units: a city's cell may list fifteen bureaus and the
/// counties after them (`市发改委、市科技局、…市税务局等市有关单位,各县(市、区)政府`, over 90
/// characters); every name in it must still look like one.
const MAX_UNIT_CELL_CHARS: usize = 200;

/// What a label inside a unit statement introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelKind {
    /// Units in a role (`牵头单位：`).
    Units(UnitRole),
    /// A person (`责任领导：张三`): never a unit.
    Person,
    /// A time limit (`完成时限：`).
    Deadline,
    /// A sentence giving several units their duties (`责任分工：`).
    Duties,
}

/// A label found in a text: where it starts, where its value starts, and what it introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Label {
    pub at: usize,
    pub value: usize,
    pub kind: LabelKind,
}

/// Every label followed by a colon in `text`, outside brackets (or just inside an opening
/// one, a qualifier before it: `（整改责任单位：`), at the start or after a separator
/// (`，牵头单位：…`, `；责任单位：…`); a unit label there may stand before a copula over a list
/// of units instead (`牵头单位为…`, `参加集中宣传的单位有…`).
pub fn labels(text: &str, vocab: &Vocabulary) -> Vec<Label> {
    let mut out = Vec::new();
    // every label is followed by a colon or a word standing for one: only the few positions
    // just before one are tried
    let colons: Vec<usize> = text
        .char_indices()
        .filter(|&(_, c)| matches!(c, ':' | '：') || vocab.label_copula_starts.contains(c))
        .map(|(i, _)| i)
        .collect();
    if colons.is_empty() {
        return out;
    }
    let mut next_colon = 0;
    let mut depth = 0i32;
    let mut prev: Option<char> = None;
    // where the text inside the outermost open bracket starts
    let mut inside_from = 0;
    for (i, c) in text.char_indices() {
        while next_colon < colons.len() && colons[next_colon] <= i {
            next_colon += 1;
        }
        let colon_near = colons
            .get(next_colon)
            .is_some_and(|&k| k - i <= MAX_LABEL_BYTES);
        // a label follows a separator, an opening bracket or a number's mark (1.牵头单位：)
        let boundary = prev.is_none_or(separates_label);
        // (…or after a qualifier of the label just inside it: `（整改|责任单位：`; compared
        // only where a label may start)
        let just_opened = || {
            depth == 1
                && (prev.is_some_and(is_open)
                    || vocab
                        .label_qualifiers
                        .iter()
                        .any(|q| &text[inside_from..i] == q.as_str()))
        };
        // not inside a label already found (牵头|责任单位：)
        let inside_label = out.last().is_some_and(|l: &Label| i < l.value);
        if !inside_label
            && colon_near
            && vocab.label_starts.contains(c)
            && (depth == 0 || just_opened())
        {
            let mut best: Option<(usize, LabelKind)> = None;
            // (the labels starting with this character: one run of the index)
            let index = &vocab.labels_by_first;
            let lo = index.partition_point(|(first, _, _)| *first < c);
            let hi = lo + index[lo..].partition_point(|(first, _, _)| *first == c);
            for (_, list, name) in &index[lo..hi] {
                let kind = &match list {
                    LabelList::Person => LabelKind::Person,
                    LabelList::Deadline => LabelKind::Deadline,
                    LabelList::Duties => LabelKind::Duties,
                    LabelList::Lead => LabelKind::Units(UnitRole::Lead),
                    LabelList::Responsible => LabelKind::Units(UnitRole::Responsible),
                    LabelList::Cooperating => LabelKind::Units(UnitRole::Cooperating),
                };
                if !text[i..].starts_with(name.as_str()) {
                    continue;
                }
                // text that lost its line breaks runs a long label on from the task
                // (`1.习近平法治思想责任单位：…`); a short one (时限) needs a separator
                // (…unless a person's label runs on from a unit's name, as a list of
                // labelled fields does: `…各县市党委和政府责任人：`)
                if !boundary
                    && name.chars().count() < MIN_GLUED_LABEL_CHARS
                    && !(*kind == LabelKind::Person && ends_as_unit(&text[..i], vocab))
                {
                    continue;
                }
                // a notice's addressee (`…领导小组各成员单位：`) is no label: 各 run on from
                // the name before it, not after a separator (`；各配合单位：…`)
                let addressee = vocab.collective.iter().any(|w| {
                    text[..i].strip_suffix(w.as_str()).is_some_and(|before| {
                        before
                            .chars()
                            .next_back()
                            .is_some_and(|p| !separates_label(p))
                    })
                });
                if addressee {
                    continue;
                }
                let mut rest = &text[i + name.len()..];
                // a label for the units and their officers (`责任单位及责任人：`,
                // `落实单位责任人：`)
                if matches!(kind, LabelKind::Units(_)) {
                    let joined = rest.strip_prefix(['及', '和', '与']).unwrap_or(rest);
                    if let Some(tail) = vocab
                        .label_officers
                        .iter()
                        .find_map(|p| joined.strip_prefix(p.as_str()))
                    {
                        rest = tail;
                    }
                }
                // an alternate name in brackets before the colon (`牵头科室(单位)：`,
                // `完成时限（时间）：`)
                if let Some(tail) = label_alternate(rest) {
                    rest = tail;
                }
                let after = rest.trim_start_matches(is_space);
                let value_at = match after.chars().next().filter(|c| matches!(c, ':' | '：')) {
                    Some(colon) => Some(text.len() - after.len() + colon.len_utf8()),
                    // `牵头单位为县政府办公室`: a label of units written into a clause
                    None if boundary && matches!(kind, LabelKind::Units(_)) => {
                        copula_value(after, vocab).map(|v| text.len() - v.len())
                    }
                    None => None,
                };
                if let Some(value) = value_at {
                    if best.is_none_or(|(b, _)| value > b) {
                        best = Some((value, *kind));
                    }
                }
            }
            if best.is_none() && boundary {
                best = participant_label(&text[i..], vocab).map(|v| {
                    (
                        text.len() - v.len(),
                        LabelKind::Units(UnitRole::Cooperating),
                    )
                });
            }
            if let Some((value, kind)) = best {
                // a qualifier before the label is part of it (问题整改|责任单位：, 具体|牵头单位：)
                let at = vocab
                    .label_qualifiers
                    .iter()
                    .filter_map(|q| text[..i].strip_suffix(q.as_str()))
                    .map(str::len)
                    .filter(|&start| {
                        let before = text[..start].chars().next_back();
                        before.is_none_or(|p| {
                            is_space(p) || matches!(p, '，' | ',' | '；' | ';' | '。') || is_open(p)
                        })
                    })
                    .min()
                    .unwrap_or(i);
                out.push(Label { at, value, kind });
            }
        }
        if is_open(c) {
            if depth == 0 {
                inside_from = i + c.len_utf8();
            }
            depth += 1;
        } else if is_close(c) {
            depth = (depth - 1).max(0);
        }
        prev = Some(c);
    }
    out
}

/// The text after a copula standing for a label's colon (`为县政府办公室` → `县政府办公室`),
/// and after a colon that may follow it (`包括：…`).
fn copula_value<'t>(after: &'t str, vocab: &Vocabulary) -> Option<&'t str> {
    let rest = vocab
        .label_copulas
        .iter()
        .find_map(|c| after.strip_prefix(c.as_str()))?;
    let rest = rest.trim_start_matches(is_space);
    let value = rest.strip_prefix([':', '：']).unwrap_or(rest);
    // (the copula must be one, its clause a list of units: not 有关 in `成员单位有关负责同志
    // 参加`, nor `责任单位为第一责任人`)
    let clause = value
        .split(['，', ',', '；', ';', '。'])
        .next()
        .unwrap_or(value);
    looks_like_units(clause, vocab).then_some(value)
}

/// Most characters between a participant label's verb and its `的` (`参加|集中宣传|的单位有`):
/// what the units take part in, said in a few words.
const MAX_PARTICIPATION_CHARS: usize = 12;

/// The text after a label naming units by what they take part in (`参加集中宣传的单位有X、Y`
/// → `X、Y`): a participant verb, a few words with no separator, 的, a participant noun and a
/// copula or colon.
fn participant_label<'t>(text: &'t str, vocab: &Vocabulary) -> Option<&'t str> {
    let rest = vocab
        .participant_verbs
        .iter()
        .find_map(|v| text.strip_prefix(v.as_str()))?;
    for (k, (i, c)) in rest.char_indices().enumerate() {
        if k > MAX_PARTICIPATION_CHARS || separates_label(c) {
            return None;
        }
        if c != '的' {
            continue;
        }
        let after = &rest[i + c.len_utf8()..];
        let Some(tail) = vocab
            .participant_nouns
            .iter()
            .find_map(|n| after.strip_prefix(n.as_str()))
        else {
            continue;
        };
        let tail = tail.trim_start_matches(is_space);
        return match tail.strip_prefix([':', '：']) {
            Some(value) => Some(value),
            None => copula_value(tail, vocab),
        };
    }
    None
}

/// Whether text ends in a character a unit's name ends in (局, 委, 府, 门: `name_ends`).
fn ends_as_unit(text: &str, vocab: &Vocabulary) -> bool {
    text.chars()
        .next_back()
        .is_some_and(|c| vocab.name_ends.contains(c))
}

/// Longest alternate name in brackets after a label (`(单位)`, `（牵头部门）`), in characters.
const MAX_LABEL_ALTERNATE_CHARS: usize = 6;

/// The text after a bracketed alternate name that opens `rest` (`(单位)：…` → `：…`): a few
/// characters with no separator in them.
fn label_alternate(rest: &str) -> Option<&str> {
    let inner = rest.strip_prefix(['(', '（'])?;
    let close = inner.find([')', '）'])?;
    let name = &inner[..close];
    let short = (1..=MAX_LABEL_ALTERNATE_CHARS).contains(&name.chars().count());
    let plain = !name.contains([':', '：', '，', ',', '；', ';', '。', '、', '(', '（']);
    let bracket = inner[close..].chars().next()?.len_utf8();
    (short && plain).then(|| &inner[close + bracket..])
}

/// Whether a label may start after `p`: a separator, an opening bracket, or a number's mark
/// (`，牵头单位：`, `（责任单位：`, `1.牵头单位：`).
fn separates_label(p: char) -> bool {
    is_space(p)
        || matches!(
            p,
            '，' | ',' | '；' | ';' | '。' | '、' | '.' | '．' | '）' | ')' | '：' | ':'
        )
        || is_open(p)
}

/// Farthest a label's start stands from its colon, in bytes: the longest label (具体实施单位,
/// 协同责任单位) and white space before the colon.
const MAX_LABEL_BYTES: usize = 40;
/// Shortest label found run on from the text before it with no separator: 责任单位 and 配合单位
/// are never inside other words; 时限 is (工作时限要求).
const MIN_GLUED_LABEL_CHARS: usize = 4;

/// Shortest clause of a unit cell read as the cell's requirement when it names no unit and
/// opens as a sentence does (`在工作中加强与上级单位沟通对接`): shorter ones are names that
/// open so (于都县, 将乐县, 在城村).
const MIN_CELL_SENTENCE_CHARS: usize = 8;

/// Where units are read: a unit cell or field says it holds units, running text does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reading {
    /// A unit column or labelled field: every name counts.
    Cell,
    /// A clause in running text (a parenthetical, a statement line): a clause naming no unit
    /// (不再列出) gives none.
    Clause,
}

/// Read the units in `text`; units not marked otherwise get `default` role.
pub fn parse_units(text: &str, default: UnitRole, vocab: &Vocabulary) -> Vec<UnitMatch> {
    read_units(text, default, vocab, Reading::Clause)
}

/// Read the units of a unit cell or field, where every name counts.
pub fn parse_cell_units(text: &str, default: UnitRole, vocab: &Vocabulary) -> Vec<UnitMatch> {
    read_units(text, default, vocab, Reading::Cell)
}

fn read_units(
    text: &str,
    default: UnitRole,
    vocab: &Vocabulary,
    reading: Reading,
) -> Vec<UnitMatch> {
    let masked = mask_conventions(text, vocab);
    let text = masked.as_ref();
    let mut out = Vec::new();
    let found = labels(text, vocab);
    // the text before the first label, then each label's value up to the next label
    let first = found.first().map(|l| l.at).unwrap_or(text.len());
    let mut segments: Vec<(usize, usize, Option<LabelKind>)> = vec![(0, first, None)];
    for (k, l) in found.iter().enumerate() {
        let end = found.get(k + 1).map(|n| n.at).unwrap_or(text.len());
        segments.push((l.value.min(end), end, Some(l.kind)));
    }
    for (s, e, kind) in segments {
        match kind {
            Some(LabelKind::Person) | Some(LabelKind::Deadline) => {}
            Some(LabelKind::Units(role)) => {
                for (a, b) in split_top_level(&text[s..e], &['；', ';', '。']) {
                    // the label's sentence names the units; a sentence after it is a note
                    // (`责任单位：X、Y按职责分工负责。具体任务均涉及…`) unless it lists units too
                    let after_stop = text[..s + a].ends_with('。');
                    if after_stop && !looks_like_units(&text[s + a..s + b], vocab) {
                        break;
                    }
                    // a 责任单位 label over units that say their own roles (责任单位：X牵头，Y配合)
                    // is read as they say: X leads, Y cooperates
                    if role == UnitRole::Responsible && states_roles(&text[s + a..s + b], vocab) {
                        prose(text, s + a, s + b, role, vocab, reading, &mut out);
                    } else {
                        list(text, s + a, s + b, role, vocab, &mut out);
                    }
                }
            }
            Some(LabelKind::Duties) => duties(text, s, e, vocab, &mut out),
            None => {
                for (a, b) in split_top_level(&text[s..e], &['；', ';', '。']) {
                    prose(text, s + a, s + b, default, vocab, reading, &mut out);
                }
            }
        }
    }
    // a name is written in words: a year or an amount slid into a unit cell (`2024`) names none
    out.retain(|u| {
        text[u.start..u.end]
            .chars()
            .any(crate::document::text::is_han)
    });
    out
}

/// Whether a list of units marks its lead or cooperating units itself (`X牵头，Y配合`): a lead
/// marker, or a cooperating marker after a name, outside brackets.
fn states_roles(list: &str, vocab: &Vocabulary) -> bool {
    top_level_marker(list, &vocab.lead_markers, vocab).is_some()
        || top_level_marker(list, &vocab.cooperating_markers, vocab).is_some_and(|(at, _)| at > 0)
}

/// The text with brackets that state a convention (`（列第一位为牵头单位，下同）`) blanked, byte
/// for byte, so that no unit is read from them and offsets still hold.
fn mask_conventions<'t>(text: &'t str, vocab: &Vocabulary) -> std::borrow::Cow<'t, str> {
    if !mentions_convention(text, vocab) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = text.to_owned();
    let mut depth = 0i32;
    let mut open_at = 0;
    for (i, c) in text.char_indices() {
        if is_open(c) {
            if depth == 0 {
                open_at = i;
            }
            depth += 1;
        } else if is_close(c) && depth > 0 {
            depth -= 1;
            if depth == 0 {
                let close = i + c.len_utf8();
                let open_len = text[open_at..].chars().next().map_or(1, char::len_utf8);
                if states_convention(&text[open_at + open_len..i], vocab) {
                    out.replace_range(open_at..close, &" ".repeat(close - open_at));
                }
            }
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether the inside of a bracket states a convention of the plan (`列第一位为牵头单位，下同`)
/// rather than assigning its task. A bracket that opens with a unit label assigns, whatever
/// note follows (`〔责任单位：X、Y按职责分工负责。具体任务均涉及…，下同。〕`).
pub fn states_convention(inside: &str, vocab: &Vocabulary) -> bool {
    mentions_convention(inside, vocab) && !opens_with_unit_label(inside, vocab)
}

/// The sentences of a convention bracket before the one stating the convention
/// (`省经信委、省发改委负责。责任单位两个以上的，列第一者为牵头单位，下同` → `省经信委、省发改委负责`):
/// they may assign the bracket's own task. Empty when the convention comes first.
/// …or, when the convention runs on in the first sentence after a comma (`市发展改革委、
/// 市财政局等负责，列第一位者为牵头单位，下同`), the clauses before it when they end as a unit
/// statement does (`负责`) or when `lists_units` accepts them (`市税务局、市财政局，各县市、
/// 区政府，列第一位的为牵头单位，下同`: the names alone).
pub fn before_convention<'s>(
    inside: &'s str,
    vocab: &Vocabulary,
    lists_units: impl Fn(&str) -> bool,
) -> &'s str {
    let stops = |part: &str| mentions_convention(part, vocab);
    match sentences_before(inside, stops) {
        "" => {
            let own = parts_before(inside, &['，', ','], stops);
            let states = vocab
                .statement_endings
                .iter()
                .any(|w| own.ends_with(w.as_str()));
            if states || lists_units(own) {
                own
            } else {
                ""
            }
        }
        own => own,
    }
}

/// The sentences of a bracket's inside before the first that `stops` (a convention, a rule
/// for the whole document), their closing punctuation left out: what the bracket says of its
/// own task. Empty when the first sentence stops.
pub fn sentences_before(inside: &str, stops: impl Fn(&str) -> bool) -> &str {
    parts_before(inside, &['。', '；', ';'], stops)
}

/// The parts of a text, split at `seps`, before the first that `stops`, the separators at
/// their end left out.
fn parts_before<'s>(inside: &'s str, seps: &[char], stops: impl Fn(&str) -> bool) -> &'s str {
    let mut end = 0;
    for (a, b) in split_top_level(inside, seps) {
        if stops(&inside[a..b]) {
            break;
        }
        end = b;
    }
    inside[..end].trim_end_matches(|c: char| is_space(c) || seps.contains(&c))
}

/// Whether a name ends in words that end like a unit's name but name none (发布会, 平台,
/// 调度会): 研究所 and 发布会 end like names; the first is one (a longer unit ending wins),
/// the second not.
pub(crate) fn ends_as_no_unit(name: &str, vocab: &Vocabulary) -> bool {
    if is_town_name(name, vocab) {
        return false;
    }
    let longest = |endings: &[String]| {
        endings
            .iter()
            .filter(|w| name.ends_with(w.as_str()))
            .map(|w| w.chars().count())
            .max()
    };
    let named_by_ending = longest(&vocab.unit_endings);
    longest(&vocab.not_unit_endings).is_some_and(|n| named_by_ending.is_none_or(|m| n >= m))
}

/// Whether a name is one character and a town word (`岚城乡`, `潭城镇`): a township, though
/// the word ends phrases too (`统筹城乡`).
fn is_town_name(name: &str, vocab: &Vocabulary) -> bool {
    let mut chars = name.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest = chars.as_str();
    crate::document::text::is_han(first)
        && !vocab.town_name_not_first.contains(&first)
        && vocab.town_name_words.iter().any(|w| w == rest)
}

/// Whether a text uses the words of a convention (下同, 列第一位为牵头…).
fn mentions_convention(text: &str, vocab: &Vocabulary) -> bool {
    text.contains("下同")
        || vocab
            .lead_first_markers
            .iter()
            .chain(&vocab.lead_before_comma_markers)
            .chain(&vocab.lead_mark_notes)
            .any(|m| m.is_match(text))
}

/// Whether a text opens with a unit label (`责任单位：`), white space aside.
pub(crate) fn opens_with_unit_label(text: &str, vocab: &Vocabulary) -> bool {
    let lead_ws = text.len() - text.trim_start_matches(is_space).len();
    labels(text, vocab)
        .first()
        .is_some_and(|l| l.at == lead_ws && matches!(l.kind, LabelKind::Units(_)))
}

/// Whether the clause `sub`, at `at` in `text`, puts its units in charge of the work: `由X负责`
/// (after 由, or opening with it), as `X牵头` does — the units the work is given to by name.
fn put_in_charge(text: &str, at: usize, sub: &str) -> bool {
    (text[..at].trim_end_matches(is_space).ends_with('由')
        || sub.trim_start_matches(is_space).starts_with('由'))
        && sub.contains(crate::plan::assign::DUTY_OPENER)
}

/// A clause in prose: `X牵头，Y、Z按职责分工负责`, `X牵头Y`, `X，Y配合`.
fn prose(
    text: &str,
    start: usize,
    end: usize,
    default: UnitRole,
    vocab: &Vocabulary,
    reading: Reading,
    out: &mut Vec<UnitMatch>,
) {
    let clause = &text[start..end];
    let first_new = out.len();
    let mut after_lead = false;
    let mut saw_lead = false;
    let mut saw_cooperating = false;
    for (s, e) in split_top_level(clause, &['，', ',']) {
        let (s, e) = (start + s, start + e);
        let sub = &text[s..e];
        // "X会同Y": X leads, Y cooperates
        let joint_at = (default != UnitRole::Lead)
            .then(|| top_level_marker(sub, &vocab.joint_markers, vocab))
            .flatten()
            .filter(|&(at, _)| at > 0);
        if let Some((at, len)) = joint_at {
            list(text, s, s + at, UnitRole::Lead, vocab, out);
            list(text, s + at + len, e, UnitRole::Cooperating, vocab, out);
            after_lead = true;
            saw_lead = true;
            continue;
        }
        let lead_at = (default != UnitRole::Lead)
            .then(|| top_level_marker(sub, &vocab.lead_markers, vocab))
            .flatten();
        if let Some((at, len)) = lead_at {
            list(text, s, s + at, UnitRole::Lead, vocab, out);
            list(text, s + at + len, e, UnitRole::Responsible, vocab, out);
            after_lead = true;
            saw_lead = true;
            continue;
        }
        // the marker follows the names: "Y、Z配合", not "配合Y"
        let cooperating = default != UnitRole::Lead
            && top_level_marker(sub, &vocab.cooperating_markers, vocab)
                .is_some_and(|(at, _)| at > 0);
        let role = if cooperating {
            saw_cooperating = true;
            UnitRole::Cooperating
        } else if after_lead && default == UnitRole::Responsible {
            UnitRole::Responsible
        } else if !saw_lead && default == UnitRole::Responsible && put_in_charge(text, s, sub) {
            UnitRole::Lead
        } else {
            default
        };
        let before = out.len();
        list(text, s, e, role, vocab, out);
        // in prose, a clause that names no unit at all (不再列出) gives none; a list with one
        // full name keeps its abbreviated ones (金井湾、岚城、流水片区指挥部). In a cell, a
        // clause naming none that opens as a sentence does (`…牵头办理，在工作中加强…`) is
        // the cell's requirement, not a name
        let opens_sentence = || {
            let t = sub.trim_matches(is_space);
            t.chars().count() >= MIN_CELL_SENTENCE_CHARS
                && !t.contains('、')
                && vocab
                    .subject_verbs
                    .iter()
                    .any(|v| t.starts_with(v.as_str()))
        };
        if (reading == Reading::Clause || opens_sentence())
            && !out[before..]
                .iter()
                .any(|u| looks_like_name(&u.name, vocab))
        {
            out.truncate(before);
        }
    }
    // "X，Y配合": the units not marked cooperating lead — unless a clause before named the
    // lead (`A、B牵头；C、D，E配合`: C and D do not lead)
    let led_before = out[..first_new].iter().any(|u| u.role == UnitRole::Lead);
    if saw_cooperating && !saw_lead && !led_before && default == UnitRole::Responsible {
        for u in out[first_new..].iter_mut() {
            if u.role == UnitRole::Responsible {
                u.role = UnitRole::Lead;
            }
        }
    }
}

/// A duty sentence: `区规划局负责规划编制，乡镇人民政府组织实施，区直有关部门配合`. Each comma
/// clause names its units first; a clause saying 配合 names cooperating units, one saying
/// 牵头 the lead, the others responsible ones. A clause whose first words are no unit's name
/// is prose.
fn duties(text: &str, start: usize, end: usize, vocab: &Vocabulary, out: &mut Vec<UnitMatch>) {
    for (a, b) in split_top_level(&text[start..end], &['，', ',', '；', ';', '。']) {
        let (s, e) = (start + a, start + b);
        let sub = &text[s..e];
        // the units are the longest run of names the clause opens with; their role is the
        // first duty word after them (区交通与建设局业务检查指导并协助… leads no one, helps no one:
        // it is responsible for the checking)
        let names_end = name_prefix(sub, vocab).map(|l| s + l);
        let after = &text[names_end.unwrap_or(s)..e];
        let first = |markers: &[String]| {
            markers
                .iter()
                .filter_map(|m| after.find(m.as_str()))
                .min()
                .unwrap_or(usize::MAX)
        };
        let (coop, lead, duty) = (
            first(&vocab.cooperating_markers),
            first(&vocab.lead_markers),
            first(&vocab.tail_markers),
        );
        let role = if coop < usize::MAX && coop <= lead && coop <= duty {
            UnitRole::Cooperating
        } else if lead < usize::MAX && lead <= duty {
            UnitRole::Lead
        } else {
            UnitRole::Responsible
        };
        if let Some(names_end) = names_end {
            let before = out.len();
            list(text, s, names_end, role, vocab, out);
            let named = out[before..]
                .iter()
                .take_while(|u| looks_like_name(&u.name, vocab))
                .count();
            out.truncate(before + named);
        }
    }
}

/// Longest list of names a clause opens with (`区交通与建设局业务检查指导` → 区交通与建设局,
/// `其他项目由各片区开发管理局负责实施` → …开发管理局): the byte length of the prefix.
pub(crate) fn name_prefix(clause: &str, vocab: &Vocabulary) -> Option<usize> {
    // the longest names a duty word follows (所在乡镇人民政府|组织实施), else the longest names
    let mut longest = None;
    let mut marked = None;
    let mut depth = 0i32;
    for (i, c) in clause.char_indices().take(MAX_NAME_CHARS * 2) {
        if is_open(c) {
            depth += 1;
        } else if is_close(c) {
            depth = (depth - 1).max(0);
        }
        let end = i + c.len_utf8();
        if depth > 0 {
            continue;
        }
        let last = clause[..end].rsplit(['、', '，', ',']).next().unwrap_or("");
        let last = strip_lead_in(last, vocab);
        // a duty word inside means the names ended before it (…建设局业务检查指导并协助…局)
        let duty_inside = vocab
            .tail_markers
            .iter()
            .any(|m| last.get(3..).is_some_and(|rest| rest.contains(m.as_str())));
        if !last.is_empty() && !duty_inside && looks_like_name(last, vocab) {
            longest = Some(end);
            if duty_word_at(&clause[end..], vocab) {
                marked = Some(end);
            }
        }
    }
    marked.or(longest)
}

/// Words that, right after a subject's names, mark them as the ones doing the work (负责,
/// 牵头 …): the subject is stated plainly, not merely mentioned.
fn strong_after(rest: &str, vocab: &Vocabulary) -> bool {
    let rest = rest.strip_prefix('要').unwrap_or(rest);
    // 负责人 and 负责同志 are persons, not the duty word 负责 (`marker_nouns`; 负责人口 is 负责)
    if vocab.marker_in_name(rest) {
        return false;
    }
    vocab
        .lead_markers
        .iter()
        .chain(&vocab.cooperating_markers)
        .chain(vocab.statement_endings.iter())
        .any(|m| rest.starts_with(m.as_str()))
        || ["会同", "统筹", "组织", "起草", "具体负责"]
            .iter()
            .any(|m| rest.starts_with(m))
}

/// Whether a duty word (负责, 牵头, 承办, 配合 …) or a verb that follows a subject opens `rest`.
pub fn duty_word_at(rest: &str, vocab: &Vocabulary) -> bool {
    after_time_limit(rest).is_some()
        || names_duty_role(rest, vocab)
        || !vocab.marker_in_name(rest)
            && vocab
                .tail_markers
                .iter()
                .chain(&vocab.subject_verbs)
                .chain(&vocab.statement_endings)
                .chain(&vocab.lead_markers)
                .chain(&vocab.cooperating_markers)
                .any(|m| rest.starts_with(m.as_str()))
}

/// The copula that states a subject's role (`各县(市、区)人民政府是工程建设的主体`).
const DUTY_COPULA: &str = "是";

/// Whether `rest` says the subject before it is the one that carries the work: `是…的责任
/// 主体`, a role of `duty_roles` within its clause.
fn names_duty_role(rest: &str, vocab: &Vocabulary) -> bool {
    let Some(after) = rest.strip_prefix(DUTY_COPULA) else {
        return false;
    };
    let clause = after
        .find(['，', ',', '。', '；', ';'])
        .map_or(after, |e| &after[..e]);
    vocab.duty_roles.iter().any(|r| clause.contains(r.as_str()))
}

/// Figures a time limit counts in (`2023年`, `十二月`).
pub(crate) const TIME_FIGURES: &str = "0123456789０１２３４５６７８９一二三四五六七八九十〇两";
/// What a figure counts in a time limit.
const TIME_MEASURES: [char; 4] = ['年', '月', '日', '号'];
/// Time limits written without a figure (`年底前`, `年内`), longest first.
const TIME_WORDS: [&str; 5] = ["年底前", "年末前", "年底", "年内", "年末"];
/// How a time limit ends: the point by which the work is done.
const TIME_ENDS: [&str; 10] = [
    "底前",
    "末前",
    "中旬前",
    "上旬前",
    "下旬前",
    "之前",
    "以前",
    "前",
    "内",
    "底",
];

/// The text after a time limit that a subject's verb follows (`各县、区2023年底前|遴选…`,
/// `县民政局6月底前|完成…`): the limit stands between the subject and its work, so the
/// names before it are the subject. None when `rest` does not open with such a limit, or no
/// verb follows it.
fn after_time_limit(rest: &str) -> Option<&str> {
    let mut at = 0;
    let mut counted = false;
    loop {
        let digits = rest[at..]
            .char_indices()
            .find(|&(_, c)| !TIME_FIGURES.contains(c))
            .map_or(rest.len() - at, |(i, _)| i);
        if digits == 0 {
            break;
        }
        let after = &rest[at + digits..];
        let measure = after.chars().next().filter(|c| TIME_MEASURES.contains(c))?;
        at += digits + measure.len_utf8();
        counted = true;
    }
    let after = if counted {
        let end = TIME_ENDS.iter().find(|e| rest[at..].starts_with(*e))?;
        &rest[at + end.len()..]
    } else {
        let word = TIME_WORDS.iter().find(|w| rest.starts_with(*w))?;
        &rest[word.len()..]
    };
    after.chars().next().is_some_and(is_han).then_some(after)
}

/// Longest subject of a sentence read as one unit's name without an administrative prefix
/// (`乡镇政府`, `建设项目牵头单位`); longer ones are phrases that happen to end in 单位.
const MAX_BARE_SUBJECT_CHARS: usize = 8;

/// Whether a heading's title only names units (`市民政局`, `区财政局、区税务局`), each as a
/// sentence's subject would: a 责任清单 heads each unit's duties with it.
pub fn is_unit_list(title: &str, vocab: &Vocabulary) -> bool {
    if !ends_like_units(title, vocab) {
        return false;
    }
    let units = parse_cell_units(title, UnitRole::Responsible, vocab);
    !units.is_empty()
        && looks_like_units(title, vocab)
        && units.iter().all(|u| looks_like_subject(&u.name, vocab))
}

/// Whether the text after a list's separator is its duty word, the separator a slip
/// (`镇政府、各行政村、要按照分工…`): a duty word no name opens with (not `、应急办会同…`).
fn stray_separator_before(after: &str, vocab: &Vocabulary) -> bool {
    duty_word_at(after, vocab) && name_prefix(after, vocab).is_none()
}

/// Whether the words a sentence opens with name a unit: a name that opens with an
/// administrative prefix or 各, or a short one.
fn looks_like_subject(name: &str, vocab: &Vocabulary) -> bool {
    let first = name.chars().next();
    // a clause opening with a verb (建立健全党委…) has no subject (`应急管理部门` opens with
    // a sector, not 应)
    let verb_first = vocab.subject_openers.opens(name) && !opens_with_verb_like_sector(name, vocab);
    // a phrase that describes a group (不同类型青年集聚的团组织) is no subject that does work,
    // nor a part's heading run on into its first sentence (`其他要求|各村要…`)
    !verb_first
        && !opens_phrase_of_work(name, vocab)
        && !name.contains('的')
        && !vocab
            .safeguard_headings
            .iter()
            .any(|w| name.starts_with(w.as_str()))
        && looks_like_name(name, vocab)
        && (first
            .is_some_and(|c| vocab.opens_unit_name(c) || vocab.own_organ_prefixes.contains(&c))
            || name.chars().count() <= MAX_BARE_SUBJECT_CHARS
            || name.ends_with(vocab.bureau_endings.as_slice())
                && name.chars().count() <= MAX_BARE_BUREAU_CHARS
            // (departments named by their sectors: `人力资源和社会保障部门`)
            || is_sector_departments(name, vocab))
}

/// Whether a name or a list of names opens with a verb of work (`phrase_verbs`: `创建国家级
/// 示范区`, `检查政法部门`): a phrase of work, not a unit — unless an office's word alone follows
/// the verb, an office's short name (`创建办`, `培育中心`: `phrase_verb_offices`).
fn opens_phrase_of_work(text: &str, vocab: &Vocabulary) -> bool {
    vocab.phrase_verbs.iter().any(|v| {
        text.strip_prefix(v.as_str()).is_some_and(|rest| {
            let first = rest.split(['、', '，', ',']).next().unwrap_or(rest);
            !vocab.phrase_verb_offices.iter().any(|o| first == o)
        })
    })
}

/// The byte length of a bracket giving the short form of the name before it (`（以下简称
/// 县发改委）`, `(以下简称“国务院经普办”)`), through its closing bracket (brackets inside it
/// nest), if `text` opens with one: it follows the name and is no part of it.
fn alias_len(text: &str, vocab: &Vocabulary) -> Option<usize> {
    let open = text.chars().next().filter(|&c| c == '（' || c == '(')?;
    let inner = &text[open.len_utf8()..];
    vocab
        .alias_openers
        .iter()
        .find(|w| inner.starts_with(w.as_str()))?;
    let mut depth = 1usize;
    text.char_indices().skip(1).find_map(|(i, c)| {
        if is_open(c) {
            depth += 1;
        } else if is_close(c) {
            depth -= 1;
        }
        (depth == 0).then(|| i + c.len_utf8())
    })
}

/// `text` past a short-form bracket it opens with (see [`alias_len`]).
fn past_alias<'t>(text: &'t str, vocab: &Vocabulary) -> &'t str {
    alias_len(text, vocab).map_or(text, |n| &text[n..])
}

/// The byte length of the names `text` opens with when `followed` holds for what comes after
/// them (the names after 以 before 牵头, after 与 before 联合).
fn named_before(text: &str, vocab: &Vocabulary, followed: impl Fn(&str) -> bool) -> Option<usize> {
    name_prefix(text, vocab).filter(|&n| followed(&text[n..]))
}

/// Longest bureau's name (`bureau_endings`) read as a subject without an administrative prefix.
const MAX_BARE_BUREAU_CHARS: usize = 14;

/// The units a prose clause opens with as its subject (`区财政金融局负责安排专项资金`,
/// `由区社会事业局、区社会事业中心起草…`, `县人大、政协要牵头组织…`): their byte range,
/// their role (牵头 → lead, 配合 → cooperating), and whether the clause says plainly that they
/// do the work (由…, 负责, 牵头) rather than only opening with them.
pub fn prose_subject(clause: &str, vocab: &Vocabulary) -> Option<(usize, usize, UnitRole, bool)> {
    let lead_ws = clause.len() - clause.trim_start_matches(is_space).len();
    let mut start = lead_ws;
    let mut by = false;
    if let Some(w) = vocab
        .lead_in
        .iter()
        .find(|w| clause[start..].starts_with(w.as_str()))
    {
        start += w.len();
        by = true;
    }
    // who leads, named after 以 (`以城区残联牵头，展开…`): 以 otherwise opens no subject
    // (`以县为单位组织…`); the partner the work is done with: `与诸暨市民政局联合开展…`
    let clause_from = &clause[start..];
    let leading = clause_from
        .strip_prefix(LEADING_WITH_WORD)
        .filter(|rest| !rest.starts_with(NOT_AFTER_LEADING_WITH))
        .and_then(|rest| {
            named_before(rest, vocab, |after| {
                vocab
                    .lead_markers
                    .iter()
                    .any(|m| after.starts_with(m.as_str()))
            })
            .map(|n| (rest, n, UnitRole::Lead))
        });
    let partner = || {
        clause_from.strip_prefix(PARTNER_WORD).and_then(|rest| {
            named_before(rest, vocab, |after| {
                JOINT_WORDS.iter().any(|w| after.starts_with(w))
            })
            .map(|n| (rest, n, UnitRole::Cooperating))
        })
    };
    if let Some((rest, n, role)) = leading.or_else(partner) {
        let at = clause.len() - rest.len();
        return Some((at, at + n, role, true));
    }
    let mut at = start;
    let mut end;
    // departments named by their sectors alone (`商务、市场监管、教育等部门应…`)
    // (…or levels sharing one body: `县、镇政府全面落实…`)
    let sectors = sector_list_end(&clause[start..], vocab)
        .or_else(|| level_list_end(&clause[start..], vocab))
        .map(|e| start + e);
    loop {
        if let Some(e) = sectors {
            end = e;
            break;
        }
        // the names at `at`: the first one a strong duty word follows (`各乡镇|负责组织各相关职能
        // 部门开展…`), else the longest one a duty word follows
        let mut longest_marked = None;
        let mut first_strong = None;
        // (a list inside brackets is part of the name: `各县（市、区）要…`)
        let mut depth = 0i32;
        for (i, c) in clause[at..].char_indices().take(MAX_UNIT_NAME_CHARS) {
            // (a name's short form in brackets, `（以下简称“县经普办”）`, ends the name)
            if depth == 0 && alias_len(&clause[at + i..], vocab).is_some() {
                break;
            }
            if is_open(c) {
                depth += 1;
            } else if is_close(c) {
                depth = (depth - 1).max(0);
            }
            if depth > 0 {
                continue;
            }
            if matches!(c, '、' | '，' | ',' | '。' | '；' | ';') {
                break;
            }
            let e = at + i + c.len_utf8();
            // the first name must read as a subject; the ones listed after it as names
            let name = &clause[at..e];
            // (after 由 the words can only be who does the work: a long name without a level
            // is one there, `由蓝田县猿人遗址文管所负责`)
            let fits = if at == start && !by {
                // (a role word inside after words that name no one is the sentence's verb:
                // `全力|协助|卫生部门完成…` has no subject)
                let role_after_no_name = || {
                    vocab
                        .cooperating_markers
                        .iter()
                        .chain(&vocab.lead_markers)
                        .any(|m| {
                            name.find(m.as_str()).is_some_and(|k| {
                                // (not a role's name: `各牵头单位`, where a class follows)
                                k > 0
                                    && !looks_like_name(&name[..k], vocab)
                                    && looks_like_name(&name[k + m.len()..], vocab)
                            })
                        })
                };
                looks_like_subject(name, vocab) && !role_after_no_name()
            } else if at == start {
                // (…but a class of units inside is a role before the name: `由包片单位县职教中心`)
                let inner = ETC_CLASSES
                    .iter()
                    .find_map(|c| name.strip_suffix(c))
                    .unwrap_or(name);
                looks_like_name(name, vocab)
                    && !name.contains('的')
                    && !ETC_CLASSES.iter().any(|c| inner.contains(c))
            } else {
                looks_like_name(name, vocab)
            };
            let rest = past_alias(&clause[e..], vocab);
            if i == 0 || !fits || ends_inside_a_word(name, rest, vocab) {
                continue;
            }
            // (after 由 the unit may count the officers it sends before the duty word:
            // `由市煤炭工业局1名县级领导带队`)
            let rest = if by { past_officer(rest, vocab) } else { rest };
            if first_strong.is_none() && strong_after(rest, vocab) {
                first_strong = Some(e);
            }
            if duty_word_at(rest, vocab) || rest.starts_with(['、', '，', ',']) {
                longest_marked = Some(e);
            }
        }
        end = first_strong.or(longest_marked)?;
        let rest = past_alias(&clause[end..], vocab);
        match rest.strip_prefix('、') {
            // (a separator left before the duty word ends the list: `镇政府、各行政村、要…`)
            Some(after) if stray_separator_before(after, vocab) => break,
            Some(after) if !after.is_empty() => at = clause.len() - after.len(),
            _ => break,
        }
    }
    // a list of names must end in a duty word, not in punctuation (nor in a stray separator
    // before it)
    let after_list = past_alias(&clause[end..], vocab);
    let after_list = if by {
        past_officer(after_list, vocab)
    } else {
        after_list
    };
    let duty = after_list
        .strip_prefix('、')
        .filter(|after| stray_separator_before(after, vocab))
        .unwrap_or(after_list);
    if !duty_word_at(duty, vocab) {
        return None;
    }
    let rest = &clause[end..];
    // "X会同Y研究…": the subject leads, and the units it works with follow the marker
    if let Some(m) = vocab
        .joint_markers
        .iter()
        .find(|m| rest.starts_with(m.as_str()))
    {
        let after = end + m.len();
        if let Some(names) = name_prefix(&clause[after..], vocab) {
            return Some((start, after + names, UnitRole::Lead, true));
        }
    }
    // (the role word after the officers a unit sends: `1名县级领导带队` leads)
    let head: String = after_list.chars().take(4).collect();
    let role = if vocab.lead_markers.iter().any(|m| head.contains(m.as_str())) {
        UnitRole::Lead
    } else if vocab
        .cooperating_markers
        .iter()
        .any(|m| head.contains(m.as_str()))
    {
        UnitRole::Cooperating
    } else {
        UnitRole::Responsible
    };
    Some((start, end, role, by || strong_after(rest, vocab)))
}

/// Longest officer named after a unit before its duty word (`1名县级领导`).
const MAX_OFFICER_CHARS: usize = 10;
/// Figures counting the officers a unit sends (`1名`, `一名`, `两名`).
const OFFICER_COUNT_DIGITS: &str = "0123456789一二两三四五";

/// The text after the officers a unit sends to lead the work, counted, before its duty word
/// (`由市煤炭工业局1名县级领导|带队`): the unit does the work through them. The text itself
/// when no such officers and duty word follow. (An officer not counted is a leader named by
/// post, `由县政府主要领导牵头`, `由县委常委、政法委书记牵头`, and no unit does the work.)
fn past_officer<'a>(rest: &'a str, vocab: &Vocabulary) -> &'a str {
    let figures = rest
        .char_indices()
        .find(|&(_, c)| !OFFICER_COUNT_DIGITS.contains(c))
        .map_or(rest.len(), |(i, _)| i);
    if figures == 0 || !rest[figures..].starts_with('名') {
        return rest;
    }
    for (n, (i, c)) in rest.char_indices().enumerate() {
        if n >= MAX_OFFICER_CHARS || !(is_han(c) || c.is_ascii_digit()) {
            break;
        }
        let (officer, after) = rest.split_at(i + c.len_utf8());
        if vocab
            .officer_endings
            .iter()
            .any(|w| officer.ends_with(w.as_str()))
            && duty_word_at(after, vocab)
        {
            return after;
        }
    }
    rest
}

/// The word before a partner the work is done with (`与…联合开展`).
const PARTNER_WORD: &str = "与";
/// The word before the unit that leads, when a lead marker follows the name (`以城区残联牵头`).
const LEADING_WITH_WORD: &str = "以";
/// Characters that make 以 the first of a word (以及, 以上, 以下, 以后, 以便, 以免, 以来), not the
/// word before a lead.
const NOT_AFTER_LEADING_WITH: [char; 7] = ['及', '上', '下', '后', '便', '免', '来'];
/// Words saying the work is done together with that partner.
const JOINT_WORDS: [&str; 3] = ["联合", "共同", "合作"];

/// Longest sector a department is named by alone in a list closed by 等部门 (`交通运输`,
/// `文化旅游`, `人力资源社会保障`); longer pieces are phrases of work.
const MAX_SECTOR_CHARS: usize = 8;
/// Fewest sectors such a list names: one bare word before 等部门 (`农业等部门`) is as often a
/// field of work as a department.
const MIN_SECTORS: usize = 2;
/// The class that closes a list of sectors as departments (`…等单位` closes places, venues
/// and businesses as often).
const SECTOR_CLASSES: [&str; 1] = ["部门"];
/// Words opening a clause before the names it mentions (`经教育、公安等部门批准`,
/// `向发改、财政等部门报告`): the names are no subject.
const SECTOR_OPENERS: [&str; 8] = ["经", "向", "通过", "协调", "邀请", "请", "按", "会同"];
/// Words between 等 and the class (`等各有关部门`, `等相关职能部门`).
const SECTOR_CLASS_WORDS: [&str; 4] = ["各", "有关", "相关", "职能"];

/// The byte length of a list of departments named by their sectors alone and closed by 等 and
/// a class (`商务、市场监管、教育等部门应…`, `宣传、工商等各有关部门和县(市)区要…`), with any
/// names joined on after the class, when the clause opens with one and a duty word follows.
fn sector_list_end(clause: &str, vocab: &Vocabulary) -> Option<usize> {
    if SECTOR_OPENERS.iter().any(|w| clause.starts_with(w))
        || vocab
            .subject_prepositions
            .iter()
            .any(|w| clause.starts_with(w.as_str()))
    {
        return None;
    }
    let Some(etc) = clause.find('等') else {
        return sector_class_list_end(clause, vocab);
    };
    let pieces: Vec<&str> = clause[..etc].split('、').collect();
    if pieces.len() < MIN_SECTORS || !pieces.iter().all(|p| is_sector(p, vocab)) {
        return None;
    }
    let mut rest = &clause[etc + '等'.len_utf8()..];
    while let Some(w) = SECTOR_CLASS_WORDS.iter().find(|w| rest.starts_with(*w)) {
        rest = &rest[w.len()..];
    }
    let class = SECTOR_CLASSES.iter().find(|c| rest.starts_with(*c))?;
    rest = &rest[class.len()..];
    // names joined on after the class (`…等各有关部门和县(市)区要`)
    if let Some(j) = ETC_JOINERS.iter().find(|j| rest.starts_with(*j)) {
        let after = &rest[j.len()..];
        if let Some(n) = name_prefix(after, vocab) {
            rest = &after[n..];
        }
    }
    duty_word_at(rest, vocab).then_some(clause.len() - rest.len())
}

/// The byte length of levels of government sharing their body (`县、镇政府`, `市、县、乡政府`),
/// when the clause opens with them and a duty word follows: one collective, the governments
/// at each level, as printed.
fn level_list_end(clause: &str, vocab: &Vocabulary) -> Option<usize> {
    let admin = |c: char| vocab.admin_prefixes.contains(&c);
    // (…or each of them, the body left unsaid: `各县、区要…` — every county and district)
    let each = vocab
        .collective
        .iter()
        .find(|w| clause.starts_with(w.as_str()));
    let mut chars = clause[each.map_or(0, |w| w.len())..].char_indices();
    let from = each.map_or(0, |w| w.len());
    let mut levels = 0;
    loop {
        let (_, c) = chars.next()?;
        if !admin(c) {
            return None;
        }
        levels += 1;
        match chars.clone().next() {
            Some((_, '、')) => {
                chars.next();
            }
            Some((at, _)) if levels >= 2 => {
                let mut at = from + at;
                // (the levels counted before their body: `省、市、县三级政府`, `市、县两级`)
                if let Some(count) = level_count_len(&clause[at..], levels) {
                    at += count;
                }
                let rest = &clause[at..];
                let body = vocab
                    .level_bodies
                    .iter()
                    .filter(|b| rest.starts_with(b.as_str()))
                    .max_by_key(|b| b.len());
                let end = match body {
                    Some(body) => at + body.len(),
                    None if each.is_some() => at,
                    None => return None,
                };
                return duty_word_at(&clause[end..], vocab).then_some(end);
            }
            _ => return None,
        }
    }
}

/// The word counting levels before their body (`三级`, `两级`).
const LEVEL_COUNT_WORD: char = '级';

/// The byte length of the count of `levels` levels opening `rest` (`三级` after three of them,
/// `两级` or `二级` after two), when it counts them rightly.
fn level_count_len(rest: &str, levels: usize) -> Option<usize> {
    let mut chars = rest.chars();
    let n = match chars.next()? {
        '两' | '二' | '2' => 2,
        '三' | '3' => 3,
        '四' | '4' => 4,
        '五' | '5' => 5,
        _ => return None,
    };
    (n == levels && chars.next() == Some(LEVEL_COUNT_WORD))
        .then(|| rest.chars().take(2).map(char::len_utf8).sum())
}

/// The byte length of a list of sectors whose last names its class (`交通运输、公安交警、应急
/// 管理部门要…`, `公安、交通运输部门要…`): each is a department, as in a list closed by 等部门.
fn sector_class_list_end(clause: &str, vocab: &Vocabulary) -> Option<usize> {
    let (at, class) = SECTOR_CLASSES
        .iter()
        .filter_map(|c| clause.find(c).map(|at| (at, c)))
        .min()?;
    let pieces: Vec<&str> = clause[..at].split('、').collect();
    if pieces.len() < MIN_SECTORS || !pieces.iter().all(|p| is_sector(p, vocab)) {
        return None;
    }
    let rest = &clause[at + class.len()..];
    duty_word_at(rest, vocab).then_some(clause.len() - rest.len())
}

/// Whether `names` are departments named by their sectors alone before 部门, and nothing
/// else (`公安、司法部门`, `卫生部门`): the heading of a duty item (`3、公安、司法部门:提供…`).
pub fn is_sector_departments(names: &str, vocab: &Vocabulary) -> bool {
    SECTOR_CLASSES.iter().any(|class| {
        names.strip_suffix(class).is_some_and(|sectors| {
            !sectors.is_empty() && sectors.split('、').all(|p| is_sector(p, vocab))
        })
    })
}

/// Whether a list piece is a sector's bare name (`市场监管`, `卫健`): a short run of Han
/// characters that opens with no verb of work and says nothing of whose.
fn is_sector(piece: &str, vocab: &Vocabulary) -> bool {
    // (a space after the list's separator is the extractor's: `交通运输、 公安交警、 …`)
    let piece = piece.trim_matches(is_space);
    // (two sectors one department joins with 和 are one sector: `人力资源和社会保障`,
    // `住房和城乡建设`)
    if let Some((a, b)) = piece.split_once('和') {
        if !a.is_empty() && !b.contains('和') {
            return is_sector(a, vocab) && is_sector(b, vocab);
        }
    }
    let n = piece.chars().count();
    (2..=MAX_SECTOR_CHARS).contains(&n)
        && piece.chars().all(is_han)
        && !piece.contains('的')
        // (a partner named inside is no sector: `继续与区边防、海事部门…`)
        && !vocab
            .subject_prepositions
            .iter()
            .any(|p| piece.contains(p.as_str()))
        && (opens_with_verb_like_sector(piece, vocab)
            || !vocab
            .subject_verbs
            .iter()
            .chain(&vocab.phrase_verbs)
            .chain(&vocab.tail_markers)
            .any(|v| piece.starts_with(v.as_str())))
}

/// Whether a name opens with a sector whose first character is a verb's (`应急管理部门`:
/// `verb_like_sectors`): a subject, not a clause opening with 应.
fn opens_with_verb_like_sector(name: &str, vocab: &Vocabulary) -> bool {
    vocab
        .verb_like_sectors
        .iter()
        .any(|w| name.starts_with(w.as_str()))
}

/// Whether a name's last character and the text after it make one word (`总会关|于`): the name
/// ends inside it and is no name.
fn ends_inside_a_word(name: &str, rest: &str, vocab: &Vocabulary) -> bool {
    let (Some(last), Some(next)) = (name.chars().next_back(), rest.chars().next()) else {
        return false;
    };
    let across = vocab.words_across_name_end.iter().any(|w| {
        let mut cs = w.chars();
        cs.next() == Some(last) && cs.next() == Some(next)
    });
    // (a time after the word's second character makes it the subject's 于: `各级公安机关于1月
    // 20日前…`)
    let time_after = rest[next.len_utf8()..]
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || "今本明年月一二三四五六七八九十".contains(c));
    across
        && !time_after
        && !vocab
            .unit_endings
            .iter()
            .any(|w| name.ends_with(w.as_str()))
}

/// A name with the words before its lead-in (`其他项目由…`, `以下均需…`), or a verb of sending
/// up before it (`报县…局`), dropped.
fn strip_lead_in<'s>(name: &'s str, vocab: &Vocabulary) -> &'s str {
    // (a verb of sending up before a level's body: `报县农业农村局`)
    let name = vocab
        .submit_verbs
        .iter()
        .find_map(|w| name.strip_prefix(w.as_str()))
        .filter(|rest| {
            rest.chars()
                .next()
                .is_some_and(|c| vocab.admin_prefixes.contains(&c))
        })
        .unwrap_or(name);
    let mut out = name;
    if !vocab.lead_in_set.occurs_in(name) {
        return out;
    }
    for w in &vocab.lead_in {
        if let Some(i) = out.rfind(w.as_str()) {
            out = &out[i + w.len()..];
        }
    }
    out
}

/// Whether a name ends like an organ's name (局, 办, 政府 …) or names a class of units.
pub fn looks_like_name(name: &str, vocab: &Vocabulary) -> bool {
    // a name ends in a suffix, an ending or a vague name's last character — or in a bracketed
    // note after one
    if !ends_as_unit(name, vocab) && !name.ends_with(['）', ')']) {
        return false;
    }
    if name.chars().count() > MAX_UNIT_NAME_CHARS
        || vocab.bare_class_names.iter().any(|w| w == name)
        || vocab.never_in_names.iter().any(|w| name.contains(w.as_str()))
        || name.contains(['《', '》', '“', '”', '"', '。', '：', ':'])
        // a name never ends in 有关 or 相关 (…成员单位相关负责人)
        || ends_vague(name, vocab)
    {
        return false;
    }
    // a bracketed note after the name (区政府办公室（区网站管理中心）)
    let base = before_note(name);
    if ends_as_no_unit(base, vocab) {
        return false;
    }
    // (levels given as alternatives inside the name: `各县（市）区` is 各县区; a class qualified
    // by a vague word, `各相关县（市、区）`, is still the class, 各县)
    let plain = without_notes(base);
    // (a copy without the vague words only for a name holding one: this runs per candidate)
    let unqualified = if vocab
        .vague_contains
        .iter()
        .any(|w| plain.contains(w.as_str()))
    {
        std::borrow::Cow::Owned(
            vocab
                .vague_contains
                .iter()
                .fold(plain.to_string(), |t, w| t.replace(w.as_str(), "")),
        )
    } else {
        std::borrow::Cow::Borrowed(plain.as_ref())
    };
    base.chars()
        .next_back()
        .is_some_and(|c| vocab.unit_suffixes.contains(&c))
        || level_with_alternative(name, base, vocab)
        || vocab.unit_endings.iter().any(|w| {
            base.ends_with(w.as_str())
                || plain.ends_with(w.as_str())
                || unqualified.ends_with(w.as_str())
        })
        || vocab.vague_exact.iter().any(|v| v == name)
        || vocab
            .collective
            .iter()
            .any(|c| base.starts_with(c.as_str()))
            && vocab
                .collective_endings
                .iter()
                .any(|w| base.ends_with(w.as_str()))
}

/// The level named alone before a bracketed alternative (`村（社区）`, `镇（街道）`): every village
/// or community, every town or subdistrict, as a unit cell of a township's table names them.
const LEVEL_WITH_ALTERNATIVE: [char; 4] = ['村', '镇', '乡', '县'];

/// Whether a name is a level and its alternative in brackets (`村（社区）`, `镇（街道）`), the
/// alternative itself a unit's name: the bodies of those levels.
fn level_with_alternative(name: &str, base: &str, vocab: &Vocabulary) -> bool {
    let mut chars = base.chars();
    let (Some(level), None) = (chars.next(), chars.next()) else {
        return false;
    };
    let note = name[base.len()..]
        .trim_start_matches(is_open)
        .trim_end_matches(is_close);
    LEVEL_WITH_ALTERNATIVE.contains(&level)
        && !note.is_empty()
        && vocab
            .unit_endings
            .iter()
            .any(|w| note.ends_with(w.as_str()))
}

/// A name without the bracketed note that ends it (`区政府办公室（区网站管理中心）` →
/// `区政府办公室`): what the name itself says.
fn before_note(name: &str) -> &str {
    name.strip_suffix(['）', ')'])
        .and_then(|inner| inner.rfind(['（', '(']))
        .filter(|&open| open > 0)
        .map_or(name, |open| &name[..open])
}

/// A name with its bracketed notes taken out (`各县（市）区` → `各县区`).
fn without_notes(name: &str) -> std::borrow::Cow<'_, str> {
    if !name.contains(is_open) {
        return std::borrow::Cow::Borrowed(name);
    }
    let mut depth = 0i32;
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if is_open(c) {
            depth += 1;
        } else if is_close(c) {
            depth = (depth - 1).max(0);
        } else if depth == 0 {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The word a subject says it will do its part with (`市教育局将配合…`): a name never ends in it,
/// though one may begin with it (将乐县).
const SUBJECTS_WILL: char = '将';

/// Longest name found in text whose cells lost their separators.
const MAX_GLUED_NAME_CHARS: usize = 14;
/// Longest bracketed note taken as part of a name (`省编办（省审改办）`).
const MAX_NAME_NOTE_CHARS: usize = 12;

/// The end of a bracketed note right after a name, if there is one.
fn note_end(s: &str, at: usize) -> usize {
    let rest = &s[at..];
    let Some(open) = rest.chars().next().filter(|c| matches!(c, '（' | '(')) else {
        return at;
    };
    let inner_start = at + open.len_utf8();
    match s[inner_start..].find(['）', ')']) {
        Some(i) if s[inner_start..inner_start + i].chars().count() <= MAX_NAME_NOTE_CHARS => {
            let close = s[inner_start + i..]
                .chars()
                .next()
                .map_or(1, char::len_utf8);
            inner_start + i + close
        }
        _ => at,
    }
}

/// Whether a name may start at `at`: after a sentence's end, a name the document uses
/// elsewhere, an administrative prefix (省, 市, 区 …), or a collective (各 …).
fn name_start(s: &str, at: usize, vocab: &Vocabulary, lexicon: &Lexicon) -> bool {
    let rest = &s[at..];
    // a cell of names after a cell that ended its sentence (`…梳理工作。局质监处 …`)
    let after_sentence = s[..at]
        .trim_end_matches(is_space)
        .ends_with(['。', '；', ';']);
    after_sentence
        || lexicon.longest_prefix(rest).is_some()
        // a vague name stands where a unit does (相关单位|区住建局、…): the vague word and a
        // unit's ending right after it, not 相关社会组织
        || vocab.vague_contains.iter().any(|w| {
            rest.strip_prefix(w.as_str()).is_some_and(|after| {
                vocab
                    .unit_endings
                    .iter()
                    .any(|e| after.starts_with(e.as_str()))
            })
        })
        || rest.chars().next().is_some_and(|c| {
            vocab.opens_unit_name(c)
        })
}

/// How a name in text whose separators were lost may start and end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum GluedName {
    /// The first name of a run: it starts as a name does (a known name, 市, 各 …) and ends at
    /// a boundary.
    First,
    /// A name right after another with nothing between: it starts as a name does, and where
    /// no boundary follows, it ends where the text stops reading as a name — the cell after
    /// the units began (`…县财政局县政府有关部门公开政府债务…`).
    Glued,
    /// A name after 、 or a duty word inside a run: it may start with any character, and ends
    /// as a glued one does (`…、县水利局在项目批准…`).
    Listed,
}

/// The end of a unit name starting at `at` in text whose separators were lost: the shortest
/// name-like run (ending in a unit suffix) followed by a boundary — a separator, white space,
/// the end, a duty word, or the start of another name.
fn glued_name_end(
    s: &str,
    at: usize,
    vocab: &Vocabulary,
    lexicon: &Lexicon,
    how: GluedName,
) -> Option<usize> {
    let rest = &s[at..];
    if let Some(n) = lexicon.longest_prefix(rest) {
        return Some(note_end(s, at + n.len()));
    }
    let starts_as_name = name_start(s, at, vocab, &Lexicon::default());
    // right after another name, a name may start with any character when a boundary ends it
    // (知识产权处|稽查支队|各分局); it ends where the text stops reading as a name only when
    // it starts as a name does
    let loose = how != GluedName::First;
    let open_end = how == GluedName::Listed || how == GluedName::Glued && starts_as_name;
    if !loose && !starts_as_name {
        return None;
    }
    let mut fallback = None;
    for (n, c) in rest.char_indices().take(MAX_GLUED_NAME_CHARS) {
        if is_space(c) || matches!(c, '，' | ',' | '、' | '；' | ';' | '。' | '：' | ':') {
            break;
        }
        let end = at + n + c.len_utf8();
        if n == 0 {
            continue;
        }
        let name = &s[at..end];
        if !looks_like_name(name, vocab) {
            continue;
        }
        let after = note_end(s, end);
        let next = &s[after..];
        let boundary = next.is_empty()
            || next.starts_with(|c: char| {
                is_space(c) || matches!(c, '，' | ',' | '、' | '；' | ';' | '。')
            })
            || vocab
                .tail_markers
                .iter()
                .any(|m| next.starts_with(m.as_str()))
            // the duty after a unit standing alone in its cell (`…公开县信访局依法梳理…`):
            // only past a name that starts as one does (not …实验区|通过政府门户网站|集中…)
            // and is long enough to stand alone, so 区委|统一战线工作部 stays whole
            || (starts_as_name
                && name.chars().count() >= MIN_JOINED_NAME_CHARS
                && vocab
                    .subject_verbs
                    .iter()
                    .chain(&vocab.duty_openers)
                    .any(|v| next.starts_with(v.as_str())))
            // another name right after: only past a name long enough to stand alone, so
            // 各乡|镇人民政府 is no boundary
            || (name.chars().count() >= MIN_JOINED_NAME_CHARS
                && name_start(s, after, vocab, lexicon)
                && !owns_class_after(name, next, vocab));
        if boundary {
            return Some(after);
        }
        if open_end
            && fallback.is_none()
            && name.chars().count() >= MIN_JOINED_NAME_CHARS
            && !continues_name(&s[end - c.len_utf8()..], vocab)
        {
            fallback = Some(after);
        }
    }
    fallback
}

/// Whether `name` owns the class of units written right after it (区政府|各部门, 县委|有关部门):
/// the two are one name.
fn owns_class_after(name: &str, next: &str, vocab: &Vocabulary) -> bool {
    vocab
        .class_owners
        .iter()
        .any(|o| name.ends_with(o.as_str()))
        && vocab
            .name_connectors
            .iter()
            .any(|c| next.starts_with(c.as_str()))
}

/// Whether a name's last character and the text after it carry the name on (县政府|办公室,
/// 有关部|门, 县政府|有关部门): the name has not ended there.
fn continues_name(last_and_next: &str, vocab: &Vocabulary) -> bool {
    let mut chars = last_and_next.chars();
    let Some(last) = chars.next() else {
        return false;
    };
    let next = &last_and_next[last.len_utf8()..];
    let word_goes_on = vocab.unit_endings.iter().any(|w| {
        w.chars().count() > 1 && w.starts_with(last) && last_and_next.starts_with(w.as_str())
    });
    word_goes_on
        || next
            .chars()
            .next()
            .is_some_and(|c| vocab.unit_suffixes.contains(&c))
        || vocab
            .name_connectors
            .iter()
            .any(|w| next.starts_with(w.as_str()))
        || vocab
            .unit_endings
            .iter()
            .any(|w| next.starts_with(w.as_str()))
}

/// Runs of unit names in text whose cells lost their separators (a flattened table row:
/// `…权力清单省编办（省审改办）省直各部门，各设区市、平潭综合实验区通过网站…`). Each run is
/// split into groups where names follow each other with no separator — where one cell
/// ended and the next began.
pub fn unit_runs(text: &str, vocab: &Vocabulary, lexicon: &Lexicon) -> Vec<UnitRun> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let Some(mut end) = glued_name_end(text, i, vocab, lexicon, GluedName::First) else {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        };
        let start = known_name_inside(text, i, end, vocab, lexicon).unwrap_or(i);
        let mut groups = vec![(start, end)];
        loop {
            let rest = &text[end..];
            // a duty word, 等 and the like continue the run (X会同Y, X等相关部门)
            let marker = vocab
                .tail_markers
                .iter()
                .chain(vocab.lead_markers.iter())
                .filter(|m| rest.starts_with(m.as_str()))
                .max_by_key(|m| m.len());
            if let Some(m) = marker {
                let after = end + m.len();
                // only a name that starts as one does: after 按, 负责 … the words are a duty
                // (按要求梳理…办事指南), not a unit
                let listed = name_start(text, after, vocab, lexicon)
                    .then(|| glued_name_end(text, after, vocab, lexicon, GluedName::Listed))
                    .flatten();
                if let Some(e) = listed {
                    if let Some(g) = groups.last_mut() {
                        g.1 = e;
                    }
                    end = e;
                    continue;
                }
            }
            let sep = rest
                .chars()
                .next()
                .filter(|c| matches!(c, '、' | '，' | ','))
                .map(char::len_utf8);
            if let Some(l) = sep {
                if let Some(e) = glued_name_end(text, end + l, vocab, lexicon, GluedName::Listed) {
                    if let Some(g) = groups.last_mut() {
                        g.1 = e;
                    }
                    end = e;
                    continue;
                }
                break;
            }
            // the next name may start anywhere once a name has just ended (知识产权处稽查支队…):
            // it still has to end in a unit suffix at a boundary
            let next = glued_name_end(text, end, vocab, lexicon, GluedName::Glued);
            match next {
                Some(e) if e > end => {
                    groups.push((end, e));
                    end = e;
                }
                _ => break,
            }
        }
        out.push(UnitRun { start, end, groups });
        i = end.max(i + 1);
    }
    out
}

/// Where a name the document writes elsewhere starts inside a first name found in glued text,
/// when the text before it names no unit (`老旧小|区改造数据开放区消防救援大队`: the 区 of 小区
/// opened a name that is really 区消防救援大队).
fn known_name_inside(
    text: &str,
    start: usize,
    end: usize,
    vocab: &Vocabulary,
    lexicon: &Lexicon,
) -> Option<usize> {
    // the name starts with an administrative level or a class (各) past a few words:
    // 省直|各部门 and 区|市场监管局 are one name
    let name = &text[start..end];
    name.char_indices()
        .skip(crate::document::MIN_TITLE_BEFORE_INNER_NAME)
        .filter(|&(_, c)| vocab.opens_unit_name(c))
        .map(|(j, _)| start + j)
        .find(|&j| lexicon.contains(&text[j..end]) && !looks_like_name(&text[start..j], vocab))
}

/// First occurrence of a marker outside brackets: (byte offset, byte length). `starts` holds
/// the first character of every marker.
fn top_level_marker(s: &str, markers: &[String], vocab: &Vocabulary) -> Option<(usize, usize)> {
    let mut depth = 0i32;
    for (i, c) in s.char_indices() {
        if is_open(c) {
            depth += 1;
        } else if is_close(c) {
            depth = (depth - 1).max(0);
        } else if depth == 0 && vocab.marker_starts.contains(c) {
            // most positions start no marker: one table lookup passes them over
            if let Some(m) = markers
                .iter()
                .filter(|m| m.starts_with(c))
                .find(|m| s[i..].starts_with(m.as_str()))
            {
                if !vocab.marker_in_name(&s[i..]) && !vocab.marker_ends_name(&s[..i], &s[i..]) {
                    return Some((i, m.len()));
                }
            }
        }
    }
    None
}

/// The units a sentence's subject names (`区社会事业局、区社会事业中心`, in the role the sentence
/// gives them), or a lead and the units it works with (`发展改革委会同农业部、财政部`).
pub fn subject_units(text: &str, role: UnitRole, vocab: &Vocabulary) -> Vec<UnitMatch> {
    let mut out = Vec::new();
    match top_level_marker(text, &vocab.joint_markers, vocab) {
        Some((at, len)) if at > 0 => {
            list(text, 0, at, UnitRole::Lead, vocab, &mut out);
            list(
                text,
                at + len,
                text.len(),
                UnitRole::Cooperating,
                vocab,
                &mut out,
            );
        }
        _ => list(text, 0, text.len(), role, vocab, &mut out),
    }
    out
}

/// The names of a list (`区社会事业局、区社会事业中心`) in one role, with no role words read:
/// the subject of a sentence names its units plainly.
pub fn name_list(text: &str, role: UnitRole, vocab: &Vocabulary) -> Vec<UnitMatch> {
    let mut out = Vec::new();
    list(text, 0, text.len(), role, vocab, &mut out);
    out
}

/// Split `text[start..end]` on 、 and push each name found.
/// Marks a table prints after a unit's name: the lead among a cell's units (`区建管委*、
/// 区农业农村委`, the header noting `加*号为牵头部门，其余为参与部门`), or a rating.
pub const LEAD_MARKS: [char; 3] = ['*', '＊', '★'];
/// Marks a table prints before a unit's name to say it leads (`▲发改局、各部门`, under a note
/// `▲为牵头单位` the page may have cut): no rating is printed so.
pub const LEAD_PREFIX_MARKS: [char; 2] = ['▲', '△'];

fn list(
    text: &str,
    start: usize,
    end: usize,
    role: UnitRole,
    vocab: &Vocabulary,
    out: &mut Vec<UnitMatch>,
) {
    let part = &text[start..end];
    let pieces = join_levels(
        part,
        split_top_level(part, &['、', '/', '／', '，', ',', '\n', '|', '｜']),
        vocab,
    );
    let pieces = pieces.into_iter().flat_map(|(s, e)| {
        let (first, joined) = split_after_etc(part, s, e, vocab);
        std::iter::once(first).chain(joined)
    });
    for (s, e) in pieces {
        for (s, e) in split_spaced(part, s, e, vocab) {
            let Some((s, e)) = clean_name(part, s, e, vocab) else {
                continue;
            };
            for (s, e) in split_joined(part, s, e, vocab) {
                // a mark after a name (`区农业农村委*` under `加*号为牵头部门`, a rating
                // `★★★`) is not part of it; whether it says the unit leads is the document's
                // convention (`apply_lead_convention`)
                let raw = part[s..e].trim_end_matches(is_space);
                let e = s + raw.trim_end_matches(LEAD_MARKS).len();
                let s = e - part[s..e]
                    .trim_start_matches(LEAD_PREFIX_MARKS)
                    .trim_start_matches(is_space)
                    .len();
                let raw = &part[s..e];
                let name = normalize(raw);
                if name.chars().count() < 2
                    || name.chars().count() > MAX_NAME_CHARS
                    || is_time_phrase(&name)
                {
                    continue;
                }
                out.push(UnitMatch {
                    start: start + s,
                    end: start + e,
                    kind: kind_of(&name, vocab),
                    name,
                    role,
                });
            }
        }
    }
}

/// The classes a list's 等 may close before more names are joined on (`市总工会等部门和14个
/// 乡镇人民政府`).
const ETC_CLASSES: [&str; 3] = ["部门", "单位", "机构"];
/// The words joining more names on after such a class.
const ETC_JOINERS: [&str; 3] = ["和", "及", "以及"];

/// A list piece (or its names before 等), and the names joined on after 等 and a class if any.
type EtcSplit = ((usize, usize), Option<(usize, usize)>);

/// A list piece split where 等 and a class close its first names and a joiner adds more
/// (`市总工会等部门和14个乡镇人民政府负责`): 等 would otherwise end the name and drop the rest.
fn split_after_etc(part: &str, s: usize, e: usize, vocab: &Vocabulary) -> EtcSplit {
    let piece = &part[s..e];
    for (at, _) in piece.match_indices('等') {
        let mut rest = &piece[at + '等'.len_utf8()..];
        while let Some(w) = SECTOR_CLASS_WORDS.iter().find(|w| rest.starts_with(*w)) {
            rest = &rest[w.len()..];
        }
        let Some(class) = ETC_CLASSES.iter().find(|c| rest.starts_with(*c)) else {
            continue;
        };
        let after = &rest[class.len()..];
        if let Some(joiner) = ETC_JOINERS.iter().find(|j| after.starts_with(*j)) {
            let next = e - after.len() + joiner.len();
            // (only names joined on, opening with a level, 各 or a count: `部门和单位`,
            // `单位和个人` name no unit)
            let names_next = part[next..e].chars().next().is_some_and(|c| {
                c.is_ascii_digit() || c == '各' || vocab.admin_prefixes.contains(&c)
            });
            if next < e && names_next {
                return ((s, s + at), Some((next, e)));
            }
        }
    }
    ((s, e), None)
}

/// Pieces of a list with the levels of one name put back together: `各县、区人民政府` names the
/// governments of each county and district, not 各县 and a 区人民政府 (a piece ending in 各 and
/// a level, then `、` and a level alone or with its body).
fn join_levels(part: &str, pieces: Vec<(usize, usize)>, vocab: &Vocabulary) -> Vec<(usize, usize)> {
    let admin = |c: Option<char>| c.is_some_and(|c| vocab.admin_prefixes.contains(&c));
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(pieces.len());
    for (s, e) in pieces {
        if let Some(last) = out.last_mut() {
            let prev = part[last.0..last.1].trim_matches(is_space);
            // (the level may end the words before it: `以下各项工作均需各县、区人民政府`, or
            // be one of several: `各市、县、区人民政府`)
            let mut level = prev.chars().rev();
            // (…or a level alone before another with its body: `县、镇政府`, the governments of
            // the county and its towns)
            let bare_level =
                admin(level.next()) && matches!(level.next(), Some('各' | '、') | None);
            let joined_by = part[last.1..s].trim_matches(is_space);
            // (the next piece is a level alone, or a level and its body: `区人民政府`, not
            // a department of one: `市财政局`)
            let next = part[s..e].trim_matches(is_space);
            let mut chars = next.chars();
            let next_level = admin(chars.next()) && {
                // (a level's sub-levels in brackets first: `县（市、区）人民政府`)
                let body = chars.as_str();
                let body = body
                    .strip_prefix(['（', '('])
                    .and_then(|inner| {
                        let (c, close) = inner
                            .char_indices()
                            .find(|&(_, c)| matches!(c, '）' | ')'))?;
                        Some(&inner[c + close.len_utf8()..])
                    })
                    .unwrap_or(body);
                // (…or the levels counted before it: `省、市、县三级政府`)
                let levels = prev.chars().filter(|&c| admin(Some(c))).count() + 1;
                let body = level_count_len(body, levels).map_or(body, |n| &body[n..]);
                body.is_empty()
                    || vocab
                        .level_bodies
                        .iter()
                        .any(|b| body.starts_with(b.as_str()))
            };
            // (a class after a collective shares its 各: `各处、单位` is every office and
            // every unit, one collective as `各县、区人民政府` is)
            let shared_class = prev.starts_with(|c: char| vocab.opens_collective(c))
                && vocab.bare_class_names.iter().any(|w| {
                    next.strip_prefix(w.as_str()).is_some_and(|rest| {
                        rest.is_empty()
                            || vocab
                                .tail_markers
                                .iter()
                                .any(|m| rest.starts_with(m.as_str()))
                    })
                });
            // (a level standing alone names nothing of its own: `市、县（市、区）公安交警` is
            // the traffic police of each level, the department shared as a body is)
            let lone_level = prev.chars().count() == 1 && admin(prev.chars().next());
            let shared_department = lone_level && admin(next.chars().next());
            if joined_by == "、" && (bare_level && next_level || shared_class || shared_department)
            {
                last.1 = e;
                continue;
            }
        }
        out.push((s, e));
    }
    join_named_places(part, out, vocab)
}

/// Most characters of a place named alone in a list before one that names its body
/// (`伍家岗区`, `宜昌开发区`): a longer piece is a unit's name, not a place's.
const MAX_PLACE_NAME_CHARS: usize = 6;

/// Named places that share the body the last of them names (`秭归县、夷陵区、西陵区、伍家岗区政府`:
/// the governments of each): one name, as `各县、区人民政府` is. Places alone before anything
/// else (`秭归县、县交通局`) are left as they are.
fn join_named_places(
    part: &str,
    pieces: Vec<(usize, usize)>,
    vocab: &Vocabulary,
) -> Vec<(usize, usize)> {
    let place = |t: &str| {
        let n = t.chars().count();
        (2..=MAX_PLACE_NAME_CHARS).contains(&n)
            && !t.starts_with('各')
            && t.chars()
                .next_back()
                .is_some_and(|c| vocab.admin_prefixes.contains(&c))
    };
    // (a place and its body: `伍家岗区政府`, `宜昌市人民政府`, perhaps with another name joined
    // on: `伍家岗区政府和宜昌开发区管委会`)
    let body_of = |t: &str| {
        let t = t.split(['和', '及', '与']).next().unwrap_or(t);
        vocab
            .level_bodies
            .iter()
            .find(|b| t.strip_suffix(b.as_str()).is_some_and(&place))
            .map(String::as_str)
    };
    let zone = |t: &str| vocab.zone_endings.iter().any(|z| t.ends_with(z.as_str()));
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(pieces.len());
    let mut k = 0;
    while k < pieces.len() {
        // the run of bare places from here, each joined to the next by 、
        let mut end = k;
        while end + 1 < pieces.len()
            && place(part[pieces[end].0..pieces[end].1].trim_matches(is_space))
            && part[pieces[end].1..pieces[end + 1].0].trim_matches(is_space) == "、"
        {
            end += 1;
        }
        let last = part[pieces[end].0..pieces[end].1].trim_matches(is_space);
        // (the places before share the body when they have one like it: a zone's committee is
        // no district's, `东城区、梅溪开发区管委会` are two names)
        let shared = body_of(last).is_some_and(|body| {
            !vocab.zone_bodies.iter().any(|z| z == body)
                || pieces[k..end]
                    .iter()
                    .all(|&(a, b)| zone(part[a..b].trim_matches(is_space)))
        });
        if end > k && shared {
            out.push((pieces[k].0, pieces[end].1));
            k = end + 1;
        } else {
            out.push(pieces[k]);
            k += 1;
        }
    }
    out
}

/// Split names separated by white space only (`市自规局 市城管局`), when every piece is a name
/// on its own; a name printed with spaces inside it (`区 财 政 局`) stays whole.
fn split_spaced(s: &str, start: usize, end: usize, vocab: &Vocabulary) -> Vec<(usize, usize)> {
    let part = &s[start..end];
    let mut pieces = Vec::new();
    let mut from = None;
    for (i, c) in part.char_indices() {
        match (is_space(c), from) {
            (true, Some(f)) => {
                pieces.push((start + f, start + i));
                from = None;
            }
            (false, None) => from = Some(i),
            _ => {}
        }
    }
    if let Some(f) = from {
        pieces.push((start + f, end));
    }
    if pieces.len() > 1
        && pieces
            .iter()
            .all(|&(a, b)| looks_like_name(&s[a..b], vocab))
    {
        pieces
    } else {
        vec![(start, end)]
    }
}

/// Most characters of a person's given name printed after a surname (`高兆霞`, `王五`).
const MAX_GIVEN_NAME_CHARS: usize = 2;

/// Where the unit ends in `t` when a person's name follows it, with or without a space and a
/// telephone number after (`区交建局住房发展处高兆霞`, `县住建局 王五 13800001111`): only where
/// the whole does not end as a name does (a name ending in 院 or 村 is kept whole).
fn unit_before_person(t: &str, vocab: &Vocabulary) -> Option<usize> {
    let phone = |c: char| c.is_ascii_digit() || matches!(c, '-' | '－' | '—') || is_space(c);
    let bare = t.trim_end_matches(phone);
    if ends_as_unit(bare, vocab) {
        return (bare.len() < t.len()).then_some(bare.len());
    }
    let chars: Vec<(usize, char)> = bare.char_indices().collect();
    (1..=MAX_GIVEN_NAME_CHARS).find_map(|given| {
        let at = chars.len().checked_sub(given + 1)?;
        let (cut, surname) = chars[at];
        let person = &chars[at..];
        let named = vocab.person_surnames.contains(&surname)
            && person
                .iter()
                .all(|&(_, c)| crate::document::text::is_han(c));
        let unit = bare[..cut].trim_end_matches(is_space);
        (named && unit.chars().count() >= 2 && ends_as_unit(unit, vocab)).then_some(unit.len())
    })
}

/// Trim white space, lead-in words (由), and everything from the first tail marker
/// (等, 按职责分工, 负责落实 …) outside brackets.
fn clean_name(
    s: &str,
    mut start: usize,
    mut end: usize,
    vocab: &Vocabulary,
) -> Option<(usize, usize)> {
    let trim = |start: &mut usize, end: &mut usize| {
        let t = &s[*start..*end];
        let left = t.len() - t.trim_start_matches(crate::document::is_space).len();
        let t2 = t.trim_matches(crate::document::is_space);
        *start += left;
        *end = *start + t2.len();
    };
    trim(&mut start, &mut end);
    // words before a lead-in (由, 以下均需) are the clause's, not the name's
    let name = &s[start..end];
    let kept = strip_lead_in(name, vocab);
    let kept = vocab
        .list_joiners
        .iter()
        .find_map(|w| kept.strip_prefix(w.as_str()))
        .unwrap_or(kept);
    start += name.len() - kept.len();
    // the unit's officer after its name (`盘龙区政府主要领导。`, `…分管负责人王刚`), before its
    // 要 or 负责 reads as a duty word
    if vocab.names_officer(&s[start..end]) {
        if let Some(at) = vocab
            .person_tails
            .iter()
            .filter_map(|w| s[start..end].find(w.as_str()))
            .filter(|&at| at > 0)
            .min()
        {
            end = start + at;
        }
    }
    // a person printed after the unit, with their number (`区交建局住房发展处高兆霞`,
    // `县住建局 王五 13800001111` under `牵头单位联系人：`)
    if let Some(unit) = unit_before_person(&s[start..end], vocab) {
        end = start + unit;
    }
    // a name cut at a duty word; but a whole name that opens with one is kept
    // (承担对外服务职能的区直各单位)
    if let Some((at, _)) = top_level_marker(&s[start..end], &vocab.tail_markers, vocab) {
        if !(at == 0 && looks_like_name(&s[start..end], vocab)) {
            end = start + at;
        }
    }
    let t = &s[start..end];
    let kept = t.trim_end_matches(|c: char| {
        crate::document::is_space(c)
            || matches!(c, '。' | '.' | '，' | ',' | '；' | ';' | '：' | ':')
    });
    // a count in brackets after the name (`危化处（60日）`, `协调处（20个工作日）`) is the share of
    // work days or people it gives, not part of its name
    let kept = counted_note_start(kept).map_or(kept, |open| &kept[..open]);
    // the subject's 将 before its duty word (`市教育局将|配合…`) is no part of its name
    let kept = kept
        .strip_suffix(SUBJECTS_WILL)
        .filter(|name| looks_like_name(name, vocab))
        .unwrap_or(kept);
    end = start + kept.len();
    trim(&mut start, &mut end);
    // a statement's duty word after the names (`各镇（街）办理`, `牵头办理`): not the name's
    let name = &s[start..end];
    if let Some(w) = vocab
        .statement_endings
        .iter()
        .filter(|w| name.ends_with(w.as_str()))
        .max_by_key(|w| w.len())
    {
        let before = name[..name.len() - w.len()].trim_end_matches(crate::document::is_space);
        if before.is_empty() {
            return None;
        }
        if looks_like_name(before, vocab) {
            end = start + before.len();
        }
    }
    // `上述乡镇` points back at units already named: no unit of its own
    if vocab
        .anaphora
        .iter()
        .any(|w| s[start..end].starts_with(w.as_str()))
    {
        return None;
    }
    (end > start).then_some((start, end))
}

/// What a count in brackets after a unit's name counts (`（60日）`, `（20个工作日）`, `（2人）`).
const COUNTED_NOTE_WORDS: [&str; 6] = ["个工作日", "工作日", "日", "天", "人", "次"];

/// Where a bracketed count ending a name opens (`危化处（60日）` → the bracket's offset): digits,
/// then a [`COUNTED_NOTE_WORDS`] word, alone in the bracket.
fn counted_note_start(name: &str) -> Option<usize> {
    let base = before_note(name);
    let inner = name[base.len()..]
        .trim_start_matches(['（', '('])
        .trim_end_matches(['）', ')'])
        .trim_matches(crate::document::is_space);
    let count = inner.trim_start_matches(|c: char| c.is_ascii_digit());
    let counted = count.len() < inner.len()
        && COUNTED_NOTE_WORDS.contains(&count.trim_start_matches(crate::document::is_space));
    (!base.is_empty() && base.len() < name.len() && counted).then_some(base.len())
}

/// Words that join two names (`经济办和引进办`, `区卫生局及各镇`): after a unit's suffix they
/// end one name and start the next. (Inside a name they follow no suffix: 住房和城乡建设局,
/// 发展和改革委员会, 人力资源和社会保障局.)
const NAME_JOINERS: [char; 3] = ['和', '及', '与'];

/// Split names written together ("区发改委区商务局"): before an administrative prefix that
/// follows a unit suffix, outside brackets; and at a joining word after a unit suffix
/// (`水利所和各村（社区）`), unless it joins a level's bodies (`各县党委和人民政府`).
fn split_joined(s: &str, start: usize, end: usize, vocab: &Vocabulary) -> Vec<(usize, usize)> {
    let name = &s[start..end];
    let chars: Vec<(usize, char)> = name.char_indices().collect();
    // (cut start, where the next name starts)
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut depth = 0i32;
    let mut part_start = 0; // char index where the current name began
    for (k, &(i, c)) in chars.iter().enumerate() {
        if is_open(c) {
            depth += 1;
        } else if is_close(c) {
            depth = (depth - 1).max(0);
        } else if depth == 0 && NAME_JOINERS.contains(&c) {
            let left = k - part_start;
            let long_enough = left >= MIN_JOINED_NAME_CHARS
                || left == 2 && vocab.admin_prefixes.contains(&chars[part_start].1);
            let prev = chars[k.saturating_sub(1)].1;
            let rest = chars.len() - k - 1;
            let next = i + c.len_utf8();
            // (a level's bodies joined, `党委和政府`, `党委和人民政府`: the second has no level
            // of its own and belongs with the first)
            // (…or its own bodies, `区政府及其水利部门`: 其 is the first name's)
            let in_body = vocab
                .level_bodies
                .iter()
                .any(|b| name[next..].starts_with(b.as_str()))
                || name[next..].starts_with(OWN_BODIES);
            // (or after a word ending a unit's name, `各级行业主管部门和各物业服务企业`, when a
            // name follows rather than a bare class: `部门和单位` is one phrase)
            let ends_unit = vocab.unit_suffixes.contains(&prev)
                || vocab
                    .unit_endings
                    .iter()
                    .any(|w| w.chars().count() > 1 && name[..i].ends_with(w.as_str()))
                    && !vocab
                        .bare_class_names
                        .iter()
                        .any(|b| name[next..].starts_with(b.as_str()));
            if k > 0
                && long_enough
                && ends_unit
                && rest >= 2
                && !in_body
                && !ends_vague(&name[..i], vocab)
            {
                cuts.push((i, next));
                part_start = k + 1;
            }
        } else if depth == 0 && vocab.admin_prefixes.contains(&c) {
            let left = k - part_start;
            // a two-character name only when it opens with a prefix itself (市委|市政府), so
            // words such as 相关 never end a name
            let long_enough = left >= MIN_JOINED_NAME_CHARS
                || left == 2 && vocab.admin_prefixes.contains(&chars[part_start].1);
            let prev = chars[k.saturating_sub(1)].1;
            let rest = chars.len() - k;
            if k > 0
                && long_enough
                && vocab.unit_suffixes.contains(&prev)
                && rest >= 3
                && !ends_vague(&name[..i], vocab)
            {
                cuts.push((i, i));
                part_start = k;
            }
        }
    }
    let mut out = Vec::new();
    let mut from = 0;
    for (cut, next) in cuts {
        out.push((start + from, start + cut));
        from = next;
    }
    out.push((start + from, end));
    out
}

/// The word after a joiner that makes the next name the first one's own (`及其`, `和其`).
const OWN_BODIES: char = '其';

/// Whether text ends in a word that qualifies the name after it (`各有关|镇（街道）`: 关 ends
/// 海关, but 有关 ends no name).
fn ends_vague(text: &str, vocab: &Vocabulary) -> bool {
    vocab
        .vague_contains
        .iter()
        .any(|w| text.ends_with(w.as_str()))
}

/// A time phrase in a unit statement (`2021年底前完成`) is not a unit.
fn is_time_phrase(name: &str) -> bool {
    name.chars().any(|c| c.is_ascii_digit()) && name.contains(['年', '月', '日', '前', '内'])
}

/// Whether a (normalised) name names one unit, a class of units, or no one.
pub fn kind_of(name: &str, vocab: &Vocabulary) -> UnitKind {
    // (a note after the name leaves it what it is: `各承办单位（见附件1）` names no one either)
    let base = before_note(name);
    if vocab.vague_exact.iter().any(|v| v == name || v == base)
        || vocab
            .vague_contains
            .iter()
            .any(|v| name.contains(v.as_str()))
    {
        UnitKind::Vague
    } else if vocab.collective.iter().any(|v| name.contains(v.as_str())) {
        UnitKind::Collective
    } else {
        UnitKind::Concrete
    }
}

/// Whether the inside of a trailing parenthetical states who does the task: labelled, naming
/// a lead, or ending in a duty word (落实, 负责 …), and yielding at least one unit.
pub fn is_unit_statement(inner: &str, vocab: &Vocabulary) -> bool {
    let t = inner.trim_matches(crate::document::is_space);
    let opening_label = |field: &str| {
        labels(field.trim_matches(crate::document::is_space), vocab)
            .first()
            .filter(|l| l.at == 0)
            .map(|l| l.kind)
    };
    // the first field labels units, or follows fields of the time or the leader
    // (`完成时间：2025年12月底前；责任单位：省住建厅`)
    let fields = split_top_level(t, &['；', ';']);
    let labelled_units = fields
        .iter()
        .map(|&(s, e)| opening_label(&t[s..e]))
        .take_while(Option::is_some)
        .flatten()
        .any(|k| matches!(k, LabelKind::Units(_)));
    let stated = labelled_units
        || top_level_marker(t, &vocab.lead_markers, vocab).is_some()
        // the statement may be one clause of several (`县政府办负责，1月31日前`)
        || split_top_level(t, &['，', ',', '；', ';'])
            .into_iter()
            .any(|(a, b)| {
                let clause = t[a..b].trim_matches(crate::document::is_space);
                let clause = clause.trim_end_matches(['。', '.']);
                vocab
                    .statement_endings
                    .iter()
                    .any(|w| clause.ends_with(w.as_str()))
            });
    stated
        && parse_units(t, UnitRole::Responsible, vocab)
            .iter()
            .any(|u| looks_like_name(&u.name, vocab))
}

/// Whether a text ends as a list of units can: in a name (局, 政府, 各部门), a bracketed note,
/// a duty word (牵头, 配合, 负责落实) or 等 — a cheap look before reading its units.
fn ends_like_units(text: &str, vocab: &Vocabulary) -> bool {
    let t = text.trim_end_matches(|c: char| {
        crate::document::is_space(c)
            || matches!(c, '。' | '.' | '；' | ';' | '，' | ',')
            || LEAD_MARKS.contains(&c)
    });
    t.chars().next_back().is_some_and(|c| {
        vocab.name_ends.contains(c) || vocab.unit_text_ends.contains(c) || matches!(c, '）' | ')')
    })
}

/// Fewest names a cell closed by a full stop lists to be a unit cell: fewer are as likely
/// the objects of a sentence (新建市民服务中心、市档案馆。).
const MIN_CLOSED_UNIT_LIST: usize = 3;

/// Whether a table cell reads as a unit list rather than task text: short, and every clause
/// yields units.
pub fn looks_like_units(text: &str, vocab: &Vocabulary) -> bool {
    if !ends_like_units(text, vocab) {
        return false;
    }
    let t = text.trim_matches(crate::document::is_space);
    let sentences = t.trim_end_matches(['。', '.']).matches('。').count();
    if t.is_empty()
        // (a phrase of work ending in a unit's word is a task's cell: `创建国家级示范区`)
        || opens_phrase_of_work(t, vocab)
        || t.chars().count() > MAX_UNIT_CELL_CHARS
        || sentences > 0
        || t.starts_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    // a sentence that happens to end in a name (建成县残疾人综合服务中心。, 改扩建县人民医院、
    // 县妇幼保健院。) is task text; a longer list of names closed by a full stop
    // (区工信局、区住建局,各乡镇人民政府。) is not
    let core = t.trim_end_matches(['。', '.']);
    if core.len() < t.len()
        && !vocab
            .statement_endings
            .iter()
            .any(|w| core.ends_with(w.as_str()))
    {
        let listed = core.matches(['、', '，', ',']).count() + 1 >= MIN_CLOSED_UNIT_LIST;
        let verb_first = vocab
            .genres
            .work_verbs
            .iter()
            .any(|w| core.starts_with(w.as_str()));
        if verb_first {
            return false;
        }
        // (one or two names closed by a stop are a unit cell when each opens as a unit's name
        // does, with an administrative prefix or 各: `区投资促进中心。`)
        if !listed {
            let units = parse_cell_units(t, UnitRole::Responsible, vocab);
            return !units.is_empty()
                && units.iter().all(|u| {
                    u.name.starts_with(|c: char| vocab.opens_unit_name(c))
                        && looks_like_subject(&u.name, vocab)
                });
        }
    }
    let units = parse_cell_units(t, UnitRole::Responsible, vocab);
    !units.is_empty() && units.iter().all(|u| looks_like_name(&u.name, vocab))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(text: &str) -> Vec<(String, UnitRole, UnitKind)> {
        let vocab = Vocabulary::bundled().unwrap();
        parse_units(text, UnitRole::Responsible, &vocab)
            .into_iter()
            .map(|u| {
                assert_eq!(normalize(&text[u.start..u.end]), u.name);
                (u.name, u.role, u.kind)
            })
            .collect()
    }

    fn names(text: &str, role: UnitRole) -> Vec<String> {
        units(text)
            .into_iter()
            .filter(|u| u.1 == role)
            .map(|u| u.0)
            .collect()
    }

    /// The subject a prose clause opens with, as written.
    fn subject(s: &str) -> Option<&str> {
        subject_and_role(s).map(|(name, _)| name)
    }

    fn subject_and_role(s: &str) -> Option<(&str, UnitRole)> {
        let vocab = Vocabulary::bundled().unwrap();
        prose_subject(s, &vocab).map(|(start, end, role, _)| (&s[start..end], role))
    }

    /// The subject a prose clause opens with, and whether the clause says plainly it does the
    /// work.
    fn stated_subject(s: &str) -> Option<(&str, bool)> {
        let vocab = Vocabulary::bundled().unwrap();
        prose_subject(s, &vocab).map(|(start, end, _, strong)| (&s[start..end], strong))
    }

    /// The names a unit cell gives, folded as a plan's text is.
    fn cell_names(t: &str) -> Vec<String> {
        let vocab = Vocabulary::bundled().unwrap();
        parse_cell_units(&vocab.fold(t), Responsible, &vocab)
            .into_iter()
            .map(|u| u.name)
            .collect()
    }

    use UnitKind::*;
    use UnitRole::*;

    #[test]
    fn a_separator_left_before_the_duty_word_ends_the_subjects_list() {
        assert_eq!(
            subject("镇政府、各行政村、要按照分工，各负其责"),
            Some("镇政府、各行政村")
        );
        // (…but a name after it goes on the list, though it opens with 应)
        assert_eq!(
            subject("区管委会办公室、应急办会同区宣传部设立新闻中心"),
            Some("区管委会办公室、应急办会同区宣传部")
        );
    }

    #[test]
    fn a_lead_that_oversees_leads_and_a_unit_named_for_oversight_keeps_its_name() {
        // `牵头督导`: the units before it lead, 督导 names no unit
        let text = "市生态环境局、发展和改革局牵头督导，市公安局参与";
        assert_eq!(names(text, Lead), ["市生态环境局", "发展和改革局"]);
        assert_eq!(names(text, Cooperating), ["市公安局"]);
        assert_eq!(
            names("县政府教育督导室牵头，各学校配合", Lead),
            ["县政府教育督导室"]
        );
        // a sentence's aim is no unit (`紧紧围绕三个片区推进建设`)
        assert_eq!(subject("紧紧围绕三个片区推进建设"), None);
        // …nor is a condition (`如遇总站统一部署的…任务，主持召开…`)
        assert_eq!(subject("如遇总站统一部署的某项重大党建工作任务"), None);
    }

    #[test]
    fn a_roles_name_stands_for_units_named_elsewhere() {
        // `各责任单位` asks whoever a table attached names: no one here, not a class of units
        for name in ["各责任单位", "各责任部门"] {
            assert_eq!(units(name), [(name.to_owned(), Responsible, Vague)]);
        }
        assert_eq!(units("各乡镇")[0].2, Collective);
    }

    #[test]
    fn a_subject_never_ends_inside_guanyu_unless_a_time_follows() {
        assert_eq!(subject("转发总会关于开展活动的通知"), None);
        assert_eq!(
            subject("各级公安机关于1月20日前完成对客运车辆的安全检查"),
            Some("各级公安机关")
        );
    }

    #[test]
    fn a_units_will_is_no_part_of_its_name() {
        let all: Vec<String> = units("市教育局将配合市禁毒办组织中小学生参加活动")
            .into_iter()
            .map(|u| u.0)
            .collect();
        assert!(all.contains(&"市教育局".to_owned()), "{all:?}");
        assert!(!all.iter().any(|n| n.ends_with('将')), "{all:?}");
    }

    #[test]
    fn names_joined_on_after_etc_and_a_class_are_units_too() {
        assert_eq!(
            names(
                "市财政局、市总工会等部门和14个乡镇人民政府负责",
                Responsible
            ),
            ["市财政局", "市总工会", "14个乡镇人民政府"]
        );
        assert_eq!(
            names("市商务局等单位及各县区人民政府负责", Responsible),
            ["市商务局", "各县区人民政府"]
        );
        // 等 closing the list drops only the class
        assert_eq!(
            names("市财政局、市总工会等部门负责", Responsible),
            ["市财政局", "市总工会"]
        );
        // …and a class or the public joined on names no unit
        assert_eq!(
            names("市商务局、市供销社等部门和单位按职责分工负责", Responsible),
            ["市商务局", "市供销社"]
        );
        let all: Vec<String> = units("市工商联、团市委等单位和个人积极参与")
            .into_iter()
            .map(|u| u.0)
            .collect();
        assert_eq!(all, ["市工商联", "团市委"]);
    }

    /// The names read in each role: lead, cooperating, responsible.
    fn roles(text: &str) -> [Vec<String>; 3] {
        [Lead, Cooperating, Responsible].map(|r| names(text, r))
    }

    #[test]
    fn a_long_list_of_bureaus_is_a_cell_of_units() {
        let vocab = Vocabulary::bundled().unwrap();
        let cell = vocab.fold(
            "市发改委、市科技局、市经信局、市公安局、市财政局、市人社局、市住建局、市交通局、\
             市农业农村局、市商务局、市文旅局、市卫健委、市市场监管局、市金融监管局、\
             市税务局等市有关单位,各县(市、区)政府",
        );
        assert!(cell.chars().count() > 80);
        assert!(looks_like_units(&cell, &vocab));
    }

    #[test]
    fn a_level_alone_shares_the_department_after_it() {
        // `市` names nothing of its own: the traffic police of the city and the counties
        assert_eq!(
            cell_names("市、县(市、区)公安交警、交通管理"),
            ["市、县（市、区）公安交警", "交通管理"]
        );
        assert_eq!(cell_names("区、县(市)教育局"), ["区、县（市）教育局"]);
        // (levels counted before their body are one name too)
        assert_eq!(cell_names("省、市、县三级政府"), ["省、市、县三级政府"]);
        // (a collective before a level's department stays a unit of its own)
        assert_eq!(cell_names("各区、市财政局"), ["各区", "市财政局"]);
    }

    #[test]
    fn named_places_share_the_body_the_last_names() {
        // the governments of each place: one name, as `各县、区人民政府` is
        assert_eq!(
            names(
                "秭归县、夷陵区、西陵区、伍家岗区政府和宜昌开发区管委会负责",
                Responsible
            ),
            ["秭归县、夷陵区、西陵区、伍家岗区政府", "宜昌开发区管委会"]
        );
        assert_eq!(
            cell_names("各县市区人民政府,阜阳经开区、阜合园区管委会"),
            ["各县市区人民政府", "阜阳经开区、阜合园区管委会"]
        );
        // (a zone's committee is no district's)
        assert_eq!(
            cell_names("东城区、梅溪开发区管委会"),
            ["东城区", "梅溪开发区管委会"]
        );
        // …but a place before a department is a name of its own
        assert_eq!(
            names("秭归县、县交通运输局负责", Responsible),
            ["秭归县", "县交通运输局"]
        );
    }

    #[test]
    fn units_doing_the_work_by_reference_end_before_it() {
        // `各镇(街)参照落实`: the towns follow the city's departments' lead, by reference
        let vocab = Vocabulary::bundled().unwrap();
        let cell = vocab.fold("市政府办公室、市发展和改革局牵头,市直有关部门配合;各镇(街)参照落实");
        let found: Vec<(String, UnitRole)> = parse_cell_units(&cell, Responsible, &vocab)
            .into_iter()
            .map(|u| (u.name, u.role))
            .collect();
        assert_eq!(found.last(), Some(&("各镇（街）".to_owned(), Responsible)));
        assert!(looks_like_units(&cell, &vocab));
    }

    #[test]
    fn a_mark_after_a_name_is_not_part_of_it() {
        let vocab = Vocabulary::bundled().unwrap();
        let cell = "区建管委*、\n区农业农村委、\n区规划资源局★★★";
        let found: Vec<(String, UnitRole)> = parse_cell_units(cell, Responsible, &vocab)
            .into_iter()
            .map(|u| {
                // the span holds the name, not its mark
                assert_eq!(normalize(&cell[u.start..u.end]), u.name);
                (u.name, u.role)
            })
            .collect();
        // whether the mark says who leads is the document's convention, not the cell's
        let names = ["区建管委", "区农业农村委", "区规划资源局"];
        assert_eq!(found, names.map(|n| (n.to_owned(), Responsible)));
        assert!(looks_like_units(cell, &vocab));
    }

    /// The units read in a clause of prose, with their roles.
    fn prose_units(text: &str, vocab: &Vocabulary) -> Vec<(String, UnitRole)> {
        parse_units(&vocab.fold(text), Responsible, vocab)
            .into_iter()
            .map(|u| (u.name, u.role))
            .collect()
    }

    #[test]
    fn a_label_written_into_a_clause_gives_its_units_after_its_copula() {
        let vocab = Vocabulary::bundled().unwrap();
        let found = |t: &str| prose_units(t, &vocab);
        let pair = |n: &str, r: UnitRole| (n.to_owned(), r);
        assert_eq!(
            found("做好信息发布。牵头单位为县政府办公室，配合单位为县融媒体中心。"),
            [
                pair("县政府办公室", Lead),
                pair("县融媒体中心", Cooperating)
            ]
        );
        assert_eq!(
            found("开展政策解读。参与单位包括县财政局、县人社局。"),
            [pair("县财政局", Cooperating), pair("县人社局", Cooperating)]
        );
        // a label naming the units by what they take part in; what they do alone ends a name
        assert_eq!(
            found("开展宣传活动。参加集中宣传的单位有县发改局、县教育局,其他单位自行组织宣传。"),
            [
                pair("县发改局", Cooperating),
                pair("县教育局", Cooperating),
                pair("其他单位", Cooperating)
            ]
        );
        // (a label run on from the word before it is no label: `以牵头单位为主`; a copula
        // must be one, over units: not 有关, nor a person's role)
        assert!(labels("各项工作以牵头单位为主推进", &vocab).is_empty());
        assert!(labels("会议由县长主持，成员单位有关负责同志参加", &vocab).is_empty());
        assert!(labels("会议由县长主持，参加会议的单位有关负责同志发言", &vocab).is_empty());
        assert!(labels("各项工作落实到人，责任单位为第一责任人", &vocab).is_empty());
    }

    #[test]
    fn units_put_in_charge_by_you_lead() {
        let vocab = Vocabulary::bundled().unwrap();
        let found = |t: &str| prose_units(t, &vocab);
        // `由X负责` gives X the work by name, as `X牵头` does
        assert_eq!(found("由各相关单位负责"), [("各相关单位".to_owned(), Lead)]);
        // …while `X负责` alone is a sentence's subject, responsible
        assert_eq!(
            found("县教育局负责学校禁毒教育"),
            [("县教育局".to_owned(), Responsible)]
        );
    }

    #[test]
    fn a_label_qualified_just_inside_a_bracket_is_found() {
        let vocab = Vocabulary::bundled().unwrap();
        let text = vocab.fold("4.解读回应政策解读:偏少。(整改责任单位:县司法局)");
        let found = labels(&text, &vocab);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].kind, LabelKind::Units(Responsible));
        assert_eq!(&text[found[0].value..], "县司法局)");
        assert!(text[found[0].at..found[0].value].starts_with("整改责任单位"));
    }

    #[test]
    fn a_notices_addressee_is_no_label() {
        let vocab = Vocabulary::bundled().unwrap();
        let found = |t: &str| labels(t, &vocab).len();
        assert_eq!(found("民政部政务公开领导小组各成员单位: 现印发给你们"), 0);
        assert_eq!(found("成员单位：区财政局、区民政局"), 1);
        // after a separator, 各 opens the label's collective (`各配合单位：`)
        assert_eq!(found("牵头单位：县发改局；各配合单位：县自然资源局"), 2);
        assert_eq!(found("牵头单位：镇农业办 各责任单位：各村委会"), 2);
        assert_eq!(found("1.做好公开工作。成员单位：区财政局"), 1);
    }

    #[test]
    fn a_persons_label_run_on_from_a_units_name_is_a_label() {
        let vocab = Vocabulary::bundled().unwrap();
        let kinds =
            |t: &str| -> Vec<LabelKind> { labels(t, &vocab).iter().map(|l| l.kind).collect() };
        // labelled fields written together: 责任人 after the units' list opens a field
        assert_eq!(
            kinds("责任单位:州委办公室、各县市党委和政府责任人:州委办公室主要负责人"),
            [LabelKind::Units(Responsible), LabelKind::Person]
        );
        // …but after other words a short label is part of them
        assert_eq!(kinds("明确工作责任人:张三"), []);
    }

    #[test]
    fn a_qualified_class_and_a_bodys_own_departments_are_one_name() {
        // 关 ends 海关, but 各有关 ends no name; 及其 joins a body's own departments to it
        assert_eq!(
            names("区农业局、各有关乡镇（街道）负责宣传", Responsible),
            ["区农业局", "各有关乡镇（街道）"]
        );
        assert_eq!(
            names("县政府及其水利部门负责", Responsible),
            ["县政府及其水利部门"]
        );
        // a township's villages as a class (各行政村)
        assert_eq!(names("各行政村负责", Responsible), ["各行政村"]);
        // a class qualified by a vague word is still the class
        assert_eq!(
            names("各相关县（市、区）负责宣传", Responsible),
            ["各相关县（市、区）"]
        );
    }

    #[test]
    fn lead_then_responsible_in_prose() {
        let t = "区财政局牵头，区金融工作局、区金融服务中心、各镇（街道）";
        assert_eq!(names(t, Lead), ["区财政局"]);
        assert_eq!(
            names(t, Responsible),
            ["区金融工作局", "区金融服务中心", "各镇（街道）"]
        );
        assert_eq!(units(t)[3].2, Collective);
    }

    #[test]
    fn units_between_a_lead_clause_and_a_cooperating_one_do_not_lead() {
        let t = "省发展改革委、财政厅牵头；省工业和信息化委、林业厅，国家开发银行云南省分行，各州、市人民政府配合";
        assert_eq!(names(t, Lead), ["省发展改革委", "财政厅"]);
        assert_eq!(
            names(t, Responsible),
            ["省工业和信息化委", "林业厅", "国家开发银行云南省分行"]
        );
        assert_eq!(names(t, Cooperating), ["各州、市人民政府"]);
        // without a lead clause, the units before the cooperating ones lead
        assert_eq!(names("区财政局，区商务局配合", Lead), ["区财政局"]);
    }

    #[test]
    fn a_class_after_a_collective_shares_its_ge() {
        // `各处、单位` is every office and every unit: one collective, not a bare class
        // that would void the clause
        let t = "综合处牵头，各处、单位配合落实";
        assert_eq!(names(t, Lead), ["综合处"]);
        assert_eq!(names(t, Cooperating), ["各处、单位"]);
        assert_eq!(units(t)[1].2, Collective);
    }

    #[test]
    fn a_table_bar_left_in_text_ends_a_name() {
        // a web table printed as text whose rows lost their cells' places: its bars stay in
        // the paragraph, never in a unit's name
        let t = "| 办公室牵头，各科室按职责分工落实 | ||";
        assert_eq!(names(t, Lead), ["办公室"]);
        assert_eq!(names(t, Responsible), ["各科室"]);
        let t = "县财政局｜县教育局";
        assert_eq!(names(t, Responsible), ["县财政局", "县教育局"]);
    }

    #[test]
    fn lead_marker_inside_a_clause() {
        let t = "区司法局牵头区直有关行政执法部门，各镇（街道）";
        assert_eq!(names(t, Lead), ["区司法局"]);
        let r = units(t);
        assert_eq!(r[1], ("区直有关行政执法部门".into(), Responsible, Vague));
        assert_eq!(r[2].0, "各镇（街道）");
    }

    #[test]
    fn a_note_after_a_role_name_leaves_it_naming_no_one() {
        let r = units("各承办单位（见附件1）、区档案局");
        assert_eq!(r[0], ("各承办单位（见附件1）".into(), Responsible, Vague));
        assert_eq!(r[1].2, Concrete);
        // a note after a unit's own name keeps it concrete
        let r = units("区政府办公室（区网站管理中心）");
        assert_eq!(r[0].2, Concrete);
    }

    #[test]
    fn a_verb_before_a_body_makes_no_name() {
        // 迎接 and 鼓励 open sentences (`迎接省局飞行检查`, `鼓励各村利用…`), never names
        let vocab = Vocabulary::bundled().unwrap();
        assert!(!looks_like_name("迎接省局", &vocab));
        assert!(!looks_like_name("鼓励各村", &vocab));
        assert!(looks_like_name("区接待办", &vocab));
    }

    #[test]
    fn brackets_never_split_a_name() {
        let t = "区党政办（文秘科、宣传科）牵头，各单位按职责分工落实";
        assert_eq!(
            units(t),
            [
                ("区党政办（文秘科、宣传科）".into(), Lead, Concrete),
                ("各单位".into(), Responsible, Vague)
            ]
        );
        let t = "区党政办(文秘科、宣传科)、区综治局";
        assert_eq!(
            names(t, Responsible),
            ["区党政办（文秘科、宣传科）", "区综治局"]
        );
    }

    #[test]
    fn a_count_in_brackets_after_a_name_is_no_part_of_it() {
        // an enforcement plan gives each office its share of work days
        assert_eq!(
            names(
                "协调处（20日），危化处（20个工作日），安劳支队(100日)",
                Responsible
            ),
            ["协调处", "危化处", "安劳支队"]
        );
        assert_eq!(names("危化处（60日）。", Responsible), ["危化处"]);
        // a note naming another body stays the name's
        assert_eq!(
            names("区政府办公室（区网站管理中心）", Responsible),
            ["区政府办公室（区网站管理中心）"]
        );
    }

    #[test]
    fn names_joined_by_and_after_a_suffix_are_two() {
        let all = |text: &str| -> Vec<String> { units(text).into_iter().map(|u| u.0).collect() };
        assert_eq!(all("经济办和引进办"), ["经济办", "引进办"]);
        assert_eq!(all("水利所和各村（社区）"), ["水利所", "各村（社区）"]);
        assert_eq!(all("县妇联及乡镇妇联"), ["县妇联", "乡镇妇联"]);
        assert_eq!(all("县委和县政府"), ["县委", "县政府"]);
        // …and after a word ending a unit's name, unless a bare class follows
        assert_eq!(
            all("各级行业主管部门和各物业服务企业"),
            ["各级行业主管部门", "各物业服务企业"]
        );
        assert_eq!(all("各相关单位及乡镇"), ["各相关单位", "乡镇"]);
        assert_eq!(all("区直各部门和单位"), ["区直各部门和单位"]);
        // 和 inside a name, and a level's bodies joined, stay one name
        assert_eq!(all("县住房和城乡建设局"), ["县住房和城乡建设局"]);
        assert_eq!(all("县发展和改革局"), ["县发展和改革局"]);
        assert_eq!(
            all("各县（市、区）党委和人民政府"),
            ["各县（市、区）党委和人民政府"]
        );
    }

    #[test]
    fn names_written_together_are_split() {
        assert_eq!(
            names("区发改委区商务局牵头，区政府有关部门负责落实", Lead),
            ["区发改委", "区商务局"]
        );
        assert_eq!(units("市自然资源局高新分局")[0].0, "市自然资源局高新分局");
        assert_eq!(
            units("区政府办公室（区网站管理中心）")[0].0,
            "区政府办公室（区网站管理中心）"
        );
    }

    #[test]
    fn labelled_half_width_lists() {
        let t = "牵头单位:区政府办公室、区营商局;责任单位:区政府有关部门、各街道办事处";
        assert_eq!(names(t, Lead), ["区政府办公室", "区营商局"]);
        assert_eq!(
            units(t)[2..],
            [
                ("区政府有关部门".into(), Responsible, Vague),
                ("各街道办事处".into(), Responsible, Collective)
            ]
        );
    }

    #[test]
    fn a_label_for_units_and_their_officers_names_the_units() {
        let t = "责任单位及责任人:呈贡县政府、市公安消防支队主要领导。";
        assert_eq!(names(t, Responsible), ["呈贡县政府", "市公安消防支队"]);
        let t = "责任单位和责任人：盘龙区政府主要领导";
        assert_eq!(names(t, Responsible), ["盘龙区政府"]);
        let t = "责任单位及责任人：镇农业服务中心分管负责人王刚";
        assert_eq!(names(t, Responsible), ["镇农业服务中心"]);
        // (…or their contacts, the label joined on or not)
        let t = "责任单位及联系人：县住建局 王五 13800001111";
        assert_eq!(names(t, Responsible), ["县住建局"]);
        let t = "落实单位责任人：区市场监督管理局金井分局林雄、区交建局 高兆霞";
        assert_eq!(
            names(t, Responsible),
            ["区市场监督管理局金井分局", "区交建局"]
        );
        // (a name ending as a unit's does is kept whole: 林 of 县林 is no person)
        assert_eq!(names("落实单位：县人民医院", Responsible), ["县人民医院"]);
    }

    #[test]
    fn a_label_with_an_alternate_name_in_brackets() {
        // 牵头科室(单位)：names the lead as 牵头科室： would
        let [lead, _, _] = roles("牵头科室(单位):计划科、科技资源统筹中心基建办");
        assert_eq!(lead, ["计划科", "科技资源统筹中心基建办"]);
        let t = "责任科室（单位）：县总医院、县妇幼保健院";
        assert_eq!(names(t, Responsible), ["县总医院", "县妇幼保健院"]);
        // a bracket holding a list or a sentence is no alternate name
        assert_eq!(label_alternate("(单位)：计划科"), Some("：计划科"));
        assert_eq!(label_alternate("(科室、单位)：计划科"), None);
        assert_eq!(label_alternate("(由局办公室统一负责协调)：x"), None);
    }

    #[test]
    fn units_that_divide_the_work_among_them_are_assigned() {
        // `（机关党委牵头，各成员单位分工负责）`: 分工负责 ends the statement and the name
        let [lead, _, responsible] = roles("机关党委牵头，省局党的建设领导小组各成员单位分工负责");
        assert_eq!(lead, ["机关党委"]);
        assert_eq!(responsible, ["省局党的建设领导小组各成员单位"]);
        let [_, _, responsible] = roles("局办公室牵头，局科技科分工落实");
        assert_eq!(responsible, ["局科技科"]);
    }

    #[test]
    fn wubi_after_a_subject_makes_it_the_doer() {
        // 务必 says who must do the work, as 必须 does
        assert_eq!(
            subject("各村（社区）务必于5月底前完成辖区隐患排查"),
            Some("各村（社区）")
        );
        assert_eq!(subject("各单位必须于5月底前完成排查"), Some("各单位"));
    }

    #[test]
    fn xieban_ends_a_name_and_marks_it_cooperating() {
        // X负责，Y协办: 协办 is a role word like 配合, not the end of a name
        let [lead, cooperating, _] = roles("省财政厅负责，省审计厅、卫生厅协办");
        assert_eq!(lead, ["省财政厅"]);
        assert_eq!(cooperating, ["省审计厅", "卫生厅"]);
        // X主办，Y协办: the host leads
        let [lead, cooperating, _] = roles("省财政厅主办，省国税局、地税局协办");
        assert_eq!(lead, ["省财政厅"]);
        assert_eq!(cooperating, ["省国税局", "地税局"]);
    }

    #[test]
    fn a_duty_word_inside_a_units_name_does_not_cut_it() {
        // 区委组织部 holds 组织, which after a name is a duty word (区财政局组织实施)
        let [lead, cooperating, _] = roles("牵头单位：区委组织部；协办单位：区委编办");
        assert_eq!(lead, ["区委组织部"]);
        assert_eq!(cooperating, ["区委编办"]);
        assert_eq!(subject("区委组织部组织开展培训"), Some("区委组织部"));
        assert_eq!(subject("区财政局组织实施"), Some("区财政局"));
        // …as 科技资源统筹中心 holds 统筹 (市发改委统筹推进 does not)
        let [lead, _, _] = roles("牵头单位：科技资源统筹中心、市统筹城乡发展办公室");
        assert_eq!(lead, ["科技资源统筹中心", "市统筹城乡发展办公室"]);
    }

    #[test]
    fn a_responsibility_label_over_units_that_state_their_roles() {
        // 责任单位：X牵头，Y配合 — the units say who leads and who cooperates
        let [lead, cooperating, responsible] =
            roles("责任单位：县财政局牵头，县审计局、各乡镇配合");
        assert_eq!(lead, ["县财政局"]);
        assert_eq!(cooperating, ["县审计局", "各乡镇"]);
        assert!(responsible.is_empty());
        // without role words the label's role holds
        let [lead, _, responsible] = roles("责任单位：县财政局、县审计局");
        assert_eq!(responsible, ["县财政局", "县审计局"]);
        assert!(lead.is_empty());
        // an activity's 项目实施 names who carries it out
        let [_, _, responsible] = roles("项目实施：团省委办公室、组织部");
        assert_eq!(responsible, ["团省委办公室", "组织部"]);
    }

    #[test]
    fn a_subjects_short_form_in_brackets_is_no_part_of_its_name() {
        // `（以下简称…）` gives the name the text uses later: the subject is the name before it
        let vocab = Vocabulary::bundled().unwrap();
        let subject = |clause: &str| {
            prose_subject(clause, &vocab).map(|(s, e, _, _)| clause[s..e].to_owned())
        };
        assert_eq!(
            subject("县发展和改革委员会（以下简称县发改委）负责编制项目清单").as_deref(),
            Some("县发展和改革委员会")
        );
        assert_eq!(
            subject("县统计局、县经济普查领导小组办公室(以下简称“县经普办”)制定普查方案")
                .as_deref(),
            Some("县统计局、县经济普查领导小组办公室")
        );
        // (a bracket inside the short form is closed before the bracket it stands in)
        assert_eq!(
            subject("县文化和旅游局（以下简称县文旅局（县文物局））负责").as_deref(),
            Some("县文化和旅游局")
        );
    }

    #[test]
    fn a_unit_after_yi_leads_only_before_a_lead_marker() {
        let vocab = Vocabulary::bundled().unwrap();
        let found = |clause: &str| {
            prose_subject(clause, &vocab).map(|(s, e, role, _)| (clause[s..e].to_owned(), role))
        };
        assert_eq!(
            found("以城区残联牵头"),
            Some(("城区残联".to_owned(), UnitRole::Lead))
        );
        // (以 before a level is the scale the work is done at)
        assert_eq!(found("以县为单位组织开展培训"), None);
    }

    #[test]
    fn an_order_to_people_names_no_unit() {
        // `必须服从…中心` is what the people must do, not a body's name ending in 中心
        let vocab = Vocabulary::bundled().unwrap();
        assert_eq!(
            prose_subject("各现场作业人员必须服从县人工影响天气中心统一指挥", &vocab),
            None
        );
    }

    #[test]
    fn a_role_named_with_a_duty_word_assigns_nothing() {
        // 发挥…牵头作用 says which role a unit plays, not that it leads this task
        let vocab = Vocabulary::bundled().unwrap();
        assert_eq!(prose_subject("发挥农业农村部门牵头作用", &vocab), None);
        // 组织体系 is the field of work, not 共青团 organising 体系
        assert_eq!(prose_subject("共青团组织体系建设", &vocab), None);
        // a clause opening with 确保 says what the work secures: 场馆所 is no institute
        assert_eq!(
            prose_subject("确保场馆所在学校周边的环境卫生", &vocab),
            None
        );
        assert_eq!(
            subject_and_role("县农业农村局牵头推进"),
            Some(("县农业农村局", Lead))
        );
        // a department named by its sectors, eight characters of them, is a subject
        assert_eq!(
            subject_and_role("人力资源社会保障部门要及时办理用工手续"),
            Some(("人力资源社会保障部门", Responsible))
        );
        // the role a unit works in after 作为 is no part of its name
        assert_eq!(
            subject_and_role("市经委作为全市域外招商牵头责任部门"),
            Some(("市经委", Responsible))
        );
    }

    #[test]
    fn departments_named_by_their_sectors_before_etc_are_a_subject() {
        let vocab = Vocabulary::bundled().unwrap();
        let names = |s: &str| -> Vec<String> {
            name_list(subject(s).unwrap(), Responsible, &vocab)
                .into_iter()
                .map(|u| u.name)
                .collect()
        };
        let s = "商务、市场监管、教育等部门应组织开展专项整治";
        assert_eq!(subject(s), Some("商务、市场监管、教育等部门"));
        assert_eq!(names(s), ["商务", "市场监管", "教育"]);
        // the names joined on after the class are the subject's too
        let s = "宣传、工商等各有关部门和县(市)区要按照各自工作职责";
        assert_eq!(subject(s), Some("宣传、工商等各有关部门和县(市)区"));
        assert_eq!(names(s), ["宣传", "工商", "县（市）区"]);
        // …and so are sectors whose last names their class, without 等
        let s = "交通运输、公安交警、应急管理部门要督促企业落实主体责任";
        assert_eq!(subject(s), Some("交通运输、公安交警、应急管理部门"));
        assert_eq!(names(s), ["交通运输", "公安交警", "应急管理部门"]);
        assert_eq!(
            subject("公安、交通运输部门要强化执法"),
            Some("公安、交通运输部门")
        );
        assert_eq!(
            subject("交通运输、 公安交警、 应急管理部门要强化责任"),
            Some("交通运输、 公安交警、 应急管理部门")
        );
        assert_eq!(subject("加强、完善监管部门要做好"), None);
        assert_eq!(subject("继续与区边防、海事部门开展联合执法"), None);
        // a sector opening with a verb's character is a subject all the same
        assert_eq!(subject("应急管理部门要加强安全监管"), Some("应急管理部门"));
        // fields of business and work named by verbs are no departments
        assert_eq!(subject("餐饮、商场等行业要加强管理"), None);
        assert_eq!(subject("加强、完善等部门要做好"), None);
        // …nor are the ones a clause only mentions after its opening word
        assert_eq!(subject("经教育、文体等部门共同研究"), None);
        assert_eq!(subject("向发改、财政等部门报告进展"), None);
        // the role word after the class is theirs
        assert_eq!(
            subject_and_role("住建、消防等部门配合"),
            Some(("住建、消防等部门", Cooperating))
        );
    }

    #[test]
    fn the_partner_work_is_done_with_cooperates() {
        assert_eq!(
            subject_and_role("与诸暨市民政局联合开展地方标准宣贯培训"),
            Some(("诸暨市民政局", Cooperating))
        );
        // a village named 联合 is one name, not a unit and its duty word
        assert_ne!(subject("由城关镇联合村负责日常保洁"), Some("城关镇"));
    }

    #[test]
    fn a_list_inside_brackets_belongs_to_the_subjects_name() {
        assert_eq!(
            subject("各县（市、区）要做好宣传工作"),
            Some("各县（市、区）")
        );
        assert_eq!(
            subject("各市、县(市、区)政府要加强领导"),
            Some("各市、县(市、区)政府")
        );
        // levels given as alternatives inside a name still end like one
        let vocab = Vocabulary::bundled().unwrap();
        assert!(looks_like_name("各县（市）区", &vocab));
        // …and a county taken as the unit of work is no unit
        assert!(!looks_like_name("以县为单位", &vocab));
        assert!(!looks_like_name("县为单位", &vocab));
    }

    #[test]
    fn after_by_a_long_name_without_a_level_is_the_subject() {
        assert_eq!(
            subject("由蓝田县猿人遗址文管所全面负责安全管理工作"),
            Some("蓝田县猿人遗址文管所")
        );
        // units doing the work together (联合) are its subject; a federation (联合会) is a name
        assert_eq!(
            subject("由住建办、文体中心、九里村委会联合开展调查登记"),
            Some("住建办、文体中心、九里村委会")
        );
        assert_eq!(subject("市残疾人联合会要做好"), Some("市残疾人联合会"));
        // without 由 such a name is only mentioned first
        assert_eq!(subject("蓝田县猿人遗址文管所全面负责安全管理工作"), None);
    }

    #[test]
    fn a_town_is_a_subject_and_the_plan_speaking_of_itself_is_not() {
        assert_eq!(
            stated_subject("由城关镇负责组织拆除旱厕"),
            Some(("城关镇", true))
        );
        assert_eq!(stated_subject("我乡将继续加强沟通"), None);
        assert_eq!(stated_subject("城镇要加快发展"), None);
    }

    #[test]
    fn a_duty_running_into_its_noun_is_no_person() {
        // 负责 + 人口普查, not 负责人
        assert_eq!(
            stated_subject("省统计局负责人口普查的日常工作"),
            Some(("省统计局", true))
        );
        // (the person stays one: `各单位负责人要…` names no duty)
        let vocab = Vocabulary::bundled().unwrap();
        assert!(!strong_after("负责人要亲自抓", &vocab));
    }

    #[test]
    fn firms_are_units_only_as_a_class() {
        // `各物业服务企业` are the firms a notice gives work; `大型企业` only whom it concerns
        assert_eq!(
            subject("各物业服务企业要严格落实值班制度"),
            Some("各物业服务企业")
        );
        assert_eq!(subject("大型企业要严格落实值班制度"), None);
        assert_eq!(subject("督促企业落实主体责任"), None);
    }

    #[test]
    fn a_clause_opening_with_a_verb_or_an_adverb_has_no_subject() {
        assert_eq!(subject("检查政法部门执行法律法规的情况"), None);
        assert_eq!(subject("始终站在群众立场，千方百计办实事"), None);
        assert_eq!(subject("出台统一的固化标准"), None);
        // (an office's short name after the verb is one: 检查组)
        assert_eq!(subject("县检查组要加强督导"), Some("县检查组"));
    }

    #[test]
    fn a_time_limit_between_subject_and_verb_keeps_the_subject() {
        // the limit stands between who and what: `各乡镇2023年底前建设…`
        assert_eq!(subject("各乡镇2023年底前建设示范点"), Some("各乡镇"));
        assert_eq!(subject("县民政局6月底前完成摸底"), Some("县民政局"));
        assert_eq!(subject("县民政局年内完成摸底"), Some("县民政局"));
        // (a year alone is no limit, and a limit must be followed by the work)
        assert_eq!(subject("县民政局2023年工作要点"), None);
        assert_eq!(after_time_limit("2023年底前"), None);
        assert_eq!(after_time_limit("12月31日之前报送"), Some("报送"));
    }

    #[test]
    fn each_of_several_levels_is_one_collective_subject() {
        assert_eq!(subject("各县、区要建设示范点"), Some("各县、区"));
        assert_eq!(subject("各县、区2023年底前遴选"), Some("各县、区"));
        assert_eq!(subject("县、镇政府全面落实"), Some("县、镇政府"));
        // (counted before their body)
        assert_eq!(
            subject("省、市、县三级政府共同督办"),
            Some("省、市、县三级政府")
        );
        assert_eq!(subject("市、县两级政府要加强督导"), Some("市、县两级政府"));
        // (without 各 or a body the levels are no subject)
        assert_eq!(subject("县、区要建设示范点"), None);
    }

    #[test]
    fn a_subject_said_to_be_the_one_responsible_does_the_work() {
        assert_eq!(
            subject("各县(市、区)人民政府是工程建设的主体,要把工程列入计划"),
            Some("各县(市、区)人民政府")
        );
        // (being something else gives no work)
        assert_eq!(subject("县人民政府是本县的行政机关"), None);
    }

    #[test]
    fn a_manner_ending_in_a_unit_suffix_is_no_subject() {
        // 精心组织 is how the work is done, not 精心 doing it; 中心 stays a unit
        assert_eq!(subject("精心组织，加强统筹协调"), None);
        assert_eq!(
            subject("市政务服务中心组织开展培训"),
            Some("市政务服务中心")
        );
    }

    #[test]
    fn a_level_with_its_alternative_in_brackets_names_their_bodies() {
        let vocab = Vocabulary::bundled().unwrap();
        assert!(is_unit_list("村（社区）", &vocab));
        assert!(is_unit_list("镇（街道）", &vocab));
        assert!(is_unit_list("城关社区", &vocab));
        assert!(is_unit_list("县工业园区", &vocab));
        // (a level with any note is not: `村（组）` says which part of the village)
        assert!(!is_unit_list("村（组）", &vocab));
        assert!(!is_unit_list("村", &vocab));
    }

    #[test]
    fn a_phrase_of_work_ending_in_a_units_word_names_no_unit() {
        let vocab = Vocabulary::bundled().unwrap();
        assert!(!is_unit_list("创建生态文明社区", &vocab));
        assert!(!is_unit_list("推进团组织", &vocab));
        assert!(!is_unit_list("支持镇政府", &vocab));
        // a verb of work and an office's word are an office's short name
        assert!(is_unit_list("创建办", &vocab));
        assert!(is_unit_list("培育中心", &vocab));
        // (a duty to oversee or guide units names none: `职责:负责…;监督各有关单位…`; a group
        // named for its work is one: 监督组)
        assert!(!is_unit_list("监督各有关单位", &vocab));
        assert!(!is_unit_list("指导各乡镇", &vocab));
        assert!(is_unit_list("监督组", &vocab));
        // the words that do open names stay names
        assert!(is_unit_list("县委组织部", &vocab));
        assert!(is_unit_list("街道社区", &vocab));
    }

    #[test]
    fn units_on_a_line_of_lead_partner_and_main_labels() {
        let t = "牵头部门：镇水利站 协作部门：镇工业办公室、镇城建办 主体责任单位：各村（居）";
        assert_eq!(names(t, Lead), ["镇水利站"]);
        assert_eq!(names(t, Cooperating), ["镇工业办公室", "镇城建办"]);
        assert_eq!(names(t, Responsible), ["各村（居）"]);
    }

    #[test]
    fn a_lead_working_with_others() {
        // X会同Y: X leads, Y cooperates
        let [lead, cooperating, responsible] = roles("发展改革委会同中央农办、农业部等部门");
        assert_eq!(lead, ["发展改革委"]);
        assert_eq!(cooperating, ["中央农办", "农业部"]);
        assert!(responsible.is_empty());
        let vocab = Vocabulary::bundled().unwrap();
        let s = "由国土资源部会同农业部研究提出落实意见";
        let (start, end, role, strong) = prose_subject(s, &vocab).unwrap();
        assert_eq!(
            (&s[start..end], role, strong),
            ("国土资源部会同农业部", Lead, true)
        );
        let read: Vec<_> = subject_units(&s[start..end], role, &vocab)
            .into_iter()
            .map(|u| (u.name, u.role))
            .collect();
        assert_eq!(
            read,
            [("国土资源部".into(), Lead), ("农业部".into(), Cooperating)]
        );
        // …and so does X联合Y (`由市人力资源社会保障局联合市教育局、市总工会等部门开展`)
        let [lead, cooperating, _] =
            roles("由市人力资源社会保障局联合市教育局、市总工会等部门开展");
        assert_eq!(lead, ["市人力资源社会保障局"]);
        assert_eq!(cooperating, ["市教育局", "市总工会"]);
        // (a name holding the word is one unit: 市工商联合会)
        let [lead, cooperating, _] = roles("由市工商联合会负责");
        assert_eq!(lead, ["市工商联合会"]);
        assert!(cooperating.is_empty());
    }

    #[test]
    fn a_note_after_the_labelled_units_names_none() {
        let t = "责任单位：省发展改革委、省市场监管局按职责分工负责。具体任务均涉及相关市（州）人民政府，不再做分工，下同。";
        assert_eq!(names(t, Responsible), ["省发展改革委", "省市场监管局"]);
        assert_eq!(units(t).len(), 2);
        let vocab = Vocabulary::bundled().unwrap();
        // a bracket opening with a unit label assigns its task, 下同 or not
        assert!(!states_convention(&t[..t.len() - "。".len()], &vocab));
        assert!(states_convention("列第一位为牵头单位，下同", &vocab));
    }

    #[test]
    fn role_phrases_are_not_names() {
        assert_eq!(
            units("管委会办公室牵头落实"),
            [("管委会办公室".into(), Lead, Concrete)]
        );
        assert_eq!(
            units("相关各部门、城南办事处分别落实"),
            [
                ("相关各部门".into(), Responsible, Vague),
                ("城南办事处".into(), Responsible, Concrete)
            ]
        );
        assert_eq!(
            names(
                "区政府新闻办牵头，区教体局、区人社局等部门按照部门职责分工分别退静",
                Responsible
            ),
            ["区教体局", "区人社局"]
        );
        assert_eq!(
            names(
                "区城管局、区住建局等按职责分工负责，各镇（街道）",
                Responsible
            ),
            ["区城管局", "区住建局", "各镇（街道）"]
        );
        assert_eq!(names("区政府办公室负责落实", Responsible), ["区政府办公室"]);
    }

    #[test]
    fn cells_that_read_as_units() {
        let vocab = Vocabulary::bundled().unwrap();
        assert!(looks_like_units("各单位按职责分工落实", &vocab));
        assert!(looks_like_units(
            "区党政办牵头，各单位按职责分工落实",
            &vocab
        ));
        assert!(!looks_like_units(
            "38. 按照国家和省、市的有关规定, 加强指导和监管, 做好教育、卫生健康等领域的公共企事业单位信息公开工作, 优化公共服务。",
            &vocab
        ));
        // a name or two closed by a stop: a unit cell when each opens as a unit's name does,
        // a sentence when a verb opens it
        assert!(looks_like_units("区投资促进中心。", &vocab));
        assert!(looks_like_units("区教育局、区财政局。", &vocab));
        // …or as a class of units does, with 各
        assert!(looks_like_units("各县(区)政府、市直园区管委会。", &vocab));
        assert!(!looks_like_units("建成县残疾人综合服务中心。", &vocab));
        // a phrase of work ending in a unit's word is no unit cell, an office's short name is
        assert!(!looks_like_units("创建国家级示范区", &vocab));
        assert!(looks_like_units("创建办", &vocab));
        assert!(!looks_like_units(
            "改扩建县人民医院、县妇幼保健院。",
            &vocab
        ));
    }

    #[test]
    fn a_unit_cell_ending_in_its_duty_word_or_joining_its_last_name() {
        let vocab = Vocabulary::bundled().unwrap();
        let joined = "区发展改革局、市规划和自然资源局番禺区分局，以及各有关单位、各镇（街）办理。";
        assert!(looks_like_units(joined, &vocab));
        let cases: [(&str, &[(&str, UnitRole)]); 7] = [
            (
                joined,
                &[
                    ("区发展改革局", Responsible),
                    ("市规划和自然资源局番禺区分局", Responsible),
                    ("各有关单位", Responsible),
                    ("各镇（街）", Responsible),
                ],
            ),
            (
                "区政府办会同各有关单位、各镇（街）办理。",
                &[
                    ("区政府办", Lead),
                    ("各有关单位", Cooperating),
                    ("各镇（街）", Cooperating),
                ],
            ),
            // the duty word after a lead marker, and a requirement after the names, name no one
            (
                "区发展改革局、区市场监管局牵头办理，在工作中加强与上级单位沟通对接。",
                &[("区发展改革局", Lead), ("区市场监管局", Lead)],
            ),
            // a short name in a clause of its own stays a name in a cell, though it opens as a
            // sentence may (于, 将, 应)
            (
                "区财政局，金井湾",
                &[("区财政局", Responsible), ("金井湾", Responsible)],
            ),
            (
                "市文广新旅局，于都县、瑞金市",
                &[
                    ("市文广新旅局", Responsible),
                    ("于都县", Responsible),
                    ("瑞金市", Responsible),
                ],
            ),
            (
                "市农业农村局，将乐县",
                &[("市农业农村局", Responsible), ("将乐县", Responsible)],
            ),
            // a name that is not followed by a duty word keeps its words (集中 opens sentences
            // and this name alike)
            (
                "集中采购中心，区财政局",
                &[("集中采购中心", Responsible), ("区财政局", Responsible)],
            ),
        ];
        for (text, want) in cases {
            let got = parse_cell_units(text, Responsible, &vocab);
            let got: Vec<(&str, UnitRole)> =
                got.iter().map(|u| (u.name.as_str(), u.role)).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    /// The groups of the runs found in glued text, as strings.
    fn glued_groups(text: &str, lexicon: &[&str]) -> Vec<Vec<String>> {
        let vocab = Vocabulary::bundled().unwrap();
        let lexicon = Lexicon::from_names(lexicon.iter().map(|s| s.to_string()));
        unit_runs(text, &vocab, &lexicon)
            .into_iter()
            .map(|r| {
                r.groups
                    .iter()
                    .map(|&(a, b)| text[a..b].to_owned())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn glued_cells_split_where_one_unit_ends_and_the_next_begins() {
        // a government and the class it owns are one name
        assert_eq!(
            glued_groups("做好信息公开区民政局区政府各部门完整梳理数据资源", &[]),
            [["区民政局", "区政府各部门"]]
        );
        // 办事处 is one ending, not 办 and the start of the next cell
        assert_eq!(
            glued_groups(
                "做好信息公开区消防救援大队各街道办事处依法梳理检查结果",
                &[]
            ),
            [["区消防救援大队", "各街道办事处"]]
        );
        // after 按 come the duties, not a unit
        assert_eq!(
            glued_groups(
                "公开工作区财政局区发展和改革局按要求梳理老旧小区改造办事指南",
                &[]
            ),
            [["区财政局", "区发展和改革局"]]
        );
        // a unit alone in its cell ends where its duty begins; a vague one is a unit too
        assert_eq!(
            glued_groups("着力推进专题建设县信访局依法梳理资金使用情况", &[]),
            [["县信访局"]]
        );
        assert_eq!(
            glued_groups(
                "强化药品安全公开工作县人力资源和社会保障局规范更新办事指南",
                &[]
            ),
            [["县人力资源和社会保障局"]]
        );
        assert_eq!(
            glued_groups(
                "抓好生态环境信息公开相关单位区住建局、区人社局分类完善",
                &[]
            ),
            [["相关单位", "区住建局、区人社局"]]
        );
        // a name the document writes elsewhere starts the run inside a longer first reading
        assert_eq!(
            glued_groups(
                "推进老旧小区改造数据开放区消防救援大队各街道办事处依法梳理",
                &["区消防救援大队"]
            ),
            [["区消防救援大队", "各街道办事处"]]
        );
    }
}
