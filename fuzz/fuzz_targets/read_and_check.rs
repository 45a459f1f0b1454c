//! Any bytes, read as planlint reads a plan file (text in any encoding, HTML, Word), parsed and
//! checked with the bundled rules: never a panic, never a hang.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use planlint::calendar::Calendar;
use planlint::config::Config;
use planlint::plan::Parser;
use planlint::rules::RuleSet;

struct Loaded {
    parser: Parser,
    rules: RuleSet,
    calendar: Calendar,
}

fn loaded() -> &'static Loaded {
    static LOADED: OnceLock<Loaded> = OnceLock::new();
    LOADED.get_or_init(|| {
        let config = Config::bundled();
        Loaded {
            parser: Parser::bundled().expect("bundled vocabulary"),
            rules: RuleSet::load(&config.packs, &config.overrides),
            calendar: Calendar::bundled().expect("bundled calendar"),
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let l = loaded();
    // the first byte picks the name the bytes come under; the content is sniffed anyway
    let name = match data.first().map(|b| b % 3) {
        Some(0) => "plan.txt",
        Some(1) => "plan.html",
        _ => "plan.docx",
    };
    let Ok(source) = planlint::ingest::from_bytes(Path::new(name), data.to_vec()) else {
        return;
    };
    let plan = l.parser.parse(&source);
    let findings = planlint::engine::check_plan(&l.rules.rules, &l.calendar, &plan, &source, None);
    for f in &findings {
        if let Some(s) = f.span {
            assert!(s.start <= s.end && s.end <= source.text.len());
        }
    }
});
