package org.civicplan.bench.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.civicplan.io.document.DocumentFormat;
import org.civicplan.io.document.ImportResult;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.io.json.PlanJson;
import org.civicplan.io.markdown.PlanMarkdown;
import org.civicplan.rules.RuleCatalogue;
import org.civicplan.rules.RuleConfig;
import org.civicplan.rules.Validator;

/**
 * Writes {@code docs/reliability.md}: each hostile input shape of issue 15 at doubling sizes, run
 * through what a district system does with a file (read it with the default limits, validate it
 * with the default rules, write it back as JSON and as Markdown), with the outcome, the time (best
 * of three) and the bytes allocated (counted by the JVM for the thread), and the growth per
 * doubling. A shape whose predicted time at the next size exceeds a budget is stopped there and
 * marked, so that one quadratic path cannot hold a shared machine for hours.
 *
 * <pre>{@code
 * java -cp plan-bench/target/benchmarks.jar org.civicplan.bench.report.ReliabilityReport docs/reliability.md
 * java -cp … ReliabilityReport out.md --quick      # 16, 32, 64 KB: seconds, for a smoke test
 * }</pre>
 */
public final class ReliabilityReport {
  /** Growth per doubling at or below this is linear enough (issue 15). */
  static final double LINEAR = 2.3;
  /** A size is not run if the time predicted for it (4× the last, as if quadratic) exceeds this. */
  static final double BUDGET_SECONDS = 60;

  /** A hostile input: what it is and how to make about {@code n} characters of it. */
  record Attack(String name, DocumentFormat format, IntFunction<String> make) {}

  /** One size of one attack. */
  record Run(int chars, String outcome, double seconds, long allocated) {}

  static String repeat(String unit, int n) {
    return unit.repeat(Math.max(1, n / unit.length()));
  }

  static final String TITLE = "# 测试街道 2024 年工作计划\n\n## 一、经济发展\n\n";

  static List<Attack> attacks() {
    List<Attack> a = new ArrayList<>();
    DocumentFormat md = DocumentFormat.MARKDOWN;
    a.add(new Attack("thousands separators: `完成1,000,000,…` in one initiative", md,
        n -> TITLE + "**一是招商。**完成1" + repeat(",000", n) + "元。\n"));
    a.add(new Attack("broken paragraphs: `推进建设，` + blank line, repeated", md,
        n -> TITLE + repeat("推进建设，\n\n", n)));
    a.add(new Attack("one line of `**一是`", md, n -> TITLE + repeat("**一是", n) + "\n"));
    a.add(new Attack("one line of `**x**`", md, n -> TITLE + repeat("**x**", n) + "\n"));
    a.add(new Attack("one line of `[`", md, n -> TITLE + repeat("[", n) + "\n"));
    a.add(new Attack("`一、` lines", md, n -> TITLE + repeat("一、\n", n)));
    a.add(new Attack("CRLF sentences", md, n -> TITLE.replace("\n", "\r\n") + repeat("推进老旧小区改造。\r\n", n)));
    a.add(new Attack("emoji run before a number: `😀…人员）100名`", md,
        n -> TITLE + "**一是培训。**" + repeat("😀", n) + "人员）100名。\n"));
    a.add(new Attack("one line of digits (two initiatives, near-duplicate shingles)", md,
        n -> TITLE + "**一是统计。**\n\n" + repeat("1234567890", n / 2) + "\n\n" + repeat("1234567890", n / 2) + "\n"));
    a.add(new Attack("list items `、` in one sentence", md, n -> TITLE + "**一是推进。**推进" + repeat("甲、", n) + "建设。\n"));
    DocumentFormat json = DocumentFormat.JSON;
    a.add(new Attack("JSON: nested arrays in an extension `[[[[…`", json,
        n -> "{\"formatVersion\":\"1.0\",\"title\":\"测试街道工作计划\",\"extensions\":{\"x:y\":" + repeat("[", n) + "}}"));
    a.add(new Attack("JSON: one long title string", json,
        n -> "{\"formatVersion\":\"1.0\",\"title\":\"" + repeat("划", n) + "\"}"));
    a.add(new Attack("JSON: a target of `1e999999999` and `1e-999999999`, many indicators", json,
        n -> {
          StringBuilder sb = new StringBuilder("{\"formatVersion\":\"1.0\",\"title\":\"测试街道 2024 年工作计划\",\"sections\":[{\"title\":\"经济\",\"goals\":[{\"name\":\"招商\",\"initiatives\":[");
          String item = "{\"text\":\"引进企业。\",\"status\":\"done\",\"indicators\":[{\"name\":\"企业数\",\"measureKind\":\"count\",\"target\":{\"comparator\":\"about\",\"value\":1e-999999999},\"actuals\":[{\"period\":{\"start\":\"2024-10-01\",\"end\":\"2024-12-31\"},\"value\":1e999999999}]}]}";
          for (int k = 0; sb.length() < n; k++) {
            sb.append(k == 0 ? "" : ",").append(item);
          }
          return sb.append("]}]}]}").toString();
        }));
    a.add(new Attack("JSON: a number of `n` digits", json,
        n -> "{\"formatVersion\":\"1.0\",\"title\":\"测试\",\"extensions\":{\"x:n\":" + repeat("9", n) + "}}"));
    return a;
  }

  private static final PlanDocuments DOCUMENTS = PlanDocuments.create();
  private static final Validator VALIDATOR = Validator.builder().build();
  private static final PlanJson JSON = PlanJson.builder().pretty(false).build();

  /** Read, validate and write back; the outcome in a few words. */
  static String once(Attack attack, String text) {
    try {
      ImportResult r = DOCUMENTS.read(text, attack.format(), "hostile");
      int findings = VALIDATOR.validate(r.plan(), "hostile").findings().size();
      String back;
      try {
        JSON.write(r.plan(), OutputStream.nullOutputStream());
        PlanMarkdown.create().write(r.plan(), Writer.nullWriter());
        back = "written back";
      } catch (IOException e) {
        back = "write-back refused (" + first(e.getMessage()) + ")";
      }
      return "read, " + findings + " findings, " + back;
    } catch (IOException e) {
      return e.getClass().getSimpleName() + ": " + first(e.getMessage());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return "**UNCHECKED " + e.getClass().getSimpleName() + "**: " + first(String.valueOf(e.getMessage()));
    }
  }

  static String first(String s) {
    String one = s == null ? "" : s.replace('\n', ' ').replace('|', '/');
    int cut = one.offsetByCodePoints(0, Math.min(70, one.codePointCount(0, one.length())));
    return cut < one.length() ? one.substring(0, cut) + "…" : one;
  }

  static Run measure(Attack attack, int chars) {
    String text = attack.make().apply(chars);
    com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    String outcome = null;
    double best = Double.MAX_VALUE;
    long allocated = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      long a0 = bean.getThreadAllocatedBytes(id);
      long t0 = System.nanoTime();
      outcome = once(attack, text);
      double s = (System.nanoTime() - t0) / 1e9;
      allocated = Math.min(allocated, bean.getThreadAllocatedBytes(id) - a0);
      best = Math.min(best, s);
      if (s > BUDGET_SECONDS / 4) {
        break;
      }
    }
    return new Run(text.length(), outcome, best, allocated);
  }

  /** The configuration reader's attacks: fixed shapes, reported on their own. */
  static List<String[]> configAttacks(Path scratch) throws IOException {
    List<String[]> rows = new ArrayList<>();
    RuleCatalogue catalogue = RuleCatalogue.standard();
    String[][] texts = {
        {"YAML alias bomb (9 levels of 9 aliases)", "bomb.yaml", bomb()},
        {"YAML global tag", "tag.yaml", "profile: !<tag:example.com,2024:x> strict\n"},
        {"a second YAML document", "two.yaml", "profile: strict\n---\nprofile: default\n"},
        {"1 MiB + 1 of spaces (JSON)", "big.json", " ".repeat((1 << 20) + 1)},
        {"a threshold of `1e999999999`", "num.yaml", "rules:\n  text/near-duplicate-initiative:\n    similarity: 1e999999999\n"},
    };
    for (String[] t : texts) {
      long t0 = System.nanoTime();
      String outcome;
      try {
        RuleConfig.parse(new StringReader(t[2]), t[1], catalogue);
        outcome = "read";
      } catch (IOException e) {
        outcome = e.getClass().getSimpleName() + ": " + first(e.getMessage());
      } catch (RuntimeException e) {
        outcome = "**UNCHECKED " + e.getClass().getSimpleName() + "**";
      }
      rows.add(new String[] {t[0], String.format(Locale.ROOT, "%.3f", (System.nanoTime() - t0) / 1e9), outcome});
    }
    Path dir = Files.createDirectories(scratch);
    for (Object[] p : new Object[][] {{"a directory", dir}, {"`/dev/zero`", Path.of("/dev/zero")}}) {
      long t0 = System.nanoTime();
      String outcome;
      try {
        RuleConfig.load((Path) p[1], catalogue);
        outcome = "read";
      } catch (IOException e) {
        outcome = e.getClass().getSimpleName() + ": " + first(e.getMessage());
      }
      rows.add(new String[] {(String) p[0], String.format(Locale.ROOT, "%.3f", (System.nanoTime() - t0) / 1e9), outcome});
    }
    return rows;
  }

  static String bomb() {
    StringBuilder sb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 9; i++) {
      sb.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        sb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      sb.append("]\n");
    }
    return sb.toString();
  }

  /** The heap section: heap per input byte of each shape, and each shape at the limit. */
  static void heap(StringBuilder md, Path scratch) throws IOException {
    md.append("\n## Heap\n\n")
        .append("The least heap (`-Xmx`, found by bisection within 10%, each try a fresh JVM) in which `PlanDocuments.read(Path)`")
        .append(" with the default limits, `Validator` with the default rules and the write-back end without an")
        .append(" OutOfMemoryError, for each Markdown shape at about 1 Mi characters; per input byte, that is the heap")
        .append(" a default limit needs. *Retained* is the heap the imported plan keeps (used heap after a full")
        .append(" collection while the result is held), per input byte. The JVM's own needs (about 10 MiB) are")
        .append(" included, so small files show a little more per byte.\n\n")
        .append("| attack | file (bytes) | outcome | least heap (MiB) | heap per input byte | retained per input byte |\n")
        .append("|---|---:|---|---:|---:|---:|\n");
    try {
      for (String[] r : HeapNeeds.rows(1 << 20, scratch)) {
        md.append("| ").append(String.join(" | ", r)).append(" |\n");
      }
      md.append("\nEach shape filling the default limit for Markdown (`PlanDocuments.DEFAULT_MAX_TEXT_BYTES`, ")
          .append(PlanDocuments.DEFAULT_MAX_TEXT_BYTES >> 20).append(" MiB of UTF-8) in the documented heap (`DEFAULT_LIMITS_HEAP_BYTES`, ")
          .append(PlanDocuments.DEFAULT_LIMITS_HEAP_BYTES >> 20).append(" MiB):\n\n| attack | file (bytes) | outcome |\n|---|---:|---|\n");
      for (String[] r : HeapNeeds.atTheLimit(scratch)) {
        md.append("| ").append(String.join(" | ", r)).append(" |\n");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while measuring the heap", e);
    }
  }

  /**
   * @param args the output Markdown file, then optionally {@code --quick}
   * @throws IOException if the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/reliability.md");
    boolean quick = args.length > 1 && args[1].equals("--quick");
    int[] sizes = quick ? new int[] {16 << 10, 32 << 10, 64 << 10} : new int[] {1 << 20, 2 << 20, 4 << 20};
    StringBuilder md = new StringBuilder();
    md.append("# Reliability: hostile inputs\n\n");
    md.append("<!-- Generated by plan-bench ReliabilityReport; do not edit. Regenerate with:\n")
        .append("     ./mvnw -B -pl plan-bench -am package -DskipTests && RELIABILITY_CONDITIONS=\"…\" java -Xmx2g -cp plan-bench/target/benchmarks.jar")
        .append(" org.civicplan.bench.report.ReliabilityReport docs/reliability.md -->\n\n");
    md.append("Each hostile input shape of issue 15 at doubling sizes (characters of input), run the way a district")
        .append(" system uses a file: `PlanDocuments.read` with the default limits, `Validator` with the default rules,")
        .append(" then written back with `PlanJson` and `PlanMarkdown`. Time is the best of up to three runs in one JVM")
        .append(" (JIT-warm after the first size); allocation is what the JVM counted for the thread, the best of the")
        .append(" runs; growth is the ratio to the previous size (linear: about 2 per doubling, at most ")
        .append(LINEAR).append("). A size is skipped when the time predicted for it (4× the previous, as if quadratic)")
        .append(" exceeds ").append((int) BUDGET_SECONDS).append(" s. The sizes are modest (1, 2, 4 MB").append(quick ? "; this run: quick, 16–64 KB" : "")
        .append(") and times are noisy; allocation growth is the steadier figure. Conditions: ")
        .append(System.getenv().getOrDefault("RELIABILITY_CONDITIONS", "not stated (set RELIABILITY_CONDITIONS)"))
        .append(". Run at ")
        .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
        .append(", heap limit ").append(Runtime.getRuntime().maxMemory() >> 20).append(" MiB.\n\n");
    for (String line : Machine.describe()) {
      md.append("- ").append(line).append('\n');
    }
    md.append("\n| attack | size (chars) | outcome | time (s) | growth | allocated (MB) | growth | bytes allocated per char |\n");
    md.append("|---|---:|---|---:|---:|---:|---:|---:|\n");
    List<String> superlinear = new ArrayList<>();
    for (Attack attack : attacks()) {
      Run previous = null;
      // A probe at an eighth of the first size predicts whether the first one fits the budget.
      Run probe = measure(attack, sizes[0] / 8);
      double predicted = probe.seconds() * 64;
      for (int size : sizes) {
        if ((previous == null && predicted > BUDGET_SECONDS) || (previous != null && previous.seconds() * 4 > BUDGET_SECONDS)) {
          Run shown = previous == null ? probe : previous;
          md.append("| ").append(attack.name()).append(" | ").append(size).append(" | not run: predicted over ")
              .append((int) BUDGET_SECONDS).append(" s (").append(String.format(Locale.ROOT, "%.2f", shown.seconds()))
              .append(" s at ").append(shown.chars()).append(") | | | | | |\n");
          superlinear.add(attack.name());
          break;
        }
        Run r = measure(attack, size);
        String timeGrowth = previous == null ? "" : String.format(Locale.ROOT, "%.2f", r.seconds() / Math.max(1e-9, previous.seconds()));
        String allocGrowth = previous == null ? "" : String.format(Locale.ROOT, "%.2f", (double) r.allocated() / Math.max(1, previous.allocated()));
        if (previous != null && (double) r.allocated() / Math.max(1, previous.allocated()) > LINEAR
            && r.seconds() / Math.max(1e-9, previous.seconds()) > LINEAR && !superlinear.contains(attack.name())) {
          superlinear.add(attack.name());
        }
        md.append("| ").append(attack.name()).append(" | ").append(r.chars()).append(" | ").append(r.outcome())
            .append(" | ").append(String.format(Locale.ROOT, "%.3f", r.seconds())).append(" | ").append(timeGrowth)
            .append(" | ").append(String.format(Locale.ROOT, "%.1f", r.allocated() / 1e6)).append(" | ").append(allocGrowth)
            .append(" | ").append(r.allocated() / Math.max(1, r.chars())).append(" |\n");
        previous = r;
      }
      System.err.println("done: " + attack.name());
    }
    md.append("\nShapes over ").append(LINEAR).append("× per doubling in both time and allocation, or stopped by the budget: ")
        .append(superlinear.isEmpty() ? "none." : String.join("; ", superlinear) + ".").append('\n');
    if (!quick) {
      heap(md, Files.createTempDirectory("reliability-heap"));
    }
    md.append("\n## Configuration reader\n\n| attack | time (s) | outcome |\n|---|---:|---|\n");
    for (String[] row : configAttacks(Files.createTempDirectory("reliability"))) {
      md.append("| ").append(row[0]).append(" | ").append(row[1]).append(" | ").append(row[2]).append(" |\n");
    }
    md.append("\nThe CI part of this suite is small and runs in seconds: `HostileInputSuiteTest` (plan-cli,")
        .append(" QuickTheories: mutated and truncated samples, invalid UTF-8, byte order marks, control characters,")
        .append(" lone surrogates, deep nesting, extreme numbers, configuration files), `FindingCostTest` (plan-rules,")
        .append(" allocation doubling), `RuleConfigHostileTest`, `WriterReaderLimitsTest`, `ExtremeDecimalsTest`,")
        .append(" `LinearScanningTest` and `Utf16ColumnsTest` (plan-io, counted doubling), `DefaultLimitsHeapTest`")
        .append(" (plan-cli: the four worst shapes at a quarter of the Markdown limit in a quarter of the documented heap,")
        .append(" in a child JVM) and `InterruptedWriteProcessTest` (plan-cli: SIGINT and SIGTERM during a report write).\n");
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
  }
}
