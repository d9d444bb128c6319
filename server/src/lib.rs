//! The Neste steg server: configuration, state, non-Leptos routes and start-up.

pub mod assets;
pub mod cli;
pub mod config;
pub mod jobs;
pub mod kept_form;
pub mod metrics;
pub mod oidc;
pub mod page_cache;
pub mod refusal;
pub mod routes;
pub mod security;
pub mod startup;
pub mod telemetry;
