package org.civicplan.rules;

import java.util.Locale;

/**
 * How serious a {@link Finding} is.
 *
 * <pre>{@code
 * Severity s = Severity.parse("warning");   // WARNING
 * s.label();                                // "warning"
 * }</pre>
 */
public enum Severity {
  /** The plan is wrong and should not be adopted as it stands (错误). */
  ERROR,
  /** Something is probably wrong or missing and a person should look (警告). */
  WARNING,
  /** A remark that may be worth acting on (提示). */
  INFO;

  /** @return the lower-case name used in reports and configuration: error, warning, info */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a severity name, ignoring case.
   *
   * @param name error, warning or info
   * @return the severity
   * @throws IllegalArgumentException naming the accepted values if {@code name} is none of them
   */
  public static Severity parse(String name) {
    for (Severity s : values()) {
      if (s.label().equalsIgnoreCase(name.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown severity \"" + name + "\"; expected one of error, warning, info");
  }
}
