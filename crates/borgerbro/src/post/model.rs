//! The rules of digital post: when a letter escalates, how its deadline moves, whether a
//! deadline leaves a paper reader time enough. No I/O.

use crate::forms::{control_problem, Lines};
use crate::i18n::Lang;
use jiff::civil::Date;
use jiff::ToSpan;
use serde::Serialize;

/// What a letter is about. It decides which helpers may read it (a helper's mandate
/// names areas), so it is a fixed list, not free text. `Bookings` and `Mandates` file
/// the letters the bookings and mandates modules write (where and when the citizen
/// meets the authority; who may help them), so that they reach only a helper given
/// exactly that (`mandates::model::may_read_letter`); `General` ("Andet") is everything
/// else, an area like the others.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    serde::Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    Housing,
    Health,
    Pension,
    Employment,
    Family,
    Tax,
    Bookings,
    Mandates,
    General,
}

impl Area {
    pub(crate) const ALL: [Area; 9] = [
        Area::Housing,
        Area::Health,
        Area::Pension,
        Area::Employment,
        Area::Family,
        Area::Tax,
        Area::Bookings,
        Area::Mandates,
        Area::General,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Area::Housing => "housing",
            Area::Health => "health",
            Area::Pension => "pension",
            Area::Employment => "employment",
            Area::Family => "family",
            Area::Tax => "tax",
            Area::Bookings => "bookings",
            Area::Mandates => "mandates",
            Area::General => "general",
        }
    }

    pub fn parse(text: &str) -> Option<Area> {
        Area::ALL.into_iter().find(|area| area.as_str() == text)
    }

    pub(crate) fn label_key(self) -> &'static str {
        match self {
            Area::Housing => "area-housing",
            Area::Health => "area-health",
            Area::Pension => "area-pension",
            Area::Employment => "area-employment",
            Area::Family => "area-family",
            Area::Tax => "area-tax",
            Area::Bookings => "area-bookings",
            Area::Mandates => "area-mandates",
            Area::General => "area-general",
        }
    }
}

/// The authority's settings for post, with the defaults of the design; an authority sets
/// its own under `[authority.post]` in the settings file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Policy {
    /// An unopened letter that requires action escalates this many days after sending.
    pub escalate_after_days: i32,
    /// At escalation the deadline moves this many days later.
    pub move_deadline_days: i32,
    /// Days from sending until a paper letter is expected in the letterbox.
    pub postal_days: i32,
    /// A paper reader gets at least this many days between delivery and deadline.
    pub min_days_after_delivery: i32,
    /// A letter harder than this LIX needs a "Kort fortalt" before it can be sent ...
    pub max_lix_without_summary: u32,
    /// ... when it has at least this many words: on a few words LIX says nothing (one
    /// long word in a four-word note moves it by 25).
    pub lix_gate_min_words: u32,
    /// A citizen with this many escalations ...
    pub exemption_offer_after: u32,
    /// ... within this many days is offered paper post, once.
    pub exemption_offer_window_days: i32,
    /// The attachments one download of the whole print queue holds, in MiB of memory: they
    /// are read and merged in memory, so a long queue of large attachments comes in
    /// rounds, the oldest letters first (`post::print`). What a file costs is what it
    /// holds parsed (`pdf_limits::Checked::cost`), not its size on disk.
    pub print_round_mib: u32,
}

impl Default for Policy {
    fn default() -> Self {
        Self {
            escalate_after_days: 7,
            move_deadline_days: 14,
            postal_days: 3,
            min_days_after_delivery: 10,
            max_lix_without_summary: 45,
            lix_gate_min_words: 30,
            exemption_offer_after: 2,
            exemption_offer_window_days: 183,
            print_round_mib: 100,
        }
    }
}

impl Policy {
    /// The memory one print round may hold, in bytes.
    pub(crate) fn print_round_bytes(&self) -> i64 {
        i64::from(self.print_round_mib) * 1024 * 1024
    }

    /// How many of the queue's letters, oldest first, go in one download of the whole
    /// queue, given what each letter's attachments cost in bytes of memory: those that fit
    /// the round, and always the first, so a letter larger than a round still gets printed.
    pub(crate) fn print_round(&self, sizes: impl IntoIterator<Item = i64>) -> usize {
        let budget = self.print_round_bytes();
        let mut total = 0;
        let mut letters = 0;
        for size in sizes {
            total += size;
            if letters > 0 && total > budget {
                break;
            }
            letters += 1;
        }
        letters
    }
}

/// How an escalation reaches the citizen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EscalationKind {
    /// Someone calls the citizen.
    Phone,
    /// A paper copy goes in the print queue.
    Paper,
    /// Someone visits: the citizen has neither phone nor address.
    Visit,
}

impl EscalationKind {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            EscalationKind::Phone => "phone",
            EscalationKind::Paper => "paper",
            EscalationKind::Visit => "visit",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [Self::Phone, Self::Paper, Self::Visit]
            .into_iter()
            .find(|kind| kind.as_str() == text)
    }

    /// The way that reaches this citizen: a call when we have a phone number, else
    /// paper when we have an address, else a visit.
    pub(crate) fn for_contact(has_phone: bool, has_address: bool) -> Self {
        match (has_phone, has_address) {
            (true, _) => EscalationKind::Phone,
            (false, true) => EscalationKind::Paper,
            (false, false) => EscalationKind::Visit,
        }
    }
}

impl Policy {
    /// The deadline after an escalation: later by the policy's days, never earlier.
    pub(crate) fn moved_deadline(&self, current: Date) -> Date {
        current
            .checked_add(self.move_deadline_days.days())
            .map_or(current, |moved| moved.max(current))
    }

    /// The day a paper letter sent on `sent_on` is expected in the letterbox.
    pub(crate) fn paper_arrives_on(&self, sent_on: Date) -> Date {
        sent_on
            .checked_add(self.postal_days.days())
            .unwrap_or(Date::MAX)
    }

    /// Whether a paper letter sent on `sent_on` leaves its reader enough days to act.
    pub(crate) fn check_paper_deadline(
        &self,
        sent_on: Date,
        deadline: Date,
    ) -> Result<(), TooSoon> {
        let earliest = self
            .paper_arrives_on(sent_on)
            .checked_add(self.min_days_after_delivery.days())
            .unwrap_or(Date::MAX);
        if deadline < earliest {
            Err(TooSoon { earliest })
        } else {
            Ok(())
        }
    }
}

/// Why a paper copy of an unopened letter (print reason `escalation`) is no longer
/// needed: the letter was opened or answered before the copy was posted, and the copy
/// would tell the citizen they had not opened it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotNeeded {
    Opened,
    OpenedByHelper,
    Answered,
}

impl NotNeeded {
    const ALL: [NotNeeded; 3] = [
        NotNeeded::Opened,
        NotNeeded::OpenedByHelper,
        NotNeeded::Answered,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            NotNeeded::Opened => "opened",
            NotNeeded::OpenedByHelper => "opened_by_helper",
            NotNeeded::Answered => "answered",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|why| why.as_str() == text)
    }

    /// "Ikke længere nødvendig: borgeren åbnede brevet DATE", with `date`.
    pub(crate) fn label_key(self) -> &'static str {
        match self {
            NotNeeded::Opened => "print-not-needed-opened",
            NotNeeded::OpenedByHelper => "print-not-needed-opened-by-helper",
            NotNeeded::Answered => "print-not-needed-answered",
        }
    }
}

/// A deadline that leaves a paper reader too little time, and the earliest that would do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TooSoon {
    pub earliest: Date,
}

pub(crate) const MAX_SUBJECT_CHARS: usize = 200;
pub(crate) const MAX_SUMMARY_CHARS: usize = 1_000;
pub(crate) const MAX_BODY_CHARS: usize = 100_000;
pub(crate) const MAX_REPLY_CHARS: usize = 10_000;
pub(crate) const MAX_ATTACHMENTS: usize = 5;
pub(crate) const MAX_ATTACHMENT_BYTES: usize = 20 * 1024 * 1024;
/// The most one request that sends a letter may carry: every attachment at its largest,
/// and room for the text.
pub(crate) const MAX_LETTER_BYTES: usize = MAX_ATTACHMENTS * MAX_ATTACHMENT_BYTES + 1024 * 1024;

/// An answer to a letter, checked: the same rules whoever answers (the citizen or a
/// helper acting for them), so no path stores what another refuses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer(String);

impl Answer {
    /// The answer as typed, trimmed; the message key of what is wrong with it.
    pub fn parse(typed: &str) -> Result<Self, &'static str> {
        let body = typed.trim();
        if body.is_empty() {
            Err("reply-missing")
        } else if body.chars().count() > MAX_REPLY_CHARS {
            Err("reply-too-long")
        } else {
            control_problem(body, Lines::Several)?;
            Ok(Self(body.to_owned()))
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }
}

/// What a writer typed, before it is a letter.
pub(crate) struct Draft<'a> {
    pub subject: &'a str,
    pub summary: &'a str,
    pub body: &'a str,
}

/// What a saved draft must keep to, though it may be unfinished: each text within its
/// length and free of the control characters a letter refuses (`draft_problems` without
/// its rules on what is missing and on plain language), so no draft stores what the
/// letter it becomes could not hold.
pub(crate) fn unfinished_draft_problems(draft: &Draft<'_>) -> Vec<(&'static str, &'static str)> {
    [
        (
            "subject",
            draft.subject,
            MAX_SUBJECT_CHARS,
            "post-subject-too-long",
            Lines::One,
        ),
        (
            "summary",
            draft.summary,
            MAX_SUMMARY_CHARS,
            "post-summary-too-long",
            Lines::Several,
        ),
        (
            "body",
            draft.body,
            MAX_BODY_CHARS,
            "post-body-too-long",
            Lines::Several,
        ),
    ]
    .into_iter()
    .filter_map(|(field, typed, max, too_long, lines)| {
        let typed = typed.trim();
        let problem = match typed.chars().count() > max {
            true => Err(too_long),
            false => control_problem(typed, lines),
        };
        problem.err().map(|problem| (field, problem))
    })
    .collect()
}

/// klarsprog's reading of a letter's body, the costly part of checking a letter: none
/// for an empty body, and none for one over the length limit, which `draft_problems`
/// refuses without reading it (a 100 MB body once took 4.4 s and 480 MB to check before
/// being refused as too long).
pub(crate) fn letter_check(body: &str) -> Option<klarsprog::Report> {
    let body = body.trim();
    // Bytes first (a char is at most four), so a huge body is not even counted.
    let within = body.len() <= 4 * MAX_BODY_CHARS && body.chars().count() <= MAX_BODY_CHARS;
    (!body.is_empty() && within).then(|| klarsprog::analyse(body, klarsprog::Format::Markdown))
}

/// Each field of a draft that breaks a rule, with the message that says what to do. The
/// write page and the API ask the same, so a system cannot send what a person could not.
pub(crate) fn draft_problems(
    draft: &Draft<'_>,
    check: Option<&klarsprog::Report>,
    policy: &Policy,
) -> Vec<(&'static str, &'static str)> {
    let mut problems = Vec::new();
    let subject = draft.subject.trim();
    if subject.is_empty() {
        problems.push(("subject", "post-subject-missing"));
    } else if subject.chars().count() > MAX_SUBJECT_CHARS {
        problems.push(("subject", "post-subject-too-long"));
    } else if let Err(problem) = control_problem(subject, Lines::One) {
        problems.push(("subject", problem));
    }
    let summary = draft.summary.trim();
    let too_hard = check.is_some_and(|r| {
        r.words >= u64::from(policy.lix_gate_min_words)
            && r.lix > f64::from(policy.max_lix_without_summary)
    });
    if summary.chars().count() > MAX_SUMMARY_CHARS {
        problems.push(("summary", "post-summary-too-long"));
    } else if let Err(problem) = control_problem(summary, Lines::Several) {
        problems.push(("summary", problem));
    } else if summary.is_empty() {
        if too_hard {
            problems.push(("summary", "post-summary-required"));
        }
    } else if let Some(problem) = summary_problem(summary) {
        problems.push(("summary", problem));
    }
    let body = draft.body.trim();
    if body.is_empty() {
        problems.push(("body", "post-body-missing"));
    } else if body.chars().count() > MAX_BODY_CHARS {
        problems.push(("body", "post-body-too-long"));
    } else if let Err(problem) = control_problem(body, Lines::Several) {
        problems.push(("body", problem));
    }
    problems
}

/// A letter written again in another language ("sprogversionering"). The letter itself
/// stays the original, the one that counts; the version is what a reader of its language
/// reads first, with a link to the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub language: Lang,
    pub subject: String,
    pub summary: Option<String>,
    pub body: String,
}

/// Each field of a language version that breaks a rule: a subject and a body are
/// required, and every text keeps a letter's limits. The plain-language rules are
/// klarsprog's, which reads Danish only, so a version is not held to them.
pub(crate) fn version_problems(draft: &Draft<'_>) -> Vec<(&'static str, &'static str)> {
    let mut problems = unfinished_draft_problems(draft);
    let missing = [
        ("subject", draft.subject, "post-subject-missing"),
        ("body", draft.body, "post-body-missing"),
    ];
    for (field, typed, message) in missing {
        if typed.trim().is_empty() && !problems.iter().any(|(f, _)| *f == field) {
            problems.push((field, message));
        }
    }
    problems
}

/// The language a reader reads a letter in: the one they asked for if the letter is in
/// it, else their own if it is, else the original's.
pub(crate) fn shown_language(
    original: Lang,
    versions: &[Version],
    asked: Option<Lang>,
    reader: Lang,
) -> Lang {
    let written_in =
        |lang: &Lang| *lang == original || versions.iter().any(|v| v.language == *lang);
    asked
        .filter(written_in)
        .or(Some(reader).filter(written_in))
        .unwrap_or(original)
}

/// A "Kort fortalt" says what matters in a few words of its own: "Se brevet." says nothing.
pub(crate) const SUMMARY_MIN_WORDS: u64 = 4;
/// ... and stays short: two or three sentences, read in a moment.
pub(crate) const SUMMARY_MAX_WORDS: u64 = 60;

/// What is wrong with a summary that is there, by klarsprog's reading of it: too few or
/// too many words, or not plain (officialese, jargon, "De/Deres", a long sentence). The
/// summary is what a reader who struggles reads first, so it is held to plain language
/// whether the letter needed it or not (DESIGN.md, post).
fn summary_problem(summary: &str) -> Option<&'static str> {
    use klarsprog::FindingKind::{Jargon, LongSentence, Officialese, OldAddress, VeryLongSentence};
    let check = klarsprog::analyse(summary, klarsprog::Format::Text);
    if check.words < SUMMARY_MIN_WORDS {
        Some("post-summary-says-nothing")
    } else if check.words > SUMMARY_MAX_WORDS {
        Some("post-summary-not-short")
    } else if check.findings.iter().any(|f| {
        matches!(
            f.kind,
            Officialese | Jargon | OldAddress | LongSentence | VeryLongSentence
        )
    }) {
        Some("post-summary-not-plain")
    } else {
        None
    }
}

/// How a print job's letter reached its reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    Post,
    /// Read aloud on the phone or handed over at the front desk: the reader has no
    /// address.
    InPerson,
}

impl Delivery {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Delivery::Post => "post",
            Delivery::InPerson => "in_person",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [Delivery::Post, Delivery::InPerson]
            .into_iter()
            .find(|d| d.as_str() == text)
    }
}

/// What came of an escalation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Reached,
    NotReached,
    OtherChannel,
}

impl Outcome {
    pub(crate) const ALL: [Outcome; 3] =
        [Outcome::Reached, Outcome::NotReached, Outcome::OtherChannel];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Outcome::Reached => "reached",
            Outcome::NotReached => "not_reached",
            Outcome::OtherChannel => "other_channel",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Outcome::ALL.into_iter().find(|o| o.as_str() == text)
    }

    pub(crate) fn label_key(self) -> &'static str {
        match self {
            Outcome::Reached => "outcome-reached",
            Outcome::NotReached => "outcome-not-reached",
            Outcome::OtherChannel => "outcome-other-channel",
        }
    }
}

/// Why a letter is in the print queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrintReason {
    /// The reader takes their post on paper.
    Letter,
    /// A paper copy of a letter left unopened past its time.
    Escalation,
    /// The letter offering paper post to a citizen whose letters escalate again and again.
    ExemptionOffer,
    /// A copy on paper of a letter about a protected citizen's permissions.
    Protection,
}

impl PrintReason {
    const ALL: [PrintReason; 4] = [
        PrintReason::Letter,
        PrintReason::Escalation,
        PrintReason::ExemptionOffer,
        PrintReason::Protection,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            PrintReason::Letter => "letter",
            PrintReason::Escalation => "escalation",
            PrintReason::ExemptionOffer => "exemption_offer",
            PrintReason::Protection => "protection",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|reason| reason.as_str() == text)
    }

    pub(crate) fn label_key(self) -> &'static str {
        match self {
            PrintReason::Letter => "print-reason-letter",
            PrintReason::Escalation => "print-reason-escalation",
            PrintReason::ExemptionOffer => "print-reason-offer",
            PrintReason::Protection => "print-reason-protection",
        }
    }
}

/// Why an attachment was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttachmentProblem {
    Empty,
    TooLarge,
    NotPdf,
    /// Past the limits of `pdf_limits`: it would cost the print queue too much to read.
    TooComplex,
}

impl AttachmentProblem {
    pub(crate) fn message_key(self) -> &'static str {
        match self {
            AttachmentProblem::Empty => "post-attachment-empty",
            AttachmentProblem::TooLarge => "post-attachment-too-large",
            AttachmentProblem::NotPdf => "post-attachment-not-pdf",
            AttachmentProblem::TooComplex => "post-attachment-too-complex",
        }
    }
}

/// An attachment must be a PDF of at most 20 MB, within the limits a PDF must keep to be
/// printed (`pdf_limits`): refused here, the sender is told and can save it again; found
/// only at printing, it is printed on its own. Its bytes decide, never its name: a PDF
/// carries `%PDF-` in its first 1024 bytes (where readers look for it too). Every upload
/// (the write page, the messages API) asks this.
pub fn check_attachment(bytes: &[u8]) -> Result<(), AttachmentProblem> {
    if bytes.is_empty() {
        return Err(AttachmentProblem::Empty);
    }
    if bytes.len() > MAX_ATTACHMENT_BYTES {
        return Err(AttachmentProblem::TooLarge);
    }
    let head = &bytes[..bytes.len().min(1024)];
    if !head.windows(5).any(|w| w == b"%PDF-") {
        return Err(AttachmentProblem::NotPdf);
    }
    super::pdf_limits::check(bytes).map_err(|_| AttachmentProblem::TooComplex)?;
    Ok(())
}

/// A file name fit to show and to send back in a download: the last part of whatever
/// path a browser sent, without control characters, at most 100 characters, ending in
/// ".pdf".
pub(crate) fn attachment_filename(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let mut clean: String = last
        .chars()
        .filter(|c| !c.is_control() && *c != '"')
        .take(100)
        .collect();
    clean = clean.trim().to_owned();
    if clean.is_empty() {
        clean = "bilag".into();
    }
    if !clean.to_lowercase().ends_with(".pdf") {
        clean.push_str(".pdf");
    }
    clean
}

/// Letters an inbox page shows: a page a phone reader can scroll and a server makes in
/// a millisecond or two, where 500 made 120 kB of HTML and a p99 of 729 ms under load.
pub(crate) const INBOX_PAGE: usize = 50;

/// Where a page of the inbox starts, in the inbox's order (newest first, ties by id): a
/// letter's send time and id. Keyset, not an offset, so a page costs the same on page 1
/// and page 200 and a letter arriving meanwhile never shifts one into the next page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    pub sent_at: i64,
    pub id: String,
}

impl Cursor {
    /// Reads a cursor from an address ("1764460000000_0195c0de-..."); `None` for
    /// anything else, whoever typed or cut it.
    pub fn parse(text: &str) -> Option<Cursor> {
        let (sent_at, id) = text.split_once('_')?;
        let id_ok = !id.is_empty()
            && id.len() <= 64
            && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        Some(Cursor {
            sent_at: sent_at.parse().ok().filter(|ms: &i64| *ms >= 0)?,
            id: id_ok.then(|| id.to_owned())?,
        })
    }
}

impl std::fmt::Display for Cursor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}_{}", self.sent_at, self.id)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_reader_reads_their_own_version_unless_they_ask_for_another() {
        let uk = Version {
            language: Lang::Uk,
            subject: "Лист".into(),
            summary: None,
            body: "Текст".into(),
        };
        let versions = [uk];
        assert_eq!(
            shown_language(Lang::Da, &versions, None, Lang::Uk),
            Lang::Uk
        );
        assert_eq!(
            shown_language(Lang::Da, &versions, Some(Lang::Da), Lang::Uk),
            Lang::Da
        );
        // No version in Arabic: the original, whatever was asked.
        assert_eq!(
            shown_language(Lang::Da, &versions, Some(Lang::Ar), Lang::Ar),
            Lang::Da
        );
        assert_eq!(shown_language(Lang::Da, &[], None, Lang::En), Lang::Da);
    }

    #[test]
    fn a_version_needs_a_subject_and_a_body() {
        let blank = Draft {
            subject: " ",
            summary: "",
            body: "",
        };
        assert_eq!(
            version_problems(&blank),
            vec![
                ("subject", "post-subject-missing"),
                ("body", "post-body-missing")
            ]
        );
    }

    use super::*;

    #[test]
    fn a_print_round_holds_the_oldest_letters_that_fit_and_always_the_first() {
        let policy = Policy {
            print_round_mib: 1,
            ..Policy::default()
        };
        let mib = 1024 * 1024;
        assert_eq!(policy.print_round([0, 0, 0]), 3);
        assert_eq!(policy.print_round([mib / 2, mib / 2, 1, 0]), 2);
        assert_eq!(
            policy.print_round([3 * mib, 0]),
            1,
            "too large alone: printed alone"
        );
        assert_eq!(policy.print_round([mib, 1]), 1);
        assert_eq!(policy.print_round([]), 0);
    }

    #[test]
    fn cursors_read_back_what_they_wrote_and_nothing_else() {
        let cursor = Cursor {
            sent_at: 1_764_460_000_000,
            id: "0195c0de-0000-7000-8000-000000000001".into(),
        };
        assert_eq!(Cursor::parse(&cursor.to_string()), Some(cursor));
        for bad in [
            "",
            "abc",
            "12",
            "_id",
            "12_",
            "-5_id",
            "x1_id",
            "12_id;DROP",
            "12_<script>",
            "99999999999999999999_id",
        ] {
            assert_eq!(Cursor::parse(bad), None, "{bad:?}");
        }
    }
    use proptest::prelude::*;

    #[test]
    fn a_body_over_the_limit_is_not_read_by_the_check() {
        assert!(letter_check("Kom tirsdag.").is_some());
        assert!(letter_check("  ").is_none());
        let long = "ord ".repeat(MAX_BODY_CHARS / 4 + 1);
        assert!(letter_check(&long).is_none());
        let draft = Draft {
            subject: "Møde",
            summary: "",
            body: &long,
        };
        assert_eq!(
            draft_problems(&draft, letter_check(&long).as_ref(), &Policy::default()),
            vec![("body", "post-body-too-long")]
        );
    }

    #[test]
    fn a_hard_draft_needs_a_summary() {
        let policy = Policy::default();
        let hard = "Vedrørende ansøgningsbehandlingen foretages sagsbehandlingsmæssig vurdering \
                    af boligstøttemodtagerens indkomstforhold efter gældende lovgivning. "
            .repeat(3);
        let check = klarsprog::analyse(&hard, klarsprog::Format::Markdown);
        let draft = Draft {
            subject: "Boligstøtte",
            summary: "",
            body: &hard,
        };
        assert_eq!(
            draft_problems(&draft, Some(&check), &policy),
            vec![("summary", "post-summary-required")]
        );
        let with_summary = Draft {
            summary: "Vi ser på din indkomst.",
            ..draft
        };
        assert!(draft_problems(&with_summary, Some(&check), &policy).is_empty());
        for (summary, problem) in [
            ("Se brevet.", "post-summary-says-nothing"),
            (
                "Vedrørende ovennævnte bedes De venligst fremsende dokumentation.",
                "post-summary-not-plain",
            ),
            (
                &"Vi har fået dit brev og ser på det. ".repeat(10),
                "post-summary-not-short",
            ),
        ] {
            let draft = Draft { summary, ..draft };
            assert_eq!(
                draft_problems(&draft, Some(&check), &policy),
                vec![("summary", problem)],
                "{summary}"
            );
        }
        let empty = Draft {
            subject: " ",
            summary: "",
            body: "",
        };
        assert_eq!(
            draft_problems(&empty, None, &policy),
            vec![
                ("subject", "post-subject-missing"),
                ("body", "post-body-missing")
            ]
        );
    }

    #[test]
    fn an_attachment_is_a_pdf_by_its_bytes() {
        assert_eq!(check_attachment(b"%PDF-1.7\n..."), Ok(()));
        assert_eq!(check_attachment(b""), Err(AttachmentProblem::Empty));
        assert_eq!(
            check_attachment(b"MZ\x90\x00 not a pdf"),
            Err(AttachmentProblem::NotPdf)
        );
        let big = [b"%PDF-".as_slice(), &vec![0; MAX_ATTACHMENT_BYTES]].concat();
        assert_eq!(check_attachment(&big), Err(AttachmentProblem::TooLarge));
        let bomb = crate::post::pdf_limits::tests::object_stream_bomb();
        assert_eq!(check_attachment(&bomb), Err(AttachmentProblem::TooComplex));
    }

    #[test]
    fn an_attachment_name_is_safe_to_show() {
        assert_eq!(
            attachment_filename("C:\\Users\\x\\afgørelse.PDF"),
            "afgørelse.PDF"
        );
        assert_eq!(attachment_filename("../../etc/passwd"), "passwd.pdf");
        assert_eq!(attachment_filename("a\"b\n.pdf"), "ab.pdf");
        assert_eq!(attachment_filename(""), "bilag.pdf");
    }

    #[test]
    fn the_deadline_moves_fourteen_days() {
        let policy = Policy::default();
        let deadline = Date::new(2026, 12, 12).unwrap();
        assert_eq!(
            policy.moved_deadline(deadline),
            Date::new(2026, 12, 26).unwrap()
        );
    }

    #[test]
    fn escalation_reaches_the_citizen_the_best_way_we_know() {
        assert_eq!(
            EscalationKind::for_contact(true, true),
            EscalationKind::Phone
        );
        assert_eq!(
            EscalationKind::for_contact(false, true),
            EscalationKind::Paper
        );
        assert_eq!(
            EscalationKind::for_contact(false, false),
            EscalationKind::Visit
        );
    }

    #[test]
    fn a_paper_reader_gets_ten_days_after_delivery() {
        let policy = Policy::default();
        let sent = Date::new(2026, 11, 23).unwrap();
        // Delivered on the 26th; ten days after is 6 December.
        assert!(policy
            .check_paper_deadline(sent, Date::new(2026, 12, 6).unwrap())
            .is_ok());
        assert_eq!(
            policy.check_paper_deadline(sent, Date::new(2026, 12, 5).unwrap()),
            Err(TooSoon {
                earliest: Date::new(2026, 12, 6).unwrap()
            })
        );
    }

    proptest! {
        #[test]
        fn a_deadline_never_moves_earlier(days in -400i32..400, y in 2000i16..2100, doy in 1i16..365) {
            let policy = Policy { move_deadline_days: days, ..Policy::default() };
            let date = Date::new(y, 1, 1).unwrap().with().day_of_year(doy).build().unwrap();
            prop_assert!(policy.moved_deadline(date) >= date);
        }
    }
}
