//! YAML files: where they come from (bundled into the binary or on disk, [`store`]), how they
//! are read (the one place that knows which YAML library planlint uses: serde_yaml today; it is
//! archived upstream, so a move to a maintained fork touches only this file), and their errors
//! with the place in the file ([`RuleFileError`]). Rules, calendars, vocabularies and the
//! configuration all load through it, so none of them needs another for that.

mod error;
pub mod store;

pub use error::RuleFileError;

use serde::de::DeserializeOwned;
use thiserror::Error;

/// A YAML document that could not be read into the expected type, with where it went wrong.
#[derive(Debug, Error)]
#[error("{message}")]
pub struct YamlError {
    /// What went wrong, as the YAML library words it.
    pub message: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// Byte offset in the document, when known.
    pub offset: Option<usize>,
}

/// Deepest nesting a planlint YAML file may have: rule files and configurations nest a few
/// levels; a file nested thousands deep is hostile and would make the parser recurse that far.
pub const MAX_DEPTH: usize = 64;
/// Most alias uses (`*name`) a file may hold: each may expand to a copy of what it names, so a
/// few nested aliases can expand a small file into billions of values.
pub const MAX_ALIASES: usize = 256;

/// Refuse, before parsing, a document nested deeper than [`MAX_DEPTH`] or using more than
/// [`MAX_ALIASES`] aliases. A cheap scan of the text: quoted strings and comments are skipped.
fn check_shape(text: &str) -> Result<(), YamlError> {
    let error = |offset: usize, message: String| {
        let line = text[..offset].matches('\n').count() + 1;
        YamlError {
            message,
            line: Some(line),
            column: Some(1),
            offset: Some(offset),
        }
    };
    let mut aliases = 0usize;
    let mut indents: Vec<usize> = Vec::new();
    let mut line_start = 0usize;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let indent = body.len() - body.trim_start_matches(' ').len();
        let rest = &body[indent..];
        if !rest.is_empty() && !rest.starts_with('#') {
            while indents.last().is_some_and(|&i| i >= indent) {
                indents.pop();
            }
            indents.push(indent);
            // `- - - x` nests on one line
            let dashes = rest.split(' ').take_while(|w| *w == "-").count();
            if indents.len() + dashes > MAX_DEPTH {
                return Err(error(
                    line_start,
                    format!(
                        "nested more than {MAX_DEPTH} levels deep; a planlint file needs a few"
                    ),
                ));
            }
        }
        let mut flow = 0usize;
        let mut quote: Option<char> = None;
        let mut prev = ' ';
        for (i, c) in body.char_indices() {
            match quote {
                Some(q) if c == q => quote = None,
                Some(_) => {}
                None => match c {
                    '"' | '\'' if matches!(prev, ' ' | '[' | '{' | ',' | ':') => quote = Some(c),
                    '#' if prev == ' ' => break,
                    '[' | '{' => {
                        flow += 1;
                        if indents.len() + flow > MAX_DEPTH {
                            return Err(error(
                                line_start + i,
                                format!("nested more than {MAX_DEPTH} levels deep; a planlint file needs a few"),
                            ));
                        }
                    }
                    ']' | '}' => flow = flow.saturating_sub(1),
                    '*' if matches!(prev, ' ' | '[' | ',' | ':') => {
                        aliases += 1;
                        if aliases > MAX_ALIASES {
                            return Err(error(
                                line_start + i,
                                format!("more than {MAX_ALIASES} aliases (*name); a planlint file needs a few"),
                            ));
                        }
                    }
                    _ => {}
                },
            }
            prev = c;
        }
        line_start += line.len();
    }
    Ok(())
}

/// Deserialize a YAML document into `T`, keeping the error's location.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    check_shape(text)?;
    serde_yaml::from_str(text).map_err(|e| {
        let location = e.location();
        YamlError {
            message: crate::suggest::serde_message(&e.to_string()),
            line: location.as_ref().map(|l| l.line()),
            column: location.as_ref().map(|l| l.column()),
            offset: location.as_ref().map(|l| l.index()),
        }
    })
}

/// A YAML value, for rule parameters that are only typed once their kind is known.
pub type Value = serde_yaml::Value;

/// A YAML mapping, in file order.
pub type Mapping = serde_yaml::Mapping;

/// Deserialize an already-parsed value into `T` (values carry no positions, so neither does
/// the error).
pub fn from_value<T: DeserializeOwned>(value: Value) -> Result<T, YamlError> {
    serde_yaml::from_value(value).map_err(|e| YamlError {
        message: crate::suggest::serde_message(&e.to_string()),
        line: None,
        column: None,
        offset: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_keep_their_location() {
        #[derive(serde::Deserialize, Debug)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct S {
            a: u32,
        }
        let e = from_str::<S>("a: 1\nb: 2\n").unwrap_err();
        assert_eq!((e.line, e.column), (Some(2), Some(1)));
        assert!(e.message.contains("unknown field `b`"));
        let v: Value = from_str("a: 3").unwrap();
        // hostile shapes are refused before parsing, with where
        let deep = format!("a: {}{}", "[".repeat(100_000), "]".repeat(100_000));
        let e = from_str::<Value>(&deep).unwrap_err();
        assert!(e.message.contains("nested more than 64"), "{}", e.message);
        let mut laughs = "a: &a [lol, lol]\n".to_owned();
        for i in 0..9u8 {
            let (name, prev) = ((b'b' + i) as char, (b'a' + i) as char);
            laughs.push_str(&format!(
                "{name}: &{name} [{}]\n",
                vec![format!("*{prev}"); 30].join(", ")
            ));
        }
        let e = from_str::<Value>(&laughs).unwrap_err();
        assert!(e.message.contains("aliases"), "{}", e.message);
        // an ordinary nested file and quoted brackets pass
        let ok: Value =
            from_str("a:\n  b:\n    - c: \"[[[[\"\n      d: [1, [2, 3]]  # ]]]]\n").unwrap();
        assert!(ok.get("a").is_some());
        assert_eq!(from_value::<S>(v).unwrap().a, 3);
    }
}
