//! planlint: parse Chinese local-government work plans into a plan model and check them.
//!
//! Data flows one way: [`ingest`] (bytes → text + source map) → [`plan`] (layout detection,
//! tasks, units, deadlines) → reports. The plan model in [`plan::model`] is the shared language.

pub mod ingest;
pub mod plan;
pub mod report;
pub mod yaml;
