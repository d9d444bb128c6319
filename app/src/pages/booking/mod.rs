//! Booking a conversation: `/{lang}/bestill` (public: choose an office and a meeting form, then a
//! free time), `/{lang}/svar/{token}/bestill` (from the answer flow: office, advisor and contact
//! details prefilled) and `/{lang}/bestilling/{token}` (the booking's own page: see, withdraw,
//! cancel, move, calendar file; `…/flytt` picks the new time). Plain server-rendered forms
//! without the WASM, like the answer flow.

/// Where the booking page was opened from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BookFrom {
    Public,
    /// The answer flow: the path's token is an answer link.
    Answer,
    /// Moving a confirmed meeting: the path's token is the booking's link.
    Move,
}

#[cfg(feature = "ssr")]
mod code;
#[cfg(feature = "ssr")]
pub use code::*;
#[cfg(feature = "ssr")]
mod flow;
#[cfg(feature = "ssr")]
pub(crate) use flow::server::{days as slot_days, parse_slot};
#[cfg(feature = "ssr")]
pub use flow::*;

/// What the browser build has in place of these pages; links to them load a new page.
#[cfg(not(feature = "ssr"))]
mod browser_stand_ins {
    use leptos::prelude::*;

    #[component]
    pub fn BookPage(from: super::BookFrom) -> impl IntoView {
        let _ = from;
    }
    #[component]
    pub fn BookingPage() -> impl IntoView {}
    #[component]
    pub fn BookingCodePage() -> impl IntoView {}
}
#[cfg(not(feature = "ssr"))]
pub use browser_stand_ins::*;
