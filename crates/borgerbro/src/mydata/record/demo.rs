//! The demo's record of processing: a realistic one for a municipality, from the same
//! kind of JSON file an administrator imports.

use crate::audit::Actor;
use crate::clock::Clock;
use crate::db::Db;

/// The demo's record, as an administrator would import it.
pub(crate) const DEMO_RECORD: &[u8] =
    include_bytes!("../../../data/demo-record-of-processing.json");

/// Imports the demo's entries of the kinds the record lacks: all of them into an empty
/// record, and on a demo database made before a kind was added, that kind. An entry the
/// record has, whoever wrote it, is left as it is, so a reload changes nothing.
pub async fn load(db: &Db, clock: &Clock, by: Actor) -> anyhow::Result<()> {
    let present: Vec<_> = super::entries(db)
        .await?
        .into_iter()
        .map(|e| e.category)
        .collect();
    let missing: Vec<_> = super::model::read_file(DEMO_RECORD)
        .map_err(|problems| anyhow::anyhow!("demo record of processing: {problems:?}"))?
        .into_iter()
        .filter(|e| !present.contains(&e.category))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    super::import(db, clock, &missing, by).await?;
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
