//! `/{lang}/staff/council`: what waits for the council coordinator (input to approve, reports,
//! input without an answer for too long), applications, members and alumni, hearings, meetings,
//! the dates of the year plan and the coordinator's own statuses.

use chrono::{DateTime, Datelike, Duration, Utc};
use domain::council::{
    application::{Application, ApplicationState},
    hearing::Hearing,
    input::InputForCoordinator,
    meeting::Meeting,
    moderation::{Report, Waiting},
    own_status::{OwnStatus, LABEL_MAX},
    plan::{PlanItem, PlanKind},
    Approval, Channel, CouncilRole, Member,
};
use leptos::{prelude::*, server_fn::ServerFn};
use serde::{Deserialize, Serialize};

use super::{
    date_with_year, done, lang_code, notice, plan_kind_label, role_label, Input, Messages, Refused,
    Summary,
};
use crate::{
    components::form::{kept, kept_checked, Form},
    error::AppError,
    i18n::{use_i18n, I18n},
    t,
};

/// Where a hearing is: a draft only the coordinator sees, open for input, or past its deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum HearingState {
    Draft,
    Open,
    Closed,
}

impl HearingState {
    pub fn of(hearing: &Hearing, now: DateTime<Utc>) -> HearingState {
        if hearing.published_at.is_none() {
            HearingState::Draft
        } else if hearing.is_open(now) {
            HearingState::Open
        } else {
            HearingState::Closed
        }
    }
}

/// A hearing in the list, with its counts of input.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HearingRow {
    pub hearing: Hearing,
    pub state: HearingState,
    pub inputs: usize,
    pub pending: usize,
    pub unanswered: usize,
}

/// An open report, with the hearing its input or comment belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportRow {
    pub report: Report,
    pub hearing_id: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CouncilAdmin {
    pub waiting: Waiting,
    pub overdue: i64,
    pub overdue_days: i64,
    pub pending_inputs: Vec<InputForCoordinator>,
    pub overdue_inputs: Vec<InputForCoordinator>,
    pub reports: Vec<ReportRow>,
    pub applications: Vec<Application>,
    pub current: Vec<Member>,
    pub alumni: Vec<Member>,
    pub hearings: Vec<HearingRow>,
    pub meetings: Vec<Meeting>,
    pub plan: Vec<PlanItem>,
    pub own_statuses: Vec<OwnStatus>,
    pub now: DateTime<Utc>,
}

/// Whether an input has waited too long for an answer: the rule of
/// `domain::council::input::overdue_count`, for one input.
pub(crate) fn is_overdue(input: &InputForCoordinator, days: i64) -> bool {
    input.answer.is_none()
        && input.withdrawn_at.is_none()
        && input.hidden_at.is_none()
        && input.days_waiting >= days
}

#[leptos::server(prefix = "/api", endpoint = "council-admin")]
pub async fn get_council_admin() -> Result<CouncilAdmin, AppError> {
    use domain::council::{
        application, comment, hearing, input, meeting, member, moderation, own_status, plan,
    };

    use super::server::accepted;
    let (portal, staff) = crate::session::server::require_council_coordinator().await?;
    let (db, now) = (&portal.db, Utc::now());
    let waiting = accepted(moderation::waiting(db, &staff).await, &[])?;
    let overdue =
        input::overdue_count(db, staff.county_id, portal.council_overdue_days, now).await?;
    let inputs = accepted(input::for_coordinator(db, &staff, None, now).await, &[])?;
    let hearings = accepted(hearing::list(db, &staff).await, &[])?;
    let reports: Vec<Report> = accepted(moderation::reports(db, &staff).await, &[])?
        .into_iter()
        .filter(|r| r.handled_at.is_none())
        .collect();
    // A reported comment's hearing is its input's: read the comments of the hearings only when
    // a comment is reported.
    let mut comment_hearings = Vec::new();
    if reports.iter().any(|r| r.comment_id.is_some()) {
        for h in &hearings {
            for c in accepted(comment::for_coordinator(db, &staff, h.id).await, &[])? {
                comment_hearings.push((c.id, h.id));
            }
        }
    }
    let hearing_of_input = |id: i64| inputs.iter().find(|i| i.id == id).map(|i| i.hearing_id);
    let reports = reports
        .into_iter()
        .map(|report| {
            let hearing_id = match (report.input_id, report.comment_id) {
                (Some(input), _) => hearing_of_input(input),
                (None, Some(comment)) => comment_hearings
                    .iter()
                    .find(|(c, _)| *c == comment)
                    .map(|(_, h)| *h),
                (None, None) => None,
            };
            ReportRow { report, hearing_id }
        })
        .collect();
    let hearings = hearings
        .into_iter()
        .map(|hearing| {
            let of = || {
                inputs
                    .iter()
                    .filter(|i| i.hearing_id == hearing.id && i.withdrawn_at.is_none())
            };
            HearingRow {
                state: HearingState::of(&hearing, now),
                inputs: of().count(),
                pending: of().filter(|i| i.approval == Approval::Pending).count(),
                unanswered: of()
                    .filter(|i| i.answer.is_none() && i.hidden_at.is_none())
                    .count(),
                hearing,
            }
        })
        .collect();
    let applications = accepted(application::list(db, &staff).await, &[])?;
    let current = accepted(member::current(db, &staff, now).await, &[])?;
    let alumni = accepted(member::alumni(db, &staff, now).await, &[])?;
    // Applicants' and members' contact details are personal data: the read is logged.
    crate::session::server::audit(
        &portal,
        &staff,
        "council.list",
        ("council", String::new()),
        None,
        format!(
            "{} applications, {} members, {} alumni",
            applications.len(),
            current.len(),
            alumni.len()
        ),
    )
    .await?;
    Ok(CouncilAdmin {
        waiting,
        overdue,
        overdue_days: portal.council_overdue_days,
        pending_inputs: inputs
            .iter()
            .filter(|i| i.approval == Approval::Pending && i.withdrawn_at.is_none())
            .cloned()
            .collect(),
        overdue_inputs: inputs
            .iter()
            .filter(|i| is_overdue(i, portal.council_overdue_days))
            .cloned()
            .collect(),
        reports,
        applications,
        current,
        alumni,
        hearings,
        meetings: accepted(meeting::list(db, &staff).await, &[])?,
        plan: accepted(plan::items(db, &staff).await, &[])?,
        own_statuses: accepted(own_status::list(db, &staff).await, &[])?,
        now,
    })
}

/// Role and term as a form sends them, every problem at once.
fn role_and_term(
    role: &str,
    term_from: &str,
    term_to: &str,
) -> Result<(CouncilRole, chrono::NaiveDate, chrono::NaiveDate), AppError> {
    let mut problems = super::server::Problems::default();
    let role = CouncilRole::parse(role);
    if role.is_none() {
        problems.add("role", "invalid");
    }
    let from = problems.date(term_from, "term_from");
    let to = problems.date(term_to, "term_to");
    match (role, from, to) {
        (Some(role), Some(from), Some(to)) => Ok((role, from, to)),
        _ => Err(problems.error()),
    }
}

/// Admits an applicant as a member with a role and a term.
#[leptos::server(prefix = "/api", endpoint = "council-admit")]
pub async fn admit_application(
    lang: String,
    application_id: i64,
    role: String,
    term_from: String,
    term_to: String,
) -> Result<(), AppError> {
    use super::server::{accepted, back};
    let (portal, staff) = crate::session::server::require_council_coordinator().await?;
    let (role, from, to) = role_and_term(&role, &term_from, &term_to)?;
    let (origin, service) = (&portal.public_origin, &portal.county.service_name);
    let admitted = domain::council::member::admit(
        &portal.db,
        &staff,
        application_id,
        role,
        from,
        to,
        &|notice| crate::messages::council_decision(origin, service, notice),
        Utc::now(),
    )
    .await;
    accepted(admitted, &[])?;
    back(&lang, "?done=admitted#members");
    Ok(())
}

#[leptos::server(prefix = "/api", endpoint = "council-decline")]
pub async fn decline_application(lang: String, application_id: i64) -> Result<(), AppError> {
    use super::server::{accepted, back};
    let (portal, staff) = crate::session::server::require_council_coordinator().await?;
    let (origin, service) = (&portal.public_origin, &portal.county.service_name);
    let declined = domain::council::application::decline(
        &portal.db,
        &staff,
        application_id,
        &|notice| crate::messages::council_decision(origin, service, notice),
        Utc::now(),
    )
    .await;
    accepted(declined, &[])?;
    back(&lang, "?done=declined#applications");
    Ok(())
}

/// Changes a member's role or term (a renewal, say).
#[leptos::server(prefix = "/api", endpoint = "council-update-member")]
pub async fn update_member(
    lang: String,
    member_id: i64,
    role: String,
    term_from: String,
    term_to: String,
) -> Result<(), AppError> {
    use super::server::{accepted, back};
    let (portal, staff) = crate::session::server::require_council_coordinator().await?;
    let (role, from, to) = role_and_term(&role, &term_from, &term_to)?;
    let updated =
        domain::council::member::update(&portal.db, &staff, member_id, role, from, to, Utc::now())
            .await;
    accepted(updated, &[])?;
    back(&lang, "?done=member-saved#members");
    Ok(())
}

/// Ends a term now. It cannot be undone, so the form asks for a tick first.
#[leptos::server(prefix = "/api", endpoint = "council-end-term")]
pub async fn end_term(
    lang: String,
    member_id: i64,
    confirm: Option<String>,
) -> Result<(), AppError> {
    use super::server::{accepted, back};
    let (portal, staff) = crate::session::server::require_council_coordinator().await?;
    if confirm.is_none() {
        let mut problems = super::server::Problems::default();
        problems.add("confirm", "missing");
        return Err(problems.error());
    }
    let ended = domain::council::member::end_term(&portal.db, &staff, member_id, Utc::now()).await;
    accepted(ended, &[])?;
    back(&lang, "?done=term-ended#alumni");
    Ok(())
}

/// Drafts a hearing; its deadline is a date and a time in Europe/Oslo.
#[leptos::server(prefix = "/api", endpoint = "council-create-hearing")]
pub async fn create_hearing(
    lang: String,
    title: String,
    question: String,
    background: String,
    deadline_date: String,
    deadline_time: String,
) -> Result<(), AppError> {
    use super::server::{accepted, back};
    let (portal, staff) = crate::session::server::require_council_coordinator().await?;
    let draft = super::hearing::hearing_draft(
        &title,
        &question,
        &background,
        &deadline_date,
        &deadline_time,
    )?;
    let created = domain::council::hearing::create(&portal.db, &staff, &draft, Utc::now()).await;
    let hearing = accepted(created, super::hearing::HEARING_FIELDS)?;
    back(&lang, &format!("/hearings/{}?done=created", hearing.id));
    Ok(())
}

#[leptos::server(prefix = "/api", endpoint = "council-create-meeting")]
pub async fn create_meeting(
    lang: String,
    title: String,
    agenda: String,
    place: String,
    date: String,
    starts_time: String,
    ends_time: String,
) -> Result<(), AppError> {
    use super::server::{accepted, back};
    let (portal, staff) = crate::session::server::require_council_coordinator().await?;
    let draft =
        super::meeting::meeting_draft(&title, &agenda, &place, &date, &starts_time, &ends_time)?;
    let created = domain::council::meeting::create(&portal.db, &staff, &draft, Utc::now()).await;
    let meeting = accepted(created, super::meeting::MEETING_FIELDS)?;
    back(&lang, &format!("/meetings/{}?done=created", meeting.id));
    Ok(())
}

/// Adds a report to the committee, or another date, to the year plan.
#[leptos::server(prefix = "/api", endpoint = "council-add-plan-item")]
pub async fn add_plan_item(
    lang: String,
    kind: Option<String>,
    on_date: String,
    title: String,
) -> Result<(), AppError> {
    use super::server::{accepted, back};
    let (portal, staff) = crate::session::server::require_council_coordinator().await?;
    let mut problems = super::server::Problems::default();
    let kind = kind
        .as_deref()
        .and_then(PlanKind::parse)
        .filter(|k| k.is_kept_in_plan());
    if kind.is_none() {
        problems.add("kind", "invalid");
    }
    let date = problems.date(&on_date, "on_date");
    problems.text(&title, "title", domain::council::plan::TITLE_MAX, false);
    let (Some(kind), Some(date)) = (kind, date) else {
        return Err(problems.error());
    };
    problems.check()?;
    let added =
        domain::council::plan::add(&portal.db, &staff, date, kind, &title, Utc::now()).await;
    accepted(added, &[])?;
    back(&lang, "?done=plan-added#plan");
    Ok(())
}

#[leptos::server(prefix = "/api", endpoint = "council-remove-plan-item")]
pub async fn remove_plan_item(lang: String, item_id: i64) -> Result<(), AppError> {
    use super::server::{accepted, back};
    let (portal, staff) = crate::session::server::require_council_coordinator().await?;
    let removed = domain::council::plan::remove(&portal.db, &staff, item_id, Utc::now()).await;
    accepted(removed, &[])?;
    back(&lang, "?done=plan-removed#plan");
    Ok(())
}

/// Adds one of the coordinator's own statuses (or brings a retired one back).
#[leptos::server(prefix = "/api", endpoint = "council-add-own-status")]
pub async fn add_own_status(lang: String, label: String) -> Result<(), AppError> {
    use super::server::{accepted, back};
    let (portal, staff) = crate::session::server::require_council_coordinator().await?;
    let mut problems = super::server::Problems::default();
    problems.text(&label, "label", LABEL_MAX, false);
    problems.check()?;
    let added = domain::council::own_status::add(&portal.db, &staff, &label, Utc::now()).await;
    accepted(added, &[])?;
    back(&lang, "?done=own-status-added#own-statuses");
    Ok(())
}

/// Takes one of the coordinator's own statuses out of use (inputs keep it).
#[leptos::server(prefix = "/api", endpoint = "council-retire-own-status")]
pub async fn retire_own_status(lang: String, own_status_id: i64) -> Result<(), AppError> {
    use super::server::{accepted, back};
    let (portal, staff) = crate::session::server::require_council_coordinator().await?;
    let retired =
        domain::council::own_status::retire(&portal.db, &staff, own_status_id, Utc::now()).await;
    accepted(retired, &[])?;
    back(&lang, "?done=own-status-retired#own-statuses");
    Ok(())
}

/// What the term fields say when refused (the admission and the member forms share them).
fn term_messages(i18n: &I18n) -> Messages {
    vec![
        ("role", "", t!(i18n, "council-admin-role-invalid")),
        ("term_from", "", t!(i18n, "council-admin-date-invalid")),
        ("term_to", "", t!(i18n, "council-admin-date-invalid")),
        (
            "term_to",
            "before_term_from",
            t!(i18n, "council-admin-term-order"),
        ),
        ("term_to", "past", t!(i18n, "council-admin-term-past")),
    ]
}

fn plan_messages(i18n: &I18n) -> Messages {
    vec![
        ("kind", "", t!(i18n, "council-admin-kind-invalid")),
        ("on_date", "", t!(i18n, "council-admin-date-invalid")),
        ("title", "", t!(i18n, "council-admin-title-missing")),
        ("title", "too_long", t!(i18n, "council-admin-too-long")),
        (
            "title",
            "line_break",
            t!(i18n, "council-admin-title-one-line"),
        ),
    ]
}

fn channel_label(i18n: &I18n, channel: Channel) -> String {
    match channel {
        Channel::Sms => t!(i18n, "council-admin-channel-sms"),
        Channel::Email => t!(i18n, "council-admin-channel-email"),
    }
}

/// The refusals of this page's forms, found once when the page renders.
#[derive(Clone)]
struct Refusals {
    admit: Option<Refused>,
    decline: Option<Refused>,
    update: Option<Refused>,
    end: Option<Refused>,
    hearing: Option<Refused>,
    meeting: Option<Refused>,
    plan_add: Option<Refused>,
    plan_remove: Option<Refused>,
    own_status_add: Option<Refused>,
    own_status_retire: Option<Refused>,
}

#[component]
pub fn CouncilAdminPage() -> impl IntoView {
    let i18n = use_i18n();
    let refusals = Refusals {
        admit: Refused::of(
            ServerAction::<AdmitApplication>::new()
                .value()
                .get_untracked(),
            AdmitApplication::PATH,
            Some("application_id"),
        ),
        decline: Refused::of(
            ServerAction::<DeclineApplication>::new()
                .value()
                .get_untracked(),
            DeclineApplication::PATH,
            Some("application_id"),
        ),
        update: Refused::of(
            ServerAction::<UpdateMember>::new().value().get_untracked(),
            UpdateMember::PATH,
            Some("member_id"),
        ),
        end: Refused::of(
            ServerAction::<EndTerm>::new().value().get_untracked(),
            EndTerm::PATH,
            Some("member_id"),
        ),
        hearing: Refused::of(
            ServerAction::<CreateHearing>::new().value().get_untracked(),
            CreateHearing::PATH,
            None,
        ),
        meeting: Refused::of(
            ServerAction::<CreateMeeting>::new().value().get_untracked(),
            CreateMeeting::PATH,
            None,
        ),
        plan_add: Refused::of(
            ServerAction::<AddPlanItem>::new().value().get_untracked(),
            AddPlanItem::PATH,
            None,
        ),
        plan_remove: Refused::of(
            ServerAction::<RemovePlanItem>::new()
                .value()
                .get_untracked(),
            RemovePlanItem::PATH,
            Some("item_id"),
        ),
        own_status_add: Refused::of(
            ServerAction::<AddOwnStatus>::new().value().get_untracked(),
            AddOwnStatus::PATH,
            None,
        ),
        own_status_retire: Refused::of(
            ServerAction::<RetireOwnStatus>::new()
                .value()
                .get_untracked(),
            RetireOwnStatus::PATH,
            Some("own_status_id"),
        ),
    };
    let title = t!(i18n, "council-admin-title");
    let load = async {
        get_council_admin()
            .await
            .inspect_err(super::server::not_found_status)
    };
    super::super::staff_page(Some(title), load, move |page: CouncilAdmin| {
        view! { <AdminBody page refusals=refusals.clone()/> }
    })
}

#[component]
fn AdminBody(page: CouncilAdmin, refusals: Refusals) -> impl IntoView {
    let i18n = use_i18n();
    let (done_code, _) = done();
    let done_in = |section: &str| -> Option<String> {
        let code = done_code.as_deref()?;
        let (at, message) = match code {
            "admitted" => ("members", t!(i18n, "council-admin-admitted")),
            "declined" => ("applications", t!(i18n, "council-admin-declined")),
            "member-saved" => ("members", t!(i18n, "council-admin-member-saved")),
            "term-ended" => ("alumni", t!(i18n, "council-admin-term-ended")),
            "plan-added" => ("plan", t!(i18n, "council-admin-plan-added")),
            "plan-removed" => ("plan", t!(i18n, "council-admin-plan-removed")),
            "own-status-added" => ("own-statuses", t!(i18n, "council-admin-own-status-added")),
            "own-status-retired" => ("own-statuses", t!(i18n, "council-admin-own-status-retired")),
            _ => return None,
        };
        (at == section).then_some(message)
    };
    let r = &refusals;
    let terms = term_messages(&i18n);
    let hearing_messages = super::hearing::hearing_messages(&i18n);
    let meeting_messages = super::meeting::meeting_messages(&i18n);
    let plan = plan_messages(&i18n);
    let own_status_messages = own_status_messages(&i18n);
    let confirm = vec![("confirm", "", t!(i18n, "council-admin-end-confirm-missing"))];
    let instance = |r: &Option<Refused>| {
        r.as_ref()
            .and_then(|r| r.instance.clone())
            .unwrap_or_default()
    };
    let problems = [
        Refused::problems(
            &r.admit,
            &i18n,
            &terms,
            &format!("-a{}", instance(&r.admit)),
            &format!("application-{}", instance(&r.admit)),
            &t!(i18n, "council-admin-admit-conflict"),
        ),
        Refused::problems(
            &r.decline,
            &i18n,
            &Vec::new(),
            "",
            &format!("application-{}", instance(&r.decline)),
            &t!(i18n, "council-admin-application-decided"),
        ),
        Refused::problems(
            &r.update,
            &i18n,
            &terms,
            &format!("-m{}", instance(&r.update)),
            &format!("member-{}", instance(&r.update)),
            "",
        ),
        Refused::problems(
            &r.end,
            &i18n,
            &confirm,
            &format!("-m{}", instance(&r.end)),
            &format!("member-{}", instance(&r.end)),
            "",
        ),
        Refused::problems(
            &r.hearing,
            &i18n,
            &hearing_messages,
            "-hearing",
            "title-hearing",
            "",
        ),
        Refused::problems(
            &r.meeting,
            &i18n,
            &meeting_messages,
            "-meeting",
            "title-meeting",
            "",
        ),
        Refused::problems(&r.plan_add, &i18n, &plan, "-plan", "kind-plan", ""),
        Refused::problems(&r.plan_remove, &i18n, &Vec::new(), "", "plan", ""),
        Refused::problems(
            &r.own_status_add,
            &i18n,
            &own_status_messages,
            "-own-status",
            "label-own-status",
            "",
        ),
        Refused::problems(
            &r.own_status_retire,
            &i18n,
            &Vec::new(),
            "",
            "own-statuses",
            "",
        ),
    ]
    .concat();
    let today = domain::council::today(page.now);
    view! {
        <p><a href=i18n.href("/staff")>{t!(i18n, "council-admin-back-workplace")}</a></p>
        <Summary problems/>
        <nav aria-labelledby="council-contents">
            <h2 id="council-contents" class="visually-hidden">{t!(i18n, "council-admin-contents")}</h2>
            <ul class="view-switch">
                <li><a href="#waiting">{t!(i18n, "council-admin-waiting")}</a></li>
                <li><a href="#applications">{t!(i18n, "council-admin-applications")}</a></li>
                <li><a href="#members">{t!(i18n, "council-admin-members")}</a></li>
                <li><a href="#hearings">{t!(i18n, "council-admin-hearings")}</a></li>
                <li><a href="#meetings">{t!(i18n, "council-admin-meetings")}</a></li>
                <li><a href="#plan">{t!(i18n, "council-admin-plan")}</a></li>
                <li><a href="#own-statuses">{t!(i18n, "council-admin-own-statuses")}</a></li>
            </ul>
        </nav>
        <WaitingSection page=page.clone()/>
        <section id="applications" aria-labelledby="applications-heading">
            <h2 id="applications-heading">{t!(i18n, "council-admin-applications")}</h2>
            {notice(done_in("applications"))}
            <Applications applications=page.applications.clone() today refusals=refusals.clone()/>
        </section>
        <section id="members" aria-labelledby="members-heading">
            <h2 id="members-heading">{t!(i18n, "council-admin-members")}</h2>
            {notice(done_in("members"))}
            <Members members=page.current.clone() today refusals=refusals.clone()/>
        </section>
        <section id="alumni" aria-labelledby="alumni-heading">
            <h2 id="alumni-heading">{t!(i18n, "council-admin-alumni")}</h2>
            {notice(done_in("alumni"))}
            <Alumni members=page.alumni.clone()/>
        </section>
        <section id="hearings" aria-labelledby="hearings-heading">
            <h2 id="hearings-heading">{t!(i18n, "council-admin-hearings")}</h2>
            <Hearings hearings=page.hearings.clone() refused=refusals.hearing.clone() messages=hearing_messages.clone()/>
        </section>
        <section id="meetings" aria-labelledby="meetings-heading">
            <h2 id="meetings-heading">{t!(i18n, "council-admin-meetings")}</h2>
            <Meetings meetings=page.meetings.clone() refused=refusals.meeting.clone() messages=meeting_messages.clone()/>
        </section>
        <section id="plan" aria-labelledby="plan-heading">
            <h2 id="plan-heading">{t!(i18n, "council-admin-plan")}</h2>
            {notice(done_in("plan"))}
            <Plan items=page.plan.clone() refused=refusals.plan_add.clone() messages=plan.clone()/>
        </section>
        <section id="own-statuses" aria-labelledby="own-statuses-heading">
            <h2 id="own-statuses-heading">{t!(i18n, "council-admin-own-statuses")}</h2>
            {notice(done_in("own-statuses"))}
            <OwnStatuses statuses=page.own_statuses.clone() refused=refusals.own_status_add.clone() messages=own_status_messages.clone()/>
        </section>
    }
}

/// The counts of what waits, and the input and reports behind them.
#[component]
fn WaitingSection(page: CouncilAdmin) -> impl IntoView {
    let i18n = use_i18n();
    let w = page.waiting;
    let hearing_href = {
        let i18n = i18n.clone();
        move |hearing_id: i64, input_id: i64| {
            i18n.href(&format!(
                "/staff/council/hearings/{hearing_id}#input-{input_id}"
            ))
        }
    };
    let input_line = {
        let i18n = i18n.clone();
        let hearing_href = hearing_href.clone();
        move |i: InputForCoordinator| {
            let waited = t!(i18n, "council-admin-days-waiting", days = i.days_waiting);
            view! {
                <li>
                    <a href=hearing_href(i.hearing_id, i.id)>
                        {t!(i18n, "council-admin-input-from", name = i.first_name.clone(), hearing = i.hearing_title.clone())}
                    </a>
                    " · "{waited}
                </li>
            }
        }
    };
    let urgent = page.overdue > 0;
    view! {
        <section id="waiting" aria-labelledby="waiting-heading">
            <h2 id="waiting-heading">{t!(i18n, "council-admin-waiting")}</h2>
            <ul class="task-list">
                <li><a class="task" href="#pending-inputs">
                    <span class="task__title">{t!(i18n, "council-admin-pending-inputs", count = w.pending_inputs)}</span>
                </a></li>
                <li><a class="task" href="#hearings">
                    <span class="task__title">{t!(i18n, "council-admin-pending-comments", count = w.pending_comments)}</span>
                </a></li>
                <li><a class="task" href="#open-reports">
                    <span class="task__title">{t!(i18n, "council-admin-open-reports", count = w.open_reports)}</span>
                </a></li>
                <li><a class="task" class:task--urgent=urgent href="#overdue-inputs">
                    <span class="task__title">{t!(i18n, "council-admin-overdue", count = page.overdue, days = page.overdue_days)}</span>
                </a></li>
            </ul>
            <h3 id="pending-inputs">{t!(i18n, "council-admin-pending-heading")}</h3>
            {if page.pending_inputs.is_empty() {
                view! { <p>{t!(i18n, "council-admin-none")}</p> }.into_any()
            } else {
                view! { <ul>{page.pending_inputs.clone().into_iter().map(input_line.clone()).collect_view()}</ul> }.into_any()
            }}
            <h3 id="overdue-inputs">{t!(i18n, "council-admin-overdue-heading", days = page.overdue_days)}</h3>
            {if page.overdue_inputs.is_empty() {
                view! { <p>{t!(i18n, "council-admin-none")}</p> }.into_any()
            } else {
                view! { <ul>{page.overdue_inputs.clone().into_iter().map(input_line.clone()).collect_view()}</ul> }.into_any()
            }}
            <h3 id="open-reports">{t!(i18n, "council-admin-reports-heading")}</h3>
            {if page.reports.is_empty() {
                view! { <p>{t!(i18n, "council-admin-none")}</p> }.into_any()
            } else {
                view! {
                    <ul>
                        {page.reports.clone().into_iter().map(|row| {
                            let r = row.report;
                            let anchor = match (r.input_id, r.comment_id) {
                                (Some(id), _) => format!("#input-{id}"),
                                (None, Some(id)) => format!("#comment-{id}"),
                                (None, None) => String::new(),
                            };
                            let href = row.hearing_id.map(|h| i18n.href(&format!("/staff/council/hearings/{h}{anchor}")));
                            let text = t!(i18n, "council-admin-report-line", name = r.reporter_first_name.clone(), text = r.text.clone());
                            view! {
                                <li>
                                    {match href {
                                        Some(href) => view! { <a href=href>{text}</a> }.into_any(),
                                        None => text.into_any(),
                                    }}
                                    {r.reason.clone().map(|reason| view! { <br/>{t!(i18n, "council-admin-report-reason", reason = reason)} })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

/// A role chooser for one application or member. Called inside the form, so that a refused
/// form's choice comes back.
fn role_select(i18n: &I18n, id: String, context: String, current: CouncilRole) -> impl IntoView {
    let chosen = kept("role", current.as_str());
    view! {
        <div class="field">
            <label for=id.clone()>{t!(i18n, "council-admin-role")}<span class="visually-hidden">{context}</span></label>
            <select id=id name="role">
                {CouncilRole::ALL
                    .into_iter()
                    .map(|r| view! { <option value=r.as_str() selected=chosen == r.as_str()>{role_label(i18n, r)}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}

/// Role and term fields for one application (`a12`) or member (`m3`), inside its form.
fn term_fields(
    i18n: &I18n,
    instance: &str,
    name: &str,
    role: CouncilRole,
    (from, to): (chrono::NaiveDate, chrono::NaiveDate),
    (from_error, to_error): (Option<String>, Option<String>),
) -> impl IntoView {
    let context = format!(" – {name}");
    view! {
        {role_select(i18n, format!("role-{instance}"), context.clone(), role)}
        <Input id=format!("term_from-{instance}") name="term_from" input_type="date"
            label=t!(i18n, "council-admin-term-from") context=context.clone()
            value=from.format("%Y-%m-%d").to_string() error=from_error/>
        <Input id=format!("term_to-{instance}") name="term_to" input_type="date"
            label=t!(i18n, "council-admin-term-to") context=context
            value=to.format("%Y-%m-%d").to_string() error=to_error/>
    }
}

fn admit_form(
    i18n: I18n,
    application: &Application,
    today: chrono::NaiveDate,
    errors: (Option<String>, Option<String>),
) -> impl IntoView {
    let id = application.id;
    let name = application.first_name.clone();
    let button = t!(i18n, "council-admin-admit", name = name.clone());
    view! {
        <Form action={ServerAction::<AdmitApplication>::new()} class="form" novalidate=true instance=("application_id", id.to_string())>
            <input type="hidden" name="lang" value=lang_code(&i18n)/>
            <input type="hidden" name="application_id" value=id.to_string()/>
            {term_fields(&i18n, &format!("a{id}"), &name, CouncilRole::Member, (today, today + Duration::days(365)), errors)}
            <button type="submit" class="button">{button}</button>
        </Form>
    }
}

fn decline_form(i18n: I18n, application: &Application) -> impl IntoView {
    let id = application.id;
    let button = t!(
        i18n,
        "council-admin-decline",
        name = application.first_name.clone()
    );
    view! {
        <Form action={ServerAction::<DeclineApplication>::new()} class="form">
            <input type="hidden" name="lang" value=lang_code(&i18n)/>
            <input type="hidden" name="application_id" value=id.to_string()/>
            <button type="submit" class="button button--secondary">{button}</button>
        </Form>
    }
}

#[component]
fn Applications(
    applications: Vec<Application>,
    today: chrono::NaiveDate,
    refusals: Refusals,
) -> impl IntoView {
    let i18n = use_i18n();
    let terms = term_messages(&i18n);
    let (new, decided): (Vec<_>, Vec<_>) = applications
        .into_iter()
        .partition(|a| a.state == ApplicationState::New);
    let empty = new.is_empty();
    let cards = new
        .into_iter()
        .map(|a| {
            let refused = Refused::at(&refusals.admit, &a.id.to_string());
            let errors = (
                Refused::message(&refused, &terms, "term_from"),
                Refused::message(&refused, &terms, "term_to"),
            );
            let age = today.year() - a.birth_year;
            let language = crate::i18n::Lang::from_code(&a.language)
                .map_or(a.language.clone(), |l| l.native_name().to_string());
            let reason = if a.reason.is_empty() {
                t!(i18n, "council-admin-no-reason")
            } else {
                a.reason.clone()
            };
            view! {
                <li class="answer-card" id=format!("application-{}", a.id)>
                    <h3>{a.first_name.clone()}</h3>
                    <dl class="facts">
                        <dt>{t!(i18n, "council-admin-age")}</dt>
                        <dd>{t!(i18n, "council-admin-age-value", age = age)}</dd>
                        {a.mobile.clone().map(|m| view! { <dt>{t!(i18n, "request-mobile")}</dt><dd>{m}</dd> })}
                        {a.email.clone().map(|e| view! { <dt>{t!(i18n, "login-email")}</dt><dd>{e}</dd> })}
                        <dt>{t!(i18n, "council-admin-contact-by")}</dt>
                        <dd>{channel_label(&i18n, a.contact_channel)}</dd>
                        <dt>{t!(i18n, "council-admin-language")}</dt>
                        <dd>{language}</dd>
                        <dt>{t!(i18n, "council-admin-reason")}</dt>
                        <dd>{reason}</dd>
                        <dt>{t!(i18n, "council-admin-received")}</dt>
                        <dd>{crate::calendar::when_label(&i18n, a.created_at)}</dd>
                    </dl>
                    {admit_form(i18n.clone(), &a, today, errors)}
                    {decline_form(i18n.clone(), &a)}
                </li>
            }
        })
        .collect_view();
    let decided_count = decided.len();
    let decided_lines = decided
        .into_iter()
        .map(|a| {
            let state = match a.state {
                ApplicationState::Admitted => t!(i18n, "council-admin-application-admitted"),
                ApplicationState::Declined => t!(i18n, "council-admin-application-declined"),
                ApplicationState::New => String::new(),
            };
            let when = a
                .decided_at
                .map(|d| date_with_year(&i18n, domain::council::today(d)))
                .unwrap_or_default();
            view! { <li>{a.first_name.clone()}": "{state}" "{when}</li> }
        })
        .collect_view();
    view! {
        {if empty {
            view! { <p>{t!(i18n, "council-admin-no-applications")}</p> }.into_any()
        } else {
            view! { <ul class="answer-list">{cards}</ul> }.into_any()
        }}
        {(decided_count > 0).then(|| view! {
            <details>
                <summary>{t!(i18n, "council-admin-decided-applications", count = decided_count)}</summary>
                <ul>{decided_lines}</ul>
            </details>
        })}
    }
}

fn member_form(
    i18n: I18n,
    member: &Member,
    errors: (Option<String>, Option<String>),
) -> impl IntoView {
    let id = member.id;
    let name = member.first_name.clone();
    let button = t!(i18n, "council-admin-save-member", name = name.clone());
    let (role, term) = (member.role, (member.term_from, member.term_to));
    view! {
        <Form action={ServerAction::<UpdateMember>::new()} class="form" novalidate=true instance=("member_id", id.to_string())>
            <input type="hidden" name="lang" value=lang_code(&i18n)/>
            <input type="hidden" name="member_id" value=id.to_string()/>
            {term_fields(&i18n, &format!("m{id}"), &name, role, term, errors)}
            <button type="submit" class="button button--secondary">{button}</button>
        </Form>
    }
}

/// Ending a term cannot be undone: the box must be ticked.
fn end_term_form(i18n: I18n, member: &Member, error: Option<String>) -> impl IntoView {
    let id = member.id;
    let confirm_id = format!("confirm-m{id}");
    let error_id = format!("{confirm_id}-error");
    let label = t!(
        i18n,
        "council-admin-end-confirm",
        name = member.first_name.clone()
    );
    let button = t!(
        i18n,
        "council-admin-end-term",
        name = member.first_name.clone()
    );
    view! {
        <Form action={ServerAction::<EndTerm>::new()} class="form" instance=("member_id", id.to_string())>
            <input type="hidden" name="lang" value=lang_code(&i18n)/>
            <input type="hidden" name="member_id" value=id.to_string()/>
            <div class="field" class:field--error=error.is_some()>
                {error.clone().map(|e| view! { <p class="field__error" id=error_id.clone()>{e}</p> })}
                <div class="choice">
                    <input type="checkbox" id=confirm_id.clone() name="confirm" value="1"
                        checked=kept_checked("confirm", "1", false)
                        aria-invalid=error.is_some().then_some("true")
                        aria-describedby=error.is_some().then_some(error_id.clone())/>
                    <label for=confirm_id>{label}</label>
                </div>
            </div>
            <button type="submit" class="button button--secondary">{button}</button>
        </Form>
    }
}

#[component]
fn Members(members: Vec<Member>, today: chrono::NaiveDate, refusals: Refusals) -> impl IntoView {
    let i18n = use_i18n();
    let terms = term_messages(&i18n);
    let confirm_messages: Messages =
        vec![("confirm", "", t!(i18n, "council-admin-end-confirm-missing"))];
    if members.is_empty() {
        return view! { <p>{t!(i18n, "council-admin-no-members")}</p> }.into_any();
    }
    let now = chrono::Utc::now();
    let cards = members
        .into_iter()
        .map(|m| {
            let key = m.id.to_string();
            let refused = Refused::at(&refusals.update, &key);
            let errors = (
                Refused::message(&refused, &terms, "term_from"),
                Refused::message(&refused, &terms, "term_to"),
            );
            let confirm_error =
                Refused::message(&Refused::at(&refusals.end, &key), &confirm_messages, "confirm");
            let term = t!(
                i18n,
                "council-admin-term",
                from = date_with_year(&i18n, m.term_from),
                to = date_with_year(&i18n, m.term_to)
            );
            let starts_later = m.term_from > today;
            let contact = [m.mobile.clone(), m.email.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · ");
            let minor = domain::council::is_minor(m.birth_year, now);
            let age = today.year() - m.birth_year;
            view! {
                <li class="answer-card" id=format!("member-{}", m.id)>
                    <h3>{m.first_name.clone()}</h3>
                    <p>
                        <strong>{role_label(&i18n, m.role)}</strong>" · "{term}
                        {starts_later.then(|| view! { " " <span class="tag">{t!(i18n, "council-admin-starts-later")}</span> })}
                        " · "{t!(i18n, "council-admin-age-value", age = age)}
                        {minor.then(|| view! { " · " <span class="tag">{t!(i18n, "council-admin-minor")}</span> })}
                        " · "{contact}
                    </p>
                    // Folded, so the list reads on a phone; open again after a refusal.
                    <details class="disclosure" open=errors.0.is_some() || errors.1.is_some() || confirm_error.is_some()>
                        <summary>{t!(i18n, "council-admin-change-member", name = m.first_name.clone())}</summary>
                        {member_form(i18n.clone(), &m, errors.clone())}
                        {end_term_form(i18n.clone(), &m, confirm_error.clone())}
                    </details>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="answer-list">{cards}</ul> }.into_any()
}

#[component]
fn Alumni(members: Vec<Member>) -> impl IntoView {
    let i18n = use_i18n();
    if members.is_empty() {
        return view! { <p>{t!(i18n, "council-admin-no-alumni")}</p> }.into_any();
    }
    view! {
        <ul>
            {members.into_iter().map(|m| {
                let ended = m.ended_at.map(domain::council::today).unwrap_or(m.term_to);
                view! {
                    <li>
                        <strong>{m.first_name.clone()}</strong>" · "{role_label(&i18n, m.role)}" · "
                        {t!(i18n, "council-admin-alumnus-term", from = date_with_year(&i18n, m.term_from), to = date_with_year(&i18n, ended))}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
fn Hearings(
    hearings: Vec<HearingRow>,
    refused: Option<Refused>,
    messages: Messages,
) -> impl IntoView {
    let i18n = use_i18n();
    let open = refused.is_some();
    let list = if hearings.is_empty() {
        view! { <p>{t!(i18n, "council-admin-no-hearings")}</p> }.into_any()
    } else {
        view! {
            <ul class="answer-list">
                {hearings.into_iter().map(|row| {
                    let h = &row.hearing;
                    let state = match row.state {
                        HearingState::Draft => t!(i18n, "council-admin-hearing-draft"),
                        HearingState::Open => t!(i18n, "council-admin-hearing-open"),
                        HearingState::Closed => t!(i18n, "council-admin-hearing-closed"),
                    };
                    view! {
                        <li class="answer-card">
                            <h3><a href=i18n.href(&format!("/staff/council/hearings/{}", h.id))>{h.title.clone()}</a></h3>
                            <p>
                                <span class="tag">{state}</span>" "
                                {t!(i18n, "council-admin-deadline-at", when = crate::calendar::when_label(&i18n, h.deadline_at))}
                            </p>
                            <p>{t!(i18n, "council-admin-hearing-counts", inputs = row.inputs, pending = row.pending, unanswered = row.unanswered)}</p>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let form = {
        let i18n = i18n.clone();
        view! {
            <Form action={ServerAction::<CreateHearing>::new()} class="form" novalidate=true>
                <input type="hidden" name="lang" value=lang_code(&i18n)/>
                {super::hearing::hearing_fields(&i18n, "-hearing", None, &refused, &messages)}
                <button type="submit" class="button">{t!(i18n, "council-admin-create-hearing")}</button>
            </Form>
        }
    };
    view! {
        {list}
        <details class="disclosure" id="new-hearing" open=open>
            <summary>{t!(i18n, "council-admin-new-hearing")}</summary>
            <p>{t!(i18n, "council-admin-new-hearing-hint")}</p>
            {form}
        </details>
    }
}

#[component]
fn Meetings(meetings: Vec<Meeting>, refused: Option<Refused>, messages: Messages) -> impl IntoView {
    let i18n = use_i18n();
    let open = refused.is_some();
    let list = if meetings.is_empty() {
        view! { <p>{t!(i18n, "council-admin-no-meetings")}</p> }.into_any()
    } else {
        view! {
            <ul class="answer-list">
                {meetings.into_iter().map(|m| view! {
                    <li class="answer-card">
                        <h3><a href=i18n.href(&format!("/staff/council/meetings/{}", m.id))>{m.title.clone()}</a></h3>
                        <p>{crate::calendar::when_label(&i18n, m.starts_at)}{(!m.place.is_empty()).then(|| format!(" · {}", m.place))}</p>
                        {m.minutes_published.then(|| view! { <p><span class="tag">{t!(i18n, "council-admin-minutes-public")}</span></p> })}
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let form = {
        let i18n = i18n.clone();
        view! {
            <Form action={ServerAction::<CreateMeeting>::new()} class="form" novalidate=true>
                <input type="hidden" name="lang" value=lang_code(&i18n)/>
                {super::meeting::meeting_fields(&i18n, "-meeting", None, &refused, &messages)}
                <button type="submit" class="button">{t!(i18n, "council-admin-create-meeting")}</button>
            </Form>
        }
    };
    view! {
        {list}
        <details class="disclosure" id="new-meeting" open=open>
            <summary>{t!(i18n, "council-admin-new-meeting")}</summary>
            {form}
        </details>
    }
}

/// The kinds of date the coordinator keeps in the plan, as a radio group inside its form.
fn kind_choices(i18n: &I18n, error: Option<String>) -> impl IntoView {
    let chosen = kept("kind", "");
    view! {
        <fieldset class="choices field" class:field--error=error.is_some()
            aria-describedby=error.is_some().then_some("kind-plan-error")>
            <legend class="choices__legend">{t!(i18n, "council-admin-kind")}</legend>
            {error.clone().map(|e| view! { <p class="field__error" id="kind-plan-error">{e}</p> })}
            {[PlanKind::ReportToCommittee, PlanKind::Other].into_iter().enumerate().map(|(n, kind)| {
                // The first choice carries the id the error summary links to.
                let id = if n == 0 { "kind-plan".to_string() } else { format!("kind-plan-{}", kind.as_str()) };
                view! {
                    <div class="choice">
                        <input type="radio" id=id.clone() name="kind" value=kind.as_str() checked=chosen == kind.as_str()/>
                        <label for=id>{plan_kind_label(i18n, kind)}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

fn remove_plan_form(i18n: I18n, item: &PlanItem) -> impl IntoView {
    let button = t!(
        i18n,
        "council-admin-remove-plan-item",
        title = item.title.clone()
    );
    let id = item.id;
    view! {
        <Form action={ServerAction::<RemovePlanItem>::new()} class="form form--inline">
            <input type="hidden" name="lang" value=lang_code(&i18n)/>
            <input type="hidden" name="item_id" value=id.to_string()/>
            <button type="submit" class="button button--secondary">{button}</button>
        </Form>
    }
}

#[component]
fn Plan(items: Vec<PlanItem>, refused: Option<Refused>, messages: Messages) -> impl IntoView {
    let i18n = use_i18n();
    let open = refused.is_some();
    let message = |field: &str| Refused::message(&refused, &messages, field);
    let (kind_error, date_error, title_error) =
        (message("kind"), message("on_date"), message("title"));
    let list = if items.is_empty() {
        view! { <p>{t!(i18n, "council-admin-no-plan-items")}</p> }.into_any()
    } else {
        view! {
            <ul>
                {items.into_iter().map(|item| view! {
                    <li>
                        <strong>{date_with_year(&i18n, item.on_date)}</strong>" · "{plan_kind_label(&i18n, item.kind)}": "{item.title.clone()}
                        {remove_plan_form(i18n.clone(), &item)}
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let add_form = {
        let i18n = i18n.clone();
        view! {
            <Form action={ServerAction::<AddPlanItem>::new()} class="form" novalidate=true>
                <input type="hidden" name="lang" value=lang_code(&i18n)/>
                {kind_choices(&i18n, kind_error)}
                <Input id="on_date-plan".to_string() name="on_date" input_type="date"
                    label=t!(i18n, "council-admin-plan-date") error=date_error/>
                <Input id="title-plan".to_string() name="title" label=t!(i18n, "council-admin-plan-title")
                    error=title_error maxlength=domain::council::plan::TITLE_MAX/>
                <button type="submit" class="button">{t!(i18n, "council-admin-add-plan-item")}</button>
            </Form>
        }
    };
    view! {
        <p>{t!(i18n, "council-admin-plan-hint")}</p>
        {list}
        <details class="disclosure" id="new-plan-item" open=open>
            <summary>{t!(i18n, "council-admin-new-plan-item")}</summary>
            {add_form}
        </details>
    }
}

fn own_status_messages(i18n: &I18n) -> Messages {
    vec![
        (
            "label",
            "",
            t!(i18n, "council-admin-own-status-label-missing"),
        ),
        ("label", "too_long", t!(i18n, "council-admin-too-long")),
    ]
}

fn retire_own_status_form(i18n: I18n, status: &OwnStatus) -> impl IntoView {
    let button = t!(
        i18n,
        "council-admin-own-status-retire",
        label = status.label.clone()
    );
    let id = status.id;
    view! {
        <Form action={ServerAction::<RetireOwnStatus>::new()} class="form form--inline">
            <input type="hidden" name="lang" value=lang_code(&i18n)/>
            <input type="hidden" name="own_status_id" value=id.to_string()/>
            <button type="submit" class="button button--secondary">{button}</button>
        </Form>
    }
}

/// The coordinator's own statuses: those in use (each can be retired), the retired ones, and a
/// form to add one.
#[component]
fn OwnStatuses(
    statuses: Vec<OwnStatus>,
    refused: Option<Refused>,
    messages: Messages,
) -> impl IntoView {
    let i18n = use_i18n();
    let label_error = Refused::message(&refused, &messages, "label");
    let (in_use, retired): (Vec<_>, Vec<_>) =
        statuses.into_iter().partition(|s| s.retired_at.is_none());
    let list = if in_use.is_empty() {
        view! { <p>{t!(i18n, "council-admin-own-statuses-none")}</p> }.into_any()
    } else {
        view! {
            <ul>
                {in_use.into_iter().map(|status| view! {
                    <li>
                        <strong>{status.label.clone()}</strong>
                        {retire_own_status_form(i18n.clone(), &status)}
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let retired = (!retired.is_empty()).then(|| {
        let labels = retired
            .into_iter()
            .map(|s| s.label)
            .collect::<Vec<_>>()
            .join(", ");
        view! { <p>{t!(i18n, "council-admin-own-statuses-retired", labels = labels)}</p> }
    });
    view! {
        <p>{t!(i18n, "council-admin-own-statuses-hint")}</p>
        {list}
        {retired}
        <Form action={ServerAction::<AddOwnStatus>::new()} class="form" novalidate=true>
            <input type="hidden" name="lang" value=lang_code(&i18n)/>
            <Input id="label-own-status".to_string() name="label" label=t!(i18n, "council-admin-own-status-label")
                error=label_error maxlength=LABEL_MAX/>
            <button type="submit" class="button">{t!(i18n, "council-admin-own-status-add")}</button>
        </Form>
    }
}
