//! What an advisor offers, as stored: their settings, weekly ranges and date exceptions, read
//! for one advisor or many at once, checked and saved.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::{invalid, Availability, Exception, ExceptionKind, MeetingForm, Settings, WeeklyRange};
use crate::{
    audit::{self, NewAuditEvent},
    db::{sql, transaction, Db},
    error::{DomainError, DomainResult},
};

#[derive(sqlx::FromRow)]
struct SettingsRow {
    staff_id: i64,
    meeting_minutes: i64,
    buffer_minutes: i64,
    notice_hours: i64,
    window_days: i64,
    forms: String,
}

impl SettingsRow {
    fn settings(&self) -> Settings {
        Settings {
            meeting_minutes: self.meeting_minutes,
            buffer_minutes: self.buffer_minutes,
            notice_hours: self.notice_hours,
            window_days: self.window_days,
            forms: self
                .forms
                .split(',')
                .filter_map(MeetingForm::parse)
                .collect(),
        }
    }
}

#[derive(sqlx::FromRow)]
struct RangeRow {
    staff_id: i64,
    department_id: i64,
    weekday: i32,
    starts: String,
    ends: String,
}

#[derive(sqlx::FromRow)]
struct ExceptionRow {
    id: i64,
    staff_id: i64,
    department_id: Option<i64>,
    on_date: NaiveDate,
    kind: String,
    starts: Option<String>,
    ends: Option<String>,
}

fn time(text: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(text, "%H:%M").ok()
}

impl ExceptionRow {
    fn exception(&self) -> Exception {
        Exception {
            id: self.id,
            department_id: self.department_id,
            on_date: self.on_date,
            kind: if self.kind == "extra" {
                ExceptionKind::Extra
            } else {
                ExceptionKind::Away
            },
            hours: self
                .starts
                .as_deref()
                .and_then(time)
                .zip(self.ends.as_deref().and_then(time)),
        }
    }
}

/// The availability of several advisors at once: four queries whatever their number.
pub(super) async fn availabilities(db: &Db, staff_ids: &[i64]) -> DomainResult<Vec<Availability>> {
    if staff_ids.is_empty() {
        return Ok(Vec::new());
    }
    // The ids are integers from the database, so a literal list is safe and portable.
    let list = staff_ids
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(",");
    let settings = sql!(
        db, fetch_all SettingsRow,
        &format!("SELECT staff_id, meeting_minutes, buffer_minutes, notice_hours, window_days, forms FROM availability WHERE staff_id IN ({list})")
    )?;
    let ranges = sql!(
        db, fetch_all RangeRow,
        &format!("SELECT staff_id, department_id, weekday, starts, ends FROM availability_range WHERE staff_id IN ({list}) ORDER BY weekday, starts")
    )?;
    let exceptions = sql!(
        db, fetch_all ExceptionRow,
        &format!("SELECT id, staff_id, department_id, on_date, kind, starts, ends FROM availability_exception WHERE staff_id IN ({list}) ORDER BY on_date, starts")
    )?;
    Ok(staff_ids
        .iter()
        .map(|&staff_id| Availability {
            staff_id,
            settings: settings
                .iter()
                .find(|s| s.staff_id == staff_id)
                .map(SettingsRow::settings)
                .unwrap_or_default(),
            weekly: ranges
                .iter()
                .filter(|r| r.staff_id == staff_id)
                .filter_map(|r| {
                    Some(WeeklyRange {
                        department_id: r.department_id,
                        weekday: u32::try_from(r.weekday).ok()?,
                        starts: time(&r.starts)?,
                        ends: time(&r.ends)?,
                    })
                })
                .collect(),
            exceptions: exceptions
                .iter()
                .filter(|e| e.staff_id == staff_id)
                .map(ExceptionRow::exception)
                .collect(),
        })
        .collect())
}

/// One advisor's availability (the defaults and no hours when they have set nothing).
pub async fn availability(db: &Db, staff_id: i64) -> DomainResult<Availability> {
    Ok(availabilities(db, &[staff_id]).await?.remove(0))
}

/// Checks settings and weekly ranges, reporting the first problem.
pub fn validate_availability(settings: &Settings, weekly: &[WeeklyRange]) -> DomainResult<()> {
    if !(15..=240).contains(&settings.meeting_minutes) {
        return Err(invalid("meeting_minutes", "range"));
    }
    if !(0..=120).contains(&settings.buffer_minutes) {
        return Err(invalid("buffer_minutes", "range"));
    }
    if !(0..=336).contains(&settings.notice_hours) {
        return Err(invalid("notice_hours", "range"));
    }
    if !(1..=180).contains(&settings.window_days) {
        return Err(invalid("window_days", "range"));
    }
    if settings.forms.is_empty() {
        return Err(invalid("forms", "empty"));
    }
    for (i, r) in weekly.iter().enumerate() {
        if !(1..=7).contains(&r.weekday) {
            return Err(invalid("weekday", "range"));
        }
        if r.starts >= r.ends {
            return Err(invalid("hours", "ends_before_starts"));
        }
        // An advisor is in one place at a time: ranges of one weekday never overlap.
        let overlaps = weekly[..i]
            .iter()
            .any(|o| o.weekday == r.weekday && o.starts < r.ends && r.starts < o.ends);
        if overlaps {
            return Err(invalid("hours", "overlap"));
        }
    }
    Ok(())
}

/// Replaces an advisor's settings and weekly ranges in one transaction with its audit row: all
/// or nothing. Each range's department must be one the advisor works for. `by`: the advisor
/// themselves (`None`: the demo data).
pub async fn save_availability(
    db: &Db,
    staff_id: i64,
    settings: &Settings,
    weekly: &[WeeklyRange],
    by: Option<i64>,
) -> DomainResult<()> {
    validate_availability(settings, weekly)?;
    let forms = settings
        .forms
        .iter()
        .map(|f| f.as_str())
        .collect::<Vec<_>>()
        .join(",");
    transaction!(db, |tx| {
        sqlx::query(
            "INSERT INTO availability (staff_id, meeting_minutes, buffer_minutes, notice_hours, window_days, forms) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (staff_id) DO UPDATE SET \
             meeting_minutes = excluded.meeting_minutes, buffer_minutes = excluded.buffer_minutes, \
             notice_hours = excluded.notice_hours, window_days = excluded.window_days, forms = excluded.forms",
        )
        .bind(staff_id)
        .bind(settings.meeting_minutes)
        .bind(settings.buffer_minutes)
        .bind(settings.notice_hours)
        .bind(settings.window_days)
        .bind(&forms)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM availability_range WHERE staff_id = $1")
            .bind(staff_id)
            .execute(&mut *tx)
            .await?;
        for r in weekly {
            // INSERT … SELECT: a department the advisor does not work for inserts nothing.
            let inserted = sqlx::query(
                "INSERT INTO availability_range (staff_id, department_id, weekday, starts, ends) \
                 SELECT $1, department_id, $3, $4, $5 FROM staff_department WHERE staff_id = $1 AND department_id = $2",
            )
            .bind(staff_id)
            .bind(r.department_id)
            .bind(r.weekday as i32)
            .bind(r.starts.format("%H:%M").to_string())
            .bind(r.ends.format("%H:%M").to_string())
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if inserted == 0 {
                return Err(invalid("department", "not_yours"));
            }
        }
        let county_id: i64 = sqlx::query_scalar("SELECT county_id FROM staff WHERE id = $1")
            .bind(staff_id)
            .fetch_one(&mut *tx)
            .await?;
        let event = NewAuditEvent::change(
            county_id,
            by,
            "availability.save",
            ("staff", staff_id.to_string()),
            None,
            format!("{} ranges", weekly.len()),
        );
        audit::record_in!(&mut *tx, &event, chrono::Utc::now());
    });
    Ok(())
}

/// A date exception as an advisor enters it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewException {
    pub department_id: Option<i64>,
    pub on_date: NaiveDate,
    pub kind: ExceptionKind,
    pub hours: Option<(NaiveTime, NaiveTime)>,
}

pub async fn add_exception(db: &Db, staff_id: i64, new: &NewException) -> DomainResult<i64> {
    if let Some((starts, ends)) = new.hours {
        if starts >= ends {
            return Err(invalid("hours", "ends_before_starts"));
        }
    }
    if new.kind == ExceptionKind::Extra && (new.hours.is_none() || new.department_id.is_none()) {
        return Err(invalid("hours", "missing"));
    }
    if let Some(department_id) = new.department_id {
        let works_there = sql!(
            db, scalar_optional i64,
            "SELECT department_id FROM staff_department WHERE staff_id = $1 AND department_id = $2",
            staff_id,
            department_id
        )?;
        if works_there.is_none() {
            return Err(invalid("department", "not_yours"));
        }
    }
    let format = |t: NaiveTime| t.format("%H:%M").to_string();
    Ok(sql!(
        db, scalar i64,
        "INSERT INTO availability_exception (staff_id, department_id, on_date, kind, starts, ends) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        staff_id,
        new.department_id,
        new.on_date,
        new.kind.as_str(),
        new.hours.map(|h| format(h.0)),
        new.hours.map(|h| format(h.1))
    )?)
}

pub async fn remove_exception(db: &Db, staff_id: i64, id: i64) -> DomainResult<()> {
    let removed = sql!(
        db,
        execute,
        "DELETE FROM availability_exception WHERE id = $1 AND staff_id = $2",
        id,
        staff_id
    )?;
    if removed == 0 {
        return Err(DomainError::NotFound);
    }
    Ok(())
}
