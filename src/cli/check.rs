//! `planlint check`: load configuration and rules, check every plan file in parallel, report.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::ValueEnum;

use planlint::discover;
use planlint::engine::{self, Finding};
use planlint::plan::Parser;
use planlint::report::{self, Counts};
use planlint::rules::spec::Severity;

use super::{load_calendar, load_config, load_rules, report_ingest_error, EXIT_ERROR};

/// Output formats of `check`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Diagnostics with the source excerpt, then a summary line.
    Human,
    /// One JSON document (schema in docs/output.md).
    Json,
    /// One JSON object per finding per line.
    Jsonl,
}

/// The lowest severity that makes `check` exit with 1.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Info,
    Hint,
    Never,
}

impl FailOn {
    fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Hint => Some(Severity::Hint),
            FailOn::Never => None,
        }
    }
}

/// Everything `check` is asked.
#[derive(clap::Args)]
pub struct CheckArgs {
    /// Plan files (txt in UTF-8 or GBK, HTML) or folders holding them.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
    /// Exit with 1 when a finding at or above this severity exists (shown or not).
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
    /// Show findings at or above this severity.
    #[arg(long, value_parser = severity, default_value = "info")]
    pub min_severity: Severity,
    /// Threads (default: one per core).
    #[arg(short = 'j', long)]
    pub jobs: Option<usize>,
    /// Configuration file (default: planlint.yaml here or in a parent folder).
    #[arg(long)]
    pub config: Option<PathBuf>,
}

fn severity(s: &str) -> Result<Severity, String> {
    s.parse()
}

pub fn run(args: CheckArgs) -> ExitCode {
    let started = Instant::now();
    let config = match load_config(args.config.as_deref()) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let rules = match load_rules(&config) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let calendar = match load_calendar(&config) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let parser = match Parser::bundled() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{:?}", miette::Report::msg(e.to_string()));
            return ExitCode::from(EXIT_ERROR);
        }
    };
    let files = discover::plan_files(&args.paths, &config.exclude);
    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.unwrap_or(0))
        .build()
    {
        Ok(p) => p,
        Err(e) => {
            eprintln!(
                "planlint: cannot start {} threads: {e}",
                args.jobs.unwrap_or(0)
            );
            return ExitCode::from(EXIT_ERROR);
        }
    };
    let results = pool.install(|| engine::check_files(&rules.rules, &calendar, &parser, &files));

    for r in &results {
        if let Some(e) = &r.error {
            report_ingest_error(e);
        }
    }
    let min = args.min_severity;
    let shown = |f: &Finding| f.severity >= min;
    let counts = Counts::of(&results, min);
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let written = match args.format {
        OutputFormat::Human => {
            let color = io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            let width = if io::stdout().is_terminal() { 120 } else { 200 };
            let style = report::human::Style {
                color,
                unicode: std::env::var_os("NO_GRAPHICS").is_none(),
                width,
            };
            report::human::render(&results, shown, &counts, started.elapsed(), style, &mut out)
        }
        OutputFormat::Json => report::json::render(&results, shown, &counts, &mut out),
        OutputFormat::Jsonl => report::json::render_lines(&results, shown, &mut out),
    };
    let _ = out.flush();
    if let Err(e) = written {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("planlint: cannot write output: {e}");
            return ExitCode::from(EXIT_ERROR);
        }
    }
    if results.iter().any(|r| r.error.is_some()) {
        return ExitCode::from(EXIT_ERROR);
    }
    let failing = args.fail_on.threshold().is_some_and(|t| {
        results
            .iter()
            .flat_map(|r| &r.findings)
            .any(|f| f.severity >= t)
    });
    if failing {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
