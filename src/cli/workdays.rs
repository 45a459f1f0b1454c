//! `planlint workdays add|between|is`: working-day arithmetic by hand, with the calendar in force.

use std::path::Path;
use std::process::ExitCode;

use chrono::{Datelike, NaiveDate, Weekday};
use clap::Subcommand;

use planlint::calendar::{Calendar, DayKind, NotCovered};

use super::{load_calendar, load_config, EXIT_ERROR};

/// What to compute.
#[derive(Subcommand)]
pub enum WorkdaysCommand {
    /// The date N working days after DATE (DATE itself not counted).
    Add { date: NaiveDate, days: u32 },
    /// Working days after FROM up to and including TO.
    Between { from: NaiveDate, to: NaiveDate },
    /// Whether DATE is a working day, and why.
    Is { date: NaiveDate },
}

fn weekday(d: NaiveDate) -> &'static str {
    match d.weekday() {
        Weekday::Mon => "星期一",
        Weekday::Tue => "星期二",
        Weekday::Wed => "星期三",
        Weekday::Thu => "星期四",
        Weekday::Fri => "星期五",
        Weekday::Sat => "星期六",
        Weekday::Sun => "星期日",
    }
}

fn not_covered(e: NotCovered, calendar: &Calendar) -> ExitCode {
    let range = calendar
        .coverage()
        .map(|(a, b)| format!(" (it covers {a}–{b})"))
        .unwrap_or_default();
    eprintln!("planlint: {e}{range}; add the year's arrangement in a calendar file named in planlint.yaml");
    ExitCode::from(EXIT_ERROR)
}

pub fn run(command: WorkdaysCommand, config: Option<&Path>) -> ExitCode {
    let Ok(config) = load_config(config) else {
        return ExitCode::from(EXIT_ERROR);
    };
    let calendar = match load_calendar(&config) {
        Ok(c) => c,
        Err(code) => return code,
    };
    match command {
        WorkdaysCommand::Add { date, days } => match calendar.add_working_days(date, days) {
            Ok(result) => {
                println!("{result}");
                println!(
                    "{date}（{}）后第 {days} 个工作日是 {result}（{}）；起算日不计入",
                    weekday(date),
                    weekday(result)
                );
                ExitCode::SUCCESS
            }
            Err(e) => not_covered(e, &calendar),
        },
        WorkdaysCommand::Between { from, to } => match calendar.working_days_between(from, to) {
            Ok(n) => {
                println!("{n}");
                println!("{from} 之后至 {to}（含）共 {n} 个工作日；起算日不计入");
                ExitCode::SUCCESS
            }
            Err(e) => not_covered(e, &calendar),
        },
        WorkdaysCommand::Is { date } => match calendar.day(date) {
            Ok(kind) => {
                let (answer, why) = match &kind {
                    DayKind::Workday => ("yes", "工作日".to_owned()),
                    DayKind::MakeupWorkday(h) => ("yes", format!("{h}调休上班日")),
                    DayKind::Holiday(h) => ("no", format!("{h}放假")),
                    DayKind::Weekend => ("no", "周末".to_owned()),
                };
                println!("{answer}");
                println!("{date}（{}）：{why}", weekday(date));
                if kind.is_working() {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::from(1)
                }
            }
            Err(e) => not_covered(e, &calendar),
        },
    }
}
