//! `planlint check`: load configuration and rules, check every plan file in parallel, apply
//! suppressions and the baseline, fix or diff if asked, and report.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::ValueEnum;

use planlint::config::Config;
use planlint::discover;
use planlint::engine::baseline::Baseline;
use planlint::engine::{self, suppress, FileResult, Finding};
use planlint::fix;
use planlint::ingest;
use planlint::report::{self, Counts};
use planlint::rules::spec::Severity;
use planlint::rules::RuleSet;

use super::{load_calendar, load_config, load_parser, load_rules, report_ingest_error, EXIT_ERROR};

/// Output formats of `check`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Diagnostics with the source excerpt, then a summary line.
    Human,
    /// One JSON document (schema in docs/output.md).
    Json,
    /// One JSON object per finding per line.
    Jsonl,
    /// SARIF 2.1.0, for code-scanning tools.
    Sarif,
    /// JUnit XML: a test case per file and rule.
    Junit,
    /// GitHub Actions workflow commands (::error file=…::message).
    Github,
    /// The plans' text with each finding marked where it occurs.
    Annotated,
    /// One self-contained HTML report.
    Html,
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
    /// Plan files (txt in UTF-8 or GBK, HTML, Word .docx; .doc/.wps/.rtf/.odt through
    /// LibreOffice) or folders holding them.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
    /// Also write the HTML report to this file.
    #[arg(long, value_name = "FILE")]
    pub html_report: Option<PathBuf>,
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
    /// Report only findings not in this baseline.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Store the current findings as a baseline and exit.
    #[arg(long, value_name = "FILE", conflicts_with = "baseline")]
    pub write_baseline: Option<PathBuf>,
    /// Apply the fixes rules declare safe (for the findings shown), then report what remains.
    #[arg(long, conflicts_with = "diff")]
    pub fix: bool,
    /// Print the fixes as a unified diff; write nothing.
    #[arg(long)]
    pub diff: bool,
    /// Write a copy of each checked Word document to this folder, with the shown findings as
    /// Word comments (the originals are never changed).
    #[arg(long, value_name = "DIR")]
    pub annotate_docx: Option<PathBuf>,
}

fn severity(s: &str) -> Result<Severity, String> {
    s.parse()
}

/// Suppressions that matched nothing, as findings pointing at their entry in planlint.yaml.
fn unused_suppressions(config: &Config) -> Option<FileResult> {
    let path = config.path.as_ref()?;
    let source = ingest::decode(path, config.text.as_bytes()).ok()?;
    let map = ingest::SourceMap::new(&source.text);
    // the configuration's path as the user would type it from here
    let here = std::env::current_dir().unwrap_or_default();
    let shown = path
        .strip_prefix(&here)
        .unwrap_or(path)
        .display()
        .to_string();
    let findings: Vec<Finding> = config
        .suppressions
        .iter()
        .filter(|s| s.matched == 0)
        .map(|s| {
            let end = s.offset + s.spec.rule.len();
            Finding {
                rule: "planlint::unused-suppression".into(),
                severity: Severity::Warning,
                message: format!(
                    "压制项未匹配任何问题（{} · {}）：可以删除",
                    s.spec.rule, s.spec.file
                ),
                help: Some(format!("理由：{}", s.spec.reason)),
                path: shown.clone(),
                span: Some(map.span(&source.text, s.offset, end.min(source.text.len()))),
                labels: Vec::new(),
                fix: None,
                task: None,
                references: Vec::new(),
                fingerprint: format!("unused-suppression:{}:{}", s.spec.rule, s.spec.file),
            }
        })
        .collect();
    (!findings.is_empty()).then(|| FileResult {
        path: PathBuf::from(shown),
        source: Some(source),
        plan: None,
        findings,
        error: None,
    })
}

/// Apply or show the fixes of the shown findings. Returns the files rewritten.
fn fixes(
    results: &[FileResult],
    min: Severity,
    write: bool,
    out: &mut dyn Write,
) -> Result<Vec<PathBuf>, ()> {
    let mut rewritten = Vec::new();
    let mut failed = false;
    let (mut applied, mut skipped, mut files) = (0, 0, 0);
    for r in results {
        let (Some(source), None) = (&r.source, &r.error) else {
            continue;
        };
        if r.plan.is_none() {
            continue;
        }
        let chosen = fix::plan(r.findings.iter().filter(|f| f.severity >= min));
        for f in &chosen.overlapping {
            skipped += 1;
            eprintln!(
                "planlint: {}: skipped the fix of {} at {}: it overlaps another fix",
                f.path,
                f.rule,
                f.span
                    .map(|s| format!("{}:{}", s.line, s.column))
                    .unwrap_or_default()
            );
        }
        if chosen.fixes.is_empty() {
            continue;
        }
        if write && source.word.is_some() {
            // a Word document is never rewritten: its text lives in formatted runs, and a
            // copy with the fixes as comments is what --annotate-docx writes
            eprintln!(
                "planlint: {}: {} fix(es) not applied: --fix does not rewrite Word documents; --diff shows them, and --annotate-docx DIR writes a copy with each fix in a comment",
                r.path.display(),
                chosen.fixes.len()
            );
            continue;
        }
        let fixed = fix::apply(&source.text, &chosen.fixes);
        files += 1;
        if !write {
            let _ = write!(
                out,
                "{}",
                fix::unified_diff(&r.path.display().to_string(), &source.text, &fixed)
            );
            applied += chosen.fixes.len();
            continue;
        }
        let written = std::fs::read(&r.path)
            .map_err(|e| e.to_string())
            .and_then(|original| {
                fix::encode_like(source, &original, &fixed).map_err(|e| e.to_string())
            })
            .and_then(|bytes| {
                fix::write_atomically(&r.path, &bytes)
                    .map_err(|e| format!("{}: cannot write: {e}", r.path.display()))
            });
        match written {
            Ok(()) => {
                applied += chosen.fixes.len();
                rewritten.push(r.path.clone());
            }
            Err(e) => {
                failed = true;
                eprintln!("planlint: {e}");
            }
        }
    }
    let verb = if write { "fixed" } else { "would fix" };
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    let skipped_note = if skipped > 0 {
        format!("; {skipped} overlapping fix(es) skipped")
    } else {
        String::new()
    };
    eprintln!(
        "planlint: {verb} {applied} finding{} in {files} file{}{skipped_note}",
        plural(applied),
        plural(files)
    );
    if failed {
        Err(())
    } else {
        Ok(rewritten)
    }
}

pub fn run(args: CheckArgs) -> ExitCode {
    let started = Instant::now();
    let mut config = match load_config(args.config.as_deref()) {
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
    let parser = match load_parser(&config) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let baseline = match args.baseline.as_deref().map(Baseline::read).transpose() {
        Ok(b) => b,
        Err(e) => {
            eprintln!("planlint: {e}");
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
    let check = |files: &[PathBuf]| -> Vec<FileResult> {
        let progress = super::progress::bar(files.len(), args.format == OutputFormat::Human);
        let tick = || progress.inc(1);
        let results =
            pool.install(|| engine::check_files(&rules.rules, &calendar, &parser, files, &tick));
        progress.finish_and_clear();
        results
    };
    let mut results = check(&files);

    if args.fix || args.diff {
        let stdout = io::stdout();
        let mut out = stdout.lock();
        match fixes(&results, args.min_severity, args.fix, &mut out) {
            Ok(rewritten) if args.fix && !rewritten.is_empty() => {
                // report what remains in the files as they are now
                let again = check(&rewritten);
                for r in again {
                    if let Some(slot) = results.iter_mut().find(|x| x.path == r.path) {
                        *slot = r;
                    }
                }
            }
            Ok(_) => {}
            Err(()) => return ExitCode::from(EXIT_ERROR),
        }
        if args.diff {
            return ExitCode::SUCCESS;
        }
    }

    let suppressed = suppress::apply(&mut config.suppressions, &mut results);
    if let Some(unused) = unused_suppressions(&config) {
        results.push(unused);
    }
    if let Some(path) = &args.write_baseline {
        let b = Baseline::of(&results);
        if let Err(e) = b.write(path) {
            eprintln!("planlint: {e}");
            return ExitCode::from(EXIT_ERROR);
        }
        eprintln!(
            "planlint: wrote {} findings to the baseline {}",
            b.findings.len(),
            path.display()
        );
        return ExitCode::SUCCESS;
    }
    let baselined = baseline
        .as_ref()
        .map(|b| b.filter(&mut results))
        .unwrap_or(0);

    for r in &results {
        if let Some(e) = &r.error {
            report_ingest_error(e);
        }
    }
    let min = args.min_severity;
    let shown = |f: &Finding| f.severity >= min;
    let mut counts = Counts::of(&results, min);
    counts.baselined = baselined;
    counts.suppressed = suppressed;
    let written = render(
        args.format,
        &results,
        &shown,
        &counts,
        started,
        &rules,
        &config,
    );
    if let Err(e) = written {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("planlint: cannot write output: {e}");
            return ExitCode::from(EXIT_ERROR);
        }
    }
    if let Some(path) = &args.html_report {
        let mut html = Vec::new();
        let wrote = report::html::render(&results, shown, &counts, &mut html)
            .and_then(|()| fix::write_atomically(path, &html));
        if let Err(e) = wrote {
            eprintln!("planlint: cannot write {}: {e}", path.display());
            return ExitCode::from(EXIT_ERROR);
        }
    }
    if let Some(dir) = &args.annotate_docx {
        if !super::annotate::write_copies(&results, &shown, dir) {
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

fn render(
    format: OutputFormat,
    results: &[FileResult],
    shown: &dyn Fn(&Finding) -> bool,
    counts: &Counts,
    started: Instant,
    rules: &RuleSet,
    config: &Config,
) -> io::Result<()> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let root = std::env::current_dir().unwrap_or_else(|_| Path::new(".").to_path_buf());
    let written = match format {
        OutputFormat::Human => {
            let color = io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            let width = if io::stdout().is_terminal() { 120 } else { 200 };
            let style = report::human::Style {
                color,
                unicode: std::env::var_os("NO_GRAPHICS").is_none(),
                width,
            };
            report::human::render(results, shown, counts, started.elapsed(), style, &mut out)
        }
        OutputFormat::Json => report::json::render(results, shown, counts, &mut out),
        OutputFormat::Jsonl => report::json::render_lines(results, shown, &mut out),
        OutputFormat::Sarif => {
            let cx = report::sarif::SarifContext {
                rules: &rules.rules,
                root: &root,
                docs_url: config.docs_url.as_deref(),
            };
            report::sarif::render(results, shown, &cx, &mut out)
        }
        OutputFormat::Junit => report::junit::render(results, &rules.rules, shown, &mut out),
        OutputFormat::Github => report::github::render(results, shown, &mut out),
        OutputFormat::Annotated => report::annotated::render(results, shown, &mut out),
        OutputFormat::Html => report::html::render(results, shown, counts, &mut out),
    };
    let _ = out.flush();
    written
}
