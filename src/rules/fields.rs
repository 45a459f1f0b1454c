//! Fields: the names rule files use for parts of the plan model (`task.lead_units`,
//! `meta.doc_number` …), which scopes may use them, and how they resolve to values with spans.

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::ingest::{SourceMap, Span};
use crate::plan::model::{Deadline, Plan, Section, Task, Unit, UnitRole};
use crate::rules::spec::Scope;

/// A part of the plan model a rule can look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Text,
    PlanText,
    Title,
    PlanTitle,
    Issuer,
    DocNumber,
    DocNumbers,
    Addressees,
    SigningDate,
    Published,
    Year,
    Draft,
    CutOff,
    SectionTitle,
    TaskNumber,
    TaskTitle,
    TaskText,
    LeadUnits,
    ResponsibleUnits,
    CooperatingUnits,
    Units,
    Deadlines,
    Deadline,
    UnitName,
    DeadlineRaw,
}

const ANY: &[Scope] = Scope::ALL;
const WITH_TASK: &[Scope] = &[Scope::Task, Scope::Unit, Scope::Deadline];

/// Every field: its name in rule files, what it is, and the scopes that can use it.
pub const FIELDS: &[(&str, Field, &[Scope])] = &[
    ("text", Field::Text, ANY),
    ("plan.text", Field::PlanText, ANY),
    ("meta.title", Field::Title, ANY),
    ("meta.plan_title", Field::PlanTitle, ANY),
    ("meta.issuer", Field::Issuer, ANY),
    ("meta.doc_number", Field::DocNumber, ANY),
    ("meta.doc_numbers", Field::DocNumbers, ANY),
    ("meta.addressees", Field::Addressees, ANY),
    ("meta.signing_date", Field::SigningDate, ANY),
    ("meta.published", Field::Published, ANY),
    ("meta.year", Field::Year, ANY),
    ("meta.draft", Field::Draft, ANY),
    ("meta.cut_off", Field::CutOff, ANY),
    ("section.title", Field::SectionTitle, &[Scope::Section]),
    ("task.number", Field::TaskNumber, WITH_TASK),
    ("task.title", Field::TaskTitle, WITH_TASK),
    ("task.text", Field::TaskText, WITH_TASK),
    ("task.lead_units", Field::LeadUnits, WITH_TASK),
    ("task.responsible_units", Field::ResponsibleUnits, WITH_TASK),
    ("task.cooperating_units", Field::CooperatingUnits, WITH_TASK),
    ("task.units", Field::Units, WITH_TASK),
    ("task.deadlines", Field::Deadlines, WITH_TASK),
    ("task.deadline", Field::Deadline, WITH_TASK),
    ("unit.name", Field::UnitName, &[Scope::Unit]),
    ("deadline.raw", Field::DeadlineRaw, &[Scope::Deadline]),
];

impl Field {
    /// Look a field up by name for a scope; the error lists what is allowed.
    pub fn parse(name: &str, scope: Scope) -> Result<Field, String> {
        match FIELDS.iter().find(|(n, _, _)| *n == name) {
            Some((_, f, scopes)) if scopes.contains(&scope) => Ok(*f),
            Some(_) => Err(format!(
                "field `{name}` is not available in a {} rule",
                scope.as_str()
            )),
            None => {
                let allowed: Vec<&str> = FIELDS
                    .iter()
                    .filter(|(_, _, s)| s.contains(&scope))
                    .map(|(n, _, _)| *n)
                    .collect();
                Err(format!(
                    "unknown field `{name}`; a {} rule can use: {}",
                    scope.as_str(),
                    allowed.join(", ")
                ))
            }
        }
    }

    /// The field's name in rule files.
    pub fn name(self) -> &'static str {
        FIELDS
            .iter()
            .find(|(_, f, _)| *f == self)
            .map(|(n, _, _)| *n)
            .unwrap_or("?")
    }

    /// The unit role a unit field selects.
    pub fn unit_role(self) -> Option<UnitRole> {
        match self {
            Field::LeadUnits => Some(UnitRole::Lead),
            Field::ResponsibleUnits => Some(UnitRole::Responsible),
            Field::CooperatingUnits => Some(UnitRole::Cooperating),
            _ => None,
        }
    }
}

/// The item a rule is looking at.
#[derive(Debug, Clone, Copy)]
pub enum Item<'p> {
    Document,
    Section(&'p Section),
    Task(&'p Task),
    Unit(&'p Task, &'p Unit),
    /// A deadline in a task, or in the cover notice (no task).
    Deadline(Option<&'p Task>, &'p Deadline),
}

impl<'p> Item<'p> {
    /// The task the item belongs to.
    pub fn task(&self) -> Option<&'p Task> {
        match *self {
            Item::Task(t) | Item::Unit(t, _) => Some(t),
            Item::Deadline(t, _) => t,
            _ => None,
        }
    }
}

/// A plan being checked, with its source text and line map.
pub struct PlanCx<'p> {
    pub plan: &'p Plan,
    pub text: &'p str,
    pub map: &'p SourceMap,
    /// The working-day calendar in force.
    pub calendar: &'p crate::calendar::Calendar,
    /// The upper plan this one implements, traced against it, when the run was told the pair.
    pub trace: Option<&'p crate::trace::Traced<'p>>,
}

impl<'p> PlanCx<'p> {
    /// A span for a byte range of the source.
    pub fn span(&self, start: usize, end: usize) -> Span {
        self.map.span(self.text, start, end)
    }

    /// The items a rule of `scope` looks at, in document order.
    pub fn items(&self, scope: Scope) -> Vec<Item<'p>> {
        let plan = self.plan;
        match scope {
            Scope::Document => vec![Item::Document],
            Scope::Section => plan.sections.iter().map(Item::Section).collect(),
            // a task the copy is cut off inside lacks what the cut took: no check of it
            Scope::Task => plan
                .tasks
                .iter()
                .filter(|t| !t.cut_off)
                .map(Item::Task)
                .collect(),
            Scope::Unit => plan
                .tasks
                .iter()
                .flat_map(|t| {
                    t.units
                        .iter()
                        .filter(|u| !u.inherited)
                        .map(move |u| Item::Unit(t, u))
                })
                .collect(),
            Scope::Deadline => {
                let notice = plan
                    .notice
                    .iter()
                    .flat_map(|n| n.deadlines.iter().map(|d| Item::Deadline(None, d)));
                let tasks = plan.tasks.iter().flat_map(|t| {
                    t.deadlines
                        .iter()
                        .filter(|d| !d.inherited)
                        .map(move |d| Item::Deadline(Some(t), d))
                });
                notice.chain(tasks).collect()
            }
        }
    }

    /// Where a finding about the item points when the check has nothing more exact: the
    /// task's number or first sentence, the section heading, the unit, the deadline, or the
    /// document's title.
    pub fn anchor(&self, item: &Item) -> Option<Span> {
        match item {
            Item::Document => {
                let m = &self.plan.meta;
                m.title.as_ref().map(|t| t.span).or_else(|| {
                    let first = self.text.lines().find(|l| !l.trim().is_empty())?;
                    let start = first.as_ptr() as usize - self.text.as_ptr() as usize;
                    let trimmed = first.trim_end();
                    Some(self.span(start, start + trimmed.len()))
                })
            }
            Item::Section(s) => Some(s.span),
            Item::Task(t) => Some(task_anchor(t)),
            Item::Unit(_, u) => Some(u.span),
            Item::Deadline(_, d) => Some(d.span),
        }
    }

    /// The sentence around a span (between 。；！？ or line ends): the context a deadline is
    /// stated in.
    pub fn sentence_around(&self, span: Span) -> &'p str {
        let stops = ['。', '；', ';', '！', '？', '\n', '\r'];
        let start = self.text[..span.start.min(self.text.len())]
            .rfind(stops)
            .map(|i| i + self.text[i..].chars().next().map_or(1, char::len_utf8))
            .unwrap_or(0);
        let end = self.text[span.end.min(self.text.len())..]
            .find(stops)
            .map(|i| span.end + i)
            .unwrap_or(self.text.len());
        &self.text[start..end.max(start)]
    }

    /// The plan's date for date-aware checks: signing date, else publication date.
    pub fn plan_date(&self) -> Option<NaiveDate> {
        let m = &self.plan.meta;
        m.signing_date
            .as_ref()
            .map(|d| d.value)
            .or(m.published.as_ref().map(|p| p.date.value))
    }
}

/// A task's own number, else its first sentence, else its text.
pub fn task_anchor(t: &Task) -> Span {
    match (&t.number, &t.title) {
        (Some(n), _) if !n.inherited => n.span,
        (_, Some(title)) => title.span,
        _ => t.text.span,
    }
}

/// One value of a field.
#[derive(Debug, Clone)]
pub struct Value<'p> {
    /// Borrowed where it can be (the whole document is never copied).
    pub text: Cow<'p, str>,
    pub span: Option<Span>,
    /// The text is exactly the source under `span`, so a match inside it maps to exact spans.
    pub verbatim: bool,
    pub unit: Option<&'p Unit>,
    pub deadline: Option<&'p Deadline>,
}

impl<'p> Value<'p> {
    /// A unit as a value: its name, pointing at where it is named.
    pub fn unit(u: &'p Unit) -> Value<'p> {
        Value {
            text: Cow::Borrowed(u.name.as_str()),
            span: Some(u.span),
            verbatim: false,
            unit: Some(u),
            deadline: None,
        }
    }

    fn located(cx: &PlanCx, text: String, span: Span) -> Value<'p> {
        let verbatim = cx.text.get(span.start..span.end) == Some(text.as_str());
        Value {
            text: Cow::Owned(text),
            span: Some(span),
            verbatim,
            unit: None,
            deadline: None,
        }
    }

    /// The span of the byte range `start..end` of this value's text (the whole value's span
    /// when the text is not verbatim).
    pub fn sub_span(&self, cx: &PlanCx, start: usize, end: usize) -> Option<Span> {
        let span = self.span?;
        if self.verbatim {
            Some(cx.span(span.start + start, span.start + end))
        } else {
            Some(span)
        }
    }
}

/// The source text `start..end` as a value that is exactly what the document holds there.
fn verbatim_range<'p>(cx: &PlanCx<'p>, start: usize, end: usize) -> Value<'p> {
    Value {
        text: Cow::Borrowed(&cx.text[start..end]),
        span: Some(cx.span(start, end)),
        verbatim: true,
        unit: None,
        deadline: None,
    }
}

/// The values of `field` for `item`.
pub fn resolve<'p>(cx: &PlanCx<'p>, field: Field, item: &Item<'p>) -> Vec<Value<'p>> {
    let m = &cx.plan.meta;
    let one = |v: Option<Value<'p>>| v.into_iter().collect::<Vec<_>>();
    let task = item.task();
    let deadline_value = |d: &'p Deadline| Value {
        text: Cow::Borrowed(d.raw.as_str()),
        span: Some(d.span),
        verbatim: cx.text.get(d.span.start..d.span.end) == Some(d.raw.as_str()),
        unit: None,
        deadline: Some(d),
    };
    match field {
        Field::Text => vec![verbatim_range(cx, 0, cx.text.len())],
        Field::PlanText => {
            // the plan's own text: from its first heading or task to the end of its last task
            // or heading — not the front matter, a web page's chrome or the signature
            let spans = cx
                .plan
                .sections
                .iter()
                .map(|s| s.span)
                .chain(cx.plan.tasks.iter().map(|t| t.span));
            let start = spans.clone().map(|s| s.start).min();
            let end = spans.map(|s| s.end).max();
            match (start, end) {
                (Some(a), Some(b)) if a < b && cx.text.get(a..b).is_some() => {
                    vec![verbatim_range(cx, a, b)]
                }
                _ => Vec::new(),
            }
        }
        Field::Title => one(m
            .title
            .as_ref()
            .map(|t| Value::located(cx, t.value.clone(), t.span))),
        Field::PlanTitle => one(m
            .plan_title
            .as_ref()
            .map(|t| Value::located(cx, t.value.clone(), t.span))),
        Field::Issuer => one(m
            .issuer
            .as_ref()
            .map(|t| Value::located(cx, t.value.clone(), t.span))),
        Field::DocNumber => one(m
            .doc_number
            .as_ref()
            .map(|t| Value::located(cx, t.value.clone(), t.span))),
        Field::DocNumbers => m
            .doc_number
            .iter()
            .chain(&m.cited_doc_numbers)
            .map(|t| Value::located(cx, t.value.clone(), t.span))
            .collect(),
        Field::Addressees => m
            .addressees
            .iter()
            .map(|a| Value::located(cx, a.value.clone(), a.span))
            .collect(),
        Field::SigningDate => one(m
            .signing_date
            .as_ref()
            .map(|d| Value::located(cx, cx.text[d.span.start..d.span.end].to_owned(), d.span))),
        Field::Published => one(m.published.as_ref().map(|p| {
            Value::located(
                cx,
                cx.text[p.date.span.start..p.date.span.end].to_owned(),
                p.date.span,
            )
        })),
        Field::Year => one(m
            .year
            .as_ref()
            .map(|y| Value::located(cx, y.value.to_string(), y.span))),
        Field::Draft => one(m
            .draft
            .as_ref()
            .map(|d| Value::located(cx, d.value.clone(), d.span))),
        Field::CutOff => one(m
            .cut_off
            .as_ref()
            .map(|c| Value::located(cx, c.value.clone(), c.span))),
        Field::SectionTitle => match item {
            Item::Section(s) => vec![Value::located(cx, s.title.clone(), s.span)],
            _ => Vec::new(),
        },
        Field::TaskNumber => one(task
            .and_then(|t| t.number.as_ref())
            .map(|n| Value::located(cx, n.raw.clone(), n.span))),
        Field::TaskTitle => one(task
            .and_then(|t| t.title.as_ref())
            .map(|x| Value::located(cx, x.value.clone(), x.span))),
        Field::TaskText => one(task.map(|t| Value::located(cx, t.text.value.clone(), t.text.span))),
        Field::LeadUnits | Field::ResponsibleUnits | Field::CooperatingUnits => {
            let role = field.unit_role();
            task.map(|t| {
                t.units
                    .iter()
                    .filter(|u| Some(u.role) == role)
                    .map(Value::unit)
                    .collect()
            })
            .unwrap_or_default()
        }
        Field::Units => task
            .map(|t| t.units.iter().map(Value::unit).collect())
            .unwrap_or_default(),
        Field::Deadlines => task
            .map(|t| t.deadlines.iter().map(deadline_value).collect())
            .unwrap_or_default(),
        Field::Deadline => one(task.and_then(|t| t.primary_deadline()).map(deadline_value)),
        Field::UnitName => match item {
            Item::Unit(_, u) => vec![Value::unit(u)],
            _ => Vec::new(),
        },
        Field::DeadlineRaw => match item {
            Item::Deadline(_, d) => vec![deadline_value(d)],
            _ => Vec::new(),
        },
    }
}
