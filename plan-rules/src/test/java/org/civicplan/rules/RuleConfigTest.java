package org.civicplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleConfigTest {
  static final RuleCatalogue CATALOGUE = RuleCatalogue.builtin();

  static RuleConfig parse(String name, String text) throws IOException {
    return RuleConfig.parse(new StringReader(text), name, CATALOGUE);
  }

  static RuleConfigException failure(String name, String text) {
    return catchThrowableOfType(RuleConfigException.class, () -> parse(name, text));
  }

  @Test
  void readsJsonWithObjectsAndShorthands() throws IOException {
    RuleConfig c = parse("rules.json", """
        {
          "profile": "task-decomposition",
          "rules": {
            "text/near-duplicate-initiative": {"severity": "error", "similarity": 0.9, "minLength": 20},
            "structure/heading-emphasis-mixed": "warning",
            "text/mixed-punctuation-width": "off",
            "assignment/unit-unused": true,
            "assignment/lead-unit-missing": {"enabled": false}
          }
        }
        """);
    assertThat(c.profile()).contains(Profile.TASK_DECOMPOSITION);
    assertThat(c.severity("text/near-duplicate-initiative")).contains(Severity.ERROR);
    assertThat(c.thresholds("text/near-duplicate-initiative"))
        .containsEntry("similarity", 0.9).containsEntry("minLength", 20.0);
    assertThat(c.enabled("structure/heading-emphasis-mixed")).contains(true);
    assertThat(c.severity("structure/heading-emphasis-mixed")).contains(Severity.WARNING);
    assertThat(c.enabled("text/mixed-punctuation-width")).contains(false);
    assertThat(c.enabled("assignment/unit-unused")).contains(true);
    assertThat(c.enabled("assignment/lead-unit-missing")).contains(false);
    assertThat(c.enabled("structure/numbering-gap")).isEmpty();

    Validator v = Validator.builder().config(c).build();
    assertThat(v.profile()).isEqualTo(Profile.TASK_DECOMPOSITION);
    assertThat(v.activeRules()).extracting(a -> a.rule().id())
        .contains("structure/heading-emphasis-mixed", "assignment/unit-unused", "assignment/due-date-missing")
        .doesNotContain("text/mixed-punctuation-width", "assignment/lead-unit-missing");
    ActiveRule nearDuplicates = v.activeRules().stream()
        .filter(a -> a.rule().id().equals("text/near-duplicate-initiative")).findFirst().orElseThrow();
    assertThat(nearDuplicates.severity()).isEqualTo(Severity.ERROR);
    assertThat(nearDuplicates.thresholds()).containsEntry("similarity", 0.9);
  }

  @Test
  void readsTheSameFromYaml() throws IOException {
    RuleConfig c = parse("rules.yaml", """
        profile: strict
        rules:
          text/near-duplicate-initiative:
            severity: error
            similarity: 0.9
          text/mixed-punctuation-width: off
          structure/heading-emphasis-mixed: warning
        """);
    assertThat(c.profile()).contains(Profile.STRICT);
    assertThat(c.severity("text/near-duplicate-initiative")).contains(Severity.ERROR);
    assertThat(c.thresholds("text/near-duplicate-initiative")).containsEntry("similarity", 0.9);
    assertThat(c.enabled("text/mixed-punctuation-width")).contains(false);
    assertThat(c.severity("structure/heading-emphasis-mixed")).contains(Severity.WARNING);
  }

  @Test
  void anUnknownRuleIsAnErrorWithItsLocationAndASuggestion() {
    RuleConfigException e = failure("civicplan-rules.json", """
        {
          "rules": {
            "structure/numbering-gap": "error",
            "text/near-duplicate": "off"
          }
        }
        """);
    assertThat(e.source()).isEqualTo("civicplan-rules.json");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(5);
    assertThat(e.pointer()).isEqualTo("/rules/text~1near-duplicate");
    assertThat(e.getMessage())
        .startsWith("civicplan-rules.json:4:5: unknown rule \"text/near-duplicate\"")
        .contains("did you mean \"text/near-duplicate-initiative\"?");
  }

  @Test
  void anUnknownRuleInYamlIsAnErrorWithItsLine() {
    RuleConfigException e = failure("rules.yml", "rules:\n  structure/numbering-gap: error\n  nonsense/rule: off\n");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.getMessage()).contains("unknown rule \"nonsense/rule\"").contains("civicplan rules");
  }

  @Test
  void unknownKeysAndBadValuesAreErrorsWithTheirLocation() {
    RuleConfigException key = failure("c.json", "{\"rules\": {\"structure/numbering-gap\": {\"severity\": \"error\", \"level\": 2}}}");
    assertThat(key.pointer()).isEqualTo("/rules/structure~1numbering-gap/level");
    assertThat(key.line()).isEqualTo(1);
    assertThat(key.column()).isGreaterThan(40);
    assertThat(key.problem()).contains("unknown key \"level\"").contains("\"enabled\", \"severity\"");

    assertThat(failure("c.json", "{\"profiles\": \"strict\"}").problem())
        .contains("unknown key \"profiles\"");
    assertThat(failure("c.json", "{\"profile\": \"lenient\"}").problem())
        .contains("default, task-decomposition, strict");
    assertThat(failure("c.json", "{\"rules\": {\"structure/numbering-gap\": \"fatal\"}}").problem())
        .contains("off, on, error, warning or info");
    assertThat(failure("c.json", "{\"rules\": {\"structure/numbering-gap\": {\"severity\": \"fatal\"}}}").pointer())
        .isEqualTo("/rules/structure~1numbering-gap/severity");
    assertThat(failure("c.json", "{\"rules\": {\"text/near-duplicate-initiative\": {\"similarity\": 3}}}").problem())
        .contains("outside 0.5..1.0");
    assertThat(failure("c.json", "{\"rules\": {\"text/near-duplicate-initiative\": {\"similarity\": \"high\"}}}").problem())
        .contains("must be a number");
    assertThat(failure("c.json", "[1, 2]").problem()).contains("expected an object");
  }

  @Test
  void malformedTextIsAnErrorWithItsLocation() {
    RuleConfigException json = failure("c.json", "{\n  \"rules\": {\n    \"structure/numbering-gap\" \"error\"\n}");
    assertThat(json.line()).isEqualTo(3);
    assertThat(json.problem()).startsWith("not valid JSON");
    RuleConfigException duplicate = failure("c.json", "{\"profile\": \"strict\", \"profile\": \"default\"}");
    assertThat(duplicate.problem()).contains("profile");
    RuleConfigException yaml = failure("c.yaml", "profile: \"strict\n");
    assertThat(yaml.problem()).startsWith("not valid YAML");
  }

  @Test
  void deeplyNestedOrHugeInputIsRefused() {
    assertThat(failure("c.json", "[".repeat(100) + "]".repeat(100)).problem()).isNotBlank();
    String huge = "{\"profile\": \"" + "x".repeat(2 << 20) + "\"}";
    assertThat(failure("c.json", huge).problem()).contains("longer than 1048576 characters");
  }

  @Test
  void loadsFilesByExtension(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("rules.json");
    Files.writeString(json, "{\"rules\": {\"text/stray-markdown\": \"off\"}}", StandardCharsets.UTF_8);
    Path yaml = dir.resolve("rules.yaml");
    Files.writeString(yaml, "rules:\n  text/stray-markdown: error\n", StandardCharsets.UTF_8);
    assertThat(RuleConfig.load(json, CATALOGUE).enabled("text/stray-markdown")).contains(false);
    assertThat(RuleConfig.load(yaml, CATALOGUE).severity("text/stray-markdown")).contains(Severity.ERROR);
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"rules\": {\"x/y\": \"off\"}}", StandardCharsets.UTF_8);
    RuleConfigException e = catchThrowableOfType(RuleConfigException.class, () -> RuleConfig.load(bad, CATALOGUE));
    assertThat(e.getMessage()).startsWith(bad + ":1:");
  }

  @Test
  void anEmptyFileChangesNothing() throws IOException {
    assertThat(parse("c.yaml", "").ruleIds()).isEmpty();
    assertThat(parse("c.json", "{}").profile()).isEmpty();
  }
}
