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
    text_len: usize,
}

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
        SourceMap {
            line_starts,
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
        let start = self.line_starts[idx];
        let column = text
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
