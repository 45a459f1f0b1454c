//! What the date kinds share: reading `MM-DD`, naming dates, and the finding for a date the
//! calendar does not cover.

use chrono::{Datelike, NaiveDate};

use super::{Hit, KindError};
use crate::calendar::NotCovered;
use crate::ingest::Span;

/// `"03-31"` → (3, 31).
pub fn month_day(s: &str) -> Result<(u32, u32), KindError> {
    let bad = || KindError::at(s.to_owned(), format!("`{s}` is not a month-day like 03-31"));
    let (m, d) = s.split_once('-').ok_or_else(bad)?;
    let (m, d): (u32, u32) = (
        m.trim().parse().map_err(|_| bad())?,
        d.trim().parse().map_err(|_| bad())?,
    );
    NaiveDate::from_ymd_opt(2024, m, d).ok_or_else(bad)?;
    Ok((m, d))
}

/// `3月31日`.
pub fn month_day_text((m, d): (u32, u32)) -> String {
    format!("{m}月{d}日")
}

/// Whether `date` falls after month-day `md` of its own year.
pub fn after_day(date: NaiveDate, md: (u32, u32)) -> bool {
    (date.month(), date.day()) > md
}

/// The finding for a computation the calendar cannot make: it says so instead of guessing.
pub fn not_covered(span: Option<Span>, e: NotCovered) -> Hit {
    Hit {
        span,
        message: Some(format!(
            "工作日历未覆盖 {year} 年（calendar does not cover {year}），无法计算工作日：请在 planlint.yaml 的 calendar 中补充该年的节假日安排",
            year = e.year
        )),
        ..Hit::default()
    }
}

/// Whether a sentence is in a rule's context: mentions one of `any` (when given) and none of
/// `none`.
pub fn in_context(sentence: &str, any: &[String], none: &[String]) -> bool {
    (any.is_empty() || any.iter().any(|w| sentence.contains(w.as_str())))
        && !none.iter().any(|w| sentence.contains(w.as_str()))
}
