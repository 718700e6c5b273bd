//! The demo's events, at the demo's help places, by the demo's members and the
//! authority, in the coming days: an IT café and user-to-user teaching at Viby Bibliotek,
//! a course for beginners, "Er det svindel?" on spotting fraud (full, with a waiting
//! list), Digital Post in Ukrainian, and an IT café last week with who came marked. The
//! demo citizens are signed up: Karen Jensen, Mette Hansen, Erik Sørensen (on paper
//! post, so his reminder goes on paper in good time) and Olena Kovalenko, and some people
//! known only by name and phone number. Fixed ids keep a second load from adding them
//! again; the times are counted from the clock's today.

use jiff::civil::{Date, Time};

use super::model::{Channel, Details, Kind, Status};
use super::store::{self, Signup};
use crate::audit::Actor;
use crate::clock::Clock;
use crate::db::Db;
use crate::network::members::demo::{HOUSING, LANGUAGE_CENTRE, SENIORS, VIBY_LIBRARY};

/// The demo personas (`crate::demo`) who are signed up.
const METTE: &str = "0195c0de-0000-7000-8000-000000000001";
const OLENA: &str = "0195c0de-0000-7000-8000-000000000002";
const KAREN: &str = "0195c0de-0000-7000-8000-000000000003";
const ERIK: &str = "0195c0de-0000-7000-8000-00000000000a";
/// Who published: the coordinator (Lene Dahl), Viby Bibliotek's Jette Frandsen, Ældre
/// Sagen's Kurt Madsen, and the other members' contact people.
const COORDINATOR: &str = "0195c0de-0000-7000-8000-00000000000d";
const JETTE: &str = "0195c0de-0000-7000-8000-00000000000e";
const KURT: &str = "0195c0de-0000-7000-8000-00000000000f";
const AMIRA: &str = "0195c0de-0000-7000-8000-0000000000b1";
const SAID: &str = "0195c0de-0000-7000-8000-0000000000b2";

/// The demo's help places.
const DOKK1_LIBRARY: &str = "0195c0de-0000-7000-8000-0000000000a2";
const VIBY: &str = "0195c0de-0000-7000-8000-0000000000a3";
const GELLERUP: &str = "0195c0de-0000-7000-8000-0000000000a4";
const LYSTRUP: &str = "0195c0de-0000-7000-8000-0000000000a9";

pub(crate) const IT_CAFE: &str = "0195c0de-0000-7000-8000-00000000ee01";
pub(crate) const BEGINNERS: &str = "0195c0de-0000-7000-8000-00000000ee02";
pub(crate) const FRAUD: &str = "0195c0de-0000-7000-8000-00000000ee03";
pub(crate) const PEER: &str = "0195c0de-0000-7000-8000-00000000ee04";
pub(crate) const UKRAINIAN: &str = "0195c0de-0000-7000-8000-00000000ee05";
pub(crate) const PAST: &str = "0195c0de-0000-7000-8000-00000000ee06";

/// An event's demo row: who organises it, who published it, its details.
struct DemoEvent {
    id: &'static str,
    organisation: Option<&'static str>,
    created_by: &'static str,
    details: Details,
    /// Who is signed up, in order: a registered person or a name and phone number, and
    /// (for the past event) whether they came.
    signups: Vec<(Who, Option<bool>)>,
}

enum Who {
    Person(&'static str, &'static str),
    Contact(&'static str, &'static str),
}

#[allow(clippy::too_many_arguments)]
fn details(
    kind: Kind,
    title: &str,
    description: &str,
    place: &str,
    day: Date,
    from: (i8, i8),
    to: (i8, i8),
    language: &str,
    seats: i64,
    accessibility: &str,
) -> Details {
    let at =
        |(h, m): (i8, i8)| super::model::local_ms(day, Time::new(h, m, 0, 0).unwrap_or_default());
    Details {
        kind,
        title: title.into(),
        description: description.into(),
        place_id: place.into(),
        starts_at: at(from),
        ends_at: at(to),
        language: language.into(),
        seats,
        accessibility: accessibility.into(),
    }
}

fn events(today: Date) -> Vec<DemoEvent> {
    let day = |n: i64| {
        today
            .checked_add(jiff::Span::new().days(n))
            .unwrap_or(today)
    };
    vec![
        DemoEvent {
            id: IT_CAFE,
            organisation: Some(VIBY_LIBRARY),
            created_by: JETTE,
            details: details(
                Kind::ItCafe,
                "IT-café: hjælp til din telefon og MitID",
                "Tag din telefon eller computer med. Frivillige hjælper dig med MitID, Digital Post og de apps, du bruger. Der er kaffe på kanden.",
                VIBY,
                day(2),
                (14, 0),
                (16, 0),
                "da",
                12,
                "Niveaufri adgang fra Skanderborgvej. Der er handicaptoilet og teleslynge.",
            ),
            signups: vec![(Who::Person(KAREN, "Karen Jensen"), None)],
        },
        DemoEvent {
            id: BEGINNERS,
            organisation: None,
            created_by: COORDINATOR,
            details: details(
                Kind::Course,
                "Kom godt i gang med Digital Post",
                "Et kursus for begyndere på to timer. Du lærer at læse og svare på breve fra kommunen og at finde dem igen. Vi går langsomt frem, og du må spørge om alt.",
                DOKK1_LIBRARY,
                day(6),
                (10, 0),
                (12, 0),
                "da",
                10,
                "Lokalet er på 2. sal. Der er elevator. Sig til, hvis du har brug for stor skærm.",
            ),
            signups: vec![
                (Who::Person(ERIK, "Erik Sørensen"), None),
                (Who::Contact("Bent Poulsen", "26 14 88 31"), None),
            ],
        },
        DemoEvent {
            id: FRAUD,
            organisation: Some(SENIORS),
            created_by: KURT,
            details: details(
                Kind::FraudSession,
                "Er det svindel?",
                "Falske sms'er, opkald fra \"banken\" og breve, der ligner dem fra det offentlige. Vi viser eksempler, og du lærer, hvordan du ser, om noget er falsk, og hvad du gør, hvis du har klikket.",
                LYSTRUP,
                day(4),
                (10, 0),
                (11, 30),
                "da",
                3,
                "Alt foregår i stueetagen. Vi har forstørrelsesglas og trykte eksempler med stor skrift.",
            ),
            signups: vec![
                (Who::Person(METTE, "Mette Hansen"), None),
                (Who::Person(ERIK, "Erik Sørensen"), None),
                (Who::Contact("Inge Holm", "86 22 41 09"), None),
                (Who::Person(KAREN, "Karen Jensen"), None),
                (Who::Contact("Poul Andersen", "40 18 27 36"), None),
            ],
        },
        DemoEvent {
            id: PEER,
            organisation: Some(VIBY_LIBRARY),
            created_by: JETTE,
            details: details(
                Kind::PeerTeaching,
                "Borgere lærer borgere: MitID-appen",
                "Brugere, der selv har lært MitID-appen, viser dig, hvordan den virker. Én til én, i dit tempo.",
                VIBY,
                day(9),
                (15, 0),
                (17, 0),
                "da",
                8,
                "Niveaufri adgang. Vi sidder ved borde med god plads til kørestol og rollator.",
            ),
            signups: Vec::new(),
        },
        DemoEvent {
            id: UKRAINIAN,
            organisation: Some(LANGUAGE_CENTRE),
            created_by: AMIRA,
            details: details(
                Kind::Course,
                "Digital Post і MitID українською",
                "Курс для тих, хто нещодавно приїхав до Данії. Ми покажемо, як читати листи від комуни в Digital Post і як користуватися MitID. Перекладач допоможе з питаннями.",
                DOKK1_LIBRARY,
                day(5),
                (16, 0),
                (18, 0),
                "uk",
                15,
                "Ліфт є. Приходьте з телефоном.",
            ),
            signups: vec![(Who::Person(OLENA, "Olena Kovalenko"), None)],
        },
        DemoEvent {
            id: PAST,
            organisation: Some(HOUSING),
            created_by: SAID,
            details: details(
                Kind::ItCafe,
                "IT-café i Gellerup",
                "Frivillige hjælper med breve fra det offentlige, MitID og telefonen. Vi taler dansk, arabisk og somali.",
                GELLERUP,
                day(-7),
                (13, 0),
                (15, 0),
                "da",
                10,
                "Niveaufri adgang fra Gudrunsvej.",
            ),
            signups: vec![
                (Who::Person(METTE, "Mette Hansen"), Some(true)),
                (Who::Contact("Fatima Ali", "52 71 90 18"), Some(true)),
                (Who::Contact("Hassan Yusuf", "28 36 45 90"), Some(false)),
            ],
        },
    ]
}

/// Loads what is missing of the demo's events, in one transaction.
pub(crate) async fn load(db: &Db, clock: &Clock) -> Result<(), sqlx::Error> {
    let now = clock.now_ms();
    let mut tx = db.pool.begin().await?;
    let mut added = false;
    for (e, event) in (1_u32..).zip(events(clock.today())) {
        if store::event(&mut tx, event.id).await?.is_some() {
            continue;
        }
        added = true;
        store::insert_event(
            &mut tx,
            event.id,
            event.organisation,
            &event.details,
            event.created_by,
            now - 3 * 24 * 60 * 60 * 1000,
        )
        .await?;
        let mut taken = 0;
        let mut number = 0;
        for (who, came) in &event.signups {
            number += 1;
            let status = match taken < event.details.seats {
                true => Status::Seat,
                false => Status::Waiting,
            };
            if status == Status::Seat {
                taken += 1;
            }
            let (person_id, name, phone, channel, made_by) = match who {
                Who::Person(id, name) => (Some((*id).to_owned()), *name, "", Channel::Online, None),
                Who::Contact(name, phone) => (
                    None,
                    *name,
                    *phone,
                    Channel::Desk,
                    Some(Actor::Person(event.created_by.to_owned())),
                ),
            };
            let signup = Signup {
                id: format!("0195c0de-0000-7000-8000-0000000{e:02}f{number:02}"),
                event_id: event.id.to_owned(),
                person_id,
                name: name.to_owned(),
                phone: phone.to_owned(),
                channel,
                made_by,
                number,
                status,
                signed_up_at: now - 2 * 24 * 60 * 60 * 1000 + number,
                cancelled_at: None,
                attended: None,
                reminded_at: None,
            };
            store::insert_signup(&mut tx, &signup).await?;
            if let Some(came) = came {
                store::mark_attendance(&mut tx, event.id, &signup.id, *came).await?;
            }
        }
        store::set_counts(&mut tx, event.id, taken, number).await?;
    }
    match added {
        true => tx.commit().await,
        false => tx.rollback().await,
    }
}
