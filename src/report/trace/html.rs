//! The two plans side by side, one page: the upper items on the left, the lower tasks on the
//! right, matched ones linked (a click on one highlights and scrolls to its matches), items not
//! carried down marked, and each lower task's trace findings under it. Self-contained: no
//! request leaves the page; every document text is escaped.

use std::fmt::Write as _;

use super::{label, TraceReport};
use crate::report::escape_markup as escape;
use crate::report::html::severity_label;

const STYLE: &str = r#"
body { margin: 0; font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; color: #1d2430; background: #f6f7f9; }
header { padding: 12px 20px; background: #1f3a5f; color: #fff; }
header h1 { margin: 0; font-size: 20px; }
.pair { padding: 10px 20px 40px; }
.summary { margin: 6px 0 12px; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.col h3 { position: sticky; top: 0; background: #f6f7f9; margin: 0; padding: 6px 0; }
.item { background: #fff; border: 1px solid #dde2ea; border-left: 4px solid #98a2b3; border-radius: 4px; padding: 6px 10px; margin: 6px 0; cursor: pointer; }
.item.covered { border-left-color: #12b76a; }
.item.missing { border-left-color: #d92d20; background: #fff4f2; }
.item.hl { outline: 3px solid #f79009; }
.item .label { font-weight: bold; margin-right: 6px; }
.item .status { float: right; font-size: 12px; }
.item .status.missing { color: #b42318; font-weight: bold; }
.item .matches, .item .near { font-size: 12px; color: #5b6472; margin-top: 2px; }
.finding { font-size: 13px; margin-top: 4px; }
.sev.error { color: #b42318; font-weight: bold; }
.sev.warning { color: #b54708; }
.sev.info { color: #175cd3; }
"#;

const SCRIPT: &str = r#"
(function () {
  'use strict';
  document.querySelectorAll('.item[data-match]').forEach(function (item) {
    item.addEventListener('click', function () {
      document.querySelectorAll('.item.hl').forEach(function (x) { x.classList.remove('hl'); });
      item.classList.add('hl');
      var first = null;
      item.getAttribute('data-match').split(' ').forEach(function (id) {
        var other = id && document.getElementById(id);
        if (other) { other.classList.add('hl'); if (!first) first = other; }
      });
      if (first) first.scrollIntoView({ block: 'center' });
    });
  });
})();
"#;

/// The side-by-side page.
pub fn render(r: &TraceReport) -> String {
    let mut page = format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n{}\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>planlint 上下级方案对照</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<header><h1>上下级方案对照</h1><div>上级方案：{}（{} 项）</div></header>\n",
        crate::discover::REPORT_GENERATOR,
        escape(&r.upper_path),
        r.upper.len()
    );
    for (n, lower) in r.lowers.iter().enumerate() {
        let (carried, missing) = lower.tally();
        let _ = write!(
            page,
            "<section class=\"pair\" id=\"p{n}\">\n<h2>{}</h2>\n<p class=\"summary\">上级 {} 项：<b>落实 {carried} 项</b>，<b class=\"sev error\">未落实 {missing} 项</b>（相似度阈值 {:.2}）。点击一项，高亮并跳到另一边与之对应的任务。</p>\n<div class=\"cols\">\n<div class=\"col upper\"><h3>上级方案</h3>\n",
            escape(&lower.path),
            r.upper.len(),
            lower.trace.settings.threshold
        );
        for c in &lower.trace.coverage {
            let Some(up) = r.upper.get(c.upper) else {
                continue;
            };
            let ids: Vec<String> = c
                .carried_by
                .iter()
                .map(|m| format!("p{n}-l{}", m.lower))
                .collect();
            let (class, status) = if c.carried_by.is_empty() {
                ("missing", "<span class=\"status missing\">未落实</span>")
            } else {
                ("covered", "<span class=\"status\">已落实</span>")
            };
            let _ = write!(
                page,
                "<div class=\"item {class}\" id=\"p{n}-u{}\" data-match=\"{}\" tabindex=\"0\">{status}<span class=\"label\">{}</span>{}",
                c.upper,
                ids.join(" "),
                escape(&up.label),
                escape(&up.title)
            );
            let tasks = |ms: &[crate::trace::Match]| -> String {
                ms.iter()
                    .map(|m| format!("任务{}（{:.2}）", m.lower + 1, m.score))
                    .collect::<Vec<_>>()
                    .join("、")
            };
            if !c.carried_by.is_empty() {
                let _ = write!(
                    page,
                    "<div class=\"matches\">由 {} 落实</div>",
                    tasks(&c.carried_by)
                );
            }
            if !c.candidates.is_empty() {
                let _ = write!(
                    page,
                    "<div class=\"near\">最接近：{}</div>",
                    tasks(&c.candidates)
                );
            }
            page.push_str("</div>\n");
        }
        page.push_str("</div>\n<div class=\"col lower\"><h3>下级方案</h3>\n");
        for (k, item) in lower.items.iter().enumerate() {
            let uppers: Vec<String> = lower
                .trace
                .carried_by_lower(k)
                .map(|(u, _)| format!("p{n}-u{u}"))
                .collect();
            let _ = write!(
                page,
                "<div class=\"item{}\" id=\"p{n}-l{k}\" data-match=\"{}\" tabindex=\"0\"><span class=\"label\">任务{}</span>{}",
                if uppers.is_empty() { "" } else { " covered" },
                uppers.join(" "),
                k + 1,
                escape(&label(item))
            );
            if let Some(t) = item.task {
                for f in lower.findings.iter().filter(|f| f.task == Some(t.index)) {
                    let _ = write!(
                        page,
                        "<div class=\"finding\"><span class=\"sev {}\">{}</span> {}</div>",
                        f.severity.as_str(),
                        severity_label(f.severity),
                        escape(&f.message)
                    );
                }
            }
            page.push_str("</div>\n");
        }
        page.push_str("</div>\n</div>\n</section>\n");
    }
    let _ = write!(page, "<script>{SCRIPT}</script>\n</body>\n</html>\n");
    page
}
