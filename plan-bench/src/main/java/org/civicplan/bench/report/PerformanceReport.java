package org.civicplan.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes {@code docs/performance.md} from a JMH JSON result ({@code -rf json}), the memory
 * measurements of {@code MemoryFootprint}, a notes file (what was changed, where the time goes)
 * and an optional file describing the run's conditions.
 *
 * <pre>{@code
 * PerformanceReport.main(new String[] {
 *     "docs/performance/jmh-result.json", "docs/performance/memory.json",
 *     "docs/performance/notes.md", "docs/performance.md", "docs/performance/conditions.txt"});
 * }</pre>
 *
 * <p>Stateless; {@link #render} is a pure function of its inputs and the machine description.
 */
public final class PerformanceReport {

  /**
   * One benchmark beside its floor, with its target ratio (issue 6; issue 12 for the document
   * readers), or {@link #INFORMATIONAL} for a row shown without a target.
   */
  record Pair(String benchmarkClass, String label, String ours, String floor, double target, String floorText) {
    /** @return whether the row has a target and so a verdict */
    boolean judged() {
      return !Double.isNaN(target);
    }
  }

  /** The target of a row shown for information only: no verdict, not in the targets list. */
  static final double INFORMATIONAL = Double.NaN;

  /** The pairs, in the order the report shows them. */
  static final List<Pair> PAIRS =
      List.of(
          new Pair("JsonReadBenchmark", "JSON read", "planJson", "jacksonReadTree", 1.5,
              "Jackson `ObjectMapper.readTree` of the same bytes"),
          new Pair("JsonWriteBenchmark", "JSON write", "planJson", "jacksonWriteTree", 1.5,
              "Jackson writing the tree of the same JSON (same bytes out)"),
          new Pair("ImportBenchmark", "Markdown import", "planDocuments", "commonmarkParse", 1.5,
              "commonmark-java `Parser.parse` of the same text alone (GFM tables, no source spans)"),
          // Issue 12's target is on each format's DocumentReader alone (the bytes to the blocks the
          // shared pipeline reads); the whole import adds that pipeline, which the Markdown import
          // row above measures, so it is shown beside the same floor for information only.
          new Pair("WordImportBenchmark", "Word (.docx) reader", "reader", "xwpfWordExtractor", 1.5,
              "POI `XWPFWordExtractor.getText` of the same file (plain text, no structure)"),
          new Pair("HtmlImportBenchmark", "Web page reader", "reader", "jsoupText", 1.5,
              "jsoup `parse` and `text()` of the same page"),
          new Pair("PdfImportBenchmark", "PDF reader", "reader", "pdfTextStripper", 1.5,
              "PDFBox `Loader.loadPDF` and `PDFTextStripper.getText` (defaults) of the same file"),
          new Pair("WordImportBenchmark", "Word (.docx) whole import", "planDocuments", "xwpfWordExtractor",
              INFORMATIONAL, "the same as the Word reader's"),
          new Pair("HtmlImportBenchmark", "Web page whole import", "planDocuments", "jsoupText",
              INFORMATIONAL, "the same as the web page reader's"),
          new Pair("PdfImportBenchmark", "PDF whole import", "planDocuments", "pdfTextStripper",
              INFORMATIONAL, "the same as the PDF reader's"),
          new Pair("ValidationBenchmark", "Validation (default profile)", "defaultRules", "jsonSchema", 1.0,
              "networknt JSON Schema validation of the same plan's tree against the shipped schema, compiled once"),
          new Pair("TaskSheetBenchmark", "Task sheet export (XLSX)", "exportXlsx", "poiWriteCells", 1.5,
              "POI writing the same cells into an XLSX with no logic (no styles, validations or merged cells)"),
          new Pair("TaskSheetBenchmark", "Task sheet merge (XLSX)", "mergeXlsx", "poiReadCells", 1.5,
              "POI opening the same filled workbook and reading every cell as text, with no checks"));

  /** Per-initiative time at the largest size over the smallest, at most this (issue 6). */
  static final double SCALING_TARGET = 1.3;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PerformanceReport() {}

  /**
   * Reads the inputs and writes the report.
   *
   * @param args JMH result, memory JSON, notes Markdown, output Markdown, optional conditions text
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 4) {
      System.err.println(
          "usage: PerformanceReport JMH_RESULT.json MEMORY.json NOTES.md OUTPUT.md [CONDITIONS.txt]");
      System.exit(2);
    }
    JsonNode jmh = MAPPER.readTree(Files.readAllBytes(Path.of(args[0])));
    JsonNode memory = MAPPER.readTree(Files.readAllBytes(Path.of(args[1])));
    String notes = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8);
    String conditions = args.length > 4 ? Files.readString(Path.of(args[4]), StandardCharsets.UTF_8).strip() : "";
    String report =
        render(jmh, memory, notes, conditions, Machine.describe(),
            ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE), args[0], args[1]);
    Files.writeString(Path.of(args[3]), report, StandardCharsets.UTF_8);
  }

  /**
   * A benchmark's score in ms/op by method name and size: the median of its measurement
   * iterations (robust to the odd iteration slowed by another process on a shared machine), or
   * JMH's mean when the result holds no raw data.
   */
  static Map<String, Map<Integer, Double>> scores(JsonNode jmh) {
    return collect(jmh, "median");
  }

  /** JMH's mean of each benchmark, in ms/op. */
  static Map<String, Map<Integer, Double>> means(JsonNode jmh) {
    return collect(jmh, "score");
  }

  private static double median(JsonNode rawData) {
    List<Double> all = new ArrayList<>();
    for (JsonNode fork : rawData) {
      for (JsonNode v : fork) {
        all.add(v.asDouble());
      }
    }
    if (all.isEmpty()) {
      return Double.NaN;
    }
    all.sort(null);
    int n = all.size();
    return n % 2 == 1 ? all.get(n / 2) : (all.get(n / 2 - 1) + all.get(n / 2)) / 2;
  }

  /** JMH's error of each score (half the 99.9% confidence interval) in ms/op. */
  static Map<String, Map<Integer, Double>> errors(JsonNode jmh) {
    return collect(jmh, "scoreError");
  }

  private static Map<String, Map<Integer, Double>> collect(JsonNode jmh, String field) {
    Map<String, Map<Integer, Double>> scores = new TreeMap<>();
    for (JsonNode result : jmh) {
      String name = result.path("benchmark").asText();
      String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      int size = result.path("params").path("size").asInt();
      String unit = result.path("primaryMetric").path("scoreUnit").asText();
      double score = field.equals("median")
          ? median(result.path("primaryMetric").path("rawData"))
          : result.path("primaryMetric").path(field).asDouble(Double.NaN);
      if (Double.isNaN(score) && field.equals("median")) {
        score = result.path("primaryMetric").path("score").asDouble();
      }
      scores.computeIfAbsent(shortName, k -> new TreeMap<>()).put(size, toMillis(score, unit));
    }
    return scores;
  }

  /**
   * A secondary metric of JMH's GC profiler ({@code -prof gc}) by method name and size, such as
   * {@code gc.alloc.rate.norm} (bytes per operation) or {@code gc.time} (milliseconds spent in
   * collections during the measurement iterations); empty when the run had no GC profiler.
   */
  static Map<String, Map<Integer, Double>> secondary(JsonNode jmh, String metric) {
    Map<String, Map<Integer, Double>> values = new TreeMap<>();
    for (JsonNode result : jmh) {
      JsonNode m = result.path("secondaryMetrics").path(metric);
      if (m.isMissingNode()) {
        continue;
      }
      String name = result.path("benchmark").asText();
      String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      values.computeIfAbsent(shortName, k -> new TreeMap<>())
          .put(result.path("params").path("size").asInt(), m.path("score").asDouble());
    }
    return values;
  }

  /** Milliseconds of measurement of each benchmark run: iterations times iteration time. */
  static Map<String, Map<Integer, Double>> measuredMillis(JsonNode jmh) {
    Map<String, Map<Integer, Double>> values = new TreeMap<>();
    for (JsonNode result : jmh) {
      String name = result.path("benchmark").asText();
      String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      String time = result.path("measurementTime").asText(""); // such as "2 s" or "500 ms"
      String[] parts = time.split(" ");
      if (parts.length != 2) {
        continue;
      }
      double each = Double.parseDouble(parts[0]) * (parts[1].equals("s") ? 1000 : parts[1].equals("ms") ? 1 : Double.NaN);
      values.computeIfAbsent(shortName, k -> new TreeMap<>())
          .put(result.path("params").path("size").asInt(), each * result.path("measurementIterations").asInt());
    }
    return values;
  }

  private static double toMillis(double score, String unit) {
    switch (unit) {
      case "s/op":
        return score * 1000;
      case "ms/op":
        return score;
      case "us/op":
        return score / 1000;
      case "ns/op":
        return score / 1_000_000;
      default:
        throw new IllegalArgumentException("expected an average-time unit such as ms/op, got " + unit);
    }
  }

  /**
   * Renders the report.
   *
   * @param jmh the JMH JSON result
   * @param memory the memory measurements
   * @param notes the hand-written notes, included as they are
   * @param conditions the conditions of the run, or empty
   * @param machine the machine description lines
   * @param date the date of generation
   * @param jmhFile the name of the JMH result file, for the reader
   * @param memoryFile the name of the memory file
   * @return the Markdown text
   */
  static String render(
      JsonNode jmh, JsonNode memory, String notes, String conditions, List<String> machine,
      String date, String jmhFile, String memoryFile) {
    Map<String, Map<Integer, Double>> scores = scores(jmh);
    Map<String, Map<Integer, Double>> errors = errors(jmh);
    Map<String, Map<Integer, Double>> means = means(jmh);
    TreeSet<Integer> sizes = new TreeSet<>();
    scores.values().forEach(m -> sizes.addAll(m.keySet()));
    StringBuilder md = new StringBuilder();
    List<String> verdicts = new ArrayList<>();

    md.append("# Performance\n\n");
    md.append("<!-- Generated by org.civicplan.bench.report.PerformanceReport from ")
        .append(jmhFile).append(" and ").append(memoryFile)
        .append("; edit docs/performance/notes.md and regenerate instead of editing this file. -->\n\n");
    md.append("CivicPlan beside what a user would otherwise write (plain Jackson, commonmark-java, a JSON Schema ")
        .append("validator), on the same bytes in the same run, for synthetic plans of ")
        .append(joinSizes(sizes)).append(" initiatives (`org.civicplan.bench.SyntheticPlan`, seeded). ")
        .append("How to run: `plan-bench/README.md`.\n\n");

    md.append("## Machine and run\n\n");
    md.append("- Generated: ").append(date).append('\n');
    for (String line : machine) {
      md.append("- ").append(line).append('\n');
    }
    JsonNode first = jmh.path(0);
    md.append("- JDK: ").append(first.path("jdkVersion").asText("?")).append(", ")
        .append(first.path("vmName").asText("?")).append(' ').append(first.path("vmVersion").asText("")).append('\n');
    md.append("- JMH ").append(first.path("jmhVersion").asText("?")).append(": ")
        .append(first.path("forks").asInt()).append(" fork(s), ")
        .append(first.path("warmupIterations").asInt()).append(" warm-up × ").append(first.path("warmupTime").asText())
        .append(", ").append(first.path("measurementIterations").asInt()).append(" measured × ")
        .append(first.path("measurementTime").asText()).append(", JVM options ")
        .append(first.path("jvmArgs").toString()).append('\n');
    if (!conditions.isEmpty()) {
      md.append("- Conditions: ").append(conditions.replace("\n", "\n  ")).append('\n');
    }
    md.append('\n');

    md.append("## Each benchmark beside its floor\n\n");
    md.append("Time per operation in milliseconds (lower is better): the median of the measurement iterations, ")
        .append("then in brackets JMH's mean ± its error (half the 99.9% confidence interval; large when an ")
        .append("iteration was slowed by another process on this shared machine). Ratio = CivicPlan / floor, ")
        .append("of the medians. The Word, web page and PDF rows with a target time each format's reader alone ")
        .append("(`DocumentReader.read`, the bytes to the blocks), as issue 12 sets it; the whole-import rows ")
        .append("(marked *info*) add the shared pipeline that the Markdown import row measures and have no target.\n\n");
    md.append("| Benchmark | Initiatives | CivicPlan (ms) | Floor (ms) | Ratio | Target | Met |\n");
    md.append("| --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
    for (Pair pair : PAIRS) {
      for (int size : sizes) {
        Optional<Double> ours = score(scores, pair.benchmarkClass() + "." + pair.ours(), size);
        Optional<Double> floor = score(scores, pair.benchmarkClass() + "." + pair.floor(), size);
        if (ours.isEmpty() || floor.isEmpty()) {
          continue;
        }
        double ratio = ours.get() / floor.get();
        boolean met = ratio <= pair.target();
        md.append("| ").append(pair.label()).append(" | ").append(String.format(Locale.ROOT, "%,d", size))
            .append(" | ").append(ms(ours.get())).append(spread(means, errors, pair.benchmarkClass() + "." + pair.ours(), size))
            .append(" | ").append(ms(floor.get())).append(spread(means, errors, pair.benchmarkClass() + "." + pair.floor(), size))
            .append(" | ").append(ratio(ratio))
            .append(" | ").append(pair.judged() ? "≤ " + ratio(pair.target()) : "–")
            .append(" | ").append(!pair.judged() ? "*info*" : met ? "yes" : "**no**").append(" |\n");
        if (pair.judged()) {
          verdicts.add(String.format(Locale.ROOT, "%s at %,d: %s× (target ≤ %s×) — %s",
              pair.label(), size, ratio(ratio), ratio(pair.target()), met ? "met" : "missed"));
        }
      }
    }
    md.append("\nFloors:\n\n");
    for (Pair pair : PAIRS) {
      if (pair.judged()) { // an informational row shares the floor of a judged one
        md.append("- ").append(pair.label()).append(": ").append(pair.floorText()).append(".\n");
      }
    }
    md.append('\n');

    md.append("## Scaling\n\n");
    md.append("Microseconds per initiative at each size; the last columns compare the largest size with the ")
        .append("smallest (target ≤ ").append(ratio(SCALING_TARGET)).append("×, linear).\n\n");
    md.append("| Benchmark |");
    for (int size : sizes) {
      md.append(String.format(Locale.ROOT, " %,d |", size));
    }
    md.append(" largest / smallest | Met |\n| --- |");
    for (int i = 0; i < sizes.size(); i++) {
      md.append(" ---: |");
    }
    md.append(" ---: | --- |\n");
    for (Map.Entry<String, Map<Integer, Double>> e : scores.entrySet()) {
      md.append("| `").append(e.getKey()).append("` |");
      for (int size : sizes) {
        Double v = e.getValue().get(size);
        md.append(' ').append(v == null ? "–" : String.format(Locale.ROOT, "%.2f", v * 1000 / size)).append(" |");
      }
      Double small = e.getValue().get(sizes.first());
      Double large = e.getValue().get(sizes.last());
      if (small != null && large != null && sizes.size() > 1) {
        double growth = (large / sizes.last()) / (small / sizes.first());
        boolean met = growth <= SCALING_TARGET;
        md.append(' ').append(ratio(growth)).append(" | ").append(met ? "yes" : "**no**").append(" |\n");
        verdicts.add(String.format(Locale.ROOT, "Scaling of %s: %s× per initiative from %,d to %,d — %s",
            e.getKey(), ratio(growth), sizes.first(), sizes.last(), met ? "met" : "missed"));
      } else {
        md.append(" – | – |\n");
      }
    }
    md.append('\n');

    Map<String, Map<Integer, Double>> allocated = secondary(jmh, "gc.alloc.rate.norm");
    if (!allocated.isEmpty()) {
      Map<String, Map<Integer, Double>> gcTime = secondary(jmh, "gc.time");
      Map<String, Map<Integer, Double>> measured = measuredMillis(jmh);
      md.append("## Allocation and garbage collection\n\n");
      md.append("From JMH's GC profiler (`-prof gc`) in the same run: bytes allocated per initiative by one ")
          .append("operation, and the share of the measured time the JVM spent in garbage collection.\n\n");
      md.append("| Benchmark |");
      for (int size : sizes) {
        md.append(String.format(Locale.ROOT, " bytes / initiative at %,d |", size));
      }
      for (int size : sizes) {
        md.append(String.format(Locale.ROOT, " GC share at %,d |", size));
      }
      md.append("\n| --- |");
      for (int i = 0; i < 2 * sizes.size(); i++) {
        md.append(" ---: |");
      }
      md.append('\n');
      for (Map.Entry<String, Map<Integer, Double>> e : allocated.entrySet()) {
        md.append("| `").append(e.getKey()).append("` |");
        for (int size : sizes) {
          Double v = e.getValue().get(size);
          md.append(' ').append(v == null ? "–" : String.format(Locale.ROOT, "%,.0f", v / size)).append(" |");
        }
        for (int size : sizes) {
          Double gc = gcTime.getOrDefault(e.getKey(), Map.of()).get(size);
          Double total = measured.getOrDefault(e.getKey(), Map.of()).get(size);
          md.append(' ')
              .append(gc == null || total == null || total <= 0 ? "–" : String.format(Locale.ROOT, "%.0f %%", 100 * gc / total))
              .append(" |");
        }
        md.append('\n');
      }
      md.append('\n');
    }

    md.append("## Memory\n\n");
    md.append("Retained heap measured with JOL `GraphLayout.parseInstance(root).totalSize()` (every object ")
        .append("reachable from the root, counted once, with this JVM's layout). Bytes per initiative; ratio = ")
        .append("loaded plan / Jackson tree of the same JSON (target ≤ 1.00×).\n\n");
    md.append("| Initiatives | JSON bytes | Plan as read | Plan with navigation index | Plan imported from Markdown (with source spans) | Jackson tree | Ratio | Met |\n");
    md.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
    for (JsonNode m : memory) {
      int size = m.path("size").asInt();
      double plan = m.path("plan").asDouble() / size;
      double tree = m.path("jacksonTree").asDouble() / size;
      double ratio = plan / tree;
      boolean met = ratio <= 1.0;
      md.append(String.format(Locale.ROOT, "| %,d | %,d | %,.0f | %,.0f | %,.0f | %,.0f | %s | %s |%n",
          size, m.path("jsonBytes").asLong(), plan, m.path("indexedPlan").asDouble() / size,
          m.path("importedPlan").asDouble() / size, tree, ratio(ratio), met ? "yes" : "**no**"));
      verdicts.add(String.format(Locale.ROOT, "Heap per initiative at %,d: %s× the Jackson tree (target ≤ 1.00×) — %s",
          size, ratio(ratio), met ? "met" : "missed"));
    }
    md.append('\n');

    md.append("## Targets\n\n");
    for (String v : verdicts) {
      md.append("- ").append(v).append('\n');
    }
    md.append('\n');

    md.append(notes.strip()).append('\n');
    return md.toString();
  }

  private static Optional<Double> score(Map<String, Map<Integer, Double>> scores, String name, int size) {
    return Optional.ofNullable(scores.getOrDefault(name, Map.of()).get(size));
  }

  private static String spread(
      Map<String, Map<Integer, Double>> means, Map<String, Map<Integer, Double>> errors, String name, int size) {
    Optional<Double> mean = score(means, name, size);
    Optional<Double> e = score(errors, name, size);
    if (mean.isEmpty()) {
      return "";
    }
    return " (" + ms(mean.get()) + (e.isEmpty() || e.get().isNaN() ? "" : " ± " + ms(e.get())) + ")";
  }

  private static String ms(double ms) {
    return ms >= 100 ? String.format(Locale.ROOT, "%,.0f", ms) : String.format(Locale.ROOT, "%.3f", ms);
  }

  private static String ratio(double r) {
    return String.format(Locale.ROOT, "%.2f", r);
  }

  private static String joinSizes(TreeSet<Integer> sizes) {
    List<String> parts = new ArrayList<>();
    for (int s : sizes) {
      parts.add(String.format(Locale.ROOT, "%,d", s));
    }
    return String.join(", ", parts);
  }
}
