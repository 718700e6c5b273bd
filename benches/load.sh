#!/usr/bin/env bash
# Load benchmark on loopback: the front page against a bare axum route in the same binary
# and the same run, so the ratio holds on a noisy machine. Needs wrk (apt-get install wrk).
# Usage: benches/load.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
connections="${2:-64}"
port=18080
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

cargo build --release -q -p borgerbro
work="$(mktemp -d)"
(cd "$work" && exec "$OLDPWD/target/release/borgerbro" demo --addr "127.0.0.1:$port" --with-bare-route >/dev/null 2>&1) &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done

run() { # path -> "requests/s p50 p99"
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port$1" | awk '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 }
    /^ +99%/ { p99 = $2 }
    END { print rps, p50, p99 }'
}

wrk -t2 -c"$connections" -d2s "http://127.0.0.1:$port/" >/dev/null # warm-up
read -r bare_rps bare_p50 bare_p99 < <(run /bench/bare)
read -r front_rps front_p50 front_p99 < <(run /)
ratio=$(awk -v f="$front_rps" -v b="$bare_rps" 'BEGIN { printf "%.2f", f / b }')

echo "| route | requests/s | p50 | p99 |"
echo "|---|---|---|---|"
echo "| bare axum route (/bench/bare) | $bare_rps | $bare_p50 | $bare_p99 |"
echo "| front page (/) | $front_rps | $front_p50 | $front_p99 |"
echo
echo "front page / bare route throughput: $ratio (wrk -t2 -c$connections -d${seconds}s, $(nproc) cores)"
