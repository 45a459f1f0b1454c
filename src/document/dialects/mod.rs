//! Table dialects: the ways a table survives as plain text. Each dialect is one file with a
//! reader that recognises the table where it starts (always at a header row of column names)
//! and returns its rows; this registry lists them in the order they are tried. A line no
//! dialect claims is a paragraph.

mod box_rows;
mod cell_per_line;
mod cell_stream;
mod fit;
mod flattened;
mod pipe_rows;
mod space_rows;
mod tab_rows;

use crate::document::numbering::Numbering;
use crate::document::text::Text;
use crate::document::{Block, ColumnRole, Hints, Paragraph, Region, Table};

pub use fit::{classify, CellClass};

/// What a dialect reader may consult.
pub struct DialectCx<'a> {
    pub hints: &'a dyn Hints,
    pub numbering: &'a Numbering,
}

/// One way tables are written as text.
pub trait TableDialect: Sync {
    /// Its name, as `planlint parse` reports it.
    fn name(&self) -> &'static str;
    /// The table whose header row starts at `lines[at]`, and the index of the first line after
    /// it; `None` when no table in this dialect starts there.
    fn read(&self, lines: &[Text], at: usize, cx: &DialectCx) -> Option<(Table, usize)>;
}

/// Every dialect, in the order they are tried: the ones with the most explicit cell
/// boundaries first.
pub static DIALECTS: &[&dyn TableDialect] = &[
    &box_rows::BoxRows,
    &tab_rows::TabRows,
    &pipe_rows::PipeRows,
    &space_rows::SpaceRows,
    &cell_per_line::CellPerLine,
    &cell_stream::CellStream,
    &flattened::Flattened,
];

/// The dialect names, for documentation and `planlint parse`.
pub fn names() -> Vec<&'static str> {
    let mut v = vec!["html"];
    v.extend(DIALECTS.iter().map(|d| d.name()));
    v
}

/// Read lines into blocks: tables where a dialect finds one, paragraphs elsewhere.
pub fn read_blocks(lines: &[Text], cx: &DialectCx) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut gap = true;
    let mut i = 0;
    'lines: while i < lines.len() {
        let line = &lines[i];
        if line.is_blank() {
            gap = true;
            i += 1;
            continue;
        }
        if could_be_header(line) {
            for dialect in DIALECTS {
                if let Some((mut table, next)) = dialect.read(lines, i, cx) {
                    if next > i && !table.rows.is_empty() {
                        if let Some(caption) = table.caption.take() {
                            blocks.push(Block::Paragraph(Paragraph {
                                text: caption,
                                gap_before: gap,
                                region: Region::Body,
                            }));
                        }
                        blocks.push(Block::Table(table));
                        i = next;
                        gap = true;
                        continue 'lines;
                    }
                }
            }
        }
        blocks.push(Block::Paragraph(Paragraph {
            text: line.clone(),
            gap_before: gap,
            region: Region::Body,
        }));
        gap = false;
        i += 1;
    }
    blocks
}

/// Longest header cell: a column name is a few words, never a sentence.
pub const MAX_HEADER_CELL_CHARS: usize = 14;

/// Words one of which every task table's header holds, whatever its dialect.
const HEADER_WORDS: &[&str] = &[
    "单位", "任务", "时限", "时间", "部门", "内容", "要求", "措施", "科室", "事项", "序号",
];

/// A cheap filter before the dialects look: a header line is short or holds separators, or
/// uses the words every task table's header uses at least twice (牵头单位配合单位).
fn could_be_header(line: &Text) -> bool {
    let t = line.as_str();
    t.contains('\t')
        || t.contains('|')
        || box_rows::opens_box(t)
        || t.chars().count() <= MAX_HEADER_CELL_CHARS * 2
        || could_be_header_text(opening(t))
        || could_be_header_text(closing(t))
}

/// The closing of a line, where a header run on after a notice's last words stands (`…2018年
/// 2月24日 常熟市2018年政府工作任务分解表 序号 名称 工作任务 牵头责任单位`).
pub(super) fn closing(t: &str) -> &str {
    match t.char_indices().rev().nth(HEADER_OPENING_CHARS) {
        Some((i, _)) => &t[i..],
        None => t,
    }
}

/// How far into a long line a header's words are looked for: a flattened header stands after
/// a table's title, at the line's opening.
const HEADER_OPENING_CHARS: usize = 128;

/// Whether a header cell is a year alone (`2018年`, `2019年度`): a schedule's column of the
/// progress due that year.
pub fn is_year_heading(name: &str) -> bool {
    year_heading_len(name) == Some(name.len())
}

/// The byte length of the year heading a column that opens `rest` (`2018年`, `2019年度`), as
/// a flattened header runs its columns together (`配合单位2018年2019年`).
pub(crate) fn year_heading_len(rest: &str) -> Option<usize> {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits != 4 {
        return None;
    }
    ["年度", "年"]
        .iter()
        .find(|w| rest[digits..].starts_with(**w))
        .map(|w| digits + w.len())
}

/// The opening of a line, where a header run together with its title stands.
pub(super) fn opening(t: &str) -> &str {
    match t.char_indices().nth(HEADER_OPENING_CHARS) {
        Some((i, _)) => &t[..i],
        None => t,
    }
}

/// The first character of each of [`HEADER_WORDS`] (a test keeps the two in step).
const HEADER_WORD_STARTS: &[char] = &['单', '任', '时', '部', '内', '要', '措', '科', '事', '序'];

/// Whether a text uses the words of a task table's header at least twice. One pass: a header
/// word is tried only where a character opens one (a search per word and line cost 5% of
/// reading a plan of paragraphs).
pub(super) fn could_be_header_text(t: &str) -> bool {
    let mut seen = 0;
    for (i, c) in t.char_indices() {
        if HEADER_WORD_STARTS.contains(&c) && HEADER_WORDS.iter().any(|w| t[i..].starts_with(w)) {
            seen += 1;
            if seen >= 2 {
                return true;
            }
        }
    }
    false
}

/// The roles of a row of header names, when they make a header: at least two names a column
/// vocabulary knows, at most one it does not, and one column that says what is done, by whom
/// or by when. Unknown names play the topic role; which topic column holds the task text when
/// no column is named for it is decided from the cells ([`settle_content`]).
pub fn header_roles(names: &[String], hints: &dyn Hints) -> Option<Vec<ColumnRole>> {
    let non_empty = names.iter().filter(|n| !n.is_empty()).count();
    if non_empty < 2
        || names
            .iter()
            .any(|n| n.chars().count() > MAX_HEADER_CELL_CHARS)
    {
        return None;
    }
    let known: Vec<Option<ColumnRole>> = names
        .iter()
        .map(|n| {
            if n.is_empty() {
                None
            } else {
                hints.column_role(n)
            }
        })
        .collect();
    let recognised = known.iter().filter(|r| r.is_some()).count();
    // a topic named after the task's own column is no heading over rows but more of each row's
    // text (`序号 | 重点任务 | 主要问题 | 完成时限 | 责任单位`: the problem found, a sentence)
    let content_at = known.iter().position(|r| *r == Some(ColumnRole::Content));
    let roles: Vec<ColumnRole> = known
        .iter()
        .enumerate()
        .map(|(c, r)| match r {
            Some(ColumnRole::Topic) if content_at.is_some_and(|at| at < c) => {
                ColumnRole::Requirement
            }
            r => r.unwrap_or(ColumnRole::Topic),
        })
        .collect();
    let substantive = roles.iter().any(|r| {
        matches!(
            r,
            ColumnRole::Content
                | ColumnRole::Requirement
                | ColumnRole::Units
                | ColumnRole::Lead
                | ColumnRole::Deadline
        )
    });
    (recognised >= 2 && recognised + 1 >= non_empty && substantive).then_some(roles)
}

/// Give the units' role to a column whose header names no role the vocabulary knows
/// (`责任清单`, which holds a unit's duties in one table and its names in another) when every
/// filled cell `cells(c)` gives under it reads as a list of units (`党政办 应消站`), at least
/// one, and no other column names the rows' units. The first such column takes it.
pub fn settle_units<'t>(
    roles: &mut [ColumnRole],
    names: &[String],
    cells: &dyn Fn(usize) -> Vec<&'t str>,
    hints: &dyn Hints,
) {
    if roles.iter().any(|r| r.names_units()) {
        return;
    }
    let unnamed = (0..roles.len()).find(|&c| {
        names
            .get(c)
            .is_some_and(|n| !n.is_empty() && hints.column_role(n).is_none())
            && {
                let filled: Vec<&str> = cells(c)
                    .into_iter()
                    .filter(|t| !t.trim_matches(crate::document::is_space).is_empty())
                    .collect();
                !filled.is_empty() && filled.iter().all(|t| hints.looks_like_units(t))
            }
    });
    if let Some(c) = unnamed {
        roles[c] = ColumnRole::Units;
    }
}

/// Decide which column holds the task text when the header names none, or names two.
/// `工作任务` heads the section column in one table and the tasks themselves in another: the
/// last topic column whose cells read as task text ([`ColumnText::Tasks`]: sentences, numbered
/// items) holds it; without one, a requirement column does; failing that, the last named topic
/// column. Of two content columns, one of headings before one of task text is a topic.
pub fn settle_content(
    roles: &mut [ColumnRole],
    names: &[String],
    holds: &dyn Fn(usize) -> ColumnText,
) {
    let contents: Vec<usize> = (0..roles.len())
        .filter(|&i| roles[i] == ColumnRole::Content)
        .collect();
    // (one content column is the task text: its cells need not be read)
    if contents.len() == 1 {
        return;
    }
    if !contents.is_empty() {
        // two columns named for content (工作内容 | 工作措施): one of group headings
        // (`（一）强化源头治理`) or of short topics (重点任务 `政策解读` | 工作内容 `对…进行全面
        // 解读`) before one of task text names or groups the tasks; it is a topic
        if let Some(&last) = contents
            .iter()
            .rev()
            .find(|&&i| holds(i) == ColumnText::Tasks)
        {
            for &i in contents.iter().filter(|&&i| i < last) {
                if holds(i) != ColumnText::Tasks {
                    roles[i] = ColumnRole::Topic;
                }
            }
        }
        return;
    }
    let topics: Vec<usize> = (0..roles.len())
        .filter(|&i| roles[i] == ColumnRole::Topic)
        .collect();
    if let Some(&i) = topics
        .iter()
        .rev()
        .find(|&&i| holds(i) == ColumnText::Tasks)
    {
        roles[i] = ColumnRole::Content;
        return;
    }
    let named = topics
        .iter()
        .rev()
        .copied()
        .find(|&i| names.get(i).is_some_and(|n| !n.is_empty()));
    // a requirement follows the task it qualifies: one only before the last named topic
    // (指标 | 工作任务 | 完成时限) is a category, and the topic holds the tasks
    let requirement_after = named.is_none_or(|t| roles[t + 1..].contains(&ColumnRole::Requirement));
    if roles.contains(&ColumnRole::Requirement) && requirement_after {
        return;
    }
    if let Some(i) = named {
        roles[i] = ColumnRole::Content;
        return;
    }
    // no column of text at all (序号 | 责任单位 | 考核指标 | 完成时限): the tasks stand in the
    // first column the header keeps for other things whose cells read as task text
    if !roles.contains(&ColumnRole::Requirement) {
        if let Some(i) =
            (0..roles.len()).find(|&i| roles[i].kept_aside() && holds(i) == ColumnText::Tasks)
        {
            roles[i] = ColumnRole::Content;
        }
    }
}

/// What most of a column's cells hold, for deciding which column holds the tasks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnText {
    /// Task text: sentences, numbered items.
    Tasks,
    /// Section headings (`（一）强化源头治理`) that group the rows beside them.
    Headings,
    /// Short topics, units, dates, or nothing.
    Other,
}

/// What most of the non-empty texts of a column read as.
pub fn column_text<'t>(cells: impl Iterator<Item = &'t str>, cx: &DialectCx) -> ColumnText {
    let (mut text, mut headings, mut other) = (0, 0, 0);
    for c in cells {
        match classify(c, cx) {
            CellClass::Empty => {}
            CellClass::Long => text += 1,
            CellClass::Heading(_) => headings += 1,
            _ => other += 1,
        }
    }
    if text > 0 && text >= headings + other {
        ColumnText::Tasks
    } else if headings > 0 && headings >= text + other {
        ColumnText::Headings
    } else {
        ColumnText::Other
    }
}

/// Whether most of the non-empty texts read as task text (a sentence or a numbered item) rather
/// than a section heading or a short topic.
pub fn mostly_task_text<'t>(cells: impl Iterator<Item = &'t str>, cx: &DialectCx) -> bool {
    column_text(cells, cx) == ColumnText::Tasks
}

/// A header cell's name for comparison: white space removed.
pub fn header_name(cell: &str) -> String {
    let name: String = cell
        .chars()
        .filter(|c| !crate::document::text::is_space(*c))
        .collect();
    // (a column named after the plan it carries out, `落实《…行动计划》任务内容`, is named by
    // its words around the title: `落实任务内容`)
    match (name.find('《'), name.rfind('》')) {
        (Some(open), Some(close))
            if open > 0 && open < close && close + '》'.len_utf8() < name.len() =>
        {
            format!("{}{}", &name[..open], &name[close + '》'.len_utf8()..])
        }
        _ => name,
    }
}

/// Longest gloss a column name carries in brackets (`类型（机制、任务等）`, `完成时限（月）`):
/// a few words saying what the cells hold, not a second name.
pub const MAX_COLUMN_GLOSS_CHARS: usize = 10;

/// A column name without the gloss it closes with (`类型（机制、任务等）` → `类型`), when what
/// comes before the gloss is a name of two characters or more; `None` when there is no gloss.
pub fn without_column_gloss(name: &str) -> Option<&str> {
    // (in full-width or ASCII brackets: `执行部门(单位)`)
    let (inner, opening) = match name.strip_suffix('）') {
        Some(inner) => (inner, '（'),
        None => (name.strip_suffix(')')?, '('),
    };
    let open = inner.rfind(opening)?;
    let (head, gloss) = (&inner[..open], &inner[open + opening.len_utf8()..]);
    let gloss_chars = gloss.chars().count();
    // (a numeral in brackets is the first row's number run on after the header, `完成时限（一）
    // 强化…`, never a gloss)
    let numeral = gloss
        .chars()
        .all(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c));
    (head.chars().count() >= 2
        && (1..=MAX_COLUMN_GLOSS_CHARS).contains(&gloss_chars)
        && !numeral
        && !gloss.contains(['（', '(', '。', '；']))
    .then_some(head)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn a_column_named_after_a_cited_plan_is_named_by_the_words_around_it() {
        assert_eq!(
            header_name("落实《福建省 行动计划》任务内容"),
            "落实任务内容"
        );
        // a title alone, one with nothing after it, or marks out of order stay as printed
        assert_eq!(header_name("《条例》"), "《条例》");
        assert_eq!(header_name("贯彻《条例》"), "贯彻《条例》");
        assert_eq!(header_name("甲》乙《丙"), "甲》乙《丙");
    }

    #[test]
    fn a_column_name_sheds_the_gloss_it_closes_with() {
        assert_eq!(without_column_gloss("类型（机制、任务等）"), Some("类型"));
        assert_eq!(without_column_gloss("完成时限（月）"), Some("完成时限"));
        // a one-character name keeps its brackets (县（市）), and a name without a gloss, or
        // with a sentence in brackets, has none to shed
        assert_eq!(without_column_gloss("县（市）"), None);
        assert_eq!(without_column_gloss("完成时限（一）"), None);
        assert_eq!(without_column_gloss("完成时限（12）"), None);
        assert_eq!(without_column_gloss("责任单位"), None);
        assert_eq!(
            without_column_gloss("责任单位（各部门按职责分工负责落实到位）"),
            None
        );
    }

    #[test]
    fn header_word_starts_are_the_header_words_first_characters() {
        let mut firsts: Vec<char> = HEADER_WORDS
            .iter()
            .filter_map(|w| w.chars().next())
            .collect();
        firsts.sort_unstable();
        firsts.dedup();
        let mut starts = HEADER_WORD_STARTS.to_vec();
        starts.sort_unstable();
        assert_eq!(firsts, starts);
        assert!(could_be_header_text("序号工作任务"));
        assert!(!could_be_header_text("做好政务公开工作任务"));
    }

    /// Hints with a few words, for this layer's own tests.
    pub struct TestHints;

    impl Hints for TestHints {
        fn column_role(&self, header: &str) -> Option<ColumnRole> {
            let h = header_name(header);
            let table: &[(&str, ColumnRole)] = &[
                ("工作任务", ColumnRole::Topic),
                ("目标", ColumnRole::Topic),
                ("序号", ColumnRole::Number),
                ("具体任务", ColumnRole::Content),
                ("重点内容", ColumnRole::Content),
                ("主要内容", ColumnRole::Content),
                ("具体要求", ColumnRole::Requirement),
                ("牵头及责任单位", ColumnRole::Units),
                ("责任单位", ColumnRole::Units),
                ("责任科室", ColumnRole::Units),
                ("牵头单位", ColumnRole::Lead),
                ("时限", ColumnRole::Deadline),
                ("时限要求", ColumnRole::Deadline),
                ("完成时限", ColumnRole::Deadline),
                ("负责人", ColumnRole::Person),
                ("备注", ColumnRole::Other),
                ("2023年目标进度", ColumnRole::Other),
            ];
            if is_year_heading(&h) {
                return Some(ColumnRole::Other);
            }
            table.iter().find(|(n, _)| *n == h).map(|(_, r)| *r)
        }

        fn looks_like_units(&self, text: &str) -> bool {
            let t = text.trim();
            t.chars().count() <= 40
                && !t.contains('。')
                && (t.contains("牵头")
                    || t.ends_with(['局', '办', '室', '委', '府']) && t.chars().count() >= 2)
        }

        fn looks_like_deadline(&self, text: &str) -> bool {
            let t = text.trim();
            t.chars().count() <= 12 && (t.ends_with('前') || t == "持续推进" || t == "全年")
        }

        fn is_organ_suffix(&self, c: char) -> bool {
            matches!(c, '室' | '府' | '局' | '委' | '会' | '厅' | '办')
        }

        fn is_surname(&self, c: char) -> bool {
            matches!(c, '王' | '李' | '张' | '陈')
        }

        fn ends_assignment(&self, text: &str) -> bool {
            text.chars()
                .next_back()
                .is_some_and(|c| self.is_organ_suffix(c))
                || ["牵头", "配合", "落实", "负责"]
                    .iter()
                    .any(|w| text.ends_with(w))
        }

        fn opens_preamble(&self, text: &str) -> bool {
            text.starts_with("为深入")
        }

        fn opens_unit_name(&self, c: char) -> bool {
            matches!(c, '区' | '市' | '县' | '省' | '各')
        }

        fn ends_table(&self, line: &str) -> bool {
            line.starts_with("附件") || line.starts_with("抄送")
        }

        fn column_names(&self) -> &[String] {
            static NAMES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
            NAMES.get_or_init(|| {
                let mut names: Vec<String> = [
                    "工作任务",
                    "序号",
                    "具体要求",
                    "责任单位",
                    "牵头单位",
                    "时限",
                    "工作要求",
                ]
                .iter()
                .map(|s| s.to_string())
                .collect();
                names.sort_by_cached_key(|n| (n.chars().next(), std::cmp::Reverse(n.len())));
                names
            })
        }

        fn unit_runs(
            &self,
            _text: &str,
            _lexicon: &crate::document::Lexicon,
        ) -> Vec<crate::document::UnitRun> {
            Vec::new()
        }

        fn is_label(&self, text: &str) -> bool {
            ["责任单位", "牵头单位", "完成时限"].contains(&text)
        }

        fn ends_with_plan_word(&self, text: &str) -> bool {
            ["方案", "分工", "分解表"].iter().any(|w| text.ends_with(w))
        }

        fn opens_duties(&self, text: &str) -> bool {
            text.starts_with("负责")
        }

        fn opens_about_word(&self, text: &str) -> bool {
            ["解读", "政策解读", "起草说明"]
                .iter()
                .any(|w| text.starts_with(w))
        }
    }

    pub fn lines(s: &str) -> Vec<Text> {
        crate::document::lines::physical_lines(s)
    }

    pub fn read(s: &str) -> Vec<Block> {
        let numbering = Numbering::new();
        read_blocks(
            &lines(s),
            &DialectCx {
                hints: &TestHints,
                numbering: &numbering,
            },
        )
    }

    pub fn table(blocks: &[Block]) -> &Table {
        blocks
            .iter()
            .find_map(|b| match b {
                Block::Table(t) => Some(t),
                _ => None,
            })
            .expect("a table")
    }

    /// The texts of the paragraphs among `blocks` (what a dialect left outside its tables).
    pub fn paragraph_texts(blocks: &[Block]) -> Vec<&str> {
        blocks
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph(p) => Some(p.text.as_str()),
                _ => None,
            })
            .collect()
    }

    pub fn cells(t: &Table) -> Vec<Vec<String>> {
        t.rows
            .iter()
            .map(|r| r.cells.iter().map(|c| c.text.as_str().to_owned()).collect())
            .collect()
    }

    #[test]
    fn header_roles_need_known_names_and_a_substantive_column() {
        let h = TestHints;
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(header_roles(&names(&["工作任务", "具体任务", "牵头及责任单位"]), &h).is_some());
        assert!(header_roles(&names(&["序号", "时限要求"]), &h).is_some());
        assert!(header_roles(&names(&["序号", "备注"]), &h).is_none());
        assert!(header_roles(&names(&["甲", "乙", "责任单位"]), &h).is_none());
        // a topic after the task's own column is more of each row's text (the problem found)
        let roles = header_roles(
            &names(&["序号", "具体任务", "工作任务", "完成时限", "责任单位"]),
            &h,
        )
        .unwrap();
        assert_eq!(roles[2], ColumnRole::Requirement);
        let roles = header_roles(&names(&["工作任务", "具体任务", "责任单位"]), &h).unwrap();
        assert_eq!(roles[0], ColumnRole::Topic);
        let mut roles = header_roles(&names(&["工作任务", "责任单位", "时限"]), &h).unwrap();
        assert_eq!(roles[0], ColumnRole::Topic);
        settle_content(
            &mut roles,
            &names(&["工作任务", "责任单位", "时限"]),
            &|_| ColumnText::Other,
        );
        assert_eq!(roles[0], ColumnRole::Content);
        let mut roles = header_roles(&names(&["工作任务", "具体要求", "责任单位"]), &h).unwrap();
        settle_content(
            &mut roles,
            &names(&["工作任务", "具体要求", "责任单位"]),
            &|_| ColumnText::Other,
        );
        assert_eq!(
            roles[0],
            ColumnRole::Topic,
            "the requirement column holds the text"
        );
        settle_content(
            &mut roles,
            &names(&["工作任务", "具体要求", "责任单位"]),
            &|i| {
                if i == 0 {
                    ColumnText::Tasks
                } else {
                    ColumnText::Other
                }
            },
        );
        assert_eq!(roles[0], ColumnRole::Content, "its cells are the tasks");
        // a requirement column before the topic is a category: the topic holds the tasks
        let order = names(&["具体要求", "工作任务", "时限"]);
        let mut roles = header_roles(&order, &h).unwrap();
        settle_content(&mut roles, &order, &|_| ColumnText::Other);
        assert_eq!(roles[1], ColumnRole::Content);
    }

    #[test]
    fn lines_no_dialect_claims_are_paragraphs_with_gaps() {
        let blocks = read("一、总体要求\n\n（一）目标\n正文");
        let gaps: Vec<bool> = blocks
            .iter()
            .filter_map(|b| b.as_paragraph())
            .map(|p| p.gap_before)
            .collect();
        assert_eq!(gaps, [true, true, false]);
    }
}
