//! Numbers benchmark (run by `bench/numbers.sh`): how long the whole staff numbers page takes
//! to compute — every figure of a year, today's status (the worker's count, as the page reads
//! it) and the latest count date — for a county with 10 000 contact requests, 8 000 answers and
//! 3 000 bookings, for the county and for one department; the public figures; and the worker's
//! counts (a count date's snapshot, «today» every minute).
//!
//!   cargo run --release -p domain --example numbers_bench -- <database url> [runs]

use std::time::Instant;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use domain::{
    booking,
    contact_request::{Scope, LANGUAGES},
    demo, department,
    numbers::{self, Period},
    staff, Db,
};

const REQUESTS: u64 = 10_000;
const ANSWERS: u64 = 8_000;
const BOOKINGS: u64 = 3_000;

/// A small deterministic generator (xorshift), so both databases get the same county.
struct Dice(u64);

impl Dice {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

/// Runs one statement with its arguments on whichever database `db` is, inside `tx`.
macro_rules! exec {
    ($tx:expr, $q:expr $(, $arg:expr)* $(,)?) => {
        sqlx::query($q)$(.bind($arg))*.execute(&mut *$tx).await.unwrap()
    };
}

macro_rules! insert_id {
    ($tx:expr, $q:expr $(, $arg:expr)* $(,)?) => {
        sqlx::query_scalar::<_, i64>($q)$(.bind($arg))*.fetch_one(&mut *$tx).await.unwrap()
    };
}

/// Fills the county: requests over the last year in the four departments, 8 000 of them
/// answered (most reviewed), 3 000 bookings, call-me requests and council input.
macro_rules! fill {
    ($tx:ident, $county:expr, $offices:expr, $now:expr) => {{
        let (county, offices, now): (i64, &[(i64, i64)], DateTime<Utc>) = ($county, $offices, $now);
        let mut dice = Dice(0x2545_F491_4F6C_DD1D);
        let codes = ["OTEV", "OTLL", "OTAR", "OTOV", "OTNO", "OTMI", "OTBA", "OTSY", "OTIF", "OTFA-IM", "OTEV via"];
        let mut answered = Vec::new();
        for i in 0..REQUESTS {
            let (department_id, advisor) = offices[dice.below(offices.len() as u64) as usize];
            let created = now - Duration::minutes(60 + (dice.below(360 * 24 * 60)) as i64);
            let birth = NaiveDate::from_ymd_opt(2002 + dice.below(9) as i32, 1 + dice.below(12) as u32, 1 + dice.below(28) as u32).unwrap();
            let language = LANGUAGES[dice.below(LANGUAGES.len() as u64) as usize];
            let is_answered = i < ANSWERS;
            let reminders = dice.below(3) as i64;
            let call_list = (!is_answered && dice.below(2) == 0).then(|| created + Duration::days(14));
            let id = insert_id!(
                $tx,
                "INSERT INTO contact_request (county_id, department_id, first_name, last_name, birth_date, mobile, language, \
                 municipality, letter_code, expires_at, created_by, created_at, reminders_sent, call_list_at) \
                 VALUES ($1, $2, $3, 'Bench', $4, '+4791234567', $5, 'Vestfold', $6, $7, $8, $9, $10, $11) RETURNING id",
                county, department_id, format!("Bench{}", i % 500), birth, language, format!("BENCH{i:07}"),
                created + Duration::days(30), advisor, created, reminders, call_list
            );
            if is_answered {
                answered.push((id, department_id, advisor, created));
            }
        }
        for (n, (request_id, department_id, advisor, created)) in answered.iter().enumerate() {
            let at = *created + Duration::minutes(10 + dice.below(20 * 24 * 60) as i64);
            let channel = ["sms", "email", "letter"][dice.below(3) as usize];
            let answer_id = insert_id!(
                $tx,
                "INSERT INTO answer (contact_request_id, reference, activity, suggested_code, started_at, submitted_at, \
                 updated_at, channel) VALUES ($1, $2, 'work', 'OTAR', $3, $3, $3, $4) RETURNING id",
                request_id, format!("NS-B{n:06}"), at, channel
            );
            if dice.below(10) < 8 {
                let reviewed = at + Duration::hours(2 + dice.below(96) as i64);
                let code = codes[dice.below(codes.len() as u64) as usize];
                exec!($tx, "INSERT INTO answer_review (answer_id, staff_id, at, status_code, note, called) VALUES ($1, $2, $3, $4, '', FALSE)",
                    answer_id, advisor, reviewed, code);
                exec!($tx, "UPDATE answer SET status_code = $1, handled_at = $2, handled_by = $3, reviewed_at = $2 WHERE id = $4",
                    code, reviewed, advisor, answer_id);
            }
            if (n as u64) < BOOKINGS {
                let booked = at + Duration::hours(1);
                // Past meetings only (none holds a time): every state but the active ones.
                let state = ["completed", "no_show", "cancelled", "declined", "expired", "withdrawn"][dice.below(6) as usize];
                let confirmed = matches!(state, "completed" | "no_show" | "cancelled").then(|| booked + Duration::hours(dice.below(48) as i64));
                let starts = booked + Duration::days(3);
                exec!(
                    $tx,
                    "INSERT INTO booking (county_id, department_id, staff_id, contact_request_id, form, starts_at, ends_at, \
                     blocked_until, state, hold_until, first_name, mobile, language, created_at, updated_at, confirmed_at) \
                     VALUES ($1, $2, $3, $4, 'office', $5, $6, $6, $7, $8, 'Bench', '+4791234567', 'nb', $9, $10, $11)",
                    county, department_id, advisor, request_id, starts, starts + Duration::minutes(45), state,
                    booked + Duration::hours(48), booked, starts + Duration::hours(1), confirmed
                );
            }
        }
        for i in 0..500 {
            let (department_id, _) = offices[i % offices.len()];
            exec!($tx, "INSERT INTO callback_request (county_id, department_id, first_name, mobile, language, created_at) \
                        VALUES ($1, $2, 'Bench', '+4791234567', 'nb', $3)",
                county, department_id, now - Duration::hours(1 + dice.below(360 * 24) as i64));
        }
    }};
}

#[tokio::main]
async fn main() {
    let url = std::env::args().nth(1).expect("a database URL");
    let runs: usize = std::env::args()
        .nth(2)
        .and_then(|r| r.parse().ok())
        .unwrap_or(30);
    let db = Db::connect(&url).await.expect("database");
    let county = demo::seed(&db).await.unwrap();
    let mut offices = Vec::new();
    for (slug, email) in [
        ("horten", "ingrid.haugen@demo.neste-steg.no"),
        ("tonsberg", "omar.nilsen@demo.neste-steg.no"),
        ("sandefjord", "siri.berg@demo.neste-steg.no"),
        ("larvik", "jonas.larsen@demo.neste-steg.no"),
    ] {
        let d = department::by_slug(&db, county.id, slug)
            .await
            .unwrap()
            .unwrap();
        let s = staff::by_email(&db, county.id, email)
            .await
            .unwrap()
            .unwrap();
        offices.push((d.id, s.id));
    }
    let now = Utc::now();
    let started = Instant::now();
    match &db {
        Db::Sqlite(pool) => {
            let mut tx = pool.begin().await.unwrap();
            fill!(tx, county.id, &offices, now);
            tx.commit().await.unwrap();
        }
        Db::Postgres(pool) => {
            let mut tx = pool.begin().await.unwrap();
            fill!(tx, county.id, &offices, now);
            tx.commit().await.unwrap();
            sqlx::query("ANALYZE").execute(pool).await.unwrap();
        }
    }
    println!(
        "county filled: {REQUESTS} contact requests, {ANSWERS} answers, {BOOKINGS} bookings in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    // The latest count date's snapshot, as the worker keeps it.
    let today = now.with_timezone(&booking::ZONE).date_naive();
    let dates = numbers::count_dates(&db, county.id).await.unwrap();
    if let Some(date) = dates.latest_passed(now) {
        let started = Instant::now();
        numbers::take_snapshot(&db, county.id, date, now)
            .await
            .unwrap();
        println!(
            "count-date snapshot ({date}): {:.0} ms",
            started.elapsed().as_secs_f64() * 1000.0
        );
    }

    // «Today», as the worker counts it every minute.
    let mut times = Vec::new();
    for _ in 0..runs.min(10) {
        let started = Instant::now();
        numbers::refresh_status_now(&db, now).await.unwrap();
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    report("the worker's count of «today» (every minute)", times);

    let year = Period::twelve_months_to(today);
    let horten = offices[0].0;
    let ingrid = Scope::DepartmentsOf(offices[0].1);
    let cases: [(&str, Scope, Option<i64>); 3] = [
        ("county (coordinator)", Scope::County, None),
        (
            "one department (coordinator, Horten)",
            Scope::County,
            Some(horten),
        ),
        ("advisor's scope (Horten)", ingrid, None),
    ];
    for (label, scope, department_id) in cases {
        let mut times = Vec::new();
        let mut sent = None;
        for _ in 0..runs {
            let started = Instant::now();
            let page = numbers::staff_numbers(&db, county.id, scope, department_id, year, now)
                .await
                .unwrap();
            times.push(started.elapsed().as_secs_f64() * 1000.0);
            sent = page.reach.sent.exact();
        }
        report(
            &format!("staff numbers page, {label}, {sent:?} sent"),
            times,
        );
    }
    let mut times = Vec::new();
    for _ in 0..runs {
        let started = Instant::now();
        numbers::public_numbers(&db, county.id, now).await.unwrap();
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    report("public figures", times);
}

fn report(label: &str, mut times: Vec<f64>) {
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    println!(
        "{label}: p50 {:.1} ms, p95 {:.1} ms ({} runs)",
        at(0.5),
        at(0.95),
        times.len()
    );
}
