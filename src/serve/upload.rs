//! An upload: the plan files of a multipart form (and of the zips among them), read within the
//! bounds of [`Limits`]. A client's file name is only ever a label: nothing is written to disk
//! and no name becomes a path.

use std::io::Read;
use std::path::Path;

use axum::extract::Multipart;
use axum::http::StatusCode;
use thiserror::Error;

use crate::rules::spec::Severity;

use super::limits::{self, Limits};

/// A plan file of an upload.
pub struct UploadedFile {
    /// The name shown: the file's name, or its path inside the zip it came in.
    pub name: String,
    pub bytes: Vec<u8>,
}

/// A file of an upload that is not checked, and why.
#[derive(Debug, Clone)]
pub struct Refused {
    pub name: String,
    pub reason: String,
}

/// What the form asked for.
pub struct Upload {
    pub files: Vec<UploadedFile>,
    pub refused: Vec<Refused>,
    /// Rule packs chosen (empty: the form named none, so all).
    pub packs: Vec<String>,
    pub min: Severity,
}

/// Why an upload as a whole is refused.
#[derive(Debug, Error)]
pub enum UploadError {
    #[error("上传内容超过 {limit} 的上限，未作检查。请分批上传，或以 --max-upload-mib 启动服务以放宽上限。")]
    TooLarge { limit: String },
    #[error("一次最多上传 {limit} 个文件（含压缩包内的文件），未作检查。请分批上传。")]
    TooManyFiles { limit: usize },
    #[error("上传的表单无法读取：{0}")]
    Malformed(String),
    #[error("没有可检查的文件：{0}")]
    Nothing(String),
}

impl UploadError {
    /// The HTTP status that says it.
    pub fn status(&self) -> StatusCode {
        match self {
            UploadError::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            _ => StatusCode::BAD_REQUEST,
        }
    }
}

/// Longest name shown for an uploaded file, in characters: room for a long Chinese title.
const MAX_NAME_CHARS: usize = 160;

/// A client's file name as a label: the last component of a Windows path (old browsers send
/// the whole path), a slash shown as the full-width `／` (a name is never a path), without
/// control or bidi characters, and not too long.
pub fn display_name(raw: &str) -> String {
    let last = raw.rsplit('\\').next().unwrap_or(raw);
    let clean: String = last
        .chars()
        .map(|c| if c == '/' { '／' } else { c })
        .filter(|c| !c.is_control() && !crate::report::terminal::acts_on_terminal(*c))
        .take(MAX_NAME_CHARS)
        .collect();
    let clean = clean.trim();
    if clean.is_empty() || clean == "." || clean == ".." {
        "未命名".to_owned()
    } else {
        clean.to_owned()
    }
}

/// Read the form: its files (zips unpacked), the chosen packs and the lowest severity shown.
pub async fn read(mut form: Multipart, limits: Limits) -> Result<Upload, UploadError> {
    let mut upload = Upload {
        files: Vec::new(),
        refused: Vec::new(),
        packs: Vec::new(),
        min: Severity::Info,
    };
    let too_large = || UploadError::TooLarge {
        limit: limits::size(limits.max_upload_bytes),
    };
    let form_error = |e: axum::extract::multipart::MultipartError| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            too_large()
        } else {
            UploadError::Malformed(e.body_text())
        }
    };
    let mut zips: Vec<UploadedFile> = Vec::new();
    while let Some(mut field) = form.next_field().await.map_err(form_error)? {
        match field.name().unwrap_or_default() {
            "files" => {
                let name = display_name(field.file_name().unwrap_or_default());
                let mut bytes = Vec::new();
                let mut oversize = false;
                while let Some(chunk) = field.chunk().await.map_err(form_error)? {
                    if bytes.len() as u64 + chunk.len() as u64 > limits.max_file_bytes {
                        oversize = true;
                        bytes = Vec::new();
                    }
                    if !oversize {
                        bytes.extend_from_slice(&chunk);
                    }
                }
                if oversize {
                    upload.refused.push(Refused {
                        name,
                        reason: format!(
                            "文件超过单个文件 {} 的上限",
                            limits::size(limits.max_file_bytes)
                        ),
                    });
                } else if bytes.is_empty() && name == "未命名" {
                    // the form's file input, sent with nothing chosen
                } else if is_zip(&name, &bytes) {
                    zips.push(UploadedFile { name, bytes });
                } else {
                    upload.files.push(UploadedFile { name, bytes });
                }
            }
            "packs" => upload
                .packs
                .push(field.text().await.map_err(form_error)?.trim().to_owned()),
            "min" => {
                let text = field.text().await.map_err(form_error)?;
                upload.min = text
                    .trim()
                    .parse()
                    .map_err(|e: String| UploadError::Malformed(e))?;
            }
            _ => {
                // an unknown field is read and dropped
                while field.chunk().await.map_err(form_error)?.is_some() {}
            }
        }
        if upload.files.len() > limits.max_files {
            return Err(UploadError::TooManyFiles {
                limit: limits.max_files,
            });
        }
    }
    let mut unpacked_budget = limits.max_unpacked_bytes();
    for zip in zips {
        match unpack(&zip, &limits, &mut unpacked_budget) {
            Ok((files, skipped)) => {
                upload.files.extend(files);
                upload.refused.extend(skipped);
            }
            Err(reason) => upload.refused.push(Refused {
                name: zip.name,
                reason,
            }),
        }
        if upload.files.len() > limits.max_files {
            return Err(UploadError::TooManyFiles {
                limit: limits.max_files,
            });
        }
    }
    if upload.files.is_empty() {
        let why = if upload.refused.is_empty() {
            "请选择至少一个方案文件（.txt、.html、.docx 等）或其压缩包（.zip）。".to_owned()
        } else {
            upload
                .refused
                .iter()
                .map(|r| format!("“{}”：{}", r.name, r.reason))
                .collect::<Vec<_>>()
                .join("；")
        };
        return Err(UploadError::Nothing(why));
    }
    unique_names(&mut upload.files);
    Ok(upload)
}

/// A zip of plans (not a Word package, which is a zip too): named .zip.
fn is_zip(name: &str, bytes: &[u8]) -> bool {
    name.to_ascii_lowercase().ends_with(".zip") && bytes.starts_with(b"PK")
}

/// Two files of one name (from two folders of a zip) get `（2）`, so each row says which.
fn unique_names(files: &mut [UploadedFile]) {
    let mut seen = std::collections::HashMap::<String, usize>::new();
    for f in files.iter_mut() {
        let n = seen.entry(f.name.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            f.name = format!("{}（{}）", f.name, n);
        }
    }
}

/// An entry's name: UTF-8 when it is, else GBK (what Chinese Windows writes without saying so).
fn entry_name(raw: &[u8]) -> String {
    match std::str::from_utf8(raw) {
        Ok(s) => s.to_owned(),
        Err(_) => encoding_rs::GBK.decode(raw).0.into_owned(),
    }
}

/// Whether an entry name points outside the folder it is unpacked to (`../x`, `/etc/x`,
/// `C:\x`): such a zip is refused whole, as a zip made to attack whoever unpacks it.
fn escapes(name: &str) -> bool {
    let n = name.replace('\\', "/");
    n.starts_with('/') || n.as_bytes().get(1) == Some(&b':') || n.split('/').any(|c| c == "..")
}

/// The plan files of a zip, within the limits; a refused zip's reason.
fn unpack(
    zip: &UploadedFile,
    limits: &Limits,
    budget: &mut u64,
) -> Result<(Vec<UploadedFile>, Vec<Refused>), String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&zip.bytes))
        .map_err(|e| format!("不是可读的 zip 压缩包（{e}）"))?;
    if archive.len() > limits::MAX_ZIP_ENTRIES {
        return Err(format!(
            "压缩包有 {} 个条目，超过 {} 个的上限",
            archive.len(),
            limits::MAX_ZIP_ENTRIES
        ));
    }
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for i in 0..archive.len() {
        let mut entry = archive
            .by_index(i)
            .map_err(|e| format!("第 {} 个条目无法读取（{e}）", i + 1))?;
        let name = entry_name(entry.name_raw());
        if escapes(&name) {
            return Err(format!(
                "条目“{}”指向压缩包之外，整个压缩包已拒绝",
                display_name(&name.replace('\\', "/"))
            ));
        }
        if entry.is_dir() {
            continue;
        }
        let shown: String = name
            .split(['/', '\\'])
            .filter(|c| !c.is_empty() && *c != ".")
            .map(display_name)
            .collect::<Vec<_>>()
            .join("/");
        let shown = format!("{}/{}", zip.name, shown);
        if !crate::discover::is_plan_file(Path::new(&name)) {
            // a zip of a folder holds other files too; they are not plans
            continue;
        }
        if entry.encrypted() {
            skipped.push(Refused {
                name: shown,
                reason: "条目已加密，无法读取".into(),
            });
            continue;
        }
        let oversize = || {
            format!(
                "解压后超过单个文件 {} 的上限",
                limits::size(limits.max_file_bytes)
            )
        };
        if entry.size() > limits.max_file_bytes {
            skipped.push(Refused {
                name: shown,
                reason: oversize(),
            });
            continue;
        }
        // the declared size can lie: read at most one byte past what is allowed
        let allowed = limits.max_file_bytes.min(*budget);
        let mut bytes = Vec::new();
        (&mut entry)
            .take(allowed + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("条目“{shown}”无法解压（{e}）"))?;
        if bytes.len() as u64 > allowed {
            if allowed < limits.max_file_bytes {
                return Err(format!(
                    "解压后的内容超过 {} 的上限（疑似压缩炸弹），整个压缩包已拒绝",
                    limits::size(limits.max_unpacked_bytes())
                ));
            }
            skipped.push(Refused {
                name: shown,
                reason: oversize(),
            });
            continue;
        }
        *budget -= bytes.len() as u64;
        files.push(UploadedFile { name: shown, bytes });
    }
    Ok((files, skipped))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, data) in entries {
            w.start_file(*name, options).unwrap();
            w.write_all(data).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    #[test]
    fn names_are_labels_never_paths() {
        assert_eq!(display_name("../../etc/passwd"), "..／..／etc／passwd");
        assert_eq!(
            display_name("<script>alert(1)</script>.txt"),
            "<script>alert(1)<／script>.txt"
        );
        assert_eq!(display_name("C:\\Users\\a\\方案.docx"), "方案.docx");
        assert_eq!(display_name("a\u{202e}txt.exe"), "atxt.exe");
        assert_eq!(display_name(".."), "未命名");
        assert_eq!(display_name(""), "未命名");
    }

    #[test]
    fn a_zip_of_a_folder_gives_its_plans_only() {
        let z = UploadedFile {
            name: "县.zip".into(),
            bytes: zip_of(&[("县/a.txt", "一、任务".as_bytes()), ("县/logo.png", b"x")]),
        };
        let mut budget = 1 << 20;
        let (files, skipped) = unpack(&z, &Limits::default(), &mut budget).unwrap();
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].name, "县.zip/县/a.txt");
        assert!(skipped.is_empty());
    }

    #[test]
    fn a_zip_reaching_outside_is_refused_whole() {
        let z = UploadedFile {
            name: "x.zip".into(),
            bytes: zip_of(&[("a.txt", b"ok"), ("../../evil.txt", b"x")]),
        };
        let err = unpack(&z, &Limits::default(), &mut (1 << 20))
            .err()
            .unwrap();
        assert!(err.contains("指向压缩包之外"), "{err}");
    }

    #[test]
    fn a_zip_bomb_stops_at_the_budget() {
        let zeros = vec![b' '; 4 << 20];
        let z = UploadedFile {
            name: "bomb.zip".into(),
            bytes: zip_of(&[("a.txt", &zeros), ("b.txt", &zeros)]),
        };
        assert!(z.bytes.len() < 64 << 10, "the bomb compresses");
        let mut budget = 5 << 20;
        let err = unpack(&z, &Limits::default(), &mut budget).err().unwrap();
        assert!(err.contains("压缩炸弹"), "{err}");
    }
}
