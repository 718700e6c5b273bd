//! `GET /api/v1/network/members`: the network's members, for anyone (a member's own
//! site, a municipality's list of where to get help).

use axum::extract::State;
use axum::Json;
use serde::Serialize;
use utoipa::ToSchema;

use super::Organisation;
use crate::state::AppState;
use crate::web::AppError;

/// A member organisation as anyone may read it.
#[derive(Serialize, ToSchema)]
pub(crate) struct MemberResponse {
    id: String,
    name: String,
    /// `library`, `seniors`, `disability`, `language_school`, `housing`, `volunteers`,
    /// `authority` or `other`.
    kind: String,
    /// Who they help, in their own words.
    who_they_help: String,
    /// Where they help.
    area: String,
    /// The languages they help in (ISO 639-1).
    languages: Vec<String>,
    website: String,
    phone: String,
    /// The ids of the help places that are theirs (as in `GET /api/v1/help/places`).
    places: Vec<String>,
    /// The member's public page.
    page: String,
}

pub(crate) fn member(base: &str, o: &Organisation) -> MemberResponse {
    MemberResponse {
        id: o.id.clone(),
        name: o.profile.name.clone(),
        kind: o.profile.kind.as_str().to_owned(),
        who_they_help: o.profile.who_they_help.clone(),
        area: o.profile.area.clone(),
        languages: o.profile.languages.clone(),
        website: o.profile.website.clone(),
        phone: o.profile.phone.clone(),
        places: o.profile.place_ids.clone(),
        page: format!("{base}/netvaerk/medlemmer/{}", o.id),
    }
}

#[utoipa::path(
    get,
    path = "/api/v1/network/members",
    tag = "network",
    responses(
        (status = 200, description = "The network's member organisations now, by name", body = [MemberResponse])
    )
)]
pub(crate) async fn members(
    State(state): State<AppState>,
) -> Result<Json<Vec<MemberResponse>>, AppError> {
    let base = state.settings.public_url.as_str().trim_end_matches('/');
    let members = super::members(&state.db).await?;
    Ok(Json(members.iter().map(|o| member(base, o)).collect()))
}
