package org.civicplan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.civicplan.io.json.PlanJson;
import org.civicplan.model.Plan;

/**
 * One synthetic plan in every form the benchmarks compare: the model, its canonical JSON bytes
 * (compact, as services exchange it), the Jackson tree of those bytes, and the Markdown document.
 *
 * <p>Immutable once built; the byte array is never handed to code that writes to it.
 */
final class Fixture {
  /** The JSON form the benchmarks read and write: canonical, compact, default limits. */
  static final PlanJson PLAN_JSON = PlanJson.builder().pretty(false).build();

  /** The plain Jackson mapper of the floors: defaults, as a user would make it. */
  static final ObjectMapper MAPPER = new ObjectMapper();

  final int size;
  final Plan plan;
  final byte[] json;
  final String markdown;

  private Fixture(int size, Plan plan, byte[] json, String markdown) {
    this.size = size;
    this.plan = plan;
    this.json = json;
    this.markdown = markdown;
  }

  /**
   * @param size initiatives
   * @return the plan of that size generated from {@link SyntheticPlan#SEED}, in all its forms
   */
  static Fixture of(int size) {
    SyntheticPlan generated = SyntheticPlan.generate(size, SyntheticPlan.SEED);
    return new Fixture(size, generated.plan(), PLAN_JSON.writeBytes(generated.plan()), generated.markdown());
  }

  /** @return the JSON bytes parsed by plain Jackson */
  JsonNode tree() {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
