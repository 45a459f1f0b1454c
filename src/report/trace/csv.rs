//! The coverage table as CSV (UTF-8 with BOM, for spreadsheet programs): a row per upper item
//! and lower task that carries it, or per upper item not carried with its nearest candidate.

use std::io::{self, Write};

use super::TraceReport;

/// Write the coverage table.
pub fn write(r: &TraceReport, out: &mut dyn Write) -> io::Result<()> {
    out.write_all("\u{feff}".as_bytes())?;
    let mut w = ::csv::Writer::from_writer(out);
    let header = [
        "上级文件",
        "上级序号",
        "上级任务",
        "下级文件",
        "下级任务",
        "下级序号",
        "下级任务内容",
        "相似度",
        "结果",
    ];
    w.write_record(header).map_err(io::Error::other)?;
    for lower in &r.lowers {
        for c in &lower.trace.coverage {
            let Some(up) = r.upper.get(c.upper) else {
                continue;
            };
            let rows: Vec<(&crate::trace::Match, &str)> = if c.carried_by.is_empty() {
                match c.candidates.first() {
                    Some(m) => vec![(m, "未落实（最接近）")],
                    None => Vec::new(),
                }
            } else {
                c.carried_by.iter().map(|m| (m, "落实")).collect()
            };
            if rows.is_empty() {
                w.write_record([
                    r.upper_path.as_str(),
                    &up.label,
                    &up.title,
                    &lower.path,
                    "",
                    "",
                    "",
                    "",
                    "未落实",
                ])
                .map_err(io::Error::other)?;
            }
            for (m, status) in rows {
                let Some(l) = lower.items.get(m.lower) else {
                    continue;
                };
                w.write_record([
                    r.upper_path.as_str(),
                    &up.label,
                    &up.title,
                    &lower.path,
                    &(m.lower + 1).to_string(),
                    &l.label,
                    &l.title,
                    &format!("{:.2}", m.score),
                    status,
                ])
                .map_err(io::Error::other)?;
            }
        }
    }
    w.flush()
}
