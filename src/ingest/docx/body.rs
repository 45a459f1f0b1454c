//! Reading a WordprocessingML part (the body, the footnotes) into paragraphs and tables, as
//! Word shows them with tracked changes accepted: inserted text read, deleted text skipped,
//! field codes hidden, text boxes read once (not again in their fallback copy).
//!
//! Every run is kept with its place in the XML (the run, its formatting, each child), so a
//! finding on the text can be anchored back onto exactly these characters.

use std::ops::Range;

use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::Reader;

use super::numbering::{attr, val, Counters, Definitions, ParagraphList};

/// Which part a run is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The main document: runs here can carry comments.
    Body,
    /// Footnotes and endnotes: read for their text only.
    Notes,
}

/// A child of a run that shows text: a `w:t`, a tab, a non-breaking hyphen.
#[derive(Debug, Clone)]
pub struct RunChild {
    /// The child's bytes in the part.
    pub xml: Range<usize>,
    /// The decoded text of a `w:t` (which can be split); `None` for a tab or a hyphen, which
    /// can only be cut before or after.
    pub text: Option<String>,
}

/// A run (`w:r`) and where its pieces are in the part's XML.
#[derive(Debug, Clone)]
pub struct Run {
    pub part: Part,
    /// The whole run.
    pub xml: Range<usize>,
    /// The start tag, with its attributes.
    pub open: Range<usize>,
    /// The run's formatting (`w:rPr`), copied onto both halves when the run is split.
    pub props: Option<Range<usize>>,
    /// Where its end tag starts: the content is `props.end (or open.end) .. close`.
    pub close: usize,
    pub children: Vec<RunChild>,
    /// Whether other runs are inside it (a text box in a drawing): such a run is never split.
    pub holds_runs: bool,
}

/// A piece of a paragraph's text.
#[derive(Debug, Clone)]
pub enum Piece {
    /// Text from a run's child.
    Run {
        run: usize,
        child: usize,
        text: String,
    },
    /// Text Word prints but no run holds: an automatic number.
    Printed(String),
    /// A line break: the text after it is read as a paragraph of its own.
    Break,
}

/// One paragraph.
#[derive(Debug, Clone, Default)]
pub struct Para {
    pub pieces: Vec<Piece>,
}

/// One table cell, as Word stores it (before merges are laid on the grid).
#[derive(Debug, Clone, Default)]
pub struct CellItem {
    pub items: Vec<Item>,
    /// Grid columns the cell spans (`w:gridSpan`).
    pub span: usize,
    /// `w:vMerge` without `restart`: the cell continues the one above.
    pub continues: bool,
}

/// One table row.
#[derive(Debug, Clone, Default)]
pub struct RowItem {
    /// Grid columns skipped before the first cell (`w:gridBefore`).
    pub before: usize,
    pub cells: Vec<CellItem>,
    /// A row deleted as a tracked change.
    pub deleted: bool,
}

/// A paragraph or a table.
#[derive(Debug, Clone)]
pub enum Item {
    Para(Para),
    Table(Vec<RowItem>),
}

/// What a part holds.
#[derive(Debug, Default)]
pub struct PartText {
    pub items: Vec<Item>,
}

enum Frame {
    Items(Vec<Item>),
    TextBox(Vec<Item>),
    Para {
        para: Para,
        list: ParagraphList,
        /// Paragraphs of text boxes anchored in this paragraph, read after it.
        boxed: Vec<Item>,
    },
    Table(Vec<RowItem>),
    Row(RowItem),
    Cell(CellItem),
}

/// Elements whose content is not part of the accepted text, or is metadata.
const SKIPPED: &[&[u8]] = &[
    b"w:del",
    b"w:moveFrom",
    b"w:delText",
    b"w:delInstrText",
    b"w:instrText",
    b"w:pPrChange",
    b"w:rPrChange",
    b"w:sectPrChange",
    b"w:tblPrChange",
    b"w:tblGridChange",
    b"w:tcPrChange",
    b"w:trPrChange",
    b"w:numberingChange",
    b"w:sectPr",
    b"mc:Fallback",
    b"w:fldData",
];

struct OpenRun {
    index: usize,
    depth: usize,
    /// The child being read (its start, and its text when it is a `w:t`).
    child: Option<(usize, Option<String>)>,
}

/// Read one part. `runs` collects the runs of every part read, so pieces index into one list.
pub fn read_part(
    xml: &str,
    part: Part,
    defs: &Definitions,
    counters: &mut Counters,
    runs: &mut Vec<Run>,
) -> Result<PartText, String> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().trim_text(false);
    let mut frames: Vec<Frame> = vec![Frame::Items(Vec::new())];
    let mut open_runs: Vec<OpenRun> = Vec::new();
    let mut depth = 0usize;
    // footnotes of these types are Word's separator lines, not text
    let mut skip_note = false;
    loop {
        let before = reader.buffer_position() as usize;
        let event = reader
            .read_event()
            .map_err(|e| format!("XML error at byte {}: {e}", reader.error_position()))?;
        let after = reader.buffer_position() as usize;
        match event {
            Event::Start(e) => {
                let name = e.name();
                if SKIPPED.contains(&name.as_ref())
                    || (skip_note && matches!(name.as_ref(), b"w:p" | b"w:tbl"))
                {
                    reader
                        .read_to_end(name)
                        .map_err(|e| format!("XML error: {e}"))?;
                    continue;
                }
                depth += 1;
                let mut state = (&mut frames, &mut open_runs, &mut *runs);
                start_element(&e, (before, after), depth, part, &mut state);
                if matches!(name.as_ref(), b"w:footnote" | b"w:endnote") {
                    skip_note = matches!(
                        attr(&e, b"w:type").as_deref(),
                        Some("separator" | "continuationSeparator" | "continuationNotice")
                    );
                }
            }
            Event::Empty(e) => {
                if e.name().as_ref() == b"w:del" {
                    // a row deleted as a tracked change (w:trPr/w:del)
                    if let Some(Frame::Row(r)) = frames.last_mut() {
                        r.deleted = true;
                    }
                    continue;
                }
                if SKIPPED.contains(&e.name().as_ref()) {
                    continue;
                }
                depth += 1;
                empty_element(&e, &mut frames, &open_runs);
                let mut state = (&mut frames, &mut open_runs, &mut *runs);
                start_element(&e, (before, after), depth, part, &mut state);
                let name = e.name();
                end_element(
                    name.as_ref(),
                    (before, after),
                    depth,
                    (defs, &mut *counters),
                    &mut state,
                );
                depth -= 1;
            }
            Event::End(e) => {
                let mut state = (&mut frames, &mut open_runs, &mut *runs);
                let name = e.name();
                end_element(
                    name.as_ref(),
                    (before, after),
                    depth,
                    (defs, &mut *counters),
                    &mut state,
                );
                depth = depth.saturating_sub(1);
            }
            Event::Text(t) => {
                if let Some(text) = text_sink(&mut open_runs, depth) {
                    text.push_str(&t.decode().map_err(|e| format!("XML text: {e}"))?);
                }
            }
            Event::CData(t) => {
                if let Some(text) = text_sink(&mut open_runs, depth) {
                    text.push_str(&t.decode().map_err(|e| format!("XML text: {e}"))?);
                }
            }
            Event::GeneralRef(r) => {
                if let Some(text) = text_sink(&mut open_runs, depth) {
                    if let Some(c) = resolve_ref(&r) {
                        text.push(c);
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let mut items = Vec::new();
    for f in frames {
        if let Frame::Items(i) = f {
            items = i;
            break;
        }
    }
    Ok(PartText { items })
}

fn resolve_ref(r: &BytesRef) -> Option<char> {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return Some(c);
    }
    match &**r {
        b"amp" => Some('&'),
        b"lt" => Some('<'),
        b"gt" => Some('>'),
        b"quot" => Some('"'),
        b"apos" => Some('\''),
        _ => None,
    }
}

/// The text being collected: a `w:t` directly inside the innermost open run.
fn text_sink(open_runs: &mut [OpenRun], depth: usize) -> Option<&mut String> {
    let run = open_runs.last_mut()?;
    if depth != run.depth + 1 {
        return None;
    }
    run.child.as_mut()?.1.as_mut()
}

/// What reading a part builds: the open frames, the open runs, every run read.
type State<'a> = (&'a mut Vec<Frame>, &'a mut Vec<OpenRun>, &'a mut Vec<Run>);

fn start_element(
    e: &BytesStart,
    (before, after): (usize, usize),
    depth: usize,
    part: Part,
    (frames, open_runs, runs): &mut State,
) {
    let name = e.name();
    // a direct child of the innermost run
    if let Some(run) = open_runs.last_mut() {
        if depth == run.depth + 1 {
            let text = (name.as_ref() == b"w:t").then(String::new);
            run.child = Some((before, text));
        }
    }
    match name.as_ref() {
        b"w:p" => frames.push(Frame::Para {
            para: Para::default(),
            list: ParagraphList::default(),
            boxed: Vec::new(),
        }),
        b"w:txbxContent" => frames.push(Frame::TextBox(Vec::new())),
        b"w:tbl" => frames.push(Frame::Table(Vec::new())),
        b"w:tr" => frames.push(Frame::Row(RowItem::default())),
        b"w:tc" => frames.push(Frame::Cell(CellItem {
            span: 1,
            ..CellItem::default()
        })),
        b"w:r" => {
            if let Some(outer) = open_runs.last() {
                runs[outer.index].holds_runs = true;
            }
            runs.push(Run {
                part,
                xml: before..before,
                open: before..after,
                props: None,
                close: after,
                children: Vec::new(),
                holds_runs: false,
            });
            open_runs.push(OpenRun {
                index: runs.len() - 1,
                depth,
                child: None,
            });
        }
        _ => {}
    }
}

/// Attributes of elements that matter whether they are empty or not.
fn empty_element(e: &BytesStart, frames: &mut [Frame], open_runs: &[OpenRun]) {
    let name = e.name();
    match name.as_ref() {
        b"w:pStyle" | b"w:numId" | b"w:ilvl" => {
            // paragraph properties (a run's own properties never hold these)
            if let Some(Frame::Para { list, .. }) = frames.last_mut() {
                match name.as_ref() {
                    b"w:pStyle" => list.style = val(e),
                    b"w:numId" => list.num = val(e),
                    _ => list.level = val(e).and_then(|v| v.parse().ok()),
                }
            }
        }
        b"w:gridSpan" => {
            if let Some(Frame::Cell(c)) = frames.last_mut() {
                c.span = val(e)
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(1)
                    .clamp(1, MAX_SPAN);
            }
        }
        b"w:vMerge" => {
            if let Some(Frame::Cell(c)) = frames.last_mut() {
                c.continues = val(e).is_none_or(|v| v != "restart");
            }
        }
        b"w:gridBefore" => {
            if let Some(Frame::Row(r)) = frames.last_mut() {
                r.before = val(e)
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(0)
                    .min(MAX_SPAN);
            }
        }
        b"w:br" | b"w:cr" if !open_runs.is_empty() => {
            let kind = attr(e, b"w:type");
            if matches!(kind.as_deref(), None | Some("textWrapping")) {
                if let Some(Frame::Para { para, .. }) = frames.last_mut() {
                    para.pieces.push(Piece::Break);
                }
            }
        }
        _ => {}
    }
}

/// A table may claim any span; no real table is wider than this many grid columns.
const MAX_SPAN: usize = 64;

fn end_element(
    name: &[u8],
    (before, after): (usize, usize),
    depth: usize,
    (defs, counters): (&Definitions, &mut Counters),
    (frames, open_runs, runs): &mut State,
) {
    // a direct child of the innermost run ends
    if let Some(run) = open_runs.last_mut() {
        if depth == run.depth + 1 {
            if let Some((start, text)) = run.child.take() {
                let index = run.index;
                if name == b"w:rPr" {
                    runs[index].props = Some(start..after);
                } else {
                    let shown = match (name, &text) {
                        (b"w:t", Some(t)) => Some(t.clone()),
                        (b"w:tab" | b"w:ptab", _) => Some("\t".to_owned()),
                        (b"w:noBreakHyphen", _) => Some("-".to_owned()),
                        _ => None,
                    };
                    if let Some(shown) = shown.filter(|s| !s.is_empty()) {
                        runs[index].children.push(RunChild {
                            xml: start..after,
                            text: text.filter(|_| name == b"w:t"),
                        });
                        let child = runs[index].children.len() - 1;
                        if let Some(para) = innermost_para(frames) {
                            para.pieces.push(Piece::Run {
                                run: index,
                                child,
                                text: shown,
                            });
                        }
                    }
                }
            }
        }
    }
    match name {
        b"w:r" => {
            if let Some(run) = open_runs.pop() {
                runs[run.index].xml.end = after;
                runs[run.index].close = before.max(runs[run.index].open.end);
            }
        }
        b"w:p" => {
            if let Some(Frame::Para {
                mut para,
                list,
                boxed,
            }) = pop_if(frames, |f| matches!(f, Frame::Para { .. }))
            {
                if let Some(label) = counters.label(defs, &list) {
                    para.pieces.insert(0, Piece::Printed(label));
                }
                push_item(frames, Item::Para(para));
                for b in boxed {
                    push_item(frames, b);
                }
            }
        }
        b"w:txbxContent" => {
            if let Some(Frame::TextBox(items)) = pop_if(frames, |f| matches!(f, Frame::TextBox(_)))
            {
                // text boxes are read after the paragraph that anchors them
                match frames.iter_mut().rev().find_map(|f| match f {
                    Frame::Para { boxed, .. } => Some(boxed),
                    _ => None,
                }) {
                    Some(boxed) => boxed.extend(items),
                    None => items.into_iter().for_each(|i| push_item(frames, i)),
                }
            }
        }
        b"w:tc" => {
            if let Some(Frame::Cell(cell)) = pop_if(frames, |f| matches!(f, Frame::Cell(_))) {
                if let Some(Frame::Row(row)) = frames.last_mut() {
                    row.cells.push(cell);
                }
            }
        }
        b"w:tr" => {
            if let Some(Frame::Row(row)) = pop_if(frames, |f| matches!(f, Frame::Row(_))) {
                if let Some(Frame::Table(rows)) = frames.last_mut() {
                    rows.push(row);
                }
            }
        }
        b"w:tbl" => {
            if let Some(Frame::Table(rows)) = pop_if(frames, |f| matches!(f, Frame::Table(_))) {
                push_item(frames, Item::Table(rows));
            }
        }
        _ => {}
    }
}

/// Pop the top frame when it is the expected one (malformed XML never pops the root).
fn pop_if(frames: &mut Vec<Frame>, is: impl Fn(&Frame) -> bool) -> Option<Frame> {
    if frames.len() > 1 && frames.last().is_some_and(is) {
        frames.pop()
    } else {
        None
    }
}

fn innermost_para(frames: &mut [Frame]) -> Option<&mut Para> {
    frames.iter_mut().rev().find_map(|f| match f {
        Frame::Para { para, .. } => Some(para),
        _ => None,
    })
}

/// Add an item to the innermost container (the body, a cell, a text box).
fn push_item(frames: &mut [Frame], item: Item) {
    for f in frames.iter_mut().rev() {
        match f {
            Frame::Items(items) | Frame::TextBox(items) => return items.push(item),
            Frame::Cell(c) => return c.items.push(item),
            Frame::Para { boxed, .. } => return boxed.push(item),
            _ => {}
        }
    }
}
