//! Check kinds. A kind is one file: its parameters, its compile step and its check. Adding a
//! kind is that file plus one line in [`KINDS`].

mod consistency;
mod count;
mod coverage;
mod date_gap;
mod date_window;
mod dates;
mod document_kind;
mod pattern;
mod present;
mod registry;
mod sequence;
mod substitution;
mod trace;
mod working_day_limit;

use serde::de::DeserializeOwned;

use crate::ingest::Span;
use crate::rules::fields::{Item, PlanCx};
use crate::rules::spec::{FixSpec, Scope};

/// A compiled check: looks at one item and reports what is wrong with it.
pub trait Check: Send + Sync + std::fmt::Debug {
    fn check(&self, cx: &PlanCx, item: &Item) -> Vec<Hit>;
}

/// One thing a check found, before the rule turns it into a finding.
#[derive(Debug, Clone, Default)]
pub struct Hit {
    /// Where; `None` points at the item itself.
    pub span: Option<Span>,
    /// Values for the kind's placeholders (`found`, `expected` …).
    pub vars: Vec<(&'static str, String)>,
    /// Further places to show, with what each is.
    pub labels: Vec<(Span, String)>,
    /// A replacement for `span` that repairs it.
    pub fix: Option<String>,
    /// A message that replaces the rule's own, for a finding the rule's template cannot word
    /// (the calendar does not cover a year).
    pub message: Option<String>,
}

impl Hit {
    /// A hit at `span` with placeholder values.
    pub fn at(span: Option<Span>, vars: Vec<(&'static str, String)>) -> Hit {
        Hit {
            span,
            vars,
            ..Hit::default()
        }
    }
}

/// Reads a data file named relative to the rule file: (display path, text), or why not.
pub type LoadFile<'a> = dyn Fn(&str) -> Result<(String, String), String> + 'a;

/// What compiling a kind needs from the rule around it.
pub struct CompileCx<'a> {
    /// The kind's parameters (the `check` mapping without `kind`).
    pub params: crate::yaml::Value,
    pub scope: Scope,
    pub fix: Option<&'a FixSpec>,
    /// Read a data file named relative to the rule file: (display path, text).
    pub load: &'a LoadFile<'a>,
}

/// A kind's compile failure: what is wrong and the text in the rule file to point at.
#[derive(Debug, Clone)]
pub struct KindError {
    pub message: String,
    pub needle: Option<String>,
}

impl KindError {
    /// An error pointing at `needle` in the rule file.
    pub fn at(needle: impl Into<String>, message: impl Into<String>) -> KindError {
        KindError {
            message: message.into(),
            needle: Some(needle.into()),
        }
    }
}

/// A kind: its name, the scopes it works in, the placeholders it fills, and its compiler.
pub struct KindDef {
    pub name: &'static str,
    pub scopes: &'static [Scope],
    pub vars: &'static [&'static str],
    pub compile: fn(&CompileCx) -> Result<Box<dyn Check>, KindError>,
}

/// Every kind planlint knows.
pub const KINDS: &[&KindDef] = &[
    &present::KIND,
    &pattern::KIND,
    &substitution::KIND,
    &sequence::KIND,
    &consistency::KIND,
    &coverage::KIND,
    &registry::KIND,
    &count::KIND,
    &working_day_limit::KIND,
    &date_window::KIND,
    &date_gap::KIND,
    &document_kind::KIND,
    &trace::KIND,
];

/// The kind called `name`.
pub fn kind(name: &str) -> Option<&'static KindDef> {
    KINDS.iter().copied().find(|k| k.name == name)
}

/// Deserialize a kind's parameters; an unknown or mistyped parameter points at its name.
pub fn params<T: DeserializeOwned>(cx: &CompileCx) -> Result<T, KindError> {
    crate::yaml::from_value(cx.params.clone()).map_err(|e| {
        let message = e.to_string();
        let needle = message.split('`').nth(1).map(str::to_owned).filter(|_| {
            message.starts_with("unknown field")
                || message.starts_with("missing field")
                || message.contains("invalid type")
        });
        KindError {
            message: format!("in `check`: {message}"),
            needle,
        }
    })
}

/// The default field of kinds that read text: the whole document.
pub fn text_field() -> String {
    "text".into()
}

/// Reject `fix` on kinds that cannot build one.
pub fn no_fix(cx: &CompileCx, kind: &str) -> Result<(), KindError> {
    match cx.fix {
        None | Some(FixSpec::Enabled(false)) => Ok(()),
        Some(_) => Err(KindError::at(
            "fix:",
            format!("kind `{kind}` cannot build fixes; remove `fix`"),
        )),
    }
}

/// Compile a regex, pointing at it on failure.
pub fn regex(pattern: &str) -> Result<regex::Regex, KindError> {
    regex::Regex::new(pattern).map_err(|e| KindError::at(pattern, format!("invalid regex: {e}")))
}
