//! Days on which no time is offered: Norway's public holidays (helligdager, with Easter
//! computed) and the days the county closes its offices (by default 24 and 31 December).

use chrono::{Datelike, Duration, NaiveDate};

use crate::{
    db::{sql, Db},
    error::{DomainError, DomainResult},
};

/// Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, as in Meeus).
pub fn easter_sunday(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).expect("Easter is a real date")
}

/// Whether `date` is a public holiday in Norway (lov om helligdager og helligdagsfred § 2, and
/// 1 and 17 May by lov om 1. og 17. mai som høgtidsdagar).
pub fn is_public_holiday(date: NaiveDate) -> bool {
    let fixed = matches!(
        (date.month(), date.day()),
        (1, 1) | (5, 1) | (5, 17) | (12, 25) | (12, 26)
    );
    // Maundy Thursday, Good Friday, Easter Sunday and Monday, Ascension Day, Whit Sunday and Monday.
    let from_easter = (date - easter_sunday(date.year())).num_days();
    fixed || matches!(from_easter, -3 | -2 | 0 | 1 | 39 | 49 | 50)
}

/// The county's own closed days, each a day of the year (month, day).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClosedDays(Vec<(u32, u32)>);

impl ClosedDays {
    /// Parses `MM-DD` days separated by commas, e.g. `12-24,12-31`; empty for none.
    pub fn parse(text: &str) -> DomainResult<ClosedDays> {
        let mut days = Vec::new();
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (month, day) = part
                .split_once('-')
                .and_then(|(m, d)| Some((m.parse::<u32>().ok()?, d.parse::<u32>().ok()?)))
                // A leap year, so that 29 February may be named.
                .filter(|&(m, d)| NaiveDate::from_ymd_opt(2024, m, d).is_some())
                .ok_or(DomainError::Invalid {
                    field: "closed_days",
                    reason: "not MM-DD",
                })?;
            days.push((month, day));
        }
        Ok(ClosedDays(days))
    }

    /// Whether no time is offered on `date`: a public holiday or a closed day of the county.
    pub fn is_closed(&self, date: NaiveDate) -> bool {
        is_public_holiday(date) || self.0.contains(&(date.month(), date.day()))
    }
}

/// The closed days of a county.
pub async fn closed_days(db: &Db, county_id: i64) -> DomainResult<ClosedDays> {
    let text = sql!(db, scalar String, "SELECT closed_days FROM county WHERE id = $1", county_id)?;
    ClosedDays::parse(&text)
}

/// Sets the closed days of a county (`MM-DD`, comma-separated; empty for none).
pub async fn set_closed_days(db: &Db, county_id: i64, text: &str) -> DomainResult<()> {
    ClosedDays::parse(text)?;
    sql!(
        db,
        execute,
        "UPDATE county SET closed_days = $1 WHERE id = $2",
        text.trim(),
        county_id
    )?;
    Ok(())
}

/// The public holidays of `year`, in order (for the tests and anyone who wants the list).
pub fn public_holidays(year: i32) -> Vec<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, 1, 1).expect("1 January");
    (0..366)
        .map(|n| first + Duration::days(n))
        .take_while(|d| d.year() == year)
        .filter(|d| is_public_holiday(*d))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn easter_falls_where_the_almanac_says() {
        for (year, easter) in [
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2026, "2026-04-05"),
            (2027, "2027-03-28"),
            (2038, "2038-04-25"),
            (2285, "2285-03-22"),
        ] {
            assert_eq!(easter_sunday(year), date(easter), "{year}");
        }
    }

    #[test]
    fn norway_has_twelve_public_holidays_a_year() {
        let days: Vec<String> = public_holidays(2027)
            .iter()
            .map(|d| d.to_string())
            .collect();
        assert_eq!(
            days,
            [
                "2027-01-01",
                "2027-03-25",
                "2027-03-26",
                "2027-03-28",
                "2027-03-29",
                "2027-05-01",
                "2027-05-06",
                "2027-05-16",
                "2027-05-17",
                "2027-12-25",
                "2027-12-26",
            ]
        );
        // 2027: Whit Monday is 17 May, so the year has eleven distinct days.
        assert_eq!(public_holidays(2026).len(), 12);
        assert!(!is_public_holiday(date("2026-12-24")));
    }

    #[test]
    fn the_countys_closed_days_come_on_top() {
        let closed = ClosedDays::parse("12-24, 12-31").unwrap();
        assert!(closed.is_closed(date("2026-12-24")));
        assert!(closed.is_closed(date("2026-12-25")));
        assert!(closed.is_closed(date("2026-12-31")));
        assert!(!closed.is_closed(date("2026-12-23")));
        assert!(!ClosedDays::parse("").unwrap().is_closed(date("2026-12-24")));
        assert!(ClosedDays::parse("02-29").is_ok());
        assert!(ClosedDays::parse("13-01").is_err());
        assert!(ClosedDays::parse("24.12").is_err());
    }
}
