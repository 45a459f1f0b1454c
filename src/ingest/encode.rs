//! Turning text back into the bytes of its file: the same encoding and BOM it was read with.

use thiserror::Error;

use super::decode::TextEncoding;

/// Text that cannot be written in the file's encoding.
#[derive(Debug, Error)]
#[error("the text cannot be written as {encoding}")]
pub struct EncodeError {
    pub encoding: &'static str,
}

/// `text` in `encoding`, with a BOM when the file had one.
pub fn encode(text: &str, encoding: TextEncoding, bom: bool) -> Result<Vec<u8>, EncodeError> {
    let mut out = Vec::with_capacity(text.len() + 3);
    match encoding {
        TextEncoding::Utf8 => {
            if bom {
                out.extend_from_slice(b"\xEF\xBB\xBF");
            }
            out.extend_from_slice(text.as_bytes());
        }
        TextEncoding::Gb18030 => {
            let (bytes, _, unmappable) = encoding_rs::GB18030.encode(text);
            if unmappable {
                return Err(EncodeError {
                    encoding: "GB18030",
                });
            }
            out.extend_from_slice(&bytes);
        }
        TextEncoding::Utf16Le | TextEncoding::Utf16Be => {
            let le = encoding == TextEncoding::Utf16Le;
            if bom {
                out.extend_from_slice(if le { b"\xFF\xFE" } else { b"\xFE\xFF" });
            }
            for unit in text.encode_utf16() {
                out.extend_from_slice(&if le {
                    unit.to_le_bytes()
                } else {
                    unit.to_be_bytes()
                });
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let text = "区财政局牵头，各镇（街道）\r\n";
        assert_eq!(
            encode(text, TextEncoding::Utf8, true).unwrap()[..3],
            *b"\xEF\xBB\xBF"
        );
        let gbk = encode(text, TextEncoding::Gb18030, false).unwrap();
        assert_eq!(encoding_rs::GBK.decode(&gbk).0, text);
        let utf16 = encode(text, TextEncoding::Utf16Le, true).unwrap();
        assert_eq!(encoding_rs::UTF_16LE.decode(&utf16).0, text);
    }
}
