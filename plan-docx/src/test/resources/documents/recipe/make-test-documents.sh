#!/bin/sh
# Makes the committed test documents of plan-docx, plan-html and plan-pdf from the CivicPlan
# samples with real producers, so CI needs none of these tools:
#   LibreOffice 7+ (apt-get install libreoffice-writer-nogui fonts-noto-cjk): .docx, .doc, .pdf
#   Node 18+ with the npm package docx 9 (npm install docx@9; DOCX_NODE_MODULES=its node_modules):
#   .docx with Word automatic numbering, and with heading styles alone
#   Python 3 (md2html.py here): the HTML LibreOffice converts, and the government-style web pages
# Run from the repository root: sh plan-docx/src/test/resources/documents/recipe/make-test-documents.sh
set -eu
R=plan-docx/src/test/resources/documents/recipe
DOCX=plan-docx/src/test/resources/documents
HTML=plan-html/src/test/resources/documents
PDF=plan-pdf/src/test/resources/documents
SAMPLE=examples/jiangsu-road-2024.md
SAMPLES=plan-io/src/test/resources/samples
T=$(mktemp -d)
mkdir -p "$DOCX" "$HTML" "$PDF"

# Word with typed labels (一、 一是), headings ## ### #### as Heading 2/3/4, bold lead-ins
python3 $R/md2html.py plain $SAMPLE $T/jiangsu-road-2024.html
python3 $R/md2html.py plain $SAMPLES/task-table.md $T/task-table.html
python3 $R/md2html.py pdf $SAMPLE $T/jiangsu-road-2024-pdf.html
for f in jiangsu-road-2024 task-table; do
  soffice --headless --convert-to docx:"MS Word 2007 XML" --outdir $T $T/$f.html >/dev/null
  cp $T/$f.docx $DOCX/$f.docx
done
# Word 97-2003 from the .docx
soffice --headless --convert-to doc:"MS Word 97" --outdir $T $T/jiangsu-road-2024.docx >/dev/null
cp $T/jiangsu-road-2024.doc $DOCX/
# Word automatic numbering (chineseCounting %1、 and （%2）, decimal %3.) written by docx.js
# (ES modules ignore NODE_PATH: the script runs beside a link to the node_modules holding docx)
ln -s "${DOCX_NODE_MODULES:-$(npm root)}" $T/node_modules
cp $R/numbered.mjs $T/
node $T/numbered.mjs $SAMPLE $DOCX/jiangsu-road-2024-numbered.docx
node $T/numbered.mjs $SAMPLES/parenthesized-levels.md $DOCX/parenthesized-levels-numbered.docx
# Numbering formats and patterns (chineseCountingThousand, ideographTraditional,
# decimalEnclosedCircle, （%2）, %1.%2, legal, a restarted instance), and headings by style alone
cp $R/numbering-formats.mjs $R/headings.mjs $T/
node $T/numbering-formats.mjs $DOCX/numbering-formats.docx
node $T/headings.mjs $DOCX/heading-styles.md $DOCX/heading-styles-zh.docx zh
node $T/headings.mjs $DOCX/heading-styles.md $DOCX/heading-styles-en.docx en
# Red issuing headers of a joint document (联合发文): stacked 文件 lines, and names beside one 文件
cp $R/red-header.mjs $T/
node $T/red-header.mjs $DOCX/red-header-stacked.docx stacked
node $T/red-header.mjs $DOCX/red-header-brace.docx brace
# PDF: the brace form of the joint header, as LibreOffice prints the docx.js document
soffice --headless --convert-to pdf --outdir $T $DOCX/red-header-brace.docx >/dev/null
cp $T/red-header-brace.pdf $PDF/red-header-brace.pdf
# Word 97-2003 with automatic numbering: LibreOffice saves the docx.js documents as .doc
for f in jiangsu-road-2024-numbered numbering-formats; do
  soffice --headless --convert-to doc:"MS Word 97" --outdir $T $DOCX/$f.docx >/dev/null
  cp $T/$f.doc $DOCX/
done

# PDF: the sample with a red issuing header (文件头, 文号) and a "- n -" page-number footer
soffice --headless --convert-to docx:"MS Word 2007 XML" --outdir $T $T/jiangsu-road-2024-pdf.html >/dev/null
soffice --headless --convert-to pdf --outdir $T $T/jiangsu-road-2024-pdf.docx >/dev/null
cp $T/jiangsu-road-2024-pdf.pdf $PDF/jiangsu-road-2024.pdf
soffice --headless --convert-to pdf --outdir $T $T/task-table.docx >/dev/null
cp $T/task-table.pdf $PDF/task-table.pdf
# PDF: the sample with its header in two columns (the organ's 文件 line left, the 文号 right)
python3 $R/md2html.py pdf-columns $SAMPLE $T/jiangsu-road-2024-columns.html
soffice --headless --convert-to docx:"MS Word 2007 XML" --outdir $T $T/jiangsu-road-2024-columns.html >/dev/null
soffice --headless --convert-to pdf --outdir $T $T/jiangsu-road-2024-columns.docx >/dev/null
cp $T/jiangsu-road-2024-columns.pdf $PDF/jiangsu-road-2024-columns.pdf
# PDF: a long ruled task table that runs over three pages (a row cut by a page break), without
# and with its header row repeated on each page, and printed without ruling lines (borderless)
python3 $R/md2html.py ruled $PDF/long-task-table.md $T/long-task-table.html
python3 $R/md2html.py repeat-header $PDF/long-task-table.md $T/long-task-table-repeated-header.html
python3 $R/md2html.py borderless $PDF/long-task-table.md $T/long-task-table-borderless.html
for f in long-task-table long-task-table-repeated-header long-task-table-borderless; do
  soffice --headless --convert-to docx:"MS Word 2007 XML" --outdir $T $T/$f.html >/dev/null
  soffice --headless --convert-to pdf --outdir $T $T/$f.docx >/dev/null
  cp $T/$f.pdf $PDF/$f.pdf
done

# Web pages: the sample as a district site publishes it, in GBK; the task table in UTF-8
python3 $R/md2html.py page $SAMPLE $HTML/jiangsu-road-2024-gbk.html gbk
python3 $R/md2html.py page $SAMPLES/task-table.md $HTML/task-table.html utf-8
python3 $R/md2html.py page $SAMPLES/parenthesized-levels.md $HTML/parenthesized-levels.html gb18030
rm -rf $T
