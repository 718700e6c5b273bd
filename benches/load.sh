#!/usr/bin/env bash
# Load benchmark on loopback: the front page against a bare axum route in the same binary
# and the same run, so the ratio holds on a noisy machine. Needs wrk (apt-get install wrk).
# Usage: benches/load.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
connections="${2:-64}"
source benches/load-common.sh

wrk -t2 -c"$connections" -d2s "$base/" >/dev/null # warm-up
read -r bare_rps bare_p50 bare_p99 _ < <(run /bench/bare)
read -r front_rps front_p50 front_p99 _ < <(run /)
ratio=$(awk -v f="$front_rps" -v b="$bare_rps" 'BEGIN { printf "%.2f", f / b }')

echo "| route | requests/s | p50 | p99 |"
echo "|---|---|---|---|"
echo "| bare axum route (/bench/bare) | $bare_rps | $bare_p50 | $bare_p99 |"
echo "| front page (/) | $front_rps | $front_p50 | $front_p99 |"
echo
echo "front page / bare route throughput: $ratio (wrk -t2 -c$connections -d${seconds}s, $(nproc) cores)"
