//! Logical lines: the text the parser reads, with markup skipped but never deleted. Every byte
//! of a logical line maps back to the byte range it came from in the source, so a span found in
//! clean text points at the original characters.

use crate::ingest::SourceKind;

/// One logical line of clean text and, per byte, where it came from in the source.
#[derive(Debug, Clone)]
pub struct Line {
    /// The clean text: markup tags removed, entities decoded; no line terminator.
    pub text: String,
    starts: Vec<usize>,
    ends: Vec<usize>,
    /// Source byte offset where the line begins (for empty lines and positions).
    pub origin: usize,
}

impl Line {
    fn new(origin: usize) -> Line {
        Line {
            text: String::new(),
            starts: Vec::new(),
            ends: Vec::new(),
            origin,
        }
    }

    fn push(&mut self, c: char, start: usize, end: usize) {
        self.text.push(c);
        for _ in 0..c.len_utf8() {
            self.starts.push(start);
            self.ends.push(end);
        }
    }

    /// Source byte range of the clean byte range `start..end` (clamped to the line).
    pub fn source_range(&self, start: usize, end: usize) -> (usize, usize) {
        if self.text.is_empty() {
            return (self.origin, self.origin);
        }
        let start = start.min(self.text.len() - 1);
        let end = end.clamp(start + 1, self.text.len());
        (self.starts[start], self.ends[end - 1])
    }

    /// Whether the line holds nothing but white space.
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// A sub-line for the clean byte range `start..end`, keeping the source map.
    pub fn slice(&self, start: usize, end: usize) -> Line {
        let origin = if start < self.starts.len() {
            self.starts[start]
        } else {
            self.ends.last().copied().unwrap_or(self.origin)
        };
        Line {
            text: self.text[start..end].to_owned(),
            starts: self.starts[start..end].to_vec(),
            ends: self.ends[start..end].to_vec(),
            origin,
        }
    }

    /// The same text with surrounding white space (ASCII, ideographic, NBSP) dropped.
    pub fn trimmed(&self) -> Line {
        let t = self.text.trim_matches(is_space);
        let start = t.as_ptr() as usize - self.text.as_ptr() as usize;
        self.slice(start, start + t.len())
    }

    /// Split at every tab into cells (each keeps its source map).
    pub fn split_tabs(&self) -> Vec<Line> {
        let mut cells = Vec::new();
        let mut start = 0;
        for (i, _) in self.text.match_indices('\t') {
            cells.push(self.slice(start, i));
            start = i + 1;
        }
        cells.push(self.slice(start, self.text.len()));
        cells
    }

    /// Append `other` (a later part of the same source), joined by `sep` (mapped to the gap).
    pub fn append(&mut self, sep: &str, other: &Line) {
        if !sep.is_empty() {
            let at = other.origin;
            for c in sep.chars() {
                self.push(c, at, at);
            }
        }
        self.text.push_str(&other.text);
        self.starts.extend_from_slice(&other.starts);
        self.ends.extend_from_slice(&other.ends);
    }
}

/// White space that separates words in these texts, including the ideographic space.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}'
}

/// Split a source text into logical lines.
pub fn logical_lines(text: &str, kind: SourceKind) -> Vec<Line> {
    match kind {
        SourceKind::Text => text_lines(text),
        SourceKind::Html => html_lines(text),
    }
}

/// Physical lines; inline markup fragments (`<p>`, `</p>`, `<br>`, `<span …>`) and HTML
/// entities inside them are looked through.
fn text_lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut line = Line::new(0);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < text.len() {
        match bytes[i] {
            b'\n' | b'\r' => {
                let next = if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                    i + 2
                } else {
                    i + 1
                };
                lines.push(std::mem::replace(&mut line, Line::new(next)));
                i = next;
            }
            b'<' => match tag_at(text, i) {
                Some(tag) => i = tag.end,
                None => {
                    line.push('<', i, i + 1);
                    i += 1;
                }
            },
            b'&' => match entity_at(text, i) {
                Some((c, end)) => {
                    line.push(c, i, end);
                    i = end;
                }
                None => {
                    line.push('&', i, i + 1);
                    i += 1;
                }
            },
            _ => {
                let c = text[i..].chars().next().unwrap_or('\u{fffd}');
                let end = i + c.len_utf8();
                line.push(c, i, end);
                i = end;
            }
        }
    }
    if !line.text.is_empty() || !text.ends_with(['\n', '\r']) {
        lines.push(line);
    }
    lines
}

/// An HTML page: block tags end lines, table cells are joined by tabs (so an HTML table reads
/// like a tab-separated one), script/style/head contents and comments are skipped, and source
/// line breaks are only white space.
fn html_lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut line = Line::new(0);
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut cells_in_row = 0usize;
    while i < text.len() {
        match bytes[i] {
            b'<' => {
                let Some(tag) = tag_at(text, i) else {
                    line.push('<', i, i + 1);
                    i += 1;
                    continue;
                };
                i = tag.end;
                let name = tag.name.as_str();
                if tag.closing {
                    if matches!(
                        name,
                        "p" | "div"
                            | "li"
                            | "h1"
                            | "h2"
                            | "h3"
                            | "h4"
                            | "h5"
                            | "h6"
                            | "tr"
                            | "table"
                            | "section"
                            | "article"
                    ) {
                        if name == "tr" {
                            cells_in_row = 0;
                        }
                        if !line.text.trim().is_empty() || name == "tr" {
                            lines.push(std::mem::replace(&mut line, Line::new(i)));
                        }
                    }
                    continue;
                }
                match name {
                    "script" | "style" | "head" | "title" | "noscript" => {
                        let close = format!("</{name}");
                        i = find_ci(text, i, &close)
                            .and_then(|at| text[at..].find('>').map(|g| at + g + 1))
                            .unwrap_or(text.len());
                    }
                    "br" | "p" | "div" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
                    | "table" | "section" | "article"
                        if !line.text.trim().is_empty() || name == "br" =>
                    {
                        lines.push(std::mem::replace(&mut line, Line::new(i)));
                    }
                    "tr" => {
                        cells_in_row = 0;
                        if !line.text.trim().is_empty() {
                            lines.push(std::mem::replace(&mut line, Line::new(i)));
                        }
                    }
                    "td" | "th" => {
                        if cells_in_row > 0 {
                            line.push('\t', tag.start, tag.start);
                        }
                        cells_in_row += 1;
                    }
                    _ => {}
                }
            }
            b'&' => match entity_at(text, i) {
                Some((c, end)) => {
                    line.push(c, i, end);
                    i = end;
                }
                None => {
                    line.push('&', i, i + 1);
                    i += 1;
                }
            },
            b'\n' | b'\r' | b'\t' => {
                if !line.text.ends_with(' ') && !line.text.is_empty() && !line.text.ends_with('\t')
                {
                    line.push(' ', i, i + 1);
                }
                i += 1;
            }
            _ => {
                let c = text[i..].chars().next().unwrap_or('\u{fffd}');
                let end = i + c.len_utf8();
                line.push(c, i, end);
                i = end;
            }
        }
    }
    if !line.text.trim().is_empty() {
        lines.push(line);
    }
    lines
}

struct Tag {
    start: usize,
    end: usize,
    name: String,
    closing: bool,
}

/// A markup tag or comment starting at `i`: `<p>`, `</p>`, `<br/>`, `<span class="x">`,
/// `<!-- … -->`. Anything else (`<2019>`, a lone `<`) is text.
fn tag_at(text: &str, i: usize) -> Option<Tag> {
    let rest = &text[i..];
    if let Some(body) = rest.strip_prefix("<!--") {
        let end = body.find("-->")? + 4 + 3;
        return Some(Tag {
            start: i,
            end: i + end,
            name: "!--".into(),
            closing: false,
        });
    }
    let after = rest.strip_prefix('<')?;
    let (closing, after) = match after.strip_prefix('/') {
        Some(a) => (true, a),
        None => (false, after),
    };
    let after = after.strip_prefix('!').unwrap_or(after);
    let name_len = after
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    if name_len == 0 || !after.as_bytes()[0].is_ascii_alphabetic() {
        return None;
    }
    let name = after[..name_len].to_ascii_lowercase();
    let tail = &after[name_len..];
    let first = tail.chars().next()?;
    if !(first == '>' || first == '/' || first.is_ascii_whitespace()) {
        return None;
    }
    let close = tail.find('>')?;
    if tail[..close].contains(['<', '\n']) && close > 200 {
        return None;
    }
    let end = i + (rest.len() - tail.len()) + close + 1;
    Some(Tag {
        start: i,
        end,
        name,
        closing,
    })
}

fn entity_at(text: &str, i: usize) -> Option<(char, usize)> {
    let rest = &text[i..];
    let semi = rest[..rest.len().min(12)].find(';')?;
    let name = &rest[1..semi];
    let c = match name {
        "nbsp" => ' ',
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "ensp" | "emsp" | "thinsp" => ' ',
        "ldquo" => '“',
        "rdquo" => '”',
        "mdash" => '—',
        "hellip" => '…',
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code)?
        }
    };
    Some((c, i + semi + 1))
}

fn find_ci(text: &str, from: usize, needle: &str) -> Option<usize> {
    let hay = text.get(from..)?.to_ascii_lowercase();
    hay.find(needle).map(|at| from + at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_skipped_and_spans_point_at_the_original() {
        let text = "<p>(三) 加快办事大厅。</p>\t<p>区政府办公室牵头</p>\n";
        let lines = logical_lines(text, SourceKind::Text);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].text, "(三) 加快办事大厅。\t区政府办公室牵头");
        let at = lines[0].text.find("区政府").unwrap();
        let (s, e) = lines[0].source_range(at, at + "区政府办公室".len());
        assert_eq!(&text[s..e], "区政府办公室");
    }

    #[test]
    fn crlf_and_cr_end_lines() {
        let lines = logical_lines("a\r\nb\rc\n", SourceKind::Text);
        let texts: Vec<_> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["a", "b", "c"]);
        assert_eq!(lines[1].origin, 3);
    }

    #[test]
    fn angle_brackets_that_are_not_tags_stay_text() {
        let lines = logical_lines("分值权重<4%且 a < b", SourceKind::Text);
        assert_eq!(lines[0].text, "分值权重<4%且 a < b");
    }

    #[test]
    fn html_tables_become_tab_separated_lines() {
        let html = "<html><head><title>t</title><style>p{}</style></head><body>\n<p>一、总体要求</p><table><tr><td>工作任务</td><td>责任单位</td></tr>\n<tr><td>1.做好公开</td><td>区政府办公室&nbsp;牵头</td></tr></table></body></html>";
        let lines = logical_lines(html, SourceKind::Html);
        let texts: Vec<_> = lines
            .iter()
            .map(|l| l.text.trim().to_owned())
            .filter(|t| !t.is_empty())
            .collect();
        assert_eq!(
            texts,
            [
                "一、总体要求",
                "工作任务\t责任单位",
                "1.做好公开\t区政府办公室 牵头"
            ]
        );
        let row = lines.iter().find(|l| l.text.contains("做好")).unwrap();
        let at = row.text.find("区政府办公室").unwrap();
        let (s, e) = row.source_range(at, at + "区政府办公室".len());
        assert_eq!(&html[s..e], "区政府办公室");
    }
}
