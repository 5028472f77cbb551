package org.civicplan.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.io.spi.DocumentReader;
import org.civicplan.io.spi.DocumentText;
import org.civicplan.io.spi.ReadContext;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the four import benchmarks ({@link ImportBenchmark}, {@link WordImportBenchmark}, {@link
 * HtmlImportBenchmark}, {@link PdfImportBenchmark}) share: the plan sizes, the JMH run options
 * (all {@code @Inherited}, so each subclass runs with them) and the {@link PlanDocuments} they
 * import with. Holds no benchmark method itself, so JMH registers nothing for it.
 *
 * <p>{@code -XX:+AlwaysPreTouch} commits the whole 6 GB heap when the fork starts: on the
 * benchmark VM the first touch of each heap page otherwise lands inside the measurement, which
 * made the import timings 5–10× worse and drift from iteration to iteration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public abstract class ImportBenchmarkBase {
  /** Initiatives in the plan. */
  @Param({"1000", "10000", "100000"})
  public int size;

  /** The importer as an embedder makes it: defaults, readers found through {@code ServiceLoader}. */
  static final PlanDocuments DOCUMENTS = PlanDocuments.create();

  /**
   * @param fileName a file name whose extension picks the reader, such as {@code x.docx}
   * @return the format's {@link DocumentReader} as {@code PlanDocuments} finds it (ServiceLoader)
   */
  static DocumentReader readerFor(String fileName) {
    return DOCUMENTS.readerFor(fileName).orElseThrow(() -> new IllegalStateException("no reader for " + fileName));
  }

  /**
   * Runs a reader alone, as {@code PlanDocuments.read} runs it before the shared pipeline: the
   * same context (name, size limit, no explicit encoding).
   *
   * @param reader the format's reader
   * @param bytes the document
   * @param sourceName its name
   * @return the blocks the reader found
   * @throws IOException never for the generated documents
   */
  static DocumentText read(DocumentReader reader, byte[] bytes, String sourceName) throws IOException {
    return reader.read(new ByteArrayInputStream(bytes), ReadContext.of(sourceName, DOCUMENTS.maxInputBytes(), null));
  }
}
