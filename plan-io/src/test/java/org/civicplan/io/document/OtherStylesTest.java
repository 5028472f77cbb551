package org.civicplan.io.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.civicplan.model.Comparator;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.MeasureKind;
import org.civicplan.model.NumberingStyle;
import org.civicplan.model.OrganizationalUnit;
import org.civicplan.model.Period;
import org.civicplan.model.Plan;
import org.civicplan.model.PlanKind;
import org.civicplan.model.Section;
import org.civicplan.model.SourceNote;
import org.civicplan.model.UnitKind;
import org.junit.jupiter.api.Test;

/** Documents in styles other than the sample's, written for these tests (see samples/README.md). */
class OtherStylesTest {

  static String resource(String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(OtherStylesTest.class.getResourceAsStream("/samples/" + name))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static ImportResult read(String name) throws IOException {
    DocumentFormat format = DocumentFormat.fromFileName(name).orElseThrow();
    ImportResult r = PlanDocuments.create().read(resource(name), format, name);
    String text = resource(name);
    // every document here obeys the nothing-is-lost law, tables aside
    if (!name.contains("table")) {
      assertThat(Fidelity.normalize(Fidelity.modelText(r.plan())))
          .as(name).isEqualTo(Fidelity.normalize(Fidelity.documentText(text, format)));
    }
    assertThat(r.plan().goals()).allSatisfy(g -> {
      if (!name.contains("table")) {
        assertThat(Fidelity.initiativesPartitionNarrative(g)).as(g.id()).isTrue();
      }
    });
    r.plan().nodes().forEach(n -> assertThat(n.element().sourceSpan()).as(n.pointer()).isPresent());
    return r;
  }

  static List<Object> indicator(Indicator k) {
    return List.of(k.name(), k.measureKind(), k.target().orElseThrow().comparator(),
        k.target().orElseThrow().value().stripTrailingZeros().toPlainString(), k.unit().orElseThrow().written());
  }

  static Initiative initiative(Plan plan, String id) {
    return (Initiative) plan.find(id).orElseThrow().element();
  }

  @Test
  void parenthesizedSubLevelsWithNumberedItems() throws IOException {
    ImportResult r = read("parenthesized-levels.md");
    Plan plan = r.plan();
    assertThat(plan.title()).isEqualTo("虹桥镇2025年工作要点");
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("虹桥镇");
    assertThat(plan.period()).contains(Period.calendarYear(2025));
    assertThat(plan.planKind()).isEqualTo(PlanKind.WORK_POINTS);
    assertThat(plan.sections()).extracting(Section::title).containsExactly("推动产业转型升级", "提升城乡治理水平");
    assertThat(plan.goals()).extracting(g -> g.number().orElseThrow().style(), g -> g.number().orElseThrow().ordinal(), Goal::name, Goal::statement)
        .containsExactly(
            tuple(NumberingStyle.CHINESE_PARENTHESIZED, 1, "培育新兴产业", Optional.empty()),
            tuple(NumberingStyle.CHINESE_PARENTHESIZED, 2, "优化营商环境", Optional.empty()),
            tuple(NumberingStyle.CHINESE_PARENTHESIZED, 1, "加强基层治理", Optional.empty()),
            tuple(NumberingStyle.CHINESE_PARENTHESIZED, 2, "改善人居环境", Optional.empty()));
    // 1. / （1） / ① items stay in the initiatives' text: an initiative has no number of its own
    assertThat(plan.sections().get(0).goals().get(0).initiatives()).extracting(Initiative::text)
        .containsExactly("1. 引进人工智能企业不少于10家，建成2个产业孵化基地。", "2. 完成产业园区改造5万平方米。");
    assertThat(plan.sections().get(0).goals().get(1).initiatives()).extracting(Initiative::text)
        .containsExactly("（1）推行企业服务专员制度；", "（2）年内走访企业300家以上。");
    assertThat(plan.sections().get(1).goals().get(0).initiatives()).extracting(Initiative::text)
        .containsExactly("①完善网格化管理机制。", "②培训网格员120名。");
    assertThat(plan.indicators().map(OtherStylesTest::indicator)).containsExactly(
        List.of("引进人工智能企业", MeasureKind.COUNT, Comparator.AT_LEAST, "10", "家"),
        List.of("产业孵化基地", MeasureKind.COUNT, Comparator.EXACTLY, "2", "个"),
        List.of("产业园区改造", MeasureKind.AREA, Comparator.EXACTLY, "5", "万平方米"),
        List.of("走访企业", MeasureKind.COUNT, Comparator.AT_LEAST, "300", "家"),
        List.of("培训网格员", MeasureKind.COUNT, Comparator.EXACTLY, "120", "名"),
        List.of("老旧小区改造", MeasureKind.COUNT, Comparator.EXACTLY, "3", "处"),
        List.of("楼外立面整治", MeasureKind.COUNT, Comparator.EXACTLY, "12", "栋"));
    assertThat(plan.sections()).allSatisfy(s -> assertThat(s.sourceNotes()).extracting(SourceNote::detail).containsExactly("## …"));
    assertThat(plan.goals()).allSatisfy(g -> assertThat(g.sourceNotes()).extracting(SourceNote::detail).containsExactly("### …"));
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void plainTextWithoutMarkdown() throws IOException {
    ImportResult r = read("plain-text-plan.txt");
    Plan plan = r.plan();
    assertThat(plan.title()).isEqualTo("新泾镇2024年工作计划");
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("新泾镇");
    assertThat(plan.period()).contains(Period.calendarYear(2024));
    assertThat(plan.vision()).contains("创新新泾");
    assertThat(plan.source().orElseThrow().mediaType()).contains("text/plain");
    assertThat(plan.sections()).extracting(s -> s.number().orElseThrow().ordinal(), Section::title)
        .containsExactly(tuple(1, "聚焦经济发展"), tuple(2, "聚焦民生保障"));
    assertThat(plan.goals()).extracting(Goal::name, g -> g.statement().orElse(null))
        .containsExactly(tuple("稳住经济基本盘", null), tuple("招商引资", "扩大有效投资"), tuple("提升养老服务", null), tuple("做好就业帮扶", null));
    assertThat(plan.indicators().map(OtherStylesTest::indicator)).containsExactly(
        List.of("税收收入", MeasureKind.MONEY, Comparator.EXACTLY, "8", "亿元"),
        List.of("新增市场主体", MeasureKind.COUNT, Comparator.AT_LEAST, "500", "户"),
        List.of("固定资产投资", MeasureKind.MONEY, Comparator.AT_LEAST, "15", "亿元"),
        List.of("新建社区长者食堂", MeasureKind.COUNT, Comparator.EXACTLY, "2", "个"),
        List.of("新增养老床位", MeasureKind.COUNT, Comparator.EXACTLY, "120", "张"),
        List.of("帮助长期失业人员就业", MeasureKind.COUNT, Comparator.AT_LEAST, "200", "人"));
    // a line broken after “，” is joined and reported, with the line where it broke
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(ImportDiagnostic.Kind.JOINED_BROKEN_PARAGRAPH);
      assertThat(d.span().orElseThrow().startLine()).isEqualTo(9);
    });
    Initiative joined = initiative(plan, "s1.g2.i2");
    assertThat(joined.text()).isEqualTo("推进北翟路沿线地块开发，建成一批商业综合体。");
    assertThat(joined.sourceNotes()).extracting(SourceNote::kind).containsExactly(SourceNote.Kind.JOINED_BROKEN_PARAGRAPH);
    assertThat(plan.sections()).allSatisfy(s -> assertThat(s.sourceNotes()).extracting(SourceNote::detail).containsExactly("…"));
  }

  @Test
  void districtPlanWithPercentagesAndMoney() throws IOException {
    ImportResult r = read("district-targets.md");
    Plan plan = r.plan();
    assertThat(plan.title()).isEqualTo("长宁区2024年国民经济和社会发展计划重点工作安排");
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("长宁区");
    assertThat(plan.period()).contains(Period.calendarYear(2024));
    assertThat(plan.planKind()).isEqualTo(PlanKind.KEY_TASKS);
    assertThat(plan.sections()).extracting(Section::title).containsExactly("主要预期目标", "提升城市精细化管理水平");
    assertThat(plan.goals()).extracting(Goal::name).containsExactly("经济增长目标", "民生保障目标", "推进城市更新", "强化生态环境");
    assertThat(plan.indicators().map(OtherStylesTest::indicator)).containsExactly(
        List.of("地区生产总值", MeasureKind.PERCENTAGE, Comparator.ABOUT, "6", "%"),
        List.of("一般公共预算收入", MeasureKind.PERCENTAGE, Comparator.AT_LEAST, "6", "%"),
        List.of("税收收入", MeasureKind.PERCENTAGE, Comparator.AT_LEAST, "8", "%"),
        List.of("固定资产投资", MeasureKind.MONEY, Comparator.AT_LEAST, "5", "亿元"),
        List.of("安排产业扶持资金", MeasureKind.MONEY, Comparator.EXACTLY, "3000", "万元"),
        List.of("城镇调查失业率", MeasureKind.PERCENTAGE, Comparator.AT_MOST, "5", "%"),
        List.of("污水处理覆盖率", MeasureKind.PERCENTAGE, Comparator.AT_LEAST, "95", "%"),
        List.of("居民人均可支配收入", MeasureKind.PERCENTAGE, Comparator.BETWEEN, "5", "%"),
        List.of("旧住房成套改造", MeasureKind.AREA, Comparator.EXACTLY, "10", "万平方米"),
        List.of("新增公共绿地", MeasureKind.AREA, Comparator.EXACTLY, "2", "公顷"),
        List.of("生活垃圾回收利用率", MeasureKind.PERCENTAGE, Comparator.AT_LEAST, "45", "%"),
        List.of("细颗粒物年均浓度", MeasureKind.PERCENTAGE, Comparator.EXACTLY, "2", "个百分点"));
    Indicator money = plan.indicators().filter(k -> k.name().equals("固定资产投资")).findFirst().orElseThrow();
    assertThat(money.unit().orElseThrow().normalized()).isEqualTo("CNY*10^8");
    Indicator range = plan.indicators().filter(k -> k.name().equals("居民人均可支配收入")).findFirst().orElseThrow();
    assertThat(range.target().orElseThrow().upperValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(BigDecimal.valueOf(6)));
    // 第六届 and 2.0版 in the same paragraph are not targets
    assertThat(initiative(plan, "s2.g1.i2").indicators()).isEmpty();
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void tableOfTasksWithLeadUnitsAndDeadlines() throws IOException {
    ImportResult r = read("task-table.md");
    Plan plan = r.plan();
    assertThat(plan.title()).isEqualTo("华阳路街道2024年重点工作任务分解");
    assertThat(plan.planKind()).isEqualTo(PlanKind.TASK_DECOMPOSITION);
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("华阳路街道");
    assertThat(plan.goals()).extracting(Goal::name, g -> g.statement().orElseThrow())
        .containsExactly(tuple("完善社区服务", "提升服务质量"), tuple("压实安全责任", "守牢安全底线"));
    assertThat(plan.units()).extracting(OrganizationalUnit::id, OrganizationalUnit::name, u -> u.unitKind().orElse(null))
        .containsExactly(
            tuple("u1", "社区服务办", UnitKind.OFFICE),
            tuple("u2", "社区事务受理服务中心", UnitKind.SERVICE_CENTRE),
            tuple("u3", "各居委会", UnitKind.COMMUNITY),
            tuple("u4", "社区管理办", UnitKind.OFFICE),
            tuple("u5", "街道规划办", UnitKind.OFFICE),
            tuple("u6", "平安办", UnitKind.OFFICE));
    assertThat(plan.initiatives()).extracting(Initiative::text, i -> i.leadUnit().orElse(null), Initiative::supportingUnits, i -> i.due().orElse(null))
        .containsExactly(
            tuple("新建2个社区食堂", "u1", List.of("u2", "u3"), LocalDate.of(2024, 6, 30)),
            tuple("完成5处老旧小区加装电梯", "u4", List.of("u5"), LocalDate.of(2024, 12, 31)),
            tuple("开展“邻里汇”品牌活动", "u1", List.of(), LocalDate.of(2024, 9, 30)),
            tuple("完成消防设施更新30处", "u6", List.of(), LocalDate.of(2024, 12, 31)),
            tuple("排查整治安全隐患", "u6", List.of(), null));
    plan.initiatives().forEach(i -> i.leadUnit().ifPresent(u -> assertThat(plan.unit(u)).isPresent()));
    assertThat(plan.indicators().map(OtherStylesTest::indicator)).containsExactly(
        List.of("社区食堂", MeasureKind.COUNT, Comparator.EXACTLY, "2", "个"),
        List.of("老旧小区加装电梯", MeasureKind.COUNT, Comparator.EXACTLY, "5", "处"),
        List.of("消防设施更新", MeasureKind.COUNT, Comparator.EXACTLY, "30", "处"));
    // 长期坚持 is not a date: kept as text and reported with the cell's line
    assertThat(initiative(plan, "s2.g1.i2").extensions()).containsKey("org.civicplan.io:due");
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(ImportDiagnostic.Kind.UNRECOGNIZED_VALUE);
      assertThat(d.span().orElseThrow().startLine()).isEqualTo(22);
    });
  }

  @Test
  void halfWidthParenthesesOrdinalsAndArabicCommas() throws IOException {
    ImportResult r = read("mixed-numbering.txt");
    Plan plan = r.plan();
    assertThat(plan.title()).isEqualTo("周家桥街道2024年工作安排");
    assertThat(plan.organization().orElseThrow().name()).isEqualTo("周家桥街道");
    assertThat(plan.period()).contains(Period.calendarYear(2024));
    assertThat(plan.sections()).extracting(s -> s.number().orElseThrow().style(), Section::title)
        .containsExactly(tuple(NumberingStyle.CHINESE_PARENTHESIZED, "做强区域经济"), tuple(NumberingStyle.CHINESE_PARENTHESIZED, "建设美丽街区"));
    // each section numbers its goals its own way: 第一， in the first, 1、 in the second
    assertThat(plan.goals()).extracting(g -> g.number().orElseThrow().style(), g -> g.number().orElseThrow().ordinal(), Goal::name)
        .containsExactly(
            tuple(NumberingStyle.CHINESE_ORDINAL, 1, "加快楼宇招商"),
            tuple(NumberingStyle.CHINESE_ORDINAL, 2, "提升园区能级"),
            tuple(NumberingStyle.ARABIC_ENUMERATION_COMMA, 1, "推进绿化建设"),
            tuple(NumberingStyle.ARABIC_ENUMERATION_COMMA, 2, "整治市容环境"));
    assertThat(plan.indicators().map(OtherStylesTest::indicator)).containsExactly(
        List.of("新引进企业", MeasureKind.COUNT, Comparator.AT_LEAST, "50", "家"),
        List.of("税收", MeasureKind.PERCENTAGE, Comparator.AT_LEAST, "10", "%"),
        List.of("园区改造", MeasureKind.AREA, Comparator.EXACTLY, "2", "万平方米"),
        List.of("新增绿地", MeasureKind.AREA, Comparator.EXACTLY, "3000", "平方米"),
        List.of("建成口袋公园", MeasureKind.COUNT, Comparator.EXACTLY, "2", "座"),
        List.of("店招店牌整治", MeasureKind.COUNT, Comparator.EXACTLY, "100", "块"));
    // plain lead-ins without a statement still end with 。, so no lead-in note
    assertThat(plan.goals()).allSatisfy(g -> assertThat(g.sourceNotes()).extracting(SourceNote::kind).containsExactly(SourceNote.Kind.HEADING_MARKUP));
    assertThat(r.diagnostics()).isEmpty();
  }
}
