pub mod choice;
pub mod error_summary;
pub mod field;
pub mod form;
pub mod layout;
pub mod phone;
