package org.civicplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.civicplan.model.Plan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A custom rule in a separate jar, built here from source with the JDK's compiler, is found by
 * {@link java.util.ServiceLoader} without any code change: through {@code
 * META-INF/services/org.civicplan.rules.RuleProvider} and through {@code
 * META-INF/services/org.civicplan.rules.Rule}, with its texts from its own resource bundle.
 */
class CustomRuleDiscoveryTest {
  @TempDir static Path dir;
  static Path jar;

  @BeforeAll
  static void buildJar() throws IOException {
    jar = CustomRuleJar.build(dir);
  }

  static Plan untitled() {
    return Plan.builder().from(Fixtures.plan(Fixtures.sectionWithGoal(1), Fixtures.sectionWithGoal(2)))
        .title("测试街道工作计划").build();
  }

  @Test
  void rulesInAJarOnTheClassPathJoinTheCatalogue() throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
      RuleCatalogue catalogue = RuleCatalogue.builder().addBuiltins().discover(loader).build();
      assertThat(catalogue.find("district/title-year")).isPresent();
      assertThat(catalogue.find("district/section-count")).isPresent();
      assertThat(catalogue.rules()).hasSize(RuleCatalogue.builtin().rules().size() + 2);
      assertThat(catalogue.find("district/title-year").get().title(Language.ZH)).isEqualTo("标题未写明年份");
    }
    assertThat(RuleCatalogue.builtin().find("district/title-year")).isEmpty();
  }

  @Test
  void theStandardCatalogueUsesTheContextClassLoaderAndReportsCustomFindings() throws IOException {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
      thread.setContextClassLoader(loader);
      Validator validator = Validator.builder().profile(Profile.STRICT).build();
      ValidationReport report = validator.validate(untitled(), "plan.json");
      List<Finding> custom = report.findings().stream().filter(f -> f.ruleId().startsWith("district/")).toList();
      assertThat(custom).extracting(Finding::ruleId).containsExactly("district/section-count", "district/title-year");
      Finding title = custom.get(1);
      assertThat(title.severity()).isEqualTo(Severity.ERROR);
      assertThat(title.message(Language.ZH)).isEqualTo("标题“测试街道工作计划”未写明年份。");
      assertThat(title.message(Language.EN)).isEqualTo("The title \"测试街道工作计划\" names no year.");
      // The default profile runs the default-profile custom rule only.
      assertThat(Validator.builder().build().validate(untitled()).findings())
          .extracting(Finding::ruleId).contains("district/title-year").doesNotContain("district/section-count");
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
