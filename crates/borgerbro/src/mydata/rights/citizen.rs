//! The citizen's side of their rights, whoever is at the keyboard: the citizen under
//! `/mine-data`, a helper inside a `mydata` permission under
//! `/jeg-hjaelper/{citizen}/mine-data`, and the front desk for someone at the counter
//! (with or without MitID) under `/borgerservice/{citizen}/mine-data`. Notes of
//! disagreement ("Det er ikke rigtigt") and requests under the data protection rules.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::Extension;
use axum_extra::extract::Form;
use serde::Deserialize;

use super::model::{Channel, Kind, Record};
use super::view::{note_view, request_view, NoteView, RequestView};
use super::{NewRequest, RightsError};
use crate::audit::{self, Actor, NewEntry};
use crate::auth::{self, RequireUser, Role, User};
use crate::forms::FormErrors;
use crate::idempotency::Made;
use crate::mandates::{self, acting_for, Acting, Rights, Scope};
use crate::state::AppState;
use crate::web::{render, AppError, Page};

/// Who is at the keyboard for the citizen, set by the route (`BASES`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Audience {
    Citizen,
    FrontDesk,
    Helper,
}

/// Where each audience's pages live.
pub(crate) const BASES: [(Audience, &str); 3] = [
    (Audience::Citizen, "/mine-data"),
    (Audience::FrontDesk, "/borgerservice/{citizen}/mine-data"),
    (Audience::Helper, "/jeg-hjaelper/{citizen}/mine-data"),
];

/// Whose rights the pages are about, who acts, and where the pages are.
pub(crate) struct Whose {
    user: User,
    audience: Audience,
    pub citizen_id: String,
    pub citizen_name: String,
    /// The pages' address, e.g. `/mine-data`.
    pub base: String,
    /// The banner of a helper acting for the citizen.
    pub acting: Option<Acting>,
    /// A helper with a look-only permission sees and writes nothing.
    pub may_act: bool,
}

impl Whose {
    /// Works out whose pages these are and checks the person at the keyboard may see
    /// them: the citizen themself, the front desk, or a helper whose permission covers
    /// their data (else "not found", and the citizen sees the attempt).
    pub(crate) async fn of(
        state: &AppState,
        page: &Page,
        user: RequireUser,
        at: &Address,
    ) -> Result<Whose, AppError> {
        if at.audience == Audience::Citizen {
            let citizen = user.with_role(Role::Citizen)?;
            return Ok(Whose {
                audience: at.audience,
                citizen_id: citizen.id.clone(),
                citizen_name: citizen.name.clone(),
                base: "/mine-data".into(),
                acting: None,
                may_act: true,
                user: citizen,
            });
        }
        let citizen_id = at.citizen.clone().ok_or(AppError::NotFound)?;
        if at.audience == Audience::FrontDesk {
            let staff = user.with_role(Role::FrontDesk)?;
            let citizen = auth::user(&state.db.pool, &citizen_id)
                .await?
                .ok_or(AppError::NotFound)?;
            return Ok(Whose {
                audience: at.audience,
                base: format!("/borgerservice/{citizen_id}/mine-data"),
                citizen_id,
                citizen_name: citizen.name,
                acting: None,
                may_act: true,
                user: staff,
            });
        }
        let helper = user.0;
        let (acting, _) = acting_for(state, &helper, &citizen_id, page.lang).await?;
        let today = state.clock.today();
        let decide = |rights| {
            mandates::check(
                &state.db,
                &helper.id,
                &citizen_id,
                Scope::MyData,
                rights,
                today,
            )
        };
        if decide(Rights::Look).await?.is_err() {
            mandates::refused(
                &state.db,
                &state.clock,
                &helper.id,
                &citizen_id,
                "mydata outside the permission",
            )
            .await?;
            return Err(AppError::NotCovered);
        }
        let may_act = decide(Rights::Act).await?.is_ok();
        Ok(Whose {
            audience: at.audience,
            base: format!("/jeg-hjaelper/{citizen_id}/mine-data"),
            citizen_name: acting.citizen_name.clone(),
            citizen_id,
            acting: Some(acting),
            may_act,
            user: helper,
        })
    }

    fn actor(&self) -> Actor {
        Actor::Person(self.user.id.clone())
    }

    pub(crate) fn is_own(&self) -> bool {
        self.user.id == self.citizen_id
    }

    pub(crate) fn is_front_desk(&self) -> bool {
        self.audience == Audience::FrontDesk
    }

    /// A helper who may only look is refused a change, and the citizen sees they tried.
    async fn must_act(&self, state: &AppState) -> Result<(), AppError> {
        if self.may_act {
            return Ok(());
        }
        mandates::refused(
            &state.db,
            &state.clock,
            &self.user.id,
            &self.citizen_id,
            "mydata change outside the permission",
        )
        .await?;
        Err(AppError::NotCovered)
    }

    /// Someone else looked at the citizen's notes or requests: the citizen can see so.
    pub(crate) async fn audit_read(
        &self,
        state: &AppState,
        action: &'static str,
    ) -> Result<(), AppError> {
        if self.is_own() {
            return Ok(());
        }
        audit::record(
            &state.db,
            &state.clock,
            NewEntry::new(self.actor(), action)
                .subject(&self.citizen_id)
                .acting_for(&self.citizen_id),
        )
        .await?;
        Ok(())
    }

    /// How a request made on these pages reached us.
    fn channel(&self, asked: Option<&str>) -> Channel {
        match self.audience {
            Audience::Citizen => Channel::Online,
            Audience::Helper => Channel::Helper,
            // The front desk says whether the citizen came, rang or wrote.
            Audience::FrontDesk => match asked.and_then(Channel::parse) {
                Some(c @ (Channel::Phone | Channel::Letter)) => c,
                _ => Channel::FrontDesk,
            },
        }
    }

    /// The page's title: "Anmodninger" for the citizen, "Anmodninger for Karen Jensen"
    /// for others.
    pub(crate) fn title(&self, page: &Page, key: &str) -> String {
        match self.is_own() {
            true => page.t(key),
            false => page.t1(&format!("{key}-for"), "name", &self.citizen_name),
        }
    }
}

/// The audience of the route and the citizen its address names.
pub(crate) struct Address {
    audience: Audience,
    citizen: Option<String>,
}

impl FromRequestParts<AppState> for Address {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let Extension(audience) = Extension::<Audience>::from_request_parts(parts, state)
            .await
            .map_err(|_| AppError::NotFound)?;
        let Path(params) = Path::<HashMap<String, String>>::from_request_parts(parts, state)
            .await
            .map_err(|_| AppError::NotFound)?;
        Ok(Self {
            audience,
            citizen: params.get("citizen").cloned(),
        })
    }
}

/// A record a note can be written on, as the form offers it.
pub(crate) struct RecordChoice {
    /// `person`, `letter:ID` or `booking:ID`.
    pub value: String,
    pub label: String,
}

#[derive(Template)]
#[template(path = "mydata/notes.html")]
struct NotesPage {
    page: Page,
    title: String,
    whose: Whose,
    notes: Vec<NoteView>,
    choices: Vec<RecordChoice>,
    form: NoteForm,
    errors: FormErrors,
    written: bool,
}

#[derive(Deserialize, Default)]
pub(crate) struct NoteForm {
    #[serde(default)]
    record: String,
    #[serde(default)]
    text: String,
}

#[derive(Deserialize)]
pub(crate) struct NotesQuery {
    /// A letter to write on, from its page's link "Det er ikke rigtigt".
    brev: Option<String>,
    /// A booking to write on, from its page.
    aftale: Option<String>,
    /// "1" after a note was written.
    skrevet: Option<String>,
}

fn record_of(value: &str) -> Option<Record> {
    match value.split_once(':') {
        Some((kind, id)) => Record::parse_sent(kind, Some(id)),
        None => Record::parse(value, None),
    }
}

/// What the form offers: the person data, the citizen's bookings, and the letter the
/// reader came from.
async fn choices(
    state: &AppState,
    page: &Page,
    whose: &Whose,
    letter: Option<&str>,
) -> Result<Vec<RecordChoice>, AppError> {
    let mut choices = vec![RecordChoice {
        value: "person".into(),
        label: page.t("rights-record-person"),
    }];
    if let Some(id) = letter {
        if let Some(l) = crate::post::letter(&state.db, id)
            .await?
            .filter(|l| l.recipient_id == whose.citizen_id)
        {
            // A helper is offered only a letter their permission lets them see.
            let may_see = match (&whose.acting, l.area) {
                (None, _) => true,
                (Some(_), None) => false,
                (Some(_), Some(area)) => mandates::check(
                    &state.db,
                    &whose.user.id,
                    &whose.citizen_id,
                    Scope::Subject(area),
                    Rights::Look,
                    state.clock.today(),
                )
                .await?
                .is_ok(),
            };
            if may_see {
                choices.push(RecordChoice {
                    value: format!("letter:{}", l.id),
                    label: page.t1("rights-record-letter-named", "subject", &l.subject),
                });
            }
        }
    }
    let upcoming =
        crate::bookings::upcoming_of_citizen(&state.db, &state.clock, &whose.citizen_id).await?;
    let history =
        crate::bookings::history_of_citizen(&state.db, &state.clock, &whose.citizen_id).await?;
    for b in upcoming.iter().chain(history.iter()) {
        choices.push(RecordChoice {
            value: format!("booking:{}", b.id),
            label: page.t1(
                "rights-record-booking-named",
                "when",
                &crate::bookings::when_text(page.lang, &b.slot.window),
            ),
        });
    }
    Ok(choices)
}

async fn notes_page(
    state: &AppState,
    page: Page,
    whose: Whose,
    form: NoteForm,
    errors: FormErrors,
    letter: Option<&str>,
    written: bool,
) -> Result<Html<String>, AppError> {
    let notes = super::notes_of(&state.db, &whose.citizen_id)
        .await?
        .iter()
        .map(|n| note_view(page.lang, n))
        .collect();
    let choices = choices(state, &page, &whose, letter).await?;
    render(&NotesPage {
        title: whose.title(&page, "rights-notes-title"),
        page,
        whose,
        notes,
        choices,
        form,
        errors,
        written,
    })
}

/// "Det er ikke rigtigt": the citizen's notes with staff's answers, and the form to
/// write one.
pub(crate) async fn notes(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    at: Address,
    Query(query): Query<NotesQuery>,
) -> Result<Html<String>, AppError> {
    let whose = Whose::of(&state, &page, user, &at).await?;
    whose.audit_read(&state, "mydata.note.list").await?;
    let record = match (&query.brev, &query.aftale) {
        (Some(id), _) => format!("letter:{id}"),
        (None, Some(id)) => format!("booking:{id}"),
        _ => "person".into(),
    };
    let form = NoteForm {
        record,
        text: String::new(),
    };
    let written = query.skrevet.is_some();
    notes_page(
        &state,
        page,
        whose,
        form,
        FormErrors::default(),
        query.brev.as_deref(),
        written,
    )
    .await
}

pub async fn write_note(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    at: Address,
    Form(form): Form<NoteForm>,
) -> Result<Response, AppError> {
    let whose = Whose::of(&state, &page, user, &at).await?;
    whose.must_act(&state).await?;
    let letter = form.record.strip_prefix("letter:").map(str::to_owned);
    let Some(record) = record_of(&form.record) else {
        return Err(AppError::BadRequest("rights-error-record-unknown"));
    };
    // A helper writes on a letter only when the form could offer it to them.
    let offered = choices(&state, &page, &whose, letter.as_deref())
        .await?
        .iter()
        .any(|c| c.value == form.record);
    let result = match offered {
        true => super::write_note(
            &state.db,
            &state.clock,
            &whose.citizen_id,
            record,
            &form.text,
            whose.actor(),
            None,
        )
        .await
        .map(Made::into_inner),
        false => Err(RightsError::Invalid({
            let mut errors = FormErrors::default();
            errors.add("record", "rights-error-record-unknown");
            errors
        })),
    };
    match result {
        Ok(_) => Ok(Redirect::to(&format!("{}/noter?skrevet=1", whose.base)).into_response()),
        Err(RightsError::Invalid(errors)) => {
            let html =
                notes_page(&state, page, whose, form, errors, letter.as_deref(), false).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
        }
        Err(error) => Err(error.into()),
    }
}

#[derive(Template)]
#[template(path = "mydata/requests.html")]
struct RequestsPage {
    page: Page,
    title: String,
    whose: Whose,
    requests: Vec<RequestView>,
    kinds: [Kind; 6],
    /// How the front desk says a request came: at the counter, by phone or by letter.
    desk_channels: [Channel; 3],
    form: RequestForm,
    errors: FormErrors,
}

#[derive(Deserialize, Default)]
pub(crate) struct RequestForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    text: String,
    /// The front desk's: front_desk, phone or letter.
    #[serde(default)]
    channel: String,
}

async fn requests_page(
    state: &AppState,
    page: Page,
    whose: Whose,
    form: RequestForm,
    errors: FormErrors,
) -> Result<Html<String>, AppError> {
    let today = state.clock.today();
    let requests = super::requests_of(&state.db, &whose.citizen_id)
        .await?
        .iter()
        .map(|r| request_view(page.lang, r, today))
        .collect();
    render(&RequestsPage {
        title: whose.title(&page, "rights-requests-title"),
        page,
        whose,
        requests,
        kinds: Kind::ALL,
        desk_channels: [Channel::FrontDesk, Channel::Phone, Channel::Letter],
        form,
        errors,
    })
}

/// The citizen's requests under the data protection rules, and the form to make one.
pub(crate) async fn requests(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    at: Address,
) -> Result<Html<String>, AppError> {
    let whose = Whose::of(&state, &page, user, &at).await?;
    whose.audit_read(&state, "mydata.request.list").await?;
    let form = RequestForm {
        channel: Channel::FrontDesk.as_str().into(),
        ..RequestForm::default()
    };
    requests_page(&state, page, whose, form, FormErrors::default()).await
}

pub async fn make_request(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    at: Address,
    Form(form): Form<RequestForm>,
) -> Result<Response, AppError> {
    let whose = Whose::of(&state, &page, user, &at).await?;
    whose.must_act(&state).await?;
    let kind = Kind::parse(&form.kind);
    let result = match kind {
        Some(kind) => super::make_request(
            &state.db,
            &state.clock,
            &state.authority.post,
            NewRequest {
                person_id: whose.citizen_id.clone(),
                kind,
                text: form.text.clone(),
                channel: whose.channel(Some(&form.channel)),
                received_at: None,
            },
            whose.actor(),
            None,
        )
        .await
        .map(Made::into_inner),
        None => {
            let mut errors = FormErrors::default();
            errors.add("kind", "rights-error-kind");
            if let Some(key) = super::model::text_problem(&form.text) {
                errors.add("text", key);
            }
            Err(RightsError::Invalid(errors))
        }
    };
    match result {
        Ok(made) => {
            Ok(Redirect::to(&format!("{}/anmodninger/{}", whose.base, made.id)).into_response())
        }
        Err(RightsError::Invalid(errors)) => {
            let html = requests_page(&state, page, whose, form, errors).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
        }
        Err(error) => Err(error.into()),
    }
}

#[derive(Template)]
#[template(path = "mydata/request.html")]
struct RequestPage {
    page: Page,
    whose: Whose,
    request: RequestView,
}

/// One of the citizen's requests: what they asked, when it is due, the answer.
pub(crate) async fn request(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    at: Address,
    Path(params): Path<HashMap<String, String>>,
) -> Result<Html<String>, AppError> {
    let whose = Whose::of(&state, &page, user, &at).await?;
    let id = params.get("id").ok_or(AppError::NotFound)?;
    let found = super::request(&state.db, id)
        .await?
        .filter(|r| r.person_id == whose.citizen_id)
        .ok_or(AppError::NotFound)?;
    whose.audit_read(&state, "mydata.request.read").await?;
    let request = request_view(page.lang, &found, state.clock.today());
    render(&RequestPage {
        page,
        whose,
        request,
    })
}
