package org.civicplan.model.quantity;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.civicplan.model.Comparator;
import org.civicplan.model.MeasureUnit;

/**
 * A quantity found in a text by {@link QuantityScanner}: a number (or a range) with its measure
 * word, read exactly, or marked unreadable with the reason ({@link #problem()}).
 *
 * <pre>{@code
 * Quantity q = QuantityScanner.scan("投资三亿五千万元").get(0);
 * q.value();                 // 3.5
 * q.unit().written();        // 亿元
 * q.unit().normalized();     // CNY*10^8
 * q.scaled();                // 350000000
 * q.written();               // 三亿五千万元
 * }</pre>
 *
 * <p>Immutable and thread-safe. Positions are UTF-16 indexes into the scanned text.
 */
public final class Quantity {

  /** What a quantity is in its sentence. Only {@link #TARGET} is something the plan promises. */
  public enum Role {
    /**
     * A target, or a rate per unit (每院补助5万元: a target whose unit is per 院, see {@link
     * Quantity#perUnit()}).
     */
    TARGET,
    /** A count of the plan's own parts: 七个方面工作, 十件实事, （3项）. */
    PLAN_PART,
    /** A size class of what is counted next: 千万元以上重点项目, 60岁以上老人. */
    SIZE_CLASS,
    /** Part of a name: 三公里就业社区. */
    NAME,
    /** A count of meetings: 3次会议. */
    MEETING,
    /**
     * Last year's figure a target is compared with, in the same sentence: {@code 较上年的85%提高5个百分点},
     * {@code 比2023年的3200户增加500户}, {@code 从5个社区扩大到10个社区}.
     */
    BASELINE,
    /**
     * A target's words stated as a result: 累计, 已, 预计, 1-4月, a past year before it, or a review
     * section around it. Only {@link QuantityContext} knows the words and the place: {@link
     * QuantityScanner#scan} never returns it.
     */
    RESULT
  }

  private final int start;
  private final int end;
  private final String written;
  private final BigDecimal value;
  private final BigDecimal upper;
  private final String multiplier;
  private final MeasureWord measure;
  private final String per;
  private final Comparator comparator;
  private final Role role;
  private final String problem;
  private final Quantity baseline;
  private final int baselineYear;

  Quantity(int start, int end, String written, BigDecimal value, BigDecimal upper, String multiplier,
      MeasureWord measure, String per, Comparator comparator, Role role, String problem,
      Quantity baseline, int baselineYear) {
    this.start = start;
    this.end = end;
    this.written = written;
    this.value = value;
    this.upper = upper;
    this.multiplier = multiplier;
    this.measure = measure;
    this.per = per;
    this.comparator = comparator;
    this.role = role;
    this.problem = problem;
    this.baseline = baseline;
    this.baselineYear = baselineYear;
  }

  /** @return this quantity with another role */
  Quantity withRole(Role role) {
    return new Quantity(start, end, written, value, upper, multiplier, measure, per, comparator, role, problem,
        baseline, baselineYear);
  }

  /** @return index of its first character (the number, or 约/百分之 before it) */
  public int start() {
    return start;
  }

  /** @return index after its last character: after the measure word and 以上/以内/左右 */
  public int end() {
    return end;
  }

  /** @return the number and measure word as written: {@code 9处}, {@code 6-8%}, {@code 3万余人} */
  public String written() {
    return written;
  }

  /** @return whether it is a readable target: role {@link Role#TARGET} and no problem */
  public boolean isTarget() {
    return role == Role.TARGET && problem == null;
  }

  /** @return what it is in its sentence */
  public Role role() {
    return role;
  }

  /**
   * @return why the number cannot be read exactly (约数 数十亿元, a range whose bounds cannot be
   *     told apart), in Chinese with an English gloss; empty when it was read
   */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /**
   * @return the value in {@link #unit()} (3.5 for 3.5亿元), the lower bound of a range
   * @throws IllegalStateException if the quantity is unreadable
   */
  public BigDecimal value() {
    if (value == null) {
      throw new IllegalStateException("无法读取的数量 (unreadable quantity): " + written);
    }
    return value;
  }

  /** @return the upper bound of a range ({@code 6-8%}), else empty */
  public Optional<BigDecimal> upperValue() {
    return Optional.ofNullable(upper);
  }

  /** @return the value times its multiplier: 350000000 for 3.5亿元 */
  public BigDecimal scaled() {
    return value().movePointRight(QuantityLexicon.multiplierExponent(multiplier));
  }

  /** @return {@code ""}, {@code 万}, {@code 亿} or {@code 万亿} */
  public String multiplier() {
    return multiplier;
  }

  /** @return the measure word */
  public MeasureWord measureWord() {
    return measure;
  }

  /**
   * @return the unit: written {@code 万元} normalized {@code CNY*10^4}; for a rate per unit,
   *     written {@code 万元/院} normalized {@code CNY*10^4/院}
   */
  public MeasureUnit unit() {
    String w = multiplier + measure.written();
    int exponent = QuantityLexicon.multiplierExponent(multiplier);
    String normalized = exponent == 0 ? measure.normalized() : measure.normalized() + "*10^" + exponent;
    if (per != null) {
      return MeasureUnit.of(w + "/" + per, normalized + "/" + per);
    }
    return MeasureUnit.of(w, normalized);
  }

  /** @return for a rate (每院补助5万元), what it is per: {@code 院}; else empty */
  public Optional<String> perUnit() {
    return Optional.ofNullable(per);
  }

  /**
   * @return the comparator the quantity itself states: {@code 以上}, {@code 余}, {@code 多} (at
   *     least), {@code 以内}, {@code 以下} (at most), {@code 左右}, {@code 约}, {@code 近} (about),
   *     a range (between); empty when only the words before it can tell
   */
  public Optional<Comparator> comparator() {
    return Optional.ofNullable(comparator);
  }

  /** @return the quantity it grows or falls from ({@code 由3200户增加到5000户}), else empty */
  public Optional<Quantity> baseline() {
    return Optional.ofNullable(baseline);
  }

  /** @return the year the baseline is stated for ({@code 由2023年的3200户…}), else empty */
  public OptionalInt baselineYear() {
    return baselineYear == 0 ? OptionalInt.empty() : OptionalInt.of(baselineYear);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Quantity q && q.start == start && q.end == end && q.written.equals(written)
        && Objects.equals(q.value, value) && Objects.equals(q.upper, upper) && q.multiplier.equals(multiplier)
        && q.measure.equals(measure) && Objects.equals(q.per, per) && q.comparator == comparator
        && q.role == role && Objects.equals(q.problem, problem) && Objects.equals(q.baseline, baseline)
        && q.baselineYear == baselineYear;
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, written, value, upper, multiplier, measure, role);
  }

  /** @return {@code 9处 [3,5) TARGET} and the problem if any */
  @Override
  public String toString() {
    return written + " [" + start + "," + end + ") " + role + (problem == null ? "" : " " + problem);
  }
}
