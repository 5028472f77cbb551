package org.civicplan.io.chinese;

import java.util.ArrayList;
import java.util.List;

/**
 * Responsibility statements outside tables: a bracket at the end of an item ({@code （牵头单位：区发改委；
 * 责任单位：各街道）}) or a line of its own ({@code 责任单位：区经信局、区统计局}), read into fields by role.
 *
 * <pre>{@code
 * List<Responsibilities.Field> f = Responsibilities.fields("牵头单位：区发改委；责任单位：各街道", 0, 17);
 * f.get(0).role();   // LEAD
 * f.get(0).value();  // 区发改委
 * f.get(1).role();   // RESPONSIBLE
 * Responsibilities.trailingBracket("完成改造。（牵头单位：区住建局）");  // 5, where （ stands
 * }</pre>
 *
 * <p>Stateless and thread-safe; linear in the text.
 */
public final class Responsibilities {
  private Responsibilities() {}

  /** What a field names. */
  public enum Role {
    /** 牵头单位, 牵头部门, 主责单位: the lead unit. */
    LEAD,
    /** 责任单位, 责任部门, 责任科室: the lead unit when no 牵头 field is given, else supporting. */
    RESPONSIBLE,
    /** 配合单位, 协办单位, 参与单位: supporting units. */
    SUPPORT,
    /** 责任领导, 分管领导, 责任人: the person in charge. */
    LEADER,
    /** 完成时限, 完成时间, 时间节点: the deadline. */
    DUE
  }

  /** One field: its role, and its value at [start, end) of the text. */
  public record Field(Role role, String key, String value, int start, int end) {}

  private static final String[][] KEYS = {
    {"牵头单位", "LEAD"}, {"牵头部门", "LEAD"}, {"主责单位", "LEAD"}, {"牵头科室", "LEAD"}, {"主办单位", "LEAD"},
    {"责任单位", "RESPONSIBLE"}, {"责任部门", "RESPONSIBLE"}, {"责任科室", "RESPONSIBLE"}, {"承办单位", "RESPONSIBLE"},
    {"配合单位", "SUPPORT"}, {"协办单位", "SUPPORT"}, {"参与单位", "SUPPORT"}, {"协同单位", "SUPPORT"}, {"配合部门", "SUPPORT"},
    {"责任领导", "LEADER"}, {"分管领导", "LEADER"}, {"牵头领导", "LEADER"}, {"责任人", "LEADER"}, {"联系领导", "LEADER"},
    {"完成时限", "DUE"}, {"完成时间", "DUE"}, {"时间节点", "DUE"}, {"完成期限", "DUE"}, {"时限", "DUE"}
  };

  /**
   * @param label a text
   * @return whether it is one of the field keys (牵头单位, 责任单位, 完成时限, …)
   */
  public static boolean isKey(String label) {
    for (String[] k : KEYS) {
      if (k[0].equals(label)) {
        return true;
      }
    }
    return false;
  }

  /** The first characters of the keys: most texts are ruled out by one table lookup. */
  private static final boolean[] KEY_START = new boolean[Character.MAX_VALUE + 1];

  static {
    for (String[] k : KEYS) {
      KEY_START[k[0].charAt(0)] = true;
    }
  }

  /** The key at {@code at}, followed by a colon, or null. */
  private static String[] keyAt(CharSequence text, int at) {
    if (at >= text.length() || !KEY_START[text.charAt(at)]) {
      return null;
    }
    for (String[] k : KEYS) {
      int e = at + k[0].length();
      if (Chars.startsWith(text, at, k[0]) && e < text.length() && PageChrome.isColon(text.charAt(e))) {
        return k;
      }
    }
    return null;
  }

  /**
   * @param text a paragraph or sentence
   * @return whether it consists of responsibility fields, optionally in brackets ({@code
   *     责任单位：区经信局、区统计局}, {@code （牵头单位：…）})
   */
  public static boolean isResponsibilityLine(CharSequence text) {
    int s = 0;
    int e = text.length();
    while (s < e && isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && (isSpace(text.charAt(e - 1)) || text.charAt(e - 1) == '。' || text.charAt(e - 1) == '；')) {
      e--;
    }
    if (s < e && (text.charAt(s) == '（' || text.charAt(s) == '(') && (text.charAt(e - 1) == '）' || text.charAt(e - 1) == ')')) {
      s++;
      e--;
    }
    return s < e && keyAt(text, s) != null;
  }

  /**
   * @param text a sentence or item
   * @return the index of a closing bracket of responsibility fields at the end of the text ({@code
   *     …。（牵头单位：…）}, {@code …（责任单位：…）。}), or -1
   */
  public static int trailingBracket(CharSequence text) {
    int e = text.length();
    while (e > 0 && (isSpace(text.charAt(e - 1)) || text.charAt(e - 1) == '。' || text.charAt(e - 1) == '；')) {
      e--;
    }
    if (e == 0 || (text.charAt(e - 1) != '）' && text.charAt(e - 1) != ')')) {
      return -1;
    }
    int depth = 0;
    for (int i = e - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '）' || c == ')') {
        depth++;
      } else if (c == '（' || c == '(') {
        depth--;
        if (depth == 0) {
          return keyAt(text, i + 1) != null ? i : -1;
        }
      }
    }
    return -1;
  }

  /**
   * The fields in [from, to): each key and its value up to the next key, {@code ；;} or bracket.
   *
   * @param text a text
   * @param from where the fields start
   * @param to where they end
   * @return the fields in text order
   */
  public static List<Field> fields(CharSequence text, int from, int to) {
    List<Field> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      String[] k = keyAt(text, i);
      if (k == null) {
        i++;
        continue;
      }
      int vs = i + k[0].length() + 1;
      int ve = vs;
      while (ve < to) {
        char c = text.charAt(ve);
        if (c == '；' || c == ';' || c == '）' || c == ')' || c == '。' || c == '\n') {
          break;
        }
        if ((isSpace(c) || c == '，' || c == ',') && ve + 1 < to && keyAt(text, skipSpace(text, ve + 1, to)) != null) {
          break;
        }
        ve++;
      }
      String value = text.subSequence(vs, ve).toString().strip();
      if (!value.isEmpty()) {
        out.add(new Field(Role.valueOf(k[1]), k[0], value, vs, ve));
      }
      i = Math.max(ve, i + 1);
    }
    return out;
  }

  /**
   * Splits a value naming units ({@code 区发改委、区统计局，各街道}) into names: at {@code 、，,；;/} and
   * spaces.
   *
   * @param value a field value
   * @return [start, end) of each name in the value
   */
  public static List<int[]> unitNames(CharSequence value) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= value.length(); i++) {
      if (i == value.length() || "、，,；;/ \u3000".indexOf(value.charAt(i)) >= 0) {
        int s = start;
        int e = i;
        while (s < e && isSpace(value.charAt(s))) {
          s++;
        }
        while (e > s && isSpace(value.charAt(e - 1))) {
          e--;
        }
        if (e > s) {
          out.add(new int[] {s, e});
        }
        start = i + 1;
      }
    }
    return out;
  }

  private static int skipSpace(CharSequence t, int i, int to) {
    while (i < to && isSpace(t.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u3000' || c == '\t' || c == '\u00A0';
  }
}
