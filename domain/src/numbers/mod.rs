//! The numbers: is OT reaching everyone? Counts of what happened to contact requests, answers,
//! bookings and council input in a period, the status of everyone the portal knows on Udir's
//! count dates, and the county's public figures.
//!
//! Figures are counts, never lists of people, and every count a page shows has been through
//! [`suppress`] (see `suppress.rs` for the rule): the types here carry [`Count`] and
//! [`Measure`], never a raw number, so the table, the chart and the CSV show the same thing.
//!
//! A period is `[from, to)` in Europe/Oslo dates. Its figures are those of the requests
//! (bookings, call-me requests, council input) made in it, with what became of them by the
//! period's end, or by now when the period has not ended: an answer that arrives after the end
//! is not in the period's figures. Staff see what their scope reaches (an advisor their
//! departments, a coordinator or an administrator the county), optionally one department of it.
//!
//! One file per part: `suppress` (the cell types and the suppression), `figures` (the staff
//! page), `count_date` (count dates and their snapshots, and the status of everyone known at an
//! instant), `public` (the figures on `/{lang}/tall`).

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{
    booking,
    contact_request::Scope,
    db::{sql, Db},
    department::Department,
    error::{DomainError, DomainResult},
    staff::{Role, Staff},
};

mod count_date;
mod figures;
mod public;
mod suppress;

pub use count_date::{
    count_dates, count_snapshots, latest_snapshot, refresh_status_now, set_count_dates, stock_now,
    take_due_snapshots, take_snapshot, CountDates, CountSnapshot, Stock, STATUS_NOW_FRESH_SECONDS,
};
pub use figures::{
    staff_numbers, AgeBand, Breakdown, BreakdownRow, Council, Meetings, Reach, StaffNumbers, Status,
};
pub use public::{public_numbers, PublicCount, PublicNumbers};
pub use suppress::{quantile, suppress, Count, Measure, RawTable, Row, Table, THRESHOLD};

/// The longest period the page asks for: a few school years is plenty, and it bounds the work.
pub const MAX_PERIOD_DAYS: i64 = 5 * 366;

/// A period of whole days in Europe/Oslo, `[from, to)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub from: NaiveDate,
    /// The first day after the period.
    pub to: NaiveDate,
}

impl Period {
    pub fn new(from: NaiveDate, to: NaiveDate) -> DomainResult<Period> {
        if from >= to {
            return Err(DomainError::Invalid {
                field: "to",
                reason: "not after from",
            });
        }
        if (to - from).num_days() > MAX_PERIOD_DAYS {
            return Err(DomainError::Invalid {
                field: "from",
                reason: "too long",
            });
        }
        Ok(Period { from, to })
    }

    /// The school year `today` is in: 1 August to 1 August.
    pub fn school_year_of(today: NaiveDate) -> Period {
        let start_year = if today.month() >= 8 {
            today.year()
        } else {
            today.year() - 1
        };
        let first = |year| NaiveDate::from_ymd_opt(year, 8, 1).unwrap_or(today);
        Period {
            from: first(start_year),
            to: first(start_year + 1),
        }
    }

    /// The twelve months up to and including `today`.
    pub fn twelve_months_to(today: NaiveDate) -> Period {
        let to = today + Duration::days(1);
        Period {
            from: years_before(to, 1),
            to,
        }
    }

    /// The first instant of the period (midnight in Oslo, whatever the clocks do that day).
    pub fn starts(&self) -> DateTime<Utc> {
        booking::instant(self.from, NaiveTime::MIN, true)
    }

    /// The first instant after the period.
    pub fn ends(&self) -> DateTime<Utc> {
        booking::instant(self.to, NaiveTime::MIN, true)
    }

    /// The period's last day: ages are counted on it.
    pub fn last_day(&self) -> NaiveDate {
        self.to.pred_opt().unwrap_or(self.to)
    }
}

/// The same day `years` earlier; 29 February becomes the 28th.
pub(crate) fn years_before(date: NaiveDate, years: i32) -> NaiveDate {
    date.with_year(date.year() - years)
        .or_else(|| NaiveDate::from_ymd_opt(date.year() - years, date.month(), 28))
        .unwrap_or(date)
}

/// Who may see the numbers, and of what: an advisor their departments, a coordinator and an
/// administrator the county (counts name nobody). The council coordinator sees none.
pub fn scope_of(staff: &Staff) -> Option<Scope> {
    match staff.role {
        Role::Advisor => Some(Scope::DepartmentsOf(staff.id)),
        Role::Coordinator | Role::Administrator => Some(Scope::County),
        Role::CouncilCoordinator => None,
    }
}

/// The departments a scope reaches, by name: the page's department filter offers these.
pub async fn departments_in_scope(
    db: &Db,
    county_id: i64,
    scope: Scope,
) -> DomainResult<Vec<Department>> {
    Ok(sql!(
        db, fetch_all Department,
        "SELECT id, county_id, slug, name, street_address, postal_code, city, phone, email FROM department \
         WHERE county_id = $1 AND ($2 IS NULL OR id IN (SELECT department_id FROM staff_department WHERE staff_id = $2)) \
         ORDER BY name, id",
        county_id,
        scope.advisor()
    )?)
}

/// The departments the figures cover: the scope's, or the one asked for if the scope reaches
/// it. A department outside the scope is «not found», as if it did not exist.
pub(crate) async fn covered(
    db: &Db,
    county_id: i64,
    scope: Scope,
    department_id: Option<i64>,
) -> DomainResult<Vec<Department>> {
    let all = departments_in_scope(db, county_id, scope).await?;
    match department_id {
        None => Ok(all),
        Some(id) => {
            let one: Vec<Department> = all.into_iter().filter(|d| d.id == id).collect();
            if one.is_empty() {
                Err(DomainError::NotFound)
            } else {
                Ok(one)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn periods_are_whole_oslo_days_whatever_the_clocks_do() {
        // Summer time begins on 29 March 2026 and ends on 25 October 2026.
        let p = Period::new(date(2026, 3, 29), date(2026, 10, 25)).unwrap();
        assert_eq!(p.starts().to_rfc3339(), "2026-03-28T23:00:00+00:00");
        assert_eq!(p.ends().to_rfc3339(), "2026-10-24T22:00:00+00:00");
        assert_eq!(p.last_day(), date(2026, 10, 24));
        assert!(Period::new(p.to, p.from).is_err());
        assert!(Period::new(p.from, p.from).is_err());
        assert!(Period::new(date(2020, 1, 1), date(2026, 1, 1)).is_err());
    }

    #[test]
    fn school_years_and_twelve_months() {
        assert_eq!(
            Period::school_year_of(date(2026, 12, 6)),
            Period {
                from: date(2026, 8, 1),
                to: date(2027, 8, 1)
            }
        );
        assert_eq!(
            Period::school_year_of(date(2027, 7, 31)).from,
            date(2026, 8, 1)
        );
        assert_eq!(
            Period::twelve_months_to(date(2026, 12, 6)),
            Period {
                from: date(2025, 12, 7),
                to: date(2026, 12, 7)
            }
        );
        assert_eq!(years_before(date(2028, 2, 29), 18), date(2010, 2, 28));
    }
}
