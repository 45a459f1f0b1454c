//! `--fix`, `--diff`, baselines and suppressions, checked on files a user would have: a GBK
//! plan with CRLF line ends, byte for byte.

mod common;

use std::path::Path;

use serde_json::Value;

fn run(dir: &Path, args: &[&str]) -> std::process::Output {
    common::planlint_in(dir, args)
}

fn findings(out: &std::process::Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn defect_sample() -> String {
    std::fs::read_to_string(common::samples_dir().join("many-defects.txt")).unwrap()
}

fn gbk_crlf(text: &str) -> Vec<u8> {
    let crlf = text.replace('\n', "\r\n");
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(&crlf);
    assert!(!unmappable);
    bytes.into_owned()
}

#[test]
fn fix_on_a_gbk_crlf_copy_changes_only_the_fixed_characters() {
    let dir = common::temp_dir("fix-gbk");
    let original = defect_sample();
    std::fs::write(dir.join("plan.txt"), gbk_crlf(&original)).unwrap();
    std::fs::write(
        dir.join("clean.txt"),
        std::fs::read(common::samples_dir().join("clean-plan.txt")).unwrap(),
    )
    .unwrap();
    let clean_before = std::fs::metadata(dir.join("clean.txt"))
        .unwrap()
        .modified()
        .unwrap();

    let out = run(&dir, &["check", ".", "--fix"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("fixed 10 findings in 1 file"), "{stderr}");
    // the expected text, built independently: the safe fixes at or above info
    let expected = original
        .replacen("白政办（2025）第012号", "白政办〔2025〕12号", 1)
        .replacen("国办发[2025]12号", "国办发〔2025〕12号", 1)
        .replacen("认真按排落实", "认真安排落实", 1)
        .replacen("2025年04月01日", "2025年4月1日", 1)
        .replacen("布署政府网站", "部署政府网站", 1)
        .replacen("民生福社", "民生福祉", 1)
        .replacen("配置领城", "配置领域", 1);
    assert_ne!(expected, original);
    assert_eq!(
        std::fs::read(dir.join("plan.txt")).unwrap(),
        gbk_crlf(&expected),
        "only the fixed characters changed, GBK and CRLF kept"
    );
    // what remains is reported, not what was fixed
    let remaining = findings(&run(&dir, &["check", "plan.txt", "--format", "jsonl"]));
    assert!(remaining
        .iter()
        .all(|f| f["fix"].is_null() || f["severity"] == "hint"));
    // a file without a fix is not touched
    assert_eq!(
        std::fs::metadata(dir.join("clean.txt"))
            .unwrap()
            .modified()
            .unwrap(),
        clean_before
    );
    // a second run changes nothing
    let out = run(&dir, &["check", ".", "--fix"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("fixed 0 findings in 0 files"));
    assert_eq!(
        std::fs::read(dir.join("plan.txt")).unwrap(),
        gbk_crlf(&expected)
    );
    // hints too, when asked
    run(
        &dir,
        &["check", "plan.txt", "--fix", "--min-severity", "hint"],
    );
    let text = encoding_rs::GBK
        .decode(&std::fs::read(dir.join("plan.txt")).unwrap())
        .0
        .into_owned();
    assert!(text.contains("规范政务新媒体管理，建立"));
}

#[test]
fn diff_prints_the_fixes_and_writes_nothing() {
    let dir = common::temp_dir("diff");
    std::fs::write(dir.join("plan.txt"), defect_sample()).unwrap();
    let before = std::fs::read(dir.join("plan.txt")).unwrap();
    let out = run(&dir, &["check", "plan.txt", "--diff"]);
    let diff = String::from_utf8(out.stdout).unwrap();
    assert!(
        diff.starts_with("--- a/plan.txt\n+++ b/plan.txt\n@@ "),
        "{diff}"
    );
    assert!(diff.contains("-白政办（2025）第012号\n+白政办〔2025〕12号\n"));
    assert_eq!(std::fs::read(dir.join("plan.txt")).unwrap(), before);
    // like `ruff --diff`: 1 when files would change, 0 when none would
    assert_eq!(out.status.code(), Some(1));
    std::fs::copy(
        common::samples_dir().join("clean-plan.txt"),
        dir.join("clean.txt"),
    )
    .unwrap();
    let clean = run(&dir, &["check", "clean.txt", "--diff"]);
    assert_eq!(clean.status.code(), Some(0));
    assert!(clean.stdout.is_empty());
}

#[test]
fn overlapping_fixes_are_skipped_and_reported() {
    let dir = common::temp_dir("overlap");
    std::fs::create_dir_all(dir.join("pack")).unwrap();
    std::fs::write(dir.join("pack/pack.yaml"), "name: local\n").unwrap();
    for (id, wrong, right) in [
        ("a", "政务公开", "政务公开（一）"),
        ("b", "公开工作", "公开事项"),
    ] {
        std::fs::write(
            dir.join(format!("pack/{id}.yaml")),
            format!("id: {id}\ntitle: t\nseverity: warning\nscope: document\ndocuments: any\ncheck:\n  kind: substitution\n  entries:\n    - wrong: {wrong}\n      right: {right}\nfix: true\nmessage: \"{{found}}\"\nexamples:\n  invalid: [\"做好{wrong}\"]\n"),
        )
        .unwrap();
    }
    std::fs::write(dir.join("planlint.yaml"), "packs: [pack]\n").unwrap();
    std::fs::write(dir.join("plan.txt"), "做好政务公开工作。\n").unwrap();
    let out = run(&dir, &["check", "plan.txt", "--fix"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("skipped the fix of local::b") && stderr.contains("overlaps another fix"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("plan.txt")).unwrap(),
        "做好政务公开（一）工作。\n"
    );
}

#[test]
fn after_a_baseline_only_the_new_defect_is_reported_though_lines_moved() {
    let dir = common::temp_dir("baseline");
    std::fs::write(dir.join("plan.txt"), defect_sample()).unwrap();
    let out = run(
        &dir,
        &[
            "check",
            "plan.txt",
            "--write-baseline",
            "planlint-baseline.json",
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("wrote 27 findings to the baseline"));
    // a blank line at the top, and one new defect
    let changed = format!(
        "\n{}",
        defect_sample().replacen(
            "对新出台的政策文件同步发布解读材料",
            "对新出台的政策文件同步布署解读材料",
            1
        )
    );
    std::fs::write(dir.join("plan.txt"), changed).unwrap();
    let out = run(
        &dir,
        &[
            "check",
            "plan.txt",
            "--baseline",
            "planlint-baseline.json",
            "--format",
            "jsonl",
        ],
    );
    let fs = findings(&out);
    assert_eq!(fs.len(), 1, "{fs:#?}");
    assert_eq!(fs[0]["rule"], "zh-text::common-typos");
    assert_eq!(
        fs[0]["span"]["line"], 19,
        "the new 布署 in task 1, not the old one in task 4"
    );
    let human = String::from_utf8(
        run(
            &dir,
            &["check", "plan.txt", "--baseline", "planlint-baseline.json"],
        )
        .stdout,
    )
    .unwrap();
    assert!(
        human.lines().last().unwrap().contains("27 in the baseline"),
        "{human}"
    );
}

#[test]
fn suppressions_need_a_reason_and_unused_ones_are_reported() {
    let dir = common::temp_dir("suppress");
    std::fs::write(dir.join("plan.txt"), defect_sample()).unwrap();
    std::fs::write(
        dir.join("planlint.yaml"),
        "suppress:\n  - rule: common-typos\n    file: \"*.txt\"\n    reason: 历史文件，保留原文\n  - rule: gov-openness::lead-unit-named\n    file: plan.txt\n    task: 4\n    reason: 已另文明确牵头单位\n  - rule: draft-marker\n    file: other/*.txt\n    reason: 草稿目录\n",
    )
    .unwrap();
    let out = run(&dir, &["check", "plan.txt", "--format", "jsonl"]);
    let fs = findings(&out);
    assert!(fs.iter().all(|f| f["rule"] != "zh-text::common-typos"));
    let leads: Vec<&str> = fs
        .iter()
        .filter(|f| f["rule"] == "gov-openness::lead-unit-named")
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert_eq!(
        leads.len(),
        2,
        "task 4 suppressed, tasks 2 and 6 still reported: {leads:?}"
    );
    assert!(leads.iter().all(|m| !m.starts_with("任务 4 ")));
    let unused: Vec<&Value> = fs
        .iter()
        .filter(|f| f["rule"] == "planlint::unused-suppression")
        .collect();
    assert_eq!(unused.len(), 1);
    assert_eq!(unused[0]["path"].as_str().unwrap(), "planlint.yaml");
    assert_eq!(unused[0]["span"]["line"], 9);
    assert!(unused[0]["message"]
        .as_str()
        .unwrap()
        .contains("draft-marker"));
    let human = String::from_utf8(run(&dir, &["check", "plan.txt"]).stdout).unwrap();
    assert!(human.lines().last().unwrap().contains("suppressed"));

    std::fs::write(
        dir.join("planlint.yaml"),
        "suppress:\n  - rule: common-typos\n    file: \"*.txt\"\n    reason: \"\"\n",
    )
    .unwrap();
    let out = run(&dir, &["check", "plan.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("a suppression needs a `reason`"));
}

/// Lines a plan is made of, some with fixable defects (a typo, half-width punctuation), some
/// clean, for the property below.
const FIX_LINES: &[&str] = &[
    "1.做好福社政策公开工作,及时更新专栏。（区民政局牵头，2026年12月底前完成）",
    "2.加强领城信息公开;按要求更新。（区财政局牵头，2026年6月底前完成）",
    "3.做好预算公开工作。（区财政局牵头，2026年9月底前完成）",
    "二、保障措施",
    "各单位要明确专人负责,确保按时完成。",
    "4.规范政府网站管理(区政府办公室牵头,全年)",
    "（一）推进决策公开",
];

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 24, ..Default::default() })]

    /// `--fix` changes no byte outside the fixed spans, in any encoding and line ending: the
    /// file afterwards is the original with exactly the reported fixes put in.
    #[test]
    fn fix_never_changes_a_byte_outside_the_fixed_spans(
        picks in proptest::collection::vec(0..FIX_LINES.len(), 1..12),
        gbk in proptest::bool::ANY,
        crlf in proptest::bool::ANY,
        bom in proptest::bool::ANY,
    ) {
        let dir = common::temp_dir("fix-property");
        let mut text = "某区2026年政务公开工作要点\n\n一、重点任务\n".to_owned();
        for &k in &picks {
            text.push_str(FIX_LINES[k]);
            text.push('\n');
        }
        let text = if crlf { text.replace('\n', "\r\n") } else { text };
        let bytes: Vec<u8> = if gbk {
            encoding_rs::GBK.encode(&text).0.into_owned()
        } else if bom {
            [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat()
        } else {
            text.as_bytes().to_vec()
        };
        std::fs::write(dir.join("plan.txt"), &bytes).unwrap();
        // the fixes planlint would apply, in the decoded text
        let before = findings(&run(&dir, &["check", "plan.txt", "--format", "jsonl"]));
        let mut fixes: Vec<(usize, usize, String)> = before
            .iter()
            .filter_map(|f| {
                let fix = f.get("fix")?.as_object()?;
                Some((
                    fix["span"]["start"].as_u64()? as usize,
                    fix["span"]["end"].as_u64()? as usize,
                    fix["replacement"].as_str()?.to_owned(),
                ))
            })
            .collect();
        fixes.sort();
        let mut chosen: Vec<(usize, usize, String)> = Vec::new();
        for f in fixes {
            if chosen.last().is_none_or(|c| f.0 >= c.1) {
                chosen.push(f);
            }
        }
        let out = run(&dir, &["check", "plan.txt", "--fix"]);
        proptest::prop_assert!(out.status.code().is_some_and(|c| c < 2), "{}", String::from_utf8_lossy(&out.stderr));
        // expected: the decoded original with the fixes put in, encoded back the same way
        let decoded = &text;
        let mut expected = String::new();
        let mut at = 0;
        for (s, e, r) in &chosen {
            expected.push_str(&decoded[at..*s]);
            expected.push_str(r);
            at = *e;
        }
        expected.push_str(&decoded[at..]);
        let expected_bytes: Vec<u8> = if gbk {
            encoding_rs::GBK.encode(&expected).0.into_owned()
        } else if bom {
            [b"\xEF\xBB\xBF".as_slice(), expected.as_bytes()].concat()
        } else {
            expected.into_bytes()
        };
        proptest::prop_assert_eq!(std::fs::read(dir.join("plan.txt")).unwrap(), expected_bytes);
    }
}

#[test]
fn a_baseline_matches_whatever_the_spelling_of_the_paths() {
    let dir = common::temp_dir("baseline-spelling");
    std::fs::create_dir_all(dir.join("s2")).unwrap();
    std::fs::write(dir.join("s2/plan.txt"), defect_sample()).unwrap();
    let out = run(&dir, &["check", "s2", "--write-baseline", "b.json"]);
    assert_eq!(out.status.code(), Some(0));
    let abs = dir.join("s2").display().to_string();
    for spelling in ["./s2", "s2/", "s2/../s2", abs.as_str()] {
        let out = run(
            &dir,
            &[
                "check",
                spelling,
                "--baseline",
                "b.json",
                "--format",
                "jsonl",
            ],
        );
        assert_eq!(out.status.code(), Some(0), "{spelling}");
        assert!(
            out.stdout.is_empty(),
            "{spelling}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
}

#[test]
fn suppress_and_exclude_globs_are_relative_to_the_configuration_folder() {
    // the same planlint.yaml, run from its folder and from a subfolder: the same findings
    let dir = common::temp_dir("config-relative");
    std::fs::create_dir_all(dir.join("plans/old")).unwrap();
    std::fs::write(dir.join("plans/a.txt"), defect_sample()).unwrap();
    std::fs::write(dir.join("plans/old/b.txt"), defect_sample()).unwrap();
    std::fs::write(
        dir.join("planlint.yaml"),
        "exclude:\n  - plans/old\nsuppress:\n  - rule: common-typos\n    file: plans/a.txt\n    reason: 历史文件，保留原文\n",
    )
    .unwrap();
    let rules = |cwd: &Path, target: &str| -> Vec<String> {
        let out = run(
            cwd,
            &["check", target, "--format", "jsonl", "--fail-on", "never"],
        );
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let mut v: Vec<String> = findings(&out)
            .iter()
            .map(|f| {
                let path = f["path"].as_str().unwrap();
                let file = Path::new(path)
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                format!("{file} {}", f["rule"].as_str().unwrap())
            })
            .collect();
        v.sort();
        v
    };
    let from_top = rules(&dir, "plans");
    let from_sub = rules(&dir.join("plans"), ".");
    assert!(!from_top.is_empty());
    assert!(
        from_top.iter().all(|f| f.starts_with("a.txt ")),
        "old/ is excluded: {from_top:?}"
    );
    assert!(
        !from_top.iter().any(|f| f.ends_with("common-typos")),
        "suppressed: {from_top:?}"
    );
    assert_eq!(from_top, from_sub);
}

#[test]
fn halfwidth_punctuation_is_fixed_in_headings_and_unit_brackets_too() {
    // a fix leaves no line half-fixed: the heading, the task and its (牵头单位:…;…) all change;
    // the title above the plan and the signature below it are not the plan's text
    let dir = common::temp_dir("halfwidth-everywhere");
    std::fs::write(
        dir.join("plan.txt"),
        "某区2026年政务公开工作要点\n\n一、加强政策解读,提升质量\n1.做好公开,及时更新专栏。(牵头单位:区政府办公室;责任单位:各街道办事处;完成时限:2026年12月底前)\n2.做好预算公开。（区财政局牵头,2026年6月底前完成）\n",
    )
    .unwrap();
    let out = run(
        &dir,
        &["check", "plan.txt", "--fix", "--min-severity", "hint"],
    );
    assert!(out.status.code().is_some_and(|c| c < 2));
    let fixed = std::fs::read_to_string(dir.join("plan.txt")).unwrap();
    assert_eq!(
        fixed,
        "某区2026年政务公开工作要点\n\n一、加强政策解读，提升质量\n1.做好公开，及时更新专栏。(牵头单位：区政府办公室；责任单位：各街道办事处；完成时限：2026年12月底前)\n2.做好预算公开。（区财政局牵头，2026年6月底前完成）\n"
    );
}
