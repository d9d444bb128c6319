//! Neste steg's domain: the types, rules and SQL for each concept, with no web framework in it.
//!
//! Every SQL statement of the portal lives under this crate. The same statements run on SQLite
//! (the embedded default) and PostgreSQL; where the two dialects differ, the concept's module
//! says so next to the statement.

pub mod answer;
pub mod audit;
pub mod backlog;
pub mod booking;
pub mod contact_request;
pub mod content;
pub mod council;
pub mod county;
pub mod db;
pub mod demo;
pub mod department;
pub mod error;
pub mod import;
pub mod kept_form;
pub mod login;
pub mod numbers;
pub mod oidc_login;
pub mod outbox;
pub mod paging;
pub mod retention;
pub mod secret;
pub mod session;
pub mod spreadsheet;
pub mod staff;
pub mod status_code;
pub mod throttle;

pub use db::Db;
pub use error::DomainError;
