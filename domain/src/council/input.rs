//! Input: what a member says in a hearing, and OT's answer to it.
//!
//! A member sends input until the deadline, edits it (until OT has answered it) or withdraws
//! it, and supports other members' input. The deadline is part of each changing statement,
//! so nothing changes at or after it. Input from a member under 18 waits for the coordinator's
//! approval before other members see it (see [`super::moderation`]).
//!
//! Members and the coordinator get different structs: [`InputForMember`] has no member id, and
//! no name when the author chose to hide it from other members; the name is left out in the
//! SQL, so it never leaves the database for another member. Every input has a status
//! (received → considering → answered → acted on | not acted on) and, once answered, OT's
//! answer: giving one tells the member, in their language, through the outbox in the same
//! transaction. The coordinator chooses which input goes on the public page, without any name.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::{as_coordinator, as_member, comment, text, Approval, Channel, Member, Refusal};
use crate::{
    audit::{self, NewAuditEvent},
    db::{sql, write_transaction, Db},
    error::{DomainError, DomainResult},
    outbox::{enqueue_in, NewMessage},
    staff::Staff,
};

pub const TEXT_MAX: usize = 2000;
pub const ANSWER_MAX: usize = 4000;
/// The coordinator's workplace highlights input waiting this many days for an answer, unless
/// the app is configured otherwise.
pub const DEFAULT_OVERDUE_DAYS: i64 = 21;

/// Where an input is on its way to an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InputStatus {
    Received,
    Considering,
    Answered,
    ActedOn,
    NotActedOn,
}

impl InputStatus {
    pub const ALL: [InputStatus; 5] = [
        InputStatus::Received,
        InputStatus::Considering,
        InputStatus::Answered,
        InputStatus::ActedOn,
        InputStatus::NotActedOn,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            InputStatus::Received => "received",
            InputStatus::Considering => "considering",
            InputStatus::Answered => "answered",
            InputStatus::ActedOn => "acted_on",
            InputStatus::NotActedOn => "not_acted_on",
        }
    }

    pub fn parse(code: &str) -> Option<InputStatus> {
        InputStatus::ALL.into_iter().find(|s| s.as_str() == code)
    }

    /// The statuses that carry an answer from OT.
    pub fn is_answered(self) -> bool {
        matches!(
            self,
            InputStatus::Answered | InputStatus::ActedOn | InputStatus::NotActedOn
        )
    }
}

impl TryFrom<String> for InputStatus {
    type Error = String;
    fn try_from(code: String) -> Result<Self, String> {
        InputStatus::parse(&code).ok_or(code)
    }
}

/// An input as one member sees it: their own always (with its approval and hidden state),
/// others' only when approved (or not needing it), not hidden and not withdrawn.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct InputForMember {
    pub id: i64,
    pub hearing_id: i64,
    pub text: String,
    /// The author's first name; `None` when the author hid it from other members.
    pub author: Option<String>,
    /// Written by the member looking.
    pub own: bool,
    pub hide_name: bool,
    /// Waiting for the coordinator's approval (only ever true for one's own).
    pub pending: bool,
    /// Hidden by the coordinator (only ever true for one's own), with the reason given.
    pub hidden: bool,
    pub hidden_reason: Option<String>,
    #[sqlx(try_from = "String")]
    pub status: InputStatus,
    /// The coordinator's own status beside it, if any ([`super::own_status`]).
    pub own_status: Option<String>,
    pub answer: Option<String>,
    pub answered_at: Option<DateTime<Utc>>,
    pub supports: i64,
    pub supported_by_me: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// The comments this member may see, oldest first.
    #[sqlx(skip)]
    pub comments: Vec<comment::CommentForMember>,
}

/// An input as the coordinator sees it: with the author, whatever they chose to hide from
/// other members.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct InputForCoordinator {
    pub id: i64,
    pub hearing_id: i64,
    pub hearing_title: String,
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
    #[sqlx(try_from = "String")]
    pub status: InputStatus,
    pub own_status_id: Option<i64>,
    pub own_status: Option<String>,
    pub answer: Option<String>,
    pub answered_at: Option<DateTime<Utc>>,
    pub answered_by: Option<i64>,
    pub answer_version: i64,
    pub published: bool,
    pub supports: i64,
    pub open_reports: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Whole days the input has waited for an answer: until it was answered, or until now.
    #[sqlx(skip)]
    pub days_waiting: i64,
    /// Members' first names that its text or OT's answer mentions: what would reach the public
    /// page with it (OT's «Takk, Amir!» to a 16-year-old). Publishing then takes a second step.
    #[sqlx(skip)]
    pub names_mentioned: Vec<String>,
}

/// The names in `names` that `text` mentions as whole words, ignoring case, each once and in
/// the order given. «Amir» is found in «Takk, Amir!» but not in «Amirah».
pub fn mentioned_names(text: &str, names: &[String]) -> Vec<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut found: Vec<String> = Vec::new();
    for name in names {
        let name = name.trim();
        // A name of several words («Anne Marie») is mentioned when its words follow each other.
        let parts: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
        if parts.is_empty() || found.iter().any(|f| f.eq_ignore_ascii_case(name)) {
            continue;
        }
        if words.windows(parts.len()).any(|w| w == parts.as_slice()) {
            found.push(name.to_string());
        }
    }
    found
}

/// The first names of the county's members, for `mentioned_names`.
async fn member_names(db: &Db, county_id: i64) -> DomainResult<Vec<String>> {
    Ok(sql!(
        db,
        fetch_all(String,),
        "SELECT DISTINCT first_name FROM council_member WHERE county_id = $1 ORDER BY first_name",
        county_id
    )?
    .into_iter()
    .map(|(name,)| name)
    .collect())
}

fn with_names(mut input: InputForCoordinator, names: &[String]) -> InputForCoordinator {
    let public = format!("{}\n{}", input.text, input.answer.as_deref().unwrap_or(""));
    input.names_mentioned = mentioned_names(&public, names);
    input
}

/// An input on the public page: no name, no member.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct PublishedInput {
    pub id: i64,
    pub hearing_id: i64,
    pub hearing_title: String,
    pub text: String,
    #[sqlx(try_from = "String")]
    pub status: InputStatus,
    pub own_status: Option<String>,
    pub answer: Option<String>,
    pub answered_at: Option<DateTime<Utc>>,
}

/// What `compose` gets to write the message telling a member their input was answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerNotice {
    pub input_id: i64,
    pub hearing_id: i64,
    pub hearing_title: String,
    pub status: InputStatus,
    /// 1 for the first answer, 2 for a changed one, …
    pub version: i64,
    pub first_name: String,
    /// The member's language: write the message in it.
    pub language: String,
    /// SMS when the member has a mobile, else e-mail.
    pub channel: Channel,
    pub recipient: String,
}

/// Where one input stands for one member, to tell why a change was refused.
#[derive(sqlx::FromRow)]
struct Standing {
    member_id: i64,
    visible: bool,
    open: bool,
    answered: bool,
}

/// `$1` member, `$2` input, `$3` now, `$4` county.
const STANDING: &str = "SELECT i.member_id, \
     (i.withdrawn_at IS NULL AND (i.member_id = $1 OR (i.approval <> 'pending' AND i.hidden_at IS NULL))) AS visible, \
     h.deadline_at > $3 AS open, i.answer IS NOT NULL AS answered \
     FROM council_input i JOIN council_hearing h ON h.id = i.hearing_id \
     WHERE i.id = $2 AND i.county_id = $4 AND h.published_at IS NOT NULL";

async fn standing(
    db: &Db,
    member: &Member,
    input_id: i64,
    now: DateTime<Utc>,
) -> DomainResult<Option<Standing>> {
    Ok(
        sql!(db, fetch_optional Standing, STANDING, member.id, input_id, now, member.county_id)?
            .filter(|s| s.visible),
    )
}

/// Sends input to an open hearing; returns its id. From a member under 18 it waits for
/// approval before other members see it.
pub async fn submit(
    db: &Db,
    member: &Member,
    hearing_id: i64,
    input: &str,
    hide_name: bool,
    now: DateTime<Utc>,
) -> DomainResult<Result<i64, Refusal>> {
    let member = as_member!(db, member, now);
    let input = text(input, "text", TEXT_MAX, false)?;
    let approval = Approval::for_author(member.birth_year, now);
    // The deadline is in the statement: an input that arrives at or after it inserts nothing.
    let id = sql!(
        db, scalar_optional i64,
        "INSERT INTO council_input (county_id, hearing_id, member_id, text, hide_name, approval, status, created_at, updated_at) \
         SELECT h.county_id, h.id, $1, $2, $3, $4, 'received', $5, $5 FROM council_hearing h \
         WHERE h.id = $6 AND h.county_id = $7 AND h.published_at IS NOT NULL AND h.deadline_at > $5 \
         RETURNING id",
        member.id, &input, hide_name, approval.as_str(), now, hearing_id, member.county_id
    )?;
    if let Some(id) = id {
        return Ok(Ok(id));
    }
    let exists = sql!(
        db, scalar_optional i64,
        "SELECT id FROM council_hearing WHERE id = $1 AND county_id = $2 AND published_at IS NOT NULL",
        hearing_id, member.county_id
    )?;
    match exists {
        Some(_) => Ok(Err(Refusal::Closed)),
        None => Err(DomainError::NotFound),
    }
}

/// Changes one's own input before the deadline, as long as OT has not answered it. A minor's
/// edited input waits for approval again (an approval was of the old text), and edited input
/// leaves the public page until the coordinator publishes it again.
pub async fn edit(
    db: &Db,
    member: &Member,
    input_id: i64,
    input: &str,
    hide_name: bool,
    now: DateTime<Utc>,
) -> DomainResult<Result<(), Refusal>> {
    let member = as_member!(db, member, now);
    let input = text(input, "text", TEXT_MAX, false)?;
    let again = member.is_minor(now);
    let changed = sql!(
        db, execute,
        "UPDATE council_input SET text = $2, hide_name = $3, \
         approval = CASE WHEN $4 THEN 'pending' ELSE approval END, \
         approved_at = CASE WHEN $4 THEN NULL ELSE approved_at END, \
         approved_by = CASE WHEN $4 THEN NULL ELSE approved_by END, \
         published = FALSE, updated_at = $5 \
         WHERE id = $6 AND member_id = $1 AND withdrawn_at IS NULL AND answer IS NULL \
         AND EXISTS (SELECT 1 FROM council_hearing h WHERE h.id = council_input.hearing_id AND h.deadline_at > $5)",
        member.id, &input, hide_name, again, now, input_id
    )?;
    if changed == 1 {
        return Ok(Ok(()));
    }
    refused(db, &member, input_id, now, true).await
}

/// Why a change of one's own input changed nothing.
async fn refused(
    db: &Db,
    member: &Member,
    input_id: i64,
    now: DateTime<Utc>,
    answer_matters: bool,
) -> DomainResult<Result<(), Refusal>> {
    match standing(db, member, input_id, now).await? {
        Some(s) if s.member_id == member.id => Ok(Err(if !s.open {
            Refusal::Closed
        } else if answer_matters && s.answered {
            Refusal::NotAllowed
        } else {
            Refusal::Closed
        })),
        _ => Err(DomainError::NotFound),
    }
}

/// Withdraws one's own input before the deadline: nobody sees it any more, the public page
/// included; the coordinator still does (marked withdrawn).
pub async fn withdraw(
    db: &Db,
    member: &Member,
    input_id: i64,
    now: DateTime<Utc>,
) -> DomainResult<Result<(), Refusal>> {
    let member = as_member!(db, member, now);
    let changed = sql!(
        db, execute,
        "UPDATE council_input SET withdrawn_at = $2, published = FALSE, updated_at = $2 \
         WHERE id = $3 AND member_id = $1 AND withdrawn_at IS NULL \
         AND EXISTS (SELECT 1 FROM council_hearing h WHERE h.id = council_input.hearing_id AND h.deadline_at > $2)",
        member.id, now, input_id
    )?;
    if changed == 1 {
        return Ok(Ok(()));
    }
    refused(db, &member, input_id, now, false).await
}

/// Supports another member's input, once (supporting again changes nothing); not one's own
/// (`NotAllowed`), not after the deadline (`Closed`), and only input the member can see.
pub async fn support(
    db: &Db,
    member: &Member,
    input_id: i64,
    now: DateTime<Utc>,
) -> DomainResult<Result<(), Refusal>> {
    let member = as_member!(db, member, now);
    let added = sql!(
        db,
        execute,
        "INSERT INTO council_support (input_id, member_id, created_at) \
         SELECT i.id, $1, $3 FROM council_input i JOIN council_hearing h ON h.id = i.hearing_id \
         WHERE i.id = $2 AND i.county_id = $4 AND i.member_id <> $1 AND i.withdrawn_at IS NULL \
         AND i.approval <> 'pending' AND i.hidden_at IS NULL \
         AND h.published_at IS NOT NULL AND h.deadline_at > $3 \
         ON CONFLICT DO NOTHING",
        member.id,
        input_id,
        now,
        member.county_id
    )?;
    if added == 1 {
        return Ok(Ok(()));
    }
    match standing(db, &member, input_id, now).await? {
        None => Err(DomainError::NotFound),
        Some(s) if s.member_id == member.id => Ok(Err(Refusal::NotAllowed)),
        Some(s) if !s.open => Ok(Err(Refusal::Closed)),
        // Supported already.
        Some(_) => Ok(Ok(())),
    }
}

/// Takes one's support back, before the deadline.
pub async fn unsupport(
    db: &Db,
    member: &Member,
    input_id: i64,
    now: DateTime<Utc>,
) -> DomainResult<Result<(), Refusal>> {
    let member = as_member!(db, member, now);
    let removed = sql!(
        db,
        execute,
        "DELETE FROM council_support WHERE input_id = $1 AND member_id = $2 \
         AND EXISTS (SELECT 1 FROM council_input i JOIN council_hearing h ON h.id = i.hearing_id \
                     WHERE i.id = $1 AND h.deadline_at > $3)",
        input_id,
        member.id,
        now
    )?;
    if removed == 1 {
        return Ok(Ok(()));
    }
    match standing(db, &member, input_id, now).await? {
        None => Err(DomainError::NotFound),
        Some(s) if !s.open => Ok(Err(Refusal::Closed)),
        // There was no support to take back.
        Some(_) => Ok(Ok(())),
    }
}

/// The input of one published hearing that this member may see, with the comments they may
/// see, oldest first.
pub async fn for_member(
    db: &Db,
    member: &Member,
    hearing_id: i64,
    now: DateTime<Utc>,
) -> DomainResult<Result<Vec<InputForMember>, Refusal>> {
    let member = as_member!(db, member, now);
    let found = sql!(
        db, scalar_optional i64,
        "SELECT id FROM council_hearing WHERE id = $1 AND county_id = $2 AND published_at IS NOT NULL",
        hearing_id, member.county_id
    )?;
    if found.is_none() {
        return Err(DomainError::NotFound);
    }
    // Another member's name is chosen here, in SQL: when hidden, it is never read out.
    let mut inputs = sql!(
        db, fetch_all InputForMember,
        "SELECT i.id, i.hearing_id, i.text, \
         CASE WHEN i.member_id = $1 OR NOT i.hide_name THEN m.first_name END AS author, \
         i.member_id = $1 AS own, i.hide_name, i.approval = 'pending' AS pending, \
         i.hidden_at IS NOT NULL AS hidden, CASE WHEN i.member_id = $1 THEN i.hidden_reason END AS hidden_reason, \
         i.status, os.label AS own_status, i.answer, i.answered_at, \
         (SELECT COUNT(*) FROM council_support s WHERE s.input_id = i.id) AS supports, \
         EXISTS (SELECT 1 FROM council_support s WHERE s.input_id = i.id AND s.member_id = $1) AS supported_by_me, \
         i.created_at, i.updated_at \
         FROM council_input i JOIN council_member m ON m.id = i.member_id \
         LEFT JOIN council_own_status os ON os.id = i.own_status_id \
         WHERE i.hearing_id = $2 AND i.county_id = $3 AND i.withdrawn_at IS NULL \
         AND (i.member_id = $1 OR (i.approval <> 'pending' AND i.hidden_at IS NULL)) \
         ORDER BY i.created_at, i.id",
        member.id, hearing_id, member.county_id
    )?;
    let mut comments = comment::visible_in_hearing(db, &member, hearing_id).await?;
    for input in &mut inputs {
        let (theirs, rest): (Vec<_>, Vec<_>) =
            comments.into_iter().partition(|c| c.input_id == input.id);
        input.comments = theirs;
        comments = rest;
    }
    Ok(Ok(inputs))
}

const FOR_COORDINATOR: &str = "SELECT i.id, i.hearing_id, h.title AS hearing_title, i.member_id, m.first_name, m.birth_year, \
     i.text, i.hide_name, i.approval, i.hidden_at, i.hidden_reason, i.withdrawn_at, i.status, \
     i.own_status_id, os.label AS own_status, i.answer, \
     i.answered_at, i.answered_by, i.answer_version, i.published, \
     (SELECT COUNT(*) FROM council_support s WHERE s.input_id = i.id) AS supports, \
     (SELECT COUNT(*) FROM council_report r WHERE r.input_id = i.id AND r.handled_at IS NULL) AS open_reports, \
     i.created_at, i.updated_at \
     FROM council_input i JOIN council_member m ON m.id = i.member_id JOIN council_hearing h ON h.id = i.hearing_id \
     LEFT JOIN council_own_status os ON os.id = i.own_status_id";

fn with_days_waiting(mut input: InputForCoordinator, now: DateTime<Utc>) -> InputForCoordinator {
    input.days_waiting = (input.answered_at.unwrap_or(now) - input.created_at)
        .num_days()
        .max(0);
    input
}

/// The county's input, of one hearing or all, oldest first, each with the days it has waited.
pub async fn for_coordinator(
    db: &Db,
    coordinator: &Staff,
    hearing_id: Option<i64>,
    now: DateTime<Utc>,
) -> DomainResult<Result<Vec<InputForCoordinator>, Refusal>> {
    as_coordinator!(db, coordinator);
    let q = format!(
        "{FOR_COORDINATOR} WHERE i.county_id = $1 AND ($2 IS NULL OR i.hearing_id = $2) ORDER BY i.created_at, i.id"
    );
    let names = member_names(db, coordinator.county_id).await?;
    Ok(Ok(
        sql!(db, fetch_all InputForCoordinator, &q, coordinator.county_id, hearing_id)?
            .into_iter()
            .map(|i| with_names(with_days_waiting(i, now), &names))
            .collect(),
    ))
}

pub async fn get_for_coordinator(
    db: &Db,
    coordinator: &Staff,
    input_id: i64,
    now: DateTime<Utc>,
) -> DomainResult<Result<InputForCoordinator, Refusal>> {
    as_coordinator!(db, coordinator);
    let q = format!("{FOR_COORDINATOR} WHERE i.id = $1 AND i.county_id = $2");
    let input = sql!(db, fetch_optional InputForCoordinator, &q, input_id, coordinator.county_id)?
        .ok_or(DomainError::NotFound)?;
    let names = member_names(db, coordinator.county_id).await?;
    Ok(Ok(with_names(with_days_waiting(input, now), &names)))
}

/// Gives (or changes) OT's answer: the status becomes `status` (answered, acted on or not
/// acted on), and one message to the member is enqueued in the same transaction, written by
/// `compose` in the member's language. The domain sets the message's idempotency key
/// (`council-answer:{input}:{version}`), channel and recipient, so each answer is sent once
/// and to the member's own address. Withdrawn input cannot be answered
/// (`Conflict("withdrawn")`).
pub async fn answer(
    db: &Db,
    coordinator: &Staff,
    input_id: i64,
    status: InputStatus,
    answer: &str,
    compose: impl Fn(&AnswerNotice) -> NewMessage,
    now: DateTime<Utc>,
) -> DomainResult<Result<(), Refusal>> {
    as_coordinator!(db, coordinator);
    if !status.is_answered() {
        return Err(DomainError::Invalid {
            field: "status",
            reason: "not_an_answer",
        });
    }
    let answer = text(answer, "answer", ANSWER_MAX, false)?;
    #[derive(sqlx::FromRow)]
    struct Recipient {
        hearing_id: i64,
        hearing_title: String,
        first_name: String,
        mobile: Option<String>,
        email: Option<String>,
        language: String,
    }
    write_transaction!(db, |tx| {
        let r = sqlx::query_as::<_, Recipient>(
            "SELECT h.id AS hearing_id, h.title AS hearing_title, m.first_name, m.mobile, m.email, m.language \
             FROM council_input i JOIN council_member m ON m.id = i.member_id JOIN council_hearing h ON h.id = i.hearing_id \
             WHERE i.id = $1 AND i.county_id = $2",
        )
        .bind(input_id)
        .bind(coordinator.county_id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(DomainError::NotFound)?;
        // The same answer again (a double click, a resent form, fifty at once) is not a new
        // version and sends nothing: the row changes only if the answer or status differs, and
        // PostgreSQL checks that again once a concurrent writer's change is committed.
        let version: Option<i64> = sqlx::query_scalar(
            "UPDATE council_input SET status = $1, answer = $2, answered_at = COALESCE(answered_at, $3), \
             answered_by = $4, answer_version = answer_version + 1, updated_at = $3 \
             WHERE id = $5 AND withdrawn_at IS NULL \
             AND (status <> $1 OR answer IS NULL OR answer <> $2) RETURNING answer_version",
        )
        .bind(status.as_str())
        .bind(&answer)
        .bind(now)
        .bind(coordinator.id)
        .bind(input_id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(version) = version else {
            let withdrawn: bool = sqlx::query_scalar(
                "SELECT withdrawn_at IS NOT NULL FROM council_input WHERE id = $1",
            )
            .bind(input_id)
            .fetch_one(&mut *tx)
            .await?;
            if withdrawn {
                return Err(DomainError::Conflict("withdrawn"));
            }
            return Ok(Ok(()));
        };
        let (channel, recipient) = match (r.mobile, r.email) {
            (Some(mobile), _) => (Channel::Sms, mobile),
            (None, Some(email)) => (Channel::Email, email),
            (None, None) => return Err(DomainError::Conflict("no contact")),
        };
        let notice = AnswerNotice {
            input_id,
            hearing_id: r.hearing_id,
            hearing_title: r.hearing_title,
            status,
            version,
            first_name: r.first_name,
            language: r.language,
            channel,
            recipient: recipient.clone(),
        };
        let message = NewMessage {
            idempotency_key: format!("council-answer:{input_id}:{version}"),
            channel: channel.as_str().to_string(),
            recipient,
            ..compose(&notice)
        };
        enqueue_in!(&mut *tx, coordinator.county_id, None::<i64>, &message, now);
        let event = NewAuditEvent::change(
            coordinator.county_id,
            Some(coordinator.id),
            "council.input.answer",
            ("council_input", input_id.to_string()),
            None,
            format!("status {}; version {version}", status.as_str()),
        );
        audit::record_in!(&mut *tx, &event, now);
    });
    Ok(Ok(()))
}

/// Moves an input's status without a new answer: to received or considering while it has no
/// answer (`Conflict("answered")` after), or between answered, acted on and not acted on once
/// it has one (`Conflict("no answer")` before: use [`answer`]). No message is sent.
/// `own_status` is the coordinator's own status beside it (or none): one in use of the county,
/// or the retired one the input already carries (`Invalid { field: "own_status" }` otherwise).
pub async fn set_status(
    db: &Db,
    coordinator: &Staff,
    input_id: i64,
    status: InputStatus,
    own_status: Option<i64>,
    now: DateTime<Utc>,
) -> DomainResult<Result<(), Refusal>> {
    as_coordinator!(db, coordinator);
    let (condition, conflict) = if status.is_answered() {
        ("answer IS NOT NULL", "no answer")
    } else {
        ("answer IS NULL", "answered")
    };
    let q = format!(
        "UPDATE council_input SET status = $1, own_status_id = $2, updated_at = $3 \
         WHERE id = $4 AND county_id = $5 AND {condition}"
    );
    write_transaction!(db, |tx| {
        if let Some(own) = own_status {
            let usable: Option<i64> = sqlx::query_scalar(
                "SELECT s.id FROM council_own_status s WHERE s.id = $1 AND s.county_id = $2 \
                 AND (s.retired_at IS NULL OR s.id IN \
                   (SELECT own_status_id FROM council_input WHERE id = $3 AND own_status_id IS NOT NULL))",
            )
            .bind(own)
            .bind(coordinator.county_id)
            .bind(input_id)
            .fetch_optional(&mut *tx)
            .await?;
            if usable.is_none() {
                return Err(DomainError::Invalid {
                    field: "own_status",
                    reason: "unknown",
                });
            }
        }
        let changed = sqlx::query(&q)
            .bind(status.as_str())
            .bind(own_status)
            .bind(now)
            .bind(input_id)
            .bind(coordinator.county_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if changed == 0 {
            let exists: Option<i64> =
                sqlx::query_scalar("SELECT id FROM council_input WHERE id = $1 AND county_id = $2")
                    .bind(input_id)
                    .bind(coordinator.county_id)
                    .fetch_optional(&mut *tx)
                    .await?;
            return Err(match exists {
                Some(_) => DomainError::Conflict(conflict),
                None => DomainError::NotFound,
            });
        }
        let event = NewAuditEvent::change(
            coordinator.county_id,
            Some(coordinator.id),
            "council.input.status",
            ("council_input", input_id.to_string()),
            None,
            match own_status {
                Some(own) => format!("status {}; own status {own}", status.as_str()),
                None => format!("status {}", status.as_str()),
            },
        );
        audit::record_in!(&mut *tx, &event, now);
    });
    Ok(Ok(()))
}

/// Puts an input on the public page (without any name), or takes it off. Hidden, withdrawn or
/// unapproved input cannot be published (`Conflict("not publishable")`).
pub async fn set_published(
    db: &Db,
    coordinator: &Staff,
    input_id: i64,
    publication: Publication,
    now: DateTime<Utc>,
) -> DomainResult<Result<(), Refusal>> {
    as_coordinator!(db, coordinator);
    let published = publication != Publication::Off;
    // A member's name in what goes public is published only when the coordinator has seen the
    // warning and confirmed it (the answer is published as written).
    if publication == Publication::On {
        let input = get_for_coordinator(db, coordinator, input_id, now).await?;
        if let Ok(input) = input {
            if !input.names_mentioned.is_empty() {
                return Err(DomainError::Invalid {
                    field: "published",
                    reason: "names_member",
                });
            }
        }
    }
    write_transaction!(db, |tx| {
        let changed = sqlx::query(
            "UPDATE council_input SET published = $1, updated_at = $2 WHERE id = $3 AND county_id = $4 \
             AND (NOT $1 OR (hidden_at IS NULL AND withdrawn_at IS NULL AND approval <> 'pending'))",
        )
        .bind(published)
        .bind(now)
        .bind(input_id)
        .bind(coordinator.county_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed == 0 {
            let exists: Option<i64> =
                sqlx::query_scalar("SELECT id FROM council_input WHERE id = $1 AND county_id = $2")
                    .bind(input_id)
                    .bind(coordinator.county_id)
                    .fetch_optional(&mut *tx)
                    .await?;
            return Err(match exists {
                Some(_) => DomainError::Conflict("not publishable"),
                None => DomainError::NotFound,
            });
        }
        let action = if published {
            "council.input.publish"
        } else {
            "council.input.unpublish"
        };
        let event = NewAuditEvent::change(
            coordinator.county_id,
            Some(coordinator.id),
            action,
            ("council_input", input_id.to_string()),
            None,
            String::new(),
        );
        audit::record_in!(&mut *tx, &event, now);
    });
    Ok(Ok(()))
}

/// What the coordinator asks of an input's publication.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Publication {
    /// Off the public page.
    Off,
    /// On it; refused while the text or answer mentions a member's name.
    On,
    /// On it, a mentioned name seen and confirmed.
    OnWithNames,
}

/// The input the coordinator has published, for the public page: the hearing, the text, the
/// status and the answer, never a name. Newest hearing first.
pub async fn published(db: &Db, county_id: i64) -> DomainResult<Vec<PublishedInput>> {
    Ok(sql!(
        db, fetch_all PublishedInput,
        "SELECT i.id, i.hearing_id, h.title AS hearing_title, i.text, i.status, os.label AS own_status, \
         i.answer, i.answered_at \
         FROM council_input i JOIN council_hearing h ON h.id = i.hearing_id \
         LEFT JOIN council_own_status os ON os.id = i.own_status_id \
         WHERE i.county_id = $1 AND i.published AND i.hidden_at IS NULL AND i.withdrawn_at IS NULL \
         AND i.approval <> 'pending' AND h.published_at IS NOT NULL \
         ORDER BY h.deadline_at DESC, h.id DESC, i.created_at, i.id",
        county_id
    )?)
}

/// How many inputs have waited `days` days or more without an answer (withdrawn and hidden
/// input waits for nothing), for the coordinator's workplace page.
pub async fn overdue_count(
    db: &Db,
    county_id: i64,
    days: i64,
    now: DateTime<Utc>,
) -> DomainResult<i64> {
    Ok(sql!(
        db, scalar i64,
        "SELECT COUNT(*) FROM council_input WHERE county_id = $1 AND answer IS NULL \
         AND withdrawn_at IS NULL AND hidden_at IS NULL AND created_at <= $2",
        county_id, now - Duration::days(days)
    )?)
}

#[cfg(test)]
mod names {
    use super::mentioned_names;

    #[test]
    fn a_name_counts_as_a_whole_word_whatever_its_case() {
        let names = ["Amir", "Anne Marie", "Ida"].map(String::from);
        assert_eq!(mentioned_names("Takk, Amir!", &names), ["Amir"]);
        assert_eq!(mentioned_names("takk, AMIR.", &names), ["Amir"]);
        assert!(mentioned_names("Takk, Amirah og Idar!", &names).is_empty());
        assert_eq!(
            mentioned_names("Hei anne marie og Ida", &names),
            ["Anne Marie", "Ida"]
        );
        assert!(mentioned_names("Anne og Marie", &names).is_empty());
        assert!(mentioned_names("", &names).is_empty());
    }
}
