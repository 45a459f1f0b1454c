//! Rules: YAML rule files and packs, read into typed specs and compiled into checks once per
//! run. The rule format is documented in `docs/rules.md`.

pub mod explain;
pub mod fields;
pub mod kinds;
pub mod selftest;
pub mod spec;
pub mod template;
pub mod when;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::yaml::store;
pub use crate::yaml::RuleFileError;
use fields::{Item, PlanCx};
use kinds::{Check, CompileCx, Hit};
use spec::{Examples, PackSpec, RuleSpec, Scope, Severity};
use template::Template;
use when::When;

/// Placeholders every rule may use, by scope.
const DOCUMENT_VARS: &[&str] = &[
    "plan.title",
    "plan.year",
    "plan.doc_number",
    "plan.signing_date",
];
const SECTION_VARS: &[&str] = &["section.title", "section.label"];
const TASK_VARS: &[&str] = &["task.number", "task.index", "task.title", "section.title"];
const UNIT_VARS: &[&str] = &["unit.name", "unit.role"];
const DEADLINE_VARS: &[&str] = &["deadline.raw", "deadline.value"];

fn scope_vars(scope: Scope) -> Vec<&'static str> {
    let mut v = DOCUMENT_VARS.to_vec();
    match scope {
        Scope::Document => {}
        Scope::Section => v.extend(SECTION_VARS),
        Scope::Task => v.extend(TASK_VARS),
        Scope::Unit => {
            v.extend(TASK_VARS);
            v.extend(UNIT_VARS);
        }
        Scope::Deadline => {
            v.extend(TASK_VARS);
            v.extend(DEADLINE_VARS);
        }
    }
    v
}

/// A compiled rule.
#[derive(Debug)]
pub struct Rule {
    /// `pack::name`, the id reports and configuration use.
    pub id: String,
    pub name: String,
    pub pack: String,
    pub title: String,
    /// The severity in force (after configuration).
    pub severity: Severity,
    pub scope: Scope,
    /// Which documents it checks: plans only, or any official text.
    pub documents: spec::Documents,
    pub kind: String,
    pub help: Option<String>,
    pub description: Option<String>,
    pub references: Vec<String>,
    pub tags: Vec<String>,
    pub examples: Examples,
    /// The file the rule came from.
    pub path: PathBuf,
    /// Findings of this rule carry fixes.
    pub fixable: bool,
    when: When,
    check: Box<dyn Check>,
    message: Template,
}

/// A finding before it is tied to a file: the rule's verdict on one item.
#[derive(Debug, Clone)]
pub struct RuleHit {
    pub message: String,
    pub hit: Hit,
    /// Where the item itself is, for hits without a span of their own.
    pub anchor: Option<crate::ingest::Span>,
    pub task: Option<usize>,
}

impl Rule {
    /// Run the rule over a plan.
    pub fn run(&self, cx: &PlanCx) -> Vec<RuleHit> {
        let mut out = Vec::new();
        if self.documents == spec::Documents::Plans && !cx.plan.kind.is_plan() {
            return out;
        }
        for item in cx.items(self.scope) {
            if !self.when.holds(cx, &item) {
                continue;
            }
            for hit in self.check.check(cx, &item) {
                let message = self.message.render(|var| {
                    hit.vars
                        .iter()
                        .find(|(k, _)| *k == var)
                        .map(|(_, v)| v.clone())
                        .or_else(|| context_var(cx, &item, var))
                });
                out.push(RuleHit {
                    message,
                    anchor: cx.anchor(&item),
                    task: item.task().map(|t| t.index),
                    hit,
                });
            }
        }
        out
    }
}

/// A placeholder's value from the item being checked.
fn context_var(cx: &PlanCx, item: &Item, var: &str) -> Option<String> {
    let m = &cx.plan.meta;
    let task = item.task();
    match var {
        "plan.title" => m
            .plan_title
            .as_ref()
            .or(m.title.as_ref())
            .map(|t| t.value.clone()),
        "plan.year" => m.year.as_ref().map(|y| y.value.to_string()),
        "plan.doc_number" => m.doc_number.as_ref().map(|d| d.value.clone()),
        "plan.signing_date" => m.signing_date.as_ref().map(|d| {
            cx.text
                .get(d.span.start..d.span.end)
                .unwrap_or_default()
                .to_owned()
        }),
        "task.number" => task.map(|t| match &t.number {
            Some(n) if n.inherited => format!("{}（续）", n.value),
            Some(n) => n.value.to_string(),
            None => format!("#{}", t.index),
        }),
        "task.index" => task.map(|t| t.index.to_string()),
        "task.title" => task
            .and_then(|t| t.title.as_ref())
            .map(|x| x.value.chars().take(30).collect()),
        "section.title" => match item {
            Item::Section(s) => Some(s.title.clone()),
            _ => task
                .and_then(|t| t.section)
                .and_then(|i| cx.plan.sections.get(i))
                .map(|s| s.title.clone()),
        },
        "section.label" => match item {
            Item::Section(s) => Some(s.label.clone()),
            _ => None,
        },
        "unit.name" => match item {
            Item::Unit(_, u) => Some(u.name.clone()),
            _ => None,
        },
        "unit.role" => match item {
            Item::Unit(_, u) => Some(
                match u.role {
                    crate::plan::model::UnitRole::Lead => "牵头单位",
                    crate::plan::model::UnitRole::Responsible => "责任单位",
                    crate::plan::model::UnitRole::Cooperating => "配合单位",
                }
                .to_owned(),
            ),
            _ => None,
        },
        "deadline.raw" => match item {
            Item::Deadline(_, d) => Some(d.raw.clone()),
            _ => None,
        },
        "deadline.value" => match item {
            Item::Deadline(_, d) => Some(d.value.to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// How configuration changes one rule.
#[derive(Debug, Clone, Default)]
pub struct RuleOverride {
    /// `None` keeps the rule's own; `Some(None)` switches it off.
    pub severity: Option<Option<Severity>>,
    /// Merged into the rule's `check` parameters.
    pub params: Option<crate::yaml::Value>,
}

/// The display form of a rule file's path.
pub fn display(path: &Path) -> String {
    path.display().to_string()
}

/// Compile one rule file of pack `pack`.
pub fn compile_rule(
    path: &Path,
    text: &str,
    pack: &str,
    over: Option<&RuleOverride>,
) -> Result<Option<Rule>, RuleFileError> {
    let shown = display(path);
    let spec: RuleSpec = crate::yaml::from_str(text).map_err(|e| {
        let offset = e.offset.unwrap_or(0);
        RuleFileError::at(&shown, text, offset, e.message.clone())
    })?;
    let at = |key: Option<&str>, needles: &[&str], message: String| {
        RuleFileError::find(&shown, text, key, needles, message)
    };

    let expected_name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if spec.id != expected_name {
        return Err(at(
            Some("id"),
            &[&spec.id],
            format!(
                "rule id `{}` must match its file name `{expected_name}.yaml`",
                spec.id
            ),
        ));
    }
    let mut severity = Some(spec.severity);
    if let Some(o) = over.and_then(|o| o.severity) {
        severity = o;
    }
    if !spec.enabled && over.and_then(|o| o.severity).is_none() {
        severity = None;
    }

    let mut check = spec.check.clone();
    if let Some(params) = over.and_then(|o| o.params.as_ref()) {
        merge(&mut check, params);
    }
    let crate::yaml::Value::Mapping(mut mapping) = check else {
        return Err(at(
            Some("check"),
            &[],
            "`check` must be a mapping with a `kind`".into(),
        ));
    };
    let kind_name = match mapping.remove("kind") {
        Some(crate::yaml::Value::String(k)) => k,
        _ => return Err(at(Some("check"), &[], "`check` needs `kind:` (one of: present, pattern, substitution, sequence, consistency, coverage, registry, count, …)".into())),
    };
    let Some(kind) = kinds::kind(&kind_name) else {
        let known: Vec<&str> = kinds::KINDS.iter().map(|k| k.name).collect();
        return Err(at(
            Some("kind"),
            &[&kind_name],
            format!(
                "unknown kind `{kind_name}`{}; known kinds: {}",
                crate::suggest::did_you_mean(&kind_name, known.iter().copied()),
                known.join(", ")
            ),
        ));
    };
    if !kind.scopes.contains(&spec.scope) {
        let scopes: Vec<&str> = kind.scopes.iter().map(|s| s.as_str()).collect();
        return Err(at(
            Some("scope"),
            &[],
            format!(
                "kind `{kind_name}` works in scopes {}, not `{}`",
                scopes.join(", "),
                spec.scope.as_str()
            ),
        ));
    }
    let when = When::compile(&spec.when, spec.scope)
        .map_err(|e| at(Some("when"), &[&e.needle], e.message))?;

    let mut allowed = scope_vars(spec.scope);
    allowed.extend(kind.vars);
    let message = Template::parse(&spec.message, &allowed).map_err(|e| {
        let key_at = text.find("message:").unwrap_or(0);
        let value_at = text[key_at..]
            .find(
                spec.message
                    .get(..e.offset.min(spec.message.len()))
                    .unwrap_or(""),
            )
            .map(|i| key_at + i);
        let offset = value_at.map(|v| v + e.offset).unwrap_or(key_at);
        RuleFileError::at(&shown, text, offset, e.message)
    })?;

    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let load = |rel: &str| -> Result<(String, String), String> {
        let p = dir.join(rel);
        store::read(&p).map(|t| (display(&p), t))
    };
    let cx = CompileCx {
        params: crate::yaml::Value::Mapping(mapping),
        scope: spec.scope,
        fix: spec.fix.as_ref(),
        load: &load,
    };
    let compiled = (kind.compile)(&cx).map_err(|e| {
        let needle = e.needle.clone().unwrap_or_default();
        at(Some("check"), &[&needle], e.message)
    })?;
    let Some(severity) = severity else {
        return Ok(None);
    };
    let fixable = !matches!(spec.fix, None | Some(spec::FixSpec::Enabled(false)));
    Ok(Some(Rule {
        id: format!("{pack}::{}", spec.id),
        name: spec.id,
        pack: pack.to_owned(),
        title: spec.title,
        severity,
        scope: spec.scope,
        documents: spec.documents,
        kind: kind_name,
        help: spec.help,
        description: spec.description,
        references: spec.references,
        tags: spec.tags,
        examples: spec.examples,
        path: path.to_path_buf(),
        fixable,
        when,
        check: compiled,
        message,
    }))
}

/// Merge `over` into `base` (mappings key by key; anything else replaces).
fn merge(base: &mut crate::yaml::Value, over: &crate::yaml::Value) {
    match (base, over) {
        (crate::yaml::Value::Mapping(b), crate::yaml::Value::Mapping(o)) => {
            for (k, v) in o {
                match b.get_mut(k) {
                    Some(existing) => merge(existing, v),
                    None => {
                        b.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        (b, o) => *b = o.clone(),
    }
}

/// A loaded pack.
#[derive(Debug, Clone)]
pub struct PackInfo {
    pub name: String,
    pub description: String,
    pub version: Option<String>,
    pub dir: PathBuf,
}

/// Rules, the packs they came from, and every error met while loading them.
#[derive(Debug, Default)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
    pub packs: Vec<PackInfo>,
    pub errors: Vec<RuleFileError>,
    /// Rules switched off (by configuration or `enabled: false`), by id.
    pub disabled: Vec<String>,
}

/// `a/../b/./c` → `b/c`, without touching the disk, so a pack reached by two routes is one pack.
pub fn normalize_path(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if matches!(out.components().next_back(), Some(Component::Normal(_))) {
                    out.pop();
                } else {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// Where a pack reference points: a bundled pack name, or a folder relative to `base`.
pub fn resolve_pack(reference: &str, base: &Path) -> PathBuf {
    if store::BUNDLED_PACKS.contains(&reference) {
        return store::bundled_path(reference);
    }
    let local = normalize_path(&base.join(reference));
    if !base.starts_with(store::BUNDLED) || store::is_pack(&local) {
        local
    } else {
        store::bundled_path(reference)
    }
}

impl RuleSet {
    /// Load packs (folders with a `pack.yaml`) and the packs they extend, applying overrides
    /// keyed by rule id (`pack::name` or `name`).
    pub fn load(packs: &[PathBuf], overrides: &BTreeMap<String, RuleOverride>) -> RuleSet {
        let mut set = RuleSet::default();
        let mut seen = Vec::new();
        for dir in packs {
            set.load_pack(&normalize_path(dir), &mut Vec::new(), &mut seen, overrides);
        }
        set.rules.sort_by(|a, b| a.id.cmp(&b.id));
        set
    }

    fn load_pack(
        &mut self,
        dir: &Path,
        stack: &mut Vec<PathBuf>,
        seen: &mut Vec<PathBuf>,
        overrides: &BTreeMap<String, RuleOverride>,
    ) {
        let pack_file = dir.join("pack.yaml");
        let shown = display(&pack_file);
        let text = match store::read(&pack_file) {
            Ok(t) => t,
            Err(e) => {
                self.errors.push(RuleFileError::at(&shown, "", 0, format!("not a rule pack: {e}")).with_help("a pack is a folder with a pack.yaml (name, description, version, extends) and one YAML file per rule"));
                return;
            }
        };
        if stack.contains(&dir.to_path_buf()) {
            let chain: Vec<String> = stack
                .iter()
                .chain(std::iter::once(&dir.to_path_buf()))
                .map(|p| display(p))
                .collect();
            let parent = stack
                .last()
                .map(|p| p.join("pack.yaml"))
                .unwrap_or(pack_file.clone());
            let parent_text = store::read(&parent).unwrap_or_default();
            self.errors.push(RuleFileError::find(
                &display(&parent),
                &parent_text,
                Some("extends"),
                &[],
                format!("pack extends itself: {}", chain.join(" → ")),
            ));
            return;
        }
        if seen.contains(&dir.to_path_buf()) {
            return;
        }
        seen.push(dir.to_path_buf());
        let spec: PackSpec = match crate::yaml::from_str(&text) {
            Ok(s) => s,
            Err(e) => {
                self.errors.push(RuleFileError::at(
                    &shown,
                    &text,
                    e.offset.unwrap_or(0),
                    e.message,
                ));
                return;
            }
        };
        stack.push(dir.to_path_buf());
        for ext in &spec.extends {
            let target = resolve_pack(ext, dir);
            if !store::is_pack(&target) && !stack.contains(&target) {
                self.errors.push(RuleFileError::find(
                    &shown,
                    &text,
                    Some("extends"),
                    &[ext],
                    format!(
                        "extends `{ext}`, which is not a pack (no {})",
                        display(&target.join("pack.yaml"))
                    ),
                ));
                continue;
            }
            self.load_pack(&target, stack, seen, overrides);
        }
        stack.pop();
        self.packs.push(PackInfo {
            name: spec.name.clone(),
            description: spec.description.clone(),
            version: spec.version.clone(),
            dir: dir.to_path_buf(),
        });
        for file in store::rule_files(dir) {
            let rule_text = match store::read(&file) {
                Ok(t) => t,
                Err(e) => {
                    self.errors
                        .push(RuleFileError::at(&display(&file), "", 0, e));
                    continue;
                }
            };
            let name = file
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let id = format!("{}::{name}", spec.name);
            let over = overrides.get(&id).or_else(|| overrides.get(&name));
            match compile_rule(&file, &rule_text, &spec.name, over) {
                Ok(Some(rule)) => {
                    if self.rules.iter().any(|r| r.id == rule.id) {
                        self.errors.push(RuleFileError::find(
                            &display(&file),
                            &rule_text,
                            Some("id"),
                            &[],
                            format!("rule `{}` is defined twice", rule.id),
                        ));
                    } else {
                        self.rules.push(rule);
                    }
                }
                Ok(None) => self.disabled.push(id),
                Err(e) => self.errors.push(e),
            }
        }
    }

    /// Whether a configuration key (`pack::name` or `name`) names a loaded or disabled rule.
    pub fn knows(&self, key: &str) -> bool {
        let matches = |id: &str| id == key || id.rsplit("::").next() == Some(key);
        self.rules.iter().any(|r| matches(&r.id)) || self.disabled.iter().any(|id| matches(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_normalize_lexically() {
        assert_eq!(
            normalize_path(Path::new("r/a/../b/../a")),
            PathBuf::from("r/a")
        );
        assert_eq!(normalize_path(Path::new("./x/./y")), PathBuf::from("x/y"));
        assert_eq!(
            normalize_path(Path::new("../up/a/..")),
            PathBuf::from("../up")
        );
    }
}
