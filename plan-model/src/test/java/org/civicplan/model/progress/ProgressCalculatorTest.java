package org.civicplan.model.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.civicplan.model.Actual;
import org.civicplan.model.Baseline;
import org.civicplan.model.Comparator;
import org.civicplan.model.Direction;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.InitiativeStatus;
import org.civicplan.model.MeasureKind;
import org.civicplan.model.Period;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.civicplan.model.Target;
import org.junit.jupiter.api.Test;

class ProgressCalculatorTest {
  static final ProgressCalculator CALC = ProgressCalculator.create();
  static final Period Q1 = Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31));
  static final Period Q2 = Period.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30));

  static Target target(Comparator c, String value) {
    return Target.builder().comparator(c).value(new BigDecimal(value)).build();
  }

  static Indicator.Builder indicator(Target t, String... actuals) {
    Indicator.Builder b = Indicator.builder().name("指标").measureKind(MeasureKind.COUNT).target(t);
    for (int i = 0; i < actuals.length; i++) {
      b.addActual(Actual.builder().period(i == 0 ? Q1 : Q2).value(new BigDecimal(actuals[i])).build());
    }
    return b;
  }

  static String percent(Indicator k) {
    return CALC.indicator(k).percent().map(BigDecimal::toPlainString).orElse("unknown");
  }

  @Test
  void increaseFromTheBaselineToTheTarget() {
    Indicator k = indicator(target(Comparator.AT_LEAST, "10"), "6")
        .baseline(Baseline.builder().value(new BigDecimal("2")).build()).build();
    assertThat(percent(k)).isEqualTo("50.0");
    // Without a baseline the way starts at 0.
    assertThat(percent(indicator(target(Comparator.EXACTLY, "9"), "5").build())).isEqualTo("55.6");
    // The latest period counts, not the largest value.
    assertThat(percent(indicator(target(Comparator.EXACTLY, "9"), "8", "3").build())).isEqualTo("33.3");
  }

  @Test
  void overAchievementIsCappedAndFlagged() {
    Progress p = CALC.indicator(indicator(target(Comparator.EXACTLY, "9"), "12").build());
    assertThat(p.percent()).contains(new BigDecimal("100.0"));
    assertThat(p.exceeded()).isTrue();
    assertThat(CALC.indicator(indicator(target(Comparator.EXACTLY, "9"), "9").build()).exceeded()).isFalse();
  }

  @Test
  void atMostTargetsDecreaseFromTheBaseline() {
    Indicator.Builder k = indicator(target(Comparator.AT_MOST, "5"), "6.5")
        .baseline(Baseline.builder().value(new BigDecimal("8")).build());
    assertThat(percent(k.build())).isEqualTo("50.0");
    // Without a baseline there is no way to measure: only met or not.
    assertThat(percent(indicator(target(Comparator.AT_MOST, "5"), "6").build())).isEqualTo("0.0");
    Progress under = CALC.indicator(indicator(target(Comparator.AT_MOST, "5"), "4").build());
    assertThat(under.percent()).contains(new BigDecimal("100.0"));
    assertThat(under.exceeded()).isFalse();
  }

  @Test
  void decreaseDirectionWithAnExactTarget() {
    Indicator k = indicator(target(Comparator.EXACTLY, "80"), "90")
        .direction(Direction.DECREASE)
        .baseline(Baseline.builder().value(new BigDecimal("100")).build()).build();
    assertThat(percent(k)).isEqualTo("50.0");
  }

  @Test
  void maintainIsMetOrNot() {
    Indicator.Builder k = indicator(target(Comparator.EXACTLY, "100"), "100").direction(Direction.MAINTAIN);
    assertThat(percent(k.build())).isEqualTo("100.0");
    assertThat(percent(indicator(target(Comparator.EXACTLY, "100"), "99").direction(Direction.MAINTAIN).build()))
        .isEqualTo("0.0");
    assertThat(percent(indicator(target(Comparator.AT_LEAST, "95"), "97").direction(Direction.MAINTAIN).build()))
        .isEqualTo("100.0");
  }

  @Test
  void betweenTargetsCountTheBand() {
    Target band = Target.builder().comparator(Comparator.BETWEEN)
        .value(new BigDecimal("6")).upperValue(new BigDecimal("8")).build();
    assertThat(percent(indicator(band, "7").build())).isEqualTo("100.0");
    assertThat(percent(indicator(band, "3").build())).isEqualTo("50.0");
    assertThat(CALC.indicator(indicator(band, "9").build()).exceeded()).isTrue();
    // Decreasing into the band from above.
    Indicator down = indicator(band, "10").direction(Direction.DECREASE)
        .baseline(Baseline.builder().value(new BigDecimal("12")).build()).build();
    assertThat(percent(down)).isEqualTo("50.0");
  }

  @Test
  void aboutCountsFivePercentShortAsReached() {
    assertThat(percent(indicator(target(Comparator.ABOUT, "100"), "96").build())).isEqualTo("100.0");
    assertThat(percent(indicator(target(Comparator.ABOUT, "100"), "47.5").build())).isEqualTo("50.0");
  }

  @Test
  void noTargetOrNoActualIsUnknown() {
    assertThat(CALC.indicator(indicator(target(Comparator.EXACTLY, "9")).build()).known()).isFalse();
    Indicator noTarget = Indicator.builder().name("x").measureKind(MeasureKind.COUNT)
        .addActual(Actual.builder().period(Q1).value(BigDecimal.ONE).build()).build();
    assertThat(CALC.indicator(noTarget).basis()).isEqualTo(ProgressBasis.NONE);
  }

  @Test
  void extremeScalesNeverThrow() {
    Indicator tiny = indicator(target(Comparator.AT_LEAST, "1E+2147483000"), "1E-2147483000").build();
    assertThat(CALC.indicator(tiny).percent()).contains(new BigDecimal("0.0"));
    Indicator huge = indicator(target(Comparator.AT_LEAST, "1E-2147483000"), "1E+2147483000")
        .baseline(Baseline.builder().value(new BigDecimal("-9E+2147483000")).build()).build();
    assertThat(CALC.indicator(huge).percent()).contains(new BigDecimal("100.0"));
    // A share far below the fraction's last place is 0, computed without expanding the exponent.
    Indicator sliver = indicator(target(Comparator.AT_LEAST, "1"), "1E-999999999").build();
    assertThat(CALC.indicator(sliver).percent()).contains(new BigDecimal("0.0"));
    Indicator between = indicator(target(Comparator.AT_LEAST, "3E+2147483000"), "1E+2147483000").build();
    assertThat(CALC.indicator(between).percent()).contains(new BigDecimal("33.3"));
  }

  static Initiative initiative(String id, Optional<InitiativeStatus> status, Optional<BigDecimal> weight,
      Indicator... indicators) {
    return Initiative.builder().id(id).text("举措" + id).status(status).weight(weight)
        .addIndicators(indicators).due(LocalDate.of(2024, 6, 30)).build();
  }

  @Test
  void initiativesFromIndicatorsElseFromStatus() {
    Initiative measured = initiative("a", Optional.of(InitiativeStatus.DONE), Optional.empty(),
        indicator(target(Comparator.EXACTLY, "10"), "5").build(),
        indicator(target(Comparator.EXACTLY, "10"), "10").weight(new BigDecimal("3")).build());
    Progress p = CALC.initiative(measured);
    assertThat(p.basis()).isEqualTo(ProgressBasis.INDICATORS);
    assertThat(p.percent()).contains(new BigDecimal("87.5"));
    assertThat(CALC.initiative(initiative("b", Optional.of(InitiativeStatus.DONE), Optional.empty())).percent())
        .contains(new BigDecimal("100.0"));
    Initiative inProgress = initiative("c", Optional.of(InitiativeStatus.IN_PROGRESS), Optional.empty());
    assertThat(CALC.initiative(inProgress).known()).isFalse();
    ProgressCalculator half = ProgressCalculator.builder()
        .statusProgress(InitiativeStatus.IN_PROGRESS, new BigDecimal("0.5")).build();
    assertThat(half.initiative(inProgress).percent()).contains(new BigDecimal("50.0"));
    assertThat(half.initiative(inProgress).basis()).isEqualTo(ProgressBasis.STATUS);
  }

  @Test
  void rollUpIsWeightedAndNormalized() {
    Goal g = Goal.builder().name("目标")
        .addInitiative(initiative("a", Optional.of(InitiativeStatus.DONE), Optional.of(new BigDecimal("3"))))
        .addInitiative(initiative("b", Optional.of(InitiativeStatus.NOT_STARTED), Optional.empty()))
        .addInitiative(initiative("c", Optional.of(InitiativeStatus.CANCELLED), Optional.of(new BigDecimal("50"))))
        .addInitiative(initiative("d", Optional.empty(), Optional.empty()))
        .build();
    Goal other = Goal.builder().name("其他").weight(BigDecimal.ZERO)
        .addInitiative(initiative("e", Optional.of(InitiativeStatus.NOT_STARTED), Optional.empty())).build();
    Plan plan = Plan.builder().title("计划").addSection(Section.builder().title("一").addGoal(g).addGoal(other).build())
        .build();
    PlanProgress progress = CALC.compute(plan, LocalDate.of(2024, 7, 2));
    Progress goal = progress.of("s1.g1").orElseThrow();
    // (3 × 100% + 1 × 0%) / 4; the cancelled one is left out and the unknown one lowers coverage.
    assertThat(goal.percent()).contains(new BigDecimal("75.0"));
    assertThat(goal.coverage()).isEqualByComparingTo("0.8");
    // The weight-0 goal is left out of the section.
    assertThat(progress.of("s1").flatMap(Progress::percent)).contains(new BigDecimal("75.0"));
    assertThat(progress.plan().percent()).contains(new BigDecimal("75.0"));
    // Overdue: due 2024-06-30, neither done nor cancelled, two days before the day asked.
    assertThat(progress.overdue()).extracting(Overdue::initiativeId).containsExactly("b", "d", "e");
    assertThat(progress.overdue().get(0).daysLate()).isEqualTo(2);
    assertThat(CALC.compute(plan, LocalDate.of(2024, 6, 30)).overdue()).isEmpty();
  }
}
