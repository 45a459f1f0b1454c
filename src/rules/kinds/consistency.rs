//! `consistency`: a fact stated twice must agree.
//!
//! * `fact: deadline` (task scope): the final date each source gives — the 时限 column, each
//!   text column (重点内容, 具体要求), the paragraph text — must be the same date. Earlier dates
//!   in one source are milestones; only each source's last date is compared.
//! * `fact: issue-year` (document scope): the year in the 发文字号 must be the signing year.

use chrono::{Datelike, NaiveDate};
use regex::Regex;
use serde::Deserialize;

use super::{no_fix, params, Check, CompileCx, Hit, KindDef, KindError};
use crate::plan::model::{Deadline, DeadlineSource, DeadlineValue};
use crate::rules::fields::{Item, PlanCx};
use crate::rules::spec::Scope;

pub const KIND: KindDef = KindDef {
    name: "consistency",
    scopes: &[Scope::Document, Scope::Task],
    vars: &["found", "expected", "detail"],
    compile,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum Fact {
    Deadline,
    IssueYear,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Params {
    fact: Fact,
}

#[derive(Debug)]
struct Consistency {
    fact: Fact,
    year_in_number: Regex,
}

fn compile(cx: &CompileCx) -> Result<Box<dyn Check>, KindError> {
    no_fix(cx, "consistency")?;
    let p: Params = params(cx)?;
    let needed = match p.fact {
        Fact::Deadline => Scope::Task,
        Fact::IssueYear => Scope::Document,
    };
    if cx.scope != needed {
        return Err(KindError::at(
            "fact",
            format!("`fact: {:?}` needs `scope: {}`", p.fact, needed.as_str()).to_lowercase(),
        ));
    }
    Ok(Box::new(Consistency {
        fact: p.fact,
        year_in_number: Regex::new(r"[〔\[（(【［]\s*(\d{4})\s*[〕\]）)】］]")
            .expect("static regex"),
    }))
}

/// Where a deadline was stated, as an auditor names it.
fn source_name(d: &Deadline) -> String {
    match &d.source {
        DeadlineSource::Field { column } => format!("{column}栏"),
        DeadlineSource::Text { column: Some(c) } => c.clone(),
        DeadlineSource::Text { column: None } => "正文".into(),
        DeadlineSource::Units => "责任单位括注".into(),
    }
}

fn dated(d: &Deadline) -> Option<NaiveDate> {
    match d.value {
        DeadlineValue::By { date, .. } => date,
        _ => None,
    }
}

impl Consistency {
    fn deadlines(&self, item: &Item) -> Vec<Hit> {
        let Some(task) = item.task() else {
            return Vec::new();
        };
        // the last date each source states
        let mut finals: Vec<(String, NaiveDate, &Deadline)> = Vec::new();
        for d in &task.deadlines {
            let Some(date) = dated(d) else { continue };
            let name = source_name(d);
            match finals.iter_mut().find(|(n, _, _)| *n == name) {
                Some(entry) if date > entry.1 => *entry = (name, date, d),
                Some(_) => {}
                None => finals.push((name, date, d)),
            }
        }
        let first = match finals.first() {
            Some(f) => f.1,
            None => return Vec::new(),
        };
        if finals.iter().all(|(_, date, _)| *date == first) {
            return Vec::new();
        }
        // point at the statement that disagrees with the 时限 column (or the first source)
        let reference = finals
            .iter()
            .find(|(_, _, d)| matches!(d.source, DeadlineSource::Field { .. }))
            .unwrap_or(&finals[0]);
        let odd = finals
            .iter()
            .find(|(_, date, _)| *date != reference.1)
            .unwrap_or(reference);
        let detail = finals
            .iter()
            .map(|(name, date, d)| format!("{name}“{}”（{date}）", d.raw))
            .collect::<Vec<_>>()
            .join("，");
        let mut hit = Hit::at(
            Some(odd.2.span),
            vec![
                ("found", format!("{}“{}”（{}）", odd.0, odd.2.raw, odd.1)),
                (
                    "expected",
                    format!("{}“{}”（{}）", reference.0, reference.2.raw, reference.1),
                ),
                ("detail", detail),
            ],
        );
        for (name, date, d) in &finals {
            if d.span != odd.2.span {
                hit.labels.push((d.span, format!("{name}：{date}")));
            }
        }
        vec![hit]
    }

    fn issue_year(&self, cx: &PlanCx) -> Vec<Hit> {
        let m = &cx.plan.meta;
        let (Some(number), Some(signed)) = (&m.doc_number, &m.signing_date) else {
            return Vec::new();
        };
        let Some(caps) = self.year_in_number.captures(&number.value) else {
            return Vec::new();
        };
        let Some(year) = caps.get(1) else {
            return Vec::new();
        };
        if year.as_str().parse::<i32>().ok() == Some(signed.value.year()) {
            return Vec::new();
        }
        let mut hit = Hit::at(
            Some(number.span),
            vec![
                ("found", year.as_str().to_owned()),
                ("expected", signed.value.year().to_string()),
                (
                    "detail",
                    format!(
                        "发文字号年份 {} 与成文日期 {} 不一致",
                        year.as_str(),
                        signed.value
                    ),
                ),
            ],
        );
        hit.labels.push((signed.span, "成文日期".into()));
        vec![hit]
    }
}

impl Check for Consistency {
    fn check(&self, cx: &PlanCx, item: &Item) -> Vec<Hit> {
        match self.fact {
            Fact::Deadline => self.deadlines(item),
            Fact::IssueYear => self.issue_year(cx),
        }
    }
}
