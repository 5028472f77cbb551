package org.civicplan.model;

import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A numbered section of a plan ({@code 一、二、三…}): its number, keywords, title, introduction
 * and goals.
 *
 * <p>The heading {@code 一、“招、留、增”全面发力，经济发展奋力一跃} gives number 1 (label 一),
 * keywords 招 / 留 / 增 and the title {@code “招、留、增”全面发力，经济发展奋力一跃}.
 *
 * <pre>{@code
 * Section economy = Section.builder()
 *     .number(Numbering.of(1, "一", NumberingStyle.CHINESE_ENUMERATION_COMMA))
 *     .addKeywords("招", "留", "增")
 *     .title("“招、留、增”全面发力，经济发展奋力一跃")
 *     .addIntroduction("践行“人人都是营商环境，事事都是营商环境”理念……")
 *     .addGoal(investment)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@PlanStyle
public abstract class Section implements PlanElement {

  Section() {}

  /** {@inheritDoc} Assigned as {@code s1}, {@code s2}… when absent. */
  @Override
  @Value.Default
  public String id() {
    return "";
  }

  @Override
  public final ElementKind kind() {
    return ElementKind.SECTION;
  }

  /** @return the section's number, absent in documents that do not number their sections */
  public abstract Optional<Numbering> number();

  /** @return the keywords the title sets in quotes, such as 招 / 留 / 增, in order */
  public abstract List<String> keywords();

  /** @return the title as written, without its number; may be empty if the source gives none */
  public abstract String title();

  /** @return the introduction paragraphs that follow the heading */
  public abstract List<String> introduction();

  /**
   * The indicators the section's own title or introduction states, such as {@code 一、地区生产总值增长7%以上}: targets of the section as a
   * whole, not of one of its goals. Assigned ids {@code <section id>.k1}, {@code .k2}… when built without one.
   *
   * @return the section's own indicators, in document order
   */
  public abstract List<Indicator> indicators();

  /** @return the section's goals, in document order */
  public abstract List<Goal> goals();

  // ---- copies with one attribute changed (implemented by the generated class) ------------

  /**
   * A copy with {@link #sourceSpan()} replaced, sharing every other attribute unchanged.
   *
   * @param sourceSpan the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Section withSourceSpan(SourceSpan sourceSpan);

  /**
   * A copy with {@link #sourceSpan()} replaced, sharing every other attribute unchanged.
   *
   * @param sourceSpan the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Section withSourceSpan(Optional<? extends SourceSpan> sourceSpan);

  /**
   * A copy with {@link #sourceNotes()} replaced, sharing every other attribute unchanged.
   *
   * @param sourceNotes the new elements, in order
   * @return the copy; this value itself if nothing changes
   */
  public abstract Section withSourceNotes(Iterable<? extends SourceNote> sourceNotes);

  /**
   * A copy with {@link #extensions()} replaced, sharing every other attribute unchanged.
   *
   * @param extensions the new entries
   * @return the copy; this value itself if nothing changes
   */
  public abstract Section withExtensions(Map<String, ? extends ExtensionValue> extensions);

  /**
   * A copy with {@link #id()} replaced, sharing every other attribute unchanged.
   *
   * @param id the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Section withId(String id);

  /**
   * A copy with {@link #number()} replaced, sharing every other attribute unchanged.
   *
   * @param number the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Section withNumber(Numbering number);

  /**
   * A copy with {@link #number()} replaced, sharing every other attribute unchanged.
   *
   * @param number the new value, or empty to remove it
   * @return the copy; this value itself if nothing changes
   */
  public abstract Section withNumber(Optional<? extends Numbering> number);

  /**
   * A copy with {@link #keywords()} replaced, sharing every other attribute unchanged.
   *
   * @param keywords the new elements, in order
   * @return the copy; this value itself if nothing changes
   */
  public abstract Section withKeywords(Iterable<String> keywords);

  /**
   * A copy with {@link #title()} replaced, sharing every other attribute unchanged.
   *
   * @param title the new value
   * @return the copy; this value itself if nothing changes
   */
  public abstract Section withTitle(String title);

  /**
   * A copy with {@link #introduction()} replaced, sharing every other attribute unchanged.
   *
   * @param introduction the new elements, in order
   * @return the copy; this value itself if nothing changes
   */
  public abstract Section withIntroduction(Iterable<String> introduction);

  /**
   * A copy with {@link #goals()} replaced, sharing every other attribute unchanged.
   *
   * @param goals the new elements, in order
   * @return the copy; this value itself if nothing changes
   */
  public abstract Section withGoals(Iterable<? extends Goal> goals);

  /**
   * A copy with {@link #indicators()} replaced, sharing every other attribute unchanged.
   *
   * @param indicators the new value
   * @return the copy
   */
  public abstract Section withIndicators(Iterable<? extends Indicator> indicators);

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Section}. Not thread-safe. */
  public static class Builder extends ImmutableSection.Builder {}

  @Value.Check
  void check() {
    Checks.checkElement(this);
    Checks.checkSiblingIds(indicators(), "indicators");
    Checks.checkSiblingIds(goals(), "goals");
  }
}
