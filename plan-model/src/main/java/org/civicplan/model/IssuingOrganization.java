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

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IssuingOrganization}. Not thread-safe. */
  public static class Builder extends ImmutableIssuingOrganization.Builder {}
}
