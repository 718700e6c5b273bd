//! The demo's business case for its published project ("Ansøgning om boligstøtte kun
//! digitalt"): costs of building and running it, of keeping the front desk's help open and
//! of citizens' and helpers' time, against the savings on paper cases; two versions (the
//! second after the supplier's quote raised development) and the second published.

use super::model::{CaseDocument, CaseLine, Category, Effect, Kind, Value};
use super::{store, CaseVersion, Draft};
use crate::clock::Clock;
use crate::db::Db;

fn line(
    kind: Kind,
    category: Category,
    title: &str,
    (low, likely, high): (f64, f64, f64),
    (from_year, to_year): (u32, u32),
    assumption: &str,
    source: &str,
) -> CaseLine {
    CaseLine {
        kind,
        category,
        title: title.into(),
        low,
        likely,
        high,
        from_year,
        to_year,
        optimism_bias: category.starting_bias(kind),
        bias_reason: String::new(),
        assumption: assumption.into(),
        source: source.into(),
    }
}

fn document(development: (f64, f64, f64)) -> CaseDocument {
    use Category::*;
    use Kind::*;
    let mut lines = vec![
        line(
            Cost,
            Development,
            "Selvbetjeningsløsning til boligstøtte",
            development,
            (0, 0),
            "Udvikling af ansøgningen på borger.dk og integration til sagssystemet.",
            "Leverandørens tilbud",
        ),
        line(
            Cost,
            Operation,
            "Drift og vedligehold",
            (180_000.0, 220_000.0, 300_000.0),
            (1, 9),
            "Hosting, support og to opdateringer om året.",
            "Driftsaftale for lignende løsninger",
        ),
        line(
            Cost,
            AnalogAlternative,
            "Papirblanket og post for dem, der ikke kan bruge den digitale vej",
            (40_000.0, 60_000.0, 90_000.0),
            (0, 9),
            "Omkring 900 ansøgninger om året på papir, med porto og scanning.",
            "Borgerservice' tal for 2025",
        ),
        line(
            Cost,
            FrontDeskTime,
            "Hjælp ved skranken til at søge digitalt",
            (600.0, 900.0, 1_500.0),
            (0, 9),
            "20 minutter pr. borger, der får hjælp, 2.700 borgere om året.",
            "Tidsregistrering i Borgerservice, efteråret 2025",
        ),
        line(
            Cost,
            HelpersTime,
            "Pårørendes og frivilliges tid",
            (300.0, 500.0, 900.0),
            (0, 9),
            "Omkring 1.500 ansøgninger om året, hvor en hjælper sidder med.",
            "Brugertest med ældre borgere",
        ),
        line(
            Benefit,
            Savings,
            "Færre papirsager at taste ind",
            (900_000.0, 1_200_000.0, 1_400_000.0),
            (1, 9),
            "7.000 færre papirsager om året, 10 minutter hver.",
            "Sagsbehandlernes tidsregistrering 2025",
        ),
        line(
            Benefit,
            CitizensTime,
            "Borgere, der ikke skal møde op",
            (2_000.0, 3_000.0, 4_000.0),
            (1, 9),
            "6.000 borgere sparer en halv times transport og ventetid.",
            "Borgerservice' besøgstal",
        ),
    ];
    // The front desk's help is priced with the mitigation of the unwanted effect.
    lines.push(line(
        Cost,
        Mitigation,
        "Ekstra medarbejder i Borgerservice det første år",
        (450_000.0, 500_000.0, 550_000.0),
        (0, 0),
        "En fuldtidsstilling, mens borgerne vænner sig til den nye vej.",
        "Lønbudget 2026",
    ));
    CaseDocument {
        years: 10,
        discount_rate: super::model::DEFAULT_DISCOUNT_RATE,
        hourly_value: super::model::DEFAULT_HOURLY_VALUE,
        lines,
        values: vec![Value {
            title: "Hurtigere svar".into(),
            description: "Borgerne får svar på få dage i stedet for tre uger, fordi sagen ikke skal tastes ind.".into(),
            affects: "Alle, der søger boligstøtte, især dem, der venter på pengene.".into(),
        }],
        effects: vec![Effect {
            effect: "Ældre uden MitID kan ikke søge selv og risikerer at give op.".into(),
            mitigation: "Borgerservice udfylder ansøgningen sammen med borgeren, uden tidsbestilling, og papirblanketten findes stadig.".into(),
        }],
    }
}

/// Loads the case once: not again when the project has one.
pub(crate) async fn load(
    db: &Db,
    clock: &Clock,
    project_id: &str,
    owner_id: &str,
) -> anyhow::Result<()> {
    let mut tx = db.pool.begin().await?;
    if store::draft(&mut tx, project_id).await?.is_some() {
        tx.rollback().await?;
        return Ok(());
    }
    let now = clock.now_ms();
    let seed = 20_261_206;
    let versions = [
        (document((1_400_000.0, 1_800_000.0, 2_600_000.0)), "Første udgave, efter brugertesten med ældre borgere."),
        (document((1_900_000.0, 2_300_000.0, 3_200_000.0)), "Leverandørens tilbud gjorde udviklingen dyrere end skønnet: 2,3 mio. kr. i stedet for 1,8 mio. kr."),
    ];
    for (document, what_changed) in versions {
        let draft = Draft {
            document,
            draws: businesscase::DEFAULT_DRAWS,
            seed,
            revision: 0,
            updated_at: now,
        };
        let outcome =
            super::simulate(&draft).map_err(|e| anyhow::anyhow!("demo business case: {e:?}"))?;
        let version = CaseVersion {
            number: 0,
            document: draft.document.clone(),
            draws: draft.draws,
            seed,
            outcome,
            what_changed: what_changed.into(),
            made_by: owner_id.into(),
            made_at: now,
            published_at: None,
        };
        store::add_version(&mut tx, project_id, &version).await?;
        if store::draft(&mut tx, project_id).await?.is_none() {
            store::save_draft(&mut tx, project_id, &draft, owner_id, now).await?;
        } else {
            let saved = Draft {
                revision: 1,
                ..draft
            };
            store::save_draft(&mut tx, project_id, &saved, owner_id, now).await?;
        }
    }
    store::publish_newest(&mut tx, project_id, now).await?;
    tx.commit().await?;
    Ok(())
}
