package org.civicplan.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organizational unit that can own work: the lead unit (牵头单位) or a supporting unit (配合单位)
 * of an {@link Initiative}. Initiatives refer to units by {@link #id()}.
 *
 * <pre>{@code
 * OrganizationalUnit office = OrganizationalUnit.builder()
 *     .id("economy-office")
 *     .name("营商环境办公室")
 *     .unitKind(UnitKind.OFFICE)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
public abstract class OrganizationalUnit implements PlanElement {

  OrganizationalUnit() {}

  /** {@inheritDoc} Assigned as {@code u1}, {@code u2}… when absent. */
  @Override
  @Value.Default
  public String id() {
    return "";
  }

  @Override
  public final ElementKind kind() {
    return ElementKind.UNIT;
  }

  /** @return the unit's name as written */
  public abstract String name();

  /** @return a short name, such as 区发改委 for 区发展和改革委员会 */
  public abstract Optional<String> shortName();

  /** @return what kind of unit it is, if known */
  public abstract Optional<UnitKind> unitKind();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OrganizationalUnit}. Not thread-safe. */
  public static class Builder extends ImmutableOrganizationalUnit.Builder {}

  @Value.Check
  void check() {
    Checks.checkElement(this);
  }
}
