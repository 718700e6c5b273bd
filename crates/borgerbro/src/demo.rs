//! Demo data: realistic Danish people for every role, so `borgerbro demo` shows every
//! feature. Loading twice changes nothing. Each module adds its own demo data here.

use crate::audit::Actor;
use crate::auth::{self, NewPerson, Role};
use crate::bookings;
use crate::clock::Clock;
use crate::config::AuthorityProfile;
use crate::db::Db;
use crate::help;
use crate::idempotency::Idempotency;
use crate::mandates;
use crate::people::{self, ProfileRow};
use crate::post::{self, Area, NewLetter, Sender};

/// The demo personas. Fixed ids keep the load idempotent and links stable.
const PERSONAS: &[NewPerson<'static>] = &[
    NewPerson {
        id: "0195c0de-0000-7000-8000-000000000001",
        name: "Mette Hansen",
        demo_description: Some("42 år, sygeplejerske i Aarhus. Har MitID og læser sin post på mobilen."),
        roles: &[Role::Citizen],
        identifiers: &[("cpr", "1505844122"), ("mitid", "demo-mitid-mette")],
    },
    NewPerson {
        id: "0195c0de-0000-7000-8000-000000000002",
        name: "Olena Kovalenko",
        demo_description: Some("Kom fra Ukraine for tre måneder siden. Har endnu hverken CPR-nummer eller MitID; Borgerservice hjælper hende."),
        roles: &[Role::Citizen],
        identifiers: &[],
    },
    NewPerson {
        id: "0195c0de-0000-7000-8000-000000000003",
        name: "Karen Jensen",
        demo_description: Some("87 år, bor alene i Viby. Har MitID, men synes det digitale er svært. Hendes søn Peter hjælper hende."),
        roles: &[Role::Citizen],
        identifiers: &[("cpr", "0203391234"), ("mitid", "demo-mitid-karen")],
    },
    NewPerson {
        id: "0195c0de-0000-7000-8000-000000000004",
        name: "Peter Jensen",
        demo_description: Some("Karens søn. Hjælper sin mor med breve og ansøgninger."),
        roles: &[Role::Citizen, Role::Helper],
        identifiers: &[("cpr", "1108652345"), ("mitid", "demo-mitid-peter")],
    },
    NewPerson {
        id: "0195c0de-0000-7000-8000-000000000005",
        name: "Birgit Holm",
        demo_description: Some("IT-frivillig på Viby Bibliotek. Hjælper borgere, der har brug for en hånd med det digitale."),
        roles: &[Role::Citizen, Role::Helper],
        identifiers: &[("mitid", "demo-mitid-birgit")],
    },
    NewPerson {
        id: "0195c0de-0000-7000-8000-000000000006",
        name: "Sofie Nielsen",
        demo_description: Some("Sagsbehandler i Ydelsesservice. Sender breve og følger op på vigtige breve, der ikke er læst."),
        roles: &[Role::Caseworker],
        identifiers: &[],
    },
    NewPerson {
        id: "0195c0de-0000-7000-8000-000000000007",
        name: "Jonas Berg",
        demo_description: Some("Medarbejder i Borgerservice. Hjælper borgere ved skranken og i telefonen."),
        roles: &[Role::FrontDesk],
        identifiers: &[],
    },
    NewPerson {
        id: "0195c0de-0000-7000-8000-000000000008",
        name: "Lars Mikkelsen",
        demo_description: Some("Projektejer i Digitalisering. Vurderer konsekvenserne for borgerne, før noget bliver digitalt."),
        roles: &[Role::ProjectOwner],
        identifiers: &[],
    },
    NewPerson {
        id: "0195c0de-0000-7000-8000-000000000009",
        name: "Anne Kristensen",
        demo_description: Some("IT-administrator. Sætter Borgerbro op og laver nøgler til andre systemer."),
        roles: &[Role::Administrator],
        identifiers: &[],
    },
    // After the others, so their places in this list (and the links to them) stay.
    NewPerson {
        id: "0195c0de-0000-7000-8000-00000000000a",
        name: "Erik Sørensen",
        demo_description: Some("79 år, bor i Brabrand. Har ingen computer og får sine breve på papir. Ringer til Borgerservice, når han har spørgsmål."),
        roles: &[Role::Citizen],
        identifiers: &[("cpr", "1207471239")],
    },
    NewPerson {
        id: "0195c0de-0000-7000-8000-00000000000b",
        name: "Hanne Lund",
        demo_description: Some("Databeskyttelsesrådgiver. Kommenterer og godkender databeskyttelsen i konsekvensvurderinger."),
        roles: &[Role::DataProtectionOfficer],
        identifiers: &[],
    },
    NewPerson {
        id: "0195c0de-0000-7000-8000-00000000000c",
        name: "Ali Hassan",
        demo_description: Some("Borgerrådgiver. Ser konsekvensvurderinger fra borgernes side og godkender dem."),
        roles: &[Role::CitizensAdviser],
        identifiers: &[],
    },
    NewPerson {
        id: "0195c0de-0000-7000-8000-00000000000d",
        name: "Lene Dahl",
        demo_description: Some("Koordinator for kommunens netværk for digital inklusion. Godkender nye medlemmer og leder møderne."),
        roles: &[Role::NetworkCoordinator],
        identifiers: &[],
    },
    NewPerson {
        id: "0195c0de-0000-7000-8000-00000000000e",
        name: "Jette Frandsen",
        demo_description: Some("Bibliotekar på Viby Bibliotek. Holder IT-kurser og deler materialer i netværket."),
        roles: &[],
        identifiers: &[],
    },
    NewPerson {
        id: "0195c0de-0000-7000-8000-00000000000f",
        name: "Kurt Madsen",
        demo_description: Some("Frivillig i Ældre Sagens IT-hjælp. Gennemgår andre medlemmers materialer, før de bliver offentlige."),
        roles: &[],
        identifiers: &[],
    },
];

/// How the demo citizens can be reached: one with phone and address, one with an address
/// only, one with a phone only, one on paper post, and the helpers.
fn profiles() -> Vec<(&'static str, ProfileRow)> {
    let profile = |address: Option<&str>, phone: Option<&str>, paper_post: bool| ProfileRow {
        address: address.map(str::to_owned),
        phone: phone.map(str::to_owned),
        paper_post,
        language: "da".into(),
        easy_read: false,
        large_print: false,
        protected: false,
    };
    vec![
        (
            PERSONAS[0].id,
            profile(
                Some("Jægergårdsgade 42, 2. th., 8000 Aarhus C"),
                Some("22 33 44 55"),
                false,
            ),
        ),
        // Olena reads Ukrainian: her pages open in it, and the system writes to her in it.
        (
            PERSONAS[1].id,
            ProfileRow {
                language: "uk".into(),
                ..profile(None, Some("+380 44 123 4567"), false)
            },
        ),
        (
            PERSONAS[2].id,
            profile(Some("Skanderborgvej 7, 8260 Viby J"), None, false),
        ),
        (
            PERSONAS[3].id,
            profile(
                Some("Frederiks Allé 101, 8000 Aarhus C"),
                Some("40 50 60 70"),
                false,
            ),
        ),
        (
            PERSONAS[4].id,
            profile(Some("Viby Torv 3, 8260 Viby J"), Some("31 41 51 61"), false),
        ),
        // Erik is exempt from digital post: his letters are in the print queue.
        (
            PERSONAS[9].id,
            profile(
                Some("Byleddet 12, 8220 Brabrand"),
                Some("86 26 11 22"),
                true,
            ),
        ),
    ]
}

/// Loads what is missing of the demo data, by the authority's policies; answers how many
/// people were added.
pub async fn load(db: &Db, clock: &Clock, authority: &AuthorityProfile) -> anyhow::Result<usize> {
    let mut tx = db.pool.begin().await?;
    let mut added = 0;
    // Spaced a millisecond apart, so the login page lists them in this order.
    for (offset, person) in (0_i64..).zip(PERSONAS) {
        if auth::add_person(&mut tx, person, clock.now_ms() + offset).await? {
            added += 1;
        }
    }
    tx.commit().await?;
    people::load_demo(db, clock, &profiles()).await?;
    letters(db, clock, &authority.post).await?;
    permissions(db, clock, authority).await?;
    help_places(db, clock).await?;
    bookings(db, clock, &authority.post).await?;
    crate::mydata::load_demo_rights(db, clock, &authority.post, PERSONAS[2].id).await?;
    crate::mydata::record::demo::load(db, clock, Actor::System).await?;
    crate::mydata::load_demo_access_log(
        db,
        clock,
        PERSONAS[2].id,
        PERSONAS[3].id,
        PERSONAS[5].id,
        PERSONAS[6].id,
    )
    .await?;
    crate::assess::load_demo(db, clock).await?;
    crate::network::load_demo(db, clock, PERSONAS[13].id, PERSONAS[14].id).await?;
    Ok(added)
}

/// The demo's year of letters, help and answers behind the inclusion figures (`/tal`),
/// with Jonas at the front desk recording outcomes and posting paper. Only `borgerbro
/// demo` loads it: it takes seconds, which every test's demo would pay.
pub async fn load_history(
    db: &Db,
    clock: &Clock,
    authority: &AuthorityProfile,
) -> anyhow::Result<()> {
    crate::insight::load_demo_history(db, clock, &authority.post, PERSONAS[6].id).await
}

/// Places in Aarhus where people help with digital errands, from the same kind of CSV
/// file an administrator imports; their fixed ids make a second load replace them.
async fn help_places(db: &Db, clock: &Clock) -> anyhow::Result<()> {
    const PLACES: &[u8] = include_bytes!("../data/demo-help-places.csv");
    let admin = PERSONAS[8].id;
    let (rows, first_row) =
        help::staff::read_rows(PLACES).map_err(|e| anyhow::anyhow!("demo help places: {e}"))?;
    // Before the server runs: its catalogue reads the places on its first search.
    match help::Catalogue::default()
        .import(
            db,
            &help::Postcodes::demo(),
            rows,
            first_row,
            admin,
            clock.now_ms(),
        )
        .await
    {
        Ok(_) => Ok(()),
        Err(help::ImportError::Database(error)) => Err(error.into()),
        Err(help::ImportError::Rows(problems)) => {
            Err(anyhow::anyhow!("demo help places: {problems:?}"))
        }
    }
}

/// Meetings at Borgerservice Dokk1 and call-backs on weekdays of the next two weeks, and
/// a meeting Karen booked about the MitID app and a call-back of hers the front desk
/// cancelled. Only once: a reload finds the slots.
async fn bookings(db: &Db, clock: &Clock, policy: &post::Policy) -> anyhow::Result<()> {
    const DOKK1: &str = "0195c0de-0000-7000-8000-0000000000a1";
    let (karen, front_desk) = (PERSONAS[2].id, PERSONAS[6].id);
    if !bookings::upcoming(db, clock, None, 14).await?.is_empty() {
        return Ok(());
    }
    let today = clock.today();
    let day = |days: i64| {
        today
            .checked_add(jiff::Span::new().days(days))
            .unwrap_or(today)
    };
    let series = [
        ("front_desk", DOKK1, "10:00", "12:00", "20"),
        ("callback", "", "13:00", "15:00", "15"),
    ];
    for (kind, place, from, to, minutes) in series {
        let draft = bookings::SeriesDraft {
            kind: kind.into(),
            place_id: place.into(),
            first: day(1).to_string(),
            last: day(14).to_string(),
            weekday: (1..=5).map(|d: u8| d.to_string()).collect(),
            from: from.into(),
            to: to.into(),
            minutes: minutes.into(),
        };
        let checked = draft
            .check(&[DOKK1])
            .map_err(|e| anyhow::anyhow!("demo slots: {e:?}"))?;
        bookings::add_series(db, clock, &checked, front_desk).await?;
    }
    let meeting = book_for(
        db,
        clock,
        policy,
        (karen, karen),
        bookings::Kind::FrontDesk,
        bookings::Details {
            name: String::new(),
            phone: None,
            topic: "Hjælp med MitID-appen på min nye telefon".into(),
            note: Some("Min søn Peter kommer med.".into()),
        },
    )
    .await?;
    // A call-back the front desk cancelled, so "Dine aftaler" shows a history.
    let call = book_for(
        db,
        clock,
        policy,
        (karen, karen),
        bookings::Kind::Callback,
        bookings::Details {
            name: String::new(),
            phone: Some("86 12 34 56".into()),
            topic: "Spørgsmål om boligstøtte".into(),
            note: None,
        },
    )
    .await?;
    if let (Some(_), Some(call)) = (meeting, call) {
        let by = Actor::Person(front_desk.to_owned());
        bookings::cancel(db, clock, policy, &help::Catalogue::default(), &call, by).await?;
    }
    // Erik, on paper post, rang the front desk, which booked him the first call-back: its
    // letter comes on the day of the call or later, so the booking's page says so and
    // he is on the front desk's list to ring ("Ring og sig tiden").
    book_for(
        db,
        clock,
        policy,
        (PERSONAS[9].id, front_desk),
        bookings::Kind::Callback,
        bookings::Details {
            name: String::new(),
            phone: Some("86 26 11 22".into()),
            topic: "Spørgsmål om min folkepension".into(),
            note: None,
        },
    )
    .await?;
    Ok(())
}

/// Books the first free slot of a kind for a demo citizen, by `by` (the citizen, or the
/// front desk for them); none when no slot is free.
async fn book_for(
    db: &Db,
    clock: &Clock,
    policy: &post::Policy,
    (citizen, by): (&str, &str),
    kind: bookings::Kind,
    details: bookings::Details,
) -> anyhow::Result<Option<bookings::Booking>> {
    let Some(slot) = bookings::free_slots(db, clock, kind)
        .await?
        .into_iter()
        .next()
    else {
        return Ok(None);
    };
    let new = bookings::NewBooking {
        slot_id: slot.id,
        citizen_id: Some(citizen.to_owned()),
        details,
        idempotency: None,
    };
    let actor = Actor::Person(by.to_owned());
    let booked = bookings::book(db, clock, policy, &help::Catalogue::default(), new, actor).await?;
    Ok(Some(booked.into_inner()))
}

/// The demo's permissions, each given only once (a reload finds it and gives nothing):
///
/// - Olena, who has neither MitID nor a CPR number, let Birgit, the IT volunteer, help
///   with her post (the letters under "Andet", such as her welcome letter) and her
///   bookings: given at the front desk after a look at her passport.
/// - Karen let her son Peter see her post, her letters about health and her bookings,
///   online, and Peter said yes: the demo text says he helps her, so his pages under
///   "Dem du hjælper" show her and what he may do.
async fn permissions(db: &Db, clock: &Clock, authority: &AuthorityProfile) -> anyhow::Result<()> {
    let (olena, karen, peter, birgit, front_desk) = (
        PERSONAS[1].id,
        PERSONAS[2].id,
        PERSONAS[3].id,
        PERSONAS[4].id,
        PERSONAS[6].id,
    );
    let today = clock.today();
    let days = |n: i64| {
        today
            .checked_add(jiff::Span::new().days(n))
            .unwrap_or(today)
    };
    let given_between = |citizen: &'static str, helper: &'static str| async move {
        anyhow::Ok(
            mandates::of_citizen(db, citizen)
                .await?
                .iter()
                .any(|m| m.helper_id == helper),
        )
    };
    if !given_between(olena, birgit).await? {
        let give = mandates::Give {
            proposal: mandates::Proposal {
                citizen_id: olena.to_owned(),
                helper_id: birgit.to_owned(),
                scopes: vec![
                    mandates::Scope::Post,
                    mandates::Scope::Bookings,
                    mandates::Scope::Subject(Area::General),
                ],
                rights: mandates::Rights::Look,
                valid_from: today,
                valid_to: days(180),
            },
            note: Some("Hjælp med at forstå breve fra kommunen".into()),
            giver: mandates::Giver::FrontDesk(front_desk.to_owned()),
            in_person: Some(mandates::InPerson {
                identity_check: "pas".into(),
            }),
            idempotency: None,
        };
        mandates::give(db, clock, authority, give).await?;
    }
    if !given_between(karen, peter).await? {
        let give = mandates::Give {
            proposal: mandates::Proposal {
                citizen_id: karen.to_owned(),
                helper_id: peter.to_owned(),
                scopes: vec![
                    mandates::Scope::Post,
                    mandates::Scope::Subject(Area::Health),
                    mandates::Scope::Bookings,
                ],
                rights: mandates::Rights::Look,
                valid_from: today,
                valid_to: days(365),
            },
            note: Some("Peter læser mine breve med mig".into()),
            giver: mandates::Giver::Citizen(karen.to_owned()),
            in_person: None,
            idempotency: None,
        };
        let given = mandates::give(db, clock, authority, give).await?;
        mandates::accept(db, clock, &given.into_inner().id, peter).await?;
    }
    Ok(())
}

/// Letters for the demo citizens, sent by the demo caseworker. Each has an idempotency key,
/// so a second load finds them and sends nothing. Karen's about health was sent ten days
/// ago and is still unopened, so the first sweep escalates it and moves its deadline; her
/// others lie in other areas (housing, "Andet", and her bookings' letters), so a helper
/// for health shows what a permission leaves out.
async fn letters(db: &Db, clock: &Clock, policy: &post::Policy) -> anyhow::Result<()> {
    let caseworker = &PERSONAS[5];
    let sender = Sender {
        actor: Actor::Person(caseworker.id.to_owned()),
        name: format!("{}, Ydelsesservice", caseworker.name),
    };
    let today = clock.today();
    let in_days = |days: i64| today.checked_add(jiff::Span::new().days(days)).ok();
    let ten_days_ago = Clock::fixed(
        clock
            .now()
            .checked_sub(jiff::Span::new().hours(24 * 10))
            .unwrap_or(clock.now()),
    );
    let letters = [
        (clock, PERSONAS[0].id, Area::Housing, "Du får boligstøtte fra 1. januar",
         Some("Du får 1.250 kr. om måneden i boligstøtte. Du skal ikke gøre noget."),
         "Kære Mette Hansen\n\nVi har behandlet din ansøgning om boligstøtte. Du får **1.250 kr. om måneden** fra 1. januar.\n\nPengene kommer på din NemKonto den første bankdag i måneden.\n\nHar du spørgsmål, så ring til os på 89 40 20 00.\n\nVenlig hilsen\nSofie Nielsen",
         None),
        (clock, PERSONAS[0].id, Area::Employment, "Send os din lønseddel senest om tre uger",
         Some("Vi mangler din lønseddel for oktober. Send den senest på fristen, så du ikke mister din støtte."),
         "Kære Mette Hansen\n\nFor at vi kan beregne din støtte rigtigt, mangler vi din lønseddel for oktober.\n\n- Tag et billede af lønsedlen, eller find den i din netbank.\n- Send den som svar på dette brev, eller kom forbi Borgerservice.\n\nVenlig hilsen\nSofie Nielsen",
         in_days(21)),
        (&ten_days_ago, PERSONAS[2].id, Area::Health, "Svar os om din hjemmehjælp",
         Some("Vi vil gerne vide, om du stadig har brug for hjælp til rengøring. Ring til os inden fristen."),
         "Kære Karen Jensen\n\nDu har fået hjælp til rengøring hver anden uge. Nu skal vi se på, om hjælpen passer til dig.\n\nRing til os på 89 40 20 00, så aftaler vi et besøg. Du kan også bede din søn Peter om at ringe for dig.\n\nVenlig hilsen\nSofie Nielsen",
         in_days(14)),
        (clock, PERSONAS[1].id, Area::General, "Velkommen til Aarhus Kommune",
         None,
         "Kære Olena Kovalenko\n\nVelkommen til Aarhus. Borgerservice hjælper dig med at få et CPR-nummer og MitID.\n\nKom forbi Borgerservice på Hack Kampmanns Plads 2. Tag dit pas med.\n\nVenlig hilsen\nBorgerservice",
         None),
        // Added later than those above: the key is the place in this list, so new
        // letters go last and a reload of an older demo sends only them.
        (clock, PERSONAS[2].id, Area::Housing, "Din boligstøtte er den samme i det nye år",
         Some("Du får stadig 1.100 kr. om måneden i boligstøtte. Du skal ikke gøre noget."),
         "Kære Karen Jensen\n\nVi har set på din boligstøtte for det nye år. Du får stadig **1.100 kr. om måneden**.\n\nPengene kommer på din NemKonto som før.\n\nVenlig hilsen\nSofie Nielsen",
         None),
        (clock, PERSONAS[2].id, Area::General, "Nye tider for storskrald i Viby",
         None,
         "Kære Karen Jensen\n\nFra januar henter vi storskrald i Viby den første tirsdag i måneden.\n\nSæt det ud til vejen aftenen før.\n\nVenlig hilsen\nAarhus Kommune",
         None),
        // On paper: Erik is exempt, so it waits in the print queue.
        (clock, PERSONAS[9].id, Area::Pension, "Din folkepension stiger 1. januar",
         Some("Du får 312 kr. mere om måneden fra 1. januar. Du skal ikke gøre noget."),
         "Kære Erik Sørensen\n\nFolkepensionen stiger fra 1. januar. Du får **312 kr. mere om måneden**.\n\nPengene kommer på din NemKonto som før.\n\nVenlig hilsen\nSofie Nielsen",
         None),
    ];
    for (index, (send_clock, recipient, area, subject, summary, body, deadline)) in
        letters.into_iter().enumerate()
    {
        let key = format!("demo-letter-{index}");
        post::send(
            db,
            send_clock,
            policy,
            NewLetter {
                recipient_id: recipient.to_owned(),
                area,
                subject: subject.to_owned(),
                body: body.to_owned(),
                summary: summary.map(str::to_owned),
                deadline,
                idempotency: Some(Idempotency {
                    client: sender.actor.as_text(),
                    key: key.clone(),
                    hash: key,
                }),
                attachments: Vec::new(),
                language: crate::i18n::Lang::Da,
                versions: Vec::new(),
            },
            &sender,
        )
        .await
        .map_err(|error| anyhow::anyhow!("demo letter {index}: {error}"))?;
    }
    post::sweep(db, clock, policy).await?;
    Ok(())
}
