//! Limits on what one client (an address, a mobile number, an e-mail address) may do on a public
//! form within a window: booking codes sent, call-me requests made.
//!
//! A try is counted before it is judged, so a burst sent in parallel sees itself and cannot slip
//! under the limit; a refused try is taken back, so refusals do not lengthen the wait. Mobiles
//! and e-mail addresses are kept as their SHA-256 only.

use chrono::{DateTime, Duration, Utc};

use crate::{
    db::{sql, Db},
    error::DomainResult,
};

/// At most `limit` tries in any `window`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    pub window: Duration,
    pub limit: i64,
}

impl Limit {
    pub const fn per_hour(limit: i64) -> Limit {
        Limit {
            window: Duration::hours(1),
            limit,
        }
    }
}

/// The key of a mobile number or an e-mail address: never the value itself.
pub fn private_key(value: &str) -> String {
    crate::secret::token_hash(&value.trim().to_lowercase())
}

/// Counts a try of `kind` by `key`; false (and not counted) when the limit is reached.
pub async fn allow(
    db: &Db,
    kind: &str,
    key: &str,
    limit: Limit,
    now: DateTime<Utc>,
) -> DomainResult<bool> {
    allow_all(db, &[(kind, key, limit)], now).await
}

/// Counts tries under several limits at once: all must allow, or none is counted.
pub async fn allow_all(
    db: &Db,
    tries: &[(&str, &str, Limit)],
    now: DateTime<Utc>,
) -> DomainResult<bool> {
    let mut counted: Vec<i64> = Vec::new();
    let mut allowed = true;
    for (kind, key, limit) in tries {
        let id = sql!(db, scalar i64, "INSERT INTO throttle_event (kind, key, at) VALUES ($1, $2, $3) RETURNING id", *kind, *key, now)?;
        counted.push(id);
        let earlier = sql!(db, scalar i64, "SELECT COUNT(*) FROM throttle_event WHERE kind = $1 AND key = $2 AND at > $3 AND id <> $4", *kind, *key, now - limit.window, id)?;
        if earlier >= limit.limit {
            allowed = false;
            break;
        }
    }
    if !allowed {
        for id in counted {
            sql!(db, execute, "DELETE FROM throttle_event WHERE id = $1", id)?;
        }
    }
    Ok(allowed)
}
