package org.civicplan.model.quantity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.civicplan.model.Period;
import org.civicplan.model.chinese.ChineseNumerals;

/**
 * The words that tell a quantity stated as a result (已完成, 预计, 累计, 1-4月完成, a past year, a
 * review section) from one stated as a target (目标, 力争, 确保, 计划, 将, this year): the cue that
 * stands last before the number, in its sentence or paragraph, decides. Words that go with both
 * (同比, 比上年, 实现, 达到) are no cue; a year or 上年 after 比/较/由/从 is a comparison, no cue
 * ({@code 较2023年增长5%} is a target, 2023 its baseline's year). The one list of these words: the
 * importer's target pass and the rules read them through {@link QuantityContext}.
 *
 * <pre>{@code
 * String s = "全年目标投资10亿元，1-4月完成投资3.5亿元";
 * TargetCues.before(s, s.indexOf("10"), 2024);    // TARGET (目标)
 * TargetCues.before(s, s.indexOf("3.5"), 2024);   // RESULT (1-4月)
 * TargetCues.before("2023年，地区生产总值增长5.8%", 16, 2024);  // RESULT (a year before the plan's)
 * TargetCues.period(s, s.indexOf("3.5"), 2024);   // Optional[2024-01-01 .. 2024-04-30]
 * TargetCues.isReviewHeading("一、2023年工作回顾");  // true
 * }</pre>
 *
 * <p>Stateless and thread-safe (a {@link Reader} is not); linear in the text before the number, and
 * a {@link Reader} reads a text once for all its quantities.
 */
public final class TargetCues {
  private TargetCues() {}

  /** What the last cue before a number says. */
  public enum Cue {
    /** A target: 目标, 力争, 确保, 计划, 将, 要, 今年, 全年, 年内, the plan's year or a later one. */
    TARGET,
    /** A result or an estimate: 已, 累计, 完成了, 预计, a month range such as 1-4月, a past year. */
    RESULT,
    /**
     * A part of the year (一季度, 上半年, 前三季度) not followed by 前/底/末: the period of a result in
     * a progress report, a schedule in a plan.
     */
    PERIOD,
    /** No cue. */
    NONE
  }

  /** Target cues. */
  public static final List<String> TARGET_WORDS = List.of(
      "预期目标", "主要目标", "目标", "力争", "确保", "计划", "将", "要", "今年", "全年", "年内", "预期", "争取", "拟", "努力");

  /** Result cues (besides 去年, 上年, a month range and a past year). */
  public static final List<String> RESULT_WORDS = List.of(
      "预计", "已经", "已", "累计", "完成了", "实现了", "达到了", "增长了", "共完成", "共计", "过去一年", "过去五年",
      "过去的一年", "一年来", "五年来", "截至", "截止", "回顾", "成绩", "同期", "年均增长");

  /** Parts of the year: results in a progress report, nothing elsewhere. */
  public static final List<String> PERIOD_WORDS =
      List.of("一季度", "二季度", "三季度", "四季度", "前三季度", "上半年", "一至", "前两个月");

  /**
   * Words in a heading that make its part a review of results rather than a plan of work: {@code
   * 2023年工作回顾}, {@code ■ 2024年成绩单}, {@code 一、上半年工作完成情况}.
   */
  public static final List<String> REVIEW_HEADING_WORDS = List.of(
      "回顾", "成绩单", "主要成绩", "工作总结", "取得的成绩", "取得成效", "工作成效", "过去一年", "过去五年", "过去的一年",
      "完成情况", "执行情况", "进展情况", "推进情况", "落实情况", "工作情况");

  /** Characters before 去年/上年/a year that make it a comparison (比上年, 较2023年, 由2023年的…). */
  private static final String COMPARED = "比较于在超由从";
  private static final String COMPARED_YEAR = "比较由从";

  /**
   * @param text a sentence or paragraph
   * @param at where the number's phrase starts
   * @param planYear the plan's year, if known; a year before it is a result cue, it or a later
   *     one a target cue
   * @return the cue that stands last in {@code text} before {@code at}
   */
  public static Cue before(CharSequence text, int at, Integer planYear) {
    return new Reader(text, planYear).before(at);
  }

  /**
   * The cues of one text read once, left to right, for the quantities of that text in text order:
   * {@code reader(s, 2024).before(a)} then {@code .before(b)} with {@code a <= b} reads each
   * character of {@code s} once, where {@link #before(CharSequence, int, Integer)} per quantity
   * would read the text from its start again for each of them.
   *
   * @param text a sentence or paragraph
   * @param planYear the plan's year, if known
   * @return a reader of its cues
   */
  public static Reader reader(CharSequence text, Integer planYear) {
    return new Reader(text, planYear);
  }

  /**
   * The cue before each position of one text, read left to right (see {@link #reader}). Asking
   * for a position before one already asked reads the text again from its start, so any order
   * gives the same cues; text order reads each character once. Not thread-safe.
   */
  public static final class Reader {
    private final CharSequence text;
    private final Integer planYear;
    private int i;
    private int bestAt = -1;
    private int resultEnd = -1;
    private Cue best = Cue.NONE;
    /**
     * Whether the sentence so far is about a year gone by (a past year, 去年, 上年 read last among
     * the years): then 全年 and 年内 are that year's, not the plan's.
     */
    private boolean pastYear;

    private Reader(CharSequence text, Integer planYear) {
      this.text = text;
      this.planYear = planYear;
    }

    /**
     * @param at where the number's phrase starts
     * @return the cue that stands last in the text before {@code at}
     */
    public Cue before(int at) {
      int end = Math.min(at, text.length());
      if (end < i) {
        i = 0;
        bestAt = -1;
        resultEnd = -1;
        best = Cue.NONE;
        pastYear = false;
      }
      for (; i < end; i++) {
        step(i);
      }
      return bestAt < 0 ? Cue.NONE : best;
    }

    /** Reads the cues that start at {@code i}: what stands at and after it, never what {@code at} bounds. */
    private void step(int i) {
      char c = text.charAt(i);
      if (c == '。' || c == '！' || c == '？'
          || c == '基' && QuantityLexicon.startsWith(text, i, "基础上")) {
        pastYear = false; // a new sentence, or 在2023年…的基础上: 全年 is the plan's again
      }
      if (!CUE_START[c]) {
        return; // nearly every character: one table lookup
      }
      int slot = SLOT[c];
      String[] words = TARGETS_AT[slot];
      for (int k = 0; k < words.length; k++) {
        // 预计全年, 已于今年: a target word right after a result word belongs to the result; 2024年，
        // 全年完成: the year's whole is the past year's
        String w = words[k];
        if (QuantityLexicon.startsWith(text, i, w) && i != resultEnd
            && !(pastYear && (w.equals("全年") || w.equals("年内")))) {
          bestAt = i;
          best = Cue.TARGET;
          if (w.equals("今年")) {
            pastYear = false;
          }
        }
      }
      words = RESULTS_AT[slot];
      for (int k = 0; k < words.length; k++) {
        String w = words[k];
        if (QuantityLexicon.startsWith(text, i, w)) {
          if (w.equals("已") && i + 1 < text.length() && "有经".indexOf(text.charAt(i + 1)) >= 0) {
            continue; // 已有: what exists; 已经 is its own word
          }
          bestAt = i;
          best = Cue.RESULT;
          resultEnd = i + w.length();
        }
      }
      words = PERIODS_AT[slot];
      for (int k = 0; k < words.length; k++) {
        String w = words[k];
        if (QuantityLexicon.startsWith(text, i, w)) {
          int e = i + w.length();
          if (e < text.length() && "前底末".indexOf(text.charAt(e)) >= 0) {
            continue; // a deadline: 上半年前, 三季度末
          }
          bestAt = i;
          best = Cue.PERIOD;
        }
      }
      if ((c == '去' || c == '上') && QuantityLexicon.startsWith(text, i + 1, "年")
          && !QuantityLexicon.startsWith(text, i + 2, "同期")
          && !(i > 0 && COMPARED.indexOf(text.charAt(i - 1)) >= 0)
          && !(c == '上' && i > 0 && QuantityScanner.isCjk(text.charAt(i - 1)) && text.charAt(i - 1) != '，')) {
        bestAt = i;
        best = Cue.RESULT; // 去年, 上年: last year's results, unless compared with (比去年增长)
        pastYear = true;
      }
      if (c == '1' && i + 2 < text.length() && "-—－至～~".indexOf(text.charAt(i + 1)) >= 0 && monthRange(text, i)
          && (i == 0 || !isAsciiDigit(text.charAt(i - 1)))) {
        bestAt = i;
        best = Cue.RESULT; // 1-4月: months gone by
      }
      if (c == '前' && monthsEnd(text, i + 1) > 0 && !(i > 0 && "底末日月".indexOf(text.charAt(i - 1)) >= 0)) {
        bestAt = i;
        best = Cue.RESULT; // 前5个月: months gone by, as 1-5月
      }
      if (planYear != null && isAsciiDigit(c) && i + 4 < text.length() && (i == 0 || !isAsciiDigit(text.charAt(i - 1)))
          && !(i > 0 && COMPARED_YEAR.indexOf(text.charAt(i - 1)) >= 0)) {
        int y = year(text, i);
        if (y > 0) {
          bestAt = i;
          best = y < planYear ? Cue.RESULT : Cue.TARGET;
          pastYear = y < planYear;
        }
      }
    }
  }

  /** The first characters of every cue: the scan tests the words only where one may start. */
  private static final boolean[] CUE_START = new boolean[Character.MAX_VALUE + 1];

  /**
   * The words of each list by their first character, in list order (the reader tries a list's
   * words in its order, so the last that matches decides, as if it tried them all): slot {@code
   * SLOT[c]} of each array holds the words starting with {@code c}; slot 0, every other character's, none.
   */
  private static final char[] SLOT = new char[Character.MAX_VALUE + 1];
  private static final String[][] TARGETS_AT;
  private static final String[][] RESULTS_AT;
  private static final String[][] PERIODS_AT;

  static {
    int slots = 1;
    for (List<String> words : List.of(TARGET_WORDS, RESULT_WORDS, PERIOD_WORDS)) {
      for (String w : words) {
        if (SLOT[w.charAt(0)] == 0) {
          SLOT[w.charAt(0)] = (char) slots++;
        }
      }
    }
    TARGETS_AT = byFirst(TARGET_WORDS, slots);
    RESULTS_AT = byFirst(RESULT_WORDS, slots);
    PERIODS_AT = byFirst(PERIOD_WORDS, slots);
  }

  private static String[][] byFirst(List<String> words, int slots) {
    String[][] at = new String[slots][];
    java.util.Arrays.fill(at, new String[0]);
    for (String w : words) {
      int k = SLOT[w.charAt(0)];
      String[] grown = java.util.Arrays.copyOf(at[k], at[k].length + 1);
      grown[at[k].length] = w;
      at[k] = grown;
    }
    return at;
  }

  static {
    for (List<String> words : List.of(TARGET_WORDS, RESULT_WORDS, PERIOD_WORDS)) {
      for (String w : words) {
        CUE_START[w.charAt(0)] = true;
      }
    }
    for (char d = '0'; d <= '9'; d++) {
      CUE_START[d] = true;
    }
    CUE_START['去'] = true;
    CUE_START['上'] = true;
  }

  /**
   * A heading of a part that reports results rather than plans work: {@code 2023年工作回顾},
   * {@code ■ 2024年成绩单}, {@code 一、上半年工作完成情况}.
   *
   * @param heading a section title, a goal's name or a short heading line
   * @return whether it heads a review: at most 40 characters with one of {@link #REVIEW_HEADING_WORDS}
   */
  public static boolean isReviewHeading(CharSequence heading) {
    String t = heading.toString();
    if (t.length() > 40) {
      return false;
    }
    for (String w : REVIEW_HEADING_WORDS) {
      if (t.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A document title that makes the whole document a review: {@code 2023年工作总结}, with 总结 and
   * none of 计划, 要点, 安排, 目标.
   *
   * @param title a plan's title
   * @return whether the document states results only
   */
  public static boolean isReviewTitle(CharSequence title) {
    String t = title.toString();
    return t.contains("总结") && !t.contains("计划") && !t.contains("要点") && !t.contains("安排") && !t.contains("目标");
  }

  /**
   * A result's name with what it says about time and completion left out: {@code 1-4月完成投资}
   * → {@code 投资}, {@code 截至4月底已开工} → {@code 开工}, {@code 1-4月新增城镇就业} → {@code
   * 新增城镇就业}: the part that names what the target names.
   *
   * @param name an indicator's name
   * @return the name after its last cue, period or completion verb
   */
  public static String withoutCues(String name) {
    int cut = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '月' || c == '底' || c == '已' || c == '计' || c == '累') {
        cut = i + 1;
      }
      for (String w : new String[] {"完成", "实现", "累计", "共计", "截至", "截止"}) {
        if (QuantityLexicon.startsWith(name, i, w)) {
          cut = Math.max(cut, i + w.length());
        }
      }
    }
    return name.substring(cut);
  }

  /** A four-digit year at i followed by 年, or -1. */
  private static int year(CharSequence t, int i) {
    for (int k = i; k < i + 4; k++) {
      if (!isAsciiDigit(t.charAt(k))) {
        return -1;
      }
    }
    if (i + 4 < t.length() && isAsciiDigit(t.charAt(i + 4))) {
      return -1;
    }
    int k = i + 4;
    while (k < t.length() && t.charAt(k) == ' ') {
      k++;
    }
    if (k >= t.length() || t.charAt(k) != '年') {
      return -1;
    }
    int y = Integer.parseInt(t.subSequence(i, i + 4).toString());
    return y >= 1949 && y <= 2200 ? y : -1;
  }

  /** 1-4月, 1—4月, 1至4月 at i. */
  private static boolean monthRange(CharSequence t, int i) {
    int k = i + 2;
    int d = k;
    while (d < t.length() && d - k < 2 && isAsciiDigit(t.charAt(d))) {
      d++;
    }
    return d > k && d < t.length() && t.charAt(d) == '月';
  }

  /**
   * The period a result before {@code at} is stated for: a month range ({@code 1-4月}), a quarter
   * ({@code 一季度}, {@code 前三季度}), a half year ({@code 上半年}), else the plan's year.
   *
   * @param text a sentence
   * @param at where the number's phrase starts
   * @param planYear the plan's year
   * @return the period, if the plan's year is known
   */
  public static Optional<Period> period(CharSequence text, int at, Integer planYear) {
    if (planYear == null) {
      return Optional.empty();
    }
    int end = Math.min(at, text.length());
    Period found = null;
    for (int i = 0; i < end; i++) {
      Period p = periodAt(text, i, end, planYear);
      if (p != null) {
        found = p;
      }
    }
    return Optional.of(found != null ? found : Period.calendarYear(planYear));
  }

  /**
   * The periods of one text read once, left to right, for the results of that text in text
   * order: {@code periods(s, 2024).before(a)} then {@code .before(b)} with {@code a <= b} reads
   * each character of {@code s} a bounded number of times, where {@link #period} per result would
   * read the text from its start again for each of them. Asking for a position before one already
   * asked reads the text again from its start, so any order gives what {@link #period} gives.
   *
   * @param text a sentence or paragraph
   * @param planYear the plan's year, if known
   * @return a reader of its periods; not thread-safe
   */
  public static Periods periods(CharSequence text, Integer planYear) {
    return new Periods(text, planYear);
  }

  /** The period before each position of one text, read left to right (see {@link #periods}). */
  public static final class Periods {
    /**
     * How far before the asked position a period cue depends on that position (the {@code i + 2 <
     * end}, {@code i + 3 < end} and digit bounds of {@link #periodAt}): cues that start earlier are
     * read once and kept, the few after them read again for each position.
     */
    private static final int REACH = 5;

    private final CharSequence text;
    private final Integer planYear;
    /** Cues starting before {@code done} are read (as for any position at or after done + REACH). */
    private int done;
    private Period kept;
    private int lastEnd;

    private Periods(CharSequence text, Integer planYear) {
      this.text = text;
      this.planYear = planYear;
    }

    /**
     * @param at where the number's phrase starts
     * @return what {@link TargetCues#period} says for it
     */
    public Optional<Period> before(int at) {
      if (planYear == null) {
        return Optional.empty();
      }
      int year = planYear;
      int end = Math.min(at, text.length());
      if (end < lastEnd) {
        done = 0;
        kept = null;
      }
      lastEnd = end;
      int settled = Math.max(0, end - REACH);
      for (; done < settled; done++) {
        Period p = periodAt(text, done, Integer.MAX_VALUE, year);
        if (p != null) {
          kept = p;
        }
      }
      Period found = kept;
      for (int i = done; i < end; i++) {
        Period p = periodAt(text, i, end, year);
        if (p != null) {
          found = p;
        }
      }
      return Optional.of(found != null ? found : Period.calendarYear(year));
    }
  }

  /** The period a cue starting at {@code i} names, read with the number at {@code end}; or null. */
  private static Period periodAt(CharSequence text, int i, int end, int year) {
    char c = text.charAt(i);
    if (c == '1' && i + 2 < end && "-—－至～~".indexOf(text.charAt(i + 1)) >= 0 && monthRange(text, i)
        && (i == 0 || !isAsciiDigit(text.charAt(i - 1)))) {
      int k = i + 2;
      int d = k;
      while (d < text.length() && isAsciiDigit(text.charAt(d))) {
        d++;
      }
      int m = Integer.parseInt(text.subSequence(k, d).toString());
      if (m >= 1 && m <= 12) {
        return Period.of(LocalDate.of(year, 1, 1), YearMonth.of(year, m).atEndOfMonth());
      }
    } else if ((QuantityLexicon.startsWith(text, i, "截至") || QuantityLexicon.startsWith(text, i, "截止")) && i + 2 < end) {
      int d = i + 2;
      int k = d;
      while (k < end && k - d < 2 && isAsciiDigit(text.charAt(k))) {
        k++;
      }
      if (k > d && k < text.length() && text.charAt(k) == '月') {
        int m = Integer.parseInt(text.subSequence(d, k).toString());
        if (m >= 1 && m <= 12) {
          return Period.of(LocalDate.of(year, 1, 1), YearMonth.of(year, m).atEndOfMonth());
        }
      }
    } else if (c == '前' && i + 3 < end && monthsEnd(text, i + 1) > 0) {
      int m = months(text, i + 1);
      if (m >= 1 && m <= 12) {
        return Period.of(LocalDate.of(year, 1, 1), YearMonth.of(year, m).atEndOfMonth()); // 前5个月
      }
    } else if (QuantityLexicon.startsWith(text, i, "前三季度")) {
      return Period.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 9, 30));
    } else if (QuantityLexicon.startsWith(text, i, "上半年")) {
      return Period.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30));
    } else if (QuantityLexicon.startsWith(text, i, "季度") && i > 0) {
      int q = "一二三四".indexOf(text.charAt(i - 1)) + 1;
      if (q > 0 && !(i > 1 && text.charAt(i - 2) == '前')) {
        return Period.of(YearMonth.of(year, q * 3 - 2).atDay(1), YearMonth.of(year, q * 3).atEndOfMonth());
      }
    }
    return null;
  }

  /** Where {@code N个月} at i ends (N one or two digits, or 两/二…十二), else -1. */
  private static int monthsEnd(CharSequence t, int i) {
    int k = i;
    while (k < t.length() && k - i < 2 && (isAsciiDigit(t.charAt(k)) || "一两二三四五六七八九十".indexOf(t.charAt(k)) >= 0)) {
      k++;
    }
    return k > i && QuantityLexicon.startsWith(t, k, "个月") ? k + 2 : -1;
  }

  /** The number of months of {@code N个月} at i (where {@link #monthsEnd} found it), else -1. */
  private static int months(CharSequence t, int i) {
    return ChineseNumerals.parse(t.subSequence(i, monthsEnd(t, i) - 2))
        .map(v -> v.intValue())
        .orElse(-1);
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
