//! The `planlint parse` command as a user runs it: formats, exit codes, bad input.

mod common;

use std::process::{Command, Output};

fn planlint(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_planlint"))
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
    let leads = |out: &Output| -> Vec<String> {
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v[0]["tasks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| {
                t["units"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter(|u| u["role"] == "lead")
                    .map(|u| u["name"].as_str().unwrap().to_owned())
                    .collect::<Vec<_>>()
                    .join("、")
            })
            .collect()
    };
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
