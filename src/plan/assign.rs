//! Assignment clauses: the places a paragraph says who does a task and by when.
//!
//! * a unit parenthetical anywhere in the paragraph: `…。（区资源生态局牵头，区经发局等按职责
//!   分工负责）`, `〔责任单位：…〕`, several in one paragraph each closing its own sentences;
//! * labelled fields, on their own line or after the text: `牵头单位：X`, `责任单位：Y；完成
//!   时限：…`, `…设想等，责任单位：区交建局。时间要求：…`, `责任分工：…`;
//! * a line that is only units and a duty word: `市发改委牵头落实`.
//!
//! A clause also says whether it states an assignment for the whole document
//! (`以下均需各片区配合落实，不再列出`).

use crate::document::is_space;
use crate::document::text::is_han;
use crate::plan::model::{UnitKind, UnitRole};
use crate::plan::text::{is_close, is_open, split_top_level};
use crate::plan::units::{
    before_convention, duty_word_at, is_unit_list, is_unit_statement, labels, looks_like_name,
    looks_like_units, name_list, prose_subject, sentences_before, states_convention, LabelKind,
};
use crate::plan::vocab::Vocabulary;

/// How a clause is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClauseKind {
    /// In brackets.
    Parenthetical,
    /// In a later sentence's own words (`…。由X牵头，Y配合，…`): read like a bracket, but the
    /// words stay in the task's text, and the plan may still assign the rest in prose.
    Leading,
    /// Labelled fields (`牵头单位：…`).
    Labelled,
    /// A line of units and a duty word.
    Statement,
    /// Units as the subject of a sentence (`由区财政金融局统筹安排`, `各有关单位要…`): read only
    /// in plans that state no assignment any other way. `strong` when the sentence says plainly
    /// that they do the work (由…, 负责, 牵头).
    Prose { role: UnitRole, strong: bool },
}

/// An assignment clause in a text (byte ranges into that text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    /// The whole clause, brackets or labels included: not part of the task's own text.
    pub start: usize,
    pub end: usize,
    /// What the units and time limits are read from.
    pub inner: (usize, usize),
    pub kind: ClauseKind,
    /// It states an assignment for the tasks that follow (`以下均需…不再列出`).
    pub doc_wide: bool,
    /// It holds at least one unit label or unit statement (not only a time limit or a person).
    pub names_units: bool,
    /// A bare list of units in a bracket still open where the text ends: it assigns only when
    /// the page was cut there, at the document's end, not where a bracket wraps onto the next
    /// paragraph (`（市场监管总局、邮政局按职责分工` / `负责）`).
    pub cut_list: bool,
    /// The first sentence of a numbered item, naming only units (`3.人民检察院。…`): taken
    /// back when the items turn out to be a campaign's slogans (`法律进机关。`).
    pub unit_sentence: bool,
}

/// The duties after a unit's name, past a label that only announces them
/// (`综合协调组。 工作职责：负责起草…` → `负责起草…`).
pub fn duties_after<'s>(rest: &'s str, vocab: &Vocabulary) -> &'s str {
    let rest = rest.trim_matches(is_space);
    vocab
        .heading_duty_words
        .iter()
        .find_map(|w| {
            rest.strip_prefix(w.as_str())
                .and_then(|r| r.strip_prefix(['：', ':']))
        })
        .map_or(rest, |r| r.trim_start_matches(is_space))
}

/// The word that opens a statement of duties (`县环保局。负责…`, `工作职责：负责…`).
pub(crate) const DUTY_OPENER: &str = "负责";

/// Longest line read as a bare unit statement (`市发改委牵头落实`).
const MAX_STATEMENT_CHARS: usize = 60;

/// Every assignment clause in `s` (folded text), in order.
pub fn find(s: &str, vocab: &Vocabulary) -> Vec<Clause> {
    let mut out = parentheticals(s, vocab);
    for c in labelled_runs(s, vocab) {
        if !out.iter().any(|p| p.start <= c.start && c.start < p.end) {
            out.push(c);
        }
    }
    out.sort_by_key(|c| c.start);
    // a unit opening its duties whose persons are labelled after them (`（一）道路运输保障组：
    // 负责…。责任人：黄勇、杨文革。`): the persons name no unit, the heading does
    if !out.is_empty() && out.iter().all(|c| !c.names_units) {
        if let Some(h) = unit_heading(s, vocab).filter(|h| out.iter().all(|c| c.start >= h.end)) {
            out.insert(0, h);
        }
    }
    if out.is_empty() {
        if let Some(c) = statement(s, vocab)
            .or_else(|| leading(s, vocab))
            .or_else(|| unit_heading(s, vocab))
            .or_else(|| numbered_subject(s, vocab))
        {
            out.push(c);
        } else {
            out.extend(closing_statements(s, vocab));
            if out.is_empty() {
                out.extend(leading_later(s, vocab));
            }
            if out.is_empty() {
                out.extend(cut_leading(s, vocab));
            }
        }
    }
    out
}

/// A numbered item whose first clause has units as its subject doing the work
/// (`1.区交通与建设局负责打击…；`, `（二）区规划局牵头编制…`): the item is theirs.
fn numbered_subject(s: &str, vocab: &Vocabulary) -> Option<Clause> {
    let at = number_label_end(s)?;
    let (a, b) = split_top_level(&s[at..], &['，', ',', '；', ';', '。'])
        .into_iter()
        .next()?;
    let (st, e, role, strong) = prose_subject(&s[at + a..at + b], vocab)?;
    let (start, end) = (at + a + st, at + a + e);
    // `请各单位做好…` addresses everyone: a requirement, not an assignment; and departments
    // named by their sectors alone (`区卫生、公安等部门…`) are prose's way of naming them
    let named = name_list(&s[start..end], role, vocab)
        .iter()
        .any(|u| u.kind != UnitKind::Vague && looks_like_name(&u.name, vocab));
    // (units the item opens with that are to do its work, `1.县水利局要做好…`, are its own as
    // plainly as `1.县水利局负责…`)
    // (…and so are units named by their level or class that a verb of work follows straight
    // away, `3.乡镇街道建立完善…`; not `（一）本机关制定的…`, what an organ does)
    let by_level = || s[start..end].starts_with(|c: char| vocab.opens_unit_name(c));
    let to_do = vocab
        .doer_words
        .iter()
        .any(|w| s[end..].starts_with(w.as_str()))
        || opens_with_work_verb(&s[end..], vocab) && by_level();
    if !(strong || to_do) || !named {
        return None;
    }
    Some(Clause {
        start,
        end,
        inner: (start, end),
        kind: ClauseKind::Prose { role, strong },
        doc_wide: false,
        names_units: true,
        cut_list: false,
        unit_sentence: false,
    })
}

/// Where a short number label opening `s` ends (`（一）`, `12.`, `三、`), if it has one.
fn number_label_end(s: &str) -> Option<usize> {
    let label = s.find(['）', ')', '、', '.', '．'])?;
    let at = label + s[label..].chars().next().map_or(1, char::len_utf8);
    (s[..at].trim_matches(is_space).chars().count() <= MAX_LABEL_BEFORE_CLAUSE
        && s[..label]
            .chars()
            .any(|c| c.is_ascii_digit() || is_chinese_digit(c)))
    .then_some(at)
}

/// A digit of a Chinese number label (一 … 十).
fn is_chinese_digit(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
    )
}

/// Unit statements that close a sentence of their own inside a paragraph
/// (`…7个工作日内公开。区城管局、区住建局等按职责分工负责。`): each assigns the work before it.
fn closing_statements(s: &str, vocab: &Vocabulary) -> Vec<Clause> {
    let mut out = Vec::new();
    let mut from = 0;
    for (i, c) in s.char_indices() {
        if c != '。' {
            continue;
        }
        let end = i + c.len_utf8();
        // the first sentence is the task's own text
        if from > 0 {
            if let Some(mut clause) = statement(&s[from..end], vocab) {
                clause.start += from;
                clause.end += from;
                clause.inner = (clause.inner.0 + from, clause.inner.1 + from);
                out.push(clause);
            }
        }
        from = end;
    }
    out
}

/// Longest number label before a leading assignment (`（十一）`, `12.`).
const MAX_LABEL_BEFORE_CLAUSE: usize = 6;
/// Longest title of an item before a comma and its leading assignment (`道路交通安全专项整治，
/// 由…负责`): a longer opening is a sentence of work, whose 由 may name a means.
const MAX_TITLE_BEFORE_CLAUSE: usize = 16;
/// Longest list of unit names before a colon that opens a paragraph of their duties.
const MAX_UNIT_HEADING_CHARS: usize = 30;

/// Where a clause may open a paragraph: its start, just after a short number label, or
/// after the label of the task's text or requirement (`整改要求：由县环卫站负责清除…`).
fn opening(s: &str, at: usize, vocab: &Vocabulary) -> bool {
    let before = s[..at].trim_matches(is_space);
    // (or after the item's short title and a comma: `（三）道路交通安全专项整治，由公安、交通
    // 部门负责，有关部门配合。`)
    let titled = before.strip_suffix(['，', ',']).is_some_and(|head| {
        let title = number_label_end(head).map_or(head, |e| &head[e..]);
        let title = title.trim_matches(is_space);
        // (a title names a field of work; `推进…转型，由…负责` is a sentence of work)
        !title.is_empty()
            && !opens_with_work_verb(title, vocab)
            && title.chars().count() <= MAX_TITLE_BEFORE_CLAUSE
            && !title.contains(['，', ',', '。', '；', ';', '：', ':'])
    });
    titled
        || before.is_empty()
        || before.chars().count() <= MAX_LABEL_BEFORE_CLAUSE
            && before.ends_with(['）', ')', '、', '.', '．'])
        || before
            .strip_suffix(['：', ':'])
            .is_some_and(|label| vocab.names_text_column(label.trim_matches(is_space)))
}

/// An assignment stated before the work it assigns (`由省经贸委承办，省农业厅、卫生厅协办。`,
/// `（一）由省经贸委负责，省农业厅配合，加快…`): 由, the names and their duty words, clause by
/// clause, opening the paragraph or a sentence after its first (`…清理整治乱搭乱建。由爱卫办
/// 牵头，环保局、教育局配合，各乡镇负责抓好落实…`). The last clause may run on into the work
/// after its duty word (`…街道办等相关部门配合落实城区环境卫生整治`): the assignment ends at
/// that word.
fn leading(s: &str, vocab: &Vocabulary) -> Option<Clause> {
    if let Some(at) = s.find('由').filter(|&at| opening(s, at, vocab)) {
        return leading_at(s, at, false, vocab);
    }
    // …or without 由, when one unit's duty is followed by its partners' (`7.莆田出入境检验检疫
    // 局负责，市工商局配合，加强…`): one named subject alone stays the sentence's
    // (read only where a partner's word stands at all: most paragraphs have none)
    if !vocab
        .cooperating_markers
        .iter()
        .any(|w| s.contains(w.as_str()))
    {
        return None;
    }
    let at = number_label_end(s).unwrap_or(0);
    let at = at + (s[at..].len() - s[at..].trim_start_matches(is_space).len());
    let clause = leading_at(s, at, false, vocab)?;
    let duties = split_top_level(&s[at..clause.end], &['，', ',', '；', ';', '。']).len();
    (duties >= MIN_BARE_LEADING_DUTIES).then_some(clause)
}

/// Fewest duty clauses that make an opening without 由 an assignment (`X负责，Y配合，…`).
const MIN_BARE_LEADING_DUTIES: usize = 2;

/// A leading assignment opening a sentence after the paragraph's first: read where no
/// sentence there is a bare unit statement.
fn leading_later(s: &str, vocab: &Vocabulary) -> Option<Clause> {
    s.match_indices('由')
        .filter(|&(at, _)| {
            // or after a word for the work before it (`此项工作由…`)
            let topic = vocab
                .assignment_topics
                .iter()
                .find(|w| s[..at].ends_with(w.as_str()))
                .map_or(0, String::len);
            opens_sentence(s, at - topic)
        })
        .find_map(|(at, _)| leading_at(s, at, true, vocab))
}

/// An assignment sentence cut with its page inside its list of names, where the text ends
/// (`…。此项工作由南昌移动公司、南昌联通公司和`): the names before the cut still say who does
/// the work. Read only at the document's end ([`Clause::cut_list`]).
fn cut_leading(s: &str, vocab: &Vocabulary) -> Option<Clause> {
    let at = s.rfind('由')?;
    let topic = vocab
        .assignment_topics
        .iter()
        .find(|w| s[..at].ends_with(w.as_str()))
        .map_or(0, String::len);
    if !opens_sentence(s, at - topic) {
        return None;
    }
    let start = at + '由'.len_utf8();
    let rest = s[start..].trim_end_matches(|c: char| {
        is_space(c) || matches!(c, '、' | '，' | ',' | '和' | '及' | '与')
    });
    let names = split_top_level(rest, &['、', '，', ',']).len();
    (names >= MIN_CUT_LIST_NAMES && is_bare_unit_list(rest, 0, vocab)).then(|| Clause {
        start: at,
        end: s.trim_end_matches(is_space).len(),
        inner: (start, start + rest.len()),
        kind: ClauseKind::Leading,
        doc_wide: false,
        names_units: true,
        cut_list: true,
        unit_sentence: false,
    })
}

/// Whether `at` starts a sentence after the paragraph's first (just after `。`).
fn opens_sentence(s: &str, at: usize) -> bool {
    s[..at].trim_end_matches(is_space).ends_with('。')
}

/// The leading assignment opening at `at` (a `由`), if the names after it do the work;
/// `later` when it opens a sentence after the paragraph's first.
fn leading_at(s: &str, at: usize, later: bool, vocab: &Vocabulary) -> Option<Clause> {
    let duty = |rest: &str| {
        let rest = rest.trim_matches(is_space);
        !rest.is_empty()
            && vocab
                .statement_endings
                .iter()
                .chain(&vocab.lead_markers)
                .chain(&vocab.cooperating_markers)
                .any(|w| rest == w.as_str())
    };
    // a duty word the work runs on after (`配合落实…`, `负责抓好…`)
    let opens_duty = |rest: &str| {
        vocab
            .lead_markers
            .iter()
            .chain(&vocab.cooperating_markers)
            .map(String::as_str)
            .chain([DUTY_OPENER])
            .find(|w| rest.starts_with(w))
            .map(str::len)
    };
    let mut end = None;
    for (a, b) in split_top_level(&s[at..], &['，', ',', '；', ';', '。']) {
        let seg = &s[at + a..at + b];
        let Some((_, names_end, _, _)) = prose_subject(seg, vocab) else {
            break;
        };
        // an officer leading (`由县政府主要领导牵头`) is a person, not a unit
        if vocab.names_officer(seg) {
            break;
        }
        if duty(&seg[names_end..]) {
            end = Some(at + b);
            continue;
        }
        // a paragraph's first clause stays whole when the work runs on after it (`由镇安办牵头
        // 组织…`): the plan may read it as a sentence's subject; after other sentences it is
        // the assignment of the work before (`此项工作由市委宣传部负责组织协调`)
        if let Some(len) = opens_duty(&seg[names_end..]).filter(|_| later || end.is_some()) {
            end = Some(at + a + names_end + len);
        }
        break;
    }
    let end = end?;
    Some(Clause {
        start: at,
        end,
        inner: (at, end),
        // (opening the paragraph it is cut from the text, so a date after it opens the work:
        // `由县公安局负责，7月1日至15日开展…`)
        kind: if later {
            ClauseKind::Leading
        } else {
            ClauseKind::Parenthetical
        },
        doc_wide: false,
        names_units: true,
        cut_list: false,
        unit_sentence: false,
    })
}

/// A paragraph opening with the units whose duties it lists (`乡镇政府：负责辖区道路…`, or
/// with a full stop when 负责 follows: `县环保局。负责对全县秸秆禁烧…`).
fn unit_heading(s: &str, vocab: &Vocabulary) -> Option<Clause> {
    let colon = s.find(['：', ':', '。']).filter(|&i| {
        !s[i..].starts_with('。')
            || duties_after(&s[i + '。'.len_utf8()..], vocab).starts_with(DUTY_OPENER)
    })?;
    // a number label may stand before the names (（一）农业部门：要…)
    let label = number_label_end(s).filter(|&l| l <= colon).unwrap_or(0);
    let names = s[label..colon].trim_matches(is_space);
    // (the names may say these are their duties: `（二）公安部门职责：`, `县教育局的职责：`)
    let names = vocab
        .heading_duty_words
        .iter()
        .find_map(|w| names.strip_suffix(w.as_str()))
        .map_or(names, |n| n.strip_suffix('的').unwrap_or(n))
        .trim_end_matches(is_space);
    let after = s[colon..].chars().next().map_or(1, char::len_utf8);
    // the duties follow (负责…, 要…): addressees are followed by a notice's sentence (现将…)
    let duties = duties_after(&s[colon + after..], vocab);
    // (…counted out: `公安部门职责：一是负责…；二是…`)
    let duties = crate::plan::text::after_sub_item_word(duties).unwrap_or(duties);
    if names.is_empty()
        || names.chars().count() > MAX_UNIT_HEADING_CHARS
        || !(duty_word_at(duties, vocab) || opens_with_work_verb(duties, vocab))
        || !looks_like_units(names, vocab)
    {
        return None;
    }
    let start = label + (s[label..].len() - s[label..].trim_start_matches(is_space).len());
    Some(Clause {
        start,
        end: colon + after,
        inner: (start, start + names.len()),
        kind: ClauseKind::Labelled,
        doc_wide: false,
        names_units: true,
        cut_list: false,
        unit_sentence: false,
    })
}

/// Whether text opens with a verb of work (`work_verbs`: `加强…`, `制订宣传工作方案`), maybe
/// after a word of manner (`定期开展…`): after a unit's name and a colon, the unit's duties; a
/// paragraph of a part's own work.
pub(crate) fn opens_with_work_verb(s: &str, vocab: &Vocabulary) -> bool {
    let g = &vocab.genres;
    let verb_at = |t: &str| g.work_verbs.iter().any(|v| t.starts_with(v.as_str()));
    verb_at(s)
        || g.work_adverbs
            .iter()
            .any(|a| s.strip_prefix(a.as_str()).is_some_and(verb_at))
}

fn doc_wide(s: &str, vocab: &Vocabulary) -> bool {
    vocab
        .doc_wide_markers
        .iter()
        .any(|m| s.contains(m.as_str()))
}

impl Clause {
    /// A clause over names that open an item as who does it (`1、综合协调组。`,
    /// `3.人民检察院。…`): they are responsible, plainly.
    pub fn subject_names(start: usize, end: usize) -> Clause {
        Clause {
            start,
            end,
            inner: (start, end),
            kind: ClauseKind::Prose {
                role: UnitRole::Responsible,
                strong: true,
            },
            doc_wide: false,
            names_units: true,
            cut_list: false,
            unit_sentence: false,
        }
    }

    /// Whether the clause assigns the sentences it closes (in the folded text `s` it was found
    /// in): one stating a rule for the whole document may first name this task's own units
    /// (`（省国资委牵头。明确牵头部门的，有关部门配合，下同）`), in the sentences before the
    /// one holding its marker.
    pub fn assigns_own(&self, s: &str, vocab: &Vocabulary) -> bool {
        if !self.names_units {
            return false;
        }
        if !self.doc_wide {
            return true;
        }
        let inner = s.get(self.inner.0..self.inner.1).unwrap_or("");
        let own = sentences_before(inner, |sentence| doc_wide(sentence, vocab));
        vocab
            .lead_markers
            .iter()
            .chain(&vocab.statement_endings)
            .any(|w| own.contains(w.as_str()))
    }
}

/// Bracket groups at the top level whose inside is a unit statement.
fn parentheticals(s: &str, vocab: &Vocabulary) -> Vec<Clause> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut open_at = 0;
    for (i, c) in s.char_indices() {
        if is_open(c) && !matches!(c, '《' | '“' | '「') {
            if depth == 0 {
                open_at = i;
            }
            depth += 1;
        } else if is_close(c) && !matches!(c, '》' | '”' | '」') && depth > 0 {
            depth -= 1;
            if depth == 0 {
                let inner_start = open_at + s[open_at..].chars().next().map_or(1, char::len_utf8);
                let inner = &s[inner_start..i];
                // a bracket stating a convention (列第一位为牵头单位，下同) assigns no task — but
                // for the sentences before the convention's (省国资委牵头。明确牵头部门的…，下同)
                // (…or for the bare list the convention runs on after, `（市税务局、市财政局，
                // 各县市、区政府，列第一位的为牵头单位，下同。…）`)
                let own = if states_convention(inner, vocab) {
                    // (two names or more: words of a convention no pattern knows,
                    // `列第一位者为工作总牵头单位`, end like one name)
                    before_convention(inner, vocab, |list| {
                        list.contains(['、', '，', ',']) && is_bare_unit_list(list, 1, vocab)
                    })
                } else {
                    inner
                };
                // (…or stands alone on its line after the sentences it assigns: `（行政审批办、
                // 医政科、监督科）`)
                let alone = s[..open_at].trim_matches(is_space).is_empty()
                    && s[i + c.len_utf8()..].trim_matches(is_space).is_empty();
                // (…or closes the item's text after words that are no name, `《监狱法》（监狱管
                // 理局）`, `做好工作（市司法局）` — not a name's own bracket, `组织各镇（街道）`)
                // (nor a person's post or office after the name, `林 勇（广播电视站）`,
                // `成员：张三（县发改局）、李四（县财政局）`: the words of work are the run of Han
                // characters right before the bracket)
                let before = s[..open_at].trim_end_matches(is_space);
                let work_words = before.chars().rev().take_while(|&c| is_han(c)).count();
                let ends_text = s[i + c.len_utf8()..]
                    .trim_matches(|c: char| is_space(c) || matches!(c, '。' | '；' | ';'))
                    .is_empty()
                    && before.chars().next_back().is_some_and(|b| {
                        b == '》'
                            || work_words >= MIN_WORDS_BEFORE_CLOSING_UNITS
                                && !vocab.name_ends.contains(b)
                                && !is_close(b)
                    });
                let closing = closes_sentence(s, open_at) || alone || ends_text;
                // (a name the vocabulary does not know passes among others only beside the
                // convention, which says the bracket lists units)
                let stray = usize::from(states_convention(inner, vocab));
                if !own.is_empty()
                    && (is_unit_statement(own, vocab)
                        || closing && is_bare_unit_list(own, stray, vocab))
                {
                    out.push(Clause {
                        start: open_at,
                        end: i + c.len_utf8(),
                        inner: (inner_start, inner_start + own.len()),
                        kind: ClauseKind::Parenthetical,
                        doc_wide: doc_wide(own, vocab),
                        names_units: true,
                        cut_list: false,
                        unit_sentence: false,
                    });
                }
            }
        }
    }
    // a bracket still open where the text ends was cut with its page (`…（牵头单位：省发展改革委；
    // 责任单位：省编办、省住建厅、`): a labelled one still says who does the work
    if depth > 0 {
        let inner_start = open_at + s[open_at..].chars().next().map_or(1, char::len_utf8);
        let end = s.trim_end_matches(is_space).len();
        let inner = &s[inner_start..end.max(inner_start)];
        if !states_convention(inner, vocab) && starts_with_label(inner, vocab) {
            out.push(Clause {
                start: open_at,
                end,
                inner: (inner_start, end.max(inner_start)),
                kind: ClauseKind::Parenthetical,
                doc_wide: doc_wide(inner, vocab),
                names_units: true,
                cut_list: false,
                unit_sentence: false,
            });
        } else if let Some(whole) = whole_names_of_cut_list(inner, vocab)
            .or_else(|| whole_statement_of_cut_list(inner, vocab))
            .filter(|_| closes_sentence(s, open_at) && !states_convention(inner, vocab))
        {
            // …and so does a bare list of units after its sentence, its names up to the cut
            // (`。（市财政局、市商务局、市工商联等部门和14个乡镇人民政府负`), or a statement
            // of who leads, cut in the list after it (`。（市生态环境局牵头督导，市公安局、`)
            out.push(Clause {
                start: open_at,
                end,
                inner: (inner_start, inner_start + whole),
                kind: ClauseKind::Parenthetical,
                doc_wide: false,
                names_units: true,
                cut_list: true,
                unit_sentence: false,
            });
        }
    }
    out
}

/// Fewest Han characters right before a bracket of units that closes an item's text with no
/// full stop (`做好普法工作（市司法局）`): fewer are a person's name before an office (`林 勇（广播
/// 电视站）`).
const MIN_WORDS_BEFORE_CLOSING_UNITS: usize = 5;

/// Fewest whole names a bracket cut with its page lists before the cut for them to say who
/// does the work: one name may be a sentence's word.
const MIN_CUT_LIST_NAMES: usize = 2;

/// The byte length of the whole names a bracket cut with its page lists before its last
/// separator (`市财政局、市商务局、市工商联等部门和14个乡镇人民政府负` → `市财政局、市商务局`),
/// when there are enough of them and nothing else.
fn whole_names_of_cut_list(inner: &str, vocab: &Vocabulary) -> Option<usize> {
    let cut = inner.rfind(['、', '，', ','])?;
    let whole = &inner[..cut];
    let names = split_top_level(whole, &['、', '，', ',']).len();
    (names >= MIN_CUT_LIST_NAMES && is_bare_unit_list(whole, 0, vocab)).then_some(cut)
}

/// The byte length of a bracket cut with its page up to its last separator, when what comes
/// before it states who leads (`市生态环境局牵头督导，市公安局、自然资源局、` →
/// `市生态环境局牵头督导，市公安局、自然资源局`).
fn whole_statement_of_cut_list(inner: &str, vocab: &Vocabulary) -> Option<usize> {
    let cut = inner.rfind(['、', '，', ','])?;
    let whole = &inner[..cut];
    let leads = vocab
        .lead_markers
        .iter()
        .any(|m| whole.contains(m.as_str()));
    (leads && is_unit_statement(whole, vocab)).then_some(cut)
}

/// Whether a bracket's inside opens with a label of units (`牵头单位：`), as a cut bracket must
/// for its words to be read as an assignment.
fn starts_with_label(inner: &str, vocab: &Vocabulary) -> bool {
    labels(inner, vocab)
        .first()
        .is_some_and(|l| inner[..l.at].trim_matches(is_space).is_empty())
}

/// Whether a bracket `s[open..close]` stands after its sentence's full stop or semicolon
/// (`…严厉查处违法犯罪活动。（区公安局）`); right after a name it is part of it (各镇（街道）).
fn closes_sentence(s: &str, open: usize) -> bool {
    let before = s[..open].trim_end_matches(is_space).chars().next_back();
    before.is_some_and(|c| matches!(c, '。' | '；' | ';'))
}

/// Fewest names in a bracket's list for one piece among them not to read as a name
/// (`中储粮株洲直属库` after four 市…局): a longer list of names is still who does the work.
const MIN_LIST_WITH_STRAY_NAME: usize = 3;

/// Whether a bracket's inside is nothing but unit names (`区公安局`, `区社会事业局、区市场监管局`),
/// up to `stray_allowed` of a longer list perhaps named in words the vocabulary does not
/// know: closing a sentence, it says who does the work.
fn is_bare_unit_list(inner: &str, stray_allowed: usize, vocab: &Vocabulary) -> bool {
    let t = inner.trim_matches(is_space);
    if t.is_empty() || t.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let pieces: Vec<&str> = split_top_level(t, &['、', '，', ',', '；', ';'])
        .into_iter()
        .map(|(a, b)| {
            let piece = t[a..b].trim_matches(is_space);
            piece.strip_suffix('等').unwrap_or(piece)
        })
        .collect();
    let names = pieces
        .iter()
        .filter(|p| !p.is_empty() && looks_like_name(p, vocab))
        .count();
    let stray = pieces.len() - names;
    stray == 0
        || stray <= stray_allowed && names >= MIN_LIST_WITH_STRAY_NAME && !pieces.contains(&"")
}

/// Runs of labelled fields outside brackets: from the first label to the end of the last
/// label's sentence.
fn labelled_runs(s: &str, vocab: &Vocabulary) -> Vec<Clause> {
    let found: Vec<_> = labels(s, vocab)
        .into_iter()
        .filter(|l| depth_at(s, l.at) == 0)
        .collect();
    let mut out: Vec<Clause> = Vec::new();
    for l in found {
        let end = value_end(s, l.value);
        // a label closing a sentence that introduces what follows (`…提出如下任务分工：`)
        // labels nothing here
        if s[l.value.min(end)..end]
            .trim_matches(|c: char| is_space(c) || matches!(c, '。' | '；' | ';'))
            .is_empty()
            && l.at > 0
        {
            continue;
        }
        let names_units = matches!(l.kind, LabelKind::Units(_) | LabelKind::Duties);
        match out.last_mut() {
            // the next label continues the run when only separators stand between them
            // (or stands inside the last one's value: `牵头处室：X配合单位：Y`)
            Some(last)
                if last.end >= l.at
                    || s[last.end..l.at]
                        .trim_matches(|c: char| {
                            is_space(c) || matches!(c, '。' | '；' | ';' | '，' | ',')
                        })
                        .is_empty() =>
            {
                last.end = last.end.max(end);
                last.inner.1 = last.end;
                last.names_units |= names_units;
                last.doc_wide |= doc_wide(&s[l.at..end], vocab);
            }
            _ => out.push(Clause {
                start: l.at,
                end,
                inner: (l.at, end),
                kind: ClauseKind::Labelled,
                doc_wide: doc_wide(&s[l.at..end], vocab),
                names_units,
                cut_list: false,
                unit_sentence: false,
            }),
        }
    }
    out
}

/// Bracket depth at byte `at`.
fn depth_at(s: &str, at: usize) -> i32 {
    let mut depth = 0i32;
    for c in s[..at].chars() {
        if is_open(c) {
            depth += 1;
        } else if is_close(c) {
            depth = (depth - 1).max(0);
        }
    }
    depth
}

/// Where a label's value ends: at the sentence end (。 outside brackets), or the text's end.
fn value_end(s: &str, from: usize) -> usize {
    let mut depth = 0i32;
    for (i, c) in s[from..].char_indices() {
        if is_open(c) {
            depth += 1;
        } else if is_close(c) {
            depth = (depth - 1).max(0);
        } else if depth == 0 && matches!(c, '。' | '\n') {
            return from + i + c.len_utf8();
        }
    }
    s.len()
}

/// A short line that is only units and a duty word (`市发改委牵头落实`, `区财政局负责`).
fn statement(s: &str, vocab: &Vocabulary) -> Option<Clause> {
    let t = s.trim_matches(is_space);
    if t.is_empty() || t.chars().count() > MAX_STATEMENT_CHARS {
        return None;
    }
    // a line ending mid-sentence is a fragment of wrapped text, not a statement
    if t.ends_with(['；', ';', '，', ',', '、']) {
        return None;
    }
    let core = t.trim_end_matches(['。', '.']);
    // a sentence (with a colon, a quoted title, a full stop inside) is not a unit statement,
    // nor is one an officer leads (`由县政府主要领导牵头，…`)
    if core.contains(['：', ':', '《', '“', '。', '？', '！']) || vocab.names_officer(core) {
        return None;
    }
    let ends = vocab
        .statement_endings
        .iter()
        .any(|w| core.ends_with(w.as_str()));
    let starts_with_number = core.starts_with(|c: char| {
        c.is_ascii_digit()
            || matches!(
                c,
                '（' | '('
                    | '一'
                    | '二'
                    | '三'
                    | '四'
                    | '五'
                    | '六'
                    | '七'
                    | '八'
                    | '九'
                    | '十'
                    | '第'
            )
    });
    if starts_with_number
        || !(ends && looks_like_units(core, vocab) && is_unit_statement(core, vocab))
    {
        return None;
    }
    let start = s.len() - s.trim_start_matches(is_space).len();
    Some(Clause {
        start,
        end: start + t.len(),
        inner: (start, start + t.len()),
        kind: ClauseKind::Statement,
        doc_wide: doc_wide(t, vocab),
        names_units: true,
        cut_list: false,
        unit_sentence: false,
    })
}

/// The subject of a clause that does not open with it: after 由, or a name that plainly does
/// the work after other words (a heading's title run into its first sentence:
/// 抓好乡村绿化区财政金融局负责…). Of the names ending at the same place, the shortest
/// (区财政金融局, not 乡村绿化区财政金融局).
fn subject_within(
    seg: &str,
    after_title: bool,
    vocab: &Vocabulary,
) -> Option<(usize, usize, UnitRole, bool)> {
    let mut best: Option<(usize, usize, UnitRole, bool)> = None;
    let mut quoted = 0i32; // inside 《…》 a name is a document's title, not a subject
    for (i, c) in seg.char_indices().skip(1) {
        match c {
            '《' | '“' => quoted += 1,
            '》' | '”' => quoted -= 1,
            _ => {}
        }
        if quoted > 0 {
            continue;
        }
        let by = c == '由';
        let names = vocab.admin_prefixes.contains(&c) || after_title && vocab.opens_collective(c);
        if !by && !names {
            continue;
        }
        // (…the partner after 与 is no subject: `与诸暨市民政局联合开展…`)
        let after_partner = || {
            let before = &seg[..i];
            vocab
                .subject_prepositions
                .iter()
                .any(|p| before.ends_with(p.as_str()) || before.starts_with(p.as_str()))
        };
        if !by && after_partner() {
            continue;
        }
        // (…nor a level's character inside a word: the 乡 of 城乡 in `住房和城乡建设部门负责`)
        let inside_word = seg[..i].chars().next_back().is_some_and(|p| {
            vocab.not_unit_endings.iter().any(|w| {
                let mut cs = w.chars();
                cs.next() == Some(p) && cs.next() == Some(c) && cs.next().is_none()
            })
        });
        if !by && inside_word {
            continue;
        }
        let Some((st, e, role, strong)) = prose_subject(&seg[i..], vocab) else {
            continue;
        };
        if !(by || strong || after_title) {
            continue;
        }
        match best {
            Some((_, be, _, _)) if be != i + e => break,
            // a later name of the same list (县职教中心、县消防大队…负责) keeps the list whole
            Some((bs, _, _, _)) if seg[bs..i].contains('、') => break,
            // …and a class over levels keeps them (各县区政府, 各旗县区政府: not 区政府)
            Some((bs, _, _, _)) if seg[bs..i].chars().all(|c| vocab.opens_unit_name(c)) => continue,
            _ => best = Some((i + st, i + e, role, true)),
        }
    }
    best
}

/// Units as sentence subjects, clause by clause (between 。；，), in order. A subject may
/// also follow 由 inside a clause (`…资金由区财政金融局统筹安排`), or a numbered heading's
/// title that runs into the first sentence (`六、强化组织领导各牵头单位要…`). `mark` is the
/// length of a numbered heading's number: the text is read after it, and a number is never
/// part of a subject (`（1）县林业局要…` names 县林业局).
pub fn prose(s: &str, vocab: &Vocabulary, mark: Option<usize>) -> Vec<Clause> {
    let mut out = Vec::new();
    let heading = mark.is_some();
    let from = mark.unwrap_or(0).min(s.len());
    let segments: Vec<(usize, usize)> = split_top_level(&s[from..], &['。', '；', ';', '，', ','])
        .into_iter()
        .map(|(a, b)| (a + from, b + from))
        .collect();
    for (n, &(a, b)) in segments.iter().enumerate() {
        let seg = &s[a..b];
        let after_title = heading && n == 0;
        // names alone, their duty after a comma (`区行政审批局，负责提供…`, `区土开集团、城投
        // 集团，负责统计…`): the names are the duty's subject
        let before_duty = || {
            let names = seg.trim_matches(is_space);
            let next = segments
                .get(n + 1)
                .map(|&(c, d)| s[c..d].trim_start_matches(is_space))?;
            let leads = vocab
                .lead_markers
                .iter()
                .any(|w| next.starts_with(w.as_str()));
            let role = if leads {
                UnitRole::Lead
            } else {
                UnitRole::Responsible
            };
            let start = seg.len() - seg.trim_start_matches(is_space).len();
            // (…or a word giving them the work, perhaps after 都 or 均: `各社区、自然村、镇直
            // 部门和乡镇站所，都要围绕…`)
            let asked = || {
                let after = next.trim_start_matches(['都', '均']);
                vocab
                    .doer_words
                    .iter()
                    .any(|w| after.starts_with(w.as_str()))
            };
            ((leads || next.starts_with(DUTY_OPENER) || asked()) && is_unit_list(names, vocab))
                .then(|| (start, start + names.len(), role, true))
        };
        // (a sub-item's number before the subject is none of its name: `6、(1)水务局抓好…`;
        // nor is its word, `二是加强公共厕所、中转站等…的管理`)
        let numbered = crate::plan::text::bracketed_number_len(seg);
        let numbered = crate::plan::text::after_sub_item_word(&seg[numbered..])
            .map_or(numbered, |rest| seg.len() - rest.len());
        let found = prose_subject(&seg[numbered..], vocab)
            .map(|(x, y, role, strong)| (x + numbered, y + numbered, role, strong))
            .or_else(|| subject_within(seg, after_title, vocab));
        let found = found.or_else(before_duty);
        if let Some((st, e, role, strong)) = found {
            out.push(Clause {
                start: a + st,
                end: a + e,
                inner: (a + st, a + e),
                kind: ClauseKind::Prose { role, strong },
                doc_wide: false,
                names_units: true,
                cut_list: false,
                unit_sentence: false,
            });
        }
    }
    out
}

/// Whether the clauses cover the whole text (only separators outside them): the paragraph is
/// an assignment, not task text.
pub fn covers(s: &str, clauses: &[Clause]) -> bool {
    let mut at = 0;
    for c in clauses {
        if !s[at..c.start.max(at)]
            .trim_matches(|c: char| is_space(c) || matches!(c, '。' | '；' | ';' | '，' | ','))
            .is_empty()
        {
            return false;
        }
        at = at.max(c.end);
    }
    !clauses.is_empty()
        && s[at..]
            .trim_matches(|c: char| is_space(c) || matches!(c, '。' | '；' | ';' | '，' | ','))
            .is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v() -> Vocabulary {
        Vocabulary::bundled().unwrap()
    }

    fn clauses(s: &str) -> Vec<(&str, ClauseKind)> {
        find(s, &v())
            .into_iter()
            .map(|c| (&s[c.start..c.end], c.kind))
            .collect()
    }

    #[test]
    fn a_units_duties_after_its_name_and_a_colon_or_full_stop() {
        let names = |s: &'static str| {
            find(s, &v())
                .into_iter()
                .map(|c| &s[c.inner.0..c.inner.1])
                .collect::<Vec<_>>()
        };
        assert_eq!(names("乡镇政府：负责辖区道路交通安全管理。"), ["乡镇政府"]);
        assert_eq!(
            names("县环保局。负责对全县秸秆禁烧工作实施统一监督。"),
            ["县环保局"]
        );
        assert_eq!(names("（一）农业部门：要采取有效措施。"), ["农业部门"]);
        assert_eq!(
            names("1、综合协调组。 工作职责：负责起草重要文件。"),
            ["综合协调组"]
        );
        // or a verb of work after the colon
        assert_eq!(
            names("区委宣传部：制订宣传工作方案，协调新闻单位做好禁放宣传报导。"),
            ["区委宣传部"]
        );
        assert_eq!(
            names("市城管执法局：采取有效措施，及时制止和查处露天烧烤行为。"),
            ["市城管执法局"]
        );
        // a verb opening a clause is no unit's name, whatever name follows it
        assert!(names("采取与中央文明办对接和深入基层上下结合两种办法，查找不足。").is_empty());
        assert!(names("各镇（街道）、区直各部门：现将有关事项通知如下。").is_empty());
        // a sentence that ends is no unit's name
        assert!(names("加强组织领导。负责同志要亲自抓。").is_empty());
    }

    #[test]
    fn parentheticals_anywhere_and_several() {
        let s = "做好规划。（市规划国土委负责落实）加快建设。（市发展改革委负责落实）";
        assert_eq!(
            clauses(s),
            [
                ("（市规划国土委负责落实）", ClauseKind::Parenthetical),
                ("（市发展改革委负责落实）", ClauseKind::Parenthetical)
            ]
        );
        assert!(clauses("加强《条例》（2019年修订）宣传").is_empty());
    }

    #[test]
    fn a_bracket_of_fields_may_state_the_time_before_the_units() {
        let s = "印发贯彻实施方案。(完成时间:2025年12月底前;责任单位:省住建厅)";
        assert_eq!(
            clauses(s),
            [(
                "(完成时间:2025年12月底前;责任单位:省住建厅)",
                ClauseKind::Parenthetical
            )]
        );
        // (a bracket of the time alone assigns nothing)
        assert!(clauses("印发贯彻实施方案。(完成时间:2025年12月底前)").is_empty());
    }

    /// The names of the one clause `s` holds, which must be a list cut with the page.
    fn cut_list_names(s: &str) -> &str {
        let found = find(s, &v());
        assert_eq!(found.len(), 1, "{s}");
        assert!(found[0].cut_list, "{s}");
        &s[found[0].inner.0..found[0].inner.1]
    }

    #[test]
    fn a_labelled_bracket_cut_at_the_end_of_the_text_still_assigns() {
        let s = "全面开放市场。（牵头单位：省发展改革委；责任单位：省编办、省住建厅、";
        assert_eq!(
            clauses(s),
            [(
                "（牵头单位：省发展改革委；责任单位：省编办、省住建厅、",
                ClauseKind::Parenthetical
            )]
        );
        // a cut bracket of other words is no assignment
        assert!(clauses("加强《条例》宣传（2019年").is_empty());
        // a bare list after its sentence assigns by its whole names (only at the text's end:
        // see `Clause::cut_list`)
        assert_eq!(
            cut_list_names("加强协作。（市财政局、市商务局、市工商联等部门和14个乡镇人民政府负"),
            "市财政局、市商务局"
        );
        assert!(clauses("加强协作（市财政局、市商务局、市工商联").is_empty());
        // …and a statement of who leads, cut in the list after it
        assert_eq!(
            cut_list_names(
                "完成整治任务。（市生态环境局、发展和改革局牵头督导，市公安局、自然资源局、水"
            ),
            "市生态环境局、发展和改革局牵头督导，市公安局、自然资源局"
        );
        // …and so does a sentence assigning by 由, cut inside its list
        assert_eq!(
            cut_list_names("在手机上播发标语口号。此项工作由南昌移动公司、南昌联通公司和"),
            "南昌移动公司、南昌联通公司"
        );
        // (not a name cut alone, nor a 由 inside the sentence)
        assert!(clauses("播发标语口号。此项工作由南昌移动公司和").is_empty());
        assert!(clauses("播发标语口号，资料由南昌移动公司、南昌联通公司和").is_empty());
    }

    #[test]
    fn bare_unit_brackets_closing_an_items_text_assign_it() {
        // a responsibility list: a law cited with the unit answering for it, or work with no
        // full stop before its units
        assert_eq!(
            clauses("（二）《中华人民共和国监狱法》（监狱管理局）"),
            [("（监狱管理局）", ClauseKind::Parenthetical)]
        );
        assert_eq!(
            clauses("（四）做好普法宣传工作（市局法制处）"),
            [("（市局法制处）", ClauseKind::Parenthetical)]
        );
        // not a name's own bracket, a person's office, or a bracket followed by more words
        assert!(clauses("（三）组织动员各镇（街道）").is_empty());
        assert!(clauses("林 勇（广播电视站）").is_empty());
        assert!(clauses("组长：林 勇（广播电视站）").is_empty());
        assert!(clauses("成员：张三（县发改局）、李四（县财政局）").is_empty());
        assert!(clauses("做好普法宣传工作（市局法制处）并按月报送").is_empty());
    }

    #[test]
    fn bare_unit_brackets_after_a_full_stop_assign_the_sentence() {
        let s = "4.开展打击生产销售病死猪违法犯罪行动，严厉查处违法犯罪活动。（区公安局）";
        assert_eq!(clauses(s), [("（区公安局）", ClauseKind::Parenthetical)]);
        // a bracket right after a name is part of it
        assert!(clauses("配合单位各镇（街道）").is_empty());
        // a bracket of other words is no assignment
        assert!(clauses("加强宣传。（2019年修订）").is_empty());
        // a list on its own line, after the sentences it assigns
        assert_eq!(
            clauses("（行政审批办、医政科、监督科）"),
            [("（行政审批办、医政科、监督科）", ClauseKind::Parenthetical)]
        );
        assert!(clauses("（2019年修订）").is_empty());
        // a kind of body named alone names no one
        assert!(clauses("（十三）部门协调，加强沟通。").is_empty());
    }

    #[test]
    fn numbered_items_opening_with_their_units() {
        let s = "1.区交通与建设局负责打击面包车、两轮摩托车等非法营运行为；";
        let found = clauses(s);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "区交通与建设局");
        // everyone addressed is no assignment
        assert!(clauses("2.请各单位做好工作安排，做好参会准备。").is_empty());
        assert!(clauses("3.各单位要高度重视，认真组织。").is_empty());
        // units that are to do the item's work own it as plainly as units responsible for it
        let found = clauses("三、工商局、卫生监督所要认真做好春节期间的食品卫生安全工作。");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "工商局、卫生监督所");
        assert_eq!(clauses("1.县水利局要做好防汛工作。")[0].0, "县水利局");
        // …or named by their level or class with a verb of work right after them
        assert_eq!(
            clauses("3.乡镇街道建立完善本级消防安全委员会。")[0].0,
            "乡镇街道"
        );
        assert!(clauses("（一）本机关制定的规范性文件；").is_empty());
        // …but not units the item only mentions first
        assert!(clauses("4.县水利局的防汛物资储备情况。").is_empty());
        // departments named by their sectors alone are prose's subject, not a plain assignment
        assert!(
            clauses("1、区卫生、公安、教育等部门根据要求,负责限制密切接触者活动范围。").is_empty()
        );
    }

    #[test]
    fn a_unit_statement_closing_a_sentence_inside_a_paragraph() {
        let s = "（一）公开城市管理执法事项清单，在作出决定之日起7个工作日内公开。区城管局、区住建局等按职责分工负责。";
        assert_eq!(
            clauses(s),
            [(
                "区城管局、区住建局等按职责分工负责。",
                ClauseKind::Statement
            )]
        );
    }

    #[test]
    fn a_closing_statement_of_organising_units_or_each_village() {
        let s = "10.组织实施健康素养促进行动。开展健康教育和健康促进工作。卫生院、文教办、宣传办负责组织。";
        assert_eq!(
            clauses(s),
            [("卫生院、文教办、宣传办负责组织。", ClauseKind::Statement)]
        );
        let s =
            "5.组织开展河道环境卫生治理行动。清理河道漂浮物。水利所和各村（社区）负责具体实施。";
        assert_eq!(
            clauses(s),
            [("水利所和各村（社区）负责具体实施。", ClauseKind::Statement)]
        );
    }

    #[test]
    fn labelled_fields_on_their_own_and_after_the_text() {
        let s = "牵头单位：区经发局、区口岸办";
        let c = find(s, &v());
        assert!(covers(s, &c));
        let s = "建设设想等，责任单位：区交建局。时间要求：平潭时报，8月15日；平潭网，8月10日。";
        let c = clauses(s);
        assert_eq!(c.len(), 1);
        assert_eq!(
            c[0].0,
            "责任单位：区交建局。时间要求：平潭时报，8月15日；平潭网，8月10日。"
        );
        let s = "责任领导：张三";
        let c = find(s, &v());
        assert!(!c[0].names_units);
    }

    #[test]
    fn a_leading_assignment_whose_last_units_run_on_into_the_work() {
        let lead = |s: &'static str| {
            find(s, &v())
                .into_iter()
                .map(|c| &s[c.start..c.end])
                .collect::<Vec<_>>()
        };
        // the cooperating units before 配合落实… belong to the assignment
        assert_eq!(
            lead("由建设局牵头，卫生局、环保局、街道办等相关部门单位配合落实城区环境卫生整治。"),
            ["由建设局牵头，卫生局、环保局、街道办等相关部门单位配合"]
        );
        // opening a later sentence of the paragraph
        assert_eq!(
            lead("清理整治乱搭乱建。由爱卫办牵头，环保局、教育局配合，各乡镇负责抓好落实农村环境卫生整治。"),
            ["由爱卫办牵头，环保局、教育局配合，各乡镇负责"]
        );
        // in a later sentence read like a bracket, but the words stay in the task's text
        assert_eq!(
            find("清理乱堆乱放。由建设局牵头，卫生局配合，开展整治。", &v())[0].kind,
            ClauseKind::Leading
        );
        assert_eq!(
            find("由建设局牵头，卫生局配合，开展整治。", &v())[0].kind,
            ClauseKind::Parenthetical
        );
        // a paragraph's first clause running on is the work's own sentence
        assert!(lead("由镇安办牵头组织，广泛征求意见。").is_empty());
        // a later sentence may name the work it assigns first
        assert_eq!(
            lead("召开新闻发布会。此项工作由市委宣传部新闻处负责组织发布。"),
            ["由市委宣传部新闻处负责"]
        );
        // …and, ending in a duty word (协调, 部署, 统筹), is an assignment whole, clause by clause
        assert_eq!(
            lead("召开新闻发布会。此项工作由市委宣传部部署，各新闻单位落实，市安监局负责协调。"),
            ["此项工作由市委宣传部部署，各新闻单位落实，市安监局负责协调。"]
        );
        assert!(lead("召开新闻发布会。此后由各单位自行安排。").is_empty());
        // a noun made of a duty word is no duty (`配合度`, `负责人`), and an officer no unit
        assert_eq!(
            lead("开展检查。由县安委办牵头，各单位配合度纳入年度考核。"),
            ["由县安委办牵头"]
        );

        // a bare statement closing the paragraph is read whole, as before
        assert_eq!(
            lead("开展谈心对话。由煤监一处负责，办公室配合。"),
            ["由煤监一处负责，办公室配合。"]
        );
    }

    #[test]
    fn names_alone_before_a_comma_and_a_duty_word_are_its_subject() {
        let roles = |s: &'static str| {
            prose(s, &v(), None)
                .into_iter()
                .map(|c| {
                    let role = match c.kind {
                        ClauseKind::Prose { role, .. } => Some(role),
                        _ => None,
                    };
                    (&s[c.start..c.end], role)
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            roles("区行政审批局，负责提供企业档案资料。"),
            [("区行政审批局", Some(UnitRole::Responsible))]
        );
        assert_eq!(
            roles("区城投集团、区交通集团，牵头统计采购来源。"),
            [("区城投集团、区交通集团", Some(UnitRole::Lead))]
        );
        // (words of work before the comma are no subject)
        assert!(roles("加强源头管理，负责任地做好宣传。").is_empty());
        // a word giving them the work after the comma, perhaps after 都, makes them its subject
        assert_eq!(
            roles("区资源生态局，根据市场需求，合理安排商品砼项目用地。"),
            [("区资源生态局", Some(UnitRole::Responsible))]
        );
        assert_eq!(
            roles("各乡镇、县直各部门，都要围绕以上四个方面开展排查。"),
            [("各乡镇、县直各部门", Some(UnitRole::Responsible))]
        );
        assert!(roles("加强源头管理，要做好宣传。").is_empty());
        // an openness office's short name ends in 开办, which ends no other name
        assert_eq!(
            roles("县政务公开办负责对各乡镇开展督查。"),
            [("县政务公开办", Some(UnitRole::Responsible))]
        );
    }

    #[test]
    fn unit_statement_lines_and_document_wide_assignments() {
        assert_eq!(
            clauses("市发改委牵头落实"),
            [("市发改委牵头落实", ClauseKind::Statement)]
        );
        assert!(clauses("各单位要高度重视").is_empty());
        let s = "落实调查。（区资源生态局牵头负责，各片区负责配合落实，以下均需各片区配合落实，不再列出）";
        assert!(find(s, &v())[0].doc_wide);
    }
}
