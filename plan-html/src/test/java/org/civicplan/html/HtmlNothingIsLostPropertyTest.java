package org.civicplan.html;

import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.io.document.ReaderLaws;
import org.civicplan.model.Plan;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The nothing-is-lost law for web pages: generated plans written with jsoup as a page (one
 * {@code <p>} per line, inside a content container between navigation and a footer), read back.
 */
class HtmlNothingIsLostPropertyTest {
  static final HtmlReader READER = new HtmlReader();
  static final PlanDocuments DOCUMENTS = PlanDocuments.builder().serviceLoader(false).addReader(READER).build();

  static byte[] page(String text) {
    Document doc = Document.createShell("");
    doc.head().appendElement("meta").attr("charset", "utf-8");
    doc.body().appendElement("ul").addClass("nav").appendElement("li").appendElement("a").attr("href", "/").text("首页");
    Element content = doc.body().appendElement("div").addClass("TRS_Editor");
    for (String line : text.split("\r?\n|\r", -1)) {
      if (!line.isBlank()) {
        content.appendElement("p").text(line);
      }
    }
    doc.body().appendElement("div").addClass("footer").text("主办：区人民政府");
    return doc.outerHtml().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void everyCharacterOfTheArticleEndsUpInTheModelInOrder() {
    qt().withExamples(100).withGenerateAttempts(5000)
        .forAll(ReaderLaws.plainTextPlans())
        .check(text -> {
          Plan plan;
          try {
            plan = DOCUMENTS.read(new ByteArrayInputStream(page(text)), READER, "generated.html").plan();
          } catch (IOException e) {
            throw new AssertionError(e.getMessage() + "\n" + text, e);
          }
          return ReaderLaws.normalize(ReaderLaws.modelText(plan)).equals(ReaderLaws.normalize(text))
              && ReaderLaws.initiativesPartitionNarrative(plan);
        });
  }
}
