//! The rules of helping: what a citizen may let a helper do, and whether a helper may do
//! something now. No I/O.

use jiff::civil::Date;
use jiff::ToSpan;
use serde::Serialize;

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
    pub fn all() -> Vec<Scope> {
        let mut all = vec![Scope::Post, Scope::Bookings, Scope::MyData];
        all.extend(
            Area::ALL
                .into_iter()
                .map(letters_need)
                .filter(|scope| matches!(scope, Scope::Subject(_))),
        );
        all
    }

    pub fn as_str(self) -> &'static str {
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
    pub fn helper_key(self) -> &'static str {
        match self {
            Scope::Post => "scope-post-helper",
            Scope::Bookings => "scope-bookings-helper",
            Scope::MyData => "scope-mydata-helper",
            Scope::Subject(area) => area.label_key(),
        }
    }

    /// What the helper may do here, in one sentence a citizen understands.
    pub fn explain_key(self) -> &'static str {
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
    pub fn as_str(self) -> &'static str {
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

    fn allows(self, action: Rights) -> bool {
        self == Rights::Act || action == Rights::Look
    }
}

/// A permission as the rules see it.
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
    if note
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err("mandate-note-invalid");
    }
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

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mandate {
    pub id: String,
    pub citizen_id: String,
    pub helper_id: String,
    pub scopes: Vec<Scope>,
    pub rights: Rights,
    /// Calendar days, both included.
    pub valid_from: Date,
    pub valid_to: Date,
    pub accepted: bool,
    pub ended: bool,
    pub suspended: bool,
}

/// Why a helper may not do something, in words the API and the pages share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Denial {
    // Ordered from least to most telling: when several permissions deny, the most
    // telling reason is the one given.
    NoMandate,
    Revoked,
    Expired,
    NotYetValid,
    NotAccepted,
    Suspended,
    OutsideArea,
    LookOnly,
}

impl Denial {
    pub const ALL: [Denial; 8] = [
        Denial::NoMandate,
        Denial::Revoked,
        Denial::Expired,
        Denial::NotYetValid,
        Denial::NotAccepted,
        Denial::Suspended,
        Denial::OutsideArea,
        Denial::LookOnly,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Denial::NoMandate => "no_mandate",
            Denial::Revoked => "revoked",
            Denial::Expired => "expired",
            Denial::NotYetValid => "not_yet_valid",
            Denial::NotAccepted => "not_accepted",
            Denial::Suspended => "suspended",
            Denial::OutsideArea => "outside_area",
            Denial::LookOnly => "look_only",
        }
    }
}

/// The state of a permission on a day, as the citizen and the helper see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Pending,
    Active,
    Suspended,
    Ended,
    Expired,
    NotYetValid,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Active => "active",
            Status::Suspended => "suspended",
            Status::Ended => "ended",
            Status::Expired => "expired",
            Status::NotYetValid => "not_yet_valid",
        }
    }

    pub fn label_key(self) -> &'static str {
        match self {
            Status::Pending => "mandate-status-pending",
            Status::Active => "mandate-status-active",
            Status::Suspended => "mandate-status-suspended",
            Status::Ended => "mandate-status-ended",
            Status::Expired => "mandate-status-expired",
            Status::NotYetValid => "mandate-status-not-yet-valid",
        }
    }
}

impl Mandate {
    pub fn status(&self, today: Date) -> Status {
        if self.ended {
            Status::Ended
        } else if today > self.valid_to {
            Status::Expired
        } else if self.suspended {
            Status::Suspended
        } else if !self.accepted {
            Status::Pending
        } else if today < self.valid_from {
            Status::NotYetValid
        } else {
            Status::Active
        }
    }

    /// Whether this permission lets its helper do `action` in `scope` today.
    pub fn permits(&self, scope: Scope, action: Rights, today: Date) -> Result<(), Denial> {
        match self.status(today) {
            Status::Ended => Err(Denial::Revoked),
            Status::Expired => Err(Denial::Expired),
            Status::Suspended => Err(Denial::Suspended),
            Status::Pending => Err(Denial::NotAccepted),
            Status::NotYetValid => Err(Denial::NotYetValid),
            Status::Active if !self.scopes.contains(&scope) => Err(Denial::OutsideArea),
            Status::Active if !self.rights.allows(action) => Err(Denial::LookOnly),
            Status::Active => Ok(()),
        }
    }
}

/// Whether any of a helper's permissions from one citizen lets them do `action` in
/// `scope` today; if none does, the most telling reason.
pub fn decide(
    mandates: &[Mandate],
    scope: Scope,
    action: Rights,
    today: Date,
) -> Result<(), Denial> {
    let mut reason = Denial::NoMandate;
    for mandate in mandates {
        match mandate.permits(scope, action, today) {
            Ok(()) => return Ok(()),
            Err(denial) => reason = reason.max(denial),
        }
    }
    Err(reason)
}

/// What a helper needs ticked, beside `post`, to see the letters filed under `area`: the
/// area itself, except that letters about bookings (where and when the citizen meets
/// the authority) go with the bookings errand.
pub fn letters_need(area: Area) -> Scope {
    match area {
        Area::Bookings => Scope::Bookings,
        area => Scope::Subject(area),
    }
}

/// Whether a helper may see (or, with `Act`, answer) a letter filed under `area`: one
/// permission must hold both `post` and what the area needs (`letters_need`), `general`
/// ("Andet") included, so a permission grants exactly what the citizen ticked on it and
/// nothing from another. The one rule for lists (`readable_areas`), letters,
/// attachments, answers and the API's check.
pub fn may_read_letter(
    mandates: &[Mandate],
    area: Area,
    action: Rights,
    today: Date,
) -> Result<(), Denial> {
    let needs = letters_need(area);
    let mut reason = Denial::NoMandate;
    for mandate in mandates {
        let permits = mandate
            .permits(Scope::Post, action, today)
            .and_then(|()| mandate.permits(needs, action, today));
        match permits {
            Ok(()) => return Ok(()),
            Err(denial) => reason = reason.max(denial),
        }
    }
    Err(reason)
}

/// The areas whose letters a helper may see: what a list filters by in SQL, made from
/// [`may_read_letter`] so that a list never shows a letter that opening refuses.
pub fn readable_areas(mandates: &[Mandate], action: Rights, today: Date) -> Vec<Area> {
    Area::ALL
        .into_iter()
        .filter(|area| may_read_letter(mandates, *area, action, today).is_ok())
        .collect()
}

/// What a permission lets its helper do: the part a citizen can change (with the note,
/// which lets no one do anything).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Terms {
    pub scopes: Vec<Scope>,
    pub rights: Rights,
    /// The last day, included.
    pub valid_to: Date,
}

impl Terms {
    pub fn of(mandate: &Mandate) -> Terms {
        Terms {
            scopes: mandate.scopes.clone(),
            rights: mandate.rights,
            valid_to: mandate.valid_to,
        }
    }

    /// Whether these terms allow everything `other` allows (and maybe more).
    pub fn covers(&self, other: &Terms) -> bool {
        other.scopes.iter().all(|s| self.scopes.contains(s))
            && self.rights.allows(other.rights)
            && other.valid_to <= self.valid_to
    }

    /// What both allow; `None` when they have no area in common.
    pub fn meet(&self, other: &Terms) -> Option<Terms> {
        let mut scopes: Vec<Scope> = self
            .scopes
            .iter()
            .filter(|s| other.scopes.contains(s))
            .copied()
            .collect();
        scopes.sort();
        scopes.dedup();
        if scopes.is_empty() {
            return None;
        }
        let rights = if self.rights == Rights::Act && other.rights == Rights::Act {
            Rights::Act
        } else {
            Rights::Look
        };
        Some(Terms {
            scopes,
            rights,
            valid_to: self.valid_to.min(other.valid_to),
        })
    }
}

/// What a change to a permission does. Anything that gives the helper less applies at
/// once; anything that gives more waits for the helper's yes, as a new permission would,
/// and until then the old one applies narrowed to what both allow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangePlan {
    /// The permission's terms from now on; `None` when the old and the new have nothing
    /// in common, so the old one ends at once.
    pub now: Option<Terms>,
    /// A new permission with the wanted terms, waiting for the helper's yes; `None` when
    /// the change gives nothing more.
    pub waiting: Option<Terms>,
}

/// Plans the change of `current` into `wanted`. A permission the helper has not said yes
/// to grants nothing yet, so it simply takes the new terms and still waits.
pub fn plan_change(current: &Mandate, wanted: &Terms) -> ChangePlan {
    let old = Terms::of(current);
    if !current.accepted || old.covers(wanted) {
        return ChangePlan {
            now: Some(wanted.clone()),
            waiting: None,
        };
    }
    ChangePlan {
        now: old.meet(wanted),
        waiting: Some(wanted.clone()),
    }
}

/// The permission with other terms (same id, same state).
pub fn with_terms(mandate: &Mandate, terms: &Terms) -> Mandate {
    Mandate {
        scopes: terms.scopes.clone(),
        rights: terms.rights,
        valid_to: terms.valid_to,
        ..mandate.clone()
    }
}

/// Whether the sweep should write to the citizen about a permission that ran out by
/// itself: `None` while it has not run out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExpiryNotice {
    /// It ran out lately: the citizen gets a letter.
    Letter,
    /// It ran out long before the sweep first saw it (or never started: the helper never
    /// said yes): noted without a letter, so the first sweep after an upgrade does not
    /// bury citizens in letters about long-gone permissions.
    Silently,
}

/// How long after it ran out a permission still brings a letter.
pub const EXPIRY_LETTER_DAYS: i32 = 7;

pub fn expiry_notice(mandate: &Mandate, today: Date) -> Option<ExpiryNotice> {
    if mandate.ended || today <= mandate.valid_to {
        return None;
    }
    let first_day_without = mandate.valid_to.tomorrow().ok()?;
    let late = first_day_without
        .checked_add(EXPIRY_LETTER_DAYS.days())
        .is_ok_and(|limit| today > limit);
    Some(if late || !mandate.accepted {
        ExpiryNotice::Silently
    } else {
        ExpiryNotice::Letter
    })
}

/// The authority's limits on permissions.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MandatePolicy {
    /// A permission lasts this long unless the citizen says otherwise ...
    pub default_days: i32,
    /// ... and never longer than this.
    pub max_days: i32,
}

impl Default for MandatePolicy {
    fn default() -> Self {
        Self {
            default_days: 365,
            max_days: 3 * 365,
        }
    }
}

/// Who gives a permission. Only the citizen, or staff or a system acting on the
/// citizen's request, can; a helper can never give themselves (or anyone) a permission
/// over someone else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Giver {
    Citizen(String),
    /// The front desk, after checking the citizen's identity in person.
    FrontDesk(String),
    /// A system with an API key (the front desk's own systems).
    System(String),
}

pub fn may_give(giver: &Giver, citizen_id: &str) -> bool {
    match giver {
        Giver::Citizen(id) => id == citizen_id,
        Giver::FrontDesk(_) | Giver::System(_) => true,
    }
}

/// A permission someone asks to give.
#[derive(Debug, Clone)]
pub struct Proposal {
    pub citizen_id: String,
    pub helper_id: String,
    pub scopes: Vec<Scope>,
    pub rights: Rights,
    pub valid_from: Date,
    pub valid_to: Date,
}

/// Each rule a proposed permission breaks, as (field, message key). `existing` are the
/// citizen's permissions to the same helper: a second identical one is refused.
pub fn proposal_problems(
    proposal: &Proposal,
    existing: &[Mandate],
    policy: &MandatePolicy,
    today: Date,
) -> Vec<(&'static str, &'static str)> {
    let mut problems = Vec::new();
    if proposal.helper_id == proposal.citizen_id {
        problems.push(("helper", "mandate-helper-is-citizen"));
    }
    if proposal.scopes.is_empty() {
        problems.push(("areas", "mandate-areas-missing"));
    }
    if proposal.valid_to < proposal.valid_from {
        problems.push(("valid_to", "mandate-dates-order"));
    } else if proposal.valid_to < today {
        problems.push(("valid_to", "mandate-ends-in-past"));
    } else if proposal
        .valid_from
        .checked_add(policy.max_days.days())
        .is_ok_and(|latest| proposal.valid_to > latest)
    {
        problems.push(("valid_to", "mandate-too-long"));
    }
    let same = |m: &Mandate| {
        let mut ours = proposal.scopes.clone();
        let mut theirs = m.scopes.clone();
        ours.sort();
        theirs.sort();
        ours == theirs
            && m.rights == proposal.rights
            && m.valid_from == proposal.valid_from
            && m.valid_to == proposal.valid_to
            && matches!(
                m.status(today),
                Status::Active | Status::Pending | Status::NotYetValid
            )
    };
    if existing.iter().any(same) {
        problems.push(("helper", "mandate-duplicate"));
    }
    problems
}

/// Crockford's base 32: no I, L, O or U, so a code read aloud or copied by hand is not
/// mistaken for another.
pub const HELPER_CODE_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Characters in a helper code: 40 random bits.
pub const HELPER_CODE_LEN: usize = 8;

/// Days a helper code works after it is made, if not used before.
pub const HELPER_CODE_DAYS: i64 = 7;

/// Wrong codes a citizen may type in a day; after that even a right one is refused until
/// the day has passed, so guessing stays hopeless (see DESIGN.md).
pub const HELPER_CODE_MISSES_PER_DAY: i64 = 10;

/// A code a helper tells a citizen so the citizen can name them online without a CPR
/// number: eight characters of Crockford's base 32, shown as two groups of four
/// ("7F3K-2QXM"), kept without the dash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelperCode(String);

impl HelperCode {
    /// The code made of these eight indices into the alphabet (each taken modulo 32).
    pub fn from_indices(indices: [u8; HELPER_CODE_LEN]) -> Self {
        Self(
            indices
                .iter()
                .map(|i| char::from(HELPER_CODE_ALPHABET[usize::from(i % 32)]))
                .collect(),
        )
    }

    /// A code as a person types it: any case, with spaces or dashes, and the letters
    /// Crockford reads as digits (O as 0, I and L as 1). `None` when it cannot be one.
    pub fn parse(typed: &str) -> Option<Self> {
        let code: String = typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            })
            .collect();
        let valid = code.len() == HELPER_CODE_LEN
            && code.bytes().all(|b| HELPER_CODE_ALPHABET.contains(&b));
        valid.then_some(Self(code))
    }

    /// The code as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The code as people read it: "7F3K-2QXM".
    pub fn display(&self) -> String {
        format!("{}-{}", &self.0[..4], &self.0[4..])
    }
}

/// How a citizen named their helper on the give form: by CPR number (ten digits, with or
/// without the dash) or by the helper's code; `None` when it is neither.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelperNamed {
    Cpr(String),
    Code(HelperCode),
}

impl HelperNamed {
    pub fn parse(typed: &str) -> Option<Self> {
        let digits: String = typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect();
        if digits.len() == 10 && digits.bytes().all(|b| b.is_ascii_digit()) {
            return Some(Self::Cpr(typed.trim().to_owned()));
        }
        HelperCode::parse(typed).map(Self::Code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(d: i8) -> Date {
        Date::new(2026, 12, d).unwrap()
    }

    fn mandate(scopes: &[Scope], rights: Rights) -> Mandate {
        Mandate {
            id: "m".into(),
            citizen_id: "karen".into(),
            helper_id: "peter".into(),
            scopes: scopes.to_vec(),
            rights,
            valid_from: day(1),
            valid_to: day(31),
            accepted: true,
            ended: false,
            suspended: false,
        }
    }

    #[test]
    fn a_letter_about_housing_is_for_a_housing_helper_only() {
        let housing = [mandate(
            &[Scope::Post, Scope::Subject(Area::Housing)],
            Rights::Look,
        )];
        assert_eq!(
            may_read_letter(&housing, Area::Housing, Rights::Look, day(10)),
            Ok(())
        );
        assert_eq!(
            may_read_letter(&housing, Area::Health, Rights::Look, day(10)),
            Err(Denial::OutsideArea)
        );
        assert_eq!(
            may_read_letter(&housing, Area::Housing, Rights::Act, day(10)),
            Err(Denial::LookOnly)
        );
        assert_eq!(
            may_read_letter(&[], Area::Housing, Rights::Look, day(10)),
            Err(Denial::NoMandate)
        );
    }

    #[test]
    fn general_bookings_and_permission_letters_need_their_own_tick() {
        let health = [mandate(
            &[Scope::Post, Scope::Subject(Area::Health)],
            Rights::Act,
        )];
        for area in [Area::General, Area::Bookings, Area::Mandates] {
            assert_eq!(
                may_read_letter(&health, area, Rights::Look, day(10)),
                Err(Denial::OutsideArea),
                "{area:?}"
            );
        }
        assert_eq!(
            readable_areas(&health, Rights::Look, day(10)),
            [Area::Health]
        );
        let general = [mandate(
            &[Scope::Post, Scope::Subject(Area::General)],
            Rights::Look,
        )];
        assert_eq!(
            readable_areas(&general, Rights::Look, day(10)),
            [Area::General]
        );
        let bookings = [mandate(&[Scope::Post, Scope::Bookings], Rights::Look)];
        assert_eq!(
            readable_areas(&bookings, Rights::Look, day(10)),
            [Area::Bookings]
        );
        let without_post = [mandate(
            &[Scope::Bookings, Scope::Subject(Area::Mandates)],
            Rights::Act,
        )];
        assert!(readable_areas(&without_post, Rights::Look, day(10)).is_empty());
    }

    #[test]
    fn two_permissions_do_not_add_up_to_a_letter_neither_gives() {
        let post_only = mandate(&[Scope::Post], Rights::Act);
        let health_without_post = Mandate {
            id: "m2".into(),
            ..mandate(&[Scope::Subject(Area::Health)], Rights::Act)
        };
        assert_eq!(
            may_read_letter(
                &[post_only, health_without_post],
                Area::Health,
                Rights::Look,
                day(10)
            ),
            Err(Denial::OutsideArea)
        );
    }

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

    #[test]
    fn a_proposal_breaking_the_rules_is_refused_field_by_field() {
        let policy = MandatePolicy::default();
        let proposal = Proposal {
            citizen_id: "karen".into(),
            helper_id: "karen".into(),
            scopes: vec![],
            rights: Rights::Look,
            valid_from: day(10),
            valid_to: day(5),
        };
        assert_eq!(
            proposal_problems(&proposal, &[], &policy, day(1)),
            vec![
                ("helper", "mandate-helper-is-citizen"),
                ("areas", "mandate-areas-missing"),
                ("valid_to", "mandate-dates-order")
            ]
        );
        let too_long = Proposal {
            helper_id: "peter".into(),
            scopes: vec![Scope::Post],
            valid_from: day(1),
            valid_to: Date::new(2030, 1, 1).unwrap(),
            ..proposal.clone()
        };
        assert_eq!(
            proposal_problems(&too_long, &[], &policy, day(1)),
            vec![("valid_to", "mandate-too-long")]
        );
        let existing = mandate(&[Scope::Post], Rights::Look);
        let again = Proposal {
            valid_to: day(31),
            ..too_long
        };
        assert_eq!(
            proposal_problems(&again, &[existing], &policy, day(1)),
            vec![("helper", "mandate-duplicate")]
        );
    }

    #[test]
    fn a_change_that_gives_more_waits_and_the_old_one_is_narrowed_meanwhile() {
        let current = mandate(&[Scope::Post, Scope::Subject(Area::Health)], Rights::Act);
        let less = Terms {
            scopes: vec![Scope::Post],
            rights: Rights::Look,
            valid_to: day(20),
        };
        assert_eq!(
            plan_change(&current, &less),
            ChangePlan {
                now: Some(less.clone()),
                waiting: None
            }
        );
        let more = Terms {
            scopes: vec![Scope::Post, Scope::Subject(Area::Housing)],
            rights: Rights::Act,
            valid_to: day(20),
        };
        assert_eq!(
            plan_change(&current, &more),
            ChangePlan {
                now: Some(Terms {
                    scopes: vec![Scope::Post],
                    rights: Rights::Act,
                    valid_to: day(20)
                }),
                waiting: Some(more.clone())
            }
        );
        let elsewhere = Terms {
            scopes: vec![Scope::Bookings],
            ..more.clone()
        };
        assert_eq!(
            plan_change(&current, &elsewhere).now,
            None,
            "nothing in common"
        );
        let pending = Mandate {
            accepted: false,
            ..current
        };
        assert_eq!(
            plan_change(&pending, &more),
            ChangePlan {
                now: Some(more),
                waiting: None
            },
            "not said yes to yet: it just waits with the new terms"
        );
    }

    #[test]
    fn a_permission_that_ran_out_lately_brings_a_letter_and_an_old_one_does_not() {
        let m = mandate(&[Scope::Post], Rights::Look);
        let next_month = |d| Date::new(2027, 1, d).unwrap();
        assert_eq!(
            expiry_notice(&m, day(31)),
            None,
            "the last day still counts"
        );
        assert_eq!(expiry_notice(&m, next_month(1)), Some(ExpiryNotice::Letter));
        assert_eq!(expiry_notice(&m, next_month(8)), Some(ExpiryNotice::Letter));
        assert_eq!(
            expiry_notice(&m, next_month(9)),
            Some(ExpiryNotice::Silently),
            "ran out more than 7 days ago"
        );
        let never_accepted = Mandate {
            accepted: false,
            ..m.clone()
        };
        assert_eq!(
            expiry_notice(&never_accepted, next_month(1)),
            Some(ExpiryNotice::Silently)
        );
        let ended = Mandate { ended: true, ..m };
        assert_eq!(expiry_notice(&ended, next_month(1)), None);
    }

    fn any_scope() -> impl Strategy<Value = Scope> {
        prop::sample::select(Scope::all())
    }

    fn any_rights() -> impl Strategy<Value = Rights> {
        prop::sample::select(vec![Rights::Look, Rights::Act])
    }

    fn any_mandate() -> impl Strategy<Value = Mandate> {
        (
            prop::collection::vec(any_scope(), 0..5),
            any_rights(),
            1i8..28,
            0i8..4,
            any::<(bool, bool, bool)>(),
        )
            .prop_map(
                |(scopes, rights, from, length, (accepted, ended, suspended))| Mandate {
                    valid_from: day(from),
                    valid_to: day(from + length),
                    accepted,
                    ended,
                    suspended,
                    ..mandate(&scopes, rights)
                },
            )
    }

    proptest! {
        #[test]
        fn a_revoked_expired_suspended_or_unaccepted_mandate_grants_nothing(
            m in any_mandate(), scope in any_scope(), action in any_rights(), today in 1i8..31
        ) {
            let today = day(today);
            if m.ended || m.suspended || !m.accepted || today > m.valid_to || today < m.valid_from {
                prop_assert!(decide(&[m], scope, action, today).is_err());
            }
        }

        #[test]
        fn a_check_never_allows_more_than_the_mandates_areas_and_rights(
            mandates in prop::collection::vec(any_mandate(), 0..4),
            scope in any_scope(), action in any_rights(), today in 1i8..31
        ) {
            let today = day(today);
            if decide(&mandates, scope, action, today).is_ok() {
                prop_assert!(mandates.iter().any(|m| m.status(today) == Status::Active
                    && m.scopes.contains(&scope)
                    && (m.rights == Rights::Act || action == Rights::Look)));
            }
        }

        #[test]
        fn a_letter_is_seen_only_through_one_permission_in_force_with_post_and_its_area(
            mandates in prop::collection::vec(any_mandate(), 0..4),
            area in prop::sample::select(Area::ALL.to_vec()), action in any_rights(), today in 1i8..31
        ) {
            let today = day(today);
            let allowed = may_read_letter(&mandates, area, action, today).is_ok();
            prop_assert_eq!(allowed, mandates.iter().any(|m| m.status(today) == Status::Active
                && m.scopes.contains(&Scope::Post)
                && m.scopes.contains(&letters_need(area))
                && m.rights.allows(action)));
            prop_assert_eq!(allowed, readable_areas(&mandates, action, today).contains(&area));
        }

        #[test]
        fn a_change_never_lets_the_helper_do_more_before_they_accept(
            m in any_mandate(),
            scopes in prop::collection::vec(any_scope(), 1..5),
            rights in any_rights(),
            to in 1i8..31,
            scope in any_scope(), action in any_rights(), today in 1i8..31
        ) {
            let wanted = Terms { scopes, rights, valid_to: day(to) };
            let today = day(today);
            let plan = plan_change(&m, &wanted);
            let mut after = Vec::new();
            if let Some(now) = &plan.now {
                after.push(with_terms(&m, now));
            }
            if let Some(waiting) = &plan.waiting {
                // A new permission: it waits for the helper's yes.
                after.push(Mandate { id: "w".into(), accepted: false, ended: false, suspended: false, ..with_terms(&m, waiting) });
            }
            if decide(&after, scope, action, today).is_ok() {
                prop_assert!(decide(std::slice::from_ref(&m), scope, action, today).is_ok(), "the old one allowed it");
                prop_assert!(wanted.scopes.contains(&scope) && wanted.rights.allows(action) && today <= wanted.valid_to, "the new one allows it");
            }
        }

        #[test]
        fn a_change_that_gives_less_applies_at_once_and_one_that_gives_more_waits(
            m in any_mandate(),
            scopes in prop::collection::vec(any_scope(), 1..5),
            rights in any_rights(),
            to in 1i8..31,
        ) {
            let wanted = Terms { scopes, rights, valid_to: day(to) };
            let plan = plan_change(&m, &wanted);
            if Terms::of(&m).covers(&wanted) || !m.accepted {
                prop_assert_eq!(plan, ChangePlan { now: Some(wanted), waiting: None });
            } else {
                prop_assert_eq!(plan.waiting, Some(wanted));
            }
        }

        #[test]
        fn nobody_gives_a_permission_over_someone_else(giver in "[a-z]{1,8}", citizen in "[a-z]{1,8}") {
            prop_assert_eq!(may_give(&Giver::Citizen(giver.clone()), &citizen), giver == citizen);
        }

        #[test]
        fn a_citizen_cannot_be_their_own_helper(id in "[a-z]{1,8}", scopes in prop::collection::vec(any_scope(), 1..3)) {
            let proposal = Proposal {
                citizen_id: id.clone(),
                helper_id: id,
                scopes,
                rights: Rights::Act,
                valid_from: day(1),
                valid_to: day(2),
            };
            let problems = proposal_problems(&proposal, &[], &MandatePolicy::default(), day(1));
            prop_assert!(problems.contains(&("helper", "mandate-helper-is-citizen")));
        }
    }

    #[test]
    fn a_helper_code_is_read_as_people_type_it_and_never_with_a_letter_that_is_misheard() {
        let code = HelperCode::from_indices([7, 15, 3, 19, 2, 23, 29, 20]);
        assert_eq!(code.display(), "7F3K-2QXM");
        for typed in ["7F3K-2QXM", "7f3k2qxm", " 7F3K 2QXM ", "7f3k-2qxm"] {
            assert_eq!(HelperCode::parse(typed), Some(code.clone()), "{typed}");
        }
        assert_eq!(
            HelperCode::parse("O1IL-0000").map(|c| c.display()),
            Some("0111-0000".to_owned()),
            "O is read as 0, I and L as 1"
        );
        for typed in ["", "7F3K-2QX", "7F3K-2QXMM", "UUUU-UUUU", "7F3K-2QX!"] {
            assert_eq!(HelperCode::parse(typed), None, "{typed}");
        }
        assert!(HELPER_CODE_ALPHABET.iter().all(|b| !b"ILOU".contains(b)));
    }

    #[test]
    fn a_helper_is_named_by_ten_digits_as_a_cpr_number_and_else_by_code() {
        assert_eq!(
            HelperNamed::parse("110865-2345"),
            Some(HelperNamed::Cpr("110865-2345".into()))
        );
        assert_eq!(
            HelperNamed::parse("1108652345"),
            Some(HelperNamed::Cpr("1108652345".into()))
        );
        assert!(matches!(
            HelperNamed::parse("1234-5678"),
            Some(HelperNamed::Code(_))
        ));
        assert_eq!(
            HelperNamed::parse("11086523"),
            HelperNamed::parse("1108-6523")
        );
        assert_eq!(HelperNamed::parse("123"), None);
    }
}
