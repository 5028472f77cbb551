package org.civicplan.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.civicplan.model.Plan;
import org.civicplan.model.testing.PlanGenerators;
import org.civicplan.rules.Fixtures;
import org.civicplan.rules.Language;
import org.civicplan.rules.NamedPlan;
import org.civicplan.rules.Profile;
import org.civicplan.rules.RuleCatalogue;
import org.civicplan.rules.ValidationReport;
import org.civicplan.rules.Validator;
import org.junit.jupiter.api.Test;

class ReportWritersTest {
  static final ObjectMapper JSON = new ObjectMapper();

  /** Two files: one with spans (a heading-level finding), one without (a gap). */
  static ValidationReport twoFiles(Language language) {
    Plan headings = Fixtures.all().get("structure/heading-level-inconsistent").failing();
    Plan gap = Fixtures.all().get("structure/numbering-gap").failing();
    return Validator.builder().language(language).build()
        .validateAll(List.of(new NamedPlan("plans/街道 2024.md", headings), new NamedPlan("gap.json", gap)));
  }

  static String write(ReportWriter writer, ValidationReport report) throws IOException {
    StringWriter out = new StringWriter();
    writer.write(report, out);
    return out.toString();
  }

  static List<String> schemaErrors(String sarif) {
    return SarifSchema.errors(sarif);
  }

  @Test
  void textIsCompilerStyleWithAndWithoutSpans() throws IOException {
    String text = write(new TextReportWriter(), twoFiles(Language.EN));
    assertThat(text.lines().toList()).containsExactly(
        "plans/街道 2024.md:31:1: warning [structure/heading-level-inconsistent] 三、第三部分工作 is a level-3"
            + " heading (###) while 2 of the 3 headings of this level are level-2 headings (##).",
        "    hint: Mark the heading like the others of its level.",
        "gap.json: warning [structure/numbering-gap] Number 二 is missing before 三、第三部分工作. (/sections/1)",
        "    hint: Renumber the parts of this level or restore the missing part.",
        "0 errors, 2 warnings, 0 info in 2 files");
    String zh = write(new TextReportWriter(false, true), twoFiles(Language.ZH));
    assertThat(zh.lines().toList()).containsExactly(
        "plans/街道 2024.md:31:1: warning [structure/heading-level-inconsistent] 三、第三部分工作 为 3 级标题（###），"
            + "而同级 3 个标题中有 2 个为 2 级标题（##）。",
        "gap.json: warning [structure/numbering-gap] 三、第三部分工作 之前缺少编号 二。 (/sections/1)",
        "共 2 个文件：0 个错误，2 个警告，0 条提示");
  }

  @Test
  void jsonCarriesBothMessagesSpansAndPointers() throws IOException {
    JsonNode root = JSON.readTree(write(new JsonReportWriter(), twoFiles(Language.ZH)));
    assertThat(root.path("language").asText()).isEqualTo("zh-CN");
    assertThat(root.path("profile").asText()).isEqualTo("default");
    assertThat(root.path("summary").path("warning").asInt()).isEqualTo(2);
    assertThat(root.path("summary").path("files").asInt()).isEqualTo(2);
    JsonNode first = root.path("files").get(0).path("findings").get(0);
    assertThat(root.path("files").get(0).path("source").asText()).isEqualTo("plans/街道 2024.md");
    assertThat(first.path("ruleId").asText()).isEqualTo("structure/heading-level-inconsistent");
    assertThat(first.path("message").asText()).contains("3 级标题");
    assertThat(first.path("messages").path("en").asText()).contains("level-3 heading");
    assertThat(first.path("elementId").asText()).isEqualTo("s3");
    assertThat(first.path("elementKind").asText()).isEqualTo("section");
    assertThat(first.path("pointer").asText()).isEqualTo("/sections/2");
    assertThat(first.path("span").path("startLine").asInt()).isEqualTo(31);
    assertThat(first.path("fix").asText()).isNotBlank();
    JsonNode second = root.path("files").get(1).path("findings").get(0);
    assertThat(second.has("span")).isFalse();
    assertThat(second.path("pointer").asText()).isEqualTo("/sections/1");
  }

  @Test
  void sarifConformsToTheSchemaAndCarriesLocations() throws IOException {
    String sarif = write(new SarifReportWriter(), twoFiles(Language.EN));
    assertThat(schemaErrors(sarif)).isEmpty();
    JsonNode run = JSON.readTree(sarif).path("runs").get(0);
    assertThat(JSON.readTree(sarif).path("version").asText()).isEqualTo("2.1.0");
    assertThat(run.path("columnKind").asText()).isEqualTo("unicodeCodePoints");
    JsonNode rules = run.path("tool").path("driver").path("rules");
    assertThat(rules.size()).isEqualTo(Validator.builder().build().activeRules().size());
    JsonNode first = run.path("results").get(0);
    assertThat(first.path("ruleId").asText()).isEqualTo("structure/heading-level-inconsistent");
    assertThat(rules.get(first.path("ruleIndex").asInt()).path("id").asText())
        .isEqualTo("structure/heading-level-inconsistent");
    assertThat(rules.get(first.path("ruleIndex").asInt()).path("defaultConfiguration").path("level").asText())
        .isEqualTo("warning");
    JsonNode location = first.path("locations").get(0);
    assertThat(location.path("physicalLocation").path("artifactLocation").path("uri").asText())
        .isEqualTo("plans/%E8%A1%97%E9%81%93%202024.md");
    JsonNode region = location.path("physicalLocation").path("region");
    assertThat(region.path("startLine").asInt()).isEqualTo(31);
    assertThat(region.path("startColumn").asInt()).isEqualTo(1);
    assertThat(region.path("endLine").asInt()).isEqualTo(31);
    assertThat(region.path("endColumn").asInt()).isEqualTo(20);
    JsonNode logical = location.path("logicalLocations").get(0);
    assertThat(logical.path("name").asText()).isEqualTo("/sections/2");
    assertThat(logical.path("fullyQualifiedName").asText()).isEqualTo("s3");
    JsonNode second = run.path("results").get(1);
    assertThat(second.path("locations").get(0).path("physicalLocation").has("region")).isFalse();
    assertThat(second.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText())
        .isEqualTo("gap.json");
  }

  @Test
  void schemaValidationCatchesBrokenSarif() {
    // The check above means something: the schema rejects a result with a bad level.
    String broken = "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\"}},"
        + "\"results\":[{\"message\":{\"text\":\"m\"},\"level\":\"fatal\"}]}]}";
    assertThat(schemaErrors(broken)).isNotEmpty();
  }

  @Test
  void sarifOfAnyPlanConformsToTheSchema() {
    Validator strict = Validator.builder().catalogue(RuleCatalogue.builtin()).profile(Profile.STRICT).build();
    qt().withExamples(150)
        .forAll(PlanGenerators.plans())
        .check(plan -> {
          try {
            return schemaErrors(write(new SarifReportWriter(), strict.validate(plan))).isEmpty();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Test
  void fileNamesBecomeUriReferencesAgainstABaseId() {
    SarifReportWriter w = new SarifReportWriter(java.nio.file.Path.of("/work/repo"));
    assertThat(w.location("plans/a.md")).containsExactly("plans/a.md", "SRCROOT");
    assertThat(w.location("/work/repo/plans/a b.md")).containsExactly("plans/a%20b.md", "SRCROOT");
    assertThat(w.location("/tmp/a b.md")).containsExactly("tmp/a%20b.md", "ROOT");
    assertThat(w.location("a:b.md")).containsExactly("a%3Ab.md", "SRCROOT");
    assertThat(w.location("https://example.org/a.md")).containsExactly("https://example.org/a.md", null);
  }

  @Test
  void catalogueListsEveryRuleOnOneLine() throws IOException {
    StringWriter out = new StringWriter();
    CatalogueWriter.text(RuleCatalogue.builtin().rules(), Language.ZH, out);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(RuleCatalogue.builtin().rules().size());
    assertThat(lines).anySatisfy(l -> assertThat(l)
        .matches("structure/heading-level-inconsistent +warning +default +标题级别不一致"));
  }

  @Test
  void catalogueAsJsonDescribesEveryRule() throws IOException {
    StringWriter out = new StringWriter();
    CatalogueWriter.json(RuleCatalogue.builtin().rules(), out);
    JsonNode rules = JSON.readTree(out.toString()).path("rules");
    assertThat(rules.size()).isEqualTo(RuleCatalogue.builtin().rules().size());
    JsonNode nearDuplicates = null;
    for (JsonNode r : rules) {
      if (r.path("id").asText().equals("text/near-duplicate-initiative")) {
        nearDuplicates = r;
      }
    }
    assertThat(nearDuplicates).isNotNull();
    assertThat(nearDuplicates.path("severity").asText()).isEqualTo("warning");
    assertThat(nearDuplicates.path("profiles").toString()).isEqualTo("[\"default\",\"task-decomposition\",\"strict\"]");
    assertThat(nearDuplicates.path("thresholds").path("similarity").asDouble()).isEqualTo(0.8);
    assertThat(nearDuplicates.path("zh-CN").path("title").asText()).isEqualTo("举措近似重复");
  }

  @Test
  void formatsParseByName() {
    assertThat(ReportFormat.parse("SARIF").writer()).isInstanceOf(SarifReportWriter.class);
    assertThat(ReportFormat.parse("json").writer()).isInstanceOf(JsonReportWriter.class);
    assertThat(ReportFormat.parse("text").writer()).isInstanceOf(TextReportWriter.class);
    assertThatThrownBy(() -> ReportFormat.parse("xml")).hasMessageContaining("text, json or sarif");
  }
}
