#!/usr/bin/env bash
# Load benchmark on loopback: the inbox (GET /post) of a demo citizen with 10,000 letters,
# against a bare axum route in the same binary and the same run, so the ratio holds on a
# noisy machine. Needs wrk and sqlite3 (apt-get install -y wrk sqlite3).
# Usage: benches/inbox-load.sh [seconds] [connections] [letters]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
connections="${2:-32}"
letters="${3:-10000}"
persona="Mette Hansen"
for tool in wrk sqlite3 curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y $tool" >&2; exit 1; }
done

cargo build --release -q -p borgerbro
binary="$(realpath "${CARGO_TARGET_DIR:-target}")/release/borgerbro"

# The first free port from 18081: something answering there is not ours to load.
port=18081
while (: <"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
base="http://127.0.0.1:$port"

work="$(mktemp -d)"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
(cd "$work" && exec "$binary" demo --addr "127.0.0.1:$port" --with-bare-route >server.log 2>&1) &
server=$!
for _ in $(seq 1 100); do curl -fs "$base/healthz" >/dev/null && break; sleep 0.2; done
curl -fs "$base/healthz" >/dev/null || { echo "the server did not start:" >&2; cat "$work/server.log" >&2; exit 1; }

# The demo data is loaded before the server answers; the letters go in beside it, in one
# transaction (the server's pool waits on SQLite's lock meanwhile). Sent four hours apart
# over four and a half years, newest first as the inbox lists them; a Markdown body of
# about 700 characters, as a decision letter has; nine in ten opened, one in ten with a
# deadline. No escalation time, so the server's sweep leaves them alone during the load.
db="$work/borgerbro-demo.db"
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

run() { # path -> "requests/s p50 p99 non-2xx"
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Cookie: $cookies" "$base$1" | awk '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 }
    /^ +99%/ { p99 = $2 }
    /Non-2xx/ { bad = $NF }
    END { print rps, p50, p99, bad + 0 }'
}

wrk -t2 -c"$connections" -d2s -H "Cookie: $cookies" "$base/post" >/dev/null # warm-up
read -r bare_rps bare_p50 bare_p99 bare_bad < <(run /bench/bare)
read -r inbox_rps inbox_p50 inbox_p99 inbox_bad < <(run /post)
[ "$bare_bad" = 0 ] && [ "$inbox_bad" = 0 ] || { echo "non-2xx answers: bare $bare_bad, inbox $inbox_bad" >&2; exit 1; }
ratio=$(awk -v i="$inbox_rps" -v b="$bare_rps" 'BEGIN { printf "%.3f", i / b }')

echo "| route | requests/s | p50 | p99 |"
echo "|---|---|---|---|"
echo "| bare axum route (/bench/bare) | $bare_rps | $bare_p50 | $bare_p99 |"
echo "| inbox (/post), $in_db letters, $shown shown | $inbox_rps | $inbox_p50 | $inbox_p99 |"
echo
echo "inbox / bare route throughput: $ratio (wrk -t2 -c$connections -d${seconds}s, $(nproc) cores)"
echo "inbox page: $shown of $in_db letters shown, $page_bytes bytes; one request alone: $single_ms ms (median of 21)"
