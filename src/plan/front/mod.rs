//! Front matter: the document facts around the plan's tasks, read in named passes over the
//! document's paragraphs, each of which can be tested alone:
//!
//! 1. [`chrome`]: web-page chrome (navigation, share buttons, footers) is never meta or body;
//! 2. [`fields`]: metadata fields pages print before a document (`索引号`, `发布机构`,
//!    `文 号 蔡政办〔2023〕1号`, `标题：`), label and value on one line or two;
//! 3. [`header`]: the issuer's header line, the 发文字号 and the title;
//! 4. [`dates`]: publication lines, 印发 dates, the signing date and the signature above it;
//! 5. [`notice`]: addressees, the cover notice and the plan's own title after it;
//! 6. [`titles`]: draft marker, year and period from the titles;
//! 7. [`cited`]: other documents' 发文字号 cited anywhere in the text.

mod chrome;
mod cited;
mod dates;
mod fields;
mod header;
mod notice;
mod patterns;
mod titles;

pub use patterns::MetaPatterns;

use crate::document::{Block, Document, Region, Text};
use crate::ingest::Span;
use crate::plan::deadlines::Mode;
use crate::plan::model::{DeadlineSource, Located, Meta, Notice};
use crate::plan::Ctx;

/// One paragraph as the front-matter passes see it.
pub(crate) struct Line<'d> {
    /// Its block index in the document.
    pub block: usize,
    pub text: &'d Text,
    /// Outside the page's main content (navigation, footers).
    pub outside: bool,
}

/// The document's paragraphs and where its first table stands.
pub(crate) struct View<'d> {
    pub lines: Vec<Line<'d>>,
    /// Index into `lines` of the first line after the first table (or `lines.len()`).
    pub first_table: usize,
    pub has_table: bool,
}

impl<'d> View<'d> {
    /// The paragraphs; a table of metadata fields (`索引号：` | `DHQ001…` | `文号：` | …) is
    /// read as its cells, label then value, and is no task table.
    fn new(doc: &'d Document, is_field_label: &dyn Fn(&str) -> bool) -> View<'d> {
        let mut lines = Vec::new();
        let mut first_table = None;
        for (i, b) in doc.blocks.iter().enumerate() {
            match b {
                Block::Paragraph(p) => lines.push(Line {
                    block: i,
                    text: &p.text,
                    outside: p.region == Region::Chrome,
                }),
                Block::Table(t) if is_metadata_table(t, is_field_label) => {
                    for cell in t.rows.iter().flat_map(|r| &r.cells) {
                        if cell.covered_by.is_none() && !cell.text.is_blank() {
                            lines.push(Line {
                                block: i,
                                text: &cell.text,
                                outside: false,
                            });
                        }
                    }
                }
                Block::Table(_) => {
                    first_table.get_or_insert(lines.len());
                }
            }
        }
        View {
            has_table: first_table.is_some(),
            first_table: first_table.unwrap_or(lines.len()),
            lines,
        }
    }

    /// The trimmed text of line `k`.
    pub fn str(&self, k: usize) -> &'d str {
        self.lines[k]
            .text
            .as_str()
            .trim_matches(crate::document::is_space)
    }
}

/// Fewest label cells that make a table a block of metadata fields.
const MIN_FIELD_LABEL_CELLS: usize = 2;

/// Whether a table holds metadata fields: label cells (`索引号：`, `发布机构`) beside their
/// values, and no more label cells than value cells.
fn is_metadata_table(t: &crate::document::Table, is_field_label: &dyn Fn(&str) -> bool) -> bool {
    let cells: Vec<&str> = t
        .rows
        .iter()
        .flat_map(|r| &r.cells)
        .filter(|c| c.covered_by.is_none() && !c.text.is_blank())
        .map(|c| c.text.as_str())
        .collect();
    let labels = cells.iter().filter(|c| is_field_label(c)).count();
    labels >= MIN_FIELD_LABEL_CELLS && labels * 2 >= cells.len()
}

/// Meta, what the front matter occupies, and the cover notice's extent.
pub(crate) struct FrontMatter {
    pub meta: Meta,
    /// Blocks that are meta or chrome, not body (by block index).
    pub consumed: Vec<bool>,
    /// First and last block of the cover notice.
    pub notice: Option<(usize, usize)>,
    /// The block where the plan itself starts (after its cover notice and own title): the
    /// numbering of the notice and of the plan are separate scopes.
    pub plan_start: Option<usize>,
}

/// The passes' shared state: the view, what is consumed (by line), and the meta so far.
pub(crate) struct State<'d> {
    pub view: View<'d>,
    pub used: Vec<bool>,
    pub meta: Meta,
    /// A title stated in a metadata field (`标题：…`).
    pub field_title: Option<Located<String>>,
    /// Line of the title's last line, once found.
    pub title_end: Option<usize>,
    /// Line of the addressees, once found.
    pub addressees_line: Option<usize>,
    /// Line of the signing date, once found.
    pub signing_line: Option<usize>,
    /// Line of the page's own date over the 发文字号 (`2019年7月19日` / `萍府办字〔2019〕17号`):
    /// never the signing date.
    pub page_date_line: Option<usize>,
    pub notice: Option<(usize, usize)>,
    pub plan_title_line: Option<usize>,
}

impl State<'_> {
    /// Lines not yet consumed that hold text, in order.
    pub fn content(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.view.lines.len()).filter(|&k| !self.used[k] && !self.view.lines[k].text.is_blank())
    }
}

/// A value located on a whole line.
pub(crate) fn whole<T>(ctx: &Ctx, text: &Text, value: T) -> Located<T> {
    Located {
        value,
        span: ctx.whole(text),
    }
}

/// A value located on part of a line.
pub(crate) fn located<T>(ctx: &Ctx, text: &Text, start: usize, end: usize, value: T) -> Located<T> {
    Located {
        value,
        span: ctx.span(text, start, end),
    }
}

/// Whether a line ends like a sentence (it is body text, not a heading or a name).
pub(crate) fn ends_like_sentence(text: &str) -> bool {
    text.trim_end_matches(crate::document::is_space)
        .ends_with(['。', '：', ':', '；', ';', '，', ',', '！', '!'])
}

/// Run the passes.
pub(crate) fn read(ctx: &Ctx, doc: &Document) -> FrontMatter {
    let labels = fields::labels(ctx);
    let view = View::new(doc, &|cell| fields::is_label(&labels, cell));
    let n = view.lines.len();
    let mut st = State {
        view,
        used: vec![false; n],
        meta: Meta::default(),
        field_title: None,
        title_end: None,
        addressees_line: None,
        signing_line: None,
        page_date_line: None,
        notice: None,
        plan_title_line: None,
    };
    chrome::mark(ctx, &mut st);
    fields::read(ctx, &mut st, doc.title_hint.as_deref());
    header::read(ctx, &mut st, doc.title_hint.as_deref());
    notice::addressees(ctx, &mut st);
    dates::read(ctx, &mut st);
    notice::extent(ctx, &mut st);
    titles::read(ctx, &mut st);
    cited::read(ctx, doc, &mut st.meta);

    let mut consumed = vec![false; doc.blocks.len()];
    for (k, line) in st.view.lines.iter().enumerate() {
        if st.used[k] || line.outside {
            consumed[line.block] = true;
        }
    }
    let block = |k: usize| st.view.lines[k].block;
    FrontMatter {
        notice: st.notice.map(|(a, b)| (block(a), block(b))),
        plan_start: st
            .plan_title_line
            .map(block)
            .or(st.notice.map(|(_, b)| block(b) + 1)),
        meta: st.meta,
        consumed,
    }
}

impl FrontMatter {
    /// The cover notice with the deadlines it sets (报送 dates and the like).
    pub fn notice(&self, ctx: &Ctx, doc: &Document) -> Option<Notice> {
        let (first, last) = self.notice?;
        let mut deadlines = Vec::new();
        let mut span: Option<Span> = None;
        for block in &doc.blocks[first..=last] {
            let Block::Paragraph(p) = block else { continue };
            deadlines.extend(ctx.deadlines_in(
                &p.text,
                Mode::Text,
                &DeadlineSource::Text { column: None },
                false,
            ));
            let s = ctx.whole(&p.text);
            span = Some(span.map_or(s, |a| a.cover(s)));
        }
        Some(Notice {
            span: span?,
            deadlines,
        })
    }
}
