//! The young person's answer to a contact request, and the advisor's review of it.
//!
//! The answer is saved at every step (nothing is lost if the phone dies half-way) and counts as
//! arrived once the first question is answered. It can be changed until an advisor has handled
//! it; the advisor's code and note are kept as history.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::{
    audit::{self, NewAuditEvent},
    contact_request::{self, Scope},
    db::{sql, transaction, Db},
    error::{DomainError, DomainResult},
    secret,
    status_code::{Activity, StatusCode},
};

/// How a young person would like OT to get in touch.
pub const CHANNELS: &[&str] = &["sms", "call", "email"];
/// When in the day OT may call.
pub const CONTACT_TIMES: &[&str] = &["any", "morning", "afternoon", "evening"];

/// What the link (or letter code) opens: enough to greet the young person and continue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Opened {
    pub contact_request_id: i64,
    pub first_name: String,
    pub language: String,
    pub department_id: i64,
    pub reference: Option<String>,
    pub activity: Option<String>,
    pub details: Option<String>,
    pub contact_channels: Option<String>,
    pub contact_time: Option<String>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub handled_at: Option<DateTime<Utc>>,
    /// Whether OT has a mobile number and an e-mail address for the person.
    pub has_mobile: bool,
    pub has_email: bool,
    /// What someone reached by letter alone gave in the contact step.
    pub given_mobile: Option<String>,
    pub given_email: Option<String>,
}

impl Opened {
    pub fn is_handled(&self) -> bool {
        self.handled_at.is_some()
    }
}

/// Wrong tokens and codes allowed per address in `window` before the address must wait.
#[derive(Clone, Copy, Debug)]
pub struct LinkThrottle {
    pub window: Duration,
    pub per_ip: i64,
}

impl Default for LinkThrottle {
    fn default() -> Self {
        LinkThrottle {
            window: Duration::minutes(15),
            per_ip: 20,
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub enum LinkRefusal {
    /// Unknown, or (for a link) expired or revoked: the page never says which.
    Unusable,
    /// A letter code that was real but has expired or been withdrawn. The person typed it right
    /// and is told so, with what to do; a guess cannot tell this from a wrong code's throttle.
    Ended,
    Throttled,
}

const OPEN_COLUMNS: &str = "cr.id AS contact_request_id, cr.first_name, cr.language, cr.department_id, \
     a.reference, a.activity, a.details, a.contact_channels, a.contact_time, a.submitted_at, a.handled_at, \
     cr.mobile IS NOT NULL AS has_mobile, cr.email IS NOT NULL AS has_email, \
     a.mobile AS given_mobile, a.email AS given_email";

async fn throttled(
    db: &Db,
    ip: &str,
    policy: LinkThrottle,
    now: DateTime<Utc>,
) -> DomainResult<bool> {
    let failures = sql!(db, scalar i64, "SELECT COUNT(*) FROM link_failure WHERE ip = $1 AND at > $2", ip, now - policy.window)?;
    Ok(failures >= policy.per_ip)
}

async fn record_failure(db: &Db, ip: &str, now: DateTime<Utc>) -> DomainResult<()> {
    sql!(
        db,
        execute,
        "INSERT INTO link_failure (ip, at) VALUES ($1, $2)",
        ip,
        now
    )?;
    Ok(())
}

/// Opens a link. Changes nothing but the throttle's count of wrong tokens: link scanners open
/// links before people do.
pub async fn open(
    db: &Db,
    token: &str,
    ip: &str,
    policy: LinkThrottle,
    now: DateTime<Utc>,
) -> DomainResult<Result<Opened, LinkRefusal>> {
    if throttled(db, ip, policy, now).await? {
        return Ok(Err(LinkRefusal::Throttled));
    }
    let query = format!(
        "SELECT {OPEN_COLUMNS} FROM answer_link l JOIN contact_request cr ON cr.id = l.contact_request_id \
         LEFT JOIN answer a ON a.contact_request_id = cr.id \
         WHERE l.token_hash = $1 AND cr.revoked_at IS NULL AND cr.expires_at > $2"
    );
    let hash = secret::token_hash(token);
    match sql!(db, fetch_optional Opened, &query, &hash, now)? {
        Some(opened) => Ok(Ok(opened)),
        None => {
            // A real link that has expired or was withdrawn is an old reminder opened again,
            // not a guess: it gets the same page, but only made-up tokens count as an attack.
            let known = sql!(db, scalar i64, "SELECT COUNT(*) FROM answer_link WHERE token_hash = $1", &hash)?;
            if known == 0 {
                record_failure(db, ip, now).await?;
            }
            Ok(Err(LinkRefusal::Unusable))
        }
    }
}

/// Turns a letter code into a fresh link token for the same request (the pages after the code
/// work like the ones after a link).
pub async fn open_code(
    db: &Db,
    code: &str,
    ip: &str,
    policy: LinkThrottle,
    now: DateTime<Utc>,
) -> DomainResult<Result<String, LinkRefusal>> {
    if throttled(db, ip, policy, now).await? {
        return Ok(Err(LinkRefusal::Throttled));
    }
    let code = contact_request::normalize_code(code);
    let id = sql!(
        db, scalar_optional i64,
        "SELECT id FROM contact_request WHERE letter_code = $1 AND revoked_at IS NULL AND expires_at > $2",
        &code, now
    );
    let id = match id? {
        Some(id) => id,
        None => {
            let known = sql!(db, scalar i64, "SELECT COUNT(*) FROM contact_request WHERE letter_code = $1", &code)?;
            if known == 0 {
                record_failure(db, ip, now).await?;
                return Ok(Err(LinkRefusal::Unusable));
            }
            return Ok(Err(LinkRefusal::Ended));
        }
    };
    let token = secret::new_token();
    sql!(
        db,
        execute,
        "INSERT INTO answer_link (token_hash, contact_request_id, created_at, channel) VALUES ($1, $2, $3, 'letter')",
        secret::token_hash(&token),
        id,
        now
    )?;
    Ok(Ok(token))
}

/// A reference a young person can quote on the phone: `NS-` and six code characters.
fn new_reference() -> String {
    format!("NS-{}", &contact_request::new_code()[..6])
}

/// Saves the first question. This is when an answer has arrived: reminders stop here.
pub async fn save_activity(
    db: &Db,
    contact_request_id: i64,
    activity: Activity,
    now: DateTime<Utc>,
) -> DomainResult<()> {
    let suggested = activity.suggested_code();
    let reference = new_reference();
    let changed = transaction!(db, |tx| {
        // The answer is credited to a channel once, when it arrives (the numbers count by it):
        // the letter when its code was typed, otherwise the channel of the newest link sent
        // before now. The page does not say which link it came through, and a typed code is
        // the surest sign of the route.
        let changed = sqlx::query(
            "INSERT INTO answer (contact_request_id, reference, activity, suggested_code, started_at, submitted_at, updated_at, channel) \
             VALUES ($1, $2, $3, $4, $5, $5, $5, COALESCE(\
               (SELECT 'letter' FROM answer_link WHERE contact_request_id = $1 AND channel = 'letter' AND created_at <= $5 LIMIT 1), \
               (SELECT channel FROM answer_link WHERE contact_request_id = $1 AND channel IS NOT NULL AND created_at <= $5 \
                ORDER BY created_at DESC LIMIT 1))) \
             ON CONFLICT (contact_request_id) DO UPDATE SET activity = excluded.activity, \
             suggested_code = excluded.suggested_code, updated_at = excluded.updated_at \
             WHERE answer.handled_at IS NULL",
        )
        .bind(contact_request_id)
        .bind(&reference)
        .bind(activity.as_str())
        .bind(suggested.as_str())
        .bind(now)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        sqlx::query("UPDATE contact_request SET next_reminder_at = NULL WHERE id = $1")
            .bind(contact_request_id)
            .execute(&mut *tx)
            .await?;
        changed
    });
    if changed == 0 {
        return Err(DomainError::Conflict("already handled"));
    }
    Ok(())
}

/// Saves the optional details (at most 1 000 characters).
pub async fn save_details(
    db: &Db,
    contact_request_id: i64,
    details: &str,
    now: DateTime<Utc>,
) -> DomainResult<()> {
    let details = details.trim();
    if details.chars().count() > 1000 {
        return Err(DomainError::Invalid {
            field: "details",
            reason: "too long",
        });
    }
    update_unhandled(
        db,
        "UPDATE answer SET details = $1, updated_at = $2 WHERE contact_request_id = $3 AND handled_at IS NULL",
        details,
        contact_request_id,
        now,
    )
    .await
}

/// A mobile or an e-mail the young person gives in the contact step, for a channel OT has no
/// number or address for (an e-mail on file, but they would rather be called; a letter only).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GivenContact {
    pub mobile: Option<String>,
    pub email: Option<String>,
}

impl GivenContact {
    /// What was typed, blank fields left out, and only for what OT has no value for.
    fn typed<'a>(&'a self, opened: &Opened) -> (Option<&'a str>, Option<&'a str>) {
        let typed = |v: &'a Option<String>| v.as_deref().map(str::trim).filter(|v| !v.is_empty());
        (
            typed(&self.mobile).filter(|_| !opened.has_mobile),
            typed(&self.email).filter(|_| !opened.has_email),
        )
    }

    /// The values to keep, normalised; None for what was not given or is not valid.
    fn normalized(&self, opened: &Opened) -> (Option<String>, Option<String>) {
        let (mobile, email) = self.typed(opened);
        (
            mobile.and_then(contact_request::normalize_mobile),
            email.and_then(|e| crate::staff::normalize_email(e).ok()),
        )
    }
}

/// Everything wrong with a contact step at once, for the page to mark every field. SMS and calls
/// need a mobile, e-mail an address: on file, or given here.
pub fn check_contact(
    opened: &Opened,
    channels: &[String],
    time: &str,
    given: &GivenContact,
) -> Vec<contact_request::Invalid> {
    use contact_request::Invalid;
    let mut problems = Vec::new();
    let (typed_mobile, typed_email) = given.typed(opened);
    let (mobile, email) = given.normalized(opened);
    let chose = |names: &[&str]| channels.iter().any(|c| names.contains(&c.as_str()));
    if typed_mobile.is_some() && mobile.is_none() {
        problems.push(Invalid {
            field: "mobile",
            reason: "invalid",
        });
    } else if chose(&["sms", "call"]) && !opened.has_mobile && mobile.is_none() {
        problems.push(Invalid {
            field: "mobile",
            reason: "needed",
        });
    }
    if typed_email.is_some() && email.is_none() {
        problems.push(Invalid {
            field: "email",
            reason: "invalid",
        });
    } else if chose(&["email"]) && !opened.has_email && email.is_none() {
        problems.push(Invalid {
            field: "email",
            reason: "needed",
        });
    }
    if channels.is_empty() || channels.iter().any(|c| !CHANNELS.contains(&c.as_str())) {
        problems.push(Invalid {
            field: "channels",
            reason: "choose at least one",
        });
    }
    if !CONTACT_TIMES.contains(&time) {
        problems.push(Invalid {
            field: "contact_time",
            reason: "choose one",
        });
    }
    problems
}

/// Saves how and when OT may get in touch, after [`check_contact`] (refusing its first problem).
/// A mobile or e-mail given for a channel OT had no value for is kept on the answer.
pub async fn save_contact(
    db: &Db,
    opened: &Opened,
    channels: &[String],
    time: &str,
    given: &GivenContact,
    now: DateTime<Utc>,
) -> DomainResult<()> {
    if let Some(problem) = check_contact(opened, channels, time, given)
        .into_iter()
        .next()
    {
        return Err(DomainError::Invalid {
            field: problem.field,
            reason: problem.reason,
        });
    }
    let channels: Vec<&str> = CHANNELS
        .iter()
        .copied()
        .filter(|c| channels.iter().any(|x| x == c))
        .collect();
    let (mobile, email) = given.normalized(opened);
    let changed = sql!(
        db,
        execute,
        "UPDATE answer SET contact_channels = $1, contact_time = $2, mobile = $3, email = $4, updated_at = $5 \
         WHERE contact_request_id = $6 AND handled_at IS NULL",
        channels.join(","),
        time,
        mobile,
        email,
        now,
        opened.contact_request_id
    )?;
    if changed == 0 {
        // Either handled, or the first question was never answered; both mean «start over».
        return Err(DomainError::Conflict("already handled or not started"));
    }
    Ok(())
}

async fn update_unhandled(
    db: &Db,
    query: &str,
    value: &str,
    contact_request_id: i64,
    now: DateTime<Utc>,
) -> DomainResult<()> {
    let changed = sql!(db, execute, query, value, now, contact_request_id)?;
    if changed == 0 {
        // Either handled, or the first question was never answered; both mean «start over».
        return Err(DomainError::Conflict("already handled or not started"));
    }
    Ok(())
}

/// One answer in the advisor's inbox.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct InboxItem {
    pub answer_id: i64,
    pub contact_request_id: i64,
    pub reference: String,
    pub first_name: String,
    pub last_name: String,
    pub birth_date: NaiveDate,
    pub department_id: i64,
    pub department_name: String,
    pub activity: String,
    pub details: String,
    pub contact_channels: String,
    pub contact_time: Option<String>,
    pub mobile: Option<String>,
    pub email: Option<String>,
    pub suggested_code: String,
    pub status_code: Option<String>,
    pub submitted_at: DateTime<Utc>,
    pub handled_at: Option<DateTime<Utc>>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxFilter {
    pub department_id: Option<i64>,
    pub activity: Option<String>,
    pub min_age: Option<i32>,
    pub max_age: Option<i32>,
    /// Show handled answers too (default: only those waiting).
    pub include_handled: bool,
}

const INBOX_COLUMNS: &str = "a.id AS answer_id, cr.id AS contact_request_id, a.reference, cr.first_name, cr.last_name, \
     cr.birth_date, cr.department_id, d.name AS department_name, a.activity, a.details, a.contact_channels, \
     a.contact_time, COALESCE(cr.mobile, a.mobile) AS mobile, COALESCE(cr.email, a.email) AS email, \
     a.suggested_code, a.status_code, a.submitted_at, a.handled_at";

const IN_SCOPE: &str = "cr.county_id = $1 AND ($2 IS NULL OR cr.department_id IN \
     (SELECT department_id FROM staff_department WHERE staff_id = $2))";

/// Answers that have arrived, newest first, within the asker's scope and the filter.
pub async fn inbox(
    db: &Db,
    county_id: i64,
    scope: Scope,
    filter: &InboxFilter,
    today: NaiveDate,
) -> DomainResult<Vec<InboxItem>> {
    let query = format!(
        "SELECT {INBOX_COLUMNS} FROM answer a JOIN contact_request cr ON cr.id = a.contact_request_id \
         JOIN department d ON d.id = cr.department_id \
         WHERE {IN_SCOPE} AND a.submitted_at IS NOT NULL \
         AND ($3 IS NULL OR cr.department_id = $3) AND ($4 IS NULL OR a.activity = $4) \
         AND ($5 OR a.handled_at IS NULL) \
         ORDER BY a.submitted_at DESC, a.id DESC LIMIT 500"
    );
    let items = sql!(
        db, fetch_all InboxItem, &query,
        county_id, scope.advisor(), filter.department_id, filter.activity.as_deref(), filter.include_handled
    )?;
    // Age depends on today's date; filtering here keeps the SQL the same on both databases.
    Ok(items
        .into_iter()
        .filter(|i| {
            let age = contact_request::age_on(i.birth_date, today);
            filter.min_age.is_none_or(|min| age >= min)
                && filter.max_age.is_none_or(|max| age <= max)
        })
        .collect())
}

/// One answer, if the asker's scope reaches it.
pub async fn get(db: &Db, county_id: i64, scope: Scope, answer_id: i64) -> DomainResult<InboxItem> {
    let query = format!(
        "SELECT {INBOX_COLUMNS} FROM answer a JOIN contact_request cr ON cr.id = a.contact_request_id \
         JOIN department d ON d.id = cr.department_id \
         WHERE {IN_SCOPE} AND a.id = $3 AND a.submitted_at IS NOT NULL"
    );
    sql!(db, fetch_optional InboxItem, &query, county_id, scope.advisor(), answer_id)?
        .ok_or(DomainError::NotFound)
}

/// One review in an answer's history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Review {
    pub at: DateTime<Utc>,
    pub staff_name: String,
    pub status_code: String,
    pub note: String,
    pub called: bool,
}

/// What an advisor decides about one answer.
#[derive(Clone, Copy, Debug)]
pub struct NewReview<'a> {
    pub answer_id: i64,
    pub staff_id: i64,
    pub code: &'a StatusCode,
    pub note: &'a str,
    pub called: bool,
}

/// An advisor confirms (or corrects) the code, with a note and whether they called. The answer
/// is handled from then on; a later review may correct the code again, and all are kept.
pub async fn review(
    db: &Db,
    county_id: i64,
    scope: Scope,
    review: &NewReview<'_>,
    now: DateTime<Utc>,
) -> DomainResult<()> {
    let NewReview {
        answer_id,
        staff_id,
        code,
        note,
        called,
    } = *review;
    let item = get(db, county_id, scope, answer_id).await?;
    let note = note.trim();
    if note.chars().count() > 2000 {
        return Err(DomainError::Invalid {
            field: "note",
            reason: "too long",
        });
    }
    transaction!(db, |tx| {
        sqlx::query(
            "INSERT INTO answer_review (answer_id, staff_id, at, status_code, note, called) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(answer_id)
        .bind(staff_id)
        .bind(now)
        .bind(code.as_str())
        .bind(note)
        .bind(called)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE answer SET status_code = $1, handled_at = COALESCE(handled_at, $2), handled_by = $3, reviewed_at = $2 \
             WHERE id = $4",
        )
        .bind(code.as_str())
        .bind(now)
        .bind(staff_id)
        .bind(answer_id)
        .execute(&mut *tx)
        .await?;
        let event = NewAuditEvent::change(
            county_id,
            Some(staff_id),
            "answer.review",
            ("answer", answer_id.to_string()),
            Some(item.department_id),
            code.as_str().to_string(),
        );
        audit::record_in!(&mut *tx, &event, now);
    });
    Ok(())
}

/// The reviews of one answer, oldest first.
pub async fn history(db: &Db, answer_id: i64) -> DomainResult<Vec<Review>> {
    Ok(sql!(
        db, fetch_all Review,
        "SELECT r.at, s.full_name AS staff_name, r.status_code, r.note, r.called FROM answer_review r \
         JOIN staff s ON s.id = r.staff_id WHERE r.answer_id = $1 ORDER BY r.at, r.id",
        answer_id
    )?)
}

/// Confirmed codes for registration in Vigo OT: one row per handled answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct ExportRow {
    pub last_name: String,
    pub first_name: String,
    pub birth_date: NaiveDate,
    pub municipality: String,
    pub department_name: String,
    pub status_code: String,
    pub handled_at: DateTime<Utc>,
    pub reference: String,
}

pub async fn export(db: &Db, county_id: i64, scope: Scope) -> DomainResult<Vec<ExportRow>> {
    let query = format!(
        "SELECT cr.last_name, cr.first_name, cr.birth_date, cr.municipality, d.name AS department_name, \
         a.status_code, a.handled_at, a.reference FROM answer a JOIN contact_request cr ON cr.id = a.contact_request_id \
         JOIN department d ON d.id = cr.department_id \
         WHERE {IN_SCOPE} AND a.status_code IS NOT NULL AND a.handled_at IS NOT NULL \
         ORDER BY d.name, cr.last_name, cr.first_name, a.id"
    );
    Ok(sql!(db, fetch_all ExportRow, &query, county_id, scope.advisor())?)
}

/// Writes confirmed codes as Norwegian spreadsheets expect (`spreadsheet::write`): dates as
/// DD.MM.YYYY, and a name like `=HYPERLINK(…)` shown as text, never run.
pub fn export_csv(rows: &[ExportRow]) -> String {
    crate::spreadsheet::write(
        &[
            "etternavn",
            "fornavn",
            "fodselsdato",
            "kommune",
            "avdeling",
            "statuskode",
            "bekreftet",
            "referanse",
        ],
        rows.iter().map(|r| {
            [
                r.last_name.clone(),
                r.first_name.clone(),
                r.birth_date.format("%d.%m.%Y").to_string(),
                r.municipality.clone(),
                r.department_name.clone(),
                r.status_code.clone(),
                r.handled_at.format("%d.%m.%Y").to_string(),
                r.reference.clone(),
            ]
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_export_is_semicolon_separated_utf8_for_spreadsheets() {
        let row = ExportRow {
            last_name: "Ødegård; jr.".into(),
            first_name: "Åse \"Å\"".into(),
            birth_date: NaiveDate::from_ymd_opt(2008, 3, 4).unwrap(),
            municipality: "Færder".into(),
            department_name: "Tønsberg".into(),
            status_code: "OTEV".into(),
            handled_at: DateTime::parse_from_rfc3339("2026-11-20T12:00:00Z")
                .unwrap()
                .with_timezone(&Utc),
            reference: "NS-ACDEFG".into(),
        };
        let csv = export_csv(&[row]);
        let mut lines = csv.split("\r\n");
        assert!(lines
            .next()
            .unwrap()
            .starts_with("\u{feff}etternavn;fornavn;"));
        assert_eq!(
            lines.next().unwrap(),
            "\"Ødegård; jr.\";\"Åse \"\"Å\"\"\";04.03.2008;Færder;Tønsberg;OTEV;20.11.2026;NS-ACDEFG"
        );
    }

    #[test]
    fn a_name_that_is_a_formula_is_exported_as_text() {
        let row = ExportRow {
            last_name: "=HYPERLINK(\"https://evil.example\";\"Klikk\")".into(),
            first_name: "@Sara".into(),
            birth_date: NaiveDate::from_ymd_opt(2008, 3, 4).unwrap(),
            municipality: "-Horten".into(),
            department_name: "Horten".into(),
            status_code: "OTEV".into(),
            handled_at: DateTime::parse_from_rfc3339("2026-11-20T12:00:00Z")
                .unwrap()
                .with_timezone(&Utc),
            reference: "NS-ACDEFG".into(),
        };
        let csv = export_csv(&[row]);
        let line = csv.split("\r\n").nth(1).unwrap();
        assert_eq!(
            line,
            "\"'=HYPERLINK(\"\"https://evil.example\"\";\"\"Klikk\"\")\";'@Sara;04.03.2008;'-Horten;Horten;OTEV;20.11.2026;NS-ACDEFG"
        );
    }
}
