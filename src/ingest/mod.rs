//! Ingest: turn a file's bytes (text, HTML, Word; older office formats through LibreOffice)
//! into the text a user sees, plus a map from byte offsets to
//! lines and character columns — and back into bytes in the same encoding for fixes. Nothing
//! here interprets the plan.

mod convert;
mod decode;
pub mod docx;
mod encode;
pub mod format;
mod open;
mod source_map;

pub use decode::{
    decode, from_bytes, read, read_with, IngestError, LineEnding, Source, SourceKind, TextEncoding,
};
pub use encode::{encode, EncodeError};
pub use open::{is_stdin, ReadLimits, DEFAULT_MAX_FILE_BYTES, STDIN_NAME};
pub use source_map::{SourceMap, Span};
