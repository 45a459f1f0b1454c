//! 发文字号 cited in the text: `根据《国务院办公厅关于…的通知》（国办发（2024）47号）`. A drafter who
//! miswrites the plan's own number miswrites the numbers it cites the same way, and GB/T 9704
//! sets one form for both, so the rules check every cited number as they check the plan's own.

use crate::document::{Block, Document, Region};
use crate::plan::front::located;
use crate::plan::model::Meta;
use crate::plan::Ctx;

/// Record every cited number outside web-page chrome, in document order: paragraphs and table
/// cells (a merged cell once). The plan's own number, wherever it is printed again (a page's
/// 文号 field above the document), is not a citation.
pub(crate) fn read(ctx: &Ctx, doc: &Document, meta: &mut Meta) {
    let own = meta.doc_number.as_ref().map(|n| n.value.clone());
    let mut texts = Vec::new();
    for block in &doc.blocks {
        match block {
            Block::Paragraph(p) if p.region != Region::Chrome => texts.push(&p.text),
            Block::Paragraph(_) => {}
            Block::Table(t) => texts.extend(
                t.rows
                    .iter()
                    .flat_map(|r| &r.cells)
                    .filter(|c| c.covered_by.is_none())
                    .map(|c| &c.text),
            ),
        }
    }
    for text in texts {
        let s = text.as_str();
        // most paragraphs cite nothing: one byte search before the regex
        if !s.contains('号') && !s.contains('號') {
            continue;
        }
        for (start, end) in ctx.meta_patterns.doc_numbers_in(s) {
            let value = &s[start..end];
            if own.as_deref() == Some(value) {
                continue;
            }
            meta.cited_doc_numbers
                .push(located(ctx, text, start, end, value.to_owned()));
        }
    }
}
