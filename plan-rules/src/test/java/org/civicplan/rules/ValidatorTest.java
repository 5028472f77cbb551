package org.civicplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civicplan.model.ElementKind;
import org.civicplan.model.Plan;
import org.civicplan.model.PlanNode;
import org.junit.jupiter.api.Test;

class ValidatorTest {

  /** A rule written in code: reports every section, with texts given inline. */
  static final class EverySection implements Rule {
    @Override
    public String id() {
      return "custom/every-section";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.ERROR;
    }

    @Override
    public Set<ElementKind> elementKinds() {
      return Set.of(ElementKind.SECTION);
    }

    @Override
    public Optional<String> text(Language language, String key) {
      if (!key.equals("message")) {
        return Optional.empty();
      }
      return Optional.of(language == Language.ZH ? "第 {0} 部分" : "section {0}");
    }

    @Override
    public void check(RuleContext context) {
      for (PlanNode node : context.nodes(ElementKind.SECTION)) {
        context.report(node, "message", node.id());
      }
    }
  }

  /** A broken rule. */
  static final class Throwing extends EverySectionBase {
    @Override
    public String id() {
      return "custom/throwing";
    }

    @Override
    public void check(RuleContext context) {
      throw new IllegalStateException("boom");
    }
  }

  abstract static class EverySectionBase implements Rule {
    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public Set<ElementKind> elementKinds() {
      return Set.of(ElementKind.PLAN);
    }

    @Override
    public Optional<String> text(Language language, String key) {
      return Optional.empty();
    }
  }

  static Plan gapPlan() {
    return Fixtures.plan(Fixtures.sectionWithGoal(1), Fixtures.sectionWithGoal(3));
  }

  @Test
  void profilesChooseTheirRules() {
    List<String> byDefault = ids(Validator.builder().build());
    List<String> tasks = ids(Validator.builder().profile(Profile.TASK_DECOMPOSITION).build());
    List<String> strict = ids(Validator.builder().profile(Profile.STRICT).build());
    assertThat(byDefault).contains("structure/numbering-gap", "text/joined-broken-paragraph")
        .doesNotContain("assignment/lead-unit-missing", "structure/heading-emphasis-mixed");
    assertThat(tasks).containsAll(byDefault)
        .contains("assignment/lead-unit-missing", "assignment/unit-undeclared", "assignment/due-date-missing")
        .doesNotContain("structure/heading-emphasis-mixed");
    assertThat(strict).containsAll(tasks).contains("structure/heading-emphasis-mixed");
    assertThat(strict).hasSize(RuleCatalogue.standard().rules().size());
  }

  private static List<String> ids(Validator v) {
    return v.activeRules().stream().map(a -> a.rule().id()).toList();
  }

  @Test
  void rulesAddedInCodeRunAndFailingRulesBecomeFindings() {
    Validator v = Validator.builder().addRule(new EverySection()).addRule(new Throwing()).build();
    ValidationReport report = v.validate(gapPlan(), "gap.json");
    assertThat(report.findings()).extracting(Finding::ruleId)
        .contains("custom/every-section", "engine/rule-failed", "structure/numbering-gap");
    Finding failure = report.findings().stream()
        .filter(f -> f.ruleId().equals("engine/rule-failed")).findFirst().orElseThrow();
    assertThat(failure.severity()).isEqualTo(Severity.ERROR);
    assertThat(failure.message(Language.EN)).contains("custom/throwing").contains("boom");
    assertThat(failure.message(Language.ZH)).contains("custom/throwing").contains("运行失败");
    assertThat(report.hasErrors()).isTrue();
    Finding custom = report.findings().stream()
        .filter(f -> f.ruleId().equals("custom/every-section")).findFirst().orElseThrow();
    assertThat(custom.message(Language.ZH)).isEqualTo("第 s1 部分");
    assertThat(custom.message(Language.EN)).isEqualTo("section s1");
  }

  /** Counts its computations; a list of the plan's section ids. */
  static final class SectionIds implements RuleContext.Fact<List<String>> {
    final java.util.concurrent.atomic.AtomicInteger computed = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public List<String> compute(RuleContext context) {
      computed.incrementAndGet();
      return context.nodes(ElementKind.SECTION).stream().map(PlanNode::id).toList();
    }
  }

  /** Reports once per section id that a shared fact lists, under its own id. */
  static Rule sharing(String id, RuleContext.Fact<List<String>> fact) {
    return new EverySectionBase() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public void check(RuleContext context) {
        for (String section : context.fact(fact)) {
          context.report(context.plan().find(section).orElseThrow(), "message", section);
        }
      }
    };
  }

  @Test
  void aFactIsComputedOncePerValidationAndSharedByTheRulesThatAskForIt() {
    SectionIds fact = new SectionIds();
    Validator v = Validator.builder()
        .addRule(sharing("custom/first", fact))
        .addRule(sharing("custom/second", fact))
        .build();
    ValidationReport report = v.validate(gapPlan());
    assertThat(fact.computed).hasValue(1);
    assertThat(report.findings()).filteredOn(f -> f.ruleId().startsWith("custom/"))
        .extracting(f -> f.ruleId() + " " + f.elementId())
        .containsExactly("custom/first s1", "custom/second s1", "custom/first s2", "custom/second s2");
    v.validate(Fixtures.plan(Fixtures.sectionWithGoal(1)));
    assertThat(fact.computed).hasValue(2);
  }

  @Test
  void aFactThatReportsOrReadsThresholdsFailsTheRuleThatAskedForIt() {
    RuleContext.Fact<List<String>> reporting = context -> {
      context.report(context.root(), "message");
      return List.of();
    };
    RuleContext.Fact<List<String>> tuned = context -> {
      context.threshold("similarity");
      return List.of();
    };
    Validator v = Validator.builder()
        .addRule(sharing("custom/reporting", reporting))
        .addRule(sharing("custom/tuned", tuned))
        .build();
    List<Finding> failures = v.validate(gapPlan()).findings().stream()
        .filter(f -> f.ruleId().equals("engine/rule-failed")).toList();
    assertThat(failures).extracting(f -> f.message(Language.EN))
        .anySatisfy(m -> assertThat(m).contains("custom/reporting"))
        .anySatisfy(m -> assertThat(m).contains("custom/tuned").contains("threshold"));
    assertThat(failures).hasSize(2);
  }

  @Test
  void configurationDisablesEnablesAndRegradesRules() {
    RuleConfig config = RuleConfig.builder()
        .severity("structure/numbering-gap", Severity.ERROR)
        .enable("structure/heading-emphasis-mixed")
        .disable("text/joined-broken-paragraph")
        .build();
    Validator v = Validator.builder().config(config).build();
    assertThat(ids(v)).contains("structure/heading-emphasis-mixed").doesNotContain("text/joined-broken-paragraph");
    ValidationReport report = v.validate(gapPlan());
    assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("structure/numbering-gap"))
        .extracting(Finding::severity).containsExactly(Severity.ERROR);
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.count(Severity.ERROR)).isEqualTo(1);
    assertThat(report.counts()).containsEntry(Severity.WARNING, 0).containsEntry(Severity.INFO, 0);
  }

  @Test
  void configurationProfileAppliesUnlessTheBuilderSetsOne() {
    RuleConfig strict = RuleConfig.builder().profile(Profile.STRICT).build();
    assertThat(Validator.builder().config(strict).build().profile()).isEqualTo(Profile.STRICT);
    assertThat(Validator.builder().config(strict).profile(Profile.DEFAULT).build().profile())
        .isEqualTo(Profile.DEFAULT);
  }

  @Test
  void configurationInCodeNamingAnUnknownRuleIsRejected() {
    RuleConfig config = RuleConfig.builder().disable("structure/no-such-rule").build();
    assertThatThrownBy(() -> Validator.builder().config(config).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("structure/no-such-rule");
    RuleConfig threshold = RuleConfig.builder().threshold("text/near-duplicate-initiative", "similarity", 2).build();
    assertThatThrownBy(() -> Validator.builder().config(threshold).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("similarity");
  }

  @Test
  void thresholdsTuneRules() {
    Plan nearDuplicates = Fixtures.all().get("text/near-duplicate-initiative").failing();
    Validator loose = Validator.builder().build();
    Validator tight = Validator.builder()
        .config(RuleConfig.builder().threshold("text/near-duplicate-initiative", "similarity", 0.99).build())
        .build();
    assertThat(loose.validate(nearDuplicates).findings()).extracting(Finding::ruleId)
        .contains("text/near-duplicate-initiative");
    assertThat(tight.validate(nearDuplicates).findings()).extracting(Finding::ruleId)
        .doesNotContain("text/near-duplicate-initiative");
  }

  @Test
  void twoRulesWithOneIdAreRejected() {
    assertThatThrownBy(() -> Validator.builder().addRule(new EverySection()).addRule(new EverySection()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("custom/every-section");
    Rule badId = new EverySectionBase() {
      @Override
      public String id() {
        return "No Category";
      }

      @Override
      public void check(RuleContext context) {}
    };
    assertThatThrownBy(() -> Validator.builder().addRule(badId).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("category/name");
  }

  @Test
  void oneValidatorServesManyThreads() throws Exception {
    Validator v = Validator.builder().profile(Profile.STRICT).build();
    List<Plan> plans = new ArrayList<>();
    for (Fixtures.Fixture f : Fixtures.all().values()) {
      plans.add(f.failing());
    }
    List<List<Finding>> expected = plans.stream().map(p -> v.validate(p).findings()).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Finding>>> futures = new ArrayList<>();
      for (int round = 0; round < 8; round++) {
        for (Plan p : plans) {
          futures.add(pool.submit(() -> v.validate(p).findings()));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i % plans.size()));
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void promisedQuantitiesMatchIndicatorValuesAsWrittenOrScaled() {
    Validator v = Validator.builder().build();
    java.util.function.Function<Plan, List<String>> quantityFindings = plan -> v.validate(plan).findings()
        .stream().filter(f -> f.ruleId().equals("target/quantity-without-indicator"))
        .map(f -> f.message(Language.EN)).toList();
    assertThat(quantityFindings.apply(Fixtures.withInitiatives(Fixtures.initiative("建成3个示范点",
        Fixtures.count("示范点").target(Fixtures.target("3.00", "个")).build())))).isEmpty();
    assertThat(quantityFindings.apply(Fixtures.withInitiatives(Fixtures.initiative("覆盖1.5万户",
        Fixtures.count("覆盖户数").target(Fixtures.target("15000", "户")).build())))).isEmpty();
    assertThat(quantityFindings.apply(Fixtures.withInitiatives(Fixtures.initiative("推进9处精品小区建设以及3处里弄房屋修缮",
        Fixtures.count("精品小区建设").target(Fixtures.target("9", "处")).build()))))
        .singleElement().asString().endsWith("promises 3处 but no indicator measures it.");
  }

  @Test
  void quantityWithoutIndicatorComparesExtremeTargetsWithoutOverflow() {
    // stripTrailingZeros on 10E+2147483647 overflowed the scale and the rule failed (issue #15).
    Validator v = Validator.builder().build();
    for (String value : new String[] {"100E+2147483647", "10E+2147483647", "1E-2147483647"}) {
      Plan plan = Fixtures.withInitiatives(Fixtures.initiative("建成3个示范点",
          Fixtures.count("示范点").target(Fixtures.target(value, "个")).build()));
      List<Finding> findings = v.validate(plan).findings();
      assertThat(findings).extracting(Finding::ruleId).as(value).doesNotContain("engine/rule-failed")
          .contains("target/quantity-without-indicator");
    }
  }

  @Test
  void parsersNameTheAcceptedValues() {
    assertThat(Profile.parse("Task-Decomposition")).isEqualTo(Profile.TASK_DECOMPOSITION);
    assertThat(Language.parse("zh_CN")).isEqualTo(Language.ZH);
    assertThat(Language.parse("en-US")).isEqualTo(Language.EN);
    assertThat(Severity.parse("INFO")).isEqualTo(Severity.INFO);
    assertThatThrownBy(() -> Profile.parse("lenient")).hasMessageContaining("default, task-decomposition, strict");
    assertThatThrownBy(() -> Language.parse("fr")).hasMessageContaining("zh or en");
    assertThatThrownBy(() -> Severity.parse("fatal")).hasMessageContaining("error, warning, info");
  }
}
