package org.civicplan.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.civicplan.io.document.ImportDiagnostic;
import org.civicplan.io.document.ImportResult;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.io.document.ReaderLaws;
import org.civicplan.model.Initiative;
import org.civicplan.pdf.testing.GeneratedPdf;
import org.junit.jupiter.api.Test;

/**
 * Tables printed without ruling lines, typeset by PDFBox ({@link GeneratedPdf#row}): rows of one
 * line each at the body's line spacing (so rows are told apart by their 序号), a table whose
 * lines do not keep to its columns (a note, paragraphs), and aligned lines without a task
 * table's header (paragraphs, no note). The LibreOffice-printed borderless table is in {@link
 * PdfLongTableTest}.
 */
class PdfBorderlessTableTest {
  static final PdfReader READER = new PdfReader();
  static final PlanDocuments DOCUMENTS = PlanDocuments.builder().serviceLoader(false).addReader(READER).build();
  static final float[] COLUMNS = {0, 40, 260, 360};

  static ImportResult read(GeneratedPdf pdf) throws IOException {
    return DOCUMENTS.read(new ByteArrayInputStream(pdf.save()), READER, "borderless.pdf");
  }

  static GeneratedPdf start() {
    return GeneratedPdf.a4().heading(1, "枫林街道2024年重点工作安排").heading(2, "一、城市更新")
        .paragraph("一是推进老旧小区改造。", "按下表分解落实。");
  }

  static String lead(ImportResult r, Initiative i) {
    return r.plan().units().stream().filter(u -> u.id().equals(i.leadUnit().orElse(""))).map(u -> u.name())
        .findFirst().orElse("");
  }

  @Test
  void rowsOfOneLineNumberedBy序号AreATaskTable() throws IOException {
    ImportResult r = read(start()
        .row(COLUMNS, "序号", "工作任务", "责任单位", "完成时限")
        .row(COLUMNS, "1", "完成老旧小区改造6个", "城建办", "2024年9月")
        .row(COLUMNS, "2", "新增公共停车泊位300个", "平安办", "2024年11月30日")
        .row(COLUMNS, "3", "改造燃气管网2.5公里", "城建办", "年底前")
        .heading(2, "二、社会治理")
        .paragraph("一是加强网格管理。", "全年化解矛盾纠纷200件。"));
    assertThat(r.plan().initiatives().map(Initiative::text))
        .containsExactly("按下表分解落实。", "完成老旧小区改造6个", "新增公共停车泊位300个", "改造燃气管网2.5公里", "全年化解矛盾纠纷200件。");
    Initiative[] tasks = r.plan().initiatives().skip(1).toArray(Initiative[]::new);
    assertThat(lead(r, tasks[0])).isEqualTo("城建办");
    assertThat(lead(r, tasks[1])).isEqualTo("平安办");
    assertThat(tasks[0].due()).hasValue(LocalDate.of(2024, 9, 30));
    assertThat(tasks[1].due()).hasValue(LocalDate.of(2024, 11, 30));
    assertThat(tasks[2].indicators()).extracting(k -> k.target().orElseThrow().value().toPlainString()).containsExactly("2.5");
    assertThat(ReaderLaws.modelText(r.plan())).doesNotContain("序号", "责任单位");
    assertThat(r.diagnostics()).extracting(ImportDiagnostic::message).noneMatch(m -> m.contains("无框线"));
  }

  @Test
  void linesThatLeaveTheColumnsAreParagraphsAndANote() throws IOException {
    // the second row's task runs across the 责任单位 column: no column gap stays open there
    ImportResult r = read(start()
        .row(COLUMNS, "序号", "工作任务", "责任单位", "完成时限")
        .row(COLUMNS, "1", "完成老旧小区改造6个", "城建办", "2024年9月")
        .row(new float[] {0, 40, 300, 360}, "2", "新增公共停车泊位300个并同步建设充电桩八十个", "平安办", "2024年11月")
        .row(COLUMNS, "3", "改造燃气管网2.5公里", "城建办", "年底前"));
    assertThat(r.diagnostics()).extracting(ImportDiagnostic::message)
        .anyMatch(m -> m.startsWith("第 1 页第 4–") && m.contains("像是无框线表格"));
    assertThat(r.plan().initiatives().flatMap(i -> i.leadUnit().stream())).isEmpty();
    assertThat(ReaderLaws.modelText(r.plan())).contains("序号", "新增公共停车泊位300个并同步建设充电桩八十个");
  }

  @Test
  void alignedLinesWithoutATaskHeaderStayParagraphs() throws IOException {
    ImportResult r = read(start()
        .row(COLUMNS, "甲", "完成老旧小区改造6个", "城建办", "2024年9月")
        .row(COLUMNS, "乙", "新增公共停车泊位300个", "平安办", "2024年11月")
        .row(COLUMNS, "丙", "改造燃气管网2.5公里", "城建办", "年底前"));
    assertThat(r.plan().initiatives().flatMap(i -> i.leadUnit().stream())).isEmpty();
    assertThat(ReaderLaws.modelText(r.plan())).contains("完成老旧小区改造6个", "改造燃气管网2.5公里");
    assertThat(r.diagnostics()).extracting(ImportDiagnostic::message).noneMatch(m -> m.contains("无框线"));
  }
}
