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
    /// Choosing another time after a public request's code: the path's token is the code
    /// page's, and the office, name and contact typed before come back.
    Retry,
}

impl BookFrom {
    /// A request with no link behind it: it holds its time only once a code is typed.
    pub fn needs_code(self) -> bool {
        matches!(self, BookFrom::Public | BookFrom::Retry)
    }
}

mod code;
pub use code::*;
mod flow;
pub use flow::*;
