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

/// The demo council coordinator (full name, e-mail), made by [`seed_council`]. Kept out of
/// [`STAFF`] so that a demo without the council keeps the staff it always had.
pub const COUNCIL_COORDINATOR: (&str, &str) = (
    "Mona Demo Rådskoordinator",
    "mona.radskoordinator@demo.neste-steg.no",
);

/// Vestfold's OT-råd for the demo: a council coordinator, five members with a term around
/// `now` (one under 18), an open hearing with input in different statuses (one answered and
/// published, one from the minor waiting for approval, one with the name hidden), support and
/// a comment, a past meeting with published minutes, the next meeting and a report to the
/// committee in the year plan. Names, numbers and addresses are invented. Idempotent row by
/// row; nothing is sent.
pub async fn seed_council(
    db: &Db,
    county_id: i64,
    now: chrono::DateTime<chrono::Utc>,
) -> DomainResult<()> {
    use crate::council::{
        self, hearing, input, meeting, member::COLUMNS, plan, CouncilRole, Member,
    };
    use chrono::{Datelike, Duration, NaiveTime};

    let (full_name, email) = COUNCIL_COORDINATOR;
    let coordinator = match staff::by_email(db, county_id, email).await? {
        Some(existing) => existing,
        None => {
            staff::create(
                db,
                county_id,
                &NewStaff {
                    full_name,
                    email,
                    role: Role::CouncilCoordinator,
                    department_ids: &[],
                },
                None,
            )
            .await?
        }
    };
    let today = council::today(now);
    let oslo = |days: i64, hour: u32| {
        let time = NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or_default();
        // Whole hours in the afternoon exist exactly once in Europe/Oslo.
        council::oslo_to_utc((today + Duration::days(days)).and_time(time), "demo")
    };

    struct DemoMember {
        first_name: &'static str,
        /// The age they turn this year.
        age: i32,
        role: CouncilRole,
        mobile: Option<&'static str>,
        email: Option<&'static str>,
        language: &'static str,
    }
    let demo_member = |first_name, age, role, mobile, email, language| DemoMember {
        first_name,
        age,
        role,
        mobile,
        email,
        language,
    };
    let people = [
        demo_member(
            "Sara",
            21,
            CouncilRole::Leader,
            Some("+4740000211"),
            None,
            "nb",
        ),
        demo_member(
            "Emil",
            19,
            CouncilRole::Deputy,
            Some("+4740000212"),
            None,
            "nn",
        ),
        demo_member(
            "Nora",
            16,
            CouncilRole::Member,
            None,
            Some("nora.rad@demo.neste-steg.no"),
            "nb",
        ),
        demo_member(
            "Yusuf",
            22,
            CouncilRole::Member,
            Some("+4740000214"),
            None,
            "ar",
        ),
        demo_member(
            "Linnea",
            20,
            CouncilRole::Member,
            None,
            Some("linnea.rad@demo.neste-steg.no"),
            "en",
        ),
    ];
    let mut members = Vec::new();
    for DemoMember {
        first_name,
        age,
        role,
        mobile,
        email,
        language,
    } in people
    {
        let find = format!(
            "SELECT {COLUMNS} FROM council_member WHERE county_id = $1 AND first_name = $2 \
             AND (mobile = $3 OR email = $4)"
        );
        let existing =
            sql!(db, fetch_optional Member, &find, county_id, first_name, mobile, email)?;
        let member = match existing {
            Some(m) => m,
            None => {
                let insert = format!(
                    "INSERT INTO council_member (county_id, first_name, birth_year, mobile, email, language, role, \
                     term_from, term_to, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING {COLUMNS}"
                );
                sql!(
                    db, fetch_optional Member, &insert,
                    county_id, first_name, today.year() - age, mobile, email, language, role.as_str(),
                    today - Duration::days(120), today + Duration::days(245), now
                )?
                .ok_or(crate::DomainError::NotFound)?
            }
        };
        members.push(member);
    }
    let [sara, emil, nora, yusuf, linnea] = &members[..] else {
        return Ok(());
    };

    const TITLE: &str = "Hvordan vil du helst at OT tar kontakt?";
    let find = sql!(
        db, scalar_optional i64,
        "SELECT id FROM council_hearing WHERE county_id = $1 AND title = $2",
        county_id, TITLE
    )?;
    let hearing_id = match find {
        Some(id) => id,
        None => {
            let draft = hearing::HearingDraft {
                title: TITLE.into(),
                question: "OT sender SMS, e-post og brev, og ringer. Hva får deg til å svare, og hva gjør at du lar være?"
                    .into(),
                background: "Mange unge svarer ikke når OT tar kontakt. Vi vil vite hva som virker for dere, \
                             før vi endrer hvordan vi skriver og når vi ringer."
                    .into(),
                deadline_at: oslo(21, 12)?,
            };
            let Ok(created) = hearing::create(db, &coordinator, &draft, now).await? else {
                return Ok(());
            };
            let _ = hearing::publish(db, &coordinator, created.id, now).await?;
            created.id
        }
    };
    // (author, text, hide name)
    let inputs = [
        (
            sara,
            "En SMS med navnet mitt og én lenke. Ikke ring fra skjult nummer, da svarer jeg ikke.",
            false,
        ),
        (
            emil,
            "Brev leser jeg ikke. Send heller en melding og si hvem som skriver.",
            false,
        ),
        (
            nora,
            "Jeg vil kunne svare på nett uten å måtte ringe noen.",
            false,
        ),
        (
            yusuf,
            "Skriv på flere språk. Foreldrene mine forstår ikke alltid brevene.",
            true,
        ),
        (
            linnea,
            "Det hjelper å vite hva som skjer etter at jeg har svart.",
            false,
        ),
    ];
    let mut ids = Vec::new();
    for (author, text, hide_name) in inputs {
        let existing = sql!(
            db, scalar_optional i64,
            "SELECT id FROM council_input WHERE hearing_id = $1 AND member_id = $2",
            hearing_id, author.id
        )?;
        let id = match existing {
            Some(id) => Some(id),
            None => input::submit(db, author, hearing_id, text, hide_name, now)
                .await?
                .ok(),
        };
        ids.push(id);
    }
    if let [Some(from_sara), Some(from_emil), ..] = ids[..] {
        // Sara's input is answered and on the public page. Written here rather than through
        // `input::answer`, which would send Sara a message.
        sql!(
            db, execute,
            "UPDATE council_input SET status = 'answered', answer = $1, answered_at = $2, answered_by = $3, \
             answer_version = 1, published = TRUE, updated_at = $2 WHERE id = $4 AND answer IS NULL",
            "Takk! Fra januar sender OT alltid SMS fra et synlig nummer med navnet på rådgiveren, \
             og ringer ikke før du har fått en melding.",
            now, coordinator.id, from_sara
        )?;
        sql!(
            db, execute,
            "UPDATE council_input SET status = 'considering', updated_at = $1 WHERE id = $2 AND status = 'received'",
            now, from_emil
        )?;
        for supporter in [emil, linnea] {
            let _ = input::support(db, supporter, from_sara, now).await?;
        }
        let has_comment = sql!(
            db, scalar_optional i64,
            "SELECT id FROM council_comment WHERE input_id = $1 LIMIT 1",
            from_emil
        )?;
        if has_comment.is_none() {
            let _ = council::comment::add(
                db,
                linnea,
                from_emil,
                "Enig. Og si gjerne hva det gjelder i første setning.",
                false,
                now,
            )
            .await?;
        }
    }

    const MEETING: &str = "Rådsmøte";
    let past = sql!(
        db, scalar_optional i64,
        "SELECT id FROM council_meeting WHERE county_id = $1 AND title = $2 AND starts_at < $3",
        county_id, MEETING, now
    )?;
    if past.is_none() {
        let draft = meeting::MeetingDraft {
            title: MEETING.into(),
            agenda: "1. Velkommen og presentasjon\n2. Høringen om kontakt fra OT\n3. Årshjulet"
                .into(),
            place: "Fylkeshuset, Tønsberg".into(),
            starts_at: oslo(-14, 16)?,
            ends_at: oslo(-14, 18)?,
        };
        if let Ok(held) = meeting::create(db, &coordinator, &draft, now).await? {
            let _ = meeting::set_minutes(
                db,
                &coordinator,
                held.id,
                "Til stede: Sara (leder), Emil, Nora og Linnea. Rådet ble enige om å svare på høringen \
                 om hvordan OT tar kontakt, og om å invitere en rådgiver til neste møte.",
                true,
                now,
            )
            .await?;
            for m in [sara, emil, nora, linnea] {
                let _ = meeting::set_attendance(db, &coordinator, held.id, m.id, true, now).await?;
            }
            let _ =
                meeting::set_attendance(db, &coordinator, held.id, yusuf.id, false, now).await?;
        }
    }
    let next = sql!(
        db, scalar_optional i64,
        "SELECT id FROM council_meeting WHERE county_id = $1 AND title = $2 AND starts_at >= $3",
        county_id, MEETING, now
    )?;
    if next.is_none() {
        let draft = meeting::MeetingDraft {
            title: MEETING.into(),
            agenda: "1. OTs svar på høringen\n2. Besøk fra en rådgiver".into(),
            place: "Fylkeshuset, Tønsberg".into(),
            starts_at: oslo(28, 16)?,
            ends_at: oslo(28, 18)?,
        };
        let _ = meeting::create(db, &coordinator, &draft, now).await?;
    }
    let report = sql!(
        db, scalar_optional i64,
        "SELECT id FROM council_plan_item WHERE county_id = $1 AND kind = 'report_to_committee'",
        county_id
    )?;
    if report.is_none() {
        let _ = plan::add(
            db,
            &coordinator,
            today + Duration::days(60),
            plan::PlanKind::ReportToCommittee,
            "Rådet legger fram årsmeldingen for hovedutvalget for opplæring",
            now,
        )
        .await?;
    }
    Ok(())
}
