//! The demo's materials, put through the real flow by the members who would do it:
//! the two shipped materials ("Er det svindel?" and "Har du været udsat for svindel?")
//! in five languages, drafted by Viby Bibliotek (Jette Frandsen) and reviewed and
//! approved by Ældre Sagen Aarhus (Kurt Madsen); a draft of Viby's; one of Viby's in
//! review, waiting for Kurt; one of Sprogcenter Aarhus published a year ago less two
//! weeks (reviewed by Boligsocialt Hus Gellerup), so its review falls due soon; and
//! Sprogcenter's copy of "Er det svindel?", adapted for its students. Fixed ids keep a
//! second load from adding them again; the times are the clock's, some days back.

use super::model::{self, MaterialForm, ReviewForm};
use super::{store, Submission};
use crate::auth::{self, User};
use crate::clock::Clock;
use crate::db::Db;
use crate::forms::FormErrors;
use crate::network::NetworkError;

/// The shipped materials: language, name, text (TOML front matter and Markdown).
pub(crate) const SHIPPED: [(&str, &str, &str); 10] = [
    (
        "da",
        "er-det-svindel",
        include_str!("../../../materials/da/er-det-svindel.md"),
    ),
    (
        "en",
        "er-det-svindel",
        include_str!("../../../materials/en/er-det-svindel.md"),
    ),
    (
        "ar",
        "er-det-svindel",
        include_str!("../../../materials/ar/er-det-svindel.md"),
    ),
    (
        "uk",
        "er-det-svindel",
        include_str!("../../../materials/uk/er-det-svindel.md"),
    ),
    (
        "tr",
        "er-det-svindel",
        include_str!("../../../materials/tr/er-det-svindel.md"),
    ),
    (
        "da",
        "svindel-hvad-nu",
        include_str!("../../../materials/da/svindel-hvad-nu.md"),
    ),
    (
        "en",
        "svindel-hvad-nu",
        include_str!("../../../materials/en/svindel-hvad-nu.md"),
    ),
    (
        "ar",
        "svindel-hvad-nu",
        include_str!("../../../materials/ar/svindel-hvad-nu.md"),
    ),
    (
        "uk",
        "svindel-hvad-nu",
        include_str!("../../../materials/uk/svindel-hvad-nu.md"),
    ),
    (
        "tr",
        "svindel-hvad-nu",
        include_str!("../../../materials/tr/svindel-hvad-nu.md"),
    ),
];

/// The shipped materials' ids, in `SHIPPED`'s order.
pub(crate) const SHIPPED_IDS: [&str; 10] = [
    "0195c0de-0000-7000-8000-000000000d01",
    "0195c0de-0000-7000-8000-000000000d02",
    "0195c0de-0000-7000-8000-000000000d03",
    "0195c0de-0000-7000-8000-000000000d04",
    "0195c0de-0000-7000-8000-000000000d05",
    "0195c0de-0000-7000-8000-000000000d06",
    "0195c0de-0000-7000-8000-000000000d07",
    "0195c0de-0000-7000-8000-000000000d08",
    "0195c0de-0000-7000-8000-000000000d09",
    "0195c0de-0000-7000-8000-000000000d10",
];
/// "Er det svindel?" in Danish.
pub(crate) const IS_IT_FRAUD: &str = SHIPPED_IDS[0];
const DRAFT: &str = "0195c0de-0000-7000-8000-000000000d11";
pub(crate) const IN_REVIEW: &str = "0195c0de-0000-7000-8000-000000000d12";
pub(crate) const DUE_SOON: &str = "0195c0de-0000-7000-8000-000000000d13";
pub(crate) const COPY: &str = "0195c0de-0000-7000-8000-000000000d14";

/// The contact people of Sprogcenter Aarhus and Boligsocialt Hus Gellerup (members'
/// demo), who are not demo personas.
const LANGUAGE_CENTRE_CONTACT: &str = "0195c0de-0000-7000-8000-0000000000b1";
const HOUSING_CONTACT: &str = "0195c0de-0000-7000-8000-0000000000b2";

fn demo_error(error: NetworkError) -> sqlx::Error {
    match error {
        NetworkError::Database(error) => error,
        other => sqlx::Error::Protocol(format!("the demo's materials: {other:?}")),
    }
}

async fn user(db: &Db, id: &str) -> Result<User, sqlx::Error> {
    auth::user_in(&mut *db.pool.acquire().await?, id)
        .await?
        .ok_or_else(|| sqlx::Error::Protocol(format!("the demo has no person {id}")))
}

async fn exists(db: &Db, id: &str) -> Result<bool, sqlx::Error> {
    Ok(store::one(&mut *db.pool.acquire().await?, id)
        .await?
        .is_some())
}

/// The clock `days` days back (and `minutes` minutes on, to keep an order).
fn back(clock: &Clock, days: i64, minutes: i64) -> Clock {
    let span =
        jiff::SignedDuration::from_hours(24 * days) - jiff::SignedDuration::from_mins(minutes);
    Clock::fixed(
        clock
            .now()
            .checked_sub(span)
            .unwrap_or_else(|_| clock.now()),
    )
}

fn approval(comment: &str) -> ReviewForm {
    ReviewForm {
        correct: Some("yes".into()),
        understandable: Some("yes".into()),
        up_to_date: Some("yes".into()),
        comment: comment.into(),
    }
}

fn submission(form: &MaterialForm) -> Submission<'_> {
    Submission {
        form,
        file: None,
        file_errors: FormErrors::default(),
    }
}

/// Drafts, sends and has reviewed one material: the author writes it `days` back, sends
/// it a day later and the reviewer approves it the day after.
async fn through_review(
    db: &Db,
    clock: &Clock,
    (author, reviewer): (&User, &User),
    id: &str,
    form: &MaterialForm,
    (days, order): (i64, i64),
) -> Result<(), NetworkError> {
    super::create_with_id(db, &back(clock, days, order), author, id, &submission(form)).await?;
    super::submit(db, &back(clock, days - 1, order), author, id).await?;
    let comment = "Rigtigt, let at læse og opdateret. Vi bruger den på vores IT-caféer.";
    super::review(
        db,
        &back(clock, days - 2, order),
        reviewer,
        id,
        &approval(comment),
    )
    .await?;
    Ok(())
}

fn form(
    title: &str,
    summary: &str,
    format: model::Format,
    body: &str,
    link: &str,
    (targets, languages, topics): (&[&str], &[&str], &[&str]),
) -> MaterialForm {
    let owned = |codes: &[&str]| codes.iter().map(|c| (*c).to_owned()).collect();
    MaterialForm {
        title: title.into(),
        summary: summary.into(),
        format: format.as_str().into(),
        body: body.into(),
        link: link.into(),
        target_groups: owned(targets),
        languages: owned(languages),
        topics: owned(topics),
    }
}

/// Loads the materials; `library` and `seniors` are the demo personas who act for Viby
/// Bibliotek and Ældre Sagen Aarhus (the members' demo must be loaded first).
pub(crate) async fn load(
    db: &Db,
    clock: &Clock,
    library: &str,
    seniors: &str,
) -> Result<(), sqlx::Error> {
    let jette = user(db, library).await?;
    let kurt = user(db, seniors).await?;
    let amira = user(db, LANGUAGE_CENTRE_CONTACT).await?;
    let said = user(db, HOUSING_CONTACT).await?;
    for (n, ((lang, slug, text), id)) in (0..).zip(SHIPPED.iter().zip(SHIPPED_IDS)) {
        if exists(db, id).await? {
            continue;
        }
        let shipped = model::shipped(text, lang)
            .map_err(|e| sqlx::Error::Protocol(format!("materials/{lang}/{slug}.md: {e}")))?;
        through_review(db, clock, (&jette, &kurt), id, &shipped, (60, n))
            .await
            .map_err(demo_error)?;
    }
    if !exists(db, DRAFT).await? {
        let draft = form(
            "Sådan læser du Digital Post i appen",
            "Du kan læse dine breve fra det offentlige i appen Digital Post. Her kan du se hvordan.",
            model::Format::Guide,
            "## Hent appen\n\nHent appen Digital Post i App Store eller Google Play.\n\n\
             ## Log ind\n\nÅbn appen. Log ind med MitID.\n\n\
             ## Læs dine breve\n\nTryk på et brev for at læse det. Et nyt brev har en blå prik.",
            "",
            (&["elderly", "everyone"], &["da"], &["digital-post", "apps"]),
        );
        super::create_with_id(db, &back(clock, 2, 0), &jette, DRAFT, &submission(&draft))
            .await
            .map_err(demo_error)?;
    }
    if !exists(db, IN_REVIEW).await? {
        let checklist = form(
            "Før du ringer til IT-hjælpen",
            "Fem ting, du kan tjekke selv, før du ringer. Så går det hurtigere.",
            model::Format::Checklist,
            "- Er din telefon eller computer tændt og opladet?\n\
             - Har du internet? Prøv at åbne en anden side.\n\
             - Har du prøvet at slukke og tænde igen?\n\
             - Har du din MitID-app eller kodeviser ved hånden?\n\
             - Skriv ned, hvad der står på skærmen, når det går galt.",
            "",
            (&["elderly", "everyone"], &["da"], &["basics", "helpers"]),
        );
        super::create_with_id(
            db,
            &back(clock, 5, 0),
            &jette,
            IN_REVIEW,
            &submission(&checklist),
        )
        .await
        .map_err(demo_error)?;
        super::submit(db, &back(clock, 3, 0), &jette, IN_REVIEW)
            .await
            .map_err(demo_error)?;
    }
    if !exists(db, DUE_SOON).await? {
        let video = form(
            "Video: Log ind med MitID-appen",
            "En kort video på tre minutter: sådan logger du ind med MitID-appen, trin for trin.",
            model::Format::Video,
            "Videoen har danske undertekster. Vi viser den på vores kurser for nye kursister.",
            "https://www.mitid.dk/hjaelp/",
            (&["new-in-denmark"], &["da"], &["mitid"]),
        );
        through_review(db, clock, (&amira, &said), DUE_SOON, &video, (352, 0))
            .await
            .map_err(demo_error)?;
    }
    if !exists(db, COPY).await? {
        let copy_clock = back(clock, 10, 0);
        super::copy_with_id(db, &copy_clock, &amira, IS_IT_FRAUD, COPY)
            .await
            .map_err(demo_error)?;
        let copied = store::one(&mut *db.pool.acquire().await?, COPY)
            .await?
            .ok_or_else(|| sqlx::Error::Protocol("the demo's copy is gone".into()))?;
        let mut adapted = MaterialForm::from(&copied.content);
        adapted.title = "Er det svindel? Til kursister på sprogcentret".into();
        adapted.summary = "Har du fået en mærkelig sms, mail eller et opkald? Tjek listen sammen med din lærer, før du gør noget.".into();
        adapted.target_groups = vec!["new-in-denmark".into()];
        super::edit(db, &back(clock, 9, 0), &amira, COPY, &submission(&adapted))
            .await
            .map_err(demo_error)?;
    }
    Ok(())
}
