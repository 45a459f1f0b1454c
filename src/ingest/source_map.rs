use serde::Serialize;

/// A byte range in a decoded text, with 1-based line and character columns, so that every
/// output can point at the characters a user sees (columns count characters, not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// 1-based character column of `start`.
    pub column: usize,
    /// 1-based line of the last character.
    pub end_line: usize,
    /// 1-based character column just past the last character.
    pub end_column: usize,
}

impl Span {
    /// The smallest span covering both, for values assembled from several pieces.
    pub fn cover(self, other: Span) -> Span {
        let (first, last) = if self.start <= other.start {
            (self, other)
        } else {
            (other, self)
        };
        let tail = if last.end >= first.end { last } else { first };
        Span {
            start: first.start,
            end: tail.end,
            line: first.line,
            column: first.column,
            end_line: tail.end_line,
            end_column: tail.end_column,
        }
    }
}

/// Line starts of a decoded text; converts byte offsets to lines and character columns.
#[derive(Debug, Clone)]
pub struct SourceMap {
    line_starts: Vec<usize>,
    /// Every `CHECKPOINT_BYTES` into a line: (byte offset, characters since the line's start),
    /// so a column in a page flattened to one long line is counted from near it.
    checkpoints: Vec<(usize, usize)>,
    text_len: usize,
}

/// Bytes between column checkpoints: a column is never counted over more than this.
const CHECKPOINT_BYTES: usize = 512;

impl SourceMap {
    /// Index the line starts of `text` (LF, CRLF and lone CR all end a line).
    pub fn new(text: &str) -> SourceMap {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    line_starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        let mut checkpoints = Vec::new();
        for (k, &start) in line_starts.iter().enumerate() {
            let end = line_starts.get(k + 1).copied().unwrap_or(text.len());
            let mut at = start;
            let mut chars = 0;
            while end - at > CHECKPOINT_BYTES {
                let mut next = at + CHECKPOINT_BYTES;
                while !text.is_char_boundary(next) {
                    next += 1;
                }
                chars += text[at..next].chars().count();
                checkpoints.push((next, chars));
                at = next;
            }
        }
        SourceMap {
            line_starts,
            checkpoints,
            text_len: text.len(),
        }
    }

    /// Byte offset where 1-based `line` starts.
    pub fn line_start(&self, line: usize) -> usize {
        self.line_starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(self.text_len)
    }

    /// 1-based line and character column of a byte offset in `text`.
    pub fn locate(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let idx = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let line_start = self.line_starts[idx];
        // the nearest checkpoint of this line at or before the offset
        let k = self.checkpoints.partition_point(|&(at, _)| at <= offset);
        let (start, before) = match k.checked_sub(1).map(|k| self.checkpoints[k]) {
            Some((at, chars)) if at > line_start => (at, chars),
            _ => (line_start, 0),
        };
        let column = before
            + text
                .get(start..offset)
                .map(|s| s.chars().count())
                .unwrap_or(0);
        (idx + 1, column + 1)
    }

    /// A [`Span`] for the byte range `start..end` of `text`.
    pub fn span(&self, text: &str, start: usize, end: usize) -> Span {
        let (line, column) = self.locate(text, start);
        let (end_line, end_column) = self.locate(text, end.max(start));
        Span {
            start,
            end: end.max(start),
            line,
            column,
            end_line,
            end_column,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_on_a_long_line_count_every_character_before() {
        let text = format!("头\n{}局", "区财政".repeat(400));
        let map = SourceMap::new(&text);
        let at = text.rfind('局').unwrap();
        assert_eq!(map.locate(&text, at), (2, 1201));
        let mid = text.char_indices().nth(700).unwrap().0;
        assert_eq!(map.locate(&text, mid), (2, 699));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "第一行\r\n区财政局牵头\n";
        let map = SourceMap::new(text);
        let start = text.find("牵头").unwrap();
        let span = map.span(text, start, start + "牵头".len());
        assert_eq!((span.line, span.column), (2, 5));
        assert_eq!((span.end_line, span.end_column), (2, 7));
    }

    #[test]
    fn lone_cr_ends_a_line() {
        let text = "a\rb\rc";
        let map = SourceMap::new(text);
        assert_eq!(map.locate(text, 4), (3, 1));
        assert_eq!(map.line_start(2), 2);
    }
}
