package org.civicplan.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.civicplan.io.document.DocumentFormat;
import org.civicplan.io.document.ImportResult;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.io.json.PlanJson;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.Mention;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticPlanTest {

  @ParameterizedTest
  @ValueSource(ints = {1_000, 10_000, 100_000})
  void theJsonReadsBackAsTheSamePlanWithTheExpectedCounts(int size) throws Exception {
    SyntheticPlan generated = SyntheticPlan.generate(size, SyntheticPlan.SEED);
    Plan model = generated.plan();
    assertThat(model.initiatives().count()).isEqualTo(size);

    PlanJson json = PlanJson.builder().pretty(false).build();
    Plan read = json.read(new String(json.writeBytes(model), java.nio.charset.StandardCharsets.UTF_8));

    assertThat(counts(read)).isEqualTo(counts(model));
    assertThat(read).isEqualTo(model);
  }

  @ParameterizedTest
  @ValueSource(ints = {1_000, 10_000, 100_000})
  void theMarkdownImportsAsTheSamePlanWithTheExpectedCounts(int size) throws Exception {
    SyntheticPlan generated = SyntheticPlan.generate(size, SyntheticPlan.SEED);
    Plan model = generated.plan();

    ImportResult result =
        PlanDocuments.create().read(generated.markdown(), DocumentFormat.MARKDOWN, "synthetic.md");
    Plan imported = result.plan();

    assertThat(result.diagnostics()).isEmpty();
    assertThat(counts(imported)).isEqualTo(counts(model));
    assertThat(imported.title()).isEqualTo(model.title());
    assertThat(imported.organization()).isEqualTo(model.organization());
    assertThat(imported.period()).isEqualTo(model.period());
    assertThat(imported.vision()).isEqualTo(model.vision());
    assertThat(imported.preamble()).isEqualTo(model.preamble());
    sameInOrder(sections(imported), sections(model));
    sameInOrder(goals(imported), goals(model));
    sameInOrder(initiatives(imported), initiatives(model));
  }

  @Test
  void theSameSeedGivesTheSamePlanAndDocument() {
    SyntheticPlan a = SyntheticPlan.generate(500, 7L);
    SyntheticPlan b = SyntheticPlan.generate(500, 7L);
    SyntheticPlan c = SyntheticPlan.generate(500, 8L);
    assertThat(b.plan()).isEqualTo(a.plan());
    assertThat(b.markdown()).isEqualTo(a.markdown());
    assertThat(c.markdown()).isNotEqualTo(a.markdown());
  }

  @Test
  void proportionsAreThoseOfARealPlan() {
    Plan plan = SyntheticPlan.generate(10_000, SyntheticPlan.SEED).plan();
    List<Initiative> all = plan.initiatives().collect(Collectors.toList());
    double withIndicator = all.stream().filter(i -> !i.indicators().isEmpty()).count() / (double) all.size();
    double mentions = all.stream().mapToInt(i -> i.mentions().size()).sum() / (double) all.size();
    double length = all.stream().mapToInt(i -> i.text().length()).average().orElse(0);
    double perGoal = all.size() / (double) plan.goals().count();
    assertThat(withIndicator).isBetween(0.10, 0.20);
    assertThat(mentions).isBetween(0.40, 0.80);
    assertThat(length).isBetween(30.0, 70.0);
    assertThat(perGoal).isBetween(8.0, 12.0);
  }

  @Test
  void aSizeOutOfRangeIsRefused() {
    assertThatThrownBy(() -> SyntheticPlan.generate(0, 1L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 0");
  }

  /** Equal lists, failing at the first difference with just that element. */
  private static void sameInOrder(List<String> actual, List<String> expected) {
    for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
      assertThat(actual.get(i)).as("element %d", i).isEqualTo(expected.get(i));
    }
    assertThat(actual).hasSameSizeAs(expected);
  }

  /** Sections, goals, initiatives, indicators. */
  static List<Long> counts(Plan plan) {
    return List.of(
        (long) plan.sections().size(),
        plan.goals().count(),
        plan.initiatives().count(),
        plan.indicators().count());
  }

  private static List<String> sections(Plan plan) {
    return plan.sections().stream()
        .map((Section s) -> s.number() + "|" + s.keywords() + "|" + s.title() + "|" + s.introduction())
        .collect(Collectors.toList());
  }

  private static List<String> goals(Plan plan) {
    return plan.goals()
        .map((Goal g) -> g.id() + "|" + g.number() + "|" + g.name() + "|" + g.statement() + "|" + g.narrative())
        .collect(Collectors.toList());
  }

  private static List<String> initiatives(Plan plan) {
    return plan.initiatives()
        .map((Initiative i) -> i.id() + "|" + i.text() + "|" + mentions(i.mentions()) + "|" + indicators(i.indicators()))
        .collect(Collectors.toList());
  }

  private static String mentions(List<Mention> mentions) {
    return mentions.stream().map(m -> m.mentionKind() + ":" + m.text()).collect(Collectors.joining(","));
  }

  private static String indicators(List<Indicator> indicators) {
    return indicators.stream()
        .map(k -> k.id() + ":" + k.name() + ":" + k.measureKind() + ":" + k.target() + ":" + k.direction())
        .collect(Collectors.joining(","));
  }
}
