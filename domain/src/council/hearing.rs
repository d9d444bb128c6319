//! Hearings: a question OT puts to the council, with background text and a deadline. The
//! coordinator drafts, edits and publishes it; members with an active term see published
//! hearings and send input until the deadline (`now >= deadline` is closed). The council's
//! statement on a hearing goes on the public page when the coordinator says so.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{as_coordinator, as_member, text, title, Member, Refusal};
use crate::{
    audit::{self, NewAuditEvent},
    db::{sql, write_transaction, Db},
    error::{DomainError, DomainResult},
    staff::Staff,
};

pub const TITLE_MAX: usize = 200;
pub const QUESTION_MAX: usize = 2000;
pub const BACKGROUND_MAX: usize = 10000;
pub const STATEMENT_MAX: usize = 10000;

/// A hearing as the coordinator sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Hearing {
    pub id: i64,
    pub county_id: i64,
    pub title: String,
    pub question: String,
    pub background: String,
    pub deadline_at: DateTime<Utc>,
    /// `None` while it is a draft only the coordinator sees.
    pub published_at: Option<DateTime<Utc>>,
    pub statement: Option<String>,
    pub statement_published: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Hearing {
    /// Open for input: published and before its deadline.
    pub fn is_open(&self, now: DateTime<Utc>) -> bool {
        self.published_at.is_some() && now < self.deadline_at
    }
}

/// What the coordinator types. The deadline is an instant: convert the Europe/Oslo time typed
/// with [`super::oslo_to_utc`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HearingDraft {
    pub title: String,
    pub question: String,
    pub background: String,
    pub deadline_at: DateTime<Utc>,
}

/// A published hearing, as members and the public page see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct PublishedHearing {
    pub id: i64,
    pub title: String,
    pub question: String,
    pub background: String,
    pub deadline_at: DateTime<Utc>,
    /// The council's statement, once the coordinator has published it.
    pub statement: Option<String>,
}

impl PublishedHearing {
    pub fn is_open(&self, now: DateTime<Utc>) -> bool {
        now < self.deadline_at
    }
}

/// A published statement, for the public page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Statement {
    pub hearing_id: i64,
    pub title: String,
    pub deadline_at: DateTime<Utc>,
    pub statement: String,
}

const COLUMNS: &str =
    "id, county_id, title, question, background, deadline_at, published_at, statement, \
     statement_published, created_at, updated_at";

const PUBLISHED: &str = "SELECT id, title, question, background, deadline_at, \
     CASE WHEN statement_published THEN statement END AS statement FROM council_hearing";

struct Checked {
    title: String,
    question: String,
    background: String,
}

fn check(draft: &HearingDraft) -> DomainResult<Checked> {
    Ok(Checked {
        title: title(&draft.title, TITLE_MAX)?,
        question: text(&draft.question, "question", QUESTION_MAX, false)?,
        background: text(&draft.background, "background", BACKGROUND_MAX, true)?,
    })
}

fn audit_event<'a>(coordinator: &Staff, action: &'a str, hearing_id: i64) -> NewAuditEvent<'a> {
    super::coordinator_event(
        coordinator,
        action,
        ("council_hearing", hearing_id),
        String::new(),
    )
}

/// Drafts a hearing; members see it once published. A deadline already past is refused
/// (`Invalid { field: "deadline", reason: "past" }`).
pub async fn create(
    db: &Db,
    coordinator: &Staff,
    draft: &HearingDraft,
    now: DateTime<Utc>,
) -> DomainResult<Result<Hearing, Refusal>> {
    as_coordinator!(db, coordinator);
    let checked = check(draft)?;
    if draft.deadline_at <= now {
        return Err(DomainError::Invalid {
            field: "deadline",
            reason: "past",
        });
    }
    let q = format!(
        "INSERT INTO council_hearing (county_id, title, question, background, deadline_at, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING {COLUMNS}"
    );
    let hearing = write_transaction!(db, |tx| {
        let hearing = sqlx::query_as::<_, Hearing>(&q)
            .bind(coordinator.county_id)
            .bind(&checked.title)
            .bind(&checked.question)
            .bind(&checked.background)
            .bind(draft.deadline_at)
            .bind(coordinator.id)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
        audit::record_in!(
            &mut *tx,
            &audit_event(coordinator, "council.hearing.create", hearing.id),
            now
        );
        hearing
    });
    Ok(Ok(hearing))
}

/// Changes a hearing's text or deadline (moving the deadline earlier closes it earlier).
pub async fn edit(
    db: &Db,
    coordinator: &Staff,
    hearing_id: i64,
    draft: &HearingDraft,
    now: DateTime<Utc>,
) -> DomainResult<Result<Hearing, Refusal>> {
    as_coordinator!(db, coordinator);
    let checked = check(draft)?;
    let q = format!(
        "UPDATE council_hearing SET title = $1, question = $2, background = $3, deadline_at = $4, updated_at = $5 \
         WHERE id = $6 AND county_id = $7 RETURNING {COLUMNS}"
    );
    let hearing = write_transaction!(db, |tx| {
        let hearing = sqlx::query_as::<_, Hearing>(&q)
            .bind(&checked.title)
            .bind(&checked.question)
            .bind(&checked.background)
            .bind(draft.deadline_at)
            .bind(now)
            .bind(hearing_id)
            .bind(coordinator.county_id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(DomainError::NotFound)?;
        audit::record_in!(
            &mut *tx,
            &audit_event(coordinator, "council.hearing.edit", hearing_id),
            now
        );
        hearing
    });
    Ok(Ok(hearing))
}

/// Shows the hearing to the members. Publishing twice keeps the first time.
pub async fn publish(
    db: &Db,
    coordinator: &Staff,
    hearing_id: i64,
    now: DateTime<Utc>,
) -> DomainResult<Result<Hearing, Refusal>> {
    as_coordinator!(db, coordinator);
    let q = format!(
        "UPDATE council_hearing SET published_at = COALESCE(published_at, $1), updated_at = $1 \
         WHERE id = $2 AND county_id = $3 RETURNING {COLUMNS}"
    );
    let hearing = write_transaction!(db, |tx| {
        let hearing = sqlx::query_as::<_, Hearing>(&q)
            .bind(now)
            .bind(hearing_id)
            .bind(coordinator.county_id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(DomainError::NotFound)?;
        audit::record_in!(
            &mut *tx,
            &audit_event(coordinator, "council.hearing.publish", hearing_id),
            now
        );
        hearing
    });
    Ok(Ok(hearing))
}

/// Keeps the council's statement on a hearing; `published` puts it on the public page (an
/// empty statement cannot be published).
pub async fn set_statement(
    db: &Db,
    coordinator: &Staff,
    hearing_id: i64,
    statement: &str,
    published: bool,
    now: DateTime<Utc>,
) -> DomainResult<Result<Hearing, Refusal>> {
    as_coordinator!(db, coordinator);
    let statement = text(statement, "statement", STATEMENT_MAX, !published)?;
    let statement = (!statement.is_empty()).then_some(statement);
    let q = format!(
        "UPDATE council_hearing SET statement = $1, statement_published = $2, updated_at = $3 \
         WHERE id = $4 AND county_id = $5 RETURNING {COLUMNS}"
    );
    let hearing = write_transaction!(db, |tx| {
        let hearing = sqlx::query_as::<_, Hearing>(&q)
            .bind(&statement)
            .bind(published)
            .bind(now)
            .bind(hearing_id)
            .bind(coordinator.county_id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(DomainError::NotFound)?;
        let action = if published {
            "council.hearing.statement.publish"
        } else {
            "council.hearing.statement"
        };
        audit::record_in!(&mut *tx, &audit_event(coordinator, action, hearing_id), now);
        hearing
    });
    Ok(Ok(hearing))
}

/// The county's hearings, drafts included, latest deadline first.
pub async fn list(db: &Db, coordinator: &Staff) -> DomainResult<Result<Vec<Hearing>, Refusal>> {
    as_coordinator!(db, coordinator);
    let q = format!(
        "SELECT {COLUMNS} FROM council_hearing WHERE county_id = $1 ORDER BY deadline_at DESC, id DESC"
    );
    Ok(Ok(sql!(db, fetch_all Hearing, &q, coordinator.county_id)?))
}

pub async fn get(
    db: &Db,
    coordinator: &Staff,
    hearing_id: i64,
) -> DomainResult<Result<Hearing, Refusal>> {
    as_coordinator!(db, coordinator);
    let q = format!("SELECT {COLUMNS} FROM council_hearing WHERE id = $1 AND county_id = $2");
    Ok(Ok(
        sql!(db, fetch_optional Hearing, &q, hearing_id, coordinator.county_id)?
            .ok_or(DomainError::NotFound)?,
    ))
}

/// The published hearings a member sees, open ones (earliest deadline) first, then closed ones
/// (latest deadline first).
pub async fn for_member(
    db: &Db,
    member: &Member,
    now: DateTime<Utc>,
) -> DomainResult<Result<Vec<PublishedHearing>, Refusal>> {
    let member = as_member!(db, member, now);
    let q = format!(
        "{PUBLISHED} WHERE county_id = $1 AND published_at IS NOT NULL \
         ORDER BY CASE WHEN deadline_at > $2 THEN 0 ELSE 1 END, \
         CASE WHEN deadline_at > $2 THEN deadline_at END, deadline_at DESC, id"
    );
    Ok(Ok(
        sql!(db, fetch_all PublishedHearing, &q, member.county_id, now)?,
    ))
}

/// One published hearing for a member; `NotFound` for a draft or another county's.
pub async fn get_for_member(
    db: &Db,
    member: &Member,
    hearing_id: i64,
    now: DateTime<Utc>,
) -> DomainResult<Result<PublishedHearing, Refusal>> {
    let member = as_member!(db, member, now);
    let q = format!("{PUBLISHED} WHERE id = $1 AND county_id = $2 AND published_at IS NOT NULL");
    Ok(Ok(
        sql!(db, fetch_optional PublishedHearing, &q, hearing_id, member.county_id)?
            .ok_or(DomainError::NotFound)?,
    ))
}

/// The published statements, for the public page, newest hearing first.
pub async fn statements(db: &Db, county_id: i64) -> DomainResult<Vec<Statement>> {
    Ok(sql!(
        db, fetch_all Statement,
        "SELECT id AS hearing_id, title, deadline_at, statement FROM council_hearing \
         WHERE county_id = $1 AND published_at IS NOT NULL AND statement_published AND statement IS NOT NULL \
         ORDER BY deadline_at DESC, id DESC",
        county_id
    )?)
}
