//! `planlint serve`: the arguments mapped to a session and the server's options.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use planlint::serve::{self, limits, Limits};

use super::{load_config, load_session, EXIT_ERROR};

/// Everything `serve` is asked.
#[derive(clap::Args)]
pub struct ServeArgs {
    /// Address and port to listen on. Only this machine can reach the default; another
    /// address opens the page (and the documents uploaded to it) to the network.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// Configuration file (default: planlint.yaml here or in a parent folder).
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Threads that check plans (default: one per core).
    #[arg(short = 'j', long)]
    pub jobs: Option<usize>,
    /// Largest upload (all files of one batch), in MiB.
    #[arg(long, value_name = "MIB", default_value_t = limits::DEFAULT_MAX_UPLOAD_BYTES >> 20)]
    pub max_upload_mib: u64,
    /// Largest single plan (uploaded or unpacked from a zip), in MiB.
    #[arg(long, value_name = "MIB", default_value_t = limits::DEFAULT_MAX_FILE_BYTES >> 20)]
    pub max_file_size: u64,
    /// Most files in one batch (zips counted by the plans they hold).
    #[arg(long, default_value_t = limits::DEFAULT_MAX_FILES)]
    pub max_files: usize,
    /// Batches kept in memory for viewing and downloading; older ones are dropped.
    #[arg(long, default_value_t = limits::DEFAULT_KEEP_BATCHES)]
    pub keep_batches: usize,
}

pub fn run(args: ServeArgs) -> ExitCode {
    let config = match load_config(args.config.as_deref()) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let session = match load_session(config) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let options = serve::Options {
        listen: args.listen,
        limits: Limits {
            max_upload_bytes: args.max_upload_mib.saturating_mul(1 << 20),
            max_files: args.max_files,
            max_file_bytes: args.max_file_size.saturating_mul(1 << 20),
            keep_batches: args.keep_batches,
        },
        threads: args.jobs,
    };
    let local = serve::is_local(&args.listen);
    let served = serve::run(session, options, |addr| {
        if !local {
            eprintln!("planlint: WARNING: listening on {addr}, which other machines can reach.");
            eprintln!("planlint: WARNING: anyone on the network can upload plans and read every uploaded document; there is no login.");
            eprintln!(
                "planlint: WARNING: use the default 127.0.0.1 unless this network is trusted."
            );
        }
        // the address line is printed on stdout, flushed, for scripts waiting on it
        println!("planlint serve: http://{addr}/");
        use std::io::Write;
        let _ = std::io::stdout().flush();
        eprintln!("planlint: open the address in a browser; Ctrl-C stops the server");
    });
    match served {
        Ok(()) => {
            eprintln!("planlint: server stopped");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("planlint: {e}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}
