//! The one question the publish rule asks of involvement (which `assess/involvement/`
//! records): has the project had an activity with people from the groups at risk? Kept
//! apart so this half reads only the column the rule needs, not the other half's rows.

use sqlx::AnyConnection;

/// Whether any involvement activity of the project had people from the groups at risk
/// taking part.
pub async fn has_activity_with_groups_at_risk(
    conn: &mut AnyConnection,
    project_id: &str,
) -> Result<bool, sqlx::Error> {
    // COUNT, not SELECT 1: a BIGINT on both databases, where a bare 1 is a 32-bit
    // integer on PostgreSQL.
    let found: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM assess_activities WHERE project_id = $1 AND with_groups_at_risk = 1",
    )
    .bind(project_id)
    .fetch_one(conn)
    .await?;
    Ok(found > 0)
}
