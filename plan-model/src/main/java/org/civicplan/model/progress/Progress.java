package org.civicplan.model.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * How far one element of a plan has come: a fraction between 0 and 1 (absent when nothing is
 * known), what it was computed from, and whether the reported value went beyond the target.
 *
 * <p>Over-achievement (超额完成) is capped: an indicator whose latest actual is past its target has
 * fraction 1 and {@link #exceeded()} true, so that one office's 150% does not hide another's 50%
 * in a roll-up.
 *
 * <pre>{@code
 * Progress p = progress.of("s1.g1").orElseThrow();
 * p.percent();      // Optional[62.5]
 * p.basis();        // CHILDREN
 * p.coverage();     // 0.75: three quarters of the goal's weight had something to report
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Progress {
  /** Fractions are kept to this many decimal places. */
  static final int SCALE = 12;

  private static final Progress UNKNOWN = new Progress(null, ProgressBasis.NONE, false, BigDecimal.ZERO);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal fraction;
  private final ProgressBasis basis;
  private final boolean exceeded;
  private final BigDecimal coverage;

  private Progress(BigDecimal fraction, ProgressBasis basis, boolean exceeded, BigDecimal coverage) {
    this.fraction = fraction;
    this.basis = basis;
    this.exceeded = exceeded;
    this.coverage = coverage;
  }

  static Progress unknown() {
    return UNKNOWN;
  }

  static Progress of(BigDecimal fraction, ProgressBasis basis, boolean exceeded, BigDecimal coverage) {
    return new Progress(Fractions.clamp(fraction), basis, exceeded, Fractions.clamp(coverage));
  }

  /** @return the fraction done, 0 to 1 inclusive, to {@value #SCALE} places; empty if unknown */
  public Optional<BigDecimal> fraction() {
    return Optional.ofNullable(fraction);
  }

  /** @return the fraction as a percentage rounded to one decimal place, such as 62.5 */
  public Optional<BigDecimal> percent() {
    return fraction().map(f -> f.multiply(HUNDRED).setScale(1, RoundingMode.HALF_EVEN));
  }

  /** @return whether a fraction is known */
  public boolean known() {
    return fraction != null;
  }

  /** @return what the progress was computed from */
  public ProgressBasis basis() {
    return basis;
  }

  /**
   * @return whether a reported value went beyond the target (for a parent: whether any child's
   *     did); the fraction is capped at 1 all the same
   */
  public boolean exceeded() {
    return exceeded;
  }

  /**
   * @return the share (0 to 1) of the element's weight that had a progress: 1 for an indicator or
   *     initiative with one, the known children's share of the weight for a parent, 0 if unknown
   */
  public BigDecimal coverage() {
    return coverage;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Progress p
        && Objects.equals(fraction, p.fraction)
        && basis == p.basis
        && exceeded == p.exceeded
        && coverage.compareTo(p.coverage) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(fraction, basis, exceeded, coverage.stripTrailingZeros());
  }

  @Override
  public String toString() {
    return known()
        ? percent().get().toPlainString() + "% (" + basis + (exceeded ? ", exceeded" : "") + ")"
        : "unknown";
  }
}
