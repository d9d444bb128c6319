//! Member sessions: a random token in the member's cookie, its hash in `council_session`, an
//! idle and an absolute timeout as for staff. Kept apart from staff sessions, so a member's
//! cookie can never open a staff page or any young person's data. A session resolves only
//! while the member's term is active.

use chrono::{DateTime, Utc};

use super::{member::COLUMNS, today, Member};
use crate::{
    db::{sql, Db},
    error::DomainResult,
    secret::token_hash,
    session::SessionPolicy,
};

/// Starts a session inside the open transaction `$tx` (`&mut *tx`) and evaluates to its token.
macro_rules! start_in {
    ($tx:expr, $member_id:expr, $now:expr) => {{
        let token = $crate::secret::new_token();
        sqlx::query(
            "INSERT INTO council_session (token_hash, member_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)",
        )
        .bind($crate::secret::token_hash(&token))
        .bind($member_id)
        .bind($now)
        .execute($tx)
        .await?;
        token
    }};
}
pub(crate) use start_in;

/// The member behind a session token, while the session is alive and the term is active today;
/// touches the session.
pub async fn resolve(
    db: &Db,
    token: &str,
    policy: SessionPolicy,
    now: DateTime<Utc>,
) -> DomainResult<Option<Member>> {
    let hash = token_hash(token);
    let columns = COLUMNS
        .split(", ")
        .map(|c| format!("m.{}", c.trim()))
        .collect::<Vec<_>>()
        .join(", ");
    let q = format!(
        "SELECT {columns} FROM council_session s JOIN council_member m ON m.id = s.member_id \
         WHERE s.token_hash = $1 AND s.last_seen_at > $2 AND s.created_at > $3 \
         AND m.ended_at IS NULL AND m.term_from <= $4 AND m.term_to >= $4"
    );
    let member = sql!(
        db, fetch_optional Member, &q,
        &hash, now - policy.idle, now - policy.absolute, today(now)
    )?;
    if member.is_some() {
        sql!(
            db,
            execute,
            "UPDATE council_session SET last_seen_at = $1 WHERE token_hash = $2",
            now,
            &hash
        )?;
    }
    Ok(member)
}

/// Signs out: the token stops working.
pub async fn end(db: &Db, token: &str) -> DomainResult<()> {
    sql!(
        db,
        execute,
        "DELETE FROM council_session WHERE token_hash = $1",
        token_hash(token)
    )?;
    Ok(())
}
