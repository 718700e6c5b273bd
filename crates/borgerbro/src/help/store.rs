//! SQL for help places.

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, AnyPool, Row};

use super::guides::GuideDraft;
use super::model::{Kind, Place, Position, Topic};
use crate::db::decode::{self, Unreadable};
use crate::i18n::Lang;

/// A stored place read back, its kind, topics, hours and position decoded; one this build
/// cannot read is an error (`decode::Unreadable`), never a place shown wrong.
fn place_of(row: &AnyRow) -> Result<Place, sqlx::Error> {
    let kind: String = row.try_get("kind")?;
    let topics: String = row.try_get("topics")?;
    let hours: String = row.try_get("hours")?;
    let languages: String = row.try_get("languages")?;
    let latitude: Option<f64> = row.try_get("latitude")?;
    let longitude: Option<f64> = row.try_get("longitude")?;
    let position = match (latitude, longitude) {
        (Some(latitude), Some(longitude)) => Some(Position {
            latitude,
            longitude,
        }),
        (None, None) => None,
        _ => return Err(Unreadable::new("help_places.latitude", "one half of a position").into()),
    };
    Ok(Place {
        id: row.try_get("id")?,
        kind: decode::parsed("help_places.kind", &kind, Kind::parse)?,
        name: row.try_get("name")?,
        description: row.try_get("description")?,
        audience: row.try_get("audience")?,
        street: row.try_get("street")?,
        postcode: row.try_get("postcode")?,
        city: row.try_get("city")?,
        position,
        phone: decode::phone("help_places.phone", row.try_get("phone")?)?,
        languages: split(&languages).map(str::to_owned).collect(),
        step_free: decode::flag("help_places.step_free", row.try_get("step_free")?)?,
        topics: decode::parsed("help_places.topics", &topics, |topics| {
            split(topics).map(Topic::parse).collect()
        })?,
        hours: decode::parsed("help_places.hours", &hours, |hours| hours.parse().ok())?,
        updated_at: row.try_get("updated_at")?,
    })
}

fn split(list: &str) -> impl Iterator<Item = &str> {
    list.split(',').filter(|s| !s.is_empty())
}

fn join<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.collect::<Vec<_>>().join(",")
}

/// Every place, by name.
pub(crate) async fn all(pool: &AnyPool) -> Result<Vec<Place>, sqlx::Error> {
    let rows = sqlx::query("SELECT * FROM help_places ORDER BY name, id")
        .fetch_all(pool)
        .await?;
    let mut places = Vec::with_capacity(rows.len());
    for row in &rows {
        match place_of(row) {
            Ok(place) => places.push(place),
            // Left out of the public catalogue, not shown wrong: one place this build
            // cannot read must not take every search down with it.
            Err(error @ sqlx::Error::ColumnDecode { .. }) => tracing::warn!(
                id = row.try_get::<String, _>("id").unwrap_or_default(),
                %error,
                "a help place this version cannot read is left out"
            ),
            Err(error) => return Err(error),
        }
    }
    Ok(places)
}

pub(crate) async fn version(pool: &AnyPool) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT version FROM help_versions WHERE name = 'places'")
        .fetch_one(pool)
        .await
}

/// Marks the catalogue changed, in the transaction that changed it.
pub(crate) async fn bump_version(conn: &mut AnyConnection) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE help_versions SET version = version + 1 WHERE name = 'places'")
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Inserts a new place or replaces the one with its id.
pub(crate) async fn save(
    conn: &mut AnyConnection,
    place: &Place,
    by: &str,
) -> Result<(), sqlx::Error> {
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

pub(crate) async fn delete(conn: &mut AnyConnection, id: &str) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM help_places WHERE id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// A guide as staff saved it.
pub(crate) struct GuideRow {
    pub slug: String,
    pub lang: Lang,
    pub draft: GuideDraft,
    pub updated_at: i64,
}

fn guide_of(row: &AnyRow) -> Result<GuideRow, sqlx::Error> {
    let lang: String = row.try_get("lang")?;
    Ok(GuideRow {
        slug: row.try_get("slug")?,
        lang: decode::parsed("help_guides.lang", &lang, Lang::from_code)?,
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
pub(crate) async fn guides(pool: &AnyPool, lang: Lang) -> Result<Vec<GuideRow>, sqlx::Error> {
    sqlx::query("SELECT * FROM help_guides WHERE lang = $1")
        .bind(lang.code())
        .fetch_all(pool)
        .await?
        .iter()
        .map(guide_of)
        .collect()
}

pub(crate) async fn guide(
    pool: &AnyPool,
    slug: &str,
    lang: Lang,
) -> Result<Option<GuideRow>, sqlx::Error> {
    sqlx::query("SELECT * FROM help_guides WHERE slug = $1 AND lang = $2")
        .bind(slug)
        .bind(lang.code())
        .fetch_optional(pool)
        .await?
        .as_ref()
        .map(guide_of)
        .transpose()
}

pub(crate) async fn save_guide(
    conn: &mut AnyConnection,
    row: &GuideRow,
    by: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM help_guides WHERE slug = $1 AND lang = $2")
        .bind(&row.slug)
        .bind(row.lang.code())
        .execute(&mut *conn)
        .await?;
    let d = &row.draft;
    sqlx::query(
        "INSERT INTO help_guides (slug, lang, title, summary, topics, ready, who_can_help, \
         without_computer, steps, updated_at, updated_by) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(&row.slug)
    .bind(row.lang.code())
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

pub(crate) async fn insert_feedback(
    pool: &AnyPool,
    id: &str,
    task: &str,
    page: &str,
    score: u8,
    words: Option<&str>,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO help_feedback (id, task, page, score, words, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(id)
    .bind(task)
    .bind(page)
    .bind(i64::from(score))
    .bind(words)
    .bind(at)
    .execute(pool)
    .await?;
    Ok(())
}

pub(crate) async fn insert_stuck(
    pool: &AnyPool,
    id: &str,
    topic: Topic,
    page: &str,
    what_happened: &str,
    by: &str,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO help_stuck (id, topic, page, what_happened, recorded_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(id)
    .bind(topic.as_str())
    .bind(page)
    .bind(what_happened)
    .bind(by)
    .bind(at)
    .execute(pool)
    .await?;
    Ok(())
}

/// "Var det let?" per task and page: how many answered, the average, and how many
/// gave each score.
pub(crate) struct FeedbackSummary {
    pub task: String,
    pub page: String,
    pub answers: i64,
    pub average: f64,
    /// Answers with score 1 to 5, in that order.
    pub scores: [i64; 5],
}

pub(crate) async fn feedback_summary(pool: &AnyPool) -> Result<Vec<FeedbackSummary>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT task, page, score, COUNT(*) AS answers FROM help_feedback \
         GROUP BY task, page, score ORDER BY task, page",
    )
    .fetch_all(pool)
    .await?;
    let mut summary: Vec<FeedbackSummary> = Vec::new();
    for row in &rows {
        let (task, page): (String, String) = (row.try_get("task")?, row.try_get("page")?);
        let score: i64 = row.try_get("score")?;
        // Scores 1 to 5, as `scores[0]` to `scores[4]`.
        let score = usize::try_from(score - 1)
            .ok()
            .filter(|i| *i < 5)
            .ok_or_else(|| Unreadable::new("help_feedback.score", score))?;
        let answers: i64 = row.try_get("answers")?;
        let index = match summary.last() {
            Some(last) if last.task == task && last.page == page => summary.len() - 1,
            _ => {
                summary.push(FeedbackSummary {
                    task,
                    page,
                    answers: 0,
                    average: 0.0,
                    scores: [0; 5],
                });
                summary.len() - 1
            }
        };
        let entry = &mut summary[index];
        entry.scores[score] += answers;
        entry.answers += answers;
    }
    for entry in &mut summary {
        let total: i64 = (1..=5).zip(entry.scores).map(|(s, n)| s * n).sum();
        entry.average = total as f64 / entry.answers.max(1) as f64;
    }
    Ok(summary)
}

/// Where citizens got stuck, per page and topic, most often first.
pub(crate) struct StuckSummary {
    pub page: String,
    pub topic: Topic,
    pub times: i64,
}

pub(crate) async fn stuck_summary(pool: &AnyPool) -> Result<Vec<StuckSummary>, sqlx::Error> {
    sqlx::query(
        "SELECT page, topic, COUNT(*) AS times FROM help_stuck \
         GROUP BY page, topic ORDER BY COUNT(*) DESC, page, topic",
    )
    .fetch_all(pool)
    .await?
    .iter()
    .map(|row| {
        let topic: String = row.try_get("topic")?;
        Ok(StuckSummary {
            page: row.try_get("page")?,
            topic: decode::parsed("help_stuck.topic", &topic, Topic::parse)?,
            times: row.try_get("times")?,
        })
    })
    .collect()
}

/// The newest free-text answers: task, words, when.
pub(crate) async fn recent_words(
    pool: &AnyPool,
    limit: i64,
) -> Result<Vec<(String, String, i64)>, sqlx::Error> {
    sqlx::query(
        "SELECT task, words, created_at FROM help_feedback WHERE words IS NOT NULL \
         ORDER BY created_at DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(pool)
    .await?
    .iter()
    .map(|row| {
        Ok((
            row.try_get("task")?,
            row.try_get("words")?,
            row.try_get("created_at")?,
        ))
    })
    .collect()
}

/// Every answer and every front-desk note as CSV fields: kind, task or topic, page,
/// score, words, when (RFC 3339).
pub(crate) async fn all_feedback(pool: &AnyPool) -> Result<Vec<[String; 6]>, sqlx::Error> {
    let at = |ms: i64| {
        jiff::Timestamp::from_millisecond(ms)
            .map(|t| t.to_string())
            .unwrap_or_default()
    };
    let mut rows = Vec::new();
    for row in sqlx::query("SELECT * FROM help_feedback ORDER BY created_at")
        .fetch_all(pool)
        .await?
    {
        rows.push([
            "feedback".into(),
            row.try_get("task")?,
            row.try_get("page")?,
            row.try_get::<i64, _>("score")?.to_string(),
            row.try_get::<Option<String>, _>("words")?
                .unwrap_or_default(),
            at(row.try_get("created_at")?),
        ]);
    }
    for row in sqlx::query("SELECT * FROM help_stuck ORDER BY created_at")
        .fetch_all(pool)
        .await?
    {
        rows.push([
            "stuck".into(),
            row.try_get("topic")?,
            row.try_get("page")?,
            String::new(),
            row.try_get("what_happened")?,
            at(row.try_get("created_at")?),
        ]);
    }
    Ok(rows)
}

/// Deletes the answers to "Var det let?" given before `before`, or with `apply` false
/// counts them.
pub async fn feedback_before(
    conn: &mut AnyConnection,
    before: i64,
    apply: bool,
) -> Result<u64, sqlx::Error> {
    if apply {
        return Ok(
            sqlx::query("DELETE FROM help_feedback WHERE created_at < $1")
                .bind(before)
                .execute(&mut *conn)
                .await?
                .rows_affected(),
        );
    }
    let n: i64 = sqlx::query("SELECT COUNT(*) AS n FROM help_feedback WHERE created_at < $1")
        .bind(before)
        .fetch_one(&mut *conn)
        .await?
        .try_get("n")?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// "Var det let?" answers given in `[from, to)`, per task, as counts of each score
/// (`[0]` is 1, very hard; `[4]` is 5, very easy): the inclusion figures.
pub(crate) async fn scores_by_task(
    pool: &AnyPool,
    from: i64,
    to: i64,
) -> Result<std::collections::BTreeMap<String, [u64; 5]>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT task, score, COUNT(*) AS answers FROM help_feedback \
         WHERE created_at >= $1 AND created_at < $2 GROUP BY task, score",
    )
    .bind(from)
    .bind(to)
    .fetch_all(pool)
    .await?;
    let mut tasks: std::collections::BTreeMap<String, [u64; 5]> = Default::default();
    for row in &rows {
        let score: i64 = row.try_get("score")?;
        let index = usize::try_from(score - 1)
            .ok()
            .filter(|i| *i < 5)
            .ok_or_else(|| Unreadable::new("help_feedback.score", score))?;
        let answers: i64 = row.try_get("answers")?;
        tasks.entry(row.try_get("task")?).or_default()[index] += answers.max(0) as u64;
    }
    Ok(tasks)
}

/// The front desk's notes of where citizens got stuck in `[from, to)`, per topic.
pub(crate) async fn stuck_by_topic(
    pool: &AnyPool,
    from: i64,
    to: i64,
) -> Result<std::collections::BTreeMap<String, u64>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT topic, COUNT(*) AS notes FROM help_stuck \
         WHERE created_at >= $1 AND created_at < $2 GROUP BY topic",
    )
    .bind(from)
    .bind(to)
    .fetch_all(pool)
    .await?;
    let mut topics = std::collections::BTreeMap::new();
    for row in &rows {
        let text: String = row.try_get("topic")?;
        let topic = crate::db::decode::parsed("help_stuck.topic", &text, Topic::parse)?;
        let notes: i64 = row.try_get("notes")?;
        topics.insert(topic.as_str().to_owned(), notes.max(0) as u64);
    }
    Ok(topics)
}
