//! Bookings over HTTP: decisions checked on the server, and the booking page and calendar file
//! opened by their token only.

use reqwest::StatusCode;

use crate::helpers::{call, run, session_of, spawn_app};

#[test]
fn booking_decisions_are_checked_on_the_server() {
    use domain::booking;
    run(async {
        let app = spawn_app().await;
        let db = app.db().await;
        let county = domain::county::by_slug(&db, "vestfold")
            .await
            .unwrap()
            .unwrap();
        let larvik = domain::department::by_slug(&db, county.id, "larvik")
            .await
            .unwrap()
            .unwrap();
        let jonas = domain::staff::by_email(&db, county.id, "jonas.larsen@demo.neste-steg.no")
            .await
            .unwrap()
            .unwrap();
        // A young person asks for Jonas's first free time (demo hours are seeded at start).
        let now = chrono::Utc::now();
        let slot = booking::free_slots(
            &db,
            county.id,
            larvik.id,
            Some(booking::MeetingForm::Office),
            None,
            now,
        )
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.staff_id == jonas.id)
        .expect("demo hours for Jonas");
        let new = booking::NewBooking {
            department_id: larvik.id,
            staff_id: jonas.id,
            form: booking::MeetingForm::Office,
            starts: slot.starts,
            first_name: "Lise".into(),
            mobile: Some("91234567".into()),
            email: None,
            language: "nb".into(),
            contact_request_id: None,
            supersedes_id: None,
        };
        let requested = booking::request(
            &db,
            county.id,
            &new,
            &Default::default(),
            &|_, _, _| Vec::new(),
            now,
        )
        .await
        .unwrap();
        let id = requested.booking.id.to_string();
        let confirm = [("lang", "nb"), ("id", id.as_str()), ("decision", "confirm")];

        // Signed out: sign in. Administrator: not found. Horten's advisor: not found.
        let (status, body) = call(&app, "decide-booking", None, &confirm).await;
        assert!(
            !status.is_success() && body.contains("sign-in"),
            "{status} {body}"
        );
        for email in [
            "arne.admin@demo.neste-steg.no",
            "ingrid.haugen@demo.neste-steg.no",
        ] {
            let cookie = session_of(&app, email).await;
            let (status, body) = call(&app, "decide-booking", Some(&cookie), &confirm).await;
            assert!(
                !status.is_success() && body.contains("not-found"),
                "{email}: {status} {body}"
            );
            let (_, body) = call(
                &app,
                "bookings",
                Some(&cookie),
                &[("lang", "nb"), ("week", "true"), ("all", "true")],
            )
            .await;
            assert!(!body.contains("Lise"), "{email} sees Lise: {body}");
        }
        assert_eq!(
            booking::by_token(&db, &requested.token)
                .await
                .unwrap()
                .state,
            booking::BookingState::Requested
        );

        // Jonas confirms; a second click is «already answered», not a second confirmation.
        let cookie = session_of(&app, "jonas.larsen@demo.neste-steg.no").await;
        let (status, body) = call(&app, "decide-booking", Some(&cookie), &confirm).await;
        assert!(
            status.is_success() || status.is_redirection(),
            "{status} {body}"
        );
        let (status, body) = call(&app, "decide-booking", Some(&cookie), &confirm).await;
        assert!(
            !status.is_success() && body.contains("conflict"),
            "{status} {body}"
        );
        assert_eq!(
            booking::by_token(&db, &requested.token)
                .await
                .unwrap()
                .state,
            booking::BookingState::Confirmed
        );

        // The booking's page and calendar file open with its token only; a wrong token is 404.
        let page = app
            .get(&format!("/nb/bestilling/{}", requested.token))
            .await;
        assert_eq!(page.status(), StatusCode::OK);
        let ics = app
            .get(&format!("/nb/bestilling/{}/kalender.ics", requested.token))
            .await;
        assert_eq!(ics.status(), StatusCode::OK);
        assert!(ics
            .text()
            .await
            .unwrap()
            .contains("DTSTART;TZID=Europe/Oslo:"));
        let wrong = app.get("/nb/bestilling/not-a-token/kalender.ics").await;
        assert_eq!(wrong.status(), StatusCode::NOT_FOUND);
        let wrong = app.get("/nb/bestilling/not-a-token").await;
        assert_eq!(wrong.status(), StatusCode::NOT_FOUND);
    });
}

/// Book, confirm, ask to move, cancel: the move ends with the meeting, its time is free again,
/// and confirming it is refused. Over HTTP as the young person and the advisor do it.
async fn cancelling_ends_the_pending_move(app: &crate::helpers::TestApp, db: &domain::Db) {
    use domain::booking;
    let county = domain::county::by_slug(db, "vestfold")
        .await
        .unwrap()
        .unwrap();
    let larvik = domain::department::by_slug(db, county.id, "larvik")
        .await
        .unwrap()
        .unwrap();
    let jonas = domain::staff::by_email(db, county.id, "jonas.larsen@demo.neste-steg.no")
        .await
        .unwrap()
        .unwrap();
    let now = chrono::Utc::now();
    let free = || async {
        booking::free_slots(
            db,
            county.id,
            larvik.id,
            Some(booking::MeetingForm::Office),
            Some(jonas.id),
            chrono::Utc::now(),
        )
        .await
        .unwrap()
        .into_iter()
        .filter(|s| s.staff_id == jonas.id)
        .map(|s| s.starts)
        .collect::<Vec<_>>()
    };
    let slots = free().await;
    assert!(slots.len() >= 2, "demo hours for Jonas");
    let (first, second) = (slots[0], slots[1]);
    let new = booking::NewBooking {
        department_id: larvik.id,
        staff_id: jonas.id,
        form: booking::MeetingForm::Office,
        starts: first,
        first_name: "Maja".into(),
        mobile: Some("91234999".into()),
        email: None,
        language: "nb".into(),
        contact_request_id: None,
        supersedes_id: None,
    };
    let requested = booking::request(
        db,
        county.id,
        &new,
        &Default::default(),
        &|_, _, _| Vec::new(),
        now,
    )
    .await
    .unwrap();
    let jonas_cookie = session_of(app, "jonas.larsen@demo.neste-steg.no").await;
    let id = requested.booking.id.to_string();
    let (status, body) = call(
        app,
        "decide-booking",
        Some(&jonas_cookie),
        &[("lang", "nb"), ("id", &id), ("decision", "confirm")],
    )
    .await;
    assert!(
        status.is_success() || status.is_redirection(),
        "{status} {body}"
    );

    // She asks to move it to the second time: a request that holds that time.
    let slot = format!("{}@{}", jonas.id, second.timestamp());
    let (status, body) = call(
        app,
        "request-booking",
        None,
        &[
            ("lang", "nb"),
            ("from", "move"),
            ("token", &requested.token),
            ("office", "larvik"),
            ("form", "office"),
            ("slot", &slot),
            ("first_name", "Maja"),
            ("mobile", "91234999"),
            ("email", ""),
        ],
    )
    .await;
    assert!(
        status.is_success() || status.is_redirection(),
        "{status} {body}"
    );
    let pending = booking::pending_move(db, requested.booking.id)
        .await
        .unwrap()
        .expect("the move waits for Jonas");
    assert!(!free().await.contains(&second), "the move holds its time");

    // She cancels the meeting: the move ends in the same step, and its time is free again.
    let (status, body) = call(
        app,
        "cancel-booking",
        None,
        &[("lang", "nb"), ("token", &requested.token), ("reason", "")],
    )
    .await;
    assert!(
        status.is_success() || status.is_redirection(),
        "{status} {body}"
    );
    assert_eq!(
        booking::by_token(db, &requested.token).await.unwrap().state,
        booking::BookingState::Cancelled
    );
    assert!(booking::pending_move(db, requested.booking.id)
        .await
        .unwrap()
        .is_none());
    assert!(
        free().await.contains(&second),
        "the move's time is free again"
    );
    assert!(
        free().await.contains(&first),
        "the meeting's time is free again"
    );
    let (_, queue) = call(
        app,
        "bookings",
        Some(&jonas_cookie),
        &[("lang", "nb"), ("week", "false"), ("all", "true")],
    )
    .await;
    assert!(
        !queue.contains("Maja"),
        "nothing of hers waits for Jonas: {queue}"
    );
    // Confirming the ended move is refused, and changes nothing.
    let move_id = pending.id.to_string();
    let (status, body) = call(
        app,
        "decide-booking",
        Some(&jonas_cookie),
        &[("lang", "nb"), ("id", &move_id), ("decision", "confirm")],
    )
    .await;
    assert!(
        !status.is_success() && !status.is_redirection(),
        "{status} {body}"
    );
    assert!(free().await.contains(&second));
}

#[test]
fn cancelling_a_meeting_ends_its_pending_move_on_sqlite() {
    run(async {
        let app = spawn_app().await;
        let db = app.db().await;
        cancelling_ends_the_pending_move(&app, &db).await;
    });
}

#[test]
fn cancelling_a_meeting_ends_its_pending_move_on_postgres() {
    run(async {
        let (app, db) = crate::helpers::spawn_app_on_postgres("booking_move").await;
        cancelling_ends_the_pending_move(&app, &db).await;
    });
}
