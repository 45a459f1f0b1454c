//! Which files to check: files named on the command line as they are, and in folders the plan
//! files (text, web pages, Word and the office formats LibreOffice converts, and PDF so that it
//! gets its error) that `.gitignore`/`.ignore` and the configured excludes let through, in name
//! order. Word's lock files (`~$plan.docx`) are not plans.

use std::path::{Path, PathBuf};

use globset::GlobSet;

fn is_plan_file(p: &Path) -> bool {
    let lock_file = p
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with("~$") || n.starts_with(".~lock."));
    !lock_file
        && p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
            crate::ingest::format::EXTENSIONS
                .iter()
                .any(|(x, _)| x.eq_ignore_ascii_case(e))
        })
}

fn excluded(path: &Path, exclude: &GlobSet) -> bool {
    let stripped = path.strip_prefix("./").unwrap_or(path);
    exclude.is_match(stripped)
        || stripped
            .ancestors()
            .any(|a| !a.as_os_str().is_empty() && exclude.is_match(a))
}

/// The plan files under `paths`.
pub fn plan_files(paths: &[PathBuf], exclude: &GlobSet) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for path in paths {
        if !path.is_dir() {
            if !excluded(path, exclude) {
                out.push(path.clone());
            }
            continue;
        }
        // folders of 10^5 plans: the walk runs on every core, the order comes from the sort
        let found = std::sync::Mutex::new(Vec::new());
        ignore::WalkBuilder::new(path)
            .require_git(false)
            .build_parallel()
            .run(|| {
                let found = &found;
                Box::new(move |entry| {
                    if let Ok(entry) = entry {
                        let p = entry.path();
                        if entry.file_type().is_some_and(|t| t.is_file())
                            && is_plan_file(p)
                            && !excluded(p, exclude)
                        {
                            found
                                .lock()
                                .unwrap_or_else(|e| e.into_inner())
                                .push(p.to_path_buf());
                        }
                    }
                    ignore::WalkState::Continue
                })
            });
        out.extend(found.into_inner().unwrap_or_else(|e| e.into_inner()));
    }
    out.sort();
    out.dedup();
    // one file, one check, whatever its spelling (`a.txt`, `./a.txt`, a symlink to it)
    let mut seen = std::collections::HashSet::new();
    out.retain(|p| seen.insert(std::fs::canonicalize(p).unwrap_or_else(|_| p.clone())));
    out
}

/// The files of a run as they are on disk (symlinks followed), to keep the run's own outputs
/// off its inputs.
pub fn canonical_set(files: &[PathBuf]) -> std::collections::HashSet<PathBuf> {
    files
        .iter()
        .filter_map(|p| std::fs::canonicalize(p).ok())
        .collect()
}

/// Whether writing `output` would overwrite one of the run's inputs.
pub fn is_input(output: &Path, inputs: &std::collections::HashSet<PathBuf>) -> bool {
    std::fs::canonicalize(output).is_ok_and(|p| inputs.contains(&p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use globset::{Glob, GlobSetBuilder};

    #[test]
    fn gitignore_and_excludes_are_respected() {
        let dir = std::env::temp_dir().join(format!("planlint-discover-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("drafts")).unwrap();
        std::fs::create_dir_all(dir.join("old")).unwrap();
        for f in [
            "a.txt",
            "b.html",
            "c.md",
            "drafts/d.txt",
            "old/e.txt",
            "ignored.txt",
        ] {
            std::fs::write(dir.join(f), "x").unwrap();
        }
        std::fs::write(dir.join(".gitignore"), "ignored.txt\n").unwrap();
        let mut b = GlobSetBuilder::new();
        b.add(Glob::new("**/drafts").unwrap());
        let files = plan_files(std::slice::from_ref(&dir), &b.build().unwrap());
        let names: Vec<String> = files
            .iter()
            .map(|p| p.strip_prefix(&dir).unwrap().display().to_string())
            .collect();
        assert_eq!(names, ["a.txt", "b.html", "old/e.txt"]);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
