//! The content version that tells every server instance its public pages are out of date.

use domain::{
    content, demo,
    department::{self, NewDepartment, OpeningHours},
    Db,
};

#[macro_use]
mod support;
use support::{allow_audit, postgres, refuse_audit, sqlite};

on_both!(an_office_change_moves_the_version_with_it_or_not_at_all);

async fn an_office_change_moves_the_version_with_it_or_not_at_all(db: &Db) {
    let county = demo::seed(db).await.unwrap();
    let horten = department::by_slug(db, county.id, "horten")
        .await
        .unwrap()
        .unwrap();
    let before = content::version(db, county.id).await.unwrap();
    let here = content::changed_here();
    let renamed = NewDepartment {
        slug: "horten",
        name: "Horten sentrum",
        street_address: "Torget 2",
        postal_code: "3183",
        city: "Horten",
        phone: "+47 33 00 00 00",
        email: "ot.horten@vfk.no",
    };
    let monday = [OpeningHours {
        weekday: 1,
        opens: "09:00".into(),
        closes: "15:00".into(),
    }];
    department::update(db, county.id, horten.id, &renamed, &monday, None)
        .await
        .unwrap();
    let after = content::version(db, county.id).await.unwrap();
    assert!(after > before, "{before} → {after}");
    assert!(content::changed_here() > here);

    // A change that is rolled back (its audit row could not be written) moves nothing.
    refuse_audit(db).await;
    let again = NewDepartment {
        name: "Horten igjen",
        ..renamed.clone()
    };
    assert!(
        department::update(db, county.id, horten.id, &again, &monday, None)
            .await
            .is_err()
    );
    allow_audit(db).await;
    assert_eq!(content::version(db, county.id).await.unwrap(), after);

    // Opening hours added on their own count too.
    let friday = OpeningHours {
        weekday: 5,
        opens: "10:00".into(),
        closes: "12:00".into(),
    };
    department::add_opening_hours(db, horten.id, &friday)
        .await
        .unwrap();
    assert!(content::version(db, county.id).await.unwrap() > after);
}
