//! Units: split a unit cell or parenthetical into named units with roles.
//!
//! Handles labelled lists (`牵头单位:X;责任单位:Y`), prose (`X牵头，Y、Z按职责分工负责`,
//! `X牵头Y`), names written together (`区发改委区商务局`) and brackets inside a name
//! (`各镇（街道）`, `区党政办（文秘科、宣传科）`), which never split it.

use crate::plan::model::{UnitKind, UnitRole};
use crate::plan::text::{is_close, is_open, normalize, split_top_level};
use crate::plan::vocab::Vocabulary;

/// A unit found in a piece of text (byte range into that text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitMatch {
    pub start: usize,
    pub end: usize,
    pub name: String,
    pub role: UnitRole,
    pub kind: UnitKind,
}

/// Longest name a unit can have; anything longer is a sentence, not a name.
const MAX_NAME_CHARS: usize = 40;

/// Read the units in `text`; units not marked otherwise get `default` role.
pub fn parse_units(text: &str, default: UnitRole, vocab: &Vocabulary) -> Vec<UnitMatch> {
    let mut out = Vec::new();
    for (start, end) in split_top_level(text, &['；', ';', '。']) {
        let clause = &text[start..end];
        if let Some((role, body)) = labelled(clause, vocab) {
            list(text, start + body, end, role, vocab, &mut out);
            continue;
        }
        let mut after_lead = false;
        for (s, e) in split_top_level(clause, &['，', ',']) {
            let (s, e) = (start + s, start + e);
            let sub = &text[s..e];
            let lead_at = (default != UnitRole::Lead)
                .then(|| top_level_marker(sub, &vocab.lead_markers))
                .flatten();
            match lead_at {
                Some((at, len)) => {
                    list(text, s, s + at, UnitRole::Lead, vocab, &mut out);
                    list(
                        text,
                        s + at + len,
                        e,
                        UnitRole::Responsible,
                        vocab,
                        &mut out,
                    );
                    after_lead = true;
                }
                None => {
                    let role = if after_lead && default == UnitRole::Responsible {
                        UnitRole::Responsible
                    } else {
                        default
                    };
                    list(text, s, e, role, vocab, &mut out);
                }
            }
        }
    }
    out
}

/// `牵头单位：…` → (role, byte offset of the list within the clause).
fn labelled(clause: &str, vocab: &Vocabulary) -> Option<(UnitRole, usize)> {
    let trimmed = clause.trim_start_matches(crate::plan::lines::is_space);
    let lead_ws = clause.len() - trimmed.len();
    let labels = &vocab.unit_labels;
    let roles = [
        (UnitRole::Lead, &labels.lead),
        (UnitRole::Responsible, &labels.responsible),
        (UnitRole::Cooperating, &labels.cooperating),
    ];
    let mut best: Option<(UnitRole, usize)> = None;
    for (role, names) in roles {
        for name in names.iter() {
            if let Some(rest) = trimmed.strip_prefix(name.as_str()) {
                let rest_trim = rest.trim_start_matches(crate::plan::lines::is_space);
                if let Some(colon) = rest_trim.chars().next().filter(|c| *c == ':' || *c == '：') {
                    let at = lead_ws + (trimmed.len() - rest_trim.len()) + colon.len_utf8();
                    if best.is_none_or(|(_, b)| at > b) {
                        best = Some((role, at));
                    }
                }
            }
        }
    }
    best
}

/// First occurrence of a marker outside brackets: (byte offset, byte length).
fn top_level_marker(s: &str, markers: &[String]) -> Option<(usize, usize)> {
    let mut depth = 0i32;
    for (i, c) in s.char_indices() {
        if is_open(c) {
            depth += 1;
        } else if is_close(c) {
            depth = (depth - 1).max(0);
        } else if depth == 0 {
            if let Some(m) = markers.iter().find(|m| s[i..].starts_with(m.as_str())) {
                return Some((i, m.len()));
            }
        }
    }
    None
}

/// Split `text[start..end]` on 、 and push each name found.
fn list(
    text: &str,
    start: usize,
    end: usize,
    role: UnitRole,
    vocab: &Vocabulary,
    out: &mut Vec<UnitMatch>,
) {
    let part = &text[start..end];
    for (s, e) in split_top_level(part, &['、', '/', '／', '，', ',']) {
        if let Some((s, e)) = clean_name(part, s, e, vocab) {
            for (s, e) in split_joined(part, s, e, vocab) {
                let raw = &part[s..e];
                let name = normalize(raw);
                if name.chars().count() < 2
                    || name.chars().count() > MAX_NAME_CHARS
                    || is_time_phrase(&name)
                {
                    continue;
                }
                out.push(UnitMatch {
                    start: start + s,
                    end: start + e,
                    kind: kind_of(&name, vocab),
                    name,
                    role,
                });
            }
        }
    }
}

/// Trim white space, lead-in words (由), and everything from the first tail marker
/// (等, 按职责分工, 负责落实 …) outside brackets.
fn clean_name(
    s: &str,
    mut start: usize,
    mut end: usize,
    vocab: &Vocabulary,
) -> Option<(usize, usize)> {
    let trim = |start: &mut usize, end: &mut usize| {
        let t = &s[*start..*end];
        let left = t.len() - t.trim_start_matches(crate::plan::lines::is_space).len();
        let t2 = t.trim_matches(crate::plan::lines::is_space);
        *start += left;
        *end = *start + t2.len();
    };
    trim(&mut start, &mut end);
    for lead in &vocab.lead_in {
        if s[start..end].starts_with(lead.as_str()) {
            start += lead.len();
        }
    }
    if let Some((at, _)) = top_level_marker(&s[start..end], &vocab.tail_markers) {
        end = start + at;
    }
    let t = &s[start..end];
    let kept = t.trim_end_matches(|c: char| {
        crate::plan::lines::is_space(c)
            || matches!(c, '。' | '.' | '，' | ',' | '；' | ';' | '：' | ':')
    });
    end = start + kept.len();
    trim(&mut start, &mut end);
    (end > start).then_some((start, end))
}

/// Split names written together ("区发改委区商务局"): before an administrative prefix that
/// follows a unit suffix, outside brackets.
fn split_joined(s: &str, start: usize, end: usize, vocab: &Vocabulary) -> Vec<(usize, usize)> {
    let name = &s[start..end];
    let chars: Vec<(usize, char)> = name.char_indices().collect();
    let mut cuts = Vec::new();
    let mut depth = 0i32;
    for (k, &(i, c)) in chars.iter().enumerate() {
        if is_open(c) {
            depth += 1;
        } else if is_close(c) {
            depth = (depth - 1).max(0);
        } else if depth == 0 && k >= 2 && vocab.admin_prefixes.contains(&c) {
            let prev = chars[k - 1].1;
            let rest = chars.len() - k;
            if vocab.unit_suffixes.contains(&prev) && rest >= 3 {
                cuts.push(i);
            }
        }
    }
    let mut out = Vec::new();
    let mut from = 0;
    for cut in cuts {
        out.push((start + from, start + cut));
        from = cut;
    }
    out.push((start + from, end));
    out
}

/// A time phrase in a unit statement (`2021年底前完成`) is not a unit.
fn is_time_phrase(name: &str) -> bool {
    name.chars().any(|c| c.is_ascii_digit()) && name.contains(['年', '月', '日', '前', '内'])
}

/// Whether a (normalised) name names one unit, a class of units, or no one.
pub fn kind_of(name: &str, vocab: &Vocabulary) -> UnitKind {
    if vocab.vague_exact.iter().any(|v| v == name)
        || vocab
            .vague_contains
            .iter()
            .any(|v| name.contains(v.as_str()))
    {
        UnitKind::Vague
    } else if vocab.collective.iter().any(|v| name.contains(v.as_str())) {
        UnitKind::Collective
    } else {
        UnitKind::Concrete
    }
}

/// Whether the inside of a trailing parenthetical states who does the task: labelled, naming
/// a lead, or ending in a duty word (落实, 负责 …), and yielding at least one unit.
pub fn is_unit_statement(inner: &str, vocab: &Vocabulary) -> bool {
    let t = inner.trim_matches(crate::plan::lines::is_space);
    let first = split_top_level(t, &['；', ';'])
        .first()
        .map(|&(s, e)| &t[s..e])
        .unwrap_or(t);
    let stated = labelled(first, vocab).is_some()
        || top_level_marker(t, &vocab.lead_markers).is_some()
        || vocab
            .statement_endings
            .iter()
            .any(|w| t.trim_end_matches(['。', '.']).ends_with(w.as_str()));
    stated && !parse_units(t, UnitRole::Responsible, vocab).is_empty()
}

/// Whether a table cell reads as a unit list rather than task text: short, and every clause
/// yields units.
pub fn looks_like_units(text: &str, vocab: &Vocabulary) -> bool {
    let t = text.trim_matches(crate::plan::lines::is_space);
    let sentences = t.trim_end_matches(['。', '.']).matches('。').count();
    !t.is_empty()
        && t.chars().count() <= 80
        && sentences == 0
        && !t.starts_with(|c: char| c.is_ascii_digit())
        && !parse_units(t, UnitRole::Responsible, vocab).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(text: &str) -> Vec<(String, UnitRole, UnitKind)> {
        let vocab = Vocabulary::bundled().unwrap();
        parse_units(text, UnitRole::Responsible, &vocab)
            .into_iter()
            .map(|u| {
                assert_eq!(normalize(&text[u.start..u.end]), u.name);
                (u.name, u.role, u.kind)
            })
            .collect()
    }

    fn names(text: &str, role: UnitRole) -> Vec<String> {
        units(text)
            .into_iter()
            .filter(|u| u.1 == role)
            .map(|u| u.0)
            .collect()
    }

    use UnitKind::*;
    use UnitRole::*;

    #[test]
    fn lead_then_responsible_in_prose() {
        let t = "区财政局牵头，区金融工作局、区金融服务中心、各镇（街道）";
        assert_eq!(names(t, Lead), ["区财政局"]);
        assert_eq!(
            names(t, Responsible),
            ["区金融工作局", "区金融服务中心", "各镇（街道）"]
        );
        assert_eq!(units(t)[3].2, Collective);
    }

    #[test]
    fn lead_marker_inside_a_clause() {
        let t = "区司法局牵头区直有关行政执法部门，各镇（街道）";
        assert_eq!(names(t, Lead), ["区司法局"]);
        let r = units(t);
        assert_eq!(r[1], ("区直有关行政执法部门".into(), Responsible, Vague));
        assert_eq!(r[2].0, "各镇（街道）");
    }

    #[test]
    fn brackets_never_split_a_name() {
        let t = "区党政办（文秘科、宣传科）牵头，各单位按职责分工落实";
        assert_eq!(
            units(t),
            [
                ("区党政办（文秘科、宣传科）".into(), Lead, Concrete),
                ("各单位".into(), Responsible, Vague)
            ]
        );
        let t = "区党政办(文秘科、宣传科)、区综治局";
        assert_eq!(
            names(t, Responsible),
            ["区党政办（文秘科、宣传科）", "区综治局"]
        );
    }

    #[test]
    fn names_written_together_are_split() {
        assert_eq!(
            names("区发改委区商务局牵头，区政府有关部门负责落实", Lead),
            ["区发改委", "区商务局"]
        );
        assert_eq!(units("市自然资源局高新分局")[0].0, "市自然资源局高新分局");
        assert_eq!(
            units("区政府办公室（区网站管理中心）")[0].0,
            "区政府办公室（区网站管理中心）"
        );
    }

    #[test]
    fn labelled_half_width_lists() {
        let t = "牵头单位:区政府办公室、区营商局;责任单位:区政府有关部门、各街道办事处";
        assert_eq!(names(t, Lead), ["区政府办公室", "区营商局"]);
        assert_eq!(
            units(t)[2..],
            [
                ("区政府有关部门".into(), Responsible, Vague),
                ("各街道办事处".into(), Responsible, Collective)
            ]
        );
    }

    #[test]
    fn role_phrases_are_not_names() {
        assert_eq!(
            units("管委会办公室牵头落实"),
            [("管委会办公室".into(), Lead, Concrete)]
        );
        assert_eq!(
            units("相关各部门、城南办事处分别落实"),
            [
                ("相关各部门".into(), Responsible, Vague),
                ("城南办事处".into(), Responsible, Concrete)
            ]
        );
        assert_eq!(
            names(
                "区政府新闻办牵头，区教体局、区人社局等部门按照部门职责分工分别退静",
                Responsible
            ),
            ["区教体局", "区人社局"]
        );
        assert_eq!(
            names(
                "区城管局、区住建局等按职责分工负责，各镇（街道）",
                Responsible
            ),
            ["区城管局", "区住建局", "各镇（街道）"]
        );
        assert_eq!(names("区政府办公室负责落实", Responsible), ["区政府办公室"]);
    }

    #[test]
    fn cells_that_read_as_units() {
        let vocab = Vocabulary::bundled().unwrap();
        assert!(looks_like_units("各单位按职责分工落实", &vocab));
        assert!(looks_like_units(
            "区党政办牵头，各单位按职责分工落实",
            &vocab
        ));
        assert!(!looks_like_units(
            "38. 按照国家和省、市的有关规定, 加强指导和监管, 做好教育、卫生健康等领域的公共企事业单位信息公开工作, 优化公共服务。",
            &vocab
        ));
    }
}
