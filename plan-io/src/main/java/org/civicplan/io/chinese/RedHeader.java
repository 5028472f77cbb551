package org.civicplan.io.chinese;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lines of the red issuing header (红头, 版头) of an official document: the issuing organ's
 * name followed by 文件, one line per organ when several issue it together (联合发文, a stacked
 * joint header), or the organs' names stacked beside one 文件 (the brace form); then the document
 * number (发文字号), often with the signer beside it ({@code 签发人：张三}). None of them is the
 * plan's title or a section.
 *
 * <pre>{@code
 * RedHeader.issuers("中共江苏路街道工作委员会文件");   // [中共江苏路街道工作委员会文件]
 * RedHeader.issuers("蔡区政府办公室文件蔡区财政局文件"); // the two lines of a joint header, run together
 * RedHeader.isWenjian("文  件");                       // true: the 文件 beside a brace of names
 * RedHeader.isOrgan("蔡区人民政府办公室");               // true
 * RedHeader.numberLine("蔡政办发〔2024〕3号  签发人：张三"); // Optional[NumberLine[蔡政办发〔2024〕3号, 张三]]
 * }</pre>
 *
 * <p>Stateless and thread-safe; each test is linear in the line.
 */
public final class RedHeader {
  private RedHeader() {}

  /** The longest organ name (with 文件) a header line holds. */
  private static final int MAX_ORGAN = 40;

  /**
   * A document-number line: the 文号, the 签发人 (signer), or both side by side.
   *
   * @param number the document number as written, or null if the line gives only the signer
   * @param signer the signer's name, or null if the line gives only the number
   */
  public record NumberLine(String number, String signer) {}

  /**
   * The issuing organs of a header line made only of organ names each followed by 文件: one for a
   * single issuer, several for the lines of a stacked joint header read as one.
   *
   * @param line a line or paragraph
   * @return each organ's name with its 文件, in order; empty if the line is anything else
   */
  public static List<String> issuers(CharSequence line) {
    String t = compact(line);
    List<String> out = new ArrayList<>();
    int from = 0;
    while (from < t.length()) {
      int at = t.indexOf("文件", from);
      if (at < 0) {
        return List.of();
      }
      String unit = t.substring(from, at + 2);
      if (unit.length() < 4 || unit.length() > MAX_ORGAN || !isName(unit, 0, unit.length() - 2)
          || unit.contains("关于") || unit.contains("的")) { // 关于印发…的文件 is a title
        return List.of();
      }
      out.add(unit);
      from = at + 2;
    }
    return out;
  }

  /**
   * @param line a line
   * @return whether it is the lone 文件 beside a brace of organ names (spaces between allowed)
   */
  public static boolean isWenjian(CharSequence line) {
    return compact(line).equals("文件");
  }

  /**
   * @param line a line
   * @return whether it may be an organ's name in a brace header: a short run of Chinese
   *     characters (parentheses allowed), no punctuation, no digits
   */
  public static boolean isOrgan(CharSequence line) {
    String t = compact(line);
    return t.length() >= 3 && t.length() <= MAX_ORGAN && isName(t, 0, t.length());
  }

  /**
   * @param line a line
   * @return the document number and signer the line consists of: {@code 蔡政办发〔2024〕3号},
   *     {@code 签发人：张三}, or both separated by spaces, in either order
   */
  public static Optional<NumberLine> numberLine(CharSequence line) {
    String t = line.toString().strip();
    int s = t.indexOf("签发人");
    String signer = null;
    String rest = t;
    if (s >= 0) {
      int c = s + 3;
      while (c < t.length() && (t.charAt(c) == ' ' || t.charAt(c) == '\u3000')) {
        c++;
      }
      if (c >= t.length() || !PageChrome.isColon(t.charAt(c))) {
        return Optional.empty();
      }
      int e = c + 1;
      while (e < t.length() && (t.charAt(e) == ' ' || t.charAt(e) == '\u3000')) {
        e++;
      }
      int v = e;
      while (e < t.length() && (Chars.isCjk(t.charAt(e)) || t.charAt(e) == '·' || t.charAt(e) == '、')) {
        e++;
      }
      if (e == v || e - v > 12) {
        return Optional.empty();
      }
      signer = t.substring(v, e);
      rest = (t.substring(0, s) + " " + t.substring(e)).strip();
    }
    if (rest.isEmpty()) {
      return signer == null ? Optional.empty() : Optional.of(new NumberLine(null, signer));
    }
    Optional<String> number = PageChrome.documentNumber(rest.replace(" ", "").replace("\u3000", ""));
    final String who = signer;
    return number.map(n -> new NumberLine(n, who));
  }

  private static boolean isName(String t, int from, int to) {
    if (to <= from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (!Chars.isCjk(c) && c != '（' && c != '）' && c != '(' && c != ')') {
        return false;
      }
    }
    return true;
  }

  private static String compact(CharSequence line) {
    StringBuilder sb = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != ' ' && c != '\u3000' && c != '\t') {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
