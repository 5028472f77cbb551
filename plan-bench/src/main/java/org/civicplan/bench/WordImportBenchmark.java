package org.civicplan.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.civicplan.io.document.ImportResult;
import org.civicplan.io.spi.DocumentReader;
import org.civicplan.io.spi.DocumentText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
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
 * <p>{@code reader} times the format's {@code DocumentReader} alone (issue 12's target, ≤ 1.5× the
 * floor); {@code planDocuments} the whole import, reader and the shared pipeline that {@link
 * ImportBenchmark} measures on Markdown (shown for information).
 *
 * <pre>{@code
 * java -jar plan-bench/target/benchmarks.jar WordImportBenchmark -p size=1000
 * }</pre>
 */
public class WordImportBenchmark extends ImportBenchmarkBase {
  private static final DocumentReader READER = readerFor("x.docx");

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
    return DOCUMENTS.read(new ByteArrayInputStream(docx), READER, "synthetic.docx");
  }

  /**
   * The reader alone, what issue 12's target is about: plan-docx's reader (the package, numbering,
   * styles and every paragraph as blocks), as {@code PlanDocuments.read} calls it, without the
   * shared pipeline that {@link ImportBenchmark} measures.
   *
   * @return the blocks of the .docx
   * @throws IOException never for the generated document
   */
  @Benchmark
  public DocumentText reader() throws IOException {
    return read(READER, docx, "synthetic.docx");
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
