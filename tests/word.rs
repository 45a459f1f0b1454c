//! Word documents: read into the same plan as their text forms (merged cells, automatic
//! numbering, tracked changes), refused clearly when hostile or damaged, older formats through
//! LibreOffice, and findings written back as Word comments that LibreOffice reads back.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::docx::{self, Options};
use planlint::plan::model::Plan;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn sample(name: &str) -> PathBuf {
    root().join("samples").join(name)
}

/// What the plan reader makes of a plan, as comparable facts: sections, and per task its
/// number, text, units (name, role, inherited) and deadlines.
fn facts(plan: &Plan) -> (Option<String>, Vec<String>, Vec<String>) {
    let sections = plan.sections.iter().map(|s| s.title.clone()).collect();
    let tasks = plan
        .tasks
        .iter()
        .map(|t| {
            let units: Vec<String> = t
                .units
                .iter()
                .map(|u| format!("{}:{:?}:{}", u.name, u.role, u.inherited))
                .collect();
            let deadlines: Vec<String> = t.deadlines.iter().map(|d| d.raw.clone()).collect();
            format!(
                "{:?} | {} | {} | {}",
                t.number.as_ref().map(|n| (n.value, n.inherited)),
                t.text.value,
                units.join(", "),
                deadlines.join(", ")
            )
        })
        .collect();
    (
        plan.meta.title.as_ref().map(|t| t.value.clone()),
        sections,
        tasks,
    )
}

/// The samples built as Word documents, each with the text form it mirrors.
fn built_samples() -> Vec<(&'static str, &'static str, Vec<u8>)> {
    let read = |n: &str| std::fs::read_to_string(sample(n)).unwrap();
    vec![
        (
            "merged-cells.docx",
            "merged-cells.html",
            docx::from_html(&read("merged-cells.html"), Options::default()),
        ),
        (
            "numbered-paragraphs.docx",
            "numbered-paragraphs.txt",
            docx::from_text(
                &read("numbered-paragraphs.txt"),
                Options {
                    numbering: true,
                    tracked: false,
                },
            ),
        ),
        (
            "tracked-changes.docx",
            "clean-plan.txt",
            docx::from_text(
                &read("clean-plan.txt"),
                Options {
                    numbering: false,
                    tracked: true,
                },
            ),
        ),
        (
            "many-defects.docx",
            "many-defects.txt",
            docx::from_text(&read("many-defects.txt"), Options::default()),
        ),
    ]
}

#[test]
fn word_samples_are_built_by_the_fixture_builder() {
    // PLANLINT_WRITE_SAMPLES=1 cargo test --test word: rewrite samples/*.docx
    let write = std::env::var_os("PLANLINT_WRITE_SAMPLES").is_some();
    for (name, _, bytes) in built_samples() {
        let path = sample(name);
        if write {
            std::fs::write(&path, &bytes).unwrap();
        }
        let committed = std::fs::read(&path).unwrap_or_default();
        assert!(
            committed == bytes,
            "samples/{name} differs from what tests/common/docx.rs builds; rerun with PLANLINT_WRITE_SAMPLES=1"
        );
    }
}

#[test]
fn word_documents_parse_like_their_text_forms() {
    for (name, text_form, bytes) in built_samples() {
        let dir = common::temp_dir(&format!("same-{name}"));
        let docx_path = dir.join(name);
        std::fs::write(&docx_path, &bytes).unwrap();
        let from_word = common::parse(&docx_path);
        let from_text = common::parse(&sample(text_form));
        assert!(!from_text.tasks.is_empty(), "{text_form} has tasks");
        assert_eq!(
            facts(&from_word),
            facts(&from_text),
            "{name} vs {text_form}"
        );
    }
}

#[test]
fn merged_cells_are_on_the_grid_and_inherited() {
    let plan = common::parse(&sample("merged-cells.docx"));
    // the sample really merges the Word way
    let mut zip =
        zip::ZipArchive::new(std::fs::File::open(sample("merged-cells.docx")).unwrap()).unwrap();
    let mut body = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut body)
        .unwrap();
    assert!(body.contains("<w:gridSpan w:val=\"6\"/>"));
    assert!(body.contains("<w:vMerge w:val=\"restart\"/>") && body.contains("<w:vMerge/>"));
    // task 2 shares task 1's 配合单位 through a vertical merge; task 4 the lead and deadline
    let t2 = &common::numbered(&plan, 2)[0];
    let shared = t2.units.iter().find(|u| u.name == "区政府各部门").unwrap();
    assert!(shared.inherited);
    let t4 = &common::numbered(&plan, 4)[0];
    let lead = t4
        .units
        .iter()
        .find(|u| u.name == "区政务服务数据局")
        .unwrap();
    assert!(lead.inherited);
    assert_eq!(t4.deadlines[0].raw, "年底前");
    let source = planlint::ingest::read(&sample("merged-cells.docx")).unwrap();
    // one line per row, cells separated by tabs, the full-width row as its one cell
    assert!(
        source.text.contains("\n一、加强政策发布解读\t\t\t\t\t\n"),
        "{}",
        source.text
    );
    assert!(source
        .text
        .contains("1\t做好政策文件公开\t集中公开现行有效的行政规范性文件，实行动态更新。\t区司法局\t区政府各部门\t6月底前\n"));
}

#[test]
fn automatic_numbers_are_printed_and_typed_ones_absent() {
    let source = planlint::ingest::read(&sample("numbered-paragraphs.docx")).unwrap();
    assert!(source.text.contains("\n一、总体要求\n"), "{}", source.text);
    assert!(source.text.contains("\n（二）提高政策解读实效\n"));
    assert!(source.text.contains("\n3、做好重要政策解读。"));
    let plan = common::parse(&sample("numbered-paragraphs.docx"));
    assert_eq!(plan.tasks.len(), 4);
}

#[test]
fn tracked_changes_read_as_accepted() {
    let source = planlint::ingest::read(&sample("tracked-changes.docx")).unwrap();
    assert!(
        !source.text.contains("删去的旧文字"),
        "deleted text is not read"
    );
    let clean = std::fs::read_to_string(sample("clean-plan.txt")).unwrap();
    assert_eq!(source.text.trim_end(), clean.trim_end());
    // and the clean plan stays clean
    let out = Command::new(env!("CARGO_BIN_EXE_planlint"))
        .args(["check", "--min-severity", "hint", "--format", "json"])
        .arg(sample("tracked-changes.docx"))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["summary"]["findings"], 0, "{json}");
}

fn planlint(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_planlint"))
        .args(args)
        .current_dir(root())
        .output()
        .unwrap()
}

/// A .docx whose body part claims (and holds) `size` bytes of one repeated byte.
fn bomb(size: usize) -> Vec<u8> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(size > u32::MAX as usize);
    zip.start_file("_rels/.rels", opts).unwrap();
    zip.write_all(br#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#).unwrap();
    zip.start_file("word/document.xml", opts).unwrap();
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..size >> 20 {
        zip.write_all(&chunk).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[test]
fn hostile_and_damaged_word_files_are_refused_and_the_others_still_checked() {
    let dir = common::temp_dir("hostile-word");
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.join(name);
        std::fs::write(&p, bytes).unwrap();
        p.display().to_string()
    };
    let big = write("bomb.docx", &bomb(80 << 20));
    let dense = write("dense.docx", &bomb(8 << 20));
    let good = std::fs::read(sample("many-defects.docx")).unwrap();
    let truncated = write("truncated.docx", &good[..good.len() / 2]);
    let encrypted = sample("../tests/fixtures/encrypted.docx")
        .display()
        .to_string();
    let renamed = write("notes.docx", "一、这其实是文本".as_bytes());
    let pdf = write("plan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n");
    let started = std::time::Instant::now();
    let out = planlint(&[
        "check",
        "--format",
        "json",
        &big,
        &dense,
        &truncated,
        &encrypted,
        &renamed,
        &pdf,
        "samples/many-defects.docx",
    ]);
    // a guard against hangs, not a benchmark: refusing is immediate
    assert!(started.elapsed().as_secs() < 20);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for expected in [
        "bomb.docx: cannot read this Word document: refused: part word/document.xml inflates to",
        "dense.docx: cannot read this Word document: refused: part word/document.xml is compressed",
        "truncated.docx: cannot read this Word document: the file is damaged or truncated",
        "encrypted.docx: the document is password-protected",
        "notes.docx: cannot read this Word document: it is named as one but holds text",
        "plan.pdf: PDF files are not read",
        "input::pdf",
    ] {
        assert!(
            stderr.contains(expected),
            "missing {expected:?} in {stderr}"
        );
    }
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let checked: Vec<&serde_json::Value> = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["findings"].as_u64().is_some_and(|n| n > 0))
        .collect();
    assert_eq!(checked.len(), 1, "the good file is still checked");
    assert!(checked[0]["path"]
        .as_str()
        .unwrap()
        .ends_with("many-defects.docx"));
}

/// LibreOffice, when the tests may use it: in CI it must be there (`.ci/run` installs it).
fn soffice() -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|p| {
        std::env::split_paths(&p)
            .map(|d| d.join("soffice"))
            .find(|p| p.is_file())
    });
    if found.is_none() {
        if std::env::var_os("CI").is_some_and(|v| !v.is_empty()) {
            panic!(
                "soffice not found: CI installs LibreOffice (tests/support/install-libreoffice.sh)"
            );
        }
        eprintln!("skipping: LibreOffice (soffice) is not installed");
    }
    found
}

/// Convert with LibreOffice into `out_dir`; the converted file's path.
fn convert(soffice: &Path, file: &Path, to: &str, out_dir: &Path) -> PathBuf {
    let profile = out_dir.join("lo-profile");
    let status = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--norestore", "--convert-to", to, "--outdir"])
        .arg(out_dir)
        .arg(file)
        .output()
        .unwrap();
    assert!(status.status.success(), "{status:?}");
    let ext = to.split(':').next().unwrap();
    out_dir.join(file.file_stem().unwrap()).with_extension(ext)
}

/// The comments of an .odt: (author, comment text, the text it is anchored on).
fn odt_comments(odt: &Path) -> Vec<(String, String, String)> {
    use std::io::Read;
    let file = std::fs::File::open(odt).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut xml = String::new();
    zip.by_name("content.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    let text_ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    let body = doc
        .descendants()
        .find(|n| n.has_tag_name((office, "text")))
        .unwrap();
    // walk the body in order, collecting text while a comment is open
    let mut open: Vec<(String, String)> = Vec::new();
    let mut done: Vec<(String, String, String, String)> = Vec::new();
    let mut meta: std::collections::HashMap<String, (String, String)> = Default::default();
    for n in body.descendants() {
        if n.has_tag_name((office, "annotation")) {
            let name = n.attribute((office, "name")).unwrap_or("").to_owned();
            let author = n
                .descendants()
                .find(|c| c.tag_name().name() == "creator")
                .and_then(|c| c.text())
                .unwrap_or("")
                .to_owned();
            let said: String = n
                .descendants()
                .filter(|c| c.has_tag_name((text_ns, "p")))
                .map(|p| p.descendants().filter_map(|t| t.text()).collect::<String>())
                .collect::<Vec<_>>()
                .join("\n");
            meta.insert(name.clone(), (author, said));
            open.push((name, String::new()));
        } else if n.has_tag_name((office, "annotation-end")) {
            let name = n.attribute((office, "name")).unwrap_or("");
            if let Some(i) = open.iter().position(|(o, _)| o == name) {
                let (name, text) = open.remove(i);
                let (author, said) = meta.remove(&name).unwrap_or_default();
                done.push((name, author, said, text));
            }
        } else if n.is_text() {
            let inside_comment = n
                .ancestors()
                .any(|a| a.has_tag_name((office, "annotation")));
            if !inside_comment {
                for (_, t) in &mut open {
                    t.push_str(n.text().unwrap_or(""));
                }
            }
        }
    }
    done.into_iter().map(|(_, a, s, t)| (a, s, t)).collect()
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn annotated_copies_hold_one_comment_per_finding_on_its_text() {
    let Some(soffice) = soffice() else { return };
    let dir = common::temp_dir("annotate-lo");
    let input = sample("many-defects.docx");
    let before = std::fs::read(&input).unwrap();
    let out = planlint(&[
        "check",
        "--format",
        "json",
        "--annotate-docx",
        dir.join("out").to_str().unwrap(),
        "samples/many-defects.docx",
    ]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        std::fs::read(&input).unwrap(),
        before,
        "the original is untouched"
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = json["findings"].as_array().unwrap().clone();
    assert!(findings.len() >= 20, "{}", findings.len());
    let source = planlint::ingest::read(&input).unwrap();
    let annotated = dir.join("out/samples/many-defects.docx");
    assert!(annotated.exists());
    let odt = convert(&soffice, &annotated, "odt", &dir);
    let comments = odt_comments(&odt);
    assert_eq!(
        comments.len(),
        findings.len(),
        "one comment per finding: {comments:#?}"
    );
    let title =
        "白河县人民政府办公室关于印发白河县2025年政务公开工作要点分工方案（征求意见稿）的通知";
    let mut expected: Vec<(String, String)> = findings
        .iter()
        .map(|f| {
            let anchored = match f["span"].as_object() {
                Some(s) => {
                    let (a, b) = (
                        s["start"].as_u64().unwrap() as usize,
                        s["end"].as_u64().unwrap() as usize,
                    );
                    source.text[a..b].to_owned()
                }
                None => title.to_owned(),
            };
            (f["rule"].as_str().unwrap().to_owned(), squeeze(&anchored))
        })
        .collect();
    let mut got: Vec<(String, String)> = comments
        .iter()
        .map(|(author, said, text)| {
            assert_eq!(author, "planlint");
            let rule = said
                .strip_prefix('[')
                .and_then(|s| s.split_once(']'))
                .map(|(r, _)| r.to_owned())
                .unwrap_or_default();
            (rule, squeeze(text))
        })
        .collect();
    expected.sort();
    got.sort();
    assert_eq!(got, expected);
    // the message, help and fix are in the comment
    let typo = comments
        .iter()
        .find(|(_, said, _)| said.contains("按排"))
        .unwrap();
    assert!(typo.1.contains("zh-text::common-typos"), "{}", typo.1);
    assert!(typo.1.contains("建议改为：“安排”"), "{}", typo.1);
}

#[test]
fn existing_comments_are_kept() {
    let dir = common::temp_dir("annotate-twice");
    let first = dir.join("first");
    let second = dir.join("second");
    let run = |input: &Path, out: &Path| {
        planlint(&[
            "check",
            "--annotate-docx",
            out.to_str().unwrap(),
            input.to_str().unwrap(),
        ])
    };
    run(&sample("many-defects.docx"), &first);
    let once = first.join("many-defects.docx");
    run(&once, &second);
    let twice = second.join("many-defects.docx");
    let count = |p: &Path| {
        use std::io::Read;
        let mut zip = zip::ZipArchive::new(std::fs::File::open(p).unwrap()).unwrap();
        let mut xml = String::new();
        zip.by_name("word/comments.xml")
            .unwrap()
            .read_to_string(&mut xml)
            .unwrap();
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let ids: std::collections::HashSet<&str> = doc
            .descendants()
            .filter(|n| n.tag_name().name() == "comment")
            .filter_map(|n| n.attributes().find(|a| a.name() == "id").map(|a| a.value()))
            .collect();
        let n = doc
            .descendants()
            .filter(|n| n.tag_name().name() == "comment")
            .count();
        assert_eq!(ids.len(), n, "comment ids are unique");
        n
    };
    assert_eq!(count(&twice), 2 * count(&once));
}

#[test]
fn legacy_word_is_read_through_libreoffice_or_refused_with_the_command() {
    let dir = common::temp_dir("legacy");
    if let Some(soffice) = soffice() {
        let doc = convert(
            &soffice,
            &sample("many-defects.docx"),
            "doc:MS Word 97",
            &dir,
        );
        let via = common::parse(&doc);
        let direct = common::parse(&sample("many-defects.docx"));
        assert_eq!(via.tasks.len(), direct.tasks.len());
        assert_eq!(facts(&via).2, facts(&direct).2);
    }
    // without LibreOffice on the PATH: a clear error naming the format and the command
    let fake = dir.join("old.doc");
    std::fs::write(&fake, b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_planlint"))
        .args(["parse", fake.to_str().unwrap(), "samples/clean-plan.txt"])
        .current_dir(root())
        .env("PATH", dir.join("no-programs-here"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("old.doc: legacy Word (.doc) files are read through LibreOffice, and `soffice` is not on the PATH"),
        "{stderr}"
    );
    assert!(
        stderr.contains("soffice --headless --convert-to docx"),
        "{stderr}"
    );
    let plans: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        plans.as_array().unwrap().len(),
        1,
        "the text plan is still parsed"
    );
}

#[test]
fn libreoffice_prints_the_numbers_planlint_reads() {
    // an independent reader of Word numbering: LibreOffice's own text export
    let Some(soffice) = soffice() else { return };
    let dir = common::temp_dir("numbers-lo");
    let txt = convert(
        &soffice,
        &sample("numbered-paragraphs.docx"),
        "txt:Text (encoded):UTF8",
        &dir,
    );
    let theirs = std::fs::read_to_string(txt).unwrap();
    let ours = planlint::ingest::read(&sample("numbered-paragraphs.docx"))
        .unwrap()
        .text;
    let lines = |s: &str| -> Vec<String> {
        s.trim_start_matches('\u{feff}')
            .lines()
            .map(squeeze)
            .filter(|l| !l.is_empty())
            .collect()
    };
    assert_eq!(lines(&theirs), lines(&ours));
}

#[test]
fn fix_never_rewrites_a_word_document_and_sarif_carries_its_text() {
    let dir = common::temp_dir("word-fix");
    let copy = dir.join("plan.docx");
    std::fs::copy(sample("many-defects.docx"), &copy).unwrap();
    let before = std::fs::read(&copy).unwrap();
    let out = planlint(&["check", "--fix", copy.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("fix(es) not applied: --fix does not rewrite Word documents"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&copy).unwrap(), before);

    let out = planlint(&["check", "--format", "sarif", "samples/many-defects.docx"]);
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let run = &log["runs"][0];
    let artifact = &run["artifacts"][0];
    assert_eq!(artifact["location"]["uri"], "samples/many-defects.docx");
    let text = artifact["contents"]["text"].as_str().unwrap();
    let first = &run["results"][0]["locations"][0]["physicalLocation"];
    assert_eq!(
        first["artifactLocation"]["uri"],
        "samples/many-defects.docx"
    );
    let line = first["region"]["startLine"].as_u64().unwrap() as usize;
    assert!(text
        .lines()
        .nth(line - 1)
        .unwrap()
        .contains("白政办（2025）第012号"));
}
