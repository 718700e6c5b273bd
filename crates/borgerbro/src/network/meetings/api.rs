//! `GET /api/v1/network/meetings`: the network's meetings with their agendas, minutes
//! and decisions, for anyone. Who signed up is never in it.

use axum::extract::State;
use axum::Json;
use serde::Serialize;
use utoipa::ToSchema;

use crate::state::AppState;
use crate::web::AppError;

/// An item on a meeting's agenda.
#[derive(Serialize, ToSchema)]
pub(crate) struct AgendaItemResponse {
    title: String,
    description: String,
    /// The member organisation that proposed it.
    organisation: String,
}

/// A decision in the minutes.
#[derive(Serialize, ToSchema)]
pub(crate) struct DecisionResponse {
    decision: String,
    /// The organisation that does it; `null`: the network together.
    who: Option<String>,
    /// By when (`YYYY-MM-DD`).
    #[schema(format = Date)]
    by: Option<String>,
}

/// A meeting.
#[derive(Serialize, ToSchema)]
pub(crate) struct MeetingResponse {
    id: String,
    title: String,
    /// The member organisation that hosts it.
    host: String,
    place: String,
    #[schema(format = DateTime)]
    starts_at: String,
    #[schema(format = DateTime)]
    ends_at: String,
    /// The last day members may propose agenda items.
    #[schema(format = Date)]
    agenda_deadline: String,
    /// In the coordinator's order.
    agenda: Vec<AgendaItemResponse>,
    /// Markdown; empty until written after the meeting.
    minutes: String,
    decisions: Vec<DecisionResponse>,
}

fn rfc3339(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

#[utoipa::path(
    get,
    path = "/api/v1/network/meetings",
    tag = "network",
    responses(
        (status = 200, description = "The network's meetings, the newest first, with agendas, minutes and decisions", body = [MeetingResponse])
    )
)]
pub(crate) async fn meetings(
    State(state): State<AppState>,
) -> Result<Json<Vec<MeetingResponse>>, AppError> {
    let names = crate::network::members::names(&state.db).await?;
    let name = |id: &str| {
        names
            .get(id)
            .map(|o| o.profile.name.clone())
            .unwrap_or_default()
    };
    let mut answer = Vec::new();
    for meeting in super::all(&state.db).await? {
        let Some(page) = super::page(&state.db, &meeting.id).await? else {
            continue;
        };
        answer.push(MeetingResponse {
            id: meeting.id.clone(),
            title: meeting.title.clone(),
            host: name(&meeting.host),
            place: meeting.place.clone(),
            starts_at: rfc3339(meeting.starts_at),
            ends_at: rfc3339(meeting.ends_at),
            agenda_deadline: meeting.agenda_deadline.to_string(),
            agenda: page
                .agenda
                .iter()
                .map(|i| AgendaItemResponse {
                    title: i.title.clone(),
                    description: i.description.clone(),
                    organisation: name(&i.organisation_id),
                })
                .collect(),
            minutes: meeting.minutes.clone(),
            decisions: page
                .decisions
                .iter()
                .map(|d| DecisionResponse {
                    decision: d.decision.clone(),
                    who: d.who.as_deref().map(name),
                    by: d.by.map(|b| b.to_string()),
                })
                .collect(),
        });
    }
    Ok(Json(answer))
}
