//! Many letters from one template, each with its recipient's merge fields: all sent or
//! none. Used by `POST /api/v1/messages/batch` and `borgerbro post send-batch`.
//!
//! A batch is checked whole before anything is written (every recipient known, every
//! field there, every paper reader given time enough), then written in one transaction,
//! so a batch that fails or is killed part-way stores nothing. A batch with an
//! idempotency key (`crate::idempotency`) is never sent twice.

use std::collections::HashMap;

use jiff::civil::Date;
use jiff::Timestamp;
use sqlx::AnyConnection;

use super::model::{draft_problems, version_problems, Area, Draft, Policy, PrintReason, Version};
use super::store::{self, Batch, LETTERS_PER_INSERT};
use super::{compose, NewLetter, Sender};
use crate::audit::{self, NewEntry};
use crate::clock::Clock;
use crate::db::{new_id, rows_per_statement, Db};
use crate::i18n::Lang;
use crate::idempotency::{self, Idempotency, IdempotencyError, Made};
use crate::people::{self, Channel, Cpr};

/// The template: `{{ name }}` in the subject, summary or body stands for the recipient's
/// value of the merge field `name`.
#[derive(Debug, Clone)]
pub struct Template {
    pub area: Area,
    pub subject: String,
    pub body: String,
    pub summary: Option<String>,
    pub deadline: Option<Date>,
    /// The same template in other languages, its fields merged as the original's; each
    /// letter gets its versions (`Version`).
    pub versions: Vec<Version>,
}

/// Who a letter goes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecipientRef {
    PersonId(String),
    Cpr(Cpr),
}

/// One recipient and their merge fields, in the order of [`Recipients::columns`]; `None`
/// where this recipient lacks the field.
#[derive(Debug, Clone)]
pub struct Row {
    pub recipient: RecipientRef,
    pub values: Vec<Option<String>>,
}

/// The recipients of a batch, all in memory (the API's request, a test). The field
/// names are kept once, not once a row.
#[derive(Debug, Clone, Default)]
pub struct Recipients {
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
}

/// Something wrong with one row (numbered from 1), or with the template (row 0).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub row: usize,
    pub message_key: &'static str,
    /// The field or value concerned, to show beside the message.
    pub detail: String,
}

#[derive(Debug, thiserror::Error)]
pub enum BatchError {
    #[error("the batch has no recipients")]
    Empty,
    #[error("the batch has problems")]
    Problems(Vec<Problem>),
    #[error("the deadline has passed")]
    DeadlineInPast,
    /// The rows could not be read on (a broken line in a CSV file).
    #[error("{0}")]
    Unreadable(String),
    #[error(transparent)]
    Idempotency(#[from] IdempotencyError),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// The batch sent (`Made::New`), or the one an earlier call with the same key sent
/// (`Made::Repeat`, nothing new was sent).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchSent {
    pub batch_id: String,
    pub letters: i64,
}

/// At most this many problems are reported; the rest are counted.
const MAX_PROBLEMS: usize = 100;

/// A text of the template, cut at its merge fields.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Text(String),
    /// The index of the field in the recipients' columns.
    Field(usize),
}

/// Cuts `text` at `{{ name }}`, each name a column of `columns`. An unknown name or an
/// unclosed `{{` is a problem of the template.
fn parse_merge(text: &str, columns: &[String]) -> Result<Vec<Part>, Problem> {
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        if start > 0 {
            parts.push(Part::Text(rest[..start].to_owned()));
        }
        let after = &rest[start + 2..];
        let end = after.find("}}").ok_or_else(|| Problem {
            row: 0,
            message_key: "post-batch-unclosed-field",
            detail: after.chars().take(30).collect(),
        })?;
        let name = after[..end].trim();
        let index = columns
            .iter()
            .position(|column| column == name)
            .ok_or_else(|| Problem {
                row: 0,
                message_key: "post-batch-unknown-field",
                detail: name.to_owned(),
            })?;
        parts.push(Part::Field(index));
        rest = &after[end + 2..];
    }
    if !rest.is_empty() {
        parts.push(Part::Text(rest.to_owned()));
    }
    Ok(parts)
}

/// The text for one row; `Err` names the first field the row lacks.
fn merge(parts: &[Part], columns: &[String], row: &Row) -> Result<String, String> {
    let mut text = String::new();
    for part in parts {
        match part {
            Part::Text(literal) => text.push_str(literal),
            Part::Field(index) => match row.values.get(*index) {
                Some(Some(value)) => text.push_str(value),
                _ => return Err(columns.get(*index).cloned().unwrap_or_default()),
            },
        }
    }
    Ok(text)
}

/// A subject, body and summary cut at their fields.
struct MergeTexts {
    subject: Vec<Part>,
    body: Vec<Part>,
    summary: Option<Vec<Part>>,
}

/// A letter's texts with one recipient's fields merged in.
struct Merged {
    subject: String,
    body: String,
    summary: Option<String>,
}

impl MergeTexts {
    fn parse(
        subject: &str,
        body: &str,
        summary: Option<&str>,
        columns: &[String],
    ) -> Result<Self, Problem> {
        Ok(Self {
            subject: parse_merge(subject, columns)?,
            body: parse_merge(body, columns)?,
            summary: summary
                .map(|summary| parse_merge(summary, columns))
                .transpose()?,
        })
    }

    fn merge(&self, columns: &[String], row: &Row) -> Result<Merged, String> {
        Ok(Merged {
            subject: merge(&self.subject, columns, row)?,
            body: merge(&self.body, columns, row)?,
            summary: self
                .summary
                .as_ref()
                .map(|parts| merge(parts, columns, row))
                .transpose()?,
        })
    }
}

/// The template cut at its fields, ready to merge row after row.
pub(crate) struct Merger<'a> {
    template: &'a Template,
    columns: &'a [String],
    original: MergeTexts,
    versions: Vec<(Lang, MergeTexts)>,
}

impl<'a> Merger<'a> {
    pub(crate) fn new(template: &'a Template, columns: &'a [String]) -> Result<Self, Problem> {
        let versions = template
            .versions
            .iter()
            .map(|v| {
                let texts = MergeTexts::parse(&v.subject, &v.body, v.summary.as_deref(), columns)?;
                Ok((v.language, texts))
            })
            .collect::<Result<_, Problem>>()?;
        Ok(Self {
            template,
            columns,
            original: MergeTexts::parse(
                &template.subject,
                &template.body,
                template.summary.as_deref(),
                columns,
            )?,
            versions,
        })
    }

    pub(crate) fn letter(&self, recipient_id: String, row: &Row) -> Result<NewLetter, String> {
        let original = self.original.merge(self.columns, row)?;
        let versions = self
            .versions
            .iter()
            .map(|(language, texts)| {
                let merged = texts.merge(self.columns, row)?;
                Ok(Version {
                    language: *language,
                    subject: merged.subject,
                    summary: merged.summary,
                    body: merged.body,
                })
            })
            .collect::<Result<_, String>>()?;
        Ok(NewLetter {
            recipient_id,
            area: self.template.area,
            subject: original.subject,
            body: original.body,
            summary: original.summary,
            deadline: self.template.deadline,
            idempotency: None,
            attachments: Vec::new(),
            language: Lang::Da,
            versions,
        })
    }
}

/// Where a batch's recipients come from, a chunk at a time, so that a batch is never held
/// in memory whole: the API's list, or a CSV file read while the batch is written.
pub trait RowSource: Send {
    /// Up to `max` more rows; none when every row is read. `Err` says why the rest
    /// cannot be read (a broken CSV line), which fails the whole batch.
    fn next_rows(&mut self, max: usize) -> Result<Vec<Row>, String>;
}

/// Rows already in memory, as the API receives them.
impl RowSource for std::vec::IntoIter<Row> {
    fn next_rows(&mut self, max: usize) -> Result<Vec<Row>, String> {
        Ok(self.by_ref().take(max).collect())
    }
}

/// A batch to send: who sends which template to whom, and the key that makes a retry safe.
pub struct Order<'a> {
    pub template: &'a Template,
    /// The merge fields' names, in the order of each row's values.
    pub columns: &'a [String],
    pub rows: &'a mut dyn RowSource,
    pub sender: &'a Sender,
    /// The same key with another request is refused.
    pub idempotency: Option<Idempotency>,
}

/// Rows read, checked and written at a time: a few statements' worth, so memory stays
/// flat however long the batch is (BENCHMARKS.md, post batch).
const ROWS_PER_CHUNK: usize = 20 * LETTERS_PER_INSERT;

/// Sends one letter to each recipient, all or none. `progress` hears how many letters
/// are written so far.
///
/// The rows are read, checked and written a chunk at a time inside one transaction. A
/// problem found in any row stops the writing, the remaining rows are still checked (up
/// to [`MAX_PROBLEMS`] problems), and the transaction is rolled back: nothing is sent,
/// and the sender hears every problem at once, as before the batch was streamed.
pub async fn send_batch(
    db: &Db,
    clock: &Clock,
    policy: &Policy,
    order: Order<'_>,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Made<BatchSent>, BatchError> {
    let Order {
        template,
        columns,
        rows,
        sender,
        idempotency,
    } = order;
    // A retry of a batch sent long ago is answered before the batch is checked again.
    if let Some(request) = &idempotency {
        let made = idempotency::made_before(&mut *db.pool.acquire().await?, request).await?;
        if let Some(made) = made {
            return sent_before(db, &made).await;
        }
    }
    let today = clock.today();
    if template.deadline.is_some_and(|deadline| deadline <= today) {
        return Err(BatchError::DeadlineInPast);
    }
    let merger =
        Merger::new(template, columns).map_err(|problem| BatchError::Problems(vec![problem]))?;

    let now = clock.now();
    let mut batch = Batch {
        id: new_id(),
        sender: sender.actor.as_text(),
        letters: 0,
        created_at: now.as_millisecond(),
    };
    let mut tx = db.pool.begin().await?;
    if let Some(request) = &idempotency {
        // A twin sent at the same moment may have sent it meanwhile: its answer, then.
        let made = idempotency::claim(&mut tx, request, &[&batch.id], batch.created_at).await?;
        if let Some(made) = made {
            tx.rollback().await?;
            return sent_before(db, &made).await;
        }
    }
    store::insert_batch(&mut tx, &batch).await?;
    let mut problems = Vec::new();
    let mut read = 0usize;
    loop {
        let chunk = rows
            .next_rows(ROWS_PER_CHUNK)
            .map_err(BatchError::Unreadable)?;
        if chunk.is_empty() {
            break;
        }
        let reached = resolve(&mut tx, &chunk).await?;
        check(
            &merger,
            &chunk,
            read,
            &reached,
            policy,
            today,
            &mut problems,
        );
        read += chunk.len();
        if problems.len() >= MAX_PROBLEMS {
            break;
        }
        if problems.is_empty() {
            batch.letters +=
                write(&mut tx, &merger, &chunk, &reached, &batch, sender, policy).await?;
            progress(u64::try_from(batch.letters).unwrap_or(u64::MAX));
        }
    }
    if read == 0 {
        return Err(BatchError::Empty);
    }
    if !problems.is_empty() {
        return Err(BatchError::Problems(problems));
    }
    store::count_batch_letters(&mut tx, &batch).await?;
    audit::record_in(
        &mut tx,
        clock,
        NewEntry::new(sender.actor.clone(), "post.send_batch")
            .object(&batch.id)
            .purpose(format!("{} letters from one template", batch.letters)),
    )
    .await?;
    tx.commit().await?;
    Ok(Made::New(BatchSent {
        batch_id: batch.id,
        letters: batch.letters,
    }))
}

/// Writes the letters of a checked chunk, a statement's worth at a time, with the paper
/// readers' letters in the print queue; answers how many it wrote.
async fn write(
    tx: &mut AnyConnection,
    merger: &Merger<'_>,
    rows: &[Row],
    reached: &[Option<(String, Channel)>],
    batch: &Batch,
    sender: &Sender,
    policy: &Policy,
) -> Result<i64, sqlx::Error> {
    let now = Timestamp::from_millisecond(batch.created_at).unwrap_or_default();
    let mut written = 0;
    for (rows, reached) in rows
        .chunks(LETTERS_PER_INSERT)
        .zip(reached.chunks(LETTERS_PER_INSERT))
    {
        let mut letters = Vec::with_capacity(rows.len());
        let mut versions = Vec::new();
        for (row, reached) in rows.iter().zip(reached) {
            let Some((recipient_id, channel)) = reached else {
                continue;
            };
            // Checked before: every row merges.
            if let Ok(new) = merger.letter(recipient_id.clone(), row) {
                let letter = compose(new_id(), &new, *channel, sender, now, policy);
                if !new.versions.is_empty() {
                    versions.push((letter.id.clone(), new.versions));
                }
                letters.push(letter);
            }
        }
        store::insert_letters(tx, &letters, Some(&batch.id)).await?;
        for (id, versions) in &versions {
            store::insert_versions(tx, id, versions).await?;
        }
        let paper: Vec<&str> = letters
            .iter()
            .filter(|letter| letter.channel == Channel::Paper)
            .map(|letter| letter.id.as_str())
            .collect();
        store::insert_print_jobs(tx, &paper, PrintReason::Letter, batch.created_at).await?;
        written += i64::try_from(letters.len()).unwrap_or(i64::MAX);
    }
    Ok(written)
}

/// The batch an earlier call with the same key sent.
async fn sent_before(db: &Db, made: &[String]) -> Result<Made<BatchSent>, BatchError> {
    let earlier = match made.first() {
        Some(id) => store::batch(&db.pool, id).await?,
        None => None,
    };
    // A key whose request made no batch was used for something else.
    let earlier = earlier.ok_or(IdempotencyError::KeyReused)?;
    Ok(Made::Repeat(BatchSent {
        batch_id: earlier.id,
        letters: earlier.letters,
    }))
}

/// Each row's recipient id and channel, `None` for a recipient we do not know; three
/// queries for each few hundred rows, inside the batch's transaction: its one connection
/// is the only page cache the batch fills, however many recipients it reads.
async fn resolve(
    conn: &mut AnyConnection,
    rows: &[Row],
) -> Result<Vec<Option<(String, Channel)>>, sqlx::Error> {
    let mut reached = Vec::with_capacity(rows.len());
    for rows in rows.chunks(rows_per_statement(1)) {
        let cprs: Vec<&str> = rows
            .iter()
            .filter_map(|row| match &row.recipient {
                RecipientRef::Cpr(cpr) => Some(cpr.digits()),
                RecipientRef::PersonId(_) => None,
            })
            .collect();
        let by_cpr: HashMap<String, String> = people::by_cprs_in(&mut *conn, &cprs)
            .await?
            .into_iter()
            .collect();
        let ids: Vec<Option<&str>> = rows
            .iter()
            .map(|row| match &row.recipient {
                RecipientRef::PersonId(id) => Some(id.as_str()),
                RecipientRef::Cpr(cpr) => by_cpr.get(cpr.digits()).map(String::as_str),
            })
            .collect();
        let known: Vec<&str> = ids.iter().flatten().copied().collect();
        let channels = people::channels_in(&mut *conn, &known).await?;
        reached.extend(ids.into_iter().map(|id| {
            let id = id?;
            channels.get(id).map(|channel| (id.to_owned(), *channel))
        }));
    }
    Ok(reached)
}

/// The problems of these rows (the first numbered `before + 1`), added to `problems` up
/// to [`MAX_PROBLEMS`]: unknown recipients, missing fields, paper
/// readers who would get too little time, and merged letters that break a single
/// letter's rules (`model::draft_problems`: a subject, summary or body missing or too
/// long, however long the merge fields were). The template's plain-language check
/// stands for every letter merged from it, so it is not run again for each one.
fn check(
    merger: &Merger<'_>,
    rows: &[Row],
    before: usize,
    reached: &[Option<(String, Channel)>],
    policy: &Policy,
    today: Date,
    problems: &mut Vec<Problem>,
) {
    let paper_too_soon = merger
        .template
        .deadline
        .is_some_and(|deadline| policy.check_paper_deadline(today, deadline).is_err());
    for (number, (row, reached)) in (before + 1..).zip(rows.iter().zip(reached)) {
        let problem = match reached {
            None => Some((
                "post-batch-unknown-recipient",
                recipient_text(&row.recipient),
            )),
            Some((_, Channel::Paper)) if paper_too_soon => Some((
                "post-deadline-paper-too-soon",
                recipient_text(&row.recipient),
            )),
            Some((id, _)) => match merger.letter(id.clone(), row) {
                Err(field) => Some(("post-batch-missing-field", field)),
                Ok(letter) => {
                    let draft = Draft {
                        subject: &letter.subject,
                        summary: letter.summary.as_deref().unwrap_or_default(),
                        body: &letter.body,
                    };
                    let original = draft_problems(&draft, None, policy)
                        .first()
                        .map(|(field, message)| (*message, (*field).to_owned()));
                    original.or_else(|| {
                        letter.versions.iter().find_map(|version| {
                            let draft = Draft {
                                subject: &version.subject,
                                summary: version.summary.as_deref().unwrap_or_default(),
                                body: &version.body,
                            };
                            version_problems(&draft).first().map(|(field, message)| {
                                let code = version.language.code();
                                (*message, format!("translations.{code}.{field}"))
                            })
                        })
                    })
                }
            },
        };
        if let Some((message_key, detail)) = problem {
            problems.push(Problem {
                row: number,
                message_key,
                detail,
            });
            if problems.len() == MAX_PROBLEMS {
                return;
            }
        }
    }
}

/// A recipient as a problem names them: never a whole CPR number.
fn recipient_text(recipient: &RecipientRef) -> String {
    match recipient {
        RecipientRef::PersonId(id) => id.clone(),
        RecipientRef::Cpr(cpr) => cpr.masked(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn columns(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    fn row(values: &[Option<&str>]) -> Row {
        Row {
            recipient: RecipientRef::PersonId("p".into()),
            values: values.iter().map(|v| v.map(str::to_owned)).collect(),
        }
    }

    #[test]
    fn fields_are_merged_by_name() {
        let columns = columns(&["navn", "beløb"]);
        let parts = parse_merge("Kære {{ navn }}, du får {{beløb}} kr.", &columns).unwrap();
        assert_eq!(
            merge(&parts, &columns, &row(&[Some("Mette"), Some("1.250")])).unwrap(),
            "Kære Mette, du får 1.250 kr."
        );
        assert_eq!(
            merge(&parts, &columns, &row(&[Some("Mette"), None])),
            Err("beløb".to_owned())
        );
    }

    #[test]
    fn a_template_names_only_fields_the_list_has() {
        let columns = columns(&["navn"]);
        assert_eq!(
            parse_merge("Hej {{ adresse }}", &columns)
                .unwrap_err()
                .detail,
            "adresse"
        );
        assert_eq!(
            parse_merge("Hej {{ navn", &columns)
                .unwrap_err()
                .message_key,
            "post-batch-unclosed-field"
        );
        assert_eq!(
            parse_merge("Ingen felter", &columns).unwrap(),
            vec![Part::Text("Ingen felter".into())]
        );
    }
}
