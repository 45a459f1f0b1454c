//! `trace`: what a lower plan did with the tasks of the upper plan it implements (the trace of
//! [`crate::trace`], made when the run is told the pair: `planlint trace` or `trace:` in
//! planlint.yaml). Without an upper plan it finds nothing.
//!
//! `question:` says which:
//! - `not-carried-down` (document scope): an upper task no lower task carries;
//! - `deadline-later` (task): a lower task's deadline falls after its upper task's;
//! - `deadline-missing` (task): the upper task has a deadline, the lower task none;
//! - `lead-missing` (task): the upper task names one organ as its lead, the lower task none;
//! - `unit-counterpart` (task): the lower lead is not the upper lead's counterpart one level
//!   down (`counterparts:` names the table).

use serde::Deserialize;

use super::{no_fix, params, Check, CompileCx, Hit, KindDef, KindError};
use crate::plan::model::{DeadlineValue, Task, Unit, UnitKind, UnitRole};
use crate::rules::fields::{Item, PlanCx};
use crate::rules::spec::Scope;
use crate::trace::counterparts::{Counterparts, CounterpartsSpec};
use crate::trace::{TraceItem, Traced};

pub const KIND: KindDef = KindDef {
    name: "trace",
    scopes: &[Scope::Document, Scope::Task],
    vars: &["found", "expected", "upper", "detail"],
    compile,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum Question {
    NotCarriedDown,
    DeadlineLater,
    DeadlineMissing,
    LeadMissing,
    UnitCounterpart,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Params {
    question: Question,
    /// For `unit-counterpart`: the counterparts table, relative to the rule file.
    #[serde(default)]
    counterparts: Option<String>,
}

#[derive(Debug)]
struct TraceCheck {
    question: Question,
    counterparts: Option<Counterparts>,
}

fn compile(cx: &CompileCx) -> Result<Box<dyn Check>, KindError> {
    no_fix(cx, "trace")?;
    let p: Params = params(cx)?;
    let scope_ok = match p.question {
        Question::NotCarriedDown => cx.scope == Scope::Document,
        _ => cx.scope == Scope::Task,
    };
    if !scope_ok {
        return Err(KindError::at(
            "scope",
            "`not-carried-down` takes `scope: document`; the other trace checks `scope: task`",
        ));
    }
    let counterparts = match (&p.question, &p.counterparts) {
        (Question::UnitCounterpart, None) => {
            return Err(KindError::at(
                "unit-counterpart",
                "`unit-counterpart` needs `counterparts:`, the table of unit functions",
            ))
        }
        (_, Some(file)) => {
            let (path, text) = (cx.load)(file).map_err(|m| KindError::at(file.clone(), m))?;
            let spec: CounterpartsSpec = crate::yaml::from_str(&text)
                .map_err(|e| KindError::at(file.clone(), format!("{path}: {}", e.message)))?;
            Some(Counterparts::new(spec))
        }
        _ => None,
    };
    Ok(Box::new(TraceCheck {
        question: p.question,
        counterparts,
    }))
}

/// An upper item as a message names it: its number and first words.
pub fn upper_label(item: &TraceItem) -> String {
    format!("{}“{}”", item.label, item.title)
}

/// The lead units of a task: those named as lead, else the one unit besides cooperating ones
/// (as `lead-unit-named` reads it).
fn lead_units(task: &Task) -> Vec<&Unit> {
    let named: Vec<&Unit> = task
        .units_in(UnitRole::Lead)
        .filter(|u| u.kind != UnitKind::Vague)
        .collect();
    if !named.is_empty() {
        return named;
    }
    let mut doers = task
        .units
        .iter()
        .filter(|u| u.role != UnitRole::Cooperating);
    match (doers.next(), doers.next()) {
        (Some(u), None) if u.kind != UnitKind::Vague => vec![u],
        _ => Vec::new(),
    }
}

/// The names of a task's lead units (see [`lead_units`]).
fn leads(task: &Task) -> Vec<&str> {
    lead_units(task)
        .into_iter()
        .map(|u| u.name.as_str())
        .collect()
}

/// The names of a task's lead units that are one named organ each: a class led at every level
/// (`各级政府要…`) asks the lower plan's own bodies, who need no naming.
fn named_leads(task: &Task) -> Vec<&str> {
    lead_units(task)
        .into_iter()
        .filter(|u| u.kind == UnitKind::Concrete)
        .map(|u| u.name.as_str())
        .collect()
}

/// The date a task must be done by, when it states one.
fn due(task: &Task) -> Option<(chrono::NaiveDate, &str)> {
    let d = task.primary_deadline()?;
    match d.value {
        DeadlineValue::By {
            date: Some(date), ..
        } => Some((date, d.raw.as_str())),
        _ => None,
    }
}

impl TraceCheck {
    fn not_carried(&self, traced: &Traced) -> Vec<Hit> {
        if traced.too_large {
            let mut hit = Hit::at(
                None,
                vec![
                    ("upper", String::new()),
                    ("found", String::new()),
                    ("expected", String::new()),
                    ("detail", String::new()),
                ],
            );
            hit.message = Some(format!(
                "未作上下级对照：上级方案 {} 项 × 本方案 {} 项，超出 {} 对的对照上限",
                traced.upper.len(),
                traced.lower.len(),
                crate::trace::MAX_TRACE_PAIRS
            ));
            return vec![hit];
        }
        traced
            .trace
            .not_carried()
            .filter_map(|c| {
                let item = traced.upper.get(c.upper)?;
                let detail = match c.candidates.first() {
                    Some(m) => format!(
                        "最接近的是本方案 {}（相似度 {:.2}，低于 {:.2}）",
                        traced
                            .lower
                            .get(m.lower)
                            .map(|i| format!("{}“{}”", i.label, i.title))
                            .unwrap_or_default(),
                        m.score,
                        traced.trace.settings.threshold
                    ),
                    None => "本方案没有相近的任务".to_owned(),
                };
                Some(Hit::at(
                    traced.belongs_at(c.upper),
                    vec![
                        ("upper", upper_label(item)),
                        ("found", String::new()),
                        ("expected", String::new()),
                        ("detail", detail),
                    ],
                ))
            })
            .collect()
    }

    fn task(&self, traced: &Traced, task: &Task) -> Vec<Hit> {
        let mut hits = Vec::new();
        for (item, _) in traced.uppers_of_task(task) {
            // a heading of a plan that assigns nothing has no deadline or lead to compare
            let Some(up) = item.task else {
                continue;
            };
            let upper = upper_label(item);
            let hit = match self.question {
                Question::DeadlineLater => match (due(up), due(task)) {
                    (Some((ud, uraw)), Some((ld, _))) if ld > ud => {
                        let span = task.primary_deadline().map(|d| d.span);
                        Some(Hit::at(
                            span,
                            vec![
                                ("upper", upper),
                                ("found", ld.to_string()),
                                ("expected", format!("{ud}（{uraw}）")),
                                ("detail", String::new()),
                            ],
                        ))
                    }
                    _ => None,
                },
                Question::DeadlineMissing => match up.primary_deadline() {
                    Some(d) if task.deadlines.is_empty() => Some(Hit::at(
                        None,
                        vec![
                            ("upper", upper),
                            ("found", String::new()),
                            ("expected", d.raw.clone()),
                            ("detail", String::new()),
                        ],
                    )),
                    _ => None,
                },
                Question::LeadMissing => {
                    let want = named_leads(up);
                    (!want.is_empty() && leads(task).is_empty()).then(|| {
                        Hit::at(
                            None,
                            vec![
                                ("upper", upper),
                                ("found", String::new()),
                                ("expected", want.join("、")),
                                ("detail", String::new()),
                            ],
                        )
                    })
                }
                Question::UnitCounterpart => {
                    let Some(table) = &self.counterparts else {
                        continue;
                    };
                    let (want, have) = (leads(up), leads(task));
                    let matched = have
                        .iter()
                        .any(|h| want.iter().any(|w| table.same_function(w, h)));
                    (!want.is_empty() && !have.is_empty() && !matched).then(|| {
                        let span = task
                            .units
                            .iter()
                            .find(|x| have.contains(&x.name.as_str()))
                            .map(|x| x.span);
                        Hit::at(
                            span,
                            vec![
                                ("upper", upper),
                                ("found", have.join("、")),
                                ("expected", want.join("、")),
                                ("detail", String::new()),
                            ],
                        )
                    })
                }
                Question::NotCarriedDown => None,
            };
            hits.extend(hit);
        }
        hits
    }
}

impl Check for TraceCheck {
    fn check(&self, cx: &PlanCx, item: &Item) -> Vec<Hit> {
        let Some(traced) = cx.trace else {
            return Vec::new();
        };
        match (self.question, item) {
            (Question::NotCarriedDown, Item::Document) => self.not_carried(traced),
            (_, Item::Task(t)) => self.task(traced, t),
            _ => Vec::new(),
        }
    }
}
