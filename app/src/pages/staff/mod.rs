//! Staff pages: login and the advisor's workplace.

pub mod login;
pub mod workplace;
