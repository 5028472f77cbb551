package org.civicplan.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import org.civicplan.io.document.ImportDiagnostic;
import org.civicplan.io.document.ImportResult;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.io.document.ReaderLaws;
import org.civicplan.model.Plan;
import org.civicplan.rules.Finding;
import org.civicplan.rules.Profile;
import org.civicplan.rules.ValidationReport;
import org.civicplan.rules.Language;
import org.civicplan.rules.Validator;
import org.civicplan.rules.report.ReportFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The sample plan as Word documents made by LibreOffice (typed labels, .docx and .doc) and by
 * docx.js (Word automatic numbering, chineseCounting {@code %1、}): the same plan as its Markdown,
 * and the same five findings, located by paragraph.
 */
class WordSampleTest {
  static final Path DOCS = Path.of("src/test/resources/documents");

  static ImportResult read(String name) throws IOException {
    return PlanDocuments.create().read(DOCS.resolve(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"jiangsu-road-2024.docx", "jiangsu-road-2024-numbered.docx", "jiangsu-road-2024.doc"})
  void theSampleInWordIsTheSamePlanAsItsMarkdown(String name) throws IOException {
    Plan word = read(name).plan();
    Plan markdown = ReaderLaws.sampleFromMarkdown().plan();
    ReaderLaws.assertSameContent(word, markdown);
    assertThat(word.sections()).hasSize(4);
    assertThat(word.goals()).hasSize(12);
    assertThat(word.indicators()).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jiangsu-road-2024.docx", "jiangsu-road-2024-numbered.docx", "jiangsu-road-2024.doc"})
  void validateGivesTheFiveFindingsOfTheMarkdownAtTheirParagraphs(String name) throws IOException {
    ValidationReport report = Validator.builder().profile(Profile.DEFAULT).build().validate(read(name).plan());
    // Paragraphs (the line of a Word location): 13 is goal 二.三是 (broken after “联合体，”),
    // 15 section 三 (Heading 3 among Heading 2s), 18 goal 三.二是, 21 section 四 (Heading 4),
    // 23 goal 四.一是 (broken inside “善治理”).
    assertThat(report.findings())
        .extracting(Finding::ruleId, Finding::elementId, f -> f.span().get().startLine())
        .containsExactly(
            tuple("text/joined-broken-paragraph", "s2.g3.i4", 13),
            tuple("structure/heading-level-inconsistent", "s3", 15),
            tuple("text/joined-broken-paragraph", "s3.g2.i5", 18),
            tuple("structure/heading-level-inconsistent", "s4", 21),
            tuple("text/joined-broken-paragraph", "s4.g1.i3", 23));
  }

  @ParameterizedTest
  @ValueSource(strings = {"jiangsu-road-2024.docx", "jiangsu-road-2024.doc"})
  void findingsInWordNameTheParagraphNotALineInEveryReportFormat(String name) throws IOException {
    // a Word location's line is the paragraph: 第 13 段, never 第 13 行 (there are no lines in Word)
    for (Language lang : Language.values()) {
      ValidationReport report = Validator.builder().profile(Profile.DEFAULT).language(lang).build()
          .validate(read(name).plan());
      assertThat(report.findings().get(0).message(Language.ZH)).startsWith("第 13 段在句中断开，已与下一段合并");
      assertThat(report.findings().get(0).message(Language.EN)).startsWith("Paragraph 13 breaks off mid-sentence");
      assertThat(report.findings()).extracting(f -> f.message(Language.ZH)).noneMatch(m -> m.matches(".*第 \\d+ 行.*"));
      assertThat(report.findings()).extracting(f -> f.message(Language.EN)).noneMatch(m -> m.contains(" at line "));
      String expected = lang == Language.ZH ? "第 13 段在句中断开" : "Paragraph 13 breaks off mid-sentence";
      for (ReportFormat format : ReportFormat.values()) {
        StringWriter out = new StringWriter();
        format.writer().write(report, out);
        assertThat(out.toString()).as(format.id()).contains(expected).doesNotContain("第 13 行", "at line 13");
      }
    }
  }

  @Test
  void typedLabelsAndAutomaticNumberingGiveTheSameLabelsAndLocations() throws IOException {
    Plan typed = read("jiangsu-road-2024.docx").plan();
    Plan numbered = read("jiangsu-road-2024-numbered.docx").plan();
    assertThat(numbered.sections()).extracting(s -> s.number().get().marker())
        .containsExactly("一、", "二、", "三、", "四、");
    // the same paragraph and column: the automatic label counts as the characters Word shows
    assertThat(numbered.initiatives().map(i -> i.sourceSpan().get().toString()).toList())
        .isEqualTo(typed.initiatives().map(i -> i.sourceSpan().get().toString()).toList());
  }

  @Test
  void aDeepPlanWithAutomaticSectionGoalAndItemNumbers() throws IOException {
    ImportResult word = read("parenthesized-levels-numbered.docx");
    ImportResult markdown = ReaderLaws.sampleFromMarkdown("parenthesized-levels.md");
    ReaderLaws.assertSameContent(word.plan(), markdown.plan());
    assertThat(word.plan().goals().map(g -> g.number().get().marker()).toList())
        .containsExactly("（一）", "（二）", "（一）", "（二）");
    // the decimal items (%3.) restart under every goal: 1. 2. under （一） of section 一
    assertThat(word.plan().goals().findFirst().get().narrative()).first().asString().startsWith("1.");
  }

  @Test
  void aTaskTableInWordIsTheTaskTableOfTheMarkdown() throws IOException {
    ImportResult word = read("task-table.docx");
    ImportResult markdown = ReaderLaws.sampleFromMarkdown("task-table.md");
    ReaderLaws.assertSameContent(word.plan(), markdown.plan());
    assertThat(word.plan().initiatives().filter(i -> i.leadUnit().isPresent()).count()).isEqualTo(5);
    assertThat(word.diagnostics()).extracting(ImportDiagnostic::kind)
        .isEqualTo(markdown.diagnostics().stream().map(ImportDiagnostic::kind).toList());
  }
}
