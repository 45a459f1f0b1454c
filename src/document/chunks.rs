//! Document-sharing sites show a document's text as numbered chunks of a fixed length
//! (`1、…为切实做好全乡禁止秸秆焚` `2、烧工作，…`): the numbers are the site's, and a chunk
//! ends wherever the length ran out, often inside a word. Read as they stand, the chunk numbers
//! become the document's outline and the text's own numbering is lost inside them. The chunks
//! are joined back into one line without their numbers, which [`super::reflow`] then breaks at
//! the document's own structure.
//!
//! Converted documents also carry their page footers inside the text (`…县农作第2页共4页物秸秆
//! …`, a page number `- 2 -` opening a line), and paged web texts a note where a page picks up
//! from the last (`[接上页] 市卫生局:…`): those marks are cut out, so the words they split are
//! whole again and the paragraph after a note opens with its own number or unit.

use regex::Regex;
use std::sync::OnceLock;

use crate::document::numbering::{NumberStyle, Numbering};
use crate::document::reflow::{closes, ends_sentence};
use crate::document::text::{is_space, Text};

/// A page footer printed into the text: `第2页共4页`, `第 2 页 / 共 4 页`.
fn page_mark_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"第\s*\d{1,4}\s*页\s*[,，/／]?\s*共\s*\d{1,4}\s*页").expect("static page mark")
    })
}

/// A page number as official documents print it (GB/T 9704: `— 2 —`), or a converter's `- 2 -`,
/// opening a line a PDF's text was copied into: the page's footer, run into the next page's
/// first words (`- 2 - 2. 建立台账…`).
fn page_number_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^\s*[-—－]\s?\d{1,3}\s?[-—－](\s+|$)").expect("static page number")
    })
}

/// A paged text's bracketed note that a page goes on from the last or on the next
/// (`[接上页]`, `（续上页）`, `(转下页)`): the site's, never the document's words. Only in
/// brackets: `接上页` alone may be text.
fn page_turn_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"[\[【（(〔]\s*(接上页|续上页|接上一页|转下页|转下一页|下转下页|上接上页)\s*[\]】）)〕]")
            .expect("static page turn")
    })
}

/// The lines with page footers (`第2页共4页`) and page-turn notes (`[接上页]`) cut out of them;
/// spans still point at the original characters around each cut.
pub fn drop_page_marks(lines: Vec<Text>) -> Vec<Text> {
    lines
        .into_iter()
        .map(|line| {
            let s = line.as_str();
            // (most lines open with no dash: the pattern need not run)
            let dashed = s
                .trim_start_matches(is_space)
                .starts_with(crate::document::text::DASHES);
            let line = match dashed.then(|| page_number_re().find(s)).flatten() {
                Some(m) => line.slice(m.end(), s.len()),
                None => line,
            };
            let s = line.as_str();
            if !s.contains('页') {
                return line;
            }
            let mut marks: Vec<_> = page_mark_re()
                .find_iter(s)
                .chain(page_turn_re().find_iter(s))
                .map(|m| m.range())
                .collect();
            if marks.is_empty() {
                return line;
            }
            marks.sort_by_key(|r| r.start);
            line.without(marks.into_iter().map(|r| (r.start, r.end)))
        })
        .collect()
}

/// Pieces of one source put back together with nothing between them.
fn joined(pieces: impl IntoIterator<Item = Text>) -> Option<Text> {
    pieces.into_iter().reduce(|mut all, piece| {
        all.append("", &piece);
        all
    })
}

/// Shortest chunk before the last: the sites cut a few hundred characters at a time, while a
/// document's own `1、` items under this length are ordinary paragraphs.
const MIN_CHUNK_CHARS: usize = 200;

/// Whether a chunk ends where a sentence, a clause or a bracket does, as a document's own
/// paragraph would; a chunk cut by length ends inside a sentence (`…村主要负`).
fn ends_like_a_paragraph(t: &str) -> bool {
    let mut back = t.trim_end_matches(is_space).chars().rev();
    back.next().is_some_and(|c| match c {
        // a closing quote ends a paragraph only after its sentence's stop (`…的通知。”`); a
        // chunk cut after a quoted name does not (`广泛开展“五个一”`)
        '”' | '」' => back.next().is_some_and(ends_sentence),
        _ => ends_sentence(c) || closes(c) || matches!(c, '；' | ';' | '：' | ':' | '.'),
    })
}

/// The lines with runs of page chunks joined into one line each, their numbers left out.
pub fn join_page_chunks(lines: Vec<Text>, numbering: &Numbering) -> Vec<Text> {
    let marks: Vec<Option<(u32, usize)>> = lines
        .iter()
        .map(|l| {
            numbering
                .at_start(l.as_str())
                .filter(|m| m.style == NumberStyle::Arabic && m.label.ends_with('、'))
                .map(|m| (m.value, m.len))
        })
        .collect();
    // runs of chunk lines: 1、 2、 3、 … with only blank lines between them
    let mut runs: Vec<Vec<usize>> = Vec::new();
    let mut k = 0;
    while k < lines.len() {
        if marks[k].is_none_or(|(v, _)| v != 1) {
            k += 1;
            continue;
        }
        let mut run = vec![k];
        let mut j = k + 1;
        while j < lines.len() {
            if lines[j].is_blank() {
                j += 1;
                continue;
            }
            match (marks[j], run.last().and_then(|&r| marks[r])) {
                (Some((v, _)), Some((last, _))) if v == last + 1 => {
                    run.push(j);
                    j += 1;
                }
                _ => break,
            }
        }
        k = j.max(k + 1);
        if is_chunk_run(&lines, &run) {
            runs.push(run);
        }
    }
    if runs.is_empty() {
        return lines;
    }
    // each run, with the blank lines between its chunks, becomes one line
    let mut run_of = vec![None; lines.len()];
    for (n, run) in runs.iter().enumerate() {
        if let (Some(&first), Some(&last)) = (run.first(), run.last()) {
            run_of[first..=last].fill(Some(n));
        }
    }
    let mut pieces: Vec<Vec<Text>> = vec![Vec::new(); runs.len()];
    let mut out = Vec::with_capacity(lines.len());
    for (k, line) in lines.into_iter().enumerate() {
        let Some(n) = run_of[k] else {
            out.push(line);
            continue;
        };
        if let Some((_, len)) = marks[k] {
            pieces[n].push(line.slice(len, line.len()));
        }
        if runs[n].last() == Some(&k) {
            out.extend(joined(std::mem::take(&mut pieces[n])));
        }
    }
    out
}

/// Whether numbered lines are a site's chunks: at least two, every one but the last long, and
/// most of those ending inside a sentence.
fn is_chunk_run(lines: &[Text], run: &[usize]) -> bool {
    let Some((_, before_last)) = run.split_last() else {
        return false;
    };
    if before_last.is_empty() {
        return false;
    }
    let long = before_last
        .iter()
        .all(|&r| lines[r].as_str().chars().count() >= MIN_CHUNK_CHARS);
    let cut = before_last
        .iter()
        .filter(|&&r| !ends_like_a_paragraph(lines[r].as_str()))
        .count();
    long && cut * 2 > before_last.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::lines::physical_lines;

    fn joined(s: &str) -> Vec<String> {
        join_page_chunks(physical_lines(s), &Numbering::new())
            .iter()
            .map(|l| l.as_str().to_owned())
            .collect()
    }

    #[test]
    fn chunks_cut_inside_words_are_joined_without_their_numbers() {
        let a = "为切实做好全乡禁止秸秆焚烧工作，".repeat(14);
        let src = format!("方案.doc\n1、{a}各村主要负\n\n2、责人是第一责任人。\n");
        let lines = joined(&src);
        assert_eq!(lines[0], "方案.doc");
        assert_eq!(lines[1], format!("{a}各村主要负责人是第一责任人。"));
        assert_eq!(lines.len(), 2);
        // the joined text still points at the original characters
        // a chunk cut after a quoted name ends inside its sentence too
        let quoted = format!("方案.doc\n1、{a}开展“五个一”\n2、{a}活动\n3、活动，即帮扶。\n");
        let lines = joined(&quoted);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines[1].contains("开展“五个一”为切实"), "{lines:?}");
        let text = join_page_chunks(physical_lines(&src), &Numbering::new());
        let at = text[1].as_str().find("责人").unwrap();
        let (s, e) = text[1].source_range(at, at + "责人".len());
        assert_eq!(&src[s..e], "责人");
    }

    #[test]
    fn page_footers_inside_words_are_cut_out() {
        let src =
            "县政府成立县农作第2页共4页物秸秆禁烧工作领导小组，第 3 页 / 共 4 页对发生焚烧的…\n";
        let lines = drop_page_marks(physical_lines(src));
        assert_eq!(
            lines[0].as_str(),
            "县政府成立县农作物秸秆禁烧工作领导小组，对发生焚烧的…"
        );
        let at = lines[0].as_str().find("物秸秆").unwrap();
        let (s, e) = lines[0].source_range(at, at + "物秸秆".len());
        assert_eq!(&src[s..e], "物秸秆");
        // the words 第…页 alone are text
        let plain = "详见第2页。\n";
        assert_eq!(
            drop_page_marks(physical_lines(plain))[0].as_str(),
            "详见第2页。"
        );
    }

    #[test]
    fn a_page_number_opening_a_line_is_cut_off() {
        let src = "- 2 - 2. 建立台账,动态管理。\n— 3 —\n6-7月完成。\n-2-3\n";
        let lines = drop_page_marks(physical_lines(src));
        let got: Vec<&str> = lines.iter().map(|l| l.as_str()).collect();
        assert_eq!(got, ["2. 建立台账,动态管理。", "", "6-7月完成。", "-2-3"]);
        let (s, _) = lines[0].source_range(0, 2);
        assert_eq!(s, src.find("2. 建立").unwrap());
    }

    #[test]
    fn page_turn_notes_are_cut_out() {
        let src = "[接上页] 市卫生局:负责学校食堂监管。（转下页）\n";
        let lines = drop_page_marks(physical_lines(src));
        assert_eq!(lines[0].as_str().trim(), "市卫生局:负责学校食堂监管。");
        let at = lines[0].as_str().find("市卫生局").unwrap();
        let (s, _) = lines[0].source_range(at, at + "市卫生局".len());
        assert_eq!(s, src.find("市卫生局").unwrap());
        // the words unbracketed are text
        let plain = "内容接上页所述。\n";
        assert_eq!(
            drop_page_marks(physical_lines(plain))[0].as_str(),
            "内容接上页所述。"
        );
    }

    #[test]
    fn a_plans_own_long_items_stay() {
        let a = "严格落实主动公开目录动态调整机制，及时公开政策文件。".repeat(9);
        let src = format!("1、{a}\n2、{a}\n3、{a}\n");
        assert_eq!(joined(&src).len(), 3);
        // short items are never chunks, even unpunctuated
        assert_eq!(joined("1、加强组织领导\n2、明确责任分工\n").len(), 2);
    }
}
