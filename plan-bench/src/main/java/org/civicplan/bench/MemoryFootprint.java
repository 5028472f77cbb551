package org.civicplan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civicplan.io.document.DocumentFormat;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.model.Plan;
import org.openjdk.jol.info.GraphLayout;

/**
 * Measures the retained heap of a loaded plan against the Jackson tree of the same JSON, with
 * JOL's {@link GraphLayout} (every object reachable from the root, each counted once, with this
 * JVM's real object layout: headers, padding, compressed references).
 *
 * <p>Four roots per size: the plan as {@code PlanJson.read} returns it; the same plan after its
 * navigation index is built ({@code Plan.nodes()}, {@code find}; the validator builds it); the
 * plan as the Markdown importer returns it (with a source span on every element and mention); and
 * the Jackson tree ({@code ObjectMapper.readTree}) of the same JSON bytes.
 *
 * <pre>{@code
 * java -cp plan-bench/target/benchmarks.jar org.civicplan.bench.MemoryFootprint \
 *     docs/performance/memory.json 1000 10000 100000
 * }</pre>
 */
public final class MemoryFootprint {

  private MemoryFootprint() {}

  /**
   * The sizes of one plan in memory, in bytes.
   *
   * @param size initiatives in the plan
   * @param jsonBytes the length of its compact JSON
   * @param markdownChars the length of its Markdown document, in UTF-16 units
   * @param plan retained heap of the plan read from JSON
   * @param indexedPlan retained heap of that plan once its navigation index is built
   * @param importedPlan retained heap of the plan imported from Markdown (source spans included)
   * @param jacksonTree retained heap of the Jackson tree of the same JSON
   */
  public record Measurement(
      int size,
      long jsonBytes,
      long markdownChars,
      long plan,
      long indexedPlan,
      long importedPlan,
      long jacksonTree) {}

  /**
   * Measures one size.
   *
   * @param size initiatives
   * @return the measurement
   * @throws IOException never for the generated plan
   */
  public static Measurement measure(int size) throws IOException {
    Fixture fixture = Fixture.of(size);
    Plan loaded = Fixture.PLAN_JSON.read(fixture.json);
    long plan = GraphLayout.parseInstance(loaded).totalSize();
    if (loaded.nodes().count() < 1 || loaded.find("s1").isEmpty()) {
      throw new IllegalStateException("the loaded plan has no navigation");
    }
    long indexed = GraphLayout.parseInstance(loaded).totalSize();
    Plan imported =
        PlanDocuments.create().read(fixture.markdown, DocumentFormat.MARKDOWN, "synthetic.md").plan();
    long importedSize = GraphLayout.parseInstance(imported).totalSize();
    JsonNode tree = Fixture.MAPPER.readTree(fixture.json);
    long treeSize = GraphLayout.parseInstance(tree).totalSize();
    return new Measurement(
        size, fixture.json.length, fixture.markdown.length(), plan, indexed, importedSize, treeSize);
  }

  /**
   * Measures the given sizes (default 1,000, 10,000 and 100,000) and writes them as a JSON array.
   *
   * @param args the output file, then the sizes
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: MemoryFootprint OUTPUT.json [SIZE...]");
      System.exit(2);
    }
    List<Integer> sizes = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      sizes.add(Integer.parseInt(args[i]));
    }
    if (sizes.isEmpty()) {
      sizes = List.of(1_000, 10_000, 100_000);
    }
    List<Measurement> all = new ArrayList<>();
    for (int size : sizes) {
      Measurement m = measure(size);
      System.out.printf(
          "size %,d: plan %,d B (%,d B/initiative), with index %,d B, imported %,d B, Jackson tree %,d B (%,d B/initiative)%n",
          size, m.plan(), m.plan() / size, m.indexedPlan(), m.importedPlan(), m.jacksonTree(), m.jacksonTree() / size);
      all.add(m);
    }
    Path out = Path.of(args[0]);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.write(out, Fixture.MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(all));
  }
}
