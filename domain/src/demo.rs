//! Demo data: Vestfold's OT with its four departments and a few advisors.
//!
//! Seeding is idempotent row by row, so a start that was interrupted half-way completes on the
//! next start. Addresses and phone numbers are invented (Eksempelveien …) and say so; the
//! department names are OT Vestfold's real ones.

use crate::{
    county::{self, County, NewCounty},
    db::sql,
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
            None,
        )
        .await?;
    }
    Ok(county)
}

/// Booking hours for the demo advisors, unless they have set their own: weekdays 09:00–11:30
/// and 12:30–15:00, each working day at one of their departments (Omar splits his week).
pub async fn seed_availability(db: &Db, county_id: i64) -> DomainResult<()> {
    use crate::booking::{self, Settings, WeeklyRange};
    use chrono::NaiveTime;
    let hm = |h, m| NaiveTime::from_hms_opt(h, m, 0).expect("a valid time");
    for (_, email, role, _) in STAFF {
        if role != Role::Advisor {
            continue;
        }
        let Some(member) = staff::by_email(db, county_id, email).await? else {
            continue;
        };
        let has_own = sql!(db, scalar_optional i64, "SELECT staff_id FROM availability WHERE staff_id = $1", member.id)?;
        if has_own.is_some() {
            continue;
        }
        let departments = staff::department_ids(db, member.id).await?;
        if departments.is_empty() {
            continue;
        }
        let weekly: Vec<WeeklyRange> = (1..=5u32)
            .flat_map(|weekday| {
                let department_id = departments[(weekday as usize - 1) * departments.len() / 5];
                [(hm(9, 0), hm(11, 30)), (hm(12, 30), hm(15, 0))].map(|(starts, ends)| {
                    WeeklyRange {
                        department_id,
                        weekday,
                        starts,
                        ends,
                    }
                })
            })
            .collect();
        booking::save_availability(db, member.id, &Settings::default(), &weekly, None).await?;
    }
    Ok(())
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
            crate::login::set_password(db, staff.id, password, None).await?;
            logins.push((staff.email, role));
        }
    }
    Ok(logins)
}
