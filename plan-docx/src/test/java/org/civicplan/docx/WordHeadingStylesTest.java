package org.civicplan.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicplan.io.document.ImportDiagnostic;
import org.civicplan.io.document.ImportResult;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.io.document.ReaderLaws;
import org.civicplan.io.spi.DocumentText;
import org.civicplan.io.spi.ReadContext;
import org.civicplan.io.spi.TextBlock;
import org.civicplan.model.Goal;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plan whose sections and goals are only Word heading styles, with no label typed or numbered:
 * 标题 1 a section, 标题 2 a goal, 标题 3 kept as text, as the Markdown it was made from reads
 * ({@code heading-styles.md}, {@code #} the title, {@code ##} to {@code ####} the heading
 * levels). Written by docx.js ({@code recipe/headings.mjs}) with the styles named as a Chinese
 * Word names them (ids {@code 1}, {@code 2}, {@code 3} named 标题 1–3, so only the name tells)
 * and with English ids ({@code Heading1}–{@code Heading3}).
 */
class WordHeadingStylesTest {
  static final Path DOCS = Path.of("src/test/resources/documents");

  @ParameterizedTest
  @ValueSource(strings = {"heading-styles-zh.docx", "heading-styles-en.docx"})
  void headingStylesWithoutLabelsAreSectionsAndGoals(String name) throws Exception {
    ImportResult word = PlanDocuments.create().read(DOCS.resolve(name));
    ImportResult markdown = PlanDocuments.create().read(DOCS.resolve("heading-styles.md"));
    ReaderLaws.assertSameContent(word.plan(), markdown.plan());

    Plan plan = word.plan();
    assertThat(plan.title()).isEqualTo("仙霞街道2025年工作要点");
    assertThat(plan.sections()).extracting(Section::title)
        .containsExactly("营商环境持续优化", "城市更新提质增效", "社区治理走深走实");
    assertThat(plan.sections()).allSatisfy(s -> assertThat(s.number()).isEmpty());
    assertThat(plan.sections().get(0).introduction()).containsExactly("街道将聚焦重点楼宇和重点企业，做实服务保障。");
    assertThat(plan.sections().get(1).goals()).extracting(Goal::name)
        .containsExactly("推进老旧小区改造", "提升街区环境");
    // 标题 3 is one level too deep for the plan: kept as the goal's text, and said so
    assertThat(plan.sections().get(1).goals().get(0).narrative()).contains("加装电梯");
    assertThat(word.diagnostics()).extracting(ImportDiagnostic::kind).contains(ImportDiagnostic.Kind.UNPLACED_TEXT);
    assertThat(plan.initiatives().map(i -> i.text()).toList()).contains("完成12处重点楼宇走访。", "完成加装电梯30台。");
  }

  @ParameterizedTest
  @ValueSource(strings = {"heading-styles-zh.docx", "heading-styles-en.docx"})
  void theStylesGiveTheHeadingLevels(String name) throws Exception {
    try (InputStream in = Files.newInputStream(DOCS.resolve(name))) {
      DocumentText text = new DocxReader().read(in, ReadContext.of(name, 1 << 24, null));
      assertThat(text.blocks().stream().filter(b -> b.kind() == TextBlock.Kind.HEADING)
              .map(b -> b.headingLevel() + " " + b.text()).toList())
          .containsExactly("1 仙霞街道2025年工作要点", "1 营商环境持续优化", "2 做强楼宇经济", "2 稳住重点企业",
              "1 城市更新提质增效", "2 推进老旧小区改造", "3 加装电梯", "2 提升街区环境", "1 社区治理走深走实",
              "2 深化党建引领");
    }
  }
}
