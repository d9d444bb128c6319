//! «Join the council»: an application from the public page. It is stored, and every active
//! council coordinator of the county gets a message that one is waiting (no personal data in
//! it), in the same transaction. The coordinator admits it (see [`super::member::admit`]) or
//! declines it.

use chrono::{DateTime, Datelike, Utc};
use serde::{Deserialize, Serialize};

use super::{as_coordinator, today, Channel, Refusal};
use crate::{
    audit::{self, NewAuditEvent},
    booking::is_first_name,
    contact_request::{normalize_mobile, Invalid, LANGUAGES},
    db::{sql, write_transaction, Db},
    error::{DomainError, DomainResult},
    outbox::{enqueue_in, NewMessage},
    staff::{normalize_email, Staff},
    throttle::{self, Limit},
};

/// The youngest and oldest age (by birth year) an application is believable from.
pub const AGES: std::ops::RangeInclusive<i32> = 13..=30;
pub const REASON_MAX: usize = 1000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApplicationState {
    New,
    Admitted,
    Declined,
}

impl ApplicationState {
    pub const ALL: [ApplicationState; 3] = [
        ApplicationState::New,
        ApplicationState::Admitted,
        ApplicationState::Declined,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ApplicationState::New => "new",
            ApplicationState::Admitted => "admitted",
            ApplicationState::Declined => "declined",
        }
    }

    pub fn parse(code: &str) -> Option<ApplicationState> {
        ApplicationState::ALL
            .into_iter()
            .find(|s| s.as_str() == code)
    }
}

impl TryFrom<String> for ApplicationState {
    type Error = String;
    fn try_from(code: String) -> Result<Self, String> {
        ApplicationState::parse(&code).ok_or(code)
    }
}

/// What `compose` gets to write the message telling an applicant the coordinator's decision:
/// admitted (with how to log in) or, kindly, not this time. Sent by the channel they chose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecisionNotice {
    pub application_id: i64,
    pub admitted: bool,
    pub first_name: String,
    /// The applicant's language: write the message in it.
    pub language: String,
    pub channel: Channel,
    pub recipient: String,
}

/// The signature of the function that writes a [`DecisionNotice`] (app/src/messages.rs); the
/// domain sets the key, the channel and the recipient.
pub type ComposeDecision<'a> = dyn Fn(&DecisionNotice) -> NewMessage + Send + Sync + 'a;

impl DecisionNotice {
    /// The notice for `application`, to the channel they chose (or the other, if that one has
    /// no value); None if they left neither.
    pub fn for_application(application: &Application, admitted: bool) -> Option<DecisionNotice> {
        let by = |channel: Channel| match channel {
            Channel::Sms => application.mobile.clone().map(|m| (Channel::Sms, m)),
            Channel::Email => application.email.clone().map(|e| (Channel::Email, e)),
        };
        let other = match application.contact_channel {
            Channel::Sms => Channel::Email,
            Channel::Email => Channel::Sms,
        };
        let (channel, recipient) = by(application.contact_channel).or_else(|| by(other))?;
        Some(DecisionNotice {
            application_id: application.id,
            admitted,
            first_name: application.first_name.clone(),
            language: application.language.clone(),
            channel,
            recipient,
        })
    }

    /// The message, once per application: the key makes a repeated decision send nothing new.
    pub fn message(&self, compose: &ComposeDecision<'_>) -> NewMessage {
        NewMessage {
            idempotency_key: format!("council-decision:{}", self.application_id),
            channel: self.channel.as_str().to_string(),
            recipient: self.recipient.clone(),
            ..compose(self)
        }
    }
}

/// What the applicant typed. An empty mobile or e-mail is none.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewApplication {
    pub first_name: String,
    pub birth_year: i32,
    pub mobile: Option<String>,
    pub email: Option<String>,
    /// Why they want to join; may be empty.
    pub reason: String,
    /// How they want to be contacted; that channel must have its value.
    pub contact_channel: Channel,
    pub language: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Application {
    pub id: i64,
    pub county_id: i64,
    pub first_name: String,
    pub birth_year: i32,
    pub mobile: Option<String>,
    pub email: Option<String>,
    pub reason: String,
    #[sqlx(try_from = "String")]
    pub contact_channel: Channel,
    pub language: String,
    #[sqlx(try_from = "String")]
    pub state: ApplicationState,
    pub created_at: DateTime<Utc>,
    pub decided_at: Option<DateTime<Utc>>,
    pub decided_by: Option<i64>,
}

pub(crate) const COLUMNS: &str =
    "id, county_id, first_name, birth_year, mobile, email, reason, contact_channel, \
     language, state, created_at, decided_at, decided_by";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ApplicationPolicy {
    /// Applications one client address may send.
    pub per_ip: Limit,
}

impl Default for ApplicationPolicy {
    fn default() -> Self {
        ApplicationPolicy {
            per_ip: Limit::per_hour(5),
        }
    }
}

fn typed(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// The birth year of someone who says they are `age`, at `now` (for a form that asks for age).
pub fn birth_year_of_age(age: i32, now: DateTime<Utc>) -> i32 {
    today(now).year() - age
}

/// Every problem with an application at once, for the form's error summary.
pub fn validate(new: &NewApplication, now: DateTime<Utc>) -> Vec<Invalid> {
    let mut problems = Vec::new();
    let mut bad = |field, reason| problems.push(Invalid { field, reason });
    if !is_first_name(&new.first_name) {
        bad("first_name", "not_a_name");
    }
    if !AGES.contains(&(today(now).year() - new.birth_year)) {
        bad("birth_year", "implausible");
    }
    let (mobile, email) = (typed(&new.mobile), typed(&new.email));
    if mobile.is_some_and(|m| normalize_mobile(m).is_none()) {
        bad("mobile", "invalid");
    }
    if email.is_some_and(|e| normalize_email(e).is_err()) {
        bad("email", "invalid");
    }
    match (mobile, email, new.contact_channel) {
        (None, None, _) => bad("mobile", "contact_needed"),
        (None, Some(_), Channel::Sms) => bad("mobile", "needed_for_channel"),
        (Some(_), None, Channel::Email) => bad("email", "needed_for_channel"),
        _ => {}
    }
    if new.reason.trim().chars().count() > REASON_MAX {
        bad("reason", "too_long");
    }
    if !LANGUAGES.contains(&new.language.as_str()) {
        bad("language", "unknown");
    }
    problems
}

/// Stores an application and tells each active council coordinator of the county that one is
/// waiting, in one transaction. `compose_notice(coordinator, application_id)` writes that
/// message (by e-mail to the coordinator; it must carry no personal data of the applicant).
/// Throttled per client address, counted before it is judged. An invalid application is the
/// first problem [`validate`] finds, as `DomainError::Invalid`.
#[allow(clippy::too_many_arguments)]
pub async fn submit(
    db: &Db,
    county_id: i64,
    new: &NewApplication,
    ip: &str,
    policy: &ApplicationPolicy,
    compose_notice: impl Fn(&Staff, i64) -> NewMessage,
    now: DateTime<Utc>,
) -> DomainResult<Result<Application, Refusal>> {
    if let Some(problem) = validate(new, now).into_iter().next() {
        return Err(DomainError::Invalid {
            field: problem.field,
            reason: problem.reason,
        });
    }
    if !throttle::allow(db, "council-application-ip", ip, policy.per_ip, now).await? {
        return Ok(Err(Refusal::Throttled));
    }
    let mobile = typed(&new.mobile).and_then(normalize_mobile);
    let email = typed(&new.email).and_then(|e| normalize_email(e).ok());
    let insert = format!(
        "INSERT INTO council_application (county_id, first_name, birth_year, mobile, email, reason, contact_channel, \
         language, state, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'new', $9) RETURNING {COLUMNS}"
    );
    let application = write_transaction!(db, |tx| {
        let application = sqlx::query_as::<_, Application>(&insert)
            .bind(county_id)
            .bind(new.first_name.trim())
            .bind(new.birth_year)
            .bind(&mobile)
            .bind(&email)
            .bind(new.reason.trim())
            .bind(new.contact_channel.as_str())
            .bind(&new.language)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
        let coordinators = sqlx::query_as::<_, Staff>(
            "SELECT id, county_id, full_name, email, role, active FROM staff \
             WHERE county_id = $1 AND role = 'council_coordinator' AND active ORDER BY id",
        )
        .bind(county_id)
        .fetch_all(&mut *tx)
        .await?;
        for coordinator in &coordinators {
            let message = compose_notice(coordinator, application.id);
            enqueue_in!(&mut *tx, county_id, None::<i64>, &message, now);
        }
        application
    });
    Ok(Ok(application))
}

/// The county's applications, those waiting first, newest first within each state.
pub async fn list(db: &Db, coordinator: &Staff) -> DomainResult<Result<Vec<Application>, Refusal>> {
    as_coordinator!(db, coordinator);
    let q = format!(
        "SELECT {COLUMNS} FROM council_application WHERE county_id = $1 \
         ORDER BY CASE state WHEN 'new' THEN 0 ELSE 1 END, created_at DESC, id DESC"
    );
    Ok(Ok(
        sql!(db, fetch_all Application, &q, coordinator.county_id)?,
    ))
}

pub async fn get(
    db: &Db,
    coordinator: &Staff,
    application_id: i64,
) -> DomainResult<Result<Application, Refusal>> {
    as_coordinator!(db, coordinator);
    let q = format!("SELECT {COLUMNS} FROM council_application WHERE id = $1 AND county_id = $2");
    Ok(Ok(
        sql!(db, fetch_optional Application, &q, application_id, coordinator.county_id)?
            .ok_or(DomainError::NotFound)?,
    ))
}

/// Declines a waiting application, with its audit row. `Conflict("application decided")` when
/// it was admitted or declined already.
pub async fn decline(
    db: &Db,
    coordinator: &Staff,
    application_id: i64,
    compose: &ComposeDecision<'_>,
    now: DateTime<Utc>,
) -> DomainResult<Result<Application, Refusal>> {
    as_coordinator!(db, coordinator);
    let q = format!(
        "UPDATE council_application SET state = 'declined', decided_at = $1, decided_by = $2 \
         WHERE id = $3 AND county_id = $4 AND state = 'new' RETURNING {COLUMNS}"
    );
    let exists =
        format!("SELECT {COLUMNS} FROM council_application WHERE id = $1 AND county_id = $2");
    let application = write_transaction!(db, |tx| {
        let declined = sqlx::query_as::<_, Application>(&q)
            .bind(now)
            .bind(coordinator.id)
            .bind(application_id)
            .bind(coordinator.county_id)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(application) = declined else {
            let found = sqlx::query_as::<_, Application>(&exists)
                .bind(application_id)
                .bind(coordinator.county_id)
                .fetch_optional(&mut *tx)
                .await?;
            return Err(match found {
                Some(_) => DomainError::Conflict("application decided"),
                None => DomainError::NotFound,
            });
        };
        let event = NewAuditEvent::change(
            coordinator.county_id,
            Some(coordinator.id),
            "council.application.decline",
            ("council_application", application_id.to_string()),
            None,
            String::new(),
        );
        audit::record_in!(&mut *tx, &event, now);
        // The applicant is told, kindly, in the same transaction as the decision.
        if let Some(notice) = DecisionNotice::for_application(&application, false) {
            let message = notice.message(compose);
            enqueue_in!(&mut *tx, coordinator.county_id, None::<i64>, &message, now);
        }
        application
    });
    Ok(Ok(application))
}
