//! [`Text`]: a piece of clean text (markup looked through, entities decoded) that remembers
//! where every part of it came from in the source, so a value found in clean text gets a span
//! on the characters the user sees.
//!
//! The map is kept as ranges, not per byte: a run copied unchanged from the source is one
//! segment whatever its length, and only what the reader changed (an entity decoded, a cell
//! separator inserted) needs a segment of its own.

/// A run of clean text and the source bytes it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Segment {
    /// Offset of the run in the clean text.
    clean: usize,
    /// Its length in the clean text.
    len: usize,
    /// Offset of what it stands for in the source.
    source: usize,
    /// The source length it stands for.
    source_len: usize,
    /// The clean bytes are the source bytes: offsets inside map one to one. Otherwise the run
    /// maps as a whole (an entity, an inserted separator).
    verbatim: bool,
}

/// Clean text with a range map back into the source.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Text {
    text: String,
    segments: Vec<Segment>,
    /// Source offset of the text's position when it is empty (where an empty cell stands).
    origin: usize,
}

/// A Chinese character (the unified ideographs and extension A): what tells prose from the
/// Latin, digits and punctuation around it.
pub fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// The bullets a page's extractor prints before the items of a list (`- 52.50 KB`,
/// `- 文 号: …`): not part of the item's text.
pub const LIST_BULLETS: [char; 3] = ['-', '•', '·'];

/// The dashes a bulleted item opens with (`——`, `---`, `－－`).
const BULLET_DASHES: [char; 4] = ['—', '－', '-', '─'];
/// Fewest dashes that bullet an item: one opens a range or a minus (`4月-6月`).
const MIN_BULLET_DASHES: usize = 2;

/// The text after the dashes a bulleted item opens with (`——让乡村旅游“火起来”。`,
/// `---确定权力清单（4月底前）。`), if it does: the paragraph break before such an item on a
/// flattened page and the item itself are found by the same test.
pub fn after_dash_bullet(s: &str) -> Option<&str> {
    let rest = s.trim_start_matches(BULLET_DASHES);
    (s[..s.len() - rest.len()].chars().count() >= MIN_BULLET_DASHES).then_some(rest)
}

/// Whether `c` opens a bracket pair that protects its contents from splitting.
pub fn is_open(c: char) -> bool {
    matches!(c, '（' | '(' | '【' | '[' | '［' | '〔' | '《' | '“' | '「')
}

/// Whether `c` closes a bracket pair.
pub fn is_close(c: char) -> bool {
    matches!(c, '）' | ')' | '】' | ']' | '］' | '〕' | '》' | '”' | '」')
}

/// Whether `s` opens a bracket it does not close (quotation marks aside: a wrapped line
/// often leaves one open).
pub fn leaves_bracket_open(s: &str) -> bool {
    let mut depth = 0usize;
    for c in s.chars() {
        if is_open(c) && c != '“' {
            depth += 1;
        } else if is_close(c) && c != '”' {
            depth = depth.saturating_sub(1);
        }
    }
    depth > 0
}

/// The dashes a page number (`— 2 —`, `- 2 -`) or a scan's bracketed 一 (`(-)`) is printed
/// with: hyphen, em dash, full-width hyphen.
pub const DASHES: [char; 3] = ['-', '—', '－'];

/// White space that separates words in these texts, including the ideographic space and NBSP.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}'
}

impl Text {
    /// An empty text standing at source offset `origin`.
    pub fn empty_at(origin: usize) -> Text {
        Text {
            text: String::new(),
            segments: Vec::new(),
            origin,
        }
    }

    /// `source[start..end]` taken unchanged.
    pub fn verbatim(source: &str, start: usize, end: usize) -> Text {
        let mut t = Text::empty_at(start);
        t.push_verbatim(&source[start..end], start);
        t
    }

    /// Text not taken from any source (rule examples, tests): it maps onto itself.
    pub fn standalone(s: &str) -> Text {
        Text::verbatim(s, 0, s.len())
    }

    /// The clean text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Its byte length.
    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// Whether it holds nothing at all.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Whether it holds nothing but white space.
    pub fn is_blank(&self) -> bool {
        self.text.trim_matches(is_space).is_empty()
    }

    /// Source offset of its start.
    pub fn origin(&self) -> usize {
        self.segments
            .first()
            .map(|s| s.source)
            .unwrap_or(self.origin)
    }

    /// Source offset just past its end.
    pub fn source_end(&self) -> usize {
        self.segments
            .last()
            .map(|s| s.source + s.source_len)
            .unwrap_or(self.origin)
    }

    /// Append `s`, copied unchanged from the source at `source`.
    pub fn push_verbatim(&mut self, s: &str, source: usize) {
        if s.is_empty() {
            return;
        }
        let clean = self.text.len();
        self.text.push_str(s);
        if let Some(last) = self.segments.last_mut() {
            if last.verbatim && last.source + last.source_len == source {
                last.len += s.len();
                last.source_len += s.len();
                return;
            }
        }
        if self.segments.is_empty() {
            self.origin = source;
        }
        self.segments.push(Segment {
            clean,
            len: s.len(),
            source,
            source_len: s.len(),
            verbatim: true,
        });
    }

    /// Append `s`, which stands for `source_start..source_end` as a whole (a decoded entity,
    /// or an inserted separator when the range is empty).
    pub fn push_replaced(&mut self, s: &str, source_start: usize, source_end: usize) {
        if s.is_empty() {
            return;
        }
        if self.segments.is_empty() {
            self.origin = source_start;
        }
        self.segments.push(Segment {
            clean: self.text.len(),
            len: s.len(),
            source: source_start,
            source_len: source_end.saturating_sub(source_start),
            verbatim: false,
        });
        self.text.push_str(s);
    }

    /// The text with the byte ranges `cuts` left out (in order; a range starting inside one
    /// already cut is skipped): a page's marks, glosses or stray commas taken out of a line,
    /// whose spans still point at the characters left.
    pub fn without(&self, cuts: impl IntoIterator<Item = (usize, usize)>) -> Text {
        let mut out = Text::empty_at(self.origin());
        let mut at = 0;
        for (a, b) in cuts {
            if a < at {
                continue;
            }
            out.append("", &self.slice(at, a));
            at = b;
        }
        out.append("", &self.slice(at, self.len()));
        out
    }

    /// Append `other` (a later part of the same source), joined by `sep`, which is mapped to
    /// the gap between them.
    pub fn append(&mut self, sep: &str, other: &Text) {
        if !sep.is_empty() {
            let at = self.source_end();
            self.push_replaced(sep, at, other.origin().max(at));
        }
        let shift = self.text.len();
        if self.segments.is_empty() && !other.segments.is_empty() {
            self.origin = other.origin();
        }
        self.text.push_str(&other.text);
        for seg in &other.segments {
            let moved = Segment {
                clean: seg.clean + shift,
                ..*seg
            };
            match self.segments.last_mut() {
                Some(last)
                    if last.verbatim
                        && moved.verbatim
                        && last.source + last.source_len == moved.source
                        && last.clean + last.len == moved.clean =>
                {
                    last.len += moved.len;
                    last.source_len += moved.source_len;
                }
                _ => self.segments.push(moved),
            }
        }
    }

    /// The segment holding clean offset `at` (the last one for the end of the text).
    fn segment_at(&self, at: usize) -> Option<&Segment> {
        let i = self.segments.partition_point(|s| s.clean <= at);
        self.segments.get(i.checked_sub(1)?)
    }

    /// Source offset of clean offset `at` as the start of a range.
    fn source_start(&self, at: usize) -> usize {
        match self.segment_at(at) {
            None => self.origin,
            Some(s) if at >= s.clean + s.len => s.source + s.source_len,
            Some(s) if s.verbatim => s.source + (at - s.clean),
            Some(s) => s.source,
        }
    }

    /// Source offset of clean offset `at` as the end of a range.
    fn source_end_of(&self, at: usize) -> usize {
        if at == 0 {
            return self.origin();
        }
        match self.segment_at(at - 1) {
            None => self.origin,
            Some(s) if s.verbatim => s.source + (at - s.clean).min(s.len),
            Some(s) => s.source + s.source_len,
        }
    }

    /// Source byte range of the clean byte range `start..end` (clamped to the text).
    pub fn source_range(&self, start: usize, end: usize) -> (usize, usize) {
        let len = self.text.len();
        let start = start.min(len);
        let end = end.clamp(start, len);
        if start == end {
            let at = self.source_start(start);
            return (at, at);
        }
        let s = self.source_start(start);
        let e = self.source_end_of(end);
        (s, e.max(s))
    }

    /// The part of the text in the clean byte range `start..end`, keeping its map.
    pub fn slice(&self, start: usize, end: usize) -> Text {
        let len = self.text.len();
        let start = start.min(len);
        let end = end.clamp(start, len);
        let mut out = Text::empty_at(self.source_start(start));
        out.text.push_str(&self.text[start..end]);
        if start == end {
            return out;
        }
        let first = self.segments.partition_point(|s| s.clean + s.len <= start);
        for seg in &self.segments[first..] {
            if seg.clean >= end {
                break;
            }
            let a = seg.clean.max(start);
            let b = (seg.clean + seg.len).min(end);
            let (source, source_len) = if seg.verbatim {
                (seg.source + (a - seg.clean), b - a)
            } else {
                (seg.source, seg.source_len)
            };
            out.segments.push(Segment {
                clean: a - start,
                len: b - a,
                source,
                source_len,
                verbatim: seg.verbatim,
            });
        }
        out
    }

    /// The same text with surrounding white space (ASCII, ideographic, NBSP) dropped.
    pub fn trimmed(&self) -> Text {
        let t = self.text.trim_matches(is_space);
        let start = self.text.len() - self.text.trim_start_matches(is_space).len();
        self.slice(start, start + t.len())
    }

    /// Split at every occurrence of `sep` (each part keeps its map).
    pub fn split(&self, sep: char) -> Vec<Text> {
        let mut parts = Vec::new();
        let mut start = 0;
        for (i, _) in self.text.match_indices(sep) {
            parts.push(self.slice(start, i));
            start = i + sep.len_utf8();
        }
        parts.push(self.slice(start, self.text.len()));
        parts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbatim_runs_map_by_offset_and_merge() {
        let src = "abc区财政局def";
        let mut t = Text::empty_at(0);
        t.push_verbatim(&src[0..3], 0);
        t.push_verbatim(&src[3..], 3);
        assert_eq!(t.segments.len(), 1);
        let at = t.as_str().find("财政").unwrap();
        assert_eq!(t.source_range(at, at + 6), (at, at + 6));
    }

    #[test]
    fn replaced_runs_map_as_a_whole() {
        // "a&nbsp;b" read as "a b"
        let src = "a&nbsp;b";
        let mut t = Text::empty_at(0);
        t.push_verbatim("a", 0);
        t.push_replaced(" ", 1, 7);
        t.push_verbatim("b", 7);
        assert_eq!(t.as_str(), "a b");
        assert_eq!(t.source_range(1, 2), (1, 7));
        assert_eq!(t.source_range(0, 3), (0, 8));
        assert_eq!(&src[t.source_range(2, 3).0..t.source_range(2, 3).1], "b");
    }

    #[test]
    fn slices_trims_and_splits_keep_the_map() {
        let src = "x\t 区民政局 \ty";
        let t = Text::verbatim(src, 0, src.len());
        let parts = t.split('\t');
        assert_eq!(parts.len(), 3);
        let cell = parts[1].trimmed();
        assert_eq!(cell.as_str(), "区民政局");
        let (s, e) = cell.source_range(0, cell.len());
        assert_eq!(&src[s..e], "区民政局");
        assert_eq!(cell.origin(), s);
    }

    #[test]
    fn append_joins_with_a_mapped_separator() {
        let src = "第一行\n第二行";
        let mut a = Text::verbatim(src, 0, "第一行".len());
        let b = Text::verbatim(src, "第一行\n".len(), src.len());
        a.append("\n", &b);
        assert_eq!(a.as_str(), "第一行\n第二行");
        let at = a.as_str().find("第二").unwrap();
        let (s, e) = a.source_range(at, a.len());
        assert_eq!(&src[s..e], "第二行");
    }

    #[test]
    fn empty_text_points_where_it_stands() {
        let t = Text::empty_at(42);
        assert_eq!(t.source_range(0, 0), (42, 42));
        assert!(t.is_blank());
        let src = "ab";
        let t = Text::verbatim(src, 0, 2).slice(2, 2);
        assert_eq!(t.origin(), 2);
    }
}
