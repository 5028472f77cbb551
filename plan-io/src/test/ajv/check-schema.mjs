// Recipe for ajv-strict.txt (not run by CI, which has no node): compiles the shipped JSON Schema
// with ajv in strict 2020-12 mode and validates the example and its single-change variants
// (variants/*.json, written by SchemaVariantsTest), printing one line per document.
//   cd $(mktemp -d) && npm init -y >/dev/null && npm install ajv@8 ajv-formats@3 >/dev/null
//   NODE_PATH=$PWD/node_modules node <repo>/plan-io/src/test/ajv/check-schema.mjs <repo> > <repo>/plan-io/src/test/ajv/ajv-strict.txt
import { createRequire } from "module";
import fs from "fs";
import path from "path";
const require = createRequire(path.join(process.env.NODE_PATH, "x.js"));
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats");
const repo = process.argv[2];
const schemaPath = path.join(repo, "plan-io/src/main/resources/org/civicplan/io/json/plan-1.1.schema.json");
const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8"));
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
let validate;
try {
  validate = ajv.compile(schema);
  console.log("compile: ok (ajv " + require("ajv/package.json").version + ", strict, draft 2020-12)");
} catch (e) {
  console.log("compile: error: " + e.message);
  process.exit(1);
}
const dir = path.join(repo, "plan-io/src/test/resources/org/civicplan/io/json/variants");
for (const name of fs.readdirSync(dir).filter(n => n.endsWith(".json")).sort()) {
  const doc = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8"));
  const ok = validate(doc);
  console.log(name + ": " + (ok ? "valid" : "invalid " + validate.errors.map(e => e.instancePath + " " + e.keyword).join("; ")));
}
