//! Moderation of input and comments: the coordinator approves what members under 18 write
//! before other members see it, hides and restores content with a reason, and handles what
//! members report. Every step is one transaction with its audit row (and, for approvals,
//! hiding and restoring, a row in the item's moderation history with the reason).
//!
//! Reports are accepted after a hearing's deadline too: a member must always be able to say
//! that something is wrong.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{as_coordinator, as_member, text, Member, Refusal};
use crate::{
    audit::{self, NewAuditEvent},
    db::{sql, write_transaction, Db},
    error::{DomainError, DomainResult},
    staff::Staff,
};

pub const REASON_MAX: usize = 500;

/// What is moderated or reported: an input or a comment, by id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Item {
    Input(i64),
    Comment(i64),
}

impl Item {
    fn table(self) -> &'static str {
        match self {
            Item::Input(_) => "council_input",
            Item::Comment(_) => "council_comment",
        }
    }

    fn id(self) -> i64 {
        match self {
            Item::Input(id) | Item::Comment(id) => id,
        }
    }

    /// The audit action for `step` on this kind of item (`council.input.hide`, …).
    fn action(self, step: &str) -> &'static str {
        match (self, step) {
            (Item::Input(_), "approve") => "council.input.approve",
            (Item::Input(_), "hide") => "council.input.hide",
            (Item::Input(_), "restore") => "council.input.restore",
            (Item::Input(_), _) => "council.input.report",
            (Item::Comment(_), "approve") => "council.comment.approve",
            (Item::Comment(_), "hide") => "council.comment.hide",
            (Item::Comment(_), "restore") => "council.comment.restore",
            (Item::Comment(_), _) => "council.comment.report",
        }
    }

    /// (input_id, comment_id) for the tables that point at either.
    fn columns(self) -> (Option<i64>, Option<i64>) {
        match self {
            Item::Input(id) => (Some(id), None),
            Item::Comment(id) => (None, Some(id)),
        }
    }
}

/// One step in an item's moderation history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Step {
    pub id: i64,
    /// `approve`, `hide` or `restore`.
    pub action: String,
    pub reason: Option<String>,
    pub staff_id: i64,
    pub at: DateTime<Utc>,
}

/// A member's report, as the coordinator sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Report {
    pub id: i64,
    pub input_id: Option<i64>,
    pub comment_id: Option<i64>,
    /// The reported text as it is now.
    pub text: String,
    pub reason: Option<String>,
    pub reporter_id: i64,
    pub reporter_first_name: String,
    pub created_at: DateTime<Utc>,
    pub handled_at: Option<DateTime<Utc>>,
}

impl Report {
    pub fn item(&self) -> Option<Item> {
        match (self.input_id, self.comment_id) {
            (Some(id), None) => Some(Item::Input(id)),
            (None, Some(id)) => Some(Item::Comment(id)),
            _ => None,
        }
    }
}

/// What waits for the coordinator, for the workplace page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Waiting {
    pub pending_inputs: i64,
    pub pending_comments: i64,
    pub open_reports: i64,
}

/// A coordinator's moderation step.
enum Change {
    Approve,
    Hide(String),
    Restore(String),
}

impl Change {
    fn name(&self) -> &'static str {
        match self {
            Change::Approve => "approve",
            Change::Hide(_) => "hide",
            Change::Restore(_) => "restore",
        }
    }

    fn reason(&self) -> Option<&str> {
        match self {
            Change::Approve => None,
            Change::Hide(reason) | Change::Restore(reason) => Some(reason),
        }
    }
}

/// Runs one moderation step with its history row and audit row, in one transaction. An item
/// already in that state changes nothing and is not audited; an unknown one is `NotFound`.
async fn step(
    db: &Db,
    coordinator: &Staff,
    item: Item,
    change: Change,
    now: DateTime<Utc>,
) -> DomainResult<Result<(), Refusal>> {
    as_coordinator!(db, coordinator);
    let table = item.table();
    let update = match &change {
        Change::Approve => format!(
            "UPDATE {table} SET approval = 'approved', approved_at = $1, approved_by = $2 \
             WHERE id = $3 AND county_id = $4 AND approval = 'pending'"
        ),
        Change::Hide(_) => {
            // Hidden input also leaves the public page (the table refuses it published).
            let unpublish = match item {
                Item::Input(_) => ", published = FALSE",
                Item::Comment(_) => "",
            };
            format!(
                "UPDATE {table} SET hidden_at = $1, hidden_by = $2, hidden_reason = $5{unpublish} \
                 WHERE id = $3 AND county_id = $4 AND hidden_at IS NULL"
            )
        }
        Change::Restore(_) => format!(
            "UPDATE {table} SET hidden_at = NULL, hidden_by = NULL, hidden_reason = NULL \
             WHERE id = $1 AND county_id = $2 AND hidden_at IS NOT NULL"
        ),
    };
    let exists = format!("SELECT id FROM {table} WHERE id = $1 AND county_id = $2");
    let (input_id, comment_id) = item.columns();
    write_transaction!(db, |tx| {
        let query = match &change {
            Change::Approve => sqlx::query(&update)
                .bind(now)
                .bind(coordinator.id)
                .bind(item.id())
                .bind(coordinator.county_id),
            Change::Hide(reason) => sqlx::query(&update)
                .bind(now)
                .bind(coordinator.id)
                .bind(item.id())
                .bind(coordinator.county_id)
                .bind(reason),
            Change::Restore(_) => sqlx::query(&update)
                .bind(item.id())
                .bind(coordinator.county_id),
        };
        let changed = query.execute(&mut *tx).await?.rows_affected();
        if changed == 0 {
            let found: Option<i64> = sqlx::query_scalar(&exists)
                .bind(item.id())
                .bind(coordinator.county_id)
                .fetch_optional(&mut *tx)
                .await?;
            if found.is_none() {
                return Err(DomainError::NotFound);
            }
        } else {
            let step_id: i64 = sqlx::query_scalar(
                "INSERT INTO council_moderation (county_id, input_id, comment_id, action, reason, staff_id, at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            )
            .bind(coordinator.county_id)
            .bind(input_id)
            .bind(comment_id)
            .bind(change.name())
            .bind(change.reason())
            .bind(coordinator.id)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            let event = NewAuditEvent::change(
                coordinator.county_id,
                Some(coordinator.id),
                item.action(change.name()),
                (table, item.id().to_string()),
                None,
                format!("moderation {step_id}"),
            );
            audit::record_in!(&mut *tx, &event, now);
        }
    });
    Ok(Ok(()))
}

/// Lets other members see a minor's input or comment. Approving what needs no approval, or is
/// approved already, changes nothing.
pub async fn approve(
    db: &Db,
    coordinator: &Staff,
    item: Item,
    now: DateTime<Utc>,
) -> DomainResult<Result<(), Refusal>> {
    step(db, coordinator, item, Change::Approve, now).await
}

/// Hides an input or comment from every member but its author, with a reason (shown to the
/// author). Hidden input also leaves the public page.
pub async fn hide(
    db: &Db,
    coordinator: &Staff,
    item: Item,
    reason: &str,
    now: DateTime<Utc>,
) -> DomainResult<Result<(), Refusal>> {
    let reason = text(reason, "reason", REASON_MAX, false)?;
    step(db, coordinator, item, Change::Hide(reason), now).await
}

/// Shows hidden content again, with a reason (kept in the moderation history).
pub async fn restore(
    db: &Db,
    coordinator: &Staff,
    item: Item,
    reason: &str,
    now: DateTime<Utc>,
) -> DomainResult<Result<(), Refusal>> {
    let reason = text(reason, "reason", REASON_MAX, false)?;
    step(db, coordinator, item, Change::Restore(reason), now).await
}

/// The moderation history of one item, oldest first.
pub async fn history(
    db: &Db,
    coordinator: &Staff,
    item: Item,
) -> DomainResult<Result<Vec<Step>, Refusal>> {
    as_coordinator!(db, coordinator);
    let (input_id, comment_id) = item.columns();
    Ok(Ok(sql!(
        db, fetch_all Step,
        "SELECT id, action, reason, staff_id, at FROM council_moderation \
         WHERE county_id = $1 AND (input_id = $2 OR comment_id = $3) ORDER BY at, id",
        coordinator.county_id, input_id, comment_id
    )?))
}

/// A member reports an input or comment they can see (not their own: `NotAllowed`), with an
/// optional reason; returns the report's id. One open report per member and item
/// (`Conflict("already reported")`). Audited in the same transaction.
pub async fn report(
    db: &Db,
    member: &Member,
    item: Item,
    reason: Option<&str>,
    now: DateTime<Utc>,
) -> DomainResult<Result<i64, Refusal>> {
    let member = as_member!(db, member, now);
    let reason = match reason {
        Some(r) => Some(text(r, "reason", REASON_MAX, true)?).filter(|r| !r.is_empty()),
        None => None,
    };
    // The author of the item, if this member may see it.
    let q = match item {
        Item::Input(_) => {
            "SELECT i.member_id FROM council_input i WHERE i.id = $2 AND i.county_id = $3 AND i.withdrawn_at IS NULL \
             AND (i.member_id = $1 OR (i.approval <> 'pending' AND i.hidden_at IS NULL))"
        }
        Item::Comment(_) => {
            "SELECT c.member_id FROM council_comment c JOIN council_input i ON i.id = c.input_id \
             WHERE c.id = $2 AND c.county_id = $3 AND c.withdrawn_at IS NULL \
             AND (c.member_id = $1 OR (c.approval <> 'pending' AND c.hidden_at IS NULL)) \
             AND i.withdrawn_at IS NULL AND (i.member_id = $1 OR (i.approval <> 'pending' AND i.hidden_at IS NULL))"
        }
    };
    let author = sql!(db, scalar_optional i64, q, member.id, item.id(), member.county_id)?
        .ok_or(DomainError::NotFound)?;
    if author == member.id {
        return Ok(Err(Refusal::NotAllowed));
    }
    let (input_id, comment_id) = item.columns();
    let id = write_transaction!(db, |tx| {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO council_report (county_id, input_id, comment_id, member_id, reason, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(member.county_id)
        .bind(input_id)
        .bind(comment_id)
        .bind(member.id)
        .bind(&reason)
        .bind(now)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| DomainError::unique_as_conflict(e, "already reported"))?;
        let event = NewAuditEvent::change(
            member.county_id,
            None,
            item.action("report"),
            (item.table(), item.id().to_string()),
            None,
            format!("report {id}; member {}", member.id),
        );
        audit::record_in!(&mut *tx, &event, now);
        id
    });
    Ok(Ok(id))
}

/// The county's reports, open ones first, newest first.
pub async fn reports(db: &Db, coordinator: &Staff) -> DomainResult<Result<Vec<Report>, Refusal>> {
    as_coordinator!(db, coordinator);
    Ok(Ok(sql!(
        db, fetch_all Report,
        "SELECT r.id, r.input_id, r.comment_id, COALESCE(i.text, c.text, '') AS text, r.reason, \
         r.member_id AS reporter_id, m.first_name AS reporter_first_name, r.created_at, r.handled_at \
         FROM council_report r JOIN council_member m ON m.id = r.member_id \
         LEFT JOIN council_input i ON i.id = r.input_id LEFT JOIN council_comment c ON c.id = r.comment_id \
         WHERE r.county_id = $1 \
         ORDER BY CASE WHEN r.handled_at IS NULL THEN 0 ELSE 1 END, r.created_at DESC, r.id DESC",
        coordinator.county_id
    )?))
}

/// Marks a report handled (whatever the coordinator did about the content), with its audit
/// row. Handling a handled report changes nothing.
pub async fn handle_report(
    db: &Db,
    coordinator: &Staff,
    report_id: i64,
    now: DateTime<Utc>,
) -> DomainResult<Result<(), Refusal>> {
    as_coordinator!(db, coordinator);
    write_transaction!(db, |tx| {
        let changed = sqlx::query(
            "UPDATE council_report SET handled_at = $1, handled_by = $2 WHERE id = $3 AND county_id = $4 AND handled_at IS NULL",
        )
        .bind(now)
        .bind(coordinator.id)
        .bind(report_id)
        .bind(coordinator.county_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed == 0 {
            let found: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM council_report WHERE id = $1 AND county_id = $2",
            )
            .bind(report_id)
            .bind(coordinator.county_id)
            .fetch_optional(&mut *tx)
            .await?;
            if found.is_none() {
                return Err(DomainError::NotFound);
            }
        } else {
            let event = NewAuditEvent::change(
                coordinator.county_id,
                Some(coordinator.id),
                "council.report.handle",
                ("council_report", report_id.to_string()),
                None,
                String::new(),
            );
            audit::record_in!(&mut *tx, &event, now);
        }
    });
    Ok(Ok(()))
}

/// Counts of what waits for the coordinator: input and comments to approve, open reports.
pub async fn waiting(db: &Db, coordinator: &Staff) -> DomainResult<Result<Waiting, Refusal>> {
    as_coordinator!(db, coordinator);
    let waiting = sql!(
        db, fetch_optional Waiting,
        "SELECT \
         (SELECT COUNT(*) FROM council_input WHERE county_id = $1 AND approval = 'pending' AND withdrawn_at IS NULL) AS pending_inputs, \
         (SELECT COUNT(*) FROM council_comment WHERE county_id = $1 AND approval = 'pending' AND withdrawn_at IS NULL) AS pending_comments, \
         (SELECT COUNT(*) FROM council_report WHERE county_id = $1 AND handled_at IS NULL) AS open_reports",
        coordinator.county_id
    )?;
    Ok(Ok(waiting.unwrap_or(Waiting {
        pending_inputs: 0,
        pending_comments: 0,
        open_reports: 0,
    })))
}
