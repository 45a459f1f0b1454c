//! Small text helpers shared by the parser: width folding, Chinese numerals, bracket-aware
//! splitting.

use crate::plan::lines::is_space;

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

/// Whether `c` opens a bracket pair that protects its contents from splitting.
pub fn is_open(c: char) -> bool {
    matches!(c, '（' | '(' | '【' | '[' | '〔' | '《' | '“' | '「')
}

/// Whether `c` closes a bracket pair.
pub fn is_close(c: char) -> bool {
    matches!(c, '）' | ')' | '】' | ']' | '〕' | '》' | '”' | '」')
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

/// Value of a Chinese numeral (一 … 九十九, 〇/零, 两) or an Arabic one.
pub fn number_value(s: &str) -> Option<u32> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if s.chars().all(|c| c.is_ascii_digit()) {
        return s.parse().ok();
    }
    if s.chars()
        .all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
    {
        return s
            .chars()
            .map(|c| {
                c.to_digit(10)
                    .or_else(|| (c as u32).checked_sub('０' as u32))
            })
            .try_fold(0u32, |acc, d| Some(acc * 10 + d?));
    }
    let digit = |c: char| -> Option<u32> {
        Some(match c {
            '〇' | '零' => 0,
            '一' => 1,
            '二' | '两' => 2,
            '三' => 3,
            '四' => 4,
            '五' => 5,
            '六' => 6,
            '七' => 7,
            '八' => 8,
            '九' => 9,
            _ => return None,
        })
    };
    let mut total = 0;
    let mut current = 0;
    let mut saw_unit = false;
    for c in s.chars() {
        match c {
            '十' => {
                total += if current == 0 { 10 } else { current * 10 };
                current = 0;
                saw_unit = true;
            }
            '百' => {
                total += if current == 0 { 100 } else { current * 100 };
                current = 0;
                saw_unit = true;
            }
            _ => {
                let d = digit(c)?;
                if saw_unit || total == 0 {
                    current = current * 10 + d;
                } else {
                    current = d;
                }
            }
        }
    }
    Some(total + current)
}

/// The year written with Chinese digits one by one (二〇一九 → 2019).
pub fn digits_value(s: &str) -> Option<u32> {
    s.chars().try_fold(0u32, |acc, c| {
        let d = match c {
            '〇' | '零' | 'О' | 'O' | '0' => 0,
            _ => number_value(&c.to_string())?,
        };
        (d < 10).then_some(acc * 10 + d)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numerals() {
        assert_eq!(number_value("十二"), Some(12));
        assert_eq!(number_value("二十"), Some(20));
        assert_eq!(number_value("二十三"), Some(23));
        assert_eq!(number_value("十"), Some(10));
        assert_eq!(number_value("七"), Some(7));
        assert_eq!(number_value("15"), Some(15));
        assert_eq!(number_value("１５"), Some(15));
        assert_eq!(number_value("区"), None);
        assert_eq!(digits_value("二〇一九"), Some(2019));
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
