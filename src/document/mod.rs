//! Document: one model for every input. Whatever the file format or the text dialect, a
//! document is an ordered list of blocks, each a paragraph or a table (rows of cells), and
//! every piece of text keeps its exact place in the source.
//!
//! The plan reader works on blocks only: it never knows whether a table came from an HTML
//! `<table>`, tab-separated lines, cells printed one per line or a flattened page.

mod chunks;
mod dewrap;
pub mod dialects;
mod glosses;
mod html;
pub mod lexicon;
mod lines;
pub mod markup;
pub mod numbering;
pub mod reflow;
pub mod text;
mod word;

use serde::Serialize;

use crate::ingest::{Source, SourceKind};
pub use dialects::TableDialect;
pub use lexicon::Lexicon;
pub use numbering::{NumberMark, NumberStyle, Numbering};
pub use text::{is_space, Text};

/// A document as blocks.
#[derive(Debug, Clone, Default)]
pub struct Document {
    pub blocks: Vec<Block>,
    /// The page's own title (`<title>`, `<meta name="ArticleTitle">`): a hint for the plan's
    /// title, never the title itself.
    pub title_hint: Option<String>,
}

/// A paragraph or a table.
#[derive(Debug, Clone)]
pub enum Block {
    Paragraph(Paragraph),
    Table(Table),
}

/// Where a block stands on a web page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Region {
    /// The document itself (all of a text file).
    Body,
    /// Outside the page's main content: navigation, footer, side bars. Metadata blocks
    /// (索引号, 文号) may stand here, tasks never do.
    Chrome,
}

/// One paragraph: a line of a text file, a `<p>` of a page.
#[derive(Debug, Clone)]
pub struct Paragraph {
    pub text: Text,
    /// A blank line (or a block boundary) separates it from the block before: a heading that
    /// stands alone, the end of a paragraph that ran over several lines.
    pub gap_before: bool,
    pub region: Region,
}

/// A table: rows of cells, merged cells known where the format says so.
#[derive(Debug, Clone)]
pub struct Table {
    /// The dialect it was read in (`html`, `tab-rows`, `cell-per-line`, …).
    pub dialect: &'static str,
    /// Text printed on the header's line before the header (a flattened table's title).
    pub caption: Option<Text>,
    pub rows: Vec<Row>,
    /// Whether the format marks merged cells (HTML `rowspan`/`colspan`): when it does not, an
    /// empty cell may be a merged one or a blank one, and the reader has to judge.
    pub merges_known: bool,
    pub region: Region,
    /// The columns' roles as the dialect judged them from the body, for a table printed
    /// without its header (a page starting in the middle of a table): `None` when the table
    /// names its columns, or names none and could not be judged.
    pub inferred: Option<Vec<ColumnRole>>,
}

/// One table row.
#[derive(Debug, Clone, Default)]
pub struct Row {
    pub cells: Vec<Cell>,
}

/// One cell.
#[derive(Debug, Clone)]
pub struct Cell {
    /// The cell's own text (empty for a cell covered by a merged one).
    pub text: Text,
    /// The merged cell covering this one (row, column), when the format says so.
    pub covered_by: Option<(usize, usize)>,
}

impl Cell {
    /// A cell with its own text.
    pub fn new(text: Text) -> Cell {
        Cell {
            text,
            covered_by: None,
        }
    }
}

impl Table {
    /// A table read from text in `dialect`: in the body, no caption, and merges unknown (text
    /// leaves a merged cell empty, so the reader has to judge).
    pub fn from_text(dialect: &'static str, rows: Vec<Row>) -> Table {
        Table {
            dialect,
            caption: None,
            rows,
            merges_known: false,
            region: Region::Body,
            inferred: None,
        }
    }

    /// Number of columns: the widest row.
    pub fn width(&self) -> usize {
        self.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0)
    }

    /// Source offset of the first character, for ordering and spans.
    pub fn origin(&self) -> usize {
        self.rows
            .iter()
            .flat_map(|r| &r.cells)
            .find(|c| !c.text.is_empty())
            .map(|c| c.text.origin())
            .unwrap_or(0)
    }

    /// Source offset just past the last character of its cells: where the table ends.
    pub fn source_end(&self) -> usize {
        self.rows
            .iter()
            .flat_map(|r| &r.cells)
            .filter(|c| !c.text.is_blank())
            .map(|c| c.text.source_end())
            .max()
            .unwrap_or(0)
    }
}

impl Document {
    /// The paragraph holding source offset `at`, with its block index: the rules that ask how
    /// a task's unit was written read its paragraph. Blocks stand in source order, so it is the
    /// last opening at or before `at`, found without reading the others.
    pub fn paragraph_holding(&self, at: usize) -> Option<(usize, &Paragraph)> {
        let k = self
            .blocks
            .partition_point(|b| b.origin() <= at)
            .checked_sub(1)?;
        let p = self.blocks[k].as_paragraph()?;
        (at < p.text.source_end()).then_some((k, p))
    }
}

impl Block {
    /// Source offset where the block starts.
    pub fn origin(&self) -> usize {
        match self {
            Block::Paragraph(p) => p.text.origin(),
            Block::Table(t) => t.origin(),
        }
    }

    /// The paragraph, if the block is one.
    pub fn as_paragraph(&self) -> Option<&Paragraph> {
        match self {
            Block::Paragraph(p) => Some(p),
            Block::Table(_) => None,
        }
    }
}

/// The role a table column plays, named by its header (牵头单位 → lead).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ColumnRole {
    /// 工作任务 / 工作事项: section headings (一、 （一）), a bare number, or a topic.
    Topic,
    /// 序号: the task number.
    Number,
    /// The task itself (具体任务, 重点内容).
    Content,
    /// A second text column (具体要求).
    Requirement,
    /// Units in prose: "X牵头，Y、Z".
    Units,
    /// 牵头单位.
    Lead,
    /// 配合单位.
    Cooperating,
    /// 时限.
    Deadline,
    /// A column the plan model does not keep (备注, 落实情况, 绩效指标): named so the header is
    /// recognised, its cells never read as the task.
    Other,
    /// A column naming people (责任人, 分管领导): kept aside like [`ColumnRole::Other`], but a
    /// cell one cell a line is placed by it only when it is a few words — a person's name,
    /// never the next row's task or units.
    Person,
}

impl ColumnRole {
    /// Whether the plan model keeps nothing of this column.
    pub fn kept_aside(self) -> bool {
        matches!(self, ColumnRole::Other | ColumnRole::Person)
    }

    /// Whether the column names units, whatever their role.
    pub fn names_units(self) -> bool {
        matches!(
            self,
            ColumnRole::Units | ColumnRole::Lead | ColumnRole::Cooperating
        )
    }

    /// Whether the column says who does the work or by when: what makes a table a task table.
    pub fn assigns(self) -> bool {
        self.names_units() || self == ColumnRole::Deadline
    }
}

/// What the reader of a text table needs to know about the words plans use: which header
/// names a column, and whether a cell reads as units or as a time limit. The plan layer
/// answers from its vocabulary, so tables are found with the same words the plan is read
/// with, and this layer stays free of them.
pub trait Hints {
    /// The role of a header cell, if it names one.
    fn column_role(&self, header: &str) -> Option<ColumnRole>;
    /// Whether a cell reads as a list of units (`区财政局牵头，各镇（街道）`).
    fn looks_like_units(&self, text: &str) -> bool;
    /// Whether a cell reads as a time limit (`年底前`, `持续推进`).
    fn looks_like_deadline(&self, text: &str) -> bool;
    /// Whether a name ending in `c` is an organ's (局, 办, 委 …): a signature's last character.
    fn is_organ_suffix(&self, c: char) -> bool;
    /// Whether a character is a common surname (`person_surnames`): people printed around an
    /// office with no separator are told apart from it by them.
    fn is_surname(&self, c: char) -> bool;
    /// Whether text ends as a unit cell does, with an organ's name or a word saying what the
    /// units named do (`…省妇联牵头`, `…党委和政府落实`): a row number glued after it
    /// (`落实22根据…`) opens the next row.
    fn ends_assignment(&self, text: &str) -> bool;
    /// Whether a line ends a table printed one cell per line (`附件2`, `抄送：`, a date line).
    fn ends_table(&self, line: &str) -> bool;
    /// Whether text is a field's label (责任单位, 完成时限), not a unit's name.
    fn is_label(&self, text: &str) -> bool;
    /// Whether `c` opens a unit's name as an administrative level or a class does (区, 市, 县,
    /// 各): where a task's title runs into its lead unit, the name starts at one.
    fn opens_unit_name(&self, c: char) -> bool;
    /// Whether text ends with a word that names a plan (方案, 分工, 分解表): a table's title,
    /// which a flattened header may follow with nothing between.
    fn ends_with_plan_word(&self, text: &str) -> bool;
    /// Whether text opens a plan's first sentence (`2020年是…`, `为深入贯彻…`): after a title
    /// run into it on one line, the title ends there.
    fn opens_preamble(&self, text: &str) -> bool;
    /// Whether text opens with a word of a text that speaks about a plan (`解读`, `起草说明`):
    /// after `关于…的实施意见` it makes the page that text, not the plan.
    fn opens_about_word(&self, text: &str) -> bool;
    /// Whether text opens a statement of duties (`负责…`): after a unit's name and a full stop
    /// (`县环保局。负责…`) it starts that unit's paragraph.
    fn opens_duties(&self, text: &str) -> bool;
    /// Every column name the vocabulary knows, to find a header whose cells were run together:
    /// sorted by first character, the longest first among names sharing it.
    fn column_names(&self) -> &[String];
    /// Column names that name a column only as a whole cell (`部门`, `任务分工`): in a run of
    /// names written together they name one after another name, never opening the run (a
    /// table's title may end in one: `…重点工作任务分工工作任务牵头单位…`).
    fn whole_column_names(&self) -> &[String] {
        &[]
    }
    /// Runs of unit names in text whose cells lost their separators; `lexicon` holds names the
    /// document writes elsewhere on their own.
    fn unit_runs(&self, text: &str, lexicon: &Lexicon) -> Vec<UnitRun>;
}

/// Shortest run of a task title's words before a unit name that starts inside a longer first
/// reading of a glued name (`…数据开放|区消防救援大队`): one or two characters before it
/// (区|市场监管局, 市城|乡建设局, 省直|各部门) are the name's own beginning.
pub const MIN_TITLE_BEFORE_INNER_NAME: usize = 3;

/// A run of unit names in text whose separators were lost, as byte ranges: the whole run, and
/// its groups — names joined by separators — where one cell ended and the next began.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitRun {
    pub start: usize,
    pub end: usize,
    pub groups: Vec<(usize, usize)>,
}

/// Read a decoded source into blocks.
pub fn read(source: &Source, hints: &dyn Hints, numbering: &Numbering) -> Document {
    match source.kind {
        SourceKind::Html => {
            let mut doc = html::read(&source.text);
            glosses::strip_blocks(&mut doc);
            doc
        }
        SourceKind::Docx => match &source.word {
            Some(w) => word::read(&source.text, w, hints, numbering),
            None => Document::default(),
        },
        SourceKind::Text => {
            let lines = glosses::strip_lines(lines::physical_lines(&source.text));
            let lines = lines::drop_wrapping_commas(lines);
            let lines = lines::drop_doubled_commas(lines);
            let lines = lines::drop_lost_indents(lines);
            let lines = lines::rejoin_closing_brackets(lines);
            let lines = lines::join_bar_opened_rows(lines);
            let lines = chunks::drop_page_marks(lines);
            let lines = chunks::join_page_chunks(lines, numbering);
            let lines = dewrap::join_hard_wraps(lines, numbering);
            let lines = reflow::reflow(lines, numbering, hints);
            let lines = reflow::split_glued_title(lines, numbering, hints);
            let lines = reflow::split_run_on_items(lines, numbering);
            Document {
                blocks: dialects::read_blocks(&lines, &dialects::DialectCx { hints, numbering }),
                title_hint: None,
            }
        }
    }
}
