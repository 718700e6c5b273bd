//! Escalation: the sweep that escalates unopened letters, the offer of paper post to
//! citizens whose letters escalate again and again, and what came of each escalation.

use crate::audit::{self, Actor, NewEntry};
use crate::clock::Clock;
use crate::db::{new_id, rows_per_statement, Db};
use crate::people::{self, Channel, ProfileRow};
use crate::post::*;
use jiff::civil::Date;
use jiff::{Span, Timestamp};
use std::collections::{HashMap, HashSet};

pub async fn escalations_of(db: &Db, letter_id: &str) -> Result<Vec<Escalation>, sqlx::Error> {
    crate::post::store::escalations_of(&db.pool, letter_id).await
}

pub(crate) async fn open_escalations(db: &Db) -> Result<Vec<Escalation>, sqlx::Error> {
    crate::post::store::open_escalations(&db.pool, 500).await
}

/// Letters one sweep escalates per transaction. A chunk costs about a dozen statements
/// whatever its size on SQLite (a few dozen on PostgreSQL, whose statements are capped
/// at a few hundred values), where a transaction a letter cost seven statements a
/// letter; a chunk also holds SQLite's write lock only briefly (about 20 ms), so a
/// citizen opening a letter meanwhile waits that long at most.
const SWEEP_CHUNK: i64 = 1_000;

/// Escalates every unopened letter whose time has come at the clock's now: picks the way
/// that reaches the citizen, moves the deadline later and audits it. Running it again for
/// the same moment changes nothing. Answers how many letters it escalated.
pub async fn sweep(db: &Db, clock: &Clock, policy: &Policy) -> Result<usize, sqlx::Error> {
    let now = clock.now_ms();
    let mut escalated = 0;
    loop {
        let due = crate::post::store::due_for_escalation(&db.pool, now, SWEEP_CHUNK).await?;
        let done = escalate_chunk(db, clock, policy, &due).await?;
        escalated += done;
        // Nothing won means another sweep took these letters; it will take the rest too.
        if (due.len() as i64) < SWEEP_CHUNK || done == 0 {
            return Ok(escalated);
        }
    }
}

/// Escalates a chunk of due letters in one transaction: claims them, records the
/// escalations, moves the deadlines, queues the paper copies, offers paper post to the
/// citizens who now qualify and audits it all, in that order. Answers how many it won.
async fn escalate_chunk(
    db: &Db,
    clock: &Clock,
    policy: &Policy,
    due: &[crate::post::store::Due],
) -> Result<usize, sqlx::Error> {
    let recipients = distinct(due.iter().map(|letter| letter.recipient_id.as_str()));
    let profiles = people::profile_rows(db, &recipients).await?;
    let now = clock.now_ms();
    let (escalations, letters): (Vec<Escalation>, Vec<&crate::post::store::Due>) = due
        .iter()
        .filter_map(|letter| {
            let reader = profiles.get(&letter.recipient_id);
            Some((plan_escalation(policy, letter, reader, now)?, letter))
        })
        .unzip();
    let claims: Vec<(&Escalation, &str)> = escalations
        .iter()
        .zip(&letters)
        .map(|(escalation, letter)| (escalation, letter.recipient_id.as_str()))
        .collect();
    let mut tx = db.pool.begin().await?;
    let won = crate::post::store::escalate(&mut tx, &claims).await?;
    let escalated: Vec<(&Escalation, &crate::post::store::Due)> = escalations
        .iter()
        .zip(letters)
        .filter(|(escalation, _)| won.contains(&escalation.message_id))
        .collect();
    let paper: Vec<&str> = escalated
        .iter()
        .filter(|(escalation, _)| escalation.kind == EscalationKind::Paper)
        .map(|(escalation, _)| escalation.message_id.as_str())
        .collect();
    crate::post::store::insert_print_jobs(&mut tx, &paper, PrintReason::Escalation, now).await?;
    let mut entries: Vec<NewEntry> = escalated
        .iter()
        .map(|(escalation, letter)| escalation_entry(escalation, &letter.recipient_id))
        .collect();
    let readers: Vec<(&str, &ProfileRow)> = distinct(
        escalated
            .iter()
            .map(|(_, letter)| letter.recipient_id.as_str()),
    )
    .into_iter()
    .filter_map(|id| profiles.get(id).map(|profile| (id, profile)))
    .collect();
    entries.extend(offer_exemptions(&mut tx, clock, policy, &readers).await?);
    audit::record_all_in(&mut tx, clock, &entries).await?;
    tx.commit().await?;
    Ok(escalated.len())
}

/// Each value once, in the order first seen.
fn distinct<'a>(values: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen = HashSet::new();
    values.filter(|value| seen.insert(*value)).collect()
}

/// The escalation a due letter gets: the way that reaches its reader, and its deadline
/// moved. A letter without a deadline has nothing to move and is left alone.
fn plan_escalation(
    policy: &Policy,
    letter: &crate::post::store::Due,
    reader: Option<&ProfileRow>,
    now: i64,
) -> Option<Escalation> {
    let before = letter.deadline_current.as_deref()?.parse::<Date>().ok()?;
    let kind = EscalationKind::for_contact(
        reader.is_some_and(|r| r.phone.is_some()),
        reader.is_some_and(|r| r.address.is_some()),
    );
    Some(Escalation {
        id: new_id(),
        message_id: letter.id.clone(),
        kind,
        created_at: now,
        deadline_before: before.to_string(),
        deadline_after: policy.moved_deadline(before).to_string(),
        outcome: None,
        outcome_at: None,
    })
}

fn escalation_entry(escalation: &Escalation, recipient_id: &str) -> NewEntry {
    NewEntry::new(Actor::System, "post.escalate")
        .subject(recipient_id)
        .object(&escalation.message_id)
        .purpose(format!(
            "unopened letter requiring action: {} escalation, deadline {} moved to {}",
            escalation.kind.as_str(),
            escalation.deadline_before,
            escalation.deadline_after
        ))
}

/// A citizen whose letters escalate again and again is offered paper post, once: a
/// letter on paper (they do not read digital post, so it would not reach them there) and
/// a task for the front desk, in the same transaction as the escalations that tipped it.
/// Looks only at `readers`, the citizens just escalated; answers the audit entries.
async fn offer_exemptions(
    tx: &mut sqlx::AnyConnection,
    clock: &Clock,
    policy: &Policy,
    readers: &[(&str, &ProfileRow)],
) -> Result<Vec<NewEntry>, sqlx::Error> {
    let qualified = due_for_offer(tx, clock, policy, readers).await?;
    let language: HashMap<&str, &str> = readers
        .iter()
        .map(|(id, profile)| (*id, profile.language.as_str()))
        .collect();
    let letters: Vec<Letter> = qualified
        .iter()
        .map(|(id, _)| offer_letter(clock, policy, id, language.get(id.as_str()).copied()))
        .collect();
    for part in letters.chunks(LETTERS_PER_INSERT) {
        crate::post::store::insert_letters(tx, part, None).await?;
    }
    let letter_ids: Vec<&str> = letters.iter().map(|letter| letter.id.as_str()).collect();
    let now = clock.now_ms();
    crate::post::store::insert_print_jobs(tx, &letter_ids, PrintReason::ExemptionOffer, now)
        .await?;
    let offers: Vec<(&str, &str)> = qualified
        .iter()
        .map(|(id, _)| id.as_str())
        .zip(letter_ids)
        .collect();
    crate::post::store::insert_exemption_offers(tx, &offers, now).await?;
    Ok(qualified
        .iter()
        .zip(&letters)
        .map(|((id, escalations), letter)| {
            NewEntry::new(Actor::System, "post.exemption_offer")
                .subject(id)
                .object(&letter.id)
                .purpose(format!(
                    "{escalations} escalations within {} days",
                    policy.exemption_offer_window_days
                ))
        })
        .collect())
}

/// Of these readers, those the offer of paper post is due to: on digital post, never
/// offered it, and with the policy's number of escalations within its window; as (person
/// id, escalations). Those offered before are left out first, so their letters are
/// never counted again.
async fn due_for_offer(
    tx: &mut sqlx::AnyConnection,
    clock: &Clock,
    policy: &Policy,
    readers: &[(&str, &ProfileRow)],
) -> Result<Vec<(String, i64)>, sqlx::Error> {
    let since = clock
        .now()
        .checked_sub(Span::new().hours(24 * i64::from(policy.exemption_offer_window_days)))
        .unwrap_or(Timestamp::MIN)
        .as_millisecond();
    let digital: Vec<&str> = readers
        .iter()
        .filter(|(_, profile)| !profile.paper_post)
        .map(|(id, _)| *id)
        .collect();
    let mut qualified = Vec::new();
    for part in digital.chunks(rows_per_statement(1)) {
        let offered: HashSet<String> = crate::post::store::offered_before(tx, part)
            .await?
            .into_iter()
            .collect();
        let candidates: Vec<&str> = part
            .iter()
            .copied()
            .filter(|id| !offered.contains(*id))
            .collect();
        let at_least = i64::from(policy.exemption_offer_after);
        qualified
            .extend(crate::post::store::escalated_since(tx, &candidates, since, at_least).await?);
    }
    Ok(qualified)
}

/// The letter offering paper post, on paper, in the citizen's language.
fn offer_letter(clock: &Clock, policy: &Policy, citizen: &str, language: Option<&str>) -> Letter {
    let lang = language
        .and_then(crate::i18n::Lang::from_code)
        .unwrap_or_default();
    let offer = NewLetter {
        recipient_id: citizen.to_owned(),
        area: Area::General,
        subject: lang.t("offer-subject"),
        body: lang.t("offer-body"),
        summary: Some(lang.t("offer-summary")),
        deadline: None,
        idempotency: None,
        attachments: Vec::new(),
        language: lang,
        versions: Vec::new(),
    };
    let sender = Sender {
        actor: Actor::System,
        name: lang.t("offer-sender"),
    };
    compose(
        new_id(),
        &offer,
        Channel::Paper,
        &sender,
        clock.now(),
        policy,
    )
}

/// Citizens offered paper post whom the front desk has yet to contact, as (person id,
/// offered at).
pub(crate) async fn open_exemption_offers(db: &Db) -> Result<Vec<(String, i64)>, sqlx::Error> {
    crate::post::store::open_exemption_offers(&db.pool, 200).await
}

/// The front desk has talked to the citizen about paper post.
pub(crate) async fn close_exemption_offer(
    db: &Db,
    clock: &Clock,
    person_id: &str,
    by: Actor,
) -> Result<bool, sqlx::Error> {
    let closed = crate::post::store::close_exemption_offer(
        &db.pool,
        person_id,
        &by.as_text(),
        clock.now_ms(),
    )
    .await?;
    if closed {
        audit::record(
            db,
            clock,
            NewEntry::new(by, "post.exemption_offer_done").subject(person_id),
        )
        .await?;
    }
    Ok(closed)
}

/// Records the outcome of an escalation once; answers whether it was still open.
pub(crate) async fn record_outcome(
    db: &Db,
    clock: &Clock,
    escalation_id: &str,
    outcome: Outcome,
    by: Actor,
) -> Result<bool, sqlx::Error> {
    let Some(escalation) = crate::post::store::escalation(&db.pool, escalation_id).await? else {
        return Ok(false);
    };
    let Some(letter) = crate::post::store::letter(&db.pool, &escalation.message_id).await? else {
        return Ok(false);
    };
    let mut tx = db.pool.begin().await?;
    let recorded = crate::post::store::record_outcome(
        &mut tx,
        escalation_id,
        outcome,
        &by.as_text(),
        clock.now_ms(),
    )
    .await?;
    if recorded {
        audit::record_in(
            &mut tx,
            clock,
            NewEntry::new(by, "post.escalation_outcome")
                .subject(&letter.recipient_id)
                .object(escalation_id)
                .purpose(outcome.as_str()),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(recorded)
}
