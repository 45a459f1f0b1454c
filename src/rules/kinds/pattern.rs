//! `pattern`: regexes a field's text must match (`must_match`) or must not (`must_not_match`).
//! A pattern with a group reports (and fixes) group 1 only, so a rule can point at one
//! character inside its context.

use regex::Regex;
use serde::Deserialize;

use super::{params, regex, Check, CompileCx, Hit, KindDef, KindError};
use crate::rules::fields::{resolve, Field, Item, PlanCx};
use crate::rules::spec::{FixSpec, Replacement, Scope};

pub const KIND: KindDef = KindDef {
    name: "pattern",
    scopes: Scope::ALL,
    vars: &["found", "value", "expected", "detail"],
    compile,
};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Params {
    field: String,
    #[serde(default)]
    must_match: Vec<PatternSpec>,
    #[serde(default)]
    must_not_match: Vec<PatternSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PatternSpec {
    regex: String,
    /// What this pattern means, for `{detail}`.
    #[serde(default)]
    detail: Option<String>,
    /// The form expected instead, for `{expected}`.
    #[serde(default)]
    expected: Option<String>,
    /// This pattern's fix (with `fix: true` on the rule): a template or a map.
    #[serde(default)]
    replace: Option<Replacement>,
}

#[derive(Debug)]
struct Pattern {
    re: Regex,
    detail: String,
    expected: String,
    replace: Option<Replacement>,
}

#[derive(Debug)]
struct PatternCheck {
    field: Field,
    must: Vec<Pattern>,
    must_not: Vec<Pattern>,
    /// Fixes are on; patterns without their own `replace` use this one.
    fix: bool,
    default_replace: Option<Replacement>,
}

fn compile_all(list: Vec<PatternSpec>) -> Result<Vec<Pattern>, KindError> {
    list.into_iter()
        .map(|p| {
            Ok(Pattern {
                re: regex(&p.regex)?,
                detail: p.detail.unwrap_or_default(),
                expected: p.expected.unwrap_or_default(),
                replace: p.replace,
            })
        })
        .collect()
}

fn compile(cx: &CompileCx) -> Result<Box<dyn Check>, KindError> {
    let p: Params = params(cx)?;
    let field = Field::parse(&p.field, cx.scope).map_err(|m| KindError::at(p.field.clone(), m))?;
    if p.must_match.is_empty() && p.must_not_match.is_empty() {
        return Err(KindError::at(
            "pattern",
            "a `pattern` check needs `must_match` or `must_not_match`",
        ));
    }
    let (fix, default_replace) = match cx.fix {
        None | Some(FixSpec::Enabled(false)) => (false, None),
        Some(FixSpec::Replace { replace }) => (true, Some(replace.clone())),
        Some(FixSpec::Enabled(true)) => (true, None),
    };
    let must_not = compile_all(p.must_not_match)?;
    if fix && default_replace.is_none() && must_not.iter().all(|m| m.replace.is_none()) {
        return Err(KindError::at(
            "fix:",
            "`fix: true` on a `pattern` check needs a `replace` on some `must_not_match` pattern",
        ));
    }
    Ok(Box::new(PatternCheck {
        field,
        must: compile_all(p.must_match)?,
        must_not,
        fix,
        default_replace,
    }))
}

/// Longest field value `{value}` quotes whole: a message quotes a 发文字号 or a unit's name, not
/// a whole document (`text`, `plan.text`), whose copy per finding would make many findings on
/// a long text quadratic.
const MAX_VALUE_VAR_BYTES: usize = 1024;

/// What `{value}` stands for: the field's value, or the match itself when the value is a long
/// text.
fn value_var(value: &str, found: &str) -> String {
    if value.len() <= MAX_VALUE_VAR_BYTES {
        value.to_owned()
    } else {
        found.to_owned()
    }
}

impl PatternCheck {
    fn replacement(
        &self,
        pattern: &Pattern,
        caps: &regex::Captures,
        found: &str,
    ) -> Option<String> {
        if !self.fix {
            return None;
        }
        match pattern.replace.as_ref().or(self.default_replace.as_ref())? {
            Replacement::Map(map) => map.get(found).cloned(),
            Replacement::Template(t) => {
                let mut out = String::new();
                caps.expand(t, &mut out);
                Some(out)
            }
        }
    }
}

impl Check for PatternCheck {
    fn check(&self, cx: &PlanCx, item: &Item) -> Vec<Hit> {
        let mut hits = Vec::new();
        for value in resolve(cx, self.field, item) {
            for p in &self.must {
                if !p.re.is_match(&value.text) {
                    hits.push(Hit::at(
                        value.span,
                        vec![
                            ("found", value.text.to_string()),
                            ("value", value.text.to_string()),
                            ("expected", p.expected.clone()),
                            ("detail", p.detail.clone()),
                        ],
                    ));
                }
            }
            for p in &self.must_not {
                for caps in p.re.captures_iter(&value.text) {
                    let Some(m) = caps.get(1).or_else(|| caps.get(0)) else {
                        continue;
                    };
                    let mut hit = Hit::at(
                        value.sub_span(cx, m.start(), m.end()),
                        vec![
                            ("found", m.as_str().to_owned()),
                            ("value", value_var(&value.text, m.as_str())),
                            ("expected", p.expected.clone()),
                            ("detail", p.detail.clone()),
                        ],
                    );
                    if value.verbatim {
                        hit.fix = self.replacement(p, &caps, m.as_str());
                    }
                    hits.push(hit);
                }
            }
        }
        hits
    }
}
