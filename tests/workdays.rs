//! Working days: the known facts through the library and `planlint workdays`, properties of
//! the arithmetic, user calendars, and the "calendar does not cover" diagnostic.

mod common;

use std::path::Path;
use std::process::Output;

use chrono::{Duration, NaiveDate};
use planlint::calendar::{Calendar, NotCovered};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

use common::planlint_in;

fn first_line(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .next()
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn known_facts_through_the_command() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert_eq!(
        first_line(&planlint_in(here, &["workdays", "add", "2019-09-27", "20"])),
        "2019-10-30"
    );
    assert_eq!(
        first_line(&planlint_in(here, &["workdays", "add", "2024-09-27", "3"])),
        "2024-10-08"
    );
    for day in ["2024-02-04", "2024-02-18", "2026-02-14"] {
        let out = planlint_in(here, &["workdays", "is", day]);
        assert_eq!(
            (first_line(&out).as_str(), out.status.code()),
            ("yes", Some(0)),
            "{day}"
        );
    }
    let out = planlint_in(here, &["workdays", "is", "2020-02-01"]);
    assert_eq!(
        (first_line(&out).as_str(), out.status.code()),
        ("no", Some(1))
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("春节放假"));
    let out = planlint_in(here, &["workdays", "between", "2023-12-31", "2024-12-31"]);
    assert_eq!(first_line(&out), "251", "the source's count for 2024");
    let out = planlint_in(here, &["workdays", "add", "2026-12-20", "20"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("calendar does not cover 2027"));
}

fn covered_date() -> impl Strategy<Value = NaiveDate> {
    (0i64..(365 * 19)).prop_map(|offset| d(2007, 1, 1) + Duration::days(offset))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn adding_then_counting_round_trips(start in covered_date(), n in 0u32..200) {
        let c = Calendar::bundled().unwrap();
        let end = c.add_working_days(start, n).unwrap();
        prop_assert_eq!(c.working_days_between(start, end).unwrap(), i64::from(n));
        prop_assert_eq!(c.working_days_between(end, start).unwrap(), -i64::from(n));
        if n > 0 {
            prop_assert!(c.is_workday(end).unwrap(), "the n-th working day is a working day");
            prop_assert!(end > start);
        }
    }

    #[test]
    fn every_counted_day_is_a_working_day(start in covered_date(), span in 0i64..120) {
        let c = Calendar::bundled().unwrap();
        let end = start + Duration::days(span);
        let counted = c.working_days_between(start, end).unwrap();
        let mut listed = 0;
        let mut day = start;
        while day < end {
            day += Duration::days(1);
            if c.is_workday(day).unwrap() {
                listed += 1;
            }
        }
        prop_assert_eq!(counted, listed);
        // adding the count lands on the last working day of the span
        if counted > 0 {
            let last = c.add_working_days(start, counted as u32).unwrap();
            prop_assert!(last <= end && c.is_workday(last).unwrap());
        }
    }
}

#[test]
fn a_user_calendar_adds_a_year_and_local_days() {
    let dir = common::temp_dir("calendar");
    std::fs::write(
        dir.join("local.yaml"),
        "name: local\nyears:\n  2027:\n    holidays:\n      2027-01-01: 元旦\n    makeup_workdays: {}\nholidays:\n  2026-06-05: 本地节日\n",
    )
    .unwrap();
    let mut c = Calendar::bundled().unwrap();
    assert_eq!(c.is_workday(d(2026, 6, 5)), Ok(true));
    c.merge_file(&dir.join("local.yaml")).unwrap();
    assert_eq!(c.is_workday(d(2026, 6, 5)), Ok(false));
    assert_eq!(c.is_workday(d(2027, 1, 1)), Ok(false));
    assert_eq!(c.is_workday(d(2027, 1, 4)), Ok(true));
    assert_eq!(c.is_workday(d(2028, 1, 4)), Err(NotCovered { year: 2028 }));
    // through planlint.yaml
    std::fs::write(dir.join("planlint.yaml"), "calendar: local.yaml\n").unwrap();
    let out = planlint_in(&dir, &["workdays", "is", "2026-06-05"]);
    assert_eq!(first_line(&out), "no");
    assert!(String::from_utf8_lossy(&out.stdout).contains("本地节日"));
    // a local day in an uncovered year is an error at its line
    std::fs::write(
        dir.join("bad.yaml"),
        "name: bad\nholidays:\n  2030-01-02: 本地节日\n",
    )
    .unwrap();
    let err = c.merge_file(&dir.join("bad.yaml")).unwrap_err();
    assert_eq!(err.line, 3);
    assert!(err.message.contains("does not cover 2030"));
}

#[test]
fn a_plan_signed_in_2027_gets_the_not_covered_diagnostic_not_a_wrong_answer() {
    let dir = common::temp_dir("2027");
    std::fs::write(
        dir.join("plan.txt"),
        "白河县人民政府办公室\n\n白政办〔2027〕3号\n\n白河县人民政府办公室关于印发白河县2027年政务公开工作要点的通知\n\n各乡镇人民政府：\n\n现印发给你们。\n\n白河县人民政府办公室\n\n2027年1月10日\n\n白河县2027年政务公开工作要点\n\n1.做好政策解读、依申请公开和政府网站建设，2027年1月20日前完成。（县政府办公室牵头落实）\n\n白河县人民政府办公室    2027年3月1日印发\n",
    )
    .unwrap();
    let out = planlint_in(&dir, &["check", "plan.txt", "--format", "jsonl"]);
    let findings: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let uncovered: Vec<&str> = findings
        .iter()
        .filter(|f| {
            f["message"]
                .as_str()
                .unwrap()
                .contains("calendar does not cover 2027")
        })
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(
        uncovered,
        [
            "gov-openness::deadline-too-soon",
            "gov-openness::publication-within-working-days"
        ],
        "{findings:#?}"
    );
    // no working-day answer was guessed for 2027
    assert!(findings
        .iter()
        .all(|f| !f["message"].as_str().unwrap().contains("个工作日，")));
}

#[test]
fn seed_dates_late_publication_and_conflicting_deadlines() {
    let Some(dir) = common::seeds_dir() else {
        return;
    };
    let out = planlint_in(
        Path::new(env!("CARGO_MANIFEST_DIR")),
        &["check", dir.to_str().unwrap(), "--format", "jsonl"],
    );
    let findings: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let of = |prefix: &str, rule: &str| -> Vec<String> {
        findings
            .iter()
            .filter(|f| {
                f["path"].as_str().unwrap().contains(&format!("/{prefix}_")) && f["rule"] == rule
            })
            .map(|f| f["message"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        of("001", "gov-openness::plan-published-late"),
        ["年度方案发布过晚：2024 年的方案，发布日期为 2024-07-26，晚于 2024年6月30日"]
    );
    assert_eq!(
        of("002", "gov-openness::deadline-conflict"),
        ["任务 21 的时限前后不一致：时限栏“9月底前”（2018-09-30），重点内容“9月底前”（2018-09-30），具体要求“8月底前”（2018-08-31）"]
    );
    // the notice's 12 月 20 日前 is for materials that go into the annual report, not the report's deadline
    assert!(of("000", "gov-openness::annual-report-deadline").is_empty());
    for rule in [
        "deadline-before-signing",
        "deadline-after-plan-year",
        "deadline-too-soon",
        "publication-within-working-days",
        "disclosure-time-limit",
    ] {
        for seed in ["000", "001", "002", "003", "004"] {
            assert!(
                of(seed, &format!("gov-openness::{rule}")).is_empty(),
                "{seed} {rule}"
            );
        }
    }
}
