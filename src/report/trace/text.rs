//! The coverage for a terminal: per lower plan, each upper item with the lower tasks that carry
//! it (and their scores) or 未落实 with the nearest candidates; then the trace findings.

use std::fmt::Write as _;

use super::{label, lower_label, TraceReport};
use crate::report::terminal::safe;

/// The coverage as text.
pub fn render(r: &TraceReport) -> String {
    let mut out = String::new();
    for lower in &r.lowers {
        let (carried, missing) = lower.tally();
        let _ = writeln!(
            out,
            "上级方案 {}（{} 项）→ 下级方案 {}（{} 项）：落实 {carried} 项，未落实 {missing} 项（相似度阈值 {:.2}）",
            safe(&r.upper_path),
            r.upper.len(),
            safe(&lower.path),
            lower.items.len(),
            lower.trace.settings.threshold
        );
        for c in &lower.trace.coverage {
            let Some(up) = r.upper.get(c.upper) else {
                continue;
            };
            let _ = writeln!(out, "  {}", safe(&label(up)));
            if c.carried_by.is_empty() {
                let near: Vec<String> = c
                    .candidates
                    .iter()
                    .filter_map(|m| {
                        lower
                            .items
                            .get(m.lower)
                            .map(|i| format!("{} {:.2}", lower_label(i, m.lower), m.score))
                    })
                    .collect();
                let _ = writeln!(
                    out,
                    "    ✗ 未落实{}",
                    if near.is_empty() {
                        String::new()
                    } else {
                        format!("；最接近：{}", safe(&near.join("；")))
                    }
                );
            }
            for m in &c.carried_by {
                if let Some(i) = lower.items.get(m.lower) {
                    let _ = writeln!(
                        out,
                        "    → {} {:.2}",
                        safe(&lower_label(i, m.lower)),
                        m.score
                    );
                }
            }
        }
        if !lower.findings.is_empty() {
            let _ = writeln!(out, "\n  问题：");
        }
        for f in &lower.findings {
            let at = f
                .span
                .map(|s| format!("{}:{}:{}", f.path, s.line, s.column))
                .unwrap_or_else(|| f.path.clone());
            let _ = writeln!(
                out,
                "  {:<7} {} {} {}",
                f.severity.as_str(),
                f.rule,
                safe(&at),
                safe(&f.message)
            );
        }
        out.push('\n');
    }
    out
}
