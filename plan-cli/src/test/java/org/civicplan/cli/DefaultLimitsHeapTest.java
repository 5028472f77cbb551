package org.civicplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.civicplan.io.document.PlanDocuments;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No OutOfMemoryError for a file within the default limit at the documented heap ({@link
 * PlanDocuments#DEFAULT_LIMITS_HEAP_BYTES}), scaled down by four to run in seconds: each of the four
 * shapes that needed the most heap per input byte (issue #15) fills a quarter of {@link
 * PlanDocuments#DEFAULT_MAX_TEXT_BYTES}, and {@code civicplan validate} (read, validate, report)
 * runs on it in a child JVM with a quarter of the heap. The scaled run is the stricter one: the
 * JVM's own fixed needs take a larger share of the smaller heap. The full-size run (each shape at
 * the limit, in the documented heap) is part of plan-bench's ReliabilityReport.
 */
class DefaultLimitsHeapTest {
  static final int SCALE = 4;

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"[", "**x**", "**一是", "推进建设，\n\n"})
  void theWorstShapesAtTheLimitFitTheDocumentedHeap(String unit) throws Exception {
    Path input = dir.resolve("shape.md");
    long bytes = PlanDocuments.DEFAULT_MAX_TEXT_BYTES / SCALE;
    String head = "# 测试街道 2024 年工作计划\n\n## 一、经济发展\n\n**一是推进。**";
    int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
    try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      w.write(head);
      long written = head.getBytes(StandardCharsets.UTF_8).length + 1;
      for (; written + unitBytes <= bytes; written += unitBytes) {
        w.write(unit);
      }
      w.write("\n");
    }
    assertThat(Files.size(input)).isLessThanOrEqualTo(bytes).isGreaterThan(bytes - 64);
    long heapMiB = (PlanDocuments.DEFAULT_LIMITS_HEAP_BYTES / SCALE) >> 20;
    Process p = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx" + heapMiB + "m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
            CivicPlanCommand.class.getName(), "validate", input.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(err).doesNotContain("out of memory");
    assertThat(p.exitValue()).as(err).isIn(CivicPlanCommand.EXIT_OK, CivicPlanCommand.EXIT_FINDINGS);
  }
}
