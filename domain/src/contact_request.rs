//! Contact requests: OT asking one young person «what are you doing now?». Each request gets a
//! link token (stored only as its hash) and a letter code for paper letters.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::{
    audit::{self, NewAuditEvent},
    db::{sql, transaction, Db},
    error::{DomainError, DomainResult},
    outbox::{self, NewMessage},
    secret,
    staff::normalize_email,
};

/// The languages a young person can be written to in; the app checks its own list against it.
pub const LANGUAGES: &[&str] = &["nb", "nn", "se", "en", "uk", "pl", "ar", "so", "ti", "prs"];

/// Letters and digits that cannot be mistaken for each other on paper (no 0/O, 1/I/L, 2/Z, 5/S,
/// 8/B).
pub const CODE_ALPHABET: &[u8] = b"ACDEFGHJKMNPQRTUVWXY34679";
pub const LETTER_CODE_LEN: usize = 8;

/// Who may see a request: an advisor their own departments, everyone else the whole county.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    County,
    /// The departments this member of staff (an advisor) is linked to.
    DepartmentsOf(i64),
}

impl Scope {
    /// What a member of staff may see of young people's data: an advisor their departments, a
    /// coordinator the county; the council coordinator and administrators nothing.
    pub fn of(staff: &crate::staff::Staff) -> Option<Scope> {
        use crate::staff::Role;
        match staff.role {
            Role::Advisor => Some(Scope::DepartmentsOf(staff.id)),
            Role::Coordinator => Some(Scope::County),
            Role::CouncilCoordinator | Role::Administrator => None,
        }
    }

    /// The staff id to filter on in SQL (`$n IS NULL OR department_id IN (…)`).
    pub(crate) fn advisor(self) -> Option<i64> {
        match self {
            Scope::County => None,
            Scope::DepartmentsOf(id) => Some(id),
        }
    }
}

/// A field that failed validation, and why, in words a caller can map to a translated message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invalid {
    pub field: &'static str,
    pub reason: &'static str,
}

/// What an advisor typed (or a CSV row held), before validation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactRequestInput {
    pub first_name: String,
    pub last_name: String,
    /// `YYYY-MM-DD`, or `DD.MM.YYYY` as Norwegians write it.
    pub birth_date: String,
    pub mobile: String,
    pub email: String,
    pub language: String,
    pub municipality: String,
    /// The department's slug.
    pub department: String,
    pub guardian_name: String,
    pub guardian_mobile: String,
    pub guardian_email: String,
}

/// A validated request, ready to be stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewContactRequest {
    pub department_id: i64,
    pub first_name: String,
    pub last_name: String,
    pub birth_date: NaiveDate,
    pub mobile: Option<String>,
    pub email: Option<String>,
    pub language: String,
    pub municipality: String,
    pub guardian_name: Option<String>,
    pub guardian_mobile: Option<String>,
    pub guardian_email: Option<String>,
}

impl NewContactRequest {
    /// The same person, as the duplicate check sees them.
    pub fn person_key(&self) -> (String, String, NaiveDate) {
        (
            self.first_name.to_lowercase(),
            self.last_name.to_lowercase(),
            self.birth_date,
        )
    }
}

/// Norwegian mobile numbers (8 digits starting with 4 or 9, with or without +47/0047) become
/// `+47…`; other countries' numbers must be written with `+` and are kept as digits.
pub fn normalize_mobile(raw: &str) -> Option<String> {
    let compact: String = raw
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')'))
        .collect();
    let (international, digits) = if let Some(rest) = compact.strip_prefix('+') {
        (true, rest.to_string())
    } else if let Some(rest) = compact.strip_prefix("00") {
        (true, rest.to_string())
    } else {
        (false, compact)
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let norwegian = |national: &str| {
        (national.len() == 8 && (national.starts_with('4') || national.starts_with('9')))
            .then(|| format!("+47{national}"))
    };
    match (international, digits.strip_prefix("47")) {
        (false, _) => norwegian(&digits),
        (true, Some(national)) => norwegian(national),
        (true, None) => (8..=15)
            .contains(&digits.len())
            .then(|| format!("+{digits}")),
    }
}

fn parse_birth_date(raw: &str) -> Option<NaiveDate> {
    let raw = raw.trim();
    NaiveDate::parse_from_str(raw, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(raw, "%d.%m.%Y"))
        .ok()
}

/// Age in whole years on `today`.
pub fn age_on(birth_date: NaiveDate, today: NaiveDate) -> i32 {
    let mut age = today.year() - birth_date.year();
    if (today.month(), today.day()) < (birth_date.month(), birth_date.day()) {
        age -= 1;
    }
    age
}

fn name(raw: &str) -> Option<String> {
    let trimmed = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    (!trimmed.is_empty() && trimmed.chars().count() <= 100).then_some(trimmed)
}

fn optional(raw: &str) -> Option<&str> {
    let raw = raw.trim();
    (!raw.is_empty()).then_some(raw)
}

/// Checks every field and reports every problem at once (a CSV row shows them all).
/// `departments` are the (id, slug) pairs the asking member of staff may use.
pub fn validate(
    input: &ContactRequestInput,
    departments: &[(i64, String)],
    today: NaiveDate,
) -> Result<NewContactRequest, Vec<Invalid>> {
    let mut problems = Vec::new();
    let mut bad = |field, reason| problems.push(Invalid { field, reason });

    let missing_or_long = |raw: &str| {
        if raw.trim().is_empty() {
            "missing"
        } else {
            "too long"
        }
    };
    let first_name = name(&input.first_name);
    if first_name.is_none() {
        bad("first_name", missing_or_long(&input.first_name));
    }
    let last_name = name(&input.last_name);
    if last_name.is_none() {
        bad("last_name", missing_or_long(&input.last_name));
    }
    let birth_date = parse_birth_date(&input.birth_date);
    match birth_date {
        None => bad("birth_date", "not a date"),
        // OT's target group: from the year one turns 15 up to and including the year one turns 24.
        Some(date) if !(15..=24).contains(&(today.year() - date.year())) => {
            bad("birth_date", "outside the target group")
        }
        Some(_) => {}
    }
    let mobile = optional(&input.mobile).map(normalize_mobile);
    if matches!(mobile, Some(None)) {
        bad("mobile", "not a mobile number");
    }
    let email = optional(&input.email).map(|e| normalize_email(e).ok());
    if matches!(email, Some(None)) {
        bad("email", "not an e-mail address");
    }
    if mobile.is_none() && email.is_none() {
        bad("mobile", "mobile or e-mail needed");
    }
    let language = input.language.trim().to_lowercase();
    let language = if language.is_empty() {
        "nb".to_string()
    } else {
        language
    };
    if !LANGUAGES.contains(&language.as_str()) {
        bad("language", "unknown language");
    }
    let municipality = name(&input.municipality);
    if municipality.is_none() {
        bad("municipality", missing_or_long(&input.municipality));
    }
    let department = departments
        .iter()
        .find(|(_, slug)| slug.eq_ignore_ascii_case(input.department.trim()));
    if department.is_none() {
        bad("department", "unknown department");
    }
    // Optional, but never dropped for being long: refused, like any field that does not fit.
    let guardian_name = name(&input.guardian_name);
    if guardian_name.is_none() && !input.guardian_name.trim().is_empty() {
        bad("guardian_name", "too long");
    }
    let guardian_mobile = optional(&input.guardian_mobile).map(normalize_mobile);
    if matches!(guardian_mobile, Some(None)) {
        bad("guardian_mobile", "not a mobile number");
    }
    let guardian_email = optional(&input.guardian_email).map(|e| normalize_email(e).ok());
    if matches!(guardian_email, Some(None)) {
        bad("guardian_email", "not an e-mail address");
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(NewContactRequest {
        department_id: department.map(|(id, _)| *id).unwrap_or_default(),
        first_name: first_name.unwrap_or_default(),
        last_name: last_name.unwrap_or_default(),
        birth_date: birth_date.unwrap_or_default(),
        mobile: mobile.flatten(),
        email: email.flatten(),
        language,
        municipality: municipality.unwrap_or_default(),
        guardian_name,
        guardian_mobile: guardian_mobile.flatten(),
        guardian_email: guardian_email.flatten(),
    })
}

/// A random code of `LETTER_CODE_LEN` characters from `CODE_ALPHABET`.
pub fn new_code() -> String {
    let mut bytes = [0u8; LETTER_CODE_LEN];
    getrandom::fill(&mut bytes).expect("the operating system has randomness");
    // 256 is not a multiple of 25: the bias (at most 1 in 10) costs well under a bit of 37.
    bytes
        .iter()
        .map(|b| CODE_ALPHABET[*b as usize % CODE_ALPHABET.len()] as char)
        .collect()
}

/// What a person types from a letter, as stored: capitals, no spaces or dashes.
pub fn normalize_code(raw: &str) -> String {
    raw.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// How a code is printed: two groups of four.
pub fn display_code(code: &str) -> String {
    if code.len() == LETTER_CODE_LEN {
        format!("{}-{}", &code[..4], &code[4..])
    } else {
        code.to_string()
    }
}

/// A stored request, as staff see it in lists.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct ContactRequest {
    pub id: i64,
    pub department_id: i64,
    pub department_name: String,
    pub first_name: String,
    pub last_name: String,
    pub birth_date: NaiveDate,
    pub mobile: Option<String>,
    pub email: Option<String>,
    pub language: String,
    pub municipality: String,
    pub letter_code: String,
    pub expires_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub reminders_sent: i64,
    pub call_list_at: Option<DateTime<Utc>>,
    pub answered_at: Option<DateTime<Utc>>,
    /// The answer, once sent: what the list links to.
    pub answer_id: Option<i64>,
}

/// A stored request and the link that was made for it. The token exists only here and in the
/// messages; the database keeps its hash.
#[derive(Clone, Debug)]
pub struct Created {
    pub id: i64,
    pub token: String,
    pub letter_code: String,
}

/// How long links live and when reminders go out, counted from the request.
#[derive(Clone, Debug)]
pub struct ContactPolicy {
    pub link_days: i64,
    /// Days after the request when a reminder goes out, e.g. `[3, 10]`.
    pub reminder_days: Vec<i64>,
    /// Days after the request when one who never answered lands on the call list.
    pub call_list_days: i64,
}

impl Default for ContactPolicy {
    fn default() -> Self {
        ContactPolicy {
            link_days: 30,
            reminder_days: vec![3, 10],
            call_list_days: 14,
        }
    }
}

impl ContactPolicy {
    /// When the next step after `sent` reminders is due: the next reminder, then the call list.
    pub fn next_due(&self, created_at: DateTime<Utc>, sent: usize) -> DateTime<Utc> {
        let days = self
            .reminder_days
            .get(sent)
            .copied()
            .unwrap_or(self.call_list_days);
        created_at + chrono::Duration::days(days)
    }
}

/// The texts of the messages for one request, composed by the caller in the young person's
/// language once the link token is known.
pub type Compose<'a> = dyn Fn(&NewContactRequest, &str, &str) -> Vec<NewMessage> + Send + Sync + 'a;

/// Where new requests come from, as the audit log names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// One request typed into the form.
    Form,
    /// Rows of an uploaded spreadsheet.
    Import,
}

impl Source {
    fn action(self) -> &'static str {
        match self {
            Source::Form => "contact_request.create",
            Source::Import => "contact_request.import",
        }
    }
}

/// Stores requests, their link tokens, their first messages and their audit rows in one
/// transaction: all of them or none. `compose(request, token, letter_code)` writes the messages.
#[allow(clippy::too_many_arguments)]
pub async fn create_many(
    db: &Db,
    county_id: i64,
    staff_id: i64,
    source: Source,
    requests: &[NewContactRequest],
    policy: &ContactPolicy,
    compose: &Compose<'_>,
    now: DateTime<Utc>,
) -> DomainResult<Vec<Created>> {
    let expires_at = now + chrono::Duration::days(policy.link_days);
    let next_due = policy.next_due(now, 0);
    let prepared: Vec<_> = requests
        .iter()
        .map(|r| {
            let token = secret::new_token();
            let code = new_code();
            let messages = compose(r, &token, &code);
            (r, token, code, messages)
        })
        .collect();
    let created = transaction!(db, |tx| {
        let mut created = Vec::with_capacity(prepared.len());
        for (r, token, code, messages) in &prepared {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO contact_request (county_id, department_id, first_name, last_name, birth_date, \
                 mobile, email, language, municipality, guardian_name, guardian_mobile, guardian_email, \
                 letter_code, expires_at, created_by, created_at, next_reminder_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id",
            )
            .bind(county_id)
            .bind(r.department_id)
            .bind(&r.first_name)
            .bind(&r.last_name)
            .bind(r.birth_date)
            .bind(&r.mobile)
            .bind(&r.email)
            .bind(&r.language)
            .bind(&r.municipality)
            .bind(&r.guardian_name)
            .bind(&r.guardian_mobile)
            .bind(&r.guardian_email)
            .bind(code)
            .bind(expires_at)
            .bind(staff_id)
            .bind(now)
            .bind(next_due)
            .fetch_one(&mut *tx)
            .await
            .map_err(|e| DomainError::unique_as_conflict(e, "letter code"))?;
            // The link's channel is that of the message carrying it (the numbers credit answers
            // to it); a guardian's message carries no link.
            let channel = messages
                .iter()
                .find(|m| m.body.contains(token.as_str()))
                .map(|m| m.channel.as_str());
            sqlx::query("INSERT INTO answer_link (token_hash, contact_request_id, created_at, channel) VALUES ($1, $2, $3, $4)")
                .bind(secret::token_hash(token))
                .bind(id)
                .bind(now)
                .bind(channel)
                .execute(&mut *tx)
                .await?;
            for message in messages {
                outbox::enqueue_in!(&mut *tx, county_id, Some(id), message, now);
            }
            let event = NewAuditEvent::change(
                county_id,
                Some(staff_id),
                source.action(),
                ("contact_request", id.to_string()),
                Some(r.department_id),
                String::new(),
            );
            audit::record_in!(&mut *tx, &event, now);
            created.push(Created {
                id,
                token: token.clone(),
                letter_code: code.clone(),
            });
        }
        created
    });
    Ok(created)
}

/// People the county already has an open request for (not revoked, not expired, not handled):
/// importing them again would write to them twice.
pub async fn open_duplicates(
    db: &Db,
    county_id: i64,
    now: DateTime<Utc>,
) -> DomainResult<Vec<(String, String, NaiveDate)>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        first_name: String,
        last_name: String,
        birth_date: NaiveDate,
    }
    let rows = sql!(
        db, fetch_all Row,
        "SELECT cr.first_name, cr.last_name, cr.birth_date FROM contact_request cr \
         LEFT JOIN answer a ON a.contact_request_id = cr.id \
         WHERE cr.county_id = $1 AND cr.revoked_at IS NULL AND cr.expires_at > $2 AND a.handled_at IS NULL",
        county_id, now
    )?;
    Ok(rows
        .into_iter()
        .map(|r| {
            (
                r.first_name.to_lowercase(),
                r.last_name.to_lowercase(),
                r.birth_date,
            )
        })
        .collect())
}

const LIST_COLUMNS: &str = "cr.id, cr.department_id, d.name AS department_name, cr.first_name, cr.last_name, \
     cr.birth_date, cr.mobile, cr.email, cr.language, cr.municipality, cr.letter_code, cr.expires_at, \
     cr.revoked_at, cr.created_at, cr.reminders_sent, cr.call_list_at, a.submitted_at AS answered_at, \
     CASE WHEN a.submitted_at IS NULL THEN NULL ELSE a.id END AS answer_id";

/// The newest requests a member of staff may see.
pub async fn list(
    db: &Db,
    county_id: i64,
    scope: Scope,
    limit: i64,
) -> DomainResult<Vec<ContactRequest>> {
    Ok(list_page(db, county_id, scope, 1, limit).await?.items)
}

pub use crate::paging::Page;

/// Page `page` (from 1) of `per_page` requests a member of staff may see, newest first: a
/// county's list runs to thousands, and a phone shows a page of them.
pub async fn list_page(
    db: &Db,
    county_id: i64,
    scope: Scope,
    page: i64,
    per_page: i64,
) -> DomainResult<Page<ContactRequest>> {
    const SCOPED: &str = "cr.county_id = $1 AND ($2 IS NULL OR cr.department_id IN \
         (SELECT department_id FROM staff_department WHERE staff_id = $2))";
    let per_page = per_page.max(1);
    let total = sql!(
        db, scalar i64,
        &format!("SELECT COUNT(*) FROM contact_request cr WHERE {SCOPED}"),
        county_id, scope.advisor()
    )?;
    let (page, pages) = Page::<()>::bounds(page, per_page, total);
    let query = format!(
        "SELECT {LIST_COLUMNS} FROM contact_request cr JOIN department d ON d.id = cr.department_id \
         LEFT JOIN answer a ON a.contact_request_id = cr.id \
         WHERE {SCOPED} ORDER BY cr.created_at DESC, cr.id DESC LIMIT $3 OFFSET $4"
    );
    let items = sql!(
        db, fetch_all ContactRequest, &query,
        county_id, scope.advisor(), per_page, (page - 1).saturating_mul(per_page)
    )?;
    Ok(Page {
        items,
        page,
        pages,
        total,
    })
}

/// The call list: requests whose reminders are used up without an answer, oldest first.
pub async fn call_list(db: &Db, county_id: i64, scope: Scope) -> DomainResult<Vec<ContactRequest>> {
    Ok(call_list_page(db, county_id, scope, 1, i64::MAX)
        .await?
        .items)
}

/// Page `page` (from 1) of the call list, oldest first.
pub async fn call_list_page(
    db: &Db,
    county_id: i64,
    scope: Scope,
    page: i64,
    per_page: i64,
) -> DomainResult<Page<ContactRequest>> {
    const TO_CALL: &str = "FROM contact_request cr JOIN department d ON d.id = cr.department_id \
         LEFT JOIN answer a ON a.contact_request_id = cr.id \
         WHERE cr.county_id = $1 AND ($2 IS NULL OR cr.department_id IN (SELECT department_id FROM staff_department WHERE staff_id = $2)) \
         AND cr.call_list_at IS NOT NULL AND a.submitted_at IS NULL AND cr.revoked_at IS NULL";
    let per_page = per_page.max(1);
    let total =
        sql!(db, scalar i64, &format!("SELECT COUNT(*) {TO_CALL}"), county_id, scope.advisor())?;
    let (page, pages) = Page::<()>::bounds(page, per_page, total);
    let query = format!(
        "SELECT {LIST_COLUMNS} {TO_CALL} ORDER BY cr.call_list_at, cr.id LIMIT $3 OFFSET $4"
    );
    let items = sql!(
        db, fetch_all ContactRequest, &query,
        county_id, scope.advisor(), per_page, (page - 1).saturating_mul(per_page)
    )?;
    Ok(Page {
        items,
        page,
        pages,
        total,
    })
}

/// One request, if the asker's scope reaches it; otherwise «not found», as if it did not exist.
pub async fn get(db: &Db, county_id: i64, scope: Scope, id: i64) -> DomainResult<ContactRequest> {
    let query = format!(
        "SELECT {LIST_COLUMNS} FROM contact_request cr JOIN department d ON d.id = cr.department_id \
         LEFT JOIN answer a ON a.contact_request_id = cr.id \
         WHERE cr.county_id = $1 AND ($2 IS NULL OR cr.department_id IN (SELECT department_id FROM staff_department WHERE staff_id = $2)) \
         AND cr.id = $3"
    );
    sql!(db, fetch_optional ContactRequest, &query, county_id, scope.advisor(), id)?
        .ok_or(DomainError::NotFound)
}

/// Ends a request's links (all of them) at once; the young person then sees the friendly page.
/// `staff_id` withdraws it; the audit row is written with the change.
pub async fn revoke(
    db: &Db,
    county_id: i64,
    scope: Scope,
    id: i64,
    staff_id: i64,
    now: DateTime<Utc>,
) -> DomainResult<()> {
    let request = get(db, county_id, scope, id).await?;
    transaction!(db, |tx| {
        let revoked = sqlx::query(
            "UPDATE contact_request SET revoked_at = $1, next_reminder_at = NULL WHERE id = $2 AND revoked_at IS NULL",
        )
        .bind(now)
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        // Withdrawing twice changes nothing and is not written twice.
        if revoked > 0 {
            let event = NewAuditEvent::change(
                county_id,
                Some(staff_id),
                "contact_request.revoke",
                ("contact_request", id.to_string()),
                Some(request.department_id),
                String::new(),
            );
            audit::record_in!(&mut *tx, &event, now);
        }
    });
    Ok(())
}

/// Requests whose next reminder (or call-list date) is due, with no answer yet.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Due {
    pub id: i64,
    pub county_id: i64,
    pub first_name: String,
    pub mobile: Option<String>,
    pub email: Option<String>,
    pub language: String,
    pub created_at: DateTime<Utc>,
    pub reminders_sent: i64,
}

/// Sends due reminders and moves those who never answered onto the call list. `compose` writes
/// a reminder to one channel (`"sms"` or `"email"`) with a fresh link; reminders go by the other
/// channel than the last one when there is one. Returns how many reminders were queued.
pub async fn run_reminders(
    db: &Db,
    policy: &ContactPolicy,
    compose: &(dyn Fn(&Due, &str, &str) -> Option<NewMessage> + Send + Sync),
    now: DateTime<Utc>,
) -> DomainResult<usize> {
    let due = sql!(
        db, fetch_all Due,
        "SELECT cr.id, cr.county_id, cr.first_name, cr.mobile, cr.email, cr.language, cr.created_at, cr.reminders_sent \
         FROM contact_request cr LEFT JOIN answer a ON a.contact_request_id = cr.id \
         WHERE cr.next_reminder_at IS NOT NULL AND cr.next_reminder_at <= $1 AND cr.revoked_at IS NULL \
         AND cr.expires_at > $1 AND a.submitted_at IS NULL ORDER BY cr.next_reminder_at LIMIT 500",
        now
    )?;
    let mut queued = 0;
    for request in due {
        let sent = request.reminders_sent as usize;
        if sent >= policy.reminder_days.len() {
            // Reminders are used up: the request goes to the advisor's call list.
            sql!(
                db,
                execute,
                "UPDATE contact_request SET call_list_at = $1, next_reminder_at = NULL WHERE id = $2 AND reminders_sent = $3",
                now,
                request.id,
                request.reminders_sent
            )?;
            continue;
        }
        // The first message went by SMS when there was a mobile; alternate from there.
        let channels: Vec<&str> = [
            request.mobile.as_ref().map(|_| "sms"),
            request.email.as_ref().map(|_| "email"),
        ]
        .into_iter()
        .flatten()
        .collect();
        let channel = channels[(sent + 1) % channels.len()];
        let token = secret::new_token();
        let next = policy.next_due(request.created_at, sent + 1);
        let message = compose(&request, channel, &token);
        let advanced = transaction!(db, |tx| {
            // Compare-and-swap on the count: two workers never send the same reminder.
            let advanced = sqlx::query(
                "UPDATE contact_request SET reminders_sent = reminders_sent + 1, next_reminder_at = $1 \
                 WHERE id = $2 AND reminders_sent = $3",
            )
            .bind(next)
            .bind(request.id)
            .bind(request.reminders_sent)
            .execute(&mut *tx)
            .await?
            .rows_affected()
                == 1;
            if advanced {
                if let Some(message) = &message {
                    sqlx::query("INSERT INTO answer_link (token_hash, contact_request_id, created_at, channel) VALUES ($1, $2, $3, $4)")
                        .bind(secret::token_hash(&token))
                        .bind(request.id)
                        .bind(now)
                        .bind(channel)
                        .execute(&mut *tx)
                        .await?;
                    outbox::enqueue_in!(
                        &mut *tx,
                        request.county_id,
                        Some(request.id),
                        message,
                        now
                    );
                }
            }
            advanced
        });
        if advanced && message.is_some() {
            queued += 1;
        }
    }
    Ok(queued)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn departments() -> Vec<(i64, String)> {
        vec![(1, "horten".into()), (2, "larvik".into())]
    }

    fn input() -> ContactRequestInput {
        ContactRequestInput {
            first_name: " Sara ".into(),
            last_name: "Nilsen".into(),
            birth_date: "14.03.2008".into(),
            mobile: "912 34 567".into(),
            language: "nn".into(),
            municipality: "Horten".into(),
            department: "Horten".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_good_request_is_normalised() {
        let valid = validate(&input(), &departments(), today()).unwrap();
        assert_eq!(valid.first_name, "Sara");
        assert_eq!(valid.mobile.as_deref(), Some("+4791234567"));
        assert_eq!(valid.department_id, 1);
        assert_eq!(
            valid.birth_date,
            NaiveDate::from_ymd_opt(2008, 3, 14).unwrap()
        );
        assert_eq!(valid.language, "nn");
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let bad = ContactRequestInput {
            birth_date: "2001-13-40".into(),
            mobile: "12345".into(),
            email: "not-mail".into(),
            language: "xx".into(),
            department: "oslo".into(),
            ..Default::default()
        };
        let problems = validate(&bad, &departments(), today()).unwrap_err();
        let fields: Vec<_> = problems.iter().map(|p| p.field).collect();
        assert_eq!(
            fields,
            [
                "first_name",
                "last_name",
                "birth_date",
                "mobile",
                "email",
                "language",
                "municipality",
                "department"
            ]
        );
    }

    #[test]
    fn someone_outside_the_target_group_is_refused() {
        let mut old = input();
        old.birth_date = "1990-01-01".into();
        let problems = validate(&old, &departments(), today()).unwrap_err();
        assert_eq!(problems[0].reason, "outside the target group");
        let mut none = input();
        none.mobile.clear();
        assert_eq!(
            validate(&none, &departments(), today()).unwrap_err()[0].reason,
            "mobile or e-mail needed"
        );
    }

    #[test]
    fn mobiles_are_normalised_or_refused() {
        assert_eq!(
            normalize_mobile("+47 912 34 567").as_deref(),
            Some("+4791234567")
        );
        assert_eq!(
            normalize_mobile("0047 41234567").as_deref(),
            Some("+4741234567")
        );
        assert_eq!(
            normalize_mobile("+46 70 123 45 67").as_deref(),
            Some("+46701234567")
        );
        assert_eq!(normalize_mobile("33 12 34 56"), None, "a landline");
        assert_eq!(normalize_mobile("9123456"), None);
        assert_eq!(normalize_mobile("abc"), None);
    }

    #[test]
    fn codes_avoid_look_alikes_and_survive_sloppy_typing() {
        let code = new_code();
        assert_eq!(code.len(), LETTER_CODE_LEN);
        assert!(code.bytes().all(|b| CODE_ALPHABET.contains(&b)));
        for c in ['0', 'O', '1', 'I', 'L', '2', 'Z', '5', 'S', '8', 'B'] {
            assert!(!CODE_ALPHABET.contains(&(c as u8)), "{c}");
        }
        assert_eq!(normalize_code(" acde-fg34 "), "ACDEFG34");
        assert_eq!(display_code("ACDEFG34"), "ACDE-FG34");
    }

    #[test]
    fn ages_count_birthdays() {
        let birth = NaiveDate::from_ymd_opt(2008, 11, 24).unwrap();
        assert_eq!(age_on(birth, today()), 17);
        assert_eq!(age_on(birth, today().succ_opt().unwrap()), 18);
    }

    #[test]
    fn reminders_then_the_call_list() {
        let policy = ContactPolicy::default();
        let t0 = DateTime::parse_from_rfc3339("2026-11-01T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(policy.next_due(t0, 0), t0 + chrono::Duration::days(3));
        assert_eq!(policy.next_due(t0, 1), t0 + chrono::Duration::days(10));
        assert_eq!(policy.next_due(t0, 2), t0 + chrono::Duration::days(14));
    }
}
