//! `planlint init`: a commented planlint.yaml to start from, every key shown with its default.

use std::process::ExitCode;

use super::EXIT_ERROR;

/// The file `init` writes: what each key does, the defaults in force, examples commented out.
const TEMPLATE: &str = r#"# planlint.yaml — the configuration planlint finds in this folder or any folder above it
# (or takes from --config). Every key is optional; the values below are the defaults.

# Rule packs in force: the bundled ones by name, or folders of your own (relative to this file).
packs: [gov-openness, gbt9704, zh-text]

# Extra folders of packs (each with a pack.yaml and one YAML file per rule).
# rule_dirs: [rules/]

# Rules switched off, given another severity, or given parameters. A bare rule name works when
# it is unique; `planlint rules` lists them and `planlint explain RULE` tells what each checks.
# rules:
#   zh-text::halfwidth-punctuation: off      # off | error | warning | info | hint
#   lead-unit-concrete: error
#   common-typos:
#     severity: error
#     params:
#       entries:
#         - wrong: 加强政策
#           right: 强化政策

# Paths never checked: globs relative to this file's folder.
# exclude: ["**/drafts", "archive/*.txt"]

# A rule silenced for some files (or one task), each with the reason the next auditor will read.
# A suppression that matches nothing is reported.
# suppress:
#   - rule: common-typos
#     file: "plans/2019/*.txt"
#     reason: 历史文件，保留原文
#   - rule: gov-openness::lead-unit-named
#     file: plans/plan.txt
#     task: 4
#     reason: 已另文明确牵头单位

# Workday calendars merged into the bundled one (new years, local holidays): docs/workdays.md.
# calendar: calendars/local.yaml

# Word lists merged into the parser's (unit names, column names, chrome): docs/plan-model.md.
# vocabulary: [vocabulary/local.yaml]

# Lower plans checked against the upper plan they implement (tasks not carried down, later
# deadlines, missing leads): docs/trace.md. Paths and globs relative to this file's folder.
# trace:
#   - upper: upper/2025年政务公开工作要点.docx
#     lower: ["counties/*.docx"]

# Where the rules' documentation lives, for links in SARIF and the HTML report.
# docs_url: "https://example.org/planlint/{pack}/{rule}"
"#;

pub fn run(force: bool) -> ExitCode {
    let path = std::path::Path::new("planlint.yaml");
    if path.exists() && !force {
        eprintln!("planlint: planlint.yaml already exists here; --force replaces it");
        return ExitCode::from(EXIT_ERROR);
    }
    match planlint::safe_write::create_or_replace(path, |f| f.write_all(TEMPLATE.as_bytes())) {
        Ok(()) => {
            eprintln!(
                "planlint: wrote planlint.yaml (every key commented; the defaults are in force)"
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("planlint: {e}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_is_a_valid_configuration() {
        let dir = std::env::temp_dir().join(format!("planlint-init-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let config = planlint::config::Config::from_text(&dir.join("planlint.yaml"), TEMPLATE)
            .unwrap_or_else(|e| panic!("{}", e.message));
        assert_eq!(config.packs.len(), 3);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
