//! The coverage as JSON: the upper items, and per lower plan its items, the coverage of each
//! upper item (carried by, candidates, with scores) and the trace findings.

use serde_json::{json, Value};

use super::TraceReport;
use crate::trace::TraceItem;

fn item(i: &TraceItem, index: usize) -> Value {
    json!({
        "index": index,
        "label": i.label,
        "title": i.title,
        "line": i.span.line,
        "task": i.task.map(|t| t.index),
    })
}

/// The coverage as one JSON document.
pub fn render(r: &TraceReport) -> Value {
    json!({
        "upper": {
            "path": r.upper_path,
            "items": r.upper.iter().enumerate().map(|(k, i)| item(i, k)).collect::<Vec<_>>(),
        },
        "lowers": r.lowers.iter().map(|l| {
            let (carried, missing) = l.tally();
            json!({
                "path": l.path,
                "threshold": l.trace.settings.threshold,
                "carried": carried,
                "not_carried": missing,
                "items": l.items.iter().enumerate().map(|(k, i)| item(i, k)).collect::<Vec<_>>(),
                "coverage": l.trace.coverage.iter().map(|c| json!({
                    "upper": c.upper,
                    "carried_by": c.carried_by.iter().map(|m| json!({"lower": m.lower, "score": round(m.score)})).collect::<Vec<_>>(),
                    "candidates": c.candidates.iter().map(|m| json!({"lower": m.lower, "score": round(m.score)})).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
                "findings": l.findings,
            })
        }).collect::<Vec<_>>(),
    })
}

/// Scores to 3 decimals: enough to compare, stable across platforms' last bits.
fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}
