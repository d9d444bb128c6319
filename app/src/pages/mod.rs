pub mod answer;
pub mod contact;
pub mod home;
pub mod not_found;
pub mod planned;
pub mod staff;
