package org.civicplan.rules;

import java.util.Locale;

/**
 * A named set of rules to run. Every rule declares the narrowest profile it belongs to ({@link
 * Rule#profile()}); a profile runs the rules of the profiles it includes:
 *
 * <ul>
 *   <li>{@link #DEFAULT}: rules whose findings are true of almost every real plan where they fire;
 *   <li>{@link #TASK_DECOMPOSITION}: the default rules plus the assignment rules for plans being
 *       split into tasks (任务分解): lead units, declared units, due dates;
 *   <li>{@link #STRICT}: every rule known, including pickier remarks.
 * </ul>
 *
 * <pre>{@code
 * Profile p = Profile.parse("task-decomposition");
 * p.includes(Profile.DEFAULT);   // true
 * }</pre>
 */
public enum Profile {
  /** {@code default}: the trustworthy core. */
  DEFAULT("default"),
  /** {@code task-decomposition}: default plus assignment rules. */
  TASK_DECOMPOSITION("task-decomposition"),
  /** {@code strict}: every rule. */
  STRICT("strict");

  private final String id;

  Profile(String id) {
    this.id = id;
  }

  /** @return the name used on the command line and in configuration files */
  public String id() {
    return id;
  }

  /**
   * Whether running this profile runs the rules that declare {@code ruleProfile}.
   *
   * @param ruleProfile the narrowest profile a rule belongs to
   * @return true if rules of {@code ruleProfile} are part of this profile
   */
  public boolean includes(Profile ruleProfile) {
    switch (this) {
      case STRICT:
        return true;
      case TASK_DECOMPOSITION:
        return ruleProfile == DEFAULT || ruleProfile == TASK_DECOMPOSITION;
      default:
        return ruleProfile == DEFAULT;
    }
  }

  /**
   * Parses a profile name, ignoring case.
   *
   * @param id default, task-decomposition or strict
   * @return the profile
   * @throws IllegalArgumentException naming the accepted values if {@code id} is none of them
   */
  public static Profile parse(String id) {
    for (Profile p : values()) {
      if (p.id.equalsIgnoreCase(id.trim())) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown profile \"" + id + "\"; expected one of default, task-decomposition, strict");
  }

  @Override
  public String toString() {
    return id;
  }

  static String names() {
    return String.join(", ", DEFAULT.id, TASK_DECOMPOSITION.id, STRICT.id).toLowerCase(Locale.ROOT);
  }
}
