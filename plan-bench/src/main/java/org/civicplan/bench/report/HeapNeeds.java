package org.civicplan.bench.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.civicplan.io.document.DocumentFormat;
import org.civicplan.io.document.ImportResult;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.io.json.PlanJson;
import org.civicplan.io.markdown.PlanMarkdown;
import org.civicplan.rules.Validator;

/**
 * The heap a hostile input needs, measured from outside: the smallest {@code -Xmx} at which a
 * child JVM reads the file with {@code PlanDocuments.read(Path)} (default limits), validates it
 * with the default rules and writes it back as JSON and Markdown without an {@link
 * OutOfMemoryError}, found by bisection on a log scale (within 10%); and the heap the imported
 * plan retains (used heap after a full collection while the result is held, less the used heap
 * before reading). Both divided by the file's size give bytes of heap per input byte, the figure
 * that sets how large a default input limit a given heap can hold.
 *
 * <pre>{@code
 * java -cp plan-bench/target/benchmarks.jar org.civicplan.bench.report.HeapNeeds probe plan.md
 * }</pre>
 *
 * <p>The child prints {@code retained=N} and exits 0, or exits 3 on OutOfMemoryError.
 */
final class HeapNeeds {
  private HeapNeeds() {}

  /** What one shape at one size needs. */
  record Need(long fileBytes, int chars, long minHeapMiB, long retained, String outcome) {
    double heapPerByte() {
      return (double) (minHeapMiB << 20) / fileBytes;
    }

    double retainedPerByte() {
      return (double) retained / fileBytes;
    }
  }

  static final int OOM_EXIT = 3;
  /** The largest heap tried; a shape that needs more is reported as needing more than this. */
  static final long MAX_HEAP_MIB = 4096;
  static final long MIN_HEAP_MIB = 16;

  /**
   * Runs the pipeline in this JVM on one file.
   *
   * @param args {@code probe FILE}
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[1]);
    try {
      long before = usedAfterGc();
      ImportResult r = PlanDocuments.create().read(file);
      long retained = usedAfterGc() - before;
      Validator.builder().build().validate(r.plan(), file.toString());
      PlanJson.builder().pretty(false).build().write(r.plan(), OutputStream.nullOutputStream());
      PlanMarkdown.create().write(r.plan(), Writer.nullWriter());
      System.out.println("retained=" + retained);
      System.out.flush();
      System.exit(0);
    } catch (OutOfMemoryError e) {
      System.exit(OOM_EXIT);
    } catch (IOException e) {
      System.out.println("refused=" + ReliabilityReport.first(e.getClass().getSimpleName() + ": " + e.getMessage()));
      System.exit(0);
    }
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** One child run: its exit code and what it printed. */
  record Probe(int exit, String out) {}

  static Probe probe(Path file, long heapMiB) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx" + heapMiB + "m", "-cp", System.getProperty("java.class.path"),
            HeapNeeds.class.getName(), "probe", file.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      return new Probe(-1, "timeout");
    }
    return new Probe(p.exitValue(), out);
  }

  /** The least heap (MiB, within 10%) at which the pipeline passes on {@code text}. */
  static Need measure(String text, boolean json, Path scratch, long guessMiB) throws IOException, InterruptedException {
    Path file = scratch.resolve(json ? "heap-probe.json" : "heap-probe.md");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    long size = Files.size(file);
    long lo = MIN_HEAP_MIB; // assumed to fail
    long hi = MAX_HEAP_MIB;
    Probe passed = null;
    long at = Math.max(MIN_HEAP_MIB * 2, Math.min(MAX_HEAP_MIB, guessMiB));
    while (hi > lo * 1.1 + 1) {
      Probe p = probe(file, at);
      if (p.exit() == 0) {
        hi = at;
        passed = p;
      } else if (p.exit() == OOM_EXIT) {
        lo = at;
      } else {
        return new Need(size, text.length(), -1, -1, "child failed: exit " + p.exit() + " " + p.out());
      }
      at = Math.round(Math.sqrt((double) lo * hi));
    }
    if (passed == null) {
      Probe p = probe(file, MAX_HEAP_MIB);
      if (p.exit() != 0) {
        return new Need(size, text.length(), -1, -1, "more than " + MAX_HEAP_MIB + " MiB");
      }
      passed = p;
    }
    long retained = -1;
    String outcome = "read, validated, written back";
    for (String line : passed.out().split("\n")) {
      if (line.startsWith("retained=")) {
        retained = Long.parseLong(line.substring("retained=".length()));
      } else if (line.startsWith("refused=")) {
        outcome = line.substring("refused=".length());
      }
    }
    Files.deleteIfExists(file);
    return new Need(size, text.length(), hi, retained, outcome);
  }

  /**
   * Every Markdown shape of {@link ReliabilityReport#attacks()} at about {@code chars} characters:
   * attack, file bytes, outcome, least heap (MiB), heap per input byte, retained per input byte.
   */
  static List<String[]> rows(int chars, Path scratch) throws IOException, InterruptedException {
    List<String[]> rows = new ArrayList<>();
    for (ReliabilityReport.Attack attack : ReliabilityReport.attacks()) {
      if (attack.format() != DocumentFormat.MARKDOWN) {
        continue;
      }
      Need n = measure(attack.make().apply(chars), false, scratch, 256);
      rows.add(new String[] {
          attack.name(), Long.toString(n.fileBytes()), n.outcome(),
          n.minHeapMiB() < 0 ? "" : Long.toString(n.minHeapMiB()),
          n.minHeapMiB() < 0 ? "" : String.format(Locale.ROOT, "%.0f", n.heapPerByte()),
          n.retained() < 0 ? "" : String.format(Locale.ROOT, "%.1f", n.retainedPerByte())});
      System.err.println("heap: " + attack.name() + ": " + n);
    }
    return rows;
  }

  /**
   * Every Markdown shape filling {@link PlanDocuments#DEFAULT_MAX_TEXT_BYTES} of UTF-8, run in
   * the documented heap {@link PlanDocuments#DEFAULT_LIMITS_HEAP_BYTES}: attack, file bytes,
   * outcome (passed, or out of memory).
   */
  static List<String[]> atTheLimit(Path scratch) throws IOException, InterruptedException {
    List<String[]> rows = new ArrayList<>();
    long limit = PlanDocuments.DEFAULT_MAX_TEXT_BYTES;
    for (ReliabilityReport.Attack attack : ReliabilityReport.attacks()) {
      if (attack.format() != DocumentFormat.MARKDOWN) {
        continue;
      }
      // Characters such that the UTF-8 file is just within the limit.
      String probe = attack.make().apply(1 << 16);
      double bytesPerChar = (double) probe.getBytes(StandardCharsets.UTF_8).length / probe.length();
      int chars = (int) (limit / bytesPerChar) - 64;
      String text = attack.make().apply(chars);
      // The sample's title weighs on its bytes per character: shrink until the file is within.
      for (long over; (over = text.getBytes(StandardCharsets.UTF_8).length - limit) > 0; ) {
        chars -= (int) Math.max(16, over / bytesPerChar + 16);
        text = attack.make().apply(chars);
      }
      Path file = scratch.resolve("at-limit.md");
      Files.writeString(file, text, StandardCharsets.UTF_8);
      long size = Files.size(file);
      Probe p = probe(file, PlanDocuments.DEFAULT_LIMITS_HEAP_BYTES >> 20);
      String outcome = p.exit() == 0
          ? (p.out().contains("refused=") ? "refused: " + p.out().substring(p.out().indexOf("refused=") + 8) : "passed")
          : p.exit() == OOM_EXIT ? "**OUT OF MEMORY**" : "child failed: exit " + p.exit();
      rows.add(new String[] {attack.name(), Long.toString(size), outcome});
      System.err.println("at the limit: " + attack.name() + ": " + outcome);
      Files.deleteIfExists(file);
    }
    return rows;
  }
}
