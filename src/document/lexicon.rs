//! Unit names a document writes on their own, to find them again where a table's cells ran
//! together (`…信息发布区政府办公室区大数据局`).
//!
//! The names are asked for at every character of every row: "which known name starts here, the
//! longest?". A list scanned whole at each character made that the largest single cost of
//! reading flattened tables, so the names are kept in buckets by their first character.

use std::collections::HashMap;

/// Names learnt from one document, looked up by the text they start.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Names by first character, the longest first in each bucket.
    by_first: HashMap<char, Vec<String>>,
}

impl Lexicon {
    /// A lexicon holding `names`.
    pub fn from_names<I: IntoIterator<Item = String>>(names: I) -> Self {
        let mut lexicon = Lexicon::default();
        for n in names {
            lexicon.insert(n);
        }
        lexicon
    }

    /// Add a name; false when it was there already or is empty.
    pub fn insert(&mut self, name: String) -> bool {
        let Some(first) = name.chars().next() else {
            return false;
        };
        let bucket = self.by_first.entry(first).or_default();
        if bucket.contains(&name) {
            return false;
        }
        // after every name at least as long: the longest stays first
        let at = bucket.partition_point(|n| n.len() >= name.len());
        bucket.insert(at, name);
        true
    }

    /// Whether the lexicon holds exactly `name`.
    pub fn contains(&self, name: &str) -> bool {
        name.chars()
            .next()
            .and_then(|c| self.by_first.get(&c))
            .is_some_and(|b| b.iter().any(|n| n == name))
    }

    /// The longest name that `text` starts with.
    pub fn longest_prefix(&self, text: &str) -> Option<&str> {
        let bucket = self.by_first.get(&text.chars().next()?)?;
        bucket
            .iter()
            .find(|n| text.starts_with(n.as_str()))
            .map(String::as_str)
    }

    /// How many names the lexicon holds.
    pub fn len(&self) -> usize {
        self.by_first.values().map(Vec::len).sum()
    }

    /// Whether the lexicon holds no name.
    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_known_name_at_the_start_is_found() {
        let lexicon = Lexicon::from_names(
            ["区政府", "区政府办公室", "区大数据局"]
                .iter()
                .map(|s| s.to_string()),
        );
        assert_eq!(
            lexicon.longest_prefix("区政府办公室区大数据局"),
            Some("区政府办公室")
        );
        assert_eq!(lexicon.longest_prefix("区政府各部门"), Some("区政府"));
        assert_eq!(lexicon.longest_prefix("区财政局"), None);
        assert_eq!(lexicon.longest_prefix(""), None);
        assert_eq!(lexicon.len(), 3);
    }

    #[test]
    fn a_name_is_held_once() {
        let mut lexicon = Lexicon::default();
        assert!(lexicon.insert("县卫健局".to_string()));
        assert!(!lexicon.insert("县卫健局".to_string()));
        assert!(!lexicon.insert(String::new()));
        assert!(lexicon.contains("县卫健局"));
        assert!(!lexicon.contains("县卫健"));
        assert_eq!(lexicon.len(), 1);
    }
}
