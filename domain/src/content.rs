//! The version of what the public pages show from the database: the offices, their details and
//! opening hours. Every change to them bumps the county's `content_version` in its own
//! transaction, so a server instance that keeps rendered pages in memory (server/src/page_cache.rs)
//! learns of a change made through any instance by reading one number.

use std::sync::atomic::{AtomicU64, Ordering};

use crate::{
    db::{sql, Db},
    error::DomainResult,
};

/// Changes made through this process, so its own page cache can look at the database at once
/// instead of within the second.
static CHANGED_HERE: AtomicU64 = AtomicU64::new(0);

/// Bumps the county's version inside an open transaction (`$tx` is `&mut *tx`): committed with
/// the change, or rolled back with it.
macro_rules! bump_in {
    ($tx:expr, $county_id:expr) => {{
        sqlx::query("UPDATE county SET content_version = content_version + 1 WHERE id = $1")
            .bind($county_id)
            .execute($tx)
            .await?;
    }};
}
pub(crate) use bump_in;

/// Bumps the version outside a transaction, for changes made by one statement.
pub(crate) async fn bump(db: &Db, county_id: i64) -> DomainResult<()> {
    sql!(
        db,
        execute,
        "UPDATE county SET content_version = content_version + 1 WHERE id = $1",
        county_id
    )?;
    noted_here();
    Ok(())
}

/// Records, once the change is committed, that this process made one.
pub(crate) fn noted_here() {
    CHANGED_HERE.fetch_add(1, Ordering::Release);
}

/// How many changes this process has committed; a cache compares it on every request.
pub fn changed_here() -> u64 {
    CHANGED_HERE.load(Ordering::Acquire)
}

/// The county's current version.
pub async fn version(db: &Db, county_id: i64) -> DomainResult<i64> {
    Ok(sql!(
        db,
        scalar i64,
        "SELECT content_version FROM county WHERE id = $1",
        county_id
    )?)
}
