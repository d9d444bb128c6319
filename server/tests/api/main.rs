//! The server as a black box: a real instance on a free port with a fresh SQLite file (and, for
//! one test, PostgreSQL), spoken to over HTTP.
//!
//! One test binary, one module per area: Leptos keeps process-wide state, so every server of
//! every area runs on the one runtime in `helpers` (see `helpers::run`).

mod answers;
mod booking;
mod council;
mod council_staff;
mod foundation;
mod hardening;
mod helpers;
mod numbers;
mod postgres;
mod scale;
mod staff;
