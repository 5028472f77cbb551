package org.civicplan.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.civicplan.io.PlanFormatException;
import org.civicplan.io.document.DocumentFormat;
import org.civicplan.io.document.ImportResult;
import org.civicplan.io.document.PlanDocuments;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
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
 * Importing a Markdown work plan: {@code PlanDocuments.read} (CommonMark parse with source
 * spans, numbering, goals, initiatives, indicators, mentions, spans and diagnostics) against the
 * floor, commonmark-java's {@code Parser.parse} of the same text alone, configured as a user
 * reading plan documents would (GFM tables, which plans use for task lists; no source spans).
 *
 * <pre>{@code
 * java -jar plan-bench/target/benchmarks.jar ImportBenchmark -p size=1000
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class ImportBenchmark {
  /** Initiatives in the plan. */
  @Param({"1000", "10000", "100000"})
  public int size;

  private static final PlanDocuments DOCUMENTS = PlanDocuments.create();
  private static final Parser COMMONMARK =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  private String markdown;

  /** Generates the plan's Markdown document. */
  @Setup(Level.Trial)
  public void setUp() {
    markdown = Fixture.of(size).markdown;
  }

  /**
   * @return the imported plan and its diagnostics
   * @throws PlanFormatException never for the generated document
   */
  @Benchmark
  public ImportResult planDocuments() throws PlanFormatException {
    return DOCUMENTS.read(markdown, DocumentFormat.MARKDOWN, "synthetic.md");
  }

  /** @return the floor: the CommonMark tree of the same text */
  @Benchmark
  public Node commonmarkParse() {
    return COMMONMARK.parse(markdown);
  }
}
