//! `substitution`: a dictionary of wrong → right forms (miswritten words, abolished unit names).
//! The whole dictionary compiles to one Aho-Corasick automaton (leftmost-longest, so
//! `国家卫生计生委` wins over `卫生计生委`). A match is skipped when an `except` string covers it
//! (`造福社会` contains 福社), when it follows a `skip_after` word (`原环保局`), or, for entries
//! with `since`, when the plan is dated before that.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use chrono::Datelike;
use serde::Deserialize;

use super::{params, Check, CompileCx, Hit, KindDef, KindError};
use crate::rules::fields::{resolve, Field, Item, PlanCx};
use crate::rules::spec::{FixSpec, Scope};

pub const KIND: KindDef = KindDef {
    name: "substitution",
    scopes: Scope::ALL,
    vars: &["found", "expected", "detail", "since"],
    compile,
};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Params {
    #[serde(default = "super::text_field")]
    field: String,
    /// A dictionary file, relative to the rule file.
    #[serde(default)]
    dictionary: Option<String>,
    /// Which list of the dictionary file to use.
    #[serde(default = "entries_list")]
    list: String,
    /// Entries written in the rule itself.
    #[serde(default)]
    entries: Vec<Entry>,
    /// Skip a match right after one of these (原环保局: citing the past).
    #[serde(default)]
    skip_after: Vec<String>,
    /// A `skip_after` word may stand before a short place name ending in one of these
    /// (原县环保局, 原白河县环保局).
    #[serde(default)]
    place_suffixes: Vec<char>,
}

fn entries_list() -> String {
    "entries".into()
}

/// One dictionary entry.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub wrong: String,
    pub right: String,
    #[serde(default)]
    pub except: Vec<String>,
    /// `YYYY` or `YYYY-MM`: the wrong form is wrong only in plans dated from then on.
    #[serde(default)]
    pub since: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// A dictionary file: named lists of entries plus anything else (provenance, notes).
#[derive(Debug, Deserialize)]
struct DictionaryFile {
    #[serde(flatten)]
    lists: std::collections::BTreeMap<String, crate::yaml::Value>,
}

#[derive(Debug)]
struct Compiled {
    wrong: String,
    right: String,
    /// (except string, offsets within it where `wrong` occurs)
    except: Vec<(String, Vec<usize>)>,
    since: Option<(i32, u32)>,
    /// `since` as a reader writes it: 2018年, 2018年3月.
    since_label: String,
    note: String,
}

#[derive(Debug)]
struct Substitution {
    field: Field,
    automaton: AhoCorasick,
    entries: Vec<Compiled>,
    skip_after: Vec<String>,
    place_suffixes: Vec<char>,
    fix: bool,
}

fn parse_since(s: &str) -> Option<(i32, u32)> {
    let mut parts = s.split('-');
    let year = parts.next()?.trim().parse().ok()?;
    let month = match parts.next() {
        Some(m) => m.trim().parse().ok().filter(|m| (1..=12).contains(m))?,
        None => 1,
    };
    Some((year, month))
}

fn load_entries(cx: &CompileCx, p: &Params) -> Result<Vec<Entry>, KindError> {
    let mut entries = p.entries.clone();
    if let Some(file) = &p.dictionary {
        let (path, text) = (cx.load)(file).map_err(|m| KindError::at(file.clone(), m))?;
        let dict: DictionaryFile = crate::yaml::from_str(&text)
            .map_err(|e| KindError::at(file.clone(), format!("{path}: {}", e.message)))?;
        let list = dict.lists.get(&p.list).ok_or_else(|| {
            KindError::at(p.list.clone(), format!("{path} has no list `{}`", p.list))
        })?;
        let more: Vec<Entry> = crate::yaml::from_value(list.clone())
            .map_err(|e| KindError::at(file.clone(), format!("{path}: list `{}`: {e}", p.list)))?;
        entries.extend(more);
    }
    if entries.is_empty() {
        return Err(KindError::at(
            "substitution",
            "a `substitution` check needs `entries` or a `dictionary`",
        ));
    }
    Ok(entries)
}

fn compile(cx: &CompileCx) -> Result<Box<dyn Check>, KindError> {
    let p: Params = params(cx)?;
    let field = Field::parse(&p.field, cx.scope).map_err(|m| KindError::at(p.field.clone(), m))?;
    let fix = match cx.fix {
        None | Some(FixSpec::Enabled(false)) => false,
        Some(FixSpec::Enabled(true)) => true,
        Some(FixSpec::Replace { .. }) => {
            return Err(KindError::at(
                "fix:",
                "a `substitution` fix uses each entry's `right`: write `fix: true`",
            ))
        }
    };
    let entries = load_entries(cx, &p)?;
    let mut compiled = Vec::with_capacity(entries.len());
    for e in entries {
        if e.wrong.is_empty() {
            return Err(KindError::at("wrong:", "an entry has an empty `wrong`"));
        }
        let since = match &e.since {
            Some(s) => Some(parse_since(s).ok_or_else(|| {
                KindError::at(s.clone(), format!("`since: {s}` is not YYYY or YYYY-MM"))
            })?),
            None => None,
        };
        let except = e
            .except
            .iter()
            .map(|x| {
                let offsets: Vec<usize> =
                    x.match_indices(e.wrong.as_str()).map(|(i, _)| i).collect();
                (x.clone(), offsets)
            })
            .collect();
        let since_label = match (&e.since, since) {
            (Some(raw), Some((y, m))) if raw.contains('-') => format!("{y}年{m}月"),
            (Some(_), Some((y, _))) => format!("{y}年"),
            _ => String::new(),
        };
        compiled.push(Compiled {
            wrong: e.wrong,
            right: e.right,
            except,
            since,
            since_label,
            note: e.note.unwrap_or_default(),
        });
    }
    let automaton = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        // every plan's every field goes through this automaton: a full DFA (a few hundred KB
        // for a dictionary of hundreds of words) scans about twice as fast as the default NFA
        .kind((compiled.len() <= MAX_DFA_ENTRIES).then_some(AhoCorasickKind::DFA))
        .build(compiled.iter().map(|c| c.wrong.as_str()))
        .map_err(|e| KindError::at("dictionary", format!("cannot compile the dictionary: {e}")))?;
    Ok(Box::new(Substitution {
        field,
        automaton,
        entries: compiled,
        skip_after: p.skip_after,
        place_suffixes: p.place_suffixes,
        fix,
    }))
}

impl Compiled {
    fn excepted(&self, text: &str, start: usize) -> bool {
        self.except.iter().any(|(x, offsets)| {
            offsets.iter().any(|&k| {
                start >= k
                    && text
                        .get(start - k..)
                        .is_some_and(|rest| rest.starts_with(x.as_str()))
            })
        })
    }

    /// The fix is only safe when there is one right form, with no place-name placeholder.
    fn safe_fix(&self) -> Option<String> {
        (!self.right.contains(['；', ';']) && !self.right.contains("XX"))
            .then(|| self.right.clone())
    }
}

/// Dictionaries up to this size compile to a full DFA; a larger one (a user's list of tens of
/// thousands of words) keeps the NFA, whose memory does not grow with the alphabet.
const MAX_DFA_ENTRIES: usize = 5_000;

/// Longest place name allowed between a `skip_after` word and the match.
const MAX_PLACE_CHARS: usize = 5;

impl Substitution {
    /// Whether `before` ends with a skip word, directly or before a short place name.
    fn follows_skip_word(&self, before: &str) -> bool {
        if self.skip_after.iter().any(|w| before.ends_with(w.as_str())) {
            return true;
        }
        if !before.ends_with(|c: char| self.place_suffixes.contains(&c)) {
            return false;
        }
        let mut place = before;
        for _ in 0..MAX_PLACE_CHARS {
            let Some(c) = place.chars().next_back() else {
                return false;
            };
            if !('\u{4e00}'..='\u{9fff}').contains(&c) {
                return false;
            }
            place = &place[..place.len() - c.len_utf8()];
            if self.skip_after.iter().any(|w| place.ends_with(w.as_str())) {
                return true;
            }
        }
        false
    }
}

impl Check for Substitution {
    fn check(&self, cx: &PlanCx, item: &Item) -> Vec<Hit> {
        let plan_date = cx.plan_date().map(|d| (d.year(), d.month()));
        let plan_year = cx.plan.meta.year.as_ref().map(|y| y.value);
        let mut hits = Vec::new();
        for value in resolve(cx, self.field, item) {
            let text: &str = &value.text;
            for m in self.automaton.find_iter(text) {
                let entry = &self.entries[m.pattern().as_usize()];
                if entry.excepted(text, m.start()) {
                    continue;
                }
                if self.follows_skip_word(&text[..m.start()]) {
                    continue;
                }
                if let Some((year, month)) = entry.since {
                    let current = match (plan_date, plan_year) {
                        (Some((y, m)), _) => (y, m) >= (year, month),
                        (None, Some(y)) => y >= year,
                        (None, None) => false,
                    };
                    if !current {
                        continue;
                    }
                }
                let mut hit = Hit::at(
                    value.sub_span(cx, m.start(), m.end()),
                    vec![
                        ("found", entry.wrong.clone()),
                        ("expected", entry.right.replace(['；', ';'], "或")),
                        ("detail", entry.note.clone()),
                        ("since", entry.since_label.clone()),
                    ],
                );
                if self.fix && value.verbatim {
                    hit.fix = entry.safe_fix();
                }
                hits.push(hit);
            }
        }
        hits
    }
}
