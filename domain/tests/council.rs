//! The OT-råd: applications, terms, one-time login codes, hearing deadlines (across a
//! daylight-saving change), moderation visibility, anonymity, statuses and answers, meetings,
//! the year plan, and who may do what — on a fresh SQLite file and a fresh PostgreSQL database
//! per test. Expected values are written out by hand.

use std::sync::atomic::{AtomicU32, Ordering};

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};
use domain::{
    council::{
        self,
        application::{self, ApplicationPolicy, ApplicationState, DecisionNotice, NewApplication},
        comment,
        hearing::{self, HearingDraft},
        input::{self, AnswerNotice, InputStatus},
        login::{self, LoginCode, LoginPolicy},
        meeting::{self, MeetingDraft},
        member, member_session,
        moderation::{self, Item},
        own_status,
        plan::{self, PlanKind},
        Approval, Channel, CouncilRole, Member, Refusal,
    },
    county::{self, NewCounty},
    demo,
    error::DomainResult,
    outbox::NewMessage,
    retention::{self, RetentionPolicy},
    session::{self, SessionPolicy},
    staff::{self, NewStaff, Role, Staff},
    Db, DomainError,
};

#[macro_use]
mod support;
use support::{audit_trail, count, postgres, sqlite};

on_both!(
    applications_reach_the_council_coordinator_and_are_throttled_per_address,
    terms_decide_who_is_a_member_and_alumni_are_kept,
    login_codes_expire_work_once_and_count_their_tries,
    login_is_throttled_per_address_and_per_member_and_tells_nobody_who_is_a_member,
    a_member_gets_at_most_ten_login_codes_a_day_from_any_number_of_addresses,
    a_link_logs_in_once_and_member_sessions_are_not_staff_sessions,
    nothing_changes_at_or_after_the_deadline_even_across_a_dst_change,
    a_minors_input_is_invisible_to_other_members_until_approved,
    hidden_content_reaches_only_its_author_and_the_coordinator,
    an_answer_that_names_a_member_is_published_only_when_confirmed,
    reports_are_one_per_member_and_item_and_every_moderation_step_is_audited,
    another_member_never_receives_the_name_of_an_author_who_hid_it,
    every_input_gets_a_status_and_the_answer_message_goes_once_in_the_members_language,
    days_waiting_and_overdue_input,
    the_coordinators_own_statuses_stand_beside_the_fixed_ones,
    only_an_active_council_coordinator_of_the_county_may_act,
    ex_members_and_signed_out_visitors_can_do_nothing,
    meetings_minutes_and_the_year_plan,
    the_demo_council_is_seeded_once,
    retention_forgets_council_codes_sessions_and_decided_applications,
);

// ---------------------------------------------------------------------------------------------
// Helpers

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

/// A Europe/Oslo wall-clock time (`2026-10-25 12:00`) as an instant.
fn oslo(local: &str) -> DateTime<Utc> {
    council::oslo_to_utc(
        NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M").unwrap(),
        "test",
    )
    .unwrap()
}

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// Both results unwrapped: the call must succeed and not be refused.
fn ok<T>(result: DomainResult<Result<T, Refusal>>) -> T {
    match result {
        Ok(Ok(value)) => value,
        Ok(Err(refusal)) => panic!("refused: {refusal:?}"),
        Err(error) => panic!("failed: {error:?}"),
    }
}

/// The refusal, which there must be.
fn refusal<T>(result: DomainResult<Result<T, Refusal>>) -> Refusal {
    match result {
        Ok(Err(refusal)) => refusal,
        Ok(Ok(_)) => panic!("not refused"),
        Err(error) => panic!("failed: {error:?}"),
    }
}

/// The domain error, which there must be.
fn error<T>(result: DomainResult<Result<T, Refusal>>) -> DomainError {
    match result {
        Err(error) => error,
        Ok(Ok(_)) => panic!("succeeded"),
        Ok(Err(refusal)) => panic!("refused: {refusal:?}"),
    }
}

fn notice(coordinator: &Staff, application_id: i64) -> NewMessage {
    NewMessage {
        idempotency_key: format!("council-application:{application_id}:{}", coordinator.id),
        channel: "email".into(),
        recipient: coordinator.email.clone(),
        subject: "Ny søknad til OT-rådet".into(),
        body: "En ny søknad venter på deg.".into(),
        attachment: None,
    }
}

/// The code and the link token in the body, the language in the subject.
fn code_message(c: &LoginCode) -> NewMessage {
    NewMessage {
        idempotency_key: format!("council-login:{}", c.link_token),
        channel: c.channel.as_str().into(),
        recipient: c.recipient.clone(),
        subject: format!("[{}] Innloggingskode", c.language),
        body: format!("{} {}", c.code, c.link_token),
        attachment: None,
    }
}

/// The domain fills in the key, channel and recipient; these values must not survive.
fn answer_message(n: &AnswerNotice) -> NewMessage {
    NewMessage {
        idempotency_key: "set by the domain".into(),
        channel: "set by the domain".into(),
        recipient: "set by the domain".into(),
        subject: format!("[{}] Svar fra OT", n.language),
        body: format!("Hei {}! OT har svart på innspillet ditt.", n.first_name),
        attachment: None,
    }
}

/// The coordinator's decision, told to the applicant; the domain fills in key, channel, recipient.
fn decision_message(n: &DecisionNotice) -> NewMessage {
    let (subject, body) = if n.admitted {
        ("ja", "Velkommen.")
    } else {
        ("nei", "Ikke denne gangen.")
    };
    NewMessage {
        idempotency_key: "set by the domain".into(),
        channel: "set by the domain".into(),
        recipient: "set by the domain".into(),
        subject: format!("[{}] {subject}", n.language),
        body: format!("Hei {}! {body}", n.first_name),
        attachment: None,
    }
}

#[derive(Debug, PartialEq, Eq, sqlx::FromRow)]
struct Sent {
    idempotency_key: String,
    channel: String,
    recipient: String,
    subject: String,
    body: String,
}

async fn outbox(db: &Db) -> Vec<Sent> {
    let q =
        "SELECT idempotency_key, channel, recipient, subject, body FROM outbox_message ORDER BY id";
    match db {
        Db::Sqlite(p) => sqlx::query_as(q).fetch_all(p).await.unwrap(),
        Db::Postgres(p) => sqlx::query_as(q).fetch_all(p).await.unwrap(),
    }
}

/// A client address nobody else in the test uses.
fn fresh_ip() -> String {
    static N: AtomicU32 = AtomicU32::new(1);
    let n = N.fetch_add(1, Ordering::Relaxed);
    format!("198.51.{}.{}", n / 250, n % 250)
}

/// Before every hearing deadline of the tests: Tuesday 20 October 2026, 10:00 in Oslo.
fn now() -> DateTime<Utc> {
    at("2026-10-20T08:00:00Z")
}

fn application(
    first_name: &str,
    birth_year: i32,
    mobile: Option<&str>,
    email: Option<&str>,
    language: &str,
) -> NewApplication {
    NewApplication {
        first_name: first_name.into(),
        birth_year,
        mobile: mobile.map(Into::into),
        email: email.map(Into::into),
        reason: "Jeg vil at OT skal høre på oss.".into(),
        contact_channel: if mobile.is_some() {
            Channel::Sms
        } else {
            Channel::Email
        },
        language: language.into(),
    }
}

struct Council {
    county_id: i64,
    /// The council coordinator.
    rita: Staff,
    /// 22, leader, mobile, writes in nb.
    sara: Member,
    /// 20, mobile.
    emil: Member,
    /// 17: a minor.
    nora: Member,
    /// 23, mobile, writes in ar, hides his name.
    yusuf: Member,
    /// 21, e-mail only, writes in en.
    linnea: Member,
    /// Published, deadline Sunday 25 October 2026 12:00 Oslo (the day clocks go back).
    hearing: i64,
}

async fn join(db: &Db, county_id: i64, coordinator: &Staff, new: &NewApplication) -> Member {
    let applied = ok(application::submit(
        db,
        county_id,
        new,
        &fresh_ip(),
        &ApplicationPolicy::default(),
        notice,
        now(),
    )
    .await);
    ok(member::admit(
        db,
        coordinator,
        applied.id,
        CouncilRole::Member,
        date("2026-08-01"),
        date("2027-07-31"),
        &decision_message,
        now(),
    )
    .await)
}

async fn council_coordinator(db: &Db, county_id: i64, name: &str, email: &str) -> Staff {
    staff::create(
        db,
        county_id,
        &NewStaff {
            full_name: name,
            email,
            role: Role::CouncilCoordinator,
            department_ids: &[],
        },
        None,
    )
    .await
    .unwrap()
}

async fn council(db: &Db) -> Council {
    let county = demo::seed(db).await.unwrap();
    let rita = council_coordinator(db, county.id, "Rita Rådsen", "rita.radsen@example.no").await;
    let sara = join(
        db,
        county.id,
        &rita,
        &application("Sara", 2004, Some("912 34 567"), None, "nb"),
    )
    .await;
    let sara = ok(member::update(
        db,
        &rita,
        sara.id,
        CouncilRole::Leader,
        sara.term_from,
        sara.term_to,
        now(),
    )
    .await);
    let emil = join(
        db,
        county.id,
        &rita,
        &application("Emil", 2006, Some("+47 922 22 222"), None, "nn"),
    )
    .await;
    let nora = join(
        db,
        county.id,
        &rita,
        &application("Nora", 2009, Some("93333333"), None, "nb"),
    )
    .await;
    let yusuf = join(
        db,
        county.id,
        &rita,
        &application("Yusuf", 2003, Some("94444444"), None, "ar"),
    )
    .await;
    let linnea = join(
        db,
        county.id,
        &rita,
        &application("Linnea", 2005, None, Some("Linnea@Example.no"), "en"),
    )
    .await;
    let hearing = ok(hearing::create(
        db,
        &rita,
        &HearingDraft {
            title: "Kontakt fra OT".into(),
            question: "Hvordan vil du at OT tar kontakt?".into(),
            background: "Mange svarer ikke.".into(),
            deadline_at: oslo("2026-10-25 12:00"),
        },
        now(),
    )
    .await);
    ok(hearing::publish(db, &rita, hearing.id, now()).await);
    Council {
        county_id: county.id,
        rita,
        sara,
        emil,
        nora,
        yusuf,
        linnea,
        hearing: hearing.id,
    }
}

async fn visible_texts(db: &Db, member: &Member, hearing: i64, now: DateTime<Utc>) -> Vec<String> {
    ok(input::for_member(db, member, hearing, now).await)
        .into_iter()
        .map(|i| i.text)
        .collect()
}

async fn council_trail(db: &Db, county_id: i64) -> Vec<(String, String)> {
    audit_trail(db, county_id)
        .await
        .into_iter()
        .filter(|(action, _)| {
            action.starts_with("council.input.approve")
                || action.starts_with("council.comment.approve")
                || action.ends_with(".hide")
                || action.ends_with(".restore")
                || action.ends_with(".report")
                || action == "council.report.handle"
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Applications

async fn applications_reach_the_council_coordinator_and_are_throttled_per_address(db: &Db) {
    let county = demo::seed(db).await.unwrap();
    let rita = council_coordinator(db, county.id, "Rita Rådsen", "rita.radsen@example.no").await;
    let tor = council_coordinator(db, county.id, "Tor Rådsen", "tor.radsen@example.no").await;
    // A council coordinator who has left gets nothing.
    let gone = council_coordinator(db, county.id, "Gunn Gått", "gunn.gatt@example.no").await;
    staff::set_active(db, county.id, gone.id, false, None)
        .await
        .unwrap();
    let policy = ApplicationPolicy::default();

    // Every problem at once, for the error summary; the first one is the error.
    let bad = NewApplication {
        first_name: "www.example.com".into(),
        birth_year: 1990,
        mobile: None,
        email: Some("not an address".into()),
        reason: "x".repeat(1001),
        contact_channel: Channel::Sms,
        language: "de".into(),
    };
    let problems: Vec<(&str, &str)> = application::validate(&bad, now())
        .into_iter()
        .map(|p| (p.field, p.reason))
        .collect();
    assert_eq!(
        problems,
        [
            ("first_name", "not_a_name"),
            ("birth_year", "implausible"),
            ("email", "invalid"),
            ("mobile", "needed_for_channel"),
            ("reason", "too_long"),
            ("language", "unknown"),
        ]
    );
    assert!(matches!(
        error(application::submit(db, county.id, &bad, "10.0.0.1", &policy, notice, now()).await),
        DomainError::Invalid {
            field: "first_name",
            reason: "not_a_name"
        }
    ));
    // Age 13 and 30 (by birth year) are believable, 12 and 31 are not; a reason may be empty.
    for (birth_year, fine) in [(2013, true), (1996, true), (2014, false), (1995, false)] {
        let new = NewApplication {
            birth_year,
            reason: String::new(),
            ..application("Aida", 2000, Some("41234567"), None, "nb")
        };
        assert_eq!(
            application::validate(&new, now()).is_empty(),
            fine,
            "{birth_year}"
        );
    }
    // E-mail as the channel needs an e-mail.
    let no_email = NewApplication {
        contact_channel: Channel::Email,
        ..application("Aida", 2008, Some("41234567"), None, "nb")
    };
    assert_eq!(
        application::validate(&no_email, now())
            .into_iter()
            .map(|p| (p.field, p.reason))
            .collect::<Vec<_>>(),
        [("email", "needed_for_channel")]
    );
    assert!(outbox(db).await.is_empty(), "nothing invalid is sent");

    // Five applications an hour from one address; the sixth waits, another address does not.
    let mut ids = Vec::new();
    for (i, name) in ["Aida", "Bo", "Cato", "Dina", "Eli"]
        .into_iter()
        .enumerate()
    {
        let at = now() + Duration::minutes(i as i64);
        let new = application(name, 2008, Some(&format!("4123456{i}")), None, "nb");
        ids.push(
            ok(application::submit(db, county.id, &new, "10.0.0.1", &policy, notice, at).await).id,
        );
    }
    let sixth = application("Frida", 2008, Some("41234569"), None, "nb");
    assert_eq!(
        refusal(
            application::submit(
                db,
                county.id,
                &sixth,
                "10.0.0.1",
                &policy,
                notice,
                now() + Duration::minutes(10)
            )
            .await
        ),
        Refusal::Throttled
    );
    let frida = ok(application::submit(
        db,
        county.id,
        &sixth,
        "10.0.0.2",
        &policy,
        notice,
        now() + Duration::minutes(10),
    )
    .await);
    assert_eq!(frida.mobile.as_deref(), Some("+4741234569"));
    assert_eq!(frida.state, ApplicationState::New);
    // An hour after the first, the first address may send again.
    let later = application("Gro", 2008, None, Some("Gro@Example.no"), "en");
    let gro = ok(application::submit(
        db,
        county.id,
        &later,
        "10.0.0.1",
        &policy,
        notice,
        now() + Duration::minutes(61),
    )
    .await);
    assert_eq!(gro.email.as_deref(), Some("gro@example.no"));

    // Each application told both active council coordinators, nobody else.
    let sent = outbox(db).await;
    assert_eq!(sent.len(), 7 * 2);
    let recipients: std::collections::BTreeSet<&str> =
        sent.iter().map(|m| m.recipient.as_str()).collect();
    assert_eq!(
        recipients.into_iter().collect::<Vec<_>>(),
        ["rita.radsen@example.no", "tor.radsen@example.no"]
    );
    assert!(sent
        .iter()
        .all(|m| !m.body.contains("Aida") && m.body == "En ny søknad venter på deg."));

    // The coordinator's list: waiting ones first, newest first.
    let declined = ok(application::decline(
        db,
        &rita,
        ids[1],
        &decision_message,
        now() + Duration::hours(2),
    )
    .await);
    assert_eq!(declined.state, ApplicationState::Declined);
    let listed: Vec<(String, ApplicationState)> = ok(application::list(db, &tor).await)
        .into_iter()
        .map(|a| (a.first_name, a.state))
        .collect();
    assert_eq!(
        listed,
        [
            ("Gro".to_string(), ApplicationState::New),
            ("Frida".to_string(), ApplicationState::New),
            ("Eli".to_string(), ApplicationState::New),
            ("Dina".to_string(), ApplicationState::New),
            ("Cato".to_string(), ApplicationState::New),
            ("Aida".to_string(), ApplicationState::New),
            ("Bo".to_string(), ApplicationState::Declined),
        ]
    );
    // Decided is decided.
    assert!(matches!(
        error(application::decline(db, &rita, ids[1], &decision_message, now()).await),
        DomainError::Conflict("application decided")
    ));
    assert!(matches!(
        error(
            member::admit(
                db,
                &rita,
                ids[1],
                CouncilRole::Member,
                date("2026-08-01"),
                date("2027-07-31"),
                &decision_message,
                now()
            )
            .await
        ),
        DomainError::Conflict("application decided")
    ));
    assert!(matches!(
        error(application::decline(db, &rita, 999_999, &decision_message, now()).await),
        DomainError::NotFound
    ));
    // Bo was told, once, by the channel he chose and in his language.
    let told = |sent: Vec<Sent>| -> Vec<Sent> {
        sent.into_iter()
            .filter(|m| m.idempotency_key.starts_with("council-decision:"))
            .collect()
    };
    assert_eq!(
        told(outbox(db).await),
        [Sent {
            idempotency_key: format!("council-decision:{}", ids[1]),
            channel: "sms".into(),
            recipient: "+4741234561".into(),
            subject: "[nb] nei".into(),
            body: "Hei Bo! Ikke denne gangen.".into(),
        }]
    );
    // Gro is admitted: she is told, by e-mail and in English, in the admission's transaction.
    ok(member::admit(
        db,
        &rita,
        gro.id,
        CouncilRole::Member,
        date("2026-08-01"),
        date("2027-07-31"),
        &decision_message,
        now() + Duration::hours(3),
    )
    .await);
    let last = told(outbox(db).await).pop().unwrap();
    assert_eq!(
        last,
        Sent {
            idempotency_key: format!("council-decision:{}", gro.id),
            channel: "email".into(),
            recipient: "gro@example.no".into(),
            subject: "[en] ja".into(),
            body: "Hei Gro! Velkommen.".into(),
        }
    );
    let trail = audit_trail(db, county.id).await;
    assert!(trail.contains(&(
        "council.application.decline".to_string(),
        format!("council_application:{}", ids[1])
    )));
}

/// 3 codes an hour from fresh addresses every hour would be 72 messages and 360 guesses a day;
/// the daily cap stops at 10 codes (50 guesses), and the next day opens again.
async fn a_member_gets_at_most_ten_login_codes_a_day_from_any_number_of_addresses(db: &Db) {
    let c = council(db).await;
    let policy = LoginPolicy::default();
    let start = |at: DateTime<Utc>| {
        let db = db.clone();
        let county_id = c.county_id;
        async move {
            login::start(
                &db,
                county_id,
                "+4791234567",
                &fresh_ip(),
                &policy,
                code_message,
                at,
            )
            .await
        }
    };
    let mut sent = 0;
    for hour in 0..5 {
        for _ in 0..3 {
            if matches!(start(now() + Duration::hours(hour)).await, Ok(Ok(_))) {
                sent += 1;
            }
        }
    }
    assert_eq!(sent, 10, "ten in a day, whatever the addresses");
    assert_eq!(
        refusal(start(now() + Duration::hours(6)).await),
        Refusal::Throttled
    );
    assert!(matches!(
        start(now() + Duration::hours(25)).await,
        Ok(Ok(_))
    ));
}

// ---------------------------------------------------------------------------------------------
// Terms

async fn terms_decide_who_is_a_member_and_alumni_are_kept(db: &Db) {
    let county = demo::seed(db).await.unwrap();
    let rita = council_coordinator(db, county.id, "Rita Rådsen", "rita.radsen@example.no").await;
    let apply = |new: NewApplication| {
        let db = db.clone();
        async move {
            ok(application::submit(
                &db,
                county.id,
                &new,
                &fresh_ip(),
                &ApplicationPolicy::default(),
                notice,
                now(),
            )
            .await)
        }
    };
    let ida = apply(application("Ida", 2005, Some("45555555"), None, "nb")).await;
    // A term that ends before it begins, or is over already, is refused.
    assert!(matches!(
        error(
            member::admit(
                db,
                &rita,
                ida.id,
                CouncilRole::Member,
                date("2027-01-01"),
                date("2026-12-31"),
                &decision_message,
                now()
            )
            .await
        ),
        DomainError::Invalid {
            field: "term_to",
            reason: "before_term_from"
        }
    ));
    assert!(matches!(
        error(
            member::admit(
                db,
                &rita,
                ida.id,
                CouncilRole::Member,
                date("2025-08-01"),
                date("2026-07-31"),
                &decision_message,
                now()
            )
            .await
        ),
        DomainError::Invalid {
            field: "term_to",
            reason: "past"
        }
    ));
    // Ida's term begins on Sunday 1 November 2026 and ends on Wednesday 30 June 2027 (Oslo dates).
    let ida = ok(member::admit(
        db,
        &rita,
        ida.id,
        CouncilRole::Deputy,
        date("2026-11-01"),
        date("2027-06-30"),
        &decision_message,
        now(),
    )
    .await);
    assert_eq!(
        (
            ida.first_name.as_str(),
            ida.birth_year,
            ida.mobile.as_deref(),
            ida.role
        ),
        ("Ida", 2005, Some("+4745555555"), CouncilRole::Deputy)
    );
    // Her number cannot be admitted twice while her term runs.
    let again = apply(application("Ida", 2005, Some("45555555"), None, "nb")).await;
    assert!(matches!(
        error(
            member::admit(
                db,
                &rita,
                again.id,
                CouncilRole::Member,
                date("2026-11-01"),
                date("2027-06-30"),
                &decision_message,
                now()
            )
            .await
        ),
        DomainError::Conflict("already a member")
    ));

    let hearing = ok(hearing::create(
        db,
        &rita,
        &HearingDraft {
            title: "Vinter".into(),
            question: "Hva trenger du i vinter?".into(),
            background: String::new(),
            deadline_at: oslo("2027-03-01 12:00"),
        },
        now(),
    )
    .await);
    ok(hearing::publish(db, &rita, hearing.id, now()).await);
    let can = |at: DateTime<Utc>| {
        let db = db.clone();
        let ida = ida.clone();
        async move { hearing::for_member(&db, &ida, at).await.unwrap().is_ok() }
    };
    // 23:30 UTC on 31 October is 00:30 on 1 November in Oslo: the term has begun.
    assert!(!can(at("2026-10-31T22:59:59Z")).await, "before the term");
    assert!(
        can(at("2026-10-31T23:00:00Z")).await,
        "the term's first day in Oslo"
    );
    // 30 June 2027 is in summer time: the last day ends at 22:00 UTC.
    assert!(can(at("2027-06-30T21:59:59Z")).await, "the term's last day");
    assert!(!can(at("2027-06-30T22:00:00Z")).await, "after the term");

    // Before her term, Ida is listed as current (starting later), not on the public page.
    let names = |members: Vec<Member>| {
        members
            .into_iter()
            .map(|m| m.first_name)
            .collect::<Vec<_>>()
    };
    assert_eq!(names(ok(member::current(db, &rita, now()).await)), ["Ida"]);
    assert!(member::public(db, county.id, now())
        .await
        .unwrap()
        .is_empty());
    let public = member::public(db, county.id, oslo("2026-11-02 12:00"))
        .await
        .unwrap();
    assert_eq!(
        serde_json::to_value(&public).unwrap(),
        serde_json::json!([{ "first_name": "Ida", "role": "deputy" }]),
        "the public page gets first name and role, nothing more"
    );

    // A term ended early: sessions end, login sends nothing, she is an alumna.
    let during = oslo("2026-12-01 12:00");
    let started = ok(login::start(
        db,
        county.id,
        "45555555",
        &fresh_ip(),
        &LoginPolicy::default(),
        code_message,
        during,
    )
    .await);
    let code = outbox(db).await.last().unwrap().body[..6].to_string();
    let token = ok(login::with_code(
        db,
        &started.page_token,
        &code,
        &LoginPolicy::default(),
        during,
    )
    .await);
    assert!(
        member_session::resolve(db, &token, SessionPolicy::default(), during)
            .await
            .unwrap()
            .is_some()
    );
    let ended = ok(member::end_term(db, &rita, ida.id, during).await);
    assert_eq!(ended.ended_at, Some(during));
    assert!(
        member_session::resolve(db, &token, SessionPolicy::default(), during)
            .await
            .unwrap()
            .is_none()
    );
    let sent_before = outbox(db).await.len();
    ok(login::start(
        db,
        county.id,
        "45555555",
        &fresh_ip(),
        &LoginPolicy::default(),
        code_message,
        during,
    )
    .await);
    assert_eq!(
        outbox(db).await.len(),
        sent_before,
        "an ended term gets no code"
    );
    assert!(!can(during).await);
    assert!(names(ok(member::current(db, &rita, during).await)).is_empty());
    assert_eq!(names(ok(member::alumni(db, &rita, during).await)), ["Ida"]);
    assert!(member::public(db, county.id, during)
        .await
        .unwrap()
        .is_empty());
    // Ending it again changes nothing; her number may now be admitted anew.
    assert_eq!(
        ok(member::end_term(db, &rita, ida.id, during + Duration::hours(1)).await).ended_at,
        Some(during)
    );
    ok(member::admit(
        db,
        &rita,
        again.id,
        CouncilRole::Member,
        date("2026-12-01"),
        date("2027-06-30"),
        &decision_message,
        during,
    )
    .await);
    let ends: Vec<String> = audit_trail(db, county.id)
        .await
        .into_iter()
        .filter(|(action, _)| action == "council.member.end_term")
        .map(|(_, subject)| subject)
        .collect();
    assert_eq!(ends, [format!("council_member:{}", ida.id)]);

    // A term that ran out makes an alumna too.
    let ola = apply(application("Ola", 2004, Some("46666666"), None, "nb")).await;
    ok(member::admit(
        db,
        &rita,
        ola.id,
        CouncilRole::Member,
        date("2026-08-01"),
        date("2026-10-31"),
        &decision_message,
        now(),
    )
    .await);
    assert!(
        names(ok(member::alumni(db, &rita, oslo("2026-11-01 09:00")).await))
            .contains(&"Ola".to_string())
    );
    assert!(
        member_session::resolve(db, "unknown", SessionPolicy::default(), now())
            .await
            .unwrap()
            .is_none()
    );
}

// ---------------------------------------------------------------------------------------------
// Login

async fn login_codes_expire_work_once_and_count_their_tries(db: &Db) {
    let c = council(db).await;
    let policy = LoginPolicy::default();
    let start = |contact: &'static str, at: DateTime<Utc>| {
        let db = db.clone();
        async move {
            ok(login::start(
                &db,
                c.county_id,
                contact,
                &fresh_ip(),
                &LoginPolicy::default(),
                code_message,
                at,
            )
            .await)
            .page_token
        }
    };
    let last_code = || async { outbox(db).await.last().unwrap().body[..6].to_string() };

    // Sara types her number as she likes; the code goes by SMS in her language.
    let page = start("912 34 567", now()).await;
    let message = outbox(db).await.pop().unwrap();
    assert_eq!(
        (
            message.channel.as_str(),
            message.recipient.as_str(),
            message.subject.as_str()
        ),
        ("sms", "+4791234567", "[nb] Innloggingskode")
    );
    let code = last_code().await;
    let wrong = if code == "000000" { "111111" } else { "000000" };
    assert_eq!(
        refusal(login::with_code(db, &page, wrong, &policy, now()).await),
        Refusal::WrongCode { left: 4 }
    );
    // Right, 14 minutes 59 seconds later: a member session.
    let token =
        ok(login::with_code(db, &page, &code, &policy, now() + Duration::seconds(899)).await);
    let me = member_session::resolve(
        db,
        &token,
        SessionPolicy::default(),
        now() + Duration::minutes(15),
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!(me.id, c.sara.id);
    // It works once.
    assert_eq!(
        refusal(login::with_code(db, &page, &code, &policy, now()).await),
        Refusal::Gone
    );

    // At 15 minutes it is gone.
    let page = start("91234567", now()).await;
    let code = last_code().await;
    assert_eq!(
        refusal(login::with_code(db, &page, &code, &policy, now() + Duration::minutes(15)).await),
        Refusal::Gone
    );

    // Five wrong tries end it, even for the right code after.
    let page = start("Linnea@example.no ", now()).await;
    let message = outbox(db).await.pop().unwrap();
    assert_eq!(
        (
            message.channel.as_str(),
            message.recipient.as_str(),
            message.subject.as_str()
        ),
        ("email", "linnea@example.no", "[en] Innloggingskode")
    );
    let code = last_code().await;
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let mut answers = Vec::new();
    for _ in 0..5 {
        answers.push(refusal(
            login::with_code(db, &page, wrong, &policy, now()).await,
        ));
    }
    assert_eq!(
        answers,
        [
            Refusal::WrongCode { left: 4 },
            Refusal::WrongCode { left: 3 },
            Refusal::WrongCode { left: 2 },
            Refusal::WrongCode { left: 1 },
            Refusal::Gone,
        ]
    );
    assert_eq!(
        refusal(login::with_code(db, &page, &code, &policy, now()).await),
        Refusal::Gone
    );
    // An unknown page token is gone too; a contact that is neither is invalid.
    assert_eq!(
        refusal(login::with_code(db, "nonsense", &code, &policy, now()).await),
        Refusal::Gone
    );
    assert!(matches!(
        error(
            login::start(
                db,
                c.county_id,
                "hei",
                "10.1.1.1",
                &policy,
                code_message,
                now()
            )
            .await
        ),
        DomainError::Invalid {
            field: "contact",
            reason: "invalid"
        }
    ));
    // Stored only as hashes: neither the page token nor the code is in the table.
    let stored = count(
        db,
        &format!("SELECT COUNT(*) FROM council_login WHERE page_token_hash = '{page}' OR code_hash = '{code}'"),
    )
    .await;
    assert_eq!(stored, 0);
}

async fn login_is_throttled_per_address_and_per_member_and_tells_nobody_who_is_a_member(db: &Db) {
    let c = council(db).await;
    let policy = LoginPolicy::default();
    let before = outbox(db).await.len();

    // Someone who is no member gets a page token like anyone, and no message.
    let stranger = ok(login::start(
        db,
        c.county_id,
        "98765432",
        "10.2.0.1",
        &policy,
        code_message,
        now(),
    )
    .await);
    assert_eq!(stranger.page_token.len(), 43);
    assert_eq!(outbox(db).await.len(), before, "no message to a non-member");
    // Every code is wrong there, as a wrong code is for a member.
    assert_eq!(
        refusal(login::with_code(db, &stranger.page_token, "123456", &policy, now()).await),
        Refusal::WrongCode { left: 4 }
    );

    // Per member: three codes an hour, from whichever addresses.
    for ip in ["10.3.0.1", "10.3.0.2", "10.3.0.3"] {
        ok(login::start(
            db,
            c.county_id,
            "92222222",
            ip,
            &policy,
            code_message,
            now(),
        )
        .await);
    }
    assert_eq!(
        refusal(
            login::start(
                db,
                c.county_id,
                "+4792222222",
                "10.3.0.4",
                &policy,
                code_message,
                now()
            )
            .await
        ),
        Refusal::Throttled
    );
    assert_eq!(outbox(db).await.len(), before + 3);
    // … and the same for a number that is nobody's, so the limit tells nothing either.
    for ip in ["10.4.0.1", "10.4.0.2", "10.4.0.3"] {
        ok(login::start(
            db,
            c.county_id,
            "97777777",
            ip,
            &policy,
            code_message,
            now(),
        )
        .await);
    }
    assert_eq!(
        refusal(
            login::start(
                db,
                c.county_id,
                "97777777",
                "10.4.0.4",
                &policy,
                code_message,
                now()
            )
            .await
        ),
        Refusal::Throttled
    );
    // An hour later Emil may have a code again.
    ok(login::start(
        db,
        c.county_id,
        "92222222",
        "10.3.0.5",
        &policy,
        code_message,
        now() + Duration::minutes(61),
    )
    .await);

    // Per address: ten an hour, whoever they are for; another address is not held up.
    for i in 0..10 {
        ok(login::start(
            db,
            c.county_id,
            &format!("4800000{i}"),
            "10.5.0.1",
            &policy,
            code_message,
            now(),
        )
        .await);
    }
    assert_eq!(
        refusal(
            login::start(
                db,
                c.county_id,
                "93333333",
                "10.5.0.1",
                &policy,
                code_message,
                now()
            )
            .await
        ),
        Refusal::Throttled
    );
    let sent = outbox(db).await.len();
    ok(login::start(
        db,
        c.county_id,
        "93333333",
        "10.5.0.2",
        &policy,
        code_message,
        now(),
    )
    .await);
    assert_eq!(
        outbox(db).await.len(),
        sent + 1,
        "Nora's code from another address"
    );
}

async fn a_link_logs_in_once_and_member_sessions_are_not_staff_sessions(db: &Db) {
    let c = council(db).await;
    let policy = LoginPolicy::default();
    let started = ok(login::start(
        db,
        c.county_id,
        "94444444",
        "10.6.0.1",
        &policy,
        code_message,
        now(),
    )
    .await);
    let body = outbox(db).await.pop().unwrap().body;
    let (code, link) = body.split_once(' ').unwrap();
    assert_eq!(
        outbox(db).await.pop().unwrap().subject,
        "[ar] Innloggingskode"
    );
    // Opening the link changes nothing: it can be opened again and again.
    assert!(login::link_is_usable(db, link, &policy, now())
        .await
        .unwrap());
    assert!(login::link_is_usable(db, link, &policy, now())
        .await
        .unwrap());
    let token = ok(login::with_link(db, link, &policy, now() + Duration::minutes(1)).await);
    // Once: neither the link nor the code of that message works again.
    assert!(!login::link_is_usable(db, link, &policy, now())
        .await
        .unwrap());
    assert_eq!(
        refusal(login::with_link(db, link, &policy, now()).await),
        Refusal::Gone
    );
    assert_eq!(
        refusal(login::with_code(db, &started.page_token, code, &policy, now()).await),
        Refusal::Gone
    );
    // A link that is too old is gone.
    ok(login::start(
        db,
        c.county_id,
        "94444444",
        "10.6.0.2",
        &policy,
        code_message,
        now(),
    )
    .await);
    let body = outbox(db).await.pop().unwrap().body;
    let (_, old_link) = body.split_once(' ').unwrap();
    assert_eq!(
        refusal(login::with_link(db, old_link, &policy, now() + Duration::minutes(15)).await),
        Refusal::Gone
    );

    let sessions = SessionPolicy::default();
    let at = now() + Duration::minutes(2);
    let yusuf = member_session::resolve(db, &token, sessions, at)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(yusuf.first_name, "Yusuf");
    // A member's token opens no staff session, and a staff token no member session.
    assert!(session::resolve(db, &token, sessions, at)
        .await
        .unwrap()
        .is_none());
    let staff_token = session::start(db, &c.rita, session::Method::Password, at)
        .await
        .unwrap();
    assert!(member_session::resolve(db, &staff_token, sessions, at)
        .await
        .unwrap()
        .is_none());
    // Idle for 30 minutes ends it; so does signing out.
    assert!(
        member_session::resolve(db, &token, sessions, at + Duration::minutes(29))
            .await
            .unwrap()
            .is_some()
    );
    assert!(
        member_session::resolve(db, &token, sessions, at + Duration::minutes(60))
            .await
            .unwrap()
            .is_none()
    );
    let page = ok(login::start(
        db,
        c.county_id,
        "94444444",
        "10.6.0.3",
        &policy,
        code_message,
        at,
    )
    .await);
    let code = outbox(db).await.pop().unwrap().body[..6].to_string();
    let token = ok(login::with_code(db, &page.page_token, &code, &policy, at).await);
    member_session::end(db, &token).await.unwrap();
    assert!(member_session::resolve(db, &token, sessions, at)
        .await
        .unwrap()
        .is_none());
    let logins: Vec<String> = audit_trail(db, c.county_id)
        .await
        .into_iter()
        .filter(|(action, _)| action == "council.login")
        .map(|(_, subject)| subject)
        .collect();
    assert_eq!(logins, vec![format!("council_member:{}", c.yusuf.id); 2]);
}

// ---------------------------------------------------------------------------------------------
// Deadlines

async fn nothing_changes_at_or_after_the_deadline_even_across_a_dst_change(db: &Db) {
    let c = council(db).await;
    // 12:00 on Sunday 25 October 2026 in Oslo, after the clocks went back at 03:00: 11:00 UTC.
    let deadline = oslo("2026-10-25 12:00");
    assert_eq!(deadline, at("2026-10-25T11:00:00Z"));
    assert_eq!(
        ok(hearing::get(db, &c.rita, c.hearing).await).deadline_at,
        deadline
    );
    // Times that do not exist, or exist twice, in Oslo are refused, not guessed.
    let local = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
    assert!(matches!(
        council::oslo_to_utc(local("2026-03-29 02:30"), "deadline"),
        Err(DomainError::Invalid {
            field: "deadline",
            reason: "nonexistent_time"
        })
    ));
    assert!(matches!(
        council::oslo_to_utc(local("2026-10-25 02:30"), "deadline"),
        Err(DomainError::Invalid {
            field: "deadline",
            reason: "ambiguous_time"
        })
    ));
    // A deadline already past cannot be set.
    let past = HearingDraft {
        title: "For sent".into(),
        question: "?".into(),
        background: String::new(),
        deadline_at: now(),
    };
    assert!(matches!(
        error(hearing::create(db, &c.rita, &past, now()).await),
        DomainError::Invalid {
            field: "deadline",
            reason: "past"
        }
    ));

    // A title is one line: a line break in it is refused, not stored.
    for title in ["Første\nandre", "Første\r\nandre", "Tit\rtel"] {
        let broken = HearingDraft {
            title: title.into(),
            question: "?".into(),
            background: String::new(),
            deadline_at: now() + Duration::days(3),
        };
        assert!(matches!(
            error(hearing::create(db, &c.rita, &broken, now()).await),
            DomainError::Invalid {
                field: "title",
                reason: "line_break"
            }
        ));
    }

    // 11:30 Oslo on the day is 10:30 UTC: after 12:00 in summer time, before the real deadline.
    let half_past_eleven = at("2026-10-25T10:30:00Z");
    let from_sara =
        ok(input::submit(db, &c.sara, c.hearing, "Send SMS.", false, half_past_eleven).await);
    let from_emil = ok(input::submit(db, &c.emil, c.hearing, "Ikke ring.", false, now()).await);
    let before = deadline - Duration::seconds(1);
    let after = deadline + Duration::minutes(1);

    // One second before: everything works.
    ok(input::edit(db, &c.sara, from_sara, "Send SMS med navn.", false, before).await);
    ok(input::support(db, &c.emil, from_sara, before).await);
    ok(input::support(db, &c.linnea, from_sara, before).await);
    ok(input::unsupport(db, &c.linnea, from_sara, before).await);
    let comment_id = ok(comment::add(db, &c.sara, from_emil, "Enig.", false, before).await);

    // At the deadline and after: nothing.
    for when in [deadline, after] {
        assert_eq!(
            refusal(input::submit(db, &c.yusuf, c.hearing, "For sent.", false, when).await),
            Refusal::Closed
        );
        assert_eq!(
            refusal(input::edit(db, &c.sara, from_sara, "Endret.", false, when).await),
            Refusal::Closed
        );
        assert_eq!(
            refusal(input::withdraw(db, &c.emil, from_emil, when).await),
            Refusal::Closed
        );
        assert_eq!(
            refusal(input::support(db, &c.linnea, from_sara, when).await),
            Refusal::Closed
        );
        assert_eq!(
            refusal(input::unsupport(db, &c.emil, from_sara, when).await),
            Refusal::Closed
        );
        assert_eq!(
            refusal(comment::add(db, &c.emil, from_sara, "Sent.", false, when).await),
            Refusal::Closed
        );
        assert_eq!(
            refusal(comment::withdraw(db, &c.sara, comment_id, when).await),
            Refusal::Closed
        );
    }
    let seen = ok(input::for_member(db, &c.linnea, c.hearing, after).await);
    let summary: Vec<(&str, i64, usize)> = seen
        .iter()
        .map(|i| (i.text.as_str(), i.supports, i.comments.len()))
        .collect();
    assert_eq!(
        summary,
        [("Ikke ring.", 0, 1), ("Send SMS med navn.", 1, 0)]
    );
    assert_eq!(
        ok(hearing::for_member(db, &c.linnea, after).await)
            .iter()
            .map(|h| h.is_open(after))
            .collect::<Vec<_>>(),
        [false]
    );
    // Moving the deadline earlier closes the hearing at once.
    let open = ok(hearing::create(
        db,
        &c.rita,
        &HearingDraft {
            title: "Sommer".into(),
            question: "Hva gjør du i sommer?".into(),
            background: String::new(),
            deadline_at: oslo("2026-11-30 12:00"),
        },
        now(),
    )
    .await);
    // A draft is invisible to members and takes no input.
    assert!(matches!(
        error(input::submit(db, &c.sara, open.id, "Tidlig.", false, now()).await),
        DomainError::NotFound
    ));
    ok(hearing::publish(db, &c.rita, open.id, now()).await);
    ok(input::submit(db, &c.sara, open.id, "Jobb.", false, now()).await);
    ok(hearing::edit(
        db,
        &c.rita,
        open.id,
        &HearingDraft {
            title: "Sommer".into(),
            question: "Hva gjør du i sommer?".into(),
            background: String::new(),
            deadline_at: now() + Duration::hours(1),
        },
        now(),
    )
    .await);
    assert_eq!(
        refusal(
            input::submit(
                db,
                &c.emil,
                open.id,
                "Ferie.",
                false,
                now() + Duration::hours(1)
            )
            .await
        ),
        Refusal::Closed
    );
}

// ---------------------------------------------------------------------------------------------
// Moderation

async fn a_minors_input_is_invisible_to_other_members_until_approved(db: &Db) {
    let c = council(db).await;
    // Born 2009, Nora is 17 in 2026; born 2008 would count as a minor all of 2026 too.
    assert!(c.nora.is_minor(now()));
    assert!(council::is_minor(2008, now()));
    assert!(!c.sara.is_minor(now()));
    let from_nora = ok(input::submit(
        db,
        &c.nora,
        c.hearing,
        "Jeg vil svare på nett.",
        false,
        now(),
    )
    .await);
    let from_sara = ok(input::submit(db, &c.sara, c.hearing, "SMS, takk.", false, now()).await);

    // Others do not see it, not even that it exists.
    assert_eq!(
        visible_texts(db, &c.sara, c.hearing, now()).await,
        ["SMS, takk."]
    );
    assert!(matches!(
        error(input::support(db, &c.sara, from_nora, now()).await),
        DomainError::NotFound
    ));
    assert!(matches!(
        error(comment::add(db, &c.sara, from_nora, "Hei", false, now()).await),
        DomainError::NotFound
    ));
    assert!(matches!(
        error(moderation::report(db, &c.sara, Item::Input(from_nora), None, now()).await),
        DomainError::NotFound
    ));
    let sara_sees =
        serde_json::to_string(&ok(input::for_member(db, &c.sara, c.hearing, now()).await)).unwrap();
    assert!(!sara_sees.contains("Jeg vil svare på nett."));
    // Nora sees her own, waiting.
    let own = ok(input::for_member(db, &c.nora, c.hearing, now()).await);
    assert_eq!(
        own.iter()
            .map(|i| (i.text.as_str(), i.own, i.pending))
            .collect::<Vec<_>>(),
        [
            ("Jeg vil svare på nett.", true, true),
            ("SMS, takk.", false, false)
        ]
    );
    // The coordinator sees it, waiting; it cannot be published before approval.
    let waiting = ok(input::get_for_coordinator(db, &c.rita, from_nora, now()).await);
    assert_eq!(waiting.approval, Approval::Pending);
    assert!(matches!(
        error(input::set_published(db, &c.rita, from_nora, input::Publication::On, now()).await),
        DomainError::Conflict("not publishable")
    ));
    assert_eq!(
        ok(moderation::waiting(db, &c.rita).await),
        moderation::Waiting {
            pending_inputs: 1,
            pending_comments: 0,
            open_reports: 0
        }
    );

    ok(moderation::approve(db, &c.rita, Item::Input(from_nora), now()).await);
    assert_eq!(
        visible_texts(db, &c.sara, c.hearing, now()).await,
        ["Jeg vil svare på nett.", "SMS, takk."]
    );
    // Approving what needs no approval, or again, changes nothing and is not audited.
    ok(moderation::approve(db, &c.rita, Item::Input(from_sara), now()).await);
    ok(moderation::approve(db, &c.rita, Item::Input(from_nora), now()).await);
    assert_eq!(
        council_trail(db, c.county_id).await,
        [(
            "council.input.approve".to_string(),
            format!("council_input:{from_nora}")
        )]
    );

    // An edit by a minor waits for approval again: the approval was of the old text.
    ok(input::edit(
        db,
        &c.nora,
        from_nora,
        "Jeg vil svare på nett, uten å ringe.",
        false,
        now(),
    )
    .await);
    assert_eq!(
        visible_texts(db, &c.sara, c.hearing, now()).await,
        ["SMS, takk."]
    );
    // An adult's edit stays visible.
    ok(input::edit(db, &c.sara, from_sara, "SMS, takk!", false, now()).await);
    assert_eq!(
        visible_texts(db, &c.emil, c.hearing, now()).await,
        ["SMS, takk!"]
    );

    // A minor's comment waits the same way.
    let comment_id = ok(comment::add(db, &c.nora, from_sara, "Enig med Sara.", false, now()).await);
    let comments = |m: Member| {
        let db = db.clone();
        async move {
            ok(comment::for_member(&db, &m, c.hearing, now()).await)
                .into_iter()
                .map(|c| (c.text, c.pending))
                .collect::<Vec<_>>()
        }
    };
    assert!(comments(c.emil.clone()).await.is_empty());
    assert_eq!(
        comments(c.nora.clone()).await,
        [("Enig med Sara.".to_string(), true)]
    );
    ok(moderation::approve(db, &c.rita, Item::Comment(comment_id), now()).await);
    assert_eq!(
        comments(c.emil.clone()).await,
        [("Enig med Sara.".to_string(), false)]
    );
}

async fn an_answer_that_names_a_member_is_published_only_when_confirmed(db: &Db) {
    let c = council(db).await;
    let from_nora =
        ok(input::submit(db, &c.nora, c.hearing, "Ring meg heller.", false, now()).await);
    ok(moderation::approve(db, &c.rita, Item::Input(from_nora), now()).await);
    // OT's answer names her: the coordinator sees whose name, and one tick is refused.
    ok(input::answer(
        db,
        &c.rita,
        from_nora,
        InputStatus::Answered,
        "Takk, nora! Vi ringer.",
        answer_message,
        now(),
    )
    .await);
    let seen = ok(input::get_for_coordinator(db, &c.rita, from_nora, now()).await);
    assert_eq!(seen.names_mentioned, ["Nora"]);
    assert!(matches!(
        error(input::set_published(db, &c.rita, from_nora, input::Publication::On, now()).await),
        DomainError::Invalid {
            field: "published",
            reason: "names_member"
        }
    ));
    assert!(input::published(db, c.county_id).await.unwrap().is_empty());
    // Confirmed, it goes out as written.
    ok(input::set_published(
        db,
        &c.rita,
        from_nora,
        input::Publication::OnWithNames,
        now(),
    )
    .await);
    assert_eq!(input::published(db, c.county_id).await.unwrap().len(), 1);
    // Without the name, one tick is enough; another member's name in the text counts too.
    ok(input::set_published(db, &c.rita, from_nora, input::Publication::Off, now()).await);
    ok(input::answer(
        db,
        &c.rita,
        from_nora,
        InputStatus::Answered,
        "Takk! Vi ringer.",
        answer_message,
        now(),
    )
    .await);
    ok(input::set_published(db, &c.rita, from_nora, input::Publication::On, now()).await);
    let from_emil =
        ok(input::submit(db, &c.emil, c.hearing, "Som Sara sa: ring.", false, now()).await);
    assert_eq!(
        ok(input::get_for_coordinator(db, &c.rita, from_emil, now()).await).names_mentioned,
        ["Sara"]
    );
    assert!(matches!(
        error(input::set_published(db, &c.rita, from_emil, input::Publication::On, now()).await),
        DomainError::Invalid {
            field: "published",
            ..
        }
    ));
}

async fn hidden_content_reaches_only_its_author_and_the_coordinator(db: &Db) {
    let c = council(db).await;
    let from_sara = ok(input::submit(
        db,
        &c.sara,
        c.hearing,
        "Et innspill med noe stygt.",
        false,
        now(),
    )
    .await);
    let from_emil = ok(input::submit(db, &c.emil, c.hearing, "Ikke ring.", false, now()).await);
    let comment_id = ok(comment::add(
        db,
        &c.linnea,
        from_emil,
        "En stygg kommentar.",
        false,
        now(),
    )
    .await);
    ok(input::answer(
        db,
        &c.rita,
        from_sara,
        InputStatus::Answered,
        "Takk.",
        answer_message,
        now(),
    )
    .await);
    ok(input::set_published(db, &c.rita, from_sara, input::Publication::On, now()).await);
    assert_eq!(input::published(db, c.county_id).await.unwrap().len(), 1);

    assert!(matches!(
        error(moderation::hide(db, &c.rita, Item::Input(from_sara), "  ", now()).await),
        DomainError::Invalid {
            field: "reason",
            reason: "empty"
        }
    ));
    ok(moderation::hide(db, &c.rita, Item::Input(from_sara), "Personangrep", now()).await);
    ok(moderation::hide(db, &c.rita, Item::Comment(comment_id), "Språkbruk", now()).await);

    // Emil gets neither, in no field of the response.
    let emil_sees =
        serde_json::to_string(&ok(input::for_member(db, &c.emil, c.hearing, now()).await)).unwrap();
    assert!(
        !emil_sees.contains("stygt") && !emil_sees.contains("stygg"),
        "{emil_sees}"
    );
    assert_eq!(
        visible_texts(db, &c.emil, c.hearing, now()).await,
        ["Ikke ring."]
    );
    assert!(ok(comment::for_member(db, &c.emil, c.hearing, now()).await).is_empty());
    assert!(matches!(
        error(input::support(db, &c.emil, from_sara, now()).await),
        DomainError::NotFound
    ));
    // Hidden input also left the public page.
    assert!(input::published(db, c.county_id).await.unwrap().is_empty());
    // The authors see theirs, hidden, with the reason.
    let sara_sees = ok(input::for_member(db, &c.sara, c.hearing, now()).await);
    let own = sara_sees.iter().find(|i| i.own).unwrap();
    assert_eq!(
        (own.text.as_str(), own.hidden, own.hidden_reason.as_deref()),
        ("Et innspill med noe stygt.", true, Some("Personangrep"))
    );
    let linnea_sees = ok(comment::for_member(db, &c.linnea, c.hearing, now()).await);
    assert_eq!(
        linnea_sees
            .iter()
            .map(|c| (c.text.as_str(), c.hidden))
            .collect::<Vec<_>>(),
        [("En stygg kommentar.", true)]
    );
    // Nobody else learns the reason.
    assert!(!emil_sees.contains("Personangrep"));
    // The coordinator sees everything.
    let all = ok(input::for_coordinator(db, &c.rita, Some(c.hearing), now()).await);
    assert_eq!(
        all.iter()
            .map(|i| (i.text.as_str(), i.hidden_reason.as_deref(), i.published))
            .collect::<Vec<_>>(),
        [
            ("Et innspill med noe stygt.", Some("Personangrep"), false),
            ("Ikke ring.", None, false)
        ]
    );
    let comments = ok(comment::for_coordinator(db, &c.rita, c.hearing).await);
    assert_eq!(comments[0].hidden_reason.as_deref(), Some("Språkbruk"));

    // Restored, it is back for Emil (not on the public page until published again).
    ok(moderation::restore(
        db,
        &c.rita,
        Item::Input(from_sara),
        "Avklart med Sara",
        now(),
    )
    .await);
    assert_eq!(
        visible_texts(db, &c.emil, c.hearing, now()).await,
        ["Et innspill med noe stygt.", "Ikke ring."]
    );
    assert!(input::published(db, c.county_id).await.unwrap().is_empty());
    let history: Vec<(String, Option<String>)> =
        ok(moderation::history(db, &c.rita, Item::Input(from_sara)).await)
            .into_iter()
            .map(|s| (s.action, s.reason))
            .collect();
    assert_eq!(
        history,
        [
            ("hide".to_string(), Some("Personangrep".to_string())),
            ("restore".to_string(), Some("Avklart med Sara".to_string())),
        ]
    );
}

async fn reports_are_one_per_member_and_item_and_every_moderation_step_is_audited(db: &Db) {
    let c = council(db).await;
    let from_sara = ok(input::submit(db, &c.sara, c.hearing, "Innspill.", false, now()).await);
    let from_nora = ok(input::submit(db, &c.nora, c.hearing, "Fra Nora.", false, now()).await);
    let comment_id =
        ok(comment::add(db, &c.sara, from_sara, "Min egen kommentar.", false, now()).await);

    // Not one's own; one open report per member and item.
    assert_eq!(
        refusal(moderation::report(db, &c.sara, Item::Input(from_sara), None, now()).await),
        Refusal::NotAllowed
    );
    let report =
        ok(moderation::report(db, &c.emil, Item::Input(from_sara), Some("Usant"), now()).await);
    assert!(matches!(
        error(moderation::report(db, &c.emil, Item::Input(from_sara), None, now()).await),
        DomainError::Conflict("already reported")
    ));
    let report_comment =
        ok(moderation::report(db, &c.linnea, Item::Comment(comment_id), None, now()).await);
    // Reports are taken after the deadline too.
    let late = ok(moderation::report(
        db,
        &c.yusuf,
        Item::Input(from_sara),
        None,
        oslo("2026-10-26 09:00"),
    )
    .await);
    let listed: Vec<(i64, String, Option<String>, String)> =
        ok(moderation::reports(db, &c.rita).await)
            .into_iter()
            .map(|r| (r.id, r.text, r.reason, r.reporter_first_name))
            .collect();
    assert_eq!(
        listed,
        [
            (late, "Innspill.".to_string(), None, "Yusuf".to_string()),
            (
                report_comment,
                "Min egen kommentar.".to_string(),
                None,
                "Linnea".to_string()
            ),
            (
                report,
                "Innspill.".to_string(),
                Some("Usant".to_string()),
                "Emil".to_string()
            ),
        ]
    );
    assert_eq!(
        ok(input::get_for_coordinator(db, &c.rita, from_sara, now()).await).open_reports,
        2
    );
    ok(moderation::handle_report(db, &c.rita, report, now()).await);
    ok(moderation::handle_report(db, &c.rita, report, now()).await);
    // Handled, Emil may report it again.
    let again = ok(moderation::report(db, &c.emil, Item::Input(from_sara), None, now()).await);

    ok(moderation::approve(db, &c.rita, Item::Input(from_nora), now()).await);
    ok(moderation::hide(db, &c.rita, Item::Comment(comment_id), "Gjentakelse", now()).await);
    ok(moderation::restore(db, &c.rita, Item::Comment(comment_id), "Feil", now()).await);
    ok(moderation::hide(db, &c.rita, Item::Input(from_sara), "Spam", now()).await);
    ok(moderation::restore(db, &c.rita, Item::Input(from_sara), "Ikke spam", now()).await);
    let i = |id: i64| format!("council_input:{id}");
    let s = |action: &str, subject: String| (action.to_string(), subject);
    assert_eq!(
        council_trail(db, c.county_id).await,
        [
            s("council.input.report", i(from_sara)),
            s(
                "council.comment.report",
                format!("council_comment:{comment_id}")
            ),
            s("council.input.report", i(from_sara)),
            s("council.report.handle", format!("council_report:{report}")),
            s("council.input.report", i(from_sara)),
            s("council.input.approve", i(from_nora)),
            s(
                "council.comment.hide",
                format!("council_comment:{comment_id}")
            ),
            s(
                "council.comment.restore",
                format!("council_comment:{comment_id}")
            ),
            s("council.input.hide", i(from_sara)),
            s("council.input.restore", i(from_sara)),
        ]
    );
    assert_ne!(again, report);

    // A step whose audit row cannot be written does not happen.
    support::refuse_audit(db).await;
    assert!(
        moderation::hide(db, &c.rita, Item::Input(from_sara), "Spam", now())
            .await
            .is_err()
    );
    support::allow_audit(db).await;
    assert!(
        ok(input::get_for_coordinator(db, &c.rita, from_sara, now()).await)
            .hidden_at
            .is_none()
    );
}

// ---------------------------------------------------------------------------------------------
// Anonymity

async fn another_member_never_receives_the_name_of_an_author_who_hid_it(db: &Db) {
    let c = council(db).await;
    let from_yusuf = ok(input::submit(
        db,
        &c.yusuf,
        c.hearing,
        "Skriv på flere språk.",
        true,
        now(),
    )
    .await);
    let from_emil = ok(input::submit(db, &c.emil, c.hearing, "Ikke ring.", false, now()).await);
    ok(comment::add(db, &c.yusuf, from_emil, "Helt enig.", true, now()).await);
    ok(comment::add(db, &c.sara, from_yusuf, "Godt poeng.", false, now()).await);

    let emil_sees = ok(input::for_member(db, &c.emil, c.hearing, now()).await);
    let json = serde_json::to_value(&emil_sees).unwrap();
    let text = json.to_string();
    assert!(!text.contains("Yusuf"), "{text}");
    assert!(!text.contains("member_id"), "{text}");
    assert!(!text.contains(&format!("\"{}\"", c.yusuf.mobile.as_deref().unwrap())));
    // What each input carries, exactly: no member id, the name only when not hidden.
    let keys: Vec<&str> = json[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected = vec![
        "answer",
        "answered_at",
        "author",
        "comments",
        "created_at",
        "hearing_id",
        "hidden",
        "hidden_reason",
        "hide_name",
        "id",
        "own",
        // The coordinator's own status: the council's label, nobody's name.
        "own_status",
        "pending",
        "status",
        "supported_by_me",
        "supports",
        "text",
        "updated_at",
    ];
    expected.sort();
    let mut keys_sorted = keys.clone();
    keys_sorted.sort();
    assert_eq!(keys_sorted, expected);
    assert_eq!(json[0]["text"], "Skriv på flere språk.");
    assert_eq!(json[0]["author"], serde_json::Value::Null);
    assert_eq!(json[0]["comments"][0]["author"], "Sara");
    assert_eq!(json[1]["author"], "Emil");
    assert_eq!(json[1]["comments"][0]["text"], "Helt enig.");
    assert_eq!(json[1]["comments"][0]["author"], serde_json::Value::Null);
    let comment_keys: Vec<&str> = json[1]["comments"][0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert!(!comment_keys.contains(&"member_id"));

    // Yusuf sees his own name; the coordinator sees it always.
    let own = ok(input::for_member(db, &c.yusuf, c.hearing, now()).await);
    assert_eq!(own[0].author.as_deref(), Some("Yusuf"));
    let all = ok(input::for_coordinator(db, &c.rita, Some(c.hearing), now()).await);
    assert_eq!(
        (
            all[0].first_name.as_str(),
            all[0].member_id,
            all[0].hide_name
        ),
        ("Yusuf", c.yusuf.id, true)
    );
    let comments = ok(comment::for_coordinator(db, &c.rita, c.hearing).await);
    assert_eq!(comments[0].first_name, "Yusuf");

    // The public page carries no name at all, hidden or not.
    ok(input::answer(
        db,
        &c.rita,
        from_emil,
        InputStatus::Answered,
        "Vi ringer mindre.",
        answer_message,
        now(),
    )
    .await);
    ok(input::set_published(db, &c.rita, from_emil, input::Publication::On, now()).await);
    ok(input::set_published(db, &c.rita, from_yusuf, input::Publication::On, now()).await);
    let public = serde_json::to_string(&input::published(db, c.county_id).await.unwrap()).unwrap();
    assert!(
        !public.contains("Emil") && !public.contains("Yusuf") && !public.contains("member"),
        "{public}"
    );
}

// ---------------------------------------------------------------------------------------------
// Statuses and answers

async fn every_input_gets_a_status_and_the_answer_message_goes_once_in_the_members_language(
    db: &Db,
) {
    let c = council(db).await;
    let from_sara = ok(input::submit(db, &c.sara, c.hearing, "SMS med navn.", false, now()).await);
    let from_linnea =
        ok(input::submit(db, &c.linnea, c.hearing, "Send e-post.", false, now()).await);
    let from_emil = ok(input::submit(db, &c.emil, c.hearing, "Trekk meg.", false, now()).await);
    let sent_before = outbox(db).await.len();
    let status = |id: i64| {
        let db = db.clone();
        let rita = c.rita.clone();
        async move { ok(input::get_for_coordinator(&db, &rita, id, now()).await).status }
    };
    assert_eq!(status(from_sara).await, InputStatus::Received);

    // Being considered sends nothing.
    ok(input::set_status(
        db,
        &c.rita,
        from_sara,
        InputStatus::Considering,
        None,
        now(),
    )
    .await);
    assert_eq!(status(from_sara).await, InputStatus::Considering);
    // An answered status needs an answer; an answer needs an answered status.
    assert!(matches!(
        error(input::set_status(db, &c.rita, from_sara, InputStatus::Answered, None, now()).await),
        DomainError::Conflict("no answer")
    ));
    assert!(matches!(
        error(
            input::answer(
                db,
                &c.rita,
                from_sara,
                InputStatus::Considering,
                "Svar",
                answer_message,
                now()
            )
            .await
        ),
        DomainError::Invalid {
            field: "status",
            reason: "not_an_answer"
        }
    ));
    assert!(matches!(
        error(
            input::answer(
                db,
                &c.rita,
                from_sara,
                InputStatus::Answered,
                " ",
                answer_message,
                now()
            )
            .await
        ),
        DomainError::Invalid {
            field: "answer",
            reason: "empty"
        }
    ));
    assert_eq!(
        outbox(db).await.len(),
        sent_before,
        "no message without an answer"
    );

    let answered_at = now() + Duration::days(2);
    ok(input::answer(
        db,
        &c.rita,
        from_sara,
        InputStatus::Answered,
        "Fra januar skriver vi navnet.",
        answer_message,
        answered_at,
    )
    .await);
    ok(input::answer(
        db,
        &c.rita,
        from_linnea,
        InputStatus::ActedOn,
        "Vi sender e-post.",
        answer_message,
        answered_at,
    )
    .await);
    let sent: Vec<Sent> = outbox(db).await.into_iter().skip(sent_before).collect();
    assert_eq!(
        sent,
        [
            Sent {
                idempotency_key: format!("council-answer:{from_sara}:1"),
                channel: "sms".into(),
                recipient: "+4791234567".into(),
                subject: "[nb] Svar fra OT".into(),
                body: "Hei Sara! OT har svart på innspillet ditt.".into(),
            },
            Sent {
                idempotency_key: format!("council-answer:{from_linnea}:1"),
                channel: "email".into(),
                recipient: "linnea@example.no".into(),
                subject: "[en] Svar fra OT".into(),
                body: "Hei Linnea! OT har svart på innspillet ditt.".into(),
            },
        ]
    );
    // Moving between answered statuses sends nothing; back to «considering» is refused.
    ok(input::set_status(db, &c.rita, from_sara, InputStatus::NotActedOn, None, now()).await);
    assert!(matches!(
        error(
            input::set_status(
                db,
                &c.rita,
                from_sara,
                InputStatus::Considering,
                None,
                now()
            )
            .await
        ),
        DomainError::Conflict("answered")
    ));
    assert_eq!(outbox(db).await.len(), sent_before + 2);
    // A changed answer is a new message, once.
    ok(input::answer(
        db,
        &c.rita,
        from_sara,
        InputStatus::ActedOn,
        "Fra januar skriver vi alltid navnet.",
        answer_message,
        answered_at + Duration::hours(1),
    )
    .await);
    let last = outbox(db).await.pop().unwrap();
    assert_eq!(
        last.idempotency_key,
        format!("council-answer:{from_sara}:2")
    );
    assert_eq!(outbox(db).await.len(), sent_before + 3);
    // The same answer sent again, twenty times at once (a double click, a resent form), is no
    // new version and sends nothing.
    let repeats: Vec<_> = (0..20)
        .map(|_| {
            let (db, rita) = (db.clone(), c.rita.clone());
            tokio::spawn(async move {
                input::answer(
                    &db,
                    &rita,
                    from_sara,
                    InputStatus::ActedOn,
                    "Fra januar skriver vi alltid navnet.",
                    answer_message,
                    answered_at + Duration::hours(2),
                )
                .await
            })
        })
        .collect();
    for repeat in repeats {
        ok(repeat.await.unwrap());
    }
    assert_eq!(outbox(db).await.len(), sent_before + 3);
    let sara = ok(input::get_for_coordinator(db, &c.rita, from_sara, now()).await);
    assert_eq!(
        (
            sara.status,
            sara.answer.as_deref(),
            sara.answered_at,
            sara.answered_by,
            sara.answer_version
        ),
        (
            InputStatus::ActedOn,
            Some("Fra januar skriver vi alltid navnet."),
            Some(answered_at),
            Some(c.rita.id),
            2
        )
    );

    // The member sees the answer; answered input can no longer be edited, only withdrawn.
    let seen = ok(input::for_member(db, &c.sara, c.hearing, now()).await);
    assert_eq!(
        (seen[0].status, seen[0].answer.as_deref()),
        (
            InputStatus::ActedOn,
            Some("Fra januar skriver vi alltid navnet.")
        )
    );
    assert_eq!(
        refusal(input::edit(db, &c.sara, from_sara, "Nytt.", false, now()).await),
        Refusal::NotAllowed
    );
    // Withdrawn input cannot be answered.
    ok(input::withdraw(db, &c.emil, from_emil, now()).await);
    assert!(matches!(
        error(
            input::answer(
                db,
                &c.rita,
                from_emil,
                InputStatus::Answered,
                "Svar",
                answer_message,
                now()
            )
            .await
        ),
        DomainError::Conflict("withdrawn")
    ));
    assert_eq!(outbox(db).await.len(), sent_before + 3);

    // The coordinator publishes Sara's: the public page shows hearing, text, status, answer.
    ok(input::set_published(db, &c.rita, from_sara, input::Publication::On, now()).await);
    assert!(matches!(
        error(input::set_published(db, &c.rita, from_emil, input::Publication::On, now()).await),
        DomainError::Conflict("not publishable")
    ));
    let public = input::published(db, c.county_id).await.unwrap();
    assert_eq!(
        public
            .iter()
            .map(|p| (
                p.hearing_title.as_str(),
                p.text.as_str(),
                p.status,
                p.answer.as_deref()
            ))
            .collect::<Vec<_>>(),
        [(
            "Kontakt fra OT",
            "SMS med navn.",
            InputStatus::ActedOn,
            Some("Fra januar skriver vi alltid navnet.")
        )]
    );
    // A withdrawal takes it off the public page.
    ok(input::withdraw(db, &c.sara, from_sara, now()).await);
    assert!(input::published(db, c.county_id).await.unwrap().is_empty());

    // The council's statement goes public when the coordinator says so.
    ok(hearing::set_statement(
        db,
        &c.rita,
        c.hearing,
        "Rådet mener OT bør sende SMS.",
        false,
        now(),
    )
    .await);
    assert!(hearing::statements(db, c.county_id)
        .await
        .unwrap()
        .is_empty());
    assert!(matches!(
        error(hearing::set_statement(db, &c.rita, c.hearing, "", true, now()).await),
        DomainError::Invalid {
            field: "statement",
            reason: "empty"
        }
    ));
    ok(hearing::set_statement(
        db,
        &c.rita,
        c.hearing,
        "Rådet mener OT bør sende SMS.",
        true,
        now(),
    )
    .await);
    let statements = hearing::statements(db, c.county_id).await.unwrap();
    assert_eq!(
        statements
            .iter()
            .map(|s| (s.title.as_str(), s.statement.as_str()))
            .collect::<Vec<_>>(),
        [("Kontakt fra OT", "Rådet mener OT bør sende SMS.")]
    );
    let audited: Vec<String> = audit_trail(db, c.county_id)
        .await
        .into_iter()
        .filter(|(action, _)| action.starts_with("council.input."))
        .map(|(action, _)| action)
        .collect();
    assert_eq!(
        audited,
        [
            "council.input.status",
            "council.input.answer",
            "council.input.answer",
            "council.input.status",
            "council.input.answer",
            "council.input.publish",
        ]
    );
}

async fn days_waiting_and_overdue_input(db: &Db) {
    let c = council(db).await;
    let early = at("2026-10-01T08:00:00Z");
    let hearing = ok(hearing::create(
        db,
        &c.rita,
        &HearingDraft {
            title: "Høst".into(),
            question: "Hva trenger du?".into(),
            background: String::new(),
            deadline_at: oslo("2026-12-01 12:00"),
        },
        early,
    )
    .await);
    ok(hearing::publish(db, &c.rita, hearing.id, early).await);
    let from_sara =
        ok(input::submit(db, &c.sara, hearing.id, "Et sted å være.", false, early).await);
    let from_emil = ok(input::submit(db, &c.emil, hearing.id, "Hjelp med CV.", false, early).await);
    let from_yusuf = ok(input::submit(
        db,
        &c.yusuf,
        hearing.id,
        "Busskort.",
        false,
        early + Duration::days(5),
    )
    .await);
    let from_linnea = ok(input::submit(db, &c.linnea, hearing.id, "Trekker.", false, early).await);
    ok(input::withdraw(db, &c.linnea, from_linnea, early).await);
    // Sara's was answered after 10 days.
    ok(input::answer(
        db,
        &c.rita,
        from_sara,
        InputStatus::Answered,
        "Ja.",
        answer_message,
        early + Duration::days(10),
    )
    .await);

    // 22 October, 08:00 UTC: Emil's has waited exactly 21 days, Yusuf's 16.
    let later = early + Duration::days(21);
    let days: Vec<(i64, i64)> =
        ok(input::for_coordinator(db, &c.rita, Some(hearing.id), later).await)
            .into_iter()
            .map(|i| (i.id, i.days_waiting))
            .collect();
    assert_eq!(
        days,
        [
            (from_sara, 10),
            (from_emil, 21),
            (from_linnea, 21),
            (from_yusuf, 16)
        ]
    );
    assert_eq!(
        input::overdue_count(db, c.county_id, 21, later)
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        input::overdue_count(db, c.county_id, 21, later - Duration::seconds(1))
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        input::overdue_count(db, c.county_id, 16, later)
            .await
            .unwrap(),
        2
    );
    assert_eq!(input::DEFAULT_OVERDUE_DAYS, 21);
    // Answered, it is no longer overdue.
    ok(input::answer(
        db,
        &c.rita,
        from_emil,
        InputStatus::NotActedOn,
        "Nei, dessverre.",
        answer_message,
        later,
    )
    .await);
    assert_eq!(
        input::overdue_count(db, c.county_id, 16, later)
            .await
            .unwrap(),
        1
    );
}

// ---------------------------------------------------------------------------------------------
// Who may do what

async fn the_coordinators_own_statuses_stand_beside_the_fixed_ones(db: &Db) {
    let c = council(db).await;
    let from_sara = ok(input::submit(db, &c.sara, c.hearing, "Gratis buss.", false, now()).await);
    for (label, reason) in [("  ", "empty"), (&*"x".repeat(61), "too_long")] {
        assert!(matches!(
            error(own_status::add(db, &c.rita, label, now()).await),
            DomainError::Invalid { field: "label", reason: r } if r == reason
        ));
    }
    let committee = ok(own_status::add(db, &c.rita, " Sendt til hovedutvalget ", now()).await);
    assert_eq!(committee.label, "Sendt til hovedutvalget");
    let later = ok(own_status::add(db, &c.rita, "Tas opp i mars", now()).await);

    // Beside «being considered», for the coordinator and for the member.
    ok(input::set_status(
        db,
        &c.rita,
        from_sara,
        InputStatus::Considering,
        Some(committee.id),
        now(),
    )
    .await);
    let seen = ok(input::get_for_coordinator(db, &c.rita, from_sara, now()).await);
    assert_eq!(
        (seen.status, seen.own_status_id, seen.own_status.as_deref()),
        (
            InputStatus::Considering,
            Some(committee.id),
            Some("Sendt til hovedutvalget")
        )
    );
    let mine = ok(input::for_member(db, &c.sara, c.hearing, now()).await);
    assert_eq!(
        mine[0].own_status.as_deref(),
        Some("Sendt til hovedutvalget")
    );

    // Retired: offered no more, yet the input that carries it keeps it, also when its fixed
    // status moves; another input cannot take it.
    ok(own_status::retire(db, &c.rita, committee.id, now()).await);
    assert!(matches!(
        error(own_status::retire(db, &c.rita, committee.id, now()).await),
        DomainError::NotFound
    ));
    let listed = ok(own_status::list(db, &c.rita).await);
    assert_eq!(
        listed.iter().map(|s| s.label.as_str()).collect::<Vec<_>>(),
        ["Tas opp i mars", "Sendt til hovedutvalget"],
        "in use first"
    );
    ok(input::set_status(
        db,
        &c.rita,
        from_sara,
        InputStatus::Received,
        Some(committee.id),
        now(),
    )
    .await);
    let from_emil = ok(input::submit(db, &c.emil, c.hearing, "Mer buss.", false, now()).await);
    assert!(matches!(
        error(
            input::set_status(
                db,
                &c.rita,
                from_emil,
                InputStatus::Considering,
                Some(committee.id),
                now()
            )
            .await
        ),
        DomainError::Invalid {
            field: "own_status",
            ..
        }
    ));
    // Adding its label again brings it back.
    let back = ok(own_status::add(db, &c.rita, "Sendt til hovedutvalget", now()).await);
    assert_eq!((back.id, back.retired_at), (committee.id, None));

    // Published, it stands on the public page too; taken off, it is gone from it.
    ok(input::answer(
        db,
        &c.rita,
        from_sara,
        InputStatus::ActedOn,
        "Vi tok det videre.",
        answer_message,
        now(),
    )
    .await);
    ok(input::set_status(
        db,
        &c.rita,
        from_sara,
        InputStatus::ActedOn,
        Some(later.id),
        now(),
    )
    .await);
    ok(input::set_published(db, &c.rita, from_sara, input::Publication::On, now()).await);
    let public = input::published(db, c.county_id).await.unwrap();
    assert_eq!(public[0].own_status.as_deref(), Some("Tas opp i mars"));
    ok(input::set_status(db, &c.rita, from_sara, InputStatus::ActedOn, None, now()).await);
    assert_eq!(
        input::published(db, c.county_id).await.unwrap()[0].own_status,
        None
    );

    // Only the county's active council coordinator; another county's statuses are unknown.
    let advisor = staff::by_email(db, c.county_id, "ingrid.haugen@demo.neste-steg.no")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        refusal(own_status::add(db, &advisor, "Egen", now()).await),
        Refusal::Forbidden
    );
    assert_eq!(
        refusal(own_status::list(db, &advisor).await),
        Refusal::Forbidden
    );
    let agder = county::create(
        db,
        &NewCounty {
            slug: "agder",
            name: "Agder fylkeskommune",
            service_name: "OT i Agder",
            phone: "+47 400 00 100",
            email: "ot@agder.example.no",
        },
    )
    .await
    .unwrap();
    let anne = council_coordinator(db, agder.id, "Anne Agder", "anne@agder.example.no").await;
    assert!(ok(own_status::list(db, &anne).await).is_empty());
    assert!(matches!(
        error(own_status::retire(db, &anne, later.id, now()).await),
        DomainError::NotFound
    ));
    let trail = audit_trail(db, c.county_id).await;
    for action in ["council.own_status.add", "council.own_status.retire"] {
        assert!(
            trail.iter().any(|(a, _)| a == action),
            "{action}: {trail:?}"
        );
    }
}

async fn only_an_active_council_coordinator_of_the_county_may_act(db: &Db) {
    let c = council(db).await;
    let by_email = |email: &'static str| {
        let db = db.clone();
        async move {
            staff::by_email(&db, c.county_id, email)
                .await
                .unwrap()
                .unwrap()
        }
    };
    let advisor = by_email("ingrid.haugen@demo.neste-steg.no").await;
    let coordinator = by_email("kari.koordinator@demo.neste-steg.no").await;
    let administrator = by_email("arne.admin@demo.neste-steg.no").await;
    // A council coordinator who has been disabled (the struct still says active) …
    let disabled = council_coordinator(db, c.county_id, "Dag Deaktivert", "dag@example.no").await;
    staff::set_active(db, c.county_id, disabled.id, false, None)
        .await
        .unwrap();
    // … and one of another county.
    let agder = county::create(
        db,
        &NewCounty {
            slug: "agder",
            name: "Agder fylkeskommune",
            service_name: "OT i Agder",
            phone: "+47 400 00 100",
            email: "ot@agder.example.no",
        },
    )
    .await
    .unwrap();
    let elsewhere = council_coordinator(db, agder.id, "Anne Agder", "anne@agder.example.no").await;

    let from_sara = ok(input::submit(db, &c.sara, c.hearing, "Innspill.", false, now()).await);
    let waiting = ok(application::submit(
        db,
        c.county_id,
        &application("Petter", 2006, Some("47777777"), None, "nb"),
        "10.7.0.1",
        &ApplicationPolicy::default(),
        notice,
        now(),
    )
    .await);
    let trail_before = audit_trail(db, c.county_id).await.len();
    let sent_before = outbox(db).await.len();
    let draft = HearingDraft {
        title: "Uønsket".into(),
        question: "?".into(),
        background: String::new(),
        deadline_at: oslo("2026-12-01 12:00"),
    };
    let meeting_draft = MeetingDraft {
        title: "Uønsket".into(),
        agenda: String::new(),
        place: String::new(),
        starts_at: oslo("2026-11-10 16:00"),
        ends_at: oslo("2026-11-10 18:00"),
    };
    for (who, staff) in [
        ("advisor", &advisor),
        ("coordinator", &coordinator),
        ("administrator", &administrator),
        ("disabled council coordinator", &disabled),
    ] {
        let refusals = [
            application::list(db, staff).await.map(|r| r.map(|_| ())),
            application::decline(db, staff, waiting.id, &decision_message, now())
                .await
                .map(|r| r.map(|_| ())),
            member::admit(
                db,
                staff,
                waiting.id,
                CouncilRole::Member,
                date("2026-11-01"),
                date("2027-06-30"),
                &decision_message,
                now(),
            )
            .await
            .map(|r| r.map(|_| ())),
            member::end_term(db, staff, c.sara.id, now())
                .await
                .map(|r| r.map(|_| ())),
            member::current(db, staff, now())
                .await
                .map(|r| r.map(|_| ())),
            member::alumni(db, staff, now())
                .await
                .map(|r| r.map(|_| ())),
            hearing::create(db, staff, &draft, now())
                .await
                .map(|r| r.map(|_| ())),
            hearing::edit(db, staff, c.hearing, &draft, now())
                .await
                .map(|r| r.map(|_| ())),
            hearing::list(db, staff).await.map(|r| r.map(|_| ())),
            input::for_coordinator(db, staff, None, now())
                .await
                .map(|r| r.map(|_| ())),
            input::answer(
                db,
                staff,
                from_sara,
                InputStatus::Answered,
                "Nei.",
                answer_message,
                now(),
            )
            .await,
            input::set_status(db, staff, from_sara, InputStatus::Considering, None, now()).await,
            input::set_published(db, staff, from_sara, input::Publication::Off, now()).await,
            comment::for_coordinator(db, staff, c.hearing)
                .await
                .map(|r| r.map(|_| ())),
            moderation::approve(db, staff, Item::Input(from_sara), now()).await,
            moderation::hide(db, staff, Item::Input(from_sara), "Fordi", now()).await,
            moderation::reports(db, staff).await.map(|r| r.map(|_| ())),
            meeting::create(db, staff, &meeting_draft, now())
                .await
                .map(|r| r.map(|_| ())),
            meeting::list(db, staff).await.map(|r| r.map(|_| ())),
            plan::add(
                db,
                staff,
                date("2026-12-01"),
                PlanKind::Other,
                "Uønsket",
                now(),
            )
            .await
            .map(|r| r.map(|_| ())),
        ];
        for (i, result) in refusals.into_iter().enumerate() {
            assert!(
                matches!(result, Ok(Err(Refusal::Forbidden))),
                "{who}, operation {i}: {result:?}"
            );
        }
    }
    // Nothing happened: no audit row, no message, Sara still a member, the input untouched.
    assert_eq!(audit_trail(db, c.county_id).await.len(), trail_before);
    assert_eq!(outbox(db).await.len(), sent_before);
    assert!(ok(hearing::for_member(db, &c.sara, now()).await).len() == 1);
    let input = ok(input::get_for_coordinator(db, &c.rita, from_sara, now()).await);
    assert_eq!(
        (input.status, input.hidden_at),
        (InputStatus::Received, None)
    );
    // The council coordinator may. Another county's council coordinator acts in their own
    // county only: this county's records are not found there.
    assert_eq!(ok(application::list(db, &c.rita).await).len(), 6);
    assert!(ok(application::list(db, &elsewhere).await).is_empty());
    assert!(ok(input::for_coordinator(db, &elsewhere, None, now()).await).is_empty());
    assert!(matches!(
        error(input::get_for_coordinator(db, &elsewhere, from_sara, now()).await),
        DomainError::NotFound
    ));
    assert!(matches!(
        error(moderation::hide(db, &elsewhere, Item::Input(from_sara), "Fordi", now()).await),
        DomainError::NotFound
    ));
    assert!(matches!(
        error(member::end_term(db, &elsewhere, c.sara.id, now()).await),
        DomainError::NotFound
    ));
    assert!(matches!(
        error(
            member::admit(
                db,
                &elsewhere,
                waiting.id,
                CouncilRole::Member,
                date("2026-11-01"),
                date("2027-06-30"),
                &decision_message,
                now()
            )
            .await
        ),
        DomainError::NotFound
    ));
    assert_eq!(audit_trail(db, c.county_id).await.len(), trail_before);
    ok(input::set_status(
        db,
        &c.rita,
        from_sara,
        InputStatus::Considering,
        None,
        now(),
    )
    .await);
}

async fn ex_members_and_signed_out_visitors_can_do_nothing(db: &Db) {
    let c = council(db).await;
    let from_sara = ok(input::submit(db, &c.sara, c.hearing, "Innspill.", false, now()).await);
    let from_linnea = ok(input::submit(db, &c.linnea, c.hearing, "Mitt.", false, now()).await);
    // Linnea logs in, then her term is ended.
    let started = ok(login::start(
        db,
        c.county_id,
        "linnea@example.no",
        "10.8.0.1",
        &LoginPolicy::default(),
        code_message,
        now(),
    )
    .await);
    let code = outbox(db).await.pop().unwrap().body[..6].to_string();
    let token = ok(login::with_code(
        db,
        &started.page_token,
        &code,
        &LoginPolicy::default(),
        now(),
    )
    .await);
    ok(member::end_term(db, &c.rita, c.linnea.id, now()).await);
    // Her session is gone, and the Member the app may still hold is refused everywhere.
    assert!(
        member_session::resolve(db, &token, SessionPolicy::default(), now())
            .await
            .unwrap()
            .is_none()
    );
    let linnea = &c.linnea;
    let refusals = [
        hearing::for_member(db, linnea, now())
            .await
            .map(|r| r.map(|_| ())),
        hearing::get_for_member(db, linnea, c.hearing, now())
            .await
            .map(|r| r.map(|_| ())),
        input::for_member(db, linnea, c.hearing, now())
            .await
            .map(|r| r.map(|_| ())),
        input::submit(db, linnea, c.hearing, "Igjen.", false, now())
            .await
            .map(|r| r.map(|_| ())),
        input::edit(db, linnea, from_linnea, "Endret.", false, now()).await,
        input::withdraw(db, linnea, from_linnea, now()).await,
        input::support(db, linnea, from_sara, now()).await,
        input::unsupport(db, linnea, from_sara, now()).await,
        comment::add(db, linnea, from_sara, "Hei.", false, now())
            .await
            .map(|r| r.map(|_| ())),
        comment::for_member(db, linnea, c.hearing, now())
            .await
            .map(|r| r.map(|_| ())),
        moderation::report(db, linnea, Item::Input(from_sara), None, now())
            .await
            .map(|r| r.map(|_| ())),
        meeting::for_member(db, linnea, now())
            .await
            .map(|r| r.map(|_| ())),
    ];
    for (i, result) in refusals.into_iter().enumerate() {
        assert!(
            matches!(result, Ok(Err(Refusal::NotMember))),
            "operation {i}: {result:?}"
        );
    }
    // A member of another county sees nothing of this one.
    let agder = county::create(
        db,
        &NewCounty {
            slug: "agder",
            name: "Agder fylkeskommune",
            service_name: "OT i Agder",
            phone: "+47 400 00 100",
            email: "ot@agder.example.no",
        },
    )
    .await
    .unwrap();
    let anne = council_coordinator(db, agder.id, "Anne Agder", "anne@agder.example.no").await;
    let per = join(
        db,
        agder.id,
        &anne,
        &application("Per", 2004, Some("91234567"), None, "nb"),
    )
    .await;
    assert!(ok(hearing::for_member(db, &per, now()).await).is_empty());
    assert!(matches!(
        error(input::for_member(db, &per, c.hearing, now()).await),
        DomainError::NotFound
    ));
    assert!(matches!(
        error(input::submit(db, &per, c.hearing, "Hei.", false, now()).await),
        DomainError::NotFound
    ));
    assert!(matches!(
        error(input::support(db, &per, from_sara, now()).await),
        DomainError::NotFound
    ));
    // Another member's input is not one's to edit or withdraw.
    assert!(matches!(
        error(input::edit(db, &c.emil, from_sara, "Mitt nå.", false, now()).await),
        DomainError::NotFound
    ));
    assert!(matches!(
        error(input::withdraw(db, &c.emil, from_sara, now()).await),
        DomainError::NotFound
    ));
    assert_eq!(
        refusal(input::support(db, &c.sara, from_sara, now()).await),
        Refusal::NotAllowed
    );
    // Supporting twice counts once.
    ok(input::support(db, &c.emil, from_sara, now()).await);
    ok(input::support(db, &c.emil, from_sara, now()).await);
    let seen = ok(input::for_member(db, &c.emil, c.hearing, now()).await);
    assert_eq!((seen[0].supports, seen[0].supported_by_me), (1, true));
    // Signed out: an unknown token is nobody.
    assert!(
        member_session::resolve(db, "not-a-token", SessionPolicy::default(), now())
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        session::resolve(db, "not-a-token", SessionPolicy::default(), now())
            .await
            .unwrap()
            .is_none()
    );
}

// ---------------------------------------------------------------------------------------------
// Meetings and the year plan

async fn meetings_minutes_and_the_year_plan(db: &Db) {
    let c = council(db).await;
    let draft = |title: &str, starts: &str, ends: &str| MeetingDraft {
        title: title.into(),
        agenda: "1. Høringen".into(),
        place: "Fylkeshuset".into(),
        starts_at: oslo(starts),
        ends_at: oslo(ends),
    };
    assert!(matches!(
        error(
            meeting::create(
                db,
                &c.rita,
                &draft("Feil", "2026-10-01 18:00", "2026-10-01 16:00"),
                now()
            )
            .await
        ),
        DomainError::Invalid {
            field: "ends_at",
            reason: "before_starts_at"
        }
    ));
    let past = ok(meeting::create(
        db,
        &c.rita,
        &draft("Septembermøtet", "2026-09-15 16:00", "2026-09-15 18:00"),
        now(),
    )
    .await);
    let next = ok(meeting::create(
        db,
        &c.rita,
        &draft("Novembermøtet", "2026-11-10 16:00", "2026-11-10 18:00"),
        now(),
    )
    .await);
    ok(meeting::set_attendance(db, &c.rita, past.id, c.sara.id, true, now()).await);
    ok(meeting::set_attendance(db, &c.rita, past.id, c.emil.id, false, now()).await);
    ok(meeting::set_attendance(db, &c.rita, past.id, c.emil.id, true, now()).await);
    let attendance: Vec<(String, Option<bool>)> =
        ok(meeting::attendance(db, &c.rita, past.id).await)
            .into_iter()
            .map(|a| (a.first_name, a.present))
            .collect();
    assert_eq!(
        attendance,
        [
            ("Sara".to_string(), Some(true)),
            ("Emil".to_string(), Some(true)),
            ("Linnea".to_string(), None),
            ("Nora".to_string(), None),
            ("Yusuf".to_string(), None),
        ]
    );

    // Minutes kept but not published reach nobody.
    ok(meeting::set_minutes(
        db,
        &c.rita,
        past.id,
        "Rådet svarte på høringen.",
        false,
        now(),
    )
    .await);
    assert!(meeting::published_minutes(db, c.county_id, now())
        .await
        .unwrap()
        .is_empty());
    let sara_sees = ok(meeting::for_member(db, &c.sara, now()).await);
    assert_eq!(
        sara_sees
            .iter()
            .map(|m| (m.title.as_str(), m.minutes.as_deref(), m.present))
            .collect::<Vec<_>>(),
        [
            ("Novembermøtet", None, None),
            ("Septembermøtet", None, Some(true))
        ]
    );
    ok(meeting::set_minutes(
        db,
        &c.rita,
        past.id,
        "Rådet svarte på høringen.",
        true,
        now(),
    )
    .await);
    // Minutes of a meeting still to come are not shown before it has begun.
    ok(meeting::set_minutes(db, &c.rita, next.id, "Forslag til referat.", true, now()).await);
    let minutes: Vec<(String, String)> = meeting::published_minutes(db, c.county_id, now())
        .await
        .unwrap()
        .into_iter()
        .map(|m| (m.title, m.minutes))
        .collect();
    assert_eq!(
        minutes,
        [(
            "Septembermøtet".to_string(),
            "Rådet svarte på høringen.".to_string()
        )]
    );

    // The year plan: the next meeting, published deadlines, the coordinator's own dates.
    assert!(matches!(
        error(
            plan::add(
                db,
                &c.rita,
                date("2026-12-01"),
                PlanKind::Meeting,
                "Møte",
                now()
            )
            .await
        ),
        DomainError::Invalid {
            field: "kind",
            reason: "own_table"
        }
    ));
    let report = ok(plan::add(
        db,
        &c.rita,
        date("2026-12-03"),
        PlanKind::ReportToCommittee,
        "Rapport til hovedutvalget",
        now(),
    )
    .await);
    ok(plan::add(
        db,
        &c.rita,
        date("2026-09-01"),
        PlanKind::Other,
        "Oppstart",
        now(),
    )
    .await);
    ok(hearing::create(
        db,
        &c.rita,
        &HearingDraft {
            title: "Utkast".into(),
            question: "?".into(),
            background: String::new(),
            deadline_at: oslo("2026-11-20 12:00"),
        },
        now(),
    )
    .await);
    let year: Vec<(NaiveDate, PlanKind, String)> = plan::year_plan(db, c.county_id, now())
        .await
        .unwrap()
        .into_iter()
        .map(|e| (e.on_date, e.kind, e.title))
        .collect();
    assert_eq!(
        year,
        [
            (
                date("2026-10-25"),
                PlanKind::HearingDeadline,
                "Kontakt fra OT".to_string()
            ),
            (
                date("2026-11-10"),
                PlanKind::Meeting,
                "Novembermøtet".to_string()
            ),
            (
                date("2026-12-03"),
                PlanKind::ReportToCommittee,
                "Rapport til hovedutvalget".to_string()
            ),
        ]
    );
    ok(plan::remove(db, &c.rita, report.id, now()).await);
    assert_eq!(ok(plan::items(db, &c.rita).await).len(), 1);
    assert!(matches!(
        error(plan::remove(db, &c.rita, report.id, now()).await),
        DomainError::NotFound
    ));
}

// ---------------------------------------------------------------------------------------------
// Demo data

async fn the_demo_council_is_seeded_once(db: &Db) {
    let county = demo::seed(db).await.unwrap();
    demo::seed_council(db, county.id, now()).await.unwrap();
    let tally = || async {
        (
            count(db, "SELECT COUNT(*) FROM council_member").await,
            count(db, "SELECT COUNT(*) FROM council_hearing").await,
            count(db, "SELECT COUNT(*) FROM council_input").await,
            count(db, "SELECT COUNT(*) FROM council_support").await,
            count(db, "SELECT COUNT(*) FROM council_comment").await,
            count(db, "SELECT COUNT(*) FROM council_meeting").await,
            count(db, "SELECT COUNT(*) FROM council_plan_item").await,
            count(db, "SELECT COUNT(*) FROM outbox_message").await,
        )
    };
    assert_eq!(tally().await, (5, 1, 5, 2, 1, 2, 1, 0));
    let rita = staff::by_email(db, county.id, demo::COUNCIL_COORDINATOR.1)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(rita.role, Role::CouncilCoordinator);
    let members = ok(member::current(db, &rita, now()).await);
    assert_eq!(members.iter().filter(|m| m.is_minor(now())).count(), 1);
    assert_eq!(member::public(db, county.id, now()).await.unwrap().len(), 5);
    let inputs = ok(input::for_coordinator(db, &rita, None, now()).await);
    let mut statuses: Vec<(&str, InputStatus, Approval, bool, bool)> = inputs
        .iter()
        .map(|i| {
            (
                i.first_name.as_str(),
                i.status,
                i.approval,
                i.hide_name,
                i.published,
            )
        })
        .collect();
    statuses.sort_by_key(|s| s.0);
    assert_eq!(
        statuses,
        [
            (
                "Emil",
                InputStatus::Considering,
                Approval::NotNeeded,
                false,
                false
            ),
            (
                "Linnea",
                InputStatus::Received,
                Approval::NotNeeded,
                false,
                false
            ),
            (
                "Nora",
                InputStatus::Received,
                Approval::Pending,
                false,
                false
            ),
            (
                "Sara",
                InputStatus::Answered,
                Approval::NotNeeded,
                false,
                true
            ),
            (
                "Yusuf",
                InputStatus::Received,
                Approval::NotNeeded,
                true,
                false
            ),
        ]
    );
    assert_eq!(input::published(db, county.id).await.unwrap().len(), 1);
    assert_eq!(
        meeting::published_minutes(db, county.id, now())
            .await
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        plan::year_plan(db, county.id, now()).await.unwrap().len(),
        3
    );
    let trail = audit_trail(db, county.id).await.len();

    // Again, and again a week later: nothing new.
    demo::seed_council(db, county.id, now()).await.unwrap();
    demo::seed_council(db, county.id, now() + Duration::days(7))
        .await
        .unwrap();
    assert_eq!(tally().await, (5, 1, 5, 2, 1, 2, 1, 0));
    assert_eq!(audit_trail(db, county.id).await.len(), trail);
}

// ---------------------------------------------------------------------------------------------
// Retention

async fn retention_forgets_council_codes_sessions_and_decided_applications(db: &Db) {
    let c = council(db).await;
    let policy = RetentionPolicy::default();
    // Five admitted applications, decided at now(); one new and one declined a year ago.
    let old = now() - Duration::days(400);
    let waiting = ok(application::submit(
        db,
        c.county_id,
        &application("Ny", 2006, Some("48888888"), None, "nb"),
        "10.9.0.1",
        &ApplicationPolicy::default(),
        notice,
        old,
    )
    .await);
    let declined = ok(application::submit(
        db,
        c.county_id,
        &application("Nei", 2006, Some("48888889"), None, "nb"),
        "10.9.0.2",
        &ApplicationPolicy::default(),
        notice,
        old,
    )
    .await);
    ok(application::decline(db, &c.rita, declined.id, &decision_message, old).await);
    // A login code and a session from two days ago, and fresh ones.
    let then = now() - Duration::days(3);
    let started = ok(login::start(
        db,
        c.county_id,
        "91234567",
        "10.9.0.3",
        &LoginPolicy::default(),
        code_message,
        then,
    )
    .await);
    let code = outbox(db).await.pop().unwrap().body[..6].to_string();
    ok(login::with_code(
        db,
        &started.page_token,
        &code,
        &LoginPolicy::default(),
        then,
    )
    .await);
    ok(login::start(
        db,
        c.county_id,
        "92222222",
        "10.9.0.4",
        &LoginPolicy::default(),
        code_message,
        now(),
    )
    .await);

    let deleted = retention::run(db, c.county_id, &policy, now())
        .await
        .unwrap();
    let council_kinds: Vec<(&str, u64)> = deleted
        .into_iter()
        .filter(|(kind, _)| kind.starts_with("council_"))
        .collect();
    assert_eq!(
        council_kinds,
        [
            ("council_application", 1),
            ("council_login", 1),
            ("council_session", 1)
        ]
    );
    let left: Vec<String> = ok(application::list(db, &c.rita).await)
        .into_iter()
        .map(|a| a.first_name)
        .collect();
    assert_eq!(left.len(), 6);
    assert!(left.contains(&"Ny".to_string()) && !left.contains(&"Nei".to_string()));
    assert_eq!(
        ok(application::get(db, &c.rita, waiting.id).await).state,
        ApplicationState::New
    );
    // The members keep what they need when their applications go.
    assert_eq!(count(db, "SELECT COUNT(*) FROM council_member").await, 5);
    assert_eq!(count(db, "SELECT COUNT(*) FROM council_login").await, 1);
}
