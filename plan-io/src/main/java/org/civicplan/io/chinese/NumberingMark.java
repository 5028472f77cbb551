package org.civicplan.io.chinese;

import org.civicplan.model.Numbering;
import org.civicplan.model.NumberingStyle;

/**
 * A numbering marker found at the start of a heading or paragraph, such as {@code 一、}, {@code
 * （一）}, {@code 一是}, {@code 第一，}, {@code 1.}, {@code 1、}, {@code （1）} or {@code ①}.
 *
 * <p>The {@link #rank()} orders the levels as GB/T 9704-2012 does, with the inline and circled
 * forms placed between and after them: 1 {@code 一、}, 2 {@code （一）}, 3 {@code 一是} / {@code
 * 第一，}, 4 {@code 1.} / {@code 1、}, 5 {@code （1）}, 6 {@code ①}. A lower rank is a higher level.
 *
 * <pre>{@code
 * NumberingMark m = Numberings.parse("（二）推进城市更新", 0).orElseThrow();
 * m.numbering();  // Numbering{ordinal=2, label=二, style=CHINESE_PARENTHESIZED}
 * m.rank();       // 2
 * m.end();        // 4, where the title starts
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class NumberingMark {
  private final Numbering numbering;
  private final int rank;
  private final int start;
  private final int end;

  NumberingMark(int ordinal, String label, NumberingStyle style, int rank, int start, int end) {
    this.numbering = Numbering.of(ordinal, label, style);
    this.rank = rank;
    this.start = start;
    this.end = end;
  }

  /** @return the number: ordinal, label as written and style */
  public Numbering numbering() {
    return numbering;
  }

  /** @return the level of the marker, 1 (highest, {@code 一、}) to 6 ({@code ①}) */
  public int rank() {
    return rank;
  }

  /** @return the index of the marker's first character */
  public int start() {
    return start;
  }

  /** @return the index just after the marker and its decoration, where the text starts */
  public int end() {
    return end;
  }

  @Override
  public String toString() {
    return numbering.marker() + "@" + start + "-" + end + " rank " + rank;
  }
}
