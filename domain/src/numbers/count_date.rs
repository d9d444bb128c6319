//! Udir's count dates (15 November, 15 February and 15 June by default) and the snapshot of
//! everyone's status the portal keeps for each, so its figures can be laid beside Udir's.
//!
//! «Everyone the portal knows» is each young person it has sent a request to (one person per
//! name as written and birth date, however many requests), in the department of their newest
//! request: with the code an advisor confirmed last, or answered and waiting for an advisor, or
//! with no answer yet (the portal does not know what they do; OT codes them OTUK until it does). A
//! request withdrawn before any answer says nothing about anyone and is left out. The status is
//! read from the review history as it was at the instant, so a snapshot taken late (the server
//! was down on the day) still describes the count date.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};

use super::{
    covered,
    figures::{base_code, status_cells},
    suppress::{Count, Sheet, Table},
};
use crate::{
    booking::{self, ZONE},
    contact_request::Scope,
    county,
    db::{sql, transaction, Db},
    error::{DomainError, DomainResult},
};

/// The status of everyone the portal knows at one instant, suppressed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stock {
    /// People = confirmed + awaiting confirmation + no answer.
    pub people: Count,
    pub confirmed: Count,
    pub awaiting_confirmation: Count,
    pub no_answer: Count,
    /// Udir's five main groups (`MainGroup::as_str`); the total is `confirmed`.
    pub by_group: Table,
    /// Every code of the kodeverk, «via» counted with its code; the total is `confirmed`.
    pub by_code: Table,
}

/// The snapshot of one count date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountSnapshot {
    pub count_date: NaiveDate,
    /// The end of the count date in Oslo: what the figures describe.
    pub as_of: DateTime<Utc>,
    pub taken_at: DateTime<Utc>,
    pub stock: Stock,
}

/// A county's count dates, each a day of the year (month, day).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CountDates(Vec<(u32, u32)>);

impl CountDates {
    /// Udir's: 15 November, 15 February, 15 June.
    pub const DEFAULT: &'static str = "11-15,02-15,06-15";

    /// Parses `MM-DD` days separated by commas, as `CLOSED_DAYS` is written; empty for none.
    pub fn parse(text: &str) -> DomainResult<CountDates> {
        let mut days = Vec::new();
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let day = part
                .split_once('-')
                .filter(|(m, d)| m.len() == 2 && d.len() == 2)
                .and_then(|(m, d)| Some((m.parse::<u32>().ok()?, d.parse::<u32>().ok()?)))
                // A leap year, so that 29 February may be named (it counts in leap years only).
                .filter(|&(m, d)| NaiveDate::from_ymd_opt(2024, m, d).is_some())
                .ok_or(DomainError::Invalid {
                    field: "count_dates",
                    reason: "not MM-DD",
                })?;
            if !days.contains(&day) {
                days.push(day);
            }
        }
        Ok(CountDates(days))
    }

    /// The dates from `from` up to (not including) `to`, in order.
    pub fn between(&self, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
        let mut dates: Vec<NaiveDate> = (from.year()..=to.year())
            .flat_map(|year| {
                self.0
                    .iter()
                    .filter_map(move |&(m, d)| NaiveDate::from_ymd_opt(year, m, d))
            })
            .filter(|d| *d >= from && *d < to)
            .collect();
        dates.sort();
        dates
    }

    /// The newest count date whose whole day (in Oslo) is over at `now`.
    pub fn latest_passed(&self, now: DateTime<Utc>) -> Option<NaiveDate> {
        let today = now.with_timezone(&ZONE).date_naive();
        let year_ago = NaiveDate::from_ymd_opt(today.year() - 1, 1, 1)?;
        self.between(year_ago, today).pop()
    }
}

impl std::fmt::Display for CountDates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let days: Vec<String> = self
            .0
            .iter()
            .map(|(m, d)| format!("{m:02}-{d:02}"))
            .collect();
        write!(f, "{}", days.join(","))
    }
}

/// The count dates of a county.
pub async fn count_dates(db: &Db, county_id: i64) -> DomainResult<CountDates> {
    let text = sql!(db, scalar String, "SELECT count_dates FROM county WHERE id = $1", county_id)?;
    CountDates::parse(&text)
}

/// Sets the count dates of a county (`MM-DD`, comma-separated).
pub async fn set_count_dates(db: &Db, county_id: i64, text: &str) -> DomainResult<()> {
    let dates = CountDates::parse(text)?;
    sql!(
        db,
        execute,
        "UPDATE county SET count_dates = $1 WHERE id = $2",
        dates.to_string(),
        county_id
    )?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct PeopleRow {
    department_id: i64,
    status: String,
    people: i64,
}

/// People by (department, status) at `at`: a code as confirmed, `awaiting` or `no_answer`.
/// One statement: each request with its answer and newest review before `at`, then per person
/// (name as written and birth date; windows, the same on both databases) the department of the
/// newest request, the newest code of any of their answers, and whether any answer came.
async fn people_at(db: &Db, county_id: i64, at: DateTime<Utc>) -> DomainResult<Cells> {
    let rows = sql!(
        db, fetch_all PeopleRow,
        "WITH r AS ( \
           SELECT cr.id, cr.first_name, cr.last_name, cr.birth_date, cr.department_id, cr.created_at, \
                  a.id AS answer_id, \
                  CASE WHEN a.reviewed_at < $2 THEN a.status_code \
                       WHEN a.handled_at < $2 THEN (SELECT r2.status_code FROM answer_review r2 \
                            WHERE r2.answer_id = a.id AND r2.at < $2 ORDER BY r2.at DESC, r2.id DESC LIMIT 1) END AS code, \
                  CASE WHEN a.reviewed_at < $2 THEN a.reviewed_at \
                       WHEN a.handled_at < $2 THEN (SELECT MAX(r3.at) FROM answer_review r3 \
                            WHERE r3.answer_id = a.id AND r3.at < $2) END AS coded_at \
           FROM contact_request cr \
           LEFT JOIN answer a ON a.contact_request_id = cr.id AND a.submitted_at < $2 \
           WHERE cr.county_id = $1 AND cr.created_at < $2 \
           AND (cr.revoked_at IS NULL OR cr.revoked_at >= $2 OR a.id IS NOT NULL)), \
         p AS ( \
           SELECT ROW_NUMBER() OVER (PARTITION BY first_name, last_name, birth_date ORDER BY created_at DESC, id DESC) AS k, \
                  FIRST_VALUE(department_id) OVER (PARTITION BY first_name, last_name, birth_date \
                       ORDER BY created_at DESC, id DESC) AS department_id, \
                  FIRST_VALUE(code) OVER (PARTITION BY first_name, last_name, birth_date \
                       ORDER BY coded_at DESC NULLS LAST, id DESC) AS code, \
                  MAX(CASE WHEN answer_id IS NULL THEN 0 ELSE 1 END) OVER (PARTITION BY first_name, last_name, birth_date) AS answered \
           FROM r) \
         SELECT department_id, COALESCE(code, CASE WHEN answered = 1 THEN 'awaiting' ELSE 'no_answer' END) AS status, \
                COUNT(*) AS people \
         FROM p WHERE k = 1 GROUP BY department_id, status",
        county_id, at
    )?;
    Ok(rows
        .into_iter()
        .map(|r| ((r.department_id, r.status), r.people.max(0) as u64))
        .collect())
}

/// The suppressed stock of the cells of `departments`.
fn stock_from(cells: &Cells, departments: &[i64]) -> Stock {
    let mut by_code: BTreeMap<&'static str, u64> = BTreeMap::new();
    let (mut awaiting, mut no_answer) = (0, 0);
    for ((department_id, status), n) in cells {
        if !departments.contains(department_id) {
            continue;
        }
        match status.as_str() {
            "awaiting" => awaiting += n,
            "no_answer" => no_answer += n,
            code => *by_code.entry(base_code(code).0).or_default() += n,
        }
    }
    let mut sheet = Sheet::default();
    let (groups, codes, confirmed) = status_cells(&mut sheet, &by_code);
    let awaiting = sheet.cell(awaiting);
    let no_answer = sheet.cell(no_answer);
    let people = sheet.sum(&[confirmed, awaiting, no_answer]);
    let not_confirmed = sheet.unshown_sum(&[awaiting, no_answer]);
    sheet.equation(people, &[confirmed, not_confirmed]);
    let s = sheet.suppress();
    Stock {
        people: s.count(people),
        confirmed: s.count(confirmed),
        awaiting_confirmation: s.count(awaiting),
        no_answer: s.count(no_answer),
        by_group: s.table(&groups, confirmed),
        by_code: s.table(&codes, confirmed),
    }
}

/// How long the worker's count of «today» stands for now; an older one (the worker is not
/// running) is counted anew for the page.
pub const STATUS_NOW_FRESH_SECONDS: i64 = 5 * 60;

/// Counts «today» again for every county and keeps it for the numbers page (the worker does
/// this every minute: counting everyone on each page view costs too much). A count older than
/// one already kept (another instance was quicker) is dropped. Returns the counties counted.
pub async fn refresh_status_now(db: &Db, now: DateTime<Utc>) -> DomainResult<Vec<i64>> {
    let mut counted = Vec::new();
    for county_id in county::ids(db).await? {
        let cells = people_at(db, county_id, now).await?;
        let kept = transaction!(db, |tx| {
            // The county's row orders racing instances: the newest count wins.
            let newer = sqlx::query(
                "UPDATE county SET status_counted_at = $2 WHERE id = $1 \
                 AND (status_counted_at IS NULL OR status_counted_at < $2)",
            )
            .bind(county_id)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected()
                > 0;
            if newer {
                sqlx::query("DELETE FROM status_now WHERE county_id = $1")
                    .bind(county_id)
                    .execute(&mut *tx)
                    .await?;
                for ((department_id, status), people) in &cells {
                    sqlx::query(
                        "INSERT INTO status_now (county_id, department_id, status, people) VALUES ($1, $2, $3, $4)",
                    )
                    .bind(county_id)
                    .bind(department_id)
                    .bind(status)
                    .bind(*people as i64)
                    .execute(&mut *tx)
                    .await?;
                }
            }
            newer
        });
        if kept {
            counted.push(county_id);
        }
    }
    Ok(counted)
}

/// «Today»: the worker's count when it is fresh, else counted now. Returns the cells and the
/// instant they describe.
async fn people_now(
    db: &Db,
    county_id: i64,
    now: DateTime<Utc>,
) -> DomainResult<(Cells, DateTime<Utc>)> {
    let counted = sql!(
        db, scalar_optional Option<DateTime<Utc>>,
        "SELECT status_counted_at FROM county WHERE id = $1",
        county_id
    )?
    .flatten();
    if let Some(at) =
        counted.filter(|at| *at <= now && (now - *at).num_seconds() <= STATUS_NOW_FRESH_SECONDS)
    {
        let cells = sql!(
            db, fetch_all CellRow,
            "SELECT department_id, status, people FROM status_now WHERE county_id = $1",
            county_id
        )?;
        let cells = cells
            .into_iter()
            .map(|c| ((c.department_id, c.status), c.people.max(0) as u64))
            .collect();
        return Ok((cells, at));
    }
    Ok((people_at(db, county_id, now).await?, now))
}

/// Today's status of everyone known in `departments`, and the instant it describes.
pub(crate) async fn stock_of(
    db: &Db,
    county_id: i64,
    departments: &[i64],
    now: DateTime<Utc>,
) -> DomainResult<(Stock, DateTime<Utc>)> {
    let (cells, at) = people_now(db, county_id, now).await?;
    Ok((stock_from(&cells, departments), at))
}

/// The status of everyone known now (the worker's count of the last minutes), in the scope
/// (optionally one department of it).
pub async fn stock_now(
    db: &Db,
    county_id: i64,
    scope: Scope,
    department_id: Option<i64>,
    now: DateTime<Utc>,
) -> DomainResult<Stock> {
    let ids = ids(&covered(db, county_id, scope, department_id).await?);
    Ok(stock_of(db, county_id, &ids, now).await?.0)
}

fn ids(departments: &[crate::department::Department]) -> Vec<i64> {
    departments.iter().map(|d| d.id).collect()
}

/// The end of a count date in Oslo.
fn end_of(count_date: NaiveDate) -> DateTime<Utc> {
    booking::instant(count_date + Duration::days(1), NaiveTime::MIN, true)
}

/// Takes the snapshot of `count_date` for a county, once: true if this call took it, false if
/// it was there already. Refused before the count date is over.
pub async fn take_snapshot(
    db: &Db,
    county_id: i64,
    count_date: NaiveDate,
    now: DateTime<Utc>,
) -> DomainResult<bool> {
    let as_of = end_of(count_date);
    if as_of > now {
        return Err(DomainError::Invalid {
            field: "count_date",
            reason: "not over yet",
        });
    }
    let cells = people_at(db, county_id, as_of).await?;
    let taken = transaction!(db, |tx| {
        // The unique (county, date) makes a second taker (another instance, a restart) a no-op.
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO count_snapshot (county_id, count_date, as_of, taken_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (county_id, count_date) DO NOTHING RETURNING id",
        )
        .bind(county_id)
        .bind(count_date)
        .bind(as_of)
        .bind(now)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some(id) = id {
            for ((department_id, status), people) in &cells {
                sqlx::query(
                    "INSERT INTO count_snapshot_cell (snapshot_id, department_id, status, people) VALUES ($1, $2, $3, $4)",
                )
                .bind(id)
                .bind(department_id)
                .bind(status)
                .bind(*people as i64)
                .execute(&mut *tx)
                .await?;
            }
        }
        id.is_some()
    });
    Ok(taken)
}

/// For every county, the snapshot of its newest count date that has passed, if it is not
/// taken yet (the worker calls this every round; a start after a missed date catches up on
/// it). Returns what was taken.
pub async fn take_due_snapshots(
    db: &Db,
    now: DateTime<Utc>,
) -> DomainResult<Vec<(i64, NaiveDate)>> {
    let mut taken = Vec::new();
    for county_id in county::ids(db).await? {
        let Some(date) = count_dates(db, county_id).await?.latest_passed(now) else {
            continue;
        };
        let exists = sql!(
            db, scalar_optional i64,
            "SELECT id FROM count_snapshot WHERE county_id = $1 AND count_date = $2",
            county_id, date
        )?;
        if exists.is_none() && take_snapshot(db, county_id, date, now).await? {
            taken.push((county_id, date));
        }
    }
    Ok(taken)
}

#[derive(sqlx::FromRow)]
struct SnapshotRow {
    id: i64,
    count_date: NaiveDate,
    as_of: DateTime<Utc>,
    taken_at: DateTime<Utc>,
}

#[derive(sqlx::FromRow)]
struct CellRow {
    department_id: i64,
    status: String,
    people: i64,
}

/// People by (department, status), before suppression.
pub(crate) type Cells = BTreeMap<(i64, String), u64>;

/// A stored snapshot with its raw cells.
pub(crate) struct RawSnapshot {
    pub count_date: NaiveDate,
    pub as_of: DateTime<Utc>,
    pub taken_at: DateTime<Utc>,
    pub cells: Cells,
}

/// The snapshots of a county, newest first (at most `limit`), with their raw cells.
pub(crate) async fn snapshot_cells(
    db: &Db,
    county_id: i64,
    limit: i64,
) -> DomainResult<Vec<RawSnapshot>> {
    let headers = sql!(
        db, fetch_all SnapshotRow,
        "SELECT id, count_date, as_of, taken_at FROM count_snapshot WHERE county_id = $1 \
         ORDER BY count_date DESC LIMIT $2",
        county_id, limit
    )?;
    let mut out = Vec::with_capacity(headers.len());
    for h in headers {
        let cells = sql!(
            db, fetch_all CellRow,
            "SELECT department_id, status, people FROM count_snapshot_cell WHERE snapshot_id = $1",
            h.id
        )?;
        let cells = cells
            .into_iter()
            .map(|c| ((c.department_id, c.status), c.people.max(0) as u64))
            .collect();
        out.push(RawSnapshot {
            count_date: h.count_date,
            as_of: h.as_of,
            taken_at: h.taken_at,
            cells,
        });
    }
    Ok(out)
}

fn snapshot(raw: &RawSnapshot, departments: &[i64]) -> CountSnapshot {
    CountSnapshot {
        count_date: raw.count_date,
        as_of: raw.as_of,
        taken_at: raw.taken_at,
        stock: stock_from(&raw.cells, departments),
    }
}

pub(crate) async fn latest_of(
    db: &Db,
    county_id: i64,
    departments: &[i64],
) -> DomainResult<Option<CountSnapshot>> {
    Ok(snapshot_cells(db, county_id, 1)
        .await?
        .first()
        .map(|s| snapshot(s, departments)))
}

/// The newest count date's snapshot, in the scope (optionally one department of it).
pub async fn latest_snapshot(
    db: &Db,
    county_id: i64,
    scope: Scope,
    department_id: Option<i64>,
) -> DomainResult<Option<CountSnapshot>> {
    let ids = ids(&covered(db, county_id, scope, department_id).await?);
    latest_of(db, county_id, &ids).await
}

/// Every count date's snapshot, newest first, in the scope: for laying dates side by side.
pub async fn count_snapshots(
    db: &Db,
    county_id: i64,
    scope: Scope,
    department_id: Option<i64>,
) -> DomainResult<Vec<CountSnapshot>> {
    let ids = ids(&covered(db, county_id, scope, department_id).await?);
    Ok(snapshot_cells(db, county_id, 1000)
        .await?
        .iter()
        .map(|s| snapshot(s, &ids))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn oslo(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        booking::instant(
            date(y, m, d),
            NaiveTime::from_hms_opt(h, min, 0).unwrap(),
            true,
        )
    }

    #[test]
    fn count_dates_parse_like_closed_days() {
        let dates = CountDates::parse(CountDates::DEFAULT).unwrap();
        assert_eq!(dates.to_string(), "11-15,02-15,06-15");
        assert_eq!(CountDates::parse("").unwrap(), CountDates::default());
        assert_eq!(
            CountDates::parse(" 02-29 , 02-29").unwrap().to_string(),
            "02-29"
        );
        for bad in ["15.11", "11-31", "13-01", "1-15", "11-15,x"] {
            assert!(CountDates::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_latest_count_date_is_the_newest_whole_day_gone() {
        let dates = CountDates::parse(CountDates::DEFAULT).unwrap();
        // On the count date itself the day is not over: the one before counts.
        assert_eq!(
            dates.latest_passed(oslo(2026, 11, 15, 23, 59)),
            Some(date(2026, 6, 15))
        );
        assert_eq!(
            dates.latest_passed(oslo(2026, 11, 16, 0, 0)),
            Some(date(2026, 11, 15))
        );
        // Early in a year, last year's November.
        assert_eq!(
            dates.latest_passed(oslo(2027, 1, 10, 12, 0)),
            Some(date(2026, 11, 15))
        );
        assert_eq!(
            CountDates::default().latest_passed(oslo(2027, 1, 10, 12, 0)),
            None
        );
        // 29 February counts in leap years only.
        let leap = CountDates::parse("02-29").unwrap();
        assert_eq!(
            leap.latest_passed(oslo(2029, 1, 10, 12, 0)),
            Some(date(2028, 2, 29))
        );
        // Nothing older than last year's first day is taken late.
        assert_eq!(leap.latest_passed(oslo(2030, 1, 10, 12, 0)), None);
        assert_eq!(
            leap.latest_passed(oslo(2028, 3, 1, 0, 0)),
            Some(date(2028, 2, 29))
        );
        assert_eq!(
            dates.between(date(2026, 1, 1), date(2027, 1, 1)),
            [date(2026, 2, 15), date(2026, 6, 15), date(2026, 11, 15)]
        );
        assert_eq!(end_of(date(2026, 11, 15)), oslo(2026, 11, 16, 0, 0));
    }
}
