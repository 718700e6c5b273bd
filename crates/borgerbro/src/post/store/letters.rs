//! Letters: storing them, reading one, a citizen's list a page at a time, and their
//! openings.

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, AnyPool, Row};

use crate::db::decode;
use crate::db::{bind_list, placeholders, value_rows, Placeholders};
use crate::people::Channel;
use crate::post::model::{Area, Cursor};

/// A letter as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub id: String,
    pub recipient_id: String,
    pub sender: String,
    pub sender_name: String,
    /// `None`: an area this build cannot read (a newer version wrote it, or a hand in the
    /// database), which grants a helper nothing; the citizen still reads their letter,
    /// its area named as unknown.
    pub area: Option<Area>,
    pub subject: String,
    pub body: String,
    pub summary: Option<String>,
    pub channel: Channel,
    pub sent_at: i64,
    pub deadline_original: Option<String>,
    pub deadline_current: Option<String>,
    pub escalate_at: Option<i64>,
    pub opened_at: Option<i64>,
    pub opened_by: Option<String>,
    pub done_at: Option<i64>,
    /// The language it is written in ("da", "en"): its page, PDF and paper copy say so.
    pub language: String,
    /// The language of the version the reader saw when they first opened it.
    pub opened_language: Option<String>,
}

/// Every column of a stored letter, in the order [`insert_letters`] writes them.
pub const LETTER_COLUMNS: &str = "id, recipient_id, sender, sender_name, area, subject, body, \
    summary, channel, sent_at, deadline_original, deadline_current, escalate_at, opened_at, \
    opened_by, done_at, language, opened_language";

/// A letter's current deadline, as every query that reads one from `messages` must
/// write it: an escalated letter's is its escalation's (the sweep writes only the
/// escalation, not the letter's row). A macro, so `concat!` can put it in the queries.
macro_rules! current_deadline {
    () => {
        "COALESCE((SELECT e.deadline_after FROM escalations e \
         WHERE e.message_id = messages.id), messages.deadline_current) AS deadline_current"
    };
}

/// `SELECT` of a letter from `messages`.
const SELECT_LETTER: &str = concat!(
    "SELECT id, recipient_id, sender, sender_name, area, subject, body, summary, channel, \
     sent_at, deadline_original, ",
    current_deadline!(),
    ", escalate_at, opened_at, opened_by, done_at, language, opened_language FROM messages"
);

/// A letter as stored, read from a row of `messages` with [`LETTER_COLUMNS`].
pub fn letter_of(row: &AnyRow) -> Result<Letter, sqlx::Error> {
    Ok(Letter {
        id: row.try_get("id")?,
        recipient_id: row.try_get("recipient_id")?,
        sender: row.try_get("sender")?,
        sender_name: row.try_get("sender_name")?,
        area: Area::parse(row.try_get("area")?),
        subject: row.try_get("subject")?,
        body: row.try_get("body")?,
        summary: row.try_get("summary")?,
        channel: decode::parsed("messages.channel", row.try_get("channel")?, Channel::parse)?,
        sent_at: row.try_get("sent_at")?,
        deadline_original: row.try_get("deadline_original")?,
        deadline_current: row.try_get("deadline_current")?,
        escalate_at: row.try_get("escalate_at")?,
        opened_at: row.try_get("opened_at")?,
        opened_by: row.try_get("opened_by")?,
        done_at: row.try_get("done_at")?,
        language: row.try_get("language")?,
        opened_language: row.try_get("opened_language")?,
    })
}

pub(crate) async fn insert(conn: &mut AnyConnection, letter: &Letter) -> Result<(), sqlx::Error> {
    insert_letters(conn, std::slice::from_ref(letter), None).await
}

/// Letters per `INSERT` of a batch. Measured (BENCHMARKS.md): SQLite through sqlx takes
/// 8 times longer a row at 500 letters (10,000 bound values) a statement than at 25, so
/// a statement stays small; 25 still saves 96% of the round trips.
pub const LETTERS_PER_INSERT: usize = 25;

/// Inserts up to [`LETTERS_PER_INSERT`] letters in one statement: a batch of a million
/// letters costs forty thousand round trips, not a million.
pub(crate) async fn insert_letters(
    conn: &mut AnyConnection,
    letters: &[Letter],
    batch_id: Option<&str>,
) -> Result<(), sqlx::Error> {
    const VALUES_PER_LETTER: usize = 20;
    let style = Placeholders::whole_statement(conn);
    let sql = format!(
        "INSERT INTO messages ({LETTER_COLUMNS}, created_at, batch_id) VALUES {}",
        value_rows(style, letters.len(), VALUES_PER_LETTER)
    );
    let mut query = sqlx::query(&sql);
    for letter in letters {
        query = query
            .bind(&letter.id)
            .bind(&letter.recipient_id)
            .bind(&letter.sender)
            .bind(&letter.sender_name)
            .bind(letter.area.map(Area::as_str))
            .bind(&letter.subject)
            .bind(&letter.body)
            .bind(&letter.summary)
            .bind(letter.channel.as_str())
            .bind(letter.sent_at)
            .bind(&letter.deadline_original)
            .bind(&letter.deadline_current)
            .bind(letter.escalate_at)
            .bind(letter.opened_at)
            .bind(&letter.opened_by)
            .bind(letter.done_at)
            .bind(&letter.language)
            .bind(&letter.opened_language)
            .bind(letter.sent_at)
            .bind(batch_id);
    }
    query.execute(&mut *conn).await?;
    let waiting: Vec<&Letter> = letters.iter().filter(|l| l.escalate_at.is_some()).collect();
    if !waiting.is_empty() {
        let sql = format!(
            "INSERT INTO escalation_queue (message_id, escalate_at, recipient_id, deadline) \
             VALUES {}",
            value_rows(style, waiting.len(), 4)
        );
        let mut query = sqlx::query(&sql);
        for letter in waiting {
            query = query
                .bind(&letter.id)
                .bind(letter.escalate_at)
                .bind(&letter.recipient_id)
                .bind(&letter.deadline_current);
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

/// A letter, from the pool or in the caller's transaction.
pub(crate) async fn letter<'e>(
    executor: impl sqlx::Executor<'e, Database = sqlx::Any>,
    id: &str,
) -> Result<Option<Letter>, sqlx::Error> {
    sqlx::query(&format!("{SELECT_LETTER} WHERE id = $1"))
        .bind(id)
        .fetch_optional(executor)
        .await?
        .as_ref()
        .map(letter_of)
        .transpose()
}

/// Every letter of a citizen a page at a time, newest first, the whole letter (body
/// too): the page after `after` (`sent_at DESC, id DESC`), at most `limit` (for
/// "Hent mine data", which reads them all without holding them all).
pub async fn letters_after(
    conn: &mut AnyConnection,
    recipient_id: &str,
    after: Option<&Cursor>,
    limit: i64,
) -> Result<Vec<Letter>, sqlx::Error> {
    let (sent_at, id) = after.map_or((i64::MAX, ""), |a| (a.sent_at, a.id.as_str()));
    sqlx::query(&format!(
        "{SELECT_LETTER} WHERE recipient_id = $1 \
         AND (sent_at < $2 OR (sent_at = $3 AND id < $4)) \
         ORDER BY sent_at DESC, id DESC LIMIT $5"
    ))
    .bind(recipient_id)
    .bind(sent_at)
    .bind(sent_at)
    .bind(id)
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(letter_of)
    .collect()
}

/// A letter as lists show it: without the body, which a list never shows and which is
/// most of a letter's bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub id: String,
    /// As [`Letter::area`].
    pub area: Option<Area>,
    pub subject: String,
    pub sender_name: String,
    pub sent_at: i64,
    pub deadline_current: Option<String>,
    pub opened_at: Option<i64>,
    /// Who opened it first (`person:{id}`): the citizen, or a helper for them.
    pub opened_by: Option<String>,
    pub done_at: Option<i64>,
    /// The language it is written in, for its subject's `lang` in a list.
    pub language: String,
}

/// The columns of a letter in a list.
const LISTED_COLUMNS: &str = concat!(
    "id, area, subject, sender_name, sent_at, ",
    current_deadline!(),
    ", opened_at, opened_by, done_at, language"
);

fn listed_of(row: &AnyRow) -> Result<Listed, sqlx::Error> {
    Ok(Listed {
        id: row.try_get("id")?,
        area: Area::parse(row.try_get("area")?),
        subject: row.try_get("subject")?,
        sender_name: row.try_get("sender_name")?,
        sent_at: row.try_get("sent_at")?,
        deadline_current: row.try_get("deadline_current")?,
        opened_at: row.try_get("opened_at")?,
        opened_by: row.try_get("opened_by")?,
        done_at: row.try_get("done_at")?,
        language: row.try_get("language")?,
    })
}

/// Which of a citizen's letters a list shows.
#[derive(Debug, Clone, Copy)]
pub struct InboxFilter<'a> {
    pub recipient_id: &'a str,
    /// Only letters whose subject or body holds this (case-insensitive).
    pub search: Option<&'a str>,
    pub unread_only: bool,
    /// The areas a helper may see; `None` for the citizen, who sees every letter.
    pub areas: Option<&'a [&'a str]>,
}

/// Where a list starts: at the newest letter, or just past a cursor, reading older
/// letters (newest first) or newer ones (oldest first, nearest the cursor first).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Seek<'a> {
    Newest,
    Older(&'a Cursor),
    Newer(&'a Cursor),
}

/// Up to `limit` letters from `seek` on. Reads the `messages_inbox` index in order from
/// the cursor (`messages_unread` for unread only), so a page costs its own letters,
/// not the citizen's thousands.
pub(crate) async fn inbox_page(
    pool: &AnyPool,
    filter: &InboxFilter<'_>,
    seek: Seek<'_>,
    limit: i64,
) -> Result<Vec<Listed>, sqlx::Error> {
    if filter.areas.is_some_and(<[&str]>::is_empty) {
        return Ok(Vec::new());
    }
    let pattern = filter.search.map(like_pattern);
    let (mut sql, mut last) = inbox_conditions(filter, pattern.is_some());
    let (cursor, order, comparison) = match seek {
        Seek::Newest => (None, "DESC", ""),
        Seek::Older(cursor) => (Some(cursor), "DESC", "<"),
        Seek::Newer(cursor) => (Some(cursor), "ASC", ">"),
    };
    if cursor.is_some() {
        sql.push_str(&format!(
            " AND (sent_at, id) {comparison} (${}, ${})",
            last + 1,
            last + 2
        ));
        last += 2;
    }
    let sql = format!(
        "SELECT {LISTED_COLUMNS} FROM messages WHERE {sql} \
         ORDER BY sent_at {order}, id {order} LIMIT ${}",
        last + 1
    );
    let mut query = bind_filter(sqlx::query(&sql), filter, pattern.as_deref());
    if let Some(cursor) = cursor {
        query = query.bind(cursor.sent_at).bind(&cursor.id);
    }
    query
        .bind(limit)
        .fetch_all(pool)
        .await?
        .iter()
        .map(listed_of)
        .collect()
}

/// How many of a citizen's letters (in these areas, for a helper) are unread. Counts
/// the partial index `messages_unread`, which holds the unread letters only.
/// The citizen's letter with the nearest deadline from `today` on that is neither
/// answered nor marked done, as (id, subject, deadline); an escalated letter's deadline
/// is its escalation's.
pub(crate) async fn next_deadline(
    pool: &AnyPool,
    recipient_id: &str,
    today: &str,
) -> Result<Option<(String, String, String)>, sqlx::Error> {
    let sql = concat!(
        "SELECT id, subject, deadline_current FROM (SELECT id, subject, ",
        current_deadline!(),
        " FROM messages WHERE recipient_id = $1 AND done_at IS NULL \
         AND NOT EXISTS (SELECT 1 FROM replies r WHERE r.message_id = messages.id)) open \
         WHERE deadline_current >= $2 ORDER BY deadline_current, id LIMIT 1"
    );
    sqlx::query_as(sql)
        .bind(recipient_id)
        .bind(today)
        .fetch_optional(pool)
        .await
}

pub(crate) async fn unread_count(
    pool: &AnyPool,
    recipient_id: &str,
    areas: Option<&[&str]>,
) -> Result<i64, sqlx::Error> {
    if areas.is_some_and(<[&str]>::is_empty) {
        return Ok(0);
    }
    let filter = InboxFilter {
        recipient_id,
        search: None,
        unread_only: true,
        areas,
    };
    let (conditions, _) = inbox_conditions(&filter, false);
    let sql = format!("SELECT COUNT(*) AS unread FROM messages WHERE {conditions}");
    bind_filter(sqlx::query(&sql), &filter, None)
        .fetch_one(pool)
        .await?
        .try_get("unread")
}

/// The `WHERE` of a filter, and the number of its last placeholder. Binds in the order
/// [`bind_filter`] does.
fn inbox_conditions(filter: &InboxFilter<'_>, search: bool) -> (String, usize) {
    let mut sql = String::from("recipient_id = $1");
    let mut last = 1;
    if search {
        last += 1;
        // The words may be those of a version in another language (the one the citizen
        // reads), not only of the original.
        sql.push_str(&format!(
            " AND (LOWER(subject) LIKE ${last} OR LOWER(body) LIKE ${last} \
             OR id IN (SELECT message_id FROM message_versions \
             WHERE LOWER(subject) LIKE ${last} OR LOWER(body) LIKE ${last}))"
        ));
    }
    if filter.unread_only {
        sql.push_str(" AND opened_at IS NULL");
    }
    if let Some(areas) = filter.areas {
        sql.push_str(&format!(
            " AND area IN ({})",
            placeholders(Placeholders::numbered(last + 1), areas.len())
        ));
        last += areas.len();
    }
    (sql, last)
}

fn bind_filter<'q>(
    query: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    filter: &InboxFilter<'q>,
    pattern: Option<&'q str>,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    let mut query = query.bind(filter.recipient_id);
    if let Some(pattern) = pattern {
        query = query.bind(pattern);
    }
    bind_list(query, filter.areas.unwrap_or_default())
}

/// `%words%`, lower case, with LIKE's own wildcards taken out of what was typed.
fn like_pattern(search: &str) -> String {
    format!("%{}%", search.to_lowercase().replace(['%', '_'], ""))
}

/// Records the first opening only; answers whether this was it.
pub(crate) async fn mark_opened(
    conn: &mut AnyConnection,
    id: &str,
    by: &str,
    version: &str,
    at: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE messages SET opened_at = $1, opened_by = $2, opened_language = $3 \
         WHERE id = $4 AND opened_at IS NULL",
    )
    .bind(at)
    .bind(by)
    .bind(version)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    // An opened letter never escalates.
    never_escalate(conn, id).await?;
    Ok(done.rows_affected() == 1)
}

/// Takes a letter off the queue of letters waiting to escalate: it was opened, or
/// answered, which says as much.
pub(crate) async fn never_escalate(conn: &mut AnyConnection, id: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM escalation_queue WHERE message_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub(crate) async fn mark_done(pool: &AnyPool, id: &str, at: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE messages SET done_at = $1 WHERE id = $2 AND done_at IS NULL")
        .bind(at)
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}

/// How many letters a citizen has had, and how many answers were written to them (for
/// "Mine data").
pub(crate) async fn counts_of(
    pool: &AnyPool,
    recipient_id: &str,
) -> Result<(i64, i64), sqlx::Error> {
    let letters: i64 = sqlx::query("SELECT COUNT(*) AS n FROM messages WHERE recipient_id = $1")
        .bind(recipient_id)
        .fetch_one(pool)
        .await?
        .try_get("n")?;
    let answers: i64 = sqlx::query(
        "SELECT COUNT(*) AS n FROM replies r JOIN messages m ON m.id = r.message_id \
         WHERE m.recipient_id = $1",
    )
    .bind(recipient_id)
    .fetch_one(pool)
    .await?
    .try_get("n")?;
    Ok((letters, answers))
}
