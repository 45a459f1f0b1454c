//! Subcommands and what they share: diagnostics on stderr, configuration and rule loading.

mod annotate;
pub mod check;
pub mod init;
pub mod parse;
pub mod progress;
pub mod rules;
pub mod serve;
pub mod trace;
pub mod workdays;

use std::io::{self, IsTerminal};
use std::path::Path;
use std::process::ExitCode;

use miette::{LabeledSpan, MietteDiagnostic, Report};

use planlint::calendar::Calendar;
use planlint::config::Config;
use planlint::ingest::{IngestError, Span};
use planlint::plan::Parser;
use planlint::report::excerpt::Excerpt;
use planlint::rules::RuleFileError;

/// Exit code for usage, configuration and input errors.
pub const EXIT_ERROR: u8 = 2;

/// Diagnostics wrap to the terminal when they go to one; in logs and pipes each stays on one
/// line so it can be searched.
pub fn install_miette_hook() {
    let terminal = io::stderr().is_terminal();
    let _ = miette::set_hook(Box::new(move |_| {
        Box::new(
            miette::MietteHandlerOpts::new()
                .wrap_lines(terminal)
                .build(),
        )
    }));
}

/// Write a command's output to stdout in one go; a reader that went away (a closed pipe) is
/// not an error.
pub fn emit(text: &str) -> ExitCode {
    use std::io::Write;
    match io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("planlint: cannot write output: {e}");
            ExitCode::from(EXIT_ERROR)
        }
        _ => ExitCode::SUCCESS,
    }
}

/// A folder entry that could not be read, as a diagnostic on stderr (the run goes on, and
/// exits 2).
pub fn report_walk_error(err: &planlint::discover::WalkError) {
    let diag = MietteDiagnostic::new(planlint::report::terminal::safe(&err.to_string()))
        .with_code("input::walk")
        .with_severity(miette::Severity::Error);
    eprintln!("{:?}", Report::new(diag));
}

/// The files of the walked folders that are not checked: counted in one line on stderr by
/// reason and extension, or each listed when `verbose`.
pub fn report_skipped(skipped: &[planlint::discover::Skipped], verbose: bool) {
    use planlint::discover::SkipReason;
    use planlint::report::terminal::safe;
    if skipped.is_empty() {
        return;
    }
    if verbose {
        for s in skipped {
            let why = match s.why {
                SkipReason::NotAPlanFile => "not a plan file by its extension",
                SkipReason::OwnReport => "a planlint report",
            };
            eprintln!(
                "planlint: skipped {}: {why}",
                safe(&s.path.display().to_string())
            );
        }
        return;
    }
    let mut by_ext: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    let mut reports = 0;
    for s in skipped {
        match s.why {
            SkipReason::OwnReport => reports += 1,
            SkipReason::NotAPlanFile => {
                let ext = s
                    .path
                    .extension()
                    .map(|e| format!(".{}", e.to_string_lossy().to_lowercase()))
                    .unwrap_or_else(|| "no extension".to_owned());
                *by_ext.entry(ext).or_default() += 1;
            }
        }
    }
    let mut parts: Vec<String> = by_ext.iter().map(|(e, n)| format!("{n} {e}")).collect();
    if reports > 0 {
        parts.push(format!(
            "{reports} planlint report{}",
            if reports == 1 { "" } else { "s" }
        ));
    }
    let n = skipped.len();
    eprintln!(
        "planlint: skipped {n} file{} not {} ({}); --verbose lists them",
        if n == 1 { "" } else { "s" },
        if n == 1 { "a plan" } else { "plans" },
        safe(&parts.join(", "))
    );
}

/// An input error as a diagnostic on stderr.
pub fn report_ingest_error(err: &IngestError) {
    let code = match err {
        IngestError::NotFound { .. } => "input::not-found",
        IngestError::Io { .. } => "input::io",
        IngestError::Empty { .. } => "input::empty",
        IngestError::Unsupported { .. } => "input::unsupported",
        IngestError::Word { .. } => "input::word",
        IngestError::Encrypted { .. } => "input::encrypted",
        IngestError::NeedsOffice { .. } => "input::needs-libreoffice",
        IngestError::Conversion { .. } => "input::conversion",
        IngestError::Pdf { .. } => "input::pdf",
        IngestError::Binary { .. } => "input::binary",
        IngestError::Undecodable { .. } => "input::encoding",
        IngestError::NotRegular { .. } => "input::not-a-file",
        IngestError::TooLarge { .. } => "input::too-large",
        IngestError::Internal { .. } => "planlint::internal",
    };
    let diag = MietteDiagnostic::new(planlint::report::terminal::safe(&err.to_string()))
        .with_code(code)
        .with_severity(miette::Severity::Error);
    eprintln!("{:?}", Report::new(diag));
}

/// A rule, pack or configuration error as a diagnostic pointing at the YAML.
pub fn report_rule_error(err: &RuleFileError) {
    let mut diag = MietteDiagnostic::new(err.message.clone())
        .with_code("rules::invalid")
        .with_severity(miette::Severity::Error);
    if let Some(help) = &err.help {
        diag = diag.with_help(help.clone());
    }
    if err.text.is_empty() {
        eprintln!(
            "{:?}",
            Report::new(diag.with_help(format!("in {}", err.path)))
        );
        return;
    }
    let len = err.text[err.offset..]
        .chars()
        .next()
        .map(|c| c.len_utf8())
        .unwrap_or(0);
    let span = Span {
        start: err.offset,
        end: err.offset + len,
        line: err.line,
        column: err.column,
        end_line: err.line,
        end_column: err.column + 1,
    };
    let (excerpt, at) = Excerpt::around(&err.path, &err.text, span);
    let diag = diag.with_label(LabeledSpan::at(
        at.offset..at.offset + at.len.max(1),
        "here",
    ));
    let report = Report::new(diag).with_source_code(excerpt);
    eprintln!("{report:?}");
}

/// The configuration in force: `--config`, else `planlint.yaml` found upward, else defaults.
pub fn load_config(explicit: Option<&Path>) -> Result<Config, ExitCode> {
    let path = match explicit {
        Some(p) => Some(p.to_path_buf()),
        None => std::env::current_dir().ok().and_then(|d| Config::find(&d)),
    };
    match path {
        Some(p) => Config::load(&p).map_err(|e| {
            report_rule_error(&e);
            ExitCode::from(EXIT_ERROR)
        }),
        None => Ok(Config::bundled()),
    }
}

/// The calendar the configuration selects (bundled plus its calendar files).
pub fn load_calendar(config: &Config) -> Result<Calendar, ExitCode> {
    config.calendar().map_err(|e| {
        report_rule_error(&e);
        ExitCode::from(EXIT_ERROR)
    })
}

/// The plan parser with the configuration's vocabulary files merged in.
pub fn load_parser(config: &Config) -> Result<Parser, ExitCode> {
    config.parser().map_err(|e| {
        report_rule_error(&e);
        ExitCode::from(EXIT_ERROR)
    })
}

/// The session the configuration selects (rules, calendar, parser); every error is reported
/// and fails the load.
pub fn load_session(config: Config) -> Result<planlint::engine::Session, ExitCode> {
    planlint::engine::Session::load(config).map_err(|errors| {
        for e in &errors {
            report_rule_error(e);
        }
        ExitCode::from(EXIT_ERROR)
    })
}
