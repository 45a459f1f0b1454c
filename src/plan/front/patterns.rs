//! Compiled patterns for front-matter lines: dates, 发文字号, years.

use chrono::NaiveDate;
use regex::Regex;

use crate::document::numbering::number_value;
use crate::plan::text::digits_value;

/// Compiled patterns for front-matter lines.
#[derive(Debug, Clone)]
pub struct MetaPatterns {
    date_line: Regex,
    doc_number: Regex,
    doc_number_inline: Regex,
    /// A 发文字号 garbled past its year (`鄂府办发〔202214`).
    doc_number_opening: Regex,
    any_date: Regex,
    year: Regex,
    year_range: Regex,
    month_range: Regex,
    printed_tail: Regex,
    /// Words before a cited 发文字号 that are not the issuer's code (vocabulary).
    citation_lead_ins: Vec<String>,
}

impl MetaPatterns {
    /// Compile once per parser; `printed` are the 印发-date suffixes and `lead_ins` the words
    /// that lead into a cited 发文字号 (rule data).
    pub fn new(printed: &[String], lead_ins: &[String]) -> MetaPatterns {
        let re = |p: &str| Regex::new(p).expect("static meta regex");
        let s = r"[\s\u{3000}]*";
        let suffixes = printed
            .iter()
            .map(|p| regex::escape(p))
            .collect::<Vec<_>>()
            .join("|");
        let open = r"[〔\[（(【［]";
        let close = r"[〕\]）)】］]";
        MetaPatterns {
            date_line: re(&format!(
                r"^(?P<y>\d{{4}}|[〇零一二三四五六七八九○О]{{4}}){s}年{s}(?P<m>\d{{1,2}}|[一二三四五六七八九十]{{1,3}}){s}月{s}(?P<d>\d{{1,2}}|[一二三四五六七八九十]{{1,3}}){s}日{s}(?P<suffix>{suffixes})?$"
            )),
            doc_number: re(&format!(
                r"^[\p{{Han}}A-Za-z]{{1,24}}{s}{open}{s}\d{{2,4}}{s}{close}{s}第?{s}\d+{s}[号號]$"
            )),
            doc_number_inline: re(&format!(
                r"[\p{{Han}}A-Za-z]{{1,16}}{s}{open}{s}(?:19|20)\d{{2}}{s}{close}{s}第?{s}\d+{s}[号號]"
            )),
            doc_number_opening: re(
                r"^[\p{Han}A-Za-z]{1,16}[发發字函]\s*[〔\[［【]\s*(?:19|20)\d{2}[\d\s〕\]］】第号號]*$",
            ),
            any_date: re(
                r"(?P<y>\d{4})\s*(?:[-/.年])\s*(?P<m>\d{1,2})\s*(?:[-/.月])\s*(?P<d>\d{1,2})",
            ),
            year: re(r"(?P<y>(?:19|20)\d{2})[\s\u{3000}]*年"),
            year_range: re(
                r"(?P<a>(?:19|20)\d{2})[\s\u{3000}]*年?[\s\u{3000}]*[-－—–~～至到][\s\u{3000}]*(?P<b>(?:19|20)\d{2})[\s\u{3000}]*年",
            ),
            month_range: re(
                r"(?:(?P<y>(?:19|20)\d{2})年)?(?P<a>\d{1,2})[\s\u{3000}]*(?:月份?)?[\s\u{3000}]*[-－—–~～至到][\s\u{3000}]*(?P<b>\d{1,2})[\s\u{3000}]*月",
            ),
            printed_tail: re(&format!(
                r"(?P<y>\d{{4}}){s}年{s}(?P<m>\d{{1,2}}){s}月{s}(?P<d>\d{{1,2}}){s}日{s}(?:{suffixes}){s}$"
            )),
            citation_lead_ins: lead_ins.to_vec(),
        }
    }

    /// `2019年9月23日` / `二〇一九年九月二十三日` / `2021 年 7 月 26 日印` as a whole line:
    /// the date and whether it carries an 印发 suffix.
    pub fn date_line(&self, text: &str) -> Option<(NaiveDate, bool)> {
        let caps = self.date_line.captures(text.trim())?;
        let y = caps.name("y")?.as_str();
        let y = if y.chars().all(|c| c.is_ascii_digit()) {
            y.parse().ok()?
        } else {
            digits_value(y)?
        };
        let m = number_value(caps.name("m")?.as_str())?;
        let d = number_value(caps.name("d")?.as_str())?;
        let date = NaiveDate::from_ymd_opt(y as i32, m, d)?;
        Some((date, caps.name("suffix").is_some()))
    }

    /// A signature line ending in an 印发 date (`XX办公室    2026年3月10日印发`): the date
    /// and its byte range.
    pub fn printed_tail(&self, text: &str) -> Option<(NaiveDate, usize, usize)> {
        if text.trim().chars().count() > 60 {
            return None;
        }
        let c = self.printed_tail.captures(text)?;
        let date = NaiveDate::from_ymd_opt(
            c.name("y")?.as_str().parse().ok()?,
            c.name("m")?.as_str().parse().ok()?,
            c.name("d")?.as_str().parse().ok()?,
        )?;
        let m = c.get(0)?;
        Some((date, m.start(), m.end()))
    }

    /// Whether a whole line is a 发文字号 (in any bracket form).
    pub fn is_doc_number(&self, text: &str) -> bool {
        self.doc_number.is_match(text.trim())
    }

    /// Whether a line is a 发文字号 a copy garbled (`鄂府办发〔202214`: an issuer's code ending
    /// in 发, 字 or 函, a square bracket, a year, then only digits, brackets and 号): no title.
    pub fn opens_as_doc_number(&self, text: &str) -> bool {
        self.doc_number_opening.is_match(text.trim())
    }

    /// The first 发文字号 inside a line (`文 号 蔡政办〔2023〕1号`): its byte range.
    pub fn doc_number_in(&self, text: &str) -> Option<(usize, usize)> {
        self.doc_number_inline
            .find(text)
            .map(|m| (m.start(), m.end()))
    }

    /// Every 发文字号 cited inside a text (`根据《…通知》（国办发〔2024〕47号）`): byte ranges,
    /// without the words that lead into a citation (`按照国办发…` gives `国办发…`).
    pub fn doc_numbers_in(&self, text: &str) -> Vec<(usize, usize)> {
        self.doc_number_inline
            .find_iter(text)
            .map(|m| {
                // the issuer's code stands after the last lead-in word (`各单位按照常团字…`)
                let code_end = text[m.start()..m.end()]
                    .find(['〔', '[', '（', '(', '【', '［', ' ', '\u{3000}'])
                    .map_or(m.end(), |i| m.start() + i);
                let mut start = m.start();
                for w in &self.citation_lead_ins {
                    if let Some(i) = text[start..code_end].rfind(w) {
                        let after = start + i + w.len();
                        // a one-character word only leads in at the very start
                        if (w.chars().count() > 1 || i == 0) && after < code_end {
                            start = after;
                        }
                    }
                }
                (start, m.end())
            })
            .collect()
    }

    /// The first date in a line in any common form (`2024-07-26`, `2024年7月26日`).
    pub fn any_date(&self, text: &str) -> Option<(NaiveDate, usize, usize)> {
        let c = self.any_date.captures(text)?;
        let date = NaiveDate::from_ymd_opt(
            c.name("y")?.as_str().parse().ok()?,
            c.name("m")?.as_str().parse().ok()?,
            c.name("d")?.as_str().parse().ok()?,
        )?;
        let m = c.get(0)?;
        let mut end = m.end();
        if text[end..].starts_with('日') {
            end += '日'.len_utf8();
        }
        Some((date, m.start(), end))
    }

    /// The first `2024年` in a text: the year and its byte range.
    pub fn year_in(&self, text: &str) -> Option<(i32, usize, usize)> {
        let c = self.year.captures(text)?;
        let y = c.name("y")?;
        Some((y.as_str().parse().ok()?, y.start(), y.end()))
    }

    /// A year range (`2021—2025年`): the years and the byte range.
    pub fn year_range_in(&self, text: &str) -> Option<(i32, i32, usize, usize)> {
        let c = self.year_range.captures(text)?;
        let a: i32 = c.name("a")?.as_str().parse().ok()?;
        let b: i32 = c.name("b")?.as_str().parse().ok()?;
        let m = c.get(0)?;
        (b > a).then_some((a, b, m.start(), m.end()))
    }

    /// A month range (`11—12月`, `2025年11-12月`): year if given, months, byte range.
    pub fn month_range_in(&self, text: &str) -> Option<(Option<i32>, u32, u32, usize, usize)> {
        let c = self.month_range.captures(text)?;
        let y = c.name("y").and_then(|y| y.as_str().parse().ok());
        let a: u32 = c.name("a")?.as_str().parse().ok()?;
        let b: u32 = c.name("b")?.as_str().parse().ok()?;
        let m = c.get(0)?;
        ((1..=12).contains(&a) && (1..=12).contains(&b) && b >= a).then_some((
            y,
            a,
            b,
            m.start(),
            m.end(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p() -> MetaPatterns {
        // the bundled vocabulary's words, so the tests hold for what users get
        let v = crate::plan::vocab::Vocabulary::bundled().expect("bundled vocabulary");
        MetaPatterns::new(&v.printed_suffix, &v.citation_lead_ins)
    }

    #[test]
    fn dates_numbers_and_periods() {
        let p = p();
        assert_eq!(
            p.date_line("二〇一九年九月二十三日"),
            NaiveDate::from_ymd_opt(2019, 9, 23).map(|d| (d, false))
        );
        assert!(p.is_doc_number("汕市区府办函（2019）134号"));
        let t = "文 号 蔡政办〔2023〕1号";
        let (s, e) = p.doc_number_in(t).unwrap();
        assert_eq!(&t[s..e], "蔡政办〔2023〕1号");
        let cited = |t: &str| -> Vec<String> {
            p.doc_numbers_in(t)
                .into_iter()
                .map(|(s, e)| t[s..e].to_owned())
                .collect()
        };
        assert_eq!(
            cited("根据《关于印发要点的通知》（国办发（2024）47号）和闽政办〔2023〕1号文件"),
            ["国办发（2024）47号", "闽政办〔2023〕1号"]
        );
        assert_eq!(cited("各单位按照常团字[2011]4号执行"), ["常团字[2011]4号"]);
        assert_eq!(cited("见国发〔2015〕71号"), ["国发〔2015〕71号"]);
        assert!(cited("（2023）闽0128民初123号判决").is_empty());
        assert_eq!(
            p.year_range_in("2021—2025年行动计划").map(|r| (r.0, r.1)),
            Some((2021, 2025))
        );
        assert_eq!(
            p.month_range_in("11—12月工作提示单").map(|r| (r.1, r.2)),
            Some((11, 12))
        );
        assert_eq!(p.year_in("浑南区2024年政务公开").map(|y| y.0), Some(2024));
    }
}
