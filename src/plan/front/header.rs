//! Pass 3: the header — the issuer's 发文机关标志 (`…办公室文件`), the 发文字号 (above or
//! under the title) and the title. A web page's own title (`<title>`, `标题：`) tells which
//! line the title is, so navigation, labels and table headers never become it.

use super::{ends_like_sentence, located, whole, State};
use crate::plan::model::Located;
use crate::plan::text::normalize;
use crate::plan::Ctx;

/// Longest title line: titles of notices that carry a plan run long.
const MAX_TITLE_CHARS: usize = 90;
/// Fewest Chinese characters in a title line (`EN`, `|月份|` are chrome or table rows).
const MIN_TITLE_HAN: usize = 4;
/// Lines a title may be broken over.
const MAX_TITLE_LINES: usize = 3;
/// Content lines searched for the header from the top.
const HEADER_LINES: usize = 12;
/// Rank of a line that holds only part of the page's title: below every line that holds it
/// whole.
const PART_RANK: u8 = 5;
/// Longest line of a site's banner above a title (`欢迎来到010在线作文网!`); a longer line is
/// the body.
const MAX_CHROME_CHARS: usize = 40;
/// Shortest line taken as the page title's match when it only contains it.
const MIN_TITLE_MATCH_CHARS: usize = 8;

/// Whether line `k` could be (part of) a title.
pub(crate) fn is_title_ish(ctx: &Ctx, st: &State, k: usize) -> bool {
    let t = st.view.str(k);
    let p = ctx.meta_patterns;
    !is_menu_item(t)
        && t.chars()
            .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
            .count()
            >= MIN_TITLE_HAN
        && t.chars().count() <= MAX_TITLE_CHARS
        && !ends_like_sentence(t)
        && !p.is_doc_number(t)
        && !p.opens_as_doc_number(t)
        && p.date_line(t).is_none()
        && !ctx.vocab.is_publication_line(t)
        // (a line opening as a preamble does, `根据市政府《…》要求，参照《`, is a sentence
        // wrapped at the page's width)
        && !ctx
            .vocab
            .preamble_openers
            .iter()
            .any(|w| t.trim_start().starts_with(w.as_str()))
        && (ctx.numbering.at_start(t).is_none() || collected_piece(ctx, st, k))
        && !t.contains('\t')
}

/// Whether line `k` is a collection's piece named with its title (`第一篇：XX镇2024年安全生产工作
/// 方案`, a page of sample plans): a title, though numbered as a part.
fn collected_piece(ctx: &Ctx, st: &State, k: usize) -> bool {
    ctx.numbering
        .at_start(st.view.str(k))
        .is_some_and(|m| m.label.ends_with('篇'))
        && has_title_word(ctx, st, k)
}

/// Whether a line opens with a list's bullet: a site's menu item whatever it says (`• 通知公告`,
/// `• 人文社科`), never a title.
fn is_menu_item(line: &str) -> bool {
    line.trim_start()
        .starts_with(crate::document::text::LIST_BULLETS)
}

/// Whether line `k` holds a title word (方案, 通知 …).
pub(crate) fn has_title_word(ctx: &Ctx, st: &State, k: usize) -> bool {
    let t = ctx.vocab.fold(st.view.str(k));
    ctx.vocab.title_words.iter().any(|w| t.contains(w.as_str()))
}

/// Whether line `k` is a title word and nothing else (`工作计划`, `通知`): a site's category.
fn title_word_alone(ctx: &Ctx, st: &State, k: usize) -> bool {
    let t = ctx.vocab.fold(st.view.str(k));
    let t = crate::plan::text::normalize(&t);
    ctx.vocab
        .title_words
        .iter()
        .any(|w| t == *w || t.strip_prefix("工作") == Some(w.as_str()))
}

pub(crate) fn read(ctx: &Ctx, st: &mut State, title_hint: Option<&str>) {
    // a page's publication line (`时间：2025-03-18 09:42 打印本页`) may stand above the header
    let top: Vec<usize> = st
        .content()
        .filter(|&k| !st.view.lines[k].outside)
        .filter(|&k| {
            !ctx.vocab
                .is_publication_line(&ctx.vocab.fold(st.view.str(k)))
        })
        .take_while(|&k| k < st.view.first_table)
        .take(HEADER_LINES)
        .collect();
    let mut pos = issuer_and_number(ctx, st, &top);
    let hinted = title_hint
        .map(normalize)
        .or_else(|| st.field_title.as_ref().map(|t| t.value.clone()))
        .and_then(|hint| title_from_hint(ctx, st, &hint));
    match hinted {
        Some(k) => {
            if let Some(p) = top.iter().position(|&t| t == k) {
                pos = pos.max(p + 1);
            }
        }
        None => {
            let found = title_by_shape(ctx, st, &top[pos.min(top.len())..]);
            if found.is_none() {
                if let Some(t) = st.field_title.clone() {
                    st.meta.title = Some(t);
                }
            }
            if let Some(end) = found {
                if let Some(p) = top.iter().position(|&t| t == end) {
                    pos = p + 1;
                }
            }
        }
    }
    // the title printed again, whole or broken over lines (the page's heading, then the
    // document's own head): its pieces are the title's, not headings of the body
    if let Some(title) = st.meta.title.as_ref().map(|t| normalize(&t.value)) {
        let mut pieces = Vec::new();
        let mut printed = String::new();
        for &k in top.iter().skip(pos).take(MAX_TITLE_LINES) {
            let t = normalize(st.view.str(k));
            if t.chars().count() < MIN_TITLE_HAN || !title.contains(&(printed.clone() + &t)) {
                break;
            }
            printed.push_str(&t);
            pieces.push(k);
        }
        if printed == title && !pieces.is_empty() {
            for &k in &pieces {
                st.used[k] = true;
            }
            pos += pieces.len();
        }
    }
    // a 发文字号 on its own line under the title, perhaps below the page's date line
    // (`2019年7月19日` / `萍府办字〔2019〕17号`)
    if st.meta.doc_number.is_none() {
        let dated = top
            .get(pos)
            .is_some_and(|&k| ctx.meta_patterns.date_line(st.view.str(k)).is_some());
        let at = if dated { pos + 1 } else { pos };
        if let Some(&k) = top.get(at) {
            let t = st.view.str(k);
            if ctx.meta_patterns.is_doc_number(t) {
                st.meta.doc_number = Some(whole(ctx, st.view.lines[k].text, t.to_owned()));
                st.used[k] = true;
                // the page's date is not the document's signing date
                if dated {
                    st.used[top[pos]] = true;
                    st.page_date_line = Some(top[pos]);
                }
            }
        }
    }
}

/// Issuer and 发文字号 lines at the top; returns how many of `top` they take.
fn issuer_and_number(ctx: &Ctx, st: &mut State, top: &[usize]) -> usize {
    let v = ctx.vocab;
    let p = ctx.meta_patterns;
    let mut k = 0;
    while k < top.len() {
        let i = top[k];
        let t = normalize(&v.fold(st.view.str(i)));
        let next_is_number = top
            .get(k + 1)
            .is_some_and(|&n| p.is_doc_number(st.view.str(n)));
        let header_suffix = v
            .issuer_header_suffix
            .iter()
            .find(|s| t.ends_with(s.as_str()) && t.chars().count() > s.chars().count() + 2);
        // (a site's name over a repost, `…政策服务平台`, ends like an organ but names none)
        let organ_name = t
            .chars()
            .next_back()
            .is_some_and(|c| v.unit_suffixes.contains(&c))
            && !crate::plan::units::ends_as_no_unit(&t, v);
        if st.meta.issuer.is_none()
            && (header_suffix.is_some()
                || ((next_is_number || organ_name) && !has_title_word(ctx, st, i)))
            && is_title_ish(ctx, st, i)
        {
            let line = st.view.lines[i].text.trimmed();
            let mut end = line.len();
            if let Some(s) = header_suffix {
                end = line.as_str().trim_end().len() - s.len();
            }
            let name = normalize(&line.as_str()[..end]);
            st.meta.issuer = Some(located(ctx, &line, 0, end, name));
            st.used[i] = true;
            k += 1;
            continue;
        }
        let raw = st.view.str(i);
        if st.meta.doc_number.is_none() && p.is_doc_number(raw) {
            st.meta.doc_number = Some(whole(ctx, st.view.lines[i].text, raw.to_owned()));
            st.used[i] = true;
            k += 1;
            continue;
        }
        break;
    }
    k
}

/// The line that is the page's own title: equal to it, or holding it whole, or a long enough
/// part of it. Every line that repeats it is used. Returns the title's line.
fn title_from_hint(ctx: &Ctx, st: &mut State, hint: &str) -> Option<usize> {
    if hint.chars().count() < 4 {
        return None;
    }
    let mut found: Option<usize> = None;
    let mut best_rank = u8::MAX;
    let mut repeats = Vec::new();
    // an attachment's link names the file (`…的通知77号.ofd`): the title it starts with is the
    // page's, written whole elsewhere, unless the page's own title names a file too
    let hint_names_file = ctx.vocab.names_file(hint);
    for k in 0..st.view.lines.len() {
        if st.view.lines[k].text.is_blank()
            || !hint_names_file && ctx.vocab.names_file(st.view.str(k))
        {
            continue;
        }
        let t = normalize(&ctx.vocab.fold(st.view.str(k)));
        let rank = if t.len() > hint.len()
            && t.starts_with(hint)
            && is_title_ish(ctx, st, k)
            && has_title_word(ctx, st, k)
        {
            // the hint cut short (archives and page titles truncate long titles)
            0
        } else if t == hint {
            1
        } else if t.contains(hint) && t.chars().count() <= hint.chars().count() + 12 {
            2
        } else if t.chars().count() >= MIN_TITLE_MATCH_CHARS
            && hint.contains(&t)
            && is_title_ish(ctx, st, k)
            && has_title_word(ctx, st, k)
        {
            PART_RANK
        } else {
            continue;
        };
        if rank < PART_RANK {
            repeats.push(k);
        }
        // the page's title itself comes first, inside its main text before outside it
        let rank = rank + if st.view.lines[k].outside { 3 } else { 0 };
        if rank < best_rank {
            best_rank = rank;
            found = Some(k);
        }
    }
    // a metadata field's line (`名称：…`) holds the title with its label: the title is the
    // field's value
    let field_line = found.is_some_and(|k| st.used[k]);
    for k in repeats {
        st.used[k] = true;
    }
    let k = found?;
    st.used[k] = true;
    // a 发文字号 on its own line right above the title (版头 after a page's chrome)
    if st.meta.doc_number.is_none() {
        if let Some(above) = (0..k).rev().find(|&j| !st.view.lines[j].text.is_blank()) {
            let raw = st.view.str(above);
            if ctx.meta_patterns.is_doc_number(raw) {
                st.meta.doc_number = Some(whole(ctx, st.view.lines[above].text, raw.to_owned()));
                st.used[above] = true;
            }
        }
    }
    st.meta.title = match st.field_title.clone() {
        Some(field) if field_line => Some(field),
        _ => {
            let line = st.view.str(k);
            let lead = leading_space(st.view.lines[k].text);
            let (end, number) = title_words_end(ctx, st.view.lines[k].text, lead, line);
            let title = located(
                ctx,
                st.view.lines[k].text,
                0,
                lead + end,
                normalize(&line[..end]),
            );
            keep_number(st, number);
            Some(title)
        }
    };
    st.title_end = Some(k);
    Some(k)
}

/// Bytes of white space a line opens with: what [`super::View::str`] trims off its start.
fn leading_space(text: &crate::document::Text) -> usize {
    let s = text.as_str();
    s.len() - s.trim_start_matches(crate::document::is_space).len()
}

/// Where a title line's words end, and the 发文字号 printed after them if any: neither a
/// posting time ([`title_end`]) nor a number past white space ([`number_after_title`]) is the
/// title's. `words` is `text` from byte `lead` on.
fn title_words_end(
    ctx: &Ctx,
    text: &crate::document::Text,
    lead: usize,
    words: &str,
) -> (usize, Option<Located<String>>) {
    let end = title_end(words);
    match number_after_title(ctx, text, lead, &words[..end]) {
        Some((end, number)) => (end, Some(number)),
        None => (end, None),
    }
}

/// Where a title's words end when its 发文字号 is printed after them on its line, past white
/// space (`…联席会议制度的通知 西府办函〔2021〕146号`), and that number: the document's, not
/// the title's. `words` is `text` from byte `lead` on.
fn number_after_title(
    ctx: &Ctx,
    text: &crate::document::Text,
    lead: usize,
    words: &str,
) -> Option<(usize, Located<String>)> {
    let trimmed = words.trim_end_matches(crate::document::is_space);
    let gap = trimmed.rfind(crate::document::is_space)?;
    let number = trimmed[gap..].trim_start_matches(crate::document::is_space);
    let start = trimmed.len() - number.len();
    let title_words = trimmed[..gap].trim_end_matches(crate::document::is_space);
    if title_words.is_empty() || !ctx.meta_patterns.is_doc_number(number) {
        return None;
    }
    let located_number = located(
        ctx,
        text,
        lead + start,
        lead + trimmed.len(),
        number.to_owned(),
    );
    Some((title_words.len(), located_number))
}

/// Keep a 发文字号 printed after the title as the document's, unless one is read already.
fn keep_number(st: &mut State, number: Option<Located<String>>) {
    if st.meta.doc_number.is_none() {
        st.meta.doc_number = number;
    }
}

/// Where a title line's words end (in the trimmed line): before a posting time printed after
/// them (`2008-01-22 15:50`, `2021/10/01`), else at its end.
fn title_end(line: &str) -> usize {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(
            r"[\s\u{3000}]+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[\s\u{3000}]+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?[\s\u{3000}]*$",
        )
        .expect("static posting time regex")
    });
    re.find(line).map_or(line.len(), |m| m.start())
}

/// The title by its shape: consecutive title-like lines up to the first with a title word.
/// Returns its last line.
fn title_by_shape(ctx: &Ctx, st: &mut State, lines: &[usize]) -> Option<usize> {
    // a site's banner (`欢迎来到…网!`, `首页 > 工作计划`) may stand above the title: the first
    // title-like line with a title word is the title when only such chrome comes before it
    // (short lines of a site's menu, `相关栏目` `展开全部`, look like a title's first lines: they
    // are its banner when no title word ends them within a title's length)
    let titled = lines
        .iter()
        .take_while(|&&k| {
            let t = st.view.str(k);
            ctx.numbering.at_start(t).is_none() && t.chars().count() <= MAX_CHROME_CHARS
        })
        .position(|&k| is_title_ish(ctx, st, k) && has_title_word(ctx, st, k));
    // (a menu names no year and no unit: `清溪县2025年` / `“双减”` / `工作实施方案` and
    // `清溪县卫生健康局` / … / `学校卫生工作要点` are titles broken over lines)
    let menu = |k: usize| {
        let t = st.view.str(k);
        is_menu_item(t)
            || !t.contains(|c: char| c.is_ascii_digit() || c == '年')
                && !crate::plan::units::is_unit_list(t, ctx.vocab)
    };
    // (a title broken over lines is not broken by chrome: `政府信息公开` / `首页 > … > 工作计划` /
    // `二道区应急局2026年工作计划` is a menu, a breadcrumb and the title)
    let chrome_between = |p: usize| {
        (lines[p - 1] + 1..lines[p]).any(|j| st.used[j] && !st.view.lines[j].text.is_blank())
    };
    let banner = |p: usize| {
        !is_title_ish(ctx, st, lines[0])
            || lines[..p].iter().all(|&k| menu(k))
                && (p >= MAX_TITLE_LINES
                    || chrome_between(p)
                    || lines[..p].iter().any(|&k| !is_title_ish(ctx, st, k)))
    };
    // (a site's list of pages may print the title numbered at the top, `1. 村镇…实施方案`, over
    // the page's date and blurb and the title itself: the title is the line it echoes)
    let echoed = lines.first().and_then(|&k| {
        let t = st.view.str(k);
        let m = ctx.numbering.at_start(t)?;
        let named = normalize(t.get(m.len..)?);
        lines.iter().skip(1).position(|&j| {
            normalize(st.view.str(j)) == named
                && is_title_ish(ctx, st, j)
                && has_title_word(ctx, st, j)
        })
    });
    let skip = match echoed {
        Some(p) => p + 1,
        None => titled.filter(|&p| p > 0 && banner(p)).unwrap_or(0),
    };
    // the banner is the site's, not a heading of the plan
    for &k in &lines[..skip] {
        st.used[k] = true;
    }
    let lines = &lines[skip..];
    let mut group = Vec::new();
    let mut end = None;
    for (n, &k) in lines.iter().enumerate() {
        // a title broken before its genre word, perhaps spaced out (`关于落实…责任的` / `通 知`):
        // the word alone ends it, though too short to be a title line
        let genre_after_of = group
            .last()
            .is_some_and(|&prev| st.view.str(prev).trim_end().ends_with('的'))
            && title_word_alone(ctx, st, k);
        if genre_after_of {
            group.push(k);
            end = Some(k);
            break;
        }
        if !is_title_ish(ctx, st, k) {
            break;
        }
        // a site's category printed over the title (`工作计划` then `区2023年上半年河长制工作
        // 总结`): a genre's word alone names no document
        let category = group.is_empty()
            && title_word_alone(ctx, st, k)
            && lines
                .get(n + 1)
                .is_some_and(|&next| is_title_ish(ctx, st, next) && has_title_word(ctx, st, next));
        if category {
            st.used[k] = true;
            continue;
        }
        group.push(k);
        // a line ending in a cited name (`关于落实国务院《政府工作报告》` / `重点工作的任务分工`)
        // names what the title is about: a title line after it ends the title
        let cited = st.view.str(k).trim_end().ends_with(['》', '〉'])
            && lines
                .get(n + 1)
                .is_some_and(|&next| is_title_ish(ctx, st, next) && has_title_word(ctx, st, next))
            && group.len() < MAX_TITLE_LINES;
        if has_title_word(ctx, st, k) && !cited {
            end = Some(k);
            break;
        }
        if group.len() >= MAX_TITLE_LINES {
            break;
        }
    }
    if end.is_none() {
        group.truncate(1);
        end = group.first().copied();
    }
    let last = end?;
    let first = group[0];
    // a page's list prints the time it posted the text after the title (`…重点工作 2008-01-22
    // 15:50`): not the title's words
    // (a title printed as a table's one-cell caption, `| 2025年度…任务分解 |`, is its words)
    let caption_edge = |c: char| c == '|' || crate::document::is_space(c);
    let words = |k: usize| st.view.str(k).trim_matches(caption_edge);
    let full = st.view.lines[last].text.as_str();
    let last_lead = full.len() - full.trim_start_matches(caption_edge).len();
    let (last_end, number) = title_words_end(ctx, st.view.lines[last].text, last_lead, words(last));
    let value: String = group
        .iter()
        .map(|&k| {
            let line = words(k);
            normalize(if k == last { &line[..last_end] } else { line })
        })
        .collect();
    let tail = ctx.span(st.view.lines[last].text, 0, last_lead + last_end);
    let span = if first == last {
        tail
    } else {
        ctx.whole(st.view.lines[first].text).cover(tail)
    };
    for &k in &group {
        st.used[k] = true;
    }
    keep_number(st, number);
    st.meta.title = Some(Located { value, span });
    st.title_end = Some(last);
    Some(last)
}

#[cfg(test)]
mod tests {
    use crate::plan::parse_text;

    fn title(text: &str) -> Option<String> {
        parse_text(text).meta.title.map(|t| t.value)
    }

    #[test]
    fn a_garbled_doc_number_is_no_title() {
        // the copy lost the number's closing bracket and 号: it is still no title
        let text = "鄂府办发〔202214\n\n各旗区人民政府，市直各有关部门：\n\n\
                    现就做好2022年度绿色矿山建设相关工作要求如下。\n\n\
                    一、高质高效完成年度创建任务。各旗区要认真落实监管主体责任。\n";
        assert_eq!(title(text), None);
        // a number glued to the title before it leaves the title
        let glued = "金室字〔2020〕1号关于印发《金乡县农村人居环境整治工作分工方案》的通知\n\
                     各镇人民政府：现将方案印发给你们。\n";
        assert!(title(glued).is_some_and(|t| t.contains("关于印发")));
    }

    #[test]
    fn a_download_link_after_the_attachments_line_is_no_plan_carried_below() {
        // the page is the plan itself, addressed like a notice; its files follow for download
        let page = "2023年度某市公共机构节能工作任务分解\n\n各县、区公共机构节能管理部门:\n\n\
                    根据我市实际情况进行任务分解,具体要求如下:\n\n\
                    一、坚决制止餐饮浪费行为。各县、区2023年底前遴选绿色食堂不少于1个。\n\n\
                    二、扎实做好生活垃圾分类。各县、区2023年底前建设示范点不少于3个。\n\n\
                    三、全面推进合同能源管理。各县、区2023年底前落地项目不少于1个。\n\n\
                    附件:附件1.docx\n\n         附件2.docx\n\n\
                    2023年度某市公共机构节能工作任务分解.doc\n";
        let plan = crate::plan::parse_text(page);
        assert!(plan.kind.is_plan(), "{:?}", plan.kind);
        assert_eq!(plan.tasks.len(), 3);
        assert_eq!(plan.tasks[0].units[0].name, "各县、区");
    }

    #[test]
    fn an_attachments_file_name_is_not_the_pages_title() {
        // the page's title is whole in its metadata and split over the body's lines; the
        // attachment's link below the body starts with it and names a file
        let page = "<html><head><meta name=\"ArticleTitle\" content=\"某区应急管理局关于印发\
                    《某区矿山安全治本攻坚行动方案》的通知\"/><title>相关文件_某区政府</title></head>\
                    <body><div class=\"article_content\"><p>某区应急管理局关于印发</p>\
                    <p>《某区矿山安全治本攻坚行动方案》的通知</p><p>区港务公司：</p>\
                    <p>现将方案印发给你们，请认真贯彻执行。</p><p>某区矿山安全治本攻坚行动方案</p>\
                    <p>一、主要任务</p><p>1.推动意见落实。我局将细化矿山监管重点工作。</p>\
                    <p>2.加强培训。矿区要组织开展安全教育培训。</p>\
                    <p>3.管控风险。矿区要建立风险分析机制。</p></div>\
                    <ul><li><a href=\"./a.ofd\">某区应急管理局关于印发《某区矿山安全治本攻坚行动方案》\
                    的通知77号.ofd</a></li></ul></body></html>";
        let plan = crate::plan::parse_html(page);
        let title = plan.meta.title.expect("a title").value;
        assert!(!title.ends_with(".ofd"), "{title}");
        assert!(plan.kind.is_plan(), "{:?}", plan.kind);
        assert_eq!(plan.tasks.len(), 3);
    }

    #[test]
    fn a_reposts_original_title_line_gives_the_title_not_its_label() {
        // a news site reposting a notice labels its title `原标题：`
        let text = "原标题：马关县指挥部关于恢复农村集市赶集活动的通告\n\
                    马关县指挥部\n关于恢复农村集市赶集活动的通告\n\
                    现就有关事项通告如下：\n一、复市范围\n即日起恢复农村集市赶集活动。\n";
        let t = title(text).expect("a title");
        assert!(!t.contains("原标题"), "{t}");
        assert!(t.ends_with("关于恢复农村集市赶集活动的通告"), "{t}");
    }

    #[test]
    fn a_wrapped_preamble_line_is_no_title() {
        // a page cut from a plan's schedule: the line after the stage is its sentence's start
        let text = "第一阶段:编制政务公开目录(6月至7月)。\n\
                    根据市政府《关于进一步推行政务公开工作的通知》要求,参照《\n\
                    国务院办公厅关于做好网站内容保障工作的意见》编制政务公开分类目录。\n\
                    第二阶段:规范政务公开栏目(8月至10月)。\n\
                    各级政府及其部门要进一步规范网上政务公开栏目。\n";
        assert_eq!(title(text), None);
    }

    #[test]
    fn a_sites_menu_over_the_title_and_its_posting_time_are_not_the_title() {
        let menu = "相关栏目\n\n展开全部\n\n收起全部\n\n精选中学工作计划4篇\n\n\
                    一、常规工作\n\n1、制定新学期团委工作计划。\n\n2、办好学校宣传栏。\n";
        let plan = parse_text(menu);
        assert_eq!(
            plan.meta.title.map(|t| t.value).as_deref(),
            Some("精选中学工作计划4篇")
        );
        assert_eq!(plan.tasks.len(), 2);
        let posted = "2007年上海市政府重点工作 2008-01-22 15:50\n\
                      一、促进产业结构优化升级\n\
                      1、推进落实服务业政策，营造良好的发展环境。\n";
        let plan = parse_text(posted);
        let title = plan.meta.title.expect("a title");
        assert_eq!(title.value, "2007年上海市政府重点工作");
        assert_eq!(
            title.span.end - title.span.start,
            "2007年上海市政府重点工作".len()
        );
        assert!(plan.kind.is_plan());
    }

    #[test]
    fn a_portals_column_name_over_the_title_is_not_the_title() {
        // `通知公告` is the column the page sits in: the notice's title is the next line
        let page = "通知公告\n关于开展校内巡察整改评估工作的通知\n校内相关单位:\n\
                    现将有关事项通知如下。\n一、时间安排\n2025年9月1日至12月30日。\n";
        assert_eq!(
            title(page).as_deref(),
            Some("关于开展校内巡察整改评估工作的通知")
        );
        let report = "政府信息公开\n某区2016年政府信息公开工作年度报告\n\
                      本报告根据《中华人民共和国政府信息公开条例》编制。\n";
        assert_eq!(
            title(report).as_deref(),
            Some("某区2016年政府信息公开工作年度报告")
        );
    }

    #[test]
    fn a_reposts_site_name_and_page_date_leave_the_notice_its_issuer_and_addressees() {
        // a platform reposting a notice: its name over the title ends like an organ's (台),
        // and the page's date and source stand between the title and the addressees
        let page = "武汉文化产业政策服务平台\n\n\
                    武汉市人民政府办公厅关于印发重点工作任务责任分解方案的通知\n\n\
                    2022-10-19 14:39\n来源: 武汉市人民政府办公厅\n\n\
                    各区人民政府，市人民政府各部门：\n\n\
                    现将《重点工作任务责任分解方案》印发给你们，并提出如下要求：\n\n\
                    一、各牵头单位要切实履行牵头责任。\n\n\
                    二、请各牵头单位于3月9日前报送落实措施。\n\n\
                    武汉市人民政府办公厅\n\n2018年2月14日\n\n\
                    重点工作任务责任分解方案\n\n\
                    一、坚决打好三大攻坚战\n\n\
                    1.规范政府举债行为。（牵头单位：市财政局；责任单位：市审计局）\n\n\
                    二、推动高质量发展\n\n\
                    2.开展专项整治。（牵头单位：市金融工作局）\n";
        let plan = parse_text(page);
        assert_eq!(
            plan.meta.issuer.map(|t| t.value).as_deref(),
            Some("武汉市人民政府办公厅")
        );
        let addressees: Vec<String> = plan.meta.addressees.into_iter().map(|a| a.value).collect();
        assert_eq!(addressees, ["各区人民政府", "市人民政府各部门"]);
        assert!(plan.notice.is_some());
        assert_eq!(plan.tasks.len(), 2);
    }

    #[test]
    fn a_bulleted_menu_over_the_title_is_not_the_title_whatever_its_items_say() {
        // `• 人文社科` ends like a unit's name (科), but a bullet makes it the site's menu
        let page = "• 休闲生活\n  • 教育教学\n  • 经济贸易\n  • 政法军事\n  • 人文社科\n\
                    \n    我县落实市县长环保目标责任分解细则\n\n一、工作任务\n\
                    1、各乡镇政府继续推进2个生态文明村建设工作。\n\
                    2、水务局加强新城自然保护区的建设管理，组织开展自然保护区执法检查1次。\n";
        let plan = parse_text(page);
        assert_eq!(
            plan.meta.title.map(|t| t.value).as_deref(),
            Some("我县落实市县长环保目标责任分解细则")
        );
        // a breakdown of responsibilities is a plan, though 细则 alone names measures
        assert!(plan.kind.is_plan());
        assert_eq!(plan.tasks.len(), 2);
        // a bulleted item is never the title, though it names a kind of text (通知公告)
        let page = "• 通知公告\nXX县卫生健康局2024年学校卫生工作要点\n一、工作任务\n\
                    1.县疾控中心开展学生常见病监测。\n2.各乡镇卫生院开展校园传染病防控。\n";
        let plan = parse_text(page);
        assert_eq!(
            plan.meta.title.map(|t| t.value).as_deref(),
            Some("XX县卫生健康局2024年学校卫生工作要点")
        );
        assert_eq!(plan.tasks.len(), 2);
    }

    #[test]
    fn an_index_cards_label_left_without_its_value_does_not_take_the_title() {
        let page = "索  引  号 113708007381606177/2023-03478 公开方式 主动公开\n\
                    发布机构 济宁市农业农村局 组配分类 工作计划\n成文日期 2023-05-16 失效日期\n有效性\n\n\
                    2023年度全市农业农村重点工作要点\n\n\
                    1. 粮食播种面积和产量。积极开展吨粮县建设，6月底前完成春播。\n\n\
                    2. 大豆油料播种面积。深入实施大豆油料产能提升工程，年底前完成。\n";
        let plan = parse_text(page);
        assert_eq!(
            plan.meta.title.map(|t| t.value).as_deref(),
            Some("2023年度全市农业农村重点工作要点")
        );
        assert_eq!(
            plan.meta.issuer.map(|t| t.value).as_deref(),
            Some("济宁市农业农村局")
        );
        assert_eq!(plan.tasks.len(), 2);
        // a value on the line under its label is still the label's: an office, a category
        let card = "索引号\n431121000/2024-00388\n发布机构\n县自然资源和规划局\n\
                    县自然资源和规划局2024年工作要点\n\
                    一、加强耕地保护。6月底前完成耕地卫片执法整改。（责任单位：耕保股）\n\
                    二、推进国土空间规划编制。12月底前完成村庄规划编制。（责任单位：规划股）\n";
        let plan = parse_text(card);
        assert_eq!(
            plan.meta.issuer.map(|t| t.value).as_deref(),
            Some("县自然资源和规划局")
        );
        // (a value ends where the next field's label starts: 效力状态 of a law card)
        let status = "发文字号 武自然资规〔2022〕35号 主题分类 城乡建设\n\
                      发文单位 武汉市自然资源和规划局 效力状态 有效\n\
                      武汉市自然资源和规划局2022年工作要点\n\
                      一、加强耕地保护。6月底前完成耕地卫片执法整改。（责任单位：耕保处）\n";
        assert_eq!(
            parse_text(status).meta.issuer.map(|t| t.value).as_deref(),
            Some("武汉市自然资源和规划局")
        );
        let category = "索 引 号：113708007381606177/2024-03478\n主题分类\n计划规划\n成文日期：2024-03-16\n\
                        县农业农村局2024年工作要点\n\
                        一、稳定粮食生产。全年粮食播种面积稳定。（责任单位：种植业股，10月底前完成）\n";
        assert_eq!(
            parse_text(category).meta.title.map(|t| t.value).as_deref(),
            Some("县农业农村局2024年工作要点")
        );
    }

    #[test]
    fn a_title_printed_twice_whole_is_one_title_and_no_heading() {
        let page =
            "大理市城镇燃气安全专项整治工作实施方案\n\n大理市城镇燃气安全专项整治工作实施方案\n\n\
                    一、总体要求\n\n坚持人民至上。\n\n二、工作安排\n\n\
                    1.开展隐患排查。全面排查燃气管网隐患。\n";
        let plan = parse_text(page);
        let headings: Vec<&str> = plan.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(headings, ["总体要求", "工作安排"]);
    }

    #[test]
    fn a_title_printed_as_a_tables_caption_is_its_words() {
        let text =
            "| 2026年度区民政局重点工作任务分解 |\n| 序号 |\n责任单位 |\n考核指标 |\n完成时限 |\n\
                    | 1 |\n区民政局 |\n按月完成临时救助的审核确认工作。 |\n2026年12月底 |\n";
        let plan = parse_text(text);
        let title = plan.meta.title.expect("a title");
        assert_eq!(title.value, "2026年度区民政局重点工作任务分解");
        // the span ends with the words, before the closing bar
        assert_eq!(&text[title.span.start + 2..title.span.end], title.value);
    }

    #[test]
    fn a_sites_category_over_the_title_is_not_the_title() {
        let text = "您现在的位置是: 首页 > 公文汇编 > 工作计划\n\n工作计划\n\n\
                    区2023年上半年河长制工作总结\n\n一、工作开展情况\n\n\
                    一是强化河长履职尽责。召开2次区级总河长会议。\n\n二是开展图斑核查。4月份，全面完成现场复核。\n";
        let plan = parse_text(text);
        assert_eq!(
            plan.meta.title.map(|t| t.value).as_deref(),
            Some("区2023年上半年河长制工作总结")
        );
        assert!(!plan.kind.is_plan());
    }

    #[test]
    fn a_menu_line_over_a_breadcrumb_is_not_the_titles_first_line() {
        let page =
            "一网搜 登录| 注册\n\n政府信息公开\n\n首页 > 政府信息公开 > 决策公开 > 工作计划\n\n\
                    二道区应急局2026年工作计划\n时间:2026-01-16 14:53 来源:二道区应急局\n\
                    一、坚定指导思想\n坚持以人民为中心。\n\
                    二、确定总体奋斗目标\n到2026年底,安全生产形势持续稳定向好。\n\
                    三、构建风险防控体系\n1.全面推进智慧应急建设。建设小微企业智慧化管控系统。\n\
                    2.推进应急指挥平台建设。实现数据共享。\n";
        let plan = parse_text(page);
        assert_eq!(
            plan.meta.title.map(|t| t.value).as_deref(),
            Some("二道区应急局2026年工作计划")
        );
        // the goals' heading is context, its 到2026年底 no task's time limit
        let texts: Vec<&str> = plan.tasks.iter().map(|t| t.text.value.as_str()).collect();
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(texts[0].starts_with("全面推进智慧应急建设"));
    }

    #[test]
    fn a_sites_table_of_contents_prints_no_headings() {
        let page = "目录/提纲:……\n一、指导思想\n二、目标任务\n（一）爱国卫生组织管理\n\
                    （四）总结验收阶段(2011年1月1日—2011年3月31日)\n……\n\
                    青铜关镇创建市级卫生镇工作实施方案\n为了提高人民群众的生活质量,特制定以下实施方案。\n\
                    一、指导思想\n以科学发展观为指导。\n二、目标任务\n（一）爱国卫生组织管理\n\
                    1、镇爱卫会组织健全,成员单位分工明确。\n2、建立健全卫生管理制度。\n";
        let plan = parse_text(page);
        assert_eq!(
            plan.meta.title.map(|t| t.value).as_deref(),
            Some("青铜关镇创建市级卫生镇工作实施方案")
        );
        let texts: Vec<&str> = plan.tasks.iter().map(|t| t.text.value.as_str()).collect();
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(texts.iter().all(|t| !t.contains("总结验收")));
    }

    #[test]
    fn a_sites_numbered_link_echoing_the_title_is_not_its_first_item() {
        let text = "    1. 村镇地质灾害防治工作实施方案\n\n\
                    发布时间:2025-07-15 09:07:16   来源:党团工作\n\n\
                    下面是小编为大家整理的村镇地质灾害防治工作实施方案,供大家参考。\n\n\
                    村镇地质灾害防治工作实施方案\n\n一、防御措施\n\n1、组织全面排查\n\n\
                    各村要对隐患点进行认真排查，预案明确了责任人。\n\n2、建立抢险队伍\n\n\
                    各村要组织一支抢险队。\n";
        let plan = parse_text(text);
        assert_eq!(
            plan.meta.title.map(|t| t.value).as_deref(),
            Some("村镇地质灾害防治工作实施方案")
        );
        assert_eq!(plan.tasks.len(), 2);
    }

    #[test]
    fn a_breadcrumb_and_an_editors_blurb_are_not_the_title() {
        let crumbs = "找总结网 > 工作计划 > 年度工作计划 >\n\n森防站年度工作计划\n\n\
                      一、宣传教育\n\n1、乡政府出动森林防火宣传车，巡回宣传防火知识。\n\n\
                      2、张贴森林防火宣传标语。\n";
        assert_eq!(title(crumbs).as_deref(), Some("森防站年度工作计划"));
        // …or opening with the site's name, with no separator after the last name
        let site = crumbs.replacen(
            "找总结网 > 工作计划 > 年度工作计划 >",
            "找总结网 > 工作计划 > 年度工作计划",
            1,
        );
        assert_eq!(title(&site).as_deref(), Some("森防站年度工作计划"));
        // …or opening with 主页, or ending at the page it shows, a name left out (`> >`)
        let page = crumbs.replacen(
            "找总结网 > 工作计划 > 年度工作计划 >",
            "学海荡舟手机网\n\n主页 > 实用文摘 > 教育文摘_15 > > 详细内容",
            1,
        );
        assert_eq!(title(&page).as_deref(), Some("森防站年度工作计划"));
        let page = crumbs.replacen(
            "找总结网 > 工作计划 > 年度工作计划 >",
            "实用文摘 > 教育文摘 > 详细内容",
            1,
        );
        assert_eq!(title(&page).as_deref(), Some("森防站年度工作计划"));
        let blurb =
            "提前规划工作计划可以提高工作的稳定性,范文社小编今天就为您带来了团青工作计划6篇,\
                     相信一定会对你有所帮助。\n2024年团青工作计划篇1\n一、学习贯彻会议精神\n\
                     1、开展学习系列活动。\n2、积极参与社区管理和服务。\n";
        assert_eq!(title(blurb).as_deref(), Some("2024年团青工作计划篇1"));
        let viewer = "预览加载中,请您耐心等待几秒...\n在线预览结束,喜欢就下载吧,查找使用更方便\n\
                      如果您无法下载资料,请参考说明:\n1、部分资料下载需要金币,请确保您的账户上有足够的金币\n\
                      2、已购买过的文档,再次下载不重复扣费\n交通运输局工作计划\n\
                      1、继续加快公路建设步伐。\n2、推进公路养护体制改革。\n";
        assert_eq!(title(viewer).as_deref(), Some("交通运输局工作计划"));
        assert_eq!(parse_text(viewer).tasks.len(), 2);
        // words of a task that a site's chrome also uses stay the task's
        let tasks = "清溪县自来水公司2025年工作计划\n\
                     1、规范水费收缴，线上线下同步缴费，确保不重复扣费，营业所负责。\n\
                     2、办好公众号，由学生记者团小编整理校园新闻并分享给家长，宣传处负责。\n\
                     3、公示办理流程，政务服务中心负责，流程如下：\n受理 > 审核 > 登簿 > 发证\n";
        let plan = parse_text(tasks);
        assert_eq!(plan.tasks.len(), 3);
        assert!(plan.tasks[2].text.value.contains("受理 > 审核"));
        // a comparison in a sentence is no breadcrumb
        let text = "清溪县空气质量改善工作方案\n\n1、PM2.5浓度>35的天数减少 > 10天。\n";
        assert_eq!(parse_text(text).tasks.len(), 1);
    }

    #[test]
    fn a_title_printed_again_over_lines_is_the_title_and_the_number_follows() {
        let text = "简体版 繁體版 信息无障碍\n\
                    广东省人民政府关于印发重点任务分工方案的通知\n\
                    广东省人民政府关于印发\n\
                    重点任务\n\
                    分工方案的通知\n\
                    粤府〔2021〕22号\n\
                    各地级以上市人民政府：\n";
        let plan = parse_text(text);
        assert_eq!(
            plan.meta.title.map(|t| t.value).as_deref(),
            Some("广东省人民政府关于印发重点任务分工方案的通知")
        );
        assert_eq!(
            plan.meta.doc_number.map(|t| t.value).as_deref(),
            Some("粤府〔2021〕22号")
        );
        assert!(plan.sections.is_empty(), "{:?}", plan.sections);
    }

    #[test]
    fn a_doc_number_after_the_title_on_its_line_is_the_documents() {
        let text = "清溪县人民政府办公室关于印发清溪县2025年政务公开工作要点的通知 清政办发〔2025〕12号\n\n\
                    各乡镇人民政府，县直各单位：\n\n现将《清溪县2025年政务公开工作要点》印发给你们。\n\n\
                    一、深化重点领域公开\n1. 推进财政信息公开。（县财政局牵头，各乡镇负责）\n";
        let plan = parse_text(text);
        assert_eq!(
            plan.meta.title.as_ref().map(|t| t.value.as_str()),
            Some("清溪县人民政府办公室关于印发清溪县2025年政务公开工作要点的通知")
        );
        let number = plan.meta.doc_number.expect("the number after the title");
        assert_eq!(number.value, "清政办发〔2025〕12号");
        assert_eq!((number.span.line, number.span.column), (1, 35));
        // …where the page's own title names it too
        let html = "<html><head><title>清溪县人民政府办公室关于印发清溪县2025年政务公开工作要点的通知</title></head><body>\
                    <p>清溪县人民政府办公室关于印发清溪县2025年政务公开工作要点的通知 清政办发〔2025〕12号</p>\
                    <p>各乡镇人民政府，县直各单位：</p><p>一、深化重点领域公开</p>\
                    <p>1. 推进财政信息公开。（县财政局牵头，各乡镇负责）</p></body></html>";
        let parser = crate::plan::Parser::bundled().expect("bundled vocabulary");
        let source = crate::ingest::decode(std::path::Path::new("plan.html"), html.as_bytes())
            .expect("page decodes");
        let plan = parser.parse(&source);
        assert_eq!(
            plan.meta.doc_number.map(|n| n.value).as_deref(),
            Some("清政办发〔2025〕12号")
        );
        assert_eq!(
            plan.meta.title.map(|t| t.value).as_deref(),
            Some("清溪县人民政府办公室关于印发清溪县2025年政务公开工作要点的通知")
        );
        // a title that only ends in a year's number is its own words
        let text = "清溪县政务公开工作要点 2025\n\n一、深化重点领域公开\n1. 推进财政信息公开。（县财政局牵头）\n";
        assert!(parse_text(text).meta.doc_number.is_none());
    }

    #[test]
    fn a_doc_number_under_the_pages_date_line_is_read() {
        let text = "萍乡市人民政府办公室关于印发2019年萍乡市河长制湖长制工作要点的通知\n\n\
                    2019年7月19日\n萍府办字〔2019〕17号\n\n\
                    各县(区)人民政府,各河长制湖长制市级责任单位:\n\n\
                    《2019年萍乡市河长制湖长制工作要点》已经审议通过,现印发给你们。\n\n\
                    萍乡市人民政府办公室\n\n2019年5月24日\n\n2019年萍乡市河长制湖长制工作要点\n\n\
                    一、完善组织体系\n1. 完善组织体系。健全河长湖长组织体系。(市河长办牵头,各县区负责)\n";
        let plan = parse_text(text);
        assert_eq!(
            plan.meta.doc_number.as_ref().map(|d| d.value.as_str()),
            Some("萍府办字〔2019〕17号")
        );
        // the addressees, ending in 责任单位:, are no task
        assert_eq!(plan.tasks.len(), 1);
        // the page's date over the number is not the signing date
        assert_eq!(
            plan.meta.signing_date.as_ref().map(|d| d.value.to_string()),
            Some("2019-05-24".to_owned())
        );
    }

    #[test]
    fn an_issued_title_broken_over_lines_is_read_whole() {
        let text = "城口县发展和改革委员会关于印发《城口县2024年国民经济和社会发展计划执行情况与2025年计划草案报告》的通知\n\
                    城发改委发〔2025〕4号\n各乡镇人民政府：\n\
                    现将《城口县2024年国民经济和社会发展计划执行情况与2025年计划草案报告》印发给你们，请认真抓好落实。\n\
                    城口县发展和改革委员会\n2025年2月17日\n\
                    城口县2024年国民经济和社会发展计划\n执行情况与2025年计划草案报告\n\
                    一、2024年国民经济和社会发展计划执行情况\n2024年，全县经济运行稳中有进。\n";
        let plan = parse_text(text);
        assert_eq!(
            plan.meta.plan_title.map(|t| t.value).as_deref(),
            Some("城口县2024年国民经济和社会发展计划执行情况与2025年计划草案报告")
        );
        // a report, not a plan, for all the 计划 in its name
        assert!(!plan.kind.is_plan());
    }

    #[test]
    fn a_title_broken_before_its_spaced_genre_word_is_read_whole() {
        // a red-head document: its mark, number, issuer, then the title over two lines
        let text = "蓝田县人民政府办公室文件\n蓝政办发〔2013〕148号\n蓝田县人民政府办公室\n\
                    关于落实各级文物保护单位安全管理责任的\n通 知\n各镇人民政府：\n\
                    一、明确责任\n1、蓝田猿人遗址，由蓝田县猿人遗址文管所全面负责。\n";
        assert_eq!(
            title(text).as_deref(),
            Some("蓝田县人民政府办公室关于落实各级文物保护单位安全管理责任的通知")
        );
        assert_eq!(
            title("关于落实各级文物保护单位安全管理责任的\n通知\n各镇人民政府：\n").as_deref(),
            Some("关于落实各级文物保护单位安全管理责任的通知")
        );
    }

    #[test]
    fn a_collections_piece_named_with_its_title_is_the_title() {
        // `第一篇：` numbers a piece of a page of sample plans; the plan's own name follows
        let text = "第一篇：XX镇2024年安全生产工作方案\n一、工作任务\n\
                    （一）开展隐患排查。镇安监站负责组织开展企业隐患排查，6月底前完成。\n";
        assert_eq!(
            title(text).as_deref(),
            Some("第一篇：XX镇2024年安全生产工作方案")
        );
        // …but a part of one plan, named by its field, is no title
        assert_eq!(title("第一篇:传统村落保护\n1、加强领导,明确职责。\n"), None);
    }

    #[test]
    fn a_title_run_into_a_schools_first_sentence_ends_at_its_plan_word() {
        // a document-sharing site's page: the share notice, then the title run into the first
        // sentence, which opens with the term it plans for
        let body =
            "积极施行新课程改革，加强课堂教学研究，按照教研室和教务处的要求开展工作。".repeat(12);
        let text = format!(
            "《中学语文组工作计划.docx》由会员分享，可在线阅读。\n中学语文组工作计划本学期，语文教研组将全面贯彻学校教育教学工作计划，{body}一、主要工作及措施\n1、每一次教研活动都要落到实处。\n"
        );
        assert_eq!(title(&text).as_deref(), Some("中学语文组工作计划"));
    }

    #[test]
    fn a_line_under_a_title_is_never_cut_into_one() {
        // a news report's headline, then a sentence naming a plan: no title is cut from it
        let text = "县教育局召开2024年教育工作会议\n会议传达学习了全市教育工作要点根据会议部署，全县教育系统将着力推进五项重点工作。\n2月26日上午，县教育局召开全县教育工作会议。\n";
        assert_eq!(
            title(text).as_deref(),
            Some("县教育局召开2024年教育工作会议")
        );
    }

    #[test]
    fn a_title_field_gives_its_value_not_its_line() {
        let want = "市人民政府办公室关于印发六盘水市新型基础设施建设三年行动方案的通知";
        // a plain field, and one from a metadata table flattened with its cell bars
        let plain = format!("名称：{want}\n各市人民政府：\n");
        let barred = format!(
            "索 引 号: | 000014349/2023-91150 | 信息分类: | |\n名 称: | {want} |\n各市人民政府：\n"
        );
        assert_eq!(title(&plain).as_deref(), Some(want));
        assert_eq!(title(&barred).as_deref(), Some(want));
    }
}
