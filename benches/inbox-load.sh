#!/usr/bin/env bash
# Load benchmark on loopback: the inbox (GET /post) of a demo citizen with 10,000 letters,
# against a bare axum route in the same binary and the same run, so the ratio holds on a
# noisy machine. Needs wrk and sqlite3 (apt-get install -y wrk sqlite3).
# Besides the first page it loads the unread letters alone and a page deep in the inbox
# (older than the letter half way down, by its cursor), which should cost the same.
# Usage: benches/inbox-load.sh [seconds] [connections] [letters]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
connections="${2:-32}"
letters="${3:-10000}"
persona="Mette Hansen"
needs_sqlite3=1
source benches/load-common.sh

# The demo data is loaded before the server answers; the letters go in beside it, in one
# transaction (the server's pool waits on SQLite's lock meanwhile). Sent four hours apart
# over four and a half years, newest first as the inbox lists them; a Markdown body of
# about 700 characters, as a decision letter has; nine in ten opened, one in ten with a
# deadline. No escalation time, so the server's sweep leaves them alone during the load.
person_id="$(sqlite3 "$db" "SELECT id FROM persons WHERE name = '$persona'")"
[ -n "$person_id" ] || { echo "no demo persona $persona" >&2; exit 1; }
sqlite3 "$db" <<SQL
.timeout 10000
BEGIN;
INSERT INTO messages (id, recipient_id, sender, sender_name, area, subject, body, summary,
    channel, created_at, sent_at, deadline_original, deadline_current, opened_at, opened_by)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $letters),
letter(i, sent) AS (
    SELECT i, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) - i * 14400000 FROM n)
SELECT printf('01900000-0000-7000-a000-%012d', i), '$person_id', 'system',
    CASE i % 3 WHEN 0 THEN 'Ydelsesservice' WHEN 1 THEN 'Borgerservice' ELSE 'Jobcenter Aarhus' END,
    CASE i % 3 WHEN 0 THEN 'housing' WHEN 1 THEN 'general' ELSE 'employment' END,
    'Afgørelse om din sag nr. ' || i,
    '# Afgørelse

Du har søgt om hjælp, og vi har nu behandlet din ansøgning. Du får **ja** til det, du har
søgt om, fra den 1. i næste måned.

## Sådan har vi regnet

- Vi har brugt de oplysninger om din indkomst, vi har fra Skattestyrelsen.
- Vi har brugt de oplysninger om din bolig, du selv har givet os.
- Beløbet bliver reguleret hvert år i januar.

Hvis dine forhold ændrer sig, skal du give os besked hurtigst muligt. Du kan klage over
afgørelsen inden fire uger. Læs mere om, hvordan du klager, på borger.dk.',
    CASE WHEN i % 2 = 0 THEN 'Du får ja. Giv os besked, hvis noget ændrer sig.' END,
    'digital', sent, sent,
    CASE WHEN i % 10 = 0 THEN date(sent / 1000, 'unixepoch', '+30 days') END,
    CASE WHEN i % 10 = 0 THEN date(sent / 1000, 'unixepoch', '+30 days') END,
    CASE WHEN i % 10 <> 1 THEN sent + 3600000 END,
    CASE WHEN i % 10 <> 1 THEN 'person:$person_id' END
FROM letter;
COMMIT;
SQL
in_db="$(sqlite3 "$db" "SELECT COUNT(*) FROM messages WHERE recipient_id = '$person_id'")"

# Log in as a browser does: the login page's CSRF token, then the demo login form.
jar="$work/cookies.txt"
token="$(curl -fs -c "$jar" -b "$jar" "$base/log-ind" | grep -o 'name="csrf_token" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')"
status="$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' \
  --data-urlencode "person_id=$person_id" --data-urlencode "csrf_token=$token" "$base/log-ind/demo")"
[ "$status" = 303 ] || { echo "demo login answered $status" >&2; exit 1; }
# Every cookie of the jar, as the browser sends them: the session and the CSRF cookie.
cookies="$(awk -F'\t' 'NF == 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar")"
case "$cookies" in *bb_session=*) ;; *) echo "no session cookie after login" >&2; exit 1 ;; esac

page="$work/inbox.html"
status="$(curl -s -o "$page" -w '%{http_code}' -H "Cookie: $cookies" "$base/post")"
[ "$status" = 200 ] || { echo "GET /post answered $status" >&2; exit 1; }
shown="$(grep -o 'class="bb-letter' "$page" | wc -l)"
page_bytes="$(wc -c <"$page")"
# One request at a time, before any load: what a request costs without queueing.
single_ms="$(for _ in $(seq 1 21); do curl -s -o /dev/null -w '%{time_total}\n' -H "Cookie: $cookies" "$base/post"; done |
  sort -n | awk '{ t[NR] = $1 } END { printf "%.1f", t[int((NR + 1) / 2)] * 1000 }')"

wrk -t2 -c"$connections" -d2s -H "Cookie: $cookies" "$base/post" >/dev/null # warm-up
middle="$(sqlite3 "$db" "SELECT sent_at || '_' || id FROM messages WHERE id = printf('01900000-0000-7000-a000-%012d', $letters / 2)")"
read -r bare_rps bare_p50 bare_p99 bare_bad < <(run /bench/bare)
read -r inbox_rps inbox_p50 inbox_p99 inbox_bad < <(run /post "Cookie: $cookies")
read -r unread_rps unread_p50 unread_p99 unread_bad < <(run "/post?ulaeste=1" "Cookie: $cookies")
read -r deep_rps deep_p50 deep_p99 deep_bad < <(run "/post?efter=$middle" "Cookie: $cookies")
bad=$((bare_bad + inbox_bad + unread_bad + deep_bad))
[ "$bad" = 0 ] || { echo "non-2xx answers: $bad" >&2; exit 1; }
ratio=$(awk -v i="$inbox_rps" -v b="$bare_rps" 'BEGIN { printf "%.3f", i / b }')

echo "| route | requests/s | p50 | p99 |"
echo "|---|---|---|---|"
echo "| bare axum route (/bench/bare) | $bare_rps | $bare_p50 | $bare_p99 |"
echo "| inbox (/post), $in_db letters, $shown shown | $inbox_rps | $inbox_p50 | $inbox_p99 |"
echo "| unread only (/post?ulaeste=1) | $unread_rps | $unread_p50 | $unread_p99 |"
echo "| half way down (/post?efter=...) | $deep_rps | $deep_p50 | $deep_p99 |"
echo
echo "inbox / bare route throughput: $ratio (wrk -t2 -c$connections -d${seconds}s, $(nproc) cores)"
echo "inbox page: $shown of $in_db letters shown, $page_bytes bytes; one request alone: $single_ms ms (median of 21)"
