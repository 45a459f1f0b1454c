//! Bad input never panics: every prefix of every sample and seed, and pseudo-random text made
//! of the characters plans use, parse to some plan.

mod common;

use planlint::ingest::{decode, SourceKind};
use planlint::plan::Parser;

fn files() -> Vec<std::path::PathBuf> {
    let mut out: Vec<_> = std::fs::read_dir(common::samples_dir())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    if let Some(dir) = common::seeds_dir() {
        out.extend(
            std::fs::read_dir(dir)
                .unwrap()
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt")),
        );
    }
    out.sort();
    out
}

#[test]
fn every_prefix_parses() {
    let parser = Parser::bundled().unwrap();
    for path in files() {
        let bytes = std::fs::read(&path).unwrap();
        let Ok(full) = decode(&path, &bytes) else {
            continue;
        };
        let text = full.text.clone();
        let cuts: Vec<usize> = text.char_indices().map(|(i, _)| i).step_by(7).collect();
        for cut in cuts {
            let mut src = full.clone();
            src.text = text[..cut].to_owned();
            let plan = parser.parse(&src);
            for task in &plan.tasks {
                assert!(
                    task.span.end <= cut,
                    "{}: span past the end",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn pseudo_random_plan_like_text_parses() {
    let parser = Parser::bundled().unwrap();
    let alphabet: Vec<char> = "一二三四、（）()1234567890.．:：;；，,。\t\n\r <p></p>&nbsp;&#;区局办牵头负责落实各有关单位年月日前底内工作日每季度全年序号时限责任单位具体任务〔〕号"
        .chars()
        .collect();
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    for round in 0..400 {
        let len = (round % 50) * 13 + 1;
        let mut text = String::new();
        for _ in 0..len {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push(alphabet[(state % alphabet.len() as u64) as usize]);
        }
        for kind in [SourceKind::Text, SourceKind::Html] {
            let Ok(mut src) = decode(std::path::Path::new("random.txt"), text.as_bytes()) else {
                continue;
            };
            src.kind = kind;
            let plan = parser.parse(&src);
            for task in &plan.tasks {
                assert!(task.span.start <= task.span.end && task.span.end <= text.len());
                for u in &task.units {
                    assert!(
                        text.is_char_boundary(u.span.start) && text.is_char_boundary(u.span.end)
                    );
                }
            }
        }
    }
}

/// Every input fuzzing ever crashed planlint with (`tests/fixtures/fuzz/`, one file per crash,
/// named for its cause) reads, parses and checks with the bundled rules without a panic.
#[test]
fn inputs_that_crashed_under_fuzzing_are_checked() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let parser = Parser::bundled().unwrap();
    let config = planlint::config::Config::bundled();
    let rules = planlint::rules::RuleSet::load(&config.packs, &config.overrides);
    let calendar = planlint::calendar::Calendar::bundled().unwrap();
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let path = entry.path();
        let bytes = std::fs::read(&path).unwrap();
        let Ok(source) = planlint::ingest::from_bytes(&path, bytes) else {
            continue;
        };
        let plan = parser.parse(&source);
        let findings = planlint::engine::check_plan(&rules.rules, &calendar, &plan, &source, None);
        assert!(findings
            .iter()
            .filter_map(|f| f.span)
            .all(|s| s.end <= source.text.len()));
        seen += 1;
    }
    assert!(seen >= 1, "the crash inputs are read");
}
