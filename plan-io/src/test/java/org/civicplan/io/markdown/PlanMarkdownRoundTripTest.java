package org.civicplan.io.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.io.PlanFormatException;
import org.civicplan.io.document.DocumentFormat;
import org.civicplan.io.document.ImportResult;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.model.Goal;
import org.civicplan.model.Initiative;
import org.civicplan.model.Mention;
import org.civicplan.model.Numbering;
import org.civicplan.model.NumberingStyle;
import org.civicplan.model.OrganizationalUnit;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.civicplan.model.testing.PlanGenerators;
import org.junit.jupiter.api.Test;

/**
 * Writing a plan as Markdown and reading it back gives the same plan, compared on everything a
 * document carries: {@link #documentCarried(Plan)} clears only source spans, source notes and the
 * source document (which describe one particular document, not the plan); every other field,
 * ids included, must be equal.
 */
class PlanMarkdownRoundTripTest {
  private static final PlanDocuments READER = PlanDocuments.create();
  private static final PlanMarkdown WRITER = PlanMarkdown.create();

  /** The plan without source spans, source notes and source document, at every level. */
  static Plan documentCarried(Plan plan) {
    Plan.Builder b = Plan.builder().from(plan).sourceSpan(Optional.empty()).sourceNotes(java.util.List.of()).source(Optional.empty())
        .targets(spanless(plan.targets()));
    b.sections(plan.sections().stream().map(s -> Section.builder().from(s).sourceSpan(Optional.empty()).sourceNotes(java.util.List.of())
        .indicators(spanless(s.indicators()))
        .goals(s.goals().stream().map(g -> Goal.builder().from(g).sourceSpan(Optional.empty()).sourceNotes(java.util.List.of())
            .indicators(spanless(g.indicators()))
            .initiatives(g.initiatives().stream().map(i -> Initiative.builder().from(i).sourceSpan(Optional.empty()).sourceNotes(java.util.List.of())
                .mentions(i.mentions().stream().map(m -> Mention.builder().from(m).span(Optional.empty()).build()).toList())
                .indicators(spanless(i.indicators()))
                .build()).toList())
            .build()).toList())
        .build()).toList());
    b.units(plan.units().stream().map(u -> OrganizationalUnit.builder().from(u).sourceSpan(Optional.empty()).sourceNotes(java.util.List.of()).build()).toList());
    return b.build();
  }

  static Plan reread(Plan plan) throws PlanFormatException {
    return READER.read(WRITER.write(plan), DocumentFormat.MARKDOWN, "written.md").plan();
  }

  private static java.util.List<org.civicplan.model.Indicator> spanless(java.util.List<org.civicplan.model.Indicator> indicators) {
    return indicators.stream()
        .map(k -> org.civicplan.model.Indicator.builder().from(k).sourceSpan(Optional.empty()).sourceNotes(java.util.List.of()).build())
        .toList();
  }

  @Test
  void writingThenReadingADocumentShapedPlanGivesTheSamePlan() {
    qt().withExamples(1000)
        .forAll(PlanGenerators.documentPlans())
        .check(plan -> {
          try {
            return documentCarried(reread(plan)).equals(documentCarried(plan));
          } catch (PlanFormatException e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void writtenDocumentsHaveNoRepairsOrLosses() {
    qt().withExamples(300)
        .forAll(PlanGenerators.documentPlans())
        .check(plan -> {
          try {
            return READER.read(WRITER.write(plan), DocumentFormat.MARKDOWN, "w.md").diagnostics().isEmpty();
          } catch (PlanFormatException e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void theSampleSurvivesWritingAndReading() throws IOException {
    String text;
    try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/samples/jiangsu-road-2024.md"))) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Plan sample = READER.read(text, DocumentFormat.MARKDOWN, "jiangsu-road-2024.md").plan();
    String written = WRITER.write(sample);
    assertThat(written).startsWith("# 江苏路街道 2024 年工作计划\n\n2024 年是中华人民共和国成立 75 周年")
        .contains("\n## 二、“老、小、旧”持续攻坚，品质生活焕然一新\n")
        .contains("\n**一是招商引资，挖掘更大潜力。**聚焦存量中的增量")
        .contains("加入全国“钱学森”科学家精神教育基地联合体，打造 2.0 版社区书院。\n");
    ImportResult again = READER.read(written, DocumentFormat.MARKDOWN, "written.md");
    assertThat(documentCarried(again.plan())).isEqualTo(documentCarried(sample));
    assertThat(again.diagnostics()).isEmpty(); // the repairs were made once, on the original
    // and writing is stable
    assertThat(WRITER.write(again.plan())).isEqualTo(written);
    StringWriter out = new StringWriter();
    WRITER.write(sample, out);
    assertThat(out.toString()).isEqualTo(written);
  }

  @Test
  void theTableDocumentSurvivesWritingAndReading() throws IOException {
    String text;
    try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/samples/task-table.md"))) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Plan plan = READER.read(text, DocumentFormat.MARKDOWN, "task-table.md").plan();
    String written = WRITER.write(plan);
    assertThat(written).contains("| 任务 | 牵头单位 | 配合单位 | 完成时限 |")
        .contains("| 新建2个社区食堂 | 社区服务办 | 社区事务受理服务中心、各居委会 | 2024年6月30日 |");
    Plan again = READER.read(written, DocumentFormat.MARKDOWN, "w.md").plan();
    assertThat(again.initiatives().map(i -> i.text() + "|" + i.leadUnit().flatMap(again::unit).map(OrganizationalUnit::name).orElse("")
            + "|" + i.due().map(LocalDate::toString).orElse("")).toList())
        .isEqualTo(plan.initiatives().map(i -> i.text() + "|" + i.leadUnit().flatMap(plan::unit).map(OrganizationalUnit::name).orElse("")
            + "|" + i.due().map(LocalDate::toString).orElse("")).toList());
    assertThat(again.units()).extracting(OrganizationalUnit::name).isEqualTo(plan.units().stream().map(OrganizationalUnit::name).toList());
  }

  @Test
  void plansWithoutNarrativeOrNumbersAreWrittenReadably() throws IOException {
    Plan plan = Plan.builder().title("某区2024年工作要点")
        .addSection(Section.builder().title("加强*党建*_重点_ [链接](x) <b>")
            .addGoal(Goal.builder().name("强化组织").number(Numbering.of(1, "1", NumberingStyle.ARABIC_DOT))
                .addInitiative(Initiative.builder().text("1. 完成3处阵地建设。").build())
                .addInitiative(Initiative.builder().text("- 开展培训。").build())
                .build())
            .build())
        .build();
    String written = WRITER.write(plan);
    assertThat(written).contains("## 一、加强\\*党建\\*\\_重点\\_ \\[链接\\](x) \\<b\\>").contains("**一是强化组织。**");
    Plan again = READER.read(written, DocumentFormat.MARKDOWN, "w.md").plan();
    assertThat(again.sections().get(0).title()).isEqualTo("加强*党建*_重点_ [链接](x) <b>");
    assertThat(again.initiatives().map(Initiative::text)).containsExactly("1. 完成3处阵地建设。", "- 开展培训。");
    assertThat(again.goals().findFirst().orElseThrow().number()).contains(Numbering.of(1, "一", NumberingStyle.CHINESE_SHI));
  }

  /** Words and the characters Markdown escapes, backslash and star among them. */
  private static final String[] MARKUP_PIECES = {
    "治理", "服务", "建设", "\\", "*", "\\*", "**", "_", "[", "]", "`", "&", "<", "!", "#", "~", "|", "\\\\"
  };

  private static Plan goalNamed(String name) {
    return Plan.builder().title("某街道2024年工作计划")
        .organization(org.civicplan.model.IssuingOrganization.named("某街道"))
        .period(org.civicplan.model.Period.calendarYear(2024))
        .addSection(Section.builder().number(Numbering.of(1, "一", NumberingStyle.CHINESE_ENUMERATION_COMMA)).title("基层治理")
            .addGoal(Goal.builder().number(Numbering.of(1, "一", NumberingStyle.CHINESE_SHI)).name(name)
                .addNarrative("推进社区建设。")
                .addInitiative(Initiative.builder().text("推进社区建设。").build())
                .build())
            .build())
        .build();
  }

  @Test
  void aGoalNameWithAnEscapedStarStaysTheGoalsName() throws PlanFormatException {
    Plan plan = goalNamed("强化\\*组织");
    String written = WRITER.write(plan);
    assertThat(written).contains("**一是强化\\\\\\*组织。**推进社区建设。");
    Plan again = reread(plan);
    assertThat(again.sections().get(0).introduction()).isEmpty();
    assertThat(again.goals().findFirst().orElseThrow().name()).isEqualTo("强化\\*组织");
    assertThat(documentCarried(again)).isEqualTo(documentCarried(plan));
  }

  @Test
  void goalNamesWithMarkdownCharactersSurviveWritingAndReading() {
    qt().withExamples(500)
        .forAll(org.quicktheories.generators.SourceDSL.lists()
            .of(org.quicktheories.generators.SourceDSL.integers().between(0, MARKUP_PIECES.length - 1))
            .ofSizeBetween(1, 6))
        .check(pieces -> {
          StringBuilder name = new StringBuilder("强化");
          pieces.forEach(k -> name.append(MARKUP_PIECES[k]));
          Plan plan = goalNamed(name.append("组织").toString());
          try {
            Plan once = reread(plan);
            // md → model → md → model: the second trip gives what the first did
            return documentCarried(once).equals(documentCarried(plan))
                && documentCarried(reread(once)).equals(documentCarried(plan));
          } catch (PlanFormatException e) {
            throw new AssertionError(e);
          }
        });
  }
}
