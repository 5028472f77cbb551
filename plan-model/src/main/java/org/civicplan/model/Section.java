package org.civicplan.model;

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
