//! planlint: parse Chinese local-government work plans into a plan model and check them.
//!
//! Data flows one way: [`ingest`] (bytes → text + source map) → [`document`] (blocks of
//! paragraphs and tables, whatever the format or text dialect) → [`plan`] (tasks, units,
//! deadlines, meta) → [`rules`] (YAML → typed, compiled rules) → [`engine`] (parallel check,
//! deterministic order) → [`report`] (one module per output format). The plan model in
//! [`plan::model`] is the shared language. [`serve`] puts an engine session behind a local web
//! page, as `planlint check` puts one behind the command line.

pub mod calendar;
pub mod config;
pub mod discover;
pub mod document;
pub mod engine;
pub mod fix;
pub mod ingest;
pub mod plan;
pub mod report;
pub mod rules;
pub mod safe_write;
pub mod serve;
pub mod suggest;
pub mod suppress;
pub mod trace;
pub mod yaml;
