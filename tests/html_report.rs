//! The HTML report in a real browser: headless Chromium driven through chromedriver (WebDriver
//! over HTTP on 127.0.0.1). Every finding with a span is highlighted, clicking a highlight shows
//! its message, a plan holding `<script>alert(1)</script>` shows it as text, and a screenshot is
//! saved under target/. The browser is installed by tests/support/install-browser.sh if missing.

mod common;

use std::path::{Path, PathBuf};

use common::browser::{base64_decode, browser_available, Browser};
use serde_json::{json, Value};

fn planlint(args: &[&str]) -> std::process::Output {
    common::planlint_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

/// The inputs: the seeds when present, and the samples.
fn inputs() -> Vec<String> {
    let mut v = vec!["samples".to_owned()];
    if let Some(d) = common::seeds_dir() {
        v.push(d.display().to_string());
    }
    v
}

fn out_dir() -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn the_report_highlights_every_finding_and_clicking_one_shows_its_message() {
    if !browser_available() {
        return;
    }
    let dir = out_dir();
    let report = dir.join("planlint-report.html");
    let mut args = vec![
        "check",
        "--format",
        "json",
        "--html-report",
        report.to_str().unwrap(),
    ];
    let inputs = inputs();
    args.extend(inputs.iter().map(String::as_str));
    let out = planlint(&args);
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let with_span = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| !f["span"].is_null())
        .count();
    assert!(with_span > 20, "{with_span}");

    let browser = Browser::start();
    browser.open(&report);
    let highlighted = browser.script("var ids = {}; document.querySelectorAll('mark.finding').forEach(function (m) { m.getAttribute('data-ids').split(' ').forEach(function (i) { ids[i] = 1; }); }); return Object.keys(ids).length;");
    assert_eq!(
        highlighted.as_u64(),
        Some(with_span as u64),
        "every finding with a span is highlighted"
    );
    let rows = browser.script("return document.querySelectorAll('tr.finding-row').length;");
    assert_eq!(
        rows.as_u64(),
        Some(json["findings"].as_array().unwrap().len() as u64)
    );

    // a real click on a highlight in the defect sample
    let target = "section.file[data-path$=\"many-defects.txt\"] mark.finding";
    browser.script(&format!(
        "document.querySelector('{target}').scrollIntoView({{block: 'center'}}); return 0;"
    ));
    let expected = browser.script(&format!("var m = document.querySelector('{target}'); var data = JSON.parse(document.getElementById('findings-data').textContent); return data[m.getAttribute('data-ids').split(' ')[0]].message;"));
    let mark = browser.element(target);
    browser.ok("POST", &format!("/element/{mark}/click"), Some(json!({})));
    let detail = browser.element("#detail");
    let text = browser.ok("GET", &format!("/element/{detail}/text"), None);
    let expected = expected.as_str().unwrap();
    assert!(
        text.as_str().unwrap().contains(expected),
        "detail shows “{expected}”, got “{text}”"
    );

    let png = base64_decode(browser.ok("GET", "/screenshot", None).as_str().unwrap());
    assert!(png.starts_with(b"\x89PNG"), "a PNG screenshot");
    std::fs::write(dir.join("planlint-report.png"), png).unwrap();
    assert!(dir.join("planlint-report.png").metadata().unwrap().len() > 10_000);

    // a group row unfolds its findings on a click, and folds them again
    let unfolded = browser.script("var g = document.querySelector('tr.group-row'); if (!g) return -1; var r = g.nextElementSibling; var before = r.offsetParent !== null; g.click(); var after = r.offsetParent !== null; g.click(); var again = r.offsetParent !== null; return (before ? 1 : 0) + (after ? 2 : 0) + (again ? 4 : 0);");
    assert_eq!(
        unfolded.as_u64(),
        Some(2),
        "folded, shown after a click, folded after another"
    );

    // filtering by severity hides rows
    browser.script(
        "var b = document.querySelector('input.sev-filter[value=error]'); b.click(); return 0;",
    );
    let errors_hidden = browser.script("return Array.prototype.slice.call(document.querySelectorAll('tr.finding-row')).filter(function (r) { return r.getAttribute('data-severity') === 'error' && r.offsetParent !== null; }).length;");
    assert_eq!(errors_hidden.as_u64(), Some(0));
}

#[test]
fn a_plan_holding_a_script_tag_shows_it_as_text() {
    if !browser_available() {
        return;
    }
    let dir = common::temp_dir("xss");
    let plan = dir.join("plan.txt");
    std::fs::write(&plan, "白河县2025年政务公开工作要点\n\n1.做好公开<script>alert(1)</script>布署工作。（相关部门牵头，各乡镇人民政府落实）\n").unwrap();
    let report = dir.join("report.html");
    let out = planlint(&["check", plan.to_str().unwrap(), "--format", "html"]);
    std::fs::write(&report, &out.stdout).unwrap();
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));

    let browser = Browser::start();
    browser.open(&report);
    let (status, _) = browser.call("GET", "/alert/text", None);
    assert_ne!(status, 200, "no alert was opened");
    let shown = browser.script("return document.querySelector('pre.source').textContent.indexOf('<script>alert(1)</script>') >= 0;");
    assert_eq!(shown, Value::Bool(true));
    assert_eq!(
        browser.script("return document.scripts.length;").as_u64(),
        Some(2),
        "only the report's own scripts"
    );
}

#[test]
fn the_report_prints_on_a4_with_every_findings_help_and_without_the_side_panel() {
    if !browser_available() {
        return;
    }
    let dir = out_dir();
    let report = dir.join("planlint-report-print.html");
    let out = planlint(&["check", "samples", "--format", "html", "--fail-on", "never"]);
    std::fs::write(&report, &out.stdout).unwrap();
    let browser = Browser::start();
    browser.open(&report);
    // the page as it prints: print media emulated through the DevTools protocol
    browser.ok(
        "POST",
        "/goog/cdp/execute",
        Some(json!({ "cmd": "Emulation.setEmulatedMedia", "params": { "media": "print" } })),
    );
    let panel =
        browser.script("return getComputedStyle(document.getElementById('detail')).display;");
    assert_eq!(
        panel,
        Value::String("none".into()),
        "no side panel on paper"
    );
    let missing = browser.script("return Array.prototype.slice.call(document.querySelectorAll('tr.finding-row')).filter(function (r) { var p = r.querySelector('.print-only'); return !p || (p.textContent.length > 0 && getComputedStyle(p).display === 'none'); }).length;");
    assert_eq!(missing.as_u64(), Some(0), "every finding's help is printed");
    let with_help = browser.script("return Array.prototype.slice.call(document.querySelectorAll('tr.finding-row .print-only')).filter(function (p) { return p.textContent.length > 0; }).length;");
    assert!(with_help.as_u64().unwrap() > 50, "{with_help}");
    let png = base64_decode(browser.ok("GET", "/screenshot", None).as_str().unwrap());
    std::fs::write(dir.join("planlint-report-print.png"), png).unwrap();
    // the PDF Chromium prints: A4 pages (595 × 842 pt), a page per file with findings
    let pdf = base64_decode(
        browser
            .ok(
                "POST",
                "/print",
                Some(json!({ "page": { "width": 21.0, "height": 29.7 }, "background": true })),
            )
            .as_str()
            .unwrap(),
    );
    std::fs::write(dir.join("planlint-report.pdf"), &pdf).unwrap();
    let text = String::from_utf8_lossy(&pdf);
    let boxes: Vec<f64> = regex::Regex::new(r"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)")
        .unwrap()
        .captures_iter(&text)
        .map(|c| c[1].parse::<f64>().unwrap())
        .collect();
    assert!(!boxes.is_empty(), "pages in the PDF");
    assert!(
        boxes.iter().all(|w| *w <= 596.0),
        "no page wider than A4: {boxes:?}"
    );
    let files_with_findings =
        browser.script("return document.querySelectorAll('section.file:not(.clean)').length;");
    assert!(
        boxes.len() as u64 >= files_with_findings.as_u64().unwrap(),
        "{} pages",
        boxes.len()
    );
}
