#!/usr/bin/env bash
# Vendors Det Fælles Designsystem (npm package `dkfds`) under crates/borgerbro/static/dkfds:
# the built CSS, the fonts (woff2 and woff only), the icons and the license. Rerun it to
# upgrade: `scripts/vendor-dkfds.sh 11.2.0`. Needs node and npm; nothing else reads the network.
set -euo pipefail
version="${1:-11.2.0}"
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/crates/borgerbro/static/dkfds"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund "dkfds@$version" >/dev/null)
src="$work/node_modules/dkfds/dist"

rm -rf "$dest"
mkdir -p "$dest/css" "$dest/fonts/IBMPlexSans/complete" "$dest/img"
# The CSS refers to ../fonts and ../img, so the three folders stay side by side.
cp "$src/css/dkfds.min.css" "$dest/css/"
cp -r "$src/fonts/IBMPlexSans/complete/woff" "$src/fonts/IBMPlexSans/complete/woff2" "$dest/fonts/IBMPlexSans/complete/"
cp -r "$src/img/svg-icons" "$src/img/all-svg-icons.svg" "$src"/img/logo-*placeholder.png "$dest/img/"
cp "$work/node_modules/dkfds/LICENSE.md" "$dest/LICENSE.md"
# The icons are Apache 2.0; the package names the license but does not carry its text.
cp /usr/share/common-licenses/Apache-2.0 "$dest/img/LICENSE-Apache-2.0.txt"
echo "$version" > "$dest/VERSION"
echo "Vendored dkfds $version into $dest"
