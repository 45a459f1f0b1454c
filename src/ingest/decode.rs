use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;
use thiserror::Error;

use super::docx::{self, PackageError, WordDocument};
use super::format::{self, InputFormat};
use super::open::ReadLimits;
use super::source_map::SourceMap;

/// How a file's bytes were turned into text; kept so that a fix can write the file back in the
/// same encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TextEncoding {
    Utf8,
    Gb18030,
    Utf16Le,
    Utf16Be,
}

impl TextEncoding {
    /// The label users see (`UTF-8`, `GB18030`, ...).
    pub fn label(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Gb18030 => "GB18030",
            TextEncoding::Utf16Le => "UTF-16LE",
            TextEncoding::Utf16Be => "UTF-16BE",
        }
    }
}

/// The dominant line ending, kept so that rewritten files keep theirs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LineEnding {
    Lf,
    Crlf,
    Cr,
}

/// Plain text, an HTML page whose markup the parser must look through, or a Word document laid
/// out as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    Text,
    Html,
    Docx,
}

/// A decoded input file: the text every span points into, and how it was stored.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: PathBuf,
    pub text: String,
    pub encoding: TextEncoding,
    pub bom: bool,
    pub line_ending: LineEnding,
    pub kind: SourceKind,
    /// For a Word document: its structure and the runs behind the text (`text` is its layout).
    pub word: Option<Arc<WordDocument>>,
    /// Where `text`'s lines start, built once with the text: the parser and the rules locate
    /// every span with it.
    pub map: SourceMap,
}

/// Why a file could not be read as a plan. Each names the file and what was expected.
#[derive(Debug, Error)]
pub enum IngestError {
    #[error("{path}: no such file")]
    NotFound { path: PathBuf },
    #[error("{path}: cannot read: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: the file is empty; expected the text of a plan")]
    Empty { path: PathBuf },
    #[error(
        "{path}: {what} files are not read; expected plain text (UTF-8 or GBK), HTML or a Word document"
    )]
    Unsupported { path: PathBuf, what: &'static str },
    #[error("{path}: cannot read this Word document: {reason}")]
    Word { path: PathBuf, reason: String },
    #[error("{path}: the document is password-protected (encrypted); save a copy without the password (Word: 文件 › 信息 › 保护文档; WPS: 文件 › 文档加密) and check that")]
    Encrypted { path: PathBuf },
    #[error("{path}: {what} files are read through LibreOffice, and `soffice` is not on the PATH; install LibreOffice, or convert the file first: soffice --headless --convert-to docx \"{path}\"")]
    NeedsOffice { path: PathBuf, what: &'static str },
    #[error("{path}: LibreOffice could not convert this {what} file to .docx: {reason}")]
    Conversion {
        path: PathBuf,
        what: &'static str,
        reason: String,
    },
    #[error("{path}: PDF files are not read (a PDF holds placed characters, not paragraphs and tables); check the plan's Word (.docx) or web (HTML) version, or save the PDF as .docx in Word or WPS (打开 PDF，另存为 .docx) and check that")]
    Pdf { path: PathBuf },
    #[error(
        "{path}:{line}: binary data at byte {offset}; expected plain text (UTF-8 or GBK) or HTML"
    )]
    Binary {
        path: PathBuf,
        offset: usize,
        line: usize,
    },
    #[error(
        "{path}:{line}: not valid {encoding} at byte {offset}; expected UTF-8 or GBK/GB18030 text"
    )]
    Undecodable {
        path: PathBuf,
        encoding: &'static str,
        offset: usize,
        line: usize,
    },
    #[error("{path}: {what} is not read; name a plan file (or `-` for standard input)")]
    NotRegular { path: PathBuf, what: &'static str },
    #[error("{path}: the file is {size} bytes, more than the {max} read (--max-file-size); a plan is a few MB at most")]
    TooLarge { path: PathBuf, size: u64, max: u64 },
    /// planlint itself failed on this file (a bug): the file is reported, the others are
    /// still checked.
    #[error("{path}: planlint failed while reading this file ({message}); please report it with the file")]
    Internal { path: PathBuf, message: String },
}

impl IngestError {
    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            IngestError::NotFound { path }
            | IngestError::Io { path, .. }
            | IngestError::Empty { path }
            | IngestError::Unsupported { path, .. }
            | IngestError::Word { path, .. }
            | IngestError::Encrypted { path }
            | IngestError::NeedsOffice { path, .. }
            | IngestError::Conversion { path, .. }
            | IngestError::Pdf { path }
            | IngestError::Binary { path, .. }
            | IngestError::Undecodable { path, .. }
            | IngestError::NotRegular { path, .. }
            | IngestError::TooLarge { path, .. }
            | IngestError::Internal { path, .. } => path,
        }
    }
}

/// Read a file in whatever format it is (see [`format::detect`]).
pub fn read(path: &Path) -> Result<Source, IngestError> {
    read_with(path, ReadLimits::default())
}

/// Read and decode the input at `path` (a regular file, or standard input for `-`), refusing
/// one larger than `limits` allow.
pub fn read_with(path: &Path, limits: ReadLimits) -> Result<Source, IngestError> {
    let bytes = super::open::read_bytes(path, limits)?;
    from_bytes(path, bytes)
}

/// Decode the bytes of the input named `path` (its name chooses nothing but the office format
/// of an OLE file; the bytes are sniffed).
pub fn from_bytes(path: &Path, bytes: Vec<u8>) -> Result<Source, IngestError> {
    let path_buf = path.to_path_buf();
    match format::detect(path, &bytes) {
        InputFormat::Text => decode(path, &bytes),
        InputFormat::Docx => read_docx(path, bytes, None),
        InputFormat::Office(what) => {
            let converted = super::convert::to_docx(path, &bytes, what)?;
            read_docx(path, converted, Some(what))
        }
        InputFormat::EncryptedOffice => Err(IngestError::Encrypted { path: path_buf }),
        InputFormat::NotWord(what) => Err(IngestError::Word {
            path: path_buf,
            reason: format!("it is named as one but holds {what}, not a Word package"),
        }),
        InputFormat::Pdf => Err(IngestError::Pdf { path: path_buf }),
        InputFormat::Other(what) => Err(IngestError::Unsupported {
            path: path_buf,
            what,
        }),
    }
}

/// A Word package's text and structure as a source.
fn read_docx(
    path: &Path,
    bytes: Vec<u8>,
    converted_from: Option<&'static str>,
) -> Result<Source, IngestError> {
    let path_buf = path.to_path_buf();
    let read = docx::read(bytes).map_err(|e| match e {
        PackageError::Encrypted => IngestError::Encrypted {
            path: path_buf.clone(),
        },
        e => IngestError::Word {
            path: path_buf.clone(),
            reason: e.to_string(),
        },
    })?;
    if read.text.trim().is_empty() {
        return Err(IngestError::Word {
            path: path_buf,
            reason: "the document holds no text (images or empty paragraphs only); expected the text of a plan".into(),
        });
    }
    let mut word = read.word;
    word.converted_from = converted_from;
    Ok(Source {
        path: path_buf,
        map: SourceMap::new(&read.text),
        text: read.text,
        encoding: TextEncoding::Utf8,
        bom: false,
        line_ending: LineEnding::Lf,
        kind: SourceKind::Docx,
        word: Some(Arc::new(word)),
    })
}

const MAGIC: &[(&[u8], &str)] = &[
    (b"PK\x03\x04", "ZIP/.docx"),
    (b"%PDF", "PDF"),
    (b"\xD0\xCF\x11\xE0", "legacy Word/.doc"),
    (b"{\\rtf", "RTF"),
    (b"\x89PNG", "PNG image"),
    (b"\xFF\xD8\xFF", "JPEG image"),
];

/// Decode `bytes` read from `path`: UTF-8 (with or without BOM), UTF-16 with BOM, or
/// GB18030/GBK when the bytes are not UTF-8.
pub fn decode(path: &Path, bytes: &[u8]) -> Result<Source, IngestError> {
    let path_buf = path.to_path_buf();
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(IngestError::Empty { path: path_buf });
    }
    if let Some((_, what)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Err(IngestError::Unsupported {
            path: path_buf,
            what,
        });
    }
    let (text, encoding, bom) = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        (utf8(path, rest, 3)?, TextEncoding::Utf8, true)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        (
            utf16(path, rest, encoding_rs::UTF_16LE)?,
            TextEncoding::Utf16Le,
            true,
        )
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        (
            utf16(path, rest, encoding_rs::UTF_16BE)?,
            TextEncoding::Utf16Be,
            true,
        )
    } else {
        if let Some(offset) = bytes.iter().position(|&b| b == 0) {
            return Err(IngestError::Binary {
                path: path_buf,
                offset,
                line: line_at(bytes, offset),
            });
        }
        match std::str::from_utf8(bytes) {
            Ok(text) => (text.to_owned(), TextEncoding::Utf8, false),
            Err(utf8_error) => {
                let decoded = encoding_rs::GB18030
                    .decode_without_bom_handling_and_without_replacement(bytes)
                    .filter(|_| looks_like_gb(bytes));
                match decoded {
                    Some(text) => (text.into_owned(), TextEncoding::Gb18030, false),
                    None => {
                        return Err(IngestError::Undecodable {
                            path: path_buf,
                            encoding: "UTF-8",
                            offset: utf8_error.valid_up_to(),
                            line: line_at(bytes, utf8_error.valid_up_to()),
                        })
                    }
                }
            }
        }
    };
    if let Some(offset) = control_bytes(&text) {
        return Err(IngestError::Binary {
            path: path_buf,
            offset,
            line: line_at(text.as_bytes(), offset),
        });
    }
    if text.trim().is_empty() {
        return Err(IngestError::Empty { path: path_buf });
    }
    let kind = source_kind(path, &text);
    let line_ending = line_ending(&text);
    Ok(Source {
        path: path_buf,
        map: SourceMap::new(&text),
        text,
        encoding,
        bom,
        line_ending,
        kind,
        word: None,
    })
}

fn utf8(path: &Path, bytes: &[u8], skipped: usize) -> Result<String, IngestError> {
    std::str::from_utf8(bytes)
        .map(str::to_owned)
        .map_err(|e| IngestError::Undecodable {
            path: path.to_path_buf(),
            encoding: "UTF-8",
            offset: skipped + e.valid_up_to(),
            line: line_at(bytes, e.valid_up_to()),
        })
}

/// The 1-based line holding byte `offset`.
fn line_at(bytes: &[u8], offset: usize) -> usize {
    bytes[..offset.min(bytes.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

fn utf16(
    path: &Path,
    bytes: &[u8],
    encoding: &'static encoding_rs::Encoding,
) -> Result<String, IngestError> {
    encoding
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(|t| t.into_owned())
        .ok_or_else(|| IngestError::Undecodable {
            path: path.to_path_buf(),
            encoding: encoding.name(),
            offset: 2,
            line: 1,
        })
}

/// chardetng confirms that non-UTF-8 bytes read as Chinese rather than another legacy
/// encoding, so a Big5 or Shift_JIS file is refused instead of decoded into garbage.
fn looks_like_gb(bytes: &[u8]) -> bool {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    // the guess settles within the first few thousand characters, and the detector is slow
    // (it cost an eighth of a run when fed whole files)
    let sample = &bytes[..bytes.len().min(GUESS_SAMPLE_BYTES)];
    detector.feed(sample, sample.len() == bytes.len());
    let guess = detector.guess(None, chardetng::Utf8Detection::Deny);
    guess == encoding_rs::GBK || guess == encoding_rs::GB18030
}

/// Bytes the encoding guess reads: 2 KiB is some 1,000 Chinese characters, far more than the
/// detector needs to tell GBK from Big5, Shift_JIS or a Latin code page.
const GUESS_SAMPLE_BYTES: usize = 2 << 10;

/// Offset of a control character that plain text never holds (other than tab, LF, CR, FF):
/// C0 controls and DEL are single bytes; C1 controls (U+0080–U+009F) are `C2 80`–`C2 9F`.
fn control_bytes(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    b.iter().enumerate().position(|(i, &x)| match x {
        b'\t' | b'\n' | b'\r' | b'\x0c' => false,
        0..=0x1f | 0x7f => true,
        0xc2 => b.get(i + 1).is_some_and(|&y| (0x80..=0x9f).contains(&y)),
        _ => false,
    })
}

fn source_kind(path: &Path, text: &str) -> SourceKind {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if matches!(ext.as_deref(), Some("html" | "htm" | "xhtml")) {
        return SourceKind::Html;
    }
    let head: String = text
        .trim_start()
        .chars()
        .take(64)
        .collect::<String>()
        .to_ascii_lowercase();
    if head.starts_with("<!doctype html") || head.starts_with("<html") {
        SourceKind::Html
    } else {
        SourceKind::Text
    }
}

fn line_ending(text: &str) -> LineEnding {
    let (mut crlf, mut lf, mut cr) = (0usize, 0usize, 0usize);
    let b = text.as_bytes();
    for i in line_break_offsets(b) {
        match b[i] {
            b'\r' if b.get(i + 1) == Some(&b'\n') => crlf += 1,
            b'\r' => cr += 1,
            _ if i > 0 && b[i - 1] == b'\r' => {}
            _ => lf += 1,
        }
    }
    if crlf > lf && crlf >= cr {
        LineEnding::Crlf
    } else if cr > lf {
        LineEnding::Cr
    } else {
        LineEnding::Lf
    }
}

/// Offsets of every CR and LF byte.
fn line_break_offsets(b: &[u8]) -> impl Iterator<Item = usize> + '_ {
    b.iter()
        .enumerate()
        .filter(|(_, &x)| x == b'\r' || x == b'\n')
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p() -> &'static Path {
        Path::new("plan.txt")
    }

    #[test]
    fn utf8_with_bom_strips_the_bom_and_records_it() {
        let src = decode(p(), "\u{feff}一、总体要求\r\n".as_bytes()).unwrap();
        assert_eq!(src.text, "一、总体要求\r\n");
        assert!(src.bom);
        assert_eq!(src.encoding, TextEncoding::Utf8);
        assert_eq!(src.line_ending, LineEnding::Crlf);
    }

    #[test]
    fn gbk_bytes_decode_as_gb18030() {
        let text = "区财政局牵头，各镇（街道）按职责分工负责落实。\n时限：2019年12月20日前\n";
        let (bytes, _, _) = encoding_rs::GBK.encode(text);
        let src = decode(p(), &bytes).unwrap();
        assert_eq!(src.text, text);
        assert_eq!(src.encoding, TextEncoding::Gb18030);
    }

    #[test]
    fn empty_binary_and_docx_are_refused() {
        assert!(matches!(
            decode(p(), b" \n\n"),
            Err(IngestError::Empty { .. })
        ));
        assert!(matches!(
            decode(p(), b"abc\0def"),
            Err(IngestError::Binary {
                offset: 3,
                line: 1,
                ..
            })
        ));
        let err = decode(p(), b"line one\nline two \xff\xfe\xfd\x00").unwrap_err();
        assert_eq!(
            err.to_string(),
            "plan.txt:2: binary data at byte 21; expected plain text (UTF-8 or GBK) or HTML"
        );
        let err = decode(p(), b"PK\x03\x04rest").unwrap_err();
        assert!(err.to_string().contains(".docx"), "{err}");
    }

    #[test]
    fn html_is_recognised_by_extension_or_doctype() {
        let src = decode(Path::new("a.txt"), b"<!DOCTYPE html><p>x</p>").unwrap();
        assert_eq!(src.kind, SourceKind::Html);
        let src = decode(Path::new("a.htm"), b"<p>x</p>").unwrap();
        assert_eq!(src.kind, SourceKind::Html);
    }
}
