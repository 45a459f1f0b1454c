//! Pass 4: dates — a web page's publication line (`稿源: 浑南区政府网 2024-07-26`), an 印发
//! date line, the signing date (成文日期) and the signature above it, which names the issuer
//! when the header did not.

use super::{ends_like_sentence, located, whole, State};
use crate::plan::model::{Publication, PublicationSource};
use crate::plan::text::normalize;
use crate::plan::Ctx;

/// Longest signature line (`中共某县委办公室  某县人民政府办公室`).
const MAX_SIGNATURE_CHARS: usize = 40;

fn is_signature(ctx: &Ctx, t: &str) -> bool {
    t.chars().count() <= MAX_SIGNATURE_CHARS
        && !ends_like_sentence(t)
        && ctx.numbering.at_start(t).is_none()
        && !t.contains('\t')
}

pub(crate) fn read(ctx: &Ctx, st: &mut State) {
    let p = ctx.meta_patterns;
    // a page's publication line may stand outside its main text
    for k in 0..st.view.lines.len() {
        let text = st.view.lines[k].text;
        let t = st.view.str(k);
        if !st.view.lines[k].outside || !ctx.vocab.is_publication_line(&ctx.vocab.fold(t)) {
            continue;
        }
        if let Some((date, s, e)) = p.any_date(text.as_str()) {
            if st.meta.published.is_none() {
                st.meta.published = Some(Publication {
                    date: located(ctx, text, s, e, date),
                    source: PublicationSource::SourceLine,
                });
            }
        }
    }
    let lines: Vec<usize> = (0..st.view.lines.len())
        .filter(|&k| !st.view.lines[k].text.is_blank() && !st.view.lines[k].outside)
        .collect();
    for (n, &k) in lines.iter().enumerate() {
        if st.page_date_line == Some(k) {
            continue;
        }
        let text = st.view.lines[k].text;
        let t = st.view.str(k);
        if ctx.vocab.is_publication_line(&ctx.vocab.fold(t)) {
            if let Some((date, s, e)) = p.any_date(text.as_str()) {
                if st.meta.published.is_none() {
                    st.meta.published = Some(Publication {
                        date: located(ctx, text, s, e, date),
                        source: PublicationSource::SourceLine,
                    });
                }
                st.used[k] = true;
            }
            continue;
        }
        if let Some((date, s, e)) = p
            .printed_tail(text.as_str())
            .filter(|_| p.date_line(t).is_none())
        {
            st.used[k] = true;
            if st.meta.published.is_none() {
                let e = s + text.as_str()[s..e].trim_end().len();
                st.meta.published = Some(Publication {
                    date: located(ctx, text, s, e, date),
                    source: PublicationSource::Printed,
                });
            }
            continue;
        }
        let Some((date, printed)) = p.date_line(t) else {
            continue;
        };
        st.used[k] = true;
        let above = n.checked_sub(1).map(|m| lines[m]);
        if let Some(prev) = above {
            if is_signature(ctx, st.view.str(prev)) {
                st.used[prev] = true;
            }
        }
        if printed {
            if st.meta.published.is_none() {
                st.meta.published = Some(Publication {
                    date: whole(ctx, text, date),
                    source: PublicationSource::Printed,
                });
            }
        } else if st.signing_line.is_none() {
            if st.meta.signing_date.is_none() {
                st.meta.signing_date = Some(whole(ctx, text, date));
            }
            st.signing_line = Some(k);
            // a signature right above the signing date names the issuer
            if let Some(prev) = above {
                let s = st.view.str(prev);
                if st.meta.issuer.is_none() && is_signature(ctx, s) {
                    st.meta.issuer = Some(whole(ctx, st.view.lines[prev].text, normalize(s)));
                }
            }
        }
    }
}
