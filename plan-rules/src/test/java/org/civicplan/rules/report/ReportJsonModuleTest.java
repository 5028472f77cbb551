package org.civicplan.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.io.json.PlanJson;
import org.civicplan.model.Plan;
import org.civicplan.rules.Finding;
import org.civicplan.rules.Profile;
import org.civicplan.rules.ReportFormatException;
import org.civicplan.rules.Severity;
import org.civicplan.rules.ValidationReport;
import org.civicplan.rules.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A user's own ObjectMapper writes reports and findings through {@link ReportJsonModule}. */
class ReportJsonModuleTest {
  static ValidationReport report;

  /** What a REST endpoint returns: the plan checked and its findings. */
  record Response(String planId, List<Finding> findings, Severity worst) {}

  @BeforeAll
  static void validate() throws IOException {
    Plan plan =
        PlanDocuments.create().read(Path.of("..", "examples", "jiangsu-road-2024.md")).plan();
    report = Validator.builder().profile(Profile.DEFAULT).build().validate(plan, "jiangsu-road-2024.md");
    assertThat(report.findings()).hasSize(5);
  }

  private static String reportWriterJson() throws IOException {
    StringWriter out = new StringWriter();
    new JsonReportWriter().write(report, out);
    return out.toString();
  }

  @Test
  void theReportIsWrittenAsTheJsonReportWriterWritesIt() throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new ReportJsonModule());
    String json = mapper.writeValueAsString(report);
    assertThat(mapper.readTree(json)).isEqualTo(mapper.readTree(reportWriterJson()));
    assertThat(json).doesNotContain("Immutable");
    JsonNode tree = mapper.valueToTree(report);
    // a decimal threshold is a double or a BigDecimal in the tree, as the Jackson version copies
    // it: compared as the JSON it writes
    assertThat(mapper.writeValueAsString(tree)).isEqualTo(mapper.writeValueAsString(mapper.readTree(reportWriterJson())));
    assertThat(tree.at("/files/0/findings/0/span/startLine").intValue()).isPositive();
  }

  @Test
  void findingsSitInADto() throws IOException {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules(); // found through META-INF/services
    Response response = new Response("plan", report.findings(), Severity.WARNING);
    JsonNode tree = mapper.valueToTree(response);
    JsonNode fromReport = mapper.readTree(reportWriterJson()).at("/files/0/findings");
    assertThat(tree.get("findings")).isEqualTo(fromReport); // the report's language is Chinese
    assertThat(tree.get("worst").textValue()).isEqualTo("warning");
    assertThat(tree.at("/findings/0/messages/en").textValue()).isEqualTo(report.findings().get(0).message(org.civicplan.rules.Language.EN));
  }

  @Test
  void defaultTypingWrapsWithThePublicType() throws IOException {
    ObjectMapper typed =
        JsonMapper.builder()
            .addModule(new ReportJsonModule())
            .addModule(PlanJson.module())
            .activateDefaultTyping(
                BasicPolymorphicTypeValidator.builder().allowIfSubType("org.civicplan.").build(),
                ObjectMapper.DefaultTyping.EVERYTHING,
                JsonTypeInfo.As.PROPERTY)
            .build();
    String json = typed.writeValueAsString(report);
    assertThat(json).startsWith("[\"org.civicplan.rules.ValidationReport\",{").doesNotContain("Immutable");
    JsonNode inner = new ObjectMapper().readTree(json).get(1);
    assertThat(inner).isEqualTo(new ObjectMapper().readTree(reportWriterJson()));
  }

  @Test
  void reportsAndFindingsAreReadBackEqualThroughTheUsersMapper() throws IOException {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.readValue(mapper.writeValueAsString(report), ValidationReport.class)).isEqualTo(report);
    assertThat(mapper.treeToValue(mapper.valueToTree(report), ValidationReport.class)).isEqualTo(report);
    assertThat(mapper.readValue(reportWriterJson(), ValidationReport.class)).isEqualTo(report);
    Response response = new Response("plan", report.findings(), Severity.WARNING);
    assertThat(mapper.treeToValue(mapper.valueToTree(response), Response.class)).isEqualTo(response);
    assertThat(mapper.readValue(mapper.writeValueAsString(response), Response.class)).isEqualTo(response);
  }

  @Test
  void defaultTypingReadsBackThePublicTypes() throws IOException {
    ObjectMapper typed =
        JsonMapper.builder()
            .addModule(new ReportJsonModule())
            .addModule(PlanJson.module())
            .activateDefaultTyping(
                BasicPolymorphicTypeValidator.builder().allowIfSubType("org.civicplan.").allowIfSubType("java.util.").build(),
                ObjectMapper.DefaultTyping.EVERYTHING,
                JsonTypeInfo.As.PROPERTY)
            .build();
    Object back = typed.readValue(typed.writeValueAsString(report), Object.class);
    assertThat(back).isEqualTo(report);
    Object finding = typed.readValue(typed.writeValueAsString(report.findings().get(0)), Object.class);
    assertThat(finding).isEqualTo(report.findings().get(0));
  }

  @Test
  void aMalformedReportIsAJacksonErrorWithThePointerAndWhereTheReportStarts() throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new ReportJsonModule());
    String bad = "{\"planId\": \"plan\", \"findings\": [" + mapper.writeValueAsString(report.findings().get(0))
        .replace("\"severity\":\"warning\"", "\"severity\":\"warn\"") + "], \"worst\": \"info\"}";
    assertThatThrownBy(() -> mapper.readValue(bad, Response.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith("unknown severity \"warn\"; expected one of error, warning, info at \"/severity\""
            + " (in the finding that starts at line 1, column 33)")
        .hasRootCauseInstanceOf(ReportFormatException.class);
    assertThatThrownBy(() -> mapper.readValue("\"severe\"", Severity.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("unknown severity \"severe\"");
  }
}
