//! The figures as CSV, one row a month, for a spreadsheet: the same numbers as the page
//! and the API, a count not told written `<5` and a share not told left empty.

use super::shown::MonthFigures;
use crate::bookings;

const NOT_TOLD: &str = "<5";

fn count(value: Option<u64>) -> String {
    value.map_or_else(|| NOT_TOLD.to_owned(), |n| n.to_string())
}

fn number(value: Option<f64>) -> String {
    value.map_or_else(String::new, |v| format!("{v:.4}"))
}

/// The CSV of `months`.
pub(crate) fn write(months: &[MonthFigures]) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<String> = [
        "month",
        "final",
        "letters_sent",
        "opened",
        "unread_after_7_days",
        "escalations_phone",
        "escalations_paper",
        "escalations_visit",
        "outcomes_reached",
        "outcomes_not_reached",
        "outcomes_other_channel",
        "deadlines_moved",
        "paper_letters",
        "exempt_share",
        "lix_letters",
        "lix_median",
        "lix_over_limit_share",
        "helpers",
        "permissions",
        "requests_received",
        "requests_answered",
        "requests_answered_in_time",
        "requests_overdue",
    ]
    .map(str::to_owned)
    .to_vec();
    header.extend(
        bookings::Kind::ALL
            .iter()
            .map(|k| format!("bookings_{}", k.as_str())),
    );
    writer.write_record(&header)?;
    for m in months {
        let mut row = vec![
            m.month.clone(),
            m.is_final.to_string(),
            count(m.letters_sent),
            count(m.opened),
            count(m.unread_after_7_days),
            count(m.escalations.phone),
            count(m.escalations.paper),
            count(m.escalations.visit),
            count(m.outcomes.reached),
            count(m.outcomes.not_reached),
            count(m.outcomes.other_channel),
            count(m.deadlines_moved),
            count(m.paper_letters),
            number(m.exempt_share),
            count(m.lix.letters),
            number(m.lix.median),
            number(m.lix.over_limit_share),
            count(m.helpers),
            count(m.permissions),
            count(m.requests.received),
            count(m.requests.answered),
            count(m.requests.answered_in_time),
            count(m.requests.overdue),
        ];
        row.extend(
            bookings::Kind::ALL
                .iter()
                .map(|k| count(m.bookings.counts.get(k.as_str()).copied().flatten())),
        );
        writer.write_record(&row)?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}
