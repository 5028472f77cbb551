package org.civicplan.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body that issues a plan (发文机关), such as 江苏路街道, with the bodies above it.
 *
 * <pre>{@code
 * IssuingOrganization org = IssuingOrganization.builder()
 *     .name("江苏路街道")
 *     .addSuperiorBody("长宁区人民政府")
 *     .divisionCode("310105")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
public abstract class IssuingOrganization {

  /** @return the organization's name as written */
  public abstract String name();

  /** @return the bodies above it, nearest first, such as 长宁区人民政府 */
  public abstract List<String> superiorBodies();

  /** @return the administrative-division code (行政区划代码, GB/T 2260), if known */
  public abstract Optional<String> divisionCode();

  /**
   * @param name the organization's name
   * @return an organization with that name and nothing else
   */
  public static IssuingOrganization named(String name) {
    return builder().name(name).build();
  }

  // ---- copies with one attribute changed (implemented by the generated class) ------------

  /**
   * A copy with {@link #name()} replaced, sharing every other attribute unchanged.
   *
   * @param name the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract IssuingOrganization withName(String name);

  /**
   * A copy with {@link #superiorBodies()} replaced, sharing every other attribute unchanged.
   *
   * @param superiorBodies the new elements, in order
   * @return the copy; this value itself if nothing changes
   */
  public abstract IssuingOrganization withSuperiorBodies(Iterable<String> superiorBodies);

  /**
   * A copy with {@link #divisionCode()} replaced, sharing every other attribute unchanged.
   *
   * @param divisionCode the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract IssuingOrganization withDivisionCode(String divisionCode);

  /**
   * A copy with {@link #divisionCode()} replaced, sharing every other attribute unchanged.
   *
   * @param divisionCode the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract IssuingOrganization withDivisionCode(Optional<String> divisionCode);

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IssuingOrganization}. Not thread-safe. */
  public static class Builder extends ImmutableIssuingOrganization.Builder {}
}
