package org.civicplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.civicplan.rules.report.CatalogueWriter;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/rules.md} true: it is generated from the rules themselves (texts from the
 * bundles, example messages from running each rule on its failing fixture) and this test fails if
 * the committed page differs. Regenerate with {@code -Dcivicplan.docs.write=true}.
 */
class RuleCatalogueDocTest {
  static final Path PAGE = Path.of("..", "docs", "rules.md");

  static String generate() throws IOException {
    Map<String, Fixtures.Fixture> fixtures = Fixtures.all();
    List<Rule> rules = RuleCatalogue.builtin().rules();
    StringWriter out = new StringWriter();
    CatalogueWriter.markdown(rules, rule -> {
      Fixtures.Fixture f = fixtures.get(rule.id());
      return BuiltinRuleFixturesTest.findingsOf(rule.id(), f.failing()).stream()
          .findFirst()
          .map(x -> x.message(Language.ZH) + " / " + x.message(Language.EN))
          .orElse(null);
    }, out);
    return out.toString();
  }

  @Test
  void committedCatalogueMatchesTheRules() throws IOException {
    String generated = generate();
    if (Boolean.getBoolean("civicplan.docs.write")) {
      Files.createDirectories(PAGE.getParent());
      Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
    }
    assertThat(PAGE).as("docs/rules.md exists; regenerate with -Dcivicplan.docs.write=true").exists();
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
        .as("docs/rules.md is stale; regenerate with -Dcivicplan.docs.write=true")
        .isEqualTo(generated);
  }

  @Test
  void catalogueNamesEveryRuleWithSeverityProfilesAndAnExample() throws IOException {
    String page = generate();
    for (Rule rule : RuleCatalogue.builtin().rules()) {
      assertThat(page).contains("## " + rule.id() + "\n");
      assertThat(page).contains("| [`" + rule.id() + "`](#" + rule.id().replace("/", "") + ") | "
          + rule.defaultSeverity().label() + " |");
      assertThat(page).contains(rule.title(Language.ZH)).contains(rule.title(Language.EN));
    }
    assertThat(page.split("\nReports: ", -1)).hasSize(RuleCatalogue.builtin().rules().size() + 1);
  }
}
