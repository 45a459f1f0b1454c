//! Content fingerprints: which finding this is, independent of where the lines are. Built from
//! the rule, the task it is about (its printed number, else the start of its title) and the
//! characters it points at, so a finding keeps its fingerprint when lines are added above it.

use crate::ingest::Span;
use crate::plan::model::Plan;
use crate::plan::text::normalize;

/// FNV-1a, 64 bits: small, stable across versions and platforms.
fn fnv1a(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain(std::iter::once(0x1f)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// The task a finding is about, as a reader would name it.
pub fn task_key(plan: &Plan, task: Option<usize>) -> String {
    let Some(t) = task.and_then(|i| plan.tasks.get(i.wrapping_sub(1))) else {
        return "document".into();
    };
    match (&t.number, &t.title) {
        (Some(n), _) if n.inherited => format!("{}+", n.value),
        (Some(n), _) => n.value.to_string(),
        (None, Some(title)) => title.value.chars().take(16).collect(),
        (None, None) => normalize(&t.text.value).chars().take(16).collect(),
    }
}

/// The fingerprint of a finding of `rule` about `task`, pointing at `span` of `text`.
pub fn fingerprint(
    rule: &str,
    plan: &Plan,
    task: Option<usize>,
    text: &str,
    span: Option<Span>,
) -> String {
    let snippet = span
        .and_then(|s| text.get(s.start..s.end))
        .map(normalize)
        .unwrap_or_default();
    let key = task_key(plan, task);
    format!("{:016x}", fnv1a(&[rule, &key, &snippet]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_and_distinct() {
        assert_eq!(fnv1a(&["a", "b"]), fnv1a(&["a", "b"]));
        assert_ne!(fnv1a(&["ab", ""]), fnv1a(&["a", "b"]));
        // the algorithm must not change: baselines written today are read tomorrow
        assert_eq!(format!("{:016x}", fnv1a(&["planlint"])), "3d662bea6f059a94");
    }
}
