package org.civicplan.rules.builtin;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Exact decimal comparisons whose work is bounded by the digits the operands hold, whatever
 * their scale: the rules meet values such as {@code 1e-2147483647} (scale at the limit of an
 * {@code int}) or {@code 1e999999999} in valid plans, where plain {@code add}, {@code multiply}
 * or {@code stripTrailingZeros} either overflow the scale (ArithmeticException) or align the
 * operands with billions of digits.
 *
 * <p>Differences are computed to a precision a few digits above the operands' own, which is
 * exact whenever the result can be near the threshold it is compared with; when the operands'
 * exponents are far apart, the correctly rounded result is just as decisive. Where even that
 * would take an exponent beyond an {@code int}, the comparison is decided by the magnitudes.
 */
final class BoundedDecimals {
  private static final int GUARD_DIGITS = 8;

  private BoundedDecimals() {}

  /**
   * Compares {@code (a - b) × k} with {@code c}.
   *
   * @return negative, zero or positive as the product is less than, equal to or greater than c
   */
  static int compareScaledDifference(BigDecimal a, BigDecimal b, int k, BigDecimal c) {
    int precision = Math.max(a.precision(), Math.max(b.precision(), c.precision())) + GUARD_DIGITS;
    MathContext mc = new MathContext(precision, RoundingMode.HALF_EVEN);
    try {
      return a.subtract(b, mc).multiply(BigDecimal.valueOf(k), mc).compareTo(c);
    } catch (ArithmeticException e) {
      // The exponent left the int range; the larger operand decides the sign and the size.
      int sign = a.compareTo(b) * Integer.signum(k);
      if (sign == 0) {
        return -c.signum();
      }
      if (sign != c.signum()) {
        return sign;
      }
      BigDecimal larger = a.abs().max(b.abs());
      return sign * larger.compareTo(c.abs());
    }
  }

  /**
   * Whether {@code value} is within {@code 1/k} of {@code target}'s magnitude on the given side:
   * {@code value ≤ target + |target|/k} when {@code atMost}, else {@code value ≥ target − |target|/k}.
   */
  static boolean withinSlack(BigDecimal value, BigDecimal target, int k, boolean atMost) {
    return atMost
        ? compareScaledDifference(value, target, k, target.abs()) <= 0
        : compareScaledDifference(target, value, k, target.abs()) <= 0;
  }
}
