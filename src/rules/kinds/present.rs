//! `present`: a field has a value — and, for units, one that names someone (`concrete`). With
//! `expect: absent`, the field must have no value (a draft marker, say).

use serde::Deserialize;

use super::{no_fix, params, Check, CompileCx, Hit, KindDef, KindError};
use crate::ingest::Span;
use crate::plan::model::{UnitKind, UnitRole};
use crate::rules::fields::{resolve, Field, Item, PlanCx, Value};
use crate::rules::spec::Scope;

pub const KIND: KindDef = KindDef {
    name: "present",
    scopes: Scope::ALL,
    vars: &["found", "expected"],
    compile,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Expect {
    Present,
    Absent,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Params {
    field: String,
    #[serde(default = "present")]
    expect: Expect,
    /// Units must name someone: vague assignees (有关部门) do not count.
    #[serde(default)]
    concrete: bool,
    /// Units must name one accountable unit: a whole class (各镇（街道）, 区政府各部门) does not
    /// count either.
    #[serde(default)]
    accountable: bool,
    /// An item with no value at all is not this rule's business (another rule reports it):
    /// only the values it has are judged.
    #[serde(default)]
    skip_missing: bool,
    /// For `task.lead_units`: a task that names exactly one unit besides its cooperating ones,
    /// not vague, has its lead.
    #[serde(default)]
    sole_unit_is_lead: bool,
}

fn present() -> Expect {
    Expect::Present
}

#[derive(Debug)]
struct Present {
    field: Field,
    expect: Expect,
    /// Which kinds of unit count (all, when the field holds no units).
    counted: &'static [UnitKind],
    skip_missing: bool,
    sole_unit_is_lead: bool,
}

fn compile(cx: &CompileCx) -> Result<Box<dyn Check>, KindError> {
    no_fix(cx, "present")?;
    let p: Params = params(cx)?;
    let field = Field::parse(&p.field, cx.scope).map_err(|m| KindError::at(p.field.clone(), m))?;
    if p.sole_unit_is_lead && field != Field::LeadUnits {
        return Err(KindError::at(
            "sole_unit_is_lead",
            "`sole_unit_is_lead` only applies to `task.lead_units`",
        ));
    }
    let counted: &'static [UnitKind] = if p.accountable {
        &[UnitKind::Concrete]
    } else if p.concrete {
        &[UnitKind::Concrete, UnitKind::Collective]
    } else {
        &[UnitKind::Concrete, UnitKind::Collective, UnitKind::Vague]
    };
    Ok(Box::new(Present {
        field,
        expect: p.expect,
        counted,
        skip_missing: p.skip_missing,
        sole_unit_is_lead: p.sole_unit_is_lead,
    }))
}

fn counts(v: &Value, counted: &[UnitKind]) -> bool {
    match v.unit {
        Some(u) => counted.contains(&u.kind),
        None => !v.text.trim().is_empty(),
    }
}

impl Check for Present {
    fn check(&self, cx: &PlanCx, item: &Item) -> Vec<Hit> {
        let values = resolve(cx, self.field, item);
        if self.expect == Expect::Absent {
            return values
                .iter()
                .map(|v| {
                    Hit::at(
                        v.span,
                        vec![
                            ("found", v.text.to_string()),
                            ("expected", format!("no {}", self.field.name())),
                        ],
                    )
                })
                .collect();
        }
        let task = item.task();
        let mut values = values;
        if values.is_empty() && self.sole_unit_is_lead {
            // cooperating units never lead: the one unit beside them does, unless it names no
            // one (有关部门负责)
            if let Some(t) = task {
                let mut doers = t.units.iter().filter(|u| u.role != UnitRole::Cooperating);
                if let (Some(u), None) = (doers.next(), doers.next()) {
                    if u.kind != UnitKind::Vague {
                        values.push(Value::unit(u));
                    }
                }
            }
        }
        if values.is_empty() && self.skip_missing {
            return Vec::new();
        }
        if values.iter().any(|v| counts(v, self.counted)) {
            return Vec::new();
        }
        let found: Vec<&str> = if values.is_empty() {
            task.map(|t| t.units.iter().map(|u| u.name.as_str()).collect())
                .unwrap_or_default()
        } else {
            values.iter().map(|v| v.text.as_ref()).collect()
        };
        // a unit finding points at the units the task does name, else at the task
        // (the field's own units when it has some — a vague lead — else all the task's units)
        let own: Vec<Span> = values
            .iter()
            .filter_map(|v| v.unit.filter(|u| !u.inherited).map(|u| u.span))
            .collect();
        let unit_spans: Vec<Span> = match (
            self.field.unit_role().is_some() || self.field == Field::Units,
            task,
        ) {
            (true, _) if !own.is_empty() => own,
            (true, Some(t)) => t
                .units
                .iter()
                .filter(|u| !u.inherited)
                .map(|u| u.span)
                .collect(),
            _ => Vec::new(),
        };
        let span = match unit_spans.split_first() {
            Some((first, rest)) if rest.iter().all(|s| s.line == first.line) => {
                Some(rest.iter().fold(*first, |a, b| a.cover(*b)))
            }
            Some((first, _)) => Some(*first),
            None => None,
        };
        let found = if found.is_empty() {
            "（无）".to_owned()
        } else {
            found.join("、")
        };
        vec![Hit::at(
            span,
            vec![("found", found), ("expected", self.field.name().to_owned())],
        )]
    }
}
