//! The `planlint` command line.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser as ClapParser, Subcommand, ValueEnum};
use rayon::prelude::*;

use planlint::ingest::{self, IngestError};
use planlint::plan::model::Plan;
use planlint::plan::Parser;
use planlint::report;

/// Compliance checks for Chinese local-government work plans.
#[derive(ClapParser)]
#[command(name = "planlint", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse plans into the plan model and print it.
    Parse {
        /// Plan files (txt in UTF-8 or GBK, HTML) or folders holding them.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ParseFormat::Json)]
        format: ParseFormat,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ParseFormat {
    /// The plan model as a JSON array, one object per file.
    Json,
    /// A readable terminal view: number, section, lead, responsible, deadline.
    Table,
    /// A task ledger (任务台账), UTF-8 with BOM.
    Csv,
}

/// Exit codes: 0 success, 1 findings (check), 2 usage, config or input errors.
const EXIT_INPUT_ERROR: u8 = 2;

fn main() -> ExitCode {
    install_miette_hook();
    let cli = Cli::parse();
    match cli.command {
        Command::Parse { paths, format } => parse(&paths, format),
    }
}

/// Diagnostics wrap to the terminal when they go to one; in logs and pipes each stays on one
/// line so it can be searched.
fn install_miette_hook() {
    use std::io::IsTerminal;
    let terminal = io::stderr().is_terminal();
    let _ = miette::set_hook(Box::new(move |_| {
        Box::new(
            miette::MietteHandlerOpts::new()
                .wrap_lines(terminal)
                .build(),
        )
    }));
}

/// Plan files under `path`: the file itself, or the .txt/.html/.htm files in a folder.
fn expand(path: &Path) -> Vec<PathBuf> {
    if !path.is_dir() {
        return vec![path.to_path_buf()];
    }
    let mut out = Vec::new();
    let mut stack = vec![path.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            out.push(dir);
            continue;
        };
        for entry in entries.flatten() {
            let p = entry.path();
            let hidden = p
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'));
            if hidden {
                continue;
            }
            if p.is_dir() {
                stack.push(p);
            } else if is_plan_file(&p) {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn is_plan_file(p: &Path) -> bool {
    let ext = p
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    matches!(ext.as_deref(), Some("txt" | "html" | "htm" | "text"))
}

fn report_ingest_error(err: IngestError) {
    let report = miette::Report::new(planlint_diagnostic(err));
    eprintln!("{report:?}");
}

/// Ingest errors as miette diagnostics with a code and help.
fn planlint_diagnostic(err: IngestError) -> miette::MietteDiagnostic {
    let code = match &err {
        IngestError::NotFound { .. } => "input::not-found",
        IngestError::Io { .. } => "input::io",
        IngestError::Empty { .. } => "input::empty",
        IngestError::Unsupported { .. } => "input::unsupported",
        IngestError::Binary { .. } => "input::binary",
        IngestError::Undecodable { .. } => "input::encoding",
    };
    miette::MietteDiagnostic::new(err.to_string())
        .with_code(code)
        .with_severity(miette::Severity::Error)
}

fn parse(paths: &[PathBuf], format: ParseFormat) -> ExitCode {
    let parser = match Parser::bundled() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{:?}", miette::Report::msg(e.to_string()));
            return ExitCode::from(EXIT_INPUT_ERROR);
        }
    };
    let files: Vec<PathBuf> = paths.iter().flat_map(|p| expand(p)).collect();
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
                report_ingest_error(e);
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
            return ExitCode::from(EXIT_INPUT_ERROR);
        }
    }
    if failed {
        ExitCode::from(EXIT_INPUT_ERROR)
    } else {
        ExitCode::SUCCESS
    }
}
