//! `planlint parse`: the plan model of each file, as JSON, a terminal table, or a CSV ledger.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;
use globset::GlobSet;
use rayon::prelude::*;

use planlint::discover;
use planlint::ingest::{self, IngestError};
use planlint::plan::model::Plan;
use planlint::plan::Parser;
use planlint::report;

use super::{report_ingest_error, EXIT_ERROR};

/// Output formats of `parse`.
#[derive(Clone, Copy, ValueEnum)]
pub enum ParseFormat {
    /// The plan model as a JSON array, one object per file.
    Json,
    /// A readable terminal view: number, section, lead, responsible, deadline.
    Table,
    /// A task ledger (任务台账), UTF-8 with BOM.
    Csv,
}

pub fn run(paths: &[PathBuf], format: ParseFormat) -> ExitCode {
    let parser = match Parser::bundled() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{:?}", miette::Report::msg(e.to_string()));
            return ExitCode::from(EXIT_ERROR);
        }
    };
    let files = discover::plan_files(paths, &GlobSet::empty());
    let results: Vec<Result<Plan, IngestError>> = files
        .par_iter()
        .map(|f| ingest::read(f).map(|src| parser.parse(&src)))
        .collect();
    let mut plans = Vec::new();
    let mut failed = false;
    for r in results {
        match r {
            Ok(plan) => plans.push(plan),
            Err(e) => {
                failed = true;
                report_ingest_error(&e);
            }
        }
    }
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let written = match format {
        ParseFormat::Json => report::parse::json(&plans, &mut out),
        ParseFormat::Table => report::parse::table(&plans, &mut out),
        ParseFormat::Csv => report::parse::csv(&plans, &mut out),
    };
    let _ = out.flush();
    if let Err(e) = written {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("planlint: cannot write output: {e}");
            return ExitCode::from(EXIT_ERROR);
        }
    }
    if failed {
        ExitCode::from(EXIT_ERROR)
    } else {
        ExitCode::SUCCESS
    }
}
