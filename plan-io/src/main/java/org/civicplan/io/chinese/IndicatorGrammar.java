package org.civicplan.io.chinese;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.civicplan.model.Baseline;
import org.civicplan.model.Comparator;
import org.civicplan.model.Direction;
import org.civicplan.model.Indicator;
import org.civicplan.model.Period;
import org.civicplan.model.Target;
import org.civicplan.model.quantity.Quantity;
import org.civicplan.model.quantity.QuantityLexicon;
import org.civicplan.model.quantity.QuantityScanner;

/**
 * Finds targets stated in prose (指标) and turns each into an {@link Indicator}: a number with a
 * measure word and its object ({@code 9处精品小区建设}), a percentage ({@code 增长6%左右}), money
 * ({@code 5亿元}), an area, a physical quantity.
 *
 * <p>The quantities themselves, and every word that makes one, come from the model's {@link
 * QuantityScanner} and {@link QuantityLexicon} (shared with the rules); this grammar adds what a
 * quantity is <em>of</em>: the indicator's name, its comparator from the words before it, its
 * direction, lists ({@code 分别增长6%、8%以上}) and baselines ({@code 由3200户增加到5000户}). What
 * is accepted, what is rejected and why is listed in {@code docs/import-grammar.md}. A quantity
 * that cannot be read exactly ({@code 数十亿元}) gives no indicator: {@link #read} reports it.
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

  /**
   * What a text states: its indicators, and the quantities it states that cannot be read
   * exactly, each with a message saying why ({@code 约数，没有确定的数值 … 「数十亿元」}).
   *
   * @param indicators the indicators with where each stands, in text order
   * @param quantities the quantity each indicator reads, in step with {@code indicators} (where it
   *     starts is where the cues that make it a result are looked for before, see {@link
   *     org.civicplan.model.quantity.QuantityContext})
   * @param unreadable the unreadable quantities with where each stands, in text order
   */
  public record Reading(List<TextMatch<Indicator>> indicators, List<Quantity> quantities, List<TextMatch<String>> unreadable) {
    /**
     * Copies the lists.
     *
     * @throws IllegalArgumentException if there are not as many quantities as indicators
     */
    public Reading {
      indicators = List.copyOf(indicators);
      quantities = List.copyOf(quantities);
      unreadable = List.copyOf(unreadable);
      if (quantities.size() != indicators.size()) {
        throw new IllegalArgumentException("每个指标须有其数量 (one quantity per indicator): "
            + indicators.size() + " indicators, " + quantities.size() + " quantities");
      }
    }
  }

  private static final Reading NOTHING = new Reading(List.of(), List.of(), List.of());

  /** Words stripped from the end of a name, longest first: comparators, growth verbs, 分别… */
  private static final String[] NAME_TRAILERS = byLengthDescending(
      QuantityLexicon.AT_LEAST_BEFORE, QuantityLexicon.AT_MOST_BEFORE, QuantityLexicon.ABOUT_BEFORE,
      QuantityLexicon.INCREASE, QuantityLexicon.DECREASE,
      List.of("分别", "提高到", "提高至", "提升至", "提升到", "达", "为", "至", "到", "累计", "年均", "同比",
          "由", "从", "较上年", "比上年", "较", "比", "稳定在", "保持在", "保持", "维持在", "维持", "压缩至", "压缩到", "压缩", "缩短至", "缩短到",
          "全部", "均"));
  /**
   * Words stripped from the start of a name: cue words that say that the plan will reach the
   * number, not what is measured; verbs that say what kind of quantity it is (新增, 新建, 改造)
   * stay (新增就业 is not 就业).
   */
  private static final String[] NAME_LEADERS = {
    "完成", "实现", "达到", "确保", "力争", "争取", "努力", "计划", "预计", "全年", "年内", "今年", "全力", "推动", "推进", "将", "要", "拟"
  };
  /** Cues a subject of 1–4 ideographs may stand before: 该镇将, 并将, 我镇计划, 镇里拟. */
  private static final String[] SUBJECT_CUES = {"将", "计划", "拟"};
  /** The whole area, stripped from the start of a name like a leader, but not from 全区生产总值. */
  private static final String[] NAME_SCOPES = {"全省", "全市", "全区", "全县", "全镇", "全乡", "全街道"};
  private static final String[] OBJECT_STOPS = {"以及", "及", "和", "与", "并", "等", "的", "以上", "以内", "左右", "以下", "进行"};

  @SafeVarargs
  private static String[] byLengthDescending(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> l : lists) {
      for (String w : l) {
        if (!all.contains(w)) {
          all.add(w);
        }
      }
    }
    String[] words = all.toArray(new String[0]);
    Arrays.sort(words, java.util.Comparator.comparingInt(String::length).reversed());
    return words;
  }

  /**
   * Finds the indicators a text states, in text order.
   *
   * @param text a sentence or clause
   * @return the indicators with where each stands, possibly empty
   */
  public static List<TextMatch<Indicator>> find(CharSequence text) {
    return read(text).indicators();
  }

  /**
   * Reads the indicators a text states and the quantities it states that cannot be read exactly.
   *
   * @param text a sentence or clause
   * @return both, each in text order
   */
  public static Reading read(CharSequence text) {
    List<Quantity> quantities = QuantityScanner.scan(text);
    if (quantities.isEmpty()) {
      return NOTHING;
    }
    List<TextMatch<Indicator>> out = new ArrayList<>();
    List<Quantity> read = new ArrayList<>();
    List<TextMatch<String>> unreadable = new ArrayList<>(0);
    List<Quantity> group = new ArrayList<>();
    Quantity compared = null; // a baseline just before: 较上年的65%|提高2个百分点
    int floor = 0; // where the last target quantity ended: no name reaches back past it
    int groupFloor = 0;
    for (int k = 0; k < quantities.size(); k++) {
      Quantity q = quantities.get(k);
      if (!q.isTarget()) {
        if (q.role() == Quantity.Role.TARGET) {
          unreadable.add(new TextMatch<>(q.problem().orElseThrow() + "：「" + q.written() + "」", q.start(), q.end()));
        }
        emit(text, group, out, read, groupFloor, compared);
        group.clear();
        compared = q.role() == Quantity.Role.BASELINE ? q : null;
        continue;
      }
      if (group.isEmpty()) {
        groupFloor = floor;
      }
      floor = q.end();
      group.add(q);
      // A list of quantities joined by 、 (分别增长6%、8%以上), or by 和, 与, 及 between two of the same
      // unit (分别增长5.5%和7%), shares the subject before it.
      Quantity next = k + 1 < quantities.size() ? quantities.get(k + 1) : null;
      boolean listed = next != null && next.isTarget() && q.comparator().isEmpty() && q.baseline().isEmpty()
          && next.start() == q.end() + 1 && (text.charAt(q.end()) == '、'
              || "和与及".indexOf(text.charAt(q.end())) >= 0 && q.unit().equals(next.unit()));
      if (!listed) {
        emit(text, group, out, read, groupFloor, compared);
        group.clear();
        compared = null;
      }
    }
    emit(text, group, out, read, groupFloor, compared);
    return new Reading(out, read, unreadable);
  }

  /**
   * Makes the indicators of a group of quantities; a name from the words before the first starts
   * no earlier than {@code floor}, the end of the quantity before it ({@code 新培育家庭农场12家、农民专业合作社4家}
   * names the second 农民专业合作社), and stops before a baseline just before it ({@code compared}:
   * 城镇化率|较上年的65%提高2个百分点).
   */
  private static void emit(CharSequence text, List<Quantity> group, List<TextMatch<Indicator>> out, List<Quantity> read,
      int floor, Quantity compared) {
    if (group.isEmpty()) {
      return;
    }
    Quantity first = group.get(0);
    Quantity last = group.get(group.size() - 1);
    Comparator shared = last.comparator().orElse(null);
    int firstStart = first.baseline().map(Quantity::start).orElse(first.start());
    int clauseStart = clauseStart(text, firstStart);
    int nameStart = clauseStart;
    if (floor > clauseStart && floor <= firstStart) {
      nameStart = afterConjunction(text, floor, firstStart);
    }
    boolean from = first.baseline().isPresent();
    if (!from && compared != null && compared.start() >= nameStart) {
      firstStart = compared.start(); // 城镇化率|较上年的65%提高2个百分点: the name stops before the comparison
      from = true;
    }
    String before = text.subSequence(nameStart, firstStart).toString();
    if (from) {
      before = beforeFrom(before); // 常住户数|由2023年的3200户增加到5000户
    }
    String lead = text.subSequence(clauseStart, first.start()).toString();
    Comparator pre = comparatorBefore(lead);
    Direction direction = directionOf(lead);
    List<String> names = new ArrayList<>();
    if (group.size() > 1) {
      String subject = strip(before);
      for (String part : subject.split("、", -1)) {
        names.add(part);
      }
    }
    for (int k = 0; k < group.size(); k++) {
      Quantity q = group.get(k);
      Comparator comparator = q.comparator().orElse(shared != null ? shared : pre != null ? pre : Comparator.EXACTLY);
      int objectEnd = objectEnd(text, q.end());
      String object = text.subSequence(q.end(), objectEnd).toString().strip();
      String name;
      int spanStart = q.baseline().map(Quantity::start).orElse(q.start());
      int spanEnd = q.end();
      if (group.size() == 1 && object.codePointCount(0, object.length()) >= 2) {
        name = object;
        spanEnd = objectEnd;
      } else if (names.size() == group.size() && !names.get(k).isEmpty()) {
        name = names.get(k);
        spanStart = Math.min(spanStart, nameStart);
      } else {
        name = strip(before);
        if (!name.isEmpty()) {
          spanStart = nameStart + leadingSpace(before);
        }
      }
      name = withoutPer(name, q);
      if (name.isEmpty()) {
        name = q.written();
      }
      out.add(new TextMatch<>(indicator(name, q, comparator, direction), spanStart, Math.max(spanEnd, spanStart + 1)));
      read.add(q);
    }
  }

  /**
   * Where a leading time ends: {@code 2025年}, {@code 到2025年底}, {@code 2025年底前} (then an optional
   * {@code ，}); else 0.
   */
  private static int yearPrefixEnd(String s) {
    int i = s.startsWith("到") || s.startsWith("至") ? 1 : 0;
    if (s.length() < i + 5) {
      return 0;
    }
    for (int k = i; k < i + 4; k++) {
      if (!Chars.isAsciiDigit(s.charAt(k))) {
        return 0;
      }
    }
    if (s.charAt(i + 4) != '年') {
      return 0;
    }
    int e = i + 5;
    if (e < s.length() && (s.charAt(e) == '底' || s.charAt(e) == '末')) {
      e++;
    }
    if (e < s.length() && s.charAt(e) == '前') {
      e++;
    }
    if (e < s.length() && (s.charAt(e) == '，' || s.charAt(e) == ',')) {
      e++;
    }
    return e;
  }

  /** Whether the words before 将 at {@code will} are a subject or conjunction (ideographs only, no quote). */
  private static boolean isSubject(String s, int will) {
    for (int i = 0; i < will; i++) {
      if (!Chars.isCjk(s.charAt(i)) || "“”‘’《》".indexOf(s.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** A rate's name without the 每月 its unit states ({@code 环境整治活动每月不少于1次} → 环境整治活动, 次/月). */
  private static String withoutPer(String name, Quantity q) {
    if (q.perUnit().isEmpty()) {
      return name;
    }
    for (String w : new String[] {"每个" + q.perUnit().get(), "每" + q.perUnit().get()}) {
      if (name.endsWith(w) && name.length() - w.length() >= 2) {
        return name.substring(0, name.length() - w.length()).strip();
      }
    }
    return name;
  }

  /** Past the 、 and the conjunction (和, 及, 以及, 与, 并) that follow a quantity: where the next name starts. */
  private static int afterConjunction(CharSequence text, int from, int to) {
    int i = from;
    while (i < to && (text.charAt(i) == '、' || Character.isWhitespace(text.charAt(i)))) {
      i++;
    }
    for (String w : new String[] {"以及", "及", "和", "与", "并"}) {
      if (Chars.startsWith(text, i, w) && i + w.length() < to) {
        return i + w.length();
      }
    }
    return i;
  }

  /** The words before 由/从/较/比 that introduce a baseline. */
  private static String beforeFrom(String before) {
    int cut = -1;
    for (String w : List.of("由", "从", "较", "比")) {
      cut = Math.max(cut, before.lastIndexOf(w));
    }
    return cut > 0 ? before.substring(0, cut) : before;
  }

  private static int leadingSpace(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static Indicator indicator(String name, Quantity q, Comparator comparator, Direction direction) {
    Target.Builder t = Target.builder().comparator(comparator).value(q.value()).unit(q.unit());
    q.upperValue().ifPresent(t::upperValue);
    Indicator.Builder b = Indicator.builder().name(name).measureKind(q.measureWord().kind()).target(t.build());
    if (direction != null) {
      b.direction(direction);
    }
    q.baseline().ifPresent(base -> {
      // In the target's unit: 由8000户增加到1.2万户 starts from 0.8 万户.
      int shift = QuantityLexicon.multiplierExponent(q.multiplier());
      BigDecimal v = base.scaled().movePointLeft(shift);
      if (v.scale() > 0) {
        v = v.stripTrailingZeros();
      }
      Baseline.Builder bb = Baseline.builder().value(v);
      q.baselineYear().ifPresent(y -> bb.period(Period.calendarYear(y)));
      b.baseline(bb.build());
    });
    return b.build();
  }

  /** Where the clause holding {@code at} starts: after the previous ，。；： or 40 chars back, never mid-pair. */
  private static int clauseStart(CharSequence text, int at) {
    int i = at;
    while (i > 0 && at - i < 40 && !Chars.isClauseDelimiter(text.charAt(i - 1))) {
      i--;
    }
    return Chars.codePointBoundary(text, i);
  }

  /** The object after a quantity: up to a delimiter or stop word, at most 16 code points. */
  private static int objectEnd(CharSequence text, int from) {
    int i = from;
    int points = 0;
    while (i < text.length() && points < 16) {
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
      i += Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
      points++;
    }
    return i;
  }

  /**
   * The comparator word nearest before the number: the one ending last, and of two ending at the
   * same place the longer, so that 不低于 is not read as 低于, nor 不超过 as 超过, nor 不高于 as 高于.
   */
  private static Comparator comparatorBefore(String before) {
    int bestEnd = -1;
    int bestLength = 0;
    Comparator found = null;
    for (int list = 0; list < 2; list++) {
      for (String w : list == 0 ? QuantityLexicon.AT_LEAST_BEFORE : QuantityLexicon.AT_MOST_BEFORE) {
        int at = before.lastIndexOf(w);
        if (at < 0) {
          continue;
        }
        int end = at + w.length();
        if (end > bestEnd || (end == bestEnd && w.length() > bestLength)) {
          bestEnd = end;
          bestLength = w.length();
          found = list == 0 ? Comparator.AT_LEAST : Comparator.AT_MOST;
        }
      }
    }
    return found;
  }

  private static Direction directionOf(String before) {
    for (String w : QuantityLexicon.DECREASE) {
      if (before.contains(w)) {
        return Direction.DECREASE;
      }
    }
    for (String w : QuantityLexicon.INCREASE) {
      if (before.contains(w)) {
        return Direction.INCREASE;
      }
    }
    return null;
  }

  /**
   * Where a comparison with a time that ends {@code s} starts: 较2023年, 比2023年底, 较上年同期 (比上年
   * and 较上年 alone are trailers); else -1.
   */
  private static int comparisonAtEnd(String s) {
    int p = s.length();
    if (s.endsWith("同期")) {
      p -= 2;
    }
    if (p > 0 && (s.charAt(p - 1) == '底' || s.charAt(p - 1) == '末')) {
      p--;
    }
    if (p >= 2 && (s.startsWith("上年", p - 2) || s.startsWith("去年", p - 2))) {
      p -= 2;
    } else if (p >= 5 && s.charAt(p - 1) == '年' && Chars.isAsciiDigit(s.charAt(p - 2)) && Chars.isAsciiDigit(s.charAt(p - 3))
        && Chars.isAsciiDigit(s.charAt(p - 4)) && Chars.isAsciiDigit(s.charAt(p - 5))) {
      p -= 5;
    } else {
      return -1;
    }
    return p > 1 && (s.charAt(p - 1) == '较' || s.charAt(p - 1) == '比') ? p - 1 : -1;
  }

  /**
   * Whether the one-character trailer that ends {@code s} belongs to a word of the name: 占比,
   * 评比, 对比 (城镇人口占比 is a name, not 城镇人口 compared), 比重 never reaches here.
   */
  private static boolean partOfWord(String s) {
    char last = s.charAt(s.length() - 1);
    return last == '比' && s.length() >= 2 && "占评对相类排".indexOf(s.charAt(s.length() - 2)) >= 0;
  }

  /** The name in the words before a number: without comparators, growth verbs and lead verbs. */
  private static String strip(String before) {
    String stripped = before.strip();
    String s = stripped;
    Optional<NumberingMark> marker = Numberings.parse(stripped, 0).or(() -> Numberings.parseOutline(stripped, 0));
    if (marker.isPresent()) {
      s = s.substring(marker.get().end()).strip();
    }
    boolean changed = true;
    while (changed && !s.isEmpty()) {
      changed = false;
      for (String w : NAME_TRAILERS) {
        if (s.isEmpty() || s.charAt(s.length() - 1) != w.charAt(w.length() - 1)) {
          continue; // cannot end s: one comparison instead of endsWith
        }
        if (s.endsWith(w) && s.length() > w.length() && !(w.length() == 1 && partOfWord(s))) {
          s = s.substring(0, s.length() - w.length()).strip();
          changed = true;
        }
      }
      int compared = comparisonAtEnd(s);
      if (compared > 0) {
        s = s.substring(0, compared).strip(); // 全区生产总值|较2023年
        changed = true;
      }
      for (String w : NAME_LEADERS) {
        if (s.isEmpty() || s.charAt(0) != w.charAt(0)) {
          continue;
        }
        if (s.startsWith(w) && s.length() > w.length()) {
          s = s.substring(w.length()).strip();
          changed = true;
        }
      }
      for (String cue : SUBJECT_CUES) {
        int will = s.indexOf(cue);
        if (will >= 1 && will <= 4 && s.length() > will + cue.length() + 1 && isSubject(s, will)) {
          s = s.substring(will + cue.length()).strip(); // 该镇将, 并将, 我镇计划: who will, not what is measured
          changed = true;
        }
      }
      int year = yearPrefixEnd(s);
      if (year > 0 && s.length() > year + 1) {
        s = s.substring(year).strip(); // 2025年|计划新建, 到2025年底|建成: when, not what
        changed = true;
      }
      for (String w : NAME_SCOPES) {
        if (s.startsWith(w) && s.length() > w.length() && !s.startsWith("生产总值", w.length())) {
          s = s.substring(w.length()).strip();
          changed = true;
        }
      }
    }
    return s;
  }
}
