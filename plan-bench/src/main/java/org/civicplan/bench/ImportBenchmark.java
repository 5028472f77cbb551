package org.civicplan.bench;

import java.util.List;
import org.civicplan.io.PlanFormatException;
import org.civicplan.io.document.DocumentFormat;
import org.civicplan.io.document.ImportResult;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

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
public class ImportBenchmark extends ImportBenchmarkBase {
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
