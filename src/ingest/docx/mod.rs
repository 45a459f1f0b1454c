//! Word documents (.docx): the package opened with limits, the body read as Word shows it
//! (automatic numbers printed, tracked changes accepted, merged cells on their grid), and laid
//! out as text — one line per paragraph, tab-separated table rows — that every output shows.
//! The runs behind each character are kept, so findings can be written back as comments.

mod body;
mod layout;
mod numbering;
mod package;

use std::path::Path;

pub use body::{Part, Run, RunChild};
pub use layout::{Anchor, WordBlock, WordCell};
pub use package::{relationships, rels_name, Package, PackageError, Relationship};

use numbering::{Counters, Definitions};

/// A Word document as read: its package (kept, so what is written back is what was read), the
/// laid-out text's structure and the runs behind it.
#[derive(Debug)]
pub struct WordDocument {
    /// The .docx bytes (after conversion, for a .doc or .wps).
    pub package: Vec<u8>,
    /// The main document part (`word/document.xml`, as the package's relationships name it).
    pub main_part: String,
    pub blocks: Vec<WordBlock>,
    pub runs: Vec<Run>,
    /// Text that came from runs, in text order.
    pub anchors: Vec<Anchor>,
    /// Each paragraph's (or table row's) line in the text.
    pub lines: Vec<std::ops::Range<usize>>,
    /// The format it was converted from by LibreOffice (`legacy Word (.doc)`), if any.
    pub converted_from: Option<&'static str>,
}

/// What reading a .docx gives: the text every span points into, and the document behind it.
pub struct ReadDocx {
    pub text: String,
    pub word: WordDocument,
}

/// Read a .docx package.
pub fn read(bytes: Vec<u8>) -> Result<ReadDocx, PackageError> {
    let ((main_part, body_xml, notes_xml), defs) = {
        let mut pkg = Package::open(&bytes)?;
        let root_rels = pkg
            .read_text(&rels_name(""))?
            .map(|x| relationships(&x, ""))
            .unwrap_or_default();
        let main_part = root_rels
            .iter()
            .find(|r| r.kind == "officeDocument")
            .map(|r| r.target.clone())
            .or_else(|| {
                pkg.has("word/document.xml")
                    .then(|| "word/document.xml".into())
            })
            .ok_or_else(|| {
                let what = if pkg.has("content.xml") {
                    "an OpenDocument file (.odt) named as .docx".to_owned()
                } else if pkg.has("xl/workbook.xml") {
                    "an Excel workbook".to_owned()
                } else if pkg.has("ppt/presentation.xml") {
                    "a PowerPoint presentation".to_owned()
                } else {
                    "the archive has no word/document.xml".to_owned()
                };
                PackageError::NotWord(what)
            })?;
        let rels = pkg
            .read_text(&rels_name(&main_part))?
            .map(|x| relationships(&x, &main_part))
            .unwrap_or_default();
        let part_of = |kind: &str| {
            rels.iter()
                .find(|r| r.kind == kind)
                .map(|r| r.target.clone())
        };
        let numbering_xml = match part_of("numbering") {
            Some(p) => pkg.read_text(&p)?,
            None => None,
        };
        let styles_xml = match part_of("styles") {
            Some(p) => pkg.read_text(&p)?,
            None => None,
        };
        let defs = Definitions::read(numbering_xml.as_deref(), styles_xml.as_deref());
        let body_xml = pkg
            .read_text(&main_part)?
            .ok_or_else(|| PackageError::NotWord(format!("the part {main_part} is missing")))?;
        let mut notes_xml = Vec::new();
        for kind in ["footnotes", "endnotes"] {
            if let Some(p) = part_of(kind) {
                if let Some(x) = pkg.read_text(&p)? {
                    notes_xml.push(x);
                }
            }
        }
        ((main_part, body_xml, notes_xml), defs)
    };
    let mut counters = Counters::default();
    let mut runs = Vec::new();
    let body = body::read_part(&body_xml, Part::Body, &defs, &mut counters, &mut runs)
        .map_err(|why| PackageError::Corrupt(format!("{main_part}: {why}")))?;
    let mut layout = layout::Layout::default();
    layout.push_items(&body.items);
    for xml in &notes_xml {
        // notes are read for their text; a damaged notes part costs only the notes
        if let Ok(notes) = body::read_part(xml, Part::Notes, &defs, &mut counters, &mut runs) {
            layout.push_items(&notes.items);
        }
    }
    Ok(ReadDocx {
        text: layout.text,
        word: WordDocument {
            package: bytes,
            main_part,
            blocks: layout.blocks,
            runs,
            anchors: layout.anchors,
            lines: layout.lines,
            converted_from: None,
        },
    })
}

/// Whether an OLE compound file (`D0 CF 11 E0`) is an encrypted Office document rather than a
/// legacy .doc: encrypted .docx files are stored in one, with an `EncryptionInfo` stream.
pub fn is_encrypted_office(bytes: &[u8]) -> bool {
    let needle: Vec<u8> = "EncryptionInfo"
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    bytes.windows(needle.len()).any(|w| w == needle)
}

/// Whether a path names a Word package by its extension.
pub fn is_docx_path(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("docx") || e.eq_ignore_ascii_case("docm"))
}
