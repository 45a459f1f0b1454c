//! The one place that knows which YAML library planlint uses (serde_yaml today; it is archived
//! upstream, so a move to a maintained fork touches only this file).

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

/// Deserialize a YAML document into `T`, keeping the error's location.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    serde_yaml::from_str(text).map_err(|e| {
        let location = e.location();
        YamlError {
            message: e.to_string(),
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
        message: e.to_string(),
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
        assert_eq!(from_value::<S>(v).unwrap().a, 3);
    }
}
