#!/usr/bin/env bash
# Runs every benchmark at the three sizes, measures memory, and regenerates docs/performance.md.
# Usage: plan-bench/run-benchmarks.sh [extra JMH options, e.g. -wi 2 -i 3 for a shorter run]
# With the defaults (1 fork, 8 x 2 s warm-up, 5 x 2 s measured) it takes about 15 minutes, as the
# committed report did; see plan-bench/README.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./mvnw -B -q -pl plan-bench -am package -DskipTests
jar=plan-bench/target/benchmarks.jar
out=docs/performance
mkdir -p "$out"
{
  echo "code: commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- . ':!docs' 2>/dev/null || echo ', with uncommitted changes')"
  echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
} > "$out/conditions.txt"
java -jar "$jar" -prof gc "$@" -rf json -rff "$out/jmh-result.json"
java -Djdk.attach.allowAttachSelf=true -Xmx8g -cp "$jar" org.civicplan.bench.MemoryFootprint "$out/memory.json" 1000 10000 100000
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)" >> "$out/conditions.txt"
if [ -n "${BENCH_CONDITIONS:-}" ]; then
  echo "$BENCH_CONDITIONS" >> "$out/conditions.txt"
fi
java -cp "$jar" org.civicplan.bench.report.PerformanceReport \
  "$out/jmh-result.json" "$out/memory.json" "$out/notes.md" docs/performance.md "$out/conditions.txt"
echo "wrote docs/performance.md"
