//! Demo data: Vestfold's OT with its four departments and a few advisors.
//!
//! Seeding is idempotent row by row, so a start that was interrupted half-way completes on the
//! next start. Addresses and phone numbers are invented (Eksempelveien …) and say so; the
//! department names are OT Vestfold's real ones.

use crate::{
    county::{self, County, NewCounty},
    department::{self, NewDepartment, OpeningHours},
    error::DomainResult,
    staff::{self, NewStaff, Role},
    Db,
};

pub const COUNTY_SLUG: &str = "vestfold";

struct DemoDepartment {
    slug: &'static str,
    name: &'static str,
    postal_code: &'static str,
    phone: &'static str,
}

const DEPARTMENTS: [DemoDepartment; 4] = [
    DemoDepartment {
        slug: "horten",
        name: "Horten",
        postal_code: "3181",
        phone: "+47 400 00 001",
    },
    DemoDepartment {
        slug: "tonsberg",
        name: "Tønsberg",
        postal_code: "3110",
        phone: "+47 400 00 002",
    },
    DemoDepartment {
        slug: "sandefjord",
        name: "Sandefjord",
        postal_code: "3210",
        phone: "+47 400 00 003",
    },
    DemoDepartment {
        slug: "larvik",
        name: "Larvik",
        postal_code: "3256",
        phone: "+47 400 00 004",
    },
];

/// (full name, e-mail, role, department slugs)
pub const STAFF: [(&str, &str, Role, &[&str]); 6] = [
    (
        "Ingrid Demo Haugen",
        "ingrid.haugen@demo.neste-steg.no",
        Role::Advisor,
        &["horten"],
    ),
    (
        "Omar Demo Nilsen",
        "omar.nilsen@demo.neste-steg.no",
        Role::Advisor,
        &["tonsberg", "horten"],
    ),
    (
        "Siri Demo Berg",
        "siri.berg@demo.neste-steg.no",
        Role::Advisor,
        &["sandefjord"],
    ),
    (
        "Jonas Demo Larsen",
        "jonas.larsen@demo.neste-steg.no",
        Role::Advisor,
        &["larvik"],
    ),
    (
        "Kari Demo Koordinator",
        "kari.koordinator@demo.neste-steg.no",
        Role::Coordinator,
        &[],
    ),
    (
        "Arne Demo Admin",
        "arne.admin@demo.neste-steg.no",
        Role::Administrator,
        &[],
    ),
];

pub async fn seed(db: &Db) -> DomainResult<County> {
    let county = match county::by_slug(db, COUNTY_SLUG).await? {
        Some(c) => c,
        None => {
            county::create(
                db,
                &NewCounty {
                    slug: COUNTY_SLUG,
                    name: "Vestfold fylkeskommune",
                    service_name: "Oppfølgingstjenesten i Vestfold",
                    phone: "+47 400 00 000",
                    email: "ot@demo.neste-steg.no",
                },
            )
            .await?
        }
    };
    let mut department_ids = Vec::new();
    for d in &DEPARTMENTS {
        let department = match department::by_slug(db, county.id, d.slug).await? {
            Some(existing) => existing,
            None => {
                let email = format!("ot.{}@demo.neste-steg.no", d.slug);
                department::create(
                    db,
                    county.id,
                    &NewDepartment {
                        slug: d.slug,
                        name: d.name,
                        street_address: "Eksempelveien 1",
                        postal_code: d.postal_code,
                        city: d.name,
                        phone: d.phone,
                        email: &email,
                    },
                )
                .await?
            }
        };
        for weekday in 1..=5 {
            let closes = if weekday == 5 { "14:00" } else { "15:30" };
            department::add_opening_hours(
                db,
                department.id,
                &OpeningHours {
                    weekday,
                    opens: "08:00".into(),
                    closes: closes.into(),
                },
            )
            .await?;
        }
        department_ids.push((d.slug, department.id));
    }
    for (full_name, email, role, slugs) in STAFF {
        if staff::by_email(db, county.id, email).await?.is_some() {
            continue;
        }
        let ids: Vec<i64> = department_ids
            .iter()
            .filter(|(slug, _)| slugs.contains(slug))
            .map(|(_, id)| *id)
            .collect();
        staff::create(
            db,
            county.id,
            &NewStaff {
                full_name,
                email,
                role,
                department_ids: &ids,
            },
        )
        .await?;
    }
    Ok(county)
}

/// Gives every demo account the same password (a fresh one per start unless the caller fixes it)
/// and returns the logins, for the start-up message in demo mode only.
pub async fn set_demo_passwords(
    db: &Db,
    county_id: i64,
    password: &str,
) -> DomainResult<Vec<(String, Role)>> {
    let mut logins = Vec::new();
    for (_, email, role, _) in STAFF {
        if let Some(staff) = staff::by_email(db, county_id, email).await? {
            crate::login::set_password(db, staff.id, password).await?;
            logins.push((staff.email, role));
        }
    }
    Ok(logins)
}
