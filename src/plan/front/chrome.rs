//! Pass 1: web-page chrome — navigation, share and print buttons, visit counters, footers,
//! scrape stamps — is never title, meta or task text.

use super::State;
use crate::plan::Ctx;

/// Most lines of a site's table of contents (`目录/提纲：……` … `……`) over a text.
const MAX_CONTENTS_LINES: usize = 60;
/// Longest line of a table of contents: a heading, never a paragraph.
const MAX_CONTENTS_LINE_CHARS: usize = 50;

/// Mark every chrome line as used.
pub(crate) fn mark(ctx: &Ctx, st: &mut State) {
    for k in 0..st.view.lines.len() {
        let t = ctx.vocab.fold(st.view.str(k));
        if ctx.vocab.is_chrome(&t) {
            st.used[k] = true;
        }
    }
    columns(ctx, st);
    contents(st);
    footer(ctx, st);
}

/// A portal's column names alone on the first lines (`通知公告` over the notice's title):
/// the column the page sits in.
fn columns(ctx: &Ctx, st: &mut State) {
    for k in 0..st.view.lines.len() {
        if st.used[k] {
            continue;
        }
        let line = ctx.vocab.fold(st.view.str(k));
        let line = line.trim_matches(crate::document::is_space);
        if line.is_empty() {
            continue;
        }
        if !ctx.vocab.portal_columns.iter().any(|c| c == line) {
            break;
        }
        st.used[k] = true;
    }
}

/// A site's footer: after a line only a footer prints (`网站标识码：…`, `鄂ICP备…`) below the
/// text's last sentence, the lines holding a label and no sentence (`协办单位: 监利市电视台`).
fn footer(ctx: &Ctx, st: &mut State) {
    let anchors = &ctx.vocab.footer_anchors;
    // (past the text's last sentence: a page's header may print the same words over the text)
    let n = st.view.lines.len();
    let last_sentence = (0..n).rev().find(|&k| st.view.str(k).contains('。'));
    let from = last_sentence.map_or(0, |k| k + 1);
    let Some(anchor) =
        (from..n).find(|&k| anchors.iter().any(|w| st.view.str(k).contains(w.as_str())))
    else {
        return;
    };
    for k in anchor + 1..n {
        let t = st.view.str(k);
        if t.contains(['：', ':']) && !t.contains('。') {
            st.used[k] = true;
        }
    }
}

/// A site's table of contents over the text (`目录/提纲：……`, its headings, then a line of
/// only an ellipsis): headings printed again, never the plan's own.
fn contents(st: &mut State) {
    let n = st.view.lines.len();
    let Some(open) = (0..n).find(|&k| opens_contents(st.view.str(k))) else {
        return;
    };
    // a contents lists headings: short lines, none a paragraph
    let close = (open + 1..n.min(open + 1 + MAX_CONTENTS_LINES))
        .take_while(|&k| st.view.str(k).chars().count() <= MAX_CONTENTS_LINE_CHARS)
        .find(|&k| is_ellipsis(st.view.str(k)));
    if let Some(close) = close {
        for k in open..=close {
            st.used[k] = true;
        }
    }
}

/// Whether a line opens a table of contents: its label and nothing but an ellipsis after it.
fn opens_contents(line: &str) -> bool {
    let t = line.trim();
    ["目录/提纲", "目录提纲", "提纲", "目录"].iter().any(|w| {
        t.strip_prefix(w)
            .is_some_and(|rest| is_ellipsis(rest.trim_start_matches(['：', ':'])))
    })
}

/// Whether a line holds only an ellipsis (`……`, `...`).
fn is_ellipsis(line: &str) -> bool {
    let t = line.trim();
    t.chars().filter(|&c| c == '…' || c == '.').count() >= 2
        && t.chars().all(|c| matches!(c, '…' | '.'))
}
