//! An excerpt of a source line for miette: a window of at most ~100 characters around a span,
//! with `…` where it was cut, reporting the original line and character column. miette alone
//! prints a long line whole (a 350-character table cell wraps and misplaces the carets) and
//! counts columns in bytes.

use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};

use crate::ingest::Span;

/// Widest excerpt, in characters, before the line is cut around the span.
const MAX_CHARS: usize = 100;
/// Characters kept on each side of a span in a cut line.
const CONTEXT: usize = 30;
/// Longest span shown underlined; a longer one is underlined this far.
const MAX_SPAN: usize = 60;
/// Characters looked at on each side of a span's start: more than any window shows.
const REACH: usize = MAX_CHARS + MAX_SPAN;

/// One windowed source line.
#[derive(Debug, Clone)]
pub struct Excerpt {
    name: String,
    text: String,
    /// 0-based line in the original source.
    line: usize,
    /// Byte length of the leading `…` (0 when the line starts the window).
    prefix: usize,
    /// Character column of the window's first character in the original line (0-based).
    first_column: usize,
}

/// A span inside an excerpt, ready for a miette label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExcerptSpan {
    pub offset: usize,
    pub len: usize,
}

impl Excerpt {
    /// The excerpt of `source` around `span` (its first line), and the span's place in it.
    /// Only [`REACH`] characters each way are looked at, so a line of 100,000 characters with a
    /// finding on every word costs no more per finding than a short one.
    pub fn around(name: &str, source: &str, span: Span) -> (Excerpt, ExcerptSpan) {
        let mut start = span.start.min(source.len());
        while !source.is_char_boundary(start) {
            start -= 1;
        }
        let mut before: Vec<char> = Vec::new();
        let mut whole_start = true;
        for c in source[..start].chars().rev() {
            if c == '\n' {
                break;
            }
            if before.len() == REACH {
                whole_start = false;
                break;
            }
            before.push(c);
        }
        before.reverse();
        let mut after: Vec<char> = Vec::new();
        let mut whole_end = true;
        for c in source[start..].chars() {
            if c == '\n' || c == '\r' {
                break;
            }
            if after.len() == REACH {
                whole_end = false;
                break;
            }
            after.push(c);
        }
        let c0 = before.len();
        let mut line = before;
        line.extend(after);
        let c1 = if span.end_line == span.line {
            c0 + span.end_column.saturating_sub(span.column)
        } else {
            line.len()
        };
        let c1 = c1.clamp(c0, line.len()).min(c0 + MAX_SPAN);
        let (w0, w1) = if line.len() <= MAX_CHARS && whole_start && whole_end {
            (0, line.len())
        } else {
            let w0 = c0.saturating_sub(CONTEXT);
            let w1 = (c1 + CONTEXT).min(line.len()).max(
                (w0 + MAX_CHARS.min(line.len()))
                    .min(line.len())
                    .min(c1 + CONTEXT * 2),
            );
            (w0, w1)
        };
        let first_column = span.column.saturating_sub(1).saturating_sub(c0 - w0);
        let prefix = if w0 > 0 || !whole_start { "…" } else { "" };
        let suffix = if w1 < line.len() || !whole_end {
            "…"
        } else {
            ""
        };
        // what would act on a terminal (ESC, U+202E) is shown as its escape, and measured so
        let safe = |a: usize, b: usize| {
            let piece: String = line[a..b].iter().collect();
            crate::report::terminal::safe(&piece).into_owned()
        };
        let body = safe(w0, w1);
        let text = format!("{prefix}{body}{suffix}");
        let bytes = |a: usize, b: usize| safe(a, b).len();
        let at = ExcerptSpan {
            offset: prefix.len() + bytes(w0, c0),
            len: bytes(c0, c1),
        };
        let excerpt = Excerpt {
            name: crate::report::terminal::safe(name).into_owned(),
            text,
            line: span.line.saturating_sub(1),
            prefix: prefix.len(),
            first_column,
        };
        (excerpt, at)
    }

    /// Where another span of the same source falls in this excerpt, if it does.
    pub fn place(&self, source: &str, span: Span) -> Option<ExcerptSpan> {
        if span.line != self.line + 1 {
            return None;
        }
        let (other, at) = Excerpt::around(&self.name, source, span);
        (other.text == self.text).then_some(at)
    }

    /// The excerpt's text.
    pub fn text(&self) -> &str {
        &self.text
    }

    fn column_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        if offset <= self.prefix {
            return self.first_column;
        }
        self.first_column
            + self
                .text
                .get(self.prefix..offset)
                .map(|s| s.chars().count())
                .unwrap_or(0)
    }
}

impl SourceCode for Excerpt {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        _before: usize,
        _after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            self.text.as_bytes(),
            SourceSpan::from((0, self.text.len())),
            self.line,
            self.column_of(span.offset()),
            1,
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::SourceMap;

    #[test]
    fn long_lines_are_windowed_and_columns_count_characters() {
        let cell = "很长的任务内容".repeat(40);
        let source = format!("标题\n序号\t{cell}区环保局牵头\t全年\n");
        let map = SourceMap::new(&source);
        let at = source.find("区环保局").unwrap();
        let span = map.span(&source, at, at + "区环保局".len());
        let (ex, s) = Excerpt::around("plan.txt", &source, span);
        assert!(ex.text().chars().count() <= 100, "{}", ex.text());
        assert!(ex.text().starts_with('…'));
        assert_eq!(&ex.text()[s.offset..s.offset + s.len], "区环保局");
        let contents = ex
            .read_span(&SourceSpan::from((s.offset, s.len)), 0, 0)
            .unwrap();
        assert_eq!(contents.line() + 1, 2);
        assert_eq!(contents.column() + 1, span.column);
        assert_eq!(span.column, 4 + 280);
    }

    #[test]
    fn short_lines_are_whole() {
        let source = "一、总则\n1.做好公开。（区环保局牵头落实）\n";
        let map = SourceMap::new(source);
        let at = source.find("区环保局").unwrap();
        let span = map.span(source, at, at + "区环保局".len());
        let (ex, s) = Excerpt::around("p.txt", source, span);
        assert_eq!(ex.text(), "1.做好公开。（区环保局牵头落实）");
        assert_eq!(&ex.text()[s.offset..s.offset + s.len], "区环保局");
    }
}
