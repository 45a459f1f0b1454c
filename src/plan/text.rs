//! Small text helpers shared by the parser: width folding, Chinese numerals, bracket-aware
//! splitting.

pub use crate::document::is_space;
use crate::document::numbering::number_value;
pub use crate::document::text::{is_close, is_open, leaves_bracket_open};

/// A comparison key: white space removed, half-width brackets and punctuation made full-width.
/// Used for names and titles, so `(二) 推进` and `（二）推进` compare equal.
pub fn normalize(s: &str) -> String {
    s.chars()
        .filter(|c| !is_space(*c))
        .map(fold_width)
        .collect()
}

/// Half-width brackets, colon, semicolon and comma as their full-width forms.
pub fn fold_width(c: char) -> char {
    match c {
        '(' => '（',
        ')' => '）',
        ':' => '：',
        ';' => '；',
        ',' => '，',
        _ => c,
    }
}

/// Byte ranges of `s` between separators that stand outside any brackets.
pub fn split_top_level(s: &str, seps: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if is_open(c) {
            depth += 1;
        } else if is_close(c) {
            depth = (depth - 1).max(0);
        } else if depth == 0 && seps.contains(&c) {
            out.push((start, i));
            start = i + c.len_utf8();
        }
    }
    out.push((start, s.len()));
    out
}

/// The text after a sub-item's word it opens with (`一是`, `二是` … `十是`), if it does: a
/// sub-item of a list written in prose, not the topic or the verb of what follows.
pub fn after_sub_item_word(s: &str) -> Option<&str> {
    let mut chars = s.chars();
    let n = chars.next()?;
    ("一二三四五六七八九十".contains(n) && chars.next() == Some('是')).then_some(chars.as_str())
}

/// The year written with Chinese digits one by one (二〇一九 → 2019).
pub fn digits_value(s: &str) -> Option<u32> {
    s.chars().try_fold(0u32, |acc, c| {
        let d = match c {
            '〇' | '零' | 'О' | 'O' | '0' | '○' => 0,
            _ => number_value(&c.to_string())?,
        };
        (d < 10).then_some(acc * 10 + d)
    })
}

/// The length of a bracketed number opening `s` (`(1)`, `（二）`), white space before it
/// included; 0 when there is none: a sub-item's number, never part of its words.
pub fn bracketed_number_len(s: &str) -> usize {
    let t = s.trim_start_matches(is_space);
    let Some(inner) = t.strip_prefix(['(', '（']) else {
        return 0;
    };
    let Some(close) = inner.find([')', '）']) else {
        return 0;
    };
    if crate::document::numbering::number_value(&inner[..close]).is_none() {
        return 0;
    }
    let close_len = inner[close..].chars().next().map_or(0, char::len_utf8);
    s.len() - inner.len() + close + close_len
}

/// The value of an ordinal `第…` naming a `word` that opens `s` (`第二阶段`, `第1组`), and the
/// byte length through the word: a stage of a schedule, a working group. The numeral in Chinese
/// or in digits.
pub fn ordinal_before(s: &str, word: &str) -> Option<(u32, usize)> {
    let rest = s.trim_start_matches(is_space).strip_prefix('第')?;
    let numeral_end = rest
        .char_indices()
        .find(|&(_, c)| !("一二三四五六七八九十".contains(c) || c.is_ascii_digit()))
        .map_or(rest.len(), |(i, _)| i);
    let after = rest[numeral_end..].strip_prefix(word)?;
    let value = number_value(&rest[..numeral_end])?;
    Some((value, s.len() - after.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ordinal_before_its_word() {
        assert_eq!(
            ordinal_before("第二阶段实施推进", "阶段"),
            Some((2, "第二阶段".len()))
        );
        assert_eq!(ordinal_before("第12组：", "组"), Some((12, "第12组".len())));
        assert_eq!(ordinal_before("第阶段", "阶段"), None);
        assert_eq!(ordinal_before("第一批", "组"), None);
    }

    #[test]
    fn years_in_chinese_digits() {
        assert_eq!(digits_value("二〇一九"), Some(2019));
        assert_eq!(digits_value("二○二一"), Some(2021));
    }

    #[test]
    fn splitting_respects_brackets() {
        let s = "区党政办（文秘科、宣传科）、区综治局";
        let parts: Vec<_> = split_top_level(s, &['、'])
            .into_iter()
            .map(|(a, b)| &s[a..b])
            .collect();
        assert_eq!(parts, ["区党政办（文秘科、宣传科）", "区综治局"]);
    }

    #[test]
    fn normalize_folds_width_and_spaces() {
        assert_eq!(normalize("(二) 推进重要部署"), "（二）推进重要部署");
        assert_eq!(
            normalize("区党政办(文秘科、宣传科)"),
            "区党政办（文秘科、宣传科）"
        );
    }
}
