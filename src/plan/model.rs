//! The plan model: what a plan says, every value tied to its exact place in the source.
//! Serialised as JSON by `planlint parse`; documented in `docs/plan-model.md`.

use chrono::NaiveDate;
use serde::Serialize;

pub use crate::document::{ColumnRole, NumberStyle};
use crate::ingest::{Span, TextEncoding};

/// A value and where it is printed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Located<T> {
    pub value: T,
    pub span: Span,
}

/// A parsed plan.
#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    /// The file as given on the command line.
    pub path: String,
    pub encoding: TextEncoding,
    /// Whether this is a work plan at all, and why.
    pub kind: Classification,
    /// How the tasks are laid out.
    pub layout: Layout,
    /// The dialects the document's tables were read in (`html`, `tab-rows`, …), in order.
    pub dialects: Vec<String>,
    pub meta: Meta,
    /// The cover notice (印发通知) before the plan itself, when there is one.
    pub notice: Option<Notice>,
    /// Numbered headings, in document order; a heading repeated after a page break is one entry.
    pub sections: Vec<Section>,
    pub tasks: Vec<Task>,
}

impl Plan {
    /// The sections from the outermost to the one holding `task` (for display: `一、 / （二）`).
    pub fn section_path(&self, task: &Task) -> Vec<&Section> {
        let mut out = Vec::new();
        let mut cur = task.section;
        while let Some(i) = cur {
            let Some(s) = self.sections.get(i) else { break };
            out.push(s);
            cur = s.parent;
        }
        out.reverse();
        out
    }
}

/// The layout the tasks were found in; a plan may mix paragraphs and tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Layout {
    /// Table rows (the table's dialect is in [`Plan::dialects`]).
    Table,
    /// Numbered paragraphs with their assignments.
    Paragraphs,
    /// Both tables and task paragraphs.
    Mixed,
    /// No tasks were found.
    Unknown,
}

/// Whether a document is a work plan. Government sites and folders hold statutes, guides,
/// annual reports and plain notices beside plans; the task and structure rules mean nothing
/// on those.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Classification {
    pub kind: DocumentKind,
    /// Why, in a sentence an auditor can check (`标题为“…条例”，按条文编排（第X条）`).
    pub reason: String,
}

/// A plan, or another kind of official text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocumentKind {
    Plan,
    NotPlan,
}

impl Classification {
    /// Whether the document was read as a plan.
    pub fn is_plan(&self) -> bool {
        self.kind == DocumentKind::Plan
    }
}

/// The period a plan covers, from its title: one year (2024年政务公开工作要点), several
/// (2021—2025年), or some months (11—12月).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum PlanPeriod {
    Year {
        year: i32,
    },
    Years {
        from: i32,
        to: i32,
    },
    Months {
        year: Option<i32>,
        from: u32,
        to: u32,
    },
}

/// Document facts from the heading, the signature and the publication line.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Meta {
    /// The document's title (the notice title when the plan comes with one).
    pub title: Option<Located<String>>,
    /// The plan's own title when it follows a cover notice.
    pub plan_title: Option<Located<String>>,
    /// The issuing organ (发文机关), from the header or the signature.
    pub issuer: Option<Located<String>>,
    /// 发文字号 exactly as printed.
    pub doc_number: Option<Located<String>>,
    /// 主送机关, one entry per addressee.
    pub addressees: Vec<Located<String>>,
    /// 成文日期; absent when the text states none.
    pub signing_date: Option<Located<NaiveDate>>,
    /// When the text says it was published (稿源 line or 印发 date).
    pub published: Option<Publication>,
    /// The year the plan is for (from the title, else the signing or publication date).
    pub year: Option<Located<i32>>,
    /// The period the title says the plan covers.
    pub period: Option<Located<PlanPeriod>>,
    /// A draft marker such as 征求意见稿.
    pub draft: Option<Located<String>>,
    /// Other documents' 发文字号 cited in the text (`（国办发〔2024〕47号）`), each as printed;
    /// GB/T 9704's form applies to them as to the plan's own.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cited_doc_numbers: Vec<Located<String>>,
    /// The item the text ends inside, when it stops mid-sentence there (a page saved part-way,
    /// a copy cut at a length) naming no unit or time: the copy is incomplete, and that task
    /// ([`Task::cut_off`]) is not checked for what the cut took away.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cut_off: Option<Located<String>>,
}

impl Meta {
    /// The title a plan is listed under: the plan's own (`…工作要点`), else the document's.
    pub fn shown_title(&self) -> Option<&Located<String>> {
        self.plan_title.as_ref().or(self.title.as_ref())
    }

    /// The first and last year the plan covers: its span of years (`（2025—2027年）`), else
    /// its one year. A three-year plan's deadlines run to its last year.
    pub fn years_covered(&self) -> Option<(i32, i32)> {
        match self.period.as_ref().map(|p| p.value) {
            Some(PlanPeriod::Years { from, to }) if from <= to => Some((from, to)),
            _ => self.year.as_ref().map(|y| (y.value, y.value)),
        }
    }
}

/// A stated publication date and the kind of statement it came from.
#[derive(Debug, Clone, Serialize)]
pub struct Publication {
    pub date: Located<NaiveDate>,
    pub source: PublicationSource,
}

/// Where a publication date was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PublicationSource {
    /// A web page's 稿源 / 发布时间 line or metadata field.
    SourceLine,
    /// An 印发 date line at the end of the document.
    Printed,
}

/// The cover notice: its extent and the deadlines it sets (报送 dates and the like).
#[derive(Debug, Clone, Serialize)]
pub struct Notice {
    pub span: Span,
    pub deadlines: Vec<Deadline>,
}

/// A numbered heading.
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    /// Position in [`Plan::sections`].
    pub index: usize,
    /// Nesting depth of its numbering style ([`NumberStyle::depth`]); an unnumbered heading
    /// stands at the depth of the headings around it.
    pub level: u8,
    /// How its number is printed; absent for an unnumbered heading.
    pub style: Option<NumberStyle>,
    /// The number as printed with its punctuation (`（二）`, `(二)`), empty when unnumbered.
    pub label: String,
    /// The number's value (二 → 2).
    pub number: Option<u32>,
    /// The title with stray spaces removed and brackets made full-width.
    pub title: String,
    pub span: Span,
    /// The enclosing section.
    pub parent: Option<usize>,
}

/// One table cell of a task, by column.
#[derive(Debug, Clone, Serialize)]
pub struct Field {
    /// The column's header as printed (spaces removed).
    pub column: String,
    pub role: ColumnRole,
    pub value: String,
    pub span: Span,
    /// Filled down from a merged (empty) cell above.
    pub inherited: bool,
}

/// A task's number as printed.
#[derive(Debug, Clone, Serialize)]
pub struct TaskNumber {
    pub value: u32,
    pub raw: String,
    /// How it is printed (`1.`, `（一）`); absent for a bare number in a 序号 column.
    pub style: Option<NumberStyle>,
    pub span: Span,
    /// The row printed no number and continues the numbered item above (a merged 序号 cell):
    /// a numbering check must not count it again.
    pub inherited: bool,
}

/// One task: what is to be done, by whom, by when.
#[derive(Debug, Clone, Serialize)]
pub struct Task {
    /// 1-based position in the plan.
    pub index: usize,
    pub number: Option<TaskNumber>,
    /// The innermost section ([`Section::index`]).
    pub section: Option<usize>,
    /// The first sentence of the task text (its key content).
    pub title: Option<Located<String>>,
    /// The task text as printed (number and unit parenthetical excluded).
    pub text: Located<String>,
    /// Table cells by column (empty for paragraph tasks).
    pub fields: Vec<Field>,
    pub units: Vec<Unit>,
    pub deadlines: Vec<Deadline>,
    /// The whole task: from its number (or first cell) to its last character.
    pub span: Span,
    /// The text ends inside this task (a copy cut at a length): who does it and by when were
    /// lost with the rest, so checks of what a task must name pass it by
    /// ([`Meta::cut_off`] holds its text for the rule that says the copy is incomplete).
    /// Omitted from JSON when false.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub cut_off: bool,
}

impl Task {
    /// Units in the given role.
    pub fn units_in(&self, role: UnitRole) -> impl Iterator<Item = &Unit> {
        self.units.iter().filter(move |u| u.role == role)
    }

    /// The deadline a 时限 column states, else the first one in the text.
    pub fn primary_deadline(&self) -> Option<&Deadline> {
        self.deadlines
            .iter()
            .find(|d| matches!(d.source, DeadlineSource::Field { .. }))
            .or_else(|| self.deadlines.first())
    }
}

/// What a unit is asked to do in a task.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum UnitRole {
    /// 牵头单位: accountable for the task.
    Lead,
    /// 责任单位: carries it out.
    Responsible,
    /// 配合单位: assists.
    Cooperating,
}

/// Whether a unit name identifies someone accountable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum UnitKind {
    /// One named organ: 区财政局, 区党政办（文秘科、宣传科）.
    Concrete,
    /// A whole class: 各镇（街道）, 区政府各部门.
    Collective,
    /// Names no one: 有关部门, 各单位按职责分工落实.
    Vague,
}

/// A unit named in a task.
#[derive(Debug, Clone, Serialize)]
pub struct Unit {
    /// The name with spaces removed and brackets made full-width.
    pub name: String,
    /// The name as printed.
    pub raw: String,
    pub role: UnitRole,
    pub kind: UnitKind,
    pub span: Span,
    /// Not printed for this task itself: filled down from a merged (empty) unit cell above, or
    /// handed down from a heading or a line its item's sub-items share.
    pub inherited: bool,
}

impl Unit {
    /// This unit as one handed down to a task that does not print it.
    pub fn handed_down(&self) -> Unit {
        Unit {
            inherited: true,
            ..self.clone()
        }
    }
}

/// A time limit stated in a plan.
#[derive(Debug, Clone, Serialize)]
pub struct Deadline {
    /// As printed.
    pub raw: String,
    pub span: Span,
    pub value: DeadlineValue,
    pub source: DeadlineSource,
    /// Not printed for this task itself: filled down from a merged (empty) 时限 cell above, or
    /// handed down from a heading or a line its item's sub-items share.
    pub inherited: bool,
}

impl Deadline {
    /// This time limit as one handed down to a task that does not print it.
    pub fn handed_down(&self) -> Deadline {
        Deadline {
            inherited: true,
            ..self.clone()
        }
    }
}

/// How finely a "by the end of" deadline was stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Precision {
    Day,
    Month,
    Quarter,
    HalfYear,
    Year,
}

/// Calendar periods for recurring duties.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Period {
    Year,
    Day,
    HalfYear,
    Quarter,
    Month,
    Week,
}

/// Units of a relative time limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RelativeUnit {
    /// 工作日: statutory holidays and weekends excluded, make-up workdays included.
    WorkingDays,
    /// 日 / 天 / 自然日.
    NaturalDays,
    Hours,
    Months,
    Years,
}

/// A deadline's normalised meaning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum DeadlineValue {
    /// On or before a date (the last day of the stated period: 9月底前 → 09-30).
    By {
        /// `None` when the text gives no year and the plan's year is unknown.
        date: Option<NaiveDate>,
        precision: Precision,
    },
    /// Within a number of days or months of a trigger event (3个工作日内).
    Within { amount: u32, unit: RelativeUnit },
    /// A recurring duty (每季度, 每年至少1次).
    Every { period: Period, times: Option<u32> },
    /// A standing duty (全年, 长期, 持续推进).
    Standing { marker: String },
}

/// Where a deadline was stated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum DeadlineSource {
    /// A 时限 column.
    Field { column: String },
    /// The task's (or notice's) text; for a table task, the column it is in.
    Text { column: Option<String> },
    /// The unit parenthetical of a paragraph task.
    Units,
}

impl std::fmt::Display for DeadlineValue {
    /// The normalised value as an auditor reads it: `2018-09-30`, `3个工作日内`, `每年至少1次`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DeadlineValue::By { date: Some(d), .. } => write!(f, "{d}"),
            DeadlineValue::By { date: None, .. } => f.write_str("年份不明"),
            DeadlineValue::Within { amount, unit } => {
                let unit = match unit {
                    RelativeUnit::WorkingDays => "个工作日",
                    RelativeUnit::NaturalDays => "日",
                    RelativeUnit::Hours => "小时",
                    RelativeUnit::Months => "个月",
                    RelativeUnit::Years => "年",
                };
                write!(f, "{amount}{unit}内")
            }
            DeadlineValue::Every { period, times } => {
                let p = match period {
                    Period::Year => "年",
                    Period::Day => "日",
                    Period::HalfYear => "半年",
                    Period::Quarter => "季度",
                    Period::Month => "月",
                    Period::Week => "周",
                };
                match times {
                    Some(n) => write!(f, "每{p}{n}次"),
                    None => write!(f, "每{p}"),
                }
            }
            DeadlineValue::Standing { marker } => f.write_str(marker),
        }
    }
}
