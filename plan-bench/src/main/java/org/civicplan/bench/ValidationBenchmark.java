package org.civicplan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.civicplan.io.json.PlanJson;
import org.civicplan.model.Plan;
import org.civicplan.rules.Profile;
import org.civicplan.rules.ValidationReport;
import org.civicplan.rules.Validator;
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
 * Validating a loaded plan: every rule of the default profile ({@link Validator}) on the model
 * against the floor, the networknt JSON Schema validator checking the Jackson tree of the same
 * plan's JSON against the shipped schema ({@link PlanJson#schema()}), compiled once.
 *
 * <p>Neither side parses: each starts from the form it works on, already in memory (the model for
 * the rules, the tree for the schema), so the floor is as fast as it can be. The rules get a
 * fresh copy of the plan at every invocation (outside the timing), so the plan's lazily built
 * navigation index, which the rules use, is built inside every measured validation instead of
 * once for all of them.
 *
 * <pre>{@code
 * java -jar plan-bench/target/benchmarks.jar ValidationBenchmark -p size=1000
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class ValidationBenchmark {
  /** Initiatives in the plan. */
  @Param({"1000", "10000", "100000"})
  public int size;

  private static final Validator VALIDATOR = Validator.builder().profile(Profile.DEFAULT).build();
  private static final Schema SCHEMA = compileSchema();

  private Plan plan;
  private Plan fresh;
  private JsonNode tree;

  /** Generates the plan and parses its JSON into a tree. */
  @Setup(Level.Trial)
  public void setUp() {
    Fixture fixture = Fixture.of(size);
    plan = fixture.plan;
    tree = fixture.tree();
  }

  /** A copy of the plan whose navigation index is not built yet. */
  @Setup(Level.Invocation)
  public void freshPlan() {
    fresh = Plan.builder().from(plan).build();
  }

  /** @return the findings of every default rule */
  @Benchmark
  public ValidationReport defaultRules() {
    return VALIDATOR.validate(fresh);
  }

  /** @return the floor: the schema's errors for the same plan's JSON tree */
  @Benchmark
  public List<Error> jsonSchema() {
    return SCHEMA.validate(tree);
  }

  static Schema compileSchema() {
    try (InputStream in = PlanJson.schema().openStream()) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
