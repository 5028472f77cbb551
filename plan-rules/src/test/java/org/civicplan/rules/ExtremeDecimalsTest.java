package org.civicplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import org.civicplan.model.Actual;
import org.civicplan.model.Comparator;
import org.civicplan.model.Direction;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.InitiativeStatus;
import org.civicplan.model.MeasureUnit;
import org.civicplan.model.Plan;
import org.civicplan.model.Target;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Valid plans with decimals at the edges of BigDecimal's scale: every rule computes with bounded
 * exact arithmetic, so none fails (no engine/rule-failed) and the verdicts stay right.
 */
class ExtremeDecimalsTest {
  static final Validator STRICT = Validator.builder().catalogue(RuleCatalogue.builtin()).profile(Profile.STRICT).build();
  static final List<String> EXTREMES =
      List.of("1e-2147483647", "1e2147483647", "-1e-2147483647", "1e999999999", "1e-999999999", "10e2147483646",
          "0E-2147483647", "9", "9.45", "8.55", "0", "-3");

  static Plan done(String target, Comparator comparator, Direction direction, String actual) {
    Target.Builder t = Target.builder().comparator(comparator).value(new BigDecimal(target)).unit(MeasureUnit.of("处"));
    if (comparator == Comparator.BETWEEN) {
      t.upperValue(new BigDecimal(target));
    }
    Indicator k = Fixtures.count("精品小区建设").target(t.build()).direction(direction)
        .addActuals(Actual.builder().period(Fixtures.quarter(2024, 4)).value(new BigDecimal(actual)).build())
        .build();
    return Fixtures.withInitiatives(
        Initiative.builder().text("推进精品小区建设").status(InitiativeStatus.DONE).addIndicators(k).build());
  }

  static List<String> ruleIds(Plan plan) {
    return STRICT.validate(plan).findings().stream().map(Finding::ruleId).toList();
  }

  @Test
  void aboutATinyTargetOnADoneInitiativeIsJudgedNotFailed() {
    // Was ArithmeticException (underflow) in progress/status-contradicts-values: engine/rule-failed.
    Plan tiny = done("1e-2147483647", Comparator.ABOUT, Direction.INCREASE, "1e-2147483647");
    assertThat(ruleIds(tiny)).doesNotContain("engine/rule-failed", "progress/status-contradicts-values");
    Plan behind = done("1e-2147483647", Comparator.ABOUT, Direction.INCREASE, "0");
    assertThat(ruleIds(behind)).doesNotContain("engine/rule-failed").contains("progress/status-contradicts-values");
  }

  @Test
  void aboutMeansWithinFivePercentExactly() {
    // 9 左右: 8.55 is exactly 5% below, met; 8.549 is not.
    assertThat(ruleIds(done("9", Comparator.ABOUT, Direction.INCREASE, "8.55"))).doesNotContain("progress/status-contradicts-values");
    assertThat(ruleIds(done("9", Comparator.ABOUT, Direction.INCREASE, "8.549"))).contains("progress/status-contradicts-values");
    assertThat(ruleIds(done("9", Comparator.ABOUT, Direction.DECREASE, "9.45"))).doesNotContain("progress/status-contradicts-values");
    assertThat(ruleIds(done("9", Comparator.ABOUT, Direction.DECREASE, "9.4500001"))).contains("progress/status-contradicts-values");
    // A target far away in scale: met or not by magnitude, never an exception.
    assertThat(ruleIds(done("1e-2147483647", Comparator.ABOUT, Direction.INCREASE, "1e999999999")))
        .doesNotContain("progress/status-contradicts-values", "engine/rule-failed");
    assertThat(ruleIds(done("1e999999999", Comparator.ABOUT, Direction.INCREASE, "1e-2147483647")))
        .contains("progress/status-contradicts-values").doesNotContain("engine/rule-failed");
  }

  @Test
  void noRuleFailsOnAnyExtremeTargetActualAndComparator() {
    Gen<String> values = SourceDSL.integers().between(0, EXTREMES.size() - 1).map(EXTREMES::get);
    Gen<Comparator> comparators = SourceDSL.arbitrary().enumValues(Comparator.class);
    Gen<Direction> directions = SourceDSL.arbitrary().enumValues(Direction.class);
    qt().withExamples(300).forAll(values, comparators, directions, values)
        .checkAssert((target, comparator, direction, actual) ->
            assertThat(ruleIds(done(target, comparator, direction, actual)))
                .as(target + " " + comparator + " " + direction + " " + actual)
                .doesNotContain("engine/rule-failed"));
  }
}
