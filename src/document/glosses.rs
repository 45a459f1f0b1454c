//! Pinyin glosses. Copies of plans on some sites print the reading after many characters
//! (`計(jì)劃(huà)`, `鄉(xiāng)鎮(zhèn)`), which cuts every word the reader looks for in two. The glosses
//! are dropped from the clean text; its map still points at the characters that are left, so
//! spans stay on the user's document.

use super::text::is_han;
use super::{Block, Document, Text};

/// Longest gloss inside its brackets, in characters: one syllable (`zhuàng` has six letters).
const MAX_GLOSS_CHARS: usize = 7;

/// Vowels with a tone mark, and ü: what tells a gloss from a bracketed Latin word.
const TONED: &str = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ";

/// The text without its pinyin glosses, or `None` when it has none.
pub fn strip(text: &Text) -> Option<Text> {
    let s = text.as_str();
    // every toned vowel is a two-byte character led by 0xC3-0xC7 (à … ǜ, ń): a text with
    // none holds no gloss, and most texts are ruled out by this one pass over their bytes
    if !s.bytes().any(|b| (0xC3..=0xC7).contains(&b)) || !s.contains(['(', '（']) {
        return None;
    }
    let mut cut: Vec<(usize, usize)> = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in s.char_indices() {
        if matches!(c, '(' | '（') && prev.is_some_and(is_han) {
            if let Some(end) = gloss_end(&s[i + c.len_utf8()..]) {
                cut.push((i, i + c.len_utf8() + end));
            }
        }
        prev = Some(c);
    }
    (!cut.is_empty()).then(|| text.without(cut))
}

/// Byte length of a gloss's inside and its closing bracket, when `rest` (what follows the
/// opening bracket) holds one.
fn gloss_end(rest: &str) -> Option<usize> {
    let mut toned = false;
    for (n, (i, c)) in rest.char_indices().enumerate() {
        if matches!(c, ')' | '）') {
            return (toned && n > 0).then_some(i + c.len_utf8());
        }
        if n >= MAX_GLOSS_CHARS {
            return None;
        }
        if TONED.contains(c) {
            toned = true;
        } else if !c.is_ascii_lowercase() {
            return None;
        }
    }
    None
}

/// Lines of a text file without their glosses.
pub fn strip_lines(lines: Vec<Text>) -> Vec<Text> {
    lines
        .into_iter()
        .map(|line| strip(&line).unwrap_or(line))
        .collect()
}

/// Every paragraph and cell of a document without its glosses.
pub fn strip_blocks(doc: &mut Document) {
    let fix = |t: &mut Text| {
        if let Some(clean) = strip(t) {
            *t = clean;
        }
    };
    for block in &mut doc.blocks {
        match block {
            Block::Paragraph(p) => fix(&mut p.text),
            Block::Table(table) => {
                if let Some(c) = table.caption.as_mut() {
                    fix(c);
                }
                for cell in table.rows.iter_mut().flat_map(|r| r.cells.iter_mut()) {
                    fix(&mut cell.text);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(s: &str) -> String {
        strip(&Text::standalone(s)).map_or_else(|| s.to_owned(), |t| t.as_str().to_owned())
    }

    #[test]
    fn readings_after_characters_are_dropped() {
        assert_eq!(clean("工作計(jì)劃(huà)的制定"), "工作計劃的制定");
        assert_eq!(clean("村社區(qū)文化室"), "村社區文化室");
        assert_eq!(clean("鄉（xiāng）鎮"), "鄉鎮");
    }

    #[test]
    fn other_brackets_stay() {
        for s in [
            "各镇(街道)负责",
            "(一)加强领导",
            "《条例》(2019年修订)",
            "网站(www)建设",
            "措施(a)和(b)",
            "café(à)",
        ] {
            assert_eq!(clean(s), s);
        }
    }

    #[test]
    fn spans_point_at_the_characters_left() {
        let t = Text::standalone("計(jì)劃(huà)表");
        let c = strip(&t).expect("glosses");
        assert_eq!(c.as_str(), "計劃表");
        let at = c.as_str().find('劃').expect("劃");
        assert_eq!(c.source_range(at, at + '劃'.len_utf8()), (8, 11));
    }
}
