//! Builds the router and the shared state.

use std::sync::Arc;

use axum::extract::DefaultBodyLimit;
use axum::middleware::from_fn_with_state;
use axum::routing::{get, post};
use axum::{Json, Router};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::trace::TraceLayer;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::{OpenApiRouter, UtoipaMethodRouterExt};
use utoipa_axum::routes;

use crate::auth::{self, oidc::Oidc};
use crate::bookings;
use crate::clock::Clock;
use crate::config::{AuthorityProfile, Settings};
use crate::db::Db;
use crate::files::Files;
use crate::help;
use crate::mandates;
use crate::people;
use crate::post;
use crate::textcheck;
use crate::web::{self, AppError};

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub clock: Clock,
    pub settings: Arc<Settings>,
    pub authority: Arc<AuthorityProfile>,
    pub oidc: Option<Arc<Oidc>>,
    pub files: Files,
    /// Help places, kept in memory for searching.
    pub catalogue: help::Catalogue,
}

impl AppState {
    pub fn new(db: Db, clock: Clock, settings: Settings) -> Result<Self, auth::oidc::OidcError> {
        let oidc = settings
            .oidc
            .clone()
            .map(|oidc| Oidc::new(oidc, &settings.public_url).map(Arc::new))
            .transpose()?;
        Ok(Self {
            files: Files::new(settings.files.clone()),
            catalogue: help::Catalogue::default(),
            db,
            clock,
            authority: Arc::new(settings.authority.clone()),
            settings: Arc::new(settings),
            oidc,
        })
    }
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Borgerbro API",
        description = "The open API of Borgerbro. Systems authenticate with an API key \
                       (`Authorization: Bearer KEY`); errors are application/problem+json (RFC 9457)."
    ),
    modifiers(&ApiKeyScheme)
)]
struct ApiDoc;

struct ApiKeyScheme;

impl Modify for ApiKeyScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        if let Some(components) = openapi.components.as_mut() {
            components.add_security_scheme(
                "api_key",
                SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
            );
        }
    }
}

/// A letter sent through the API carries its attachments in base64: a third larger.
const MAX_API_LETTER_BYTES: usize = post::model::MAX_LETTER_BYTES / 3 * 4;

/// Ten thousand recipients with a few merge fields each.
const MAX_API_BATCH_BYTES: usize = 32 * 1024 * 1024;

/// Twenty thousand help places of a few hundred bytes each.
const MAX_IMPORT_BYTES: usize = 16 * 1024 * 1024;

/// The API routes and the OpenAPI document made from them, so the two cannot drift apart.
fn api() -> (Router<AppState>, utoipa::openapi::OpenApi) {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(web::routes::healthz))
        .routes(routes!(web::routes::authority))
        .routes(routes!(auth::routes::api_client))
        .routes(routes!(textcheck::routes::api))
        .routes(routes!(people::routes::create))
        .routes(routes!(people::routes::exempt, people::routes::unexempt))
        .routes(routes!(post::api::api_send).layer(DefaultBodyLimit::max(MAX_API_LETTER_BYTES)))
        .routes(routes!(post::api::api_get))
        .routes(routes!(post::print::api_letters))
        .routes(routes!(mandates::api::api_give, mandates::api::api_list))
        .routes(routes!(mandates::api::api_end, mandates::api::api_change))
        .routes(routes!(mandates::api::api_check))
        .routes(routes!(post::print::api_letter_pdf))
        .routes(routes!(help::api::api_places))
        .routes(routes!(help::api::api_guides))
        .routes(routes!(bookings::api::api_slots))
        .routes(routes!(bookings::api::api_book))
        .routes(routes!(bookings::api::api_get, bookings::api::api_cancel))
        .routes(
            routes!(post::api::api_send_batch).layer(DefaultBodyLimit::max(MAX_API_BATCH_BYTES)),
        )
        .split_for_parts()
}

/// Where the booking pages live: for the citizen themself, for the front desk serving a
/// citizen, and for a helper acting for one (`bookings::routes::Booker` tells them apart).
const BOOKING_BASES: [&str; 3] = [
    "/tider",
    "/borgerservice/{citizen}/tider",
    "/jeg-hjaelper/{citizen}/tider",
];

fn booking_pages(mut router: Router<AppState>) -> Router<AppState> {
    use bookings::routes as b;
    for base in BOOKING_BASES {
        router = router
            .route(base, get(b::mine))
            .route(&format!("{base}/ny"), get(b::choose))
            .route(
                &format!("{base}/ny/{{slot}}"),
                get(b::confirm).post(b::book),
            )
            .route(&format!("{base}/{{id}}"), get(b::show))
            .route(&format!("{base}/{{id}}/aftale.ics"), get(b::calendar))
            .route(
                &format!("{base}/{{id}}/flyt"),
                get(b::move_form).post(b::move_booking),
            )
            .route(&format!("{base}/{{id}}/aflys"), post(b::cancel));
    }
    router
        .route("/tider/dagen", get(b::day))
        .route("/admin/tider", get(b::slots).post(b::add_series))
        .route("/ring-mig-op", get(b::callback_form).post(b::callback))
        .route("/ring-mig-op/{id}/aftale.ics", get(b::callback_calendar))
}

/// Pages for people: sessions and CSRF protection apply.
fn pages(state: &AppState) -> Router<AppState> {
    booking_pages(Router::new())
        .route("/", get(web::routes::front))
        .route("/hjaelp", get(help::routes::front))
        .route("/tilgaengelighed", get(web::routes::accessibility))
        .route("/min-side", get(web::routes::my_page))
        .route(
            "/min-side/breve-paa-papir",
            get(people::routes::post_choice).post(people::routes::choose_post),
        )
        .route("/sprog/{code}", get(web::routes::choose_language))
        .route("/borgerservice", get(people::routes::front_desk))
        .route(
            "/borgerservice/{id}/post",
            post(people::routes::front_desk_choose),
        )
        .route("/post", get(post::routes::inbox))
        .route("/post/{id}", get(post::routes::read))
        .route("/post/{id}/faerdig", post(post::routes::done))
        .route("/post/{id}/svar", post(post::routes::reply))
        .route("/post/{id}/bilag/{position}", get(post::routes::attachment))
        .route(
            "/breve/nyt",
            get(post::write::write_page)
                .post(post::write::write)
                .layer(DefaultBodyLimit::max(post::model::MAX_LETTER_BYTES)),
        )
        .route("/breve/{id}", get(post::staff::status))
        .route("/breve/{id}/bilag/{position}", get(post::staff::attachment))
        .route("/udskrift", get(post::print::queue_page))
        .route("/udskrift/koe.pdf", get(post::print::queue_pdf))
        .route("/udskrift/afsendt", post(post::print::mark_posted))
        .route(
            "/udskrift/tilbud/{person_id}/klaret",
            post(post::print::offer_done),
        )
        .route("/udskrift/{file}", get(post::print::letter_pdf))
        .route(
            "/udskrift/{id}/bilag/{position}",
            get(post::print::attachment),
        )
        .route("/hjaelpere", get(mandates::routes::helpers))
        .route(
            "/hjaelpere/ny",
            get(mandates::routes::give_page).post(mandates::routes::give),
        )
        .route("/hjaelpere/{id}/stop", post(mandates::routes::stop))
        .route(
            "/hjaelpere/{id}/ret",
            get(mandates::routes::change_page).post(mandates::routes::change),
        )
        .route(
            "/borgerservice/tilladelse/{id}/ret",
            get(mandates::routes::desk_change_page).post(mandates::routes::desk_change),
        )
        .route(
            "/borgerservice/{id}/tilladelse",
            get(mandates::routes::desk_page).post(mandates::routes::desk_give),
        )
        .route(
            "/borgerservice/{id}/beskyttelse",
            post(mandates::routes::protect),
        )
        .route(
            "/borgerservice/tilladelse/{id}/kvittering",
            get(mandates::routes::receipt),
        )
        .route("/jeg-hjaelper", get(mandates::routes::helping))
        .route("/saadan-hjaelper-du/{name}", get(mandates::routes::guide))
        .route("/jeg-hjaelper/{id}/ja", post(mandates::routes::accept))
        .route(
            "/jeg-hjaelper/{citizen}",
            get(mandates::routes::acting_post),
        )
        .route(
            "/jeg-hjaelper/{citizen}/post/{id}",
            get(mandates::routes::acting_letter),
        )
        .route(
            "/jeg-hjaelper/{citizen}/post/{id}/svar",
            post(mandates::routes::acting_answer),
        )
        .route(
            "/jeg-hjaelper/{citizen}/post/{id}/bilag/{position}",
            get(mandates::routes::acting_attachment),
        )
        .route("/hjaelp/steder", get(help::routes::places))
        .route("/hjaelp/steder/{id}", get(help::routes::place))
        .route(
            "/hjaelp/steder/{id}/kalender.ics",
            get(help::routes::calendar),
        )
        .route(
            "/var-det-let",
            get(help::feedback::ask).post(help::feedback::answer),
        )
        .route(
            "/borgerservice/fastlaast",
            get(help::feedback::stuck_page).post(help::feedback::record_stuck),
        )
        .route("/admin/var-det-let", get(help::feedback::summary))
        .route("/admin/var-det-let.csv", get(help::feedback::export))
        .route("/hjaelp/guider", get(help::guide_pages::list))
        .route("/hjaelp/guider/{slug}", get(help::guide_pages::overview))
        .route(
            "/hjaelp/guider/{slug}/trin/{number}",
            get(help::guide_pages::step),
        )
        .route("/admin/guider", get(help::guide_pages::staff_list))
        .route(
            "/admin/guider/ny",
            get(help::guide_pages::new_page).post(help::guide_pages::create),
        )
        .route(
            "/admin/guider/{slug}/{lang}",
            get(help::guide_pages::edit_page).post(help::guide_pages::update),
        )
        .route("/admin/hjaelpesteder", get(help::staff::list))
        .route(
            "/admin/hjaelpesteder/ny",
            get(help::staff::new_page).post(help::staff::create),
        )
        .route(
            "/admin/hjaelpesteder/import",
            get(help::staff::import_page)
                .post(help::staff::import)
                .layer(DefaultBodyLimit::max(MAX_IMPORT_BYTES)),
        )
        .route(
            "/admin/hjaelpesteder/eksport.csv",
            get(help::staff::export_csv),
        )
        .route(
            "/admin/hjaelpesteder/eksport.json",
            get(help::staff::export_json),
        )
        .route(
            "/admin/hjaelpesteder/{id}",
            get(help::staff::edit_page).post(help::staff::update),
        )
        .route("/admin/hjaelpesteder/{id}/slet", post(help::staff::remove))
        .route("/rykkere", get(post::staff::escalations))
        .route("/rykkere/{id}", post(post::staff::record_outcome))
        .route(
            "/tjek-tekst",
            get(textcheck::routes::page).post(textcheck::routes::check),
        )
        .route("/log-ind", get(auth::routes::login_page))
        .route("/log-ind/demo", post(auth::routes::demo_login))
        .route("/log-ind/mitid", get(auth::routes::oidc_start))
        .route("/log-ind/callback", get(auth::routes::oidc_callback))
        .route("/log-ud", post(auth::routes::logout))
        .route(
            "/admin/api-noegler",
            get(auth::routes::api_keys).post(auth::routes::create_api_key),
        )
        .route(
            "/admin/api-noegler/{id}/spaer",
            post(auth::routes::revoke_api_key),
        )
        .fallback(|| async { AppError::NotFound })
        // The session outside the CSRF check, so that a form refused for its token still
        // gets a page that shows who is logged in.
        .layer(from_fn_with_state(state.clone(), auth::csrf_protect))
        .layer(from_fn_with_state(state.clone(), auth::resolve_session))
}

pub fn router(state: AppState) -> Router {
    let (api, openapi) = api();
    let openapi = Arc::new(openapi);
    let mut router = Router::new()
        .route("/static/{*path}", get(web::assets::serve))
        .route(
            "/api/v1/openapi.json",
            get(move || {
                let openapi = openapi.clone();
                async move { Json(openapi.as_ref().clone()) }
            }),
        )
        .merge(api)
        .merge(pages(&state));
    if state.settings.with_bare_route {
        router = router.route("/bench/bare", get(web::routes::bare));
    }
    // Inside out: a panic becomes a 500, which `render_errors` turns into a page.
    let mut router = router
        .layer(CatchPanicLayer::new())
        .layer(from_fn_with_state(state.clone(), web::error::render_errors))
        .with_state(state);
    for header in web::security::headers() {
        router = router.layer(header);
    }
    router.layer(TraceLayer::new_for_http())
}
