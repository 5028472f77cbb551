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
import org.civicplan.rules.Language;
import org.civicplan.rules.Profile;
import org.civicplan.rules.ValidationReport;
import org.civicplan.rules.Validator;
import org.junit.jupiter.api.Test;

/**
 * The sample plan as a PDF printed by LibreOffice, with a red issuing header (文件头, 文号) and a
 * {@code - n -} page-number footer: the same plan as its Markdown, the five findings by page and
 * line; the same with the header in two columns; and a ruled task table.
 */
class PdfSampleTest {
  static final Path DOCS = Path.of("src/test/resources/documents");

  /** Where the five findings are on paper, page:line, as a person counts the lines of each page. */
  static final String[] PAGE_LINES = {"2:18", "2:20", "2:35", "3:8", "3:15"};

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
    // the spans' lines are the PDF's text lines counted from page 1 (page 2 starts at line 33,
    // page 3 at 70); findings say page and line: section 三 is 第 2 页第 20 行
    assertThat(report.findings()).extracting(f -> f.span().get().startLine()).containsExactly(50, 52, 67, 77, 84);
    assertThat(report.findings()).extracting(f -> f.page().getAsInt() + ":" + f.lineOnPage().getAsInt())
        .containsExactly(PAGE_LINES);
    assertThat(report.findings().get(0).message(Language.ZH)).startsWith("段落在第 2 页第 18 行句中断开");
    assertThat(report.findings().get(0).message(Language.EN)).startsWith("The paragraph breaks off mid-sentence at line 18 of page 2");
  }

  @Test
  void aHeaderInTwoColumnsIsTheIssuerAndTheDocumentNumber() throws IOException {
    // the organ's 文件 line left and the 文号 right, in one text line with a wide gap between
    ImportResult pdf = read("jiangsu-road-2024-columns.pdf");
    ReaderLaws.assertSameContent(pdf.plan(), ReaderLaws.sampleFromMarkdown().plan());
    assertThat(pdf.plan().extensions())
        .containsEntry(PlanDocuments.METADATA_EXTENSION + "issuer", ExtensionValue.string("江苏路街道办事处文件"))
        .containsEntry(PlanDocuments.METADATA_EXTENSION + "documentNumber", ExtensionValue.string("江苏办〔2024〕3号"));
    assertThat(ReaderLaws.modelText(pdf.plan())).doesNotContain("办事处文件", "〔2024〕3号");
  }

  @Test
  void aRuledTableInPdfIsReadAsTheTaskTableItIs() throws IOException {
    // rows and cells by the table's rules, fed as the table blocks Markdown gives: the same
    // initiatives with their lead and supporting units and deadlines
    ImportResult pdf = read("task-table.pdf");
    ImportResult markdown = ReaderLaws.sampleFromMarkdown("task-table.md");
    ReaderLaws.assertSameContent(pdf.plan(), markdown.plan());
    assertThat(pdf.plan().initiatives().map(i -> i.text() + "|" + i.leadUnit().orElse("") + "|" + i.supportingUnits()))
        .containsExactly(markdown.plan().initiatives()
            .map(i -> i.text() + "|" + i.leadUnit().orElse("") + "|" + i.supportingUnits()).toArray(String[]::new));
    assertThat(pdf.plan().initiatives().count()).isEqualTo(5);
  }
}
