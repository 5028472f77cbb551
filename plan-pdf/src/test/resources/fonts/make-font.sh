#!/bin/sh
# Makes wqy-microhei-subset.ttf: WenQuanYi Micro Hei (Apache-2.0, Debian fonts-wqy-microhei)
# cut down with fontTools (Debian python3-fonttools) to the characters the generated test
# documents and the PDF benchmark set: printable ASCII, CJK punctuation, full-width forms,
# general punctuation U+2010-2027 and every other character in the repository's Java and
# Markdown sources (the generators' phrase pools among them), listed in subset-characters.txt.
#   apt-get install fonts-wqy-microhei python3-fonttools
# Run from the repository root: sh plan-pdf/src/test/resources/fonts/make-font.sh
# (rerun when a generator gains characters: GeneratedPdf then fails with "No glyph for U+...").
set -eu
D=plan-pdf/src/test/resources/fonts
/usr/bin/python3 - "$D/subset-characters.txt" <<'PY'
import glob, sys
chars = {chr(c) for c in list(range(0x20, 0x7F)) + list(range(0x3000, 0x3040))
         + list(range(0xFF01, 0xFF5F)) + list(range(0x2010, 0x2028))}
for f in glob.glob("**/*.java", recursive=True) + glob.glob("**/*.md", recursive=True):
    if "/target/" not in f:
        chars.update(c for c in open(f, encoding="utf-8").read() if ord(c) > 0x7E)
open(sys.argv[1], "w", encoding="utf-8").write("".join(sorted(chars)))
PY
/usr/bin/python3 -m fontTools.subset /usr/share/fonts/truetype/wqy/wqy-microhei.ttc --font-number=0 \
  --text-file="$D/subset-characters.txt" --output-file="$D/wqy-microhei-subset.ttf" \
  --no-hinting --desubroutinize --name-IDs='*' --layout-features='' 2>/dev/null
