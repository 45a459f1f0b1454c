//! Ingest: turn a file's bytes into the text a user sees, plus a map from byte offsets to
//! lines and character columns. Nothing here interprets the plan; it only decodes.

mod decode;
mod source_map;

pub use decode::{decode, read, IngestError, LineEnding, Source, SourceKind, TextEncoding};
pub use source_map::{SourceMap, Span};
