# Shared by the load benchmarks: build the release binary, start `borgerbro demo` on a free
# loopback port with the bare route beside it, and measure a route with wrk.
# Source it after setting `seconds`, `connections` and, when the script writes to the
# database, `needs_sqlite3=1`; it sets `binary`, `base`, `work` and `db` (the demo's
# SQLite file), and stops the server on exit.

for tool in wrk curl ${needs_sqlite3:+sqlite3}; do
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
db="$work/borgerbro-demo.db"

run() { # path [curl-style header] -> "requests/s p50 p99 non-2xx"
  local header=()
  [ $# -gt 1 ] && header=(-H "$2")
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "${header[@]}" "$base$1" | awk '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 }
    /^ +99%/ { p99 = $2 }
    /Non-2xx/ { bad = $NF }
    END { print rps, p50, p99, bad + 0 }'
}
