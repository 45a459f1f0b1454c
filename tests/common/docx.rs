//! Word documents built from code for the tests, from the text and HTML forms of the samples:
//! paragraphs, tables (tab-separated lines, or HTML tables with rowspan/colspan as
//! `w:vMerge`/`w:gridSpan`), Word automatic numbering in place of typed numbers, and tracked
//! changes (deleted text that must not be read, inserted text that must).

use std::io::Write;

/// How to build.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Typed numbers (`一、`, `（一）`, `1、`) become Word list numbering.
    pub numbering: bool,
    /// Paragraphs get deleted and inserted runs, tables a deleted row.
    pub tracked: bool,
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn run(text: &str) -> String {
    format!("<w:r><w:rPr><w:rFonts w:eastAsia=\"仿宋_GB2312\"/><w:sz w:val=\"32\"/></w:rPr><w:t xml:space=\"preserve\">{}</w:t></w:r>", esc(text))
}

const DELETED: &str = "（此处删去的旧文字）";

fn deleted() -> String {
    format!("<w:del w:id=\"1\" w:author=\"起草人\" w:date=\"2025-03-01T00:00:00Z\"><w:r><w:delText xml:space=\"preserve\">{DELETED}</w:delText></w:r></w:del>")
}

fn inserted(text: &str) -> String {
    format!(
        "<w:ins w:id=\"2\" w:author=\"审核人\" w:date=\"2025-03-02T00:00:00Z\">{}</w:ins>",
        run(text)
    )
}

/// The list level and remaining text of a typed number, when `numbering` is on.
fn list_level(line: &str) -> Option<(usize, &str)> {
    const CN: &str = "一二三四五六七八九十";
    let cn_end = line
        .char_indices()
        .find(|(_, c)| !CN.contains(*c))
        .map(|(i, _)| i)
        .unwrap_or(line.len());
    if cn_end > 0 {
        if let Some(rest) = line[cn_end..].strip_prefix('、') {
            return Some((0, rest));
        }
    }
    if let Some(inner) = line.strip_prefix('（') {
        let end = inner
            .char_indices()
            .find(|(_, c)| !CN.contains(*c))
            .map(|(i, _)| i)
            .unwrap_or(0);
        if end > 0 {
            if let Some(rest) = inner[end..].strip_prefix('）') {
                return Some((1, rest));
            }
        }
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        if let Some(rest) = line[digits..].strip_prefix('、') {
            return Some((2, rest));
        }
    }
    None
}

fn paragraph(line: &str, opts: Options, index: usize) -> String {
    if line.is_empty() {
        return "<w:p/>".into();
    }
    let (props, text) = match list_level(line).filter(|_| opts.numbering) {
        Some((level, rest)) => (
            // Chinese levels in one list; arabic items in a list of their own that runs on
            // through the plan (as `1、2、` under （一） and `3、4、` under （二）)
            if level < 2 {
                format!("<w:pPr><w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>")
            } else {
                "<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr></w:pPr>"
                    .to_owned()
            },
            rest,
        ),
        None => (String::new(), line),
    };
    let chars: Vec<char> = text.chars().collect();
    let body = if opts.tracked && index.is_multiple_of(3) && chars.len() >= 4 {
        let mid = chars.len() / 2;
        let first: String = chars[..mid].iter().collect();
        let second: String = chars[mid..].iter().collect();
        format!("{}{}{}", run(&first), deleted(), inserted(&second))
    } else {
        run(text)
    };
    format!("<w:p>{props}{body}</w:p>")
}

/// One cell: text (lines become paragraphs), grid span, and vertical merge.
struct CellSpec {
    text: String,
    span: usize,
    merge: Option<&'static str>,
}

fn table(rows: &[Vec<CellSpec>], opts: Options) -> String {
    let cols = rows
        .iter()
        .map(|r| r.iter().map(|c| c.span).sum::<usize>())
        .max()
        .unwrap_or(1);
    let mut xml =
        String::from("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>");
    for _ in 0..cols {
        xml.push_str("<w:gridCol w:w=\"1800\"/>");
    }
    xml.push_str("</w:tblGrid>");
    for (i, row) in rows.iter().enumerate() {
        xml.push_str("<w:tr>");
        for c in row {
            xml.push_str("<w:tc><w:tcPr>");
            if c.span > 1 {
                xml.push_str(&format!("<w:gridSpan w:val=\"{}\"/>", c.span));
            }
            match c.merge {
                Some("restart") => xml.push_str("<w:vMerge w:val=\"restart\"/>"),
                Some(_) => xml.push_str("<w:vMerge/>"),
                None => {}
            }
            xml.push_str("</w:tcPr>");
            let lines: Vec<&str> = c.text.split('\n').collect();
            for l in lines {
                xml.push_str(&format!(
                    "<w:p>{}</w:p>",
                    if l.is_empty() { String::new() } else { run(l) }
                ));
            }
            xml.push_str("</w:tc>");
        }
        xml.push_str("</w:tr>");
        if opts.tracked && i == 1 {
            // a row deleted as a tracked change: never read
            xml.push_str("<w:tr><w:trPr><w:del w:id=\"9\" w:author=\"审核人\" w:date=\"2025-03-02T00:00:00Z\"/></w:trPr>");
            for _ in 0..cols {
                xml.push_str(&format!("<w:tc><w:p>{}</w:p></w:tc>", deleted()));
            }
            xml.push_str("</w:tr>");
        }
    }
    xml.push_str("</w:tbl>");
    xml
}

/// A .docx from a text plan: a paragraph per line, tab-separated lines as a table.
pub fn from_text(text: &str, opts: Options) -> Vec<u8> {
    let lines: Vec<&str> = text.lines().collect();
    let mut body = String::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].contains('\t') {
            let mut rows = Vec::new();
            while i < lines.len() && lines[i].contains('\t') {
                rows.push(
                    lines[i]
                        .split('\t')
                        .map(|c| CellSpec {
                            text: c.to_owned(),
                            span: 1,
                            merge: None,
                        })
                        .collect(),
                );
                i += 1;
            }
            body.push_str(&table(&rows, opts));
        } else {
            body.push_str(&paragraph(lines[i], opts, i));
            i += 1;
        }
    }
    package(&body, opts.numbering)
}

fn decode_entities(s: &str) -> String {
    s.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn attr_num(attrs: &str, name: &str) -> usize {
    attrs
        .find(&format!("{name}=\""))
        .and_then(|i| {
            let rest = &attrs[i + name.len() + 2..];
            rest[..rest.find('"')?].parse().ok()
        })
        .unwrap_or(1)
}

/// A .docx from a simple HTML plan (`h1`–`h3`, `p`, `div`, one level of `table`): merged cells
/// become `w:gridSpan` and `w:vMerge`.
pub fn from_html(html: &str, opts: Options) -> Vec<u8> {
    let body_start = html.find("<body").unwrap_or(0);
    let html = &html[body_start..];
    let mut body = String::new();
    // (text, rowspan, colspan) per row
    let mut rows: Vec<Vec<(String, usize, usize)>> = Vec::new();
    let mut in_table = false;
    let mut text = String::new();
    let mut cell: Option<(usize, usize)> = None;
    let mut pos = 0;
    let mut index = 0;
    while let Some(lt) = html[pos..].find('<').map(|i| i + pos) {
        text.push_str(&html[pos..lt]);
        let Some(gt) = html[lt..].find('>').map(|i| i + lt) else {
            break;
        };
        let tag = &html[lt + 1..gt];
        pos = gt + 1;
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        let attrs = &tag[tag.find(' ').unwrap_or(tag.len())..];
        match (name.as_str(), closing) {
            ("table", false) => {
                in_table = true;
                rows.clear();
                text.clear();
            }
            ("table", true) => {
                in_table = false;
                body.push_str(&grid(&rows, opts));
                text.clear();
            }
            ("tr", false) => rows.push(Vec::new()),
            ("td" | "th", false) => {
                text.clear();
                cell = Some((attr_num(attrs, "rowspan"), attr_num(attrs, "colspan")));
            }
            ("td" | "th", true) => {
                if let (Some((rs, cs)), Some(row)) = (cell.take(), rows.last_mut()) {
                    row.push((decode_entities(text.trim()), rs, cs));
                }
                text.clear();
            }
            ("h1" | "h2" | "h3" | "p" | "div", true) if !in_table => {
                let t = decode_entities(text.trim());
                if !t.is_empty() {
                    body.push_str(&paragraph(&t, opts, index));
                    index += 1;
                }
                text.clear();
            }
            ("h1" | "h2" | "h3" | "p" | "div", false) if !in_table => text.clear(),
            ("br", _) => text.push('\n'),
            _ => {}
        }
    }
    package(&body, opts.numbering)
}

/// HTML rows laid on Word's grid: a rowspan becomes a restart and continuations below.
fn grid(rows: &[Vec<(String, usize, usize)>], opts: Options) -> String {
    // covered[r][c] = Some(colspan) where a rowspan from above continues
    let mut covered: Vec<Vec<Option<usize>>> = vec![Vec::new(); rows.len()];
    let mut out: Vec<Vec<CellSpec>> = Vec::new();
    for (r, row) in rows.iter().enumerate() {
        let mut specs = Vec::new();
        let mut col = 0;
        let mut cells = row.iter();
        loop {
            if let Some(Some(span)) = covered[r].get(col).copied() {
                specs.push(CellSpec {
                    text: String::new(),
                    span,
                    merge: Some("continue"),
                });
                col += span;
                continue;
            }
            let Some((text, rs, cs)) = cells.next() else {
                break;
            };
            let last = (r + rs).min(rows.len());
            for below in covered.iter_mut().take(last).skip(r + 1) {
                if below.len() <= col {
                    below.resize(col + 1, None);
                }
                below[col] = Some(*cs);
            }
            specs.push(CellSpec {
                text: text.clone(),
                span: *cs,
                merge: (*rs > 1).then_some("restart"),
            });
            col += cs;
        }
        out.push(specs);
    }
    table(&out, opts)
}

const NUMBERING: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>"#;

/// The package around a body.
fn package(body: &str, numbering: bool) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let mut put = |name: &str, data: &str| {
        zip.start_file(name, opts).unwrap();
        zip.write_all(data.as_bytes()).unwrap();
    };
    let numbering_type = if numbering {
        r#"<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>"#
    } else {
        ""
    };
    put(
        "[Content_Types].xml",
        &format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>{numbering_type}</Types>"#
        ),
    );
    put(
        "_rels/.rels",
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#,
    );
    let numbering_rel = if numbering {
        r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>"#
    } else {
        ""
    };
    put(
        "word/_rels/document.xml.rels",
        &format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{numbering_rel}</Relationships>"#
        ),
    );
    if numbering {
        put("word/numbering.xml", NUMBERING);
    }
    put(
        "word/document.xml",
        &format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>"#
        ),
    );
    zip.finish().unwrap().into_inner()
}

/// The text of the part `name` of a Word package, if it has one.
pub fn part(package: &[u8], name: &str) -> Option<String> {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(package)).ok()?;
    let mut entry = zip.by_name(name).ok()?;
    let mut text = String::new();
    entry.read_to_string(&mut text).ok()?;
    Some(text)
}
