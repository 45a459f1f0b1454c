//! One self-contained HTML file for the run, working offline: each plan's text with the findings
//! highlighted by severity, the message, help and references shown on click, a findings list
//! filterable by rule and severity, per-file and total counts. Every piece of document text and
//! every message is HTML-escaped; finding data is embedded as script-safe JSON.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde_json::json;

use crate::engine::{FileResult, Finding};
use crate::report::escape_markup as escape;
use crate::report::spool::{RecordSpool, Spool};
use crate::report::{Counts, Printer, Shown};
use crate::rules::spec::Severity;

/// JSON text made safe inside a `<script>` element.
fn script_safe(json: &str) -> String {
    // `<`, `>` and `&` only occur inside JSON strings, where `\u003c` is the same character:
    // no `</script>`, `<!--` or `]]>` can end or change the script; U+2028/U+2029 end a line
    // in older JavaScript
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
:root { --error: #c62828; --warning: #e08600; --info: #1565c0; --hint: #6d6d6d; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0; color: #1d1d1d; background: #fafafa; }
header { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #ddd; padding: 10px 20px; z-index: 2; }
h1 { font-size: 20px; margin: 0 0 6px; }
.totals span, .counts span { margin-right: 10px; }
.filters { margin-top: 6px; display: flex; gap: 16px; flex-wrap: wrap; align-items: center; }
main { padding: 10px 20px 40px; margin-right: 360px; }
section.file { background: #fff; border: 1px solid #ddd; border-radius: 6px; margin: 16px 0; padding: 10px 16px; }
section.file h2 { font-size: 16px; margin: 4px 0 8px; word-break: break-all; }
table.findings { border-collapse: collapse; width: 100%; font-size: 13px; margin-bottom: 10px; }
table.findings td { border-top: 1px solid #eee; padding: 3px 6px; vertical-align: top; }
table.findings td.sev, table.findings td:first-child { white-space: nowrap; }
tr.finding-row { cursor: pointer; }
tr.finding-row:hover { background: #f1f5fb; }
tr.filtered, mark.filtered { display: none; }
mark.finding.filtered { display: inline; background: none; border: 0; cursor: default; }
pre.source { white-space: pre-wrap; word-break: break-all; font-size: 14px; line-height: 1.7; background: #fcfcfc; border: 1px solid #eee; padding: 8px; tab-size: 4; counter-reset: line; }
pre.source .line { display: block; padding-left: 4.5em; text-indent: -4.5em; min-height: 1.7em; }
pre.source .line::before { counter-increment: line; content: counter(line); display: inline-block; width: 3.5em; margin-right: 1em; text-align: right; color: #aaa; text-indent: 0; }
mark.finding { cursor: pointer; border-radius: 2px; padding: 0 1px; }
mark.sev-error { background: #fde0e0; border-bottom: 2px solid var(--error); }
mark.sev-warning { background: #fff0d4; border-bottom: 2px solid var(--warning); }
mark.sev-info { background: #e0ecfb; border-bottom: 2px solid var(--info); }
mark.sev-hint { background: #eee; border-bottom: 2px dotted var(--hint); }
mark.point { font-size: 10px; vertical-align: super; }
mark.active { outline: 2px solid #333; }
.sev { font-weight: bold; }
.sev.error { color: var(--error); } .sev.warning { color: var(--warning); } .sev.info { color: var(--info); } .sev.hint { color: var(--hint); }
aside#detail { position: fixed; right: 0; top: 0; bottom: 0; width: 340px; background: #fff; border-left: 1px solid #ddd; padding: 150px 16px 16px; overflow-y: auto; font-size: 14px; box-sizing: border-box; }
aside#detail .empty { color: #888; }
aside#detail .item { border-bottom: 1px solid #eee; padding: 8px 0; }
aside#detail .rule { font-family: monospace; font-size: 12px; color: #555; word-break: break-all; }
aside#detail .message { font-size: 15px; margin: 4px 0; }
aside#detail .help { color: #333; white-space: pre-wrap; }
aside#detail ul { padding-left: 18px; color: #555; }
header p.run { margin: 0 0 4px; color: #666; font-size: 13px; }
section.overview { background: #fff; border: 1px solid #ddd; border-radius: 6px; margin: 16px 0; padding: 10px 16px; }
section.overview h2, section.file h2 { font-size: 16px; }
table.overview { border-collapse: collapse; width: 100%; font-size: 13px; }
table.overview th, table.overview td { border-top: 1px solid #eee; padding: 3px 6px; text-align: left; vertical-align: top; }
table.overview td.num { text-align: right; white-space: nowrap; }
section.file.clean { padding: 4px 16px; }
section.file.clean h2 { margin: 4px 0; }
p.clean-note { margin: 0 0 6px; color: #2e7d32; }
.print-only { display: none; }
p.meta { margin: 0 0 8px; color: #444; font-size: 13px; }
tr.group-row { cursor: pointer; background: #f7f7f7; }
tr.group-row:hover { background: #eef2f8; }
tr.finding-row.folded { display: none; }
details.ledger { margin: 6px 0 10px; font-size: 13px; }
details.ledger summary { cursor: pointer; color: #1565c0; }
table.ledger { border-collapse: collapse; width: 100%; margin-top: 6px; }
table.ledger th, table.ledger td { border: 1px solid #e3e3e3; padding: 2px 6px; text-align: left; vertical-align: top; }
table.ledger th { background: #f5f5f5; }
span.gap { color: var(--error); font-weight: bold; }
@page { size: A4; margin: 15mm 12mm; }
@media print {
  body { background: #fff; font-size: 11pt; }
  header { position: static; border: 0; padding: 0; }
  .filters, aside#detail { display: none; }
  main { margin: 0; padding: 0; }
  section.overview, section.file { border: 0; padding: 0; margin: 0 0 12px; }
  section.file:not(.clean) { break-before: page; }
  table.findings { table-layout: fixed; }
  table.findings td:nth-child(1) { width: 10%; } table.findings td:nth-child(2) { width: 7%; }
  table.findings td:nth-child(3) { width: 23%; word-break: break-all; } table.findings td:nth-child(4) { width: 60%; }
  .print-only { display: block; color: #333; font-size: 10pt; margin-top: 2px; }
  tr.finding-row { break-inside: avoid; }
  tr.finding-row.folded { display: table-row; }
  tr.group-row td:first-child { visibility: hidden; }
  pre.source { font-size: 9pt; border: 0; }
}
"#;

const SCRIPT: &str = r#"
(function () {
  var LABELS = { error: '错误', warning: '警告', info: '提示', hint: '建议' };
  var data = JSON.parse(document.getElementById('findings-data').textContent);
  var detail = document.getElementById('detail');
  var ruleFilter = document.getElementById('rule-filter');
  var sevBoxes = Array.prototype.slice.call(document.querySelectorAll('input.sev-filter'));
  function visible(id) {
    var f = data[id];
    if (!f) return false;
    var sevOn = sevBoxes.some(function (b) { return b.checked && b.value === f.severity; });
    return sevOn && (!ruleFilter.value || ruleFilter.value === f.rule);
  }
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined) e.textContent = text; return e; }
  function show(ids) {
    detail.textContent = '';
    ids.filter(visible).forEach(function (id) {
      var f = data[id];
      var item = el('div', 'item');
      item.setAttribute('data-id', id);
      var head = el('div');
      head.appendChild(el('span', 'sev ' + f.severity, LABELS[f.severity] || f.severity));
      head.appendChild(document.createTextNode(' '));
      head.appendChild(el('span', 'rule', f.rule));
      item.appendChild(head);
      item.appendChild(el('div', 'message', f.message));
      if (f.location) item.appendChild(el('div', 'rule', f.location));
      if (f.help) item.appendChild(el('div', 'help', f.help));
      if (f.fix !== null) item.appendChild(el('div', 'help', '修正：“' + f.fix + '”'));
      if (f.references.length) {
        item.appendChild(el('div', 'rule', '依据'));
        var ul = el('ul');
        f.references.forEach(function (r) { ul.appendChild(el('li', '', r)); });
        item.appendChild(ul);
      }
      detail.appendChild(item);
    });
    if (!detail.firstChild) detail.appendChild(el('p', 'empty', '点击高亮处或列表中的问题查看说明。'));
  }
  function marksOf(id) {
    return Array.prototype.slice.call(document.querySelectorAll('mark.finding')).filter(function (m) {
      return m.getAttribute('data-ids').split(' ').indexOf(id) >= 0;
    });
  }
  document.querySelectorAll('mark.finding').forEach(function (m) {
    m.addEventListener('click', function () {
      document.querySelectorAll('mark.active').forEach(function (a) { a.classList.remove('active'); });
      m.classList.add('active');
      show(m.getAttribute('data-ids').split(' '));
    });
  });
  document.querySelectorAll('tr.finding-row').forEach(function (row) {
    row.addEventListener('click', function () {
      var id = row.getAttribute('data-id');
      var marks = marksOf(id);
      document.querySelectorAll('mark.active').forEach(function (a) { a.classList.remove('active'); });
      marks.forEach(function (m) { m.classList.add('active'); });
      if (marks.length) marks[0].scrollIntoView({ block: 'center' });
      show([id]);
    });
  });
  document.querySelectorAll('tr.group-row').forEach(function (g) {
    g.addEventListener('click', function () {
      var rows = [];
      for (var r = g.nextElementSibling; r && r.classList.contains('in-group'); r = r.nextElementSibling) rows.push(r);
      var open = rows.length && !rows[0].classList.contains('folded');
      rows.forEach(function (r) { r.classList.toggle('folded', open); });
      g.firstChild.textContent = open ? '▸' : '▾';
    });
  });
  function applyFilters() {
    document.querySelectorAll('tr.finding-row').forEach(function (row) {
      row.classList.toggle('filtered', !visible(row.getAttribute('data-id')));
    });
    document.querySelectorAll('mark.finding').forEach(function (m) {
      m.classList.toggle('filtered', !m.getAttribute('data-ids').split(' ').some(visible));
    });
    document.querySelectorAll('section.file').forEach(function (s) {
      var n = s.querySelectorAll('tr.finding-row:not(.filtered)').length;
      var shown = s.querySelector('.shown');
      if (shown) shown.textContent = n;
    });
  }
  ruleFilter.addEventListener('change', applyFilters);
  sevBoxes.forEach(function (b) { b.addEventListener('change', applyFilters); });
  applyFilters();
  show([]);
})();
"#;

/// A severity as the report's readers call it.
/// A severity as the Chinese pages name it.
pub fn severity_label(s: Severity) -> &'static str {
    match s {
        Severity::Error => "错误",
        Severity::Warning => "警告",
        Severity::Info => "提示",
        Severity::Hint => "建议",
    }
}

/// When the report was made: `SOURCE_DATE_EPOCH` when set (reproducible reports, tests),
/// else now, in UTC.
fn generated_at() -> String {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|v| v.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs() as i64)
                .unwrap_or(0)
        });
    chrono::DateTime::from_timestamp(secs, 0)
        .map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_default()
}

/// Findings of one rule in one file from which the list shows them as one group (“任务均未明确
/// 完成时限：32 项”), expandable to the findings: fewer read better one by one.
const MIN_GROUP: usize = 3;

/// The plan's meta as a line: what an auditor files the report under.
fn meta_line(plan: &crate::plan::model::Plan) -> String {
    let m = &plan.meta;
    let mut parts: Vec<String> = Vec::new();
    let mut push = |label: &str, value: Option<String>| {
        if let Some(v) = value.filter(|v| !v.is_empty()) {
            parts.push(format!("{label}：{}", escape(&v)));
        }
    };
    push(
        "标题",
        m.plan_title
            .as_ref()
            .or(m.title.as_ref())
            .map(|t| t.value.clone()),
    );
    push("发文机关", m.issuer.as_ref().map(|t| t.value.clone()));
    push("发文字号", m.doc_number.as_ref().map(|t| t.value.clone()));
    push(
        "成文日期",
        m.signing_date
            .as_ref()
            .map(|d| d.value.format("%Y年%-m月%-d日").to_string()),
    );
    push("年度", m.year.as_ref().map(|y| y.value.to_string()));
    if parts.is_empty() {
        return String::new();
    }
    format!("<p class=\"meta\">{}</p>\n", parts.join("；"))
}

/// The plan's tasks as a ledger (任务台账): number, section, task, lead, responsible,
/// deadline, with the gaps marked; folded, since the text below shows the same.
fn ledger(plan: &crate::plan::model::Plan) -> String {
    use crate::plan::model::UnitRole;
    use crate::report::parse::{deadline_text, number_label, section_path, unit_names};
    if plan.tasks.is_empty() {
        return String::new();
    }
    let gap = "<span class=\"gap\">未明确</span>";
    let cell = |v: String| {
        if v.is_empty() {
            gap.to_owned()
        } else {
            escape(&v)
        }
    };
    let mut t = format!(
        "<details class=\"ledger\"><summary>任务台账（{} 项）</summary>\n<table class=\"ledger\">\n<thead><tr><th>序号</th><th>章节</th><th>任务</th><th>牵头单位</th><th>责任单位</th><th>时限</th></tr></thead>\n<tbody>\n",
        plan.tasks.len()
    );
    for task in &plan.tasks {
        let title = task
            .title
            .as_ref()
            .map(|x| x.value.clone())
            .unwrap_or_else(|| task.text.value.chars().take(40).collect());
        t.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            escape(&number_label(task)),
            escape(&section_path(plan, task, false)),
            escape(&title),
            cell(unit_names(task, UnitRole::Lead)),
            escape(&unit_names(task, UnitRole::Responsible)),
            cell(deadline_text(task).0),
        ));
    }
    t.push_str("</tbody>\n</table>\n</details>\n");
    t
}

/// One file's line in the overview.
struct OverviewRow {
    anchor: String,
    path: String,
    title: String,
    errors: usize,
    warnings: usize,
    infos: usize,
    tasks: Option<usize>,
    without_lead: usize,
    without_deadline: usize,
    unreadable: bool,
}

fn severity_counts(findings: &[&Finding]) -> String {
    let mut parts = Vec::new();
    for s in [
        Severity::Error,
        Severity::Warning,
        Severity::Info,
        Severity::Hint,
    ] {
        let n = findings.iter().filter(|f| f.severity == s).count();
        if n > 0 {
            parts.push(format!(
                "<span class=\"sev {}\">{} {n} 项</span>",
                s.as_str(),
                severity_label(s)
            ));
        }
    }
    parts.join("")
}

/// The source text with the findings highlighted, one `<span class="line">` per line. Text is
/// cut at every span boundary, so highlights never overlap; each `<mark>` lists the findings
/// that cover it.
fn highlighted(text: &str, findings: &[(String, &Finding)]) -> String {
    let mut bounds: Vec<usize> = vec![0, text.len()];
    for (_, f) in findings {
        if let Some(s) = f.span {
            bounds.push(s.start.min(text.len()));
            bounds.push(s.end.min(text.len()));
        }
    }
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        bounds.push(line_start);
        line_start += line.len();
    }
    bounds.retain(|&b| text.is_char_boundary(b));
    bounds.sort_unstable();
    bounds.dedup();
    // points (empty spans) by offset
    let mut points: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for (id, f) in findings {
        if let Some(s) = f.span.filter(|s| s.start == s.end) {
            points.entry(s.start).or_default().push(id);
        }
    }
    // a sweep over the bounds: the findings covering a piece are those started and not yet
    // ended at its start (every start and end is a bound), kept in the findings' order — one
    // pass, not a search of every finding per piece
    let mut starts: Vec<(usize, usize)> = Vec::new();
    let mut ends: Vec<(usize, usize)> = Vec::new();
    for (k, (_, f)) in findings.iter().enumerate() {
        if let Some(s) = f.span.filter(|s| s.start < s.end) {
            starts.push((s.start, k));
            ends.push((s.end, k));
        }
    }
    starts.sort_unstable();
    ends.sort_unstable();
    let (mut next_start, mut next_end) = (0, 0);
    let mut active: std::collections::BTreeSet<usize> = std::collections::BTreeSet::new();
    let mut out = String::from("<span class=\"line\">");
    for w in bounds.windows(2) {
        let (a, b) = (w[0], w[1]);
        if let Some(ids) = points.get(&a) {
            out.push_str(&format!("<mark class=\"finding point sev-info\" data-ids=\"{}\" aria-hidden=\"true\">▲</mark>", ids.join(" ")));
        }
        while next_end < ends.len() && ends[next_end].0 <= a {
            active.remove(&ends[next_end].1);
            next_end += 1;
        }
        while next_start < starts.len() && starts[next_start].0 <= a {
            let (start, k) = starts[next_start];
            if findings[k]
                .1
                .span
                .is_some_and(|s| s.end > a && start <= a && b <= s.end)
            {
                active.insert(k);
            }
            next_start += 1;
        }
        let covering: Vec<(&str, Severity)> = active
            .iter()
            .map(|&k| (findings[k].0.as_str(), findings[k].1.severity))
            .collect();
        let piece = &text[a..b];
        let (body, newline) = match piece.strip_suffix('\n') {
            Some(body) => (body.strip_suffix('\r').unwrap_or(body), true),
            None => (piece, false),
        };
        if covering.is_empty() {
            out.push_str(&escape(body));
        } else {
            let worst = covering
                .iter()
                .map(|(_, s)| *s)
                .max()
                .unwrap_or(Severity::Hint);
            let ids: Vec<&str> = covering.iter().map(|(id, _)| *id).collect();
            out.push_str(&format!(
                "<mark class=\"finding sev-{}\" data-ids=\"{}\" tabindex=\"0\">{}</mark>",
                worst.as_str(),
                ids.join(" "),
                escape(body)
            ));
        }
        if newline {
            out.push_str("</span><span class=\"line\">");
        }
    }
    out.push_str("</span>");
    out
}

/// The whole run as one HTML page. Each file's section and its findings' data are spooled as the
/// file comes; the page is written at the end, when the totals for its header are known.
pub struct HtmlPrinter {
    shown: Shown,
    /// Findings per rule, for the rule filter.
    rules: BTreeMap<String, usize>,
    sections: Spool,
    /// `"fN":{…}` for the N-th shown finding, in the order found.
    data: RecordSpool,
    /// A line per file for the overview, sorted when the page is written.
    overview: Vec<OverviewRow>,
    /// Rule titles by id, for the group rows.
    titles: BTreeMap<String, String>,
    /// The rule packs and configuration of the run, for the header.
    setup: String,
    /// ` nonce="…"` on the page's style and script, for a server's Content-Security-Policy.
    nonce: String,
    /// Markup put first in the body (the web page's navigation); trusted, never user text.
    banner: String,
}

impl HtmlPrinter {
    /// A page of the findings `shown` lets through; `rules` give the group rows their titles,
    /// `packs` and `config` (the configuration file, if any) the header its setup line.
    pub fn new(
        shown: Shown,
        rules: &[crate::rules::Rule],
        packs: &[String],
        config: Option<&std::path::Path>,
    ) -> HtmlPrinter {
        let setup = format!(
            "规则包：{} · 配置：{}",
            escape(&packs.join("、")),
            config
                .map(|c| escape(&c.display().to_string()))
                .unwrap_or_else(|| "默认".to_owned())
        );
        HtmlPrinter {
            setup,
            titles: rules
                .iter()
                .map(|r| (r.id.clone(), r.title.clone()))
                .collect(),
            shown,
            rules: BTreeMap::new(),
            sections: Spool::default(),
            data: RecordSpool::default(),
            overview: Vec::new(),
            nonce: String::new(),
            banner: String::new(),
        }
    }

    /// Mark the page's inline style and script with `nonce`, which the Content-Security-Policy
    /// of the page that serves it allows (and no other inline script).
    pub fn with_nonce(mut self, nonce: &str) -> HtmlPrinter {
        self.nonce = format!(" nonce=\"{}\"", escape(nonce));
        self
    }

    /// Put `markup` (planlint's own, never document text) first in the page body.
    pub fn with_banner(mut self, markup: String) -> HtmlPrinter {
        self.banner = markup;
        self
    }
}

impl HtmlPrinter {
    /// The overview: a line per file, the worst first (errors, then warnings, then the rest),
    /// each linking to its section.
    fn overview_table(&mut self) -> String {
        self.overview.sort_by(|a, b| {
            (b.unreadable, b.errors, b.warnings, b.infos)
                .cmp(&(a.unreadable, a.errors, a.warnings, a.infos))
                .then_with(|| a.path.cmp(&b.path))
        });
        let mut t = String::from("<section class=\"overview\">\n<h2>文件概览</h2>\n<table class=\"overview\">\n<thead><tr><th>文件</th><th>标题</th><th>错误</th><th>警告</th><th>提示</th><th>任务数</th><th>未明确牵头单位</th><th>未明确时限</th></tr></thead>\n<tbody>\n");
        for row in &self.overview {
            let tasks = row
                .tasks
                .map(|n| n.to_string())
                .unwrap_or_else(|| "—".to_owned());
            let title = if row.unreadable {
                "<span class=\"sev error\">无法读取</span>".to_owned()
            } else {
                escape(&row.title)
            };
            t.push_str(&format!(
                "<tr><td><a href=\"#{}\">{}</a></td><td>{title}</td><td class=\"num{}\">{}</td><td class=\"num{}\">{}</td><td class=\"num\">{}</td><td class=\"num\">{tasks}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
                row.anchor,
                escape(&row.path),
                if row.errors > 0 { " sev error" } else { "" },
                row.errors,
                if row.warnings > 0 { " sev warning" } else { "" },
                row.warnings,
                row.infos,
                row.without_lead,
                row.without_deadline,
            ));
        }
        t.push_str("</tbody>\n</table>\n</section>\n");
        t
    }
}

impl Printer for HtmlPrinter {
    fn file(&mut self, r: &FileResult, _out: &mut dyn Write) -> io::Result<()> {
        let path = r.path.display().to_string();
        let findings: Vec<&Finding> = r.findings.iter().filter(|f| self.shown.shows(f)).collect();
        let mut with_ids: Vec<(String, &Finding)> = Vec::with_capacity(findings.len());
        for f in &findings {
            let id = format!("f{}", self.data.len() + 1);
            *self.rules.entry(f.rule.clone()).or_default() += 1;
            let entry = json!({
                "rule": f.rule,
                "severity": f.severity.as_str(),
                "message": f.message,
                "help": f.help,
                "references": f.references,
                "fix": f.fix.as_ref().map(|x| x.replacement.clone()),
                "location": f.span.map(|s| format!("{path}:{}:{}", s.line, s.column)),
            });
            let record = format!("{}:{}", json!(id), entry);
            self.data.push(script_safe(&record).as_bytes())?;
            with_ids.push((id, *f));
        }
        let anchor = format!("file-{}", self.overview.len() + 1);
        let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
        let (without_lead, without_deadline) = super::task_gaps(&r.findings);
        self.overview.push(OverviewRow {
            anchor: anchor.clone(),
            path: path.clone(),
            title: r
                .plan
                .as_ref()
                .and_then(|p| p.meta.shown_title())
                .map(|t| t.value.clone())
                .unwrap_or_default(),
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            infos: count(Severity::Info) + count(Severity::Hint),
            tasks: r.plan.as_ref().map(|p| p.tasks.len()),
            without_lead,
            without_deadline,
            unreadable: r.error.is_some(),
        });
        let clean = findings.is_empty() && r.error.is_none();
        let mut section = format!(
            "<section class=\"file{3}\" id=\"{anchor}\" data-path=\"{0}\">\n<h2>{0} <span class=\"counts\">显示 <span class=\"shown\">{1}</span> 项 · {2}</span></h2>\n",
            escape(&path),
            findings.len(),
            severity_counts(&findings),
            if clean { " clean" } else { "" },
        );
        if let Some(e) = &r.error {
            section.push_str(&format!(
                "<p class=\"sev error\">无法读取：{}</p>\n</section>\n",
                escape(&e.to_string())
            ));
            return self.sections.write_all(section.as_bytes());
        }
        if clean {
            // a clean file is one line: its text adds nothing to the report
            section.push_str("<p class=\"clean-note\">未发现问题。</p>\n</section>\n");
            return self.sections.write_all(section.as_bytes());
        }
        if let Some(plan) = &r.plan {
            section.push_str(&meta_line(plan));
        }
        section.push_str("<table class=\"findings\">\n");
        // a rule's findings in a file go together (rules in the order they first appear), as
        // one group when there are many: one pass, whatever the number of findings
        let mut groups: Vec<(&str, Vec<&(String, &Finding)>)> = Vec::new();
        let mut group_at: BTreeMap<&str, usize> = BTreeMap::new();
        for item in &with_ids {
            let rule = item.1.rule.as_str();
            let k = *group_at.entry(rule).or_insert_with(|| {
                groups.push((rule, Vec::new()));
                groups.len() - 1
            });
            groups[k].1.push(item);
        }
        for (rule, members) in &groups {
            let grouped = members.len() >= MIN_GROUP;
            if grouped {
                let worst = members
                    .iter()
                    .map(|(_, g)| g.severity)
                    .max()
                    .unwrap_or(Severity::Hint);
                let title = self.titles.get(*rule).map_or(*rule, String::as_str);
                section.push_str(&format!(
                    "<tr class=\"group-row\" data-rule=\"{0}\" tabindex=\"0\"><td>▸</td><td class=\"sev {1}\">{2}</td><td>{0}</td><td>{3}：<b>{4} 项</b>（点击展开）</td></tr>\n",
                    escape(rule),
                    worst.as_str(),
                    severity_label(worst),
                    escape(title),
                    members.len(),
                ));
            }
            for (id, f) in members {
                let at = f
                    .span
                    .map(|s| format!("{}:{}", s.line, s.column))
                    .unwrap_or_default();
                // help, fix and references for print, where the side panel is not
                let mut printed = String::new();
                if let Some(h) = &f.help {
                    printed.push_str(&format!("<div>{}</div>", escape(h)));
                }
                if let Some(fix) = &f.fix {
                    printed.push_str(&format!("<div>修正：“{}”</div>", escape(&fix.replacement)));
                }
                for reference in &f.references {
                    printed.push_str(&format!("<div>依据：{}</div>", escape(reference)));
                }
                section.push_str(&format!(
                "<tr class=\"finding-row{6}\" data-id=\"{id}\" data-rule=\"{}\" data-severity=\"{}\"><td>{at}</td><td class=\"sev {1}\">{4}</td><td>{2}</td><td>{3}<div class=\"print-only\">{5}</div></td></tr>\n",
                escape(&f.rule),
                f.severity.as_str(),
                escape(&f.rule),
                escape(&f.message),
                severity_label(f.severity),
                printed,
                if grouped { " in-group folded" } else { "" },
            ));
            }
        }
        section.push_str("</table>\n");
        if let Some(plan) = &r.plan {
            section.push_str(&ledger(plan));
        }
        if let Some(source) = &r.source {
            section.push_str(&format!(
                "<pre class=\"source\">{}</pre>\n",
                highlighted(&source.text, &with_ids)
            ));
        }
        section.push_str("</section>\n");
        self.sections.write_all(section.as_bytes())
    }

    fn finish(&mut self, counts: &Counts, out: &mut dyn Write) -> io::Result<()> {
        let options: String = self
            .rules
            .iter()
            .map(|(r, n)| format!("<option value=\"{0}\">{0}（{n}）</option>", escape(r)))
            .collect();
        let boxes: String = [(Severity::Error, counts.errors), (Severity::Warning, counts.warnings), (Severity::Info, counts.infos), (Severity::Hint, counts.hints)]
            .iter()
            .map(|(s, n)| format!("<label><input type=\"checkbox\" class=\"sev-filter\" value=\"{0}\" checked> <span class=\"sev {0}\">{1}</span>（{n}）</label>", s.as_str(), severity_label(*s)))
            .collect();
        let total = counts.shown();
        // marks the page as planlint's, so a later walk of its folder does not check it
        let generator = crate::discover::REPORT_GENERATOR;
        write!(
            out,
            "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n{generator}\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>planlint 检查报告</title>\n<style{nonce}>{STYLE}</style>\n</head>\n<body>\n{banner}<header>\n<h1>planlint 检查报告</h1>\n<p class=\"run\">生成时间 {} · planlint {} · {}</p>\n<p class=\"totals\"><span id=\"total\">共 {total} 个问题</span><span>{} 个文件</span>{}</p>\n<div class=\"filters\"><label>规则 <select id=\"rule-filter\"><option value=\"\">全部规则</option>{options}</select></label>{boxes}</div>\n</header>\n<main>\n",
            generated_at(),
            env!("CARGO_PKG_VERSION"),
            self.setup,
            counts.files,
            if counts.unreadable > 0 { format!("<span class=\"sev error\">{} 个文件无法读取</span>", counts.unreadable) } else { String::new() },
            nonce = self.nonce,
            banner = self.banner,
        )?;
        out.write_all(self.overview_table().as_bytes())?;
        self.sections.drain_to(out)?;
        write!(
            out,
            "</main>\n<aside id=\"detail\" aria-live=\"polite\"></aside>\n<script type=\"application/json\" id=\"findings-data\">{{"
        )?;
        // the data is one JSON object, whose keys serde_json writes sorted as text (f1, f10, f2)
        let mut order: Vec<usize> = (0..self.data.len()).collect();
        order.sort_by_cached_key(|i| format!("f{}", i + 1));
        self.data.write_in(order, b",", out)?;
        write!(
            out,
            "}}</script>\n<script{}>{SCRIPT}</script>\n</body>\n</html>\n",
            self.nonce
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_script_json() {
        assert_eq!(
            escape("<script>alert(1)</script> & \"x\""),
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"
        );
        for hostile in [
            "</script><script>alert(1)</script>",
            "plan<!--draft-->.txt",
            "]]> & \u{2028}\u{2029} <\\!--",
        ] {
            let v = json!({ "m": hostile });
            let safe = script_safe(&v.to_string());
            assert!(
                !safe.contains(['<', '>', '&', '\u{2028}', '\u{2029}']),
                "{safe}"
            );
            // still JSON, and the same value
            let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
            assert_eq!(back, v);
        }
    }
}
