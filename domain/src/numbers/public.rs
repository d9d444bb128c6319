//! The county's own figures on the public page `/{lang}/tall`: the answer rate and the median
//! days to an answer over the last twelve months, and the status groups at the last count
//! date, suppressed as on the staff page.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{
    count_date::snapshot_cells,
    figures::{base_code, cohort, reach_cells, Bounds},
    suppress::{Count, Measure, Sheet, Table},
    Period,
};
use crate::{
    booking::ZONE, contact_request::Scope, db::Db, error::DomainResult, status_code::MainGroup,
};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PublicNumbers {
    /// The twelve months up to and including today.
    pub period: Period,
    pub sent: Count,
    pub answered: Count,
    pub answer_rate: Measure,
    pub median_days_to_answer: Measure,
    /// The status groups at the latest count date, if one has been taken.
    pub count_date: Option<PublicCount>,
}

/// Everyone the portal knew at a count date, by Udir's main group (codes are for staff).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicCount {
    pub count_date: NaiveDate,
    /// People = the groups' total + awaiting confirmation + no answer.
    pub people: Count,
    pub awaiting_confirmation: Count,
    pub no_answer: Count,
    /// `MainGroup::as_str` in Udir's order; the total is those with a confirmed code.
    pub by_group: Table,
}

/// The public figures of a county at `now`.
pub async fn public_numbers(
    db: &Db,
    county_id: i64,
    now: DateTime<Utc>,
) -> DomainResult<PublicNumbers> {
    let period = Period::twelve_months_to(now.with_timezone(&ZONE).date_naive());
    let cohort = cohort(db, Bounds::new(county_id, Scope::County, None, period, now)).await?;
    let mut sheet = Sheet::default();
    let reach = reach_cells(&mut sheet, &cohort);
    let s = sheet.suppress();
    let figures = reach.reach(&s);

    let count_date = snapshot_cells(db, county_id, 1)
        .await?
        .into_iter()
        .next()
        .map(|snapshot| {
            let mut groups = [0u64; 5];
            let (mut awaiting, mut no_answer) = (0, 0);
            for ((_, status), n) in &snapshot.cells {
                match status.as_str() {
                    "awaiting" => awaiting += n,
                    "no_answer" => no_answer += n,
                    code => groups[base_code(code).1.number() as usize - 1] += n,
                }
            }
            let mut sheet = Sheet::default();
            let rows: Vec<(String, _)> = MainGroup::ALL
                .iter()
                .zip(groups)
                .map(|(g, n)| (g.as_str().to_string(), sheet.cell(n)))
                .collect();
            let confirmed = sheet.sum(&rows.iter().map(|(_, id)| *id).collect::<Vec<_>>());
            let awaiting = sheet.cell(awaiting);
            let no_answer = sheet.cell(no_answer);
            let people = sheet.sum(&[confirmed, awaiting, no_answer]);
            let not_confirmed = sheet.unshown_sum(&[awaiting, no_answer]);
            sheet.equation(people, &[confirmed, not_confirmed]);
            let s = sheet.suppress();
            PublicCount {
                count_date: snapshot.count_date,
                people: s.count(people),
                awaiting_confirmation: s.count(awaiting),
                no_answer: s.count(no_answer),
                by_group: s.table(&rows, confirmed),
            }
        });
    Ok(PublicNumbers {
        period,
        sent: figures.sent,
        answered: figures.answered,
        answer_rate: figures.answer_rate,
        median_days_to_answer: figures.median_days_to_answer,
        count_date,
    })
}
