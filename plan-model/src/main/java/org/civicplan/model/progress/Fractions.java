package org.civicplan.model.progress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The bounded decimal arithmetic of progress: every operation rounds to {@link #MC}, so no
 * operand's scale, however extreme, makes a result grow without bound or throw.
 */
final class Fractions {
  /** 34 significant digits (IEEE 754 decimal128), half-even. */
  static final MathContext MC = MathContext.DECIMAL128;

  private Fractions() {}

  /**
   * @return {@code num / den} clamped to 0..1 and rounded to {@link Progress#SCALE} places, with
   *     {@code den > 0}
   */
  static BigDecimal ratio(BigDecimal num, BigDecimal den) {
    if (num.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    if (num.compareTo(den) >= 0) {
      return BigDecimal.ONE;
    }
    // Orders of magnitude: a quotient far below the fraction's last place is 0 at our scale, and
    // computing it exactly would cost digits in proportion to the exponents (1E-999999999 / 1).
    long magnitude = (long) num.precision() - num.scale() - ((long) den.precision() - den.scale());
    if (magnitude < -Progress.SCALE - 2) {
      return BigDecimal.ZERO;
    }
    try {
      return num.divide(den, MC).setScale(Progress.SCALE, RoundingMode.HALF_EVEN);
    } catch (ArithmeticException underflow) {
      // 0 < num < den, so the quotient is below 1: only an exponent below the int range can make
      // it unrepresentable, and such a quotient is 0 at our scale.
      return BigDecimal.ZERO;
    }
  }

  static BigDecimal subtract(BigDecimal a, BigDecimal b) {
    return a.subtract(b, MC);
  }

  static BigDecimal clamp(BigDecimal f) {
    if (f == null) {
      return null;
    }
    if (f.signum() <= 0) {
      return BigDecimal.ZERO.setScale(Progress.SCALE);
    }
    if (f.compareTo(BigDecimal.ONE) >= 0) {
      return BigDecimal.ONE.setScale(Progress.SCALE);
    }
    return f.setScale(Progress.SCALE, RoundingMode.HALF_EVEN);
  }
}
