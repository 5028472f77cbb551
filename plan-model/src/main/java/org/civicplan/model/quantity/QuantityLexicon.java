package org.civicplan.model.quantity;

import java.util.List;
import java.util.Optional;
import org.civicplan.model.MeasureKind;

/**
 * The one list of the words that make a quantity in a Chinese plan: measure words (量词) with
 * their kind and normalized unit, multipliers (万, 亿, 万亿), comparators (不少于, 不低于, 以上,
 * 超过, 以内, 不超过, 控制在, 左右, 力争, 确保…), approximations (余, 多, 约, 近, 数十, 几十), and the
 * words that mark a number as something other than a target (七个<b>方面</b>, 十件<b>实事</b>,
 * 三公里<b>就业社区</b>, 3次<b>会议</b>, <b>每</b>院).
 *
 * <pre>{@code
 * QuantityLexicon.measureWordAt("安装200盏路灯", 5);   // Optional[MeasureWord[盏, COUNT, 盏]]
 * QuantityLexicon.multiplierExponent("亿");           // 8
 * QuantityLexicon.AT_LEAST_BEFORE.contains("不少于");  // true
 * }</pre>
 *
 * <p>Constant and thread-safe; lookups are linear in the length of the word looked up.
 */
public final class QuantityLexicon {
  private QuantityLexicon() {}

  private static MeasureWord w(String written, MeasureKind kind, String normalized) {
    return new MeasureWord(written, kind, normalized);
  }

  private static MeasureWord count(String written) {
    return new MeasureWord(written, MeasureKind.COUNT, written);
  }

  /** Every measure word, each with its kind and normalized unit; the longest match wins. */
  public static final List<MeasureWord> MEASURE_WORDS = List.of(
      w("个百分点", MeasureKind.PERCENTAGE, "percentage-point"),
      w("百分点", MeasureKind.PERCENTAGE, "percentage-point"),
      w("%", MeasureKind.PERCENTAGE, "%"),
      w("％", MeasureKind.PERCENTAGE, "%"),
      w("元", MeasureKind.MONEY, "CNY"),
      w("平方公里", MeasureKind.AREA, "km2"),
      w("平方千米", MeasureKind.AREA, "km2"),
      w("平方米", MeasureKind.AREA, "m2"),
      w("平米", MeasureKind.AREA, "m2"),
      w("公顷", MeasureKind.AREA, "ha"),
      w("亩", MeasureKind.AREA, "mu"),
      w("立方米", MeasureKind.QUANTITY, "m3"),
      w("千瓦时", MeasureKind.QUANTITY, "kWh"),
      w("千瓦", MeasureKind.QUANTITY, "kW"),
      w("兆瓦", MeasureKind.QUANTITY, "MW"),
      w("公里", MeasureKind.QUANTITY, "km"),
      w("千米", MeasureKind.QUANTITY, "km"),
      w("米", MeasureKind.QUANTITY, "m"),
      w("吨", MeasureKind.QUANTITY, "t"),
      w("公斤", MeasureKind.QUANTITY, "kg"),
      w("千克", MeasureKind.QUANTITY, "kg"),
      w("斤", MeasureKind.QUANTITY, "jin"),
      w("个工作日", MeasureKind.DURATION, "working-day"),
      w("工作日", MeasureKind.DURATION, "working-day"),
      w("个月", MeasureKind.DURATION, "month"),
      w("天", MeasureKind.DURATION, "day"),
      w("课时", MeasureKind.DURATION, "class-hour"),
      w("学时", MeasureKind.DURATION, "class-hour"),
      w("岁", MeasureKind.DURATION, "year-of-age"),
      count("人次"), count("户次"), count("家次"), count("台次"), count("辆次"), count("架次"), count("场次"), count("批次"),
      count("标段"),
      count("个"), count("处"), count("户"), count("栋"), count("幢"), count("台"), count("家"),
      count("所"), count("座"), count("名"), count("人"), count("场"), count("项"), count("套"),
      count("间"), count("辆"), count("件"), count("块"), count("支"), count("条"), count("张"),
      count("部"), count("棵"), count("株"), count("位"), count("次"), count("宗"), count("例"),
      count("篇"), count("盏"), count("期"), count("组"), count("对"), count("批"), count("轮"),
      count("门"), count("册"), count("份"), count("艘"), count("架"), count("根"), count("段"));

  /**
   * Characters that, right after a measure word, show it was the first character of another word
   * (3对接, 5组织, 2门口): the number is then not a quantity.
   */
  private static final String[][] NOT_FOLLOWED_BY = {
    {"对", "接口标象照比于外此"}, {"组", "织建成团"}, {"门", "口户店槛"}, {"段", "时落"}, {"批", "准复示评"},
    {"部", "门署队"}, {"张", "贴"}, {"支", "持付撑出"}, {"条", "件例款"}, {"份", "额"}, {"期", "间待望限"},
    {"位", "于置"}, {"家", "庭园乡"}
  };

  /** Measure words by their first character (a 64 Ki-entry table, built once). */
  private static final MeasureWord[][] BY_FIRST = new MeasureWord[Character.MAX_VALUE + 1][];

  static {
    for (MeasureWord m : MEASURE_WORDS) {
      char c = m.written().charAt(0);
      MeasureWord[] old = BY_FIRST[c];
      MeasureWord[] grown = old == null ? new MeasureWord[1] : java.util.Arrays.copyOf(old, old.length + 1);
      grown[grown.length - 1] = m;
      BY_FIRST[c] = grown;
    }
  }

  /**
   * @param text a text
   * @param at where a measure word may start
   * @return the longest measure word starting there that does not run on into another word
   */
  public static Optional<MeasureWord> measureWordAt(CharSequence text, int at) {
    return Optional.ofNullable(measureAt(text, at));
  }

  static MeasureWord measureAt(CharSequence text, int at) {
    if (at >= text.length()) {
      return null;
    }
    MeasureWord[] candidates = BY_FIRST[text.charAt(at)];
    if (candidates == null) {
      return null;
    }
    MeasureWord best = null;
    for (MeasureWord m : candidates) {
      if (startsWith(text, at, m.written()) && (best == null || m.written().length() > best.written().length())) {
        best = m;
      }
    }
    if (best != null) {
      int end = at + best.written().length();
      if (end < text.length()) {
        char next = text.charAt(end);
        for (String[] rule : NOT_FOLLOWED_BY) {
          if (rule[0].equals(best.written()) && rule[1].indexOf(next) >= 0) {
            return null;
          }
        }
      }
    }
    return best;
  }

  /** The multipliers written between a number and its measure word, longest first. */
  public static final List<String> MULTIPLIERS = List.of("万亿", "万", "亿");

  /**
   * @param multiplier {@code ""}, {@code 万}, {@code 亿} or {@code 万亿}
   * @return its power of ten: 0, 4, 8, 12
   * @throws IllegalArgumentException for anything else
   */
  public static int multiplierExponent(String multiplier) {
    switch (multiplier) {
      case "":
        return 0;
      case "万":
        return 4;
      case "亿":
        return 8;
      case "万亿":
        return 12;
      default:
        throw new IllegalArgumentException("不是倍数词 (not a multiplier): " + multiplier);
    }
  }

  /** Words before a number that make its target a lower bound (至少). */
  public static final List<String> AT_LEAST_BEFORE =
      List.of("不少于", "不低于", "超过", "高于", "达到", "力争", "确保", "至少", "突破");
  /** Words before a number that make its target an upper bound. */
  public static final List<String> AT_MOST_BEFORE = List.of("控制在", "不超过", "低于", "不高于", "不多于");
  /** Words right before a number that make it approximate: 约5000户, 近3万人. */
  public static final List<String> ABOUT_BEFORE = List.of("大约", "接近", "约", "近");
  /** Words after a measure word, with the comparator each gives ({@code 以上} AT_LEAST…), longest first. */
  public static final List<String> AFTER_WORDS =
      List.of("（含）以上", "(含)以上", "及以上", "以上", "以内", "以下", "左右");
  /**
   * Approximations after a number, before the measure word or its multiplier: {@code 3万余人},
   * {@code 1200余万元}, {@code 300多家} mean more than the number (at least).
   */
  public static final List<String> MORE_THAN_AFTER = List.of("余", "多");
  /**
   * Approximate numbers that name no value: {@code 数十亿元}, {@code 几十家}, {@code 十几个}. They are
   * reported as unreadable, never read as 10.
   */
  public static final List<String> VAGUE_NUMERALS = List.of("数", "几");
  /** Doubling, a target with no number (收入翻一番): not read as a quantity. */
  public static final List<String> DOUBLING = List.of("翻一番", "翻番");

  /** Growth verbs: the target is an increase. */
  public static final List<String> INCREASE = List.of("增长", "提高", "提升", "增加", "新增", "扩大");
  /** Reduction verbs: the target is a decrease. */
  public static final List<String> DECREASE = List.of("下降", "降低", "减少", "压减", "缩减");
  /**
   * Verbs between a baseline and a target of the same unit: {@code 由3200户增加到5000户}; the
   * first number is where the indicator starts from, not a second target.
   */
  public static final List<String> TO_VERBS = List.of(
      "增加到", "增加至", "增长到", "增长至", "提高到", "提高至", "提升到", "提升至", "扩大到", "扩大至",
      "减少到", "减少至", "下降到", "下降至", "降低到", "降低至", "压减到", "压减至", "增至", "降至", "达到");

  /**
   * Objects right after a count that make it a count of the plan's own parts, not a target:
   * 七个方面工作, 十件实事, 47项民生实事 (but 12项民生实事项目, 12项为民办实事项目 count projects: targets).
   */
  public static final List<String> PLAN_PARTS =
      List.of("方面", "实事", "民生实事", "重点工作", "重点任务", "大任务", "大工程", "大行动", "大板块");
  /**
   * The head that makes a count a count of the plan's own parts even with a modifier of up to two
   * characters between: 七个方面, 三个重要方面.
   */
  public static final String PARTS_HEAD = "方面";
  /**
   * The word that makes a count name a set designated as pilots, starting at most three characters
   * after its measure word (三个试点城市, 三个国家级试点城市):
   * 三个试点城市建设工作, 在3个试点社区推广 (which pilots, not how many to make). Unless one of {@link
   * #MAKING_VERBS} stands right before the count: 建设三个试点城市, 新增2个试点社区 are targets.
   */
  public static final String PILOT = "试点";
  /** Verbs that make what they count: before a count of pilots they make it a target. */
  public static final List<String> MAKING_VERBS = List.of(
      "建设", "建成", "新建", "创建", "争创", "创成", "打造", "培育", "申报", "建立", "设立", "新增", "增加", "确定",
      "遴选", "选取", "选定", "选择", "认定", "评选", "获批", "获评", "入选", "开展", "启动", "实施", "完成", "实现",
      "形成", "推出", "组建", "成立", "扩大", "发展", "争取", "增设", "新设", "开设", "设置", "明确", "布局");
  /** The words after a counted noun that make the count a set the subject belongs to: 三个试点城市之一. */
  public static final String ONE_OF = "之一";
  /**
   * The characters before a quantity (with only a time such as 上年, 2023年底 and 的 between) that
   * make it the figure a target is compared with: 较上年的85%, 比2023年的3200户, 从5个社区.
   */
  public static final String COMPARED_WITH = "比较由从";
  /** Heads right after a quantity that make it part of a name: 三公里就业社区, 一刻钟便民生活圈. */
  public static final List<String> NAME_HEADS =
      List.of("就业社区", "生活圈", "服务圈", "就业圈", "经济圈", "便民圈");
  /** Objects right after a count of 次/场 that make it a meeting count: 3次会议. */
  public static final List<String> MEETINGS =
      List.of("会议", "全会", "常委会", "党工委会", "主任会", "联席会", "全体会");
  /** The word that makes a count of 次/场 a meeting count when it follows within eight characters: 2次镇党委会议. */
  public static final String MEETING = "会议";
  /** The word that makes a quantity a rate per unit: 每院补助5万元. */
  public static final String PER = "每";
  /**
   * Per-unit nouns a longer noun after 每 starts with, longest first: 每个村集体经济组织补助5万元 is a
   * rate per 村 (unit 万元/村), never per the first four characters of the noun (村集体经).
   */
  public static final List<String> PER_HEADS = List.of(
      "行政村", "街道", "社区", "小区", "乡镇", "企业", "学校", "家庭", "项目", "季度", "床位", "网格",
      "村", "户", "人", "年", "月", "周", "天", "日", "镇", "乡", "院", "校", "所", "家", "班", "座", "处", "个", "名", "亩", "次", "场");

  static boolean startsWith(CharSequence text, int at, String word) {
    if (at < 0 || at + word.length() > text.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (text.charAt(at + i) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
