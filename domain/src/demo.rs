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

/// A small deterministic generator (splitmix64): the same invented history on every database.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// 0 ≤ n < `below`.
    fn below(&mut self, below: u64) -> u64 {
        self.next() % below.max(1)
    }

    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// One of `choices`, by weight.
    fn pick<T: Copy>(&mut self, choices: &[(T, u64)]) -> T {
        let total: u64 = choices.iter().map(|(_, w)| w).sum();
        let mut n = self.below(total);
        for (choice, weight) in choices {
            if n < *weight {
                return *choice;
            }
            n -= weight;
        }
        choices[0].0
    }

    /// A duration between `from` and `to` minutes.
    fn minutes(&mut self, from: i64, to: i64) -> chrono::Duration {
        chrono::Duration::minutes(from + self.below((to - from).max(1) as u64) as i64)
    }
}

/// `n` written with the letter-code alphabet, `width` characters.
fn in_code_alphabet(mut n: u64, width: usize) -> String {
    let alphabet = crate::contact_request::CODE_ALPHABET;
    let mut out = vec![alphabet[0]; width];
    for slot in out.iter_mut().rev() {
        *slot = alphabet[(n % alphabet.len() as u64) as usize];
        n /= alphabet.len() as u64;
    }
    String::from_utf8(out).unwrap_or_default()
}

/// How many contact requests the demo history holds, over how many days before `now`.
pub const HISTORY_REQUESTS: u64 = 720;
pub const HISTORY_DAYS: i64 = 210;

/// Seven months of invented history for the numbers page: contact requests across the four
/// departments in ten languages, ages 15–24, answered by the link in the SMS or e-mail, by the
/// letter's code, after a reminder or two, after landing on the call list, or never; some
/// withdrawn; most answers reviewed by the department's advisor with a confirmed code (a few
/// corrected later), some still waiting; bookings in every state (a few requested and
/// confirmed ones ahead, at 07:45, before the demo advisors' bookable hours); call-me requests;
/// and the snapshots of the count dates in those months. Everything is invented (names «Demo
/// …», numbers +47 401 …), nothing is sent, and no reminder is due. Written in one transaction
/// and only once: a second call finds the first request and does nothing.
pub async fn seed_history(
    db: &Db,
    county_id: i64,
    now: chrono::DateTime<chrono::Utc>,
) -> DomainResult<()> {
    use crate::{
        booking::{self, BookingState, MeetingForm},
        contact_request::LANGUAGES,
        db::transaction,
        status_code::Activity,
    };
    use chrono::{DateTime, Duration, NaiveTime, Utc};

    // Each request's letter code is «HX» and its number: the first one marks the history.
    let code = |i: u64| format!("HX{}", in_code_alphabet(i, 6));
    let seeded = sql!(
        db, scalar_optional i64,
        "SELECT id FROM contact_request WHERE county_id = $1 AND letter_code = $2",
        county_id, code(0)
    )?;
    if seeded.is_some() {
        return Ok(());
    }
    // Each department with its advisor, and how many of the requests it sends (in percent).
    let mut offices = Vec::new();
    for (slug, email, share) in [
        ("horten", "ingrid.haugen@demo.neste-steg.no", 25),
        ("tonsberg", "omar.nilsen@demo.neste-steg.no", 30),
        ("sandefjord", "siri.berg@demo.neste-steg.no", 25),
        ("larvik", "jonas.larsen@demo.neste-steg.no", 20),
    ] {
        let (Some(d), Some(s)) = (
            department::by_slug(db, county_id, slug).await?,
            staff::by_email(db, county_id, email).await?,
        ) else {
            return Ok(());
        };
        offices.push(((d.id, s.id), share));
    }
    const FIRST: [&str; 40] = [
        "Sara",
        "Emil",
        "Nora",
        "Yusuf",
        "Linnea",
        "Jonas",
        "Ida",
        "Mathias",
        "Amina",
        "Oliver",
        "Hanna",
        "Filip",
        "Maja",
        "Aleksander",
        "Leah",
        "Tobias",
        "Sofie",
        "Elias",
        "Mariam",
        "Jakob",
        "Olena",
        "Piotr",
        "Hodan",
        "Abdi",
        "Selam",
        "Dawit",
        "Zahra",
        "Ali",
        "Ella",
        "Kasper",
        "Aurora",
        "Sander",
        "Julie",
        "Lukas",
        "Vilde",
        "Aisha",
        "Thea",
        "Markus",
        "Oksana",
        "Máret",
    ];
    const LAST: [&str; 12] = [
        "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Berg",
        "Haugen", "Bakken", "Lund", "Moen",
    ];
    let languages: Vec<(&str, u64)> = LANGUAGES
        .iter()
        .map(|&l| {
            let weight = match l {
                "nb" => 66,
                "nn" => 6,
                "uk" => 6,
                "en" | "pl" | "ar" => 4,
                "so" => 3,
                "ti" | "prs" => 2,
                _ => 1,
            };
            (l, weight)
        })
        .collect();
    let activities = [
        (Activity::School, 28),
        (Activity::Apprenticeship, 10),
        (Activity::Work, 15),
        (Activity::WantsHelp, 13),
        (Activity::NoThanks, 6),
        (Activity::Course, 5),
        (Activity::MilitaryService, 3),
        (Activity::HomeWithChild, 3),
        (Activity::IllOrInstitution, 4),
        (Activity::PrivateSchool, 3),
        (Activity::MovedCounty, 6),
        (Activity::MovedAbroad, 4),
    ];
    let oslo = |at: DateTime<Utc>, hour: u32, minute: u32| {
        let date = at.with_timezone(&booking::ZONE).date_naive();
        booking::instant(
            date,
            NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or_default(),
            true,
        )
    };
    let today = now.with_timezone(&booking::ZONE).date_naive();
    let year = chrono::Datelike::year(&today);
    let first_day = now - Duration::days(HISTORY_DAYS);
    let mut dice = Dice(0x4e65_7374_6520_7374);
    // Days with an active meeting at 07:45 per advisor: one a day, so none overlap.
    let mut early_days = std::collections::HashSet::new();
    let mut requested = 0;

    transaction!(db, |tx| {
        for i in 0..HISTORY_REQUESTS {
            let (department_id, advisor) = dice.pick(&offices);
            // Spread over the months, in office hours.
            let day = first_day + Duration::days(i as i64 * HISTORY_DAYS / HISTORY_REQUESTS as i64);
            let created = oslo(day, 8, 0) + dice.minutes(0, 7 * 60);
            if created >= now {
                continue;
            }
            let first_name = FIRST[dice.below(FIRST.len() as u64) as usize];
            let last_name = format!("Demo {}", LAST[dice.below(LAST.len() as u64) as usize]);
            // Turning 16 to 24 this year: in the target group all through the history.
            let birth_date = chrono::NaiveDate::from_ymd_opt(
                year - 16 - dice.below(9) as i32,
                1 + dice.below(12) as u32,
                1 + dice.below(28) as u32,
            )
            .unwrap_or(today);
            let has_mobile = dice.chance(88);
            let mobile = has_mobile.then(|| format!("+47401{i:05}"));
            let email =
                (!has_mobile || dice.chance(45)).then(|| format!("ung{i}@demo.neste-steg.no"));
            let language = dice.pick(&languages);
            let first_channel = if has_mobile { "sms" } else { "email" };
            // The first reminder goes by the other channel when there is one; the second back.
            let reminder_channel = |n: i64| match (n, &mobile, &email) {
                (1, Some(_), Some(_)) => "email",
                (_, Some(_), _) => "sms",
                _ => "email",
            };
            // (minutes to the answer, reminders before it, channel), or never.
            let route = dice.pick(&[(0u8, 46), (1, 10), (2, 12), (3, 8), (4, 4), (5, 3), (6, 17)]);
            let answer = match route {
                0 => Some((dice.minutes(20, 3 * 24 * 60), 0, first_channel)),
                1 => Some((dice.minutes(60, 6 * 24 * 60), 0, "letter")),
                2 => Some((
                    dice.minutes(3 * 24 * 60 + 30, 10 * 24 * 60),
                    1,
                    reminder_channel(1),
                )),
                3 => Some((
                    dice.minutes(10 * 24 * 60 + 30, 14 * 24 * 60),
                    2,
                    reminder_channel(2),
                )),
                4 => Some((
                    dice.minutes(14 * 24 * 60 + 60, 25 * 24 * 60),
                    2,
                    reminder_channel(2),
                )),
                _ => None,
            }
            .map(|(after, reminders, channel)| {
                // A letter can be answered after a reminder has gone out, too.
                let reminders = match (channel, after.num_days()) {
                    ("letter", 3..) => 1,
                    _ => reminders,
                };
                (created + after, reminders, channel)
            })
            .filter(|(at, _, _)| *at < now);
            let age_days = (now - created).num_days();
            let due_reminders = if age_days >= 10 {
                2
            } else if age_days >= 3 {
                1
            } else {
                0
            };
            let (reminders, call_list) = match answer {
                Some((at, reminders, _)) => {
                    let call_list =
                        (at - created >= Duration::days(14)).then(|| created + Duration::days(14));
                    (reminders, call_list)
                }
                None => (
                    due_reminders,
                    (age_days >= 14).then(|| created + Duration::days(14)),
                ),
            };
            let revoked =
                (answer.is_none() && route == 5).then(|| created + dice.minutes(60, 2 * 24 * 60));
            let request_id: i64 = sqlx::query_scalar(
                "INSERT INTO contact_request (county_id, department_id, first_name, last_name, birth_date, mobile, email, \
                 language, municipality, letter_code, expires_at, revoked_at, created_by, created_at, reminders_sent, \
                 call_list_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id",
            )
            .bind(county_id)
            .bind(department_id)
            .bind(first_name)
            .bind(&last_name)
            .bind(birth_date)
            .bind(&mobile)
            .bind(&email)
            .bind(language)
            .bind("Vestfold")
            .bind(code(i))
            .bind(created + Duration::days(30))
            .bind(revoked)
            .bind(advisor)
            .bind(created)
            .bind(reminders)
            .bind(call_list)
            .fetch_one(&mut *tx)
            .await?;
            let Some((answered_at, _, channel)) = answer else {
                continue;
            };
            let activity = dice.pick(&activities);
            let suggested = activity.suggested_code();
            let answer_id: i64 = sqlx::query_scalar(
                "INSERT INTO answer (contact_request_id, reference, activity, suggested_code, contact_channels, \
                 contact_time, started_at, submitted_at, updated_at, channel) \
                 VALUES ($1, $2, $3, $4, $5, 'any', $6, $6, $6, $7) RETURNING id",
            )
            .bind(request_id)
            .bind(format!("NS-H{}", in_code_alphabet(i, 5)))
            .bind(activity.as_str())
            .bind(suggested.as_str())
            .bind(if has_mobile { "sms" } else { "email" })
            .bind(answered_at)
            .bind(channel)
            .fetch_one(&mut *tx)
            .await?;
            // Most answers are reviewed within days; the advisor now and then knows better
            // than the suggestion, and corrects a code later.
            let mut reviews = Vec::new();
            let reviewed_at = answered_at + dice.minutes(2 * 60, 5 * 24 * 60);
            if reviewed_at < now && dice.chance(88) {
                let code = match (activity, dice.below(10)) {
                    (Activity::School, 0) => "OTEV_IM",
                    (Activity::School, 1) => "OTEV via",
                    (Activity::Work, 0) => "OTAR via",
                    (Activity::Apprenticeship, 0) => "OTLL via",
                    (Activity::WantsHelp, 0 | 1) => "OTOA",
                    _ => suggested.as_str(),
                };
                reviews.push((reviewed_at, code.to_string()));
                let later = reviewed_at + dice.minutes(3 * 24 * 60, 40 * 24 * 60);
                if activity == Activity::WantsHelp && later < now && dice.chance(40) {
                    reviews.push((later, "OTOA".to_string()));
                }
            }
            for (at, code) in &reviews {
                sqlx::query(
                    "INSERT INTO answer_review (answer_id, staff_id, at, status_code, note, called) VALUES ($1, $2, $3, $4, '', $5)",
                )
                .bind(answer_id)
                .bind(advisor)
                .bind(at)
                .bind(code)
                .bind(dice.chance(30))
                .execute(&mut *tx)
                .await?;
            }
            if let (Some((first, _)), Some((last_at, last))) = (reviews.first(), reviews.last()) {
                sqlx::query(
                    "UPDATE answer SET status_code = $1, handled_at = $2, handled_by = $3, reviewed_at = $4 WHERE id = $5",
                )
                    .bind(last)
                    .bind(first)
                    .bind(advisor)
                    .bind(last_at)
                    .bind(answer_id)
                    .execute(&mut *tx)
                    .await?;
            }

            // A meeting for those who asked for help, and for some others.
            let wants_meeting = if activity == Activity::WantsHelp {
                75
            } else {
                22
            };
            if !dice.chance(wants_meeting) {
                continue;
            }
            let booked = answered_at + dice.minutes(5, 24 * 60);
            if booked >= now {
                continue;
            }
            let mut starts = oslo(booked + Duration::days(2 + dice.below(10) as i64), 9, 0)
                + Duration::minutes(30 * dice.below(10) as i64);
            let form = dice.pick(&[
                (MeetingForm::Office, 50),
                (MeetingForm::Phone, 25),
                (MeetingForm::Video, 15),
                (MeetingForm::Walk, 10),
            ]);
            let mut hold = booked + Duration::hours(48);
            let confirmed = booked + dice.minutes(30, 30 * 60);
            // A few of the latest wait for their advisor (in the queue, held a day more).
            let waits = hold > now || (requested < 3 && now - booked < Duration::days(10));
            let mut state = if starts < now {
                dice.pick(&[
                    (BookingState::Completed, 55),
                    (BookingState::NoShow, 12),
                    (BookingState::Cancelled, 10),
                    (BookingState::Declined, 7),
                    (BookingState::Expired, 6),
                    (BookingState::Withdrawn, 5),
                ])
            } else if waits {
                hold = hold.max(now + Duration::hours(24));
                BookingState::Requested
            } else {
                dice.pick(&[(BookingState::Confirmed, 85), (BookingState::Cancelled, 15)])
            };
            if state.is_active() {
                // Ahead, an active meeting sits at 07:45, before the hours the demo offers,
                // one a day per advisor, and never on another meeting.
                let date = starts.with_timezone(&booking::ZONE).date_naive();
                starts = booking::instant(
                    date,
                    NaiveTime::from_hms_opt(7, 45, 0).unwrap_or_default(),
                    true,
                );
                let taken: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM booking WHERE staff_id = $1 AND state IN ('requested', 'confirmed') \
                     AND starts_at < $3 AND blocked_until > $2",
                )
                .bind(advisor)
                .bind(starts)
                .bind(starts + Duration::minutes(60))
                .fetch_one(&mut *tx)
                .await?;
                if taken > 0 || !early_days.insert((advisor, date)) {
                    state = BookingState::Cancelled;
                }
            }
            if state == BookingState::Requested {
                requested += 1;
            }
            let ends = starts + Duration::minutes(45);
            let (confirmed_at, updated_at) = match state {
                BookingState::Requested => (None, booked),
                BookingState::Confirmed => (Some(confirmed), confirmed),
                BookingState::Completed | BookingState::NoShow => {
                    (Some(confirmed), (ends + Duration::hours(1)).min(now))
                }
                BookingState::Cancelled => (
                    Some(confirmed),
                    (confirmed + dice.minutes(60, 24 * 60)).min(now),
                ),
                BookingState::Declined | BookingState::Withdrawn => {
                    (None, (booked + dice.minutes(30, 20 * 60)).min(now))
                }
                BookingState::Expired => (None, hold.min(now)),
            };
            let (reason, cancelled_by) = match state {
                BookingState::Declined => (Some("Rådgiveren er bortreist den dagen."), None),
                BookingState::Cancelled if dice.chance(60) => (Some(""), Some("youth")),
                BookingState::Cancelled => (Some("Rådgiveren er syk."), Some("ot")),
                _ => (None, None),
            };
            let decided_by = matches!(
                state,
                BookingState::Confirmed
                    | BookingState::Completed
                    | BookingState::NoShow
                    | BookingState::Cancelled
                    | BookingState::Declined
            )
            .then_some(advisor);
            sqlx::query(
                "INSERT INTO booking (county_id, department_id, staff_id, contact_request_id, form, starts_at, ends_at, \
                 blocked_until, state, hold_until, first_name, mobile, email, language, reason, cancelled_by, decided_by, \
                 created_at, updated_at, confirmed_at, reminder_sent_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)",
            )
            .bind(county_id)
            .bind(department_id)
            .bind(advisor)
            .bind(request_id)
            .bind(form.as_str())
            .bind(starts)
            .bind(ends)
            .bind(ends + Duration::minutes(15))
            .bind(state.as_str())
            .bind(hold.min(starts))
            .bind(first_name)
            .bind(&mobile)
            .bind(if mobile.is_some() { None } else { email.clone() })
            .bind(language)
            .bind(reason)
            .bind(cancelled_by)
            .bind(decided_by)
            .bind(booked)
            .bind(updated_at)
            .bind(confirmed_at)
            // Nothing is sent for the history: no reminder waits the day before.
            .bind(confirmed_at)
            .execute(&mut *tx)
            .await?;
        }

        // «None of these times fit»: about one call-me request every five days, most handled.
        for i in 0..(HISTORY_DAYS / 5) {
            let (department_id, advisor) = dice.pick(&offices);
            let at = oslo(
                first_day + Duration::days(i * 5 + dice.below(5) as i64),
                9,
                0,
            ) + dice.minutes(0, 8 * 60);
            if at >= now {
                continue;
            }
            let handled = at + dice.minutes(30, 3 * 24 * 60);
            let handled = (handled < now && dice.chance(85)).then_some(handled);
            sqlx::query(
                "INSERT INTO callback_request (county_id, department_id, first_name, mobile, language, created_at, \
                 handled_at, handled_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(county_id)
            .bind(department_id)
            .bind(FIRST[dice.below(FIRST.len() as u64) as usize])
            .bind(format!("+47402{i:05}"))
            .bind(dice.pick(&languages))
            .bind(at)
            .bind(handled)
            .bind(handled.map(|_| advisor))
            .execute(&mut *tx)
            .await?;
        }

        // Which meetings ahead the history gives depends on the hour it is seeded at; the demo
        // shows a confirmed one whatever the hour: the oldest request waiting, when another
        // waits too, was confirmed by its advisor an hour after it came.
        let ahead = |state: &'static str| {
            sqlx::query_scalar::<_, i64>(
                "SELECT COUNT(*) FROM booking WHERE county_id = $1 AND state = $2 AND starts_at > $3",
            )
            .bind(county_id)
            .bind(state)
            .bind(now)
        };
        let confirmed: i64 = ahead("confirmed").fetch_one(&mut *tx).await?;
        let waiting: i64 = ahead("requested").fetch_one(&mut *tx).await?;
        if confirmed == 0 && waiting >= 2 {
            let (id, booked): (i64, DateTime<Utc>) = sqlx::query_as(
                "SELECT id, created_at FROM booking WHERE county_id = $1 AND state = 'requested' \
                 AND starts_at > $2 ORDER BY created_at, id LIMIT 1",
            )
            .bind(county_id)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            let at = (booked + Duration::hours(1)).min(now);
            sqlx::query(
                "UPDATE booking SET state = 'confirmed', confirmed_at = $1, updated_at = $1, \
                 reminder_sent_at = $1, decided_by = staff_id WHERE id = $2",
            )
            .bind(at)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        }
    });

    // The count dates the history went through, as the worker would have taken them.
    let dates = crate::numbers::count_dates(db, county_id).await?;
    let first_date = first_day.with_timezone(&booking::ZONE).date_naive();
    for date in dates.between(first_date, today) {
        crate::numbers::take_snapshot(db, county_id, date, now).await?;
    }
    Ok(())
}
