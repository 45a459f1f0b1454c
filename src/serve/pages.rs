//! The pages, rendered on the server. Every text from a document or a client (file names,
//! titles, units, messages) goes through `escape`; scripts and styles come from `/static/`
//! or carry the response's nonce, which the Content-Security-Policy requires.

use std::fmt::Write as _;

use crate::engine::Session;
use crate::report::escape_markup as escape;
use crate::report::html::severity_label;
use crate::rules::spec::Severity;

use super::batch::{Batch, Entry};
use super::charts::{self, Bar};
use super::downloads::Format;
use super::limits::{self, Limits};

/// A whole page: the shared header and navigation around `body`.
pub fn layout(title: &str, body: &str, refresh: Option<u32>) -> String {
    let refresh = refresh
        .map(|s| format!("<meta http-equiv=\"refresh\" content=\"{s}\">\n"))
        .unwrap_or_default();
    format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n{refresh}<title>{} · planlint</title>\n<link rel=\"stylesheet\" href=\"/static/style.css\">\n<script src=\"/static/app.js\" defer></script>\n</head>\n<body>\n{}<main class=\"page\">\n{body}</main>\n</body>\n</html>\n",
        escape(title),
        nav()
    )
}

/// The navigation bar every page starts with.
pub fn nav() -> String {
    "<nav class=\"top\"><a class=\"brand\" href=\"/\">planlint 工作方案检查</a><a href=\"/\">上传</a><a href=\"/rules\">规则</a></nav>\n".to_owned()
}

/// The upload form: files or a zip, packs, the lowest severity shown.
pub fn upload(session: &Session, limits: &Limits) -> String {
    let packs: String = session
        .pack_names()
        .iter()
        .map(|p| {
            format!(
                "<label><input type=\"checkbox\" name=\"packs\" value=\"{0}\" checked> {0}</label>",
                escape(p)
            )
        })
        .collect();
    let levels: String = [
        Severity::Hint,
        Severity::Info,
        Severity::Warning,
        Severity::Error,
    ]
    .iter()
    .map(|s| {
        format!(
            "<option value=\"{}\"{}>{}及以上</option>",
            s.as_str(),
            if *s == Severity::Info {
                " selected"
            } else {
                ""
            },
            severity_label(*s)
        )
    })
    .collect();
    let body = format!(
        "<h1>上传工作方案</h1>\n<p class=\"lead\">把一批方案拖到下面（或点击选择），planlint 逐份检查：牵头单位、时限、发文字号、公开时限、机构名称、错别字……检查只在本机进行，文件不会离开这台电脑。</p>\n<form id=\"upload\" method=\"post\" action=\"/upload\" enctype=\"multipart/form-data\">\n<div id=\"drop\" class=\"drop\"><p>拖放文件到这里，或</p><input id=\"files\" type=\"file\" name=\"files\" multiple accept=\".txt,.html,.htm,.docx,.doc,.wps,.rtf,.odt,.zip\"><p class=\"hint\">支持 .txt（UTF-8 或 GBK）、.html、.docx，经 LibreOffice 还支持 .doc、.wps、.rtf、.odt；整个文件夹请打包为 .zip。单次上限 {}，单个文件上限 {}，最多 {} 个文件。</p><ul id=\"chosen\"></ul></div>\n<fieldset><legend>规则包</legend>{packs}</fieldset>\n<fieldset><legend>显示</legend><label>级别 <select name=\"min\">{levels}</select></label></fieldset>\n<p><button type=\"submit\">开始检查</button> <span id=\"sending\" class=\"hint\" hidden>正在上传…</span></p>\n</form>\n",
        limits::size(limits.max_upload_bytes),
        limits::size(limits.max_file_bytes),
        limits.max_files,
    );
    layout("上传", &body, None)
}

/// A batch still being checked: files done of all, refreshed each second.
pub fn progress(batch: &Batch) -> String {
    let (done, total) = batch.progress();
    let body = format!(
        "<h1>正在检查</h1>\n<p class=\"lead\">已完成 <b id=\"done\">{done}</b> / 共 <b id=\"total\">{total}</b> 个文件。</p>\n<progress max=\"{total}\" value=\"{done}\"></progress>\n<p class=\"hint\">页面每秒自动刷新，检查完即显示结果。</p>\n"
    );
    layout("正在检查", &body, Some(1))
}

/// An error page: what went wrong and the way back.
pub fn error(title: &str, message: &str) -> String {
    layout(
        title,
        &format!(
            "<h1>{}</h1>\n<p class=\"error-message\">{}</p>\n<p><a href=\"/\">返回上传页</a></p>\n",
            escape(title),
            escape(message)
        ),
        None,
    )
}

/// The title a plan is listed under: its plan title, its document title, or its file name.
pub fn plan_title(e: &Entry) -> String {
    e.result
        .plan
        .as_ref()
        .and_then(|p| p.meta.shown_title())
        .map(|t| t.value.clone())
        .unwrap_or_else(|| e.result.path.display().to_string())
}

/// The links to each download of a plan (`base` is its page) or of a batch.
pub fn downloads(base: &str, with_word: bool) -> String {
    let mut s = String::from("<p class=\"downloads\">下载：");
    for f in Format::ALL {
        if f == Format::Docx && !with_word {
            continue;
        }
        let _ = write!(
            s,
            "<a class=\"download\" data-format=\"{0}\" href=\"{base}/download/{0}\" download>{1}</a>",
            f.key(),
            f.label()
        );
    }
    s.push_str("</p>\n");
    s
}

/// The batch overview: totals, refused files, the plans (sortable, filterable), charts, and
/// downloads of the whole batch.
pub fn overview(batch: &Batch, entries: &[Entry]) -> String {
    let base = format!("/batch/{}", batch.id);
    let (mut errors, mut warnings, mut infos) = (0, 0, 0);
    for e in entries {
        let (a, b, c) = e.counts();
        errors += a;
        warnings += b;
        infos += c;
    }
    let mut body = format!(
        "<h1>检查结果</h1>\n<p class=\"lead\" id=\"totals\"><span class=\"files\">{} 个文件</span> · <span class=\"sev error\">错误 {errors}</span> · <span class=\"sev warning\">警告 {warnings}</span> · <span class=\"sev info\">提示 {infos}</span></p>\n<p class=\"hint\">规则包：{} · 显示{}及以上</p>\n",
        entries.len(),
        escape(&batch.options.packs.join("、")),
        severity_label(batch.options.min),
    );
    if !batch.refused.is_empty() {
        body.push_str("<section class=\"refused\"><h2>未检查的文件</h2><ul>");
        for r in &batch.refused {
            let _ = write!(
                body,
                "<li><b>{}</b>：{}</li>",
                escape(&r.name),
                escape(&r.reason)
            );
        }
        body.push_str("</ul></section>\n");
    }
    let with_word = entries
        .iter()
        .any(|e| e.result.source.as_ref().is_some_and(|s| s.word.is_some()));
    body.push_str(&downloads(&base, with_word));
    let _ = writeln!(
        body,
        "<form class=\"delete\" method=\"post\" action=\"{base}/delete\"><button type=\"submit\">删除这批结果</button> <span class=\"hint\">上传的文件只在本服务的内存中；删除后立即清除（否则保留 {} 小时）。</span></form>",
        limits::BATCH_LIFETIME.as_secs() / 3600
    );
    body.push_str("<p><label>筛选 <input id=\"filter\" type=\"search\" placeholder=\"按文件名、标题、发文机关筛选\"></label></p>\n<table id=\"plans\" class=\"plans\">\n<thead><tr><th data-sort=\"text\">文件</th><th data-sort=\"text\">标题</th><th data-sort=\"text\">发文机关</th><th data-sort=\"num\">年度</th><th data-sort=\"num\">任务</th><th data-sort=\"num\">错误</th><th data-sort=\"num\">警告</th><th data-sort=\"num\">提示</th><th data-sort=\"num\">得分</th></tr></thead>\n<tbody>\n");
    // worst first, as an auditor reads them
    let mut order: Vec<usize> = (0..entries.len()).collect();
    order.sort_by_key(|&i| (entries[i].score(), i));
    for i in order {
        let e = &entries[i];
        let (er, wa, inf) = e.counts();
        let plan = e.result.plan.as_ref();
        let issuer = plan
            .and_then(|p| p.meta.issuer.as_ref())
            .map(|x| x.value.clone())
            .unwrap_or_default();
        let year = plan
            .and_then(|p| p.meta.year.as_ref())
            .map(|y| y.value.to_string())
            .unwrap_or_default();
        let tasks = plan.map(|p| p.tasks.len().to_string()).unwrap_or_default();
        let title = match &e.result.error {
            Some(err) => format!(
                "<span class=\"sev error\">无法读取：{}</span>",
                escape(&err.to_string())
            ),
            None => escape(&plan_title(e)),
        };
        let _ = writeln!(
            body,
            "<tr class=\"plan-row\" data-plan=\"{i}\"><td><a href=\"{base}/plan/{i}\">{}</a></td><td>{title}</td><td>{}</td><td class=\"num\">{year}</td><td class=\"num\">{tasks}</td><td class=\"num{}\">{er}</td><td class=\"num{}\">{wa}</td><td class=\"num\">{inf}</td><td class=\"num score\">{}</td></tr>",
            escape(&e.result.path.display().to_string()),
            escape(&issuer),
            if er > 0 { " sev error" } else { "" },
            if wa > 0 { " sev warning" } else { "" },
            e.score(),
        );
    }
    body.push_str("</tbody>\n</table>\n<section class=\"charts\">\n");
    body.push_str(&rule_chart(entries));
    body.push_str(&severity_chart(errors, warnings, infos));
    body.push_str(&gap_chart(&base, entries));
    body.push_str("</section>\n");
    layout("检查结果", &body, None)
}

/// Findings per rule, most first, coloured by the rule's severity.
fn rule_chart(entries: &[Entry]) -> String {
    let mut per_rule: std::collections::BTreeMap<&str, (usize, Severity)> = Default::default();
    for f in entries.iter().flat_map(|e| &e.result.findings) {
        let slot = per_rule.entry(&f.rule).or_insert((0, f.severity));
        slot.0 += 1;
        slot.1 = slot.1.max(f.severity);
    }
    let mut rows: Vec<(&str, (usize, Severity))> = per_rule.into_iter().collect();
    rows.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then_with(|| a.0.cmp(b.0)));
    let bars: Vec<Bar> = rows
        .iter()
        .map(|(rule, (n, s))| Bar {
            label: rule.rsplit("::").next().unwrap_or(rule).to_owned(),
            segments: vec![(*n, s.as_str())],
            link: Some(format!("/rules#{rule}")),
        })
        .collect();
    if bars.is_empty() {
        return "<p class=\"hint\">没有发现问题。</p>\n".to_owned();
    }
    charts::bars("各规则的问题数", &bars, false, &[])
}

/// Findings per severity.
fn severity_chart(errors: usize, warnings: usize, infos: usize) -> String {
    let bars: Vec<Bar> = [
        ("错误", errors, "error"),
        ("警告", warnings, "warning"),
        ("提示", infos, "info"),
    ]
    .into_iter()
    .map(|(label, n, class)| Bar {
        label: label.to_owned(),
        segments: vec![(n, class)],
        link: None,
    })
    .collect();
    charts::bars("各级别的问题数", &bars, false, &[])
}

/// Tasks without a lead unit and without a deadline, per plan.
fn gap_chart(base: &str, entries: &[Entry]) -> String {
    let bars: Vec<Bar> = entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.result.plan.is_some())
        .map(|(i, e)| Bar {
            label: plan_title(e),
            segments: vec![
                (e.without_lead, "no-lead"),
                (e.without_deadline, "no-deadline"),
            ],
            link: Some(format!("{base}/plan/{i}")),
        })
        .collect();
    if bars.is_empty() {
        return String::new();
    }
    charts::bars(
        "各方案未明确牵头单位、时限的任务数",
        &bars,
        true,
        &[("未明确牵头单位", "no-lead"), ("未明确时限", "no-deadline")],
    )
}

/// What goes above one plan's report: the way back and its downloads.
pub fn plan_banner(batch: &Batch, index: usize, entry: &Entry) -> String {
    let base = format!("/batch/{}/plan/{index}", batch.id);
    let word = entry
        .result
        .source
        .as_ref()
        .is_some_and(|s| s.word.is_some());
    format!(
        "<link rel=\"stylesheet\" href=\"/static/style.css\">\n{}<div class=\"plan-bar\"><a href=\"/batch/{}\">← 返回本批结果</a> {}</div>\n",
        nav(),
        batch.id,
        downloads(&base, word)
    )
}

/// The rules with their docs and examples, as `planlint explain` shows them, by pack.
pub fn rules(session: &Session, explained: &[String]) -> String {
    let mut body = String::from("<h1>规则</h1>\n<p class=\"lead\">planlint 使用的规则。每条规则都附说明、依据和示例；示例下方是规则在该示例上给出的提示。</p>\n");
    let mut pack = "";
    for (rule, text) in session.rules.rules.iter().zip(explained) {
        if rule.pack != pack {
            if !pack.is_empty() {
                body.push_str("</section>\n");
            }
            pack = &rule.pack;
            let _ = writeln!(body, "<section class=\"pack\"><h2>{}</h2>", escape(pack));
        }
        let _ = writeln!(
            body,
            "<details class=\"rule\" id=\"{0}\"><summary><code>{0}</code> <span class=\"sev {1}\">{2}</span> {3}</summary><pre>{4}</pre></details>",
            escape(&rule.id),
            rule.severity.as_str(),
            severity_label(rule.severity),
            escape(&rule.title),
            escape(text)
        );
    }
    if !pack.is_empty() {
        body.push_str("</section>\n");
    }
    layout("规则", &body, None)
}
