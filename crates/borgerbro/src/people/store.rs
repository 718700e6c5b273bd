//! SQL for person profiles. A row is decoded here, once: a yes-or-no that is neither,
//! a phone number that cannot be called or a language that is no language code is an
//! error, never read as a default (a paper reader read as digital, say).

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::db::decode;
use crate::i18n::Lang;

/// The stored part of a profile (name and CPR live with `auth`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ProfileRow {
    pub address: Option<String>,
    pub phone: Option<String>,
    pub paper_post: bool,
    pub language: String,
    pub easy_read: bool,
    pub large_print: bool,
    /// Protected against digital control: see `mandates`.
    pub protected: bool,
}

impl ProfileRow {
    /// What a person has before they set anything: digital post in Danish.
    pub(crate) fn default_for_new() -> Self {
        ProfileRow {
            language: "da".into(),
            ..ProfileRow::default()
        }
    }
}

/// How a person reads what Borgerbro writes to them; Danish, as everyone else, until
/// they choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Reading {
    pub language: Lang,
    pub easy_read: bool,
    pub large_print: bool,
}

const PROFILE_COLUMNS: &str =
    "person_id, address, phone, paper_post, language, easy_read, large_print, protected";

fn profile_of(row: &AnyRow) -> Result<(String, ProfileRow), sqlx::Error> {
    let language: String = row.try_get("language")?;
    Ok((
        row.try_get("person_id")?,
        ProfileRow {
            address: row.try_get("address")?,
            phone: decode::phone("person_profiles.phone", row.try_get("phone")?)?,
            paper_post: decode::flag("person_profiles.paper_post", row.try_get("paper_post")?)?,
            language: decode::parsed("person_profiles.language", &language, language_code)?,
            easy_read: decode::flag("person_profiles.easy_read", row.try_get("easy_read")?)?,
            large_print: decode::flag("person_profiles.large_print", row.try_get("large_print")?)?,
            protected: decode::flag("person_profiles.protected", row.try_get("protected")?)?,
        },
    ))
}

/// An ISO 639 code as stored: two or three lower-case letters ("da", "uk", "ckb").
fn language_code(text: &str) -> Option<String> {
    let letters = (2..=3).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_lowercase());
    letters.then(|| text.to_owned())
}

pub(crate) async fn profile(
    conn: &mut AnyConnection,
    person_id: &str,
) -> Result<Option<ProfileRow>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {PROFILE_COLUMNS} FROM person_profiles WHERE person_id = $1"
    ))
    .bind(person_id)
    .fetch_optional(conn)
    .await?
    .as_ref()
    .map(|row| profile_of(row).map(|(_, profile)| profile))
    .transpose()
}

/// The stored profiles of these people, as (person id, profile); those without one are
/// left out.
pub(crate) async fn profiles(
    conn: &mut AnyConnection,
    ids: &[&str],
) -> Result<Vec<(String, ProfileRow)>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT {PROFILE_COLUMNS} FROM person_profiles WHERE person_id IN ({})",
        crate::db::placeholders(crate::db::Placeholders::numbered(1), ids.len())
    );
    crate::db::bind_list(sqlx::query(&sql), ids)
        .fetch_all(conn)
        .await?
        .iter()
        .map(profile_of)
        .collect()
}

pub(crate) async fn insert_profile(
    conn: &mut AnyConnection,
    person_id: &str,
    profile: &ProfileRow,
    now_ms: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO person_profiles \
         (person_id, address, phone, paper_post, language, easy_read, large_print, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (person_id) DO NOTHING",
    )
    .bind(person_id)
    .bind(&profile.address)
    .bind(&profile.phone)
    .bind(i64::from(profile.paper_post))
    .bind(&profile.language)
    .bind(i64::from(profile.easy_read))
    .bind(i64::from(profile.large_print))
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// A yes-or-no of a profile that the person (or the front desk for them) changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flag {
    PaperPost,
    Protected,
}

/// Sets a flag; answers whether it changed.
pub(crate) async fn set_flag(
    conn: &mut AnyConnection,
    person_id: &str,
    flag: Flag,
    value: bool,
    now_ms: i64,
) -> Result<bool, sqlx::Error> {
    insert_profile(conn, person_id, &ProfileRow::default_for_new(), now_ms).await?;
    // The column comes from this match, never from outside.
    let sql = match flag {
        Flag::PaperPost => {
            "UPDATE person_profiles SET paper_post = $1, updated_at = $2 \
             WHERE person_id = $3 AND paper_post <> $1"
        }
        Flag::Protected => {
            "UPDATE person_profiles SET protected = $1, updated_at = $2 \
             WHERE person_id = $3 AND protected <> $1"
        }
    };
    let done = sqlx::query(sql)
        .bind(i64::from(value))
        .bind(now_ms)
        .bind(person_id)
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Sets how a person reads: their language, easy-read and large print. Answers whether
/// anything changed.
pub(crate) async fn set_reading(
    conn: &mut AnyConnection,
    person_id: &str,
    reading: &Reading,
    now_ms: i64,
) -> Result<bool, sqlx::Error> {
    insert_profile(conn, person_id, &ProfileRow::default_for_new(), now_ms).await?;
    let done = sqlx::query(
        "UPDATE person_profiles SET language = $1, easy_read = $2, large_print = $3, \
         updated_at = $4 WHERE person_id = $5 \
         AND (language <> $1 OR easy_read <> $2 OR large_print <> $3)",
    )
    .bind(reading.language.code())
    .bind(i64::from(reading.easy_read))
    .bind(i64::from(reading.large_print))
    .bind(now_ms)
    .bind(person_id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Of these people, those exempt from digital post.
pub(crate) async fn paper_readers(
    conn: &mut AnyConnection,
    ids: &[&str],
) -> Result<Vec<String>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT person_id FROM person_profiles WHERE paper_post = 1 AND person_id IN ({})",
        crate::db::placeholders(crate::db::Placeholders::numbered(1), ids.len())
    );
    crate::db::bind_list(sqlx::query(&sql), ids)
        .fetch_all(conn)
        .await?
        .iter()
        .map(|row| row.try_get("person_id"))
        .collect()
}

/// How many people have a profile (can get letters), and how many of them are exempt
/// from digital post: the inclusion figures' share of exempt citizens.
pub(crate) async fn exemption_counts(pool: &sqlx::AnyPool) -> Result<(u64, u64), sqlx::Error> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS people, COALESCE(SUM(CASE WHEN paper_post = 1 THEN 1 ELSE 0 END), 0) \
         AS exempt FROM person_profiles",
    )
    .fetch_one(pool)
    .await?;
    let (people, exempt): (i64, i64) = (row.try_get("people")?, row.try_get("exempt")?);
    Ok((people.max(0) as u64, exempt.max(0) as u64))
}
