package org.civicplan.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.civicplan.io.document.ImportResult;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.pdf.testing.GeneratedPdf;
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
 * Importing a work plan printed as PDF: {@code PlanDocuments.read} of the file (plan-pdf: PDFBox
 * parsing, text by position, lines into paragraphs, page numbers removed, the whole import)
 * against the floor, PDFBox's own plain-text extraction of the same bytes, {@code
 * Loader.loadPDF} and {@code PDFTextStripper.getText} with its defaults.
 *
 * <p>The PDF is typeset in {@link Setup} by PDFBox ({@link GeneratedPdf}, from plan-pdf's
 * test-jar, with its subset of WenQuanYi Micro Hei embedded) from the synthetic plan's Markdown:
 * headings larger, bold {@code 一是} lead-ins in a bold face, justified paragraphs indented two
 * characters, a {@code - n -} page number on every page. Pages are A3, so that the largest plan
 * (1,578 pages, 5.5 MB) stays within {@code PdfReader.MAX_PAGES}; A4 would need about 3,400.
 *
 * <pre>{@code
 * java -jar plan-bench/target/benchmarks.jar PdfImportBenchmark -p size=1000
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class PdfImportBenchmark {
  /** Initiatives in the plan. */
  @Param({"1000", "10000", "100000"})
  public int size;

  private static final PlanDocuments DOCUMENTS = PlanDocuments.create();

  private byte[] pdf;

  /** Typesets the plan. */
  @Setup(Level.Trial)
  public void setUp() {
    pdf = pdf(Fixture.of(size).markdown);
  }

  /** @return a PDF of the Markdown's headings, paragraphs and bold lead-ins, on A3 pages */
  static byte[] pdf(String markdown) {
    GeneratedPdf out = GeneratedPdf.of(PDRectangle.A3);
    for (String line : markdown.split("\\n")) {
      if (line.isBlank() || line.startsWith("|")) {
        continue;
      }
      int level = 0;
      while (level < line.length() && line.charAt(level) == '#') {
        level++;
      }
      String text = line.substring(level).strip();
      if (level > 0) {
        out.heading(level, text.replace("**", ""));
      } else if (text.startsWith("**") && text.indexOf("**", 2) > 0) {
        int end = text.indexOf("**", 2);
        out.paragraph(text.substring(2, end), text.substring(end + 2).replace("**", ""));
      } else {
        out.paragraph("", text.replace("**", ""));
      }
    }
    return out.save();
  }

  /**
   * @return the imported plan
   * @throws IOException never for the generated document
   */
  @Benchmark
  public ImportResult planDocuments() throws IOException {
    return DOCUMENTS.read(new ByteArrayInputStream(pdf), DOCUMENTS.readerFor("x.pdf").orElseThrow(), "synthetic.pdf");
  }

  /**
   * @return the floor: PDFBox's plain text of the same file
   * @throws IOException never
   */
  @Benchmark
  public String pdfTextStripper() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
