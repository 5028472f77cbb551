package org.civicplan.rules;

/**
 * The one wording of a located problem in a file this module reads (a rule configuration, a
 * report read back): {@code source:line:column: problem (at pointer)}, the line and column left
 * out when unknown (0), the pointer when it is the whole document ("").
 */
final class LocatedProblem {
  private LocatedProblem() {}

  static String format(String source, int line, int column, String pointer, String problem) {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ").append(problem);
    if (!pointer.isEmpty()) {
      sb.append(" (at ").append(pointer).append(')');
    }
    return sb.toString();
  }
}
