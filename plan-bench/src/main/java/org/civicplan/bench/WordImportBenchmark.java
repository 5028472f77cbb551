package org.civicplan.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.civicplan.io.document.ImportResult;
import org.civicplan.io.document.PlanDocuments;
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
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Importing a Word work plan: {@code PlanDocuments.read} of a .docx (plan-docx: the package, the
 * numbering and styles, then the whole import) against the floor, POI's own plain-text
 * extraction of the same file, {@code XWPFWordExtractor.getText}. The .docx is made by POI from
 * the synthetic plan's Markdown: a heading style per {@code #} heading, bold runs for {@code **}.
 *
 * <pre>{@code
 * java -jar plan-bench/target/benchmarks.jar WordImportBenchmark -p size=1000
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class WordImportBenchmark {
  /** Initiatives in the plan. */
  @Param({"1000", "10000", "100000"})
  public int size;

  private static final PlanDocuments DOCUMENTS = PlanDocuments.create();

  private byte[] docx;

  /** Makes the .docx of the plan. */
  @Setup(Level.Trial)
  public void setUp() {
    docx = docx(Fixture.of(size).markdown);
  }

  /** @return a .docx with the Markdown's headings, paragraphs and bold runs */
  static byte[] docx(String markdown) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : markdown.split("\\n")) {
        if (line.isBlank() || line.startsWith("|")) {
          continue;
        }
        XWPFParagraph p = doc.createParagraph();
        int level = 0;
        while (level < line.length() && line.charAt(level) == '#') {
          level++;
        }
        if (level > 0) {
          p.setStyle("Heading" + level);
        }
        String[] parts = line.substring(level).strip().split("\\*\\*", -1);
        for (int i = 0; i < parts.length; i++) {
          if (!parts[i].isEmpty()) {
            XWPFRun r = p.createRun();
            r.setText(parts[i]);
            r.setBold(i % 2 == 1);
          }
        }
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @return the imported plan
   * @throws IOException never for the generated document
   */
  @Benchmark
  public ImportResult planDocuments() throws IOException {
    return DOCUMENTS.read(new ByteArrayInputStream(docx), DOCUMENTS.readerFor("x.docx").orElseThrow(), "synthetic.docx");
  }

  /**
   * @return the floor: POI's plain text of the same file
   * @throws IOException never
   */
  @Benchmark
  public String xwpfWordExtractor() throws IOException {
    try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
      return extractor.getText();
    }
  }
}
