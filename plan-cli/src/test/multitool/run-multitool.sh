#!/usr/bin/env bash
# Recipe for the committed Multitool fixtures in this directory (needs node/npm; not run by CI).
# Validates the SARIF civicplan writes for the bundled sample and for a directory run with
# Microsoft's SARIF Multitool, its SARIF and GitHub rule sets, at every level (error, warning,
# note), and keeps the tool's own output here. SarifMultitoolFixtureTest checks that the fixtures
# hold no error and that the SARIF we write today still has what this validation relied on.
#   plan-cli/src/test/multitool/run-multitool.sh   (from the repository root, after ./mvnw package)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
here="$repo/plan-cli/src/test/multitool"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --silent @microsoft/sarif-multitool@5.7.0 >/dev/null)
tool="$(find "$work/node_modules/@microsoft" -name Sarif.Multitool -type f | head -1)"
chmod u+x "$tool"
civicplan() { java -cp "$repo/plan-cli/target/civicplan.jar" org.civicplan.cli.CivicPlanCommand "$@"; }
# 1. The sample, as a relative path from the repository root.
(cd "$repo" && civicplan validate examples/jiangsu-road-2024.md --format sarif -o "$work/sample.sarif")
# 2. A directory run (absolute paths) with every rule: Markdown, JSON converted from Markdown,
#    a hand-written JSON plan with an error, and a file that cannot be read.
mkdir -p "$work/plans/nested"
cp "$repo/examples/jiangsu-road-2024.md" "$work/plans/a.md"
civicplan convert "$repo/examples/jiangsu-road-2024.md" -o "$work/plans/nested/b.json" 2>/dev/null
cat > "$work/plans/c.json" <<'JSON'
{"formatVersion":"1.0","title":"测试街道 2024 年工作计划","sections":[{"title":"经济",
"goals":[{"name":"招商引资","initiatives":[{"text":"引进企业。","indicators":[
{"name":"引进企业数","measureKind":"count","attribute":"binding"}]}]}]}]}
JSON
echo '{' > "$work/plans/broken.json"
civicplan validate "$work/plans" --profile strict --format sarif -o "$work/directory.sarif" 2>/dev/null || true
for f in sample directory; do
  "$tool" validate --rule-kind "Sarif;Gh" --level "Error;Warning;Note" -o "$work/$f.validation.sarif" "$work/$f.sarif" >/dev/null
  # Keep the tool's findings, without the machine-specific paths of this run, compacted.
  for g in "$f.validation.sarif" "$f.sarif"; do
    sed -e "s#$work#WORK#g" "$work/$g" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(JSON.stringify(JSON.parse(s))+"\n"))' > "$here/$g"
  done
done
# sample-before.validation.sarif is the same validation of the SARIF that commit 54ffeb9 (before
# issue 15) wrote for the sample: 25 × GH2012, proof that the GitHub rule set runs in this command.
echo "written: $here/{sample,directory}.{sarif,validation.sarif}"
