//! Which input format a file is in, from its first bytes (and its name where the bytes do not
//! tell): the one registry of what planlint reads and how.

use std::path::Path;

/// An input format and how it is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// Plain text or HTML, decoded from UTF-8, UTF-16 or GB18030.
    Text,
    /// A Word package (.docx), read directly.
    Docx,
    /// A format LibreOffice converts to .docx: its name for messages.
    Office(&'static str),
    /// An Office document stored encrypted (password-protected).
    EncryptedOffice,
    /// A file named as a Word document that is not one (what it starts like).
    NotWord(&'static str),
    /// PDF: refused with advice.
    Pdf,
    /// Something else that is surely not a plan (an image).
    Other(&'static str),
}

/// The extensions walked in folders and what each is.
pub const EXTENSIONS: &[(&str, &str)] = &[
    ("txt", "text"),
    ("text", "text"),
    ("html", "web page"),
    ("htm", "web page"),
    ("docx", "Word"),
    ("docm", "Word"),
    ("doc", "legacy Word"),
    ("wps", "WPS Office"),
    ("rtf", "RTF"),
    ("odt", "OpenDocument text"),
    ("pdf", "PDF"),
];

fn ext(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default()
}

/// The format of `bytes` read from `path`.
pub fn detect(path: &Path, bytes: &[u8]) -> InputFormat {
    let ext = ext(path);
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return match ext.as_str() {
            "odt" | "ott" => InputFormat::Office("OpenDocument text (.odt)"),
            _ => InputFormat::Docx,
        };
    }
    if bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        if super::docx::is_encrypted_office(bytes) {
            return InputFormat::EncryptedOffice;
        }
        return InputFormat::Office(match ext.as_str() {
            "wps" | "wpt" => "WPS Office (.wps)",
            _ => "legacy Word (.doc)",
        });
    }
    if bytes.starts_with(b"{\\rtf") {
        return InputFormat::Office("RTF (.rtf)");
    }
    if bytes.starts_with(b"%PDF") {
        return InputFormat::Pdf;
    }
    if bytes.starts_with(b"\x89PNG") {
        return InputFormat::Other("PNG image");
    }
    if bytes.starts_with(b"\xFF\xD8\xFF") {
        return InputFormat::Other("JPEG image");
    }
    match ext.as_str() {
        "docx" | "docm" | "doc" | "wps" | "odt" => {
            InputFormat::NotWord(if bytes.iter().take(512).any(|&b| b == 0) {
                "binary data of another kind"
            } else {
                "text"
            })
        }
        "pdf" => InputFormat::Pdf,
        _ => InputFormat::Text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_told_by_their_bytes() {
        let p = Path::new("a.docx");
        assert_eq!(detect(p, b"PK\x03\x04...."), InputFormat::Docx);
        assert_eq!(detect(p, b"hello"), InputFormat::NotWord("text"));
        assert_eq!(
            detect(Path::new("a.doc"), b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest"),
            InputFormat::Office("legacy Word (.doc)")
        );
        assert_eq!(
            detect(Path::new("a.txt"), b"{\\rtf1 x"),
            InputFormat::Office("RTF (.rtf)")
        );
        assert_eq!(detect(Path::new("a.txt"), b"%PDF-1.7"), InputFormat::Pdf);
        assert_eq!(
            detect(Path::new("a.txt"), "一、".as_bytes()),
            InputFormat::Text
        );
        let mut enc = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
        enc.extend(
            "EncryptionInfo"
                .encode_utf16()
                .flat_map(|u| u.to_le_bytes()),
        );
        assert_eq!(detect(p, &enc), InputFormat::EncryptedOffice);
    }
}
