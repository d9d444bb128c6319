//! Unit tests of the pure parts: free times across the clock changes, holds, checks.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};

use super::{closed_days::ClosedDays, *};

fn oslo(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    instant(
        NaiveDate::from_ymd_opt(y, m, d).unwrap(),
        NaiveTime::from_hms_opt(h, min, 0).unwrap(),
        true,
    )
}

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn advisor(weekly: Vec<WeeklyRange>, settings: Settings) -> Availability {
    Availability {
        staff_id: 1,
        settings,
        weekly,
        exceptions: Vec::new(),
    }
}

fn range(weekday: u32, starts: NaiveTime, ends: NaiveTime) -> WeeklyRange {
    WeeklyRange {
        department_id: 7,
        weekday,
        starts,
        ends,
    }
}

fn plain() -> Settings {
    Settings {
        meeting_minutes: 60,
        buffer_minutes: 0,
        notice_hours: 0,
        window_days: 7,
        forms: MeetingForm::ALL.to_vec(),
    }
}

#[test]
fn the_spring_night_has_one_hour_less() {
    // Sunday 29 March 2026: 02:00 becomes 03:00. 01:00–04:00 holds two real hours.
    let now = oslo(2026, 3, 28, 12, 0);
    let a = advisor(vec![range(7, hm(1, 0), hm(4, 0))], plain());
    let slots = slots(&a, 7, &[], &ClosedDays::default(), now);
    let starts: Vec<String> = slots
        .iter()
        .map(|s| {
            s.starts
                .with_timezone(&ZONE)
                .format("%d %H:%M %Z")
                .to_string()
        })
        .collect();
    assert_eq!(starts, ["29 01:00 CET", "29 03:00 CEST"]);
    assert!(slots
        .iter()
        .all(|s| s.ends - s.starts == Duration::hours(1)));
}

#[test]
fn the_autumn_night_has_one_hour_more() {
    // Sunday 25 October 2026: 03:00 becomes 02:00 again. 01:00–04:00 holds four real hours.
    let now = oslo(2026, 10, 24, 12, 0);
    let a = advisor(vec![range(7, hm(1, 0), hm(4, 0))], plain());
    let starts: Vec<String> = slots(&a, 7, &[], &ClosedDays::default(), now)
        .iter()
        .map(|s| s.starts.with_timezone(&ZONE).format("%H:%M %Z").to_string())
        .collect();
    assert_eq!(
        starts,
        ["01:00 CEST", "02:00 CEST", "02:00 CET", "03:00 CET"]
    );
}

#[test]
fn office_hours_keep_their_wall_clock_across_the_change() {
    // Friday before and Monday after the spring change: 09:00 in Oslo both days.
    let now = oslo(2026, 3, 26, 12, 0);
    let a = advisor(
        vec![range(5, hm(9, 0), hm(10, 0)), range(1, hm(9, 0), hm(10, 0))],
        plain(),
    );
    let utc: Vec<String> = slots(&a, 7, &[], &ClosedDays::default(), now)
        .iter()
        .map(|s| s.starts.format("%a %H:%M").to_string())
        .collect();
    assert_eq!(utc, ["Fri 08:00", "Mon 07:00"]);
}

#[test]
fn buffers_notice_window_and_taken_times_are_respected() {
    let now = oslo(2026, 11, 23, 8, 0); // a Monday
    let settings = Settings {
        meeting_minutes: 45,
        buffer_minutes: 15,
        notice_hours: 24,
        window_days: 7,
        forms: vec![MeetingForm::Office],
    };
    let a = advisor(
        vec![range(1, hm(9, 0), hm(12, 0)), range(2, hm(9, 0), hm(12, 0))],
        settings,
    );
    let all = slots(&a, 7, &[], &ClosedDays::default(), now);
    let local: Vec<String> = all
        .iter()
        .map(|s| {
            s.starts
                .with_timezone(&ZONE)
                .format("%a %d %H:%M")
                .to_string()
        })
        .collect();
    // Today is inside the notice; next Monday (the 30th) is the window's last day.
    assert_eq!(
        local,
        [
            "Tue 24 09:00",
            "Tue 24 10:00",
            "Tue 24 11:00",
            "Mon 30 09:00",
            "Mon 30 10:00",
            "Mon 30 11:00"
        ]
    );
    // A meeting at 09:30 with its buffer to 10:30 takes both 09:00 and 10:00.
    let taken = [Slot {
        starts: oslo(2026, 11, 24, 9, 30),
        ends: oslo(2026, 11, 24, 10, 30),
    }];
    let free = slots(&a, 7, &taken, &ClosedDays::default(), now);
    assert_eq!(free.len(), 4);
    assert!(free
        .iter()
        .all(|s| s.starts != oslo(2026, 11, 24, 9, 0) && s.starts != oslo(2026, 11, 24, 10, 0)));
    // Another department's ranges are not this one's.
    assert!(slots(&a, 8, &[], &ClosedDays::default(), now).is_empty());
}

#[test]
fn exceptions_take_away_and_add_hours() {
    let now = oslo(2026, 11, 23, 8, 0);
    let mut a = advisor(
        vec![range(2, hm(9, 0), hm(12, 0)), range(3, hm(9, 0), hm(12, 0))],
        plain(),
    );
    let tuesday = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let wednesday = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    a.exceptions = vec![
        Exception {
            id: 1,
            department_id: None,
            on_date: tuesday,
            kind: ExceptionKind::Away,
            hours: None,
        },
        Exception {
            id: 2,
            department_id: None,
            on_date: wednesday,
            kind: ExceptionKind::Away,
            hours: Some((hm(10, 0), hm(11, 0))),
        },
        Exception {
            id: 3,
            department_id: Some(7),
            on_date: wednesday,
            kind: ExceptionKind::Extra,
            hours: Some((hm(14, 0), hm(15, 0))),
        },
    ];
    a.settings.window_days = 3;
    let local: Vec<String> = slots(&a, 7, &[], &ClosedDays::default(), now)
        .iter()
        .map(|s| s.starts.with_timezone(&ZONE).format("%a %H:%M").to_string())
        .collect();
    assert_eq!(local, ["Wed 09:00", "Wed 11:00", "Wed 14:00"]);
}

#[test]
fn the_hold_is_the_earlier_deadline() {
    let p = BookingPolicy::default();
    let now = oslo(2026, 11, 23, 8, 0);
    // Meeting in a week: held 48 hours.
    assert_eq!(
        p.hold_until(now, now + Duration::days(7)),
        now + Duration::hours(48)
    );
    // Meeting in 30 hours: held until 24 hours before it.
    assert_eq!(
        p.hold_until(now, now + Duration::hours(30)),
        now + Duration::hours(6)
    );
    // Meeting in 10 hours: an hour, never past the meeting.
    assert_eq!(
        p.hold_until(now, now + Duration::hours(10)),
        now + Duration::hours(1)
    );
    assert_eq!(
        p.hold_until(now, now + Duration::minutes(30)),
        now + Duration::minutes(30)
    );
}

#[test]
fn availability_is_checked() {
    let s = Settings::default();
    assert!(validate_availability(
        &s,
        &[
            range(1, hm(9, 0), hm(11, 0)),
            range(1, hm(11, 0), hm(12, 0))
        ]
    )
    .is_ok());
    assert!(validate_availability(
        &s,
        &[
            range(1, hm(9, 0), hm(11, 0)),
            range(1, hm(10, 0), hm(12, 0))
        ]
    )
    .is_err());
    assert!(validate_availability(&s, &[range(1, hm(11, 0), hm(9, 0))]).is_err());
    assert!(validate_availability(
        &Settings {
            forms: vec![],
            ..s.clone()
        },
        &[]
    )
    .is_err());
    assert!(validate_availability(
        &Settings {
            meeting_minutes: 5,
            ..s
        },
        &[]
    )
    .is_err());
}
