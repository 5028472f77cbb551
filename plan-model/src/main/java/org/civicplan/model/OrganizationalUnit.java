package org.civicplan.model;

import java.util.Map;
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

  // ---- copies with one attribute changed (implemented by the generated class) ------------

  /**
   * A copy with {@link #sourceSpan()} replaced, sharing every other attribute unchanged.
   *
   * @param sourceSpan the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract OrganizationalUnit withSourceSpan(SourceSpan sourceSpan);

  /**
   * A copy with {@link #sourceSpan()} replaced, sharing every other attribute unchanged.
   *
   * @param sourceSpan the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract OrganizationalUnit withSourceSpan(Optional<? extends SourceSpan> sourceSpan);

  /**
   * A copy with {@link #sourceNotes()} replaced, sharing every other attribute unchanged.
   *
   * @param sourceNotes the new elements, in order
   * @return the copy; this value itself if nothing changes
   */
  public abstract OrganizationalUnit withSourceNotes(Iterable<? extends SourceNote> sourceNotes);

  /**
   * A copy with {@link #extensions()} replaced, sharing every other attribute unchanged.
   *
   * @param extensions the new entries
   * @return the copy; this value itself if nothing changes
   */
  public abstract OrganizationalUnit withExtensions(Map<String, ? extends ExtensionValue> extensions);

  /**
   * A copy with {@link #id()} replaced, sharing every other attribute unchanged.
   *
   * @param id the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract OrganizationalUnit withId(String id);

  /**
   * A copy with {@link #name()} replaced, sharing every other attribute unchanged.
   *
   * @param name the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract OrganizationalUnit withName(String name);

  /**
   * A copy with {@link #shortName()} replaced, sharing every other attribute unchanged.
   *
   * @param shortName the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract OrganizationalUnit withShortName(String shortName);

  /**
   * A copy with {@link #shortName()} replaced, sharing every other attribute unchanged.
   *
   * @param shortName the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract OrganizationalUnit withShortName(Optional<String> shortName);

  /**
   * A copy with {@link #unitKind()} replaced, sharing every other attribute unchanged.
   *
   * @param unitKind the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract OrganizationalUnit withUnitKind(UnitKind unitKind);

  /**
   * A copy with {@link #unitKind()} replaced, sharing every other attribute unchanged.
   *
   * @param unitKind the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract OrganizationalUnit withUnitKind(Optional<? extends UnitKind> unitKind);

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
