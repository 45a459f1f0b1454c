//! Pass 1: web-page chrome — navigation, share and print buttons, visit counters, footers,
//! scrape stamps — is never title, meta or task text.

use super::State;
use crate::plan::Ctx;

/// Mark every chrome line as used.
pub(crate) fn mark(ctx: &Ctx, st: &mut State) {
    for k in 0..st.view.lines.len() {
        let t = ctx.vocab.fold(st.view.str(k));
        if ctx.vocab.is_chrome(&t) {
            st.used[k] = true;
        }
    }
}
