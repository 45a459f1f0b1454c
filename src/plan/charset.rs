//! A set of characters with constant-time lookup, for the checks run on every character of
//! every text (does a label start here, does a name end here, does this character fold).

/// Characters in the Basic Multilingual Plane (every Chinese character plans use) are bits in a
/// 8 KiB table; the rare others are looked up in a sorted list.
#[derive(Debug, Clone)]
pub struct CharSet {
    bmp: Vec<u64>,
    rest: Vec<char>,
}

/// Words in the BMP table: 65,536 bits.
const BMP_WORDS: usize = 1024;

impl Default for CharSet {
    fn default() -> Self {
        CharSet {
            bmp: vec![0; BMP_WORDS],
            rest: Vec::new(),
        }
    }
}

impl CharSet {
    /// Add a character.
    pub fn insert(&mut self, c: char) {
        let n = c as usize;
        if n < BMP_WORDS * 64 {
            self.bmp[n / 64] |= 1 << (n % 64);
        } else if let Err(at) = self.rest.binary_search(&c) {
            self.rest.insert(at, c);
        }
    }

    /// Whether the set holds `c`.
    pub fn contains(&self, c: char) -> bool {
        let n = c as usize;
        if n < BMP_WORDS * 64 {
            self.bmp[n / 64] & (1 << (n % 64)) != 0
        } else {
            self.rest.binary_search(&c).is_ok()
        }
    }

    /// The first character of each word: where a search for the words need look at all.
    pub fn first_chars<S: AsRef<str>>(words: impl IntoIterator<Item = S>) -> CharSet {
        words
            .into_iter()
            .filter_map(|w| w.as_ref().chars().next())
            .collect()
    }

    /// The last character of each word: where a word of the list can end.
    pub fn last_chars<S: AsRef<str>>(words: impl IntoIterator<Item = S>) -> CharSet {
        words
            .into_iter()
            .filter_map(|w| w.as_ref().chars().next_back())
            .collect()
    }
}

impl FromIterator<char> for CharSet {
    fn from_iter<I: IntoIterator<Item = char>>(iter: I) -> Self {
        let mut set = CharSet::default();
        for c in iter {
            set.insert(c);
        }
        set
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_what_was_put_in_and_nothing_else() {
        let set: CharSet = ['局', 'a', '𠀀', '牽'].into_iter().collect();
        for c in ['局', 'a', '𠀀', '牽'] {
            assert!(set.contains(c), "{c}");
        }
        for c in ['办', 'b', '𠀁', '\u{ffff}'] {
            assert!(!set.contains(c), "{c}");
        }
    }
}
