//! The download on "Mine data" (`{base}/hent-mine-data.zip`) for the citizen, a helper
//! inside a `mydata` permission and the front desk, and the front desk's print of the
//! same as one PDF (`/borgerservice/{citizen}/mine-data/udskrift.pdf`). A look by
//! someone else is audited before anything is read, and the citizen sees it.
//!
//! A GET, not a POST: the download changes nothing but the audit line every read of a
//! citizen's data by someone else writes, works as a plain link without JavaScript, and
//! a browser may retry it. A page on another site that links here gets nothing it can
//! read (the browser saves the file for the person logged in).

use axum::extract::State;
use axum::response::Response;

use super::super::rights::citizen::{Address, Whose};
use crate::auth::RequireUser;
use crate::state::AppState;
use crate::web::pdf_response;
use crate::web::{AppError, Page};

fn sources(state: &AppState) -> super::Sources<'_> {
    super::Sources {
        db: &state.db,
        clock: &state.clock,
        files: &state.files,
        authority: &state.authority,
    }
}

/// "Hent mine data": the ZIP.
pub(crate) async fn download(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    at: Address,
) -> Result<Response, AppError> {
    let whose = Whose::of(&state, &page, user, &at).await?;
    whose.audit_read(&state, "mydata.export").await?;
    let file = super::write_zip(&sources(&state), &whose.citizen_id).await?;
    Ok(super::api::zip_response(file, state.clock.today()))
}

/// The front desk's print: the same data as one PDF, for someone at the counter.
pub(crate) async fn print(
    State(state): State<AppState>,
    page: Page,
    user: RequireUser,
    at: Address,
) -> Result<Response, AppError> {
    let whose = Whose::of(&state, &page, user, &at).await?;
    if !whose.is_front_desk() {
        return Err(AppError::NotFound);
    }
    whose.audit_read(&state, "mydata.export.print").await?;
    let pdf = super::print::render(&sources(&state), &whose.citizen_id, page.lang).await?;
    let name = format!("mine-data-{}.pdf", state.clock.today());
    Ok(pdf_response(&name, pdf))
}
