//! Dates, times and meeting forms in the reader's language, and the `.ics` calendar file of a
//! booking. Server only: the booking pages and messages are rendered there.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use domain::{
    booking::{Booking, MeetingForm, ZONE},
    department::Department,
};
use icalendar::{CalendarDateTime, Component, EventLike};

use crate::{i18n::I18n, t};

/// «tirsdag 24. november», «Tuesday 24 November» … as the locale's `booking-date` orders it.
pub fn date_label(i18n: &I18n, date: NaiveDate) -> String {
    let weekday = t!(i18n, "weekday", day = date.weekday().number_from_monday());
    let month = t!(i18n, "month", month = date.month());
    t!(
        i18n,
        "booking-date",
        weekday = weekday,
        day = date.day(),
        month = month
    )
}

/// «tirsdag 24. november 2026»: for dates that cross a new year (terms, plans, a period).
pub fn date_with_year(i18n: &I18n, date: NaiveDate) -> String {
    t!(
        i18n,
        "date-with-year",
        date = date_label(i18n, date),
        year = date.year().to_string()
    )
}

/// «kl. 09:30» in Oslo time.
pub fn time_label(i18n: &I18n, at: DateTime<Utc>) -> String {
    let time = at.with_timezone(&ZONE).format("%H:%M").to_string();
    t!(i18n, "booking-time", time = time)
}

/// «tirsdag 24. november kl. 09:30».
pub fn when_label(i18n: &I18n, at: DateTime<Utc>) -> String {
    let date = at.with_timezone(&ZONE).date_naive();
    format!("{} {}", date_label(i18n, date), time_label(i18n, at))
}

pub fn form_label(i18n: &I18n, form: MeetingForm) -> String {
    match form {
        MeetingForm::Office => t!(i18n, "form-office"),
        MeetingForm::Phone => t!(i18n, "form-phone"),
        MeetingForm::Video => t!(i18n, "form-video"),
        MeetingForm::Walk => t!(i18n, "form-walk"),
    }
}

/// The office's address on one line.
pub fn address(office: &Department) -> String {
    format!(
        "{}, {}, {} {}",
        office.name, office.street_address, office.postal_code, office.city
    )
}

/// The booking as an iCalendar file: start and end in Europe/Oslo wall-clock time with its
/// TZID, so calendars place it right on either side of a daylight-saving change.
pub fn ics(
    i18n: &I18n,
    booking: &Booking,
    service: &str,
    office: &Department,
    origin: &str,
) -> String {
    let host = host_of(origin);
    let location = match booking.form {
        MeetingForm::Office | MeetingForm::Walk => address(office),
        MeetingForm::Phone | MeetingForm::Video => form_label(i18n, booking.form),
    };
    event_ics(
        &format!("booking-{}@{host}", booking.id),
        &plain(t!(i18n, "calendar-summary", service = service)),
        &form_label(i18n, booking.form),
        &location,
        (booking.starts_at, booking.ends_at),
    )
}

/// A council meeting as an iCalendar file, for its members.
pub fn council_meeting_ics(
    meeting: &domain::council::meeting::MeetingForMember,
    origin: &str,
) -> String {
    event_ics(
        &format!("council-meeting-{}@{}", meeting.id, host_of(origin)),
        &meeting.title,
        &meeting.agenda,
        &meeting.place,
        (meeting.starts_at, meeting.ends_at),
    )
}

fn host_of(origin: &str) -> &str {
    origin
        .split("://")
        .nth(1)
        .unwrap_or("neste-steg")
        .trim_end_matches('/')
}

/// One event, start and end in Europe/Oslo wall-clock time with its TZID.
fn event_ics(
    uid: &str,
    summary: &str,
    description: &str,
    location: &str,
    (starts, ends): (DateTime<Utc>, DateTime<Utc>),
) -> String {
    let local = |at: DateTime<Utc>| CalendarDateTime::WithTimezone {
        date_time: at.with_timezone(&ZONE).naive_local(),
        tzid: ZONE.name().to_string(),
    };
    let event = icalendar::Event::new()
        .uid(uid)
        .summary(summary)
        .description(description)
        .location(location)
        .starts(local(starts))
        .ends(local(ends))
        .done();
    let mut calendar = icalendar::Calendar::new();
    calendar.push(event);
    // RFC 5545 § 3.6.5: a TZID must name a VTIMEZONE in the same file, or calendar programs
    // may guess (and shift the meeting). The icalendar crate does not write one yet.
    calendar.done().to_string().replacen(
        "BEGIN:VEVENT",
        &format!("{OSLO_VTIMEZONE}BEGIN:VEVENT"),
        1,
    )
}

/// Europe/Oslo as a VTIMEZONE: central European time with the EU's summer time, in force
/// since 1996 (last Sunday of March 02:00 to last Sunday of October 03:00).
const OSLO_VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Oslo\r\n\
BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n\
DTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n\
BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n\
DTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n\
END:VTIMEZONE\r\n";

/// Text without Fluent's isolation marks, for files and messages read outside a web page.
pub fn plain(text: String) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}
