//! The year plan (årshjul) on the public page: upcoming meetings and published hearings'
//! deadlines, read from their own tables so they are never entered twice, and the other
//! dates the coordinator keeps here (reports to the county's education committee, anything
//! else).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{as_coordinator, coordinator_event, today, Refusal};
use crate::{
    audit,
    db::{sql, write_transaction, Db},
    error::{DomainError, DomainResult},
    staff::Staff,
};

pub const TITLE_MAX: usize = 200;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanKind {
    Meeting,
    HearingDeadline,
    ReportToCommittee,
    Other,
}

impl PlanKind {
    pub const ALL: [PlanKind; 4] = [
        PlanKind::Meeting,
        PlanKind::HearingDeadline,
        PlanKind::ReportToCommittee,
        PlanKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PlanKind::Meeting => "meeting",
            PlanKind::HearingDeadline => "hearing_deadline",
            PlanKind::ReportToCommittee => "report_to_committee",
            PlanKind::Other => "other",
        }
    }

    pub fn parse(code: &str) -> Option<PlanKind> {
        PlanKind::ALL.into_iter().find(|k| k.as_str() == code)
    }

    /// Whether the coordinator keeps entries of this kind in the plan itself (meetings and
    /// deadlines come from their own tables).
    pub fn is_kept_in_plan(self) -> bool {
        matches!(self, PlanKind::ReportToCommittee | PlanKind::Other)
    }
}

impl TryFrom<String> for PlanKind {
    type Error = String;
    fn try_from(code: String) -> Result<Self, String> {
        PlanKind::parse(&code).ok_or(code)
    }
}

/// A date the coordinator keeps in the plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct PlanItem {
    pub id: i64,
    pub on_date: NaiveDate,
    #[sqlx(try_from = "String")]
    pub kind: PlanKind,
    pub title: String,
}

/// One line of the public year plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanEntry {
    /// The date in Europe/Oslo.
    pub on_date: NaiveDate,
    /// The meeting's start or the hearing's deadline; `None` for a plan item (a whole day).
    pub at: Option<DateTime<Utc>>,
    pub kind: PlanKind,
    pub title: String,
}

/// Adds a report to the committee or another date; meetings and hearing deadlines are refused
/// (`Invalid { field: "kind", reason: "own_table" }`): they enter the plan by themselves.
pub async fn add(
    db: &Db,
    coordinator: &Staff,
    on_date: NaiveDate,
    kind: PlanKind,
    title: &str,
    now: DateTime<Utc>,
) -> DomainResult<Result<PlanItem, Refusal>> {
    as_coordinator!(db, coordinator);
    if !kind.is_kept_in_plan() {
        return Err(DomainError::Invalid {
            field: "kind",
            reason: "own_table",
        });
    }
    let title = super::title(title, TITLE_MAX)?;
    let item = write_transaction!(db, |tx| {
        let item = sqlx::query_as::<_, PlanItem>(
            "INSERT INTO council_plan_item (county_id, on_date, kind, title, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, on_date, kind, title",
        )
        .bind(coordinator.county_id)
        .bind(on_date)
        .bind(kind.as_str())
        .bind(&title)
        .bind(coordinator.id)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        let event = coordinator_event(
            coordinator,
            "council.plan.add",
            ("council_plan_item", item.id),
            String::new(),
        );
        audit::record_in!(&mut *tx, &event, now);
        item
    });
    Ok(Ok(item))
}

pub async fn remove(
    db: &Db,
    coordinator: &Staff,
    item_id: i64,
    now: DateTime<Utc>,
) -> DomainResult<Result<(), Refusal>> {
    as_coordinator!(db, coordinator);
    write_transaction!(db, |tx| {
        let removed = sqlx::query("DELETE FROM council_plan_item WHERE id = $1 AND county_id = $2")
            .bind(item_id)
            .bind(coordinator.county_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if removed == 0 {
            return Err(DomainError::NotFound);
        }
        let event = coordinator_event(
            coordinator,
            "council.plan.remove",
            ("council_plan_item", item_id),
            String::new(),
        );
        audit::record_in!(&mut *tx, &event, now);
    });
    Ok(Ok(()))
}

/// The dates the coordinator keeps, past ones included, by date.
pub async fn items(db: &Db, coordinator: &Staff) -> DomainResult<Result<Vec<PlanItem>, Refusal>> {
    as_coordinator!(db, coordinator);
    Ok(Ok(sql!(
        db, fetch_all PlanItem,
        "SELECT id, on_date, kind, title FROM council_plan_item WHERE county_id = $1 ORDER BY on_date, id",
        coordinator.county_id
    )?))
}

/// The public year plan from today on: meetings not yet begun, deadlines of published hearings
/// not yet passed, and the coordinator's own dates from today; by date and time.
pub async fn year_plan(
    db: &Db,
    county_id: i64,
    now: DateTime<Utc>,
) -> DomainResult<Vec<PlanEntry>> {
    #[derive(sqlx::FromRow)]
    struct Timed {
        at: DateTime<Utc>,
        title: String,
    }
    let meetings = sql!(
        db, fetch_all Timed,
        "SELECT starts_at AS at, title FROM council_meeting WHERE county_id = $1 AND starts_at >= $2",
        county_id, now
    )?;
    let deadlines = sql!(
        db, fetch_all Timed,
        "SELECT deadline_at AS at, title FROM council_hearing \
         WHERE county_id = $1 AND published_at IS NOT NULL AND deadline_at >= $2",
        county_id, now
    )?;
    let items = sql!(
        db, fetch_all PlanItem,
        "SELECT id, on_date, kind, title FROM council_plan_item WHERE county_id = $1 AND on_date >= $2",
        county_id, today(now)
    )?;
    let timed = |kind: PlanKind| {
        move |t: Timed| PlanEntry {
            on_date: today(t.at),
            at: Some(t.at),
            kind,
            title: t.title,
        }
    };
    let mut plan: Vec<PlanEntry> = meetings
        .into_iter()
        .map(timed(PlanKind::Meeting))
        .chain(deadlines.into_iter().map(timed(PlanKind::HearingDeadline)))
        .chain(items.into_iter().map(|i| PlanEntry {
            on_date: i.on_date,
            at: None,
            kind: i.kind,
            title: i.title,
        }))
        .collect();
    plan.sort_by(|a, b| {
        (a.on_date, a.at, a.kind.as_str(), &a.title).cmp(&(
            b.on_date,
            b.at,
            b.kind.as_str(),
            &b.title,
        ))
    });
    Ok(plan)
}
