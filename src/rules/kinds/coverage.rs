//! `coverage`: the plan mentions each required topic (any of its words) somewhere.

use serde::Deserialize;

use super::{no_fix, params, Check, CompileCx, Hit, KindDef, KindError};
use crate::rules::fields::{resolve, Field, Item, PlanCx};
use crate::rules::spec::Scope;

pub const KIND: KindDef = KindDef {
    name: "coverage",
    scopes: &[Scope::Document],
    vars: &["found", "expected", "detail"],
    compile,
};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Params {
    #[serde(default = "super::text_field")]
    field: String,
    topics: Vec<Topic>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Topic {
    name: String,
    any: Vec<String>,
}

#[derive(Debug)]
struct Coverage {
    field: Field,
    topics: Vec<Topic>,
}

fn compile(cx: &CompileCx) -> Result<Box<dyn Check>, KindError> {
    no_fix(cx, "coverage")?;
    let p: Params = params(cx)?;
    let field = Field::parse(&p.field, cx.scope).map_err(|m| KindError::at(p.field.clone(), m))?;
    if let Some(t) = p.topics.iter().find(|t| t.any.is_empty()) {
        return Err(KindError::at(
            t.name.clone(),
            format!("topic `{}` lists no words (`any`)", t.name),
        ));
    }
    Ok(Box::new(Coverage {
        field,
        topics: p.topics,
    }))
}

impl Check for Coverage {
    fn check(&self, cx: &PlanCx, item: &Item) -> Vec<Hit> {
        let values = resolve(cx, self.field, item);
        self.topics
            .iter()
            .filter(|t| {
                !values
                    .iter()
                    .any(|v| t.any.iter().any(|w| v.text.contains(w.as_str())))
            })
            .map(|t| {
                Hit::at(
                    None,
                    vec![
                        ("found", t.name.clone()),
                        ("expected", t.any.join("、")),
                        (
                            "detail",
                            format!("未提及“{}”（{}）", t.name, t.any.join("、")),
                        ),
                    ],
                )
            })
            .collect()
    }
}
