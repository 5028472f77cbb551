package org.civicplan.rules.report;

/** Keeps text that goes into one line of a report on one line. */
final class Lines {
  private Lines() {}

  /** @return {@code text} with control characters (line breaks among them) replaced by spaces */
  static String single(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        if (sb == null) {
          sb = new StringBuilder(text);
        }
        sb.setCharAt(i, ' ');
      }
    }
    return sb == null ? text : sb.toString();
  }
}
