//! The same server on PostgreSQL (TEST_POSTGRES_URL: an administrative connection; scripts/test
//! starts a server and sets it).

use reqwest::StatusCode;

use crate::helpers::{run, spawn_app_with};

#[test]
fn the_same_server_runs_on_postgres() {
    run(async {
        let admin_url = std::env::var("TEST_POSTGRES_URL")
            .expect("TEST_POSTGRES_URL is not set: run scripts/test, which starts PostgreSQL");
        let name = format!("server_test_{}", std::process::id());
        let admin = sqlx::PgPool::connect(&admin_url).await.unwrap();
        sqlx::query(&format!("DROP DATABASE IF EXISTS {name}"))
            .execute(&admin)
            .await
            .unwrap();
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&admin)
            .await
            .unwrap();
        let (base, _) = admin_url.rsplit_once('/').unwrap();
        let app = spawn_app_with(Some(format!("{base}/{name}"))).await;
        assert_eq!(app.text("/readyz").await, (StatusCode::OK, "ready".into()));
        let (status, html) = app.text("/nb/kontakt").await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("<h2>Tønsberg</h2>"));
    });
}
