//! `planlint serve` from the outside: a real server on a free port of 127.0.0.1, driven over
//! HTTP and, for the end-to-end test, through headless Chromium (tests/common/browser.rs).

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::browser::{base64_decode, browser_available, Browser};
use common::http::{read_response, Response};
use serde_json::{json, Value};

/// A running `planlint serve`, stopped (with SIGTERM, as Ctrl-C would) when dropped.
struct Server {
    child: Child,
    port: u16,
}

impl Server {
    fn start(extra: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_planlint"))
            .args(["serve", "--listen", "127.0.0.1:0"])
            .args(extra)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start planlint serve");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let port = line
            .trim()
            .strip_prefix("planlint serve: http://127.0.0.1:")
            .and_then(|r| r.trim_end_matches('/').parse().ok())
            .unwrap_or_else(|| panic!("the address line, got {line:?}"));
        Server { child, port }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    fn get(&self, path: &str) -> Response {
        request(self.port, "GET", path, &[], &[])
    }

    /// Upload `files` (name, bytes) with the form's other fields.
    fn upload(&self, files: &[(String, Vec<u8>)], fields: &[(&str, &str)]) -> Response {
        let boundary = "----planlint-test-boundary-7MA4YWxkTrZu0gW";
        let mut body = Vec::new();
        for (name, value) in fields {
            write!(body, "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").unwrap();
        }
        for (name, bytes) in files {
            write!(body, "--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n").unwrap();
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        write!(body, "--{boundary}--\r\n").unwrap();
        let content_type = format!("multipart/form-data; boundary={boundary}");
        request(
            self.port,
            "POST",
            "/upload",
            &[("Content-Type", &content_type)],
            &body,
        )
    }

    /// The batch page once its plans are checked.
    fn finished(&self, batch: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(120);
        loop {
            let r = self.get(batch);
            assert_eq!(r.status, 200, "{}", r.text());
            let page = r.text();
            if !page.contains("正在检查") {
                return page;
            }
            assert!(Instant::now() < deadline, "the batch never finished");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Resident memory of the server, in KiB.
    fn rss_kib(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap()
    }

    /// Stop it as Ctrl-C would, and say how it ended.
    fn stop(mut self) -> (std::process::ExitStatus, String) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let status = self.child.wait().unwrap();
        let mut err = String::new();
        if let Some(mut e) = self.child.stderr.take() {
            let _ = e.read_to_string(&mut err);
        }
        (status, err)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One HTTP/1.1 request on its own connection.
fn request(port: u16, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Response {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect to planlint serve");
    stream
        .set_read_timeout(Some(Duration::from_secs(120)))
        .unwrap();
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).unwrap();
    // a refused upload is answered before it is all sent: the rest may not be taken
    let _ = stream.write_all(body);
    read_response(stream)
}

/// The plans uploaded: the seeds when `../shared` is here, else the text samples; and the Word
/// sample.
fn plans() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = match common::seeds_dir() {
        Some(d) => {
            let mut s: Vec<PathBuf> = std::fs::read_dir(d)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect();
            s.sort();
            s
        }
        None => [
            "many-defects.txt",
            "numbered-paragraphs.txt",
            "clean-plan.txt",
        ]
        .iter()
        .map(|n| common::samples_dir().join(n))
        .collect(),
    };
    v.push(common::samples_dir().join("many-defects.docx"));
    v
}

fn file_name(p: &Path) -> String {
    p.file_name().unwrap().to_string_lossy().into_owned()
}

/// What `planlint check` finds in each plan: errors, warnings, infos and hints by file name.
fn expected_counts(plans: &[PathBuf]) -> std::collections::BTreeMap<String, [u64; 3]> {
    let mut args = vec!["check", "--format", "json", "--min-severity", "hint"];
    let paths: Vec<String> = plans.iter().map(|p| p.display().to_string()).collect();
    args.extend(paths.iter().map(String::as_str));
    let out = common::planlint_in(Path::new(env!("CARGO_MANIFEST_DIR")), &args);
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut counts = std::collections::BTreeMap::new();
    for p in plans {
        counts.insert(file_name(p), [0u64; 3]);
    }
    for f in json["findings"].as_array().unwrap() {
        let name = file_name(Path::new(f["path"].as_str().unwrap()));
        let slot = counts.get_mut(&name).unwrap();
        match f["severity"].as_str().unwrap() {
            "error" => slot[0] += 1,
            "warning" => slot[1] += 1,
            "info" => slot[2] += 1,
            _ => {}
        }
    }
    counts
}

/// The overview's rows: file name → errors, warnings, infos.
fn overview_counts(page: &str) -> std::collections::BTreeMap<String, [u64; 3]> {
    let row = regex::Regex::new(r#"<tr class="plan-row"[^>]*><td><a href="[^"]+">([^<]+)</a></td>(?:<td[^>]*>.*?</td>){4}<td class="num[^"]*">(\d+)</td><td class="num[^"]*">(\d+)</td><td class="num[^"]*">(\d+)</td>"#).unwrap();
    row.captures_iter(page)
        .map(|c| {
            (
                c[1].to_owned(),
                [
                    c[2].parse().unwrap(),
                    c[3].parse().unwrap(),
                    c[4].parse().unwrap(),
                ],
            )
        })
        .collect()
}

fn location(r: &Response) -> String {
    assert_eq!(r.status, 303, "{}", r.text());
    r.header("location").unwrap().to_owned()
}

fn read_all(plans: &[PathBuf]) -> Vec<(String, Vec<u8>)> {
    plans
        .iter()
        .map(|p| (file_name(p), std::fs::read(p).unwrap()))
        .collect()
}

#[test]
fn an_upload_is_checked_like_check_and_every_download_works() {
    let plans = plans();
    let server = Server::start(&[]);
    let home = server.get("/");
    assert_eq!(home.status, 200);
    let csp = home.header("content-security-policy").unwrap().to_owned();
    assert!(
        csp.contains("default-src 'none'") && csp.contains("script-src 'self' 'nonce-"),
        "{csp}"
    );
    assert!(home.text().contains("type=\"file\""));

    let batch = location(&server.upload(&read_all(&plans), &[("min", "info")]));
    let page = server.finished(&batch);
    assert_eq!(
        overview_counts(&page),
        expected_counts(&plans),
        "the overview counts what check finds"
    );
    assert!(page.contains("<svg"), "charts are drawn on the server");
    assert!(page.contains("各方案未明确牵头单位、时限的任务数"));

    // the Word plan's page and its downloads
    let docx = plans.len() - 1;
    let plan_page = server.get(&format!("{batch}/plan/{docx}"));
    assert_eq!(plan_page.status, 200);
    let nonce = regex::Regex::new(r"'nonce-([0-9a-f]+)'")
        .unwrap()
        .captures(plan_page.header("content-security-policy").unwrap())
        .unwrap()[1]
        .to_owned();
    let html = plan_page.text();
    assert!(
        html.contains(&format!("<script nonce=\"{nonce}\">")),
        "the report's script may run"
    );
    assert!(html.contains("任务台账"));
    let word = server.get(&format!("{batch}/plan/{docx}/download/docx"));
    assert_eq!(word.status, 200);
    assert!(word
        .header("content-disposition")
        .unwrap()
        .contains("filename*=UTF-8''many-defects-%E6%89%B9%E6%B3%A8.docx"));
    let comments = common::docx::part(&word.body, "word/comments.xml").expect("comments.xml");
    let expected = expected_counts(&plans[docx..])["many-defects.docx"];
    assert_eq!(
        comments.matches("<w:comment ").count() as u64,
        expected.iter().sum::<u64>(),
        "a comment per finding shown"
    );
    let csv = server
        .get(&format!("{batch}/plan/{docx}/download/csv"))
        .text();
    assert!(csv.starts_with("\u{feff}文件,任务,序号"));
    assert_eq!(
        csv.lines().count(),
        1 + 7,
        "a row per task of the Word sample"
    );
    for format in ["txt", "html", "sarif", "json"] {
        let r = server.get(&format!("{batch}/plan/{docx}/download/{format}"));
        assert_eq!(r.status, 200, "{format}");
        assert!(r.body.len() > 1000, "{format}");
    }
    let sarif: Value =
        serde_json::from_slice(&server.get(&format!("{batch}/download/sarif")).body).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap().len() as u64;
    let all: u64 = expected_counts(&plans).values().flatten().sum();
    assert_eq!(results, all, "the batch's SARIF holds every finding");
    let ledger = server.get(&format!("{batch}/download/csv")).text();
    assert!(ledger.lines().count() > plans.len());
    let text_plan = server.get(&format!("{batch}/plan/0/download/docx"));
    assert_eq!(text_plan.status, 404, "no Word copy of a text plan");
    assert!(text_plan.text().contains("只为 Word 文档"));

    // choosing packs and a severity
    let only = location(&server.upload(
        &read_all(&plans[docx..]),
        &[("packs", "zh-text"), ("min", "warning")],
    ));
    let page = server.finished(&only);
    assert!(page.contains("规则包：zh-text"));
    let json: Value =
        serde_json::from_slice(&server.get(&format!("{only}/download/json")).body).unwrap();
    for f in json["findings"].as_array().unwrap() {
        assert!(f["rule"].as_str().unwrap().starts_with("zh-text::"), "{f}");
        assert_ne!(f["severity"], "info");
    }

    let rules = server.get("/rules").text();
    assert!(rules.contains("gov-openness::lead-unit-named"));
    assert!(
        rules.contains("invalid (findings)"),
        "examples as explain shows them"
    );
    assert_eq!(server.get("/batch/0123456789abcdef/plan/0").status, 404);

    let (status, err) = server.stop();
    assert!(
        status.success(),
        "Ctrl-C stops it cleanly: {status:?} {err}"
    );
    assert!(err.contains("server stopped"), "{err}");
}

#[test]
fn hostile_uploads_are_refused_and_the_server_keeps_serving() {
    let server = Server::start(&["--max-upload-mib", "16"]);
    let zip_of = |entries: &[(&str, &[u8])]| {
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, data) in entries {
            w.start_file(*name, options).unwrap();
            w.write_all(data).unwrap();
        }
        w.finish().unwrap().into_inner()
    };
    let slip = zip_of(&[
        ("a.txt", "一、任务".as_bytes()),
        ("../../etc/cron.d/x.txt", b"x"),
    ]);
    let r = server.upload(&[("folder.zip".into(), slip)], &[]);
    assert_eq!(r.status, 400);
    assert!(r.text().contains("指向压缩包之外"), "{}", r.text());
    assert_eq!(server.get("/").status, 200);

    let spaces = vec![b' '; 20 << 20];
    let bomb = zip_of(&[
        ("a.txt", &spaces),
        ("b.txt", &spaces),
        ("c.txt", &spaces),
        ("d.txt", &spaces),
    ]);
    assert!(
        bomb.len() < 1 << 20,
        "80 MiB that zip to {} bytes",
        bomb.len()
    );
    let r = server.upload(&[("bomb.zip".into(), bomb)], &[]);
    assert_eq!(r.status, 400);
    assert!(r.text().contains("压缩炸弹"), "{}", r.text());
    assert_eq!(server.get("/").status, 200);

    // 1 GiB announced: refused before a byte of it is read
    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    write!(stream, "POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 1073741824\r\nExpect: 100-continue\r\n\r\n").unwrap();
    let r = read_response(stream);
    assert_eq!(r.status, 413);
    assert!(
        r.text().contains("上传内容超过 16 MiB 的上限"),
        "{}",
        r.text()
    );
    // sent without saying its size: cut off at the limit
    let big = vec![(String::from("big.txt"), vec![b'a'; 17 << 20])];
    let started = Instant::now();
    let r = server.upload(&big, &[]);
    assert_eq!(r.status, 413, "{}", r.text());
    assert!(started.elapsed() < Duration::from_secs(30));
    assert_eq!(server.get("/").status, 200);

    // script in a file name and in a plan's text is shown as text
    let plan = "白河县2025年政务公开工作要点\n\n1.做好公开<script>alert(1)</script>布署工作。（县政府办牵头，2025年6月底前完成）\n";
    let name = "<script>alert(1)</script>.txt".to_owned();
    let batch = location(&server.upload(&[(name, plan.as_bytes().to_vec())], &[]));
    let overview = server.finished(&batch);
    assert!(!overview.contains("<script>alert"), "the name is escaped");
    assert!(overview.contains("&lt;script&gt;alert(1)&lt;／script&gt;.txt"));
    let page = server.get(&format!("{batch}/plan/0")).text();
    assert!(!page.contains("<script>alert"));
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(server.get("/batch/..%2F..%2Fetc/plan/0").status == 404);
}

#[test]
fn fifty_concurrent_uploads_are_all_right_and_memory_returns_to_idle() {
    let plans = plans();
    let files = read_all(&plans);
    let expected = expected_counts(&plans);
    let server = Server::start(&[]);
    // idle: started, with one batch checked (rules, vocabulary and pages warmed up)
    let first = location(&server.upload(&files, &[]));
    server.finished(&first);
    let idle = server.rss_kib();
    // two bursts: the allocator may keep pages from the first for reuse, but a server that
    // keeps batches grows again with the second
    let burst = || {
        let results: Vec<_> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..50)
                .map(|_| {
                    s.spawn(|| {
                        let r = server.upload(&files, &[]);
                        let batch = location(&r);
                        let counts = overview_counts(&server.finished(&batch));
                        // the auditor is done: the batch's documents leave memory
                        let deleted =
                            request(server.port, "POST", &format!("{batch}/delete"), &[], &[]);
                        assert_eq!(deleted.status, 303);
                        assert_eq!(server.get(&batch).status, 404);
                        counts
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap())
                .collect::<Vec<_>>()
        });
        assert_eq!(results.len(), 50);
        for counts in &results {
            assert_eq!(counts, &expected);
        }
        server.rss_kib()
    };
    let first_burst = burst();
    let second_burst = burst();
    eprintln!("RSS: idle {idle} KiB, after fifty concurrent uploads {first_burst} KiB, after fifty more {second_burst} KiB");
    assert!(
        first_burst <= idle + IDLE_SLACK_KIB,
        "memory returns near its idle level: idle {idle} KiB, after {first_burst} KiB"
    );
    assert!(
        second_burst <= first_burst + BURST_GROWTH_KIB,
        "a second burst keeps nothing more: after the first {first_burst} KiB, after the second {second_burst} KiB"
    );
}

/// Allocators keep a burst's pages per thread for reuse (measured 31-41 MiB on a 2-core
/// machine after fifty concurrent batches); fifty kept batches of the seeds would be far more.
const IDLE_SLACK_KIB: u64 = 64 * 1024;
/// What a second, equal burst may add to the first: the pages kept are reused, so a server
/// that frees its batches stays level.
const BURST_GROWTH_KIB: u64 = 16 * 1024;

#[test]
fn the_page_in_a_browser_uploads_shows_and_hands_on_the_findings() {
    if !browser_available() {
        return;
    }
    let plans = plans();
    let expected = expected_counts(&plans);
    let server = Server::start(&[]);
    let browser = Browser::start();
    browser.go(&server.url("/"));
    let input = browser.element("input#files");
    let paths: Vec<String> = plans
        .iter()
        .map(|p| std::fs::canonicalize(p).unwrap().display().to_string())
        .collect();
    browser.ok(
        "POST",
        &format!("/element/{input}/value"),
        Some(json!({ "text": paths.join("\n") })),
    );
    let chosen = browser.script("return document.querySelectorAll('#chosen li').length;");
    assert_eq!(
        chosen.as_u64(),
        Some(plans.len() as u64),
        "the page lists the files chosen"
    );
    let submit = browser.element("button[type=submit]");
    browser.ok("POST", &format!("/element/{submit}/click"), Some(json!({})));
    let deadline = Instant::now() + Duration::from_secs(120);
    while browser.script("return document.getElementById('plans') !== null;") != Value::Bool(true) {
        assert!(Instant::now() < deadline, "the overview never came");
        std::thread::sleep(Duration::from_millis(200));
    }
    let rows = browser.script("return Array.prototype.map.call(document.querySelectorAll('#plans tbody tr'), function (r) { var c = r.cells; return [c[0].textContent, +c[5].textContent, +c[6].textContent, +c[7].textContent]; });");
    let mut shown = std::collections::BTreeMap::new();
    for r in rows.as_array().unwrap() {
        shown.insert(
            r[0].as_str().unwrap().to_owned(),
            [
                r[1].as_u64().unwrap(),
                r[2].as_u64().unwrap(),
                r[3].as_u64().unwrap(),
            ],
        );
    }
    assert_eq!(shown, expected, "the overview shows each plan's counts");
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    std::fs::create_dir_all(&dir).unwrap();
    let png = base64_decode(browser.ok("GET", "/screenshot", None).as_str().unwrap());
    std::fs::write(dir.join("planlint-serve-overview.png"), &png).unwrap();
    assert!(png.len() > 10_000);

    // sorting by a column and filtering
    let first_by_name = browser.script("var th = document.querySelector('#plans th'); th.click(); return document.querySelector('#plans tbody tr').cells[0].textContent;");
    assert_eq!(
        first_by_name.as_str(),
        expected.keys().next().map(String::as_str)
    );
    let first_descending = browser.script("document.querySelector('#plans th').click(); return document.querySelector('#plans tbody tr').cells[0].textContent;");
    assert_eq!(
        first_descending.as_str(),
        expected.keys().next_back().map(String::as_str)
    );
    browser.script("var f = document.getElementById('filter'); f.value = 'many-defects'; f.dispatchEvent(new Event('input')); return 0;");
    let visible = browser.script("return Array.prototype.filter.call(document.querySelectorAll('#plans tbody tr'), function (r) { return !r.hidden; }).length;");
    assert_eq!(visible.as_u64(), Some(1));

    // one plan: a click on a finding shows its message
    let link = browser.element("#plans tbody tr:not([hidden]) a");
    browser.ok("POST", &format!("/element/{link}/click"), Some(json!({})));
    let target = "mark.finding";
    browser.script(&format!(
        "document.querySelector('{target}').scrollIntoView({{block: 'center'}}); return 0;"
    ));
    let expected_message = browser.script(&format!("var m = document.querySelector('{target}'); var data = JSON.parse(document.getElementById('findings-data').textContent); return data[m.getAttribute('data-ids').split(' ')[0]].message;"));
    let mark = browser.element(target);
    browser.ok("POST", &format!("/element/{mark}/click"), Some(json!({})));
    let detail = browser.text("#detail");
    let expected_message = expected_message.as_str().unwrap();
    assert!(
        detail.contains(expected_message),
        "detail shows “{expected_message}”, got “{detail}”"
    );
    let png = base64_decode(browser.ok("GET", "/screenshot", None).as_str().unwrap());
    std::fs::write(dir.join("planlint-serve-plan.png"), &png).unwrap();

    // the downloads, fetched by the page as a click would
    let fetch = |format: &str| -> Vec<u8> {
        let js = format!("var done = arguments[arguments.length - 1]; var a = document.querySelector('a.download[data-format={format}]'); fetch(a.href).then(function (r) {{ return r.arrayBuffer(); }}).then(function (b) {{ var s = ''; var u = new Uint8Array(b); for (var i = 0; i < u.length; i++) s += String.fromCharCode(u[i]); done(btoa(s)); }});");
        base64_decode(browser.script_async(&js).as_str().unwrap())
    };
    let word = fetch("docx");
    let comments = common::docx::part(&word, "word/comments.xml").expect("an annotated Word copy");
    assert_eq!(
        comments.matches("<w:comment ").count() as u64,
        expected["many-defects.docx"].iter().sum::<u64>()
    );
    let csv = String::from_utf8(fetch("csv")).unwrap();
    assert!(csv.contains("many-defects.docx,1,1,"), "{csv}");
    let (status, err) = server.stop();
    assert!(status.success(), "{err}");
}
