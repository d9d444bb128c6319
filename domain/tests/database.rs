//! The domain layer against real databases: a fresh SQLite file and a fresh PostgreSQL database
//! for every test. `scripts/test` starts PostgreSQL and sets TEST_POSTGRES_URL.

use chrono::{Duration, Utc};
use domain::{
    audit::{self, NewAuditEvent},
    content,
    county::{self, NewCounty},
    demo,
    department::{self, NewDepartment, OpeningHours},
    kept_form::{self, KeptForm},
    login::{self, LoginError, LoginFailure, ThrottlePolicy},
    session::{self, SessionPolicy},
    staff::{self, NewStaff, Role},
    Db, DomainError,
};

#[macro_use]
mod support;
use support::{allow_audit, audit_trail, postgres, refuse_audit, sqlite};

on_both!(
    migrations_can_run_again,
    demo_data_is_vestfold_and_seeding_twice_changes_nothing,
    county_slugs_are_unique,
    a_county_set_up_by_hand_is_checked_and_audited,
    staff_emails_are_unique_whatever_their_case,
    a_department_of_another_county_is_refused_and_nothing_is_saved,
    offices_are_the_countys_own_with_their_hours,
    the_database_refuses_impossible_opening_hours,
    the_right_password_logs_in_and_wrong_ones_look_alike,
    logins_are_throttled_per_account_and_per_address,
    parallel_guesses_cannot_slip_under_the_limit,
    an_oidc_subject_is_bound_at_the_first_login_and_holds,
    a_disabled_account_cannot_log_in_and_loses_its_sessions,
    sessions_end_when_idle_when_old_and_at_logout,
    the_audit_log_is_append_only_and_searchable,
    roles_and_departments_change_together_or_not_at_all,
    office_details_are_validated_and_stay_in_their_county,
    opening_hours_are_replaced_whole_or_not_at_all,
    account_and_office_changes_are_audited_with_the_change_or_not_at_all,
    a_refused_form_is_kept_for_its_page_once_and_never_its_password,
);

async fn a_refused_form_is_kept_for_its_page_once_and_never_its_password(db: &Db) {
    let now = Utc::now();
    let form = KeptForm {
        // A page whose path is a live link: the path is kept only as a hash.
        page: "/nb/svar/live-answer-token/bestill?kontor=horten".into(),
        action: "/api/request-booking".into(),
        error: r#"{"code":"invalid-input","fields":["slot"]}"#.into(),
        fields: vec![
            ("first_name".into(), "Sara Ø".into()),
            ("mobile".into(), "+47 912 34 567".into()),
            ("password".into(), "secret words".into()),
            ("token".into(), "link-token".into()),
            ("channels".into(), "sms".into()),
            ("channels".into(), "email".into()),
        ],
    };
    let token = kept_form::keep(db, &form, now).await.unwrap();
    // Only the token's hash is stored, and never a password or a link token.
    let stored = match db {
        Db::Sqlite(p) => {
            sqlx::query_scalar::<_, String>(
                "SELECT token_hash || ' ' || page || ' ' || fields FROM kept_form",
            )
            .fetch_one(p)
            .await
        }
        Db::Postgres(p) => {
            sqlx::query_scalar::<_, String>(
                "SELECT token_hash || ' ' || page || ' ' || fields FROM kept_form",
            )
            .fetch_one(p)
            .await
        }
    }
    .unwrap();
    assert!(
        !stored.contains(&token)
            && !stored.contains("secret")
            && !stored.contains("link-token")
            && !stored.contains("live-answer-token")
            && !stored.contains("/nb/"),
        "{stored}"
    );
    // Another page, another token: nothing, and the form stays for its own page.
    assert_eq!(
        kept_form::take(db, &token, "/nb/bestill", now)
            .await
            .unwrap(),
        None
    );
    assert_eq!(
        kept_form::take(db, "another", &form.page, now)
            .await
            .unwrap(),
        None
    );
    let kept = kept_form::take(db, &token, &form.page, now + Duration::minutes(14))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(kept.action, form.action);
    assert_eq!(kept.error, form.error);
    assert_eq!(
        kept.fields,
        vec![
            ("first_name".to_string(), "Sara Ø".to_string()),
            ("mobile".to_string(), "+47 912 34 567".to_string()),
            ("channels".to_string(), "sms".to_string()),
            ("channels".to_string(), "email".to_string()),
        ]
    );
    // Read once.
    assert_eq!(
        kept_form::take(db, &token, &form.page, now).await.unwrap(),
        None
    );
    // After 15 minutes it is gone.
    let token = kept_form::keep(db, &form, now).await.unwrap();
    assert_eq!(
        kept_form::take(db, &token, &form.page, now + Duration::minutes(16))
            .await
            .unwrap(),
        None
    );
}

async fn roles_and_departments_change_together_or_not_at_all(db: &Db) {
    let county = demo::seed(db).await.unwrap();
    let ingrid = staff::by_email(db, county.id, "ingrid.haugen@demo.neste-steg.no")
        .await
        .unwrap()
        .unwrap();
    let larvik = department::by_slug(db, county.id, "larvik")
        .await
        .unwrap()
        .unwrap();
    let updated = staff::update_assignment(
        db,
        county.id,
        ingrid.id,
        Role::Coordinator,
        &[larvik.id],
        None,
    )
    .await
    .unwrap();
    assert_eq!(updated.role, Role::Coordinator);
    assert_eq!(
        staff::department_ids(db, ingrid.id).await.unwrap(),
        [larvik.id]
    );

    let other = agder(db).await;
    let foreign = department::create(db, other.id, &office("arendal", "Arendal"))
        .await
        .unwrap();
    let err =
        staff::update_assignment(db, county.id, ingrid.id, Role::Advisor, &[foreign.id], None)
            .await
            .unwrap_err();
    assert!(matches!(err, DomainError::Invalid { .. }), "{err:?}");
    // Rolled back: still coordinator in Larvik.
    let again = staff::by_email(db, county.id, "ingrid.haugen@demo.neste-steg.no")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(again.role, Role::Coordinator);
    assert_eq!(
        staff::department_ids(db, ingrid.id).await.unwrap(),
        [larvik.id]
    );
    // Another county cannot reassign Vestfold's staff.
    let err = staff::update_assignment(db, other.id, ingrid.id, Role::Advisor, &[], None)
        .await
        .unwrap_err();
    assert!(matches!(err, DomainError::NotFound), "{err:?}");
}

async fn office_details_are_validated_and_stay_in_their_county(db: &Db) {
    let county = demo::seed(db).await.unwrap();
    let horten = department::by_slug(db, county.id, "horten")
        .await
        .unwrap()
        .unwrap();
    let good = NewDepartment {
        slug: "horten",
        name: "Horten sentrum",
        street_address: "Torget 2",
        postal_code: "3183",
        city: "Horten",
        phone: "+47 33 00 00 00",
        email: "ot.horten@vfk.no",
    };
    let updated = department::update(db, county.id, horten.id, &good, &[], None)
        .await
        .unwrap();
    assert_eq!(
        (updated.name.as_str(), updated.slug.as_str()),
        ("Horten sentrum", "horten")
    );
    for (bad, field) in [
        (
            NewDepartment {
                name: " ",
                ..good.clone()
            },
            "name",
        ),
        (
            NewDepartment {
                postal_code: "318",
                ..good.clone()
            },
            "postal_code",
        ),
        (
            NewDepartment {
                phone: "123",
                ..good.clone()
            },
            "phone",
        ),
        (
            NewDepartment {
                email: "ikke",
                ..good.clone()
            },
            "email",
        ),
    ] {
        let err = department::update(db, county.id, horten.id, &bad, &[], None)
            .await
            .unwrap_err();
        assert!(
            matches!(err, DomainError::Invalid { field: f, .. } if f == field),
            "{field}: {err:?}"
        );
    }
    let other = agder(db).await;
    assert!(matches!(
        department::update(db, other.id, horten.id, &good, &[], None).await,
        Err(DomainError::NotFound)
    ));
}

const PASSWORD: &str = "korrekt hest batteri stift";

async fn advisor(db: &Db) -> (i64, i64) {
    let c = county::create(db, &vestfold()).await.unwrap();
    let s = staff::create(
        db,
        c.id,
        &NewStaff {
            full_name: "Kari",
            email: "kari@vfk.no",
            role: Role::Advisor,
            department_ids: &[],
        },
        None,
    )
    .await
    .unwrap();
    login::set_password(db, s.id, PASSWORD, None).await.unwrap();
    (c.id, s.id)
}

async fn start_session(db: &Db, county: i64, id: i64, now: chrono::DateTime<Utc>) -> String {
    let staff = staff::list(db, county)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.id == id)
        .unwrap();
    session::start(db, &staff, session::Method::Password, now)
        .await
        .unwrap()
}

fn refused(result: Result<staff::Staff, LoginFailure>) -> LoginError {
    match result {
        Err(LoginFailure::Refused(reason)) => reason,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

async fn the_right_password_logs_in_and_wrong_ones_look_alike(db: &Db) {
    let (county, id) = advisor(db).await;
    let now = Utc::now();
    let policy = ThrottlePolicy::default();
    let ok = login::authenticate(db, county, "KARI@vfk.no", PASSWORD, "10.0.0.1", policy, now)
        .await
        .unwrap();
    assert_eq!(ok.id, id);
    let wrong = refused(
        login::authenticate(
            db,
            county,
            "kari@vfk.no",
            "feil passord her",
            "10.0.0.1",
            policy,
            now,
        )
        .await,
    );
    let unknown = refused(
        login::authenticate(
            db,
            county,
            "nobody@vfk.no",
            PASSWORD,
            "10.0.0.1",
            policy,
            now,
        )
        .await,
    );
    assert_eq!(wrong, LoginError::WrongCredentials);
    assert_eq!(unknown, LoginError::WrongCredentials);
    // No password hash in the clear anywhere a query for the person returns.
    assert!(!format!("{ok:?}").contains("argon2"));
}

async fn wrong(
    db: &Db,
    county: i64,
    email: &str,
    ip: &str,
    policy: ThrottlePolicy,
    at: chrono::DateTime<Utc>,
) -> LoginError {
    refused(login::authenticate(db, county, email, "feil passord her", ip, policy, at).await)
}

async fn logins_are_throttled_per_account_and_per_address(db: &Db) {
    let (county, _) = advisor(db).await;
    let now = Utc::now();
    let policy = ThrottlePolicy {
        window: Duration::minutes(15),
        per_account_and_ip: 3,
        per_account: 5,
        backoff_cap: Duration::seconds(60),
        per_ip: 8,
    };
    for _ in 0..3 {
        assert_eq!(
            wrong(db, county, "kari@vfk.no", "10.0.0.1", policy, now).await,
            LoginError::WrongCredentials
        );
    }
    // That address waits out the window for Kari's account, even with the right password...
    let r = refused(
        login::authenticate(db, county, "kari@vfk.no", PASSWORD, "10.0.0.1", policy, now).await,
    );
    assert_eq!(r, LoginError::Throttled);
    // ...but Kari, from her own address, is not locked out by someone else's guesses.
    login::authenticate(db, county, "kari@vfk.no", PASSWORD, "10.0.0.2", policy, now)
        .await
        .unwrap();

    // Guessers on many addresses: after 5 failures each further try waits 1 s, 2 s, 4 s…
    for i in 0..5 {
        assert_eq!(
            wrong(
                db,
                county,
                "kari@vfk.no",
                &format!("10.1.0.{i}"),
                policy,
                now
            )
            .await,
            LoginError::WrongCredentials
        );
    }
    // The back-off holds for an address that has failed, even with the right password...
    let r = refused(
        login::authenticate(db, county, "kari@vfk.no", PASSWORD, "10.1.0.4", policy, now).await,
    );
    assert_eq!(r, LoginError::Throttled, "the back-off holds for a guesser");
    // ...and an address that has not failed gets one try in it: a wrong one is refused like
    // the back-off and counted, so its next try waits like the others'.
    assert_eq!(
        wrong(db, county, "kari@vfk.no", "10.1.0.20", policy, now).await,
        LoginError::Throttled
    );
    let r = refused(
        login::authenticate(
            db,
            county,
            "kari@vfk.no",
            PASSWORD,
            "10.1.0.20",
            policy,
            now,
        )
        .await,
    );
    assert_eq!(
        r,
        LoginError::Throttled,
        "one try per address in the back-off"
    );
    // Ten more guessers on fresh addresses: each is refused, none is told the password is wrong.
    for i in 30..40 {
        assert_eq!(
            wrong(
                db,
                county,
                "kari@vfk.no",
                &format!("10.1.0.{i}"),
                policy,
                now
            )
            .await,
            LoginError::Throttled
        );
    }
    // Kari, from her own address that has not failed, gets in with her password at once.
    login::authenticate(db, county, "kari@vfk.no", PASSWORD, "10.0.0.2", policy, now)
        .await
        .unwrap();
    // Once the wait has passed, a try is judged normally again.
    let soon = now + Duration::seconds(2);
    assert_eq!(
        wrong(db, county, "kari@vfk.no", "10.1.0.9", policy, soon).await,
        LoginError::WrongCredentials
    );
    // The back-off never asks for more than its cap.
    assert_eq!(policy.backoff(4), Duration::zero());
    assert_eq!(policy.backoff(5), Duration::seconds(1));
    assert_eq!(policy.backoff(7), Duration::seconds(4));
    assert_eq!(policy.backoff(60), Duration::seconds(60));

    // One address guessing many accounts is stopped too, and only that address.
    let later = now + Duration::minutes(16);
    for i in 0..8 {
        let _ = wrong(
            db,
            county,
            &format!("x{i}@vfk.no"),
            "10.0.0.9",
            policy,
            later,
        )
        .await;
    }
    let r = refused(
        login::authenticate(
            db,
            county,
            "kari@vfk.no",
            PASSWORD,
            "10.0.0.9",
            policy,
            later,
        )
        .await,
    );
    assert_eq!(r, LoginError::Throttled);
    login::authenticate(
        db,
        county,
        "kari@vfk.no",
        PASSWORD,
        "10.0.0.8",
        policy,
        later,
    )
    .await
    .unwrap();
}

/// Twenty guesses sent at once for one account from one address: the limit holds under the race.
async fn parallel_guesses_cannot_slip_under_the_limit(db: &Db) {
    let (county, _) = advisor(db).await;
    let now = Utc::now();
    let policy = ThrottlePolicy {
        per_account_and_ip: 3,
        ..ThrottlePolicy::default()
    };
    let guesses = (0..20).map(|_| {
        let db = db.clone();
        tokio::spawn(async move {
            login::authenticate(
                &db,
                county,
                "kari@vfk.no",
                "feil passord her",
                "10.0.0.1",
                policy,
                now,
            )
            .await
        })
    });
    let mut wrong_credentials = 0;
    for guess in guesses.collect::<Vec<_>>() {
        match guess.await.unwrap() {
            Err(LoginFailure::Refused(LoginError::WrongCredentials)) => wrong_credentials += 1,
            Err(LoginFailure::Refused(LoginError::Throttled)) => {}
            other => panic!("unexpected {other:?}"),
        }
    }
    // Refusing more than needed under a burst is safe; checking more than the limit is not.
    assert!(
        wrong_credentials <= 3,
        "{wrong_credentials} passwords were checked"
    );
}

async fn a_disabled_account_cannot_log_in_and_loses_its_sessions(db: &Db) {
    let (county, id) = advisor(db).await;
    let now = Utc::now();
    let token = start_session(db, county, id, now).await;
    assert!(session::resolve(db, &token, SessionPolicy::default(), now)
        .await
        .unwrap()
        .is_some());
    staff::set_active(db, county, id, false, None)
        .await
        .unwrap();
    assert!(session::resolve(db, &token, SessionPolicy::default(), now)
        .await
        .unwrap()
        .is_none());
    let r = refused(
        login::authenticate(
            db,
            county,
            "kari@vfk.no",
            PASSWORD,
            "10.0.0.1",
            ThrottlePolicy::default(),
            now,
        )
        .await,
    );
    assert_eq!(r, LoginError::Disabled);
    // A wrong password on a disabled account says only «wrong»: disabled accounts are not revealed.
    let r = refused(
        login::authenticate(
            db,
            county,
            "kari@vfk.no",
            "feil passord her",
            "10.0.0.1",
            ThrottlePolicy::default(),
            now,
        )
        .await,
    );
    assert_eq!(r, LoginError::WrongCredentials);
    staff::set_active(db, county, id, true, None).await.unwrap();
    login::authenticate(
        db,
        county,
        "kari@vfk.no",
        PASSWORD,
        "10.0.0.1",
        ThrottlePolicy::default(),
        now,
    )
    .await
    .unwrap();
    // Another county cannot disable this person.
    let other = agder(db).await;
    assert!(matches!(
        staff::set_active(db, other.id, id, false, None).await,
        Err(DomainError::NotFound)
    ));
}

async fn sessions_end_when_idle_when_old_and_at_logout(db: &Db) {
    let (county, id) = advisor(db).await;
    let policy = SessionPolicy {
        idle: Duration::minutes(30),
        absolute: Duration::hours(12),
    };
    let t0 = Utc::now();
    let token = start_session(db, county, id, t0).await;
    // Used every 20 minutes, it lives on …
    let mut t = t0;
    for _ in 0..10 {
        t += Duration::minutes(20);
        assert!(
            session::resolve(db, &token, policy, t)
                .await
                .unwrap()
                .is_some(),
            "ended early at {t}"
        );
    }
    // … until 31 minutes pass unused.
    assert!(
        session::resolve(db, &token, policy, t + Duration::minutes(31))
            .await
            .unwrap()
            .is_none()
    );

    // Used constantly, it still ends after 12 hours.
    let token = start_session(db, county, id, t0).await;
    let mut t = t0;
    while t < t0 + Duration::hours(12) - Duration::minutes(20) {
        t += Duration::minutes(20);
        assert!(session::resolve(db, &token, policy, t)
            .await
            .unwrap()
            .is_some());
    }
    assert!(session::resolve(
        db,
        &token,
        policy,
        t0 + Duration::hours(12) + Duration::minutes(1)
    )
    .await
    .unwrap()
    .is_none());

    // Logout ends it; a made-up token never resolves; the token is not stored in the clear.
    let token = start_session(db, county, id, t0).await;
    let stored: i64 = match db {
        Db::Sqlite(p) => {
            sqlx::query_scalar("SELECT COUNT(*) FROM staff_session WHERE token_hash = $1")
                .bind(&token)
                .fetch_one(p)
                .await
                .unwrap()
        }
        Db::Postgres(p) => {
            sqlx::query_scalar("SELECT COUNT(*) FROM staff_session WHERE token_hash = $1")
                .bind(&token)
                .fetch_one(p)
                .await
                .unwrap()
        }
    };
    assert_eq!(stored, 0);
    session::end(db, &token).await.unwrap();
    assert!(session::resolve(db, &token, policy, t0)
        .await
        .unwrap()
        .is_none());
    assert!(session::resolve(db, "made-up", policy, t0)
        .await
        .unwrap()
        .is_none());
}

async fn the_audit_log_is_append_only_and_searchable(db: &Db) {
    let (county, id) = advisor(db).await;
    // Making the account wrote its own rows (created, password set).
    let before = audit::search(db, county, None, None, 100)
        .await
        .unwrap()
        .len();
    assert_eq!(before, 2);
    let now = Utc::now();
    for (action, subject) in [
        ("staff.create", "7"),
        ("staff.disable", "7"),
        ("staff.create", "8"),
    ] {
        let event = NewAuditEvent {
            county_id: county,
            staff_id: Some(id),
            department_id: None,
            action,
            subject_type: "staff",
            subject_id: subject.into(),
            detail: String::new(),
        };
        audit::record(db, &event, now).await.unwrap();
    }
    let all = audit::search(db, county, None, None, 100).await.unwrap();
    assert_eq!(all.len(), before + 3);
    let about_7 = audit::search(db, county, Some(id), Some(("staff", "7")), 100)
        .await
        .unwrap();
    assert_eq!(about_7.len(), 2);
    assert!(audit::search(db, county, Some(id + 1000), None, 100)
        .await
        .unwrap()
        .is_empty());
    let (update, delete) = (
        "UPDATE audit_event SET detail = 'x'",
        "DELETE FROM audit_event",
    );
    for statement in [update, delete] {
        let result = match db {
            Db::Sqlite(p) => sqlx::query(statement).execute(p).await.map(|_| ()),
            Db::Postgres(p) => sqlx::query(statement).execute(p).await.map(|_| ()),
        };
        assert!(result.is_err(), "{statement} was allowed");
    }
    assert_eq!(
        audit::search(db, county, None, None, 100)
            .await
            .unwrap()
            .len(),
        before + 3
    );
}

fn vestfold<'a>() -> NewCounty<'a> {
    NewCounty {
        slug: "vestfold",
        name: "Vestfold fylkeskommune",
        service_name: "OT Vestfold",
        phone: "1",
        email: "ot@vestfold.test",
    }
}

fn office<'a>(slug: &'a str, name: &'a str) -> NewDepartment<'a> {
    NewDepartment {
        slug,
        name,
        street_address: "Gate 1",
        postal_code: "3100",
        city: name,
        phone: "2",
        email: "d@x.test",
    }
}

async fn migrations_can_run_again(db: &Db) {
    db.migrate().await.unwrap();
    db.ping().await.unwrap();
    // A later release has migrated this database (a rolling upgrade): this release still starts.
    const LATER: &str =
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
                         VALUES (29991231000000, 'a later release', TRUE, $1, 1)";
    let checksum = vec![0u8; 48];
    match db {
        Db::Sqlite(p) => sqlx::query(LATER)
            .bind(checksum)
            .execute(p)
            .await
            .map(|_| ()),
        Db::Postgres(p) => sqlx::query(LATER)
            .bind(checksum)
            .execute(p)
            .await
            .map(|_| ()),
    }
    .unwrap();
    db.migrate().await.unwrap();
    db.ping().await.unwrap();
}

async fn demo_data_is_vestfold_and_seeding_twice_changes_nothing(db: &Db) {
    let county = demo::seed(db).await.unwrap();
    assert_eq!(county.slug, "vestfold");
    let again = demo::seed(db).await.unwrap();
    assert_eq!(again, county);

    let names: Vec<String> = department::list(db, county.id)
        .await
        .unwrap()
        .into_iter()
        .map(|d| d.name)
        .collect();
    assert_eq!(names, ["Horten", "Larvik", "Sandefjord", "Tønsberg"]);
    let offices = department::offices(db, county.id).await.unwrap();
    for office in &offices {
        let days: Vec<i32> = office.opening_hours.iter().map(|h| h.weekday).collect();
        assert_eq!(days, [1, 2, 3, 4, 5], "{}", office.department.name);
    }
    let staff = staff::list(db, county.id).await.unwrap();
    assert_eq!(staff.len(), 6);
    assert_eq!(staff.iter().filter(|s| s.role == Role::Advisor).count(), 4);
    let omar = staff
        .iter()
        .find(|s| s.full_name.starts_with("Omar"))
        .unwrap();
    assert_eq!(staff::department_ids(db, omar.id).await.unwrap().len(), 2);
}

async fn county_slugs_are_unique(db: &Db) {
    county::create(db, &vestfold()).await.unwrap();
    let err = county::create(db, &vestfold()).await.unwrap_err();
    assert!(matches!(err, DomainError::Conflict(_)), "{err:?}");
}

async fn a_county_set_up_by_hand_is_checked_and_audited(db: &Db) {
    let valid = NewCounty {
        slug: "agder",
        phone: "+47 38 00 00 00",
        ..vestfold()
    };
    for (bad, field) in [
        (
            NewCounty {
                slug: "Agder",
                ..valid.clone()
            },
            "slug",
        ),
        (
            NewCounty {
                slug: "-agder",
                ..valid.clone()
            },
            "slug",
        ),
        (
            NewCounty {
                name: " ",
                ..valid.clone()
            },
            "name",
        ),
        (
            NewCounty {
                service_name: "",
                ..valid.clone()
            },
            "service_name",
        ),
        (
            NewCounty {
                phone: "1",
                ..valid.clone()
            },
            "phone",
        ),
        (
            NewCounty {
                email: "ot",
                ..valid.clone()
            },
            "email",
        ),
    ] {
        let err = county::set_up(db, &bad).await.unwrap_err();
        assert!(
            matches!(err, DomainError::Invalid { field: f, .. } if f == field),
            "{field}: {err:?}"
        );
    }
    assert!(county::by_slug(db, "agder").await.unwrap().is_none());
    let agder = county::set_up(db, &valid).await.unwrap();
    assert!(matches!(
        county::set_up(db, &valid).await.unwrap_err(),
        DomainError::Conflict(_)
    ));

    let kristiansand = NewDepartment {
        phone: "38 07 40 00",
        ..office("kristiansand", "OT Kristiansand")
    };
    for (bad, field) in [
        (
            NewDepartment {
                slug: "ot kristiansand",
                ..kristiansand.clone()
            },
            "slug",
        ),
        (
            NewDepartment {
                postal_code: "461",
                ..kristiansand.clone()
            },
            "postal_code",
        ),
    ] {
        let err = department::set_up(db, agder.id, &bad).await.unwrap_err();
        assert!(
            matches!(err, DomainError::Invalid { field: f, .. } if f == field),
            "{field}: {err:?}"
        );
    }
    let before = content::version(db, agder.id).await.unwrap();
    let office = department::set_up(db, agder.id, &kristiansand)
        .await
        .unwrap();
    assert_eq!(department::list(db, agder.id).await.unwrap(), [office]);
    // The contact page lists every office: instances that keep it in memory render it anew.
    assert!(content::version(db, agder.id).await.unwrap() > before);
    assert!(matches!(
        department::set_up(db, agder.id, &kristiansand)
            .await
            .unwrap_err(),
        DomainError::Conflict(_)
    ));
    let mut actions: Vec<String> = audit::search(db, agder.id, None, None, 10)
        .await
        .unwrap()
        .into_iter()
        .map(|e| {
            assert_eq!(e.staff_id, None, "made on the command line");
            e.action
        })
        .collect();
    actions.sort();
    assert_eq!(actions, ["county.create", "department.create"]);
}

/// An accepted answer is durable before the page says so: on SQLite each commit waits for the
/// disk (WAL with synchronous=FULL), so a power cut cannot take back what a page confirmed.
#[tokio::test]
async fn sqlite_commits_wait_for_the_disk() {
    let (db, _dir) = sqlite().await;
    let Db::Sqlite(pool) = &db else {
        panic!("not SQLite")
    };
    let (mode,): (String,) = sqlx::query_as("PRAGMA journal_mode")
        .fetch_one(pool)
        .await
        .unwrap();
    let (sync,): (i64,) = sqlx::query_as("PRAGMA synchronous")
        .fetch_one(pool)
        .await
        .unwrap();
    assert_eq!((mode.as_str(), sync), ("wal", 2), "2 is FULL");
}

async fn staff_emails_are_unique_whatever_their_case(db: &Db) {
    let c = county::create(db, &vestfold()).await.unwrap();
    let first = staff::create(
        db,
        c.id,
        &NewStaff {
            full_name: "Kari",
            email: "Kari@VFK.no",
            role: Role::Advisor,
            department_ids: &[],
        },
        None,
    )
    .await
    .unwrap();
    assert_eq!(first.email, "kari@vfk.no");
    assert!(first.active);
    let err = staff::create(
        db,
        c.id,
        &NewStaff {
            full_name: "Kari 2",
            email: "kari@vfk.NO",
            role: Role::Coordinator,
            department_ids: &[],
        },
        None,
    )
    .await
    .unwrap_err();
    assert!(matches!(err, DomainError::Conflict(_)), "{err:?}");
    assert!(staff::by_email(db, c.id, "KARI@vfk.no")
        .await
        .unwrap()
        .is_some());
}

async fn a_department_of_another_county_is_refused_and_nothing_is_saved(db: &Db) {
    let vestfold = county::create(db, &vestfold()).await.unwrap();
    let other = agder(db).await;
    let foreign = department::create(db, other.id, &office("kristiansand", "Kristiansand"))
        .await
        .unwrap();
    let own = department::create(db, vestfold.id, &office("horten", "Horten"))
        .await
        .unwrap();
    let err = staff::create(
        db,
        vestfold.id,
        &NewStaff {
            full_name: "Per",
            email: "per@vfk.no",
            role: Role::Advisor,
            department_ids: &[own.id, foreign.id],
        },
        None,
    )
    .await
    .unwrap_err();
    assert!(
        matches!(
            err,
            DomainError::Invalid {
                field: "department_ids",
                ..
            }
        ),
        "{err:?}"
    );
    // The transaction rolled back: neither the person nor the first link exists.
    assert!(staff::by_email(db, vestfold.id, "per@vfk.no")
        .await
        .unwrap()
        .is_none());
}

/// A second county, to prove that nothing crosses from one county to another.
async fn agder(db: &Db) -> county::County {
    county::create(
        db,
        &NewCounty {
            slug: "agder",
            ..vestfold()
        },
    )
    .await
    .unwrap()
}

async fn offices_are_the_countys_own_with_their_hours(db: &Db) {
    let vestfold = county::create(db, &vestfold()).await.unwrap();
    let agder = agder(db).await;
    let horten = department::create(db, vestfold.id, &office("horten", "Horten"))
        .await
        .unwrap();
    // The same slug in another county is another office.
    let agder_horten = department::create(db, agder.id, &office("horten", "Horten i Agder"))
        .await
        .unwrap();
    let err = department::create(db, vestfold.id, &office("horten", "Horten 2"))
        .await
        .unwrap_err();
    assert!(matches!(err, DomainError::Conflict(_)), "{err:?}");

    let monday = OpeningHours {
        weekday: 1,
        opens: "08:00".into(),
        closes: "15:30".into(),
    };
    department::add_opening_hours(db, horten.id, &monday)
        .await
        .unwrap();
    department::add_opening_hours(db, horten.id, &monday)
        .await
        .unwrap();
    department::add_opening_hours(
        db,
        agder_horten.id,
        &OpeningHours {
            weekday: 2,
            ..monday.clone()
        },
    )
    .await
    .unwrap();

    let offices = department::offices(db, vestfold.id).await.unwrap();
    assert_eq!(offices.len(), 1);
    assert_eq!(offices[0].department.id, horten.id);
    assert_eq!(offices[0].opening_hours, vec![monday]);
}

async fn the_database_refuses_impossible_opening_hours(db: &Db) {
    let c = county::create(db, &vestfold()).await.unwrap();
    let d = department::create(db, c.id, &office("horten", "Horten"))
        .await
        .unwrap();
    // Past the domain's own validation: the constraint itself must hold.
    let raw = "INSERT INTO department_opening_hours (department_id, weekday, opens, closes) VALUES ($1, $2, $3, $4)";
    for (weekday, opens, closes) in [
        (8, "08:00", "10:00"),
        (1, "10:00", "08:00"),
        (1, "8:00", "10:00"),
    ] {
        let result = match db {
            Db::Sqlite(p) => sqlx::query(raw)
                .bind(d.id)
                .bind(weekday)
                .bind(opens)
                .bind(closes)
                .execute(p)
                .await
                .map(|_| ()),
            Db::Postgres(p) => sqlx::query(raw)
                .bind(d.id)
                .bind(weekday)
                .bind(opens)
                .bind(closes)
                .execute(p)
                .await
                .map(|_| ()),
        };
        assert!(result.is_err(), "accepted {weekday} {opens}-{closes}");
    }
}

async fn opening_hours_are_replaced_whole_or_not_at_all(db: &Db) {
    let county = demo::seed(db).await.unwrap();
    let horten = department::by_slug(db, county.id, "horten")
        .await
        .unwrap()
        .unwrap();
    let hours = |weekday, opens: &str, closes: &str| OpeningHours {
        weekday,
        opens: opens.into(),
        closes: closes.into(),
    };
    let of_horten = |db: &Db| {
        let db = db.clone();
        async move {
            department::offices(&db, county.id)
                .await
                .unwrap()
                .into_iter()
                .find(|o| o.department.slug == "horten")
                .unwrap()
                .opening_hours
        }
    };
    let same = NewDepartment {
        slug: &horten.slug,
        name: &horten.name,
        street_address: &horten.street_address,
        postal_code: &horten.postal_code,
        city: &horten.city,
        phone: &horten.phone,
        email: &horten.email,
    };
    let save = |hours: Vec<OpeningHours>| {
        let (db, same) = (db.clone(), same.clone());
        async move { department::update(&db, county.id, horten.id, &same, &hours, None).await }
    };
    let new = vec![hours(2, "09:00", "15:00"), hours(4, "12:00", "18:00")];
    save(new.clone()).await.unwrap();
    assert_eq!(of_horten(db).await, new);
    let bad = vec![hours(1, "08:00", "15:00"), hours(3, "16:00", "09:00")];
    assert!(save(bad).await.is_err());
    assert_eq!(of_horten(db).await, new, "nothing changed");
    save(Vec::new()).await.unwrap();
    assert!(of_horten(db).await.is_empty(), "closed for now");
}

async fn an_oidc_subject_is_bound_at_the_first_login_and_holds(db: &Db) {
    use domain::oidc_login::staff_for_subject;
    let (county, id) = advisor(db).await;
    let now = Utc::now();
    let issuer = "https://idp.vfk.no";
    let first = staff_for_subject(db, county, issuer, "sub-kari", "KARI@vfk.no", now)
        .await
        .unwrap()
        .expect("bound at the first login");
    assert_eq!(first.id, id);
    // Found by subject from now on, whatever e-mail the provider sends.
    let again = staff_for_subject(db, county, issuer, "sub-kari", "kari.new@vfk.no", now)
        .await
        .unwrap();
    assert_eq!(again.map(|s| s.id), Some(id));
    // Someone else the provider gives Kari's address to later gets nothing.
    assert!(
        staff_for_subject(db, county, issuer, "sub-other", "kari@vfk.no", now)
            .await
            .unwrap()
            .is_none()
    );
    // Nor does the same subject at another provider.
    assert!(staff_for_subject(
        db,
        county,
        "https://evil.example",
        "sub-kari",
        "kari@vfk.no",
        now
    )
    .await
    .unwrap()
    .is_none());
    // A disabled account is not let in by its subject either.
    staff::set_active(db, county, id, false, None)
        .await
        .unwrap();
    assert!(
        staff_for_subject(db, county, issuer, "sub-kari", "kari@vfk.no", now)
            .await
            .unwrap()
            .is_none()
    );
    // The binding is in the audit log.
    let events = audit::search(db, county, Some(id), None, 10).await.unwrap();
    assert!(
        events.iter().any(|e| e.action == "staff.oidc.bind"),
        "{events:?}"
    );
}

async fn account_and_office_changes_are_audited_with_the_change_or_not_at_all(db: &Db) {
    let county = demo::seed(db).await.unwrap();
    let admin = staff::by_email(db, county.id, "arne.admin@demo.neste-steg.no")
        .await
        .unwrap()
        .unwrap();
    let ingrid = staff::by_email(db, county.id, "ingrid.haugen@demo.neste-steg.no")
        .await
        .unwrap()
        .unwrap();
    let horten = department::by_slug(db, county.id, "horten")
        .await
        .unwrap()
        .unwrap();
    let larvik = department::by_slug(db, county.id, "larvik")
        .await
        .unwrap()
        .unwrap();
    login::set_password(db, ingrid.id, PASSWORD, None)
        .await
        .unwrap();
    let by = Some(admin.id);
    let new = NewStaff {
        full_name: "Nina Ny",
        email: "nina@vfk.no",
        role: Role::Advisor,
        department_ids: &[horten.id],
    };
    let renamed = NewDepartment {
        slug: "horten",
        name: "Horten sentrum",
        street_address: "Torget 2",
        postal_code: "3183",
        city: "Horten",
        phone: "+47 33 00 00 00",
        email: "ot.horten@vfk.no",
    };
    let monday = [OpeningHours {
        weekday: 1,
        opens: "09:00".into(),
        closes: "15:00".into(),
    }];
    let offices_before = department::offices(db, county.id).await.unwrap();
    let trail_before = audit_trail(db, county.id).await;
    let now = Utc::now();

    refuse_audit(db).await;
    assert!(staff::create(db, county.id, &new, by).await.is_err());
    assert!(staff::set_active(db, county.id, ingrid.id, false, by)
        .await
        .is_err());
    assert!(staff::update_assignment(
        db,
        county.id,
        ingrid.id,
        Role::Coordinator,
        &[larvik.id],
        by
    )
    .await
    .is_err());
    assert!(
        login::set_password(db, ingrid.id, "et helt nytt passord", by)
            .await
            .is_err()
    );
    assert!(
        department::update(db, county.id, horten.id, &renamed, &monday, by)
            .await
            .is_err()
    );
    assert!(session::start(db, &ingrid, session::Method::Password, now)
        .await
        .is_err());
    allow_audit(db).await;
    assert!(staff::by_email(db, county.id, "nina@vfk.no")
        .await
        .unwrap()
        .is_none());
    let still = staff::by_email(db, county.id, &ingrid.email)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(still, ingrid, "active, advisor");
    assert_eq!(
        staff::department_ids(db, ingrid.id).await.unwrap(),
        [horten.id]
    );
    let old_password = login::authenticate(
        db,
        county.id,
        &ingrid.email,
        PASSWORD,
        "10.0.0.9",
        ThrottlePolicy::default(),
        now,
    )
    .await;
    assert!(old_password.is_ok(), "the old password still works");
    assert_eq!(
        department::offices(db, county.id).await.unwrap(),
        offices_before
    );
    let sessions = match db {
        Db::Sqlite(p) => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM staff_session")
            .fetch_one(p)
            .await
            .unwrap(),
        Db::Postgres(p) => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM staff_session")
            .fetch_one(p)
            .await
            .unwrap(),
    };
    assert_eq!(sessions, 0, "no session without its login row");
    assert_eq!(audit_trail(db, county.id).await, trail_before);

    let nina = staff::create(db, county.id, &new, by).await.unwrap();
    staff::update_assignment(
        db,
        county.id,
        ingrid.id,
        Role::Coordinator,
        &[larvik.id],
        by,
    )
    .await
    .unwrap();
    department::update(db, county.id, horten.id, &renamed, &monday, by)
        .await
        .unwrap();
    session::start(db, &ingrid, session::Method::Password, now)
        .await
        .unwrap();
    staff::set_active(db, county.id, ingrid.id, false, by)
        .await
        .unwrap();
    login::set_password(db, nina.id, "et helt nytt passord", by)
        .await
        .unwrap();
    let trail = audit_trail(db, county.id).await;
    let staff_subject = |id: i64| format!("staff:{id}");
    assert_eq!(
        trail[trail_before.len()..],
        [
            ("staff.create".to_string(), staff_subject(nina.id)),
            ("staff.update".to_string(), staff_subject(ingrid.id)),
            (
                "department.update".to_string(),
                format!("department:{}", horten.id)
            ),
            ("session.login".to_string(), staff_subject(ingrid.id)),
            ("staff.disable".to_string(), staff_subject(ingrid.id)),
            ("staff.password".to_string(), staff_subject(nina.id)),
        ]
    );
    let update = audit::search(
        db,
        county.id,
        Some(admin.id),
        Some(("staff", &ingrid.id.to_string())),
        10,
    )
    .await
    .unwrap();
    assert!(
        update
            .iter()
            .any(|e| e.detail == "role coordinator; department larvik"),
        "{update:?}"
    );
}
