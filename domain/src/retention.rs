//! How long personal data is kept, and the job that deletes what is due.
//!
//! The privacy page promises that OT keeps what it knows «as long as you are in the target
//! group»: up to and including the year a young person turns 24 (opplæringslova 2023 § 9-4;
//! forskrift § 13-3 «as long as the young person is in the target group»). What only serves a
//! moment (throttles, codes, login states, uploads) goes within a day. Every deletion is written
//! to the audit log by count, in the same transaction as the deletion; the audit log itself is
//! append-only and holds ids, never names.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};

use crate::{
    audit::{self, NewAuditEvent},
    db::{write_transaction, Db},
    error::DomainResult,
};

/// The periods, each configurable (`RETENTION_*` in the server's configuration).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetentionPolicy {
    /// Contact requests with their answers, reviews and links are kept until the end of the
    /// year the young person turns this age (the target group's last year).
    pub last_age: i32,
    /// Bookings and call-me requests: this long after the meeting (or the call-me request);
    /// council applications this long after they were admitted or declined.
    pub bookings: Duration,
    /// A booking's own link stops working this long after the meeting.
    pub booking_links: Duration,
    /// Messages sent or given up on, with their recipients: this long after they were made.
    pub outbox: Duration,
    /// The demo mailbox (demo mode only).
    pub demo_mailbox: Duration,
    /// Throttle counts, booking and council login codes, login states and uploads: this long.
    pub short_lived: Duration,
    /// Staff and council member sessions: this long after they began (a session ends earlier
    /// anyway).
    pub sessions: Duration,
}

impl Default for RetentionPolicy {
    fn default() -> Self {
        RetentionPolicy {
            last_age: 24,
            bookings: Duration::days(365),
            booking_links: Duration::days(14),
            outbox: Duration::days(90),
            demo_mailbox: Duration::days(7),
            short_lived: Duration::days(1),
            sessions: Duration::days(2),
        }
    }
}

impl RetentionPolicy {
    /// Born before this date, a young person has left the target group by `today`'s year.
    pub fn born_before(&self, today: NaiveDate) -> NaiveDate {
        NaiveDate::from_ymd_opt(today.year() - self.last_age, 1, 1).unwrap_or(NaiveDate::MIN)
    }
}

/// What one run deleted, by kind, in the order the job ran.
pub type Deleted = Vec<(&'static str, u64)>;

/// Deletes what is due for `county_id` (and the rows no county owns), auditing each kind that
/// had anything to delete. Safe to run from several instances at once: a row deleted by one is
/// simply not there for the other.
pub async fn run(
    db: &Db,
    county_id: i64,
    policy: &RetentionPolicy,
    now: DateTime<Utc>,
) -> DomainResult<Deleted> {
    let today = now.with_timezone(&chrono_tz::Europe::Oslo).date_naive();
    let born_before = policy.born_before(today);
    let short = now - policy.short_lived;
    let mut deleted = Deleted::new();
    // (kind, statements): the last statement's count is the one audited; earlier ones clear
    // references that would block it.
    let steps: Vec<(&'static str, Vec<Statement>)> = vec![
        (
            "contact_request",
            vec![(
                // Answers, reviews, links and their messages go with the request (ON DELETE CASCADE).
                "DELETE FROM contact_request WHERE county_id = $1 AND birth_date < $2",
                vec![Arg::Id(county_id), Arg::Date(born_before)],
            )],
        ),
        (
            "booking",
            vec![
                (
                    "UPDATE booking SET supersedes_id = NULL WHERE supersedes_id IN \
                     (SELECT id FROM booking WHERE county_id = $1 AND ends_at < $2)",
                    vec![Arg::Id(county_id), Arg::At(now - policy.bookings)],
                ),
                (
                    "DELETE FROM booking WHERE county_id = $1 AND ends_at < $2",
                    vec![Arg::Id(county_id), Arg::At(now - policy.bookings)],
                ),
            ],
        ),
        (
            "booking_link",
            vec![(
                "DELETE FROM booking_link WHERE booking_id IN \
                 (SELECT id FROM booking WHERE county_id = $1 AND ends_at < $2)",
                vec![Arg::Id(county_id), Arg::At(now - policy.booking_links)],
            )],
        ),
        (
            "callback_request",
            vec![(
                "DELETE FROM callback_request WHERE county_id = $1 AND created_at < $2",
                vec![Arg::Id(county_id), Arg::At(now - policy.bookings)],
            )],
        ),
        (
            // Declined applications, and admitted ones (the member keeps what they need).
            "council_application",
            vec![(
                "DELETE FROM council_application WHERE county_id = $1 AND state <> 'new' AND decided_at < $2",
                vec![Arg::Id(county_id), Arg::At(now - policy.bookings)],
            )],
        ),
        (
            "outbox_message",
            vec![(
                "DELETE FROM outbox_message WHERE county_id = $1 AND status <> 'pending' AND created_at < $2",
                vec![Arg::Id(county_id), Arg::At(now - policy.outbox)],
            )],
        ),
        (
            "demo_mailbox",
            vec![(
                "DELETE FROM demo_mailbox WHERE county_id = $1 AND delivered_at < $2",
                vec![Arg::Id(county_id), Arg::At(now - policy.demo_mailbox)],
            )],
        ),
        (
            "booking_verification",
            vec![(
                "DELETE FROM booking_verification WHERE county_id = $1 AND expires_at < $2",
                vec![Arg::Id(county_id), Arg::At(short)],
            )],
        ),
        (
            "council_login",
            vec![(
                "DELETE FROM council_login WHERE county_id = $1 AND expires_at < $2",
                vec![Arg::Id(county_id), Arg::At(short)],
            )],
        ),
        (
            "contact_import",
            vec![(
                "DELETE FROM contact_import WHERE county_id = $1 AND created_at < $2",
                vec![Arg::Id(county_id), Arg::At(short)],
            )],
        ),
        (
            "staff_session",
            vec![(
                "DELETE FROM staff_session WHERE created_at < $1",
                vec![Arg::At(now - policy.sessions)],
            )],
        ),
        (
            "council_session",
            vec![(
                "DELETE FROM council_session WHERE created_at < $1",
                vec![Arg::At(now - policy.sessions)],
            )],
        ),
        (
            "oidc_login",
            vec![("DELETE FROM oidc_login WHERE created_at < $1", vec![Arg::At(short)])],
        ),
        (
            "login_failure",
            vec![("DELETE FROM login_failure WHERE at < $1", vec![Arg::At(short)])],
        ),
        (
            "link_failure",
            vec![("DELETE FROM link_failure WHERE at < $1", vec![Arg::At(short)])],
        ),
        (
            "kept_form",
            vec![("DELETE FROM kept_form WHERE expires_at < $1", vec![Arg::At(now)])],
        ),
        (
            "throttle_event",
            vec![("DELETE FROM throttle_event WHERE at < $1", vec![Arg::At(short)])],
        ),
    ];
    for (kind, statements) in steps {
        let count = write_transaction!(db, |tx| {
            let mut count = 0;
            for (sql, args) in &statements {
                let mut query = sqlx::query(sql);
                for arg in args {
                    query = match arg {
                        Arg::Id(v) => query.bind(*v),
                        Arg::Date(v) => query.bind(*v),
                        Arg::At(v) => query.bind(*v),
                    };
                }
                count = query.execute(&mut *tx).await?.rows_affected();
            }
            if count > 0 {
                let event = NewAuditEvent::change(
                    county_id,
                    None,
                    "retention.delete",
                    (kind, String::new()),
                    None,
                    count.to_string(),
                );
                audit::record_in!(&mut *tx, &event, now);
            }
            count
        });
        if count > 0 {
            deleted.push((kind, count));
        }
    }
    Ok(deleted)
}

/// One statement of a retention step, with its bound values.
type Statement = (&'static str, Vec<Arg>);

/// A bound value of a retention statement.
enum Arg {
    Id(i64),
    Date(NaiveDate),
    At(DateTime<Utc>),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_target_group_ends_with_the_year_one_turns_24() {
        let policy = RetentionPolicy::default();
        let today = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        // Born in 2002: turns 24 in 2026 and is kept through 2026; born 2001 is due.
        assert_eq!(
            policy.born_before(today),
            NaiveDate::from_ymd_opt(2002, 1, 1).unwrap()
        );
        let new_year = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
        assert_eq!(
            policy.born_before(new_year),
            NaiveDate::from_ymd_opt(2003, 1, 1).unwrap()
        );
    }
}
