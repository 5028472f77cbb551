package org.civicplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.civicplan.model.Initiative;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.civicplan.rules.report.TextReportWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default profile on the sample plan reports exactly what is true of the document, with the
 * right line numbers:
 *
 * <ul>
 *   <li>line 27: the paragraph of goal 二.三是 breaks after “联合体，” and continues on line 29;
 *   <li>line 31: section 三 is a {@code ###} heading while sections are usually {@code ##} (一 and
 *       二 are {@code ##}; bold does not change the level);
 *   <li>line 37: the paragraph of goal 三.二是 breaks after “落实林长制，” and continues on line 39;
 *   <li>line 43: section 四 is a {@code ####} heading;
 *   <li>line 47: the paragraph of goal 四.一是 breaks inside the quoted word “善治理” and continues
 *       on line 49.
 * </ul>
 *
 * Nothing else: the quotes balance once the broken paragraphs are joined, the text has no
 * half-width punctuation or leftover Markdown, no two initiatives are near-duplicates, numbering
 * is 一二三四 with 一是二是三是 in each section, and the two promised quantities (9处, 3处) have
 * indicators.
 */
class SampleValidationTest {
  static Plan sample;

  @BeforeAll
  static void load() throws IOException {
    sample = SamplePlan.load();
  }

  @Test
  void theImporterGivesTheRulesTheSourceFactsTheyRelyOn() {
    assertThat(sample.sections()).hasSize(4);
    assertThat(sample.sections()).extracting(s -> s.sourceSpan().get().startLine())
        .containsExactly(7, 17, 31, 43);
    assertThat(sample.sections()).extracting(s -> s.sourceNotes().get(0).detail())
        .containsExactly("## …", "## **…**", "### …", "#### **…**");
    assertThat(sample.goals()).hasSize(12);
    assertThat(sample.initiatives().filter(i -> !i.sourceNotes().isEmpty()))
        .extracting(i -> i.sourceNotes().get(0).span().get().startLine())
        .containsExactly(27, 37, 47);
    assertThat(sample.indicators()).extracting(k -> k.target().get().value().intValue())
        .containsExactly(9, 3);
  }

  @Test
  void defaultProfileReportsExactlyTheTrueFindings() {
    ValidationReport report = Validator.builder().profile(Profile.DEFAULT).build().validate(sample);
    assertThat(report.findings())
        .extracting(Finding::ruleId, Finding::elementId, f -> f.span().get().startLine())
        .containsExactly(
            tuple("text/joined-broken-paragraph", "s2.g3.i4", 27),
            tuple("structure/heading-level-inconsistent", "s3", 31),
            tuple("text/joined-broken-paragraph", "s3.g2.i5", 37),
            tuple("structure/heading-level-inconsistent", "s4", 43),
            tuple("text/joined-broken-paragraph", "s4.g1.i3", 47));
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.count(Severity.WARNING)).isEqualTo(5);
    // The elements named are the ones the lines belong to.
    assertThat(sample.find("s3").get().as(Section.class).title()).startsWith("“智、细、效”");
    assertThat(sample.find("s2.g3.i4").get().as(Initiative.class).text()).contains("联合体，打造 2.0 版社区书院");
    assertThat(sample.find("s3.g2.i5").get().as(Initiative.class).text()).contains("落实林长制，常态化开展巡林护绿");
    assertThat(sample.find("s4.g1.i3").get().as(Initiative.class).text()).contains("“善治理”楼宇党建模式");
  }

  @Test
  void compilerStyleOutputNamesFileLineAndColumn() throws IOException {
    ValidationReport report = Validator.builder().language(Language.EN).build().validate(sample);
    StringWriter out = new StringWriter();
    new TextReportWriter(false, false).write(report, out);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).startsWith("../examples/jiangsu-road-2024.md:27:263:").contains(" warning [text/joined-broken-paragraph] ");
    assertThat(lines.get(1)).isEqualTo("../examples/jiangsu-road-2024.md:31:1: warning [structure/heading-level-inconsistent] "
        + "三、“智、细、效”深化探索，精管善治… is a level-3 heading (###) while 2 of the 4 headings of this"
        + " level are level-2 headings (##).");
    assertThat(lines.get(3)).startsWith("../examples/jiangsu-road-2024.md:43:1: warning [structure/heading-level-inconsistent] ")
        .contains("level-4 heading (####)");
  }

  @Test
  void strictProfileAddsTheMixedBoldHeadingsAndTheMissingAssignments() {
    ValidationReport report = Validator.builder().profile(Profile.STRICT).build().validate(sample);
    long initiatives = sample.initiatives().count();
    // No initiative of the sample names a lead unit or a due date: both true of every one.
    assertThat(report.findings().stream().filter(f -> f.ruleId().equals("assignment/lead-unit-missing")))
        .hasSize((int) initiatives);
    assertThat(report.findings().stream().filter(f -> f.ruleId().equals("assignment/due-date-missing")))
        .hasSize((int) initiatives);
    assertThat(report.findings().stream()
            .filter(f -> !f.ruleId().startsWith("assignment/"))
            .filter(f -> !List.of("text/joined-broken-paragraph", "structure/heading-level-inconsistent")
                .contains(f.ruleId())))
        .extracting(Finding::ruleId, Finding::elementId, f -> f.span().get().startLine())
        .containsExactly(
            tuple("structure/heading-emphasis-mixed", "s1.g1", 11),
            tuple("structure/heading-emphasis-mixed", "s2", 17),
            tuple("structure/heading-emphasis-mixed", "s4", 43));
  }
}
