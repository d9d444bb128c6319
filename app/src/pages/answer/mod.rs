//! The young person's answer: `/{lang}/svar/{token}` from a link, `/{lang}/svar` for a code from a
//! letter. One question per page; every step is saved as it is sent, so nothing is lost if the
//! phone dies half-way. Opening a page changes nothing: only the buttons do.
//!
//! Plain server-rendered forms with no island: the flow needs no script, and a young person on a
//! cheap phone and a slow network downloads only the page and the stylesheet.

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
