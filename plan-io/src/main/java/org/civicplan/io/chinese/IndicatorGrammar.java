package org.civicplan.io.chinese;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.model.Comparator;
import org.civicplan.model.Direction;
import org.civicplan.model.Indicator;
import org.civicplan.model.MeasureKind;
import org.civicplan.model.MeasureUnit;
import org.civicplan.model.Target;
import org.civicplan.model.chinese.ChineseNumerals;

/**
 * Finds targets stated in prose (指标) and turns each into an {@link Indicator}: a number with a
 * measure word and its object ({@code 9处精品小区建设}), a percentage ({@code 增长6%左右}), money
 * ({@code 5亿元}), an area, a physical quantity.
 *
 * <p>What is accepted, what is rejected and why is listed in {@code docs/import-grammar.md}; in
 * short, a number becomes an indicator only when a known measure word follows it, and never
 * when it stands in quotes or brackets (“15分钟社区美好生活圈”, “三级三系”, “12345”, 《三年行动方案》),
 * after 第 (第六届), before 版/届/周年/年/月/日/号/弄/级 (2.0 版, 75 周年, 2024 年, 1088弄), next
 * to a Latin letter (5A级), or when it is the bare numeral 一 (一批, 一条街, 一体化).
 *
 * <pre>{@code
 * List<TextMatch<Indicator>> found = IndicatorGrammar.find("推进五环大楼、北汪小区等9处精品小区建设");
 * Indicator k = found.get(0).value();
 * k.name();                       // 精品小区建设
 * k.target().get().value();       // 9
 * k.unit().get().written();       // 处
 * }</pre>
 *
 * <p>Stateless and thread-safe; linear in the length of the text.
 */
public final class IndicatorGrammar {
  private IndicatorGrammar() {}

  private record Unit(String written, MeasureKind kind, String normalized) {}

  /** Measure words, longest first where one is a prefix of another. */
  private static final Unit[] UNITS = {
    new Unit("个百分点", MeasureKind.PERCENTAGE, "percentage-point"),
    new Unit("百分点", MeasureKind.PERCENTAGE, "percentage-point"),
    new Unit("个工作日", MeasureKind.DURATION, "working-day"),
    new Unit("工作日", MeasureKind.DURATION, "working-day"),
    new Unit("个月", MeasureKind.DURATION, "month"),
    new Unit("平方公里", MeasureKind.AREA, "km2"),
    new Unit("平方米", MeasureKind.AREA, "m2"),
    new Unit("平米", MeasureKind.AREA, "m2"),
    new Unit("公顷", MeasureKind.AREA, "ha"),
    new Unit("亩", MeasureKind.AREA, "mu"),
    new Unit("立方米", MeasureKind.QUANTITY, "m3"),
    new Unit("千瓦时", MeasureKind.QUANTITY, "kWh"),
    new Unit("千瓦", MeasureKind.QUANTITY, "kW"),
    new Unit("兆瓦", MeasureKind.QUANTITY, "MW"),
    new Unit("公里", MeasureKind.QUANTITY, "km"),
    new Unit("千米", MeasureKind.QUANTITY, "km"),
    new Unit("米", MeasureKind.QUANTITY, "m"),
    new Unit("吨", MeasureKind.QUANTITY, "t"),
    new Unit("元", MeasureKind.MONEY, "CNY"),
    new Unit("%", MeasureKind.PERCENTAGE, "%"),
    new Unit("％", MeasureKind.PERCENTAGE, "%"),
    new Unit("天", MeasureKind.DURATION, "day"),
    new Unit("人次", MeasureKind.COUNT, "人次"),
    new Unit("场次", MeasureKind.COUNT, "场次"),
    new Unit("个", MeasureKind.COUNT, "个"),
    new Unit("处", MeasureKind.COUNT, "处"),
    new Unit("户", MeasureKind.COUNT, "户"),
    new Unit("栋", MeasureKind.COUNT, "栋"),
    new Unit("幢", MeasureKind.COUNT, "幢"),
    new Unit("台", MeasureKind.COUNT, "台"),
    new Unit("家", MeasureKind.COUNT, "家"),
    new Unit("所", MeasureKind.COUNT, "所"),
    new Unit("座", MeasureKind.COUNT, "座"),
    new Unit("名", MeasureKind.COUNT, "名"),
    new Unit("人", MeasureKind.COUNT, "人"),
    new Unit("场", MeasureKind.COUNT, "场"),
    new Unit("项", MeasureKind.COUNT, "项"),
    new Unit("套", MeasureKind.COUNT, "套"),
    new Unit("间", MeasureKind.COUNT, "间"),
    new Unit("辆", MeasureKind.COUNT, "辆"),
    new Unit("件", MeasureKind.COUNT, "件"),
    new Unit("块", MeasureKind.COUNT, "块"),
    new Unit("支", MeasureKind.COUNT, "支"),
    new Unit("条", MeasureKind.COUNT, "条"),
    new Unit("张", MeasureKind.COUNT, "张"),
    new Unit("部", MeasureKind.COUNT, "部"),
    new Unit("棵", MeasureKind.COUNT, "棵"),
    new Unit("株", MeasureKind.COUNT, "株"),
    new Unit("位", MeasureKind.COUNT, "位"),
    new Unit("次", MeasureKind.COUNT, "次"),
    new Unit("宗", MeasureKind.COUNT, "宗"),
    new Unit("例", MeasureKind.COUNT, "例"),
    new Unit("篇", MeasureKind.COUNT, "篇"),
  };

  /** Characters a measure word can begin with. */
  private static final boolean[] UNIT_FIRST = new boolean[Character.MAX_VALUE + 1];

  /** Characters a number can begin with: ASCII digits, Chinese digits other than 零, and 十. */
  private static final boolean[] NUMBER_START = new boolean[Character.MAX_VALUE + 1];

  static {
    for (Unit u : UNITS) {
      UNIT_FIRST[u.written.charAt(0)] = true;
    }
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      NUMBER_START[c] = Chars.isAsciiDigit((char) c) || ChineseNumerals.digitValue((char) c) > 0 || c == '十';
    }
  }

  private static final String[] AT_LEAST_BEFORE = {"不少于", "不低于", "超过", "高于", "达到", "力争", "确保", "至少"};
  private static final String[] AT_MOST_BEFORE = {"控制在", "不超过", "低于", "不高于"};
  private static final String[] INCREASE = {"增长", "提高", "提升", "增加", "新增", "扩大"};
  private static final String[] DECREASE = {"下降", "降低", "减少", "压减", "缩减"};
  private static final String[] NAME_TRAILERS = {
    "分别", "增长", "提高到", "提高至", "提高", "提升至", "提升到", "提升", "达到", "达", "不少于", "不低于",
    "超过", "高于", "控制在", "不超过", "低于", "下降", "降低", "减少", "增加", "为", "至", "到", "约", "累计",
    "力争", "确保", "年均", "同比"
  };
  private static final String[] NAME_LEADERS = {"完成", "实现", "确保", "力争", "全年", "年内", "全力", "推动", "推进"};
  private static final String[] OBJECT_STOPS = {"以及", "及", "和", "与", "并", "等", "的", "以上", "以内", "左右", "以下"};

  /** A number token with its unit. */
  private static final class Quantity {
    int start;
    int numberEnd;
    int end; // after unit and any post comparator
    BigDecimal value;
    String multiplier = "";
    Unit unit;
    int unitEnd;
    Comparator post;
  }

  /**
   * Finds the indicators a text states, in text order.
   *
   * @param text a sentence or clause
   * @return the indicators with where each stands, possibly empty
   */
  public static List<TextMatch<Indicator>> find(CharSequence text) {
    int n = text.length();
    List<TextMatch<Indicator>> out = new ArrayList<>();
    if (n == 0) {
      return out;
    }
    QuoteMap quoted = new QuoteMap(text);
    List<Quantity> group = new ArrayList<>();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!NUMBER_START[c]) {
        i = c == '.' ? skipToken(text, i) : i + 1;
        continue;
      }
      Quantity q = quantityAt(text, i, quoted);
      if (q == null) {
        i = skipToken(text, i);
        continue;
      }
      group.add(q);
      // A list of quantities joined by 、 (分别增长6%、8%以上) or a range (6%-8%).
      int next = q.unitEnd;
      if (q.post == null && next + 1 < n && "、-—～~至".indexOf(text.charAt(next)) >= 0) {
        Quantity r = quantityAt(text, next + 1, quoted);
        if (r != null) {
          char sep = text.charAt(next);
          if (sep == '、') {
            i = next + 1;
            continue;
          }
          if (r.unit.written.equals(q.unit.written) && r.value.compareTo(q.value) >= 0) {
            out.add(build(text, q, r));
            group.clear();
            i = r.end;
            continue;
          }
        }
      }
      emit(text, group, out);
      group.clear();
      i = q.end;
    }
    emit(text, group, out);
    return out;
  }

  private static int skipToken(CharSequence text, int i) {
    int j = i + 1;
    char c = text.charAt(i);
    if (Chars.isAsciiDigit(c) || c == '.') {
      while (j < text.length() && (Chars.isAsciiDigit(text.charAt(j)) || text.charAt(j) == '.')) {
        j++;
      }
    }
    return j;
  }

  /**
   * Which characters of a text stand in quotes or brackets ({@link Chars#quoted}), worked out at
   * the first question: most texts have no quantity at all and never ask.
   */
  private static final class QuoteMap {
    private final CharSequence text;
    private boolean[] quoted;

    QuoteMap(CharSequence text) {
      this.text = text;
    }

    boolean at(int i) {
      if (quoted == null) {
        quoted = Chars.quoted(text);
      }
      return quoted[i];
    }
  }

  /**
   * The quantity (a number and a measure word) starting at {@code i}, or null. The cheap tests
   * come first (what stands around the number, whether a measure word follows); the number's value
   * is parsed, and the quote map consulted, only for a quantity that passed them.
   */
  private static Quantity quantityAt(CharSequence text, int i, QuoteMap quoted) {
    int n = text.length();
    char c = text.charAt(i);
    int j;
    int numberEnd;
    boolean arabic;
    String multiplier = "";
    if (Chars.isAsciiDigit(c)) {
      if (i > 0) {
        char p = text.charAt(i - 1);
        if (Chars.isAsciiDigit(p) || p == '.' || Chars.isAsciiLetter(p) || p == '第' || p == '+') {
          return null;
        }
      }
      j = i;
      boolean dot = false;
      while (j < n) {
        char d = text.charAt(j);
        if (Chars.isAsciiDigit(d)) {
          j++;
        } else if (d == '.' && !dot && j + 1 < n && Chars.isAsciiDigit(text.charAt(j + 1))) {
          dot = true; // one decimal point: 1.1.5 is not a number
          j++;
        } else if (d == ',' && !dot && j + 3 < n && Chars.isAsciiDigit(text.charAt(j + 1))
            && Chars.isAsciiDigit(text.charAt(j + 2)) && Chars.isAsciiDigit(text.charAt(j + 3))) {
          j++; // a thousands separator: 1,200
        } else {
          break;
        }
      }
      if (j < n && text.charAt(j) == '.' && j + 1 < n && Chars.isAsciiDigit(text.charAt(j + 1))) {
        return null; // 1.1.5: a version or a section number
      }
      if (j - i > 15) {
        return null;
      }
      arabic = true;
      numberEnd = j;
      if (j < n && (text.charAt(j) == '万' || text.charAt(j) == '亿')) {
        multiplier = String.valueOf(text.charAt(j));
        if (j + 1 < n && text.charAt(j) == '万' && text.charAt(j + 1) == '亿') {
          multiplier = "万亿";
        }
        j += multiplier.length();
      }
    } else if (NUMBER_START[c]) { // a Chinese numeral: the ASCII digits are taken above
      if (i > 0) {
        char p = text.charAt(i - 1);
        if (ChineseNumerals.isNumeralChar(p) || p == '第' || Chars.isAsciiDigit(p)) {
          return null;
        }
      }
      j = i;
      while (j < n && j - i < 12 && ChineseNumerals.isNumeralChar(text.charAt(j))) {
        j++;
      }
      numberEnd = j;
      char last = text.charAt(j - 1);
      if (j - i > 1 && (last == '万' || last == '亿')) {
        multiplier = String.valueOf(last);
        numberEnd = j - 1;
      }
      if (numberEnd - i == 1 && c == '一') {
        return null; // 一批, 一条街, 一体化: indefinite, not a count
      }
      arabic = false;
    } else {
      return null;
    }
    int u = j;
    if (u < n && text.charAt(u) == ' ') {
      u++;
    }
    Unit unit = unitAt(text, u);
    if (unit == null) {
      return null;
    }
    int unitEnd = u + unit.written.length();
    if (unitEnd < n && Chars.isAsciiLetter(text.charAt(unitEnd))) {
      return null;
    }
    if (unit.kind == MeasureKind.PERCENTAGE && !multiplier.isEmpty()) {
      return null;
    }
    if (quoted.at(i)) {
      return null;
    }
    Quantity q = new Quantity();
    q.start = i;
    q.numberEnd = numberEnd;
    String number = text.subSequence(i, numberEnd).toString();
    if (arabic) {
      q.value = new BigDecimal(number.replace(",", ""));
    } else {
      Optional<BigDecimal> v = ChineseNumerals.parse(number);
      if (v.isEmpty()) {
        return null;
      }
      q.value = v.get();
    }
    q.multiplier = multiplier;
    q.unit = unit;
    q.unitEnd = unitEnd;
    q.end = unitEnd;
    for (String[] post : new String[][] {{"以上", "AT_LEAST"}, {"以内", "AT_MOST"}, {"以下", "AT_MOST"}, {"左右", "ABOUT"}}) {
      if (Chars.startsWith(text, unitEnd, post[0])) {
        q.post = Comparator.valueOf(post[1]);
        q.end = unitEnd + post[0].length();
      }
    }
    return q;
  }

  private static Unit unitAt(CharSequence text, int at) {
    if (at >= text.length() || !UNIT_FIRST[text.charAt(at)]) {
      return null;
    }
    Unit best = null;
    for (Unit u : UNITS) {
      if (Chars.startsWith(text, at, u.written)
          && (best == null || u.written.length() > best.written.length())) {
        best = u;
      }
    }
    return best;
  }

  private static void emit(CharSequence text, List<Quantity> group, List<TextMatch<Indicator>> out) {
    if (group.isEmpty()) {
      return;
    }
    Quantity first = group.get(0);
    Quantity last = group.get(group.size() - 1);
    Comparator shared = last.post;
    int clauseStart = clauseStart(text, first.start);
    String before = text.subSequence(clauseStart, first.start).toString();
    Comparator pre = comparatorBefore(before);
    Direction direction = directionOf(before);
    List<String> names = new ArrayList<>();
    if (group.size() > 1) {
      String subject = strip(before);
      for (String part : subject.split("、", -1)) {
        names.add(part);
      }
    }
    for (int k = 0; k < group.size(); k++) {
      Quantity q = group.get(k);
      Comparator comparator = q.post != null ? q.post : shared != null ? shared : pre != null ? pre : Comparator.EXACTLY;
      int objectEnd = objectEnd(text, q.end);
      String object = text.subSequence(q.end, objectEnd).toString().strip();
      String name;
      int spanStart = q.start;
      int spanEnd = q.end;
      if (group.size() == 1 && object.codePointCount(0, object.length()) >= 2) {
        name = object;
        spanEnd = objectEnd;
      } else if (names.size() == group.size() && !names.get(k).isEmpty()) {
        name = names.get(k);
        spanStart = Math.min(spanStart, clauseStart);
      } else {
        name = strip(before);
        if (!name.isEmpty()) {
          spanStart = clauseStart + leadingSpace(before);
        }
      }
      if (name.isEmpty()) {
        name = text.subSequence(q.start, q.end).toString();
      }
      out.add(new TextMatch<>(indicator(name, q, comparator, direction, null), spanStart, Math.max(spanEnd, spanStart + 1)));
    }
  }

  private static int leadingSpace(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static TextMatch<Indicator> build(CharSequence text, Quantity low, Quantity high) {
    int clauseStart = clauseStart(text, low.start);
    String before = text.subSequence(clauseStart, low.start).toString();
    String name = strip(before);
    if (name.isEmpty()) {
      name = text.subSequence(low.start, high.end).toString();
    }
    Indicator k = indicator(name, low, Comparator.BETWEEN, directionOf(before), high.value);
    return new TextMatch<>(k, name.isEmpty() ? low.start : clauseStart + leadingSpace(before), high.end);
  }

  private static Indicator indicator(String name, Quantity q, Comparator comparator, Direction direction, BigDecimal upper) {
    String written = q.multiplier + q.unit.written;
    String normalized = q.unit.normalized;
    switch (q.multiplier) {
      case "万":
        normalized += "*10^4";
        break;
      case "亿":
        normalized += "*10^8";
        break;
      case "万亿":
        normalized += "*10^12";
        break;
      default:
        break;
    }
    Target.Builder t = Target.builder().comparator(comparator).value(q.value).unit(MeasureUnit.of(written, normalized));
    if (upper != null) {
      t.upperValue(upper);
    }
    Indicator.Builder b = Indicator.builder().name(name).measureKind(q.unit.kind).target(t.build());
    if (direction != null) {
      b.direction(direction);
    }
    return b.build();
  }

  /** Where the clause holding {@code at} starts: after the previous ，。；： or at 0. */
  private static int clauseStart(CharSequence text, int at) {
    int i = at;
    while (i > 0 && at - i < 40 && !Chars.isClauseDelimiter(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int objectEnd(CharSequence text, int from) {
    int i = from;
    while (i < text.length() && i - from < 16) {
      char c = text.charAt(i);
      if (Chars.isClauseDelimiter(c) || "、（(“”《》）)".indexOf(c) >= 0 || Chars.isAsciiDigit(c)) {
        break;
      }
      boolean stop = false;
      for (String w : OBJECT_STOPS) {
        if (Chars.startsWith(text, i, w)) {
          stop = true;
          break;
        }
      }
      if (stop) {
        break;
      }
      i++;
    }
    return i;
  }

  private static Comparator comparatorBefore(String before) {
    int best = -1;
    Comparator found = null;
    for (String w : AT_LEAST_BEFORE) {
      int at = before.lastIndexOf(w);
      if (at > best) {
        best = at;
        found = Comparator.AT_LEAST;
      }
    }
    for (String w : AT_MOST_BEFORE) {
      int at = before.lastIndexOf(w);
      if (at > best) {
        best = at;
        found = Comparator.AT_MOST;
      }
    }
    return found;
  }

  private static Direction directionOf(String before) {
    for (String w : DECREASE) {
      if (before.contains(w)) {
        return Direction.DECREASE;
      }
    }
    for (String w : INCREASE) {
      if (before.contains(w)) {
        return Direction.INCREASE;
      }
    }
    return null;
  }

  /** The name in the words before a number: without comparators, growth verbs and lead verbs. */
  private static String strip(String before) {
    String s = before.strip();
    Optional<NumberingMark> marker = Numberings.parse(s, 0);
    if (marker.isPresent()) {
      s = s.substring(marker.get().end()).strip();
    }
    boolean changed = true;
    while (changed && !s.isEmpty()) {
      changed = false;
      for (String w : NAME_TRAILERS) {
        if (s.endsWith(w) && s.length() > w.length()) {
          s = s.substring(0, s.length() - w.length()).strip();
          changed = true;
        }
      }
      for (String w : NAME_LEADERS) {
        if (s.startsWith(w) && s.length() > w.length()) {
          s = s.substring(w.length()).strip();
          changed = true;
        }
      }
    }
    return s;
  }
}
