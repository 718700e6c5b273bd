#!/usr/bin/env bash
# typeset's `letters` bench at earlier commits and at the working tree, run in turns on
# the same machine at the same time, so their ratio holds even when the machine is
# shared and its speed drifts.
#
# Run from anywhere in the repo:
#   benches/typeset-before-after.sh COMMIT...     e.g. 94346a6 86d534a
#
# 1. builds `cargo bench -p typeset --bench letters` (release) for each COMMIT, in a
#    temporary git worktree, and for the working tree as it is (uncommitted changes
#    too). A commit from before the bench existed gets the working tree's
#    crates/typeset/benches/letters.rs and its [[bench]] entry: it uses only Layout,
#    Run, mm, BODY_SIZE and write_pdf_in, which were there before the fonts;
# 2. runs the builds one after another, ROUNDS times round, each setting LETTERS
#    letters on one core;
# 3. prints each run, then a Markdown table of each build's bytes per letter and its
#    median ms per letter and letters per second.
#
# Each commit builds in a target directory of its own, CARGO_TARGET_DIR/before-after/
# COMMIT, kept for the next run: cargo knows a workspace's crates by their path in it
# and their files' times, so a commit's freshly checked out files, sharing a target
# directory with the working tree, would pass for the working tree's newer build.
#
# Environment: LETTERS (default 2000), ROUNDS (default 3), CARGO_TARGET_DIR (default
# target), CARGO_BUILD_JOBS (default 1: the machines are small and shared).
set -euo pipefail

LETTERS="${LETTERS:-2000}"
ROUNDS="${ROUNDS:-3}"
[[ $# -ge 1 ]] || { echo "usage: $0 COMMIT..." >&2; exit 2; }

cd "$(git rev-parse --show-toplevel)"
root="$(pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-1}"
work="$(mktemp -d)"
trees=()
cleanup() {
    for tree in "${trees[@]}"; do
        git worktree remove --force "$tree" || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

# Builds the bench in $1 with target directory $3 and copies its binary to $work/$2.
build() {
    local tree="$1" name="$2" target="$3" executable
    echo "== building the letters bench: $name" >&2
    executable="$(cd "$tree" && CARGO_TARGET_DIR="$target" cargo bench --quiet -p typeset \
        --bench letters --no-run --message-format=json | sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -1)"
    [[ -x "$executable" ]] || { echo "no bench binary for $name" >&2; exit 1; }
    cp "$executable" "$work/$name"
}

names=()
for commit in "$@"; do
    name="$(git rev-parse --short "$commit")"
    tree="$work/tree-$name"
    git worktree add --quiet --detach "$tree" "$commit"
    trees+=("$tree")
    if [[ ! -f "$tree/crates/typeset/benches/letters.rs" ]]; then
        mkdir -p "$tree/crates/typeset/benches"
        cp crates/typeset/benches/letters.rs "$tree/crates/typeset/benches/"
        printf '\n[[bench]]\nname = "letters"\nharness = false\n' \
            >>"$tree/crates/typeset/Cargo.toml"
    fi
    build "$tree" "$name" "$CARGO_TARGET_DIR/before-after/$name"
    names+=("$name")
done
current="$(git rev-parse --short HEAD)"
[[ -z "$(git status --porcelain)" ]] || current="$current+changes"
build "$root" "$current" "$CARGO_TARGET_DIR"
names+=("$current")

# Each run's output is two lines: "one letter: N bytes" and
# "L letters: S s, M ms a letter, R letters/s".
for round in $(seq "$ROUNDS"); do
    for name in "${names[@]}"; do
        "$work/$name" --letters "$LETTERS" >"$work/$name.$round"
        echo "round $round, $name: $(tail -1 "$work/$name.$round")" >&2
    done
done

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo
echo "$(date -u +%F), $LETTERS letters a run, median of $ROUNDS runs each, taken in turns:"
echo
echo "| build | bytes per letter | ms per letter | letters per second |"
echo "|---|---:|---:|---:|"
for name in "${names[@]}"; do
    bytes="$(awk '/^one letter:/ { print $3 }' "$work/$name.1")"
    ms="$(cat "$work/$name".* | awk '/letters:/ { print $5 }' | median)"
    rate="$(cat "$work/$name".* | awk '/letters:/ { print $9 }' | median)"
    echo "| $name | $bytes | $ms | $rate |"
done
