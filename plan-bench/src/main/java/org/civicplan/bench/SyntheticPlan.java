package org.civicplan.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.civicplan.model.chinese.ChineseNumerals;
import org.civicplan.model.Comparator;
import org.civicplan.model.Direction;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.IssuingOrganization;
import org.civicplan.model.MeasureKind;
import org.civicplan.model.MeasureUnit;
import org.civicplan.model.Mention;
import org.civicplan.model.MentionKind;
import org.civicplan.model.Numbering;
import org.civicplan.model.NumberingStyle;
import org.civicplan.model.Period;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.civicplan.model.Target;

/**
 * A deterministic synthetic work plan (工作计划), as a model and as the Markdown document a
 * subdistrict would publish, for benchmarks at realistic proportions.
 *
 * <p>The shape follows real plans such as the Jiangsu Road 2024 plan (4 sections, 12 goals, 52
 * initiatives of 54 characters on average, 40 mentions on 24 initiatives, 2 targets): goals open
 * with a bold {@code 一是…} lead-in and hold their initiatives as
 * narrative paragraphs of two to six sentences; about one initiative in seven states a quantified
 * target (完成9处精品小区建设, 垃圾分类达标率达到95%以上, 投入资金300万元, 税收增长6%左右) — more than the
 * narrative sample, as in plans with a 主要预期目标 part — about four in ten mention places
 * (愚园路1088弄, 长新小区), programmes in quotes (擦亮“小蓝花”品牌), policy documents in 《》 or
 * organizations, and some carry numbers that are not targets (第六届, 3.0版, 15分钟社区生活圈).
 * Initiatives are 44 characters long on average (the sample's are 54), built from phrase pools and
 * generated names, so that near-duplicates stay rare (none in 10,000 initiatives). To reach 100,000
 * initiatives with numbering the importer reads (Chinese numerals of at most three characters,
 * 1–99), a larger plan has more sections and more goals per section, each goal about ten
 * initiatives at every size.
 *
 * <p>The model holds exactly what the importer reads from the document: the same sections,
 * numbers, titles, keywords, introductions, goal names, statements and narratives, initiative
 * texts, indicators and mentions (the generator's test checks this through the real importer).
 *
 * <pre>{@code
 * SyntheticPlan p = SyntheticPlan.generate(1_000, 42L);
 * p.plan().initiatives().count();   // 1000
 * p.markdown();                     // the same plan as a Markdown document
 * }</pre>
 *
 * <p>Immutable and thread-safe once generated.
 */
public final class SyntheticPlan {

  /** The seed every benchmark uses. */
  public static final long SEED = 20_240_101L;

  /** Initiatives per goal on average, at every size. */
  static final int INITIATIVES_PER_GOAL = 10;

  private static final String[] VERBS = {
    "推进", "完成", "建设", "打造", "开展", "深化", "优化", "实施", "推动", "落实", "加快", "健全", "完善", "统筹",
    "探索", "巩固", "拓展", "培育", "规范", "提升"
  };
  private static final String[] OBJECTS = {
    "里弄房屋修缮", "旧住房成套改造", "加装电梯", "党群服务站建设", "垃圾箱房改建", "微型消防站建设",
    "社区食堂建设", "架空线入地", "适老化改造", "充电桩安装", "雨污混接改造", "非机动车棚改造", "楼道微更新",
    "睦邻点布局", "助餐点建设", "托育服务点建设", "健身步道建设", "绿地开放共享", "停车资源共享", "积水点改造",
    "消防通道整治", "群租治理", "物业服务提升", "业委会规范运作", "楼组自治", "志愿服务队伍建设",
    "网格化管理", "智能水表安装", "街面秩序整治", "违法建筑拆除"
  };
  /** Generic characters of place, programme and company names (none ends a verb or is a numeral). */
  private static final String NAME_CHARS = "华新明安德光荣平康泰嘉兴福瑞祥金龙凤春秋云海东西南北中江河山林松竹梅兰晨阳景宁昌盛佳丰源泉";
  private static final String[] PLACE_SUFFIXES = {"小区", "大楼", "大厦", "广场", "公园"};
  private static final String[] PROGRAMME_TAILS = {"驿站", "课堂", "议事厅", "服务社", "帮帮团", "邻里汇", "工作坊", ""};
  private static final String[] COMPANY_KINDS = {"科技", "物业", "商贸", "医药", "信息", "置业"};
  private static final String[] ORGANIZATION_SUFFIXES = {"公司", "集团", "研究院", "设计院", "基金会", "协会"};
  private static final String[][] COUNTED = {
    {"处", "精品小区建设"}, {"处", "里弄房屋修缮"}, {"台", "既有住宅电梯加装"}, {"户", "居家适老化改造"},
    {"个", "党群服务站点建设"}, {"家", "社区食堂建设"}, {"所", "市民艺术夜校教学点"}, {"场", "政策宣讲活动"},
    {"项", "为民办实事项目"}, {"名", "社区工作者培训"}
  };
  private static final String[] RATES = {
    "生活垃圾分类达标率", "居民满意度", "政务服务好评率", "12345热线按时办结率", "消防设施完好率", "退役军人服务覆盖率"
  };
  private static final String[] GROWTH = {"区级税收", "社会消费品零售总额", "固定资产投资", "重点企业营业收入"};
  private static final String[][] KEYWORDS = {
    {"招", "留", "增"}, {"老", "小", "旧"}, {"精", "细", "实"}, {"稳", "进", "好"}, {"党", "建"}, {"治", "理"}
  };
  private static final String[] AREAS = {
    "经济发展", "民生服务", "城市更新", "基层党建", "平安建设", "文化事业", "社区治理", "营商环境", "生态环境"
  };
  private static final String[] SLOGANS = {"全面发力", "持续攻坚", "同向发力", "久久为功", "守正创新", "提质增效"};
  private static final String[] OUTCOMES = {"奋力一跃", "焕然一新", "再上新台阶", "行稳致远", "取得新成效", "迈出新步伐"};
  private static final String[] GOAL_NAMES = {
    "招商引资", "营商服企", "提标扩面", "做实做细", "用心用情", "增色显特", "固本强基", "共建共治", "守牢底线",
    "数字赋能", "绿色低碳", "文化铸魂"
  };
  private static final String[] STATEMENTS = {
    "挖掘更大潜力", "打造更优环境", "激发更强动能", "提升宜居功能品质", "构建多维服务圈层", "探索街区融合发展",
    "夯实基层基础", "凝聚治理合力", "筑牢安全防线"
  };
  private static final String[] ROADS = {"愚园路", "江苏路", "武夷路", "安西路", "长宁路", "镇宁路", "华山路", "延安西路"};
  private static final String[][] PROGRAMME_FORMS = {
    {"擦亮“", "”品牌"}, {"开展“", "”专项行动"}, {"实施“", "”计划"}, {"打响“", "”服务品牌"}, {"深化“", "”项目"},
    {"推出“", "”系列活动"}, {"启动“", "”工程"}
  };
  private static final String[] POLICIES = {
    "长宁区城市更新三年行动方案", "上海市养老服务条例", "街道社区治理规划", "街道平安建设实施意见", "老旧小区改造管理办法",
    "生活垃圾管理条例", "社区嵌入式服务设施建设导则实施细则", "优化营商环境行动方案", "物业管理规定", "基层治理能力建设纲要"
  };
  private static final String[] AREAS_OF_WORK = {
    "片区", "街区", "楼宇", "园区", "网格", "居民区", "商圈", "沿街商铺"
  };
  private static final String[] FILLERS = {
    "持续提升群众获得感和满意度", "切实打通堵点、破解难点", "形成可复制可推广的经验", "完善常态长效管理机制",
    "营造共建共治共享的良好氛围", "推动各项工作落地见效", "织密社区服务网络", "提升精细化管理水平",
    "加强部门协同联动", "强化全过程跟踪问效", "做到应改尽改", "确保群众满意", "守牢安全底线", "压实各方责任",
    "引导居民有序参与", "用好社区规划师力量", "建立问题清单和责任清单", "坚持民生导向", "发挥党员先锋模范作用",
    "推动资源下沉", "做好政策宣传解读", "注重数字化转型", "兼顾实效与长效", "探索新路径新模式", "激发基层活力",
    "补齐短板弱项", "统筹好发展和安全", "以点带面整体推进", "打造一批示范点位", "强化考核评估",
    "提升服务温度", "让居民看得见摸得着", "健全议事协商机制", "深化条块联动", "落实属地管理责任",
    "推动成果转化", "畅通诉求表达渠道", "提升应急处置能力", "夯实数据底座", "加大宣传推广力度"
  };

  private final int size;
  private final Plan plan;
  private final String markdown;

  private SyntheticPlan(int size, Plan plan, String markdown) {
    this.size = size;
    this.plan = plan;
    this.markdown = markdown;
  }

  /** @return how many initiatives the plan has */
  public int size() {
    return size;
  }

  /** @return the plan as a model, without source spans (as a system would hold it) */
  public Plan plan() {
    return plan;
  }

  /** @return the same plan as a Markdown document in the usual conventions */
  public String markdown() {
    return markdown;
  }

  /**
   * Generates a plan with exactly {@code initiatives} initiatives.
   *
   * @param initiatives how many initiatives, from 1 to 980,100 (99 sections of 99 goals of at
   *     most 100)
   * @param seed the seed; the same seed and size always give the same plan and document
   * @return the plan and its document
   * @throws IllegalArgumentException if the size is out of range
   */
  public static SyntheticPlan generate(int initiatives, long seed) {
    if (initiatives < 1 || initiatives > 99 * 99 * 100) {
      throw new IllegalArgumentException(
          "a synthetic plan has 1 to 980100 initiatives, got " + initiatives);
    }
    return new Generator(new SplittableRandom(seed)).generate(initiatives);
  }

  /** Builds one plan and its document side by side. Not thread-safe; used once. */
  private static final class Generator {
    private final SplittableRandom random;
    private final StringBuilder md = new StringBuilder();

    Generator(SplittableRandom random) {
      this.random = random;
    }

    private <T> T pick(T[] values) {
      return values[random.nextInt(values.length)];
    }

    SyntheticPlan generate(int total) {
      int goalsWanted = Math.max(1, (total + INITIATIVES_PER_GOAL / 2) / INITIATIVES_PER_GOAL);
      int sections = Math.min(99, Math.max(1, (int) Math.ceil(Math.sqrt(goalsWanted))));
      int goalsPerSection = Math.min(99, (goalsWanted + sections - 1) / sections);
      int goals = sections * goalsPerSection;
      int[] counts = spread(total, goals);

      String title = "示范街道 2024 年工作计划";
      String preamble =
          "2024 年是实现“十四五”规划目标任务的关键一年。示范街道将以更昂扬的斗志、更有力的举措，"
              + "奋力谱写新时代“和美家园、社区范例”新篇章。";
      md.append("# ").append(title).append("\n\n").append(preamble).append("\n\n");
      Plan.Builder plan =
          Plan.builder()
              .title(title)
              .organization(IssuingOrganization.named("示范街道"))
              .period(Period.calendarYear(2024))
              .addPreamble(preamble)
              .vision("和美家园、社区范例");
      int next = 0;
      List<Section> sectionList = new ArrayList<>(sections);
      for (int s = 1; s <= sections; s++) {
        Section.Builder section = section(s);
        for (int g = 1; g <= goalsPerSection; g++) {
          section.addGoal(goal(g, counts[next++]));
        }
        sectionList.add(section.build());
      }
      return new SyntheticPlan(total, plan.sections(sectionList).build(), md.toString());
    }

    private Section.Builder section(int number) {
      String label = ChineseNumerals.toChinese(number);
      String area = pick(AREAS);
      Section.Builder section =
          Section.builder().number(Numbering.of(number, label, NumberingStyle.CHINESE_ENUMERATION_COMMA));
      String title;
      if (random.nextInt(3) > 0) {
        String[] keywords = pick(KEYWORDS);
        title = "“" + String.join("、", keywords) + "”" + pick(SLOGANS) + "，" + area + pick(OUTCOMES);
        section.addKeywords(keywords);
      } else {
        title = "坚持" + pick(SLOGANS) + "，" + area + pick(OUTCOMES);
      }
      String intro =
          "坚持以人民为中心，紧扣“15分钟社区美好生活圈”建设，" + pick(FILLERS) + "，" + pick(FILLERS) + "。";
      md.append("## ").append(label).append('、').append(title).append("\n\n");
      md.append(intro).append("\n\n");
      return section.title(title).addIntroduction(intro);
    }

    /** Spreads {@code total} over {@code n} goals, each at least 1, about evenly with noise. */
    private int[] spread(int total, int n) {
      int[] counts = new int[n];
      int base = total / n;
      int extra = total % n;
      for (int i = 0; i < n; i++) {
        counts[i] = base + (i < extra ? 1 : 0);
      }
      for (int i = 0; i < n; i++) {
        int j = random.nextInt(n);
        int d = counts[i] > 1 ? random.nextInt(1 + (counts[i] - 1) / 2) : 0;
        if (counts[j] + d <= 100) {
          counts[i] -= d;
          counts[j] += d;
        }
      }
      return counts;
    }

    /** A goal with a bold {@code 一是} lead-in, the one style throughout, as in the sample. */
    private Goal goal(int number, int initiatives) {
      String label = ChineseNumerals.toChinese(number);
      String name = pick(GOAL_NAMES);
      String statement = pick(STATEMENTS);
      Goal.Builder goal =
          Goal.builder()
              .number(Numbering.of(number, label, NumberingStyle.CHINESE_SHI))
              .name(name)
              .statement(statement);
      md.append("**").append(label).append('是').append(name).append('，').append(statement).append("。**");
      int left = initiatives;
      while (left > 0) {
        int inParagraph = Math.min(left, 2 + random.nextInt(5));
        left -= inParagraph;
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < inParagraph; i++) {
          Initiative initiative = initiative();
          goal.addInitiative(initiative);
          paragraph.append(initiative.text());
        }
        goal.addNarrative(paragraph.toString());
        md.append(paragraph).append("\n\n");
      }
      return goal.build();
    }

    private String name(int length) {
      StringBuilder sb = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        sb.append(NAME_CHARS.charAt(random.nextInt(NAME_CHARS.length())));
      }
      return sb.toString();
    }

    private Initiative initiative() {
      Initiative.Builder b = Initiative.builder();
      StringBuilder text = new StringBuilder();
      int roll = random.nextInt(100);
      if (roll < 14) {
        // Where the target applies, as plans say it; the name keeps the text its own.
        text.append("聚焦").append(name(2)).append(pick(AREAS_OF_WORK)).append("，");
        target(b, text);
      } else if (roll < 30) {
        place(b, text);
      } else if (roll < 42) {
        programme(b, text);
      } else if (roll < 48) {
        policy(b, text);
      } else if (roll < 51) {
        organization(b, text);
      } else if (roll < 56) {
        place(b, text);
        text.append("，");
        programme(b, text);
      } else if (roll < 63) {
        notTarget(text);
      } else {
        text.append("聚焦").append(name(2)).append(pick(AREAS_OF_WORK)).append("，")
            .append(pick(VERBS)).append(pick(OBJECTS));
      }
      // A second action, as most real initiatives name more than one.
      text.append("，").append(pick(VERBS)).append(pick(OBJECTS));
      int clauses = 1 + random.nextInt(3);
      int first = random.nextInt(FILLERS.length);
      for (int i = 0; i < clauses; i++) {
        // Distinct clauses: 7 and the pool's size (40) are coprime.
        text.append("，").append(FILLERS[(first + 7 * i) % FILLERS.length]);
      }
      text.append(random.nextInt(12) == 0 ? "；" : "。");
      return b.text(text.toString()).build();
    }

    private void notTarget(StringBuilder text) {
      switch (random.nextInt(4)) {
        case 0:
          text.append("举办第").append(ChineseNumerals.toChinese(2 + random.nextInt(18))).append("届")
              .append(name(2)).append("邻里文化节");
          break;
        case 1:
          text.append("做好“一网统管”").append(1 + random.nextInt(4)).append(".0版").append(name(2)).append("场景升级");
          break;
        case 2:
          text.append("完善").append(name(2)).append("片区15分钟社区生活圈");
          break;
        default:
          text.append("对标二十届三中全会精神，在").append(name(2)).append(pick(AREAS_OF_WORK))
              .append(pick(VERBS)).append(pick(OBJECTS));
          break;
      }
    }

    private void target(Initiative.Builder b, StringBuilder text) {
      int form = random.nextInt(4);
      Indicator.Builder k = Indicator.builder();
      if (form == 0) {
        int n = 2 + random.nextInt(30);
        String[] counted = pick(COUNTED);
        text.append("完成").append(n).append(counted[0]).append(counted[1]);
        k.name(counted[1])
            .measureKind(MeasureKind.COUNT)
            .target(target(Comparator.EXACTLY, n, MeasureUnit.of(counted[0])));
      } else if (form == 1) {
        int p = 80 + random.nextInt(20);
        String rate = pick(RATES);
        text.append(rate).append("达到").append(p).append("%以上");
        k.name(rate)
            .measureKind(MeasureKind.PERCENTAGE)
            .target(target(Comparator.AT_LEAST, p, MeasureUnit.of("%")));
      } else if (form == 2) {
        int n = 50 + random.nextInt(950);
        text.append("投入资金").append(n).append("万元");
        k.name("投入资金")
            .measureKind(MeasureKind.MONEY)
            .target(target(Comparator.EXACTLY, n, MeasureUnit.of("万元", "CNY*10^4")));
      } else {
        int p = 3 + random.nextInt(8);
        String subject = pick(GROWTH);
        text.append(subject).append("增长").append(p).append("%左右");
        k.name(subject)
            .measureKind(MeasureKind.PERCENTAGE)
            .direction(Direction.INCREASE)
            .target(target(Comparator.ABOUT, p, MeasureUnit.of("%")));
      }
      b.addIndicator(k.build());
    }

    private static Target target(Comparator comparator, int value, MeasureUnit unit) {
      return Target.builder().comparator(comparator).value(BigDecimal.valueOf(value)).unit(unit).build();
    }

    private void place(Initiative.Builder b, StringBuilder text) {
      String place;
      if (random.nextBoolean()) {
        place = pick(ROADS) + (1 + random.nextInt(1500)) + "弄";
        text.append("加快").append(place).append(pick(OBJECTS));
      } else {
        place = name(2) + pick(PLACE_SUFFIXES);
        text.append("推进").append(place).append(pick(OBJECTS));
      }
      b.addMention(Mention.of(MentionKind.PLACE, place));
    }

    private void programme(Initiative.Builder b, StringBuilder text) {
      String programme = name(2) + pick(PROGRAMME_TAILS);
      String[] form = pick(PROGRAMME_FORMS);
      text.append(form[0]).append(programme).append(form[1]);
      b.addMention(Mention.of(MentionKind.PROGRAMME, programme));
    }

    private void policy(Initiative.Builder b, StringBuilder text) {
      String policy = pick(POLICIES);
      text.append("按照《").append(policy).append("》，").append(pick(VERBS)).append(name(2))
          .append(pick(AREAS_OF_WORK)).append(pick(OBJECTS));
      b.addMention(Mention.of(MentionKind.POLICY_DOCUMENT, policy));
    }

    private void organization(Initiative.Builder b, StringBuilder text) {
      String suffix = pick(ORGANIZATION_SUFFIXES);
      String organization =
          name(2) + (suffix.equals("公司") || suffix.equals("集团") ? pick(COMPANY_KINDS) : "") + suffix;
      text.append("联合").append(organization).append("开展").append(pick(OBJECTS)).append("课题研究");
      b.addMention(Mention.of(MentionKind.ORGANIZATION, organization));
    }
  }
}
