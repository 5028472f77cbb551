/**
 * JMH benchmarks of CivicPlan against the floors a user would otherwise use, each pair on the
 * same bytes in the same run ({@link org.civicplan.bench.JsonReadBenchmark}, {@link
 * org.civicplan.bench.JsonWriteBenchmark}, {@link org.civicplan.bench.ImportBenchmark} and the
 * Word, web page and PDF import benchmarks beside it, {@link
 * org.civicplan.bench.ValidationBenchmark}, …), the retained-heap measurement ({@link
 * org.civicplan.bench.MemoryFootprint}) and the deterministic synthetic plans they run on ({@link
 * org.civicplan.bench.SyntheticPlan}).
 *
 * <pre>{@code
 * ./mvnw -pl plan-bench -am package -DskipTests
 * java -jar plan-bench/target/benchmarks.jar -f 1 -wi 1 -i 1 -w 1s -r 1s -p size=1000   # quick
 * }</pre>
 *
 * <p>May depend on every CivicPlan module's public API, Jackson, commonmark-java, the networknt
 * JSON Schema validator, JMH and JOL. Nothing in the library depends on it; it is not deployed.
 */
package org.civicplan.bench;
