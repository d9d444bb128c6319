//! The young person's answer: `/{lang}/svar/{token}` from a link, `/{lang}/svar` for a code from a
//! letter. One question per page; every step is saved as it is sent, so nothing is lost if the
//! phone dies half-way. Opening a page changes nothing: only the buttons do.
//!
//! Like the staff area, these pages are plain server-rendered forms without the WASM: the flow
//! needs nothing from it, and a young person on a cheap phone and a slow network is spared
//! ~90 KB (brotli) of download before the first answer.

/// The activities in the order the question lists them (as `domain::status_code::Activity`).
pub const ACTIVITIES: [&str; 12] = [
    "school",
    "private_school",
    "apprenticeship",
    "work",
    "military_service",
    "home_with_child",
    "ill_or_institution",
    "course",
    "moved_county",
    "moved_abroad",
    "wants_help",
    "no_thanks",
];

/// The steps of the answer, each its own page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Welcome,
    Activity,
    Details,
    Contact,
    Receipt,
}

mod flow;
pub use flow::*;
