package org.civicplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.civicplan.io.document.DocumentFormat;
import org.civicplan.io.document.ImportResult;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.io.json.PlanJson;
import org.civicplan.model.testing.PlanGenerators;
import org.civicplan.rules.report.ReportFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON report read back by {@link ReportReader}: equal reports, located refusals. */
class ReportReaderTest {
  static final Path EXAMPLES = Path.of("..", "examples");
  static final ObjectMapper TREES = new ObjectMapper();
  static ValidationReport report;
  static String json;

  @BeforeAll
  static void validate() throws IOException {
    PlanDocuments documents = PlanDocuments.create();
    ImportResult md = documents.read(EXAMPLES.resolve("jiangsu-road-2024.md"));
    // the Markdown plan converted to JSON: its spans are the Markdown's, locations the JSON's
    ImportResult converted =
        documents.read(PlanJson.create().write(md.plan()), DocumentFormat.JSON, "jiangsu-road-2024.json");
    // strict: rules with thresholds and fix hints; the JSON plan's findings keep the Markdown place
    report =
        Validator.builder().profile(Profile.STRICT).language(Language.EN).build()
            .validateAll(List.of(
                new NamedPlan("jiangsu-road-2024.md", md.plan()),
                new NamedPlan("jiangsu-road-2024.json", converted.plan(), converted.locations())))
            .withUnreadable(List.of(new UnreadableInput("plans/2025.md", "no such file")));
    json = write(report);
  }

  static String write(ValidationReport r) {
    StringWriter out = new StringWriter();
    try {
      ReportFormat.JSON.writer().write(r, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  @Test
  void aReportReadBackIsEqualAndWritesTheSameBytesInEveryFormat() throws IOException {
    assertThat(report.findings()).anySatisfy(f -> assertThat(f.originalSpan()).isPresent());
    assertThat(report.findings()).anySatisfy(f -> assertThat(f.fixHint(Language.ZH)).isPresent());
    assertThat(report.rules()).anySatisfy(a -> assertThat(a.thresholds()).isNotEmpty());
    ValidationReport back = ReportReader.create().read(json, "report.json");
    assertThat(back).isEqualTo(report).hasSameHashCodeAs(report);
    assertThat(back.findings()).extracting(Finding::elementKind)
        .containsExactlyElementsOf(report.findings().stream().map(Finding::elementKind).toList());
    for (ReportFormat format : ReportFormat.values()) {
      StringWriter was = new StringWriter();
      StringWriter now = new StringWriter();
      format.writer().write(report, was);
      format.writer().write(back, now);
      assertThat(now.toString()).as(format.name()).isEqualTo(was.toString());
    }
  }

  @Test
  void everyReportOfAnArbitraryPlanIsReadBackEqual() {
    Validator validator = Validator.builder().profile(Profile.STRICT).build();
    ReportReader reader = ReportReader.create();
    qt().withExamples(40).withShrinkCycles(5).forAll(PlanGenerators.plans()).checkAssert(plan -> {
      ValidationReport r = validator.validate(plan, "plan.json");
      try {
        assertThat(reader.read(write(r), "plan.json")).isEqualTo(r);
      } catch (ReportFormatException e) {
        throw new AssertionError(e.getMessage(), e);
      }
    });
  }

  private static ReportFormatException refusal(String text) {
    try {
      ReportReader.create().read(text, "report.json");
    } catch (ReportFormatException e) {
      return e;
    }
    throw new AssertionError("read without complaint");
  }

  /** The line and column of the first occurrence of {@code needle} in the report's text. */
  private static int[] lineAndColumn(String text, String needle) {
    int at = text.indexOf(needle);
    assertThat(at).as(needle).isNotNegative();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, at - lineStart + 1};
  }

  @Test
  void aWrongValueIsRefusedAtItsLineColumnAndPointer() {
    String bad = json.replaceFirst("\"severity\" : \"warning\"", "\"severity\" : \"warn\"");
    assertThat(bad).isNotEqualTo(json);
    ReportFormatException e = refusal(bad);
    int[] where = lineAndColumn(bad, "\"warn\"");
    assertThat(e.line()).isEqualTo(where[0]);
    assertThat(e.column()).isEqualTo(where[1]);
    assertThat(e.pointer()).startsWith("/rules/").endsWith("/severity");
    assertThat(e.getMessage())
        .startsWith("report.json:" + where[0] + ":" + where[1] + ": unknown severity \"warn\"");
  }

  @Test
  void notJsonIsRefusedWithTheParsersPlace() {
    ReportFormatException e = refusal("{\n  \"tool\": civicplan\n}");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problem()).startsWith("not valid JSON");
  }

  /** The report with the value at {@code pointer} replaced by {@code value} (JSON), or removed. */
  private static String changed(String pointer, String value) {
    try {
      JsonNode tree = TREES.readTree(json);
      JsonPointer at = JsonPointer.compile(pointer);
      JsonNode parent = tree.at(at.head());
      String last = at.last().getMatchingProperty();
      if (parent.isArray()) {
        int i = at.last().getMatchingIndex();
        if (value == null) {
          ((ArrayNode) parent).remove(i);
        } else {
          ((ArrayNode) parent).set(i, TREES.readTree(value));
        }
      } else if (value == null) {
        ((ObjectNode) parent).remove(last);
      } else {
        ((ObjectNode) parent).set(last, TREES.readTree(value));
      }
      return TREES.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void refused(String text, String pointer, String problem) {
    ReportFormatException e = refusal(text);
    assertThat(e.pointer()).as(problem).isEqualTo(pointer);
    assertThat(e.problem()).startsWith(problem);
    assertThat(e.line()).as(problem).isPositive();
  }

  @Test
  void eachKindOfMalformedReportIsRefusedWithWhatIsWrong() {
    int finding = firstFindingWithAFix();
    String f = "/files/0/findings/" + finding;
    refused(changed("/tool", "\"eslint\""), "/tool", "not a CivicPlan report");
    refused(changed("/language", "\"fr\""), "/language", "unknown language \"fr\"");
    refused(changed("/profile", "\"lenient\""), "/profile", "unknown profile \"lenient\"");
    refused(changed("/files/0/planID", "\"x\""), "/files/0/planID", "unknown key \"planID\"");
    refused(changed("/files/0/planId", null), "/files/0", "missing \"planId\"");
    refused(changed("/summary/warning", "99"), "/summary/warning",
        "the summary says 99 warning findings, the report holds " + report.count(Severity.WARNING));
    refused(changed("/summary/files", "1"), "/summary/files", "the summary says 1 files, the report holds 2");
    refused(changed("/files/0/summary/info", "-1"), "/files/0/summary/info", "expected a whole number from 0");
    String ruleId = report.findings().get(0).ruleId();
    int listed = report.rules().stream().map(a -> a.rule().id()).toList().indexOf(ruleId);
    refused(changed("/rules/" + listed, null), "/files/0/findings/0/ruleId",
        "a finding of rule \"" + ruleId + "\", which the report's \"rules\" do not list");
    refused(changed("/rules/" + listed + "/id", "\"text/unbalanced-bracket\""), "/rules/" + listed + "/id",
        "rule \"text/unbalanced-bracket\" is not in the reader's catalogue; did you mean \"text/unbalanced-brackets\"?");
    refused(changed(f + "/span/startLine", "\"27\""), f + "/span/startLine",
        "expected a whole number from 0, found string \"27\"");
    refused(changed(f + "/span/endLine", "0"), f + "/span", "a line is 1-based");
    refused(changed(f + "/message", "\"changed\""), f + "/message", "differs from \"messages/en\"");
    refused(changed(f + "/messages/en", null), f + "/messages", "missing \"en\"");
    refused(changed(f + "/fix", null), f, "missing \"fix\", the report language's entry of \"fixes\"");
    refused(changed(f + "/elementKind", "\"paragraph\""), f + "/elementKind",
        "unknown value \"paragraph\"; expected one of plan, section, goal, initiative, indicator, unit");
    refused(changed("/files", "3"), "/files", "expected an array, found number 3");
    refused(changed("/unreadable/0/message", "null"), "/unreadable/0", "missing \"message\"");
  }

  private static int firstFindingWithAFix() {
    List<Finding> first = report.results().get(0).findings();
    for (int i = 0; i < first.size(); i++) {
      if (first.get(i).fixHint(Language.EN).isPresent() && first.get(i).span().isPresent()) {
        return i;
      }
    }
    throw new AssertionError("no finding with a fix hint and a span in the sample");
  }

  @Test
  void aCustomRulesReportNeedsACatalogueWithThem() throws ReportFormatException {
    RuleCatalogue builtinOnly = RuleCatalogue.builtin();
    assertThat(ReportReader.of(builtinOnly).read(json, "r.json")).isEqualTo(report);
    RuleCatalogue empty = RuleCatalogue.builder().build();
    assertThatThrownBy(() -> ReportReader.of(empty).read(json, "r.json"))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("is not in the reader's catalogue");
  }
}
