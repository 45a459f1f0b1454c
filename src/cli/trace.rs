//! `planlint trace UPPER LOWER…`: the arguments mapped to a session with the `trace` pack, one
//! upper plan, and a coverage report.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;

use planlint::discover;
use planlint::engine::uppers::{UpperPlan, Uppers};
use planlint::engine::FileResult;
use planlint::ingest;
use planlint::report::trace::{self as coverage, LowerReport, TraceReport};
use planlint::trace::{items, Settings, Traced, DEFAULT_THRESHOLD};

use super::check::FailOn;
use super::{load_config, load_session, report_ingest_error, EXIT_ERROR};

/// Output formats of `trace`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TraceFormat {
    /// Each upper item with the lower tasks that carry it, then the findings.
    Human,
    /// The items, the coverage with scores, and the findings.
    Json,
    /// The coverage table: upper item → lower task, score, result.
    Csv,
    /// The two plans side by side, matches linked.
    Html,
}

/// Everything `trace` is asked.
#[derive(clap::Args)]
pub struct TraceArgs {
    /// The upper plan (the one implemented).
    pub upper: PathBuf,
    /// The lower plans that implement it (files or folders).
    #[arg(required = true)]
    pub lower: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TraceFormat::Human)]
    pub format: TraceFormat,
    /// Similarity (0–1) at or above which a lower task carries an upper item.
    #[arg(long, default_value_t = DEFAULT_THRESHOLD)]
    pub threshold: f64,
    /// Near misses listed for an upper item not carried down.
    #[arg(long, default_value_t = 3)]
    pub candidates: usize,
    /// Exit with 1 when a trace finding at or above this severity exists.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
    /// Configuration file (default: planlint.yaml here or in a parent folder); its severities,
    /// suppressions do not apply here, but its vocabulary and calendar do.
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Write the report to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output_file: Option<PathBuf>,
}

pub fn run(args: TraceArgs) -> ExitCode {
    if !(0.0..=1.0).contains(&args.threshold) {
        eprintln!(
            "planlint: --threshold is a similarity between 0 and 1, not {}",
            args.threshold
        );
        return ExitCode::from(EXIT_ERROR);
    }
    let mut config = match load_config(args.config.as_deref()) {
        Ok(c) => c,
        Err(code) => return code,
    };
    config.include_trace_pack();
    let session = match load_session(config) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let limits = ingest::ReadLimits::default();
    let settings = Settings {
        threshold: args.threshold,
        candidates: args.candidates,
    };
    let upper = match UpperPlan::read(&args.upper, &session.parser, limits, None, settings) {
        Ok(u) => u,
        Err(e) => {
            report_ingest_error(&e);
            return ExitCode::from(EXIT_ERROR);
        }
    };
    let found = discover::discover(&args.lower, &session.config.exclude);
    for e in &found.errors {
        super::report_walk_error(e);
    }
    let upper_canonical = std::fs::canonicalize(&args.upper).ok();
    let files: Vec<PathBuf> = found
        .files
        .into_iter()
        .filter(|f| std::fs::canonicalize(f).ok() != upper_canonical)
        .collect();
    if files.is_empty() {
        eprintln!("planlint: no lower plan to trace: name the plans that implement the upper one");
        return ExitCode::from(EXIT_ERROR);
    }
    let pool = match rayon::ThreadPoolBuilder::new().build() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("planlint: cannot start threads: {e}");
            return ExitCode::from(EXIT_ERROR);
        }
    };
    let uppers = Uppers::single(upper);
    let mut checker = session.checker(&pool, limits);
    checker.uppers = Some(&uppers);
    let mut unreadable = !found.errors.is_empty();
    let mut results: Vec<FileResult> = Vec::new();
    for f in &files {
        let mut r = checker.check_file(f);
        if let Some(e) = &r.error {
            report_ingest_error(e);
            unreadable = true;
            continue;
        }
        r.findings.retain(|x| x.rule.starts_with("trace::"));
        results.push(r);
    }
    let upper = &uppers.plans()[0];
    let upper_items = items(&upper.plan, &upper.source.text, &upper.aims);
    let traced: Vec<(&FileResult, Traced)> = results
        .iter()
        .filter_map(|r| Some((r, upper.trace(r.plan.as_ref()?, r.source.as_ref()?))))
        .collect();
    if traced.iter().any(|(_, t)| t.too_large) {
        eprintln!(
            "planlint: not traced: the plans hold more than {} (upper item, lower task) pairs; split them",
            planlint::trace::MAX_TRACE_PAIRS
        );
        unreadable = true;
    }
    let report = TraceReport {
        upper_path: args.upper.display().to_string(),
        upper: &upper_items,
        lowers: traced
            .iter()
            .map(|(r, t)| LowerReport {
                path: r.path.display().to_string(),
                items: &t.lower,
                trace: &t.trace,
                findings: r.findings.iter().collect(),
            })
            .collect(),
    };
    let mut out = Vec::new();
    let written = match args.format {
        TraceFormat::Human => out.write_all(coverage::text::render(&report).as_bytes()),
        TraceFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &coverage::json::render(&report))
                .map_err(std::io::Error::other)
                .and_then(|()| writeln!(out))
        }
        TraceFormat::Csv => coverage::csv::write(&report, &mut out),
        TraceFormat::Html => out.write_all(coverage::html::render(&report).as_bytes()),
    };
    if let Err(e) = written {
        eprintln!("planlint: cannot write the report: {e}");
        return ExitCode::from(EXIT_ERROR);
    }
    let code = match &args.output_file {
        Some(path) => planlint::safe_write::create_or_replace(path, |f| f.write_all(&out))
            .map_err(|e| eprintln!("planlint: {e}"))
            .map(|()| ExitCode::SUCCESS)
            .unwrap_or(ExitCode::from(EXIT_ERROR)),
        None => super::emit(&String::from_utf8_lossy(&out)),
    };
    if code != ExitCode::SUCCESS || unreadable {
        return ExitCode::from(EXIT_ERROR);
    }
    let failing = args.fail_on.threshold().is_some_and(|t| {
        results
            .iter()
            .any(|r| r.findings.iter().any(|f| f.severity >= t))
    });
    if failing {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
