//! `planlint check`: load configuration and rules, check every plan file in parallel, apply
//! suppressions and the baseline, fix or diff if asked, and report.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::ValueEnum;

use planlint::config::Config;
use planlint::discover;
use planlint::engine::baseline::{Baseline, BaselineMatcher, Entry as BaselineEntry};
use planlint::engine::suppress::{self, Suppression};
use planlint::engine::{self, FileResult, Finding};
use planlint::fix::{self, FileFix};
use planlint::ingest;
use planlint::report::html::HtmlPrinter;
use planlint::report::{self, Counts, Printer, Shown};
use planlint::rules::spec::Severity;
use planlint::rules::RuleSet;
use planlint::safe_write;

use super::annotate::DocxAnnotator;
use super::{load_config, report_ingest_error, EXIT_ERROR};

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
    /// The lowest severity that fails, if any.
    pub fn threshold(self) -> Option<Severity> {
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
    /// The name standard input (`-`) is reported under, as the file it came from (its
    /// extension says nothing: the content is sniffed).
    #[arg(long, value_name = "PATH")]
    pub stdin_filename: Option<PathBuf>,
    /// Print the findings only: no summary line, no progress bar, no notes on skipped files.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Print how many findings each rule gave (most first) instead of the findings.
    #[arg(long)]
    pub statistics: bool,
    /// Write the report to FILE instead of standard output (put in place when complete).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output_file: Option<PathBuf>,
    /// Colour in the human report: auto (at a terminal, unless NO_COLOR is set), always, never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// List each file of the walked folders that is not checked (not a plan by its extension,
    /// or a planlint report); without it they are counted in one line.
    #[arg(long, short = 'v')]
    pub verbose: bool,
    /// Largest input read, in MiB; a larger file is an error for that file (exit 2).
    #[arg(long, value_name = "MIB", default_value_t = ingest::DEFAULT_MAX_FILE_BYTES >> 20)]
    pub max_file_size: u64,
}

/// When the human report is coloured.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// At a terminal, unless NO_COLOR is set.
    Auto,
    Always,
    Never,
}

/// The HTML report, told the run's packs and configuration for its header.
fn html_printer(shown: Shown, rules: &RuleSet, config: &Config) -> HtmlPrinter {
    let packs: Vec<String> = rules.packs.iter().map(|p| p.name.clone()).collect();
    // the configuration as the reader can find it: relative to the folder planlint ran in
    let shown_config = config.path.as_deref().map(|p| {
        std::env::current_dir()
            .ok()
            .and_then(|cwd| std::fs::canonicalize(cwd).ok())
            .and_then(|cwd| discover::relative_to(p, &cwd))
            .map(PathBuf::from)
            .unwrap_or_else(|| p.to_path_buf())
    });
    HtmlPrinter::new(shown, &rules.rules, &packs, shown_config.as_deref())
}

fn severity(s: &str) -> Result<Severity, String> {
    s.parse()
}

/// Applies or shows the fixes of the shown findings, file by file as results come, and says at
/// the end what it did.
struct Fixer {
    min: Severity,
    /// Rewrite the files (`--fix`), or print a diff (`--diff`).
    write: bool,
    failed: bool,
    applied: usize,
    skipped: usize,
    files: usize,
}

impl Fixer {
    fn new(min: Severity, write: bool) -> Fixer {
        Fixer {
            min,
            write,
            failed: false,
            applied: 0,
            skipped: 0,
            files: 0,
        }
    }

    /// Fix one file (or print its diff to `out`); true when the file was rewritten.
    fn file(&mut self, r: &FileResult, out: &mut dyn Write) -> bool {
        let outcome = fix::fix_file(r, self.min, self.write);
        for f in &outcome.overlapping {
            self.skipped += 1;
            eprintln!(
                "planlint: {}: skipped the fix of {} at {}: it overlaps another fix",
                f.path,
                f.rule,
                f.span
                    .map(|s| format!("{}:{}", s.line, s.column))
                    .unwrap_or_default()
            );
        }
        match outcome.fix {
            FileFix::Nothing => false,
            FileFix::WordNotRewritten { fixes } => {
                eprintln!(
                    "planlint: {}: {fixes} fix(es) not applied: --fix does not rewrite Word documents; --diff shows them, and --annotate-docx DIR writes a copy with each fix in a comment",
                    r.path.display(),
                );
                false
            }
            FileFix::StdinNotWritten { fixes } => {
                eprintln!(
                    "planlint: standard input: {fixes} fix(es) not applied: there is no file to write; --diff shows them"
                );
                false
            }
            FileFix::Diff { diff, fixes } => {
                self.files += 1;
                self.applied += fixes;
                let _ = write!(out, "{diff}");
                false
            }
            FileFix::Written { fixes } => {
                self.files += 1;
                self.applied += fixes;
                true
            }
            FileFix::Failed(e) => {
                self.failed = true;
                eprintln!("planlint: {e}");
                false
            }
        }
    }

    /// Say what was fixed; false when a file could not be written.
    fn finish(self) -> bool {
        let verb = if self.write { "fixed" } else { "would fix" };
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let skipped_note = if self.skipped > 0 {
            format!("; {} overlapping fix(es) skipped", self.skipped)
        } else {
            String::new()
        };
        eprintln!(
            "planlint: {verb} {} finding{} in {} file{}{skipped_note}",
            self.applied,
            plural(self.applied),
            self.files,
            plural(self.files)
        );
        !self.failed
    }
}

/// Where the run's results go, file by file: fixes, suppressions, the baseline, the report on
/// stdout, the HTML report file, the annotated Word copies, and the counts for the summary and
/// the exit code.
struct Sink<'a> {
    min: Severity,
    fail_on: Option<Severity>,
    fixer: Option<Fixer>,
    suppressions: &'a mut [Suppression],
    baseline: Option<BaselineMatcher>,
    /// `--write-baseline`: the entries gathered; nothing is reported.
    accepted: Option<Vec<BaselineEntry>>,
    printer: Box<dyn Printer + 'a>,
    out: Box<dyn Write + 'a>,
    html: Option<HtmlPrinter>,
    annotator: Option<DocxAnnotator<'a>>,
    counts: Counts,
    unreadable: bool,
    failing: bool,
    /// Flush the report after each file (a progress bar is drawn beside it).
    flush_each: bool,
    /// Writing the report failed (not a closed pipe): said once, and the run stops.
    output_error: Option<io::Error>,
}

impl Sink<'_> {
    /// Take one file's result; false when the run should stop (the output is gone).
    fn take(&mut self, mut r: FileResult, recheck: &dyn Fn(&Path) -> FileResult) -> bool {
        if let Some(fixer) = &mut self.fixer {
            let rewritten = fixer.file(&r, &mut self.out);
            if rewritten {
                // report what remains in the file as it is now
                r = recheck(&r.path);
            }
            if !fixer.write {
                return true;
            }
        }
        self.counts.suppressed += suppress::apply(self.suppressions, std::slice::from_mut(&mut r));
        if let Some(accepted) = &mut self.accepted {
            accepted.extend(Baseline::entries_of(&r));
            return true;
        }
        self.report(r)
    }

    /// Report one result after suppressions and the baseline.
    fn report(&mut self, mut r: FileResult) -> bool {
        if let Some(b) = &mut self.baseline {
            self.counts.baselined += b.filter(&mut r);
        }
        if let Some(e) = &r.error {
            report_ingest_error(e);
            self.unreadable = true;
        }
        self.counts.add(&r, self.min);
        self.failing |= self
            .fail_on
            .is_some_and(|t| r.findings.iter().any(|f| f.severity >= t));
        let min = self.min;
        if let Some(a) = &mut self.annotator {
            a.file(&r, &|f: &Finding| f.severity >= min);
        }
        if let Some(html) = &mut self.html {
            // the page is spooled and written to its file at the end
            if let Err(e) = html.file(&r, &mut io::sink()) {
                self.output_error = Some(e);
                return false;
            }
        }
        let written = self.printer.file(&r, &mut self.out).and_then(|()| {
            // at a terminal showing progress, each file's report appears as it is made
            if self.flush_each {
                self.out.flush()
            } else {
                Ok(())
            }
        });
        match written {
            Ok(()) => true,
            Err(e) => {
                if e.kind() != io::ErrorKind::BrokenPipe {
                    self.output_error = Some(e);
                }
                false
            }
        }
    }
}

pub fn run(args: CheckArgs) -> ExitCode {
    let started = Instant::now();
    let mut config = match load_config(args.config.as_deref()) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let mut suppressions = std::mem::take(&mut config.suppressions);
    let session = match super::load_session(config) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let (config, rules, calendar, parser) = (
        &session.config,
        &session.rules,
        &session.calendar,
        &session.parser,
    );
    let baseline = match args.baseline.as_deref().map(Baseline::read).transpose() {
        Ok(b) => b,
        Err(e) => {
            eprintln!("planlint: {e}");
            return ExitCode::from(EXIT_ERROR);
        }
    };
    if args.fix && args.paths.iter().any(|p| ingest::is_stdin(p)) {
        eprintln!("planlint: --fix cannot rewrite standard input; use --diff to see the fixes");
        return ExitCode::from(EXIT_ERROR);
    }
    let found = discover::discover(&args.paths, &config.exclude);
    for e in &found.errors {
        super::report_walk_error(e);
    }
    if !args.quiet {
        super::report_skipped(&found.skipped, args.verbose);
    }
    let (files, walk_errors) = (found.files, found.errors);
    if files.is_empty() {
        eprintln!(
            "planlint: no plan files in {}: a plan is a .txt, .html/.htm or .docx file (.doc, .wps, .rtf and .odt through LibreOffice)",
            args.paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
        return ExitCode::from(EXIT_ERROR);
    }
    let inputs = discover::canonical_set(&files);
    for (flag, output) in [
        ("--html-report", &args.html_report),
        ("--write-baseline", &args.write_baseline),
        ("--output-file", &args.output_file),
    ] {
        if let Some(output) = output.as_deref().filter(|o| discover::is_input(o, &inputs)) {
            eprintln!(
                "planlint: {flag} {}: that file is one of the plans being checked; nothing was written — name another file",
                output.display()
            );
            return ExitCode::from(EXIT_ERROR);
        }
    }
    // the upper plans of `trace:`, read once
    let limits = ingest::ReadLimits {
        max_bytes: args.max_file_size.saturating_mul(1 << 20),
    };
    let uppers = if config.trace.is_empty() {
        None
    } else {
        match engine::uppers::Uppers::from_pairs(&config.trace, parser, limits) {
            Ok(u) => Some(u),
            Err(e) => {
                report_ingest_error(&e);
                return ExitCode::from(EXIT_ERROR);
            }
        }
    };
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
    let root = std::env::current_dir().unwrap_or_else(|_| Path::new(".").to_path_buf());
    let shown = Shown(args.min_severity);
    let stdout = io::stdout();
    let progress = super::progress::bar(
        files.len(),
        args.format == OutputFormat::Human && !args.quiet && !args.statistics,
    );
    let output_file = match args.output_file.as_deref().map(safe_write::NewFile::create) {
        None => None,
        Some(Ok(f)) => Some(f),
        Some(Err(e)) => {
            eprintln!("planlint: {e}");
            return ExitCode::from(EXIT_ERROR);
        }
    };
    let out: Box<dyn Write> = match output_file.as_ref().map(safe_write::NewFile::writer) {
        None => Box::new(io::BufWriter::new(ProgressWriter {
            hidden: progress.is_hidden(),
            out: stdout.lock(),
            progress: progress.clone(),
        })),
        Some(Ok(file)) => Box::new(io::BufWriter::new(file)),
        Some(Err(e)) => {
            eprintln!("planlint: cannot write the output file: {e}");
            return ExitCode::from(EXIT_ERROR);
        }
    };
    let reporting = !(args.diff || args.write_baseline.is_some());
    let mut sink = Sink {
        min: args.min_severity,
        fail_on: args.fail_on.threshold(),
        fixer: (args.fix || args.diff).then(|| Fixer::new(args.min_severity, args.fix)),
        suppressions: &mut suppressions,
        baseline: baseline.as_ref().map(Baseline::matcher),
        accepted: args.write_baseline.as_ref().map(|_| Vec::new()),
        printer: printer(&args, shown, started, rules, &root, config),
        out,
        html: args
            .html_report
            .as_ref()
            .filter(|_| reporting)
            .map(|_| html_printer(shown, rules, config)),
        annotator: args
            .annotate_docx
            .as_deref()
            .filter(|_| reporting)
            .map(|dir| DocxAnnotator::new(dir, &files)),
        flush_each: !progress.is_hidden(),
        counts: Counts::default(),
        unreadable: !walk_errors.is_empty(),
        failing: false,
        output_error: None,
    };
    let checker = engine::Checker {
        pool: &pool,
        rules: &rules.rules,
        calendar,
        parser,
        limits,
        stdin_name: args.stdin_filename.as_deref(),
        uppers: uppers.as_ref(),
    };
    let recheck = |path: &Path| checker.check_file(path);
    let tick = || progress.inc(1);
    checker.stream_files(&files, &tick, |r| sink.take(r, &recheck));
    progress.finish_and_clear();
    if let Some(fixer) = sink.fixer.take() {
        let (write, would_change) = (fixer.write, fixer.files > 0);
        if !fixer.finish() {
            return ExitCode::from(EXIT_ERROR);
        }
        if !write {
            let _ = sink.out.flush();
            // like `ruff --diff`: 1 when the files would change, so CI can require them fixed
            return if would_change || sink.unreadable {
                ExitCode::from(if sink.unreadable { EXIT_ERROR } else { 1 })
            } else {
                ExitCode::SUCCESS
            };
        }
    }
    if let Some(unused) = session.unused_suppressions(sink.suppressions, &root) {
        if let Some(accepted) = &mut sink.accepted {
            accepted.extend(Baseline::entries_of(&unused));
        } else if sink.output_error.is_none() {
            sink.report(unused);
        }
    }
    if let Some(e) = sink.output_error.take() {
        eprintln!("planlint: cannot write output: {e}");
        return ExitCode::from(EXIT_ERROR);
    }
    if let (Some(path), Some(accepted)) = (&args.write_baseline, sink.accepted.take()) {
        let b = Baseline::from_entries(accepted);
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
    let counts = sink.counts;
    let written = sink
        .printer
        .finish(&counts, &mut sink.out)
        .and_then(|()| sink.out.flush());
    if let Err(e) = written {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("planlint: cannot write output: {e}");
            return ExitCode::from(EXIT_ERROR);
        }
    }
    drop(sink.out);
    if let Some(file) = output_file {
        if let Err(e) = file.commit() {
            eprintln!("planlint: {e}");
            return ExitCode::from(EXIT_ERROR);
        }
    }
    if let (Some(path), Some(mut html)) = (&args.html_report, sink.html.take()) {
        let wrote = safe_write::create_or_replace(path, |out| html.finish(&counts, out));
        if let Err(e) = wrote {
            eprintln!("planlint: {e}");
            return ExitCode::from(EXIT_ERROR);
        }
    }
    if let Some(annotator) = sink.annotator.take() {
        if !annotator.finish() {
            return ExitCode::from(EXIT_ERROR);
        }
    }
    if sink.unreadable {
        return ExitCode::from(EXIT_ERROR);
    }
    if sink.failing {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Standard output that keeps the progress bar out of the report's way: the bar is hidden
/// while a buffer of the report is written.
struct ProgressWriter<W: Write> {
    out: W,
    progress: indicatif::ProgressBar,
    /// The bar is never drawn (no terminal, a machine format, few files): write straight through.
    hidden: bool,
}

impl<W: Write> Write for ProgressWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.hidden {
            return self.out.write(buf);
        }
        let (out, progress) = (&mut self.out, &self.progress);
        progress.suspend(|| {
            let n = out.write(buf)?;
            out.flush()?;
            Ok(n)
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// The printer for `format`.
fn printer<'a>(
    args: &CheckArgs,
    shown: Shown,
    started: Instant,
    rules: &'a RuleSet,
    root: &'a Path,
    config: &'a Config,
) -> Box<dyn Printer + 'a> {
    let docs_url = config.docs_url.as_deref();
    if args.statistics {
        return Box::new(report::statistics::StatisticsPrinter::new(
            &rules.rules,
            shown,
        ));
    }
    let fail_on = args.fail_on.threshold();
    match args.format {
        OutputFormat::Human => {
            let terminal = args.output_file.is_none() && io::stdout().is_terminal();
            let color = match args.color {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                ColorChoice::Auto => terminal && std::env::var_os("NO_COLOR").is_none(),
            };
            let width = if terminal { 120 } else { 200 };
            let style = report::human::Style {
                color,
                unicode: std::env::var_os("NO_GRAPHICS").is_none(),
                width,
                summary: !args.quiet,
            };
            Box::new(report::human::HumanPrinter::new(shown, style, started))
        }
        OutputFormat::Json => Box::new(report::json::JsonPrinter::new(shown)),
        OutputFormat::Jsonl => Box::new(report::json::JsonLinesPrinter::new(shown)),
        OutputFormat::Sarif => Box::new(report::sarif::SarifPrinter::new(
            report::sarif::SarifContext {
                rules: &rules.rules,
                root,
                docs_url,
            },
            shown,
        )),
        OutputFormat::Junit => Box::new(report::junit::JunitPrinter::new(
            &rules.rules,
            shown,
            fail_on,
        )),
        OutputFormat::Github => Box::new(report::github::GithubPrinter::new(shown)),
        OutputFormat::Annotated => Box::new(report::annotated::AnnotatedPrinter::new(shown)),
        OutputFormat::Html => Box::new(html_printer(shown, rules, config)),
    }
}
