package org.civicplan.model;

import java.util.Map;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A concrete action (举措) inside a {@link Goal}: its exact text, who leads it, when it is due,
 * how far it has come, what it mentions and how it is measured.
 *
 * <pre>{@code
 * Initiative renovation = Initiative.builder()
 *     .text("推进五环大楼、北汪小区等9处精品小区建设")
 *     .leadUnit("housing-office")
 *     .due(LocalDate.of(2024, 12, 31))
 *     .addMention(Mention.of(MentionKind.PLACE, "五环大楼"))
 *     .addIndicator(boutique)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
public abstract class Initiative implements PlanElement {

  Initiative() {}

  /** {@inheritDoc} Assigned as {@code <goal id>.i1}, {@code .i2}… when absent. */
  @Override
  @Value.Default
  public String id() {
    return "";
  }

  @Override
  public final ElementKind kind() {
    return ElementKind.INITIATIVE;
  }

  /** @return the action's text exactly as written */
  public abstract String text();

  /** @return a short name for lists and dashboards, if one is given */
  public abstract Optional<String> shortName();

  /**
   * The lead unit (牵头单位).
   *
   * @return the {@link OrganizationalUnit#id() id} of the unit that leads the work, if assigned
   */
  public abstract Optional<String> leadUnit();

  /** @return ids of the supporting units (配合单位, 责任单位), in the order given */
  public abstract List<String> supportingUnits();

  /** @return the day work starts, if scheduled */
  public abstract Optional<LocalDate> start();

  /** @return the day the work is due (完成时限), if scheduled; never before {@link #start()} */
  public abstract Optional<LocalDate> due();

  /** @return how far the work has come, if tracked */
  public abstract Optional<InitiativeStatus> status();

  /** @return places, programmes, organizations and documents the text mentions, in text order */
  public abstract List<Mention> mentions();

  /** @return how the initiative is measured */
  public abstract List<Indicator> indicators();

  // ---- copies with one attribute changed (implemented by the generated class) ------------

  /**
   * A copy with {@link #sourceSpan()} replaced, sharing every other attribute unchanged.
   *
   * @param sourceSpan the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Initiative withSourceSpan(SourceSpan sourceSpan);

  /**
   * A copy with {@link #sourceSpan()} replaced, sharing every other attribute unchanged.
   *
   * @param sourceSpan the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Initiative withSourceSpan(Optional<? extends SourceSpan> sourceSpan);

  /**
   * A copy with {@link #sourceNotes()} replaced, sharing every other attribute unchanged.
   *
   * @param sourceNotes the new elements, in order
   * @return the copy; this value itself if nothing changes
   */
  public abstract Initiative withSourceNotes(Iterable<? extends SourceNote> sourceNotes);

  /**
   * A copy with {@link #extensions()} replaced, sharing every other attribute unchanged.
   *
   * @param extensions the new entries
   * @return the copy; this value itself if nothing changes
   */
  public abstract Initiative withExtensions(Map<String, ? extends ExtensionValue> extensions);

  /**
   * A copy with {@link #id()} replaced, sharing every other attribute unchanged.
   *
   * @param id the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Initiative withId(String id);

  /**
   * A copy with {@link #text()} replaced, sharing every other attribute unchanged.
   *
   * @param text the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Initiative withText(String text);

  /**
   * A copy with {@link #shortName()} replaced, sharing every other attribute unchanged.
   *
   * @param shortName the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Initiative withShortName(String shortName);

  /**
   * A copy with {@link #shortName()} replaced, sharing every other attribute unchanged.
   *
   * @param shortName the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Initiative withShortName(Optional<String> shortName);

  /**
   * A copy with {@link #leadUnit()} replaced, sharing every other attribute unchanged.
   *
   * @param leadUnit the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Initiative withLeadUnit(String leadUnit);

  /**
   * A copy with {@link #leadUnit()} replaced, sharing every other attribute unchanged.
   *
   * @param leadUnit the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Initiative withLeadUnit(Optional<String> leadUnit);

  /**
   * A copy with {@link #supportingUnits()} replaced, sharing every other attribute unchanged.
   *
   * @param supportingUnits the new elements, in order
   * @return the copy; this value itself if nothing changes
   */
  public abstract Initiative withSupportingUnits(Iterable<String> supportingUnits);

  /**
   * A copy with {@link #start()} replaced, sharing every other attribute unchanged.
   *
   * @param start the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Initiative withStart(LocalDate start);

  /**
   * A copy with {@link #start()} replaced, sharing every other attribute unchanged.
   *
   * @param start the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Initiative withStart(Optional<? extends LocalDate> start);

  /**
   * A copy with {@link #due()} replaced, sharing every other attribute unchanged.
   *
   * @param due the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Initiative withDue(LocalDate due);

  /**
   * A copy with {@link #due()} replaced, sharing every other attribute unchanged.
   *
   * @param due the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Initiative withDue(Optional<? extends LocalDate> due);

  /**
   * A copy with {@link #status()} replaced, sharing every other attribute unchanged.
   *
   * @param status the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Initiative withStatus(InitiativeStatus status);

  /**
   * A copy with {@link #status()} replaced, sharing every other attribute unchanged.
   *
   * @param status the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Initiative withStatus(Optional<? extends InitiativeStatus> status);

  /**
   * A copy with {@link #mentions()} replaced, sharing every other attribute unchanged.
   *
   * @param mentions the new elements, in order
   * @return the copy; this value itself if nothing changes
   */
  public abstract Initiative withMentions(Iterable<? extends Mention> mentions);

  /**
   * A copy with {@link #indicators()} replaced, sharing every other attribute unchanged.
   *
   * @param indicators the new elements, in order
   * @return the copy; this value itself if nothing changes
   */
  public abstract Initiative withIndicators(Iterable<? extends Indicator> indicators);

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Initiative}. Not thread-safe. */
  public static class Builder extends ImmutableInitiative.Builder {}

  @Value.Check
  void check() {
    Checks.checkElement(this);
    if (start().isPresent() && due().isPresent()) {
      Checks.require(
          !due().get().isBefore(start().get()),
          "initiative \"%s\" is due (%s) before it starts (%s)",
          id(),
          due().get(),
          start().get());
    }
    Checks.checkSiblingIds(indicators(), "indicators");
  }
}
