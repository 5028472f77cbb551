package org.civicplan.io;

import java.io.IOException;
import java.util.Optional;

/**
 * Input that is not a valid plan: malformed JSON, a property of the wrong type, a document with no
 * recognizable structure. Carries where the problem is (line and column, and the JSON Pointer path
 * for JSON input) and what was expected, so a person can fix the input.
 *
 * <p>It is an {@link IOException}, like Jackson's own processing exceptions, so a method that
 * reads a file declares one exception type; catch this one to tell bad content from a failed read.
 *
 * <pre>{@code
 * try {
 *   Plan plan = PlanJson.create().read(path);
 * } catch (PlanFormatException e) {
 *   System.err.println(e.getMessage()); // plan.json:3:15: at /sections/0/title: expected a string, found a number
 *   e.line(); e.column(); e.pointer();
 * }
 * }</pre>
 */
public class PlanFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String problem;
  private final String sourceName;
  private final int line;
  private final int column;
  private final String pointer;

  /**
   * Creates an exception.
   *
   * @param problem what is wrong and what was expected, without the location
   * @param sourceName the name of the input (a file name), or null if unnamed
   * @param line the 1-based line of the problem, or 0 if unknown
   * @param column the 1-based column of the problem, or 0 if unknown
   * @param pointer the JSON Pointer of the problem, or null if not applicable
   * @param cause the underlying exception, or null
   */
  public PlanFormatException(
      String problem, String sourceName, int line, int column, String pointer, Throwable cause) {
    super(format(problem, sourceName, line, column, pointer), cause);
    this.problem = problem;
    this.sourceName = sourceName;
    this.line = Math.max(0, line);
    this.column = Math.max(0, column);
    this.pointer = pointer;
  }

  private static String format(
      String problem, String sourceName, int line, int column, String pointer) {
    StringBuilder sb = new StringBuilder();
    sb.append(sourceName == null ? "<input>" : sourceName);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ");
    if (pointer != null) {
      sb.append("at ").append(pointer.isEmpty() ? "/" : pointer).append(": ");
    }
    return sb.append(problem).toString();
  }

  /** @return what is wrong and what was expected, without the location */
  public String problem() {
    return problem;
  }

  /** @return the name of the input, such as a file name, if it has one */
  public Optional<String> sourceName() {
    return Optional.ofNullable(sourceName);
  }

  /** @return the 1-based line of the problem, or 0 if unknown */
  public int line() {
    return line;
  }

  /** @return the 1-based column of the problem (in characters), or 0 if unknown */
  public int column() {
    return column;
  }

  /**
   * @return the JSON Pointer (RFC 6901) of the problem in JSON input, such as {@code
   *     /sections/0/goals/2/name}; empty for other formats
   */
  public Optional<String> pointer() {
    return Optional.ofNullable(pointer);
  }
}
