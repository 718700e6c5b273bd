//! What the network's pages share: the note of what was just saved.

use serde::Deserialize;

/// `?gemt=…` after a form: what was saved, said at the top of the page it returns to.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct Saved {
    gemt: Option<String>,
}

impl Saved {
    /// What was saved, if it is one of the `kinds` the page has words for.
    pub(crate) fn known(self, kinds: &[&str]) -> Option<String> {
        self.gemt.filter(|s| kinds.contains(&s.as_str()))
    }
}
