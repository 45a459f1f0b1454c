//! A progress bar on stderr when checking many files at a terminal in the human format; nothing
//! at all on pipes, in CI logs or with machine formats.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Files from which a run is long enough to show progress.
const MANY_FILES: usize = 20;

/// A bar for `files` files, or a hidden one.
pub fn bar(files: usize, human: bool) -> ProgressBar {
    if !human || files < MANY_FILES || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(files as u64), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{bar:30} {pos}/{len} files {elapsed}") {
        bar.set_style(style);
    }
    bar
}
