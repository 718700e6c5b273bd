#!/usr/bin/env bash
# klarsprog vs textstat: LIX on ~10 MB of Danish prose, best of 3 each.
#
# Run from the repo root:  benches/klarsprog-vs-textstat.sh
#
# 1. builds crates/klarsprog/examples/bench_file.rs (release),
# 2. makes a venv in target/bench-venv and installs textstat (pinned),
# 3. generates target/bench-data/danish-10mb.txt with benches/gen_danish_prose.py
#    (deterministic),
# 4. times textstat.lix(text) (language "da"), klarsprog's LixCounter (LIX alone, the
#    same job) and klarsprog::analyse(text, Format::Text) (LIX and every finding),
#    each best of 3; reading the file is not timed,
# 5. prints a Markdown table.
#
# textstat caches results per text string (functools.lru_cache), so each of
# its three runs is a fresh Python process; otherwise runs 2 and 3 would only
# be cache look-ups.
#
# Environment: BENCH_MB (default 10), CARGO_TARGET_DIR (default target),
# CARGO_BUILD_JOBS (default 1: the machines are small and shared).
set -euo pipefail

TEXTSTAT_VERSION=0.7.13
MB="${BENCH_MB:-10}"

cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$(pwd)"
target_dir="${CARGO_TARGET_DIR:-$root/target}"
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-1}"
venv="$root/target/bench-venv"
data_dir="$root/target/bench-data"
text_file="$data_dir/danish-${MB}mb.txt"

echo "== building klarsprog bench_file (release)" >&2
cargo build --quiet --release -p klarsprog --example bench_file
bench_bin="$target_dir/release/examples/bench_file"
[[ -x "$bench_bin" ]] || { echo "missing $bench_bin" >&2; exit 1; }

echo "== python venv with textstat==$TEXTSTAT_VERSION in target/bench-venv" >&2
if [[ ! -x "$venv/bin/python" ]]; then
    python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import textstat, sys; sys.exit(textstat.__version__ != tuple(map(int, '$TEXTSTAT_VERSION'.split('.'))))" 2>/dev/null; then
    "$venv/bin/pip" install --quiet --disable-pip-version-check "textstat==$TEXTSTAT_VERSION"
fi

echo "== generating $MB MB of Danish prose" >&2
mkdir -p "$data_dir"
python3 "$root/benches/gen_danish_prose.py" "$text_file" "$MB"
bytes=$(wc -c < "$text_file")

echo "== timing textstat.lix (3 fresh processes)" >&2
ts_best=""
ts_lix=""
for _ in 1 2 3; do
    out=$("$venv/bin/python" - "$text_file" <<'PY'
import sys, time
import textstat
if hasattr(textstat, "set_lang"):
    textstat.set_lang("da")
with open(sys.argv[1], encoding="utf-8") as f:
    text = f.read()
t = time.perf_counter()
lix = textstat.lix(text)
print(f"{time.perf_counter() - t:.6f} {lix:.4f}")
PY
)
    secs=${out% *}
    ts_lix=${out#* }
    if [[ -z "$ts_best" ]] || awk -v a="$secs" -v b="$ts_best" 'BEGIN { exit !(a < b) }'; then
        ts_best=$secs
    fi
done

echo "== timing klarsprog::analyse (best of 3 in one process)" >&2
ks_out=$("$bench_bin" "$text_file")
kv() { sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" <<<"$ks_out"; }
ks_best=$(kv seconds)
ks_lix_only=$(kv lix_only_seconds)
ks_lix=$(kv lix)

awk -v bytes="$bytes" -v ts="$ts_best" -v tl="$ts_lix" -v ks="$ks_best" -v kl="$ks_lix" -v ko="$ks_lix_only" \
    -v tv="$TEXTSTAT_VERSION" -v words="$(kv words)" -v sents="$(kv sentences)" -v longw="$(kv long_words)" '
BEGIN {
    mb = bytes / 1e6
    printf "Input: %.2f MB (%d bytes) of generated Danish prose; best of 3 runs each.\n\n", mb, bytes
    printf "| tool | seconds | MB/s | LIX |\n"
    printf "| --- | ---: | ---: | ---: |\n"
    printf "| textstat %s `textstat.lix` (lang da) | %.3f | %.2f | %.2f |\n", tv, ts, mb / ts, tl
    printf "| klarsprog `LixCounter` (LIX alone, as textstat.lix) | %.3f | %.2f | %.2f |\n", ko, mb / ko, kl
    printf "| klarsprog `analyse(Format::Text)` (LIX and every finding) | %.3f | %.2f | %.2f |\n", ks, mb / ks, kl
    printf "\nRatio, LIX alone (LixCounter / textstat.lix): %.1fx\n", ts / ko
    printf "Ratio, full check (analyse / textstat.lix): %.1fx\n", ts / ks
    printf "\nklarsprog counts: %s words, %s sentences, %s long words.\n", words, sents, longw
}'
