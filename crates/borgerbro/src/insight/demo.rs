//! The demo's year: a year of the authority's letters to the people of a town, with
//! their openings, the escalations of those not read and their outcomes, paper letters
//! posted, "Var det let?" answers and the front desk's notes, each made by the module's
//! own operations at its own moment, then counted month by month, so `/tal` has figures
//! to show. Only `borgerbro demo` loads it (the tests' demo does not: it takes seconds).

use jiff::{Span, Timestamp};

use super::month::Month;
use super::snapshot;
use super::store;
use crate::audit::Actor;
use crate::clock::Clock;
use crate::db::Db;
use crate::help::Topic;
use crate::i18n::Lang;
use crate::people::{self, NewCitizen};
use crate::post::{self, Area, NewLetter, Opening, Policy, Sender};

/// The town's people the year's letters go to; the first six get their letters on paper.
const CITIZENS: [&str; 36] = [
    "Agnes Kristoffersen",
    "Bent Madsen",
    "Birgit Olsen",
    "Carsten Poulsen",
    "Dorthe Thomsen",
    "Ejner Christiansen",
    "Fatima Ali",
    "Frank Rasmussen",
    "Gitte Jørgensen",
    "Hans Petersen",
    "Inger Andersen",
    "Jonas Larsen",
    "Kirsten Nielsen",
    "Lars Pedersen",
    "Lene Mortensen",
    "Mads Hansen",
    "Maria Johansen",
    "Mikkel Knudsen",
    "Nadia Hussein",
    "Niels Jakobsen",
    "Oliver Berg",
    "Pia Sørensen",
    "Rasmus Holm",
    "Rikke Dahl",
    "Søren Lund",
    "Tina Friis",
    "Ulla Mikkelsen",
    "Vagn Eriksen",
    "Yasmin Said",
    "Zofia Nowak",
    "Anders Bach",
    "Camilla Vestergaard",
    "Emil Krogh",
    "Hanne Svendsen",
    "Jesper Kjær",
    "Lone Bruun",
];
const EXEMPT: usize = 6;

/// The letters of the year: the unit that sends it, its area, subject, body and whether
/// it asks the reader to act (then it has a deadline three weeks on, and escalates).
const LETTERS: [(&str, Area, &str, &str, bool); 5] = [
    ("Ydelsesservice", Area::Housing, "Din boligstøtte for næste måned",
     "Kære borger\n\nDu får den samme boligstøtte næste måned. Du skal ikke gøre noget.\n\nVenlig hilsen\nYdelsesservice", false),
    ("Ydelsesservice", Area::Housing, "Send os din nye lejekontrakt",
     "Kære borger\n\nVi mangler din nye lejekontrakt for at kunne beregne din boligstøtte. Send den som svar på dette brev inden fristen.\n\nVenlig hilsen\nYdelsesservice", true),
    ("Borgerservice", Area::General, "Dit nye sundhedskort er på vej",
     "Kære borger\n\nDit nye sundhedskort kommer med posten inden for to uger.\n\nVenlig hilsen\nBorgerservice", false),
    ("Jobcenter Aarhus", Area::Employment, "Indkaldelse til samtale om din jobsøgning",
     "Kære borger\n\nI henhold til gældende regler indkaldes De hermed til en obligatorisk samtale vedrørende Deres aktuelle jobsøgningsaktiviteter, hvorunder Deres fremadrettede beskæftigelsesplan vil blive gennemgået og eventuelt justeret i overensstemmelse med lovgivningens bestemmelser. Bekræft venligst Deres deltagelse inden fristen.\n\nMed venlig hilsen\nJobcenter Aarhus", true),
    ("Pension og Omsorg", Area::Pension, "Din folkepension stiger fra næste år",
     "Kære borger\n\nDin folkepension stiger fra 1. januar. Pengene kommer på din NemKonto som før. Du skal ikke gøre noget.\n\nVenlig hilsen\nPension og Omsorg", false),
];

/// What citizens told the front desk they got stuck on, and the page.
const STUCK: [(Topic, &str, &str); 4] = [
    (
        Topic::Mitid,
        "MitID-appen",
        "Kunne ikke aktivere MitID-appen på en ny telefon",
    ),
    (
        Topic::DigitalPost,
        "Digital Post",
        "Vidste ikke, hvor brevet om boligstøtte var",
    ),
    (
        Topic::Forms,
        "Ansøgning om boligstøtte",
        "Forstod ikke spørgsmålet om husstandens indkomst",
    ),
    (
        Topic::Helpers,
        "Fuldmagt",
        "Ville give sin datter lov til at læse post",
    ),
];

const TASKS: [&str; 5] = [
    "answer-letter",
    "choose-paper",
    "give-permission",
    "guide",
    "booking",
];

/// Something that happens in the year, at its moment.
enum Event {
    Send {
        citizen: usize,
        letter: usize,
    },
    Open {
        letter: usize,
    },
    /// The daily round: escalations due, then the outcomes of yesterday's, then the
    /// print queue posted.
    Day,
    Answer {
        index: usize,
    },
    Stuck {
        index: usize,
    },
}

fn at_day(month: Month, day: i64, hour: i64, minute: i64) -> Timestamp {
    let (start, _) = month.range_ms();
    Timestamp::from_millisecond(start).unwrap_or(Timestamp::UNIX_EPOCH)
        + Span::new().hours(24 * day + hour).minutes(minute)
}

/// Loads the year once: not again when a month has been counted for the last time.
pub async fn load_history(
    db: &Db,
    clock: &Clock,
    policy: &Policy,
    front_desk: &str,
) -> anyhow::Result<()> {
    if store::newest_final(&db.pool).await?.is_some() {
        return Ok(());
    }
    let now = clock.now();
    let this_month = Month::of(clock.today());
    let first = (0..12).fold(this_month, |m, _| m.previous());
    let mut citizens = Vec::new();
    for (i, name) in CITIZENS.iter().enumerate() {
        let made = people::create(
            db,
            clock,
            &NewCitizen {
                name: (*name).to_owned(),
                cpr: None,
                address: Some(format!("Søndergade {}, 8000 Aarhus C", i + 1)),
                phone: (i % 4 != 0).then(|| format!("20 30 {:02} {:02}", i, 40 + i)),
                reading: Default::default(),
            },
            Actor::System,
            None,
        )
        .await?
        .into_inner();
        if i < EXEMPT {
            people::set_exemption(db, clock, &made, true, Actor::System).await?;
        }
        citizens.push(made);
    }
    let mut events: Vec<(Timestamp, Event)> = Vec::new();
    let mut letter = 0;
    for (m, month) in first.through(this_month.previous()).enumerate() {
        for citizen in 0..CITIZENS.len() {
            let letters = 1 + usize::from((m + citizen) % 3 == 0);
            for n in 0..letters {
                let day = ((citizen * 7 + m * 3 + n * 11) % 26) as i64;
                let sent = at_day(month, day, 8, (letter % 50) as i64);
                events.push((sent, Event::Send { citizen, letter }));
                // One letter in six is never opened; the rest within four days, or
                // (one in nine) after ten, when it has escalated.
                if citizen >= EXEMPT && letter % 6 != 0 {
                    let after = if letter % 9 == 0 {
                        10
                    } else {
                        (letter % 5) as i64
                    };
                    events.push((
                        sent + Span::new().hours(24 * after + 3),
                        Event::Open { letter },
                    ));
                }
                letter += 1;
            }
        }
        // More answers in later months, as more people meet the question.
        for index in 0..(18 + m * 2) {
            let day = ((index * 5) % 27) as i64;
            events.push((
                at_day(month, day, 12, index as i64),
                Event::Answer { index: index + m },
            ));
        }
        for index in 0..(12 - m / 2) {
            let day = ((index * 3) % 27) as i64;
            events.push((
                at_day(month, day, 11, index as i64),
                Event::Stuck { index: index + m },
            ));
        }
    }
    // The daily rounds stop before the demo's own letters (the oldest sent ten days ago)
    // could escalate: the year must not answer for them.
    let rounds_until = now - Span::new().hours(24 * 11);
    for day in 0..400 {
        let at = at_day(first, day, 6, 0);
        if at < rounds_until {
            events.push((at, Event::Day));
        }
    }
    events.retain(|(at, _)| *at < now);
    events.sort_by_key(|(at, _)| *at);

    // Only the year's own escalations and paper are answered and posted here; the demo's
    // other letters keep theirs for the pages that show them.
    let ours: std::collections::HashSet<String> = citizens.iter().cloned().collect();
    let mut sent_ids: Vec<Option<String>> = vec![None; letter];
    let mut recorded = 0_usize;
    for (at, event) in events {
        let clock = Clock::fixed(at);
        match event {
            Event::Send { citizen, letter } => {
                let (unit, area, subject, body, acts) = LETTERS[letter % LETTERS.len()];
                let deadline = acts
                    .then(|| clock.today().checked_add(Span::new().days(21)).ok())
                    .flatten();
                let sent = post::send(
                    db,
                    &clock,
                    policy,
                    NewLetter {
                        recipient_id: citizens[citizen].clone(),
                        area,
                        subject: subject.to_owned(),
                        body: body.to_owned(),
                        summary: None,
                        deadline,
                        idempotency: None,
                        attachments: Vec::new(),
                        language: Lang::Da,
                        versions: Vec::new(),
                    },
                    &Sender {
                        actor: Actor::System,
                        name: unit.to_owned(),
                    },
                )
                .await
                .map_err(|e| anyhow::anyhow!("demo year letter: {e}"))?;
                sent_ids[letter] = Some(sent.into_inner().id);
            }
            Event::Open { letter } => {
                let Some(id) = &sent_ids[letter] else {
                    continue;
                };
                let Some(found) = post::letter(db, id).await? else {
                    continue;
                };
                let reader = Actor::Person(found.recipient_id.clone());
                let language = crate::i18n::Lang::from_code(&found.language).unwrap_or_default();
                post::opened(db, &clock, &found, Opening::Letter(language), reader).await?;
            }
            Event::Day => {
                post::sweep(db, &clock, policy).await?;
                // Yesterday's escalations get their outcome: most reach the citizen.
                for escalation in post::open_escalations(db).await? {
                    let letter = post::letter(db, &escalation.message_id).await?;
                    if !letter.is_some_and(|l| ours.contains(&l.recipient_id)) {
                        continue;
                    }
                    let outcome = match recorded % 10 {
                        0 | 1 => post::Outcome::NotReached,
                        2 => post::Outcome::OtherChannel,
                        _ => post::Outcome::Reached,
                    };
                    recorded += 1;
                    let by = Actor::Person(front_desk.to_owned());
                    post::record_outcome(db, &clock, &escalation.id, outcome, by).await?;
                }
                let queued: Vec<String> = post::print_jobs(db, false)
                    .await?
                    .into_iter()
                    .filter(|(_, letter)| ours.contains(&letter.recipient_id))
                    .map(|(job, _)| job.message_id)
                    .collect();
                post::mark_posted(db, &clock, &queued, Actor::Person(front_desk.to_owned()))
                    .await?;
                // The front desk talks to those offered paper post the day after.
                for (person, _) in post::open_exemption_offers(db).await? {
                    if ours.contains(&person) {
                        let by = Actor::Person(front_desk.to_owned());
                        post::close_exemption_offer(db, &clock, &person, by).await?;
                    }
                }
            }
            Event::Answer { index } => {
                let task = TASKS[index % TASKS.len()];
                // Mostly easy, some hard: choosing paper post is the hardest task.
                let score = match (task, index % 7) {
                    ("choose-paper", 0..=2) => 2,
                    (_, 0) => 1,
                    (_, 1) => 3,
                    (_, 2 | 3) => 4,
                    _ => 5,
                };
                crate::help::record_answer_at(db, at.as_millisecond(), task, "/", score).await?;
            }
            Event::Stuck { index } => {
                let (topic, page, what) = STUCK[index % STUCK.len()];
                crate::help::record_stuck_at(
                    db,
                    at.as_millisecond(),
                    topic,
                    page,
                    what,
                    front_desk,
                )
                .await?;
            }
        }
    }
    snapshot::count_missing(db, clock, first, policy.max_lix_without_summary).await?;
    Ok(())
}
