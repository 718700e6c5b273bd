//! `borgerbro post send-batch`: one letter to every row of a CSV file, from a Markdown
//! template, all or none, with a progress bar. Sending the same files again sends nothing
//! new: the batch's idempotency key is the hash of both files.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use jiff::civil::Date;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::batch::{self, BatchError, RecipientRef, Recipients, Row, Template};
use super::model::Area;
use super::Sender;
use crate::audit::Actor;
use crate::clock::Clock;
use crate::db::Db;
use crate::i18n::Lang;
use crate::idempotency::{Idempotency, IdempotencyError, Made};
use crate::people::Cpr;

#[derive(Debug, Args)]
pub struct SendBatchArgs {
    /// The recipients: a CSV file with a header row. A column `cpr` or `person_id` says
    /// who gets each letter; every column is a merge field.
    pub recipients: PathBuf,
    /// The letter: Markdown with `{{ column }}` for each recipient's value. It starts
    /// with settings between two `+++` lines: `subject = "..."`, and optionally
    /// `summary`, `area` (housing, health, ...) and `deadline = "YYYY-MM-DD"`.
    #[arg(long)]
    pub template: PathBuf,
    /// The sender's name as the citizen sees it.
    #[arg(long, default_value = "Borgerservice")]
    pub sender: String,
}

/// The settings at the top of a template file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    subject: String,
    summary: Option<String>,
    area: Option<String>,
    /// A string, "YYYY-MM-DD".
    deadline: Option<String>,
}

/// What the command tells its user when it cannot go on; exit code 1.
#[derive(Debug, thiserror::Error)]
pub enum SendBatchError {
    #[error("{path}: {reason}")]
    Unreadable { path: String, reason: String },
    #[error("{0}")]
    Refused(String),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

fn unreadable(path: &Path, reason: impl ToString) -> SendBatchError {
    SendBatchError::Unreadable {
        path: path.display().to_string(),
        reason: reason.to_string(),
    }
}

/// Reads both files, sends the batch and says what happened, in Danish, as every other
/// message of Borgerbro to its staff.
pub async fn run(
    db: &Db,
    policy: &super::Policy,
    args: &SendBatchArgs,
) -> Result<String, SendBatchError> {
    let template_text =
        std::fs::read_to_string(&args.template).map_err(|e| unreadable(&args.template, e))?;
    let template = parse_template(&template_text).map_err(|e| unreadable(&args.template, e))?;
    let open =
        || std::fs::File::open(&args.recipients).map_err(|e| unreadable(&args.recipients, e));
    // The file is read three times, each as a stream, so that a national batch never sits
    // in memory: for the idempotency key, to count its rows, and to send them.
    let mut hash = Sha256::new();
    hash.update(template_text.as_bytes());
    std::io::copy(&mut open()?, &mut hash).map_err(|e| unreadable(&args.recipients, e))?;
    let key = hex::encode(hash.finalize());
    let total = CsvRows::open(open()?)
        .and_then(CsvRows::count)
        .map_err(|e| unreadable(&args.recipients, e))?;
    let mut rows = CsvRows::open(open()?).map_err(|e| unreadable(&args.recipients, e))?;
    let columns = rows.columns.clone();
    let progress = Progress::new(total);
    let sender = Sender {
        actor: Actor::System,
        name: args.sender.clone(),
    };
    let sent = batch::send_batch(
        db,
        &Clock::system(),
        policy,
        batch::Order {
            template: &template,
            columns: &columns,
            rows: &mut rows,
            sender: &sender,
            idempotency: Some(Idempotency {
                client: sender.actor.as_text(),
                key: format!("file:{key}"),
                hash: key,
            }),
        },
        &|written| progress.written(written),
    )
    .await;
    progress.bar.finish_and_clear();
    match sent {
        Ok(Made::Repeat(sent)) => Ok(format!(
            "Sendt før: batch {} med {} breve. Intet nyt er sendt.",
            sent.batch_id, sent.letters
        )),
        Ok(Made::New(sent)) => Ok(format!(
            "Sendt: {} breve i batch {}.",
            sent.letters, sent.batch_id
        )),
        Err(BatchError::Database(error)) => Err(error.into()),
        Err(BatchError::Unreadable(reason)) => Err(unreadable(&args.recipients, reason)),
        Err(error) => Err(SendBatchError::Refused(refusal(&error))),
    }
}

/// A bar on a terminal; for a log (a file, another program), a line at every tenth.
struct Progress {
    bar: ProgressBar,
    total: u64,
    lines: bool,
    tenths_said: std::sync::atomic::AtomicU64,
}

impl Progress {
    fn new(total: u64) -> Self {
        let lines = !std::io::stderr().is_terminal();
        let target = match lines {
            true => ProgressDrawTarget::hidden(),
            false => ProgressDrawTarget::stderr(),
        };
        let bar = ProgressBar::with_draw_target(Some(total), target);
        if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} breve ({per_sec})") {
            bar.set_style(style);
        }
        Self {
            bar,
            total,
            lines,
            tenths_said: Default::default(),
        }
    }

    fn written(&self, written: u64) {
        self.bar.set_position(written);
        let tenths = written * 10 / self.total.max(1);
        let said = self
            .tenths_said
            .fetch_max(tenths, std::sync::atomic::Ordering::Relaxed);
        if self.lines && tenths > said {
            eprintln!(
                "Skrevet {written} af {} breve; de bliver sendt, når alle er skrevet.",
                self.total
            );
        }
    }
}

/// Why nothing was sent, row by row.
fn refusal(error: &BatchError) -> String {
    let lang = Lang::Da;
    let mut lines = vec!["Intet er sendt.".to_owned()];
    match error {
        BatchError::Problems(problems) => {
            for problem in problems {
                let place = match problem.row {
                    0 => "Skabelonen".to_owned(),
                    // Row 1 of the batch is line 2 of the file, under the header.
                    row => format!("Linje {}", row + 1),
                };
                lines.push(format!(
                    "{place}: {} ({})",
                    lang.t(problem.message_key),
                    problem.detail
                ));
            }
        }
        BatchError::Empty => lines.push(lang.t("post-batch-empty")),
        BatchError::DeadlineInPast => lines.push(lang.t("post-deadline-past")),
        BatchError::Idempotency(IdempotencyError::Database(error)) => lines.push(error.to_string()),
        BatchError::Idempotency(_) => lines.push(lang.t("post-idempotency-reused")),
        BatchError::Database(error) => lines.push(error.to_string()),
        BatchError::Unreadable(reason) => lines.push(reason.clone()),
    }
    lines.join("\n")
}

/// `+++`, TOML settings, `+++`, then the Markdown body.
pub(crate) fn parse_template(text: &str) -> Result<Template, String> {
    let rest = text
        .trim_start_matches('\u{feff}')
        .strip_prefix("+++")
        .ok_or("skabelonen skal begynde med +++ og subject = \"...\"")?;
    let (settings, body) = rest
        .split_once("\n+++")
        .ok_or("skabelonen mangler den afsluttende +++")?;
    let front: FrontMatter = toml::from_str(settings).map_err(|e| e.message().to_owned())?;
    let area = match front.area.as_deref() {
        None => Area::General,
        Some(name) => Area::parse(name).ok_or(format!("ukendt område: {name}"))?,
    };
    let deadline = front
        .deadline
        .map(|text| text.parse::<Date>())
        .transpose()
        .map_err(|_| "deadline skal være en dato som \"2027-01-31\"".to_owned())?;
    Ok(Template {
        area,
        subject: front.subject,
        body: body.trim_start_matches(['\r', '\n']).to_owned(),
        summary: front.summary,
        deadline,
        versions: Vec::new(),
    })
}

/// A CSV file of recipients, read a row at a time. The header names the merge fields;
/// `cpr` or `person_id` names the recipient.
pub(crate) struct CsvRows<R> {
    pub(crate) columns: Vec<String>,
    records: csv::StringRecordsIntoIter<R>,
    recipient_column: usize,
    by_cpr: bool,
    /// The file's line of the next row: the header is line 1.
    line: usize,
}

impl<R: std::io::Read> CsvRows<R> {
    pub(crate) fn open(reader: R) -> Result<Self, String> {
        let mut reader = csv::ReaderBuilder::new()
            .trim(csv::Trim::All)
            .from_reader(reader);
        let columns: Vec<String> = reader
            .headers()
            .map_err(|e| e.to_string())?
            .iter()
            .map(str::to_owned)
            .collect();
        let find = |name: &str| columns.iter().position(|c| c == name);
        let (recipient_column, by_cpr) = match (find("cpr"), find("person_id")) {
            (Some(index), _) => (index, true),
            (None, Some(index)) => (index, false),
            (None, None) => return Err("der mangler en kolonne cpr eller person_id".into()),
        };
        Ok(Self {
            columns,
            records: reader.into_records(),
            recipient_column,
            by_cpr,
            line: 2,
        })
    }

    /// How many rows the file holds, every one read but none kept.
    fn count(self) -> Result<u64, String> {
        let mut rows = 0;
        for (line, record) in (self.line..).zip(self.records) {
            record.map_err(|e| format!("linje {line}: {e}"))?;
            rows += 1;
        }
        Ok(rows)
    }

    fn row(&mut self) -> Option<Result<Row, String>> {
        let record = self.records.next()?;
        let line = self.line;
        self.line += 1;
        Some(
            record
                .map_err(|e| format!("linje {line}: {e}"))
                .and_then(|record| {
                    let id = record.get(self.recipient_column).unwrap_or_default();
                    let recipient = match self.by_cpr {
                        true => RecipientRef::Cpr(Cpr::parse(id).map_err(|e| {
                            format!("linje {line}: {}", Lang::Da.t(e.message_key()))
                        })?),
                        false => RecipientRef::PersonId(id.to_owned()),
                    };
                    let values = record.iter().map(|v| Some(v.to_owned())).collect();
                    Ok(Row { recipient, values })
                }),
        )
    }
}

impl<R: std::io::Read + Send> batch::RowSource for CsvRows<R> {
    fn next_rows(&mut self, max: usize) -> Result<Vec<Row>, String> {
        std::iter::from_fn(|| self.row()).take(max).collect()
    }
}

/// Every row of a CSV file in memory, for tests and the fuzzer.
pub(crate) fn parse_recipients(bytes: &[u8]) -> Result<Recipients, String> {
    let mut rows = CsvRows::open(bytes)?;
    let all = std::iter::from_fn(|| rows.row()).collect::<Result<Vec<Row>, String>>()?;
    Ok(Recipients {
        columns: rows.columns,
        rows: all,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_has_settings_then_markdown() {
        let template = parse_template(
            "+++\nsubject = \"Til {{ navn }}\"\narea = \"housing\"\ndeadline = \"2027-01-31\"\n+++\nKære {{ navn }}\n",
        )
        .unwrap();
        assert_eq!(template.subject, "Til {{ navn }}");
        assert_eq!(template.area, Area::Housing);
        assert_eq!(template.body, "Kære {{ navn }}\n");
        assert_eq!(template.deadline, Date::new(2027, 1, 31).ok());
        assert!(parse_template("Kære {{ navn }}").is_err());
        assert!(parse_template("+++\nsubject = \"x\"\narea = \"mars\"\n+++\n").is_err());
    }

    #[test]
    fn recipients_come_by_cpr_or_person_id() {
        let recipients = parse_recipients(b"cpr,navn\n150584-4122, Mette\n").unwrap();
        assert_eq!(recipients.columns, ["cpr", "navn"]);
        assert_eq!(recipients.rows[0].values[1].as_deref(), Some("Mette"));
        assert!(parse_recipients(b"navn\nMette\n").is_err());
        let bad = parse_recipients(b"cpr,navn\n311399-0000,Mette\n").unwrap_err();
        assert!(bad.starts_with("linje 2:"), "{bad}");
    }
}
