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

  /** The rank of a part or chapter marker ({@code 第一部分}, {@code 第二章}), above {@code 一、}. */
  public static final int PART_RANK = 0;

  /**
   * Looks for a marker that only heads the outline of longer plans, starting exactly at {@code
   * from}: a part or chapter ({@code 第一部分 2023年工作回顾}, {@code 第二章 发展目标}: rank {@value
   * #PART_RANK}), or a decimal number ({@code 1.1 指导思想}: rank 8, {@code 1.1.1 …}: rank 9).
   * A two-part decimal must be followed by a space (so {@code 1.5万户} is none); a three-part one
   * by a space or an ideograph other than 万, 亿, 千, 百, 十. Their style is {@link NumberingStyle#OTHER}, their label the marker
   * as written, their ordinal the last number. Kept apart from {@link #parse} because they head
   * parts of the outline only, never an item inside a sentence.
   *
   * <pre>{@code
   * Numberings.parseOutline("1.2 主要目标", 0).map(m -> m.numbering().label());  // Optional[1.2]
   * Numberings.parseOutline("1.5万户", 0);                                        // Optional.empty
   * }</pre>
   *
   * @param text the text
   * @param from where the marker would start
   * @return the marker, or empty if none starts there
   */
  public static Optional<NumberingMark> parseOutline(CharSequence text, int from) {
    int n = text.length();
    if (from >= n) {
      return Optional.empty();
    }
    if (text.charAt(from) == '第') {
      int i = from + 1;
      int chEnd = chineseEnd(text, i);
      if (chEnd == i) {
        return Optional.empty();
      }
      int end = -1;
      if (chEnd < n && text.charAt(chEnd) == '章') {
        end = chEnd + 1;
      } else if (chEnd + 1 < n && text.charAt(chEnd) == '部' && text.charAt(chEnd + 1) == '分') {
        end = chEnd + 2;
      }
      if (end < 0 || (end < n && !isSpaceOrIdeograph(text.charAt(end)))) {
        return Optional.empty();
      }
      int markEnd = end;
      return chinese(text, i, chEnd).map(o -> new NumberingMark(
          o, text.subSequence(from, markEnd).toString(), NumberingStyle.OTHER, PART_RANK, from, markEnd));
    }
    int parts = 0;
    int i = from;
    int last = -1;
    while (true) {
      int e = arabicEnd(text, i);
      if (e == i) {
        return Optional.empty();
      }
      last = Integer.parseInt(text.subSequence(i, e).toString());
      parts++;
      if (e < n && text.charAt(e) == '.' && parts < 3 && e + 1 < n && Chars.isAsciiDigit(text.charAt(e + 1))) {
        i = e + 1;
        continue;
      }
      i = e;
      break;
    }
    if (parts < 2 || last <= 0 || (i < n && (Chars.isAsciiDigit(text.charAt(i)) || text.charAt(i) == '.'))) {
      return Optional.empty();
    }
    if (i >= n) {
      return Optional.empty(); // a number alone on its line
    }
    char after = text.charAt(i);
    boolean space = after == ' ' || after == '\u3000' || after == '\t';
    if (parts == 2 ? !space : !(space || (isSpaceOrIdeograph(after) && "万亿千百十".indexOf(after) < 0))) {
      return Optional.empty(); // 1.5万户, 1.1.5万户: numbers, not markers
    }
    return Optional.of(new NumberingMark(
        last, text.subSequence(from, i).toString(), NumberingStyle.OTHER, DECIMAL_RANK + parts - 1, from, i));
  }

  /** The rank of the top number of a decimal outline ({@code 1 总体要求}); {@code 1.1} is one more. */
  public static final int DECIMAL_RANK = 7;

  /**
   * The top number of a decimal outline, {@code 2 重点任务}: one to three digits, a space, then a
   * short title (at most 20 characters, no {@code 。，；}). Only a document that numbers its parts
   * {@code 1.1} is read with it, since {@code 3 个社区} could start a sentence elsewhere.
   *
   * @param text a paragraph or heading
   * @return the marker (rank {@value #DECIMAL_RANK}), or empty
   */
  public static Optional<NumberingMark> parseDecimalTop(CharSequence text) {
    int e = arabicEnd(text, 0);
    int n = text.length();
    if (e == 0 || e >= n || !(text.charAt(e) == ' ' || text.charAt(e) == '\u3000') || n - e > 21) {
      return Optional.empty();
    }
    int ordinal = Integer.parseInt(text.subSequence(0, e).toString());
    int i = e;
    while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000')) {
      i++;
    }
    if (ordinal <= 0 || i >= n || Character.UnicodeScript.of(text.charAt(i)) != Character.UnicodeScript.HAN) {
      return Optional.empty();
    }
    for (int k = i; k < n; k++) {
      if ("。，；！？,;".indexOf(text.charAt(k)) >= 0) {
        return Optional.empty();
      }
    }
    return Optional.of(new NumberingMark(ordinal, text.subSequence(0, e).toString(), NumberingStyle.OTHER, DECIMAL_RANK, 0, e));
  }

  private static boolean isSpaceOrIdeograph(char c) {
    return c == ' ' || c == '\u3000' || c == '\t' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || c == '：' || c == ':';
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
