//! The mandates module's pages, split by who uses them: the citizen's ("Dem der kan
//! hjælpe dig", giving, stopping), changing a permission (the citizen's and the front
//! desk's), the helper's ("Dem du hjælper" and acting for someone), the front desk's, and
//! the guides "Sådan hjælper du". Shared here: a permission as pages show it and the
//! banner over every page where a helper acts for someone.

pub(super) mod change;
pub(super) mod citizen;
pub(super) mod desk;
pub(super) mod guide;
pub(super) mod helper;

use serde::Deserialize;

use crate::auth::{self, User};
use crate::i18n::Lang;
use crate::mandates::{MandateRow, Rights, Scope, Status};
use crate::state::AppState;
use crate::web::{long_date, AppError};

/// A permission as the pages show it, from the citizen's side or the helper's.
pub(crate) struct MandateView {
    pub(crate) id: String,
    /// The helper (on the citizen's pages) or the citizen (on the helper's).
    pub(crate) other_id: String,
    pub(crate) other_name: String,
    pub(crate) scope_keys: Vec<&'static str>,
    /// The same scopes in the helper's words.
    pub(crate) helper_scope_keys: Vec<&'static str>,
    pub(crate) rights_key: &'static str,
    pub(crate) until: String,
    pub(crate) status: Status,
    pub(crate) note: String,
    /// A change that gave more, waiting for the helper's yes, beside the permission it
    /// will replace: said on its row, so it is not read as a second permission.
    pub(crate) is_change: bool,
}

impl MandateView {
    fn is_active(&self) -> bool {
        self.status == Status::Active
    }

    fn is_pending(&self) -> bool {
        self.status == Status::Pending
    }

    fn is_suspended(&self) -> bool {
        self.status == Status::Suspended
    }

    /// Whether it still counts: the citizen can stop it.
    fn in_force(&self) -> bool {
        matches!(
            self.status,
            Status::Active | Status::Pending | Status::NotYetValid | Status::Suspended
        )
    }

    fn status_key(&self) -> &'static str {
        self.status.label_key()
    }
}

fn rights_key(rights: Rights) -> &'static str {
    match rights {
        Rights::Act => "mandate-rights-act",
        Rights::Look => "mandate-rights-look",
    }
}

async fn view_of(
    state: &AppState,
    row: &MandateRow,
    other_id: &str,
    lang: Lang,
) -> Result<MandateView, AppError> {
    let today = state.clock.today();
    let other_name = auth::user(&state.db.pool, other_id)
        .await?
        .map(|u| u.name)
        .unwrap_or_default();
    Ok(MandateView {
        id: row.id.clone(),
        other_id: other_id.to_owned(),
        other_name,
        scope_keys: row.scopes.iter().map(|s| s.explain_key()).collect(),
        helper_scope_keys: row.scopes.iter().map(|s| s.helper_key()).collect(),
        rights_key: rights_key(row.rights),
        until: long_date(lang, row.valid_to),
        status: crate::mandates::rule_of(row).status(today),
        note: row.note.clone().unwrap_or_default(),
        is_change: row.replaces.is_some(),
    })
}

/// The banner over every page where a helper acts for someone: whom, what they may do,
/// and the way back.
pub(crate) struct Acting {
    pub(crate) citizen_id: String,
    pub(crate) citizen_name: String,
    pub(crate) mandates: Vec<MandateView>,
    /// The permission covers bookings: the banner links to them beside the letters.
    pub(crate) may_bookings: bool,
}

/// The helper's permissions in force from this citizen, with the banner that says so;
/// none is "not found" (and audited as refused), so a helper cannot even learn whether a
/// person exists by guessing.
pub(crate) async fn acting_for(
    state: &AppState,
    helper: &User,
    citizen_id: &str,
    lang: Lang,
) -> Result<(Acting, Vec<crate::mandates::Mandate>), AppError> {
    let in_force =
        crate::mandates::in_force_for(&state.db, &state.clock, &helper.id, citizen_id).await?;
    if in_force.is_empty() {
        return Err(AppError::NotFound);
    }
    let mut mandates = Vec::with_capacity(in_force.len());
    for (row, _) in &in_force {
        mandates.push(view_of(state, row, citizen_id, lang).await?);
    }
    let rules: Vec<crate::mandates::Mandate> = in_force.into_iter().map(|(_, rule)| rule).collect();
    let citizen_name = mandates
        .first()
        .map(|m| m.other_name.clone())
        .unwrap_or_default();
    let today = state.clock.today();
    Ok((
        Acting {
            citizen_id: citizen_id.to_owned(),
            citizen_name,
            mandates,
            may_bookings: crate::mandates::model::decide(
                &rules,
                Scope::Bookings,
                Rights::Look,
                today,
            )
            .is_ok(),
        },
        rules,
    ))
}

/// The give form's fields, kept as typed.
#[derive(Deserialize, Default)]
pub(crate) struct GiveForm {
    /// The helper's CPR number or code.
    #[serde(default)]
    helper: String,
    #[serde(default)]
    scope: Vec<String>,
    #[serde(default)]
    rights: String,
    #[serde(default)]
    valid_to: String,
    #[serde(default)]
    note: String,
}

impl GiveForm {
    fn has_scope(&self, scope: &Scope) -> bool {
        self.scope.iter().any(|s| s == scope.as_str())
    }
}
