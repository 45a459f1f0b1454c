//! A snapshot of the parsed plan per seed and per sample. The projection keeps every value the
//! parser found with its `line:col`, one line per fact, so a change in parsing shows as a
//! readable diff (the full JSON, with byte offsets, is `planlint parse FILE`).

mod common;

use std::path::Path;

use planlint::ingest::Span;
use planlint::plan::model::{Plan, Task, UnitKind, UnitRole};
use serde_json::{json, Value};

fn at(span: &Span) -> String {
    format!("{}:{}", span.line, span.column)
}

fn units(task: &Task, role: UnitRole) -> Vec<String> {
    task.units_in(role)
        .map(|u| {
            let kind = match u.kind {
                UnitKind::Concrete => "",
                UnitKind::Collective => " [collective]",
                UnitKind::Vague => " [vague]",
            };
            let inherited = if u.inherited { " [inherited]" } else { "" };
            format!("{}{kind}{inherited} @{}", u.name, at(&u.span))
        })
        .collect()
}

/// How many sections enclose section `i`.
fn depth(plan: &Plan, i: usize) -> usize {
    let mut n = 0;
    let mut cur = plan.sections[i].parent;
    while let Some(p) = cur {
        n += 1;
        cur = plan.sections[p].parent;
    }
    n
}

fn project(plan: &Plan) -> Value {
    let m = &plan.meta;
    let fact = |v: Option<String>, s: Option<&Span>| match (v, s) {
        (Some(v), Some(s)) => Value::String(format!("{v} @{}", at(s))),
        _ => Value::Null,
    };
    let meta = json!({
        "title": fact(m.title.as_ref().map(|t| t.value.clone()), m.title.as_ref().map(|t| &t.span)),
        "plan_title": fact(m.plan_title.as_ref().map(|t| t.value.clone()), m.plan_title.as_ref().map(|t| &t.span)),
        "issuer": fact(m.issuer.as_ref().map(|t| t.value.clone()), m.issuer.as_ref().map(|t| &t.span)),
        "doc_number": fact(m.doc_number.as_ref().map(|t| t.value.clone()), m.doc_number.as_ref().map(|t| &t.span)),
        "addressees": m.addressees.iter().map(|a| format!("{} @{}", a.value, at(&a.span))).collect::<Vec<_>>(),
        "signing_date": fact(m.signing_date.as_ref().map(|t| t.value.to_string()), m.signing_date.as_ref().map(|t| &t.span)),
        "published": fact(m.published.as_ref().map(|p| format!("{} ({:?})", p.date.value, p.source)), m.published.as_ref().map(|p| &p.date.span)),
        "year": fact(m.year.as_ref().map(|t| t.value.to_string()), m.year.as_ref().map(|t| &t.span)),
        "period": fact(m.period.as_ref().map(|t| format!("{:?}", t.value)), m.period.as_ref().map(|t| &t.span)),
        "draft": fact(m.draft.as_ref().map(|t| t.value.clone()), m.draft.as_ref().map(|t| &t.span)),
    });
    let sections: Vec<String> = plan
        .sections
        .iter()
        .map(|s| {
            format!(
                "{}{}{} @{}",
                "  ".repeat(depth(plan, s.index)),
                s.label,
                s.title,
                at(&s.span)
            )
        })
        .collect();
    let tasks: Vec<Value> = plan
        .tasks
        .iter()
        .map(|t| {
            let number = t.number.as_ref().map(|n| {
                format!("{}{} @{}", n.value, if n.inherited { " (continued)" } else { "" }, at(&n.span))
            });
            let section = plan
                .section_path(t)
                .iter()
                .map(|s| format!("{}{}", s.label, s.title.chars().take(10).collect::<String>()))
                .collect::<Vec<_>>()
                .join(" / ");
            let deadlines: Vec<String> = t
                .deadlines
                .iter()
                .map(|d| {
                    let source = match &d.source {
                        planlint::plan::model::DeadlineSource::Field { column } => column.clone(),
                        planlint::plan::model::DeadlineSource::Text { column: None } => "text".into(),
                        planlint::plan::model::DeadlineSource::Text { column: Some(c) } => format!("text in {c}"),
                        planlint::plan::model::DeadlineSource::Units => "units".into(),
                    };
                    let inherited = if d.inherited { ", inherited" } else { "" };
                    format!("{} => {} ({source}{inherited}) @{}", d.raw, d.value, at(&d.span))
                })
                .collect();
            let mut task = json!({
                "task": t.index,
                "number": number,
                "section": section,
                "title": t.title.as_ref().map(|x| format!("{} @{}", x.value.chars().take(30).collect::<String>(), at(&x.span))),
                "span": format!("{}-{}:{}", at(&t.span), t.span.end_line, t.span.end_column),
                "lead": units(t, UnitRole::Lead),
                "responsible": units(t, UnitRole::Responsible),
                "cooperating": units(t, UnitRole::Cooperating),
                "deadlines": deadlines,
            });
            // shown only where set, so the other snapshots keep their shape
            if t.cut_off {
                task["cut_off"] = json!(true);
            }
            task
        })
        .collect();
    json!({
        "kind": format!("{:?}: {}", plan.kind.kind, plan.kind.reason),
        "layout": plan.layout,
        "dialects": plan.dialects,
        "encoding": plan.encoding,
        "meta": meta,
        "notice_deadlines": plan.notice.as_ref().map(|n| n.deadlines.iter().map(|d| format!("{} => {} @{}", d.raw, d.value, at(&d.span))).collect::<Vec<_>>()),
        "sections": sections,
        "tasks": tasks,
    })
}

fn snapshot(name: &str, path: &Path) {
    let plan = common::parse(path);
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_snapshot_path("snapshots");
    settings.bind(|| insta::assert_json_snapshot!(name, project(&plan)));
}

#[test]
fn seeds() {
    for prefix in ["000", "001", "002", "003", "004"] {
        let Some(path) = common::seed(prefix) else {
            return;
        };
        snapshot(&format!("seed-{prefix}"), &path);
    }
}

#[test]
fn samples() {
    let mut paths: Vec<_> = std::fs::read_dir(common::samples_dir())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    paths.sort();
    assert!(paths.len() >= 8);
    for path in paths {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        // a Word sample shares its stem with the text form it mirrors
        let word = path.extension().is_some_and(|e| e == "docx");
        let name = if word {
            format!("sample-{stem}-docx")
        } else {
            format!("sample-{stem}")
        };
        snapshot(&name, &path);
    }
}
