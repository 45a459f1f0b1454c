//! HTML pages into blocks. A tolerant tree builder (government pages are rarely well formed),
//! then a walk that turns block elements into paragraphs and data tables into grids with their
//! `rowspan` and `colspan` exact. Layout tables (a table holding tables, or a single row or
//! column) are read through as containers. The page's main content is found by where its
//! running text is; blocks outside it are marked [`Region::Chrome`].

use crate::document::markup::{entity_at, is_hidden_container, skip_to_end_tag, tag_at, Tag};
use crate::document::text::{is_space, Text};
use crate::document::{Block, Cell, Document, Paragraph, Region, Row, Table};

/// Largest `rowspan`/`colspan` honoured: beyond it a value is a typo, not a layout.
const MAX_SPAN: usize = 200;
/// Largest grid built for one table (rows × columns), so a hostile page cannot exhaust memory.
const MAX_GRID_CELLS: usize = 200_000;
/// The main content is the deepest element holding at least this share of the page's running
/// (non-link) text: pages put navigation in links, the document in plain text.
const CONTENT_SHARE: f64 = 0.55;
/// Deepest element nesting followed; deeper markup is read as text of its ancestor.
const MAX_DEPTH: usize = 256;

#[derive(Debug)]
enum NodeKind {
    Element {
        name: String,
        rowspan: usize,
        colspan: usize,
    },
    Text(Text),
    /// `<br>`.
    Break,
}

#[derive(Debug)]
struct Node {
    kind: NodeKind,
    children: Vec<usize>,
}

/// A tolerant DOM: element names, spans of table cells, text with its source map.
struct Tree {
    nodes: Vec<Node>,
    title_hint: Option<String>,
}

const VOID: &[&str] = &[
    "br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr", "param", "source",
    "embed", "basefont", "frame", "keygen", "track",
];

const BLOCK: &[&str] = &[
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "tr",
    "td",
    "th",
    "tbody",
    "thead",
    "tfoot",
    "caption",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "main",
    "blockquote",
    "pre",
    "center",
    "form",
    "body",
    "html",
    "address",
    "figure",
    "figcaption",
    "hr",
];

fn is_block(name: &str) -> bool {
    BLOCK.contains(&name)
}

/// Elements a stray end tag may not close across (a `</div>` inside a cell closes nothing
/// outside the cell).
fn is_boundary(name: &str) -> bool {
    matches!(name, "table" | "td" | "th" | "tr")
}

impl Tree {
    fn parse(src: &str) -> Tree {
        let mut tree = Tree {
            nodes: vec![Node {
                kind: NodeKind::Element {
                    name: "#root".into(),
                    rowspan: 1,
                    colspan: 1,
                },
                children: Vec::new(),
            }],
            title_hint: None,
        };
        let mut stack: Vec<usize> = vec![0];
        let mut text = Text::empty_at(0);
        let bytes = src.as_bytes();
        let mut run = 0;
        let mut i = 0;
        let flush_run = |text: &mut Text, from: usize, to: usize| {
            if to > from {
                push_collapsed(text, src, from, to);
            }
        };
        while i < bytes.len() {
            match bytes[i] {
                b'<' => {
                    if src[i..].starts_with("<![") {
                        // Word's conditional markup: <![if !supportLists]> … <![endif]>
                        flush_run(&mut text, run, i);
                        i = src[i..].find("]>").map(|e| i + e + 2).unwrap_or(src.len());
                        run = i;
                        continue;
                    }
                    let Some(tag) = tag_at(src, i) else {
                        i += 1;
                        continue;
                    };
                    flush_run(&mut text, run, i);
                    tree.flush_text(&mut text, &stack, tag.start);
                    i = tag.end.min(src.len());
                    run = i;
                    if tag.name.starts_with('!') {
                        continue;
                    }
                    if tag.closing {
                        tree.close(&mut stack, &tag.name);
                        continue;
                    }
                    if tag.name == "meta" {
                        tree.read_meta(&tag);
                        continue;
                    }
                    if is_hidden_container(&tag.name) && !tag.self_closing {
                        let end = skip_to_end_tag(src, i, &tag.name);
                        if tag.name == "title" && tree.title_hint.is_none() {
                            let inner = &src[i..end];
                            let inner = inner.rfind("</").map(|e| &inner[..e]).unwrap_or(inner);
                            tree.title_hint = Some(decode_plain(inner)).filter(|t| !t.is_empty());
                        }
                        i = end;
                        run = i;
                        continue;
                    }
                    tree.open(&mut stack, &tag);
                }
                b'&' => match entity_at(src, i) {
                    Some((c, end)) => {
                        flush_run(&mut text, run, i);
                        let c = if is_space(c) || c == '\t' { ' ' } else { c };
                        if !(c == ' ' && text.as_str().ends_with(' ')) {
                            text.push_replaced(c.encode_utf8(&mut [0; 4]), i, end);
                        }
                        i = end;
                        run = i;
                    }
                    None => i += 1,
                },
                _ => i += 1,
            }
        }
        flush_run(&mut text, run, bytes.len());
        tree.flush_text(&mut text, &stack, bytes.len());
        tree
    }

    fn read_meta(&mut self, tag: &Tag) {
        let name = tag.attribute("name").unwrap_or("");
        if name.eq_ignore_ascii_case("ArticleTitle") {
            if let Some(content) = tag.attribute("content") {
                let t = decode_plain(content);
                if !t.is_empty() {
                    self.title_hint = Some(t);
                }
            }
        }
    }

    fn push(&mut self, parent: usize, kind: NodeKind) -> usize {
        let id = self.nodes.len();
        self.nodes.push(Node {
            kind,
            children: Vec::new(),
        });
        self.nodes[parent].children.push(id);
        id
    }

    fn flush_text(&mut self, text: &mut Text, stack: &[usize], at: usize) {
        if !text.is_empty() {
            let parent = *stack.last().unwrap_or(&0);
            let t = std::mem::replace(text, Text::empty_at(at));
            self.push(parent, NodeKind::Text(t));
        } else {
            *text = Text::empty_at(at);
        }
    }

    fn name(&self, id: usize) -> &str {
        match &self.nodes[id].kind {
            NodeKind::Element { name, .. } => name,
            _ => "",
        }
    }

    fn open(&mut self, stack: &mut Vec<usize>, tag: &Tag) {
        let name = tag.name.as_str();
        if name == "br" {
            let parent = *stack.last().unwrap_or(&0);
            self.push(parent, NodeKind::Break);
            return;
        }
        // implied end tags
        match name {
            "p" => self.close_if_open(stack, "p", &["div", "td", "th", "li", "table"]),
            "li" => self.close_if_open(stack, "li", &["ul", "ol", "table"]),
            "td" | "th" => {
                self.close_if_open(stack, "td", &["tr", "table"]);
                self.close_if_open(stack, "th", &["tr", "table"]);
            }
            "tr" => {
                self.close_if_open(stack, "tr", &["table"]);
            }
            _ => {}
        }
        if matches!(name, "td" | "th") && !self.inside(stack, "tr") {
            // a cell outside a row: give it one
            let parent = *stack.last().unwrap_or(&0);
            let tr = self.push(
                parent,
                NodeKind::Element {
                    name: "tr".into(),
                    rowspan: 1,
                    colspan: 1,
                },
            );
            stack.push(tr);
        }
        let parent = *stack.last().unwrap_or(&0);
        let (rowspan, colspan) = if matches!(name, "td" | "th") {
            (
                tag.span_attribute("rowspan", MAX_SPAN),
                tag.span_attribute("colspan", MAX_SPAN),
            )
        } else {
            (1, 1)
        };
        let id = self.push(
            parent,
            NodeKind::Element {
                name: name.to_owned(),
                rowspan,
                colspan,
            },
        );
        if !(VOID.contains(&name) || tag.self_closing) && stack.len() < MAX_DEPTH {
            stack.push(id);
        }
    }

    fn inside(&self, stack: &[usize], name: &str) -> bool {
        for &id in stack.iter().rev() {
            let n = self.name(id);
            if n == name {
                return true;
            }
            if n == "table" {
                return false;
            }
        }
        false
    }

    /// Close an open `name` unless one of `stop` is open inside it.
    fn close_if_open(&mut self, stack: &mut Vec<usize>, name: &str, stop: &[&str]) {
        for k in (1..stack.len()).rev() {
            let n = self.name(stack[k]);
            if n == name {
                stack.truncate(k);
                return;
            }
            if stop.contains(&n) {
                return;
            }
        }
    }

    fn close(&mut self, stack: &mut Vec<usize>, name: &str) {
        for k in (1..stack.len()).rev() {
            let n = self.name(stack[k]);
            if n == name {
                stack.truncate(k);
                return;
            }
            if is_boundary(n) && !is_boundary(name) {
                return;
            }
            if n == "table" {
                return;
            }
        }
    }
}

/// Push source text with HTML white space rules: runs of white space (line breaks and tabs
/// included) read as one space.
fn push_collapsed(text: &mut Text, src: &str, from: usize, to: usize) {
    let s = &src[from..to];
    let mut run_start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if matches!(c, '\n' | '\r' | '\t' | ' ') {
            let mut end = i + 1;
            while let Some(&(j, d)) = iter.peek() {
                if matches!(d, '\n' | '\r' | '\t' | ' ') {
                    end = j + 1;
                    iter.next();
                } else {
                    break;
                }
            }
            text.push_verbatim(&s[run_start..i], from + run_start);
            let single_space = end == i + 1 && c == ' ';
            if !text.as_str().ends_with(' ') {
                if single_space {
                    text.push_verbatim(" ", from + i);
                } else {
                    text.push_replaced(" ", from + i, from + end);
                }
            }
            run_start = end;
        }
    }
    text.push_verbatim(&s[run_start..], from + run_start);
}

/// Text of an attribute or `<title>`: entities decoded, white space collapsed.
fn decode_plain(s: &str) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < s.len() {
        if s.as_bytes()[i] == b'&' {
            if let Some((c, end)) = entity_at(s, i) {
                out.push(c);
                i = end;
                continue;
            }
        }
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        out.push(c);
        i += c.len_utf8();
    }
    out.split(is_space)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Non-link text weight of every node (characters that are not white space).
fn weights(tree: &Tree) -> Vec<usize> {
    let mut w = vec![0usize; tree.nodes.len()];
    // children always have higher ids than their parents
    for id in (0..tree.nodes.len()).rev() {
        let node = &tree.nodes[id];
        let own = match &node.kind {
            NodeKind::Text(t) => t.as_str().chars().filter(|c| !is_space(*c)).count(),
            _ => 0,
        };
        let is_link = matches!(&node.kind, NodeKind::Element { name, .. } if name == "a");
        let sum: usize = node.children.iter().map(|&c| w[c]).sum();
        w[id] = if is_link { 0 } else { own + sum };
    }
    w
}

/// The element holding the page's main content, if one stands out.
fn content_root(tree: &Tree, weights: &[usize], is_data_table: &dyn Fn(usize) -> bool) -> usize {
    let total = weights[0];
    if total == 0 {
        return 0;
    }
    let need = (total as f64 * CONTENT_SHARE).ceil() as usize;
    let mut cur = 0;
    loop {
        if is_data_table(cur) {
            return cur;
        }
        let next = tree.nodes[cur]
            .children
            .iter()
            .copied()
            .filter(|&c| matches!(tree.nodes[c].kind, NodeKind::Element { .. }))
            .find(|&c| weights[c] >= need);
        match next {
            Some(c) => cur = c,
            None => return cur,
        }
    }
}

/// Read an HTML page into blocks.
pub fn read(src: &str) -> Document {
    let tree = Tree::parse(src);
    let weights = weights(&tree);
    let data_tables: Vec<bool> = (0..tree.nodes.len())
        .map(|id| tree.name(id) == "table" && grid_shape(&tree, id).is_some())
        .collect();
    let root = content_root(&tree, &weights, &|id| data_tables[id]);
    let mut walker = Walker {
        tree: &tree,
        data_tables: &data_tables,
        content: root,
        blocks: Vec::new(),
        current: Text::empty_at(0),
        inside_content: root == 0,
    };
    walker.walk(0);
    walker.flush();
    Document {
        blocks: walker.blocks,
        title_hint: tree.title_hint,
    }
}

/// The rows of a table element: (row node, its cell nodes).
fn table_rows(tree: &Tree, table: usize) -> Vec<(usize, Vec<usize>)> {
    let mut rows = Vec::new();
    let mut stack: Vec<usize> = tree.nodes[table].children.iter().rev().copied().collect();
    while let Some(id) = stack.pop() {
        match tree.name(id) {
            "tr" => {
                let cells = tree.nodes[id]
                    .children
                    .iter()
                    .copied()
                    .filter(|&c| matches!(tree.name(c), "td" | "th"))
                    .collect();
                rows.push((id, cells));
            }
            "thead" | "tbody" | "tfoot" => {
                stack.extend(tree.nodes[id].children.iter().rev().copied());
            }
            _ => {}
        }
    }
    rows
}

/// Whether a node holds a table anywhere below it.
fn holds_table(tree: &Tree, id: usize) -> bool {
    tree.nodes[id]
        .children
        .iter()
        .any(|&c| tree.name(c) == "table" || holds_table(tree, c))
}

/// (rows, columns) of a table that holds data: at least two rows and two columns, and no
/// table inside it. Otherwise it lays out the page.
fn grid_shape(tree: &Tree, table: usize) -> Option<(usize, usize)> {
    let rows = table_rows(tree, table);
    if rows.len() < 2 {
        return None;
    }
    let width = rows
        .iter()
        .map(|(_, cells)| {
            cells
                .iter()
                .map(|&c| match tree.nodes[c].kind {
                    NodeKind::Element { colspan, .. } => colspan,
                    _ => 1,
                })
                .sum::<usize>()
        })
        .max()
        .unwrap_or(0);
    let filled_rows = rows.iter().filter(|(_, cells)| cells.len() >= 2).count();
    if width < 2 || filled_rows < 1 {
        return None;
    }
    if rows
        .iter()
        .flat_map(|(_, cells)| cells)
        .any(|&c| holds_table(tree, c))
    {
        return None;
    }
    Some((rows.len(), width))
}

struct Walker<'t> {
    tree: &'t Tree,
    data_tables: &'t [bool],
    content: usize,
    blocks: Vec<Block>,
    current: Text,
    inside_content: bool,
}

impl Walker<'_> {
    fn flush(&mut self) {
        let text = std::mem::replace(&mut self.current, Text::empty_at(0));
        let text = text.trimmed();
        if text.is_blank() {
            return;
        }
        self.blocks.push(Block::Paragraph(Paragraph {
            text,
            gap_before: true,
            region: self.region(),
        }));
    }

    fn region(&self) -> Region {
        if self.inside_content {
            Region::Body
        } else {
            Region::Chrome
        }
    }

    fn walk(&mut self, id: usize) {
        let was_inside = self.inside_content;
        if id == self.content {
            self.flush();
            self.inside_content = true;
        }
        let node = &self.tree.nodes[id];
        match &node.kind {
            NodeKind::Text(t) => {
                let t = t.clone();
                if self.current.is_empty() {
                    self.current = t;
                } else {
                    self.current.append("", &t);
                }
            }
            NodeKind::Break => self.flush(),
            NodeKind::Element { name, .. } => {
                if name == "table" && self.data_tables[id] {
                    self.flush();
                    let table = self.grid(id);
                    self.blocks.push(Block::Table(table));
                } else {
                    let block = is_block(name);
                    if block {
                        self.flush();
                    }
                    for &c in &node.children {
                        self.walk(c);
                    }
                    if block {
                        self.flush();
                    }
                }
            }
        }
        if id == self.content {
            self.flush();
            self.inside_content = was_inside;
        }
    }

    /// A data table's grid: merged cells fill the slots they cover.
    fn grid(&self, table: usize) -> Table {
        let rows = table_rows(self.tree, table);
        let mut grid: Vec<Vec<Option<Cell>>> = Vec::new();
        let mut budget = MAX_GRID_CELLS;
        for (r, (_, cells)) in rows.iter().enumerate() {
            if grid.len() <= r {
                grid.resize_with(r + 1, Vec::new);
            }
            let mut c = 0;
            for &cell in cells {
                while grid[r].get(c).is_some_and(|s| s.is_some()) {
                    c += 1;
                }
                let (rowspan, colspan) = match self.tree.nodes[cell].kind {
                    NodeKind::Element {
                        rowspan, colspan, ..
                    } => (rowspan, colspan),
                    _ => (1, 1),
                };
                let rowspan = rowspan.min(rows.len() - r);
                let text = self.cell_text(cell);
                for dr in 0..rowspan {
                    for dc in 0..colspan {
                        if budget == 0 {
                            break;
                        }
                        budget -= 1;
                        let row = r + dr;
                        if grid.len() <= row {
                            grid.resize_with(row + 1, Vec::new);
                        }
                        if grid[row].len() <= c + dc {
                            grid[row].resize_with(c + dc + 1, || None);
                        }
                        grid[row][c + dc] = Some(if dr == 0 && dc == 0 {
                            Cell::new(text.clone())
                        } else {
                            Cell {
                                text: Text::empty_at(text.origin()),
                                covered_by: Some((r, c)),
                            }
                        });
                    }
                }
                c += colspan;
            }
        }
        let width = grid.iter().map(|r| r.len()).max().unwrap_or(0);
        let rows = grid
            .into_iter()
            .map(|slots| {
                let mut cells: Vec<Cell> = Vec::with_capacity(width);
                let mut last = 0;
                for slot in slots {
                    let cell = slot.unwrap_or_else(|| Cell::new(Text::empty_at(last)));
                    last = cell.text.source_end();
                    cells.push(cell);
                }
                while cells.len() < width {
                    cells.push(Cell::new(Text::empty_at(last)));
                }
                Row { cells }
            })
            .collect();
        Table {
            dialect: "html",
            caption: None,
            rows,
            merges_known: true,
            region: self.region(),
            inferred: None,
        }
    }

    /// A cell's text: its paragraphs joined by line breaks.
    fn cell_text(&self, cell: usize) -> Text {
        let mut inner = Walker {
            tree: self.tree,
            data_tables: &[],
            content: usize::MAX,
            blocks: Vec::new(),
            current: Text::empty_at(0),
            inside_content: true,
        };
        for &c in &self.tree.nodes[cell].children {
            inner.walk_flat(c);
        }
        inner.flush();
        let mut out: Option<Text> = None;
        for b in inner.blocks {
            if let Block::Paragraph(p) = b {
                match &mut out {
                    None => out = Some(p.text),
                    Some(t) => t.append("\n", &p.text),
                }
            }
        }
        out.unwrap_or_else(|| Text::empty_at(0))
    }

    /// Walk without treating tables as grids (inside a cell).
    fn walk_flat(&mut self, id: usize) {
        let node = &self.tree.nodes[id];
        match &node.kind {
            NodeKind::Text(t) => {
                if self.current.is_empty() {
                    self.current = t.clone();
                } else {
                    self.current.append("", t);
                }
            }
            NodeKind::Break => self.flush(),
            NodeKind::Element { name, .. } => {
                let block = is_block(name);
                if block {
                    self.flush();
                }
                for &c in &node.children {
                    self.walk_flat(c);
                }
                if block {
                    self.flush();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(html: &str) -> Document {
        read(html)
    }

    fn paragraphs(d: &Document) -> Vec<String> {
        d.blocks
            .iter()
            .filter_map(|b| b.as_paragraph())
            .map(|p| p.text.as_str().to_owned())
            .collect()
    }

    #[test]
    fn rowspan_and_colspan_give_an_exact_grid() {
        let html = "<table><tr><td colspan=3>一、总则</td></tr><tr><td rowspan=\"2\">（一）公开</td><td>1.甲</td><td>区财政局</td></tr><tr><td>2.乙</td><td>区民政局</td></tr></table>";
        let d = doc(html);
        let Block::Table(t) = &d.blocks[0] else {
            panic!("{:?}", d.blocks)
        };
        assert_eq!(t.width(), 3);
        assert_eq!(t.rows.len(), 3);
        assert_eq!(t.rows[0].cells[1].covered_by, Some((0, 0)));
        assert_eq!(t.rows[2].cells[0].covered_by, Some((1, 0)));
        assert_eq!(t.rows[2].cells[1].text.as_str(), "2.乙");
        let cell = &t.rows[1].cells[2].text;
        let (s, e) = cell.source_range(0, cell.len());
        assert_eq!(&html[s..e], "区财政局");
    }

    #[test]
    fn paragraphs_entities_and_hidden_content() {
        let html = "<html><head><title>某区2024年政务公开工作要点</title><style>p{}</style></head><body><script>var a='<p>x</p>';</script><p>一、总体&nbsp;要求</p><p>区政府\n办公室<br>牵头</p></body></html>";
        let d = doc(html);
        assert_eq!(d.title_hint.as_deref(), Some("某区2024年政务公开工作要点"));
        assert_eq!(paragraphs(&d), ["一、总体 要求", "区政府 办公室", "牵头"]);
    }

    #[test]
    fn cells_keep_their_paragraphs_and_stray_end_tags_do_not_escape() {
        let html = "<table><tr><td><p>1.甲</p><p>乙</p></div></td><td>区财政局</td></tr><tr><td>2.丙</td><td>区民政局</td></tr></table><p>后文</p>";
        let d = doc(html);
        let Block::Table(t) = &d.blocks[0] else {
            panic!()
        };
        assert_eq!(t.rows[0].cells[0].text.as_str(), "1.甲\n乙");
        assert_eq!(t.rows[0].cells[1].text.as_str(), "区财政局");
        assert_eq!(paragraphs(&d), ["后文"]);
    }

    #[test]
    fn layout_tables_are_read_through() {
        let html = "<table><tr><td><p>标题</p><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table></td></tr></table>";
        let d = doc(html);
        assert!(matches!(d.blocks[0], Block::Paragraph(_)));
        assert!(matches!(d.blocks[1], Block::Table(_)));
    }

    #[test]
    fn chrome_outside_the_main_text_is_marked() {
        let body = "各单位要认真落实本方案的各项任务，按时报送进展情况。".repeat(8);
        let html = format!("<div><a href=x>首页</a><div>设为首页 网站地图</div></div><div class=c><p>{body}</p><p>{body}</p></div><div>主办单位：某区人民政府办公室</div>");
        let d = doc(&html);
        let regions: Vec<Region> = d
            .blocks
            .iter()
            .filter_map(|b| b.as_paragraph())
            .map(|p| p.region)
            .collect();
        assert_eq!(
            regions,
            [
                Region::Chrome,
                Region::Chrome,
                Region::Body,
                Region::Body,
                Region::Chrome
            ]
        );
    }

    #[test]
    fn word_conditional_markup_is_skipped() {
        let d = doc("<p><![if !supportLists]>1.<![endif]>做好公开<o:p></o:p></p>");
        assert_eq!(paragraphs(&d), ["1.做好公开"]);
    }
}
