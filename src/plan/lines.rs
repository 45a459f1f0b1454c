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
            _ => i = push_char(text, i, &mut line),
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
    let mut row = RowState::default();
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
                    if name == "tr" {
                        row.cover_spanned(&mut line, tag.start, true);
                    }
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
                            row.start();
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
                        row.start();
                        if !line.text.trim().is_empty() {
                            lines.push(std::mem::replace(&mut line, Line::new(i)));
                        }
                    }
                    "td" | "th" => {
                        row.cover_spanned(&mut line, tag.start, false);
                        let rowspan = attribute(&tag.attrs, "rowspan")
                            .and_then(|v| v.parse::<u32>().ok())
                            .unwrap_or(1);
                        row.cell(&mut line, tag.start, rowspan);
                    }
                    _ => {}
                }
            }
            b'\n' | b'\r' | b'\t' => {
                if !line.text.ends_with(' ') && !line.text.is_empty() && !line.text.ends_with('\t')
                {
                    line.push(' ', i, i + 1);
                }
                i += 1;
            }
            _ => i = push_char(text, i, &mut line),
        }
    }
    if !line.text.trim().is_empty() {
        lines.push(line);
    }
    lines
}

/// Push the character (or HTML entity) at `i`; returns the offset after it.
fn push_char(text: &str, i: usize, line: &mut Line) -> usize {
    if let Some((c, end)) = text[i..]
        .starts_with('&')
        .then(|| entity_at(text, i))
        .flatten()
    {
        line.push(c, i, end);
        return end;
    }
    let c = text[i..].chars().next().unwrap_or('\u{fffd}');
    let end = i + c.len_utf8();
    line.push(c, i, end);
    end
}

struct Tag {
    start: usize,
    end: usize,
    name: String,
    closing: bool,
    attrs: String,
}

/// Where an HTML table row is: cells emitted so far, the current column, and how many more rows
/// each column is still covered by a cell above with `rowspan`.
#[derive(Default)]
struct RowState {
    cells: usize,
    col: usize,
    spans: Vec<u32>,
}

impl RowState {
    fn start(&mut self) {
        self.cells = 0;
        self.col = 0;
    }

    /// Open a cell at `at` that spans `rowspan` rows.
    fn cell(&mut self, line: &mut Line, at: usize, rowspan: u32) {
        self.separate(line, at);
        if self.spans.len() <= self.col {
            self.spans.resize(self.col + 1, 0);
        }
        self.spans[self.col] = rowspan.saturating_sub(1).min(1000);
        self.col += 1;
    }

    fn separate(&mut self, line: &mut Line, at: usize) {
        if self.cells > 0 {
            line.push('\t', at, at);
        }
        self.cells += 1;
    }

    /// Empty cells for columns still covered from above: before the next cell
    /// (`to_end == false`) or up to the row's end.
    fn cover_spanned(&mut self, line: &mut Line, at: usize, to_end: bool) {
        while self.col < self.spans.len() && self.spans[self.col] > 0 {
            self.spans[self.col] -= 1;
            self.separate(line, at);
            self.col += 1;
            if !to_end && (self.col >= self.spans.len() || self.spans[self.col] == 0) {
                break;
            }
        }
    }
}

/// The value of attribute `name` in a tag's attribute text.
fn attribute(attrs: &str, name: &str) -> Option<String> {
    let lower = attrs.to_ascii_lowercase();
    let at = lower.find(name)?;
    let rest = attrs[at + name.len()..]
        .trim_start()
        .strip_prefix('=')?
        .trim_start();
    let value: String = match rest.chars().next()? {
        q @ ('"' | '\'') => rest[1..].chars().take_while(|&c| c != q).collect(),
        _ => rest
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '>')
            .collect(),
    };
    Some(value)
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
            attrs: String::new(),
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
        attrs: tail[..close].to_owned(),
    })
}

fn entity_at(text: &str, i: usize) -> Option<(char, usize)> {
    let rest = &text[i..];
    let semi = rest.char_indices().take(12).find(|&(_, c)| c == ';')?.0;
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
    fn rowspan_leaves_an_empty_cell_in_the_rows_below() {
        let html = "<table><tr><td rowspan=\"2\">一、总则</td><td>1.甲</td><td>区财政局</td></tr><tr><td>2.乙</td><td>区民政局</td></tr><tr><td>三</td><td rowspan='2'>3.丙</td><td>区司法局</td></tr><tr><td>四</td><td>区审计局</td></tr></table>";
        let lines = logical_lines(html, SourceKind::Html);
        let texts: Vec<_> = lines
            .iter()
            .map(|l| l.text.as_str())
            .filter(|t| !t.is_empty())
            .collect();
        assert_eq!(
            texts,
            [
                "一、总则\t1.甲\t区财政局",
                "\t2.乙\t区民政局",
                "三\t3.丙\t区司法局",
                "四\t\t区审计局"
            ]
        );
    }

    #[test]
    fn ampersands_before_cjk_text_are_text() {
        let lines = logical_lines("&gt; 政务公开 &amp 公开", SourceKind::Html);
        assert_eq!(lines[0].text, "> 政务公开 &amp 公开");
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
