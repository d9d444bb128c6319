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
