//! Heading numbers: 一、 / （一） / 1. 1、 / （1）, full- or half-width.

use regex::Regex;

use crate::plan::text::number_value;

/// A heading number at the start of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadingNumber {
    /// 1 = 一、, 2 = （一）, 3 = 1. / 1、, 4 = （1）.
    pub level: u8,
    pub value: u32,
    /// The number with its punctuation, as printed.
    pub label: String,
    /// Byte length of the label plus the white space after it.
    pub len: usize,
}

/// Compiled heading patterns.
#[derive(Debug, Clone)]
pub struct Headings {
    patterns: Vec<(u8, Regex)>,
}

impl Default for Headings {
    fn default() -> Self {
        Self::new()
    }
}

impl Headings {
    /// Compile the heading patterns once per parse run.
    pub fn new() -> Headings {
        let build = |level: u8, re: &str| (level, Regex::new(re).expect("static heading regex"));
        Headings {
            patterns: vec![
                build(1, r"^([一二三四五六七八九十]{1,3})[\s\u{3000}]*[、．.]"),
                build(
                    2,
                    r"^[（(][\s\u{3000}]*([一二三四五六七八九十]{1,3})[\s\u{3000}]*[）)]",
                ),
                build(4, r"^[（(][\s\u{3000}]*(\d{1,3})[\s\u{3000}]*[）)]"),
                build(3, r"^(\d{1,3})[\s\u{3000}]*(?:[、．]|\.(?:[^\d]|$))"),
            ],
        }
    }

    /// The heading number `text` starts with, if any.
    pub fn at_start(&self, text: &str) -> Option<HeadingNumber> {
        for (level, re) in &self.patterns {
            if let Some(m) = re.captures(text) {
                let whole = m.get(0)?;
                let mut label_end = whole.end();
                // the level-3 pattern consumed one character after the dot
                if *level == 3 && whole.as_str().contains('.') && !whole.as_str().ends_with('.') {
                    label_end = whole.as_str().find('.').map(|i| i + 1)?;
                }
                let label = text[..label_end].to_owned();
                let value = number_value(m.get(1)?.as_str())?;
                let rest = &text[label_end..];
                let spaces =
                    rest.len() - rest.trim_start_matches(crate::plan::lines::is_space).len();
                return Some(HeadingNumber {
                    level: *level,
                    value,
                    label: label.trim_end().to_owned(),
                    len: label_end + spaces,
                });
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_levels() {
        let h = Headings::new();
        let l = |s: &str| h.at_start(s).map(|n| (n.level, n.value, n.label));
        assert_eq!(l("一、总体要求"), Some((1, 1, "一、".into())));
        assert_eq!(l("（十二）加强"), Some((2, 12, "（十二）".into())));
        assert_eq!(l("(二) 推进"), Some((2, 2, "(二)".into())));
        assert_eq!(l("17.加强组织领导"), Some((3, 17, "17.".into())));
        assert_eq!(l("10、深化"), Some((3, 10, "10、".into())));
        assert_eq!(l("3. 主动公开"), Some((3, 3, "3.".into())));
        assert_eq!(l("（1）做好"), Some((4, 1, "（1）".into())));
        assert_eq!(l("2.5亿元"), None);
        assert_eq!(l("2019年"), None);
        assert_eq!(l("十九届二中全会"), None);
    }
}
