//! The Word package: a ZIP archive of XML parts. Opened with hard limits so that a hostile
//! archive (a zip bomb, millions of entries, a part that lies about its size) is refused
//! quickly instead of filling memory, and parts found through their relationships, never by
//! guessing names.

use std::io::{Cursor, Read};

use zip::ZipArchive;

/// A real plan's package has a few dozen entries (parts, images, fonts); ten thousand is far
/// beyond any document and still cheap to list.
pub const MAX_ENTRIES: usize = 10_000;

/// The largest XML part read: a thousand-page document's body is about 20 MB; a part beyond
/// this is a bomb or not a plan.
pub const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;

/// The most bytes inflated from one package in all, across every part read.
pub const MAX_TOTAL_BYTES: u64 = 192 * 1024 * 1024;

/// XML compresses about 10:1; a part claiming more than this ratio (and over a megabyte) is
/// refused before it is inflated.
pub const MAX_RATIO: u64 = 200;

/// Why a package cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackageError {
    /// Not a ZIP archive, or its directory is damaged (a truncated download).
    #[error("the file is damaged or truncated ({0})")]
    Corrupt(String),
    /// An entry is encrypted (ZIP encryption).
    #[error("the document is encrypted")]
    Encrypted,
    /// Over one of the limits above.
    #[error("refused: {0}")]
    TooLarge(String),
    /// A ZIP archive, but not a Word document.
    #[error("not a Word document: {0}")]
    NotWord(String),
}

/// An opened package and its inflation budget.
pub struct Package<'a> {
    archive: ZipArchive<Cursor<&'a [u8]>>,
    budget: u64,
}

impl<'a> Package<'a> {
    /// Open `bytes` as a ZIP archive, checking its entry count.
    pub fn open(bytes: &'a [u8]) -> Result<Package<'a>, PackageError> {
        let archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| corrupt(&e))?;
        if archive.len() > MAX_ENTRIES {
            return Err(PackageError::TooLarge(format!(
                "{} entries in the archive (at most {MAX_ENTRIES})",
                archive.len()
            )));
        }
        Ok(Package {
            archive,
            budget: MAX_TOTAL_BYTES,
        })
    }

    /// Whether the archive has an entry of this name.
    pub fn has(&self, name: &str) -> bool {
        self.archive.index_for_name(name).is_some()
    }

    /// The names of every entry, in archive order.
    pub fn names(&self) -> Vec<String> {
        self.archive.file_names().map(str::to_owned).collect()
    }

    /// A part's bytes, or `None` when there is no such part. Inflates at most the limits
    /// allow, whatever the entry claims.
    pub fn read(&mut self, name: &str) -> Result<Option<Vec<u8>>, PackageError> {
        let Some(index) = self.archive.index_for_name(name) else {
            return Ok(None);
        };
        let mut entry = match self.archive.by_index(index) {
            Ok(e) => e,
            Err(zip::result::ZipError::UnsupportedArchive(why)) if why.contains("assword") => {
                return Err(PackageError::Encrypted)
            }
            Err(e) => return Err(corrupt(&e)),
        };
        if entry.encrypted() {
            return Err(PackageError::Encrypted);
        }
        let claimed = entry.size();
        let packed = entry.compressed_size().max(1);
        if claimed > MAX_PART_BYTES {
            return Err(PackageError::TooLarge(format!(
                "part {name} inflates to {claimed} bytes (at most {MAX_PART_BYTES})"
            )));
        }
        if claimed > 1024 * 1024 && claimed / packed > MAX_RATIO {
            return Err(PackageError::TooLarge(format!(
                "part {name} is compressed {}:1 (a zip bomb?)",
                claimed / packed
            )));
        }
        let limit = MAX_PART_BYTES.min(self.budget);
        let mut out = Vec::with_capacity(claimed.min(limit) as usize);
        (&mut entry)
            .take(limit + 1)
            .read_to_end(&mut out)
            .map_err(|e| PackageError::Corrupt(format!("part {name}: {e}")))?;
        if out.len() as u64 > limit {
            return Err(PackageError::TooLarge(format!(
                "part {name} inflates beyond {limit} bytes (a zip bomb?)"
            )));
        }
        self.budget -= out.len() as u64;
        Ok(Some(out))
    }

    /// A part as UTF-8 text (XML parts are UTF-8; a UTF-8 BOM is dropped).
    pub fn read_text(&mut self, name: &str) -> Result<Option<String>, PackageError> {
        let Some(bytes) = self.read(name)? else {
            return Ok(None);
        };
        let bytes = bytes
            .strip_prefix(b"\xEF\xBB\xBF")
            .map(<[u8]>::to_vec)
            .unwrap_or(bytes);
        String::from_utf8(bytes)
            .map(Some)
            .map_err(|_| PackageError::Corrupt(format!("part {name} is not UTF-8 XML")))
    }
}

impl Package<'_> {
    /// A new package: every entry copied as it is stored (compressed bytes untouched, in the
    /// same order), but the parts in `replaced`, which are written anew, and the parts in
    /// `added` appended.
    pub fn rewrite(
        &mut self,
        replaced: &[(String, Vec<u8>)],
        added: &[(String, Vec<u8>)],
    ) -> Result<Vec<u8>, PackageError> {
        use zip::write::SimpleFileOptions;
        let options =
            SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let write_err = |e: zip::result::ZipError| PackageError::Corrupt(e.to_string());
        for i in 0..self.archive.len() {
            let name = self
                .archive
                .name_for_index(i)
                .map(str::to_owned)
                .unwrap_or_default();
            if let Some((_, bytes)) = replaced.iter().find(|(n, _)| *n == name) {
                out.start_file(name.as_str(), options).map_err(write_err)?;
                std::io::Write::write_all(&mut out, bytes)
                    .map_err(|e| PackageError::Corrupt(e.to_string()))?;
            } else {
                let entry = self.archive.by_index_raw(i).map_err(|e| corrupt(&e))?;
                out.raw_copy_file(entry).map_err(write_err)?;
            }
        }
        for (name, bytes) in added {
            out.start_file(name.as_str(), options).map_err(write_err)?;
            std::io::Write::write_all(&mut out, bytes)
                .map_err(|e| PackageError::Corrupt(e.to_string()))?;
        }
        Ok(out.finish().map_err(write_err)?.into_inner())
    }
}

fn corrupt(e: &zip::result::ZipError) -> PackageError {
    PackageError::Corrupt(e.to_string())
}

/// One relationship of a part: its type (the last path segment of the type URI, e.g.
/// `officeDocument`, `numbering`, `comments`) and the target resolved to a package name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relationship {
    pub id: String,
    pub kind: String,
    pub target: String,
}

/// The relationships file of `part` (`word/document.xml` → `word/_rels/document.xml.rels`;
/// the package itself, `""` → `_rels/.rels`).
pub fn rels_name(part: &str) -> String {
    match part.rsplit_once('/') {
        Some((dir, file)) => format!("{dir}/_rels/{file}.rels"),
        None if part.is_empty() => "_rels/.rels".to_owned(),
        None => format!("_rels/{part}.rels"),
    }
}

/// Parse a relationships part, resolving targets against the folder of `part`.
pub fn relationships(xml: &str, part: &str) -> Vec<Relationship> {
    use quick_xml::events::Event;
    let base = part.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = Vec::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == b"Relationship" => {
                let mut id = String::new();
                let mut kind = String::new();
                let mut target = String::new();
                let mut external = false;
                for a in e.attributes().flatten() {
                    let value = a
                        .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .map(|v| v.into_owned())
                        .unwrap_or_default();
                    match a.key.as_ref() {
                        b"Id" => id = value,
                        b"Type" => kind = value.rsplit('/').next().unwrap_or("").to_owned(),
                        b"Target" => target = value,
                        b"TargetMode" => external = value == "External",
                        _ => {}
                    }
                }
                if !external {
                    out.push(Relationship {
                        id,
                        kind,
                        target: resolve(base, &target),
                    });
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    out
}

/// `target` relative to the folder `base`, as a package entry name.
fn resolve(base: &str, target: &str) -> String {
    let mut parts: Vec<&str> = if let Some(abs) = target.strip_prefix('/') {
        return normalise(abs.split('/').collect());
    } else if base.is_empty() {
        Vec::new()
    } else {
        base.split('/').collect()
    };
    parts.extend(target.split('/'));
    normalise(parts)
}

fn normalise(parts: Vec<&str>) -> String {
    let mut out: Vec<&str> = Vec::new();
    for p in parts {
        match p {
            "" | "." => {}
            ".." => {
                out.pop();
            }
            p => out.push(p),
        }
    }
    out.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relationship_targets_resolve_against_their_part() {
        let xml = r#"<Relationships xmlns="x"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://x/hyperlink" Target="http://gov.cn" TargetMode="External"/><Relationship Id="rId3" Type="http://x/officeDocument" Target="/word/document.xml"/><Relationship Id="rId4" Type="http://x/footnotes" Target="../word/footnotes.xml"/></Relationships>"#;
        let rels = relationships(xml, "word/document.xml");
        assert_eq!(rels.len(), 3);
        assert_eq!(rels[0].kind, "numbering");
        assert_eq!(rels[0].target, "word/numbering.xml");
        assert_eq!(rels[1].target, "word/document.xml");
        assert_eq!(rels[2].target, "word/footnotes.xml");
        assert_eq!(
            rels_name("word/document.xml"),
            "word/_rels/document.xml.rels"
        );
        assert_eq!(rels_name(""), "_rels/.rels");
    }
}
