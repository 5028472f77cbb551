package org.civicplan.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.civicplan.io.document.DocumentFormat;
import org.civicplan.io.document.ImportDiagnostic;
import org.civicplan.io.document.ImportResult;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.io.document.ReaderLaws;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.OrganizationalUnit;
import org.civicplan.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A task table of 32 rows that runs over three pages, printed by LibreOffice from {@code
 * long-task-table.md}: ruled, without and with its header row repeated on each page (row 11 is
 * cut by the first page break, its task text going on on page 2 under an empty 序号 cell), and
 * printed without ruling lines. Each is the one task table of its Markdown: every row an
 * initiative with its lead and supporting units, deadline and indicator.
 */
class PdfLongTableTest {
  static final Path DOCS = Path.of("src/test/resources/documents");

  static ImportResult read(String name) throws IOException {
    return PlanDocuments.create().read(DOCS.resolve(name));
  }

  static ImportResult markdown() throws IOException {
    try (InputStream in = Files.newInputStream(DOCS.resolve("long-task-table.md"))) {
      return PlanDocuments.create().read(in, DocumentFormat.MARKDOWN, "long-task-table.md");
    }
  }

  static List<String> rows(Plan plan) {
    return plan.initiatives()
        .map(i -> i.text() + "|" + i.leadUnit().map(u -> unit(plan, u)).orElse("") + "|" + i.supportingUnits().stream().map(u -> unit(plan, u)).collect(Collectors.joining("、")) + "|"
            + i.due().map(LocalDate::toString).orElse("") + "|"
            + i.indicators().stream().map(PdfLongTableTest::indicator).collect(Collectors.joining(";")))
        .toList();
  }

  static String lead(Plan plan, Initiative i) {
    return i.leadUnit().map(u -> unit(plan, u)).orElse("");
  }

  static List<String> support(Plan plan, Initiative i) {
    return i.supportingUnits().stream().map(u -> unit(plan, u)).toList();
  }

  static String unit(Plan plan, String id) {
    return plan.units().stream().filter(u -> u.id().equals(id)).map(OrganizationalUnit::name).findFirst().orElse(id);
  }

  static String indicator(Indicator k) {
    return k.name() + "=" + k.target().map(t -> t.value().toPlainString() + t.unit().map(Object::toString).orElse("")).orElse("");
  }

  @ParameterizedTest
  @ValueSource(strings = {"long-task-table.pdf", "long-task-table-repeated-header.pdf", "long-task-table-borderless.pdf"})
  void aTableOverThreePagesIsOneTaskTable(String name) throws IOException {
    ImportResult pdf = read(name);
    ImportResult md = markdown();
    assertThat(md.plan().initiatives().count()).isEqualTo(33); // the 32 rows and the 一是 of 保障措施
    assertThat(rows(pdf.plan())).containsExactlyElementsOf(rows(md.plan()));
    ReaderLaws.assertSameContent(pdf.plan(), md.plan());
    List<Initiative> tasks = pdf.plan().initiatives().toList();
    // the first row, the row the page break cut, the first and the last of the next pages
    assertThat(tasks.get(0).text()).isEqualTo("新建口袋公园3处");
    assertThat(lead(pdf.plan(), tasks.get(0))).isEqualTo("城建办");
    assertThat(support(pdf.plan(), tasks.get(0))).containsExactly("各社区居委会");
    assertThat(tasks.get(0).due()).hasValue(LocalDate.of(2024, 3, 31));
    Initiative cut = tasks.get(10);
    assertThat(cut.text()).startsWith("新增市场主体450户，").endsWith("引导楼宇业主、物业企业和入驻企业共同参与楼宇党建和楼宇治理");
    assertThat(lead(pdf.plan(), cut)).isEqualTo("城建办");
    assertThat(support(pdf.plan(), cut)).isEmpty();
    assertThat(cut.due()).hasValue(LocalDate.of(2024, 3, 31));
    assertThat(tasks.get(11).text()).startsWith("走访辖区重点企业不少于80家");
    assertThat(lead(pdf.plan(), tasks.get(11))).isEqualTo("经发办");
    assertThat(support(pdf.plan(), tasks.get(11))).containsExactly("城管中队", "城建办");
    assertThat(tasks.get(11).due()).hasValue(LocalDate.of(2024, 6, 30));
    assertThat(tasks.get(31).text()).isEqualTo("完成年度民生实事项目10项");
    assertThat(lead(pdf.plan(), tasks.get(31))).isEqualTo("经发办");
    assertThat(tasks.get(31).due()).hasValue(LocalDate.of(2024, 6, 30));
    assertThat(tasks.get(2).indicators()).extracting(k -> k.target().orElseThrow().value().toPlainString())
        .containsExactly("4.5");
    // nothing of the table is left as a paragraph, nothing of the header rows is a task
    assertThat(ReaderLaws.modelText(pdf.plan())).doesNotContain("序号", "牵头单位");
    assertThat(pdf.plan().sections().get(1).title()).isEqualTo("保障措施");
  }

  @Test
  void theRepeatedHeaderRowIsLeftOutAndSaidSo() throws IOException {
    ImportResult pdf = read("long-task-table-repeated-header.pdf");
    assertThat(pdf.diagnostics()).filteredOn(d -> d.kind() == ImportDiagnostic.Kind.SKIPPED_MARKUP)
        .extracting(ImportDiagnostic::message)
        .contains("第 2 页续表重复的表头行未读入 (the header row repeated where the table goes on on page 2 left out)",
            "第 3 页续表重复的表头行未读入 (the header row repeated where the table goes on on page 3 left out)");
    assertThat(read("long-task-table.pdf").diagnostics()).extracting(ImportDiagnostic::message)
        .noneMatch(m -> m.contains("表头"));
  }
}
