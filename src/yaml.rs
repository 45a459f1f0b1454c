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
