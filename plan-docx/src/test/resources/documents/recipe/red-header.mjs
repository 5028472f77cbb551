// Writes a short plan under a red issuing header (红头) of a joint document (联合发文), as Word
// users set it. Run by make-test-documents.sh with the npm package docx 9 (https://docx.js.org).
//
// usage: node red-header.mjs OUT.docx stacked|brace
//   stacked: one red 文件 line per issuing organ (two paragraphs), then the 文号 with the 签发人
//            beside it after a tab, and a red rule
//   brace:   the organs' names stacked in the left cell of a borderless table, one 文件 in the
//            right cell; then the 文号 and the 签发人 set apart by spaces, and a red rule
import fs from "node:fs";
import {
  AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TabStopType,
  TextRun, VerticalAlign, WidthType,
} from "docx";

const [, , output, variant] = process.argv;
const RED = "E00000";
const red = (text, size) => new TextRun({ text, color: RED, size, bold: true, font: "SimSun" });
const centred = (...children) => new Paragraph({ alignment: AlignmentType.CENTER, children });
const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

const header = [];
if (variant === "stacked") {
  header.push(centred(red("中共蔡家坡街道工作委员会文件", 52)));
  header.push(centred(red("蔡家坡街道办事处文件", 52)));
  header.push(new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: 9000 }],
    border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 4 } },
    children: [new TextRun("蔡街委发〔2024〕3号"), new TextRun({ text: "\t签发人：张三" })],
  }));
} else {
  const cell = (children, width) => new TableCell({
    children, verticalAlign: VerticalAlign.CENTER, borders: noBorders,
    width: { size: width, type: WidthType.DXA },
  });
  header.push(new Table({
    borders: noBorders,
    width: { size: 9000, type: WidthType.DXA },
    rows: [new TableRow({ children: [
      cell([centred(red("中共蔡家坡街道工作委员会", 40)), centred(red("蔡家坡街道办事处", 40))], 6500),
      cell([centred(red("文件", 60))], 2500),
    ] })],
  }));
  header.push(new Paragraph({
    border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 4 } },
    children: [new TextRun("蔡街委发〔2024〕4号        签发人：李四")],
  }));
}

const body = [
  centred(new TextRun({ text: "蔡家坡街道2024年工作要点", bold: true, size: 36 })),
  new Paragraph("一、经济发展"),
  new Paragraph("（一）招商引资。全年新增企业20家，完成固定资产投资5亿元。"),
  new Paragraph("（二）服务企业。走访重点企业不少于60家。"),
  new Paragraph("二、社会治理"),
  new Paragraph("（一）平安建设。完成12处老旧小区改造，新增就业岗位1200个。"),
];

const doc = new Document({ creator: "CivicPlan tests", sections: [{ children: [...header, ...body] }] });
fs.writeFileSync(output, await Packer.toBuffer(doc));
