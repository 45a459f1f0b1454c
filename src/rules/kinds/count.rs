//! `count`: at most N, or P%, of tasks may be selected by a `where` filter (the same filters as
//! a rule's `when`) — a plan-level view of a pattern, e.g. "most tasks name no lead unit".

use serde::Deserialize;

use super::{no_fix, params, Check, CompileCx, Hit, KindDef, KindError};
use crate::rules::fields::{Item, PlanCx};
use crate::rules::spec::{Scope, WhenSpec};
use crate::rules::when::When;

pub const KIND: KindDef = KindDef {
    name: "count",
    scopes: &[Scope::Document],
    vars: &["count", "total", "percent", "found", "expected"],
    compile,
};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Params {
    /// Which tasks count.
    #[serde(rename = "where")]
    filter: WhenSpec,
    #[serde(default)]
    max: Option<usize>,
    #[serde(default)]
    max_percent: Option<f64>,
    /// Plans with fewer tasks are not judged.
    #[serde(default = "one")]
    min_tasks: usize,
}

fn one() -> usize {
    1
}

#[derive(Debug)]
struct Count {
    filter: When,
    max: Option<usize>,
    max_percent: Option<f64>,
    min_tasks: usize,
}

fn compile(cx: &CompileCx) -> Result<Box<dyn Check>, KindError> {
    no_fix(cx, "count")?;
    let p: Params = params(cx)?;
    if p.max.is_none() && p.max_percent.is_none() {
        return Err(KindError::at(
            "count",
            "a `count` check needs `max` or `max_percent`",
        ));
    }
    let filter =
        When::compile(&p.filter, Scope::Task).map_err(|e| KindError::at(e.needle, e.message))?;
    Ok(Box::new(Count {
        filter,
        max: p.max,
        max_percent: p.max_percent,
        min_tasks: p.min_tasks,
    }))
}

impl Check for Count {
    fn check(&self, cx: &PlanCx, _item: &Item) -> Vec<Hit> {
        // (a task the copy is cut off inside is not counted: it lacks what the cut took)
        let whole = || cx.plan.tasks.iter().filter(|t| !t.cut_off);
        let total = whole().count();
        if total < self.min_tasks || total == 0 {
            return Vec::new();
        }
        let count = whole()
            .filter(|t| self.filter.holds(cx, &Item::Task(t)))
            .count();
        let percent = count as f64 * 100.0 / total as f64;
        let over =
            self.max.is_some_and(|m| count > m) || self.max_percent.is_some_and(|p| percent > p);
        if !over {
            return Vec::new();
        }
        let expected = match (self.max, self.max_percent) {
            (Some(m), _) => format!("≤ {m}"),
            (None, Some(p)) => format!("≤ {p}%"),
            (None, None) => String::new(),
        };
        vec![Hit::at(
            None,
            vec![
                ("count", count.to_string()),
                ("total", total.to_string()),
                ("percent", format!("{percent:.0}%")),
                ("found", format!("{count}/{total}")),
                ("expected", expected),
            ],
        )]
    }
}
