package org.civicplan.rules;

import java.io.IOException;

/**
 * A rule configuration file that cannot be used: malformed JSON or YAML, an unknown rule id, an
 * unknown key, a bad severity or an out-of-range threshold. Says where: the file, line and column,
 * and the JSON Pointer of the offending value.
 *
 * <pre>{@code
 * try {
 *   RuleConfig config = RuleConfig.load(Path.of("civicplan-rules.json"), catalogue);
 * } catch (RuleConfigException e) {
 *   System.err.println(e.getMessage());
 *   // civicplan-rules.json:3:5: unknown rule "text/near-duplicate" at /rules/text~1near-duplicate;
 *   //   did you mean "text/near-duplicate-initiative"?
 * }
 * }</pre>
 */
public class RuleConfigException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The file name. */
  private final String source;
  /** The 1-based line, or 0. */
  private final int line;
  /** The 1-based column, or 0. */
  private final int column;
  /** The JSON Pointer of the offending value. */
  private final String pointer;
  /** What is wrong. */
  private final String problem;

  /**
   * @param source the file name as the caller gave it
   * @param line 1-based line, or 0 if unknown
   * @param column 1-based column, or 0 if unknown
   * @param pointer JSON Pointer of the offending value, "" for the document
   * @param problem what is wrong, for a person
   */
  public RuleConfigException(String source, int line, int column, String pointer, String problem) {
    super(LocatedProblem.format(source, line, column, pointer, problem));
    this.source = source;
    this.line = line;
    this.column = column;
    this.pointer = pointer;
    this.problem = problem;
  }

  /** @return the configuration file's name as the caller gave it */
  public String source() {
    return source;
  }

  /** @return the 1-based line, or 0 if unknown */
  public int line() {
    return line;
  }

  /** @return the 1-based column, or 0 if unknown */
  public int column() {
    return column;
  }

  /** @return the JSON Pointer of the offending value; "" for the whole document */
  public String pointer() {
    return pointer;
  }

  /** @return what is wrong, without the location */
  public String problem() {
    return problem;
  }
}
