//! Free times: an advisor's availability cut into meetings, in Oslo wall-clock time, and the
//! free times of every advisor at a department.

use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use super::{
    availability::availabilities,
    closed_days::{closed_days, ClosedDays},
    Availability, Exception, ExceptionKind, MeetingForm, ZONE,
};
use crate::{
    db::{sql, Db},
    error::DomainResult,
};

/// An interval of absolute time, `[starts, ends)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Slot {
    pub starts: DateTime<Utc>,
    pub ends: DateTime<Utc>,
}

/// The instant a wall-clock time in Oslo names. On the autumn night that has 02:00–03:00 twice,
/// `earliest` picks the first or the second; a time in the spring gap (02:00–03:00 does not
/// exist) becomes the first instant after the gap.
pub fn instant(date: NaiveDate, time: NaiveTime, earliest: bool) -> DateTime<Utc> {
    let mut local = date.and_time(time);
    loop {
        match ZONE.from_local_datetime(&local) {
            LocalResult::Single(t) => return t.with_timezone(&Utc),
            LocalResult::Ambiguous(first, second) => {
                return if earliest { first } else { second }.with_timezone(&Utc)
            }
            // Gaps are whole minutes in every zone rule of Europe/Oslo.
            LocalResult::None => local += Duration::minutes(1),
        }
    }
}

/// `ranges` minus `cut`, each a list of disjoint intervals.
fn subtract(ranges: Vec<Slot>, cut: &[Slot]) -> Vec<Slot> {
    let mut out = ranges;
    for c in cut {
        out = out
            .into_iter()
            .flat_map(|r| {
                if c.ends <= r.starts || c.starts >= r.ends {
                    return vec![r];
                }
                let mut parts = Vec::new();
                if c.starts > r.starts {
                    parts.push(Slot {
                        starts: r.starts,
                        ends: c.starts,
                    });
                }
                if c.ends < r.ends {
                    parts.push(Slot {
                        starts: c.ends,
                        ends: r.ends,
                    });
                }
                parts
            })
            .collect();
    }
    out
}

/// The advisor's free meeting times at a department: their weekly ranges and extra hours,
/// minus days and hours away, cut into meetings of their length with the buffer after each,
/// from the minimum notice to the end of the booking window's last day, leaving out every meeting that
/// would touch `taken` (active bookings: start of meeting to end of its buffer). Nothing on a
/// `closed` day, extra hours included.
pub fn slots(
    availability: &Availability,
    department_id: i64,
    taken: &[Slot],
    closed: &ClosedDays,
    now: DateTime<Utc>,
) -> Vec<Slot> {
    let s = &availability.settings;
    let length = Duration::minutes(s.meeting_minutes);
    let step = length + Duration::minutes(s.buffer_minutes);
    let earliest = now + Duration::hours(s.notice_hours);
    let today = now.with_timezone(&ZONE).date_naive();
    let mut out = Vec::new();
    for day in 0..=s.window_days {
        let date = today + Duration::days(day);
        if closed.is_closed(date) {
            continue;
        }
        let weekday = date.weekday().number_from_monday();
        let on_date = |e: &&Exception| e.on_date == date;
        let mut ranges: Vec<Slot> = availability
            .weekly
            .iter()
            .filter(|r| r.weekday == weekday && r.department_id == department_id)
            .map(|r| (r.starts, r.ends))
            .chain(
                availability
                    .exceptions
                    .iter()
                    .filter(on_date)
                    .filter(|e| {
                        e.kind == ExceptionKind::Extra && e.department_id == Some(department_id)
                    })
                    .filter_map(|e| e.hours),
            )
            .map(|(starts, ends)| Slot {
                starts: instant(date, starts, true),
                ends: instant(date, ends, false),
            })
            .collect();
        let away: Vec<Slot> = availability
            .exceptions
            .iter()
            .filter(on_date)
            .filter(|e| e.kind == ExceptionKind::Away)
            .filter(|e| e.department_id.is_none_or(|d| d == department_id))
            .map(|e| match e.hours {
                Some((starts, ends)) => Slot {
                    starts: instant(date, starts, true),
                    ends: instant(date, ends, false),
                },
                None => Slot {
                    starts: instant(date, NaiveTime::MIN, true),
                    ends: instant(date + Duration::days(1), NaiveTime::MIN, true),
                },
            })
            .collect();
        ranges.sort();
        for range in subtract(ranges, &away) {
            let mut t = range.starts;
            while t + length <= range.ends {
                let blocked = Slot {
                    starts: t,
                    ends: t + step,
                };
                let free = !taken
                    .iter()
                    .any(|b| b.starts < blocked.ends && blocked.starts < b.ends);
                // The window counts whole days: «two weeks ahead» includes that whole day.
                if t >= earliest && free {
                    out.push(Slot {
                        starts: t,
                        ends: t + length,
                    });
                }
                t += step;
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// A free time with the advisor who has it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FreeSlot {
    pub staff_id: i64,
    pub starts: DateTime<Utc>,
    pub ends: DateTime<Utc>,
}

#[derive(sqlx::FromRow)]
struct TakenRow {
    staff_id: i64,
    starts_at: DateTime<Utc>,
    blocked_until: DateTime<Utc>,
}

/// Free times at a department, earliest first: every advisor of the department (or only
/// `advisor`) who offers `form`. A time two advisors share is listed once per advisor.
pub async fn free_slots(
    db: &Db,
    county_id: i64,
    department_id: i64,
    form: Option<MeetingForm>,
    advisor: Option<i64>,
    now: DateTime<Utc>,
) -> DomainResult<Vec<FreeSlot>> {
    let staff_ids = sql!(
        db, fetch_all (i64,),
        "SELECT s.id FROM staff s JOIN staff_department sd ON sd.staff_id = s.id \
         WHERE sd.department_id = $1 AND s.county_id = $2 AND s.active AND s.role IN ('advisor', 'coordinator') \
         AND ($3 IS NULL OR s.id = $3) ORDER BY s.id",
        department_id,
        county_id,
        advisor
    )?;
    let staff_ids: Vec<i64> = staff_ids.into_iter().map(|(id,)| id).collect();
    let all = availabilities(db, &staff_ids).await?;
    let closed = closed_days(db, county_id).await?;
    let taken = sql!(
        db, fetch_all TakenRow,
        "SELECT b.staff_id, b.starts_at, b.blocked_until FROM booking b JOIN staff_department sd ON sd.staff_id = b.staff_id \
         WHERE sd.department_id = $1 AND b.state IN ('requested', 'confirmed') AND b.blocked_until > $2",
        department_id,
        now
    )?;
    let mut out = Vec::new();
    for availability in all {
        if form.is_some_and(|f| !availability.settings.forms.contains(&f)) {
            continue;
        }
        let theirs: Vec<Slot> = taken
            .iter()
            .filter(|t| t.staff_id == availability.staff_id)
            .map(|t| Slot {
                starts: t.starts_at,
                ends: t.blocked_until,
            })
            .collect();
        out.extend(
            slots(&availability, department_id, &theirs, &closed, now)
                .into_iter()
                .map(|s| FreeSlot {
                    staff_id: availability.staff_id,
                    starts: s.starts,
                    ends: s.ends,
                }),
        );
    }
    out.sort_by_key(|s| (s.starts, s.staff_id));
    Ok(out)
}
