//! The rule file format as rule authors write it (YAML), kept apart from matching: these types
//! only describe; `compile` turns them into checks.

use serde::{Deserialize, Serialize};

/// How serious a finding is. `off` exists only in configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Hint,
    Info,
    Warning,
    Error,
}

impl Severity {
    /// The word used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Hint => "hint",
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl std::str::FromStr for Severity {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "hint" => Ok(Severity::Hint),
            "info" => Ok(Severity::Info),
            "warning" => Ok(Severity::Warning),
            "error" => Ok(Severity::Error),
            _ => Err(format!(
                "unknown severity `{s}`; expected error, warning, info or hint"
            )),
        }
    }
}

/// What a rule looks at, one item at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    Document,
    Section,
    Task,
    Unit,
    Deadline,
}

impl Scope {
    /// Every scope, for kinds that work in all of them.
    pub const ALL: &'static [Scope] = &[
        Scope::Document,
        Scope::Section,
        Scope::Task,
        Scope::Unit,
        Scope::Deadline,
    ];

    /// The word used in rule files.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Document => "document",
            Scope::Section => "section",
            Scope::Task => "task",
            Scope::Unit => "unit",
            Scope::Deadline => "deadline",
        }
    }
}

/// One rule file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    pub id: String,
    pub title: String,
    pub severity: Severity,
    pub scope: Scope,
    /// Which documents the rule checks: work plans only (the default), or any official text
    /// (typos, abolished unit names, 发文字号 format) — statutes, guides and reports included.
    #[serde(default)]
    pub documents: Documents,
    /// Selection: which items the check applies to.
    #[serde(default)]
    pub when: WhenSpec,
    /// Assertion: `kind` plus that kind's parameters.
    pub check: crate::yaml::Value,
    /// The finding's message; `{placeholders}` are filled per finding.
    pub message: String,
    #[serde(default)]
    pub help: Option<String>,
    /// Longer documentation, shown by `planlint explain`.
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub references: Vec<String>,
    /// Whether findings carry a fix (`true`), or how to build one (`{replace: …}`).
    #[serde(default)]
    pub fix: Option<FixSpec>,
    #[serde(default)]
    pub tags: Vec<String>,
    /// A rule shipped switched off (enable it in `planlint.yaml`).
    #[serde(default = "default_true")]
    pub enabled: bool,
    pub examples: Examples,
}

fn default_true() -> bool {
    true
}

/// How a rule builds fixes.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum FixSpec {
    /// `fix: true`: the kind's own replacement (a dictionary's right form).
    Enabled(bool),
    /// `fix: {replace: "〔$1〕"}`: a replacement template for the match (`$1` = group 1), or a
    /// map from matched text to replacement.
    Replace { replace: Replacement },
}

/// A replacement template or a map from matched text to replacement.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Replacement {
    Template(String),
    Map(std::collections::BTreeMap<String, String>),
}

/// The documents a rule checks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Documents {
    /// Work plans only: a text read as not a plan is not checked.
    #[default]
    Plans,
    /// Any official text.
    Any,
}

/// The period a plan covers, as a `when` filter names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PeriodKind {
    /// One year (2024年政务公开工作要点).
    Year,
    /// Several years (2021—2025年).
    Years,
    /// Some months (11—12月).
    Months,
}

/// Selection filters; every one given must hold.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WhenSpec {
    /// Fields that must have a value.
    #[serde(default)]
    pub present: Vec<String>,
    /// Fields that must have no value.
    #[serde(default)]
    pub absent: Vec<String>,
    /// A field's text must match.
    #[serde(default)]
    pub matches: Vec<MatchSpec>,
    /// A field's text must not match.
    #[serde(default)]
    pub not_matches: Vec<MatchSpec>,
    /// Some enclosing section title must match.
    #[serde(default)]
    pub section: Option<String>,
    /// The plan's year must lie in this range.
    #[serde(default)]
    pub year: Option<YearRange>,
    /// The plan must cover a period of this kind (a rule for annual plans: `period: year`).
    #[serde(default)]
    pub period: Option<PeriodKind>,
}

/// `{field: task.text, regex: "公开"}`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatchSpec {
    pub field: String,
    pub regex: String,
}

/// An inclusive range of plan years.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearRange {
    #[serde(default)]
    pub min: Option<i32>,
    #[serde(default)]
    pub max: Option<i32>,
}

/// A rule's own test cases: plan fragments it must stay silent on, and fragments it must fire on.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    #[serde(default)]
    pub valid: Vec<Example>,
    #[serde(default)]
    pub invalid: Vec<Example>,
}

/// A plan fragment, optionally with the number of findings it must give.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Example {
    Text(String),
    Detailed {
        text: String,
        #[serde(default)]
        findings: Option<usize>,
        /// For `trace` rules: the upper plan `text` implements.
        #[serde(default)]
        upper: Option<String>,
    },
}

impl Example {
    /// The fragment's text.
    pub fn text(&self) -> &str {
        match self {
            Example::Text(t) | Example::Detailed { text: t, .. } => t,
        }
    }

    /// The upper plan the fragment is traced against, if any.
    pub fn upper(&self) -> Option<&str> {
        match self {
            Example::Text(_) => None,
            Example::Detailed { upper, .. } => upper.as_deref(),
        }
    }

    /// How many findings it must give, if stated.
    pub fn expected(&self) -> Option<usize> {
        match self {
            Example::Text(_) => None,
            Example::Detailed { findings, .. } => *findings,
        }
    }
}

/// A pack's `pack.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackSpec {
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub version: Option<String>,
    /// Packs whose rules this pack includes (bundled names or folders relative to this one).
    #[serde(default)]
    pub extends: Vec<String>,
}
