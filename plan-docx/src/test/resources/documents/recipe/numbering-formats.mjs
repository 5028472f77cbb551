// Writes a Word document whose paragraphs carry Word automatic numbering in the formats and
// patterns a Chinese work plan uses, for WordNumberingDocxTest: chineseCountingThousand from 9
// (九、 十、 十一、), chineseCounting "（%2）" under it, decimal "%1." and "%1.%2" (suffix space),
// ideographTraditional (甲、 乙、), decimalEnclosedCircle (①, no suffix), legal numbering
// ("%1.%2" under chinese counting written 1.1), and a second instance of a list (docx.js writes
// it as a w:num with w:lvlOverride/w:startOverride), which starts again.
// Run by make-test-documents.sh with the npm package docx 9 (https://docx.js.org).
//
// usage: node numbering-formats.mjs OUT.docx
import fs from "node:fs";
import { Document, Packer, Paragraph, TextRun, LevelFormat, LevelSuffix, AlignmentType } from "docx";

const [, , output] = process.argv;
const L = AlignmentType.LEFT;
const config = [
  { reference: "parts", levels: [
    { level: 0, format: LevelFormat.CHINESE_COUNTING_THOUSAND, text: "%1、", start: 9, alignment: L },
    { level: 1, format: LevelFormat.CHINESE_COUNTING, text: "（%2）", alignment: L },
  ] },
  { reference: "outline", levels: [
    { level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: L },
    { level: 1, format: LevelFormat.DECIMAL, text: "%1.%2", suffix: LevelSuffix.SPACE, alignment: L },
  ] },
  { reference: "stems", levels: [
    { level: 0, format: LevelFormat.IDEOGRAPH_TRADITIONAL, text: "%1、", alignment: L },
  ] },
  { reference: "circles", levels: [
    { level: 0, format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: "%1", suffix: LevelSuffix.NOTHING, alignment: L },
  ] },
  { reference: "legal", levels: [
    { level: 0, format: LevelFormat.CHINESE_COUNTING, text: "%1、", alignment: L },
    { level: 1, format: LevelFormat.DECIMAL, text: "%1.%2", isLegalNumberingStyle: true, alignment: L },
  ] },
];

// [list, level, instance, text]
const paragraphs = [
  ["parts", 0, 0, "优化营商环境"],
  ["parts", 1, 0, "做强楼宇经济"],
  ["parts", 1, 0, "稳住重点企业"],
  ["parts", 0, 0, "推进城市更新"],
  ["parts", 1, 0, "改造老旧小区"],
  ["parts", 0, 0, "提升社区治理"],
  ["outline", 0, 0, "总体要求"],
  ["outline", 1, 0, "工作目标"],
  ["outline", 1, 0, "基本原则"],
  ["outline", 0, 0, "重点任务"],
  ["outline", 1, 0, "完善服务体系"],
  ["stems", 0, 0, "街道党工委"],
  ["stems", 0, 0, "街道办事处"],
  ["stems", 0, 0, "各居民区"],
  ["stems", 0, 1, "社区党群服务中心"],
  ["stems", 0, 1, "社区事务受理中心"],
  ["circles", 0, 0, "排查隐患"],
  ["circles", 0, 0, "落实整改"],
  ["circles", 0, 0, "复查销号"],
  ["legal", 0, 0, "组织保障"],
  ["legal", 0, 0, "督查考核"],
  ["legal", 1, 0, "按季度通报"],
];

const doc = new Document({
  creator: "CivicPlan tests",
  numbering: { config },
  sections: [{
    children: [new Paragraph({ children: [new TextRun("自动编号格式样例")] }),
      ...paragraphs.map(([reference, level, instance, text]) =>
        new Paragraph({ numbering: { reference, level, instance }, children: [new TextRun(text)] }))],
  }],
});
fs.writeFileSync(output, await Packer.toBuffer(doc));
