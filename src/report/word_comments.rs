//! Findings written back into a Word document as review comments (批注): one comment per
//! finding, author `planlint`, anchored on exactly the characters the finding points at. Runs
//! are split where a finding starts or ends inside one, each half keeping the run's
//! formatting; every other part of the package is copied byte for byte, existing comments
//! included. The original file is never touched: this builds a new package.

use std::ops::Range;

use thiserror::Error;

use super::escape_markup;
use crate::engine::Finding;
use crate::ingest::docx::{
    relationships, rels_name, Package, PackageError, Part, Run, WordDocument,
};
use crate::ingest::Source;

/// Why an annotated copy cannot be made.
#[derive(Debug, Error)]
pub enum AnnotateError {
    #[error("not a Word document")]
    NotWord,
    #[error("{0}")]
    Package(#[from] PackageError),
}

/// The comment author Word shows.
pub const AUTHOR: &str = "planlint";

const COMMENTS_TYPE: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const COMMENTS_CONTENT_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// A place in the main part's XML where a comment starts or ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Cut {
    run: usize,
    /// A byte position in the XML; inside a `w:t` when `split` is set.
    pos: usize,
    /// (child, byte offset in its text) for a cut inside a text.
    split: Option<(usize, usize)>,
}

/// One comment to write.
struct Comment {
    id: u64,
    start: Cut,
    end: Cut,
    paragraphs: Vec<String>,
}

/// The date a comment is made, as Word writes it: now, in UTC.
pub fn comment_date() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    chrono::DateTime::from_timestamp(secs, 0)
        .map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_else(|| "1970-01-01T00:00:00Z".into())
}

/// The annotated copy of a Word source with one comment per finding. `title` anchors the
/// findings that point nowhere (about the whole document). Returns the package's bytes and
/// the number of comments.
pub fn annotate(
    source: &Source,
    findings: &[&Finding],
    title: Option<Range<usize>>,
    date: &str,
) -> Result<(Vec<u8>, usize), AnnotateError> {
    let word = source.word.as_deref().ok_or(AnnotateError::NotWord)?;
    let mut pkg = Package::open(&word.package)?;
    let main = word.main_part.clone();
    let body = pkg
        .read_text(&main)?
        .ok_or_else(|| PackageError::NotWord(format!("the part {main} is missing")))?;
    let rels_part = rels_name(&main);
    let rels_xml = pkg.read_text(&rels_part)?;
    let rels = rels_xml
        .as_deref()
        .map(|x| relationships(x, &main))
        .unwrap_or_default();
    let comments_part = rels
        .iter()
        .find(|r| r.kind == "comments")
        .map(|r| r.target.clone());
    let existing = match &comments_part {
        Some(p) => pkg.read_text(p)?,
        None => None,
    };
    let mut next_id =
        max_comment_id(&body).max(existing.as_deref().map(max_comment_id).unwrap_or(0)) + 1;

    let fallback = title
        .as_ref()
        .and_then(|t| cuts(word, t.clone()))
        .or_else(|| first_text(word));
    let mut comments = Vec::new();
    for f in findings {
        let anchored = f
            .span
            .and_then(|s| cuts(word, s.start..s.end).or_else(|| line_of(word, s.start)))
            .or(fallback);
        let Some((start, end)) = anchored else {
            continue;
        };
        comments.push(Comment {
            id: next_id,
            start,
            end,
            paragraphs: comment_text(f),
        });
        next_id += 1;
    }
    let count = comments.len();
    let new_body = insert_ranges(&body, &word.runs, &comments);

    let comment_xml: String = comments.iter().map(|c| comment_element(c, date)).collect();
    let mut replaced = vec![(main.clone(), new_body.into_bytes())];
    let mut added = Vec::new();
    match (&comments_part, existing) {
        (Some(part), Some(xml)) => {
            let merged = match xml.rfind("</w:comments>") {
                Some(at) => format!("{}{comment_xml}{}", &xml[..at], &xml[at..]),
                None => xml,
            };
            replaced.push((part.clone(), merged.into_bytes()));
        }
        _ => {
            let dir = main.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
            let name = if dir.is_empty() {
                "comments.xml".to_owned()
            } else {
                format!("{dir}/comments.xml")
            };
            let xml = format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments xmlns:w=\"{W_NS}\">{comment_xml}</w:comments>"
            );
            added.push((name.clone(), xml.into_bytes()));
            let rel = format!(
                "<Relationship Id=\"{}\" Type=\"{COMMENTS_TYPE}\" Target=\"comments.xml\"/>",
                unused_rel_id(rels_xml.as_deref().unwrap_or(""))
            );
            match &rels_xml {
                Some(x) => {
                    let at = x.rfind("</Relationships>").unwrap_or(x.len());
                    replaced.push((
                        rels_part.clone(),
                        format!("{}{rel}{}", &x[..at], &x[at..]).into_bytes(),
                    ));
                }
                None => added.push((
                    rels_part.clone(),
                    format!("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{rel}</Relationships>").into_bytes(),
                )),
            }
            if let Some(types) = pkg.read_text("[Content_Types].xml")? {
                let part_name = format!("/{name}");
                if !types.contains(&format!("PartName=\"{part_name}\"")) {
                    let at = types.rfind("</Types>").unwrap_or(types.len());
                    let entry = format!(
                        "<Override PartName=\"{part_name}\" ContentType=\"{COMMENTS_CONTENT_TYPE}\"/>"
                    );
                    replaced.push((
                        "[Content_Types].xml".into(),
                        format!("{}{entry}{}", &types[..at], &types[at..]).into_bytes(),
                    ));
                }
            }
        }
    }
    let bytes = pkg.rewrite(&replaced, &added)?;
    Ok((bytes, count))
}

/// The paragraphs of a finding's comment: what, why, the fix, where the rule comes from.
fn comment_text(f: &Finding) -> Vec<String> {
    let mut out = vec![format!("[{}] {}", f.rule, f.message)];
    if let Some(help) = f.help.as_deref().filter(|h| !h.trim().is_empty()) {
        out.extend(
            help.lines()
                .filter(|l| !l.trim().is_empty())
                .map(str::to_owned),
        );
    }
    if let Some(fix) = &f.fix {
        out.push(if fix.replacement.is_empty() {
            "建议删除".to_owned()
        } else {
            format!("建议改为：“{}”", fix.replacement)
        });
    }
    if !f.references.is_empty() {
        out.push(format!("依据：{}", f.references.join("；")));
    }
    out
}

fn comment_element(c: &Comment, date: &str) -> String {
    let mut xml = format!(
        "<w:comment w:id=\"{}\" w:author=\"{AUTHOR}\" w:date=\"{date}\" w:initials=\"PL\">",
        c.id
    );
    for (i, p) in c.paragraphs.iter().enumerate() {
        xml.push_str("<w:p>");
        if i == 0 {
            xml.push_str("<w:r><w:annotationRef/></w:r>");
        }
        xml.push_str(&format!(
            "<w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
            escape_markup(p)
        ));
    }
    xml.push_str("</w:comment>");
    xml
}

/// The largest comment id used in a part (comments, or ranges in the body).
fn max_comment_id(xml: &str) -> u64 {
    let mut max = 0;
    for tag in [
        "<w:comment ",
        "<w:commentRangeStart ",
        "<w:commentReference ",
    ] {
        for (at, _) in xml.match_indices(tag) {
            // the start tag, up to its end
            let rest = &xml[at..];
            let rest = &rest[..rest.find('>').unwrap_or(rest.len())];
            if let Some(i) = rest.find("w:id=\"") {
                let digits: String = rest[i + 6..]
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect();
                max = max.max(digits.parse().unwrap_or(0));
            }
        }
    }
    max
}

fn unused_rel_id(rels: &str) -> String {
    (1..)
        .map(|n| format!("rIdPlanlint{n}"))
        .find(|id| !rels.contains(&format!("Id=\"{id}\"")))
        .unwrap_or_else(|| "rIdPlanlint".into())
}

fn usable(word: &WordDocument, run: usize) -> bool {
    word.runs.get(run).is_some_and(|r| r.part == Part::Body)
}

/// The cuts around the run text inside `range` of the laid-out text: the first character
/// that came from a run and the last one. `None` when no run text is inside (an automatic
/// number, a tab between cells).
fn cuts(word: &WordDocument, range: Range<usize>) -> Option<(Cut, Cut)> {
    let anchors = &word.anchors;
    let first = anchors.partition_point(|a| a.view.end <= range.start);
    let a = anchors.get(first).filter(|a| a.view.start < range.end)?;
    let last = anchors
        .partition_point(|a| a.view.start < range.end)
        .checked_sub(1)?;
    let b = anchors.get(last).filter(|b| b.view.end > range.start)?;
    if !usable(word, a.run) || !usable(word, b.run) {
        return None;
    }
    let start = cut_at(
        &word.runs[a.run],
        a.run,
        a.child,
        range.start.saturating_sub(a.view.start).min(a.view.len()),
        true,
    );
    let end_offset = range.end.min(b.view.end) - b.view.start;
    let end = cut_at(&word.runs[b.run], b.run, b.child, end_offset, false);
    (first < last || order(&start) < order(&end)).then_some((start, end))
}

/// Where a cut stands in its run: its XML position, then its offset in a split text.
fn order(cut: &Cut) -> (usize, usize) {
    (cut.pos, cut.split.map_or(0, |s| s.1))
}

/// The cut `offset` bytes into a run child's text. Outside a splittable text, the cut goes
/// before or after the child; a run holding other runs is never split, so the cut goes before
/// it (`at_start`) or after it.
fn cut_at(run: &Run, index: usize, child: usize, offset: usize, at_start: bool) -> Cut {
    let c = &run.children[child];
    let len = c.text.as_ref().map(String::len).unwrap_or(1);
    let mut cut = if offset == 0 {
        Cut {
            run: index,
            pos: c.xml.start,
            split: None,
        }
    } else if offset >= len {
        Cut {
            run: index,
            pos: c.xml.end,
            split: None,
        }
    } else if c.text.is_some() {
        Cut {
            run: index,
            pos: c.xml.start,
            split: Some((child, offset)),
        }
    } else if at_start {
        Cut {
            run: index,
            pos: c.xml.start,
            split: None,
        }
    } else {
        Cut {
            run: index,
            pos: c.xml.end,
            split: None,
        }
    };
    if run.holds_runs && cut.split.is_some() {
        cut = Cut {
            run: index,
            pos: if at_start { c.xml.start } else { c.xml.end },
            split: None,
        };
    }
    cut
}

/// The paragraph line holding `at`, as cuts (for a finding on text no run holds).
fn line_of(word: &WordDocument, at: usize) -> Option<(Cut, Cut)> {
    let line = word.lines.iter().find(|l| l.start <= at && at <= l.end)?;
    cuts(word, line.clone())
}

/// The document's first text (when a plan has no title to anchor on).
fn first_text(word: &WordDocument) -> Option<(Cut, Cut)> {
    word.lines.iter().find_map(|l| cuts(word, l.clone()))
}

/// Where a cut's markers go: outside the run when it falls on the run's edge.
enum Place {
    Outside(usize),
    Inside,
}

fn place(run: &Run, cut: &Cut) -> Place {
    let content_start = run.props.as_ref().map(|p| p.end).unwrap_or(run.open.end);
    if cut.split.is_none() && cut.pos <= content_start {
        Place::Outside(run.xml.start)
    } else if cut.split.is_none() && cut.pos >= run.close {
        Place::Outside(run.xml.end)
    } else if run.holds_runs {
        Place::Outside(if cut.pos <= content_start {
            run.xml.start
        } else {
            run.xml.end
        })
    } else {
        Place::Inside
    }
}

fn start_marker(id: u64) -> String {
    format!("<w:commentRangeStart w:id=\"{id}\"/>")
}

fn end_marker(id: u64) -> String {
    format!("<w:commentRangeEnd w:id=\"{id}\"/><w:r><w:commentReference w:id=\"{id}\"/></w:r>")
}

/// A marker to put at a cut: (cut, order at the same place, markup). Ends come before starts
/// so that neighbouring comments do not overlap.
type Marker = (Cut, u8, u64, String);

/// The body with every comment's range markers in place.
fn insert_ranges(body: &str, runs: &[Run], comments: &[Comment]) -> String {
    let mut markers: Vec<Marker> = Vec::new();
    for c in comments {
        markers.push((c.start, 1, c.id, start_marker(c.id)));
        markers.push((c.end, 0, c.id, end_marker(c.id)));
    }
    // edits on the XML: (position, order, replaced end, text)
    let mut edits: Vec<(usize, u8, Option<usize>, String)> = Vec::new();
    let mut inside: std::collections::BTreeMap<usize, Vec<Marker>> = Default::default();
    for m in markers {
        let run = &runs[m.0.run];
        match place(run, &m.0) {
            Place::Outside(pos) => edits.push((pos, m.1, None, m.3)),
            Place::Inside => inside.entry(m.0.run).or_default().push(m),
        }
    }
    for (index, mut cuts) in inside {
        let run = &runs[index];
        cuts.sort_by_key(|m| (order(&m.0), m.1, m.2));
        edits.push((
            run.xml.start,
            2,
            Some(run.xml.end),
            split_run(body, run, &cuts),
        ));
    }
    edits.sort_by_key(|e| (e.0, e.1));
    let mut out =
        String::with_capacity(body.len() + edits.iter().map(|e| e.3.len()).sum::<usize>());
    let mut cursor = 0;
    for (pos, _, replaced_end, text) in edits {
        if pos < cursor {
            continue;
        }
        out.push_str(&body[cursor..pos]);
        out.push_str(&text);
        cursor = replaced_end.unwrap_or(pos);
    }
    out.push_str(&body[cursor..]);
    out
}

fn text_element(s: &str) -> String {
    format!("<w:t xml:space=\"preserve\">{}</w:t>", escape_markup(s))
}

/// A run rebuilt as pieces with markers between them; each piece keeps the run's start tag and
/// formatting.
fn split_run(body: &str, run: &Run, cuts: &[Marker]) -> String {
    let head = &body[run.xml.start..run.props.as_ref().map(|p| p.end).unwrap_or(run.open.end)];
    let content_start = run.props.as_ref().map(|p| p.end).unwrap_or(run.open.end);
    let mut out = String::new();
    let mut piece = String::new();
    let mut cursor = content_start;
    // inside a text already split: (child, offset reached)
    let mut pending: Option<(usize, usize)> = None;
    let flush = |out: &mut String, piece: &mut String| {
        if !piece.is_empty() {
            out.push_str(head);
            out.push_str(piece);
            out.push_str("</w:r>");
            piece.clear();
        }
    };
    let text_of = |child: usize| run.children[child].text.as_deref().unwrap_or("");
    for (cut, _, _, marker) in cuts {
        // close the text being split when the cut is elsewhere
        if let Some((child, from)) = pending {
            match cut.split {
                Some((c, offset)) if c == child => {
                    piece.push_str(&text_element(&text_of(child)[from..offset]));
                    pending = Some((child, offset));
                    flush(&mut out, &mut piece);
                    out.push_str(marker);
                    continue;
                }
                _ => {
                    piece.push_str(&text_element(&text_of(child)[from..]));
                    cursor = run.children[child].xml.end;
                    pending = None;
                }
            }
        }
        match cut.split {
            Some((child, offset)) => {
                let c = &run.children[child];
                piece.push_str(&body[cursor.min(c.xml.start)..c.xml.start]);
                piece.push_str(&text_element(&text_of(child)[..offset]));
                pending = Some((child, offset));
            }
            None => {
                let to = cut.pos.max(cursor);
                piece.push_str(&body[cursor..to]);
                cursor = to;
            }
        }
        flush(&mut out, &mut piece);
        out.push_str(marker);
    }
    if let Some((child, from)) = pending {
        piece.push_str(&text_element(&text_of(child)[from..]));
        cursor = run.children[child].xml.end;
    }
    piece.push_str(&body[cursor.min(run.close)..run.close]);
    flush(&mut out, &mut piece);
    out
}
