pub mod answer;
pub mod booking;
pub mod contact;
pub mod home;
pub mod info;
pub mod not_found;
pub mod planned;
pub mod staff;
