package org.civicplan.docx;

import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.io.document.ReaderLaws;
import org.civicplan.model.Plan;
import org.junit.jupiter.api.Test;

/**
 * The nothing-is-lost law for .docx: generated plans written by POI, one Word paragraph per
 * line, read back; the model's text equals the document's text in order, and the plan is the one
 * the same text gives as plain text.
 */
class WordNothingIsLostPropertyTest {
  static final DocxReader READER = new DocxReader();
  static final PlanDocuments DOCUMENTS = PlanDocuments.builder().serviceLoader(false).addReader(READER).build();

  static byte[] docx(String text) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : text.split("\r?\n|\r", -1)) {
        if (!line.isBlank()) {
          doc.createParagraph().createRun().setText(line);
        }
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Plan read(String text) {
    try {
      return DOCUMENTS.read(new ByteArrayInputStream(docx(text)), READER, "generated.docx").plan();
    } catch (IOException e) {
      throw new AssertionError(e.getMessage() + "\n" + text, e);
    }
  }

  @Test
  void everyCharacterOfTheDocumentEndsUpInTheModelInOrder() {
    qt().withExamples(100).withGenerateAttempts(5000)
        .forAll(ReaderLaws.plainTextPlans())
        .check(text -> {
          Plan plan = read(text);
          return ReaderLaws.normalize(ReaderLaws.modelText(plan)).equals(ReaderLaws.normalize(text))
              && ReaderLaws.initiativesPartitionNarrative(plan);
        });
  }

  @Test
  void theWordPlanIsThePlainTextPlan() {
    qt().withExamples(60).withGenerateAttempts(5000)
        .forAll(ReaderLaws.plainTextPlans())
        .check(text -> {
          try {
            return ReaderLaws.modelText(read(text)).equals(ReaderLaws.modelText(ReaderLaws.readText(text)));
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        });
  }
}
