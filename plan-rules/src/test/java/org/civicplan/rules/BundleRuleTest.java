package org.civicplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.civicplan.model.ElementKind;
import org.junit.jupiter.api.Test;

/** How a {@link BundleRule} finds its texts (read as UTF-8 resources of the rule's module). */
class BundleRuleTest {

  static final class TestRule extends BundleRule {
    TestRule(String bundle) {
      super("test/bundle", Severity.INFO, Profile.STRICT, Set.of(ElementKind.PLAN), bundle);
    }

    @Override
    public void check(RuleContext context) {}
  }

  @Test
  void chineseTextsComeFromTheZhFileAndFallBackToTheBaseFileKeyByKey() {
    TestRule rule = new TestRule("org.civicplan.rules.bundle-rule-test");
    assertThat(rule.title(Language.ZH)).isEqualTo("资源包标题");
    assertThat(rule.title(Language.EN)).isEqualTo("Bundle title");
    assertThat(rule.description(Language.ZH)).isEqualTo("Only in the base file");
    assertThat(rule.text(Language.EN, "message")).isEmpty();
  }

  @Test
  void theDefaultLocaleIsNeverAFallback() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertThat(new TestRule("org.civicplan.rules.bundle-rule-test").title(Language.EN))
          .isEqualTo("Bundle title");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void aMissingBundleGivesNoTextsAndTheIdAsTitle() {
    TestRule rule = new TestRule("org.civicplan.rules.no-such-bundle");
    assertThat(rule.text(Language.ZH, "title")).isEmpty();
    assertThat(rule.title(Language.EN)).isEqualTo("test/bundle");
  }

  @Test
  void theBuiltInRulesHaveTheirTextsInBothLanguages() {
    for (Rule rule : RuleCatalogue.builtin().rules()) {
      assertThat(rule.title(Language.ZH)).as(rule.id()).isNotEqualTo(rule.id());
      assertThat(rule.title(Language.EN)).as(rule.id()).isNotEqualTo(rule.id());
    }
  }
}
