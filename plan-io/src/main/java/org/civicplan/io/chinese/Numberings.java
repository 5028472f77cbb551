package org.civicplan.io.chinese;

import java.util.Optional;
import org.civicplan.model.Numbering;
import org.civicplan.model.NumberingStyle;
import org.civicplan.model.chinese.ChineseNumerals;

/**
 * Chinese official-document numbering (层次序数): recognizes a marker at the start of a text
 * and writes the marker of a {@link Numbering}.
 *
 * <p>Accepted markers (full-width and half-width brackets and commas alike):
 *
 * <ul>
 *   <li>{@code 一、} … {@code 二十、}: a Chinese numeral and {@code 、} (rank 1);
 *   <li>{@code （一）}, {@code (一)} (rank 2);
 *   <li>{@code 一是}, and {@code 第一，} / {@code 第一,} (rank 3);
 *   <li>{@code 1.}, {@code 1．}, {@code 1、} not followed by a digit, so {@code 1.5万} is not one
 *       (rank 4);
 *   <li>{@code （1）}, {@code (1)} (rank 5);
 *   <li>{@code ①} … {@code ⑳} (rank 6).
 * </ul>
 *
 * <p>Rejected on purpose: {@code 第一届} and other 第-ordinals not followed by a comma; numerals
 * of more than three digits or characters ({@code 2024、}); a {@code 零} ordinal.
 *
 * <pre>{@code
 * Numberings.parse("一是招商引资，挖掘更大潜力。", 0).map(NumberingMark::numbering);
 * // Optional[Numbering{ordinal=1, label=一, style=CHINESE_SHI}]
 * Numbering.of(2, "二", NumberingStyle.CHINESE_ENUMERATION_COMMA).marker(); // "二、" (in the model)
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Numberings {
  private Numberings() {}

  /**
   * Looks for a numbering marker starting exactly at {@code from}.
   *
   * @param text the text
   * @param from where the marker would start
   * @return the marker, or empty if none starts there
   */
  public static Optional<NumberingMark> parse(CharSequence text, int from) {
    int n = text.length();
    if (from >= n) {
      return Optional.empty();
    }
    char c = text.charAt(from);
    if (c >= '\u2460' && c <= '\u2473') {
      return Optional.of(
          new NumberingMark(c - '\u2460' + 1, String.valueOf(c), NumberingStyle.CIRCLED, 6, from, from + 1));
    }
    if (c == '（' || c == '(') {
      int i = from + 1;
      int digitsEnd = arabicEnd(text, i);
      if (digitsEnd > i) {
        if (digitsEnd < n && isCloseParen(text.charAt(digitsEnd))) {
          String label = text.subSequence(i, digitsEnd).toString();
          int ordinal = Integer.parseInt(label);
          if (ordinal > 0) {
            return Optional.of(
                new NumberingMark(ordinal, label, NumberingStyle.ARABIC_PARENTHESIZED, 5, from, digitsEnd + 1));
          }
        }
        return Optional.empty();
      }
      int chEnd = chineseEnd(text, i);
      if (chEnd > i && chEnd < n && isCloseParen(text.charAt(chEnd))) {
        return chinese(text, i, chEnd)
            .map(o -> new NumberingMark(o, text.subSequence(i, chEnd).toString(),
                NumberingStyle.CHINESE_PARENTHESIZED, 2, from, chEnd + 1));
      }
      return Optional.empty();
    }
    if (c == '第') {
      int i = from + 1;
      int chEnd = chineseEnd(text, i);
      if (chEnd > i && chEnd < n && (text.charAt(chEnd) == '，' || text.charAt(chEnd) == ',')) {
        return chinese(text, i, chEnd)
            .map(o -> new NumberingMark(o, text.subSequence(i, chEnd).toString(),
                NumberingStyle.CHINESE_ORDINAL, 3, from, chEnd + 1));
      }
      return Optional.empty();
    }
    int digitsEnd = arabicEnd(text, from);
    if (digitsEnd > from) {
      if (digitsEnd < n) {
        char d = text.charAt(digitsEnd);
        boolean nextIsDigit = digitsEnd + 1 < n && Character.isDigit(text.charAt(digitsEnd + 1));
        NumberingStyle style = null;
        if ((d == '.' || d == '．') && !nextIsDigit) {
          style = NumberingStyle.ARABIC_DOT;
        } else if (d == '、') {
          style = NumberingStyle.ARABIC_ENUMERATION_COMMA;
        }
        if (style != null) {
          String label = text.subSequence(from, digitsEnd).toString();
          int ordinal = Integer.parseInt(label);
          if (ordinal > 0) {
            return Optional.of(new NumberingMark(ordinal, label, style, 4, from, digitsEnd + 1));
          }
        }
      }
      return Optional.empty();
    }
    int chEnd = chineseEnd(text, from);
    if (chEnd > from && chEnd < n) {
      char d = text.charAt(chEnd);
      if (d == '、') {
        return chinese(text, from, chEnd)
            .map(o -> new NumberingMark(o, text.subSequence(from, chEnd).toString(),
                NumberingStyle.CHINESE_ENUMERATION_COMMA, 1, from, chEnd + 1));
      }
      if (d == '是') {
        return chinese(text, from, chEnd)
            .map(o -> new NumberingMark(o, text.subSequence(from, chEnd).toString(),
                NumberingStyle.CHINESE_SHI, 3, from, chEnd + 1));
      }
    }
    return Optional.empty();
  }

  private static boolean isCloseParen(char c) {
    return c == '）' || c == ')';
  }

  /** End of a run of at most three ASCII digits starting at i (i itself if none). */
  private static int arabicEnd(CharSequence text, int i) {
    int j = i;
    while (j < text.length() && j - i < 4 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
      j++;
    }
    return j - i > 3 ? i : j;
  }

  /** End of a run of at most three Chinese numeral characters (no 万/亿) starting at i. */
  private static int chineseEnd(CharSequence text, int i) {
    int j = i;
    while (j < text.length() && j - i < 4) {
      char c = text.charAt(j);
      if (c == '两' || !(ChineseNumerals.digitValue(c) >= 0 || c == '十' || c == '百')) {
        break;
      }
      j++;
    }
    return j - i > 3 ? i : j;
  }

  private static Optional<Integer> chinese(CharSequence text, int from, int to) {
    return ChineseNumerals.parse(text.subSequence(from, to))
        .filter(v -> v.signum() > 0 && v.scale() <= 0)
        .map(v -> v.intValue());
  }
}
