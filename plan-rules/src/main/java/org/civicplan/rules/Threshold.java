package org.civicplan.rules;

/**
 * A number that tunes a rule, such as the similarity above which two initiatives count as
 * near-duplicates. Configuration files may set it within {@code [min, max]}.
 *
 * <pre>{@code
 * new Threshold("similarity", 0.8, 0.5, 1.0);
 * // civicplan-rules.json: {"rules": {"text/near-duplicate-initiative": {"similarity": 0.9}}}
 * }</pre>
 *
 * @param name the key used in configuration files
 * @param defaultValue the value used when the configuration does not set one
 * @param min the smallest accepted value
 * @param max the largest accepted value
 */
public record Threshold(String name, double defaultValue, double min, double max) {

  /**
   * Checks that the name is not blank and the default lies within the bounds.
   *
   * @param name the key used in configuration files
   * @param defaultValue the value used when the configuration does not set one
   * @param min the smallest accepted value
   * @param max the largest accepted value
   */
  public Threshold {
    if (name.isBlank() || !(min <= defaultValue && defaultValue <= max)) {
      throw new IllegalArgumentException("bad threshold " + name + " " + defaultValue);
    }
  }
}
