//! `check --annotate-docx DIR`: a copy of each checked Word document in `DIR`, with the shown
//! findings as Word comments. Inputs are never written to.

use std::collections::HashSet;
use std::path::{Component, Path, PathBuf};

use planlint::engine::{FileResult, Finding};
use planlint::report::word_comments;

/// Where the copy of `input` goes: its path below `dir` when the path is relative and stays
/// inside (so two `plan.docx` in different folders do not collide), else its file name. A
/// converted .doc or .wps is written as .docx.
fn copy_path(dir: &Path, input: &Path) -> PathBuf {
    let inside = input.is_relative()
        && input
            .components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
    let rel = if inside {
        input.to_path_buf()
    } else {
        PathBuf::from(input.file_name().unwrap_or_default())
    };
    dir.join(rel).with_extension("docx")
}

/// Writes the annotated copies as the results come. Failures are said on stderr as they
/// happen; text inputs are named once, at the end, as skipped.
pub struct DocxAnnotator<'a> {
    dir: &'a Path,
    /// Every input, canonical, so that no copy ever lands on one.
    inputs: HashSet<PathBuf>,
    date: String,
    ok: bool,
    written: usize,
    comments: usize,
    skipped: Vec<String>,
}

impl<'a> DocxAnnotator<'a> {
    /// Copies of the Word documents among `inputs`, written under `dir`.
    pub fn new(dir: &'a Path, inputs: &[PathBuf]) -> DocxAnnotator<'a> {
        DocxAnnotator {
            dir,
            inputs: inputs
                .iter()
                .filter_map(|p| p.canonicalize().ok())
                .collect(),
            date: word_comments::comment_date(),
            ok: true,
            written: 0,
            comments: 0,
            skipped: Vec::new(),
        }
    }

    /// Write the copy of one checked file, with its `shown` findings as comments.
    pub fn file(&mut self, r: &FileResult, shown: &dyn Fn(&Finding) -> bool) {
        let (Some(source), Some(plan)) = (&r.source, &r.plan) else {
            return;
        };
        if source.word.is_none() {
            self.skipped.push(r.path.display().to_string());
            return;
        }
        let out = copy_path(self.dir, &r.path);
        if out
            .canonicalize()
            .is_ok_and(|out| self.inputs.contains(&out))
        {
            eprintln!(
                "planlint: not writing {}: it is an input; choose another --annotate-docx folder",
                out.display()
            );
            self.ok = false;
            return;
        }
        let findings: Vec<&Finding> = r.findings.iter().filter(|f| shown(f)).collect();
        let title = plan.meta.title.as_ref().map(|t| t.span.start..t.span.end);
        // a failure of planlint itself on one document costs only that copy
        let annotated = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            word_comments::annotate(source, &findings, title.clone(), &self.date)
        }));
        let made = annotated
            .map_err(|_| {
                "planlint failed while writing the comments; please report it with the file"
                    .to_owned()
            })
            .and_then(|r| r.map_err(|e| e.to_string()))
            .and_then(|(bytes, n)| {
                if let Some(parent) = out.parent() {
                    std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
                }
                planlint::safe_write::create_or_replace(&out, |f| f.write_all(&bytes))
                    .map_err(|e| e.to_string())?;
                Ok(n)
            });
        match made {
            Ok(n) => {
                self.written += 1;
                self.comments += n;
            }
            Err(e) => {
                eprintln!("planlint: cannot write {}: {e}", out.display());
                self.ok = false;
            }
        }
    }

    /// Say what was written; false when a copy could not be written.
    pub fn finish(self) -> bool {
        if !self.skipped.is_empty() {
            eprintln!(
                "planlint: --annotate-docx writes Word documents only; {} other file(s) skipped (use --format annotated for text): {}",
                self.skipped.len(),
                self.skipped.join(", ")
            );
        }
        eprintln!(
            "planlint: wrote {} annotated Word document(s) with {} comment(s) to {}",
            self.written,
            self.comments,
            self.dir.display()
        );
        self.ok
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_keep_relative_folders_and_become_docx() {
        let d = Path::new("out");
        assert_eq!(
            copy_path(d, Path::new("a/b/plan.docx")),
            Path::new("out/a/b/plan.docx")
        );
        assert_eq!(
            copy_path(d, Path::new("../x/plan.doc")),
            Path::new("out/plan.docx")
        );
        assert_eq!(
            copy_path(d, Path::new("/abs/plan.wps")),
            Path::new("out/plan.docx")
        );
    }
}
