package org.civicplan.model.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.civicplan.model.Actual;
import org.civicplan.model.Baseline;
import org.civicplan.model.Comparator;
import org.civicplan.model.Direction;
import org.civicplan.model.ExtensionValue;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.IndicatorAttribute;
import org.civicplan.model.Initiative;
import org.civicplan.model.InitiativeStatus;
import org.civicplan.model.IssuingOrganization;
import org.civicplan.model.MeasureKind;
import org.civicplan.model.MeasureUnit;
import org.civicplan.model.Mention;
import org.civicplan.model.MentionKind;
import org.civicplan.model.Milestone;
import org.civicplan.model.Numbering;
import org.civicplan.model.NumberingStyle;
import org.civicplan.model.OrganizationalUnit;
import org.civicplan.model.Period;
import org.civicplan.model.Plan;
import org.civicplan.model.PlanKind;
import org.civicplan.model.PlanStatus;
import org.civicplan.model.Section;
import org.civicplan.model.SourceDocument;
import org.civicplan.model.SourceNote;
import org.civicplan.model.SourceSpan;
import org.civicplan.model.Target;
import org.civicplan.model.UnitKind;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * The project's one source of arbitrary plans for property tests, shared by every module through
 * plan-model's test-jar.
 *
 * <p>Plans hold CJK text, emoji and other supplementary-plane characters, JSON-hostile characters
 * (quotes, backslashes, control characters), empty and large collections, and every optional
 * field both present and absent. Declared ids are unique by construction; about half the elements
 * leave their id to the plan. Generation is driven entirely by QuickTheories' randomness source,
 * so failing cases shrink.
 *
 * <pre>{@code
 * qt().withExamples(1000).forAll(PlanGenerators.plans()).check(plan -> ...);
 * }</pre>
 */
public final class PlanGenerators {
  private PlanGenerators() {}

  /** Ranges of code points that text is drawn from, with the weight of each. */
  private static final int[][] CODE_POINT_RANGES = {
    {0x4E00, 0x9FFF, 10}, // CJK unified ideographs
    {0x0020, 0x007E, 4}, // ASCII printable, including " and \
    {0x3000, 0x303F, 2}, // CJK punctuation: 、。「」
    {0xFF01, 0xFF5E, 2}, // full-width forms: （），；
    {0x1F300, 0x1FAFF, 1}, // emoji, outside the BMP
    {0x20000, 0x2A6DF, 1}, // CJK extension B, outside the BMP
    {0x0000, 0x001F, 1}, // control characters, newlines and tabs among them
  };

  private static final int TOTAL_WEIGHT = 21;

  /** @return arbitrary plans */
  public static Gen<Plan> plans() {
    return in -> new Run(in).plan();
  }

  /** @return arbitrary text of 0 to 24 code points */
  public static Gen<String> text() {
    return in -> new Run(in).text(0, 24);
  }

  /** @return arbitrary non-blank text of 1 to 24 code points */
  public static Gen<String> nonBlankText() {
    return in -> new Run(in).nonBlank();
  }

  /** @return arbitrary exact decimals, small and huge, of every scale from -3 to 8 */
  public static Gen<BigDecimal> decimals() {
    return in -> new Run(in).decimal();
  }

  /** @return arbitrary extension values nested up to three deep */
  public static Gen<ExtensionValue> extensionValues() {
    return in -> new Run(in).extensionValue(3);
  }

  /**
   * Document-shaped plans: everything a work-plan document carries and nothing it cannot, in the
   * form an importer reads it back. A title {@code X街道YYYY年工作计划} with its organization and
   * year, preamble paragraphs (sometimes ending in a quoted vision {@code “…、…”新篇章}), sections
   * numbered {@code 一、} in order with titles (sometimes led by quoted keywords {@code “招、留、增”}),
   * introductions, and one to three goals numbered in order in one style per plan ({@code 一是},
   * {@code （一）} or {@code 第一，}) with a name, often a statement, and narrative paragraphs whose
   * sentences are the goal's initiatives. Some plans state main targets in the preamble ({@code
   * 主要预期目标：完成12处…。}), some section titles and goal names state a target ({@code 完成12处…}),
   * and carry the matching plan, section or goal indicator. Some sentences state a target ({@code 完成12处…}) or a programme ({@code
   * 开展“…”活动}) and carry the matching indicator or mention. No ids, spans, notes or source.
   *
   * <p>Text is drawn from a fixed vocabulary of Chinese words that holds no numerals and no
   * Markdown syntax, so the plan is exactly what a document says.
   *
   * <pre>{@code
   * qt().forAll(PlanGenerators.documentPlans()).check(plan -> read(write(plan)).equals(plan));
   * }</pre>
   *
   * @return document-shaped plans
   */
  public static Gen<Plan> documentPlans() {
    return in -> new DocumentRun(in).plan();
  }

  /** One document-shaped plan, drawn from one randomness source. */
  private static final class DocumentRun {
    private static final String[] WORDS = {
      "治理", "服务", "社会", "经济", "发展", "文化", "生态", "环境", "建设", "推进", "加强", "完善", "提升", "优化",
      "创新", "协同", "共享", "安全", "保障", "教育", "医疗", "养老", "就业", "住房", "交通", "绿色", "智慧", "数字",
      "平台", "机制", "体系", "能力", "水平", "质量", "效率", "基层", "组织", "队伍", "人才", "企业", "产业", "居民",
      "群众", "党建", "民生", "法治", "宣传", "监督", "管理", "营商", "招商", "活力", "品质", "韧性"
    };
    private static final String[] KEYWORDS = {"招", "留", "增", "老", "旧", "智", "细", "效", "精", "气", "神", "稳", "进", "优"};
    private static final String[] PLACES = {"江宁", "华阳", "天山", "虹桥", "新华", "仙霞", "程家桥", "北新泾", "周家桥"};
    private static final NumberingStyle[] GOAL_STYLES = {
      NumberingStyle.CHINESE_SHI, NumberingStyle.CHINESE_PARENTHESIZED, NumberingStyle.CHINESE_ORDINAL
    };
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final RandomnessSource in;

    DocumentRun(RandomnessSource in) {
      this.in = in;
    }

    int between(int min, int max) {
      return integers().between(min, max).generate(in);
    }

    boolean chance(int percent) {
      return between(1, 100) <= percent;
    }

    String words(int min, int max) {
      int n = between(min, max);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        sb.append(WORDS[between(0, WORDS.length - 1)]);
      }
      return sb.toString();
    }

    /** Appends {@code 完成N处X} to {@code text} and returns the indicator it states. */
    Indicator count(StringBuilder text) {
      int count = between(2, 999);
      String object = words(1, 2);
      text.append("完成").append(count).append("处").append(object);
      return Indicator.builder()
          .name(object)
          .measureKind(MeasureKind.COUNT)
          .target(
              Target.builder()
                  .comparator(Comparator.EXACTLY)
                  .value(BigDecimal.valueOf(count))
                  .unit(MeasureUnit.of("处"))
                  .build())
          .build();
    }

    /** A clause or two of words. */
    String phrase() {
      return chance(40) ? words(1, 3) + "，" + words(1, 3) : words(1, 4);
    }

    Plan plan() {
      String org = PLACES[between(0, PLACES.length - 1)] + "街道";
      int year = between(2000, 2099);
      Plan.Builder b =
          Plan.builder()
              .title(org + year + "年工作计划")
              .organization(IssuingOrganization.named(org))
              .period(Period.calendarYear(year));
      int preamble = between(0, 2);
      String vision = null;
      for (int i = 0; i < preamble; i++) {
        StringBuilder p = new StringBuilder();
        int sentences = between(1, 3);
        for (int k = 0; k < sentences; k++) {
          p.append(phrase()).append("。");
        }
        if (i == preamble - 1 && chance(50)) {
          vision = words(1, 2) + "、" + words(1, 2);
          p.append("奋力谱写“").append(vision).append("”新篇章。");
        }
        b.addPreamble(p.toString());
      }
      if (chance(30)) {
        // The main targets, stated before the sections (主要预期目标).
        StringBuilder p = new StringBuilder("主要预期目标：");
        int targets = between(1, 2);
        for (int k = 0; k < targets; k++) {
          if (k > 0) {
            p.append('，');
          }
          b.addTarget(count(p));
        }
        b.addPreamble(p.append("。").toString());
      }
      if (vision != null) {
        b.vision(vision);
      }
      NumberingStyle goalStyle = GOAL_STYLES[between(0, GOAL_STYLES.length - 1)];
      int sections = between(1, 4);
      for (int s = 1; s <= sections; s++) {
        b.addSection(section(s, goalStyle));
      }
      return b.build();
    }

    Section section(int ordinal, NumberingStyle goalStyle) {
      Section.Builder b =
          Section.builder().number(Numbering.of(ordinal, NUMERALS[ordinal - 1], NumberingStyle.CHINESE_ENUMERATION_COMMA));
      StringBuilder title = new StringBuilder();
      if (chance(40)) {
        int n = between(2, 3);
        List<String> keywords = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          keywords.add(KEYWORDS[between(0, KEYWORDS.length - 1)]);
        }
        title.append('“').append(String.join("、", keywords)).append('”');
        b.keywords(keywords);
      }
      title.append(phrase());
      if (chance(20)) {
        title.append('，');
        b.addIndicator(count(title)); // a section whose title states its target
      }
      b.title(title.toString());
      int intro = between(0, 2);
      for (int i = 0; i < intro; i++) {
        b.addIntroduction(phrase() + "。");
      }
      int goals = between(1, 3); // a section with text but no goals reads as one implicit goal
      for (int g = 1; g <= goals; g++) {
        b.addGoal(goal(g, goalStyle));
      }
      return b.build();
    }

    Goal goal(int ordinal, NumberingStyle style) {
      Goal.Builder b = Goal.builder().number(Numbering.of(ordinal, NUMERALS[ordinal - 1], style));
      if (chance(20)) {
        StringBuilder name = new StringBuilder();
        b.addIndicator(count(name)); // a goal whose lead-in is its target
        b.name(name.toString());
      } else {
        b.name(words(1, 3));
      }
      if (chance(80)) {
        b.statement(words(1, 3));
      }
      int paragraphs = between(0, 3);
      for (int p = 0; p < paragraphs; p++) {
        StringBuilder text = new StringBuilder();
        int sentences = between(1, 3);
        for (int k = 0; k < sentences; k++) {
          Initiative.Builder i = Initiative.builder();
          String sentence;
          int kind = between(1, 10);
          String end = k < sentences - 1 && chance(30) ? "；" : "。";
          if (kind <= 2) {
            int count = between(2, 999);
            String object = words(1, 2);
            sentence = "完成" + count + "处" + object + end;
            i.addIndicator(
                Indicator.builder()
                    .name(object)
                    .measureKind(MeasureKind.COUNT)
                    .target(
                        Target.builder()
                            .comparator(Comparator.EXACTLY)
                            .value(BigDecimal.valueOf(count))
                            .unit(MeasureUnit.of("处"))
                            .build())
                    .build());
          } else if (kind == 3) {
            String brand = words(1, 2);
            sentence = "开展“" + brand + "”活动" + end;
            i.addMention(Mention.of(MentionKind.PROGRAMME, brand));
          } else {
            sentence = phrase() + end;
          }
          text.append(sentence);
          b.addInitiative(i.text(sentence).build());
        }
        b.addNarrative(text.toString());
      }
      return b.build();
    }
  }

  /** One generation: draws everything from one randomness source, numbering declared ids. */
  private static final class Run {
    private final RandomnessSource in;
    private int declaredIds;

    Run(RandomnessSource in) {
      this.in = in;
    }

    int between(int min, int max) {
      return integers().between(min, max).generate(in);
    }

    boolean chance(int percent) {
      return between(1, 100) <= percent;
    }

    <T> Optional<T> maybe(Function<Run, T> f) {
      return chance(50) ? Optional.of(f.apply(this)) : Optional.empty();
    }

    <T> List<T> list(int usualMax, Function<Run, T> f) {
      // Mostly small; now and then large, to exercise big collections.
      int size = chance(3) ? between(usualMax, usualMax * 8) : between(0, usualMax);
      List<T> out = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        out.add(f.apply(this));
      }
      return out;
    }

    <E extends Enum<E>> E pick(Class<E> type) {
      E[] values = type.getEnumConstants();
      return values[between(0, values.length - 1)];
    }

    int codePoint() {
      int roll = between(0, TOTAL_WEIGHT - 1);
      for (int[] range : CODE_POINT_RANGES) {
        if (roll < range[2]) {
          return between(range[0], range[1]);
        }
        roll -= range[2];
      }
      throw new AssertionError();
    }

    String text(int min, int max) {
      int length = between(min, max);
      StringBuilder sb = new StringBuilder(length * 2);
      for (int i = 0; i < length; i++) {
        sb.appendCodePoint(codePoint());
      }
      return sb.toString();
    }

    String nonBlank() {
      String t = text(0, 23);
      return t + (char) between(0x4E00, 0x9FFF);
    }

    /** A declared id that no other declared id in this plan can equal, or "" to be assigned. */
    String id() {
      if (chance(50)) {
        return "";
      }
      declaredIds++;
      return nonBlank() + "#" + declaredIds;
    }

    BigDecimal decimal() {
      BigInteger unscaled =
          chance(10)
              ? new BigInteger(between(64, 200), new java.util.Random(longs().all().generate(in)))
                  .negate()
              : BigInteger.valueOf(longs().between(-1_000_000_000_000L, 1_000_000_000_000L).generate(in));
      return new BigDecimal(unscaled, between(-3, 8));
    }

    /** Mostly absent; else 0, a small weight, or a decimal of any size and scale. */
    Optional<BigDecimal> weight() {
      int roll = between(1, 10);
      return roll <= 6 ? Optional.empty()
          : roll == 7 ? Optional.of(BigDecimal.ZERO)
          : roll <= 9 ? Optional.of(BigDecimal.valueOf(between(1, 5)))
          : Optional.of(decimal().abs());
    }

    LocalDate date() {
      return LocalDate.ofEpochDay(between(7000, 47000));
    }

    Period period() {
      LocalDate start = date();
      Period p = Period.of(start, start.plusDays(between(0, 800)));
      return chance(30) ? p.withLabel(text(0, 8)) : p;
    }

    SourceSpan span() {
      int line = between(1, 5000);
      int column = between(1, 200);
      int endLine = line + between(0, 3);
      int endColumn = endLine == line ? column + between(0, 80) : between(1, 200);
      int offset = between(0, 1_000_000);
      return SourceSpan.of(line, column, endLine, endColumn, offset, offset + between(0, 500));
    }

    List<SourceNote> notes() {
      if (!chance(20)) {
        return List.of();
      }
      return list(
          2,
          r ->
              SourceNote.builder()
                  .kind(r.pick(SourceNote.Kind.class))
                  .detail(r.text(0, 16))
                  .span(r.maybe(Run::span))
                  .build());
    }

    Map<String, ExtensionValue> extensions() {
      if (!chance(25)) {
        return Map.of();
      }
      Map<String, ExtensionValue> map = new LinkedHashMap<>();
      int n = between(1, 3);
      for (int i = 0; i < n; i++) {
        map.put("org.example:" + text(0, 6) + i, extensionValue(3));
      }
      return map;
    }

    ExtensionValue extensionValue(int depth) {
      int kind = between(0, depth > 0 ? 5 : 3);
      switch (kind) {
        case 0:
          return ExtensionValue.nullValue();
        case 1:
          return ExtensionValue.bool(chance(50));
        case 2:
          return ExtensionValue.number(decimal());
        case 3:
          return ExtensionValue.string(text(0, 12));
        case 4:
          return ExtensionValue.array(list(3, r -> r.extensionValue(depth - 1)));
        default:
          Map<String, ExtensionValue> members = new LinkedHashMap<>();
          int n = between(0, 3);
          for (int i = 0; i < n; i++) {
            members.put(text(0, 6) + "~" + i, extensionValue(depth - 1));
          }
          return ExtensionValue.object(members);
      }
    }

    Numbering numbering() {
      return Numbering.of(between(0, 120), text(0, 3), pick(NumberingStyle.class));
    }

    Plan plan() {
      Plan.Builder b =
          Plan.builder()
              .title(text(0, 30))
              .organization(maybe(Run::organization))
              .period(maybe(Run::period))
              .preamble(list(3, r -> r.text(0, 60)))
              .targets(list(2, Run::indicator))
              .vision(maybe(r -> r.text(0, 12)))
              .mission(maybe(r -> r.text(0, 20)))
              .values(list(3, r -> r.text(0, 8)))
              .status(maybe(r -> r.pick(PlanStatus.class)))
              .version(maybe(r -> r.text(0, 5)))
              .documentNumber(maybe(r -> r.text(1, 12)))
              .adoptedOn(maybe(Run::date))
              .source(maybe(Run::source))
              .sourceSpan(maybe(Run::span))
              .sourceNotes(notes())
              .extensions(extensions());
      if (chance(50)) {
        b.id(nonBlank());
      }
      if (chance(50)) {
        b.planKind(pick(PlanKind.class));
      }
      if (chance(30)) {
        b.language(chance(50) ? "en" : "zh-Hant-TW");
      }
      List<OrganizationalUnit> units = list(3, Run::unit);
      b.units(units);
      List<String> unitIds = new ArrayList<>();
      units.stream().map(OrganizationalUnit::id).filter(id -> !id.isEmpty()).forEach(unitIds::add);
      b.sections(list(4, r -> r.section(unitIds)));
      return b.build();
    }

    IssuingOrganization organization() {
      return IssuingOrganization.builder()
          .name(text(0, 12))
          .superiorBodies(list(2, r -> r.text(1, 10)))
          .divisionCode(maybe(r -> String.valueOf(r.between(110000, 659999))))
          .build();
    }

    SourceDocument source() {
      return SourceDocument.builder()
          .name(nonBlank() + ".md")
          .mediaType(maybe(r -> "text/markdown"))
          .sha256(maybe(r -> String.format("%064x", new BigInteger(256, new java.util.Random(r.between(0, 1 << 30))))))
          .pageStarts(pageStarts())
          .build();
    }

    /** Ascending page starts from line 1, pages without text (a repeated start) among them. */
    List<Integer> pageStarts() {
      List<Integer> starts = new java.util.ArrayList<>();
      int pages = between(0, 1) == 0 ? 0 : between(1, 6);
      for (int line = 1; starts.size() < pages; line += between(0, 40)) {
        starts.add(line);
      }
      return starts;
    }

    OrganizationalUnit unit() {
      return OrganizationalUnit.builder()
          .id(id())
          .name(text(0, 12))
          .shortName(maybe(r -> r.text(0, 5)))
          .unitKind(maybe(r -> r.pick(UnitKind.class)))
          .sourceSpan(maybe(Run::span))
          .sourceNotes(notes())
          .extensions(extensions())
          .build();
    }

    Section section(List<String> unitIds) {
      return Section.builder()
          .id(id())
          .number(maybe(Run::numbering))
          .keywords(list(3, r -> r.text(1, 2)))
          .title(text(0, 30))
          .introduction(list(2, r -> r.text(0, 60)))
          .indicators(list(2, Run::indicator))
          .goals(list(3, r -> r.goal(unitIds)))
          .weight(weight())
          .sourceSpan(maybe(Run::span))
          .sourceNotes(notes())
          .extensions(extensions())
          .build();
    }

    Goal goal(List<String> unitIds) {
      return Goal.builder()
          .id(id())
          .number(maybe(Run::numbering))
          .name(text(0, 8))
          .statement(maybe(r -> r.text(0, 12)))
          .narrative(list(2, r -> r.text(0, 80)))
          .indicators(list(2, Run::indicator))
          .initiatives(list(4, r -> r.initiative(unitIds)))
          .weight(weight())
          .sourceSpan(maybe(Run::span))
          .sourceNotes(notes())
          .extensions(extensions())
          .build();
    }

    String unitReference(List<String> unitIds) {
      // Mostly a declared unit; sometimes one the plan does not declare.
      return unitIds.isEmpty() || chance(20) ? nonBlank() : unitIds.get(between(0, unitIds.size() - 1));
    }

    Initiative initiative(List<String> unitIds) {
      Optional<LocalDate> start = maybe(Run::date);
      Optional<LocalDate> due =
          chance(50) ? Optional.of(start.orElseGet(this::date).plusDays(between(0, 400))) : Optional.empty();
      return Initiative.builder()
          .id(id())
          .text(text(0, 80))
          .shortName(maybe(r -> r.text(0, 8)))
          .leadUnit(maybe(r -> r.unitReference(unitIds)))
          .supportingUnits(list(2, r -> r.unitReference(unitIds)))
          .start(start)
          .due(due)
          .status(maybe(r -> r.pick(InitiativeStatus.class)))
          .mentions(list(3, Run::mention))
          .indicators(list(2, Run::indicator))
          .weight(weight())
          .sourceSpan(maybe(Run::span))
          .sourceNotes(notes())
          .extensions(extensions())
          .build();
    }

    Mention mention() {
      return Mention.builder()
          .mentionKind(pick(MentionKind.class))
          .text(text(1, 10))
          .span(maybe(Run::span))
          .build();
    }

    Indicator indicator() {
      return Indicator.builder()
          .id(id())
          .name(text(0, 10))
          .measureKind(pick(MeasureKind.class))
          .baseline(maybe(r -> Baseline.builder().value(r.decimal()).period(r.maybe(Run::period)).build()))
          .target(maybe(Run::target))
          .milestones(list(3, r -> Milestone.of(r.period(), r.decimal())))
          .direction(maybe(r -> r.pick(Direction.class)))
          .attribute(maybe(r -> r.pick(IndicatorAttribute.class)))
          .actuals(
              list(
                  3,
                  r ->
                      Actual.builder()
                          .period(r.period())
                          .value(r.decimal())
                          .note(r.maybe(q -> q.text(0, 20)))
                          .build()))
          .weight(weight())
          .sourceSpan(maybe(Run::span))
          .sourceNotes(notes())
          .extensions(extensions())
          .build();
    }

    Target target() {
      Comparator comparator = pick(Comparator.class);
      BigDecimal value = decimal();
      Target.Builder b = Target.builder().comparator(comparator).value(value);
      if (comparator == Comparator.BETWEEN) {
        b.upperValue(value.add(decimal().abs()));
      }
      return b.unit(maybe(r -> chance(50) ? MeasureUnit.of(r.text(1, 3)) : MeasureUnit.of(r.text(1, 3), r.text(1, 6))))
          .build();
    }
  }
}
