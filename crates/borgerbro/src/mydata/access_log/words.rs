//! What each audit action is, in the words a citizen reads on "Hvem har kigget" and in the
//! API: what was looked at or done, and why, never the action's developer name
//! (`booking.read`) or the English note a developer wrote beside it. Every action that can
//! be written to the log has words here; the test walks every action name in the source.

/// Why a look happened, as the citizen reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Why {
    /// The purpose a person gave (the front desk's reason, a caseworker's reason for an
    /// extension) or a reporting system sent: shown as written; "no reason written" when
    /// none was.
    Given,
    /// The action itself says why (a key with the plain words); the purpose stored beside
    /// it is a developer's note and is never shown.
    Fixed(&'static str),
}

/// An action in plain words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Words {
    /// What was looked at or done: a Fluent key ("åbnede et af dine breve").
    pub what: &'static str,
    pub why: Why,
}

const fn words(what: &'static str, why: Why) -> Option<Words> {
    Some(Words { what, why })
}

/// Actions that are the authority writing to the citizen, not a look at their data: when
/// Borgerbro itself does them (a letter sent by a sweep, a batch, an answer letter) they
/// are left out of "Hvem har kigget". The letter is in the citizen's post, where they see
/// it; listing it among the looks would tell them someone read their data when nobody
/// did, and bury the looks that matter. A person who does them (a caseworker sending a
/// letter) is listed, since a person chose to.
pub(crate) const NOT_A_LOOK_BY_THE_SYSTEM: [&str; 7] = [
    "post.send",
    "post.send_batch",
    "post.escalate",
    "post.exemption_offer",
    "post.posted",
    "mydata.request.due_soon",
    "mydata.request.overdue",
];

/// The action a reporting system's entry is stored under (`POST /api/v1/access-log`).
pub(crate) const REPORTED: &str = "access_log.report";

/// The words of an action; `None` for an action this build does not know (an entry
/// written by a newer version): shown as "something else" with no reason.
pub(crate) fn of(action: &str) -> Option<Words> {
    use Why::{Fixed, Given};
    match action {
        REPORTED => words("log-what-reported", Given),
        "auth.login" => words("log-what-login", Fixed("log-why-login")),
        "apikey.create" | "apikey.revoke" => words("log-what-apikey", Fixed("log-why-admin")),
        "booking.read" => words("log-what-booking-read", Given),
        "booking.create" => words("log-what-booking-create", Fixed("log-why-booking")),
        "booking.move" => words("log-what-booking-move", Fixed("log-why-booking")),
        "booking.cancel" => words("log-what-booking-cancel", Fixed("log-why-booking")),
        "booking.rung" => words("log-what-booking-rung", Fixed("log-why-booking")),
        "exemption.start" => words("log-what-exemption-start", Fixed("log-why-your-choice")),
        "exemption.end" => words("log-what-exemption-end", Fixed("log-why-your-choice")),
        "mandate.give" => words("log-what-mandate-give", Fixed("log-why-permission")),
        "mandate.accept" => words("log-what-mandate-accept", Fixed("log-why-permission")),
        "mandate.change" => words("log-what-mandate-change", Fixed("log-why-permission")),
        "mandate.end" | "mandate.expire" | "mandate.suspend_all" => {
            words("log-what-mandate-end", Fixed("log-why-permission"))
        }
        "mandate.resume" => words("log-what-mandate-resume", Fixed("log-why-permission")),
        "mandate.code_new" | "mandate.code_wrong" => {
            words("log-what-mandate-code", Fixed("log-why-permission"))
        }
        "mandate.receipt" => words("log-what-mandate-receipt", Fixed("log-why-permission")),
        "mandate.list" | "mandate.read" => words("log-what-mandate-read", Given),
        "mandate.refused" => words("log-what-refused", Fixed("log-why-refused")),
        "mydata.overview.read" => words("log-what-overview", Given),
        "mydata.access_log.read" => words("log-what-access-log", Given),
        "mydata.note.read" | "mydata.note.list" => words("log-what-notes", Given),
        "mydata.note.write" => words("log-what-note-write", Fixed("log-why-for-you")),
        "mydata.note.answer" => words("log-what-note-answer", Fixed("log-why-note")),
        // A caseworker's look at a request is about that request: the request is the
        // case it belongs to (its stored purpose is the request's kind, a code word).
        "mydata.request.read" => words("log-what-request-read", Fixed("log-why-request")),
        "mydata.request.list" => words("log-what-requests", Given),
        "mydata.request.make" => words("log-what-request-make", Fixed("log-why-for-you")),
        "mydata.request.answer" => words("log-what-request-answer", Fixed("log-why-request")),
        "mydata.request.extend" => words("log-what-request-extend", Given),
        "mydata.request.due_soon" | "mydata.request.overdue" => {
            words("log-what-request-due", Fixed("log-why-request"))
        }
        "mydata.record.change" | "mydata.record.import" => {
            words("log-what-record", Fixed("log-why-admin"))
        }
        "mydata.export" => words("log-what-export", Given),
        "mydata.export.print" => words("log-what-export-print", Given),
        "mydata.retention" => words("log-what-retention", Fixed("log-why-retention")),
        "network.signup.create" => words("log-what-event-signup", Fixed("log-why-event")),
        "network.signup.cancel" => words("log-what-event-cancel", Fixed("log-why-event")),
        "network.signup.read" => words("log-what-event-read", Given),
        "network.signup.list" => words("log-what-event-list", Fixed("log-why-event-organiser")),
        "network.signup.attended" => {
            words("log-what-event-attended", Fixed("log-why-event-organiser"))
        }
        "people.view" => words("log-what-person", Given),
        "people.reading" => words("log-what-reading", Fixed("log-why-your-choice")),
        "people.protect" | "people.unprotect" => {
            words("log-what-protect", Fixed("log-why-protect"))
        }
        "person.create" => words("log-what-person-create", Fixed("log-why-register")),
        "post.read" | "post.read_attachment" => words("log-what-letter-read", Given),
        "post.list" => words("log-what-letters", Given),
        "post.status" => words("log-what-letter-status", Fixed("log-why-follow-up")),
        "post.reply" => words("log-what-letter-reply", Fixed("log-why-for-you")),
        "post.send" | "post.send_batch" => words("log-what-letter-send", Fixed("log-why-letter")),
        "post.escalate" | "post.escalation_outcome" => {
            words("log-what-letter-escalate", Fixed("log-why-unread"))
        }
        "post.exemption_offer" | "post.exemption_offer_done" => {
            words("log-what-exemption-offer", Fixed("log-why-unread"))
        }
        "post.print" | "post.posted" | "post.handed_over" => {
            words("log-what-letter-print", Fixed("log-why-paper"))
        }
        _ => None,
    }
}

/// The words of an action this build does not know.
pub(crate) const UNKNOWN: Words = Words {
    what: "log-what-other",
    why: Why::Given,
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// Every action name written anywhere in the source: a string literal that starts
    /// with one of the modules that write the log (of the network, its sign-ups: the
    /// one part of it that concerns a citizen). API scopes share the shape and are
    /// left out by name.
    fn actions_in_source() -> std::collections::BTreeSet<String> {
        let literal = regex::Regex::new(
            r#""((?:access_log|apikey|auth|booking|exemption|mandate|mydata|network\.signup|people|person|post)\.[a-z_]+(?:\.[a-z_]+)*)""#,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let scopes: Vec<&str> = crate::auth::ApiScope::ALL
            .iter()
            .map(|s| s.as_str())
            .collect();
        let mut found = std::collections::BTreeSet::new();
        let mut dirs = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{e}")) {
                let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
                    for caught in literal.captures_iter(&text) {
                        let name = &caught[1];
                        if !scopes.contains(&name) {
                            found.insert(name.to_owned());
                        }
                    }
                }
            }
        }
        found
    }

    #[test]
    fn every_action_in_the_source_has_plain_words_in_every_language() {
        let actions = actions_in_source();
        assert!(
            actions.len() > 40,
            "the walk found too few actions: {actions:?}"
        );
        assert!(actions.contains("post.read") && actions.contains(REPORTED));
        for action in &actions {
            let words = of(action).unwrap_or_else(|| panic!("{action} has no words"));
            for lang in Lang::ALL {
                let mut keys = vec![words.what];
                if let Why::Fixed(key) = words.why {
                    keys.push(key);
                }
                for key in keys {
                    let text = lang
                        .try_t(key)
                        .unwrap_or_else(|| panic!("{key} ({action}) is missing in {lang:?}"));
                    assert!(!text.contains('.') || text.ends_with('.'), "{key}: {text}");
                    assert!(!text.contains('_'), "{key} reads like code: {text}");
                }
            }
        }
        assert_eq!(of("robot.dance"), None);
        for action in NOT_A_LOOK_BY_THE_SYSTEM {
            assert!(actions.contains(action), "{action} is no longer written");
        }
    }
}
