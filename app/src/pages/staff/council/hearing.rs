//! `/{lang}/staff/council/hearings/:id`: one hearing as the coordinator sees it. Its text and
//! deadline, publishing it, the council's statement, and every input with its author (also
//! when the author hid the name from other members), how long it has waited, its moderation,
//! reports, support and comments; the coordinator approves, hides and restores, sets the status,
//! answers (the member gets a message in their language) and chooses what the public page shows.

use std::collections::HashSet;

use chrono::Utc;
use domain::council::{
    comment::CommentForCoordinator,
    hearing::{Hearing, HearingDraft, BACKGROUND_MAX, QUESTION_MAX, STATEMENT_MAX, TITLE_MAX},
    input::{InputForCoordinator, InputStatus, ANSWER_MAX},
    moderation::{Item, Report, REASON_MAX},
    own_status::OwnStatus,
    Approval,
};
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};

use super::{
    admin::{is_overdue, HearingState},
    done, lang_code, notice, oslo_fields, status_label, Input, Messages, Refused, Summary,
    TextArea,
};
use crate::{
    components::form::{kept, kept_checked, Form},
    error::AppError,
    i18n::{use_i18n, I18n},
    t,
};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HearingAdmin {
    pub hearing: Hearing,
    pub state: HearingState,
    pub inputs: Vec<InputForCoordinator>,
    pub comments: Vec<CommentForCoordinator>,
    /// Open reports of this hearing's input and comments.
    pub reports: Vec<Report>,
    /// The coordinator's own statuses, retired ones included (an input may still carry one).
    pub own_statuses: Vec<OwnStatus>,
    pub overdue_days: i64,
    pub now: chrono::DateTime<Utc>,
}

/// Domain fields of a hearing under their form names.
pub(crate) const HEARING_FIELDS: &[(&str, &str)] = &[("deadline", "deadline_date")];

/// A hearing as its form sends it, every problem at once (the domain checks again).
pub(crate) fn hearing_draft(
    title: &str,
    question: &str,
    background: &str,
    deadline_date: &str,
    deadline_time: &str,
) -> Result<HearingDraft, AppError> {
    let mut problems = super::server::Problems::default();
    problems.text(title, "title", TITLE_MAX, false);
    problems.text(question, "question", QUESTION_MAX, false);
    problems.text(background, "background", BACKGROUND_MAX, true);
    let date = problems.date(deadline_date, "deadline_date");
    let deadline = problems.oslo(date, deadline_time, "deadline_time");
    let Some(deadline_at) = deadline else {
        return Err(problems.error());
    };
    problems.check()?;
    Ok(HearingDraft {
        title: title.into(),
        question: question.into(),
        background: background.into(),
        deadline_at,
    })
}

#[leptos::server(prefix = "/api", endpoint = "council-hearing-admin")]
pub async fn get_hearing_admin(id: i64) -> Result<HearingAdmin, AppError> {
    use domain::council::{comment, hearing, input, moderation, own_status};

    use super::server::accepted;
    let (portal, staff) = crate::session::server::require_council_coordinator().await?;
    let (db, now) = (&portal.db, Utc::now());
    let hearing = accepted(hearing::get(db, &staff, id).await, &[])?;
    let inputs = accepted(input::for_coordinator(db, &staff, Some(id), now).await, &[])?;
    let comments = accepted(comment::for_coordinator(db, &staff, id).await, &[])?;
    let input_ids: HashSet<i64> = inputs.iter().map(|i| i.id).collect();
    let comment_ids: HashSet<i64> = comments.iter().map(|c| c.id).collect();
    let reports = accepted(moderation::reports(db, &staff).await, &[])?
        .into_iter()
        .filter(|r| r.handled_at.is_none())
        .filter(|r| {
            r.input_id.is_some_and(|i| input_ids.contains(&i))
                || r.comment_id.is_some_and(|c| comment_ids.contains(&c))
        })
        .collect();
    // The coordinator reads every author's name, hidden from other members or not: logged.
    crate::session::server::audit(
        &portal,
        &staff,
        "council.hearing.read",
        ("council_hearing", id.to_string()),
        None,
        format!("{} inputs, {} comments", inputs.len(), comments.len()),
    )
    .await?;
    Ok(HearingAdmin {
        state: HearingState::of(&hearing, now),
        hearing,
        inputs,
        comments,
        reports,
        own_statuses: accepted(own_status::list(db, &staff).await, &[])?,
        overdue_days: portal.council_overdue_days,
        now,
    })
}

#[leptos::server(prefix = "/api", endpoint = "council-edit-hearing")]
pub async fn edit_hearing(
    lang: String,
    hearing_id: i64,
    title: String,
    question: String,
    background: String,
    deadline_date: String,
    deadline_time: String,
) -> Result<(), AppError> {
    use super::server::{accepted, back};
    let (portal, staff) = crate::session::server::require_council_coordinator().await?;
    let draft = hearing_draft(
        &title,
        &question,
        &background,
        &deadline_date,
        &deadline_time,
    )?;
    let edited =
        domain::council::hearing::edit(&portal.db, &staff, hearing_id, &draft, Utc::now()).await;
    accepted(edited, HEARING_FIELDS)?;
    back(&lang, &format!("/hearings/{hearing_id}?done=saved#hearing"));
    Ok(())
}

#[leptos::server(prefix = "/api", endpoint = "council-publish-hearing")]
pub async fn publish_hearing(lang: String, hearing_id: i64) -> Result<(), AppError> {
    use super::server::{accepted, back};
    let (portal, staff) = crate::session::server::require_council_coordinator().await?;
    let published =
        domain::council::hearing::publish(&portal.db, &staff, hearing_id, Utc::now()).await;
    accepted(published, &[])?;
    back(
        &lang,
        &format!("/hearings/{hearing_id}?done=published#hearing"),
    );
    Ok(())
}

/// Keeps the council's statement; the checkbox puts it on the public page.
#[leptos::server(prefix = "/api", endpoint = "council-statement")]
pub async fn set_statement(
    lang: String,
    hearing_id: i64,
    statement: String,
    published: Option<String>,
) -> Result<(), AppError> {
    use super::server::{accepted, back};
    let (portal, staff) = crate::session::server::require_council_coordinator().await?;
    let saved = domain::council::hearing::set_statement(
        &portal.db,
        &staff,
        hearing_id,
        &statement,
        published.is_some(),
        Utc::now(),
    )
    .await;
    accepted(saved, &[])?;
    back(
        &lang,
        &format!("/hearings/{hearing_id}?done=statement#statement"),
    );
    Ok(())
}

/// The input or comment a moderation form names: a comment when it sends `comment_id`.
fn item(input_id: Option<i64>, comment_id: Option<i64>) -> Result<Item, AppError> {
    match (input_id, comment_id) {
        (_, Some(comment)) => Ok(Item::Comment(comment)),
        (Some(input), None) => Ok(Item::Input(input)),
        (None, None) => Err(AppError::NotFound),
    }
}

/// Back to the hearing, at the input or comment just changed, with what happened.
fn back_to(lang: &str, hearing_id: i64, item: Item, done: &str) {
    let at = match item {
        Item::Input(id) => format!("input-{id}"),
        Item::Comment(id) => format!("comment-{id}"),
    };
    super::server::back(
        lang,
        &format!("/hearings/{hearing_id}?done={done}&at={at}#{at}"),
    );
}

/// Lets other members see a minor's input or comment.
#[leptos::server(prefix = "/api", endpoint = "council-approve")]
pub async fn approve(
    lang: String,
    hearing_id: i64,
    input_id: Option<i64>,
    comment_id: Option<i64>,
) -> Result<(), AppError> {
    use super::server::accepted;
    let (portal, staff) = crate::session::server::require_council_coordinator().await?;
    let item = item(input_id, comment_id)?;
    let approved = domain::council::moderation::approve(&portal.db, &staff, item, Utc::now()).await;
    accepted(approved, &[])?;
    back_to(&lang, hearing_id, item, "approved");
    Ok(())
}

/// Hides an input or comment from every member but its author, with a reason they see.
#[leptos::server(prefix = "/api", endpoint = "council-hide")]
pub async fn hide(
    lang: String,
    hearing_id: i64,
    input_id: Option<i64>,
    comment_id: Option<i64>,
    reason: String,
) -> Result<(), AppError> {
    use super::server::accepted;
    let (portal, staff) = crate::session::server::require_council_coordinator().await?;
    let item = item(input_id, comment_id)?;
    let hidden =
        domain::council::moderation::hide(&portal.db, &staff, item, &reason, Utc::now()).await;
    accepted(hidden, &[])?;
    back_to(&lang, hearing_id, item, "hidden");
    Ok(())
}

#[leptos::server(prefix = "/api", endpoint = "council-restore")]
pub async fn restore(
    lang: String,
    hearing_id: i64,
    input_id: Option<i64>,
    comment_id: Option<i64>,
    reason: String,
) -> Result<(), AppError> {
    use super::server::accepted;
    let (portal, staff) = crate::session::server::require_council_coordinator().await?;
    let item = item(input_id, comment_id)?;
    let restored =
        domain::council::moderation::restore(&portal.db, &staff, item, &reason, Utc::now()).await;
    accepted(restored, &[])?;
    back_to(&lang, hearing_id, item, "restored");
    Ok(())
}

/// Moves an input's status without a new answer (no message is sent).
#[leptos::server(prefix = "/api", endpoint = "council-input-status")]
pub async fn set_input_status(
    lang: String,
    hearing_id: i64,
    input_id: i64,
    status: String,
    own_status: Option<String>,
) -> Result<(), AppError> {
    use super::server::accepted;
    let (portal, staff) = crate::session::server::require_council_coordinator().await?;
    let mut problems = super::server::Problems::default();
    let parsed = InputStatus::parse(&status);
    if parsed.is_none() {
        problems.add("status", "invalid");
    }
    // «None» is the empty choice; anything else must be a status id (the domain checks whose).
    let own_status = match own_status.as_deref().map(str::trim).unwrap_or_default() {
        "" => None,
        id => {
            let id = id.parse::<i64>().ok();
            if id.is_none() {
                problems.add("own_status", "invalid");
            }
            id
        }
    };
    let Some(status) = parsed else {
        return Err(problems.error());
    };
    problems.check()?;
    let set = domain::council::input::set_status(
        &portal.db,
        &staff,
        input_id,
        status,
        own_status,
        Utc::now(),
    )
    .await;
    accepted(set, &[])?;
    back_to(&lang, hearing_id, Item::Input(input_id), "status");
    Ok(())
}

/// OT's answer to an input and what it means for it; the member is told in their language.
#[leptos::server(prefix = "/api", endpoint = "council-answer")]
pub async fn answer_input(
    lang: String,
    hearing_id: i64,
    input_id: i64,
    outcome: Option<String>,
    answer: String,
) -> Result<(), AppError> {
    use super::server::accepted;
    let (portal, staff) = crate::session::server::require_council_coordinator().await?;
    let mut problems = super::server::Problems::default();
    let outcome = outcome
        .as_deref()
        .and_then(InputStatus::parse)
        .filter(|s| s.is_answered());
    if outcome.is_none() {
        problems.add("outcome", "invalid");
    }
    problems.text(&answer, "answer", ANSWER_MAX, false);
    let Some(outcome) = outcome else {
        return Err(problems.error());
    };
    problems.check()?;
    let origin = portal.public_origin.clone();
    let answered = domain::council::input::answer(
        &portal.db,
        &staff,
        input_id,
        outcome,
        &answer,
        |notice| crate::messages::council_answer(&origin, notice),
        Utc::now(),
    )
    .await;
    accepted(answered, &[("status", "outcome")])?;
    back_to(&lang, hearing_id, Item::Input(input_id), "answered");
    Ok(())
}

/// Puts an input and its answer on the public page (never with a name), or takes it off.
#[leptos::server(prefix = "/api", endpoint = "council-publish-input")]
pub async fn publish_input(
    lang: String,
    hearing_id: i64,
    input_id: i64,
    published: Option<String>,
    names_checked: Option<String>,
) -> Result<(), AppError> {
    use super::server::accepted;
    use domain::council::input::Publication;
    let (portal, staff) = crate::session::server::require_council_coordinator().await?;
    let publication = match (published.is_some(), names_checked.is_some()) {
        (false, _) => Publication::Off,
        (true, false) => Publication::On,
        (true, true) => Publication::OnWithNames,
    };
    let set = domain::council::input::set_published(
        &portal.db,
        &staff,
        input_id,
        publication,
        Utc::now(),
    )
    .await;
    accepted(set, &[])?;
    back_to(&lang, hearing_id, Item::Input(input_id), "publication");
    Ok(())
}

#[leptos::server(prefix = "/api", endpoint = "council-handle-report")]
pub async fn handle_report(
    lang: String,
    hearing_id: i64,
    report_id: i64,
    input_id: Option<i64>,
    comment_id: Option<i64>,
) -> Result<(), AppError> {
    use super::server::accepted;
    let (portal, staff) = crate::session::server::require_council_coordinator().await?;
    let item = item(input_id, comment_id)?;
    let handled =
        domain::council::moderation::handle_report(&portal.db, &staff, report_id, Utc::now()).await;
    accepted(handled, &[])?;
    back_to(&lang, hearing_id, item, "report");
    Ok(())
}

/// What the hearing's fields say when refused.
pub(crate) fn hearing_messages(i18n: &I18n) -> Messages {
    vec![
        ("title", "", t!(i18n, "council-admin-title-missing")),
        ("title", "too_long", t!(i18n, "council-admin-too-long")),
        (
            "title",
            "line_break",
            t!(i18n, "council-admin-title-one-line"),
        ),
        ("question", "", t!(i18n, "council-admin-question-missing")),
        ("question", "too_long", t!(i18n, "council-admin-too-long")),
        ("background", "", t!(i18n, "council-admin-too-long")),
        ("deadline_date", "", t!(i18n, "council-admin-date-invalid")),
        (
            "deadline_date",
            "past",
            t!(i18n, "council-admin-deadline-past"),
        ),
        ("deadline_time", "", t!(i18n, "council-admin-time-invalid")),
        (
            "deadline_time",
            "nonexistent_time",
            t!(i18n, "council-admin-time-nonexistent"),
        ),
        (
            "deadline_time",
            "ambiguous_time",
            t!(i18n, "council-admin-time-ambiguous"),
        ),
    ]
}

/// The fields of a hearing (to create one, or to edit `current`), their ids ending in
/// `suffix`. Called inside the form, so that a refused form's values come back.
pub(crate) fn hearing_fields(
    i18n: &I18n,
    suffix: &str,
    current: Option<&Hearing>,
    refused: &Option<Refused>,
    messages: &Messages,
) -> impl IntoView {
    let message = |field: &str| Refused::message(refused, messages, field);
    let (date, time) = current.map_or_else(Default::default, |h| oslo_fields(h.deadline_at));
    let value = |f: fn(&Hearing) -> &String| current.map(|h| f(h).clone()).unwrap_or_default();
    view! {
        <Input id=format!("title{suffix}") name="title" label=t!(i18n, "council-admin-hearing-title")
            value=value(|h| &h.title) error=message("title") maxlength=TITLE_MAX/>
        <TextArea id=format!("question{suffix}") name="question" label=t!(i18n, "council-admin-question")
            value=value(|h| &h.question) error=message("question") max=QUESTION_MAX rows=3/>
        <TextArea id=format!("background{suffix}") name="background" label=t!(i18n, "council-admin-background")
            value=value(|h| &h.background) error=message("background") max=BACKGROUND_MAX rows=6 optional=true/>
        <fieldset class="field">
            <legend>{t!(i18n, "council-admin-deadline")}</legend>
            <p class="field__hint">{t!(i18n, "council-admin-oslo-time-hint")}</p>
            <Input id=format!("deadline_date{suffix}") name="deadline_date" input_type="date"
                label=t!(i18n, "council-admin-date-label") value=date error=message("deadline_date")/>
            <Input id=format!("deadline_time{suffix}") name="deadline_time" input_type="time"
                label=t!(i18n, "council-admin-time-label") value=time error=message("deadline_time")/>
        </fieldset>
    }
}

fn reason_messages(i18n: &I18n) -> Messages {
    vec![
        ("reason", "", t!(i18n, "council-admin-reason-missing")),
        ("reason", "too_long", t!(i18n, "council-admin-too-long")),
    ]
}

fn answer_messages(i18n: &I18n) -> Messages {
    vec![
        ("answer", "", t!(i18n, "council-admin-answer-missing")),
        ("answer", "too_long", t!(i18n, "council-admin-too-long")),
        ("outcome", "", t!(i18n, "council-admin-outcome-invalid")),
    ]
}

fn publication_messages(i18n: &I18n) -> Messages {
    vec![(
        "published",
        "names_member",
        t!(i18n, "council-admin-names-unchecked"),
    )]
}

fn statement_messages(i18n: &I18n) -> Messages {
    vec![
        ("statement", "", t!(i18n, "council-admin-statement-missing")),
        ("statement", "too_long", t!(i18n, "council-admin-too-long")),
    ]
}

fn status_messages(i18n: &I18n) -> Messages {
    vec![
        ("status", "", t!(i18n, "council-admin-status-invalid")),
        (
            "own_status",
            "",
            t!(i18n, "council-admin-own-status-invalid"),
        ),
    ]
}

/// The refusals of this page's forms: the page's own, and the per-input and per-comment ones
/// (each found by the copy it came from).
#[derive(Clone, Default)]
struct Refusals {
    edit: Option<Refused>,
    publish: Option<Refused>,
    statement: Option<Refused>,
    approve: Option<Refused>,
    approve_comment: Option<Refused>,
    hide: Option<Refused>,
    hide_comment: Option<Refused>,
    restore: Option<Refused>,
    restore_comment: Option<Refused>,
    status: Option<Refused>,
    answer: Option<Refused>,
    publish_input: Option<Refused>,
    report: Option<Refused>,
}

impl Refusals {
    fn read() -> Refusals {
        fn of<S>(key: Option<&str>) -> Option<Refused>
        where
            S: ServerFn<Output = (), Error = AppError> + Clone + Send + Sync + 'static,
            S::Output: Send + Sync,
        {
            let value = ServerAction::<S>::new().value().get_untracked();
            Refused::of(value, S::PATH, key)
        }
        Refusals {
            edit: of::<EditHearing>(None),
            publish: of::<PublishHearing>(None),
            statement: of::<SetStatement>(None),
            approve: of::<Approve>(Some("input_id")),
            approve_comment: of::<Approve>(Some("comment_id")),
            hide: of::<Hide>(Some("input_id")),
            hide_comment: of::<Hide>(Some("comment_id")),
            restore: of::<Restore>(Some("input_id")),
            restore_comment: of::<Restore>(Some("comment_id")),
            status: of::<SetInputStatus>(Some("input_id")),
            answer: of::<AnswerInput>(Some("input_id")),
            publish_input: of::<PublishInput>(Some("input_id")),
            report: of::<HandleReport>(Some("report_id")),
        }
    }
}

#[component]
pub fn CouncilHearingAdminPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| {
        p.get("id")
            .and_then(|id| id.parse::<i64>().ok())
            .unwrap_or(-1)
    });
    let refusals = Refusals::read();
    let load = async move {
        get_hearing_admin(id)
            .await
            .inspect_err(super::server::not_found_status)
    };
    // The hearing's title is the page's title and heading.
    super::super::staff_page(None, load, move |page: HearingAdmin| {
        view! { <HearingPage page refusals=refusals.clone()/> }
    })
}

fn publish_hearing_form(i18n: I18n, hearing_id: i64) -> impl IntoView {
    view! {
        <Form action={ServerAction::<PublishHearing>::new()} class="form">
            <input type="hidden" name="lang" value=lang_code(&i18n)/>
            <input type="hidden" name="hearing_id" value=hearing_id.to_string()/>
            <button type="submit" class="button">{t!(i18n, "council-admin-publish-hearing")}</button>
        </Form>
    }
}

/// The council's statement, and whether the public page shows it.
fn statement_form(i18n: I18n, hearing: &Hearing, error: Option<String>) -> impl IntoView {
    let text = hearing.statement.clone().unwrap_or_default();
    let published = hearing.statement_published;
    let hearing_id = hearing.id;
    view! {
        <Form action={ServerAction::<SetStatement>::new()} class="form" novalidate=true>
            <input type="hidden" name="lang" value=lang_code(&i18n)/>
            <input type="hidden" name="hearing_id" value=hearing_id.to_string()/>
            <TextArea id="statement".to_string() name="statement" label=t!(i18n, "council-admin-statement")
                value=text error=error max=STATEMENT_MAX rows=8 optional=true/>
            <div class="choice">
                <input type="checkbox" id="statement-published" name="published" value="1"
                    checked=kept_checked("published", "1", published)/>
                <label for="statement-published">{t!(i18n, "council-admin-statement-published")}</label>
            </div>
            <button type="submit" class="button">{t!(i18n, "council-admin-save-statement")}</button>
        </Form>
    }
}

fn edit_hearing_form(
    i18n: I18n,
    hearing: Hearing,
    refused: Option<Refused>,
    messages: Messages,
) -> impl IntoView {
    view! {
        <Form action={ServerAction::<EditHearing>::new()} class="form" novalidate=true>
            <input type="hidden" name="lang" value=lang_code(&i18n)/>
            <input type="hidden" name="hearing_id" value=hearing.id.to_string()/>
            {hearing_fields(&i18n, "", Some(&hearing), &refused, &messages)}
            <button type="submit" class="button">{t!(i18n, "council-admin-save-hearing")}</button>
        </Form>
    }
}

/// Inputs on one page of a hearing.
const INPUTS_PER_PAGE: i64 = 5;

#[component]
fn HearingPage(page: HearingAdmin, refusals: Refusals) -> impl IntoView {
    let i18n = use_i18n();
    let (done_code, at) = done();
    let h = page.hearing.clone();
    let hearing_id = h.id;
    // Notices about the hearing itself; those about one input show in its card.
    let hearing_notice = match (done_code.as_deref(), at.is_none()) {
        (Some("created"), true) => Some(t!(i18n, "council-admin-hearing-created")),
        (Some("saved"), true) => Some(t!(i18n, "council-admin-hearing-saved")),
        (Some("published"), true) => Some(t!(i18n, "council-admin-hearing-published")),
        _ => None,
    };
    let statement_notice = (done_code.as_deref() == Some("statement"))
        .then(|| t!(i18n, "council-admin-statement-saved"));
    let r = &refusals;
    let edit_messages = hearing_messages(&i18n);
    let statement_messages = statement_messages(&i18n);
    let reasons = reason_messages(&i18n);
    let answers = answer_messages(&i18n);
    let statuses = status_messages(&i18n);
    let none: Messages = Vec::new();
    let instance = |r: &Option<Refused>| {
        r.as_ref()
            .and_then(|r| r.instance.clone())
            .unwrap_or_default()
    };
    let per_input =
        |refused: &Option<Refused>, messages: &Messages, prefix: &str, other: String| {
            let n = instance(refused);
            Refused::problems(
                refused,
                &i18n,
                messages,
                &format!("-{prefix}{n}"),
                &format!("{}-{n}", if prefix == "c" { "comment" } else { "input" }),
                &other,
            )
        };
    let problems = [
        Refused::problems(&r.edit, &i18n, &edit_messages, "", "title", ""),
        Refused::problems(&r.publish, &i18n, &none, "", "hearing", ""),
        Refused::problems(
            &r.statement,
            &i18n,
            &statement_messages,
            "",
            "statement",
            "",
        ),
        per_input(&r.approve, &none, "i", String::new()),
        per_input(&r.approve_comment, &none, "c", String::new()),
        per_input(&r.hide, &reasons, "i", String::new()),
        per_input(&r.hide_comment, &reasons, "c", String::new()),
        per_input(&r.restore, &reasons, "i", String::new()),
        per_input(&r.restore_comment, &reasons, "c", String::new()),
        per_input(
            &r.status,
            &statuses,
            "i",
            t!(i18n, "council-admin-status-conflict"),
        ),
        per_input(
            &r.answer,
            &answers,
            "i",
            t!(i18n, "council-admin-answer-conflict"),
        ),
        per_input(
            &r.publish_input,
            &publication_messages(&i18n),
            "i",
            t!(i18n, "council-admin-publish-conflict"),
        ),
        Refused::problems(&r.report, &i18n, &none, "", "inputs", ""),
    ]
    .concat();
    let state = match page.state {
        HearingState::Draft => t!(i18n, "council-admin-hearing-draft"),
        HearingState::Open => t!(i18n, "council-admin-hearing-open"),
        HearingState::Closed => t!(i18n, "council-admin-hearing-closed"),
    };
    let statement_error = Refused::message(&r.statement, &statement_messages, "statement");
    let input_count = page.inputs.len();
    // A page of inputs at a time. After a change the page is the one holding the input (or the
    // comment's input) it was made to, so the person lands where they were.
    let wanted = leptos_router::hooks::use_query_map()
        .with_untracked(|q| q.get("page").and_then(|p| p.parse::<i64>().ok()))
        .unwrap_or(1);
    let changed_input = at.as_deref().and_then(|at| {
        let (kind, id) = at.split_once('-')?;
        let id = id.parse::<i64>().ok()?;
        match kind {
            "input" => Some(id),
            "comment" => page
                .comments
                .iter()
                .find(|c| c.id == id)
                .map(|c| c.input_id),
            _ => None,
        }
    });
    let wanted = changed_input
        .and_then(|id| page.inputs.iter().position(|i| i.id == id))
        .map_or(wanted, |n| n as i64 / INPUTS_PER_PAGE + 1);
    let shown = domain::paging::Page::of(page.inputs.clone(), wanted, INPUTS_PER_PAGE);
    let paging = crate::components::paging::paging(&i18n, shown.page, shown.pages, |n| {
        i18n.href(&format!(
            "/staff/council/hearings/{hearing_id}?page={n}#inputs"
        ))
    });
    let cards = shown
        .items
        .iter()
        .map(|input| {
            let comments = page
                .comments
                .iter()
                .filter(|c| c.input_id == input.id)
                .cloned()
                .collect::<Vec<_>>();
            let reports = page
                .reports
                .iter()
                .filter(|rep| {
                    rep.input_id == Some(input.id)
                        || comments.iter().any(|c| Some(c.id) == rep.comment_id)
                })
                .cloned()
                .collect::<Vec<_>>();
            view! {
                <InputCard
                    input=input.clone()
                    comments
                    reports
                    hearing_id
                    overdue_days=page.overdue_days
                    own_statuses=page.own_statuses.clone()
                    refusals=refusals.clone()
                    done=done_code.clone().zip(at.clone())
                />
            }
        })
        .collect_view();
    let draft = page.state == HearingState::Draft;
    view! {
        <p><a href=i18n.href("/staff/council#hearings")>{t!(i18n, "council-admin-back")}</a></p>
        <Title text=h.title.clone()/>
        <h1 id="hearing">{h.title.clone()}</h1>
        <Summary problems/>
        {notice(hearing_notice)}
        <p>
            <span class="tag">{state}</span>" "
            {t!(i18n, "council-admin-deadline-at", when = crate::calendar::when_label(&i18n, h.deadline_at))}
        </p>
        <p><strong>{h.question.clone()}</strong></p>
        {draft.then(|| view! {
            <p>{t!(i18n, "council-admin-draft-hint")}</p>
            {publish_hearing_form(i18n.clone(), hearing_id)}
        })}
        <section id="inputs" aria-labelledby="inputs-heading">
            <h2 id="inputs-heading">{t!(i18n, "council-admin-inputs", count = input_count)}</h2>
            <p>{t!(i18n, "council-admin-inputs-hint", days = page.overdue_days)}</p>
            {if input_count == 0 {
                view! { <p>{t!(i18n, "council-admin-no-inputs")}</p> }.into_any()
            } else {
                view! { <ol class="answer-list">{cards}</ol> }.into_any()
            }}
            {paging}
        </section>
        <section aria-labelledby="statement-heading">
            <h2 id="statement-heading">{t!(i18n, "council-admin-statement-heading")}</h2>
            {notice(statement_notice)}
            {statement_form(i18n.clone(), &h, statement_error)}
        </section>
        <details class="disclosure" id="edit-hearing" open=refusals.edit.is_some()>
            <summary>{t!(i18n, "council-admin-edit-hearing")}</summary>
            {edit_hearing_form(i18n.clone(), h.clone(), refusals.edit.clone(), edit_messages.clone())}
        </details>
    }
}

fn approval_label(i18n: &I18n, approval: Approval) -> String {
    match approval {
        Approval::Pending => t!(i18n, "council-admin-approval-pending"),
        Approval::Approved => t!(i18n, "council-admin-approval-approved"),
        Approval::NotNeeded => t!(i18n, "council-admin-approval-not-needed"),
    }
}

/// Text as typed, one paragraph per line.
fn paragraphs(text: &str) -> impl IntoView {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| view! { <p>{l.to_string()}</p> })
        .collect_view()
}

/// The notice for an input or comment card, when the change just made was to it.
fn card_notice(
    i18n: &I18n,
    done: &Option<(String, String)>,
    at: &str,
    name: &str,
) -> Option<String> {
    let (code, place) = done.as_ref()?;
    if place != at {
        return None;
    }
    Some(match code.as_str() {
        "approved" => t!(i18n, "council-admin-approved"),
        "hidden" => t!(i18n, "council-admin-hidden"),
        "restored" => t!(i18n, "council-admin-restored"),
        "status" => t!(i18n, "council-admin-status-saved"),
        "answered" => t!(i18n, "council-admin-answered", name = name.to_string()),
        "publication" => t!(i18n, "council-admin-publication-saved"),
        "report" => t!(i18n, "council-admin-report-handled"),
        _ => return None,
    })
}

/// The open reports of one input or comment, each with «mark handled».
fn report_list(i18n: &I18n, reports: Vec<Report>, hearing_id: i64, item: Item) -> impl IntoView {
    let (key, id) = item_key(item);
    let lang = lang_code(i18n);
    (!reports.is_empty()).then(|| {
        view! {
            <ul>
                {reports.into_iter().map(|rep| {
                    let button = t!(i18n, "council-admin-handle-report", name = rep.reporter_first_name.clone());
                    view! {
                        <li>
                            <span class="tag tag--urgent">{t!(i18n, "council-admin-reported")}</span>" "
                            {t!(i18n, "council-admin-reported-by", name = rep.reporter_first_name.clone(), when = crate::calendar::when_label(i18n, rep.created_at))}
                            {rep.reason.clone().map(|reason| view! { <br/>{t!(i18n, "council-admin-report-reason", reason = reason)} })}
                            <Form action={ServerAction::<HandleReport>::new()} class="form form--inline">
                                {hidden_fields(lang, hearing_id, key, id)}
                                <input type="hidden" name="report_id" value=rep.id.to_string()/>
                                <button type="submit" class="button button--secondary">{button}</button>
                            </Form>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
    })
}

/// The hidden fields every form about one input or comment sends.
fn hidden_fields(lang: &'static str, hearing_id: i64, key: &'static str, id: i64) -> impl IntoView {
    view! {
        <input type="hidden" name="lang" value=lang/>
        <input type="hidden" name="hearing_id" value=hearing_id.to_string()/>
        <input type="hidden" name=key value=id.to_string()/>
    }
}

/// Approving a minor's input or comment.
fn approve_form(i18n: I18n, hearing_id: i64, item: Item, button: String) -> impl IntoView {
    let (key, id) = item_key(item);
    view! {
        <Form action={ServerAction::<Approve>::new()} class="form">
            {hidden_fields(lang_code(&i18n), hearing_id, key, id)}
            <button type="submit" class="button">{button}</button>
        </Form>
    }
}

fn item_key(item: Item) -> (&'static str, i64) {
    match item {
        Item::Input(id) => ("input_id", id),
        Item::Comment(id) => ("comment_id", id),
    }
}

fn item_suffix(item: Item) -> String {
    match item {
        Item::Input(id) => format!("-i{id}"),
        Item::Comment(id) => format!("-c{id}"),
    }
}

/// The hide form of a visible input or comment, or the restore form of a hidden one: both
/// with the reason, kept in the moderation history (a hiding's reason is shown to the author).
fn moderation_form(
    i18n: I18n,
    hearing_id: i64,
    item: Item,
    hidden: bool,
    name: &str,
    error: Option<String>,
) -> AnyView {
    let (key, id) = item_key(item);
    let suffix = item_suffix(item);
    let lang = lang_code(&i18n);
    let field = move |label: String| {
        view! {
            {hidden_fields(lang, hearing_id, key, id)}
            <TextArea id=format!("reason{suffix}") name="reason" label=label error=error max=REASON_MAX rows=2/>
        }
    };
    let comment = matches!(item, Item::Comment(_));
    if hidden {
        let button = if comment {
            t!(
                i18n,
                "council-admin-restore-comment",
                name = name.to_string()
            )
        } else {
            t!(i18n, "council-admin-restore-input", name = name.to_string())
        };
        let label = t!(i18n, "council-admin-restore-reason");
        view! {
            <Form action={ServerAction::<Restore>::new()} class="form" novalidate=true instance=(key, id.to_string())>
                {field(label)}
                <button type="submit" class="button button--secondary">{button}</button>
            </Form>
        }
        .into_any()
    } else {
        let button = if comment {
            t!(i18n, "council-admin-hide-comment", name = name.to_string())
        } else {
            t!(i18n, "council-admin-hide-input", name = name.to_string())
        };
        let label = t!(i18n, "council-admin-hide-reason");
        view! {
            <Form action={ServerAction::<Hide>::new()} class="form" novalidate=true instance=(key, id.to_string())>
                {field(label)}
                <button type="submit" class="button button--secondary">{button}</button>
            </Form>
        }
        .into_any()
    }
}

/// OT's answer: the text and what it means; sending it tells the member.
fn answer_form(
    i18n: I18n,
    hearing_id: i64,
    input: &InputForCoordinator,
    answer_error: Option<String>,
    outcome_error: Option<String>,
) -> impl IntoView {
    let suffix = format!("-i{}", input.id);
    let name = input.first_name.clone();
    let hint = if input.answer.is_some() {
        t!(i18n, "council-admin-answer-again-hint", name = name.clone())
    } else {
        t!(i18n, "council-admin-answer-hint", name = name.clone())
    };
    let current = if input.status.is_answered() {
        input.status
    } else {
        InputStatus::Answered
    };
    let label = t!(i18n, "council-admin-answer", name = name.clone());
    let button = t!(i18n, "council-admin-send-answer", name = name);
    let value = input.answer.clone().unwrap_or_default();
    let id = input.id;
    view! {
        <Form action={ServerAction::<AnswerInput>::new()} class="form" novalidate=true instance=("input_id", id.to_string())>
            {hidden_fields(lang_code(&i18n), hearing_id, "input_id", id)}
            <p class="field__hint">{hint}</p>
            <TextArea id=format!("answer{suffix}") name="answer" label value error=answer_error max=ANSWER_MAX rows=4/>
            {outcome_choices(&i18n, &suffix, current, outcome_error)}
            <button type="submit" class="button">{button}</button>
        </Form>
    }
}

/// A status change without a new answer (no message is sent), with the coordinator's own
/// status beside it.
fn status_form(
    i18n: I18n,
    hearing_id: i64,
    input: &InputForCoordinator,
    own_statuses: &[OwnStatus],
    errors: (Option<String>, Option<String>),
) -> impl IntoView {
    let suffix = format!("-i{}", input.id);
    let button = t!(
        i18n,
        "council-admin-save-status",
        name = input.first_name.clone()
    );
    // Without an answer the early statuses; with one the answered ones (a new answer goes
    // through the answer form, which tells the member).
    let answered = input.answer.is_some();
    let (id, current) = (input.id, input.status);
    // Owned, for the form's children, where a refused submit's kept choice is in context.
    let (own_statuses, own_current) = (own_statuses.to_vec(), input.own_status_id);
    view! {
        <Form action={ServerAction::<SetInputStatus>::new()} class="form" novalidate=true instance=("input_id", id.to_string())>
            {hidden_fields(lang_code(&i18n), hearing_id, "input_id", id)}
            {status_select(&i18n, &suffix, answered, current, errors.0)}
            {own_status_select(&i18n, &suffix, &own_statuses, own_current, errors.1)}
            <button type="submit" class="button button--secondary">{button}</button>
        </Form>
    }
}

/// Whether the input and its answer show on the public page (never with a name). When the
/// text or the answer mentions a member's name, the form says so and publishing takes a
/// second, deliberate tick; without it the server refuses, next to the box.
fn publish_form(
    i18n: I18n,
    hearing_id: i64,
    input: &InputForCoordinator,
    error: Option<String>,
) -> impl IntoView {
    let id = input.id;
    let box_id = format!("published-i{id}");
    let error_id = format!("{box_id}-error");
    let check_id = format!("names-checked-i{id}");
    let published = input.published;
    let names = input.names_mentioned.join(", ");
    let mentions = !input.names_mentioned.is_empty() && !published;
    let button = t!(
        i18n,
        "council-admin-save-publication",
        name = input.first_name.clone()
    );
    view! {
        <Form action={ServerAction::<PublishInput>::new()} class="form" instance=("input_id", id.to_string())>
            {hidden_fields(lang_code(&i18n), hearing_id, "input_id", id)}
            {mentions.then(|| view! {
                <p class="notice notice--warning">{t!(i18n, "council-admin-names-warning", names = names.clone())}</p>
            })}
            <div class="choice" class:field--error=error.is_some()>
                {error.clone().map(|e| view! { <p class="field__error" id=error_id.clone()>{e}</p> })}
                <input type="checkbox" id=box_id.clone() name="published" value="1"
                    aria-describedby=error.is_some().then(|| error_id.clone())
                    checked=kept_checked("published", "1", published)/>
                <label for=box_id>{t!(i18n, "council-admin-publish-input")}</label>
            </div>
            {mentions.then(|| view! {
                <div class="choice">
                    <input type="checkbox" id=check_id.clone() name="names_checked" value="1"
                        checked=kept_checked("names_checked", "1", false)/>
                    <label for=check_id>{t!(i18n, "council-admin-names-confirm", names = names)}</label>
                </div>
            })}
            <button type="submit" class="button button--secondary">{button}</button>
        </Form>
    }
}

#[component]
fn InputCard(
    input: InputForCoordinator,
    comments: Vec<CommentForCoordinator>,
    reports: Vec<Report>,
    hearing_id: i64,
    overdue_days: i64,
    own_statuses: Vec<OwnStatus>,
    refusals: Refusals,
    /// The change just made (code, `input-…` or `comment-…`), if any.
    done: Option<(String, String)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let i = input;
    let key = i.id.to_string();
    let name = i.first_name.clone();
    let at = format!("input-{}", i.id);
    let overdue = is_overdue(&i, overdue_days);
    let minor = domain::council::is_minor(i.birth_year, Utc::now());
    let reasons = reason_messages(&i18n);
    let answers = answer_messages(&i18n);
    let moderation_error = if i.hidden_at.is_some() {
        Refused::message(&Refused::at(&refusals.restore, &key), &reasons, "reason")
    } else {
        Refused::message(&Refused::at(&refusals.hide, &key), &reasons, "reason")
    };
    let answer_refused = Refused::at(&refusals.answer, &key);
    let status_refused = Refused::at(&refusals.status, &key);
    let statuses = status_messages(&i18n);
    let status_errors = (
        Refused::message(&status_refused, &statuses, "status"),
        Refused::message(&status_refused, &statuses, "own_status"),
    );
    let input_reports = reports
        .iter()
        .filter(|r| r.input_id == Some(i.id))
        .cloned()
        .collect::<Vec<_>>();
    let withdrawn = i.withdrawn_at.is_some();
    let hidden = i.hidden_at.is_some();
    let publishable = !withdrawn && !hidden && i.approval != Approval::Pending;
    let waited = if i.answer.is_some() {
        t!(i18n, "council-admin-answered-after", days = i.days_waiting)
    } else {
        t!(i18n, "council-admin-days-waiting", days = i.days_waiting)
    };
    let comment_count = comments.len();
    let comment_cards = comments
        .into_iter()
        .map(|c| {
            let comment_reports = reports
                .iter()
                .filter(|r| r.comment_id == Some(c.id))
                .cloned()
                .collect::<Vec<_>>();
            view! {
                <CommentCard comment=c reports=comment_reports hearing_id refusals=refusals.clone() done=done.clone()/>
            }
        })
        .collect_view();
    // Folded, so that a hearing's inputs read one after another on a phone (the answer stands in
    // the facts above); open again after a refusal.
    let answer_open = answer_refused.is_some() || status_refused.is_some();
    let answer = (!withdrawn).then(|| {
        view! {
            <details class="disclosure" open=answer_open>
            <summary>{t!(i18n, "council-admin-answer-heading")}</summary>
            {answer_form(
                i18n.clone(),
                hearing_id,
                &i,
                Refused::message(&answer_refused, &answers, "answer"),
                Refused::message(&answer_refused, &answers, "outcome"),
            )}
            {status_form(i18n.clone(), hearing_id, &i, &own_statuses, status_errors)}
            </details>
        }
    });
    view! {
        <li class="answer-card" class:answer-card--urgent=overdue id=at.clone() data-input=i.id.to_string()>
            {notice(card_notice(&i18n, &done, &at, &name))}
            <h3>
                {t!(i18n, "council-admin-input-by", name = name.clone())}
                {minor.then(|| view! { " " <span class="tag">{t!(i18n, "council-admin-minor")}</span> })}
                {i.hide_name.then(|| view! { " " <span class="tag">{t!(i18n, "council-admin-name-hidden")}</span> })}
            </h3>
            <blockquote>{paragraphs(&i.text)}</blockquote>
            <dl class="facts">
                <dt>{t!(i18n, "council-admin-status")}</dt>
                <dd>{status_label(&i18n, i.status)}{crate::pages::council::own_status(i.own_status.clone())}</dd>
                <dt>{t!(i18n, "council-admin-approval")}</dt>
                <dd>{approval_label(&i18n, i.approval)}</dd>
                <dt>{t!(i18n, "council-admin-waited")}</dt>
                <dd>
                    {waited}
                    {overdue.then(|| view! { " " <strong class="tag tag--urgent">{t!(i18n, "council-admin-overdue-tag", days = overdue_days)}</strong> })}
                </dd>
                <dt>{t!(i18n, "council-admin-supports")}</dt>
                <dd>{i.supports}</dd>
                <dt>{t!(i18n, "council-admin-open-reports-label")}</dt>
                <dd>{i.open_reports}</dd>
                <dt>{t!(i18n, "council-admin-public")}</dt>
                <dd>{if i.published { t!(i18n, "council-admin-yes") } else { t!(i18n, "council-admin-no") }}</dd>
                {hidden.then(|| view! {
                    <dt>{t!(i18n, "council-admin-hidden-label")}</dt>
                    <dd>{i.hidden_reason.clone().unwrap_or_default()}</dd>
                })}
                {i.withdrawn_at.map(|at| view! {
                    <dt>{t!(i18n, "council-admin-withdrawn")}</dt>
                    <dd>{crate::calendar::when_label(&i18n, at)}</dd>
                })}
                {i.answer.clone().map(|a| view! {
                    <dt>{t!(i18n, "council-admin-answer-label")}</dt>
                    <dd>{paragraphs(&a)}</dd>
                })}
            </dl>
            {report_list(&i18n, input_reports, hearing_id, Item::Input(i.id))}
            {(i.approval == Approval::Pending && !withdrawn).then(|| approve_form(
                i18n.clone(), hearing_id, Item::Input(i.id),
                t!(i18n, "council-admin-approve-input", name = name.clone()),
            ))}
            {answer}
            {(publishable || i.published).then(|| publish_form(
                i18n.clone(), hearing_id, &i,
                Refused::message(&Refused::at(&refusals.publish_input, &key), &publication_messages(&i18n), "published"),
            ))}
            <details class="disclosure" open=moderation_error.is_some()>
                <summary>{if hidden { t!(i18n, "council-admin-restore-heading") } else { t!(i18n, "council-admin-hide-heading") }}</summary>
                {moderation_form(i18n.clone(), hearing_id, Item::Input(i.id), hidden, &name, moderation_error.clone())}
            </details>
            {(comment_count > 0).then(|| view! {
                <h4>{t!(i18n, "council-admin-comments", count = comment_count)}</h4>
                <ul>{comment_cards}</ul>
            })}
        </li>
    }
}

/// What an answer means for the input: answered, acted on or not acted on.
fn outcome_choices(
    i18n: &I18n,
    suffix: &str,
    current: InputStatus,
    error: Option<String>,
) -> impl IntoView {
    let outcomes = InputStatus::ALL.into_iter().filter(|s| s.is_answered());
    let chosen = kept("outcome", current.as_str());
    let error_id = format!("outcome{suffix}-error");
    view! {
        <fieldset class="choices field" class:field--error=error.is_some()
            aria-describedby=error.is_some().then(|| error_id.clone())>
            <legend class="choices__legend">{t!(i18n, "council-admin-outcome")}</legend>
            {error.clone().map(|e| view! { <p class="field__error" id=error_id.clone()>{e}</p> })}
            {outcomes.enumerate().map(|(n, status)| {
                // The first choice carries the id the error summary links to.
                let id = if n == 0 { format!("outcome{suffix}") } else { format!("outcome{suffix}-{}", status.as_str()) };
                view! {
                    <div class="choice">
                        <input type="radio" id=id.clone() name="outcome" value=status.as_str() checked=chosen == status.as_str()/>
                        <label for=id>{status_label(i18n, status)}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// The statuses an input may move to without a new answer.
fn status_select(
    i18n: &I18n,
    suffix: &str,
    answered: bool,
    current: InputStatus,
    error: Option<String>,
) -> impl IntoView {
    let choosable = InputStatus::ALL
        .into_iter()
        .filter(move |s| s.is_answered() == answered);
    let chosen = kept("status", current.as_str());
    let id = format!("status{suffix}");
    let error_id = format!("{id}-error");
    view! {
        <div class="field" class:field--error=error.is_some()>
            <label for=id.clone()>{t!(i18n, "council-admin-status-change")}</label>
            {error.clone().map(|e| view! { <p class="field__error" id=error_id.clone()>{e}</p> })}
            <select id=id name="status" aria-describedby=error.is_some().then_some(error_id)>
                {choosable.map(|s| view! {
                    <option value=s.as_str() selected=chosen == s.as_str()>{status_label(i18n, s)}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// The coordinator's own status beside the fixed one: none, one in use, or the retired one
/// this input already carries.
fn own_status_select(
    i18n: &I18n,
    suffix: &str,
    own_statuses: &[OwnStatus],
    current: Option<i64>,
    error: Option<String>,
) -> AnyView {
    let current = current.map(|id| id.to_string()).unwrap_or_default();
    let chosen = kept("own_status", &current);
    let choosable: Vec<(String, String)> = own_statuses
        .iter()
        .filter(|s| s.retired_at.is_none() || s.id.to_string() == current)
        .map(|s| (s.id.to_string(), s.label.clone()))
        .collect();
    let id = format!("own_status{suffix}");
    let error_id = format!("{id}-error");
    let none_chosen = chosen.is_empty();
    view! {
        <div class="field" class:field--error=error.is_some()>
            <label for=id.clone()>{t!(i18n, "council-admin-own-status")}</label>
            {error.clone().map(|e| view! { <p class="field__error" id=error_id.clone()>{e}</p> })}
            <select id=id name="own_status" aria-describedby=error.is_some().then_some(error_id)>
                <option value="" selected=none_chosen>{t!(i18n, "council-admin-own-status-none")}</option>
                {choosable.into_iter().map(|(value, label)| {
                    let selected = chosen == value;
                    view! { <option value=value selected=selected>{label}</option> }
                }).collect_view()}
            </select>
        </div>
    }
    .into_any()
}

#[component]
fn CommentCard(
    comment: CommentForCoordinator,
    reports: Vec<Report>,
    hearing_id: i64,
    refusals: Refusals,
    done: Option<(String, String)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let c = comment;
    let key = c.id.to_string();
    let at = format!("comment-{}", c.id);
    let name = c.first_name.clone();
    let reasons = reason_messages(&i18n);
    let hidden = c.hidden_at.is_some();
    let withdrawn = c.withdrawn_at.is_some();
    let moderation_error = if hidden {
        Refused::message(
            &Refused::at(&refusals.restore_comment, &key),
            &reasons,
            "reason",
        )
    } else {
        Refused::message(
            &Refused::at(&refusals.hide_comment, &key),
            &reasons,
            "reason",
        )
    };
    view! {
        <li id=at.clone() data-comment=c.id.to_string()>
            {notice(card_notice(&i18n, &done, &at, &name))}
            <p>
                <strong>{t!(i18n, "council-admin-comment-by", name = name.clone())}</strong>
                {c.hide_name.then(|| view! { " " <span class="tag">{t!(i18n, "council-admin-name-hidden")}</span> })}
                " · "{crate::calendar::when_label(&i18n, c.created_at)}
            </p>
            {paragraphs(&c.text)}
            <p>
                {approval_label(&i18n, c.approval)}
                {hidden.then(|| view! { " · " {t!(i18n, "council-admin-hidden-because", reason = c.hidden_reason.clone().unwrap_or_default())} })}
                {withdrawn.then(|| view! { " · " {t!(i18n, "council-admin-withdrawn")} })}
            </p>
            {report_list(&i18n, reports, hearing_id, Item::Comment(c.id))}
            {(c.approval == Approval::Pending && !withdrawn).then(|| approve_form(
                i18n.clone(), hearing_id, Item::Comment(c.id),
                t!(i18n, "council-admin-approve-comment", name = name.clone()),
            ))}
            {moderation_form(i18n.clone(), hearing_id, Item::Comment(c.id), hidden, &name, moderation_error)}
        </li>
    }
}
