package org.civicplan.model;

import org.immutables.value.Value;

/**
 * The unit of an indicator's values, kept as written (处, 万元, 平方米) together with a normalized
 * form that tools can compare (for example {@code 万元} written, {@code CNY*10^4} normalized).
 *
 * <pre>{@code
 * MeasureUnit places = MeasureUnit.of("处");                    // normalized "处"
 * MeasureUnit money = MeasureUnit.of("万元", "CNY*10^4");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
public abstract class MeasureUnit {

  /** @return the unit exactly as written in the source */
  @Value.Parameter
  public abstract String written();

  /** @return the normalized form; equal to {@link #written()} when no normal form is known */
  @Value.Parameter
  public abstract String normalized();

  /**
   * @param written the unit as written, also used as its normalized form
   * @return the unit
   */
  public static MeasureUnit of(String written) {
    return ImmutableMeasureUnit.of(written, written);
  }

  /**
   * @param written the unit as written
   * @param normalized its normalized form
   * @return the unit
   */
  public static MeasureUnit of(String written, String normalized) {
    return ImmutableMeasureUnit.of(written, normalized);
  }

  // ---- copies with one attribute changed (implemented by the generated class) ------------

  /**
   * A copy with {@link #written()} replaced, sharing every other attribute unchanged.
   *
   * @param written the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract MeasureUnit withWritten(String written);

  /**
   * A copy with {@link #normalized()} replaced, sharing every other attribute unchanged.
   *
   * @param normalized the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract MeasureUnit withNormalized(String normalized);

}
