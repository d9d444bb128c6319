//! Sets up what the load benchmarks in bench/ need, straight in the database a running (demo)
//! portal uses (`DATABASE_URL`), so that setting up takes no part of the measurement:
//!
//! ```sh
//! bench_setup links 200     # 200 contact requests without messages; prints their link tokens
//! bench_setup round 3000    # 3000 contact requests, each with its message (half SMS, half e-mail)
//! bench_setup slots         # the free office times at Larvik, as `staff@unix-seconds`
//! ```

use domain::contact_request::{self, NewContactRequest, Source};

#[tokio::main]
async fn main() {
    let url = std::env::var("DATABASE_URL").expect("DATABASE_URL");
    let args: Vec<String> = std::env::args().skip(1).collect();
    let count = |i: usize| {
        args.get(i)
            .and_then(|n| n.parse::<usize>().ok())
            .unwrap_or(100)
    };
    let db = domain::Db::connect(&url).await.expect("the database");
    let county = domain::county::by_slug(&db, "vestfold")
        .await
        .unwrap()
        .expect("start the portal once with DEMO_DATA=true");
    let staff = domain::staff::by_email(&db, county.id, "ingrid.haugen@demo.neste-steg.no")
        .await
        .unwrap()
        .expect("demo staff");
    let horten = domain::department::by_slug(&db, county.id, "horten")
        .await
        .unwrap()
        .unwrap();
    // Distinct people each run, so a second run adds to the first.
    let run = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        % 100_000;
    let person = |i: usize, with_mobile: bool| NewContactRequest {
        department_id: horten.id,
        first_name: "Ung".into(),
        last_name: format!("Last{run}x{i}"),
        birth_date: chrono::NaiveDate::from_ymd_opt(2006, 3, 1).unwrap(),
        mobile: with_mobile.then(|| format!("+4794{:06}", (run as usize * 7 + i) % 1_000_000)),
        email: (!with_mobile).then(|| format!("ung{run}x{i}@example.no")),
        language: "nb".into(),
        municipality: "Horten".into(),
        guardian_name: None,
        guardian_mobile: None,
        guardian_email: None,
    };
    match args.first().map(String::as_str) {
        Some("links") => {
            let people: Vec<_> = (0..count(1)).map(|i| person(i, true)).collect();
            let none = |_: &NewContactRequest, _: &str, _: &str| Vec::new();
            for chunk in people.chunks(500) {
                let created = contact_request::create_many(
                    &db,
                    county.id,
                    staff.id,
                    Source::Import,
                    chunk,
                    &Default::default(),
                    &none,
                    chrono::Utc::now(),
                )
                .await
                .unwrap();
                for c in created {
                    println!("{}", c.token);
                }
            }
        }
        Some("round") => {
            let people: Vec<_> = (0..count(1)).map(|i| person(i, i % 2 == 0)).collect();
            let today = chrono::Utc::now().date_naive();
            let origin = "http://ot.bench";
            let compose = |r: &NewContactRequest, token: &str, code: &str| {
                app::messages::contact_request(origin, &county.service_name, r, token, code, today)
            };
            for chunk in people.chunks(500) {
                contact_request::create_many(
                    &db,
                    county.id,
                    staff.id,
                    Source::Import,
                    chunk,
                    &Default::default(),
                    &compose,
                    chrono::Utc::now(),
                )
                .await
                .unwrap();
            }
            println!("{} messages enqueued", people.len());
        }
        Some("slots") => {
            let larvik = domain::department::by_slug(&db, county.id, "larvik")
                .await
                .unwrap()
                .unwrap();
            for slot in domain::booking::free_slots(
                &db,
                county.id,
                larvik.id,
                Some(domain::booking::MeetingForm::Office),
                None,
                chrono::Utc::now(),
            )
            .await
            .unwrap()
            {
                println!("{}@{}", slot.staff_id, slot.starts.timestamp());
            }
        }
        _ => {
            eprintln!("usage: bench_setup links N | round N | slots");
            std::process::exit(2);
        }
    }
    db.close().await;
}
