//! Booking: free times (daylight-saving days, buffers, notice, exceptions), every state change
//! and every illegal one, holds, moves, and no double booking under 200 simultaneous requests —
//! on a fresh SQLite file and a fresh PostgreSQL database per test.

use std::sync::Arc;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use domain::{
    booking::{
        self, instant, Actor, Booking, BookingPolicy, BookingState, Event, ExceptionKind,
        MeetingForm, NewBooking, NewException, Settings, WeeklyRange, ZONE,
    },
    contact_request::Scope,
    demo, department,
    outbox::NewMessage,
    staff, Db, DomainError,
};

#[macro_use]
mod support;
use support::{allow_audit, audit_trail, postgres, refuse_audit, sqlite};

on_both!(
    free_times_are_right_on_daylight_saving_days,
    free_times_respect_buffers_notice_window_and_exceptions,
    every_state_change_and_every_illegal_one,
    a_request_expires_at_its_hold_and_frees_its_time,
    a_move_replaces_the_old_meeting_only_once_confirmed,
    cancelling_a_meeting_ends_its_pending_move_and_frees_the_new_time,
    forty_simultaneous_call_me_requests_for_one_number_store_two,
    two_hundred_requests_for_one_time_have_one_winner,
    advisors_act_only_in_their_departments,
    the_reminder_goes_once_the_day_before,
    an_advisor_proposes_another_time,
    a_public_request_holds_nothing_until_its_code_is_typed,
    codes_go_by_sms_only_to_allowed_countries_and_stop_at_the_countys_ceiling,
    a_proposal_racing_a_withdrawal_leaves_no_orphan,
    staff_decisions_are_audited_with_their_change_or_not_at_all,
    no_time_is_offered_on_holidays_or_the_countys_closed_days,
);

/// Christmas 2026 and Easter 2027 with Ingrid's weekday hours: the days offered are the
/// working days only, and a request for a closed day is refused however it is sent.
async fn no_time_is_offered_on_holidays_or_the_countys_closed_days(db: &Db) {
    let s = setup(db).await;
    let weekly: Vec<WeeklyRange> = (1..=7)
        .map(|weekday| WeeklyRange {
            department_id: s.horten,
            weekday,
            starts: hm(9, 0),
            ends: hm(10, 0),
        })
        .collect();
    let settings = Settings {
        meeting_minutes: 60,
        buffer_minutes: 0,
        notice_hours: 0,
        window_days: 14,
        forms: vec![MeetingForm::Office],
    };
    booking::save_availability(db, s.ingrid, &settings, &weekly, None)
        .await
        .unwrap();
    let days = |now: DateTime<Utc>| {
        let db = db.clone();
        async move {
            booking::free_slots(&db, s.county_id, s.horten, None, None, now)
                .await
                .unwrap()
                .iter()
                .map(|f| f.starts.with_timezone(&ZONE).format("%m-%d").to_string())
                .collect::<Vec<_>>()
        }
    };
    // From 21 to 31 December (the window ends on 4 January): no 24th, 25th, 26th, 31st or 1st.
    let christmas = days(oslo(2026, 12, 21, 6, 0)).await;
    assert_eq!(
        christmas,
        [
            "12-21", "12-22", "12-23", "12-27", "12-28", "12-29", "12-30", "01-02", "01-03",
            "01-04"
        ]
    );
    // Easter 2027 (28 March): Maundy Thursday, Good Friday, Easter Sunday and Monday are closed;
    // Easter Saturday is not a public holiday.
    let easter = days(oslo(2027, 3, 22, 6, 0)).await;
    assert_eq!(
        &easter[..6],
        ["03-22", "03-23", "03-24", "03-27", "03-30", "03-31"]
    );
    // The county may close other days, and open Christmas Eve.
    sqlx_execute(db, "UPDATE county SET closed_days = '12-23'").await;
    let christmas = days(oslo(2026, 12, 21, 6, 0)).await;
    assert_eq!(&christmas[..4], ["12-21", "12-22", "12-24", "12-27"]);
    // A request for a closed day, typed by hand, is refused.
    let error = booking::request(
        db,
        s.county_id,
        &asking(&s, oslo(2026, 12, 25, 9, 0), "Aida"),
        &BookingPolicy::default(),
        &crate::compose(),
        oslo(2026, 12, 21, 6, 0),
    )
    .await
    .unwrap_err();
    assert!(
        matches!(error, DomainError::Invalid { field: "slot", .. }),
        "{error:?}"
    );
}

async fn sqlx_execute(db: &Db, statement: &str) {
    match db {
        Db::Sqlite(p) => sqlx::query(statement).execute(p).await.map(|_| ()),
        Db::Postgres(p) => sqlx::query(statement).execute(p).await.map(|_| ()),
    }
    .unwrap();
}

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn oslo(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    instant(NaiveDate::from_ymd_opt(y, m, d).unwrap(), hm(h, min), true)
}

struct Setup {
    county_id: i64,
    horten: i64,
    /// Ingrid, advisor in Horten.
    ingrid: i64,
    /// Jonas, advisor in Larvik.
    jonas: i64,
}

async fn setup(db: &Db) -> Setup {
    let county = demo::seed(db).await.unwrap();
    let id = |email: &'static str| {
        let db = db.clone();
        async move {
            staff::by_email(&db, county.id, email)
                .await
                .unwrap()
                .unwrap()
                .id
        }
    };
    let horten = department::list(db, county.id)
        .await
        .unwrap()
        .into_iter()
        .find(|d| d.slug == "horten")
        .unwrap()
        .id;
    Setup {
        county_id: county.id,
        horten,
        ingrid: id("ingrid.haugen@demo.neste-steg.no").await,
        jonas: id("jonas.larsen@demo.neste-steg.no").await,
    }
}

/// Ingrid at Horten, Monday to Friday 09:00–12:00: 45-minute meetings, 15 minutes' buffer.
async fn weekdays(db: &Db, s: &Setup) {
    let weekly: Vec<WeeklyRange> = (1..=5)
        .map(|weekday| WeeklyRange {
            department_id: s.horten,
            weekday,
            starts: hm(9, 0),
            ends: hm(12, 0),
        })
        .collect();
    let settings = Settings {
        meeting_minutes: 45,
        buffer_minutes: 15,
        notice_hours: 24,
        window_days: 14,
        forms: vec![MeetingForm::Office, MeetingForm::Phone],
    };
    booking::save_availability(db, s.ingrid, &settings, &weekly, None)
        .await
        .unwrap();
}

fn asking(s: &Setup, starts: DateTime<Utc>, name: &str) -> NewBooking {
    NewBooking {
        department_id: s.horten,
        staff_id: s.ingrid,
        form: MeetingForm::Office,
        starts,
        first_name: name.into(),
        mobile: Some("91234567".into()),
        email: None,
        language: "nn".into(),
        contact_request_id: None,
        supersedes_id: None,
    }
}

/// One SMS per event, naming it, as the app's messages do.
fn compose() -> impl Fn(&Booking, Event, &str) -> Vec<NewMessage> + Send + Sync {
    |b: &Booking, event: Event, token: &str| {
        vec![NewMessage {
            idempotency_key: format!("booking:{}:{event:?}:{token}", b.id),
            channel: "sms".into(),
            recipient: b.mobile.clone().unwrap_or_default(),
            subject: String::new(),
            body: format!("{event:?} https://ot.example/bestilling/{token}"),
            attachment: None,
        }]
    }
}

async fn messages_about(db: &Db, id: i64) -> Vec<String> {
    let rows: Vec<(String,)> = match db {
        Db::Sqlite(p) => {
            sqlx::query_as("SELECT body FROM outbox_message WHERE booking_id = $1 ORDER BY id")
                .bind(id)
                .fetch_all(p)
                .await
                .unwrap()
        }
        Db::Postgres(p) => {
            sqlx::query_as("SELECT body FROM outbox_message WHERE booking_id = $1 ORDER BY id")
                .bind(id)
                .fetch_all(p)
                .await
                .unwrap()
        }
    };
    rows.into_iter()
        .map(|(b,)| b.split(' ').next().unwrap().to_string())
        .collect()
}

fn local(slots: &[booking::FreeSlot]) -> Vec<String> {
    slots
        .iter()
        .map(|s| {
            s.starts
                .with_timezone(&ZONE)
                .format("%a %d.%m %H:%M")
                .to_string()
        })
        .collect()
}

async fn free_times_are_right_on_daylight_saving_days(db: &Db) {
    let s = setup(db).await;
    // A Sunday evening-into-night range, so the changes at 02:00/03:00 fall inside it.
    let night = vec![WeeklyRange {
        department_id: s.horten,
        weekday: 7,
        starts: hm(1, 0),
        ends: hm(4, 0),
    }];
    let settings = Settings {
        meeting_minutes: 60,
        buffer_minutes: 0,
        notice_hours: 0,
        window_days: 2,
        forms: vec![MeetingForm::Phone],
    };
    booking::save_availability(db, s.ingrid, &settings, &night, None)
        .await
        .unwrap();
    let march = booking::free_slots(
        db,
        s.county_id,
        s.horten,
        None,
        None,
        oslo(2026, 3, 28, 12, 0),
    )
    .await
    .unwrap();
    let march: Vec<String> = march
        .iter()
        .map(|f| f.starts.with_timezone(&ZONE).format("%H:%M %Z").to_string())
        .collect();
    assert_eq!(march, ["01:00 CET", "03:00 CEST"], "29 March has no 02:00");
    let october = booking::free_slots(
        db,
        s.county_id,
        s.horten,
        None,
        None,
        oslo(2026, 10, 24, 12, 0),
    )
    .await
    .unwrap();
    assert_eq!(october.len(), 4, "25 October has 02:00 twice");
    assert_eq!(october[2].starts - october[1].starts, Duration::hours(1));
    // Stored and read back, a booking at the second 02:00 keeps its instant.
    let second_two = october[2].starts;
    let mut new = asking(&s, second_two, "Aida");
    new.form = MeetingForm::Phone;
    let made = booking::request(
        db,
        s.county_id,
        &new,
        &BookingPolicy::default(),
        &crate::compose(),
        oslo(2026, 10, 24, 12, 0),
    )
    .await
    .unwrap();
    assert_eq!(made.booking.starts_at, second_two);
    assert_eq!(
        made.booking
            .starts_at
            .with_timezone(&ZONE)
            .format("%H:%M %Z")
            .to_string(),
        "02:00 CET"
    );
}

async fn free_times_respect_buffers_notice_window_and_exceptions(db: &Db) {
    let s = setup(db).await;
    weekdays(db, &s).await;
    let now = oslo(2026, 11, 23, 8, 0); // Monday morning
    let all = booking::free_slots(
        db,
        s.county_id,
        s.horten,
        Some(MeetingForm::Office),
        None,
        now,
    )
    .await
    .unwrap();
    let times = local(&all);
    // Notice: nothing today; the grid steps by meeting + buffer: 09:00, 10:00, 11:00.
    assert_eq!(
        &times[..3],
        ["Tue 24.11 09:00", "Tue 24.11 10:00", "Tue 24.11 11:00"]
    );
    // Window: 14 days, so Monday 7 December is the last day.
    assert_eq!(times.last().unwrap(), "Mon 07.12 11:00");
    assert_eq!(all.len(), 3 * 10);
    // A form Ingrid does not offer lists nothing.
    let walks = booking::free_slots(
        db,
        s.county_id,
        s.horten,
        Some(MeetingForm::Walk),
        None,
        now,
    )
    .await
    .unwrap();
    assert!(walks.is_empty());
    // Away on Tuesday, away Wednesday 10–11, extra Thursday 13:00–14:00.
    let add = |date: (i32, u32, u32), kind, hours, department_id| {
        let new = NewException {
            department_id,
            on_date: NaiveDate::from_ymd_opt(date.0, date.1, date.2).unwrap(),
            kind,
            hours,
        };
        let db = db.clone();
        let ingrid = s.ingrid;
        async move { booking::add_exception(&db, ingrid, &new).await.unwrap() }
    };
    add((2026, 11, 24), ExceptionKind::Away, None, None).await;
    let wed = add(
        (2026, 11, 25),
        ExceptionKind::Away,
        Some((hm(10, 0), hm(11, 0))),
        None,
    )
    .await;
    add(
        (2026, 11, 26),
        ExceptionKind::Extra,
        Some((hm(13, 0), hm(14, 0))),
        Some(s.horten),
    )
    .await;
    let first_days: Vec<String> = local(
        &booking::free_slots(db, s.county_id, s.horten, None, None, now)
            .await
            .unwrap(),
    )
    .into_iter()
    .take(5)
    .collect();
    assert_eq!(
        first_days,
        [
            "Wed 25.11 09:00",
            "Wed 25.11 11:00",
            "Thu 26.11 09:00",
            "Thu 26.11 10:00",
            "Thu 26.11 11:00"
        ]
    );
    let thursday = local(
        &booking::free_slots(db, s.county_id, s.horten, None, None, now)
            .await
            .unwrap(),
    );
    assert!(thursday.contains(&"Thu 26.11 13:00".to_string()));
    // An extra range at a department she does not work for is refused.
    let larvik = department::by_slug(db, s.county_id, "larvik")
        .await
        .unwrap()
        .unwrap()
        .id;
    let refused = booking::add_exception(
        db,
        s.ingrid,
        &NewException {
            department_id: Some(larvik),
            on_date: NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
            kind: ExceptionKind::Extra,
            hours: Some((hm(9, 0), hm(10, 0))),
        },
    )
    .await;
    assert!(matches!(
        refused,
        Err(DomainError::Invalid {
            field: "department",
            ..
        })
    ));
    booking::remove_exception(db, s.ingrid, wed).await.unwrap();
    // A booked meeting at Thursday 10:00 takes its time and its buffer; 09:00 and 11:00 stay.
    let thu10 = oslo(2026, 11, 26, 10, 0);
    booking::request(
        db,
        s.county_id,
        &asking(&s, thu10, "Sara"),
        &BookingPolicy::default(),
        &crate::compose(),
        now,
    )
    .await
    .unwrap();
    let after = local(
        &booking::free_slots(db, s.county_id, s.horten, None, None, now)
            .await
            .unwrap(),
    );
    assert!(!after.contains(&"Thu 26.11 10:00".to_string()));
    assert!(
        after.contains(&"Thu 26.11 09:00".to_string())
            && after.contains(&"Thu 26.11 11:00".to_string())
    );
    // A time that is not one of hers (09:30) is refused however free it looks.
    let off_grid = booking::request(
        db,
        s.county_id,
        &asking(&s, oslo(2026, 11, 27, 9, 30), "Per"),
        &BookingPolicy::default(),
        &crate::compose(),
        now,
    )
    .await;
    assert!(matches!(
        off_grid,
        Err(DomainError::Invalid { field: "slot", .. })
    ));
    // Settings that make no sense are refused whole; the old ones stay.
    let bad = booking::save_availability(
        db,
        s.ingrid,
        &Settings {
            meeting_minutes: 5,
            ..Settings::default()
        },
        &[],
        None,
    )
    .await;
    assert!(bad.is_err());
    assert_eq!(
        booking::availability(db, s.ingrid)
            .await
            .unwrap()
            .settings
            .meeting_minutes,
        45
    );
}

async fn every_state_change_and_every_illegal_one(db: &Db) {
    let s = setup(db).await;
    weekdays(db, &s).await;
    let now = oslo(2026, 11, 23, 8, 0);
    let policy = BookingPolicy::default();
    let compose = compose();
    let ingrid = Scope::DepartmentsOf(s.ingrid);
    let at = |day: u32, hour: u32| oslo(2026, 11, day, hour, 0);
    let new = |day, hour, name: &str| asking(&s, at(day, hour), name);
    let state_changed =
        |r: Result<Booking, DomainError>| matches!(r, Err(DomainError::Conflict("state changed")));

    // requested → confirmed → cancelled by the young person.
    let a = booking::request(
        db,
        s.county_id,
        &new(24, 9, "Aida"),
        &policy,
        &crate::compose(),
        now,
    )
    .await
    .unwrap();
    assert_eq!(a.booking.state, BookingState::Requested);
    // The meeting is 25 hours away: held until 24 hours before it.
    assert_eq!(a.booking.hold_until, now + Duration::hours(1));
    let confirmed = booking::confirm(
        db,
        s.county_id,
        a.booking.id,
        s.ingrid,
        ingrid,
        &compose,
        now,
    )
    .await
    .unwrap();
    assert_eq!(confirmed.state, BookingState::Confirmed);
    assert!(state_changed(
        booking::confirm(
            db,
            s.county_id,
            a.booking.id,
            s.ingrid,
            ingrid,
            &compose,
            now
        )
        .await
    ));
    assert!(state_changed(
        booking::decline(
            db,
            s.county_id,
            a.booking.id,
            s.ingrid,
            ingrid,
            "nei",
            &compose,
            now
        )
        .await
    ));
    assert!(matches!(
        booking::withdraw(db, &a.token, now).await,
        Err(DomainError::Conflict(_))
    ));
    // Not before the meeting: completed or no-show.
    assert!(state_changed(
        booking::record_outcome(
            db,
            s.county_id,
            a.booking.id,
            s.ingrid,
            ingrid,
            BookingState::Completed,
            now
        )
        .await
    ));
    let cancelled = booking::cancel(
        db,
        s.county_id,
        a.booking.id,
        Actor::Youth,
        "sick",
        &compose,
        now,
    )
    .await
    .unwrap();
    assert_eq!(cancelled.state, BookingState::Cancelled);
    assert_eq!(cancelled.cancelled_by.as_deref(), Some("youth"));
    assert!(state_changed(
        booking::cancel(
            db,
            s.county_id,
            a.booking.id,
            Actor::Youth,
            "again",
            &compose,
            now
        )
        .await
    ));
    assert_eq!(
        messages_about(db, a.booking.id).await,
        ["Requested", "Confirmed", "Cancelled"]
    );
    // Its time is free again.
    let again = booking::request(
        db,
        s.county_id,
        &new(24, 9, "Ola"),
        &policy,
        &crate::compose(),
        now,
    )
    .await
    .unwrap();

    // requested → declined, with the reason kept; a declined one cannot be confirmed.
    let b = booking::request(
        db,
        s.county_id,
        &new(24, 10, "Bo"),
        &policy,
        &crate::compose(),
        now,
    )
    .await
    .unwrap();
    let declined = booking::decline(
        db,
        s.county_id,
        b.booking.id,
        s.ingrid,
        ingrid,
        "Jeg er på kurs",
        &compose,
        now,
    )
    .await
    .unwrap();
    assert_eq!(declined.state, BookingState::Declined);
    assert_eq!(declined.reason.as_deref(), Some("Jeg er på kurs"));
    assert!(state_changed(
        booking::confirm(
            db,
            s.county_id,
            b.booking.id,
            s.ingrid,
            ingrid,
            &compose,
            now
        )
        .await
    ));
    assert_eq!(
        messages_about(db, b.booking.id).await,
        ["Requested", "Declined"]
    );

    // requested → withdrawn by the young person; a confirmed meeting cannot be withdrawn, and a
    // request cannot be «cancelled» (that is for confirmed meetings).
    let c = booking::request(
        db,
        s.county_id,
        &new(24, 11, "Cato"),
        &policy,
        &crate::compose(),
        now,
    )
    .await
    .unwrap();
    assert!(state_changed(
        booking::cancel(
            db,
            s.county_id,
            c.booking.id,
            Actor::Youth,
            "x",
            &compose,
            now
        )
        .await
    ));
    assert_eq!(
        booking::withdraw(db, &c.token, now).await.unwrap().state,
        BookingState::Withdrawn
    );
    assert!(state_changed(
        booking::confirm(
            db,
            s.county_id,
            c.booking.id,
            s.ingrid,
            ingrid,
            &compose,
            now
        )
        .await
    ));

    // confirmed → completed / no-show, after the start only; then nothing more.
    let staff = Actor::Staff {
        staff_id: s.ingrid,
        scope: ingrid,
    };
    booking::confirm(
        db,
        s.county_id,
        again.booking.id,
        s.ingrid,
        ingrid,
        &compose,
        now,
    )
    .await
    .unwrap();
    let later = at(24, 9) + Duration::minutes(50);
    let done = booking::record_outcome(
        db,
        s.county_id,
        again.booking.id,
        s.ingrid,
        ingrid,
        BookingState::Completed,
        later,
    )
    .await
    .unwrap();
    assert_eq!(done.state, BookingState::Completed);
    assert!(state_changed(
        booking::cancel(
            db,
            s.county_id,
            again.booking.id,
            staff,
            "x",
            &compose,
            later
        )
        .await
    ));
    assert!(state_changed(
        booking::record_outcome(
            db,
            s.county_id,
            again.booking.id,
            s.ingrid,
            ingrid,
            BookingState::NoShow,
            later
        )
        .await
    ));
    let d = booking::request(
        db,
        s.county_id,
        &new(25, 9, "Dina"),
        &policy,
        &crate::compose(),
        now,
    )
    .await
    .unwrap();
    booking::confirm(
        db,
        s.county_id,
        d.booking.id,
        s.ingrid,
        ingrid,
        &compose,
        now,
    )
    .await
    .unwrap();
    let absent = booking::record_outcome(
        db,
        s.county_id,
        d.booking.id,
        s.ingrid,
        ingrid,
        BookingState::NoShow,
        at(25, 10),
    )
    .await
    .unwrap();
    assert_eq!(absent.state, BookingState::NoShow);
    assert!(booking::record_outcome(
        db,
        s.county_id,
        d.booking.id,
        s.ingrid,
        ingrid,
        BookingState::Requested,
        at(25, 10)
    )
    .await
    .is_err());

    // confirmed → cancelled by OT with a reason.
    let e = booking::request(
        db,
        s.county_id,
        &new(25, 10, "Emil"),
        &policy,
        &crate::compose(),
        now,
    )
    .await
    .unwrap();
    booking::confirm(
        db,
        s.county_id,
        e.booking.id,
        s.ingrid,
        ingrid,
        &compose,
        now,
    )
    .await
    .unwrap();
    let by_ot = booking::cancel(
        db,
        s.county_id,
        e.booking.id,
        staff,
        "Rådgiveren er syk",
        &compose,
        now,
    )
    .await
    .unwrap();
    assert_eq!(
        (by_ot.cancelled_by.as_deref(), by_ot.reason.as_deref()),
        (Some("ot"), Some("Rådgiveren er syk"))
    );

    // A request past its hold cannot be confirmed.
    let f = booking::request(
        db,
        s.county_id,
        &new(26, 9, "Frida"),
        &policy,
        &crate::compose(),
        now,
    )
    .await
    .unwrap();
    let too_late = f.booking.hold_until + Duration::minutes(1);
    assert!(state_changed(
        booking::confirm(
            db,
            s.county_id,
            f.booking.id,
            s.ingrid,
            ingrid,
            &compose,
            too_late
        )
        .await
    ));
}

async fn a_request_expires_at_its_hold_and_frees_its_time(db: &Db) {
    let s = setup(db).await;
    weekdays(db, &s).await;
    let now = oslo(2026, 11, 23, 8, 0);
    let compose = compose();
    let thursday = oslo(2026, 11, 26, 9, 0);
    let r = booking::request(
        db,
        s.county_id,
        &asking(&s, thursday, "Aida"),
        &BookingPolicy::default(),
        &crate::compose(),
        now,
    )
    .await
    .unwrap();
    // Thursday is more than 72 h away: the 48-hour hold applies.
    assert_eq!(r.booking.hold_until, now + Duration::hours(48));
    let taken = booking::request(
        db,
        s.county_id,
        &asking(&s, thursday, "Per"),
        &BookingPolicy::default(),
        &crate::compose(),
        now,
    )
    .await;
    assert!(matches!(taken, Err(DomainError::Conflict("slot taken"))));
    assert_eq!(
        booking::expire_holds(db, &compose, r.booking.hold_until - Duration::minutes(1))
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        booking::expire_holds(db, &compose, r.booking.hold_until)
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        booking::expire_holds(db, &compose, r.booking.hold_until)
            .await
            .unwrap(),
        0,
        "once"
    );
    assert_eq!(
        booking::by_token(db, &r.token).await.unwrap().state,
        BookingState::Expired
    );
    assert_eq!(
        messages_about(db, r.booking.id).await,
        ["Requested", "Expired"]
    );
    let later = r.booking.hold_until;
    let free = booking::free_slots(db, s.county_id, s.horten, None, None, later)
        .await
        .unwrap();
    assert!(
        free.iter().any(|f| f.starts == thursday),
        "the time is free again"
    );
    booking::request(
        db,
        s.county_id,
        &asking(&s, thursday, "Per"),
        &BookingPolicy::default(),
        &crate::compose(),
        later,
    )
    .await
    .unwrap();
}

async fn a_move_replaces_the_old_meeting_only_once_confirmed(db: &Db) {
    let s = setup(db).await;
    weekdays(db, &s).await;
    let now = oslo(2026, 11, 23, 8, 0);
    let compose = compose();
    let ingrid = Scope::DepartmentsOf(s.ingrid);
    let policy = BookingPolicy::default();
    let old = booking::request(
        db,
        s.county_id,
        &asking(&s, oslo(2026, 11, 24, 9, 0), "Aida"),
        &policy,
        &crate::compose(),
        now,
    )
    .await
    .unwrap();
    booking::confirm(
        db,
        s.county_id,
        old.booking.id,
        s.ingrid,
        ingrid,
        &compose,
        now,
    )
    .await
    .unwrap();
    // A move the advisor declines leaves the old meeting as it was.
    let mut first_try = asking(&s, oslo(2026, 11, 25, 9, 0), "Aida");
    first_try.supersedes_id = Some(old.booking.id);
    let first_try = booking::request(db, s.county_id, &first_try, &policy, &crate::compose(), now)
        .await
        .unwrap();
    booking::decline(
        db,
        s.county_id,
        first_try.booking.id,
        s.ingrid,
        ingrid,
        "Opptatt",
        &compose,
        now,
    )
    .await
    .unwrap();
    assert_eq!(
        booking::by_token(db, &old.token).await.unwrap().state,
        BookingState::Confirmed
    );
    // One that is confirmed releases it.
    let mut second_try = asking(&s, oslo(2026, 11, 26, 9, 0), "Aida");
    second_try.supersedes_id = Some(old.booking.id);
    let second_try = booking::request(
        db,
        s.county_id,
        &second_try,
        &policy,
        &crate::compose(),
        now,
    )
    .await
    .unwrap();
    assert_eq!(
        booking::by_token(db, &old.token).await.unwrap().state,
        BookingState::Confirmed,
        "held until confirmed"
    );
    booking::confirm(
        db,
        s.county_id,
        second_try.booking.id,
        s.ingrid,
        ingrid,
        &compose,
        now,
    )
    .await
    .unwrap();
    let released = booking::by_token(db, &old.token).await.unwrap();
    assert_eq!(released.state, BookingState::Cancelled);
    assert_eq!(released.reason.as_deref(), Some("moved"));
    let free = booking::free_slots(db, s.county_id, s.horten, None, None, now)
        .await
        .unwrap();
    assert!(free.iter().any(|f| f.starts == oslo(2026, 11, 24, 9, 0)));
}

/// Book, confirm, ask to move it, then cancel: the move request ends with the meeting, in the
/// same transaction, its time is free again, and the advisor can no longer confirm it.
async fn cancelling_a_meeting_ends_its_pending_move_and_frees_the_new_time(db: &Db) {
    let s = setup(db).await;
    weekdays(db, &s).await;
    let now = oslo(2026, 11, 23, 8, 0);
    let compose = compose();
    let ingrid = Scope::DepartmentsOf(s.ingrid);
    let policy = BookingPolicy::default();
    let old = booking::request(
        db,
        s.county_id,
        &asking(&s, oslo(2026, 11, 24, 9, 0), "Aida"),
        &policy,
        &crate::compose(),
        now,
    )
    .await
    .unwrap();
    booking::confirm(
        db,
        s.county_id,
        old.booking.id,
        s.ingrid,
        ingrid,
        &compose,
        now,
    )
    .await
    .unwrap();
    let new_time = oslo(2026, 11, 26, 10, 0);
    let mut moving = asking(&s, new_time, "Aida");
    moving.supersedes_id = Some(old.booking.id);
    let moving = booking::request(db, s.county_id, &moving, &policy, &crate::compose(), now)
        .await
        .unwrap();
    let free = booking::free_slots(db, s.county_id, s.horten, None, None, now)
        .await
        .unwrap();
    assert!(
        !free.iter().any(|f| f.starts == new_time),
        "the move holds its time"
    );
    assert!(booking::pending_move(db, old.booking.id)
        .await
        .unwrap()
        .is_some());

    booking::cancel(
        db,
        s.county_id,
        old.booking.id,
        booking::Actor::Youth,
        "",
        &compose,
        now,
    )
    .await
    .unwrap();
    let ended = booking::by_token(db, &moving.token).await.unwrap();
    assert_eq!(ended.state, BookingState::Withdrawn);
    assert!(booking::pending_move(db, old.booking.id)
        .await
        .unwrap()
        .is_none());
    let free = booking::free_slots(db, s.county_id, s.horten, None, None, now)
        .await
        .unwrap();
    assert!(
        free.iter().any(|f| f.starts == new_time),
        "the new time is free again"
    );
    let refused = booking::confirm(
        db,
        s.county_id,
        moving.booking.id,
        s.ingrid,
        ingrid,
        &compose,
        now,
    )
    .await;
    assert!(
        matches!(refused, Err(DomainError::Conflict(_))),
        "{refused:?}"
    );
    assert_eq!(
        booking::by_token(db, &old.token).await.unwrap().state,
        BookingState::Cancelled
    );
}

/// The call list keeps at most two open call-me requests per number, however many arrive at
/// once: counted and stored in one step.
async fn forty_simultaneous_call_me_requests_for_one_number_store_two(db: &Db) {
    let s = setup(db).await;
    let now = oslo(2026, 11, 23, 8, 0);
    let tasks: Vec<_> = (0..40)
        .map(|_| {
            let db = db.clone();
            let (county_id, horten) = (s.county_id, s.horten);
            tokio::spawn(async move {
                booking::request_callback(
                    &db,
                    county_id,
                    horten,
                    None,
                    "Dina",
                    "912 34 599",
                    "nb",
                    now,
                )
                .await
            })
        })
        .collect();
    let (mut stored, mut refused) = (0, 0);
    for task in tasks {
        match task.await.unwrap() {
            Ok(_) => stored += 1,
            Err(DomainError::Conflict("too many active")) => refused += 1,
            Err(other) => panic!("neither stored nor «too many»: {other:?}"),
        }
    }
    assert_eq!((stored, refused), (2, 38));
    let open = booking::callbacks(db, s.county_id, Scope::County)
        .await
        .unwrap()
        .into_iter()
        .filter(|c| c.mobile == "+4791234599")
        .count();
    assert_eq!(open, 2);
    // Another number is not held by the first.
    booking::request_callback(
        db,
        s.county_id,
        s.horten,
        None,
        "Ola",
        "91234598",
        "nb",
        now,
    )
    .await
    .unwrap();
}

async fn two_hundred_requests_for_one_time_have_one_winner(db: &Db) {
    let s = setup(db).await;
    weekdays(db, &s).await;
    let now = oslo(2026, 11, 23, 8, 0);
    let slot = oslo(2026, 11, 24, 10, 0);
    let county_id = s.county_id;
    let new = Arc::new(asking(&s, slot, "Aida"));
    let tasks: Vec<_> = (0..200)
        .map(|i| {
            let db = db.clone();
            let mut new = (*new).clone();
            // Names are letters only (digits would read as a message under OT's name).
            new.first_name = format!(
                "Ung {}{}",
                (b'a' + (i / 26) as u8) as char,
                (b'a' + (i % 26) as u8) as char
            );
            tokio::spawn(async move {
                booking::request(
                    &db,
                    county_id,
                    &new,
                    &BookingPolicy::default(),
                    &crate::compose(),
                    now,
                )
                .await
            })
        })
        .collect();
    let mut won = Vec::new();
    let mut taken = 0;
    for task in tasks {
        match task.await.unwrap() {
            Ok(r) => won.push(r),
            Err(DomainError::Conflict("slot taken")) => taken += 1,
            Err(other) => panic!("neither a booking nor «taken»: {other:?}"),
        }
    }
    assert_eq!((won.len(), taken), (1, 199));
    let winner = won.remove(0).booking;
    // On PostgreSQL the exclusion constraint itself refuses an overlap (here into the buffer),
    // even from a statement that skips the domain's check.
    if let Db::Postgres(pool) = db {
        let sneaked = sqlx::query(
            "INSERT INTO booking (county_id, department_id, staff_id, form, starts_at, ends_at, blocked_until, state, \
             hold_until, first_name, mobile, language, created_at, updated_at) \
             SELECT county_id, department_id, staff_id, form, starts_at + interval '50 minutes', ends_at + interval '50 minutes', \
             blocked_until + interval '50 minutes', 'requested', hold_until, 'Snik', mobile, language, created_at, updated_at \
             FROM booking WHERE id = $1",
        )
        .bind(winner.id)
        .execute(pool)
        .await;
        let code = sneaked
            .unwrap_err()
            .as_database_error()
            .and_then(|e| e.code())
            .map(|c| c.to_string());
        assert_eq!(code.as_deref(), Some("23P01"));
    }
    // 50 simultaneous clicks: confirm and decline, from the advisor and a colleague's screen.
    let compose = Arc::new(compose());
    let clicks: Vec<_> = (0..50)
        .map(|i| {
            let db = db.clone();
            let compose = compose.clone();
            let (staff_id, id) = (s.ingrid, winner.id);
            tokio::spawn(async move {
                let scope = Scope::DepartmentsOf(staff_id);
                if i % 2 == 0 {
                    booking::confirm(&db, county_id, id, staff_id, scope, &*compose, now).await
                } else {
                    booking::decline(&db, county_id, id, staff_id, scope, "nei", &*compose, now)
                        .await
                }
            })
        })
        .collect();
    let mut decided = Vec::new();
    let mut too_late = 0;
    for click in clicks {
        match click.await.unwrap() {
            Ok(b) => decided.push(b.state),
            Err(DomainError::Conflict("state changed")) => too_late += 1,
            Err(other) => panic!("unexpected: {other:?}"),
        }
    }
    assert_eq!((decided.len(), too_late), (1, 49));
    assert_eq!(
        messages_about(db, winner.id).await.len(),
        2,
        "the receipt, and one message for one decision"
    );
}

async fn advisors_act_only_in_their_departments(db: &Db) {
    let s = setup(db).await;
    weekdays(db, &s).await;
    let now = oslo(2026, 11, 23, 8, 0);
    let compose = compose();
    let r = booking::request(
        db,
        s.county_id,
        &asking(&s, oslo(2026, 11, 24, 9, 0), "Aida"),
        &BookingPolicy::default(),
        &crate::compose(),
        now,
    )
    .await
    .unwrap();
    let larvik = Scope::DepartmentsOf(s.jonas);
    let refused = booking::confirm(
        db,
        s.county_id,
        r.booking.id,
        s.jonas,
        larvik,
        &compose,
        now,
    )
    .await;
    assert!(matches!(refused, Err(DomainError::NotFound)));
    assert!(booking::queue(db, s.county_id, larvik, None, now)
        .await
        .unwrap()
        .is_empty());
    let horten_queue = booking::queue(
        db,
        s.county_id,
        Scope::DepartmentsOf(s.ingrid),
        Some(s.ingrid),
        now,
    )
    .await
    .unwrap();
    assert_eq!(horten_queue.len(), 1);
    let county = booking::queue(db, s.county_id, Scope::County, None, now)
        .await
        .unwrap();
    assert_eq!(county.len(), 1);
    // Ingrid cannot offer hours at Larvik.
    let larvik_id = department::by_slug(db, s.county_id, "larvik")
        .await
        .unwrap()
        .unwrap()
        .id;
    let wrong = booking::save_availability(
        db,
        s.ingrid,
        &Settings::default(),
        &[WeeklyRange {
            department_id: larvik_id,
            weekday: 1,
            starts: hm(9, 0),
            ends: hm(10, 0),
        }],
        None,
    )
    .await;
    assert!(matches!(
        wrong,
        Err(DomainError::Invalid {
            field: "department",
            ..
        })
    ));
}

async fn the_reminder_goes_once_the_day_before(db: &Db) {
    let s = setup(db).await;
    weekdays(db, &s).await;
    let now = oslo(2026, 11, 23, 8, 0);
    let compose = compose();
    let ingrid = Scope::DepartmentsOf(s.ingrid);
    let meeting = oslo(2026, 11, 25, 10, 0);
    let r = booking::request(
        db,
        s.county_id,
        &asking(&s, meeting, "Aida"),
        &BookingPolicy::default(),
        &crate::compose(),
        now,
    )
    .await
    .unwrap();
    booking::confirm(
        db,
        s.county_id,
        r.booking.id,
        s.ingrid,
        ingrid,
        &compose,
        now,
    )
    .await
    .unwrap();
    let day = Duration::hours(24);
    assert_eq!(
        booking::send_reminders(db, day, &compose, now)
            .await
            .unwrap(),
        0,
        "two days before"
    );
    let day_before = meeting - Duration::hours(20);
    assert_eq!(
        booking::send_reminders(db, day, &compose, day_before)
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        booking::send_reminders(db, day, &compose, day_before)
            .await
            .unwrap(),
        0,
        "once"
    );
    assert_eq!(
        messages_about(db, r.booking.id).await,
        ["Requested", "Confirmed", "Reminder"]
    );
}

async fn an_advisor_proposes_another_time(db: &Db) {
    let s = setup(db).await;
    weekdays(db, &s).await;
    let now = oslo(2026, 11, 23, 8, 0);
    let compose = compose();
    let ingrid = Scope::DepartmentsOf(s.ingrid);
    let policy = BookingPolicy::default();
    let asked = booking::request(
        db,
        s.county_id,
        &asking(&s, oslo(2026, 11, 24, 9, 0), "Aida"),
        &policy,
        &crate::compose(),
        now,
    )
    .await
    .unwrap();
    // Another young person holds Wednesday 09:00: proposing it changes nothing.
    booking::request(
        db,
        s.county_id,
        &asking(&s, oslo(2026, 11, 25, 9, 0), "Per"),
        &policy,
        &crate::compose(),
        now,
    )
    .await
    .unwrap();
    let taken = booking::propose(
        db,
        s.county_id,
        asked.booking.id,
        s.ingrid,
        ingrid,
        oslo(2026, 11, 25, 9, 0),
        &policy,
        &compose,
        now,
    )
    .await;
    assert!(matches!(taken, Err(DomainError::Conflict("slot taken"))));
    assert_eq!(
        booking::by_token(db, &asked.token).await.unwrap().state,
        BookingState::Requested
    );
    // Thursday 10:00 is free: booked and confirmed; the request is declined silently.
    let proposed = booking::propose(
        db,
        s.county_id,
        asked.booking.id,
        s.ingrid,
        ingrid,
        oslo(2026, 11, 26, 10, 0),
        &policy,
        &compose,
        now,
    )
    .await
    .unwrap();
    assert_eq!(proposed.booking.state, BookingState::Confirmed);
    assert_eq!(proposed.booking.first_name, "Aida");
    let old = booking::by_token(db, &asked.token).await.unwrap();
    assert_eq!(
        (old.state, old.reason.as_deref()),
        (BookingState::Declined, Some("proposed"))
    );
    assert_eq!(messages_about(db, asked.booking.id).await, ["Requested"]);
    assert_eq!(messages_about(db, proposed.booking.id).await, ["Confirmed"]);
    // Jonas (Larvik) cannot propose for Horten.
    let other = booking::request(
        db,
        s.county_id,
        &asking(&s, oslo(2026, 11, 27, 9, 0), "Bo"),
        &policy,
        &crate::compose(),
        now,
    )
    .await
    .unwrap();
    let refused = booking::propose(
        db,
        s.county_id,
        other.booking.id,
        s.jonas,
        Scope::DepartmentsOf(s.jonas),
        oslo(2026, 11, 27, 10, 0),
        &policy,
        &compose,
        now,
    )
    .await;
    assert!(matches!(refused, Err(DomainError::NotFound)));
}

/// The code's message, as the app writes it: the code is the first six characters.
fn code_message(code: &str, channel: &str, recipient: &str) -> NewMessage {
    NewMessage {
        idempotency_key: format!("booking-code:{recipient}:{code}"),
        channel: channel.into(),
        recipient: recipient.into(),
        subject: "Koden din".into(),
        body: format!("{code} er koden din"),
        attachment: None,
    }
}

async fn sent_code(db: &Db, recipient: &str) -> String {
    let messages = domain::outbox::lease(
        db,
        "test",
        &Default::default(),
        Utc::now() + Duration::days(30),
    )
    .await
    .unwrap();
    let m = messages.expect("a message");
    assert_eq!(m.recipient, recipient);
    m.body[..6].to_string()
}

/// SMS pumping: a number abroad gets no code by SMS unless the county allows its country, and
/// however many addresses ask, the county sends at most its ceiling of codes in an hour.
async fn codes_go_by_sms_only_to_allowed_countries_and_stop_at_the_countys_ceiling(db: &Db) {
    use domain::booking::verification::{self, Refusal, VerificationPolicy};
    let s = setup(db).await;
    weekdays(db, &s).await;
    let now = oslo(2026, 11, 23, 8, 0);
    let thursday = oslo(2026, 11, 26, 9, 0);
    let abroad = |mobile: &str| NewBooking {
        mobile: Some(mobile.into()),
        email: None,
        ..asking(&s, thursday, "Aida")
    };
    let start = |new: NewBooking, ip: &'static str, policy: VerificationPolicy| {
        let db = db.clone();
        let county_id = s.county_id;
        async move { verification::start(&db, county_id, &new, ip, &policy, code_message, now).await }
    };
    let outbox = || async { messages_to(db, "+269").await };
    // Comoros, a premium range: refused next to the mobile, nothing sent.
    let refused = start(
        abroad("+269 123 45 67"),
        "10.0.0.1",
        VerificationPolicy::default(),
    )
    .await;
    assert!(
        matches!(
            refused,
            Err(DomainError::Invalid {
                field: "mobile",
                reason: "country"
            })
        ),
        "{refused:?}"
    );
    assert_eq!(outbox().await, 0);
    // A county that lists Comoros' code sends it.
    let listed = VerificationPolicy {
        sms_countries: vec!["269".into()],
        ..VerificationPolicy::default()
    };
    assert!(matches!(
        start(abroad("+2691234567"), "10.0.0.1", listed).await,
        Ok(Ok(_))
    ));
    assert_eq!(outbox().await, 1);
    // A ceiling of 3 an hour: three addresses are served, a fourth is refused, and so is a
    // Norwegian mobile from a fifth; the next hour sends again.
    let ceiling = VerificationPolicy {
        per_county: domain::throttle::Limit::per_hour(3),
        ..VerificationPolicy::default()
    };
    for (ip, mobile) in [("10.0.1.1", "41000001"), ("10.0.1.2", "41000002")] {
        assert!(matches!(
            start(abroad(mobile), ip, ceiling.clone()).await,
            Ok(Ok(_))
        ));
    }
    for (ip, mobile) in [("10.0.1.3", "41000003"), ("10.0.1.4", "41000004")] {
        assert!(matches!(
            start(abroad(mobile), ip, ceiling.clone()).await,
            Ok(Err(Refusal::Throttled))
        ));
    }
    assert_eq!(
        verification::codes_last_hour(db, now).await.unwrap(),
        3,
        "the refused ones are not counted"
    );
    let later = verification::start(
        db,
        s.county_id,
        &abroad("41000005"),
        "10.0.1.5",
        &ceiling,
        code_message,
        now + chrono::Duration::minutes(61),
    )
    .await;
    assert!(matches!(later, Ok(Ok(_))), "{later:?}");
}

async fn messages_to(db: &Db, prefix: &str) -> i64 {
    let q = "SELECT COUNT(*) FROM outbox_message WHERE recipient LIKE $1";
    let like = format!("{prefix}%");
    match db {
        Db::Sqlite(p) => sqlx::query_scalar(q).bind(like).fetch_one(p).await.unwrap(),
        Db::Postgres(p) => sqlx::query_scalar(q).bind(like).fetch_one(p).await.unwrap(),
    }
}

async fn a_public_request_holds_nothing_until_its_code_is_typed(db: &Db) {
    use domain::booking::verification::{self, Refusal, VerificationPolicy};
    let s = setup(db).await;
    weekdays(db, &s).await;
    let now = oslo(2026, 11, 23, 8, 0);
    let thursday = oslo(2026, 11, 26, 9, 0);
    let friday = oslo(2026, 11, 27, 9, 0);
    let policy = VerificationPolicy::default();
    let free = |at: DateTime<Utc>| {
        let db = db.clone();
        async move {
            booking::free_slots(&db, s.county_id, s.horten, None, Some(s.ingrid), now)
                .await
                .unwrap()
                .iter()
                .any(|slot| slot.starts == at)
        }
    };
    // A name that is a message is refused before anything is stored or sent.
    let spam = verification::start(
        db,
        s.county_id,
        &asking(&s, thursday, "Besøk www.evil.example nå"),
        "10.0.0.1",
        &policy,
        code_message,
        now,
    )
    .await;
    assert!(
        matches!(
            spam,
            Err(DomainError::Invalid {
                field: "first_name",
                ..
            })
        ),
        "{spam:?}"
    );

    let started = verification::start(
        db,
        s.county_id,
        &asking(&s, thursday, "Aida"),
        "10.0.0.1",
        &policy,
        code_message,
        now,
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!(
        (started.channel.as_str(), started.recipient.as_str()),
        ("sms", "+4791234567")
    );
    assert!(
        free(thursday).await,
        "waiting for its code, the request holds nothing"
    );
    let code = sent_code(db, "+4791234567").await;
    let wrong = if code == "000000" { "111111" } else { "000000" };
    assert_eq!(
        verification::confirm(
            db,
            &started.token,
            wrong,
            &BookingPolicy::default(),
            &policy,
            &|_, _, _| Vec::new(),
            now
        )
        .await
        .unwrap(),
        Err(Refusal::WrongCode { left: 4 })
    );
    let requested = verification::confirm(
        db,
        &started.token,
        &code,
        &BookingPolicy::default(),
        &policy,
        &|_, _, _| Vec::new(),
        now,
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!(requested.booking.state, BookingState::Requested);
    assert_eq!(requested.booking.first_name, "Aida");
    assert!(
        !free(thursday).await,
        "the confirmed request holds its time"
    );
    // A code works once.
    assert_eq!(
        verification::confirm(
            db,
            &started.token,
            &code,
            &BookingPolicy::default(),
            &policy,
            &|_, _, _| Vec::new(),
            now
        )
        .await
        .unwrap(),
        Err(Refusal::Gone)
    );

    // Five tries, then the code is gone even if the sixth is right; and it lives 15 minutes.
    let second = verification::start(
        db,
        s.county_id,
        &asking(&s, friday, "Aida"),
        "10.0.0.1",
        &policy,
        code_message,
        now,
    )
    .await
    .unwrap()
    .unwrap();
    let code = sent_code(db, "+4791234567").await;
    let wrong = if code == "000000" { "111111" } else { "000000" };
    for left in (0..5).rev() {
        let refusal = verification::confirm(
            db,
            &second.token,
            wrong,
            &BookingPolicy::default(),
            &policy,
            &|_, _, _| Vec::new(),
            now,
        )
        .await
        .unwrap();
        let expected = if left > 0 {
            Refusal::WrongCode { left }
        } else {
            Refusal::Gone
        };
        assert_eq!(refusal, Err(expected));
    }
    assert_eq!(
        verification::confirm(
            db,
            &second.token,
            &code,
            &BookingPolicy::default(),
            &policy,
            &|_, _, _| Vec::new(),
            now
        )
        .await
        .unwrap(),
        Err(Refusal::Gone)
    );
    let third = verification::start(
        db,
        s.county_id,
        &asking(&s, friday, "Aida"),
        "10.0.0.1",
        &policy,
        code_message,
        now,
    )
    .await
    .unwrap()
    .unwrap();
    let code = sent_code(db, "+4791234567").await;
    let late = now + Duration::minutes(15);
    assert_eq!(
        verification::confirm(
            db,
            &third.token,
            &code,
            &BookingPolicy::default(),
            &policy,
            &|_, _, _| Vec::new(),
            late
        )
        .await
        .unwrap(),
        Err(Refusal::Gone),
        "expired at 15 minutes"
    );
    // Three codes to one number within the hour, then no more: the fourth is not even sent.
    assert_eq!(
        verification::start(
            db,
            s.county_id,
            &asking(&s, friday, "Aida"),
            "10.0.0.2",
            &policy,
            code_message,
            now
        )
        .await
        .unwrap(),
        Err(Refusal::Throttled)
    );
    assert!(domain::outbox::lease(
        db,
        "test",
        &Default::default(),
        Utc::now() + Duration::days(30)
    )
    .await
    .unwrap()
    .is_none());
    let next_hour = now + Duration::minutes(61);
    let fourth = verification::start(
        db,
        s.county_id,
        &asking(&s, friday, "Aida"),
        "10.0.0.2",
        &policy,
        code_message,
        next_hour,
    )
    .await
    .unwrap()
    .unwrap();
    let code = sent_code(db, "+4791234567").await;
    verification::confirm(
        db,
        &fourth.token,
        &code,
        &BookingPolicy::default(),
        &policy,
        &|_, _, _| Vec::new(),
        next_hour,
    )
    .await
    .unwrap()
    .unwrap();
    // Two active bookings for this number now: a third is refused before a code is sent.
    let monday = oslo(2026, 11, 30, 9, 0);
    assert_eq!(
        verification::start(
            db,
            s.county_id,
            &asking(&s, monday, "Aida"),
            "10.0.0.3",
            &policy,
            code_message,
            next_hour
        )
        .await
        .unwrap(),
        Err(Refusal::TooManyActive)
    );
    // Another address's limit is its own: ten codes an hour from one address.
    let mut other = asking(&s, monday, "Per");
    for n in 0..10 {
        other.mobile = Some(format!("9200000{n}"));
        assert!(verification::start(
            db,
            s.county_id,
            &other,
            "10.0.0.9",
            &policy,
            code_message,
            next_hour
        )
        .await
        .unwrap()
        .is_ok());
    }
    other.mobile = Some("92000010".into());
    assert_eq!(
        verification::start(
            db,
            s.county_id,
            &other,
            "10.0.0.9",
            &policy,
            code_message,
            next_hour
        )
        .await
        .unwrap(),
        Err(Refusal::Throttled)
    );
    assert!(verification::start(
        db,
        s.county_id,
        &other,
        "10.0.0.8",
        &policy,
        code_message,
        next_hour
    )
    .await
    .unwrap()
    .is_ok());
}

/// The advisor proposes another time while the young person withdraws: one of them wins, whole.
/// Never a declined request beside a confirmed proposal nobody asked for, nor a held time
/// without a request behind it.
async fn a_proposal_racing_a_withdrawal_leaves_no_orphan(db: &Db) {
    let s = setup(db).await;
    weekdays(db, &s).await;
    let now = oslo(2026, 11, 23, 8, 0);
    let policy = BookingPolicy::default();
    let scope = Scope::DepartmentsOf(s.ingrid);
    let days = [24, 25, 26, 27];
    for (round, day) in days.into_iter().enumerate() {
        let asked = booking::request(
            db,
            s.county_id,
            &asking(&s, oslo(2026, 11, day, 9, 0), "Aida"),
            &policy,
            &crate::compose(),
            now,
        )
        .await
        .unwrap();
        let proposed_at = oslo(2026, 11, day, 11, 0);
        let (proposal, withdrawal) = {
            let (db1, db2) = (db.clone(), db.clone());
            let token = asked.token.clone();
            let county_id = s.county_id;
            let ingrid = s.ingrid;
            let id = asked.booking.id;
            let propose = tokio::spawn(async move {
                let compose = compose();
                booking::propose(
                    &db1,
                    county_id,
                    id,
                    ingrid,
                    scope,
                    proposed_at,
                    &policy,
                    &compose,
                    now,
                )
                .await
            });
            let withdraw = tokio::spawn(async move { booking::withdraw(&db2, &token, now).await });
            (propose.await.unwrap(), withdraw.await.unwrap())
        };
        let old = booking::by_token(db, &asked.token).await.unwrap();
        let taken = !booking::free_slots(db, s.county_id, s.horten, None, Some(s.ingrid), now)
            .await
            .unwrap()
            .iter()
            .any(|slot| slot.starts == proposed_at);
        match (&proposal, &withdrawal) {
            (Ok(p), Err(DomainError::Conflict(_))) => {
                assert_eq!(p.booking.state, BookingState::Confirmed, "round {round}");
                assert_eq!(old.state, BookingState::Declined);
                assert!(taken);
            }
            (Err(DomainError::Conflict("state changed")), Ok(w)) => {
                assert_eq!(w.state, BookingState::Withdrawn, "round {round}");
                assert_eq!(old.state, BookingState::Withdrawn);
                assert!(
                    !taken,
                    "round {round}: the proposed time is not held by an orphan"
                );
            }
            other => panic!("round {round}: both or neither won: {other:?}"),
        }
    }
    // Withdrawn first, then proposed: refused, and nothing new is held.
    let asked = booking::request(
        db,
        s.county_id,
        &asking(&s, oslo(2026, 12, 1, 9, 0), "Per"),
        &policy,
        &crate::compose(),
        now,
    )
    .await
    .unwrap();
    booking::withdraw(db, &asked.token, now).await.unwrap();
    let compose = compose();
    let late = booking::propose(
        db,
        s.county_id,
        asked.booking.id,
        s.ingrid,
        scope,
        oslo(2026, 12, 1, 11, 0),
        &policy,
        &compose,
        now,
    )
    .await;
    assert!(
        matches!(late, Err(DomainError::Conflict("state changed"))),
        "{late:?}"
    );
    assert!(
        booking::free_slots(db, s.county_id, s.horten, None, Some(s.ingrid), now)
            .await
            .unwrap()
            .iter()
            .any(|slot| slot.starts == oslo(2026, 12, 1, 11, 0))
    );
}

async fn staff_decisions_are_audited_with_their_change_or_not_at_all(db: &Db) {
    let s = setup(db).await;
    weekdays(db, &s).await;
    let now = oslo(2026, 11, 23, 8, 0);
    let policy = BookingPolicy::default();
    let compose = compose();
    let ingrid = Scope::DepartmentsOf(s.ingrid);
    let at = |day: u32, hour: u32| oslo(2026, 11, day, hour, 0);
    let mut asked = Vec::new();
    for (day, hour, name) in [(24, 9, "Aida"), (24, 10, "Bo"), (25, 9, "Cai")] {
        let r = booking::request(
            db,
            s.county_id,
            &asking(&s, at(day, hour), name),
            &policy,
            &crate::compose(),
            now,
        )
        .await
        .unwrap();
        asked.push(r.booking.id);
    }
    let (a, b, c) = (asked[0], asked[1], asked[2]);
    let call_me = booking::request_callback(
        db,
        s.county_id,
        s.horten,
        None,
        "Dina",
        "91234567",
        "nb",
        now,
    )
    .await
    .unwrap();
    let hours_before = booking::availability(db, s.ingrid).await.unwrap();
    let shorter = Settings {
        meeting_minutes: 30,
        ..hours_before.settings.clone()
    };
    let trail_before = audit_trail(db, s.county_id).await;

    // While no audit row can be written, no decision is made either.
    refuse_audit(db).await;
    let confirm = || booking::confirm(db, s.county_id, a, s.ingrid, ingrid, &compose, now);
    let decline = || {
        booking::decline(
            db,
            s.county_id,
            b,
            s.ingrid,
            ingrid,
            "på kurs",
            &compose,
            now,
        )
    };
    let propose = || {
        booking::propose(
            db,
            s.county_id,
            c,
            s.ingrid,
            ingrid,
            at(26, 10),
            &policy,
            &compose,
            now,
        )
    };
    let save =
        || booking::save_availability(db, s.ingrid, &shorter, &hours_before.weekly, Some(s.ingrid));
    let done = || booking::callback_done(db, s.county_id, ingrid, call_me, s.ingrid, now);
    assert!(confirm().await.is_err());
    assert!(decline().await.is_err());
    assert!(propose().await.is_err());
    assert!(save().await.is_err());
    assert!(done().await.is_err());
    allow_audit(db).await;
    for id in [a, b, c] {
        let booking = booking::get(db, s.county_id, Scope::County, id)
            .await
            .unwrap();
        assert_eq!(booking.state, BookingState::Requested, "{id}");
        assert_eq!(messages_about(db, id).await, ["Requested"], "{id}");
    }
    let free = booking::free_slots(db, s.county_id, s.horten, None, None, now)
        .await
        .unwrap();
    assert!(
        free.iter().any(|slot| slot.starts == at(26, 10)),
        "not taken"
    );
    assert_eq!(
        booking::availability(db, s.ingrid).await.unwrap(),
        hours_before
    );
    let open = booking::callbacks(db, s.county_id, Scope::County)
        .await
        .unwrap();
    assert!(open.iter().any(|cb| cb.id == call_me), "still to be called");
    assert_eq!(audit_trail(db, s.county_id).await, trail_before);

    // With the log working, each decision is made once with exactly its own row.
    confirm().await.unwrap();
    decline().await.unwrap();
    let proposed = propose().await.unwrap();
    save().await.unwrap();
    done().await.unwrap();
    let closed = booking::cancel(
        db,
        s.county_id,
        a,
        Actor::Staff {
            staff_id: s.ingrid,
            scope: ingrid,
        },
        "syk",
        &compose,
        now,
    )
    .await
    .unwrap();
    assert_eq!(closed.state, BookingState::Cancelled);
    assert_eq!(proposed.booking.state, BookingState::Confirmed);
    // The young person's own change through their link is theirs, not staff's to audit.
    let eli = booking::request(
        db,
        s.county_id,
        &asking(&s, at(27, 9), "Eli"),
        &policy,
        &crate::compose(),
        now,
    )
    .await
    .unwrap();
    booking::withdraw(db, &eli.token, now).await.unwrap();
    let trail = audit_trail(db, s.county_id).await;
    let new: Vec<(&str, String)> = trail[trail_before.len()..]
        .iter()
        .map(|(action, subject)| (action.as_str(), subject.clone()))
        .collect();
    assert_eq!(
        new,
        [
            ("booking.confirm", format!("booking:{a}")),
            ("booking.decline", format!("booking:{b}")),
            ("booking.propose", format!("booking:{c}")),
            ("availability.save", format!("staff:{}", s.ingrid)),
            ("callback.done", format!("callback:{call_me}")),
            ("booking.close", format!("booking:{a}")),
        ]
    );
    let events = domain::audit::search(db, s.county_id, Some(s.ingrid), None, 10)
        .await
        .unwrap();
    let close = events.iter().find(|e| e.action == "booking.close").unwrap();
    assert_eq!(close.detail, "cancelled");
    assert_eq!(close.department_id, Some(s.horten));
}
