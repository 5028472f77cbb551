package org.civicplan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicplan.io.document.ImportResult;
import org.civicplan.io.spi.DocumentText;
import org.civicplan.io.spi.TextBlock;
import org.civicplan.model.Plan;
import org.civicplan.rules.ValidationReport;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;

/**
 * Runs every benchmark method the JMH annotation processor registered once, at the smallest
 * size, as JMH would (trial setup, invocation setup, then the method), and checks what each
 * returns. Never measures time.
 */
class BenchmarkSmokeTest {
  private static final int SIZE = 1_000;

  @Test
  void everyRegisteredBenchmarkRunsOnceAndReturnsTheWholePlan() throws Exception {
    List<BenchmarkListEntry> entries = registered();
    assertThat(entries).extracting(BenchmarkListEntry::getUsername)
        .containsExactlyInAnyOrder(
            "org.civicplan.bench.JsonReadBenchmark.planJson",
            "org.civicplan.bench.JsonReadBenchmark.jacksonReadTree",
            "org.civicplan.bench.JsonWriteBenchmark.planJson",
            "org.civicplan.bench.JsonWriteBenchmark.jacksonWriteTree",
            "org.civicplan.bench.ImportBenchmark.planDocuments",
            "org.civicplan.bench.ImportBenchmark.commonmarkParse",
            "org.civicplan.bench.WordImportBenchmark.planDocuments",
            "org.civicplan.bench.WordImportBenchmark.reader",
            "org.civicplan.bench.WordImportBenchmark.xwpfWordExtractor",
            "org.civicplan.bench.HtmlImportBenchmark.planDocuments",
            "org.civicplan.bench.HtmlImportBenchmark.reader",
            "org.civicplan.bench.HtmlImportBenchmark.jsoupText",
            "org.civicplan.bench.PdfImportBenchmark.planDocuments",
            "org.civicplan.bench.PdfImportBenchmark.reader",
            "org.civicplan.bench.PdfImportBenchmark.pdfTextStripper",
            "org.civicplan.bench.ValidationBenchmark.defaultRules",
            "org.civicplan.bench.ValidationBenchmark.jsonSchema",
            "org.civicplan.bench.TaskSheetBenchmark.exportXlsx",
            "org.civicplan.bench.TaskSheetBenchmark.poiWriteCells",
            "org.civicplan.bench.TaskSheetBenchmark.mergeXlsx",
            "org.civicplan.bench.TaskSheetBenchmark.poiReadCells");

    Map<String, Object> results = new LinkedHashMap<>();
    for (BenchmarkListEntry entry : entries) {
      results.put(entry.getUsername(), runOnce(entry));
    }

    Plan expected = SyntheticPlan.generate(SIZE, SyntheticPlan.SEED).plan();
    assertThat((Plan) results.get("org.civicplan.bench.JsonReadBenchmark.planJson")).isEqualTo(expected);
    JsonNode tree = (JsonNode) results.get("org.civicplan.bench.JsonReadBenchmark.jacksonReadTree");
    assertThat(tree.get("sections").size()).isEqualTo(expected.sections().size());

    // Both writers produce the same bytes: the pair compares like with like.
    byte[] planJson = (byte[]) results.get("org.civicplan.bench.JsonWriteBenchmark.planJson");
    byte[] treeJson = (byte[]) results.get("org.civicplan.bench.JsonWriteBenchmark.jacksonWriteTree");
    assertThat(planJson).isNotEmpty().isEqualTo(treeJson);

    ImportResult imported = (ImportResult) results.get("org.civicplan.bench.ImportBenchmark.planDocuments");
    assertThat(imported.plan().initiatives().count()).isEqualTo(SIZE);
    Node document = (Node) results.get("org.civicplan.bench.ImportBenchmark.commonmarkParse");
    assertThat(headings(document)).isEqualTo(1 + expected.sections().size() + headingGoals(expected));

    // Word and web-page imports give the whole plan; their floors the whole text
    for (String format : new String[] {"WordImportBenchmark", "HtmlImportBenchmark", "PdfImportBenchmark"}) {
      ImportResult r = (ImportResult) results.get("org.civicplan.bench." + format + ".planDocuments");
      assertThat(r.plan().sections()).as(format).hasSameSizeAs(expected.sections());
      assertThat(r.plan().initiatives().count()).as(format).isEqualTo(imported.plan().initiatives().count());
      // the reader alone gives the blocks of the same document: the title first, every section's title
      DocumentText text = (DocumentText) results.get("org.civicplan.bench." + format + ".reader");
      assertThat(text.blocks()).as(format).isNotEmpty();
      assertThat(text.blocks().get(0).text()).as(format).contains(expected.title());
      List<String> texts = text.blocks().stream().map(TextBlock::text).toList();
      for (org.civicplan.model.Section section : expected.sections()) {
        assertThat(texts).as(format).anyMatch(t -> t.contains(section.title()));
      }
    }
    assertThat((String) results.get("org.civicplan.bench.WordImportBenchmark.xwpfWordExtractor")).contains(expected.title());
    assertThat((String) results.get("org.civicplan.bench.HtmlImportBenchmark.jsoupText")).contains(expected.title());
    assertThat((String) results.get("org.civicplan.bench.PdfImportBenchmark.pdfTextStripper")).contains(expected.title());

    ValidationReport report = (ValidationReport) results.get("org.civicplan.bench.ValidationBenchmark.defaultRules");
    assertThat(report.results()).hasSize(1);
    assertThat(report.rules()).isNotEmpty();
    assertThat((List<?>) results.get("org.civicplan.bench.ValidationBenchmark.jsonSchema")).isEmpty();

    // The sheet merges back unchanged, and the floors handle the same cells.
    org.civicplan.tasks.MergeResult merged =
        (org.civicplan.tasks.MergeResult) results.get("org.civicplan.bench.TaskSheetBenchmark.mergeXlsx");
    assertThat(merged.initiativesChanged()).isZero();
    assertThat(merged.plan().initiatives().count()).isEqualTo(SIZE);
    assertThat((byte[]) results.get("org.civicplan.bench.TaskSheetBenchmark.exportXlsx")).isNotEmpty();
    assertThat((byte[]) results.get("org.civicplan.bench.TaskSheetBenchmark.poiWriteCells")).isNotEmpty();
    assertThat((Integer) results.get("org.civicplan.bench.TaskSheetBenchmark.poiReadCells")).isGreaterThan(SIZE);
  }

  @Test
  void memoryFootprintMeasuresEveryRoot() throws IOException {
    MemoryFootprint.Measurement m = MemoryFootprint.measure(SIZE);
    assertThat(m.size()).isEqualTo(SIZE);
    assertThat(m.jsonBytes()).isPositive();
    assertThat(m.plan()).isPositive();
    assertThat(m.indexedPlan()).isGreaterThan(m.plan());
    assertThat(m.importedPlan()).isPositive();
    assertThat(m.jacksonTree()).isPositive();
  }

  private static List<BenchmarkListEntry> registered() throws IOException {
    try (InputStream in = BenchmarkSmokeTest.class.getResourceAsStream(BenchmarkList.BENCHMARK_LIST)) {
      assertThat(in).as("the JMH annotation processor's benchmark list").isNotNull();
      return BenchmarkList.readBenchmarkList(in);
    }
  }

  /** Trial setup, invocation setup, one call, as JMH does, with {@code size} at the smallest. */
  private static Object runOnce(BenchmarkListEntry entry) throws Exception {
    Class<?> type = Class.forName(entry.getUserClassQName());
    Object state = type.getConstructor().newInstance();
    type.getField("size").setInt(state, SIZE);
    List<Method> setups = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (m.isAnnotationPresent(Setup.class)) {
        setups.add(m);
      }
    }
    // Level's order is JMH's: Trial, then Iteration, then Invocation.
    setups.sort(Comparator.comparing(m -> m.getAnnotation(Setup.class).value()));
    for (Method setup : setups) {
      invoke(setup, state);
    }
    String name = entry.getUsername().substring(entry.getUserClassQName().length() + 1);
    Method benchmark = type.getMethod(name);
    assertThat(benchmark.isAnnotationPresent(Benchmark.class)).isTrue();
    Object result = invoke(benchmark, state);
    assertThat(result).as(entry.getUsername()).isNotNull();
    return result;
  }

  private static Object invoke(Method method, Object target) throws Exception {
    try {
      return method.invoke(target);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception) {
        throw (Exception) e.getCause();
      }
      throw e;
    }
  }

  private static int headings(Node node) {
    int n = node instanceof Heading ? 1 : 0;
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      n += headings(child);
    }
    return n;
  }

  private static long headingGoals(Plan plan) {
    return plan.goals()
        .filter(g -> g.number().map(n -> n.style() == org.civicplan.model.NumberingStyle.CHINESE_PARENTHESIZED).orElse(false))
        .count();
  }
}
