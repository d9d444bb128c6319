//! Council meetings: agenda, time and place before; attendance and minutes after. Members
//! see the meetings (the app makes the `.ics`); the public page shows past meetings whose
//! minutes the coordinator has published.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{as_coordinator, as_member, text, title, today, Member, Refusal};
use crate::{
    audit::{self, NewAuditEvent},
    db::{sql, write_transaction, Db},
    error::{DomainError, DomainResult},
    staff::Staff,
};

pub const TITLE_MAX: usize = 200;
pub const AGENDA_MAX: usize = 10000;
pub const PLACE_MAX: usize = 200;
pub const MINUTES_MAX: usize = 20000;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Meeting {
    pub id: i64,
    pub county_id: i64,
    pub title: String,
    pub agenda: String,
    pub place: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub minutes: Option<String>,
    pub minutes_published: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What the coordinator types. Times are instants: convert Europe/Oslo times with
/// [`super::oslo_to_utc`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingDraft {
    pub title: String,
    pub agenda: String,
    pub place: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

/// A meeting as a member sees it: minutes only once published, and their own attendance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct MeetingForMember {
    pub id: i64,
    pub title: String,
    pub agenda: String,
    pub place: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub minutes: Option<String>,
    /// Whether the member was there, once the coordinator has recorded it.
    pub present: Option<bool>,
}

/// Published minutes, for the public page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct PublishedMinutes {
    pub id: i64,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub minutes: String,
}

/// One member's attendance at a meeting; `present` is `None` until recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Attendance {
    pub member_id: i64,
    pub first_name: String,
    pub present: Option<bool>,
}

const COLUMNS: &str =
    "id, county_id, title, agenda, place, starts_at, ends_at, minutes, minutes_published, \
     created_at, updated_at";

struct Checked {
    title: String,
    agenda: String,
    place: String,
}

fn check(draft: &MeetingDraft) -> DomainResult<Checked> {
    if draft.ends_at <= draft.starts_at {
        return Err(DomainError::Invalid {
            field: "ends_at",
            reason: "before_starts_at",
        });
    }
    Ok(Checked {
        title: title(&draft.title, TITLE_MAX)?,
        agenda: text(&draft.agenda, "agenda", AGENDA_MAX, true)?,
        place: text(&draft.place, "place", PLACE_MAX, true)?,
    })
}

fn audit_event<'a>(
    coordinator: &Staff,
    action: &'a str,
    meeting_id: i64,
    detail: String,
) -> NewAuditEvent<'a> {
    super::coordinator_event(coordinator, action, ("council_meeting", meeting_id), detail)
}

pub async fn create(
    db: &Db,
    coordinator: &Staff,
    draft: &MeetingDraft,
    now: DateTime<Utc>,
) -> DomainResult<Result<Meeting, Refusal>> {
    as_coordinator!(db, coordinator);
    let checked = check(draft)?;
    let q = format!(
        "INSERT INTO council_meeting (county_id, title, agenda, place, starts_at, ends_at, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING {COLUMNS}"
    );
    let meeting = write_transaction!(db, |tx| {
        let meeting = sqlx::query_as::<_, Meeting>(&q)
            .bind(coordinator.county_id)
            .bind(&checked.title)
            .bind(&checked.agenda)
            .bind(&checked.place)
            .bind(draft.starts_at)
            .bind(draft.ends_at)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
        audit::record_in!(
            &mut *tx,
            &audit_event(
                coordinator,
                "council.meeting.create",
                meeting.id,
                String::new()
            ),
            now
        );
        meeting
    });
    Ok(Ok(meeting))
}

pub async fn edit(
    db: &Db,
    coordinator: &Staff,
    meeting_id: i64,
    draft: &MeetingDraft,
    now: DateTime<Utc>,
) -> DomainResult<Result<Meeting, Refusal>> {
    as_coordinator!(db, coordinator);
    let checked = check(draft)?;
    let q = format!(
        "UPDATE council_meeting SET title = $1, agenda = $2, place = $3, starts_at = $4, ends_at = $5, updated_at = $6 \
         WHERE id = $7 AND county_id = $8 RETURNING {COLUMNS}"
    );
    let meeting = write_transaction!(db, |tx| {
        let meeting = sqlx::query_as::<_, Meeting>(&q)
            .bind(&checked.title)
            .bind(&checked.agenda)
            .bind(&checked.place)
            .bind(draft.starts_at)
            .bind(draft.ends_at)
            .bind(now)
            .bind(meeting_id)
            .bind(coordinator.county_id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(DomainError::NotFound)?;
        audit::record_in!(
            &mut *tx,
            &audit_event(
                coordinator,
                "council.meeting.edit",
                meeting_id,
                String::new()
            ),
            now
        );
        meeting
    });
    Ok(Ok(meeting))
}

/// Keeps the minutes; `published` puts them on the public page (empty minutes cannot be
/// published).
pub async fn set_minutes(
    db: &Db,
    coordinator: &Staff,
    meeting_id: i64,
    minutes: &str,
    published: bool,
    now: DateTime<Utc>,
) -> DomainResult<Result<Meeting, Refusal>> {
    as_coordinator!(db, coordinator);
    let minutes = text(minutes, "minutes", MINUTES_MAX, !published)?;
    let minutes = (!minutes.is_empty()).then_some(minutes);
    let q = format!(
        "UPDATE council_meeting SET minutes = $1, minutes_published = $2, updated_at = $3 \
         WHERE id = $4 AND county_id = $5 RETURNING {COLUMNS}"
    );
    let meeting = write_transaction!(db, |tx| {
        let meeting = sqlx::query_as::<_, Meeting>(&q)
            .bind(&minutes)
            .bind(published)
            .bind(now)
            .bind(meeting_id)
            .bind(coordinator.county_id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(DomainError::NotFound)?;
        let action = if published {
            "council.meeting.minutes.publish"
        } else {
            "council.meeting.minutes"
        };
        audit::record_in!(
            &mut *tx,
            &audit_event(coordinator, action, meeting_id, String::new()),
            now
        );
        meeting
    });
    Ok(Ok(meeting))
}

/// Records whether a member of the county was at a meeting.
pub async fn set_attendance(
    db: &Db,
    coordinator: &Staff,
    meeting_id: i64,
    member_id: i64,
    present: bool,
    now: DateTime<Utc>,
) -> DomainResult<Result<(), Refusal>> {
    as_coordinator!(db, coordinator);
    write_transaction!(db, |tx| {
        // Both must be the coordinator's county's: the INSERT … SELECT finds nothing otherwise.
        let stored = sqlx::query(
            "INSERT INTO council_attendance (meeting_id, member_id, present) \
             SELECT g.id, m.id, $1 FROM council_meeting g JOIN council_member m ON m.county_id = g.county_id \
             WHERE g.id = $2 AND m.id = $3 AND g.county_id = $4 \
             ON CONFLICT (meeting_id, member_id) DO UPDATE SET present = excluded.present",
        )
        .bind(present)
        .bind(meeting_id)
        .bind(member_id)
        .bind(coordinator.county_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if stored == 0 {
            return Err(DomainError::NotFound);
        }
        audit::record_in!(
            &mut *tx,
            &audit_event(
                coordinator,
                "council.meeting.attendance",
                meeting_id,
                format!("member {member_id}; present {present}")
            ),
            now
        );
    });
    Ok(Ok(()))
}

/// The members whose term covered the meeting's day (and anyone recorded), with their
/// attendance; leader first.
pub async fn attendance(
    db: &Db,
    coordinator: &Staff,
    meeting_id: i64,
) -> DomainResult<Result<Vec<Attendance>, Refusal>> {
    as_coordinator!(db, coordinator);
    let meeting = sql!(
        db, fetch_optional Meeting,
        &format!("SELECT {COLUMNS} FROM council_meeting WHERE id = $1 AND county_id = $2"),
        meeting_id, coordinator.county_id
    )?
    .ok_or(DomainError::NotFound)?;
    let day = today(meeting.starts_at);
    Ok(Ok(sql!(
        db, fetch_all Attendance,
        "SELECT m.id AS member_id, m.first_name, a.present FROM council_member m \
         LEFT JOIN council_attendance a ON a.member_id = m.id AND a.meeting_id = $1 \
         WHERE m.county_id = $2 AND (a.present IS NOT NULL OR \
           (m.term_from <= $3 AND m.term_to >= $3 AND (m.ended_at IS NULL OR m.ended_at > $4))) \
         ORDER BY CASE m.role WHEN 'leader' THEN 0 WHEN 'deputy' THEN 1 ELSE 2 END, m.first_name, m.id",
        meeting_id, coordinator.county_id, day, meeting.starts_at
    )?))
}

/// The county's meetings, latest first.
pub async fn list(db: &Db, coordinator: &Staff) -> DomainResult<Result<Vec<Meeting>, Refusal>> {
    as_coordinator!(db, coordinator);
    let q = format!(
        "SELECT {COLUMNS} FROM council_meeting WHERE county_id = $1 ORDER BY starts_at DESC, id DESC"
    );
    Ok(Ok(sql!(db, fetch_all Meeting, &q, coordinator.county_id)?))
}

pub async fn get(
    db: &Db,
    coordinator: &Staff,
    meeting_id: i64,
) -> DomainResult<Result<Meeting, Refusal>> {
    as_coordinator!(db, coordinator);
    let q = format!("SELECT {COLUMNS} FROM council_meeting WHERE id = $1 AND county_id = $2");
    Ok(Ok(
        sql!(db, fetch_optional Meeting, &q, meeting_id, coordinator.county_id)?
            .ok_or(DomainError::NotFound)?,
    ))
}

/// The council's meetings for a member: upcoming ones first (soonest first), then past ones
/// (latest first).
pub async fn for_member(
    db: &Db,
    member: &Member,
    now: DateTime<Utc>,
) -> DomainResult<Result<Vec<MeetingForMember>, Refusal>> {
    let member = as_member!(db, member, now);
    Ok(Ok(sql!(
        db, fetch_all MeetingForMember,
        "SELECT g.id, g.title, g.agenda, g.place, g.starts_at, g.ends_at, \
         CASE WHEN g.minutes_published THEN g.minutes END AS minutes, a.present \
         FROM council_meeting g LEFT JOIN council_attendance a ON a.meeting_id = g.id AND a.member_id = $1 \
         WHERE g.county_id = $2 \
         ORDER BY CASE WHEN g.ends_at > $3 THEN 0 ELSE 1 END, \
         CASE WHEN g.ends_at > $3 THEN g.starts_at END, g.starts_at DESC, g.id",
        member.id, member.county_id, now
    )?))
}

/// Past meetings with published minutes, latest first, for the public page.
pub async fn published_minutes(
    db: &Db,
    county_id: i64,
    now: DateTime<Utc>,
) -> DomainResult<Vec<PublishedMinutes>> {
    Ok(sql!(
        db, fetch_all PublishedMinutes,
        "SELECT id, title, starts_at, minutes FROM council_meeting \
         WHERE county_id = $1 AND minutes_published AND minutes IS NOT NULL AND starts_at <= $2 \
         ORDER BY starts_at DESC, id DESC",
        county_id, now
    )?)
}
