package org.civicplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicplan.io.PlanFormatException;
import org.civicplan.io.document.DocumentFormat;
import org.civicplan.io.document.ImportResult;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.io.json.PlanJson;
import org.civicplan.io.markdown.PlanMarkdown;
import org.civicplan.rules.RuleCatalogue;
import org.civicplan.rules.RuleConfig;
import org.civicplan.rules.RuleConfigException;
import org.civicplan.rules.Validator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The hostile-input suite, CI part (seconds): every reader the project has, on generated hostile
 * inputs, ends in the documented result (a plan that validates and writes back, through both
 * writers, to something that reads again) or in a checked exception naming the input; never an
 * unchecked exception or an error. The large sizes are plan-bench's ReliabilityReport
 * (docs/reliability.md).
 */
class HostileInputSuiteTest {
  static final PlanDocuments DOCUMENTS = PlanDocuments.create();
  static final Validator VALIDATOR = Validator.builder().build();
  static final byte[] SAMPLE_MD = read(CommandLineTest.SAMPLE_MD);
  static final byte[] SAMPLE_JSON = read(CommandLineTest.SAMPLE_JSON);
  static final String CONFIG = "profile: strict\nrules:\n  structure/numbering-gap: error\n"
      + "  text/near-duplicate-initiative:\n    similarity: 0.8\n  text/unplaced-text: off\n";

  static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Reads, validates and writes back; true if it ended as documented. */
  static boolean endsAsDocumented(byte[] bytes, DocumentFormat format) {
    ImportResult result;
    try {
      result = DOCUMENTS.read(new java.io.ByteArrayInputStream(bytes), format, "hostile" + format.extensions().get(0));
    } catch (PlanFormatException e) {
      return e.getMessage().contains("hostile");
    } catch (IOException e) {
      return false;
    }
    VALIDATOR.validate(result.plan(), "hostile");
    String json;
    StringWriter md;
    try {
      json = PlanJson.create().write(result.plan());
    } catch (IllegalArgumentException e) {
      // Refused because it would not read back: documented, with the value's pointer.
      return e.getCause() instanceof PlanFormatException;
    }
    try {
      assertThat(PlanJson.create().read(json)).isEqualTo(result.plan());
      md = new StringWriter();
      PlanMarkdown.create().write(result.plan(), md);
    } catch (IOException e) {
      return false;
    }
    try {
      DOCUMENTS.read(md.toString(), DocumentFormat.MARKDOWN, "again.md");
      return true;
    } catch (PlanFormatException e) {
      // Markdown holds less than JSON (a plan of a title alone has no structure to read back).
      return e.getMessage().startsWith("again.md");
    }
  }

  static Gen<byte[]> mutations(byte[] valid) {
    Gen<Integer> at = SourceDSL.integers().between(0, valid.length - 1);
    Gen<Integer> value = SourceDSL.integers().between(0, 255);
    Gen<Integer> kind = SourceDSL.integers().between(0, 5);
    return kind.zip(at, value, (k, i, v) -> mutate(valid, k, i, v));
  }

  static final byte[][] INSERTS = {
      {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xC0, (byte) 0x80},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {0}, {0x1B}, "\\ud800".getBytes(StandardCharsets.US_ASCII),
      "1e999999999".getBytes(StandardCharsets.US_ASCII), "1e-999999999".getBytes(StandardCharsets.US_ASCII),
      "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[".getBytes(StandardCharsets.US_ASCII),
      "**一是".getBytes(StandardCharsets.UTF_8), "\r\n".getBytes(StandardCharsets.US_ASCII)};

  static byte[] mutate(byte[] valid, int kind, int at, int value) {
    switch (kind) {
      case 0: // truncate
        return java.util.Arrays.copyOf(valid, at);
      case 1: { // flip one byte
        byte[] b = valid.clone();
        b[at] = (byte) value;
        return b;
      }
      default: { // insert one of the hostile pieces
        byte[] piece = INSERTS[value % INSERTS.length];
        byte[] b = new byte[valid.length + piece.length];
        System.arraycopy(valid, 0, b, 0, at);
        System.arraycopy(piece, 0, b, at, piece.length);
        System.arraycopy(valid, at, b, at + piece.length, valid.length - at);
        return b;
      }
    }
  }

  @Test
  void mutatedAndTruncatedMarkdownEndsAsDocumented() {
    qt().withExamples(120).forAll(mutations(SAMPLE_MD)).check(b -> endsAsDocumented(b, DocumentFormat.MARKDOWN));
  }

  @Test
  void mutatedAndTruncatedJsonEndsAsDocumented() {
    qt().withExamples(200).forAll(mutations(SAMPLE_JSON)).check(b -> endsAsDocumented(b, DocumentFormat.JSON));
  }

  @Test
  void mutatedTextEndsAsDocumented() {
    qt().withExamples(60).forAll(mutations(SAMPLE_MD)).check(b -> endsAsDocumented(b, DocumentFormat.TEXT));
  }

  @Test
  void pathologicalShapesEndAsDocumented() {
    String t = "# 测试街道 2024 年工作计划\n\n## 一、经济\n\n";
    List<String> markdown = List.of(
        t + "**一是".repeat(20_000), t + "**x**".repeat(20_000), t + "[".repeat(100_000),
        t + "一、\n".repeat(20_000), t + "推进建设。\r\n".repeat(20_000), t + "推进建设，\n\n".repeat(20_000),
        t + "完成1" + ",000".repeat(20_000) + "元。", t + "😀".repeat(20_000) + "人员）100名。",
        t + ">".repeat(50_000) + " 深", t + "- ".repeat(20_000) + "项", t + "1234567890".repeat(20_000));
    for (String md : markdown) {
      assertThat(endsAsDocumented(md.getBytes(StandardCharsets.UTF_8), DocumentFormat.MARKDOWN))
          .as(md.substring(0, Math.min(60, md.length()))).isTrue();
    }
    String head = "{\"formatVersion\":\"1.0\",\"title\":\"测试\",";
    List<String> json = List.of(
        head + "\"extensions\":{\"x:y\":" + "[".repeat(100_000) + "}}",
        head + "\"extensions\":{\"x:y\":" + "9".repeat(100_000) + "}}",
        head + "\"vision\":\"\\ud800\\udbff\\udfff\\ude00\"}",
        head + "\"sections\":[{\"title\":\"经济\",\"goals\":[{\"name\":\"招商\",\"initiatives\":[{\"text\":\"引进。\","
            + "\"status\":\"done\",\"indicators\":[{\"name\":\"企业数\",\"measureKind\":\"count\",\"target\":"
            + "{\"comparator\":\"about\",\"value\":1e-999999999},\"actuals\":[{\"period\":{\"start\":\"2024-10-01\","
            + "\"end\":\"2024-12-31\"},\"value\":1e999999999}]}]}]}]}]}",
        head + "\"sections\":[{\"title\":\"经济\",\"goals\":[{\"name\":\"招商\",\"initiatives\":[{\"text\":\"引进。\","
            + "\"indicators\":[{\"name\":\"企业数\",\"measureKind\":\"count\",\"target\":"
            + "{\"comparator\":\"between\",\"value\":1e-2147483647,\"upperValue\":1e2147483647}}]}]}]}]}");
    for (String j : json) {
      assertThat(endsAsDocumented(j.getBytes(StandardCharsets.UTF_8), DocumentFormat.JSON))
          .as(j.substring(0, Math.min(80, j.length()))).isTrue();
    }
  }

  static final String CONFIG_JSON = "{\"profile\":\"strict\",\"rules\":{\"structure/numbering-gap\":\"error\","
      + "\"text/near-duplicate-initiative\":{\"similarity\":0.8,\"severity\":\"info\"},\"text/unplaced-text\":false}}";

  @Test
  void mutatedConfigurationEndsInAConfigurationOrARuleConfigException() {
    RuleCatalogue catalogue = RuleCatalogue.standard();
    for (String name : List.of("c.yaml", "c.json")) {
      byte[] valid = (name.endsWith("yaml") ? CONFIG : CONFIG_JSON).getBytes(StandardCharsets.UTF_8);
      qt().withExamples(200).forAll(mutations(valid)).check(b -> {
        try {
          Path file = Files.createTempFile("hostile", name);
          try {
            Files.write(file, b);
            RuleConfig.load(file, catalogue);
            return true;
          } catch (RuleConfigException e) {
            return e.getMessage().startsWith(file.toString());
          } finally {
            Files.delete(file);
          }
        } catch (IOException e) {
          return false;
        }
      });
    }
  }
}
