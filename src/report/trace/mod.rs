//! The coverage of `planlint trace`: for each lower plan, which of its tasks carry each item of
//! the upper plan. One module per format, as for the findings.

pub mod csv;
pub mod html;
pub mod json;
pub mod text;

use crate::engine::Finding;
use crate::trace::{Trace, TraceItem};

/// An upper plan and what each lower plan made of it.
pub struct TraceReport<'a> {
    pub upper_path: String,
    pub upper: &'a [TraceItem<'a>],
    pub lowers: Vec<LowerReport<'a>>,
}

/// One lower plan's coverage and its trace findings.
pub struct LowerReport<'a> {
    pub path: String,
    pub items: &'a [TraceItem<'a>],
    pub trace: &'a Trace,
    pub findings: Vec<&'a Finding>,
}

impl LowerReport<'_> {
    /// Upper items carried down and not.
    pub fn tally(&self) -> (usize, usize) {
        let missing = self.trace.not_carried().count();
        (self.trace.coverage.len() - missing, missing)
    }
}

/// An item as a line names it: its number and first words.
pub fn label(item: &TraceItem) -> String {
    format!("{}“{}”", item.label, item.title)
}

/// A lower item as a line names it: its place among the tasks (numbers restart per section in
/// many plans), its number, its first words.
pub fn lower_label(item: &TraceItem, index: usize) -> String {
    format!("任务{}·{}", index + 1, label(item))
}
