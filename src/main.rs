//! The `planlint` command line.

mod cli;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser as ClapParser, Subcommand};

use cli::check::CheckArgs;
use cli::parse::ParseFormat;

/// mimalloc: parsing makes many small strings, and the system allocator was a sixth of the
/// time in the profile (`cargo bench`).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Compliance checks for Chinese local-government work plans (政务公开工作要点, 任务分工方案).
#[derive(ClapParser)]
#[command(name = "planlint", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check plans with the rule packs and report the findings.
    Check(CheckArgs),
    /// Parse plans into the plan model and print it.
    Parse {
        /// Plan files (txt in UTF-8 or GBK, HTML) or folders holding them.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ParseFormat::Json)]
        format: ParseFormat,
        /// The configuration (its `vocabulary:` files extend the parser's word lists).
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// List the rules in force: id, severity, scope, title.
    Rules {
        #[arg(long)]
        config: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = cli::rules::RulesFormat::Text)]
        format: cli::rules::RulesFormat,
    },
    /// Write a commented planlint.yaml in the current folder to start from.
    Init {
        /// Replace an existing planlint.yaml.
        #[arg(long)]
        force: bool,
    },
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell) to stdout.
    Completions { shell: clap_complete::Shell },
    /// Print the manual page (roff) to stdout: `planlint man > planlint.1`.
    Man,
    /// Trace lower plans against the upper plan they implement: tasks not carried down, later
    /// deadlines, missing leads.
    Trace(cli::trace::TraceArgs),
    /// Serve a local web page: upload plans in a browser, see and download the findings.
    Serve(cli::serve::ServeArgs),
    /// Explain a rule: what it checks, why, references and examples.
    Explain {
        /// `pack::rule` or `rule`.
        rule: String,
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Working-day arithmetic with the official calendar (start day excluded).
    Workdays {
        #[command(subcommand)]
        command: cli::workdays::WorkdaysCommand,
        #[arg(long, global = true)]
        config: Option<PathBuf>,
    },
    /// Run every rule's own valid/invalid examples.
    Test {
        /// Rule packs, or folders of packs (default: the packs in force).
        dirs: Vec<PathBuf>,
        #[arg(long)]
        config: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    cli::install_miette_hook();
    let args = Cli::parse();
    match args.command {
        Command::Check(args) => cli::check::run(args),
        Command::Serve(args) => cli::serve::run(args),
        Command::Trace(args) => cli::trace::run(args),
        Command::Parse {
            paths,
            format,
            config,
        } => cli::parse::run(&paths, format, config.as_deref()),
        Command::Rules { config, format } => cli::rules::list(config.as_deref(), format),
        Command::Init { force } => cli::init::run(force),
        Command::Completions { shell } => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut cmd, "planlint", &mut std::io::stdout());
            ExitCode::SUCCESS
        }
        Command::Man => {
            let cmd = <Cli as clap::CommandFactory>::command();
            let mut out = Vec::new();
            match clap_mangen::Man::new(cmd).render(&mut out) {
                Ok(()) => cli::emit(&String::from_utf8_lossy(&out)),
                Err(e) => {
                    eprintln!("planlint: cannot render the manual page: {e}");
                    ExitCode::from(cli::EXIT_ERROR)
                }
            }
        }
        Command::Explain { rule, config } => cli::rules::explain(&rule, config.as_deref()),
        Command::Test { dirs, config } => cli::rules::test(&dirs, config.as_deref()),
        Command::Workdays { command, config } => cli::workdays::run(command, config.as_deref()),
    }
}
