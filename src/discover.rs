//! Which files to check: files named on the command line as they are, and in folders the plan
//! files (text, web pages, Word and the office formats LibreOffice converts, and PDF so that it
//! gets its error) that `.gitignore`/`.ignore` and the configured excludes let through, in name
//! order. Word's lock files (`~$plan.docx`) are not plans.

use std::path::{Path, PathBuf};

use globset::GlobSet;

/// Whether a folder entry is a plan file by its name (an extension planlint reads, and not an
/// office lock file); also what a zip uploaded to `planlint serve` is searched for.
pub fn is_plan_file(p: &Path) -> bool {
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

/// Globs over file paths (`exclude:` and `suppress:` in planlint.yaml), matched against a path
/// as given on the command line and relative to the folder of the configuration that holds
/// them, so the same configuration applies whatever folder planlint is run from.
#[derive(Debug, Clone)]
pub struct PathGlobs {
    set: GlobSet,
    /// The configuration's folder, canonical.
    base: Option<PathBuf>,
}

impl Default for PathGlobs {
    fn default() -> Self {
        PathGlobs {
            set: GlobSet::empty(),
            base: None,
        }
    }
}

impl PathGlobs {
    /// `set` over paths relative to `base` (a configuration's folder) or as given.
    pub fn new(set: GlobSet, base: Option<&Path>) -> PathGlobs {
        PathGlobs {
            set,
            base: base.and_then(|b| std::fs::canonicalize(b).ok()),
        }
    }

    /// Whether `path`, or a folder it is in, matches.
    pub fn matches(&self, path: &Path) -> bool {
        if self.set.is_empty() {
            return false;
        }
        let hit = |p: &Path| {
            self.set.is_match(p)
                || p.ancestors()
                    .any(|a| !a.as_os_str().is_empty() && self.set.is_match(a))
        };
        let stripped = path.strip_prefix("./").unwrap_or(path);
        hit(stripped)
            || self
                .base
                .as_deref()
                .and_then(|b| relative_to(path, b))
                .is_some_and(|rel| hit(Path::new(&rel)))
    }
}

/// `path` relative to the folder `base` (canonical), `/`-separated, when it lies inside it.
pub fn relative_to(path: &Path, base: &Path) -> Option<String> {
    let abs = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().ok()?.join(path)
    };
    let abs = std::fs::canonicalize(&abs).unwrap_or_else(|_| crate::rules::normalize_path(&abs));
    Some(slash_joined(abs.strip_prefix(base).ok()?))
}

/// A path with `/` between its parts, whatever the platform writes (`/` alone for an absolute
/// path's root): how configurations, baselines and globs spell paths.
pub fn slash_joined(path: &Path) -> String {
    let parts: Vec<String> = path
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    // an absolute path's root is a part of its own (`/`): joined, it doubles the first slash
    parts.join("/").replacen("//", "/", 1)
}

fn excluded(path: &Path, exclude: &PathGlobs) -> bool {
    exclude.matches(path)
}

/// A folder entry the walk could not read (no permission, a broken link, a loop).
#[derive(Debug, Clone)]
pub struct WalkError {
    pub path: PathBuf,
    pub message: String,
}

impl std::fmt::Display for WalkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: cannot read: {}", self.path.display(), self.message)
    }
}

/// What a folder walk found: the plan files, the files it passed over, and the entries it
/// could not read.
#[derive(Debug, Default)]
pub struct Discovered {
    pub files: Vec<PathBuf>,
    pub skipped: Vec<Skipped>,
    pub errors: Vec<WalkError>,
}

/// A file in a walked folder that is not checked, and why.
#[derive(Debug, Clone)]
pub struct Skipped {
    pub path: PathBuf,
    pub why: SkipReason,
}

/// Why a file in a walked folder is not checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkipReason {
    /// Its extension is not one of a plan's (`.md`, `.jpg`, `.json`).
    NotAPlanFile,
    /// An HTML report planlint wrote: checking it would report the report.
    OwnReport,
}

/// The marker planlint's HTML report carries in its head, so that a later walk of the folder
/// it was written to passes it over instead of checking it as a plan.
pub const REPORT_GENERATOR: &str = "<meta name=\"generator\" content=\"planlint\">";

/// How far into an HTML file the report marker is looked for: it stands in the head.
const REPORT_MARKER_REACH: usize = 1024;

/// Whether the file at `p` is an HTML report planlint wrote.
fn is_own_report(p: &Path) -> bool {
    let html = p
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
    if !html {
        return false;
    }
    let mut head = [0u8; REPORT_MARKER_REACH];
    let n = std::fs::File::open(p)
        .and_then(|mut f| std::io::Read::read(&mut f, &mut head))
        .unwrap_or(0);
    String::from_utf8_lossy(&head[..n]).contains(REPORT_GENERATOR)
}

/// The plan files under `paths` (files named as they are, folders walked), with what the walk
/// passed over and could not read.
pub fn discover(paths: &[PathBuf], exclude: &PathGlobs) -> Discovered {
    let mut out = Vec::new();
    let errors = std::sync::Mutex::new(Vec::new());
    let skipped = std::sync::Mutex::new(Vec::new());
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
                let errors = &errors;
                let skipped = &skipped;
                Box::new(move |entry| {
                    let entry = match entry {
                        Ok(entry) => entry,
                        Err(e) => {
                            let path = walk_error_path(&e).unwrap_or_else(|| path.clone());
                            errors
                                .lock()
                                .unwrap_or_else(|e| e.into_inner())
                                .push(WalkError {
                                    path,
                                    message: walk_error_message(&e),
                                });
                            return ignore::WalkState::Continue;
                        }
                    };
                    let p = entry.path();
                    if !entry.file_type().is_some_and(|t| t.is_file()) || excluded(p, exclude) {
                        return ignore::WalkState::Continue;
                    }
                    let why = if !is_plan_file(p) {
                        Some(SkipReason::NotAPlanFile)
                    } else if is_own_report(p) {
                        Some(SkipReason::OwnReport)
                    } else {
                        None
                    };
                    match why {
                        None => found
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .push(p.to_path_buf()),
                        Some(why) => {
                            skipped
                                .lock()
                                .unwrap_or_else(|e| e.into_inner())
                                .push(Skipped {
                                    path: p.to_path_buf(),
                                    why,
                                })
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
    let mut errors = errors.into_inner().unwrap_or_else(|e| e.into_inner());
    errors.sort_by(|a, b| a.path.cmp(&b.path));
    let mut skipped = skipped.into_inner().unwrap_or_else(|e| e.into_inner());
    skipped.sort_by(|a, b| a.path.cmp(&b.path));
    Discovered {
        files: out,
        skipped,
        errors,
    }
}

/// The path an error of the walk is about, when it names one.
fn walk_error_path(e: &ignore::Error) -> Option<PathBuf> {
    match e {
        ignore::Error::WithPath { path, .. } => Some(path.clone()),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            walk_error_path(err)
        }
        ignore::Error::Loop { child, .. } => Some(child.clone()),
        _ => None,
    }
}

/// What went wrong, without the path (reported beside it).
fn walk_error_message(e: &ignore::Error) -> String {
    match e {
        ignore::Error::WithPath { err, .. }
        | ignore::Error::WithDepth { err, .. }
        | ignore::Error::WithLineNumber { err, .. } => walk_error_message(err),
        ignore::Error::Loop { ancestor, .. } => {
            format!("a symlink loop back to {}", ancestor.display())
        }
        other => other.to_string(),
    }
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
        let files = discover(
            std::slice::from_ref(&dir),
            &PathGlobs::new(b.build().unwrap(), None),
        )
        .files;
        let names: Vec<String> = files
            .iter()
            .map(|p| p.strip_prefix(&dir).unwrap().display().to_string())
            .collect();
        assert_eq!(names, ["a.txt", "b.html", "old/e.txt"]);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn walk_errors_name_their_path_and_say_what_happened() {
        let e = ignore::Error::WithDepth {
            depth: 2,
            err: Box::new(ignore::Error::WithPath {
                path: PathBuf::from("plans/locked"),
                err: Box::new(ignore::Error::Io(std::io::Error::new(
                    std::io::ErrorKind::PermissionDenied,
                    "Permission denied",
                ))),
            }),
        };
        assert_eq!(walk_error_path(&e), Some(PathBuf::from("plans/locked")));
        let shown = WalkError {
            path: walk_error_path(&e).unwrap(),
            message: walk_error_message(&e),
        }
        .to_string();
        assert_eq!(shown, "plans/locked: cannot read: Permission denied");
    }
}
