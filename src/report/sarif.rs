//! SARIF 2.1.0: every rule in `tool.driver.rules`, results with UTF-16 columns (the unit the log
//! declares), partial fingerprints, related locations and fixes.

use std::io::{self, Write};
use std::path::Path;

use serde_json::{json, Value};

use crate::engine::{FileResult, Finding};
use crate::report::location::{relative, uri, utf16_columns};
use crate::report::spool::{marker, splice, JsonArray};
use crate::report::{Counts, Printer, Shown};
use crate::rules::spec::Severity;
use crate::rules::Rule;

/// What the SARIF log needs besides the findings.
pub struct SarifContext<'a> {
    pub rules: &'a [Rule],
    /// The run's root: artifact URIs are relative to it.
    pub root: &'a Path,
    /// `docs_url` template (`{pack}`, `{rule}`) for `helpUri`.
    pub docs_url: Option<&'a str>,
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info | Severity::Hint => "note",
    }
}

fn help_uri(rule: &Rule, docs_url: Option<&str>) -> Option<String> {
    if let Some(t) = docs_url {
        return Some(
            t.replace("{pack}", &rule.pack)
                .replace("{rule}", &rule.name),
        );
    }
    // a rule read from disk: its file is its documentation
    let abs = std::fs::canonicalize(&rule.path).ok()?;
    Some(format!("file://{}", uri(&abs.to_string_lossy())))
}

fn descriptor(rule: &Rule, docs_url: Option<&str>) -> Value {
    let mut text = rule
        .description
        .clone()
        .unwrap_or_else(|| rule.title.clone());
    if let Some(h) = &rule.help {
        text.push_str("\n\n");
        text.push_str(h);
    }
    if !rule.references.is_empty() {
        text.push_str("\n\n");
        text.push_str(&rule.references.join("\n"));
    }
    let mut d = json!({
        "id": rule.id,
        "name": rule.name,
        "shortDescription": { "text": rule.title },
        "fullDescription": { "text": rule.description.clone().unwrap_or_else(|| rule.title.clone()) },
        "help": { "text": text },
        "defaultConfiguration": { "level": level(rule.severity) },
        "properties": { "tags": rule.tags, "scope": rule.scope.as_str(), "kind": rule.kind },
    });
    if let Some(u) = help_uri(rule, docs_url) {
        d["helpUri"] = json!(u);
    }
    d
}

fn region(text: &str, span: crate::ingest::Span) -> Value {
    let (start_col, end_col) = utf16_columns(text, span);
    json!({
        "startLine": span.line,
        "startColumn": start_col,
        "endLine": span.end_line,
        "endColumn": end_col,
        "charOffset": text[..span.start.min(text.len())].encode_utf16().count(),
        "charLength": text.get(span.start..span.end).map(|s| s.encode_utf16().count()).unwrap_or(0),
    })
}

fn result(f: &Finding, text: &str, cx: &SarifContext) -> Value {
    let rule_index = cx.rules.iter().position(|r| r.id == f.rule);
    let artifact = json!({ "uri": uri(&relative(&f.path, cx.root)), "uriBaseId": "%SRCROOT%" });
    let mut physical = json!({ "artifactLocation": artifact });
    if let Some(span) = f.span {
        physical["region"] = region(text, span);
    }
    let mut r = json!({
        "ruleId": f.rule,
        "level": level(f.severity),
        "message": { "text": f.message },
        "locations": [ { "physicalLocation": physical } ],
        "partialFingerprints": { "planlint/v1": f.fingerprint },
    });
    if let Some(i) = rule_index {
        r["ruleIndex"] = json!(i);
    }
    if !f.labels.is_empty() {
        r["relatedLocations"] = Value::Array(
            f.labels
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    json!({
                        "id": i + 1,
                        "message": { "text": l.message },
                        "physicalLocation": { "artifactLocation": artifact, "region": region(text, l.span) },
                    })
                })
                .collect(),
        );
    }
    if let Some(fix) = &f.fix {
        r["fixes"] = json!([{
            "description": { "text": format!("改为“{}”", fix.replacement) },
            "artifactChanges": [{
                "artifactLocation": artifact,
                "replacements": [{ "deletedRegion": region(text, fix.span), "insertedContent": { "text": fix.replacement } }],
            }],
        }]);
    }
    r
}

/// The run as a SARIF log. Results, notifications and embedded Word texts are spooled as the
/// files come; the log is written at the end, in the key order serde_json gives it.
pub struct SarifPrinter<'a> {
    cx: SarifContext<'a>,
    shown: Shown,
    /// `runs[0].results`: elements 8 spaces deep.
    results: JsonArray,
    /// `runs[0].invocations[0].toolExecutionNotifications`: 12 deep.
    notifications: JsonArray,
    /// `runs[0].artifacts`: 8 deep.
    artifacts: JsonArray,
}

impl<'a> SarifPrinter<'a> {
    /// A log of the findings `shown` lets through.
    pub fn new(cx: SarifContext<'a>, shown: Shown) -> SarifPrinter<'a> {
        SarifPrinter {
            cx,
            shown,
            results: JsonArray::new(8),
            notifications: JsonArray::new(12),
            artifacts: JsonArray::new(8),
        }
    }
}

impl Printer for SarifPrinter<'_> {
    fn file(&mut self, r: &FileResult, _out: &mut dyn Write) -> io::Result<()> {
        let cx = &self.cx;
        if let Some(e) = &r.error {
            self.notifications.push(&json!({
                "level": "error",
                "message": { "text": e.to_string() },
                "locations": [ { "physicalLocation": { "artifactLocation": { "uri": uri(&relative(&r.path.to_string_lossy(), cx.root)), "uriBaseId": "%SRCROOT%" } } } ],
            }))?;
        }
        let text = r
            .source
            .as_ref()
            .map(|s| s.text.as_str())
            .unwrap_or_default();
        for f in r.findings.iter().filter(|f| self.shown.shows(f)) {
            self.results.push(&result(f, text, cx))?;
        }
        // a Word document is not text: its regions point into its text as planlint lays it
        // out, which goes with the log so a viewer can show it
        if r.source.as_ref().is_some_and(|s| s.word.is_some()) {
            self.artifacts.push(&json!({
                "location": { "uri": uri(&relative(&r.path.to_string_lossy(), cx.root)), "uriBaseId": "%SRCROOT%" },
                "mimeType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "description": { "text": "The document's text as planlint reads it: a line per paragraph, table rows as tab-separated cells. Regions point into this text." },
                "contents": { "text": text },
            }))?;
        }
        Ok(())
    }

    fn finish(&mut self, _counts: &Counts, out: &mut dyn Write) -> io::Result<()> {
        let cx = &self.cx;
        let root_uri = format!(
            "file://{}/",
            uri(&cx.root.to_string_lossy()).trim_end_matches('/')
        );
        let mut log = json!({
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{
                "tool": { "driver": {
                    "name": "planlint",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": cx.rules.iter().map(|r| descriptor(r, cx.docs_url)).collect::<Vec<_>>(),
                } },
                "originalUriBaseIds": { "%SRCROOT%": { "uri": root_uri } },
                "columnKind": "utf16CodeUnits",
                "invocations": [ { "executionSuccessful": self.notifications.is_empty(), "toolExecutionNotifications": marker("notifications") } ],
                "results": marker("results"),
            }],
        });
        if !self.artifacts.is_empty() {
            log["runs"][0]["artifacts"] = json!(marker("artifacts"));
        }
        let skeleton = serde_json::to_string_pretty(&log)?;
        splice(&skeleton, out, |part, out| match part {
            "notifications" => self.notifications.drain_to(out),
            "artifacts" => self.artifacts.drain_to(out),
            _ => self.results.drain_to(out),
        })?;
        writeln!(out)
    }
}
