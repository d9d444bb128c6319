//! Retention deletes exactly what is due and nothing else, and audits each deletion by count —
//! on a fresh SQLite file and a fresh PostgreSQL database per test.

use chrono::{DateTime, Duration, Utc};
use domain::{
    audit,
    booking::{self, MeetingForm, NewBooking},
    contact_request::{self, ContactPolicy, ContactRequestInput, NewContactRequest, Scope},
    demo, department, login, outbox,
    outbox::NewMessage,
    retention::{self, RetentionPolicy},
    staff, Db,
};

#[macro_use]
mod support;
use support::{postgres, sqlite};

on_both!(retention_deletes_exactly_what_is_due_and_audits_it);

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

fn compose(r: &NewContactRequest, token: &str, _code: &str) -> Vec<NewMessage> {
    vec![NewMessage {
        idempotency_key: format!("first:{token}"),
        channel: "sms".into(),
        recipient: r.mobile.clone().unwrap_or_default(),
        subject: String::new(),
        body: format!("Hei {}!", r.first_name),
        attachment: None,
    }]
}

async fn kinds(db: &Db, county: i64) -> Vec<(String, String)> {
    let mut events: Vec<(String, String)> = audit::search(db, county, None, None, 100)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "retention.delete")
        .map(|e| (e.subject_type, e.detail))
        .collect();
    events.sort();
    events
}

async fn retention_deletes_exactly_what_is_due_and_audits_it(db: &Db) {
    let county = demo::seed(db).await.unwrap();
    demo::seed_availability(db, county.id).await.unwrap();
    let ingrid = staff::by_email(db, county.id, "ingrid.haugen@demo.neste-steg.no")
        .await
        .unwrap()
        .unwrap();
    let departments: Vec<(i64, String)> = department::list(db, county.id)
        .await
        .unwrap()
        .into_iter()
        .map(|d| (d.id, d.slug))
        .collect();
    let created_at = at("2026-03-02T09:00:00Z");
    let person = |first: &str, birth: &str| ContactRequestInput {
        first_name: first.into(),
        last_name: "Nilsen".into(),
        birth_date: birth.into(),
        mobile: "91234567".into(),
        language: "nb".into(),
        municipality: "Horten".into(),
        department: "horten".into(),
        ..Default::default()
    };
    // Both are in the target group in 2026: born 2002 turns 24 this year, born 2003 turns 23.
    let valid: Vec<_> = [("Eldst", "2002-12-31"), ("Yngre", "2003-01-01")]
        .into_iter()
        .map(|(first, birth)| {
            contact_request::validate(&person(first, birth), &departments, created_at.date_naive())
                .unwrap()
        })
        .collect();
    contact_request::create_many(
        db,
        county.id,
        ingrid.id,
        contact_request::Source::Form,
        &valid,
        &ContactPolicy::default(),
        &compose,
        created_at,
    )
    .await
    .unwrap();

    // A booking, held and then past.
    let horten = departments.iter().find(|(_, s)| s == "horten").unwrap().0;
    let slot = booking::free_slots(
        db,
        county.id,
        horten,
        Some(MeetingForm::Office),
        Some(ingrid.id),
        created_at,
    )
    .await
    .unwrap()
    .remove(0);
    let requested = booking::request(
        db,
        county.id,
        &NewBooking {
            department_id: horten,
            staff_id: ingrid.id,
            form: MeetingForm::Office,
            starts: slot.starts,
            first_name: "Aida".into(),
            mobile: Some("91234568".into()),
            email: None,
            language: "nb".into(),
            contact_request_id: None,
            supersedes_id: None,
        },
        &Default::default(),
        &|_, _, _| Vec::new(),
        created_at,
    )
    .await
    .unwrap();
    // A sent message and a failed login.
    let message = outbox::lease(db, "test", &Default::default(), created_at)
        .await
        .unwrap()
        .unwrap();
    outbox::mark_sent(db, message.id, "test", created_at)
        .await
        .unwrap();
    let _ = login::authenticate(
        db,
        county.id,
        "nobody@vfk.no",
        "feil passord her",
        "10.0.0.1",
        Default::default(),
        created_at,
    )
    .await;

    let policy = RetentionPolicy::default();
    // The same day: nothing is due, and nothing is audited.
    assert_eq!(
        retention::run(db, county.id, &policy, created_at)
            .await
            .unwrap(),
        vec![]
    );
    assert!(kinds(db, county.id).await.is_empty());

    // Two days on: only what lives a day goes (the failed login).
    let soon = created_at + Duration::days(2);
    assert_eq!(
        retention::run(db, county.id, &policy, soon).await.unwrap(),
        vec![("login_failure", 1)]
    );

    // Past the meeting by 15 days: the booking's link stops working; the booking stays.
    let after_meeting = requested.booking.ends_at + Duration::days(15);
    let deleted = retention::run(db, county.id, &policy, after_meeting)
        .await
        .unwrap();
    assert_eq!(deleted, vec![("booking_link", 1)]);
    assert!(
        booking::by_token(db, &requested.token).await.is_err(),
        "the link is gone"
    );
    assert!(
        booking::get(db, county.id, Scope::County, requested.booking.id)
            .await
            .is_ok()
    );

    // 91 days on: the sent message (with its recipient) goes, the pending one stays.
    let later = created_at + Duration::days(91);
    let deleted = retention::run(db, county.id, &policy, later).await.unwrap();
    assert_eq!(deleted, vec![("outbox_message", 1)]);
    assert_eq!(
        outbox::counts(db)
            .await
            .unwrap()
            .into_iter()
            .find(|(s, _)| s == "pending")
            .map(|(_, n)| n),
        Some(1)
    );

    // New Year 2027: the one born in 2002 has left the target group, with her answer link and
    // her pending message; the one born 2003 stays.
    let new_year = at("2027-01-01T12:00:00Z");
    let deleted = retention::run(db, county.id, &policy, new_year)
        .await
        .unwrap();
    assert_eq!(deleted, vec![("contact_request", 1)]);
    let left: Vec<String> = contact_request::list(db, county.id, Scope::County, 10)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.first_name)
        .collect();
    assert_eq!(left, ["Yngre"]);
    assert!(outbox::counts(db)
        .await
        .unwrap()
        .iter()
        .all(|(s, n)| s != "pending" || *n == 1));

    // A year after the meeting the booking goes too.
    let year_after = requested.booking.ends_at + Duration::days(366);
    let deleted = retention::run(db, county.id, &policy, year_after)
        .await
        .unwrap();
    assert!(deleted.contains(&("booking", 1)), "{deleted:?}");
    assert!(
        booking::get(db, county.id, Scope::County, requested.booking.id)
            .await
            .is_err()
    );

    // Every deletion is in the audit log, by count, and nothing else is.
    let audited = kinds(db, county.id).await;
    for kind in [
        "login_failure",
        "booking_link",
        "outbox_message",
        "contact_request",
        "booking",
    ] {
        assert!(
            audited.iter().any(|(k, n)| k == kind && n == "1"),
            "{kind}: {audited:?}"
        );
    }
}
