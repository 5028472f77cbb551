package org.civicplan.rules;

import java.io.IOException;

/**
 * A JSON validation report that cannot be read back: not JSON, not a CivicPlan report, a missing
 * or unknown key, a value of the wrong kind, a rule the catalogue does not know, or counts that
 * disagree with the findings. Says where: the line and column (when read from text) and the JSON
 * Pointer of the offending value.
 *
 * <pre>{@code
 * try {
 *   ValidationReport report = ReportReader.create().read(Files.readString(path), path.toString());
 * } catch (ReportFormatException e) {
 *   System.err.println(e.getMessage());
 *   // report.json:12:19: unknown severity "warn"; expected one of error, warning, info
 *   //   (at /files/0/findings/0/severity)
 * }
 * }</pre>
 */
public class ReportFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The report's name. */
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
   * @param source the report's name, such as its file name
   * @param line 1-based line, or 0 if unknown (a report read from a tree)
   * @param column 1-based column, or 0 if unknown
   * @param pointer JSON Pointer of the offending value, "" for the whole report
   * @param problem what is wrong, for a person
   */
  public ReportFormatException(String source, int line, int column, String pointer, String problem) {
    super(LocatedProblem.format(source, line, column, pointer, problem));
    this.source = source;
    this.line = line;
    this.column = column;
    this.pointer = pointer;
    this.problem = problem;
  }

  /** @return the report's name as the caller gave it */
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

  /** @return the JSON Pointer of the offending value; "" for the whole report */
  public String pointer() {
    return pointer;
  }

  /** @return what is wrong, without the location */
  public String problem() {
    return problem;
  }
}
