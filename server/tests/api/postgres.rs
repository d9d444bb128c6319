//! The same server on PostgreSQL (TEST_POSTGRES_URL: an administrative connection; scripts/test
//! starts a server and sets it).

use reqwest::StatusCode;

use crate::helpers::run;

#[test]
fn the_same_server_runs_on_postgres() {
    run(async {
        let (app, _) = crate::helpers::spawn_app_on_postgres("server_test").await;
        assert_eq!(app.text("/readyz").await, (StatusCode::OK, "ready".into()));
        let (status, html) = app.text("/nb/kontakt").await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("<h2>Tønsberg</h2>"));
    });
}
