//! `/{lang}/staff/council/meetings/:id`: one council meeting. Its agenda, time and place, who
//! was there, and the minutes, which go on the public page when the coordinator says so.

use std::collections::BTreeMap;

use chrono::Utc;
use domain::council::meeting::{
    Attendance, Meeting, MeetingDraft, AGENDA_MAX, MINUTES_MAX, PLACE_MAX, TITLE_MAX,
};
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};

use super::{done, lang_code, notice, oslo_fields, Input, Messages, Refused, Summary, TextArea};
use crate::{
    components::form::{kept_checked, Form},
    error::AppError,
    i18n::{use_i18n, I18n},
    t,
};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingAdmin {
    pub meeting: Meeting,
    pub attendance: Vec<Attendance>,
}

/// Domain fields of a meeting under their form names.
pub(crate) const MEETING_FIELDS: &[(&str, &str)] = &[("ends_at", "ends_time")];

/// A meeting as its form sends it: one day, a start and an end in Europe/Oslo; every problem
/// at once (the domain checks again).
pub(crate) fn meeting_draft(
    title: &str,
    agenda: &str,
    place: &str,
    date: &str,
    starts_time: &str,
    ends_time: &str,
) -> Result<MeetingDraft, AppError> {
    let mut problems = super::server::Problems::default();
    problems.text(title, "title", TITLE_MAX, false);
    problems.text(agenda, "agenda", AGENDA_MAX, true);
    problems.text(place, "place", PLACE_MAX, true);
    let day = problems.date(date, "date");
    let starts = problems.oslo(day, starts_time, "starts_time");
    let ends = problems.oslo(day, ends_time, "ends_time");
    let (Some(starts_at), Some(ends_at)) = (starts, ends) else {
        return Err(problems.error());
    };
    if ends_at <= starts_at {
        problems.add("ends_time", "before_starts_at");
    }
    problems.check()?;
    Ok(MeetingDraft {
        title: title.into(),
        agenda: agenda.into(),
        place: place.into(),
        starts_at,
        ends_at,
    })
}

#[leptos::server(prefix = "/api", endpoint = "council-meeting-admin")]
pub async fn get_meeting_admin(id: i64) -> Result<MeetingAdmin, AppError> {
    use domain::council::meeting;

    use super::server::accepted;
    let (portal, staff) = crate::session::server::require_council_coordinator().await?;
    let meeting = accepted(meeting::get(&portal.db, &staff, id).await, &[])?;
    let attendance = accepted(meeting::attendance(&portal.db, &staff, id).await, &[])?;
    Ok(MeetingAdmin {
        meeting,
        attendance,
    })
}

#[leptos::server(prefix = "/api", endpoint = "council-edit-meeting")]
#[allow(clippy::too_many_arguments)]
pub async fn edit_meeting(
    lang: String,
    meeting_id: i64,
    title: String,
    agenda: String,
    place: String,
    date: String,
    starts_time: String,
    ends_time: String,
) -> Result<(), AppError> {
    use super::server::{accepted, back};
    let (portal, staff) = crate::session::server::require_council_coordinator().await?;
    let draft = meeting_draft(&title, &agenda, &place, &date, &starts_time, &ends_time)?;
    let edited =
        domain::council::meeting::edit(&portal.db, &staff, meeting_id, &draft, Utc::now()).await;
    accepted(edited, MEETING_FIELDS)?;
    back(&lang, &format!("/meetings/{meeting_id}?done=saved#meeting"));
    Ok(())
}

/// Who was there: `present[{member id}]` is `yes` or `no`; a member left unanswered keeps what
/// was recorded.
#[leptos::server(prefix = "/api", endpoint = "council-attendance")]
pub async fn save_attendance(
    lang: String,
    meeting_id: i64,
    present: Option<BTreeMap<String, String>>,
) -> Result<(), AppError> {
    use super::server::{accepted, back};
    let (portal, staff) = crate::session::server::require_council_coordinator().await?;
    let now = Utc::now();
    for (member, answer) in present.unwrap_or_default() {
        let member_id = member.parse::<i64>().map_err(|_| AppError::NotFound)?;
        let present = match answer.as_str() {
            "yes" => true,
            "no" => false,
            _ => continue,
        };
        let set = domain::council::meeting::set_attendance(
            &portal.db, &staff, meeting_id, member_id, present, now,
        )
        .await;
        accepted(set, &[])?;
    }
    back(
        &lang,
        &format!("/meetings/{meeting_id}?done=attendance#attendance"),
    );
    Ok(())
}

/// Keeps the minutes; the checkbox puts them on the public page.
#[leptos::server(prefix = "/api", endpoint = "council-minutes")]
pub async fn set_minutes(
    lang: String,
    meeting_id: i64,
    minutes: String,
    published: Option<String>,
) -> Result<(), AppError> {
    use super::server::{accepted, back};
    let (portal, staff) = crate::session::server::require_council_coordinator().await?;
    let saved = domain::council::meeting::set_minutes(
        &portal.db,
        &staff,
        meeting_id,
        &minutes,
        published.is_some(),
        Utc::now(),
    )
    .await;
    accepted(saved, &[])?;
    back(
        &lang,
        &format!("/meetings/{meeting_id}?done=minutes#minutes-heading"),
    );
    Ok(())
}

/// What the meeting's fields say when refused.
pub(crate) fn meeting_messages(i18n: &I18n) -> Messages {
    vec![
        ("title", "", t!(i18n, "council-admin-title-missing")),
        ("title", "too_long", t!(i18n, "council-admin-too-long")),
        (
            "title",
            "line_break",
            t!(i18n, "council-admin-title-one-line"),
        ),
        ("agenda", "", t!(i18n, "council-admin-too-long")),
        ("place", "", t!(i18n, "council-admin-too-long")),
        ("date", "", t!(i18n, "council-admin-date-invalid")),
        ("starts_time", "", t!(i18n, "council-admin-time-invalid")),
        (
            "starts_time",
            "nonexistent_time",
            t!(i18n, "council-admin-time-nonexistent"),
        ),
        (
            "starts_time",
            "ambiguous_time",
            t!(i18n, "council-admin-time-ambiguous"),
        ),
        ("ends_time", "", t!(i18n, "council-admin-time-invalid")),
        (
            "ends_time",
            "nonexistent_time",
            t!(i18n, "council-admin-time-nonexistent"),
        ),
        (
            "ends_time",
            "ambiguous_time",
            t!(i18n, "council-admin-time-ambiguous"),
        ),
        (
            "ends_time",
            "before_starts_at",
            t!(i18n, "council-admin-ends-before-starts"),
        ),
    ]
}

fn minutes_messages(i18n: &I18n) -> Messages {
    vec![
        ("minutes", "", t!(i18n, "council-admin-minutes-missing")),
        ("minutes", "too_long", t!(i18n, "council-admin-too-long")),
    ]
}

/// The fields of a meeting (to create one, or to edit `current`), their ids ending in
/// `suffix`. Called inside the form, so that a refused form's values come back.
pub(crate) fn meeting_fields(
    i18n: &I18n,
    suffix: &str,
    current: Option<&Meeting>,
    refused: &Option<Refused>,
    messages: &Messages,
) -> impl IntoView {
    let message = |field: &str| Refused::message(refused, messages, field);
    let (date, starts) = current.map_or_else(Default::default, |m| oslo_fields(m.starts_at));
    let ends = current
        .map(|m| oslo_fields(m.ends_at).1)
        .unwrap_or_default();
    let value = |f: fn(&Meeting) -> &String| current.map(|m| f(m).clone()).unwrap_or_default();
    view! {
        <Input id=format!("title{suffix}") name="title" label=t!(i18n, "council-admin-meeting-title")
            value=value(|m| &m.title) error=message("title") maxlength=TITLE_MAX/>
        <TextArea id=format!("agenda{suffix}") name="agenda" label=t!(i18n, "council-admin-agenda")
            value=value(|m| &m.agenda) error=message("agenda") max=AGENDA_MAX rows=5 optional=true/>
        <Input id=format!("place{suffix}") name="place" label=t!(i18n, "council-admin-place")
            value=value(|m| &m.place) error=message("place") maxlength=PLACE_MAX optional=true/>
        <fieldset class="field">
            <legend>{t!(i18n, "council-admin-meeting-time")}</legend>
            <p class="field__hint">{t!(i18n, "council-admin-oslo-time-hint")}</p>
            <Input id=format!("date{suffix}") name="date" input_type="date"
                label=t!(i18n, "council-admin-date-label") value=date error=message("date")/>
            <Input id=format!("starts_time{suffix}") name="starts_time" input_type="time"
                label=t!(i18n, "council-admin-starts") value=starts error=message("starts_time")/>
            <Input id=format!("ends_time{suffix}") name="ends_time" input_type="time"
                label=t!(i18n, "council-admin-ends") value=ends error=message("ends_time")/>
        </fieldset>
    }
}

#[component]
pub fn CouncilMeetingAdminPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| {
        p.get("id")
            .and_then(|id| id.parse::<i64>().ok())
            .unwrap_or(-1)
    });
    let edit = Refused::of(
        ServerAction::<EditMeeting>::new().value().get_untracked(),
        EditMeeting::PATH,
        None,
    );
    let attendance = Refused::of(
        ServerAction::<SaveAttendance>::new()
            .value()
            .get_untracked(),
        SaveAttendance::PATH,
        None,
    );
    let minutes = Refused::of(
        ServerAction::<SetMinutes>::new().value().get_untracked(),
        SetMinutes::PATH,
        None,
    );
    let load = async move {
        get_meeting_admin(id)
            .await
            .inspect_err(super::server::not_found_status)
    };
    // The meeting's title is the page's title and heading.
    super::super::staff_page(None, load, move |page: MeetingAdmin| {
        view! { <MeetingPage page edit=edit.clone() attendance=attendance.clone() minutes=minutes.clone()/> }
    })
}

#[component]
fn MeetingPage(
    page: MeetingAdmin,
    edit: Option<Refused>,
    attendance: Option<Refused>,
    minutes: Option<Refused>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = lang_code(&i18n);
    let m = page.meeting;
    let meeting_id = m.id;
    let (done_code, _) = done();
    let said = |code: &str| done_code.as_deref() == Some(code);
    let meeting_notice = if said("created") {
        Some(t!(i18n, "council-admin-meeting-created"))
    } else if said("saved") {
        Some(t!(i18n, "council-admin-meeting-saved"))
    } else {
        None
    };
    let attendance_notice = said("attendance").then(|| t!(i18n, "council-admin-attendance-saved"));
    let minutes_notice = said("minutes").then(|| t!(i18n, "council-admin-minutes-saved"));
    let edit_messages = meeting_messages(&i18n);
    let minutes_table = minutes_messages(&i18n);
    let none: Messages = Vec::new();
    let problems = [
        Refused::problems(&edit, &i18n, &edit_messages, "", "title", ""),
        Refused::problems(&attendance, &i18n, &none, "", "attendance", ""),
        Refused::problems(&minutes, &i18n, &minutes_table, "", "minutes", ""),
    ]
    .concat();
    let minutes_error = Refused::message(&minutes, &minutes_table, "minutes");
    let rows = page.attendance;
    let has_rows = !rows.is_empty();
    let attendance_form = {
        let i18n = i18n.clone();
        view! {
            <Form action={ServerAction::<SaveAttendance>::new()} class="form">
                <input type="hidden" name="lang" value=lang/>
                <input type="hidden" name="meeting_id" value=meeting_id.to_string()/>
                {rows.into_iter().map(|row| attendance_row(&i18n, row)).collect_view()}
                <button type="submit" class="button">{t!(i18n, "council-admin-save-attendance")}</button>
            </Form>
        }
    };
    let minutes_form = {
        let i18n = i18n.clone();
        let text = m.minutes.clone().unwrap_or_default();
        let published = m.minutes_published;
        view! {
            <Form action={ServerAction::<SetMinutes>::new()} class="form" novalidate=true>
                <input type="hidden" name="lang" value=lang/>
                <input type="hidden" name="meeting_id" value=meeting_id.to_string()/>
                <TextArea id="minutes".to_string() name="minutes" label=t!(i18n, "council-admin-minutes")
                    value=text error=minutes_error max=MINUTES_MAX rows=10 optional=true/>
                <div class="choice">
                    <input type="checkbox" id="minutes-published" name="published" value="1"
                        checked=kept_checked("published", "1", published)/>
                    <label for="minutes-published">{t!(i18n, "council-admin-minutes-published")}</label>
                </div>
                <button type="submit" class="button">{t!(i18n, "council-admin-save-minutes")}</button>
            </Form>
        }
    };
    let edit_form = {
        let i18n = i18n.clone();
        let m = m.clone();
        view! {
            <Form action={ServerAction::<EditMeeting>::new()} class="form" novalidate=true>
                <input type="hidden" name="lang" value=lang/>
                <input type="hidden" name="meeting_id" value=meeting_id.to_string()/>
                {meeting_fields(&i18n, "", Some(&m), &edit, &edit_messages)}
                <button type="submit" class="button">{t!(i18n, "council-admin-save-meeting")}</button>
            </Form>
        }
    };
    view! {
        <p><a href=i18n.href("/staff/council#meetings")>{t!(i18n, "council-admin-back")}</a></p>
        <Title text=m.title.clone()/>
        <h1 id="meeting">{m.title.clone()}</h1>
        <Summary problems/>
        {notice(meeting_notice)}
        <p>
            {crate::calendar::when_label(&i18n, m.starts_at)}"–"{crate::calendar::time_label(&i18n, m.ends_at)}
            {(!m.place.is_empty()).then(|| format!(" · {}", m.place))}
        </p>
        {(!m.agenda.is_empty()).then(|| view! {
            <h2>{t!(i18n, "council-admin-agenda")}</h2>
            {m.agenda.lines().filter(|l| !l.trim().is_empty()).map(|l| view! { <p>{l.to_string()}</p> }).collect_view()}
        })}
        <section aria-labelledby="attendance">
            <h2 id="attendance">{t!(i18n, "council-admin-attendance")}</h2>
            {notice(attendance_notice)}
            {if has_rows {
                attendance_form.into_any()
            } else {
                view! { <p>{t!(i18n, "council-admin-no-attendance")}</p> }.into_any()
            }}
        </section>
        <section aria-labelledby="minutes-heading">
            <h2 id="minutes-heading">{t!(i18n, "council-admin-minutes-heading")}</h2>
            {notice(minutes_notice)}
            {minutes_form}
        </section>
        <section aria-labelledby="edit-meeting">
            <h2 id="edit-meeting">{t!(i18n, "council-admin-edit-meeting")}</h2>
            {edit_form}
        </section>
    }
}

/// Present or absent, for one member: a radio pair in a fieldset named after them.
fn attendance_row(i18n: &I18n, row: Attendance) -> impl IntoView {
    let name = format!("present[{}]", row.member_id);
    let yes_id = format!("present-{}-yes", row.member_id);
    let no_id = format!("present-{}-no", row.member_id);
    let yes = kept_checked(&name, "yes", row.present == Some(true));
    let no = kept_checked(&name, "no", row.present == Some(false));
    view! {
        <fieldset class="choices">
            <legend class="choices__legend">{row.first_name.clone()}</legend>
            <div class="choice">
                <input type="radio" id=yes_id.clone() name=name.clone() value="yes" checked=yes/>
                <label for=yes_id>{t!(i18n, "council-admin-present")}</label>
            </div>
            <div class="choice">
                <input type="radio" id=no_id.clone() name=name value="no" checked=no/>
                <label for=no_id>{t!(i18n, "council-admin-absent")}</label>
            </div>
        </fieldset>
    }
}
