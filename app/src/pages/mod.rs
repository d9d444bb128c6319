pub mod answer;
pub mod booking;
pub mod contact;
pub mod home;
pub mod info;
pub mod council;
pub mod not_found;
pub mod staff;
