//! Contact requests, answers, reviews, the outbox and reminders, on a fresh SQLite file and a
//! fresh PostgreSQL database per test.

use std::collections::HashSet;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use domain::{
    answer::{self, GivenContact, InboxFilter, LinkRefusal, LinkThrottle, NewReview},
    contact_request::{self, ContactPolicy, ContactRequestInput, NewContactRequest, Scope},
    demo, department, import,
    outbox::{self, NewMessage, RetryPolicy},
    staff,
    status_code::{Activity, StatusCode},
    Db, DomainError,
};

#[macro_use]
mod support;
use support::{allow_audit, audit_trail, count, postgres, refuse_audit, sqlite};

on_both!(
    a_request_opens_by_its_link_and_its_letter_code_only,
    expired_revoked_and_wrong_links_look_alike_and_are_throttled,
    every_answer_suggests_its_code_and_can_change_until_handled,
    advisors_see_only_their_departments,
    reviews_keep_history_and_the_export_has_confirmed_codes,
    an_import_stores_every_good_row_or_none,
    the_outbox_survives_a_killed_worker_and_never_doubles,
    reminders_alternate_channels_stop_at_an_answer_and_end_on_the_call_list,
    an_identity_provider_login_state_works_once_and_briefly,
    changes_to_youth_data_are_audited_with_the_change_or_not_at_all,
    the_contact_step_asks_for_what_ot_has_no_number_or_address_for,
    a_channel_without_a_transport_keeps_its_messages_unsent,
);

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-23T09:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

fn today() -> NaiveDate {
    now().date_naive()
}

struct Setup {
    county_id: i64,
    /// Ingrid, advisor in Horten.
    horten_advisor: i64,
    /// Jonas, advisor in Larvik.
    larvik_advisor: i64,
    departments: Vec<(i64, String)>,
}

async fn setup(db: &Db) -> Setup {
    let county = demo::seed(db).await.unwrap();
    let id_of = |email: &'static str| {
        let db = db.clone();
        async move {
            staff::by_email(&db, county.id, email)
                .await
                .unwrap()
                .unwrap()
                .id
        }
    };
    let departments = department::list(db, county.id)
        .await
        .unwrap()
        .into_iter()
        .map(|d| (d.id, d.slug))
        .collect();
    Setup {
        county_id: county.id,
        horten_advisor: id_of("ingrid.haugen@demo.neste-steg.no").await,
        larvik_advisor: id_of("jonas.larsen@demo.neste-steg.no").await,
        departments,
    }
}

fn person(first: &str, department: &str) -> ContactRequestInput {
    ContactRequestInput {
        first_name: first.into(),
        last_name: "Nilsen".into(),
        birth_date: "2008-03-14".into(),
        mobile: "91234567".into(),
        email: format!("{}@example.no", first.to_lowercase()),
        language: "nn".into(),
        municipality: "Horten".into(),
        department: department.into(),
        ..Default::default()
    }
}

/// One message per request, by SMS, with the link in it (as the app composes them).
fn compose(r: &NewContactRequest, token: &str, code: &str) -> Vec<NewMessage> {
    vec![NewMessage {
        idempotency_key: format!("first:{token}"),
        channel: "sms".into(),
        recipient: r.mobile.clone().unwrap_or_default(),
        subject: String::new(),
        body: format!(
            "Hei {}! https://ot.example/svar/{token} ({code})",
            r.first_name
        ),
        attachment: None,
    }]
}

async fn create(db: &Db, s: &Setup, first: &str, department: &str) -> contact_request::Created {
    let valid =
        contact_request::validate(&person(first, department), &s.departments, today()).unwrap();
    contact_request::create_many(
        db,
        s.county_id,
        s.horten_advisor,
        contact_request::Source::Form,
        &[valid],
        &ContactPolicy::default(),
        &compose,
        now(),
    )
    .await
    .unwrap()
    .remove(0)
}

fn open_ok(result: Result<answer::Opened, LinkRefusal>) -> answer::Opened {
    result.expect("the link opens")
}

async fn a_request_opens_by_its_link_and_its_letter_code_only(db: &Db) {
    let s = setup(db).await;
    let created = create(db, &s, "Sara", "horten").await;
    let throttle = LinkThrottle::default();
    let opened = open_ok(
        answer::open(db, &created.token, "10.0.0.1", throttle, now())
            .await
            .unwrap(),
    );
    assert_eq!(opened.first_name, "Sara");
    assert_eq!(opened.language, "nn");
    assert!(opened.activity.is_none(), "opening changes nothing");

    // The database has the token's hash, never the token.
    let stored: Vec<String> = match db {
        Db::Sqlite(p) => sqlx::query_scalar("SELECT token_hash FROM answer_link")
            .fetch_all(p)
            .await
            .unwrap(),
        Db::Postgres(p) => sqlx::query_scalar("SELECT token_hash FROM answer_link")
            .fetch_all(p)
            .await
            .unwrap(),
    };
    assert_eq!(stored, [domain::secret::token_hash(&created.token)]);

    // The letter code, typed sloppily, gives a new link to the same request.
    let sloppy = format!(
        " {}-{} ",
        &created.letter_code[..4].to_lowercase(),
        &created.letter_code[4..]
    );
    let token = answer::open_code(db, &sloppy, "10.0.0.1", throttle, now())
        .await
        .unwrap()
        .unwrap();
    assert_ne!(token, created.token);
    let again = open_ok(
        answer::open(db, &token, "10.0.0.1", throttle, now())
            .await
            .unwrap(),
    );
    assert_eq!(again.contact_request_id, opened.contact_request_id);
}

async fn expired_revoked_and_wrong_links_look_alike_and_are_throttled(db: &Db) {
    let s = setup(db).await;
    let created = create(db, &s, "Sara", "horten").await;
    let revoked = create(db, &s, "Ola", "horten").await;
    let throttle = LinkThrottle {
        window: Duration::minutes(15),
        per_ip: 4,
    };
    let later = now() + Duration::days(31);
    assert_eq!(
        answer::open(db, &created.token, "10.0.0.2", throttle, later)
            .await
            .unwrap(),
        Err(LinkRefusal::Unusable),
        "expired after 30 days"
    );
    contact_request::revoke(
        db,
        s.county_id,
        Scope::County,
        revoked.id,
        s.horten_advisor,
        now(),
    )
    .await
    .unwrap();
    assert_eq!(
        answer::open(db, &revoked.token, "10.0.0.2", throttle, now())
            .await
            .unwrap(),
        Err(LinkRefusal::Unusable)
    );
    assert_eq!(
        answer::open_code(db, "AAAA-AAAA", "10.0.0.2", throttle, now())
            .await
            .unwrap(),
        Err(LinkRefusal::Unusable)
    );
    // A real code typed right, for a withdrawn or expired request, is told apart from a wrong one.
    assert_eq!(
        answer::open_code(db, &revoked.letter_code, "10.0.0.2", throttle, now())
            .await
            .unwrap(),
        Err(LinkRefusal::Ended)
    );
    assert_eq!(
        answer::open_code(db, &created.letter_code, "10.0.0.2", throttle, later)
            .await
            .unwrap(),
        Err(LinkRefusal::Ended)
    );
    assert_eq!(
        answer::open(db, "made-up", "10.0.0.2", throttle, now())
            .await
            .unwrap(),
        Err(LinkRefusal::Unusable)
    );
    // The expired and the withdrawn link were real links opened again: only the made-up code
    // and token count, so this address is not held yet.
    assert!(
        answer::open(db, &created.token, "10.0.0.2", throttle, now())
            .await
            .unwrap()
            .is_ok()
    );
    for guess in ["made-up-2", "made-up-3"] {
        assert_eq!(
            answer::open(db, guess, "10.0.0.2", throttle, now())
                .await
                .unwrap(),
            Err(LinkRefusal::Unusable)
        );
    }
    // Four guesses from this address: now even the right link waits, and other addresses don't.
    assert_eq!(
        answer::open(db, &created.token, "10.0.0.2", throttle, now())
            .await
            .unwrap(),
        Err(LinkRefusal::Throttled)
    );
    assert!(
        answer::open(db, &created.token, "10.0.0.3", throttle, now())
            .await
            .unwrap()
            .is_ok()
    );
    assert!(answer::open(
        db,
        &created.token,
        "10.0.0.2",
        throttle,
        now() + Duration::minutes(16)
    )
    .await
    .unwrap()
    .is_ok());
}

async fn every_answer_suggests_its_code_and_can_change_until_handled(db: &Db) {
    let s = setup(db).await;
    for activity in Activity::ALL {
        let created = create(
            db,
            &s,
            &format!(
                "Person{}",
                activity.as_str().len() * 100 + activity as usize
            ),
            "horten",
        )
        .await;
        answer::save_activity(db, created.id, activity, now())
            .await
            .unwrap();
        let item = answer::inbox(
            db,
            s.county_id,
            Scope::County,
            &InboxFilter {
                activity: Some(activity.as_str().into()),
                ..Default::default()
            },
            today(),
        )
        .await
        .unwrap();
        assert_eq!(item.len(), 1, "{activity:?}");
        assert_eq!(item[0].suggested_code, activity.suggested_code().as_str());
    }

    let created = create(db, &s, "Sara", "horten").await;
    let throttle = LinkThrottle::default();
    // Later steps need the first one.
    assert!(matches!(
        answer::save_details(db, created.id, "x", now()).await,
        Err(DomainError::Conflict(_))
    ));
    answer::save_activity(db, created.id, Activity::Work, now())
        .await
        .unwrap();
    answer::save_details(db, created.id, "Jobber på lager", now())
        .await
        .unwrap();
    let opened = open_ok(
        answer::open(db, &created.token, "ip", throttle, now())
            .await
            .unwrap(),
    );
    let none = GivenContact::default();
    answer::save_contact(
        db,
        &opened,
        &["call".into(), "sms".into()],
        "afternoon",
        &none,
        now(),
    )
    .await
    .unwrap();
    assert!(matches!(
        answer::save_contact(db, &opened, &[], "afternoon", &none, now()).await,
        Err(DomainError::Invalid {
            field: "channels",
            ..
        })
    ));
    assert!(matches!(
        answer::save_details(db, created.id, &"x".repeat(1001), now()).await,
        Err(DomainError::Invalid {
            field: "details",
            ..
        })
    ));
    // Changed before handling: the new answer replaces the old one, reference kept.
    let before = open_ok(
        answer::open(db, &created.token, "ip", throttle, now())
            .await
            .unwrap(),
    );
    answer::save_activity(db, created.id, Activity::School, now())
        .await
        .unwrap();
    let after = open_ok(
        answer::open(db, &created.token, "ip", throttle, now())
            .await
            .unwrap(),
    );
    assert_eq!(after.activity.as_deref(), Some("school"));
    assert_eq!(after.reference, before.reference);
    assert_eq!(after.details.as_deref(), Some("Jobber på lager"));
    assert_eq!(after.contact_channels.as_deref(), Some("sms,call"));

    let item = answer::inbox(
        db,
        s.county_id,
        Scope::County,
        &InboxFilter::default(),
        today(),
    )
    .await
    .unwrap()
    .into_iter()
    .find(|i| i.contact_request_id == created.id)
    .unwrap();
    assert_eq!(item.suggested_code, "OTEV");
    let code = StatusCode::parse("OTEV").unwrap();
    answer::review(
        db,
        s.county_id,
        Scope::County,
        &NewReview {
            answer_id: item.answer_id,
            staff_id: s.horten_advisor,
            code: &code,
            note: "",
            called: false,
        },
        now(),
    )
    .await
    .unwrap();
    // After handling the young person cannot change it, and nothing they send is saved.
    assert!(matches!(
        answer::save_activity(db, created.id, Activity::NoThanks, now()).await,
        Err(DomainError::Conflict(_))
    ));
    assert!(matches!(
        answer::save_details(db, created.id, "endret", now()).await,
        Err(DomainError::Conflict(_))
    ));
    let handled = open_ok(
        answer::open(db, &created.token, "ip", throttle, now())
            .await
            .unwrap(),
    );
    assert!(handled.is_handled());
    assert_eq!(handled.activity.as_deref(), Some("school"));
    assert_eq!(handled.details.as_deref(), Some("Jobber på lager"));
}

async fn advisors_see_only_their_departments(db: &Db) {
    let s = setup(db).await;
    let larvik = create(db, &s, "Lise", "larvik").await;
    let horten = create(db, &s, "Hans", "horten").await;
    answer::save_activity(db, larvik.id, Activity::Work, now())
        .await
        .unwrap();
    answer::save_activity(db, horten.id, Activity::Work, now())
        .await
        .unwrap();
    let horten_scope = Scope::DepartmentsOf(s.horten_advisor);
    let names: Vec<_> = contact_request::list(db, s.county_id, horten_scope, 50)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.first_name)
        .collect();
    assert_eq!(names, ["Hans"]);
    assert!(matches!(
        contact_request::get(db, s.county_id, horten_scope, larvik.id).await,
        Err(DomainError::NotFound)
    ));
    assert!(matches!(
        contact_request::revoke(
            db,
            s.county_id,
            horten_scope,
            larvik.id,
            s.horten_advisor,
            now()
        )
        .await,
        Err(DomainError::NotFound)
    ));
    let inbox = answer::inbox(
        db,
        s.county_id,
        horten_scope,
        &InboxFilter::default(),
        today(),
    )
    .await
    .unwrap();
    assert_eq!(
        inbox
            .iter()
            .map(|i| i.first_name.as_str())
            .collect::<Vec<_>>(),
        ["Hans"]
    );
    let larvik_answer = answer::inbox(
        db,
        s.county_id,
        Scope::DepartmentsOf(s.larvik_advisor),
        &InboxFilter::default(),
        today(),
    )
    .await
    .unwrap();
    assert_eq!(larvik_answer.len(), 1);
    let code = StatusCode::parse("OTAR").unwrap();
    let review = NewReview {
        answer_id: larvik_answer[0].answer_id,
        staff_id: s.horten_advisor,
        code: &code,
        note: "",
        called: true,
    };
    assert!(matches!(
        answer::review(db, s.county_id, horten_scope, &review, now()).await,
        Err(DomainError::NotFound)
    ));
    assert!(matches!(
        answer::get(db, s.county_id, horten_scope, larvik_answer[0].answer_id).await,
        Err(DomainError::NotFound)
    ));
    assert!(answer::export(db, s.county_id, horten_scope)
        .await
        .unwrap()
        .is_empty());
    // Another county sees nothing of Vestfold's, whatever the scope.
    assert!(
        contact_request::list(db, s.county_id + 1000, Scope::County, 50)
            .await
            .unwrap()
            .is_empty()
    );
    // The coordinator's county scope sees both; the age filter works on today's age (18).
    let both = answer::inbox(
        db,
        s.county_id,
        Scope::County,
        &InboxFilter {
            min_age: Some(18),
            max_age: Some(18),
            ..Default::default()
        },
        today(),
    )
    .await
    .unwrap();
    assert_eq!(both.len(), 2);
    let none = answer::inbox(
        db,
        s.county_id,
        Scope::County,
        &InboxFilter {
            max_age: Some(17),
            ..Default::default()
        },
        today(),
    )
    .await
    .unwrap();
    assert!(none.is_empty());
}

async fn reviews_keep_history_and_the_export_has_confirmed_codes(db: &Db) {
    let s = setup(db).await;
    let created = create(db, &s, "Sara", "horten").await;
    answer::save_activity(db, created.id, Activity::School, now())
        .await
        .unwrap();
    let item = answer::inbox(
        db,
        s.county_id,
        Scope::County,
        &InboxFilter::default(),
        today(),
    )
    .await
    .unwrap()
    .remove(0);
    let scope = Scope::DepartmentsOf(s.horten_advisor);
    let first = StatusCode::parse("OTEV").unwrap();
    let corrected = StatusCode::parse("OTVF").unwrap();
    answer::review(
        db,
        s.county_id,
        scope,
        &NewReview {
            answer_id: item.answer_id,
            staff_id: s.horten_advisor,
            code: &first,
            note: "Ringt, bekreftet skole",
            called: true,
        },
        now(),
    )
    .await
    .unwrap();
    answer::review(
        db,
        s.county_id,
        scope,
        &NewReview {
            answer_id: item.answer_id,
            staff_id: s.horten_advisor,
            code: &corrected,
            note: "Privatskole",
            called: false,
        },
        now() + Duration::hours(1),
    )
    .await
    .unwrap();
    let history = answer::history(db, item.answer_id).await.unwrap();
    assert_eq!(
        history
            .iter()
            .map(|r| (r.status_code.as_str(), r.called))
            .collect::<Vec<_>>(),
        [("OTEV", true), ("OTVF", false)]
    );
    assert_eq!(history[0].staff_name, "Ingrid Demo Haugen");
    // Handled answers leave the waiting list but stay findable.
    assert!(
        answer::inbox(db, s.county_id, scope, &InboxFilter::default(), today())
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        answer::inbox(
            db,
            s.county_id,
            scope,
            &InboxFilter {
                include_handled: true,
                ..Default::default()
            },
            today()
        )
        .await
        .unwrap()
        .len(),
        1
    );
    let rows = answer::export(db, s.county_id, scope).await.unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].status_code, "OTVF");
    assert_eq!(rows[0].handled_at, now(), "handled when first confirmed");
    let csv = answer::export_csv(&rows);
    assert!(
        csv.contains("Nilsen;Sara;14.03.2008;Horten;Horten;OTVF;23.11.2026;NS-"),
        "{csv}"
    );
    let note = "x".repeat(2001);
    assert!(matches!(
        answer::review(
            db,
            s.county_id,
            scope,
            &NewReview {
                answer_id: item.answer_id,
                staff_id: s.horten_advisor,
                code: &first,
                note: &note,
                called: false
            },
            now()
        )
        .await,
        Err(DomainError::Invalid { field: "note", .. })
    ));
}

async fn an_import_stores_every_good_row_or_none(db: &Db) {
    let s = setup(db).await;
    let existing = create(db, &s, "Sara", "horten").await;
    let csv = "fornavn;etternavn;fødselsdato;mobil;epost;språk;kommune;avdeling\n\
               Sara;Nilsen;2008-03-14;91234567;;nb;Horten;horten\n\
               Ola;Hansen;2007-01-02;41234567;;nb;Larvik;larvik\n\
               Kari;Berg;2006-05-06;;kari@example.no;en;Tønsberg;tonsberg\n";
    let open = contact_request::open_duplicates(db, s.county_id, now())
        .await
        .unwrap();
    let preview = import::preview(csv.as_bytes(), &s.departments, &open, today()).unwrap();
    assert_eq!(
        preview.rows[0].result.as_ref().unwrap_err()[0].field,
        "duplicate",
        "Sara has an open request"
    );
    let good: Vec<_> = preview.good().cloned().collect();
    assert_eq!(good.len(), 2);
    let created = contact_request::create_many(
        db,
        s.county_id,
        s.horten_advisor,
        contact_request::Source::Form,
        &good,
        &ContactPolicy::default(),
        &compose,
        now(),
    )
    .await
    .unwrap();
    assert_eq!(created.len(), 2);
    let codes: HashSet<_> = created
        .iter()
        .map(|c| c.letter_code.clone())
        .chain([existing.letter_code])
        .collect();
    assert_eq!(codes.len(), 3, "letter codes are unique");
    let count = contact_request::list(db, s.county_id, Scope::County, 100)
        .await
        .unwrap()
        .len();
    assert_eq!(count, 3);

    // A failure half-way (a row whose department does not exist breaks the foreign key) rolls
    // the whole import back, the good row before it too.
    let mut broken = good.clone();
    broken[1].department_id = 999_999;
    broken[0].first_name = "Ny".into();
    assert!(contact_request::create_many(
        db,
        s.county_id,
        s.horten_advisor,
        contact_request::Source::Form,
        &broken,
        &ContactPolicy::default(),
        &compose,
        now()
    )
    .await
    .is_err());
    assert_eq!(
        contact_request::list(db, s.county_id, Scope::County, 100)
            .await
            .unwrap()
            .len(),
        3
    );
    let queued: i64 = match db {
        Db::Sqlite(p) => sqlx::query_scalar("SELECT COUNT(*) FROM outbox_message")
            .fetch_one(p)
            .await
            .unwrap(),
        Db::Postgres(p) => sqlx::query_scalar("SELECT COUNT(*) FROM outbox_message")
            .fetch_one(p)
            .await
            .unwrap(),
    };
    assert_eq!(
        queued, 3,
        "one message per stored request, none for the rolled-back import"
    );

    // A large file: 2 000 rows import in one go.
    let mut big = String::from("fornavn;etternavn;fødselsdato;mobil;kommune;avdeling\n");
    for i in 0..2000 {
        big.push_str(&format!(
            "Navn{i};Etternavn{i};2007-01-02;9{:07};Horten;horten\n",
            i
        ));
    }
    let preview = import::preview(big.as_bytes(), &s.departments, &[], today()).unwrap();
    assert_eq!(preview.bad_count(), 0);
    let good: Vec<_> = preview.good().cloned().collect();
    contact_request::create_many(
        db,
        s.county_id,
        s.horten_advisor,
        contact_request::Source::Form,
        &good,
        &ContactPolicy::default(),
        &compose,
        now(),
    )
    .await
    .unwrap();
    assert_eq!(
        contact_request::list(db, s.county_id, Scope::County, 5000)
            .await
            .unwrap()
            .len(),
        2003
    );
}

async fn the_outbox_survives_a_killed_worker_and_never_doubles(db: &Db) {
    let s = setup(db).await;
    for name in ["Ada", "Bo", "Cy", "Di", "Ek"] {
        create(db, &s, name, "horten").await;
    }
    let policy = RetryPolicy::default();
    // Worker A leases a message and dies without a word.
    let lost = outbox::lease(db, "worker-a", &policy, now())
        .await
        .unwrap()
        .unwrap();
    // Workers B and C race for the rest; neither ever holds what the other holds.
    let mut delivered = Vec::new();
    loop {
        let (b, c) = tokio::join!(
            outbox::lease(db, "worker-b", &policy, now()),
            outbox::lease(db, "worker-c", &policy, now())
        );
        let (b, c) = (b.unwrap(), c.unwrap());
        if b.is_none() && c.is_none() {
            break;
        }
        for (worker, leased) in [("worker-b", b), ("worker-c", c)] {
            if let Some(m) = leased {
                outbox::deliver_to_demo_mailbox(db, &m, now())
                    .await
                    .unwrap();
                assert!(outbox::mark_sent(db, m.id, worker, now()).await.unwrap());
                delivered.push(m.id);
            }
        }
    }
    assert_eq!(delivered.len(), 4);
    assert!(!delivered.contains(&lost.id), "A's lease still holds");
    // A's lease runs out; another worker takes the message over.
    let later = now() + policy.lease + Duration::seconds(1);
    let retaken = outbox::lease(db, "worker-b", &policy, later)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(retaken.id, lost.id);
    assert_eq!(retaken.attempts, 2);
    // A wakes up and tries to finish: refused, it no longer holds the lease.
    assert!(!outbox::mark_sent(db, lost.id, "worker-a", later)
        .await
        .unwrap());
    // B delivers twice (as if it crashed between delivery and bookkeeping): the mailbox keeps one.
    outbox::deliver_to_demo_mailbox(db, &retaken, later)
        .await
        .unwrap();
    outbox::deliver_to_demo_mailbox(db, &retaken, later)
        .await
        .unwrap();
    assert!(outbox::mark_sent(db, retaken.id, "worker-b", later)
        .await
        .unwrap());
    let mailbox = outbox::demo_mailbox(db, s.county_id, 100).await.unwrap();
    assert_eq!(mailbox.len(), 5, "every message once");
    assert!(mailbox.iter().all(|m| m.body.contains("/svar/")));
    assert!(
        outbox::lease(db, "worker-b", &policy, later + Duration::days(1))
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(outbox::counts(db).await.unwrap(), [("sent".to_string(), 5)]);

    // Failures back off and finally give up, forgetting the body.
    create(db, &s, "Failing", "horten").await;
    let strict = RetryPolicy {
        max_attempts: 2,
        ..RetryPolicy::default()
    };
    let m = outbox::lease(db, "w", &strict, later)
        .await
        .unwrap()
        .unwrap();
    outbox::mark_failed(db, &m, "w", "connection refused", &strict, later)
        .await
        .unwrap();
    assert!(
        outbox::lease(db, "w", &strict, later)
            .await
            .unwrap()
            .is_none(),
        "waits out its backoff"
    );
    let m = outbox::lease(db, "w", &strict, later + Duration::minutes(1))
        .await
        .unwrap()
        .unwrap();
    outbox::mark_failed(db, &m, "w", "connection refused", &strict, later)
        .await
        .unwrap();
    assert!(outbox::lease(db, "w", &strict, later + Duration::days(1))
        .await
        .unwrap()
        .is_none());
    assert!(outbox::counts(db)
        .await
        .unwrap()
        .contains(&("failed".to_string(), 1)));
}

fn reminder(due: &contact_request::Due, channel: &str, token: &str) -> Option<NewMessage> {
    Some(NewMessage {
        idempotency_key: format!("reminder:{}:{}", due.id, due.reminders_sent + 1),
        channel: channel.into(),
        recipient: if channel == "sms" {
            due.mobile.clone()
        } else {
            due.email.clone()
        }
        .unwrap_or_default(),
        subject: String::new(),
        body: format!("Hei igjen {}: /svar/{token}", due.first_name),
        attachment: None,
    })
}

async fn reminders_alternate_channels_stop_at_an_answer_and_end_on_the_call_list(db: &Db) {
    let s = setup(db).await;
    let silent = create(db, &s, "Stille", "horten").await;
    let answering = create(db, &s, "Svarer", "horten").await;
    let policy = ContactPolicy::default();
    let run = |at: DateTime<Utc>| {
        let policy = policy.clone();
        async move {
            contact_request::run_reminders(db, &policy, &reminder, at)
                .await
                .unwrap()
        }
    };
    assert_eq!(run(now() + Duration::days(2)).await, 0, "not yet");
    assert_eq!(run(now() + Duration::days(3)).await, 2);
    assert_eq!(
        run(now() + Duration::days(3)).await,
        0,
        "a second run sends nothing twice"
    );
    answer::save_activity(
        db,
        answering.id,
        Activity::WantsHelp,
        now() + Duration::days(4),
    )
    .await
    .unwrap();
    assert_eq!(
        run(now() + Duration::days(10)).await,
        1,
        "only the one who has not answered"
    );
    assert_eq!(run(now() + Duration::days(13)).await, 0);
    assert_eq!(
        run(now() + Duration::days(14)).await,
        0,
        "reminders used up: the call list"
    );
    let calls = contact_request::call_list(db, s.county_id, Scope::DepartmentsOf(s.horten_advisor))
        .await
        .unwrap();
    assert_eq!(calls.iter().map(|c| c.id).collect::<Vec<_>>(), [silent.id]);
    assert!(
        contact_request::call_list(db, s.county_id, Scope::DepartmentsOf(s.larvik_advisor))
            .await
            .unwrap()
            .is_empty()
    );
    let channels: Vec<(String, String)> = match db {
        Db::Sqlite(p) => sqlx::query_as("SELECT idempotency_key, channel FROM outbox_message WHERE contact_request_id = $1 ORDER BY id").bind(silent.id).fetch_all(p).await.unwrap(),
        Db::Postgres(p) => sqlx::query_as("SELECT idempotency_key, channel FROM outbox_message WHERE contact_request_id = $1 ORDER BY id").bind(silent.id).fetch_all(p).await.unwrap(),
    };
    let channels: Vec<_> = channels.into_iter().map(|(_, c)| c).collect();
    assert_eq!(
        channels,
        ["sms", "email", "sms"],
        "first message, then the other channel, then back"
    );
    // Each reminder carries a fresh link that opens the same request.
    let links: i64 = match db {
        Db::Sqlite(p) => {
            sqlx::query_scalar("SELECT COUNT(*) FROM answer_link WHERE contact_request_id = $1")
                .bind(silent.id)
                .fetch_one(p)
                .await
                .unwrap()
        }
        Db::Postgres(p) => {
            sqlx::query_scalar("SELECT COUNT(*) FROM answer_link WHERE contact_request_id = $1")
                .bind(silent.id)
                .fetch_one(p)
                .await
                .unwrap()
        }
    };
    assert_eq!(links, 3);
}

async fn an_identity_provider_login_state_works_once_and_briefly(db: &Db) {
    use domain::oidc_login::{self, Pending};
    let pending = Pending {
        pkce_verifier: "verifier".into(),
        nonce: "nonce".into(),
        lang: "nn".into(),
        return_to: Some("/nn/staff/bookings".into()),
    };
    oidc_login::begin(db, "state-1", &pending, now())
        .await
        .unwrap();
    oidc_login::begin(db, "state-2", &pending, now())
        .await
        .unwrap();
    assert_eq!(
        oidc_login::take(db, "state-1", now()).await.unwrap(),
        Some(pending.clone())
    );
    assert_eq!(
        oidc_login::take(db, "state-1", now()).await.unwrap(),
        None,
        "used once"
    );
    assert_eq!(oidc_login::take(db, "made-up", now()).await.unwrap(), None);
    let late = now() + Duration::minutes(oidc_login::LIFETIME_MINUTES + 1);
    assert_eq!(
        oidc_login::take(db, "state-2", late).await.unwrap(),
        None,
        "too old"
    );
}

async fn changes_to_youth_data_are_audited_with_the_change_or_not_at_all(db: &Db) {
    let s = setup(db).await;
    let sara = create(db, &s, "Sara", "horten").await;
    answer::save_activity(db, sara.id, Activity::School, now())
        .await
        .unwrap();
    let item = answer::inbox(
        db,
        s.county_id,
        Scope::County,
        &InboxFilter::default(),
        today(),
    )
    .await
    .unwrap()
    .remove(0);
    let scope = Scope::DepartmentsOf(s.horten_advisor);
    let code = StatusCode::parse("OTEV").unwrap();
    let tor = contact_request::validate(&person("Tor", "horten"), &s.departments, today()).unwrap();
    let policy = ContactPolicy::default();
    let create_tor = || {
        contact_request::create_many(
            db,
            s.county_id,
            s.horten_advisor,
            contact_request::Source::Import,
            std::slice::from_ref(&tor),
            &policy,
            &compose,
            now(),
        )
    };
    let review = NewReview {
        answer_id: item.answer_id,
        staff_id: s.horten_advisor,
        code: &code,
        note: "Ringt",
        called: true,
    };
    let revoke_sara =
        || contact_request::revoke(db, s.county_id, scope, sara.id, s.horten_advisor, now());
    let messages = "SELECT COUNT(*) FROM outbox_message";
    let (messages_before, trail_before) = (
        count(db, messages).await,
        audit_trail(db, s.county_id).await,
    );

    refuse_audit(db).await;
    assert!(create_tor().await.is_err());
    assert!(answer::review(db, s.county_id, scope, &review, now())
        .await
        .is_err());
    assert!(revoke_sara().await.is_err());
    allow_audit(db).await;
    let requests = contact_request::list(db, s.county_id, Scope::County, 100)
        .await
        .unwrap();
    assert_eq!(requests.len(), 1, "Tor was not created");
    assert!(requests[0].revoked_at.is_none(), "Sara's link still works");
    assert_eq!(count(db, messages).await, messages_before, "nothing sent");
    assert!(answer::history(db, item.answer_id)
        .await
        .unwrap()
        .is_empty());
    assert_eq!(audit_trail(db, s.county_id).await, trail_before);

    let created = create_tor().await.unwrap();
    answer::review(db, s.county_id, scope, &review, now())
        .await
        .unwrap();
    revoke_sara().await.unwrap();
    // Withdrawing again changes nothing, so nothing more is written.
    revoke_sara().await.unwrap();
    let trail = audit_trail(db, s.county_id).await;
    assert_eq!(
        trail[trail_before.len()..],
        [
            (
                "contact_request.import".to_string(),
                format!("contact_request:{}", created[0].id)
            ),
            (
                "answer.review".to_string(),
                format!("answer:{}", item.answer_id)
            ),
            (
                "contact_request.revoke".to_string(),
                format!("contact_request:{}", sara.id)
            ),
        ]
    );
}

async fn the_contact_step_asks_for_what_ot_has_no_number_or_address_for(db: &Db) {
    let s = setup(db).await;
    // OT has Sara's e-mail only.
    let valid = contact_request::validate(
        &ContactRequestInput {
            mobile: String::new(),
            ..person("Sara", "horten")
        },
        &s.departments,
        today(),
    )
    .unwrap();
    let created = contact_request::create_many(
        db,
        s.county_id,
        s.horten_advisor,
        contact_request::Source::Form,
        &[valid],
        &ContactPolicy::default(),
        &compose,
        now(),
    )
    .await
    .unwrap()
    .remove(0);
    answer::save_activity(db, created.id, Activity::WantsHelp, now())
        .await
        .unwrap();
    let opened = open_ok(
        answer::open(db, &created.token, "ip", LinkThrottle::default(), now())
            .await
            .unwrap(),
    );
    assert!(opened.has_email && !opened.has_mobile);
    let fields = |channels: &[&str], given: &GivenContact, opened: &answer::Opened| {
        let channels: Vec<String> = channels.iter().map(|c| c.to_string()).collect();
        answer::check_contact(opened, &channels, "any", given)
            .into_iter()
            .map(|p| (p.field, p.reason))
            .collect::<Vec<_>>()
    };
    let given = |mobile: &str, email: &str| GivenContact {
        mobile: Some(mobile.into()),
        email: Some(email.into()),
    };
    // SMS or a call needs a number; a wrong one is said to be wrong, not missing.
    assert_eq!(
        fields(&["sms"], &GivenContact::default(), &opened),
        [("mobile", "needed")]
    );
    assert_eq!(
        fields(&["call", "email"], &given("  ", ""), &opened),
        [("mobile", "needed")]
    );
    assert_eq!(
        fields(&["email"], &given("123", ""), &opened),
        [("mobile", "invalid")]
    );
    assert_eq!(fields(&["email"], &GivenContact::default(), &opened), []);
    assert_eq!(
        fields(&[], &GivenContact::default(), &opened),
        [("channels", "choose at least one")]
    );
    // A refused step saves nothing.
    assert!(matches!(
        answer::save_contact(
            db,
            &opened,
            &["sms".into()],
            "any",
            &GivenContact::default(),
            now()
        )
        .await,
        Err(DomainError::Invalid {
            field: "mobile",
            ..
        })
    ));
    let waiting = answer::inbox(
        db,
        s.county_id,
        Scope::County,
        &InboxFilter::default(),
        today(),
    )
    .await
    .unwrap();
    assert_eq!(waiting[0].contact_channels, "");
    // With her number, OT may text her; the e-mail field is not hers to change (OT has one).
    answer::save_contact(
        db,
        &opened,
        &["sms".into()],
        "evening",
        &given("912 34 567", "someone@else.example"),
        now(),
    )
    .await
    .unwrap();
    let waiting = answer::inbox(
        db,
        s.county_id,
        Scope::County,
        &InboxFilter::default(),
        today(),
    )
    .await
    .unwrap();
    assert_eq!(waiting[0].contact_channels, "sms");
    assert_eq!(waiting[0].mobile.as_deref(), Some("+4791234567"));
    assert_eq!(waiting[0].email.as_deref(), Some("sara@example.no"));
    let reopened = open_ok(
        answer::open(db, &created.token, "ip", LinkThrottle::default(), now())
            .await
            .unwrap(),
    );
    assert_eq!(reopened.given_mobile.as_deref(), Some("+4791234567"));
    assert_eq!(reopened.given_email, None);
    // Reached by a letter alone, an e-mail channel needs an address too.
    let letter_only = answer::Opened {
        has_mobile: false,
        has_email: false,
        ..opened
    };
    assert_eq!(
        fields(&["email"], &GivenContact::default(), &letter_only),
        [("email", "needed")]
    );
    assert_eq!(
        fields(&["sms", "email"], &given("91234567", "sara@"), &letter_only),
        [("email", "invalid")]
    );
}

async fn a_channel_without_a_transport_keeps_its_messages_unsent(db: &Db) {
    use outbox::Channels;
    let s = setup(db).await;
    create(db, &s, "Ada", "horten").await; // one SMS
    let policy = RetryPolicy::default();
    let pending = || async {
        outbox::counts(db)
            .await
            .unwrap()
            .into_iter()
            .find(|(status, _)| status == "pending")
            .map_or(0, |(_, n)| n)
    };
    let email_only = Channels {
        email: true,
        sms: false,
    };
    let none = Channels {
        email: false,
        sms: false,
    };
    // A worker with only e-mail, or with nothing, takes no SMS: it stays pending, untouched.
    for channels in [email_only, none] {
        let leased = outbox::lease_on(db, "mail-only", &policy, now(), channels)
            .await
            .unwrap();
        assert!(leased.is_none(), "{channels:?} leased an SMS");
    }
    assert_eq!(pending().await, 1);
    // A worker with SMS takes it, on its first attempt.
    let sms_only = Channels {
        email: false,
        sms: true,
    };
    let taken = outbox::lease_on(db, "sms", &policy, now(), sms_only)
        .await
        .unwrap()
        .expect("the SMS worker takes it");
    assert_eq!((taken.channel.as_str(), taken.attempts), ("sms", 1));
}
