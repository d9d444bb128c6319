//! The one error that crosses from server to browser: a short code the page translates.
//!
//! Causes never travel; the server logs them (inside the request's span, with its request id)
//! and sends only the code.

use serde::{Deserialize, Serialize};
use server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum AppError {
    #[error("not-found")]
    NotFound,
    /// One or more fields need fixing; each is named so the page can mark it.
    #[error("invalid-input")]
    InvalidInput { fields: Vec<String> },
    /// The request needs a signed-in member of staff.
    #[error("sign-in")]
    SignIn,
    #[error("wrong-credentials")]
    WrongCredentials,
    #[error("account-disabled")]
    AccountDisabled,
    #[error("throttled")]
    Throttled,
    #[error("conflict")]
    Conflict,
    /// Someone else booked the time first.
    #[error("slot-taken")]
    SlotTaken,
    /// This mobile or e-mail already has as many open requests as one person may.
    #[error("too-many-active")]
    TooManyActive,
    /// The one-time code typed is not the one sent.
    #[error("wrong-code")]
    WrongCode,
    /// The one-time code has expired, was used, or ran out of tries: ask for a new one.
    #[error("code-gone")]
    CodeGone,
    /// The deadline has passed: nothing about it changes any more (a council hearing).
    #[error("closed")]
    Closed,
    /// The request could not be read: a field missing, not a number, not UTF-8. Never a fault
    /// of ours, so a 400 and at most a warning, never an error in the log.
    #[error("bad-request")]
    BadRequest,
    /// Something failed on our side; the log has the cause.
    #[error("internal")]
    Internal,
    /// The request did not reach the server or its answer could not be read.
    #[error("network")]
    Network,
}

impl AppError {
    /// The Fluent id of the message that explains this error to the user.
    pub fn message_id(&self) -> &'static str {
        match self {
            AppError::NotFound => "error-not-found",
            AppError::InvalidInput { .. } => "error-invalid-input",
            AppError::SignIn => "error-sign-in",
            AppError::WrongCredentials => "error-wrong-credentials",
            AppError::AccountDisabled => "error-account-disabled",
            AppError::Throttled => "error-throttled",
            AppError::Conflict => "error-conflict",
            AppError::SlotTaken => "booking-taken",
            AppError::TooManyActive => "error-too-many-active",
            AppError::WrongCode => "booking-code-wrong",
            AppError::CodeGone => "booking-code-gone",
            AppError::Closed => "council-closed-error",
            AppError::BadRequest => "error-bad-request",
            AppError::Internal => "error-internal",
            AppError::Network => "error-network",
        }
    }
}

impl AppError {
    /// The HTTP status a server function answers with when it returns this error: an expected
    /// refusal is a 4xx, so that a 5xx always means a fault an operator must look at.
    pub fn status(&self) -> u16 {
        match self {
            AppError::NotFound => 404,
            AppError::InvalidInput { .. } => 422,
            AppError::SignIn | AppError::WrongCredentials => 401,
            AppError::AccountDisabled => 403,
            AppError::Throttled => 429,
            AppError::Conflict | AppError::SlotTaken | AppError::TooManyActive => 409,
            AppError::Closed => 410,
            AppError::WrongCode => 422,
            AppError::CodeGone => 410,
            AppError::BadRequest => 400,
            AppError::Internal | AppError::Network => 500,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Request(_) | ServerFnErrorErr::Response(_) => AppError::Network,
            // The arguments could not be read from the request (leptos names the cause).
            ServerFnErrorErr::Args(_)
            | ServerFnErrorErr::MissingArg(_)
            | ServerFnErrorErr::Deserialization(_) => {
                #[cfg(feature = "ssr")]
                tracing::warn!(error = %value, "a request whose arguments cannot be read");
                AppError::BadRequest
            }
            _ => AppError::Internal,
        }
    }
}

#[cfg(feature = "ssr")]
impl From<domain::DomainError> for AppError {
    fn from(err: domain::DomainError) -> Self {
        use domain::DomainError as E;
        match err {
            E::NotFound => AppError::NotFound,
            E::Invalid { field, .. } => AppError::InvalidInput {
                fields: vec![field.to_string()],
            },
            E::Conflict("slot taken") => AppError::SlotTaken,
            E::Conflict("too many active") => AppError::TooManyActive,
            E::Conflict(_) => AppError::Conflict,
            E::Database(_) | E::Migration(_) => {
                tracing::error!(error = %err, "domain error");
                AppError::Internal
            }
        }
    }
}
