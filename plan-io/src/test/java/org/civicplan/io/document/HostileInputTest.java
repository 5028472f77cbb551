package org.civicplan.io.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicplan.io.PlanFormatException;
import org.civicplan.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input that is not a plan, and pathological input that must finish in linear time. */
class HostileInputTest {
  private static final PlanDocuments READER = PlanDocuments.create();
  private static final String MINIMAL = "# 某街道2024年工作计划\n\n## 一、加强党建\n\n**一是强化组织，夯实基础。**完成3处阵地建设。\n";

  private static PlanFormatException formatError(ThrowingRead read) {
    try {
      read.run();
    } catch (PlanFormatException e) {
      return e;
    } catch (IOException e) {
      throw new AssertionError("expected a PlanFormatException, got " + e, e);
    }
    throw new AssertionError("expected a PlanFormatException, got a result");
  }

  /** The document formats: JSON has its own hostile-input tests (PlanJsonErrorsTest). */
  static final java.util.List<DocumentFormat> DOCUMENT_FORMATS =
      java.util.List.of(DocumentFormat.MARKDOWN, DocumentFormat.TEXT);

  interface ThrowingRead {
    void run() throws IOException;
  }

  @Test
  void emptyDocument() {
    for (DocumentFormat f : DOCUMENT_FORMATS) {
      PlanFormatException e = formatError(() -> READER.read("", f, "empty" + f));
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.getMessage()).contains("empty document");
      PlanFormatException blank = formatError(() -> READER.read("\n\n   \n\u3000\n", f, "blank"));
      assertThat(blank.line()).isGreaterThanOrEqualTo(1);
    }
  }

  @Test
  void binaryContent() {
    byte[] bytes = {'#', ' ', 'a', '\n', 'b', 0, 1, 2, (byte) 0x89, 'P', 'N', 'G'};
    PlanFormatException e = formatError(() -> READER.read(new ByteArrayInputStream(bytes), DocumentFormat.MARKDOWN, "x.md"));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.getMessage()).startsWith("x.md:2:");
  }

  @Test
  void invalidUtf8() {
    byte[] good = "# 标题\n\n第二行".getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[good.length + 2];
    System.arraycopy(good, 0, bad, 0, good.length);
    bad[good.length] = (byte) 0xC3;
    bad[good.length + 1] = (byte) 0x28;
    PlanFormatException e = formatError(() -> READER.read(new ByteArrayInputStream(bad), DocumentFormat.TEXT, "bad.txt"));
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.problem()).contains("UTF-8");
  }

  @Test
  void byteOrderMarkIsSkipped() throws IOException {
    byte[] body = MINIMAL.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    ImportResult r = READER.read(new ByteArrayInputStream(withBom), DocumentFormat.MARKDOWN, "bom.md");
    assertThat(r.plan().title()).isEqualTo("某街道2024年工作计划");
    assertThat(r.plan().source().orElseThrow().sha256()).hasValueSatisfying(h -> assertThat(h).hasSize(64));
    assertThat(READER.read("\uFEFF" + MINIMAL, DocumentFormat.MARKDOWN, "s").plan().title()).isEqualTo("某街道2024年工作计划");
    assertThat(READER.read(new StringReader(MINIMAL), DocumentFormat.MARKDOWN, "r").plan().sections()).hasSize(1);
  }

  @Test
  void documentWithoutSentencesIsRefusedWithItsLineAndProseIsRead() throws PlanFormatException {
    PlanFormatException e = formatError(() -> READER.read("相关链接\n\nhttp://a.example/1\n\n首页 | 新闻 | 互动", DocumentFormat.MARKDOWN, "links.md"));
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.getMessage()).contains("no recognizable structure").contains("no sentence");
    PlanFormatException t = formatError(() -> READER.read("标题\n\n第一项\n第二项\n12345", DocumentFormat.TEXT, "list.txt"));
    assertThat(t.line()).isEqualTo(3);
    PlanFormatException alone = formatError(() -> READER.read("某街道2024年工作计划\n", DocumentFormat.TEXT, "title.txt"));
    assertThat(alone.getMessage()).contains("no text after the title");
    // Prose with sentences is never refused: one implicit section and goal, one initiative per sentence.
    Plan prose = READER.read("这是一段普通的文字。没有任何编号。\n\n第二段也没有。", DocumentFormat.MARKDOWN, "prose.md").plan();
    assertThat(prose.title()).isEmpty();
    assertThat(prose.sections()).singleElement().satisfies(s -> assertThat(s.number()).isEmpty());
    assertThat(prose.initiatives().map(i -> i.text())).containsExactly("这是一段普通的文字。", "没有任何编号。", "第二段也没有。");
  }

  @Test
  void unknownExtension(@TempDir Path dir) throws IOException {
    Path docx = dir.resolve("plan.docx");
    Files.writeString(docx, MINIMAL);
    PlanFormatException e = formatError(() -> READER.read(docx));
    assertThat(e.getMessage()).contains(".docx").contains(".md").contains(".markdown").contains(".txt");
    Path none = dir.resolve("plan");
    Files.writeString(none, MINIMAL);
    assertThat(formatError(() -> READER.read(none)).getMessage()).contains("known extensions");
  }

  @Test
  void readsFilesByExtension(@TempDir Path dir) throws IOException {
    Path md = dir.resolve("plan.MARKDOWN");
    Files.writeString(md, MINIMAL);
    assertThat(READER.read(md).plan().source().orElseThrow().mediaType()).contains("text/markdown");
    Path txt = dir.resolve("plan.txt");
    Files.writeString(txt, "某街道2024年工作计划\n一、加强党建\n（一）强化组织。完成3处阵地建设。\n");
    ImportResult r = READER.read(txt);
    assertThat(r.plan().source().orElseThrow().mediaType()).contains("text/plain");
    assertThat(r.plan().indicators()).hasSize(1);
  }

  @Test
  void sizeLimitIsEnforcedForEveryKindOfInput(@TempDir Path dir) throws IOException {
    PlanDocuments small = PlanDocuments.builder().maxInputBytes(32).build();
    assertThat(formatError(() -> small.read(MINIMAL, DocumentFormat.MARKDOWN, "s")).getMessage()).contains("too large");
    assertThat(formatError(() -> small.read(new StringReader(MINIMAL), DocumentFormat.MARKDOWN, "r")).getMessage()).contains("too large");
    assertThat(formatError(() -> small.read(new ByteArrayInputStream(MINIMAL.getBytes(StandardCharsets.UTF_8)), DocumentFormat.MARKDOWN, "b")).getMessage()).contains("too large");
    Path f = dir.resolve("big.md");
    Files.writeString(f, MINIMAL);
    assertThat(formatError(() -> small.read(f)).getMessage()).contains("too large");
    assertThatThrownBy(() -> PlanDocuments.builder().maxInputBytes(0)).isInstanceOf(IllegalArgumentException.class);
  }

  /** A minimal plan in either format, with {@code middle} between its section and its goal. */
  private static String plan(DocumentFormat f, String middle, String lead) {
    return f == DocumentFormat.MARKDOWN
        ? "# 某街道2024年工作计划\n" + middle + "## 一、加强党建\n\n" + lead
        : "某街道2024年工作计划\n" + middle + "一、加强党建\n" + lead.replace("**", "");
  }

  @Test
  void tenMegabyteSingleLine() throws IOException {
    StringBuilder line = new StringBuilder(10_100_000).append("**一是强化组织。**");
    String unit = "推进“党建”《引领》（一）工作，";
    for (int i = 0; line.length() < 10_000_000; i++) {
      line.append(unit);
      if (i % 1000 == 0) {
        line.append("完成3处；");
      }
    }
    line.append("完成。\n");
    // Over the default limit for text (DEFAULT_MAX_TEXT_BYTES): this test is about linear work.
    PlanDocuments larger = PlanDocuments.builder().maxInputBytes(16 << 20).build();
    for (DocumentFormat f : DOCUMENT_FORMATS) {
      ImportResult r = larger.read(plan(f, "\n", line.toString()), f, "long");
      assertThat(r.plan().initiatives().count()).isGreaterThan(100);
      assertThat(r.plan().indicators().count()).isGreaterThan(100);
    }
  }

  @Test
  void oneHundredThousandNestedBrackets() {
    String open = "“《（[(".repeat(20_000);
    String close = ")]）》”".repeat(20_000);
    for (DocumentFormat f : DOCUMENT_FORMATS) {
      String doc = plan(f, "\n", "一是" + open + "完成3处" + close + "。\n\n" + "((((((((((".repeat(10_000) + "\n" + "[".repeat(100_000) + "\n");
      try {
        ImportResult r = READER.read(doc, f, "nested");
        assertThat(r.plan().sections()).isNotEmpty();
      } catch (PlanFormatException e) {
        assertThat(e.line()).isPositive();
      }
    }
  }

  @Test
  void deeplyNestedMarkdown() {
    String doc = "# 某街道2024年工作计划\n\n## 一、加强党建\n\n" + ">".repeat(100_000) + " 一是强化组织。完成3处。\n\n"
        + "- ".repeat(50_000) + "内容\n\n" + "*".repeat(100_000) + "强调" + "*".repeat(100_000) + "\n\n"
        + "[".repeat(50_000) + "链接" + "](x)".repeat(50_000) + "\n";
    try {
      ImportResult r = READER.read(doc, DocumentFormat.MARKDOWN, "deep.md");
      assertThat(r.plan().sections()).hasSize(1);
    } catch (PlanFormatException e) {
      assertThat(e.line()).isPositive();
    }
  }

  @Test
  void duplicateTableHeadersKeepEveryCell() throws IOException {
    String doc = "# 某街道2024年工作计划\n\n## 一、加强党建\n\n**一是强化组织。**\n\n| 任务 | 备注 | 备注 | 完成时限 | 完成时限 |\n| --- | --- | --- | --- | --- |\n| 建设阵地 | 甲 | 乙 | 长期 | 常年 |\n";
    ImportResult r = READER.read(doc, DocumentFormat.MARKDOWN, "dup.md");
    assertThat(r.plan().initiatives().findFirst().orElseThrow().extensions()).containsOnlyKeys(
        "org.civicplan.io:column:备注", "org.civicplan.io:column:备注#2", "org.civicplan.io:due", "org.civicplan.io:due#2");
  }

  @Test
  void aMillionEmptyLines() throws IOException {
    for (DocumentFormat f : DOCUMENT_FORMATS) {
      String doc = plan(f, "\n".repeat(1_000_000), "**一是强化组织。**完成3处阵地建设。\n" + "\r\n".repeat(100_000));
      ImportResult r = READER.read(doc, f, "empty-lines");
      assertThat(r.plan().sections().get(0).sourceSpan().orElseThrow().startLine()).isEqualTo(1_000_002);
      assertThat(r.plan().indicators().count()).isEqualTo(1);
    }
    PlanFormatException e = formatError(() -> READER.read("\n".repeat(1_000_000), DocumentFormat.TEXT, "only-lines"));
    assertThat(e.line()).isPositive();
  }

  @Test
  void twoHundredThousandBrokenLinesJoinInLinearTime() throws IOException {
    String doc = "某街道2024年工作计划\n一、加强党建\n（一）强化组织。推进“党建\n" + "引领工作，\n".repeat(200_000) + "完成3处。\n";
    ImportResult r = READER.read(doc, DocumentFormat.TEXT, "broken");
    assertThat(r.diagnostics(ImportDiagnostic.Kind.JOINED_BROKEN_PARAGRAPH)).hasSize(200_001);
    assertThat(r.plan().initiatives().count()).isEqualTo(1);
    assertThat(r.plan().initiatives().findFirst().orElseThrow().sourceNotes()).hasSize(200_001);
  }

  @Test
  void manyTinyParagraphsAndMarkers() throws IOException {
    StringBuilder sb = new StringBuilder("某街道2024年工作计划\n");
    for (int i = 1; i <= 20_000; i++) {
      sb.append("一、部分\n（一）目标。完成").append(i).append("处，\n");
    }
    ImportResult r = READER.read(sb.toString(), DocumentFormat.TEXT, "many");
    assertThat(r.plan().sections()).hasSize(20_000);
  }
}
