//! Older office formats (.doc, .wps, .rtf, .odt) read through LibreOffice: converted to .docx
//! in a private temporary folder, headless, with a time limit, and never next to the user's
//! file (LibreOffice leaves lock files beside what it opens, so it opens a copy).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::IngestError;

/// LibreOffice's first start with a fresh profile takes several seconds; a conversion that
/// has not finished in this time is hung on a hostile or broken file.
pub const CONVERSION_TIMEOUT: Duration = Duration::from_secs(120);

/// How often the conversion is looked at while it runs.
const POLL: Duration = Duration::from_millis(50);

/// The LibreOffice program on the PATH, if any.
pub fn soffice() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| ["soffice", "libreoffice"].map(|name| dir.join(name)))
        .find(|p| p.is_file())
}

/// Convert `path` (a `what` file) to .docx bytes.
pub fn to_docx(path: &Path, bytes: &[u8], what: &'static str) -> Result<Vec<u8>, IngestError> {
    let fail = |reason: String| IngestError::Conversion {
        path: path.to_path_buf(),
        what,
        reason,
    };
    let Some(program) = soffice() else {
        return Err(IngestError::NeedsOffice {
            path: path.to_path_buf(),
            what,
        });
    };
    let dir = tempfile::Builder::new()
        .prefix("planlint-convert-")
        .tempdir()
        .map_err(|e| fail(format!("cannot make a temporary folder: {e}")))?;
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .filter(|e| e.chars().all(|c| c.is_ascii_alphanumeric()))
        .unwrap_or("doc");
    let input = dir.path().join(format!("input.{ext}"));
    std::fs::write(&input, bytes).map_err(|e| fail(format!("cannot copy the file: {e}")))?;
    let out = dir.path().join("out");
    let profile = dir.path().join("profile");
    let mut child = Command::new(&program)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--nologo",
            "--nolockcheck",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
        ])
        .arg(&out)
        .arg(&input)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| fail(format!("cannot start {}: {e}", program.display())))?;
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > CONVERSION_TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(fail(format!(
                    "LibreOffice did not finish in {} s",
                    CONVERSION_TIMEOUT.as_secs()
                )));
            }
            Ok(None) => std::thread::sleep(POLL),
            Err(e) => return Err(fail(format!("lost the LibreOffice process: {e}"))),
        }
    };
    let converted = out.join("input.docx");
    match std::fs::read(&converted) {
        Ok(bytes) if !bytes.is_empty() => Ok(bytes),
        _ => {
            let mut stderr = String::new();
            if let Some(mut e) = child.stderr.take() {
                use std::io::Read;
                let _ = e.read_to_string(&mut stderr);
            }
            let detail = stderr.lines().last().unwrap_or("").trim().to_owned();
            Err(fail(if detail.is_empty() {
                format!("LibreOffice wrote no document ({status})")
            } else {
                format!("LibreOffice wrote no document ({status}): {detail}")
            }))
        }
    }
}
