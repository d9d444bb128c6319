//! Comments on input: members comment on input they can see, until the hearing's deadline.
//! Moderated like input: a minor's comment waits for approval, the coordinator can hide and
//! restore it, members can report it. A member sees a comment only under an input they can
//! see, and never the name of an author who hid it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{as_coordinator, as_member, text, Approval, Member, Refusal};
use crate::{
    db::{sql, Db},
    error::{DomainError, DomainResult},
    staff::Staff,
};

pub const TEXT_MAX: usize = 1000;

/// A comment as one member sees it (see [`super::input::InputForMember`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct CommentForMember {
    pub id: i64,
    pub input_id: i64,
    pub text: String,
    /// The author's first name; `None` when the author hid it from other members.
    pub author: Option<String>,
    pub own: bool,
    pub hide_name: bool,
    /// Waiting for approval (only ever true for one's own).
    pub pending: bool,
    /// Hidden by the coordinator (only ever true for one's own), with the reason given.
    pub hidden: bool,
    pub hidden_reason: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// A comment as the coordinator sees it, with its author.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct CommentForCoordinator {
    pub id: i64,
    pub input_id: i64,
    pub member_id: i64,
    pub first_name: String,
    pub birth_year: i32,
    pub text: String,
    pub hide_name: bool,
    #[sqlx(try_from = "String")]
    pub approval: Approval,
    pub hidden_at: Option<DateTime<Utc>>,
    pub hidden_reason: Option<String>,
    pub withdrawn_at: Option<DateTime<Utc>>,
    pub open_reports: i64,
    pub created_at: DateTime<Utc>,
}

/// The input `$2` (of county `$3`), if member `$1` may see it.
const VISIBLE_INPUT: &str = "i.id = $2 AND i.county_id = $3 AND i.withdrawn_at IS NULL \
     AND (i.member_id = $1 OR (i.approval <> 'pending' AND i.hidden_at IS NULL))";

/// Comments on an input the member can see, before the deadline; returns the comment's id.
pub async fn add(
    db: &Db,
    member: &Member,
    input_id: i64,
    comment: &str,
    hide_name: bool,
    now: DateTime<Utc>,
) -> DomainResult<Result<i64, Refusal>> {
    let member = as_member!(db, member, now);
    let comment = text(comment, "text", TEXT_MAX, false)?;
    let approval = Approval::for_author(member.birth_year, now);
    let q = format!(
        "INSERT INTO council_comment (county_id, input_id, member_id, text, hide_name, approval, created_at) \
         SELECT i.county_id, i.id, $1, $4, $5, $6, $7 FROM council_input i JOIN council_hearing h ON h.id = i.hearing_id \
         WHERE {VISIBLE_INPUT} AND h.published_at IS NOT NULL AND h.deadline_at > $7 RETURNING id"
    );
    let id = sql!(
        db, scalar_optional i64, &q,
        member.id, input_id, member.county_id, &comment, hide_name, approval.as_str(), now
    )?;
    if let Some(id) = id {
        return Ok(Ok(id));
    }
    let q = format!(
        "SELECT h.deadline_at > $4 FROM council_input i JOIN council_hearing h ON h.id = i.hearing_id \
         WHERE {VISIBLE_INPUT} AND h.published_at IS NOT NULL"
    );
    match sql!(db, scalar_optional bool, &q, member.id, input_id, member.county_id, now)? {
        Some(_) => Ok(Err(Refusal::Closed)),
        None => Err(DomainError::NotFound),
    }
}

/// Withdraws one's own comment, before the deadline.
pub async fn withdraw(
    db: &Db,
    member: &Member,
    comment_id: i64,
    now: DateTime<Utc>,
) -> DomainResult<Result<(), Refusal>> {
    let member = as_member!(db, member, now);
    let changed = sql!(
        db, execute,
        "UPDATE council_comment SET withdrawn_at = $2 WHERE id = $3 AND member_id = $1 AND withdrawn_at IS NULL \
         AND EXISTS (SELECT 1 FROM council_input i JOIN council_hearing h ON h.id = i.hearing_id \
                     WHERE i.id = council_comment.input_id AND h.deadline_at > $2)",
        member.id, now, comment_id
    )?;
    if changed == 1 {
        return Ok(Ok(()));
    }
    let own = sql!(
        db, scalar_optional i64,
        "SELECT id FROM council_comment WHERE id = $1 AND member_id = $2 AND withdrawn_at IS NULL",
        comment_id, member.id
    )?;
    match own {
        Some(_) => Ok(Err(Refusal::Closed)),
        None => Err(DomainError::NotFound),
    }
}

/// The comments in one hearing that `member` may see (their own always; others' approved or
/// not needing it, not hidden, not withdrawn, under input the member may see), oldest first.
pub(crate) async fn visible_in_hearing(
    db: &Db,
    member: &Member,
    hearing_id: i64,
) -> DomainResult<Vec<CommentForMember>> {
    Ok(sql!(
        db, fetch_all CommentForMember,
        "SELECT c.id, c.input_id, c.text, \
         CASE WHEN c.member_id = $1 OR NOT c.hide_name THEN m.first_name END AS author, \
         c.member_id = $1 AS own, c.hide_name, c.approval = 'pending' AS pending, \
         c.hidden_at IS NOT NULL AS hidden, CASE WHEN c.member_id = $1 THEN c.hidden_reason END AS hidden_reason, \
         c.created_at \
         FROM council_comment c JOIN council_member m ON m.id = c.member_id \
         JOIN council_input i ON i.id = c.input_id \
         WHERE i.hearing_id = $2 AND c.county_id = $3 AND c.withdrawn_at IS NULL \
         AND (c.member_id = $1 OR (c.approval <> 'pending' AND c.hidden_at IS NULL)) \
         AND i.withdrawn_at IS NULL AND (i.member_id = $1 OR (i.approval <> 'pending' AND i.hidden_at IS NULL)) \
         ORDER BY c.created_at, c.id",
        member.id, hearing_id, member.county_id
    )?)
}

/// The comments of one published hearing this member may see (also nested in
/// [`super::input::for_member`]).
pub async fn for_member(
    db: &Db,
    member: &Member,
    hearing_id: i64,
    now: DateTime<Utc>,
) -> DomainResult<Result<Vec<CommentForMember>, Refusal>> {
    let member = as_member!(db, member, now);
    let found = sql!(
        db, scalar_optional i64,
        "SELECT id FROM council_hearing WHERE id = $1 AND county_id = $2 AND published_at IS NOT NULL",
        hearing_id, member.county_id
    )?;
    if found.is_none() {
        return Err(DomainError::NotFound);
    }
    Ok(Ok(visible_in_hearing(db, &member, hearing_id).await?))
}

/// Every comment of a hearing, with its author, for the coordinator; oldest first.
pub async fn for_coordinator(
    db: &Db,
    coordinator: &Staff,
    hearing_id: i64,
) -> DomainResult<Result<Vec<CommentForCoordinator>, Refusal>> {
    as_coordinator!(db, coordinator);
    Ok(Ok(sql!(
        db, fetch_all CommentForCoordinator,
        "SELECT c.id, c.input_id, c.member_id, m.first_name, m.birth_year, c.text, c.hide_name, c.approval, \
         c.hidden_at, c.hidden_reason, c.withdrawn_at, \
         (SELECT COUNT(*) FROM council_report r WHERE r.comment_id = c.id AND r.handled_at IS NULL) AS open_reports, \
         c.created_at \
         FROM council_comment c JOIN council_member m ON m.id = c.member_id JOIN council_input i ON i.id = c.input_id \
         WHERE i.hearing_id = $1 AND c.county_id = $2 ORDER BY c.created_at, c.id",
        hearing_id, coordinator.county_id
    )?))
}
