//! Which unit of a lower government does what a unit of the upper one does: 省发展改革委 →
//! 市发展改革委 / 区发展和改革局 / 县发改局. A name loses its place and level (省, 福州市, 鼓楼区)
//! and its organ word (厅, 局, 委, 办公室), and what is left — the function — is compared after
//! the aliases of a YAML table (发展改革 = 发改 = 发展和改革). The table is
//! `rules/trace/data/counterparts.yaml`; a locality adds its own in a pack of its own.

use serde::Deserialize;

/// The table as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CounterpartsSpec {
    /// Words that end a place-and-level prefix (省, 市, 区, 县 …), longest first is not needed.
    pub levels: Vec<String>,
    /// Words that begin with a level's character but name a function (市场, 区域): a level
    /// word at their start is not one.
    #[serde(default)]
    pub not_levels: Vec<String>,
    /// Organ words that end a name (委员会, 办公室, 厅, 局 …).
    pub organs: Vec<String>,
    /// Groups of function stems that name the same function.
    pub aliases: Vec<Vec<String>>,
}

/// The compiled table.
#[derive(Debug, Clone)]
pub struct Counterparts {
    levels: Vec<String>,
    not_levels: Vec<String>,
    organs: Vec<String>,
    /// Every alias with the group's first stem, the canonical one.
    aliases: Vec<(String, String)>,
}

impl Counterparts {
    pub fn new(spec: CounterpartsSpec) -> Counterparts {
        let mut organs = spec.organs;
        // the longest organ word first: 办公室 before 办, 委员会 before 委
        organs.sort_by_key(|o| std::cmp::Reverse(o.chars().count()));
        let mut aliases: Vec<(String, String)> = spec
            .aliases
            .iter()
            .filter_map(|g| {
                let first = g.first()?.clone();
                Some(g.iter().map(move |a| (a.clone(), first.clone())))
            })
            .flatten()
            .collect();
        aliases.sort_by_key(|(a, _)| std::cmp::Reverse(a.chars().count()));
        Counterparts {
            levels: spec.levels,
            not_levels: spec.not_levels,
            organs,
            aliases,
        }
    }

    /// What a unit does, without where and at what level: 福州市发展和改革委员会 → 发展改革.
    pub fn function(&self, name: &str) -> String {
        // the place-and-level prefix ends at the last level word before the function
        let mut rest = name;
        loop {
            let cut = self
                .levels
                .iter()
                .filter_map(|l| {
                    rest.match_indices(l.as_str())
                        .map(|(i, _)| i)
                        .find(|&i| {
                            !self
                                .not_levels
                                .iter()
                                .any(|w| rest[i..].starts_with(w.as_str()))
                        })
                        .map(|i| i + l.len())
                })
                .filter(|end| *end < rest.len())
                .min();
            match cut {
                // only a short prefix is a place (福州市, 鼓楼区): 市场监管局 keeps its 市
                Some(end) if rest[..end].chars().count() <= MAX_PLACE_CHARS => rest = &rest[end..],
                _ => break,
            }
        }
        let mut stem = rest.to_owned();
        if let Some(organ) = self.organs.iter().find(|o| stem.ends_with(o.as_str())) {
            stem.truncate(stem.len() - organ.len());
        }
        if stem.is_empty() {
            return rest.to_owned();
        }
        match self.aliases.iter().find(|(a, _)| *a == stem) {
            Some((_, canonical)) => canonical.clone(),
            None => stem,
        }
    }

    /// Whether `lower` is the counterpart of `upper` one or more levels down.
    pub fn same_function(&self, upper: &str, lower: &str) -> bool {
        self.function(upper) == self.function(lower)
    }
}

/// Longest place-and-level prefix, in characters: 黑龙江省 (4), 新疆维吾尔自治区 (8).
const MAX_PLACE_CHARS: usize = 8;

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Counterparts {
        Counterparts::new(CounterpartsSpec {
            levels: ["省", "市", "区", "县", "自治区"]
                .map(String::from)
                .to_vec(),
            not_levels: vec!["市场".into()],
            organs: ["委员会", "办公室", "办公厅", "厅", "局", "委", "办"]
                .map(String::from)
                .to_vec(),
            aliases: vec![
                vec!["发展改革".into(), "发改".into(), "发展和改革".into()],
                vec!["政府".into(), "人民政府".into()],
            ],
        })
    }

    #[test]
    fn place_level_and_organ_are_dropped_and_aliases_folded() {
        let t = table();
        assert_eq!(t.function("省发展改革委"), "发展改革");
        assert_eq!(t.function("福州市发展和改革委员会"), "发展改革");
        assert_eq!(t.function("鼓楼区发改局"), "发展改革");
        assert_eq!(t.function("省财政厅"), "财政");
        assert_eq!(t.function("区财政局"), "财政");
        assert!(t.same_function("省财政厅", "县财政局"));
        assert!(!t.same_function("省财政厅", "县审计局"));
        assert_eq!(t.function("区市场监管局"), "市场监管", "市场 keeps its 市");
        assert_eq!(t.function("市场监管局"), "市场监管");
        assert_eq!(t.function("福建省福州市财政局"), "财政");
    }
}
