package org.civicplan.io.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicplan.io.PlanFormatException;
import org.civicplan.io.spi.DocumentReader;
import org.civicplan.io.spi.DocumentText;
import org.civicplan.io.spi.LocationKind;
import org.civicplan.io.spi.ReadContext;
import org.civicplan.io.spi.TextBlock;
import org.civicplan.model.ExtensionValue;
import org.civicplan.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link DocumentReader} bridge: a reader's blocks go through the same assembler as text, with
 * the locations the reader gave; a format whose module is missing is named; text in GBK/GB18030
 * is detected or decoded as told, never turned into mojibake.
 */
class DocumentReaderBridgeTest {

  /**
   * A reader of a toy format: one paragraph per line, a line starting with {@code #} a heading
   * of that many levels, text between {@code *} bold; located as (line, column) of the file.
   */
  static class LineReader implements DocumentReader {
    @Override
    public String formatName() {
      return "toy lines";
    }

    @Override
    public List<String> extensions() {
      return List.of("toy");
    }

    @Override
    public List<String> mediaTypes() {
      return List.of("text/x-toy");
    }

    @Override
    public DocumentText read(InputStream in, ReadContext context) throws IOException {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
      DocumentText.Builder doc = DocumentText.builder(LocationKind.LINE).metadata(DocumentText.TITLE, "toy");
      doc.omitted("页脚未读入 (footer left out)");
      for (int i = 0; i < lines.length; i++) {
        String l = lines[i];
        int level = 0;
        while (level < l.length() && l.charAt(level) == '#') {
          level++;
        }
        TextBlock.Builder b = level > 0 ? TextBlock.heading(level) : TextBlock.paragraph();
        boolean bold = false;
        for (int c = level; c < l.length(); c++) {
          if (l.charAt(c) == '*') {
            bold = !bold;
          } else {
            b.append(String.valueOf(l.charAt(c)), bold, i + 1, c + 1);
          }
        }
        doc.add(b.build());
      }
      return doc.build();
    }
  }

  static final String PLAN = String.join("\n",
      "江苏路街道 2024 年工作计划",
      "",
      "## 一、经济发展奋力一跃",
      "*一是招商引资，挖掘更大潜力。*推进五环大楼等9处精品小区建设。",
      "二是营商服企。完成3处里弄房屋修缮，",
      "打造 2.0 版社区书院。",
      "### 二、精管善治走深一步",
      "一是剖析解难。改善通行秩序。");

  @Test
  void aReadersBlocksReadAsTheSameTextWouldWithTheReadersLocations() throws IOException {
    PlanDocuments documents = PlanDocuments.builder().addReader(new LineReader()).serviceLoader(false).build();
    ImportResult viaReader =
        documents.read(new java.io.ByteArrayInputStream(PLAN.getBytes(StandardCharsets.UTF_8)), documents.readerFor("p.toy").orElseThrow(), "p.toy");
    ImportResult viaMarkdown = PlanDocuments.create().read(PLAN.replace("\n", "\n\n").replace("*", "**"), DocumentFormat.MARKDOWN, "p.md");
    Plan a = viaReader.plan();
    Plan b = viaMarkdown.plan();
    assertThat(a.sections()).extracting(s -> s.title()).containsExactlyElementsOf(b.sections().stream().map(s -> s.title()).toList());
    assertThat(a.goals().map(g -> g.name() + "|" + g.statement().orElse("")).toList())
        .isEqualTo(b.goals().map(g -> g.name() + "|" + g.statement().orElse("")).toList());
    assertThat(a.initiatives().map(i -> i.text()).toList()).isEqualTo(b.initiatives().map(i -> i.text()).toList());
    assertThat(a.indicators().map(i -> i.target().get().value().intValue()).toList()).containsExactly(9, 3);
    // the spans are the reader's locations: section 二 is on line 7, its heading level recorded as ###
    assertThat(a.sections().get(1).sourceSpan().get().startLine()).isEqualTo(7);
    assertThat(a.sections().get(1).sourceNotes().get(0).detail()).isEqualTo("### …");
    assertThat(a.sections().get(0).sourceNotes().get(0).detail()).isEqualTo("## …");
    // the broken paragraph joined across lines 5 and 6 is reported at line 5
    assertThat(viaReader.diagnostics())
        .filteredOn(d -> d.kind() == ImportDiagnostic.Kind.JOINED_BROKEN_PARAGRAPH)
        .extracting(d -> d.span().get().startLine())
        .containsExactly(5);
    assertThat(viaReader.diagnostics())
        .filteredOn(d -> d.kind() == ImportDiagnostic.Kind.SKIPPED_MARKUP)
        .extracting(ImportDiagnostic::message)
        .containsExactly("页脚未读入 (footer left out)");
    assertThat(a.extensions()).containsEntry(PlanDocuments.METADATA_EXTENSION + "title", ExtensionValue.string("toy"));
    assertThat(a.source().get().mediaType()).contains("text/x-toy");
    // bold lead-in read as the goal's name, as **…** in Markdown
    assertThat(a.goals().findFirst().get().name()).contains("招商引资");
  }

  @Test
  void aFormatWithoutItsModuleNamesTheArtifactToAdd(@TempDir Path dir) throws IOException {
    for (String[] c : new String[][] {{"plan.docx", "org.civicplan:plan-docx"}, {"plan.doc", "org.civicplan:plan-docx"},
        {"page.html", "org.civicplan:plan-html"}, {"plan.pdf", "org.civicplan:plan-pdf"}}) {
      Path f = dir.resolve(c[0]);
      Files.write(f, new byte[] {1, 2, 3});
      assertThatThrownBy(() -> PlanDocuments.create().read(f))
          .isInstanceOf(PlanFormatException.class)
          .hasMessageContaining(c[1])
          .hasMessageContaining(c[0]);
    }
    Path odd = dir.resolve("plan.xyz");
    Files.write(odd, new byte[] {1});
    assertThatThrownBy(() -> PlanDocuments.create().read(odd))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("unsupported file extension) \".xyz\"");
  }

  @Test
  void aReadersUncheckedFailureBecomesAFormatErrorNamingTheFormat() {
    DocumentReader broken = new LineReader() {
      @Override
      public DocumentText read(InputStream in, ReadContext context) {
        throw new IllegalStateException("corrupt part");
      }
    };
    PlanDocuments documents = PlanDocuments.builder().addReader(broken).build();
    assertThatThrownBy(() -> documents.read(new java.io.ByteArrayInputStream(new byte[1]), broken, "x.toy"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("x.toy")
        .hasMessageContaining("toy lines")
        .hasMessageContaining("corrupt part");
  }

  /**
   * A compressed document within its byte limit may unpack to far more text than Markdown may
   * hold; the text is held to the Markdown limit, which is what the documented heap was measured
   * for (issue #15).
   */
  @Test
  void aReadersTextBeyondTheTextLimitIsRefused() throws IOException {
    DocumentReader inflating = new LineReader() {
      @Override
      public DocumentText read(InputStream in, ReadContext context) throws IOException {
        in.readAllBytes();
        return DocumentText.builder(LocationKind.LINE)
            .add(TextBlock.paragraph().append("推进建设。".repeat(40), 1, 1).build())
            .build();
      }
    };
    PlanDocuments small = PlanDocuments.builder().addReader(inflating).serviceLoader(false).maxInputBytes(150).build();
    assertThatThrownBy(() -> small.read(new java.io.ByteArrayInputStream(new byte[10]), inflating, "x.toy"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("x.toy")
        .hasMessageContaining("more than 150 characters of text in the document (read ");
    PlanDocuments enough = PlanDocuments.builder().addReader(inflating).serviceLoader(false).maxInputBytes(1000).build();
    assertThat(enough.read(new java.io.ByteArrayInputStream(new byte[10]), inflating, "x.toy").plan()).isNotNull();
    assertThat(PlanDocuments.create().maxTextBytes()).isEqualTo(PlanDocuments.DEFAULT_MAX_TEXT_BYTES);
  }

  /** A reader is told the text limit, so that it can stop collecting text there (a PDF does). */
  @Test
  void aReaderIsToldTheTextLimit() throws IOException {
    List<ReadContext> told = new java.util.ArrayList<>();
    DocumentReader listening = new LineReader() {
      @Override
      public DocumentText read(InputStream in, ReadContext context) throws IOException {
        told.add(context);
        return super.read(in, context);
      }
    };
    byte[] plan = PLAN.getBytes(StandardCharsets.UTF_8);
    PlanDocuments.builder().addReader(listening).serviceLoader(false).build()
        .read(new java.io.ByteArrayInputStream(plan), listening, "x.toy");
    PlanDocuments.builder().addReader(listening).serviceLoader(false).maxInputBytes(5000).build()
        .read(new java.io.ByteArrayInputStream(plan), listening, "x.toy");
    assertThat(told).extracting(ReadContext::maxTextLength).containsExactly(PlanDocuments.DEFAULT_MAX_TEXT_BYTES, 5000L);
    assertThat(told.get(0).maxInputBytes()).isEqualTo(PlanDocuments.DEFAULT_MAX_INPUT_BYTES);
    assertThat(ReadContext.of("x", 10, null).maxTextLength()).isEqualTo(Long.MAX_VALUE);
    assertThat(ReadContext.of("x", 10, 20, null)).isNotEqualTo(ReadContext.of("x", 10, 21, null))
        .hasToString("ReadContext[x, max 10 bytes, text 20 characters]");
  }

  @Test
  void gbkAndGb18030TextIsDetectedAndReadAsTheUtf8Text() throws IOException {
    byte[] utf8 = JiangsuRoadSampleTest.bytes();
    String text = new String(utf8, StandardCharsets.UTF_8);
    Plan expected = PlanDocuments.create().read(text, DocumentFormat.MARKDOWN, "s.md").plan();
    for (String cs : List.of("GBK", "GB18030")) {
      byte[] bytes = text.getBytes(Charset.forName(cs));
      assertThat(new String(bytes, Charset.forName(cs))).as("the sample encodes losslessly in %s", cs).isEqualTo(text);
      ImportResult r = PlanDocuments.create().read(new java.io.ByteArrayInputStream(bytes), DocumentFormat.MARKDOWN, "s.md");
      assertThat(r.plan().sections()).isEqualTo(expected.sections());
      assertThat(r.plan().source().get().mediaType()).contains("text/markdown; charset=GB18030");
      ImportResult told = PlanDocuments.builder().encoding(Charset.forName(cs)).build()
          .read(new java.io.ByteArrayInputStream(bytes), DocumentFormat.MARKDOWN, "s.md");
      assertThat(told.plan().sections()).isEqualTo(expected.sections());
    }
    // GB2312 (a subset of GBK) has no 岐 and other characters of the sample: the plan of the text
    String plain = PLAN.replace("#", "").replace("*", "");
    byte[] gb2312 = plain.getBytes(Charset.forName("GB2312"));
    assertThat(PlanDocuments.create().read(new java.io.ByteArrayInputStream(gb2312), DocumentFormat.TEXT, "p.txt").plan().initiatives()
        .map(i -> i.text()).toList())
        .isEqualTo(PlanDocuments.create().read(plain, DocumentFormat.TEXT, "p.txt").plan().initiatives().map(i -> i.text()).toList())
        .isNotEmpty();
    // UTF-8 stays UTF-8 (no charset recorded)
    assertThat(PlanDocuments.create().read(new java.io.ByteArrayInputStream(utf8), DocumentFormat.MARKDOWN, "s.md")
        .plan().source().get().mediaType()).contains("text/markdown");
  }

  @Test
  void utf8ChineseWithOneBadByteIsBrokenUtf8NotGb18030() {
    byte[] good = "一、经济发展\n一是招商引资。完成9处精品小区建设。".getBytes(StandardCharsets.UTF_8);
    byte[] bad = java.util.Arrays.copyOf(good, good.length + 1);
    bad[good.length] = (byte) 0xE4; // a cut-off character at the end, as a truncated download leaves
    assertThatThrownBy(() -> PlanDocuments.create().read(new java.io.ByteArrayInputStream(bad), DocumentFormat.TEXT, "u.txt"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("not UTF-8");
  }

  @Test
  void bytesThatAreNeitherUtf8NorChineseGb18030AreRefusedNotGuessed() {
    byte[] latin1 = "Caf\u00e9 cr\u00e8me, na\u00efve r\u00e9sum\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> PlanDocuments.create().read(new java.io.ByteArrayInputStream(latin1), DocumentFormat.TEXT, "l.txt"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("not UTF-8")
        .hasMessageContaining("--encoding");
    byte[] gbk = "一、经济发展".getBytes(Charset.forName("GBK"));
    assertThatThrownBy(() -> PlanDocuments.builder().encoding(StandardCharsets.UTF_8).build()
            .read(new java.io.ByteArrayInputStream(gbk), DocumentFormat.TEXT, "g.txt"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("not UTF-8");
  }
}
