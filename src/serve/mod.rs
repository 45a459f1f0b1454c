//! `planlint serve`: a local web page for auditors. Drop a batch of plans (or a zip of a
//! folder) in the browser, see the worst plans first with charts, open one to see its text with
//! the findings marked and its task ledger, and take away annotated Word copies, annotated
//! text, the HTML report, SARIF, JSON or the CSV ledger.
//!
//! Built on axum (with tokio and tower-http): the most used Rust web stack, kept by the tokio
//! project, whose tower layers give the request limits and timeouts, and whose multipart
//! reader streams an upload so its size can be bounded as it arrives. Checking runs on the same
//! engine session as `planlint check`, on a rayon pool beside the async threads.

pub mod batch;
mod charts;
pub mod downloads;
pub mod limits;
mod pages;
pub mod upload;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::{DefaultBodyLimit, Multipart, Path, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use thiserror::Error;

use crate::engine::Session;
use crate::report::{Counts, Printer, Shown};
use crate::rules::spec::Severity;

use batch::{Batch, BatchStore, Entry};
pub use limits::Limits;

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Options {
    pub listen: SocketAddr,
    pub limits: Limits,
    /// Threads that check plans (default: one per core).
    pub threads: Option<usize>,
}

/// Why the server could not start or stopped.
#[derive(Debug, Error)]
pub enum ServeError {
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("cannot start the server: {0}")]
    Start(String),
}

/// What every request shares.
struct App {
    session: Session,
    pool: rayon::ThreadPool,
    batches: BatchStore,
    limits: Limits,
    /// Each rule explained (for the rules page), made once at start.
    explained: Vec<String>,
}

type Shared = Arc<App>;

/// The nonce of this response's page: its inline style and script carry it, and the
/// Content-Security-Policy allows no other inline code.
#[derive(Clone)]
struct Nonce(String);

/// Whether `addr` can be reached only from this machine.
pub fn is_local(addr: &SocketAddr) -> bool {
    addr.ip().is_loopback()
}

/// Serve until Ctrl-C (or SIGTERM); `ready` is told the address listened on (the port the
/// system chose, when asked for port 0) once requests are accepted.
pub fn run(
    session: Session,
    options: Options,
    ready: impl FnOnce(SocketAddr),
) -> Result<(), ServeError> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads.unwrap_or(0))
        .build()
        .map_err(|e| ServeError::Start(e.to_string()))?;
    let explained = session
        .rules
        .rules
        .iter()
        .map(|r| crate::rules::explain::render(r, Some(&session.parser), &session.calendar))
        .collect();
    let app = Arc::new(App {
        session,
        pool,
        batches: BatchStore::new(options.limits.keep_batches),
        limits: options.limits,
        explained,
    });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| ServeError::Start(e.to_string()))?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(options.listen)
            .await
            .map_err(|source| ServeError::Bind {
                addr: options.listen,
                source,
            })?;
        let addr = listener
            .local_addr()
            .map_err(|e| ServeError::Start(e.to_string()))?;
        ready(addr);
        axum::serve(listener, router(app))
            .with_graceful_shutdown(shutdown_signal())
            .await
            .map_err(|e| ServeError::Start(e.to_string()))
    })
}

/// The routes, with the upload limit, the request timeout and the security headers.
fn router(app: Shared) -> Router {
    let upload_limit = usize::try_from(app.limits.max_upload_bytes).unwrap_or(usize::MAX);
    Router::new()
        .route("/", get(index))
        .route(
            "/upload",
            post(upload).layer(DefaultBodyLimit::max(upload_limit)),
        )
        .route("/batch/{id}", get(batch_page))
        .route("/batch/{id}/progress", get(batch_progress))
        .route("/batch/{id}/delete", post(batch_delete))
        .route("/batch/{id}/download/{format}", get(batch_download))
        .route("/batch/{id}/plan/{n}", get(plan_page))
        .route("/batch/{id}/plan/{n}/download/{format}", get(plan_download))
        .route("/rules", get(rules_page))
        .route("/static/app.js", get(script))
        .route("/static/style.css", get(style))
        .fallback(not_found)
        .layer(axum::middleware::from_fn(security_headers))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            limits::REQUEST_TIMEOUT,
        ))
        .with_state(app)
}

/// Ctrl-C or SIGTERM: stop accepting, finish the requests under way, then return.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}

/// Every response: a Content-Security-Policy allowing only this server's scripts and styles
/// (and the inline ones marked with this response's nonce), no framing, no sniffing, no
/// referrer, and no caching of documents.
async fn security_headers(mut req: Request, next: Next) -> Response {
    let nonce = batch::random_id();
    req.extensions_mut().insert(Nonce(nonce.clone()));
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    let csp = format!(
        "default-src 'none'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'nonce-{nonce}'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    );
    if let Ok(v) = HeaderValue::from_str(&csp) {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    res
}

fn page(status: StatusCode, html: String) -> Response {
    (status, Html(html)).into_response()
}

fn error_page(status: StatusCode, title: &str, message: &str) -> Response {
    page(status, pages::error(title, message))
}

async fn index(State(app): State<Shared>) -> Response {
    page(StatusCode::OK, pages::upload(&app.session, &app.limits))
}

async fn not_found() -> Response {
    error_page(StatusCode::NOT_FOUND, "页面不存在", "没有这个页面。")
}

async fn script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        include_str!("assets/app.js"),
    )
        .into_response()
}

async fn style() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        include_str!("assets/style.css"),
    )
        .into_response()
}

/// Take an upload: refuse it whole when too large (before reading it, when it says its size),
/// else start checking it and send the browser to the batch's page.
async fn upload(State(app): State<Shared>, headers: HeaderMap, form: Multipart) -> Response {
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > app.limits.max_upload_bytes) {
        let e = upload::UploadError::TooLarge {
            limit: limits::size(app.limits.max_upload_bytes),
        };
        return error_page(e.status(), "上传被拒绝", &e.to_string());
    }
    let read = upload::read(form, app.limits).await;
    let upload = match read {
        Ok(u) => u,
        Err(e) => return error_page(e.status(), "上传被拒绝", &e.to_string()),
    };
    let batch = batch::new_batch(&upload, &app.session.pack_names());
    app.batches.insert(batch.clone());
    let id = batch.id.clone();
    let worker = app.clone();
    tokio::task::spawn_blocking(move || {
        batch::check(
            &batch,
            upload,
            &worker.session,
            &worker.pool,
            &worker.limits,
        );
    });
    Redirect::to(&format!("/batch/{id}")).into_response()
}

fn gone(app: &App) -> Response {
    error_page(
        StatusCode::NOT_FOUND,
        "结果已不在",
        &format!(
            "这批结果已不在：服务只保留最近 {} 批，每批保留 {} 小时。请重新上传。",
            app.limits.keep_batches,
            limits::BATCH_LIFETIME.as_secs() / 3600
        ),
    )
}

/// Why a batch or one of its plans cannot be shown.
enum Miss {
    /// Not kept (never was, dropped, or deleted).
    Gone,
    /// Still being checked: its page shows the progress.
    Checking(String),
    /// The batch has no plan of that number.
    NoPlan,
}

impl Miss {
    fn response(self, app: &App) -> Response {
        match self {
            Miss::Gone => gone(app),
            Miss::Checking(id) => Redirect::to(&format!("/batch/{id}")).into_response(),
            Miss::NoPlan => error_page(
                StatusCode::NOT_FOUND,
                "没有这份方案",
                "本批结果中没有这份方案。",
            ),
        }
    }
}

/// The batch and the number of its plans (none while it is being checked).
fn finished(app: &App, id: &str) -> Result<(Arc<Batch>, Option<usize>), Miss> {
    let batch = app.batches.get(id).ok_or(Miss::Gone)?;
    let n = batch.entries().map(<[Entry]>::len);
    Ok((batch, n))
}

async fn batch_page(State(app): State<Shared>, Path(id): Path<String>) -> Response {
    match finished(&app, &id) {
        Err(m) => m.response(&app),
        Ok((batch, None)) => page(StatusCode::OK, pages::progress(&batch)),
        Ok((batch, Some(_))) => {
            let entries = batch.entries().unwrap_or_default();
            page(StatusCode::OK, pages::overview(&batch, entries))
        }
    }
}

/// Drop a batch and its documents from memory now, and go back to the upload page.
async fn batch_delete(State(app): State<Shared>, Path(id): Path<String>) -> Response {
    if app.batches.remove(&id) {
        Redirect::to("/").into_response()
    } else {
        gone(&app)
    }
}

/// Files done and all, as JSON, for a script that would rather poll than reload.
async fn batch_progress(State(app): State<Shared>, Path(id): Path<String>) -> Response {
    match app.batches.get(&id) {
        None => gone(&app),
        Some(b) => {
            let (done, total) = b.progress();
            axum::Json(serde_json::json!({
                "done": done,
                "total": total,
                "finished": b.entries().is_some(),
            }))
            .into_response()
        }
    }
}

/// The `n`-th plan of a finished batch.
fn entry_of(app: &App, id: &str, n: &str) -> Result<(Arc<Batch>, usize), Miss> {
    let (batch, count) = finished(app, id)?;
    let count = count.ok_or_else(|| Miss::Checking(id.to_owned()))?;
    match n.parse::<usize>() {
        Ok(i) if i < count => Ok((batch, i)),
        _ => Err(Miss::NoPlan),
    }
}

/// One plan: the HTML report's view of it (text with findings marked, findings, the ledger),
/// under the navigation and its downloads.
async fn plan_page(
    State(app): State<Shared>,
    Path((id, n)): Path<(String, String)>,
    Extension(nonce): Extension<Nonce>,
) -> Response {
    let (batch, i) = match entry_of(&app, &id, &n) {
        Ok(x) => x,
        Err(m) => return m.response(&app),
    };
    let Some(entry) = batch.entries().and_then(|e| e.get(i)) else {
        return gone(&app);
    };
    let packs = app.session.pack_names();
    let mut printer = crate::report::html::HtmlPrinter::new(
        Shown(Severity::Hint),
        &app.session.rules.rules,
        &packs,
        app.session.config.path.as_deref(),
    )
    .with_nonce(&nonce.0)
    .with_banner(pages::plan_banner(&batch, i, entry));
    let mut counts = Counts::default();
    counts.add(&entry.result, Severity::Hint);
    let mut out = Vec::new();
    let made = printer
        .file(&entry.result, &mut out)
        .and_then(|()| printer.finish(&counts, &mut out));
    match made {
        Ok(()) => page(StatusCode::OK, String::from_utf8_lossy(&out).into_owned()),
        Err(e) => error_page(
            StatusCode::INTERNAL_SERVER_ERROR,
            "无法显示",
            &e.to_string(),
        ),
    }
}

async fn plan_download(
    State(app): State<Shared>,
    Path((id, n, format)): Path<(String, String, String)>,
) -> Response {
    let (batch, i) = match entry_of(&app, &id, &n) {
        Ok(x) => x,
        Err(m) => return m.response(&app),
    };
    let entries: Vec<&Entry> = batch.entries().unwrap_or_default()[i..=i].iter().collect();
    let stem = std::path::Path::new(&entries[0].result.path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| format!("plan-{i}"));
    download(&app, &format, &entries, &stem).await
}

async fn batch_download(
    State(app): State<Shared>,
    Path((id, format)): Path<(String, String)>,
) -> Response {
    let (batch, count) = match finished(&app, &id) {
        Ok(x) => x,
        Err(m) => return m.response(&app),
    };
    if count.is_none() {
        return Redirect::to(&format!("/batch/{id}")).into_response();
    }
    let entries: Vec<&Entry> = batch.entries().unwrap_or_default().iter().collect();
    download(&app, &format, &entries, "planlint-检查结果").await
}

/// Make a download (off the async threads: a batch's report can take a while).
async fn download(app: &Shared, format: &str, entries: &[&Entry], stem: &str) -> Response {
    let Some(format) = downloads::Format::parse(format) else {
        return not_found().await;
    };
    let made = tokio::task::block_in_place(|| downloads::make(format, entries, stem, &app.session));
    match made {
        Err(why) => error_page(StatusCode::NOT_FOUND, "无法下载", &why),
        Ok(d) => {
            let disposition = format!(
                "attachment; filename=\"{}\"; filename*=UTF-8''{}",
                ascii_name(&d.file_name),
                percent_encode(&d.file_name)
            );
            let mut res = d.bytes.into_response();
            let h = res.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static(d.content_type),
            );
            if let Ok(v) = HeaderValue::from_str(&disposition) {
                h.insert(header::CONTENT_DISPOSITION, v);
            }
            res
        }
    }
}

/// A file name for browsers that read only `filename=`: its ASCII, with `_` for the rest.
fn ascii_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// RFC 5987 encoding of a UTF-8 file name.
fn percent_encode(name: &str) -> String {
    name.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_') {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

async fn rules_page(State(app): State<Shared>) -> Response {
    page(StatusCode::OK, pages::rules(&app.session, &app.explained))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn download_names_survive_every_browser() {
        assert_eq!(ascii_name("方案-批注.docx"), "__-__.docx");
        assert_eq!(percent_encode("a 方.csv"), "a%20%E6%96%B9.csv");
    }
}
