//! The parser's vocabulary (column synonyms, unit words, chrome patterns), read from the YAML
//! files under `rules/plan/` and compiled once. The bundled files are built into the binary so
//! planlint works from any directory.

use regex::Regex;
use serde::Deserialize;
use thiserror::Error;

use crate::plan::model::ColumnRole;
use crate::yaml::{self, YamlError};

/// A vocabulary file that could not be read or compiled.
#[derive(Debug, Error)]
pub enum VocabError {
    #[error("{file}: {source}")]
    Yaml {
        file: &'static str,
        #[source]
        source: YamlError,
    },
    #[error("{file}: version {found} is not supported (expected {VERSION})")]
    Version { file: &'static str, found: u32 },
    #[error("{file}: {message}")]
    Roles { file: &'static str, message: String },
    #[error("{file}: invalid pattern `{pattern}`: {source}")]
    Pattern {
        file: &'static str,
        pattern: String,
        #[source]
        source: regex::Error,
    },
}

/// The format version the vocabulary files are written in.
const VERSION: u32 = 1;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ColumnsFile {
    version: u32,
    /// Role → header names, in priority order (a YAML mapping keeps its order).
    roles: crate::yaml::Mapping,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LabelsYaml {
    lead: Vec<String>,
    responsible: Vec<String>,
    cooperating: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VagueYaml {
    exact: Vec<String>,
    contains: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UnitsFile {
    version: u32,
    labels: LabelsYaml,
    lead_markers: Vec<String>,
    tail_markers: Vec<String>,
    lead_in: Vec<String>,
    vague: VagueYaml,
    collective: Vec<String>,
    unit_suffixes: Vec<char>,
    admin_prefixes: Vec<char>,
    statement_endings: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentFile {
    version: u32,
    chrome: Vec<String>,
    publication_line: String,
    printed_suffix: Vec<String>,
    title_words: Vec<String>,
    draft_markers: Vec<String>,
    issuer_header_suffix: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeadlinesFile {
    version: u32,
    standing: Vec<String>,
}

/// Unit labels by role (`牵头单位` → lead).
#[derive(Debug, Clone)]
pub struct UnitLabels {
    pub lead: Vec<String>,
    pub responsible: Vec<String>,
    pub cooperating: Vec<String>,
}

/// Everything the parser needs to know about the words plans use.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    /// Header names per column role, in priority order.
    pub columns: Vec<(ColumnRole, Vec<String>)>,
    pub unit_labels: UnitLabels,
    pub lead_markers: Vec<String>,
    pub tail_markers: Vec<String>,
    pub lead_in: Vec<String>,
    pub vague_exact: Vec<String>,
    pub vague_contains: Vec<String>,
    pub collective: Vec<String>,
    pub unit_suffixes: Vec<char>,
    pub admin_prefixes: Vec<char>,
    pub statement_endings: Vec<String>,
    pub chrome: Vec<Regex>,
    pub publication_line: Regex,
    pub printed_suffix: Vec<String>,
    pub title_words: Vec<String>,
    pub draft_markers: Vec<String>,
    pub issuer_header_suffix: Vec<String>,
    pub standing: Vec<String>,
}

const COLUMNS: &str = include_str!("../../rules/plan/columns.yaml");
const UNITS: &str = include_str!("../../rules/plan/units.yaml");
const DOCUMENT: &str = include_str!("../../rules/plan/document.yaml");
const DEADLINES: &str = include_str!("../../rules/plan/deadlines.yaml");

fn load<T: serde::de::DeserializeOwned>(file: &'static str, text: &str) -> Result<T, VocabError> {
    yaml::from_str(text).map_err(|source| VocabError::Yaml { file, source })
}

fn check_version(file: &'static str, found: u32) -> Result<(), VocabError> {
    if found == VERSION {
        Ok(())
    } else {
        Err(VocabError::Version { file, found })
    }
}

fn column_roles(
    file: &'static str,
    roles: crate::yaml::Mapping,
) -> Result<Vec<(ColumnRole, Vec<String>)>, VocabError> {
    roles
        .into_iter()
        .map(|(k, v)| {
            let role: ColumnRole = crate::yaml::from_value(k).map_err(|e| VocabError::Roles {
                file,
                message: e.to_string(),
            })?;
            let names: Vec<String> = crate::yaml::from_value(v).map_err(|e| VocabError::Roles {
                file,
                message: e.to_string(),
            })?;
            Ok((role, names))
        })
        .collect()
}

fn compile(file: &'static str, pattern: &str) -> Result<Regex, VocabError> {
    Regex::new(pattern).map_err(|source| VocabError::Pattern {
        file,
        pattern: pattern.to_owned(),
        source,
    })
}

impl Vocabulary {
    /// The vocabulary bundled from `rules/plan/`.
    pub fn bundled() -> Result<Vocabulary, VocabError> {
        let columns: ColumnsFile = load("rules/plan/columns.yaml", COLUMNS)?;
        check_version("rules/plan/columns.yaml", columns.version)?;
        let units: UnitsFile = load("rules/plan/units.yaml", UNITS)?;
        check_version("rules/plan/units.yaml", units.version)?;
        let document: DocumentFile = load("rules/plan/document.yaml", DOCUMENT)?;
        check_version("rules/plan/document.yaml", document.version)?;
        let deadlines: DeadlinesFile = load("rules/plan/deadlines.yaml", DEADLINES)?;
        check_version("rules/plan/deadlines.yaml", deadlines.version)?;
        let doc_file = "rules/plan/document.yaml";
        let chrome = document
            .chrome
            .iter()
            .map(|p| compile(doc_file, p))
            .collect::<Result<Vec<_>, _>>()?;
        let by_length = |mut v: Vec<String>| {
            v.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
            v
        };
        Ok(Vocabulary {
            columns: column_roles("rules/plan/columns.yaml", columns.roles)?,
            unit_labels: UnitLabels {
                lead: by_length(units.labels.lead),
                responsible: by_length(units.labels.responsible),
                cooperating: by_length(units.labels.cooperating),
            },
            lead_markers: units.lead_markers,
            tail_markers: units.tail_markers,
            lead_in: units.lead_in,
            vague_exact: units.vague.exact,
            vague_contains: units.vague.contains,
            collective: units.collective,
            unit_suffixes: units.unit_suffixes,
            admin_prefixes: units.admin_prefixes,
            statement_endings: units.statement_endings,
            chrome,
            publication_line: compile(doc_file, &document.publication_line)?,
            printed_suffix: by_length(document.printed_suffix),
            title_words: document.title_words,
            draft_markers: document.draft_markers,
            issuer_header_suffix: document.issuer_header_suffix,
            standing: by_length(deadlines.standing),
        })
    }

    /// The role of a table header cell, if it names one.
    pub fn column_role(&self, header: &str) -> Option<ColumnRole> {
        let name = crate::plan::text::normalize(header);
        if name.is_empty() {
            return None;
        }
        for (role, names) in &self.columns {
            if names.contains(&name) {
                return Some(*role);
            }
        }
        self.columns
            .iter()
            .flat_map(|(role, names)| names.iter().map(move |n| (role, n)))
            .filter(|(_, n)| name.contains(n.as_str()))
            .max_by_key(|(_, n)| n.chars().count())
            .map(|(role, _)| *role)
            .filter(|_| name.chars().count() <= 12)
    }

    /// Whether a whole line is web-page chrome.
    pub fn is_chrome(&self, line: &str) -> bool {
        let line = line.trim();
        self.chrome.iter().any(|re| re.is_match(line))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_vocabulary_loads_and_maps_common_headers() {
        let v = Vocabulary::bundled().unwrap();
        assert_eq!(v.column_role("牵头及责任单位"), Some(ColumnRole::Units));
        assert_eq!(v.column_role("完成时限"), Some(ColumnRole::Deadline));
        assert_eq!(v.column_role("时 限"), Some(ColumnRole::Deadline));
        assert_eq!(v.column_role("牵头部门"), Some(ColumnRole::Lead));
        assert_eq!(v.column_role("序号"), Some(ColumnRole::Number));
        assert_eq!(v.column_role("责任科室"), Some(ColumnRole::Units));
        assert_eq!(v.column_role("配合单位"), Some(ColumnRole::Cooperating));
        assert_eq!(
            v.column_role("区财政局牵头，各镇（街道）按职责分工负责"),
            None
        );
        assert!(v.is_chrome("2021/8/16 上午9:31:36 星期一"));
        assert!(v.is_chrome("政府网站标识码:2101120003 公安备案号:21011202000218"));
        assert!(!v.is_chrome("1.做好全面振兴新突破三年行动工作信息公开。"));
    }
}
