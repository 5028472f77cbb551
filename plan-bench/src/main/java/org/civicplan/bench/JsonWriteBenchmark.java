package org.civicplan.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
 * Writing a plan's canonical JSON to UTF-8 bytes: {@code PlanJson.writeBytes} of the model
 * against the floor, Jackson writing the tree of the same JSON. Both compact; both produce the
 * same bytes.
 *
 * <pre>{@code
 * java -jar plan-bench/target/benchmarks.jar JsonWriteBenchmark -p size=1000
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class JsonWriteBenchmark {
  /** Initiatives in the plan. */
  @Param({"1000", "10000", "100000"})
  public int size;

  private Plan plan;
  private JsonNode tree;

  /** Generates the plan and parses its JSON into a tree. */
  @Setup(Level.Trial)
  public void setUp() {
    Fixture fixture = Fixture.of(size);
    plan = fixture.plan;
    tree = fixture.tree();
  }

  /** @return the plan as canonical JSON bytes */
  @Benchmark
  public byte[] planJson() {
    return Fixture.PLAN_JSON.writeBytes(plan);
  }

  /**
   * @return the floor: the same JSON written from its Jackson tree
   * @throws JsonProcessingException never
   */
  @Benchmark
  public byte[] jacksonWriteTree() throws JsonProcessingException {
    return Fixture.MAPPER.writeValueAsBytes(tree);
  }
}
