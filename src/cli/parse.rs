//! `planlint parse`: the plan model of each file, as JSON, a terminal table, or a CSV ledger.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::ValueEnum;
use rayon::prelude::*;

use planlint::discover;
use planlint::engine;
use planlint::ingest::{self, IngestError};
use planlint::plan::model::Plan;
use planlint::plan::Parser;
use planlint::report;

use super::{load_config, load_parser, report_ingest_error, EXIT_ERROR};

/// Output formats of `parse`.
#[derive(Clone, Copy, ValueEnum)]
pub enum ParseFormat {
    /// The plan model as a JSON array, one object per file.
    Json,
    /// A readable terminal view: number, section, lead, responsible, deadline.
    Table,
    /// A task ledger (任务台账), UTF-8 with BOM.
    Csv,
    /// The document as planlint reads it: its paragraphs and table rows, with where they stand
    /// and which table dialect each table was read in.
    Blocks,
}

pub fn run(paths: &[PathBuf], format: ParseFormat, config: Option<&Path>) -> ExitCode {
    let Ok(config) = load_config(config) else {
        return ExitCode::from(EXIT_ERROR);
    };
    let parser = match load_parser(&config) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let found = discover::discover(paths, &discover::PathGlobs::default());
    let (files, walk_errors) = (found.files, found.errors);
    for e in &walk_errors {
        super::report_walk_error(e);
    }
    if let ParseFormat::Blocks = format {
        let code = blocks(&parser, &files);
        return if walk_errors.is_empty() {
            code
        } else {
            ExitCode::from(EXIT_ERROR)
        };
    }
    let results: Vec<Result<Plan, IngestError>> = files
        .par_iter()
        .map(|f| engine::read_plan(&parser, f, ingest::ReadLimits::default()).map(|(_, plan)| plan))
        .collect();
    let mut plans = Vec::new();
    let mut failed = !walk_errors.is_empty();
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
        ParseFormat::Blocks => unreachable!("blocks are written before parsing"),
    };
    let _ = out.flush();
    finish(written, failed)
}

/// The exit code once the output is written.
fn finish(written: io::Result<()>, failed: bool) -> ExitCode {
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

/// `--format blocks`: each file's document as the reader sees it.
fn blocks(parser: &Parser, files: &[PathBuf]) -> ExitCode {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    let mut written = Ok(());
    for f in files {
        match ingest::read(f) {
            Ok(src) => {
                let doc = parser.document(&src);
                written = written.and_then(|_| report::parse::blocks(&src, &doc, &mut out));
            }
            Err(e) => {
                failed = true;
                report_ingest_error(&e);
            }
        }
    }
    let _ = out.flush();
    finish(written, failed)
}
