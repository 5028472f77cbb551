package org.civicplan.model.progress;

import java.math.BigDecimal;
import java.util.Optional;
import org.civicplan.model.Actual;
import org.civicplan.model.Baseline;
import org.civicplan.model.Comparator;
import org.civicplan.model.Direction;
import org.civicplan.model.Indicator;
import org.civicplan.model.Target;

/**
 * One indicator's progress from its baseline, target and latest actual. The rules, in the order
 * they apply:
 *
 * <ul>
 *   <li>No target or no actual: unknown.
 *   <li>The direction is the indicator's, else {@code DECREASE} for an at-most target (以内, 不超过)
 *       and {@code INCREASE} for any other.
 *   <li>{@code MAINTAIN} (保持): 1 if the latest actual meets the target, else 0.
 *   <li>{@code INCREASE}: 1 once the actual reaches the target (the lower bound of a BETWEEN
 *       target; 95% of an ABOUT (左右) target); below it, the share of the way from the baseline (0
 *       when there is none) to the target; 0 if the baseline is already at or past the target.
 *       An at-most target under {@code INCREASE} is a cap: 1 at or below it, else 0.
 *   <li>{@code DECREASE}: 1 once the actual is at or below the target (the upper bound of a
 *       BETWEEN target); above it, the share of the way from a baseline above the target down to
 *       it; 0 without such a baseline.
 *   <li>Beyond the target in the indicator's direction: 1, with {@link Progress#exceeded()} set.
 * </ul>
 */
final class IndicatorProgress {
  /** An ABOUT (左右) target counts as reached within this share of its value. */
  static final BigDecimal ABOUT_SLACK = new BigDecimal("0.05");

  private IndicatorProgress() {}

  static Progress of(Indicator k) {
    Optional<Target> target = k.target();
    Optional<Actual> latest = latest(k);
    if (target.isEmpty() || latest.isEmpty()) {
      return Progress.unknown();
    }
    try {
      return compute(k, target.get(), latest.get().value());
    } catch (ArithmeticException e) {
      // Only values whose exponents leave the int range get here; no honest fraction exists.
      return Progress.unknown();
    }
  }

  /** The actual whose period ends last; of equal ends, the one given last. */
  static Optional<Actual> latest(Indicator k) {
    Actual best = null;
    for (Actual a : k.actuals()) {
      if (best == null || !a.period().end().isBefore(best.period().end())) {
        best = a;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Progress compute(Indicator k, Target t, BigDecimal v) {
    Direction dir =
        k.direction().orElse(t.comparator() == Comparator.AT_MOST ? Direction.DECREASE : Direction.INCREASE);
    Optional<BigDecimal> base = k.baseline().map(Baseline::value);
    BigDecimal lower = t.value();
    BigDecimal upper = t.upperValue().orElse(t.value());
    if (dir == Direction.MAINTAIN) {
      return done(meets(t, v), false);
    }
    if (t.comparator() == Comparator.AT_MOST && dir == Direction.INCREASE) {
      return done(v.compareTo(upper) <= 0, false);
    }
    if (dir == Direction.DECREASE) {
      BigDecimal goal = t.comparator() == Comparator.BETWEEN ? upper : lower;
      if (t.comparator() == Comparator.ABOUT) {
        goal = goal.add(goal.abs().multiply(ABOUT_SLACK, Fractions.MC), Fractions.MC);
      }
      if (v.compareTo(goal) <= 0) {
        return done(true, v.compareTo(lower) < 0 && t.comparator() != Comparator.AT_MOST);
      }
      if (base.isPresent() && base.get().compareTo(goal) > 0) {
        return partial(Fractions.ratio(
            Fractions.subtract(base.get(), v), Fractions.subtract(base.get(), goal)));
      }
      return done(false, false);
    }
    BigDecimal goal = lower;
    if (t.comparator() == Comparator.ABOUT) {
      goal = goal.subtract(goal.abs().multiply(ABOUT_SLACK, Fractions.MC), Fractions.MC);
    }
    if (v.compareTo(goal) >= 0) {
      return done(true, v.compareTo(upper) > 0);
    }
    BigDecimal from = base.orElse(BigDecimal.ZERO);
    if (from.compareTo(goal) >= 0) {
      return done(false, false);
    }
    return partial(Fractions.ratio(Fractions.subtract(v, from), Fractions.subtract(goal, from)));
  }

  /** Whether a value meets a target as stated, whatever the direction (for MAINTAIN). */
  private static boolean meets(Target t, BigDecimal v) {
    switch (t.comparator()) {
      case AT_LEAST:
        return v.compareTo(t.value()) >= 0;
      case AT_MOST:
        return v.compareTo(t.value()) <= 0;
      case BETWEEN:
        return v.compareTo(t.value()) >= 0 && v.compareTo(t.upperValue().orElse(t.value())) <= 0;
      case ABOUT:
        BigDecimal slack = t.value().abs().multiply(ABOUT_SLACK, Fractions.MC);
        return Fractions.subtract(v, t.value()).abs().compareTo(slack) <= 0;
      default:
        return v.compareTo(t.value()) == 0;
    }
  }

  private static Progress done(boolean met, boolean exceeded) {
    return Progress.of(met ? BigDecimal.ONE : BigDecimal.ZERO, ProgressBasis.VALUES, met && exceeded,
        BigDecimal.ONE);
  }

  private static Progress partial(BigDecimal fraction) {
    return Progress.of(fraction, ProgressBasis.VALUES, false, BigDecimal.ONE);
  }
}
