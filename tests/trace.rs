//! `planlint trace` and `trace:` in planlint.yaml: a constructed pair in samples/trace with
//! known gaps gives exactly those findings, a real published pair (tests/fixtures/trace) is
//! matched as read by hand, and the side-by-side page works in a browser.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::browser::{browser_available, Browser};
use serde_json::{json, Value};

const UPPER: &str = "samples/trace-upper-city-2025.txt";
const LOWER: &str = "samples/trace-lower-county-2025.txt";
const REAL_UPPER: &str = "tests/fixtures/trace/upper-zhongban-2016-8.txt";
const REAL_LOWER: &str = "tests/fixtures/trace/lower-fujian-2016.txt";

fn planlint(args: &[&str]) -> std::process::Output {
    common::planlint_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

fn trace_json(upper: &str, lower: &str) -> Value {
    let out = planlint(&["trace", upper, lower, "--format", "json"]);
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// (rule, task number or the upper item's label) of each finding.
fn finding_keys(findings: &[Value]) -> BTreeSet<(String, String)> {
    findings
        .iter()
        .map(|f| {
            let message = f["message"].as_str().unwrap();
            let key = if f["rule"] == "trace::not-carried-down" {
                // 上级方案任务 3“…” 未落实…
                message
                    .trim_start_matches("上级方案任务 ")
                    .split('“')
                    .next()
                    .unwrap()
                    .to_owned()
            } else {
                format!("task {}", f["task"])
            };
            (f["rule"].as_str().unwrap().to_owned(), key)
        })
        .collect()
}

#[test]
fn the_constructed_pair_gives_exactly_its_four_defects() {
    let json = trace_json(UPPER, LOWER);
    let lower = &json["lowers"][0];
    assert_eq!(lower["carried"], 8);
    assert_eq!(lower["not_carried"], 2);
    let expected: BTreeSet<(String, String)> = [
        ("trace::not-carried-down", "3"),
        ("trace::not-carried-down", "9"),
        ("trace::deadline-later", "task 6"),
        ("trace::lead-missing", "task 4"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    assert_eq!(
        finding_keys(lower["findings"].as_array().unwrap()),
        expected
    );
    let later = lower["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "trace::deadline-later")
        .unwrap();
    assert!(
        later["message"]
            .as_str()
            .unwrap()
            .contains("2025-08-31 晚于"),
        "{later}"
    );
    assert_eq!(later["span"]["line"], 21, "points at the lower deadline");
    // an item not carried down stands at the lower heading where it belongs
    let lines: Vec<(String, u64)> = lower["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "trace::not-carried-down")
        .map(|f| {
            (
                f["message"].as_str().unwrap().chars().take(8).collect(),
                f["span"]["line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        lines,
        [
            ("上级方案任务 3".to_owned(), 13),
            ("上级方案任务 9".to_owned(), 23)
        ],
        "一、强化政策发布和解读 and 三、提升政务公开平台效能"
    );

    // the exit code follows --fail-on
    let out = planlint(&["trace", UPPER, LOWER]);
    assert_eq!(out.status.code(), Some(1));
    let out = planlint(&["trace", UPPER, LOWER, "--fail-on", "never"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("落实 8 项，未落实 2 项"), "{text}");
}

#[test]
fn check_traces_the_pairs_planlint_yaml_declares() {
    let dir = common::temp_dir("trace-config");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(root.join(UPPER), dir.join("upper.txt")).unwrap();
    std::fs::copy(root.join(LOWER), dir.join("lower-county.txt")).unwrap();
    std::fs::write(
        dir.join("planlint.yaml"),
        "trace:\n  - upper: upper.txt\n    lower: lower-*.txt\nrules:\n  trace::lead-missing: error\n",
    )
    .unwrap();
    let out = common::planlint_in(&dir, &["check", ".", "--format", "json"]);
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let trace: Vec<Value> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"].as_str().unwrap().starts_with("trace::"))
        .cloned()
        .collect();
    assert_eq!(trace.len(), 4, "{trace:?}");
    assert!(trace
        .iter()
        .all(|f| f["path"].as_str().unwrap().ends_with("lower-county.txt")));
    let lead = trace
        .iter()
        .find(|f| f["rule"] == "trace::lead-missing")
        .unwrap();
    assert_eq!(lead["severity"], "error", "severity set in planlint.yaml");

    // suppressed like any finding
    std::fs::write(
        dir.join("planlint.yaml"),
        "trace:\n  - upper: upper.txt\n    lower: lower-*.txt\nsuppress:\n  - rule: trace::not-carried-down\n    file: lower-county.txt\n    reason: 涉企政策推送由市级平台统一办理，本县不另列任务\n",
    )
    .unwrap();
    let out = common::planlint_in(&dir, &["check", ".", "--format", "json"]);
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let rules: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["rule"].as_str())
        .filter(|r| r.starts_with("trace::"))
        .collect();
    assert_eq!(rules, ["trace::lead-missing", "trace::deadline-later"]);

    // a bad threshold is an error at its place
    std::fs::write(
        dir.join("planlint.yaml"),
        "trace:\n  - upper: upper.txt\n    lower: lower-*.txt\n    threshold: 2\n",
    )
    .unwrap();
    let out = common::planlint_in(&dir, &["check", "."]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("between 0 and 1"));
}

#[test]
fn the_trace_rules_examples_hold() {
    let out = planlint(&["test", "rules/trace"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("11 passed, 0 failed"));
}

/// The (upper item, lower task) pairs of the real pair as read by hand
/// (tests/fixtures/trace/SOURCE.md), less the upper safeguards （二十） and （二十一）: an
/// 意见 is a plan, and its 保障措施 hold no tasks.
const BY_HAND: &[(&str, usize)] = &[
    ("（四）", 1),
    ("（五）", 2),
    ("（六）", 3),
    ("（七）", 4),
    ("（八）", 5),
    ("（九）", 6),
    ("（十）", 10),
    ("（十一）", 7),
    ("（十二）", 8),
    ("（十三）", 9),
    ("（十四）", 15),
    ("（十四）", 16),
    ("（十五）", 11),
    ("（十六）", 11),
    ("（十七）", 13),
    ("（十八）", 12),
    ("（十九）", 19),
];

#[test]
fn the_real_pair_is_matched_as_read_by_hand() {
    let json = trace_json(REAL_UPPER, REAL_LOWER);
    let upper = json["upper"]["items"].as_array().unwrap();
    assert_eq!(
        upper.len(),
        16,
        "（四）–（十九）: the aims headings and the safeguards are not items"
    );
    let lower = &json["lowers"][0];
    assert_eq!(lower["items"].as_array().unwrap().len(), 19);
    let mut found = BTreeSet::new();
    for c in lower["coverage"].as_array().unwrap() {
        let label = upper[c["upper"].as_u64().unwrap() as usize]["label"]
            .as_str()
            .unwrap()
            .to_owned();
        for m in c["carried_by"].as_array().unwrap() {
            found.insert((label.clone(), m["lower"].as_u64().unwrap() as usize + 1));
        }
    }
    let truth: BTreeSet<(String, usize)> =
        BY_HAND.iter().map(|(u, l)| (u.to_string(), *l)).collect();
    let right = found.intersection(&truth).count();
    // 16 of 17 pairs either way: （十一）加强政策解读 is also given task 15 (新闻发言人, which
    // speaks of 解读), and task 15 is missed for （十四）发挥媒体作用
    assert_eq!((right, found.len(), truth.len()), (16, 17, 17), "{found:?}");
    assert_eq!(lower["not_carried"], 0, "no upper item is reported dropped");
    assert!(lower["findings"].as_array().unwrap().is_empty());

    let out = planlint(&["trace", REAL_UPPER, REAL_LOWER, "--format", "csv"]);
    insta::assert_snapshot!("real_pair_coverage", String::from_utf8(out.stdout).unwrap());
}

#[test]
fn the_side_by_side_page_links_matches_in_a_browser() {
    if !browser_available() {
        return;
    }
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("planlint-trace.html");
    let out = planlint(&[
        "trace",
        UPPER,
        LOWER,
        "--format",
        "html",
        "--fail-on",
        "never",
        "-o",
        page.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(&page).unwrap();
    assert_eq!(html.matches("class=\"item missing\"").count(), 2);

    let browser = Browser::start();
    browser.open(&page);
    // a short window, at the top: upper item 10 (0-based 9) is carried by lower task 8, below
    // the fold; clicking the item (from script, so the driver does not scroll first) scrolls
    // the page to its match
    browser.ok(
        "POST",
        "/window/rect",
        Some(json!({"width": 1400, "height": 420})),
    );
    let state = browser.script("window.scrollTo(0, 0); var l = document.getElementById('p0-l7'); var before = l.getBoundingClientRect().top > window.innerHeight; document.getElementById('p0-u9').click(); var r = l.getBoundingClientRect(); return [before, l.classList.contains('hl'), r.top >= 0 && r.bottom <= window.innerHeight, window.scrollY > 0, document.querySelectorAll('.item.hl').length];");
    assert_eq!(
        state,
        json!([true, true, true, true, 2]),
        "the match is highlighted and scrolled to"
    );
    browser.ok(
        "POST",
        "/window/rect",
        Some(json!({"width": 1400, "height": 1000})),
    );
    // and back: a lower task highlights the upper item it carries
    let lower = browser.element("#p0-l0");
    browser.ok("POST", &format!("/element/{lower}/click"), Some(json!({})));
    let back = browser.script("return document.getElementById('p0-u0').classList.contains('hl');");
    assert_eq!(back, Value::Bool(true));
    let png =
        common::browser::base64_decode(browser.ok("GET", "/screenshot", None).as_str().unwrap());
    std::fs::write(dir.join("planlint-trace.png"), png).unwrap();
}

#[test]
fn the_trace_rules_are_explained_with_their_upper_plans() {
    let out = planlint(&["explain", "trace::deadline-later"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("upper plan: 2024年政务公开工作要点"),
        "{text}"
    );
    assert!(
        text.contains("→ 任务 1 的时限 2024-10-31 晚于上级方案任务 1"),
        "{text}"
    );
}

/// Lower task (1-based) → the upper tasks it carries, by their printed numbers, read by hand
/// (tests/fixtures/trace/SOURCE.md, second pair).
const DEPARTMENT_BY_HAND: &[(usize, &str)] = &[
    (1, "1"),
    (2, "2"),
    (3, "4"),
    (4, "6"),
    (5, "11"),
    (6, "12"),
    (7, "13"),
    (8, "14"),
    (9, "21"),
    (10, "26"),
    (11, "37"),
    (11, "38"),
    (12, "39"),
];

#[test]
fn a_departments_plan_is_matched_to_the_provincial_tasks_it_carries() {
    let json = trace_json(
        "tests/fixtures/trace/upper-fujian-2018-fenjie.txt",
        "tests/fixtures/trace/lower-pingtan-caijin-2018.txt",
    );
    let upper = json["upper"]["items"].as_array().unwrap();
    assert_eq!(upper.len(), 42);
    let lower = &json["lowers"][0];
    assert_eq!(lower["items"].as_array().unwrap().len(), 12);
    // each lower task's best match is the upper task read by hand
    for &(l, want) in DEPARTMENT_BY_HAND {
        let carried: Vec<&str> = lower["coverage"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| {
                c["carried_by"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|m| m["lower"] == l - 1)
            })
            .map(|c| {
                upper[c["upper"].as_u64().unwrap() as usize]["label"]
                    .as_str()
                    .unwrap()
            })
            .collect();
        assert!(
            carried.contains(&want),
            "lower task {l} carries {carried:?}, not {want}"
        );
    }
    // 13 upper tasks carried by 13 (task, item) pairs, as read by hand; nothing more
    let pairs: usize = lower["coverage"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["carried_by"].as_array().unwrap().len())
        .sum();
    assert_eq!(pairs, DEPARTMENT_BY_HAND.len());
    assert_eq!(lower["carried"], 13);
    assert_eq!(lower["not_carried"], 29);
    // the tasks outside the department's remit are far from any lower task
    let nearest = lower["coverage"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["candidates"].as_array().unwrap())
        .map(|m| m["score"].as_f64().unwrap())
        .fold(0.0, f64::max);
    assert!(nearest <= 0.12, "{nearest}");
}

#[test]
fn plans_too_large_to_trace_are_refused_not_left_running() {
    let dir = common::temp_dir("trace-huge");
    // six sections of 900 tasks: 5,400 items a side, over the 5,000 × 5,000 cap
    let plan = |unit: &str| {
        let mut s = String::from("某地2025年政务公开工作要点\n");
        for (k, section) in ["一", "二", "三", "四", "五", "六"].iter().enumerate() {
            s.push_str(&format!("\n{section}、第{}部分\n", k + 1));
            for i in 1..=900 {
                s.push_str(&format!(
                    "{i}.做好第{k}部分第{i}项政务公开工作。（{unit}牵头，2025年6月底前完成）\n"
                ));
            }
        }
        s
    };
    std::fs::write(dir.join("upper.txt"), plan("市政府办公室")).unwrap();
    std::fs::write(dir.join("lower.txt"), plan("县政府办公室")).unwrap();
    let started = std::time::Instant::now();
    let out = common::planlint_in(&dir, &["trace", "upper.txt", "lower.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not traced"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("超出"));
    assert!(
        started.elapsed() < std::time::Duration::from_secs(60),
        "refused, not matched"
    );
}

#[test]
fn a_class_leading_at_every_level_asks_no_lead_of_the_lower_plan() {
    let dir = common::temp_dir("trace-collective-lead");
    let lower = "某县2024年政务公开工作要点分工方案\n\n\
                 1.推进预决算公开，细化公开到支出功能分类项级科目。（2024年6月底前完成）\n";
    std::fs::write(dir.join("lower.txt"), lower).unwrap();
    let rules = |upper: &str| {
        std::fs::write(
            dir.join("upper.txt"),
            format!(
                "2024年政务公开工作要点\n\n1.推进预决算公开，细化公开到项级科目。（{upper}）\n"
            ),
        )
        .unwrap();
        let json = trace_json(
            dir.join("upper.txt").to_str().unwrap(),
            dir.join("lower.txt").to_str().unwrap(),
        );
        finding_keys(json["lowers"][0]["findings"].as_array().unwrap())
    };
    // one organ leading above needs its counterpart named below; 各级政府 is the county's own
    assert_eq!(rules("省财政厅牵头").len(), 1);
    assert!(rules("各级政府牵头").is_empty());
}
