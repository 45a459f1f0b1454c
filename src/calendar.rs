//! The official working-day calendar: statutory holidays and make-up workdays (调休) by year,
//! from the State Council notices. Working days are counted as Chinese law counts them: the
//! start day is excluded (民法典 第二百零一条) and statutory holidays are excluded. A date in a
//! year the calendar does not cover is an error, never a weekends-only guess.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{Datelike, NaiveDate, Weekday};
use serde::de::IgnoredAny;
use serde::Deserialize;
use thiserror::Error;

use crate::yaml::{store, RuleFileError};

/// A date the calendar cannot judge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[error("calendar does not cover {year}")]
pub struct NotCovered {
    pub year: i32,
}

/// What kind of day a date is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DayKind {
    /// Monday to Friday, no holiday.
    Workday,
    /// A weekend day that is a working day (调休上班), for the named holiday.
    MakeupWorkday(String),
    /// A statutory holiday or 调休 day off.
    Holiday(String),
    Weekend,
}

impl DayKind {
    /// Whether one works on such a day.
    pub fn is_working(&self) -> bool {
        matches!(self, DayKind::Workday | DayKind::MakeupWorkday(_))
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct YearFile {
    #[serde(default)]
    working_days: Option<u32>,
    #[serde(default)]
    holidays: BTreeMap<NaiveDate, String>,
    #[serde(default)]
    makeup_workdays: BTreeMap<NaiveDate, String>,
}

/// A calendar file: the bundled one or a user's additions.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CalendarFile {
    name: String,
    // provenance, for people: read past, not used in arithmetic
    #[serde(default, rename = "description")]
    _description: IgnoredAny,
    #[serde(default, rename = "coverage")]
    _coverage: IgnoredAny,
    #[serde(default, rename = "source")]
    _source: IgnoredAny,
    #[serde(default, rename = "notices")]
    _notices: IgnoredAny,
    /// Whole years: a year's arrangement (a new notice).
    #[serde(default)]
    years: BTreeMap<i32, YearFile>,
    /// Local days off in covered years.
    #[serde(default)]
    holidays: BTreeMap<NaiveDate, String>,
    /// Local working weekend days in covered years.
    #[serde(default)]
    makeup_workdays: BTreeMap<NaiveDate, String>,
}

/// One covered year.
#[derive(Debug, Clone, Default)]
pub struct Year {
    pub holidays: BTreeMap<NaiveDate, String>,
    pub makeup_workdays: BTreeMap<NaiveDate, String>,
    /// The source's count of working days, for verification.
    pub working_days: Option<u32>,
}

/// The calendar in force: the bundled one plus any user additions.
#[derive(Debug, Clone, Default)]
pub struct Calendar {
    years: BTreeMap<i32, Year>,
    /// The calendar files merged into this one, by name.
    pub sources: Vec<String>,
    /// Every day of the covered span, for O(1) answers: rules ask about working days for every
    /// deadline of every plan, and walking day by day through maps was a tenth of a run.
    days: DayTable,
}

/// The days from 1 January of the first covered year to 31 December of the last, by index.
#[derive(Debug, Clone, Default)]
struct DayTable {
    first: Option<NaiveDate>,
    /// Whether the day is a working day (false in uncovered years).
    working: Vec<bool>,
    /// Working days from `first` up to and including the day.
    through: Vec<u32>,
    /// Whether each year from the first is covered.
    covered: Vec<bool>,
}

impl DayTable {
    fn build(years: &BTreeMap<i32, Year>) -> DayTable {
        let (Some(&first_year), Some(&last_year)) = (years.keys().next(), years.keys().next_back())
        else {
            return DayTable::default();
        };
        let (Some(first), Some(end)) = (
            NaiveDate::from_ymd_opt(first_year, 1, 1),
            NaiveDate::from_ymd_opt(last_year + 1, 1, 1),
        ) else {
            return DayTable::default();
        };
        let mut t = DayTable {
            first: Some(first),
            covered: (first_year..=last_year)
                .map(|y| years.contains_key(&y))
                .collect(),
            ..DayTable::default()
        };
        let mut count = 0u32;
        for d in first.iter_days().take_while(|d| *d < end) {
            let working = years.get(&d.year()).is_some_and(|y| {
                y.makeup_workdays.contains_key(&d)
                    || (!y.holidays.contains_key(&d)
                        && !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
            });
            count += u32::from(working);
            t.working.push(working);
            t.through.push(count);
        }
        t
    }

    /// The day's index, when the table spans it.
    fn index(&self, date: NaiveDate) -> Option<usize> {
        let i = usize::try_from((date - self.first?).num_days()).ok()?;
        (i < self.working.len()).then_some(i)
    }

    /// Whether `year` is covered.
    fn covers(&self, year: i32) -> bool {
        let first = self.first.map_or(i32::MAX, |f| f.year());
        usize::try_from(year - first)
            .ok()
            .and_then(|i| self.covered.get(i))
            .copied()
            .unwrap_or(false)
    }
}

/// Where the bundled calendar lives.
pub const BUNDLED: &str = "calendars/cn.yaml";

impl Calendar {
    /// The bundled calendar (`rules/calendars/cn.yaml`).
    pub fn bundled() -> Result<Calendar, RuleFileError> {
        let mut c = Calendar::default();
        c.merge_file(&store::bundled_path(BUNDLED))?;
        Ok(c)
    }

    /// Merge a calendar file: its years are added (or replace the bundled ones) and its local
    /// days are added to covered years.
    pub fn merge_file(&mut self, path: &Path) -> Result<(), RuleFileError> {
        let shown = path.display().to_string();
        let text = store::read(path).map_err(|e| {
            RuleFileError::at(&shown, "", 0, format!("cannot read the calendar: {e}"))
        })?;
        let file: CalendarFile = crate::yaml::from_str(&text)
            .map_err(|e| RuleFileError::at(&shown, &text, e.offset.unwrap_or(0), e.message))?;
        for (year, days) in file.years {
            for d in days.holidays.keys().chain(days.makeup_workdays.keys()) {
                if d.year() != year {
                    return Err(RuleFileError::find(
                        &shown,
                        &text,
                        None,
                        &[&d.to_string()],
                        format!("{d} is listed under year {year}"),
                    ));
                }
            }
            self.years.insert(
                year,
                Year {
                    holidays: days.holidays,
                    makeup_workdays: days.makeup_workdays,
                    working_days: days.working_days,
                },
            );
        }
        for (list, holiday) in [(file.holidays, true), (file.makeup_workdays, false)] {
            for (d, name) in list {
                let Some(year) = self.years.get_mut(&d.year()) else {
                    return Err(RuleFileError::find(&shown, &text, None, &[&d.to_string()], format!("{d}: the calendar does not cover {}; add the year's arrangement under `years`", d.year())));
                };
                if holiday {
                    year.makeup_workdays.remove(&d);
                    year.holidays.insert(d, name);
                } else {
                    year.holidays.remove(&d);
                    year.makeup_workdays.insert(d, name);
                }
                year.working_days = None;
            }
        }
        self.sources.push(file.name);
        self.days = DayTable::build(&self.years);
        Ok(())
    }

    /// The covered years, first and last.
    pub fn coverage(&self) -> Option<(i32, i32)> {
        Some((*self.years.keys().next()?, *self.years.keys().next_back()?))
    }

    /// A covered year.
    pub fn year(&self, year: i32) -> Option<&Year> {
        self.years.get(&year)
    }

    /// What kind of day `date` is.
    pub fn day(&self, date: NaiveDate) -> Result<DayKind, NotCovered> {
        let year = self
            .years
            .get(&date.year())
            .ok_or(NotCovered { year: date.year() })?;
        if let Some(name) = year.makeup_workdays.get(&date) {
            return Ok(DayKind::MakeupWorkday(name.clone()));
        }
        if let Some(name) = year.holidays.get(&date) {
            return Ok(DayKind::Holiday(name.clone()));
        }
        Ok(match date.weekday() {
            Weekday::Sat | Weekday::Sun => DayKind::Weekend,
            _ => DayKind::Workday,
        })
    }

    /// Whether `date` is a working day.
    pub fn is_workday(&self, date: NaiveDate) -> Result<bool, NotCovered> {
        match self.days.index(date) {
            Some(i) if self.days.covers(date.year()) => Ok(self.days.working[i]),
            _ => Err(NotCovered { year: date.year() }),
        }
    }

    /// The `n`-th working day after `date` (the start day is not counted; `n == 0` is `date`).
    pub fn add_working_days(&self, date: NaiveDate, n: u32) -> Result<NaiveDate, NotCovered> {
        let mut d = date;
        let mut left = n;
        while left > 0 {
            d = d.succ_opt().ok_or(NotCovered { year: d.year() + 1 })?;
            if self.is_workday(d)? {
                left -= 1;
            }
        }
        Ok(d)
    }

    /// Working days after `from` up to and including `to` (negative when `to` is earlier).
    pub fn working_days_between(&self, from: NaiveDate, to: NaiveDate) -> Result<i64, NotCovered> {
        if to < from {
            return self.working_days_between(to, from).map(|n| -n);
        }
        if to == from {
            return Ok(0);
        }
        // every day after `from` up to `to` must be covered; the first year that is not is named
        let first_day = from.succ_opt().ok_or(NotCovered {
            year: from.year() + 1,
        })?;
        if let Some(year) = (first_day.year()..=to.year()).find(|&y| !self.days.covers(y)) {
            return Err(NotCovered { year });
        }
        let (Some(a), Some(b)) = (self.days.index(from), self.days.index(to)) else {
            // `from` itself may lie before the table (its own year is not counted)
            let b = self.days.index(to).ok_or(NotCovered { year: to.year() })?;
            return Ok(i64::from(self.days.through[b]));
        };
        Ok(i64::from(self.days.through[b]) - i64::from(self.days.through[a]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_known_facts() {
        let c = Calendar::bundled().unwrap();
        assert_eq!(c.add_working_days(d(2019, 9, 27), 20), Ok(d(2019, 10, 30)));
        assert_eq!(c.add_working_days(d(2024, 9, 27), 3), Ok(d(2024, 10, 8)));
        assert_eq!(c.is_workday(d(2024, 2, 4)), Ok(true));
        assert_eq!(c.is_workday(d(2024, 2, 18)), Ok(true));
        assert_eq!(c.is_workday(d(2020, 2, 1)), Ok(false));
        assert_eq!(c.is_workday(d(2026, 2, 14)), Ok(true));
        assert_eq!(
            c.day(d(2026, 2, 14)),
            Ok(DayKind::MakeupWorkday("春节".into()))
        );
        assert_eq!(c.is_workday(d(2027, 1, 4)), Err(NotCovered { year: 2027 }));
        assert_eq!(
            c.add_working_days(d(2026, 12, 20), 20),
            Err(NotCovered { year: 2027 })
        );
    }

    #[test]
    fn every_year_has_the_sources_count_of_working_days() {
        let c = Calendar::bundled().unwrap();
        assert_eq!(c.coverage(), Some((2007, 2026)));
        for year in 2007..=2026 {
            let expected = c.year(year).and_then(|y| y.working_days).unwrap();
            let counted = c
                .working_days_between(d(year - 1, 12, 31), d(year, 12, 31))
                .unwrap_or_else(|_| {
                    // 2006-12-31 is not covered: count 2007 from its first day
                    c.working_days_between(d(year, 1, 1), d(year, 12, 31))
                        .unwrap()
                        + i64::from(c.is_workday(d(year, 1, 1)).unwrap())
                });
            assert_eq!(counted, i64::from(expected), "{year}");
        }
    }

    #[test]
    fn counting_is_signed_and_excludes_the_start_day() {
        let c = Calendar::bundled().unwrap();
        // Friday to Monday: one working day (the Monday)
        assert_eq!(c.working_days_between(d(2025, 6, 6), d(2025, 6, 9)), Ok(1));
        assert_eq!(c.working_days_between(d(2025, 6, 9), d(2025, 6, 6)), Ok(-1));
        assert_eq!(c.working_days_between(d(2025, 6, 9), d(2025, 6, 9)), Ok(0));
    }

    #[test]
    fn the_day_table_agrees_with_walking_the_days() {
        let c = Calendar::bundled().unwrap();
        let (first, last) = c.coverage().unwrap();
        // the definition: walk day by day through the maps
        let walk = |from: NaiveDate, to: NaiveDate| -> Result<i64, NotCovered> {
            let (a, b, sign) = if to < from {
                (to, from, -1)
            } else {
                (from, to, 1)
            };
            let mut n = 0;
            let mut x = a;
            while x < b {
                x += Duration::days(1);
                if c.day(x)?.is_working() {
                    n += 1;
                }
            }
            Ok(sign * n)
        };
        let start = d(first - 1, 12, 20);
        let mut seed = 7u64;
        for _ in 0..3000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let span = i64::from(last - first + 3) * 366;
            let a = start + Duration::days((seed >> 33) as i64 % span);
            let b = a + Duration::days((seed >> 13) as i64 % 400 - 200);
            assert_eq!(c.working_days_between(a, b), walk(a, b), "{a} → {b}");
            assert_eq!(c.is_workday(a), c.day(a).map(|k| k.is_working()), "{a}");
        }
    }
}
