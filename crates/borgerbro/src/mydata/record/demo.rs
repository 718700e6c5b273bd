//! The demo's record of processing: a realistic one for a municipality, from the same
//! kind of JSON file an administrator imports.

use crate::audit::Actor;
use crate::clock::Clock;
use crate::db::Db;

/// The demo's record, as an administrator would import it.
pub(crate) const DEMO_RECORD: &[u8] =
    include_bytes!("../../../data/demo-record-of-processing.json");

/// Imports the demo's record when the record is empty; a reload, or a record an
/// administrator has written, is left as it is.
pub async fn load(db: &Db, clock: &Clock, by: Actor) -> anyhow::Result<()> {
    if !super::entries(db).await?.is_empty() {
        return Ok(());
    }
    let entries = super::model::read_file(DEMO_RECORD)
        .map_err(|problems| anyhow::anyhow!("demo record of processing: {problems:?}"))?;
    super::import(db, clock, &entries, by).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::model::{read_file, Category};

    #[test]
    fn the_demo_record_describes_every_kind() {
        let entries = read_file(super::DEMO_RECORD).unwrap();
        for category in Category::ALL {
            assert!(
                entries.iter().any(|e| e.category == category),
                "{category:?}"
            );
        }
    }
}
