#!/usr/bin/env bash
# Makes the Ge'ez web font that pages in Tigrinya (and the «ትግርኛ» in every language list) use
# where the device has none: Noto Sans Ethiopic (SIL Open Font License 1.1, see
# server/assets/fonts/OFL.txt) from Debian's fonts-noto-core, cut to the Ethiopic block
# (U+1200–137F) without hinting, as WOFF2. Run by hand when the font should change; the output
# is committed, so neither the build nor the tests need fonttools.
set -euo pipefail
cd "$(dirname "$0")/.."
src=/usr/share/fonts/truetype/noto
out=server/assets/fonts
command -v pyftsubset >/dev/null || pip install fonttools brotli
for weight in Regular Bold; do
  pyftsubset "$src/NotoSansEthiopic-$weight.ttf" --unicodes="U+1200-137F" \
    --flavor=woff2 --no-hinting --desubroutinize \
    --output-file="$out/noto-sans-ethiopic-${weight,,}.woff2"
done
ls -l "$out"
