/**
 * Turns a JMH JSON result and the memory measurements into {@code docs/performance.md}: the
 * machine, each benchmark beside its floor with the ratio and target, scaling across sizes, and
 * the notes on what was changed and where the time goes.
 *
 * <pre>{@code
 * java -cp plan-bench/target/benchmarks.jar org.civicplan.bench.report.PerformanceReport \
 *     docs/performance/jmh-result.json docs/performance/memory.json \
 *     docs/performance/notes.md docs/performance.md docs/performance/conditions.txt
 * }</pre>
 *
 * <p>Depends only on Jackson and the JDK; reads nothing but the files it is given (and, for the
 * machine description, {@code /proc/cpuinfo} and {@code /proc/meminfo} when present).
 */
package org.civicplan.bench.report;
