//! Reading a citizen's post: one letter, a page of the inbox, what waits on "Min side".

use crate::clock::Clock;
use crate::db::Db;
use crate::people::Channel;
use crate::post::*;
use jiff::civil::Date;

pub async fn letter(db: &Db, id: &str) -> Result<Option<Letter>, sqlx::Error> {
    crate::post::store::letter(&db.pool, id).await
}

/// One page of a citizen's letters, newest first, with where the pages either side
/// start and how many letters are unread.
#[derive(Debug, Clone)]
pub(crate) struct InboxPage {
    pub letters: Vec<Listed>,
    /// Where the page of newer letters ends (`?foer=`), when there is one.
    pub newer: Option<Cursor>,
    /// Where the page of older letters starts (`?efter=`), when there is one.
    pub older: Option<Cursor>,
    /// Unread letters in the whole inbox (in the helper's areas), not only on this page.
    pub unread: i64,
}

/// Where an inbox page starts.
#[derive(Debug, Clone)]
pub(crate) enum PageStart {
    Newest,
    /// The letters after this one: older ("Ældre breve", `?efter=`).
    After(Cursor),
    /// The letters before this one: newer ("Nyere breve", `?foer=`).
    Before(Cursor),
}

/// A page of `size` of these letters read newest first, and where the next older page
/// starts when one more letter was there to read.
fn cut(mut letters: Vec<Listed>, size: usize) -> (Vec<Listed>, Option<Cursor>) {
    if letters.len() <= size {
        return (letters, None);
    }
    letters.truncate(size);
    let older = letters.last().map(cursor_of);
    (letters, older)
}

fn cursor_of(letter: &Listed) -> Cursor {
    Cursor {
        sent_at: letter.sent_at,
        id: letter.id.clone(),
    }
}

/// A page of [`crate::post::model::INBOX_PAGE`] letters. Each page asks for one letter more than it
/// shows, to know whether another page follows. Going back to newer letters when fewer
/// than a page are left shows the newest page, so the first page is always the same
/// letters, however the reader came to it.
pub(crate) async fn inbox_page(
    db: &Db,
    filter: &InboxFilter<'_>,
    start: &PageStart,
) -> Result<InboxPage, sqlx::Error> {
    let size = crate::post::model::INBOX_PAGE;
    let limit = i64::try_from(size + 1).unwrap_or(i64::MAX);
    let unread =
        crate::post::store::unread_count(&db.pool, filter.recipient_id, filter.areas).await?;
    let read = |seek| crate::post::store::inbox_page(&db.pool, filter, seek, limit);
    let (letters, newer, older) = match start {
        PageStart::Newest => {
            let (letters, older) = cut(read(crate::post::store::Seek::Newest).await?, size);
            (letters, None, older)
        }
        PageStart::After(cursor) => {
            let (letters, older) = cut(read(crate::post::store::Seek::Older(cursor)).await?, size);
            // The reader came from newer letters, so there are some.
            let newer = letters.first().map(cursor_of).or(Some(cursor.clone()));
            (letters, newer, older)
        }
        PageStart::Before(cursor) => {
            let mut letters = read(crate::post::store::Seek::Newer(cursor)).await?;
            if letters.len() <= size {
                let (letters, older) = cut(read(crate::post::store::Seek::Newest).await?, size);
                (letters, None, older)
            } else {
                letters.truncate(size);
                letters.reverse();
                // The cursor's own letter is older than all of these.
                let (newer, older) = (
                    letters.first().map(cursor_of),
                    letters.last().map(cursor_of),
                );
                (letters, newer, older)
            }
        }
    };
    Ok(InboxPage {
        letters,
        newer,
        older,
        unread,
    })
}

/// What waits for a citizen in their post: how many letters are unread, and the letter
/// with the nearest deadline that is neither answered nor done (for "Min side").
pub(crate) async fn waiting_for(
    db: &Db,
    clock: &Clock,
    citizen_id: &str,
) -> Result<Waiting, sqlx::Error> {
    let unread = crate::post::store::unread_count(&db.pool, citizen_id, None).await?;
    let today = clock.today().to_string();
    let next = crate::post::store::next_deadline(&db.pool, citizen_id, &today).await?;
    Ok(Waiting {
        unread,
        next_deadline: next.and_then(|(id, subject, date)| {
            Some(DueLetter {
                id,
                subject,
                deadline: date.parse().ok()?,
            })
        }),
    })
}

/// See [`waiting_for`].
pub(crate) struct Waiting {
    pub unread: i64,
    pub next_deadline: Option<DueLetter>,
}

/// How many letters a citizen has had, and how many answers to them (for "Mine data").
pub(crate) async fn counts_of(db: &Db, citizen_id: &str) -> Result<(i64, i64), sqlx::Error> {
    crate::post::store::counts_of(&db.pool, citizen_id).await
}

/// A letter that asks the citizen to do something by a day.
pub(crate) struct DueLetter {
    pub id: String,
    pub subject: String,
    pub deadline: Date,
}

/// The letters of a batch as (id, recipient id, channel).
pub(crate) async fn letters_of_batch(
    db: &Db,
    batch_id: &str,
) -> Result<Vec<(String, String, Channel)>, sqlx::Error> {
    crate::post::store::letters_of_batch(&db.pool, batch_id).await
}

pub async fn attachments_of(db: &Db, letter_id: &str) -> Result<Vec<Attachment>, sqlx::Error> {
    crate::post::store::attachments_of(&db.pool, letter_id).await
}

/// Letters a page of [`letters_after`] holds in "Hent mine data": few enough that a page
/// of bodies stays small in memory.
pub const EXPORT_PAGE: i64 = 200;

/// One page of all a citizen's letters, bodies too, newest first, after `after`, with
/// the page's attachments (for "Hent mine data", which reads every letter a page at a
/// time on one connection).
pub async fn letters_after(
    conn: &mut sqlx::AnyConnection,
    citizen_id: &str,
    after: Option<&Cursor>,
) -> Result<(Vec<Letter>, Vec<Attachment>), sqlx::Error> {
    let letters = crate::post::store::letters_after(conn, citizen_id, after, EXPORT_PAGE).await?;
    let ids: Vec<&str> = letters.iter().map(|l| l.id.as_str()).collect();
    let attachments = crate::post::store::attachments_of_letters(conn, &ids).await?;
    Ok((letters, attachments))
}

/// Every answer to a citizen's letters, oldest first.
pub async fn replies_to(db: &Db, citizen_id: &str) -> Result<Vec<Reply>, sqlx::Error> {
    crate::post::store::replies_to(&mut *db.pool.acquire().await?, citizen_id).await
}
