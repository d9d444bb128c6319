//! Council members and their terms. The coordinator admits an applicant with a term (from–to,
//! dates in Europe/Oslo), may change the role or term, and may end a term early; members whose
//! term has ended are kept as alumni. Only a member whose term is active today can log in,
//! and a member session stops working the day the term ends.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{
    application::{Application, ComposeDecision, DecisionNotice},
    as_coordinator, today, Channel, Refusal,
};
use crate::{
    audit::{self, NewAuditEvent},
    db::{sql, write_transaction, Db},
    error::{DomainError, DomainResult},
    outbox::enqueue_in,
    staff::Staff,
};

/// A member's role in the council.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CouncilRole {
    Leader,
    Deputy,
    Member,
}

impl CouncilRole {
    pub const ALL: [CouncilRole; 3] = [
        CouncilRole::Leader,
        CouncilRole::Deputy,
        CouncilRole::Member,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CouncilRole::Leader => "leader",
            CouncilRole::Deputy => "deputy",
            CouncilRole::Member => "member",
        }
    }

    pub fn parse(code: &str) -> Option<CouncilRole> {
        CouncilRole::ALL.into_iter().find(|r| r.as_str() == code)
    }
}

impl TryFrom<String> for CouncilRole {
    type Error = String;
    fn try_from(code: String) -> Result<Self, String> {
        CouncilRole::parse(&code).ok_or(code)
    }
}

/// A member, as the coordinator sees them (and as a member session resolves to).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Member {
    pub id: i64,
    pub county_id: i64,
    pub application_id: Option<i64>,
    pub first_name: String,
    pub birth_year: i32,
    pub mobile: Option<String>,
    pub email: Option<String>,
    /// The language messages to the member are written in.
    pub language: String,
    #[sqlx(try_from = "String")]
    pub role: CouncilRole,
    pub term_from: NaiveDate,
    pub term_to: NaiveDate,
    /// When the coordinator ended the term early.
    pub ended_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

impl Member {
    /// Whether the member's input and comments wait for approval (see [`super::is_minor`]).
    pub fn is_minor(&self, now: DateTime<Utc>) -> bool {
        super::is_minor(self.birth_year, now)
    }

    /// Whether the term is active on `now`'s date in Europe/Oslo.
    pub fn term_active(&self, now: DateTime<Utc>) -> bool {
        let today = today(now);
        self.ended_at.is_none() && self.term_from <= today && today <= self.term_to
    }

    /// Where messages to the member go: SMS when they have a mobile, else e-mail.
    pub fn channel(&self) -> (Channel, &str) {
        match (&self.mobile, &self.email) {
            (Some(mobile), _) => (Channel::Sms, mobile),
            (None, Some(email)) => (Channel::Email, email),
            // The table refuses a member with neither.
            (None, None) => (Channel::Email, ""),
        }
    }
}

/// A current member as the public page shows them: first name and role, nothing more.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct PublicMember {
    pub first_name: String,
    #[sqlx(try_from = "String")]
    pub role: CouncilRole,
}

pub(crate) const COLUMNS: &str =
    "id, county_id, application_id, first_name, birth_year, mobile, email, language, role, \
     term_from, term_to, ended_at, created_at";

/// Leader first, then deputy, then members, by first name.
const ROLE_ORDER: &str =
    "CASE role WHEN 'leader' THEN 0 WHEN 'deputy' THEN 1 ELSE 2 END, first_name, id";

/// The member with an active term today, if `member_id` is one.
pub(crate) async fn active(
    db: &Db,
    member_id: i64,
    now: DateTime<Utc>,
) -> DomainResult<Option<Member>> {
    let q = format!(
        "SELECT {COLUMNS} FROM council_member \
         WHERE id = $1 AND ended_at IS NULL AND term_from <= $2 AND term_to >= $2"
    );
    Ok(sql!(db, fetch_optional Member, &q, member_id, today(now))?)
}

fn check_term(term_from: NaiveDate, term_to: NaiveDate, now: DateTime<Utc>) -> DomainResult<()> {
    if term_to < term_from {
        return Err(DomainError::Invalid {
            field: "term_to",
            reason: "before_term_from",
        });
    }
    if term_to < today(now) {
        return Err(DomainError::Invalid {
            field: "term_to",
            reason: "past",
        });
    }
    Ok(())
}

/// Makes an applicant a member with a role and a term, and marks the application admitted, in
/// one transaction with its audit row. `Conflict("application decided")` when it was already
/// admitted or declined; `Conflict("already a member")` when the mobile or e-mail belongs to a
/// member whose term has not ended (a login must find one member).
#[allow(clippy::too_many_arguments)]
pub async fn admit(
    db: &Db,
    coordinator: &Staff,
    application_id: i64,
    role: CouncilRole,
    term_from: NaiveDate,
    term_to: NaiveDate,
    compose: &ComposeDecision<'_>,
    now: DateTime<Utc>,
) -> DomainResult<Result<Member, Refusal>> {
    as_coordinator!(db, coordinator);
    check_term(term_from, term_to, now)?;
    let read = format!(
        "SELECT {} FROM council_application WHERE id = $1 AND county_id = $2",
        super::application::COLUMNS
    );
    let insert = format!(
        "INSERT INTO council_member (county_id, application_id, first_name, birth_year, mobile, email, language, \
         role, term_from, term_to, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
         RETURNING {COLUMNS}"
    );
    let member = write_transaction!(db, |tx| {
        let application = sqlx::query_as::<_, Application>(&read)
            .bind(application_id)
            .bind(coordinator.county_id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(DomainError::NotFound)?;
        let taken: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM council_member WHERE county_id = $1 AND ended_at IS NULL AND term_to >= $2 \
             AND ((mobile IS NOT NULL AND mobile = $3) OR (email IS NOT NULL AND email = $4))",
        )
        .bind(coordinator.county_id)
        .bind(today(now))
        .bind(&application.mobile)
        .bind(&application.email)
        .fetch_one(&mut *tx)
        .await?;
        if taken > 0 {
            return Err(DomainError::Conflict("already a member"));
        }
        // Compare-and-swap on the state: of two coordinators admitting at once, one wins.
        let decided = sqlx::query(
            "UPDATE council_application SET state = 'admitted', decided_at = $1, decided_by = $2 \
             WHERE id = $3 AND state = 'new'",
        )
        .bind(now)
        .bind(coordinator.id)
        .bind(application_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if decided == 0 {
            return Err(DomainError::Conflict("application decided"));
        }
        let member = sqlx::query_as::<_, Member>(&insert)
            .bind(coordinator.county_id)
            .bind(application_id)
            .bind(&application.first_name)
            .bind(application.birth_year)
            .bind(&application.mobile)
            .bind(&application.email)
            .bind(&application.language)
            .bind(role.as_str())
            .bind(term_from)
            .bind(term_to)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
        let event = NewAuditEvent::change(
            coordinator.county_id,
            Some(coordinator.id),
            "council.member.admit",
            ("council_member", member.id.to_string()),
            None,
            format!("application {application_id}; role {}", role.as_str()),
        );
        audit::record_in!(&mut *tx, &event, now);
        // The new member is told how to log in, in the same transaction as the admission (the
        // application's receipt promised it).
        if let Some(notice) = DecisionNotice::for_application(&application, true) {
            let message = notice.message(compose);
            enqueue_in!(&mut *tx, coordinator.county_id, None::<i64>, &message, now);
        }
        member
    });
    Ok(Ok(member))
}

/// Changes a member's role or term (a renewal: members may keep their seat in their first year
/// back in education), with its audit row. An ended term stays ended.
pub async fn update(
    db: &Db,
    coordinator: &Staff,
    member_id: i64,
    role: CouncilRole,
    term_from: NaiveDate,
    term_to: NaiveDate,
    now: DateTime<Utc>,
) -> DomainResult<Result<Member, Refusal>> {
    as_coordinator!(db, coordinator);
    check_term(term_from, term_to, now)?;
    let q = format!(
        "UPDATE council_member SET role = $1, term_from = $2, term_to = $3 \
         WHERE id = $4 AND county_id = $5 AND ended_at IS NULL RETURNING {COLUMNS}"
    );
    let member = write_transaction!(db, |tx| {
        let member = sqlx::query_as::<_, Member>(&q)
            .bind(role.as_str())
            .bind(term_from)
            .bind(term_to)
            .bind(member_id)
            .bind(coordinator.county_id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(DomainError::NotFound)?;
        let event = NewAuditEvent::change(
            coordinator.county_id,
            Some(coordinator.id),
            "council.member.update",
            ("council_member", member_id.to_string()),
            None,
            format!("role {}; term {term_from}–{term_to}", role.as_str()),
        );
        audit::record_in!(&mut *tx, &event, now);
        member
    });
    Ok(Ok(member))
}

/// Ends a member's term now: their sessions and unused login codes end with it, in the same
/// transaction, with its audit row. Ending an ended term changes nothing.
pub async fn end_term(
    db: &Db,
    coordinator: &Staff,
    member_id: i64,
    now: DateTime<Utc>,
) -> DomainResult<Result<Member, Refusal>> {
    as_coordinator!(db, coordinator);
    let q = format!("SELECT {COLUMNS} FROM council_member WHERE id = $1 AND county_id = $2");
    let member = write_transaction!(db, |tx| {
        let ended = sqlx::query(
            "UPDATE council_member SET ended_at = $1 WHERE id = $2 AND county_id = $3 AND ended_at IS NULL",
        )
        .bind(now)
        .bind(member_id)
        .bind(coordinator.county_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if ended == 1 {
            sqlx::query("DELETE FROM council_session WHERE member_id = $1")
                .bind(member_id)
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "UPDATE council_login SET used_at = $1 WHERE member_id = $2 AND used_at IS NULL",
            )
            .bind(now)
            .bind(member_id)
            .execute(&mut *tx)
            .await?;
            let event = NewAuditEvent::change(
                coordinator.county_id,
                Some(coordinator.id),
                "council.member.end_term",
                ("council_member", member_id.to_string()),
                None,
                String::new(),
            );
            audit::record_in!(&mut *tx, &event, now);
        }
        sqlx::query_as::<_, Member>(&q)
            .bind(member_id)
            .bind(coordinator.county_id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(DomainError::NotFound)?
    });
    Ok(Ok(member))
}

/// One member of the county, current or alumnus.
pub async fn get(
    db: &Db,
    coordinator: &Staff,
    member_id: i64,
) -> DomainResult<Result<Member, Refusal>> {
    as_coordinator!(db, coordinator);
    let q = format!("SELECT {COLUMNS} FROM council_member WHERE id = $1 AND county_id = $2");
    Ok(Ok(
        sql!(db, fetch_optional Member, &q, member_id, coordinator.county_id)?
            .ok_or(DomainError::NotFound)?,
    ))
}

/// Members whose term has not ended: active today, or starting later (`term_from` tells).
pub async fn current(
    db: &Db,
    coordinator: &Staff,
    now: DateTime<Utc>,
) -> DomainResult<Result<Vec<Member>, Refusal>> {
    as_coordinator!(db, coordinator);
    let q = format!(
        "SELECT {COLUMNS} FROM council_member WHERE county_id = $1 AND ended_at IS NULL AND term_to >= $2 \
         ORDER BY {ROLE_ORDER}"
    );
    Ok(Ok(
        sql!(db, fetch_all Member, &q, coordinator.county_id, today(now))?,
    ))
}

/// Former members: the term was ended early or has run out. Newest alumni first.
pub async fn alumni(
    db: &Db,
    coordinator: &Staff,
    now: DateTime<Utc>,
) -> DomainResult<Result<Vec<Member>, Refusal>> {
    as_coordinator!(db, coordinator);
    let q = format!(
        "SELECT {COLUMNS} FROM council_member WHERE county_id = $1 AND (ended_at IS NOT NULL OR term_to < $2) \
         ORDER BY term_to DESC, first_name, id"
    );
    Ok(Ok(
        sql!(db, fetch_all Member, &q, coordinator.county_id, today(now))?,
    ))
}

/// The members the public page lists: those with an active term today, first name and role.
pub async fn public(
    db: &Db,
    county_id: i64,
    now: DateTime<Utc>,
) -> DomainResult<Vec<PublicMember>> {
    let q = format!(
        "SELECT first_name, role FROM council_member \
         WHERE county_id = $1 AND ended_at IS NULL AND term_from <= $2 AND term_to >= $2 ORDER BY {ROLE_ORDER}"
    );
    Ok(sql!(db, fetch_all PublicMember, &q, county_id, today(now))?)
}
