package org.civicplan.pdf;

import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.io.document.ReaderLaws;
import org.civicplan.model.Plan;
import org.civicplan.pdf.testing.GeneratedPdf;
import org.junit.jupiter.api.Test;

/**
 * The nothing-is-lost law for PDF: generated plans typeset by PDFBox ({@link GeneratedPdf}: A4,
 * one justified, indented paragraph per line of the plain text, a {@code - n -} page number on
 * every page), read back. The oracle is PDFBox's own {@link PDFTextStripper}: the text a reader
 * sees on the pages, the page numbers aside, equals the model's text in order.
 *
 * <p>The test font has the characters of the generators' word pools but not the whole CJK block,
 * emoji or extension B: a generated character the font lacks is replaced, before typesetting, by
 * a Chinese character it has (chosen by the code point, so the same text gives the same
 * document). So this law covers characters of the Basic Multilingual Plane only.
 */
class PdfNothingIsLostPropertyTest {
  static final PdfReader READER = new PdfReader();
  static final PlanDocuments DOCUMENTS = PlanDocuments.builder().serviceLoader(false).addReader(READER).build();
  static final int[] SETTABLE = settableHan();

  static int[] settableHan() {
    List<Integer> han = new ArrayList<>();
    for (int cp = 0x4E00; cp <= 0x9FFF; cp++) {
      if (GeneratedPdf.canSet(cp) && "一二三四五六七八九十是".indexOf(cp) < 0) {
        han.add(cp);
      }
    }
    return han.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The text with every character the font lacks replaced by a Chinese character it has. */
  static String settable(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      boolean control = cp == '\n' || cp == '\r';
      sb.appendCodePoint(control || GeneratedPdf.canSet(cp) ? cp : SETTABLE[cp % SETTABLE.length]);
    });
    return sb.toString();
  }

  static byte[] pdf(String text) {
    GeneratedPdf pdf = GeneratedPdf.a4();
    for (String line : text.split("\r?\n|\r", -1)) {
      if (!line.isBlank()) {
        pdf.paragraph("", line);
      }
    }
    return pdf.save();
  }

  /** What PDFBox's own text extraction sees, without the page-number lines. */
  static String seen(byte[] bytes) {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(doc);
      return text.replaceAll("(?m)^- \\d+ -\\s*$", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Plan read(byte[] pdf, String text) {
    try {
      return DOCUMENTS.read(new ByteArrayInputStream(pdf), READER, "generated.pdf").plan();
    } catch (IOException e) {
      throw new AssertionError(e.getMessage() + "\n" + text, e);
    }
  }

  @Test
  void everyCharacterOnThePagesEndsUpInTheModelInOrder() {
    qt().withExamples(80).withGenerateAttempts(5000)
        .forAll(ReaderLaws.plainTextPlans().map(PdfNothingIsLostPropertyTest::settable))
        .check(text -> {
          byte[] pdf = pdf(text);
          Plan plan = read(pdf, text);
          String model = ReaderLaws.normalize(ReaderLaws.modelText(plan));
          return model.equals(ReaderLaws.normalize(seen(pdf)))
              && model.equals(ReaderLaws.normalize(text))
              && ReaderLaws.initiativesPartitionNarrative(plan);
        });
  }

  @Test
  void thePdfPlanIsThePlainTextPlan() {
    qt().withExamples(40).withGenerateAttempts(5000)
        .forAll(ReaderLaws.plainTextPlans().map(PdfNothingIsLostPropertyTest::settable))
        .check(text -> {
          try {
            return ReaderLaws.modelText(read(pdf(text), text)).equals(ReaderLaws.modelText(ReaderLaws.readText(text)));
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        });
  }
}
