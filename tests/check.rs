//! `planlint check` as users run it: the seed defects by named rule on the right characters,
//! the clean and defect samples, exit codes, configuration, determinism across thread counts.

mod common;

use std::path::Path;
use std::process::Output;

use serde_json::Value;

use common::planlint_in;

fn planlint(args: &[&str]) -> Output {
    planlint_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

/// A text written to a file of its own and parsed by the binary: its `parse` JSON output.
fn parse_json(dir_name: &str, text: &str) -> Vec<u8> {
    let path = common::temp_dir(dir_name).join("plan.txt");
    std::fs::write(&path, text).unwrap();
    planlint(&["parse", path.to_str().unwrap(), "--format", "json"]).stdout
}

/// Every finding on `path` at any severity, whatever the exit code would have been.
fn every_finding(path: &str) -> Vec<Value> {
    findings(&planlint(&[
        "check",
        path,
        "--format",
        "jsonl",
        "--min-severity",
        "hint",
        "--fail-on",
        "never",
    ]))
}

fn findings(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

/// (rule, line, column, the characters the span covers)
fn located(path: &Path, f: &Value) -> (String, u64, u64, String) {
    let text = std::fs::read_to_string(path).unwrap();
    let span = &f["span"];
    let (s, e) = (
        span["start"].as_u64().unwrap() as usize,
        span["end"].as_u64().unwrap() as usize,
    );
    (
        f["rule"].as_str().unwrap().to_owned(),
        span["line"].as_u64().unwrap(),
        span["column"].as_u64().unwrap(),
        text[s..e].to_owned(),
    )
}

fn rule_counts(fs: &[Value]) -> Vec<(String, usize)> {
    let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
    for f in fs {
        *counts
            .entry(f["rule"].as_str().unwrap().to_owned())
            .or_default() += 1;
    }
    counts.into_iter().collect()
}

#[test]
fn seed_defects_are_reported_by_named_rules_on_the_right_characters() {
    let Some(dir) = common::seeds_dir() else {
        return;
    };
    let seed = |p: &str| common::seed(p).unwrap();
    let out = planlint(&[
        "check",
        dir.to_str().unwrap(),
        "--format",
        "jsonl",
        "--min-severity",
        "info",
    ]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let all = findings(&out);
    let of = |p: &str| -> Vec<Value> {
        let path = seed(p).display().to_string();
        all.iter()
            .filter(|f| f["path"] == path.as_str())
            .cloned()
            .collect()
    };
    let has = |p: &str, rule: &str, line: u64, text: &str| {
        let path = seed(p);
        assert!(
            of(p)
                .iter()
                .map(|f| located(&path, f))
                .any(|(r, l, _, t)| r == rule && l == line && t == text),
            "{p}: expected {rule} on line {line} at “{text}”"
        );
    };
    // 000: 发文字号 in （） brackets
    has("000", "gbt9704::doc-number-format", 5, "（2019）");
    // 002: 序号 3 twice, renamed units, a garbled word, the draft marker, item 21's dates
    has("002", "gov-openness::numbering-sequence", 42, "3");
    for name in [
        "环保局",
        "卫生计生委",
        "食药监局",
        "安监局",
        "文广新局",
        "国土资源分局",
        "卫计委",
        "旅发委",
    ] {
        assert!(
            of("002")
                .iter()
                .any(|f| f["rule"] == "gov-openness::obsolete-unit-names"
                    && f["message"]
                        .as_str()
                        .unwrap()
                        .starts_with(&format!("“{name}”"))),
            "002: {name} not reported"
        );
    }
    has("002", "gov-openness::obsolete-unit-names", 140, "食药监局");
    has("002", "zh-text::common-typos", 140, "退静");
    has("002", "gov-openness::draft-marker", 1, "征求意见稿");
    has("002", "gov-openness::deadline-conflict", 228, "8月底前");
    // 003: 福社, 领城, no 成文日期, no issuer, the missing 二、
    has("003", "zh-text::common-typos", 26, "福社");
    has("003", "zh-text::common-typos", 40, "领城");
    assert!(of("003")
        .iter()
        .any(|f| f["rule"] == "gbt9704::signing-date-present"));
    assert!(of("003")
        .iter()
        .any(|f| f["rule"] == "gbt9704::issuer-present"));
    has(
        "003",
        "gov-openness::numbering-sequence",
        14,
        "三、重点任务分工",
    );
    // 004: tasks left to 各单位按职责分工落实
    has("004", "gov-openness::lead-unit-named", 30, "各单位");

    // the complete, reviewed set: nothing a careful auditor would call false
    let expect = |p: &str, counts: &[(&str, usize)]| {
        let got = rule_counts(&of(p));
        let want: Vec<(String, usize)> = counts.iter().map(|(r, n)| (r.to_string(), *n)).collect();
        assert_eq!(got, want, "{p}");
    };
    expect(
        "000",
        &[
            ("gbt9704::doc-number-format", 1),
            ("gov-openness::deadline-present", 32),
            ("gov-openness::deadline-share", 1),
            // task 27 is left to 各镇（街道） alone: a class, not one accountable unit
            ("gov-openness::lead-unit-concrete", 1),
            ("gov-openness::lead-unit-named", 21),
            ("gov-openness::plan-published-late", 1),
        ],
    );
    expect(
        "001",
        &[
            ("gbt9704::issuer-present", 1),
            ("gbt9704::signing-date-present", 1),
            ("gov-openness::deadline-present", 19),
            ("gov-openness::deadline-share", 1),
            ("gov-openness::plan-published-late", 1),
        ],
    );
    expect(
        "002",
        &[
            ("gov-openness::deadline-conflict", 1),
            ("gov-openness::draft-marker", 1),
            // item 1's second row and item 2: 区政府各部门负责落实, no one unit accountable
            ("gov-openness::lead-unit-concrete", 2),
            ("gov-openness::lead-unit-named", 9),
            ("gov-openness::numbering-sequence", 1),
            ("gov-openness::obsolete-unit-names", 17),
            ("zh-text::common-typos", 1),
        ],
    );
    expect(
        "003",
        &[
            ("gbt9704::issuer-present", 1),
            ("gbt9704::signing-date-present", 1),
            ("gov-openness::deadline-present", 17),
            ("gov-openness::deadline-share", 1),
            ("gov-openness::lead-unit-named", 6),
            ("gov-openness::numbering-sequence", 1),
            ("zh-text::common-typos", 2),
        ],
    );
    expect(
        "004",
        &[
            ("gov-openness::deadline-present", 47),
            ("gov-openness::deadline-share", 1),
            ("gov-openness::lead-unit-named", 29),
            ("gov-openness::plan-published-late", 1),
        ],
    );
}

#[test]
fn clean_sample_has_no_findings_at_any_severity() {
    let out = planlint(&["check", "samples/clean-plan.txt", "--min-severity", "hint"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("no findings in 1 file"), "{text}");
}

#[test]
fn a_plan_cut_into_page_chunks_gives_the_findings_of_the_original() {
    // samples/page-chunks.txt is samples/numbered-paragraphs.txt as a document-sharing site
    // shows it: glued into one line, cut into numbered 300-character chunks
    let read = |path: &str| {
        let mut found: Vec<(String, String)> = every_finding(path)
            .iter()
            .map(|f| {
                (
                    f["rule"].as_str().unwrap().to_owned(),
                    f["message"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        found.sort();
        found
    };
    let original = read("samples/numbered-paragraphs.txt");
    assert!(!original.is_empty());
    assert_eq!(read("samples/page-chunks.txt"), original);
}

#[test]
fn a_task_the_copy_is_cut_off_inside_is_reported_only_as_cut_off() {
    // samples/cut-off-copy.txt ends inside its sixth task: counted, but what it lacks (a lead,
    // a time) was lost with the page, so only `text-cut-off` speaks of it
    let text = std::fs::read_to_string("samples/cut-off-copy.txt").unwrap();
    let cut_at = text.find("开展目录编制专题培训").expect("the cut task") as u64;
    let on_cut: Vec<String> = every_finding("samples/cut-off-copy.txt")
        .iter()
        .filter(|f| f["task"].as_u64() == Some(6) || f["span"]["start"].as_u64() >= Some(cut_at))
        .map(|f| f["rule"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(on_cut, ["gov-openness::text-cut-off"]);
    let plan: Value = serde_json::from_slice(
        &planlint(&["parse", "samples/cut-off-copy.txt", "--format", "json"]).stdout,
    )
    .unwrap();
    let tasks = plan[0]["tasks"].as_array().unwrap();
    assert_eq!(tasks.len(), 6);
    assert_eq!(tasks[5]["cut_off"], true);
    assert!(tasks[..5].iter().all(|t| t.get("cut_off").is_none()));
}

#[test]
fn defect_sample_gives_exactly_its_snapshot() {
    let out = planlint(&[
        "check",
        "samples/many-defects.txt",
        "--format",
        "jsonl",
        "--min-severity",
        "hint",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let path = common::samples_dir().join("many-defects.txt");
    let lines: Vec<String> = findings(&out)
        .iter()
        .map(|f| {
            let (rule, line, col, text) = located(&path, f);
            let fix = f["fix"]["replacement"]
                .as_str()
                .map(|r| format!(" → fix “{r}”"))
                .unwrap_or_default();
            format!(
                "{line}:{col} {rule} [{}] “{text}” {}{fix}",
                f["severity"].as_str().unwrap(),
                f["message"].as_str().unwrap()
            )
        })
        .collect();
    insta::with_settings!({snapshot_path => "snapshots", prepend_module_to_snapshot => false}, {
        insta::assert_snapshot!("check-many-defects", lines.join("\n"));
    });
}

#[test]
fn output_is_identical_for_any_thread_count() {
    let mut targets = vec!["samples".to_owned()];
    if let Some(dir) = common::seeds_dir() {
        targets.push(dir.display().to_string());
    }
    let run = |jobs: &str| {
        let mut args = vec![
            "check",
            "--format",
            "json",
            "--min-severity",
            "hint",
            "-j",
            jobs,
        ];
        args.extend(targets.iter().map(String::as_str));
        planlint(&args).stdout
    };
    let one = run("1");
    assert!(one.len() > 1000);
    assert_eq!(one, run("2"));
    assert_eq!(one, run("2"));
}

/// A file checked alone has its rules run side by side on the pool; among many files each
/// worker runs its own file's rules. Either way the findings are the same, in the same order.
#[test]
fn a_file_checked_alone_gets_the_findings_it_gets_among_others() {
    let file = "samples/many-defects.txt";
    let args = |target: &'static str| {
        vec![
            "check",
            target,
            "--format",
            "jsonl",
            "--min-severity",
            "hint",
            "-j",
            "2",
        ]
    };
    let alone = String::from_utf8(planlint(&args(file)).stdout).unwrap();
    let among = String::from_utf8(planlint(&args("samples")).stdout).unwrap();
    let picked: Vec<&str> = among
        .lines()
        .filter(|l| l.contains("\"path\":\"samples/many-defects.txt\""))
        .collect();
    assert!(picked.len() >= 10, "{} findings", picked.len());
    assert_eq!(alone.lines().collect::<Vec<_>>(), picked);
}

#[test]
fn exit_codes_follow_fail_on() {
    // many-defects has errors: 1; with --fail-on never: 0
    assert_eq!(
        planlint(&["check", "samples/many-defects.txt"])
            .status
            .code(),
        Some(1)
    );
    assert_eq!(
        planlint(&["check", "samples/many-defects.txt", "--fail-on", "never"])
            .status
            .code(),
        Some(0)
    );
    // hints are not shown by default but --fail-on hint still sees them
    let dir = common::temp_dir("failon");
    std::fs::write(dir.join("plan.txt"), "白河县2025年政务公开工作要点\n\n1.做好政策解读,依申请公开和政府网站建设，6月底前完成。（县政府办公室牵头落实）\n\n白河县人民政府办公室\n\n2025年4月1日\n").unwrap();
    let plain = planlint_in(&dir, &["check", "plan.txt"]);
    assert_eq!(
        plain.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&plain.stdout)
    );
    assert!(String::from_utf8_lossy(&plain.stdout).contains("1 below --min-severity not shown"));
    assert_eq!(
        planlint_in(&dir, &["check", "plan.txt", "--fail-on", "hint"])
            .status
            .code(),
        Some(1)
    );
    // unreadable input: 2, and the other files are still checked
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    let out = planlint_in(
        &dir,
        &["check", ".", "--format", "jsonl", "--min-severity", "hint"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("empty.txt: the file is empty"));
    assert_eq!(findings(&out).len(), 1, "plan.txt still checked");
}

#[test]
fn configuration_switches_rules_off_sets_severity_parameters_and_excludes() {
    let dir = common::temp_dir("config");
    std::fs::create_dir_all(dir.join("plans/drafts")).unwrap();
    std::fs::copy(
        common::samples_dir().join("many-defects.txt"),
        dir.join("plans/a.txt"),
    )
    .unwrap();
    std::fs::copy(
        common::samples_dir().join("many-defects.txt"),
        dir.join("plans/drafts/b.txt"),
    )
    .unwrap();
    std::fs::write(
        dir.join("planlint.yaml"),
        "rules:\n  lead-unit-named: off\n  gov-openness::deadline-present: warning\n  common-typos:\n    params:\n      entries:\n        - wrong: 加强政策\n          right: 强化政策\nexclude:\n  - \"**/drafts\"\n",
    )
    .unwrap();
    let out = planlint_in(&dir.join("plans"), &["check", ".", "--format", "jsonl"]);
    let fs = findings(&out);
    assert!(!fs.is_empty());
    assert!(
        fs.iter()
            .all(|f| f["path"].as_str().unwrap().ends_with("a.txt")),
        "drafts excluded"
    );
    assert!(fs
        .iter()
        .all(|f| f["rule"] != "gov-openness::lead-unit-named"));
    assert!(fs
        .iter()
        .any(|f| f["rule"] == "gov-openness::deadline-present" && f["severity"] == "warning"));
    assert!(
        fs.iter()
            .any(|f| f["message"] == "疑似错别字：“加强政策”应为“强化政策”"),
        "parameters merged into the check"
    );
    let rules = String::from_utf8(planlint_in(&dir, &["rules"]).stdout).unwrap();
    assert!(rules.contains("gov-openness::lead-unit-named") && rules.contains("(off)"));

    std::fs::write(
        dir.join("planlint.yaml"),
        "rules:\n  lead-unit-nmaed: off\n",
    )
    .unwrap();
    let out = planlint_in(&dir, &["check", "plans"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("`lead-unit-nmaed` names no loaded rule")
            && stderr.contains("planlint.yaml:2:3"),
        "{stderr}"
    );
}

#[test]
fn bundled_rules_pass_their_own_examples() {
    let out = planlint(&["test", "rules/"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    let last = text.lines().last().unwrap();
    assert!(
        last.ends_with("passed, 0 failed") && !last.starts_with("0 "),
        "{last}"
    );
}

#[test]
fn a_rule_that_cannot_fire_on_its_invalid_example_fails_the_self_test() {
    let dir = common::temp_dir("selftest");
    std::fs::write(dir.join("pack.yaml"), "name: local\n").unwrap();
    std::fs::write(
        dir.join("never.yaml"),
        "id: never\ntitle: 永不触发\nseverity: error\nscope: task\ncheck:\n  kind: pattern\n  field: task.text\n  must_not_match:\n    - regex: 不存在的词\nmessage: \"{detail}\"\nexamples:\n  invalid: [\"1.做好公开。（区政府办公室牵头落实）\"]\n",
    )
    .unwrap();
    let out = planlint(&["test", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("FAIL local::never") && text.contains("got: no finding"),
        "{text}"
    );
}

#[test]
fn broken_rule_files_are_reported_at_their_yaml_line() {
    let cases = [
        (
            "bad-yaml",
            "rule.yaml:7:9",
            "mapping values are not allowed",
        ),
        ("unknown-field", "rule.yaml:9:1", "did you mean `severity`?"),
        (
            "unknown-kind",
            "rule.yaml:6:9",
            "unknown kind `presence` — did you mean `present`?",
        ),
        ("invalid-regex", "rule.yaml:9:15", "invalid regex"),
        (
            "unknown-placeholder",
            "rule.yaml:8:14",
            "unknown placeholder `{task.numbr}` (did you mean `{task.number}`?)",
        ),
        (
            "unknown-param",
            "rule.yaml:9:3",
            "unknown field `sole_unit`, expected one of `field`, `expect`, `concrete`, `accountable`, `skip_missing`, `sole_unit_is_lead`, did you mean `sole_unit_is_lead`?",
        ),
        ("extends-itself/a", "b/pack.yaml:2:1", "pack extends itself"),
    ];
    for (case, at, message) in cases {
        let dir = format!("tests/fixtures/broken/{case}");
        let out = planlint(&["test", &dir]);
        assert_eq!(out.status.code(), Some(2), "{case}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(at), "{case}: expected {at} in\n{stderr}");
        assert!(
            stderr.contains(message),
            "{case}: expected “{message}” in\n{stderr}"
        );
        assert!(!stderr.contains("panicked"));
    }
}

#[test]
fn explain_shows_docs_references_and_examples_with_their_findings() {
    let out = planlint(&["explain", "doc-number-format"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("gbt9704::doc-number-format — 发文字号须符合 GB/T 9704 格式"));
    assert!(text.contains("GB/T 9704-2012《党政机关公文格式》7.2.5 发文字号"));
    assert!(
        text.contains("→ 发文字号“汕市区府办函（2019）134号”不合规范：年份须用六角括号“〔〕”括入")
    );
    assert_eq!(
        planlint(&["explain", "no-such-rule"]).status.code(),
        Some(2)
    );
}

#[test]
fn human_report_points_at_characters_and_ends_with_a_summary() {
    let out = planlint(&["check", "samples/many-defects.txt"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("gbt9704::doc-number-format"));
    assert!(
        text.contains("samples/many-defects.txt:3:4]"),
        "columns count characters:\n{text}"
    );
    let last = text.lines().last().unwrap();
    assert!(last.starts_with("26 findings (13 errors, 11 warnings, 2 info) in 1 file · 1 below --min-severity not shown"), "{last}");
}

#[test]
fn a_local_pack_extends_a_bundled_one_and_checks_a_unit_registry() {
    let out = planlint(&["test", "tests/fixtures/packs/city"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    let dir = common::temp_dir("city");
    std::fs::write(
        dir.join("planlint.yaml"),
        format!(
            "packs: [{}/tests/fixtures/packs/city]\n",
            env!("CARGO_MANIFEST_DIR")
        ),
    )
    .unwrap();
    // every unit of the clean plan is in the list or names a class (not judged)
    std::fs::copy(
        common::samples_dir().join("clean-plan.txt"),
        dir.join("clean.txt"),
    )
    .unwrap();
    let out = planlint_in(&dir, &["check", "clean.txt", "--format", "jsonl"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(findings(&out).is_empty());
    std::fs::write(dir.join("plan.txt"), "临江县2026年政务公开工作要点\n\n1.做好公开，6月底前完成。（县法务局牵头，县司法局、各乡镇人民政府配合）\n").unwrap();
    let out = planlint_in(&dir, &["check", "plan.txt", "--format", "jsonl"]);
    let registry: Vec<String> = findings(&out)
        .iter()
        .filter(|f| f["rule"] == "city::unit-registry")
        .map(|f| f["message"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(registry, ["“县法务局”不在单位名录中（牵头单位）"]);
    // gov-openness rules come along through `extends`
    let rules = String::from_utf8(planlint_in(&dir, &["rules"]).stdout).unwrap();
    assert!(
        rules.contains("city::unit-registry") && rules.contains("gov-openness::lead-unit-named"),
        "{rules}"
    );
}

/// Texts that stand beside plans — a statute with （一） lists restarting in each article, a
/// disclosure guide, an annual report, a plain notice — get one info finding saying they are
/// no plan, and none of the task and structure rules.
#[test]
fn not_plan_samples_get_only_the_not_a_plan_note() {
    for name in [
        "statute.txt",
        "disclosure-guide.txt",
        "annual-report.txt",
        "plain-notice.txt",
    ] {
        let path = format!("samples/{name}");
        let out = planlint(&["check", &path, "--format", "json", "--min-severity", "hint"]);
        assert_eq!(out.status.code(), Some(0), "{name}");
        let report: Value = serde_json::from_slice(&out.stdout).unwrap();
        let rules: Vec<&str> = report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["rule"].as_str().unwrap())
            .collect();
        assert_eq!(rules, ["gov-openness::not-a-plan"], "{name}");
    }
}

#[test]
fn an_empty_time_limit_cell_on_a_task_row_is_missing_not_merged() {
    // a text table shows no merges: an empty 时限 cell under a filled one is a missing time
    // limit, unless the row's unit cells are empty too (a block merged down)
    let dir = common::temp_dir("empty-deadline-cell");
    let rows = [
        ("1", "做好政策解读工作。", "区政府办公室", "2026年6月底前"),
        ("2", "做好数据开放工作。", "区财政局", ""),
        ("3", "做好基层公开工作。", "区司法局", "2026年9月底前"),
        ("4", "做好公开培训工作。", "", ""),
        (
            "5",
            "做好网站建设工作。",
            "区政务服务中心",
            "2026年12月底前",
        ),
    ];
    let mut text =
        "某区2026年政务公开工作任务分工\n\t序号\n\t工作任务\n\t责任单位\n\t完成时限\n".to_owned();
    for (n, task, unit, deadline) in rows {
        text.push_str(&format!("\n\t{n}\n\t{task}\n\t{unit}\n\t{deadline}\n"));
    }
    std::fs::write(dir.join("plan.txt"), text).unwrap();
    let out = planlint(&[
        "check",
        dir.join("plan.txt").to_str().unwrap(),
        "--format",
        "jsonl",
    ]);
    let missing: Vec<u64> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|f| f["rule"] == "gov-openness::deadline-present")
        .map(|f| f["task"].as_u64().unwrap())
        .collect();
    assert_eq!(missing, [2]);
}

#[test]
fn task_numbers_running_on_through_sections_are_one_list() {
    // 1–3 under 一、 and 3–4 under 二、: the number runs on, so the second 3 is a repeat; where
    // every section starts again at 1 there is nothing to report
    let dir = common::temp_dir("numbering-across-sections");
    let plan = |numbers: [[u32; 2]; 3]| {
        let mut text = "某区2026年政务公开工作要点\n".to_owned();
        for (s, (heading, ns)) in ["一、公开解读", "二、数据开放", "三、平台建设"]
            .iter()
            .zip(numbers)
            .enumerate()
        {
            text.push_str(&format!("{heading}\n"));
            for n in ns {
                text.push_str(&format!(
                    "{n}.做好第{s}类公开工作。（区政府办公室牵头，2026年12月底前完成）\n"
                ));
            }
        }
        text
    };
    let numbering = |name: &str, text: String| -> Vec<String> {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        findings(&planlint(&[
            "check",
            path.to_str().unwrap(),
            "--format",
            "jsonl",
        ]))
        .into_iter()
        .filter(|f| f["rule"] == "gov-openness::numbering-sequence")
        .map(|f| f["message"].as_str().unwrap().to_owned())
        .collect()
    };
    assert_eq!(
        numbering("repeat.txt", plan([[1, 2], [2, 3], [4, 5]])),
        ["任务序号“2.”重复，第 4 行已用过"]
    );
    assert_eq!(
        numbering("skip.txt", plan([[1, 2], [3, 4], [6, 7]])),
        ["任务序号不连续：“4.”之后是“6.”，缺少“5.”"]
    );
    assert!(numbering("restart.txt", plan([[1, 2], [1, 2], [1, 2]])).is_empty());
    // an attachment's heading opens a list of its own: a pledge's 一、二、 repeat nothing
    let attached = "某区2026年政务公开工作要点\n一、公开解读\n\
                    1.做好政策解读工作。（区政府办公室牵头，2026年12月底前完成）\n\
                    二、数据开放\n\
                    1.做好数据开放工作。（区数据局牵头，2026年12月底前完成）\n\
                    附件2信息公开工作承诺书\n特向区政府郑重承诺以下内容：\n\
                    一、本单位按时公开政府信息。\n二、本单位如实报送公开情况。\n";
    assert!(numbering("attached.txt", attached.to_owned()).is_empty());
    assert!(numbering("runs-on.txt", plan([[1, 2], [3, 4], [5, 6]])).is_empty());
}

#[test]
fn a_task_cell_opening_with_a_repeated_or_skipped_number_is_still_a_numbered_task() {
    // rows 1, 2, 4, 4, 5: the cell opening with 4. is task 3 with a skipped number and the
    // next one repeats it; both are read as numbered tasks and reported
    let dir = common::temp_dir("numbering-in-cells");
    let mut text = "某区2026年政务公开工作要点\n\n重点任务 | 责任单位 | 完成时限 |\n".to_owned();
    for n in [1, 2, 4, 4, 5] {
        text.push_str(&format!(
            "{n}.做好第{n}项信息公开工作，按要求更新专栏。 | 区政府办公室 | 2026年12月底前 |\n"
        ));
    }
    let path = dir.join("cells.txt");
    std::fs::write(&path, text).unwrap();
    let out = planlint(&["check", path.to_str().unwrap(), "--format", "jsonl"]);
    let messages: Vec<String> = findings(&out)
        .into_iter()
        .filter(|f| f["rule"] == "gov-openness::numbering-sequence")
        .map(|f| f["message"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        messages,
        [
            "任务序号不连续：“2.”之后是“4.”，缺少“3.”",
            "任务序号“4.”重复，第 6 行已用过"
        ]
    );
}

#[test]
fn a_folder_without_plans_is_an_error_and_reports_in_it_are_not_plans() {
    let dir = common::temp_dir("no-plans");
    std::fs::create_dir_all(dir.join("empty")).unwrap();
    std::fs::write(dir.join("empty/notes.md"), "# notes").unwrap();
    let out = common::planlint_in(&dir, &["check", "empty"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no plan files in empty"), "{err}");
    assert!(err.contains("skipped 1 file not a plan (1 .md)"), "{err}");
    // a folder of PDFs: each is named with what to do instead, and the run exits 2
    std::fs::create_dir_all(dir.join("pdfs")).unwrap();
    std::fs::write(dir.join("pdfs/plan.pdf"), "%PDF-1.4\n%fake\n").unwrap();
    let out = common::planlint_in(&dir, &["check", "pdfs"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("plan.pdf: PDF files are not read"), "{err}");
    // a report written into the checked folder is not checked on the next run
    std::fs::create_dir_all(dir.join("plans")).unwrap();
    std::fs::copy(
        common::samples_dir().join("many-defects.txt"),
        dir.join("plans/plan.txt"),
    )
    .unwrap();
    let count = |args: &[&str]| {
        let mut a = vec!["check", "plans", "--format", "jsonl", "--fail-on", "never"];
        a.extend_from_slice(args);
        let out = common::planlint_in(&dir, &a);
        String::from_utf8_lossy(&out.stdout).lines().count()
    };
    let first = count(&["--html-report", "plans/report.html"]);
    let second = count(&["--html-report", "plans/report.html"]);
    assert!(first > 0);
    assert_eq!(first, second);
}

#[test]
fn a_body_that_its_task_table_breaks_down_is_not_counted_twice() {
    // the body lists the items; the attached 任务分解表 gives each its units and time limit:
    // the table's rows are the tasks. A long body with a short side table keeps both.
    let dir = common::temp_dir("body-and-table");
    let plan = |body_items: usize, rows: usize| {
        let mut text = "某区2026年政务公开工作实施方案\n\n一、主要任务\n".to_owned();
        for n in 1..=body_items {
            text.push_str(&format!(
                "{n}.做好第{n}项政务公开工作，提升公开质量。（区财政局负责）\n"
            ));
        }
        text.push_str("\n附件\n\n任务分解表\n\n序号 | 工作任务 | 责任单位 | 完成时限 |\n");
        for n in 1..=rows {
            text.push_str(&format!(
                "{n} | 做好第{n}项政务公开工作 | 区政府办公室 | 2026年12月底前 |\n"
            ));
        }
        text
    };
    let tasks = |name: &str, text: String| -> usize {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        let out = planlint(&["parse", path.to_str().unwrap(), "--format", "json"]);
        let plans: Value = serde_json::from_slice(&out.stdout).unwrap();
        plans[0]["tasks"].as_array().unwrap().len()
    };
    assert_eq!(tasks("broken-down.txt", plan(6, 6)), 6);
    assert_eq!(tasks("side-table.txt", plan(10, 3)), 13);
}

#[test]
fn a_mistyped_rule_or_key_gets_a_suggestion() {
    let dir = common::temp_dir("did-you-mean");
    std::fs::copy(
        common::samples_dir().join("clean-plan.txt"),
        dir.join("plan.txt"),
    )
    .unwrap();
    let err = |config: &str, args: &[&str]| {
        std::fs::write(dir.join("planlint.yaml"), config).unwrap();
        let out = common::planlint_in(&dir, args);
        assert_eq!(out.status.code(), Some(2));
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let e = err("pakcs: [gov-openness]\n", &["check", "plan.txt"]);
    assert!(e.contains("did you mean `packs`?"), "{e}");
    let e = err("rules:\n  lead-unit-nmaed: off\n", &["check", "plan.txt"]);
    assert!(e.contains("did you mean `lead-unit-named`?"), "{e}");
    let e = err("", &["explain", "deadline-presnet"]);
    assert!(e.contains("did you mean `deadline-present`?"), "{e}");
}

#[test]
fn in_a_flattened_row_the_lead_is_not_read_from_inside_the_tasks_own_words() {
    // 市(场监管…开放)县卫健局 and 乡(村振兴…工作)县档案馆: an administrative character inside
    // the task's first words opens no name; the lead is the unit after them
    let out = parse_json(
        "flattened-lead",
        "某县2026年政务公开工作要点\n\n工作任务牵头单位责任单位工作要求一、推进重点领域公开1.落实市场监管数据开放县卫健局县直各单位分类公布市场监管办事指南，加强已公开信息的日常管理，2026年10月底前完成。2.做好乡村振兴公开工作县档案馆紧扣重点工作部署，完整汇总乡村振兴标准目录，2026年12月底前完成。3.规范政府网站管理县政府办公室县直各单位按要求更新栏目，2026年6月底前完成。\n",
    );
    assert_eq!(
        common::lead_names(&out),
        ["县卫健局", "县档案馆", "县政府办公室"]
    );
}

#[test]
fn a_flattened_header_may_qualify_a_column_and_a_person_before_the_units_is_not_one() {
    // 序号|项目名称|主要内容|县政府分管领导|牵头单位|配合单位 written together: 县政府 qualifies a
    // known column name; each row ends in its units (…各乡镇) before the next row's number, and
    // the leader's name glued before the lead unit (张明县教育局) is the leader's column
    let out = parse_json(
        "flattened-qualified-header",
        "某县2026年民生实事项目责任分解表\n\n序号项目名称主要内容县政府分管领导牵头单位配合单位1城北小学建设新建教学楼2栋，新增学位900个。张明县教育局县住建局、各乡镇2老旧小区改造改造老旧小区12个，惠及居民3000户。李华县住建局县财政局、城关镇3居家养老服务为全县2000名老年人提供居家上门服务。王强县民政局各乡镇\n",
    );
    assert_eq!(
        common::lead_names(&out),
        ["县教育局", "县住建局", "县民政局"]
    );
}

#[test]
fn a_flattened_schedule_with_year_columns_numbers_its_rows_glued_to_their_text() {
    // 序号主要任务…牵头单位配合单位2018年2019年 written together: the years are columns; row 1
    // is glued to its section's heading (…能力建设1农用地…) and row 2 to the units of row 1
    // closed by 等; the lead and cooperating cells run together (区农委区环保局、…)
    let out = parse_json(
        "flattened-year-columns",
        "某区土壤污染治理与修复工作方案\n\n附件\n\n某区土壤污染治理重点任务及实施进度表序号主要任务任务分解及实施进度牵头单位配合单位2018年2019年2020年一、基础能力建设1农用地污染状况详查完成农用地土壤污染状况详查，全面摸清土壤污染底数。区农委区财政局、区水务局、相关镇街等2农用地环境质量类别划定完成耕地土壤环境质量类别划定工作。区环保局区国土房管局、区林业局\n",
    );
    assert_eq!(common::lead_names(&out), ["区农委", "区环保局"]);
    assert_eq!(
        common::role_names(&out, "cooperating"),
        ["区财政局、区水务局、相关镇街", "区国土房管局、区林业局"]
    );
}

#[test]
fn a_flattened_table_numbering_no_row_ends_each_row_with_its_time_limit() {
    // 类别|项目内容|责任领导|责任处室|责任人|完成时限 written together and run into the first row;
    // nothing numbers the rows, each ends in its month after its office and its people (a
    // two-character name spaced out, 陈 超; two people, 吴文清卢 俊), and the header is printed
    // again between rows
    let out = parse_json(
        "flattened-dated-rows",
        "某局2017年工作要点\n\n附件：2017年主要任务分解表\n类别项目内容责任领导责任处室责任人完成时限改 革 创 新试行个体工商户自助打照系统江裕森许可处林本勇12月试点个体工商户简易注销江裕森许可处林本勇3月制 度 建 设完善档案管理制度王 浩办公室陈 超2月类别项目内容责任领导责任处室责任人完成时限提请出台标准化建设意见高建武质监处吴文清卢 俊12月\n",
    );
    let v: Value = serde_json::from_slice(&out).unwrap();
    let deadlines: Vec<&str> = v[0]["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["deadlines"][0]["raw"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(deadlines, ["12月", "3月", "2月", "12月"]);
    let last = v[0]["tasks"][3]["text"]["value"].as_str().unwrap();
    assert!(last.starts_with("提请出台标准化建设意见"), "{last}");
    // the office between its leader and the people after it, told apart by their surnames
    assert_eq!(
        common::role_names(&out, "responsible"),
        ["许可处", "许可处", "办公室", "质监处"]
    );
    let text = v[0]["tasks"][2]["text"]["value"].as_str().unwrap();
    assert!(text.ends_with("完善档案管理制度"), "{text}");
}

#[test]
fn an_area_column_names_the_unit_of_each_rows_share_of_the_work() {
    // a target table by area: 县（市）、区 | 目标任务 | 项目责任人 | 工程地点
    let out = parse_json(
        "area-column",
        "某市2026年雨水集蓄利用工程实施方案\n\n附件：任务责任一览表\n\n县（市）、区\t目标任务（个）\t项目责任人\t工程地点\n登封市\t2200\t张三\t大冶、颍阳等4个乡（镇）\n新密市\t3600\t李四\t苟堂、超化等3个乡（镇）\n",
    );
    assert_eq!(
        common::role_names(&out, "responsible"),
        ["登封市", "新密市"]
    );
}

#[test]
fn a_file_named_as_a_summary_is_the_plan_its_text_says_it_makes() {
    // a document-sharing site names the file …工作总结.doc, but the text under its own title
    // lines says 现特制定…工作方案 and assigns its work
    let out = parse_json(
        "file-named-summary",
        "2022秸秆禁烧工作总结.doc\n《2022秸秆禁烧工作总结.doc》由会员分享,可在线阅读,更多相关《2022秸秆禁烧工作总结.doc(6页珍藏版)》请在某某文库上搜索。\n秸秆综合利用及禁烧\n工作方案\n各乡镇人民政府,区级各部门:\n为改善区域大气环境质量,现特制定秸秆综合利用及禁烧工作方案,请各乡镇严格执行。\n一、主要工作措施\n1.建立秸秆收储体系。由区农业局牵头引进加工企业,各有关乡镇（街道）负责加工点的选址。\n2.加强禁烧巡查。区环保局负责组织巡查,各乡镇落实网格责任。\n",
    );
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v[0]["kind"]["kind"], "plan", "{}", v[0]["kind"]);
    assert_eq!(common::lead_names(&out), ["区农业局", ""]);
}

#[test]
fn a_sites_footer_labels_after_its_record_number_assign_nothing() {
    // 协办单位 is a plan's label too; below the text, after 网站标识码 and ICP备, it is the
    // site's footer and names no unit of the last item
    let out = parse_json(
        "site-footer",
        "关于报送2018年重点项目建设计划的通知\n\n各重点项目建设协调指挥部，县直有关部门：\n\n现就有关事项通知如下：\n\n一、认真搞好工作总结。将各自负责的项目建设进展等认真总结，形成文字材料。\n\n二、报送要求。综合材料于12月25日前报送县重点项目办。\n\n县重点项目办\n\n2017年12月7日\n\n网站标识码:4210230004\n鄂ICP备17019740号-1\n主办单位:某市人民政府\n承办单位:某市融媒体中心\n协办单位: 某市电视台\n",
    );
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v[0]["kind"]["kind"], "not-plan", "{}", v[0]["kind"]);
    assert_eq!(v[0]["tasks"].as_array().map_or(0, |t| t.len()), 0);
}
