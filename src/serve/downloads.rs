//! What the page hands on: a plan's or a batch's annotated Word copies, annotated text, HTML
//! report, SARIF, JSON and CSV task ledger, made by the same printers as `planlint check`.

use std::io::Write;
use std::path::Path;

use crate::engine::{FileResult, Finding, Session};
use crate::report::{self, Counts, Printer, Shown};
use crate::rules::spec::Severity;

use super::batch::Entry;

/// A download format, as named in the page's links.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Docx,
    Text,
    Html,
    Sarif,
    Json,
    Csv,
}

impl Format {
    /// Every format, in the order the page offers them.
    pub const ALL: [Format; 6] = [
        Format::Docx,
        Format::Text,
        Format::Html,
        Format::Sarif,
        Format::Json,
        Format::Csv,
    ];

    /// The name in links (`…/download/csv`).
    pub fn key(self) -> &'static str {
        match self {
            Format::Docx => "docx",
            Format::Text => "txt",
            Format::Html => "html",
            Format::Sarif => "sarif",
            Format::Json => "json",
            Format::Csv => "csv",
        }
    }

    /// What the link says.
    pub fn label(self) -> &'static str {
        match self {
            Format::Docx => "批注版 Word",
            Format::Text => "标注文本",
            Format::Html => "HTML 报告",
            Format::Sarif => "SARIF",
            Format::Json => "JSON",
            Format::Csv => "任务台账 CSV",
        }
    }

    pub fn parse(key: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.key() == key)
    }
}

/// A file to hand over.
pub struct Download {
    pub content_type: &'static str,
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// Everything the findings are shown as: the batch already holds only the findings its options
/// let through.
const ALL_SHOWN: Shown = Shown(Severity::Hint);

/// `entries` as `format`; `stem` names the file. An error says why there is nothing to give
/// (annotated Word copies of text plans).
pub fn make(
    format: Format,
    entries: &[&Entry],
    stem: &str,
    session: &Session,
) -> Result<Download, String> {
    let results: Vec<&FileResult> = entries.iter().map(|e| &e.result).collect();
    let printed = |printer: &mut dyn Printer| -> Result<Vec<u8>, String> {
        let mut out = Vec::new();
        let mut counts = Counts::default();
        for r in &results {
            counts.add(r, Severity::Hint);
            printer.file(r, &mut out).map_err(|e| e.to_string())?;
        }
        printer
            .finish(&counts, &mut out)
            .map_err(|e| e.to_string())?;
        Ok(out)
    };
    let (content_type, ext, bytes) = match format {
        Format::Docx => return word_copies(&results, stem),
        Format::Text => (
            "text/plain; charset=utf-8",
            "txt",
            printed(&mut report::annotated::AnnotatedPrinter::new(ALL_SHOWN))?,
        ),
        Format::Html => {
            let packs = session.pack_names();
            let mut p = report::html::HtmlPrinter::new(
                ALL_SHOWN,
                &session.rules.rules,
                &packs,
                session.config.path.as_deref(),
            );
            ("text/html; charset=utf-8", "html", printed(&mut p)?)
        }
        Format::Sarif => {
            let mut p = report::sarif::SarifPrinter::new(
                report::sarif::SarifContext {
                    rules: &session.rules.rules,
                    root: Path::new(""),
                    docs_url: session.config.docs_url.as_deref(),
                },
                ALL_SHOWN,
            );
            ("application/sarif+json", "sarif", printed(&mut p)?)
        }
        Format::Json => (
            "application/json",
            "json",
            printed(&mut report::json::JsonPrinter::new(ALL_SHOWN))?,
        ),
        Format::Csv => {
            let mut out = Vec::new();
            report::parse::csv(results.iter().filter_map(|r| r.plan.as_ref()), &mut out)
                .map_err(|e| e.to_string())?;
            ("text/csv; charset=utf-8", "csv", out)
        }
    };
    Ok(Download {
        content_type,
        file_name: format!("{stem}.{ext}"),
        bytes,
    })
}

/// One Word document's copy with its findings as comments.
fn word_copy(r: &FileResult, date: &str) -> Option<Result<Vec<u8>, String>> {
    let (source, plan) = (r.source.as_ref()?, r.plan.as_ref()?);
    source.word.as_ref()?;
    let findings: Vec<&Finding> = r.findings.iter().collect();
    let title = plan.meta.title.as_ref().map(|t| t.span.start..t.span.end);
    Some(
        report::word_comments::annotate(source, &findings, title, date)
            .map(|(bytes, _)| bytes)
            .map_err(|e| e.to_string()),
    )
}

/// The annotated copies of the Word documents among `results`: the copy itself for one, a zip
/// of them for several.
fn word_copies(results: &[&FileResult], stem: &str) -> Result<Download, String> {
    let date = report::word_comments::comment_date();
    let copies: Vec<(String, Vec<u8>)> = results
        .iter()
        .filter_map(|r| {
            word_copy(r, &date).map(|c| {
                let name = Path::new(&r.path).with_extension("").display().to_string();
                c.map(|bytes| (format!("{name}-批注.docx"), bytes))
            })
        })
        .collect::<Result<_, _>>()?;
    match copies.len() {
        0 => Err("批注版 Word 只为 Word 文档（.docx、.doc、.wps）生成；文本和网页请下载“标注文本”或“HTML 报告”。".into()),
        1 => {
            let (name, bytes) = copies.into_iter().next().unwrap_or_default();
            Ok(Download {
                content_type:
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                file_name: name.rsplit('/').next().unwrap_or(&name).to_owned(),
                bytes,
            })
        }
        _ => {
            let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
            let options = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            for (name, bytes) in &copies {
                w.start_file(name.as_str(), options)
                    .and_then(|()| w.write_all(bytes).map_err(Into::into))
                    .map_err(|e| e.to_string())?;
            }
            let bytes = w.finish().map_err(|e| e.to_string())?.into_inner();
            Ok(Download {
                content_type: "application/zip",
                file_name: format!("{stem}-批注.zip"),
                bytes,
            })
        }
    }
}
