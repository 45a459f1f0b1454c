//! Any text as a rule file and as a `planlint.yaml`: an error or a rule, never a panic, never a
//! hang (deep nesting, aliases).
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = planlint::rules::compile_rule(Path::new("fuzz.yaml"), text, "fuzz", None);
    let _ = planlint::config::Config::from_text(Path::new("planlint.yaml"), text);
});
