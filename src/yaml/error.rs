//! Errors in rule files and packs, located at the YAML line and column, for rule authors.

use thiserror::Error;

/// A problem in a rule, pack or data file, with where it is.
#[derive(Debug, Error, Clone)]
#[error("{path}:{line}:{column}: {message}")]
pub struct RuleFileError {
    /// The file as the user knows it (`rules/gov-openness/lead-unit-named.yaml`,
    /// `<bundled>/…` for bundled ones).
    pub path: String,
    /// The file's text, so a diagnostic can show the line.
    pub text: String,
    /// Byte offset of the problem.
    pub offset: usize,
    pub line: usize,
    pub column: usize,
    pub message: String,
    /// What to do about it.
    pub help: Option<String>,
}

impl RuleFileError {
    /// An error at a byte offset of `text`.
    pub fn at(path: &str, text: &str, offset: usize, message: impl Into<String>) -> RuleFileError {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let column = before
            .rsplit('\n')
            .next()
            .map(|l| l.chars().count())
            .unwrap_or(0)
            + 1;
        RuleFileError {
            path: path.to_owned(),
            text: text.to_owned(),
            offset,
            line,
            column,
            message: message.into(),
            help: None,
        }
    }

    /// An error located by the first of `needles` found in `text` (after `key`, if given):
    /// serde reports no positions for values, so the offending text itself is looked up.
    pub fn find(
        path: &str,
        text: &str,
        key: Option<&str>,
        needles: &[&str],
        message: impl Into<String>,
    ) -> RuleFileError {
        let from = key.and_then(|k| find_key(text, k)).unwrap_or(0);
        let offset = needles
            .iter()
            .filter(|n| !n.is_empty())
            .find_map(|n| text[from..].find(n).map(|i| from + i))
            .or_else(|| key.and_then(|k| find_key(text, k)))
            .unwrap_or(0);
        RuleFileError::at(path, text, offset, message)
    }

    /// Add advice.
    pub fn with_help(mut self, help: impl Into<String>) -> RuleFileError {
        self.help = Some(help.into());
        self
    }
}

/// Offset of `key:` at the start of a line (any indentation), or anywhere.
fn find_key(text: &str, key: &str) -> Option<usize> {
    let pattern = format!("{key}:");
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start_matches([' ', '-']);
        if trimmed.starts_with(&pattern) {
            return Some(offset + (line.len() - trimmed.len()));
        }
        offset += line.len();
    }
    text.find(&pattern)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn located_by_needle_after_key() {
        let text = "id: x\ncheck:\n  kind: pattern\n  regex: \"(\"\nmessage: m\n";
        let e = RuleFileError::find("r.yaml", text, Some("regex"), &["\"(\""], "bad regex");
        assert_eq!((e.line, e.column), (4, 10));
        let e = RuleFileError::find("r.yaml", text, Some("kind"), &["nothing"], "x");
        assert_eq!((e.line, e.column), (3, 3));
    }
}
