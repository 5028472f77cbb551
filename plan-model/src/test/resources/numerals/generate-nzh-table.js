// Generates nzh-numerals.tsv.gz: numbers and their Chinese forms as written by the npm package
// nzh (https://github.com/cnwhy/nzh), an implementation nobody on this project wrote.
//
// Recipe (run once; CI reads only the committed table):
//   mkdir /tmp/nzh && cd /tmp/nzh && npm init -y && npm install nzh@1.0.14
//   NODE_PATH=/tmp/nzh/node_modules node generate-nzh-table.js | gzip -9n > nzh-numerals.tsv.gz
//
// Columns: number, then nzh.cn.encodeS(number) (lowercase, 十 for a leading 一十 only where nzh
// writes it so), then nzh.cn.encodeS(number, {tenMin: false}) (一十 style everywhere), or = when that is the same as the second column.
// The numbers: 0..2999 all, then a deterministic pseudo-random spread over every magnitude up
// to 10^16, with many zeros inside (the forms with 零 are where converters differ).
const nzh = require("nzh");
let seed = 20261201;
function rnd() { // xorshift32, deterministic
  seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0;
  return seed / 4294967296;
}
const out = new Set();
for (let i = 0; i < 3000; i++) out.add(BigInt(i));
while (out.size < 22000) {
  const digits = 1 + Math.floor(rnd() * 16);
  let s = "";
  for (let d = 0; d < digits; d++) {
    const r = rnd();
    s += d === 0 ? String(1 + Math.floor(rnd() * 9)) : r < 0.45 ? "0" : String(Math.floor(rnd() * 10));
  }
  out.add(BigInt(s));
}
const lines = [];
for (const v of [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
  const s = v.toString();
  const lower = nzh.cn.encodeS(s);
  const yiShi = nzh.cn.encodeS(s, { tenMin: false });
  lines.push(s + "\t" + lower + "\t" + (yiShi === lower ? "=" : yiShi));
}
process.stdout.write(lines.join("\n") + "\n");
