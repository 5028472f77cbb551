package org.civicplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.civicplan.model.Plan;
import org.civicplan.rules.builtin.BuiltinRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in rule fires on its failing fixture and stays quiet on its passing one. */
class BuiltinRuleFixturesTest {
  static final Validator STRICT =
      Validator.builder().catalogue(RuleCatalogue.builtin()).profile(Profile.STRICT).build();

  static Stream<String> ruleIds() {
    return BuiltinRules.all().stream().map(Rule::id);
  }

  static List<Finding> findingsOf(String ruleId, Plan plan) {
    return STRICT.validate(plan, "fixture.json").findings().stream()
        .filter(f -> f.ruleId().equals(ruleId))
        .toList();
  }

  @Test
  void theCatalogueHasAtLeast25RulesEachWithAFixture() {
    assertThat(BuiltinRules.all()).hasSizeGreaterThanOrEqualTo(25);
    assertThat(Fixtures.all().keySet())
        .containsExactlyInAnyOrderElementsOf(ruleIds().toList());
  }

  @ParameterizedTest
  @MethodSource("ruleIds")
  void firesOnItsFailingFixture(String ruleId) {
    List<Finding> findings = findingsOf(ruleId, Fixtures.all().get(ruleId).failing());
    assertThat(findings).as(ruleId).isNotEmpty();
    Rule rule = RuleCatalogue.builtin().find(ruleId).orElseThrow();
    for (Finding f : findings) {
      assertThat(f.severity()).isEqualTo(rule.defaultSeverity());
      // Messages come from the bundles with values filled in, never the raw pattern.
      for (Language l : Language.values()) {
        assertThat(f.message(l)).isNotBlank().doesNotContain("{0}").doesNotContain("{1}");
      }
      assertThat(f.message(Language.ZH)).isNotEqualTo(f.message(Language.EN));
      assertThat(f.pointer()).startsWith(f.pointer().isEmpty() ? "" : "/");
    }
  }

  @ParameterizedTest
  @MethodSource("ruleIds")
  void staysQuietOnItsPassingFixture(String ruleId) {
    assertThat(findingsOf(ruleId, Fixtures.all().get(ruleId).passing())).as(ruleId).isEmpty();
  }

  @Test
  void bothBundlesHaveTheSameKeysForKnownRules() throws java.io.IOException {
    java.util.Properties en = new java.util.Properties();
    java.util.Properties zh = new java.util.Properties();
    try (var a = getClass().getResourceAsStream("/org/civicplan/rules/builtin/messages.properties");
        var b = getClass().getResourceAsStream("/org/civicplan/rules/builtin/messages_zh.properties")) {
      en.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
      zh.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    List<String> ids = ruleIds().toList();
    assertThat(en.stringPropertyNames())
        .allSatisfy(key -> assertThat(ids).contains(key.substring(0, key.indexOf('.'))));
  }

  @ParameterizedTest
  @MethodSource("ruleIds")
  void hasTitlesDescriptionsAndExampleInBothLanguages(String ruleId) {
    Rule rule = RuleCatalogue.builtin().find(ruleId).orElseThrow();
    for (Language l : Language.values()) {
      assertThat(rule.text(l, "title")).as(ruleId + " title " + l).isPresent();
      assertThat(rule.text(l, "description")).as(ruleId + " description " + l).isPresent();
      assertThat(rule.text(l, "example")).as(ruleId + " example " + l).isPresent();
    }
    assertThat(rule.elementKinds()).isNotEmpty();
    assertThat(rule.category()).isIn("structure", "target", "text", "assignment", "progress");
  }
}
