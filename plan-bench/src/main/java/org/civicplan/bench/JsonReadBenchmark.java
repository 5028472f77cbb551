package org.civicplan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.civicplan.model.Plan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a plan's canonical JSON: {@code PlanJson.read} into the model (limits checked, every
 * field typed, ids checked unique) against the floor, Jackson {@code readTree} of the same bytes.
 *
 * <pre>{@code
 * java -jar plan-bench/target/benchmarks.jar JsonReadBenchmark -p size=1000
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class JsonReadBenchmark {
  /** Initiatives in the plan. */
  @Param({"1000", "10000", "100000"})
  public int size;

  private byte[] json;

  /** Generates the plan and its JSON bytes. */
  @Setup(Level.Trial)
  public void setUp() {
    json = Fixture.of(size).json;
  }

  /**
   * @return the plan read from the bytes
   * @throws IOException never for the generated plan
   */
  @Benchmark
  public Plan planJson() throws IOException {
    return Fixture.PLAN_JSON.read(json);
  }

  /**
   * @return the floor: the same bytes as a Jackson tree
   * @throws IOException never for the generated plan
   */
  @Benchmark
  public JsonNode jacksonReadTree() throws IOException {
    return Fixture.MAPPER.readTree(json);
  }
}
