//! Text for a terminal: a document or a file name can hold escape sequences (ESC …), other
//! control characters and bidirectional overrides (U+202E) that would recolour, move or
//! reorder what the terminal shows. They are shown as escapes (`\u{1b}`, `\u{202e}`) instead.

use std::borrow::Cow;

/// Whether `c` would act on a terminal instead of being shown: C0 controls but tab and line
/// feed, DEL, C1 controls, and the bidirectional embeddings, overrides, isolates and marks.
pub fn acts_on_terminal(c: char) -> bool {
    (c.is_control() && c != '\t' && c != '\n')
        || matches!(
            c,
            '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

/// `s` with every character that would act on a terminal written as its escape.
pub fn safe(s: &str) -> Cow<'_, str> {
    if !s.chars().any(acts_on_terminal) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if acts_on_terminal(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_overrides_are_shown_not_obeyed() {
        assert_eq!(
            safe("计划\u{1b}[31m红\u{202e}txt.exe"),
            "计划\\u{1b}[31m红\\u{202e}txt.exe"
        );
        assert_eq!(safe("a\tb\nc\r"), "a\tb\nc\\u{d}");
        assert!(matches!(safe("区财政局"), Cow::Borrowed(_)));
    }
}
