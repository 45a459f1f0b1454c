//! The HTML report in a real browser: headless Chromium driven through chromedriver (WebDriver
//! over HTTP on 127.0.0.1). Every finding with a span is highlighted, clicking a highlight shows
//! its message, a plan holding `<script>alert(1)</script>` shows it as text, and a screenshot is
//! saved under target/. The browser is installed by tests/support/install-browser.sh if missing.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// A chromedriver process and one browser session.
struct Browser {
    driver: Child,
    port: u16,
    session: String,
}

fn http(port: u16, method: &str, path: &str, body: Option<&Value>) -> (u16, Value) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect to chromedriver");
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    write!(stream, "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len()).unwrap();
    let mut reader = BufReader::new(stream);
    let mut status_line = String::new();
    reader.read_line(&mut status_line).unwrap();
    let status: u16 = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let (mut length, mut chunked) = (None, false);
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        let lower = line.to_ascii_lowercase();
        if let Some(v) = lower.strip_prefix("content-length:") {
            length = v.trim().parse::<usize>().ok();
        }
        if lower.starts_with("transfer-encoding:") && lower.contains("chunked") {
            chunked = true;
        }
    }
    let mut data = Vec::new();
    if chunked {
        loop {
            let mut size = String::new();
            reader.read_line(&mut size).unwrap();
            let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
            if n == 0 {
                break;
            }
            let mut chunk = vec![0; n + 2];
            reader.read_exact(&mut chunk).unwrap();
            data.extend_from_slice(&chunk[..n]);
        }
    } else if let Some(n) = length {
        data.resize(n, 0);
        reader.read_exact(&mut data).unwrap();
    } else {
        reader.read_to_end(&mut data).unwrap();
    }
    (status, serde_json::from_slice(&data).unwrap_or(Value::Null))
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Browser {
    fn start() -> Browser {
        let port = free_port();
        let driver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let deadline = Instant::now() + Duration::from_secs(30);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        let profile =
            std::env::temp_dir().join(format!("planlint-chromium-{}-{port}", std::process::id()));
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                         "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                         "--window-size=1400,1000", format!("--user-data-dir={}", profile.display())]
            }
        }}});
        let (status, v) = http(port, "POST", "/session", Some(&caps));
        assert_eq!(status, 200, "new session: {v}");
        let session = v["value"]["sessionId"]
            .as_str()
            .expect("session id")
            .to_owned();
        Browser {
            driver,
            port,
            session,
        }
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>) -> (u16, Value) {
        http(
            self.port,
            method,
            &format!("/session/{}{path}", self.session),
            body.as_ref(),
        )
    }

    fn ok(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let (status, v) = self.call(method, path, body);
        assert_eq!(status, 200, "{method} {path}: {v}");
        v["value"].clone()
    }

    fn open(&self, file: &Path) {
        let url = format!("file://{}", std::fs::canonicalize(file).unwrap().display());
        self.ok("POST", "/url", Some(json!({ "url": url })));
    }

    fn script(&self, js: &str) -> Value {
        self.ok(
            "POST",
            "/execute/sync",
            Some(json!({ "script": js, "args": [] })),
        )
    }

    fn element(&self, css: &str) -> String {
        let v = self.ok(
            "POST",
            "/element",
            Some(json!({ "using": "css selector", "value": css })),
        );
        v.as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .expect("element id")
            .to_owned()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.call("DELETE", "", None);
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

fn base64_decode(s: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let digits: Vec<u8> = s.bytes().filter_map(value).collect();
    let mut out = Vec::with_capacity(digits.len() * 3 / 4);
    for chunk in digits.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, d)| acc | (u32::from(*d) << (18 - 6 * i)));
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..chunk.len().saturating_sub(1)]);
    }
    out
}

/// Whether chromium, chromedriver and a CJK font are here. They are installed by `.ci/run`
/// (tests/support/install-browser.sh), never from inside `cargo test`: in CI their absence is a
/// failure, elsewhere the test is skipped with a note.
fn browser_available() -> bool {
    let have = |c: &str| {
        Command::new("sh")
            .arg("-c")
            .arg(c)
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if have("command -v chromium")
        && have("command -v chromedriver")
        && have("fc-list | grep -qi cjk")
    {
        return true;
    }
    let message = "chromium, chromedriver and a CJK font are needed: run tests/support/install-browser.sh (.ci/run does)";
    if std::env::var_os("CI").is_some_and(|v| !v.is_empty()) {
        panic!("{message}");
    }
    eprintln!("skipping: {message}");
    false
}

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
