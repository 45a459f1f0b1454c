//! Word's automatic numbering: `numbering.xml` (and numbered paragraph styles) turned into the
//! number as printed (`一、`, `（一）`, `1.`), so a list numbered by Word reads like a typed one.
//!
//! Counters follow Word: lists that share an abstract definition share their counters unless
//! an instance overrides the start; using a level restarts the levels below it.

use std::collections::{HashMap, HashSet};

use quick_xml::events::{BytesStart, Event};

/// Word has nine list levels.
const LEVELS: usize = 9;

/// What follows the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Suffix {
    #[default]
    Tab,
    Space,
    Nothing,
}

/// One level of a list definition.
#[derive(Debug, Clone, Default)]
struct Level {
    start: u32,
    format: String,
    text: String,
    suffix: Suffix,
    /// `w:isLgl`: every level printed in Arabic numerals (`1.2.3`).
    legal: bool,
    /// `w:lvlRestart`: restart only after a level up to this one-based level is used (0:
    /// never); `None` restarts after any shallower level, Word's default.
    restart: Option<usize>,
}

#[derive(Debug, Clone, Default)]
struct Instance {
    abstract_id: String,
    /// Levels whose start the instance overrides (`w:startOverride`).
    starts: HashMap<usize, u32>,
    /// Levels the instance redefines (`w:lvlOverride/w:lvl`).
    levels: HashMap<usize, Level>,
}

/// The list definitions of one document.
#[derive(Debug, Clone, Default)]
pub struct Definitions {
    abstracts: HashMap<String, Vec<Level>>,
    instances: HashMap<String, Instance>,
    /// Paragraph styles that carry numbering: style id → (list instance, level), and the
    /// style each is based on.
    styles: HashMap<String, StyleNumbering>,
}

#[derive(Debug, Clone, Default)]
struct StyleNumbering {
    num: Option<String>,
    level: Option<usize>,
    based_on: Option<String>,
}

/// An attribute's value, unescaped.
pub(super) fn attr(e: &BytesStart, key: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == key)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

/// `w:val` of an element.
pub(super) fn val(e: &BytesStart) -> Option<String> {
    attr(e, b"w:val")
}

impl Definitions {
    /// Read `numbering.xml` and `styles.xml` (either may be absent).
    pub fn read(numbering: Option<&str>, styles: Option<&str>) -> Definitions {
        let mut defs = Definitions::default();
        if let Some(xml) = numbering {
            defs.read_numbering(xml);
        }
        if let Some(xml) = styles {
            defs.read_styles(xml);
        }
        defs
    }

    fn read_numbering(&mut self, xml: &str) {
        let mut reader = quick_xml::Reader::from_str(xml);
        let mut abstract_id: Option<String> = None;
        let mut instance: Option<(String, Instance)> = None;
        let mut override_level: Option<usize> = None;
        let mut level: Option<(usize, Level)> = None;
        loop {
            let (e, empty) = match reader.read_event() {
                Ok(Event::Start(e)) => (e, false),
                Ok(Event::Empty(e)) => (e, true),
                Ok(Event::End(e)) => {
                    match e.name().as_ref() {
                        b"w:lvl" => {
                            if let Some((ilvl, l)) = level.take() {
                                if let Some((_, inst)) = &mut instance {
                                    inst.levels.insert(ilvl, l);
                                } else if let Some(id) = &abstract_id {
                                    let levels = self.abstracts.entry(id.clone()).or_default();
                                    if levels.len() <= ilvl {
                                        levels.resize_with(ilvl + 1, Level::default);
                                    }
                                    levels[ilvl] = l;
                                }
                            }
                        }
                        b"w:abstractNum" => abstract_id = None,
                        b"w:num" => {
                            if let Some((id, inst)) = instance.take() {
                                self.instances.insert(id, inst);
                            }
                        }
                        b"w:lvlOverride" => override_level = None,
                        _ => {}
                    }
                    continue;
                }
                Ok(Event::Eof) | Err(_) => break,
                _ => continue,
            };
            match e.name().as_ref() {
                b"w:abstractNum" if !empty => abstract_id = attr(&e, b"w:abstractNumId"),
                b"w:num" if !empty => {
                    instance = attr(&e, b"w:numId").map(|id| (id, Instance::default()));
                }
                b"w:abstractNumId" => {
                    if let (Some((_, inst)), Some(v)) = (&mut instance, val(&e)) {
                        inst.abstract_id = v;
                    }
                }
                b"w:lvlOverride" if !empty => {
                    override_level = attr(&e, b"w:ilvl").and_then(|v| v.parse().ok());
                }
                b"w:startOverride" => {
                    if let (Some((_, inst)), Some(ilvl), Some(v)) = (
                        &mut instance,
                        override_level,
                        val(&e).and_then(|v| v.parse().ok()),
                    ) {
                        inst.starts.insert(ilvl, v);
                    }
                }
                b"w:lvl" if !empty => {
                    let ilvl: usize = attr(&e, b"w:ilvl")
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(0);
                    if ilvl < LEVELS {
                        level = Some((
                            ilvl,
                            Level {
                                start: 1,
                                format: "decimal".into(),
                                ..Level::default()
                            },
                        ));
                    }
                }
                name => {
                    if let Some((_, l)) = &mut level {
                        match name {
                            b"w:start" => {
                                l.start = val(&e).and_then(|v| v.parse().ok()).unwrap_or(1)
                            }
                            b"w:numFmt" => l.format = val(&e).unwrap_or_default(),
                            b"w:lvlText" => l.text = val(&e).unwrap_or_default(),
                            b"w:suff" => {
                                l.suffix = match val(&e).as_deref() {
                                    Some("space") => Suffix::Space,
                                    Some("nothing") => Suffix::Nothing,
                                    _ => Suffix::Tab,
                                }
                            }
                            b"w:lvlRestart" => l.restart = val(&e).and_then(|v| v.parse().ok()),
                            b"w:isLgl" => {
                                l.legal = val(&e).is_none_or(|v| v != "0" && v != "false")
                            }
                            _ => {}
                        }
                    }
                }
            }
        }
    }

    fn read_styles(&mut self, xml: &str) {
        let mut reader = quick_xml::Reader::from_str(xml);
        let mut current: Option<(String, StyleNumbering)> = None;
        loop {
            match reader.read_event() {
                Ok(Event::Start(e)) if e.name().as_ref() == b"w:style" => {
                    current = attr(&e, b"w:styleId").map(|id| (id, StyleNumbering::default()));
                }
                Ok(Event::Start(e) | Event::Empty(e)) => {
                    if let Some((_, s)) = &mut current {
                        match e.name().as_ref() {
                            b"w:basedOn" => s.based_on = val(&e),
                            b"w:numId" => s.num = val(&e),
                            b"w:ilvl" => s.level = val(&e).and_then(|v| v.parse().ok()),
                            _ => {}
                        }
                    }
                }
                Ok(Event::End(e)) if e.name().as_ref() == b"w:style" => {
                    if let Some((id, s)) = current.take() {
                        if s.num.is_some() || s.level.is_some() || s.based_on.is_some() {
                            self.styles.insert(id, s);
                        }
                    }
                }
                Ok(Event::Eof) | Err(_) => break,
                _ => {}
            }
        }
    }

    /// The list (instance, level) of a paragraph style, following `basedOn`.
    fn style_list(&self, style: &str) -> (Option<String>, Option<usize>) {
        let mut num = None;
        let mut level = None;
        let mut at = Some(style.to_owned());
        let mut seen = HashSet::new();
        while let Some(id) = at {
            if !seen.insert(id.clone()) {
                break;
            }
            let Some(s) = self.styles.get(&id) else { break };
            num = num.or_else(|| s.num.clone());
            level = level.or(s.level);
            at = s.based_on.clone();
        }
        (num, level)
    }

    fn level(&self, num: &str, ilvl: usize) -> Option<&Level> {
        let inst = self.instances.get(num)?;
        inst.levels
            .get(&ilvl)
            .or_else(|| self.abstracts.get(&inst.abstract_id)?.get(ilvl))
    }
}

/// The numbering a paragraph asks for: its own `w:numPr`, its style's, or none.
#[derive(Debug, Clone, Default)]
pub struct ParagraphList {
    pub style: Option<String>,
    pub num: Option<String>,
    pub level: Option<usize>,
}

/// Counters while the document is read in order.
#[derive(Debug, Default)]
pub struct Counters {
    values: HashMap<String, [Option<u32>; LEVELS]>,
    started: HashSet<String>,
}

impl Counters {
    /// The number printed before a paragraph, with what follows it, or `None`.
    pub fn label(&mut self, defs: &Definitions, p: &ParagraphList) -> Option<String> {
        let (style_num, style_level) = p
            .style
            .as_deref()
            .map(|s| defs.style_list(s))
            .unwrap_or((None, None));
        let num = p.num.clone().or(style_num)?;
        if num == "0" {
            return None;
        }
        let ilvl = p.level.or(style_level).unwrap_or(0).min(LEVELS - 1);
        let inst = defs.instances.get(&num)?;
        let level = defs.level(&num, ilvl)?.clone();
        let key = inst.abstract_id.clone();
        let first_use = self.started.insert(num.clone());
        let counters = self.values.entry(key).or_insert([None; LEVELS]);
        if first_use {
            for (l, start) in &inst.starts {
                if *l < LEVELS {
                    counters[*l] = Some(start.saturating_sub(1));
                }
            }
        }
        let value = counters[ilvl].map_or(level.start, |v| v.saturating_add(1));
        counters[ilvl] = Some(value);
        for (d, deeper) in counters.iter_mut().enumerate().skip(ilvl + 1) {
            let restart = defs.level(&num, d).and_then(|l| l.restart);
            // lvlRestart is one-based: n restarts after a level at most n-1 (0-based) is used
            if restart.is_none_or(|n| n > 0 && ilvl < n) {
                *deeper = None;
            }
        }
        let snapshot = *counters;
        if level.format == "bullet" || level.format == "none" {
            return None;
        }
        let mut out = String::new();
        let mut chars = level.text.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '%' {
                if let Some(d) = chars.peek().and_then(|d| d.to_digit(10)) {
                    chars.next();
                    let at = (d as usize).saturating_sub(1).min(LEVELS - 1);
                    let l = defs.level(&num, at).cloned().unwrap_or_default();
                    let v = snapshot[at].unwrap_or(l.start);
                    let format = if level.legal && at != ilvl {
                        "decimal"
                    } else {
                        l.format.as_str()
                    };
                    out.push_str(&format_number(v, format));
                    continue;
                }
            }
            out.push(c);
        }
        if out.is_empty() {
            return None;
        }
        let ends_in_mark = out.chars().last().is_some_and(|c| {
            matches!(
                c,
                '、' | '．' | '.' | '）' | ')' | '：' | ':' | '，' | '〕' | '】'
            )
        });
        if level.suffix != Suffix::Nothing && !ends_in_mark {
            out.push(' ');
        }
        Some(out)
    }
}

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// Chinese counting (一 … 十 … 九十九 … 一百二十三), as Word prints `chineseCounting`.
fn chinese(n: u32) -> String {
    if n < 10 {
        return DIGITS[n as usize].to_string();
    }
    if n < 20 {
        return format!(
            "十{}",
            if n.is_multiple_of(10) {
                String::new()
            } else {
                DIGITS[(n % 10) as usize].to_string()
            }
        );
    }
    if n < 100 {
        let tail = if n.is_multiple_of(10) {
            String::new()
        } else {
            DIGITS[(n % 10) as usize].to_string()
        };
        return format!("{}十{tail}", DIGITS[(n / 10) as usize]);
    }
    if n < 1000 {
        let rest = n % 100;
        let tail = match rest {
            0 => String::new(),
            1..=9 => format!("零{}", DIGITS[rest as usize]),
            10..=19 => format!("一{}", chinese(rest)),
            _ => chinese(rest),
        };
        return format!("{}百{tail}", DIGITS[(n / 100) as usize]);
    }
    n.to_string()
}

fn letters(n: u32, base: u8) -> String {
    if n == 0 {
        return String::new();
    }
    let letter = (base + ((n - 1) % 26) as u8) as char;
    std::iter::repeat_n(letter, ((n - 1) / 26 + 1) as usize).collect()
}

fn roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let mut out = String::new();
    for (v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

/// A counter value in one of Word's number formats.
fn format_number(n: u32, format: &str) -> String {
    match format {
        "chineseCounting"
        | "chineseCountingThousand"
        | "japaneseCounting"
        | "ideographDigital"
        | "taiwaneseCounting"
        | "taiwaneseCountingThousand" => chinese(n),
        "chineseLegalSimplified" => chinese(n)
            .replace('一', "壹")
            .replace('二', "贰")
            .replace('三', "叁")
            .replace('十', "拾"),
        "ideographTraditional" => "甲乙丙丁戊己庚辛壬癸"
            .chars()
            .nth((n.max(1) as usize - 1) % 10)
            .map(String::from)
            .unwrap_or_default(),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" if (1..=20).contains(&n) => {
            char::from_u32(0x2460 + n - 1)
                .map(String::from)
                .unwrap_or_default()
        }
        "decimalFullWidth" | "decimalFullWidth2" => n
            .to_string()
            .chars()
            .filter_map(|d| char::from_u32(d as u32 - '0' as u32 + 0xFF10))
            .collect(),
        "decimalZero" if n < 10 => format!("0{n}"),
        "lowerLetter" => letters(n, b'a'),
        "upperLetter" => letters(n, b'A'),
        "lowerRoman" => roman(n),
        "upperRoman" => roman(n).to_uppercase(),
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NUMBERING: &str = r#"<w:numbering xmlns:w="w">
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
    </w:numbering>"#;

    fn para(num: &str, level: usize) -> ParagraphList {
        ParagraphList {
            style: None,
            num: Some(num.into()),
            level: Some(level),
        }
    }

    #[test]
    fn levels_print_as_chinese_plans_number_them() {
        let defs = Definitions::read(Some(NUMBERING), None);
        let mut c = Counters::default();
        let labels: Vec<String> = [(0, 0), (1, 1), (1, 1), (1, 2), (1, 2), (1, 0), (1, 1)]
            .iter()
            .map(|&(_, l)| c.label(&defs, &para("1", l)).unwrap())
            .collect();
        assert_eq!(
            labels,
            ["一、", "（一）", "（二）", "1.", "2.", "二、", "（一）"]
        );
        // an instance that overrides the start restarts there
        assert_eq!(c.label(&defs, &para("2", 0)).as_deref(), Some("五、"));
        assert_eq!(c.label(&defs, &para("0", 0)), None);
    }

    #[test]
    fn a_level_can_run_on_under_its_parent() {
        let xml = r#"<w:numbering><w:abstractNum w:abstractNumId="0">
          <w:lvl w:ilvl="0"><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
          <w:lvl w:ilvl="1"><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
          <w:lvl w:ilvl="2"><w:numFmt w:val="decimal"/><w:lvlText w:val="%3、"/><w:lvlRestart w:val="1"/></w:lvl>
        </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#;
        let defs = Definitions::read(Some(xml), None);
        let mut c = Counters::default();
        let labels: Vec<String> = [0, 1, 2, 2, 1, 2, 0, 2]
            .iter()
            .map(|&l| c.label(&defs, &para("1", l)).unwrap())
            .collect();
        assert_eq!(
            labels,
            [
                "一、",
                "（一）",
                "1、",
                "2、",
                "（二）",
                "3、",
                "二、",
                "1、"
            ]
        );
    }

    #[test]
    fn chinese_counting_matches_word() {
        let got: Vec<String> = [1, 10, 11, 20, 23, 100, 105, 110, 121]
            .iter()
            .map(|&n| chinese(n))
            .collect();
        assert_eq!(
            got,
            [
                "一",
                "十",
                "十一",
                "二十",
                "二十三",
                "一百",
                "一百零五",
                "一百一十",
                "一百二十一"
            ]
        );
        assert_eq!(format_number(3, "decimalEnclosedCircle"), "③");
        assert_eq!(format_number(4, "upperRoman"), "IV");
    }

    #[test]
    fn numbered_styles_follow_based_on() {
        let styles = r#"<w:styles><w:style w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:styleId="H2"><w:basedOn w:val="H1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style></w:styles>"#;
        let defs = Definitions::read(Some(NUMBERING), Some(styles));
        let mut c = Counters::default();
        let p = |s: &str| ParagraphList {
            style: Some(s.into()),
            num: None,
            level: None,
        };
        assert_eq!(c.label(&defs, &p("H1")).as_deref(), Some("一、"));
        assert_eq!(c.label(&defs, &p("H2")).as_deref(), Some("（一）"));
    }
}
