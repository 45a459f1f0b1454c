//! The formats CI systems and people read: SARIF (validated against the official 2.1.0 schema),
//! JUnit XML, GitHub annotations, the annotated text and the HTML report — one snapshot each.

mod common;

use std::path::Path;

use serde_json::Value;

fn planlint(args: &[&str]) -> std::process::Output {
    common::planlint_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

fn stdout(args: &[&str]) -> String {
    String::from_utf8(planlint(args).stdout).unwrap()
}

fn inputs() -> Vec<String> {
    let mut v = vec!["samples".to_owned()];
    if let Some(d) = common::seeds_dir() {
        v.push(d.display().to_string());
    }
    v
}

fn snapshot(name: &str, text: &str) {
    insta::with_settings!({snapshot_path => "snapshots", prepend_module_to_snapshot => false}, {
        insta::assert_snapshot!(name, text);
    });
}

#[test]
fn sarif_validates_against_the_official_schema() {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sarif-schema-2.1.0.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles");
    let mut args = vec!["check", "--format", "sarif", "--min-severity", "hint"];
    let inputs = inputs();
    args.extend(inputs.iter().map(String::as_str));
    let out = planlint(&args);
    let log: Value = serde_json::from_slice(&out.stdout).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .take(10)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");

    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "utf16CodeUnits");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(
        rules.len(),
        26,
        "every rule in force, with or without findings"
    );
    let results = run["results"].as_array().unwrap();
    assert!(results.len() > 50, "{}", results.len());
    for r in results {
        let i = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[i]["id"], r["ruleId"]);
        assert_eq!(
            r["partialFingerprints"]["planlint/v1"]
                .as_str()
                .unwrap()
                .len(),
            16
        );
    }
    // 003's 福社: line 26; its column in UTF-16 units equals the character column here (no astral characters)
    if common::seeds_dir().is_some() {
        let fu = results
            .iter()
            .find(|r| {
                r["message"]["text"].as_str().unwrap().contains("福社")
                    && r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                        .as_str()
                        .unwrap()
                        .contains("003_")
            })
            .expect("003 福社");
        let region = &fu["locations"][0]["physicalLocation"]["region"];
        assert_eq!(
            (
                region["startLine"].as_u64(),
                region["startColumn"].as_u64(),
                region["endColumn"].as_u64()
            ),
            (Some(26), Some(188), Some(190))
        );
    }
    // a fix is carried as a replacement
    let fixed = results
        .iter()
        .find(|r| r["ruleId"] == "zh-text::common-typos")
        .unwrap();
    assert!(
        fixed["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"]
            .is_string()
    );
}

#[test]
fn sarif_snapshot_of_the_defect_sample() {
    let text = stdout(&["check", "samples/many-defects.txt", "--format", "sarif"]);
    let root = format!("file://{}/", std::env::current_dir().unwrap().display());
    let text = text.replace(&root, "file:///ROOT/");
    let log: Value = serde_json::from_str(&text).unwrap();
    let results = serde_json::to_string_pretty(&log["runs"][0]["results"]).unwrap();
    snapshot("sarif-many-defects", &results);
}

#[test]
fn junit_is_xml_with_a_case_per_file_and_rule() {
    let text = stdout(&["check", "samples", "--format", "junit"]);
    let doc = roxmltree::Document::parse(&text).expect("well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    let suites: Vec<_> = root
        .children()
        .filter(|n| n.has_tag_name("testsuite"))
        .collect();
    // one suite per sample file
    let samples = std::fs::read_dir("samples")
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().is_file())
        .count();
    assert!(samples >= 20, "{samples}");
    assert_eq!(suites.len(), samples);
    let rules = stdout(&["rules"])
        .lines()
        .filter(|l| l.contains("::"))
        .count();
    for s in &suites {
        assert_eq!(
            s.children().filter(|n| n.has_tag_name("testcase")).count(),
            rules
        );
    }
    let failures: usize = suites
        .iter()
        .map(|s| s.attribute("failures").unwrap().parse::<usize>().unwrap())
        .sum();
    assert_eq!(
        root.attribute("failures")
            .unwrap()
            .parse::<usize>()
            .unwrap(),
        failures
    );
    let clean = suites
        .iter()
        .find(|s| s.attribute("name") == Some("samples/clean-plan.txt"))
        .unwrap();
    assert_eq!(clean.attribute("failures"), Some("0"));
    // only findings at or above --fail-on fail a case; the others are its system-out
    let cases = |args: &[&str]| {
        let mut a = vec!["check", "samples/many-defects.txt", "--format", "junit"];
        a.extend_from_slice(args);
        let text = stdout(&a);
        let doc = roxmltree::Document::parse(&text).unwrap();
        let failed = doc
            .descendants()
            .filter(|n| n.has_tag_name("failure"))
            .count();
        let out = doc
            .descendants()
            .filter(|n| n.has_tag_name("system-out"))
            .count();
        (failed, out)
    };
    let (failed_on_error, out_on_error) = cases(&[]);
    let (failed_on_info, out_on_info) = cases(&["--fail-on", "info"]);
    let (failed_never, out_never) = cases(&["--fail-on", "never"]);
    assert!(failed_on_error > 0 && out_on_error > 0);
    assert!(failed_on_info > failed_on_error && out_on_info < out_on_error);
    assert_eq!(failed_never, 0);
    assert!(out_never >= failed_on_info);
    snapshot(
        "junit-many-defects",
        &stdout(&["check", "samples/many-defects.txt", "--format", "junit"]),
    );
}

#[test]
fn github_lines_follow_the_workflow_command_format() {
    let text = stdout(&[
        "check",
        "samples",
        "--format",
        "github",
        "--min-severity",
        "hint",
    ]);
    let re = regex::Regex::new(r"^::(error|warning|notice) file=[^,:]+(,line=\d+,endLine=\d+(,col=\d+,endColumn=\d+)?)?,title=[^,:]+::[^\r\n]+$").unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() > 50);
    let lines_of = regex::Regex::new(r",line=(\d+),endLine=(\d+)(,col=)?").unwrap();
    let mut multi_line = 0;
    for l in &lines {
        assert!(re.is_match(l), "{l}");
        // columns only on a one-line span: the runner drops the others
        if let Some(c) = lines_of.captures(l) {
            if c[1] != c[2] {
                multi_line += 1;
                assert!(c.get(3).is_none(), "{l}");
            }
        }
    }
    assert!(
        multi_line > 0,
        "the samples have findings over several lines"
    );
    assert!(lines
        .iter()
        .any(|l| l.starts_with("::notice ")
            && l.contains("title=zh-text%3A%3Ahalfwidth-punctuation")));
    snapshot(
        "github-many-defects",
        &stdout(&["check", "samples/many-defects.txt", "--format", "github"]),
    );
}

#[test]
fn annotated_text_marks_each_finding_where_it_occurs() {
    let text = stdout(&["check", "samples/many-defects.txt", "--format", "annotated"]);
    assert!(text
        .contains("白政办（2025）⟦1⟧第⟦2⟧0⟦3⟧12号\n    ⟦1⟧ ✖ error gbt9704::doc-number-format："));
    // every line of the plan is there, in order
    let original = std::fs::read_to_string(common::samples_dir().join("many-defects.txt")).unwrap();
    let stripped: String = text
        .lines()
        .skip(1)
        .filter(|l| !l.starts_with("    ⟦"))
        .map(|l| {
            regex::Regex::new(r"⟦\d+⟧")
                .unwrap()
                .replace_all(l, "")
                .into_owned()
                + "\n"
        })
        .collect();
    assert_eq!(stripped.trim_end(), original.trim_end());
    snapshot("annotated-many-defects", &text);
}

#[test]
fn html_report_is_self_contained_and_escaped() {
    let html = stdout(&["check", "samples/many-defects.txt", "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    for external in ["http://", "https://", "<link", "src="] {
        assert!(
            !html.contains(external),
            "no {external}: the report works offline"
        );
    }
    assert_eq!(html.matches("<tr class=\"finding-row").count(), 26);
    snapshot("html-many-defects", &html);
}

#[test]
fn html_report_reads_as_a_chinese_document_with_an_overview_worst_first() {
    let html = stdout(&[
        "check",
        "samples",
        "--format",
        "html",
        "--min-severity",
        "hint",
    ]);
    // the interface is Chinese: no English words outside rule and pack ids (kebab-case), paths
    // and the tool's name
    let chrome: String = {
        let body = &html[html.find("<body>").unwrap()..html.find("<script").unwrap()];
        // the documents' own text (the highlighted sources) is data, not the interface
        let pre = regex::Regex::new(r"(?s)<pre.*?</pre>").unwrap();
        let entity = regex::Regex::new(r"&\w+;").unwrap();
        let body = pre.replace_all(body, " ");
        let body = entity.replace_all(&body, " ");
        let mut text = String::new();
        let mut in_tag = false;
        for c in body.chars() {
            match c {
                '<' => in_tag = true,
                '>' => {
                    in_tag = false;
                    text.push(' ');
                }
                _ if !in_tag => text.push(c),
                _ => {}
            }
        }
        text
    };
    let rule_or_path =
        regex::Regex::new(r"[\w./-]*(::|/|\.txt|\.html|\.docx|\.yaml|-)[\w./-]*").unwrap();
    let prose = rule_or_path.replace_all(&chrome, " ");
    let english = regex::Regex::new(r"\b[A-Za-z]{3,}\b").unwrap();
    // the samples' own text holds a few Latin words (GB/T, UTC in the header, planlint)
    let words: std::collections::BTreeSet<&str> = english
        .find_iter(&prose)
        .map(|m| m.as_str())
        .filter(|w| !matches!(*w, "planlint" | "UTC" | "GB" | "PDF"))
        .collect();
    assert!(
        words.len() <= 3,
        "English in the report's interface: {words:?}"
    );
    assert!(
        html.contains("规则包：gov-openness、gbt9704、zh-text · 配置：默认"),
        "the run's setup"
    );
    for chinese in [
        "检查报告",
        "生成时间",
        "文件概览",
        "全部规则",
        "未明确牵头单位",
        "未明确时限",
    ] {
        assert!(html.contains(chinese), "{chinese}");
    }
    for english in [
        "findings",
        "shown",
        "all rules",
        "planlint report",
        "unreadable",
    ] {
        assert!(!chrome.contains(english), "{english}");
    }
    // the overview lists the files worst first, each linking to its section
    let overview = &html[html.find("<table class=\"overview\">").unwrap()..];
    let overview = &overview[..overview.find("</table>").unwrap()];
    let errors: Vec<usize> = regex::Regex::new(r##"<tr><td><a href="#file-\d+">[^<]*</a></td><td>(?:[^<]|<span[^>]*>[^<]*</span>)*</td><td class="num(?: sev error)?">(\d+)</td>"##)
        .unwrap()
        .captures_iter(overview)
        .map(|c| c[1].parse().unwrap())
        .collect();
    assert!(errors.len() >= 20, "{}", errors.len());
    assert!(
        errors.windows(2).all(|w| w[0] >= w[1]),
        "worst first: {errors:?}"
    );
    assert!(overview.contains("href=\"#file-"));
    // a clean file is one line, without its text; help and fixes are there for print
    let clean = &html[html.find("data-path=\"samples/clean-plan.txt\"").unwrap()..];
    let clean = &clean[..clean.find("</section>").unwrap()];
    assert!(
        clean.contains("未发现问题") && !clean.contains("<pre"),
        "{clean}"
    );
    assert!(html.contains("<div class=\"print-only\"><div>"));
    assert!(html.contains("@media print") && html.contains("size: A4"));
}

#[test]
fn nothing_extra_on_pipes() {
    let out = planlint(&["check", "samples", "--format", "json"]);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn human_and_json_snapshots() {
    let human = stdout(&["check", "samples/many-defects.txt"]);
    // the elapsed time is the one thing that differs between runs
    let human = regex::Regex::new(r" · \d+\.\d\ds$")
        .unwrap()
        .replace(human.trim_end(), " · <elapsed>")
        .into_owned();
    snapshot("human-many-defects", &human);
    snapshot(
        "json-many-defects",
        &stdout(&["check", "samples/many-defects.txt", "--format", "json"]),
    );
}

#[test]
fn a_progress_bar_at_a_terminal_when_checking_many_files() {
    // `script` (util-linux) runs the command on a pseudo-terminal
    let have_script = std::process::Command::new("sh")
        .arg("-c")
        .arg("command -v script")
        .output()
        .is_ok_and(|o| o.status.success());
    if !have_script {
        eprintln!("skipping: no `script` command to provide a terminal");
        return;
    }
    let dir = common::temp_dir("progress");
    for i in 0..25 {
        std::fs::copy(
            common::samples_dir().join("clean-plan.txt"),
            dir.join(format!("p{i}.txt")),
        )
        .unwrap();
    }
    let bin = env!("CARGO_BIN_EXE_planlint");
    let out = std::process::Command::new("script")
        .args([
            "-qec",
            &format!("{bin} check {}", dir.display()),
            "/dev/null",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("/25 files"),
        "progress shown at a terminal: {text}"
    );
    assert!(text.contains("no findings in 25 files"));
    // the same run on a pipe shows no bar
    let piped = common::planlint_in(&dir, &["check", "."]);
    assert!(!String::from_utf8_lossy(&piped.stderr).contains("files"));
}

#[test]
fn every_format_is_the_same_whatever_the_thread_count() {
    // results stream through a reorder buffer: a hundred files finishing out of order on four
    // threads must still be reported in path order, byte for byte as on one thread
    let dir = tempfile::tempdir().unwrap();
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut copies = 0;
    for round in 0..4 {
        for entry in std::fs::read_dir(&samples).unwrap() {
            let p = entry.unwrap().path();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            std::fs::copy(&p, dir.path().join(format!("{round}-{name}"))).unwrap();
            copies += 1;
        }
    }
    assert!(copies >= 100, "{copies}");
    let folder = dir.path().to_str().unwrap();
    let elapsed = regex::Regex::new(r" · \d+\.\d\ds\n$").unwrap();
    for format in [
        "human",
        "json",
        "jsonl",
        "sarif",
        "junit",
        "github",
        "annotated",
        "html",
    ] {
        let run = |jobs: &str| {
            let out = planlint(&[
                "check",
                folder,
                "--format",
                format,
                "-j",
                jobs,
                "--min-severity",
                "hint",
            ]);
            elapsed
                .replace(&String::from_utf8(out.stdout).unwrap(), "\n")
                .into_owned()
        };
        let one = run("1");
        assert!(one.len() > 10_000, "{format}: {} bytes", one.len());
        assert!(one == run("4"), "{format}: -j1 and -j4 differ");
    }
    // and in path order
    let jsonl = stdout(&["check", folder, "--format", "jsonl", "-j", "4"]);
    let paths = common::jsonl_paths(&jsonl);
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
}

#[test]
fn html_report_groups_a_rules_many_findings_and_gives_each_plan_its_meta_and_ledger() {
    let (Some(s000), Some(s004)) = (common::seed("000"), common::seed("004")) else {
        return;
    };
    let html = stdout(&["check", s000.to_str().unwrap(), "--format", "html"]);
    // the 32 missing deadlines are one group row, their findings folded under it
    let group = regex::Regex::new(
        r#"<tr class="group-row" data-rule="gov-openness::deadline-present"[^>]*>.*?<b>(\d+) 项</b>"#,
    )
    .unwrap();
    let n: usize = group.captures(&html).expect("a group row")[1]
        .parse()
        .unwrap();
    assert_eq!(n, 32);
    assert_eq!(
        html.matches("class=\"finding-row in-group folded\" data-id=\"")
            .count(),
        html.matches("class=\"finding-row in-group folded\"")
            .count()
    );
    assert!(
        html.matches("data-rule=\"gov-openness::deadline-present\" data-severity")
            .count()
            >= 32
    );
    assert!(html.contains("<p class=\"meta\">标题："));
    // the ledger of 004 lists its 51 tasks
    let html = stdout(&["check", s004.to_str().unwrap(), "--format", "html"]);
    let ledger = &html[html.find("<table class=\"ledger\">").expect("a ledger")..];
    let ledger = &ledger[..ledger.find("</table>").unwrap()];
    assert_eq!(ledger.matches("<tr><td>").count(), 51);
    assert!(html.contains("任务台账（51 项）"));
}

#[test]
fn wording_of_every_rule_on_the_seeds_and_samples() {
    // what an auditor reads: each rule's title and help, and up to three of its messages as
    // the seeds and samples give them — pinned so that a change of wording is reviewed
    if common::seeds_dir().is_none() {
        return;
    }
    let args = {
        let mut a = vec!["check", "--format", "jsonl", "--min-severity", "hint"];
        a.extend(["--fail-on", "never"]);
        a
    };
    let inputs = inputs();
    let mut all = args.clone();
    all.extend(inputs.iter().map(String::as_str));
    let findings: Vec<Value> = stdout(&all)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let rules: Value = serde_json::from_str(&stdout(&["rules", "--format", "json"])).unwrap();
    let mut text = String::new();
    for rule in rules.as_array().unwrap() {
        let id = rule["id"].as_str().unwrap();
        text.push_str(&format!(
            "## {id} — {}\nhelp: {}\n",
            rule["title"].as_str().unwrap_or(""),
            rule["help"].as_str().unwrap_or("")
        ));
        let mut seen: Vec<&str> = Vec::new();
        let mut count = 0;
        for f in findings.iter().filter(|f| f["rule"] == id) {
            count += 1;
            let m = f["message"].as_str().unwrap();
            if seen.len() < 3 && !seen.contains(&m) {
                seen.push(m);
            }
        }
        for m in &seen {
            text.push_str(&format!("- {m}\n"));
        }
        text.push_str(&format!("findings: {count}\n\n"));
    }
    snapshot("wording", &text);
}
