package org.civicplan.rules;

import java.util.Objects;

/**
 * An input that could not be read, so was not validated: recorded in a {@link ValidationReport}
 * so that the JSON and SARIF reports say so (SARIF: a tool execution notification and
 * {@code executionSuccessful: false}) instead of looking like a clean run.
 *
 * <pre>{@code
 * ValidationReport report = validator.validateAll(plans)
 *     .withUnreadable(List.of(new UnreadableInput("plans/2025.md", "no such file")));
 * }</pre>
 *
 * @param source the input's name, such as the file path the caller passed
 * @param message why it could not be read, one line, such as {@code a.json:2:5: unexpected end}
 */
public record UnreadableInput(String source, String message) {

  /**
   * Rejects nulls.
   *
   * @param source the input's name
   * @param message why it could not be read
   */
  public UnreadableInput {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }
}
