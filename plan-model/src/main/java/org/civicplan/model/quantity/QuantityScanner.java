package org.civicplan.model.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.model.Comparator;
import org.civicplan.model.chinese.ChineseNumerals;

/**
 * Finds the quantities a Chinese text states, {@code 数字+量词}: {@code 9处}, {@code 1.5万户},
 * {@code 三亿五千万元}, {@code 2亿5000万元}, {@code 三点五亿元}, {@code 82，225.00元}, {@code 百分之五},
 * {@code 6-8%}, {@code 七千至九千亿元}, {@code 3万余人}, {@code 50万元（含）以上}. The one scanner the
 * importer and the rules share; its words are those of {@link QuantityLexicon}.
 *
 * <p>Conservative: text in quotes and title marks (“…” ‘…’ 「…」 《…》 〔…〕 […] "…", a quote left
 * open closing at the end of its sentence), ordinals (第六届), numbers glued to letters
 * (GB2312, 5A级), the bare numeral 一 (一批, 一条街) and numbers followed by no measure word (2024年,
 * 15分钟) are not quantities. A quantity that cannot be read exactly (数十亿元, 几十家, 三五个, 3万5元)
 * is returned with its {@link Quantity#problem()}, never with a guessed value. Counts of the plan's
 * own parts, size classes, names and meeting counts are returned with their {@link
 * Quantity#role()}, so that callers can tell them from targets.
 *
 * <pre>{@code
 * for (Quantity q : QuantityScanner.scan("安装200盏路灯，完成3期工程")) {
 *   q.written();   // 200盏, then 3期
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe. One pass over the text, in time linear in its length: every
 * character is read once by the number it belongs to, plus a bounded look around it; no regular
 * expressions.
 */
public final class QuantityScanner {
  private QuantityScanner() {}

  /** Characters a number can start with: digits, Chinese digits but 零, 十, and 百千数几 (百万, 数十). */
  private static final boolean[] START = new boolean[Character.MAX_VALUE + 1];
  /** Characters a numeral run can hold after its start. */
  private static final boolean[] RUN = new boolean[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      boolean digit = isDigit(ch);
      boolean chinese = ChineseNumerals.isNumeralChar(ch);
      START[c] = digit || ChineseNumerals.digitValue(ch) > 0 || ch == '十' || ch == '百' || ch == '千'
          || ch == '数' || ch == '几';
      RUN[c] = digit || chinese || ch == '几';
    }
  }

  /**
   * @param c a character
   * @return whether a quantity can start with it; every other character is passed by one lookup
   */
  public static boolean mayStart(char c) {
    return START[c];
  }

  /**
   * Finds the quantities of a text, in text order.
   *
   * @param text a sentence or a paragraph
   * @return what was found, possibly empty
   */
  public static List<Quantity> scan(CharSequence text) {
    List<Quantity> out = new ArrayList<>(0);
    int n = text.length();
    Quotes quotes = null;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!START[c]) {
        i++;
        continue;
      }
      int e = runEnd(text, i);
      if (!worthReading(text, i, e)) {
        i = Math.max(e, i + 1); // most numerals (一体化, 三级三系, 2024年) end here, with nothing built
        continue;
      }
      Raw a = read(text, i, false);
      boolean bare = a.rangeable(text); // 3-5个, 七千至九千亿元
      boolean withUnit = a.measure != null && a.after == null && a.problem == null
          && a.unitEnd < n - 1 && isRangeMark(text.charAt(a.unitEnd)); // 6%-8%
      if (a.measure == null && !bare) {
        i = a.tokenEnd;
        continue;
      }
      if (quotes == null) {
        quotes = new Quotes(text);
      }
      if (bare || withUnit) {
        int sep = bare ? a.numberEnd : a.unitEnd;
        Raw b = START[text.charAt(sep + 1)] ? read(text, sep + 1, true) : null;
        if (b != null && b.measure != null && (bare || a.measure.equals(b.measure))) {
          if (!quotes.at(a.start)) {
            out.add(range(text, a, b));
          }
          i = b.tokenEnd;
          continue;
        }
        if (bare) {
          i = a.tokenEnd;
          continue;
        }
      }
      i = a.tokenEnd;
      if (quotes.at(a.start)) {
        continue;
      }
      // A baseline: 由3200户增加到5000户.
      String verb = toVerbAt(text, a.end);
      if (verb != null && a.problem == null) {
        int at = a.end + verb.length();
        if (at < n && START[text.charAt(at)]) {
          Raw t = read(text, at, true);
          if (t.measure != null && t.measure.equals(a.measure) && !quotes.at(at)) {
            Quantity base = build(text, a, null);
            out.add(build(text, t, base));
            i = t.tokenEnd;
            continue;
          }
        }
      }
      out.add(build(text, a, null));
    }
    return out;
  }

  private static boolean isRangeMark(char c) {
    return c == '-' || c == '—' || c == '–' || c == '～' || c == '~' || c == '至' || c == '到';
  }

  private static String toVerbAt(CharSequence text, int at) {
    int from = at < text.length() && text.charAt(at) == '的' ? at + 1 : at;
    for (String v : QuantityLexicon.TO_VERBS) {
      if (QuantityLexicon.startsWith(text, from, v)) {
        return text.subSequence(at, from).toString() + v;
      }
    }
    return null;
  }

  /** A number as read, before it is classified. */
  private static final class Raw {
    int start; // of the number, or of 百分之 / 约
    int numberStart;
    int numberEnd; // end of the numeral run
    int tokenEnd; // where scanning continues
    String numeral = ""; // the run, with digits made ASCII and separators removed
    String multiplier = ""; // written between the run and the measure word (5 亿元, 1200余万元)
    boolean percentWords; // 百分之
    boolean moreThan; // 余, 多
    boolean about; // 约, 近
    MeasureWord measure;
    int unitEnd;
    String after; // 以上, 以内, 左右…
    int end; // after the measure word and the after word
    String problem;
    boolean glued; // preceded by a letter, 第, a dot: not a quantity

    /** A number with no measure word that may open a range (3-5个, 七千至九千亿元). */
    boolean rangeable(CharSequence text) {
      return measure == null && !glued && problem == null && numberEnd < text.length() - 1
          && isRangeMark(text.charAt(numberEnd)) && multiplier.isEmpty();
    }
  }

  private static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  private static char ascii(char c) {
    return c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c;
  }

  /** Reads the number starting at {@code i} and what follows it. Always advances. */
  private static Raw read(CharSequence text, int i, boolean joined) {
    int n = text.length();
    Raw r = new Raw();
    r.start = i;
    int j = i;
    if (text.charAt(i) == '百' && QuantityLexicon.startsWith(text, i, "百分之")
        && i + 3 < n && RUN[text.charAt(i + 3)]) {
      r.percentWords = true;
      j = i + 3;
    }
    r.numberStart = j;
    char first = text.charAt(j);
    if (first == '百' || first == '千' || first == '数' || first == '几') {
      // 百万, 千万元, 数十亿元, 几十家, 百余家; never 千家万户, 百姓, 数字, 几个
      char next = j + 1 < n ? text.charAt(j + 1) : 0;
      boolean ok = first == '数' || first == '几'
          ? next == '十' || next == '百' || next == '千' || next == '万'
          : next == '万' || next == '亿' || next == '余';
      if (!ok) {
        r.tokenEnd = r.percentWords ? j : j + 1; // 百分之百分之五: the next 百 starts afresh
        return r;
      }
    }
    if (i > 0 && !joined) {
      char p = text.charAt(i - 1);
      r.glued = (Character.isLetterOrDigit(p) && p < 0x2E80) || p == '.' || p == '．' || p == '第' || p == '+'
          || p == '#' || p == '/' || p == '-' || p == '_' || p == '初' || ChineseNumerals.isNumeralChar(p)
          || (p == '前' && (i < 2 || "底末日月".indexOf(text.charAt(i - 2)) < 0)); // 前5个月, 前10名; not 年底前5个
    }
    j = runEnd(text, r.numberStart);
    StringBuilder numeral = new StringBuilder(j - r.numberStart);
    int dots = 0;
    boolean chinese = false;
    for (int k = r.numberStart; k < j; k++) {
      char c = text.charAt(k);
      if (isDigit(c)) {
        numeral.append(ascii(c));
      } else if (c == '.' || c == '．') {
        numeral.append('.');
        dots++;
      } else if (c != ',' && c != '，') {
        numeral.append(c); // a Chinese numeral character, 数, 几 or 点
        chinese = true;
      }
    }
    // 12千米, 3百分点: a unit character that begins the measure word belongs to it.
    if (j - r.numberStart >= 2 && isDigit(text.charAt(j - 2)) && ChineseNumerals.unitValue(text.charAt(j - 1)) > 0
        && ChineseNumerals.unitValue(text.charAt(j - 1)) < 10_000 && QuantityLexicon.measureAt(text, j - 1) != null) {
      j--;
      numeral.setLength(numeral.length() - 1);
      chinese = false;
    }
    r.numberEnd = j;
    r.tokenEnd = j;
    r.end = j;
    if (r.glued) {
      return r;
    }
    String num = numeral.toString();
    r.numeral = num;
    if (dots > 1) {
      r.glued = true; // 1.1.5: a section or version number
      return r;
    }
    if (j < n && (text.charAt(j) == '.' || text.charAt(j) == '．') && j + 1 < n && isDigit(text.charAt(j + 1))) {
      r.glued = true;
      return r;
    }
    if (num.equals("一") || num.isEmpty()) {
      r.glued = true; // 一批, 一条街, 一体化: indefinite, not a count
      return r;
    }
    // What stands between the number and its measure word.
    int k = j;
    if (!endsWithMultiplier(num) && k + 1 < n && text.charAt(k) == ' ' && isMultiplierChar(text.charAt(k + 1))) {
      k++;
      r.multiplier = multiplierAt(text, k);
      k += r.multiplier.length();
    }
    if (k < n && (text.charAt(k) == '余' || text.charAt(k) == '多')) {
      r.moreThan = true;
      k++;
      if (r.multiplier.isEmpty() && !endsWithMultiplier(num) && k < n && isMultiplierChar(text.charAt(k))) {
        r.multiplier = multiplierAt(text, k);
        k += r.multiplier.length();
      }
    }
    if (k < n && text.charAt(k) == ' ') {
      k++;
    }
    MeasureWord m = r.percentWords ? PERCENT : QuantityLexicon.measureAt(text, k);
    if (r.percentWords) {
      k = j;
    }
    if (m == null) {
      r.tokenEnd = Math.max(j, r.tokenEnd);
      return r;
    }
    int unitEnd = k + (r.percentWords ? 0 : m.written().length());
    if (unitEnd < n) {
      char next = text.charAt(unitEnd);
      if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z')) {
        r.tokenEnd = unitEnd;
        return r;
      }
      if (m.written().equals("个") && ChineseNumerals.isNumeralChar(next)) {
        r.tokenEnd = unitEnd; // 四个一, 三个一批: a name pattern
        return r;
      }
    }
    if (m.kind() == org.civicplan.model.MeasureKind.PERCENTAGE
        && (!r.multiplier.isEmpty() || endsWithMultiplier(num))) {
      r.tokenEnd = unitEnd;
      return r;
    }
    r.measure = m;
    r.unitEnd = unitEnd;
    r.end = unitEnd;
    for (String w : QuantityLexicon.AFTER_WORDS) {
      if (QuantityLexicon.startsWith(text, unitEnd, w)) {
        r.after = w;
        r.end = unitEnd + w.length();
        break;
      }
    }
    r.tokenEnd = r.end;
    if (chinese && (num.indexOf('几') >= 0 || num.charAt(0) == '数')) {
      r.problem = "约数，没有确定的数值 (an approximate number such as 数十 or 几十 states no value)";
    } else if (chinese && num.length() > 1 && allDigits(num)) {
      r.problem = "数字连写，可能是约数 (digits run together, such as 三五, may mean three or five)";
    }
    r.about = aboutStart(text, i) < i;
    return r;
  }

  /**
   * Where the numeral run starting at {@code from} ends: digits (ASCII and full-width), Chinese
   * numeral characters and 几, a decimal point between digits, thousands separators followed by
   * exactly three digits, 点 between Chinese digits.
   */
  private static int runEnd(CharSequence text, int from) {
    int n = text.length();
    int j = from;
    boolean dot = false;
    while (j < n) {
      char c = text.charAt(j);
      if (RUN[c] || (c == '数' && j == from)) {
        j++;
      } else if ((c == '.' || c == '．') && j > from && isDigit(text.charAt(j - 1))
          && j + 1 < n && isDigit(text.charAt(j + 1))) {
        dot = true;
        j++;
      } else if ((c == ',' || c == '，') && j > from && isDigit(text.charAt(j - 1)) && !dot
          && thousands(text, j)) {
        j++;
      } else if (c == '点' && j > from && (ChineseNumerals.digitValue(text.charAt(j - 1)) >= 0
          || text.charAt(j - 1) == '十') && j + 1 < n && ChineseNumerals.digitValue(text.charAt(j + 1)) >= 0) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * The cheap test before a number is read: whether a measure word (after 余, 万, 亿, a space), a
   * range mark or 百分之 can make a quantity of the run {@code [start, end)}.
   */
  private static boolean worthReading(CharSequence text, int start, int end) {
    int n = text.length();
    if (text.charAt(start) == '百' && QuantityLexicon.startsWith(text, start, "百分之")) {
      return true;
    }
    if (end >= n) {
      return false;
    }
    char c = text.charAt(end);
    if (isRangeMark(c)) {
      return true;
    }
    if (end - start >= 2 && ChineseNumerals.unitValue(text.charAt(end - 1)) > 0
        && QuantityLexicon.measureAt(text, end - 1) != null) {
      return true; // 12千米
    }
    int k = end;
    if (c == ' ') {
      k++;
    }
    if (k < n && (text.charAt(k) == '余' || text.charAt(k) == '多')) {
      k++;
    }
    while (k < n && k - end < 4 && isMultiplierChar(text.charAt(k))) {
      k++;
    }
    if (k < n && text.charAt(k) == ' ') {
      k++;
    }
    return QuantityLexicon.measureAt(text, k) != null;
  }

  private static final MeasureWord PERCENT = QuantityLexicon.MEASURE_WORDS.get(2);
  private static final String UNREADABLE = "无法读取的数字 (a number that cannot be read exactly)";

  private static boolean allDigits(String num) {
    for (int i = 0; i < num.length(); i++) {
      if (ChineseNumerals.digitValue(num.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** A thousands separator at {@code j}: exactly three digits follow it before the next non-digit. */
  private static boolean thousands(CharSequence text, int j) {
    int n = text.length();
    for (int k = 1; k <= 3; k++) {
      if (j + k >= n || !isDigit(text.charAt(j + k))) {
        return false;
      }
    }
    return j + 4 >= n || !isDigit(text.charAt(j + 4));
  }

  private static boolean isMultiplierChar(char c) {
    return c == '万' || c == '亿';
  }

  private static String multiplierAt(CharSequence text, int k) {
    if (QuantityLexicon.startsWith(text, k, "万亿")) {
      return "万亿";
    }
    return String.valueOf(text.charAt(k));
  }

  private static boolean endsWithMultiplier(String num) {
    if (num.isEmpty()) {
      return false;
    }
    char last = num.charAt(num.length() - 1);
    return last == '万' || last == '亿';
  }

  /** The value and multiplier of a read number: {@code 三亿五千万} is 3.5 亿. */
  private record Value(BigDecimal value, String multiplier, String problem) {}

  private static Value value(Raw r) {
    if (r.problem != null) {
      return new Value(null, r.multiplier, r.problem);
    }
    String num = r.numeral;
    if (num.length() > 40) {
      return new Value(null, r.multiplier, "数字过长 (a number too long to be a target)");
    }
    Optional<BigDecimal> parsed = ChineseNumerals.parse(num);
    if (parsed.isEmpty()) {
      return new Value(null, r.multiplier, UNREADABLE);
    }
    if (!r.multiplier.isEmpty()) {
      return new Value(parsed.get(), r.multiplier, null);
    }
    if (!endsWithMultiplier(num)) {
      return new Value(parsed.get(), "", null);
    }
    String multiplier;
    if (num.endsWith("万亿")) {
      multiplier = num.indexOf('亿') == num.length() - 1 ? "万亿" : "亿";
    } else if (num.indexOf('亿') >= 0) {
      multiplier = "亿";
    } else {
      multiplier = "万";
    }
    int exponent = QuantityLexicon.multiplierExponent(multiplier);
    String head = num.substring(0, num.length() - multiplier.length());
    BigDecimal v;
    if (isPlainArabic(head)) {
      v = new BigDecimal(head); // 1.50万: the value as written
    } else {
      v = parsed.get().movePointLeft(exponent).stripTrailingZeros();
      if (v.scale() < 0) {
        v = v.setScale(0);
      }
    }
    return new Value(v, multiplier, null);
  }

  private static boolean isPlainArabic(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < '0' || c > '9') && c != '.') {
        return false;
      }
    }
    return true;
  }

  private static Quantity build(CharSequence text, Raw r, Quantity baseline) {
    Value v = value(r);
    Comparator comparator = null;
    if (r.after != null) {
      comparator = r.after.endsWith("以上") ? Comparator.AT_LEAST
          : r.after.equals("左右") ? Comparator.ABOUT : Comparator.AT_MOST;
    } else if (r.moreThan) {
      comparator = Comparator.AT_LEAST;
    } else if (r.about) {
      comparator = Comparator.ABOUT;
    }
    int start = aboutStart(text, r.start);
    Quantity.Role role = role(text, r, r.start);
    String per = role == Quantity.Role.TARGET ? perUnit(text, r.start) : null;
    int year = baseline == null ? 0 : year(text, baseline.start());
    return new Quantity(start, r.end, text.subSequence(r.start, r.unitEnd).toString(), v.value, null,
        v.multiplier, r.measure, per, comparator, role, v.problem, baseline, year);
  }

  /** Where 约/近/大约/接近 right before {@code start} begins (not 最近5天, 附近3处), else start. */
  private static int aboutStart(CharSequence text, int start) {
    for (String w : QuantityLexicon.ABOUT_BEFORE) {
      int at = start - w.length();
      if (QuantityLexicon.startsWith(text, at, w)) {
        if (w.equals("近") && at > 0 && "最附将就邻靠亲接".indexOf(text.charAt(at - 1)) >= 0) {
          return start;
        }
        return at;
      }
    }
    return start;
  }

  private static Quantity range(CharSequence text, Raw a, Raw b) {
    Value high = value(b);
    Value low = value(a);
    String problem = high.problem != null ? high.problem : low.problem;
    BigDecimal lower = null;
    BigDecimal upper = high.value;
    if (problem == null) {
      int he = QuantityLexicon.multiplierExponent(high.multiplier);
      if (a.measure == null && low.multiplier.isEmpty()) {
        if (a.numeral.indexOf('万') >= 0 || a.numeral.indexOf('亿') >= 0) {
          problem = "范围的下限与上限单位不一致 (the range's bounds are written with different multipliers)";
        } else {
          lower = low.value; // 1-5万元, 七千至九千亿元: the lower bound shares the multiplier
        }
      } else {
        lower = low.value.movePointLeft(he - QuantityLexicon.multiplierExponent(low.multiplier));
        if (lower.scale() > 0) {
          lower = lower.stripTrailingZeros();
        }
      }
      if (lower != null && lower.compareTo(upper) > 0) {
        problem = "范围的下限大于上限 (the range's lower bound is above its upper bound)";
      }
    }
    if (problem != null) {
      lower = null;
      upper = null;
    }
    Quantity.Role role = role(text, b, a.start);
    String per = role == Quantity.Role.TARGET ? perUnit(text, a.start) : null;
    return new Quantity(a.start, b.end, text.subSequence(a.start, b.unitEnd).toString(), lower, upper,
        high.multiplier, b.measure, per, problem == null ? Comparator.BETWEEN : null, role, problem, null, 0);
  }

  /**
   * What a quantity is in its sentence, from the words right around it: {@code r} is its number (a
   * range's upper bound), {@code start} where the quantity starts (a range's lower bound).
   */
  private static Quantity.Role role(CharSequence text, Raw r, int start) {
    int n = text.length();
    if (r.measure.kind() == org.civicplan.model.MeasureKind.COUNT) {
      for (String w : QuantityLexicon.PLAN_PARTS) {
        if (QuantityLexicon.startsWith(text, r.unitEnd, w)
            && !QuantityLexicon.startsWith(text, r.unitEnd + w.length(), "项目")) {
          return Quantity.Role.PLAN_PART;
        }
      }
      if (headWithin(text, r.unitEnd, QuantityLexicon.PARTS_HEAD, 2 + QuantityLexicon.PARTS_HEAD.length())) {
        return Quantity.Role.PLAN_PART; // 三个重要方面: a modifier between the count and 方面
      }
      if (start > 0 && r.end < n) {
        char open = text.charAt(start - 1);
        char close = text.charAt(r.end);
        if ((open == '（' && close == '）') || (open == '(' && close == ')')) {
          return Quantity.Role.PLAN_PART; // （3项）: how many items a heading holds
        }
      }
      if (r.measure.written().equals("次") || r.measure.written().equals("场")) {
        for (String w : QuantityLexicon.MEETINGS) {
          if (QuantityLexicon.startsWith(text, r.unitEnd, w)) {
            return Quantity.Role.MEETING;
          }
        }
        if (headWithin(text, r.unitEnd, QuantityLexicon.MEETING, 8)) {
          return Quantity.Role.MEETING; // 2次镇党委会议
        }
      }
    }
    for (String w : QuantityLexicon.NAME_HEADS) {
      if (QuantityLexicon.startsWith(text, r.unitEnd, w)) {
        return Quantity.Role.NAME;
      }
    }
    if (r.measure.kind() == org.civicplan.model.MeasureKind.COUNT) {
      if (headWithin(text, r.unitEnd, QuantityLexicon.ONE_OF, 12)) {
        return Quantity.Role.NAME; // 三个试点城市之一: the set the subject belongs to
      }
      if (headWithin(text, r.unitEnd, QuantityLexicon.PILOT, 5) && !createdBefore(text, start)) {
        return Quantity.Role.NAME; // 三个试点城市建设工作, 在3个试点社区推广: which pilots, not how many to make
      }
    }
    if (isBaseline(text, start)) {
      return Quantity.Role.BASELINE; // 较上年的85%提高5个百分点
    }
    if (r.after != null && r.after.endsWith("以上") || "以下".equals(r.after)) {
      if (r.measure.kind() != org.civicplan.model.MeasureKind.PERCENTAGE && r.end < n) {
        char next = text.charAt(r.end);
        if (isCjk(next) && "和与及并或且等".indexOf(next) < 0) {
          return Quantity.Role.SIZE_CLASS; // 千万元以上重点项目, 60岁以上老人
        }
      }
    }
    return Quantity.Role.TARGET;
  }

  /**
   * Whether {@code word} starts within {@code reach} characters after {@code from}, with only
   * ideographs before it (no delimiter, digit or quote).
   */
  private static boolean headWithin(CharSequence text, int from, String word, int reach) {
    int last = Math.min(text.length() - word.length(), from + reach - word.length());
    for (int k = from; k <= last; k++) {
      if (QuantityLexicon.startsWith(text, k, word)) {
        return true;
      }
      if (!isCjk(text.charAt(k))) {
        return false;
      }
    }
    return false;
  }

  /** Whether a verb that makes what it counts stands right before {@code start} (建设三个试点城市). */
  private static boolean createdBefore(CharSequence text, int start) {
    int at = start;
    if (at > 0 && text.charAt(at - 1) == '了') {
      at--;
    }
    for (String v : QuantityLexicon.MAKING_VERBS) {
      if (QuantityLexicon.startsWith(text, at - v.length(), v)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the quantity at {@code start} is what a target is compared with: right after 比, 较,
   * 由 or 从, with only a time (上年, 去年, 同期, 2023年, 2023年底) and 的 between.
   */
  private static boolean isBaseline(CharSequence text, int start) {
    int p = start;
    if (p > 0 && text.charAt(p - 1) == '的') {
      p--;
    }
    if (QuantityLexicon.startsWith(text, p - 2, "同期")) {
      p -= 2;
    }
    if (p > 0 && (text.charAt(p - 1) == '底' || text.charAt(p - 1) == '末')) {
      p--;
    }
    if (QuantityLexicon.startsWith(text, p - 2, "上年") || QuantityLexicon.startsWith(text, p - 2, "去年")) {
      p -= 2;
    } else if (p >= 5 && text.charAt(p - 1) == '年' && isDigit(text.charAt(p - 2)) && isDigit(text.charAt(p - 3))
        && isDigit(text.charAt(p - 4)) && isDigit(text.charAt(p - 5))) {
      p -= 5;
    }
    if (p == 0 || QuantityLexicon.COMPARED_WITH.indexOf(text.charAt(p - 1)) < 0) {
      return false;
    }
    return !(text.charAt(p - 1) == '比' && p > 1 && "占评对相类排".indexOf(text.charAt(p - 2)) >= 0); // 占比60%
  }

  static boolean isCjk(char c) {
    return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF');
  }

  /** Where the clause holding {@code at} starts: after the previous ，。；： or at most 40 back. */
  static int clauseStart(CharSequence text, int at) {
    int i = at;
    while (i > 0 && at - i < 40 && "，。；：！？,;:!?\n".indexOf(text.charAt(i - 1)) < 0) {
      i--;
    }
    if (i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
      i++; // never start inside a surrogate pair
    }
    return i;
  }

  /** Words a per-unit noun stops before: 每院|补助, 每个社区|配备, 每年|新增. */
  private static final String PER_STOPS = "补配建设安发奖投新增完开组不至达培提实举推落给资拨按可应须需各";

  /**
   * The per-unit noun of a rate: the noun after the last 每 (每个, 每一) in the clause when it ends
   * within four characters at a stop (每院|补助, 每个社区|配备); a longer noun gives the per-unit
   * head it starts with ({@link QuantityLexicon#PER_HEADS}: 每个村集体经济组织|补助 → 村), else no rate
   * unit is guessed. Two in a row are both kept: 每人每年 → 人/年.
   */
  private static String perUnit(CharSequence text, int start) {
    int from = clauseStart(text, start);
    for (int p = start - 1; p >= from; p--) {
      if (text.charAt(p) == '每') {
        String noun = perNoun(text, p, start);
        if (noun == null) {
          return null;
        }
        for (int q = p - 1; q >= from && q >= p - 6; q--) { // 每人|每年: the rate is per both
          if (text.charAt(q) == '每') {
            String outer = perNoun(text, q, p);
            if (outer != null && perEnd(text, q, p) == p) { // 每户低保家庭|每月 → 户/月
              return outer + "/" + noun;
            }
            break;
          }
        }
        return noun;
      }
    }
    return null;
  }

  /** Where the noun after the 每 at {@code p} starts (past 个, 一). */
  private static int perStart(CharSequence text, int p, int end) {
    int s = p + 1;
    while (s < end && (text.charAt(s) == '个' || text.charAt(s) == '一')) {
      s++;
    }
    return s;
  }

  /** Where the noun after the 每 at {@code p} ends: at a stop, 每, a number, or 12 characters on. */
  private static int perEnd(CharSequence text, int p, int end) {
    int s = perStart(text, p, end);
    int e = s;
    while (e < end && e - s < 12 && isCjk(text.charAt(e)) && PER_STOPS.indexOf(text.charAt(e)) < 0
        && text.charAt(e) != '每' && !START[text.charAt(e)]) {
      e++;
    }
    return e;
  }

  /** The per-unit noun after the 每 at {@code p}, before {@code end}, or null. */
  private static String perNoun(CharSequence text, int p, int end) {
    int s = perStart(text, p, end);
    int e = perEnd(text, p, end);
    if (e == s) {
      return null;
    }
    if (e - s <= 4 && (e == end || !isCjk(text.charAt(e)) || PER_STOPS.indexOf(text.charAt(e)) >= 0
        || text.charAt(e) == '每' || START[text.charAt(e)])) {
      return text.subSequence(s, e).toString();
    }
    for (String h : QuantityLexicon.PER_HEADS) {
      if (QuantityLexicon.startsWith(text, s, h) && s + h.length() <= e) {
        return h;
      }
    }
    return null;
  }

  /** A year written just before a baseline: 由2023年的3200户, 较2023年底的… */
  private static int year(CharSequence text, int start) {
    int from = clauseStart(text, start);
    for (int p = start - 1; p >= from + 4; p--) {
      if (text.charAt(p) == '年') {
        int y = 0;
        for (int k = p - 4; k < p; k++) {
          char c = text.charAt(k);
          if (c < '0' || c > '9') {
            y = -1;
            break;
          }
          y = y * 10 + (c - '0');
        }
        if (y >= 1949 && y <= 2200 && (p - 5 < 0 || !isDigit(text.charAt(p - 5)))) {
          return y;
        }
      }
    }
    return 0;
  }

  /**
   * Which characters stand in quotes or brackets, worked out at the first question. A quote or
   * bracket that is never closed (a stray or doubled “) counts only to the end of its sentence,
   * as a reader takes it; closed pairs count to their close. Two linear passes.
   */
  private static final class Quotes {
    private static final String OPENS = "“‘「《〔[『";
    private static final String CLOSES = "”’」》〕]』";
    /** For each char: 0, or 1 + its kind for an open mark, -1 - its kind for a close mark. */
    private static final byte[] MARK = new byte[Character.MAX_VALUE + 1];

    static {
      for (int k = 0; k < OPENS.length(); k++) {
        MARK[OPENS.charAt(k)] = (byte) (1 + k);
        MARK[CLOSES.charAt(k)] = (byte) (-1 - k);
      }
    }
    private final CharSequence text;
    private boolean[] quoted;

    Quotes(CharSequence text) {
      this.text = text;
    }

    private boolean none;

    boolean at(int i) {
      if (quoted == null && !none) {
        quoted = compute(text);
        none = quoted == null;
      }
      return !none && quoted[i];
    }

    static boolean isSentenceEnd(char c) {
      return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';' || c == '\n';
    }

    /** @return which characters are quoted, or null if the text has no quote or bracket */
    static boolean[] compute(CharSequence text) {
      int n = text.length();
      // Pass 1: pair each close with the latest open of its kind; opens left are unclosed.
      boolean[] closed = new boolean[n]; // at an open: it has a matching close
      int[][] stacks = new int[OPENS.length() + 1][];
      int[] sizes = new int[OPENS.length() + 1];
      int asciiOpen = -1;
      boolean any = false;
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        if (MARK[c] == 0 && c != '"') {
          continue; // nearly every character
        }
        any = true;
        if (c == '"') {
          if (asciiOpen < 0) {
            asciiOpen = i;
          } else {
            closed[asciiOpen] = true;
            asciiOpen = -1;
          }
          continue;
        }
        int mark = MARK[c];
        if (mark == 0) {
          continue;
        }
        int o = mark - 1;
        if (mark > 0) {
          if (stacks[o] == null) {
            stacks[o] = new int[8];
          } else if (sizes[o] == stacks[o].length) {
            stacks[o] = java.util.Arrays.copyOf(stacks[o], sizes[o] * 2);
          }
          stacks[o][sizes[o]++] = i;
          continue;
        }
        int k = -1 - mark;
        if (sizes[k] > 0) {
          closed[stacks[k][--sizes[k]]] = true;
        }
      }
      if (!any) {
        return null; // no quote or bracket at all: nothing is quoted
      }
      // Pass 2: closed pairs mark to their close; unclosed opens to the sentence end.
      boolean[] q = new boolean[n];
      int[] depth = new int[OPENS.length()];
      int open = 0;
      int unclosed = 0;
      boolean ascii = false;
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        int mark = MARK[c];
        int o = mark > 0 ? mark - 1 : -1;
        int k = mark < 0 ? -1 - mark : -1;
        if (c == '"') {
          q[i] = true;
          if (ascii) {
            ascii = false;
          } else if (closed[i]) {
            ascii = true;
          } else {
            unclosed++;
          }
        } else if (o >= 0) {
          q[i] = true;
          if (closed[i]) {
            if (depth[o]++ == 0) {
              open++;
            }
          } else {
            unclosed++;
          }
        } else if (k >= 0) {
          q[i] = true;
          if (depth[k] > 0 && --depth[k] == 0) {
            open--;
          }
        } else {
          q[i] = open > 0 || ascii || unclosed > 0;
          if (unclosed > 0 && isSentenceEnd(c)) {
            unclosed = 0;
          }
        }
      }
      return q;
    }
  }
}
