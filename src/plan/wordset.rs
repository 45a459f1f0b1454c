//! A word list searched for in one pass: whether any of its words occurs in a text.
//!
//! The reader asks "does this name hold a lead-in word", "does this cell hold a standing
//! phrase" for every candidate name and cell of every task. Asked word by word
//! (`text.contains(w)` for each `w`), every question builds a substring searcher per word:
//! about 4% of the instructions of checking generated plans (bench/README.md, second round).
//! One Aho-Corasick automaton per list answers it in a single scan; the callers still run
//! their word-by-word logic, but only on the rare text where a word does occur.

use aho_corasick::{AhoCorasick, Anchored, Input, StartKind};

/// Words compiled into one automaton, for a quick "does any of them occur here".
#[derive(Debug, Clone, Default)]
pub struct WordSet {
    /// `None` when the list is empty, or (never seen for plain words) could not be compiled.
    automaton: Option<AhoCorasick>,
    /// Whether the list has words: without an automaton, a list with words answers "maybe"
    /// for every text, so the callers' own word-by-word search decides.
    has_words: bool,
}

impl WordSet {
    /// The set of `words`; empty words are left out (they would occur everywhere).
    pub fn new<S: AsRef<str>>(words: impl IntoIterator<Item = S>) -> WordSet {
        let words: Vec<String> = words
            .into_iter()
            .map(|w| w.as_ref().to_string())
            .filter(|w| !w.is_empty())
            .collect();
        WordSet {
            // (both kinds of start: `occurs_in` searches anywhere, `opens` only at the start)
            automaton: (!words.is_empty())
                .then(|| {
                    AhoCorasick::builder()
                        .start_kind(StartKind::Both)
                        .build(&words)
                        .ok()
                })
                .flatten(),
            has_words: !words.is_empty(),
        }
    }

    /// Whether any word of the set may occur in `text`: a "no" is certain; callers that need
    /// which word and where search again.
    pub fn occurs_in(&self, text: &str) -> bool {
        match &self.automaton {
            Some(a) => a.is_match(text),
            None => self.has_words,
        }
    }

    /// Whether `text` opens with a word of the set: one anchored scan where asking each word
    /// `starts_with` compared the text's opening with every word in turn.
    pub fn opens(&self, text: &str) -> bool {
        match &self.automaton {
            Some(a) => a.is_match(Input::new(text).anchored(Anchored::Yes)),
            None => self.has_words,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_any_word_and_rules_out_the_rest() {
        let set = WordSet::new(["主要领导", "分管负责人"]);
        assert!(set.occurs_in("盘龙区政府主要领导"));
        assert!(set.occurs_in("分管负责人王刚"));
        assert!(!set.occurs_in("盘龙区政府"));
        assert!(!set.occurs_in(""));
    }

    #[test]
    fn opens_only_at_the_start() {
        let set = WordSet::new(["要", "应当", "根据"]);
        assert!(set.opens("应当加强"));
        assert!(set.opens("要求各单位"));
        assert!(!set.opens("区财政局要负责"));
        assert!(!set.opens(""));
    }

    #[test]
    fn an_empty_list_matches_nothing() {
        let set = WordSet::new(Vec::<String>::new());
        assert!(!set.occurs_in("任何文字"));
        let only_empty = WordSet::new([""]);
        assert!(!only_empty.occurs_in("任何文字"));
    }
}
