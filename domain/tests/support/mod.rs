//! Fresh databases for each test: a SQLite file, or a new PostgreSQL database on the server
//! that `scripts/test` starts (TEST_POSTGRES_URL).
#![allow(dead_code)]

use domain::Db;

pub async fn sqlite() -> (Db, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/test.db", dir.path().display());
    (Db::connect(&url).await.unwrap(), dir)
}

pub async fn postgres() -> (Db, ()) {
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

pub fn rand_suffix() -> u64 {
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

/// Makes every audit insert fail, as a full disk or a broken audit table would, until
/// [`allow_audit`]: a change whose audit row cannot be written must not happen either.
pub async fn refuse_audit(db: &Db) {
    match db {
        Db::Sqlite(p) => {
            sqlx::query(
                "CREATE TRIGGER audit_refused BEFORE INSERT ON audit_event \
                 BEGIN SELECT RAISE(ABORT, 'audit refused'); END",
            )
            .execute(p)
            .await
            .unwrap();
        }
        Db::Postgres(p) => {
            for statement in [
                "CREATE OR REPLACE FUNCTION audit_refused() RETURNS trigger LANGUAGE plpgsql AS \
                 $$ BEGIN RAISE EXCEPTION 'audit refused'; END; $$",
                "CREATE TRIGGER audit_refused BEFORE INSERT ON audit_event \
                 FOR EACH ROW EXECUTE FUNCTION audit_refused()",
            ] {
                sqlx::query(statement).execute(p).await.unwrap();
            }
        }
    }
}

pub async fn allow_audit(db: &Db) {
    match db {
        Db::Sqlite(p) => {
            sqlx::query("DROP TRIGGER audit_refused")
                .execute(p)
                .await
                .unwrap();
        }
        Db::Postgres(p) => {
            sqlx::query("DROP TRIGGER audit_refused ON audit_event")
                .execute(p)
                .await
                .unwrap();
        }
    }
}

/// The county's audit actions with their subjects, in the order they were written (tests give
/// changes made-up times, so not by time).
pub async fn audit_trail(db: &Db, county_id: i64) -> Vec<(String, String)> {
    let mut events = domain::audit::search(db, county_id, None, None, 1000)
        .await
        .unwrap();
    events.sort_by_key(|e| e.id);
    events
        .into_iter()
        .map(|e| (e.action, format!("{}:{}", e.subject_type, e.subject_id)))
        .collect()
}

/// One number from the database, e.g. a row count.
pub async fn count(db: &Db, query: &str) -> i64 {
    match db {
        Db::Sqlite(p) => sqlx::query_scalar(query).fetch_one(p).await.unwrap(),
        Db::Postgres(p) => sqlx::query_scalar(query).fetch_one(p).await.unwrap(),
    }
}
