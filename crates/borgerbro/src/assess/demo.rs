//! Demo data: a published level III assessment of making the housing-benefit application
//! digital only, and a draft. Fixed ids and `ON CONFLICT DO NOTHING`, so loading twice
//! changes nothing and the involvement half's demo, which adds the same project and user
//! test, may load before or after this one.

use std::collections::BTreeMap;

use jiff::ToSpan;

use super::model::{self, Document, Dpia, GroupAtRisk, Risk, SignOffRole};
use super::store::{self, ProjectRow, SignOffRow};
use crate::clock::Clock;
use crate::db::Db;

pub(crate) const PUBLISHED: &str = "0195c0de-0000-7000-8000-0000000000e1";
const DRAFT: &str = "0195c0de-0000-7000-8000-0000000000e2";
/// The user test with elderly citizens, the same id as the involvement half's demo.
pub(crate) const LARS: &str = "0195c0de-0000-7000-8000-000000000008";
const HANNE: (&str, &str) = ("0195c0de-0000-7000-8000-00000000000b", "Hanne Lund");
const ALI: (&str, &str) = ("0195c0de-0000-7000-8000-00000000000c", "Ali Hassan");

fn housing(id: &str, title: &str, now: i64) -> ProjectRow {
    ProjectRow {
        id: id.to_owned(),
        title: title.to_owned(),
        purpose: "Færre papirsager og hurtigere svar på ansøgninger om boligstøtte.".into(),
        affected: "Alle lejere i kommunen, der søger boligstøtte, omkring 9.000 om året.".into(),
        groups_at_risk: vec![
            GroupAtRisk::Elderly,
            GroupAtRisk::WeakDanish,
            GroupAtRisk::NoMitid,
        ],
        changes: "Papirblanketten forsvinder; man søger med MitID på borger.dk.".into(),
        analog_way: "Borgerservice udfylder ansøgningen sammen med borgeren, uden tidsbestilling."
            .into(),
        status: "draft".into(),
        owner_id: LARS.into(),
        created_at: now,
        updated_at: now,
        revision: 1,
        published_version: None,
        published_at: None,
        review_on: None,
    }
}

fn risk(description: &str, before: (u8, u8), measures: &str, after: (u8, u8)) -> Risk {
    Risk {
        description: description.into(),
        likelihood: before.0,
        consequence: before.1,
        measures: measures.into(),
        residual_likelihood: after.0,
        residual_consequence: after.1,
    }
}

/// Answers worth level III: much is at stake, some is done about it.
fn document() -> Document {
    let answers = [
        ("consequences.people_affected", "all"),
        ("consequences.removes_analog", "yes"),
        ("consequences.reversible", "hardly"),
        ("consequences.money_or_rights", "directly"),
        ("design_for_all.new_skills", "many"),
        ("design_for_all.device", "phone_or_computer"),
        ("design_for_all.mitid", "yes"),
        ("design_for_all.assistive_technology", "unknown"),
        ("communicate.new_texts", "many"),
        ("communicate.legal_terms", "many"),
        ("communicate.danish_only", "yes"),
        ("help_helpers.mandates", "partly"),
        ("help_helpers.password_sharing", "possible"),
        ("help_helpers.burden_on_relatives", "much"),
        ("alternatives.analog_way", "limited"),
        ("alternatives.exemption", "on_application"),
        ("alternatives.personal_contact", "limited"),
        ("mitigation.analog_way_staffed", "yes"),
        ("mitigation.user_tests_groups_at_risk", "planned"),
        ("mitigation.plain_language_checked", "yes"),
    ];
    Document {
        answers: answers
            .iter()
            .map(|(q, a)| ((*q).to_owned(), (*a).to_owned()))
            .collect(),
        reasoning: BTreeMap::from([(
            "consequences.removes_analog".to_owned(),
            "Papirblanketten fjernes; kun Borgerservice er tilbage som vej uden computer."
                .to_owned(),
        )]),
        mitigations: vec![
            "Borgerservice får to ekstra medarbejdere de første seks måneder.".into(),
        ],
        dpia: Dpia {
            description: "Ansøgningen sendes fra borger.dk til fagsystemet for boligstøtte.".into(),
            purposes: "At afgøre, om borgeren har ret til boligstøtte, og hvor meget.".into(),
            necessity: "Oplysningerne om husstand, indkomst og husleje kræves efter loven.".into(),
            proportionality: "Der spørges kun om det, loven kræver; intet gemmes ud over sagen."
                .into(),
        },
        risks: vec![
            risk(
                "Ældre uden MitID kan ikke søge selv og mister støtte i ventetiden.",
                (3, 4),
                "Borgerservice hjælper uden tidsbestilling; støtten gælder fra første henvendelse.",
                (2, 3),
            ),
            risk(
                "Borgere med svagt dansk forstår ikke spørgsmålene om husstanden.",
                (3, 3),
                "Spørgsmålene er skrevet i klart sprog og findes på engelsk og arabisk.",
                (2, 2),
            ),
            risk(
                "Pårørende søger med borgerens MitID i stedet for med en fuldmagt.",
                (2, 3),
                "Siden forklarer fuldmagten og linker til den.",
                (2, 2),
            ),
        ],
        ..Default::default()
    }
}

pub(crate) async fn load(db: &Db, clock: &Clock) -> anyhow::Result<()> {
    let now = clock.now_ms();
    let mut tx = db.pool.begin().await?;
    store::insert_project(
        &mut tx,
        &housing(PUBLISHED, "Ansøgning om boligstøtte kun digitalt", now),
    )
    .await?;
    let version = match store::latest_version(&mut tx, PUBLISHED).await? {
        Some(version) => version.number,
        None => {
            store::add_version(
                &mut tx,
                PUBLISHED,
                &document(),
                LARS,
                "Første version efter brugertesten med ældre borgere.",
                now,
            )
            .await?
        }
    };
    for (role, (id, name), comment) in [
        (
            SignOffRole::DataProtectionOfficer,
            HANNE,
            "Konsekvensanalysen dækker behandlingen. Ingen forudgående høring af Datatilsynet.",
        ),
        (
            SignOffRole::CitizensAdviser,
            ALI,
            "Godkendt, når Borgerservice faktisk har de ekstra medarbejdere fra første dag.",
        ),
    ] {
        let signoff = SignOffRow {
            id: crate::db::new_id(),
            project_id: PUBLISHED.into(),
            version_number: version,
            role,
            person_id: id.into(),
            person_name: name.into(),
            comment: comment.into(),
            signed_at: now,
        };
        store::insert_signoff(&mut tx, &signoff).await?;
    }
    let draft = ProjectRow {
        title: "Ledsageordning: bestil ledsager med SMS".into(),
        purpose: "At borgere med handicap kan bestille ledsagelse uden at ringe i åbningstiden."
            .into(),
        affected: "Omkring 400 borgere med ledsageordning og deres pårørende.".into(),
        groups_at_risk: vec![GroupAtRisk::Disabled, GroupAtRisk::Elderly],
        changes: "Bestilling kan ske med SMS døgnet rundt; telefonen er åben som før.".into(),
        analog_way: "Telefonen og brev til Handicapafdelingen som i dag.".into(),
        ..housing(DRAFT, "", now)
    };
    store::insert_project(&mut tx, &draft).await?;
    tx.commit().await?;
    Ok(())
}

/// Publishes the demo's assessment once its involvement is loaded (`involvement::demo`),
/// keeping the rule it shows: it publishes only what may be published.
pub(crate) async fn publish(db: &Db, clock: &Clock) -> anyhow::Result<()> {
    let now = clock.now_ms();
    let mut tx = db.pool.begin().await?;
    let version = store::latest_version(&mut tx, PUBLISHED)
        .await?
        .ok_or_else(|| anyhow::anyhow!("demo assessment: no version"))?
        .number;
    let project = store::project(&mut tx, PUBLISHED)
        .await?
        .ok_or_else(|| anyhow::anyhow!("demo assessment: the project is gone"))?;
    if project.published_version.is_none() {
        let stored = store::version(&mut tx, PUBLISHED, version)
            .await?
            .ok_or_else(|| anyhow::anyhow!("demo assessment: the version is gone"))?;
        let level = model::score(&stored.document.answers)
            .map_err(|e| anyhow::anyhow!("demo assessment: {e:?}"))?
            .level;
        let signed: Vec<SignOffRole> = store::signoffs(&mut tx, PUBLISHED, version)
            .await?
            .iter()
            .map(|s| s.role)
            .collect();
        let involved =
            super::involvement::has_activity_with_groups_at_risk_in(&mut tx, PUBLISHED).await?;
        // The demo keeps the rule it shows: it publishes only what may be published.
        model::may_publish(level, involved, &signed)
            .map_err(|refusal| anyhow::anyhow!("demo assessment: {refusal:?}"))?;
        let review_on = clock
            .today()
            .checked_add(i64::from(level.review_months()).months())?;
        store::publish(
            &mut tx,
            PUBLISHED,
            project.revision,
            version,
            now,
            &review_on.to_string(),
        )
        .await?
        .map_err(|_| anyhow::anyhow!("demo assessment: changed while loading"))?;
    }
    tx.commit().await?;
    Ok(())
}
