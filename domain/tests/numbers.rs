//! The numbers: every figure of the staff page and the public page from a small data set whose
//! right answers are worked out by hand below, the suppression of small counts and their
//! complements, count-date snapshots, periods whose ends fall on daylight-saving days, and
//! scope (an advisor of Horten never gets Larvik's figures) — on a fresh SQLite file and a
//! fresh PostgreSQL database per test.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use domain::{
    answer::{self, LinkThrottle},
    booking,
    contact_request::{self, ContactPolicy, NewContactRequest, Scope, Source},
    demo,
    numbers::{self, Count, Measure, Period, StaffNumbers, Stock},
    outbox::NewMessage,
    staff::{self, Staff},
    status_code::Activity,
    Db, DomainError,
};

#[macro_use]
mod support;
use support::{count, postgres, sqlite};

on_both!(
    every_figure_of_a_month_for_the_county,
    an_advisor_sees_only_their_departments,
    count_dates_are_taken_once_and_the_latest_is_shown,
    periods_end_at_oslo_midnight_on_daylight_saving_days,
    an_answer_is_credited_to_the_channel_it_came_by,
    public_figures_are_the_countys_and_suppressed,
    today_is_the_workers_count_while_it_is_fresh,
    the_demo_history_is_seeded_once_and_fills_the_page,
);

use Count::{Exact, FewerThanFive as Few, Hidden};

/// Runs one statement with its arguments on whichever database `db` is.
macro_rules! exec {
    ($db:expr, $q:expr $(, $arg:expr)* $(,)?) => {
        match $db {
            Db::Sqlite(p) => { sqlx::query($q)$(.bind($arg))*.execute(p).await.unwrap(); }
            Db::Postgres(p) => { sqlx::query($q)$(.bind($arg))*.execute(p).await.unwrap(); }
        }
    };
}

/// Runs an INSERT … RETURNING id.
macro_rules! insert {
    ($db:expr, $q:expr $(, $arg:expr)* $(,)?) => {
        match $db {
            Db::Sqlite(p) => sqlx::query_scalar::<_, i64>($q)$(.bind($arg))*.fetch_one(p).await.unwrap(),
            Db::Postgres(p) => sqlx::query_scalar::<_, i64>($q)$(.bind($arg))*.fetch_one(p).await.unwrap(),
        }
    };
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A wall-clock time in Oslo.
fn oslo(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    booking::instant(
        date(y, m, d),
        NaiveTime::from_hms_opt(h, min, 0).unwrap(),
        true,
    )
}

/// September 2026, 10:00 (summer time all month).
fn sep(d: u32) -> DateTime<Utc> {
    oslo(2026, 9, d, 10, 0)
}

fn now() -> DateTime<Utc> {
    oslo(2026, 12, 1, 12, 0)
}

fn september() -> Period {
    Period::new(date(2026, 9, 1), date(2026, 10, 1)).unwrap()
}

struct Fixture {
    county: i64,
    horten: i64,
    larvik: i64,
    tonsberg: i64,
    sandefjord: i64,
    /// Advisor in Horten.
    ingrid: Staff,
    /// Advisor in Tønsberg and Horten.
    omar: Staff,
    jonas: Staff,
    kari: Staff,
    arne: Staff,
}

async fn fixture(db: &Db) -> Fixture {
    let county = demo::seed(db).await.unwrap();
    let department = |slug: &'static str| {
        let db = db.clone();
        async move {
            domain::department::by_slug(&db, county.id, slug)
                .await
                .unwrap()
                .unwrap()
                .id
        }
    };
    let person = |email: &'static str| {
        let db = db.clone();
        async move {
            staff::by_email(&db, county.id, email)
                .await
                .unwrap()
                .unwrap()
        }
    };
    Fixture {
        county: county.id,
        horten: department("horten").await,
        larvik: department("larvik").await,
        tonsberg: department("tonsberg").await,
        sandefjord: department("sandefjord").await,
        ingrid: person("ingrid.haugen@demo.neste-steg.no").await,
        omar: person("omar.nilsen@demo.neste-steg.no").await,
        jonas: person("jonas.larsen@demo.neste-steg.no").await,
        kari: person("kari.koordinator@demo.neste-steg.no").await,
        arne: person("arne.admin@demo.neste-steg.no").await,
    }
}

/// A contact request as the figures see it (written straight to the database, so that every
/// time is the test's own).
async fn request(
    db: &Db,
    f: &Fixture,
    department_id: i64,
    name: &str,
    birth: NaiveDate,
    language: &str,
    created: DateTime<Utc>,
) -> i64 {
    let code = format!("T{}", support::rand_suffix());
    insert!(
        db,
        "INSERT INTO contact_request (county_id, department_id, first_name, last_name, birth_date, mobile, \
         language, municipality, letter_code, expires_at, created_at) \
         VALUES ($1, $2, $3, 'Testesen', $4, '+4791234567', $5, 'Horten', $6, $7, $8) RETURNING id",
        f.county,
        department_id,
        name,
        birth,
        language,
        code,
        created + Duration::days(30),
        created
    )
}

/// Reminders sent, the call list and withdrawal.
async fn follow_up(
    db: &Db,
    id: i64,
    reminders: i64,
    call_list: Option<DateTime<Utc>>,
    revoked: Option<DateTime<Utc>>,
) {
    exec!(
        db,
        "UPDATE contact_request SET reminders_sent = $1, call_list_at = $2, revoked_at = $3 WHERE id = $4",
        reminders,
        call_list,
        revoked,
        id
    );
}

/// The young person's answer, credited to `channel`.
async fn answered(db: &Db, request_id: i64, at: DateTime<Utc>, channel: &str) -> i64 {
    insert!(
        db,
        "INSERT INTO answer (contact_request_id, reference, activity, suggested_code, started_at, submitted_at, \
         updated_at, channel) VALUES ($1, $2, 'work', 'OTAR', $3, $3, $3, $4) RETURNING id",
        request_id,
        format!("NS-{request_id}"),
        at,
        channel
    )
}

/// An advisor's review: the code, and the answer handled from the first one on.
async fn reviewed(db: &Db, answer_id: i64, staff_id: i64, at: DateTime<Utc>, code: &str) {
    exec!(
        db,
        "INSERT INTO answer_review (answer_id, staff_id, at, status_code, note, called) VALUES ($1, $2, $3, $4, '', FALSE)",
        answer_id,
        staff_id,
        at,
        code
    );
    exec!(
        db,
        "UPDATE answer SET status_code = $1, handled_at = COALESCE(handled_at, $2), handled_by = $3, reviewed_at = $2 \
         WHERE id = $4",
        code,
        at,
        staff_id,
        answer_id
    );
}

/// A booking in `state`, asked for at `created`, confirmed at `confirmed`, last changed at
/// `updated`. Each gets its own meeting time, so active ones never overlap.
#[allow(clippy::too_many_arguments)]
async fn booked(
    db: &Db,
    f: &Fixture,
    department_id: i64,
    staff_id: i64,
    state: &str,
    created: DateTime<Utc>,
    confirmed: Option<DateTime<Utc>>,
    updated: DateTime<Utc>,
) {
    static NEXT: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(0);
    let hour = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let starts = oslo(2027, 1, 4, 8, 0) + Duration::hours(hour);
    exec!(
        db,
        "INSERT INTO booking (county_id, department_id, staff_id, form, starts_at, ends_at, blocked_until, state, \
         hold_until, first_name, mobile, language, created_at, updated_at, confirmed_at) \
         VALUES ($1, $2, $3, 'office', $4, $5, $5, $6, $7, 'Test', '+4791234567', 'nb', $8, $9, $10)",
        f.county,
        department_id,
        staff_id,
        starts,
        starts + Duration::minutes(45),
        state,
        created + Duration::hours(48),
        created,
        updated,
        confirmed
    );
}

async fn callback(db: &Db, f: &Fixture, department_id: i64, at: DateTime<Utc>) {
    exec!(
        db,
        "INSERT INTO callback_request (county_id, department_id, first_name, mobile, language, created_at) \
         VALUES ($1, $2, 'Test', '+4791234567', 'nb', $3)",
        f.county,
        department_id,
        at
    );
}

/// Council input to one hearing: received at `created`, answered at `answered`, withdrawn at
/// `withdrawn`.
async fn input(
    db: &Db,
    f: &Fixture,
    created: DateTime<Utc>,
    answered: Option<DateTime<Utc>>,
    withdrawn: Option<DateTime<Utc>>,
) {
    let hearing = insert!(
        db,
        "INSERT INTO council_hearing (county_id, title, question, background, deadline_at, created_at, updated_at) \
         VALUES ($1, 'Høring', 'Spørsmål?', '', $2, $2, $2) RETURNING id",
        f.county,
        created
    );
    let member = insert!(
        db,
        "INSERT INTO council_member (county_id, first_name, birth_year, mobile, language, role, term_from, term_to, created_at) \
         VALUES ($1, 'Medlem', 2006, '+4791234567', 'nb', 'member', $2, $3, $4) RETURNING id",
        f.county,
        date(2026, 1, 1),
        date(2027, 12, 31),
        created
    );
    exec!(
        db,
        "INSERT INTO council_input (county_id, hearing_id, member_id, text, approval, status, answer, answered_at, \
         withdrawn_at, created_at, updated_at) VALUES ($1, $2, $3, 'Innspill', 'not_needed', $4, $5, $6, $7, $8, $8)",
        f.county,
        hearing,
        member,
        if answered.is_some() {
            "answered"
        } else {
            "received"
        },
        answered.map(|_| "Svar"),
        answered,
        withdrawn,
        created
    );
}

/// The requests of September 2026 and around it. Numbers are the requests' labels in the
/// comments of the tests. Ages are on 30 September 2026, the period's last day.
async fn september_data(db: &Db, f: &Fixture) {
    let (h, l, t, s) = (f.horten, f.larvik, f.tonsberg, f.sandefjord);
    let (ingrid, jonas) = (f.ingrid.id, f.jonas.id);

    // Horten
    let r1 = request(db, f, h, "En", date(2009, 5, 1), "nb", sep(1)).await; // 17
    let a1 = answered(db, r1, sep(2), "sms").await; // 1.0 day
    reviewed(db, a1, ingrid, sep(3), "OTEV").await;
    let r2 = request(db, f, h, "To", date(2009, 6, 1), "nb", sep(1)).await; // 17
    let a2 = answered(db, r2, sep(3), "sms").await; // 2.0
    reviewed(db, a2, ingrid, sep(4), "OTLL").await;
    let r3 = request(db, f, h, "Tre", date(2007, 1, 1), "nb", sep(2)).await; // 19
    follow_up(db, r3, 1, None, None).await;
    let a3 = answered(db, r3, sep(6), "email").await; // 4.0
    reviewed(db, a3, ingrid, sep(7), "OTAR via").await;
    // Turns 18 on the period's last day: 18–20.
    let r4 = request(db, f, h, "Fire", date(2008, 9, 30), "en", sep(2)).await;
    follow_up(db, r4, 1, None, None).await;
    let a4 = answered(db, r4, sep(7), "letter").await; // 5.0
    reviewed(db, a4, ingrid, sep(8), "OTOV").await;
    let r5 = request(db, f, h, "Fem", date(2004, 3, 1), "nb", sep(3)).await; // 22
    follow_up(db, r5, 2, None, None).await;
    answered(db, r5, sep(15), "sms").await; // 12.0, not reviewed
    let r6 = request(db, f, h, "Seks", date(2004, 4, 1), "nb", sep(3)).await; // 22
    follow_up(db, r6, 2, Some(sep(17)), None).await;
    // Turns 18 the day after the period: 15–17.
    let r7 = request(db, f, h, "Sju", date(2008, 10, 1), "ar", sep(25)).await;
    follow_up(db, r7, 1, None, None).await;
    let r8 = request(db, f, h, "Åtte", date(2006, 1, 1), "nb", sep(4)).await; // 20
    follow_up(db, r8, 0, None, Some(sep(5))).await;

    // Larvik
    let r9 = request(db, f, l, "Ni", date(2009, 1, 1), "nb", sep(1)).await; // 17
    let a9 = answered(db, r9, oslo(2026, 9, 1, 22, 0), "sms").await; // 0.5
    reviewed(db, a9, jonas, sep(2), "OTEV").await;
    // Corrected after the period: at its end the code was still OTEV.
    reviewed(db, a9, jonas, oslo(2026, 10, 5, 10, 0), "OTVF").await;
    let r10 = request(db, f, l, "Ti", date(2007, 5, 5), "nb", sep(5)).await; // 19
    let a10 = answered(db, r10, sep(8), "sms").await; // 3.0
    reviewed(db, a10, jonas, sep(9), "OTMI").await;
    let r11 = request(db, f, l, "Elleve", date(2003, 9, 30), "uk", sep(5)).await; // 23
    follow_up(db, r11, 1, None, None).await;
    let a11 = answered(db, r11, sep(11), "email").await; // 6.0
    reviewed(db, a11, jonas, sep(12), "OTFA-IM").await;
    let r12 = request(db, f, l, "Tolv", date(2005, 10, 1), "uk", sep(6)).await; // 20
    follow_up(db, r12, 2, None, None).await;
    let a12 = answered(db, r12, sep(13), "sms").await; // 7.0
                                                       // Reviewed after the period: waiting for an advisor at its end.
    reviewed(db, a12, jonas, oslo(2026, 10, 2, 10, 0), "OTNO").await;
    let r13 = request(db, f, l, "Tretten", date(2004, 6, 1), "nb", sep(10)).await; // 22
    follow_up(db, r13, 2, Some(sep(24)), None).await;
    let r14 = request(db, f, l, "Fjorten", date(2005, 1, 1), "pl", sep(28)).await; // 21
    follow_up(db, r14, 2, None, None).await;
    // The answer comes half an hour after the period: not in its figures.
    answered(db, r14, oslo(2026, 10, 1, 0, 30), "sms").await;

    // Tønsberg
    let r15 = request(db, f, t, "Femten", date(2008, 1, 1), "so", sep(10)).await; // 18
    follow_up(db, r15, 2, None, None).await;
    let a15 = answered(db, r15, sep(20), "letter").await; // 10.0
    reviewed(db, a15, f.omar.id, sep(21), "OTBA").await;
    let r16 = request(db, f, t, "Seksten", date(2009, 2, 2), "nb", sep(10)).await; // 17
    let a16 = answered(db, r16, sep(12), "sms").await; // 2.0
    reviewed(db, a16, f.omar.id, sep(13), "OTEV").await;
    let r17 = request(db, f, t, "Sytten", date(2002, 12, 31), "ti", sep(11)).await; // 23
    follow_up(db, r17, 2, None, None).await;

    // Sandefjord
    let r18 = request(db, f, s, "Atten", date(2007, 7, 7), "nb", sep(15)).await; // 19
    answered(db, r18, sep(16), "sms").await; // 1.0, not reviewed

    // Outside the period: the evening before it (Horten) and its first instant after (Larvik).
    let r19 = request(
        db,
        f,
        h,
        "Nitten",
        date(2007, 1, 1),
        "nb",
        oslo(2026, 8, 31, 23, 30),
    )
    .await;
    let a19 = answered(db, r19, sep(1), "sms").await;
    reviewed(db, a19, ingrid, sep(2), "OTEV").await;
    // The same person as no. 6, asked again from Larvik: answered and coded after the period.
    let r20 = request(
        db,
        f,
        l,
        "Seks",
        date(2004, 4, 1),
        "nb",
        oslo(2026, 10, 1, 0, 0),
    )
    .await;
    let a20 = answered(db, r20, oslo(2026, 10, 2, 10, 0), "sms").await;
    reviewed(db, a20, jonas, oslo(2026, 10, 3, 10, 0), "OTEV").await;

    // Bookings asked for in September, by their state at its end.
    let hours = |h: i64| Some(Duration::hours(h));
    let completed = [
        (2, hours(6)),
        (15, hours(4)),
        (16, hours(0)),
        (17, hours(8)),
        (18, hours(10)),
    ];
    for (day, wait) in completed {
        // Day 16's time was proposed by the advisor: confirmed as it was made.
        let confirmed = wait.map(|w| sep(day) + w);
        booked(
            db,
            f,
            h,
            ingrid,
            "completed",
            sep(day),
            confirmed,
            sep(day + 5),
        )
        .await;
    }
    booked(db, f, h, ingrid, "no_show", sep(3), Some(sep(4)), sep(12)).await; // 24 h
    booked(
        db,
        f,
        l,
        jonas,
        "cancelled",
        sep(5),
        Some(sep(5) + Duration::hours(2)),
        sep(8),
    )
    .await;
    booked(
        db,
        f,
        l,
        jonas,
        "declined",
        sep(6),
        None,
        sep(6) + Duration::hours(2),
    )
    .await;
    booked(db, f, l, jonas, "expired", sep(7), None, sep(9)).await;
    booked(db, f, t, f.omar.id, "withdrawn", sep(8), None, sep(8)).await;
    booked(
        db,
        f,
        t,
        f.omar.id,
        "confirmed",
        sep(10),
        Some(sep(11)),
        sep(11),
    )
    .await; // 24 h
            // Waiting at the end: three confirmed after it, two that expired after it.
    for day in [26, 27, 28] {
        let after = oslo(2026, 10, 2, 10, 0);
        booked(
            db,
            f,
            s,
            f.omar.id,
            "confirmed",
            sep(day),
            Some(after),
            after,
        )
        .await;
    }
    for day in [29, 30] {
        booked(
            db,
            f,
            l,
            jonas,
            "expired",
            sep(day),
            None,
            oslo(2026, 10, 3, 10, 0),
        )
        .await;
    }
    // After the period.
    booked(
        db,
        f,
        h,
        ingrid,
        "completed",
        oslo(2026, 10, 5, 10, 0),
        Some(oslo(2026, 10, 5, 12, 0)),
        oslo(2026, 10, 9, 10, 0),
    )
    .await;

    // Call-me requests: five in September, one before and one after.
    for (department, day) in [(h, 5), (l, 12), (l, 20), (t, 21), (s, 30)] {
        callback(db, f, department, sep(day)).await;
    }
    callback(db, f, h, oslo(2026, 8, 31, 23, 59)).await;
    callback(db, f, l, oslo(2026, 10, 1, 0, 0)).await;

    // Council input: five answered in the period (after 1, 2, 3, 4 and 10 days), two answered
    // after it and three not yet (waiting at its end), one withdrawn unanswered (left out), one
    // from August.
    for (day, wait) in [(1, 1), (2, 2), (3, 3), (4, 4), (5, 10)] {
        input(db, f, sep(day), Some(sep(day) + Duration::days(wait)), None).await;
    }
    for day in [25, 26] {
        input(db, f, sep(day), Some(oslo(2026, 10, 6, 10, 0)), None).await;
    }
    for day in [27, 28, 29] {
        input(db, f, sep(day), None, None).await;
    }
    input(db, f, sep(10), None, Some(sep(12))).await;
    input(db, f, oslo(2026, 8, 20, 10, 0), Some(sep(3)), None).await;
}

fn counts(table: &numbers::Table) -> Vec<(&str, Count)> {
    table
        .rows
        .iter()
        .map(|r| (r.key.as_str(), r.count))
        .collect()
}

fn rows(b: &numbers::Breakdown) -> Vec<(&str, Count, Count, Measure)> {
    b.rows
        .iter()
        .map(|r| (r.key.as_str(), r.sent, r.answered, r.answer_rate))
        .collect()
}

fn close(measure: Measure, expected: f64) {
    match measure {
        Measure::Value(v) => assert!((v - expected).abs() < 1e-9, "{v} ≠ {expected}"),
        Measure::Suppressed => panic!("suppressed, expected {expected}"),
    }
}

/// Every code of the kodeverk with 0, then the ones given.
fn codes(given: &[(&'static str, Count)]) -> Vec<(&'static str, Count)> {
    domain::status_code::KODEVERK
        .iter()
        .map(|(code, _)| {
            let count = given
                .iter()
                .find(|(c, _)| c == code)
                .map(|(_, n)| *n)
                .unwrap_or(Exact(0));
            (*code, count)
        })
        .collect()
}

async fn county_september(db: &Db, f: &Fixture) -> StaffNumbers {
    numbers::staff_numbers(db, f.county, Scope::County, None, september(), now())
        .await
        .unwrap()
}

/// The county's September, worked out by hand:
///
/// Sent 18 (nos. 1–18). By the end: answered 12 (1–5, 9–12, 15, 16, 18; no. 14 answered half an
/// hour late), withdrawn 1 (8), unanswered 5 (6, 7, 13, 14, 17), of whom 2 on the call list (6,
/// 13). The withdrawn 1 would follow from sent − answered − unanswered, so the unanswered 5 is
/// hidden too. Days to an answer, sorted: 0.5 1 1 2 2 3 | 4 5 6 7 10 12: median 3.5; the 90th
/// percentile lies at 9.9 of 11: 7 + 0.9 × 3 = 9.7.
async fn every_figure_of_a_month_for_the_county(db: &Db) {
    let f = fixture(db).await;
    september_data(db, &f).await;
    let n = county_september(db, &f).await;
    assert_eq!(n.as_of, oslo(2026, 10, 1, 0, 0));
    assert_eq!(n.as_of.to_rfc3339(), "2026-09-30T22:00:00+00:00");

    let r = &n.reach;
    assert_eq!(
        (
            r.sent,
            r.answered,
            r.unanswered,
            r.withdrawn,
            r.on_call_list
        ),
        (Exact(18), Exact(12), Hidden, Few, Few)
    );
    close(r.answer_rate, 12.0 / 18.0);
    close(r.median_days_to_answer, 3.5);
    close(r.p90_days_to_answer, 9.7);
    // SMS 8 (1, 2, 5, 9, 10, 12, 16, 18), e-mail 2 (3, 11), letter 2 (4, 15): by a link 10.
    // The e-mail's 2 would follow from the links' 10 − 8, so the 8 is hidden; the letter's 2
    // from 12 − 10, so the 10 is too.
    assert_eq!(
        counts(&r.by_channel),
        [("sms", Hidden), ("email", Few), ("letter", Few)]
    );
    assert_eq!(r.by_channel.total, Exact(12));
    assert_eq!(
        counts(&r.by_route),
        [("link", Hidden), ("letter_code", Few)]
    );
    // No reminder 6, after the first 3 (3, 4, 11), after the second 3 (5, 12, 15).
    assert_eq!(
        counts(&r.by_reminder),
        [
            ("none", Exact(6)),
            ("first", Few),
            ("second", Few),
            ("third_or_later", Exact(0))
        ]
    );

    // Codes at the end: OTEV 3 (1, 9 — corrected only in October —, 16), OTLL, OTAR («via»),
    // OTOV, OTMI, OTBA, OTFA-IM one each: confirmed 9; waiting 3 (5, 18, and 12, reviewed in
    // October). The waiting 3 alone would give the confirmed 9 away: hidden.
    let s = &n.status;
    assert_eq!((s.confirmed, s.awaiting_confirmation), (Hidden, Few));
    assert_eq!(
        counts(&s.by_group),
        [
            ("unknown_activity", Exact(0)),
            ("follow_up", Few),
            ("in_activity", Exact(5)),
            ("clarified", Few),
            ("not_in_target_group", Few)
        ]
    );
    assert_eq!(s.by_group.total, Hidden);
    assert_eq!(
        counts(&s.by_code),
        codes(&[
            ("OTOV", Few),
            ("OTAR", Few),
            ("OTEV", Few),
            ("OTLL", Few),
            ("OTMI", Few),
            ("OTBA", Few),
            ("OTFA-IM", Few),
        ])
    );

    // Ages on 30 September. 15–17: 1, 2, 7, 9, 16 (4 answered); 18–20: 3, 4, 8, 10, 12, 15, 18
    // (6 answered, and the 1 not answered would follow: hidden); 21–24: 5, 6, 11, 13, 14, 17 (2).
    let s = Measure::Suppressed;
    assert_eq!(
        rows(&n.by_age),
        [
            ("15-17", Exact(5), Few, s),
            ("18-20", Exact(7), Hidden, s),
            ("21-24", Exact(6), Few, s)
        ]
    );
    assert_eq!(
        (n.by_age.total.sent, n.by_age.total.answered),
        (Exact(18), Exact(12))
    );
    close(n.by_age.total.answer_rate, 12.0 / 18.0);
    // nb 11 sent, 8 answered: the 3 not answered would follow, so the 8 is hidden.
    assert_eq!(
        rows(&n.by_language),
        [
            ("nb", Exact(11), Hidden, s),
            ("nn", Exact(0), Exact(0), s),
            ("se", Exact(0), Exact(0), s),
            ("en", Few, Few, s),
            ("uk", Few, Few, s),
            ("pl", Few, Exact(0), s),
            ("ar", Few, Exact(0), s),
            ("so", Few, Few, s),
            ("ti", Few, Exact(0), s),
            ("prs", Exact(0), Exact(0), s),
        ]
    );
    // Horten 8 sent, 5 answered (3 not: hidden); Larvik 6 and 4; Sandefjord 1 and 1; Tønsberg 3
    // and 2.
    assert_eq!(
        rows(&n.by_office),
        [
            ("Horten", Exact(8), Hidden, s),
            ("Larvik", Exact(6), Few, s),
            ("Sandefjord", Few, Few, s),
            ("Tønsberg", Few, Few, s),
        ]
    );

    // Bookings asked for in September, at its end: completed 5, waiting 5 (three confirmed and
    // two expired only in October), one each of the rest; 16 in all, 8 of them confirmed at
    // some point. Hours to confirmation (the proposal left out): 2 4 6 | 8 | 10 24 24.
    let m = &n.meetings;
    assert_eq!(
        (m.requests, m.confirmed, m.callbacks),
        (Exact(16), Exact(8), Exact(5))
    );
    assert_eq!(
        counts(&m.by_state),
        [
            ("requested", Exact(5)),
            ("confirmed", Few),
            ("declined", Few),
            ("expired", Few),
            ("withdrawn", Few),
            ("cancelled", Few),
            ("completed", Exact(5)),
            ("no_show", Few),
        ]
    );
    close(m.median_hours_to_confirmation, 8.0);

    // The council: 10 received (the withdrawn one left out), 5 answered by the end after 1, 2,
    // 3, 4 and 10 days.
    let c = n.council.as_ref().unwrap();
    assert_eq!(
        (c.received, c.answered, c.waiting),
        (Exact(10), Exact(5), Exact(5))
    );
    close(c.median_days_to_answer, 3.0);

    // Today: 18 people (20 requests, less no. 8 withdrawn, and no. 6 asked again as no. 20).
    // Confirmed 12: OTEV 4 (1, 16, 19, 6/20), OTLL, OTAR, OTOV, OTVF (9, corrected), OTMI,
    // OTFA-IM, OTNO (12), OTBA; waiting 3 (5, 14, 18); no answer 3 (7, 13, 17).
    assert_eq!(
        n.today,
        stock(
            (Exact(18), Exact(12), Few, Few),
            [Exact(0), Few, Exact(7), Few, Few],
            &[
                ("OTOV", Few),
                ("OTAR", Few),
                ("OTEV", Few),
                ("OTVF", Few),
                ("OTLL", Few),
                ("OTNO", Few),
                ("OTMI", Few),
                ("OTBA", Few),
                ("OTFA-IM", Few),
            ],
        )
    );
    assert_eq!(n.count_date, None, "no count date taken yet");
}

/// A stock as expected: (people, confirmed, awaiting, no answer), the five groups, the codes.
fn stock(
    (people, confirmed, awaiting, no_answer): (Count, Count, Count, Count),
    groups: [Count; 5],
    given_codes: &[(&'static str, Count)],
) -> Stock {
    let row = |key: &str, count| numbers::Row {
        key: key.to_string(),
        count,
    };
    Stock {
        people,
        confirmed,
        awaiting_confirmation: awaiting,
        no_answer,
        by_group: numbers::Table {
            rows: domain::status_code::MainGroup::ALL
                .iter()
                .zip(groups)
                .map(|(g, n)| row(g.as_str(), n))
                .collect(),
            total: confirmed,
        },
        by_code: numbers::Table {
            rows: codes(given_codes)
                .into_iter()
                .map(|(c, n)| row(c, n))
                .collect(),
            total: confirmed,
        },
    }
}

/// Horten's September (Ingrid's scope): sent 8 (1–8), answered 5 (1–5), unanswered 2 (6, 7),
/// withdrawn 1 (8). The 3 not answered would follow from 8 − 5, so the 5 is hidden, and with
/// it the rate, the median (5 cases: 1 2 4 5 12) and the channel and reminder totals.
async fn an_advisor_sees_only_their_departments(db: &Db) {
    let f = fixture(db).await;
    september_data(db, &f).await;
    let ingrid = numbers::scope_of(&f.ingrid).unwrap();
    assert_eq!(ingrid, Scope::DepartmentsOf(f.ingrid.id));
    assert_eq!(numbers::scope_of(&f.kari), Some(Scope::County));
    assert_eq!(numbers::scope_of(&f.arne), Some(Scope::County));

    let n = numbers::staff_numbers(db, f.county, ingrid, None, september(), now())
        .await
        .unwrap();
    let r = &n.reach;
    assert_eq!(
        (
            r.sent,
            r.answered,
            r.unanswered,
            r.withdrawn,
            r.on_call_list
        ),
        (Exact(8), Hidden, Few, Few, Few)
    );
    assert_eq!(
        (r.answer_rate, r.median_days_to_answer, r.p90_days_to_answer),
        (
            Measure::Suppressed,
            Measure::Suppressed,
            Measure::Suppressed
        )
    );
    assert_eq!(
        counts(&r.by_channel),
        [("sms", Few), ("email", Few), ("letter", Few)]
    );
    assert_eq!(r.by_channel.total, Hidden);
    let offices: Vec<&str> = n.by_office.rows.iter().map(|r| r.key.as_str()).collect();
    assert_eq!(offices, ["Horten"]);
    // Horten's bookings only: five completed (one proposed) and a no-show; the no-show alone
    // would follow from 6 − 5, so the five are hidden (all 6 were confirmed, which says no more).
    assert_eq!(
        (n.meetings.requests, n.meetings.confirmed),
        (Exact(6), Exact(6))
    );
    assert_eq!(counts(&n.meetings.by_state)[6], ("completed", Hidden));
    assert_eq!(counts(&n.meetings.by_state)[7], ("no_show", Few));
    assert_eq!(n.meetings.callbacks, Few);
    assert_eq!(n.council, None, "the council is the county's");
    // Today in Horten: 1, 2, 3, 4, 19 confirmed, 5 waiting, 7 without an answer; no. 6 is
    // Larvik's now (asked again from there). The 2 not confirmed hide the 5 confirmed.
    assert_eq!(
        n.today,
        stock(
            (Exact(7), Hidden, Few, Few),
            [Exact(0), Few, Few, Exact(0), Exact(0)],
            &[("OTOV", Few), ("OTAR", Few), ("OTEV", Few), ("OTLL", Few)],
        )
    );

    // Larvik is not found for Ingrid, whether asked for or looked for by id.
    let larvik =
        numbers::staff_numbers(db, f.county, ingrid, Some(f.larvik), september(), now()).await;
    assert!(matches!(larvik, Err(DomainError::NotFound)), "{larvik:?}");
    assert!(matches!(
        numbers::stock_now(db, f.county, ingrid, Some(f.larvik), now()).await,
        Err(DomainError::NotFound)
    ));
    assert!(matches!(
        numbers::latest_snapshot(db, f.county, ingrid, Some(f.larvik)).await,
        Err(DomainError::NotFound)
    ));
    let mine: Vec<String> = numbers::departments_in_scope(db, f.county, ingrid)
        .await
        .unwrap()
        .into_iter()
        .map(|d| d.name)
        .collect();
    assert_eq!(mine, ["Horten"]);

    // Omar (Tønsberg and Horten) asking for Horten gets what Ingrid gets.
    let omar = numbers::scope_of(&f.omar).unwrap();
    let horten = numbers::staff_numbers(db, f.county, omar, Some(f.horten), september(), now())
        .await
        .unwrap();
    assert_eq!(horten.reach, n.reach);
    assert_eq!(horten.today, n.today);
    let both = numbers::staff_numbers(db, f.county, omar, None, september(), now())
        .await
        .unwrap();
    // Horten 8 and Tønsberg 3 (15–17).
    assert_eq!(both.reach.sent, Exact(11));
    assert!(matches!(
        numbers::staff_numbers(db, f.county, omar, Some(f.larvik), september(), now()).await,
        Err(DomainError::NotFound)
    ));

    // The coordinator may ask for Larvik: 9–14, 6 sent, 4 answered.
    let larvik = numbers::staff_numbers(
        db,
        f.county,
        Scope::County,
        Some(f.larvik),
        september(),
        now(),
    )
    .await
    .unwrap();
    assert_eq!((larvik.reach.sent, larvik.reach.answered), (Exact(6), Few));
    assert_eq!(larvik.council, None);
    // A department of another county is not found either.
    assert!(matches!(
        numbers::staff_numbers(
            db,
            f.county,
            Scope::County,
            Some(f.larvik + 1000),
            september(),
            now()
        )
        .await,
        Err(DomainError::NotFound)
    ));
}

/// The count dates 15 September and 15 November 2026. On 15 November everything of September
/// and October had happened: the same as today. At the end of 15 September (22:00 UTC) there
/// were 16 people (1–6, 9–13, 15–19): OTEV 4 (1, 9, 16, 19), OTLL, OTAR, OTOV, OTMI, OTFA-IM one
/// each — confirmed 9; waiting 2 (5, 12); no answer 5 (6, 13, 15, 17, 18 — 15 and 18 answered
/// later). The waiting 2 would follow from 16 − 9 − 5: the 5 is hidden.
async fn count_dates_are_taken_once_and_the_latest_is_shown(db: &Db) {
    let f = fixture(db).await;
    september_data(db, &f).await;
    assert_eq!(
        numbers::count_dates(db, f.county)
            .await
            .unwrap()
            .to_string(),
        "11-15,02-15,06-15"
    );
    numbers::set_count_dates(db, f.county, "09-15, 11-15")
        .await
        .unwrap();
    assert!(numbers::set_count_dates(db, f.county, "15.11")
        .await
        .is_err());

    // The worker at 1 December takes the latest date that has passed, once.
    let taken = numbers::take_due_snapshots(db, now()).await.unwrap();
    assert_eq!(taken, [(f.county, date(2026, 11, 15))]);
    assert!(numbers::take_due_snapshots(db, now())
        .await
        .unwrap()
        .is_empty());
    assert!(
        !numbers::take_snapshot(db, f.county, date(2026, 11, 15), now())
            .await
            .unwrap()
    );
    // An earlier date taken later is still not the latest.
    assert!(
        numbers::take_snapshot(db, f.county, date(2026, 9, 15), now())
            .await
            .unwrap()
    );
    assert!(
        !numbers::take_snapshot(db, f.county, date(2026, 9, 15), now())
            .await
            .unwrap()
    );
    // A date whose day is not over is refused.
    assert!(
        numbers::take_snapshot(db, f.county, date(2026, 12, 1), now())
            .await
            .is_err()
    );
    assert_eq!(count(db, "SELECT COUNT(*) FROM count_snapshot").await, 2);
    // A second taker racing the first changes nothing either (the unique date).
    let cells = count(db, "SELECT COUNT(*) FROM count_snapshot_cell").await;
    let (a, b) = tokio::join!(
        numbers::take_snapshot(db, f.county, date(2026, 9, 15), now()),
        numbers::take_snapshot(db, f.county, date(2026, 11, 15), now()),
    );
    assert!(!a.unwrap() && !b.unwrap());
    assert_eq!(
        count(db, "SELECT COUNT(*) FROM count_snapshot_cell").await,
        cells
    );

    let n = county_september(db, &f).await;
    let latest = n.count_date.as_ref().unwrap();
    assert_eq!(latest.count_date, date(2026, 11, 15));
    assert_eq!(latest.as_of, oslo(2026, 11, 16, 0, 0));
    assert_eq!(latest.taken_at, now());
    assert_eq!(latest.stock, n.today);

    let all = numbers::count_snapshots(db, f.county, Scope::County, None)
        .await
        .unwrap();
    let dates: Vec<NaiveDate> = all.iter().map(|s| s.count_date).collect();
    assert_eq!(dates, [date(2026, 11, 15), date(2026, 9, 15)]);
    assert_eq!(all[1].as_of.to_rfc3339(), "2026-09-15T22:00:00+00:00");
    assert_eq!(
        all[1].stock,
        stock(
            (Exact(16), Exact(9), Few, Hidden),
            [Exact(0), Few, Exact(6), Few, Few],
            &[
                ("OTOV", Few),
                ("OTAR", Few),
                ("OTEV", Few),
                ("OTLL", Few),
                ("OTMI", Few),
                ("OTFA-IM", Few),
            ],
        )
    );
    // Horten's share of 15 November: the same as Horten's today.
    let ingrid = numbers::scope_of(&f.ingrid).unwrap();
    let horten = numbers::latest_snapshot(db, f.county, ingrid, None)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        horten.stock,
        numbers::stock_now(db, f.county, ingrid, None, now())
            .await
            .unwrap()
    );
    assert_eq!(horten.stock.people, Exact(7));
}

/// From 29 March 2026 (summer time begins) to 25 October 2026 (it ends), in five-somes so the
/// counts show: 5 asked at 00:30 on the first day (inside), 5 at 23:30 the evening before
/// (outside), 5 at 23:30 on the last day (inside), 5 at 00:30 the day after (outside), and 10
/// asked on 20 October, 5 answering at 23:30 on the last day (inside) and 5 at 00:30 the day
/// after (outside, although that is still 24 October in UTC).
async fn periods_end_at_oslo_midnight_on_daylight_saving_days(db: &Db) {
    let f = fixture(db).await;
    let period = Period::new(date(2026, 3, 29), date(2026, 10, 25)).unwrap();
    for i in 0..5 {
        let name = format!("Dst{i}");
        let born = date(2008, 1, 1);
        request(
            db,
            &f,
            f.horten,
            &name,
            born,
            "nb",
            oslo(2026, 3, 29, 0, 30),
        )
        .await;
        request(
            db,
            &f,
            f.horten,
            &name,
            born,
            "nb",
            oslo(2026, 3, 28, 23, 30),
        )
        .await;
        request(
            db,
            &f,
            f.horten,
            &name,
            born,
            "nb",
            oslo(2026, 10, 24, 23, 30),
        )
        .await;
        request(
            db,
            &f,
            f.horten,
            &name,
            born,
            "nb",
            oslo(2026, 10, 25, 0, 30),
        )
        .await;
        let early = request(
            db,
            &f,
            f.horten,
            &name,
            born,
            "nb",
            oslo(2026, 10, 20, 12, 0),
        )
        .await;
        answered(db, early, oslo(2026, 10, 24, 23, 30), "sms").await;
        let late = request(
            db,
            &f,
            f.horten,
            &name,
            born,
            "nb",
            oslo(2026, 10, 20, 12, 0),
        )
        .await;
        answered(db, late, oslo(2026, 10, 25, 0, 30), "sms").await;
    }
    let n = numbers::staff_numbers(db, f.county, Scope::County, None, period, now())
        .await
        .unwrap();
    assert_eq!(n.as_of.to_rfc3339(), "2026-10-24T22:00:00+00:00");
    let r = &n.reach;
    assert_eq!(
        (r.sent, r.answered, r.unanswered, r.withdrawn),
        (Exact(20), Exact(5), Exact(15), Exact(0))
    );
    close(r.answer_rate, 0.25);
    // Each answered 4 days and 11.5 hours after the request (the clocks had not changed yet).
    close(r.median_days_to_answer, 4.0 + 11.5 / 24.0);
    assert_eq!(n.status.awaiting_confirmation, Exact(5));
    // The evening before the period starts in the period before it.
    let before = Period::new(date(2026, 3, 1), date(2026, 3, 29)).unwrap();
    let n = numbers::staff_numbers(db, f.county, Scope::County, None, before, now())
        .await
        .unwrap();
    assert_eq!(n.reach.sent, Exact(5));
    assert_eq!(n.as_of.to_rfc3339(), "2026-03-28T23:00:00+00:00");
    // While a period lasts, its figures go up to now.
    let running = Period::new(date(2026, 10, 1), date(2026, 11, 1)).unwrap();
    let n = numbers::staff_numbers(
        db,
        f.county,
        Scope::County,
        None,
        running,
        oslo(2026, 10, 25, 0, 45),
    )
    .await
    .unwrap();
    assert_eq!(n.as_of, oslo(2026, 10, 25, 0, 45));
    assert_eq!((n.reach.sent, n.reach.answered), (Exact(20), Exact(10)));
}

/// Through the real paths: 20 requests at once (5 each of four kinds), reminders on days 3 and
/// 10, the call list on day 14. The SMS link answered on day 1; the e-mail reminder's link on
/// day 4; the letter's code on day 5; never.
async fn an_answer_is_credited_to_the_channel_it_came_by(db: &Db) {
    let f = fixture(db).await;
    let t0 = oslo(2026, 9, 1, 9, 0);
    let person = |i: usize, mobile: bool, email: bool| NewContactRequest {
        department_id: f.larvik,
        first_name: format!("Kanal{i}"),
        last_name: "Testesen".into(),
        birth_date: date(2008, 3, 1),
        mobile: mobile.then(|| format!("+479{:07}", 1_000_000 + i)),
        email: email.then(|| format!("kanal{i}@example.no")),
        language: "nb".into(),
        municipality: "Larvik".into(),
        guardian_name: None,
        guardian_mobile: None,
        guardian_email: None,
    };
    // (by SMS link, by e-mail reminder, by letter code, never): B has both, so its first
    // reminder goes by e-mail; D has only e-mail.
    let people: Vec<NewContactRequest> = (0..20)
        .map(|i| match i % 4 {
            0 | 2 => person(i, true, false),
            1 => person(i, true, true),
            _ => person(i, false, true),
        })
        .collect();
    let compose = |r: &NewContactRequest, token: &str, code: &str| {
        let (channel, recipient) = match (&r.mobile, &r.email) {
            (Some(m), _) => ("sms", m.clone()),
            (None, Some(e)) => ("email", e.clone()),
            (None, None) => unreachable!(),
        };
        vec![NewMessage {
            idempotency_key: format!("c:{token}"),
            channel: channel.into(),
            recipient,
            subject: "OT".into(),
            body: format!("https://ot.example/nb/svar/{token} {code}"),
            attachment: None,
        }]
    };
    let created = contact_request::create_many(
        db,
        f.county,
        f.jonas.id,
        Source::Import,
        &people,
        &ContactPolicy::default(),
        &compose,
        t0,
    )
    .await
    .unwrap();
    let remind = |due: &contact_request::Due, channel: &str, token: &str| {
        Some(NewMessage {
            idempotency_key: format!("r:{token}"),
            channel: channel.into(),
            recipient: format!("{}", due.id),
            subject: "OT".into(),
            body: token.into(),
            attachment: None,
        })
    };
    let policy = ContactPolicy::default();
    for c in created.iter().step_by(4) {
        answer::save_activity(db, c.id, Activity::Work, t0 + Duration::days(1))
            .await
            .unwrap();
    }
    contact_request::run_reminders(db, &policy, &remind, t0 + Duration::days(3))
        .await
        .unwrap();
    for c in created.iter().skip(1).step_by(4) {
        answer::save_activity(db, c.id, Activity::School, t0 + Duration::days(4))
            .await
            .unwrap();
    }
    for c in created.iter().skip(2).step_by(4) {
        let at = t0 + Duration::days(5);
        answer::open_code(db, &c.letter_code, "10.0.0.1", LinkThrottle::default(), at)
            .await
            .unwrap()
            .unwrap();
        answer::save_activity(db, c.id, Activity::Course, at)
            .await
            .unwrap();
    }
    for day in [10, 14] {
        contact_request::run_reminders(db, &policy, &remind, t0 + Duration::days(day))
            .await
            .unwrap();
    }
    let n = numbers::staff_numbers(db, f.county, Scope::County, None, september(), now())
        .await
        .unwrap();
    let r = &n.reach;
    assert_eq!(
        (r.sent, r.answered, r.unanswered, r.on_call_list),
        (Exact(20), Exact(15), Exact(5), Exact(5))
    );
    assert_eq!(
        counts(&r.by_channel),
        [("sms", Exact(5)), ("email", Exact(5)), ("letter", Exact(5))]
    );
    assert_eq!(
        counts(&r.by_route),
        [("link", Exact(10)), ("letter_code", Exact(5))]
    );
    assert_eq!(
        counts(&r.by_reminder),
        [
            ("none", Exact(5)),
            ("first", Exact(10)),
            ("second", Exact(0)),
            ("third_or_later", Exact(0))
        ]
    );
    // 1, 4 and 5 days, five of each: median 4, 90th percentile 5.
    close(r.median_days_to_answer, 4.0);
    close(r.p90_days_to_answer, 5.0);
    // Changing an answer does not move it to another channel.
    let c = &created[0];
    answer::save_activity(db, c.id, Activity::School, t0 + Duration::days(6))
        .await
        .unwrap();
    let again = numbers::staff_numbers(db, f.county, Scope::County, None, september(), now())
        .await
        .unwrap();
    assert_eq!(again.reach.by_channel, r.by_channel);
}

/// «Today» comes from the worker's count of the last minutes, and is counted anew when that is
/// older than five (the worker is not running). Codes given after the count show at the next.
async fn today_is_the_workers_count_while_it_is_fresh(db: &Db) {
    let f = fixture(db).await;
    september_data(db, &f).await;
    let counted_at = now();
    assert_eq!(
        numbers::refresh_status_now(db, counted_at).await.unwrap(),
        [f.county]
    );
    // An older count (a slower instance) does not replace it.
    assert!(
        numbers::refresh_status_now(db, counted_at - Duration::minutes(1))
            .await
            .unwrap()
            .is_empty()
    );
    let before = county_september(db, &f).await;
    assert_eq!(before.today_as_of, counted_at);
    assert_eq!(before.today.people, Exact(18));
    // Five more people answer and are coded after the count.
    for i in 0..5 {
        let late = request(
            db,
            &f,
            f.larvik,
            &format!("Sen{i}"),
            date(2008, 2, 2),
            "nb",
            counted_at,
        )
        .await;
        let a = answered(db, late, counted_at + Duration::seconds(1), "sms").await;
        reviewed(db, a, f.jonas.id, counted_at + Duration::seconds(2), "OTAR").await;
    }
    let later = |minutes| {
        let db = db.clone();
        let county = f.county;
        async move {
            numbers::staff_numbers(
                &db,
                county,
                Scope::County,
                None,
                september(),
                counted_at + Duration::minutes(minutes),
            )
            .await
            .unwrap()
        }
    };
    let fresh = later(4).await;
    assert_eq!(
        (fresh.today_as_of, fresh.today.people),
        (counted_at, Exact(18))
    );
    assert_eq!(
        numbers::stock_now(
            db,
            f.county,
            Scope::County,
            None,
            counted_at + Duration::minutes(4)
        )
        .await
        .unwrap(),
        before.today
    );
    let stale = later(6).await;
    assert_eq!(stale.today_as_of, counted_at + Duration::minutes(6));
    assert_eq!(
        (stale.today.people, stale.today.confirmed),
        (Exact(23), Exact(17))
    );
    numbers::refresh_status_now(db, counted_at + Duration::minutes(7))
        .await
        .unwrap();
    let recounted = later(8).await;
    assert_eq!(recounted.today_as_of, counted_at + Duration::minutes(7));
    assert_eq!(recounted.today, stale.today);
}

/// The public page: the twelve months to today (1 December 2026 back to 2 December 2025) and
/// the latest count date, county-wide, by main group only.
async fn public_figures_are_the_countys_and_suppressed(db: &Db) {
    let f = fixture(db).await;
    let empty = numbers::public_numbers(db, f.county, now()).await.unwrap();
    assert_eq!(
        empty.period,
        Period::new(date(2025, 12, 2), date(2026, 12, 2)).unwrap()
    );
    assert_eq!((empty.sent, empty.answered), (Exact(0), Exact(0)));
    assert_eq!(empty.answer_rate, Measure::Suppressed);
    assert_eq!(empty.count_date, None);

    september_data(db, &f).await;
    numbers::take_snapshot(db, f.county, date(2026, 11, 15), now())
        .await
        .unwrap();
    let p = numbers::public_numbers(db, f.county, now()).await.unwrap();
    // All 20 requests: answered 15 (September's 12, and 14, 19, 20 since), not answered 5
    // (6, 7, 13, 17 and 8 withdrawn — together 5, so nothing is hidden).
    assert_eq!((p.sent, p.answered), (Exact(20), Exact(15)));
    close(p.answer_rate, 0.75);
    // Days: September's 0.5 1 1 2 2 3 4 5 6 7 10 12, and no. 19 after 10.5 hours, no. 20 after
    // 1 day 10 hours, no. 14 after 2 days 14.5 hours: 15 in all, and the 8th is no. 14's.
    close(p.median_days_to_answer, 2.0 + 14.5 / 24.0);
    let c = p.count_date.unwrap();
    assert_eq!(c.count_date, date(2026, 11, 15));
    // 18 people: 12 confirmed (follow-up 1, activity 7, clarified 3, not in the group 1), 3
    // waiting, 3 without an answer.
    assert_eq!(
        (c.people, c.awaiting_confirmation, c.no_answer),
        (Exact(18), Few, Few)
    );
    assert_eq!(
        counts(&c.by_group),
        [
            ("unknown_activity", Exact(0)),
            ("follow_up", Few),
            ("in_activity", Exact(7)),
            ("clarified", Few),
            ("not_in_target_group", Few)
        ]
    );
    assert_eq!(c.by_group.total, Exact(12));
}

/// The demo history: seeded twice, the same rows; enough for every figure of the page.
async fn the_demo_history_is_seeded_once_and_fills_the_page(db: &Db) {
    let county = demo::seed(db).await.unwrap();
    demo::seed_availability(db, county.id).await.unwrap();
    let now = Utc::now();
    demo::seed_history(db, county.id, now).await.unwrap();
    let tables = [
        "contact_request",
        "answer",
        "answer_review",
        "booking",
        "callback_request",
        "count_snapshot",
    ];
    let mut before = Vec::new();
    for table in tables {
        before.push(count(db, &format!("SELECT COUNT(*) FROM {table}")).await);
    }
    demo::seed_history(db, county.id, now + Duration::days(1))
        .await
        .unwrap();
    for (table, n) in tables.iter().zip(&before) {
        assert_eq!(
            count(db, &format!("SELECT COUNT(*) FROM {table}")).await,
            *n,
            "{table}"
        );
    }
    assert!(before[0] >= 300, "{before:?}");
    // Every booking state, every channel and every reminder count is there.
    for state in domain::booking::BookingState::ALL {
        let q = format!(
            "SELECT COUNT(*) FROM booking WHERE state = '{}'",
            state.as_str()
        );
        assert!(count(db, &q).await > 0, "{state:?}");
    }
    for channel in ["sms", "email", "letter"] {
        let q = format!("SELECT COUNT(*) FROM answer WHERE channel = '{channel}'");
        assert!(count(db, &q).await >= 5, "{channel}");
    }
    // Nothing waits to be sent or reminded about.
    assert_eq!(count(db, "SELECT COUNT(*) FROM outbox_message").await, 0);

    let today = now.with_timezone(&booking::ZONE).date_naive();
    let half_year = Period::new(today - Duration::days(182), today + Duration::days(1)).unwrap();
    let n = numbers::staff_numbers(db, county.id, Scope::County, None, half_year, now)
        .await
        .unwrap();
    assert!(
        matches!(n.reach.sent, Exact(s) if s >= 300),
        "{:?}",
        n.reach
    );
    assert!(matches!(n.reach.answer_rate, Measure::Value(r) if r > 0.5 && r < 0.95));
    assert!(matches!(n.reach.median_days_to_answer, Measure::Value(_)));
    assert!(matches!(n.meetings.requests, Exact(b) if b >= 50));
    assert!(matches!(
        n.meetings.median_hours_to_confirmation,
        Measure::Value(_)
    ));
    assert!(matches!(
        n.status.by_group.get("in_activity"),
        Some(Exact(_))
    ));
    for row in &n.by_office.rows {
        assert!(matches!(row.sent, Exact(s) if s >= 20), "{row:?}");
    }
    // The count dates of the history have their snapshots.
    let snapshots = numbers::count_snapshots(db, county.id, Scope::County, None)
        .await
        .unwrap();
    assert!(!snapshots.is_empty());
    assert!(matches!(snapshots[0].stock.people, Exact(p) if p >= 100));
}
