package org.civicplan.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import org.civicplan.io.document.ImportResult;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.io.document.ReaderLaws;
import org.civicplan.model.ExtensionValue;
import org.civicplan.model.Plan;
import org.civicplan.rules.Finding;
import org.civicplan.rules.Profile;
import org.civicplan.rules.ValidationReport;
import org.civicplan.rules.Validator;
import org.junit.jupiter.api.Test;

/**
 * The sample plan as a district government page in GBK, with navigation, breadcrumbs, a
 * sidebar, a share bar and a footer around the article (made by the recipe in plan-docx's test
 * resources): the same plan as its Markdown, the same five findings at their HTML source lines.
 */
class HtmlSampleTest {
  static final Path DOCS = Path.of("src/test/resources/documents");

  static ImportResult read(String name) throws IOException {
    return PlanDocuments.create().read(DOCS.resolve(name));
  }

  @Test
  void theSamplePageIsTheSamePlanAsItsMarkdown() throws IOException {
    ImportResult page = read("jiangsu-road-2024-gbk.html");
    ReaderLaws.assertSameContent(page.plan(), ReaderLaws.sampleFromMarkdown().plan());
    assertThat(page.plan().extensions())
        .containsEntry(PlanDocuments.METADATA_EXTENSION + "published", ExtensionValue.string("2024-02-20 09:30"))
        .containsEntry(PlanDocuments.METADATA_EXTENSION + "title", ExtensionValue.string("江苏路街道 2024 年工作计划_江苏路街道_长宁区人民政府"))
        .containsEntry(PlanDocuments.METADATA_EXTENSION + "issuer", ExtensionValue.string("江苏路街道办事处"));
    String text = ReaderLaws.modelText(page.plan());
    assertThat(text).doesNotContain("当前位置", "首页", "分享到", "沪ICP备", "相关链接", "发布日期");
  }

  @Test
  void validateGivesTheFiveFindingsAtTheirSourceLines() throws IOException {
    Plan plan = read("jiangsu-road-2024-gbk.html").plan();
    ValidationReport report = Validator.builder().profile(Profile.DEFAULT).build().validate(plan);
    assertThat(report.findings())
        .extracting(Finding::ruleId, Finding::elementId)
        .containsExactly(
            tuple("text/joined-broken-paragraph", "s2.g3.i4"),
            tuple("structure/heading-level-inconsistent", "s3"),
            tuple("text/joined-broken-paragraph", "s3.g2.i5"),
            tuple("structure/heading-level-inconsistent", "s4"),
            tuple("text/joined-broken-paragraph", "s4.g1.i3"));
    // the lines are those of the page's source: section 三's <h3> is on line 33
    assertThat(report.findings()).extracting(f -> f.span().get().startLine())
        .containsExactly(31, 33, 36, 39, 41);
  }

  @Test
  void otherShapesAsPages() throws IOException {
    ReaderLaws.assertSameContent(read("task-table.html").plan(), ReaderLaws.sampleFromMarkdown("task-table.md").plan());
    ReaderLaws.assertSameContent(
        read("parenthesized-levels.html").plan(), ReaderLaws.sampleFromMarkdown("parenthesized-levels.md").plan());
  }
}
