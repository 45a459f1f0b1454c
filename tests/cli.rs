//! The command line as a user runs it: `parse` formats, exit codes, bad input; the conventions
//! of `check` (quiet, statistics, output file, colour); `rules --format json`, `init`,
//! completions and the manual page.

mod common;

use std::process::{Command, Output};

fn planlint(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_planlint"))
        .env("SOURCE_DATE_EPOCH", common::REPORT_EPOCH)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run planlint")
}

#[test]
fn json_is_an_array_with_one_plan_per_file() {
    let out = planlint(&[
        "parse",
        "samples/clean-plan.txt",
        "samples/numbered-paragraphs.txt",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let plans: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let plans = plans.as_array().unwrap();
    assert_eq!(plans.len(), 2);
    assert_eq!(plans[0]["tasks"].as_array().unwrap().len(), 8);
    assert_eq!(
        plans[0]["meta"]["doc_number"]["value"],
        "临政办函〔2026〕15号"
    );
    assert_eq!(plans[0]["meta"]["signing_date"]["value"], "2026-03-10");
    assert_eq!(
        plans[0]["tasks"][0]["deadlines"][0]["value"]["date"],
        "2026-06-30"
    );
    assert_eq!(plans[1]["layout"], "paragraphs");
}

#[test]
fn folders_are_expanded_in_name_order() {
    let out = planlint(&["parse", "samples", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let plans: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let paths: Vec<&str> = plans
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["path"].as_str().unwrap())
        .collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
    assert!(paths.iter().any(|p| p.ends_with("html-table.html")));
    assert!(paths.len() >= 8, "{paths:?}");
}

#[test]
fn csv_ledger_has_a_bom_and_one_row_per_task() {
    let out = planlint(&["parse", "samples/clean-plan.txt", "--format", "csv"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stdout.starts_with(b"\xEF\xBB\xBF"),
        "UTF-8 BOM for spreadsheet programs"
    );
    let text = String::from_utf8(out.stdout[3..].to_vec()).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "文件");
    assert_eq!(&headers[5], "牵头单位");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 8);
    assert_eq!(&rows[0][5], "县司法局");
    assert_eq!(&rows[0][7], "县政府办公室");
    assert_eq!(&rows[0][8], "6月30日前");
    assert_eq!(&rows[0][9], "2026-06-30");
    assert_eq!(&headers[10], "沿用上行");
    assert_eq!(&rows[0][10], "");
    // a value filled down from a merged cell is marked, not passed off as written on the row
    let out = planlint(&["parse", "samples/merged-cells.html", "--format", "csv"]);
    let text = String::from_utf8(out.stdout[3..].to_vec()).unwrap();
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(text.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    assert_eq!(&rows[1][7], "区政府各部门");
    assert_eq!(&rows[1][10], "配合单位");
    assert_eq!(&rows[0][10], "");
}

#[test]
fn table_view_shows_lead_and_deadline() {
    let out = planlint(&[
        "parse",
        "samples/cell-per-line-table.txt",
        "--format",
        "table",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("(7 tasks · year 2026)"), "{text}");
    let row = text.lines().find(|l| l.starts_with("3 ")).unwrap();
    assert!(
        row.contains("区政务服务中心") && row.contains("2026-09-30 (9月底前)"),
        "{row}"
    );
    assert!(
        text.lines().any(|l| l.contains("1（续）")),
        "continuation rows are marked"
    );
}

#[test]
fn bad_input_exits_2_and_the_other_files_are_still_parsed() {
    let dir = common::temp_dir("bad");
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let binary = dir.join("binary.txt");
    std::fs::write(&binary, b"\x00\x01\x02plan").unwrap();
    let docx = dir.join("plan.docx");
    std::fs::write(&docx, b"PK\x03\x04....").unwrap();
    let missing = dir.join("missing.txt");
    let out = planlint(&[
        "parse",
        empty.to_str().unwrap(),
        "samples/clean-plan.txt",
        binary.to_str().unwrap(),
        missing.to_str().unwrap(),
        docx.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("empty.txt: the file is empty"), "{stderr}");
    assert!(
        stderr.contains("binary.txt:1: binary data at byte 0"),
        "{stderr}"
    );
    assert!(stderr.contains("missing.txt: no such file"), "{stderr}");
    assert!(
        stderr.contains(
            "plan.docx: cannot read this Word document: the file is damaged or truncated"
        ),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    let plans: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        plans.as_array().unwrap().len(),
        1,
        "the good file is still parsed"
    );
}

#[test]
fn unknown_format_is_a_usage_error() {
    let out = planlint(&["parse", "samples/clean-plan.txt", "--format", "xml"]);
    assert_eq!(out.status.code(), Some(2));
}

/// A drafting office's own role label, known only through `vocabulary:` in `planlint.yaml`.
#[test]
fn vocabulary_files_in_the_configuration_extend_the_parser() {
    let dir = common::temp_dir("vocabulary");
    std::fs::write(
        dir.join("plan.txt"),
        "某县2026年政务公开工作要点\n\n一、推进决策公开，完成时限：2026年12月底前。\n    抓总科室：县政府办公室\n\n二、推进执行公开，完成时限：2026年11月底前。\n    抓总科室：县发展改革局\n",
    )
    .unwrap();
    let leads = |out: &Output| -> Vec<String> { common::lead_names(&out.stdout) };
    let bare = common::planlint_in(&dir, &["parse", "plan.txt"]);
    assert_eq!(leads(&bare), ["", ""]);
    let bare = common::planlint_in(&dir, &["check", "plan.txt", "--format", "jsonl"]);
    assert!(String::from_utf8_lossy(&bare.stdout).contains("lead-unit-named"));
    std::fs::write(dir.join("planlint.yaml"), "vocabulary: [words.yaml]\n").unwrap();
    std::fs::write(
        dir.join("words.yaml"),
        "version: 1\nunit_labels:\n  lead: [抓总科室]\n",
    )
    .unwrap();
    let out = common::planlint_in(&dir, &["parse", "plan.txt"]);
    assert_eq!(leads(&out), ["县政府办公室", "县发展改革局"]);
    // check reads with the same vocabulary: no missing-lead finding
    let out = common::planlint_in(&dir, &["check", "plan.txt", "--format", "jsonl"]);
    assert!(!String::from_utf8_lossy(&out.stdout).contains("lead-unit-named"));
    // a broken vocabulary file is exit 2 naming the file and line
    std::fs::write(
        dir.join("words.yaml"),
        "version: 1\nunit_labels:\n  lead: 7\n",
    )
    .unwrap();
    let out = common::planlint_in(&dir, &["parse", "plan.txt"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("words.yaml:3"), "{err}");
}

fn text(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn check_conventions_quiet_statistics_output_file_and_colour() {
    let defects = "samples/many-defects.txt";
    let normal = text(&planlint(&["check", defects, "--fail-on", "never"]));
    assert!(normal.lines().last().unwrap().contains("findings"));
    // --quiet: the findings, no summary line
    let quiet = text(&planlint(&["check", defects, "--fail-on", "never", "-q"]));
    assert!(
        !quiet.lines().last().unwrap().contains("findings ("),
        "{quiet}"
    );
    assert!(quiet.contains("gbt9704::doc-number-format"));
    // --statistics: one line per rule, the counts adding up to the total
    let stats = text(&planlint(&[
        "check",
        defects,
        "--fail-on",
        "never",
        "--statistics",
    ]));
    let lines: Vec<&str> = stats.lines().collect();
    let per_rule: usize = lines[..lines.len() - 1]
        .iter()
        .map(|l| {
            l.split_whitespace()
                .next()
                .unwrap()
                .parse::<usize>()
                .unwrap()
        })
        .sum();
    let total: usize = lines
        .last()
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(per_rule, total);
    let jsonl = text(&planlint(&[
        "check",
        defects,
        "--fail-on",
        "never",
        "--format",
        "jsonl",
    ]));
    assert_eq!(total, jsonl.lines().count());
    // --output-file: nothing on stdout, the report in the file
    let dir = common::temp_dir("output-file");
    let file = dir.join("report.json");
    let out = planlint(&[
        "check",
        defects,
        "--fail-on",
        "never",
        "--format",
        "json",
        "-o",
        file.to_str().unwrap(),
    ]);
    assert!(out.stdout.is_empty());
    let report: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert!(report.to_string().contains("doc-number-format"));
    // --color: never plain, always escapes, whatever the terminal
    let never = text(&planlint(&[
        "check",
        defects,
        "--fail-on",
        "never",
        "--color",
        "never",
    ]));
    let always = text(&planlint(&[
        "check",
        defects,
        "--fail-on",
        "never",
        "--color",
        "always",
    ]));
    assert!(!never.contains('\u{1b}'));
    assert!(always.contains("\u{1b}["));
}

#[test]
fn rules_as_json_init_completions_and_the_manual_page() {
    let listed = text(&planlint(&["rules"]));
    let rules: serde_json::Value =
        serde_json::from_slice(&planlint(&["rules", "--format", "json"]).stdout).unwrap();
    let rules = rules.as_array().unwrap();
    assert_eq!(
        rules.len(),
        listed.lines().filter(|l| l.contains("::")).count()
    );
    assert!(rules.iter().any(|r| r["id"] == "gbt9704::doc-number-format"
        && r["fixable"] == true
        && r["severity"] == "error"));
    // init: a commented configuration planlint reads, never over an existing one
    let dir = common::temp_dir("init");
    let out = common::planlint_in(&dir, &["init"]);
    assert_eq!(out.status.code(), Some(0));
    let written = std::fs::read_to_string(dir.join("planlint.yaml")).unwrap();
    assert!(written.contains("# suppress:"));
    assert_eq!(common::planlint_in(&dir, &["init"]).status.code(), Some(2));
    std::fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/clean-plan.txt"),
        dir.join("plan.txt"),
    )
    .unwrap();
    assert_eq!(
        common::planlint_in(&dir, &["check", "plan.txt"])
            .status
            .code(),
        Some(0)
    );
    // completions for the common shells, and a manual page
    for shell in ["bash", "zsh", "fish"] {
        let script = text(&planlint(&["completions", shell]));
        assert!(
            script.contains("planlint") && script.contains("check"),
            "{shell}"
        );
        assert!(
            script.contains("max-file-size"),
            "{shell}: every option is completed"
        );
    }
    let man = text(&planlint(&["man"]));
    assert!(
        man.starts_with(".ie") || man.contains(".TH planlint 1"),
        "{man}"
    );
}
