//! `registry`: unit names checked against a list — `allow` (every concrete unit must be in the
//! list, e.g. the locality's official 机构 list) or `deny` (no unit may be).

use serde::Deserialize;

use super::{no_fix, params, Check, CompileCx, Hit, KindDef, KindError};
use crate::plan::model::UnitKind;
use crate::plan::text::normalize;
use crate::rules::fields::{Item, PlanCx};
use crate::rules::spec::Scope;

pub const KIND: KindDef = KindDef {
    name: "registry",
    scopes: &[Scope::Unit],
    vars: &["found", "expected", "detail"],
    compile,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Mode {
    Allow,
    Deny,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Params {
    mode: Mode,
    /// Names in the rule (or in `planlint.yaml` parameters).
    #[serde(default)]
    units: Vec<String>,
    /// A YAML file with a `units:` list, relative to the rule file.
    #[serde(default)]
    file: Option<String>,
}

#[derive(Debug, Deserialize)]
struct UnitsFile {
    units: Vec<String>,
}

#[derive(Debug)]
struct Registry {
    mode: Mode,
    units: Vec<String>,
}

fn compile(cx: &CompileCx) -> Result<Box<dyn Check>, KindError> {
    no_fix(cx, "registry")?;
    let p: Params = params(cx)?;
    let mut units: Vec<String> = p.units.iter().map(|u| normalize(u)).collect();
    if let Some(file) = &p.file {
        let (path, text) = (cx.load)(file).map_err(|m| KindError::at(file.clone(), m))?;
        let list: UnitsFile = crate::yaml::from_str(&text)
            .map_err(|e| KindError::at(file.clone(), format!("{path}: {}", e.message)))?;
        units.extend(list.units.iter().map(|u| normalize(u)));
    }
    if units.is_empty() {
        return Err(KindError::at(
            "registry",
            "a `registry` check needs `units` or a `file` with a `units:` list",
        ));
    }
    units.sort();
    units.dedup();
    Ok(Box::new(Registry {
        mode: p.mode,
        units,
    }))
}

impl Check for Registry {
    fn check(&self, _cx: &PlanCx, item: &Item) -> Vec<Hit> {
        let Item::Unit(_, unit) = item else {
            return Vec::new();
        };
        let listed = self.units.binary_search(&unit.name).is_ok();
        let wrong = match self.mode {
            Mode::Allow => !listed && unit.kind == UnitKind::Concrete,
            Mode::Deny => listed,
        };
        if !wrong {
            return Vec::new();
        }
        let detail = match self.mode {
            Mode::Allow => format!("“{}”不在单位名录中", unit.name),
            Mode::Deny => format!("“{}”在禁用名单中", unit.name),
        };
        vec![Hit::at(
            Some(unit.span),
            vec![
                ("found", unit.name.clone()),
                ("expected", String::new()),
                ("detail", detail),
            ],
        )]
    }
}
