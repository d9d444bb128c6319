use thiserror::Error;

/// The domain layer's one error type. The web layer maps each variant to a short code for the
/// user and logs the cause; nothing here is ever shown to a browser as it is.
#[derive(Debug, Error)]
pub enum DomainError {
    #[error("not found")]
    NotFound,
    #[error("invalid {field}: {reason}")]
    Invalid {
        field: &'static str,
        reason: &'static str,
    },
    #[error("conflict: {0}")]
    Conflict(&'static str),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration error: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
}

impl DomainError {
    /// Turns a unique-constraint violation into a domain conflict, leaving other errors alone.
    pub(crate) fn unique_as_conflict(err: sqlx::Error, what: &'static str) -> Self {
        match &err {
            sqlx::Error::Database(db) if db.is_unique_violation() => DomainError::Conflict(what),
            _ => DomainError::Database(err),
        }
    }
}

impl DomainError {
    /// PostgreSQL's exclusion constraint (SQLSTATE 23P01) refusing an overlapping booking is
    /// the same «that time was just taken» as the check before it.
    pub(crate) fn overlap_as_conflict(err: sqlx::Error) -> Self {
        match &err {
            sqlx::Error::Database(db) if db.code().as_deref() == Some("23P01") => {
                DomainError::Conflict("slot taken")
            }
            _ => DomainError::Database(err),
        }
    }
}

pub type DomainResult<T> = Result<T, DomainError>;
