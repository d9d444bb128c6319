//! The OT-råd, OT's youth council: applications to join, members and their terms, one-time
//! login codes and member sessions, hearings with the members' input, support and comments,
//! moderation, OT's answer to every input, meetings and the year plan.
//!
//! Who acts is always an argument. Coordinator operations take the acting [`Staff`] and refuse
//! (`Refusal::Forbidden`) anyone who is not an active council coordinator of the county, checked
//! against the database, not only the struct. Member operations take the [`Member`] a member
//! session resolved to, read it again, and refuse (`Refusal::NotMember`) a term that is not
//! active today in Europe/Oslo. A hearing's deadline is enforced inside the statement that
//! makes the change, so a request that arrives a moment late changes nothing.
//!
//! One file per concept: `application`, `member`, `login` and `member_session`, `hearing`,
//! `input` (with OT's answers), `own_status` (the coordinator's own statuses), `comment`,
//! `moderation` (approval, hiding, reports), `meeting` and `plan` (the year plan).

use chrono::{DateTime, Datelike, LocalResult, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::{
    db::{sql, Db},
    error::{DomainError, DomainResult},
    staff::{Role, Staff},
};

pub mod application;
pub mod comment;
pub mod hearing;
pub mod input;
pub mod login;
pub mod meeting;
pub mod member;
pub mod member_session;
pub mod moderation;
pub mod own_status;
pub mod plan;

pub use member::{CouncilRole, Member};

/// The zone of every wall-clock time and date of the council (terms, deadlines, the year plan).
pub const ZONE: Tz = crate::booking::ZONE;

/// Why the council did not do what was asked. Nested in `DomainResult<Result<T, Refusal>>`:
/// the outer error is a fault or invalid input, the inner one an answer the page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Refusal {
    /// The acting member of staff is not an active council coordinator of this county.
    Forbidden,
    /// The member has no active term today (not begun, ended, or never a member).
    NotMember,
    /// The hearing's deadline has passed: nothing about it changes any more.
    Closed,
    /// Not this member's to do: supporting or reporting their own input, editing input that
    /// OT has already answered.
    NotAllowed,
    /// Too many tries lately from this address or for this member.
    Throttled,
    /// Not the code that was sent; `left` tries remain.
    WrongCode { left: i64 },
    /// The code or link has expired, been used or run out of tries: ask for a new one.
    Gone,
}

/// How a message reaches someone. The names are the outbox's channel names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Sms,
    Email,
}

impl Channel {
    pub const ALL: [Channel; 2] = [Channel::Sms, Channel::Email];

    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Sms => "sms",
            Channel::Email => "email",
        }
    }

    pub fn parse(code: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.as_str() == code)
    }
}

impl TryFrom<String> for Channel {
    type Error = String;
    fn try_from(code: String) -> Result<Self, String> {
        Channel::parse(&code).ok_or(code)
    }
}

/// Whether other members may see an input or a comment yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Approval {
    /// The author was 18 or over (by birth year): visible at once.
    NotNeeded,
    /// The author is (possibly) under 18: waiting for the coordinator.
    Pending,
    Approved,
}

impl Approval {
    pub const ALL: [Approval; 3] = [Approval::NotNeeded, Approval::Pending, Approval::Approved];

    pub fn as_str(self) -> &'static str {
        match self {
            Approval::NotNeeded => "not_needed",
            Approval::Pending => "pending",
            Approval::Approved => "approved",
        }
    }

    pub fn parse(code: &str) -> Option<Approval> {
        Approval::ALL.into_iter().find(|a| a.as_str() == code)
    }

    /// What new content from an author of this birth year starts as.
    pub(crate) fn for_author(birth_year: i32, now: DateTime<Utc>) -> Approval {
        if is_minor(birth_year, now) {
            Approval::Pending
        } else {
            Approval::NotNeeded
        }
    }
}

impl TryFrom<String> for Approval {
    type Error = String;
    fn try_from(code: String) -> Result<Self, String> {
        Approval::parse(&code).ok_or(code)
    }
}

/// The calendar date in Europe/Oslo at `now`: terms and the year plan are dates there.
pub fn today(now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&ZONE).date_naive()
}

/// Whether a member born in `birth_year` counts as under 18 for moderation at `now`. The birth
/// year cannot tell whether someone turning 18 this year has had their birthday, so everyone
/// who turns 18 this year (or later) counts as a minor: the portal errs towards moderation.
pub fn is_minor(birth_year: i32, now: DateTime<Utc>) -> bool {
    today(now).year() - birth_year < 19
}

/// A Europe/Oslo wall-clock time as an instant. A time that does not exist (the hour skipped
/// when clocks go forward) or exists twice (the hour repeated when they go back) is refused
/// with `Invalid { field, reason: "nonexistent_time" | "ambiguous_time" }`, so a deadline is
/// never silently an hour off.
pub fn oslo_to_utc(local: NaiveDateTime, field: &'static str) -> DomainResult<DateTime<Utc>> {
    match ZONE.from_local_datetime(&local) {
        LocalResult::Single(t) => Ok(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(_, _) => Err(DomainError::Invalid {
            field,
            reason: "ambiguous_time",
        }),
        LocalResult::None => Err(DomainError::Invalid {
            field,
            reason: "nonexistent_time",
        }),
    }
}

/// Trims free text and checks its length in characters: empty (unless allowed) is
/// `Invalid { field, reason: "empty" }`, longer than `max` is `"too_long"`.
/// The audit row of a coordinator's change to one council record (`subject`: its table and id).
pub(crate) fn coordinator_event<'a>(
    coordinator: &Staff,
    action: &'a str,
    subject: (&'a str, i64),
    detail: String,
) -> crate::audit::NewAuditEvent<'a> {
    crate::audit::NewAuditEvent::change(
        coordinator.county_id,
        Some(coordinator.id),
        action,
        (subject.0, subject.1.to_string()),
        None,
        detail,
    )
}

/// A title: one line of `text` (a title stands in page titles, lists and messages, where a line
/// break would be lost or split it).
pub(crate) fn title(raw: &str, max: usize) -> DomainResult<String> {
    let title = text(raw, "title", max, false)?;
    if title.contains(['\r', '\n']) {
        return Err(DomainError::Invalid {
            field: "title",
            reason: "line_break",
        });
    }
    Ok(title)
}

pub(crate) fn text(
    raw: &str,
    field: &'static str,
    max: usize,
    may_be_empty: bool,
) -> DomainResult<String> {
    let trimmed = raw.trim();
    if trimmed.is_empty() && !may_be_empty {
        return Err(DomainError::Invalid {
            field,
            reason: "empty",
        });
    }
    if trimmed.chars().count() > max {
        return Err(DomainError::Invalid {
            field,
            reason: "too_long",
        });
    }
    Ok(trimmed.to_string())
}

/// Whether `staff` may act as the council coordinator: the role, active, checked against the
/// database (the struct may be older than a change of role or a disabled account).
pub(crate) async fn authorize(db: &Db, staff: &Staff) -> DomainResult<Result<(), Refusal>> {
    if staff.role != Role::CouncilCoordinator || !staff.active {
        return Ok(Err(Refusal::Forbidden));
    }
    let found = sql!(
        db, scalar_optional i64,
        "SELECT id FROM staff WHERE id = $1 AND county_id = $2 AND role = 'council_coordinator' AND active",
        staff.id, staff.county_id
    )?;
    Ok(if found.is_some() {
        Ok(())
    } else {
        Err(Refusal::Forbidden)
    })
}

/// Returns `Ok(Err(Refusal::Forbidden))` from the calling function unless `$staff` is an active
/// council coordinator.
macro_rules! as_coordinator {
    ($db:expr, $staff:expr) => {
        if let Err(refusal) = $crate::council::authorize($db, $staff).await? {
            return Ok(Err(refusal));
        }
    };
}
pub(crate) use as_coordinator;

/// The member behind `$member`, read again, with an active term at `$now`; otherwise returns
/// `Ok(Err(Refusal::NotMember))` from the calling function.
macro_rules! as_member {
    ($db:expr, $member:expr, $now:expr) => {
        match $crate::council::member::active($db, $member.id, $now).await? {
            Some(m) => m,
            None => return Ok(Err($crate::council::Refusal::NotMember)),
        }
    };
}
pub(crate) use as_member;

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn everyone_turning_18_this_year_counts_as_a_minor() {
        let now = at("2026-06-01T10:00:00Z");
        assert!(is_minor(2008, now), "turns 18 in 2026: maybe not yet");
        assert!(is_minor(2010, now));
        assert!(!is_minor(2007, now), "turned 18 in 2025 at the latest");
        // New Year's Eve 23:30 UTC is already 2027 in Oslo.
        assert!(!is_minor(2008, at("2026-12-31T23:30:00Z")));
    }

    #[test]
    fn oslo_times_that_do_not_exist_or_exist_twice_are_refused() {
        let local = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
        assert_eq!(
            oslo_to_utc(local("2026-10-25 12:00"), "deadline").unwrap(),
            at("2026-10-25T11:00:00Z")
        );
        assert_eq!(
            oslo_to_utc(local("2026-10-24 12:00"), "deadline").unwrap(),
            at("2026-10-24T10:00:00Z")
        );
        assert!(matches!(
            oslo_to_utc(local("2026-03-29 02:30"), "deadline"),
            Err(DomainError::Invalid {
                field: "deadline",
                reason: "nonexistent_time"
            })
        ));
        assert!(matches!(
            oslo_to_utc(local("2026-10-25 02:30"), "deadline"),
            Err(DomainError::Invalid {
                field: "deadline",
                reason: "ambiguous_time"
            })
        ));
    }
}
