// Writes a Word document whose sections, goals and sub-goals are Word heading styles with no
// typed or automatic labels, from a Markdown file ("#" the title, "##" 标题 1, "###" 标题 2,
// "####" 标题 3). Run by make-test-documents.sh with the npm package docx 9 (https://docx.js.org).
//
// usage: node headings.mjs IN.md OUT.docx zh|en
//   zh: the styles as a Chinese Word names them: ids "1", "2", "3" named 标题 1, 标题 2, 标题 3
//       (no outline level, so only the name tells), the title style id "a3"
//   en: docx.js's own heading styles, ids Title, Heading1, Heading2, Heading3
import fs from "node:fs";
import { Document, Packer, Paragraph, TextRun, HeadingLevel } from "docx";

const [, , input, output, variant] = process.argv;
const md = fs.readFileSync(input, "utf8").split("\n");
const zh = variant === "zh";
const ZH_STYLES = ["a3", "1", "2", "3"];
const EN_LEVELS = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];

const children = [];
for (const line of md) {
  const h = /^(#{1,4})\s+(.*)$/.exec(line);
  if (h) {
    const depth = h[1].length - 1;
    const runs = [new TextRun(h[2])];
    children.push(zh ? new Paragraph({ style: ZH_STYLES[depth], children: runs })
      : new Paragraph({ heading: EN_LEVELS[depth], children: runs }));
  } else if (line.trim() !== "") {
    children.push(new Paragraph({ children: [new TextRun(line.trim())] }));
  }
}

const heading = (id, name, size) => ({
  id, name, basedOn: "Normal", next: "Normal", quickFormat: true, run: { bold: true, size },
});
const doc = new Document({
  creator: "CivicPlan tests",
  styles: zh ? { paragraphStyles: [heading("a3", "Title", 44), heading("1", "标题 1", 36),
    heading("2", "标题 2", 32), heading("3", "标题 3", 28)] } : undefined,
  sections: [{ children }],
});
fs.writeFileSync(output, await Packer.toBuffer(doc));
