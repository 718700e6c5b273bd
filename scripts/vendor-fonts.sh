#!/usr/bin/env bash
# Vendors the fonts `typeset` embeds in its PDFs under crates/typeset/fonts: Noto Sans
# (Latin, Cyrillic, Greek) and Noto Sans Arabic, regular and bold, as static TrueType
# files from the npm packages `@expo-google-fonts/noto-sans` and
# `@expo-google-fonts/noto-sans-arabic` (Google Fonts' builds), with their SIL Open Font
# License texts. Rerun it to upgrade: `scripts/vendor-fonts.sh 0.4.2 0.4.3`. Needs node
# and npm; nothing else reads the network, and `typeset` reads the files at compile time.
set -euo pipefail
sans="${1:-0.4.2}"
arabic="${2:-0.4.3}"
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/crates/typeset/fonts"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund \
  "@expo-google-fonts/noto-sans@$sans" "@expo-google-fonts/noto-sans-arabic@$arabic" >/dev/null)
src="$work/node_modules/@expo-google-fonts"

rm -rf "$dest"
mkdir -p "$dest"
cp "$src/noto-sans/400Regular/NotoSans_400Regular.ttf" "$dest/NotoSans-Regular.ttf"
cp "$src/noto-sans/700Bold/NotoSans_700Bold.ttf" "$dest/NotoSans-Bold.ttf"
cp "$src/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf" "$dest/NotoSansArabic-Regular.ttf"
cp "$src/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf" "$dest/NotoSansArabic-Bold.ttf"
# The two licences differ in their copyright line, so each family keeps its own.
cp "$src/noto-sans/LICENSE_FONT" "$dest/OFL-NotoSans.txt"
cp "$src/noto-sans-arabic/LICENSE_FONT" "$dest/OFL-NotoSansArabic.txt"
font_version() { node -p "require('$src/$1/metadata.json').version"; }
cat > "$dest/VERSION" <<NOTE
Noto Sans $(font_version noto-sans) (npm @expo-google-fonts/noto-sans@$sans)
Noto Sans Arabic $(font_version noto-sans-arabic) (npm @expo-google-fonts/noto-sans-arabic@$arabic)
Both SIL Open Font License 1.1; vendored by scripts/vendor-fonts.sh.
NOTE
echo "Vendored Noto Sans and Noto Sans Arabic into $dest"
