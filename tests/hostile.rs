//! The hostile-input matrix: what a hostile or careless user can hand planlint, and the exact
//! outcome — a user's file keeps every byte, mode and link but the fix; special files and
//! oversize inputs are refused with a message and exit 2, never a hang; document text and file
//! names reach no output format unescaped.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

fn planlint(dir: &Path, args: &[&str]) -> Output {
    common::planlint_in(dir, args)
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A plan with fixable findings (half-width punctuation, a typo) and nothing else special.
const FIXABLE: &str = "某区2026年政务公开工作要点\n\n一、重点任务\n1.做好福社政策公开工作,及时更新专栏。（区民政局牵头，2026年12月底前完成）\n2.做好预算公开工作。（区财政局牵头，2026年6月底前完成）\n";

fn fixable(dir: &Path, name: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, FIXABLE).unwrap();
    p
}

/// What `--fix` makes of [`FIXABLE`], from a copy fixed in a folder of its own.
fn fixed_text() -> Vec<u8> {
    let dir = common::temp_dir("hostile-reference");
    let p = fixable(&dir, "plan.txt");
    let out = planlint(&dir, &["check", "plan.txt", "--fix"]);
    assert!(out.status.code().is_some_and(|c| c < 2), "{}", stderr(&out));
    let fixed = std::fs::read(p).unwrap();
    assert_ne!(fixed, FIXABLE.as_bytes(), "the reference plan has fixes");
    fixed
}

#[test]
fn the_crash_plan_is_checked_and_costs_no_other_file_its_findings() {
    let dir = common::temp_dir("hostile-crash");
    let crash = "东湖区2026年政务公开重点工作任务分工\n\t工作任务\n\t重点内容办理时限\n\t具体要求\n\t责任单位\n\t时限\n\n\t一、加强政䮤牵头，区政府各部门负责落实\n\t年底前\n";
    std::fs::write(dir.join("crash.txt"), crash).unwrap();
    std::fs::copy(
        common::samples_dir().join("many-defects.txt"),
        dir.join("other.txt"),
    )
    .unwrap();
    let alone = planlint(&dir, &["check", "crash.txt", "--format", "jsonl"]);
    assert!(
        alone.status.code().is_some_and(|c| c < 2),
        "{}",
        stderr(&alone)
    );
    let other = planlint(&dir, &["check", "other.txt", "--format", "jsonl"]);
    let both = planlint(
        &dir,
        &["check", "crash.txt", "other.txt", "--format", "jsonl"],
    );
    let lines = |o: &Output, file: &str| {
        String::from_utf8_lossy(&o.stdout)
            .lines()
            .filter(|l| l.contains(file))
            .count()
    };
    assert!(lines(&other, "other.txt") > 0);
    assert_eq!(lines(&both, "other.txt"), lines(&other, "other.txt"));
}

#[cfg(unix)]
#[test]
fn fix_keeps_modes_links_and_refuses_what_it_cannot_keep() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let fixed = fixed_text();
    let dir = common::temp_dir("hostile-fix");

    // read-only: refused, bytes and mode unchanged (even for root, who could write it)
    let ro = fixable(&dir, "readonly.txt");
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o444)).unwrap();
    let out = planlint(&dir, &["check", "readonly.txt", "--fix"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("read-only"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&ro).unwrap(), FIXABLE.as_bytes());
    assert_eq!(std::fs::metadata(&ro).unwrap().mode() & 0o777, 0o444);

    // an unusual mode is kept
    let odd = fixable(&dir, "mode.txt");
    std::fs::set_permissions(&odd, std::fs::Permissions::from_mode(0o640)).unwrap();
    let out = planlint(&dir, &["check", "mode.txt", "--fix"]);
    assert!(out.status.code().is_some_and(|c| c < 2), "{}", stderr(&out));
    assert_eq!(std::fs::read(&odd).unwrap(), fixed);
    assert_eq!(std::fs::metadata(&odd).unwrap().mode() & 0o777, 0o640);

    // a symlink stays a symlink; its target is fixed
    let target = fixable(&dir, "target.txt");
    std::os::unix::fs::symlink("target.txt", dir.join("link.txt")).unwrap();
    let out = planlint(&dir, &["check", "link.txt", "--fix"]);
    assert!(out.status.code().is_some_and(|c| c < 2), "{}", stderr(&out));
    assert!(std::fs::symlink_metadata(dir.join("link.txt"))
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(std::fs::read(&target).unwrap(), fixed);

    // a hard link: refused, both names unchanged and still one file
    let a = fixable(&dir, "a.txt");
    std::fs::hard_link(&a, dir.join("b.txt")).unwrap();
    let out = planlint(&dir, &["check", "a.txt", "--fix"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("hard links"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&a).unwrap(), FIXABLE.as_bytes());
    assert_eq!(std::fs::metadata(&a).unwrap().nlink(), 2);

    // the same file under two spellings is checked (and fixed) once
    let twice = fixable(&dir, "twice.txt");
    let out = planlint(&dir, &["check", "twice.txt", "./twice.txt", "--fix"]);
    assert!(out.status.code().is_some_and(|c| c < 2), "{}", stderr(&out));
    assert_eq!(std::fs::read(&twice).unwrap(), fixed);
}

#[cfg(unix)]
#[test]
fn a_symlink_planted_where_the_temporary_file_used_to_go_is_never_followed() {
    // planlint once wrote `.NAME.planlint-PID.tmp`; plant symlinks to a victim at the names the
    // next process ids would give
    let dir = common::temp_dir("hostile-planted");
    let victim = dir.join("victim.txt");
    std::fs::write(&victim, "victim").unwrap();
    fixable(&dir, "plan.txt");
    let next = std::process::id();
    for pid in next..next + 200 {
        let _ =
            std::os::unix::fs::symlink(&victim, dir.join(format!(".plan.txt.planlint-{pid}.tmp")));
    }
    let out = planlint(&dir, &["check", "plan.txt", "--fix"]);
    assert!(out.status.code().is_some_and(|c| c < 2), "{}", stderr(&out));
    assert_eq!(std::fs::read(&victim).unwrap(), b"victim");
    // nothing left behind but what was there
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".planlint.tmp"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

#[test]
fn a_line_appended_while_planlint_fixes_is_never_lost() {
    let dir = common::temp_dir("hostile-append");
    let plan = dir.join("plan.txt");
    let mut body = FIXABLE.to_owned();
    for n in 3..400 {
        body.push_str(&format!(
            "{n}.做好第{n}项公开工作,按要求更新。（区政府办公室牵头，2026年12月底前完成）\n"
        ));
    }
    std::fs::write(&plan, &body).unwrap();
    let mut appended = Vec::new();
    for round in 0..12 {
        let child = Command::new(env!("CARGO_BIN_EXE_planlint"))
            .args(["check", "plan.txt", "--fix", "--format", "jsonl"])
            .current_dir(&dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // another program appends while the fix runs
        std::thread::sleep(Duration::from_millis(5 * (round % 4)));
        let line = format!("追加的第{round}行。\n");
        {
            use std::io::Write;
            let mut f = std::fs::OpenOptions::new()
                .append(true)
                .open(&plan)
                .unwrap();
            f.write_all(line.as_bytes()).unwrap();
        }
        appended.push(line);
        let status = child.wait_with_output().unwrap().status;
        assert!(status.code().is_some_and(|c| c <= 2));
    }
    let now = std::fs::read_to_string(&plan).unwrap();
    for line in &appended {
        assert!(now.contains(line.as_str()), "lost {line:?}");
    }
}

#[test]
fn reports_and_baselines_are_never_written_over_an_input() {
    let dir = common::temp_dir("hostile-report");
    fixable(&dir, "plan.txt");
    for flag in ["--html-report", "--write-baseline"] {
        let out = planlint(&dir, &["check", ".", flag, "./plan.txt"]);
        assert_eq!(out.status.code(), Some(2), "{flag}");
        assert!(
            stderr(&out).contains("one of the plans being checked"),
            "{}",
            stderr(&out)
        );
        assert_eq!(
            std::fs::read(dir.join("plan.txt")).unwrap(),
            FIXABLE.as_bytes()
        );
    }
}

/// Run planlint with a deadline far above what the case needs: a hang fails, not blocks.
fn within(dir: &Path, args: &[&str], limit: Duration) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_planlint"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            panic!("planlint {args:?} did not finish in {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[cfg(unix)]
#[test]
fn fifos_devices_and_oversize_files_are_refused_and_the_rest_checked() {
    let dir = common::temp_dir("hostile-special");
    fixable(&dir, "plan.txt");
    let fifo = dir.join("pipe.txt");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    std::fs::write(dir.join("big.txt"), vec![b'a'; 2 * 1024 * 1024]).unwrap();
    let out = within(
        &dir,
        &[
            "check",
            "pipe.txt",
            "/dev/zero",
            "big.txt",
            "plan.txt",
            "--max-file-size",
            "1",
            "--format",
            "jsonl",
        ],
        Duration::from_secs(60),
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("pipe.txt: a named pipe (FIFO) is not read"),
        "{err}"
    );
    assert!(err.contains("/dev/zero: a device is not read"), "{err}");
    assert!(
        err.contains("big.txt: the file is 2097152 bytes, more than the 1048576 read"),
        "{err}"
    );
    // the plan among them is still checked
    assert!(String::from_utf8_lossy(&out.stdout).contains("plan.txt"));
}

#[test]
fn standard_input_is_read_when_named_dash() {
    let dir = common::temp_dir("hostile-stdin");
    let mut child = Command::new(env!("CARGO_BIN_EXE_planlint"))
        .args(["check", "-", "--format", "jsonl", "--fail-on", "never"])
        .current_dir(&dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(FIXABLE.as_bytes()).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let rules: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["rule"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert!(
        rules.contains(&"zh-text::common-typos".to_owned()),
        "{rules:?}"
    );
    // --stdin-filename names it in the report; --fix cannot rewrite it
    let mut child = Command::new(env!("CARGO_BIN_EXE_planlint"))
        .args([
            "check",
            "-",
            "--stdin-filename",
            "plans/plan.txt",
            "--format",
            "jsonl",
        ])
        .args(["--fail-on", "never"])
        .current_dir(&dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(FIXABLE.as_bytes())
            .unwrap();
    }
    let out = child.wait_with_output().unwrap();
    let paths: std::collections::BTreeSet<String> =
        common::jsonl_paths(&String::from_utf8_lossy(&out.stdout))
            .into_iter()
            .collect();
    assert_eq!(paths.into_iter().collect::<Vec<_>>(), ["plans/plan.txt"]);
    let out = within(&dir, &["check", "-", "--fix"], Duration::from_secs(30));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--fix cannot rewrite standard input"));
}

/// Text that would act if an output passed it on raw. (ESC and other C0 controls make a file
/// binary, which is refused; they come in the file name.)
const HOSTILE: &[&str] = &[
    "</script><script>alert(1)</script>",
    "<!--",
    "]]>",
    "\u{202e}",
    "%0A::error file=x::forged",
];

#[test]
fn document_text_and_file_names_reach_every_format_only_escaped() {
    let dir = common::temp_dir("hostile-outputs");
    let name = if cfg!(windows) {
        "plan.txt"
    } else {
        "plan<!--draft-->\u{1b}[31m\u{202e}.txt"
    };
    // each hostile string sits in a unit name the rules quote, and beside a typo they flag
    let mut text = "某区2026年政务公开工作要点\n\n一、重点任务\n".to_owned();
    for (i, h) in HOSTILE.iter().enumerate() {
        text.push_str(&format!(
            "{}.做好福社{h}公开工作。（牵头单位：{h}区民政局{h}；2026年12月底前完成）\n",
            i + 1
        ));
    }
    std::fs::write(dir.join(name), &text).unwrap();
    let run = |format: &str| {
        let out = planlint(
            &dir,
            &[
                "check",
                name,
                "--format",
                format,
                "--min-severity",
                "hint",
                "--fail-on",
                "never",
            ],
        );
        assert_eq!(out.status.code(), Some(0), "{format}: {}", stderr(&out));
        String::from_utf8(out.stdout).unwrap()
    };
    // the terminal formats: no escape or override reaches the terminal
    for format in ["human", "annotated", "github"] {
        let out = run(format);
        assert!(
            !out.contains('\u{1b}') && !out.contains('\u{202e}'),
            "{format}:\n{out}"
        );
        assert!(
            out.contains("\\u{202e}"),
            "{format}: the override is shown as an escape"
        );
    }
    // GitHub: every line is one command; document text cannot start another
    let github = run("github");
    for line in github.lines() {
        assert!(
            line.starts_with("::error ")
                || line.starts_with("::warning ")
                || line.starts_with("::notice "),
            "{line}"
        );
        assert!(
            !line.contains("%0A::error file=x::forged") || line.contains("%250A"),
            "{line}"
        );
    }
    // JSON formats parse and carry the text as it is
    let json: Value = serde_json::from_str(&run("json")).unwrap();
    assert!(
        json.to_string().contains("\u{202e}"),
        "JSON carries the text as it is"
    );
    for line in run("jsonl").lines() {
        serde_json::from_str::<Value>(line).unwrap();
    }
    let sarif: Value = serde_json::from_str(&run("sarif")).unwrap();
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sarif-schema-2.1.0.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::options().build(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    // JUnit is well-formed XML
    let junit = run("junit");
    roxmltree::Document::parse(&junit).unwrap();
    // the HTML report's data is JSON that parses, and holds no raw `<`
    let out = planlint(
        &dir,
        &[
            "check",
            name,
            "--html-report",
            "r.html",
            "--fail-on",
            "never",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let html = std::fs::read_to_string(dir.join("r.html")).unwrap();
    let start = html.find("id=\"findings-data\">").unwrap() + "id=\"findings-data\">".len();
    let end = start + html[start..].find("</script>").unwrap();
    let data = &html[start..end];
    assert!(!data.contains('<') && !data.contains('>'), "{data}");
    let parsed: Value = serde_json::from_str(data).unwrap();
    assert!(
        parsed.to_string().contains("<!--"),
        "the text itself survives"
    );
    // outside the data, the file name and document text are escaped markup
    assert!(!html[..start].contains("<!--draft-->") && !html[end..].contains("<!--draft-->"));
}
