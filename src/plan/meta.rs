//! Document facts from the front matter, signature and publication lines: title, issuer,
//! 发文字号, 主送, 成文日期, publication date, plan year, draft marker, and the cover notice.

use chrono::NaiveDate;
use regex::Regex;

use crate::plan::lines::{is_space, Line};
use crate::plan::model::{Located, Meta, Publication, PublicationSource};
use crate::plan::text::{digits_value, normalize, number_value};
use crate::plan::Ctx;

/// Compiled patterns for front-matter lines.
#[derive(Debug, Clone)]
pub struct MetaPatterns {
    date_line: Regex,
    doc_number: Regex,
    any_date: Regex,
    year: Regex,
    printed_tail: Regex,
}

impl MetaPatterns {
    /// Compile once per parse run; `printed` are the 印发-date suffixes (rule data).
    pub fn new(printed: &[String]) -> MetaPatterns {
        let re = |p: &str| Regex::new(p).expect("static meta regex");
        let s = r"[\s\u{3000}]*";
        let suffixes = printed
            .iter()
            .map(|p| regex::escape(p))
            .collect::<Vec<_>>()
            .join("|");
        MetaPatterns {
            date_line: re(&format!(
                r"^(?P<y>\d{{4}}|[〇零一二三四五六七八九]{{4}}){s}年{s}(?P<m>\d{{1,2}}|[一二三四五六七八九十]{{1,3}}){s}月{s}(?P<d>\d{{1,2}}|[一二三四五六七八九十]{{1,3}}){s}日{s}(?P<suffix>{suffixes})?$"
            )),
            doc_number: re(&format!(
                r"^[\p{{Han}}A-Za-z]{{1,24}}{s}[〔\[（(【［]{s}\d{{2,4}}{s}[〕\]）)】］]{s}第?{s}\d+{s}号$"
            )),
            any_date: re(
                r"(?P<y>\d{4})\s*(?:[-/.年])\s*(?P<m>\d{1,2})\s*(?:[-/.月])\s*(?P<d>\d{1,2})",
            ),
            year: re(r"(?P<y>(?:19|20)\d{2})[\s\u{3000}]*年"),
            printed_tail: re(&format!(
                r"(?P<y>\d{{4}}){s}年{s}(?P<m>\d{{1,2}}){s}月{s}(?P<d>\d{{1,2}}){s}日{s}(?:{suffixes}){s}$"
            )),
        }
    }

    /// `2019年9月23日` / `二〇一九年九月二十三日` / `2021 年 7 月 26 日印` as a whole line.
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
}

/// Meta plus what the front matter occupies.
pub(crate) struct FrontMatter {
    pub meta: Meta,
    /// Lines that are meta, not body (by index into the logical lines).
    pub consumed: Vec<bool>,
    /// First and last line of the cover notice.
    pub notice: Option<(usize, usize)>,
}

fn located<T>(ctx: &Ctx, line: &Line, start: usize, end: usize, value: T) -> Located<T> {
    Located {
        value,
        span: ctx.span(line, start, end),
    }
}

fn whole<T>(ctx: &Ctx, line: &Line, value: T) -> Located<T> {
    let t = line.trimmed();
    Located {
        value,
        span: ctx.span(&t, 0, t.text.len()),
    }
}

fn ends_like_sentence(text: &str) -> bool {
    text.trim_end_matches(is_space)
        .ends_with(['。', '：', ':', '；', ';', '，', ',', '！', '!'])
}

/// Read the meta facts. `first_body` is the first line that belongs to a table, so the front
/// matter search stops there.
pub(crate) fn front_matter(ctx: &Ctx, lines: &[Line], first_body: usize) -> FrontMatter {
    let v = ctx.vocab;
    let p = &ctx.meta_patterns;
    let mut meta = Meta::default();
    let mut consumed = vec![false; lines.len()];
    let chrome: Vec<bool> = lines.iter().map(|l| v.is_chrome(&l.text)).collect();
    for (i, c) in chrome.iter().enumerate() {
        consumed[i] = *c;
    }
    let content: Vec<usize> = (0..lines.len())
        .filter(|&i| !chrome[i] && !lines[i].is_blank())
        .collect();
    let is_title_ish = |i: usize| {
        let t = lines[i].text.trim();
        t.chars().count() <= 60
            && !ends_like_sentence(t)
            && !p.is_doc_number(t)
            && p.date_line(t).is_none()
            && !v.publication_line.is_match(t)
            && ctx.headings.at_start(t).is_none()
            && !t.contains('\t')
    };
    let has_title_word = |i: usize| {
        let t = &lines[i].text;
        v.title_words.iter().any(|w| t.contains(w.as_str()))
    };

    // header: issuer line(s), 发文字号, title
    let mut k = 0;
    let top: Vec<usize> = content
        .iter()
        .copied()
        .take_while(|&i| i < first_body)
        .take(12)
        .collect();
    while k < top.len() {
        let i = top[k];
        let t = normalize(&lines[i].text);
        let next_is_number = top
            .get(k + 1)
            .is_some_and(|&n| p.is_doc_number(&lines[n].text));
        let header_suffix = v
            .issuer_header_suffix
            .iter()
            .find(|s| t.ends_with(s.as_str()) && t.chars().count() > s.chars().count() + 2);
        let organ_name = t
            .chars()
            .next_back()
            .is_some_and(|c| v.unit_suffixes.contains(&c));
        if meta.issuer.is_none()
            && (header_suffix.is_some() || ((next_is_number || organ_name) && !has_title_word(i)))
            && is_title_ish(i)
        {
            let line = lines[i].trimmed();
            let mut end = line.text.len();
            if let Some(s) = header_suffix {
                end = line.text.trim_end().len() - s.len();
            }
            let name = normalize(&line.text[..end]);
            meta.issuer = Some(located(ctx, &line, 0, end, name));
            consumed[i] = true;
            k += 1;
            continue;
        }
        if meta.doc_number.is_none() && p.is_doc_number(&lines[i].text) {
            meta.doc_number = Some(whole(ctx, &lines[i], lines[i].text.trim().to_owned()));
            consumed[i] = true;
            k += 1;
            continue;
        }
        break;
    }
    // the title: consecutive title-like lines up to the first with a title word
    let mut title_end = None;
    let mut group = Vec::new();
    for &i in &top[k..] {
        if !is_title_ish(i) {
            break;
        }
        group.push(i);
        if has_title_word(i) {
            title_end = Some(i);
            break;
        }
        if group.len() >= 3 {
            break;
        }
    }
    if title_end.is_none() {
        group.truncate(1);
        title_end = group.first().copied();
    }
    if let Some(last) = title_end {
        let first = group[0];
        let value: String = group.iter().map(|&i| normalize(&lines[i].text)).collect();
        let a = lines[first].trimmed();
        let b = lines[last].trimmed();
        let span = ctx
            .span(&a, 0, a.text.len())
            .cover(ctx.span(&b, 0, b.text.len()));
        for &i in &group {
            consumed[i] = true;
        }
        meta.title = Some(Located { value, span });
    }

    // addressees: a short list line ending in a colon, right after the title
    let after_title = title_end.map(|t| t + 1).unwrap_or(0);
    let mut notice_start = None;
    if let Some(&i) = content
        .iter()
        .find(|&&i| i >= after_title && i < first_body)
    {
        let t = lines[i].text.trim_end();
        if (t.ends_with('：') || t.ends_with(':'))
            && t.chars().count() <= 150
            && ctx.headings.at_start(t).is_none()
            && !v.publication_line.is_match(t)
        {
            let line = &lines[i];
            let colon_len = if t.ends_with('：') {
                '：'.len_utf8()
            } else {
                1
            };
            let body_end = line.text.trim_end().len() - colon_len;
            for (s, e) in crate::plan::text::split_top_level(
                &line.text[..body_end],
                &['、', '，', ',', '；', ';'],
            ) {
                let piece = &line.text[s..e];
                let lead = piece.len() - piece.trim_start_matches(is_space).len();
                let trimmed = piece.trim_matches(is_space);
                if trimmed.is_empty() {
                    continue;
                }
                let (s, e) = (s + lead, s + lead + trimmed.len());
                meta.addressees
                    .push(located(ctx, line, s, e, normalize(trimmed)));
            }
            consumed[i] = true;
            notice_start = Some(i);
        }
    }

    // publication line (稿源 …) and date lines anywhere
    let mut signing_line = None;
    for &i in &content {
        let t = &lines[i].text;
        if v.publication_line.is_match(t.trim()) {
            if let Some(c) = p.any_date.captures(t) {
                let date = (|| {
                    NaiveDate::from_ymd_opt(
                        c.name("y")?.as_str().parse().ok()?,
                        c.name("m")?.as_str().parse().ok()?,
                        c.name("d")?.as_str().parse().ok()?,
                    )
                })();
                if let (Some(date), Some(m)) = (date, c.get(0)) {
                    meta.published = Some(Publication {
                        date: located(ctx, &lines[i], m.start(), m.end(), date),
                        source: PublicationSource::SourceLine,
                    });
                    consumed[i] = true;
                }
            }
            continue;
        }
        if let Some((date, s, e)) = p.printed_tail(t).filter(|_| p.date_line(t).is_none()) {
            consumed[i] = true;
            if meta.published.is_none() {
                let e = s + t[s..e].trim_end().len();
                meta.published = Some(Publication {
                    date: located(ctx, &lines[i], s, e, date),
                    source: PublicationSource::Printed,
                });
            }
            continue;
        }
        if let Some((date, printed)) = p.date_line(t) {
            consumed[i] = true;
            // the signature above a date line is not body text
            if let Some(&prev) = content.iter().rev().find(|&&k| k < i) {
                let s = lines[prev].text.trim();
                if s.chars().count() <= 30
                    && !ends_like_sentence(s)
                    && ctx.headings.at_start(s).is_none()
                    && !s.contains('\t')
                {
                    consumed[prev] = true;
                }
            }
            if printed {
                if meta.published.is_none() {
                    meta.published = Some(Publication {
                        date: whole(ctx, &lines[i], date),
                        source: PublicationSource::Printed,
                    });
                }
            } else if meta.signing_date.is_none() {
                meta.signing_date = Some(whole(ctx, &lines[i], date));
                signing_line = Some(i);
            }
        }
    }
    // a signature right above the signing date names the issuer when the header did not
    if let Some(s) = signing_line {
        if let Some(&prev) = content.iter().rev().find(|&&i| i < s) {
            let t = lines[prev].text.trim();
            if t.chars().count() <= 30
                && !ends_like_sentence(t)
                && ctx.headings.at_start(t).is_none()
            {
                consumed[prev] = true;
                if meta.issuer.is_none() {
                    meta.issuer = Some(whole(ctx, &lines[prev], normalize(t)));
                }
            }
        }
    }

    // the cover notice, and the plan's own title after it
    let has_notice = meta.doc_number.is_some() || !meta.addressees.is_empty();
    let mut notice = None;
    if has_notice {
        let start = notice_start.or(title_end.map(|t| t + 1)).unwrap_or(0);
        let end = signing_line
            .filter(|&s| s < first_body)
            .or_else(|| first_body.checked_sub(1))
            .unwrap_or(start);
        if end >= start {
            notice = Some((start, end));
            for c in consumed.iter_mut().take(end + 1).skip(start) {
                *c = true;
            }
            if let Some(&i) = content.iter().find(|&&i| i > end && i < first_body) {
                if is_title_ish(i) && has_title_word(i) {
                    meta.plan_title = Some(whole(ctx, &lines[i], normalize(&lines[i].text)));
                    consumed[i] = true;
                }
            }
        }
    }

    // draft marker and year, from the titles
    for title in [&meta.title, &meta.plan_title].into_iter().flatten() {
        let raw = &ctx.text[title.span.start..title.span.end];
        if meta.draft.is_none() {
            if let Some((at, m)) = v
                .draft_markers
                .iter()
                .find_map(|m| raw.find(m.as_str()).map(|at| (at, m)))
            {
                let start = title.span.start + at;
                meta.draft = Some(Located {
                    value: m.clone(),
                    span: ctx.map.span(ctx.text, start, start + m.len()),
                });
            }
        }
        if meta.year.is_none() {
            if let Some(c) = p.year.captures(raw) {
                if let (Some(y), Some(m)) = (c.name("y"), c.get(1)) {
                    let start = title.span.start + m.start();
                    meta.year = Some(Located {
                        value: y.as_str().parse().unwrap_or(0),
                        span: ctx.map.span(ctx.text, start, start + m.len()),
                    });
                }
            }
        }
    }
    if meta.year.is_none() {
        let from_date = meta
            .signing_date
            .as_ref()
            .or(meta.published.as_ref().map(|p| &p.date));
        if let Some(d) = from_date {
            use chrono::Datelike;
            meta.year = Some(Located {
                value: d.value.year(),
                span: d.span,
            });
        }
    }
    FrontMatter {
        meta,
        consumed,
        notice,
    }
}
