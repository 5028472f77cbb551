// Writes a Word document whose section (一、), goal (（一）) and item (1.) labels are Word automatic
// numbering (numbering.xml), not typed text, from a CivicPlan sample in Markdown. Run by
// make-test-documents.sh with the npm package docx (https://docx.js.org).
//
// usage: node numbered.mjs IN.md OUT.docx
//   "## 一、title"   -> a Heading 2..4 paragraph (as the Markdown level) numbered chineseCounting "%1、"
//   "### （一）title" -> a Heading 3 paragraph numbered chineseCounting "（%1）" (level 1 of the list)
//   "1. text"        -> a paragraph numbered decimal "%1." (level 2), restarting under each goal
//   **bold**         -> bold runs; everything else a plain paragraph
import fs from "node:fs";
import { Document, Packer, Paragraph, TextRun, HeadingLevel, LevelFormat, AlignmentType } from "docx";

const [, , input, output] = process.argv;
const md = fs.readFileSync(input, "utf8").split("\n");
const HEADINGS = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

function runs(text) {
  const out = [];
  const re = /\*\*(.+?)\*\*/g;
  let last = 0, m;
  while ((m = re.exec(text)) !== null) {
    if (m.index > last) out.push(new TextRun(text.slice(last, m.index)));
    out.push(new TextRun({ text: m[1], bold: true }));
    last = re.lastIndex;
  }
  if (last < text.length) out.push(new TextRun(text.slice(last)));
  return out;
}

const children = [];
let para = [];
function flush() {
  if (para.length) children.push(new Paragraph({ children: runs(para.join("")) }));
  para = [];
}
const SECTION = /^[一二三四五六七八九十]+、\s*/;
const GOAL = /^（[一二三四五六七八九十]+）\s*/;
const ITEM = /^\d+\.\s+/;
for (const line of md) {
  const h = /^(#{1,6})\s+(.*)$/.exec(line);
  if (h) {
    flush();
    let text = h[2];
    const bold = /^\*\*(.*)\*\*$/.exec(text);
    const inner = bold ? bold[1] : text;
    let numbering;
    let rest = inner;
    if (SECTION.test(inner)) { numbering = { reference: "plan", level: 0 }; rest = inner.replace(SECTION, ""); }
    else if (GOAL.test(inner)) { numbering = { reference: "plan", level: 1 }; rest = inner.replace(GOAL, ""); }
    const heading = HEADINGS[h[1].length];
    const r = bold ? [new TextRun({ text: rest, bold: true })] : runs(rest);
    children.push(new Paragraph({ heading, numbering, children: r }));
  } else if (ITEM.test(line)) {
    flush();
    children.push(new Paragraph({ numbering: { reference: "plan", level: 2 }, children: runs(line.replace(ITEM, "")) }));
  } else if (line.trim() === "") {
    flush();
  } else {
    para.push(line.trim());
  }
}
flush();

const doc = new Document({
  creator: "CivicPlan tests",
  numbering: {
    config: [{
      reference: "plan",
      levels: [
        { level: 0, format: LevelFormat.CHINESE_COUNTING, text: "%1、", alignment: AlignmentType.LEFT },
        { level: 1, format: LevelFormat.CHINESE_COUNTING, text: "（%2）", alignment: AlignmentType.LEFT },
        { level: 2, format: LevelFormat.DECIMAL, text: "%3.", alignment: AlignmentType.LEFT },
      ],
    }],
  },
  sections: [{ children }],
});
fs.writeFileSync(output, await Packer.toBuffer(doc));
