package org.civicplan.docx;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.civicplan.model.chinese.ChineseNumerals;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Word's automatic numbering (自动编号), computed as Word shows it from numbering.xml: the label
 * of a numbered paragraph ({@code 一、}, {@code （一）}, {@code 1.}, {@code ①}) is not in the
 * document's text, so it is made here and put before the paragraph's text, where the numbering
 * grammar then reads it like a typed label.
 *
 * <p>What Word does and this follows: a paragraph's list is its {@code w:numPr} (or its style's,
 * for style-linked numbering such as a multilevel list attached to 标题 1/2/3); {@code w:num}
 * instances that share an {@code w:abstractNum} share its counters (so a list continues across
 * them), except that a {@code w:lvlOverride/w:startOverride} restarts that level the first time
 * its instance is used, and a {@code w:lvlOverride/w:lvl} replaces the level's definition for that
 * instance; a level starts at {@code w:start} (default 1) and restarts whenever a shallower level
 * of the list is numbered, unless {@code w:lvlRestart} says otherwise ({@code 0}: never; {@code
 * n}: after level n); {@code w:lvlText} puts level k's count where {@code %k} stands, in level k's
 * {@code w:numFmt} (or decimal under {@code w:isLgl}); {@code w:suff} is a tab (the default) or a
 * space, both written as one space after the label (the gap a reader sees, as in {@code 1. 引进}),
 * or nothing.
 *
 * <p>Number formats: {@code decimal}, {@code decimalZero}, {@code decimalFullWidth}, {@code
 * decimalHalfWidth}, {@code chineseCounting} (一 … 十 … 九十九; from 100 digit by digit, 一〇〇, as
 * Word writes it), {@code chineseCountingThousand} (一百零一, 一千零一), {@code
 * chineseLegalSimplified} (壹贰叁), {@code ideographTraditional} (甲乙丙…癸, then decimal), {@code
 * ideographZodiac} (子丑寅…亥, then decimal), {@code ideographDigital} (〇一二), {@code
 * decimalEnclosedCircle} and {@code decimalEnclosedCircleChinese} (① … ⑳, then decimal), {@code
 * decimalEnclosedParen} (⑴ … ⒇), {@code decimalEnclosedFullstop} (⒈ … ⒛), {@code lowerLetter},
 * {@code upperLetter}, {@code lowerRoman}, {@code upperRoman}, {@code bullet} (the lvlText as
 * written) and {@code none}. An unknown format is written in decimal.
 *
 * <p>The same counting serves Word 97–2003 documents: {@link DocLists} declares their lists
 * ({@link #define}) from HWPF's list tables, in these terms.
 *
 * <p>One instance per document read; not thread-safe.
 */
final class WordNumbering {
  /**
   * One level of a list, as numbering.xml's {@code w:lvl} (or a .doc's LVL) defines it.
   *
   * @param format the {@code w:numFmt} name, such as {@code chineseCounting}
   * @param text the {@code w:lvlText}, {@code %1}…{@code %9} standing for the levels' counts
   * @param start the first count
   * @param restart {@code w:lvlRestart}: -1 after any shallower level (the default), 0 never,
   *     n after levels 1…n (1-based)
   * @param legal {@code w:isLgl}: every count in the text in decimal
   * @param suffix {@code tab}, {@code space} or {@code nothing}
   * @param style the paragraph style linked to the level, or null
   */
  record Level(String format, String text, int start, int restart, boolean legal, String suffix, String style) {}

  private final Map<String, String> abstractOf = new HashMap<>();
  private final Map<String, Map<Integer, Level>> abstractLevels = new HashMap<>();
  private final Map<String, Map<Integer, Level>> overrideLevels = new HashMap<>();
  private final Map<String, Map<Integer, Integer>> startOverrides = new HashMap<>();
  private final Set<String> numsSeen = new HashSet<>();
  /** Counters per abstract list: index = level 0–8; 0 = not yet numbered. */
  private final Map<String, int[]> counters = new HashMap<>();
  /** A start a {@code w:startOverride} set for a level's next count, per abstract list; -1 none. */
  private final Map<String, int[]> pendingStarts = new HashMap<>();

  /** No lists yet: {@link #define} declares them. */
  WordNumbering() {}

  WordNumbering(Document numberingXml) {
    if (numberingXml == null) {
      return;
    }
    Element root = numberingXml.getDocumentElement();
    for (Element a : Ooxml.children(root, "abstractNum")) {
      String id = Ooxml.attr(a, "abstractNumId");
      Map<Integer, Level> levels = new HashMap<>();
      for (Element l : Ooxml.children(a, "lvl")) {
        levels.put(ilvl(l), level(l));
      }
      abstractLevels.put(id, levels);
    }
    for (Element n : Ooxml.children(root, "num")) {
      String id = Ooxml.attr(n, "numId");
      abstractOf.put(id, Ooxml.val(Ooxml.child(n, "abstractNumId")));
      for (Element o : Ooxml.children(n, "lvlOverride")) {
        int lvl = ilvl(o);
        Element start = Ooxml.child(o, "startOverride");
        if (start != null) {
          startOverrides.computeIfAbsent(id, k -> new HashMap<>()).put(lvl, Ooxml.intVal(start, 1));
        }
        Element def = Ooxml.child(o, "lvl");
        if (def != null) {
          overrideLevels.computeIfAbsent(id, k -> new HashMap<>()).put(lvl, level(def));
        }
      }
    }
  }

  /**
   * Declares a list instance, for formats whose lists are not in numbering.xml.
   *
   * @param numId the instance
   * @param abstractId the list definition it uses; instances of one definition share its counters
   * @param levels the definition's levels, by 0-based level (kept from the first declaration of
   *     the definition)
   * @param starts the instance's start overrides, by level
   * @param overrides the instance's own level definitions, by level
   */
  void define(String numId, String abstractId, Map<Integer, Level> levels, Map<Integer, Integer> starts,
      Map<Integer, Level> overrides) {
    abstractOf.put(numId, abstractId);
    abstractLevels.putIfAbsent(abstractId, Map.copyOf(levels));
    if (!starts.isEmpty()) {
      startOverrides.put(numId, Map.copyOf(starts));
    }
    if (!overrides.isEmpty()) {
      overrideLevels.put(numId, Map.copyOf(overrides));
    }
  }

  /** @return whether the list instance is known */
  boolean defines(String numId) {
    return abstractOf.containsKey(numId);
  }

  private static int ilvl(Element e) {
    String v = Ooxml.attr(e, "ilvl");
    try {
      return v == null ? 0 : Math.max(0, Math.min(8, Integer.parseInt(v.strip())));
    } catch (NumberFormatException ex) {
      return 0;
    }
  }

  private static Level level(Element l) {
    Element restart = Ooxml.child(l, "lvlRestart");
    String suff = Ooxml.val(Ooxml.child(l, "suff"));
    return new Level(
        orElse(Ooxml.val(Ooxml.child(l, "numFmt")), "decimal"),
        orElse(Ooxml.val(Ooxml.child(l, "lvlText")), ""),
        Ooxml.intVal(Ooxml.child(l, "start"), 1),
        restart == null ? -1 : Ooxml.intVal(restart, -1),
        Boolean.TRUE.equals(Ooxml.onOff(Ooxml.child(l, "isLgl"))),
        orElse(suff, "tab"),
        Ooxml.val(Ooxml.child(l, "pStyle")));
  }

  private static String orElse(String v, String otherwise) {
    return v == null ? otherwise : v;
  }

  private Level levelOf(String numId, String abstractId, int lvl) {
    Map<Integer, Level> o = overrideLevels.get(numId);
    if (o != null && o.containsKey(lvl)) {
      return o.get(lvl);
    }
    Map<Integer, Level> a = abstractLevels.get(abstractId);
    return a == null ? null : a.get(lvl);
  }

  /**
   * @param numId a list instance
   * @param styleId a paragraph style linked to one of its levels ({@code w:lvl/w:pStyle})
   * @return that level, or 0 if no level names the style
   */
  int levelOfStyle(String numId, String styleId) {
    String abstractId = abstractOf.get(numId);
    for (int lvl = 0; lvl < 9 && abstractId != null; lvl++) {
      Level l = levelOf(numId, abstractId, lvl);
      if (l != null && styleId != null && styleId.equals(l.style)) {
        return lvl;
      }
    }
    return 0;
  }

  /**
   * Counts one numbered paragraph and returns its label.
   *
   * @param numId the paragraph's {@code w:numId} ({@code 0} or unknown: not numbered)
   * @param lvl its level 0–8
   * @return the label as Word shows it, such as {@code 三、}, or null if not numbered
   */
  String next(String numId, int lvl) {
    if (numId == null || numId.equals("0")) {
      return null;
    }
    String abstractId = abstractOf.get(numId);
    if (abstractId == null) {
      return null;
    }
    lvl = Math.max(0, Math.min(8, lvl));
    Level level = levelOf(numId, abstractId, lvl);
    if (level == null) {
      return null;
    }
    int[] count = counters.computeIfAbsent(abstractId, k -> new int[9]);
    int[] pending = pendingStarts.computeIfAbsent(abstractId, k -> filled(-1));
    if (numsSeen.add(numId)) {
      Map<Integer, Integer> starts = startOverrides.get(numId);
      if (starts != null) {
        for (Map.Entry<Integer, Integer> s : starts.entrySet()) {
          count[s.getKey()] = 0;
          pending[s.getKey()] = s.getValue();
        }
      }
    }
    // a shallower level not yet numbered counts as started (Word shows 1.1 for a first item at
    // level 2, and 2. for the level-1 item after it)
    for (int k = 0; k < lvl; k++) {
      if (count[k] == 0) {
        Level lk = levelOf(numId, abstractId, k);
        count[k] = pending[k] >= 0 ? pending[k] : lk == null ? 1 : lk.start;
        pending[k] = -1;
      }
    }
    if (count[lvl] == 0) {
      count[lvl] = pending[lvl] >= 0 ? pending[lvl] : level.start;
      pending[lvl] = -1;
    } else {
      count[lvl]++;
    }
    // deeper levels restart: by default after any shallower level; w:lvlRestart n: after level n
    for (int deeper = lvl + 1; deeper < 9; deeper++) {
      Level d = levelOf(numId, abstractId, deeper);
      int restart = d == null ? -1 : d.restart;
      if (restart == 0) {
        continue; // never restarts
      }
      if (restart < 0 || lvl < restart) {
        count[deeper] = 0;
      }
    }
    StringBuilder label = new StringBuilder();
    String text = level.text;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
        int k = text.charAt(i + 1) - '1';
        Level lk = levelOf(numId, abstractId, k);
        int value = count[k] != 0 ? count[k] : pending[k] >= 0 ? pending[k] : lk == null ? 1 : lk.start;
        label.append(format(value, lk == null || level.legal ? "decimal" : lk.format));
        i++;
      } else {
        label.append(c);
      }
    }
    if (level.format.equals("none")) {
      label.setLength(0);
      label.append(text.replaceAll("%[1-9]", ""));
    }
    if (!level.suffix.equals("nothing") && label.length() > 0) {
      label.append(' ');
    }
    return label.toString();
  }

  private static int[] filled(int v) {
    int[] a = new int[9];
    java.util.Arrays.fill(a, v);
    return a;
  }

  private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
  private static final String PAREN = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇";
  private static final String FULLSTOP = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛";
  private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
  private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
  private static final String DIGITS = "〇一二三四五六七八九";
  private static final String LEGAL = "零壹贰叁肆伍陆柒捌玖";

  /** @return {@code value} written in a Word number format */
  static String format(int value, String numFmt) {
    switch (numFmt) {
      case "chineseCounting":
        if (value > 0 && value < 100) {
          return ChineseNumerals.toChinese(value);
        }
        return digits(value, DIGITS);
      case "chineseCountingThousand":
      case "taiwaneseCountingThousand":
        return value > 0 ? ChineseNumerals.toChinese(value) : "〇";
      case "chineseLegalSimplified":
        return legal(value);
      case "ideographDigital":
      case "taiwaneseDigital":
        return digits(value, DIGITS);
      case "ideographTraditional":
        return value >= 1 && value <= 10 ? String.valueOf(STEMS.charAt(value - 1)) : Integer.toString(value);
      case "ideographZodiac":
        return value >= 1 && value <= 12 ? String.valueOf(BRANCHES.charAt(value - 1)) : Integer.toString(value);
      case "decimalEnclosedCircle":
      case "decimalEnclosedCircleChinese":
        return value >= 1 && value <= 20 ? String.valueOf(CIRCLED.charAt(value - 1)) : Integer.toString(value);
      case "decimalEnclosedParen":
        return value >= 1 && value <= 20 ? String.valueOf(PAREN.charAt(value - 1)) : "(" + value + ")";
      case "decimalEnclosedFullstop":
        return value >= 1 && value <= 20 ? String.valueOf(FULLSTOP.charAt(value - 1)) : value + ".";
      case "decimalZero":
        return value < 10 ? "0" + value : Integer.toString(value);
      case "decimalFullWidth":
      case "decimalFullWidth2": {
        String d = Integer.toString(value);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
          sb.append((char) ('０' + (d.charAt(i) - '0')));
        }
        return sb.toString();
      }
      case "lowerLetter":
        return letters(value, 'a');
      case "upperLetter":
        return letters(value, 'A');
      case "lowerRoman":
        return roman(value).toLowerCase(java.util.Locale.ROOT);
      case "upperRoman":
        return roman(value);
      case "bullet":
      case "none":
        return "";
      default:
        return Integer.toString(value);
    }
  }

  private static String digits(int value, String digits) {
    String d = Integer.toString(value);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < d.length(); i++) {
      sb.append(digits.charAt(d.charAt(i) - '0'));
    }
    return sb.toString();
  }

  private static String legal(int value) {
    String c = ChineseNumerals.toChinese(Math.max(0, value));
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      int d = DIGITS.indexOf(ch);
      if (ch == '零') {
        sb.append('零');
      } else if (d > 0) {
        sb.append(LEGAL.charAt(d));
      } else {
        sb.append(switch (ch) {
          case '十' -> '拾';
          case '百' -> '佰';
          case '千' -> '仟';
          default -> ch;
        });
      }
    }
    // Word writes 10 as 壹拾 in the legal style
    return sb.length() > 0 && sb.charAt(0) == '拾' ? "壹" + sb : sb.toString();
  }

  private static String letters(int value, char a) {
    if (value < 1) {
      return Integer.toString(value);
    }
    // Word repeats the letter: a … z, aa … zz, aaa …
    int times = (value - 1) / 26 + 1;
    return String.valueOf((char) (a + (value - 1) % 26)).repeat(times);
  }

  private static String roman(int value) {
    if (value < 1 || value > 3999) {
      return Integer.toString(value);
    }
    int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < v.length; i++) {
      while (value >= v[i]) {
        sb.append(s[i]);
        value -= v[i];
      }
    }
    return sb.toString();
  }
}
