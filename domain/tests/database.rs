//! The domain layer against real databases: a fresh SQLite file and a fresh PostgreSQL database
//! for every test. `scripts/test` starts PostgreSQL and sets TEST_POSTGRES_URL.

use domain::{
    county::{self, NewCounty},
    demo,
    department::{self, NewDepartment, OpeningHours},
    staff::{self, NewStaff, Role},
    Db, DomainError,
};

async fn sqlite() -> (Db, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/test.db", dir.path().display());
    (Db::connect(&url).await.unwrap(), dir)
}

async fn postgres() -> (Db, ()) {
    let admin_url = std::env::var("TEST_POSTGRES_URL").expect(
        "TEST_POSTGRES_URL is not set: run scripts/test, which starts PostgreSQL, or point it at a server",
    );
    let name = format!("test_{}", std::process::id()) + &format!("_{}", rand_suffix());
    let admin = sqlx::PgPool::connect(&admin_url).await.unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&admin)
        .await
        .unwrap();
    admin.close().await;
    let (base, _) = admin_url.rsplit_once('/').unwrap();
    (Db::connect(&format!("{base}/{name}")).await.unwrap(), ())
}

fn rand_suffix() -> u64 {
    use std::{
        sync::atomic::{AtomicU64, Ordering},
        time::{SystemTime, UNIX_EPOCH},
    };
    static N: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .subsec_nanos() as u64;
    nanos * 1000 + N.fetch_add(1, Ordering::Relaxed)
}

/// Runs one scenario on both databases.
macro_rules! on_both {
    ($($name:ident),* $(,)?) => {
        mod on_sqlite { $( #[tokio::test] async fn $name() { let (db, _dir) = super::sqlite().await; super::$name(&db).await; } )* }
        mod on_postgres { $( #[tokio::test] async fn $name() { let (db, _guard) = super::postgres().await; super::$name(&db).await; } )* }
    };
}

on_both!(
    migrations_can_run_again,
    demo_data_is_vestfold_and_seeding_twice_changes_nothing,
    county_slugs_are_unique,
    staff_emails_are_unique_whatever_their_case,
    a_department_of_another_county_is_refused_and_nothing_is_saved,
    offices_are_the_countys_own_with_their_hours,
    the_database_refuses_impossible_opening_hours,
);

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
    assert_eq!(staff.len(), 5);
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
    let other = county::create(
        db,
        &NewCounty {
            slug: "agder",
            ..vestfold_like()
        },
    )
    .await
    .unwrap();
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

fn vestfold_like<'a>() -> NewCounty<'a> {
    vestfold()
}

async fn offices_are_the_countys_own_with_their_hours(db: &Db) {
    let vestfold = county::create(db, &vestfold()).await.unwrap();
    let agder = county::create(
        db,
        &NewCounty {
            slug: "agder",
            ..vestfold_like()
        },
    )
    .await
    .unwrap();
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
