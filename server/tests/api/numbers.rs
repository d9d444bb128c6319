//! The numbers over HTTP: who may see which figures, and a table as a spreadsheet.

use reqwest::StatusCode;

use crate::helpers::{run, session_of, spawn_app};

#[test]
fn figures_reach_only_those_who_may_see_them() {
    run(async {
        let app = spawn_app().await;
        let csv = "/nb/staff/numbers/reach-channel.csv";
        // Signed out: nothing.
        assert_eq!(app.get(csv).await.status(), StatusCode::UNAUTHORIZED);
        // A coordinator: the county, as a spreadsheet with a BOM and semicolons.
        let coordinator = session_of(&app, "kari.koordinator@demo.neste-steg.no").await;
        let response = app.get_with(csv, &coordinator).await;
        assert_eq!(response.status(), StatusCode::OK);
        let body = response.text().await.unwrap();
        assert!(body.starts_with('\u{feff}') && body.contains(';'), "{body}");
        let response = app
            .get_with(&format!("{csv}?department=larvik"), &coordinator)
            .await;
        assert_eq!(response.status(), StatusCode::OK);
        // An advisor of Horten never gets Larvik's figures, not even by asking for them.
        let horten = session_of(&app, "ingrid.haugen@demo.neste-steg.no").await;
        let response = app
            .get_with(&format!("{csv}?department=larvik"), &horten)
            .await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND);
        assert_eq!(
            app.get_with(&format!("{csv}?department=horten"), &horten)
                .await
                .status(),
            StatusCode::OK
        );
        let page = app
            .get_with("/nb/staff/numbers", &horten)
            .await
            .text()
            .await
            .unwrap();
        assert!(
            page.contains("Horten") && !page.contains(">Larvik<"),
            "{page}"
        );
        // The council coordinator has no youth figures.
        let council = session_of(&app, domain::demo::COUNCIL_COORDINATOR.1).await;
        assert_eq!(
            app.get_with(csv, &council).await.status(),
            StatusCode::NOT_FOUND
        );
        // An unknown table is not there.
        assert_eq!(
            app.get_with("/nb/staff/numbers/nothing.csv", &coordinator)
                .await
                .status(),
            StatusCode::NOT_FOUND
        );
        // The public page answers without a session, in every language.
        for lang in ["nb", "ar", "ti"] {
            let (status, page) = app.text(&format!("/{lang}/tall")).await;
            assert_eq!(status, StatusCode::OK, "{lang}");
            assert!(!page.contains("No localization"), "{lang}");
        }
        // The demo portal is Vestfold's, so Vestfold's own annual figures are on it.
        let (_, page) = app.text("/nb/tall").await;
        assert!(page.contains("Vestfold 15. juni 2024"), "{page}");
    });
}
