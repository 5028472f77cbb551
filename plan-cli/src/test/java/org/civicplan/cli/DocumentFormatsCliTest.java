package org.civicplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line reads Word, PDF and web pages (it bundles plan-docx, plan-pdf, plan-html) and GBK text. */
class DocumentFormatsCliTest {
  static final Path DOCX = Path.of("../plan-docx/src/test/resources/documents/jiangsu-road-2024.docx");
  static final Path PDF = Path.of("../plan-pdf/src/test/resources/documents/jiangsu-road-2024.pdf");
  static final Path HTML = Path.of("../plan-html/src/test/resources/documents/jiangsu-road-2024-gbk.html");

  @Test
  void convertsAWordDocumentToJson() {
    Cli cli = Cli.run("convert", DOCX.toString(), "--to", "json");
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("\"title\": \"江苏路街道 2024 年工作计划\"")
        .contains("“招、留、增”全面发力，经济发展奋力一跃")
        .contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  }

  @Test
  void validatesAPdfWithTheFiveWarningsByPageAndLine() {
    Cli cli = Cli.run("validate", PDF.toString());
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    // page:line, as a person finds them on paper (the spans count lines from page 1: 50 and 52)
    assertThat(cli.out())
        .contains(PDF + ":2:18: warning [text/joined-broken-paragraph]")
        .contains(PDF + ":2:20: warning [structure/heading-level-inconsistent]")
        .contains("共 1 个文件：0 个错误，5 个警告");
    Cli json = Cli.run("validate", PDF.toString(), "--format", "json");
    assertThat(json.out()).containsPattern("\"startLine\" : 52,[^}]*},\\s*\"page\" : 2,\\s*\"lineOnPage\" : 20,");
    assertThat(cli.out()).contains("段落在第 2 页第 18 行句中断开");
  }

  @Test
  void aPdfConvertedToJsonKeepsItsPagesForTheFindings(@TempDir Path dir) {
    Path json = dir.resolve("plan.json");
    Cli convert = Cli.run("convert", PDF.toString(), "--to", "json", "-o", json.toString());
    assertThat(convert.exitCode()).as(convert.err()).isZero();
    Cli cli = Cli.run("validate", json.toString());
    assertThat(cli.out()).contains("[原文 " + PDF + ":2:20]");
  }

  @Test
  void statsOfAWebPage() {
    Cli cli = Cli.run("stats", HTML.toString());
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("plan:        江苏路街道 2024 年工作计划").containsPattern("sections: +4");
  }

  @Test
  void gbkTextIsDetectedOrTakenFromEncoding(@TempDir Path dir) throws IOException {
    Path md = dir.resolve("plan.md");
    String text = Files.readString(Path.of("../examples/jiangsu-road-2024.md"), StandardCharsets.UTF_8);
    Files.write(md, text.getBytes(Charset.forName("GBK")));
    Cli detected = Cli.run("stats", md.toString());
    Cli told = Cli.run("stats", "--encoding", "GBK", md.toString());
    Cli utf8 = Cli.run("stats", "../examples/jiangsu-road-2024.md");
    assertThat(detected.exitCode()).as(detected.err()).isZero();
    assertThat(detected.out()).isEqualTo(utf8.out());
    assertThat(told.out()).isEqualTo(utf8.out());
    Cli wrong = Cli.run("validate", "--encoding", "UTF-8", md.toString());
    assertThat(wrong.exitCode()).isEqualTo(2);
    assertThat(wrong.err()).contains("not UTF-8");
    Cli unknown = Cli.run("stats", "--encoding", "NOPE-9", md.toString());
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown encoding 'NOPE-9'");
  }
}
