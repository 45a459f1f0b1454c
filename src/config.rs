//! `planlint.yaml`: which packs to run, per-rule severity (or `off`) and parameters, extra rule
//! folders, excluded paths. Found from the working directory upward, or given with `--config`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobSetBuilder};
use serde::Deserialize;

use crate::calendar::Calendar;
use crate::plan::vocab::{VocabError, Vocabulary};
use crate::plan::Parser;
use crate::rules::spec::Severity;
use crate::rules::{resolve_pack, RuleOverride};
use crate::suppress::{Suppression, SuppressionSpec};
use crate::yaml::{store, RuleFileError};

/// The configuration file's name.
pub const FILE_NAME: &str = "planlint.yaml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    /// Packs to run: bundled names (gov-openness, gbt9704, zh-text) or folders.
    #[serde(default)]
    packs: Option<Vec<String>>,
    /// Per-rule settings, by `pack::rule` or `rule`.
    #[serde(default)]
    rules: BTreeMap<String, RuleSetting>,
    /// More packs (folders with a pack.yaml, or folders of packs) run beside `packs`.
    #[serde(default)]
    rule_dirs: Vec<String>,
    /// Glob patterns of files and folders not to check.
    #[serde(default)]
    exclude: Vec<String>,
    /// Calendar files merged into the bundled one (new years, local days): one path or a list.
    #[serde(default)]
    calendar: Option<OneOrMany>,
    /// Parser vocabulary files merged into the bundled `rules/plan/` lists (more role labels,
    /// column names, chrome, unit suffixes): one path or a list.
    #[serde(default)]
    vocabulary: Option<OneOrMany>,
    /// Findings not to report, each with a reason.
    #[serde(default)]
    suppress: Vec<SuppressionSpec>,
    /// Where rule documentation is published, for SARIF `helpUri`: `{pack}` and `{rule}` are
    /// replaced.
    #[serde(default)]
    docs_url: Option<String>,
    /// Upper plans and the lower plans that implement them: `check` traces each lower plan
    /// against its upper plan (the `trace` pack).
    #[serde(default)]
    trace: Vec<TraceSpec>,
}

/// A `trace:` entry as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TraceSpec {
    /// The upper plan's file, relative to the configuration's folder.
    upper: String,
    /// Globs of the lower plans' files (relative to the configuration's folder).
    lower: OneOrMany,
    /// Score at or above which a lower task carries an upper one (default 0.15).
    #[serde(default)]
    threshold: Option<f64>,
}

/// An upper plan and the files of the lower plans that implement it.
#[derive(Debug, Clone)]
pub struct TracePair {
    pub upper: PathBuf,
    pub lower: crate::discover::PathGlobs,
    pub threshold: Option<f64>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum RuleSetting {
    /// `off`, `error`, `warning`, `info`, `hint`.
    Level(String),
    Full {
        #[serde(default)]
        severity: Option<String>,
        #[serde(default)]
        params: Option<crate::yaml::Value>,
    },
}

/// A loaded configuration.
#[derive(Debug)]
pub struct Config {
    /// The file it came from (`None`: the defaults).
    pub path: Option<PathBuf>,
    pub text: String,
    /// Pack folders to load, in order.
    pub packs: Vec<PathBuf>,
    pub overrides: BTreeMap<String, RuleOverride>,
    /// `exclude:` globs, relative to the configuration's folder (or as given).
    pub exclude: crate::discover::PathGlobs,
    /// Calendar files to merge into the bundled calendar.
    pub calendars: Vec<PathBuf>,
    /// Vocabulary files to merge into the bundled parser vocabulary.
    pub vocabulary: Vec<PathBuf>,
    pub suppressions: Vec<Suppression>,
    /// `docs_url` with `{pack}` and `{rule}` placeholders.
    pub docs_url: Option<String>,
    /// `trace:` pairs; with any, the `trace` pack is loaded.
    pub trace: Vec<TracePair>,
}

impl Config {
    /// The defaults: the bundled packs, nothing excluded.
    pub fn bundled() -> Config {
        Config {
            path: None,
            text: String::new(),
            packs: store::BUNDLED_PACKS
                .iter()
                .map(|p| store::bundled_path(p))
                .collect(),
            overrides: BTreeMap::new(),
            exclude: crate::discover::PathGlobs::default(),
            calendars: Vec::new(),
            vocabulary: Vec::new(),
            suppressions: Vec::new(),
            docs_url: None,
            trace: Vec::new(),
        }
    }

    /// `planlint.yaml` in `start` or the nearest folder above it.
    pub fn find(start: &Path) -> Option<PathBuf> {
        start
            .ancestors()
            .map(|d| d.join(FILE_NAME))
            .find(|p| p.is_file())
    }

    /// Load the file at `path`.
    pub fn load(path: &Path) -> Result<Config, RuleFileError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| {
            RuleFileError::at(&shown, "", 0, format!("cannot read the configuration: {e}"))
        })?;
        Config::from_text(path, &text)
    }

    /// Load a configuration whose text is `text`, as if read from `path` (packs and
    /// calendars it names are found from `path`'s folder).
    pub fn from_text(path: &Path, text: &str) -> Result<Config, RuleFileError> {
        let shown = path.display().to_string();
        let text = text.to_owned();
        let file: ConfigFile = crate::yaml::from_str(&text)
            .map_err(|e| RuleFileError::at(&shown, &text, e.offset.unwrap_or(0), e.message))?;
        let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let base = if base.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            base
        };
        let mut packs: Vec<PathBuf> = match &file.packs {
            Some(list) => list.iter().map(|p| resolve_pack(p, &base)).collect(),
            None => store::BUNDLED_PACKS
                .iter()
                .map(|p| store::bundled_path(p))
                .collect(),
        };
        for dir in &file.rule_dirs {
            let found = store::packs_under(&base.join(dir));
            if found.is_empty() {
                return Err(RuleFileError::find(
                    &shown,
                    &text,
                    Some("rule_dirs"),
                    &[dir],
                    format!("`{dir}` holds no rule pack (a folder with a pack.yaml)"),
                ));
            }
            packs.extend(found);
        }
        for p in &packs {
            if !store::is_pack(p) {
                let name = p.display().to_string();
                return Err(RuleFileError::find(
                    &shown,
                    &text,
                    Some("packs"),
                    &[name.rsplit('/').next().unwrap_or(&name)],
                    format!("`{name}` is not a rule pack (no pack.yaml)"),
                ));
            }
        }
        let mut overrides = BTreeMap::new();
        for (key, setting) in file.rules {
            let level = |s: &str| -> Result<Option<Severity>, RuleFileError> {
                if s == "off" {
                    return Ok(None);
                }
                s.parse::<Severity>().map(Some).map_err(|m| {
                    RuleFileError::find(&shown, &text, Some(&key), &[s], format!("{m}, or off"))
                })
            };
            let over = match setting {
                RuleSetting::Level(s) => RuleOverride {
                    severity: Some(level(&s)?),
                    params: None,
                },
                RuleSetting::Full { severity, params } => RuleOverride {
                    severity: severity.as_deref().map(level).transpose()?,
                    params,
                },
            };
            overrides.insert(key, over);
        }
        let mut globs = GlobSetBuilder::new();
        for pattern in &file.exclude {
            let glob = Glob::new(pattern).map_err(|e| {
                RuleFileError::find(
                    &shown,
                    &text,
                    Some("exclude"),
                    &[pattern],
                    format!("invalid glob: {e}"),
                )
            })?;
            globs.add(glob);
        }
        let exclude = globs
            .build()
            .map_err(|e| RuleFileError::find(&shown, &text, Some("exclude"), &[], e.to_string()))?;
        let exclude = crate::discover::PathGlobs::new(exclude, Some(&base));
        let calendars = paths(&file.calendar, &base);
        let vocabulary = paths(&file.vocabulary, &base);
        let mut suppressions = Vec::new();
        let mut from = text.find("suppress:").unwrap_or(0);
        for spec in file.suppress {
            let offset = text[from..]
                .find(&spec.rule)
                .map(|i| from + i)
                .unwrap_or(from);
            from = offset + spec.rule.len().min(text.len() - offset);
            if spec.reason.trim().is_empty() {
                return Err(RuleFileError::at(
                    &shown,
                    &text,
                    offset,
                    "a suppression needs a `reason`, so the next auditor knows why",
                ));
            }
            let s = Suppression::new(spec, offset, Some(&base)).map_err(|e| {
                RuleFileError::at(&shown, &text, offset, format!("invalid file glob: {e}"))
            })?;
            suppressions.push(s);
        }
        let mut trace = Vec::new();
        for t in &file.trace {
            let patterns: Vec<&String> = match &t.lower {
                OneOrMany::One(p) => vec![p],
                OneOrMany::Many(v) => v.iter().collect(),
            };
            let mut set = GlobSetBuilder::new();
            for pattern in patterns {
                let glob = Glob::new(pattern).map_err(|e| {
                    RuleFileError::find(&shown, &text, Some("trace"), &[pattern], e.to_string())
                })?;
                set.add(glob);
            }
            let set = set.build().map_err(|e| {
                RuleFileError::find(&shown, &text, Some("trace"), &[], e.to_string())
            })?;
            if let Some(x) = t.threshold.filter(|x| !(0.0..=1.0).contains(x)) {
                return Err(RuleFileError::find(
                    &shown,
                    &text,
                    Some("trace"),
                    &["threshold"],
                    format!("`threshold` is a similarity between 0 and 1, not {x}"),
                ));
            }
            trace.push(TracePair {
                upper: base.join(&t.upper),
                lower: crate::discover::PathGlobs::new(set, Some(&base)),
                threshold: t.threshold,
            });
        }
        let mut config = Config {
            path: Some(path.to_path_buf()),
            text,
            packs,
            overrides,
            exclude,
            calendars,
            vocabulary,
            suppressions,
            docs_url: file.docs_url,
            trace,
        };
        if !config.trace.is_empty() {
            config.include_trace_pack();
        }
        Ok(config)
    }

    /// Load the bundled `trace` pack too (it finds nothing unless a run traces): for `trace:`
    /// pairs, `planlint trace` and explaining a trace rule.
    pub fn include_trace_pack(&mut self) {
        let trace_pack = store::bundled_path(store::TRACE_PACK);
        if !self.packs.contains(&trace_pack) {
            self.packs.push(trace_pack);
        }
    }

    /// The bundled calendar with the configured ones merged in.
    pub fn calendar(&self) -> Result<Calendar, RuleFileError> {
        let mut c = Calendar::bundled()?;
        for path in &self.calendars {
            c.merge_file(path)?;
        }
        Ok(c)
    }

    /// The plan parser: the bundled vocabulary with the configured files merged in.
    pub fn parser(&self) -> Result<Parser, RuleFileError> {
        Vocabulary::extended(&self.vocabulary)
            .map(Parser::new)
            .map_err(|e| vocabulary_error(&e))
    }

    /// An error at a rule key that names no rule.
    /// The error for a key of `rules:` that names no loaded rule; `known` are the rule ids and
    /// names there are, for a suggestion.
    pub fn unknown_rule<'a>(
        &self,
        key: &str,
        known: impl IntoIterator<Item = &'a str>,
    ) -> RuleFileError {
        let shown = self
            .path
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        RuleFileError::find(
            &shown,
            &self.text,
            Some("rules"),
            &[key],
            format!(
                "`{key}` names no loaded rule{} (see `planlint rules`)",
                crate::suggest::did_you_mean(key, known)
            ),
        )
    }
}

/// Paths from a one-or-many field, resolved against the configuration's folder.
fn paths(field: &Option<OneOrMany>, base: &Path) -> Vec<PathBuf> {
    match field {
        None => Vec::new(),
        Some(OneOrMany::One(p)) => vec![base.join(p)],
        Some(OneOrMany::Many(list)) => list.iter().map(|p| base.join(p)).collect(),
    }
}

/// A vocabulary error as a located file error, so it is shown with its line like a rule file's.
fn vocabulary_error(e: &VocabError) -> RuleFileError {
    let file = e.file();
    let text = std::fs::read_to_string(file).unwrap_or_default();
    let offset = match e {
        VocabError::Yaml { source, .. } => source.offset.unwrap_or(0),
        VocabError::Pattern { pattern, .. } | VocabError::Fold { pair: pattern, .. } => {
            text.find(pattern.as_str()).unwrap_or(0)
        }
        VocabError::Io { .. } | VocabError::Version { .. } => 0,
    };
    let message = match e {
        VocabError::Yaml { source, .. } => source.message.clone(),
        other => other.to_string(),
    };
    RuleFileError::at(file, &text, offset, message)
}
