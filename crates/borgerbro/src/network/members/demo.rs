//! The demo's network: four member organisations in Aarhus, each with a contact person
//! (two of them demo personas), and a request from a fifth that waits for the
//! coordinator. Fixed ids keep a second load from adding them again.

use super::model::{Kind, Profile, Status};
use super::store;
use crate::auth::{self, NewPerson};
use crate::clock::Clock;
use crate::db::Db;

pub(crate) const VIBY_LIBRARY: &str = "0195c0de-0000-7000-8000-0000000000c1";
pub(crate) const SENIORS: &str = "0195c0de-0000-7000-8000-0000000000c2";
pub(crate) const LANGUAGE_CENTRE: &str = "0195c0de-0000-7000-8000-0000000000c3";
pub(crate) const HOUSING: &str = "0195c0de-0000-7000-8000-0000000000c4";
const BLIND: &str = "0195c0de-0000-7000-8000-0000000000c5";

/// Contact people who are not demo personas (no one logs in as them in the demo).
const CONTACTS: &[NewPerson<'static>] = &[
    NewPerson {
        id: "0195c0de-0000-7000-8000-0000000000b1",
        name: "Amira Khalil",
        demo_description: None,
        roles: &[],
        identifiers: &[],
    },
    NewPerson {
        id: "0195c0de-0000-7000-8000-0000000000b2",
        name: "Said Omar",
        demo_description: None,
        roles: &[],
        identifiers: &[],
    },
    NewPerson {
        id: "0195c0de-0000-7000-8000-0000000000b3",
        name: "Hans Vestergaard",
        demo_description: None,
        roles: &[],
        identifiers: &[],
    },
];

fn profile(
    name: &str,
    kind: Kind,
    who: &str,
    area: &str,
    languages: &[&str],
    website: &str,
    places: &[&str],
) -> Profile {
    Profile {
        name: name.into(),
        kind,
        who_they_help: who.into(),
        area: area.into(),
        languages: languages.iter().map(|c| (*c).to_owned()).collect(),
        website: website.into(),
        phone: String::new(),
        place_ids: places.iter().map(|c| (*c).to_owned()).collect(),
    }
}

/// Loads the network; `library` and `seniors` are the demo personas who act for the
/// first two members.
pub(crate) async fn load(
    db: &Db,
    clock: &Clock,
    library: &str,
    seniors: &str,
) -> Result<(), sqlx::Error> {
    let now = clock.now_ms();
    let mut tx = db.pool.begin().await?;
    for person in CONTACTS {
        auth::add_person(&mut tx, person, now).await?;
    }
    let members = [
        (
            VIBY_LIBRARY,
            profile(
                "Viby Bibliotek",
                Kind::Library,
                "Alle, der vil lære at bruge MitID, Digital Post og borger.dk. Vi har IT-hjælp hver uge og kurser for begyndere.",
                "Viby J og Højbjerg",
                &["da", "en"],
                "https://www.aakb.dk/biblioteker/viby",
                &["0195c0de-0000-7000-8000-0000000000a3"],
            ),
            library,
        ),
        (
            SENIORS,
            profile(
                "Ældre Sagen Aarhus, IT-hjælp",
                Kind::Seniors,
                "Ældre, der vil lære det digitale af andre ældre. Frivillige hjælper én ad gangen, i roligt tempo.",
                "Hele Aarhus Kommune",
                &["da"],
                "https://www.aeldresagen.dk/lokalafdelinger/aarhus",
                &["0195c0de-0000-7000-8000-0000000000a9"],
            ),
            seniors,
        ),
        (
            LANGUAGE_CENTRE,
            profile(
                "Sprogcenter Aarhus",
                Kind::LanguageSchool,
                "Kursister, der er nye i Danmark og skal i gang med MitID, Digital Post og sundhed.dk.",
                "Aarhus C",
                &["da", "en", "ar", "uk", "tr"],
                "",
                &[],
            ),
            CONTACTS[0].id,
        ),
        (
            HOUSING,
            profile(
                "Boligsocialt Hus Gellerup",
                Kind::Housing,
                "Beboere i Gellerup og Toveshøj, der har brug for hjælp med breve fra det offentlige.",
                "Gellerup og Toveshøj",
                &["da", "ar", "so"],
                "",
                &["0195c0de-0000-7000-8000-0000000000a4"],
            ),
            CONTACTS[1].id,
        ),
    ];
    for (id, profile, contact) in &members {
        super::add_member_in(&mut tx, id, profile, contact, now).await?;
    }
    if store::one(&mut tx, BLIND).await?.is_none() {
        let blind = profile(
            "Dansk Blindesamfund, Østjylland",
            Kind::Disability,
            "Blinde og svagsynede, der vil bruge skærmlæser og forstørrelse til de digitale selvbetjeninger.",
            "Østjylland",
            &["da"],
            "",
            &[],
        );
        store::insert(
            &mut tx,
            BLIND,
            &blind,
            Status::Requested,
            CONTACTS[2].id,
            now,
        )
        .await?;
    }
    tx.commit().await
}
