//! Locations for formats that count differently: paths relative to the run's root as URIs, and
//! columns in UTF-16 code units (SARIF's default unit).

use std::path::Path;

use crate::ingest::Span;

/// `path` relative to `root` when it lies under it, with `/` separators.
pub fn relative(path: &str, root: &Path) -> String {
    let p = Path::new(path);
    let rel = if p.is_absolute() {
        p.strip_prefix(root).unwrap_or(p)
    } else {
        p
    };
    let s = rel.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_owned).unwrap_or(s)
}

/// A path as a URI reference: unreserved characters and `/` as they are, the rest
/// percent-encoded (Chinese file names included).
pub fn uri(path: &str) -> String {
    let mut out = String::new();
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The 1-based UTF-16 column of byte `offset` of `text`.
pub fn utf16_column(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    let line_start = text[..offset]
        .rfind(['\n', '\r'])
        .map(|i| i + 1)
        .unwrap_or(0);
    text.get(line_start..offset)
        .map(|s| s.encode_utf16().count())
        .unwrap_or(0)
        + 1
}

/// A span's start and end columns in UTF-16 code units.
pub fn utf16_columns(text: &str, span: Span) -> (usize, usize) {
    (utf16_column(text, span.start), utf16_column(text, span.end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_and_uris() {
        let text = "第一\n𠀀区环保局";
        let at = text.find("区").unwrap();
        assert_eq!(
            utf16_column(text, at),
            3,
            "an astral character is two UTF-16 units"
        );
        assert_eq!(
            uri("samples/计划 1.txt"),
            "samples/%E8%AE%A1%E5%88%92%201.txt"
        );
        assert_eq!(
            relative("./samples/a.txt", Path::new("/x")),
            "samples/a.txt"
        );
        assert_eq!(
            relative("/x/samples/a.txt", Path::new("/x")),
            "samples/a.txt"
        );
    }
}
