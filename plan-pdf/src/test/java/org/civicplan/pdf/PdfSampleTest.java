package org.civicplan.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import org.civicplan.io.document.ImportResult;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.io.document.ReaderLaws;
import org.civicplan.model.ExtensionValue;
import org.civicplan.rules.Finding;
import org.civicplan.rules.Profile;
import org.civicplan.rules.ValidationReport;
import org.civicplan.rules.Validator;
import org.junit.jupiter.api.Test;

/**
 * The sample plan as a PDF printed by LibreOffice, with a red issuing header (文件头, 文号) and a
 * {@code - n -} page-number footer: the same plan as its Markdown, the five findings by line.
 */
class PdfSampleTest {
  static final Path DOCS = Path.of("src/test/resources/documents");

  static ImportResult read(String name) throws IOException {
    return PlanDocuments.create().read(DOCS.resolve(name));
  }

  @Test
  void theSamplePdfIsTheSamePlanAsItsMarkdown() throws IOException {
    ImportResult pdf = read("jiangsu-road-2024.pdf");
    ReaderLaws.assertSameContent(pdf.plan(), ReaderLaws.sampleFromMarkdown().plan());
    assertThat(pdf.plan().extensions())
        .containsEntry(PlanDocuments.METADATA_EXTENSION + "issuer", ExtensionValue.string("中共江苏路街道工作委员会文件"))
        .containsEntry(PlanDocuments.METADATA_EXTENSION + "documentNumber", ExtensionValue.string("江苏委〔2024〕1号"));
    assertThat(ReaderLaws.modelText(pdf.plan())).doesNotContain("- 1 -", "- 2 -");
  }

  @Test
  void validateGivesTheFiveFindings() throws IOException {
    ValidationReport report = Validator.builder().profile(Profile.DEFAULT).build().validate(read("jiangsu-road-2024.pdf").plan());
    assertThat(report.findings())
        .extracting(Finding::ruleId, Finding::elementId)
        .containsExactly(
            tuple("text/joined-broken-paragraph", "s2.g3.i4"),
            tuple("structure/heading-level-inconsistent", "s3"),
            tuple("text/joined-broken-paragraph", "s3.g2.i5"),
            tuple("structure/heading-level-inconsistent", "s4"),
            tuple("text/joined-broken-paragraph", "s4.g1.i3"));
    // the lines are the PDF's text lines counted from page 1: section 三 starts line 52, on page 3
    assertThat(report.findings()).extracting(f -> f.span().get().startLine()).containsExactly(50, 52, 67, 77, 84);
  }

  @Test
  void aTaskTableInPdfKeepsEveryCellsTextInReadingOrder() throws IOException {
    // PDF has no table structure; its cells are read as lines, in order (not as task fields)
    ImportResult pdf = read("task-table.pdf");
    String text = ReaderLaws.normalize(ReaderLaws.modelText(pdf.plan()));
    int at = 0;
    for (String cell : new String[] {"新建2个社区食堂", "社区服务办", "2024年6月30日", "完成5处老旧小区加装电梯",
        "开展“邻里汇”品牌活动", "完成消防设施更新30处", "平安办", "长期坚持"}) {
      int found = text.indexOf(cell, at);
      assertThat(found).as(cell).isGreaterThanOrEqualTo(at);
      at = found + cell.length();
    }
    assertThat(pdf.plan().sections()).extracting(s -> s.title()).containsExactly("优化公共服务", "加强平安建设");
  }
}
