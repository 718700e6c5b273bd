//! SQL for a letter's language versions (`message_versions`).

use sqlx::{AnyConnection, AnyPool, Row};

use crate::db::decode;
use crate::i18n::Lang;
use crate::post::model::Version;

/// Stores a letter's versions, inside the transaction that stores the letter.
pub(crate) async fn insert_versions(
    conn: &mut AnyConnection,
    message_id: &str,
    versions: &[Version],
) -> Result<(), sqlx::Error> {
    for version in versions {
        sqlx::query(
            "INSERT INTO message_versions (message_id, language, subject, summary, body) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(message_id)
        .bind(version.language.code())
        .bind(&version.subject)
        .bind(&version.summary)
        .bind(&version.body)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// A letter's versions, in the order of `Lang::ALL`.
pub(crate) async fn versions_of(
    pool: &AnyPool,
    message_id: &str,
) -> Result<Vec<Version>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT language, subject, summary, body FROM message_versions WHERE message_id = $1",
    )
    .bind(message_id)
    .fetch_all(pool)
    .await?;
    let mut versions = rows
        .iter()
        .map(|row| {
            let code: String = row.try_get("language")?;
            Ok(Version {
                language: decode::parsed("message_versions.language", &code, Lang::from_code)?,
                subject: row.try_get("subject")?,
                summary: row.try_get("summary")?,
                body: row.try_get("body")?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    versions.sort_by_key(|version| Lang::ALL.iter().position(|l| *l == version.language));
    Ok(versions)
}
