//! The staff numbers page: reach, status, meetings, the OT-råd and the breakdowns for a period,
//! with today's status and the latest count date beside them.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{
    count_date::{self, CountSnapshot, Stock},
    covered,
    suppress::{CellId, Count, Measure, Quantiles, Sheet, Suppressed, Table},
    years_before, Period,
};
use crate::{
    booking::BookingState,
    contact_request::{Scope, LANGUAGES},
    db::{sql, Backend, Db},
    error::DomainResult,
    status_code::{MainGroup, KODEVERK},
};

/// Everything the staff numbers page shows, suppressed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffNumbers {
    pub period: Period,
    /// The department asked for, if one was.
    pub department_id: Option<i64>,
    /// What the figures know up to: the period's end, or now while it lasts.
    pub as_of: DateTime<Utc>,
    pub reach: Reach,
    pub status: Status,
    pub meetings: Meetings,
    /// The OT-råd belongs to the county, not to an office: shown for the whole county only.
    pub council: Option<Council>,
    /// The requests sent, answered and the answer rate by age on the period's last day.
    pub by_age: Breakdown,
    /// … by the language the request was written in (`contact_request::LANGUAGES` order).
    pub by_language: Breakdown,
    /// … by office (the department's name), in the scope.
    pub by_office: Breakdown,
    /// The status of everyone the portal knows, now, in the same scope.
    pub today: Stock,
    /// When `today` was counted: the worker counts it every minute.
    pub today_as_of: DateTime<Utc>,
    /// The latest count date's snapshot, in the same scope, to lay beside `today`.
    pub count_date: Option<CountSnapshot>,
}

/// Contact requests sent in the period and what came of them by its end.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reach {
    /// Sent = answered + unanswered + withdrawn.
    pub sent: Count,
    pub answered: Count,
    /// Neither answered nor withdrawn.
    pub unanswered: Count,
    /// Withdrawn by OT before any answer.
    pub withdrawn: Count,
    /// Of the unanswered, those on the call list (their reminders used up).
    pub on_call_list: Count,
    /// Answered / sent.
    pub answer_rate: Measure,
    /// Days from the request to the answer.
    pub median_days_to_answer: Measure,
    pub p90_days_to_answer: Measure,
    /// The answered by the channel that reached them: `sms` and `email` (by the link in that
    /// message) and `letter` (by the letter's code); `unknown` (answers from before the portal
    /// recorded it) only when there are any.
    pub by_channel: Table,
    /// The answered by the route: `link` (in an SMS or an e-mail; `unknown` counts here) and
    /// `letter_code`.
    pub by_route: Table,
    /// The answered by the reminders sent before the answer: `none`, `first`, `second`,
    /// `third_or_later`.
    pub by_reminder: Table,
}

/// The codes confirmed by the end of the period for the answers to its requests.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Status {
    /// Answered = confirmed + awaiting confirmation.
    pub confirmed: Count,
    /// Answers an advisor has not confirmed a code for yet.
    pub awaiting_confirmation: Count,
    /// Udir's five main groups (`MainGroup::as_str`, in Udir's order); the total is `confirmed`.
    pub by_group: Table,
    /// Every code of the kodeverk in its order, «via» counted with its code.
    pub by_code: Table,
}

/// Bookings asked for in the period, by the state they had at its end.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Meetings {
    pub requests: Count,
    /// Every `BookingState::as_str`; the total is `requests`.
    pub by_state: Table,
    /// Confirmed at some point: still confirmed, completed, no-show, or cancelled after.
    pub confirmed: Count,
    /// Hours from the request to its confirmation (times an advisor proposed, confirmed as
    /// they were made, are left out).
    pub median_hours_to_confirmation: Measure,
    /// «None of these times fit: call me».
    pub callbacks: Count,
}

/// The OT-råd's input received in the period, and OT's answers by its end.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Council {
    /// Received = answered + waiting (withdrawn input is left out).
    pub received: Count,
    pub answered: Count,
    pub waiting: Count,
    pub median_days_to_answer: Measure,
}

/// Age on the period's last day. Those not yet 15 count with 15–17 and those past 24 with
/// 21–24: the target group goes by the year one turns 15 and 24, so they are in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AgeBand {
    From15To17,
    From18To20,
    From21To24,
}

impl AgeBand {
    pub const ALL: [AgeBand; 3] = [
        AgeBand::From15To17,
        AgeBand::From18To20,
        AgeBand::From21To24,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AgeBand::From15To17 => "15-17",
            AgeBand::From18To20 => "18-20",
            AgeBand::From21To24 => "21-24",
        }
    }
}

/// Requests sent and answered per row, with the answer rate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Breakdown {
    pub rows: Vec<BreakdownRow>,
    /// The same as `Reach`'s sent, answered and rate.
    pub total: BreakdownRow,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BreakdownRow {
    /// An age band (`AgeBand::as_str`), a language code, or an office's name; `total`.
    pub key: String,
    pub sent: Count,
    pub answered: Count,
    pub answer_rate: Measure,
}

/// The SQL that limits rows of `$alias` (a table with `county_id` and `department_id`) to the
/// scope and the department filter: `$1` county, `$2` advisor (scope), `$3` department.
fn in_scope(alias: &str) -> String {
    format!(
        "{alias}.county_id = $1 \
         AND ($2 IS NULL OR {alias}.department_id IN (SELECT department_id FROM staff_department WHERE staff_id = $2)) \
         AND ($3 IS NULL OR {alias}.department_id = $3)"
    )
}

/// One group of requests: department, language, age band and what became of them.
#[derive(sqlx::FromRow)]
struct ReachRow {
    department_id: i64,
    language: String,
    band: i32,
    outcome: String,
    n: i64,
}

/// Answers that arrived by the end, by their channel, the reminders before them and the code
/// confirmed for them by the end.
#[derive(sqlx::FromRow)]
struct AnsweredGroup {
    channel: Option<String>,
    reminders: i64,
    code: Option<String>,
    n: i64,
}

#[derive(sqlx::FromRow)]
struct StateGroup {
    state: String,
    n: i64,
}

/// A value at a sorted position, out of `n` (see [`quantile_query`]).
#[derive(sqlx::FromRow)]
struct Ranked {
    k: i64,
    n: i64,
    s: i64,
}

/// Whole seconds from `earlier` to `later`: the one expression the two dialects write
/// differently (SQLite keeps times as text, PostgreSQL as timestamptz).
fn seconds_between(db: &Db, later: &str, earlier: &str) -> String {
    match db.backend() {
        Backend::Sqlite => {
            format!("CAST(ROUND((julianday({later}) - julianday({earlier})) * 86400) AS INTEGER)")
        }
        Backend::Postgres => {
            format!("CAST(ROUND(EXTRACT(EPOCH FROM ({later} - {earlier}))) AS BIGINT)")
        }
    }
}

/// The sorted values a median and a 90th percentile need, of `seconds` over the rows of
/// `rest` (`FROM … WHERE …`): the database sorts (a window, the same on both) and sends the
/// two neighbours of each position, not every row; the interpolation is done in Rust.
fn quantile_query(seconds: &str, rest: &str) -> String {
    format!(
        "WITH d AS (SELECT {seconds} AS s {rest}), \
         o AS (SELECT s, ROW_NUMBER() OVER (ORDER BY s) - 1 AS k, COUNT(*) OVER () AS n FROM d) \
         SELECT k, n, s FROM o WHERE k = (n - 1) / 2 OR k = n / 2 \
         OR k = (n - 1) * 9 / 10 OR k = ((n - 1) * 9 + 9) / 10"
    )
}

fn quantiles(rows: Vec<Ranked>) -> Quantiles {
    Quantiles {
        n: rows.first().map_or(0, |r| r.n.max(0) as u64),
        at: rows
            .into_iter()
            .map(|r| (r.k.max(0) as u64, r.s as f64))
            .collect(),
    }
}

const DAY: f64 = 86_400.0;
const HOUR: f64 = 3_600.0;

/// Where the figures of one query come from.
#[derive(Clone, Copy)]
pub(crate) struct Bounds {
    pub county_id: i64,
    pub advisor: Option<i64>,
    pub department_id: Option<i64>,
    pub from: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub last_day: NaiveDate,
}

impl Bounds {
    pub(crate) fn new(
        county_id: i64,
        scope: Scope,
        department_id: Option<i64>,
        period: Period,
        now: DateTime<Utc>,
    ) -> Bounds {
        Bounds {
            county_id,
            advisor: scope.advisor(),
            department_id,
            from: period.starts(),
            end: period.ends().min(now),
            last_day: period.last_day(),
        }
    }
}

/// The raw counts of the requests of a period, before any suppression.
pub(crate) struct Cohort {
    rows: Vec<ReachRow>,
    answered: Vec<AnsweredGroup>,
    /// Seconds from request to answer.
    waits: Quantiles,
}

/// Reads the requests of a period: one grouped statement for the counts and the breakdowns,
/// one for the answers by channel, reminders and code, and the sorted waits for the medians.
pub(crate) async fn cohort(db: &Db, b: Bounds) -> DomainResult<Cohort> {
    // Born after these, one is under 18 (under 21) on the period's last day.
    let under_18 = years_before(b.last_day, 18);
    let under_21 = years_before(b.last_day, 21);
    let query = format!(
        "SELECT cr.department_id, cr.language, \
         CASE WHEN cr.birth_date > $6 THEN 0 WHEN cr.birth_date > $7 THEN 1 ELSE 2 END AS band, \
         CASE WHEN a.submitted_at < $5 THEN 'answered' WHEN cr.revoked_at < $5 THEN 'withdrawn' \
              WHEN cr.call_list_at < $5 THEN 'call_list' ELSE 'waiting' END AS outcome, \
         COUNT(*) AS n \
         FROM contact_request cr LEFT JOIN answer a ON a.contact_request_id = cr.id \
         WHERE {} AND cr.created_at >= $4 AND cr.created_at < $5 \
         GROUP BY cr.department_id, cr.language, band, outcome",
        in_scope("cr")
    );
    let rows = sql!(
        db, fetch_all ReachRow, &query,
        b.county_id, b.advisor, b.department_id, b.from, b.end, under_18, under_21
    )?;
    let answered_by_end = format!(
        "FROM contact_request cr JOIN answer a ON a.contact_request_id = cr.id \
         WHERE {} AND cr.created_at >= $4 AND cr.created_at < $5 AND a.submitted_at < $5",
        in_scope("cr")
    );
    // The code an answer had at the end is its newest review before the end: its own code
    // when no review came after (the history is read only for those reviewed again since).
    let query = format!(
        "SELECT a.channel, CASE WHEN cr.reminders_sent > 3 THEN 3 ELSE cr.reminders_sent END AS reminders, \
         CASE WHEN a.reviewed_at < $5 THEN a.status_code \
              WHEN a.handled_at < $5 THEN (SELECT r.status_code FROM answer_review r WHERE r.answer_id = a.id \
                   AND r.at < $5 ORDER BY r.at DESC, r.id DESC LIMIT 1) END AS code, COUNT(*) AS n \
         {answered_by_end} GROUP BY a.channel, reminders, code"
    );
    let answered = sql!(
        db, fetch_all AnsweredGroup, &query,
        b.county_id, b.advisor, b.department_id, b.from, b.end
    )?;
    let query = quantile_query(
        &seconds_between(db, "a.submitted_at", "cr.created_at"),
        &answered_by_end,
    );
    let waits = quantiles(sql!(
        db, fetch_all Ranked, &query,
        b.county_id, b.advisor, b.department_id, b.from, b.end
    )?);
    Ok(Cohort {
        rows,
        answered,
        waits,
    })
}

/// A code of the kodeverk without «via», and its group. A code the kodeverk does not know
/// (none is stored: reviews are checked) would count as unknown activity.
pub(crate) fn base_code(code: &str) -> (&'static str, MainGroup) {
    let code = code.trim_end_matches(" via");
    KODEVERK
        .iter()
        .find(|(c, _)| *c == code)
        .copied()
        .unwrap_or(("OTUK", MainGroup::UnknownActivity))
}

/// Cells for every code and group of the kodeverk, tied together (each group is the sum of its
/// codes, `confirmed` the sum of the groups). Returns (group rows, code rows, confirmed).
pub(crate) type StatusCells = (Vec<(String, CellId)>, Vec<(String, CellId)>, CellId);

pub(crate) fn status_cells(
    sheet: &mut Sheet,
    by_code: &BTreeMap<&'static str, u64>,
) -> StatusCells {
    let codes: Vec<(String, CellId, MainGroup)> = KODEVERK
        .iter()
        .map(|(code, group)| {
            let n = by_code.get(code).copied().unwrap_or(0);
            (code.to_string(), sheet.cell(n), *group)
        })
        .collect();
    let groups: Vec<(String, CellId)> = MainGroup::ALL
        .iter()
        .map(|group| {
            let parts: Vec<CellId> = codes
                .iter()
                .filter(|(_, _, g)| g == group)
                .map(|(_, id, _)| *id)
                .collect();
            (group.as_str().to_string(), sheet.sum(&parts))
        })
        .collect();
    let confirmed = sheet.sum(&groups.iter().map(|(_, id)| *id).collect::<Vec<_>>());
    let codes = codes.into_iter().map(|(code, id, _)| (code, id)).collect();
    (groups, codes, confirmed)
}

/// The reach's own cells, for the staff page and the public one.
pub(crate) struct ReachCells {
    sent: CellId,
    answered: CellId,
    unanswered: CellId,
    withdrawn: CellId,
    on_call_list: CellId,
    by_channel: Vec<(String, CellId)>,
    by_route: Vec<(String, CellId)>,
    by_reminder: Vec<(String, CellId)>,
    waits: Quantiles,
}

pub(crate) fn reach_cells(sheet: &mut Sheet, cohort: &Cohort) -> ReachCells {
    let outcome = |name: &str| -> u64 {
        cohort
            .rows
            .iter()
            .filter(|r| r.outcome == name)
            .map(|r| r.n as u64)
            .sum()
    };
    let answered_where = |keep: &dyn Fn(&AnsweredGroup) -> bool| -> u64 {
        cohort
            .answered
            .iter()
            .filter(|a| keep(a))
            .map(|a| a.n as u64)
            .sum()
    };
    let mut channels: Vec<(String, u64)> = ["sms", "email", "letter"]
        .iter()
        .map(|c| {
            let n = answered_where(&|a| a.channel.as_deref() == Some(*c));
            (c.to_string(), n)
        })
        .collect();
    let unknown = answered_where(&|a| a.channel.is_none());
    if unknown > 0 {
        channels.push(("unknown".into(), unknown));
    }
    let by_channel: Vec<(String, CellId)> = channels
        .into_iter()
        .map(|(k, n)| (k, sheet.cell(n)))
        .collect();
    let (links, letters): (Vec<_>, Vec<_>) = by_channel.iter().partition(|(k, _)| k != "letter");
    let link = sheet.sum(&links.iter().map(|(_, id)| *id).collect::<Vec<_>>());
    let letter = letters.first().map_or_else(|| sheet.cell(0), |(_, id)| *id);
    let by_route = vec![
        ("link".to_string(), link),
        ("letter_code".to_string(), letter),
    ];
    let answered = sheet.sum(&[link, letter]);
    sheet.equation(
        answered,
        &by_channel.iter().map(|(_, id)| *id).collect::<Vec<_>>(),
    );
    debug_assert_eq!(sheet.value(answered), outcome("answered"));
    let by_reminder: Vec<(String, CellId)> = ["none", "first", "second", "third_or_later"]
        .iter()
        .enumerate()
        .map(|(i, key)| {
            let n = answered_where(&|a| a.reminders.clamp(0, 3) as usize == i);
            (key.to_string(), sheet.cell(n))
        })
        .collect();
    sheet.equation(
        answered,
        &by_reminder.iter().map(|(_, id)| *id).collect::<Vec<_>>(),
    );
    let on_call_list = sheet.cell(outcome("call_list"));
    let waiting = sheet.unshown(outcome("waiting"));
    let unanswered = sheet.sum(&[on_call_list, waiting]);
    let withdrawn = sheet.cell(outcome("withdrawn"));
    let sent = sheet.sum(&[answered, unanswered, withdrawn]);
    let not_answered = sheet.unshown_sum(&[unanswered, withdrawn]);
    sheet.equation(sent, &[answered, not_answered]);
    ReachCells {
        sent,
        answered,
        unanswered,
        withdrawn,
        on_call_list,
        by_channel,
        by_route,
        by_reminder,
        waits: cohort.waits.clone(),
    }
}

impl ReachCells {
    pub(crate) fn reach(&self, s: &Suppressed) -> Reach {
        let answered = s.count(self.answered);
        Reach {
            sent: s.count(self.sent),
            answered,
            unanswered: s.count(self.unanswered),
            withdrawn: s.count(self.withdrawn),
            on_call_list: s.count(self.on_call_list),
            answer_rate: s.rate(self.answered, self.sent),
            median_days_to_answer: s.quantile(&self.waits, 0.5, DAY, self.answered),
            p90_days_to_answer: s.quantile(&self.waits, 0.9, DAY, self.answered),
            by_channel: s.table(&self.by_channel, self.answered),
            by_route: s.table(&self.by_route, self.answered),
            by_reminder: s.table(&self.by_reminder, self.answered),
        }
    }
}

/// Rows of one breakdown: (key, sent, answered) cells, each row's unanswered an unshown cell
/// (sent minus answered gives it), each column tied to the reach's totals.
fn breakdown_cells(
    sheet: &mut Sheet,
    reach: &ReachCells,
    rows: Vec<(String, u64, u64)>,
) -> Vec<(String, CellId, CellId)> {
    let cells: Vec<(String, CellId, CellId)> = rows
        .into_iter()
        .map(|(key, sent, answered)| {
            let answered_id = sheet.cell(answered);
            let not_answered = sheet.unshown(sent - answered);
            let sent_id = sheet.sum(&[answered_id, not_answered]);
            (key, sent_id, answered_id)
        })
        .collect();
    sheet.equation(
        reach.sent,
        &cells.iter().map(|(_, s, _)| *s).collect::<Vec<_>>(),
    );
    sheet.equation(
        reach.answered,
        &cells.iter().map(|(_, _, a)| *a).collect::<Vec<_>>(),
    );
    cells
}

fn breakdown(s: &Suppressed, reach: &ReachCells, cells: &[(String, CellId, CellId)]) -> Breakdown {
    let row = |key: &str, sent: CellId, answered: CellId| BreakdownRow {
        key: key.to_string(),
        sent: s.count(sent),
        answered: s.count(answered),
        answer_rate: s.rate(answered, sent),
    };
    Breakdown {
        rows: cells
            .iter()
            .map(|(key, sent, answered)| row(key, *sent, *answered))
            .collect(),
        total: row("total", reach.sent, reach.answered),
    }
}

/// (sent, answered) of the cohort's rows grouped by `key`, in the order of `keys`.
fn grouped(
    cohort: &Cohort,
    keys: Vec<String>,
    key_of: impl Fn(&ReachRow) -> String,
) -> Vec<(String, u64, u64)> {
    let mut counts: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    for r in &cohort.rows {
        let entry = counts.entry(key_of(r)).or_default();
        entry.0 += r.n as u64;
        if r.outcome == "answered" {
            entry.1 += r.n as u64;
        }
    }
    let mut rows: Vec<(String, u64, u64)> = keys
        .iter()
        .map(|k| {
            let (sent, answered) = counts.remove(k).unwrap_or_default();
            (k.clone(), sent, answered)
        })
        .collect();
    // Anything outside the fixed keys (a language from before the list) keeps its own row.
    rows.extend(counts.into_iter().map(|(k, (s, a))| (k, s, a)));
    rows
}

/// The staff numbers page for `period`, within `scope` and optionally one department of it (a
/// department outside the scope is `NotFound`).
pub async fn staff_numbers(
    db: &Db,
    county_id: i64,
    scope: Scope,
    department_id: Option<i64>,
    period: Period,
    now: DateTime<Utc>,
) -> DomainResult<StaffNumbers> {
    let departments = covered(db, county_id, scope, department_id).await?;
    let b = Bounds::new(county_id, scope, department_id, period, now);
    let cohort = cohort(db, b).await?;

    let mut sheet = Sheet::default();
    let reach = reach_cells(&mut sheet, &cohort);

    // Status: the code each answer had at the end, «via» counted with its code.
    let mut by_code: BTreeMap<&'static str, u64> = BTreeMap::new();
    for a in &cohort.answered {
        if let Some(code) = &a.code {
            *by_code.entry(base_code(code).0).or_default() += a.n as u64;
        }
    }
    let (groups, codes, confirmed) = status_cells(&mut sheet, &by_code);
    let awaiting = sheet.cell(sheet.value(reach.answered) - sheet.value(confirmed));
    sheet.equation(reach.answered, &[confirmed, awaiting]);

    let bands = grouped(
        &cohort,
        AgeBand::ALL
            .iter()
            .map(|a| a.as_str().to_string())
            .collect(),
        |r| {
            AgeBand::ALL[r.band.clamp(0, 2) as usize]
                .as_str()
                .to_string()
        },
    );
    let by_age = breakdown_cells(&mut sheet, &reach, bands);
    let languages = grouped(
        &cohort,
        LANGUAGES.iter().map(|l| l.to_string()).collect(),
        |r| r.language.clone(),
    );
    let by_language = breakdown_cells(&mut sheet, &reach, languages);
    let names: BTreeMap<i64, String> = departments.iter().map(|d| (d.id, d.name.clone())).collect();
    let offices = grouped(
        &cohort,
        departments.iter().map(|d| d.name.clone()).collect(),
        |r| names.get(&r.department_id).cloned().unwrap_or_default(),
    );
    let by_office = breakdown_cells(&mut sheet, &reach, offices);

    let s = sheet.suppress();
    let status = Status {
        confirmed: s.count(confirmed),
        awaiting_confirmation: s.count(awaiting),
        by_group: s.table(&groups, confirmed),
        by_code: s.table(&codes, confirmed),
    };
    let council = if scope == Scope::County && department_id.is_none() {
        Some(council(db, b).await?)
    } else {
        None
    };
    let covered_ids: Vec<i64> = departments.iter().map(|d| d.id).collect();
    let (today, today_as_of) = count_date::stock_of(db, county_id, &covered_ids, now).await?;
    Ok(StaffNumbers {
        period,
        department_id,
        as_of: b.end,
        reach: reach.reach(&s),
        status,
        meetings: meetings(db, b).await?,
        council,
        by_age: breakdown(&s, &reach, &by_age),
        by_language: breakdown(&s, &reach, &by_language),
        by_office: breakdown(&s, &reach, &by_office),
        today,
        today_as_of,
        count_date: count_date::latest_of(db, county_id, &covered_ids).await?,
    })
}

/// Bookings asked for in the period by their state at its end. A booking changed after the
/// end was, at the end, confirmed if its confirmation came before, and still waiting if not
/// (bookings confirmed before the column existed count as confirmed).
async fn meetings(db: &Db, b: Bounds) -> DomainResult<Meetings> {
    let query = format!(
        "SELECT CASE WHEN bk.updated_at < $5 THEN bk.state \
                     WHEN bk.confirmed_at < $5 THEN 'confirmed' \
                     WHEN bk.confirmed_at IS NULL AND bk.state IN ('confirmed', 'cancelled', 'completed', 'no_show') THEN 'confirmed' \
                     ELSE 'requested' END AS state, COUNT(*) AS n \
         FROM booking bk WHERE {} AND bk.created_at >= $4 AND bk.created_at < $5 GROUP BY 1",
        in_scope("bk")
    );
    let rows = sql!(
        db, fetch_all StateGroup, &query,
        b.county_id, b.advisor, b.department_id, b.from, b.end
    )?;
    // A proposed time is confirmed as it is made: no wait to measure.
    let query = quantile_query(
        &seconds_between(db, "bk.confirmed_at", "bk.created_at"),
        &format!(
            "FROM booking bk WHERE {} AND bk.created_at >= $4 AND bk.created_at < $5 \
             AND bk.confirmed_at < $5 AND bk.confirmed_at > bk.created_at",
            in_scope("bk")
        ),
    );
    let waits = quantiles(sql!(
        db, fetch_all Ranked, &query,
        b.county_id, b.advisor, b.department_id, b.from, b.end
    )?);
    let query = format!(
        "SELECT COUNT(*) FROM callback_request cb WHERE {} AND cb.created_at >= $4 AND cb.created_at < $5",
        in_scope("cb")
    );
    let callbacks = sql!(
        db, scalar i64, &query,
        b.county_id, b.advisor, b.department_id, b.from, b.end
    )?;

    let mut sheet = Sheet::default();
    let states: Vec<(String, CellId)> = BookingState::ALL
        .iter()
        .map(|state| {
            let n: i64 = rows
                .iter()
                .filter(|r| r.state == state.as_str())
                .map(|r| r.n)
                .sum();
            (state.as_str().to_string(), sheet.cell(n.max(0) as u64))
        })
        .collect();
    let requests = sheet.sum(&states.iter().map(|(_, id)| *id).collect::<Vec<_>>());
    let once_confirmed: Vec<CellId> = states
        .iter()
        .filter(|(k, _)| ["confirmed", "cancelled", "completed", "no_show"].contains(&k.as_str()))
        .map(|(_, id)| *id)
        .collect();
    let confirmed = sheet.sum(&once_confirmed);
    let never_confirmed: Vec<CellId> = states
        .iter()
        .filter(|(_, id)| !once_confirmed.contains(id))
        .map(|(_, id)| *id)
        .collect();
    let never_confirmed = sheet.unshown_sum(&never_confirmed);
    sheet.equation(requests, &[confirmed, never_confirmed]);
    let callbacks = sheet.cell(callbacks.max(0) as u64);
    let s = sheet.suppress();
    Ok(Meetings {
        requests: s.count(requests),
        by_state: s.table(&states, requests),
        confirmed: s.count(confirmed),
        median_hours_to_confirmation: s.quantile(&waits, 0.5, HOUR, confirmed),
        callbacks: s.count(callbacks),
    })
}

/// The council's input received in the period (not withdrawn before an answer), and OT's
/// answers by its end.
async fn council(db: &Db, b: Bounds) -> DomainResult<Council> {
    let received = "FROM council_input ci WHERE ci.county_id = $1 AND ci.created_at >= $2 AND ci.created_at < $3 \
         AND (ci.withdrawn_at IS NULL OR ci.withdrawn_at >= $3 OR ci.answered_at < $3)";
    let (answered, all) = sql!(
        db,
        fetch_optional(i64, i64),
        &format!("SELECT COUNT(CASE WHEN ci.answered_at < $3 THEN 1 END), COUNT(*) {received}"),
        b.county_id,
        b.from,
        b.end
    )?
    .unwrap_or_default();
    let query = quantile_query(
        &seconds_between(db, "ci.answered_at", "ci.created_at"),
        &format!("{received} AND ci.answered_at < $3"),
    );
    let waits = quantiles(sql!(db, fetch_all Ranked, &query, b.county_id, b.from, b.end)?);
    let mut sheet = Sheet::default();
    let waiting = sheet.cell((all - answered).max(0) as u64);
    let answered = sheet.cell(answered.max(0) as u64);
    let received = sheet.sum(&[answered, waiting]);
    let s = sheet.suppress();
    Ok(Council {
        received: s.count(received),
        answered: s.count(answered),
        waiting: s.count(waiting),
        median_days_to_answer: s.quantile(&waits, 0.5, DAY, answered),
    })
}
