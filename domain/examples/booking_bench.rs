//! Booking benchmark (run by `bench/booking-load.sh`): how long listing a week of free times
//! takes for a department with 10 advisors, and how many booking requests per second the
//! database settles when many young people race for the same few times.
//!
//!   cargo run --release -p domain --example booking_bench -- <database url>

use std::{sync::Arc, time::Instant};

use chrono::{Duration, NaiveTime, Utc};
use domain::{
    booking::{self, BookingPolicy, MeetingForm, NewBooking, Settings, WeeklyRange},
    demo, department,
    staff::{self, NewStaff, Role},
    Db, DomainError,
};

#[tokio::main]
async fn main() {
    let url = std::env::args().nth(1).expect("a database URL");
    let db = Db::connect(&url).await.expect("database");
    let county = demo::seed(&db).await.unwrap();
    let sandefjord = department::by_slug(&db, county.id, "sandefjord")
        .await
        .unwrap()
        .unwrap();
    let hm = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
    // Ten advisors at one office, Monday to Friday 08:00–11:30 and 12:00–15:30, 45 + 15 minutes.
    let mut advisors = Vec::new();
    for i in 0..10 {
        let email = format!("bench.advisor{i}@example.no");
        let s = match staff::by_email(&db, county.id, &email).await.unwrap() {
            Some(s) => s,
            None => staff::create(
                &db,
                county.id,
                &NewStaff {
                    full_name: "Bench Advisor",
                    email: &email,
                    role: Role::Advisor,
                    department_ids: &[sandefjord.id],
                },
                None,
            )
            .await
            .unwrap(),
        };
        let weekly: Vec<WeeklyRange> = (1..=5)
            .flat_map(|weekday| {
                [(hm(8, 0), hm(11, 30)), (hm(12, 0), hm(15, 30))].map(|(starts, ends)| {
                    WeeklyRange {
                        department_id: sandefjord.id,
                        weekday,
                        starts,
                        ends,
                    }
                })
            })
            .collect();
        let settings = Settings {
            window_days: 7,
            notice_hours: 0,
            ..Settings::default()
        };
        booking::save_availability(&db, s.id, &settings, &weekly, None)
            .await
            .unwrap();
        advisors.push(s.id);
    }
    // Bookings already in the calendar: every third time is taken, as in a busy week.
    let now = Utc::now();
    let free = booking::free_slots(&db, county.id, sandefjord.id, None, None, now)
        .await
        .unwrap();
    for slot in free.iter().step_by(3) {
        let new = request(sandefjord.id, slot.staff_id, slot.starts, "Taken");
        let _ = booking::request(
            &db,
            county.id,
            &new,
            &BookingPolicy::default(),
            &|_, _, _| Vec::new(),
            now,
        )
        .await;
    }

    let mut times = Vec::new();
    let mut listed = 0;
    for _ in 0..50 {
        let started = Instant::now();
        listed = booking::free_slots(
            &db,
            county.id,
            sandefjord.id,
            Some(MeetingForm::Office),
            None,
            now,
        )
        .await
        .unwrap()
        .len();
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "week of free times, 10 advisors ({listed} times): median {:.1} ms, p95 {:.1} ms",
        times[times.len() / 2],
        times[times.len() * 95 / 100]
    );

    // Contention: 32 young people at a time, all asking for one of the first 20 free times.
    let targets = Arc::new(
        booking::free_slots(&db, county.id, sandefjord.id, None, None, now)
            .await
            .unwrap()
            .into_iter()
            .take(20)
            .collect::<Vec<_>>(),
    );
    let started = Instant::now();
    let tasks: Vec<_> = (0..32)
        .map(|worker| {
            let (db, targets) = (db.clone(), targets.clone());
            let department_id = sandefjord.id;
            let county_id = county.id;
            tokio::spawn(async move {
                let (mut won, mut taken) = (0, 0);
                for i in 0..25 {
                    let slot = &targets[(worker * 7 + i) % targets.len()];
                    let new = request(department_id, slot.staff_id, slot.starts, "Race");
                    match booking::request(
                        &db,
                        county_id,
                        &new,
                        &BookingPolicy::default(),
                        &|_, _, _| Vec::new(),
                        now,
                    )
                    .await
                    {
                        Ok(_) => won += 1,
                        Err(DomainError::Conflict(_)) => taken += 1,
                        Err(other) => panic!("{other}"),
                    }
                }
                (won, taken)
            })
        })
        .collect();
    let (mut won, mut taken) = (0, 0);
    for task in tasks {
        let (w, t) = task.await.unwrap();
        won += w;
        taken += t;
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "contention: {} requests in {:.2} s = {:.0} requests/s; {won} booked (of {} times), {taken} told «taken»",
        won + taken,
        seconds,
        f64::from(won + taken) / seconds,
        targets.len()
    );
    assert_eq!(
        won as usize,
        targets.len(),
        "every contested time booked exactly once"
    );
    let _ = Duration::zero();
}

fn request(
    department_id: i64,
    staff_id: i64,
    starts: chrono::DateTime<Utc>,
    name: &str,
) -> NewBooking {
    NewBooking {
        department_id,
        staff_id,
        form: MeetingForm::Office,
        starts,
        first_name: name.into(),
        mobile: Some("91234567".into()),
        email: None,
        language: "nb".into(),
        contact_request_id: None,
        supersedes_id: None,
    }
}
