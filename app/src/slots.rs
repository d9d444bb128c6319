//! Free times as the pages show them: by day, each time a radio button. Shared by the young
//! person's booking page (inside the `TimeList` island, which redraws it in place) and the
//! advisor's «propose another time» page (server HTML only).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One free time as a form offers it: `{advisor}@{unix seconds}`, and its label.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlotView {
    pub value: String,
    pub label: String,
}

/// The free times of one day, under the day's label.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayView {
    pub label: String,
    pub slots: Vec<SlotView>,
}

/// Radio buttons under a heading per day (`#day-N`, focusable, so that «show more days» can
/// move there); the first time is `#slot`, which error summaries link to.
pub fn slot_grid(days: Vec<DayView>, chosen: Option<String>) -> impl IntoView {
    let mut first = true;
    days.into_iter()
        .enumerate()
        .map(|(n, day)| {
            let slots = day
                .slots
                .into_iter()
                .map(|slot| {
                    let id = if first {
                        "slot".to_string()
                    } else {
                        format!("slot-{}", slot.value.replace('@', "-"))
                    };
                    first = false;
                    let checked = chosen.as_deref() == Some(slot.value.as_str());
                    view! {
                        <div class="choice">
                            <input type="radio" id=id.clone() name="slot" checked=checked value=slot.value/>
                            <label for=id>{slot.label}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <h2 class="day" id=format!("day-{n}") tabindex="-1">{day.label}</h2>
                <div class="choices choices--times">{slots}</div>
            }
        })
        .collect_view()
}

#[cfg(feature = "ssr")]
pub use server::{days, parse_slot};

#[cfg(feature = "ssr")]
mod server {
    use chrono::{DateTime, Utc};
    use domain::booking;

    use super::{DayView, SlotView};
    use crate::i18n::I18n;

    /// Free times by day, each time once (the first advisor who has it).
    pub fn days(i18n: &I18n, slots: &[booking::FreeSlot]) -> Vec<DayView> {
        let mut days: Vec<DayView> = Vec::new();
        let mut last: Option<(chrono::NaiveDate, DateTime<Utc>)> = None;
        for slot in slots {
            let date = slot.starts.with_timezone(&booking::ZONE).date_naive();
            if last.is_some_and(|(_, at)| at == slot.starts) {
                continue;
            }
            if last.is_none_or(|(d, _)| d != date) {
                days.push(DayView {
                    label: crate::calendar::date_label(i18n, date),
                    slots: Vec::new(),
                });
            }
            last = Some((date, slot.starts));
            if let Some(day) = days.last_mut() {
                day.slots.push(SlotView {
                    value: format!("{}@{}", slot.staff_id, slot.starts.timestamp()),
                    label: crate::calendar::time_label(i18n, slot.starts),
                });
            }
        }
        days
    }

    /// The advisor and the instant of a time as the form sent it.
    pub fn parse_slot(value: &str) -> Option<(i64, DateTime<Utc>)> {
        let (staff, at) = value.split_once('@')?;
        Some((
            staff.parse().ok()?,
            DateTime::from_timestamp(at.parse().ok()?, 0)?,
        ))
    }
}
