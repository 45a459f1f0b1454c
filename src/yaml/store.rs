//! Where rule files come from: the packs bundled into the binary (`<bundled>/…`) or the disk.

use std::path::{Path, PathBuf};

mod bundled {
    include!(concat!(env!("OUT_DIR"), "/bundled_rules.rs"));
}

/// The root of bundled paths.
pub const BUNDLED: &str = "<bundled>";

/// The names of the bundled packs, in default order.
pub const BUNDLED_PACKS: &[&str] = &["gov-openness", "gbt9704", "zh-text"];

/// The bundled pack of cross-document checks: loaded only when a run traces a lower plan
/// against its upper plan (it finds nothing otherwise).
pub const TRACE_PACK: &str = "trace";

/// A bundled path for `rel` (relative to `rules/`).
pub fn bundled_path(rel: &str) -> PathBuf {
    Path::new(BUNDLED).join(rel)
}

fn bundled_rel(path: &Path) -> Option<String> {
    let rel = path.strip_prefix(BUNDLED).ok()?;
    Some(rel.to_string_lossy().replace('\\', "/"))
}

/// Read a rule, pack or data file.
pub fn read(path: &Path) -> Result<String, String> {
    match bundled_rel(path) {
        Some(rel) => bundled::FILES
            .iter()
            .find(|(p, _)| *p == rel)
            .map(|(_, text)| (*text).to_owned())
            .ok_or_else(|| format!("{}: no such bundled file", path.display())),
        None => std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display())),
    }
}

/// Whether a pack folder exists.
pub fn is_pack(dir: &Path) -> bool {
    match bundled_rel(dir) {
        Some(rel) => bundled::FILES
            .iter()
            .any(|(p, _)| *p == format!("{rel}/pack.yaml")),
        None => dir.join("pack.yaml").is_file(),
    }
}

/// The rule files of a pack folder (its `*.yaml` except `pack.yaml`; sub-folders hold data).
pub fn rule_files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = match bundled_rel(dir) {
        Some(rel) => bundled::FILES
            .iter()
            .filter_map(|(p, _)| p.strip_prefix(&format!("{rel}/")))
            .filter(|name| !name.contains('/'))
            .map(|name| dir.join(name))
            .collect(),
        None => std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .flatten()
                    .map(|e| e.path())
                    .filter(|p| p.is_file())
                    .collect()
            })
            .unwrap_or_default(),
    };
    out.retain(|p| {
        p.extension().is_some_and(|e| e == "yaml" || e == "yml")
            && p.file_name().is_some_and(|n| n != "pack.yaml")
    });
    out.sort();
    out
}

/// Sub-folders of `dir` that are packs (for `planlint test rules/`).
pub fn packs_under(dir: &Path) -> Vec<PathBuf> {
    if is_pack(dir) {
        return vec![dir.to_path_buf()];
    }
    let mut out: Vec<PathBuf> = match bundled_rel(dir) {
        Some(_) => BUNDLED_PACKS.iter().map(|p| bundled_path(p)).collect(),
        None => std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .flatten()
                    .map(|e| e.path())
                    .filter(|p| is_pack(p))
                    .collect()
            })
            .unwrap_or_default(),
    };
    out.sort();
    out
}
