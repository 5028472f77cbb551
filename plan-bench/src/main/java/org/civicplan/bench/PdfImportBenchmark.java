package org.civicplan.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.civicplan.io.document.ImportResult;
import org.civicplan.io.spi.DocumentReader;
import org.civicplan.io.spi.DocumentText;
import org.civicplan.pdf.testing.GeneratedPdf;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

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
 * <p>{@code reader} times the format's {@code DocumentReader} alone (issue 12's target, ≤ 1.5× the
 * floor); {@code planDocuments} the whole import, reader and the shared pipeline that {@link
 * ImportBenchmark} measures on Markdown (shown for information).
 *
 * <pre>{@code
 * java -jar plan-bench/target/benchmarks.jar PdfImportBenchmark -p size=1000
 * }</pre>
 */
public class PdfImportBenchmark extends ImportBenchmarkBase {
  private static final DocumentReader READER = readerFor("x.pdf");

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
    return DOCUMENTS.read(new ByteArrayInputStream(pdf), READER, "synthetic.pdf");
  }

  /**
   * The reader alone, what issue 12's target is about: plan-pdf's reader (PDFBox parsing, text by
   * position, lines into paragraphs, page numbers removed), as {@code PlanDocuments.read} calls it,
   * without the shared pipeline that {@link ImportBenchmark} measures.
   *
   * @return the blocks of the PDF
   * @throws IOException never for the generated document
   */
  @Benchmark
  public DocumentText reader() throws IOException {
    return read(READER, pdf, "synthetic.pdf");
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
