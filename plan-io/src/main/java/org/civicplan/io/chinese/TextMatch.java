package org.civicplan.io.chinese;

/**
 * Something the grammar found in a text, with where it stands: {@code [start, end)} as UTF-16
 * indexes into the text that was scanned.
 *
 * <pre>{@code
 * for (TextMatch<Indicator> m : IndicatorGrammar.find(sentence)) {
 *   sentence.substring(m.start(), m.end());  // 9处精品小区建设
 *   m.value().target();                      // 9 处
 * }
 * }</pre>
 *
 * @param <T> what was found
 * @param value what was found
 * @param start index of the first character
 * @param end index just after the last character
 */
public record TextMatch<T>(T value, int start, int end) {
  /**
   * @throws IllegalArgumentException if the range is empty or reversed
   */
  public TextMatch {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("empty range " + start + ".." + end);
    }
  }
}
