//! Where a report keeps what it writes before its totals are known. Formats that are one
//! document with the totals at the top (JSON, SARIF, JUnit, HTML) write each file's part here as
//! the file is reported, then assemble the document at the end. A spool holds a few megabytes in
//! memory and moves to an unnamed temporary file beyond that, so a run over any number of plans
//! keeps the same memory, and the bytes written are the same as if built in one piece.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};

use serde::Serialize;

/// Bytes a spool holds in memory before it moves to a temporary file: large enough that a
/// normal run never touches the disk, small next to the memory a run may use.
const IN_MEMORY: usize = 4 << 20;

/// Bytes written now, read back once at the end.
#[derive(Default)]
pub struct Spool {
    memory: Vec<u8>,
    file: Option<File>,
    /// Bytes already in `file`.
    on_disk: u64,
}

impl Spool {
    /// Everything written, in order, to `out`; the spool is left empty.
    pub fn drain_to(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if let Some(mut file) = self.file.take() {
            file.seek(SeekFrom::Start(0))?;
            io::copy(&mut file.take(self.on_disk), out)?;
            self.on_disk = 0;
        }
        out.write_all(&self.memory)?;
        self.memory.clear();
        Ok(())
    }

    /// The bytes at `start..start + len` (what one record took).
    fn read_at(&mut self, start: u64, len: usize, buf: &mut Vec<u8>) -> io::Result<()> {
        buf.clear();
        if start >= self.on_disk {
            let from = (start - self.on_disk) as usize;
            buf.extend_from_slice(&self.memory[from..from + len]);
            return Ok(());
        }
        // records never straddle: a spill happens between records
        let file = self
            .file
            .as_mut()
            .ok_or_else(|| io::Error::other("spool lost its file"))?;
        file.seek(SeekFrom::Start(start))?;
        buf.resize(len, 0);
        file.read_exact(buf)
    }

    fn position(&self) -> u64 {
        self.on_disk + self.memory.len() as u64
    }

    fn spill_if_large(&mut self) -> io::Result<()> {
        if self.memory.len() < IN_MEMORY {
            return Ok(());
        }
        let file = match &mut self.file {
            Some(f) => f,
            None => self.file.insert(tempfile::tempfile()?),
        };
        file.seek(SeekFrom::End(0))?;
        file.write_all(&self.memory)?;
        self.on_disk += self.memory.len() as u64;
        self.memory.clear();
        Ok(())
    }
}

impl Write for Spool {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.memory.extend_from_slice(buf);
        self.spill_if_large()?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// `value` as serde_json's pretty JSON for a place `indent` spaces deep: the lines after the
/// first are indented by that much (JSON strings hold no raw line breaks, so this is exact).
pub fn pretty_at(value: &impl Serialize, indent: usize) -> io::Result<Vec<u8>> {
    let flat = serde_json::to_vec_pretty(value)?;
    let mut out = Vec::with_capacity(flat.len() + flat.len() / 8);
    for (i, line) in flat.split(|&b| b == b'\n').enumerate() {
        if i > 0 {
            out.push(b'\n');
            out.extend(std::iter::repeat_n(b' ', indent));
        }
        out.extend_from_slice(line);
    }
    Ok(out)
}

/// A JSON array written one element at a time, laid out as serde_json's pretty printer lays out
/// an array whose elements are `indent` spaces deep.
pub struct JsonArray {
    spool: Spool,
    indent: usize,
    len: usize,
}

impl JsonArray {
    /// An empty array whose elements stand `indent` spaces deep.
    pub fn new(indent: usize) -> JsonArray {
        JsonArray {
            spool: Spool::default(),
            indent,
            len: 0,
        }
    }

    /// Add an element.
    pub fn push(&mut self, value: &impl Serialize) -> io::Result<()> {
        let bytes = pretty_at(value, self.indent)?;
        self.spool
            .write_all(if self.len == 0 { b"\n" } else { b",\n" })?;
        self.spool.write_all(&b" ".repeat(self.indent))?;
        self.spool.write_all(&bytes)?;
        self.len += 1;
        Ok(())
    }

    /// Elements pushed so far.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether nothing was pushed.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The array, brackets included, to `out`.
    pub fn drain_to(&mut self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(b"[")?;
        if self.len > 0 {
            self.spool.drain_to(out)?;
            out.write_all(b"\n")?;
            out.write_all(&b" ".repeat(self.indent.saturating_sub(2)))?;
        }
        out.write_all(b"]")
    }
}

/// Records written in one order and read back in another (the HTML report's finding data is a
/// JSON object, whose keys serde_json sorts as text).
#[derive(Default)]
pub struct RecordSpool {
    spool: Spool,
    /// Where each record starts and how long it is, in the order written.
    records: Vec<(u64, u32)>,
}

impl RecordSpool {
    /// Add a record; records are numbered from 0 in the order added.
    pub fn push(&mut self, bytes: &[u8]) -> io::Result<()> {
        let start = self.spool.position();
        let len = u32::try_from(bytes.len()).map_err(io::Error::other)?;
        self.spool.memory.extend_from_slice(bytes);
        self.records.push((start, len));
        self.spool.spill_if_large()
    }

    /// Records added so far.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// Whether nothing was added.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Write the records in `order` (record numbers), with `separator` between them.
    pub fn write_in(
        &mut self,
        order: impl IntoIterator<Item = usize>,
        separator: &[u8],
        out: &mut dyn Write,
    ) -> io::Result<()> {
        let mut buf = Vec::new();
        for (n, i) in order.into_iter().enumerate() {
            let Some(&(start, len)) = self.records.get(i) else {
                continue;
            };
            if n > 0 {
                out.write_all(separator)?;
            }
            self.spool.read_at(start, len as usize, &mut buf)?;
            out.write_all(&buf)?;
        }
        Ok(())
    }
}

/// A document assembled at the end: `skeleton` is the document with a marker string value
/// (`"\u0000name\u0000"` as serde_json writes it) where each spooled part goes.
pub fn marker(name: &str) -> String {
    format!("\u{0}{name}\u{0}")
}

/// Write `skeleton` to `out`, each marker replaced by what `fill` writes for it.
pub fn splice(
    skeleton: &str,
    out: &mut dyn Write,
    mut fill: impl FnMut(&str, &mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    const OPEN: &str = "\"\\u0000";
    const CLOSE: &str = "\\u0000\"";
    let mut rest = skeleton;
    while let Some(at) = rest.find(OPEN) {
        let after = &rest[at + OPEN.len()..];
        let Some(end) = after.find(CLOSE) else { break };
        out.write_all(&rest.as_bytes()[..at])?;
        fill(&after[..end], out)?;
        rest = &after[end + CLOSE.len()..];
    }
    out.write_all(rest.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn drained(a: &mut JsonArray) -> String {
        let mut out = Vec::new();
        a.drain_to(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn arrays_lay_out_as_serde_json_pretty_does() {
        let items = [json!({"a": 1, "b": [1, 2]}), json!("x"), json!({})];
        let whole = serde_json::to_string_pretty(&json!({"k": {"list": items}})).unwrap();
        let mut a = JsonArray::new(6);
        for v in &items {
            a.push(v).unwrap();
        }
        let skeleton =
            serde_json::to_string_pretty(&json!({"k": {"list": marker("list")}})).unwrap();
        let mut out = Vec::new();
        splice(&skeleton, &mut out, |name, out| {
            assert_eq!(name, "list");
            a.drain_to(out)
        })
        .unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), whole);
        let empty = serde_json::to_string_pretty(&json!({"list": []})).unwrap();
        assert_eq!(
            empty,
            format!("{{\n  \"list\": {}\n}}", drained(&mut JsonArray::new(4)))
        );
    }

    #[test]
    fn a_large_spool_moves_to_disk_and_reads_back_the_same() {
        let mut s = Spool::default();
        let chunk: Vec<u8> = (0..=255u8).cycle().take(1 << 20).collect();
        for _ in 0..9 {
            s.write_all(&chunk).unwrap();
        }
        assert!(s.file.is_some(), "9 MiB should have spilled to disk");
        let mut out = Vec::new();
        s.drain_to(&mut out).unwrap();
        assert_eq!(out.len(), 9 << 20);
        assert!(out.chunks(1 << 20).all(|c| c == chunk.as_slice()));
    }

    #[test]
    fn records_come_back_in_any_order_from_memory_and_disk() {
        let mut r = RecordSpool::default();
        let big = vec![b'x'; IN_MEMORY];
        r.push(b"zero").unwrap();
        r.push(&big).unwrap();
        r.push(b"two").unwrap();
        assert!(r.spool.file.is_some());
        let mut out = Vec::new();
        r.write_in([2, 0], b",", &mut out).unwrap();
        assert_eq!(out, b"two,zero");
    }
}
