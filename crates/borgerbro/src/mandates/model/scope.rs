//! What a permission can hold (areas and errands, look or act) and the other values
//! a citizen, the front desk or a system types when giving one, checked the same on
//! every page and in the API.

use serde::Serialize;

use super::access::letters_need;
use crate::post::Area;

/// What a permission covers: a kind of errand, or one of the areas letters are filed under
/// (a letter about housing is visible to a helper for housing, not to one for health).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Scope {
    Post,
    Bookings,
    MyData,
    Subject(Area),
}

impl Scope {
    /// Every scope a citizen can tick: the errands, then each area whose letters are
    /// given by ticking the area itself (not `Area::Bookings`, whose letters go with the
    /// bookings errand).
    pub(crate) fn all() -> Vec<Scope> {
        let mut all = vec![Scope::Post, Scope::Bookings, Scope::MyData];
        all.extend(
            Area::ALL
                .into_iter()
                .map(letters_need)
                .filter(|scope| matches!(scope, Scope::Subject(_))),
        );
        all
    }

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Scope::Post => "post",
            Scope::Bookings => "bookings",
            Scope::MyData => "mydata",
            Scope::Subject(area) => area.as_str(),
        }
    }

    pub fn parse(text: &str) -> Option<Scope> {
        Scope::all()
            .into_iter()
            .find(|scope| scope.as_str() == text)
    }

    /// The same, as the helper reads it on the banner ("Læse brevene", not "dine").
    pub(crate) fn helper_key(self) -> &'static str {
        match self {
            Scope::Post => "scope-post-helper",
            Scope::Bookings => "scope-bookings-helper",
            Scope::MyData => "scope-mydata-helper",
            Scope::Subject(area) => area.label_key(),
        }
    }

    /// What the helper may do here, in one sentence a citizen understands.
    pub(crate) fn explain_key(self) -> &'static str {
        match self {
            Scope::Post => "scope-post",
            Scope::Bookings => "scope-bookings",
            Scope::MyData => "scope-mydata",
            Scope::Subject(area) => area.label_key(),
        }
    }
}

/// May the helper only look, or also act (answer letters, book meetings)?
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Rights {
    Look,
    Act,
}

impl Rights {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Rights::Look => "look",
            Rights::Act => "act",
        }
    }

    pub fn parse(text: &str) -> Option<Rights> {
        [Rights::Look, Rights::Act]
            .into_iter()
            .find(|r| r.as_str() == text)
    }

    pub(super) fn allows(self, action: Rights) -> bool {
        self == Rights::Act || action == Rights::Look
    }
}

/// The areas of a permission as ticked or sent, checked the same on every page and in
/// the API: each one this build knows (an unknown one is refused, never dropped), each
/// once, in a steady order. Too many is refused before anything else is done with them.
pub fn scopes(typed: &[String]) -> Result<Vec<Scope>, &'static str> {
    let all = Scope::all();
    if typed.len() > all.len() * 2 {
        return Err("mandate-areas-too-many");
    }
    let mut scopes = typed
        .iter()
        .map(|text| Scope::parse(text).ok_or("mandate-area-unknown"))
        .collect::<Result<Vec<_>, _>>()?;
    scopes.sort();
    scopes.dedup();
    Ok(scopes)
}

/// The longest note on a permission: a sentence or two that the helper reads.
pub const MAX_NOTE_CHARS: usize = 500;

/// A note on a permission as typed, checked the same on every page and in the API:
/// trimmed, empty is no note; the message key of what is wrong with it.
pub fn note(typed: &str) -> Result<Option<String>, &'static str> {
    let note = typed.trim();
    if note.chars().count() > MAX_NOTE_CHARS {
        return Err("mandate-note-too-long");
    }
    crate::forms::control_problem(note, crate::forms::Lines::Several)?;
    Ok(Some(note.to_owned()).filter(|n| !n.is_empty()))
}

/// How the front desk checked who the citizen is before giving a permission for them:
/// passport, driving licence, residence card, or known to the staff member.
pub const IDENTITY_CHECKS: [&str; 4] = ["pas", "koerekort", "opholdskort", "kendt"];

/// An identity check as chosen or sent, checked the same at the desk and in the API.
pub fn identity_check(typed: &str) -> Result<String, &'static str> {
    match IDENTITY_CHECKS.contains(&typed) {
        true => Ok(typed.to_owned()),
        false if typed.trim().is_empty() => Err("mandate-identity-check-missing"),
        false => Err("mandate-identity-check-unknown"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_scope_a_citizen_ticks_has_its_own_name() {
        let all = Scope::all();
        for scope in &all {
            assert_eq!(Scope::parse(scope.as_str()), Some(*scope), "{scope:?}");
        }
        for area in Area::ALL {
            assert!(all.contains(&letters_need(area)), "{area:?} can be given");
        }
    }
}
