//! `document-kind`: the document must be of the expected kind. A statute, a disclosure guide
//! or an annual report sits beside plans on the same sites; checking it as a plan gives
//! nothing but noise, so the reader says what it is and this kind tells the user.

use serde::Deserialize;

use super::{no_fix, params, Check, CompileCx, Hit, KindDef, KindError};
use crate::plan::model::DocumentKind;
use crate::rules::fields::{Item, PlanCx};
use crate::rules::spec::Scope;

pub const KIND: KindDef = KindDef {
    name: "document-kind",
    scopes: &[Scope::Document],
    vars: &["found", "expected", "reason"],
    compile,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum Expect {
    Plan,
    NotPlan,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Params {
    expect: Expect,
}

#[derive(Debug)]
struct IsKind {
    expect: DocumentKind,
}

fn compile(cx: &CompileCx) -> Result<Box<dyn Check>, KindError> {
    no_fix(cx, "document-kind")?;
    let p: Params = params(cx)?;
    Ok(Box::new(IsKind {
        expect: match p.expect {
            Expect::Plan => DocumentKind::Plan,
            Expect::NotPlan => DocumentKind::NotPlan,
        },
    }))
}

fn word(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Plan => "工作方案",
        DocumentKind::NotPlan => "非工作方案",
    }
}

impl Check for IsKind {
    fn check(&self, cx: &PlanCx, _item: &Item) -> Vec<Hit> {
        let kind = &cx.plan.kind;
        if kind.kind == self.expect {
            return Vec::new();
        }
        vec![Hit::at(
            None,
            vec![
                ("found", word(kind.kind).to_owned()),
                ("expected", word(self.expect).to_owned()),
                ("reason", kind.reason.clone()),
            ],
        )]
    }
}
