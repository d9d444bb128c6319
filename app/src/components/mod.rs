pub mod choice;
pub mod error_summary;
pub mod field;
pub mod figures;
pub mod form;
pub mod layout;
pub mod paging;
pub mod phone;
