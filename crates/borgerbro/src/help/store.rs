//! SQL for help places.

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, AnyPool, Row};

use super::guides::GuideDraft;
use super::hours::Schedule;
use super::model::{Kind, Place, Position, Topic};

/// A stored place read back; `None` for a row this version cannot read (a kind or topic
/// it does not know), which is then left out rather than shown wrong.
fn place_of(row: &AnyRow) -> Result<Option<Place>, sqlx::Error> {
    let kind: String = row.try_get("kind")?;
    let topics: String = row.try_get("topics")?;
    let hours: String = row.try_get("hours")?;
    let languages: String = row.try_get("languages")?;
    let latitude: Option<f64> = row.try_get("latitude")?;
    let longitude: Option<f64> = row.try_get("longitude")?;
    let (Some(kind), Some(topics), Ok(hours)) = (
        Kind::parse(&kind),
        split(&topics).map(Topic::parse).collect::<Option<Vec<_>>>(),
        hours.parse::<Schedule>(),
    ) else {
        return Ok(None);
    };
    Ok(Some(Place {
        id: row.try_get("id")?,
        kind,
        name: row.try_get("name")?,
        description: row.try_get("description")?,
        audience: row.try_get("audience")?,
        street: row.try_get("street")?,
        postcode: row.try_get("postcode")?,
        city: row.try_get("city")?,
        position: latitude
            .zip(longitude)
            .map(|(latitude, longitude)| Position {
                latitude,
                longitude,
            }),
        phone: row.try_get("phone")?,
        languages: split(&languages).map(str::to_owned).collect(),
        step_free: row.try_get::<i64, _>("step_free")? != 0,
        topics,
        hours,
        updated_at: row.try_get("updated_at")?,
    }))
}

fn split(list: &str) -> impl Iterator<Item = &str> {
    list.split(',').filter(|s| !s.is_empty())
}

fn join<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.collect::<Vec<_>>().join(",")
}

/// Every place, by name.
pub async fn all(pool: &AnyPool) -> Result<Vec<Place>, sqlx::Error> {
    let rows = sqlx::query("SELECT * FROM help_places ORDER BY name, id")
        .fetch_all(pool)
        .await?;
    let mut places = Vec::with_capacity(rows.len());
    for row in &rows {
        match place_of(row)? {
            Some(place) => places.push(place),
            None => tracing::warn!(
                id = row.try_get::<String, _>("id").unwrap_or_default(),
                "a help place this version cannot read is left out"
            ),
        }
    }
    Ok(places)
}

pub async fn version(pool: &AnyPool) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT version FROM help_versions WHERE name = 'places'")
        .fetch_one(pool)
        .await
}

/// Marks the catalogue changed, in the transaction that changed it.
pub async fn bump_version(conn: &mut AnyConnection) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE help_versions SET version = version + 1 WHERE name = 'places'")
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Inserts a new place or replaces the one with its id.
pub async fn save(conn: &mut AnyConnection, place: &Place, by: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM help_places WHERE id = $1")
        .bind(&place.id)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO help_places (id, kind, name, description, audience, street, postcode, \
         city, latitude, longitude, phone, languages, step_free, topics, hours, updated_at, \
         updated_by) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)",
    )
    .bind(&place.id)
    .bind(place.kind.as_str())
    .bind(&place.name)
    .bind(&place.description)
    .bind(&place.audience)
    .bind(&place.street)
    .bind(&place.postcode)
    .bind(&place.city)
    .bind(place.position.map(|p| p.latitude))
    .bind(place.position.map(|p| p.longitude))
    .bind(&place.phone)
    .bind(join(place.languages.iter().map(String::as_str)))
    .bind(i64::from(place.step_free))
    .bind(join(place.topics.iter().map(|t| t.as_str())))
    .bind(place.hours.to_string())
    .bind(place.updated_at)
    .bind(by)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn delete(conn: &mut AnyConnection, id: &str) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM help_places WHERE id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// A guide as staff saved it.
pub struct GuideRow {
    pub slug: String,
    pub lang: String,
    pub draft: GuideDraft,
    pub updated_at: i64,
}

fn guide_of(row: &AnyRow) -> Result<GuideRow, sqlx::Error> {
    Ok(GuideRow {
        slug: row.try_get("slug")?,
        lang: row.try_get("lang")?,
        draft: GuideDraft {
            title: row.try_get("title")?,
            summary: row.try_get("summary")?,
            topics: row.try_get("topics")?,
            ready: row.try_get("ready")?,
            who_can_help: row.try_get("who_can_help")?,
            without_computer: row.try_get("without_computer")?,
            steps: row.try_get("steps")?,
        },
        updated_at: row.try_get("updated_at")?,
    })
}

/// The guides staff saved in one language.
pub async fn guides(pool: &AnyPool, lang: &str) -> Result<Vec<GuideRow>, sqlx::Error> {
    sqlx::query("SELECT * FROM help_guides WHERE lang = $1")
        .bind(lang)
        .fetch_all(pool)
        .await?
        .iter()
        .map(guide_of)
        .collect()
}

pub async fn guide(
    pool: &AnyPool,
    slug: &str,
    lang: &str,
) -> Result<Option<GuideRow>, sqlx::Error> {
    sqlx::query("SELECT * FROM help_guides WHERE slug = $1 AND lang = $2")
        .bind(slug)
        .bind(lang)
        .fetch_optional(pool)
        .await?
        .as_ref()
        .map(guide_of)
        .transpose()
}

pub async fn save_guide(
    conn: &mut AnyConnection,
    row: &GuideRow,
    by: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM help_guides WHERE slug = $1 AND lang = $2")
        .bind(&row.slug)
        .bind(&row.lang)
        .execute(&mut *conn)
        .await?;
    let d = &row.draft;
    sqlx::query(
        "INSERT INTO help_guides (slug, lang, title, summary, topics, ready, who_can_help, \
         without_computer, steps, updated_at, updated_by) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(&row.slug)
    .bind(&row.lang)
    .bind(&d.title)
    .bind(&d.summary)
    .bind(&d.topics)
    .bind(&d.ready)
    .bind(&d.who_can_help)
    .bind(&d.without_computer)
    .bind(&d.steps)
    .bind(row.updated_at)
    .bind(by)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
