#!/usr/bin/env bash
# Load benchmark on loopback: the search for help places (the public page and the API)
# over 10,000 places, against a bare axum route in the same binary and the same run, so
# the ratio holds on a noisy machine. Needs wrk and sqlite3 (apt-get install -y wrk sqlite3).
# Usage: benches/help-search-load.sh [seconds] [connections] [places]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
connections="${2:-32}"
places="${3:-10000}"
needs_sqlite3=1
source benches/load-common.sh

# Places spread over the demo's postcodes within about 10 km of Aarhus C, each with two
# or three topics, opening hours on weekdays and drop-in on one day; the catalogue
# counter moves in the same transaction, as an import does.
sqlite3 "$db" <<SQL
.timeout 10000
BEGIN;
INSERT INTO help_places (id, kind, name, description, audience, street, postcode, city,
    latitude, longitude, phone, languages, step_free, topics, hours, updated_at)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $places)
SELECT printf('01900000-0000-7000-b000-%012d', i),
    CASE i % 5 WHEN 0 THEN 'library' WHEN 1 THEN 'it_cafe' WHEN 2 THEN 'drop_in_centre'
        WHEN 3 THEN 'front_desk' ELSE 'outreach' END,
    'Hjælpested nr. ' || i, 'Frivillige hjælper med telefon, MitID og Digital Post.', 'Alle',
    'Vej ' || i, '8000', 'Aarhus C',
    56.1567 + ((i * 7919) % 2000 - 1000) / 10000.0,
    10.2108 + ((i * 104729) % 3000 - 1500) / 10000.0,
    '89 40 20 00',
    CASE i % 3 WHEN 0 THEN 'da' WHEN 1 THEN 'da,en' ELSE 'da,ar,uk' END, i % 2,
    CASE i % 4 WHEN 0 THEN 'mitid,digital-post' WHEN 1 THEN 'apps,forms,letters'
        WHEN 2 THEN 'mitid,helpers,money' ELSE 'housing,pension' END,
    'man-fre 10:00-15:00; ' || CASE i % 5 WHEN 0 THEN 'man' WHEN 1 THEN 'tir' WHEN 2 THEN 'ons'
        WHEN 3 THEN 'tor' ELSE 'fre' END || ' 15:00-17:00 drop-in',
    0
FROM n;
UPDATE help_versions SET version = version + 1 WHERE name = 'places';
COMMIT;
SQL
in_db="$(sqlite3 "$db" "SELECT COUNT(*) FROM help_places")"

page_path="/hjaelp/steder?emne=mitid&postnummer=8000&afstand=10"
api_path="/api/v1/help/places?topic=mitid&postcode=8000&within_km=10&limit=20"
found="$(curl -fs "$base$api_path" | sed 's/.*"total":\([0-9]*\).*/\1/')"
curl -fs -o /dev/null "$base$page_path" || { echo "GET $page_path failed" >&2; exit 1; }

wrk -t2 -c"$connections" -d2s "$base$page_path" >/dev/null # warm-up
read -r bare_rps bare_p50 bare_p99 bare_bad < <(run /bench/bare)
read -r page_rps page_p50 page_p99 page_bad < <(run "$page_path")
read -r api_rps api_p50 api_p99 api_bad < <(run "$api_path")
[ "$bare_bad$page_bad$api_bad" = 000 ] || { echo "non-2xx answers: $bare_bad $page_bad $api_bad" >&2; exit 1; }

echo "| route | requests/s | p50 | p99 |"
echo "|---|---|---|---|"
echo "| bare axum route (/bench/bare) | $bare_rps | $bare_p50 | $bare_p99 |"
echo "| search page, $in_db places, $found found within 10 km | $page_rps | $page_p50 | $page_p99 |"
echo "| search API, first 20 of $found | $api_rps | $api_p50 | $api_p99 |"
echo
awk -v p="$page_rps" -v a="$api_rps" -v b="$bare_rps" \
  'BEGIN { printf "page / bare throughput: %.3f; API / bare: %.3f\n", p / b, a / b }'
echo "(wrk -t2 -c$connections -d${seconds}s, $(nproc) cores)"
