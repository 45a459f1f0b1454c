//! Plan or not: government sites and folders hold statutes, disclosure guides, annual reports
//! and plain notices beside plans. A document is a plan when its title names one (方案, 要点,
//! 分解表 — also inside `关于印发《…方案》的通知`), or when its tasks name who does them; it is
//! not when it is laid out in articles (第X条), or its title names another kind of text and it
//! carries no task table.

use crate::document::text::is_han;
use crate::document::NumberStyle;
use crate::document::{is_space, Block, Document};
use crate::plan::model::{Classification, DocumentKind, Located, Meta, Section, Task, UnitKind};
use crate::plan::text::normalize;
use crate::plan::vocab::{years_named, Vocabulary, YEAR_DIGITS};
use crate::plan::Ctx;
use std::borrow::Cow;

/// Digits of a text's number in a site's collection (`范文1`, `篇12`); more is a year or a code.
const MAX_COLLECTION_ORDINAL_DIGITS: usize = 2;
/// Articles (第X条) that make a text a statute or a rule.
const STATUTE_MIN_ARTICLES: usize = 3;
/// Most numbered requirements a cover notice states about the plan it issues (`1.明确任务，压实
/// 责任。各牵头单位要…`): more items than this under a notice are the plan itself.
const MAX_NOTICE_REQUIREMENTS: usize = 5;
/// Fewest items stating their units that make a list of policy measures (a 实施细则)
/// a plan: one such item may be a rule's own duty clause (`第五条 …由市财政局负责`).
const MIN_ASSIGNED_MEASURES: usize = 2;
/// A text its title does not name a plan is one by its assigned items only when at least one in
/// this many of them names its units: a policy's measures or a rule's articles name a unit now
/// and then (one of 21 `…十条措施`, two of 30 articles of a 实施细则), a page cut from a plan
/// names one in each few items (one of two, two of three).
const MIN_ASSIGNED_SHARE_INVERSE: usize = 4;

/// What a notice's title ends in after its subject (`关于X的通知` → X), the longer first. (Not
/// 的意见: an opinion's measures are the work it gives out, `关于加强…工作的意见`.)
const SUBJECT_ENDINGS: [&str; 4] = ["的通知", "的函", "的批复", "通知"];

/// The subject a title names: `关于印发《X》的通知` → X, `关于X的通知` → X, else the title. The
/// issuing words may stand after the issuer (`市政府办公厅关于印发X的通知`), and a notice may
/// issue or forward another (`关于转发《国务院办公厅关于印发X的通知》的通知`): the subject is
/// what the last of them issues.
fn subject(title: &str, vocab: &Vocabulary) -> String {
    let t = normalize(title);
    let t = without_page_tail(&t, vocab);
    let issued = vocab
        .genres
        .issuing_titles
        .iter()
        .filter_map(|p| t.rfind(p.as_str()).map(|i| i + p.len()))
        .max();
    let mut s = match issued {
        Some(i) => &t[i..],
        None => t.find("关于").map_or(t, |i| &t[i + "关于".len()..]),
    };
    // a notice asking for a plan (`关于报送…工作计划的通知`) is a notice
    if issued.is_none()
        && vocab
            .genres
            .request_words
            .iter()
            .any(|w| s.starts_with(w.as_str()))
    {
        return t.to_owned();
    }
    // …and so is one on carrying out a text it cites, whose subject the cited name closes
    // (`关于认真贯彻执行《…规定》的通知`): the cited text's kind is not its own (what follows the
    // name names it: `关于落实《政府工作报告》重点工作部门分工的意见`)
    let closed_by_cited = |open: usize| {
        s[open..].rfind('》').is_some_and(|close| {
            let after = &s[open + close + '》'.len_utf8()..];
            after.is_empty() || SUBJECT_ENDINGS.contains(&after)
        })
    };
    if issued.is_none()
        && s.find('《').is_some_and(|open| {
            closed_by_cited(open)
                && vocab
                    .genres
                    .implementing_words
                    .iter()
                    .any(|w| s[..open].ends_with(w.as_str()))
        })
    {
        return t.to_owned();
    }
    // peel the notices around the subject: 的通知, closing and opening title marks
    loop {
        let before = s.len();
        // (a title opening with a cited name, `《政府工作报告》重点工作责任分解`, keeps it)
        for (open, close) in [('《', '》'), ('〈', '〉'), ('“', '”')] {
            if let Some(rest) = s.strip_prefix(open) {
                if rest
                    .find(close)
                    .is_none_or(|i| i + close.len_utf8() == rest.len())
                {
                    s = rest;
                }
            }
        }
        s = s.trim_end_matches(['》', '〉', '”']);
        // the notice's own 发文字号 after it (`…的通知（粤府〔2021〕22号）`)
        if let Some(i) = s.rfind(['（', '(']) {
            let inner = s[i..].trim_start_matches(['（', '(']);
            if inner.trim_end_matches(['）', ')']).ends_with('号') && inner.ends_with(['）', ')'])
            {
                s = &s[..i];
            }
        }
        for suffix in SUBJECT_ENDINGS {
            if let Some(rest) = s.strip_suffix(suffix) {
                if !rest.is_empty() {
                    s = rest;
                    break;
                }
            }
        }
        if s.len() == before {
            break;
        }
    }
    s.to_owned()
}

/// Longest site name after a page title's dash, bar or underscore (`-湖南省人民政府门户网站`).
const MAX_SITE_NAME_CHARS: usize = 24;

/// A page's title without what the page adds after the document's own title: a file
/// extension, a page number, the site's name (`…实施方案.doc`, `…方案_第1页`,
/// `…的意见-湖南省人民政府门户网站`), and the site's section before its name
/// (`…的通知_区政府办公室文件_上海市宝山区人民政府门户网站`).
fn without_page_tail<'t>(title: &'t str, vocab: &Vocabulary) -> &'t str {
    let mut t = title.trim_matches(is_space);
    // the site's name was just left out: the short tail before it is the site's section
    let mut after_site = false;
    loop {
        let before = t.len();
        if vocab.names_file(t) {
            t = t.rsplit_once('.').map_or(t, |(stem, _)| stem);
        }
        // 第1页, 共4页
        if let Some(stem) = t.strip_suffix('页') {
            let stem = stem.trim_end_matches(|c: char| c.is_ascii_digit());
            if let Some(stem) = stem.strip_suffix('第').or_else(|| stem.strip_suffix('共')) {
                if stem.len() + "页".len() < t.len() {
                    t = stem;
                }
            }
        }
        if let Some(i) = t.rfind(['-', '_', '|', '｜', '—', '–']) {
            let sep = t[i..].chars().next().map_or(1, char::len_utf8);
            let tail = t[i + sep..].trim_matches(is_space);
            let short =
                tail.chars().count() <= MAX_SITE_NAME_CHARS && !tail.contains(['）', ')', '》']);
            let site = tail.is_empty()
                || short
                    && vocab
                        .title_site_endings
                        .iter()
                        .any(|w| tail.ends_with(w.as_str()));
            // (not a title's own words after a dash: `稳中求进抓落实——区政府工作要点`)
            let section = after_site
                && short
                && !tail.contains(|c: char| c.is_ascii_digit())
                && ends_with_word(
                    tail,
                    &[],
                    vocab.genres.plan.iter().chain(&vocab.genres.plan_weak),
                )
                .is_none()
                && !tail.ends_with("通知");
            if (site || section) && i > 0 {
                t = &t[..i];
            }
            after_site = site && !tail.is_empty();
        }
        // a site's section before the title it brackets (`背街小巷整治【…综合整治2月份工作计划】`)
        if let Some(inner) = bracketed_after_section(t, vocab) {
            t = inner;
        }
        t = t.trim_matches(|c: char| is_space(c) || matches!(c, '-' | '_' | '|' | '｜'));
        if t.len() == before {
            return t;
        }
    }
}

/// The title a page prints in 【】 after its section's name (`背街小巷整治【**区…2月份工作计划】`):
/// the bracket closes the line, holds more than the short name before it and ends in a kind of
/// text's word, which a bracketed note after a title (`…实施方案【2023】`, `教学工作计划【2023-
/// 2024学年第一学期】`) does not.
fn bracketed_after_section<'t>(t: &'t str, vocab: &Vocabulary) -> Option<&'t str> {
    let body = t.strip_suffix('】')?;
    let (section, inner) = body.rsplit_once('【')?;
    let section_chars = section.trim_matches(is_space).chars().count();
    // (the bracket names a kind of text: `教学工作计划【2023-2024学年第一学期】` and
    // `防汛应急预案【2023年12月修订版】` are titles with a note)
    let g = &vocab.genres;
    let names_kind = |s: &str| {
        g.plan
            .iter()
            .chain(g.not_plan.iter().map(|(w, _)| w))
            .any(|w| s.ends_with(w.as_str()))
    };
    (section_chars > 0
        && section_chars <= MAX_SITE_NAME_CHARS
        && !section.contains(['【', '】'])
        && inner.chars().count() > section_chars
        && names_kind(inner))
    .then_some(inner)
}

/// What the title's subject ends with, with any bracketed tail (（试行）, （征求意见稿）) left out
/// — or, first, what its words before an underscore end with, when they end with one: a site
/// joins its category on so (`幼儿园卫生保健工作计划_幼儿园计划总结`).
fn ends_with_word<'w>(
    subject: &str,
    tails: &[String],
    words: impl Iterator<Item = &'w String> + Clone,
) -> Option<&'w String> {
    let core = title_core(subject, tails);
    let ending = |text: &str| {
        // (…perhaps numbered as one text of a collection right after its word: `…活动方案1`)
        let text = without_collection_number(text).unwrap_or(text);
        words
            .clone()
            .filter(|w| text.ends_with(w.as_str()))
            .max_by_key(|w| w.chars().count())
    };
    core.split_once('_')
        .map(|(title, _)| title)
        .filter(|title| title.chars().count() >= MIN_TITLE_BEFORE_CATEGORY_CHARS)
        .and_then(ending)
        .or_else(|| ending(core))
}

/// `text` without the figures a collection numbers its texts with at its end (`…方案1`,
/// `…范文12`), if it ends in one to [`MAX_COLLECTION_ORDINAL_DIGITS`] of them.
fn without_collection_number(text: &str) -> Option<&str> {
    let unnumbered = text.trim_end_matches(|c: char| c.is_ascii_digit());
    (1..=MAX_COLLECTION_ORDINAL_DIGITS)
        .contains(&(text.len() - unnumbered.len()))
        .then_some(unnumbered)
}

/// Shortest title before an underscore for what follows it to be the site's category: a
/// shorter piece is a page's code (`教育文摘_15`).
const MIN_TITLE_BEFORE_CATEGORY_CHARS: usize = 4;

/// The numerals a collection numbers its texts with in words (`篇一`, `篇十二`).
const CHINESE_ORDINAL_DIGITS: &str = "一二三四五六七八九十";

/// Most digits of a periodical's issue after its title (`201904期`: a year and a month).
const MAX_ISSUE_DIGITS: usize = 6;

/// A title without what follows its last word: a bracketed note (`（2025年修订）`,
/// `（精选13篇）`), closing quotes, a model-text site's tails (`范文汇总`, `.docx`) and a
/// periodical's issue (`201904期`).
pub(crate) fn title_core<'s>(subject: &'s str, tails: &[String]) -> &'s str {
    let mut core = subject;
    loop {
        let before = core.len();
        // a model-text site's heading of one text, bracketed whole (`【…活动方案1】`)
        if let Some(inner) = core
            .strip_prefix('【')
            .and_then(|rest| rest.strip_suffix('】'))
            .filter(|inner| !inner.contains(['【', '】']))
        {
            core = inner;
        }
        core = match core.rfind(['（', '(', '[', '【', '［']) {
            Some(i) if core.ends_with(['）', ')', ']', '】', '］']) && i > 0 => &core[..i],
            _ => core,
        };
        core = core.trim_end_matches(['》', '”', ' ']);
        if let Some(tail) = tails.iter().find(|t| core.ends_with(t.as_str())) {
            core = &core[..core.len() - tail.len()];
        }
        // a year a site appends after the title's word (`安全生产月工作方案2022年`)
        let unyeared = core.trim_end_matches('年');
        let digits = unyeared.trim_end_matches(|c: char| c.is_ascii_digit());
        if unyeared.len() - digits.len() == YEAR_DIGITS {
            core = digits;
        }
        // the number of one text in a collection (`整治方案范文1`, `中学工作计划篇2`)
        if let Some(unnumbered) = without_collection_number(core)
            .filter(|u| u.ends_with('篇') || tails.iter().any(|t| u.ends_with(t.as_str())))
        {
            core = unnumbered.strip_suffix('篇').unwrap_or(unnumbered);
        }
        // …numbered in words (`撂荒地治理方案篇一`, `…计划篇十二`)
        let unnumbered = core.trim_end_matches(|c: char| CHINESE_ORDINAL_DIGITS.contains(c));
        let ordinal_chars = core[unnumbered.len()..].chars().count();
        if (1..=MAX_COLLECTION_ORDINAL_DIGITS).contains(&ordinal_chars) {
            if let Some(stem) = unnumbered.strip_suffix('篇') {
                core = stem;
            }
        }
        // a count of the texts collected (`学校安全工作计划4篇`, `…方案十篇`)
        core = before_count(core, '篇');
        // the issue of a periodical (`…工作简报201904期`, `…简报第4期`; a year before it,
        // `2019年第4期`, goes on the loop's next pass)
        if let Some(numbered) = core.strip_suffix('期') {
            let unnumbered = numbered.trim_end_matches(|c: char| c.is_ascii_digit());
            if (1..=MAX_ISSUE_DIGITS).contains(&(numbered.len() - unnumbered.len())) {
                core = unnumbered.strip_suffix('第').unwrap_or(unnumbered);
            }
        }
        if core.len() == before || core.is_empty() {
            return core;
        }
    }
}

/// The text before a count of things that ends it (`…工作计划4篇`, `…基本职能有5项`, `measure`
/// the thing's measure word), or the text whole when it ends in no such count.
fn before_count(text: &str, measure: char) -> &str {
    let Some(rest) = text.strip_suffix(measure) else {
        return text;
    };
    let counted =
        rest.trim_end_matches(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c));
    if counted.len() < rest.len() {
        counted
    } else {
        text
    }
}

/// The plan word a subject ends with (方案, 要点), unless a longer word of another kind of text
/// ends it (`补偿方案` of `…养殖场整治拆除补偿方案`: a scheme of compensation rates).
fn plan_word<'v>(subject: &str, v: &'v Vocabulary) -> Option<&'v String> {
    let word = plan_word_alone(subject, v)?;
    let other =
        other_word(subject, v).filter(|o| o.len() > word.len() && o.ends_with(word.as_str()));
    other.is_none().then_some(word)
}

/// The plan word a subject ends with, whatever longer word holds it.
fn plan_word_alone<'v>(subject: &str, v: &'v Vocabulary) -> Option<&'v String> {
    ends_with_word(subject, &v.genres.title_tails, v.genres.plan.iter()).or_else(|| {
        let core = title_core(subject, &v.genres.title_tails);
        let after_plan = v
            .genres
            .after_plan_words
            .iter()
            .filter_map(|w| core.strip_suffix(w.as_str()));
        // a plan's word joined to another (`德育处工作计划和安排`, `妇联工作计划和目标`)
        let joined = v
            .genres
            .joined_to_plan_words
            .iter()
            .filter_map(|w| core.strip_suffix(w.as_str()))
            .filter_map(|rest| rest.strip_suffix(['和', '及', '与']));
        after_plan
            .chain(joined)
            .find_map(|rest| ends_with_word(rest, &[], v.genres.plan.iter()))
            .or_else(|| dated_plan_word(core, v))
    })
}

/// The word a year's plan ends in (`2017年教育工作意见`): the title names a year or a period
/// (`月度工作安排意见`: `dated_plan_periods`) before it, and no 的 joins the word to what it is
/// about.
fn dated_plan_word<'v>(core: &str, v: &'v Vocabulary) -> Option<&'v String> {
    let word = v
        .genres
        .dated_plan_words
        .iter()
        .find(|w| core.ends_with(w.as_str()))?;
    let before = &core[..core.len() - word.len()];
    let dated = years_named(before).next().is_some()
        || v.genres.dated_plan_periods.iter().any(|p| {
            // (the period the plan is for stands right before its word: not `年度考核工作意见`)
            before.ends_with(p.as_str())
                || before
                    .strip_suffix("工作")
                    .is_some_and(|b| b.ends_with(p.as_str()))
        });
    // (`…的若干工作措施` is a policy too)
    let joined = before.trim_end_matches("若干").ends_with('的');
    // (a verb before the word tells of the plan, a headline's or a report's: `我局扎实推进
    // 2024年为民办实事`)
    let g = &v.genres;
    let told = g
        .dated_title_verbs
        .iter()
        .chain(&g.headline_verbs)
        .any(|w| before.contains(w.as_str()));
    (dated && !joined && !told).then_some(word)
}

/// The word for another kind of text a subject ends with (条例, 年度报告).
fn other_word<'v>(subject: &str, v: &'v Vocabulary) -> Option<&'v String> {
    ends_with_word(
        subject,
        &v.genres.title_tails,
        v.genres.not_plan.iter().map(|(w, _)| w),
    )
}

/// What kind of text a word of `not_plan` names (`目录` → 政府信息公开目录), for the reason.
fn kind_of_word<'v>(word: &str, v: &'v Vocabulary) -> &'v str {
    v.genres
        .not_plan
        .iter()
        .find(|(w, _)| w == word)
        .map_or("", |(_, what)| what.as_str())
}

/// The word of standing rules a text's own name ends in (`制度` of `工作制度`).
fn rules_word<'v>(name: &str, v: &'v Vocabulary) -> Option<&'v String> {
    v.genres
        .self_named_rules
        .iter()
        .find(|w| name.ends_with(w.as_str()))
}

/// Fewest items, every one stating its units, that say a notice carries the plan it issues
/// (one assigned requirement, `…加大督查力度（牵头单位：县政府督考办）`, does not).
const MIN_ALL_ASSIGNED_ITEMS: usize = 2;

/// Paragraphs at the start of a document searched for the sentence that names it.
const INTRO_PARAGRAPHS: usize = 3;
/// Most characters of words on a rule line (`==== 正文 ====`): one label, never a sentence.
const RULE_WORD_CHARS: usize = 4;
/// What a report or an interpretation says before its own text (`…制定了《…》，现将…报告如下`):
/// the 如下 of these introduces no plan.
const TELLS_ABOUT: [&str; 4] = ["报告如下", "汇报如下", "解读如下", "说明如下"];
/// Longest name a document gives itself after 制定 (特制定中都街道政务公开工作实施方案).
const MAX_SELF_NAME_CHARS: usize = 40;

/// What a document's opening sentences call it, when they say it is made here: the words
/// after 制定 or 提出 (`…，特制定中都街道政务公开工作实施方案。`, `现就物业管理工作制定如下计划：`,
/// `制定本方案。`, `现提出如下实施意见。`, `特制定本目录。`), without 本 and 如下.
fn named_in_intro(ctx: &Ctx, doc: &Document, meta: &Meta) -> Option<String> {
    let v = ctx.vocab;
    // a text opening with an interpretation's heading (`一、起草背景`) tells why a plan was
    // made (`…有必要制定新的工作方案`): it names no plan of its own
    // (…or whose first numbered heading does, after a sentence saying what it explains:
    // `…制定本实施方案，现解读如下：` `一、起草背景及经过`)
    // (a title's lines, `农作物秸秆综合利用及禁烧` `工作方案`, hold no sentence and leave the
    // intro its paragraphs)
    let intro: Vec<(std::borrow::Cow<str>, Option<usize>)> = opening(ctx, doc, meta)
        .filter(|p| !is_title_line(p.text.as_str()))
        .take(INTRO_PARAGRAPHS)
        .map(|p| {
            let t = v.fold(p.text.as_str());
            let mark = ctx.numbering.at_start(&t).map(|m| m.len);
            (t, mark)
        })
        .collect();
    let first_numbered = intro.iter().find(|(_, mark)| mark.is_some());
    for (t, mark) in intro.first().into_iter().chain(first_numbered) {
        let skip = mark.unwrap_or(0);
        if opens_as_interpretation(t[skip..].trim_start_matches(is_space), v) {
            return None;
        }
    }
    // a text opening as a report or news does (`今年以来，…`, `近日，…`) tells of plans made
    // (`制定区委深改委年度《工作要点》及《任务台账》，部署改革事项274项`): it names itself
    // only with 本 or 如下
    let reports = intro.first().is_some_and(|(t, _)| {
        let t = t.trim_start_matches(is_space);
        opens_with_lede(t, v)
            || v.genres
                .report_ledes
                .iter()
                .any(|w| t.starts_with(w.as_str()))
            || v.genres
                .done_markers
                .iter()
                .any(|w| t.starts_with(w.as_str()))
    });
    for (t, mark) in &intro {
        // a numbered item is the body's work, which may be to make a plan (`（一）…组织制定并
        // 实施学校统战工作的规划和计划`): it names this text only with 本 or 如下
        // (…as is a sub-item's, `一是精心谋划。…科学制定重点路段治理方案`)
        let item = mark.is_some()
            || crate::plan::text::after_sub_item_word(t.trim_start_matches(is_space)).is_some();
        let made = v
            .genres
            .self_naming_verbs
            .iter()
            .flat_map(|w| t.match_indices(w.as_str()));
        for (at, verb) in made {
            let rest = &t[at + verb.len()..];
            let end = rest
                .find(['。', '，', '；', '：', ',', ';', ':', '\n'])
                .unwrap_or(rest.len());
            let mut name = rest[..end].trim_matches(is_space);
            // 制定下发《…分解表》 tells of a document made and sent before, as a report does
            if v.genres
                .made_before_words
                .iter()
                .any(|w| name.starts_with(w.as_str()))
            {
                continue;
            }
            let past = name.starts_with('了');
            name = name.strip_prefix('了').unwrap_or(name);
            let mut this_text = false;
            for w in ["本", "如下", "以下"] {
                if let Some(rest) = name.strip_prefix(w) {
                    name = rest;
                    this_text = true;
                }
            }
            // `制定了《…实施方案》。现解读如下` tells of a document made before, as an
            // interpretation or a report does; `制定了本方案`, `制定了以下计划` and `制定了
            // 《…方案》，具体内容如下` still name this text
            let sentence = rest.split('。').next().unwrap_or(rest);
            let goes_on_here =
                sentence.contains("如下") && !TELLS_ABOUT.iter().any(|w| sentence.contains(w));
            if past && !this_text && !goes_on_here {
                continue;
            }
            if let Some(rest) = name.strip_suffix("如下") {
                name = rest;
                this_text = true;
            }
            // `县委提出的年度工作计划` names another's text
            if name.starts_with('的') {
                continue;
            }
            if (item || reports) && !this_text {
                continue;
            }
            // (a plan still to be made, `研究提出明年工作安排`, `抓紧制定实施方案`, is another
            // text: this one names itself only with 本 or 如下)
            let ahead = v
                .genres
                .making_ahead_words
                .iter()
                .any(|w| t[..at].trim_end_matches(is_space).ends_with(w.as_str()));
            // (…and so is one others are asked for, `请社会各界提出修改意见`)
            let clause = t[..at]
                .rsplit(['。', '，', '；', '：', ',', ';', ':'])
                .next()
                .unwrap_or("");
            // (请 inside 申请 asks no one: `申请提出…` is the body's own act)
            let asked = v.genres.asking_words.iter().any(|w| {
                clause
                    .match_indices(w.as_str())
                    .any(|(i, _)| !clause[..i].ends_with('申'))
            });
            if (ahead || asked) && !this_text {
                continue;
            }
            let name = normalize(name);
            // a bare word (`对2022年工作提出计划`: a report on plans made) names this text
            // only with 本 or 如下 (`制定本方案`, `制定如下计划`)
            if !this_text && v.genres.plan.contains(&name) {
                continue;
            }
            if name.chars().count() <= MAX_SELF_NAME_CHARS && plan_word(&name, v).is_some() {
                return Some(name);
            }
            // …or, said of this text, another kind (`特制定本目录`: a catalogue, `特制定本制度`:
            // standing rules)
            if this_text
                && name.chars().count() <= MAX_SELF_NAME_CHARS
                && (other_word(&name, v).is_some() || rules_word(&name, v).is_some())
            {
                return Some(name);
            }
        }
        if let Some(name) = issued_in(t, v).or_else(|| issued_other_in(t, v)) {
            return Some(name);
        }
    }
    None
}

/// A document's paragraphs that hold text, in order.
fn text_paragraphs(doc: &Document) -> impl Iterator<Item = &crate::document::Paragraph> {
    doc.blocks.iter().filter_map(|b| match b {
        Block::Paragraph(p) if !p.text.is_blank() => Some(p),
        _ => None,
    })
}

/// The paragraphs a text opens with, where it names itself and says what it does: those from
/// its title on to its first table, less a site's field lines (`发布时间：2016-01-18`) and rules (`=====`). A page
/// prints its breadcrumb, an archive its header, before the title.
fn opening<'d>(
    ctx: &'d Ctx,
    doc: &'d Document,
    meta: &Meta,
) -> impl Iterator<Item = &'d crate::document::Paragraph> {
    // (from the title's paragraph on: a title misread from the opening sentence keeps it; a
    // site's note over the text, `《…》由会员分享…`, is none of the document's)
    let from = meta.title.as_ref().map_or(0, |t| t.span.start);
    // (…up to the first table after it: a paragraph after a table is a cell that spilled out of
    // it or the text after the body, `制定我县…实施方案;…` in a progress sheet's row)
    let until = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table(t) if t.region == crate::document::Region::Body => Some(t.origin()),
            _ => None,
        })
        .find(|&at| at >= from)
        .unwrap_or(usize::MAX);
    text_paragraphs(doc).filter(move |p| {
        let t = p.text.as_str();
        p.text.source_end() > from
            && p.text.source_end() <= until
            && !field_or_rule(t)
            && !ctx.vocab.is_chrome(t)
    })
}

/// Longest line of a title printed over several lines.
const MAX_TITLE_LINE_CHARS: usize = 30;

/// Whether a paragraph is a line of a title: short, with no punctuation of a sentence.
fn is_title_line(t: &str) -> bool {
    t.chars().count() <= MAX_TITLE_LINE_CHARS
        && !t.contains(['，', ',', '。', '；', ';', '：', ':', '、'])
}

/// Whether a line holds no sentence and is a label with its value (`发布时间：2016-01-18`,
/// `栏目：部门文件`), a row of such cells (a portal's card flattened, `文 号 | 泰姜政办〔2023〕25号
/// | 时 效 | 有效 |`) or a rule of marks around a label at most (`==== 正文 ====`).
fn field_or_rule(t: &str) -> bool {
    if t.contains(['，', ',', '。', '；']) {
        return false;
    }
    let words = t.chars().filter(|c| is_han(*c)).count();
    t.contains(['：', ':', '|']) || words <= RULE_WORD_CHARS && t.contains(['=', '*', '_'])
}

/// Fewest items whose units a label gives (`（整改责任单位：县司法局）`) that make a text another
/// genre's title names (`…自查情况报告`) a list of work assigned: one or two may be a report's
/// note of who answers for a point.
const MIN_LABELLED_ITEMS: usize = 3;

/// Whether most `tasks`, and at least [`MIN_LABELLED_ITEMS`], name units and give them under
/// a unit label in their paragraph (`1.办事服务在线办理深度：…（整改责任单位：县行政服务中心）`):
/// a self-check report (`remedy_report_words`, the caller's test) listing its problems so
/// shares their remedy out, as a rectification list does.
fn labels_most_units(ctx: &Ctx, doc: &Document, tasks: &[Task]) -> bool {
    let v = ctx.vocab;
    // (each paragraph read once, however many tasks it holds: a text that lost its breaks)
    let mut read: std::collections::HashMap<usize, bool> = std::collections::HashMap::new();
    let labelled = tasks
        .iter()
        .filter(|t| {
            let Some((k, p)) = doc.paragraph_holding(t.span.start) else {
                return false;
            };
            !t.units.is_empty()
                && *read.entry(k).or_insert_with(|| {
                    crate::plan::units::labels(&v.fold(p.text.as_str()), v)
                        .iter()
                        .any(|l| matches!(l.kind, crate::plan::units::LabelKind::Units(_)))
                })
        })
        .count();
    labelled >= MIN_LABELLED_ITEMS && labelled * 2 > tasks.len()
}

/// Whether a paragraph opens with a unit label (`责任单位：市建设局`): a plan's field, which a
/// cover notice's requirements do not print.
fn labels_units(ctx: &Ctx, doc: &Document) -> bool {
    text_paragraphs(doc).any(|p| {
        crate::plan::units::opens_with_unit_label(&ctx.vocab.fold(p.text.as_str()), ctx.vocab)
    })
}

/// The paragraphs (folded) that say they issue a text (`…已经市政府同意，现印发给你们`): a
/// cover notice's own sentences.
fn issuing_sentences<'d>(
    ctx: &'d Ctx,
    doc: &'d Document,
) -> impl Iterator<Item = Cow<'d, str>> + 'd {
    let v = ctx.vocab;
    text_paragraphs(doc)
        .map(move |p| v.fold(p.text.as_str()))
        .filter(move |t| {
            v.genres
                .issuing_words
                .iter()
                .any(|w| t.contains(w.as_str()))
        })
}

/// Whether a paragraph says it issues a text: a cover notice's own sentence.
fn issues_in_body(ctx: &Ctx, doc: &Document) -> bool {
    issuing_sentences(ctx, doc).next().is_some()
}

/// Whether the sentence issuing a document says the notice's own requirements follow it
/// (`…现印发给你们，并就有关要求通知如下：`): the items after it are those requirements, whoever
/// they name.
fn requirements_follow(ctx: &Ctx, doc: &Document) -> bool {
    let intros = &ctx.vocab.genres.requirement_intros;
    issuing_sentences(ctx, doc).any(|t| intros.iter().any(|w| t.contains(w.as_str())))
}

/// Whether a paragraph names `name` in 《》, as the end of the name quoted (`《天门市交通运输
/// 安全生产…任务清单》` for a title's `安全生产…任务清单`).
fn quoted_in_body(ctx: &Ctx, doc: &Document, name: &str) -> bool {
    let v = ctx.vocab;
    let name = normalize(name);
    !name.is_empty()
        && text_paragraphs(doc).any(|p| {
            let t = v.fold(p.text.as_str());
            t.split('《').skip(1).any(|rest| {
                rest.split_once('》')
                    .is_some_and(|(quoted, _)| normalize(quoted).ends_with(name.as_str()))
            })
        })
}

/// The title the document goes by, folded: the plan's own (under a cover notice), else the
/// page's.
fn first_title(meta: &Meta, v: &Vocabulary) -> Option<String> {
    meta.plan_title
        .as_ref()
        .or(meta.title.as_ref())
        .map(|t| v.fold(&t.value).into_owned())
}

/// Whether a notice's title issues the text named `subject`: in 《》 (`关于印发《2022年…实事》的
/// 通知`), or named right after the issuing word (`关于下达2007年度…工作目标任务的通知`).
fn issued_by_title(title: Option<&str>, subject: &str, v: &Vocabulary) -> bool {
    title.is_some_and(|t| {
        v.genres.issuing_titles.iter().any(|w| {
            t.match_indices(w.as_str()).any(|(at, _)| {
                let after = &t[at + w.len()..];
                after.starts_with(subject)
                    || after
                        .find('《')
                        .is_some_and(|open| after[open..].contains(subject))
            })
        })
    })
}

/// Whether a title's words before its progress word name the period reported (`…2024年《政府
/// 工作报告》12月份重点工作分解落实情况`: `progress_periods`): a plan names its year, not a
/// month's part.
fn names_a_period(before: &str, v: &Vocabulary) -> bool {
    v.genres
        .progress_periods
        .iter()
        .any(|w| before.contains(w.as_str()))
}

/// Words opening the date a report runs to (`截至9月底`).
const AS_OF_WORDS: [&str; 2] = ["截至", "截止"];

/// Whether the words after a title's core are a bracket naming the period reported
/// (`(1-11月)`, `（截至9月底）`, `（第三季度）`).
fn reports_a_period(tail: &str, ctx: &Ctx) -> bool {
    let inner = tail
        .trim_matches(crate::document::is_space)
        .trim_start_matches(['（', '('])
        .trim_end_matches(['）', ')']);
    !inner.is_empty()
        && inner.len() < tail.len()
        && (AS_OF_WORDS.iter().any(|w| inner.starts_with(w))
            || !ctx
                .deadlines
                .find(inner, crate::plan::deadlines::Mode::Cell, ctx.year)
                .is_empty())
}

/// Whether an opening sentence makes known the progress of tasks (`现将实事项目1—6月份进展情况
/// 予以公示`): after 现将, a progress word, then a verb of making it known.
fn announces_progress(ctx: &Ctx, doc: &Document, meta: &Meta) -> bool {
    let g = &ctx.vocab.genres;
    opening(ctx, doc, meta).take(INTRO_PARAGRAPHS + 1).any(|p| {
        let t = ctx.vocab.fold(p.text.as_str());
        t.split(['。', '；', ';']).any(|sentence| {
            let Some(at) = sentence.find("现将") else {
                return false;
            };
            let rest = &sentence[at..];
            g.progress_words.iter().any(|w| {
                rest.find(w.as_str()).is_some_and(|i| {
                    let after = &rest[i + w.len()..];
                    g.progress_verbs.iter().any(|v| after.contains(v.as_str()))
                })
            })
        })
    })
}

/// Fewest progress cells filled in that make a table a report of progress: one may be an
/// example the sheet gives (a row reporting by month, `进展情况（7月）` `（10月）`, fills more).
const MIN_FILLED_PROGRESS_CELLS: usize = 2;
/// Fewest characters of a progress cell that report something (`已完成`, `90%` do not count:
/// a plan's sheet may state the share due).
const MIN_PROGRESS_REPORT_CHARS: usize = 10;

/// The header cell of a table in the body that reports progress, if one does: cumulative
/// (`累计完成`, `progress_columns`), or columns for the progress made (`进展情况`,
/// `filled_progress_columns`, traditional characters folded) filled in over most rows, in at
/// least [`MIN_FILLED_PROGRESS_CELLS`] cells.
fn progress_column(ctx: &Ctx, doc: &Document) -> Option<String> {
    let g = &ctx.vocab.genres;
    doc.blocks.iter().find_map(|b| match b {
        Block::Table(t) if t.region == crate::document::Region::Body => {
            let (header, rows) = t.rows.split_first()?;
            let names: Vec<String> = header
                .cells
                .iter()
                .map(|c| {
                    let name: String = c.text.as_str().chars().filter(|&c| !is_space(c)).collect();
                    ctx.vocab.fold(&name).into_owned()
                })
                .collect();
            if let Some(name) = names.iter().find(|n| g.progress_columns.contains(n)) {
                return Some(name.clone());
            }
            let columns: Vec<usize> = (0..names.len())
                .filter(|&k| {
                    g.filled_progress_columns
                        .iter()
                        .any(|w| names[k].contains(w.as_str()))
                })
                .collect();
            let first = *columns.first()?;
            let filled_in = |r: &crate::document::Row, k: usize| {
                r.cells.get(k).is_some_and(|c| {
                    c.text.as_str().chars().filter(|&c| !is_space(c)).count()
                        >= MIN_PROGRESS_REPORT_CHARS
                })
            };
            let cells = rows
                .iter()
                .map(|r| columns.iter().filter(|&&k| filled_in(r, k)).count())
                .sum::<usize>();
            let filled_rows = rows
                .iter()
                .filter(|r| columns.iter().any(|&k| filled_in(r, k)))
                .count();
            (cells >= MIN_FILLED_PROGRESS_CELLS && filled_rows * 2 > rows.len())
                .then(|| names[first].clone())
        }
        _ => None,
    })
}

/// Whether an opening sentence says the text itself is made here (`结合我市实际，制定本方案。`):
/// a page under a notice's title that holds the plan, not the notice alone.
fn made_here(ctx: &Ctx, doc: &Document, meta: &Meta) -> bool {
    let v = ctx.vocab;
    opening(ctx, doc, meta).take(INTRO_PARAGRAPHS + 1).any(|p| {
        let t = v.fold(p.text.as_str());
        // `现就…工作作如下安排。`: the arrangement follows
        let arranged = t.match_indices("作如下").any(|(at, m)| {
            let rest = &t[at + m.len()..];
            let end = rest.find(['。', '：', ':']).unwrap_or(rest.len());
            let word = &rest[..end];
            plan_word(word, v).is_some() || v.genres.plan_weak.iter().any(|w| word == w.as_str())
        });
        // `现提出2019年本区…工作要点安排如下：`: what is set out follows
        let set_out = v.genres.self_naming_verbs.iter().any(|verb| {
            t.match_indices(verb.as_str()).any(|(at, m)| {
                let rest = &t[at + m.len()..];
                let Some(end) = rest.find("如下") else {
                    return false;
                };
                let phrase = &rest[..end];
                // (a plan's word before a shared one: `工作要点安排`, not `工作安排`)
                let core = v
                    .genres
                    .plan_weak
                    .iter()
                    .find_map(|w| phrase.strip_suffix(w.as_str()))
                    .unwrap_or(phrase);
                !phrase.contains(['。', '；', ';'])
                    && phrase.chars().count() <= MAX_SELF_NAME_CHARS
                    && plan_word(core, v).is_some()
            })
        });
        arranged
            || set_out
            || v.genres.self_naming_verbs.iter().any(|verb| {
                t.match_indices(&format!("{verb}本")).any(|(at, m)| {
                    let rest = &t[at + m.len()..];
                    let end = rest
                        .find(['。', '，', '；', '：', ',', ';', ':'])
                        .unwrap_or(rest.len());
                    rest[..end].chars().count() <= MAX_SELF_NAME_CHARS
                        && plan_word(&rest[..end], v).is_some()
                })
            })
    })
}

/// The document a cover notice's sentence issues: the name in 《》 of a sentence that says it
/// is issued (`《2023年市〈政府工作报告〉确定的主要目标任务责任分解方案》已经市人民政府同意，
/// 现印发给你们`).
fn issued_in(paragraph: &str, v: &Vocabulary) -> Option<String> {
    issued_name_at(paragraph, v).map(|r| normalize(&paragraph[r]))
}

/// Where in a paragraph the name of the plan it issues stands (see `issued_in`), as a byte
/// range of the paragraph: a page that lost its title still names its plan's years there
/// (`现将《…三年行动（2025—2027年）重点任务分工方案》转发给你们`).
pub(crate) fn issued_name_at(paragraph: &str, v: &Vocabulary) -> Option<std::ops::Range<usize>> {
    issued_at(paragraph, v, |name| plan_word(name, v).is_some())
}

/// The document of another kind a cover notice's sentence issues (`局制定了《扫黑除恶线索排查
/// 制度》等四项制度，现印发给你们`): standing rules, a catalogue, a report — what follows is it.
fn issued_other_in(paragraph: &str, v: &Vocabulary) -> Option<String> {
    issued_at(paragraph, v, |name| {
        other_word(name, v).is_some() || rules_word(name, v).is_some()
    })
    .map(|r| normalize(&paragraph[r]))
}

/// Where the name in 《》 of what a sentence issues stands, when `kind` takes it.
fn issued_at(
    paragraph: &str,
    v: &Vocabulary,
    kind: impl Fn(&str) -> bool,
) -> Option<std::ops::Range<usize>> {
    let mut from = 0;
    paragraph.split_inclusive('。').find_map(|sentence| {
        let base = from;
        from += sentence.len();
        let at = v
            .genres
            .issuing_words
            .iter()
            .filter_map(|w| sentence.find(w.as_str()))
            .min()?;
        // the name issued is the last before the words that issue it (`为落实《食品安全法》…
        // 编制形成了《…责任清单》，现印发给你们`), else the first
        let open = sentence[..at].rfind('《').or_else(|| sentence.find('《'))? + '《'.len_utf8();
        let close = open + sentence[open..].find('》')?;
        let name = normalize(&sentence[open..close]);
        (name.chars().count() <= MAX_SELF_NAME_CHARS && kind(&name))
            .then_some(base + open..base + close)
    })
}

/// The plan an untitled page's opening issues by name without carrying it (`…组织拟定了《X》，
/// 现印发给你们，并就有关要求通知如下：`): no paragraph opens with X and none labels units, so
/// what follows are the notice's own requirements.
fn issued_elsewhere(ctx: &Ctx, doc: &Document, meta: &Meta, subjects: &Subjects) -> Option<String> {
    let v = ctx.vocab;
    let (issued, follows) = opening(ctx, doc, meta)
        .take(INTRO_PARAGRAPHS)
        .find_map(|p| {
            let t = v.fold(p.text.as_str());
            let follows = v
                .genres
                .follows_words
                .iter()
                .any(|w| t.contains(w.as_str()));
            issued_in(&t, v).map(|issued| (issued, follows))
        })?;
    // (`…《…工作要点》全文如下：` carries it, its title not printed again)
    if follows {
        return None;
    }
    let named = subjects
        .named_in_text
        .as_ref()
        .is_some_and(|n| n.trim_matches(['《', '》']) == issued);
    (named && !carries(ctx, doc, &issued) && !labels_units(ctx, doc)).then_some(issued)
}

/// The subjects of a document's titles, and, when they name no kind of text, the name its
/// opening sentences give it.
struct Subjects {
    of_titles: Vec<String>,
    named_in_text: Option<String>,
}

impl Subjects {
    fn read(ctx: &Ctx, meta: &Meta, doc: &Document) -> Subjects {
        let v = ctx.vocab;
        let of_titles: Vec<String> = [&meta.plan_title, &meta.title]
            .into_iter()
            .flatten()
            .map(|t| subject(&v.fold(&t.value), v))
            .collect();
        // (a file's name, `…工作总结.doc` on a document-sharing site, is the uploader's word for
        // the text: what the text calls itself, `特制定…工作方案`, may still say it is a plan)
        let file_named = [&meta.plan_title, &meta.title]
            .into_iter()
            .flatten()
            .any(|t| v.names_file(&t.value));
        let decided = of_titles
            .iter()
            .any(|s| plan_word(s, v).is_some() || !file_named && other_word(s, v).is_some());
        let named_in_text = if decided {
            None
        } else {
            named_in_intro(ctx, doc, meta)
        };
        Subjects {
            of_titles,
            named_in_text,
        }
    }

    fn all(&self) -> impl Iterator<Item = &String> {
        self.of_titles.iter().chain(&self.named_in_text)
    }
}

/// What the titles alone say (or, failing them, the name the text gives itself): a plan
/// (`Some(true)`), another kind of text (`Some(false)`), or nothing either way.
pub(crate) fn by_title(ctx: &Ctx, meta: &Meta, doc: &Document) -> Option<bool> {
    let v = ctx.vocab;
    let subjects = Subjects::read(ctx, meta, doc);
    if subjects.all().any(|s| plan_word(s, v).is_some()) {
        return Some(true);
    }
    // a word that ends plans and other texts alike, in a name a notice's title issues
    let title = first_title(meta, v);
    let issued_weak = subjects.all().any(|s| {
        ends_with_word(s, &v.genres.title_tails, v.genres.plan_weak.iter()).is_some()
            && issued_by_title(title.as_deref(), s, v)
    });
    if issued_weak {
        return Some(true);
    }
    let other = subjects.all().any(|s| other_word(s, v).is_some());
    other.then_some(false)
}

/// Whether a title (or the name the text gives itself) ends in a word plans share with other
/// texts (`安排`, `工作目标`): only its tasks can say it is a plan.
/// A news headline's title (`…推进会部署全年工作目标`, `我区明确2025年民生实事目标任务`) reports
/// a plan's word too, and is not a plan's.
pub(crate) fn weak_plan_title(ctx: &Ctx, meta: &Meta, doc: &Document) -> bool {
    let v = ctx.vocab;
    Subjects::read(ctx, meta, doc).all().any(|s| {
        ends_with_word(s, &v.genres.title_tails, v.genres.plan_weak.iter()).is_some_and(|w| {
            let before = s.rfind(w.as_str()).map_or(s.as_str(), |at| &s[..at]);
            !v.genres
                .headline_verbs
                .iter()
                .any(|h| before.contains(h.as_str()))
        })
    })
}

/// Fewest numbered work items that make a document with no title to go by a plan: a notice's
/// few requirements (一、强化责任落实 … 四、严格督查考核) are not a plan.
const MIN_UNTITLED_WORK_ITEMS: usize = 5;
/// Fewest items of a shorter list that still reads as a plan when every one of them opens with
/// a work verb and none reports work done: a page cut from a plan's middle (⑴强化招商意识。…
/// ⑵抢抓合作机遇。… ⑶优化营商环境。…). Two items say too little.
const MIN_UNTITLED_FRAGMENT_ITEMS: usize = 3;
/// How far into a work item its verb may stand: after the number (建立…) or after a short
/// subject (河长办开展…, 各级财政落实…).
const WORK_VERB_REACH_CHARS: usize = 8;
/// A list of work reads as a plan when at least one in this many items opens with a verb of
/// work; the others may be bare objects (河道治理, 黑臭水体治理).
const WORK_VERB_SHARE_INVERSE: usize = 2;

/// A part of the text (`第二部分 主动公开基本目录`) whose title names a kind of text other
/// than a plan, with what that kind is: the title and the kind.
fn part_of_other_genre(ctx: &Ctx, sections: &[Section]) -> Option<(String, String)> {
    let v = ctx.vocab;
    sections
        .iter()
        .filter(|s| s.style == Some(NumberStyle::Part))
        .find_map(|s| {
            let word = other_word(&v.fold(&s.title), v)?;
            Some((s.title.clone(), kind_of_word(word, v).to_owned()))
        })
}

/// Whether a heading over other items reports work done (`一、政府信息公开总体工作情况`) — a
/// leaf may well end in 情况 (取缔…“十小”企业情况).
fn reports_work_done(ctx: &Ctx, sections: &[Section]) -> bool {
    let v = ctx.vocab;
    sections.iter().any(|s| {
        let heads = sections.iter().any(|c| c.parent == Some(s.index));
        let title = v.fold(s.title.trim_end_matches(['。', '；', '：', ':', ';']));
        // (…or says in its words that work was done: `一、今年以来，…较好地完成了…工作`)
        heads
            && (v
                .genres
                .report_headings
                .iter()
                .any(|w| title.ends_with(w.as_str()))
                || v.genres.reports_done(&title))
    })
}

/// Words joining a summary to the plan after it in one title (`工作总结和2017年工作要点`,
/// `…总结暨2022年工作计划`, `…总结及下半年工作思路`).
const SUMMARY_JOINERS: [char; 5] = ['和', '及', '暨', '与', '、'];

/// Whether a title joins a summary of work done to a plan after it (`2016年绍兴市卫生计生
/// 工作总结和2017年…工作要点`): a `done_titles` word, a joiner, then the plan.
fn summary_before_plan(title: &str, v: &Vocabulary) -> bool {
    let t = v.fold(title);
    v.genres.done_titles.iter().any(|w| {
        t.match_indices(w.as_str()).any(|(at, m)| {
            t[at + m.len()..]
                .trim_start_matches(is_space)
                .starts_with(SUMMARY_JOINERS)
        })
    })
}

/// Whether a heading names the plan's part of a summary-and-plan text (`二、2022年工作计划`,
/// `三、下半年工作思路`): a plan's word, and no word of a report (`2021年重点工作完成情况`).
fn names_plan_part(sections: &[Section], v: &Vocabulary) -> bool {
    sections.iter().any(|s| {
        let t = v.fold(&s.title);
        v.genres.plan.iter().any(|w| t.contains(w.as_str()))
            && !v
                .genres
                .report_headings
                .iter()
                .chain(&v.genres.done_titles)
                .any(|w| t.contains(w.as_str()))
    })
}

/// Whether a heading opens as a policy interpretation's do (`一、起草背景`): the text explains a
/// plan made elsewhere, however its points read.
fn interprets_a_plan(ctx: &Ctx, sections: &[Section]) -> bool {
    let v = ctx.vocab;
    sections
        .iter()
        .any(|s| opens_as_interpretation(&v.fold(&s.title), v))
}

/// Whether a heading's title (its number left out, folded) opens with an interpretation's
/// heading word (`起草背景`, `决策依据`: `interpretation_headings`).
fn opens_as_interpretation(title: &str, v: &Vocabulary) -> bool {
    v.genres.interpretation_headings.iter().any(|w| {
        // (or after the plan's word it explains: `一、清单制定背景`, `方案起草说明`)
        title.starts_with(w.as_str())
            || title.find(w.as_str()).is_some_and(|at| {
                v.genres
                    .plan
                    .iter()
                    .any(|g| title[..at].trim_matches(is_space) == g.as_str())
            })
    })
}

/// Fewest items of a work notice that give their work to units by their sentences' subjects
/// (`全县中小学校要…`, `县政府各单位要成立…`): one may be a notice's aside.
const MIN_PROSE_ASSIGNED_ITEMS: usize = 2;

/// Whether a title opens or ends as a notice's does (`关于做好…工作`, `XX县关于做好…工作`,
/// `…防汛工作通知`: `notice_title_openings`, after nothing or after the issuer's name;
/// `notice_title_endings`): naming no kind of text, it may title a work notice — a news item's or
/// a speech's does not.
pub(crate) fn titled_as_notice(ctx: &Ctx, title: &str) -> bool {
    let g = &ctx.vocab.genres;
    let title = ctx.vocab.fold(title);
    let opens = g.notice_title_openings.iter().any(|w| {
        title
            .find(w.as_str())
            .is_some_and(|i| i == 0 || issuer_name(&title[..i], ctx.vocab))
    });
    // (a news headline ends so when it reports a meeting on the notice: `镇党委召开会议传达
    // 学习县委5月份工作提示`)
    let ends = g
        .notice_title_endings
        .iter()
        .any(|w| title.ends_with(w.as_str()))
        && !g.headline_verbs.iter().any(|w| title.contains(w.as_str()));
    opens || ends
}

/// A notice's subject: its title, folded and without a site's tail, before the notice's ending
/// (`notice_title_endings`, maybe followed by a bracketed document number), a manner of sending
/// it (`紧急`, `补充`) and 的 (`关于召开全县防汛工作会议`); none when the title does not end as a
/// notice's.
fn notice_subject(ctx: &Ctx, title: &str) -> Option<String> {
    let v = ctx.vocab;
    let folded = v.fold(title);
    let title = without_page_tail(&folded, v);
    // (an ending closing the title or followed by a bracketed document number:
    // `…的通知(县教发[2024]35号)`)
    let subject = v.genres.notice_title_endings.iter().find_map(|w| {
        let at = title.rfind(w.as_str())?;
        let after = title[at + w.len()..].trim_start_matches(is_space);
        (after.is_empty() || after.starts_with(['（', '(', '[', '【', '［'])).then(|| &title[..at])
    })?;
    // (`…的补充通知`, `…的紧急通知`)
    let subject = NOTICE_MANNERS
        .iter()
        .find_map(|m| subject.strip_suffix(m))
        .unwrap_or(subject);
    Some(subject.strip_suffix('的').unwrap_or(subject).to_owned())
}

/// Words a notice's ending may carry before 通知 saying how it is sent, not what it is about.
const NOTICE_MANNERS: [&str; 4] = ["补充", "紧急", "预备", "重要"];

/// Whether a notice's title says it hands down tasks (`关于进一步落实林长制工作任务的通知`):
/// its subject, before the notice's ending and 的, ends in one of `task_notice_objects`.
pub(crate) fn titled_as_task_notice(ctx: &Ctx, title: &str) -> bool {
    let g = &ctx.vocab.genres;
    let Some(subject) = notice_subject(ctx, title) else {
        return false;
    };
    g.task_notice_objects
        .iter()
        .any(|w| subject.ends_with(w.as_str()))
}

/// Fewest items of work (its requirements, 加强组织领导, left out) that make a notice giving out
/// work a plan: two matters are an errand, and a requirements notice's lone item of work among
/// its exhortations is no division of work.
const MIN_WORK_NOTICE_ITEMS: usize = 3;
/// …and under a part heading the notice's tasks (`三、主要任务`): the heading says its items are
/// the work given out, so two are enough (a page cut after them).
const MIN_TASK_PART_NOTICE_ITEMS: usize = 2;

/// Longest heading that may be a field's label (`报送时间`, `参训人员`, `活动主要内容`): a
/// label names its field in a word or two, an item of work says what is done.
const MAX_FIELD_LABEL_CHARS: usize = 6;

/// Whether a notice (`title`) gives out work in its items (`tasks`, read in prose): it says its
/// matters follow (`work_notice_intros`), not its requirements (`requirement_notice_intros`),
/// issues or forwards no text, its subject is no event's or errand's ([`arranges_an_event`]),
/// and at least [`MIN_WORK_NOTICE_ITEMS`] items besides its requirements
/// (`requirement_heading_words`: `提高思想认识`) are work ([`reads_as_work_list`]), no item an
/// arrangement's field (`报送时间`) or a return to send (`报送…`), more than half of the items
/// of work naming who does them, if only as the addressees (`各相关单位要…`; a role's name,
/// `各承办单位`, only where the notice is addressed to it).
pub(crate) fn reads_as_work_notice(
    ctx: &Ctx,
    doc: &Document,
    title: &str,
    addressees: &[Located<String>],
    sections: &[Section],
    tasks: &[Task],
) -> bool {
    let v = ctx.vocab;
    let g = &v.genres;
    if arranges_an_event(ctx, title) {
        return false;
    }
    let paragraphs: Vec<Cow<str>> = text_paragraphs(doc)
        .map(|p| v.fold(p.text.as_str()))
        .collect();
    let says = |words: &[String]| {
        paragraphs
            .iter()
            .any(|p| words.iter().any(|w| p.contains(w.as_str())))
    };
    // (…not its requirements, `现将有关要求通知如下`, nor those of a text it issues or forwards,
    // `现印发给你们`, `转发你们`)
    if !says(&g.work_notice_intros)
        || says(&g.requirement_notice_intros)
        || says(&g.issuing_words)
        || says(&g.forwarding_words)
    {
        return false;
    }
    // (each item's first sentence, its closing stop or colon left out)
    let headings: Vec<String> = tasks
        .iter()
        .map(|t| {
            let first = t
                .title
                .as_ref()
                .map_or(t.text.value.as_str(), |l| l.value.as_str());
            v.fold(first)
                .trim_matches(|c: char| is_space(c) || matches!(c, '。' | '：' | ':' | '；'))
                .to_owned()
        })
        .collect();
    // (its requirements, `提高思想认识`, `严明工作纪律`, are no work)
    let work: Vec<&Task> = tasks
        .iter()
        .zip(&headings)
        .filter(|(_, h)| {
            let head: String = h.chars().take(SAFEGUARD_HEAD_CHARS).collect();
            !g.requirement_heading_words
                .iter()
                .any(|w| head.contains(w.as_str()))
        })
        .map(|(t, _)| t)
        .collect();
    // (a notice with a part heading its tasks, `三、主要任务`, divides work whoever its items
    // name: its addressees do it)
    let task_part = sections.iter().any(|s| {
        s.style.is_some()
            && g.task_part_openings
                .iter()
                .any(|w| v.fold(s.title.trim_end_matches(['：', ':', '。'])) == w.as_str())
    });
    let fewest = if task_part {
        MIN_TASK_PART_NOTICE_ITEMS
    } else {
        MIN_WORK_NOTICE_ITEMS
    };
    if work.len() < fewest {
        return false;
    }
    let arrangement = tasks.iter().zip(&headings).any(|(t, h)| {
        // (a label run into its value, `二、举办时间：2024年6月20日`)
        let h = h
            .split_once(['：', ':'])
            .filter(|(label, _)| label.chars().count() <= MAX_FIELD_LABEL_CHARS)
            .map_or(h.as_str(), |(label, _)| label);
        let field = h.chars().count() <= MAX_FIELD_LABEL_CHARS
            && g.field_label_nouns.iter().any(|w| h.ends_with(w.as_str()));
        field
            || g.request_words.iter().any(|w| h.starts_with(w.as_str()))
            // (…or a list of what to act on, `1.学校周边自建房`, under a heading that is, its
            // time theirs)
            || t.units.is_empty() && !opens_with_work(v, t)
    });
    // (a role's name, `各责任单位要…`, asks whoever a table attached elsewhere names: no one —
    // unless the notice is addressed to it, `各承办单位：`, whose heads know who they are)
    let labels = &v.unit_labels;
    let role = |name: &str| {
        labels
            .lead
            .iter()
            .chain(&labels.responsible)
            .chain(&labels.cooperating)
            .any(|l| name.contains(l.as_str()))
            && !addressees.iter().any(|a| v.fold(&a.value) == name)
    };
    let named = work
        .iter()
        .filter(|t| t.units.iter().any(|u| !role(&v.fold(&u.name))))
        .count();
    // (under a task part a list cut short still reads as one: every item work, none reported
    // done)
    let listed = reads_as_work_list(ctx, sections, tasks)
        || task_part
            && !reports_work_done(ctx, sections)
            && tasks.iter().all(|t| item_reads_as_work(v, t));
    !arrangement && (task_part || named * 2 > work.len()) && listed
}

/// Whether a notice's title arranges an event or asks for a return: its subject ends in one,
/// maybe before a tail such as 工作 (`关于召开…推进会的通知`, `关于做好…报送工作的通知`:
/// `event_notice_subjects`, `event_subject_tails`), or opens with an event's verb after 关于 and
/// 做好 (`关于报送…工作总结的通知`: `event_notice_verbs`). Its items are arrangements, whatever
/// verbs they open with and whoever they name.
fn arranges_an_event(ctx: &Ctx, title: &str) -> bool {
    let g = &ctx.vocab.genres;
    let Some(subject) = notice_subject(ctx, title) else {
        return false;
    };
    let ending = g
        .event_subject_tails
        .iter()
        .find_map(|w| subject.strip_suffix(w.as_str()))
        .unwrap_or(&subject);
    // (the subject after 关于 and a leading 做好: `报送2024年上半年工作总结`)
    let opening = subject
        .rsplit_once("关于")
        .map_or(subject.as_str(), |(_, s)| s);
    let opening = EVENT_VERB_LEADS
        .iter()
        .find_map(|l| opening.strip_prefix(l))
        .unwrap_or(opening);
    g.event_notice_subjects
        .iter()
        .any(|w| ending.ends_with(w.as_str()))
        || g.event_notice_verbs
            .iter()
            .any(|w| opening.starts_with(w.as_str()))
}

/// Words a notice's subject may open with before the event's verb (`关于认真做好报送…`).
const EVENT_VERB_LEADS: [&str; 4] = ["认真做好", "切实做好", "进一步做好", "做好"];

/// Longest issuer's name before a notice title's 关于 (`XX县人民政府办公室关于…`).
const MAX_ISSUER_CHARS: usize = 20;

/// Shortest place's name before a notice title's 关于 (`平江县`): `全市`, `本县` are a news
/// item's words for everyone.
const MIN_PLACE_CHARS: usize = 3;

/// Whether a title's opening names who issues it: an organ (`县教育局`) or a place
/// (`平江县`, ending in one of `admin_prefixes`, not `全市`).
fn issuer_name(s: &str, vocab: &Vocabulary) -> bool {
    let place = s.chars().count() >= MIN_PLACE_CHARS
        && !s.starts_with(['全', '本', '我', '各'])
        && s.chars()
            .next_back()
            .is_some_and(|c| vocab.admin_prefixes.contains(&c));
    s.chars().count() <= MAX_ISSUER_CHARS
        && (place || crate::plan::units::looks_like_name(s, vocab))
}

/// Whether a document whose title names no kind of text and opens or ends as a notice's
/// ([`titled_as_notice`]) is a work notice, a plan in prose: it addresses no audience as a speech does (`speech_openings`), and read so, at least [`MIN_PROSE_ASSIGNED_ITEMS`] of
/// its items, and more than half, name the units that do the work, no item or heading reports it
/// done, and it states no body's standing duties, articles or a report's headings.
pub(crate) fn assigned_in_prose(
    ctx: &Ctx,
    doc: &Document,
    sections: &[Section],
    tasks: &[Task],
) -> Option<WorkList> {
    let v = ctx.vocab;
    // (a speech addresses its audience: `同志们：`)
    let speech = is_speech(ctx, doc);
    // (units that name someone: `各责任单位要…`, `有关部门要…` ask whoever the work falls to,
    // as a notice's requirements do)
    let assigned = tasks
        .iter()
        .filter(|t| t.units.iter().any(|u| u.kind != UnitKind::Vague))
        .count();
    // (…and items naming only such names count neither way)
    let named_vaguely = tasks
        .iter()
        .filter(|t| !t.units.is_empty() && t.units.iter().all(|u| u.kind == UnitKind::Vague))
        .count();
    // (in an item or a heading: `一、区水务局已完成河道清淤20公里` may name no unit; a goal,
    // `确保…顺利开展`, is none)
    let reported = tasks
        .iter()
        .map(|t| v.fold(&t.text.value))
        .chain(sections.iter().map(|s| v.fold(&s.title)))
        .any(|text| v.genres.reports_done_besides_goals(&text));
    let enough = assigned >= MIN_PROSE_ASSIGNED_ITEMS && assigned * 2 > tasks.len() - named_vaguely;
    let articles = sections
        .iter()
        .any(|s| s.style == Some(NumberStyle::Article));
    (!speech
        && enough
        && !reported
        && !articles
        && !reports_work_done(ctx, sections)
        && !interprets_a_plan(ctx, sections)
        && !introduces_mandate(ctx, doc))
    .then_some(WorkList::AssignedInProse { assigned })
}

/// Whether an item read in prose reads as work to do: it names who does it, when it is due, or
/// opens with a verb of work ([`opens_with_work`]).
fn item_reads_as_work(v: &Vocabulary, t: &Task) -> bool {
    // a subject that reads as a unit (秘书科要将…) names who does the work
    if !t.units.is_empty() {
        return true;
    }
    // an item scheduled for a time (`二月份：` `1、稳定幼儿情绪`) is work to do then
    !t.deadlines.is_empty() || opens_with_work(v, t)
}

/// Whether an item opens with a verb of work (`建立…`, `2020年11月底前，编制…`, `一是加快…`).
fn opens_with_work(v: &Vocabulary, t: &Task) -> bool {
    let text = v.fold(&t.text.value);
    // a time the item opens with (2020年11月底前，编制…) is not its first word
    let text = text
        .trim_start_matches(|c: char| c.is_ascii_digit() || "年月日底前初中旬内，,、 ".contains(c));
    // …nor is the 一是 of a sub-item split off its topic
    let text = crate::plan::text::after_sub_item_word(text).unwrap_or(text);
    let opening: String = text.chars().take(WORK_VERB_REACH_CHARS).collect();
    v.genres.holds_work_verb(&opening)
}

/// Whether the tasks a document with no title gives, read as a plan in prose, are work to do:
/// enough numbered items, most naming who does them, when they are due or opening with a verb
/// of work, and among the `sections` of the plain reading no articles (第X条) and no heading
/// over other items that reports what was done (总体工作情况, 主要做法和工作成效) — statutes
/// and reports list work too.
pub(crate) fn reads_as_work_list(ctx: &Ctx, sections: &[Section], tasks: &[Task]) -> bool {
    let v = ctx.vocab;
    if tasks.len() < MIN_UNTITLED_FRAGMENT_ITEMS
        || sections
            .iter()
            .any(|s| s.style == Some(NumberStyle::Article))
    {
        return false;
    }
    if reports_work_done(ctx, sections) || interprets_a_plan(ctx, sections) {
        return false;
    }
    let with_verb = tasks.iter().filter(|t| item_reads_as_work(v, t)).count();
    if tasks.len() >= MIN_UNTITLED_WORK_ITEMS {
        return with_verb * WORK_VERB_SHARE_INVERSE >= tasks.len();
    }
    // a short list: all work, none of it reported done, none of it a notice's requirement
    // (加强组织领导, 严格工作纪律)
    let texts: Vec<_> = tasks.iter().map(|t| v.fold(&t.text.value)).collect();
    // (a news report's points tell with 了 what was done, once is enough in so short a list:
    // `指导各村制定了…方案`)
    let reported = texts
        .iter()
        .any(|text| v.genres.reports_done(text) || v.genres.perfective_marks(text) > 0);
    let required = texts
        .iter()
        .filter(|text| {
            let head: String = text.chars().take(SAFEGUARD_HEAD_CHARS).collect();
            v.safeguard_headings
                .iter()
                .any(|w| head.contains(w.as_str()))
        })
        .count();
    // (one requirement among four or more items of work is a work list's own first step:
    // `1.加强组织领导和保障。` before `2.强化检查督办工作。` …)
    let requirements_allowed = usize::from(tasks.len() >= MIN_LIST_WITH_A_REQUIREMENT);
    with_verb == tasks.len() && !reported && required <= requirements_allowed
}

/// Fewest items of a short untitled list that may hold one requirement (加强组织领导) and still
/// be work: in three, one such item is a notice's list as often.
const MIN_LIST_WITH_A_REQUIREMENT: usize = 4;

/// How far into an item a safeguard word (组织领导) makes it a requirement (加强组织领导。…).
const SAFEGUARD_HEAD_CHARS: usize = 12;

/// The words by which the text before a document's first numbered paragraph says that the
/// year's tasks follow (`2011年我市社会治安综合治理工作的主要任务是：…`,
/// `main_task_statements`): the body of a 工作要点 that lost its title.
pub(crate) fn states_main_tasks(ctx: &Ctx, doc: &Document) -> Option<String> {
    let v = ctx.vocab;
    // (a speech says so of its meeting: `各位委员、同志们：这次会议的主要任务是：…`)
    if addresses_audience(ctx, doc) {
        return None;
    }
    let mut intro = text_paragraphs(doc)
        .map(|p| p.text.as_str().trim())
        .take_while(|p| ctx.numbering.at_start(p).is_none());
    intro.find_map(|p| {
        let p = v.fold(p);
        v.genres
            .main_task_statements
            .iter()
            .find(|w| p.contains(w.as_str()))
            .cloned()
    })
}

/// Longest words before a numbered item's colon read as the unit it is given to
/// (`（一）县委宣传部：`): a name, not a sentence.
const MAX_UNIT_HEAD_CHARS: usize = 20;

/// Whether the sentence right before a numbered paragraph, or a numbered heading over items,
/// introduces a body's standing duties (`…主要工作职责是：`, `基本职能有5项：`, `二、…履行以下职责`):
/// the items are a mandate, not work planned (a plan's `职责分工如下：` divides its work, and
/// names the units).
pub(crate) fn introduces_mandate(ctx: &Ctx, doc: &Document) -> bool {
    let v = ctx.vocab;
    let paragraphs: Vec<&str> = text_paragraphs(doc)
        .map(|p| p.text.as_str().trim())
        .collect();
    let names_duties = |head: &str| {
        // (`…职责是：`, `主要职能如下：`, `基本职能有5项：` — not `切实履行监管职责，重点抓好
        // 以下工作：`)
        let mut last = before_count(head.trim_end(), '项');
        for tail in ["主要有", "包括", "如下", "是", "为", "有"] {
            last = last.strip_suffix(tail).unwrap_or(last);
        }
        v.genres
            .mandate_words
            .iter()
            .any(|w| last.ends_with(w.as_str()))
    };
    // the paragraph right before a numbered one ends by introducing them (`…主要职责是：`), also
    // after a heading of the page's own (`第二节 职责分工` then `…基本职能有5项：` then `一、…`)
    // (…not a plan's `各成员单位职责如下：` over `（一）县委宣传部：负责…`: its items open with
    // the units it shares the work out to)
    let opens_with_unit = |item: &str| {
        ctx.numbering.at_start(item).is_some_and(|mark| {
            let rest = v.fold(&item[mark.len..]);
            let head = rest.split(['：', ':']).next().unwrap_or("").trim();
            head.chars().count() <= MAX_UNIT_HEAD_CHARS
                && crate::plan::units::looks_like_units(head, v)
        })
    };
    let over_list = |pair: &[&str]| {
        pair[0].contains(['职', '職'])
            && ctx.numbering.at_start(pair[1]).is_some()
            && !opens_with_unit(pair[1])
            && v.fold(pair[0])
                .strip_suffix(['：', ':'])
                .is_some_and(|head| {
                    names_duties(head.rsplit(['。', '；', ';']).next().unwrap_or(""))
                })
    };
    if paragraphs.windows(2).any(over_list) {
        return true;
    }
    // …or a numbered heading over the items says they are its holder's standing duties
    // (`二、县级河湖长主要履行以下职责` over `（一）审定…` `（二）组织研究…`, or a budget
    // disclosure's `（一）主要职责` over `1.贯彻落实…`): not `二、明确部门职责`, whose items divide
    // a plan's work among its units
    paragraphs.windows(2).any(|pair| {
        // (most paragraphs are ruled out unfolded: 以下 is written alike in both scripts, and
        // a duty's 职 or 责 in either)
        let below = pair[0].contains("以下");
        if !below && !pair[0].contains(['职', '職', '责', '責']) {
            return false;
        }
        let Some(mark) = ctx.numbering.at_start(pair[0]) else {
            return false;
        };
        if ctx.numbering.at_start(pair[1]).is_none() {
            return false;
        }
        let head = v.fold(&pair[0][mark.len..]);
        let head = head.trim_matches(is_space).trim_end_matches(['：', ':']);
        v.genres.mandate_headings.iter().any(|w| head == w.as_str())
            || below
                && v.genres.mandate_words.iter().any(|w| {
                    head.strip_suffix(w.as_str())
                        .is_some_and(|before| before.ends_with("以下"))
                })
    })
}

/// The name a notice's title issues (`关于印发《X方案》的通知` → X方案, or without the marks:
/// `关于印发X的通知` → X, marks inside it kept: `关于印发2019年区《政府工作报告》确定的…方案的
/// 通知`), normalized.
pub(crate) fn issued_name(title: &str) -> Option<String> {
    let issuing_end = ["印发", "转发"]
        .iter()
        .filter_map(|w| title.rfind(w).map(|i| i + w.len()))
        .max();
    // the marks hold the name when they open it, right after the issuing word
    let marked = title.find('《').filter(|&at| {
        issuing_end.is_none_or(|end| end > at || title[end..at].trim_matches(is_space).is_empty())
    });
    let name = match marked {
        Some(at) => {
            let open = at + '《'.len_utf8();
            let close = open + title[open..].rfind('》')?;
            &title[open..close]
        }
        None => title[issuing_end?..]
            .trim_end_matches(is_space)
            .strip_suffix("的通知")?,
    };
    let name = normalize(name);
    (!name.is_empty()).then_some(name)
}

/// Lines an issued text's title may be printed over (`以控制成本为核心优化营商环境的若干` /
/// `具体落实措施`): a long title breaks once or twice, never more.
const MAX_TITLE_LINES: usize = 3;

/// Whether a paragraph of the document after its first opens with `name`, or is `name` after an
/// issuer's name: the issued text's own title, so the text is there. The title may be broken over a few lines, each a part of
/// it.
fn carries(ctx: &Ctx, doc: &Document, name: &str) -> bool {
    let paragraphs: Vec<String> = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(p) => Some(normalize(&ctx.vocab.fold(p.text.as_str()))),
            _ => None,
        })
        .skip(1)
        .collect();
    (0..paragraphs.len()).any(|k| {
        // (or its title with the issuer's name before it, which the notice's title gave before
        // 关于印发: `XX局开展互联网广告专项整治工作方案`)
        if paragraphs[k].starts_with(name)
            || paragraphs[k]
                .strip_suffix(name)
                .is_some_and(|issuer| !issuer.is_empty() && issuer_name(issuer, ctx.vocab))
        {
            return true;
        }
        // (lines of a broken title hold the title alone: a sentence opening with the name,
        // wrapped, goes on past it)
        let mut joined = String::new();
        for line in paragraphs[k..].iter().take(MAX_TITLE_LINES) {
            joined.push_str(line);
            if joined == name {
                return true;
            }
            if line.is_empty() || !name.starts_with(joined.as_str()) {
                return false;
            }
        }
        false
    })
}

/// Whether some row of the document's tables names a unit or a time limit: a task table's do,
/// a form's cells (姓名 | 出生日期 | 证书) never.
fn table_rows_assign(tasks: &[Task]) -> bool {
    tasks
        .iter()
        .any(|t| !t.fields.is_empty() && (!t.units.is_empty() || !t.deadlines.is_empty()))
}

/// Fewest items opening with a leader's post that make a division of the leaders' portfolios:
/// a plan may name one leader over a task or two.
const MIN_LEADER_ITEMS: usize = 3;

/// Longest opening before a colon that is a leader's posts and name
/// (`党工委副书记、管委会主任许维泽`).
const MAX_LEADER_HEAD_CHARS: usize = 30;

/// A task's opening before a colon when it is a leader's posts and name
/// (`管委会副主任梁秦龙：负责指导…`, `leader_posts`).
fn leader_opening<'t>(text: &'t str, v: &Vocabulary) -> Option<&'t str> {
    // (only the opening is looked at: the colon stands within the longest posts and name)
    let colon = text
        .char_indices()
        .take(MAX_LEADER_HEAD_CHARS + 1)
        .find(|&(_, c)| matches!(c, '：' | ':'))
        .map(|(i, _)| i)?;
    let head = text[..colon].trim_matches(is_space);
    let folded = v.fold(head);
    (!folded.contains(['，', '。', '；'])
        && v.genres
            .leader_posts
            .iter()
            .any(|w| folded.contains(w.as_str())))
    .then_some(head)
}

/// Why a document with no title, or one naming no kind of text, that assigns nothing in
/// clauses was read as a plan in prose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum WorkList {
    /// It was not.
    No,
    /// Its numbered items are work to do ([`reads_as_work_list`]).
    Items,
    /// It opens as plans open, with the heading given ([`plan_opening`]).
    OpensAsPlan(String),
    /// Its title names no kind of text, and this many of its items name the units that do
    /// them ([`assigned_in_prose`]).
    AssignedInProse { assigned: usize },
    /// It is a notice handing down tasks ([`titled_as_task_notice`]) whose numbered items are
    /// work to do ([`reads_as_work_list`]).
    TaskNotice,
    /// It is a notice giving out the work its items list ([`reads_as_work_notice`]).
    WorkNotice,
}

impl WorkList {
    /// Why the document is a plan, for its `tasks` tasks.
    fn reason(&self, tasks: usize) -> String {
        match self {
            WorkList::OpensAsPlan(heading) => {
                format!("没有标题，以“{heading}”开篇，是工作方案的写法，正文{tasks}项是要做的工作")
            }
            WorkList::AssignedInProse { assigned } => {
                format!("标题未写明是工作方案，正文{tasks}项工作中{assigned}项写明了由哪些单位落实，是工作安排")
            }
            WorkList::TaskNotice => {
                format!("标题写明是下达工作任务的通知，正文{tasks}项编号条目是要做的工作")
            }
            WorkList::WorkNotice => {
                format!("是部署工作的通知，正文{tasks}项编号条目是交各单位落实的工作")
            }
            WorkList::Items | WorkList::No => {
                format!("没有标题，正文{tasks}项编号条目是要做的工作")
            }
        }
    }
}

/// The heading a document's first numbered section opens with when it is one plans open with
/// (`一、指导思想`, `一、总体要求`: `plan_openings`), or heads a plan's tasks whatever its number
/// (`四、主要任务`, `task_part_openings`: a page cut from a plan): no report, speech or notice
/// opens so.
pub(crate) fn plan_opening(ctx: &Ctx, doc: &Document, sections: &[Section]) -> Option<String> {
    let v = ctx.vocab;
    let first = sections.iter().find(|s| s.style.is_some())?;
    let title = v.fold(&first.title);
    let title = title.trim_end_matches(['：', ':', '。']);
    fn opens<'w>(words: &'w [String], title: &str) -> Option<&'w String> {
        words.iter().find(|w| title == w.as_str())
    }
    // (…or such parts joined, `一、指导思想和总体目标`, `一、总体要求、基本原则和主要目标`)
    fn opens_joined<'w>(
        words: &'w [String],
        endings: &[String],
        title: &str,
    ) -> Option<&'w String> {
        let mut parts = title.split(['和', '及', '与', '、']);
        let first = opens(words, parts.next()?)?;
        parts
            .all(|p| opens(words, p).is_some() || endings.iter().any(|e| p.ends_with(e.as_str())))
            .then_some(first)
    }
    let opening = match first.number {
        Some(1) => opens_joined(
            &v.genres.plan_openings,
            &v.genres.joined_opening_endings,
            title,
        ),
        _ => None,
    }
    .or_else(|| opens(&v.genres.task_part_openings, title))?;
    // …but a report opens so too when a heading reports work done (`二、完成情况`), and a
    // speech or a notice when it addresses its audience (`同志们`, `通知如下`)
    let reports = sections.iter().any(|s| {
        v.genres
            .heads_work_done(&v.fold(s.title.trim_end_matches(['。', '：', ':'])))
    });
    (!reports && !addresses_audience(ctx, doc)).then(|| opening.clone())
}

/// Whether a paragraph opens by addressing a speech's audience (`同志们：`, `speech_openings`):
/// its `各…要…` and its points are a speaker's, no plan's work.
pub(crate) fn is_speech(ctx: &Ctx, doc: &Document) -> bool {
    text_paragraphs(doc).any(|p| {
        let t = p.text.as_str().trim_start();
        ctx.vocab
            .genres
            .speech_openings
            .iter()
            .any(|w| t.starts_with(w.as_str()))
    })
}

/// Paragraphs opening by citing another text and saying what it does (`《意见》明确，…`) that
/// make a text an interpretation of it: one may be a plan's reference to its source.
const MIN_CITING_PARAGRAPHS: usize = 2;

/// Whether a text explains another one: at least [`MIN_CITING_PARAGRAPHS`] paragraphs open
/// with a title in 《》 and a verb saying what that text does (`《意见》要求，…`: `citing_verbs`).
/// Its numbered headings are that text's parts, no work of its own.
pub(crate) fn interprets_another_text(ctx: &Ctx, doc: &Document) -> bool {
    let v = ctx.vocab;
    text_paragraphs(doc)
        .filter(|p| {
            let t = p.text.as_str().trim_start_matches(is_space);
            t.strip_prefix('《')
                .and_then(|rest| rest.split_once('》'))
                .is_some_and(|(_, after)| {
                    let after = ["进一步", "还", "并"]
                        .iter()
                        .find_map(|w| after.strip_prefix(w))
                        .unwrap_or(after);
                    v.genres
                        .citing_verbs
                        .iter()
                        .any(|w| after.starts_with(w.as_str()))
                })
        })
        .take(MIN_CITING_PARAGRAPHS)
        .count()
        >= MIN_CITING_PARAGRAPHS
}

/// A text's first non-blank paragraph, folded and trimmed: where news, a report or an
/// experience report says what it is.
fn opening_paragraph(doc: &Document, v: &Vocabulary) -> Option<String> {
    text_paragraphs(doc)
        .map(|p| v.fold(p.text.as_str()).trim().to_owned())
        .find(|t| !t.is_empty())
}

/// Whether a text with no title opens as a report of a body's practice does: its first
/// paragraph before any numbered item has a sentence saying what the practice brought about
/// (`…通过完善四项机制、强化三项措施，形成“四三三”多元矛盾调解体系`: 通过, then a
/// `practice_results` word), looking back rather than ahead (no `practice_goal_words`). Its
/// numbered points are that practice (an experience report), no list of work.
pub(crate) fn reports_a_practice(ctx: &Ctx, doc: &Document) -> bool {
    let v = ctx.vocab;
    let Some(opening) = opening_paragraph(doc, v) else {
        return false;
    };
    if ctx.numbering.at_start(&opening).is_some() {
        return false;
    }
    let g = &v.genres;
    opening.split('。').any(|sentence| {
        sentence.find("通过").is_some_and(|at| {
            let after = &sentence[at..];
            g.practice_results
                .iter()
                .any(|w| after.contains(w.as_str()))
                && !g
                    .practice_goal_words
                    .iter()
                    .any(|w| sentence.contains(w.as_str()))
        })
    })
}

/// Whether a text with no title reports a meeting's speech before its first numbered item
/// (`…副厅长出席会议并讲话。`, `speech_reports`): its points are the speaker's, no list of work.
/// (A titled notice may open by citing the meeting it carries out: its items are its work.)
pub(crate) fn reports_a_speech(ctx: &Ctx, doc: &Document) -> bool {
    text_paragraphs(doc)
        .map(|p| ctx.vocab.fold(p.text.as_str()))
        .take_while(|t| ctx.numbering.at_start(t).is_none())
        .any(|t| {
            ctx.vocab
                .genres
                .speech_reports
                .iter()
                .any(|w| t.contains(w.as_str()))
        })
}

/// Whether a paragraph opens as a news item does when not with the day (`近日，`, `本报讯`).
fn opens_with_lede(paragraph: &str, v: &Vocabulary) -> bool {
    v.genres
        .news_ledes
        .iter()
        .any(|w| paragraph.starts_with(w.as_str()))
}

/// Whether a text with no title opens as news of a plan made and published: its opening
/// paragraph starts with the day (`5月7日,`) or a news lede (`近日`), and says a plan named in
/// 《》 was issued (`…办公室近日印发的《2025年知识产权强国建设推进计划》在…网站公布`). Its points
/// are that plan's contents, not tasks. A plan that cites the one it carries out names itself
/// (`根据…印发的《…方案》…，制定本方案`), and a cover notice issues what it names.
pub(crate) fn reports_a_plan_made(ctx: &Ctx, doc: &Document, meta: &Meta) -> bool {
    let v = ctx.vocab;
    let Some(opening) = opening_paragraph(doc, v) else {
        return false;
    };
    let news = opens_with_day(&opening) || opens_with_lede(&opening, v);
    if !news || issues_a_text(&opening, v) {
        return false;
    }
    let reports_made = opening.match_indices('《').any(|(at, _)| {
        let before = &opening[..at];
        let sentence = before.rsplit('。').next().unwrap_or(before);
        let name = opening[at..].split('》').next().unwrap_or("");
        v.genres
            .made_before_words
            .iter()
            .any(|w| sentence.contains(w.as_str()))
            && v.genres.plan.iter().any(|g| name.ends_with(g.as_str()))
    });
    // (`…，制定本计划。`: the text is the plan it says it makes)
    reports_made && !names_its_plan(ctx, doc, meta)
}

/// Whether an opening paragraph issues a text (`现印发给你们`: `issuing_words`).
fn issues_a_text(opening: &str, v: &Vocabulary) -> bool {
    v.genres
        .issuing_words
        .iter()
        .any(|w| opening.contains(w.as_str()))
}

/// Whether the opening sentences name the text a plan (`…，制定本计划。`).
fn names_its_plan(ctx: &Ctx, doc: &Document, meta: &Meta) -> bool {
    named_in_intro(ctx, doc, meta).is_some_and(|n| plan_word(&n, ctx.vocab).is_some())
}

/// Whether a text with no title opens as a news item does (`近日,…分局在会后迅速部署开展行动`)
/// and neither issues nor names a plan of its own (`…，制定本方案`) nor asks for work (`…通知
/// 如下`, `请各地各部门立即做好以下工作`: `instruction_words`): its points (`一是迅速传达部署。
/// 分局组织召开…`) report what a body did.
pub(crate) fn reports_news(ctx: &Ctx, doc: &Document, meta: &Meta) -> bool {
    let v = ctx.vocab;
    let Some(opening) = opening_paragraph(doc, v) else {
        return false;
    };
    opens_with_lede(&opening, v)
        && !v
            .genres
            .instruction_words
            .iter()
            .any(|w| opening.contains(w.as_str()))
        && !issues_a_text(&opening, v)
        && !names_its_plan(ctx, doc, meta)
}

/// Whether a text opens with a day of the month (`5月7日，`, `2025年5月7日，`), as news does.
fn opens_with_day(text: &str) -> bool {
    let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let mut rest = text;
    let year = digits(rest);
    if year == 4 && rest[year..].starts_with('年') {
        rest = &rest[year + '年'.len_utf8()..];
    }
    let month = digits(rest);
    if !(1..=2).contains(&month) || !rest[month..].starts_with('月') {
        return false;
    }
    rest = &rest[month + '月'.len_utf8()..];
    let day = digits(rest);
    (1..=2).contains(&day) && rest[day..].starts_with('日')
}

/// Whether a text addresses its audience as a speech or a notice does (`同志们`, `通知如下`:
/// `address_words`): opening as a plan does, it is none.
fn addresses_audience(ctx: &Ctx, doc: &Document) -> bool {
    let v = ctx.vocab;
    text_paragraphs(doc).any(|p| {
        let t = v.fold(p.text.as_str());
        v.genres
            .address_words
            .iter()
            .any(|w| t.contains(w.as_str()))
    })
}

/// Fewest headings asking a question (`二、《工作方案》提出的工作目标是什么？`) that make a text
/// a policy Q&A: a plan's headings name work, and one question may be a plan's aside.
const MIN_QUESTION_HEADINGS: usize = 2;
/// Fewest top-level parts, all of them duties, that make a text a responsibility system: one
/// part of duties is a plan's division of work.
const MIN_DUTY_PARTS: usize = 2;

/// How many paragraphs ask a labelled question (`Q:…是什么?`, `问：…？`): a plan states work and
/// never asks, while an interpretation answers its questions line by line.
fn question_lines(doc: &Document, v: &Vocabulary) -> usize {
    text_paragraphs(doc)
        .filter(|p| {
            let t = p.text.as_str().trim_matches(is_space);
            v.genres.question_labels.iter().any(|l| {
                t.strip_prefix(l).is_some_and(|rest| {
                    rest.trim_start_matches(is_space).starts_with(['：', ':'])
                        && t.ends_with(['？', '?'])
                })
            })
        })
        .count()
}

/// Whether a heading asks a question: a policy Q&A answers what a plan made elsewhere sets out
/// (`三、重点试点任务有哪些？` over that plan's items), and its points are no tasks.
fn asks(title: &str) -> bool {
    title
        .trim_end_matches(crate::document::is_space)
        .ends_with(['？', '?'])
}

/// Fewest work items that all telling what was done make a text titled as a plan a summary: one
/// item's account may be a plan's background.
const MIN_TOLD_DONE_ITEMS: usize = 2;
/// Times an item must mark an action done (`制定下发了`, `形成了`) to tell what was done: a
/// plan may say once what it builds on.
const MIN_PERFECTIVE_MARKS: usize = 2;

/// Whether every work item tells what was done: at least [`MIN_TOLD_DONE_ITEMS`] items, each
/// marking actions done [`MIN_PERFECTIVE_MARKS`] times or more and none asking for more work
/// (a time limit, or a word looking ahead, `ahead_words`: `去年修建了水渠，硬化了道路，今年要
/// 继续…` plans on what was done).
fn tells_work_done(ctx: &Ctx, tasks: &[Task]) -> bool {
    let v = ctx.vocab;
    tasks.len() >= MIN_TOLD_DONE_ITEMS
        && tasks.iter().all(|t| {
            let text = &t.text.value;
            v.genres.perfective_marks(text) >= MIN_PERFECTIVE_MARKS
                && t.deadlines.is_empty()
                && !v
                    .genres
                    .ahead_words
                    .iter()
                    .any(|w| text.contains(w.as_str()))
        })
}

/// Classify a read document.
pub(crate) fn classify(
    ctx: &Ctx,
    doc: &Document,
    meta: &Meta,
    sections: &[Section],
    tasks: &[Task],
    table_tasks: usize,
    work_list: WorkList,
) -> Classification {
    let v = ctx.vocab;
    let assigned = tasks.iter().filter(|t| !t.units.is_empty()).count();
    // (naming one organ at least, not only a class: `各区要…`)
    let named_one_by_one = tasks
        .iter()
        .filter(|t| t.units.iter().any(|u| u.kind == UnitKind::Concrete))
        .count();
    // articles read as headings, or as tasks when one names who applies it (第四条 …负责)
    let articles = sections
        .iter()
        .filter(|s| s.style == Some(NumberStyle::Article))
        .count()
        + tasks
            .iter()
            .filter(|t| {
                t.number
                    .as_ref()
                    .is_some_and(|n| n.style == Some(NumberStyle::Article))
            })
            .count();
    let first_title = first_title(meta, v);
    let subjects = Subjects::read(ctx, meta, doc);
    let planned = subjects.all().find_map(|s| plan_word(s, v).map(|w| (s, w)));
    let weak_word = subjects.all().find_map(|s| {
        ends_with_word(s, &v.genres.title_tails, v.genres.plan_weak.iter()).map(|w| (s, w))
    });
    let dated = tasks.iter().filter(|t| !t.deadlines.is_empty()).count();
    let assigned_measures = |word: &String| {
        v.genres.measure_genres.contains(word)
            && assigned >= MIN_ASSIGNED_MEASURES
            && assigned * 2 > tasks.len()
    };
    let other = subjects
        .all()
        .find_map(|s| other_word(s, v).map(|w| (s, w, kind_of_word(w, v))))
        .or_else(|| {
            let s = subjects.named_in_text.as_ref()?;
            rules_word(s, v).map(|w| (s, w, "规章制度"))
        });
    let plan = |reason: String| Classification {
        kind: DocumentKind::Plan,
        reason,
    };
    let not_plan = |reason: String| Classification {
        kind: DocumentKind::NotPlan,
        reason,
    };
    // a title that speaks about a plan (`…同志解读2020年…分工方案`, `一图读懂…方案`)
    // (`加强政策解读工作的实施方案`, `新闻发布会工作计划` are plans for that work)
    // (…and `县科协2022年重点工作谋划` ends in a plan's word that holds one: 工作谋划)
    let about = first_title.as_ref().and_then(|t| {
        let genre_at = v
            .genres
            .plan
            .iter()
            .filter(|g| t.ends_with(g.as_str()))
            .map(|g| t.len() - g.len())
            .min()
            .unwrap_or(t.len());
        v.genres
            .about_words
            .iter()
            .find(|w| {
                // (an event may be what a plan is for: `…新闻发布会和…活动计划安排的通知`)
                let event = v.genres.about_events.contains(w);
                t.match_indices(w.as_str()).any(|(at, _)| {
                    let after = &t[at + w.len()..];
                    at < genre_at
                        && !after.starts_with("工作")
                        && !(event
                            && v.genres
                                .plan
                                .iter()
                                .chain(&v.genres.plan_weak)
                                .any(|g| after.contains(g.as_str())))
                })
            })
            .map(|w| (t, w))
    });
    // a news headline: an issuer's name, then what it did with a plan (`蒙城县城关镇制定秋季
    // 秸秆禁烧…工作方案`, `某区印发…工作要点`), over a report whose items give no work to
    // anyone; a news page carrying the whole plan carries its assignments too
    let headline = first_title
        .as_ref()
        .filter(|_| tasks.iter().all(|t| t.units.is_empty()))
        .and_then(|t| {
            if t.contains("关于")
                || ends_with_word(t, &v.genres.title_tails, v.genres.plan.iter()).is_none()
            {
                return None;
            }
            v.genres
                .headline_verbs
                .iter()
                .chain(v.genres.self_naming_verbs.iter())
                .find_map(|w| {
                    let at = t.find(w.as_str())?;
                    (at > 0 && issuer_name(&t[..at], v)).then_some((t, w))
                })
        });
    // a news headline reporting a meeting held (`湟中县召开群团改革工作推进会`; not a notice
    // about one, `关于召开…会议的通知`, nor a plan for one)
    let meeting_news = first_title.as_ref().filter(|t| {
        let g = &v.genres;
        table_tasks == 0
            && !t.contains("关于")
            && g.meeting_titles.iter().any(|w| t.ends_with(w.as_str()))
            && g.meeting_verbs.iter().any(|w| t.contains(w.as_str()))
    });
    // a notice issuing a plan that is not in the document: its items are requirements
    let bare_notice = first_title.as_ref().filter(|t| {
        meta.plan_title.is_none()
            && table_tasks == 0
            && tasks.len() <= MAX_NOTICE_REQUIREMENTS
            && t.ends_with("通知")
            && v.genres
                .issuing_titles
                .iter()
                .any(|w| t.contains(w.as_str()))
            && subjects.named_in_text.is_none()
            && issued_name(t).is_some_and(|name| !carries(ctx, doc, &name))
            && !made_here(ctx, doc, meta)
            // a name read without 《》 may be printed otherwise over the plan (broken over
            // lines, 的 added): lines labelling units (`责任单位：…`) say the plan is here
            // (…or the body names it in 《》 as made already: `局安办制定了《天门市…任务清单》。
            // 现将有关事项通知如下`)
            && (t.contains('《')
                || !labels_units(ctx, doc)
                    && (issues_in_body(ctx, doc)
                        || issued_name(t).is_some_and(|name| quoted_in_body(ctx, doc, &name))))
            // …and so do items that all state their units (`（县财政局牵头）`): a notice's
            // requirements state them now and then at most (and address everyone: `各单位要…`
            // names no one, and `各区、各有关部门要…` only a class)
            && !(tasks.len() >= MIN_ALL_ASSIGNED_ITEMS
                && named_one_by_one == tasks.len()
                && !requirements_follow(ctx, doc))
            // …and so does a notice forwarding another body's text (`关于转发《…指引》的通知`)
            // whose own items give named units work: no plan of its own carries the local
            // work, its items do (`各区县3月20日下班前报送…`)
            && !(v.genres.forwarding_words.iter().any(|w| t.contains(w.as_str()))
                && (named_one_by_one > 0 || work_list != WorkList::No))
            // …and so does a schedule of stages each naming units and its own time
            // (`（一）动员部署阶段（2024年7月底前）。各级卫生健康行政部门…要…`): a notice's
            // requirements set no dates one by one
            && !(tasks.len() >= MIN_ALL_ASSIGNED_ITEMS
                && tasks
                    .iter()
                    .all(|t| !t.deadlines.is_empty() && !t.units.is_empty()))
    });
    // …or an untitled page of such a notice, its opening sentence issuing the plan by name
    // (`…组织拟定了《X》，现印发给你们，并就有关要求通知如下：` over its own requirements)
    let signed_before_work = meta
        .signing_date
        .as_ref()
        .is_some_and(|d| tasks.first().is_some_and(|t| t.span.start > d.span.start));
    let bare_body_notice = (first_title.is_none()
        && meta.plan_title.is_none()
        && table_tasks == 0
        && tasks.len() <= MAX_NOTICE_REQUIREMENTS
        // (the notice signed before the work: the plan follows it, untitled)
        && !signed_before_work)
        .then(|| issued_elsewhere(ctx, doc, meta, &subjects))
        .flatten();
    // a sheet of the progress made on tasks (`…民生实事项目进展情况表（截至9月底）`)
    // (not a plan's sheet with room for its progress: `…任务分解及推进情况表`)
    let progress = first_title.as_ref().filter(|t| {
        let core = title_core(t, &v.genres.title_tails);
        v.genres.progress_titles.iter().any(|w| {
            core.strip_suffix(w.as_str())
                .is_some_and(|before| !before.ends_with(['及', '和', '与']))
        }) || v.genres.progress_period_titles.iter().any(|w| {
            core.strip_suffix(w.as_str()).is_some_and(|before| {
                !before.ends_with(['及', '和', '与'])
                    && (reports_a_period(&t[core.len()..], ctx) || names_a_period(before, v))
            })
        })
    });
    if let Some(t) = progress {
        return not_plan(format!(
            "标题“{t}”是任务进展或完成情况表，报告进度，不是工作方案"
        ));
    }
    // questions asked and answered line by line (`Q:实施方案设定的目标任务是什么?` `A:…`): an
    // interview or an interpretation, whatever plan its page is titled after
    let asked = question_lines(doc, v);
    if asked >= MIN_QUESTION_HEADINGS {
        return not_plan(format!(
            "{asked}段以“Q:”“问：”提问，是政策问答或解读，不是工作方案"
        ));
    }
    // (top-level headings only, in a text no title names a plan, whose items name no unit)
    let top: Vec<&Section> = sections.iter().filter(|s| s.parent.is_none()).collect();
    let questions = top.iter().filter(|s| asks(&s.title)).count();
    let titled_plan = subjects.of_titles.iter().any(|s| plan_word(s, v).is_some());
    if questions >= MIN_QUESTION_HEADINGS
        && questions * 2 >= top.len()
        && !titled_plan
        && assigned == 0
    {
        return not_plan(format!(
            "{questions}个标题是提问（“{}”），是政策问答或解读，不是工作方案",
            top.iter()
                .find(|s| asks(&s.title))
                .map_or("", |s| s.title.as_str())
        ));
    }
    // items each opening with a leader's post and name (`党工委委员、管委会副主任周青松：负责指导、
    // 协调、督促…`) divide the leaders' portfolios, whatever the title calls them (…责任制分工)
    let by_leaders: Vec<&str> = tasks
        .iter()
        .filter_map(|t| leader_opening(&t.text.value, v))
        .collect();
    if tasks.len() >= MIN_LEADER_ITEMS && by_leaders.len() * 3 >= tasks.len() * 2 {
        return not_plan(format!(
            "{}项以领导职务和姓名开头（“{}”），是领导成员工作分工，不是工作方案",
            by_leaders.len(),
            by_leaders.first().copied().unwrap_or("")
        ));
    }
    // a text no title names a plan whose every part is a body's duties (`一、各级政府工作职责`
    // `二、相关部门工作职责`) sets out a standing responsibility system, whatever units it names
    // (a plan's duties are one part beside its work: `三、职责分工`)
    let duty_parts = top
        .iter()
        .filter(|s| {
            let title = v.fold(s.title.trim_end_matches(['：', ':']));
            v.genres
                .mandate_words
                .iter()
                .any(|w| title.ends_with(w.as_str()))
        })
        .count();
    // (from its first part: a page that starts at `三、各级政府的工作职责` is cut from a plan
    // whose work came before)
    let from_first = top.first().is_some_and(|s| s.number == Some(1));
    if planned.is_none() && from_first && top.len() >= MIN_DUTY_PARTS && duty_parts == top.len() {
        return not_plan(format!(
            "各部分标题都写职责（“{}”），是职责规定，不是工作方案",
            top.first().map_or("", |s| s.title.as_str())
        ));
    }
    if let Some((t, w)) = about {
        return not_plan(format!(
            "标题“{t}”含“{w}”，是对方案的解读或介绍，不是方案本身"
        ));
    }
    if let Some((t, w)) = headline {
        return not_plan(format!(
            "标题“{t}”是报道单位“{w}”方案的新闻标题，正文没有写明任务的牵头或责任单位，不是方案本身"
        ));
    }
    if let Some(t) = meeting_news {
        return not_plan(format!("标题“{t}”报道召开会议，是新闻，不是工作方案"));
    }
    if let Some(t) = bare_notice {
        return not_plan(format!(
            "“{t}”是印发通知，所印发的方案不在本文中，通知的要求不是任务"
        ));
    }
    if let Some(issued) = bare_body_notice {
        return not_plan(format!(
            "正文印发《{issued}》，是印发通知，所印发的方案不在本文中，通知的要求不是任务"
        ));
    }
    // an untitled text in parts, one of them a kind of text other than a plan (`第二部分
    // 主动公开基本目录`: a catalogue whose rows name their units)
    if planned.is_none() && other.is_none() && weak_word.is_none() {
        if let Some((title, what)) = part_of_other_genre(ctx, sections) {
            return not_plan(format!("正文的“{title}”部分是{what}，不是工作方案"));
        }
    }
    // a plan's title over items that each tell what was done (`…制定下发了…`, `…增强了…`):
    // a summary under a template's title
    if let Some((s, _)) = planned.filter(|_| tells_work_done(ctx, tasks)) {
        return not_plan(format!(
            "标题“{s}”写作计划，但正文{}项都在讲已经做了什么（“…了”），是工作总结，不是工作方案",
            tasks.len()
        ));
    }
    let rows_assign = table_rows_assign(tasks);
    // a task table's column of cumulative progress (`累计完成`)
    let progress = if table_tasks > 0 {
        progress_column(ctx, doc)
    } else {
        None
    };
    // a text in articles that calls itself a body of rules (`第一条 …特制定本办法`) under a
    // page's title naming a plan: a model-text site's collection named for what was searched
    if planned.is_some() && articles >= STATUTE_MIN_ARTICLES {
        if let Some(name) = named_in_intro(ctx, doc, meta).filter(|name| {
            other_word(name, v)
                .or_else(|| rules_word(name, v))
                .is_some()
        }) {
            return not_plan(format!(
                "正文称本文为“{name}”，按条文编排（{articles}条“第X条”），是法规、规章或制度文本，不是工作方案"
            ));
        }
    }
    match (planned, other, weak_word) {
        (Some((s, w)), _, _) if subjects.named_in_text.as_ref() == Some(s) => {
            plan(format!("正文称本文为“{s}”，以“{w}”结尾，是工作方案"))
        }
        // a title joining a year's summary to the next plan (`…2021年工作总结暨2022年工作计划`)
        // over a copy holding no heading of the plan's part: what it says is the summary
        (Some((s, _)), _, _)
            if summary_before_plan(s, v) && !names_plan_part(sections, v) =>
        {
            not_plan(format!(
                "标题“{s}”是工作总结和计划，正文只有总结部分，没有计划部分的标题，不是工作方案"
            ))
        }
        (Some((s, w)), _, _) => plan(format!("标题“{s}”以“{w}”结尾，是工作方案")),
        _ if articles >= STATUTE_MIN_ARTICLES => not_plan(format!(
            "按条文编排（{articles}条“第X条”），是法规、规章或制度文本，不是工作方案"
        )),
        // a text that names another genre is a plan only when it carries a task table, or,
        // for a list of policy measures, when most of its items state their units (a table
        // whose rows name no unit and no date is that text's own: an appraisal's indicators
        // with their weights)
        (None, Some((s, w, _)), _)
            if v.genres
                .remedy_report_words
                .iter()
                .any(|r| s.contains(r.as_str()))
                && labels_most_units(ctx, doc, tasks) =>
        {
            plan(format!(
                "标题“{s}”以“{w}”结尾，但多数条目以“责任单位：”等标注写明了由谁落实，是任务清单"
            ))
        }
        (None, Some((s, w, what)), _)
            if (table_tasks == 0 || assigned == 0 && dated == 0) && !assigned_measures(w) =>
        {
            if subjects.named_in_text.as_ref() == Some(s) {
                not_plan(format!("正文称本文为“{s}”，是{what}，不是工作方案"))
            } else {
                not_plan(format!("标题“{s}”以“{w}”结尾，是{what}，不是工作方案"))
            }
        }
        // an untitled page opening by making known the progress made (`现将…进展情况予以公示`)
        (None, _, None) if announces_progress(ctx, doc, meta) => {
            not_plan("正文开头公示或通报任务的进展、完成情况，是情况报告，不是工作方案".to_owned())
        }
        // …or tabulating it (`累计完成 | 累计进度`)
        (None, _, None) if progress.is_some() => not_plan(format!(
            "任务表的“{}”栏报告已取得的进度，是进展情况表，不是工作方案",
            progress.as_deref().unwrap_or_default()
        )),
        _ if work_list != WorkList::No => plan(work_list.reason(tasks.len())),
        // (a text no title names, whose items its opening calls a body's standing duties
        // (`县级党委政法委主要有以下职能：`), is that body's mandate, whatever units they name)
        _ if introduces_mandate(ctx, doc) => {
            not_plan("正文开头说以下条目是机构的职能或职责，是职责说明，不是工作方案".to_owned())
        }
        // (a text no title names as a plan whose items name their units now and then is a
        // policy's measures or rules, `…十条措施` with one of 21 items assigned)
        _ if assigned > 0 && assigned * MIN_ASSIGNED_SHARE_INVERSE >= tasks.len() => {
            plan(format!("{assigned}项任务写明了牵头或责任单位"))
        }
        // (a table whose rows name no unit and no date is a form: an application's 基本情况 |
        // 出生日期 | 证书 cells)
        _ if table_tasks > 0 && rows_assign => {
            plan(format!("{table_tasks}项任务列在任务表中"))
        }
        (_, _, Some((s, w))) if dated > 0 => {
            plan(format!("标题“{s}”以“{w}”结尾，{dated}项任务写明了完成时限"))
        }
        // a notice's title issuing it (`关于印发《…密切相关的实事》的通知`)
        (_, _, Some((s, w))) if issued_by_title(first_title.as_deref(), s, v) => {
            plan(format!("标题印发的“{s}”以“{w}”结尾，是工作方案"))
        }
        _ if assigned > 0 && !rows_assign => not_plan(format!(
            "标题未写明是工作方案，正文{}项中只有{assigned}项写明了牵头或责任单位，是政策措施或规定",
            tasks.len()
        )),
        _ => not_plan(match first_title {
            Some(t) => format!("标题“{t}”不是工作方案，正文也没有写明牵头或责任单位的任务"),
            None => "没有标题，正文也没有写明牵头或责任单位的任务".to_owned(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::parse_text as parsed;

    /// The plan a text is read into, asserting it is no plan for a reason that says `why`.
    fn no_plan_because(text: &str, why: &str) -> crate::plan::model::Plan {
        let plan = parsed(text);
        assert_eq!(
            plan.kind.kind,
            DocumentKind::NotPlan,
            "{}",
            plan.kind.reason
        );
        assert!(plan.kind.reason.contains(why), "{}", plan.kind.reason);
        plan
    }

    #[test]
    fn a_notice_on_carrying_out_a_cited_text_is_not_that_texts_kind() {
        // the 规定 it cites is what its work carries out: a work notice, its items that work
        let text = "县政府办公室关于认真贯彻执行《关于严格控制公务宴请活动的规定》的通知\n\
                    各乡镇人民政府，县直各单位：\n\
                    现就认真贯彻执行《规定》通知如下：\n\
                    一、认真抓好《规定》的学习教育。县委宣传部要组织传达学习。\n\
                    二、制定贯彻落实《规定》的具体措施。县财政局要制定公务接待经费管理办法。\n\
                    三、加强监督检查。县纪委监委要加强对《规定》执行情况的监督检查。\n";
        let plan = parsed(text);
        assert_eq!(plan.kind.kind, DocumentKind::Plan, "{}", plan.kind.reason);
        assert_eq!(plan.tasks.len(), 3);
        // (a subject going on after the cited name is its own: `…分工的意见`)
        let v = crate::plan::vocab::Vocabulary::bundled().expect("bundled vocabulary");
        assert_eq!(
            subject("关于落实《政府工作报告》重点工作部门分工的意见", &v),
            "落实《政府工作报告》重点工作部门分工的意见"
        );
    }

    #[test]
    fn a_plan_made_in_a_summarys_sub_item_does_not_name_the_summary() {
        // `一是…科学制定重点路段治理方案` tells of a plan the work made, as a numbered item does
        let text = "2024年7月-9月，区交通运输局组织开展超限治理专项行动，专项行动取得实效。\n\
                    一是精心谋划。区交通运输局全面摸清超限车辆通行规律，科学制定七曾路等重点路段治理方案，确保行动取得实效。\n\
                    二是部门联动。加强与交警等部门联动执法，坚持定点稽查与流动执法相结合。\n\
                    三是强化监管。深入重点货运源头企业进行日常检查，下达责令整改通知书。\n";
        let plan = no_plan_because(text, "没有标题");
        assert!(plan.tasks.is_empty());
    }

    #[test]
    fn a_notice_naming_itself_a_plan_after_a_page_header_is_one() {
        // an archive's field lines and a page's breadcrumb come before the title: the
        // opening that says 特制定本方案 is the paragraph after it
        let text =
            "标题: 流水镇关于开展春节环境整治活动的通知\n发布时间: 2016-01-18\n栏目: 部门文件\n\
                    ==================== 正文 ====================\n\
                    当前位置：首页政务公开部门文件\n\
                    流水镇人民政府关于开展春节环境整治活动的通知\n\
                    各行政村、镇直各单位：为提升环境卫生，结合流水实际，特制定本方案。\n\
                    一、整治重点\n\
                    1、车辆有序停放专项整治。对主干道两侧停放点进行整治。\n\
                    2、小广告专项整治。集中清理主次干道两侧现有小广告。\n\
                    3、垃圾清运专项提升。合理安排清运路线，确保垃圾日产日清。\n\
                    二、工作要求\n\
                    要高度重视，确保此次专项任务落到实处。\n";
        let plan = parsed(text);
        assert_eq!(plan.kind.kind, DocumentKind::Plan, "{}", plan.kind.reason);
        assert!(
            plan.kind.reason.contains("正文称本文为"),
            "{}",
            plan.kind.reason
        );
        let titles: Vec<&str> = plan.tasks.iter().map(|t| t.text.value.as_str()).collect();
        assert_eq!(titles.len(), 3, "{titles:?}");
        assert!(titles[0].starts_with("车辆有序停放专项整治"), "{titles:?}");
        // …and so is an untitled page under a portal's card flattened into rows of cells
        let card = "索 引 号 | 0144566907/2023-00174 | 分 类 | 政府办文件 |
                    发布机构 | 姜堰区政府办 | 发文日期 | 2023-04-13 |
                    文 号 | 泰姜政办〔2023〕25号 | 时 效 | 有效 |
                    各镇(街道)人民政府(办事处),区各委办局:
                    为加快推进政府数字化转型,结合工作实际,制定本工作要点。
                    一、数字基座提档升级方面
                    1. 加强数据资源整合。开展全区政务信息化系统调研。
                    2. 规范数据共享开放。研究制定公共数据管理办法。
";
        let plan = parsed(card);
        assert!(
            plan.kind.reason.contains("正文称本文为“工作要点”"),
            "{}",
            plan.kind.reason
        );
        assert_eq!(plan.tasks.len(), 2);
    }

    #[test]
    fn an_untitled_cover_issuing_standing_rules_carries_rules() {
        // the cover names what it issues in 《》 before 印发: rules, whose items are duties
        let text = "机关各股室、局属各单位：\n\
                    为切实保证专项斗争工作的顺利开展，局制定了《扫黑除恶线索排查制度》等四项制度，\
                    现印发给你们，请认真抓好贯彻落实。\n\
                    一、工作责任制度\n\
                    1.各单位要明确专职联络员，负责涉黑涉恶线索排查。\n\
                    2.传达学习贯彻上级关于扫黑除恶专项斗争的工作决策部署。\n\
                    3.按时召开扫黑除恶专项斗争领导小组成员会议。\n";
        let plan = no_plan_because(text, "规章制度");
        assert!(plan.tasks.is_empty());
    }

    #[test]
    fn a_speech_stating_its_meetings_main_tasks_is_no_plan() {
        // `主要任务是` opens an untitled plan's body, but here a speaker says it of the meeting
        let text = "各位委员、同志们：\n\
                    这次会议的主要任务是：深入学习贯彻上级精神，总结2011年工作，明确2012年任务。\n\
                    1、全力推进“两个率先”为共青团工作创新发展开辟了广阔空间。\n\
                    2、切实加强基层组织建设，扩大团的工作覆盖面。\n";
        no_plan_because(text, "没有标题");
    }

    #[test]
    fn a_plans_title_over_items_telling_what_was_done_is_a_summary() {
        // a template site's 工作计划范文 whose 一是/二是 report what was done
        let text = "县妇联双拥工作计划范文\n\n\
                    一是强化宣传,营造节日气氛。县妇联制定下发了《关于做好拥军优属工作的通知》,\
                    为节日期间开展庆祝活动做出了具体部署,形成了良好的拥军优属氛围。\n\n\
                    二是强化措施,多方联动。县妇联于“八一”节前夕为驻军官兵送去了生活必需品,\
                    还为优秀“兵妈妈”送上了节日慰问。\n";
        let plan = no_plan_because(text, "已经做了什么");
        assert!(plan.tasks.is_empty());
        // …while a plan saying once what it builds on, or for what (`为了`), stays one
        let plan = crate::plan::parse_text(
            "县妇联2024年双拥工作计划\n\n\
             一是强化宣传。去年制定下发了工作通知，今年要充分利用新闻媒体大力宣传拥军优属典型。\n\n\
             二是强化措施。为了把关怀送到官兵心坎上，要在“八一”节前走访慰问驻军官兵，了解困难。\n",
        );
        assert!(plan.kind.is_plan(), "{}", plan.kind.reason);
        assert_eq!(plan.tasks.len(), 2);
        // …and so does one building on what was done, each item twice (`今年要继续…`)
        let plan = crate::plan::parse_text(
            "某村2024年工作计划\n一、道路建设。去年我村修建了水渠，硬化了道路，今年要继续硬化村内巷道。\n\
             二、水利建设。去年完成了清淤，修缮了泵站，今年要新建灌溉渠道1条。\n",
        );
        assert!(plan.kind.is_plan(), "{}", plan.kind.reason);
        assert_eq!(plan.tasks.len(), 2);
    }

    #[test]
    fn an_events_proposal_is_a_plan_and_its_groups_member_lines_are_no_tasks() {
        // 策划书: the plan of an event; the groups under `组织机构` name their members, no work
        let text = "大学校园禁毒日活动策划书\n\n\
                    为进一步加强禁毒教育，开展系列禁毒宣传教育活动。具体安排如下:\n\n\
                    一、成立宣传教育活动组织机构\n\n1、“6.26”国际禁毒日宣传教育活动领导小组\n\n\
                    组长:xx(党总支书记校长)\n\n副组长:xx(副校长)\n\n组员:\n\nxxx\n\n\
                    2、活动宣传组\n\n组长:xx\n\n成员:xx\n\n3、活动文艺组\n\n组长:\n\n成员:\n\n\
                    二、宣传教育活动内容及时间\n\n\
                    1、6月26日前组织学生代表前往戒毒所参观访问。\n\n\
                    2、由宣传组负责于6月24日前出一期相关内容的黑板报。\n";
        let plan = crate::plan::parse_text(text);
        assert!(plan.kind.is_plan(), "{}", plan.kind.reason);
        assert!(plan.kind.reason.contains("策划书"), "{}", plan.kind.reason);
        let texts: Vec<&str> = plan.tasks.iter().map(|t| t.text.value.as_str()).collect();
        assert_eq!(
            texts,
            [
                "6月26日前组织学生代表前往戒毒所参观访问。",
                "由宣传组负责于6月24日前出一期相关内容的黑板报。"
            ]
        );
        // a work item over member lines is work: its words are no group's name
        let dated = crate::plan::parse_text(
            "禁毒日活动策划书\n\n一、活动内容\n\n1、组织参观戒毒所，6月20日前完成。\n\n\
             2、全面排查校园周边环境，6月22日前完成。\n\n组长:李四\n\n成员:保卫科\n\n\
             3、活动宣传组\n\n组长:xx\n\n成员:xx\n\n4、出一期禁毒黑板报，6月24日前完成。\n",
        );
        let opening: Vec<String> = dated
            .tasks
            .iter()
            .map(|t| t.text.value.chars().take(4).collect())
            .collect();
        assert_eq!(opening, ["组织参观", "全面排查", "出一期禁"]);
        // a business's 策划书 is no plan of work
        let business = crate::plan::parse_text(
            "大学生校园奶茶店创业策划书\n一、市场分析\n1.校园消费群体稳定。\n\
             二、营销策略\n1.开展开业促销活动。\n2.推出会员积分制度。\n",
        );
        assert!(
            !business.kind.reason.contains("策划书”结尾"),
            "{}",
            business.kind.reason
        );
    }

    #[test]
    fn a_title_listing_member_units_duties_is_no_plan() {
        let text = "双拥工作领导小组成员单位双拥工作职责\n\
                    1、市委办公室:组织协调市委有关部门开展双拥工作,负责市领导走访驻军的协调安排。\n\
                    2、市政府办公室:组织协调市政府有关部门开展双拥工作,协调有关部门研究处理军地纠纷。\n\
                    3、市人武部:发挥军地双拥工作的桥梁作用,协调驻军支持地方重点工程建设。\n";
        no_plan_because(text, "工作职责");
    }

    #[test]
    fn a_headline_reporting_a_meeting_is_news() {
        let text = "湟中县召开群团改革工作推进会\n\
                    10月26日，县工青妇组织召开群团改革推进会。\n\
                    会议要求,下一步群团改革要重点抓好八个方面的工作。一是加大乡镇(街道)群团服务站\
                    建设力度。各级群团组织要整合工作资源。二是打造县直机关、村(社区)、企业\
                    \"群众之家\"。由各乡镇(街道)群团服务站牵头,以工青妇组织主体服务对象负责建立\
                    \"3+N\"模式\"群众之家\"。\n";
        // (one of its points names who leads it: still news)
        let plan = no_plan_because(text, "报道召开会议");
        assert!(plan.tasks.is_empty());
        // …but a notice about a meeting is read as a notice
        let notice = "关于召开全县安全生产工作会议的通知\n各乡镇：\n定于5月8日召开会议。\n";
        assert!(!parsed(notice).kind.reason.contains("报道召开会议"));
    }

    #[test]
    fn a_bodys_functions_and_offices_are_no_plan() {
        // its offices each with their duties read like a duty list, but they are standing
        let text = "清溪县财政局职能配置和内设机构\n\n\
                    县财政局的主要职责是：\n\n\
                    （一）贯彻执行国家财税法律法规和政策。\n\n\
                    县财政局设下列内设机构：\n\n\
                    （一）办公室。负责机关日常运转，承担文电、会务、机要等工作。\n\n\
                    （二）预算股。负责编制年度预决算草案，组织执行预算。\n\n\
                    （三）国库股。负责国库集中收付，管理财政专户。\n";
        no_plan_because(text, "内设机构");
        // (…and so is a centre's page of its offices and functions)
        let text = "清溪县住房保障服务中心机构设置及职能\n\n一、主要职能\n\n\
                    （一）负责住房保障准入资格审核及制定年度住房保障计划。\n\n\
                    （二）负责住房保障政策咨询及住房保障业务的受理。\n\n\
                    （三）负责公租房房源筹集、管理和租赁登记备案。\n";
        no_plan_because(text, "设置及职能");
    }

    #[test]
    fn a_scheme_of_compensation_rates_is_no_plan() {
        let text = "清溪县畜禽养殖场整治拆除补偿方案\n\n\
                    一、补偿对象\n\n列入整治拆除范围的畜禽养殖场。\n\n\
                    二、补偿标准\n\n（一）砖混结构栏舍每平方米补偿200元，由县农业局负责核定。\n\n\
                    （二）简易结构栏舍每平方米补偿80元，由县农业局负责核定。\n\n\
                    三、补偿资金于2016年6月底前拨付到户。\n";
        no_plan_because(text, "补偿方案");
        // a plan of the work of compensating is still a plan
        let plan = parsed(
            "清溪县征地补偿工作实施方案\n\n一、核定补偿面积。（牵头单位：县自然资源局，2016年6月底前）\n\n\
             二、拨付补偿资金。（牵头单位：县财政局，2016年9月底前）\n",
        );
        assert_eq!(plan.kind.kind, DocumentKind::Plan, "{}", plan.kind.reason);
    }

    #[test]
    fn a_division_of_leaders_portfolios_is_no_plan() {
        let text = "关于领导成员安全生产责任制分工的通知\n\n各乡镇人民政府，县直各单位：\n\n\
                    现将县政府领导成员安全生产责任制分工通知如下：\n\n\
                    一、县委副书记、县长王明：为全县安全生产第一责任人，对全县安全生产工作负总责。\n\n\
                    二、县委常委、副县长李强：负责指导、协调、督促发展改革、重点项目等领域的安全生产工作。\n\n\
                    三、副县长张伟：负责指导、协调、督促教育、卫生、文化等领域的安全生产工作。\n\n\
                    四、县政府党组成员陈刚：负责指导、协调、督促农业农村、防汛抗旱等领域的安全生产工作。\n";
        no_plan_because(text, "领导成员工作分工");
        // a plan naming a leader over one of its tasks is still a plan
        let plan = "清溪县2026年安全生产工作要点\n\n\
                    一、落实安全生产责任。（牵头单位：县应急局）\n\n\
                    二、副县长张伟：督促开展隐患排查。（牵头单位：县应急局）\n\n\
                    三、开展安全生产大检查。（牵头单位：县应急局，2026年6月底前）\n";
        assert!(parsed(plan).kind.is_plan());
    }

    #[test]
    fn a_table_is_a_task_table_only_when_a_row_names_a_unit_or_a_date() {
        let table = "清溪县2026年重点工作任务\n\n| 序号 | 工作任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n\
                     | 1 | 推进政务公开标准化 | 县政府办公室 | 6月底前 |\n| 2 | 推进基层政务公开 | 县政务服务中心 | 年底前 |\n";
        let mut tasks = parsed(table).tasks;
        assert!(tasks.iter().all(|t| !t.fields.is_empty()));
        assert!(table_rows_assign(&tasks));
        // a form's rows (姓名 | 出生日期 | 证书 …) name neither
        for t in &mut tasks {
            t.units.clear();
            t.deadlines.clear();
        }
        assert!(!table_rows_assign(&tasks));
        // paragraph tasks are no table's rows
        let paragraphs =
            parsed("清溪县2026年工作要点\n\n一、推进政务公开。（县政府办公室负责，6月底前）\n")
                .tasks;
        assert!(!table_rows_assign(&paragraphs));
    }

    #[test]
    fn policy_measures_naming_a_unit_now_and_then_are_no_plan() {
        let items: String = [
            "对新评为国家5A级旅游景区的，给予一次性奖励500万元。",
            "对新评为国家4A级旅游景区的，给予一次性奖励100万元。",
            "对新开业的五星级酒店，给予一次性奖励200万元。",
            "对引进的旅游企业总部，按其实缴注册资本给予奖励。",
            "对组织游客来清溪旅游的旅行社，按人次给予奖励。",
            "对举办大型旅游节庆活动的，给予活动经费补助。",
            "对开通旅游包机的航空公司，给予航线补助。",
            "设立旅游产业发展专项资金，每年安排5000万元（责任单位：县财政局）。",
        ]
        .iter()
        .enumerate()
        .map(|(k, t)| {
            format!(
                "{}、{t}\n\n",
                crate::document::numbering::chinese_numeral(k as u32 + 1)
            )
        })
        .collect();
        let text = format!("清溪县关于鼓励扶持旅游业发展的八条措施\n\n{items}");
        no_plan_because(&text, "政策措施或规定");
        // a page cut from a plan naming units in most of its few items is one
        let cut = "一、推进政务公开标准化。（牵头单位：县政府办公室）\n\n二、推进基层政务公开。\n";
        assert!(parsed(cut).kind.is_plan(), "{}", parsed(cut).kind.reason);
    }

    #[test]
    fn an_emergency_plan_with_its_working_groups_duties_is_no_plan() {
        // its groups' duties stand ready for an event, though each names its units
        let text = "关于印发2015年清明节祭扫期间突发事件应急预案的通知\n\n各乡镇人民政府，区直有关单位：\n\n\
                    现将《2015年清明节祭扫期间突发事件应急预案》印发给你们，请认真贯彻执行。\n\n\
                    一、应急处置工作组\n\n1.治安维护组：由区公安局牵头，负责现场治安秩序维护。\n\n\
                    2.医疗救护组：由区卫计局牵头，负责伤员救治。\n\n\
                    3.火灾扑救组：由区消防大队牵头，负责山林火灾扑救。\n";
        no_plan_because(text, "应急预案");
    }

    #[test]
    fn a_text_whose_headings_ask_questions_is_a_policy_qa() {
        let text = "一、《工作方案》出台的背景是什么？\n\n为深入贯彻落实有关精神，制定本工作方案。\n\n\
                    二、《工作方案》提出的工作目标是什么？\n\n（一）短期目标。到2025年底前基本完成林权登记。\n\n\
                    三、《工作方案》重点试点任务有哪些？\n\n1.规范推进林权登记存量数据整合移交。\n\n\
                    2.探索集体林地经营权登记机制。\n\n3.探索创新林木采伐管理机制。\n";
        let plan = parsed(text);
        assert!(!plan.kind.is_plan(), "{:?}", plan.kind);
        assert!(plan.tasks.is_empty());
        // the same points under headings that name work are the plan's tasks
        let plain = text
            .replace("《工作方案》出台的背景是什么？", "背景")
            .replace("《工作方案》提出的工作目标是什么？", "工作目标")
            .replace("《工作方案》重点试点任务有哪些？", "重点任务");
        let plan = parsed(&plain);
        assert!(plan.kind.is_plan(), "{:?}", plan.kind);
        assert_eq!(plan.tasks.len(), 3);
        // a plan by its title, or one whose items state their units, may ask its own questions
        let asking = "某县2024年健康促进工作方案\n\n一、为什么要开展健康促进？\n\n\
                      1.开展健康知识进社区活动，6月底前完成。（县卫健局负责）\n\n\
                      二、怎样开展健康促进？\n\n2.开展健康素养监测。（县疾控中心负责）\n";
        let plan = parsed(asking);
        assert!(plan.kind.is_plan(), "{:?}", plan.kind);
        assert_eq!(plan.tasks.len(), 2);
        let untitled = asking.replacen("某县2024年健康促进工作方案\n\n", "", 1);
        assert!(parsed(&untitled).kind.is_plan());
    }

    #[test]
    fn a_text_that_calls_itself_a_system_is_standing_rules() {
        let text = "清溪县政务公开工作制度\n\n为规范全县政务公开工作，特制定本制度。\n\n\
                    一、各部门应当在信息形成之日起20个工作日内主动公开政府信息。（县直各部门负责）\n\n\
                    二、县政府办公室每季度对政府网站进行检查。（县政府办公室负责）\n";
        let plan = parsed(text);
        assert!(!plan.kind.is_plan(), "{:?}", plan.kind);
        assert!(
            plan.kind.reason.contains("规章制度"),
            "{}",
            plan.kind.reason
        );
        assert!(!parsed(&text.replacen("清溪县政务公开工作制度\n\n", "", 1))
            .kind
            .is_plan());
        // a title ending in 制度 alone does not say so: a notice may carry one out
        let notice = text
            .replace("特制定本制度", "现就有关工作通知如下")
            .replace("工作制度", "工作制度落实的通知");
        assert!(parsed(&notice).kind.is_plan());
    }

    #[test]
    fn a_text_that_names_itself_another_kind_is_no_plan() {
        // an untitled catalogue whose items look like work
        let text = "为进一步提高我局主动公开的标准化、规范化水平，特制定本目录。\n\n一、主要依据\n\n\
                    （一）建立健全主动公开工作机制。\n\n（二）完善政府信息公开平台建设。\n\n\
                    （三）规范公开内容和公开时限。\n\n二、公开方式\n\n（一）加强政府网站信息发布。\n\n\
                    （二）推进政务新媒体信息公开。\n";
        let plan = parsed(text);
        assert!(!plan.kind.is_plan(), "{:?}", plan.kind);
        assert!(plan.kind.reason.contains("目录"), "{}", plan.kind.reason);
    }

    #[test]
    fn an_appraisals_indicator_table_with_weights_and_data_sources_is_no_plan() {
        // its rows look like a task table's, but name what is measured: no unit is given work
        // (数据来源 names the bureau whose statistics count) and no row has a date
        let text = "附件2：示范区10市考核评价指标体系\n\n\
                    序号\t考评指标\t目标任务考核指标权重\t数据来源\n\
                    1\t地区生产总值\t10\t省统计局\n2\t财政收入\t12\t省财政厅\n\
                    3\t进出口总额\t8\t省商务厅\n4\t固定资产投资\t8\t省统计局\n";
        let plan = no_plan_because(text, "指标体系");
        assert!(plan.tasks.is_empty());
        // the same rows with their responsible units are a plan's task table
        let assigned = text.replace("数据来源", "责任单位");
        assert_eq!(parsed(&assigned).kind.kind, DocumentKind::Plan);
    }

    #[test]
    fn an_untitled_text_of_duties_part_by_part_is_no_plan() {
        let text = "一、各级政府工作职责\n\
                    （一）县人民政府职责\n\
                    统一领导辖区内的地质灾害防治工作，组织有关部门开展群测群防。\n\
                    （二）乡镇人民政府职责\n\
                    具体负责本辖区内地质灾害巡查，督促村级监测组进行日常监测。\n\
                    二、相关部门工作职责\n\
                    （一）县自然资源局\n\
                    负责地质灾害防治的组织、协调、指导和监督工作。\n";
        no_plan_because(text, "职责");
        // a plan's title makes the same parts its division of work
        let titled = format!("清溪县2024年地质灾害防治工作方案\n\n{text}");
        assert_eq!(parsed(&titled).kind.kind, DocumentKind::Plan);
    }

    #[test]
    fn a_months_task_reminder_whose_items_name_their_doers_is_a_plan() {
        // a party committee's monthly 重点任务提示: work for its branches, named in prose
        let text = "5月党建工作重点任务提示\n\n机关所属党支部:\n\n\
                    现就做好5月机关党建工作重点任务提示如下:\n\n一、重点工作\n\n\
                    1.严格执行“三会一课”制度。党支部要切实抓好组织实施，建立工作台帐。\n\n\
                    2.深入开展主题宣传教育活动。各党支部要广泛开展重温入党誓词、讲党课等活动。\n\n\
                    3.继续完成征文活动工作。党委组织部将于5月25日前完成初评。\n";
        let plan = parsed(text);
        assert_eq!(plan.kind.kind, DocumentKind::Plan, "{}", plan.kind.reason);
        assert_eq!(plan.tasks.len(), 3);
    }

    #[test]
    fn news_of_plans_made_does_not_name_itself_by_them() {
        // `今年以来` opens a report: the plans it tells of (`制定…《任务台账》`) are not this text
        let text = "今年以来，汉台区认真贯彻落实全面深化改革工作要求，推动改革向纵深发展。\n\n\
                    站位全局部署推动。区委将全面深化改革作为重要政治任务强力推进，\
                    细化分解393项具体改革举措，逐项明确责任单位与推进路径。\n\n\
                    谋深抓实年度任务。紧扣市委《工作要点》，制定区委深改委年度《工作要点》及\
                    《任务台账》，部署改革事项274项。\n";
        // (no title, and the text does not name itself)
        no_plan_because(text, "没有标题");
        // a plan's own opening names it so: `为…，特制定本方案。`
        let own = "为推动全面深化改革，特制定本实施方案。\n\n\
                   一、细化分解改革举措。逐项明确责任单位与推进路径。（区委改革办牵头）\n";
        assert_eq!(parsed(own).kind.kind, DocumentKind::Plan);
    }

    #[test]
    fn a_notice_setting_up_a_standing_system_is_no_plan() {
        // its duties and mechanism name units (县民政局, 各成员单位…负责联系), but assign no work
        let text = "清溪县人民政府办公室关于建立清溪县殡葬管理工作联席会议制度的通知\n\
                    各镇人民政府,县府直属有关单位:\n\
                    进一步加强我县殡葬管理工作的组织领导和统筹协调,强化部门间协作配合,扎实推进全县殡葬管理工作,县人民政府决定建立清溪县殡葬管理工作联席会议(以下简称联席会议)制度。现就有关事项通知如下:\n\
                    一、主要职责\n\
                    贯彻落实省委、省政府,市委、市政府和县委、县政府关于殡葬管理工作的部署要求,统筹协调全县殡葬管理工作,研究拟订相关政策措施,协调解决相关重大事项和重大问题,加强殡葬管理工作联合执法,督促指导各镇、各有关部门推进落实相关工作,统筹推进殡葬管理其他工作任务。\n\
                    二、组成人员\n\
                    联席会议由分管民政工作的县领导担任召集人,县政府协调民政工作的县府办副主任、县民政局主要负责同志担任副召集人。成员包括县委宣传部、县委统战部(县民族宗教局、县台港澳局)、县发改局、县公安局、县民政局、县自然资源局(县林业局)、县农业农村局、县文广旅体局、县卫生健康局、县市场监管局、市生态环境局清溪分局。\n\
                    三、工作机制\n\
                    (一)联席会议根据工作需要不定期召开会议,由召集人或副召集人主持,参会人员为联席会议成员。视工作需要,可邀请有关镇政府和其他部门负责同志等参加会议。\n\
                    (二)联席会议办公室设在县民政局,办公室主任由县民政局分管负责同志兼任。联席会议具体人员名单由办公室根据各成员单位及成员职务分工变动及时调整,并抄报县领导。\n\
                    (三)联席会议建立联络员制度,各成员单位指定相关业务股室1名负责同志作为联络员,负责联系和协调日常工作。\n\
                    (四)联席会议不纳入县级议事协调机构管理。\n";
        let plan = parsed(text);
        assert!(!plan.kind.is_plan(), "{:?}", plan.kind);
        assert!(plan.kind.reason.contains("制度"), "{}", plan.kind.reason);
        assert!(plan.tasks.is_empty());
    }

    #[test]
    fn an_untitled_interpretation_of_a_plan_made_before_is_no_plan() {
        // 制定了《…》 tells of the plan, made before; 起草背景 heads an interpretation
        let text = "为推进安全生产责任制，结合街道实际情况，制定了《南黎街道办事处安全生产责任清单》。                    现解读如下：\n一、决策背景及依据\n为全面实施安全生产责任制，确保安全生产工作有人抓。\n\
                    二、主要内容\n（一）明确街道党工委书记的安全生产职责。\n\
                    （二）明确街道办事处主任的安全生产职责。\n（三）明确分管负责人的安全生产职责。\n\
                    （四）落实各科室的安全生产职责。\n（五）建立安全生产责任考核制度。\n";
        let plan = parsed(text);
        assert!(!plan.kind.is_plan(), "{:?}", plan.kind);
        assert!(plan.tasks.is_empty());
        // a plan that says it was made here (制定了本方案) names itself
        let own = "为推进安全生产责任制，制定了本方案。\n一、工作任务\n\
                   （一）区应急局开展安全生产大检查。\n（二）区住建局开展燃气安全排查。\n";
        let plan = parsed(own);
        assert!(plan.kind.is_plan(), "{:?}", plan.kind);
        assert!(plan.kind.reason.contains("方案"), "{}", plan.kind.reason);
        // …as `制定了《…方案》，具体内容如下` and `制定了以下工作计划` do
        let body =
            "\n一、加强组织领导，成立防汛工作领导小组。\n二、开展汛前隐患排查，建立问题清单。\n\
                    三、储备防汛物资，落实抢险队伍。\n";
        for opening in [
            "结合我镇实际，制定了《XX镇2024年防汛工作方案》，具体内容如下：",
            "经镇党委研究，制定了以下工作计划：",
        ] {
            let plan = parsed(&format!("{opening}{body}"));
            assert!(plan.kind.is_plan(), "{opening}: {:?}", plan.kind);
        }
        // a plan's own heading about interpreting policy (强化政策解读回应) heads no interpretation
        let plan = parsed(
            "一、加强重点领域信息公开\n（一）推进财政预决算信息公开。\n（二）推进重大项目信息公开。\n\
             二、强化政策解读回应\n（三）落实政策解读与文件起草同步。\n（四）丰富解读形式。\n\
             （五）加强舆情收集研判。\n",
        );
        assert!(plan.kind.is_plan(), "{:?}", plan.kind);
    }

    #[test]
    fn a_plan_word_holding_an_about_word_names_the_plan() {
        let body = "\n\n（一）强化科协会员工作。加强科技团体建设，培养学术带头人。\n\n\
                    （二）积极实施科普惠农项目。做好科普基层行动计划项目的申报。\n";
        // 工作谋划 is the plan's own word…
        let plan = parsed(&format!("县科协2022年重点工作谋划{body}"));
        assert!(plan.kind.is_plan(), "{:?}", plan.kind);
        // …while a title that plans someone else's work speaks about it
        let news = parsed(&format!("县委常委会谋划2022年重点工作{body}"));
        assert!(!news.kind.is_plan(), "{:?}", news.kind);
    }

    #[test]
    fn a_notice_giving_out_work_its_matters_follow_is_a_plan() {
        let notice = "县减负办关于抓紧做好拖欠中小企业账款清理工作的通知\n\
                      各乡镇(街道)办事处,县属各相关单位:\n\
                      现决定开展清欠工作,现将有关事项通知如下:\n\
                      一、抓紧做好问题线索核查\n\
                      按照“属地管理、分级负责”的原则,各相关单位要抓紧落实转办问题线索的核查办理。\n\
                      二、抓紧做好自查并建立台账\n\
                      各地、各部门要聚焦与中小企业形成的款项拖欠,摸清底数,做到应报尽报。\n\
                      三、抓紧推进清欠\n\
                      各相关单位对于新发现的欠款问题要纳入台账管理,逐项制定清偿计划。\n";
        let plan = parsed(notice);
        assert!(plan.kind.is_plan(), "{:?}", plan.kind);
        let named: Vec<String> = plan
            .tasks
            .iter()
            .map(|t| {
                let names: Vec<&str> = t.units.iter().map(|u| u.name.as_str()).collect();
                format!("{}:{}", t.index, names.join("、"))
            })
            .collect();
        assert_eq!(named, ["1:各相关单位", "2:各地、各部门", "3:各相关单位"]);
        // more than half naming who does them are enough: the others are the addressees' too
        let one_unnamed = notice.replace("各相关单位对于新发现的欠款问题", "对于新发现的欠款问题");
        assert_eq!(parsed(&one_unnamed).tasks.len(), 3);
        let half =
            format!("{one_unnamed}四、抓紧建立长效机制\n建立防范拖欠中小企业账款长效机制。\n");
        assert!(!parsed(&half).kind.is_plan());
        let two_unnamed = one_unnamed.replace("各地、各部门要聚焦", "要聚焦");
        assert!(!parsed(&two_unnamed).kind.is_plan());
        // not when an item lists what to act on under a heading that says so
        let targets = notice.replace(
            "三、抓紧推进清欠\n",
            "三、抓紧推进清欠\n（一）6月底前完成以下企业清欠：\n1.国有企业；\n2.大型民营企业。\n",
        );
        assert!(!parsed(&targets).kind.is_plan());
        // not when it does not say its matters follow: vague names name no one
        let plain = notice.replace("现将有关事项通知如下", "请做好以下工作");
        assert!(!parsed(&plain).kind.is_plan());
        // …nor when its items ask only roles' names of a table attached elsewhere
        let roles = notice.replace("各相关单位", "各责任单位");
        assert!(!parsed(&roles).kind.is_plan());
        // …unless the notice is addressed to that role (`各承办单位：`): its addressees know
        let addressed = roles.replace("各乡镇(街道)办事处,县属各责任单位:", "各责任单位:");
        let plan = parsed(&addressed);
        assert!(plan.kind.is_plan(), "{:?}", plan.kind);
        assert_eq!(plan.meta.addressees.len(), 1);
        assert_eq!(plan.tasks.len(), 3);
        // …nor when it arranges an event: who attends is no work given out
        let meeting = notice.replace("抓紧做好拖欠中小企业账款清理工作", "召开全县清欠工作会议");
        assert!(!parsed(&meeting).kind.is_plan());
        // …nor when an item labels an arrangement's field or asks for a return
        let field = notice.replace("抓紧推进清欠", "报送时间");
        assert!(!parsed(&field).kind.is_plan());
        let inline = notice.replace("三、抓紧推进清欠\n", "三、检查时间：8月26日至30日。");
        assert!(!parsed(&inline).kind.is_plan());
        let returned = notice.replace("抓紧推进清欠", "报送清欠台账");
        assert!(!parsed(&returned).kind.is_plan());
        // …nor when, its requirements left out, fewer than three items of work remain
        let required = notice.replace("抓紧推进清欠", "加强组织领导");
        assert!(!parsed(&required).kind.is_plan());
        let exhorted = format!(
            "{}四、加强组织领导\n各相关单位要加强领导。\n五、严肃工作纪律\n各相关单位要严禁瞒报。\n",
            notice.replace("抓紧做好自查并建立台账", "严格督查考核")
        );
        assert!(!parsed(&exhorted).kind.is_plan());
        // …nor when the matters following are the requirements of a plan it issues
        let issuing = notice.replace("现决定开展清欠工作", "现将有关文件印发给你们");
        assert!(!parsed(&issuing).kind.is_plan());
        let forwarding = notice.replace("现决定开展清欠工作", "现将省减负办文件转发你们");
        assert!(!parsed(&forwarding).kind.is_plan());
        // …nor when it says its requirements follow, or its items ask for attitude and
        // discipline (`提高思想认识`, `压实工作责任`, `严明工作纪律`)
        let demanded = notice.replace("有关事项通知如下", "有关要求通知如下");
        assert!(!parsed(&demanded).kind.is_plan());
        let attitudes = format!(
            "{}四、抓紧完成清偿\n各相关单位要限期完成清偿。\n",
            notice
                .replace("抓紧做好问题线索核查", "提高政治站位")
                .replace("抓紧做好自查并建立台账", "压实工作责任")
        );
        assert!(!parsed(&attitudes).kind.is_plan());
    }

    #[test]
    fn a_notice_whose_items_name_their_units_is_a_plan_though_it_wishes_work_to_go_smoothly() {
        let notice = "关于做好端午节假期旅游工作的通知\n\
                      各组员单位、各旅游经营单位:\n\
                      端午小长假即将到来，为做好假日旅游各项工作，现将相关事项通知如下:\n\
                      一、高度重视旅游安全工作\n\
                      各旅游企业要认真开展旅游安全自查自纠，做好防范预案。\n\
                      二、扎实做好旅游环境保障\n\
                      各相关部门要各司其职，确保节日期间各项工作顺利开展。文旅局要规范旅游经营行为。\n";
        let plan = parsed(notice);
        assert!(plan.kind.is_plan(), "{:?}", plan.kind);
        assert_eq!(plan.tasks.len(), 2);
        // …but an item telling what went smoothly reports
        let done = notice.replace("确保节日期间各项工作顺利开展", "节日期间各项工作顺利开展");
        assert!(!parsed(&done).kind.is_plan());
    }

    #[test]
    fn a_notice_with_a_part_of_main_tasks_gives_out_its_items_whoever_they_name() {
        let notice = "水利部关于开展水利行业节水机关建设工作的通知\n\
                      部直属各单位,各省水利厅:\n\
                      水利部决定开展节水机关建设。现将有关事项通知如下:\n\
                      一、总体思路\n\
                      以实施国家节水行动为统领,全面提升水资源利用效率。\n\
                      二、主要任务\n\
                      (一)完善节水管理制度。建立节水管理岗位责任制。\n\
                      (二)实施精细化管理。严格用水设施巡查。\n";
        let plan = parsed(notice);
        assert!(plan.kind.is_plan(), "{:?}", plan.kind);
        let texts: Vec<&str> = plan.tasks.iter().map(|t| t.text.value.as_str()).collect();
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(texts[0].starts_with("完善节水管理制度"), "{texts:?}");
        // without the part's heading two unnamed items are an errand's points
        let plain = notice.replace("二、主要任务", "二、有关安排");
        assert!(!parsed(&plain).kind.is_plan());
        // …and a part of tasks over items reported done is no work given out
        let done = notice
            .replace("建立节水管理岗位责任制", "已建立节水管理岗位责任制")
            .replace("完善节水管理制度。", "节水管理制度已完善。");
        assert!(!parsed(&done).kind.is_plan());
    }

    #[test]
    fn a_notice_arranging_an_event_gives_out_no_work() {
        // a training's notice asking its addressees to send teachers gives out no work
        let training = "县教育局关于组织开展2024年暑期教师全员培训的通知\n\
                        各相关单位:\n现将有关事项通知如下:\n\
                        一、组织全员参加培训\n各相关单位要组织全体教师参加培训。\n\
                        二、做好线上学习保障\n各相关单位要开通线上课程账号。\n\
                        三、落实培训经费\n各地、各部门要按标准安排培训经费。\n";
        assert!(!parsed(training).kind.is_plan());
        let title = "县教育局关于组织开展2024年暑期教师全员培训的通知";
        for event in [
            "县政府办关于召开全县清欠工作推进会的通知",
            "县教育局关于组织开展2024年暑期教师全员培训的紧急通知",
            "县教育局关于组织开展2024年暑期教师全员培训的通知(县教发[2024]35号)",
            "县政府办关于做好2024年上半年重点项目进展情况报送工作的通知",
            "县政府办关于报送2024年上半年工作总结的通知",
            "县政府办关于2024年端午节放假安排的通知",
        ] {
            assert!(
                !parsed(&training.replace(title, event)).kind.is_plan(),
                "{event}"
            );
        }
        // a subject going on past the event's word, or naming none, is work
        for work in [
            "县教育局关于做好2024年教师队伍建设工作的通知",
            "县教育局关于贯彻落实全县教育工作会议精神的通知",
            "县教育局关于做好2024年端午节假期安全工作的通知",
        ] {
            assert!(
                parsed(&training.replace(title, work)).kind.is_plan(),
                "{work}"
            );
        }
    }

    #[test]
    fn a_work_notice_whose_items_give_their_work_to_units_is_a_plan() {
        let notice = "街道办2026年防汛工作通知\n\n各社区居委会、各相关单位：\n\n\
                      为切实做好年度防汛工作，请做好以下工作：\n\n\
                      一、要高度重视，加强组织领导\n\n各社区居委会要高度重视防汛工作，做好24小时值班。\n\n\
                      二、要认真部署，彻底排查防汛隐患\n\n各相关单位要认真排查河道、桥梁、排水设施等防汛隐患。\n\n\
                      三、要服从调动，妥善安置防汛物资\n\n街道应急办要成立防汛抢险突击队，储备防汛物资。\n";
        let plan = parsed(notice);
        assert!(plan.kind.is_plan(), "{:?}", plan.kind);
        let names: Vec<String> = plan
            .tasks
            .iter()
            .flat_map(|t| {
                t.units
                    .iter()
                    .map(move |u| format!("{}:{}", t.index, u.name))
            })
            .collect();
        assert_eq!(names, ["1:各社区居委会", "2:各相关单位", "3:街道应急办"]);
        // the same items, one reporting work done, are a report's
        let report = notice.replace("做好24小时值班", "截至目前已完成24小时值班安排");
        assert!(!parsed(&report).kind.is_plan());
        // …as they are when an item read as a heading reports it
        let heading =
            "区防汛办关于做好2026年防汛工作的通知\n\n一、区水务局已完成河道清淤20公里。\n\n\
                       二、各街道要继续做好隐患排查。\n\n三、各社区居委会要做好转移准备。\n";
        assert!(!parsed(heading).kind.is_plan());
        assert!(parsed(&heading.replace("已完成", "要完成")).kind.is_plan());
        // a news item's title, or a speech, says 各…要 too
        let news = notice.replace("街道办2026年防汛工作通知", "街道召开2026年防汛工作会议");
        assert!(!parsed(&news).kind.is_plan());
        let speech = notice.replace("各社区居委会、各相关单位：", "同志们：");
        assert!(!parsed(&speech).kind.is_plan());
        // items asking only the roles of a table attached elsewhere name no one
        let roles = notice
            .replace("各社区居委会要", "各责任单位要")
            .replace("街道应急办要", "牵头责任单位要");
        assert!(!parsed(&roles).kind.is_plan());
        // …and count neither way beside items naming units
        let mixed = format!("{notice}\n四、街道城管科要清理辖区排水管网。\n");
        let mixed = mixed.replace("各社区居委会要", "各责任单位要");
        assert!(parsed(&mixed).kind.is_plan());
        // 关于 after the issuer's name opens a notice's title as it does at the start
        for title in [
            "平江县关于做好2026年防汛工作",
            "县应急管理局关于做好2026年防汛工作",
            // a month's work tips (工作提示) are a work notice too
            "街道办2026年6月份工作提示",
        ] {
            let issued = notice.replace("街道办2026年防汛工作通知", title);
            assert!(parsed(&issued).kind.is_plan(), "{title}");
        }
        for title in [
            "会议听取了关于2026年防汛工作",
            "全市关于防汛救灾工作的紧急动员",
            // a meeting on a month's work tips is news of it
            "街道党工委召开会议传达学习区委6月份工作提示",
        ] {
            let news = notice.replace("街道办2026年防汛工作通知", title);
            assert!(!parsed(&news).kind.is_plan(), "{title}");
        }
    }

    #[test]
    fn a_notice_handing_down_tasks_carries_them_though_its_items_name_no_unit() {
        let notice = "沂水县林长制办公室\n关于进一步落实林长制工作任务的通知\n\
                      一、全面完善林长制组织体系\n\
                      1、完善镇级林长制工作方案。要参照县级方案要求，科学合理地制定方案。\n\
                      2、合理构建林长制组织体系。乡镇设林长和副林长，明确责任区域。\n\
                      3、健全各项林长制工作制度。制定出台林长会议制度等6项制度。\n\
                      二、全面搞好林长制工作任务\n\
                      1、搞好乡镇林长重点任务落实。确保4项重点任务按期完成。\n";
        let plan = parsed(notice);
        assert!(plan.kind.is_plan(), "{:?}", plan.kind);
        assert_eq!(plan.tasks.len(), 4);
        // a notice about work, not tasks handed down, needs items naming their units
        let work = notice.replace("落实林长制工作任务的通知", "做好林长制工作的通知");
        assert!(!parsed(&work).kind.is_plan());
        // …and one handing down tasks still needs items of work, none reported done
        let report = notice.replace("要参照县级方案要求", "已参照县级方案要求");
        let report = report.replace("完善镇级林长制工作方案。", "镇级林长制工作方案已完成。");
        assert!(!parsed(&report).kind.is_plan());
    }

    #[test]
    fn a_notice_issuing_a_name_that_cites_another_finds_it_printed_over_two_lines() {
        let notice = "区人民政府办公室关于印发2019年区《政府工作报告》确定的主要目标任务责任分解方案的通知\n\n\
                      各街办事处,区人民政府各部门:\n\n\
                      经区政府同意,现将《2019年区<政府工作报告>确定的主要目标任务责任分解方案》印发给你们,请认真落实。\n\n\
                      区人民政府办公室\n\n";
        let plan = "2019年区《政府工作报告》确定的主要\n\n目标任务责任分解方案\n\n\
                    一、在全面深化改革中释放发展动力\n\n\
                    1、加快推进新两园建设,提高工业用地节约集约利用水平。(牵头单位:区科技和经信局;责任单位:永丰街办事处)\n\n\
                    2、加快开放型经济建设,鼓励企业开辟国际市场。(责任单位:区商旅局)\n";
        let carried = parsed(&format!("{notice}{plan}"));
        assert!(carried.kind.is_plan(), "{:?}", carried.kind);
        assert_eq!(carried.tasks.len(), 2);
        assert_eq!(
            issued_name("关于印发2019年区《政府工作报告》确定的主要目标任务责任分解方案的通知")
                .as_deref(),
            Some("2019年区《政府工作报告》确定的主要目标任务责任分解方案")
        );
        assert_eq!(
            issued_name("关于印发《2019年区政务公开工作要点》的通知").as_deref(),
            Some("2019年区政务公开工作要点")
        );
    }

    #[test]
    fn a_template_sites_tail_after_a_plans_title_is_left_out() {
        let body = "\n\n1.完善跨部门协作机制。每季度召开1次协调会。\n\n\
                    2.优化重点工作推进机制。编制重点工作台账。\n";
        for title in [
            "2026年环境保护局办公室工作计划模版",
            "2026年环境保护局办公室工作计划模板",
        ] {
            let plan = parsed(&format!("{title}{body}"));
            assert!(plan.kind.is_plan(), "{title}: {:?}", plan.kind);
            assert_eq!(plan.tasks.len(), 2, "{title}");
        }
    }

    #[test]
    fn an_untitled_text_opening_as_plans_open_is_a_plan() {
        let text = "一、指导思想\n\n全面贯彻安全发展理念，夯实安全基础。\n\n\
                    二、安全奋斗目标\n\n1、坚决杜绝死亡事故。\n\n2、无重大机电设备事故。\n\n\
                    三、安全工作重点\n\n（一）井巷工程：完成进、回风井底车场工程建设。\n\n\
                    （二）机电设备安装工程：完成主斜井井筒装备安装。\n";
        let plan = parsed(text);
        assert!(plan.kind.is_plan(), "{}", plan.kind.reason);
        assert!(
            plan.kind.reason.contains("指导思想"),
            "{}",
            plan.kind.reason
        );
        let texts: Vec<String> = plan
            .tasks
            .iter()
            .map(|t| t.text.value.chars().take(4).collect())
            .collect();
        assert_eq!(texts, ["井巷工程", "机电设备"]);
        // (…or with such parts joined)
        let joined = text.replace("一、指导思想", "一、指导思想和总体目标");
        assert!(parsed(&joined).kind.is_plan());
        let other = text.replace("一、指导思想", "一、指导思想和工作成效");
        assert!(!parsed(&other).kind.is_plan());
        // a speech and a notice open with 总体要求 too
        let speech = "一、总体要求\n\n同志们，今年全县农业农村工作总的要求是稳中求进。\n\n\
                      二、抓好几项重点工作\n\n1.要毫不放松抓好粮食生产。\n\n2.要持续巩固脱贫成果。\n";
        assert!(!parsed(speech).kind.is_plan());
        // a report opens otherwise
        let report = "一、2023年工作开展情况\n\n全年共完成投资5亿元。\n\n\
                      二、存在的问题\n\n资金投入不足。\n";
        assert!(!parsed(report).kind.is_plan());
    }

    #[test]
    fn a_notice_forwarding_another_bodys_text_with_work_of_its_own_is_a_plan() {
        // 转发: no plan of its own carries the local work; its items give it to units
        let forwarded = "关于转发《安徽省公益性零工市场规范化建设运行指引》的通知\n\
            各区县人力资源社会保障局：\n\
            现将《安徽省公益性零工市场规范化建设运行指引》转发给你们，并结合我市实际提出相关工作要求，请一并贯彻落实。\n\
            一、建设任务\n\
            （一）各区县要严格按照《指引》要求，科学设置布局、统一建设标准、规范运行管理。\n\
            （二）各区县要严格落实《指引》中资金保障要求，统筹做好零工市场建设和日常运行管理工作。\n";
        let plan = parsed(forwarded);
        assert!(plan.kind.is_plan(), "{}", plan.kind.reason);
        assert_eq!(plan.tasks.len(), 2);
        // issuing a plan (印发), the notice's requirements are about that plan, which is not here
        let issuing = forwarded.replace("转发", "印发");
        assert!(!parsed(&issuing).kind.is_plan());
    }

    #[test]
    fn questions_asked_and_answered_line_by_line_are_an_interpretation() {
        // the page names the plan it explains; its answers restate that plan's measures
        let qa = "文件:关于贯彻落实提升行政执法质量三年行动计划实施方案的通知\n\
                  Q:实施方案设定的目标任务是什么?\n\
                  A:到2025年末，行政执法人员的能力素质全面提升。\n\
                  Q:实施方案以哪些工作举措来推进?\n\
                  A:(一)全面提升行政执法人员能力素质。县司法局牵头开展全员轮训。\n\
                  (二)全面推进严格规范公正文明执法。各执法部门负责落实。\n";
        let plan = parsed(qa);
        assert!(!plan.kind.is_plan(), "{}", plan.kind.reason);
        assert!(plan.kind.reason.contains("提问"), "{}", plan.kind.reason);
        // one question is a plan's aside
        let aside = qa.replace("Q:实施方案以哪些工作举措来推进?", "二、工作举措");
        assert!(parsed(&aside).kind.is_plan());
    }

    #[test]
    fn an_untitled_table_reporting_cumulative_progress_is_no_plan() {
        // a progress sheet copied without its title; a cell spilled out after the table names
        // the plan one task is to make, not this text
        let sheet = "| 序号 | 项目名称 | 目标任务 | 牵头单位 | 累计完成 | 累计进度 |\n\
                     | 1 | 促进重点群体稳定就业 | 城镇新增就业1100人 | 县人社局 | 1063 | 96.64% |\n\
                     | 2 | 放心家政行动 | 培训家政服务人员613人次 | 县科商工信局 | 626 | 102.12% |\n\
                     | 3 | 长期护理保险 | 推进长期护理保险制度建设 | 县医保局 | 1 | 50% |\n\
                     制定我县推进长期护理保险制度建设实施方案;实现长\n";
        let plan = parsed(sheet);
        assert!(!plan.kind.is_plan(), "{}", plan.kind.reason);
        assert!(
            plan.kind.reason.contains("累计完成"),
            "{}",
            plan.kind.reason
        );
        // a plan's sheet leaves room for progress under another name
        let planned = sheet
            .replace("累计完成 | 累计进度", "完成情况 | 备注")
            .replace("制定我县推进长期护理保险制度建设实施方案;实现长\n", "");
        assert!(parsed(&planned).kind.is_plan());
    }

    #[test]
    fn a_plans_duties_of_its_member_units_are_no_mandate() {
        let text = "一、工作目标\n全面完成年度禁毒工作任务。\n二、职责分工\n各成员单位职责如下：\n\
                    （一）县委宣传部：负责禁毒宣传教育工作。\n\
                    （二）县公安局：负责打击毒品违法犯罪。\n\
                    （三）县教育局：负责学校禁毒教育。\n";
        let plan = parsed(text);
        assert!(plan.kind.is_plan(), "{:?}", plan.kind);
        assert_eq!(plan.tasks.len(), 3);
    }

    #[test]
    fn a_gazetteers_count_of_a_bodys_functions_under_its_own_heading_is_a_mandate() {
        let text = "第二节 职责分工\n\
                    妇女儿童工作委员会是省政府负责妇女儿童工作的协调议事机构。基本职能有5项:\n\
                    一、协调和推动政府有关部门做好维护妇女儿童权益工作。\n\
                    二、协调和推动政府有关部门实施妇女儿童发展规划。\n\
                    三、协调和推动政府有关部门研究解决妇女儿童发展中的重大问题。\n\
                    四、协调和推动政府有关部门提供必要的人力、财力、物力等条件。\n\
                    五、指导、督促和检查各市人民政府妇女儿童工作委员会的工作。\n";
        let plan = parsed(text);
        assert!(!plan.kind.is_plan(), "{:?}", plan.kind);
        assert!(plan.kind.reason.contains("职能"), "{}", plan.kind.reason);
    }

    #[test]
    fn a_row_reporting_its_progress_month_by_month_in_traditional_characters_is_no_plan() {
        // one project, its progress filled in for 7月 and 10月: two cells report, the header
        // folded to simplified characters names them
        let sheet = "| 項目名稱 | 內容 | 牽頭單位 | 進展情況(7月) | 進展情況(10月) |\n\
                     | 托育服務項目 | 新增普惠托位300個，建成社區托育服務點5個。 | 區衛健局 | 已建成社區托育服務點3個，新增托位120個。 | 已完成新增普惠托位300個，超額完成。 |\n";
        no_plan_because(sheet, "进展情况");
    }

    #[test]
    fn an_untitled_table_whose_progress_column_is_filled_in_is_no_plan() {
        let sheet = "| 序号 | 工作任务 | 进展情况 | 存在问题和下步计划 | 责任单位 |\n\
                     | 71 | 加快推进市图书馆新馆建设。 | 1.全市在建项目13个，启动项目12个，总体进度正常。 | 下步计划：指导县（市、区）查漏补缺。 | 市文广旅游局 |\n\
                     | 72 | 推进上山文化遗址申遗。 | 1.完成申遗预备名单文本评审稿，报省文物局审核。 | 下步计划：做好专家评审准备。 | 市文广旅游局 |\n";
        let plan = parsed(sheet);
        assert!(!plan.kind.is_plan(), "{}", plan.kind.reason);
        assert!(
            plan.kind.reason.contains("进展情况"),
            "{}",
            plan.kind.reason
        );
        // the same sheet with its progress left to be filled in is a plan's
        let planned = sheet
            .replace("1.全市在建项目13个，启动项目12个，总体进度正常。", "-")
            .replace("1.完成申遗预备名单文本评审稿，报省文物局审核。", "-")
            .replace("下步计划：指导县（市、区）查漏补缺。", "-")
            .replace("下步计划：做好专家评审准备。", "-");
        assert!(
            parsed(&planned).kind.is_plan(),
            "{:?}",
            parsed(&planned).kind
        );
    }

    #[test]
    fn an_untitled_page_opening_at_a_plans_tasks_part_is_a_plan() {
        // page 2 of a paged plan: it starts at `四、主要任务`, whose items are the work
        let text = "四、主要任务\n\
                    (一)加强领导,统筹协调。市发改委、市经贸委对全市节能工作总负责、总协调。\n\
                    (二)明确分工,责任到人。市发改委负责提出全市节能规划;市经贸委负责全市工业节能。\n\
                    五、保障措施\n\
                    (一)加大投入。各级财政要安排节能专项资金。\n";
        let plan = parsed(text);
        assert!(plan.kind.is_plan(), "{}", plan.kind.reason);
        assert!(
            plan.kind.reason.contains("主要任务"),
            "{}",
            plan.kind.reason
        );
        assert_eq!(plan.tasks.len(), 2);
        // a report's part naming the work it did is no plan's
        let report = "二、主要工作\n\n(一)加强领导。市发改委对全市节能工作总负责。\n\n\
                      (二)明确分工。市经贸委负责全市工业节能。\n";
        assert!(!parsed(report).kind.is_plan());
    }

    #[test]
    fn an_untitled_text_saying_its_years_tasks_follow_is_a_plan() {
        // the body of a 工作要点 that lost its title: two items are enough when its opening
        // says they are the year's main tasks
        let text = "2011年我市社会治安综合治理工作的主要任务是：深入推进社会矛盾化解，\
                    持续深化平安建设。\n\n一、持续有效预防化解社会矛盾\n\n\
                    1、进一步健全完善源头预防矛盾机制。要建立健全社会稳定风险评估机制。\n\n\
                    2、全面构建“大调解”工作体系。认真贯彻落实有关文件精神。\n";
        let plan = parsed(text);
        assert!(plan.kind.is_plan(), "{}", plan.kind.reason);
        assert_eq!(plan.tasks.len(), 2);
        // …while a text introducing its items otherwise is no plan by two of them
        let notice = "为做好今年社会治安综合治理工作，现提出以下要求：\n\n\
                      1、进一步健全完善源头预防矛盾机制。要建立健全社会稳定风险评估机制。\n\n\
                      2、全面构建“大调解”工作体系。认真贯彻落实有关文件精神。\n";
        assert!(!parsed(notice).kind.is_plan());
    }

    #[test]
    fn a_sheet_of_progress_made_is_no_plan_though_it_tabulates_tasks() {
        let sheet = "2022年区政府民生实事项目进展情况表（截至9月底）\n\
                     序号\t项目内容\t进展情况\t责任单位\n\
                     1\t新建成公办中小学、幼儿园7所。\t已建成7所。\t教育局\n\
                     2\t新建成婴幼儿照护服务成长驿站7家。\t已建成13家。\t卫生健康局\n";
        let plan = parsed(sheet);
        assert!(!plan.kind.is_plan(), "{}", plan.kind.reason);
        assert!(plan.kind.reason.contains("情况表"), "{}", plan.kind.reason);
        // the same table under a plan's title is a plan, and so is a plan's sheet with room
        // for its progress
        let tasks = sheet.replacen("进展情况表（截至9月底）", "任务分解表", 1);
        assert!(parsed(&tasks).kind.is_plan());
        let both = sheet.replacen("进展情况表（截至9月底）", "任务分解及推进情况表", 1);
        assert!(parsed(&both).kind.is_plan());
        // (…and so does a statistical sheet of it, `…落实情况统计表`)
        let statistics = sheet.replacen("进展情况表（截至9月底）", "落实情况统计表", 1);
        assert!(!parsed(&statistics).kind.is_plan());
        // (a title naming the progress without 表 reports it too)
        let quarter = sheet.replacen("进展情况表（截至9月底）", "二季度完成情况", 1);
        assert!(!parsed(&quarter).kind.is_plan());
        // (…and 推进情况 with the period it reports; with other words after it, the sheet
        // may list the projects themselves)
        let months = sheet.replacen("进展情况表（截至9月底）", "推进情况(1-11月)", 1);
        assert!(!parsed(&months).kind.is_plan());
        let continued = sheet.replacen("进展情况表（截至9月底）", "推进情况(续表)", 1);
        assert!(parsed(&continued).kind.is_plan());
        // (…or with the month it reports named before it, `12月份重点工作分解落实情况`)
        let month = sheet.replacen(
            "民生实事项目进展情况表（截至9月底）",
            "12月份重点工作分解落实情况",
            1,
        );
        assert!(!parsed(&month).kind.is_plan());
        // (a sheet summing the progress up, `进展情况汇总表`, reports it too)
        let summed = sheet.replacen("进展情况表（截至9月底）", "进展情况汇总表", 1);
        assert!(!parsed(&summed).kind.is_plan());
    }

    #[test]
    fn a_report_on_plans_made_names_no_plan_of_its_own() {
        let news = "为更好地总结2021年的工作成果，我院召开了2021年工作总结2022年工作计划汇报会。\
                    共计121个科室及部门负责人对2021年工作进行总结，对2022年工作提出计划。\n\n\
                    办公室主任孟凡辰主持会议\n\n\
                    汇报会上，各科室负责人从指标完成情况等几个方面展开。\n";
        let plan = parsed(news);
        assert!(!plan.kind.is_plan(), "{}", plan.kind.reason);
        // with 本 or 如下 the word names the text itself
        let own = "为做好安全生产工作，结合实际，特制定本方案。\n\n\
                   一、开展隐患排查。各村要全面排查安全隐患。\n\n\
                   二、加强宣传教育。各学校开展安全教育活动。\n";
        assert!(parsed(own).kind.is_plan());
    }

    #[test]
    fn opinions_giving_out_work_are_plans_and_opinions_on_work_done_are_not() {
        let body = "\n\n一、推进教育协调发展。深入实施学前教育五年行动计划。\n\n\
                    二、推进教育持续发展。优化教育资源布局。\n";
        for title in [
            "昆山市2017年教育工作意见",
            "乡人民政府2010年小春生产意见",
            "乡镇2023年工作目标和工作措施",
            "工业园区管委会月度工作安排意见",
            "教育体育局2020年为民办实事",
            "清溪县2025年民生实事",
            "县发展改革局2024年工作意见",
            "西安市2017年煤炭削减替代工作实施细则",
            // (a government's policy opinion gives out its measures as work)
            "关于加强基层治理体系建设的意见",
            "关于2017年教育工作的意见",
        ] {
            let plan = parsed(&format!("{title}{body}"));
            assert!(plan.kind.is_plan(), "{title}: {}", plan.kind.reason);
            assert_eq!(plan.tasks.len(), 2, "{title}");
        }
        for title in [
            "2024年度考核意见",
            "县审计局关于2023年预算执行情况的审计意见",
            "关于《清溪县养老服务条例（草案）》公开征求意见",
            "县长在全县经济工作会议上讲的三点意见",
            "2024年巡察反馈意见",
            "机关工作人员年度考核工作意见",
            "关于支持2024年民营经济发展的若干工作措施",
            "区委组织部扎实开展我为群众办实事",
            "我局扎实推进2024年为民办实事",
            "县政府召开2024年民生实事",
            "煤炭削减替代工作实施细则",
        ] {
            let plan = parsed(&format!("{title}{body}"));
            assert!(!plan.kind.is_plan(), "{title}: {}", plan.kind.reason);
        }
        // a township's 工作总体考虑 plans its year too
        let plan = parsed(&format!("乡镇工作总体考虑{body}"));
        assert!(plan.kind.is_plan(), "{}", plan.kind.reason);
    }

    #[test]
    fn a_notice_whose_items_all_state_their_units_carries_its_plan() {
        // the plan's items follow the notice without its title printed again
        let text = "清溪县人民政府办公室关于印发清溪县2023年政务公开工作要点的通知 清政办发〔2023〕12号\n\n\
                    各乡镇人民政府，县直各单位：\n\n现将《清溪县2023年政务公开工作要点》印发给你们，请认真贯彻落实。\n\n\
                    一、深化重点领域公开\n\n\
                    1.推进财政信息公开。按规定时限公开部门预决算。（县财政局牵头，各部门负责）\n\n\
                    2.推进教育信息公开。（县教育局负责，2023年8月底前）\n\n\
                    3.推进重大建设项目公开。（县发改局负责，长期坚持）\n";
        let plan = parsed(text);
        assert!(plan.kind.is_plan(), "{}", plan.kind.reason);
        assert_eq!(plan.tasks.len(), 3);
    }

    #[test]
    fn a_notice_naming_the_list_it_issues_only_as_made_is_no_plan() {
        // the title names the list without 《》; the body quotes it as made already, and its
        // requirements address everyone (各单位要…), naming no one
        let text = "某市交通运输局关于印发安全生产专项整治2021年任务清单的通知\n\n局直各单位：\n\n\
                    根据上级文件精神，局安办制定了《某市交通运输安全生产专项整治2021年任务清单》。现将有关事项通知如下：\n\n\
                    一、提高思想认识。各单位要深入学习领会安全生产重要论述精神。\n\n\
                    二、强化集中攻坚。市交通运输局调整了任务清单，各单位要制定年度专项整治工作方案。\n\n\
                    三、加强督查问效。各单位要加强专项整治工作的监督。\n\n\
                    四、做好信息报送。各单位要定期梳理分析相关情况。\n";
        let plan = parsed(text);
        assert!(!plan.kind.is_plan(), "{}", plan.kind.reason);
        assert!(plan.tasks.is_empty());
    }

    #[test]
    fn a_notice_saying_its_requirements_follow_is_no_plan_whoever_they_name() {
        // each requirement names units (区（分）局 reads as one), but the issuing sentence says
        // the notice's own requirements follow; the plan it issues is not on the page
        let text = "某市自然资源和规划局关于印发强化要素保障助力稳增长实施方案的通知\n\n\
                    各区（分）局、机关各处室：\n\n\
                    研究制定了《强化要素保障助力稳增长实施方案》，现印发给你们，并就有关要求通知如下：\n\n\
                    一、加强政策宣传。各相关责任部门、区（分）局要开展送政策上门。\n\n\
                    二、推动政策落地。各相关责任部门、区（分）局要聚焦重大项目的用地需求。\n";
        let plan = parsed(text);
        assert!(!plan.kind.is_plan(), "{}", plan.kind.reason);
        assert!(plan.tasks.is_empty());
    }

    #[test]
    fn a_notice_whose_requirements_address_classes_of_units_is_no_plan() {
        // each requirement names units, but only classes of them (各区、各有关部门要…): the
        // notice asks everyone; the 任务分工 it issues is attached, not here
        let text = "清溪市人民政府办公厅关于印发民生工程项目目标任务分工的通知\n\n各区人民政府，各有关单位：\n\n\
                    现将《清溪市民生工程项目目标任务分工》印发给你们，并将有关事项通知如下。\n\n\
                    一、加强领导，落实责任\n\n各区、各有关部门要高度重视，名单于8月18日前报市政府办公厅。\n\n\
                    二、加强协调，细化方案\n\n各区、各有关部门要加强沟通和协调，及时协调解决工程建设中的问题。\n";
        let plan = parsed(text);
        assert!(!plan.kind.is_plan(), "{}", plan.kind.reason);
        assert!(plan.tasks.is_empty());
    }

    #[test]
    fn a_notice_setting_out_dated_stages_with_their_units_carries_work() {
        // the notice issues a plan not printed here, but its own matters are a schedule whose
        // stages each name units and their time: that work is the text's
        let notice = "关于印发某省职业病防治三项行动实施方案的通知\n\n\
                      各市州卫生健康委：\n\n现将实施方案印发给你们，请遵照执行，并将有关事项通知如下。\n\n\
                      一、实施步骤\n\n\
                      （一）动员部署阶段（2024年7月底前）。各市州卫生健康委要制定具体的实施计划。\n\n\
                      （二）工作实施阶段（2024年8月—2025年9月）。各市州卫生健康委要按照实施计划开展工作。\n\n\
                      （三）总结评估阶段（2025年10月—12月）。省卫生健康委组织有关部门开展总结评估。\n";
        let plan = parsed(notice);
        assert!(plan.kind.is_plan(), "{}", plan.kind.reason);
        assert_eq!(plan.tasks.len(), 3);
    }

    #[test]
    fn a_notice_without_the_plan_it_issues_is_no_plan() {
        let notice = "清溪县人民政府办公室关于印发《清溪县2026年重点工作任务分解方案》的通知\n\n\
                      各乡镇人民政府，县直各单位：\n\n现将《清溪县2026年重点工作任务分解方案》印发给你们，请认真抓好落实。\n\n\
                      1.明确任务，压实责任。各牵头单位要制定具体措施，于2026年2月3日前报县政府办公室。\n\n\
                      2.加强督考，狠抓落实。县政府督考办要加大督查力度（牵头单位：县政府督考办）。\n\n\
                      清溪县人民政府办公室\n2026年1月20日\n";
        let plan = parsed(notice);
        assert!(!plan.kind.is_plan(), "{}", plan.kind.reason);
        assert!(
            plan.kind.reason.contains("印发通知"),
            "{}",
            plan.kind.reason
        );
        // with the plan after it, the plan is read
        let carried = format!(
            "{notice}\n清溪县2026年重点工作任务分解方案\n\n\
             1.推进政务公开标准化。（牵头单位：县政府办公室）\n\n\
             2.推进基层政务公开。（牵头单位：县政务服务中心）\n"
        );
        assert!(parsed(&carried).kind.is_plan());
        // …also when its title is broken over two lines
        let measures = notice.replace(
            "2026年重点工作任务分解方案",
            "优化营商环境的若干具体落实措施",
        );
        let broken = format!(
            "{measures}\n清溪县优化营商环境的若干\n具体落实措施\n\n\
             1.推进政务公开标准化。（牵头单位：县政府办公室）\n\n\
             2.推进基层政务公开。（牵头单位：县政务服务中心）\n"
        );
        assert!(parsed(&broken).kind.is_plan());
        // (a line that is only the title's first part names another text)
        let other = format!(
            "{measures}\n清溪县优化营商环境的若干\n\n\
             1.推进政务公开标准化。（牵头单位：县政府办公室）\n"
        );
        assert!(!parsed(&other).kind.is_plan());
        // (a cover sentence opening with the name, wrapped, is the notice's own)
        let wrapped = format!(
            "{measures}\n清溪县优化营商环境的若干\n具体落实措施已经县政府同意，现印发给你们。\n\n\
             1.各乡镇要于10月15日前报送实施方案。\n"
        );
        assert!(!parsed(&wrapped).kind.is_plan());
        // …and when the notice's title names its issuer before 关于印发 and the plan's title
        // is printed after that name, on a page saved as one line (`…2018年3月13日清溪县市场监督
        // 管理局开展互联网广告专项整治工作方案 为贯彻落实…`)
        let issuer_first = "当前位置： 首页政务公开最新文件部门文件 清溪县市场监督管理局关于印发开展互联网广告\
            专项整治工作方案的通知 时间：2018-03-14 16:37 微信 微博 QQ空间 各处室，分局：现将《清溪县市场监督管理\
            局开展互联网广告专项整治工作方案》印发给你们，请结合实际认真贯彻执行。工作中遇到情况问题，请及时与市场\
            规范处联系，联系人：林云亭，联系电话：0591-23163655。 附件：互联网广告专项整治工作统计表 清溪县市场监督\
            管理局 2018年3月13日清溪县市场监督管理局开展互联网广告专项整治工作方案 为贯彻落实《福建省工商局关于\
            开展互联网广告专项整治工作方案的通知》（闽工商广〔2018〕63号）要求，现结合我区互联网广告市场秩序实际，\
            制定本工作方案。一、指导思想全面贯彻党的十九大精神，以习近平新时代中国特色社会主义思想为指导，认真研判\
            互联网广告监管新形势，牢牢把握互联网广告监管新机遇，加大互联网广告监管力度，为建设清溪县作出新贡献。\
            三、时间安排 1.部署阶段（2018年3月）。组织开展专项整治的动员部署。2.整治阶段（2018年4月—10月底）。严厉\
            查处各类虚假违法互联网广告。3.总结阶段（2018年11月—12月10日）。汇总专项整治工作情况，形成书面报告上报。\n";
        assert!(parsed(issuer_first).kind.is_plan());
    }

    #[test]
    fn a_title_that_interprets_a_plan_is_no_plan() {
        let text = "副秘书长解读2026年市政府工作报告重点工作任务部门分工方案\n\n\
                    一、分工方案的主要内容\n\n共分成131项工作任务，明确了牵头单位和配合单位。\n\n\
                    二、推动落实的措施\n\n一是督促各单位健全机制（牵头单位：市政府办公室）。\n";
        let plan = parsed(text);
        assert!(!plan.kind.is_plan(), "{}", plan.kind.reason);
        assert!(plan.tasks.is_empty());
        // a plan for the work of interpreting is a plan
        let work = "清溪县关于加强政策解读工作的实施方案\n\n\
                    1.建立解读材料与政策文件同步起草机制。（牵头单位：县政府办公室）\n\n\
                    2.开展政策解读培训。（牵头单位：县司法局）\n";
        assert!(parsed(work).kind.is_plan());
    }

    #[test]
    fn an_untitled_list_of_work_is_a_plan() {
        // a task list copied out of its table: no title, no units, no time limits
        let list = "1、健全组织体系，完善县、乡级河长制组织架构。\n\
                    2、河长办开展综合协调、政策研究、督导考核等工作。\n\
                    3、制定年度总体目标，细化年度计划任务和治理项目清单。\n\
                    4、建立河长巡查、河长会议、工作督查等基本制度。\n\
                    5、定期召开成员单位联席会议，研究解决重大问题。\n\
                    6、推进安全生态水系建设。\n";
        let plan = parsed(list);
        assert!(plan.kind.is_plan(), "{}", plan.kind.reason);
        assert_eq!(plan.tasks.len(), 6);
        // a subject that names a unit is read as who does the work
        let named: Vec<(usize, &str)> = plan
            .tasks
            .iter()
            .flat_map(|t| t.units.iter().map(move |u| (t.index, u.name.as_str())))
            .collect();
        assert_eq!(named, [(2, "河长办")]);
        // three or four items cut from a plan are still its work, when every one opens with a
        // verb of work; two say too little
        let four: String = list.lines().take(4).map(|l| format!("{l}\n")).collect();
        assert_eq!(parsed(&four).tasks.len(), 4);
        let two: String = list.lines().take(2).map(|l| format!("{l}\n")).collect();
        assert!(!parsed(&two).kind.is_plan());
        // (studying is work: `1.深入学习习近平外交思想。`)
        let study = "1.深入学习习近平外交思想。坚持外交大权在党中央。\n\
                     2.健全完善全市外事工作领导体制和工作机制。\n\
                     3.着力加强外事工作调研和战略研究。\n";
        assert_eq!(parsed(study).tasks.len(), 3);
        // (so is striking at a target: `严厉打击黑恶势力。`, `依法严惩，清除后患。`)
        let campaign = "2. 严厉打击黑恶势力。聚焦涉黑涉恶问题突出的重点区域、行业、领域。\n\
                        3. 依法严惩，清除后患。坚持打早打小、有黑扫黑。\n\
                        4. 健全部门齐抓共管机制。提高工作整体性、协同性。\n";
        assert_eq!(parsed(campaign).tasks.len(), 3);
        // (…but a list of the problems found, however it opens, is none)
        let problems = "1.突出问题整改不到位，部分单位整改流于形式。\n\
                        2.突出矛盾化解不及时，信访积案较多。\n\
                        3.理顺关系的工作滞后，职责交叉。\n";
        assert!(!parsed(problems).kind.is_plan());
        // …but a notice's requirements, or a report's items, are no plan
        let requirements = "一、加强组织领导。各乡镇要高度重视，主要负责同志亲自抓。\n\
                            二、强化责任落实。严格按照时间节点推进各项工作。\n\
                            三、严格工作纪律。对工作不力的单位予以通报批评。\n";
        assert!(!parsed(requirements).kind.is_plan());
        // (…though one such item among four of work is the list's own first step)
        let points = "1.加强组织领导和保障。进一步落实综合治理领导责任制。\n\
                      2.强化检查督办工作。年内组织2次以上联合督查活动。\n\
                      3.加强社会宣传工作。积极组织开展宣传月和宣传日活动。\n\
                      4.加强政法队伍建设。加强思想政治教育。\n";
        assert_eq!(parsed(points).tasks.len(), 4);
        let three: String = points.lines().take(3).map(|l| format!("{l}\n")).collect();
        assert!(!parsed(&three).kind.is_plan());
        let report = "一是强化招商意识。1—10月共完成地方级收入6182万元，同比增长12.5%。\n\
                      二是优化营商环境。全年累计完成签约项目11个。\n\
                      三是加快项目建设。首个自主项目即将开工建设。\n";
        assert!(!parsed(report).kind.is_plan());
        // (…nor is a news report's, one of them telling with 了 what was done)
        let news = "一是坚决抓实力量统筹不松劲。召开燃气安全紧急工作部署会，建立工作专班。\n\
                    二是坚决打击违法行为不减弱。严查违规经营和使用罐装燃气等违法行为。\n\
                    三是坚决排查安全隐患不遗漏。指导各村制定了隐患排查整治工作方案。\n";
        assert!(!parsed(news).kind.is_plan());
        assert!(parsed(&news.replace("制定了", "制定")).kind.is_plan());
    }

    #[test]
    fn a_report_telling_of_a_task_table_it_made_is_not_named_by_it() {
        let report = "一、加强组织领导\n\n一是明确工作责任。继续将政务公开工作列入县政府工作分工。\
                      二是实时跟进推动。及时制定下发《2021年德化县政务公开工作主要任务分解表》，要求各乡镇认真对照。\n";
        assert!(!parsed(report).kind.is_plan());
        // 特制定 with the plan's own name still names it
        let plan = report.replace(
            "及时制定下发《2021年德化县政务公开工作主要任务分解表》",
            "特制定本任务分解表",
        );
        assert!(parsed(&plan).kind.is_plan());
    }

    #[test]
    fn a_notice_asking_for_next_years_plan_is_not_named_by_it() {
        let notice = "各区县(市)机关事务管理部门,市直有关单位:\n\
                      为全面总结一年来公共机构节能工作,研究提出明年工作安排,请认真总结2017年工作。\
                      现将有关事项通知如下:\n\
                      一、报送材料。2017年度公共机构节能工作总结和2018年度工作思路。\n\
                      二、报送方式及时间。材料于2017年11月24日前报送至我局节能管理处。\n";
        let read = parsed(notice);
        assert!(!read.kind.is_plan(), "{:?}", read.kind);
        // 特制定 names this text, and so does 研究制定 with 如下
        for made in ["特制定明年工作安排", "研究制定如下工作安排"] {
            let plan = notice.replace("研究提出明年工作安排", made);
            assert!(parsed(&plan).kind.is_plan(), "{made}");
        }
    }

    #[test]
    fn a_short_untitled_list_putting_a_system_in_place_is_work() {
        // (实行 puts a system in place: `乡实行干部联村负责制` is work to do)
        let list = "1、建立专业环卫队伍,每天对集镇和公共区域进行打扫。\n\
                    2、各村建立专业保洁员,每天对村公共区域打扫。\n\
                    3、乡实行干部联村负责制,干部负责所辖村环境卫生保洁。\n";
        let plan = parsed(list);
        assert!(plan.kind.is_plan(), "{:?}", plan.kind);
        assert_eq!(plan.tasks.len(), 3);
        // …but a report that it was put in place tells of work done
        let done = list.replace("乡实行干部联村负责制", "乡实行了干部联村负责制");
        assert!(!parsed(&done).kind.is_plan());
    }

    #[test]
    fn a_call_for_comments_is_not_named_by_the_comments_it_asks_for() {
        let call = "为管好农村公路,我局起草了《农村公路管理养护实施办法(征求意见稿)》。\
                    为进一步修改完善此方案,请社会各界提出修改意见,相关意见可通过以下方式反馈至我局。\n\
                    1.联系电话:0564-1234567。通信地址:市交通运输局公路科。\n";
        let read = parsed(call);
        assert!(!read.kind.is_plan(), "{:?}", read.kind);
        // …but a text offering its own opinions names itself
        let own = call.replace("请社会各界提出修改意见", "现提出如下实施意见");
        assert!(parsed(&own).kind.is_plan());
    }

    #[test]
    fn an_untitled_text_with_a_part_of_another_kind_is_that_kind() {
        let catalogue = "第一部分 概述\n一、责任主体：某镇人民政府\n\
                         第二部分 主动公开基本目录\n\
                         1.机构职能。公开本镇机构设置及职能。（责任单位：镇党政办）\n\
                         2.政策文件。公开本镇规范性文件。（责任单位：镇司法所）\n";
        let plan = parsed(catalogue);
        assert!(!plan.kind.is_plan(), "{:?}", plan.kind);
        // parts of a plan name no other kind
        let parts = catalogue.replace("主动公开基本目录", "重点任务");
        assert!(parsed(&parts).kind.is_plan());
    }

    #[test]
    fn an_untitled_weekly_schedule_of_meetings_to_attend_is_work_to_do() {
        let text = "一、教学工作\n1、周二参加区教育技术负责人会议。\n\
                    2、周三下午举行学期主课题工作会议。\n3、周四上交电脑制作活动参赛作品。\n\
                    4、周五参加区小学音乐教材培训。\n5、周五上交各班兴趣小组名单。\n";
        let plan = parsed(text);
        assert!(plan.kind.is_plan(), "{:?}", plan.kind);
        assert_eq!(plan.tasks.len(), 5);
    }

    #[test]
    fn a_meeting_that_set_out_points_is_news_not_their_plan() {
        // `明确` names what a meeting or a summary set out, never this text, colon or not
        let news = "1月15日，县委、县政府召开全县农业农村工作会议。会议总结了2023年工作，\
                    明确了2024年农业农村工作要点：\n\
                    1.稳定粮食生产，确保粮食播种面积稳定。\n\
                    2.推进高标准农田建设，新建高标准农田2万亩。\n\
                    3.加强动物疫病防控，抓好春秋两季集中免疫。\n";
        assert!(!parsed(news).kind.is_plan(), "{}", parsed(news).kind.reason);
        let summary = "我镇高度重视安全生产工作，明确各村安全生产目标责任清单，层层签订责任书。\n\
                       1.全年共开展安全检查120次，排查整改隐患86处。\n\
                       2.组织开展应急演练12场，参演群众3000余人次。\n";
        assert!(
            !parsed(summary).kind.is_plan(),
            "{}",
            parsed(summary).kind.reason
        );
    }

    #[test]
    fn a_model_text_sites_tails_do_not_hide_the_title_word() {
        let v = crate::plan::vocab::Vocabulary::bundled().expect("bundled vocabulary");
        for title in [
            "关于乡镇年度工作计划范文汇总（精选20篇）",
            "镇目标工作计划（2篇）.docxVIP",
            "乡镇2021年工作规划范文",
            "乡镇环境卫生整治方案（精选13篇）",
            "第一学期学校安全工作计划4篇",
            "关于社区综合文化服务中心工作计划报告范文",
            "安全生产月工作方案2022年",
            "整治方案范文1",
            "中学工作计划篇2",
            "撂荒地治理方案篇一",
            "学校安全工作计划篇十二",
            "最新校园安全稳定工作方案通用7篇",
            "2022年度卫生工作计划集合10篇.docx",
            "村2006年森林防火工作方案[VIP]",
            "德育处工作计划和安排（学校德育工作月度计划）",
            "妇联工作计划和目标怎么写1",
            "爱国卫生工作计画",
            "2020年精神文明建设工作计划4篇下载本文",
            "幼儿园卫生保健工作计划_幼儿园计划总结",
            "环境综合整治工作方案范例6篇",
            "2016年乡镇五四青年节活动方案1",
            "【2016年乡镇五四青年节活动方案2】",
        ] {
            assert!(plan_word(title, &v).is_some(), "{title}");
        }
        // the site's category after an underscore does not make the plan a summary
        let page = "幼儿园卫生保健工作计划_幼儿园计划总结\n\n一、本年度工作\n\
                    1、成立卫生保健工作的各项组织。\n2、搞好一年一度的体检工作。\n\
                    3、办好卫生保健知识宣传栏。\n";
        assert!(parsed(page).kind.is_plan());
        assert_eq!(
            other_word("政府信息公开工作年度报告范文", &v).map(String::as_str),
            Some("年度报告")
        );
        assert!(plan_word("范文", &v).is_none());
        assert!(plan_word("关于2024年工作计划执行情况的报告", &v).is_none());
        // a periodical's issue after its title word: the bulletin is no plan, whatever it reports
        for title in [
            "平潭卫计局工作简报201904期",
            "卫生健康工作简报第4期",
            "工作简报2019年第4期",
        ] {
            assert_eq!(
                other_word(title, &v).map(String::as_str),
                Some("简报"),
                "{title}"
            );
        }
        let bulletin = "平潭卫计局工作简报201904期\n\n我局召开全区卫生健康工作会议。会议要求：\
                        一要强化组织管理。二要加大问责力度。（综合处）\n\
                        1.开展预防接种督查。（公卫处）\n2.召开信息系统培训会。（公卫处）\n";
        assert!(!parsed(bulletin).kind.is_plan());
        // …and a plan's own issue leaves it a plan
        assert!(plan_word("乡村振兴培训班工作方案第2期", &v).is_some());
    }

    #[test]
    fn a_page_title_loses_the_sites_name_and_the_section_before_it() {
        let v = crate::plan::vocab::Vocabulary::bundled().expect("bundled vocabulary");
        for (title, kept) in [
            (
                "关于印发《2022年实事》的通知_区政府办公室文件_上海市宝山区人民政府门户网站",
                "关于印发《2022年实事》的通知",
            ),
            (
                "关于印发工作要点的通知_通知公告_某县政府网",
                "关于印发工作要点的通知",
            ),
            // without a site's name after it, a tail is the title's own
            (
                "关于印发工作要点的通知_区政府办公室文件",
                "关于印发工作要点的通知_区政府办公室文件",
            ),
            // only one section: the title's own dash stays
            (
                "2021-2023年行动计划_政府文件_某县政府网",
                "2021-2023年行动计划",
            ),
            ("城乡-社区工作计划_政府文件_某县政府网", "城乡-社区工作计划"),
            // (a title's own words after a dash, or the title after the section)
            (
                "稳中求进抓落实——区政府工作要点_区人民政府网",
                "稳中求进抓落实——区政府工作要点",
            ),
            (
                "政策文件_关于印发城区政务公开工作要点的通知_城区人民政府网",
                "政策文件_关于印发城区政务公开工作要点的通知",
            ),
            // a section's name before the title it brackets, not a short note after a title
            (
                "背街小巷整治【**区城市环境背街小巷综合整治2月份工作计划】",
                "**区城市环境背街小巷综合整治2月份工作计划",
            ),
            (
                "城市环境综合整治实施方案【2023】",
                "城市环境综合整治实施方案【2023】",
            ),
            // (…nor a note longer than the title that names no kind of text)
            (
                "教学工作计划【2023-2024学年第一学期】",
                "教学工作计划【2023-2024学年第一学期】",
            ),
            // (a section that names a kind of text is still a section)
            (
                "工作总结【某某县2024年城市环境综合整治工作方案】",
                "某某县2024年城市环境综合整治工作方案",
            ),
        ] {
            assert_eq!(without_page_tail(title, &v), kept, "{title}");
        }
    }

    #[test]
    fn a_text_that_says_it_makes_a_plan_is_one() {
        let text = "为深入贯彻落实上级关于政务公开工作的决策部署，结合街道实际，特制定中都街道政务公开工作实施方案。\n\
                    一、强化政策解读，完善工作机制\n\
                    街道明确专职人员承担政务公开日常工作，建立定期调度机制。\n\
                    二、深化主动公开，提升公开质效\n\
                    严格落实主动公开目录动态调整机制，及时公开政策文件。\n";
        let plan = parsed(text);
        assert_eq!(
            plan.kind.reason,
            "正文称本文为“中都街道政务公开工作实施方案”，以“方案”结尾，是工作方案"
        );
        assert_eq!(plan.tasks.len(), 2);
        // 制定 with no kind of text after it names nothing
        let other = text.replace("特制定中都街道政务公开工作实施方案", "制定并落实公开制度");
        assert!(!parsed(&other).kind.is_plan());
    }

    #[test]
    fn news_of_a_speech_lists_the_speakers_points_not_work() {
        let points = "1.完善体制机制,提升管理水平,建立健全工作机制。\n\n\
                      2.加快职能转变,不断规范党政机关办展。\n\n\
                      3.推动特色发展,培育一批品牌展会。\n\n\
                      4.培育市场主体,打造若干龙头展览企业。\n\n\
                      5.建立统计制度,全面摸清家底。\n";
        let news = format!(
            "3月10日,省商务厅召开全省展览业工作会议。张副厅长出席会议并讲话。\n\n\
             张副厅长指出,我省发展展览业优势明显。\n\n{points}"
        );
        let plan = parsed(&news);
        assert!(!plan.kind.is_plan(), "{}", plan.kind.reason);
        // …and so do news telling what the meeting did before what a leader stressed
        let did = "8月19日下午,县交通运输局组织召开安全专项整治工作推进会。\
                   会议总结了近三年行动成果,部署下阶段工作安排。\n\n\
                   最后,副局长陈宏财强调:\n\n\
                   一是完善机制,强化监督职能,持续加大隐患排查治理力度。\n\n\
                   二是持续深化整治行动,深入抓好“两个清单”。\n\n\
                   三是加强信息报送,认真梳理目标任务清单。\n\n\
                   四是局属各相关科室要重点开展行业安全监管。\n\n\
                   五是强化隐患排查治理力度,确保运输行业安全平稳运行。\n";
        let plan = parsed(did);
        assert!(!plan.kind.is_plan(), "{}", plan.kind.reason);
        // the same points under a plain opening are a page cut from a list of work
        let list = format!("为推动展览业发展,各地要抓好以下工作。\n\n{points}");
        assert!(parsed(&list).kind.is_plan());
        // a titled notice may open by citing the meeting it carries out
        let notice = "关于切实做好2024年主汛期防汛工作的通知\n\n\
                      6月3日，县政府召开全县防汛工作会议，县长李某某出席会议并讲话。\
                      现就有关事项通知如下:\n\n\
                      一、全面排查风险隐患。各乡镇人民政府要在6月10日前完成山洪灾害危险区再排查。\n\n\
                      二、确保水库安全度汛。县水利局要在6月15日前完成小型水库汛前安全检查。\n\n\
                      三、抓好城市防涝。县住建局要在6月20日前完成城区排水管网清淤疏浚。\n";
        let plan = parsed(notice);
        assert!(plan.kind.is_plan(), "{}", plan.kind.reason);
        assert_eq!(plan.tasks.len(), 3);
    }

    #[test]
    fn a_duty_to_make_plans_does_not_name_the_text() {
        // a department's standing duties: making plans is one of them
        let text = "党委统战部是负责全校统一战线工作的职能部门。\n\n党委统战部的主要职责是:\n\n\
                    (一)开展调查研究,组织制定并实施学校统战工作的规划和计划。\n\n\
                    (二)负责联系民主党派和统战团体,牵头协调无党派人士工作。\n\n\
                    (三)统筹协调开展民族和宗教工作。\n";
        let plan = parsed(text);
        assert!(!plan.kind.is_plan(), "{}", plan.kind.reason);
        // the same item saying it makes this very text names it
        let named = text.replace("组织制定并实施学校统战工作的规划和计划", "特制定本计划");
        assert!(parsed(&named).kind.is_plan());
    }

    #[test]
    fn news_of_a_plan_made_is_no_plan() {
        let lede = "5月7日，部际联席会议办公室近日印发的《2025年知识产权强国建设推进计划》在国家\
                    知识产权局网站公布，明确了七个方面100余项重点任务。";
        let points = "——加快推进《中华人民共和国商标法》《集成电路布图设计保护条例》修改。\n\
                      ——加快推进《中华人民共和国著作权法实施条例》修订，加快修订《作品自愿登记试行办法》。\n\
                      ——推进《中华人民共和国植物新品种保护条例》修订。\n\
                      ——研究论证《生物遗传资源获取和惠益分享管理条例》。\n\
                      ——推进修订《中华人民共和国知识产权海关保护条例》。\n\
                      ——推进《中医药传统知识保护条例》立法进程。\n\
                      ——推进修订《国防专利条例》。\n";
        let news = format!(
            "{lede}\n来源 | 国家知识产权局\n{lede}\n\
             知产力注意到，在法律法规规章完善方面，《计划》明确了多部法规的修改进程。\n\
             其中，《计划》提出将在今年：\n{points}"
        );
        let news = news.as_str();
        let plan = parsed(news);
        assert!(!plan.kind.is_plan(), "{}", plan.kind.reason);
        assert!(plan.tasks.is_empty());
        assert!(opens_with_day("2025年5月7日，"));
        assert!(!opens_with_day("5月底前完成"));
        // a plan that cites the plan it carries out names itself
        let own = news.replace("明确了七个方面100余项重点任务。", "结合实际，制定本计划。");
        assert!(parsed(&own).kind.is_plan());
    }

    #[test]
    fn news_of_what_a_body_did_is_no_plan() {
        // an untitled news item: `近日,…` then what the bureau did, point by point
        let news = "近日,为贯彻落实全省专项行动会议精神,经开区分局在会后迅速部署开展行动。\n\
                    一是迅速传达部署。分局组织召开专项行动动员会议,全面部署排查整治工作。\n\
                    二是制定行动方案。分局结合本地区实际情况,制定专项行动实施方案。\n\
                    三是成立领导小组。分局成立专项行动领导小组,要求各有关科室加大执法力度。\n";
        let plan = parsed(news);
        assert!(!plan.kind.is_plan(), "{}", plan.kind.reason);
        assert!(plan.tasks.is_empty());
        // (a text opening so that says it makes the plan, or carries one, is the plan)
        let own = news.replace("在会后迅速部署开展行动。", "结合实际，制定本方案如下。");
        assert!(parsed(&own).kind.is_plan());
        // (…and so is an urgent notice opening with what happened, then asking for the work)
        let urgent = "近日,我市连续发生多起电动自行车火灾事故。为深刻吸取教训,请各地各部门立即做好以下工作:\n\
                      一、立即开展排查整治。各区县要组织开展电动自行车违规停放充电专项排查。\n\
                      二、加强宣传教育。各街道要深入社区开展消防安全宣传。\n\
                      三、严格执法检查。县消防救援大队要加大对违规行为的查处力度。\n";
        assert!(
            parsed(urgent).kind.is_plan(),
            "{}",
            parsed(urgent).kind.reason
        );
    }

    #[test]
    fn a_headline_reporting_a_plan_made_is_no_plan_unless_its_items_assign_work() {
        let news = "蒙城县城关镇制定秋季秸秆禁烧和综合利用工作方案\n\n\
                    为切实做好秋季秸秆禁烧工作，城关镇制定了工作方案。\n\n\
                    一、成立组织机构。镇成立秸秆禁烧工作领导小组。\n\n\
                    二、明确工作责任。实行包片包点责任制。\n\n\
                    三、加强宣传发动。利用标语、宣传车广泛宣传。\n";
        let plan = parsed(news);
        assert!(!plan.kind.is_plan(), "{}", plan.kind.reason);
        assert!(
            plan.kind.reason.contains("新闻标题"),
            "{}",
            plan.kind.reason
        );
        // the plan's own title names no one who made it
        let own = news.replacen("蒙城县城关镇制定", "蒙城县城关镇", 1);
        assert!(parsed(&own).kind.is_plan());
        // a news page carrying the whole plan carries its assignments
        let carried = news
            .replace("领导小组。", "领导小组。（牵头单位：镇党政办）")
            .replace("责任制。", "责任制。（牵头单位：镇农业站）")
            .replace("广泛宣传。", "广泛宣传。（牵头单位：镇宣传办）");
        let plan = parsed(&carried);
        assert!(plan.kind.is_plan(), "{}", plan.kind.reason);
        assert_eq!(plan.tasks.len(), 3);
    }

    #[test]
    fn a_heading_over_standing_duties_makes_no_plan() {
        // a disclosure page: the river chiefs' duties under a heading saying they are duties
        let text = "一、河湖概况\n\n全县有大小河流29条，总长508.1公里。\n\n\
                    二、县级河湖长主要履行以下职责\n\n\
                    (一)审定并组织实施责任河湖“一河(湖)一策”方案;\n\n\
                    (二)组织研究责任河湖管理保护中的重大问题，协调和督促相关部门予以解决;\n\n\
                    (三)组织开展责任河湖的巡查和专项治理、整治行动;\n\n\
                    (四)对本级相关部门和下级河湖长履职情况进行督导;\n";
        let plan = parsed(text);
        assert!(!plan.kind.is_plan(), "{}", plan.kind.reason);
        assert!(plan.tasks.is_empty());
        // a heading dividing work among units (`明确部门职责`) says no such thing
        let divided = text.replace("县级河湖长主要履行以下职责", "明确工作任务");
        assert!(parsed(&divided).kind.is_plan());
    }

    #[test]
    fn a_law_database_s_article_card_is_no_title() {
        // 文章属性 and its ∙【…】 fields over 正文: the notice's own title is the title, and a
        // notice issuing a plan it does not carry assigns nothing
        let text = "文章属性\n∙【制定机关】武汉市人民政府办公厅\n∙【公布日期】2020.01.17\n\
                    ∙【字 号】武政办〔2020〕1号\n∙【时效性】现行有效\n正文\n\
                    市人民政府办公厅关于印发2020年市\n《政府工作报告》确定的主要目标任务责任分解方案的通知\n\
                    各区人民政府，市人民政府各部门：\n\
                    《2020年市〈政府工作报告〉确定的主要目标任务责任分解方案》已经市人民政府同意，现印发给你们，请一并贯彻执行。\n\
                    一、层层压实责任，积极推进办理工作。各责任单位要加强组织领导。\n\
                    二、加强工作统筹，科学制订办理方案。各责任单位要于2020年2月3日前报送办理方案。\n";
        let plan = parsed(text);
        let title = plan
            .meta
            .title
            .as_ref()
            .map(|t| t.value.as_str())
            .unwrap_or("");
        assert!(title.starts_with("市人民政府办公厅关于印发"), "{title}");
        assert!(!plan.kind.is_plan(), "{}", plan.kind.reason);
    }

    #[test]
    fn a_budget_disclosure_s_main_duties_make_no_plan() {
        // a page cut from a department's budget disclosure: its contents, then `（一）主要职责`
        // over the bureau's standing duties
        let text = "目 录
1.主要职责及内设机构
2.2023年主要工作任务
3.2023年预算编制情况及说明
                    一、主要职责及内设机构
(一)主要职责
                    1.贯彻落实党和国家关于文化、旅游工作的方针、政策及法律、法规。
                    2.统筹全市文化、旅游事业和相关产业发展，拟订发展规划并组织实施。
                    3.管理、协调、指导重大文化、旅游、体育活动。
                    4.负责全市公共文化事业发展，推进公共文化服务体系建设。
                    5.负责全市非物质文化遗产保护。
";
        let plan = parsed(text);
        assert!(!plan.kind.is_plan(), "{}", plan.kind.reason);
        assert!(plan.tasks.is_empty());
        // the same items under a heading of work are a plan's
        let work = text.replace("(一)主要职责", "(一)重点工作");
        assert!(parsed(&work).kind.is_plan());
    }

    #[test]
    fn an_offices_post_responsibilities_make_no_plan() {
        // a finance bureau's page: `一、岗位责任制` over its standing duties, no title
        let text = "一、岗位责任制\n\
                    1、拟定和执行全市财政发展战略和中长期规划、改革方案及其它有关政策。\n\
                    2、贯彻执行中央和省有关财政政策、法规，制定具体实施办法。\n\
                    3、负责组织指导全市财政工作，编制年度市级财政收支预算草案并组织执行。\n";
        let plan = parsed(text);
        assert!(!plan.kind.is_plan(), "{}", plan.kind.reason);
        // (the same items under a plan's title and a heading of work are its tasks)
        let work = format!(
            "市财政局2024年工作要点\n{}",
            text.replace("岗位责任制", "重点工作")
        );
        assert!(parsed(&work).kind.is_plan());
    }

    #[test]
    fn policy_measures_each_assigned_to_units_are_a_plan_whatever_their_title() {
        let text = "关于进一步帮助市场主体纾困解难的具体实施细则\n\n\
                    一、落实财税支持政策\n\n\
                    1.积极争取省级专项资金，支持中小微企业。(责任单位:市工信局、市财政局)\n\n\
                    2.认真落实小规模纳税人免征增值税政策。\n\n\
                    3.成立“智改数转”工作专班，出台三年行动计划。(责任单位:市工信局)\n";
        let plan = parsed(text);
        assert!(plan.kind.is_plan(), "{}", plan.kind.reason);
        // (the second, a sibling of assigned items, is a task whose units go unnamed)
        assert_eq!(plan.tasks.len(), 3);
        // one assigned item in three is a rule's duty clause, not a list of measures
        let one = text.replace("(责任单位:市工信局)", "");
        let plan = parsed(&one);
        assert!(!plan.kind.is_plan(), "{}", plan.kind.reason);
        assert!(plan.kind.reason.contains("细则"), "{}", plan.kind.reason);
        // a report lists its units too, and stays a report
        let report = text.replace("具体实施细则", "工作情况通报");
        assert!(!parsed(&report).kind.is_plan());
    }

    #[test]
    fn the_text_issued_is_the_one_named_before_the_issuing_words() {
        let v = Vocabulary::bundled().unwrap();
        let p = "为落实《中华人民共和国食品安全法》等法律法规，市食药安办编制形成了\
                 《上海市2022年度食品安全工作责任清单》，现印发给你们。请认真贯彻落实。";
        assert_eq!(
            issued_in(p, &v).as_deref(),
            Some("上海市2022年度食品安全工作责任清单")
        );
        assert_eq!(
            issued_in("《2023年工作要点》已经同意，现印发给你们。", &v).as_deref(),
            Some("2023年工作要点")
        );
        assert_eq!(issued_in("认真落实《食品安全法》。", &v), None);
    }

    #[test]
    fn a_notice_title_without_marks_still_names_what_it_issues() {
        // no 《》: the name runs from 印发 to 的通知; the body holds only the cover requirements
        let notice = "杭州市人民政府办公厅关于印发2020年政府工作报告重点工作责任分解的通知\n\n\
                      各区、县(市)人民政府,市政府各部门:\n\n\
                      《2020年政府工作报告重点工作责任分解》已经市政府同意,现印发给你们。\n\n\
                      一、各级各部门要提高站位,强化责任,不折不扣落实重点工作任务。\n\n\
                      二、责任分解中,列第一位的责任单位为牵头单位。市政府督查室要督促推进落实。\n\n\
                      杭州市人民政府办公厅\n2020年5月20日\n";
        let plan = parsed(notice);
        assert!(
            plan.kind.reason.contains("印发通知"),
            "{}",
            plan.kind.reason
        );
        // …but a page under such a title whose text says it is the plan is the plan
        let page = "泰州关于印发优化营商环境行动方案的通知\n\
                    为进一步优化营商环境,结合我市实际,制定本方案。\n\
                    一、开展行政审批提速行动\n\
                    （一）持续加大简政放权力度。削减审批事项。（责任单位:市行政审批局、住建局）\n\
                    （二）优化工程项目许可办理。推行联合审图。（责任单位:市住建局）\n";
        let plan = parsed(page);
        assert!(plan.kind.is_plan(), "{}", plan.kind.reason);
        assert_eq!(plan.tasks.len(), 2);
        // …or whose items label their units, under the plan's title printed otherwise
        let printed = "厦门市人民政府办公厅关于印发聚焦企业关切进一步落实优化营商环境政策若干措施的通知\n\
                       各区人民政府,市直各委、办、局:\n\
                       《厦门市聚焦企业关切进一步落实优化营商环境政策的若干措施》已经市政府同意,现印发给你们。\n\
                       厦门市人民政府办公厅\n2019116\n\
                       厦门市聚焦企业关切进一步落实\n优化营商环境政策的若干措施\n\
                       一、营造公平竞争市场环境\n\
                       （一）推进完善PPP健康运行长效机制。\n责任单位:市发改委、市财政局\n时限要求:持续推进\n\
                       （二）严格落实全省统一的招投标政策。\n责任单位:市建设局\n时限要求:持续推进\n";
        let plan = parsed(printed);
        assert!(plan.kind.is_plan(), "{}", plan.kind.reason);
        assert_eq!(plan.tasks.len(), 2);
    }

    #[test]
    fn a_page_without_its_title_is_named_by_its_opening_or_its_inner_title() {
        // `现提出如下实施意见`
        let opinion = "为全面开展党建工作,结合学校实际,现提出如下实施意见。\n\
                       一、总体目标要求\n坚持以党的政治建设为统领。\n\
                       二、打造政治强核\n1.实施政治强核行动计划,做到把方向过硬。健全长效机制。\n";
        let plan = parsed(opinion);
        assert_eq!(
            plan.kind.reason,
            "正文称本文为“实施意见”，以“实施意见”结尾，是工作方案"
        );
        // a notice that lost its signature, then the plan's own title (`…责任分解`)
        let notice = "关于2017年重点工作的通知\n各市、州、县人民政府,省政府各部门:\n\
                      经省人民政府同意,现将《政府工作报告》确定的工作任务进行责任分解。\n\
                      《政府工作报告》重点工作责任分解\n\
                      一、2017年经济社会发展的主要任务\n\
                      （一）坚定不移保持经济平稳健康发展\n\
                      1.强化产业项目建设,重点抓好国家存储器基地等项目建设。\n";
        let plan = parsed(notice);
        assert!(plan.kind.is_plan(), "{}", plan.kind.reason);
        assert_eq!(
            plan.meta.plan_title.map(|t| t.value).as_deref(),
            Some("《政府工作报告》重点工作责任分解")
        );
        assert_eq!(plan.tasks.len(), 1);
    }

    #[test]
    fn an_untitled_list_of_standing_duties_is_no_plan() {
        let duties = "街道办事处是市政府的派出机构,负责辖区内行政管理工作。主要工作职责是:\n\
                      一、贯彻上级党委、人民政府的决议、决定;\n\
                      二、负责搞好辖区内城市环境管理工作;\n\
                      三、负责辖区内社会治安综合治理工作;\n\
                      四、负责指导、帮助社区居民委员会开展工作;\n\
                      五、管理街道财务,配合有关部门进行财务审计;\n\
                      六、负责指导和组织开展群众文化、科普工作。\n";
        let plan = parsed(duties);
        assert!(!plan.kind.is_plan(), "{}", plan.kind.reason);
        // …whatever units its items name (`检查政法部门…`, `协调公安局…`)
        let named = "县级党委政法委主要有以下职能:\n\
                     一、根据党委的部署,统一政法各部门的思想和行动;\n\
                     二、县维稳办负责组织协调维护社会稳定的工作;\n\
                     三、县综治办负责组织协调社会治安综合治理工作;\n\
                     四、研究加强政法队伍建设的措施;\n";
        let plan = parsed(named);
        assert!(!plan.kind.is_plan(), "{}", plan.kind.reason);
        assert!(plan.tasks.is_empty());
        // the same list introduced as work to do is one
        let work = duties.replace("主要工作职责是:", "今年重点做好以下工作:");
        assert!(parsed(&work).kind.is_plan());
        // …and so is one whose intro only mentions duties on the way
        let work = duties.replace("主要工作职责是:", "切实履行监管职责,重点抓好以下工作:");
        assert!(parsed(&work).kind.is_plan());
    }

    #[test]
    fn articles_calling_themselves_rules_under_a_plans_page_title_are_no_plan() {
        // a model-text site's page named for what was searched (`领军人才实施方案`) over a
        // piece in articles that says what it is (`特制定本办法`)
        let page = "领军人才实施方案\n\
                    第一篇:领军人才实施方案\n\
                    清溪省领军人才队伍建设实施办法\n\
                    第一章 总 则\n\
                    第一条 为了进一步加强领军人才队伍建设，特制定本办法。\n\
                    第二条 领军人才是指业务能力过硬的高层次专业技术人才。\n\
                    第三条 领军人才工作由省委组织部、省人事厅牵头，省直有关部门具体负责实施。\n\
                    第四条 各地各有关部门要制定完善领军人才培养计划。\n";
        let plan = parsed(page);
        assert!(!plan.kind.is_plan(), "{}", plan.kind.reason);
        assert!(plan.tasks.is_empty());
        // a plan laid out in articles that calls itself a plan stays one
        let plan = parsed(&page.replace("特制定本办法", "特制定本方案"));
        assert!(plan.kind.is_plan(), "{}", plan.kind.reason);
    }

    #[test]
    fn a_timetable_of_work_is_a_plan() {
        // a census's 工作时间表: phases with their months over the steps to take
        let timetable = "清溪县2018年经济普查工作时间表\n\
                         一、普查区划分及绘图\n\
                         2018年7-8月\n\
                         1.工作准备。统一选定电子底图。\n\
                         2.划分普查区。对本地管辖区域进行确认。\n";
        let plan = parsed(timetable);
        assert!(plan.kind.is_plan(), "{}", plan.kind.reason);
        let due: Vec<&str> = plan
            .tasks
            .iter()
            .flat_map(|t| t.deadlines.iter().map(|d| d.raw.as_str()))
            .collect();
        assert_eq!(due, ["2018年7-8月", "2018年7-8月"]);
    }

    #[test]
    fn an_untitled_report_of_work_done_is_not_a_plan() {
        let report = "二、主要做法和工作成效\n\
                      （一）加强组织机构建设，进一步理顺政府信息公开工作管理体制。\n\
                      （二）完善指南和目录，各部门更新了政府信息公开指南。\n\
                      （三）健全工作机制，完善主动公开、依申请公开制度。\n\
                      （四）建设查阅场所，加强档案馆、图书馆硬件建设。\n\
                      （五）开展宣传培训，通过专家座谈、征文活动开展宣传。\n\
                      （六）规范依申请公开，全年办结申请一百二十件。\n";
        let plan = parsed(report);
        assert!(!plan.kind.is_plan(), "{}", plan.kind.reason);
        // the same items as a statute's articles
        let articles = "第一条 为加强政府信息公开工作，制定本细则。\n\
                        第二条 建立健全政府信息公开工作机制。\n\
                        第三条 完善主动公开目录，及时更新。\n\
                        第四条 加强依申请公开办理，规范答复。\n\
                        第五条 开展政府信息公开培训。\n";
        assert!(!parsed(articles).kind.is_plan());
    }

    #[test]
    fn a_list_of_practical_matters_is_a_plan_when_a_notice_issues_it() {
        let items = "1.既有多层住宅加装电梯新增400台、完工200台。\n\
                     2.新增5个普惠性托育点，为区内所有义务教育阶段学校提供校内课后服务。\n\
                     3.为10个老旧小区实施消防设施改造。\n";
        let notice = format!(
            "上海市宝山区人民政府办公室关于印发《2022年区政府要完成的与人民生活密切相关的实事》的通知\n\
             2022年区政府要完成的与人民生活密切相关的实事\n{items}"
        );
        let got = parsed(&notice);
        assert!(got.kind.is_plan(), "{}", got.kind.reason);
        assert_eq!(got.tasks.len(), 3);
        // news of the same list, or of a campaign to do such matters, is none
        for title in [
            "回眸2022：我区十件民生实事",
            "区税务局：用心用情为群众办实事",
        ] {
            let got = parsed(&format!("{title}\n{items}"));
            assert!(!got.kind.is_plan(), "{title}: {}", got.kind.reason);
        }
        // …and so are targets a notice hands down by name, under a legal site's banner
        let targets = "1、按照建“节约型机关”的要求,实现一般性公文网上交换。(20分)\n\
                       2、优化物理网络及设备,搞好重要数据的备份工作。(10分)\n\
                       3、加快电子政务外网网络平台建设,开通电子政务外网网站。(10分)\n";
        let handed = format!(
            "法搜网--中国法律信息搜索网\n\
             内江市人民政府办公室关于下达2007年度电子政务建设工作目标任务的通知\n{targets}"
        );
        let got = parsed(&handed);
        assert!(got.kind.is_plan(), "{}", got.kind.reason);
        assert_eq!(
            got.meta.title.map(|t| t.value).as_deref(),
            Some("内江市人民政府办公室关于下达2007年度电子政务建设工作目标任务的通知")
        );
        assert_eq!(got.tasks.len(), 3);
    }

    #[test]
    fn an_untitled_page_making_known_the_progress_of_tasks_is_a_report() {
        let items = "1.轨道交通1号线一期工程投入试运营。
牵头领导：林静国 责任单位：市轨道交通工程建设指挥部
                     2.新建城市绿道100公里。
牵头领导：张三 责任单位：市住建委
";
        let report = format!(
            "2014年市政府民生实事项目共有42项任务，各责任单位高度重视。现将实事项目1—6月份进展情况予以公示，接受社会监督。
{items}"
        );
        let got = parsed(&report);
        assert!(!got.kind.is_plan(), "{}", got.kind.reason);
        // the same items opened as a plan opens them
        let plan = format!(
            "为办好2014年市政府民生实事项目，现将任务分解如下。
{items}"
        );
        let got = parsed(&plan);
        assert!(got.kind.is_plan(), "{}", got.kind.reason);
        assert_eq!(got.tasks.len(), 2);
    }

    fn subj(title: &str) -> String {
        subject(title, &Vocabulary::bundled().unwrap())
    }

    #[test]
    fn subjects_of_titles() {
        // what a page adds after the document's own title
        assert_eq!(
            subj("2021年重大民生实事项目目标任务责任分解表.docx"),
            "2021年重大民生实事项目目标任务责任分解表"
        );
        assert_eq!(
            subj("乡镇禁止露天焚烧秸秆及秸秆综合利用实施方案_第1页"),
            "乡镇禁止露天焚烧秸秆及秸秆综合利用实施方案"
        );
        assert_eq!(
            subj("湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见-湖南省人民政府门户网站"),
            "落实《政府工作报告》重点工作部门分工的意见"
        );
        // a dash inside the title is the title's own
        assert_eq!(
            subj("数字政府建设三年行动方案（2022-2024年）"),
            "数字政府建设三年行动方案（2022-2024年）"
        );
        assert_eq!(
            subj("关于印发《平潭综合实验区新污染物治理工作方案》的通知"),
            "平潭综合实验区新污染物治理工作方案"
        );
        assert_eq!(
            subj("关于印发2016年政务公开工作主要任务分解表的通知"),
            "2016年政务公开工作主要任务分解表"
        );
        assert_eq!(
            subj("关于调整区直机关、事业单位工作时间的通知"),
            "调整区直机关、事业单位工作时间"
        );
        assert_eq!(
            subj("关于报送2025年工作计划和安排的通知"),
            "关于报送2025年工作计划和安排的通知"
        );
        assert_eq!(
            subj("中华人民共和国政府信息公开条例"),
            "中华人民共和国政府信息公开条例"
        );
        // the issuer before 关于印发, a notice named in title marks
        assert_eq!(
            subj("京政办发〔2016〕26号《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》"),
            "北京市2016年政务公开工作要点"
        );
        assert_eq!(
            subj(
                "市人民政府办公室关于印发六盘水市新型基础设施建设三年行动方案（2022—2024年）的通知"
            ),
            "六盘水市新型基础设施建设三年行动方案（2022—2024年）"
        );
        assert_eq!(
            subj("关于转发《国务院办公厅关于印发2016年政务公开工作要点的通知》的通知"),
            "2016年政务公开工作要点"
        );
        // the notice's own 发文字号 after its title
        assert_eq!(
            subj("广东省人民政府关于印发2021年省《政府工作报告》重点任务分工方案的通知 (粤府〔2021〕22号)"),
            "2021年省《政府工作报告》重点任务分工方案"
        );
    }

    #[test]
    fn a_shared_plan_word_over_dated_work_items_is_a_plan() {
        let text = "体育局重点工作目标\n\n一、办好品牌体育赛事\n\
                    1.全国帆船冠军赛。3月底前签订办赛协议，6月底前印发竞赛规程。\n\
                    2.国际青少年网球巡回赛。7月底前完成赛事运行与服务。\n\
                    二、开展全民健身运动\n1.开展全民健身十佳评选活动。12月底前完成。\n\
                    2.承办全国老年人体育健身大会。9月底前完成。\n";
        let plan = parsed(text);
        assert!(plan.kind.is_plan(), "{:?}", plan.kind);
        assert_eq!(plan.tasks.len(), 4);
        // the same title over items of which few say by when is no plan
        let text = "体育局重点工作目标\n\n一、办好品牌体育赛事\n\
                    1.全国帆船冠军赛，力争参赛人数创新高。\n2.国际青少年网球巡回赛，提升赛事影响力。\n\
                    3.开展全民健身十佳评选活动。12月底前完成。\n";
        assert!(parsed(text).tasks.is_empty());
        // a news headline reporting on such a plan is none
        let news = "我县召开推进会部署全年工作目标\n\n一、办好品牌体育赛事\n\
                    1.全国帆船冠军赛。3月底前签订办赛协议。\n2.国际网球巡回赛。7月底前完成。\n\
                    3.全民健身十佳评选活动。12月底前完成。\n";
        assert!(parsed(news).tasks.is_empty());
    }

    #[test]
    fn a_notice_that_sets_out_the_plan_it_issues_carries_it() {
        let body = "\n发布部门：某区政府办公室\n发布时间：2019年06月25日\n有效性：未知\n\
                    为深入推进本区“一网通办”工作，结合本区实际，现提出2019年本区“一网通办”\
                    工作要点安排如下：\n1.实现网上行政审批事项提交材料平均减少一半。（责任部门：区府办）\n\
                    2.实现所有行政审批事项办理时限平均减少一半。（责任部门：区审改办）\n";
        let title = "某区人民政府办公室关于印发《2019年某区深入推进“一网通办”工作要点》的通知";
        let plan = parsed(&format!("{title}{body}"));
        assert!(plan.kind.is_plan(), "{:?}", plan.kind);
        assert_eq!(plan.tasks.len(), 2);
        // a notice that only says what to do with the plan it issues does not carry it
        let bare = "\n各街道：\n《2019年某区深入推进“一网通办”工作要点》已经区政府同意，现印发给你们，\
                    请认真贯彻执行。\n1.请各单位按照要点要求抓好落实。\n2.请于12月底前报送落实情况。\n";
        assert!(!parsed(&format!("{title}{bare}")).kind.is_plan());
    }

    #[test]
    fn an_untitled_notice_issuing_a_plan_it_does_not_carry_is_no_plan() {
        let notice = "局机关各处室、各直属单位：\n\
                      省市场监管局组织制定了《2021年政务公开工作主要任务分解表》，现印发给你们，\
                      并就有关要求通知如下：\n\
                      一、各单位要认真对照工作任务，结合各自职责细化推进举措。\n\
                      二、各单位要强化责任担当，主要负责人要切实负起第一责任。\n";
        let plan = parsed(notice);
        assert!(!plan.kind.is_plan(), "{:?}", plan.kind);
        assert!(plan.tasks.is_empty());
        // signed before its items, the plan follows the notice, untitled
        let carried = "各乡（镇）人民政府，县政府各部门：\n\
                       《东川县2026年春节期间烟花爆竹禁放工作方案》已经县人民政府同意，现印发给你们。\n\
                       东川县人民政府办公室\n2026年1月12日\n一、职责分工\n\
                       县委宣传部：制订宣传工作方案，2026年1月20日前完成。\n\
                       县公安局：负责组织协调禁放日常工作。\n";
        assert!(parsed(carried).kind.is_plan());
        // an introduction saying the text follows in full carries it, its title not repeated
        let follows = "导读\n近日，国家标准化管理委员会印发了《2019年全国标准化工作要点》。\
                       《2019年全国标准化工作要点》全文如下:\n\
                       2019年是建国70周年，是决胜全面建成小康社会的关键之年。\n\
                       一、深化标准化工作改革\n\
                       1.充分发挥中国工程院国家高端智库作用，吸收更多专家参与。\n\
                       2.基于项目研究成果，抓紧编制标准化战略纲领性文件。\n\
                       3.加强强制性国家标准的管理，健全强制性标准体系。\n";
        let plan = parsed(follows);
        assert!(plan.kind.is_plan(), "{:?}", plan.kind);
        assert_eq!(plan.tasks.len(), 3);
    }

    #[test]
    fn a_summary_and_plan_whose_copy_holds_only_the_summary_is_no_plan() {
        let summary = "城市管理2021年工作总结暨2022年工作计划\n\
                       一、2021年工作开展情况\n\
                       一是认真落实省高质量考核任务。5项考核任务均按进度完成。\n\
                       二是扎实推进市容整治。市城管局牵头完成背街小巷整治120条。\n";
        let plan = parsed(summary);
        assert!(!plan.kind.is_plan(), "{}", plan.kind.reason);
        assert!(plan.tasks.is_empty());
        // the plan's part, when the copy holds it, makes it a plan
        let both = format!(
            "{summary}二、2022年工作计划\n\
             （一）推进垃圾分类。市城管局牵头，6月底前完成小区全覆盖。\n\
             （二）整治占道经营。各区政府负责，全年持续推进。\n"
        );
        assert!(
            parsed(&both).kind.is_plan(),
            "{}",
            parsed(&both).kind.reason
        );
    }

    #[test]
    fn an_experience_report_lists_practice_not_work() {
        let report = "万州区大周镇坚持和发展新时代“枫桥经验”,通过完善四项机制、强化三项措施,\
                      形成“四三三”多元矛盾调解体系,有力维护群众合法权益。\n\
                      一、完善四项机制,推进矛盾纠纷多元调解\n\
                      一是建立网格排查化解机制。依托镇、村、组,划分网格29个。\n\
                      二是完善班子成员接访机制。班子成员每周定点接访。\n\
                      三是建立矛盾研判机制。每月对各村摸排的矛盾进行研判。\n\
                      二、强化三项措施,推动矛盾纠纷化解\n\
                      一是以法治为准绳,推动矛盾纠纷依法化解。\n";
        let plan = parsed(report);
        assert!(!plan.kind.is_plan(), "{}", plan.kind.reason);
        assert!(plan.tasks.is_empty());
        // …and so is one opening with 近年来, though it names the plan it made
        let lede = "近年来,拳铺镇深入践行新时代“枫桥经验”,制定《拳铺镇矛盾纠纷调处化解效能提升年活动方案》。\n\
                    一、打造一个中心\n优化组织架构,成立领导小组,司法所、信访办、派出所参与。\n\
                    二、搭建两个平台\n建立线上平台,县司法局负责指导。\n";
        assert!(!parsed(lede).kind.is_plan(), "{}", parsed(lede).kind.reason);
        // a goal reached through the work is a plan's
        let goal = "力争通过三年努力,形成多元矛盾调解体系。\n\
                    一、完善排查机制。建立网格排查化解机制。\n\
                    二、完善接访机制。班子成员每周定点接访。\n\
                    三、建立研判机制。每月对各村摸排的矛盾进行研判。\n";
        assert!(parsed(goal).kind.is_plan(), "{}", parsed(goal).kind.reason);
    }

    #[test]
    fn an_explainer_headed_by_its_lists_background_is_no_plan() {
        let text = "一、清单制定背景\n基层是国家治理的“最后一公里”,街镇承担大量属地管理责任，\
                    特制定本清单。\n\
                    二、清单落地的实践路径\n青山区由编办牵头,梳理形成街镇履行职责事项清单。\n\
                    三、各街镇职责\n县民政局负责指导。\n";
        let plan = parsed(text);
        assert!(!plan.kind.is_plan(), "{}", plan.kind.reason);
        assert!(plan.tasks.is_empty());
    }

    #[test]
    fn a_notice_arranging_press_conferences_is_not_about_a_plan() {
        let text = "宁国市人民政府办公室关于2019年度新闻发布会和“政府开放日”活动计划安排的通知\n\
                    一、活动要求\n（一）市政府办负责编制发布会计划安排。\n\
                    （二）市政府新闻办负责通知新闻媒体参加。\n";
        let plan = parsed(text);
        assert!(!plan.kind.reason.contains("解读"), "{}", plan.kind.reason);
        // the record of a press conference on a plan speaks about it
        let about = "2024年政务公开工作要点新闻发布会\n\
                     一、工作要点的主要内容\n（一）市政府办负责推进决策公开。\n";
        assert!(!parsed(about).kind.is_plan());
    }

    #[test]
    fn an_interpretation_saying_why_a_plan_was_made_names_no_plan() {
        let text = "一、起草背景\n为理顺城市管理执法体制，明确市、区两级职责分工，有必要制定新的工作方案。\n\
                    二、主要内容\n（一）理顺城市管理体制。\n（二）划定城市管辖范围。\n\
                    （三）明确城市管理职责。\n";
        let plan = parsed(text);
        assert!(!plan.kind.is_plan(), "{:?}", plan.kind);
        // the same sentence opening a plan's text names it
        let own = "为理顺城市管理执法体制，明确市、区两级职责分工，制定本工作方案。\n\
                   一、主要任务\n（一）理顺城市管理体制。\n（二）划定城市管辖范围。\n";
        assert!(parsed(own).kind.is_plan());
        // …and a sentence naming the plan it goes on to explain heads an interpretation
        let explained = "为扎实完成安全生产专项整治目标任务，制定本实施方案，现解读如下：\n\
                         一、起草背景及经过\n2022年2月10日，区安委办起草了实施方案，区建设局等部门提出意见。\n\
                         二、主要内容\n方案共分五个部分。\n";
        assert!(!parsed(explained).kind.is_plan());
    }

    #[test]
    fn a_report_sharing_out_the_remedy_of_each_problem_by_label_is_a_plan() {
        let text = "关于某县门户网站自查情况报告\n各相关单位:\n一、存在问题\n\
                    1.办事服务在线办理深度不够。(整改责任单位:县行政服务中心)\n\
                    2.政策解读偏少。(整改责任单位:县司法局)\n\
                    3.互动交流访谈质量不高。\n\
                    4.重大建设项目信息更新较少。(整改责任单位:县住建局、县交通局)\n\
                    5.政府采购信息仅发布2条。(整改责任单位:县财政局)\n";
        let plan = parsed(text);
        assert!(plan.kind.is_plan(), "{:?}", plan.kind);
        assert_eq!(plan.tasks.len(), 5);
        assert_eq!(plan.tasks[1].units[0].name, "县司法局");
        // a report naming who answers for a point once or twice stays a report
        let report = text
            .replace("(整改责任单位:县住建局、县交通局)", "")
            .replace("(整改责任单位:县财政局)", "");
        assert!(!parsed(&report).kind.is_plan());
        // …and a report on work done labels the units that led it, sharing nothing out
        let done = "某县禁毒工作报告\n一、完成情况\n\
                    1.全县禁毒宣传。牵头单位：县委宣传部。已完成宣传100场。\n\
                    2.打击毒品犯罪。牵头单位：县公安局。破获案件20起。\n\
                    3.学校禁毒教育。牵头单位：县教育局。已完成。\n";
        assert!(!parsed(done).kind.is_plan(), "{:?}", parsed(done).kind);
    }

    #[test]
    fn paragraphs_saying_what_a_cited_text_does_make_an_interpretation() {
        let explained =
            "2016年10月，会议审议通过《关于深化统计管理体制改革的意见》（以下简称《意见》）。\n\
                         一、总体要求\n\
                         《意见》明确，要坚持党对统计工作的领导，坚持依法统计、依法治统。\n\
                         二、主要任务\n\
                         （一）健全防范和惩治统计造假责任制\n\
                         《意见》要求，建立健全防范和惩治统计造假责任体系，明确主体责任。\n";
        assert!(
            !parsed(explained).kind.is_plan(),
            "{:?}",
            parsed(explained).kind
        );
        // a plan citing its source once is still a plan
        let plan = "为贯彻落实《关于深化统计管理体制改革的意见》，制定本方案。\n\
                    一、总体要求\n\
                    《意见》明确了改革的目标，结合实际抓好落实。\n\
                    二、主要任务\n\
                    （一）健全统计数据质量责任制。区统计局牵头，2024年6月底前完成。\n\
                    （二）加强统计执法检查。区统计局负责，2024年9月底前完成。\n";
        assert!(parsed(plan).kind.is_plan(), "{:?}", parsed(plan).kind);
    }
}
