package org.civicplan.model;

/**
 * The ids a plan gives its elements by position when they have none (the scheme {@link
 * Plan.Builder#build()} applies): {@code s1} for the first section, {@code s1.g2} for its second
 * goal, {@code s1.g2.i3} for that goal's third initiative, {@code s1.g2.i3.k1} for the
 * initiative's first indicator ({@code s1.k1}, {@code s1.g2.k1} for a section's or goal's own),
 * {@code t1} for the plan's first target, {@code u1} for its first unit. Where a declared id
 * already holds a name, the plan takes the first free one with a suffix {@code -2}, {@code -3}, …
 *
 * <p>A producer that builds a whole plan, such as a document importer, can give the same ids as it
 * builds, so that building the plan copies no element to assign them:
 *
 * <pre>{@code
 * String section = PlanIds.section(1);            // "s1"
 * String goal = PlanIds.goal(section, 2);          // "s1.g2"
 * Initiative i = Initiative.builder().id(PlanIds.initiative(goal, 3)).text("完成9处精品小区建设。").build();
 * }</pre>
 *
 * <p>Positions count from 1. Stateless and thread-safe.
 */
public final class PlanIds {
  private PlanIds() {}

  /**
   * @param position the section's place among the plan's sections, from 1
   * @return {@code s} and the position
   */
  public static String section(int position) {
    return "s" + positive(position);
  }

  /**
   * @param sectionId the id of the goal's section
   * @param position the goal's place in its section, from 1
   * @return the section's id, {@code .g} and the position
   */
  public static String goal(String sectionId, int position) {
    return sectionId + ".g" + positive(position);
  }

  /**
   * @param goalId the id of the initiative's goal
   * @param position the initiative's place in its goal, from 1
   * @return the goal's id, {@code .i} and the position
   */
  public static String initiative(String goalId, int position) {
    return goalId + ".i" + positive(position);
  }

  /**
   * @param ownerId the id of the section, goal or initiative the indicator belongs to
   * @param position the indicator's place among its owner's indicators, from 1
   * @return the owner's id, {@code .k} and the position
   */
  public static String indicator(String ownerId, int position) {
    return ownerId + ".k" + positive(position);
  }

  /**
   * @param position the target's place among the plan's own targets (主要预期目标), from 1
   * @return {@code t} and the position
   */
  public static String target(int position) {
    return "t" + positive(position);
  }

  /**
   * @param position the unit's place among the plan's units, from 1
   * @return {@code u} and the position
   */
  public static String unit(int position) {
    return "u" + positive(position);
  }

  private static int positive(int position) {
    if (position < 1) {
      throw new IllegalArgumentException("positions count from 1, got " + position);
    }
    return position;
  }
}
