//! Helper codes: a helper without a CPR number (or who would rather not give it) makes a
//! short code on "Dem du hjælper" and tells it to the citizen, who types it on the give
//! form instead of a CPR number. The rules of a code are in `model` (`HelperCode`); here
//! are making one, finding a helper by one with a citizen's wrong tries counted, and using
//! one up in the transaction that gives the permission. A job of its own with its own two
//! tables, so its SQL is here rather than in `store.rs`.

use rand::Rng;
use sqlx::{AnyConnection, Row};

use super::model::{HelperCode, HELPER_CODE_DAYS, HELPER_CODE_LEN, HELPER_CODE_MISSES_PER_DAY};
use crate::audit::{self, Actor, NewEntry};
use crate::clock::Clock;
use crate::db::Db;

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// A helper's code that works now, and when it stops working.
#[derive(Debug, Clone)]
pub(crate) struct LiveCode {
    pub code: HelperCode,
    pub expires_at: i64,
}

/// What a citizen's code found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Lookup {
    /// The helper whose live code it is.
    Helper(String),
    /// No live code: typed wrong, used, replaced or too old. Counted as a miss.
    Unknown,
    /// The citizen typed too many wrong codes in the last day; nothing was looked up.
    TooMany,
}

fn random_code() -> HelperCode {
    let mut rng = rand::rng();
    let mut indices = [0u8; HELPER_CODE_LEN];
    for index in &mut indices {
        *index = rng.random_range(0..32);
    }
    HelperCode::from_indices(indices)
}

/// The helper's code, if one works now.
pub(crate) async fn live(
    db: &Db,
    clock: &Clock,
    helper_id: &str,
) -> Result<Option<LiveCode>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT code, expires_at FROM helper_codes WHERE helper_id = $1 AND expires_at > $2",
    )
    .bind(helper_id)
    .bind(clock.now_ms())
    .fetch_optional(&db.pool)
    .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let code: String = row.try_get("code")?;
    Ok(HelperCode::parse(&code).map(|code| LiveCode {
        code,
        expires_at: row.try_get("expires_at").unwrap_or_default(),
    }))
}

/// Makes the helper a new code; the one they had stops working. Audited, so the helper
/// (and anyone checking) sees when codes were made.
pub(crate) async fn renew(
    db: &Db,
    clock: &Clock,
    helper_id: &str,
) -> Result<LiveCode, sqlx::Error> {
    let now = clock.now_ms();
    let expires_at = now + HELPER_CODE_DAYS * DAY_MS;
    let mut tx = db.pool.begin().await?;
    sqlx::query("DELETE FROM helper_codes WHERE helper_id = $1")
        .bind(helper_id)
        .execute(&mut *tx)
        .await?;
    // A new code equal to another helper's live one (one in 2^40 for each live code) is
    // drawn again rather than refused.
    let code = loop {
        let code = random_code();
        let done = sqlx::query(
            "INSERT INTO helper_codes (helper_id, code, created_at, expires_at) \
             VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
        )
        .bind(helper_id)
        .bind(code.as_str())
        .bind(now)
        .bind(expires_at)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 1 {
            break code;
        }
    };
    audit::record_in(
        &mut tx,
        clock,
        NewEntry::new(Actor::Person(helper_id.to_owned()), "mandate.code_new")
            .subject(helper_id)
            .purpose(format!("works until {expires_at}")),
    )
    .await?;
    tx.commit().await?;
    Ok(LiveCode { code, expires_at })
}

/// The helper a citizen's code names. Each miss is counted against the citizen (and
/// audited); after `HELPER_CODE_MISSES_PER_DAY` misses in a day nothing is looked up, not
/// even a right code, so a citizen cannot try codes until one fits.
pub(crate) async fn find(
    db: &Db,
    clock: &Clock,
    citizen_id: &str,
    code: &HelperCode,
) -> Result<Lookup, sqlx::Error> {
    let now = clock.now_ms();
    let mut tx = db.pool.begin().await?;
    let (misses,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM helper_code_misses WHERE citizen_id = $1 AND at > $2")
            .bind(citizen_id)
            .bind(now - DAY_MS)
            .fetch_one(&mut *tx)
            .await?;
    if misses >= HELPER_CODE_MISSES_PER_DAY {
        tx.rollback().await?;
        return Ok(Lookup::TooMany);
    }
    let found: Option<(String,)> =
        sqlx::query_as("SELECT helper_id FROM helper_codes WHERE code = $1 AND expires_at > $2")
            .bind(code.as_str())
            .bind(now)
            .fetch_optional(&mut *tx)
            .await?;
    if let Some((helper_id,)) = found {
        tx.rollback().await?;
        return Ok(Lookup::Helper(helper_id));
    }
    // Misses older than a day count no more: forget them as a new one is written.
    sqlx::query("DELETE FROM helper_code_misses WHERE citizen_id = $1 AND at <= $2")
        .bind(citizen_id)
        .bind(now - DAY_MS)
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO helper_code_misses (citizen_id, at) VALUES ($1, $2)")
        .bind(citizen_id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    audit::record_in(
        &mut tx,
        clock,
        NewEntry::new(Actor::Person(citizen_id.to_owned()), "mandate.code_wrong")
            .subject(citizen_id)
            .purpose(format!(
                "miss {} of {HELPER_CODE_MISSES_PER_DAY} a day",
                misses + 1
            )),
    )
    .await?;
    tx.commit().await?;
    Ok(Lookup::Unknown)
}

/// Uses the helper's code up, in the transaction that gives the permission it named;
/// answers whether it still worked (of two citizens with the same code, one wins).
pub(crate) async fn use_in(
    conn: &mut AnyConnection,
    clock: &Clock,
    code: &HelperCode,
    helper_id: &str,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "DELETE FROM helper_codes WHERE code = $1 AND helper_id = $2 AND expires_at > $3",
    )
    .bind(code.as_str())
    .bind(helper_id)
    .bind(clock.now_ms())
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}
