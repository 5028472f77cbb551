package org.civicplan.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerformanceReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One JMH JSON result entry, in the shape {@code -rf json} writes. */
  private static ObjectNode result(String method, int size, double score, String unit) {
    ObjectNode r = MAPPER.createObjectNode();
    r.put("jmhVersion", "1.37");
    r.put("benchmark", "org.civicplan.bench." + method);
    r.put("mode", "avgt");
    r.put("forks", 1);
    r.put("jdkVersion", "17.0.15");
    r.put("vmName", "OpenJDK 64-Bit Server VM");
    r.put("vmVersion", "17.0.15+6");
    r.put("warmupIterations", 2);
    r.put("warmupTime", "2 s");
    r.put("measurementIterations", 3);
    r.put("measurementTime", "2 s");
    r.putArray("jvmArgs").add("-Xmx6g");
    r.putObject("params").put("size", String.valueOf(size));
    ObjectNode metric = r.putObject("primaryMetric");
    metric.put("score", score);
    metric.put("scoreError", score / 10);
    metric.put("scoreUnit", unit);
    // Five iterations whose median is the score and whose mean is higher: one slow outlier.
    metric.putArray("rawData").addArray().add(score).add(score * 0.9).add(score * 1.1).add(score).add(score * 3);
    return r;
  }

  private static String render(ArrayNode jmh, ArrayNode memory) {
    return PerformanceReport.render(
        jmh, memory, "## What we changed\n\nNothing yet.", "load 1.0", List.of("CPU: test"), "2026-01-01",
        "jmh.json", "memory.json");
  }

  @Test
  void ratiosAreOursOverTheFloorAndJudgedAgainstEachTarget() {
    ArrayNode jmh = MAPPER.createArrayNode();
    jmh.add(result("JsonReadBenchmark.planJson", 1000, 3.0, "ms/op"));
    jmh.add(result("JsonReadBenchmark.jacksonReadTree", 1000, 2.5, "ms/op"));
    jmh.add(result("ValidationBenchmark.defaultRules", 1000, 3000, "us/op"));
    jmh.add(result("ValidationBenchmark.jsonSchema", 1000, 2.0, "ms/op"));
    String md = render(jmh, MAPPER.createArrayNode());

    assertThat(md).contains("| JSON read | 1,000 | 3.000 (3.000 ± 0.300) | 2.500 (2.500 ± 0.250) | 1.20 | ≤ 1.50 | yes |");
    assertThat(md).contains("| Validation (default profile) | 1,000 | 3.000 (3.000 ± 0.300) | 2.000 (2.000 ± 0.200) | 1.50 | ≤ 1.00 | **no** |");
    assertThat(md).contains("- JSON read at 1,000: 1.20× (target ≤ 1.50×) — met");
    assertThat(md).contains("- Validation (default profile) at 1,000: 1.50× (target ≤ 1.00×) — missed");
    assertThat(md).contains("CPU: test", "17.0.15", "load 1.0", "## What we changed\n\nNothing yet.");
  }

  @Test
  void aDocumentReaderIsJudgedAgainstItsFloorAndTheWholeImportIsOnlyShown() {
    ArrayNode jmh = MAPPER.createArrayNode();
    jmh.add(result("HtmlImportBenchmark.reader", 1000, 12.0, "ms/op"));
    jmh.add(result("HtmlImportBenchmark.planDocuments", 1000, 60.0, "ms/op"));
    jmh.add(result("HtmlImportBenchmark.jsoupText", 1000, 10.0, "ms/op"));
    String md = render(jmh, MAPPER.createArrayNode());

    assertThat(md).contains("| Web page reader | 1,000 | 12.000 (12.000 ± 1.200) | 10.000 (10.000 ± 1.000) | 1.20 | ≤ 1.50 | yes |");
    assertThat(md).contains("| Web page whole import | 1,000 | 60.000 (60.000 ± 6.000) | 10.000 (10.000 ± 1.000) | 6.00 | – | *info* |");
    assertThat(md).contains("- Web page reader at 1,000: 1.20× (target ≤ 1.50×) — met");
    assertThat(md).doesNotContain("Web page whole import at 1,000");
    // the floor is named once, for the judged row
    assertThat(md).contains("- Web page reader: jsoup `parse` and `text()` of the same page.");
    assertThat(md).doesNotContain("- Web page whole import:");
  }

  @Test
  void theMedianIterationIsTheScoreAndTheMeanIsShownBesideIt() {
    ArrayNode jmh = MAPPER.createArrayNode();
    ObjectNode ours = result("JsonWriteBenchmark.planJson", 1000, 2.0, "ms/op");
    ObjectNode floor = result("JsonWriteBenchmark.jacksonWriteTree", 1000, 2.0, "ms/op");
    // Raw iterations 1, 2, 9: median 2, mean 4.
    ((ObjectNode) ours.get("primaryMetric")).put("score", 4.0).putArray("rawData").addArray().add(1.0).add(2.0).add(9.0);
    jmh.add(ours).add(floor);
    String md = render(jmh, MAPPER.createArrayNode());
    assertThat(md).contains("| JSON write | 1,000 | 2.000 (4.000 ± 0.200) | 2.000 (2.000 ± 0.200) | 1.00 | ≤ 1.50 | yes |");
  }

  @Test
  void scalingComparesTimePerInitiativeAtTheLargestSizeWithTheSmallest() {
    ArrayNode jmh = MAPPER.createArrayNode();
    jmh.add(result("ImportBenchmark.planDocuments", 1000, 10.0, "ms/op"));
    jmh.add(result("ImportBenchmark.planDocuments", 100000, 1.2, "s/op"));
    jmh.add(result("ImportBenchmark.commonmarkParse", 1000, 1.0, "ms/op"));
    jmh.add(result("ImportBenchmark.commonmarkParse", 100000, 140.0, "ms/op"));
    String md = render(jmh, MAPPER.createArrayNode());

    // 10 µs per initiative at 1,000; 12 µs at 100,000: 1.20×, within 1.3×.
    assertThat(md).contains("| `ImportBenchmark.planDocuments` | 10.00 | 12.00 | 1.20 | yes |");
    assertThat(md).contains("| `ImportBenchmark.commonmarkParse` | 1.00 | 1.40 | 1.40 | **no** |");
  }

  @Test
  void allocationIsPerInitiativeAndGcTimeAShareOfTheMeasuredTime() {
    ArrayNode jmh = MAPPER.createArrayNode();
    ObjectNode small = result("ImportBenchmark.planDocuments", 1000, 10.0, "ms/op");
    ObjectNode gc = small.putObject("secondaryMetrics");
    gc.putObject("gc.alloc.rate.norm").put("score", 4_000_000.0).put("scoreUnit", "B/op");
    gc.putObject("gc.time").put("score", 600.0).put("scoreUnit", "ms");
    jmh.add(small);
    jmh.add(result("ImportBenchmark.planDocuments", 100000, 1.2, "s/op"));
    String md = render(jmh, MAPPER.createArrayNode());

    // 4,000,000 B for 1,000 initiatives; 600 ms of collections in 3 iterations of 2 s: 10 %.
    assertThat(md).contains("## Allocation and garbage collection");
    assertThat(md).contains("| `ImportBenchmark.planDocuments` | 4,000 | – | 10 % | – |");
  }

  @Test
  void withoutTheGcProfilerThereIsNoAllocationSection() {
    ArrayNode jmh = MAPPER.createArrayNode();
    jmh.add(result("ImportBenchmark.planDocuments", 1000, 10.0, "ms/op"));
    assertThat(render(jmh, MAPPER.createArrayNode())).doesNotContain("Allocation and garbage collection");
  }

  @Test
  void memoryIsPerInitiativeAgainstTheJacksonTree() {
    ArrayNode memory = MAPPER.createArrayNode();
    ObjectNode m = memory.addObject();
    m.put("size", 1000);
    m.put("jsonBytes", 250_000);
    m.put("markdownChars", 90_000);
    m.put("plan", 800_000);
    m.put("indexedPlan", 1_200_000);
    m.put("importedPlan", 1_500_000);
    m.put("jacksonTree", 1_000_000);
    String md = render(MAPPER.createArrayNode().add(result("JsonReadBenchmark.planJson", 1000, 1, "ms/op")), memory);

    assertThat(md).contains("| 1,000 | 250,000 | 800 | 1,200 | 1,500 | 1,000 | 0.80 | yes |");
    assertThat(md).contains("Heap per initiative at 1,000: 0.80× the Jackson tree (target ≤ 1.00×) — met");
  }

  @Test
  void aThroughputResultIsRefusedWithItsUnit() {
    ArrayNode jmh = MAPPER.createArrayNode();
    jmh.add(result("JsonReadBenchmark.planJson", 1000, 3.0, "ops/s"));
    JsonNode empty = MAPPER.createArrayNode();
    assertThatThrownBy(() -> PerformanceReport.render(jmh, empty, "", "", List.of(), "d", "a", "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ops/s");
  }
}
